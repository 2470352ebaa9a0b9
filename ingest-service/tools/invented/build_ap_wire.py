"""Set AP's five wire stories (see build_ap.py)."""
from invented_common import doc_spans as doc, s

KRR = 'Kestrel Rail Freight'
OSSO = 'Tamsin Osso'
HALV = 'Per Halvorsen'
RIDA = 'Oona Ridaker'
BEKK = 'Jonas Bekkelund'
MARI = 'Marit Solheim'

doc('ap01-wire-varnland-freight-train-derailment-ammonia', 'Associated Press', '2034-04-12', '''
Freight train derails in Varnland, ammonia leak forces 3,000 from homes

SKELLBY, Varnland (AP) - A freight train carrying liquid ammonia derailed on the edge of this river town before dawn on Wednesday, rupturing at least one tank car and forcing about 3,000 people from their homes, the regional fire service said.

Nineteen of the train's 44 cars left the tracks near a road crossing at about 4:40 a.m., according to Kestrel Rail Freight, which operates the line. No one was killed. Eleven people, among them the train's two drivers, were treated in hospital for breathing problems and all but three had gone home by the evening, a spokeswoman for Skellby General Hospital, Tamsin Osso, said.

Fire chief Per Halvorsen told reporters at a school gym that served as a command post that the leak had been plugged by mid-morning but that crews were still pumping ammonia from a second damaged car.

"The cloud was visible from the bridge when we got there. It hung over the river like fog, and it smelled like a cleaning cupboard that someone had set on fire," Halvorsen said. "We did not wait for measurements. We started knocking on doors."

Kestrel Rail Freight said in a statement that it was "deeply sorry for the fear and disruption" and that it would pay for hotel rooms for every evacuated household. The company said it did not yet know what caused the derailment.

The company's chief executive, Oona Ridaker, who arrived in Skellby in the afternoon, said the track had been inspected three weeks ago and that the cars were less than ten years old. Asked whether the train had been speeding, she said the company would hand its data recorder to investigators and would not speculate.

People who live near the line have complained for years about the number of chemical trains passing through the town at night. Lise Tandberg, 63, who left her house in her slippers with her two dogs, said she had written to the railway twice.

"They answered with a brochure," she said. "Today I got the real answer."

The national accident investigation board said it had sent a team of five to the site and expected to publish a preliminary report within 30 days.

Transport Minister Jonas Bekkelund, speaking in parliament, said the government would review the routes on which hazardous goods are carried by rail. He did not say whether night-time restrictions were being considered.

Marit Solheim, a chemist at the Varnland University of Technology, cautioned that ammonia in the river could kill fish for several kilometers downstream even if the air was safe to breathe again.

"People see the cloud and they worry about the cloud," she said. "The water is the slower problem."

The environment agency said it had begun sampling the river at four points below the town. Its director declined to comment on the first results.

Skellby, a town of about 14,000 people on the Varna River, sits at the junction of two freight lines that carry fertiliser, fuel and chemicals from the coastal plants to the interior. About 30 trains a day pass through it, most of them between midnight and six in the morning, when the lines are clear of passenger services. The last serious accident on the route, a collision of two grain trains in 2027, closed the line for a week but caused no injuries.

Residents in the evacuation zone will not be allowed home before Thursday evening at the earliest, Halvorsen said.
''',
    s('regional fire service', 'the regional fire service', 'A freight train carrying liquid ammonia derailed|about 3,000 people from their homes', 'said'),
    s(KRR, 'Kestrel Rail Freight', 'Nineteen of the train\'s 44 cars left the tracks near a road crossing at about 4:40 a.m.', 'according to'),
    s(OSSO, 'a spokeswoman for Skellby General Hospital, Tamsin Osso', 'Eleven people, among them the train\'s two drivers|had gone home by the evening', 'said', role='spokeswoman for Skellby General Hospital'),
    s(HALV, 'Fire chief Per Halvorsen', 'the leak had been plugged by mid-morning|from a second damaged car', 'told', role='Fire chief'),
    s(HALV, 'Halvorsen', '"The cloud was visible from the bridge|someone had set on fire,"', 'said', 'direct', role='Fire chief'),
    s(HALV, '', '"We did not wait for measurements. We started knocking on doors."', '', 'direct', role='Fire chief'),
    s(KRR, 'Kestrel Rail Freight', 'it was "deeply sorry for the fear and disruption"|for every evacuated household', 'said', 'mixed'),
    s(KRR, 'The company', 'it did not yet know what caused the derailment', 'said'),
    s(RIDA, "The company's chief executive, Oona Ridaker", 'the track had been inspected three weeks ago|less than ten years old', 'said', role='chief executive'),
    s(RIDA, 'she', 'the company would hand its data recorder to investigators and would not speculate', 'said', role='chief executive'),
    s('People who live near the line', 'People who live near the line', 'the number of chemical trains passing through the town at night', 'have complained'),
    s('Lise Tandberg', 'Lise Tandberg', 'she had written to the railway twice', 'said'),
    s('Lise Tandberg', 'she', '"They answered with a brochure,"', 'said', 'direct'),
    s('Lise Tandberg', '', '"Today I got the real answer."', '', 'direct'),
    s('national accident investigation board', 'The national accident investigation board', 'it had sent a team of five to the site|within 30 days', 'said'),
    s(BEKK, 'Transport Minister Jonas Bekkelund', 'the government would review the routes on which hazardous goods are carried by rail', 'said', role='Transport Minister'),
    s(MARI, 'Marit Solheim, a chemist at the Varnland University of Technology', 'ammonia in the river could kill fish|safe to breathe again', 'cautioned', role='chemist'),
    s(MARI, 'she', '"People see the cloud and they worry about the cloud,"', 'said', 'direct', role='chemist'),
    s(MARI, '', '"The water is the slower problem."', '', 'direct', role='chemist'),
    s('environment agency', 'The environment agency', 'it had begun sampling the river at four points below the town', 'said'),
    s(HALV, 'Halvorsen', 'Residents in the evacuation zone will not be allowed home|at the earliest', 'said', role='Fire chief'),
)

ACE = 'Association of Crude Exporting Nations'
QAND = 'Faisal al-Qandari'
OYEL = 'Adaeze Oyelaran'
VREM = 'Katya Vremina'
HOLT = 'Graham Holt'

doc('ap02-wire-ace-oil-producers-output-cut', 'Reuters', '2034-06-03', '''
Oil producers agree deepest output cut since 2029, sources say

VIENNA, June 3 (Reuters) - The Association of Crude Exporting Nations (ACE) agreed on Saturday to cut its combined oil output by 1.6 million barrels per day from August, the deepest reduction in five years, three delegates told Reuters after a meeting that ran late into the night.

The group's statement, issued shortly before midnight, did not give the size of the cut. It said members had agreed to "adjust production in a manner that supports market stability" and would review the decision in October.

Two of the delegates said the largest producer, Qarmesh, would take on about half of the reduction alone. One of them said Qarmesh's energy minister had pushed for an even deeper cut but had been talked down by smaller members that depend on volumes to balance their budgets.

"Everybody left the room unhappy, which usually means it is a fair deal," the delegate said, speaking on condition of anonymity because the talks were private.

Qarmeshi Energy Minister Faisal al-Qandari, asked by reporters as he left the meeting whether the group was trying to push prices back above $90 a barrel, said ACE did not target a price.

"We look at inventories, we look at demand, and we act before the market forces us to," he said.

Benchmark crude futures had fallen about 18% since March on signs of slowing demand in Asia and rising output from producers outside the group.

Adaeze Oyelaran, founder of the consultancy Oyelaran Energy, who advises several smaller producers, said the smaller members had won an important concession: their cuts would be measured from a new baseline that counts capacity added since 2031.

"On paper they are cutting. In practice some of them will pump what they were pumping anyway," she said.

Analysts at Caldway Bank wrote in a note to clients that the cut would tighten the market in the fourth quarter but warned that compliance among members had averaged only about 70% in past agreements.

Not all members backed the decision. Ostravia, which joined the group two years ago, recorded a formal reservation, according to the two delegates. Its oil minister, Katya Vremina, said in a brief statement that her country would respect the agreement "as far as its contracts allow."

Consumer governments reacted with irritation. A spokesman for the energy department of the Tarrant Union, Graham Holt, said the decision was "the wrong move at the wrong time" and that his government would consider releasing oil from its strategic reserves.

The meeting had been postponed twice, first because of a dispute over how to count condensate output and then because two ministers could not travel, and the final session began more than five hours late. Journalists waiting in the lobby of the group's headquarters were told at one point that the talks had been suspended, only to see ministers return to the room twenty minutes later. Several smaller members sent deputy ministers rather than ministers.

Delegates said the next full meeting would be held in Vienna on Oct. 7.
''',
    s('three delegates', 'sources', 'Oil producers agree deepest output cut since 2029', 'say'),
    s('three delegates', 'three delegates', 'The Association of Crude Exporting Nations (ACE) agreed on Saturday to cut|the deepest reduction in five years', 'told'),
    s(ACE, "The group's statement", 'members had agreed to "adjust production in a manner that supports market stability" and would review the decision in October', 'said', 'mixed'),
    s('Two of the delegates', 'Two of the delegates', 'the largest producer, Qarmesh, would take on about half of the reduction alone', 'said'),
    s('One of them', 'One of them', "Qarmesh's energy minister had pushed for an even deeper cut|balance their budgets", 'said'),
    s('the delegate', 'the delegate', '"Everybody left the room unhappy, which usually means it is a fair deal,"', 'said', 'direct'),
    s(QAND, 'Qarmeshi Energy Minister Faisal al-Qandari', 'ACE did not target a price', 'said', role='Qarmeshi Energy Minister'),
    s(QAND, 'he', '"We look at inventories, we look at demand, and we act before the market forces us to,"', 'said', 'direct', role='Qarmeshi Energy Minister'),
    s(OYEL, 'Adaeze Oyelaran, founder of the consultancy Oyelaran Energy', 'the smaller members had won an important concession|capacity added since 2031', 'said', role='founder of the consultancy Oyelaran Energy'),
    s(OYEL, 'she', '"On paper they are cutting.|what they were pumping anyway,"', 'said', 'direct', role='founder of the consultancy Oyelaran Energy'),
    s('Analysts at Caldway Bank', 'Analysts at Caldway Bank', 'the cut would tighten the market in the fourth quarter', 'wrote'),
    s('Analysts at Caldway Bank', '', 'compliance among members had averaged only about 70% in past agreements', 'warned'),
    s('two delegates', 'the two delegates', 'Ostravia, which joined the group two years ago, recorded a formal reservation', 'according to'),
    s(VREM, 'Its oil minister, Katya Vremina', 'her country would respect the agreement "as far as its contracts allow."', 'said', 'mixed', role='oil minister'),
    s(HOLT, 'A spokesman for the energy department of the Tarrant Union, Graham Holt', 'the decision was "the wrong move at the wrong time"|from its strategic reserves', 'said', 'mixed', role='spokesman for the energy department of the Tarrant Union'),
    s('Delegates', 'Delegates', 'the next full meeting would be held in Vienna on Oct. 7', 'said'),
)

MIN = 'Ministry of Heritage and Antiquities'
SAAD = 'Halim Saadeddine'
PERR = 'Ines Perrault'
KAHL = 'Bastian Kahle'
NOUR = 'Nour Elmasri'

doc('ap03-wire-sudara-royal-tomb-discovery', 'Agence France-Presse', '2034-11-08', '''
Archaeologists find unlooted royal tomb in Sudara, ministry says

EL-MERAB, Sudara (AFP) - Archaeologists working in the desert south of El-Merab have found a sealed tomb that may have belonged to a queen of the Tanit dynasty, the Ministry of Heritage and Antiquities said on Saturday, describing it as the most important discovery in the country in half a century.

The burial chamber, cut into limestone about nine metres below the surface, contained a painted wooden coffin, more than 200 pottery vessels and a gilded headdress, according to the ministry.

Heritage Minister Halim Saadeddine told a news conference in the capital that the seals on the chamber's door were intact, meaning the tomb had not been entered since antiquity.

"For a hundred years the tomb robbers were faster than us. This time we were first," the minister said, to applause from the archaeologists seated behind him.

The joint Sudarese-French mission has been digging at the site since 2029. Its co-director, French Egyptologist Ines Perrault, said the team had found the entrance shaft in September while clearing what it believed was a collapsed storage pit.

"We removed the last stones on a Tuesday afternoon, and for about a minute nobody spoke," Perrault told AFP by telephone from the site. "Then everybody spoke at once."

She said an inscription on the coffin named its owner as "the king's great wife," but that the name itself was partly damaged and would have to be read in the laboratory.

Not everyone is ready to call it a queen's tomb. Bastian Kahle, a specialist in the Tanit period at the University of Freiburg who was not involved in the excavation, said the title on the coffin was also used for lesser wives and that the size of the chamber was "modest for a queen."

"It is a wonderful find. Whether it is a royal find, we will know when the name is read," he said.

The ministry said the coffin would be moved to the national museum's conservation laboratory in El-Merab next month and that the site would remain closed to visitors for at least two years.

Local officials in the nearby town of Bir Saqiya hope the discovery will bring tourists back to a region that has seen few since the border fighting of 2031.

Nour Elmasri, who sells water and souvenirs at the turn-off to the site, said he had already noticed more cars.

"Journalists, for now," he said. "But journalists are how it begins."

The Tanit dynasty ruled the southern part of the country for about three centuries, and its kings were buried in tombs cut into the cliffs above the river. Almost all of them were emptied by robbers long before the first European travellers reached the area in the nineteenth century, and most of what is known about the dynasty comes from inscriptions and from a few objects bought on the antiquities market.

Sudara has announced a string of discoveries in recent years as it tries to rebuild a tourism industry that brought in about $4 billion before the pandemic-era collapse.
''',
    s(MIN, 'ministry', 'Archaeologists find unlooted royal tomb in Sudara', 'says'),
    s(MIN, 'the Ministry of Heritage and Antiquities', 'Archaeologists working in the desert south of El-Merab have found a sealed tomb|a queen of the Tanit dynasty', 'said'),
    s(MIN, '', 'the most important discovery in the country in half a century', 'describing'),
    s(MIN, 'the ministry', 'The burial chamber, cut into limestone|a gilded headdress', 'according to'),
    s(SAAD, 'Heritage Minister Halim Saadeddine', "the seals on the chamber's door were intact|since antiquity", 'told', role='Heritage Minister'),
    s(SAAD, 'the minister', '"For a hundred years the tomb robbers were faster than us. This time we were first,"', 'said', 'direct', role='Heritage Minister'),
    s(PERR, 'Its co-director, French Egyptologist Ines Perrault', 'the team had found the entrance shaft in September|a collapsed storage pit', 'said', role='co-director'),
    s(PERR, 'Perrault', '"We removed the last stones on a Tuesday afternoon, and for about a minute nobody spoke,"', 'told', 'direct', role='co-director'),
    s(PERR, '', '"Then everybody spoke at once."', '', 'direct', role='co-director'),
    s(PERR, 'She', 'an inscription on the coffin named its owner as "the king\'s great wife,"|read in the laboratory', 'said', 'mixed', role='co-director'),
    s(KAHL, 'Bastian Kahle, a specialist in the Tanit period at the University of Freiburg', 'the title on the coffin was also used for lesser wives|"modest for a queen."', 'said', 'mixed', role='specialist in the Tanit period'),
    s(KAHL, 'he', '"It is a wonderful find. Whether it is a royal find, we will know when the name is read,"', 'said', 'direct', role='specialist in the Tanit period'),
    s(MIN, 'The ministry', "the coffin would be moved to the national museum's conservation laboratory|for at least two years", 'said'),
    s('Local officials in the nearby town of Bir Saqiya', 'Local officials in the nearby town of Bir Saqiya', 'the discovery will bring tourists back|since the border fighting of 2031', 'hope'),
    s(NOUR, 'Nour Elmasri', 'he had already noticed more cars', 'said'),
    s(NOUR, 'he', '"Journalists, for now,"', 'said', 'direct'),
    s(NOUR, '', '"But journalists are how it begins."', '', 'direct'),
)

FSA = 'Financial Supervisory Authority'
DGF = 'Deposit Guarantee Fund'
MOLL = 'Annika Moller'
TREB = 'Viktor Trebisch'
LAUR = 'Sabine Lauritz'
ECKH = 'Dorian Eckhart'

doc('ap04-wire-halstrom-regional-bank-seized', 'Bloomberg', '2034-09-23', '''
Halstrom Regional Lender Seized After Two-Day Deposit Run

(Bloomberg) -- Halstrom's financial regulator took control of Nordvik Savings Bank late Friday after customers withdrew more than a fifth of its deposits in two days, the first failure of a Halstrom lender since 2012.

The Financial Supervisory Authority said in a statement that the bank "no longer met the conditions for its license" and that it had appointed a temporary administrator to run it over the weekend while a buyer was sought.

Deposits of up to 100,000 kronor per customer are fully protected and will be available from Monday morning, the Deposit Guarantee Fund said. The fund estimated that about 94% of Nordvik's 410,000 customers were covered in full.

The run began on Wednesday after the bank disclosed losses on commercial property loans that would wipe out about half of its capital, according to people familiar with the supervisor's deliberations. Lines formed outside several branches in the western city of Ostby on Thursday, and the bank's mobile app failed for about six hours.

Nordvik's chief executive, Dorian Eckhart, did not respond to calls and emails seeking comment. In a message posted on the bank's website on Thursday, he had said that Nordvik's liquidity was "more than sufficient" and that customers had "no reason for concern."

Finance Minister Annika Moller sought to reassure savers on Friday night, saying the failure of one mid-sized bank posed no threat to the wider system.

"Not a single krona of protected money is at risk. I want every family in Ostby to hear that tonight," she told public broadcaster HRK.

Central bank Governor Viktor Trebisch said the bank stood ready to provide liquidity to other lenders if needed. He acknowledged that supervisors had been slow to act on warnings about the bank's property book last year.

Shares of Halstrom's other listed regional banks fell as much as 9% in Friday trading before paring losses.

Sabine Lauritz, a bank analyst at Fjeldstad Securities in Ostby, said Nordvik had grown its commercial property lending about three times as fast as its peers since 2030.

"This is not a contagion story. It is a story about one bank that lent too much to too few developers," she said.

Retired teacher Gunnar Ek, who stood in line for two hours on Thursday to withdraw his pension savings, said he did not trust the guarantee.

"The guarantee is a promise. Cash in my kitchen is a fact," he said.

Nordvik was founded in 1887 as a savings association for fishermen and farmers and became a limited company in 2004. It grew quickly after 2020, opening branches in the capital and lending heavily to developers of office and warehouse buildings, a segment in which vacancies have risen sharply since interest rates began to climb. At the end of June its total assets were about 61 billion kronor.

A buyer could be announced as soon as Sunday, according to two people familiar with the process who asked not to be identified because the talks are confidential.
''',
    s(FSA, 'The Financial Supervisory Authority', 'the bank "no longer met the conditions for its license"|while a buyer was sought', 'said', 'mixed'),
    s(DGF, 'the Deposit Guarantee Fund', 'Deposits of up to 100,000 kronor per customer|from Monday morning', 'said'),
    s(DGF, 'The fund', "about 94% of Nordvik's 410,000 customers were covered in full", 'estimated'),
    s("people familiar with the supervisor's deliberations", "people familiar with the supervisor's deliberations", 'The run began on Wednesday after the bank disclosed losses|about half of its capital', 'according to'),
    s(ECKH, 'he', 'Nordvik\'s liquidity was "more than sufficient"|"no reason for concern."', 'said', 'mixed', role='chief executive'),
    s(MOLL, 'Finance Minister Annika Moller', 'the failure of one mid-sized bank posed no threat to the wider system', 'saying', role='Finance Minister'),
    s(MOLL, 'she', '"Not a single krona of protected money is at risk.|to hear that tonight,"', 'told', 'direct', role='Finance Minister'),
    s(TREB, 'Central bank Governor Viktor Trebisch', 'the bank stood ready to provide liquidity to other lenders if needed', 'said', role='Central bank Governor'),
    s(TREB, 'He', "supervisors had been slow to act on warnings about the bank's property book last year", 'acknowledged', role='Central bank Governor'),
    s(LAUR, 'Sabine Lauritz, a bank analyst at Fjeldstad Securities in Ostby', 'Nordvik had grown its commercial property lending|since 2030', 'said', role='bank analyst'),
    s(LAUR, 'she', '"This is not a contagion story.|too few developers,"', 'said', 'direct', role='bank analyst'),
    s('Gunnar Ek', 'Retired teacher Gunnar Ek', 'he did not trust the guarantee', 'said', role='Retired teacher'),
    s('Gunnar Ek', 'he', '"The guarantee is a promise. Cash in my kitchen is a fact,"', 'said', 'direct', role='Retired teacher'),
    s('two people familiar with the process', 'two people familiar with the process', 'A buyer could be announced as soon as Sunday', 'according to'),
)

NSA = 'National Space Agency'
ROWA = 'Emeric Rowan'
TASH = 'Colonel Arsen Tashev'
ILLY = 'Priya Illyan'
WENT = 'Mara Wentz'

doc('ap05-wire-coravia-satellite-launch-failure', 'Associated Press', '2034-02-27', '''
Coravia's second attempt to put spy satellite in orbit ends in failure

PORT SELLAN, Coravia (AP) - A Coravian rocket carrying a military reconnaissance satellite broke apart about two minutes after liftoff on Tuesday, the country's National Space Agency said, the second failed launch of the program in less than a year.

State television reported that the rocket's second stage had failed to ignite and that debris had fallen into the sea about 300 kilometers east of the launch site. It broadcast footage of the liftoff but not of the failure.

In a statement, the agency blamed "an abnormality in the fuel supply system of the second stage" and said engineers would study the telemetry before setting a date for a third attempt.

Agency director Emeric Rowan said the program would continue. "Every country that reached orbit failed first. We intend to be one of those countries," he said in remarks carried by state television.

The neighboring Republic of Vastria condemned the launch. Vastria says the satellite program is a cover for the development of long-range missiles. Its defense ministry spokesman, Colonel Arsen Tashev, called it "a ballistic missile test with a satellite painted on the side" and said Vastrian warships had tracked the rocket from the moment it left the pad.

Vastria's navy was searching the area where the debris fell, Tashev said, adding that any recovered parts would be shown to international inspectors.

Coravia has denied that the program has a military purpose beyond reconnaissance. The agency said on Tuesday that the satellite carried "a camera, not a warhead."

The United Nations Security Council has banned Coravia from launches that use ballistic missile technology since 2027. Coravia rejects the ban as unfair.

Priya Illyan, a space policy researcher at the Harwell Institute in London, said the failure suggested Coravia had rushed the second attempt to meet a political deadline. She noted that the launch came two days before the anniversary of the ruling party's founding.

"When you are launching to a calendar rather than to a checklist, this is what tends to happen," she said.

Mara Wentz, a rocket engineer who worked on European launchers for 20 years, was more cautious. She said second-stage ignition was one of the hardest steps for any new rocket and that two failures did not mean the program was stalling.

Coravia's first attempt, in May last year, ended when the rocket veered off course and was destroyed by ground controllers. The agency said at the time that a faulty sensor had been to blame.

The launch site, on a peninsula about 40 kilometers north of the capital, was expanded last year with a second pad and a new assembly building, according to commercial satellite images published by independent analysts. Coravia has said it plans to put three reconnaissance satellites in orbit by the end of 2035.

Residents of Port Sellan said they had been told to stay indoors during the launch window but that no sirens had sounded.
''',
    s(NSA, "the country's National Space Agency", 'A Coravian rocket carrying a military reconnaissance satellite broke apart about two minutes after liftoff on Tuesday', 'said'),
    s('State television', 'State television', "the rocket's second stage had failed to ignite|east of the launch site", 'reported'),
    s(NSA, 'the agency', '"an abnormality in the fuel supply system of the second stage"', 'blamed', 'direct'),
    s(NSA, '', 'engineers would study the telemetry before setting a date for a third attempt', 'said'),
    s(ROWA, 'Agency director Emeric Rowan', 'the program would continue', 'said', role='Agency director'),
    s(ROWA, 'he', '"Every country that reached orbit failed first. We intend to be one of those countries,"', 'said', 'direct', role='Agency director'),
    s('Republic of Vastria', 'The neighboring Republic of Vastria', 'the launch', 'condemned'),
    s('Republic of Vastria', 'Vastria', 'the satellite program is a cover for the development of long-range missiles', 'says'),
    s(TASH, 'Its defense ministry spokesman, Colonel Arsen Tashev', 'it "a ballistic missile test with a satellite painted on the side"', 'called', 'mixed', role='defense ministry spokesman'),
    s(TASH, '', 'Vastrian warships had tracked the rocket from the moment it left the pad', 'said', role='defense ministry spokesman'),
    s(TASH, 'Tashev', "Vastria's navy was searching the area where the debris fell", 'said', role='defense ministry spokesman'),
    s(TASH, '', 'any recovered parts would be shown to international inspectors', 'adding', role='defense ministry spokesman'),
    s('Coravia', 'Coravia', 'the program has a military purpose beyond reconnaissance', 'has denied'),
    s(NSA, 'The agency', 'the satellite carried "a camera, not a warhead."', 'said', 'mixed'),
    s('Coravia', 'Coravia', 'the ban as unfair', 'rejects'),
    s(ILLY, 'Priya Illyan, a space policy researcher at the Harwell Institute in London', 'the failure suggested Coravia had rushed the second attempt to meet a political deadline', 'said', role='space policy researcher'),
    s(ILLY, 'She', "the launch came two days before the anniversary of the ruling party's founding", 'noted', role='space policy researcher'),
    s(ILLY, 'she', '"When you are launching to a calendar rather than to a checklist, this is what tends to happen,"', 'said', 'direct', role='space policy researcher'),
    s(WENT, 'She', 'second-stage ignition was one of the hardest steps|the program was stalling', 'said', role='rocket engineer'),
    s(NSA, 'The agency', 'a faulty sensor had been to blame', 'said'),
    s('independent analysts', 'commercial satellite images published by independent analysts', 'The launch site, on a peninsula about 40 kilometers north of the capital|a new assembly building', 'according to'),
    s('Coravia', 'Coravia', 'it plans to put three reconnaissance satellites in orbit by the end of 2035', 'has said'),
    s('Residents of Port Sellan', 'Residents of Port Sellan', 'they had been told to stay indoors during the launch window but that no sirens had sounded', 'said'),
)
