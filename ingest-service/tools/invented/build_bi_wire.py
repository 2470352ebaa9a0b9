"""Set BI's five wire stories (see build_bi.py)."""
from invented_common import doc_spans as doc, s

UNION = 'Federation of Rail Workers of Castelnor'
DRAG = 'Ilse Dragomir-Oakes'
RAIL = 'Castelnor National Railways'
VANC = 'Teodor Vancura-Hale'
MIN = 'Benedikt Sarrazin-Moyo'

doc('bi01-wire-castelnor-rail-strike', 'Reuters', '2040-03-12', '''
Castelnor rail strike halts freight for second day, union says more walkouts coming

By Annika Vollmer-Sabo

BRESSANE, March 12 (Reuters) - A strike by Castelnor's rail workers halted nearly all freight traffic for a second day on Tuesday, and the main union said it would call two more walkouts this month unless the state railway withdrew plans to close 40 maintenance depots.

The Federation of Rail Workers of Castelnor said 91 percent of its members had stayed away from work, a figure the railway disputed.

Castelnor National Railways said in a statement that 64 freight trains out of a usual 410 had run on Tuesday and that passenger services on the coastal line were operating at about half their normal level.

"We did not choose this fight," the federation's general secretary, Ilse Dragomir-Oakes, told reporters outside the depot at Venlac. "The company chose it when it decided that a train can be repaired by a man who lives three hundred kilometres away."

The closures, she said, would cost about 2,300 jobs over four years.

The railway's chief executive, Teodor Vancura-Hale, rejected that figure. He said most of the affected workers would be offered posts at six new regional hubs and that no one would be made redundant before 2042.

Asked whether the company would negotiate while the strike lasted, Vancura-Hale said the door was "open, but not to blackmail."

Grain exporters have been hit hardest. The Castelnor Grain Traders Association said about 180,000 tonnes of wheat bound for the port of Lisaune were stuck in inland silos, and it urged the government to appoint a mediator.

Transport Minister Benedikt Sarrazin-Moyo said on Monday that he had no plans to intervene. According to the ministry, the law requires both sides to exhaust direct talks before the state can step in.

Some economists are less patient. "Every day of this costs the economy roughly 30 million marks," said Helga Osterberg-Nwosu, chief economist at Banque Meridienne in Bressane. "A week of it shows up in the quarterly figures."

A second union, the smaller Union of Locomotive Drivers, has not joined the strike. Its leader, Piotr Amsel-Duarte, said his members shared the federation's concerns but would wait for the result of a ballot next week.

Dragomir-Oakes said the next walkouts would take place on March 20 and March 27. Passengers, she added, should expect "serious disruption" on both days.

The railway said it had hired 120 temporary drivers from a private operator. The federation called the move "strike-breaking by another name" and said it would challenge it in court.

(Reporting by Annika Vollmer-Sabo; Editing by Ronan Beckwith-Ama)
''',
    s(UNION, 'union', 'more walkouts coming', 'says'),
    s(UNION, 'the main union', 'it would call two more walkouts this month unless the state railway withdrew plans to close 40 maintenance depots', 'said'),
    s(UNION, 'The Federation of Rail Workers of Castelnor', '91 percent of its members had stayed away from work', 'said'),
    s(RAIL, 'Castelnor National Railways', '64 freight trains out of a usual 410 had run on Tuesday and that passenger services on the coastal line were operating at about half their normal level', 'said'),
    s(DRAG, "the federation's general secretary, Ilse Dragomir-Oakes", '"We did not choose this fight,"', 'told', 'direct', role='general secretary'),
    s(DRAG, '', '"The company chose it when it decided that a train can be repaired by a man who lives three hundred kilometres away."', '', 'direct', role='general secretary'),
    s(DRAG, 'she', ['The closures,', 'would cost about 2,300 jobs over four years.'], 'said', role='general secretary'),
    s(VANC, "The railway's chief executive, Teodor Vancura-Hale", 'that figure', 'rejected', role='chief executive'),
    s(VANC, 'He', 'most of the affected workers would be offered posts at six new regional hubs and that no one would be made redundant before 2042', 'said', role='chief executive'),
    s(VANC, 'Vancura-Hale', 'the door was "open, but not to blackmail."', 'said', 'mixed', role='chief executive'),
    s('Castelnor Grain Traders Association', 'The Castelnor Grain Traders Association', 'about 180,000 tonnes of wheat bound for the port of Lisaune were stuck in inland silos', 'said'),
    s('Castelnor Grain Traders Association', 'it', 'the government to appoint a mediator', 'urged'),
    s(MIN, 'Transport Minister Benedikt Sarrazin-Moyo', 'he had no plans to intervene', 'said', role='Transport Minister'),
    s('the ministry', 'the ministry', 'the law requires both sides to exhaust direct talks before the state can step in', 'According to'),
    s('Helga Osterberg-Nwosu', 'Helga Osterberg-Nwosu, chief economist at Banque Meridienne in Bressane', '"Every day of this costs the economy roughly 30 million marks,"', 'said', 'direct', role='chief economist'),
    s('Helga Osterberg-Nwosu', '', '"A week of it shows up in the quarterly figures."', '', 'direct', role='chief economist'),
    s('Piotr Amsel-Duarte', 'Its leader, Piotr Amsel-Duarte', "his members shared the federation's concerns but would wait for the result of a ballot next week", 'said', role='leader'),
    s(DRAG, 'Dragomir-Oakes', 'the next walkouts would take place on March 20 and March 27', 'said', role='general secretary'),
    s(DRAG, 'she', ['Passengers,', 'should expect "serious disruption" on both days.'], 'added', 'mixed', role='general secretary'),
    s(RAIL, 'The railway', 'it had hired 120 temporary drivers from a private operator', 'said'),
    s(UNION, 'The federation', 'the move "strike-breaking by another name"', 'called', 'mixed'),
    s(UNION, '', 'it would challenge it in court', 'said'),
)

FIRE = 'Harlow County Fire Authority'
BRUN = 'Marcy Brunelle-Okafor'
SHER = 'Dale Pettigrew'

doc('bi02-wire-harlow-county-wildfire-evacuation', 'Associated Press', '2040-07-19', '''
Wind-driven wildfire forces 14,000 from homes in Harlow County; officials say 'no guarantees'

Crews race to protect water plant as flames jump highway

By LUCAS FENWICK-ADEYEMI Associated Press

MERRIVALE, Wren. (AP) — A wildfire pushed by gusts of up to 60 mph jumped a four-lane highway Friday and forced about 14,000 people from their homes in Harlow County, fire officials said, as crews worked through the night to keep the flames away from the town's only water treatment plant.

The Cinder Ridge Fire had burned about 38 square miles by Friday evening and was 5% contained, according to the Harlow County Fire Authority. No deaths had been reported, but at least 60 homes were destroyed, the authority said.

"I'm not going to stand up here and promise anybody that their house is going to make it," Fire Chief Marcy Brunelle-Okafor said at an evening briefing. "What I can promise is that we will not stop."

The fire, she said, had moved "faster than any model we ran," covering six miles in under three hours.

Sheriff Dale Pettigrew said deputies had gone door to door in the Alder Flats neighborhood after the emergency alert system failed to reach some cellphones. He said two residents who refused to leave were later rescued by helicopter.

Was the alert failure avoidable? Residents of Alder Flats think so. Several told The Associated Press they had received the warning more than an hour after they saw smoke.

"My phone buzzed when I was already on the highway," said Gina Tolliver-Marsh, 52, who left with her two dogs and a box of photographs. "If I'd waited for that alert, I wouldn't be talking to you."

The county's emergency management director, who did not want to be named because the failure is under review, said a software update to the alert system on Wednesday may have caused the delay.

Gov. Renata Castellane-Woo declared a state of emergency for Harlow and two neighboring counties and asked the federal government for help. In a statement, she said the state had sent 400 National Guard members and 11 air tankers to the fire.

Utility company Western Wren Power said it had cut electricity to 22,000 customers as a precaution. A company spokesman, Arlo Benavides, declined to say whether any of its lines had been involved in starting the fire.

The cause is under investigation, the fire authority said.

Forecasters at the National Weather Service in Kestrel Falls said the winds would ease on Saturday afternoon but warned that humidity would stay below 10%. "Tomorrow morning is the window," meteorologist Yusuf Harrington-Lowe said. "After that, it gets tricky again."

Evacuation centers at two high schools were full by Friday night, the Red Cross said, and a third was being opened at the county fairgrounds.
''',
    s('officials', 'officials', "'no guarantees'", 'say', 'direct'),
    s('fire officials', 'fire officials', 'A wildfire pushed by gusts of up to 60 mph jumped a four-lane highway Friday and forced about 14,000 people from their homes in Harlow County', 'said'),
    s(FIRE, 'the Harlow County Fire Authority', 'The Cinder Ridge Fire had burned about 38 square miles by Friday evening and was 5% contained', 'according to'),
    s(FIRE, 'the authority', 'No deaths had been reported, but at least 60 homes were destroyed', 'said'),
    s(BRUN, 'Fire Chief Marcy Brunelle-Okafor', '"I\'m not going to stand up here and promise anybody that their house is going to make it,"', 'said', 'direct', role='Fire Chief'),
    s(BRUN, '', '"What I can promise is that we will not stop."', '', 'direct', role='Fire Chief'),
    s(BRUN, 'she', ['The fire,', 'had moved "faster than any model we ran," covering six miles in under three hours.'], 'said', 'mixed', role='Fire Chief'),
    s(SHER, 'Sheriff Dale Pettigrew', 'deputies had gone door to door in the Alder Flats neighborhood after the emergency alert system failed to reach some cellphones', 'said', role='Sheriff'),
    s(SHER, 'He', 'two residents who refused to leave were later rescued by helicopter', 'said', role='Sheriff'),
    s('Residents of Alder Flats', 'Several', 'they had received the warning more than an hour after they saw smoke', 'told'),
    s('Gina Tolliver-Marsh', 'Gina Tolliver-Marsh, 52, who left with her two dogs and a box of photographs', '"My phone buzzed when I was already on the highway,"', 'said', 'direct'),
    s('Gina Tolliver-Marsh', '', '"If I\'d waited for that alert, I wouldn\'t be talking to you."', '', 'direct'),
    s("The county's emergency management director", "The county's emergency management director, who did not want to be named because the failure is under review", 'a software update to the alert system on Wednesday may have caused the delay', 'said', role='emergency management director'),
    s('Renata Castellane-Woo', 'Gov. Renata Castellane-Woo', 'the federal government for help', 'asked', role='Gov.'),
    s('Renata Castellane-Woo', 'she', 'the state had sent 400 National Guard members and 11 air tankers to the fire', 'said', role='Gov.'),
    s('Western Wren Power', 'Utility company Western Wren Power', 'it had cut electricity to 22,000 customers as a precaution', 'said'),
    s(FIRE, 'the fire authority', 'The cause is under investigation', 'said'),
    s('Forecasters at the National Weather Service in Kestrel Falls', 'Forecasters at the National Weather Service in Kestrel Falls', 'the winds would ease on Saturday afternoon', 'said'),
    s('Forecasters at the National Weather Service in Kestrel Falls', '', 'humidity would stay below 10%', 'warned'),
    s('Yusuf Harrington-Lowe', 'meteorologist Yusuf Harrington-Lowe', '"Tomorrow morning is the window,"', 'said', 'direct', role='meteorologist'),
    s('Yusuf Harrington-Lowe', '', '"After that, it gets tricky again."', '', 'direct', role='meteorologist'),
    s('the Red Cross', 'the Red Cross', 'Evacuation centers at two high schools were full by Friday night', 'said'),
)

AGENCY = 'Meridian Space Agency'
LAFO = 'Corentin Lafontaine-Mbeki'
ESKE = 'Sunniva Eskelund'

doc('bi03-wire-meridian-satellite-launch-failure', 'AFP', '2040-05-04', '''
Meridian rocket fails minutes after launch, weather satellite lost

Agency chief promises 'full and public' inquiry

PORT SAVARIN, Meridian Republic, May 4, 2040 (AFP) - A Meridian rocket carrying the country's first home-built weather satellite broke apart about four minutes after lifting off from the Savarin launch centre on Saturday, the national space agency announced.

The Aurelle-2 rocket's second stage "did not ignite as planned," the Meridian Space Agency said in a brief statement, adding that debris had fallen into the sea far from shipping lanes.

Agency director general Corentin Lafontaine-Mbeki, his voice breaking at a news conference, said the loss was "painful for every engineer in this building."

"We will find out what happened, and we will tell you everything we find," he said, promising an inquiry that would be "full and public."

The satellite, built at a cost of about 310 million euros, was meant to give the country's forecasters their own images of cyclones forming in the southern ocean. Until now they have relied on data bought from foreign operators.

According to two engineers at the launch centre, who spoke to AFP on condition of anonymity, telemetry showed a pressure drop in the second-stage fuel line about 20 seconds before separation.

The launch had already been postponed twice, in February and in April, because of a faulty valve. Was the valve the same one? The agency would not say.

Opposition lawmaker Sunniva Eskelund, who sits on parliament's science committee, accused the government of rushing the launch to coincide with the 50th anniversary of the space programme. "They wanted a ceremony. They got a crater in the sea," she told AFP.

The science ministry denied that the date had been chosen for political reasons. A ministry spokesman, Hector Villaneuva-Ross, said the launch window had been set by the orbit, "not by the calendar of anniversaries."

The insurer of the satellite, Compagnie Atlantide de Reassurance, said it had been notified of the loss and would send its own experts to Port Savarin.

Space analyst Reiko Thorsdottir-Alba, of the Institute for Orbital Studies in Vessoulieres, said the failure would not necessarily end the programme. "Almost every space nation has lost its first or second rocket of a new type," she said. "What matters is what they learn, and how quickly."

The agency said the next launch, of a communications satellite, had been suspended until the inquiry reports.

ba-kw/rl
''',
    s(LAFO, 'Agency chief', "'full and public' inquiry", 'promises', 'mixed', role='director general'),
    s(AGENCY, 'the national space agency', "A Meridian rocket carrying the country's first home-built weather satellite broke apart about four minutes after lifting off from the Savarin launch centre on Saturday", 'announced'),
    s(AGENCY, 'the Meridian Space Agency', 'The Aurelle-2 rocket\'s second stage "did not ignite as planned,"', 'said', 'mixed'),
    s(AGENCY, '', 'debris had fallen into the sea far from shipping lanes', 'adding'),
    s(LAFO, 'Agency director general Corentin Lafontaine-Mbeki', 'the loss was "painful for every engineer in this building."', 'said', 'mixed', role='director general'),
    s(LAFO, 'he', '"We will find out what happened, and we will tell you everything we find,"', 'said', 'direct', role='director general'),
    s(LAFO, '', 'an inquiry that would be "full and public."', 'promising', 'mixed', role='director general'),
    s('two engineers at the launch centre', 'two engineers at the launch centre, who spoke to AFP on condition of anonymity', 'telemetry showed a pressure drop in the second-stage fuel line about 20 seconds before separation', 'According to'),
    s(ESKE, "Opposition lawmaker Sunniva Eskelund, who sits on parliament's science committee", 'the government of rushing the launch to coincide with the 50th anniversary of the space programme', 'accused', role='Opposition lawmaker'),
    s(ESKE, 'she', '"They wanted a ceremony. They got a crater in the sea,"', 'told', 'direct', role='Opposition lawmaker'),
    s('the science ministry', 'The science ministry', 'the date had been chosen for political reasons', 'denied'),
    s('Hector Villaneuva-Ross', 'A ministry spokesman, Hector Villaneuva-Ross', 'the launch window had been set by the orbit, "not by the calendar of anniversaries."', 'said', 'mixed', role='ministry spokesman'),
    s('Compagnie Atlantide de Reassurance', 'The insurer of the satellite, Compagnie Atlantide de Reassurance', 'it had been notified of the loss and would send its own experts to Port Savarin', 'said'),
    s('Reiko Thorsdottir-Alba', 'Space analyst Reiko Thorsdottir-Alba, of the Institute for Orbital Studies in Vessoulieres', 'the failure would not necessarily end the programme', 'said', role='Space analyst'),
    s('Reiko Thorsdottir-Alba', 'she', '"Almost every space nation has lost its first or second rocket of a new type,"', 'said', 'direct', role='Space analyst'),
    s('Reiko Thorsdottir-Alba', '', '"What matters is what they learn, and how quickly."', '', 'direct', role='Space analyst'),
    s(AGENCY, 'The agency', 'the next launch, of a communications satellite, had been suspended until the inquiry reports', 'said'),
)

RATER = 'Halvorsen Credit Ratings'
OKAN = 'Mirela Okansson'
FINM = 'Adrian Castellvi-Nakamura'

doc('bi04-wire-ostmark-sovereign-downgrade', 'Bloomberg', '2040-09-26', '''
Ostmark Cut to Junk by Halvorsen as Deficit Balloons; Bonds Slide

- Rating agency sees debt at 94% of output by 2042
- Finance minister calls move 'premature and unfounded'

By Jonah Petrakis-Vale and Clara Wendling-Osei

(Bloomberg) -- Ostmark lost its last investment-grade rating after Halvorsen Credit Ratings cut the country's long-term debt by one notch to BB+, saying the government had abandoned its plan to bring the budget deficit below 3% of gross domestic product.

The outlook is negative, Halvorsen said in a statement late Thursday, meaning a further cut is possible within 18 months. The company expects public debt to climb to 94% of output by 2042, from 81% last year.

Yields on Ostmark's 10-year bonds jumped as much as 38 basis points to 7.12% on Friday, the most since 2033, and the krona fell 1.4% against the euro.

"The fiscal anchor is gone," Mirela Okansson, Halvorsen's lead analyst for Ostmark, said in an interview. "Nothing in the draft budget tells us how they get back to it."

Finance Minister Adrian Castellvi-Nakamura called the decision "premature and unfounded" in a post on social media and said the deficit would fall to 4.1% next year as a one-time spending program for flood reconstruction ends. The ministry, he said, would publish a medium-term plan in November.

The downgrade means some pension funds and insurers that may only hold investment-grade debt will have to sell Ostmark bonds. About 6 billion euros of the country's debt is held by such investors, according to estimates by Nordbank Markets.

"Forced selling is the real story here," said Tobias Reinholt, a fund manager at Kestrel Asset Management in Hamburg-Sud. He said his firm had bought some of the bonds on Friday morning "because the price now assumes the worst."

Two other rating companies still rate Ostmark one notch above junk. A spokeswoman for one of them, Caldwell Ratings, said it did not comment on the timing of reviews.

Halvorsen's move came a week after the central bank's governor, Elin Saarinen-Obi, warned lawmakers that the country could not "spend its way out of a flood." The central bank declined to comment on Friday.

Opposition leader Marius Kaldor-Brandt said the downgrade was "the bill for two years of promises" and called on the government to withdraw the draft budget.

--With assistance from Leif Anand-Soriano.

To contact the reporters on this story:
Jonah Petrakis-Vale in Ostby at jpetrakisvale@example.net
''',
    s(RATER, 'Rating agency', 'debt at 94% of output by 2042', 'sees'),
    s(FINM, 'Finance minister', "move 'premature and unfounded'", 'calls', 'mixed', role='Finance Minister'),
    s(RATER, 'Halvorsen Credit Ratings', 'the government had abandoned its plan to bring the budget deficit below 3% of gross domestic product', 'saying'),
    s(RATER, 'Halvorsen', 'The outlook is negative', 'said'),
    s(RATER, 'The company', 'public debt to climb to 94% of output by 2042, from 81% last year', 'expects'),
    s(OKAN, "Mirela Okansson, Halvorsen's lead analyst for Ostmark", '"The fiscal anchor is gone,"', 'said', 'direct', role='lead analyst'),
    s(OKAN, '', '"Nothing in the draft budget tells us how they get back to it."', '', 'direct', role='lead analyst'),
    s(FINM, 'Finance Minister Adrian Castellvi-Nakamura', 'the decision "premature and unfounded"', 'called', 'mixed', role='Finance Minister'),
    s(FINM, '', 'the deficit would fall to 4.1% next year as a one-time spending program for flood reconstruction ends', 'said', role='Finance Minister'),
    s(FINM, 'he', ['The ministry,', 'would publish a medium-term plan in November.'], 'said', role='Finance Minister'),
    s('Nordbank Markets', 'Nordbank Markets', "About 6 billion euros of the country's debt is held by such investors", 'according to'),
    s('Tobias Reinholt', 'Tobias Reinholt, a fund manager at Kestrel Asset Management in Hamburg-Sud', '"Forced selling is the real story here,"', 'said', 'direct', role='fund manager'),
    s('Tobias Reinholt', 'He', 'his firm had bought some of the bonds on Friday morning "because the price now assumes the worst."', 'said', 'mixed', role='fund manager'),
    s('A spokeswoman for one of them, Caldwell Ratings', 'A spokeswoman for one of them, Caldwell Ratings', 'it did not comment on the timing of reviews', 'said'),
    s('Elin Saarinen-Obi', "the central bank's governor, Elin Saarinen-Obi", 'the country could not "spend its way out of a flood."', 'warned', 'mixed', role='governor'),
    s('Marius Kaldor-Brandt', 'Opposition leader Marius Kaldor-Brandt', 'the downgrade was "the bill for two years of promises"', 'said', 'mixed', role='Opposition leader'),
    s('Marius Kaldor-Brandt', '', 'the government to withdraw the draft budget', 'called on', role='Opposition leader'),
)

KOMB = 'Almaz-Severa'
ZHEL = 'Yaroslav Zhelnin'

doc('bi05-wire-severa-diamond-auction', 'VESTA', '2040-11-15', '''
Almaz-Severa sells record 212-carat diamond at Mirgorod auction - company

MIRGOROD, November 15. /VESTA/. The state diamond company Almaz-Severa has sold a 212-carat rough diamond, the largest ever found in the Severa region, for 41 million dollars at its autumn auction in Mirgorod, the company's press service told VESTA on Friday.

"The stone, which was named 'Polar Dawn', was bought by a consortium of cutters from Antwerpen-Nord and Dubai-Ras. The names of the buyers are not disclosed at their request," the press service said.

According to the company, a total of 1,840 lots were sold at the auction, for 612 million dollars, 14% more than at the spring sale.

Almaz-Severa General Director Yaroslav Zhelnin told VESTA that demand for large stones had recovered after two weak years. "The market for jewellery-quality diamonds above 10 carats is growing again, above all in Asia," he noted.

The head of the company stressed that the auction had been held "in full compliance with the certification scheme" and that every lot had been accompanied by a certificate of origin.

Earlier, the Association of Independent Jewellers had called on Almaz-Severa to disclose more information about its buyers. The company rejected the demand, recalling that the confidentiality of buyers is a standard practice of the industry.

The governor of the Severa region, Marina Obukhova-Lind, welcomed the results of the auction. She said that part of the company's dividends would go to the construction of a new hospital in the mining town of Udachny-2. "Every large stone from our land should leave something behind here," she said.

Analysts at the Mirgorod Commodity Exchange believe that prices for rough diamonds will rise by 5-7% in 2041.

The Polar Dawn diamond was found in August at the Zarya pipe, about 400 km north of Mirgorod. As VESTA reported earlier, the company had planned to cut the stone itself but changed its plans after several foreign buyers showed interest.

Not all buyers were satisfied with the sale. A cutter from Antwerpen-Nord, who asked not to be named, told VESTA that several lots of smaller stones had been priced "well above the market" and had been left unsold. Almaz-Severa said that unsold lots would be offered again at the winter sale.

Almaz-Severa is the region's largest employer. The company did not comment on reports that it plans to hold an additional auction in Dubai-Ras in December.
''',
    s(KOMB, 'company', 'Almaz-Severa sells record 212-carat diamond at Mirgorod auction', ''),
    s(KOMB, "the company's press service", 'The state diamond company Almaz-Severa has sold a 212-carat rough diamond, the largest ever found in the Severa region, for 41 million dollars at its autumn auction in Mirgorod', 'told'),
    s(KOMB, 'the press service', '"The stone, which was named \'Polar Dawn\', was bought by a consortium of cutters from Antwerpen-Nord and Dubai-Ras. The names of the buyers are not disclosed at their request,"', 'said', 'direct'),
    s(KOMB, 'the company', 'a total of 1,840 lots were sold at the auction, for 612 million dollars, 14% more than at the spring sale', 'According to'),
    s(ZHEL, 'Almaz-Severa General Director Yaroslav Zhelnin', 'demand for large stones had recovered after two weak years', 'told', role='General Director'),
    s(ZHEL, 'he', '"The market for jewellery-quality diamonds above 10 carats is growing again, above all in Asia,"', 'noted', 'direct', role='General Director'),
    s(ZHEL, 'The head of the company', 'the auction had been held "in full compliance with the certification scheme" and that every lot had been accompanied by a certificate of origin', 'stressed', 'mixed', role='General Director'),
    s('Association of Independent Jewellers', 'the Association of Independent Jewellers', 'Almaz-Severa to disclose more information about its buyers', 'had called on'),
    s(KOMB, 'The company', 'the demand', 'rejected'),
    s(KOMB, '', 'the confidentiality of buyers is a standard practice of the industry', 'recalling'),
    s('Marina Obukhova-Lind', 'The governor of the Severa region, Marina Obukhova-Lind', 'the results of the auction', 'welcomed', role='governor'),
    s('Marina Obukhova-Lind', 'She', "part of the company's dividends would go to the construction of a new hospital in the mining town of Udachny-2", 'said', role='governor'),
    s('Marina Obukhova-Lind', 'she', '"Every large stone from our land should leave something behind here,"', 'said', 'direct', role='governor'),
    s('Analysts at the Mirgorod Commodity Exchange', 'Analysts at the Mirgorod Commodity Exchange', 'prices for rough diamonds will rise by 5-7% in 2041', 'believe'),
    s('A cutter from Antwerpen-Nord', 'A cutter from Antwerpen-Nord, who asked not to be named', 'several lots of smaller stones had been priced "well above the market" and had been left unsold', 'told', 'mixed'),
    s(KOMB, 'Almaz-Severa', 'unsold lots would be offered again at the winter sale', 'said'),
)
