"""Set BQ's five wire stories (see build_bq.py)."""
from invented_common import doc_spans as doc, s

ORVA = 'Orvane Launch Systems'
TEHL = 'Idris Tehlan-Voss'
KASS = 'Petronella Kass-Muir'

doc('bq01-wire-orvane-rocket-launch-failure', 'Reuters', '2044-05-19', '''
Orvane rocket fails minutes after lift-off, weather satellite lost; company says second stage shut down early

Loss is third failure for Velm launch program in two years

By Hanne Lisko-Barre

SALTPOINT, Velmark, May 19 (Reuters) - A Vega-class rocket carrying Velmark's newest weather satellite broke apart about six minutes after lift-off on Monday, the launch company said, destroying a spacecraft the national weather service had waited nine years to fly.

Orvane Launch Systems said telemetry showed the rocket's second-stage engine shutting down 41 seconds earlier than planned, after which the vehicle lost altitude and was destroyed by its own safety system over the Grey Sea. No one was hurt, the company said.

"This is a painful day for everyone who built this satellite and this rocket," Orvane's chief executive, Idris Tehlan-Voss, told reporters at the Saltpoint control centre. "We will find out what happened, and we will tell you what we find."

Tehlan-Voss, who founded the company in 2029, said an engineering team had begun sorting through about 2,000 channels of flight data. Asked whether the launch had been rushed to meet a contract deadline, he said: "No. We flew when the vehicle was ready."

The satellite's loss leaves a gap in forecasting over the northern fisheries, according to the Velmark Weather Service. Its director, a climatologist who has run the service since 2038, called the failure "a setback measured in years, not months." Petronella Kass-Muir said the service would ask a neighbouring country to share data from its satellites until a replacement could fly.

Two engineers who worked on the second stage said managers had been warned in March about a valve that stuck during ground tests. One of them said the valve was replaced but that the test was not repeated. The engineers spoke on condition of anonymity because they were not authorised to talk to the media.

Orvane did not respond to a request for comment on the engineers' account.

The Transport Ministry, which licenses launches, said it had opened an investigation and that no further Orvane flights would be allowed until it was complete. Deputy Minister Ruben Aldeza-Fenn said the ministry had "no reason so far" to question the company's safety record, but added that "three failures in two years is a pattern we cannot ignore."

Insurers had covered the satellite for 310 million crowns, a person familiar with the policy said.

Opposition lawmaker Greta Holmqvist-Ode demanded a parliamentary hearing. "Taxpayers have now paid for the same satellite twice," she wrote on social media.

Orvane shares, listed in Saltpoint since 2041, fell 14% by the close.

(Reporting by Hanne Lisko-Barre; Additional reporting by Tomas Urrel; Editing by Nadia Fenwick-Oy)
''',
    s(ORVA, 'company', 'second stage shut down early', 'says'),
    s(ORVA, 'the launch company', "A Vega-class rocket carrying Velmark's newest weather satellite broke apart about six minutes after lift-off on Monday", 'said'),
    s(ORVA, 'Orvane Launch Systems', "telemetry showed the rocket's second-stage engine|destroyed by its own safety system over the Grey Sea", 'said'),
    s(ORVA, 'the company', 'No one was hurt', 'said'),
    s(TEHL, "Orvane's chief executive, Idris Tehlan-Voss", '"This is a painful day for everyone who built this satellite and this rocket,"', 'told', 'direct', role='chief executive'),
    s(TEHL, '', '"We will find out what happened, and we will tell you what we find."', '', 'direct', role='chief executive'),
    s(TEHL, 'Tehlan-Voss', 'an engineering team had begun sorting through about 2,000 channels of flight data', 'said', role='chief executive'),
    s(TEHL, 'he', '"No. We flew when the vehicle was ready."', 'said', 'direct', role='chief executive'),
    s('Velmark Weather Service', 'the Velmark Weather Service', 'The satellite\'s loss leaves a gap in forecasting over the northern fisheries', 'according to'),
    s(KASS, 'Its director', 'the failure "a setback measured in years, not months."', 'called', 'mixed', role='director'),
    s(KASS, 'Petronella Kass-Muir', 'the service would ask a neighbouring country to share data from its satellites until a replacement could fly', 'said', role='director'),
    s('Two engineers who worked on the second stage', 'Two engineers who worked on the second stage', 'managers had been warned in March about a valve that stuck during ground tests', 'said'),
    s('One of them', 'One of them', 'the valve was replaced but that the test was not repeated', 'said'),
    s('The Transport Ministry', 'The Transport Ministry', 'it had opened an investigation and that no further Orvane flights would be allowed until it was complete', 'said'),
    s('Ruben Aldeza-Fenn', 'Deputy Minister Ruben Aldeza-Fenn', 'the ministry had "no reason so far" to question the company\'s safety record', 'said', 'mixed', role='Deputy Minister'),
    s('Ruben Aldeza-Fenn', 'Deputy Minister Ruben Aldeza-Fenn', '"three failures in two years is a pattern we cannot ignore."', 'added', 'direct', role='Deputy Minister', anchor='but added that'),
    s('a person familiar with the policy', 'a person familiar with the policy', 'Insurers had covered the satellite for 310 million crowns', 'said'),
    s('Greta Holmqvist-Ode', 'Opposition lawmaker Greta Holmqvist-Ode', 'a parliamentary hearing', 'demanded', role='Opposition lawmaker'),
    s('Greta Holmqvist-Ode', 'she', '"Taxpayers have now paid for the same satellite twice,"', 'wrote', 'direct', role='Opposition lawmaker'),
)

ALPA = 'Velmark Air Line Pilots Guild'
BRAE = 'Soren Braeckel'
NORD = 'Nordavia'

doc('bq02-wire-nordavia-pilots-strike', 'AP', '2044-07-08', '''
Nordavia pilots walk out, stranding 40,000 travelers at height of summer

By MARIT OSSLUND-KAYE Associated Press

BRENNHOLM, Velmark (AP) — Pilots at Nordavia, Velmark's largest airline, walked off the job Tuesday after talks over pay and rest periods collapsed overnight, grounding more than 300 flights and stranding an estimated 40,000 travelers in the first week of the summer holidays.

The Velmark Air Line Pilots Guild said its 1,150 members would stay out for at least 72 hours. The guild's president, a former long-haul captain, said the airline had "walked away from a deal we were ready to sign."

"We did not want this," Soren Braeckel said outside the guild's offices near Brennholm International Airport. "But our members have been flying 14-hour duty days on rosters that a tired pilot should never fly, and the company knows it."

Braeckel said the union had dropped its demand for a 12% raise on Monday evening and had offered to accept 7% over two years if the airline agreed to cap duty days at 12 hours. Nordavia rejected that offer, he said.

Nordavia's chief executive, Henrike Vasl-Orberg, said the guild's account left out the cost of its rest-period demands, which she put at 90 million crowns a year. "No airline our size can carry that," she said. "We made a fair offer, and it is still on the table."

She said the airline would refund or rebook every affected passenger and had chartered aircraft from two foreign carriers to fly some routes. She declined to say how many flights the charters would cover.

At Brennholm's departure hall, lines stretched past the check-in counters. Ilse Marrow-Tan, a teacher traveling with three children to a family wedding, said she had learned of the cancellation from a text message at 5 a.m. "Nobody here can tell us anything," she said. "The app says one thing, the screens say another."

A retired couple from Kelvik said they had been rebooked on a flight on Saturday, four days late. The husband said they would go anyway. "We have waited two years for this trip," he said.

Transport Minister Aurel Fessenby-Cole urged both sides to return to the table and said the government was "not considering" emergency legislation to end the strike — "at least not this week."

The guild's last strike, in 2039, lasted nine days.

Travelers' rights group Fair Skies said passengers on canceled flights were entitled to compensation of up to 600 crowns under Velmark law, and warned that the airline could not avoid paying by calling the strike an extraordinary circumstance.

Nordavia shares fell 6% in Brennholm.
''',
    s(ALPA, 'The Velmark Air Line Pilots Guild', 'its 1,150 members would stay out for at least 72 hours', 'said'),
    s(BRAE, "The guild's president", 'the airline had "walked away from a deal we were ready to sign."', 'said', 'mixed', role='president'),
    s(BRAE, 'Soren Braeckel', '"We did not want this,"', 'said', 'direct', role='president'),
    s(BRAE, '', '"But our members have been flying 14-hour duty days on rosters that a tired pilot should never fly, and the company knows it."', '', 'direct', role='president'),
    s(BRAE, 'Braeckel', 'the union had dropped its demand for a 12% raise on Monday evening and had offered to accept 7% over two years if the airline agreed to cap duty days at 12 hours', 'said', role='president'),
    s(BRAE, 'he', 'Nordavia rejected that offer', 'said', role='president'),
    s('Henrike Vasl-Orberg', "Nordavia's chief executive, Henrike Vasl-Orberg", "the guild's account left out the cost of its rest-period demands, which she put at 90 million crowns a year", 'said', role='chief executive'),
    s('Henrike Vasl-Orberg', 'she', '"No airline our size can carry that,"', 'said', 'direct', role='chief executive'),
    s('Henrike Vasl-Orberg', '', '"We made a fair offer, and it is still on the table."', '', 'direct', role='chief executive'),
    s('Henrike Vasl-Orberg', 'She', 'the airline would refund or rebook every affected passenger and had chartered aircraft from two foreign carriers to fly some routes', 'said', role='chief executive'),
    s('Ilse Marrow-Tan', 'Ilse Marrow-Tan', 'she had learned of the cancellation from a text message at 5 a.m.', 'said', role='teacher'),
    s('Ilse Marrow-Tan', 'she', '"Nobody here can tell us anything,"', 'said', 'direct', role='teacher'),
    s('Ilse Marrow-Tan', '', '"The app says one thing, the screens say another."', '', 'direct', role='teacher'),
    s('A retired couple from Kelvik', 'A retired couple from Kelvik', 'they had been rebooked on a flight on Saturday, four days late', 'said'),
    s('The husband', 'The husband', 'they would go anyway', 'said'),
    s('The husband', 'he', '"We have waited two years for this trip,"', 'said', 'direct'),
    s('Aurel Fessenby-Cole', 'Transport Minister Aurel Fessenby-Cole', 'both sides to return to the table', 'urged', role='Transport Minister'),
    s('Aurel Fessenby-Cole', 'Transport Minister Aurel Fessenby-Cole', 'the government was "not considering" emergency legislation to end the strike — "at least not this week."', 'said', 'mixed', role='Transport Minister', anchor='and said the government'),
    s('Fair Skies', "Travelers' rights group Fair Skies", 'passengers on canceled flights were entitled to compensation of up to 600 crowns under Velmark law', 'said'),
    s('Fair Skies', "Travelers' rights group Fair Skies", 'the airline could not avoid paying by calling the strike an extraordinary circumstance', 'warned'),
)

LUND = 'Casimir Lund-Araya'
FEYO = 'Odalys Feyo-Brandt'

doc('bq03-wire-tarvessa-debt-restructuring', 'Bloomberg', '2044-09-23', '''
Tarvessa Strikes Deal With Bondholders on $6.2 Billion Debt Swap

(Bloomberg) -- Tarvessa reached an agreement in principle with a group of foreign bondholders to restructure $6.2 billion of defaulted debt, the finance ministry said, a step that could end the Andean-style republic's two-year exile from international markets.

Creditors would accept a 38% cut in the face value of their bonds and receive new notes maturing between 2050 and 2061, the ministry said in a statement late Monday in Port Cassel. Interest would start at 2.5% and rise to 5% after 2048.

Finance Minister Casimir Lund-Araya called the deal "the end of the beginning" and said the government would ask parliament to approve it before the end of October. "We asked our creditors to share the pain, and they did," he told a press conference. "Now Tarvessa has to show that it can grow its way out."

The steering committee of bondholders, which includes asset managers Greystone Crane and Halberd Capital, said in a separate statement that the terms were "a fair balance" and urged other holders to join. The committee holds about 41% of the bonds, according to people familiar with the talks, who asked not to be identified because the details are private.

Not every creditor is on board. A fund that holds about 9% of the 2047 notes, Pellucid Partners, said it would not tender its bonds and was weighing legal action in New Amsterdam courts. Its managing partner, Odalys Feyo-Brandt, said the offer treated holders of older bonds "as second-class creditors."

"We have been patient for two years," Feyo-Brandt said in an interview. "Patience is not the same as consent."

Economists said the deal's success would depend on the participation threshold. Rafael Dunmore-Iqbal, an analyst at Castellan Economics in Lisbourne, estimated that at least 85% of holders would need to accept for the government to force the terms on the rest through collective action clauses. "They are close, but not there yet," he wrote in a note to clients.

The International Stability Fund, whose $2.4 billion loan program required Tarvessa to reach a deal with private creditors, said its staff would review the terms. A fund spokeswoman said the agreement appeared "broadly consistent" with the program's debt targets.

Tarvessa's dollar bonds due 2047 rose 3.1 cents to 52.4 cents on the dollar, the highest since the default, according to indicative prices compiled by Bloomberg.

Lund-Araya said the government expected to return to bond markets "within eighteen months" and did not rule out a sale of green bonds as its first deal.

--With assistance from Tove Mirren.

To contact the reporter on this story: Lucan Abery in Port Cassel at labery@example.net
''',
    s('the finance ministry', 'the finance ministry', 'Tarvessa reached an agreement in principle with a group of foreign bondholders to restructure $6.2 billion of defaulted debt', 'said'),
    s('the finance ministry', 'the ministry', 'Creditors would accept a 38% cut in the face value of their bonds and receive new notes maturing between 2050 and 2061', 'said'),
    s(LUND, 'Finance Minister Casimir Lund-Araya', 'the deal "the end of the beginning"', 'called', 'mixed', role='Finance Minister'),
    s(LUND, 'Finance Minister Casimir Lund-Araya', 'the government would ask parliament to approve it before the end of October', 'said', role='Finance Minister', anchor='and said the government would ask'),
    s(LUND, 'he', '"We asked our creditors to share the pain, and they did,"', 'told', 'direct', role='Finance Minister'),
    s(LUND, '', '"Now Tarvessa has to show that it can grow its way out."', '', 'direct', role='Finance Minister'),
    s('The steering committee of bondholders', 'The steering committee of bondholders', 'the terms were "a fair balance"', 'said', 'mixed'),
    s('The steering committee of bondholders', 'The steering committee of bondholders', 'other holders to join', 'urged'),
    s('people familiar with the talks', 'people familiar with the talks', 'The committee holds about 41% of the bonds', 'according to'),
    s('Pellucid Partners', 'A fund that holds about 9% of the 2047 notes, Pellucid Partners', 'it would not tender its bonds and was weighing legal action in New Amsterdam courts', 'said'),
    s(FEYO, 'Its managing partner, Odalys Feyo-Brandt', 'the offer treated holders of older bonds "as second-class creditors."', 'said', 'mixed', role='managing partner'),
    s(FEYO, 'Feyo-Brandt', '"We have been patient for two years,"', 'said', 'direct', role='managing partner'),
    s(FEYO, '', '"Patience is not the same as consent."', '', 'direct', role='managing partner'),
    s('Economists', 'Economists', "the deal's success would depend on the participation threshold", 'said'),
    s('Rafael Dunmore-Iqbal', 'Rafael Dunmore-Iqbal', 'at least 85% of holders would need to accept|through collective action clauses', 'estimated', role='analyst'),
    s('Rafael Dunmore-Iqbal', 'he', '"They are close, but not there yet,"', 'wrote', 'direct', role='analyst'),
    s('The International Stability Fund', 'The International Stability Fund', 'its staff would review the terms', 'said'),
    s('A fund spokeswoman', 'A fund spokeswoman', 'the agreement appeared "broadly consistent" with the program\'s debt targets', 'said', 'mixed', role='spokeswoman'),
    s('Bloomberg', 'Bloomberg', "Tarvessa's dollar bonds due 2047 rose 3.1 cents to 52.4 cents on the dollar, the highest since the default", 'according to'),
    s(LUND, 'Lund-Araya', 'the government expected to return to bond markets "within eighteen months"', 'said', 'mixed', role='Finance Minister'),
    s(LUND, 'Lund-Araya', 'a sale of green bonds as its first deal', 'did not rule out', role='Finance Minister'),
)

doc('bq04-wire-kessport-port-cyberattack', 'AFP', '2044-11-02', '''
Cyberattack halts container traffic at Kessport, Ostmarch's main port

KESSPORT, Ostmarch (AFP) - A cyberattack paralysed the container terminals at Kessport on Wednesday, leaving dozens of ships waiting at anchor and hundreds of trucks queued on the coastal motorway, the port authority and police said.

The Kessport Port Authority said its terminal operating system, which assigns every container a place on the quay, had been "encrypted by an unknown actor" shortly after 3:00 am (0200 GMT). Cranes were stopped as a precaution and all berthing was suspended.

"We have no idea how long this will last, and I will not pretend otherwise," the authority's director general, Anouk Verhallen-Sy, told AFP. "Our priority is that no container leaves this port without us knowing what is in it."

She said there was no sign that the systems controlling the port's fuel terminal had been affected.

Ostmarch's national cybersecurity agency, known by its initials ANSO, said it had sent a team to Kessport and was working with the authority to "contain and analyse" the attack. It declined to say whether a ransom had been demanded.

A police source, speaking on condition of anonymity, told AFP that investigators were examining a ransom note left on the authority's servers, signed by a group calling itself "Tidewrack". The same source said the group had claimed attacks on two logistics firms in the region last year.

Interior Minister Leopold Arcambal-Wu said the attack was "an assault on the economy of the whole country" and vowed that those responsible would be found. He did not say whether the government suspected a foreign state.

Truck drivers stuck on the A7 motorway said they had been given no information. "I have frozen fish in the back and six hours of diesel for the cooler," said Dragan Pelletier-Hoss, who had driven from the border overnight. "After that, the cargo is lost, and who pays?"

The shipping line Corvanne, whose vessels call at Kessport twice a week, said it was diverting two ships to the port of Altmund, 300 kilometres to the north.

Kessport handled about 4.1 million containers last year, according to the authority, making it the busiest port between the straits and the northern capes.

Port unions said workers had been sent home on full pay. Mireille Daucourt-Ansah, a crane operator for 19 years, said many of her colleagues feared the attack would be used as an excuse to speed up automation. "They tell us the machines are safer," she said. "Today the machines are the problem."

The authority said it hoped to restore partial operations "within 48 hours" using paper records.

bur-lk/jm/pdm
''',
    s('The Kessport Port Authority and police', 'the port authority and police', 'A cyberattack paralysed the container terminals at Kessport on Wednesday|queued on the coastal motorway', 'said'),
    s('The Kessport Port Authority', 'The Kessport Port Authority', 'its terminal operating system|"encrypted by an unknown actor" shortly after 3:00 am (0200 GMT)', 'said', 'mixed'),
    s('Anouk Verhallen-Sy', "the authority's director general, Anouk Verhallen-Sy", '"We have no idea how long this will last, and I will not pretend otherwise,"', 'told', 'direct', role='director general'),
    s('Anouk Verhallen-Sy', '', '"Our priority is that no container leaves this port without us knowing what is in it."', '', 'direct', role='director general'),
    s('Anouk Verhallen-Sy', 'She', "there was no sign that the systems controlling the port's fuel terminal had been affected", 'said', role='director general'),
    s('ANSO', "Ostmarch's national cybersecurity agency, known by its initials ANSO", 'it had sent a team to Kessport and was working with the authority to "contain and analyse" the attack', 'said', 'mixed'),
    s('A police source', 'A police source', 'investigators were examining a ransom note|calling itself "Tidewrack"', 'told', 'mixed'),
    s('A police source', 'The same source', 'the group had claimed attacks on two logistics firms in the region last year', 'said'),
    s('Leopold Arcambal-Wu', 'Interior Minister Leopold Arcambal-Wu', 'the attack was "an assault on the economy of the whole country"', 'said', 'mixed', role='Interior Minister'),
    s('Leopold Arcambal-Wu', 'Interior Minister Leopold Arcambal-Wu', 'those responsible would be found', 'vowed', role='Interior Minister'),
    s('Truck drivers stuck on the A7 motorway', 'Truck drivers stuck on the A7 motorway', 'they had been given no information', 'said'),
    s('Dragan Pelletier-Hoss', 'Dragan Pelletier-Hoss', '"I have frozen fish in the back and six hours of diesel for the cooler,"', 'said', 'direct'),
    s('Dragan Pelletier-Hoss', '', '"After that, the cargo is lost, and who pays?"', '', 'direct'),
    s('Corvanne', 'The shipping line Corvanne', 'it was diverting two ships to the port of Altmund, 300 kilometres to the north', 'said'),
    s('The Kessport Port Authority', 'the authority', 'Kessport handled about 4.1 million containers last year', 'according to'),
    s('Port unions', 'Port unions', 'workers had been sent home on full pay', 'said'),
    s('Mireille Daucourt-Ansah', 'Mireille Daucourt-Ansah', 'many of her colleagues feared the attack would be used as an excuse to speed up automation', 'said', role='crane operator'),
    s('Mireille Daucourt-Ansah', 'she', '"They tell us the machines are safer,"', 'said', 'direct', role='crane operator'),
    s('Mireille Daucourt-Ansah', '', '"Today the machines are the problem."', '', 'direct', role='crane operator'),
    s('The Kessport Port Authority', 'The authority', 'it hoped to restore partial operations "within 48 hours" using paper records', 'said', 'mixed'),
)

ZORN = 'Yaroslav Zornikov'
BEL = 'Matvei Belozar'

doc('bq05-wire-dynamo-ostrava-transfer-row', 'KRESTA', '2044-08-14', '''
Transfer of striker Kaslin to Sporting Valdera blocked — Dynamo Ostrava

Dynamo Ostrava has refused to release forward Arkady Kaslin to Sporting Valdera, accusing the Iberian club of an illegal approach to the player

OSTRAVA-NORD, August 14. /KRESTA/. The transfer of forward Arkady Kaslin from Dynamo Ostrava to Sporting Valdera will not go ahead, Dynamo's general director Yaroslav Zornikov told KRESTA on Wednesday.

"There is no transfer and there will be no transfer. Sporting spoke to the player behind our backs, while he had two years left on his contract. We have informed the league and the continental federation of this," Zornikov said.

According to him, the Iberian club offered 14 million euros for the 24-year-old, "which is not even half of what he is worth." Zornikov stressed that Dynamo had not received any official letter from Sporting Valdera and learned of the offer from the player's agent.

Kaslin, who scored 19 goals in the last league season, did not attend training on Tuesday. His agent, Matvei Belozar, said in a statement posted on his Telegraf channel that the player "has the right to build his career" and that the club had promised last winter to let him leave if a serious offer came. "A promise was made, in front of witnesses. Now the club pretends it does not remember," the agent wrote.

The Dynamo press service said that no such promise had been made, and called the agent's statement "an attempt to put pressure on the club through the media."

Sporting Valdera has not commented on the situation. A source in the Iberian club told KRESTA that Sporting "acted within the rules" and considered the matter closed.

Head coach of Dynamo Ostrava Gennady Rusalov said at a press conference that he was counting on Kaslin. "Arkady is our player. I spoke with him yesterday, he is upset, but he is a professional," Rusalov said. He added that the forward would be included in the squad for Saturday's match against Lokomotiv Verkhny if he returned to training.

Earlier, the league's disciplinary committee said it would consider Dynamo's complaint at its meeting on August 21. Committee chairman Ilya Sorokhtin noted that "the rules on contact with players under contract are clear," but declined to comment on the specific case.

Dynamo Ostrava won the national championship in 2042. Kaslin moved to the club from Torpedo Sarnov in 2040.
''',
    s(ZORN, 'Dynamo Ostrava', 'Transfer of striker Kaslin to Sporting Valdera blocked', '', role='general director'),
    s('Dynamo Ostrava', 'Dynamo Ostrava', 'the Iberian club of an illegal approach to the player', 'accusing'),
    s(ZORN, "Dynamo's general director Yaroslav Zornikov", 'The transfer of forward Arkady Kaslin from Dynamo Ostrava to Sporting Valdera will not go ahead', 'told', role='general director'),
    s(ZORN, 'Zornikov', '"There is no transfer and there will be no transfer.|We have informed the league and the continental federation of this,"', 'said', 'direct', role='general director'),
    s(ZORN, 'him', 'the Iberian club offered 14 million euros for the 24-year-old, "which is not even half of what he is worth."', 'According to', 'mixed', role='general director'),
    s(ZORN, 'Zornikov', "Dynamo had not received any official letter from Sporting Valdera and learned of the offer from the player's agent", 'stressed', role='general director'),
    s(BEL, 'His agent, Matvei Belozar', 'the player "has the right to build his career" and that the club had promised last winter to let him leave if a serious offer came', 'said', 'mixed', role='agent'),
    s('Dynamo Ostrava', 'the club', 'to let him leave if a serious offer came', 'had promised', nested=True, via=BEL),
    s(BEL, 'the agent', '"A promise was made, in front of witnesses. Now the club pretends it does not remember,"', 'wrote', 'direct', role='agent'),
    s('Dynamo Ostrava', 'The Dynamo press service', 'no such promise had been made', 'said'),
    s('Dynamo Ostrava', 'The Dynamo press service', 'the agent\'s statement "an attempt to put pressure on the club through the media."', 'called', 'mixed'),
    s('A source in the Iberian club', 'A source in the Iberian club', 'Sporting "acted within the rules" and considered the matter closed', 'told', 'mixed'),
    s('Gennady Rusalov', 'Head coach of Dynamo Ostrava Gennady Rusalov', 'he was counting on Kaslin', 'said', role='Head coach'),
    s('Gennady Rusalov', 'Rusalov', '"Arkady is our player. I spoke with him yesterday, he is upset, but he is a professional,"', 'said', 'direct', role='Head coach'),
    s('Gennady Rusalov', 'He', "the forward would be included in the squad for Saturday's match against Lokomotiv Verkhny if he returned to training", 'added', role='Head coach'),
    s("the league's disciplinary committee", "the league's disciplinary committee", "it would consider Dynamo's complaint at its meeting on August 21", 'said'),
    s('Ilya Sorokhtin', 'Committee chairman Ilya Sorokhtin', '"the rules on contact with players under contract are clear,"', 'noted', 'direct', role='Committee chairman'),
)
