"""Set AZ's five North American newspaper articles (see build_az.py)."""
from invented_common import doc_spans as doc, s

QUIN = 'Marisol Quintero-Beck'
ELLI = 'Howard Ellingsen'
KIMU = 'Bryce Kimura'
PREN = 'Yolanda Prentiss'
ARCH = 'Devin Archuleta'
LOWE = 'Beatrix Lowenthal'
WASH = 'Kiara Washington-Obi'

doc('az12-paper-cedar-hollow-teachers-ratify-contract', 'The Cedar Hollow Ledger', '2035-02-16', '''
Teachers ratify contract, ending threat of spring strike

Union says deal 'not everything we wanted'; board president calls it fair

By Lucia Brennan-Hayes
Ledger Staff Writer

Teachers in the Cedar Hollow Unified School District voted 71 percent in favor of a new three-year contract Thursday night, ending months of tense talks and a threatened walkout that had parents drawing up child-care plans.

"It's not everything we wanted. It's not everything our students deserve. But it's a real raise, and it's real limits on class sizes," said Marisol Quintero-Beck, president of the Cedar Hollow Education Association, which represents about 2,100 teachers, counselors and librarians.

Under the deal, teachers will receive raises of 4 percent this year and 3.5 percent in each of the next two years, and classes from kindergarten through third grade will be capped at 24 students. Elementary teachers will get 15 more minutes of planning time each day.

The school board approved the agreement 5-2 at a special meeting Friday morning.

Board President Howard Ellingsen called the deal "fair to teachers and honest about what the district can afford."

Two trustees who voted against it, Renata Solis and Bryce Kimura, said the district had not shown how it would pay for the raises after a one-time state grant runs out in 2037.

"We are writing checks in 2037 that nobody has figured out how to cash," Kimura said.

According to the district's budget office, the contract will cost $41 million over three years.

Superintendent Yolanda Prentiss said the district would cover part of the cost by leaving about 60 administrative positions unfilled as people retire.

About 1,700 of the association's members cast ballots, the highest turnout in the union's history, according to Quintero-Beck.

Teachers interviewed outside the union hall Thursday were split.

"I voted yes because I have two kids and a mortgage," said Devin Archuleta, a fifth-grade teacher at Pinecrest Elementary. "I'm not sure I'd vote yes again."

Others said the union had given up too much on planning time for middle and high school teachers, who got none of the extra minutes.

Beatrix Lowenthal, a chemistry teacher at Cedar Hollow High who has taught in the district for 22 years, said she voted no.

"Five minutes of planning time a day is what they took from us in 2031. We didn't get it back," she said.

The union had set a strike date of March 3 after talks broke down in January, and the district had begun lining up substitute teachers and planning online lessons. It would have been the district's first strike since 1989, when teachers stayed out for nine days in a dispute over health insurance.

Kiara Washington-Obi, whose twins are in second grade at Pinecrest, said she was relieved.

"I had my mother-in-law on standby to fly in from Alder Springs," she said, laughing.

The state Public Employment Relations Board, which appointed a mediator in late January, said in an email that it had closed the case.

Quintero-Beck said the union would begin preparing for the next round of talks "about the day after tomorrow."
''',
    s(QUIN, 'Union', 'deal \'not everything we wanted\'', 'says', 'mixed', role='president, Cedar Hollow Education Association'),
    s(ELLI, 'board president', 'it fair', 'calls', role='Board President'),
    s(QUIN, 'Marisol Quintero-Beck', '"It\'s not everything we wanted.|it\'s real limits on class sizes,"', 'said', 'direct', role='president, Cedar Hollow Education Association'),
    s(ELLI, 'Board President Howard Ellingsen', 'the deal "fair to teachers and honest about what the district can afford."', 'called', 'mixed', role='Board President'),
    s('Renata Solis and Bryce Kimura', 'Two trustees who voted against it, Renata Solis and Bryce Kimura', 'the district had not shown how it would pay for the raises after a one-time state grant runs out in 2037', 'said', role='trustees'),
    s(KIMU, 'Kimura', '"We are writing checks in 2037 that nobody has figured out how to cash,"', 'said', 'direct', role='trustee'),
    s("the district's budget office", "the district's budget office", 'the contract will cost $41 million over three years', 'According to'),
    s(PREN, 'Superintendent Yolanda Prentiss', 'the district would cover part of the cost by leaving about 60 administrative positions unfilled as people retire', 'said', role='Superintendent'),
    s(QUIN, 'Quintero-Beck', "About 1,700 of the association's members cast ballots, the highest turnout in the union's history", 'according to', role='president, Cedar Hollow Education Association'),
    s(ARCH, 'Devin Archuleta', '"I voted yes because I have two kids and a mortgage,"', 'said', 'direct', role='a fifth-grade teacher at Pinecrest Elementary'),
    s(ARCH, '', '"I\'m not sure I\'d vote yes again."', '', 'direct', role='a fifth-grade teacher at Pinecrest Elementary'),
    s('Others', 'Others', 'the union had given up too much on planning time for middle and high school teachers, who got none of the extra minutes', 'said'),
    s(LOWE, 'Beatrix Lowenthal', 'she voted no', 'said', role='a chemistry teacher at Cedar Hollow High'),
    s(LOWE, 'she', '"Five minutes of planning time a day is what they took from us in 2031. We didn\'t get it back,"', 'said', 'direct', role='a chemistry teacher at Cedar Hollow High'),
    s(WASH, 'Kiara Washington-Obi', 'she was relieved', 'said'),
    s(WASH, 'she', '"I had my mother-in-law on standby to fly in from Alder Springs,"', 'said', 'direct'),
    s('The state Public Employment Relations Board', 'The state Public Employment Relations Board', 'it had closed the case', 'said'),
    s(QUIN, 'Quintero-Beck', 'the union would begin preparing for the next round of talks "about the day after tomorrow."', 'said', 'mixed', role='president, Cedar Hollow Education Association'),
)

HASK = 'Leonard Haskett'
REIN = 'Colton Reinholt'
VENK = 'Priya Venkataraman'
WHIT = 'Dana Whitfield'
DELG = 'Ray Delgado'
BIA = 'The Downtown Port Ashby Business Improvement Area'

doc('az13-paper-port-ashby-otters-arena-deal', 'The Port Ashby Examiner', '2035-04-23', '''
City, Otters owner strike $410-million arena deal

Mayor says taxpayers protected; critics call it 'a gift'

By Graham Oduya
The Examiner

Port Ashby will put $165 million toward a new downtown arena for the Port Ashby Otters under a deal unveiled Tuesday that would keep the professional hockey team in the city until at least 2068.

The 14,000-seat arena would be built on the old rail yards off Wharf Street and open in the fall of 2038. It would also host concerts, trade shows and the city's annual boat show, which has outgrown the convention centre. The team's owner, Reinholt Sports and Entertainment, would pay the remaining $245 million and cover any cost overruns.

Mayor Leonard Haskett said the deal "protects taxpayers better than any arena deal in this country" and that the city's share would be repaid over 30 years from a $4 surcharge on every ticket sold.

"We are not writing a blank cheque. We are lending money to a tenant who has signed a 30-year lease and who pays us back every time somebody walks through the door," Haskett said at a news conference at City Hall.

Team owner Colton Reinholt told reporters the Otters could not have stayed in their current home, the 61-year-old Harbour Gardens, much longer.

"The building has been a great friend to this team. But the roof leaks on the ice, and you can't sell a suite in a building with buckets in the aisles," he said.

A 2033 engineering report commissioned by the city found that the Harbour Gardens roof would need about $40 million in repairs within a decade.

According to the term sheet released by the city, Port Ashby would own the arena and the land, the team would pay rent of $1.2 million a year, and the city would keep 10 percent of naming-rights revenue.

Councillor Priya Venkataraman called the deal "a gift to a billionaire dressed up as a partnership."

She said the $4 surcharge would not cover the city's payments if attendance fell, and that the city had not asked any other developer what it would pay for the rail yards.

Council will vote on the deal May 19. Venkataraman said she expected it to pass.

Whether arenas pay their way has long been argued over. "The evidence that arenas pay for themselves is about as strong as the evidence for the tooth fairy," said Dana Whitfield, an economist at Larkspur University who studies stadium deals.

Whitfield said the ticket surcharge was "better than most" but that the city was still taking on the risk of a team that wins less and draws smaller crowds.

The Otters, founded in 1971, have won the league title four times, most recently in 2026. Attendance has fallen from an average of 9,800 a game a decade ago to about 7,100 this season. The team blames the drop in part on the state of its arena.

Will the Otters stay for all 30 years? The lease says they must, or pay the city's remaining debt in full. Reinholt declined to say what the team is worth.

The Downtown Port Ashby Business Improvement Area welcomed the deal, saying the arena would bring "people on the sidewalks 200 nights a year."

Some residents of the Wharf Street housing co-op, which sits beside the site, say they worry that game nights will bring traffic and noise to their street.

Ray Delgado, who has held season tickets since 1998, said he was thrilled.

"I've sat in the same seat for 37 years. I'll miss the old barn, but I won't miss the buckets," he said.

Photo caption: Otters owner Colton Reinholt, left, and Mayor Leonard Haskett shake hands at City Hall on Tuesday. (Examiner photo)
''',
    s(HASK, 'Mayor', 'taxpayers protected', 'says', role='Mayor'),
    s('critics', 'critics', "it 'a gift'", 'call', 'mixed'),
    s(HASK, 'Mayor Leonard Haskett', 'the deal "protects taxpayers better than any arena deal in this country" and that the city\'s share would be repaid over 30 years from a $4 surcharge on every ticket sold', 'said', 'mixed', role='Mayor'),
    s(HASK, 'Haskett', '"We are not writing a blank cheque.|every time somebody walks through the door,"', 'said', 'direct', role='Mayor'),
    s(REIN, 'Team owner Colton Reinholt', 'the Otters could not have stayed in their current home, the 61-year-old Harbour Gardens, much longer', 'told', role='Team owner'),
    s(REIN, 'he', '"The building has been a great friend to this team.|with buckets in the aisles,"', 'said', 'direct', role='Team owner'),
    s('A 2033 engineering report', 'A 2033 engineering report', 'the Harbour Gardens roof would need about $40 million in repairs within a decade', 'found'),
    s('the term sheet', 'the term sheet', 'Port Ashby would own the arena and the land|10 percent of naming-rights revenue', 'According to'),
    s(VENK, 'Councillor Priya Venkataraman', 'the deal "a gift to a billionaire dressed up as a partnership."', 'called', 'mixed', role='Councillor'),
    s(VENK, 'She', "the $4 surcharge would not cover the city's payments if attendance fell|what it would pay for the rail yards", 'said', role='Councillor'),
    s(VENK, 'Venkataraman', 'she expected it to pass', 'said', role='Councillor'),
    s(WHIT, 'Dana Whitfield', '"The evidence that arenas pay for themselves is about as strong as the evidence for the tooth fairy,"', 'said', 'direct', role='an economist at Larkspur University'),
    s(WHIT, 'Whitfield', 'the ticket surcharge was "better than most" but that the city was still taking on the risk of a team that wins less and draws smaller crowds', 'said', 'mixed', role='an economist at Larkspur University'),
    s('Port Ashby Otters', 'The team', 'the drop in part on the state of its arena', 'blames'),
    s('The lease', 'The lease', "they must, or pay the city's remaining debt in full", 'says'),
    s(BIA, BIA, 'the deal', 'welcomed'),
    s(BIA, '', 'the arena would bring "people on the sidewalks 200 nights a year."', 'saying', 'mixed'),
    s('Some residents of the Wharf Street housing co-op', 'Some residents of the Wharf Street housing co-op', 'they worry that game nights will bring traffic and noise to their street', 'say'),
    s(DELG, 'Ray Delgado', 'he was thrilled', 'said'),
    s(DELG, 'he', '"I\'ve sat in the same seat for 37 years. I\'ll miss the old barn, but I won\'t miss the buckets,"', 'said', 'direct'),
)

LNA = "Lakeshore Nurses' Association"
SBH = "St. Brendan's Hospital"
AMAD = 'Colleen Amadi-Ferris'
ODUY = 'Raymond Oduya'
HQC = 'Health Quality Council'
JOAN = 'Joanne Marchetti-Kovacs'
HADD = 'Farid Haddad'

doc('az14-paper-st-brendans-er-waits-record', 'The Lakeshore Daily Mirror', '2035-05-27', '''
ER waits at St. Brendan's hit record as nurse shortage bites

Nurses' union blames closed beds; hospital says help is coming

By Anika Sorensen-Mbatha
Health Reporter

Elsie Marchetti spent 14 hours on a stretcher in a hallway of St. Brendan's Hospital's emergency department last month, waiting for a bed on a medical ward, her daughter says.

The 81-year-old had fallen at home and broken her hip. For most of those hours she lay under a fluorescent light beside the ambulance doors, her daughter, Joanne Marchetti-Kovacs, said.

"Every time the doors opened, the cold came in. She kept apologizing to the nurses for being a bother," Marchetti-Kovacs said.

Her mother's wait was not unusual. According to figures from the provincial Health Quality Council, patients admitted through St. Brendan's emergency department in April waited a median of 19.4 hours for a bed, the longest of any hospital in the province and more than double the 2031 figure.

At Merriton General, 30 kilometres north, the median wait was 6.1 hours, according to the council.

The Lakeshore Nurses' Association, the union that represents the hospital's 1,100 nurses, said in a report released Monday that 38 of the hospital's 412 beds had been closed since January because there were no nurses to staff them.

The association's president, Colleen Amadi-Ferris, said the nurses who remain are "running on fumes" and that at least 25 had left St. Brendan's for agency work or other hospitals in the past year.

"You can build all the hallways you want. A bed without a nurse is just furniture," she said.

St. Brendan's Hospital said in a statement that it had hired 40 nurses since February, and that 20 of the closed beds would reopen by the end of June.

In an interview, the hospital's chief executive, Dr. Raymond Oduya, acknowledged that the waits were "unacceptable" but said the hospital was competing for nurses with every other hospital in the province.

"I won't pretend this is fixed. It isn't. But the curve has turned," he said.

An emergency physician at St. Brendan's, who asked not to be named because staff have been told not to speak to the media, said doctors now routinely examine patients in chairs in the waiting room.

"We do pelvic exams behind a curtain on wheels. That is not medicine the way any of us were trained to practise it," the physician said.

How long is too long? The province's own target, set in 2030, is eight hours for nine patients out of 10. St. Brendan's met it for 31 percent of admitted patients in April.

The hospital, which serves about 280,000 people in the city and the surrounding townships, opened a new emergency department in 2028 with room for 60 stretchers. On some nights this spring, it held more than 100 patients.

A spokeswoman for Health Minister Judith Penhallow said the province had given St. Brendan's an extra $12 million this year to reopen beds and would fund 60 more nursing seats at Lakeshore College.

Opposition health critic Farid Haddad called the waits "a slow-motion emergency" and said the minister should visit the hospital's hallways herself.

Marchetti-Kovacs said her mother is recovering at home.

"She says she'd rather fall again than go back," she said.
''',
    s(LNA, "Nurses' union", 'closed beds', 'blames'),
    s(SBH, 'hospital', 'help is coming', 'says'),
    s(JOAN, 'her daughter', "Elsie Marchetti spent 14 hours on a stretcher in a hallway|waiting for a bed on a medical ward", 'says'),
    s(JOAN, 'her daughter, Joanne Marchetti-Kovacs', 'For most of those hours she lay under a fluorescent light beside the ambulance doors', 'said'),
    s(JOAN, 'Marchetti-Kovacs', '"Every time the doors opened, the cold came in. She kept apologizing to the nurses for being a bother,"', 'said', 'direct'),
    s(HQC, 'the provincial Health Quality Council', "patients admitted through St. Brendan's emergency department in April waited|more than double the 2031 figure", 'According to'),
    s(HQC, 'the council', 'At Merriton General, 30 kilometres north, the median wait was 6.1 hours', 'according to'),
    s(LNA, "The Lakeshore Nurses' Association", "38 of the hospital's 412 beds had been closed since January because there were no nurses to staff them", 'said'),
    s(AMAD, "The association's president, Colleen Amadi-Ferris", "the nurses who remain are \"running on fumes\" and that at least 25 had left St. Brendan's for agency work or other hospitals in the past year", 'said', 'mixed', role="The association's president"),
    s(AMAD, 'she', '"You can build all the hallways you want. A bed without a nurse is just furniture,"', 'said', 'direct', role="The association's president"),
    s(SBH, "St. Brendan's Hospital", 'it had hired 40 nurses since February, and that 20 of the closed beds would reopen by the end of June', 'said'),
    s(ODUY, "the hospital's chief executive, Dr. Raymond Oduya", 'the waits were "unacceptable"', 'acknowledged', 'mixed', role="the hospital's chief executive"),
    s(ODUY, '', 'the hospital was competing for nurses with every other hospital in the province', 'said', role="the hospital's chief executive"),
    s(ODUY, 'he', '"I won\'t pretend this is fixed. It isn\'t. But the curve has turned,"', 'said', 'direct', role="the hospital's chief executive"),
    s("An emergency physician at St. Brendan's", "An emergency physician at St. Brendan's", 'doctors now routinely examine patients in chairs in the waiting room', 'said'),
    s("An emergency physician at St. Brendan's", 'the physician', '"We do pelvic exams behind a curtain on wheels. That is not medicine the way any of us were trained to practise it,"', 'said', 'direct'),
    s('A spokeswoman for Health Minister Judith Penhallow', 'A spokeswoman for Health Minister Judith Penhallow', "the province had given St. Brendan's an extra $12 million this year to reopen beds and would fund 60 more nursing seats at Lakeshore College", 'said', role='spokeswoman'),
    s(HADD, 'Opposition health critic Farid Haddad', 'the waits "a slow-motion emergency"', 'called', 'mixed', role='Opposition health critic'),
    s(HADD, '', "the minister should visit the hospital's hallways herself", 'said', role='Opposition health critic'),
    s(JOAN, 'Marchetti-Kovacs', 'her mother is recovering at home', 'said'),
    s(JOAN, 'she', '"She says she\'d rather fall again than go back,"', 'said', 'direct'),
    s('Elsie Marchetti', 'She', "she'd rather fall again than go back", 'says', nested=True, via=JOAN),
)

PRUE = 'Gordon and Alice Pruett'
ALIC = 'Alice Pruett'
HARB = 'Harbourline Mutual'
PICE = 'Property Insurers Council of Eastland'
OYEL = 'Nathaniel Oyelowo-Grant'
SZAL = 'Miriam Szalai'
BRST = 'Paolo Brandstetter'
PARK = 'Hye-jin Park'

doc('az15-paper-millbrook-flood-insurance-claims-denied', 'The Millbrook Courier', '2035-12-03', '''
Flooded out, then turned down

Hundreds of Millbrook homeowners say insurers are refusing their flood claims; industry says policies were clear

By Owen Takahashi-Reid
Courier Staff

When the Millbrook River rose four metres in a single night last July, it put 1.2 metres of brown water into Gordon and Alice Pruett's basement on Tamarack Crescent and ruined their furnace, their freezer and 40 years of family photographs.

The Pruetts said their insurer, Harbourline Mutual, denied their claim in September, three weeks after an adjuster spent 20 minutes in the basement.

"We paid our premiums for 31 years and never made a claim. Not one," Alice Pruett said at her kitchen table, where the photographs she saved are still drying between paper towels.

Harbourline Mutual's denial letter, which the Pruetts shared with the Courier, says the damage was caused by "surface water entering the dwelling," which their policy does not cover.

The Pruetts are far from alone. The province's Financial Services Regulator said it had received 212 complaints about flood claims from Millbrook since July, more than from the rest of the province in the past five years combined.

The Property Insurers Council of Eastland said in a statement that overland flood coverage has been sold as a separate option since 2029 and that "every policyholder was offered it in writing."

"We understand how painful this is," said Nathaniel Oyelowo-Grant, the council's vice-president for the eastern provinces. "But an insurer can't pay for a risk it was never paid to cover."

Alice Pruett said nobody at their brokerage had ever mentioned the flood option. The brokerage, Millbrook Insurance Centre, did not respond to several requests for comment.

Class-action lawyer Miriam Szalai, who has filed a suit on behalf of 140 homeowners, argues that much of the water came up through overwhelmed storm sewers, not over the riverbank, which would bring it under the sewer-backup coverage that most standard policies include.

The suit, filed in Superior Court in November, alleges that insurers "misled customers about what a basic policy covered."

"The question isn't whether it rained. The question is which pipe the water came through, and nobody has looked," Szalai said.

City engineer Paolo Brandstetter said a review of the city's storm sewers during the flood was "ongoing." He declined to say whether any of them had backed up.

Across the street from the Pruetts, Hye-jin Park's claim was paid in full. She said she had bought the flood option in 2031 "because my father told me to."

"He lived through the 1998 flood. He used to say the river always comes back," she said.

Finance Minister Declan Moyo has said he will "look at" requiring insurers to include flood coverage in every home policy, but has given no timeline.

For the Pruetts, the furnace has been replaced with a loan from Gordon's brother, and a contractor has torn out the drywall to a height of four feet. The carpet, the couch and the boxes of Christmas decorations went to the curb in August, along with the rest of Tamarack Crescent's basements. The photographs are another matter.

"Some of them you can still make out," Gordon Pruett said. "Most of them are just brown."
''',
    s('Hundreds of Millbrook homeowners', 'Hundreds of Millbrook homeowners', 'insurers are refusing their flood claims', 'say'),
    s(PICE, 'industry', 'policies were clear', 'says'),
    s(PRUE, 'The Pruetts', 'their insurer, Harbourline Mutual, denied their claim in September, three weeks after an adjuster spent 20 minutes in the basement', 'said'),
    s(ALIC, 'Alice Pruett', '"We paid our premiums for 31 years and never made a claim. Not one,"', 'said', 'direct'),
    s(HARB, "Harbourline Mutual's denial letter", 'the damage was caused by "surface water entering the dwelling," which their policy does not cover', 'says', 'mixed'),
    s("Financial Services Regulator", "The province's Financial Services Regulator", 'it had received 212 complaints about flood claims from Millbrook since July|in the past five years combined', 'said'),
    s(PICE, 'The Property Insurers Council of Eastland', 'overland flood coverage has been sold as a separate option since 2029 and that "every policyholder was offered it in writing."', 'said', 'mixed'),
    s(OYEL, 'Nathaniel Oyelowo-Grant', '"We understand how painful this is,"', 'said', 'direct', role="the council's vice-president for the eastern provinces"),
    s(OYEL, '', '"But an insurer can\'t pay for a risk it was never paid to cover."', '', 'direct', role="the council's vice-president for the eastern provinces"),
    s(ALIC, 'Alice Pruett', 'nobody at their brokerage had ever mentioned the flood option', 'said'),
    s(SZAL, 'Class-action lawyer Miriam Szalai', 'much of the water came up through overwhelmed storm sewers|that most standard policies include', 'argues', role='Class-action lawyer'),
    s('The suit', 'The suit', 'insurers "misled customers about what a basic policy covered."', 'alleges', 'mixed'),
    s(SZAL, 'Szalai', '"The question isn\'t whether it rained. The question is which pipe the water came through, and nobody has looked,"', 'said', 'direct', role='Class-action lawyer'),
    s(BRST, 'City engineer Paolo Brandstetter', 'a review of the city\'s storm sewers during the flood was "ongoing."', 'said', 'mixed', role='City engineer'),
    s(PARK, 'She', 'she had bought the flood option in 2031 "because my father told me to."', 'said', 'mixed'),
    s(PARK, 'she', '"He lived through the 1998 flood. He used to say the river always comes back,"', 'said', 'direct'),
    s('Declan Moyo', 'Finance Minister Declan Moyo', 'he will "look at" requiring insurers to include flood coverage in every home policy', 'has said', 'mixed', role='Finance Minister'),
    s('Gordon Pruett', 'Gordon Pruett', '"Some of them you can still make out,"', 'said', 'direct'),
    s('Gordon Pruett', '', '"Most of them are just brown."', '', 'direct'),
)

FAIRB = 'Eleanor Fairbanks'
RFMA = "Riverbend Farmers' Market Association"
WIER = 'Tomasz Wierzbicki'
ADEB = 'Ruth Adebayo-Sloane'
CAST = 'Linda Castellanos'
OKON = 'Mel Okonjo-Barr'
JIME = 'Carla Jimenez-Royce'
GILR = 'Hank Gilroy'

doc('az16-paper-riverbend-farmers-market-resellers', 'The Riverbend Record', '2035-08-02', '''
Farmers' market fight splits Riverbend as board bars resellers

Vendors say new 'grow-your-own' rule will empty stalls

By Nell Hargreaves
Record Staff Writer

For 19 summers, Tomasz Wierzbicki has sold peaches, lemons and avocados from the same corner stall at the Riverbend Farmers' Market. Next season, unless something changes, he will not be allowed to.

The Riverbend Farmers' Market Association's board voted 6-3 last month to require every vendor, starting in April 2036, to sell only food they grew, raised or made themselves within 150 miles of the city.

Board chair Eleanor Fairbanks said the market had "drifted away from what a farmers' market is supposed to be."

"If you can buy it at the wholesale terminal at 4 a.m. and sell it here at 8, that's a grocery store with a tent on it," Fairbanks said.

According to the association's own vendor survey, 14 of the market's 58 vendors resell at least some produce bought from the regional wholesale terminal.

Wierzbicki said he buys his peaches and citrus from growers in the south because nothing like them grows in the county.

"Customers want lemons. Nobody in this county has ever grown a lemon," he said. "So I grow what I can and I buy what I can't."

Several vendors say the rule will empty stalls and drive shoppers away from a market that draws about 6,000 people on a summer Saturday.

Ruth Adebayo-Sloane, who grows vegetables on 40 acres near Kesslerton, supported the rule, saying resellers undercut growers on price "with produce that traveled 2,000 miles to get here."

"I can't sell a tomato for a dollar a pound when I've paid someone to pick it," she said.

Not every board member agreed. Hank Gilroy, who voted against the rule, called it "a solution in search of a problem."

The market began in 1978 with eight farmers selling from the backs of their trucks in a church parking lot. It moved to Riverside Park in 1994 and now runs every Saturday from May to October and on Wednesday evenings in July and August.

Shoppers at Saturday's market seemed mostly unaware of the dispute. Linda Castellanos, who was filling a canvas bag with corn, said she didn't care where the tomatoes came from "as long as they taste like tomatoes."

A lawyer for five of the vendors, Carla Jimenez-Royce, sent the association a letter last week arguing that the rule breaks the association's own bylaws, which guarantee returning vendors their stalls.

The association has not replied, she said.

The city, which leases the Riverside Park lot to the association for $1 a year, is staying out of the fight, according to the parks director, Mel Okonjo-Barr.

At a packed meeting Tuesday, one vendor asked the board whether anyone would actually inspect the farms. Fairbanks said the association would hire an inspector to visit every farm at least once a season.

Wierzbicki was at the meeting. He did not speak.

Photo caption: Tomasz Wierzbicki arranges peaches at his stall on Saturday. (Photo: Dana Lutz / The Riverbend Record)
''',
    s('Vendors', 'Vendors', "new 'grow-your-own' rule will empty stalls", 'say', 'mixed'),
    s(FAIRB, 'Board chair Eleanor Fairbanks', 'the market had "drifted away from what a farmers\' market is supposed to be."', 'said', 'mixed', role='Board chair'),
    s(FAIRB, 'Fairbanks', '"If you can buy it at the wholesale terminal at 4 a.m. and sell it here at 8, that\'s a grocery store with a tent on it,"', 'said', 'direct', role='Board chair'),
    s(RFMA, "the association's own vendor survey", "14 of the market's 58 vendors resell at least some produce bought from the regional wholesale terminal", 'According to'),
    s(WIER, 'Wierzbicki', 'he buys his peaches and citrus from growers in the south because nothing like them grows in the county', 'said'),
    s(WIER, 'he', '"Customers want lemons. Nobody in this county has ever grown a lemon,"', 'said', 'direct'),
    s(WIER, '', '"So I grow what I can and I buy what I can\'t."', '', 'direct'),
    s('Several vendors', 'Several vendors', 'the rule will empty stalls and drive shoppers away from a market that draws about 6,000 people on a summer Saturday', 'say'),
    s(ADEB, 'Ruth Adebayo-Sloane', 'the rule', 'supported'),
    s(ADEB, '', 'resellers undercut growers on price "with produce that traveled 2,000 miles to get here."', 'saying', 'mixed'),
    s(ADEB, 'she', '"I can\'t sell a tomato for a dollar a pound when I\'ve paid someone to pick it,"', 'said', 'direct'),
    s(GILR, 'Hank Gilroy', 'it "a solution in search of a problem."', 'called', 'mixed'),
    s(CAST, 'Linda Castellanos', 'she didn\'t care where the tomatoes came from "as long as they taste like tomatoes."', 'said', 'mixed'),
    s(JIME, 'A lawyer for five of the vendors, Carla Jimenez-Royce', "the rule breaks the association's own bylaws, which guarantee returning vendors their stalls", 'arguing', role='A lawyer for five of the vendors'),
    s(JIME, 'she', 'The association has not replied', 'said', role='A lawyer for five of the vendors'),
    s(OKON, 'the parks director, Mel Okonjo-Barr', 'The city, which leases the Riverside Park lot to the association for $1 a year, is staying out of the fight', 'according to', role='parks director'),
    s(FAIRB, 'Fairbanks', 'the association would hire an inspector to visit every farm at least once a season', 'said', role='Board chair'),
)
