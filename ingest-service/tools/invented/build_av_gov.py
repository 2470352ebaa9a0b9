"""Set AV's six government texts (see build_av.py)."""
from invented_common import doc_spans as doc, s

TPUC = 'Tamsen Public Utilities Commission'
WHIT = 'Lorraine Whitby'
EMBE = 'Dale Emberly'
FERR = 'Nadia Ferrante'
OCA = 'Office of the Consumer Advocate'
OSEI = 'Paul Osei'

doc('av06-gov-tamsen-utilities-commission-water-rate-case', 'Tamsen Public Utilities Commission', '2035-07-08', '''
TAMSEN PUBLIC UTILITIES COMMISSION
News Release
For immediate release: July 8, 2035

Commission approves smaller water rate increase for Brightwater than requested

BELMONT - The Tamsen Public Utilities Commission today approved a 6.2 percent increase in water rates for customers of the Brightwater Water Company, less than half of the 14.8 percent increase the company requested in its application of November 2034.

In its decision, the Commission found that Brightwater had not shown that $41 million of proposed pipe replacement work would be completed during the rate period, and removed those costs from the rates.

"Customers should pay for pipes that are in the ground, not for pipes in a spreadsheet," said Commission Chair Lorraine Whitby. "Brightwater can come back to us when the work is done."

Whitby said the Commission would consider a separate application for the pipe work "as soon as Brightwater can show us invoices, not plans."

The decision means that a typical residential customer using 5,000 gallons a month will pay about $3.10 more per month, beginning September 1.

The Brightwater system draws water from the Tamsen River and from 14 wells. About a third of its 1,900 miles of mains were laid before 1960, and 611 main breaks were recorded on the system in 2034, up from 402 in 2030.

The Commission also:
- found that the company's customer service call wait times, which averaged 14 minutes in 2034, were unreasonable;
- ordered Brightwater to file quarterly reports on its rate of water main breaks;
- required the company to offer a payment plan to any residential customer more than 60 days behind.

The City of Harwell, which intervened in the case, argued that the company's water losses of 22 percent should be reduced before any new pipe spending was allowed. Harwell Mayor Tom Berglund said the city was "pleased that the Commission listened to the people who pay the bills."

Commissioner Dale Emberly dissented in part. In a separate opinion, he wrote that the Commission should have allowed $12 million of the pipe work because contracts for it had already been signed.

Brightwater President Nadia Ferrante said in a statement that the company was "disappointed" and would review the decision before deciding whether to seek a rehearing.

"Every dollar we asked for was for work our customers need, and the longer it waits, the more it costs," Ferrante said.

The Office of the Consumer Advocate, which represented residential customers in the case, welcomed the decision. Consumer Advocate Paul Osei said the Commission had "held the line on costs that customers should never have been asked to carry."

At the six public hearings the Commission held on the application, many customers said their bills had risen every year while the number of main breaks had not fallen.

Background
- Brightwater Water Company serves about 212,000 customers in 19 municipalities.
- Its last rate increase, of 4.5 percent, took effect in 2032.
- The Commission received 1,340 written comments on the application.

The full decision (Docket W-2034-117) is available on the Commission's website.

Media contact: Janelle Ruiz, Communications Office, 555-0142
''',
    s(TPUC, 'the Commission', 'Brightwater had not shown that $41 million of proposed pipe replacement work would be completed during the rate period', 'found'),
    s(WHIT, 'Commission Chair Lorraine Whitby', '"Customers should pay for pipes that are in the ground, not for pipes in a spreadsheet,"', 'said', 'direct', role='Commission Chair'),
    s(WHIT, '', '"Brightwater can come back to us when the work is done."', '', 'direct', role='Commission Chair'),
    s(WHIT, 'Whitby', 'the Commission would consider a separate application for the pipe work "as soon as Brightwater can show us invoices, not plans."', 'said', 'mixed', role='Commission Chair'),
    s(TPUC, 'The Commission', "the company's customer service call wait times, which averaged 14 minutes in 2034, were unreasonable;", 'found'),
    s('City of Harwell', 'The City of Harwell', "the company's water losses of 22 percent should be reduced before any new pipe spending was allowed", 'argued'),
    s('Tom Berglund', 'Harwell Mayor Tom Berglund', 'the city was "pleased that the Commission listened to the people who pay the bills."', 'said', 'mixed', role='Mayor'),
    s(EMBE, 'he', 'the Commission should have allowed $12 million of the pipe work because contracts for it had already been signed', 'wrote', role='Commissioner'),
    s(FERR, 'Brightwater President Nadia Ferrante', 'the company was "disappointed" and would review the decision before deciding whether to seek a rehearing', 'said', 'mixed', role='President'),
    s(FERR, 'Ferrante', '"Every dollar we asked for was for work our customers need, and the longer it waits, the more it costs,"', 'said', 'direct', role='President'),
    s(OCA, 'The Office of the Consumer Advocate', 'the decision', 'welcomed'),
    s(OSEI, 'Consumer Advocate Paul Osei', 'the Commission had "held the line on costs that customers should never have been asked to carry."', 'said', 'mixed', role='Consumer Advocate'),
    s('many customers', 'many customers', 'their bills had risen every year while the number of main breaks had not fallen', 'said'),
)

TAT = 'Tax Appeal Tribunal of Norraven'
HALL = 'Seamus Halloran'
QUIN = 'Orla Quinlan'
COMM = 'Commissioner of Revenue'
RAMN = 'Dev Ramnath'

doc('av07-gov-norraven-tax-tribunal-bakery-deductions', 'Tax Appeal Tribunal of Norraven', '2035-05-14', '''
TAX APPEAL TRIBUNAL OF NORRAVEN

Decision summary

Halloran Bakery Ltd v. Commissioner of Revenue
Appeal No. TAT/2034/0562
Decision date: 14 May 2035
Member: Judge Fiona Achterberg

This summary is provided to help in understanding the Tribunal's decision. It does not form part of the reasons for the decision, which are available on the Tribunal's website.

Background

1. Halloran Bakery Ltd ("the Appellant") operates four bakeries in Kestrel Bay. In its returns for 2031 and 2032 it deducted the running costs of a fleet of six delivery vans and the cost of meals provided to staff working night shifts.

2. The Commissioner of Revenue ("the Commissioner") disallowed both deductions and assessed additional tax of 86,400 crowns, with penalties of 17,280 crowns. The vans, bought in 2029 and 2030, were painted in the bakery's colours and carried its name. In 2032 the staff meals cost 23,900 crowns, or about 3,300 crowns for each employee who worked night shifts.

The Appellant's case

3. The Appellant's director, Mr. Seamus Halloran, gave evidence that the vans were used only for deliveries to cafés, hotels and schools and were parked at the bakery overnight. He said that staff meals were provided because no shop near the bakery is open between 11 p.m. and 5 a.m.

4. Mr. Halloran explained that two of the vans went to the Marsh Lane sports ground on Saturdays to deliver bread to a youth football tournament that the bakery sponsors.

5. Counsel for the Appellant, Ms. Orla Quinlan, submitted that the meals were a condition of employment and not a benefit, and that the Commissioner had applied a policy on staff meals that was withdrawn in 2030. Ms. Quinlan further submitted that the Commissioner's auditor had not asked for the logbooks until eight months after the audit began.

The Commissioner's case

6. The Commissioner submitted that the vehicle logbooks produced by the Appellant were written after the audit began and could not be relied on.

7. An officer of the Commissioner, Mr. Dev Ramnath, told the Tribunal that he had seen two of the vans parked at the sports ground on a Saturday in October 2032. He accepted in cross-examination that he had not looked inside them.

Findings

8. The Tribunal finds that the logbooks, although written late, are consistent with the Appellant's delivery invoices for the same days. It accepts Mr. Halloran's evidence that the vans were used for the business, and finds that the Saturday trips to the sports ground were also a business use.

9. As to the meals, the Tribunal finds that they were not a condition of employment. The employment contracts produced in evidence do not mention them, and Mr. Halloran agreed that a new employee would not be told of them until the first night shift.

10. However, the Tribunal accepts that the Commissioner's policy on staff meals was withdrawn in 2030 and that the Commissioner has not published a replacement. In those circumstances, the penalties on the meal deductions cannot stand.

Decision

11. The appeal is allowed in part. The assessment is referred back to the Commissioner to be reduced by the tax on the van deductions. The penalties are set aside.

12. Each party will bear its own costs.
''',
    s(HALL, "The Appellant's director, Mr. Seamus Halloran", 'the vans were used only for deliveries to cafés, hotels and schools and were parked at the bakery overnight', 'gave evidence', role='director'),
    s(HALL, 'He', 'staff meals were provided because no shop near the bakery is open between 11 p.m. and 5 a.m.', 'said', role='director'),
    s(HALL, 'Mr. Halloran', 'two of the vans went to the Marsh Lane sports ground on Saturdays|a youth football tournament that the bakery sponsors', 'explained', role='director'),
    s(QUIN, 'Counsel for the Appellant, Ms. Orla Quinlan', 'the meals were a condition of employment and not a benefit, and that the Commissioner had applied a policy on staff meals that was withdrawn in 2030', 'submitted', role='Counsel'),
    s(QUIN, 'Ms. Quinlan', "the Commissioner's auditor had not asked for the logbooks until eight months after the audit began", 'submitted', role='Counsel'),
    s(COMM, 'The Commissioner', 'the vehicle logbooks produced by the Appellant were written after the audit began and could not be relied on', 'submitted'),
    s(RAMN, 'An officer of the Commissioner, Mr. Dev Ramnath', 'he had seen two of the vans parked at the sports ground on a Saturday in October 2032', 'told', role='officer'),
    s(RAMN, 'He', 'he had not looked inside them', 'accepted', role='officer'),
    s(TAT, 'The Tribunal', "the logbooks, although written late, are consistent with the Appellant's delivery invoices for the same days", 'finds'),
    s(TAT, 'It', "Mr. Halloran's evidence that the vans were used for the business", 'accepts'),
    s(TAT, '', 'the Saturday trips to the sports ground were also a business use', 'finds'),
    s(TAT, 'the Tribunal', 'they were not a condition of employment', 'finds'),
    s(HALL, 'Mr. Halloran', 'a new employee would not be told of them until the first night shift', 'agreed', role='director'),
    s(TAT, 'the Tribunal', "the Commissioner's policy on staff meals was withdrawn in 2030 and that the Commissioner has not published a replacement", 'accepts'),
)

VALT = 'Ines Valtonen'
SAAR = 'Henrik Saarinen'

doc('av08-gov-transport-minister-rail-timetable-briefing', 'Ministry of Transport and Infrastructure', '2035-10-02', '''
MINISTRY OF TRANSPORT AND INFRASTRUCTURE

Transcript: Press briefing by the Minister of Transport, Ines Valtonen, on the December 2035 national rail timetable
Ostrava Nova, 2 October 2035

MODERATOR (Kalle Rinne, Director of Communications): Good morning and welcome. The Minister will make a short statement and then take your questions. Please give your name and outlet before you ask.

MINISTER VALTONEN: Thank you, Kalle. From 14 December, every intercity line in the country will run on a clock-face timetable: trains will leave each main station at the same minutes past every hour, from six in the morning to ten at night. Connections at the four hub stations will be timed so that no transfer takes longer than eight minutes.

This is the largest change to our timetable since the network was electrified. Some towns will get fewer direct trains and more connections, and I know that will not be popular everywhere. But overall, 71 percent of journeys will be faster, and the number of trains a day will rise from 1,140 to 1,310.

Q (Mats Lindahl, Nordic Rail Review): Minister, the Regional Passengers' Association says that Brekke and Sundvik will lose their last direct trains to the capital. Is that true?

MINISTER VALTONEN: It is true that the direct trains end. Passengers from Brekke will change at Halden Junction, and the total journey will be four minutes shorter than today. I have written to both mayors to explain this, and I will visit Sundvik next month.

Q (Signe Aalto, Morgenposten): The train drivers' union has said it does not have enough drivers for the new timetable. How many drivers are you short?

MINISTER VALTONEN: I will ask the Chief Executive of National Railways to answer that.

HENRIK SAARINEN, Chief Executive, National Railways: We have 1,212 drivers today and need 1,260 for the December timetable. Forty-eight drivers finish training in November. So we will be exactly at the number we need, with no margin, until the spring class qualifies in April. I won't pretend that is comfortable.

Q (Signe Aalto, Morgenposten): A follow-up. What happens if drivers are sick?

HENRIK SAARINEN: Then some trains will be replaced by buses on the least used lines, as they are today. We will publish those lines in advance.

Q (Ruben Kask, Radio Sentral): Minister, the Auditor General said in June that the signalling upgrade this timetable needs was two years late. Is the timetable realistic?

MINISTER VALTONEN: The Auditor General was right about the upgrade, and we have designed the timetable around it. Where the new signals are not ready, trains will run to the old timings until they are. That affects two lines out of fourteen.

Q (Mats Lindahl, Nordic Rail Review): Minister, you said in March that no town would lose its direct service to the capital. Was that a mistake?

MINISTER VALTONEN: I said that no town would lose its service, and none will. I should have been clearer that some direct trains would become connections. That is my responsibility, and I accept it.

MODERATOR: We have time for one more question.

Q (Hanna Virta, Nettavisen Ost): Will fares change in December?

MINISTER VALTONEN: No. Fares are set separately, and there is no fare change in December.

MODERATOR: Thank you all. The full timetable will be published on the National Railways website on 15 October.
''',
    s(VALT, 'MINISTER VALTONEN', 'From 14 December, every intercity line in the country will run on a clock-face timetable|will rise from 1,140 to 1,310.', '', role='Minister of Transport'),
    s("Regional Passengers' Association", "the Regional Passengers' Association", 'Brekke and Sundvik will lose their last direct trains to the capital', 'says'),
    s(VALT, 'MINISTER VALTONEN', 'It is true that the direct trains end.|I will visit Sundvik next month.', '', role='Minister of Transport', anchor='Is that true?'),
    s("train drivers' union", "The train drivers' union", 'it does not have enough drivers for the new timetable', 'has said'),
    s(SAAR, 'HENRIK SAARINEN, Chief Executive, National Railways', 'We have 1,212 drivers today|I won\'t pretend that is comfortable.', '', role='Chief Executive'),
    s(SAAR, 'HENRIK SAARINEN', 'Then some trains will be replaced by buses|We will publish those lines in advance.', '', role='Chief Executive'),
    s('Auditor General', 'the Auditor General', 'the signalling upgrade this timetable needs was two years late', 'said'),
    s(VALT, 'MINISTER VALTONEN', 'The Auditor General was right about the upgrade|That affects two lines out of fourteen.', '', role='Minister of Transport'),
    s(VALT, 'you', 'no town would lose its direct service to the capital', 'said', role='Minister of Transport'),
    s(VALT, 'MINISTER VALTONEN', 'I said that no town would lose its service, and none will.|That is my responsibility, and I accept it.', '', role='Minister of Transport'),
    s(VALT, 'MINISTER VALTONEN', 'No. Fares are set separately, and there is no fare change in December.', '', role='Minister of Transport'),
)

NSA = 'Norraven Space Agency'
BOARD = 'Aurel-3 Independent Review Board'
LUND = 'Karin Lundvall'
VRBA = 'Tomas Vrba'
SORB = 'Elin Sørby'

doc('av09-gov-space-agency-satellite-launch-failure-review', 'Norraven Space Agency', '2035-08-21', '''
NORRAVEN SPACE AGENCY
Press release No. 19/2035
21 August 2035

Aurel-3 launch failure: review board presents preliminary findings

The Aurel-3 Independent Review Board, appointed after the loss of the Aurel-3 Earth observation satellite on 30 June, presented its preliminary findings to the Agency today.

Aurel-3 was lost when the upper stage of its Kestra-2 launcher shut down 94 seconds early, leaving the satellite in an orbit too low to survive. The satellite, built at a cost of 310 million crowns, re-entered the atmosphere over the South Atlantic on 3 July.

The board's preliminary findings are:
- the upper stage engine shut down because a fuel valve sensor reported a false pressure reading;
- the sensor had passed its acceptance tests, but those tests did not cover the temperatures reached in flight;
- there is no evidence that the satellite itself contributed to the failure.

The board, chaired by Professor Karin Lundvall of the Technical University of Halden, will deliver its final report by the end of the year.

"The failure was not in the design of the engine. It was in how we proved that a small part would work in conditions we had never tested," Professor Lundvall said.

Agency Director General Tomas Vrba said the Agency accepted the findings and would not launch on a Kestra-2 again until the launcher's maker, Orbitale Dynamics, had changed its sensor tests.

Asked by journalists whether the Agency would consider another launcher for Aurel-4, Mr Vrba said that all options were open.

"Aurel-3 was built by our people over seven years. Losing it hurt, and I want the next one to fly on a rocket we trust completely," he said.

Orbitale Dynamics said in a statement on 20 August that it had already replaced the sensor's supplier and would "welcome the board's final recommendations." The board's chair said the final report would also examine why the sensor's supplier had changed its manufacturing process in 2033 without informing Orbitale Dynamics.

The Agency's Director of Earth Observation, Mira Halvorsen, said users of Aurel data had been moved to older satellites and to images bought from foreign operators, "at a cost we are still counting."

The Agency's insurers have confirmed that the satellite was insured for 290 million crowns.

The Minister for Research, Elin Sørby, told Parliament on 1 July that a replacement satellite, Aurel-4, would be ordered "without delay." The contract for Aurel-4 is to be signed in October.

Background
- Aurel-3 carried a radar built in Halden and an optical camera supplied by a partner agency.
- Aurel-3 was to monitor sea ice and coastal erosion for at least nine years.
- It was the Agency's twelfth satellite and the first to be lost at launch.
- The Kestra-2 launcher had flown seven times before, all successfully.
- The launch took place from the Skarnes Launch Site at 09:12 local time.

Media enquiries: Agency Press Office, tel. 555-0190
''',
    s(BOARD, "The board's preliminary findings", 'the upper stage engine shut down because a fuel valve sensor reported a false pressure reading;', ''),
    s(BOARD, "The board's preliminary findings", 'the sensor had passed its acceptance tests, but those tests did not cover the temperatures reached in flight;', ''),
    s(BOARD, "The board's preliminary findings", 'there is no evidence that the satellite itself contributed to the failure.', ''),
    s(LUND, 'Professor Lundvall', '"The failure was not in the design of the engine. It was in how we proved that a small part would work in conditions we had never tested,"', 'said', 'direct', role='Professor'),
    s(VRBA, 'Agency Director General Tomas Vrba', "the Agency accepted the findings and would not launch on a Kestra-2 again|had changed its sensor tests", 'said', role='Director General'),
    s(VRBA, 'Mr Vrba', 'all options were open', 'said', role='Director General'),
    s(VRBA, 'he', '"Aurel-3 was built by our people over seven years. Losing it hurt, and I want the next one to fly on a rocket we trust completely,"', 'said', 'direct', role='Director General'),
    s('Orbitale Dynamics', 'Orbitale Dynamics', 'it had already replaced the sensor\'s supplier and would "welcome the board\'s final recommendations."', 'said', 'mixed'),
    s(LUND, "The board's chair", "the final report would also examine why the sensor's supplier had changed its manufacturing process in 2033 without informing Orbitale Dynamics", 'said', role='chair'),
    s('Mira Halvorsen', "The Agency's Director of Earth Observation, Mira Halvorsen", 'users of Aurel data had been moved to older satellites and to images bought from foreign operators, "at a cost we are still counting."', 'said', 'mixed', role='Director of Earth Observation'),
    s("The Agency's insurers", "The Agency's insurers", 'the satellite was insured for 290 million crowns', 'have confirmed'),
    s(SORB, 'The Minister for Research, Elin Sørby', 'a replacement satellite, Aurel-4, would be ordered "without delay."', 'told', 'mixed', role='Minister for Research'),
)

JRCC = 'Joint Rescue Coordination Centre Vestfjord'
AAMO = 'Per Aamodt'
KRAB = 'Lina Krabbe'

doc('av10-gov-coast-guard-yacht-rescue-incident-report', 'Vestfjord Coast Guard District', '2035-06-12', '''
VESTFJORD COAST GUARD DISTRICT
Incident summary: rescue of the crew of the sailing yacht Tern, 7-8 June 2035
Reference: VCG-SAR-2035-0412

Summary
On the evening of 7 June 2035 the sailing yacht Tern, an 11-metre sloop with three people on board, lost its rudder about 18 nautical miles west of Skarvoy in winds of 35 knots. All three crew members were lifted off by a coast guard helicopter at 02:14 on 8 June. No one was seriously injured. The yacht was abandoned and has not been recovered.

Sequence of events
At 21:52 the Joint Rescue Coordination Centre Vestfjord (JRCC) received a distress call on VHF channel 16. The skipper, Mr. Per Aamodt, reported that the rudder had broken away, that the yacht was taking on water through the rudder post and that the crew were wearing life jackets.

The JRCC tasked the coast guard vessel Haldis and a rescue helicopter from Vestfjord air station. The Haldis reached the yacht at 23:40 but could not take it in tow because of the sea state. It stood by the yacht for two and a half hours and lit the area with its searchlights while the helicopter flew the 96 nautical miles from its base. The crew launched the liferaft at 01:50, when the water inside the yacht reached the level of the engine.

According to the helicopter commander, Captain Lina Krabbe, the crew were winched up one at a time from a liferaft because the yacht's mast made a lift from the deck unsafe.

In her report, Captain Krabbe wrote that the liferaft "did exactly what it is supposed to do" and that the crew had followed every instruction given over the radio.

Statements of the crew
Mr. Aamodt told investigators that the rudder had been inspected and its bearings replaced in April. He said he had checked the weather forecast before leaving Skarvoy at 14:00 and had expected winds of no more than 20 knots.

A second crew member, whose name is withheld at her request, said the water inside the yacht had reached the cabin floor within about twenty minutes.

Weather
The Meteorological Institute had issued a gale warning for the outer coast at 15:30 on 7 June, after the Tern had left harbour. The Institute states that the warning was broadcast on the coastal radio service every hour from 16:00.

Findings of the coast guard district
The district finds that the distress call gave a correct position and that this shortened the search considerably. It notes that the yacht carried a liferaft that had been serviced within the past year, as required. The helicopter's winch operator, Sergeant Ola Brandvik, told the district that the liferaft's drogue had kept it steady "even in six-metre swells."

The district recommends that skippers of small craft:
- check for new warnings by radio at least every two hours while at sea;
- carry a portable radio in the liferaft's grab bag;
- have rudder bearings and rudder posts inspected by a surveyor at least every five years.

The district has passed its findings to the Maritime Safety Authority, which is investigating the loss of the rudder. The Authority said on 10 June that its investigation would take about six months.

Issued by: Operations Staff, Vestfjord Coast Guard District
''',
    s(AAMO, 'The skipper, Mr. Per Aamodt', 'the rudder had broken away, that the yacht was taking on water through the rudder post and that the crew were wearing life jackets', 'reported', role='skipper'),
    s(KRAB, 'the helicopter commander, Captain Lina Krabbe', "the crew were winched up one at a time from a liferaft because the yacht's mast made a lift from the deck unsafe", 'According to', role='helicopter commander'),
    s(KRAB, 'Captain Krabbe', 'the liferaft "did exactly what it is supposed to do" and that the crew had followed every instruction given over the radio', 'wrote', 'mixed', role='helicopter commander'),
    s(AAMO, 'Mr. Aamodt', 'the rudder had been inspected and its bearings replaced in April', 'told', role='skipper'),
    s(AAMO, 'He', 'he had checked the weather forecast before leaving Skarvoy at 14:00 and had expected winds of no more than 20 knots', 'said', role='skipper'),
    s('A second crew member', 'A second crew member, whose name is withheld at her request', 'the water inside the yacht had reached the cabin floor within about twenty minutes', 'said', role='crew member'),
    s('Meteorological Institute', 'The Institute', 'the warning was broadcast on the coastal radio service every hour from 16:00', 'states'),
    s('Vestfjord Coast Guard District', 'The district', 'the distress call gave a correct position and that this shortened the search considerably', 'finds'),
    s('Vestfjord Coast Guard District', 'It', 'the yacht carried a liferaft that had been serviced within the past year, as required', 'notes'),
    s('Ola Brandvik', "The helicopter's winch operator, Sergeant Ola Brandvik", 'the liferaft\'s drogue had kept it steady "even in six-metre swells."', 'told', 'mixed', role='winch operator'),
    s('Vestfjord Coast Guard District', 'The district', 'check for new warnings by radio at least every two hours while at sea;', 'recommends'),
    s('Vestfjord Coast Guard District', 'The district', "carry a portable radio in the liferaft's grab bag;", 'recommends'),
    s('Maritime Safety Authority', 'The Authority', 'its investigation would take about six months', 'said'),
    s('Vestfjord Coast Guard District', 'The district', 'have rudder bearings and rudder posts inspected by a surveyor at least every five years.', 'recommends'),
)

MARL = 'Justice Ruth Marlowe'
AKIN = 'Samuel Akinde'
PRIC = 'Deborah Price'
VOSS = 'Gregor Voss'
ORC = 'Orvel River Conservancy'
KITE = 'Kiteley Chemicals Inc.'

doc('av11-gov-court-sentencing-remarks-river-spill', 'Superior Court of Tamsen', '2035-11-19', '''
SUPERIOR COURT OF TAMSEN
R. v. Kiteley Chemicals Inc.
Reasons for Sentence
Delivered orally on November 19, 2035, by Justice Ruth Marlowe

[1] Kiteley Chemicals Inc. has pleaded guilty to one count of depositing a deleterious substance into water frequented by fish. On the night of April 3, 2034, about 40,000 litres of a caustic cleaning solution escaped from a storage tank at its plant in Fenwick and flowed through a storm drain into the Orvel River.

[2] It is agreed that at least 9,000 fish were killed along a four-kilometre stretch of the river, including brook trout in a spawning area that the province had restored in 2029. The spill was first noticed by an angler who saw dead fish at the Mill Road bridge the next morning, and provincial investigators traced it to the plant the same day.

The positions of the parties

[3] The Crown seeks a fine of $1.2 million. Crown counsel, Mr. Samuel Akinde, submitted that the company had been warned twice, in 2031 and 2033, that the tank's secondary containment wall was cracked, and did nothing.

[4] Counsel for the company, Ms. Deborah Price, submitted that a fine of $450,000 would be fit. She said the company had spent $2.3 million on the clean-up and on a new containment system, and that it had co-operated with investigators from the first day. Ms. Price urged me to consider that the company employs 140 people in Fenwick and that a fine at the level the Crown seeks would put some of those jobs at risk.

[5] The plant manager, Mr. Gregor Voss, told the court that the 2033 warning had been "lost between two departments." He apologized for the harm done to the river and said the company would fund the restocking of the river for five years.

Victim impact

[6] In a victim impact statement, the Orvel River Conservancy wrote that volunteers had spent six years restoring the spawning beds and that "it took one night to undo that work." A Ministry of Environment biologist, Dr. Hanne Solvik, testified that no brook trout had been found in the restored beds in three surveys since the spill. The Conservancy estimates that the trout population will take at least eight years to recover.

Analysis

[7] I accept that the company's clean-up was prompt and thorough. I also accept that its guilty plea spared the Crown a long trial and is a sign of remorse.

[8] But I find that this offence was not an accident in any meaningful sense. The company knew of the cracked wall for almost three years. An expert report filed by the Crown, prepared by the engineering firm Halvorsen Associates, concludes that the repair would have cost about $60,000.

[9] In my view, a fine must be large enough that a company will not see ignoring a warning as the cheaper choice.

Sentence

[10] Kiteley Chemicals Inc. is fined $900,000, of which $750,000 is directed to the Environmental Damages Fund for use in the Orvel River watershed. The company is ordered to publish a notice describing the offence in two local newspapers within 60 days.
''',
    s(KITE, 'Kiteley Chemicals Inc.', 'guilty to one count of depositing a deleterious substance into water frequented by fish', 'has pleaded'),
    s(AKIN, 'Crown counsel, Mr. Samuel Akinde', "the company had been warned twice, in 2031 and 2033, that the tank's secondary containment wall was cracked, and did nothing", 'submitted', role='Crown counsel'),
    s(PRIC, 'Counsel for the company, Ms. Deborah Price', 'a fine of $450,000 would be fit', 'submitted', role='Counsel'),
    s(PRIC, 'She', 'the company had spent $2.3 million on the clean-up and on a new containment system, and that it had co-operated with investigators from the first day', 'said', role='Counsel'),
    s(PRIC, 'Ms. Price', 'me to consider that the company employs 140 people in Fenwick|put some of those jobs at risk', 'urged', role='Counsel'),
    s(VOSS, 'The plant manager, Mr. Gregor Voss', 'the 2033 warning had been "lost between two departments."', 'told', 'mixed', role='plant manager'),
    s(VOSS, 'He', 'the harm done to the river', 'apologized', role='plant manager'),
    s(VOSS, '', 'the company would fund the restocking of the river for five years', 'said', role='plant manager'),
    s(ORC, 'the Orvel River Conservancy', 'volunteers had spent six years restoring the spawning beds and that "it took one night to undo that work."', 'wrote', 'mixed'),
    s('Hanne Solvik', 'A Ministry of Environment biologist, Dr. Hanne Solvik', 'no brook trout had been found in the restored beds in three surveys since the spill', 'testified', role='biologist'),
    s(ORC, 'The Conservancy', 'the trout population will take at least eight years to recover', 'estimates'),
    s(MARL, 'I', "the company's clean-up was prompt and thorough", 'accept', role='Justice'),
    s(MARL, 'I', "its guilty plea spared the Crown a long trial and is a sign of remorse", 'accept', role='Justice'),
    s(MARL, 'I', 'this offence was not an accident in any meaningful sense', 'find', role='Justice'),
    s('Halvorsen Associates', 'An expert report filed by the Crown, prepared by the engineering firm Halvorsen Associates', 'the repair would have cost about $60,000', 'concludes'),
    s(MARL, 'my', 'a fine must be large enough that a company will not see ignoring a warning as the cheaper choice', 'In my view', role='Justice'),
)
