"""Set BR's five wire stories (see build_br.py)."""
from invented_common import doc_spans as doc, s

MIN = "the island's agriculture ministry"
RAH = 'Rivo Andrianjafy-Holt'
JAT = 'Jean-Aime Tsiory'

doc('br01-wire-marovan-vanilla-cyclone', 'Reuters', '2044-02-12', '''
Vanilla hits record as cyclone flattens Marovan's crop

By Henrik Oduya-Laine

SAMBARA, Feb 12 (Reuters) - Prices for cured vanilla beans jumped to a record $780 a kilogram on Thursday after Cyclone Ilsa tore through the northeast of Marovan, the island that grows about 70% of the world's supply, three exporters in the port of Sambara told Reuters.

The storm flattened vines across the Antaloha valley days before the green bean harvest was due to begin, the island's agriculture ministry said in a preliminary assessment. It estimated that between 40% and 60% of this year's crop had been lost.

"We have never seen damage like this, not even after Cyclone Tomas in 2031," said Rivo Andrianjafy-Holt, who runs the Vanilla Exporters' Group, a trade body of 22 companies. "Some farmers lost every vine they own."

One of the exporters, who asked not to be named because price talks with buyers were under way, said buyers in Europe had started to call traders directly to secure beans still in curing sheds. Another exporter said he expected prices to pass $900 before the end of the month.

The biggest exporter, Sambara Aromatics, said in a statement that its warehouses were intact and that it would honour existing contracts at the agreed prices. The company declined to say how much stock it held.

Flavour makers were bracing for higher costs. A spokeswoman for Geneva-based Halberg Flavours said the company had "several months of cover" and was not planning price increases for now. Ostrand Ingredients, its main rival, did not respond to a request for comment.

Vanilla is among the most labour-intensive crops in the world: each flower must be pollinated by hand on the single morning it opens, and the beans are cured for months. New vines take three years to produce.

According to the ministry, about 80,000 families in the northeast depend on vanilla for most of their income. Agriculture Minister Fara Rakotobe-Sahl toured the valley on Wednesday and handed out the first bags of seedlings for replanting.

Growers said they feared theft more than the storm itself. "When the price goes up, the thieves come," said Jean-Aime Tsiory, a grower in the village of Ambato-Ilsa, who has lost half his vines. He said villagers had begun guarding their plots at night, as they did during the 2038 boom.

The central bank said on Tuesday the loss of export revenue could cut economic growth this year by as much as one percentage point. Its governor, Lalao Fenomanana, told lawmakers the bank had "room to act" if the currency came under pressure.

(Reporting by Henrik Oduya-Laine; Additional reporting by Paola Menzies in Geneva; Editing by Mark Heathcote-Byrne)
''',
    s('three exporters in the port of Sambara', 'three exporters in the port of Sambara', 'Prices for cured vanilla beans jumped|about 70% of the world\'s supply', 'told'),
    s(MIN, MIN, 'The storm flattened vines across the Antaloha valley days before the green bean harvest was due to begin', 'said'),
    s(MIN, 'It', "between 40% and 60% of this year's crop had been lost", 'estimated'),
    s(RAH, RAH, '"We have never seen damage like this, not even after Cyclone Tomas in 2031,"', 'said', 'direct'),
    s(RAH, '', '"Some farmers lost every vine they own."', '', 'direct'),
    s('One of the exporters', 'One of the exporters', 'buyers in Europe had started to call traders directly to secure beans still in curing sheds', 'said'),
    s('Another exporter', 'Another exporter', 'he expected prices to pass $900 before the end of the month', 'said'),
    s('Sambara Aromatics', 'The biggest exporter, Sambara Aromatics', 'its warehouses were intact and that it would honour existing contracts at the agreed prices', 'said'),
    s('Halberg Flavours', 'A spokeswoman for Geneva-based Halberg Flavours', 'the company had "several months of cover" and was not planning price increases for now', 'said', 'mixed'),
    s(MIN, 'the ministry', 'about 80,000 families in the northeast depend on vanilla for most of their income', 'According to'),
    s('Growers', 'Growers', 'they feared theft more than the storm itself', 'said'),
    s(JAT, JAT, '"When the price goes up, the thieves come,"', 'said', 'direct', role='a grower in the village of Ambato-Ilsa'),
    s(JAT, 'He', 'villagers had begun guarding their plots at night, as they did during the 2038 boom', 'said', role='a grower in the village of Ambato-Ilsa'),
    s('The central bank', 'The central bank', 'the loss of export revenue could cut economic growth this year by as much as one percentage point', 'said'),
    s('Lalao Fenomanana', 'Its governor, Lalao Fenomanana', 'the bank had "room to act" if the currency came under pressure', 'told', 'mixed', role='governor'),
)

OBW = 'Orrin Baptiste-Wahl'
TKO = 'Tamas Kiraly-Oduya'

doc('br02-wire-velkor-border-truckers-blockade', 'AP', '2044-01-21', '''
Truckers block border crossing for third day; minister says deal 'within reach'

By MARISOL ADEBAYO-KRANTZ Associated Press

VELKOR, Dravia (AP) — Hundreds of trucks parked across all six lanes of the Velkor border crossing kept Dravia's busiest link with Kesselland closed for a third day Wednesday, as drivers protesting new road tolls refused to move until the government scraps them.

Transport Minister Orrin Baptiste-Wahl told reporters in the capital that talks with the drivers' representatives were making progress and that a deal was "within reach." He did not say what the government had offered.

The drivers' group, which calls itself the Free Road Convoy, says the tolls, which took effect Jan. 1, add about 400 kors to a round trip to the Kesselland ports.

"We are not against the state. We are against going broke," said Tamas Kiraly-Oduya, a 51-year-old driver from the eastern city of Brask who has been sleeping in his cab since Monday. His cousin Lajos, who drives for the same haulage firm, said the company had told them they would not be paid for the days they were parked. He said he would stay "as long as it takes."

A spokesman for the Free Road Convoy, Zoltan Herczeg-Abu, said the drivers would not meet the minister "in a ministry office with cameras outside." He said they wanted the talks held at the border, in front of the trucks.

Kesselland's customs agency said more than 2,000 trucks were waiting on its side, some stretching 15 kilometers (9 miles) back toward the town of Hollin. Food retailers in Kesselland warned of empty shelves within days.

Police were seen talking with drivers at the front of the blockade but made no move to clear it. A police spokeswoman said officers would not remove the trucks "as long as the protest stays peaceful."

Did the government consider lifting the tolls? Asked that question at a news conference, Baptiste-Wahl said the toll revenue was needed to repair roads "that these same trucks wear out."

The opposition Unity Party called the blockade "the predictable result of a tax passed in a hurry" and demanded that the minister resign.

Kesselland's government, in a note to the Dravian embassy, asked Dravia to reopen the crossing "without delay." Its trade minister, Ilona Varga-Mensah, said Kesselland was not taking sides in "an internal Dravian dispute" but could not accept "its factories going without parts."

Not all drivers support the blockade. Some have turned around and taken the longer route through the Ostra pass, adding a day to the trip.

"I have a delivery date," said one, who gave only his first name, Viktor. "The tolls are bad, but the blockade is worse for us."

The crossing handles about a quarter of Dravia's exports, according to the national statistics office.

Associated Press writer Ines Volkova in Hollin contributed to this report.
''',
    s(OBW, 'minister', "deal 'within reach'", 'says', 'mixed', role='Transport Minister'),
    s(OBW, 'Transport Minister Orrin Baptiste-Wahl', "talks with the drivers' representatives were making progress and that a deal was \"within reach.\"", 'told', 'mixed', role='Transport Minister'),
    s('the Free Road Convoy', "The drivers' group, which calls itself the Free Road Convoy", 'the tolls, which took effect Jan. 1, add about 400 kors to a round trip to the Kesselland ports', 'says'),
    s(TKO, TKO, '"We are not against the state. We are against going broke,"', 'said', 'direct', role='a 51-year-old driver from the eastern city of Brask'),
    s('Lajos', 'His cousin Lajos', 'the company had told them they would not be paid for the days they were parked', 'said'),
    s('the company', 'the company', 'they would not be paid for the days they were parked', 'had told', nested=True, via='Lajos'),
    s('Lajos', 'He', 'he would stay "as long as it takes."', 'said', 'mixed'),
    s('Zoltan Herczeg-Abu', 'A spokesman for the Free Road Convoy, Zoltan Herczeg-Abu', 'the drivers would not meet the minister "in a ministry office with cameras outside."', 'said', 'mixed', role='A spokesman for the Free Road Convoy'),
    s('Zoltan Herczeg-Abu', 'He', 'they wanted the talks held at the border, in front of the trucks', 'said', role='A spokesman for the Free Road Convoy'),
    s("Kesselland's customs agency", "Kesselland's customs agency", 'more than 2,000 trucks were waiting on its side|toward the town of Hollin', 'said'),
    s('Food retailers in Kesselland', 'Food retailers in Kesselland', 'empty shelves within days', 'warned of'),
    s('A police spokeswoman', 'A police spokeswoman', 'officers would not remove the trucks "as long as the protest stays peaceful."', 'said', 'mixed'),
    s(OBW, 'Baptiste-Wahl', 'the toll revenue was needed to repair roads "that these same trucks wear out."', 'said', 'mixed', role='Transport Minister'),
    s('the Unity Party', 'The opposition Unity Party', 'the blockade "the predictable result of a tax passed in a hurry"', 'called', 'mixed'),
    s('the Unity Party', '', 'the minister resign', 'demanded'),
    s("Kesselland's government", "Kesselland's government", 'Dravia to reopen the crossing "without delay."', 'asked', 'mixed'),
    s('Ilona Varga-Mensah', 'Its trade minister, Ilona Varga-Mensah', 'Kesselland was not taking sides in "an internal Dravian dispute" but could not accept "its factories going without parts."', 'said', 'mixed', role='trade minister'),
    s('Viktor', 'one, who gave only his first name, Viktor', '"I have a delivery date,"', 'said', 'direct'),
    s('Viktor', '', '"The tolls are bad, but the blockade is worse for us."', '', 'direct'),
    s('the national statistics office', 'the national statistics office', "The crossing handles about a quarter of Dravia's exports", 'according to'),
)

HGM = 'Helene Garrow-Maas'
NFO = 'Nadia Ferrand-Okoye'

doc('br03-wire-saint-orval-cable-car-fall', 'AFP', '2044-01-24', '''
Cable car cabin falls at Valtorre ski resort, four dead

SAINT-ORVAL, Valtorre, Jan 24, 2044 (AFP) - A cabin of a cable car at the Saint-Orval ski resort fell about 30 metres onto a slope on Saturday, killing four people and injuring two, local authorities said.

The cabin was carrying six skiers when a haul cable came loose from a pylon shortly after 10:00 am (0900 GMT), according to the regional prefecture.

"The cabin came down in a few seconds. There was nothing anyone could do," a ski instructor who saw the fall from a nearby lift told AFP, asking that his name not be used.

The dead were two Valtorrean men, a Belgian woman and her 12-year-old son, prosecutor Helene Garrow-Maas said at a news conference in the regional capital, Lormont. She said she had opened a manslaughter investigation and that the cable car's operator, Altiport SA, had handed over its maintenance records.

Altiport SA said in a statement it was "devastated" and would cooperate fully with investigators. The company, which runs eleven lifts in the Valtorre Alps, said the line had passed its annual inspection in November.

The head of the national cable transport regulator, Nadia Ferrand-Okoye, told France-Valtorre radio that the inspection covered the pylons but not every clamp. "We will look at whether the rules are strict enough," she said. "If they are not, we will change them."

Garrow-Maas declined to comment on the regulator's remarks. She said the investigation would take "several months" and that the line would stay closed until it was over.

Tourism Minister Paul Ekwueme-Sand travelled to Saint-Orval in the afternoon and visited the injured in hospital. He called the accident "a tragedy for the whole valley."

The resort closed all its lifts until further notice. Several hundred skiers had to be brought down by snowmobile and on foot, the mountain rescue service said.

Guests were angry. "Nobody told us anything for three hours," said Marieke de Ruyter-Bose, a Dutch visitor.

Unions at Altiport have for years complained about staff cuts in maintenance teams. In a statement on Saturday evening, the CGT-Valtorre union said the number of lift technicians at Saint-Orval had fallen from 14 to 8 since 2039, and called for an independent audit of all the operator's lines.

Altiport did not respond to questions about staffing.

It was the deadliest cable car accident in Valtorre since 2019, when a cabin hit a pylon in high winds at Col-de-Brune, killing two.

hgm/jv
''',
    s('local authorities', 'local authorities', 'A cabin of a cable car at the Saint-Orval ski resort|killing four people and injuring two', 'said'),
    s('the regional prefecture', 'the regional prefecture', 'The cabin was carrying six skiers|shortly after 10:00 am (0900 GMT)', 'according to'),
    s('a ski instructor who saw the fall from a nearby lift', 'a ski instructor who saw the fall from a nearby lift', '"The cabin came down in a few seconds. There was nothing anyone could do,"', 'told', 'direct'),
    s(HGM, 'prosecutor Helene Garrow-Maas', 'The dead were two Valtorrean men, a Belgian woman and her 12-year-old son', 'said', role='prosecutor'),
    s(HGM, 'She', "she had opened a manslaughter investigation and that the cable car's operator, Altiport SA, had handed over its maintenance records", 'said', role='prosecutor'),
    s('Altiport SA', 'Altiport SA', 'it was "devastated" and would cooperate fully with investigators', 'said', 'mixed'),
    s('Altiport SA', 'The company, which runs eleven lifts in the Valtorre Alps', 'the line had passed its annual inspection in November', 'said'),
    s(NFO, 'The head of the national cable transport regulator, Nadia Ferrand-Okoye', 'the inspection covered the pylons but not every clamp', 'told', role='head of the national cable transport regulator'),
    s(NFO, 'she', '"We will look at whether the rules are strict enough,"', 'said', 'direct', role='head of the national cable transport regulator'),
    s(NFO, '', '"If they are not, we will change them."', '', 'direct', role='head of the national cable transport regulator'),
    s(HGM, 'She', 'the investigation would take "several months" and that the line would stay closed until it was over', 'said', 'mixed', role='prosecutor'),
    s('Paul Ekwueme-Sand', 'He', 'the accident "a tragedy for the whole valley."', 'called', 'mixed', role='Tourism Minister'),
    s('the mountain rescue service', 'the mountain rescue service', 'Several hundred skiers had to be brought down by snowmobile and on foot', 'said'),
    s('Marieke de Ruyter-Bose', 'Marieke de Ruyter-Bose', '"Nobody told us anything for three hours,"', 'said', 'direct', role='a Dutch visitor'),
    s('Unions at Altiport', 'Unions at Altiport', 'staff cuts in maintenance teams', 'complained about'),
    s('the CGT-Valtorre union', 'the CGT-Valtorre union', 'the number of lift technicians at Saint-Orval had fallen from 14 to 8 since 2039', 'said'),
    s('the CGT-Valtorre union', '', "an independent audit of all the operator's lines", 'called for'),
)

LAR = 'Larkspur Games'
KES = 'Kestral Lottery Group'
TWA = 'Tobias Wennerholm-Aku'
DAL = 'Dmitri Asante-Lowe'
CFO = 'Carla Finnegan-Oyo'

doc('br04-wire-larkspur-kestral-lottery-bid', 'Bloomberg', '2044-03-18', '''
Kestral Lottery Jumps After Larkspur Games Bids $4.1 Billion

(Bloomberg) -- Shares of Kestral Lottery Group jumped 18% in Ardmoor trading after rival operator Larkspur Games offered to buy the company for about $4.1 billion in cash and stock, a premium of 31% to Friday's close.

Larkspur, which runs state lotteries in six countries, said in a statement on Monday that the deal would create "the largest lottery operator outside North America" and save about $120 million a year in costs by 2047.

Larkspur first approached Kestral in March, people familiar with the matter said, asking not to be identified because the talks were private.

Kestral's board is reviewing the proposal and will respond "in due course," the company said in a filing to the Ardmoor exchange. It urged shareholders to take no action.

Larkspur Chief Executive Officer Tobias Wennerholm-Aku and his finance chief, Dmitri Asante-Lowe, spoke to analysts on a call on Monday. Wennerholm-Aku said the offer was "full and fair" and that Larkspur had no plans to raise it. Asante-Lowe, who joined Larkspur last year from Nordhavn Bank, said the cash part would be financed with new debt. He said the companies' networks of retail terminals overlapped in only two markets, which would limit objections from competition authorities.

Analysts were less sure. "Regulators in Ostmark will look very hard at this," said Carla Finnegan-Oyo, an analyst at Bernholt Securities, who rates Kestral a buy. "Two of their largest operators becoming one is not a small thing."

Kestral has been under pressure from activist investor Greywater Capital, which owns 7.2% of the shares and has pushed for a sale since last year. Greywater said it welcomed the offer but believed Kestral was worth "at least 20% more."

Kestral's revenue rose 6% to 2.3 billion last year, according to its annual report, helped by online ticket sales in Ostmark and Vellmark.

Kestral Chief Executive Officer Ilse Marbury-Tchen has said she wants to keep the company independent. A spokesman for Kestral declined to comment beyond the filing.

Ostmark's gaming regulator said it had not yet received a filing from Larkspur. Its director, Hanne Sjoberg-Ade, told lawmakers in January that she wanted more competition in online lottery sales, not less.

The offer needs approval from lottery regulators in four countries. Larkspur said that could take a year.

Larkspur's shares fell 4.5% in Stavanholm. The stock has lost a fifth of its value this year as investors questioned the cost of its expansion into online betting, which it has called "the next decade of our growth."

--With assistance from Mira Okonkwo-Dahl.
''',
    s(LAR, 'Larkspur, which runs state lotteries in six countries', 'the deal would create "the largest lottery operator outside North America" and save about $120 million a year in costs by 2047', 'said', 'mixed'),
    s('people familiar with the matter', 'people familiar with the matter', 'Larkspur first approached Kestral in March', 'said'),
    s(KES, 'the company', 'Kestral\'s board is reviewing the proposal and will respond "in due course,"', 'said', 'mixed'),
    s(KES, 'It', 'shareholders to take no action', 'urged'),
    s(TWA, 'Wennerholm-Aku', 'the offer was "full and fair" and that Larkspur had no plans to raise it', 'said', 'mixed', role='Chief Executive Officer'),
    s(DAL, 'Asante-Lowe, who joined Larkspur last year from Nordhavn Bank', 'the cash part would be financed with new debt', 'said', role='finance chief'),
    s(DAL, 'He', "the companies' networks of retail terminals overlapped in only two markets, which would limit objections from competition authorities", 'said', role='finance chief'),
    s(CFO, CFO, '"Regulators in Ostmark will look very hard at this,"', 'said', 'direct', role='an analyst at Bernholt Securities'),
    s(CFO, '', '"Two of their largest operators becoming one is not a small thing."', '', 'direct', role='an analyst at Bernholt Securities'),
    s('Greywater Capital', 'Greywater', 'it welcomed the offer but believed Kestral was worth "at least 20% more."', 'said', 'mixed'),
    s(KES, 'its annual report', "Kestral's revenue rose 6% to 2.3 billion last year", 'according to'),
    s('Ilse Marbury-Tchen', 'Kestral Chief Executive Officer Ilse Marbury-Tchen', 'she wants to keep the company independent', 'has said', role='Chief Executive Officer'),
    s("Ostmark's gaming regulator", "Ostmark's gaming regulator", 'it had not yet received a filing from Larkspur', 'said'),
    s('Hanne Sjoberg-Ade', 'Its director, Hanne Sjoberg-Ade', 'she wanted more competition in online lottery sales, not less', 'told', role='director'),
    s(LAR, 'Larkspur', 'that could take a year', 'said'),
    s('investors', 'investors', 'the cost of its expansion into online betting', 'questioned'),
    s(LAR, 'it', '"the next decade of our growth."', 'has called', 'direct'),
)

GVA = 'Grigory Valdaev'
OMR = 'Olga Meshkova-Ryn'
ATV = 'Anna Terekhina-Volk'
NAT = 'the Northern Air Transport Company'

doc('br05-wire-polar-44-drifting-station-evacuation', 'SEVMOR', '2044-03-03', '''
Drifting station Polar-44 crew to be evacuated after ice field cracked — Arctic Institute

NORDSKAYA, March 3. /SEVMOR/. The crew of the drifting research station Polar-44 will be evacuated by helicopter within days after a crack opened in the ice field 300 metres from the camp, the director of the Arctic and Polar Research Institute, Grigory Valdaev, told SEVMOR on Tuesday.

"The crack has widened to six metres since Sunday night. We do not consider the situation dangerous yet, but we will not wait for it to become dangerous," Valdaev said.

According to him, the station's 16 researchers and staff are safe and have moved their most valuable instruments to the central part of the floe.

The institute director stressed that the decision to evacuate had been taken "as a precaution" and that the research programme would continue from a new camp in the autumn.

The press service of the Northern Air Transport Company reported that two Mi-38 helicopters had been sent to the island of Kolguev-Severny, the nearest base, about 420 km from the station. "The crews are ready to fly as soon as the weather allows. The forecast for Thursday is favourable," the company's press service told SEVMOR.

Polar-44 was set up on an ice floe in the Arctic Ocean in October 2043. Its researchers study the ice, the atmosphere and the ocean currents over a drift of about a year.

The station's head, Olga Meshkova-Ryn, said in a video address published by the institute that the crew was "calm and working." She noted that all the samples collected over five months had been packed.

Deputy Minister of Natural Resources Anna Terekhina-Volk said the ministry was following the situation "hour by hour." In her words, the evacuation would cost about 40 million roubles, which would be covered from the government's reserve fund.

Earlier, the head of the Hydrometeorological Centre, Pavel Urusov-Kim, warned that strong winds expected this week could break the floe further. He added that such cracks were "not unusual" at this time of year.

The previous drifting station, Polar-43, ended its drift ahead of schedule in 2041 after its floe broke apart, the institute recalled.
''',
    s(GVA, 'Arctic Institute', 'Drifting station Polar-44 crew to be evacuated after ice field cracked', '', role='director of the Arctic and Polar Research Institute'),
    s(GVA, 'the director of the Arctic and Polar Research Institute, Grigory Valdaev', 'The crew of the drifting research station Polar-44|300 metres from the camp', 'told', role='director of the Arctic and Polar Research Institute'),
    s(GVA, 'Valdaev', '"The crack has widened to six metres since Sunday night.|wait for it to become dangerous,"', 'said', 'direct', role='director of the Arctic and Polar Research Institute'),
    s(GVA, 'him', "the station's 16 researchers and staff are safe|the central part of the floe", 'According to', role='director of the Arctic and Polar Research Institute'),
    s(GVA, 'The institute director', 'the decision to evacuate had been taken "as a precaution"|a new camp in the autumn', 'stressed', 'mixed', role='director of the Arctic and Polar Research Institute'),
    s(NAT, 'The press service of the Northern Air Transport Company', 'two Mi-38 helicopters had been sent|about 420 km from the station', 'reported'),
    s(NAT, "the company's press service", '"The crews are ready to fly|The forecast for Thursday is favourable,"', 'told', 'direct'),
    s(OMR, "The station's head, Olga Meshkova-Ryn", 'the crew was "calm and working."', 'said', 'mixed', role="The station's head"),
    s(OMR, 'She', 'all the samples collected over five months had been packed', 'noted', role="The station's head"),
    s(ATV, 'Deputy Minister of Natural Resources Anna Terekhina-Volk', 'the ministry was following the situation "hour by hour."', 'said', 'mixed', role='Deputy Minister of Natural Resources'),
    s(ATV, 'her', "the evacuation would cost about 40 million roubles, which would be covered from the government's reserve fund", 'In her words', role='Deputy Minister of Natural Resources'),
    s('Pavel Urusov-Kim', 'the head of the Hydrometeorological Centre, Pavel Urusov-Kim', 'strong winds expected this week could break the floe further', 'warned', role='head of the Hydrometeorological Centre'),
    s('Pavel Urusov-Kim', 'He', 'such cracks were "not unusual" at this time of year', 'added', 'mixed', role='head of the Hydrometeorological Centre'),
    s('the Arctic and Polar Research Institute', 'the institute', 'The previous drifting station, Polar-43, ended its drift ahead of schedule in 2041 after its floe broke apart', 'recalled'),
)
