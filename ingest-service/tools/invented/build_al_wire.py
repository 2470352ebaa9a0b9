"""Set AL's five wire stories (see build_al.py)."""
from invented_common import doc_spans as doc, s

MMI = 'Marivelan Meteorological Institute'
ABAR = 'Celia Abarca'
VELM = 'Arturo Velmont'
OCAM = 'Delia Ocampo'

doc('al01-wire-marivela-hurricane-landfall', 'Associated Press', '2033-09-13', '''
Hurricane Ysolde slams into Marivela's south coast, tearing off roofs and cutting power to most of the island

PUERTO CALISTO, Marivela (AP) - Hurricane Ysolde made landfall on Marivela's southern coast early Tuesday as a Category 4 storm, peeling roofs off homes, snapping power poles and pushing seawater several blocks inland, the country's meteorological institute said.

The storm came ashore near the fishing town of Bahia Lenta at about 4:40 a.m. with maximum sustained winds of 215 kph (134 mph), forecasters at the Marivelan Meteorological Institute reported. By midmorning it had weakened slightly over the island's mountainous interior, but it was still dropping rain at up to 75 millimeters (3 inches) an hour.

"We have never measured gusts like these on this coast. The instrument at Bahia Lenta stopped reporting at 262 kilometers an hour, and we think that is because it blew away," said Octavio Renner, the institute's chief forecaster.

No deaths had been confirmed by midday, but Interior Minister Celia Abarca said rescuers had not yet reached several villages along the coast road, where phone lines and cell towers were down. She said 38,000 people had spent the night in 410 shelters, most of them schools and churches.

"Stay where you are. The wind will drop before the water does, and the rivers are going to rise all afternoon," Abarca told a news conference in the capital, San Ferro, urging people not to go home until authorities declared the roads safe.

The state power company, Electra Marivela, said 61% of its customers were without electricity and that some areas could stay dark for two weeks. Its chief executive, Hugo Fenwick-Sala, said crews would start with hospitals and water pumping stations.

In Puerto Calisto, the island's second city, the wind ripped the corrugated roof from part of the central market and scattered the sheets across a four-lane avenue. Water stood knee-deep in streets near the port, and a container crane had toppled onto a warehouse.

Delia Ocampo, 63, rode out the storm in the bathroom of her concrete house with her two grandchildren and a dog. The windows in the front room burst around 5 a.m., she said.

"It sounded like a train that would not stop passing. The little one kept asking me if the house was going to fly," she said. "I told her no. I was lying, I did not know."

Her neighbor, a fisherman who gave his name only as Ruben, said at least six boats had sunk in the harbor even though their owners had tied them down with double lines. "That is the whole season for those families," he said.

President Arturo Velmont declared a state of emergency in the five southern provinces and said the government had asked the United Nations and neighboring countries for help with water purification and temporary shelter. The army would send helicopters to the coast as soon as the wind allowed them to fly, he said.

The international airport at San Ferro will stay closed at least until Thursday, the civil aviation authority said. Tourism Minister Gaspar Ledo said about 9,000 foreign visitors were on the island, most of them in hotels on the north coast that had escaped the worst of the wind.

The Caribbean Regional Storm Centre in Port Seldon said Ysolde was expected to move back over open water by Wednesday and could regain strength before it reaches the mainland at the weekend.

Ysolde is the fourth hurricane of the 2033 Atlantic season and the strongest to hit Marivela since Hurricane Benedikt in 2017, which killed 43 people. Many climate scientists say warmer ocean water is making the most intense storms more common.
''',
    s(MMI, "the country's meteorological institute", "Hurricane Ysolde made landfall on Marivela's southern coast early Tuesday|pushing seawater several blocks inland", 'said'),
    s('forecasters at the Marivelan Meteorological Institute', 'forecasters at the Marivelan Meteorological Institute', 'The storm came ashore near the fishing town of Bahia Lenta|215 kph (134 mph)', 'reported'),
    s('Octavio Renner', "Octavio Renner, the institute's chief forecaster", '"We have never measured gusts like these on this coast.|because it blew away,"', 'said', 'direct', role='chief forecaster'),
    s(ABAR, 'Interior Minister Celia Abarca', 'rescuers had not yet reached several villages along the coast road|cell towers were down', 'said', role='Interior Minister'),
    s(ABAR, 'She', '38,000 people had spent the night in 410 shelters, most of them schools and churches', 'said', role='Interior Minister'),
    s(ABAR, 'Abarca', '"Stay where you are.|rise all afternoon,"', 'told', 'direct', role='Interior Minister'),
    s(ABAR, '', 'people not to go home until authorities declared the roads safe', 'urging', role='Interior Minister'),
    s('Electra Marivela', 'The state power company, Electra Marivela', '61% of its customers were without electricity and that some areas could stay dark for two weeks', 'said'),
    s('Hugo Fenwick-Sala', 'Its chief executive, Hugo Fenwick-Sala', 'crews would start with hospitals and water pumping stations', 'said', role='chief executive'),
    s(OCAM, 'she', 'The windows in the front room burst around 5 a.m.', 'said'),
    s(OCAM, 'she', '"It sounded like a train that would not stop passing.|if the house was going to fly,"', 'said', 'direct'),
    s(OCAM, '', '"I told her no. I was lying, I did not know."', '', 'direct'),
    s('Ruben', 'Her neighbor, a fisherman who gave his name only as Ruben', 'at least six boats had sunk in the harbor|with double lines', 'said'),
    s('Ruben', 'he', '"That is the whole season for those families,"', 'said', 'direct'),
    s(VELM, 'President Arturo Velmont', 'the government had asked the United Nations and neighboring countries|temporary shelter', 'said', role='President'),
    s(VELM, 'he', 'The army would send helicopters to the coast as soon as the wind allowed them to fly', 'said', role='President'),
    s('civil aviation authority', 'the civil aviation authority', 'The international airport at San Ferro will stay closed at least until Thursday', 'said'),
    s('Gaspar Ledo', 'Tourism Minister Gaspar Ledo', 'about 9,000 foreign visitors were on the island|escaped the worst of the wind', 'said', role='Tourism Minister'),
    s('Caribbean Regional Storm Centre', 'The Caribbean Regional Storm Centre in Port Seldon', 'Ysolde was expected to move back over open water by Wednesday|reaches the mainland at the weekend', 'said'),
    s('Many climate scientists', 'Many climate scientists', 'warmer ocean water is making the most intense storms more common', 'say'),
)

DUVA = 'Rasmus Duval'
NKEM = 'Amara Nkemdi'
HOLT = 'Ilse Holtbrink'

doc('al02-wire-kessovia-hostage-release', 'Reuters', '2033-03-08', '''
Gunmen free 19 hostages from Kessovian bank after 30-hour standoff

VARNO, Kessovia, March 8 (Reuters) - Gunmen who had held 19 people inside a bank in the Kessovian city of Varno for more than 30 hours released all of them unharmed on Saturday and surrendered to police, ending a standoff that had paralysed the city centre, the national police said.

The three men, who had demanded safe passage out of the country and the release of a relative from prison, walked out of the Ostrander Savings Bank with their hands raised shortly after 3 p.m. local time, a Reuters witness said. The hostages, among them two children and a pregnant woman, had come out a few minutes earlier in small groups.

National police chief Rasmus Duval told reporters the gunmen had given up after negotiators agreed to let a lawyer and a priest of their choosing enter the building. No concessions had been made on their demands, he said.

"Nobody was bought and nobody was promised a plane. We talked, and we talked again, and at some point they understood that the door only opened one way," Duval said.

Asked whether special forces had been ready to storm the building, he said only that "all options were on the table until the last minute."

The standoff began on Friday morning when the men, armed with two assault rifles and a pistol, burst into the bank shortly after it opened. Police sealed off six streets and evacuated about 1,200 residents from nearby apartment blocks.

Amara Nkemdi, a psychologist with the police crisis unit who led the talks by telephone, said the turning point had come during the night, when one of the gunmen asked to speak to his mother.

"He stopped talking about demands and started talking about himself. That is usually when you know it can end without blood," she said.

Several freed hostages said the men had treated them calmly and had allowed them to call their families. A bank clerk, who asked not to be named because she had not been authorised to speak to the media, said the gunmen had shared sandwiches that police sent in with the hostages first.

"I will not defend them. But I will not say they were monsters either," she said.

Interior Minister Ilse Holtbrink thanked the police and the negotiators and said the three men would face charges of hostage-taking and armed robbery. She rejected criticism from opposition lawmakers that the government had taken too long to bring in the crisis unit, saying local officers had followed the procedure "to the letter."

The relative whose release the gunmen had demanded is serving a 12-year sentence for drug trafficking, according to a person familiar with the case. Prosecutors declined to comment.

Jorik Malle, a lawmaker from the opposition Freedom Party, said a parliamentary committee should review the police response. "Thirty hours is a long time to leave children in a room with rifles," he said on public radio.

The Ostrander Savings Bank said it would keep its Varno branch closed until further notice and offer counselling to all of its staff.

Hostage-takings are rare in Kessovia, a country of 4 million people. The last, at a post office in 2026, ended when police stormed the building and one hostage was killed.

(Reporting by Tilde Markus; Editing by Owen Farrance)
''',
    s('national police', 'the national police', 'Gunmen who had held 19 people inside a bank|paralysed the city centre', 'said'),
    s('a Reuters witness', 'a Reuters witness', 'The three men, who had demanded safe passage|shortly after 3 p.m. local time', 'said'),
    s(DUVA, 'National police chief Rasmus Duval', 'the gunmen had given up after negotiators agreed to let a lawyer and a priest of their choosing enter the building', 'told', role='National police chief'),
    s(DUVA, 'he', 'No concessions had been made on their demands', 'said', role='National police chief'),
    s(DUVA, 'Duval', '"Nobody was bought and nobody was promised a plane.|only opened one way,"', 'said', 'direct', role='National police chief'),
    s(DUVA, 'he', '"all options were on the table until the last minute."', 'said', 'direct', role='National police chief'),
    s(NKEM, 'Amara Nkemdi, a psychologist with the police crisis unit who led the talks by telephone', 'the turning point had come during the night|asked to speak to his mother', 'said', role='psychologist'),
    s(NKEM, 'she', '"He stopped talking about demands and started talking about himself.|without blood,"', 'said', 'direct', role='psychologist'),
    s('Several freed hostages', 'Several freed hostages', 'the men had treated them calmly and had allowed them to call their families', 'said'),
    s('A bank clerk', 'A bank clerk, who asked not to be named because she had not been authorised to speak to the media', 'the gunmen had shared sandwiches that police sent in with the hostages first', 'said', role='bank clerk'),
    s('A bank clerk', 'she', '"I will not defend them. But I will not say they were monsters either,"', 'said', 'direct', role='bank clerk'),
    s(HOLT, 'Interior Minister Ilse Holtbrink', 'the three men would face charges of hostage-taking and armed robbery', 'said', role='Interior Minister'),
    s(HOLT, 'She', 'criticism from opposition lawmakers that the government had taken too long to bring in the crisis unit', 'rejected', role='Interior Minister'),
    s(HOLT, '', 'local officers had followed the procedure "to the letter."', 'saying', 'mixed', role='Interior Minister'),
    s('a person familiar with the case', 'a person familiar with the case', 'The relative whose release the gunmen had demanded is serving a 12-year sentence for drug trafficking', 'according to'),
    s('Jorik Malle', 'Jorik Malle, a lawmaker from the opposition Freedom Party', 'a parliamentary committee should review the police response', 'said', role='lawmaker'),
    s('Jorik Malle', 'he', '"Thirty hours is a long time to leave children in a room with rifles,"', 'said', 'direct', role='lawmaker'),
    s('Ostrander Savings Bank', 'The Ostrander Savings Bank', 'it would keep its Varno branch closed until further notice and offer counselling to all of its staff', 'said'),
)

UNION = 'United Auto and Machine Workers'
BRAK = 'Donna Brakeley'
HALV = 'Steen Halvorsen'

doc('al03-wire-auto-strike-lakeshore', 'Bloomberg', '2033-10-02', '''
Auto workers walk out at three carmakers as talks on pay collapse

PORT ALDIS, Mich. - About 41,000 workers at three of North America's largest carmakers went on strike early Monday after overnight talks on a new four-year contract broke down, the United Auto and Machine Workers union said, halting production at 14 assembly plants in Michigan, Ohio and Ontario.

The walkout at Halvorsen Motors, Corbin Automotive and Lakeshore Vehicle Group is the first coordinated strike against all three since 2023. The union is seeking a 32% raise over the life of the deal, the return of cost-of-living adjustments and limits on the use of temporary workers, whom the companies can pay about 40% less than permanent staff.

"We gave them until midnight and they gave us a slideshow," union president Donna Brakeley told workers gathered outside Corbin's Corliss Heights plant before dawn. "Our members built these companies' record profits. They are going to share in them."

Brakeley said the union was prepared to stay out "as long as it takes" and that strike pay of $500 a week would be paid from a fund of about $830 million.

Halvorsen Motors said its last offer included a 21% raise, a $6,000 signing bonus and a path to permanent jobs for temporary workers with two years of service. Chief executive Steen Halvorsen, the grandson of the company's founder, called the strike "unnecessary and deeply disappointing."

"An offer like this would have been unthinkable ten years ago. We are competing with companies that pay a fraction of our labour costs, and every week we are shut down, they sell cars we did not build," Halvorsen said in a statement.

Corbin Automotive said it remained "at the table" and hoped to reach an agreement quickly. Lakeshore did not respond to requests for comment.

Analysts at Fairhaven Capital estimated that the strike would cost the three companies a combined $1.1 billion a week in lost earnings, and that dealers had about 50 days of inventory for the most popular pickups and SUVs.

The walkout will also hit hundreds of parts suppliers. The Motor Parts Suppliers Council, which represents about 600 of them, warned that some smaller firms could run out of cash within a month and urged the government to offer bridge loans.

At the Corliss Heights picket line, workers walked in a slow circle under streetlights, holding signs reading "Record profits, record contract." Terrell Ashby, a paint shop worker with 19 years at the plant, said he had voted for the strike because his wages had barely moved since he was hired.

"My rent went up 40% in five years. My check went up 9%. You do the math," Ashby said.

Another worker, Linh Carvajal, who was hired as a temporary employee three years ago, said she earned $18 an hour for the same job as the woman beside her on the line, who earned $34.

Labor Secretary Naomi Esterhazy said she had spoken with both sides on Sunday night and urged them to return to talks. The administration would not intervene directly in the negotiations, a Labor Department spokesman said.

Shares of Halvorsen fell 3.4% in early trading, and Corbin's were down 2.1%.
''',
    s(UNION, 'the United Auto and Machine Workers union', 'About 41,000 workers at three of North America\'s largest carmakers went on strike early Monday|broke down', 'said'),
    s(BRAK, 'union president Donna Brakeley', '"We gave them until midnight and they gave us a slideshow,"', 'told', 'direct', role='union president'),
    s(BRAK, '', '"Our members built these companies\' record profits. They are going to share in them."', '', 'direct', role='union president'),
    s(BRAK, 'Brakeley', 'the union was prepared to stay out "as long as it takes" and that strike pay of $500 a week would be paid from a fund of about $830 million', 'said', 'mixed', role='union president'),
    s('Halvorsen Motors', 'Halvorsen Motors', 'its last offer included a 21% raise|with two years of service', 'said'),
    s(HALV, 'Chief executive Steen Halvorsen', 'the strike "unnecessary and deeply disappointing."', 'called', 'mixed', role='Chief executive'),
    s(HALV, 'Halvorsen', '"An offer like this would have been unthinkable ten years ago.|they sell cars we did not build,"', 'said', 'direct', role='Chief executive'),
    s('Corbin Automotive', 'Corbin Automotive', 'it remained "at the table" and hoped to reach an agreement quickly', 'said', 'mixed'),
    s('Analysts at Fairhaven Capital', 'Analysts at Fairhaven Capital', 'the strike would cost the three companies a combined $1.1 billion a week in lost earnings|the most popular pickups and SUVs', 'estimated'),
    s('Motor Parts Suppliers Council', 'The Motor Parts Suppliers Council, which represents about 600 of them', 'some smaller firms could run out of cash within a month', 'warned'),
    s('Motor Parts Suppliers Council', '', 'the government to offer bridge loans', 'urged'),
    s('Terrell Ashby', 'Terrell Ashby, a paint shop worker with 19 years at the plant', 'he had voted for the strike because his wages had barely moved since he was hired', 'said', role='paint shop worker'),
    s('Terrell Ashby', 'Ashby', '"My rent went up 40% in five years. My check went up 9%. You do the math,"', 'said', 'direct', role='paint shop worker'),
    s('Linh Carvajal', 'Another worker, Linh Carvajal, who was hired as a temporary employee three years ago', 'she earned $18 an hour for the same job as the woman beside her on the line, who earned $34', 'said'),
    s('Naomi Esterhazy', 'Labor Secretary Naomi Esterhazy', 'she had spoken with both sides on Sunday night', 'said', role='Labor Secretary'),
    s('Naomi Esterhazy', '', 'them to return to talks', 'urged', role='Labor Secretary'),
    s('a Labor Department spokesman', 'a Labor Department spokesman', 'The administration would not intervene directly in the negotiations', 'said', role='Labor Department spokesman'),
)

AGRI = 'Ministry of Agriculture'
TAMB = 'Yerlan Tambekov'
DOSK = 'Maren Doskova'

doc('al04-wire-ostrania-grain-export-ban', 'Agence France-Presse', '2033-07-21', '''
Ostrania bans wheat exports, rattling buyers across three continents

ALMERSK, Ostrania (AFP) - Ostrania, one of the world's five largest wheat exporters, on Monday banned foreign sales of wheat and barley until the end of the year, saying a drought had cut the harvest so sharply that the country needed every tonne at home.

The ban takes effect on August 1 and covers all contracts not yet loaded onto ships, the Ministry of Agriculture said in a decree published overnight. Cargoes already in port will be allowed to sail.

Agriculture Minister Yerlan Tambekov told a briefing in the capital that this year's wheat crop would come in at about 19 million tonnes, against 31 million last year, after the driest spring since records began in 1891.

"Our first duty is to the bread on our own tables. When the rain comes back, Ostrania will be back on the world market, and our partners know that," Tambekov said.

Benchmark wheat futures jumped almost 7 percent within an hour of the announcement, traders said, their biggest one-day rise in three years.

Ostrania shipped about 14 million tonnes of wheat abroad last season, most of it to North Africa, the Gulf and Southeast Asia. Kemeria's supply ministry said it had enough grain in its silos for five months and would look to other suppliers, adding that it expected Ostrania to honour existing contracts "in full."

Selantra's trade minister, Rudi Santosa-Lim, called the decision "regrettable" and said his government would raise it at the next meeting of the regional trade council. Selantra buys roughly a quarter of its imported wheat from Ostrania.

The Western Sea Trade Council said it was "analysing the consequences" of the ban and warned that export restrictions by large producers tended to push prices up for the poorest importers.

In Almersk, farmers' groups were divided. The Ostranian Grain Union, which represents large producers, said the ban would cost its members up to $2 billion and called it "a punishment for a drought nobody caused."

But Maren Doskova, who grows wheat and sunflowers on 300 hectares near the southern town of Bely Kamen, said she understood the decision. "Bread in the shops went up a third since spring. People here cannot eat futures contracts," she said.

Carl Ivarsen, an agricultural economist at the Nordic Food Policy Institute, said short bans often did more harm than good because they pushed buyers to find new suppliers permanently. "Once a big buyer signs a five-year deal with somebody else, it does not come back in January," he said.

At the grain terminal in Seltavik, Ostrania's main export port, about 30 ships were waiting to load on Monday, a port official said. Agents for several buyers were rushing to have cargoes registered before the deadline, he said, and the terminal would work around the clock until the end of the month.

The government also raised the state purchase price for wheat by 12 percent to encourage farmers to sell to the state reserve rather than hold back stocks, according to the decree.

The ban is the second in four years. In 2029, Ostrania halted barley exports for six months after floods in the north.
''',
    s('Ostrania', 'Ostrania', 'a drought had cut the harvest so sharply that the country needed every tonne at home', 'saying'),
    s(AGRI, 'the Ministry of Agriculture', 'The ban takes effect on August 1 and covers all contracts not yet loaded onto ships', 'said'),
    s(TAMB, 'Agriculture Minister Yerlan Tambekov', "this year's wheat crop would come in at about 19 million tonnes|since records began in 1891", 'told', role='Agriculture Minister'),
    s(TAMB, 'Tambekov', '"Our first duty is to the bread on our own tables.|our partners know that,"', 'said', 'direct', role='Agriculture Minister'),
    s('traders', 'traders', 'Benchmark wheat futures jumped almost 7 percent within an hour of the announcement', 'said'),
    s("Kemeria's supply ministry", "Kemeria's supply ministry", 'it had enough grain in its silos for five months and would look to other suppliers', 'said'),
    s("Kemeria's supply ministry", '', 'it expected Ostrania to honour existing contracts "in full."', 'adding', 'mixed'),
    s('Rudi Santosa-Lim', "Selantra's trade minister, Rudi Santosa-Lim", 'the decision "regrettable"', 'called', 'mixed', role='trade minister'),
    s('Rudi Santosa-Lim', '', 'his government would raise it at the next meeting of the regional trade council', 'said', role='trade minister'),
    s('Western Sea Trade Council', 'The Western Sea Trade Council', 'it was "analysing the consequences" of the ban', 'said', 'mixed'),
    s('Western Sea Trade Council', '', 'export restrictions by large producers tended to push prices up for the poorest importers', 'warned'),
    s('Ostranian Grain Union', 'The Ostranian Grain Union, which represents large producers', 'the ban would cost its members up to $2 billion', 'said'),
    s('Ostranian Grain Union', '', 'it "a punishment for a drought nobody caused."', 'called', 'mixed'),
    s(DOSK, 'Maren Doskova, who grows wheat and sunflowers on 300 hectares near the southern town of Bely Kamen', 'she understood the decision', 'said'),
    s(DOSK, 'she', '"Bread in the shops went up a third since spring. People here cannot eat futures contracts,"', 'said', 'direct'),
    s('Carl Ivarsen', 'Carl Ivarsen, an agricultural economist at the Nordic Food Policy Institute', 'short bans often did more harm than good because they pushed buyers to find new suppliers permanently', 'said', role='agricultural economist'),
    s('Carl Ivarsen', 'he', '"Once a big buyer signs a five-year deal with somebody else, it does not come back in January,"', 'said', 'direct', role='agricultural economist'),
    s('a port official', 'a port official', "At the grain terminal in Seltavik, Ostrania's main export port, about 30 ships were waiting to load on Monday", 'said'),
    s('a port official', 'he', ['Agents for several buyers were rushing to have cargoes registered before the deadline,', 'and the terminal would work around the clock until the end of the month'], 'said'),
    s('decree', 'the decree', 'The government also raised the state purchase price for wheat by 12 percent|rather than hold back stocks', 'according to'),
)

SUPR = 'Supreme Court'
AREN = 'Teodora Arendt'
KOLV = 'Bastian Kolvig'

doc('al05-wire-valdria-election-supreme-court', 'Associated Press', '2033-05-19', '''
Valdria's opposition asks Supreme Court to annul presidential vote, alleging fraud in two provinces

LINDAU, Valdria (AP) - Valdria's main opposition party asked the Supreme Court on Thursday to annul the results of last week's presidential election, alleging that ballots had been stuffed in two eastern provinces and that the electoral commission had ignored evidence of tampering.

The National Electoral Commission declared President Bastian Kolvig the winner on Monday with 50.6% of the vote, barely clearing the threshold needed to avoid a runoff. His challenger, former Justice Minister Teodora Arendt, took 44.1%, according to the commission's final count.

Arendt's Renewal Party says turnout in the provinces of Osterfeld and Haldring was implausibly high, above 96% in more than 200 polling stations, and that Kolvig won nearly every vote cast in some of them. The party's 340-page petition runs to 18 volumes, with photographs of stacks of ballots and sworn statements from 61 poll watchers.

"We are not asking the court to give us the presidency. We are asking it to count what actually happened," Arendt told supporters outside the courthouse in Lindau, where several thousand people waved the party's green flags.

Kolvig, who is seeking a second five-year term, dismissed the challenge as "a tantrum dressed up as a lawsuit." Speaking at a factory opening in the northern city of Brask, he said the opposition had lost "fair and square" and should accept the will of voters.

The electoral commission said it had investigated every complaint filed on election day and had found no irregularities that could have changed the outcome. Its chairman, Gustav Pellinen, said the high turnout in the east reflected a campaign by local officials to get older voters to the polls.

The Supreme Court has 14 days to rule. It can order a recount, annul the results in particular districts or the entire vote, or dismiss the petition. Chief Justice Miriam Oakes said hearings would begin on Monday and be broadcast live.

International observers from the Council for Democratic Elections said in a preliminary report that voting had been "generally orderly" but that they had noted "serious concerns" about the handling of ballot boxes overnight in some eastern districts.

Legal experts said the court faced a difficult choice. "Annulling a national election is almost unheard of in this region, but the court has shown before that it is not afraid of the government," said Johanna Fisk, a constitutional law professor at the University of Lindau.

Markets were calm. The Valdrian crown was little changed against the euro on Thursday.

In Haldring, one of the two provinces named in the petition, residents interviewed by The Associated Press gave different accounts. A retired teacher, Elin Marquart, said she had seen a local official carrying a sealed box into a polling station after it had closed. A shopkeeper across the street, who asked to be identified only by his first name, Piet, said the vote had been "as calm as a Sunday."

Rights groups have accused Kolvig's government of tightening its grip on the media and the courts.
''',
    s('Renewal Party', "Valdria's opposition", 'fraud in two provinces', 'alleging'),
    s('Renewal Party', "Valdria's main opposition party", 'ballots had been stuffed in two eastern provinces and that the electoral commission had ignored evidence of tampering', 'alleging'),
    s('National Electoral Commission', "the commission's final count", 'His challenger, former Justice Minister Teodora Arendt, took 44.1%', 'according to'),
    s('Renewal Party', "Arendt's Renewal Party", 'turnout in the provinces of Osterfeld and Haldring was implausibly high|in some of them', 'says'),
    s(AREN, 'Arendt', '"We are not asking the court to give us the presidency. We are asking it to count what actually happened,"', 'told', 'direct', role='former Justice Minister'),
    s(KOLV, 'Kolvig, who is seeking a second five-year term', 'the challenge as "a tantrum dressed up as a lawsuit."', 'dismissed', 'mixed', role='President'),
    s(KOLV, 'he', 'the opposition had lost "fair and square" and should accept the will of voters', 'said', 'mixed', role='President'),
    s('National Electoral Commission', 'The electoral commission', 'it had investigated every complaint filed on election day|could have changed the outcome', 'said'),
    s('Gustav Pellinen', 'Its chairman, Gustav Pellinen', 'the high turnout in the east reflected a campaign by local officials to get older voters to the polls', 'said', role='chairman'),
    s('Miriam Oakes', 'Chief Justice Miriam Oakes', 'hearings would begin on Monday and be broadcast live', 'said', role='Chief Justice'),
    s('Council for Democratic Elections', 'International observers from the Council for Democratic Elections', 'voting had been "generally orderly" but that they had noted "serious concerns"|in some eastern districts', 'said', 'mixed'),
    s('Legal experts', 'Legal experts', 'the court faced a difficult choice', 'said'),
    s('Johanna Fisk', 'Johanna Fisk, a constitutional law professor at the University of Lindau', '"Annulling a national election is almost unheard of in this region|not afraid of the government,"', 'said', 'direct', role='constitutional law professor'),
    s('Elin Marquart', 'A retired teacher, Elin Marquart', 'she had seen a local official carrying a sealed box into a polling station after it had closed', 'said', role='retired teacher'),
    s('Piet', 'A shopkeeper across the street, who asked to be identified only by his first name, Piet', 'the vote had been "as calm as a Sunday."', 'said', 'mixed', role='shopkeeper'),
    s('Rights groups', 'Rights groups', "Kolvig's government of tightening its grip on the media and the courts", 'accused'),
)
