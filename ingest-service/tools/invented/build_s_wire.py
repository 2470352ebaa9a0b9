"""Set S's six wire stories (see build_s.py)."""
from invented_common import doc_spans as doc, s

doc('s01-tidewell-global-markets-crown', 'Tidewell', '2027-03-04', '''
GLOBAL MARKETS-Brevonian crown rebounds on intervention warning; Asian shares mixed

* Finance minister says authorities "ready to act" on currency

* Ilmarsk stocks hit record as exporters rally

* Cocoa retreats from peak as harvest outlook improves

By Oriel Kastelein and Hesketh Mbalula

SINGAPORE, March 4 (Tidewell) - The Brevonian crown jumped the most in six weeks on Wednesday after the country's finance minister warned speculators that the authorities were ready to step into the market, while Asian shares were mixed ahead of a busy week of central bank meetings.

The crown rose 1.6% to 14.22 per dollar, pulling back from a record low of 14.61 hit on Monday. All told, it has still lost nearly 9% since the start of the year.

"We are watching the market very closely, and we are ready to act if the moves become disorderly," Finance Minister Casimir Kaltenborn-Sowa told reporters in Port Aubrel. He declined to say whether the central bank had already sold dollars, but said reserves of $48 billion were "more than enough."

Two traders at local banks said state-owned lenders had been seen selling dollars in the morning session. The Monetary Authority of Brevonia did not respond to a request for comment.

"It is classic verbal intervention, backed by a bit of real money," said Devika Escobar-Nilsen, senior currency strategist at Harwich Quay Bank in Singapore. "It buys time. It does not fix a current account deficit of 5% of GDP."

MSCI's broadest index of Asia-Pacific shares outside Japan was flat. Stocks in Ilmarsk climbed 1.1% to a record high, led by shipbuilders and chipmakers, after data showed exports grew 14% in February from a year earlier.

Ilmarsk's trade ministry said in a statement that shipments of semiconductors had risen for a ninth straight month, and that it expected growth to "remain solid" through the second quarter.

Elsewhere, Ebrenne's benchmark index fell 0.8% as shares of Tolvane Telecom slid 6% after the carrier cut its dividend. The company said the savings would go towards paying down debt.

In commodities, cocoa futures fell 3.4% to $7,980 a tonne, extending their retreat from last month's all-time high, as rain in West African growing regions eased concerns about the mid-crop harvest.

"The weather has turned, and the funds are heading for the exit," said Wendell Amadiume, a soft commodities broker at Cobbold Futures in London. He said the market could drop below $7,000 "if April stays wet."

Oil prices were little changed. Brent crude futures were steady at $77.40 a barrel, and U.S. crude futures suggested a flat start to trading in New York.

Economists at Banco Austral in Dulmaro said in a research note that the threat of intervention would "buy a few weeks at most" unless the Monetary Authority also raised interest rates.

According to a Tidewell poll of 31 analysts, the Brevonian crown is expected to weaken to 14.9 per dollar within a year, with most respondents citing the country's reliance on imported fuel.

(Reporting by Oriel Kastelein; Additional reporting by Hesketh Mbalula in Port Aubrel; Editing by Maud Lindelof-Hargrave)
''',
    s('Casimir Kaltenborn-Sowa', 'Finance minister', 'authorities "ready to act" on currency', 'says', 'mixed', role='Finance minister'),
    s('Casimir Kaltenborn-Sowa', "the country's finance minister", 'the authorities were ready to step into the market', 'warned', role='Finance Minister'),
    s('Casimir Kaltenborn-Sowa', 'Finance Minister Casimir Kaltenborn-Sowa', '"We are watching the market very closely, and we are ready to act if the moves become disorderly,"', 'told', 'direct', role='Finance Minister'),
    s('Casimir Kaltenborn-Sowa', 'He', 'reserves of $48 billion were "more than enough."', 'said', 'mixed', role='Finance Minister'),
    s('Two traders at local banks', 'Two traders at local banks', 'state-owned lenders had been seen selling dollars in the morning session', 'said'),
    s('Devika Escobar-Nilsen', 'Devika Escobar-Nilsen, senior currency strategist at Harwich Quay Bank in Singapore', '"It is classic verbal intervention, backed by a bit of real money,"', 'said', 'direct', role='senior currency strategist'),
    s('Devika Escobar-Nilsen', '', '"It buys time. It does not fix a current account deficit of 5% of GDP."', '', 'direct', role='senior currency strategist'),
    s('data', 'data', 'exports grew 14% in February from a year earlier', 'showed'),
    s("Ilmarsk's trade ministry", "Ilmarsk's trade ministry", 'shipments of semiconductors had risen for a ninth straight month, and that it expected growth to "remain solid" through the second quarter', 'said', 'mixed'),
    s('Tolvane Telecom', 'The company', 'the savings would go towards paying down debt', 'said'),
    s('Wendell Amadiume', 'Wendell Amadiume, a soft commodities broker at Cobbold Futures in London', '"The weather has turned, and the funds are heading for the exit,"', 'said', 'direct', role='soft commodities broker'),
    s('Wendell Amadiume', 'He', 'the market could drop below $7,000 "if April stays wet."', 'said', 'mixed', role='soft commodities broker'),
    s('Economists at Banco Austral', 'Economists at Banco Austral in Dulmaro', 'the threat of intervention would "buy a few weeks at most" unless the Monetary Authority also raised interest rates', 'said', 'mixed'),
    s('Tidewell', 'a Tidewell poll of 31 analysts', "the Brevonian crown is expected to weaken to 14.9 per dollar within a year, with most respondents citing the country's reliance on imported fuel", 'According to'),
    s('most respondents', 'most respondents', "the country's reliance on imported fuel", 'citing'),
)

doc('s02-pnx-ysterby-stage-race', 'Press North Exchange', '2027-05-19', '''
Dassault-Etxeberria wins queen stage in the rain to take lead of Tour of Ysterby

CALVERLEIGH PASS, Ysterby (PNX) — Ottilie Dassault-Etxeberria attacked on the final climb of Calverleigh Pass on Wednesday to win the queen stage of the Tour of Ysterby and take the overall lead, as a cold rain turned the descent into a procession of crashes.

The 24-year-old Ondravan rider crossed the line 38 seconds ahead of defending champion Mads Ingersoll-Rahn, who had led the race for six days, and claimed the leader's jersey with four stages to go. She now leads Ingersoll-Rahn by 22 seconds.

“I was freezing on the last descent, I could not feel the brakes,” Dassault-Etxeberria said at the finish, wrapped in a team jacket. “So I thought, better to go uphill fast and get it over with.”

Her Ruvenna-Halcyon team had driven the pace from the foot of the 14-kilometer climb. Sports director Benoit Pietersen-Wolde said the plan had been made at breakfast and that the rider had “followed it to the meter.”

Ingersoll-Rahn, who lost his last teammate with 9 kilometers left, conceded he had been “on the limit” and said he would try again on Saturday's mountain time trial.

“She was simply stronger today. There is nothing to complain about,” he said. “But 22 seconds is nothing on a 20-kilometer climb.”

Organizers neutralized the times on the descent of the Sollas Col after two riders went into a ditch, a decision that race director Sigvald Stenmark-Bui defended afterward.

Ingersoll-Rahn’s team manager, Cornelius Abadi-Ferrier, complained that the neutralization had favored the leaders, who were already over the top when the crashes began. Race officials denied any favoritism.

“The safety of the riders comes before the spectacle. I would make the same call tomorrow,” Stenmark-Bui said.

Three riders abandoned the race, among them Lowri Kahale-Rountree of Westrand Cycling, who broke her collarbone in a crash 30 kilometers from the finish. Her team said she would undergo surgery in Calverleigh on Thursday.

The riders' association said in a statement that the descent should have been removed from the route when the forecast showed rain, and urged organizers to publish a bad-weather plan for each mountain stage.

Stenmark-Bui rejected the criticism, saying the route had been approved by the international federation in January.

Dassault-Etxeberria's teammate Kiri Waldensee-Pahl finished fourth and moved up to fifth overall. Asked whether the team could defend the lead to the finish in Velloria on Sunday, she smiled.

“Ask me on Sunday,” she said.

Thursday's 188-kilometer stage from Calverleigh to Hessenby is expected to end in a sprint.
''',
    s('Ottilie Dassault-Etxeberria', 'Ottilie Dassault-Etxeberria', '“I was freezing on the last descent, I could not feel the brakes,”', 'said', 'direct'),
    s('Ottilie Dassault-Etxeberria', '', '“So I thought, better to go uphill fast and get it over with.”', '', 'direct'),
    s('Benoit Pietersen-Wolde', 'Sports director Benoit Pietersen-Wolde', 'the plan had been made at breakfast and that the rider had “followed it to the meter.”', 'said', 'mixed', role='Sports director'),
    s('Mads Ingersoll-Rahn', 'Ingersoll-Rahn, who lost his last teammate with 9 kilometers left', 'he had been “on the limit”', 'conceded', 'mixed', role='defending champion'),
    s('Mads Ingersoll-Rahn', 'Ingersoll-Rahn, who lost his last teammate with 9 kilometers left', "he would try again on Saturday's mountain time trial", 'said', role='defending champion'),
    s('Mads Ingersoll-Rahn', 'he', '“She was simply stronger today. There is nothing to complain about,”', 'said', 'direct', role='defending champion'),
    s('Mads Ingersoll-Rahn', '', '“But 22 seconds is nothing on a 20-kilometer climb.”', '', 'direct', role='defending champion'),
    s('Cornelius Abadi-Ferrier', 'Ingersoll-Rahn’s team manager, Cornelius Abadi-Ferrier', 'the neutralization had favored the leaders, who were already over the top when the crashes began', 'complained', role='team manager'),
    s('Race officials', 'Race officials', 'any favoritism', 'denied'),
    s('Sigvald Stenmark-Bui', 'Sigvald Stenmark-Bui', '“The safety of the riders comes before the spectacle. I would make the same call tomorrow,”', 'said', 'direct', role='race director'),
    s('Westrand Cycling', 'Her team', 'she would undergo surgery in Calverleigh on Thursday', 'said'),
    s("riders' association", "The riders' association", 'the descent should have been removed from the route when the forecast showed rain', 'said'),
    s("riders' association", "The riders' association", 'organizers to publish a bad-weather plan for each mountain stage', 'urged'),
    s('Sigvald Stenmark-Bui', 'Stenmark-Bui', 'the criticism', 'rejected', role='race director'),
    s('Sigvald Stenmark-Bui', 'Stenmark-Bui', 'the route had been approved by the international federation in January', 'saying', role='race director'),
    s('Kiri Waldensee-Pahl', 'she', '“Ask me on Sunday,”', 'said', 'direct'),
)

doc('s03-severa-brevonia-arctic-route', 'SEVERA', '2027-02-11', '''
Brevonia ready to guarantee year-round passage on Northern Sea Lane — deputy prime minister

Icebreaker fleet will grow to 11 vessels by 2030, Sofiya Arkhipenko-Tull said

PORT AUBREL, February 11. /SEVERA/. Brevonia is ready to guarantee year-round commercial navigation along the Northern Sea Lane from 2029, Deputy Prime Minister Sofiya Arkhipenko-Tull said at the Polar Logistics Forum on Thursday.

"We are not talking about a dream anymore. We are talking about a timetable with dates and ships," the deputy prime minister said. According to her, cargo traffic on the route reached 41 million tonnes last year, and the government expects it to exceed 70 million tonnes by 2030.

Arkhipenko-Tull said the state icebreaker fleet would grow from seven to 11 vessels by 2030, including two nuclear-powered icebreakers of the Leader class now under construction at the Marisk shipyard. The first of them will be handed over to the fleet operator in 2028, she specified.

The deputy prime minister also noted that shipowners from Ilmarsk and Santorra had applied for 38 transit voyages this summer, twice as many as a year earlier. "Our partners vote with their cargo," she added.

Meanwhile, the head of the state fleet operator Brevmorflot, Rostislav Dolgorukov-Senn, told SEVERA on the sidelines of the forum that the company had asked the government for 96 billion crowns to modernise three ports along the route. In his words, without new berths and fuel terminals "the icebreakers will be escorting ships to nowhere."

The Ministry of Natural Resources, for its part, warned that the growth in traffic must be accompanied by stricter environmental rules. "Every spill in the Arctic costs ten times more to clean up than in the south," Deputy Minister Alina Vorontsova-Quayle said at a panel session.

Earlier, Prime Minister Arkady Tsvetkov-Gjerde said the Northern Sea Lane was one of the government's five infrastructure priorities until 2035.

Read also

Brevonia, Santorra sign agreement on joint search and rescue in polar waters

The document was signed on the sidelines of the forum by the heads of the two countries' emergency agencies. According to the Brevonian side, joint exercises will be held in the Gulf of Tessend in September.

Brevmorflot orders three ice-class tankers

The company expects to receive the vessels by 2029, the operator's press service told SEVERA.
''',
    s('Sofiya Arkhipenko-Tull', 'deputy prime minister', 'Brevonia ready to guarantee year-round passage on Northern Sea Lane', '', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'Sofiya Arkhipenko-Tull', 'Icebreaker fleet will grow to 11 vessels by 2030', 'said', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'Deputy Prime Minister Sofiya Arkhipenko-Tull', 'Brevonia is ready to guarantee year-round commercial navigation along the Northern Sea Lane from 2029', 'said', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'the deputy prime minister', '"We are not talking about a dream anymore. We are talking about a timetable with dates and ships,"', 'said', 'direct', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'her', 'cargo traffic on the route reached 41 million tonnes last year, and the government expects it to exceed 70 million tonnes by 2030', 'According to', role='Deputy Prime Minister'),
    s('the government', 'the government', 'it to exceed 70 million tonnes by 2030', 'expects', nested=True, via='Sofiya Arkhipenko-Tull'),
    s('Sofiya Arkhipenko-Tull', 'Arkhipenko-Tull', 'the state icebreaker fleet would grow from seven to 11 vessels by 2030, including two nuclear-powered icebreakers of the Leader class now under construction at the Marisk shipyard', 'said', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'she', 'The first of them will be handed over to the fleet operator in 2028', 'specified', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'The deputy prime minister', 'shipowners from Ilmarsk and Santorra had applied for 38 transit voyages this summer, twice as many as a year earlier', 'noted', role='Deputy Prime Minister'),
    s('Sofiya Arkhipenko-Tull', 'she', '"Our partners vote with their cargo,"', 'added', 'direct', role='Deputy Prime Minister'),
    s('Rostislav Dolgorukov-Senn', 'the head of the state fleet operator Brevmorflot, Rostislav Dolgorukov-Senn', 'the company had asked the government for 96 billion crowns to modernise three ports along the route', 'told', role='head of the state fleet operator Brevmorflot'),
    s('Brevmorflot', 'the company', 'the government for 96 billion crowns to modernise three ports along the route', 'had asked', nested=True, via='Rostislav Dolgorukov-Senn'),
    s('Rostislav Dolgorukov-Senn', 'his', 'without new berths and fuel terminals "the icebreakers will be escorting ships to nowhere."', 'In his words', 'mixed', role='head of the state fleet operator Brevmorflot'),
    s('Ministry of Natural Resources', 'The Ministry of Natural Resources', 'the growth in traffic must be accompanied by stricter environmental rules', 'warned'),
    s('Alina Vorontsova-Quayle', 'Deputy Minister Alina Vorontsova-Quayle', '"Every spill in the Arctic costs ten times more to clean up than in the south,"', 'said', 'direct', role='Deputy Minister'),
    s('Arkady Tsvetkov-Gjerde', 'Prime Minister Arkady Tsvetkov-Gjerde', "the Northern Sea Lane was one of the government's five infrastructure priorities until 2035", 'said', role='Prime Minister'),
    s('Brevonian side', 'the Brevonian side', 'joint exercises will be held in the Gulf of Tessend in September', 'According to', region='related'),
    s('Brevmorflot', "the operator's press service", 'The company expects to receive the vessels by 2029', 'told', region='related'),
)

doc('s04-tidewell-malaria-vaccine-trial', 'Tidewell', '2027-06-23', '''
UPDATE 2-Santorran drugmaker pauses malaria vaccine trial after safety signal, regulator says

* Regulator cites "unexpected" liver enzyme readings in 14 volunteers

* Company says pause is precautionary, shares fall 11%

* Health ministry says national rollout timetable unchanged

(Adds company comment, analyst, shares)

By Nkechi Dorfmann-Ilesanmi

DULMARO, June 23 (Tidewell) - Santorra's medicines regulator has ordered Dulmaro Biologics to pause a late-stage trial of its malaria vaccine after 14 volunteers showed unexpected readings in liver tests, the agency said on Wednesday, dealing a setback to one of the most closely watched vaccine programmes in the region.

The National Medicines Agency said in a statement that none of the affected volunteers had needed hospital treatment, but that the readings were "outside the range we would expect" and required further review by an independent safety board.

Dulmaro Biologics said the pause was "a precautionary step" and that it had informed all 9,400 participants in the trial. Chief Medical Officer Ruth Wagenknecht-Mutua said on a call with reporters that the company believed the readings were linked to a common antimalarial drug some volunteers had taken before enrolling, not to the vaccine itself.

"We have seen this pattern before in other trials in the region," she said. "But we will not guess. We will wait for the board."

Shares in Dulmaro Biologics closed down 11% on the Dulmaro exchange, their biggest one-day fall since the company listed in 2023.

The vaccine, known as DB-417, showed 71% efficacy against severe malaria in children in an earlier study, results published last year showed. The government had planned to start giving it to children under five in three provinces in October.

A health ministry spokesman, Emeric Okparaeke-Berardi, said the timetable was "unchanged for now" and that the ministry would review it once the safety board had reported. He said the board was expected to meet within two weeks.

Two people familiar with the trial said the affected volunteers were all enrolled at a single site in the northern province of Caskell. One of them said investigators were checking whether blood samples there had been stored correctly.

Analysts said the market reaction was overdone. "A pause is not a failure. If the board finds a site problem, this is a two-month delay," said Evander Rautenbach, a healthcare analyst at Fallowfield Securities, who kept his "buy" rating on the stock.

The Pan-Tropical Malaria Alliance, which co-funds the trial, said it continued to support the programme.

Malaria killed an estimated 21,000 people in Santorra in 2026, most of them children, according to health ministry figures.

(Reporting by Nkechi Dorfmann-Ilesanmi; Editing by Eskil Haines)
''',
    s('National Medicines Agency', 'regulator', 'Santorran drugmaker pauses malaria vaccine trial after safety signal', 'says'),
    s('National Medicines Agency', 'Regulator', '"unexpected" liver enzyme readings in 14 volunteers', 'cites', 'mixed'),
    s('Dulmaro Biologics', 'Company', 'pause is precautionary', 'says'),
    s('health ministry', 'Health ministry', 'national rollout timetable unchanged', 'says'),
    s('National Medicines Agency', 'the agency', "Santorra's medicines regulator has ordered Dulmaro Biologics to pause a late-stage trial of its malaria vaccine after 14 volunteers showed unexpected readings in liver tests", 'said'),
    s('National Medicines Agency', 'The National Medicines Agency', 'none of the affected volunteers had needed hospital treatment, but that the readings were "outside the range we would expect" and required further review by an independent safety board', 'said', 'mixed'),
    s('Dulmaro Biologics', 'Dulmaro Biologics', 'the pause was "a precautionary step" and that it had informed all 9,400 participants in the trial', 'said', 'mixed'),
    s('Ruth Wagenknecht-Mutua', 'Chief Medical Officer Ruth Wagenknecht-Mutua', 'the company believed the readings were linked to a common antimalarial drug some volunteers had taken before enrolling, not to the vaccine itself', 'said', role='Chief Medical Officer'),
    s('Ruth Wagenknecht-Mutua', 'she', '"We have seen this pattern before in other trials in the region,"', 'said', 'direct', role='Chief Medical Officer'),
    s('Ruth Wagenknecht-Mutua', '', '"But we will not guess. We will wait for the board."', '', 'direct', role='Chief Medical Officer'),
    s('results published last year', 'results published last year', 'The vaccine, known as DB-417, showed 71% efficacy against severe malaria in children in an earlier study', 'showed'),
    s('Emeric Okparaeke-Berardi', 'A health ministry spokesman, Emeric Okparaeke-Berardi', 'the timetable was "unchanged for now" and that the ministry would review it once the safety board had reported', 'said', 'mixed', role='health ministry spokesman'),
    s('Emeric Okparaeke-Berardi', 'He', 'the board was expected to meet within two weeks', 'said', role='health ministry spokesman'),
    s('Two people familiar with the trial', 'Two people familiar with the trial', 'the affected volunteers were all enrolled at a single site in the northern province of Caskell', 'said'),
    s('One of them', 'One of them', 'investigators were checking whether blood samples there had been stored correctly', 'said'),
    s('Analysts', 'Analysts', 'the market reaction was overdone', 'said'),
    s('Evander Rautenbach', 'Evander Rautenbach, a healthcare analyst at Fallowfield Securities, who kept his "buy" rating on the stock', '"A pause is not a failure. If the board finds a site problem, this is a two-month delay,"', 'said', 'direct', role='healthcare analyst'),
    s('Pan-Tropical Malaria Alliance', 'The Pan-Tropical Malaria Alliance, which co-funds the trial', 'it continued to support the programme', 'said'),
    s('health ministry', 'health ministry figures', 'Malaria killed an estimated 21,000 people in Santorra in 2026, most of them children', 'according to'),
)

doc('s05-pnx-ebrenne-ferry-volcano', 'Press North Exchange', '2027-08-30', '''
Volcano on Ebrenne island forces evacuation of 4,000; ash grounds flights

ST. ANSELM, Ebrenne (PNX) — A volcano on the small island of Grenholm erupted before dawn Monday, sending an ash column more than 9 kilometers into the sky and forcing the evacuation of about 4,000 residents by ferry and fishing boat, officials said.

No deaths or injuries had been reported by Monday afternoon, Ebrenne's civil protection agency said. Ash fell across much of the capital, St. Cuthmar, 40 kilometers to the east, and the island's only international airport was closed until at least Tuesday.

The Ebrenne Volcanological Observatory raised the alert for Mount Tarrick to its highest level shortly after 4 a.m., when instruments recorded a sharp rise in tremor. Its director, Consuelo Aviles-Torrent, said the eruption was "explosive but so far short," and warned that further blasts could follow within days.

“The mountain has been talking to us since June,” Aviles-Torrent told reporters at the observatory. “Today it raised its voice.”

Residents described being woken by a roar and a rain of small stones. “It sounded like a train going over the roof,” said Hedda Fonseca, 67, who left Grenholm on a ferry with her husband and two dogs. “We took the papers and the animals. Everything else is still there.”

Ferry operator Isles Line said it had moved 2,800 people in seven crossings and would keep two vessels on standby near the island overnight.

Prime Minister Ciaran Draskovic-Pennant, who flew over the island by helicopter, promised that evacuees would receive emergency payments within a week. He said the government had asked neighbouring Ilmarsk for two water-purification units and that the request had been granted.

Some evacuees complained that warnings had come too late. A fisherman who would give only his first name, Baltasar, said nobody had knocked on his door. “I heard it from my cousin on the phone,” he said.

The civil protection agency disputed the account, saying sirens had sounded in all five villages and that police had gone house to house.

Air traffic controllers said about 60 flights had been cancelled or diverted. Airlines told passengers to check their status online.

The last major eruption of Mount Tarrick, in 1961, destroyed two villages and left 14 people dead, according to the observatory.
''',
    s('officials', 'officials', 'A volcano on the small island of Grenholm erupted before dawn Monday, sending an ash column more than 9 kilometers into the sky and forcing the evacuation of about 4,000 residents by ferry and fishing boat', 'said'),
    s("Ebrenne's civil protection agency", "Ebrenne's civil protection agency", 'No deaths or injuries had been reported by Monday afternoon', 'said'),
    s('Consuelo Aviles-Torrent', 'Its director, Consuelo Aviles-Torrent', 'the eruption was "explosive but so far short,"', 'said', 'mixed', role='director'),
    s('Consuelo Aviles-Torrent', 'Its director, Consuelo Aviles-Torrent', 'further blasts could follow within days', 'warned', role='director'),
    s('Consuelo Aviles-Torrent', 'Aviles-Torrent', '“The mountain has been talking to us since June,”', 'told', 'direct', role='director'),
    s('Consuelo Aviles-Torrent', '', '“Today it raised its voice.”', '', 'direct', role='director'),
    s('Residents', 'Residents', 'being woken by a roar and a rain of small stones', 'described'),
    s('Hedda Fonseca', 'Hedda Fonseca, 67, who left Grenholm on a ferry with her husband and two dogs', '“It sounded like a train going over the roof,”', 'said', 'direct'),
    s('Hedda Fonseca', '', '“We took the papers and the animals. Everything else is still there.”', '', 'direct'),
    s('Isles Line', 'Ferry operator Isles Line', 'it had moved 2,800 people in seven crossings and would keep two vessels on standby near the island overnight', 'said'),
    s('Ciaran Draskovic-Pennant', 'Prime Minister Ciaran Draskovic-Pennant, who flew over the island by helicopter', 'evacuees would receive emergency payments within a week', 'promised', role='Prime Minister'),
    s('Ciaran Draskovic-Pennant', 'He', 'the government had asked neighbouring Ilmarsk for two water-purification units and that the request had been granted', 'said', role='Prime Minister'),
    s('Some evacuees', 'Some evacuees', 'warnings had come too late', 'complained'),
    s('Baltasar', 'A fisherman who would give only his first name, Baltasar', 'nobody had knocked on his door', 'said', role='fisherman'),
    s('Baltasar', 'he', '“I heard it from my cousin on the phone,”', 'said', 'direct', role='fisherman'),
    s("Ebrenne's civil protection agency", 'The civil protection agency', 'the account', 'disputed'),
    s("Ebrenne's civil protection agency", 'The civil protection agency', 'sirens had sounded in all five villages and that police had gone house to house', 'saying'),
    s('Air traffic controllers', 'Air traffic controllers', 'about 60 flights had been cancelled or diverted', 'said'),
    s('Airlines', 'Airlines', 'passengers to check their status online', 'told'),
    s('Ebrenne Volcanological Observatory', 'the observatory', 'The last major eruption of Mount Tarrick, in 1961, destroyed two villages and left 14 people dead', 'according to'),
)

doc('s06-ostrale-ostrany-regional-vote', 'Agence Ostrale', '2027-10-11', '''
Opposition wins control of Ostrany regional assembly for first time, preliminary results show

KORVASTEN, Oct 11 (Agence Ostrale) - The opposition Green Valleys Alliance won a majority in the regional assembly of Ostrany for the first time on Sunday, preliminary results showed, ending 28 years of rule by the Ilmarsk Centre Party in the country's most industrialised region.

With 96% of ballots counted, the alliance had 41.2% of the vote and 38 of the 71 seats, the regional electoral commission said early on Monday. The Centre Party had 29.8% and 24 seats, down from 39 five years ago. Turnout was 63%, the highest since 1999.

Alliance leader Runa Thorsgaard-Emenike, a former schoolteacher who campaigned against a planned expansion of the Dalsgaard lignite mine, told cheering supporters in Korvasten that voters had "chosen clean air over old promises."

"Tonight the valleys have spoken, and they have not whispered," she said. She pledged to put the mine expansion to a regional referendum within a year.

Outgoing regional premier Hakon Brunvoll-Akande conceded defeat shortly after midnight and congratulated Thorsgaard-Emenike. He said his party had failed to explain "why the mine means jobs for our children," but that it would be a "constructive opposition."

In the capital, Prime Minister Estrid Langeland-Mfume, whose Centre Party also leads the national coalition, said the result was "a clear signal" and that her government would "listen carefully." She ruled out early national elections, which are due in 2029.

The Centre Party's national secretary, Birgit Oyarzun-Tellez, said on Monday that the party would hold a leadership review in the region before the end of the year. She blamed the defeat on the party's failure to present a plan for the valleys "for the day after the mine."

Political scientist Lorcan Bergkamp-Ajayi of Korvasten University said the result reflected "a generational shift" in the region, where more than a third of voters are under 35. "For young people here, the mine is not the past, it is the threat," he said.

Dalsgaard Energy, which operates the mine and employs about 6,200 people, said in a statement that it respected the voters' decision and was ready to work with the new regional government. It did not comment on the referendum pledge.

The regional assembly has the final say over land-use permits, and the alliance could delay the expansion for years, said Agnete Brogaard, an energy lawyer in Korvasten. "They cannot cancel a national licence, but they can make it very slow," she said.

Observers from the national election monitoring group Clean Count said voting had been largely orderly, though they had received complaints about long queues in two towns.

The new assembly is expected to meet for the first time on Nov. 3.
''',
    s('preliminary results', 'preliminary results', 'Opposition wins control of Ostrany regional assembly for first time', 'show'),
    s('preliminary results', 'preliminary results', 'The opposition Green Valleys Alliance won a majority in the regional assembly of Ostrany for the first time on Sunday', 'showed'),
    s('regional electoral commission', 'the regional electoral commission', 'With 96% of ballots counted, the alliance had 41.2% of the vote and 38 of the 71 seats', 'said'),
    s('Runa Thorsgaard-Emenike', 'Alliance leader Runa Thorsgaard-Emenike, a former schoolteacher who campaigned against a planned expansion of the Dalsgaard lignite mine', 'voters had "chosen clean air over old promises."', 'told', 'mixed', role='Alliance leader'),
    s('Runa Thorsgaard-Emenike', 'she', '"Tonight the valleys have spoken, and they have not whispered,"', 'said', 'direct', role='Alliance leader'),
    s('Runa Thorsgaard-Emenike', 'She', 'to put the mine expansion to a regional referendum within a year', 'pledged', role='Alliance leader'),
    s('Hakon Brunvoll-Akande', 'Outgoing regional premier Hakon Brunvoll-Akande', 'defeat', 'conceded', role='Outgoing regional premier'),
    s('Hakon Brunvoll-Akande', 'He', 'his party had failed to explain "why the mine means jobs for our children," but that it would be a "constructive opposition."', 'said', 'mixed', role='Outgoing regional premier'),
    s('Estrid Langeland-Mfume', 'Prime Minister Estrid Langeland-Mfume, whose Centre Party also leads the national coalition', 'the result was "a clear signal" and that her government would "listen carefully."', 'said', 'mixed', role='Prime Minister'),
    s('Estrid Langeland-Mfume', 'She', 'early national elections, which are due in 2029', 'ruled out', role='Prime Minister'),
    s('Birgit Oyarzun-Tellez', "The Centre Party's national secretary, Birgit Oyarzun-Tellez", 'the party would hold a leadership review in the region before the end of the year', 'said', role='national secretary'),
    s('Birgit Oyarzun-Tellez', 'She', 'the defeat on the party\'s failure to present a plan for the valleys "for the day after the mine."', 'blamed', 'mixed', role='national secretary'),
    s('Lorcan Bergkamp-Ajayi', 'Political scientist Lorcan Bergkamp-Ajayi of Korvasten University', 'the result reflected "a generational shift" in the region, where more than a third of voters are under 35', 'said', 'mixed', role='Political scientist'),
    s('Lorcan Bergkamp-Ajayi', 'he', '"For young people here, the mine is not the past, it is the threat,"', 'said', 'direct', role='Political scientist'),
    s('Dalsgaard Energy', 'Dalsgaard Energy, which operates the mine and employs about 6,200 people', "it respected the voters' decision and was ready to work with the new regional government", 'said'),
    s('Agnete Brogaard', 'Agnete Brogaard, an energy lawyer in Korvasten', 'The regional assembly has the final say over land-use permits, and the alliance could delay the expansion for years', 'said', role='energy lawyer'),
    s('Agnete Brogaard', 'she', '"They cannot cancel a national licence, but they can make it very slow,"', 'said', 'direct', role='energy lawyer'),
    s('Clean Count', 'Observers from the national election monitoring group Clean Count', 'voting had been largely orderly, though they had received complaints about long queues in two towns', 'said'),
)
