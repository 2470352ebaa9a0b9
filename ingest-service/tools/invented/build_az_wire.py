"""Set AZ's five wire stories (see build_az.py)."""
from invented_common import doc_spans as doc, s

KTM = 'Kestrian trade ministry'
BRAND = 'Ilse Brandvik'
VFM = "Varnholm's foreign ministry"
KAEM = 'The Kestrian Association of Equipment Makers'
HALV = 'Teodor Halvik'
OSTR = 'Mirela Ostrova'

doc('az01-wire-kestria-bans-chip-tool-exports', 'Reuters', '2035-03-06', '''
Kestria to ban exports of advanced chipmaking tools to Varnholm - trade ministry

VELDRA, March 6 (Reuters) - Kestria will stop granting export licences for advanced chipmaking equipment to neighbouring Varnholm from April 1, the Kestrian trade ministry said on Tuesday, a move that threatens about $2 billion a year in sales for the country's toolmakers.

The ban covers lithography, etching and deposition machines able to make chips at 5 nanometres or below, as well as spare parts and software updates for machines already installed, the ministry said in a notice published in the official gazette.

Trade Minister Ilse Brandvik told reporters the government had "credible evidence" that Kestrian tools had been diverted to Varnholm's military research institutes.

"We are not in the business of arming anyone, least of all by accident," Brandvik said. "The licences were granted in good faith. That faith has been broken."

Varnholm's foreign ministry called the decision "economic coercion dressed up as security" and said it would respond "in a proportionate manner."

Shares of Orvane Systems, the country's largest toolmaker, fell 9.4 percent in Veldra, their steepest drop in three years. The company gets about 14 percent of its revenue from Varnholm, according to data compiled by LSEG.

Orvane said in a statement that it was studying the notice and expected "a material but manageable" impact on its 2035 results. It declined to say how many machines were awaiting delivery.

Two industry executives, who spoke on condition of anonymity because they were not authorised to discuss customer orders, said at least 30 machines had been paid for but not shipped.

The Kestrian Association of Equipment Makers said the ban had been drawn up without consulting the industry and urged the government to compensate firms for cancelled orders.

"Our members learned about this from the radio," said Teodor Halvik, the association's director. "A phone call would have cost nothing."

Brandvik said officials had met the association twice in February, though she acknowledged that the final list of machines was settled only last week.

Kestria is one of three countries that make the most advanced lithography machines, and its toolmakers employ about 41,000 people, most of them in the Veldra region. Varnholm has spent heavily on a domestic chip industry since 2029, when it set a goal of making half the chips its factories use by 2040.

Analysts said the ban would slow but not stop Varnholm's efforts.

"They can buy older machines on the second-hand market and they have very good engineers," said Mirela Ostrova, a semiconductor analyst at Hallgard Securities. "What they cannot do is build the leading edge without us."

The rules do not cover machines for older chips used in cars and household appliances, which make up most of Kestria's sales to its neighbour.

Varnholm's largest chipmaker, Torvik Semiconductor, said in a filing to the Harsa stock exchange that it had enough spare parts to keep its factories running "for the foreseeable future." Its shares closed 2.1 percent lower in Harsa, where the benchmark index gained 0.4 percent.

Asked whether other countries would follow, Brandvik said she had briefed her counterparts in four allied capitals, none of whom had objected.

(Reporting by Jonas Wetterlind; Editing by Clara Mbeki)
''',
    s(KTM, 'trade ministry', 'Kestria to ban exports of advanced chipmaking tools to Varnholm', ''),
    s(KTM, 'the Kestrian trade ministry', 'Kestria will stop granting export licences for advanced chipmaking equipment to neighbouring Varnholm from April 1', 'said'),
    s(KTM, 'the ministry', 'The ban covers lithography|for machines already installed', 'said'),
    s(BRAND, 'Trade Minister Ilse Brandvik', 'the government had "credible evidence" that Kestrian tools had been diverted to Varnholm\'s military research institutes', 'told', 'mixed', role='Trade Minister'),
    s(BRAND, 'Brandvik', '"We are not in the business of arming anyone, least of all by accident,"', 'said', 'direct', role='Trade Minister'),
    s(BRAND, '', '"The licences were granted in good faith. That faith has been broken."', '', 'direct', role='Trade Minister'),
    s(VFM, "Varnholm's foreign ministry", 'the decision "economic coercion dressed up as security"', 'called', 'mixed'),
    s(VFM, '', 'it would respond "in a proportionate manner."', 'said', 'mixed'),
    s('LSEG', 'LSEG', 'The company gets about 14 percent of its revenue from Varnholm', 'according to'),
    s('Orvane Systems', 'Orvane', 'it was studying the notice and expected "a material but manageable" impact on its 2035 results', 'said', 'mixed'),
    s('Two industry executives', 'Two industry executives', 'at least 30 machines had been paid for but not shipped', 'said'),
    s(KAEM, KAEM, 'the ban had been drawn up without consulting the industry', 'said'),
    s(KAEM, '', 'the government to compensate firms for cancelled orders', 'urged'),
    s(HALV, 'Teodor Halvik', '"Our members learned about this from the radio,"', 'said', 'direct', role="the association's director"),
    s(HALV, '', '"A phone call would have cost nothing."', '', 'direct', role="the association's director"),
    s(BRAND, 'Brandvik', 'officials had met the association twice in February', 'said', role='Trade Minister'),
    s(BRAND, 'she', 'the final list of machines was settled only last week', 'acknowledged', role='Trade Minister'),
    s('Analysts', 'Analysts', "the ban would slow but not stop Varnholm's efforts", 'said'),
    s(OSTR, 'Mirela Ostrova', '"They can buy older machines on the second-hand market and they have very good engineers,"', 'said', 'direct', role='a semiconductor analyst at Hallgard Securities'),
    s(OSTR, '', '"What they cannot do is build the leading edge without us."', '', 'direct', role='a semiconductor analyst at Hallgard Securities'),
    s('Torvik Semiconductor', "Varnholm's largest chipmaker, Torvik Semiconductor", 'it had enough spare parts to keep its factories running "for the foreseeable future."', 'said', 'mixed'),
    s(BRAND, 'Brandvik', 'she had briefed her counterparts in four allied capitals, none of whom had objected', 'said', role='Trade Minister'),
)

CPHS = 'Caradine Public Health Service'
MSC = 'Meridian Sun Cruises'
PETT = 'Gloria Pettibone'
DESM = 'Desmond Achebe-Ruiz'
VOSK = 'Henrietta Vosk'
SAND = 'Priya Sandoval'

doc('az02-wire-caradine-cruise-ship-norovirus', 'AP', '2035-06-10', '''
Cruise ship held in port as stomach virus sickens hundreds

PORT SELWYN, Caradine (AP) — More than 400 passengers and crew aboard the cruise ship Aurelia Star have fallen ill with norovirus, health officials said Sunday, and the ship will stay docked in Port Selwyn until it has been disinfected from bow to stern.

The Caradine Public Health Service said 388 passengers and 27 crew members had reported vomiting or diarrhea since the ship left Halvergate on a 12-day voyage on June 2. Eleven passengers were taken to hospital, and two of them, both in their 80s, remained there Sunday in stable condition, the service said.

The ship's operator, Meridian Sun Cruises, said in a statement that it had "intensified cleaning across every deck" and was offering passengers a full refund or a future cruise.

Passengers said buffets had been closed, elevator buttons were wiped every hour and many people simply stayed in their cabins.

"By day five it felt like a hospital with a swimming pool," said Gloria Pettibone, 67, of Linwood Falls, who was traveling with her sister.

Pettibone said she had not been sick herself but had barely left her cabin for four days.

Another passenger, Desmond Achebe-Ruiz, questioned why the ship had not turned back after the first cases appeared on its third day at sea.

"They kept calling it seasickness," he said.

Meridian Sun spokeswoman Priya Sandoval said the crew had followed the company's outbreak plan from the first case and that the ship's doctor had consulted health authorities in two countries before the captain decided to continue.

Norovirus spreads easily in close quarters and can survive for days on railings, door handles and serving spoons. Most people recover within three days, but the illness can be dangerous for the very old and the very young.

The Cruise Lines Council, an industry group, said outbreaks of stomach illness affect fewer than one in 1,000 voyages and that ships are cleaned to hospital standards between sailings.

According to the Caradine Public Health Service, cruise ships reported 14 outbreaks in its waters last year, up from nine in 2033.

Dr. Henrietta Vosk, the service's chief medical officer, told reporters at the dock that the ship's ventilation and water systems had been tested and were not the source.

"This is a virus that travels on hands, not through pipes," she said.

She said passengers who were still sick would be allowed to leave the ship only after 48 hours without symptoms. Buses were waiting on the pier Sunday afternoon to take the others to the airport.

The Aurelia Star, which can carry 3,100 passengers, was due to sail again Thursday. Meridian Sun did not say whether that voyage would go ahead.

Port Selwyn's harbour master, Colm Faraday, said the ship's berth was booked by another vessel Friday, "so one way or another, she has to leave."
''',
    s('health officials', 'health officials', 'More than 400 passengers and crew aboard the cruise ship Aurelia Star have fallen ill with norovirus', 'said'),
    s(CPHS, 'The Caradine Public Health Service', '388 passengers and 27 crew members had reported|on June 2', 'said'),
    s(CPHS, 'the service', 'Eleven passengers were taken to hospital|in stable condition', 'said'),
    s(MSC, "The ship's operator, Meridian Sun Cruises", 'it had "intensified cleaning across every deck" and was offering passengers a full refund or a future cruise', 'said', 'mixed'),
    s('Passengers', 'Passengers', 'buffets had been closed|stayed in their cabins', 'said'),
    s(PETT, 'Gloria Pettibone', '"By day five it felt like a hospital with a swimming pool,"', 'said', 'direct'),
    s(PETT, 'Pettibone', 'she had not been sick herself but had barely left her cabin for four days', 'said'),
    s(DESM, 'Desmond Achebe-Ruiz', 'why the ship had not turned back after the first cases appeared on its third day at sea', 'questioned'),
    s(DESM, 'he', '"They kept calling it seasickness,"', 'said', 'direct'),
    s(SAND, 'Meridian Sun spokeswoman Priya Sandoval', "the crew had followed the company's outbreak plan from the first case|before the captain decided to continue", 'said', role='spokeswoman'),
    s(CPHS, 'the Caradine Public Health Service', 'cruise ships reported 14 outbreaks in its waters last year, up from nine in 2033', 'according to'),
    s('The Cruise Lines Council', 'The Cruise Lines Council, an industry group', 'outbreaks of stomach illness affect fewer than one in 1,000 voyages and that ships are cleaned to hospital standards between sailings', 'said'),
    s(VOSK, 'Dr. Henrietta Vosk', "the ship's ventilation and water systems had been tested and were not the source", 'told', role="the service's chief medical officer"),
    s(VOSK, 'she', '"This is a virus that travels on hands, not through pipes,"', 'said', 'direct', role="the service's chief medical officer"),
    s(VOSK, 'She', 'passengers who were still sick would be allowed to leave the ship only after 48 hours without symptoms', 'said', role="the service's chief medical officer"),
    s('Colm Faraday', "Port Selwyn's harbour master, Colm Faraday", 'the ship\'s berth was booked by another vessel Friday, "so one way or another, she has to leave."', 'said', 'mixed', role='harbour master'),
)

PIX = 'Pixelwright Interactive Inc.'
SZAB = 'Renata Szabo'
GWG = 'The Game Workers Guild'
AMMO = 'Gareth Ammon'
BREH = 'Lucas Brehm'
PFM = 'people familiar with the matter'

doc('az03-wire-pixelwright-cancels-hollow-crown-sequel', 'Bloomberg', '2035-09-13', '''
Pixelwright Cancels 'Hollow Crown' Sequel, Cuts 600 Jobs

(Bloomberg) -- Pixelwright Interactive Inc. canceled the long-delayed sequel to its best-selling fantasy game Hollow Crown and will cut about 600 jobs, or 22% of its workforce, according to people familiar with the matter.

The company will close its studio in Tarrow Bay, which had been working on the game for six years, said the people, who asked not to be identified because the decision hasn't been announced publicly.

Pixelwright confirmed the cancellation in a memo to employees Thursday, saying the game "no longer met the bar we set for ourselves" and that development costs had passed $400 million.

Chief Executive Officer Renata Szabo wrote in the memo that "no one in this company wanted this outcome," and that affected staff would receive at least 16 weeks of pay.

"We asked a team of extraordinary people to chase a moving target, and that is on leadership, not on them," Szabo wrote.

Pixelwright shares fell as much as 7.8% in early trading. The stock has lost about 40% of its value since the sequel was first delayed in 2033, according to data compiled by Bloomberg.

Hollow Crown sold more than 30 million copies after its release in 2028 and was turned into an animated series that ran for three seasons. Its success turned Pixelwright from a studio of 80 people into one of the industry's larger independent publishers, with offices on three continents and a second hit, the racing game Gridlight, in 2031. Its sequel was first shown to fans in a trailer in 2030 with a release date of late 2032, which slipped three times.

Staff at the Tarrow Bay studio had been told as recently as last month that the game was on track for a 2036 release, according to two employees who spoke on condition they not be named.

"People bought houses here because of this game," said one of the employees, a level designer. "Now half the street is rewriting their résumés."

The Game Workers Guild, which represents about 200 of the studio's staff, called the layoffs "a failure of management paid for by workers" and demanded that Pixelwright extend health coverage for a year.

The cancellation came as little surprise to investors. "Hollow Crown 2 had become a sunk-cost story," Gareth Ammon, an analyst at Fernleigh Capital, wrote in a note to clients. He kept his buy rating on the stock, saying a leaner Pixelwright could return to profit in 2036.

A Pixelwright spokesman didn't respond to questions about whether other projects were affected. The company is also working on a mobile version of Gridlight, which it has said will be released in the spring.

Industry-wide, game companies have cut more than 20,000 jobs since the start of 2034, according to a tally kept by the trade publication Playfield, as studios that hired heavily during the boom years have struggled with rising costs and fewer hits.

Szabo took over in 2032 after founder Lucas Brehm stepped down to focus on a charity for young programmers. Brehm, who still sits on the board, posted on social media that he was "heartbroken" but supported the decision.

The 46-year-old executive has said she wants Pixelwright to release smaller games more often, and to stop announcing them years before they are ready.
''',
    s(PFM, PFM, 'Pixelwright Interactive Inc. canceled|or 22% of its workforce', 'according to'),
    s(PFM, 'the people', 'The company will close its studio in Tarrow Bay, which had been working on the game for six years', 'said'),
    s(PIX, 'Pixelwright', 'the game "no longer met the bar we set for ourselves" and that development costs had passed $400 million', 'saying', 'mixed'),
    s(SZAB, 'Chief Executive Officer Renata Szabo', '"no one in this company wanted this outcome," and that affected staff would receive at least 16 weeks of pay', 'wrote', 'mixed', role='Chief Executive Officer'),
    s(SZAB, 'Szabo', '"We asked a team of extraordinary people to chase a moving target, and that is on leadership, not on them,"', 'wrote', 'direct', role='Chief Executive Officer'),
    s('Bloomberg', 'Bloomberg', 'The stock has lost about 40% of its value since the sequel was first delayed in 2033', 'according to'),
    s('two employees', 'two employees', 'Staff at the Tarrow Bay studio had been told|for a 2036 release', 'according to'),
    s('one of the employees', 'one of the employees', '"People bought houses here because of this game,"', 'said', 'direct', role='a level designer'),
    s('one of the employees', '', '"Now half the street is rewriting their résumés."', '', 'direct', role='a level designer'),
    s(GWG, GWG, 'the layoffs "a failure of management paid for by workers"', 'called', 'mixed'),
    s(GWG, '', 'Pixelwright extend health coverage for a year', 'demanded'),
    s(AMMO, 'Gareth Ammon', '"Hollow Crown 2 had become a sunk-cost story,"', 'wrote', 'direct', role='an analyst at Fernleigh Capital'),
    s(AMMO, 'He', 'a leaner Pixelwright could return to profit in 2036', 'saying', role='an analyst at Fernleigh Capital'),
    s(PIX, 'it', 'will be released in the spring', 'has said'),
    s('Playfield', 'the trade publication Playfield', 'Industry-wide, game companies have cut more than 20,000 jobs since the start of 2034', 'according to'),
    s(BREH, 'Brehm', 'he was "heartbroken" but supported the decision', 'posted', 'mixed', role='founder'),
    s(SZAB, 'The 46-year-old executive', 'she wants Pixelwright to release smaller games more often, and to stop announcing them years before they are ready', 'has said', role='Chief Executive Officer'),
)

DELV = 'Maison Delvaux'
QCM = "Quarrania's culture ministry"
IWEK = 'Rosalind Iweka'
CAST = 'Fabien Castagnet'
LEMA = 'Anaïs Lemarrec'
LAVA = 'Cyprien Lavaud'

doc('az04-wire-ostrelle-dinosaur-auction-halted', 'AFP', '2035-10-11', '''
Dinosaur auction halted as two countries claim the bones

MERANT, Ostrelle, Oct 11, 2035 (AFP) - A Merant auction house on Thursday withdrew a nearly complete dinosaur skeleton from sale hours before bidding was due to start, after two governments said the fossil had been smuggled out of their territory.

The Maison Delvaux auction house said it had "suspended the sale pending clarification of the specimen's provenance" and would hand its documents to the authorities.

The 11-metre skeleton, a long-necked plant-eater nicknamed "Big Bertille" by the workers who cleaned it, had been expected to fetch between four and six million euros, according to Maison Delvaux's catalogue.

Quarrania's culture ministry said in a statement that the skeleton had been dug up illegally in its Selkar Basin in 2031, and that it had asked Ostrelle to return it under a 1994 treaty between the two countries.

Neighbouring Tavonia also claims the fossil. Its ambassador in Merant, Rosalind Iweka, told AFP that the quarry where the bones were found lies "on our side of the river, as every map printed before 1990 shows."

The seller, a private collector whom the auction house did not name, bought the skeleton in 2032 from a dealer in the port city of Sablonne.

"We have all the export papers, and they are genuine," the collector's lawyer, Fabien Castagnet, told AFP. "My client is the victim here, not the thief."

Who owns a dinosaur? The question has become more pressing as prices have climbed. Fossil sales at auction reached a record 92 million euros worldwide in 2034, according to figures compiled by the art market database Artvista.

Palaeontologists have long warned that the booming trade pushes scientifically important specimens into private hands, where researchers cannot study them.

"Each skeleton sold to a living room is a chapter torn out of the history of life," said Anaïs Lemarrec, a palaeontologist at the Merant Natural History Museum, who examined photographs of the specimen.

She said the bones bore the marks of a hurried excavation, including saw cuts through at least two vertebrae.

An investigating magistrate has been appointed, the Merant prosecutor's office said on Thursday evening.

Ostrelle's culture minister, Benoît Aumont, told Radio Merant that his government would "respect the courts and the treaties" and that the skeleton would stay under seal in a Merant warehouse until the dispute was settled.

The head of the auction house's natural history department, Cyprien Lavaud, said he regretted the withdrawal but that "the law must come first."

Skeletons of this size rarely come to market. The last comparable sale, in 2029, went to a museum in the Gulf for 7.1 million euros after a bidding war that lasted 20 minutes.
''',
    s('Quarrania and Tavonia', 'two governments', 'the fossil had been smuggled out of their territory', 'said'),
    s(DELV, 'The Maison Delvaux auction house', 'it had "suspended the sale pending clarification of the specimen\'s provenance" and would hand its documents to the authorities', 'said', 'mixed'),
    s(DELV, "Maison Delvaux's catalogue", 'The 11-metre skeleton, a long-necked plant-eater|between four and six million euros', 'according to'),
    s(QCM, QCM, 'the skeleton had been dug up illegally in its Selkar Basin in 2031|under a 1994 treaty between the two countries', 'said'),
    s(IWEK, 'Its ambassador in Merant, Rosalind Iweka', 'the quarry where the bones were found lies "on our side of the river, as every map printed before 1990 shows."', 'told', 'mixed', role='ambassador'),
    s(CAST, "the collector's lawyer, Fabien Castagnet", '"We have all the export papers, and they are genuine,"', 'told', 'direct', role="the collector's lawyer"),
    s(CAST, '', '"My client is the victim here, not the thief."', '', 'direct', role="the collector's lawyer"),
    s('Artvista', 'the art market database Artvista', 'Fossil sales at auction reached a record 92 million euros worldwide in 2034', 'according to'),
    s('Palaeontologists', 'Palaeontologists', 'the booming trade pushes scientifically important specimens into private hands, where researchers cannot study them', 'have long warned'),
    s(LEMA, 'Anaïs Lemarrec', '"Each skeleton sold to a living room is a chapter torn out of the history of life,"', 'said', 'direct', role='a palaeontologist at the Merant Natural History Museum'),
    s(LEMA, 'She', 'the bones bore the marks of a hurried excavation, including saw cuts through at least two vertebrae', 'said', role='a palaeontologist at the Merant Natural History Museum'),
    s("the Merant prosecutor's office", "the Merant prosecutor's office", 'An investigating magistrate has been appointed', 'said'),
    s('Benoît Aumont', "Ostrelle's culture minister, Benoît Aumont", 'his government would "respect the courts and the treaties" and that the skeleton would stay under seal in a Merant warehouse until the dispute was settled', 'told', 'mixed', role="Ostrelle's culture minister"),
    s(LAVA, 'Cyprien Lavaud', 'he regretted the withdrawal but that "the law must come first."', 'said', 'mixed', role="The head of the auction house's natural history department"),
)

STB = 'Solenne Tourism Board'
MARO = 'Amara Kessel-Obi'
LUCH = 'Teodora Luchian'
SHA = 'Solenne Hotels Association'
VANT = 'Vantair'
GREN = 'Tomas Greninger'

doc('az05-wire-solenne-tourist-entry-fee', 'Reuters', '2035-11-20', '''
Solenne tourism board says new entry fee could cost island 200,000 visitors

PORT AMARIS, Solenne, Nov 20 (Reuters) - Solenne's plan to charge foreign visitors a 75-euro entry fee from next year could cut arrivals by as much as 200,000 in its first year, the island's own tourism board warned on Wednesday, putting it at odds with the government that appoints it.

The fee, approved by parliament last week by 31 votes to 24, will apply to every foreign visitor over 12 and will be collected online before travel. The government says it will raise about 140 million euros a year for water, waste and road projects.

In a report to parliament's finance committee, the Solenne Tourism Board estimated that arrivals would fall by between 5 and 9 percent in 2036, with the steepest drop among short-stay visitors from neighbouring countries.

"A family of four from the mainland will pay 300 euros before they have bought a coffee," the board's chair, Teodora Luchian, told the committee. "Some of them will simply go somewhere else."

Finance Minister Amara Kessel-Obi rejected the estimate, saying visitors who came for the beaches and the reefs "will not turn around over the price of a dinner."

She said the island's roads, desalination plants and landfill had been built for a population of 400,000, not for the 3.1 million visitors who arrived last year, and that residents had paid for that gap for too long.

"Our guests love this island. We are asking them to help us keep it," she said in a post on the ministry's website.

Tourism accounts for about a third of Solenne's economic output and employs one worker in four, according to the national statistics office.

The Solenne Hotels Association said bookings for the first quarter of 2036 were already 6 percent below last year's, though it did not say how much of the drop it blamed on the fee.

Vantair, the low-cost airline that carries about a quarter of the island's visitors, said it would cut two of its eight routes to Port Amaris from March.

"We fly where people want to go, and at these prices fewer of them will want to go to Solenne," the airline's commercial director, Tomas Greninger, said in a statement.

Solenne, a volcanic island of about 400,000 people, has seen visitor numbers more than double since 2025, when two low-cost airlines began flying there from the mainland. Water shortages in the summer of 2034 forced hotels in the north of the island to truck in drinking water for six weeks.

Travel agents on the mainland said they had already fielded calls from customers asking whether the fee applied to children and to visitors who arrive by ferry.

Several other destinations have introduced entry or overnight charges in recent years. A government official involved in drafting the law, who asked not to be named because he was not authorised to speak to the media, said the fee had been modelled on those schemes and would be reviewed after two years.

The opposition Union for Solenne has said it will repeal the fee if it wins the election due in 2037.

Luchian, a former hotel manager who was appointed by Kessel-Obi's own government in 2033, said the board's job was "to tell the truth about the numbers, even when the truth is inconvenient."

(Reporting by Nikos Arvanitakis; Editing by Helen Sturgis)
''',
    s(STB, 'tourism board', 'new entry fee could cost island 200,000 visitors', 'says'),
    s(STB, "the island's own tourism board", "Solenne's plan to charge foreign visitors a 75-euro entry fee from next year could cut arrivals by as much as 200,000 in its first year", 'warned'),
    s('The government', 'The government', 'it will raise about 140 million euros a year for water, waste and road projects', 'says'),
    s(STB, 'the Solenne Tourism Board', 'arrivals would fall by between 5 and 9 percent in 2036|from neighbouring countries', 'estimated'),
    s(LUCH, "the board's chair, Teodora Luchian", '"A family of four from the mainland will pay 300 euros before they have bought a coffee,"', 'told', 'direct', role="the board's chair"),
    s(LUCH, '', '"Some of them will simply go somewhere else."', '', 'direct', role="the board's chair"),
    s(MARO, 'Finance Minister Amara Kessel-Obi', 'the estimate', 'rejected', role='Finance Minister'),
    s(MARO, '', 'visitors who came for the beaches and the reefs "will not turn around over the price of a dinner."', 'saying', 'mixed', role='Finance Minister'),
    s(MARO, 'She', "the island's roads, desalination plants and landfill had been built for a population of 400,000|had paid for that gap for too long", 'said', role='Finance Minister'),
    s(MARO, 'she', '"Our guests love this island. We are asking them to help us keep it,"', 'said', 'direct', role='Finance Minister'),
    s('national statistics office', 'the national statistics office', "Tourism accounts for about a third of Solenne's economic output and employs one worker in four", 'according to'),
    s(SHA, 'The Solenne Hotels Association', "bookings for the first quarter of 2036 were already 6 percent below last year's", 'said'),
    s(VANT, 'Vantair', 'it would cut two of its eight routes to Port Amaris from March', 'said'),
    s(GREN, "the airline's commercial director, Tomas Greninger", '"We fly where people want to go, and at these prices fewer of them will want to go to Solenne,"', 'said', 'direct', role="the airline's commercial director"),
    s('Travel agents on the mainland', 'Travel agents on the mainland', 'they had already fielded calls from customers asking whether the fee applied to children and to visitors who arrive by ferry', 'said'),
    s('A government official involved in drafting the law', 'A government official involved in drafting the law', 'the fee had been modelled on those schemes and would be reviewed after two years', 'said'),
    s('The opposition Union for Solenne', 'The opposition Union for Solenne', 'it will repeal the fee if it wins the election due in 2037', 'has said'),
    s(LUCH, 'Luchian', 'the board\'s job was "to tell the truth about the numbers, even when the truth is inconvenient."', 'said', 'mixed', role="the board's chair"),
)
