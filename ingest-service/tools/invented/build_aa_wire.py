"""Set AA's five wire stories (see build_aa.py)."""
from invented_common import doc_spans as doc, s

GRP = 'four people with knowledge of the plan'
FIN_SP = 'Dariusz Fenwhistle-Nnadozie'
UNION = 'Yolanda Brisquet-Quarcoopah'
R_UNION = "head of the Tarvessian Energy Workers' Union"

doc('aa01-wire-exclusive-tarvessia-utility-grid-stake-sale', 'Reuters', '2030-03-11', '''
EXCLUSIVE-Tarvessia's state utility plans to sell grid stake to fund wind farms -sources

* Utility hires Hallorin Brothers to gauge investor interest - sources
* Finance ministry says no decision taken
* Union vows to fight any sale

By Ottilie Fotheringay-Wanyama

OLMHAVEN, March 11 (Reuters) - Tarvessia's state-owned utility Enerlux is preparing to sell up to 30% of its high-voltage grid subsidiary to outside investors, four people with knowledge of the plan told Reuters, a move that would mark the first partial privatisation of the country's power network.

The utility has hired investment bank Hallorin Brothers to sound out pension funds and infrastructure investors in Europe and the Gulf, two of the people said, adding that a sale could raise around 2.4 billion crowns.

All four spoke on condition of anonymity because the plans have not been made public.

A final decision rests with the finance ministry, which owns 82% of Enerlux, and is not expected before the summer, one of the people said. "The ministry likes the idea, but nobody wants to be the minister who sold the grid before an election," the person said.

Enerlux declined to comment. A spokesman for the finance ministry, Dariusz Fenwhistle-Nnadozie, said in an emailed statement that the government "regularly reviews the capital structure of state companies" and that no decision had been taken.

Hallorin Brothers did not respond to a request for comment.

The sale would help close a funding gap in Enerlux's plan to build 6 gigawatts of offshore wind capacity in the Hvalsund Sound by 2036. The company's chief executive, Benedikte Aurvang-Nwachara, told investors in February that the programme was "fully funded for the next two years" but that it would need "new sources of capital" after 2032.

According to a presentation prepared for potential bidders and seen by Reuters, the grid subsidiary, Tarvnet, earned a core profit of 610 million crowns last year and expects its regulated returns to rise from 2031. The presentation does not name a price.

One of the people said at least two Gulf sovereign funds had signed non-disclosure agreements to look at the business, and that a Canadian pension investor had also asked for access to the data room.

Any sale would need the approval of parliament, where the governing coalition has a majority of three seats. The coalition's junior partner, the Green Alliance, has backed the wind programme but has not taken a position on selling part of the grid.

Unions at the utility are likely to resist. "The grid belongs to the people who pay for it," said Yolanda Brisquet-Quarcoopah, head of the Tarvessian Energy Workers' Union, which represents about 9,000 Enerlux staff. She said the union would ask parliament to block any sale that gave foreign funds a say over network investment.

Opposition lawmaker Konstantin Ravelsby-Olatunbosun said the plan showed that the government had "lost control" of the energy transition and was "selling the pipes to pay for the turbines".

Tarvessia sold 15% of its national airline to a Gulf investor in 2027, its first sale of a state asset in a decade.

(Reporting by Ottilie Fotheringay-Wanyama; Editing by Piet Lundebye)
''',
    s(GRP, 'sources', "Tarvessia's state utility plans to sell grid stake to fund wind farms", ''),
    s(GRP, 'sources', 'Utility hires Hallorin Brothers to gauge investor interest', ''),
    s(FIN_SP, 'Finance ministry', 'no decision taken', 'says', role='spokesman for the finance ministry'),
    s(UNION, 'Union', 'to fight any sale', 'vows', role=R_UNION),
    s(GRP, GRP, "Tarvessia's state-owned utility Enerlux is preparing to sell up to 30% of its high-voltage grid subsidiary to outside investors", 'told'),
    s('two of the people', 'two of the people', 'The utility has hired investment bank Hallorin Brothers to sound out pension funds and infrastructure investors in Europe and the Gulf', 'said'),
    s('two of the people', 'two of the people', 'a sale could raise around 2.4 billion crowns', 'adding'),
    s('one of the people', 'one of the people', 'A final decision rests with the finance ministry, which owns 82% of Enerlux, and is not expected before the summer', 'said'),
    s('one of the people', 'the person', '"The ministry likes the idea, but nobody wants to be the minister who sold the grid before an election,"', 'said', 'direct'),
    s(FIN_SP, 'A spokesman for the finance ministry, Dariusz Fenwhistle-Nnadozie', 'the government "regularly reviews the capital structure of state companies" and that no decision had been taken', 'said', 'mixed', role='spokesman for the finance ministry'),
    s('Benedikte Aurvang-Nwachara', "The company's chief executive, Benedikte Aurvang-Nwachara", 'the programme was "fully funded for the next two years" but that it would need "new sources of capital" after 2032', 'told', 'mixed', role='chief executive'),
    s('a presentation prepared for potential bidders', 'a presentation prepared for potential bidders and seen by Reuters', 'the grid subsidiary, Tarvnet, earned a core profit of 610 million crowns last year and expects its regulated returns to rise from 2031', 'According to'),
    s('one of the people', 'One of the people', 'at least two Gulf sovereign funds had signed non-disclosure agreements to look at the business, and that a Canadian pension investor had also asked for access to the data room', 'said'),
    s(UNION, 'Yolanda Brisquet-Quarcoopah', '"The grid belongs to the people who pay for it,"', 'said', 'direct', role=R_UNION),
    s(UNION, 'She', 'the union would ask parliament to block any sale that gave foreign funds a say over network investment', 'said', role=R_UNION),
    s('Konstantin Ravelsby-Olatunbosun', 'Opposition lawmaker Konstantin Ravelsby-Olatunbosun', 'the plan showed that the government had "lost control" of the energy transition and was "selling the pipes to pay for the turbines"', 'said', 'mixed', role='Opposition lawmaker'),
)

CP = 'Anselmo Durrwachter-Nwoko'
R_CP = 'Regional civil protection director'
WIT = 'Marisol Quintavalle-Uchenna'
PRES_L = 'Isandro Velacruz-Dlamini'
INST = 'the state geological institute'

doc('aa02-wire-ap-lucaria-mudslide-mountain-town', 'Associated Press', '2030-10-17', '''
Mudslide buries homes in Lucarian mountain town; at least 14 dead, dozens missing

PERRANZA, Lucaria (AP) — A wall of mud and boulders swept through the mountain town of Perranza before dawn Thursday, burying dozens of homes as families slept and killing at least 14 people, officials said. Rescuers dug by floodlight into the night for more than 40 people still missing.

The slide followed three days of torrential rain that dropped nearly half a metre of water on the slopes above the town, according to the national weather service.

"We heard a sound like a train that did not stop," said Marisol Quintavalle-Uchenna, 52, who ran with her two grandchildren to a chapel on higher ground. "When the light came, our street was not there anymore."

Regional civil protection director Anselmo Durrwachter-Nwoko said 11 bodies had been recovered from the upper neighbourhood of Collebrune, where the slide struck first, and three from a bus depot near the river. He warned that the death toll would "almost certainly rise" because many of the missing were elderly people who lived alone.

"There are houses where we know people were inside, and we cannot reach them yet," Durrwachter-Nwoko told reporters at a command post set up in a school gymnasium. "The ground is still moving."

President Isandro Velacruz-Dlamini declared three days of national mourning and flew over the area by helicopter in the afternoon. In a televised address, he promised that the government would rebuild every home "stone by stone" and said army engineers were on their way with heavy machinery.

At the town hospital, which has 30 beds, staff treated more than 60 injured people in corridors and the car park. Hospital director Teodora Wendling-Lamptey said most had broken bones and cuts, and that four children were in serious condition and had been flown to the capital, Cassavera.

Residents said they had complained for years about illegal quarrying on the hillside. A 2027 report by the state geological institute, obtained by The Associated Press, warned that the slope above Collebrune was "unstable and saturated" and recommended moving about 200 families.

Mayor Fabiola Grenzmann-Sarpei acknowledged that only a few families had been moved. "We did not have the money, and people did not want to leave," she said. The state geological institute did not respond to questions on Thursday.

Rafael Ostendorp, a 34-year-old mechanic, spent the morning digging with a shovel where his brother's house had stood. "I heard him calling for maybe an hour," he said. "Then I didn't hear him anymore."

Volunteers from neighbouring villages formed human chains to pass buckets of mud away from the collapsed houses, and a bakery on the main square handed out bread to anyone who asked.

More rain is expected over the weekend, and the civil protection agency ordered the evacuation of about 3,000 residents from four neighbourhoods along the river.

Lucaria's mountainous interior is prone to landslides in the rainy season. In 2024, a slide in the western province of Ollantar killed 31 people.

Associated Press writer Benedek Sarrowmoor contributed from Cassavera.
''',
    s('officials', 'officials', 'A wall of mud and boulders swept through|killing at least 14 people', 'said'),
    s('the national weather service', 'the national weather service', 'The slide followed three days of torrential rain that dropped nearly half a metre of water on the slopes above the town', 'according to'),
    s(WIT, 'Marisol Quintavalle-Uchenna', '"We heard a sound like a train that did not stop,"', 'said', 'direct'),
    s(WIT, '', '"When the light came, our street was not there anymore."', '', 'direct'),
    s(CP, 'Regional civil protection director Anselmo Durrwachter-Nwoko', '11 bodies had been recovered from the upper neighbourhood of Collebrune, where the slide struck first, and three from a bus depot near the river', 'said', role=R_CP),
    s(CP, 'He', 'the death toll would "almost certainly rise" because many of the missing were elderly people who lived alone', 'warned', 'mixed', role=R_CP),
    s(CP, 'Durrwachter-Nwoko', '"There are houses where we know people were inside, and we cannot reach them yet,"', 'told', 'direct', role=R_CP),
    s(CP, '', '"The ground is still moving."', '', 'direct', role=R_CP),
    s(PRES_L, 'he', 'the government would rebuild every home "stone by stone"', 'promised', 'mixed', role='President'),
    s(PRES_L, 'he', 'army engineers were on their way with heavy machinery', 'said', role='President'),
    s('Teodora Wendling-Lamptey', 'Hospital director Teodora Wendling-Lamptey', 'most had broken bones and cuts, and that four children were in serious condition and had been flown to the capital, Cassavera', 'said', role='Hospital director'),
    s('Residents', 'Residents', 'they had complained for years about illegal quarrying on the hillside', 'said'),
    s(INST, 'A 2027 report by the state geological institute', 'the slope above Collebrune was "unstable and saturated"', 'warned', 'mixed', date='2027'),
    s(INST, 'A 2027 report by the state geological institute', 'moving about 200 families', 'recommended', date='2027'),
    s('Fabiola Grenzmann-Sarpei', 'Mayor Fabiola Grenzmann-Sarpei', 'only a few families had been moved', 'acknowledged', role='Mayor'),
    s('Fabiola Grenzmann-Sarpei', 'she', '"We did not have the money, and people did not want to leave,"', 'said', 'direct', role='Mayor'),
    s('Rafael Ostendorp', 'he', '"I heard him calling for maybe an hour,"', 'said', 'direct', role='mechanic'),
    s('Rafael Ostendorp', '', '"Then I didn\'t hear him anymore."', '', 'direct', role='mechanic'),
)

TMIN = 'Vilmos Carrowbeck-Sarrbene'
R_TMIN = 'Transport Minister of the Republic of Vessary'
ISL = 'Agnieszka Pellowe-Tamakloe'
R_ISL = 'head of the Ilmsund municipality'

doc('aa03-agency-vessary-ilmsund-ferry-resumes', 'Balticum News Agency', '2030-04-03', '''
Ferry service between mainland and Ilmsund island to resume in May - transport minister

Two vessels will run up to six crossings a day in the summer season, Vilmos Carrowbeck-Sarrbene told the government

KORVATH, 3 April (Balticum News Agency) -- Regular passenger ferry service between Ostrevik and the island of Ilmsund, suspended since storm damage to the Ilmsund pier in January, will resume on 15 May, Transport Minister of the Republic of Vessary Vilmos Carrowbeck-Sarrbene said on Thursday.

"Repairs to the pier are 80 percent complete. The contractor has assured us that the mooring equipment will be tested by the end of April," the minister told a government meeting.

According to him, two vessels will serve the route in the summer season, with up to six crossings a day, and fares will stay at the 2029 level.

Carrowbeck-Sarrbene also noted that the ministry was negotiating with the regional government of Ilmsund on a subsidy for island residents, who make up about half of the passengers outside the tourist season.

Earlier, the head of the Ilmsund municipality, Agnieszka Pellowe-Tamakloe, complained that residents had been forced to use a small private boat and a helicopter service that "only the rich can afford". She said the closure had cost local fish processors "tens of thousands of euros" because they could not ship their catch to the mainland.

Vessary Ferry Company, the state operator of the route, said in a statement that its crews had completed safety training and that tickets would go on sale on 2 May.

The pier was damaged on 14 January when a storm with winds of up to 140 kilometres per hour tore two pontoons from their anchors. No one was hurt.

Separately, the minister said the government would announce the winner of the tender for a new ice-class ferry before the summer. "We expect three shipyards to bid, two of them foreign," he added.

The new vessel is to carry up to 400 passengers and 60 cars. According to the ministry's estimates, it will cost about 48 million euros, two thirds of which will come from a loan from the Coastal Development Fund.

A second, larger pier on Ilmsund has been discussed for years. The minister said such a project would be considered in the next budget cycle, but warned that it "cannot be built in one season".

Passenger numbers on the route reached 212,000 in 2029, the ferry company said.

Experts of the Institute of Maritime Economics in Ostrevik estimate that the island's economy loses about 300,000 euros a week without the ferry link.

Ilmsund, with a population of about 7,400, lies 38 kilometres off the coast and is the largest of Vessary's inhabited islands.

During the closure, fuel and food were delivered to the island twice a week by a navy landing craft. A temporary health post staffed by two doctors from Ostrevik will close when the ferry resumes, the regional health department said.

Read more:
Vessary to build three new lighthouses on northern coast by 2032 - maritime agency
''',
    s(TMIN, 'transport minister', 'Ferry service between mainland and Ilmsund island to resume in May', '', role=R_TMIN),
    s(TMIN, 'Vilmos Carrowbeck-Sarrbene', 'Two vessels will run up to six crossings a day in the summer season', 'told', role=R_TMIN),
    s(TMIN, 'Transport Minister of the Republic of Vessary Vilmos Carrowbeck-Sarrbene', 'Regular passenger ferry service between Ostrevik|will resume on 15 May', 'said', role=R_TMIN),
    s(TMIN, 'the minister', '"Repairs to the pier are 80 percent complete.|by the end of April,"', 'told', 'direct', role=R_TMIN),
    s('The contractor', 'The contractor', 'the mooring equipment will be tested by the end of April', 'has assured', nested=True, via=TMIN),
    s(TMIN, 'him', 'two vessels will serve the route in the summer season, with up to six crossings a day, and fares will stay at the 2029 level', 'According to', role=R_TMIN),
    s(TMIN, 'Carrowbeck-Sarrbene', 'the ministry was negotiating with the regional government of Ilmsund on a subsidy for island residents, who make up about half of the passengers outside the tourist season', 'noted', role=R_TMIN),
    s(ISL, 'the head of the Ilmsund municipality, Agnieszka Pellowe-Tamakloe', 'residents had been forced to use a small private boat and a helicopter service that "only the rich can afford"', 'complained', 'mixed', role=R_ISL),
    s(ISL, 'She', 'the closure had cost local fish processors "tens of thousands of euros" because they could not ship their catch to the mainland', 'said', 'mixed', role=R_ISL),
    s('Vessary Ferry Company', 'Vessary Ferry Company, the state operator of the route', 'its crews had completed safety training and that tickets would go on sale on 2 May', 'said'),
    s(TMIN, 'the minister', 'the government would announce the winner of the tender for a new ice-class ferry before the summer', 'said', role=R_TMIN),
    s(TMIN, 'he', '"We expect three shipyards to bid, two of them foreign,"', 'added', 'direct', role=R_TMIN),
    s(TMIN, 'the minister', 'such a project would be considered in the next budget cycle', 'said', role=R_TMIN),
    s(TMIN, 'the minister', 'it "cannot be built in one season"', 'warned', 'mixed', role=R_TMIN),
    s('the ministry', "the ministry's estimates", 'it will cost about 48 million euros, two thirds of which will come from a loan from the Coastal Development Fund', 'According to'),
    s('Vessary Ferry Company', 'the ferry company', 'Passenger numbers on the route reached 212,000 in 2029', 'said'),
    s('Experts of the Institute of Maritime Economics in Ostrevik', 'Experts of the Institute of Maritime Economics in Ostrevik', "the island's economy loses about 300,000 euros a week without the ferry link", 'estimate'),
    s('the regional health department', 'the regional health department', 'A temporary health post staffed by two doctors from Ostrevik will close when the ferry resumes', 'said'),
    s('maritime agency', 'maritime agency', 'Vessary to build three new lighthouses on northern coast by 2032', '', region='related'),
)

CFO = 'Henrika Lassgard-Darkwaa'
EQ = 'Quentin Quillfeather'
R_EQ = 'head of equities at Castelnau Asset Management in Landskrone'

doc('aa04-wire-stocks-mervault-index-bank-results', 'Reuters', '2030-07-16', '''
STOCKS-Mervault's Ferrus 40 hits three-month low as bank results disappoint

* Mervault Savings Bank slumps 6.2% on bad-loan charge
* Deputy governor says inflation "still too high for comfort"
* Krone firms against euro

LANDSKRONE, July 16 (Reuters) - Mervault's shares fell for a fourth day on Tuesday, dragging the benchmark index to its lowest close since April, as weak quarterly results from the country's two largest lenders added to worries that the central bank will keep interest rates high through the autumn.

The all-share Ferrus 40 index closed 1.7% lower at 4,812 points, with banks accounting for more than half of the decline.

Mervault Savings Bank slumped 6.2% after it reported a 19% drop in second-quarter net profit and set aside more money for bad loans to small businesses. Its chief financial officer, Henrika Lassgard-Darkwaa, told analysts on a call that loan losses had "peaked in the spring" and should ease in the second half.

"Investors are not buying it," said Quentin Quillfeather, head of equities at Castelnau Asset Management in Landskrone. "The guidance is fine, but the bad-loan charge was twice what the market expected, and nobody wants to be first back in."

Rival Carbury Commerce Bank lost 4.1% after its own results on Monday.

The central bank's deputy governor, Isolde Goodenough-Ndlovane, said in a speech on Monday evening that inflation was "still too high for comfort" and that policymakers needed to see several more months of data before considering a cut.

Money markets now price in only one quarter-point cut this year, down from two a week ago, traders said.

The krone firmed 0.3% against the euro to 9.84. Bond yields rose, with the 10-year yield up 4 basis points at 3.62%. Volumes were thin, at about 80% of the 30-day average.

Elsewhere, Ravensholt Mining gained 1.5% after the company said it had found higher-grade copper at its northern mine, and retailer Hollin & Marsh fell 3.0% after it warned that wet weather had hurt sales of summer clothing.

Analysts at Skarholt Partners said the index looked oversold but that a rebound would need "a clear signal" from the central bank.

In a note to clients, strategists at Valsgard Securities said the sell-off had made Mervault's bank shares "the cheapest in the region" and raised their recommendation on the sector to overweight.

Telecoms group Veltrix rose 2.3% after the competition authority cleared its purchase of a regional cable operator. The authority said in its ruling that the deal would not "significantly reduce competition" in any of the 11 regions where both companies operate.

Construction stocks fell after government data showed that housing starts dropped 12% in May from a year earlier. It was the steepest fall since 2027.

"Builders were already struggling with costs. Now the demand is going too," said a trader at a Landskrone brokerage, who asked not to be named because he was not authorised to speak to the media.

Finance Minister Odalys Kerrowgate-Anane is due to present the mid-year budget review on Thursday. Her spokesman declined to say whether it would include new support for housing.

(Reporting by Lennart Irigoyen-Holmboe; Editing by Ruth Olufeyisan-Kring)
''',
    s('Isolde Goodenough-Ndlovane', 'Deputy governor', 'inflation "still too high for comfort"', 'says', 'mixed', role='deputy governor'),
    s('Mervault Savings Bank', 'it', 'a 19% drop in second-quarter net profit', 'reported'),
    s(CFO, 'Its chief financial officer, Henrika Lassgard-Darkwaa', 'loan losses had "peaked in the spring" and should ease in the second half', 'told', 'mixed', role='chief financial officer'),
    s(EQ, 'Quentin Quillfeather', '"Investors are not buying it,"', 'said', 'direct', role=R_EQ),
    s(EQ, '', '"The guidance is fine, but the bad-loan charge was twice what the market expected, and nobody wants to be first back in."', '', 'direct', role=R_EQ),
    s('Isolde Goodenough-Ndlovane', "The central bank's deputy governor, Isolde Goodenough-Ndlovane", 'inflation was "still too high for comfort" and that policymakers needed to see several more months of data before considering a cut', 'said', 'mixed', role='deputy governor'),
    s('traders', 'traders', 'Money markets now price in only one quarter-point cut this year, down from two a week ago', 'said'),
    s('Ravensholt Mining', 'the company', 'it had found higher-grade copper at its northern mine', 'said'),
    s('Hollin & Marsh', 'it', 'wet weather had hurt sales of summer clothing', 'warned'),
    s('Skarholt Partners', 'Analysts at Skarholt Partners', 'the index looked oversold but that a rebound would need "a clear signal" from the central bank', 'said', 'mixed'),
    s('Valsgard Securities', 'strategists at Valsgard Securities', 'the sell-off had made Mervault\'s bank shares "the cheapest in the region"', 'said', 'mixed'),
    s('the competition authority', 'The authority', 'the deal would not "significantly reduce competition" in any of the 11 regions where both companies operate', 'said', 'mixed'),
    s('government data', 'government data', 'housing starts dropped 12% in May from a year earlier', 'showed'),
    s('a trader at a Landskrone brokerage', 'a trader at a Landskrone brokerage', '"Builders were already struggling with costs. Now the demand is going too,"', 'said', 'direct'),
)

KFM = 'Bertrand Ekwuemba-Fauvel'
OFM = 'Nadezhda Ridgewell-Nyantakwe'
STATES = 'Kalvria and Ostrenz'
DIP = 'A European diplomat involved in the talks'
HOST = 'Ilse Verspaget-Kyei'

doc('aa05-wire-afp-kalvria-ostrenz-restore-ties', 'AFP', '2030-05-24', '''
Estranged neighbours Kalvria, Ostrenz agree to restore ties after seven-year rift

AUBRENNE, Lirenza (AFP) - Kalvria and Ostrenz agreed on Friday to restore diplomatic relations and reopen their embassies within three months, ending a seven-year rift over a disputed border river, the two governments said in a joint statement.

The agreement was reached after two days of talks hosted by Lirenza in the lakeside town of Aubrenne, the first direct meeting between the foreign ministers of the two countries since 2023.

"This is not friendship yet, but it is the end of silence," Kalvrian Foreign Minister Bertrand Ekwuemba-Fauvel told AFP after the signing ceremony.

His Ostrenzi counterpart, Nadezhda Ridgewell-Nyantakwe, said the two sides would set up a joint commission to map the 140-kilometre stretch of the Ferra river that both claim, and would refer any remaining dispute to international arbitration.

"We have lost seven years. Our farmers and our fishermen have lost more," she told reporters.

Ridgewell-Nyantakwe said the families of the two fishermen had been consulted before the talks and had "given their blessing". The widow of one of them, Ludmila Szabolcsi-Nketsiah, told Ostrenzi public television last week that she wanted "the truth, not an embassy".

Under the agreement, border crossings closed since 2023 will reopen to trucks from July 1, and a joint fisheries council will set catch limits on the river.

The rift began in 2023 after two Ostrenzi fishermen were shot dead on the river. Ostrenz blamed Kalvrian border guards; Kalvria said the shots had come from smugglers.

A European diplomat involved in the talks, who asked not to be named, said the breakthrough came when Ostrenz dropped its demand for a formal apology. "They understood that an apology was the end of the process, not the beginning," the diplomat said.

The host country's foreign minister, Ilse Verspaget-Kyei, called the agreement "a lesson for a continent that has forgotten how to talk" and said Lirenza was ready to host the border commission.

Not everyone welcomed the deal. In the Kalvrian capital Dornevik, the nationalist opposition party Fatherland Front said the government had "sold the river for a photograph", and its leader, Casimir Rudnicki-Akuffo, called for a referendum on any border treaty.

Trade between the two countries, which reached 1.9 billion dollars a year before the rift, has since fallen to almost nothing, according to the Ostrenzi statistics office.

Analysts said the deal was driven by economics. "Both economies are stagnating, and the river is the cheapest road to the sea for Kalvrian grain," said Tomasz Ellingwood, a researcher at the Institute for Regional Studies in Aubrenne.

Ekwuemba-Fauvel said the first flights between the two capitals could resume "before the summer holidays".

The Ferra forms about a third of the 420-kilometre border between the two countries and is the main source of irrigation water for farms on both banks. Kalvria's parliament must ratify the agreement. The governing coalition will do so before the summer recess, its chief whip, Renata Adesanya-Ashmeade, said on Friday.

The ambassadors will be named by the end of June, the joint statement said.
''',
    s(STATES, 'the two governments', 'Kalvria and Ostrenz agreed on Friday to restore diplomatic relations|over a disputed border river', 'said'),
    s(STATES, 'Kalvria and Ostrenz', 'to restore diplomatic relations and reopen their embassies within three months', 'agreed', nested=True, via=STATES),
    s(KFM, 'Kalvrian Foreign Minister Bertrand Ekwuemba-Fauvel', '"This is not friendship yet, but it is the end of silence,"', 'told', 'direct', role='Kalvrian Foreign Minister'),
    s(OFM, 'His Ostrenzi counterpart, Nadezhda Ridgewell-Nyantakwe', 'the two sides would set up a joint commission to map the 140-kilometre stretch of the Ferra river that both claim, and would refer any remaining dispute to international arbitration', 'said', role='Ostrenzi counterpart'),
    s(OFM, 'she', '"We have lost seven years. Our farmers and our fishermen have lost more,"', 'told', 'direct', role='Ostrenzi counterpart'),
    s(OFM, 'Ridgewell-Nyantakwe', 'the families of the two fishermen had been consulted before the talks and had "given their blessing"', 'said', 'mixed', role='Ostrenzi counterpart'),
    s('Ludmila Szabolcsi-Nketsiah', 'The widow of one of them, Ludmila Szabolcsi-Nketsiah', 'she wanted "the truth, not an embassy"', 'told', 'mixed', role='widow of one of them'),
    s('Ostrenz', 'Ostrenz', 'Kalvrian border guards', 'blamed'),
    s('Kalvria', 'Kalvria', 'the shots had come from smugglers', 'said'),
    s(DIP, DIP, 'the breakthrough came when Ostrenz dropped its demand for a formal apology', 'said'),
    s(DIP, 'the diplomat', '"They understood that an apology was the end of the process, not the beginning,"', 'said', 'direct'),
    s(HOST, "The host country's foreign minister, Ilse Verspaget-Kyei", '"a lesson for a continent that has forgotten how to talk"', 'called', 'direct', role='foreign minister'),
    s(HOST, "The host country's foreign minister, Ilse Verspaget-Kyei", 'Lirenza was ready to host the border commission', 'said', role='foreign minister'),
    s('Fatherland Front', 'the nationalist opposition party Fatherland Front', 'the government had "sold the river for a photograph"', 'said', 'mixed'),
    s('Casimir Rudnicki-Akuffo', 'its leader, Casimir Rudnicki-Akuffo', 'a referendum on any border treaty', 'called for', role='leader'),
    s('the Ostrenzi statistics office', 'the Ostrenzi statistics office', 'Trade between the two countries, which reached 1.9 billion dollars a year before the rift, has since fallen to almost nothing', 'according to'),
    s('Analysts', 'Analysts', 'the deal was driven by economics', 'said'),
    s('Tomasz Ellingwood', 'Tomasz Ellingwood', '"Both economies are stagnating, and the river is the cheapest road to the sea for Kalvrian grain,"', 'said', 'direct', role='researcher at the Institute for Regional Studies in Aubrenne'),
    s(KFM, 'Ekwuemba-Fauvel', 'the first flights between the two capitals could resume "before the summer holidays"', 'said', 'mixed', role='Kalvrian Foreign Minister'),
    s('Renata Adesanya-Ashmeade', 'its chief whip, Renata Adesanya-Ashmeade', 'The governing coalition will do so before the summer recess', 'said', role='chief whip'),
    s(STATES, 'the joint statement', 'The ambassadors will be named by the end of June', 'said'),
)
