"""Set BN's five wire stories (see build_bn.py)."""
from invented_common import doc_spans as doc, s

MTC = 'the Ministry of Trade and Commerce'
OVN = 'Oskar Valdemoro-Nkem'
JAS = 'Jun Abiodun-Sato'
MOB = 'Marit Oyelowo-Brandt'
TRA = 'the Tavoro Rice Exporters Association'

doc('bn01-wire-pelusia-rice-export-ban', 'Reuters', '2042-03-10', '''
Pelusia bans rice exports for six months to curb prices - trade ministry

By Farah Quintero-Ashby

TAVORO, March 10 (Reuters) - Pelusia will halt exports of all non-basmati rice for six months from Friday to rein in domestic prices that have risen 38% since January, the trade ministry said on Tuesday.

The ban, set out in a notice from the Ministry of Trade and Commerce, exempts cargoes already loaded and government-to-government deals, a ministry official told reporters. Traders said about 400,000 tonnes of rice were sitting in port warehouses at Kessar Bay.

"Our first duty is to the family that buys rice by the kilo, not to the buyer who buys it by the ship," Trade Minister Oskar Valdemoro-Nkem told parliament. "We will lift the ban the day prices come down, not one day later."

Pelusia is the world's fourth-largest rice exporter, shipping about 7 million tonnes a year, mostly to West Africa and the Gulf.

Prices for Pelusian 5% broken white rice jumped $62 to $548 a tonne on Tuesday, the highest since 2038, according to the Tavoro Rice Exporters Association. The association's president, Jun Abiodun-Sato, called the ban "a gift to our competitors" and said exporters would ask the courts to exempt contracts signed before March.

Analysts at Rangi Securities, a Tavoro brokerage, said in a report that the ban could cut Pelusia's export earnings by about $1.1 billion this year.

In Dakhar, the largest buyer of Pelusian rice, the national food security agency said it held enough stocks for four months and was in talks with suppliers in Oruvia. Dakhar's commerce minister, who met Pelusia's ambassador on Monday, declined to comment.

Export bans tend to push world prices up faster than they bring home prices down, said Marit Oyelowo-Brandt, a grains analyst at Northgate Commodities in Singapore. "Farmers in Pelusia will be paid less for the next harvest," she said, "and some of them will plant less rice."

Farm groups, which have protested for months over fertiliser costs, were split. The National Paddy Growers' Union welcomed the ban, saying it would keep rice mills open through the lean season. A rival group, the Free Farmers Alliance, said it would cost growers "at least a tenth of their income."

Asked whether the ban could be extended beyond September, Valdemoro-Nkem said: "If the monsoon fails, everything is on the table."

The government also cut the import duty on wheat to zero until the end of the year, the ministry's notice said.

Dakhar's largest rice importer, Sahel Grain Trading, told Reuters it had bought 60,000 tonnes from Oruvia on Monday, "at a price nobody will like."

(Reporting by Farah Quintero-Ashby; Editing by Tom Hargreave-Lusk)
''',
    s(MTC, 'trade ministry', 'Pelusia bans rice exports for six months to curb prices', ''),
    s(MTC, 'the trade ministry', 'Pelusia will halt exports of all non-basmati rice for six months from Friday to rein in domestic prices that have risen 38% since January', 'said'),
    s('a ministry official', 'a ministry official', 'The ban, set out in a notice from the Ministry of Trade and Commerce, exempts cargoes already loaded and government-to-government deals', 'told'),
    s('Traders', 'Traders', 'about 400,000 tonnes of rice were sitting in port warehouses at Kessar Bay', 'said'),
    s(OVN, 'Trade Minister Oskar Valdemoro-Nkem', '"Our first duty is to the family that buys rice by the kilo, not to the buyer who buys it by the ship,"', 'told', 'direct', role='Trade Minister'),
    s(OVN, '', '"We will lift the ban the day prices come down, not one day later."', '', 'direct', role='Trade Minister'),
    s(TRA, 'the Tavoro Rice Exporters Association', "Prices for Pelusian 5% broken white rice jumped $62 to $548 a tonne on Tuesday, the highest since 2038", 'according to'),
    s(JAS, "The association's president, Jun Abiodun-Sato", 'the ban "a gift to our competitors"', 'called', 'mixed', role="The association's president"),
    s(JAS, "The association's president, Jun Abiodun-Sato", 'exporters would ask the courts to exempt contracts signed before March', 'said', role="The association's president"),
    s('Analysts at Rangi Securities', 'Analysts at Rangi Securities, a Tavoro brokerage', "the ban could cut Pelusia's export earnings by about $1.1 billion this year", 'said'),
    s('the national food security agency', 'the national food security agency', 'it held enough stocks for four months and was in talks with suppliers in Oruvia', 'said'),
    s(MOB, 'Marit Oyelowo-Brandt', 'Export bans tend to push world prices up faster than they bring home prices down', 'said', role='a grains analyst at Northgate Commodities'),
    s(MOB, 'she', ['"Farmers in Pelusia will be paid less for the next harvest,"', '"and some of them will plant less rice."'], 'said', 'direct', role='a grains analyst at Northgate Commodities', anchor='Export bans tend'),
    s("The National Paddy Growers' Union", "The National Paddy Growers' Union", 'the ban', 'welcomed'),
    s("The National Paddy Growers' Union", "The National Paddy Growers' Union", 'it would keep rice mills open through the lean season', 'saying'),
    s('the Free Farmers Alliance', 'A rival group, the Free Farmers Alliance', 'it would cost growers "at least a tenth of their income."', 'said', 'mixed'),
    s(OVN, 'Valdemoro-Nkem', '"If the monsoon fails, everything is on the table."', 'said', 'direct', role='Trade Minister'),
    s(MTC, "the ministry's notice", 'The government also cut the import duty on wheat to zero until the end of the year', 'said'),
    s('Sahel Grain Trading', "Dakhar's largest rice importer, Sahel Grain Trading", 'it had bought 60,000 tonnes from Oruvia on Monday, "at a price nobody will like."', 'told', 'mixed'),
)

CBV = 'the Central Bank of Varnesse'
CSB = 'Caravel Savings Bank'
HSA = 'Helena Stavrou-Achebe'
IML = 'Ilkka Mbatha-Lindqvist'
TOR = 'Taavi Okafor-Rasmussen'

doc('bn02-wire-varnesse-caravel-bank-run', 'Bloomberg', '2042-05-20', '''
Caravel Savings Has Cash for Every Depositor, Central Bank Says

(Bloomberg) -- The Central Bank of Varnesse said Caravel Savings Bank had enough cash to repay every depositor, after customers withdrew about 1.9 billion lorns ($410 million) in two days and queues formed outside branches in the capital, Lorvik.

The run began on Sunday after a post on a messaging app claimed that the lender had lost its license, the bank said in a statement. Caravel, the country's fifth-largest lender by assets, said it had opened all 40 branches on Monday to meet withdrawals and had drawn on a 3 billion-lorn liquidity line.

"Every lorn is there. Every lorn will be paid," Chief Executive Officer Helena Stavrou-Achebe told Bloomberg Television. "The only thing that can hurt a sound bank is a rumor, and the only cure for a rumor is time."

Governor Ilkka Mbatha-Lindqvist, who returned early from a meeting in Basel, said the central bank stood ready to lend "whatever is needed, for as long as it is needed" and that deposit insurance covered accounts up to 100,000 lorns. He didn't say how much the central bank had lent so far.

Still, the queues grew. Outside the branch on Harbour Street, a retired nurse who gave her name only as Agnes said she had waited three hours to withdraw her pension. "I believe them," she said. "I just believe my money more when it is in my kitchen."

Is Caravel sound? Its capital ratio stood at 14.2% at the end of December, above the 10.5% minimum, according to its annual report. But analysts at Halvorsen Credit wrote in a note to clients that about 60% of its deposits were above the insured limit, which makes them "quicker to flee."

Shares of Caravel fell 23% on Tuesday before the Lorvik Stock Exchange suspended trading. The exchange said trading would resume on Wednesday.

Finance Minister Taavi Okafor-Rasmussen said on state radio that the government would guarantee all deposits at Caravel if needed. Asked whether other lenders were at risk, he said "this is one bank and one rumor."

The police said they had traced the account that first posted the claim and were questioning a 24-year-old man in Port Tamsin. They didn't name him.

The governor met Okafor-Rasmussen and the heads of the four largest banks on Tuesday evening. He said afterward that none of them had seen unusual withdrawals.
''',
    s(CBV, 'Central Bank', 'Caravel Savings Has Cash for Every Depositor', 'Says'),
    s(CBV, 'The Central Bank of Varnesse', 'Caravel Savings Bank had enough cash to repay every depositor', 'said'),
    s(CSB, 'the bank', 'The run began on Sunday after a post on a messaging app claimed that the lender had lost its license', 'said'),
    s('a post on a messaging app', 'a post on a messaging app', 'the lender had lost its license', 'claimed', nested=True, via=CSB),
    s(CSB, 'Caravel', 'it had opened all 40 branches on Monday to meet withdrawals and had drawn on a 3 billion-lorn liquidity line', 'said'),
    s(HSA, 'Chief Executive Officer Helena Stavrou-Achebe', '"Every lorn is there. Every lorn will be paid,"', 'told', 'direct', role='Chief Executive Officer'),
    s(HSA, '', '"The only thing that can hurt a sound bank is a rumor, and the only cure for a rumor is time."', '', 'direct', role='Chief Executive Officer'),
    s(IML, 'Governor Ilkka Mbatha-Lindqvist', 'the central bank stood ready to lend "whatever is needed, for as long as it is needed" and that deposit insurance covered accounts up to 100,000 lorns', 'said', 'mixed', role='Governor'),
    s('Agnes', 'a retired nurse who gave her name only as Agnes', 'she had waited three hours to withdraw her pension', 'said', role='retired nurse'),
    s('Agnes', 'she', '"I believe them,"', 'said', 'direct', role='retired nurse'),
    s('Agnes', '', '"I just believe my money more when it is in my kitchen."', '', 'direct', role='retired nurse'),
    s(CSB, 'its annual report', 'Its capital ratio stood at 14.2% at the end of December, above the 10.5% minimum', 'according to'),
    s('analysts at Halvorsen Credit', 'analysts at Halvorsen Credit', 'about 60% of its deposits were above the insured limit, which makes them "quicker to flee."', 'wrote', 'mixed'),
    s('the Lorvik Stock Exchange', 'The exchange', 'trading would resume on Wednesday', 'said'),
    s(TOR, 'Finance Minister Taavi Okafor-Rasmussen', 'the government would guarantee all deposits at Caravel if needed', 'said', role='Finance Minister'),
    s(TOR, 'he', '"this is one bank and one rumor."', 'said', 'direct', role='Finance Minister'),
    s('The police', 'The police', 'they had traced the account that first posted the claim and were questioning a 24-year-old man in Port Tamsin', 'said'),
    s(IML, 'He', 'none of them had seen unusual withdrawals', 'said', role='Governor'),
)

AAL = 'Ardmoor Airports Ltd.'
PLA = 'Priya Lindgren-Adebayo'
MAW = 'Marcus Aldana-Whitfield'
ESM = 'Elin Sorvik-Mensah'
KUA = 'the Kelvarian Unmanned Aviation Association'

doc('bn03-wire-kelvaria-ardmoor-airport-drones', 'AP', '2042-11-13', '''
Drone sightings shut Ardmoor airport for 2nd night; police hunt operator

ARDMOOR, Kelvaria (AP) — Flights into Kelvaria's second-busiest airport were halted for a second night Wednesday after pilots reported drones near the main runway, stranding about 14,000 passengers, airport officials said.

The airport's operator, Ardmoor Airports Ltd., said the runway would stay closed until at least 6 a.m. Thursday. Its chief operating officer, Priya Lindgren-Adebayo, said the sightings had been "deliberate, repeated and timed to do the most damage."

"We have seen a drone hold position over the approach lights for 11 minutes," she told reporters. "That is not a hobbyist who lost control."

Ardmoor County Police said officers had searched fields and a golf course around the airport but had not found the operator. Superintendent Marcus Aldana-Whitfield said two devices had been seen at once on Tuesday night, which suggested "either two people or one very well-equipped person."

Asked whether the military had been called in, he said the police had "asked for help that we are not going to describe." The Defense Ministry did not respond to a request for comment.

Transport Minister Elin Sorvik-Mensah, who visited the terminal Wednesday afternoon, said the government would give police the power to jam drone signals near airports and would bring a bill to parliament next month. She called the closures "an attack on ordinary people trying to get home."

Sorvik-Mensah said she had asked the Defense Ministry to consider using its anti-drone systems at civilian airports, but she declined to say whether it had agreed.

Passengers slept on benches and on the floor of the departures hall. Airlines diverted 96 flights to Port Castell and Vireo, according to the airport.

Tomas Rehberg, a 41-year-old engineer flying home from a conference, said he had been told his flight would leave "in an hour" five times since 7 p.m. "At some point you stop believing the screens," he said.

Airspace was closed at another airport, Gransby, for three hours last month after a single sighting. No one has been charged in that case.

A drone industry group, the Kelvarian Unmanned Aviation Association, said it supported tougher rules. But it warned that jamming could interfere with phones and emergency radios in the villages around the airport.

The Kelvarian Airline Pilots Association said in a statement that its members had reported 212 drone sightings near airports so far this year, more than in all of 2041, and called for a no-fly zone of 5 kilometers around every runway.

Will the drones come back Thursday night? "We plan as if they will," Lindgren-Adebayo said.
''',
    s('airport officials', 'airport officials', "Flights into Kelvaria's second-busiest airport were halted for a second night Wednesday after pilots reported drones near the main runway, stranding about 14,000 passengers", 'said'),
    s('pilots', 'pilots', 'drones near the main runway', 'reported', nested=True, via='airport officials'),
    s(AAL, "The airport's operator, Ardmoor Airports Ltd.", 'the runway would stay closed until at least 6 a.m. Thursday', 'said'),
    s(PLA, 'Its chief operating officer, Priya Lindgren-Adebayo', 'the sightings had been "deliberate, repeated and timed to do the most damage."', 'said', 'mixed', role='chief operating officer'),
    s(PLA, 'she', '"We have seen a drone hold position over the approach lights for 11 minutes,"', 'told', 'direct', role='chief operating officer'),
    s(PLA, '', '"That is not a hobbyist who lost control."', '', 'direct', role='chief operating officer'),
    s('Ardmoor County Police', 'Ardmoor County Police', 'officers had searched fields and a golf course around the airport but had not found the operator', 'said'),
    s(MAW, 'Superintendent Marcus Aldana-Whitfield', 'two devices had been seen at once on Tuesday night, which suggested "either two people or one very well-equipped person."', 'said', 'mixed', role='Superintendent'),
    s(MAW, 'he', 'the police had "asked for help that we are not going to describe."', 'said', 'mixed', role='Superintendent'),
    s(ESM, 'Transport Minister Elin Sorvik-Mensah', 'the government would give police the power to jam drone signals near airports and would bring a bill to parliament next month', 'said', role='Transport Minister'),
    s(ESM, 'She', 'the closures "an attack on ordinary people trying to get home."', 'called', 'mixed', role='Transport Minister'),
    s(ESM, 'Sorvik-Mensah', 'she had asked the Defense Ministry to consider using its anti-drone systems at civilian airports', 'said', role='Transport Minister'),
    s(AAL, 'the airport', 'Airlines diverted 96 flights to Port Castell and Vireo', 'according to'),
    s('Tomas Rehberg', 'Tomas Rehberg', 'he had been told his flight would leave "in an hour" five times since 7 p.m.', 'said', 'mixed', role='a 41-year-old engineer'),
    s('Tomas Rehberg', 'he', '"At some point you stop believing the screens,"', 'said', 'direct', role='a 41-year-old engineer'),
    s(KUA, 'A drone industry group, the Kelvarian Unmanned Aviation Association', 'it supported tougher rules', 'said'),
    s(KUA, 'it', 'jamming could interfere with phones and emergency radios in the villages around the airport', 'warned'),
    s('The Kelvarian Airline Pilots Association', 'The Kelvarian Airline Pilots Association', 'its members had reported 212 drone sightings near airports so far this year, more than in all of 2041', 'said'),
    s('The Kelvarian Airline Pilots Association', 'The Kelvarian Airline Pilots Association', 'a no-fly zone of 5 kilometers around every runway', 'called for'),
    s(PLA, 'Lindgren-Adebayo', '"We plan as if they will,"', 'said', 'direct', role='chief operating officer'),
)

SOA = 'Solvik Aqua'
REO = 'Ragna Eikrem-Osei'
ALK = 'Arve Lindahl-Kamara'
HTB = 'Hege Tveit-Boateng'

doc('bn04-wire-norvessa-salmon-farm-escape', 'AFP', '2042-09-26', '''
Storm frees 300,000 farmed salmon off Norvessa coast

Bergvik (Norvessa) (AFP) - Around 300,000 farmed salmon escaped from a fish farm off Norvessa's west coast when a storm tore open two net pens, the operator said Friday, prompting warnings from fishermen and scientists about the risk to wild stocks.

Solvik Aqua said in a statement that the pens at its Skarvoy site had been inspected in September and met "every standard in force". The company said divers were repairing the nets and that it had asked fishermen to help recapture the fish, offering 200 kroner for each salmon landed.

The Directorate of Fisheries told AFP it had opened an investigation and would publish its findings "within weeks, not months". It did not say whether the company could face a fine.

Farmed salmon that breed with wild fish weaken the genes that guide wild salmon home to their rivers, said marine biologist Ragna Eikrem-Osei of the Norvessa Institute for Marine Research.

"Three hundred thousand is more than the whole wild population of the rivers in this fjord," she told AFP. "Even if they catch half, the other half will swim upriver this autumn."

Local fishermen's leader Arve Lindahl-Kamara said boats had landed about 4,000 escaped fish by Friday afternoon.

"They are fat and slow and they come to the bait like dogs," he said, adding that many fishermen had refused the bounty "out of principle".

The environmental group Blue Fjord called on the government to halt new licences for open net pens. The escape was the third this year, the group said.

Fisheries Minister Hege Tveit-Boateng, who is due to present a new aquaculture law in June, said the industry "must be able to guarantee that the fish stay where they are put".

In the fjord's villages, the escape revived an old quarrel. "We warned them in 2039 and again in 2040," said Oddvar Strand-Mensah, mayor of Skarvoy municipality, which earns about a fifth of its tax income from the farm. "They said the new nets could take any storm. The storm has answered."

Asked by AFP whether the law would ban open pens, her office said only that "all options are being studied".

The head of the Norvessa Aquaculture Federation, Kjell Aasheim-Nwachukwu, said closed pens would double the cost of producing a kilo of salmon and that "the fish will simply be farmed somewhere else." He blamed the storm, the strongest on the coast since 2031, and not the nets.

The Norvessa Seafood Council said salmon exports were worth 14 billion euros last year, making the fish the country's second-largest export after gas.

abd/fjl/rmb
''',
    s(SOA, 'the operator', 'Around 300,000 farmed salmon escaped from a fish farm off Norvessa\'s west coast when a storm tore open two net pens', 'said'),
    s(SOA, 'Solvik Aqua', 'the pens at its Skarvoy site had been inspected in September and met "every standard in force"', 'said', 'mixed'),
    s(SOA, 'The company', 'divers were repairing the nets and that it had asked fishermen to help recapture the fish', 'said'),
    s('The Directorate of Fisheries', 'The Directorate of Fisheries', 'it had opened an investigation and would publish its findings "within weeks, not months"', 'told', 'mixed'),
    s(REO, 'marine biologist Ragna Eikrem-Osei', 'Farmed salmon that breed with wild fish weaken the genes that guide wild salmon home to their rivers', 'said', role='marine biologist'),
    s(REO, 'she', '"Three hundred thousand is more than the whole wild population of the rivers in this fjord,"', 'told', 'direct', role='marine biologist'),
    s(REO, '', '"Even if they catch half, the other half will swim upriver this autumn."', '', 'direct', role='marine biologist'),
    s(ALK, "Local fishermen's leader Arve Lindahl-Kamara", 'boats had landed about 4,000 escaped fish by Friday afternoon', 'said', role="Local fishermen's leader"),
    s(ALK, 'he', '"They are fat and slow and they come to the bait like dogs,"', 'said', 'direct', role="Local fishermen's leader"),
    s(ALK, 'he', 'many fishermen had refused the bounty "out of principle"', 'adding', 'mixed', role="Local fishermen's leader"),
    s('Blue Fjord', 'The environmental group Blue Fjord', 'the government to halt new licences for open net pens', 'called on'),
    s('Blue Fjord', 'the group', 'The escape was the third this year', 'said'),
    s(HTB, 'Fisheries Minister Hege Tveit-Boateng', 'the industry "must be able to guarantee that the fish stay where they are put"', 'said', 'mixed', role='Fisheries Minister'),
    s('Oddvar Strand-Mensah', 'Oddvar Strand-Mensah', '"We warned them in 2039 and again in 2040,"', 'said', 'direct', role='mayor of Skarvoy municipality'),
    s('Oddvar Strand-Mensah', '', '"They said the new nets could take any storm. The storm has answered."', '', 'direct', role='mayor of Skarvoy municipality'),
    s('the office of Hege Tveit-Boateng', 'her office', '"all options are being studied"', 'said', 'direct'),
    s('Kjell Aasheim-Nwachukwu', 'Kjell Aasheim-Nwachukwu', 'closed pens would double the cost of producing a kilo of salmon and that "the fish will simply be farmed somewhere else."', 'said', 'mixed', role='head of the Norvessa Aquaculture Federation'),
    s('Kjell Aasheim-Nwachukwu', 'He', 'the storm, the strongest on the coast since 2031, and not the nets', 'blamed', role='head of the Norvessa Aquaculture Federation'),
    s('The Norvessa Seafood Council', 'The Norvessa Seafood Council', "salmon exports were worth 14 billion euros last year, making the fish the country's second-largest export after gas", 'said'),
)

NSR = 'the Northern Sea Route Directorate'
AVS = 'Arkady Volnov-Sadiq'
KSC = 'the Kolvan Shipping Company'
YMU = 'Yelena Moravskaya-Ude'

doc('bn05-wire-kolvan-icebreaker-convoy', 'VIN', '2042-01-14', '''
Icebreaker Arktika-7 to reach stranded convoy in Kolvan Sea within two days — Northern Sea Route Directorate

VELGRAD, January 14. /VIN/. The nuclear icebreaker Arktika-7 will reach the convoy of nine cargo vessels stranded in the ice of the Kolvan Sea within two days, the press service of the Northern Sea Route Directorate told VIN on Wednesday.

"The icebreaker left Port Sevmar at 06:00 local time and is moving at 11 knots. The crews of the vessels are not in danger, they have fuel and food for at least 20 days," the press service said.

According to the directorate, ice in the area has reached a thickness of 1.8 meters, twice the average for January, after a week of northeasterly winds pushed pack ice against the coast.

Deputy Minister of Transport Arkady Volnov-Sadiq said at a meeting of the government commission on Arctic shipping that the convoy's operator had ignored a recommendation to wait for an icebreaker escort. "The recommendation was issued on January 3. The vessels left on January 5 without escort. We will look at who took this decision," Volnov-Sadiq said.

The operator, the Kolvan Shipping Company, rejected the accusation. In a statement posted on its website, the company said the vessels had left port "in full compliance with the ice certificate" and that the forecast on the day of departure had shown "no obstacles to independent navigation."

The company's general director, Yelena Moravskaya-Ude, told VIN that the crews, 214 people in all, were "in good spirits" and that two of the vessels had moved several kilometers on their own overnight.

Earlier, the Ministry of Emergency Situations reported that a helicopter had delivered medicines to one of the ships, the bulk carrier Polar Lark, where a crew member had fallen ill. The ministry did not disclose his condition.

The head of the commission, Senator Pavel Ignatov-Reyes, instructed the directorate to report on the progress of the operation every six hours. He also noted that the state had ordered three new icebreakers, the first of which is due in 2044.

Cargo traffic on the Northern Sea Route reached 61 million tonnes last year, according to the directorate.

Meteorologists at the Arctic and Antarctic Research Center expect the northeasterly winds to weaken by Friday, the center's deputy director, Gennady Lindqvist-Obi, told VIN. "After that the ice will loosen, but not by much. Without the icebreaker the ships would wait until April," he said.

Shipping analysts at the consultancy Polar Freight Intelligence estimated in a note to clients that the delay would cost the operator about 4 million dollars in charter fees and penalties. The company declined to comment on the estimate.
''',
    s(NSR, 'Northern Sea Route Directorate', 'Icebreaker Arktika-7 to reach stranded convoy in Kolvan Sea within two days', ''),
    s(NSR, 'the press service of the Northern Sea Route Directorate', 'The nuclear icebreaker Arktika-7 will reach the convoy of nine cargo vessels stranded in the ice of the Kolvan Sea within two days', 'told'),
    s(NSR, 'the press service', '"The icebreaker left Port Sevmar at 06:00 local time and is moving at 11 knots. The crews of the vessels are not in danger, they have fuel and food for at least 20 days,"', 'said', 'direct'),
    s(NSR, 'the directorate', 'ice in the area has reached a thickness of 1.8 meters, twice the average for January, after a week of northeasterly winds pushed pack ice against the coast', 'According to'),
    s(AVS, 'Deputy Minister of Transport Arkady Volnov-Sadiq', "the convoy's operator had ignored a recommendation to wait for an icebreaker escort", 'said', role='Deputy Minister of Transport'),
    s(AVS, 'Volnov-Sadiq', '"The recommendation was issued on January 3. The vessels left on January 5 without escort. We will look at who took this decision,"', 'said', 'direct', role='Deputy Minister of Transport'),
    s(KSC, 'The operator, the Kolvan Shipping Company', 'the accusation', 'rejected'),
    s(KSC, 'the company', 'the vessels had left port "in full compliance with the ice certificate" and that the forecast on the day of departure had shown "no obstacles to independent navigation."', 'said', 'mixed'),
    s(YMU, "The company's general director, Yelena Moravskaya-Ude", 'the crews, 214 people in all, were "in good spirits" and that two of the vessels had moved several kilometers on their own overnight', 'told', 'mixed', role='general director'),
    s('the Ministry of Emergency Situations', 'the Ministry of Emergency Situations', 'a helicopter had delivered medicines to one of the ships, the bulk carrier Polar Lark, where a crew member had fallen ill', 'reported'),
    s('Pavel Ignatov-Reyes', 'The head of the commission, Senator Pavel Ignatov-Reyes', 'the directorate to report on the progress of the operation every six hours', 'instructed', role='Senator'),
    s('Pavel Ignatov-Reyes', 'He', 'the state had ordered three new icebreakers, the first of which is due in 2044', 'noted', role='Senator'),
    s(NSR, 'the directorate', 'Cargo traffic on the Northern Sea Route reached 61 million tonnes last year', 'according to'),
    s('Gennady Lindqvist-Obi', "the center's deputy director, Gennady Lindqvist-Obi", 'Meteorologists at the Arctic and Antarctic Research Center expect the northeasterly winds to weaken by Friday', 'told', role='deputy director'),
    s('Meteorologists at the Arctic and Antarctic Research Center', 'Meteorologists at the Arctic and Antarctic Research Center', 'the northeasterly winds to weaken by Friday', 'expect', nested=True, via='Gennady Lindqvist-Obi'),
    s('Gennady Lindqvist-Obi', 'he', '"After that the ice will loosen, but not by much. Without the icebreaker the ships would wait until April,"', 'said', 'direct', role='deputy director'),
    s('Shipping analysts at the consultancy Polar Freight Intelligence', 'Shipping analysts at the consultancy Polar Freight Intelligence', 'the delay would cost the operator about 4 million dollars in charter fees and penalties', 'estimated'),
)
