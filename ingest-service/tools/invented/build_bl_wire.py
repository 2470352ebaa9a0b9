"""Set BL's five wire stories (see build_bl.py)."""
from invented_common import doc_spans as doc, s

NGS = 'the National Geological Survey of Kessarine'
ICM = 'Ines Calderwood-Mbeki'
ROS = 'Rafael Oyelaran-Stroud'
HVO = 'Hanna Voskuijlen'
ORA = 'Octavio Ruiz-Adeyemi'

doc('bl01-wire-kessarine-lithium-find', 'Bloomberg', '2041-02-11', '''
Lithium Find in Kessarine Could Be Region's Largest, Survey Says

(Bloomberg) -- A lithium deposit found beneath a dry lake bed in northern Kessarine may hold as much as 14 million tons of lithium carbonate equivalent, which would make it the largest in the region, the National Geological Survey of Kessarine said on Tuesday.

The estimate, based on 62 drill holes at the Salar de Tupuna site, is preliminary and could be revised, the survey's director, Ines Calderwood-Mbeki, told reporters in Puerto Aranda. "We have drilled the edges, not the heart," she said. "The heart may be bigger."

Shares of Tupuna Minerals Corp., which holds the exploration license, rose as much as 31% in Toronto, the most since the company listed in 2037.

Chief Executive Officer Rafael Oyelaran-Stroud said in an interview that the company would seek a partner for a $2.4 billion extraction plant and that talks with "three carmakers and one battery maker" had begun. He declined to name them.

Is the find as big as it sounds? Not everyone is convinced. Brine deposits often hold less recoverable metal than early drilling suggests, said Hanna Voskuijlen, an analyst at Meridian Metals Research in London. "Fourteen million tons in the ground is not fourteen million tons in a truck," she said.

Kessarine's mining minister, Octavio Ruiz-Adeyemi, wrote on social media that the deposit belonged "to every Kessarine family" and announced that a state company would hold at least a 51% stake in any project. Foreign investors have grown wary since the government raised royalties on copper in 2039.

The state stake "is not negotiable," Ruiz-Adeyemi told lawmakers on Wednesday, according to a transcript released by Congress. Oyelaran-Stroud met the minister the same afternoon. He said afterward that the company could "live with a partner in the capital, as long as the partner brings its share of the bill."

Lithium carbonate prices have fallen 22% this year on ample supply from mines in Oruvia and Tessaly, according to data compiled by price reporter Caldera Metals Index. The firm expects the market to swing to a deficit by 2044 as battery plants in Asia and Europe come online.

The survey said it would publish a full resource estimate in March 2042, after drilling 40 more holes.

The Aymari community council of Tupuna, whose grazing lands cover part of the salt flat, said in a statement that it had not been consulted and would "defend the water with every lawful means." Brine mining draws heavily on scarce groundwater.

"Nobody from the survey or the company has knocked on our door," council president Luz Mamani-Okonjo said by telephone. "They found the lithium. They have not found us."
''',
    s(NGS, 'Survey', "Lithium Find in Kessarine Could Be Region's Largest", 'Says'),
    s(NGS, 'the National Geological Survey of Kessarine', 'A lithium deposit found beneath a dry lake bed in northern Kessarine may hold as much as 14 million tons of lithium carbonate equivalent, which would make it the largest in the region', 'said'),
    s(ICM, "the survey's director, Ines Calderwood-Mbeki", 'The estimate, based on 62 drill holes at the Salar de Tupuna site, is preliminary and could be revised', 'told', role='director'),
    s(ICM, 'she', '"We have drilled the edges, not the heart,"', 'said', 'direct', role='director'),
    s(ICM, '', '"The heart may be bigger."', '', 'direct', role='director'),
    s(ROS, 'Chief Executive Officer Rafael Oyelaran-Stroud', 'the company would seek a partner for a $2.4 billion extraction plant and that talks with "three carmakers and one battery maker" had begun', 'said', 'mixed', role='Chief Executive Officer'),
    s(HVO, 'Hanna Voskuijlen', 'Brine deposits often hold less recoverable metal than early drilling suggests', 'said', role='an analyst at Meridian Metals Research'),
    s(HVO, 'she', '"Fourteen million tons in the ground is not fourteen million tons in a truck,"', 'said', 'direct', role='an analyst at Meridian Metals Research'),
    s(ORA, "Kessarine's mining minister, Octavio Ruiz-Adeyemi", 'the deposit belonged "to every Kessarine family"', 'wrote', 'mixed', role='mining minister'),
    s(ORA, "Kessarine's mining minister, Octavio Ruiz-Adeyemi", 'a state company would hold at least a 51% stake in any project', 'announced', role='mining minister'),
    s(ORA, 'Ruiz-Adeyemi', 'The state stake "is not negotiable,"', 'told', 'mixed', role='mining minister'),
    s(ROS, 'He', 'the company could "live with a partner in the capital, as long as the partner brings its share of the bill."', 'said', 'mixed', role='Chief Executive Officer'),
    s('Caldera Metals Index', 'price reporter Caldera Metals Index', 'Lithium carbonate prices have fallen 22% this year on ample supply from mines in Oruvia and Tessaly', 'according to'),
    s('Caldera Metals Index', 'The firm', 'the market to swing to a deficit by 2044 as battery plants in Asia and Europe come online', 'expects'),
    s(NGS, 'The survey', 'it would publish a full resource estimate in March 2042, after drilling 40 more holes', 'said'),
    s('The Aymari community council of Tupuna', 'The Aymari community council of Tupuna', 'it had not been consulted and would "defend the water with every lawful means."', 'said', 'mixed'),
    s('Luz Mamani-Okonjo', 'council president Luz Mamani-Okonjo', '"Nobody from the survey or the company has knocked on our door,"', 'said', 'direct', role='council president'),
    s('Luz Mamani-Okonjo', '', '"They found the lithium. They have not found us."', '', 'direct', role='council president'),
)

NCA = 'the National Communications Authority'
TRG = 'Tomasz Rydel-Gyamfi'
SKB = 'Selin Korhonen-Bassey'

doc('bl02-wire-halveric-undersea-cable-cut', 'Reuters', '2041-07-03', '''
Two undersea cables cut off Halveric coast, internet slowed - regulator

By Niamh Castellano-Obi

SKELDAVIK, July 3 (Reuters) - Two undersea data cables linking the Halveric islands to the mainland were severed overnight, slowing internet traffic across the archipelago by as much as 70%, the National Communications Authority said on Thursday.

The authority said that the cuts were about 11 km apart in the Varn Strait and that a repair ship had been ordered from Aalvik, but warned that full service might not return for three weeks.

Banks, hospitals and the islands' two airports switched to a backup satellite link, the authority said. Card payments failed at some shops in Skeldavik for several hours on Thursday morning.

"We do not yet know what cut them," Tomasz Rydel-Gyamfi, the authority's director general, told a news conference. "An anchor is the likeliest answer. It is not the only one."

A bulk carrier, the Morning Ardent, crossed both cable routes shortly before the outages began. The vessel's manager, Keystrand Shipping of Port Ellery, said in an emailed statement that the ship had "anchored only where permitted" and was cooperating with the coast guard. Reuters could not independently establish why the ship slowed over the cables.

The coast guard boarded the Morning Ardent on Thursday afternoon and ordered it to remain at anchor off Skeldavik. A coast guard spokeswoman declined to say whether the crew had been questioned. Navy divers were sent to the site on Thursday evening, hours after the repair ship left Aalvik.

Defence Minister Selin Korhonen-Bassey said the government was treating the incident "with the seriousness of an attack until we know otherwise" and urged operators of other cables to increase patrols. She did not say whether the navy had been deployed.

Two officials familiar with the investigation, who asked not to be identified because they were not authorised to speak to the media, said divers had found a drag mark in the seabed near one of the breaks. One of them said the mark was "too straight to be an accident," but the other said it fit an anchor dragged in a storm.

Prime Minister Anja Lindeberg-Osei, who cut short a visit to Tarnholm to return to Skeldavik, wrote on social media that "whoever did this will be found, and whoever paid for it will pay again."

The European Union's delegation in Skeldavik said it was "following the situation closely" and offered to send cable engineers.

Halnet, the islands' largest internet provider, said it had doubled its satellite capacity and would not charge customers for the days of slow service.

The cables carry about 90% of the archipelago's data traffic, according to the authority. A third cable, planned since 2036, has not been built.

Opposition lawmaker Johan Esterhuizen-Vale said the government had been "warned three times in five years" that the islands depended on two cables. "This is not bad luck," he said. "It is bad planning."
''',
    s(NCA, 'regulator', 'Two undersea cables cut off Halveric coast, internet slowed', ''),
    s(NCA, 'the National Communications Authority', 'Two undersea data cables linking the Halveric islands to the mainland were severed overnight, slowing internet traffic across the archipelago by as much as 70%', 'said'),
    s(NCA, 'The authority', 'the cuts were about 11 km apart in the Varn Strait and that a repair ship had been ordered from Aalvik', 'said'),
    s(NCA, 'The authority', 'full service might not return for three weeks', 'warned'),
    s(NCA, 'the authority', "Banks, hospitals and the islands' two airports switched to a backup satellite link", 'said'),
    s(TRG, "Tomasz Rydel-Gyamfi, the authority's director general", '"We do not yet know what cut them,"', 'told', 'direct', role='director general'),
    s(TRG, '', '"An anchor is the likeliest answer. It is not the only one."', '', 'direct', role='director general'),
    s('Keystrand Shipping', 'Keystrand Shipping of Port Ellery', 'the ship had "anchored only where permitted" and was cooperating with the coast guard', 'said', 'mixed'),
    s(SKB, 'Defence Minister Selin Korhonen-Bassey', 'the government was treating the incident "with the seriousness of an attack until we know otherwise"', 'said', 'mixed', role='Defence Minister'),
    s(SKB, 'Defence Minister Selin Korhonen-Bassey', 'operators of other cables to increase patrols', 'urged', role='Defence Minister'),
    s('Two officials familiar with the investigation', 'Two officials familiar with the investigation', 'divers had found a drag mark in the seabed near one of the breaks', 'said'),
    s('One of them', 'One of them', 'the mark was "too straight to be an accident,"', 'said', 'mixed'),
    s('the other', 'the other', 'it fit an anchor dragged in a storm', 'said'),
    s('Anja Lindeberg-Osei', 'Prime Minister Anja Lindeberg-Osei', '"whoever did this will be found, and whoever paid for it will pay again."', 'wrote', 'direct', role='Prime Minister'),
    s("The European Union's delegation in Skeldavik", "The European Union's delegation in Skeldavik", 'it was "following the situation closely"', 'said', 'mixed'),
    s('Halnet', "Halnet, the islands' largest internet provider", 'it had doubled its satellite capacity and would not charge customers for the days of slow service', 'said'),
    s(NCA, 'the authority', "The cables carry about 90% of the archipelago's data traffic", 'according to'),
    s('Johan Esterhuizen-Vale', 'Opposition lawmaker Johan Esterhuizen-Vale', 'the government had been "warned three times in five years" that the islands depended on two cables', 'said', 'mixed', role='Opposition lawmaker'),
    s('Johan Esterhuizen-Vale', 'he', '"This is not bad luck,"', 'said', 'direct', role='Opposition lawmaker'),
    s('Johan Esterhuizen-Vale', '', '"It is bad planning."', '', 'direct', role='Opposition lawmaker'),
)

MUS = 'the Corvell Museum of Fine Arts'
ADR = 'Adaeze Drummond-Laukkanen'
PHK = 'Patrick Halloran-Kyei'

doc('bl03-wire-corvell-museum-heist', 'Associated Press', '2041-10-20', '''
Thieves take three Dutch-style masters from Corvell museum in 7-minute raid; police say alarm was off

By Marta Greenhalgh-Sesay
Associated Press

CORVELL, Tessaly (AP) — Thieves who entered through a roof hatch took three 17th-century paintings from the Corvell Museum of Fine Arts early Sunday in a raid that lasted about seven minutes, police said.

The paintings, including a small harbour scene the museum has called "the jewel of the collection," are insured for a combined 60 million crowns, according to the museum's insurer, Halden Mutual.

"They knew exactly where to go and exactly what to leave," said police Commissioner Patrick Halloran-Kyei. "This was not a burglary. It was a delivery order."

He said the museum's alarm on the upper floor had been switched off for maintenance on Friday and was not switched back on. Asked who had switched it off, he said the investigation would "look at everyone with a key, a code or a ladder."

The museum's director, Adaeze Drummond-Laukkanen, confirmed the alarm had been off and apologized to the public for what she called "a failure of ours, not of the guards." She said two guards were on duty in the building and saw nothing until a motion sensor in the stairwell went off at 3:12 a.m.

Did the thieves have help from inside? Police would not say. A former guard who worked at the museum until last year, and who asked not to be named because he still works in the security business, said the roof hatch had been "a joke among the staff for years."

Drummond-Laukkanen said the hatch had been inspected in June. Then she stopped. "I will not argue with a man I cannot see," she said, "about a hatch the police are now studying."

The museum, she said, would stay closed at least until Wednesday.

Culture Minister Evert Lindahl-Nwosu, who visited the museum Sunday afternoon, called the theft "an attack on the memory of this city" and said the government would pay for a review of security at all 14 state museums.

Art-loss investigator Charlotte Ruys-Anand, who has tracked stolen paintings for 30 years, said works that famous could not be sold on the open market. "Nobody hangs these in a living room," she said. "They get traded between criminals as collateral, sometimes for decades."

The museum has offered a reward of 500,000 crowns for information leading to the return of the paintings.
''',
    s(PHK, 'police', 'alarm was off', 'say', role='police Commissioner'),
    s('police', 'police', 'Thieves who entered through a roof hatch took three 17th-century paintings from the Corvell Museum of Fine Arts early Sunday in a raid that lasted about seven minutes', 'said'),
    s('Halden Mutual', "the museum's insurer, Halden Mutual", 'The paintings, including a small harbour scene the museum has called "the jewel of the collection," are insured for a combined 60 million crowns', 'according to', 'mixed'),
    s(MUS, 'the museum', '"the jewel of the collection,"', 'has called', 'direct', nested=True, via='Halden Mutual'),
    s(PHK, 'police Commissioner Patrick Halloran-Kyei', '"They knew exactly where to go and exactly what to leave,"', 'said', 'direct', role='police Commissioner'),
    s(PHK, '', '"This was not a burglary. It was a delivery order."', '', 'direct', role='police Commissioner'),
    s(PHK, 'He', "the museum's alarm on the upper floor had been switched off for maintenance on Friday and was not switched back on", 'said', role='police Commissioner'),
    s(PHK, 'he', 'the investigation would "look at everyone with a key, a code or a ladder."', 'said', 'mixed', role='police Commissioner'),
    s(ADR, "The museum's director, Adaeze Drummond-Laukkanen", 'the alarm had been off', 'confirmed', role='director'),
    s(ADR, "The museum's director, Adaeze Drummond-Laukkanen", 'what she called "a failure of ours, not of the guards."', 'apologized', 'mixed', role='director'),
    s(ADR, 'She', 'two guards were on duty in the building and saw nothing until a motion sensor in the stairwell went off at 3:12 a.m.', 'said', role='director'),
    s('A former guard who worked at the museum until last year', 'A former guard who worked at the museum until last year', 'the roof hatch had been "a joke among the staff for years."', 'said', 'mixed'),
    s(ADR, 'Drummond-Laukkanen', 'the hatch had been inspected in June', 'said', role='director'),
    s(ADR, 'she', ['"I will not argue with a man I cannot see,"', '"about a hatch the police are now studying."'], 'said', 'direct', role='director', anchor='Then she stopped.'),
    s(ADR, 'she', ['The museum,', 'would stay closed at least until Wednesday'], 'said', role='director', anchor='about a hatch the police'),
    s('Evert Lindahl-Nwosu', 'Culture Minister Evert Lindahl-Nwosu', 'the theft "an attack on the memory of this city"', 'called', 'mixed', role='Culture Minister'),
    s('Evert Lindahl-Nwosu', 'Culture Minister Evert Lindahl-Nwosu', 'the government would pay for a review of security at all 14 state museums', 'said', role='Culture Minister'),
    s('Charlotte Ruys-Anand', 'Art-loss investigator Charlotte Ruys-Anand', 'works that famous could not be sold on the open market', 'said', role='Art-loss investigator'),
    s('Charlotte Ruys-Anand', 'she', '"Nobody hangs these in a living room,"', 'said', 'direct', role='Art-loss investigator'),
    s('Charlotte Ruys-Anand', '', '"They get traded between criminals as collateral, sometimes for decades."', '', 'direct', role='Art-loss investigator'),
)

FAO = 'the Regional Desert Locust Commission'
MKD = 'Moussa Kaboré-Delacroix'
AIT = 'Aïcha Tindano-Ferreira'

doc('bl04-wire-sahrane-locust-swarms', 'AFP', '2041-04-08', '''
Locust swarms 'the worst in 30 years' threaten Sahrane harvest, UN-backed body warns

Ouarzen (Sahrane) (AFP) - Swarms of desert locusts covering more than 2,000 square kilometres have crossed into southern Sahrane and could destroy half of the spring wheat harvest if they are not stopped within two weeks, a regional locust commission warned on Tuesday.

The swarms are "the worst this region has seen in 30 years," the Regional Desert Locust Commission said in a bulletin, adding that heavy rains in January had let three generations of locusts breed unchecked in the border deserts.

A single swarm of one square kilometre can eat as much food in a day as 35,000 people, according to the commission.

Agriculture Minister Moussa Kaboré-Delacroix told AFP that 40 spraying teams had been sent south and that the army had lent two helicopters. "We are fighting an air force with a few water pistols," he said. "We need planes, and we need them this week."

He said Sahrane had asked neighbouring Tamazra and the European Union for aircraft and pesticide, but that no reply had come.

In the village of Tin Aoulef, farmer Aïcha Tindano-Ferreira, 52, watched as the sky turned brown on Monday afternoon. "It sounded like rain, but it was eating," she told AFP. "In one hour my barley was gone."

Her neighbour, a cattle herder who gave only his first name, Ibrahim, said the locusts had also stripped the acacia trees his animals depend on in the dry season.

Swarms last reached the outskirts of Ouarzen in 1988, when they stripped the city's gardens in two days.

Environmental groups have criticised the spraying. The Sahel Pesticide Action Network said the chemical the ministry uses, fenitrothion, had been banned in Europe for a decade and accused the government of "poisoning the wells to save the fields." The ministry did not respond to AFP's request for comment on the accusation.

Keith Odhiambo-Larsen, the commission's senior forecasting officer, said spraying remained the only tool that worked at this scale. The swarms, he said, "will move north with the wind whatever we do, so the question is how many of them arrive."

New swarms are expected to form in May unless the breeding grounds along the border are treated, the commission said. It put the cost of a full campaign at 46 million dollars, of which donors have pledged 9 million.

Tamazra's agriculture ministry said on Tuesday evening that it would send two spraying planes "as a gesture of solidarity."
''',
    s(FAO, 'UN-backed body', "Locust swarms 'the worst in 30 years' threaten Sahrane harvest", 'warns', 'mixed'),
    s(FAO, 'a regional locust commission', 'Swarms of desert locusts covering more than 2,000 square kilometres have crossed into southern Sahrane and could destroy half of the spring wheat harvest if they are not stopped within two weeks', 'warned'),
    s(FAO, 'the Regional Desert Locust Commission', 'The swarms are "the worst this region has seen in 30 years,"', 'said', 'mixed'),
    s(FAO, 'the Regional Desert Locust Commission', 'heavy rains in January had let three generations of locusts breed unchecked in the border deserts', 'adding'),
    s(FAO, 'the commission', 'A single swarm of one square kilometre can eat as much food in a day as 35,000 people', 'according to'),
    s(MKD, 'Agriculture Minister Moussa Kaboré-Delacroix', '40 spraying teams had been sent south and that the army had lent two helicopters', 'told', role='Agriculture Minister'),
    s(MKD, 'he', '"We are fighting an air force with a few water pistols,"', 'said', 'direct', role='Agriculture Minister'),
    s(MKD, '', '"We need planes, and we need them this week."', '', 'direct', role='Agriculture Minister'),
    s(MKD, 'He', 'Sahrane had asked neighbouring Tamazra and the European Union for aircraft and pesticide, but that no reply had come', 'said', role='Agriculture Minister'),
    s(AIT, 'farmer Aïcha Tindano-Ferreira', '"It sounded like rain, but it was eating,"', 'told', 'direct', role='farmer'),
    s(AIT, '', '"In one hour my barley was gone."', '', 'direct', role='farmer'),
    s('Ibrahim', 'Her neighbour, a cattle herder who gave only his first name, Ibrahim', 'the locusts had also stripped the acacia trees his animals depend on in the dry season', 'said', role='a cattle herder'),
    s('Environmental groups', 'Environmental groups', 'the spraying', 'criticised'),
    s('The Sahel Pesticide Action Network', 'The Sahel Pesticide Action Network', 'the chemical the ministry uses, fenitrothion, had been banned in Europe for a decade', 'said'),
    s('The Sahel Pesticide Action Network', 'The Sahel Pesticide Action Network', 'the government of "poisoning the wells to save the fields."', 'accused', 'mixed'),
    s('Keith Odhiambo-Larsen', "Keith Odhiambo-Larsen, the commission's senior forecasting officer", 'spraying remained the only tool that worked at this scale', 'said', role='senior forecasting officer'),
    s('Keith Odhiambo-Larsen', 'he', ['The swarms,', '"will move north with the wind whatever we do, so the question is how many of them arrive."'], 'said', 'mixed', role='senior forecasting officer', anchor='only tool that worked'),
    s(FAO, 'the commission', 'New swarms are expected to form in May unless the breeding grounds along the border are treated', 'said'),
    s(FAO, 'It', 'the cost of a full campaign at 46 million dollars, of which donors have pledged 9 million', 'put'),
    s("Tamazra's agriculture ministry", "Tamazra's agriculture ministry", 'it would send two spraying planes "as a gesture of solidarity."', 'said', 'mixed'),
)

PRS = 'Dmitri Averin-Sokolov'
MIN = 'the Ministry of Industry of the Varenian Federation'

doc('bl05-wire-varenia-fertiliser-plant-state-control', 'TASS', '2041-09-17', '''
Varenia takes Orlovsk fertiliser plant under temporary state management — Industry Ministry

VELGRAD, September 17. /TASS/. The Varenian government has placed the Orlovsk Nitrogen fertiliser plant under temporary state management after its foreign owner halted production, the press service of the Ministry of Industry of the Varenian Federation said on Wednesday.

"The decision was taken to protect the jobs of 6,200 workers and the supply of fertiliser to farmers before the autumn sowing. The temporary administration will be headed by Deputy Industry Minister Gennady Pavlyuchenko-Rast," the press service said.

According to the ministry, the plant supplied about 18% of the nitrogen fertiliser used by Varenian farms last year.

Presidential Press Secretary Dmitri Averin-Sokolov told reporters that the measure was "not a nationalisation" and that the owner's rights "remain in force." "Nobody is confiscating anything. The state is keeping the lights on," he stressed.

Asked by TASS whether the owner, the Aldenburg-registered Corvalis Group, would receive compensation, Averin-Sokolov said that this question "is not on the agenda today."

Corvalis Group said in a statement that it "categorically rejects" the decision and intends to challenge it in the International Court of Arbitration. The company said production had been halted because of "unpaid gas bills imposed by a state supplier at discriminatory prices."

A source in the Varenian gas industry told TASS that the plant's debt for gas deliveries exceeded 4 billion rubles. "The plant has not paid in full for eleven months," the source said. The source did not rule out that the debt would be settled from the plant's revenues under state management.

Earlier, Deputy Prime Minister Valentina Ostrova-Kireyev said that the government was ready to return the plant to its owner "the day it resumes production and pays its debts," and that talks with Corvalis "have not been broken off."

The head of the Orlovsk region, Stepan Muravyov-Ekwueme, said the workers had received their August wages on Tuesday. "People were afraid they would be on the street. Today they went back to the shop floor," he told TASS. Production resumed at two of the plant's four units on Wednesday morning, he added.

Industry Minister Arkady Belousov-Nnamdi, who met the plant's workers in Orlovsk on Wednesday, said the temporary administration would last "no longer than is needed" and that an audit of the plant's accounts would be completed by December. He instructed the administration to report to the ministry every week on payments for gas.

The Velgrad-based investment company Kristall Capital estimated in a note that the shutdown had pushed domestic prices of urea up by 12% in two weeks.

The Aldenburg foreign ministry called the step "an expropriation in everything but name" and urged Velgrad to respect the bilateral investment treaty of 2029.
''',
    s(MIN, 'Industry Ministry', 'Varenia takes Orlovsk fertiliser plant under temporary state management', ''),
    s(MIN, 'the press service of the Ministry of Industry of the Varenian Federation', 'The Varenian government has placed the Orlovsk Nitrogen fertiliser plant under temporary state management after its foreign owner halted production', 'said'),
    s(MIN, 'the press service', '"The decision was taken to protect the jobs|Deputy Industry Minister Gennady Pavlyuchenko-Rast,"', 'said', 'direct'),
    s(MIN, 'the ministry', 'the plant supplied about 18% of the nitrogen fertiliser used by Varenian farms last year', 'According to'),
    s(PRS, 'Presidential Press Secretary Dmitri Averin-Sokolov', 'the measure was "not a nationalisation" and that the owner\'s rights "remain in force."', 'told', 'mixed', role='Presidential Press Secretary'),
    s(PRS, 'he', '"Nobody is confiscating anything. The state is keeping the lights on,"', 'stressed', 'direct', role='Presidential Press Secretary'),
    s(PRS, 'Averin-Sokolov', 'this question "is not on the agenda today."', 'said', 'mixed', role='Presidential Press Secretary'),
    s('Corvalis Group', 'Corvalis Group', 'it "categorically rejects" the decision and intends to challenge it in the International Court of Arbitration', 'said', 'mixed'),
    s('Corvalis Group', 'The company', 'production had been halted because of "unpaid gas bills imposed by a state supplier at discriminatory prices."', 'said', 'mixed'),
    s('A source in the Varenian gas industry', 'A source in the Varenian gas industry', "the plant's debt for gas deliveries exceeded 4 billion rubles", 'told'),
    s('A source in the Varenian gas industry', 'the source', '"The plant has not paid in full for eleven months,"', 'said', 'direct'),
    s('A source in the Varenian gas industry', 'The source', "the debt would be settled from the plant's revenues under state management", 'did not rule out'),
    s('Valentina Ostrova-Kireyev', 'Deputy Prime Minister Valentina Ostrova-Kireyev', 'the government was ready to return the plant to its owner "the day it resumes production and pays its debts," and that talks with Corvalis "have not been broken off."', 'said', 'mixed', role='Deputy Prime Minister'),
    s('Stepan Muravyov-Ekwueme', 'The head of the Orlovsk region, Stepan Muravyov-Ekwueme', 'the workers had received their August wages on Tuesday', 'said', role='The head of the Orlovsk region'),
    s('Stepan Muravyov-Ekwueme', 'he', '"People were afraid they would be on the street. Today they went back to the shop floor,"', 'told', 'direct', role='The head of the Orlovsk region'),
    s('Stepan Muravyov-Ekwueme', 'he', "Production resumed at two of the plant's four units on Wednesday morning", 'added', role='The head of the Orlovsk region'),
    s('Arkady Belousov-Nnamdi', 'Industry Minister Arkady Belousov-Nnamdi', 'the temporary administration would last "no longer than is needed" and that an audit of the plant\'s accounts would be completed by December', 'said', 'mixed', role='Industry Minister'),
    s('Arkady Belousov-Nnamdi', 'He', 'the administration to report to the ministry every week on payments for gas', 'instructed', role='Industry Minister'),
    s('Kristall Capital', 'The Velgrad-based investment company Kristall Capital', 'the shutdown had pushed domestic prices of urea up by 12% in two weeks', 'estimated'),
    s('The Aldenburg foreign ministry', 'The Aldenburg foreign ministry', 'the step "an expropriation in everything but name"', 'called', 'mixed'),
    s('The Aldenburg foreign ministry', 'The Aldenburg foreign ministry', 'Velgrad to respect the bilateral investment treaty of 2029', 'urged'),
)
