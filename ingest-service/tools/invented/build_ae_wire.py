"""Set AE's five wire stories (see build_ae.py)."""
from invented_common import doc_spans as doc, s

GOV_T = 'Ysolde Marchetti-Okonkwo'
R_GOV_T = 'Governor'
FIN_T = 'Radovan Esterhazy-Quist'

doc('ae01-wire-tessaline-central-bank-holds-rate', 'Halberd News', '2032-12-09', '''
Tessaline Central Bank Keeps Rate at 6.5%; Governor Sees Room to Ease Later

(Halberd News) -- Tessaline's central bank left its benchmark interest rate unchanged for a fourth straight meeting, resisting calls from exporters for relief, as the governor said inflation had not yet cooled enough to justify a cut.

- Decision matched 17 of 22 forecasts in a Halberd survey
- Governor says council is "close" but wants two more months of data
- Crown gains 0.4% against the euro after the announcement

The Monetary Council of the Bank of Tessaline held the one-week repo rate at 6.5% on Thursday, a decision predicted by 17 of 22 economists surveyed by Halberd. The remaining five had forecast a quarter-point reduction.

"We are close, but close is not the same as there," Governor Ysolde Marchetti-Okonkwo told reporters in Port Caddow after the announcement. "The council wants to see two more months of services prices before it moves."

The bank said in its policy statement that underlying inflation slowed to 4.1% in November from 4.6% a month earlier, but that wage growth "remains inconsistent with the target." It repeated its guidance that rates would stay "restrictive for as long as needed."

Tessaline's currency, the crown, rose 0.4% against the euro after the decision, erasing earlier losses. The yield on two-year government bonds climbed six basis points to 5.92%.

Economists at Varrow Bank wrote in a note to clients that the tone of the press conference was "noticeably softer than the statement" and moved their forecast for the first cut to February from April.

"The governor is preparing the ground," said Ondrej Falkenrath-Mensah, chief economist at Kelmscott Securities in Port Caddow. "She will not say February, but everything she said today points there."

Inflation is likely to drop below 4% by March, according to Priyanka Osei-Halvorsen, an economist at Northgate Capital Economics in London. She expects the bank to cut three times next year, taking the rate to 5.75% by December.

Asked whether the government's plan to raise public-sector pay by 9% next year complicated the bank's task, Marchetti-Okonkwo said the council would "take the budget as it comes" and that fiscal policy was "not ours to grade."

She also said the bank had no target for the exchange rate. Its purchases of crowns in October, she said, were aimed only at "smoothing moves that had nothing to do with fundamentals."

Finance Minister Radovan Esterhazy-Quist, who attends council meetings without a vote, has pressed the bank for months to begin easing. He said last week that high borrowing costs were holding back investment in the country's shipyards and its new offshore wind ports.

The Tessaline Federation of Exporters said the decision would "cost jobs in every port town" and called for a cut of at least half a point in February. Its president, Halina Drozdowa-Baptiste, told Halberd by phone that orders from the euro area had fallen for five months.

"Our members cannot wait for the perfect set of numbers," she said.

The council's vote was unanimous for the first time since June, the bank said. It also raised its forecast for economic growth next year to 1.8% from 1.5%, citing a rebound in tourism and stronger household spending.

Marchetti-Okonkwo, a former deputy finance minister who took office in 2029, has overseen a cumulative 350 basis points of tightening. Price growth peaked at 11.2% in early 2031.

The next rate decision is due on Feb. 12.

--With assistance from Teodor Vasquez-Lindgren.
''',
    s(GOV_T, 'Governor', 'Room to Ease Later', 'Sees', role=R_GOV_T),
    s(GOV_T, 'the governor', 'inflation had not yet cooled enough to justify a cut', 'said', role=R_GOV_T),
    s(GOV_T, 'Governor', 'council is "close" but wants two more months of data', 'says', 'mixed', role=R_GOV_T),
    s(GOV_T, 'Governor Ysolde Marchetti-Okonkwo', '"We are close, but close is not the same as there,"', 'told', 'direct', role=R_GOV_T),
    s(GOV_T, '', '"The council wants to see two more months of services prices before it moves."', '', 'direct', role=R_GOV_T),
    s('Bank of Tessaline', 'The bank', 'underlying inflation slowed to 4.1% in November from 4.6% a month earlier, but that wage growth "remains inconsistent with the target."', 'said', 'mixed'),
    s('Bank of Tessaline', 'It', 'its guidance that rates would stay "restrictive for as long as needed."', 'repeated', 'mixed'),
    s('The remaining five', 'The remaining five', 'a quarter-point reduction', 'had forecast'),
    s('Economists at Varrow Bank', 'Economists at Varrow Bank', 'the tone of the press conference was "noticeably softer than the statement"', 'wrote', 'mixed'),
    s('Ondrej Falkenrath-Mensah', 'Ondrej Falkenrath-Mensah, chief economist at Kelmscott Securities in Port Caddow', '"The governor is preparing the ground,"', 'said', 'direct', role='chief economist'),
    s('Ondrej Falkenrath-Mensah', '', '"She will not say February, but everything she said today points there."', '', 'direct', role='chief economist'),
    s('Priyanka Osei-Halvorsen', 'Priyanka Osei-Halvorsen, an economist at Northgate Capital Economics in London', 'Inflation is likely to drop below 4% by March', 'according to', role='economist'),
    s('Priyanka Osei-Halvorsen', 'She', 'the bank to cut three times next year, taking the rate to 5.75% by December', 'expects', role='economist'),
    s(GOV_T, 'Marchetti-Okonkwo', 'the council would "take the budget as it comes" and that fiscal policy was "not ours to grade."', 'said', 'mixed', role=R_GOV_T),
    s(GOV_T, 'She', 'the bank had no target for the exchange rate', 'said', role=R_GOV_T),
    s(GOV_T, 'she', ['Its purchases of crowns in October,', 'were aimed only at "smoothing moves that had nothing to do with fundamentals."'], 'said', 'mixed', role=R_GOV_T),
    s(FIN_T, 'Finance Minister Radovan Esterhazy-Quist', 'the bank for months to begin easing', 'has pressed', role='Finance Minister'),
    s(FIN_T, 'He', "high borrowing costs were holding back investment in the country's shipyards and its new offshore wind ports", 'said', role='Finance Minister'),
    s('Tessaline Federation of Exporters', 'The Tessaline Federation of Exporters', 'the decision would "cost jobs in every port town"', 'said', 'mixed'),
    s('Tessaline Federation of Exporters', 'The Tessaline Federation of Exporters', 'a cut of at least half a point in February', 'called for'),
    s('Halina Drozdowa-Baptiste', 'Its president, Halina Drozdowa-Baptiste', 'orders from the euro area had fallen for five months', 'told', role='president'),
    s('Halina Drozdowa-Baptiste', 'she', '"Our members cannot wait for the perfect set of numbers,"', 'said', 'direct', role='president'),
    s('Bank of Tessaline', 'the bank', "The council's vote was unanimous for the first time since June", 'said'),
    s('Bank of Tessaline', 'It', 'a rebound in tourism and stronger household spending', 'citing'),
)

SHERIFF = 'Dwayne Hollister-Ankrah'
CHIEF_F = 'Marisol Etxeberria-Vance'

doc('ae02-wire-wildfire-evacuation-corliss-county', 'The Associated Press', '2032-08-14', '''
Wildfire forces 9,000 from homes in Corliss County; 2 dead, dozens of houses lost

PELLSTON FALLS, Ore. (AP) - A wind-driven wildfire tore through dry timber and ranch land in southern Oregon's Corliss County overnight, killing two people, destroying at least 46 homes and forcing about 9,000 residents to flee in the dark, officials said Thursday.

The Sawtooth Creek fire had burned about 31 square miles (80 square kilometers) by Thursday afternoon and was 5% contained, according to the Oregon Department of Forestry. Gusts of up to 45 mph (72 kph) pushed the flames across a state highway shortly after midnight.

Corliss County Sheriff Dwayne Hollister-Ankrah said deputies found the bodies of a man and a woman inside a burned vehicle on a private road east of Pellston Falls. Their names were not released. "It looks like they were trying to get out and the fire got to the road first," the sheriff said at a briefing at the county fairgrounds.

He said deputies went door to door through two subdivisions after cellphone alerts failed to reach some residents. "We knocked on every door we could reach. Some people didn't answer, and we couldn't wait," Hollister-Ankrah said.

Incident commander Marisol Etxeberria-Vance told reporters that crews were concentrating on protecting the town of Pellston Falls, population 4,300, where the fire was about 2 miles from the nearest homes. "If the wind does what the forecast says it will do tonight, we're going to have a very long night," she said.

She said about 620 firefighters were on the line, with more arriving from Washington and Idaho, but that air tankers had been grounded for several hours Thursday morning because of thick smoke.

Gov. Lorna Whitcombe-Adeyemi declared a state of emergency for the county, freeing state money and National Guard help. "Oregonians, please listen to the evacuation orders," she wrote on social media. "Your house can be rebuilt. You can't."

At the fairgrounds, where the Red Cross opened a shelter with 300 cots, evacuees described a frantic escape.

Benny Szczepanski-Ruiz, 71, said he woke at 1 a.m. to a neighbor pounding on his trailer door. He left with his dog, his medications and a coffee can of family photos. "I looked in the mirror and the whole ridge was orange," he said. "I don't know if I have a home."

Caitlin Moorfield said she and her two children drove out through smoke so thick she had to follow the taillights of the car in front of her. "I couldn't see the road. I just saw red lights and I followed them," she said.

Some residents said the alerts came too late. A rancher who gave only his first name, Walt, said his phone buzzed with an evacuation order about 40 minutes after he saw flames from his porch.

Corliss County Emergency Management Director Renata Quillfeather acknowledged that the alert system had "gaps in the canyons" and said the county would review what went wrong once the fire was out.

The cause of the fire is under investigation. A spokesperson for Cascadia Pacific Power said the company was aware of reports that the fire began near one of its lines and was cooperating with investigators. The utility did not say whether it had shut off power in the area ahead of the winds.

Meteorologists with the National Weather Service said a red flag warning would remain in effect through Friday evening, with humidity as low as 8%.

The Sawtooth Creek fire is the largest in Oregon so far this year. State forestry officials have warned that an early snowmelt and a dry summer left forests across the southern half of the state primed to burn.

Associated Press writer Jonah Pettigrew-Lund in Portland contributed to this report.
''',
    s('officials', 'officials', 'A wind-driven wildfire tore through dry timber and ranch land in southern Oregon\'s Corliss County overnight, killing two people, destroying at least 46 homes and forcing about 9,000 residents to flee in the dark', 'said'),
    s('Oregon Department of Forestry', 'the Oregon Department of Forestry', 'The Sawtooth Creek fire had burned about 31 square miles (80 square kilometers) by Thursday afternoon and was 5% contained', 'according to'),
    s(SHERIFF, 'Corliss County Sheriff Dwayne Hollister-Ankrah', 'deputies found the bodies of a man and a woman inside a burned vehicle on a private road east of Pellston Falls', 'said', role='Corliss County Sheriff'),
    s(SHERIFF, 'the sheriff', '"It looks like they were trying to get out and the fire got to the road first,"', 'said', 'direct', role='Corliss County Sheriff'),
    s(SHERIFF, 'He', 'deputies went door to door through two subdivisions after cellphone alerts failed to reach some residents', 'said', role='Corliss County Sheriff'),
    s(SHERIFF, 'Hollister-Ankrah', '"We knocked on every door we could reach. Some people didn\'t answer, and we couldn\'t wait,"', 'said', 'direct', role='Corliss County Sheriff'),
    s(CHIEF_F, 'Incident commander Marisol Etxeberria-Vance', 'crews were concentrating on protecting the town of Pellston Falls, population 4,300, where the fire was about 2 miles from the nearest homes', 'told', role='Incident commander'),
    s(CHIEF_F, 'she', '"If the wind does what the forecast says it will do tonight, we\'re going to have a very long night,"', 'said', 'direct', role='Incident commander'),
    s(CHIEF_F, 'She', 'about 620 firefighters were on the line, with more arriving from Washington and Idaho, but that air tankers had been grounded for several hours Thursday morning because of thick smoke', 'said', role='Incident commander'),
    s('Lorna Whitcombe-Adeyemi', 'she', '"Oregonians, please listen to the evacuation orders,"', 'wrote', 'direct', role='Gov.'),
    s('Lorna Whitcombe-Adeyemi', '', '"Your house can be rebuilt. You can\'t."', '', 'direct', role='Gov.'),
    s('evacuees', 'evacuees', 'a frantic escape', 'described'),
    s('Benny Szczepanski-Ruiz', 'Benny Szczepanski-Ruiz, 71,', 'he woke at 1 a.m. to a neighbor pounding on his trailer door', 'said'),
    s('Benny Szczepanski-Ruiz', 'he', '"I looked in the mirror and the whole ridge was orange,"', 'said', 'direct'),
    s('Benny Szczepanski-Ruiz', '', '"I don\'t know if I have a home."', '', 'direct'),
    s('Caitlin Moorfield', 'Caitlin Moorfield', 'she and her two children drove out through smoke so thick she had to follow the taillights of the car in front of her', 'said'),
    s('Caitlin Moorfield', 'she', '"I couldn\'t see the road. I just saw red lights and I followed them,"', 'said', 'direct'),
    s('Some residents', 'Some residents', 'the alerts came too late', 'said'),
    s('Walt', 'A rancher who gave only his first name, Walt,', 'his phone buzzed with an evacuation order about 40 minutes after he saw flames from his porch', 'said', role='rancher'),
    s('Renata Quillfeather', 'Corliss County Emergency Management Director Renata Quillfeather', 'the alert system had "gaps in the canyons"', 'acknowledged', 'mixed', role='Corliss County Emergency Management Director'),
    s('Renata Quillfeather', 'Corliss County Emergency Management Director Renata Quillfeather', 'the county would review what went wrong once the fire was out', 'said', role='Corliss County Emergency Management Director'),
    s('Cascadia Pacific Power', 'A spokesperson for Cascadia Pacific Power', 'the company was aware of reports that the fire began near one of its lines and was cooperating with investigators', 'said'),
    s('Meteorologists with the National Weather Service', 'Meteorologists with the National Weather Service', 'a red flag warning would remain in effect through Friday evening, with humidity as low as 8%', 'said'),
    s('State forestry officials', 'State forestry officials', 'an early snowmelt and a dry summer left forests across the southern half of the state primed to burn', 'have warned'),
)

VICE_M = 'Tian Ruolan'
R_VICE_M = 'Vice Minister of Commerce'

doc('ae03-wire-qiandu-import-expo-vice-minister', 'Xinhua', '2032-10-21', '''
Qiandu expo to bring more quality goods to domestic consumers -- vice minister

QIANDU, Oct. 21 (Xinhua) -- The 6th Qiandu International Import Expo opened here on Thursday, with more than 3,400 companies from 96 countries and regions showcasing food, medical devices, industrial robots and green technology over an exhibition area of 360,000 square meters.

Addressing the opening ceremony, Vice Minister of Commerce Tian Ruolan said the expo had become "a shared stage where the world sells and Sunmara buys," and that the country would keep lowering tariffs on consumer goods and expand access to its services market.

Tian said imports of consumer goods rose 7.3 percent year on year in the first three quarters, and that rural households were becoming an important new source of demand for foreign brands.

"A bigger Sunmaran market is an opportunity for all," she said. "We welcome companies from every continent to put down roots here."

According to the expo's organizing committee, deals worth 68 billion yuan (about 9.4 billion U.S. dollars) were signed at last year's event, and the number of first-time exhibitors this year reached a record 740.

This year's guest country of honor, the Republic of Ostravia, brought 120 companies to a dedicated pavilion. Ostravian Minister of Trade Petr Hradecky-Mwangi told Xinhua that his country hoped to double its exports of dairy products and wine to Sunmara within three years.

"For our farmers, this fair is the shortest road to hundreds of millions of customers," Hradecky-Mwangi said.

At a booth showing rehabilitation robots, Anneliese Brauchitsch, Asia-Pacific director of a Bavarian-founded medical technology firm, said the company had signed agreements with 14 hospitals in Qiandu province since its first appearance at the expo three years ago.

"We came as visitors and now we have a factory here," she said.

Exhibitors from least developed countries were offered free booths and reduced logistics fees, the organizers said. Coffee growers from Kalembe in East Africa filled a hall with the smell of fresh roasting.

Mutua Kiprono-Seal, who heads a cooperative of 2,000 smallholder farmers, said the group sold its entire stock of 18 tonnes to Sunmaran buyers on the first morning. "Last year, we were not known here. This year, buyers come looking for us," he said.

Experts said the expo reflected the country's effort to boost domestic consumption amid sluggish global demand.

Liang Weishan, a researcher at the Academy of International Trade and Economic Cooperation, said the focus on imports sent "a clear signal of openness" at a time when some economies were raising trade barriers. He noted that Sunmara had cut its average tariff rate to 6.9 percent over the past five years.

A survey released by the committee showed that 87 percent of exhibitors planned to return next year, up from 81 percent at the previous expo.

The expo runs until Oct. 26. For the first time, the final two days will be open to the public, with tickets sold out within hours of going on sale, the committee said.

In a related development, the Ministry of Commerce announced on Thursday that it would set up 20 more bonded zones for cross-border e-commerce next year to make imported goods cheaper and faster to deliver.
''',
    s(VICE_M, 'vice minister', 'Qiandu expo to bring more quality goods to domestic consumers', '', role=R_VICE_M),
    s(VICE_M, 'Vice Minister of Commerce Tian Ruolan', 'the expo had become "a shared stage where the world sells and Sunmara buys," and that the country would keep lowering tariffs on consumer goods and expand access to its services market', 'said', 'mixed', role=R_VICE_M),
    s(VICE_M, 'Tian', 'imports of consumer goods rose 7.3 percent year on year in the first three quarters, and that rural households were becoming an important new source of demand for foreign brands', 'said', role=R_VICE_M),
    s(VICE_M, 'she', '"A bigger Sunmaran market is an opportunity for all,"', 'said', 'direct', role=R_VICE_M),
    s(VICE_M, '', '"We welcome companies from every continent to put down roots here."', '', 'direct', role=R_VICE_M),
    s("expo's organizing committee", "the expo's organizing committee", "deals worth 68 billion yuan (about 9.4 billion U.S. dollars) were signed at last year's event, and the number of first-time exhibitors this year reached a record 740", 'According to'),
    s('Petr Hradecky-Mwangi', 'Ostravian Minister of Trade Petr Hradecky-Mwangi', 'his country hoped to double its exports of dairy products and wine to Sunmara within three years', 'told', role='Ostravian Minister of Trade'),
    s('Petr Hradecky-Mwangi', 'Hradecky-Mwangi', '"For our farmers, this fair is the shortest road to hundreds of millions of customers,"', 'said', 'direct', role='Ostravian Minister of Trade'),
    s('Anneliese Brauchitsch', 'Anneliese Brauchitsch, Asia-Pacific director of a Bavarian-founded medical technology firm', 'the company had signed agreements with 14 hospitals in Qiandu province since its first appearance at the expo three years ago', 'said', role='Asia-Pacific director'),
    s('Anneliese Brauchitsch', 'she', '"We came as visitors and now we have a factory here,"', 'said', 'direct', role='Asia-Pacific director'),
    s("expo's organizing committee", 'the organizers', 'Exhibitors from least developed countries were offered free booths and reduced logistics fees', 'said'),
    s('Mutua Kiprono-Seal', 'Mutua Kiprono-Seal, who heads a cooperative of 2,000 smallholder farmers', 'the group sold its entire stock of 18 tonnes to Sunmaran buyers on the first morning', 'said'),
    s('Mutua Kiprono-Seal', 'he', '"Last year, we were not known here. This year, buyers come looking for us,"', 'said', 'direct'),
    s('Experts', 'Experts', "the expo reflected the country's effort to boost domestic consumption amid sluggish global demand", 'said'),
    s('Liang Weishan', 'Liang Weishan, a researcher at the Academy of International Trade and Economic Cooperation', 'the focus on imports sent "a clear signal of openness" at a time when some economies were raising trade barriers', 'said', 'mixed', role='researcher'),
    s('Liang Weishan', 'He', 'Sunmara had cut its average tariff rate to 6.9 percent over the past five years', 'noted', role='researcher'),
    s('A survey released by the committee', 'A survey released by the committee', '87 percent of exhibitors planned to return next year, up from 81 percent at the previous expo', 'showed'),
    s("expo's organizing committee", 'the committee', 'For the first time, the final two days will be open to the public, with tickets sold out within hours of going on sale', 'said'),
    s('Ministry of Commerce', 'the Ministry of Commerce', 'it would set up 20 more bonded zones for cross-border e-commerce next year to make imported goods cheaper and faster to deliver', 'announced'),
)

DEF_E = 'Kasimir Lindqvist-Obuya'
JUDGE_E = 'Fenna Dubrowski-Achebe'
LAWYER_E = 'Matthieu Corvasier'

doc('ae04-wire-court-velmora-extradition-shipping-magnate', 'Calloway Wire', '2032-05-27', '''
Velmora court clears extradition of shipping magnate to Ardessa in fraud case

By Ilona Varga-Pemberton

HALDEN-ON-VEL, Velmora, May 27 (Calloway) - A court in Velmora on Thursday approved the extradition of shipping magnate Kasimir Lindqvist-Obuya to Ardessa, where prosecutors accuse him of defrauding banks of more than 400 million euros through false cargo insurance claims.

Judge Fenna Dubrowski-Achebe of the Halden District Court ruled that the Ardessan request met every condition of the two countries' 2019 extradition treaty and that there was "no credible evidence" that Lindqvist-Obuya would face an unfair trial or inhumane conditions in detention.

Lindqvist-Obuya, 58, who was arrested at Halden airport in January on an international warrant, sat still in the glass dock as the ruling was read and did not react. He has denied all the charges.

His lawyer, Matthieu Corvasier, told reporters outside the courthouse that the defence would appeal to the Supreme Court within the 14 days allowed. "This ruling ignores everything we showed about the state of Ardessan prisons," he said. "We are confident the higher court will read the file more carefully."

During the hearings in April, the defence had argued that the case against Lindqvist-Obuya was politically motivated because he had financed an opposition newspaper in Ardessa. The judge rejected that argument, writing that the charges concerned "commercial conduct documented by banks in four countries."

Ardessa's Justice Ministry welcomed the decision. "Nobody is above the law, however many ships he owns," ministry spokeswoman Daria Kovalczyk-Nwosu said in a statement.

Ardessan prosecutors say Lindqvist-Obuya's companies filed claims for 31 cargoes between 2026 and 2029 that were never loaded, or were loaded and sold elsewhere, and used the payouts to cover losses at a container terminal. Four of his former managers have been charged in Ardessa; two of them, who pleaded guilty last year, are expected to testify against him.

Velmora's Ministry of Justice has the final say on any extradition once the courts have ruled. A ministry spokesman said the minister would "examine the file only after the appeal process is complete," declining to say how long that might take.

Lindqvist-Obuya holds Velmoran residency but not citizenship, which would have barred his extradition under the country's constitution. His wife, Signe Lindqvist, who attended the hearing, told Calloway that her husband had lived in Velmora for 20 years and "built his whole life here."

"He came to this country because it respects the law. Now the law is being used against him," she said.

The case has strained relations between the two countries, which share a maritime border and a busy ferry route. Ardessan Foreign Minister Oskar Belmonte-Yeboah in February accused Velmoran authorities of "sheltering fugitives for the sake of their money," a remark Velmora's government called unacceptable.

Legal experts said the appeal could delay any transfer by at least six months.

"The Supreme Court rarely overturns a district court on the facts. The defence's best hope is a point of law on the prison conditions," said Henrike Assmann-Boateng, a professor of international criminal law at the University of Halden.

Lindqvist-Obuya remains under house arrest at his villa outside the capital, wearing an electronic tag. His bail of 5 million euros, one of the largest ever set in Velmora, was paid by a family trust, according to court documents.

(Reporting by Ilona Varga-Pemberton; Additional reporting by Stefan Oyelowo-Kranz in Ardessa; Editing by Marguerite Dolan)
''',
    s('Ardessan prosecutors', 'prosecutors', 'him of defrauding banks of more than 400 million euros through false cargo insurance claims', 'accuse'),
    s(JUDGE_E, 'Judge Fenna Dubrowski-Achebe of the Halden District Court', 'the Ardessan request met every condition of the two countries\' 2019 extradition treaty and that there was "no credible evidence" that Lindqvist-Obuya would face an unfair trial or inhumane conditions in detention', 'ruled', 'mixed', role='Judge'),
    s(DEF_E, 'He', 'all the charges', 'has denied'),
    s(LAWYER_E, 'His lawyer, Matthieu Corvasier', 'the defence would appeal to the Supreme Court within the 14 days allowed', 'told', role='lawyer'),
    s(LAWYER_E, 'he', '"This ruling ignores everything we showed about the state of Ardessan prisons,"', 'said', 'direct', role='lawyer'),
    s(LAWYER_E, '', '"We are confident the higher court will read the file more carefully."', '', 'direct', role='lawyer'),
    s('the defence', 'the defence', 'the case against Lindqvist-Obuya was politically motivated because he had financed an opposition newspaper in Ardessa', 'had argued'),
    s(JUDGE_E, 'The judge', 'the charges concerned "commercial conduct documented by banks in four countries."', 'writing', 'mixed', role='Judge'),
    s("Ardessa's Justice Ministry", "Ardessa's Justice Ministry", 'the decision', 'welcomed'),
    s('Daria Kovalczyk-Nwosu', 'ministry spokeswoman Daria Kovalczyk-Nwosu', '"Nobody is above the law, however many ships he owns,"', 'said', 'direct', role='ministry spokeswoman'),
    s('Ardessan prosecutors', 'Ardessan prosecutors', "Lindqvist-Obuya's companies filed claims for 31 cargoes between 2026 and 2029 that were never loaded, or were loaded and sold elsewhere, and used the payouts to cover losses at a container terminal", 'say'),
    s("Velmora's Ministry of Justice", 'A ministry spokesman', 'the minister would "examine the file only after the appeal process is complete,"', 'said', 'mixed'),
    s('Signe Lindqvist', 'His wife, Signe Lindqvist, who attended the hearing,', 'her husband had lived in Velmora for 20 years and "built his whole life here."', 'told', 'mixed', role='wife'),
    s('Signe Lindqvist', 'she', '"He came to this country because it respects the law. Now the law is being used against him,"', 'said', 'direct', role='wife'),
    s('Oskar Belmonte-Yeboah', 'Ardessan Foreign Minister Oskar Belmonte-Yeboah', 'Velmoran authorities of "sheltering fugitives for the sake of their money,"', 'accused', 'mixed', role='Ardessan Foreign Minister'),
    s("Velmora's government", "Velmora's government", 'unacceptable', 'called'),
    s('Legal experts', 'Legal experts', 'the appeal could delay any transfer by at least six months', 'said'),
    s('Henrike Assmann-Boateng', 'Henrike Assmann-Boateng, a professor of international criminal law at the University of Halden', '"The Supreme Court rarely overturns a district court on the facts. The defence\'s best hope is a point of law on the prison conditions,"', 'said', 'direct', role='professor of international criminal law'),
    s('court documents', 'court documents', 'His bail of 5 million euros, one of the largest ever set in Velmora, was paid by a family trust', 'according to'),
)

doc('ae05-wire-defense-karvath-drone-interceptor-test', 'UPI', '2032-03-04', '''
Karvath says it tested new drone interceptor; Drenmark disputes its account

March 4 (UPI) -- Karvath's Ministry of Defense said Wednesday that it had successfully tested a domestically built interceptor designed to shoot down long-range attack drones, a claim that officials in neighboring Drenmark quickly questioned.

In a statement posted on its website, the ministry said the interceptor, called the Sokolitsa-3, destroyed two target drones over the Harrow Bay test range at altitudes of about 13,000 feet and that "all objectives of the trial were met in full." The statement included a 40-second video showing a launch from a truck-mounted system and two distant flashes.

Deputy Defense Minister Aurel Vintilescu-Mbeki told the state broadcaster KTV that the system would enter service with air defense units "before the end of the year" and that Karvath planned to offer it for export.

"We no longer need to buy this protection abroad. We make it ourselves, and we make it cheaper," Vintilescu-Mbeki said.

Two Drenmark defense officials, speaking on condition of anonymity because they were not authorized to discuss intelligence matters, told UPI that their country's radar had tracked only one target over the range and that it appeared to have fallen into the sea before any interceptor reached it.

One of the officials said the video released by Karvath appeared to combine footage from at least two different days, pointing to differences in cloud cover between the launch and the flashes.

Karvath's ministry rejected that account late Wednesday. "The test was observed by our own specialists from start to finish. We do not need foreign radars to tell us what happened over our own waters," ministry spokesman Col. Teodor Mavrakis-Lund said in a second statement.

Drenmark's Defense Ministry declined to comment on the record.

The test comes three months after a swarm of unidentified drones forced the closure of Karvath's main airport for nine hours. Karvath's government blamed the incident on "hostile actors" without naming a country. Drenmark has denied any involvement.

Analysts said the claims should be treated with caution until independent data were available.

Yasmin Okonjo-Fairbairn, a senior fellow for air defense at the Harwell Institute for Strategic Studies in London, said short videos of distant flashes "tell you that something exploded, not what hit what."

"If the interceptor works as described, it would be a real step for a country of Karvath's size," she said. "But a first test is a first test. The second and the tenth matter more."

A U.S. official, who asked not to be identified, said Washington was aware of the reports and was "reviewing the available information." The official did not elaborate.

Karvath has raised military spending by nearly 60% over the past three years, to about 2.8% of economic output, and has signed contracts for two new air defense battalions. Parliament's defense committee chairman, Ilie Stanescu-Owusu, said in January that the country would need "at least four more" to cover its eastern border.

According to figures compiled by the Harwell Institute, Karvath has reported 11 missile and drone interceptor tests since 2029, and independent observers were invited to only two of them.

The ministry said a second round of trials, against faster targets, would take place in May.
''',
    s('Karvath', 'Karvath', 'it tested new drone interceptor', 'says'),
    s('Drenmark', 'Drenmark', 'its account', 'disputes'),
    s("Karvath's Ministry of Defense", "Karvath's Ministry of Defense", 'it had successfully tested a domestically built interceptor designed to shoot down long-range attack drones', 'said'),
    s('officials in neighboring Drenmark', 'officials in neighboring Drenmark', 'a claim', 'questioned'),
    s("Karvath's Ministry of Defense", 'the ministry', 'the interceptor, called the Sokolitsa-3, destroyed two target drones over the Harrow Bay test range at altitudes of about 13,000 feet and that "all objectives of the trial were met in full."', 'said', 'mixed'),
    s('Aurel Vintilescu-Mbeki', 'Deputy Defense Minister Aurel Vintilescu-Mbeki', 'the system would enter service with air defense units "before the end of the year" and that Karvath planned to offer it for export', 'told', 'mixed', role='Deputy Defense Minister'),
    s('Aurel Vintilescu-Mbeki', 'Vintilescu-Mbeki', '"We no longer need to buy this protection abroad. We make it ourselves, and we make it cheaper,"', 'said', 'direct', role='Deputy Defense Minister'),
    s('Two Drenmark defense officials', 'Two Drenmark defense officials, speaking on condition of anonymity because they were not authorized to discuss intelligence matters,', "their country's radar had tracked only one target over the range and that it appeared to have fallen into the sea before any interceptor reached it", 'told'),
    s('One of the officials', 'One of the officials', 'the video released by Karvath appeared to combine footage from at least two different days, pointing to differences in cloud cover between the launch and the flashes', 'said'),
    s("Karvath's Ministry of Defense", "Karvath's ministry", 'that account', 'rejected'),
    s('Teodor Mavrakis-Lund', 'ministry spokesman Col. Teodor Mavrakis-Lund', '"The test was observed by our own specialists from start to finish. We do not need foreign radars to tell us what happened over our own waters,"', 'said', 'direct', role='ministry spokesman'),
    s("Karvath's government", "Karvath's government", 'the incident on "hostile actors"', 'blamed', 'mixed'),
    s('Drenmark', 'Drenmark', 'any involvement', 'has denied'),
    s('Analysts', 'Analysts', 'the claims should be treated with caution until independent data were available', 'said'),
    s('Yasmin Okonjo-Fairbairn', 'Yasmin Okonjo-Fairbairn, a senior fellow for air defense at the Harwell Institute for Strategic Studies in London', 'short videos of distant flashes "tell you that something exploded, not what hit what."', 'said', 'mixed', role='senior fellow for air defense'),
    s('Yasmin Okonjo-Fairbairn', 'she', '"If the interceptor works as described, it would be a real step for a country of Karvath\'s size,"', 'said', 'direct', role='senior fellow for air defense'),
    s('Yasmin Okonjo-Fairbairn', '', '"But a first test is a first test. The second and the tenth matter more."', '', 'direct', role='senior fellow for air defense'),
    s('A U.S. official', 'A U.S. official, who asked not to be identified,', 'Washington was aware of the reports and was "reviewing the available information."', 'said', 'mixed'),
    s('Ilie Stanescu-Owusu', "Parliament's defense committee chairman, Ilie Stanescu-Owusu", 'the country would need "at least four more" to cover its eastern border', 'said', 'mixed', role='defense committee chairman'),
    s('Harwell Institute for Strategic Studies', 'figures compiled by the Harwell Institute', 'Karvath has reported 11 missile and drone interceptor tests since 2029, and independent observers were invited to only two of them', 'According to'),
    s("Karvath's Ministry of Defense", 'The ministry', 'a second round of trials, against faster targets, would take place in May', 'said'),
)
