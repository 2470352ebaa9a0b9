"""Set T's five North American newspaper articles (see build_t.py)."""
from invented_common import doc_spans as doc, s

doc('t12-paper-court-pharmacist-sentencing', 'The Brackenmoor Ledger', '2027-06-23', '''
Pharmacist gets 6 years for diverting opioids from rural clinics

Judge calls scheme 'a betrayal'; defense says client was 'drowning' in debt

By Imelda Castellvero-Reyevarro
Ledger Staff Writer

A former pharmacist who diverted more than 90,000 oxycodone pills from three rural clinics he supplied was sentenced Tuesday to six years in federal prison, ending a case that prosecutors said fed a wave of overdoses in Wrenshaw County.

Desmar Oakvennor-Ferrouze, 51, of Gilling Falls, pleaded guilty in February to one count of conspiracy to distribute controlled substances. He had faced up to 20 years.

U.S. District Judge Wilhemette Strathmore-Kone told Oakvennor-Ferrouze that he had used the trust of small-town patients "as a cover for a business."

"You were the person those clinics relied on to keep dangerous drugs out of the wrong hands," the judge said. "What you did was a betrayal of every one of them."

Assistant U.S. Attorney Calebrand Nakavori-Winslow argued that the pills, sold through two middlemen in Brackenmoor, had reached "hundreds, likely thousands" of buyers between 2022 and 2025. He asked for eight years.

Oakvennor-Ferrouze's attorney, Renzia Guillory-Obuvenge, said her client had taken on nearly $700,000 in debt to keep his pharmacy open after a chain store opened across the street.

"He was drowning, and he made a terrible choice," Guillory-Obuvenge told the court. "He is not the kingpin the government describes."

She asked for a sentence of three years, pointing to his cooperation with investigators and to letters of support from 41 former customers.

Oakvennor-Ferrouze, his voice breaking, apologized to the families in the courtroom. "I think about the people who got those pills every day," he said. "I cannot undo it."

Among those in the gallery was Tansy Rowcliffe-Adravel, whose 24-year-old son, Jory, died of an overdose in 2024. Investigators have not linked his death to the diverted pills, but Rowcliffe-Adravel said she believed the connection was "obvious to anyone who lives here."

"Six years is not enough," she said outside the courthouse. "My son got a life sentence."

The scheme came to light in 2025 when an auditor for one of the clinics noticed that orders had nearly tripled in two years, according to court records. The auditor, who testified before a grand jury, has not been publicly identified.

The two middlemen, Curtland Aldaviro-Prycefold and Lonnie Vebber-Oseyvan, have pleaded guilty and are to be sentenced in August. Aldaviro-Prycefold’s lawyer, Bartolomy Iwuzor-Kesslenz, said his client had been “a courier, not a partner” and would ask for probation.

The Wrenshaw County Health Department said overdose deaths in the county fell by a third last year, the first drop in a decade. Its director, Dr. Faustina Ellisande-Quistmoor, said the case had been "a wake-up call" for clinics that had relied on a single supplier.

Strathmore-Kone ordered Oakvennor-Ferrouze to report to prison by Aug. 15. His attorney said he would not appeal.
''',
    s('Wilhemette Strathmore-Kone', 'Judge', "'a betrayal'", 'calls', 'direct', role='U.S. District Judge'),
    s('Renzia Guillory-Obuvenge', 'defense', "client was 'drowning' in debt", 'says', 'mixed', role="Oakvennor-Ferrouze's attorney"),
    s('prosecutors', 'prosecutors', 'fed a wave of overdoses in Wrenshaw County', 'said'),
    s('Desmar Oakvennor-Ferrouze', 'Desmar Oakvennor-Ferrouze, 51, of Gilling Falls', 'guilty in February to one count of conspiracy to distribute controlled substances', 'pleaded'),
    s('Wilhemette Strathmore-Kone', 'U.S. District Judge Wilhemette Strathmore-Kone', 'he had used the trust of small-town patients "as a cover for a business."', 'told', 'mixed', role='U.S. District Judge'),
    s('Wilhemette Strathmore-Kone', 'the judge', '"You were the person|wrong hands,"', 'said', 'direct', role='U.S. District Judge'),
    s('Wilhemette Strathmore-Kone', '', '"What you did was a betrayal of every one of them."', '', 'direct', role='U.S. District Judge'),
    s('Calebrand Nakavori-Winslow', 'Assistant U.S. Attorney Calebrand Nakavori-Winslow', 'the pills, sold through two middlemen in Brackenmoor, had reached "hundreds, likely thousands" of buyers between 2022 and 2025', 'argued', 'mixed', role='Assistant U.S. Attorney'),
    s('Calebrand Nakavori-Winslow', 'He', 'eight years', 'asked for', role='Assistant U.S. Attorney'),
    s('Renzia Guillory-Obuvenge', "Oakvennor-Ferrouze's attorney, Renzia Guillory-Obuvenge", 'her client had taken on nearly $700,000 in debt to keep his pharmacy open after a chain store opened across the street', 'said', role="Oakvennor-Ferrouze's attorney"),
    s('Renzia Guillory-Obuvenge', 'Guillory-Obuvenge', '"He was drowning, and he made a terrible choice,"', 'told', 'direct', role="Oakvennor-Ferrouze's attorney"),
    s('Renzia Guillory-Obuvenge', '', '"He is not the kingpin the government describes."', '', 'direct', role="Oakvennor-Ferrouze's attorney"),
    s('Renzia Guillory-Obuvenge', 'She', 'a sentence of three years, pointing to his cooperation with investigators and to letters of support from 41 former customers', 'asked for', role="Oakvennor-Ferrouze's attorney"),
    s('Desmar Oakvennor-Ferrouze', 'he', '"I think about the people who got those pills every day,"', 'said', 'direct'),
    s('Desmar Oakvennor-Ferrouze', '', '"I cannot undo it."', '', 'direct'),
    s('Tansy Rowcliffe-Adravel', 'Rowcliffe-Adravel', 'she believed the connection was "obvious to anyone who lives here."', 'said', 'mixed'),
    s('Tansy Rowcliffe-Adravel', 'she', '"Six years is not enough,"', 'said', 'direct'),
    s('Tansy Rowcliffe-Adravel', '', '"My son got a life sentence."', '', 'direct'),
    s('court records', 'court records', 'The scheme came to light in 2025 when an auditor for one of the clinics noticed that orders had nearly tripled in two years', 'according to'),
    s('Curtland Aldaviro-Prycefold and Lonnie Vebber-Oseyvan', 'The two middlemen, Curtland Aldaviro-Prycefold and Lonnie Vebber-Oseyvan', ['guilty'], 'have pleaded', anchor='The two middlemen'),
    s('Bartolomy Iwuzor-Kesslenz', 'Aldaviro-Prycefold’s lawyer, Bartolomy Iwuzor-Kesslenz', 'his client had been “a courier, not a partner” and would ask for probation', 'said', 'mixed', role='lawyer'),
    s('Wrenshaw County Health Department', 'The Wrenshaw County Health Department', 'overdose deaths in the county fell by a third last year, the first drop in a decade', 'said'),
    s('Faustina Ellisande-Quistmoor', 'Its director, Dr. Faustina Ellisande-Quistmoor', 'the case had been "a wake-up call" for clinics that had relied on a single supplier', 'said', 'mixed', role='director'),
    s('Renzia Guillory-Obuvenge', 'His attorney', 'he would not appeal', 'said', role="Oakvennor-Ferrouze's attorney"),
)

MAYOR = 'Mayor'

doc('t13-paper-cityhall-snow-contract', 'The Farrowdale Courier', '2027-01-19', '''
Council scraps snow-plow contract after storm fiasco

Mayor says city ‘let residents down’; contractor blames ‘impossible’ deadlines

By Ansgarius Drumvellan-Yebovarr
Courier City Hall Reporter

Farrowdale City Council voted 9-2 Monday night to cancel its $14 million snow-clearing contract with Northstar Grounds, two weeks after a storm left some neighborhoods unplowed for four days.

Mayor Beatrisse Hollandine-Nakashiro, who had defended the contract as recently as December, told council the city had “let residents down” and needed a new approach before the next big storm.

“I own that. We trusted a company that told us it was ready, and it was not,” she said. “That will not happen again.”

The city will hire plows and drivers directly for the rest of the winter at an estimated cost of $2.3 million, according to a staff report presented to council. Public works director Lucasz Ferrouze-Blackhollis said the city had already signed rental agreements for 18 trucks.

Northstar’s president, Garrion Oyinlola-Marsden, said in an interview that the city had changed the clearing deadlines in November without adding money. “They asked us to do in eight hours what the contract gave us twelve for,” he said. “It was impossible from day one.”

He said the company would seek damages for the cancellation.

Several councillors dismissed that claim. Councillor Prunella Strandberg-Amoah, who represents the east-side Ferncastle ward, where some streets were not cleared until the Thursday after the storm, called the company’s response “an insult to every senior who could not get to a pharmacy.”

“I had a 90-year-old constituent call me crying on day three,” Strandberg-Amoah said. “Nobody from that company ever called her back.”

Councillor Royce Obiakwe-Kettervane, one of the two votes against, warned that breaking the contract midseason could expose the city to a lawsuit it might lose. He urged colleagues to wait for the city solicitor’s opinion, which is due in February.

The solicitor’s office declined to comment on the possible legal exposure.

Residents who spoke during the public comment period were less divided. Margaux Ossai-Lindmoorhe, who lives on Quorrin Avenue, told council her husband, who uses a wheelchair, missed two dialysis appointments. “We were prisoners in our own house,” she said.

A survey of 1,200 households conducted by the city after the storm found that 61 percent rated the snow response as poor, the staff report said.

The mayor said she would bring a proposal for a permanent city-run plowing service to council in March. Council also asked staff to report on whether the city could recover any of the $3.1 million already paid to Northstar this season.
''',
    s('Beatrisse Hollandine-Nakashiro', 'Mayor', 'city ‘let residents down’', 'says', 'mixed', role=MAYOR),
    s('Garrion Oyinlola-Marsden', 'contractor', '‘impossible’ deadlines', 'blames', 'mixed', role='president'),
    s('Beatrisse Hollandine-Nakashiro', 'Mayor Beatrisse Hollandine-Nakashiro, who had defended the contract as recently as December', 'the city had “let residents down” and needed a new approach before the next big storm', 'told', 'mixed', role=MAYOR),
    s('Beatrisse Hollandine-Nakashiro', 'she', '“I own that.|not,”', 'said', 'direct', role=MAYOR),
    s('Beatrisse Hollandine-Nakashiro', '', '“That will not happen again.”', '', 'direct', role=MAYOR),
    s('staff report', 'a staff report presented to council', 'The city will hire plows and drivers directly for the rest of the winter at an estimated cost of $2.3 million', 'according to'),
    s('Lucasz Ferrouze-Blackhollis', 'Public works director Lucasz Ferrouze-Blackhollis', 'the city had already signed rental agreements for 18 trucks', 'said', role='Public works director'),
    s('Garrion Oyinlola-Marsden', 'Northstar’s president, Garrion Oyinlola-Marsden', 'the city had changed the clearing deadlines in November without adding money', 'said', role='president'),
    s('Garrion Oyinlola-Marsden', 'he', '“They asked us|twelve for,”', 'said', 'direct', role='president'),
    s('Garrion Oyinlola-Marsden', '', '“It was impossible from day one.”', '', 'direct', role='president'),
    s('Garrion Oyinlola-Marsden', 'He', 'the company would seek damages for the cancellation', 'said', role='president'),
    s('Several councillors', 'Several councillors', 'that claim', 'dismissed'),
    s('Prunella Strandberg-Amoah', 'Councillor Prunella Strandberg-Amoah', '“an insult to every senior who could not get to a pharmacy.”', 'called', 'direct', role='Councillor'),
    s('Prunella Strandberg-Amoah', 'Strandberg-Amoah', '“I had a 90-year-old constituent call me crying on day three,”', 'said', 'direct', role='Councillor'),
    s('Prunella Strandberg-Amoah', '', '“Nobody from that company ever called her back.”', '', 'direct', role='Councillor'),
    s('Royce Obiakwe-Kettervane', 'Councillor Royce Obiakwe-Kettervane, one of the two votes against', 'breaking the contract midseason could expose the city to a lawsuit it might lose', 'warned', role='Councillor'),
    s('Royce Obiakwe-Kettervane', 'He', 'colleagues to wait for the city solicitor’s opinion, which is due in February', 'urged', role='Councillor'),
    s('Margaux Ossai-Lindmoorhe', 'Margaux Ossai-Lindmoorhe, who lives on Quorrin Avenue', 'her husband, who uses a wheelchair, missed two dialysis appointments', 'told'),
    s('Margaux Ossai-Lindmoorhe', 'she', '“We were prisoners in our own house,”', 'said', 'direct'),
    s('staff report', 'the staff report', 'A survey of 1,200 households conducted by the city after the storm found that 61 percent rated the snow response as poor', 'said'),
    s('A survey of 1,200 households', 'A survey of 1,200 households conducted by the city after the storm', '61 percent rated the snow response as poor', 'found', nested=True, via='staff report'),
    s('Beatrisse Hollandine-Nakashiro', 'The mayor', 'she would bring a proposal for a permanent city-run plowing service to council in March', 'said', role=MAYOR),
    s('Farrowdale City Council', 'Council', 'staff to report on whether the city could recover any of the $3.1 million already paid to Northstar this season', 'asked'),
)

doc('t14-paper-business-grocery-merger-layoffs', 'The Kestlebury Herald', '2027-04-08', '''
Harvest Lane to close 14 stores after Pennywick takeover; 600 jobs at risk

Union vows to fight cuts; analysts say more closings likely

By Celestyna Norquist-Ebo
Herald Business Writer

Harvest Lane Markets will close 14 of its 52 grocery stores across the region by the end of June, its new owner said Wednesday, putting about 600 jobs at risk just five months after the chain was bought by discount rival Pennywick Foods.

Pennywick chief executive Thadeo Oluwole-Branvoss said the stores slated to close were losing money and in most cases were within a short drive of a Pennywick location.

“These are hard decisions, and we did not make them lightly,” Oluwole-Branvoss said in a statement. “We expect to offer positions elsewhere in the company to as many affected employees as possible.”

The company did not say how many of the roughly 600 workers would be offered other jobs. A spokeswoman, Liesl Montgomery-Addo, said details would be shared with employees “in the coming weeks.”

The United Food and Retail Workers Local 418, which represents about 450 of the affected employees, said it had not been consulted. Local president Nikolai Ashlavern-Efua called the closings “a betrayal of the promises Pennywick made to win approval for this deal.”

When the takeover was announced in October, Pennywick told provincial regulators it had “no plans for significant store closures” in the first year, according to documents filed with the Competition Review Board.

“They said it, they wrote it, and now they are doing the opposite,” Ashlavern-Efua said in an interview at the union hall, where a handwritten sign on the door read “Members meeting 7 p.m.” He said the union would file a grievance and ask the board to review the merger conditions.

Pennywick spokeswoman Montgomery-Addo said the company had always said it would review the store network and that the closures were “consistent with everything we have told regulators.”

Retail analysts were not surprised. Gwendolyn Tsosie-Lamberval, who follows the grocery sector for Fennimark Capital, said the two chains overlapped in dozens of neighborhoods. “Frankly, 14 is on the low side. I would expect another round within eighteen months,” she said.

Shares of Pennywick rose 3.2% on the Kestlebury exchange.

In Dunhallow Heights, where one of the closing stores is the only supermarket within walking distance, residents said they did not know how they would shop. Ezra Koutsoukis-Bellquist, 72, who does not drive, said he had bought his groceries at the store on Tallisker Street for 31 years.

“Where am I supposed to go? Take two buses with a bag of potatoes?” he said.

City councillor Rosamel Pellevane-Uzo said she had asked the company to keep the Tallisker Street store open until another grocer could be found, and that Pennywick had agreed to meet her next week.

The Competition Review Board said in an email that it was “aware of the announcement” and was reviewing whether the closures complied with the conditions of its approval.
''',
    s('Nikolai Ashlavern-Efua', 'Union', 'to fight cuts', 'vows', role='Local president'),
    s('Gwendolyn Tsosie-Lamberval', 'analysts', 'more closings likely', 'say', role='analyst'),
    s('Pennywick Foods', 'its new owner', 'Harvest Lane Markets will close 14 of its 52 grocery stores across the region by the end of June', 'said'),
    s('Thadeo Oluwole-Branvoss', 'Pennywick chief executive Thadeo Oluwole-Branvoss', 'the stores slated to close were losing money and in most cases were within a short drive of a Pennywick location', 'said', role='Pennywick chief executive'),
    s('Thadeo Oluwole-Branvoss', 'Oluwole-Branvoss', '“These are hard decisions|lightly,”', 'said', 'direct', role='Pennywick chief executive'),
    s('Thadeo Oluwole-Branvoss', '', '“We expect to offer|as possible.”', '', 'direct', role='Pennywick chief executive'),
    s('Liesl Montgomery-Addo', 'A spokeswoman, Liesl Montgomery-Addo', 'details would be shared with employees “in the coming weeks.”', 'said', 'mixed', role='spokeswoman'),
    s('United Food and Retail Workers Local 418', 'The United Food and Retail Workers Local 418, which represents about 450 of the affected employees', 'it had not been consulted', 'said'),
    s('Nikolai Ashlavern-Efua', 'Local president Nikolai Ashlavern-Efua', '“a betrayal of the promises Pennywick made to win approval for this deal.”', 'called', 'direct', role='Local president'),
    s('documents filed with the Competition Review Board', 'documents filed with the Competition Review Board', 'When the takeover was announced in October, Pennywick told provincial regulators it had “no plans for significant store closures” in the first year', 'according to', 'mixed'),
    s('Pennywick Foods', 'Pennywick', 'it had “no plans for significant store closures” in the first year', 'told', 'mixed', nested=True, via='documents filed with the Competition Review Board'),
    s('Nikolai Ashlavern-Efua', 'Ashlavern-Efua', '“They said it, they wrote it, and now they are doing the opposite,”', 'said', 'direct', role='Local president'),
    s('Nikolai Ashlavern-Efua', 'He', 'the union would file a grievance and ask the board to review the merger conditions', 'said', role='Local president'),
    s('Liesl Montgomery-Addo', 'Pennywick spokeswoman Montgomery-Addo', 'the company had always said it would review the store network and that the closures were “consistent with everything we have told regulators.”', 'said', 'mixed', role='spokeswoman'),
    s('Gwendolyn Tsosie-Lamberval', 'Gwendolyn Tsosie-Lamberval, who follows the grocery sector for Fennimark Capital', 'the two chains overlapped in dozens of neighborhoods', 'said', role='analyst'),
    s('Gwendolyn Tsosie-Lamberval', 'she', '“Frankly, 14 is on the low side.|eighteen months,”', 'said', 'direct', role='analyst'),
    s('residents', 'residents', 'they did not know how they would shop', 'said'),
    s('Ezra Koutsoukis-Bellquist', 'Ezra Koutsoukis-Bellquist, 72, who does not drive', 'he had bought his groceries at the store on Tallisker Street for 31 years', 'said'),
    s('Ezra Koutsoukis-Bellquist', 'he', '“Where am I supposed to go? Take two buses with a bag of potatoes?”', 'said', 'direct'),
    s('Rosamel Pellevane-Uzo', 'City councillor Rosamel Pellevane-Uzo', 'she had asked the company to keep the Tallisker Street store open until another grocer could be found, and that Pennywick had agreed to meet her next week', 'said', role='City councillor'),
    s('Competition Review Board', 'The Competition Review Board', 'it was “aware of the announcement” and was reviewing whether the closures complied with the conditions of its approval', 'said', 'mixed'),
)

doc('t15-paper-feature-volunteer-radio-station', 'The Alderbrook Sentinel', '2027-10-02', '''
At 50, the little radio station on Quarrel Road still finds its listeners

Volunteers say the station is ‘the town’s kitchen table’; founder’s daughter now runs the morning show

By Peregrina Hallorann-Diouf
Sentinel Correspondent

ALDERBROOK — The studio of WQRB is a converted tack room behind a feed store, and on a Tuesday morning it smells of coffee and old carpet. Odalys Brightvane-Kamavundi, 58, adjusts her headphones, glances at the clock and leans into the microphone.

“Good morning, Alderbrook. It is six o’clock, the roads are wet, and the school buses are running on time,” she says.

The station turns 50 this month. It has never had a paid employee, according to its treasurer, Lennart Oseyvan-Fairhaugen, and it runs on about $38,000 a year in donations, a bingo night and the rent a cellphone company pays to put an antenna on its tower.

Brightvane-Kamavundi’s father, Augustin Brightvane, started the station in 1977 with a surplus transmitter he bought from a college in Carlow. He died in 2015. His daughter remembers him sleeping on a cot in the studio during the blizzard of 1993, reading road closures every fifteen minutes for three days.

“He thought a town without its own voice was just a place where people happened to live,” she said. “I still believe that.”

The station’s 46 volunteers include a retired dentist who hosts a polka hour, two high school seniors who read the sports scores, and a former state trooper who does the overnight weather.

That trooper, Wendelin Mutasa-Cranmoor, 71, joked that he took the overnight shift because “nobody can see my face and nobody can hear me snore.” He said the calls he gets after midnight are mostly from farmers and night-shift nurses. “They just want to know somebody else is awake,” he said.

Not every listener is a fan. A few years ago, a petition signed by 60 residents asked the station to drop its Sunday call-in show after a heated argument about a school bond went on air. The show stayed.

The station faces a bigger problem now. Its transmitter, installed in 1998, is failing, and a replacement will cost about $95,000, Oseyvan-Fairhaugen said. He said the station’s audience had actually grown since the pandemic, judging by the number of calls and donations. The board has applied for a state community media grant; a decision is due in December.

“If the grant does not come through, we will pass the hat. This town has always passed the hat,” he said.

Some residents wonder whether a local station still matters when everyone has a phone. Maristella Kettlemarsh-Oyovarre, who owns the diner across the road, is not one of them.

“When the power went out for five days last winter, this was the only thing that worked,” she said. “The phone was dead. The radio was not.”

Brightvane-Kamavundi’s granddaughter, Wrenna, 9, already reads the lunch menu on school days. Asked whether she would run the station one day, Wrenna said she would rather be a veterinarian, “but maybe on weekends.”

Her grandmother laughed at that.

“That,” Brightvane-Kamavundi said, “is exactly how my father got me.”
''',
    s('Volunteers', 'Volunteers', 'the station is ‘the town’s kitchen table’', 'say', 'mixed'),
    s('Odalys Brightvane-Kamavundi', 'she', '“Good morning, Alderbrook.|running on time,”', 'says', 'direct'),
    s('Lennart Oseyvan-Fairhaugen', 'its treasurer, Lennart Oseyvan-Fairhaugen', 'It has never had a paid employee', 'according to', role='treasurer'),
    s('Odalys Brightvane-Kamavundi', 'His daughter', 'him sleeping on a cot in the studio during the blizzard of 1993, reading road closures every fifteen minutes for three days', 'remembers'),
    s('Odalys Brightvane-Kamavundi', 'she', '“He thought a town|happened to live,”', 'said', 'direct'),
    s('Odalys Brightvane-Kamavundi', '', '“I still believe that.”', '', 'direct'),
    s('Wendelin Mutasa-Cranmoor', 'That trooper, Wendelin Mutasa-Cranmoor, 71', 'he took the overnight shift because “nobody can see my face and nobody can hear me snore.”', 'joked', 'mixed', role='former state trooper'),
    s('Wendelin Mutasa-Cranmoor', 'He', 'the calls he gets after midnight are mostly from farmers and night-shift nurses', 'said', role='former state trooper'),
    s('Wendelin Mutasa-Cranmoor', 'he', '“They just want to know somebody else is awake,”', 'said', 'direct', role='former state trooper'),
    s('60 residents', 'a petition signed by 60 residents', 'the station to drop its Sunday call-in show after a heated argument about a school bond went on air', 'asked'),
    s('Lennart Oseyvan-Fairhaugen', 'Oseyvan-Fairhaugen', 'Its transmitter, installed in 1998, is failing, and a replacement will cost about $95,000', 'said', role='treasurer'),
    s('Lennart Oseyvan-Fairhaugen', 'He', 'the station’s audience had actually grown since the pandemic, judging by the number of calls and donations', 'said', role='treasurer'),
    s('Lennart Oseyvan-Fairhaugen', 'he', ['“If the grant does not come through|passed the hat,”'], 'said', 'direct', role='treasurer'),
    s('Maristella Kettlemarsh-Oyovarre', 'she', '“When the power went out|worked,”', 'said', 'direct'),
    s('Maristella Kettlemarsh-Oyovarre', '', '“The phone was dead. The radio was not.”', '', 'direct'),
    s('Wrenna', 'Wrenna', 'she would rather be a veterinarian, “but maybe on weekends.”', 'said', 'mixed'),
    s('Odalys Brightvane-Kamavundi', 'Brightvane-Kamavundi', ['“That,”', '“is exactly how my father got me.”'], 'said', 'direct', anchor='Her grandmother laughed'),
)

ME = 'chief medical examiner'

doc('t16-paper-profile-medical-examiner-retires', 'The Ressick Valley Tribune', '2027-12-12', '''
‘The dead deserve the truth, and so do the living’

After 31 years and some 9,000 autopsies, Ressick County’s medical examiner is hanging up her scrubs

By Augustus Ferravanti-Obenvara
Tribune Staff Writer

Dr. Clemencia Raskvall-Umezurike keeps a folded index card in the pocket of her lab coat. On it, in handwriting that has faded to gray, are six words her first supervisor gave her in 1996: “Slow down. The body will wait.”

“I have broken that rule a thousand times,” the county’s chief medical examiner said last week, sitting in an office crowded with boxes. “But I have never forgotten it.”

Raskvall-Umezurike, 66, retires on Dec. 31 after 31 years in the job, the longest tenure of any medical examiner in the state. Her deputy, Dr. Teodric Blanchard-Ekwe, will take over in January.

She came to Ressick County from a residency in Halbrook, expecting to stay two years. Her husband, Lucius Umezurike, a high school chemistry teacher, says she fell in love with the work before she fell in love with the valley.

“She would come home and tell me about a case at dinner, and I would put my fork down,” he said. “After a while I learned to eat first.”

Colleagues describe her as exacting and, in the autopsy suite, almost silent. Blanchard-Ekwe, who trained under her for 12 years, said she once made him redo a report three times over a single measurement.

“I was furious. She was right,” he said. “That report ended up in front of a jury.”

The case that made her known beyond the county came in 2009, when she concluded that a farmhand whose death had been ruled a fall had been struck twice on the head. Her finding reopened the investigation and led to a murder conviction two years later.

Retired Sgt. Mirabel Quarvelling, who led that investigation, said the sheriff’s office had been ready to close the file. “Everybody wanted it to be an accident. Clemencia didn’t care what anybody wanted,” Quarvelling said. “She cared what the skull said.”

Raskvall-Umezurike is quick to say the work is mostly unglamorous: overdoses, car crashes, people who died alone and were found days later. The opioid years were the hardest, she said. In 2019, her office handled 212 overdose deaths, more than in the previous five years combined.

She testified before the state legislature that year, urging lawmakers to fund naloxone in every school. The bill passed the following spring.

Hattie Lowenstein-Graybourne met Raskvall-Umezurike in 2018, the week her son died of a fentanyl overdose. She said the doctor sat with her for an hour and answered every question, including the ones the police would not.

“She did not talk to me like I was a case number,” Lowenstein-Graybourne said. “She talked to me like a mother.”

Not everyone has been an admirer. In 2014, the county’s then-sheriff accused her of slowing investigations with delayed reports, and the county briefly considered outsourcing autopsies to a private firm. County Executive Barnabus Pruvenot-Adomako, who opposed that plan at the time, said the county’s decision to keep her was “the best bargain Ressick ever got.”

Asked what she will do next, Raskvall-Umezurike said she plans to learn the cello and spend more time with her grandchildren in Toller Bay.

Her deputy is less sure she will stay away. “She’ll be back in a month to check my reports,” he said.

Raskvall-Umezurike smiled at that. “Two weeks,” she said.
''',
    s('Clemencia Raskvall-Umezurike', '', '‘The dead deserve the truth, and so do the living’', '', 'direct', role=ME),
    s('her first supervisor', 'her first supervisor', '“Slow down. The body will wait.”', '', 'direct'),
    s('Clemencia Raskvall-Umezurike', 'the county’s chief medical examiner', '“I have broken that rule a thousand times,”', 'said', 'direct', role=ME),
    s('Clemencia Raskvall-Umezurike', '', '“But I have never forgotten it.”', '', 'direct', role=ME),
    s('Lucius Umezurike', 'Her husband, Lucius Umezurike', 'she fell in love with the work before she fell in love with the valley', 'says', role='high school chemistry teacher'),
    s('Lucius Umezurike', 'he', '“She would come home|fork down,”', 'said', 'direct', role='high school chemistry teacher'),
    s('Lucius Umezurike', '', '“After a while I learned to eat first.”', '', 'direct', role='high school chemistry teacher'),
    s('Colleagues', 'Colleagues', 'exacting and, in the autopsy suite, almost silent', 'describe'),
    s('Teodric Blanchard-Ekwe', 'Blanchard-Ekwe, who trained under her for 12 years', 'she once made him redo a report three times over a single measurement', 'said', role='deputy'),
    s('Teodric Blanchard-Ekwe', 'he', '“I was furious. She was right,”', 'said', 'direct', role='deputy'),
    s('Teodric Blanchard-Ekwe', '', '“That report ended up in front of a jury.”', '', 'direct', role='deputy'),
    s('Clemencia Raskvall-Umezurike', 'she', 'a farmhand whose death had been ruled a fall had been struck twice on the head', 'concluded', role=ME),
    s('Mirabel Quarvelling', 'Retired Sgt. Mirabel Quarvelling, who led that investigation', 'the sheriff’s office had been ready to close the file', 'said', role='Retired Sgt.'),
    s('Mirabel Quarvelling', 'Quarvelling', '“Everybody wanted it to be an accident.|anybody wanted,”', 'said', 'direct', role='Retired Sgt.'),
    s('Mirabel Quarvelling', '', '“She cared what the skull said.”', '', 'direct', role='Retired Sgt.'),
    s('Clemencia Raskvall-Umezurike', 'Raskvall-Umezurike', 'the work is mostly unglamorous: overdoses, car crashes, people who died alone and were found days later', 'say', role=ME),
    s('Clemencia Raskvall-Umezurike', 'she', 'The opioid years were the hardest', 'said', role=ME),
    s('Clemencia Raskvall-Umezurike', 'She', 'lawmakers to fund naloxone in every school', 'urging', role=ME),
    s('Hattie Lowenstein-Graybourne', 'She', 'the doctor sat with her for an hour and answered every question, including the ones the police would not', 'said'),
    s('Hattie Lowenstein-Graybourne', 'Lowenstein-Graybourne', '“She did not talk to me like I was a case number,”', 'said', 'direct'),
    s('Hattie Lowenstein-Graybourne', '', '“She talked to me like a mother.”', '', 'direct'),
    s('the county’s then-sheriff', 'the county’s then-sheriff', 'her of slowing investigations with delayed reports', 'accused', role='then-sheriff'),
    s('Barnabus Pruvenot-Adomako', 'County Executive Barnabus Pruvenot-Adomako, who opposed that plan at the time', 'the county’s decision to keep her was “the best bargain Ressick ever got.”', 'said', 'mixed', role='County Executive'),
    s('Clemencia Raskvall-Umezurike', 'Raskvall-Umezurike', 'she plans to learn the cello and spend more time with her grandchildren in Toller Bay', 'said', role=ME),
    s('Teodric Blanchard-Ekwe', 'he', '“She’ll be back in a month to check my reports,”', 'said', 'direct', role='deputy'),
    s('Clemencia Raskvall-Umezurike', 'she', '“Two weeks,”', 'said', 'direct', role=ME),
)
