"""Set BG's five wire stories (see build_bg.py)."""
from invented_common import doc_spans as doc, s

CAA = 'Civil Aviation Authority of Norrland'
IMO = 'Norrland Meteorological Institute'
TERV = 'Eskil Tervonen-Grahn'
LUND = 'Maren Lundqvist-Obi'
SKY = 'Skyline Nord'
HASS = 'Idris Hassel-Moreau'
BRAN = 'Fredrika Brandvold'

doc('bg01-wire-norrland-volcanic-ash-airspace-closure', 'AFP', '2039-04-17', '''
Norrland shuts airspace as ash cloud spreads from Hvalfell volcano

Thousands stranded at Skarvik airport; airline warns of 'days, not hours'

SKARVIK, Norrland, April 17, 2039 (AFP) - Norrland closed its entire airspace on Thursday as a plume of ash from the erupting Hvalfell volcano drifted south over the island's main airports, the aviation authority announced, stranding about 40,000 passengers.

All flights in and out of the country were suspended from 6 a.m., the Civil Aviation Authority of Norrland said in a statement, adding that the closure would be reviewed every six hours.

The volcano, dormant for 212 years, began erupting on Tuesday under the Hvalfell ice cap. The plume reached a height of 11 kilometres overnight, according to the Norrland Meteorological Institute. The institute expects the wind to keep pushing ash towards the capital until at least Saturday.

"This is not a cloud you can fly around," the authority's director of operations, Eskil Tervonen-Grahn, told AFP. "The particles melt inside a jet engine. We will not take that risk with a single aircraft."

A volcanologist at the University of Skarvik who has studied Hvalfell for 30 years, Maren Lundqvist-Obi, said the eruption showed no sign of weakening. The magma, she said, "is still coming up faster than it did on the first day."

The national carrier, Skyline Nord, cancelled 310 flights and said it would put up stranded passengers in hotels for up to three nights. "We are talking about days, not hours," said its chief executive, Idris Hassel-Moreau.

Was the closure necessary? Some pilots questioned the decision. A captain with a European low-cost carrier, who spoke on condition of anonymity because he was not authorised to talk to the press, said the ash over the south coast was "thin as mist" on Wednesday evening.

Tervonen-Grahn rejected that view. The authority, he said, had measured ash concentrations above the safe limit at three of its four monitoring stations.

At Skarvik airport, hundreds of travellers slept on the floor of the departure hall. Fredrika Brandvold, a nurse travelling home to Tromsberg with two children, said she had been told nothing since midnight. "Nobody from the airline has come to speak to us," she said. She added that the children had eaten only sandwiches all day.

Hvalfell last erupted in 1827, when ash fell across the island for most of a summer and a third of the livestock died. The volcano sits beneath an ice cap about 400 metres thick, and the meltwater released by the eruption has already raised the level of two rivers on its southern flank. Roads along both rivers were closed on Wednesday as a precaution.

Tourism brought in about 14% of Norrland's economic output last year, and April is the start of the season for bird watchers and hikers.

The prime minister's office declined to say whether the government would compensate tourist businesses on the island.

Ash from Hvalfell fell on farms up to 40 kilometres from the crater, and the agriculture ministry urged farmers to keep livestock indoors.

kv/jm/dlc
''',
    s(HASS, 'airline', "'days, not hours'", 'warns', 'direct', role='its chief executive'),
    s(CAA, 'the aviation authority', "Norrland closed its entire airspace on Thursday as a plume of ash from the erupting Hvalfell volcano drifted south over the island's main airports", 'announced'),
    s(CAA, 'the Civil Aviation Authority of Norrland', 'All flights in and out of the country were suspended from 6 a.m.', 'said'),
    s(CAA, '', 'the closure would be reviewed every six hours', 'adding'),
    s(IMO, 'the Norrland Meteorological Institute', 'The plume reached a height of 11 kilometres overnight', 'according to'),
    s(IMO, 'The institute', 'the wind to keep pushing ash towards the capital until at least Saturday', 'expect'),
    s(TERV, 'Eskil Tervonen-Grahn', '"This is not a cloud you can fly around,"', 'told', 'direct', role="the authority's director of operations"),
    s(TERV, '', '"The particles melt inside a jet engine. We will not take that risk with a single aircraft."', '', 'direct', role="the authority's director of operations"),
    s(LUND, 'Maren Lundqvist-Obi', 'the eruption showed no sign of weakening', 'said', role='A volcanologist at the University of Skarvik'),
    s(LUND, 'she', ['The magma,', '"is still coming up faster than it did on the first day."'], 'said', 'mixed', role='A volcanologist at the University of Skarvik'),
    s(SKY, 'The national carrier, Skyline Nord', 'it would put up stranded passengers in hotels for up to three nights', 'said'),
    s(HASS, 'Idris Hassel-Moreau', '"We are talking about days, not hours,"', 'said', 'direct', role='its chief executive'),
    s('Some pilots', 'Some pilots', 'the decision', 'questioned'),
    s('A captain with a European low-cost carrier', 'A captain with a European low-cost carrier, who spoke on condition of anonymity because he was not authorised to talk to the press', 'the ash over the south coast was "thin as mist" on Wednesday evening', 'said', 'mixed'),
    s(TERV, 'Tervonen-Grahn', 'that view', 'rejected', role="the authority's director of operations"),
    s(TERV, 'he', ['The authority,', 'had measured ash concentrations above the safe limit at three of its four monitoring stations.'], 'said', role="the authority's director of operations"),
    s(BRAN, 'Fredrika Brandvold, a nurse travelling home to Tromsberg with two children', 'she had been told nothing since midnight', 'said', role='a nurse'),
    s(BRAN, 'she', '"Nobody from the airline has come to speak to us,"', 'said', 'direct', role='a nurse'),
    s(BRAN, 'She', 'the children had eaten only sandwiches all day', 'added', role='a nurse'),
    s('the agriculture ministry', 'the agriculture ministry', 'farmers to keep livestock indoors', 'urged'),
)

PHAR = 'Calloway-Bruin Pharma'
AGENCY = 'Medicines Agency of Estmark'
ODE = 'Petronella Odegaard'
VALE = 'Ansel Valerio-Tamm'
KIRS = 'Kirsi Mbeki-Holm'
PATG = 'Thyroid Patients Estmark'

doc('bg02-wire-estmark-thyroid-drug-recall', 'Reuters', '2039-02-09', '''
Calloway-Bruin recalls thyroid tablets in Estmark after potency error - regulator

By Lars Okonkwo-Bay

HAVNSTAD, Feb 9 (Reuters) - Drugmaker Calloway-Bruin Pharma is recalling about 2.1 million packs of its thyroid hormone tablets in Estmark after tests found some batches were up to 30% stronger than labelled, the country's medicines regulator said on Monday.

The Medicines Agency of Estmark said the error affected eleven batches of 100-microgram Thyrelo tablets made at the company's plant in Koldby between August and December. Patients should not stop taking their medicine, the agency said, but should ask a pharmacist to check the batch number on the pack.

"An overdose of thyroid hormone over weeks can cause a racing heart and, in older patients, heart rhythm problems," the agency's chief medical officer, Dr. Petronella Odegaard, told a news conference. "Most people will have noticed nothing."

Calloway-Bruin, which is based in Basel-Neuendorf and makes about a third of the thyroid tablets sold in Estmark, said in a statement that a weighing machine on one production line had been wrongly calibrated after a software update. It said it had found no problem on its other lines and had informed regulators in four other countries where the batches were sold.

The company's head of quality, Ansel Valerio-Tamm, said in a video posted on the company's website that Calloway-Bruin had failed its patients. "We will find out exactly how this happened," he said.

According to the agency, 64 patients have reported side effects that may be linked to the stronger tablets since November, including two who were admitted to hospital with an irregular heartbeat. Neither is in danger, it said.

The patients' association Thyroid Patients Estmark said its helpline had taken more than 900 calls since Sunday evening. Its chair, Kirsi Mbeki-Holm, who takes the medicine herself, accused the regulator of acting too slowly. "The first reports came in November. Why did it take three months?" she said.

Odegaard denied that the agency had delayed. The link between the reports and the batches, she said, had been found only last week, when the company's own laboratory retested stored samples.

Shares in Calloway-Bruin fell 4.2% in Zurich trading, their biggest one-day drop since 2036. Thyrelo is the company's third-best-selling product, with sales of about 120 million francs a year across Europe.

About 310,000 people in Estmark take thyroid hormone tablets every day, most of them women over 50. The condition they treat, an underactive thyroid, causes tiredness, weight gain and low mood when left untreated.

Pharmacists' union Farmasyn warned that replacement packs might be short for two weeks in rural areas, and urged doctors to prescribe two 50-microgram tablets instead where needed.

The agency said it would inspect the Koldby plant next week.

(Reporting by Lars Okonkwo-Bay; Editing by Hanne Roos)
''',
    s(AGENCY, 'regulator', 'Calloway-Bruin recalls thyroid tablets in Estmark after potency error', ''),
    s(AGENCY, "the country's medicines regulator", 'Drugmaker Calloway-Bruin Pharma is recalling about 2.1 million packs of its thyroid hormone tablets in Estmark after tests found some batches were up to 30% stronger than labelled', 'said'),
    s(AGENCY, 'The Medicines Agency of Estmark', "the error affected eleven batches of 100-microgram Thyrelo tablets made at the company's plant in Koldby between August and December", 'said'),
    s(AGENCY, 'the agency', ['Patients should not stop taking their medicine', 'but should ask a pharmacist to check the batch number on the pack'], 'said'),
    s(ODE, 'Dr. Petronella Odegaard', '"An overdose of thyroid hormone over weeks can cause a racing heart and, in older patients, heart rhythm problems,"', 'told', 'direct', role="the agency's chief medical officer"),
    s(ODE, '', '"Most people will have noticed nothing."', '', 'direct', role="the agency's chief medical officer"),
    s(PHAR, 'Calloway-Bruin, which is based in Basel-Neuendorf and makes about a third of the thyroid tablets sold in Estmark', 'a weighing machine on one production line had been wrongly calibrated after a software update', 'said'),
    s(PHAR, 'It', 'it had found no problem on its other lines and had informed regulators in four other countries where the batches were sold', 'said'),
    s(VALE, "The company's head of quality, Ansel Valerio-Tamm", 'Calloway-Bruin had failed its patients', 'said', role="The company's head of quality"),
    s(VALE, 'he', '"We will find out exactly how this happened,"', 'said', 'direct', role="The company's head of quality"),
    s(AGENCY, 'the agency', '64 patients have reported side effects that may be linked to the stronger tablets since November, including two who were admitted to hospital with an irregular heartbeat', 'According to'),
    s(AGENCY, 'it', 'Neither is in danger', 'said'),
    s(PATG, 'The patients\' association Thyroid Patients Estmark', 'its helpline had taken more than 900 calls since Sunday evening', 'said'),
    s(KIRS, 'Kirsi Mbeki-Holm, who takes the medicine herself', 'the regulator of acting too slowly', 'accused', role='Its chair'),
    s(KIRS, 'she', '"The first reports came in November. Why did it take three months?"', 'said', 'direct', role='Its chair'),
    s(ODE, 'Odegaard', 'the agency had delayed', 'denied', role="the agency's chief medical officer"),
    s(ODE, 'she', ['The link between the reports and the batches,', "had been found only last week, when the company's own laboratory retested stored samples."], 'said', role="the agency's chief medical officer"),
    s('Farmasyn', "Pharmacists' union Farmasyn", 'replacement packs might be short for two weeks in rural areas', 'warned'),
    s('Farmasyn', '', 'doctors to prescribe two 50-microgram tablets instead where needed', 'urged'),
    s(AGENCY, 'The agency', 'it would inspect the Koldby plant next week', 'said'),
)

PORT = 'Port of Castelnau Authority'
DELA = 'Oriane Delacroix-Wren'
FBI = 'Marcus Teodoro'
LOG = 'Halcyon Logistics'
PIER = 'Gustavo Pierlot'
TEAM = 'Local 418'
NAV = 'Dominic Navarre-Sills'

doc('bg03-wire-castelnau-port-cyberattack', 'AP', '2039-08-22', '''
Cyberattack freezes cargo at Castelnau port; hackers demand ransom, officials say

By RENATA SOLBERG-HAYES Associated Press

CASTELNAU, Marisota (AP) - A cyberattack shut down the computer systems that track containers at the Port of Castelnau on Monday, leaving hundreds of trucks idling outside the gates and at least nine ships waiting at anchor, port officials said.

The attackers encrypted the terminal operating system overnight and left a message demanding payment in cryptocurrency, according to two people familiar with the investigation who were not authorized to discuss it publicly.

The Port of Castelnau Authority said in a statement that it had "isolated the affected systems" and that no data on passengers or workers appeared to have been taken. It did not say how much the hackers wanted.

"We will not pay, and we will not be bullied," said Oriane Delacroix-Wren, the authority's executive director, at a news conference on the pier. "Every crane in this port will be moving again. I just can't tell you when."

Asked whether the port had been warned of weaknesses in its network, Delacroix-Wren said an outside audit last year had found "nothing critical."

The FBI's field office in Castelnau said it was working with the authority. Special Agent Marcus Teodoro, who leads the office's cyber squad, told reporters that the attack bore "the hallmarks of a group we have seen before," but he declined to name it.

The port handles about 1.8 million containers a year, most of them carrying food, clothing and car parts for the region's stores and factories. It is the third-busiest container port on the coast and employs about 6,000 people directly, from crane operators to customs brokers. A second terminal, built in 2034, uses the same tracking software and was also affected.

Truck drivers said they had been waiting since dawn. "I have frozen fish on board and four hours of diesel for the fridge," said Gustavo Pierlot, 52, who drives for a seafood wholesaler in Lanark Falls. "After that it's garbage."

Halcyon Logistics, the largest shipping agent at the port, told customers in an email seen by The Associated Press that deliveries could be delayed by a week. The company did not respond to a request for comment.

The president of dockworkers' union Local 418, Dominic Navarre-Sills, said his members had been sent home without pay at noon. He called that "a disgrace," and said the union would file a grievance. Port officials, he added, had told him on Sunday night that the system was running normally.

Gov. Fiona Ashgrove-Lutz has not commented on the attack. Her spokeswoman said only that the governor had been briefed.

Cybersecurity experts said attacks on ports had become more common because a single frozen system can halt a whole supply chain. "A port is a perfect hostage," said Ines Castellano-Pryor, a researcher at the Harwick Institute who studies attacks on shipping. "Everybody downstream feels it within a day."
''',
    s('port officials', 'officials', 'Cyberattack freezes cargo at Castelnau port; hackers demand ransom', 'say'),
    s('port officials', 'port officials', 'A cyberattack shut down the computer systems that track containers at the Port of Castelnau on Monday, leaving hundreds of trucks idling outside the gates and at least nine ships waiting at anchor', 'said'),
    s('two people familiar with the investigation', 'two people familiar with the investigation who were not authorized to discuss it publicly', 'The attackers encrypted the terminal operating system overnight and left a message demanding payment in cryptocurrency', 'according to'),
    s(PORT, 'The Port of Castelnau Authority', 'it had "isolated the affected systems" and that no data on passengers or workers appeared to have been taken', 'said', 'mixed'),
    s(DELA, 'Oriane Delacroix-Wren', '"We will not pay, and we will not be bullied,"', 'said', 'direct', role="the authority's executive director"),
    s(DELA, '', '"Every crane in this port will be moving again. I just can\'t tell you when."', '', 'direct', role="the authority's executive director"),
    s(DELA, 'Delacroix-Wren', 'an outside audit last year had found "nothing critical."', 'said', 'mixed', role="the authority's executive director"),
    s('an outside audit', 'an outside audit', '"nothing critical."', 'had found', 'direct', nested=True, via=DELA),
    s("The FBI's field office in Castelnau", "The FBI's field office in Castelnau", 'it was working with the authority', 'said'),
    s(FBI, "Special Agent Marcus Teodoro, who leads the office's cyber squad", 'the attack bore "the hallmarks of a group we have seen before,"', 'told', 'mixed', role='Special Agent'),
    s('Truck drivers', 'Truck drivers', 'they had been waiting since dawn', 'said'),
    s(PIER, 'Gustavo Pierlot, 52, who drives for a seafood wholesaler in Lanark Falls', '"I have frozen fish on board and four hours of diesel for the fridge,"', 'said', 'direct'),
    s(PIER, '', '"After that it\'s garbage."', '', 'direct'),
    s(LOG, 'Halcyon Logistics, the largest shipping agent at the port', 'deliveries could be delayed by a week', 'told'),
    s(NAV, 'Dominic Navarre-Sills', 'his members had been sent home without pay at noon', 'said', role="The president of dockworkers' union Local 418"),
    s(NAV, 'He', 'that "a disgrace,"', 'called', 'mixed', role="The president of dockworkers' union Local 418"),
    s(NAV, '', 'the union would file a grievance', 'said', role="The president of dockworkers' union Local 418"),
    s(NAV, 'he', ['Port officials,', 'had told him on Sunday night that the system was running normally.'], 'added', role="The president of dockworkers' union Local 418"),
    s('Port officials', 'Port officials', 'the system was running normally', 'had told', nested=True, via=NAV),
    s('Her spokeswoman', 'Her spokeswoman', 'the governor had been briefed', 'said'),
    s('Cybersecurity experts', 'Cybersecurity experts', 'attacks on ports had become more common because a single frozen system can halt a whole supply chain', 'said'),
    s('Ines Castellano-Pryor', 'Ines Castellano-Pryor', '"A port is a perfect hostage,"', 'said', 'direct', role='a researcher at the Harwick Institute'),
    s('Ines Castellano-Pryor', '', '"Everybody downstream feels it within a day."', '', 'direct', role='a researcher at the Harwick Institute'),
)

ORS = 'Orsolya Kettering-Bain'
FC = 'Real Valdora'
KADE = 'Kadeem Osterhout'
SUPP = 'Valdora Supporters Trust'
MINS = 'Benedikt Aalto-Reyes'
HANS = 'Hanne Lisowski'

doc('bg04-wire-valdora-football-club-takeover', 'Bloomberg', '2039-05-30', '''
Real Valdora Accepts $1.4 Billion Bid From Gulf-Backed Fund

- Fans' trust says sale puts 'a century of history' at risk
- League must approve new owners under ownership rules

By Tobias Renfrew-Achebe

Real Valdora, the 11-time league champion, agreed to be bought by a fund backed by Qasirah's sovereign wealth agency for about $1.4 billion including debt, ending four decades of ownership by the Kettering family.

The club's board accepted the offer from Meridiem Sports Partners late Thursday, it said in a filing to the Valdora stock exchange, after rejecting two lower bids this year. The fund will pay 31 euros a share, a 38% premium to Wednesday's closing price.

Chairwoman Orsolya Kettering-Bain, whose grandfather bought the club in 1999, said the family had "taken the hardest decision of our lives" because the club needed investment it could no longer provide. "We are handing over the keys, not walking away," she said. "My children will still be in the stands."

Meridiem's managing partner, Kadeem Osterhout, said the fund planned to spend 300 million euros on a new training centre and would keep the club's name, colors and stadium. He said fans' concerns were understandable. The fund, he said, would put a supporters' representative on the board "within a year."

The Valdora Supporters Trust, which owns 4% of the shares, said it would vote against the deal. Its chair, Hanne Lisowski, said the sale put "a century of history" at risk and accused the board of ignoring a rival offer from a group of local businesses.

Kettering-Bain denied that any other offer had been made in writing.

The deal needs approval from the national league, which under rules adopted in 2037 must check the sources of a buyer's funds. A league spokesman said the review usually takes eight to ten weeks. He declined to comment on whether the league had concerns about the fund.

Sports minister Benedikt Aalto-Reyes said the government would "look closely" at the sale but had no power to block it. "Football clubs are not ordinary companies," he told the Sports Committee of parliament on Friday. "They belong, in a sense, to their towns."

Meridiem, founded in 2032, already owns stakes in clubs in three other European leagues and in a basketball team. Its largest investor is the Qasirah Investment Authority, which manages assets of about $600 billion.

Shares of Real Valdora jumped 33% to 29.70 euros in Valdora trading on Friday, the most since the club listed in 2008.

Real Valdora finished third in the league this season and has debts of about 410 million euros, according to its annual report.

--With assistance from Paola Lindgren.
''',
    s(HANS, "Fans' trust", "sale puts 'a century of history' at risk", 'says', 'mixed', role='Its chair'),
    s(FC, 'it', "The club's board accepted the offer from Meridiem Sports Partners late Thursday", 'said'),
    s(ORS, 'Chairwoman Orsolya Kettering-Bain', 'the family had "taken the hardest decision of our lives" because the club needed investment it could no longer provide', 'said', 'mixed', role='Chairwoman'),
    s(ORS, 'she', '"We are handing over the keys, not walking away,"', 'said', 'direct', role='Chairwoman'),
    s(ORS, '', '"My children will still be in the stands."', '', 'direct', role='Chairwoman'),
    s(KADE, 'Kadeem Osterhout', "the fund planned to spend 300 million euros on a new training centre and would keep the club's name, colors and stadium", 'said', role="Meridiem's managing partner"),
    s(KADE, 'He', "fans' concerns were understandable", 'said', role="Meridiem's managing partner"),
    s(KADE, 'he', ['The fund,', 'would put a supporters\' representative on the board "within a year."'], 'said', 'mixed', role="Meridiem's managing partner"),
    s(SUPP, 'The Valdora Supporters Trust, which owns 4% of the shares', 'it would vote against the deal', 'said'),
    s(HANS, 'Hanne Lisowski', 'the sale put "a century of history" at risk', 'said', 'mixed', role='Its chair'),
    s(HANS, '', 'the board of ignoring a rival offer from a group of local businesses', 'accused', role='Its chair'),
    s(ORS, 'Kettering-Bain', 'any other offer had been made in writing', 'denied', role='Chairwoman'),
    s('A league spokesman', 'A league spokesman', 'the review usually takes eight to ten weeks', 'said'),
    s(MINS, 'Sports minister Benedikt Aalto-Reyes', 'the government would "look closely" at the sale but had no power to block it', 'said', 'mixed', role='Sports minister'),
    s(MINS, 'he', '"Football clubs are not ordinary companies,"', 'told', 'direct', role='Sports minister'),
    s(MINS, '', '"They belong, in a sense, to their towns."', '', 'direct', role='Sports minister'),
    s(FC, 'its annual report', 'Real Valdora finished third in the league this season and has debts of about 410 million euros', 'according to'),
)

MCHS = 'Ministry of Emergency Situations of Tarkovia'
GLAC = 'Institute of Glaciology'
BEKM = 'Arslan Bekmuratov'
ZHAN = 'Dilnaz Zhanturina'
ORLV = 'Timur Orlovsky-Sadyk'
SAID = 'Gulbahor Saidova'

doc('bg05-wire-tarkovia-glacier-lake-flood-warning', 'VESTA', '2039-07-11', '''
Risk of glacier lake outburst in Karatau valley remains high - Emergencies Ministry

KARABULAK, July 11. /VESTA/. The level of Lake Akbulak in the Karatau mountains has risen by 1.4 meters in the past week, and the risk that the ice dam holding it back will give way remains high, the press service of the Ministry of Emergency Situations of Tarkovia told VESTA on Friday.

"The water volume in the lake has reached 9.2 million cubic meters. Rescuers are monitoring the dam around the clock," the press service said.

According to the ministry, 1,640 residents of four villages downstream, including Saryozek and Kyzylzhar, have been warned that they may have to leave their homes at short notice. Evacuation routes have been marked and buses are on standby in the district center.

Deputy Minister of Emergency Situations Arslan Bekmuratov, who flew over the lake by helicopter on Thursday, said the ministry did not rule out a controlled drainage of the lake through a channel cut into the moraine. "The work can begin within ten days if the weather allows," he told journalists in Karabulak.

The Institute of Glaciology of the Tarkovian Academy of Sciences believes that the ice dam has been weakened by an unusually warm June. The institute's director, Dilnaz Zhanturina, noted that a similar lake in the neighboring Sarykol valley had burst in 2031, destroying 60 houses. She stressed that the situation at Akbulak was "serious but under control."

The head of the Karatau district administration, Timur Orlovsky-Sadyk, said that schools in the four villages had been prepared as temporary shelters and that food supplies for two weeks had been delivered.

Residents are not convinced. A farmer from Saryozek, Gulbahor Saidova, told VESTA that the villagers had not been told where they would be taken. "We have 300 sheep. Nobody has said who will take care of them," she said.

Lake Akbulak formed in the 1990s as the Akbulak glacier retreated up the valley. Its surface area has tripled since 2010. The villages below it lie along the Karatau river, which also feeds the irrigation canals of the district's cotton farms.

Earlier, Tarkovian President Yerlan Sultanov instructed the government to allocate additional funds for monitoring glacial lakes across the country.

The ministry recalled that in 2031 the outburst of the Sarykol lake killed four people.
''',
    s(MCHS, 'Emergencies Ministry', 'Risk of glacier lake outburst in Karatau valley remains high', ''),
    s(MCHS, 'the press service of the Ministry of Emergency Situations of Tarkovia', 'The level of Lake Akbulak in the Karatau mountains has risen by 1.4 meters in the past week, and the risk that the ice dam holding it back will give way remains high', 'told'),
    s(MCHS, 'the press service', '"The water volume in the lake has reached 9.2 million cubic meters. Rescuers are monitoring the dam around the clock,"', 'said', 'direct'),
    s(MCHS, 'the ministry', '1,640 residents of four villages downstream, including Saryozek and Kyzylzhar, have been warned that they may have to leave their homes at short notice', 'According to'),
    s(BEKM, 'Deputy Minister of Emergency Situations Arslan Bekmuratov, who flew over the lake by helicopter on Thursday', 'the ministry did not rule out a controlled drainage of the lake through a channel cut into the moraine', 'said', role='Deputy Minister of Emergency Situations'),
    s(BEKM, 'he', '"The work can begin within ten days if the weather allows,"', 'told', 'direct', role='Deputy Minister of Emergency Situations'),
    s('Institute of Glaciology of the Tarkovian Academy of Sciences', 'The Institute of Glaciology of the Tarkovian Academy of Sciences', 'the ice dam has been weakened by an unusually warm June', 'believes'),
    s(ZHAN, 'Dilnaz Zhanturina', 'a similar lake in the neighboring Sarykol valley had burst in 2031, destroying 60 houses', 'noted', role="The institute's director"),
    s(ZHAN, 'She', 'the situation at Akbulak was "serious but under control."', 'stressed', 'mixed', role="The institute's director"),
    s(ORLV, 'Timur Orlovsky-Sadyk', 'schools in the four villages had been prepared as temporary shelters and that food supplies for two weeks had been delivered', 'said', role='The head of the Karatau district administration'),
    s(SAID, 'Gulbahor Saidova', 'the villagers had not been told where they would be taken', 'told', role='A farmer from Saryozek'),
    s(SAID, 'she', '"We have 300 sheep. Nobody has said who will take care of them,"', 'said', 'direct', role='A farmer from Saryozek'),
    s('Yerlan Sultanov', 'Tarkovian President Yerlan Sultanov', 'the government to allocate additional funds for monitoring glacial lakes across the country', 'instructed', role='Tarkovian President'),
    s(MCHS, 'The ministry', 'in 2031 the outburst of the Sarykol lake killed four people', 'recalled'),
)
