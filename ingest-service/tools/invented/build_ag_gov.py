"""Set AG's six government texts (see build_ag.py)."""
from invented_common import doc_spans as doc, s

PRES = 'Matvei Korsunov'
R_PRES = 'President'
GOV = 'Irina Solomatova'
R_GOV = 'Governor of the Kamensk Region'

doc('ag06-gov-president-meeting-kamensk-governor', 'Office of the President of the Republic of Drevania', '2033-10-09', '''
Meeting with Governor of the Kamensk Region Irina Solomatova

9 October 2033, 15:10, Velsgrad

The President held a working meeting with Governor of the Kamensk Region Irina Solomatova. The Governor reported on the socio-economic situation in the region, the restoration of housing after the spring floods and the construction of the new regional hospital in Kamensk.

Irina Solomatova reported to the head of state that unemployment in the region had fallen to 3.1 percent, the lowest level in fifteen years, and that average wages had grown by 11 percent over the year.

Matvei Korsunov: Good afternoon, Irina Vasilyevna.

Irina Solomatova: Good afternoon, Matvei Andreyevich.

Matvei Korsunov: Let us begin with the consequences of the spring floods. How many families are still without permanent housing?

Irina Solomatova: Matvei Andreyevich, in April the water destroyed or damaged 2,234 homes in eleven districts. As of today, 2,148 families have either moved into new flats or received a housing certificate, that is 96 percent. The remaining 86 families will receive the keys to new flats in Verkhnedolsk by 15 November; the building has been accepted, and the finishing work is being completed.

We have also rebuilt 37 kilometres of dikes along the Kamenka and raised them by an average of 1.2 metres. The engineers tell us that the new dikes would have held the April water.

Matvei Korsunov: And the payments to farmers for the lost harvest?

Irina Solomatova: Of the 1.9 billion crowns allocated from the national budget for farmers, 1.7 billion have been paid. The rest is held up because 140 farms have not submitted documents confirming their ownership of the land. We have sent mobile teams of the land registry to every district so that no farmer loses compensation because of a missing paper.

Matvei Korsunov: Good. Please keep this under your personal control. Farmers cannot wait for paperwork until the next sowing, they need the money for seed and fuel now.

Irina Solomatova: Understood.

Matvei Korsunov: Now the hospital. When will it take its first patients?

Irina Solomatova: The regional hospital is 78 percent complete. The main building is under a roof, the equipment for the cardiac centre has been delivered, and we plan to admit the first patients in June 2034. There will be 640 beds and the only cardiac surgery unit between Kamensk and the coast.

I would ask for your support in one matter. The road junction that connects the hospital to the ring road is in the national road programme only for 2036. Without it, ambulances from the northern districts will have to go through the city centre, and that is twenty minutes lost.

Matvei Korsunov: Twenty minutes for a heart patient is a great deal. I will instruct the Government to look at bringing the junction forward. Send your calculations to the Ministry of Transport this month, and we will come back to this question before the budget is adopted.

Irina Solomatova: Thank you, Matvei Andreyevich. We will send them next week.

Matvei Korsunov: Good. I wish you and the people of the region success.
''',
    s(GOV, 'Irina Solomatova', 'unemployment in the region had fallen to 3.1 percent, the lowest level in fifteen years, and that average wages had grown by 11 percent over the year', 'reported', role=R_GOV),
    s(GOV, 'Irina Solomatova', 'in April the water destroyed or damaged 2,234 homes|the new dikes would have held the April water.', '', role=R_GOV),
    s('The engineers', 'The engineers', 'the new dikes would have held the April water', 'tell', nested=True, via=GOV),
    s(GOV, 'Irina Solomatova', 'Of the 1.9 billion crowns allocated|because of a missing paper.', '', role=R_GOV),
    s(PRES, 'Matvei Korsunov', 'Please keep this under your personal control.|for seed and fuel now.', '', role=R_PRES),
    s(GOV, 'Irina Solomatova', 'The regional hospital is 78 percent complete.|that is twenty minutes lost.', '', role=R_GOV),
    s(PRES, 'Matvei Korsunov', 'Twenty minutes for a heart patient is a great deal.|before the budget is adopted.', '', role=R_PRES),
    s(GOV, 'Irina Solomatova', 'We will send them next week.', '', role=R_GOV),
)

VER = 'Tomas Vereker'
R_VER = 'Minister of Foreign Affairs of the Republic of Ardane'
MAR = 'Sofia Marant-Ode'
R_MAR = 'Minister of Foreign Affairs of the Republic of Quellen'
PAIR = VER + ' and ' + MAR

doc('ag07-gov-ardane-foreign-ministry-phone-call-quellen', 'Ministry of Foreign Affairs of the Republic of Ardane', '2033-03-12', '''
On the telephone conversation of Minister of Foreign Affairs Tomas Vereker with Minister of Foreign Affairs of the Republic of Quellen Sofia Marant-Ode

12.03.2033

On 12 March, Minister of Foreign Affairs of the Republic of Ardane Tomas Vereker held a telephone conversation with Minister of Foreign Affairs of the Republic of Quellen Sofia Marant-Ode, at the initiative of the Quellen side.

The sides discussed the situation around the Dresna hydropower dam on the border river Ilva, preparations for the next meeting of the Joint Intergovernmental Commission and the schedule of bilateral contacts for the coming months.

The Minister underlined that Ardane was committed to resolving all questions relating to the use of the waters of the Ilva through dialogue, on the basis of the 1998 Treaty on Boundary Waters and the norms of international law.

Sofia Marant-Ode informed her counterpart about the results of the technical inspection of the dam carried out by Quellen specialists in February.

The Ardanian side expressed concern over the fall in the water level in the lower reaches of the river during the summer months, which last year left more than 40,000 hectares of farmland in the Ilva valley without irrigation, and stressed the need for a joint monitoring mechanism with access for specialists of both countries.

The Foreign Minister of Quellen noted that her country was prepared to share data from its gauging stations on the Ilva on a daily basis from 1 May.

The ministers agreed that the Joint Intergovernmental Commission would meet in Tarrow in the second half of April and instructed their deputies to prepare the agenda of the meeting.

Tomas Vereker also raised the issue of the consular fees for Ardanian citizens working seasonally in Quellen, noting that the increase introduced in January had affected some 30,000 people, most of them agricultural workers.

The Minister of Foreign Affairs of Quellen said that the matter would be considered by her government before the start of the summer season.

The ministers welcomed the resumption of direct flights between Velmar and Ostra on 1 March after a break of three years.

The sides also exchanged views on the situation in the region and on cooperation within the Northern Rivers Council, which Ardane chairs this year. The Minister underlined that Ardane regarded the Council as the main platform for dialogue among the states of the Ilva basin and called on all its members to take part in the ministerial meeting in June at the highest level.

The Minister also informed his counterpart that Ardane had completed the internal procedures for the ratification of the Agreement on Readmission and expressed the hope that the Quellen side would do the same before the end of the year. Sofia Marant-Ode confirmed that the agreement was before the Quellen parliament.

Tomas Vereker invited Sofia Marant-Ode to pay an official visit to Ardane at a time convenient to both sides. The invitation was accepted with gratitude.

Press Service of the Ministry of Foreign Affairs of the Republic of Ardane
''',
    s(VER, 'The Minister', 'Ardane was committed to resolving all questions relating to the use of the waters of the Ilva through dialogue, on the basis of the 1998 Treaty on Boundary Waters and the norms of international law', 'underlined', role=R_VER),
    s(VER, 'The Ardanian side', 'concern over the fall in the water level in the lower reaches of the river during the summer months, which last year left more than 40,000 hectares of farmland in the Ilva valley without irrigation', 'expressed', role=R_VER),
    s(VER, 'The Ardanian side', 'the need for a joint monitoring mechanism with access for specialists of both countries', 'stressed', role=R_VER),
    s(MAR, 'The Foreign Minister of Quellen', 'her country was prepared to share data from its gauging stations on the Ilva on a daily basis from 1 May', 'noted', role=R_MAR),
    s(PAIR, 'The ministers', 'the Joint Intergovernmental Commission would meet in Tarrow in the second half of April', 'agreed'),
    s(PAIR, 'The ministers', 'their deputies to prepare the agenda of the meeting', 'instructed'),
    s(VER, 'Tomas Vereker', 'the consular fees for Ardanian citizens working seasonally in Quellen, noting that the increase introduced in January had affected some 30,000 people, most of them agricultural workers', 'raised the issue of', role=R_VER),
    s(MAR, 'The Minister of Foreign Affairs of Quellen', 'the matter would be considered by her government before the start of the summer season', 'said', role=R_MAR),
    s(PAIR, 'The ministers', 'the resumption of direct flights between Velmar and Ostra on 1 March after a break of three years', 'welcomed'),
    s(VER, 'The Minister', 'Ardane regarded the Council as the main platform for dialogue among the states of the Ilva basin', 'underlined', role=R_VER),
    s(VER, 'The Minister', 'Ardane had completed the internal procedures for the ratification of the Agreement on Readmission', 'informed', role=R_VER),
    s(VER, 'The Minister', 'the hope that the Quellen side would do the same before the end of the year', 'expressed', role=R_VER),
    s(MAR, 'Sofia Marant-Ode', 'the agreement was before the Quellen parliament', 'confirmed', role=R_MAR),
    s(VER, 'The Minister', 'all its members to take part in the ministerial meeting in June at the highest level', 'called on', role=R_VER),
)

MIA = 'Ministry of Internal Affairs of the Republic of Selvia'
DEP = 'Darius Kellner-Voss'
R_DEP = 'Deputy Minister of Internal Affairs'

doc('ag08-gov-selvia-interior-ministry-winter-road-operation', 'Ministry of Internal Affairs of the Republic of Selvia', '2033-03-06', '''
Results of the operation "Winter Road 2033"

06.03.2033 | Press Centre

The Ministry of Internal Affairs of the Republic of Selvia reports the following results of the preventive operation "Winter Road 2033", carried out on the roads of the country from 15 December 2032 to 28 February 2033:

1. Traffic police officers stopped 412,600 vehicles and detected 38,215 violations of the traffic rules, including 2,904 cases of driving under the influence of alcohol or drugs.

2. The number of road accidents fell by 14 percent compared with the same period of the previous winter, and the number of people killed in them by 19 percent, to 87. A further 1,116 people were injured.

3. In 61 percent of fatal accidents the cause was speeding on roads covered with snow or ice; in 12 percent, a drunk driver.

4. On the Brenn-Holtau motorway, where section speed control was introduced in December, not one person was killed during the operation, against six in the previous winter.

5. Officers helped 1,340 drivers whose vehicles had broken down or become stuck in snow, and in 214 cases evacuated people to heated points.

6. In the Lindau region, a driver who had been deprived of his licence three times was detained after a chase of 40 kilometres; a criminal case has been opened.

7. Inspections of 1,870 buses used for school and intercity transport found that 96 had worn tyres or faulty brakes; their operators were barred from carrying passengers until repairs were made.

8. The number of drivers caught using a mobile phone while driving rose by 22 percent, mainly thanks to 140 new cameras that record this violation.

Commenting on the results, Deputy Minister of Internal Affairs Police Major General Darius Kellner-Voss said: "The figures are better than last year, and I thank every officer who spent the holidays on the road. But 87 dead means 87 families who did not get their people home. We will not call that a success."

The Deputy Minister stressed that section speed control would be extended to four more motorways by the end of 2033, starting with the Selvia-Markov road in June, and that the ministry would propose to parliament to double the fine for driving without winter tyres.

According to the Deputy Minister, the police will also check every driving school in the country this spring, after an internal audit found that in some of them the practical examination was a formality.

The head of the Traffic Police Department, Colonel Irena Mazur-Holt, said that officers would continue checks for drunk driving on weekend nights throughout March, when, in her words, "the roads are dry, the nights are still long and drivers relax too early."

Drivers can check their fines and the status of their licence on the ministry's website or in the State Services mobile application.

The Ministry reminds drivers that winter tyres remain compulsory until 31 March and that, in case of difficulties on the road, they can call the single number 112 at any hour.

Press Centre of the Ministry of Internal Affairs of the Republic of Selvia
''',
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'Traffic police officers stopped 412,600 vehicles|drugs.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'The number of road accidents fell by 14 percent|were injured.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'In 61 percent of fatal accidents|a drunk driver.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'On the Brenn-Holtau motorway|in the previous winter.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'Officers helped 1,340 drivers|to heated points.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'In the Lindau region, a driver|has been opened.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'Inspections of 1,870 buses|until repairs were made.', 'reports'),
    s(MIA, 'The Ministry of Internal Affairs of the Republic of Selvia', 'The number of drivers caught using a mobile phone|record this violation.', 'reports'),
    s(DEP, 'Deputy Minister of Internal Affairs Police Major General Darius Kellner-Voss', '"The figures are better than last year|We will not call that a success."', 'said', 'direct', role=R_DEP),
    s(DEP, 'The Deputy Minister', 'section speed control would be extended to four more motorways by the end of 2033, starting with the Selvia-Markov road in June, and that the ministry would propose to parliament to double the fine for driving without winter tyres', 'stressed', role=R_DEP),
    s(DEP, 'the Deputy Minister', 'the police will also check every driving school in the country this spring, after an internal audit found that in some of them the practical examination was a formality', 'According to', role=R_DEP),
    s('Irena Mazur-Holt', 'The head of the Traffic Police Department, Colonel Irena Mazur-Holt', 'officers would continue checks for drunk driving on weekend nights throughout March', 'said', role='head of the Traffic Police Department'),
    s('Irena Mazur-Holt', 'her', '"the roads are dry, the nights are still long and drivers relax too early."', 'in her words', 'direct', role='head of the Traffic Police Department'),
    s(MIA, 'The Ministry', 'winter tyres remain compulsory until 31 March and that, in case of difficulties on the road, they can call the single number 112 at any hour', 'reminds'),
)

PM = 'Liesel Varga-Holm'
R_PM = 'Prime Minister'
FIN = 'Henrik Olsgaard'
R_FIN = 'Minister of Finance'

doc('ag09-gov-prime-minister-press-conference-budget-2034', 'Government Office of the Kingdom of Nordhavn', '2033-09-28', '''
Prime Minister Liesel Varga-Holm's press conference after the government meeting on the 2034 budget

28 September 2033

Liesel Varga-Holm: Good afternoon. Today the government approved the draft state budget for 2034 and will send it to the Storting on Monday. It is a budget with three priorities: care for the elderly, the railway in the north and a deficit that goes down, not up.

Spending on home care and nursing homes will rise by 4.2 billion crowns, which will pay for 3,000 more care workers. The Nordline railway gets 6 billion for the next stage between Brattvik and Selfjord. And the deficit will fall from 2.9 percent of GDP this year to 2.4 percent next year.

The Minister of Finance is with me, and we will both take your questions.

Question (Radio Nordhavn): Prime Minister, the opposition says the budget hides a hole of two billion in the hospital accounts. Is that true?

Answer: No, it is not. The hospital trusts will receive 1.8 billion more than this year, and that includes the full cost of the new wage agreement. What the opposition calls a hole is a difference between what the trusts asked for and what they will get, and that has been the case under every government I can remember.

Question (Evening Courier): Will petrol taxes go up?

Henrik Olsgaard: The tax on petrol will rise in line with inflation, by about 3 percent, as it does every year. There is no new increase on top of that. The tax on diesel for fishing vessels and farm machinery stays where it is.

Question (Evening Courier): A follow-up. The Farmers' Union says that is not enough, given the fuel prices this summer.

Answer: I understand the farmers, and I have met their union twice this month. But we cannot cut taxes for everyone whose costs went up this year. We have chosen to help where the need is greatest, and that is in the care sector.

Question (Northern Daily): The Railway Authority says the Nordline will not reach Selfjord before 2040. Is six billion enough?

Answer: Six billion is enough for the stage we are building now, from Brattvik to Lenvik. The Railway Authority's date is for the whole line to Selfjord, and I have no reason to doubt it. We will finance each stage when it is ready to build.

Question (Nordhavn TV 2): Prime Minister, your coalition partner, the Centre Party, says it will not vote for the budget unless the rural hospitals in Vesterdal and Nordmo are kept open. Will you keep them open?

Answer: The budget keeps both hospitals open in 2034. What happens after that depends on the review of the hospital structure, which will be presented in the spring, and I am not going to decide its conclusions today. I have spoken with the leader of the Centre Party this morning, and I am confident we will find a solution that both parties can support.

Question (Nordhavn TV 2): So you are not worried about losing the vote?

Answer: I am never worried about a vote I have not lost. Thank you all.
''',
    s(PM, 'Liesel Varga-Holm', 'Good afternoon. Today the government approved|to 2.4 percent next year.', '', role=R_PM),
    s('the opposition', 'the opposition', 'the budget hides a hole of two billion in the hospital accounts', 'says'),
    s(PM, '', 'No, it is not. The hospital trusts|every government I can remember.', '', role=R_PM),
    s(FIN, 'Henrik Olsgaard', 'The tax on petrol will rise in line with inflation|stays where it is.', '', role=R_FIN),
    s("The Farmers' Union", "The Farmers' Union", 'that is not enough, given the fuel prices this summer', 'says'),
    s(PM, '', 'I understand the farmers|that is in the care sector.', '', role=R_PM),
    s('The Railway Authority', 'The Railway Authority', 'the Nordline will not reach Selfjord before 2040', 'says'),
    s(PM, '', 'Six billion is enough for the stage we are building now|when it is ready to build.', '', role=R_PM),
    s('the Centre Party', 'your coalition partner, the Centre Party', 'it will not vote for the budget unless the rural hospitals in Vesterdal and Nordmo are kept open', 'says'),
    s(PM, '', 'The budget keeps both hospitals open in 2034.|a solution that both parties can support.', '', role=R_PM),
    s(PM, '', 'I am never worried about a vote I have not lost.', '', role=R_PM),
)

LIDV = 'Hanne Lidvall'
KOR = 'Pavel Korshak'
OST = 'Ostravia'

doc('ag10-gov-security-council-tessaline-corridor-meeting', 'Permanent Mission of Varnholm to the United Nations', '2033-06-19', '''
Security Council meeting on the situation in the Tessaline Corridor

19 June 2033

The Security Council today held an open briefing on the humanitarian situation in the Tessaline Corridor, where fighting between government forces and the Free Tessaline Front has displaced some 600,000 people since March. The Council was briefed by the Under-Secretary-General for Humanitarian Affairs, Miriam Oduya-Feld, who said that aid convoys had reached only four of the eleven besieged towns in May and that food stocks in Tessa city would run out within three weeks.

"We are not asking for a political solution today. We are asking for a road," she told the Council.

The Permanent Representative of Varnholm, Ambassador Hanne Lidvall, speaking first among the Council members, condemned the shelling of the Tessa market on 14 June, in which 38 civilians were killed, and called for an independent investigation. The representative of Varnholm said the Council could not remain silent while "the rules of war are treated as suggestions", and announced an additional 20 million marks in humanitarian aid.

The representative of Corvania said his delegation supported the call for a humanitarian pause of at least 72 hours and urged both parties to allow convoys through the Sella checkpoint without inspections by armed groups.

The representative of Ostravia, Ambassador Pavel Korshak, rejected what he called attempts to use humanitarian language to interfere in the internal affairs of a sovereign state. He noted that the government in Tessa had opened two humanitarian corridors in May and that the Free Tessaline Front had fired on both.

The representative of Ostravia added that any investigation of the market shelling must be carried out with the consent of the government and warned that his delegation would not support a draft resolution that "prejudges its outcome".

The representative of Lusandria expressed support for the Under-Secretary-General's proposal and said that the Council should meet again in two weeks to hear whether the convoys had moved.

The representative of Belmar, speaking on behalf of the three elected members from the region, said that the neighbouring states now hosted more than 200,000 refugees from the Corridor and appealed for funds for the host communities.

The representative of Tarsenia said that sanctions against the leaders of the Free Tessaline Front should be considered if the convoys were blocked again. He recalled that the Council had already demanded unhindered humanitarian access in its resolution of last November.

Responding, the representative of Ostravia said that his delegation had "heard nothing today that justifies new measures".

The representative of Corvania, in a second intervention, said that his Government was ready to fund the deployment of additional humanitarian monitors along the Sella road.

Taking the floor a second time, the representative of Varnholm said that the draft resolution prepared by her delegation called for a pause and for access, "nothing more and nothing less", and expressed the hope that it could be adopted by consensus.

The President of the Council, the representative of Lusandria, said that consultations on the draft would continue on Friday.

The meeting began at 10:05 a.m. and ended at 12:40 p.m.
''',
    s('Miriam Oduya-Feld', 'the Under-Secretary-General for Humanitarian Affairs, Miriam Oduya-Feld', 'aid convoys had reached only four of the eleven besieged towns in May and that food stocks in Tessa city would run out within three weeks', 'said', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Miriam Oduya-Feld', 'she', '"We are not asking for a political solution today. We are asking for a road,"', 'told', 'direct', role='Under-Secretary-General for Humanitarian Affairs'),
    s(LIDV, 'The Permanent Representative of Varnholm, Ambassador Hanne Lidvall', 'the shelling of the Tessa market on 14 June, in which 38 civilians were killed', 'condemned', role='Permanent Representative of Varnholm'),
    s(LIDV, 'The Permanent Representative of Varnholm, Ambassador Hanne Lidvall', 'an independent investigation', 'called for', role='Permanent Representative of Varnholm'),
    s(LIDV, 'The representative of Varnholm', 'the Council could not remain silent while "the rules of war are treated as suggestions"', 'said', 'mixed', role='Permanent Representative of Varnholm'),
    s(LIDV, 'The representative of Varnholm', 'an additional 20 million marks in humanitarian aid', 'announced', role='Permanent Representative of Varnholm'),
    s('The representative of Corvania', 'The representative of Corvania', 'his delegation supported the call for a humanitarian pause of at least 72 hours', 'said'),
    s('The representative of Corvania', 'The representative of Corvania', 'both parties to allow convoys through the Sella checkpoint without inspections by armed groups', 'urged'),
    s(KOR, 'The representative of Ostravia, Ambassador Pavel Korshak', 'what he called attempts to use humanitarian language to interfere in the internal affairs of a sovereign state', 'rejected', role='representative of Ostravia'),
    s(KOR, 'He', 'the government in Tessa had opened two humanitarian corridors in May and that the Free Tessaline Front had fired on both', 'noted', role='representative of Ostravia'),
    s(KOR, 'The representative of Ostravia', 'any investigation of the market shelling must be carried out with the consent of the government', 'added', role='representative of Ostravia'),
    s(KOR, 'The representative of Ostravia', 'his delegation would not support a draft resolution that "prejudges its outcome"', 'warned', 'mixed', role='representative of Ostravia'),
    s('The representative of Lusandria', 'The representative of Lusandria', "the Under-Secretary-General's proposal", 'expressed support for'),
    s('The representative of Lusandria', 'The representative of Lusandria', 'the Council should meet again in two weeks to hear whether the convoys had moved', 'said'),
    s('The representative of Belmar', 'The representative of Belmar', 'the neighbouring states now hosted more than 200,000 refugees from the Corridor', 'said'),
    s('The representative of Belmar', 'The representative of Belmar', 'funds for the host communities', 'appealed for'),
    s('The representative of Tarsenia', 'The representative of Tarsenia', 'sanctions against the leaders of the Free Tessaline Front should be considered if the convoys were blocked again', 'said'),
    s('The representative of Tarsenia', 'He', 'the Council had already demanded unhindered humanitarian access in its resolution of last November', 'recalled'),
    s(KOR, 'the representative of Ostravia', 'his delegation had "heard nothing today that justifies new measures"', 'said', 'mixed', role='representative of Ostravia'),
    s('The representative of Corvania', 'The representative of Corvania', 'his Government was ready to fund the deployment of additional humanitarian monitors along the Sella road', 'said'),
    s(LIDV, 'the representative of Varnholm', 'the draft resolution prepared by her delegation called for a pause and for access, "nothing more and nothing less"', 'said', 'mixed', role='Permanent Representative of Varnholm', anchor='Taking the floor a second time'),
    s(LIDV, 'the representative of Varnholm', 'the hope that it could be adopted by consensus', 'expressed', role='Permanent Representative of Varnholm'),
    s('The representative of Lusandria', 'The President of the Council, the representative of Lusandria', 'consultations on the draft would continue on Friday', 'said', role='President of the Council'),
)

RGOV = 'Andrei Molchan'
R_RGOV = 'Governor of the Tarsk Region'
ENG = 'Yuri Bessarab'

doc('ag11-gov-tarsk-region-news-page-sorva-bridge', 'Government of the Tarsk Region', '2033-08-29', '''
Government of the Tarsk Region
Home | Governor | Government | Municipalities | Documents | News | Appeals | Contacts
Search the site
Versions: RU | EN | For the visually impaired
News / All news / Transport

Andrei Molchan opened the new bridge over the Sorva in Ust-Telga

29 August 2033, 14:35
Views: 1,284

Governor of the Tarsk Region Andrei Molchan took part in the opening of the road bridge over the Sorva river in the village of Ust-Telga. The 412-metre bridge replaces a pontoon crossing that was dismantled every autumn, leaving the villages on the left bank without a road connection for up to five months a year.

"For sixty years people here lived by the river's calendar: in spring the ferry, in summer the pontoon, in winter the ice road, and in between nothing at all. Today that is over," Andrei Molchan said at the ceremony.

The Governor noted that the bridge had been built in two years instead of the three planned and within the budget of 2.6 billion roubles, of which 1.9 billion came from the federal road programme.

According to the head of the regional road agency, Yuri Bessarab, the bridge is designed for vehicles of up to 60 tonnes, which will allow timber trucks and school buses to use it all year round. He said the approach roads on the left bank, 14 kilometres in all, would be asphalted by the end of October.

Residents of the left-bank villages, around 6,000 people, will now be able to reach the district hospital in Ust-Telga in 15 minutes instead of two hours by the winter road.

"My daughter was born in January, and we had to go to the hospital across the ice at night. I will not forget that drive," said Valentina Sukhareva, a teacher from the village of Zarechye.

The Governor instructed the head of the Ust-Telga district to open a school bus route across the bridge from 1 September and to agree a new timetable with the regional transport department.

Andrei Molchan added that the next bridge in the regional programme, over the Telga at Kamyshi, would be put out to tender in the spring.

The head of the Ust-Telga district, Sergei Pakhomov, thanked the regional government and the builders and said that the district would name the street leading to the bridge after the crossing's last ferryman, Pyotr Lagunov, who worked on the river for 38 years.

Tags: roads, bridges, Ust-Telga district
Photo gallery (12)
Share: VK | OK | Telegram

Read also:
Andrei Molchan: every rural school will have a new bus by 2035
28.08.2033
The heating season in Tarsk will start on 20 September, says the regional energy department
27.08.2033
Harvest 2033: grain yields in the south of the region above average
26.08.2033
Deputy Governor Nina Oreshkina held a meeting on preparations for the school year
25.08.2033

Government of the Tarsk Region, Lenin Square 1, Tarsk
Reception: +7 (3822) 51-00-00
(c) 2033. When using materials, a link to the site is required.
''',
    s(RGOV, 'Andrei Molchan', '"For sixty years people here lived by the river\'s calendar: in spring the ferry, in summer the pontoon, in winter the ice road, and in between nothing at all. Today that is over,"', 'said', 'direct', role=R_RGOV),
    s(RGOV, 'The Governor', 'the bridge had been built in two years instead of the three planned and within the budget of 2.6 billion roubles, of which 1.9 billion came from the federal road programme', 'noted', role=R_RGOV),
    s(ENG, 'the head of the regional road agency, Yuri Bessarab', 'the bridge is designed for vehicles of up to 60 tonnes, which will allow timber trucks and school buses to use it all year round', 'According to', role='head of the regional road agency'),
    s(ENG, 'He', 'the approach roads on the left bank, 14 kilometres in all, would be asphalted by the end of October', 'said', role='head of the regional road agency'),
    s('Valentina Sukhareva', 'Valentina Sukhareva, a teacher from the village of Zarechye', '"My daughter was born in January, and we had to go to the hospital across the ice at night. I will not forget that drive,"', 'said', 'direct', role='teacher'),
    s(RGOV, 'The Governor', 'the head of the Ust-Telga district to open a school bus route across the bridge from 1 September and to agree a new timetable with the regional transport department', 'instructed', role=R_RGOV),
    s(RGOV, 'Andrei Molchan', 'the next bridge in the regional programme, over the Telga at Kamyshi, would be put out to tender in the spring', 'added', role=R_RGOV),
    s('Sergei Pakhomov', 'The head of the Ust-Telga district, Sergei Pakhomov', "the district would name the street leading to the bridge after the crossing's last ferryman, Pyotr Lagunov, who worked on the river for 38 years", 'said', role='head of the Ust-Telga district'),
    s(RGOV, 'Andrei Molchan', 'every rural school will have a new bus by 2035', '', role=R_RGOV, region='related'),
    s('the regional energy department', 'the regional energy department', 'The heating season in Tarsk will start on 20 September', 'says', region='related'),
)
