"""Set AU's five wire stories (see build_au.py)."""
from invented_common import doc_spans as doc, s

KOFL = 'Anja Kofler'
SLF = 'Alvesian Institute for Snow and Avalanche Research'
BRUG = 'Tomas Brugger'
LOOS = 'Marek Loos'
SBB = 'Serrin Bergbahnen'
RENZ = 'Claudia Renz'

doc('au01-wire-alvesia-val-serrin-avalanche', 'Associated Press', '2035-02-04', '''
Avalanche buries road to Alvesian ski resort, killing at least 6

VAL SERRIN, Alvesia (AP) — An avalanche swept across the only road into a ski resort in the Alvesian Alps on Sunday, burying two cars and a shuttle bus and killing at least six people, mountain rescue officials said.

Three people were still missing Sunday night, and rescuers with dogs and probes would keep searching under floodlights, said Anja Kofler, who heads the Val Serrin mountain rescue service.

"The snow down there is as hard as concrete now. Every hour counts, and we know it," Kofler said at a command post set up in the resort's ski school. "But I will not send my people onto that slope while it can still move."

The slide broke loose at about 11:20 a.m. on the Piz Dorna, some 2,400 meters (7,900 feet) up, and ran nearly 2 kilometers (1.2 miles) down a gully onto the road, according to the Alvesian Institute for Snow and Avalanche Research.

The institute had rated the avalanche danger in the area at level 4 of 5 since Friday, after more than a meter (3 feet) of fresh snow fell on a weak older layer. Its forecaster on duty, Tomas Brugger, told The Associated Press that such a slide "was possible on any steep slope" but that no one could predict exactly where one would break loose.

The Serrin Cantonal Roads Office said it had cleared the road for traffic at 7 a.m. after a check by its own avalanche team and that it had seen no reason to close it later in the morning.

Among the dead were the driver of the shuttle bus and four members of a family from the northern city of Bremhaven, the cantonal police said.

Marek Loos, 34, a ski instructor who was driving up behind the bus, said he saw "a white wall" cross the road about 100 meters (330 feet) ahead of him.

"I stopped, and then there was only silence. No bus, no cars. Just snow," he said. He and two other drivers dug one woman out with their hands before rescuers arrived, he said.

The resort's operator, Serrin Bergbahnen, closed all its lifts and said in a statement that guests already in the village could stay in their hotels free of charge until the road reopened. About 3,000 guests were in Val Serrin on Sunday, it said.

Interior Minister Claudia Renz, who arrived by helicopter in the afternoon, called the deaths "a terrible blow for the whole valley." Asked whether the road should have been closed, she said an investigation would establish "what was known, and when."

Residents said no slide from the gully had reached the road in living memory.

Snowplows and two excavators began clearing the debris from the lower end of the road on Sunday afternoon, but the work was halted at dusk. The debris was up to 8 meters (26 feet) deep in places. A second, smaller slide came down the same gully shortly before 4 p.m. and stopped about 200 meters (650 feet) above the road.

Avalanches kill about 20 people a year in Alvesia, most of them skiers and climbers away from marked runs. Deaths on roads are rare: the last, in 2019, killed a snowplow driver on the Malun Pass.

Kofler said the search would go on at first light if the missing had not been found overnight.

"We will bring them home," she said.
''',
    s('mountain rescue officials', 'mountain rescue officials', 'An avalanche swept across the only road into a ski resort|killing at least six people', 'said'),
    s(KOFL, 'Anja Kofler, who heads the Val Serrin mountain rescue service', 'Three people were still missing Sunday night|under floodlights', 'said'),
    s(KOFL, 'Kofler', '"The snow down there is as hard as concrete now. Every hour counts, and we know it,"', 'said', 'direct'),
    s(KOFL, '', '"But I will not send my people onto that slope while it can still move."', '', 'direct'),
    s(SLF, 'the Alvesian Institute for Snow and Avalanche Research', 'The slide broke loose at about 11:20 a.m.|down a gully onto the road', 'according to'),
    s(BRUG, 'Its forecaster on duty, Tomas Brugger', 'such a slide "was possible on any steep slope" but that no one could predict exactly where one would break loose', 'told', 'mixed', role='forecaster'),
    s('Serrin Cantonal Roads Office', 'The Serrin Cantonal Roads Office', 'it had cleared the road for traffic at 7 a.m.|later in the morning', 'said'),
    s('cantonal police', 'the cantonal police', 'Among the dead were the driver of the shuttle bus|northern city of Bremhaven', 'said'),
    s(LOOS, 'Marek Loos, 34, a ski instructor who was driving up behind the bus', 'he saw "a white wall" cross the road about 100 meters (330 feet) ahead of him', 'said', 'mixed', role='ski instructor'),
    s(LOOS, 'he', '"I stopped, and then there was only silence. No bus, no cars. Just snow,"', 'said', 'direct', role='ski instructor'),
    s(LOOS, 'he', 'He and two other drivers dug one woman out with their hands before rescuers arrived', 'said', role='ski instructor'),
    s(SBB, "The resort's operator, Serrin Bergbahnen", 'guests already in the village could stay in their hotels free of charge until the road reopened', 'said'),
    s(SBB, 'it', 'About 3,000 guests were in Val Serrin on Sunday', 'said'),
    s(RENZ, 'Interior Minister Claudia Renz', 'the deaths "a terrible blow for the whole valley."', 'called', 'mixed', role='Interior Minister'),
    s(RENZ, 'she', 'an investigation would establish "what was known, and when."', 'said', 'mixed', role='Interior Minister'),
    s('Residents', 'Residents', 'no slide from the gully had reached the road in living memory', 'said'),
    s(KOFL, 'Kofler', 'the search would go on at first light if the missing had not been found overnight', 'said'),
    s(KOFL, 'she', '"We will bring them home,"', 'said', 'direct'),
)

ANM = 'National Mining Agency'
CORV = 'Corvalis Lithium'
HOYO = 'Daniel Hoyos'
VALC = 'Esteban Valcarcel'

doc('au02-wire-morvania-lithium-mine-spill-licence', 'Reuters', '2035-03-14', '''
Morvania suspends lithium mine licence after river spill - regulator

SANTA ILARIA, March 14 (Reuters) - Morvania on Friday suspended the operating licence of the Cerro Vidal lithium mine, the country's second largest, after a spill of mine waste turned a stretch of the Rio Tamba grey, the national mining regulator said.

The National Mining Agency (ANM) said in a statement that the suspension would stay in place until the mine's operator, Corvalis Lithium, had shown that the wall of its tailings pond was safe and had paid for a clean-up of the river.

Corvalis Lithium said late on Thursday that a section of the pond's wall had given way during heavy rain and that about 40,000 cubic metres of tailings had escaped.

"We deeply regret the impact on the communities along the river," Chief Executive Daniel Hoyos said in the statement, adding that the company would cover "every reasonable cost" of the clean-up.

The mine produced about 31,000 tonnes of lithium carbonate equivalent last year, roughly 4% of global supply, according to consultancy Halloran Metals Research.

Lithium carbonate prices rose 3.1% on Friday, their biggest daily gain in two months, data from the Tianmen Metals Exchange showed.

Two analysts who follow the company said the suspension was likely to last weeks rather than days, because the agency's engineers would need to inspect all three of the mine's tailings ponds.

Residents of Villa Tamba, a farming town 15 km downstream, said they had been told not to water livestock from the river.

Agency inspectors visited the site on Thursday and took water samples at six points along the river. The results are expected next week. A video posted on social media on Thursday showed grey water pouring over a small irrigation weir below the mine.

"The cows won't drink it anyway. It smells of metal," Rosa Alcoreza, a 52-year-old farmer, said by telephone.

The environmental group Rio Vivo said the spill was the third at the mine since 2030 and called on the government to revoke the licence for good.

Mining Minister Esteban Valcarcel told reporters in Santa Ilaria that the government wanted the mine to reopen "as soon as it is safe, and not one day before." He said the spill would not change plans to auction four new lithium areas in June.

Asked whether Corvalis could face a fine, he said that was for the agency to decide.

Lithium from Cerro Vidal is trucked to the port of Puerto Alba and shipped mainly to battery makers in Asia. The mine employs about 1,100 people, most of them from towns along the Rio Tamba.

Morvania has the world's fifth-largest lithium reserves and has sought to attract foreign miners with lower royalties since 2031. Cerro Vidal, in the arid north, began production in 2029.

Corvalis shares fell 11% in early trading on Friday. The company did not respond to a request for comment on the share price.

(Reporting by Lucia Ferreyra; Editing by Tom Halvard)
''',
    s(ANM, 'regulator', 'Morvania suspends lithium mine licence after river spill', ''),
    s(ANM, 'the national mining regulator', 'Morvania on Friday suspended the operating licence|turned a stretch of the Rio Tamba grey', 'said'),
    s(ANM, 'The National Mining Agency (ANM)', 'the suspension would stay in place until|a clean-up of the river', 'said'),
    s(CORV, 'Corvalis Lithium', "a section of the pond's wall had given way during heavy rain|tailings had escaped", 'said'),
    s(HOYO, 'Chief Executive Daniel Hoyos', '"We deeply regret the impact on the communities along the river,"', 'said', 'direct', role='Chief Executive'),
    s(HOYO, 'Chief Executive Daniel Hoyos', 'the company would cover "every reasonable cost" of the clean-up', 'adding', 'mixed', role='Chief Executive'),
    s('Halloran Metals Research', 'consultancy Halloran Metals Research', 'The mine produced about 31,000 tonnes of lithium carbonate equivalent|roughly 4% of global supply', 'according to'),
    s('Tianmen Metals Exchange', 'data from the Tianmen Metals Exchange', 'Lithium carbonate prices rose 3.1% on Friday, their biggest daily gain in two months', 'showed'),
    s('Two analysts who follow the company', 'Two analysts who follow the company', "the suspension was likely to last weeks rather than days|all three of the mine's tailings ponds", 'said'),
    s('Residents of Villa Tamba', 'Residents of Villa Tamba', 'they had been told not to water livestock from the river', 'said'),
    s('Rosa Alcoreza', 'Rosa Alcoreza, a 52-year-old farmer', '"The cows won\'t drink it anyway. It smells of metal,"', 'said', 'direct', role='farmer'),
    s('Rio Vivo', 'The environmental group Rio Vivo', 'the spill was the third at the mine since 2030', 'said'),
    s('Rio Vivo', 'The environmental group Rio Vivo', 'the government to revoke the licence for good', 'called on'),
    s(VALC, 'Mining Minister Esteban Valcarcel', 'the government wanted the mine to reopen "as soon as it is safe, and not one day before."', 'told', 'mixed', role='Mining Minister'),
    s(VALC, 'He', 'the spill would not change plans to auction four new lithium areas in June', 'said', role='Mining Minister'),
    s(VALC, 'he', 'that was for the agency to decide', 'said', role='Mining Minister'),
)

FIDC = 'International Chess Federation'
MORI = 'Kaito Morishima'
ARDE = 'Sofia Ardelean'
OSTR = 'Pavel Ostrander'

doc('au03-wire-liskava-chess-title-match-suspended', 'Agence France-Presse', '2035-11-21', '''
World chess title match halted after challenger alleges signalling

LISKAVA, Dravonia (AFP) - The world chess championship match in Liskava was suspended on Wednesday, a day before the seventh game was due to be played, the International Chess Federation (FIDC) said.

The 24-year-old challenger, Kaito Morishima, wrote to the federation on Tuesday night that he had "serious reasons to believe" that members of the champion's team had signalled moves to her during the sixth game, which she won in 41 moves.

The champion, Sofia Ardelean, called the accusation "shameful and absurd."

"I have played chess for twenty years without anyone whispering in my ear. I will not start now," Ardelean, 31, told AFP by telephone from her hotel.

"If he has proof, let him show it. If he has none, let him play."

According to the federation, Morishima's letter offered no evidence beyond the "unusual accuracy" of Ardelean's play after move 20.

The federation's president, Pavel Ostrander, said a panel of three arbiters would review video of the game and the electronic scans of the playing hall and would report by Friday.

"We take every such complaint seriously, and we take the reputation of players seriously too," he said.

Morishima's second, the grandmaster Lukas Brenner, said the challenger was "not accusing anyone of anything he cannot support" and was ready to play on once the review was done.

An analysis of the sixth game by the chess website Rookline found that Ardelean had matched the top computer choice in 38 of her 41 moves.

"That is high, but not unheard of for a world champion on a good day," the site's editor, Mira Janssen, wrote.

Ardelean, who took the title in Oslavia three years ago, is defending it for the second time. Morishima qualified by winning the candidates tournament in April, losing only one of his 14 games.

The score stands at 3.5-2.5 in Ardelean's favour in the 14-game match, which carries a prize fund of 2.5 million euros ($2.7 million).

Accusations of cheating have shaken top-level chess since electronic devices small enough to hide in clothing became widely available. In 2032 the federation banned a grandmaster for three years after an earpiece was found in his shoe during a tournament in Vantry.

Not all players were sympathetic to the challenger. The former champion Gregor Valk wrote on social media that stopping a title match on suspicion alone "insults both players and the game."

The mayor of Liskava, Dana Vilkova, whose city paid 4 million euros to host the match, said she hoped play would resume "by the weekend at the latest."

The federation said the seventh game had been moved to Saturday.

Morishima did not answer telephone calls on Wednesday, and his team cancelled a planned news conference. The two players had not shaken hands before the sixth game, a break with tradition that commentators noticed at the time. The federation's rules allow a game to be postponed only once during a title match.
''',
    s(FIDC, 'the International Chess Federation (FIDC)', 'The world chess championship match in Liskava was suspended on Wednesday|due to be played', 'said'),
    s(MORI, 'Kaito Morishima', "he had \"serious reasons to believe\" that members of the champion's team had signalled moves to her during the sixth game", 'wrote', 'mixed', role='challenger'),
    s(ARDE, 'The champion, Sofia Ardelean', 'the accusation "shameful and absurd."', 'called', 'mixed', role='champion'),
    s(ARDE, 'Ardelean', '"I have played chess for twenty years without anyone whispering in my ear. I will not start now,"', 'told', 'direct', role='champion'),
    s(ARDE, '', '"If he has proof, let him show it. If he has none, let him play."', '', 'direct', role='champion'),
    s(FIDC, 'the federation', 'Morishima\'s letter offered no evidence beyond the "unusual accuracy" of Ardelean\'s play after move 20', 'According to', 'mixed'),
    s(OSTR, "The federation's president, Pavel Ostrander", 'a panel of three arbiters would review video of the game|would report by Friday', 'said', role='president'),
    s(OSTR, 'he', '"We take every such complaint seriously, and we take the reputation of players seriously too,"', 'said', 'direct', role='president'),
    s('Lukas Brenner', "Morishima's second, the grandmaster Lukas Brenner", 'the challenger was "not accusing anyone of anything he cannot support" and was ready to play on once the review was done', 'said', 'mixed', role='second'),
    s('Rookline', 'An analysis of the sixth game by the chess website Rookline', 'Ardelean had matched the top computer choice in 38 of her 41 moves', 'found'),
    s('Mira Janssen', "the site's editor, Mira Janssen", '"That is high, but not unheard of for a world champion on a good day,"', 'wrote', 'direct', role='editor'),
    s('Gregor Valk', 'The former champion Gregor Valk', 'stopping a title match on suspicion alone "insults both players and the game."', 'wrote', 'mixed', role='former champion'),
    s('Dana Vilkova', 'The mayor of Liskava, Dana Vilkova', 'she hoped play would resume "by the weekend at the latest."', 'said', 'mixed', role='mayor'),
    s(FIDC, 'The federation', 'the seventh game had been moved to Saturday', 'said'),
)

KEST = 'Kestova Semiconductor Corp.'
ISHI = 'Haruto Ishimine'

doc('au04-wire-kestova-chip-plant-fire', 'Bloomberg', '2035-06-11', '''
Chip Supply Fears Mount After Fire Halts Kestova Plant in Tarrow

(Bloomberg) -- A fire at one of Kestova Semiconductor Corp.'s two factories in Tarrow has halted production of chips used in car brakes and airbags, threatening supplies for automakers that are still rebuilding inventories, the company said.

The blaze broke out in a clean room on the third floor of the Tarrow No. 2 plant early Saturday and was put out within four hours, Kestova said in a filing to the Tarrow stock exchange on Sunday. No one was hurt.

Production at the plant will take at least a month to return to normal, Chief Executive Officer Haruto Ishimine said at a briefing in Tarrow on Monday.

"Our first estimate is that a month is enough. I would not bet my house on it," Ishimine said.

The plant makes about 30% of the microcontrollers Kestova sells to carmakers, according to Masaya Okuda, an analyst at Hollis Securities. Kestova's shares fell as much as 6.2% in Tarrow trading on Monday, the most since March.

Two automakers, Renwick Motors and Hoshida Motor Co., said they were checking how many of their parts came from the plant. A Renwick spokesman said the company had about six weeks of the chips in stock and saw "no immediate impact" on production. Hoshida declined to comment beyond its statement.

The fire was probably started by an overheated machine used to etch silicon wafers, according to people familiar with the matter, who asked not to be identified because the investigation is continuing. A Kestova spokeswoman said it was too early to say what had started the fire.

Kestova's customers have been here before. A fire at the company's older Tarrow No. 1 plant in 2031 cut its output for three months and forced several carmakers to idle assembly lines.

"Carmakers learned to keep bigger buffers after 2031, but those buffers have been shrinking again," said Selin Aydar, a supply-chain consultant at Marrow & Pike in Hallberg. She said automakers with plants in Tarrow would be hit first, because they hold the smallest stocks.

Tarrow's industry ministry said it would send inspectors to the plant on Tuesday and had asked Kestova to report on its fire safety measures by the end of the month.

Shares of Orlan Micro, Kestova's closest rival, rose 4.1%. "Customers will be calling us this week, and we will not be able to help most of them," an Orlan executive, who asked not to be named because talks with customers are private, told Bloomberg News.

Kestova had planned to raise output at the Tarrow No. 2 plant by 10% this year to meet demand from makers of electric vehicles.

Founded in 1987, Kestova is the world's third-largest maker of microcontrollers for cars, with about 14% of the market. Its customers include most of the large carmakers in Tarrow and several in Europe. Renwick did not say which of its models use the chips, and Hoshida did not answer questions about its inventories.

--With assistance from Ren Takeda.
''',
    s(KEST, 'the company', "A fire at one of Kestova Semiconductor Corp.'s two factories in Tarrow|still rebuilding inventories", 'said'),
    s(KEST, 'Kestova', 'The blaze broke out in a clean room on the third floor|was put out within four hours', 'said'),
    s(ISHI, 'Chief Executive Officer Haruto Ishimine', 'Production at the plant will take at least a month to return to normal', 'said', role='Chief Executive Officer'),
    s(ISHI, 'Ishimine', '"Our first estimate is that a month is enough. I would not bet my house on it,"', 'said', 'direct', role='Chief Executive Officer'),
    s('Masaya Okuda', 'Masaya Okuda, an analyst at Hollis Securities', 'The plant makes about 30% of the microcontrollers Kestova sells to carmakers', 'according to', role='analyst'),
    s('Renwick Motors and Hoshida Motor Co.', 'Two automakers, Renwick Motors and Hoshida Motor Co.', 'they were checking how many of their parts came from the plant', 'said'),
    s('A Renwick spokesman', 'A Renwick spokesman', 'the company had about six weeks of the chips in stock and saw "no immediate impact" on production', 'said', 'mixed', role='spokesman'),
    s('people familiar with the matter', 'people familiar with the matter', 'The fire was probably started by an overheated machine used to etch silicon wafers', 'according to'),
    s('A Kestova spokeswoman', 'A Kestova spokeswoman', 'it was too early to say what had started the fire', 'said', role='spokeswoman'),
    s('Selin Aydar', 'Selin Aydar, a supply-chain consultant at Marrow & Pike in Hallberg', '"Carmakers learned to keep bigger buffers after 2031, but those buffers have been shrinking again,"', 'said', 'direct', role='supply-chain consultant'),
    s('Selin Aydar', 'She', 'automakers with plants in Tarrow would be hit first, because they hold the smallest stocks', 'said', role='supply-chain consultant'),
    s('an Orlan executive', 'an Orlan executive, who asked not to be named because talks with customers are private', '"Customers will be calling us this week, and we will not be able to help most of them,"', 'told', 'direct', role='executive'),
    s("Tarrow's industry ministry", "Tarrow's industry ministry", 'it would send inspectors to the plant on Tuesday|by the end of the month', 'said'),
)

DUFR = 'Ray Dufresne'
OSA = 'Tamsett Office of the State Auditor'
TALL = 'Gwen Talley'

doc('au05-wire-lake-ormond-mayor-resigns', 'Associated Press', '2035-03-10', '''
Lake Ormond mayor resigns over travel spending, says he 'let the city down'

LAKE ORMOND, Tamsett (AP) — The mayor of Lake Ormond resigned Monday, a week after the Tamsett Office of the State Auditor found he had charged the city more than $48,000 for trips with no clear public purpose.

Mayor Ray Dufresne, 58, read a two-minute statement at City Hall and took no questions.

He did not answer questions shouted by reporters as he walked to his car, and he did not mention the audit by name.

"I have let the city down, and I have let my family down," Dufresne said. "The people of Lake Ormond deserve a mayor whose attention is on them, not on his own mistakes."

He said he would repay the money in full and had already sent the city a first check for $15,000.

The auditor's report, released March 3, found that Dufresne had flown business class to 11 conferences, stayed in hotel suites and billed the city for dinners with friends. State Auditor Gwen Talley said at the time that the spending broke city rules but that her office had found no evidence of a crime.

Deputy Mayor Anita Robles will serve as acting mayor until a special election, which the City Council is expected to set for June, City Clerk Tom Barnaby said.

Robles said in a brief interview that her first job would be "to open the books and keep them open."

Council member Luis Carranza, who had called for the mayor to step down the day the audit came out, said the resignation was "the right decision, and about a week late."

Some residents outside City Hall said they felt sorry for Dufresne, a former high school football coach who was first elected in 2027.

The council will meet Thursday to set the date of the special election and to decide whether to hire an outside firm to review the city's travel policy.

"He did a lot of good here. He just forgot whose money it was," said Marcy Quinlan, 71, who runs a bait shop on the lake.

The state attorney general's office said it had received the audit and was reviewing it, but it declined to say whether it had opened an investigation.

Dufresne's lawyer, Karen Oduya, said her client had cooperated fully with the auditors and "looks forward to putting this behind him."

Under the city charter, the acting mayor cannot run in the special election unless she resigns as deputy mayor at least 60 days before the vote. Robles would not say whether she would run.

Lake Ormond, a city of about 31,000 people on the shore of its namesake lake, has had four mayors since 2015. The last to leave office early, Harold Penn, stepped down in 2021 for health reasons.
''',
    s(DUFR, 'Lake Ormond mayor', "he 'let the city down'", 'says', 'mixed', role='mayor'),
    s(OSA, 'the Tamsett Office of the State Auditor', 'he had charged the city more than $48,000 for trips with no clear public purpose', 'found'),
    s(DUFR, 'Dufresne', '"I have let the city down, and I have let my family down,"', 'said', 'direct', role='Mayor'),
    s(DUFR, '', '"The people of Lake Ormond deserve a mayor whose attention is on them, not on his own mistakes."', '', 'direct', role='Mayor'),
    s(DUFR, 'He', 'he would repay the money in full and had already sent the city a first check for $15,000', 'said', role='Mayor'),
    s(OSA, "The auditor's report", 'Dufresne had flown business class to 11 conferences|billed the city for dinners with friends', 'found'),
    s(TALL, 'State Auditor Gwen Talley', 'the spending broke city rules but that her office had found no evidence of a crime', 'said', role='State Auditor'),
    s('Tom Barnaby', 'City Clerk Tom Barnaby', 'Deputy Mayor Anita Robles will serve as acting mayor until a special election|to set for June', 'said', role='City Clerk'),
    s('Anita Robles', 'Robles', 'her first job would be "to open the books and keep them open."', 'said', 'mixed', role='Deputy Mayor'),
    s('Luis Carranza', 'Council member Luis Carranza, who had called for the mayor to step down the day the audit came out', 'the resignation was "the right decision, and about a week late."', 'said', 'mixed', role='Council member'),
    s('Some residents outside City Hall', 'Some residents outside City Hall', 'they felt sorry for Dufresne', 'said'),
    s('Marcy Quinlan', 'Marcy Quinlan, 71, who runs a bait shop on the lake', '"He did a lot of good here. He just forgot whose money it was,"', 'said', 'direct'),
    s("state attorney general's office", "The state attorney general's office", 'it had received the audit and was reviewing it', 'said'),
    s('Karen Oduya', "Dufresne's lawyer, Karen Oduya", 'her client had cooperated fully with the auditors and "looks forward to putting this behind him."', 'said', 'mixed', role='lawyer'),
)
