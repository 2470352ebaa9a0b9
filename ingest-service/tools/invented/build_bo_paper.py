"""Set BO's five North American newspaper articles (see build_bo.py)."""
from invented_common import doc_spans as doc, s

NORA = 'Norah Felsted-Quaye'
ASHD = 'Winston Ashdown-Pyke'
HOLM = 'Priya Holmgren-Achebe'
DESM = 'Desmond Ilori-Brandt'
GLOR = 'Gloria Venn-Matsuda'
FENE = 'Fenella Otway-Kim'
DELA = 'Marcus Delacroix-Ibe'
HAMI = 'Hamid Sorensen-Boadu'

doc('bo12-paper-millbrook-road-library-closing', 'Caddo Falls Record', '2043-02-12', '''
Last chapter: Millbrook Road library branch to close in June, board says

Residents pack meeting to plead for the 60-year-old branch; board cites $1.4M repair bill

By Colleen Aberdeen-Sato
Staff Reporter

Published Feb. 12, 2043 at 6:45 p.m. | Updated Feb. 13, 2043 at 9:10 a.m.

Norah Felsted-Quaye has borrowed books from the Millbrook Road library since she was seven. On Tuesday night, the 52-year-old stood at a microphone in a packed community room and asked the library board to explain why her grandchildren would not be able to do the same.

"This is the only public building on this side of the highway where you can sit for free," she said. "You are not closing a library. You are closing a living room."

The Caddo Falls Public Library board voted 6-1 to close the branch on June 30. Board chair Winston Ashdown-Pyke said the building needed a new roof, a new heating system and an elevator to meet accessibility rules, work estimated at $1.4 million.

"We looked at every option. We don't have $1.4 million, and nobody has offered it to us," Ashdown-Pyke said after the vote.

READ MORE: City council delays vote on Eastgate pool repairs

The library's chief executive, Priya Holmgren-Achebe, said the branch's collection would move to the Central branch, about four kilometres away, and that a "book bus" would stop in the neighbourhood twice a week starting in July. She said no staff would lose their jobs.

More than 40 people spoke during the two-hour meeting, and none of them supported the closure.

Desmond Ilori-Brandt, who runs a homework club for about 20 children at the branch, said most of the kids walk there after school. "They are not going to take two buses to the Central branch," he said. "They are going to go home and stare at a phone."

Gloria Venn-Matsuda, a retired teacher, said the board had known about the roof for at least five years. She pointed to a 2038 building report that, she said, recommended replacing it "within 24 months." The report was posted on the library's website until last week, according to her.

The lone board member to vote against the closure, Trustee Fenella Otway-Kim, said she was not convinced the repair estimate was accurate. She asked staff to get a second quote before the building is sold, but the motion failed.

Ashdown-Pyke said afterward that the board had not yet decided whether to sell the building.

Coun. Marcus Delacroix-Ibe, whose ward includes Millbrook Road, called the decision "short-sighted" and said he would ask council to look at whether the city could take over the building as a community hub. "I'm not ready to give up on it," he said in an interview Wednesday.

Not everyone in the neighbourhood is surprised. Hamid Sorensen-Boadu, who owns the convenience store across the street, said he had watched the branch's hours shrink year after year. "First it was Sundays, then Mondays, then evenings," the store owner said. "You could see this coming."

Felsted-Quaye said she would start a petition. She hopes to collect 5,000 signatures before the end of March.

Sign up for our newsletter
Get the day's top local stories in your inbox every morning.
''',
    s(ASHD, 'board', 'Millbrook Road library branch to close in June', 'says', role='Board chair'),
    s(ASHD, 'board', '$1.4M repair bill', 'cites', role='Board chair'),
    s(NORA, 'she', '"This is the only public building on this side of the highway where you can sit for free,"', 'said', 'direct'),
    s(NORA, '', '"You are not closing a library. You are closing a living room."', '', 'direct'),
    s(ASHD, 'Board chair Winston Ashdown-Pyke', 'the building needed a new roof|work estimated at $1.4 million', 'said', role='Board chair'),
    s(ASHD, 'Ashdown-Pyke', '"We looked at every option. We don\'t have $1.4 million, and nobody has offered it to us,"', 'said', 'direct', role='Board chair'),
    s(HOLM, "The library's chief executive, Priya Holmgren-Achebe", 'the branch\'s collection would move to the Central branch|twice a week starting in July', 'said', 'mixed', role='chief executive'),
    s(HOLM, 'She', 'no staff would lose their jobs', 'said', role='chief executive'),
    s(DESM, 'Desmond Ilori-Brandt', 'most of the kids walk there after school', 'said'),
    s(DESM, 'he', '"They are not going to take two buses to the Central branch,"', 'said', 'direct'),
    s(DESM, '', '"They are going to go home and stare at a phone."', '', 'direct'),
    s(GLOR, 'Gloria Venn-Matsuda, a retired teacher', 'the board had known about the roof for at least five years', 'said', role='retired teacher'),
    s(GLOR, 'she', ['a 2038 building report that,', 'recommended replacing it "within 24 months."'], 'said', 'mixed', role='retired teacher'),
    s('a 2038 building report', 'a 2038 building report', 'replacing it "within 24 months."', 'recommended', 'mixed', nested=True, via=GLOR),
    s(GLOR, 'her', "The report was posted on the library's website until last week", 'according to', role='retired teacher'),
    s(FENE, 'The lone board member to vote against the closure, Trustee Fenella Otway-Kim', 'she was not convinced the repair estimate was accurate', 'said', role='Trustee'),
    s(FENE, 'She', 'staff to get a second quote before the building is sold', 'asked', role='Trustee'),
    s(ASHD, 'Ashdown-Pyke', 'the board had not yet decided whether to sell the building', 'said', role='Board chair'),
    s(DELA, 'Coun. Marcus Delacroix-Ibe', 'the decision "short-sighted"', 'called', 'mixed', role='Coun.'),
    s(DELA, 'Coun. Marcus Delacroix-Ibe', 'he would ask council to look at whether the city could take over the building as a community hub', 'said', role='Coun.'),
    s(DELA, 'he', '"I\'m not ready to give up on it,"', 'said', 'direct', role='Coun.'),
    s(HAMI, 'Hamid Sorensen-Boadu', "he had watched the branch's hours shrink year after year", 'said'),
    s(HAMI, 'the store owner', '"First it was Sundays, then Mondays, then evenings,"', 'said', 'direct'),
    s(HAMI, '', '"You could see this coming."', '', 'direct'),
    s(NORA, 'Felsted-Quaye', 'she would start a petition', 'said'),
    s(NORA, 'She', 'to collect 5,000 signatures before the end of March', 'hopes'),
)

VICK = 'Renata Vicks-Obando'
LUIS = 'Luisa Ferrante-Oyo'
POLS = 'Graham Polson-Achterberg'
JOSE = 'Josephine Adeyemi-Blake'
OKOR = 'Martin Okoro-Halvorsen'
DARN = 'Darnell Whitcombe-Aziz'
TARL = 'Edwin Tarleton-Osei'

doc('bo13-paper-harlow-parking-meter-hike', 'The Harlow Ledger', '2043-03-14', '''
Downtown merchants say meter hike will drive shoppers to malls

Council approves $4-an-hour rate over objections; mayor calls it 'the price of a working downtown'

By Trevor Mbatha-Lund
The Harlow Ledger

HARLOW — Parking downtown will cost $4 an hour starting April 1, up from $2.50, after city council voted 7-4 on Monday night to approve the increase, the largest in the city's history.

Mayor Renata Vicks-Obando, who proposed the hike in January, called it "the price of a working downtown" and said the extra revenue, an estimated $2.2 million a year, would pay for new sidewalks and a shuttle between the downtown core and the waterfront.

"Every other city our size charged more than we did five years ago," Vicks-Obando said. "We have been subsidizing parking at the expense of everything else."

Merchants packed the council chamber. Several of them said the increase would drive customers to the Crestview and Pine Ridge malls, where parking is free.

"People don't come downtown for a $4 coffee and then pay $4 to park next to it," said Luisa Ferrante-Oyo, who owns Bean & Barrel on Third Street. The 44-year-old said her sales had already fallen 12% since the city removed 60 spaces on Market Street for a bike lane last year.

The Downtown Harlow Business Association had asked council to phase in the increase over two years. Its executive director, Graham Polson-Achterberg, said the association was "disappointed but not surprised" by the vote. He said members would meet next week to discuss whether to back candidates who oppose the hike in the fall election.

Coun. Josephine Adeyemi-Blake, who voted against the increase, said council had not studied how the change would affect seniors and people with disabilities, who often cannot walk far from where they park. She proposed an amendment to exempt accessible spaces from the increase. It was defeated 6-5.

Coun. Martin Okoro-Halvorsen, who chairs the city's transportation committee, defended the vote. He said that even at $4, Harlow's rates would be lower than those of three nearby cities, and that turnover in the best spaces would improve. "Right now people park in front of a store at 8 a.m. and leave at 5," he said.

Not all business owners are opposed. Darnell Whitcombe-Aziz, who runs a bicycle shop on Second Avenue, said he supported the hike because his customers rarely drive. "Nobody is coming to my shop in a minivan," he said, laughing.

According to a staff report presented to council, about 38% of downtown meter revenue comes from drivers who park for less than an hour.

The city will also extend metered hours to 9 p.m. on Fridays and Saturdays. Staff said signs on the 1,400 meters would be replaced by the end of March.

A petition opposing the increase had gathered more than 3,100 signatures by Monday, its organizer, retired pharmacist Edwin Tarleton-Osei, told the Ledger. He said he would bring it to the next council meeting anyway. "They can ignore it once. They can't ignore it every two weeks," Tarleton-Osei said.

Photo: Meters on Third Street, where rates will rise to $4 an hour April 1. (Ledger photo/Anika Brandt-Soyinka)
''',
    s('Downtown merchants', 'Downtown merchants', 'meter hike will drive shoppers to malls', 'say'),
    s(VICK, 'mayor', "it 'the price of a working downtown'", 'calls', 'mixed', role='Mayor'),
    s(VICK, 'Mayor Renata Vicks-Obando', 'it "the price of a working downtown"', 'called', 'mixed', role='Mayor'),
    s(VICK, 'Mayor Renata Vicks-Obando', 'the extra revenue, an estimated $2.2 million a year, would pay for new sidewalks|the downtown core and the waterfront', 'said', role='Mayor'),
    s(VICK, 'Vicks-Obando', '"Every other city our size charged more than we did five years ago,"', 'said', 'direct', role='Mayor'),
    s(VICK, '', '"We have been subsidizing parking at the expense of everything else."', '', 'direct', role='Mayor'),
    s('Merchants', 'Several of them', 'the increase would drive customers to the Crestview and Pine Ridge malls, where parking is free', 'said'),
    s(LUIS, 'Luisa Ferrante-Oyo, who owns Bean & Barrel on Third Street', '"People don\'t come downtown for a $4 coffee and then pay $4 to park next to it,"', 'said', 'direct'),
    s(LUIS, 'The 44-year-old', 'her sales had already fallen 12% since the city removed 60 spaces on Market Street for a bike lane last year', 'said'),
    s('The Downtown Harlow Business Association', 'The Downtown Harlow Business Association', 'council to phase in the increase over two years', 'had asked'),
    s(POLS, 'Its executive director, Graham Polson-Achterberg', 'the association was "disappointed but not surprised" by the vote', 'said', 'mixed', role='executive director'),
    s(POLS, 'He', 'members would meet next week to discuss whether to back candidates who oppose the hike in the fall election', 'said', role='executive director'),
    s(JOSE, 'Coun. Josephine Adeyemi-Blake', 'council had not studied how the change would affect seniors|cannot walk far from where they park', 'said', role='Coun.'),
    s(OKOR, 'Coun. Martin Okoro-Halvorsen', 'the vote', 'defended', role='Coun.'),
    s(OKOR, 'He', "even at $4, Harlow's rates would be lower than those of three nearby cities, and that turnover in the best spaces would improve", 'said', role='Coun.'),
    s(OKOR, 'he', '"Right now people park in front of a store at 8 a.m. and leave at 5,"', 'said', 'direct', role='Coun.'),
    s(DARN, 'Darnell Whitcombe-Aziz', 'he supported the hike because his customers rarely drive', 'said'),
    s(DARN, 'he', '"Nobody is coming to my shop in a minivan,"', 'said', 'direct'),
    s('a staff report', 'a staff report', 'about 38% of downtown meter revenue comes from drivers who park for less than an hour', 'According to'),
    s('Staff', 'Staff', 'signs on the 1,400 meters would be replaced by the end of March', 'said'),
    s(TARL, 'its organizer, retired pharmacist Edwin Tarleton-Osei', 'A petition opposing the increase had gathered more than 3,100 signatures by Monday', 'told', role='organizer'),
    s(TARL, 'He', 'he would bring it to the next council meeting anyway', 'said', role='organizer'),
    s(TARL, 'Tarleton-Osei', '"They can ignore it once. They can\'t ignore it every two weeks,"', 'said', 'direct', role='organizer'),
)

LIND = 'Adaora Lindgren-Pike'
CHER = 'Cheryl Okafor-Dunne'
ARBO = 'Felix Arbogast-Nwachukwu'
SIMO = 'Simone Okafor-Dunne'
TYRE = 'Tyrell Banning-Fosu'

doc('bo14-paper-kinloch-graduation-storm', 'The Valley Courier', '2043-06-14', '''
Storm washes out Kinloch High graduation; principal says ceremony will be rescheduled

By Abigail Trent-Nakamura
Reporter, The Valley Courier

Posted June 14, 2043

KINLOCH — Two hundred and twelve seniors at Kinloch Regional High School were supposed to cross the stage at the football field Friday evening. Instead, a line of thunderstorms that knocked out power to half the town sent families running for their cars, and the ceremony was called off before the first name was read.

Principal Adaora Lindgren-Pike said in a message to families late Friday that the school would hold the ceremony in the gymnasium on Tuesday at 6 p.m., with each graduate allowed four guests.

"I know this is not the night any of us wanted," the message read. "But these students have waited four years, and they are going to get their moment."

Some families were not satisfied with the new plan. Cheryl Okafor-Dunne, whose daughter was to give the valedictory address, said four tickets were not enough for families with grandparents and younger siblings. "My mother drove seven hours for this," she said. "She goes home Sunday."

The district's superintendent, Dr. Felix Arbogast-Nwachukwu, said the gym holds about 1,100 people and that the fire marshal would not allow more. He said the district had looked at renting the county fairgrounds' arena but that it was booked through July.

The National Weather Service had issued a severe thunderstorm warning for the county at 5:52 p.m., eight minutes before the ceremony was to start. Asked why the school went ahead with seating guests, Lindgren-Pike said staff had been told by the weather service earlier in the afternoon that the storms would pass to the north.

A meteorologist at the service's regional office, who asked not to be named because she was not authorized to speak publicly, said forecasters had warned as early as 3 p.m. that storms could develop "anywhere in the valley."

The valedictorian, 18-year-old Simone Okafor-Dunne, took it in stride. She said she had already rewritten the opening of her speech. "I'm going to start with the weather," she said. "Everybody will get the joke."

Her classmate Tyrell Banning-Fosu, who plans to study engineering at Northgate University in the fall, was less philosophical. The 17-year-old said he had been soaked through his rented gown. "It's fine. It's a story now," he said. "Ask me in ten years."

Several parents said they were grateful no one was hurt. A tree limb fell on two parked cars at the edge of the lot, according to Kinloch police, but both were empty.

Utility company Valley Electric said power had been restored to all but 300 customers by Saturday afternoon.

The school board chair, Marisol Quintana-Reeve, said the board would cover the cost of the rescheduled ceremony, estimated at $8,000, from its contingency fund.

Photos: Graduates shelter under the bleachers as the storm hits Friday. (Courier photo by Devin Castellano-Moyo) | Valedictorian Simone Okafor-Dunne, center, with classmates. (Submitted photo)
''',
    s(LIND, 'principal', 'ceremony will be rescheduled', 'says', role='Principal'),
    s(LIND, 'Principal Adaora Lindgren-Pike', 'the school would hold the ceremony in the gymnasium on Tuesday at 6 p.m., with each graduate allowed four guests', 'said', role='Principal'),
    s(LIND, 'the message', '"I know this is not the night any of us wanted,"', 'read', 'direct', role='Principal'),
    s(LIND, '', '"But these students have waited four years, and they are going to get their moment."', '', 'direct', role='Principal'),
    s(CHER, 'Cheryl Okafor-Dunne', 'four tickets were not enough for families with grandparents and younger siblings', 'said'),
    s(CHER, 'she', '"My mother drove seven hours for this,"', 'said', 'direct'),
    s(CHER, '', '"She goes home Sunday."', '', 'direct'),
    s(ARBO, "The district's superintendent, Dr. Felix Arbogast-Nwachukwu", 'the gym holds about 1,100 people and that the fire marshal would not allow more', 'said', role='superintendent'),
    s(ARBO, 'He', "the district had looked at renting the county fairgrounds' arena but that it was booked through July", 'said', role='superintendent'),
    s(LIND, 'Lindgren-Pike', 'staff had been told by the weather service earlier in the afternoon that the storms would pass to the north', 'said', role='Principal'),
    s('the weather service', 'the weather service', 'the storms would pass to the north', 'told', nested=True, via=LIND),
    s("A meteorologist at the service's regional office", "A meteorologist at the service's regional office", 'forecasters had warned as early as 3 p.m. that storms could develop "anywhere in the valley."', 'said', 'mixed', role='meteorologist'),
    s('forecasters', 'forecasters', 'storms could develop "anywhere in the valley."', 'warned', 'mixed', nested=True, via="A meteorologist at the service's regional office"),
    s(SIMO, 'She', 'she had already rewritten the opening of her speech', 'said', role='valedictorian'),
    s(SIMO, 'she', '"I\'m going to start with the weather,"', 'said', 'direct', role='valedictorian'),
    s(SIMO, '', '"Everybody will get the joke."', '', 'direct', role='valedictorian'),
    s(TYRE, 'The 17-year-old', 'he had been soaked through his rented gown', 'said'),
    s(TYRE, 'he', '"It\'s fine. It\'s a story now,"', 'said', 'direct'),
    s(TYRE, '', '"Ask me in ten years."', '', 'direct'),
    s('Several parents', 'Several parents', 'they were grateful no one was hurt', 'said'),
    s('Kinloch police', 'Kinloch police', ['A tree limb fell on two parked cars at the edge of the lot,', 'but both were empty'], 'according to'),
    s('Valley Electric', 'Utility company Valley Electric', 'power had been restored to all but 300 customers by Saturday afternoon', 'said'),
    s('Marisol Quintana-Reeve', 'The school board chair, Marisol Quintana-Reeve', 'the board would cover the cost of the rescheduled ceremony, estimated at $8,000, from its contingency fund', 'said', role='school board chair'),
)

MARI = 'Maribel Osorio-Finch'
KARR = 'Dimitri Karras-Obi'
OPHE = 'Ophelia Brandt-Mensah'
REGI = 'Reginald Imoke-Sterling'
MVC = 'The Elmsford Mobile Vendors Collective'

doc('bo15-paper-elmsford-food-truck-ban', 'Elmsford Daily Post', '2043-04-03', '''
City bans food trucks from Riverside Park after restaurant owners complain

'They're killing us,' vendor says; ban takes effect May 1

By Hector Vandermeer-Osu
Metro Reporter

Updated: April 3, 2043, 7:02 p.m.

ELMSFORD — Food trucks will no longer be allowed to park along the Riverside Park loop under a bylaw council passed Wednesday, a move the city's restaurant association has pushed for since last summer.

The bylaw bans mobile food vendors from operating within 150 metres of a licensed restaurant anywhere in the downtown core, which in practice rules out the park, the busiest spot for the city's 30 licensed trucks.

Council approved the bylaw 8-3 after more than an hour of debate.

"These trucks pay a fraction of what a bricks-and-mortar restaurant pays in property tax, and they park right outside our doors at lunch," said Dimitri Karras-Obi, president of the Elmsford Restaurant Association and owner of two restaurants on Water Street. He said at least four downtown restaurants had closed since 2041 and that the owners had blamed falling lunch traffic.

For the truck owners, the vote was a blow. Maribel Osorio-Finch, who has run the Tamal Wagon from the park loop for six summers, said she earned about 70% of her income there. "They're killing us," she said. "Where am I supposed to go — the industrial park?"

Osorio-Finch's husband, Andre, who drives the truck, said the couple had taken out a $60,000 loan to buy a second vehicle last fall. He said they would now have to sell it.

Coun. Ophelia Brandt-Mensah, who introduced the bylaw, said the 150-metre rule was "a compromise, not a ban." Trucks will still be allowed at the city's farmers' market and at special events with a permit, she noted.

But Coun. Reginald Imoke-Sterling, one of the three who voted against it, said the city was "picking winners" and warned that the bylaw would not survive a legal challenge. He said he had asked the city solicitor for an opinion before the vote and had not received one.

Asked about that on Thursday, a city spokesperson said the solicitor's office does not comment on advice given to council.

The Elmsford Mobile Vendors Collective, a group formed in February by 19 of the truck owners, said it had retained a lawyer. Its spokesperson, Kwame Rasmussen-Ade, said the group would ask a court to suspend the bylaw before May 1.

Visitors to the park on Thursday were mostly sympathetic to the trucks. "The restaurants on Water Street close at 2 on weekdays. The trucks are here till 8," said Yvette Lachance-Obeng, who was eating lunch on a bench with her two co-workers. One of them, Samir Holt-Agyeman, said he would "just bring a sandwich" from now on.

Not everyone agreed. A manager at a Water Street bistro, who did not want her name used because she was not authorized to speak for the owners, said the trucks leave litter and grease on the sidewalk every night.

READ MORE:
Elmsford council freezes transit fares for 2043
Riverside Park splash pad to reopen after repairs

Sign up for our Metro newsletter
''',
    s(MARI, 'vendor', "'They're killing us,'", 'says', 'direct'),
    s(KARR, 'Dimitri Karras-Obi, president of the Elmsford Restaurant Association and owner of two restaurants on Water Street', '"These trucks pay a fraction|right outside our doors at lunch,"', 'said', 'direct', role='president'),
    s(KARR, 'He', 'at least four downtown restaurants had closed since 2041 and that the owners had blamed falling lunch traffic', 'said', role='president'),
    s('the owners', 'the owners', 'falling lunch traffic', 'blamed', nested=True, via=KARR),
    s(MARI, 'Maribel Osorio-Finch', 'she earned about 70% of her income there', 'said'),
    s(MARI, 'she', '"They\'re killing us,"', 'said', 'direct'),
    s(MARI, '', '"Where am I supposed to go — the industrial park?"', '', 'direct'),
    s('Andre', "Osorio-Finch's husband, Andre", 'the couple had taken out a $60,000 loan to buy a second vehicle last fall', 'said'),
    s('Andre', 'He', 'they would now have to sell it', 'said'),
    s(OPHE, 'Coun. Ophelia Brandt-Mensah', 'the 150-metre rule was "a compromise, not a ban."', 'said', 'mixed', role='Coun.'),
    s(OPHE, 'she', "Trucks will still be allowed at the city's farmers' market and at special events with a permit", 'noted', role='Coun.'),
    s(REGI, 'Coun. Reginald Imoke-Sterling', 'the city was "picking winners"', 'said', 'mixed', role='Coun.'),
    s(REGI, 'Coun. Reginald Imoke-Sterling', 'the bylaw would not survive a legal challenge', 'warned', role='Coun.'),
    s(REGI, 'He', 'he had asked the city solicitor for an opinion before the vote and had not received one', 'said', role='Coun.'),
    s('a city spokesperson', 'a city spokesperson', "the solicitor's office does not comment on advice given to council", 'said', role='spokesperson'),
    s(MVC, MVC, 'it had retained a lawyer', 'said'),
    s('Kwame Rasmussen-Ade', 'Its spokesperson, Kwame Rasmussen-Ade', 'the group would ask a court to suspend the bylaw before May 1', 'said', role='spokesperson'),
    s('Yvette Lachance-Obeng', 'Yvette Lachance-Obeng, who was eating lunch on a bench with her two co-workers', '"The restaurants on Water Street close at 2 on weekdays. The trucks are here till 8,"', 'said', 'direct'),
    s('Samir Holt-Agyeman', 'One of them, Samir Holt-Agyeman', 'he would "just bring a sandwich" from now on', 'said', 'mixed'),
    s('A manager at a Water Street bistro', 'A manager at a Water Street bistro', 'the trucks leave litter and grease on the sidewalk every night', 'said', role='manager'),
)

HRH = 'Harrow Ridge Homes'
WHTS = 'The Westbury Heritage Trees Society'
PAUL = 'Pauline Okonkwo-Hart'
WEXL = 'Grant Wexley-Abara'
FAIR = 'Imelda Fairweather-Soto'
ALDO = 'Kenneth Aldous-Nyambura'
WALT = 'Walter Brennan-Ase'

doc('bo16-paper-westbury-heritage-oak-felled', 'The Westbury Gazette', '2043-10-09', '''
Neighbours mourn 200-year-old bur oak cut down for townhouse project

Developer says arborist found tree was dying; heritage group disputes report

By Lydia Chamberlain-Oduro
The Westbury Gazette

WESTBURY — By 9 a.m. Thursday, all that was left of the bur oak at 14 Alder Crescent was a stump nearly two metres across and a pile of logs on a flatbed truck.

The tree, believed to be about 200 years old, was cut down to make room for a 12-unit townhouse development that the town approved in March. It was on the town's list of significant trees, but not on the protected heritage register, which requires council approval before a tree can be removed.

Residents gathered on the sidewalk as the crew worked. Some were in tears.

"My kids learned to climb on that tree. My father proposed to my mother under it," said Pauline Okonkwo-Hart, who has lived across the street for 31 years. She said she had called town hall twice on Wednesday after seeing the crew's equipment arrive, and was told the permit was in order.

Harrow Ridge Homes, the developer, said in a statement that an independent arborist had found extensive rot in the trunk and concluded that the oak "posed a risk to public safety." The company said it would plant 20 new trees on the site and donate $25,000 to the town's tree fund.

The company's president, Grant Wexley-Abara, told the Gazette the decision to remove the tree had not been taken lightly. "Nobody in this company wanted to cut down that oak," he said. "But I'm not going to put a house under a tree that an expert tells me could come down in the next storm."

The Westbury Heritage Trees Society disputed the arborist's findings. The group's chair, botanist Dr. Imelda Fairweather-Soto, said she had examined the tree in October and seen "no sign of significant decay." She said the society had applied in January to add the oak to the heritage register, and that the application was still waiting for a council vote.

"The town had three months to protect this tree and did nothing," Fairweather-Soto said.

Mayor Kenneth Aldous-Nyambura said the town had followed its own rules. The application to list the oak had been received, he said, but it was scheduled to come before council in June, as are all listing requests. He said he would ask staff to review whether a tree under consideration for the register should be protected while the application is pending.

The tree's removal has drawn attention well beyond the crescent. An online petition calling for a moratorium on tree removals in the historic district had more than 2,400 signatures by Thursday evening.

Not everyone on Alder Crescent opposed the project. One neighbour, who gave only his first name, Rajiv, said the town needs housing more than it needs another oak. "People are sad, and I get it. But 12 families will live here," he said.

Pauline Okonkwo-Hart's neighbour, 81-year-old Walter Brennan-Ase, watched the last section of the trunk come down from his porch. He remembers the tree being struck by lightning in 1987. "It lost a branch the size of a car and kept going," he said. "It was tougher than any of us."

Arborist's report at issue

The report commissioned by Harrow Ridge Homes was prepared by Canopy Assessment Group of Millbury. According to the report, sound testing found decay in about 40% of the trunk's cross-section at chest height. The society says that the figure is within the range a healthy bur oak can tolerate.

Canopy Assessment Group did not respond to requests for comment Thursday.
''',
    s(HRH, 'Developer', 'arborist found tree was dying', 'says'),
    s(WHTS, 'heritage group', 'report', 'disputes', anchor='heritage group disputes'),
    s(PAUL, 'Pauline Okonkwo-Hart, who has lived across the street for 31 years', '"My kids learned to climb on that tree. My father proposed to my mother under it,"', 'said', 'direct'),
    s(PAUL, 'She', "she had called town hall twice on Wednesday after seeing the crew's equipment arrive, and was told the permit was in order", 'said'),
    s(HRH, 'Harrow Ridge Homes, the developer', 'an independent arborist had found extensive rot in the trunk and concluded that the oak "posed a risk to public safety."', 'said', 'mixed'),
    s('an independent arborist', 'an independent arborist', 'extensive rot in the trunk and concluded that the oak "posed a risk to public safety."', 'found', 'mixed', nested=True, via=HRH),
    s(HRH, 'The company', "it would plant 20 new trees on the site and donate $25,000 to the town's tree fund", 'said'),
    s(WEXL, "The company's president, Grant Wexley-Abara", 'the decision to remove the tree had not been taken lightly', 'told', role='president'),
    s(WEXL, 'he', '"Nobody in this company wanted to cut down that oak,"', 'said', 'direct', role='president'),
    s(WEXL, '', '"But I\'m not going to put a house under a tree|in the next storm."', '', 'direct', role='president'),
    s(WHTS, WHTS, "the arborist's findings", 'disputed'),
    s(FAIR, "The group's chair, botanist Dr. Imelda Fairweather-Soto", 'she had examined the tree in October and seen "no sign of significant decay."', 'said', 'mixed', role='chair'),
    s(FAIR, 'She', 'the society had applied in January to add the oak to the heritage register|still waiting for a council vote', 'said', role='chair'),
    s(FAIR, 'Fairweather-Soto', '"The town had three months to protect this tree and did nothing,"', 'said', 'direct', role='chair'),
    s(ALDO, 'Mayor Kenneth Aldous-Nyambura', 'the town had followed its own rules', 'said', role='Mayor'),
    s(ALDO, 'he', ['The application to list the oak had been received,', 'but it was scheduled to come before council in June, as are all listing requests'], 'said', role='Mayor'),
    s(ALDO, 'He', 'he would ask staff to review whether a tree under consideration|while the application is pending', 'said', role='Mayor'),
    s('An online petition', 'An online petition', 'a moratorium on tree removals in the historic district', 'calling for'),
    s('Rajiv', 'One neighbour', 'the town needs housing more than it needs another oak', 'said'),
    s('Rajiv', 'he', '"People are sad, and I get it. But 12 families will live here,"', 'said', 'direct'),
    s(WALT, 'He', 'the tree being struck by lightning in 1987', 'remembers'),
    s(WALT, 'he', '"It lost a branch the size of a car and kept going,"', 'said', 'direct'),
    s(WALT, '', '"It was tougher than any of us."', '', 'direct'),
    s('Canopy Assessment Group', 'the report', "sound testing found decay in about 40% of the trunk's cross-section at chest height", 'According to'),
    s(WHTS, 'The society', 'the figure is within the range a healthy bur oak can tolerate', 'says'),
)
