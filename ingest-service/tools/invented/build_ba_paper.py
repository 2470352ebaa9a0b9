"""Set BA's five North American newspaper articles (see build_ba.py)."""
from invented_common import doc_spans as doc, s

RHU = 'Riverbend Health Unit'
MARC = 'Lucette Marchand'
QUEN = 'Tara Quennell'
PIKE = 'Warren Pike'

doc('ba12-paper-marlow-bistro-closed-after-inspection', 'The Marlow Sentinel', '2036-04-16', '''
Bistro shut after inspectors find mice, spoiled meat

Owner says problems fixed; reinspection set for Friday

By Kendra Oduya
Staff Reporter

One of downtown Marlow's best-known restaurants was ordered closed Tuesday after health inspectors found mouse droppings in its dry storage room and raw chicken held at unsafe temperatures, according to a report posted by the Riverbend Health Unit.

Chez Lucette, on Front Street, seats about 60 people and employs 22 staff, most of whom were sent home without pay this week. It has been open since 2019 and was voted the city's best bistro by readers of this newspaper two years running.

The inspection report says the restaurant had 11 violations, four of them critical, including a walk-in cooler running at 52 F and a dishwasher that was not reaching a sanitizing temperature.

Owner Lucette Marchand said Wednesday that an exterminator had been in twice since the inspection, the cooler had been repaired and everything in it thrown out.

"I am embarrassed, and I am angry at myself," Marchand said. "Our customers deserve better, and they will get it."

Marchand said a compressor in the cooler failed over the weekend and staff did not notice until Monday. She said the mice came from a vacant building next door that is being renovated.

Tara Quennell, manager of food safety for the health unit, said closures are rare: inspectors shut 14 of the city's roughly 900 restaurants last year.

"When we close a place, it's because there's a real risk to people's health, not because of a dirty floor," Quennell said.

"Mice are a symptom," Quennell said, "not the disease. The disease is a building next door that nobody is looking after."

She said the restaurant could reopen if it passed a reinspection, which is scheduled for Friday morning.

The restaurant passed its five previous inspections with only minor violations, according to the health unit's online database.

Not all of Chez Lucette's regulars were put off. A sign on the door read "Closed by order of the Medical Officer of Health."

"I've eaten here for 15 years and never been sick once," said Warren Pike, who stopped to read the notice Wednesday. "I'll be back the day they open."

Coun. Aaron Whitlock, whose ward includes Front Street, said the owners of the vacant building had been told twice this year to deal with pests and garbage.

"This didn't start in Lucette's kitchen," he said.

The building's owner, Halvorsen Properties, did not return calls Wednesday.

PHOTO: A closure notice on the door of Chez Lucette on Front Street on Wednesday. (Kendra Oduya/The Marlow Sentinel)
''',
    s(MARC, 'Owner', 'problems fixed', 'says', role='Owner'),
    s(RHU, 'a report posted by the Riverbend Health Unit', "One of downtown Marlow's best-known restaurants was ordered closed Tuesday|held at unsafe temperatures", 'according to'),
    s(RHU, 'The inspection report', 'the restaurant had 11 violations|a sanitizing temperature', 'says'),
    s(MARC, 'Owner Lucette Marchand', 'an exterminator had been in twice since the inspection|everything in it thrown out', 'said', role='Owner'),
    s(MARC, 'Marchand', '"I am embarrassed, and I am angry at myself,"', 'said', 'direct', role='Owner'),
    s(MARC, '', '"Our customers deserve better, and they will get it."', '', 'direct', role='Owner'),
    s(MARC, 'Marchand', 'a compressor in the cooler failed over the weekend and staff did not notice until Monday', 'said', role='Owner'),
    s(MARC, 'She', 'the mice came from a vacant building next door that is being renovated', 'said', role='Owner'),
    s(QUEN, 'Tara Quennell', "closures are rare: inspectors shut 14 of the city's roughly 900 restaurants last year", 'said', role='manager of food safety for the health unit'),
    s(QUEN, 'Quennell', '"When we close a place, it\'s because there\'s a real risk to people\'s health, not because of a dirty floor,"', 'said', 'direct', role='manager of food safety for the health unit'),
    s(QUEN, 'Quennell', ['"Mice are a symptom,"', '"not the disease. The disease is a building next door that nobody is looking after."'], 'said', 'direct', role='manager of food safety for the health unit', anchor='"Mice are'),
    s(QUEN, 'She', 'the restaurant could reopen if it passed a reinspection, which is scheduled for Friday morning', 'said', role='manager of food safety for the health unit'),
    s(RHU, "the health unit's online database", 'The restaurant passed its five previous inspections with only minor violations', 'according to'),
    s(PIKE, 'Warren Pike', '"I\'ve eaten here for 15 years and never been sick once,"', 'said', 'direct'),
    s(PIKE, '', '"I\'ll be back the day they open."', '', 'direct'),
    s('Aaron Whitlock', 'Coun. Aaron Whitlock', 'the owners of the vacant building had been told twice this year to deal with pests and garbage', 'said', role='Coun.'),
    s('Aaron Whitlock', 'he', '"This didn\'t start in Lucette\'s kitchen,"', 'said', 'direct', role='Coun.'),
)

FALK = 'Ida Falkenrath'
MARK = 'Marcus Falkenrath'
ADEY = 'Rufus Adeyemi'
RUTH = 'Ruth Falkenrath-Boyd'

doc('ba13-paper-ida-falkenrath-jazz-pianist-obituary', 'The Linden Bay Chronicle', '2036-01-27', '''
Ida Falkenrath, jazz pianist with a thunderous left hand, dies at 84

She recorded more than 40 albums and played the same harbour-front club every Tuesday for three decades

By Nathaniel Osei

Ida Falkenrath, the Port Ellery-born jazz pianist whose thunderous left hand and habit of humming along made her one of the most recognizable players of her generation, died Saturday at her home in Linden Bay. She was 84.

Her son, Marcus Falkenrath, said the cause was complications of heart failure.

Falkenrath recorded more than 40 albums as a leader, and for 31 years she played every Tuesday night at the Anchor Room, a club on the Linden Bay waterfront that closed in 2022.

"She could make a piano sound like a brass band and a church choir at the same time," said the bassist Rufus Adeyemi, who toured with her for 11 years. "And then she'd hum the melody off-key just to make you laugh."

Sol Grunwald, who owned the Anchor Room until it closed, said she never once asked for a raise. "She said the piano was the raise," he said.

Born Ida Marie Kessling on March 3, 1952, in Port Ellery, she was the youngest of five children. Her father was a shipyard welder; her mother taught piano in the family's front room.

In a 1998 interview with this newspaper, Falkenrath said she had never learned to read music well and had "faked it for the first 10 years." She often said that her first paid job, at a dockside bar, had paid her in fried clams.

Her left hand became her signature after a car accident in 1976 left her right wrist stiff for a year, and she learned to carry whole tunes in the bass.

Critics were not always kind. A 1979 review in The Harbor Ledger called her playing "all weather and no climate." Falkenrath framed the review and hung it in her bathroom.

Her breakthrough came in 1984 with "Tidewater Suite," an album recorded live at the Anchor Room in a single night.

In 2031 she received the National Arts Medal. At the ceremony, she told the audience that the medal belonged to "every bar band that ever played to an empty room."

The pianist Dariel Monk, who studied with her as a teenager, wrote on social media that Falkenrath "taught half of this city how to swing."

Her longtime label, Saltmarsh Records, said in a statement that it would reissue her first three albums in the spring.

Her husband, the drummer Leon Boyd, died in 2020. In addition to her son, she is survived by a daughter, Ruth Falkenrath-Boyd, and four grandchildren.

Her daughter said Falkenrath practised every morning until last month, "even when her hands hurt so much she had to soak them first."

"She said scales were like brushing your teeth," Falkenrath-Boyd said. "You don't skip them because you're old."

A memorial concert is planned for March at the Orpheum Theatre in Linden Bay, the family said. The family asks that donations be made to the Port Ellery Music Trust, which gives free lessons to children.
''',
    s(MARK, 'Her son, Marcus Falkenrath', 'the cause was complications of heart failure', 'said'),
    s(ADEY, 'the bassist Rufus Adeyemi', '"She could make a piano sound like a brass band and a church choir at the same time,"', 'said', 'direct', role='bassist'),
    s(ADEY, '', '"And then she\'d hum the melody off-key just to make you laugh."', '', 'direct', role='bassist'),
    s('Sol Grunwald', 'Sol Grunwald', 'she never once asked for a raise', 'said'),
    s('Sol Grunwald', 'he', '"She said the piano was the raise,"', 'said', 'direct'),
    s(FALK, 'She', 'the piano was the raise', 'said', nested=True, via='Sol Grunwald'),
    s(FALK, 'Falkenrath', 'she had never learned to read music well and had "faked it for the first 10 years."', 'said', 'mixed', date='1998'),
    s(FALK, 'She', 'her first paid job, at a dockside bar, had paid her in fried clams', 'said'),
    s('The Harbor Ledger', 'A 1979 review in The Harbor Ledger', 'her playing "all weather and no climate."', 'called', 'mixed', date='1979'),
    s(FALK, 'she', 'the medal belonged to "every bar band that ever played to an empty room."', 'told', 'mixed', date='2031'),
    s('Dariel Monk', 'The pianist Dariel Monk', 'Falkenrath "taught half of this city how to swing."', 'wrote', 'mixed', role='pianist'),
    s('Saltmarsh Records', 'Her longtime label, Saltmarsh Records', 'it would reissue her first three albums in the spring', 'said'),
    s(RUTH, 'Her daughter', 'Falkenrath practised every morning until last month, "even when her hands hurt so much she had to soak them first."', 'said', 'mixed'),
    s(RUTH, 'Falkenrath-Boyd', '"She said scales were like brushing your teeth,"', 'said', 'direct'),
    s(FALK, 'She', 'scales were like brushing your teeth', 'said', nested=True, via=RUTH),
    s(RUTH, '', '"You don\'t skip them because you\'re old."', '', 'direct'),
    s('The family', 'the family', 'A memorial concert is planned for March at the Orpheum Theatre in Linden Bay', 'said'),
    s('The family', 'The family', 'donations be made to the Port Ellery Music Trust, which gives free lessons to children', 'asks'),
)

MARCO = 'Gil Marcotte'
ASHB = 'Bernadette Ashby'
HAVE = 'Joyce Haverkamp'
FOUR = 'Dale Fournier'

doc('ba14-paper-halverston-snow-clearing-budget-overrun', 'Halverston Daily Tribune', '2036-02-19', '''
City's snow budget gone by mid-February; council moves $6.2M from reserves

Councillors split on cost of plowing side streets; works chief calls winter "one for the books"

By Teresa Vong

Halverston has spent its entire snow-clearing budget for the year with six weeks of winter still to go, and city council voted 9-4 Tuesday to move $6.2 million from reserves to keep the plows running.

Halverston plows all 1,100 kilometres of its streets after every snowfall of five centimetres or more, a standard council set in 2019 after a winter of complaints from the east end.

The city budgeted $18.5 million for snow and ice control in 2036, based on the average of the past five winters. By Feb. 14 it had spent $18.9 million, according to a report by the public works department.

"This has been one for the books," public works director Gil Marcotte told council. "We've had 31 plowable snowfalls so far. In a normal winter we get 19."

Marcotte said the city's 140 plows and graders had run around the clock for 11 of the past 40 days and that overtime alone had cost $4.7 million.

Coun. Bernadette Ashby, who voted against the transfer, said the city should stop plowing residential side streets after every snowfall of less than 10 centimetres.

"We plow cul-de-sacs in this city faster than some towns plow their main streets," Ashby said. "Nobody asked for that level of service, and nobody is paying for it."

Mayor Joyce Haverkamp said the reserve was built for exactly this kind of winter. She said council would review its snow-clearing standards in the fall, "but not in the middle of a storm."

Does Halverston simply need a bigger snow budget? Cities in the region underbudget for snow in three winters out of five, according to a 2034 study by the Northern Municipal Finance Institute, a research group at Lakehead College.

The study's author, Priyanka Mohan, said councils set snow budgets low because "a small number looks good in January and nobody remembers it in March."

Residents who spoke at the meeting were divided.

Dale Fournier, who lives on a cul-de-sac in the Brookfield neighbourhood, told council his street is plowed "within a couple of hours, every time," and that he would gladly pay more in taxes to keep it that way.

Others said they had waited two or three days for a plow after the big storm on Jan. 30.

"I dug my own car out three times," said Marguerite Leblanc, who lives on Orchard Crescent. "I'm not asking for miracles. I'm asking for a plow."

Local 412 of the Municipal Workers' Union, which represents the city's plow operators, said in a letter to council that crews were exhausted and that the city should hire 20 more seasonal operators.

Marcotte told council that the department had posted the seasonal jobs in October and filled only 11 of 30.

The transfer leaves $3.1 million in the snow reserve, according to city treasurer Imelda Soto.
''',
    s(MARCO, 'works chief', 'winter "one for the books"', 'calls', 'mixed', role='public works director'),
    s('the public works department', 'a report by the public works department', 'By Feb. 14 it had spent $18.9 million', 'according to'),
    s(MARCO, 'public works director Gil Marcotte', '"This has been one for the books,"', 'told', 'direct', role='public works director'),
    s(MARCO, '', '"We\'ve had 31 plowable snowfalls so far. In a normal winter we get 19."', '', 'direct', role='public works director'),
    s(MARCO, 'Marcotte', "the city's 140 plows and graders had run around the clock|had cost $4.7 million", 'said', role='public works director'),
    s(ASHB, 'Coun. Bernadette Ashby', 'the city should stop plowing residential side streets after every snowfall of less than 10 centimetres', 'said', role='Coun.'),
    s(ASHB, 'Ashby', '"We plow cul-de-sacs in this city faster than some towns plow their main streets,"', 'said', 'direct', role='Coun.'),
    s(ASHB, '', '"Nobody asked for that level of service, and nobody is paying for it."', '', 'direct', role='Coun.'),
    s(HAVE, 'Mayor Joyce Haverkamp', 'the reserve was built for exactly this kind of winter', 'said', role='Mayor'),
    s(HAVE, 'She', 'council would review its snow-clearing standards in the fall, "but not in the middle of a storm."', 'said', 'mixed', role='Mayor'),
    s('Northern Municipal Finance Institute', 'a 2034 study by the Northern Municipal Finance Institute', 'Cities in the region underbudget for snow in three winters out of five', 'according to'),
    s('Priyanka Mohan', "The study's author, Priyanka Mohan", 'councils set snow budgets low because "a small number looks good in January and nobody remembers it in March."', 'said', 'mixed', role="The study's author"),
    s(FOUR, 'Dale Fournier', 'his street is plowed "within a couple of hours, every time," and that he would gladly pay more in taxes to keep it that way', 'told', 'mixed'),
    s('Others', 'Others', 'they had waited two or three days for a plow after the big storm on Jan. 30', 'said'),
    s('Marguerite Leblanc', 'Marguerite Leblanc', '"I dug my own car out three times,"', 'said', 'direct'),
    s('Marguerite Leblanc', '', '"I\'m not asking for miracles. I\'m asking for a plow."', '', 'direct'),
    s("Local 412 of the Municipal Workers' Union", "Local 412 of the Municipal Workers' Union", 'crews were exhausted and that the city should hire 20 more seasonal operators', 'said'),
    s(MARCO, 'Marcotte', 'the department had posted the seasonal jobs in October and filled only 11 of 30', 'told', role='public works director'),
    s('Imelda Soto', 'city treasurer Imelda Soto', 'The transfer leaves $3.1 million in the snow reserve', 'according to', role='city treasurer'),
)

NOOR = 'Noor Valdes-Amiri'
TAMA = 'Boris Tamarin'
AMIR = 'Leila Amiri'
VALD = 'Tomas Valdes'
HSU = 'Walter Hsu'

doc('ba15-paper-lakeview-chess-prodigy', 'The Lakeview Herald', '2036-11-08', '''
At 11, Lakeview girl is the province's youngest chess master

"She sees things I don't," says coach

By Harriet Lum

On a Saturday morning in the back room of the Lakeview public library, Noor Valdes-Amiri is playing six games at once. She walks from board to board, moves a piece and moves on. Her opponents, all adults, take minutes over each reply. She takes seconds.

The title requires a rating of 2200, a level that fewer than one in 100 tournament players ever reach. Noor's rating stood at 2214 in October.

Noor is 11. Last month she became the youngest player in the province's history to earn the title of national master, according to the Westmark Chess Federation.

"I like it when the position is a mess," Noor says. "When everything is calm, it's boring."

Her coach, Boris Tamarin, a former international master who runs the library's chess club, says he stopped beating her in casual games about a year ago.

"She sees things I don't," Tamarin says. "Not always. But more every month."

Noor's mother, Leila Amiri, a nurse, says her daughter learned the moves from a chess app at the age of six and beat her father within a week.

"He was not happy," Amiri says, laughing.

Her father, Tomas Valdes, an accountant, says the family has spent about $9,000 this year on tournament fees and travel, and that they are looking for a sponsor before the world youth championship in April.

Is she the next world champion? Tamarin is careful.

"It's too early to talk like that," he says. "At 11, the most important thing is that she still loves it."

The federation's president, Ruth Okwuosa, says girls make up fewer than one in eight of its rated players, and that Noor's success has already brought new girls to clubs in Lakeview and two nearby towns.

Noor says she wants to become a grandmaster "before I'm 15, maybe 14."

Her sixth-grade teacher, Anita Brogan, says Noor is "a completely ordinary kid, except on Saturdays." Noor plays in the school band and, according to Brogan, loses at cards to her classmates "all the time."

She also wants a dog. Her parents say they are thinking about it.

In the back room, one opponent, retired engineer Walter Hsu, 71, tips over his king after 40 moves and shakes her hand.

"I had her for about ten minutes," he says with a grin. "Then I didn't."

Noor is already at the next board.
''',
    s(TAMA, 'coach', '"She sees things I don\'t,"', 'says', 'direct', role='coach'),
    s('Westmark Chess Federation', 'the Westmark Chess Federation', "Last month she became the youngest player in the province's history to earn the title of national master", 'according to'),
    s(NOOR, 'Noor', '"I like it when the position is a mess,"', 'says', 'direct'),
    s(NOOR, '', '"When everything is calm, it\'s boring."', '', 'direct'),
    s(TAMA, 'Her coach, Boris Tamarin', 'he stopped beating her in casual games about a year ago', 'says', role='coach'),
    s(TAMA, 'Tamarin', '"She sees things I don\'t,"', 'says', 'direct', role='coach'),
    s(TAMA, '', '"Not always. But more every month."', '', 'direct', role='coach'),
    s(AMIR, "Noor's mother, Leila Amiri", 'her daughter learned the moves from a chess app at the age of six and beat her father within a week', 'says', role='a nurse'),
    s(AMIR, 'Amiri', '"He was not happy,"', 'says', 'direct', role='a nurse'),
    s(VALD, 'Her father, Tomas Valdes', 'the family has spent about $9,000 this year on tournament fees and travel|world youth championship in April', 'says', role='an accountant'),
    s(TAMA, 'he', '"It\'s too early to talk like that,"', 'says', 'direct', role='coach'),
    s(TAMA, '', '"At 11, the most important thing is that she still loves it."', '', 'direct', role='coach'),
    s('Ruth Okwuosa', "The federation's president, Ruth Okwuosa", 'girls make up fewer than one in eight of its rated players|two nearby towns', 'says', role="The federation's president"),
    s(NOOR, 'Noor', 'she wants to become a grandmaster "before I\'m 15, maybe 14."', 'says', 'mixed'),
    s('Anita Brogan', 'Her sixth-grade teacher, Anita Brogan', 'Noor is "a completely ordinary kid, except on Saturdays."', 'says', 'mixed', role='sixth-grade teacher'),
    s('Anita Brogan', 'Brogan', ['Noor plays in the school band and', 'loses at cards to her classmates "all the time."'], 'according to', 'mixed', role='sixth-grade teacher', anchor='Noor plays in the school band'),
    s('Leila Amiri and Tomas Valdes', 'Her parents', 'they are thinking about it', 'say'),
    s(HSU, 'he', '"I had her for about ten minutes,"', 'says', 'direct', role='retired engineer'),
    s(HSU, '', '"Then I didn\'t."', '', 'direct', role='retired engineer'),
)

CPA = 'Coast Properties Agency'
PEMB = 'Gordon Pemberton and Lise Pemberton'
FCTL = 'The Friends of Cape Tolland Light'
MACI = 'Dorothy MacIsaac'
DOUC = 'Vernon Doucet'

doc('ba16-paper-cape-tolland-lighthouse-sold', 'The Tolland Shore News', '2036-04-03', '''
Cape Tolland lighthouse sold to couple who plan museum and inn

Heritage group says deal "saves the light"; mayor says town was priced out

By Malcolm Ferreira

The federal government has sold the Cape Tolland lighthouse, an 1874 wooden tower that has stood empty since its last keeper left in 1991, to a retired couple from Port Hanley for $1.4 million, the Coast Properties Agency said Thursday.

The buyers, Gordon and Lise Pemberton, plan to restore the tower and turn the keeper's house into a small museum and a two-room inn, they said in an interview.

"We've driven past it every summer for 30 years and said, somebody should save that thing," Lise Pemberton said. "Turns out it's us."

The agency received 37 bids from as far away as Europe, according to agency spokeswoman Claire Ducharme. She said the Pembertons' offer was not the highest but was the only one that came with a detailed plan for the building.

"A lighthouse," Gordon Pemberton said, "is a promise that somebody is keeping watch. We intend to keep it."

The light itself, which still guides fishing boats into Tolland Harbour, will remain federal property under the sale agreement, and the coast guard will continue to maintain it.

The tower is 21 metres tall and was moved 40 metres inland in 1952 after a storm ate away the cliff beneath it. The agency has sold 14 lighthouses since 2030 under a program to shed heritage properties it can no longer maintain.

The Friends of Cape Tolland Light, a volunteer group that has campaigned since 2029 to keep the tower from falling into the sea, said in a statement that the sale "saves the light for another 150 years."

The group's chair, Dorothy MacIsaac, said volunteers had raised $80,000 for emergency repairs to the foundation since the agency put the lighthouse on its list of surplus properties.

"We were patching shingles with our own money," she said.

Not everyone is pleased. Mayor Vernon Doucet said the town had hoped to buy the lighthouse itself but could not afford repairs estimated at $900,000.

"It breaks my heart, but we have roads to fix," Doucet said.

Lobster fisherman Curtis Ryle, whose boat is moored below the cape, said he worried the museum would bring tour buses to a road that washes out every spring.

"That road was built for one keeper and his horse," he said.

The Pembertons said they would keep the trail to the point open to the public, as it has been for decades, and would ask the town to share the cost of fixing the road.

Under federal heritage rules, the new owners cannot change the tower's exterior without approval. The sale is expected to close in May.

PHOTO: The Cape Tolland lighthouse at dusk on Wednesday. (Malcolm Ferreira/The Tolland Shore News)
''',
    s(FCTL, 'Heritage group', 'deal "saves the light"', 'says', 'mixed'),
    s(DOUC, 'mayor', 'town was priced out', 'says', role='Mayor'),
    s(CPA, 'the Coast Properties Agency', 'The federal government has sold the Cape Tolland lighthouse|for $1.4 million', 'said'),
    s(PEMB, 'they', "The buyers, Gordon and Lise Pemberton, plan to restore the tower|a two-room inn", 'said'),
    s('Lise Pemberton', 'Lise Pemberton', '"We\'ve driven past it every summer for 30 years and said, somebody should save that thing,"', 'said', 'direct'),
    s('Lise Pemberton', '', '"Turns out it\'s us."', '', 'direct'),
    s('Gordon Pemberton', 'Gordon Pemberton', ['"A lighthouse,"', '"is a promise that somebody is keeping watch. We intend to keep it."'], 'said', 'direct', anchor='"A lighthouse,"'),
    s('Claire Ducharme', 'agency spokeswoman Claire Ducharme', 'The agency received 37 bids from as far away as Europe', 'according to', role='agency spokeswoman'),
    s('Claire Ducharme', 'She', "the Pembertons' offer was not the highest|a detailed plan for the building", 'said', role='agency spokeswoman'),
    s(FCTL, FCTL, 'the sale "saves the light for another 150 years."', 'said', 'mixed'),
    s(MACI, "The group's chair, Dorothy MacIsaac", 'volunteers had raised $80,000 for emergency repairs|list of surplus properties', 'said', role="The group's chair"),
    s(MACI, 'she', '"We were patching shingles with our own money,"', 'said', 'direct', role="The group's chair"),
    s(DOUC, 'Mayor Vernon Doucet', 'the town had hoped to buy the lighthouse itself but could not afford repairs estimated at $900,000', 'said', role='Mayor'),
    s(DOUC, 'Doucet', '"It breaks my heart, but we have roads to fix,"', 'said', 'direct', role='Mayor'),
    s('Curtis Ryle', 'Lobster fisherman Curtis Ryle', 'he worried the museum would bring tour buses to a road that washes out every spring', 'said', role='Lobster fisherman'),
    s('Curtis Ryle', 'he', '"That road was built for one keeper and his horse,"', 'said', 'direct', role='Lobster fisherman'),
    s(PEMB, 'The Pembertons', 'they would keep the trail to the point open to the public|share the cost of fixing the road', 'said'),
)
