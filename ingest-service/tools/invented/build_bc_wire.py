"""Set BC's five wire stories (see build_bc.py)."""
from invented_common import doc_spans as doc, s

SCAA = 'Skerrland Civil Aviation Authority'
BREKK = 'Halla Brekkustad'
VALD = 'Einar Valdimarsson'
ALDA = 'Sigrun Aldadottir'

doc('bc01-wire-skerrland-orrafell-ash-cloud-flights', 'Reuters', '2037-05-05', '''
Ash cloud from Orrafell volcano shuts Skerrland's airspace, strands thousands

TJARNVIK, Skerrland, May 5 (Reuters) - Skerrland closed its airspace on Tuesday as an ash cloud from the erupting Orrafell volcano drifted over the capital, grounding more than 600 flights and stranding tens of thousands of passengers, the country's civil aviation authority said.

The Skerrland Civil Aviation Authority said the closure would last at least until 1800 GMT on Wednesday and that it would review the ash forecasts every six hours.

Flights to and from the country's two smaller airports, in Husafell and Grindavoll, were also suspended. Skerrland, an island of about 410,000 people, sits on a volcanic ridge and has more than 30 active volcanic systems.

The volcano, on the island's southern coast, began erupting late on Sunday after two weeks of small earthquakes. The Skerrland Meteorological Office said the ash plume had reached a height of about 9 kilometres and was being carried northeast by strong winds.

"This is the densest ash we have measured since the 2011 eruption of Grimsfjall," Halla Brekkustad, head of volcano monitoring at the office, told Reuters. "It is not going to clear in a day."

Tjarnvik's Keldunes airport, the country's main international hub, handled about 14,000 passengers a day last year, according to airport operator Skerr Airports.

National carrier Nordavia said it had cancelled all 212 of its flights on Tuesday and Wednesday and would offer passengers free rebooking until the end of May. Chief Executive Einar Valdimarsson said the airline was losing about 4 million euros for every day the airspace stayed closed.

"We will get people home," he said, "but we will not put a single aircraft into that cloud."

Asked whether the airline would seek compensation from the state, Valdimarsson said it was "far too early" to talk about money.

Airlines in neighbouring countries were watching the cloud's path. Two airline executives said their companies were preparing to cancel flights to northern Europe on Thursday if the wind did not change. They asked not to be named because the plans had not been announced.

Skynorth Control, the regional air traffic agency, said on its website that about 140 flights between Skerrland and the rest of Europe had been cancelled on Tuesday. It did not give a forecast for Wednesday.

Prime Minister Sigrun Aldadottir, who visited a crisis centre set up at the airport, urged travellers to stay at home and to check with their airlines before setting out.

"Nobody should sleep on the floor of a terminal," she said. "Hotels in the capital have offered rooms at reduced rates, and the government will cover the cost for families with children."

The eruption has so far caused no injuries. About 320 residents of farms near the volcano were evacuated on Sunday night, and the main coastal road was closed east of the town of Vik-Hraun, police said.

Tourism operators, already bracing for a slow season, said the timing could hardly be worse. Hotels and guesthouses in the south had seen a wave of cancellations since Monday, according to the Skerrland Tourism Association.

Scientists say eruptions of this type can last for weeks. The last large eruption of Orrafell, in 1947, continued for 13 months.

(Reporting by Gunnar Thorsteinn; Editing by Alison Fenwick)
''',
    s(SCAA, "the country's civil aviation authority", 'Skerrland closed its airspace on Tuesday as an ash cloud from the erupting Orrafell volcano drifted over the capital, grounding more than 600 flights and stranding tens of thousands of passengers', 'said'),
    s(SCAA, 'The Skerrland Civil Aviation Authority', 'the closure would last at least until 1800 GMT on Wednesday and that it would review the ash forecasts every six hours', 'said'),
    s('Skerrland Meteorological Office', 'The Skerrland Meteorological Office', 'the ash plume had reached a height of about 9 kilometres and was being carried northeast by strong winds', 'said'),
    s(BREKK, 'Halla Brekkustad, head of volcano monitoring at the office', '"This is the densest ash we have measured since the 2011 eruption of Grimsfjall,"', 'told', 'direct', role='head of volcano monitoring at the office'),
    s(BREKK, '', '"It is not going to clear in a day."', '', 'direct', role='head of volcano monitoring at the office'),
    s('Skerr Airports', 'airport operator Skerr Airports', "Tjarnvik's Keldunes airport, the country's main international hub, handled about 14,000 passengers a day last year", 'according to'),
    s('Nordavia', 'National carrier Nordavia', 'it had cancelled all 212 of its flights on Tuesday and Wednesday and would offer passengers free rebooking until the end of May', 'said'),
    s(VALD, 'Chief Executive Einar Valdimarsson', 'the airline was losing about 4 million euros for every day the airspace stayed closed', 'said', role='Chief Executive'),
    s(VALD, 'he', ['"We will get people home,"', '"but we will not put a single aircraft into that cloud."'], 'said', 'direct', role='Chief Executive'),
    s(VALD, 'Valdimarsson', 'it was "far too early" to talk about money', 'said', 'mixed', role='Chief Executive'),
    s('Two airline executives', 'Two airline executives', 'their companies were preparing to cancel flights to northern Europe on Thursday if the wind did not change', 'said'),
    s('Skynorth Control', 'Skynorth Control, the regional air traffic agency', 'about 140 flights between Skerrland and the rest of Europe had been cancelled on Tuesday', 'said'),
    s(ALDA, 'Prime Minister Sigrun Aldadottir', 'travellers to stay at home and to check with their airlines before setting out', 'urged', role='Prime Minister'),
    s(ALDA, 'she', '"Nobody should sleep on the floor of a terminal,"', 'said', 'direct', role='Prime Minister'),
    s(ALDA, '', '"Hotels in the capital have offered rooms at reduced rates, and the government will cover the cost for families with children."', '', 'direct', role='Prime Minister'),
    s('police', 'police', 'About 320 residents of farms near the volcano were evacuated on Sunday night, and the main coastal road was closed east of the town of Vik-Hraun', 'said'),
    s('Tourism operators', 'Tourism operators', 'the timing could hardly be worse', 'said'),
    s('Skerrland Tourism Association', 'the Skerrland Tourism Association', 'Hotels and guesthouses in the south had seen a wave of cancellations since Monday', 'according to'),
    s('Scientists', 'Scientists', 'eruptions of this type can last for weeks', 'say'),
)

VMA = 'Varrenland Medicines Agency'
BRAU = 'Lotte Brauning'
HAL = 'Halbrook Pharma'
VANT = 'Mirela Vantongeren'
VHPA = "Varrenland Heart Patients' Association"

doc('bc02-wire-halbrook-corvastin-drug-recall', 'AP', '2037-02-12', '''
Drugmaker recalls blood pressure pills, but agency says patients should keep taking them

OSTER, Varrenland (AP) — Halbrook Pharma is recalling more than 2 million packs of its blood pressure drug Corvastin after tests found traces of a chemical that may cause cancer with long-term exposure, Varrenland's medicines regulator said Thursday.

The Varrenland Medicines Agency said the risk to any single patient was "very low" and warned people not to stop taking the pills without talking to a doctor or pharmacist first.

"Stopping a blood pressure medicine suddenly is far more dangerous than the impurity we found," the agency's chief medical officer, Dr. Lotte Brauning, said at a news conference. "Keep taking it, and ask your pharmacist for a replacement."

About 310,000 people in Varrenland take Corvastin, according to the agency. The recall covers batches made at Halbrook's plant in the city of Drennick between January 2035 and March 2037.

Halbrook said in a statement that it had found the impurity during its own routine testing and had reported it to the agency the same day. The company said it was "deeply sorry" for the worry the recall would cause.

Halbrook did not say how the chemical got into the pills. The impurity belongs to a group of chemicals called nitrosamines, which have turned up in several blood pressure and heartburn drugs in recent years and led to recalls in many countries.

Corvastin has been sold in Varrenland since 2019 and is also exported to nine other countries. Regulators in those countries were informed on Wednesday, the agency said.

Pharmacists said they had been flooded with calls since the recall was announced Wednesday evening.

"I had 40 people at the counter before 10 o'clock this morning, and every one of them was frightened," said Mirela Vantongeren, who runs a pharmacy in Oster's old town. She said she had enough of a replacement drug for about a week.

Was the recall handled too slowly? The Varrenland Heart Patients' Association said the agency should have told the public on the day Halbrook reported the problem, not five days later.

"Five days is a long time when you're swallowing a pill every morning," said the association's director, Paul Oyelaran.

Brauning said the agency had needed the time to find out which batches were affected and to make sure other makers could supply enough of the drug.

Health Minister Anouk Berkhof said she had asked the agency for a full report by the end of the month. She did not say whether the government would seek damages from the company.

In Drennick, where Halbrook is the largest private employer, Mayor Joost Verhaeghe said workers at the plant had been told that production of the company's other medicines would continue.

"People here are worried about their jobs, not just their pills," he said.

Halbrook's shares fell 11% on the Oster stock exchange Thursday. Analysts at the investment bank Fenwold Partners said in a note that the recall could cost the company up to 90 million euros, including lost sales.

The company, founded in 1962, employs about 4,800 people, most of them in Drennick. Its chief executive, Ruud Kalsbeek, did not respond to requests for comment.

Patients with questions can call the agency's hotline at 0800-4412.
''',
    s(VMA, 'agency', 'patients should keep taking them', 'says'),
    s(VMA, "Varrenland's medicines regulator", 'Halbrook Pharma is recalling more than 2 million packs of its blood pressure drug Corvastin after tests found traces of a chemical that may cause cancer with long-term exposure', 'said'),
    s(VMA, 'The Varrenland Medicines Agency', 'the risk to any single patient was "very low"', 'said', 'mixed'),
    s(VMA, '', 'people not to stop taking the pills without talking to a doctor or pharmacist first', 'warned'),
    s(BRAU, "the agency's chief medical officer, Dr. Lotte Brauning", '"Stopping a blood pressure medicine suddenly is far more dangerous than the impurity we found,"', 'said', 'direct', role='chief medical officer'),
    s(BRAU, '', '"Keep taking it, and ask your pharmacist for a replacement."', '', 'direct', role='chief medical officer'),
    s(VMA, 'the agency', 'About 310,000 people in Varrenland take Corvastin', 'according to'),
    s(VMA, 'the agency', 'Regulators in those countries were informed on Wednesday', 'said'),
    s(HAL, 'Halbrook', 'it had found the impurity during its own routine testing and had reported it to the agency the same day', 'said'),
    s(HAL, 'The company', 'it was "deeply sorry" for the worry the recall would cause', 'said', 'mixed'),
    s('Pharmacists', 'Pharmacists', 'they had been flooded with calls since the recall was announced Wednesday evening', 'said'),
    s(VANT, 'Mirela Vantongeren', '"I had 40 people at the counter before 10 o\'clock this morning, and every one of them was frightened,"', 'said', 'direct'),
    s(VANT, 'She', 'she had enough of a replacement drug for about a week', 'said'),
    s(VHPA, "The Varrenland Heart Patients' Association", 'the agency should have told the public on the day Halbrook reported the problem, not five days later', 'said'),
    s('Paul Oyelaran', "the association's director, Paul Oyelaran", '"Five days is a long time when you\'re swallowing a pill every morning,"', 'said', 'direct', role='director'),
    s(BRAU, 'Brauning', 'the agency had needed the time to find out which batches were affected and to make sure other makers could supply enough of the drug', 'said', role='chief medical officer'),
    s('Anouk Berkhof', 'Health Minister Anouk Berkhof', 'she had asked the agency for a full report by the end of the month', 'said', role='Health Minister'),
    s('Joost Verhaeghe', 'Mayor Joost Verhaeghe', "workers at the plant had been told that production of the company's other medicines would continue", 'said', role='Mayor'),
    s('Joost Verhaeghe', 'he', '"People here are worried about their jobs, not just their pills,"', 'said', 'direct', role='Mayor'),
    s('Analysts at the investment bank Fenwold Partners', 'Analysts at the investment bank Fenwold Partners', 'the recall could cost the company up to 90 million euros, including lost sales', 'said'),
)

HCA = 'Harun Canal Authority'
BEL = 'Sami Bel-Hadi'
OSM = 'Ostrand Ship Management'

doc('bc03-wire-harun-canal-grounded-bulk-carrier', 'AFP', '2037-09-18', '''
Grounded bulk carrier blocks Harun Canal, dozens of ships wait

Port Tazir (Qasmeria) (AFP) - A bulk carrier loaded with iron ore ran aground in the Harun Canal on Friday, blocking one of the region's busiest waterways in both directions, the canal authority announced.

The 290-metre Stellar Fortune, sailing under the flag of the Marrow Islands, was heading north with 180,000 tonnes of ore when it lost steering near the village of Abu Salim.

The Harun Canal Authority said in a statement that the ship had lost power shortly after 6:00 am (0400 GMT) and drifted into the canal's western bank, where its bow became stuck in sand and mud. Eight tugboats were working to free it, the authority added.

"We hope to refloat the ship within 48 hours, when the tide is at its highest," the authority's chairman, Admiral Sami Bel-Hadi, told the state television channel Qasmeria One.

By Friday evening at least 46 ships were waiting at both ends of the canal, according to the shipping data firm Tidewatch.

About 9 percent of the world's seaborne trade passes through the canal, which links the Sea of Marun and the Gulf of Essa, according to the authority. Its revenue reached a record 8.1 billion dollars last year, making it one of Qasmeria's main sources of foreign currency.

The ship's manager, Ostrand Ship Management, said all 21 crew members were safe and there was no sign of pollution. It said it was cooperating fully with the canal authority.

A pilot who was on board when the ship lost power told the captain he had "never seen an engine die like that," according to a canal official who spoke to AFP on condition of anonymity.

Tidewatch analyst Ravi Menon-Clarke said the queue could grow to more than 150 ships if the grounding lasted until Monday. The marine insurer Harbour Mutual, which covers the Stellar Fortune's hull, said it had sent a team of surveyors to the ship.

Shipping companies were counting the cost. Kestrel Line, the world's fourth-largest container carrier, said it was diverting six vessels around the Cape of Dunmore, adding roughly ten days to their voyages.

"Every day of delay costs the industry hundreds of millions of dollars," said Marta Kowenhoven, an analyst at the maritime consultancy Brightsea. "If this lasts more than a week, you will see it in the prices of goods in the shops."

In Port Tazir, the canal's headquarters city, residents gathered on the embankment to watch the tugs at work.

"Everyone is here taking pictures. It's like a festival," said Youssef Dannaoui, a 34-year-old taxi driver. "But for the people who work in the canal, it's not funny."

Did the canal authority ignore warnings? Qasmeria's main opposition party, the Renewal Movement, said on Friday that it had asked parliament in March to debate safety in the canal after two smaller groundings, but that the request had been "buried".

Bel-Hadi rejected the criticism, saying the canal had "one of the best safety records in the world."

The canal, opened in 1911, was widened in 2024 to allow two-way traffic along part of its 164-kilometre length, but the section where the Stellar Fortune ran aground has a single lane.

In 2029, a container ship was stuck in the canal for four days, holding up more than 300 vessels.
''',
    s(HCA, 'the canal authority', "A bulk carrier loaded with iron ore ran aground in the Harun Canal on Friday, blocking one of the region's busiest waterways in both directions", 'announced'),
    s(HCA, 'The Harun Canal Authority', "the ship had lost power shortly after 6:00 am (0400 GMT) and drifted into the canal's western bank, where its bow became stuck in sand and mud", 'said'),
    s(HCA, 'the authority', 'Eight tugboats were working to free it', 'added'),
    s(BEL, "the authority's chairman, Admiral Sami Bel-Hadi", '"We hope to refloat the ship within 48 hours, when the tide is at its highest,"', 'told', 'direct', role='chairman'),
    s('Tidewatch', 'the shipping data firm Tidewatch', 'By Friday evening at least 46 ships were waiting at both ends of the canal', 'according to'),
    s(HCA, 'the authority', "About 9 percent of the world's seaborne trade passes through the canal, which links the Sea of Marun and the Gulf of Essa", 'according to', anchor='About 9 percent'),
    s(OSM, "The ship's manager, Ostrand Ship Management", 'all 21 crew members were safe and there was no sign of pollution', 'said'),
    s(OSM, 'It', 'it was cooperating fully with the canal authority', 'said'),
    s('a canal official', 'a canal official', 'A pilot who was on board when the ship lost power told the captain he had "never seen an engine die like that,"', 'according to', 'mixed'),
    s('A pilot who was on board when the ship lost power', 'A pilot who was on board when the ship lost power', 'he had "never seen an engine die like that,"', 'told', 'mixed', nested=True, via='a canal official'),
    s('Ravi Menon-Clarke', 'Tidewatch analyst Ravi Menon-Clarke', 'the queue could grow to more than 150 ships if the grounding lasted until Monday', 'said', role='Tidewatch analyst'),
    s('Harbour Mutual', "The marine insurer Harbour Mutual, which covers the Stellar Fortune's hull", 'it had sent a team of surveyors to the ship', 'said'),
    s('Kestrel Line', "Kestrel Line, the world's fourth-largest container carrier", 'it was diverting six vessels around the Cape of Dunmore, adding roughly ten days to their voyages', 'said'),
    s('Marta Kowenhoven', 'Marta Kowenhoven, an analyst at the maritime consultancy Brightsea', '"Every day of delay costs the industry hundreds of millions of dollars,"', 'said', 'direct', role='an analyst at the maritime consultancy Brightsea'),
    s('Marta Kowenhoven', '', '"If this lasts more than a week, you will see it in the prices of goods in the shops."', '', 'direct', role='an analyst at the maritime consultancy Brightsea'),
    s('Youssef Dannaoui', 'Youssef Dannaoui, a 34-year-old taxi driver', '"Everyone is here taking pictures. It\'s like a festival,"', 'said', 'direct'),
    s('Youssef Dannaoui', '', '"But for the people who work in the canal, it\'s not funny."', '', 'direct'),
    s('the Renewal Movement', "Qasmeria's main opposition party, the Renewal Movement", 'it had asked parliament in March to debate safety in the canal after two smaller groundings, but that the request had been "buried"', 'said', 'mixed'),
    s(BEL, 'Bel-Hadi', 'the criticism', 'rejected', role='chairman'),
    s(BEL, '', 'the canal had "one of the best safety records in the world."', 'saying', 'mixed', role='chairman'),
)

CSE = 'Corrissa Stock Exchange'
MARCH = 'Lena Marchetti-Holm'
DEM = 'Hugo Demarne'

doc('bc04-wire-corrissa-exchange-trading-outage', 'Bloomberg', '2037-06-29', '''
Corrissa Exchange Halts Trading for Four Hours After Software Fault

- Exchange operator says no sign of cyberattack
- Brokers demand compensation for missed trades

(Bloomberg) -- The Corrissa Stock Exchange halted all trading in equities and derivatives for more than four hours on Monday after a software fault in its matching engine, the longest outage in the bourse's history.

Trading stopped at 10:12 a.m. local time and resumed at 2:31 p.m., the exchange said in a notice to members. The benchmark CX40 index closed down 0.6%.

"There is no indication whatsoever that this was a cyberattack," Chief Executive Officer Lena Marchetti-Holm told reporters in Sanvero, the capital. "A change we made to the system over the weekend did not behave as it did in testing."

The fault was in an update to the system that matches buy and sell orders, she said, and the exchange had rolled it back before trading restarted.

Trading in Corrissa government bonds, which takes place on a separate platform, was not affected, the central bank said.

The Corrissa Securities Commission said it had asked the exchange for a written account of the outage by Friday and would decide then whether to open a formal investigation.

The halt came on one of the busiest days of the quarter, with index funds rebalancing ahead of the end of June. About 2.3 billion euros of shares change hands on the exchange on a typical day, according to data compiled by Bloomberg.

Brokers were angry. Three brokerage firms, including Sanvero-based Tallis & Rhee, said they would ask the exchange to compensate clients who had been unable to close positions.

"Our clients were stuck with positions they couldn't get out of for half a day," said Oskar Tallis, the firm's managing partner. "Someone has to pay for that, and it shouldn't be them."

The exchange's rules limit its liability for outages to cases of gross negligence, Marchetti-Holm said when asked about compensation. She declined to say whether the exchange would make any payments.

The exchange moved its trading systems to a new platform built by the software company Arvid Systems in 2034. Arvid did not respond to a request for comment.

It was the third outage at the bourse in 18 months, though the previous two lasted less than an hour each. After the last one, in November, the exchange hired the consulting firm Brandt Kessel to review its systems. The review, which was completed in March, found that the exchange relied too heavily on a single data center, people familiar with the matter said.

Finance Minister Hugo Demarne said on Bloomberg Television that the outage was "embarrassing for a country that wants to be a financial center" and that he expected "a full explanation, quickly."

"Markets depend on trust, and trust depends on the lights staying on," Demarne said.

Shares of Corrissa Exchange Group, which is itself listed on the bourse, fell 4.1% after trading resumed, the biggest drop since March 2035.

Analysts at Merlo Securities wrote in a note that the outage was unlikely to cause the exchange to lose business to rivals, because "there is nowhere else to trade most of these stocks."
''',
    s(MARCH, 'Exchange operator', 'no sign of cyberattack', 'says', role='Chief Executive Officer'),
    s('Brokers', 'Brokers', 'compensation for missed trades', 'demand'),
    s(CSE, 'the exchange', 'Trading stopped at 10:12 a.m. local time and resumed at 2:31 p.m.', 'said'),
    s(MARCH, 'Chief Executive Officer Lena Marchetti-Holm', '"There is no indication whatsoever that this was a cyberattack,"', 'told', 'direct', role='Chief Executive Officer'),
    s(MARCH, '', '"A change we made to the system over the weekend did not behave as it did in testing."', '', 'direct', role='Chief Executive Officer'),
    s(MARCH, 'she', ['The fault was in an update to the system that matches buy and sell orders', 'and the exchange had rolled it back before trading restarted'], 'said', role='Chief Executive Officer'),
    s('the central bank', 'the central bank', 'Trading in Corrissa government bonds, which takes place on a separate platform, was not affected', 'said'),
    s('Corrissa Securities Commission', 'The Corrissa Securities Commission', 'it had asked the exchange for a written account of the outage by Friday and would decide then whether to open a formal investigation', 'said'),
    s('Bloomberg', 'data compiled by Bloomberg', 'About 2.3 billion euros of shares change hands on the exchange on a typical day', 'according to'),
    s('Three brokerage firms', 'Three brokerage firms, including Sanvero-based Tallis & Rhee', 'they would ask the exchange to compensate clients who had been unable to close positions', 'said'),
    s('Oskar Tallis', "Oskar Tallis, the firm's managing partner", '"Our clients were stuck with positions they couldn\'t get out of for half a day,"', 'said', 'direct', role="the firm's managing partner"),
    s('Oskar Tallis', '', '"Someone has to pay for that, and it shouldn\'t be them."', '', 'direct', role="the firm's managing partner"),
    s(MARCH, 'Marchetti-Holm', "The exchange's rules limit its liability for outages to cases of gross negligence", 'said', role='Chief Executive Officer'),
    s('people familiar with the matter', 'people familiar with the matter', 'The review, which was completed in March, found that the exchange relied too heavily on a single data center', 'said'),
    s('Brandt Kessel', 'The review', 'the exchange relied too heavily on a single data center', 'found', nested=True, via='people familiar with the matter'),
    s(DEM, 'Finance Minister Hugo Demarne', 'the outage was "embarrassing for a country that wants to be a financial center" and that he expected "a full explanation, quickly."', 'said', 'mixed', role='Finance Minister'),
    s(DEM, 'Demarne', '"Markets depend on trust, and trust depends on the lights staying on,"', 'said', 'direct', role='Finance Minister'),
    s('Analysts at Merlo Securities', 'Analysts at Merlo Securities', 'the outage was unlikely to cause the exchange to lose business to rivals, because "there is nowhere else to trade most of these stocks."', 'wrote', 'mixed'),
)

ARR = 'Nico Arrendell'
LIND = 'Hanna Lindqvist-Oduya'
MOENS = 'Pieter Moens'

doc('bc05-wire-belmora-tarsland-world-cup-qualifier', 'AP', '2037-10-13', '''
Belmora clinches World Cup spot with late winner over Tarsland

VELDHAVEN, Belmora (AP) — Substitute Nico Arrendell scored in the 88th minute to give Belmora a 2-1 win over Tarsland on Tuesday and a place at the 2038 World Cup, the country's first since 2014.

Arrendell, who came on in the 71st minute, turned in a low cross from Joao Vidmar at the near post, setting off wild celebrations among the 41,000 fans at Veldhaven's Parkstadion.

"I've dreamed about this since I was 6 years old," Arrendell said. "I didn't even see the ball go in. I just heard the noise."

Tarsland had led through a 23rd-minute penalty from captain Emil Sandqvist, awarded for a handball by Belmora defender Marco Dietl after a video review.

Belmora coach Hanna Lindqvist-Oduya said her team had "refused to panic" after falling behind.

"At halftime I told them: 'We have 45 minutes, and we are the better team,'" she said. "They believed it."

Midfielder Aron Vess equalized in the 56th minute with a shot from outside the area.

Dietl, who had given away the penalty, said afterward that he "owed the team one" and had apologized to his teammates in the dressing room at halftime.

Tarsland coach Pieter Moens refused to blame the referee, but said the decision not to award his team a penalty in the 80th minute, when striker Lars Holm went down in the box, "should have been checked again."

"We go home with nothing, and it hurts," Moens said. "But I am proud of these players."

Tarsland's football federation said in a statement that it would review the team's campaign "calmly and without scapegoats" before deciding on Moens' future. The coach's contract runs until December.

Asked whether he wanted to stay, Moens said: "That is not my decision."

Belmora's federation president, Willem Haarsma, said the win would bring in at least 12 million euros in prize money and broadcasting fees, and that the money would go "to the clubs and the kids."

Fans poured into the streets of the capital after the final whistle. Police said the celebrations were peaceful, though 14 people were detained for setting off flares.

Will Belmora go further this time? In 2014, the team lost all three of its group games.

"This group is different," said Vidmar, who set up the winner. "We're not going there for a holiday."

Belmora finished top of Group F with 19 points from eight games, two ahead of Tarsland, who go into a playoff in March. Galvia and Orsk were already out.

Prime Minister Arjen Vos-Lammers, who watched from the stands, declared Wednesday morning a "late start" for the country's schools.

"Nobody is going to learn anything at 8 a.m. tomorrow anyway," he said in a video posted by his office.

The draw for the World Cup's group stage takes place in December.
''',
    s(ARR, 'Arrendell', '"I\'ve dreamed about this since I was 6 years old,"', 'said', 'direct', anchor='years old'),
    s(ARR, '', '"I didn\'t even see the ball go in. I just heard the noise."', '', 'direct'),
    s(LIND, 'Belmora coach Hanna Lindqvist-Oduya', 'her team had "refused to panic" after falling behind', 'said', 'mixed', role='Belmora coach'),
    s(LIND, 'she', '"At halftime I told them: \'We have 45 minutes, and we are the better team,\'"', 'said', 'direct', role='Belmora coach'),
    s(LIND, '', '"They believed it."', '', 'direct', role='Belmora coach'),
    s('Marco Dietl', 'Dietl', 'he "owed the team one" and had apologized to his teammates in the dressing room at halftime', 'said', 'mixed'),
    s(MOENS, 'Tarsland coach Pieter Moens', 'the decision not to award his team a penalty in the 80th minute, when striker Lars Holm went down in the box, "should have been checked again."', 'said', 'mixed', role='Tarsland coach'),
    s(MOENS, 'Moens', '"We go home with nothing, and it hurts,"', 'said', 'direct', role='Tarsland coach'),
    s(MOENS, '', '"But I am proud of these players."', '', 'direct', role='Tarsland coach'),
    s("Tarsland's football federation", "Tarsland's football federation", 'it would review the team\'s campaign "calmly and without scapegoats" before deciding on Moens\' future', 'said', 'mixed'),
    s(MOENS, 'Moens', '"That is not my decision."', 'said', 'direct', role='Tarsland coach'),
    s('Willem Haarsma', "Belmora's federation president, Willem Haarsma", 'the win would bring in at least 12 million euros in prize money and broadcasting fees, and that the money would go "to the clubs and the kids."', 'said', 'mixed', role="Belmora's federation president"),
    s('Police', 'Police', 'the celebrations were peaceful, though 14 people were detained for setting off flares', 'said'),
    s('Joao Vidmar', 'Vidmar', '"This group is different,"', 'said', 'direct'),
    s('Joao Vidmar', '', '"We\'re not going there for a holiday."', '', 'direct'),
    s('Arjen Vos-Lammers', 'he', '"Nobody is going to learn anything at 8 a.m. tomorrow anyway,"', 'said', 'direct', role='Prime Minister'),
)
