#!/usr/bin/env python3
"""Builds invented set B: newspaper articles, wire stories, readouts, a release, transcripts and scraped pages
(issues 9 and 10), written in session 18 by a different hand from set A (build.py) as a held-out check.

Every document, name, place and outlet here is invented. The statements were annotated by hand by
/work/shared/eval/GUIDELINES.md and committed before the extractor was run on the texts: the first score of this
set is a held-out figure. Fields as in seeds_gold.jsonl, plus "region" ("main", or "related" for other articles'
teasers on a scraped page).

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed the announcement" is a statement; a plea's content runs to its
"to" object ("not guilty to 14 counts ...", "guilty in August to one count of conspiracy").

Amended in session 37 (issue 9, the settled convention on where a statement ends: a speaker and cue that interrupt one
sentence make one statement of its parts, content in parts with content_spans; "“A.” she said. “B.”" stays two; this
supersedes any contrary line above): b08's '"But I want to be clear," he added, "the dam is stable, ..."' is one
statement.

usage: python3 ingest-service/tools/invented/build_b.py  (writes src/test/resources/eval/invented_b_gold.jsonl)
"""
from invented_common import doc, doc_spans, s, write


doc('b01-paper-transit-levy', 'The Calder Courier', '2026-11-18', '''
Council approves transit levy after late-night debate

Mayor says the fare freeze will survive; critics warn of a hole in the budget

By Priya Nandakumar
Staff Reporter

PORT CALDER — City council voted 9-4 early Wednesday to add a transit levy to next year's property tax bill, ending a debate that ran past midnight and split the council's downtown and suburban members.

The levy, about $48 a year for the average household, will pay for 30 new buses and keep fares frozen at $3.25 until at least 2028, Mayor Lorraine Okafor said after the vote.

"People told us the buses are late, crowded and dirty, and they were right," Okafor said. "This is the price of fixing it, and I think most families will find it fair."

Not everyone agreed. Councillor Dev Ramsaran, who represents the suburban Birchfield ward, said the levy would fall hardest on seniors who own their homes but rarely ride the bus. He argued that the city should first spend the $12 million left over from the bridge project.

"We are asking people on fixed incomes to pay for a service they can't use," Ramsaran said. "Nobody in Birchfield has seen a bus after 7 p.m. in two years."

Ramsaran's motion to delay the vote until January failed 5-8.

A hole in the budget

The city's chief financial officer, Harold Benning, told council that the levy alone would not close the transit gap. Ridership is still 15 per cent below its 2019 level and fuel costs have risen faster than the city forecast, he said.

According to a staff report released last week, the transit commission faces a shortfall of $21 million next year even with the new revenue. The report recommends selling two unused garages on the waterfront.

Benning said the sale could bring in as much as $9 million, but he cautioned that the market for commercial property "is not what it was."

Councillor Mira Szabo, who chairs the transit committee, called the levy "a down payment, not a solution." She said she would ask the province to restore the operating grant it cut in 2023.

What riders say

At the Queen Street terminal on Wednesday morning, riders were divided. Tomasz Wolak, 67, said he rides the 14 bus to his physiotherapy appointments twice a week and would gladly pay more if it came on time.

"Forty-eight dollars is two tanks of gas," he said. "I don't have a car anymore, so for me it is nothing."

A nursing student waiting for the same bus said she had missed two exams this fall because of cancelled trips. She asked that her name not be used. She works in the transport office of the hospital.

The transit commission's spokeswoman said the first of the new buses would arrive in April.

"We want every one of them on the road by June," said Dana Kowal, a spokeswoman for the commission. Crews will also add heated shelters at the 20 busiest stops, she said.

The levy takes effect Jan. 1. Council will vote on the sale of the garages next month.
''',
    s('Lorraine Okafor', 'Mayor', 'the fare freeze will survive', 'says', role='Mayor'),
    s('critics', 'critics', 'of a hole in the budget', 'warn'),
    s('Lorraine Okafor', 'Mayor Lorraine Okafor',
      'The levy, about $48 a year for the average household, will pay for 30 new buses and keep fares frozen at $3.25 until at least 2028',
      'said', role='Mayor'),
    s('Lorraine Okafor', 'Okafor', '"People told us the buses are late, crowded and dirty, and they were right,"', 'said',
      'direct', role='Mayor'),
    s('Lorraine Okafor', '', '"This is the price of fixing it, and I think most families will find it fair."', '',
      'direct', role='Mayor'),
    s('Dev Ramsaran', 'Councillor Dev Ramsaran',
      'the levy would fall hardest on seniors who own their homes but rarely ride the bus', 'said', role='Councillor'),
    s('Dev Ramsaran', 'He', 'the city should first spend the $12 million left over from the bridge project', 'argued',
      role='Councillor'),
    s('Dev Ramsaran', 'Ramsaran', '''"We are asking people on fixed incomes to pay for a service they can't use,"''',
      'said', 'direct', role='Councillor'),
    s('Dev Ramsaran', '', '"Nobody in Birchfield has seen a bus after 7 p.m. in two years."', '', 'direct',
      role='Councillor'),
    s('Harold Benning', "The city's chief financial officer, Harold Benning",
      'the levy alone would not close the transit gap', 'told', role="The city's chief financial officer"),
    s('Harold Benning', 'he',
      'Ridership is still 15 per cent below its 2019 level and fuel costs have risen faster than the city forecast',
      'said', role="The city's chief financial officer"),
    s('staff report', 'a staff report',
      'the transit commission faces a shortfall of $21 million next year even with the new revenue', 'According to'),
    s('staff report', 'The report', 'selling two unused garages on the waterfront', 'recommends'),
    s('Harold Benning', 'Benning', 'the sale could bring in as much as $9 million', 'said',
      role="The city's chief financial officer"),
    s('Harold Benning', 'he', 'the market for commercial property "is not what it was."', 'cautioned', 'mixed',
      role="The city's chief financial officer"),
    s('Mira Szabo', 'Councillor Mira Szabo', 'the levy "a down payment, not a solution."', 'called', 'mixed',
      role='Councillor'),
    s('Mira Szabo', 'She', 'she would ask the province to restore the operating grant it cut in 2023', 'said',
      role='Councillor'),
    s('Tomasz Wolak', 'Tomasz Wolak',
      'he rides the 14 bus to his physiotherapy appointments twice a week and would gladly pay more if it came on time',
      'said'),
    s('Tomasz Wolak', 'he', '"Forty-eight dollars is two tanks of gas,"', 'said', 'direct'),
    s('Tomasz Wolak', '', '''"I don't have a car anymore, so for me it is nothing."''', '', 'direct'),
    s('A nursing student', 'A nursing student', 'she had missed two exams this fall because of cancelled trips', 'said'),
    s('Dana Kowal', "The transit commission's spokeswoman", 'the first of the new buses would arrive in April', 'said',
      role='a spokeswoman for the commission'),
    s('Dana Kowal', 'Dana Kowal', '"We want every one of them on the road by June,"', 'said', 'direct',
      role='a spokeswoman for the commission'),
    s('Dana Kowal', 'she', 'Crews will also add heated shelters at the 20 busiest stops', 'said',
      role='a spokeswoman for the commission'),
)

doc('b02-paper-court-fraud', 'The Mercer Valley Tribune', '2026-10-07', '''
Judge refuses to toss fraud case against former housing director

By Colm Reddy

A Mercer County judge on Tuesday refused to dismiss the fraud case against Nathaniel Greer, the former director of the county housing authority accused of steering $2.3 million in repair contracts to a company run by his brother-in-law.

In a 22-page ruling, Superior Court Judge Anita Velasquez wrote that the defense had "not come close" to showing that investigators acted in bad faith when they seized Greer's work laptop in 2024.

"The warrant was specific, it was signed by a neutral magistrate, and the agents stayed within it," the judge wrote.

Greer, 58, has pleaded not guilty to 14 counts of wire fraud and conspiracy. His trial is set to begin Jan. 12.

Prosecutors said in a filing last month that Greer approved at least 40 invoices from Keystone Restoration LLC for work that was never done, including roof repairs on buildings the authority had already sold. The filing says the invoices were signed with Greer's electronic signature during weeks when, according to his own calendar, he was on vacation in Florida.

Greer's attorney, Ruth Abernathy-Cole, said her client would "fight every count." She argued in court papers that the invoices had been approved by a deputy director and that Greer's signature was applied automatically by the authority's accounting software.

"Mr. Greer didn't know these invoices existed," Abernathy-Cole said in a phone interview Tuesday. "The software signed them. The government knows that, and it charged him anyway."

Brother-in-law cooperating

The brother-in-law, Wendell Pryce, pleaded guilty in August to one count of conspiracy and is expected to testify. According to his plea agreement, Pryce has admitted that he paid Greer about $180,000 in cash and in a boat registered to a cousin.

Pryce's lawyer declined to comment Tuesday.

The 41-year-old owner of Keystone faces up to five years in prison, though prosecutors have said they will recommend a lighter sentence if he cooperates.

Velasquez also rejected a defense request to move the trial out of the county. Defense lawyers had argued that news coverage of the case made a fair trial impossible in Mercer.

"Jurors are not as easily swayed as counsel suggests," Velasquez wrote. "Most of them, I suspect, have never heard of the housing authority."

A spokesman for the U.S. Attorney's office, Felix Oduya, said the office was "pleased with the ruling and ready for trial."

The housing authority's board said in a statement that it had hired an outside auditor and changed its procedures for approving invoices. "The board deeply regrets that these failures happened on its watch," the statement said.

Greer resigned in March 2025, two weeks after FBI agents searched the authority's offices. He has not spoken publicly about the case.
''',
    s('Anita Velasquez', 'Superior Court Judge Anita Velasquez',
      '''the defense had "not come close" to showing that investigators acted in bad faith when they seized Greer's work laptop in 2024''',
      'wrote', 'mixed', role='Superior Court Judge'),
    s('Anita Velasquez', 'the judge',
      '"The warrant was specific, it was signed by a neutral magistrate, and the agents stayed within it,"', 'wrote',
      'direct', role='Superior Court Judge'),
    s('Nathaniel Greer', 'Greer, 58', 'not guilty to 14 counts of wire fraud and conspiracy', 'has pleaded',
      role='former director of the county housing authority'),
    s('Prosecutors', 'Prosecutors',
      'Greer approved at least 40 invoices from Keystone Restoration LLC for work that was never done, including roof repairs on buildings the authority had already sold',
      'said'),
    s('The filing', 'The filing',
      "the invoices were signed with Greer's electronic signature during weeks when, according to his own calendar, he was on vacation in Florida",
      'says'),
    s('his own calendar', 'his own calendar', 'he was on vacation in Florida', 'according to', nested=True,
      via='The filing'),
    s('Ruth Abernathy-Cole', "Greer's attorney, Ruth Abernathy-Cole", 'her client would "fight every count."', 'said',
      'mixed', role="Greer's attorney"),
    s('Ruth Abernathy-Cole', 'She',
      "the invoices had been approved by a deputy director and that Greer's signature was applied automatically by the authority's accounting software",
      'argued', role="Greer's attorney"),
    s('Ruth Abernathy-Cole', 'Abernathy-Cole', '''"Mr. Greer didn't know these invoices existed,"''', 'said', 'direct',
      role="Greer's attorney"),
    s('Ruth Abernathy-Cole', '', '"The software signed them. The government knows that, and it charged him anyway."', '',
      'direct', role="Greer's attorney"),
    s('Wendell Pryce', 'The brother-in-law, Wendell Pryce', 'guilty in August to one count of conspiracy', 'pleaded'),
    s('plea agreement', 'his plea agreement',
      'Pryce has admitted that he paid Greer about $180,000 in cash and in a boat registered to a cousin', 'According to'),
    s('Wendell Pryce', 'Pryce', 'he paid Greer about $180,000 in cash and in a boat registered to a cousin', 'admitted',
      nested=True, via='plea agreement'),
    s('prosecutors', 'prosecutors', 'they will recommend a lighter sentence if he cooperates', 'said'),
    s('Defense lawyers', 'Defense lawyers', 'news coverage of the case made a fair trial impossible in Mercer', 'argued'),
    s('Anita Velasquez', 'Velasquez', '"Jurors are not as easily swayed as counsel suggests,"', 'wrote', 'direct',
      role='Superior Court Judge'),
    s('Anita Velasquez', '', '"Most of them, I suspect, have never heard of the housing authority."', '', 'direct',
      role='Superior Court Judge'),
    s('Felix Oduya', "A spokesman for the U.S. Attorney's office, Felix Oduya",
      'the office was "pleased with the ruling and ready for trial."', 'said', 'mixed',
      role="A spokesman for the U.S. Attorney's office"),
    s("housing authority's board", "The housing authority's board",
      'it had hired an outside auditor and changed its procedures for approving invoices', 'said'),
    s("housing authority's board", 'the statement', '"The board deeply regrets that these failures happened on its watch,"',
      'said', 'direct'),
)

doc('b03-paper-plant-closing', 'The Lakeshore Ledger', '2026-08-21', '''
Harrow Foods to close Brantwood plant, cut 340 jobs

Company blames higher grain costs; union says it was not consulted

By Simone Achterberg

Harrow Foods Inc. will close its cereal plant in Brantwood by the end of March and cut 340 jobs, the company said in a statement Thursday, blaming higher grain prices and a drop in demand for boxed breakfast cereals.

The Halden-based company said production would move to its larger plant in Corriveau, which it upgraded last year.

"This was a difficult decision, and it was not made lightly," chief executive Marcus Lindqvist said in the statement. "Brantwood has been part of the Harrow family for 61 years."

According to a regulatory filing released after markets closed, the company expects to record a charge of $47 million related to the closing, most of it for severance and the write-down of equipment. The filing also says that Harrow's sales volumes fell 6.2 per cent in the first half of the year.

Shares of Harrow rose 3.1 per cent to $28.40 on Friday morning as investors welcomed the cost cuts.

Analysts said the closing had been expected for months. "The Brantwood plant is old, it is expensive to run, and the company has been telling us for a year that it had too much capacity," said Yvette Marchetti, an analyst at Coldwater Securities who covers packaged-food companies. She kept her "hold" rating on the stock.

Another analyst, Ben Oyelaran of Fenwick Capital, warned that the savings might be smaller than the company projects because of the cost of moving equipment to Corriveau. He estimated the closing would save about $18 million a year, against the company's forecast of $25 million.

'Nobody called us'

The union that represents the Brantwood workers said it learned of the closing from a news release.

"Nobody called us. Nobody sat down with us," said Luis Carvalho, president of Local 1190 of the Food and Allied Workers union. "We found out the same way the rest of the town did, from the news."

Carvalho said the union would ask the company to offer transfers to Corriveau to any worker who wants one, and would push for severance above the legal minimum.

A Harrow spokesman, Greg Tolliver, said the company had met with union representatives on Thursday morning, before the announcement, and would "negotiate in good faith" on severance.

Brantwood Mayor Celine Dufort said the closing was "a blow" to a town of 9,000 people where the plant is the second-largest employer after the hospital. She said she had asked the provincial economic development minister for an urgent meeting.

"We will find a new use for that building," Dufort said. "I refuse to let it stand empty for ten years like the tannery did."

The plant, opened in 1965, makes about 40 million boxes of cereal a year, according to the company's website. Harrow earned $112 million in its most recent fiscal year, on sales of $2.9 billion.
''',
    s('Harrow Foods Inc.', 'Company', 'higher grain costs', 'blames'),
    s('Food and Allied Workers union', 'union', 'it was not consulted', 'says'),
    s('Harrow Foods Inc.', 'the company',
      'Harrow Foods Inc. will close its cereal plant in Brantwood by the end of March and cut 340 jobs', 'said'),
    s('Harrow Foods Inc.', 'the company',
      'higher grain prices and a drop in demand for boxed breakfast cereals', 'blaming'),
    s('Harrow Foods Inc.', 'The Halden-based company',
      'production would move to its larger plant in Corriveau, which it upgraded last year', 'said'),
    s('Marcus Lindqvist', 'chief executive Marcus Lindqvist',
      '"This was a difficult decision, and it was not made lightly,"', 'said', 'direct', role='chief executive'),
    s('Marcus Lindqvist', '', '"Brantwood has been part of the Harrow family for 61 years."', '', 'direct',
      role='chief executive'),
    s('regulatory filing', 'a regulatory filing',
      'the company expects to record a charge of $47 million related to the closing, most of it for severance and the write-down of equipment',
      'According to'),
    s('regulatory filing', 'The filing', "Harrow's sales volumes fell 6.2 per cent in the first half of the year", 'says'),
    s('Analysts', 'Analysts', 'the closing had been expected for months', 'said'),
    s('Yvette Marchetti', 'Yvette Marchetti',
      '"The Brantwood plant is old, it is expensive to run, and the company has been telling us for a year that it had too much capacity,"',
      'said', 'direct', role='an analyst at Coldwater Securities'),
    s('Ben Oyelaran', 'Another analyst, Ben Oyelaran of Fenwick Capital',
      'the savings might be smaller than the company projects because of the cost of moving equipment to Corriveau',
      'warned', role='analyst'),
    s('Ben Oyelaran', 'He', "the closing would save about $18 million a year, against the company's forecast of $25 million",
      'estimated', role='analyst'),
    s('Food and Allied Workers union', 'The union that represents the Brantwood workers',
      'it learned of the closing from a news release', 'said'),
    s('Luis Carvalho', 'Luis Carvalho', '"Nobody called us. Nobody sat down with us,"', 'said', 'direct',
      role='president of Local 1190 of the Food and Allied Workers union'),
    s('Luis Carvalho', '', '"We found out the same way the rest of the town did, from the news."', '', 'direct',
      role='president of Local 1190 of the Food and Allied Workers union'),
    s('Luis Carvalho', 'Carvalho',
      'the union would ask the company to offer transfers to Corriveau to any worker who wants one, and would push for severance above the legal minimum',
      'said', role='president of Local 1190 of the Food and Allied Workers union'),
    s('Greg Tolliver', 'A Harrow spokesman, Greg Tolliver',
      'the company had met with union representatives on Thursday morning, before the announcement, and would "negotiate in good faith" on severance',
      'said', 'mixed', role='A Harrow spokesman'),
    s('Celine Dufort', 'Brantwood Mayor Celine Dufort',
      'the closing was "a blow" to a town of 9,000 people where the plant is the second-largest employer after the hospital',
      'said', 'mixed', role='Brantwood Mayor'),
    s('Celine Dufort', 'She', 'she had asked the provincial economic development minister for an urgent meeting', 'said',
      role='Brantwood Mayor'),
    s('Celine Dufort', 'Dufort', '"We will find a new use for that building,"', 'said', 'direct', role='Brantwood Mayor'),
    s('Celine Dufort', '', '"I refuse to let it stand empty for ten years like the tannery did."', '', 'direct',
      role='Brantwood Mayor'),
    s('Harrow Foods Inc.', "the company's website",
      'The plant, opened in 1965, makes about 40 million boxes of cereal a year', 'according to'),
)

doc('b04-paper-hockey', 'The Riverton Post', '2026-03-09', '''
Otters rally past Falcons, clinch playoff spot

By Drew Halloran

The Riverton Otters spent most of Saturday night chasing the game. By the end, they had caught it, and a playoff berth with it.

Kenji Morrow scored twice in the third period, including the winner with 1:48 left, and the Otters beat the Ashford Falcons 4-3 before a sellout crowd of 11,200 at Harbourside Arena. The win clinched at least the eighth and final playoff spot in the Western Conference with four games left.

"We stopped thinking about the standings and just played," Morrow said. "In the first two periods we were skating like we were afraid to lose."

The 26-year-old winger, acquired from Duluth at the trade deadline, has nine goals in 14 games with the Otters. He said he had not yet unpacked the boxes in his new apartment.

"My girlfriend keeps telling me to do it," he said, laughing. "I tell her I'm superstitious now."

Coach shuffles lines

Otters coach Valerie Dunmore broke up her top line after the second period, moving Morrow to the left side with rookie Anders Lyng and veteran center Paul Okonedo. Dunmore said the change was "a hunch, nothing more."

"Sometimes you have to give the players something new to think about," she said. "They were gripping their sticks too tight."

Lyng added two assists, his first points in eight games. Okonedo claimed the faceoff that led to the winning goal and finished with 14 wins in 21 draws.

Falcons goaltender Matteo Rinaldi stopped 31 shots, but he said he should have had the winning goal.

"It went off my glove. I have to catch that," Rinaldi said. "It is on me, not on the guys in front of me."

The Falcons, who have lost four straight, dropped to 11th in the conference, six points out of a playoff spot. Their coach, Brent Haywood, called the loss "the most frustrating of the season" and said his team had stopped skating after taking a 3-1 lead early in the third.

Injury update

Defenceman Stefan Kowalczyk missed his third straight game with a lower-body injury. Dunmore said he would travel with the team on its three-game road trip but is unlikely to play before Thursday.

Kowalczyk said he felt "much better" after skating on his own Friday. He said he hoped to be back for the final home game, against Ashford on March 28.

Otters general manager Ray Tanaka told reporters before the game that the club would not re-sign any of its pending free agents until the season ends. He declined to say whether Morrow's contract, which expires in July, would be the first priority.

Next: Otters at Lindell, Tuesday, 7 p.m.
''',
    s('Kenji Morrow', 'Morrow', '"We stopped thinking about the standings and just played,"', 'said', 'direct',
      role='winger'),
    s('Kenji Morrow', '', '"In the first two periods we were skating like we were afraid to lose."', '', 'direct',
      role='winger'),
    s('Kenji Morrow', 'He', 'he had not yet unpacked the boxes in his new apartment', 'said', role='winger'),
    s('Kenji Morrow', 'he', '"My girlfriend keeps telling me to do it,"', 'said', 'direct', role='winger'),
    s('Kenji Morrow', '', '''"I tell her I'm superstitious now."''', '', 'direct', role='winger'),
    s('Valerie Dunmore', 'Dunmore', 'the change was "a hunch, nothing more."', 'said', 'mixed', role='Otters coach'),
    s('Valerie Dunmore', 'she', '"Sometimes you have to give the players something new to think about,"', 'said',
      'direct', role='Otters coach'),
    s('Valerie Dunmore', '', '"They were gripping their sticks too tight."', '', 'direct', role='Otters coach'),
    s('Matteo Rinaldi', 'he', 'he should have had the winning goal', 'said', role='Falcons goaltender'),
    s('Matteo Rinaldi', 'Rinaldi', '"It went off my glove. I have to catch that,"', 'said', 'direct',
      role='Falcons goaltender'),
    s('Matteo Rinaldi', '', '"It is on me, not on the guys in front of me."', '', 'direct', role='Falcons goaltender'),
    s('Brent Haywood', 'Their coach, Brent Haywood', 'the loss "the most frustrating of the season"', 'called', 'mixed',
      role='coach'),
    s('Brent Haywood', 'Their coach, Brent Haywood',
      'his team had stopped skating after taking a 3-1 lead early in the third', 'said', role='coach'),
    s('Valerie Dunmore', 'Dunmore',
      'he would travel with the team on its three-game road trip but is unlikely to play before Thursday', 'said',
      role='Otters coach'),
    s('Stefan Kowalczyk', 'Kowalczyk', 'he felt "much better" after skating on his own Friday', 'said', 'mixed',
      role='Defenceman'),
    s('Stefan Kowalczyk', 'He', 'he hoped to be back for the final home game, against Ashford on March 28', 'said',
      role='Defenceman'),
    s('Ray Tanaka', 'Otters general manager Ray Tanaka',
      'the club would not re-sign any of its pending free agents until the season ends', 'told',
      role='Otters general manager'),
)

doc('b05-paper-feature-watchmaker', 'The Northfield Sentinel', '2026-05-17', '''
The last repair shop on Gable Street

After 44 years, a watchmaker is closing his store. He says the watches will outlive us all.

By Hannah Brightwater

Emil Varga, 79, works on a pocket watch at his shop on Gable Street on May 12. (Jon Pelletier/The Northfield Sentinel)

Emil Varga keeps a drawer of watches nobody came back for. There are 212 of them, tagged with names and dates in his slanted handwriting, some going back forty years.

“People bring me a watch when somebody dies,” he said on a recent afternoon, holding a gold pocket watch up to the window. “They want it running again. Then they can't bear to pick it up, because then it's really over.”

Varga, 79, came to Northfield from Hungary in 1972 with a set of tools and eleven words of English, he likes to say. He opened the shop on Gable Street in 1982. It will close on June 30, when his lease runs out. The landlord, a company that has bought four buildings on the block, plans to turn the storefront into a coffee bar.

He is not bitter about it, he insists. The rent was low for decades; the building is old; he is old.

“I had a good run,” he said. “Forty-four years in one place. Most watches don't get that.”

‘A dying trade’

Watch repair is a dying trade, according to Lorna Estevez, who runs the Great Lakes Horological Society. There were about 7,500 watchmakers in the country in the 1970s, and today there are fewer than 2,000, most of them over 60, she said.

“When Emil closes, the nearest person who can service a mechanical movement will be ninety miles away,” Estevez said. “That's the reality now. People will mail their grandfather's watch to a stranger, or they'll put it in a drawer.”

She said the society had tried to persuade Varga to take an apprentice. He did, twice. The first left after a year for a job at a jewelry chain. The second “had the hands but not the patience,” he said.

“They want it running again. Then they can't bear to pick it up.”
— Emil Varga, watchmaker

The customers

On a Tuesday in May, the bell over the door rang nine times in an hour. A retired bus driver brought in a watch his wife had given him in 1968. A teenager wanted a new battery. A woman in a nurse's uniform asked whether Varga could fix a clock with a cracked face, and he told her to bring it in on Friday.

Martha Quinlan, 71, has brought her watches to Varga since 1986. She said she cried when she saw the sign in the window.

“He fixed my father's watch, and my husband's, and my son's first watch,” Quinlan said. “I don't know where I'll go. I suppose I won't go anywhere.”

Varga says he will keep a workbench in his basement and take a few jobs from old customers. The unclaimed watches are a harder problem. He said he had written to every name in the drawer and 40 people had come for theirs. The rest will go to the society, which uses donated watches to train students.

On his last afternoon with a reporter, he wound the gold pocket watch, listened to it, and put it back in the drawer.

“Every watch I fixed is still ticking somewhere,” he said. “That's more than most people can say about their work.”
''',
    s('Emil Varga', 'He', 'the watches will outlive us all', 'says', role='watchmaker'),
    s('Emil Varga', 'he', '“People bring me a watch when somebody dies,”', 'said', 'direct', role='watchmaker'),
    s('Emil Varga', '', "“They want it running again. Then they can't bear to pick it up, because then it's really over.”",
      '', 'direct', role='watchmaker'),
    s('Emil Varga', 'he',
      'Varga, 79, came to Northfield from Hungary in 1972 with a set of tools and eleven words of English', 'say',
      role='watchmaker'),
    s('Emil Varga', 'he', 'He is not bitter about it', 'insists', role='watchmaker'),
    s('Emil Varga', 'he', '“I had a good run,”', 'said', 'direct', role='watchmaker'),
    s('Emil Varga', '', "“Forty-four years in one place. Most watches don't get that.”", '', 'direct', role='watchmaker'),
    s('Lorna Estevez', 'Lorna Estevez', 'Watch repair is a dying trade', 'according to',
      role='runs the Great Lakes Horological Society'),
    s('Lorna Estevez', 'she',
      'There were about 7,500 watchmakers in the country in the 1970s, and today there are fewer than 2,000, most of them over 60',
      'said', role='runs the Great Lakes Horological Society'),
    s('Lorna Estevez', 'Estevez',
      '“When Emil closes, the nearest person who can service a mechanical movement will be ninety miles away,”', 'said',
      'direct', role='runs the Great Lakes Horological Society'),
    s('Lorna Estevez', '',
      "“That's the reality now. People will mail their grandfather's watch to a stranger, or they'll put it in a drawer.”",
      '', 'direct', role='runs the Great Lakes Horological Society'),
    s('Lorna Estevez', 'She', 'the society had tried to persuade Varga to take an apprentice', 'said',
      role='runs the Great Lakes Horological Society'),
    s('Emil Varga', 'he', 'The second “had the hands but not the patience,”', 'said', 'mixed', role='watchmaker'),
    s('Emil Varga', 'Emil Varga', "“They want it running again. Then they can't bear to pick it up.”", '', 'direct',
      role='watchmaker'),
    s('Emil Varga', 'he', 'her to bring it in on Friday', 'told', role='watchmaker'),
    s('Martha Quinlan', 'She', 'she cried when she saw the sign in the window', 'said'),
    s('Martha Quinlan', 'Quinlan', "“He fixed my father's watch, and my husband's, and my son's first watch,”", 'said',
      'direct'),
    s('Martha Quinlan', '', "“I don't know where I'll go. I suppose I won't go anywhere.”", '', 'direct'),
    s('Emil Varga', 'Varga', 'he will keep a workbench in his basement and take a few jobs from old customers', 'says',
      role='watchmaker'),
    s('Emil Varga', 'He', 'he had written to every name in the drawer and 40 people had come for theirs', 'said',
      role='watchmaker'),
    s('Emil Varga', 'he', '“Every watch I fixed is still ticking somewhere,”', 'said', 'direct', role='watchmaker'),
    s('Emil Varga', '', "“That's more than most people can say about their work.”", '', 'direct', role='watchmaker'),
)

doc('b06-page-heat-wave', 'Bayview Daily Herald', '2026-07-02', '''
Skip to main content
Bayview Daily Herald
News | Sports | Business | Opinion | Life
Subscribe for $1

LOCAL NEWS
Heat wave sends dozens to hospital as cooling centres stay open late
By Arjun Metcalf · Published July 2, 2026 · 4 min read

Paramedics respond to a call on Harbour Road on Tuesday afternoon. (Photo: Kim Delacroix / Bayview Daily Herald)

At least 46 people were treated in Bayview hospitals for heat-related illness between Sunday and Tuesday, the regional health authority said Wednesday, as temperatures stayed above 35 C for a fourth straight day.

Most of the patients were over 70 or worked outdoors, said Dr. Farah Siddiqui, the region's medical officer of health. Two people remain in intensive care.

"Heat is a silent emergency. People don't feel how sick they are until they collapse," Siddiqui told reporters at city hall. "Check on your neighbours, especially the ones who live alone."

READ MORE: What to do if your power goes out in a heat wave

The city has extended the hours of its six cooling centres until midnight through Friday. A city spokesperson said 1,100 people visited the centres on Tuesday, twice the number on Sunday.

ADVERTISEMENT

Environment officials said the heat should break on Saturday, when a cold front is forecast to bring thunderstorms. Until then, the power utility, Bayview Hydro, has asked residents to run dishwashers and washing machines after 9 p.m.

"We are close to our peak but we are not in danger of rolling blackouts," said Owen Pritchard, a Bayview Hydro spokesman. "If everyone shifts a load or two, we stay out of trouble."

Some residents of older apartment towers say their landlords have ignored requests for air conditioning. Tenant organizer Rosa Delgado said at least three buildings on Crestview Avenue had no working fans in their hallways.

"Landlords are required to keep units below 26 degrees. Nobody enforces it," Delgado said.

Residents wait for a bus in the shade of an overpass on Crestview Avenue. (Photo: Kim Delacroix / Bayview Daily Herald)

City councillor Amos Whitfield said he would bring a motion to the next council meeting to hire two more bylaw officers for heat complaints.

Share this article
Facebook Twitter Email

Comments (38)

RELATED STORIES
Province to review heat rules for outdoor workers, minister says
Labour Minister Nadia Ferro said the review would look at mandatory breaks and shade on construction sites
Harbour Road pool closed after pump failure
"We expect to reopen by the weekend," a parks department spokesperson said
Bayview Hydro warns of higher summer bills
The utility said residential rates will rise 4 per cent on Aug. 1

MOST READ
1. Ferry service cut to two sailings a day
2. Hospital parking fees frozen for a year
© 2026 Bayview Daily Herald. All rights reserved.
''',
    s('regional health authority', 'the regional health authority',
      'At least 46 people were treated in Bayview hospitals for heat-related illness between Sunday and Tuesday', 'said'),
    s('Farah Siddiqui', 'Dr. Farah Siddiqui', 'Most of the patients were over 70 or worked outdoors', 'said',
      role="the region's medical officer of health"),
    s('Farah Siddiqui', 'Siddiqui',
      '''"Heat is a silent emergency. People don't feel how sick they are until they collapse,"''', 'told', 'direct',
      role="the region's medical officer of health"),
    s('Farah Siddiqui', '', '"Check on your neighbours, especially the ones who live alone."', '', 'direct',
      role="the region's medical officer of health"),
    s('A city spokesperson', 'A city spokesperson', '1,100 people visited the centres on Tuesday, twice the number on Sunday',
      'said'),
    s('Environment officials', 'Environment officials',
      'the heat should break on Saturday, when a cold front is forecast to bring thunderstorms', 'said'),
    s('Bayview Hydro', 'the power utility, Bayview Hydro',
      'residents to run dishwashers and washing machines after 9 p.m', 'asked'),
    s('Owen Pritchard', 'Owen Pritchard',
      '"We are close to our peak but we are not in danger of rolling blackouts,"', 'said', 'direct',
      role='a Bayview Hydro spokesman'),
    s('Owen Pritchard', '', '"If everyone shifts a load or two, we stay out of trouble."', '', 'direct',
      role='a Bayview Hydro spokesman'),
    s('Some residents of older apartment towers', 'Some residents of older apartment towers',
      'their landlords have ignored requests for air conditioning', 'say'),
    s('Rosa Delgado', 'Tenant organizer Rosa Delgado',
      'at least three buildings on Crestview Avenue had no working fans in their hallways', 'said',
      role='Tenant organizer'),
    s('Rosa Delgado', 'Delgado', '"Landlords are required to keep units below 26 degrees. Nobody enforces it,"', 'said',
      'direct', role='Tenant organizer'),
    s('Amos Whitfield', 'City councillor Amos Whitfield',
      'he would bring a motion to the next council meeting to hire two more bylaw officers for heat complaints', 'said',
      role='City councillor'),
    s('Nadia Ferro', 'minister', 'Province to review heat rules for outdoor workers', 'says', role='Labour Minister',
      region='related'),
    s('Nadia Ferro', 'Labour Minister Nadia Ferro',
      'the review would look at mandatory breaks and shade on construction sites', 'said', role='Labour Minister',
      region='related'),
    s('a parks department spokesperson', 'a parks department spokesperson', '"We expect to reopen by the weekend,"',
      'said', 'direct', region='related'),
    s('Bayview Hydro', 'Bayview Hydro', 'of higher summer bills', 'warns', region='related'),
    s('Bayview Hydro', 'The utility', 'residential rates will rise 4 per cent on Aug. 1', 'said', region='related'),
)

doc('b07-wire-river-incident', 'VESTA', '2026-09-22', '''
 date 2026-09-22
Situation around the Lenka river

Border incident on Lenka river caused by navigation error, not provocation — diplomat

Deputy Foreign Minister Arvid Kallas stressed that the crew of the patrol boat had been released

TELVAR, September 22. /VESTA/. The incident involving a Dalmarian patrol boat on the Lenka river last week was caused by a navigation error and not by a deliberate provocation, Brunland's Deputy Foreign Minister Arvid Kallas told VESTA on Monday.

"We have studied the data from the radar stations. The boat lost its bearings in fog and crossed the fairway by about 300 meters," the diplomat said. "There was no shooting, and nobody was hurt."

According to Kallas, the six crew members were handed over to the Dalmarian side at the Orsk checkpoint on Saturday evening. He added that Brunland had sent a note to Dalmar proposing to update the 1994 rules on navigation in the border section of the river.

"The rules were written when there were twenty boats on the river. Now there are three hundred," the deputy minister explained.

Earlier, Dalmarian Foreign Minister Hedda Simonsen said in an interview with the Dalmarian broadcaster DRT that her country expected "a full explanation" from Telvar. On Sunday, the Dalmarian foreign ministry summoned Brunland's charge d'affaires.

The Lenka forms about 140 kilometers of the border between the two countries. The last serious incident on the river took place in 2019, when a Brunlandic fishing vessel was detained for two weeks.

Military expert Gustav Lindh told VESTA that both sides had an interest in keeping the incident quiet. "Neither Telvar nor Dalmar wants a crisis on the river before the trade talks in November," he said.

The Brunlandic border service said in a statement that patrols on the river would be doubled until the end of October.

Kallas also said that Brunland was ready to invite Dalmarian experts to examine the radar data. "We have nothing to hide," he noted.

Foreign policyArvid KallasHedda Simonsen
Dalmar to open consulate in Orsk next year — foreign ministry
The decision was taken at the meeting of the intergovernmental commission, the ministry said
Telvar grain exports reach record high, agriculture minister says
"The harvest this year exceeded all our forecasts," Minister Oskar Breivik noted
Brunland to hold early parliamentary elections in March
Floods in Orsk region destroy 200 homes
The regional emergencies department reported that the water level had started to fall
''',
    s('Arvid Kallas', 'diplomat', 'Border incident on Lenka river caused by navigation error, not provocation', '',
      role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'Deputy Foreign Minister Arvid Kallas', 'the crew of the patrol boat had been released', 'stressed',
      role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', "Brunland's Deputy Foreign Minister Arvid Kallas",
      'The incident involving a Dalmarian patrol boat on the Lenka river last week was caused by a navigation error and not by a deliberate provocation',
      'told', role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'the diplomat',
      '"We have studied the data from the radar stations. The boat lost its bearings in fog and crossed the fairway by about 300 meters,"',
      'said', 'direct', role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', '', '"There was no shooting, and nobody was hurt."', '', 'direct',
      role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'Kallas',
      'the six crew members were handed over to the Dalmarian side at the Orsk checkpoint on Saturday evening',
      'According to', role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'He',
      'Brunland had sent a note to Dalmar proposing to update the 1994 rules on navigation in the border section of the river',
      'added', role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'the deputy minister',
      '"The rules were written when there were twenty boats on the river. Now there are three hundred,"', 'explained',
      'direct', role="Brunland's Deputy Foreign Minister"),
    s('Hedda Simonsen', 'Dalmarian Foreign Minister Hedda Simonsen',
      'her country expected "a full explanation" from Telvar', 'said', 'mixed', role='Dalmarian Foreign Minister'),
    s('Gustav Lindh', 'Military expert Gustav Lindh', 'both sides had an interest in keeping the incident quiet', 'told',
      role='Military expert'),
    s('Gustav Lindh', 'he', '"Neither Telvar nor Dalmar wants a crisis on the river before the trade talks in November,"',
      'said', 'direct', role='Military expert'),
    s('Brunlandic border service', 'The Brunlandic border service',
      'patrols on the river would be doubled until the end of October', 'said'),
    s('Arvid Kallas', 'Kallas', 'Brunland was ready to invite Dalmarian experts to examine the radar data', 'said',
      role="Brunland's Deputy Foreign Minister"),
    s('Arvid Kallas', 'he', '"We have nothing to hide,"', 'noted', 'direct', role="Brunland's Deputy Foreign Minister"),
    s('foreign ministry', 'foreign ministry', 'Dalmar to open consulate in Orsk next year', '', region='related'),
    s('the ministry', 'the ministry', 'The decision was taken at the meeting of the intergovernmental commission', 'said',
      region='related'),
    s('Oskar Breivik', 'agriculture minister', 'Telvar grain exports reach record high', 'says', role='agriculture minister',
      region='related'),
    s('Oskar Breivik', 'Minister Oskar Breivik', '"The harvest this year exceeded all our forecasts,"', 'noted', 'direct',
      role='agriculture minister', region='related'),
    s('regional emergencies department', 'The regional emergencies department', 'the water level had started to fall',
      'reported', region='related'),
)

doc_spans('b08-wire-copper-forecast', 'Meridian News Service', '2026-04-14', '''
UPDATE 2-Norvale miner Crestline cuts output forecast after tailings dam inspection

(Adds comments from minister, analyst; updates shares)

By Tessa Ijeoma

NORVALE CITY, April 14 (Meridian) - Crestline Resources cut its annual copper output forecast by 12% on Tuesday after regulators shut a tailings dam at its Arroyo Seco mine, sending its shares down more than 9%.

The company now expects to produce between 310,000 and 330,000 tonnes of copper this year, down from a previous forecast of 355,000 to 375,000 tonnes, it said in a statement.

"We take the regulator's findings seriously," Chief Executive Graham Oduya said on a call with analysts. "But I want to be clear," he added, "the dam is stable, and nobody downstream is at risk."

Mining Minister Lucia Farrow said the stop order would stay in place until engineers complete a new stability study, which she said could take up to six months.

"There will be no shortcuts on safety," Farrow said in an interview with Meridian on Tuesday evening, adding that the inspection had found cracks in the dam's drainage system.

Crestline's shares closed down 9.4% at 18.72 crowns on the Norvale exchange, their lowest since November.

The cut is the second in three months for Crestline, which lowered its forecast in January because of heavy rains in the north. Analysts said the company's guidance now looked conservative.

"Investors hate surprises, and this is the second one this year," said Ingrid Castellanos, a mining analyst at Halberd Securities. "The question is whether the dam comes back at all. If it doesn't, they have to build a new one, and that's two years and 400 million dollars."

According to Crestline's most recent annual report, the Arroyo Seco mine accounts for about a third of the company's copper output and employs 2,800 people.

The mine's workers will keep their jobs during the stop, a union leader, Mateo Quiroga, told Meridian.

Environmental group Clean Rivers Alliance called on the government to publish the inspection report in full. "People who live below that dam have a right to read it," the group's director, Sunniva Holt, said.

Crestline said it would publish a summary of the report on its website by the end of the week.

Crestline's chief financial officer, Amara Nwosu, told analysts the company had enough cash to build a new dam if one is needed. She said capital spending this year would rise to about 1.1 billion crowns from 950 million. The Norvale copper index fell 1.3% on the day.

(Reporting by Tessa Ijeoma; Additional reporting by Paulo Serrano; Editing by Mark Delaney)
''',
    s('Crestline Resources', 'it',
      'The company now expects to produce between 310,000 and 330,000 tonnes of copper this year, down from a previous forecast of 355,000 to 375,000 tonnes',
      'said'),
    s('Graham Oduya', 'Chief Executive Graham Oduya', '''"We take the regulator's findings seriously,"''', 'said', 'direct',
      role='Chief Executive'),
    s('Graham Oduya', 'he', ['"But I want to be clear,"', '"the dam is stable, and nobody downstream is at risk."'], 'added',
      'direct', role='Chief Executive'),
    s('Lucia Farrow', 'Mining Minister Lucia Farrow',
      'the stop order would stay in place until engineers complete a new stability study',
      'said', role='Mining Minister'),
    s('Lucia Farrow', 'she', 'could take up to six months', 'said', role='Mining Minister'),
    s('Lucia Farrow', 'Farrow', '"There will be no shortcuts on safety,"', 'said', 'direct', role='Mining Minister'),
    s('Lucia Farrow', 'Farrow', "the inspection had found cracks in the dam's drainage system", 'adding',
      role='Mining Minister'),
    s('Analysts', 'Analysts', "the company's guidance now looked conservative", 'said'),
    s('Ingrid Castellanos', 'Ingrid Castellanos', '"Investors hate surprises, and this is the second one this year,"',
      'said', 'direct', role='a mining analyst at Halberd Securities'),
    s('Ingrid Castellanos', '',
      '''"The question is whether the dam comes back at all. If it doesn't, they have to build a new one, and that's two years and 400 million dollars."''',
      '', 'direct', role='a mining analyst at Halberd Securities'),
    s('Crestline Resources', "Crestline's most recent annual report",
      "the Arroyo Seco mine accounts for about a third of the company's copper output and employs 2,800 people",
      'According to'),
    s('Mateo Quiroga', 'a union leader, Mateo Quiroga', "The mine's workers will keep their jobs during the stop", 'told',
      role='a union leader'),
    s('Clean Rivers Alliance', 'Environmental group Clean Rivers Alliance',
      'the government to publish the inspection report in full', 'called on'),
    s('Sunniva Holt', "the group's director, Sunniva Holt", '"People who live below that dam have a right to read it,"',
      'said', 'direct', role="the group's director"),
    s('Crestline Resources', 'Crestline', 'it would publish a summary of the report on its website by the end of the week',
      'said'),
    s('Amara Nwosu', "Crestline's chief financial officer, Amara Nwosu",
      'the company had enough cash to build a new dam if one is needed', 'told',
      role="Crestline's chief financial officer"),
    s('Amara Nwosu', 'She', 'capital spending this year would rise to about 1.1 billion crowns from 950 million', 'said',
      role="Crestline's chief financial officer"),
)

doc('b09-wire-derailment', 'Continental Press', '2026-02-03', '''
Freight train derails near Graylock; 300 residents told to leave

By Darnell Whitaker, Continental Press

GRAYLOCK (CP) — About 300 people were ordered to leave their homes Monday after a freight train carrying chlorine and diesel fuel derailed near this farming town of 1,400, officials said.

Twenty-two of the train's 91 cars left the tracks around 4:30 a.m., according to the railroad, Northline Freight. None of the three tank cars carrying chlorine was leaking, but one diesel car had ruptured and was burning, the company said.

"We are evacuating out of an abundance of caution. There is no evidence of a chlorine release at this time," Kessington County Sheriff Dale Brannigan said at a news conference. He said residents could expect to be out of their homes for at least two days.

Emergency crews let the diesel fire burn itself out rather than risk spraying water near the chlorine cars, said Rhonda Mbeki, the county's fire chief. Thick black smoke could be seen from the interstate, 12 miles away.

The Federal Rail Safety Board said it was sending a team of nine investigators.

Gov. Theresa Langford, who toured the site by helicopter, declared a state of emergency for the county and said the state would cover hotel costs for displaced families.

Residents gathered at the Graylock High School gym, where volunteers set up cots and served chili.

Marisol Ybarra, 44, said she woke up to a sound "like a car crash that went on and on." She grabbed her two children and her mother's medicine and drove to the school.

"I didn't even put shoes on," she said. "My neighbor had to lend me these."

It was the second derailment in the county in 18 months. In June 2024, a grain train left the tracks about 10 miles east of Graylock; no one was hurt.

State Rep. Victor Salas, whose district includes Graylock, said he had asked Northline twice for an inspection of the bridge and track near town and never got an answer. "They kept telling us the track was fine," Salas said.

A Northline spokeswoman, Jill Amberson, said the company inspects the line twice a week and had found no defects on its last inspection, on Friday. She declined to speculate about the cause.

The cause of the derailment is under investigation, officials said. Trains on the line have been rerouted through Danforth.

___

Associated reporter Lena Vogt in Danforth contributed to this report.
''',
    s('officials', 'officials',
      'About 300 people were ordered to leave their homes Monday after a freight train carrying chlorine and diesel fuel derailed near this farming town of 1,400',
      'said'),
    s('Northline Freight', 'the railroad, Northline Freight',
      "Twenty-two of the train's 91 cars left the tracks around 4:30 a.m.", 'according to'),
    s('Northline Freight', 'the company',
      'None of the three tank cars carrying chlorine was leaking, but one diesel car had ruptured and was burning', 'said'),
    s('Dale Brannigan', 'Kessington County Sheriff Dale Brannigan',
      '"We are evacuating out of an abundance of caution. There is no evidence of a chlorine release at this time,"',
      'said', 'direct', role='Kessington County Sheriff'),
    s('Dale Brannigan', 'He', 'residents could expect to be out of their homes for at least two days', 'said',
      role='Kessington County Sheriff'),
    s('Rhonda Mbeki', 'Rhonda Mbeki',
      'Emergency crews let the diesel fire burn itself out rather than risk spraying water near the chlorine cars', 'said',
      role="the county's fire chief"),
    s('Federal Rail Safety Board', 'The Federal Rail Safety Board', 'it was sending a team of nine investigators', 'said'),
    s('Theresa Langford', 'Gov. Theresa Langford', 'the state would cover hotel costs for displaced families', 'said',
      role='Gov.'),
    s('Marisol Ybarra', 'Marisol Ybarra', 'she woke up to a sound "like a car crash that went on and on."', 'said', 'mixed'),
    s('Marisol Ybarra', 'she', '''"I didn't even put shoes on,"''', 'said', 'direct'),
    s('Marisol Ybarra', '', '"My neighbor had to lend me these."', '', 'direct'),
    s('Victor Salas', 'State Rep. Victor Salas',
      'he had asked Northline twice for an inspection of the bridge and track near town and never got an answer', 'said',
      role='State Rep.'),
    s('Victor Salas', 'Salas', '"They kept telling us the track was fine,"', 'said', 'direct', role='State Rep.'),
    s('Jill Amberson', 'A Northline spokeswoman, Jill Amberson',
      'the company inspects the line twice a week and had found no defects on its last inspection, on Friday', 'said',
      role='A Northline spokeswoman'),
    s('officials', 'officials', 'The cause of the derailment is under investigation', 'said'),
)

doc('b10-wire-markets', 'Meridian News Service', '2026-06-18', '''
GLOBAL MARKETS-Stocks slip as bond yields climb; oil steadies

By Karl Ostrowski

HALDEN, June 18 (Meridian) - World stocks slipped on Thursday as government bond yields rose to their highest in three months, after central bank officials in several countries signalled that interest rates would stay high for longer.

The Meridian All-World index fell 0.6%, its third loss in four sessions.

"The market had priced in three rate cuts this year. It is now pricing in one, maybe none," said Leela Raman, chief investment strategist at Ostwald Partners. "That repricing is what you are seeing in equities."

Tech shares led the declines. Halvern Semiconductor lost 4.2% after it warned that orders from carmakers would stay weak until next year. Banks added 0.8%, helped by higher yields.

The yield on the 10-year Halden government bond rose 9 basis points to 4.31%.

"Bond investors are finally listening to the central banks," said Tomas Richter, head of fixed income at Ambrose & Lyle.

Halden's finance minister, Oksana Berg, said on Wednesday that the government saw no reason to intervene in the currency market. The crown fell to a two-year low against the dollar on Thursday.

The dollar index rose 0.4%. "The dollar is the only place to hide right now," a currency trader in Halden said, declining to be named because he was not authorized to speak to the media.

Oil steadied after two days of losses. Brent crude futures gained 0.3% to $81.40 a barrel. Traders said the market was also watching talks between the main oil producers, who meet next week.

"Supply is not the problem. Demand is," said Jonas Feld, an energy analyst at Kaybridge Bank. He said he expected Brent to trade between $75 and $85 for the rest of the summer.

Gold fell 0.5% to $2,310 an ounce. According to data from the Bullion Trade Association, central banks bought 290 tonnes of gold in the first quarter.

In Asia, the Tokai index closed down 1.1% and the Pelang composite lost 0.7%. The Continental 600 index ended flat, with gains in energy stocks offset by losses in technology.

Analysts at Kaybridge Bank wrote in a note to clients that a stronger dollar would weigh on the earnings of exporters in the second half of the year. Investors will watch Halden retail sales data due on Friday.

Key figures at 1030 GMT:
All-World index 812.44, -0.6%
Halden 10-year yield 4.31%
Brent crude $81.40, +0.3%
Gold $2,310, -0.5%

(Reporting by Karl Ostrowski; Editing by Aled Pryor)
''',
    s('central bank officials', 'central bank officials in several countries',
      'interest rates would stay high for longer', 'signalled'),
    s('Leela Raman', 'Leela Raman',
      '"The market had priced in three rate cuts this year. It is now pricing in one, maybe none,"', 'said', 'direct',
      role='chief investment strategist at Ostwald Partners'),
    s('Leela Raman', '', '"That repricing is what you are seeing in equities."', '', 'direct',
      role='chief investment strategist at Ostwald Partners'),
    s('Halvern Semiconductor', 'it', 'orders from carmakers would stay weak until next year', 'warned'),
    s('Tomas Richter', 'Tomas Richter', '"Bond investors are finally listening to the central banks,"', 'said', 'direct',
      role='head of fixed income at Ambrose & Lyle'),
    s('Oksana Berg', "Halden's finance minister, Oksana Berg",
      'the government saw no reason to intervene in the currency market', 'said', role="Halden's finance minister"),
    s('a currency trader in Halden', 'a currency trader in Halden', '"The dollar is the only place to hide right now,"',
      'said', 'direct'),
    s('Traders', 'Traders', 'the market was also watching talks between the main oil producers, who meet next week',
      'said'),
    s('Jonas Feld', 'Jonas Feld', '"Supply is not the problem. Demand is,"', 'said', 'direct',
      role='an energy analyst at Kaybridge Bank'),
    s('Jonas Feld', 'He', 'he expected Brent to trade between $75 and $85 for the rest of the summer', 'said',
      role='an energy analyst at Kaybridge Bank'),
    s('Bullion Trade Association', 'data from the Bullion Trade Association',
      'central banks bought 290 tonnes of gold in the first quarter', 'According to'),
    s('Analysts at Kaybridge Bank', 'Analysts at Kaybridge Bank',
      'a stronger dollar would weigh on the earnings of exporters in the second half of the year', 'wrote'),
)

doc('b11-readout-state-visit', 'Office of the President of Marvania', '2026-11-04', '''
Talks with President of the Republic of Sundara Idris Mahalay
November 4, 2026, Kastel

President of Marvania Viktor Ostrand held talks with President of the Republic of Sundara Idris Mahalay, who is in Marvania on a state visit.

The talks focused on trade, energy and regional security. Following the talks, the presidents signed a joint declaration on strategic partnership and witnessed the signing of seven intergovernmental agreements.

In his opening remarks, Viktor Ostrand noted that trade between the two countries had doubled over the past five years and reached 3.4 billion dollars in 2025.

"Sundara is one of our oldest friends in Asia. Our relations are built on trust and mutual benefit," the President of Marvania said.

Idris Mahalay thanked his counterpart for the invitation and said the visit marked "a new chapter" in bilateral relations.

The sides agreed:
– to set up a joint working group on pharmaceutical production by the end of the year;
– to open direct flights between Kastel and Port Sundara in the spring of 2027;
– to hold the next meeting of the intergovernmental commission in Port Sundara in the first half of 2027.

The President of Marvania noted the importance of the Sundara Strait for international shipping and expressed concern over the growing number of incidents involving merchant vessels in the region.

Mahalay's statement that Sundara would not allow its territory to be used for actions against third countries was received with satisfaction by the Marvanian side.

During the talks in expanded format, Minister of Energy Katrin Voss informed the delegations that the construction of the Kastel–Sundara undersea cable was ahead of schedule and that the first power would flow in 2028.

The Minister of Foreign Affairs of Sundara, Rohan Teval, outlined his country's priorities for its chairmanship of the Southern Ocean Forum next year:
• Maritime safety and the fight against piracy
• Joint monitoring of fish stocks
• Disaster early warning systems for coastal communities

Idris Mahalay, for his part, set out Sundara's position on the main issues of the talks as follows:

Energy

1) Sundara intends to double its imports of Marvanian liquefied gas by 2030.
2) The undersea cable project remains the top priority for the Sundaran government.

Security

3) Sundara will not join any military bloc.
4) Freedom of navigation in the Sundara Strait is not negotiable.

The presidents instructed their governments to prepare a roadmap for industrial cooperation until 2030.

Viktor Ostrand accepted an invitation to visit Sundara in 2027. The dates will be agreed through diplomatic channels.
''',
    s('Viktor Ostrand', 'Viktor Ostrand',
      'trade between the two countries had doubled over the past five years and reached 3.4 billion dollars in 2025',
      'noted', role='President of Marvania'),
    s('Viktor Ostrand', 'the President of Marvania',
      '"Sundara is one of our oldest friends in Asia. Our relations are built on trust and mutual benefit,"', 'said',
      'direct', role='President of Marvania'),
    s('Idris Mahalay', 'Idris Mahalay', 'the visit marked "a new chapter" in bilateral relations', 'said', 'mixed',
      role='President of the Republic of Sundara'),
    s('Viktor Ostrand and Idris Mahalay', 'The sides', 'to set up a joint working group on pharmaceutical production by the end of the year',
      'agreed'),
    s('Viktor Ostrand and Idris Mahalay', 'The sides', 'to open direct flights between Kastel and Port Sundara in the spring of 2027', 'agreed'),
    s('Viktor Ostrand and Idris Mahalay', 'The sides',
      'to hold the next meeting of the intergovernmental commission in Port Sundara in the first half of 2027', 'agreed'),
    s('Viktor Ostrand', 'The President of Marvania', 'the importance of the Sundara Strait for international shipping',
      'noted', role='President of Marvania'),
    s('Viktor Ostrand', 'The President of Marvania',
      'concern over the growing number of incidents involving merchant vessels in the region', 'expressed',
      role='President of Marvania'),
    s('Idris Mahalay', 'Mahalay', 'Sundara would not allow its territory to be used for actions against third countries',
      'statement', role='President of the Republic of Sundara'),
    s('Katrin Voss', 'Minister of Energy Katrin Voss',
      'the construction of the Kastel–Sundara undersea cable was ahead of schedule and that the first power would flow in 2028',
      'informed', role='Minister of Energy'),
    s('Rohan Teval', 'The Minister of Foreign Affairs of Sundara, Rohan Teval',
      'Maritime safety and the fight against piracy', 'outlined', role='Minister of Foreign Affairs of Sundara'),
    s('Rohan Teval', 'The Minister of Foreign Affairs of Sundara, Rohan Teval', 'Joint monitoring of fish stocks',
      'outlined', role='Minister of Foreign Affairs of Sundara'),
    s('Rohan Teval', 'The Minister of Foreign Affairs of Sundara, Rohan Teval',
      'Disaster early warning systems for coastal communities', 'outlined', role='Minister of Foreign Affairs of Sundara'),
    s('Idris Mahalay', 'Idris Mahalay', 'Sundara intends to double its imports of Marvanian liquefied gas by 2030.',
      'set out', role='President of the Republic of Sundara'),
    s('Idris Mahalay', 'Idris Mahalay', 'The undersea cable project remains the top priority for the Sundaran government.',
      'set out', role='President of the Republic of Sundara'),
    s('Idris Mahalay', 'Idris Mahalay', 'Sundara will not join any military bloc.', 'set out',
      role='President of the Republic of Sundara'),
    s('Idris Mahalay', 'Idris Mahalay', 'Freedom of navigation in the Sundara Strait is not negotiable.', 'set out',
      role='President of the Republic of Sundara'),
    s('Viktor Ostrand and Idris Mahalay', 'The presidents', 'their governments to prepare a roadmap for industrial cooperation until 2030',
      'instructed'),
)

doc('b12-release-vaccines', 'Government of Westmark', '2026-01-27', '''
NEWS RELEASE
For immediate release

Westmark expands free flu and RSV vaccines to all residents over 60

EASTON, Jan. 27, 2026 — The Government of Westmark will offer free vaccines against influenza and RSV to every resident aged 60 and older starting March 1, Health Minister Joanne Achebe announced today at a pharmacy in Easton's north end, where she was among the first to receive both shots.

The program extends free RSV vaccination, until now available only to residents of long-term care homes, to about 410,000 more people. The province estimates it will prevent 2,500 hospital admissions each winter.

"Every winter, respiratory viruses fill our emergency rooms and our intensive care units," said Minister Achebe. "This investment protects older people, and it protects the nurses and doctors who care for them."

The minister also urged residents under 60 with chronic heart or lung disease to ask their family doctor whether they qualify for a free vaccine under existing rules.

"Pharmacists are ready. We have been asking for this for three years," said Bernard Lefebvre, president of the Westmark Pharmacists' Association.

Dr. Ingrid Halvorsen, Westmark's chief medical officer of health, said RSV causes more hospital stays among older adults than influenza in some years. "Many people have never heard of it. They should," Dr. Halvorsen said.

The two vaccines will be given at the same visit where possible. Dr. Halvorsen said there were no safety concerns with giving them together, and that people who got an RSV vaccine last year do not need another one.

Opposition health critic Raymond Sauvé welcomed the announcement but said the province should have acted before last winter. "Seniors paid for this delay with their lives," Sauvé said in a statement.

Quick facts
• Vaccines will be available at pharmacies, family doctors' offices and public health clinics.
• Residents do not need a prescription or an appointment at most pharmacies.
• The program will cost $38 million in its first year.

Quotes
"Our nursing homes saw what RSV can do last winter. Extending this protection to everyone over 60 is the right call."
– Marguerite Olsen, Chair, Westmark Association of Care Homes

Backgrounder
According to the Westmark Public Health Agency, 1,140 residents over 60 were admitted to hospital with RSV last winter, and 96 of them died. Influenza caused about 2,300 admissions in the same age group.

Associated links
• Vaccine locator
• Respiratory season data dashboard

Media contact:
Kevin Mbatha
Press Secretary, Office of the Minister of Health
kevin.mbatha@westmark.example
555-0142
''',
    s('Joanne Achebe', 'Health Minister Joanne Achebe',
      'The Government of Westmark will offer free vaccines against influenza and RSV to every resident aged 60 and older starting March 1',
      'announced', role='Health Minister'),
    s('Government of Westmark', 'The province', 'it will prevent 2,500 hospital admissions each winter', 'estimates'),
    s('Joanne Achebe', 'Minister Achebe',
      '"Every winter, respiratory viruses fill our emergency rooms and our intensive care units,"', 'said', 'direct',
      role='Health Minister'),
    s('Joanne Achebe', '',
      '"This investment protects older people, and it protects the nurses and doctors who care for them."', '', 'direct',
      role='Health Minister'),
    s('Joanne Achebe', 'The minister',
      'residents under 60 with chronic heart or lung disease to ask their family doctor whether they qualify for a free vaccine under existing rules',
      'urged', role='Health Minister'),
    s('Bernard Lefebvre', 'Bernard Lefebvre', '"Pharmacists are ready. We have been asking for this for three years,"',
      'said', 'direct', role="president of the Westmark Pharmacists' Association"),
    s('Ingrid Halvorsen', 'Dr. Ingrid Halvorsen',
      'RSV causes more hospital stays among older adults than influenza in some years', 'said',
      role="Westmark's chief medical officer of health"),
    s('Ingrid Halvorsen', 'Dr. Halvorsen', '"Many people have never heard of it. They should,"', 'said', 'direct',
      role="Westmark's chief medical officer of health"),
    s('Ingrid Halvorsen', 'Dr. Halvorsen',
      'there were no safety concerns with giving them together, and that people who got an RSV vaccine last year do not need another one',
      'said', role="Westmark's chief medical officer of health"),
    s('Raymond Sauvé', 'Opposition health critic Raymond Sauvé', 'the announcement', 'welcomed', role='Opposition health critic'),
    s('Raymond Sauvé', 'Opposition health critic Raymond Sauvé', 'the province should have acted before last winter',
      'said', role='Opposition health critic'),
    s('Raymond Sauvé', 'Sauvé', '"Seniors paid for this delay with their lives,"', 'said', 'direct',
      role='Opposition health critic'),
    s('Marguerite Olsen', 'Marguerite Olsen',
      '"Our nursing homes saw what RSV can do last winter. Extending this protection to everyone over 60 is the right call."',
      '', 'direct', role='Chair, Westmark Association of Care Homes'),
    s('Westmark Public Health Agency', 'the Westmark Public Health Agency',
      '1,140 residents over 60 were admitted to hospital with RSV last winter, and 96 of them died', 'According to'),
)

doc('b13-transcript-briefing', 'Ministry of Foreign Affairs of Brunland', '2026-09-30', '''
Transcript of the press briefing by Foreign Ministry spokesperson Mirela Dunca
Telvar, September 30, 2026
The briefing was held in the ministry's press center and lasted 25 minutes.

Mirela Dunca: Good afternoon. I will start with the schedule. Foreign Minister Lukas Ferrand will travel to Vellmar on Wednesday for the meeting of the Northern Council. He will hold bilateral talks with his counterparts from Dalmar and Sorvia on the margins. Second, on the situation on the Lenka river: the crew of the Dalmarian patrol boat was handed over on Saturday, and we consider the incident closed. Our experts are ready to meet their Dalmarian colleagues at any time to discuss the navigation rules.

Question: Dalmar's foreign minister said on Sunday that her country still expects a full explanation. Will Brunland provide one?

Mirela Dunca: The explanation was given on Monday, in a note handed to the Dalmarian embassy. I would advise our colleagues in Dalmar to read it carefully.

Question: Will the minister meet his Dalmarian counterpart in Vellmar?

Mirela Dunca: I have said that he will hold bilateral talks with the Dalmarian side. I will not go into the details of the program.

Question: Reports in the Sorvian press say Brunland has stopped issuing visas to Sorvian journalists. Is that true?

Mirela Dunca: No, that is not true. Twelve visas were issued to Sorvian journalists this month alone. Some applications are still being processed, which is normal.

Andrei Vasko (Radio Telvar): Ms. Dunca, the opposition claims that the government is hiding the real cost of the new embassy building in Vellmar. Can you give a figure?

Mirela Dunca: The figure was published in the budget: 14 million crowns over three years. There is nothing hidden. I invite the opposition to read the budget documents before making claims.

Question: Is there any progress on the Brunlandic fishermen detained in Sorvia?

Mirela Dunca: Our consul visited them on Friday. They are in good health. We expect the court in Sorvia to decide on their release next week, and we have asked the Sorvian side to speed up the procedure.

Question: One more on the Lenka. The Brunlandic border service says patrols will be doubled. Why is that needed if the incident is closed?

Mirela Dunca: Patrols are a matter for the border service, and I will not comment on their decisions. From the point of view of diplomacy, the incident is closed. Thank you.
''',
    s('Mirela Dunca', 'Mirela Dunca',
      'Good afternoon. I will start with the schedule. Foreign Minister Lukas Ferrand will travel to Vellmar on Wednesday for the meeting of the Northern Council. He will hold bilateral talks with his counterparts from Dalmar and Sorvia on the margins. Second, on the situation on the Lenka river: the crew of the Dalmarian patrol boat was handed over on Saturday, and we consider the incident closed. Our experts are ready to meet their Dalmarian colleagues at any time to discuss the navigation rules.',
      '', 'indirect', role='Foreign Ministry spokesperson'),
    s("Dalmar's foreign minister", "Dalmar's foreign minister", 'her country still expects a full explanation', 'said'),
    s('Mirela Dunca', 'Mirela Dunca',
      'The explanation was given on Monday, in a note handed to the Dalmarian embassy. I would advise our colleagues in Dalmar to read it carefully.',
      '', role='Foreign Ministry spokesperson'),
    s('Mirela Dunca', 'Mirela Dunca',
      'I have said that he will hold bilateral talks with the Dalmarian side. I will not go into the details of the program.',
      '', role='Foreign Ministry spokesperson'),
    s('Reports in the Sorvian press', 'Reports in the Sorvian press',
      'Brunland has stopped issuing visas to Sorvian journalists', 'say'),
    s('Mirela Dunca', 'Mirela Dunca',
      'No, that is not true. Twelve visas were issued to Sorvian journalists this month alone. Some applications are still being processed, which is normal.',
      '', role='Foreign Ministry spokesperson'),
    s('the opposition', 'the opposition', 'the government is hiding the real cost of the new embassy building in Vellmar',
      'claims'),
    s('Mirela Dunca', 'Mirela Dunca',
      'The figure was published in the budget: 14 million crowns over three years. There is nothing hidden. I invite the opposition to read the budget documents before making claims.',
      '', role='Foreign Ministry spokesperson'),
    s('Mirela Dunca', 'Mirela Dunca',
      'Our consul visited them on Friday. They are in good health. We expect the court in Sorvia to decide on their release next week, and we have asked the Sorvian side to speed up the procedure.',
      '', role='Foreign Ministry spokesperson'),
    s('Brunlandic border service', 'The Brunlandic border service', 'patrols will be doubled', 'says'),
    s('Mirela Dunca', 'Mirela Dunca',
      'Patrols are a matter for the border service, and I will not comment on their decisions. From the point of view of diplomacy, the incident is closed. Thank you.',
      '', role='Foreign Ministry spokesperson'),
)

doc('b14-paper-senate-race', 'The Eastport Standard', '2026-10-20', '''
In a Tight Senate Race, a Fight Over a Shuttered Hospital

By Corinne Vasquez-Hale

MILLHAVEN — The closing of Millhaven General Hospital two years ago has become the dividing line in the race for the state's 14th Senate District, where Senator Gloria Petrakis, a two-term incumbent, faces a challenge from Samuel Oyelowo, a retired surgeon who worked at the hospital for 22 years.

Mr. Oyelowo says the state should have kept the hospital open with emergency funds. Ms. Petrakis says it was losing $1 million a month and no rescue plan was realistic.

At a debate on Thursday at the Millhaven public library, the two traded accusations for most of an hour.

"My opponent voted for the budget that closed our hospital, and now she wants credit for the clinic that replaced it," Mr. Oyelowo said.

Ms. Petrakis replied that the budget had passed 31 to 7 and that the clinic existed only because she had fought for it. "I didn't close Millhaven General. Bad management and an empty parking lot closed it," she said.

Mr. Oyelowo's statement that the hospital's finances "could have been fixed in a year" drew groans from some in the audience, many of them former hospital employees.

A District That Has Changed

The district, which includes Millhaven and five smaller towns along the Conway River, has voted for the incumbent party in every Senate election since 1998. But a poll released last week by Eastport University's Center for Civic Research found that the race was within the margin of error, with Ms. Petrakis at 46 percent and Mr. Oyelowo at 44 percent.

"This is the first competitive race here in a generation," said Harriet Lum, the center's director. "Health care is the reason."

Mr. Oyelowo, 66, has promised that he would introduce a bill in his first month requiring public hearings before any hospital closes. He has raised $410,000, less than half of what Ms. Petrakis has raised, according to state campaign finance records.

A spokesman for Ms. Petrakis, Daniel Fink, said the senator had secured $6 million for the clinic and an ambulance station. "Gloria delivered. Her opponent delivered speeches," Mr. Fink said.

Edith Beck, 63, a retired teacher who attended the debate, said she had not decided how she would vote.

"I liked him. I trust her," she said. "That's my problem."

Ms. Petrakis, 58, told reporters after the debate that she expected the race to stay close until the end. "I never take this district for granted," she said.

The election is Nov. 3.
''',
    s('Samuel Oyelowo', 'Mr. Oyelowo', 'the state should have kept the hospital open with emergency funds', 'says',
      role='a retired surgeon'),
    s('Gloria Petrakis', 'Ms. Petrakis', 'it was losing $1 million a month and no rescue plan was realistic', 'says',
      role='Senator'),
    s('Samuel Oyelowo', 'Mr. Oyelowo',
      '"My opponent voted for the budget that closed our hospital, and now she wants credit for the clinic that replaced it,"',
      'said', 'direct', role='a retired surgeon'),
    s('Gloria Petrakis', 'Ms. Petrakis',
      'the budget had passed 31 to 7 and that the clinic existed only because she had fought for it', 'replied',
      role='Senator'),
    s('Gloria Petrakis', 'she',
      '''"I didn't close Millhaven General. Bad management and an empty parking lot closed it,"''', 'said', 'direct',
      role='Senator'),
    s('Samuel Oyelowo', 'Mr. Oyelowo', '''the hospital's finances "could have been fixed in a year"''', 'statement',
      'mixed', role='a retired surgeon'),
    s("Eastport University's Center for Civic Research", 'a poll',
      'the race was within the margin of error, with Ms. Petrakis at 46 percent and Mr. Oyelowo at 44 percent', 'found'),
    s('Harriet Lum', 'Harriet Lum', '"This is the first competitive race here in a generation,"', 'said', 'direct',
      role="the center's director"),
    s('Harriet Lum', '', '"Health care is the reason."', '', 'direct', role="the center's director"),
    s('Samuel Oyelowo', 'Mr. Oyelowo',
      'he would introduce a bill in his first month requiring public hearings before any hospital closes', 'promised',
      role='a retired surgeon'),
    s('state campaign finance records', 'state campaign finance records',
      'He has raised $410,000, less than half of what Ms. Petrakis has raised', 'according to'),
    s('Daniel Fink', 'A spokesman for Ms. Petrakis, Daniel Fink',
      'the senator had secured $6 million for the clinic and an ambulance station', 'said',
      role='A spokesman for Ms. Petrakis'),
    s('Daniel Fink', 'Mr. Fink', '"Gloria delivered. Her opponent delivered speeches,"', 'said', 'direct',
      role='A spokesman for Ms. Petrakis'),
    s('Edith Beck', 'Edith Beck', 'she had not decided how she would vote', 'said', role='a retired teacher'),
    s('Edith Beck', 'she', '"I liked him. I trust her,"', 'said', 'direct', role='a retired teacher'),
    s('Edith Beck', '', '''"That's my problem."''', '', 'direct', role='a retired teacher'),
    s('Gloria Petrakis', 'Ms. Petrakis', 'she expected the race to stay close until the end', 'told', role='Senator'),
    s('Gloria Petrakis', 'she', '"I never take this district for granted,"', 'said', 'direct', role='Senator'),
)

doc('b15-paper-qa-police-chief', 'The Harbor Ledger', '2026-12-01', '''
Q&A: New police chief Marisa Tolentino on staffing, body cameras and trust

Marisa Tolentino took over as Port Ellery's police chief in September after 19 years with the department, most of them in the detective bureau. She spoke with the Ledger's city hall reporter, Nate Fairbanks, last week. This interview has been edited for length and clarity.

Question: You have said the department is short 60 officers. How did it get there?

Answer: Retirements, mostly. We hired a very large class in the late 1990s, and those officers are now reaching 25 years. At the same time, fewer young people apply. Ten years ago we had 900 applicants a year. Last year we had 210.

Question: The police union says officers are leaving because of mandatory overtime. Is that fair?

Answer: Partly. Overtime is a real problem, and I have told the union I want to cut it in half by next summer. But people also leave because other cities pay more. Our starting salary is $9,000 below the county sheriff's.

Question: The council paid for body cameras in 2024, and officers still don't wear them. Why?

Answer: The contract with the vendor fell apart over data storage. We have a new contract now. Every patrol officer will have a camera by March 1, and the footage policy will be public before that.

Question: What do you say to residents on the Eastside who tell us they don't trust the department?

Answer: That they have reasons. Some of those reasons are older than I am. I can't fix that with a speech. I can fix it by showing up at the same community meetings every month, and by answering complaints in weeks, not years.

Question: Your predecessor called the civilian oversight board "a political stunt." Do you agree?

Answer: No. The board makes us better. I will meet with its chair every month, and I have asked my command staff to do the same.

Question: Will you ask the council for a raise for officers?

Answer: I already have. I asked for a 6 percent increase over two years, and the mayor's office told me it is open to talking. We will see in the budget.

Tolentino, 47, is the city's first police chief to come from the detective bureau. Her contract runs through 2030. She is the city's eleventh chief since 1950 and the second woman to hold the job.
''',
    s('Marisa Tolentino', 'You', 'the department is short 60 officers', 'said', role="Port Ellery's police chief"),
    s('Marisa Tolentino', '',
      'Retirements, mostly. We hired a very large class in the late 1990s, and those officers are now reaching 25 years. At the same time, fewer young people apply. Ten years ago we had 900 applicants a year. Last year we had 210.',
      '', role="Port Ellery's police chief"),
    s('The police union', 'The police union', 'officers are leaving because of mandatory overtime', 'says'),
    s('Marisa Tolentino', '',
      "Partly. Overtime is a real problem, and I have told the union I want to cut it in half by next summer. But people also leave because other cities pay more. Our starting salary is $9,000 below the county sheriff's.",
      '', role="Port Ellery's police chief"),
    s('Marisa Tolentino', '',
      'The contract with the vendor fell apart over data storage. We have a new contract now. Every patrol officer will have a camera by March 1, and the footage policy will be public before that.',
      '', role="Port Ellery's police chief"),
    s('residents on the Eastside', 'residents on the Eastside', "they don't trust the department", 'tell'),
    s('Marisa Tolentino', '',
      "That they have reasons. Some of those reasons are older than I am. I can't fix that with a speech. I can fix it by showing up at the same community meetings every month, and by answering complaints in weeks, not years.",
      '', role="Port Ellery's police chief"),
    s('predecessor', 'Your predecessor', 'the civilian oversight board "a political stunt."', 'called', 'mixed'),
    s('Marisa Tolentino', '',
      'No. The board makes us better. I will meet with its chair every month, and I have asked my command staff to do the same.',
      '', role="Port Ellery's police chief"),
    s('Marisa Tolentino', '',
      "I already have. I asked for a 6 percent increase over two years, and the mayor's office told me it is open to talking. We will see in the budget.",
      '', role="Port Ellery's police chief"),
    s("mayor's office", "the mayor's office", 'it is open to talking', 'told', nested=True, via='Marisa Tolentino'),
)


if __name__ == '__main__':
    write('invented_b_gold.jsonl', per_document=True)
