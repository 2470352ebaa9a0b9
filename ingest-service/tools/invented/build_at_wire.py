"""Set AT's five wire stories (see build_at.py)."""
from invented_common import doc_spans as doc, s

DPC = 'regional civil protection agency'
DELL = 'Marco Dellavalle'
VALB = 'Valbruna Energia'
FERR = 'Lucia Ferrante'
SCAR = 'Paolo Scarsi'
VARZ = 'Elena Varzi'
MORE = 'Giulia Moretti'

doc('at01-wire-verenza-orvel-dam-collapse', 'Associated Press', '2034-10-17', '''
Dam bursts in northern Verenza after record rain, at least 9 dead

SAN COLOMBO, Verenza (AP) — An earthen dam in the hills of northern Verenza gave way before dawn on Tuesday after four days of record rain, sending a wall of water through two villages and killing at least nine people, the regional civil protection agency said.

At least 14 people were missing and about 600 had been moved to schools and sports halls in the valley, the agency said in its afternoon update.

Water began pouring over the crest of the Orvel Dam shortly after 1 a.m., and a section about 30 meters (100 feet) wide collapsed about two hours later, said Marco Dellavalle, the agency's director. Sirens sounded in the villages of Orvel and Santa Brida at 1:40 a.m., he said.

"Many people heard the sirens and went up the hill. Some did not, or could not," Dellavalle told reporters at the agency's headquarters in San Colombo. "We are still looking for them."

Asked whether the operator had lowered the reservoir before the storm, Dellavalle said that was a question for the investigators.

The dam's operator, Valbruna Energia, said in a statement posted on its website that it had opened the spillway gates on Sunday and had been releasing water at the maximum safe rate since then. It did not say whether engineers had been on site when the dam failed.

Lucia Ferrante, 67, was asleep on the ground floor of her house in Santa Brida when her neighbor pounded on the shutters.

"The water came through the door like a train," she said, standing in mud up to her ankles outside the church where she spent the night. "I took the cat and went up the stairs, and then the stairs were gone too."

Residents said they had complained for years about water seeping from the base of the dam. According to a 2031 inspection report by the National Dam Safety Office, seen by The Associated Press, engineers had recommended that the reservoir be kept at least 4 meters below its maximum level until the seepage was repaired.

The office did not respond to requests for comment.

Valbruna's chief executive, Paolo Scarsi, rejected the suggestion that the company had ignored the report. The repairs were scheduled for this summer, he said, and the reservoir had been kept lower "whenever the weather allowed."

The national weather service said 214 millimeters (8.4 inches) of rain had fallen on the hills since Saturday, more than in any four-day period since records began in 1921.

Prime Minister Elena Varzi, who flew over the valley by helicopter, declared a state of emergency in the province and promised that every family who had lost a home would be housed by winter. "This is not the time for blame. That time will come, and it will come soon," she said at the airport in San Colombo.

Opposition lawmakers demanded that parliament open an inquiry into how the country's 530 large dams are inspected.

Giulia Moretti, a hydrologist at the Polytechnic of Ravenzo who has studied the Orvel Dam, said earthen dams rarely fail without warning. But she cautioned that heavy rain could turn a slow leak into a collapse "in a matter of hours."

The Orvel Dam was built in 1958 to supply water to farms in the valley and has generated electricity since 1973. Its reservoir held about 11 million cubic meters of water (390 million cubic feet) before the collapse.

Rescuers in rubber boats searched flooded fields on Tuesday afternoon as helicopters lifted people from rooftops in Orvel. Firefighters from three neighboring regions joined the search, the interior ministry said.

Pietro Galli, the mayor of Orvel, said the village had "lost its center: the square, the school, the bakery, all of it."
''',
    s(DPC, 'the regional civil protection agency', 'An earthen dam in the hills of northern Verenza gave way|killing at least nine people', 'said'),
    s(DPC, 'the agency', 'At least 14 people were missing and about 600 had been moved to schools and sports halls in the valley', 'said'),
    s(DELL, "Marco Dellavalle, the agency's director", 'Water began pouring over the crest of the Orvel Dam|about two hours later', 'said', role='director'),
    s(DELL, 'he', 'Sirens sounded in the villages of Orvel and Santa Brida at 1:40 a.m.', 'said', role='director'),
    s(DELL, 'Dellavalle', '"Many people heard the sirens and went up the hill. Some did not, or could not,"', 'told', 'direct', role='director'),
    s(DELL, '', '"We are still looking for them."', '', 'direct', role='director'),
    s(DELL, 'Dellavalle', 'that was a question for the investigators', 'said', role='director'),
    s(VALB, "The dam's operator, Valbruna Energia", 'it had opened the spillway gates on Sunday|at the maximum safe rate since then', 'said'),
    s(FERR, 'she', '"The water came through the door like a train,"', 'said', 'direct'),
    s(FERR, '', '"I took the cat and went up the stairs, and then the stairs were gone too."', '', 'direct'),
    s('Residents', 'Residents', 'they had complained for years about water seeping from the base of the dam', 'said'),
    s('National Dam Safety Office', 'a 2031 inspection report by the National Dam Safety Office', 'engineers had recommended that the reservoir be kept|until the seepage was repaired', 'According to'),
    s(SCAR, "Valbruna's chief executive, Paolo Scarsi", 'the suggestion that the company had ignored the report', 'rejected', role='chief executive'),
    s(SCAR, 'he', ['The repairs were scheduled for this summer', 'and the reservoir had been kept lower "whenever the weather allowed."'], 'said', 'mixed', role='chief executive'),
    s('national weather service', 'The national weather service', '214 millimeters (8.4 inches) of rain had fallen on the hills since Saturday|since records began in 1921', 'said'),
    s(VARZ, 'Prime Minister Elena Varzi', 'every family who had lost a home would be housed by winter', 'promised', role='Prime Minister'),
    s(VARZ, 'she', '"This is not the time for blame. That time will come, and it will come soon,"', 'said', 'direct', role='Prime Minister'),
    s('Opposition lawmakers', 'Opposition lawmakers', "parliament open an inquiry into how the country's 530 large dams are inspected", 'demanded'),
    s(MORE, 'Giulia Moretti, a hydrologist at the Polytechnic of Ravenzo who has studied the Orvel Dam', 'earthen dams rarely fail without warning', 'said', role='hydrologist'),
    s(MORE, 'she', 'heavy rain could turn a slow leak into a collapse "in a matter of hours."', 'cautioned', 'mixed', role='hydrologist'),
    s('interior ministry', 'the interior ministry', 'Firefighters from three neighboring regions joined the search', 'said'),
    s('Pietro Galli', 'Pietro Galli, the mayor of Orvel', 'the village had "lost its center: the square, the school, the bakery, all of it."', 'said', 'mixed', role='mayor'),
)

SCA = 'Sarvik Canal Authority'
ODEG = 'Nils Odegaard'
KEST = 'Kestrel Line'
CAST = 'Amira Castell'
VASS = 'Ingrid Vasstrand'
MUNO = 'Rafael Munoz'

doc('at02-wire-sarvik-canal-container-ship-aground', 'Reuters', '2034-09-08', '''
Grounded container ship blocks Sarvik Canal for at least two days - canal authority

HALMSTED, Sept 8 (Reuters) - A 330-metre container ship ran aground in the Sarvik Canal early on Monday after losing power, blocking the waterway in both directions, and will take at least two days to refloat, the canal's operator said.

The Hallandia Star, which was carrying about 14,000 containers from Tanjung Besar to Rotterhaven, lost engine power at 0412 local time and drifted into the eastern bank, the Sarvik Canal Authority said in a statement. None of its 24 crew members was hurt and there was no sign of a fuel leak, it said.

Authority chairman Nils Odegaard told reporters that two tugs had begun pulling at the stern but that dredgers would have to remove sand from around the bow first.

"We will not try to force her off. A ship that size stuck twice is worse than a ship stuck once," he said.

About 40 ships were waiting at either end of the canal by midday, according to ship-tracking data compiled by MarineLens.

The ship's owner, Kestrel Line, said the vessel had passed a full engine inspection in July. A spokeswoman for the company, who declined to be named in line with company policy, said an electrical fault was the likeliest cause but that it was "too early to say anything with confidence."

Two shipping industry sources said insurers had been notified and that salvage costs could run into tens of millions of dollars.

The Hallandia Star, built in 2027, is one of the largest ships allowed through the canal, which limits vessels to a draught of 16 metres. Pilots from the authority guide every ship through the 78-km waterway.

The canal, which opened in 1894 and was widened in 2019, carries about 6% of container traffic between Asia and northern Europe. Ships diverted around the Kattnes peninsula add about 30 hours to their voyage.

Shipping consultancy Dronfield Maritime estimated that each day of closure would delay about $2.1 billion worth of goods.

"The bigger cost is knock-on congestion at the ports, which can last two or three weeks after a blockage clears," its head of research, Amira Castell, wrote in a note to clients.

Freight rates on the Asia-Europe route rose 4% on Monday, the Halmsted Freight Index showed.

Trade Minister Ingrid Vasstrand said the government was "monitoring the situation hour by hour" and had offered the authority help from the navy.

The authority's last major grounding, in 2029, blocked traffic for 19 hours. Shipping companies have since campaigned for compulsory tug escorts for the largest vessels, a step the authority has resisted on cost grounds.

Asked whether escorts would now be made compulsory, Odegaard said the authority would "look at everything" once the ship was free.

Kestrel Line declined to comment on whether it would seek compensation from the ship's builder.

Captain Rafael Munoz of the tanker Orla Bay, anchored at the northern entrance, told Reuters by radio that crews had been told to expect a wait of at least three days.

"We have food and water. What we do not have is information," he said.

(Reporting by Sven Aldgate; Editing by Mark Penrose)
''',
    s(SCA, 'canal authority', 'Grounded container ship blocks Sarvik Canal for at least two days', ''),
    s(SCA, "the canal's operator", 'A 330-metre container ship ran aground in the Sarvik Canal|at least two days to refloat', 'said'),
    s(SCA, 'the Sarvik Canal Authority', 'The Hallandia Star, which was carrying about 14,000 containers|drifted into the eastern bank', 'said'),
    s(SCA, 'it', 'None of its 24 crew members was hurt and there was no sign of a fuel leak', 'said'),
    s(ODEG, 'Authority chairman Nils Odegaard', 'two tugs had begun pulling at the stern but that dredgers would have to remove sand from around the bow first', 'told', role='chairman'),
    s(ODEG, 'he', '"We will not try to force her off. A ship that size stuck twice is worse than a ship stuck once,"', 'said', 'direct', role='chairman'),
    s('MarineLens', 'ship-tracking data compiled by MarineLens', 'About 40 ships were waiting at either end of the canal by midday', 'according to'),
    s(KEST, "The ship's owner, Kestrel Line", 'the vessel had passed a full engine inspection in July', 'said'),
    s('A spokeswoman for the company', 'A spokeswoman for the company', 'an electrical fault was the likeliest cause but that it was "too early to say anything with confidence."', 'said', 'mixed', role='spokeswoman'),
    s('Two shipping industry sources', 'Two shipping industry sources', 'insurers had been notified and that salvage costs could run into tens of millions of dollars', 'said'),
    s('Dronfield Maritime', 'Shipping consultancy Dronfield Maritime', 'each day of closure would delay about $2.1 billion worth of goods', 'estimated'),
    s(CAST, 'its head of research, Amira Castell', '"The bigger cost is knock-on congestion at the ports|after a blockage clears,"', 'wrote', 'direct', role='head of research'),
    s('Halmsted Freight Index', 'the Halmsted Freight Index', 'Freight rates on the Asia-Europe route rose 4% on Monday', 'showed'),
    s(VASS, 'Trade Minister Ingrid Vasstrand', 'the government was "monitoring the situation hour by hour" and had offered the authority help from the navy', 'said', 'mixed', role='Trade Minister'),
    s(ODEG, 'Odegaard', 'the authority would "look at everything" once the ship was free', 'said', 'mixed', role='chairman'),
    s(MUNO, 'Captain Rafael Munoz of the tanker Orla Bay', 'crews had been told to expect a wait of at least three days', 'told', role='Captain'),
    s(MUNO, 'he', '"We have food and water. What we do not have is information,"', 'said', 'direct', role='Captain'),
)

DF = 'Delacroix-Ferrand'
MAUB = 'Hélène Maubert'
LACH = 'Bernard Lachaume'
DUME = 'Olivier Dumesnil'

doc('at03-wire-montrevel-holsbeek-portrait-auction-record', 'Agence France-Presse', '2034-06-15', '''
Rediscovered Holsbeek portrait sets auction record at 94 million euros

MONTREVEL, Belvardie (AFP) - A portrait by the 17th-century painter Adriaen Holsbeek that hung unrecognised for decades in a farmhouse kitchen sold for 94 million euros ($102 million) at auction in Montrevel on Thursday, a record for an Old Master, the auction house Delacroix-Ferrand said.

After 11 minutes of bidding between three telephone buyers, the hammer came down at 82 million euros; the total includes the buyer's fees. The buyer was not identified.

Delacroix-Ferrand's head of Old Masters, Hélène Maubert, who conducted the sale, told AFP the room had "held its breath" for the last two minutes.

"I have sold paintings for twenty-six years and I have never heard a room go that quiet," she said. "Even the telephones seemed to whisper."

The "Portrait of a Woman with a Red Fan" was bought for 40 francs at a village sale in 1961 by a retired schoolteacher, whose grandson found it last year while clearing the house. He asked not to be named.

According to the auction house, the painting was identified as Holsbeek's work after two years of study, including infrared scans that revealed the artist's characteristic under-drawing.

Not every specialist is convinced. Bernard Lachaume, a former curator at the National Gallery of Verdalle, said the attribution rested "on a handful of brushstrokes and a great deal of hope."

He added that the face and hands were clearly by a master but that parts of the background might have been painted by a pupil.

Maubert said the doubts were "a normal part of any great discovery" and that the sale catalogue had set them out in full.

Holsbeek, who worked in the port city of Aarnhem for most of his life, is known from fewer than 40 paintings, most of them in museums. Only three are thought to remain in private hands, and none had come to auction since 1988.

The previous record for an Old Master, 71 million euros for a river landscape by Jan Verlinde, was set in Vantry in 2029.

Culture Minister Sabine Ortolan had declined in July to classify the portrait as a national treasure, which would have barred its export. Her ministry said on Thursday that the decision had been taken "after careful examination" and would not be revisited.

The art critic Yann Kerbrat, writing in the daily Le Matin de Montrevel, called the decision "a gift to foreign collectors, paid for by the nation."

Dealers at the sale said prices for the best works had held up despite a weaker art market. Sales at the major auction houses fell 12 percent in the first half of the year, according to the Artmetrics Index.

The grandson's lawyer, Olivier Dumesnil, said his client would give part of the proceeds to the village school where his grandfather had taught for 30 years.

"He wants the village to remember the teacher, not the price," Dumesnil said.

The painting will be shown to the public for one last week at the auction house before it is shipped to its new owner, Delacroix-Ferrand said.
''',
    s(DF, 'the auction house Delacroix-Ferrand', 'A portrait by the 17th-century painter Adriaen Holsbeek|a record for an Old Master', 'said'),
    s(MAUB, "Delacroix-Ferrand's head of Old Masters, Hélène Maubert", 'the room had "held its breath" for the last two minutes', 'told', 'mixed', role='head of Old Masters'),
    s(MAUB, 'she', '"I have sold paintings for twenty-six years and I have never heard a room go that quiet,"', 'said', 'direct', role='head of Old Masters'),
    s(MAUB, '', '"Even the telephones seemed to whisper."', '', 'direct', role='head of Old Masters'),
    s(DF, 'the auction house', "the painting was identified as Holsbeek's work after two years of study|characteristic under-drawing", 'According to'),
    s(LACH, 'Bernard Lachaume, a former curator at the National Gallery of Verdalle', 'the attribution rested "on a handful of brushstrokes and a great deal of hope."', 'said', 'mixed', role='former curator'),
    s(LACH, 'He', 'the face and hands were clearly by a master but that parts of the background might have been painted by a pupil', 'added', role='former curator'),
    s(MAUB, 'Maubert', 'the doubts were "a normal part of any great discovery" and that the sale catalogue had set them out in full', 'said', 'mixed', role='head of Old Masters'),
    s('Ministry of Culture', 'Her ministry', 'the decision had been taken "after careful examination" and would not be revisited', 'said', 'mixed'),
    s('Yann Kerbrat', 'The art critic Yann Kerbrat', 'the decision "a gift to foreign collectors, paid for by the nation."', 'called', 'mixed', role='art critic'),
    s('Dealers at the sale', 'Dealers at the sale', 'prices for the best works had held up despite a weaker art market', 'said'),
    s('Artmetrics Index', 'the Artmetrics Index', 'Sales at the major auction houses fell 12 percent in the first half of the year', 'according to'),
    s(DUME, "The grandson's lawyer, Olivier Dumesnil", 'his client would give part of the proceeds to the village school|for 30 years', 'said', role='lawyer'),
    s(DUME, 'Dumesnil', '"He wants the village to remember the teacher, not the price,"', 'said', 'direct', role='lawyer'),
    s(DF, 'Delacroix-Ferrand', 'The painting will be shown to the public for one last week|to its new owner', 'said'),
)

NDCA = 'National Disease Control Agency'
GREEN = 'Greenfold'
WHIT = 'Dana Whitcomb'
OKAF = 'Lorraine Okafor'
TOLL = 'Ben Tolliver'

doc('at04-wire-greenfold-salad-chain-salmonella-outbreak', 'Associated Press', '2034-10-27', '''
Salmonella outbreak tied to salad chain sickens 140 in 9 states, health officials say

By RENEE CASTILLO
Associated Press

At least 140 people in nine states have fallen ill with salmonella after eating salads from the Greenfold chain, and 31 of them have been hospitalized, federal health officials said Friday.

The National Disease Control Agency said no deaths had been reported. Most of those who got sick ate at Greenfold restaurants between Oct. 2 and Oct. 19, the agency said, and the strain found in patients matched one found in a sample of sprouted lentils from a supplier in Kessler County.

Greenfold, which has 420 restaurants, said it had removed sprouted lentils from its menus nationwide and was cooperating with investigators.

"The health of our guests comes before everything else, and we are deeply sorry to everyone who has been sick," Chief Executive Dana Whitcomb said in a video posted on the company's social media accounts.

The supplier, Riverbend Sprout Co., did not respond to phone calls and emails.

Symptoms of salmonella infection usually begin between six hours and six days after eating contaminated food and include diarrhea, fever and stomach cramps. The agency said it expected the count to rise, because it can take two to four weeks for a case to be confirmed by a laboratory and reported.

Dr. Lorraine Okafor, who leads the agency's foodborne illness team, said sprouts were a known risk because the warm, wet conditions used to grow them also suit bacteria. She urged anyone who had eaten at Greenfold in October and had diarrhea, fever or stomach cramps to see a doctor.

"Most people get better in a week without treatment. But for small children, older adults and anyone with a weak immune system, this can be serious," Okafor said.

Among those who got sick was Ben Tolliver, a 34-year-old accountant in Marlow, who said he spent three days in the hospital after eating a lentil bowl on his lunch break.

"I've eaten there twice a week for five years. I don't know if I'll go back," he said.

The outbreak is the largest linked to a restaurant chain since 2030, according to the agency's records. Sprouts have been tied to at least a dozen outbreaks in the past decade, mostly of salmonella and E. coli, because their seeds are grown in warm water that bacteria also favor.

Two customers, Marisol Diaz and Peter Hanley, sued Greenfold in state court in Marlow on Thursday. Their suit alleges that the chain kept buying from the supplier after a state inspector found problems with its irrigation water in August.

A Greenfold spokesman said the company does not comment on pending litigation.

Shares of Greenfold's parent, Harvest Table Group, fell 6% on Friday.
''',
    s('health officials', 'health officials', 'Salmonella outbreak tied to salad chain sickens 140 in 9 states', 'say'),
    s('federal health officials', 'federal health officials', 'At least 140 people in nine states have fallen ill with salmonella|31 of them have been hospitalized', 'said'),
    s(NDCA, 'The National Disease Control Agency', 'no deaths had been reported', 'said'),
    s(NDCA, 'the agency', ['Most of those who got sick ate at Greenfold restaurants between Oct. 2 and Oct. 19', 'and the strain found in patients matched one found in a sample of sprouted lentils from a supplier in Kessler County'], 'said'),
    s(GREEN, 'Greenfold, which has 420 restaurants', 'it had removed sprouted lentils from its menus nationwide and was cooperating with investigators', 'said'),
    s(WHIT, 'Chief Executive Dana Whitcomb', '"The health of our guests comes before everything else|who has been sick,"', 'said', 'direct', role='Chief Executive'),
    s(NDCA, 'The agency', 'it expected the count to rise|confirmed by a laboratory and reported', 'said'),
    s(OKAF, "Dr. Lorraine Okafor, who leads the agency's foodborne illness team", 'sprouts were a known risk because the warm, wet conditions used to grow them also suit bacteria', 'said', role='Dr.'),
    s(OKAF, 'She', 'anyone who had eaten at Greenfold in October and had diarrhea, fever or stomach cramps to see a doctor', 'urged', role='Dr.'),
    s(OKAF, 'Okafor', '"Most people get better in a week without treatment.|this can be serious,"', 'said', 'direct', role='Dr.'),
    s(TOLL, 'Ben Tolliver, a 34-year-old accountant in Marlow', 'he spent three days in the hospital after eating a lentil bowl on his lunch break', 'said', role='accountant'),
    s(TOLL, 'he', '"I\'ve eaten there twice a week for five years. I don\'t know if I\'ll go back,"', 'said', 'direct', role='accountant'),
    s(NDCA, "the agency's records", 'The outbreak is the largest linked to a restaurant chain since 2030', 'according to'),
    s('Marisol Diaz and Peter Hanley', 'Their suit', 'the chain kept buying from the supplier after a state inspector found problems with its irrigation water in August', 'alleges'),
    s('A Greenfold spokesman', 'A Greenfold spokesman', 'the company does not comment on pending litigation', 'said', role='spokesman'),
)

AGUE = 'Tomás Aguerre'
SRC = 'a person familiar with the negotiations'
BELL = 'Scott Bellamy'
CARR = 'Wes Carrow'
HALD = 'Richard Haldane'

doc('at05-wire-ironmen-aguerre-record-contract', 'Associated Press', '2034-02-27', '''
Aguerre, Ironmen agree to record $455 million, 12-year deal, AP source says

KELLER CITY (AP) — Shortstop Tomás Aguerre and the Keller City Ironmen have agreed to a $455 million, 12-year contract, the largest in baseball history, a person familiar with the negotiations told The Associated Press on Tuesday.

The person spoke on condition of anonymity because the deal is subject to a physical and had not been announced.

Aguerre, 27, would receive a $40 million signing bonus and can opt out after the 2039 season, the person said.

The Ironmen declined to comment. Aguerre's agent, Scott Bellamy, said only that "both sides worked very hard" and that an announcement could come by the weekend.

Aguerre hit .301 with 38 homers and 104 RBIs last season for the Delmar Hawks, won his second Gold Glove and finished third in the league's MVP voting. He became a free agent in November after turning down the Hawks' offer of $300 million over 10 years.

Aguerre was born in the coastal town of San Elías, signed with the Hawks as a 16-year-old for a $1.2 million bonus and reached the majors at 21. He has played in four All-Star Games and has missed only 23 games in six full seasons.

The deal surpasses the $432 million, 11-year contract outfielder Jordan Pike signed with Alton in 2032. The Ironmen's payroll was $168 million last season, 19th among the league's 30 teams, according to figures compiled by the league office.

Ironmen manager Wes Carrow, speaking before the team's spring training game against Alton, would not discuss the deal.

"When something's done, I'll be happy to talk about it," Carrow said, smiling. "Until then, I'm talking about our bullpen."

Ironmen owner Richard Haldane said in December that the team was "ready to do something big" after missing the playoffs for three straight seasons.

Ironmen first baseman Derek Olsen said players had been following the talks on their phones in the clubhouse all week.

"Everybody's refreshing the same page," Olsen said. "If it's true, it changes our whole lineup."

Some rival executives questioned the length of the deal.

"Twelve years is a long time for a shortstop's knees," said one general manager in the Western League, who spoke on condition of anonymity because he was not authorized to comment on another team's contract.

The players' association has argued for years that revenue from the league's television deals allows teams to offer longer contracts without risk. Commissioner Ruth Ashby said last month that she expected payrolls to rise by about 6% this season.

Outside Harbor Park, fan Luis Ortega, 52, said he had renewed his season tickets the morning he heard the news.

"Twelve years. My grandson will be watching him," he said.
''',
    s(SRC, 'AP source', 'Aguerre, Ironmen agree to record $455 million, 12-year deal', 'says'),
    s(SRC, 'a person familiar with the negotiations', 'Shortstop Tomás Aguerre and the Keller City Ironmen have agreed|the largest in baseball history', 'told'),
    s(SRC, 'the person', 'Aguerre, 27, would receive a $40 million signing bonus and can opt out after the 2039 season', 'said'),
    s(BELL, "Aguerre's agent, Scott Bellamy", '"both sides worked very hard" and that an announcement could come by the weekend', 'said', 'mixed', role='agent'),
    s(CARR, 'Carrow', '"When something\'s done, I\'ll be happy to talk about it,"', 'said', 'direct', role='manager'),
    s(CARR, '', '"Until then, I\'m talking about our bullpen."', '', 'direct', role='manager'),
    s('league office', 'figures compiled by the league office', "The Ironmen's payroll was $168 million last season, 19th among the league's 30 teams", 'according to'),
    s(HALD, 'Ironmen owner Richard Haldane', 'the team was "ready to do something big" after missing the playoffs for three straight seasons', 'said', 'mixed', role='owner', date='2033'),
    s('Derek Olsen', 'Ironmen first baseman Derek Olsen', 'players had been following the talks on their phones in the clubhouse all week', 'said', role='first baseman'),
    s('Derek Olsen', 'Olsen', '"Everybody\'s refreshing the same page,"', 'said', 'direct', role='first baseman'),
    s('Derek Olsen', '', '"If it\'s true, it changes our whole lineup."', '', 'direct', role='first baseman'),
    s('Some rival executives', 'Some rival executives', 'the length of the deal', 'questioned'),
    s('one general manager in the Western League', 'one general manager in the Western League', '"Twelve years is a long time for a shortstop\'s knees,"', 'said', 'direct', role='general manager'),
    s("players' association", "The players' association", "revenue from the league's television deals allows teams to offer longer contracts without risk", 'has argued'),
    s('Ruth Ashby', 'Commissioner Ruth Ashby', 'she expected payrolls to rise by about 6% this season', 'said', role='Commissioner'),
    s('Luis Ortega', 'fan Luis Ortega', 'he had renewed his season tickets the morning he heard the news', 'said', role='fan'),
    s('Luis Ortega', 'he', '"Twelve years. My grandson will be watching him,"', 'said', 'direct', role='fan'),
)
