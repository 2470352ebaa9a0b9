"""Set BP's five wire stories (see build_bp.py)."""
from invented_common import doc_spans as doc, s

TIB = 'two people familiar with the plant'
OST = 'Ostmere Petroleum'
CSP = 'a company spokesperson'

doc('bp01-wire-kessany-refinery-fire', 'Reuters', '2043-03-15', '''
Fire shuts Kessany refinery crude unit for weeks - sources

By Tomasz Ilvari-Brandt

PORT ELDRAN, March 15 (Reuters) - A fire at the Kessany refinery on the Eldran coast shut its largest crude distillation unit on Saturday and will keep it offline for at least three weeks, two people familiar with the plant's operations said on Sunday.

The 240,000 barrel-per-day refinery, owned by state-controlled Ostmere Petroleum, is the main supplier of diesel to the country's northern provinces.

Ostmere said in a statement that the fire had been put out within four hours and that no one had been hurt. It did not say how long the unit would be down.

"The other units are running at reduced rates while we assess the damage," a company spokesperson told Reuters. "We have enough product in storage to meet our contracts this month."

One of the sources said the fire started at a heat exchanger that had been flagged for replacement during a maintenance shutdown last autumn, which was postponed. The other source said repairs could take "closer to five weeks than three."

Ostmere declined to comment on the maintenance schedule.

Kessany, built in 1998 and expanded in 2031, processes mostly medium sour crude delivered by tanker from the Gulf of Asmar. It supplies about 60% of the diesel sold north of the Varra river, where much of the country's farm machinery and long-haul trucking is concentrated. The plant last had an unplanned outage of this size in 2038, when a power failure shut it for eleven days.

Diesel prices at the Eldran hub rose 4% on Monday morning, according to data from pricing agency Fennick Argent. Traders said importers were already seeking cargoes from across the strait.

"The market was tight before this," said Oyelaran Stavik, an analyst at Brugge-Hale Energy Partners. "Three weeks without Kessany's crude unit means northern depots start drawing down by the end of the month. Five weeks means rationing talk."

Energy Minister Liesl Marrow-Quaye told parliament the government would release 400,000 barrels of diesel from strategic reserves if prices rose further. She said she had asked Ostmere for a full report by Friday.

The refinery's workers' union, the Coastal Petroleum Workers' Federation, said it had warned management in January that the unit was "running on borrowed time." Its president, Dario Fenwick-Sallah, called on the minister to order an independent inspection.

"We wrote to them twice. Nobody answered," he said.

Asked about the union's letters, the company spokesperson said all safety concerns raised by staff were "logged and reviewed."

Residents of the nearby town of Saltmere were told to keep their windows closed on Saturday night, the regional fire service said. It lifted the advisory on Sunday afternoon.

(Reporting by Tomasz Ilvari-Brandt; Editing by Ruth Okafor-Lind)
''',
    s("two people familiar with the plant's operations", 'sources', 'Fire shuts Kessany refinery crude unit for weeks', ''),
    s("two people familiar with the plant's operations", "two people familiar with the plant's operations", 'A fire at the Kessany refinery|for at least three weeks', 'said'),
    s(OST, 'Ostmere', 'the fire had been put out within four hours and that no one had been hurt', 'said'),
    s(CSP, CSP, '"The other units are running at reduced rates while we assess the damage,"', 'told', 'direct'),
    s(CSP, '', '"We have enough product in storage to meet our contracts this month."', '', 'direct'),
    s('One of the sources', 'One of the sources', 'the fire started at a heat exchanger|which was postponed', 'said'),
    s('The other source', 'The other source', 'repairs could take "closer to five weeks than three."', 'said', 'mixed'),
    s('Fennick Argent', 'pricing agency Fennick Argent', 'Diesel prices at the Eldran hub rose 4% on Monday morning', 'according to'),
    s('Traders', 'Traders', 'importers were already seeking cargoes from across the strait', 'said'),
    s('Oyelaran Stavik', 'Oyelaran Stavik', '"The market was tight before this,"', 'said', 'direct', role='an analyst at Brugge-Hale Energy Partners'),
    s('Oyelaran Stavik', '', '"Three weeks without|Five weeks means rationing talk."', '', 'direct', role='an analyst at Brugge-Hale Energy Partners'),
    s('Liesl Marrow-Quaye', 'Energy Minister Liesl Marrow-Quaye', 'the government would release 400,000 barrels|if prices rose further', 'told', role='Energy Minister'),
    s('Liesl Marrow-Quaye', 'She', 'she had asked Ostmere for a full report by Friday', 'said', role='Energy Minister'),
    s("the Coastal Petroleum Workers' Federation", "the Coastal Petroleum Workers' Federation", 'it had warned management in January that the unit was "running on borrowed time."', 'said', 'mixed'),
    s('Dario Fenwick-Sallah', 'Its president, Dario Fenwick-Sallah', 'the minister to order an independent inspection', 'called on', role='president'),
    s('Dario Fenwick-Sallah', 'he', '"We wrote to them twice. Nobody answered,"', 'said', 'direct', role='president'),
    s(CSP, 'the company spokesperson', 'all safety concerns raised by staff were "logged and reviewed."', 'said', 'mixed'),
    s('the regional fire service', 'the regional fire service', 'Residents of the nearby town of Saltmere were told to keep their windows closed on Saturday night', 'said'),
)

IBT = 'Ilse Baranowa-Tuck'
CAL = 'Corvin Aldanas'

doc('bp02-wire-bay-of-imre-grain-corridor', 'AFP', '2043-04-02', '''
Kaldovia, Serrat agree grain corridor through Bay of Imre

VELMORA, Kaldovia, April 2, 2043 (AFP) - Kaldovia and neighbouring Serrat agreed on Thursday to open a protected shipping lane for grain through the Bay of Imre, ending a four-month blockade that had left 3 million tonnes of wheat stuck in Kaldovian silos, officials from both sides said.

The deal, brokered by the Tessaly government, allows unarmed cargo ships to sail under the escort of Tessalian navy vessels, Kaldovian Agriculture Minister Ilse Baranowa-Tuck told AFP.

"It is not peace, but it is bread," she said. "The first ships can leave Velmora within ten days."

Serrat's foreign ministry said in a statement that the corridor would be "strictly civilian" and warned that any vessel found carrying weapons would be seized.

Under the agreement, inspections will take place at a Tessalian port before ships enter the bay.

Tessaly's mediator, former foreign minister Corvin Aldanas, who spent six weeks shuttling between the two capitals, said the hardest point had been the inspections. "Each side wanted its own inspectors on every ship," he told AFP by telephone. "In the end they agreed to trust ours."

Asked whether the deal could extend to fertiliser exports, he said that was "a conversation for May."

The World Grain Council welcomed the agreement, saying it could lower wheat prices in North Africa by the summer. The UN's food agency estimated that 11 million people in the region depended on Kaldovian wheat.

Not everyone was convinced. Farmers' union leader Pavlo Rusnak-Ebbe said his members had heard promises before. "We will believe it when the first ship passes the cape," he said.

Shipowners were cautious, too. The Imre Shipowners' Association said insurers had not yet agreed to cover vessels using the lane, and that premiums remained "prohibitive."

A spokesman for Lloyd-Merrow Marine, one of the main insurers, said it was "studying the terms" and would announce a decision next week.

Kaldovia's President Nestor Imrali called the deal "a victory for patience" in a televised address on Thursday evening. He did not mention Serrat by name.

The blockade began in December, when Serrat closed the bay to Kaldovian shipping after a collision between a Kaldovian freighter and a Serrati patrol boat. Talks stalled twice, in January and again in March, before Tessaly offered its navy as an escort.

Kaldovia exported 14 million tonnes of wheat last year, most of it through Velmora. Before the blockade, about 40 ships a month loaded grain at its three terminals.

bur-ik/sst
''',
    s('officials from both sides', 'officials from both sides', 'Kaldovia and neighbouring Serrat agreed on Thursday|stuck in Kaldovian silos', 'said'),
    s(IBT, 'Kaldovian Agriculture Minister Ilse Baranowa-Tuck', 'The deal, brokered by the Tessaly government, allows|Tessalian navy vessels', 'told', role='Agriculture Minister'),
    s(IBT, 'she', '"It is not peace, but it is bread,"', 'said', 'direct', role='Agriculture Minister'),
    s(IBT, '', '"The first ships can leave Velmora within ten days."', '', 'direct', role='Agriculture Minister'),
    s("Serrat's foreign ministry", "Serrat's foreign ministry", 'the corridor would be "strictly civilian"', 'said', 'mixed'),
    s("Serrat's foreign ministry", '', 'any vessel found carrying weapons would be seized', 'warned'),
    s(CAL, "Tessaly's mediator, former foreign minister Corvin Aldanas", 'the hardest point had been the inspections', 'said', role="Tessaly's mediator"),
    s(CAL, 'he', '"Each side wanted its own inspectors on every ship,"', 'told', 'direct', role="Tessaly's mediator"),
    s(CAL, '', '"In the end they agreed to trust ours."', '', 'direct', role="Tessaly's mediator"),
    s(CAL, 'he', 'that was "a conversation for May."', 'said', 'mixed', role="Tessaly's mediator"),
    s('The World Grain Council', 'The World Grain Council', 'the agreement', 'welcomed'),
    s('The World Grain Council', '', 'it could lower wheat prices in North Africa by the summer', 'saying'),
    s("The UN's food agency", "The UN's food agency", '11 million people in the region depended on Kaldovian wheat', 'estimated'),
    s('Pavlo Rusnak-Ebbe', "Farmers' union leader Pavlo Rusnak-Ebbe", 'his members had heard promises before', 'said', role="Farmers' union leader"),
    s('Pavlo Rusnak-Ebbe', 'he', '"We will believe it when the first ship passes the cape,"', 'said', 'direct', role="Farmers' union leader"),
    s("The Imre Shipowners' Association", "The Imre Shipowners' Association", 'insurers had not yet agreed to cover vessels using the lane, and that premiums remained "prohibitive."', 'said', 'mixed'),
    s('Lloyd-Merrow Marine', 'A spokesman for Lloyd-Merrow Marine', 'it was "studying the terms" and would announce a decision next week', 'said', 'mixed'),
    s('Nestor Imrali', "Kaldovia's President Nestor Imrali", 'the deal "a victory for patience"', 'called', 'mixed', role='President'),
)

TEL = 'Telvira Communications'
AGM = 'Anselm Greaves-Mbatha'
YPO = 'Yolanda Petrakis-Oyelowo'

doc('bp03-wire-caldera-phone-outage', 'AP', '2043-05-12', '''
Nationwide phone outage blamed on faulty software update, carrier says

By Marguerite Oduya-Flint
Associated Press

HALBROOK, Caldera (AP) — A software update pushed overnight to core network servers knocked out mobile and landline service for most of Caldera's 9 million people on Tuesday, the country's largest carrier said, leaving callers unable to reach emergency services for up to seven hours.

Telvira Communications said the update, meant to add capacity before a national holiday, had "a defect that our testing did not catch." Service was fully restored by 2 p.m., the company said.

Its chief executive, Anselm Greaves-Mbatha, spoke at a news conference in Halbrook. "I am sorry. There is no other word for it," he said. He said the company would credit every customer one month's fee.

Greaves-Mbatha was joined by the company's chief technology officer, Piet Laurentiu-Osei, who said the update had passed every test on a copy of the network but failed on the live one because of a single configuration setting. He said the company would from now on roll out updates one region at a time.

Asked whether anyone would lose their job, Greaves-Mbatha said the company's board would decide "once we know exactly what happened."

Two other carriers that lease Telvira's network also went down. One of them, Bluecrest Mobile, said it was "deeply frustrated" and was reviewing its contract.

The outage hit hardest at the 112 emergency line. The national emergency services agency said it received about 4,000 fewer calls than on a normal Tuesday morning, and that dispatchers had used radio and police patrols to find people in need.

Did anyone die because they could not call? The agency said it was checking every death reported during the outage but had found no case so far.

A woman in Portseya who gave only her first name, Delia, said her father had a fall at 6 a.m. and she drove him to hospital herself. "I kept dialing and dialing," she said. "Nothing. Not even a busy tone."

The Communications Regulatory Authority opened an investigation on Tuesday afternoon. Its chairwoman, Yolanda Petrakis-Oyelowo, told lawmakers the authority could fine Telvira up to 4% of its annual revenue.

"A network this important cannot have a single point of failure," she said.

Lawmakers from the opposition Civic Union demanded that the communications minister appear before parliament. The minister, Raffaele Mondo-Asante, did not respond to requests for comment.

Telvira shares fell 6% in Halbrook trading.
''',
    s(TEL, 'carrier', 'Nationwide phone outage blamed on faulty software update', 'says'),
    s(TEL, "the country's largest carrier", 'A software update pushed overnight|on Tuesday', 'said'),
    s(TEL, TEL, 'the update, meant to add capacity before a national holiday, had "a defect that our testing did not catch."', 'said', 'mixed'),
    s(TEL, 'the company', 'Service was fully restored by 2 p.m.', 'said'),
    s(AGM, 'he', '"I am sorry. There is no other word for it,"', 'said', 'direct', role='chief executive'),
    s(AGM, 'He', "the company would credit every customer one month's fee", 'said', role='chief executive'),
    s('Piet Laurentiu-Osei', "the company's chief technology officer, Piet Laurentiu-Osei", 'the update had passed every test on a copy of the network|a single configuration setting', 'said', role='chief technology officer'),
    s('Piet Laurentiu-Osei', 'He', 'the company would from now on roll out updates one region at a time', 'said', role='chief technology officer'),
    s(AGM, 'Greaves-Mbatha', 'the company\'s board would decide "once we know exactly what happened."', 'said', 'mixed', role='chief executive'),
    s('Bluecrest Mobile', 'One of them, Bluecrest Mobile', 'it was "deeply frustrated" and was reviewing its contract', 'said', 'mixed'),
    s('The national emergency services agency', 'The national emergency services agency', 'it received about 4,000 fewer calls|to find people in need', 'said'),
    s('The national emergency services agency', 'The agency', 'it was checking every death reported during the outage but had found no case so far', 'said'),
    s('Delia', 'A woman in Portseya who gave only her first name, Delia', 'her father had a fall at 6 a.m. and she drove him to hospital herself', 'said'),
    s('Delia', 'she', '"I kept dialing and dialing,"', 'said', 'direct'),
    s('Delia', '', '"Nothing. Not even a busy tone."', '', 'direct'),
    s(YPO, 'Its chairwoman, Yolanda Petrakis-Oyelowo', 'the authority could fine Telvira up to 4% of its annual revenue', 'told', role='chairwoman'),
    s(YPO, 'she', '"A network this important cannot have a single point of failure,"', 'said', 'direct', role='chairwoman'),
    s('Lawmakers from the opposition Civic Union', 'Lawmakers from the opposition Civic Union', 'the communications minister appear before parliament', 'demanded'),
)

BAN = 'Benedetta Ashworth-Nnaji'
HMI = 'Harwick Mutual Insurance Co.'
CEO = 'Chief Executive Officer'

doc('bp04-wire-harwick-mutual-hail-exit', 'Bloomberg', '2043-06-10', '''
Harwick Mutual to Stop Writing Home Policies in Hail Belt, CEO Says

(Bloomberg) -- Harwick Mutual Insurance Co. will stop selling new homeowner policies in three prairie states after record hail losses wiped out two years of profit, Chief Executive Officer Benedetta Ashworth-Nnaji said.

"We cannot price this risk anymore. The models we used five years ago are useless," Ashworth-Nnaji said in an interview with Bloomberg Television on Wednesday. "We will honor every policy we have written. We just won't write new ones."

The insurer, the fourth-largest home insurer in the region, paid $2.7 billion in hail claims last year, according to its annual report, up from $900 million in 2040.

Existing customers in Dorran, Velsk and Upper Marrow will be able to renew until the end of 2044, the company said in a filing.

Harwick is the second major insurer to pull back from the region this year. Pellam Re said in February that it would cut its reinsurance capacity for prairie property by a third.

Analysts at Castellan Securities wrote in a note that other insurers were likely to follow, and that state-backed insurers of last resort could see their policy counts double by 2045.

"This is what a market failure looks like in slow motion," said Idris Okonkwo-Lyle, a senior analyst at Castellan.

Dorran Insurance Commissioner Mattias Vellacourt said he was "disappointed but not surprised" by the decision. He said his office would hold hearings in June on whether insurers should be required to offer hail coverage as a condition of selling auto policies in the state.

Homeowners' groups reacted angrily. The Prairie Homeowners Alliance called the move "a betrayal of families who paid premiums for decades."

Is there a fix? Ashworth-Nnaji said stronger building codes would help. Roofs rated for larger hailstones cost about 20% more to install, she said. Research by the Insurance Institute for Building Safety found that such roofs cut hail claims by more than half.

Hail losses across the three states have grown in each of the past six years, and claims from a single storm over Velsk City in May 2042 topped $1.1 billion. Premiums for the average home policy in Dorran have more than doubled since 2037.

Harwick shares rose 3.1% in Halden trading on Wednesday, the biggest gain in two months.

--With assistance from Keiko Marchetti-Dunn.

To contact the reporter on this story:
Simone Adeyemi-Fraser in Kessington at sadeyemifraser@bloomberg.net
''',
    s(BAN, 'CEO', 'Harwick Mutual to Stop Writing Home Policies in Hail Belt', 'Says', role=CEO),
    s(BAN, 'Chief Executive Officer Benedetta Ashworth-Nnaji', 'Harwick Mutual Insurance Co. will stop selling|wiped out two years of profit', 'said', role=CEO),
    s(BAN, 'Ashworth-Nnaji', '"We cannot price this risk anymore. The models we used five years ago are useless,"', 'said', 'direct', role=CEO),
    s(BAN, '', '"We will honor every policy we have written. We just won\'t write new ones."', '', 'direct', role=CEO),
    s(HMI, 'its annual report', 'The insurer, the fourth-largest home insurer in the region, paid $2.7 billion in hail claims last year', 'according to'),
    s(HMI, 'the company', 'Existing customers in Dorran, Velsk and Upper Marrow will be able to renew until the end of 2044', 'said'),
    s('Pellam Re', 'Pellam Re', 'it would cut its reinsurance capacity for prairie property by a third', 'said'),
    s('Analysts at Castellan Securities', 'Analysts at Castellan Securities', 'other insurers were likely to follow|double by 2045', 'wrote'),
    s('Idris Okonkwo-Lyle', 'Idris Okonkwo-Lyle', '"This is what a market failure looks like in slow motion,"', 'said', 'direct', role='a senior analyst at Castellan'),
    s('Mattias Vellacourt', 'Dorran Insurance Commissioner Mattias Vellacourt', 'he was "disappointed but not surprised" by the decision', 'said', 'mixed', role='Dorran Insurance Commissioner'),
    s('Mattias Vellacourt', 'He', 'his office would hold hearings in June|auto policies in the state', 'said', role='Dorran Insurance Commissioner'),
    s('The Prairie Homeowners Alliance', 'The Prairie Homeowners Alliance', 'the move "a betrayal of families who paid premiums for decades."', 'called', 'mixed'),
    s(BAN, 'Ashworth-Nnaji', 'stronger building codes would help', 'said', role=CEO),
    s(BAN, 'she', 'Roofs rated for larger hailstones cost about 20% more to install', 'said', role=CEO),
    s('the Insurance Institute for Building Safety', 'Research by the Insurance Institute for Building Safety', 'such roofs cut hail claims by more than half', 'found'),
)

ASB = 'Arkady Samsonov-Belyi'
GOV = 'Kovrinsk Region Governor'
RED = 'the regional emergencies department'

doc('bp05-wire-yelva-bridge-ice-jam', 'VIN', '2043-03-28', '''
Traffic on Yelva River bridge suspended after ice jam — regional governor

KOVRINSK, March 28. /VIN/. Traffic on the Yelva River road bridge near Kovrinsk has been suspended after an ice jam damaged two of its supports, Kovrinsk Region Governor Arkady Samsonov-Belyi told reporters on Friday.

"The bridge is closed to all vehicles until engineers complete their inspection. I have instructed the regional transport department to organize a ferry crossing as soon as the river allows," the governor said.

According to him, no one was injured. Around 40 vehicles that were on the bridge when the ice struck were escorted off by police.

The regional emergencies department told VIN that water levels near Kovrinsk had risen by 2.3 meters overnight and were continuing to rise. Residents of three riverside villages were advised to move their vehicles and livestock to higher ground, the department's press service said.

The press service of the Federal Road Agency reported that a team of bridge engineers had been sent from Tarsk and would arrive on Saturday morning. "The structure was designed to withstand ice loads of this kind. The specialists will determine why the supports failed," the agency said.

Deputy Transport Minister Olga Vereshchak-Lind noted that the bridge had undergone a full inspection in 2041. "There were no remarks on the supports at that time," she told VIN.

Local businessman Gennady Tolmachov, who runs a timber yard on the far bank, told VIN that the detour through Verkhny Yar added 140 kilometers to each trip. "For us, every day without the bridge is a day without income," he said.

The governor said that compensation for businesses affected by the closure would be discussed at a meeting of the regional government on Monday.

The ice jam formed on Thursday evening about 12 kilometers upstream, where the river narrows below the Sosnovka rapids. Spring ice movement on the Yelva usually begins in mid-April; this year it started almost three weeks early after a week of unusually warm weather.

The Yelva River bridge, opened in 2019, carries about 6,000 vehicles a day, according to the regional transport department.
''',
    s(ASB, 'regional governor', 'Traffic on Yelva River bridge suspended after ice jam', '', role=GOV),
    s(ASB, 'Kovrinsk Region Governor Arkady Samsonov-Belyi', 'Traffic on the Yelva River road bridge near Kovrinsk has been suspended after an ice jam damaged two of its supports', 'told', role=GOV),
    s(ASB, 'the governor', '"The bridge is closed to all vehicles|as the river allows,"', 'said', 'direct', role=GOV),
    s(ASB, 'him', 'no one was injured', 'According to', role=GOV),
    s(RED, 'The regional emergencies department', 'water levels near Kovrinsk had risen by 2.3 meters overnight and were continuing to rise', 'told'),
    s(RED, "the department's press service", 'Residents of three riverside villages were advised|to higher ground', 'said'),
    s('the Federal Road Agency', 'The press service of the Federal Road Agency', 'a team of bridge engineers had been sent from Tarsk and would arrive on Saturday morning', 'reported'),
    s('the Federal Road Agency', 'the agency', '"The structure was designed|why the supports failed,"', 'said', 'direct'),
    s('Olga Vereshchak-Lind', 'Deputy Transport Minister Olga Vereshchak-Lind', 'the bridge had undergone a full inspection in 2041', 'noted', role='Deputy Transport Minister'),
    s('Olga Vereshchak-Lind', 'she', '"There were no remarks on the supports at that time,"', 'told', 'direct', role='Deputy Transport Minister'),
    s('Gennady Tolmachov', 'Local businessman Gennady Tolmachov', 'the detour through Verkhny Yar added 140 kilometers to each trip', 'told', role='Local businessman'),
    s('Gennady Tolmachov', 'he', '"For us, every day without the bridge is a day without income,"', 'said', 'direct', role='Local businessman'),
    s(ASB, 'The governor', 'compensation for businesses affected by the closure|on Monday', 'said', role=GOV),
    s('the regional transport department', 'the regional transport department', 'The Yelva River bridge, opened in 2019, carries about 6,000 vehicles a day', 'according to'),
)
