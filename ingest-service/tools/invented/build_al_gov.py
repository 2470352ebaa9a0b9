"""Set AL's six government texts (see build_al.py)."""
from invented_common import doc_spans as doc, s

DAHL = 'Katarina Dahlberg'
R_DAHL = 'Minister for Foreign Affairs'
BELH = 'Omar Bel-Haddad'
R_BELH = 'Minister of Foreign Affairs of the Republic of Essmara'

doc('al06-gov-sorvania-foreign-ministers-press-conference', 'Ministry for Foreign Affairs of Sorvania', '2033-02-14', '''
Press conference by Minister for Foreign Affairs Katarina Dahlberg and Minister of Foreign Affairs of the Republic of Essmara Omar Bel-Haddad following their talks

Ravnsholm, Halden Palace, 14 February 2033

Katarina Dahlberg: Good afternoon. It is a pleasure to welcome Minister Bel-Haddad to Ravnsholm on his first visit as foreign minister. We have just finished more than three hours of talks, first in a small format and then with our delegations.

We discussed three main subjects. The first was energy. Essmara already supplies almost a fifth of the liquefied gas that arrives at our terminal in Storvik, and we agreed to begin work on a long-term agreement that would run until 2045. The second was migration: we will set up a joint working group on legal labour migration and on returns, which will meet for the first time in April. The third was the situation in the Sahel corridor, where we share serious concern about the attacks on aid convoys.

We also signed a memorandum on cooperation between our two diplomatic academies. I am grateful to the minister for an open and frank conversation.

Omar Bel-Haddad: Thank you, Katarina, and thank you for your hospitality. Essmara sees Sorvania as a reliable partner in northern Europe. Our trade grew by 23 percent last year, to 4.1 billion euros, and we want it to grow further, not only in gas but in green hydrogen, where our desert and your engineers make a natural pair.

I have invited the minister to visit Essmara in the autumn with a business delegation, and she has accepted.

Question (Sorvanian Broadcasting, Elsa Morrow): A question to both ministers. Human rights organisations have criticised the detention of journalists in Essmara. Did you raise this in the talks, and what answer did you receive?

Katarina Dahlberg: Yes, I raised it, as I do in all my meetings. Sorvania's position is well known: a free press is part of a healthy society, and journalists must not be imprisoned for their work. We had a frank exchange on this, and I gave the minister a list of cases that concern us.

Omar Bel-Haddad: Essmara's courts are independent, and nobody in my country is in prison for being a journalist. Some people have been convicted of other crimes under our law. But I received the list from my colleague, and I have promised that each case will be looked at again. We do not fear these questions.

Question (Essmara Press Agency): Minister Dahlberg, when could the gas agreement be signed?

Katarina Dahlberg: I do not want to give a date that we will then be asked about every month. Our experts begin in March. If the work goes well, I would hope for a signature before the end of the year.

Question (Dagbladet Nord, Henrik Saltvik): Minister Bel-Haddad, will Essmara now take back its citizens who have no documents?

Omar Bel-Haddad: What has changed is that we will now have a working group to establish the identity of such people together. We cannot accept someone as a citizen only because another country says he is one. But where it is established that a person is Essmaran, we will take him back, and we have always done so.

Katarina Dahlberg: I would add that the working group will also look at legal routes, so that young Essmarans who want to work in Sorvania can do so properly, with a contract. That is the other half of the same agreement.

Question (Nordpost): On the Sahel corridor: are your countries ready to pay for armed escorts for the aid convoys?

Omar Bel-Haddad: We are discussing it with our neighbours, and I do not exclude it. But escorts alone will not solve the problem. The groups attacking the convoys live from smuggling, and that is where the pressure must be applied.

Katarina Dahlberg: Sorvania will increase its humanitarian contribution for the corridor to 40 million euros this year. Whether part of it goes to security is a question for the United Nations agencies on the ground, not for us in Ravnsholm.

Thank you very much.
''',
    s(DAHL, 'Katarina Dahlberg', 'Good afternoon. It is a pleasure to welcome Minister Bel-Haddad|for an open and frank conversation.', '', role=R_DAHL),
    s(BELH, 'Omar Bel-Haddad', 'Essmara sees Sorvania as a reliable partner in northern Europe.|and she has accepted.', '', role=R_BELH),
    s('Human rights organisations', 'Human rights organisations', 'the detention of journalists in Essmara', 'have criticised'),
    s(DAHL, 'Katarina Dahlberg', 'Yes, I raised it, as I do in all my meetings.|a list of cases that concern us.', '', role=R_DAHL),
    s(BELH, 'Omar Bel-Haddad', "Essmara's courts are independent|We do not fear these questions.", '', role=R_BELH),
    s(DAHL, 'Katarina Dahlberg', 'I do not want to give a date|before the end of the year.', '', role=R_DAHL),
    s(BELH, 'Omar Bel-Haddad', 'What has changed is that we will now have a working group|and we have always done so.', '', role=R_BELH),
    s(DAHL, 'Katarina Dahlberg', 'I would add that the working group will also look at legal routes|the other half of the same agreement.', '', role=R_DAHL),
    s(BELH, 'Omar Bel-Haddad', 'We are discussing it with our neighbours, and I do not exclude it.|that is where the pressure must be applied.', '', role=R_BELH),
    s(DAHL, 'Katarina Dahlberg', 'Sorvania will increase its humanitarian contribution|not for us in Ravnsholm.', '', role=R_DAHL),
)

MOH = 'Ministry of Health of the Republic of Kestria'
VARG = 'Annelie Varga'
R_VARG = 'chief epidemiologist of the Ministry of Health'
RUZ = 'Pavel Ruzicka'

doc('al07-gov-kestria-health-ministry-cholera-update', 'Ministry of Health of the Republic of Kestria', '2033-08-09', '''
Ministry of Health of the Republic of Kestria

Daily update on the cholera outbreak in the Lower Varta region
Update No. 23, 9 August 2033, 18:00

In the past 24 hours, 146 new suspected cases of cholera were registered in the Lower Varta region, bringing the total since the start of the outbreak on 17 July to 2,931. The situation in the three most affected districts is stabilising, but new cases continue to appear in settlements along the river downstream of Port Varta.

The Ministry of Health reports the following figures as of 16:00 today:
- new suspected cases in the past 24 hours: 146 (previous day: 171);
- cases confirmed by laboratory since 17 July: 1,208;
- patients currently in hospital: 312, of whom 41 in a serious condition;
- deaths in the past 24 hours: 2; total deaths since 17 July: 37;
- patients discharged since the start of the outbreak: 2,486.

The chief epidemiologist of the Ministry of Health, Dr. Annelie Varga, said at today's briefing that the fall in new cases was encouraging but that it was too early to speak of a turning point.

"We are seeing fewer patients at the treatment centres in Port Varta and Mirel, and those who come are coming earlier, which is why the death rate has fallen. But the river is still carrying the infection downstream, and the villages below Mirel have had almost no safe water for three weeks," Dr. Varga said.

According to Dr. Varga, samples taken from 14 of 20 public wells in the Mirel district on 6 and 7 August were contaminated, and the wells have been sealed. Preliminary results of the investigation point to a sewage main at the Port Varta pumping station that was damaged in the July floods and leaked into the river for several days, she said.

The chief epidemiologist urged residents to drink only boiled or bottled water and to seek help at once if they develop watery diarrhoea. "Cholera kills through dehydration, and dehydration can be treated. Nobody should die of this at home," she said.

The oral vaccination campaign, which began on 1 August, has so far reached 184,600 people aged one year and older in the three districts. The second round will begin on 15 August.

Deputy Minister of Health Pavel Ruzicka reported that a further 400,000 doses had arrived from the international stockpile on Tuesday and had been taken to the region by military transport. He noted that 26 medical teams from other regions, with 118 doctors and nurses, were working in Lower Varta, and thanked the volunteers of the Kestrian Red Cross for their work in the evacuation centres.

The Governor of the Lower Varta region, Istvan Moll, said that tankers were delivering 900 cubic metres of drinking water a day to 46 settlements and that the volume would double by the weekend, when two mobile purification plants provided by the army start operating.

The Ministry of Health reminds citizens that:
- cholera is spread through contaminated water and food, not by casual contact between people;
- water from rivers, canals and unsealed wells must be boiled for at least one minute before drinking;
- treatment at state medical facilities is free of charge, including for people without health insurance;
- the ministry hotline 1450 operates around the clock.

The next update will be published on 10 August at 18:00.
''',
    s(MOH, 'The Ministry of Health', 'new suspected cases in the past 24 hours: 146 (previous day: 171);', 'reports'),
    s(MOH, 'The Ministry of Health', 'cases confirmed by laboratory since 17 July: 1,208;', 'reports'),
    s(MOH, 'The Ministry of Health', 'patients currently in hospital: 312, of whom 41 in a serious condition;', 'reports'),
    s(MOH, 'The Ministry of Health', 'deaths in the past 24 hours: 2; total deaths since 17 July: 37;', 'reports'),
    s(MOH, 'The Ministry of Health', 'patients discharged since the start of the outbreak: 2,486.', 'reports'),
    s(VARG, 'The chief epidemiologist of the Ministry of Health, Dr. Annelie Varga', 'the fall in new cases was encouraging but that it was too early to speak of a turning point', 'said', role=R_VARG),
    s(VARG, 'Dr. Varga', '"We are seeing fewer patients at the treatment centres|no safe water for three weeks,"', 'said', 'direct', role=R_VARG),
    s(VARG, 'Dr. Varga', 'samples taken from 14 of 20 public wells in the Mirel district|the wells have been sealed', 'according to', role=R_VARG),
    s(VARG, 'she', 'Preliminary results of the investigation point to a sewage main|leaked into the river for several days', 'said', role=R_VARG),
    s(VARG, 'The chief epidemiologist', 'residents to drink only boiled or bottled water and to seek help at once if they develop watery diarrhoea', 'urged', role=R_VARG),
    s(VARG, 'she', '"Cholera kills through dehydration, and dehydration can be treated. Nobody should die of this at home,"', 'said', 'direct', role=R_VARG),
    s(RUZ, 'Deputy Minister of Health Pavel Ruzicka', 'a further 400,000 doses had arrived from the international stockpile|by military transport', 'reported', role='Deputy Minister of Health'),
    s(RUZ, 'He', '26 medical teams from other regions, with 118 doctors and nurses, were working in Lower Varta', 'noted', role='Deputy Minister of Health'),
    s('Istvan Moll', 'The Governor of the Lower Varta region, Istvan Moll', 'tankers were delivering 900 cubic metres of drinking water a day|provided by the army start operating', 'said', role='Governor of the Lower Varta region'),
    s(MOH, 'The Ministry of Health', 'cholera is spread through contaminated water and food, not by casual contact between people;', 'reminds'),
    s(MOH, 'The Ministry of Health', 'water from rivers, canals and unsealed wells must be boiled for at least one minute before drinking;', 'reminds'),
    s(MOH, 'The Ministry of Health', 'treatment at state medical facilities is free of charge, including for people without health insurance;', 'reminds'),
    s(MOH, 'The Ministry of Health', 'the ministry hotline 1450 operates around the clock.', 'reminds'),
)

VOLK = 'Daria Volkan'
ORLN = 'Matvei Orlin'
R_ORLN = 'Governor of the Hollin Region'

doc('al08-gov-varesia-governor-report-to-president', 'Office of the President of Varesia', '2033-08-22', '''
Working meeting with Governor of the Hollin Region Matvei Orlin

The President of Varesia, Daria Volkan, held a working meeting with the Governor of the Hollin Region, Matvei Orlin, at the Kastell Residence. The Governor reported on the socio-economic situation in the region, the reconstruction of housing after the spring floods and preparations for the heating season.

Volkan: Mr Orlin, good afternoon. Let us begin with the floods. Where do we stand with the houses?

Orlin: Good afternoon, Madam President. In total, the floods damaged 4,870 houses in eleven districts, and 612 of them were declared beyond repair. Of the families who lost their homes, 388 have already received new flats or a certificate to buy one, and the remaining 224 will receive them by the end of October. All the damaged houses that could be repaired have been repaired, except for 93 in Sarnek, where the work will be finished in September.

Volkan: Why so late in Sarnek?

Orlin: The contractor we chose in June went bankrupt in July. We terminated the contract and held a new tender. I take responsibility for that: we should have checked the company more carefully.

Volkan: Please make sure that nobody from Sarnek spends the winter in temporary housing. I will ask you about it personally.

Orlin: Nobody will, I give you my word.

Volkan: And the heating season?

Orlin: We are ready. Stocks of coal at the boiler houses are at 104 percent of the norm, and this summer we replaced 61 kilometres of heating pipes, against 40 last year. The main risk is the Tarnov power plant, where one of the three turbines is more than fifty years old. The company has promised to finish its overhaul by 1 October, and we are watching this closely.

Volkan: How many doctors are missing in the district hospitals?

Orlin: Two hundred and twelve, most of them in the northern districts. Since January we have paid a one-time allowance of 1.5 million to every doctor who moves to a village, and 47 doctors have come under this programme. It is not enough. Next year we will also offer them flats, built by the region, free of rent for the first five years.

Volkan: And the economy?

Orlin: Industrial production grew by 4.3 percent in the first half of the year, mainly thanks to wood processing and the food industry. Unemployment is 3.9 percent, the lowest in the history of the region. But there is a problem I want to raise with you directly. The federal road from Hollin to the border crossing at Vesk is in very poor condition, and trucks carrying our timber lose up to a day on it. We need support from the federal budget for its reconstruction, about 18 billion over three years.

Volkan: I know that road. I will instruct the Government to look at it when it prepares next year's budget. But the region must also do its part: prepare the design documentation now, so that the work can start without delay.

Orlin: The documentation will be ready in December.

Volkan: Good. Thank you.
''',
    s(ORLN, 'Orlin', 'Good afternoon, Madam President. In total, the floods damaged 4,870 houses|where the work will be finished in September.', '', role=R_ORLN),
    s(ORLN, 'Orlin', 'The contractor we chose in June went bankrupt in July.|checked the company more carefully.', '', role=R_ORLN),
    s(VOLK, 'Volkan', 'Please make sure that nobody from Sarnek spends the winter in temporary housing. I will ask you about it personally.', '', role='President of Varesia'),
    s(ORLN, 'Orlin', 'Nobody will, I give you my word.', '', role=R_ORLN),
    s(ORLN, 'Orlin', 'We are ready. Stocks of coal|we are watching this closely.', '', role=R_ORLN),
    s(ORLN, 'Orlin', 'Two hundred and twelve, most of them in the northern districts.|free of rent for the first five years.', '', role=R_ORLN),
    s(ORLN, 'Orlin', 'Industrial production grew by 4.3 percent|about 18 billion over three years.', '', role=R_ORLN),
    s(VOLK, 'Volkan', 'I know that road.|so that the work can start without delay.', '', role='President of Varesia'),
    s(ORLN, 'Orlin', 'The documentation will be ready in December.', '', role=R_ORLN),
)

MADD = 'Rhodri Maddox'
R_MADD = 'Minister for Health'
CALD = 'Fiona Calder'
BROD = 'Ewan Brodie'
R_BROD = 'Secretary of State for Health and Social Care'

doc('al09-gov-ardmuir-commons-oral-questions-health', 'Parliament of Ardmuir', '2033-03-09', '''
House of Commons of Ardmuir
Official Report
Wednesday 9 March 2033

Oral Answers to Questions

Health and Social Care

The Secretary of State was asked -

Hip and Knee Operations

1. Fiona Calder (Glenholm South) (Lab): What steps the Government are taking to reduce waiting times for hip and knee operations.

The Minister for Health (Rhodri Maddox): The number of people waiting more than a year for a hip or knee replacement has fallen from 11,400 in January last year to 6,900 today. We have opened two surgical hubs, in Carrick and Dunvane, which together carry out 140 operations a week, and a third will open in Lowther in June.

Fiona Calder: A constituent of mine, a retired joiner, has waited nineteen months for a new knee and can no longer climb the stairs to his own bedroom. Patients in Glenholm wait on average twice as long as patients in the capital. Will the Minister meet me to discuss why?

Rhodri Maddox: I would be glad to meet the honourable Lady. She is right that the variation between health boards is too wide, and the new hub in Lowther will take patients from Glenholm from the day it opens.

Mr Speaker: Order. Supplementary questions must be brief. I call Duncan Ferrie.

Duncan Ferrie (Kinross and Fearn) (Con): Is it not the case that the hubs are staffed by surgeons taken from district hospitals, so that waiting lists in the hubs fall while lists in the districts rise?

Rhodri Maddox: No, it is not. Every surgeon in the new hubs was recruited for the purpose, 31 of them from overseas, and not a single post in a district hospital has been left vacant as a result.

Ambulance Response Times

2. Aileen Moncur (Port Ellan) (Ind): What assessment he has made of ambulance response times in rural areas.

The Secretary of State for Health and Social Care (Ewan Brodie): The median response time for the most urgent calls in rural areas was 11 minutes and 40 seconds last month, against a target of 10 minutes. That is not good enough, and I have asked the Ambulance Service to publish, from April, response times for every island and every district separately, so that Members can see exactly where the problems are.

Aileen Moncur: On the island of Skarra, an elderly woman waited three hours last winter for an ambulance after a fall. Will the Secretary of State commit today to a second ambulance station on the island?

Hon. Members: Hear, hear.

Ewan Brodie: I know the case the honourable Member refers to, and I have written to the family. I cannot commit today to a station, but I can tell her that a second rapid response vehicle will be based on Skarra from the first of May, with a paramedic on call around the clock.

Mr Speaker: Order, order. The Secretary of State must be heard. Members on the Opposition front bench will have their turn.

Callum Rennick (Dunvane North) (Lab): Will the Secretary of State confirm that the number of ambulance shifts left uncovered in February was the highest on record?

Ewan Brodie: The figure for February was 212 uncovered shifts out of more than 9,000. It was high, because of the flu season, and it was lower in January and will be lower again in March. The honourable Gentleman might mention that we now have 340 more paramedics than three years ago.

Mr Speaker: We must move on.
''',
    s(MADD, 'The Minister for Health (Rhodri Maddox)', 'The number of people waiting more than a year|a third will open in Lowther in June.', '', role=R_MADD),
    s(CALD, 'Fiona Calder', 'A constituent of mine, a retired joiner|twice as long as patients in the capital.', ''),
    s(MADD, 'Rhodri Maddox', 'I would be glad to meet the honourable Lady.|from the day it opens.', '', role=R_MADD),
    s(MADD, 'Rhodri Maddox', 'No, it is not. Every surgeon in the new hubs|left vacant as a result.', '', role=R_MADD),
    s(BROD, 'The Secretary of State for Health and Social Care (Ewan Brodie)', 'The median response time for the most urgent calls|exactly where the problems are.', '', role=R_BROD),
    s('Aileen Moncur', 'Aileen Moncur', 'On the island of Skarra, an elderly woman waited three hours last winter for an ambulance after a fall.', ''),
    s(BROD, 'Ewan Brodie', 'I know the case the honourable Member refers to|with a paramedic on call around the clock.', '', role=R_BROD),
    s(BROD, 'Ewan Brodie', 'The figure for February was 212 uncovered shifts|340 more paramedics than three years ago.', '', role=R_BROD),
)

HALM = 'Ondrej Halmi'
R_HALM = 'Minister of Finance'

doc('al10-gov-montavia-finance-ministry-budget-2034', 'Ministry of Finance of Montavia', '2033-09-30', '''
Minister of Finance presents draft State Budget for 2034 to the National Council

Minister of Finance Ondrej Halmi today presented the draft State Budget for 2034 to the National Council. The draft, approved by the Government on 26 September, foresees revenues of 61.4 billion florins and expenditure of 64.9 billion florins, a deficit equivalent to 2.7 percent of gross domestic product, down from 3.4 percent expected this year.

Presenting the draft, the Minister said that the budget had been prepared "for a slower world" and was based on a forecast of economic growth of 1.8 percent next year, more cautious than the central bank's forecast of 2.1 percent.

"We are not planning for the good years we would like. We are planning for the years that are likely. If growth is better, the deficit will be smaller, and nobody will complain about that," the Minister told deputies.

The minister outlined:
- an increase in pensions of 5.2 percent from 1 January 2034, above expected inflation of 3.6 percent;
- a rise in teachers' salaries of 8 percent from September 2034, the second stage of the reform agreed with the unions in 2032;
- defence spending of 2.1 percent of GDP, meeting the alliance commitment for the first time;
- a new investment fund for regional hospitals of 900 million florins over four years;
- a freeze in the number of posts in the state administration, with vacancies in ministries to be filled only from within;
- no change in the rates of income tax or value added tax.

Halmi said new revenue would come from a levy of 0.3 percent on the assets of banks above 10 billion florins and from ending tax relief for company cars with combustion engines, which together would bring in about 540 million florins a year.

He added that public debt would fall from 58.1 percent of GDP at the end of this year to 57.4 percent at the end of 2034, and stressed that the Government intended to return to a balanced budget by 2037.

Asked by journalists after the session whether the Government would raise excise duties on tobacco, Halmi said that no such change was planned for 2034 but that the question "will come back when we prepare the 2035 budget."

Reactions

The chair of the Budget Committee, Livia Sarkany (Civic Union), said the committee would hold hearings with every ministry in October and that she expected "a serious discussion about the hospital fund, not a rubber stamp."

The opposition Social Democrats criticised the bank levy as too small. Their spokesman on finance, Tomas Wendell, called the budget "a spreadsheet without a vision" and said his party would table amendments to raise the minimum pension by a further 2 percent.

The Banking Association of Montavia said in a statement that the levy would "reduce lending to households and small firms at the worst possible time."

The Fiscal Council, the independent budget watchdog, said the growth forecast was realistic but warned that the deficit target depended on 400 million florins of savings that the draft "does not yet specify."

The National Council will vote on the draft in first reading on 21 October.
''',
    s(HALM, 'the Minister', 'the budget had been prepared "for a slower world" and was based on a forecast|forecast of 2.1 percent', 'said', 'mixed', role=R_HALM),
    s(HALM, 'the Minister', '"We are not planning for the good years we would like.|nobody will complain about that,"', 'told', 'direct', role=R_HALM),
    s(HALM, 'The minister', 'an increase in pensions of 5.2 percent from 1 January 2034, above expected inflation of 3.6 percent;', 'outlined', role=R_HALM),
    s(HALM, 'The minister', "a rise in teachers' salaries of 8 percent from September 2034, the second stage of the reform agreed with the unions in 2032;", 'outlined', role=R_HALM),
    s(HALM, 'The minister', 'defence spending of 2.1 percent of GDP, meeting the alliance commitment for the first time;', 'outlined', role=R_HALM),
    s(HALM, 'The minister', 'a new investment fund for regional hospitals of 900 million florins over four years;', 'outlined', role=R_HALM),
    s(HALM, 'The minister', 'a freeze in the number of posts in the state administration, with vacancies in ministries to be filled only from within;', 'outlined', role=R_HALM),
    s(HALM, 'The minister', 'no change in the rates of income tax or value added tax.', 'outlined', role=R_HALM),
    s(HALM, 'Halmi', 'new revenue would come from a levy of 0.3 percent|about 540 million florins a year', 'said', role=R_HALM),
    s(HALM, 'He', 'public debt would fall from 58.1 percent of GDP|57.4 percent at the end of 2034', 'added', role=R_HALM),
    s(HALM, '', 'the Government intended to return to a balanced budget by 2037', 'stressed', role=R_HALM),
    s(HALM, 'Halmi', 'no such change was planned for 2034 but that the question "will come back when we prepare the 2035 budget."', 'said', 'mixed', role=R_HALM),
    s('Livia Sarkany', 'The chair of the Budget Committee, Livia Sarkany (Civic Union)', 'the committee would hold hearings with every ministry in October and that she expected "a serious discussion about the hospital fund, not a rubber stamp."', 'said', 'mixed', role='chair of the Budget Committee'),
    s('Social Democrats', 'The opposition Social Democrats', 'the bank levy as too small', 'criticised'),
    s('Tomas Wendell', 'Their spokesman on finance, Tomas Wendell', 'the budget "a spreadsheet without a vision"', 'called', 'mixed', role='spokesman on finance'),
    s('Tomas Wendell', '', 'his party would table amendments to raise the minimum pension by a further 2 percent', 'said', role='spokesman on finance'),
    s('Banking Association of Montavia', 'The Banking Association of Montavia', 'the levy would "reduce lending to households and small firms at the worst possible time."', 'said', 'mixed'),
    s('Fiscal Council', 'The Fiscal Council, the independent budget watchdog', 'the growth forecast was realistic', 'said'),
    s('Fiscal Council', '', 'the deficit target depended on 400 million florins of savings that the draft "does not yet specify."', 'warned', 'mixed'),
)

MORA = 'Irena Moravec'
R_MORA = 'President of the Republic'

doc('al11-gov-norvalia-security-council-readout', 'Office of the President of the Republic of Norvalia', '2033-11-03', '''
The President chaired an extraordinary meeting of the Security Council

On 3 November 2033, President of the Republic Irena Moravec chaired an extraordinary meeting of the Security Council at the Presidential Palace. Taking part were Prime Minister Aleksander Brenk, Minister of Defence Viktor Halas, Minister of Internal Affairs Edita Sorensen-Kral, Minister of Foreign Affairs Jonas Pirtti, Chief of the General Staff General Roman Idzik and the Secretary of the Security Council, Lukas Wend.

The meeting considered the situation on the eastern border following the incidents of 30 October and 1 November, when unidentified drones entered the country's airspace over the Kamena district, as well as measures to protect critical infrastructure.

Opening the meeting, the President stressed that the security of the citizens living along the eastern border was "not a subject for bargaining" and that the state would respond to every violation of its airspace "calmly, firmly and in accordance with international law."

The Chief of the General Staff reported that on the night of 30 October six drones had crossed the border at low altitude and that four of them had been shot down by air defence units over uninhabited forest, with no casualties. Two drones fell near the village of Orlec on 1 November and damaged a power line, which was repaired within five hours.

The Minister of Internal Affairs informed the members of the Council that the border guard had been reinforced with 400 officers from the central reserve and that patrols of the border zone had been doubled.

Minister Pirtti said that a note of protest had been handed to the charge d'affaires of the Republic of Dravenia on 2 November and that Norvalia had requested urgent consultations within the Regional Security Organisation.

According to the Secretary of the Security Council, analysis of the wreckage shows that the drones were assembled from commercially available parts and were launched from the territory of Dravenia, about 30 kilometres from the border.

Minister of Defence Viktor Halas proposed moving two additional mobile air defence batteries to the Kamena district and said that the ministry had enough trained crews to do so within a week.

Prime Minister Aleksander Brenk assured the members of the Council that the additional spending would be covered within the current budget without cuts to social programmes.

Following the discussion, the President instructed:
- the Government to allocate additional funds for the physical protection of power stations, substations and water treatment plants in the eastern districts by 1 December 2033;
- the Ministry of Defence to extend the heightened readiness of air defence units in the eastern districts until 31 December 2033;
- the Ministry of Foreign Affairs to keep partner states and the Regional Security Organisation informed of the results of the investigation.

The President noted that the Government would submit a draft law on the protection of critical infrastructure to Parliament before the end of the year, and called on citizens to report any unidentified aircraft to the emergency number 112 rather than approach wreckage themselves.
''',
    s(MORA, 'the President', 'the security of the citizens living along the eastern border was "not a subject for bargaining"|"calmly, firmly and in accordance with international law."', 'stressed', 'mixed', role=R_MORA),
    s('Roman Idzik', 'The Chief of the General Staff', 'on the night of 30 October six drones had crossed the border at low altitude|with no casualties', 'reported', role='Chief of the General Staff'),
    s('Edita Sorensen-Kral', 'The Minister of Internal Affairs', 'the border guard had been reinforced with 400 officers|patrols of the border zone had been doubled', 'informed', role='Minister of Internal Affairs'),
    s('Jonas Pirtti', 'Minister Pirtti', "a note of protest had been handed to the charge d'affaires|within the Regional Security Organisation", 'said', role='Minister of Foreign Affairs'),
    s('Lukas Wend', 'the Secretary of the Security Council', 'analysis of the wreckage shows that the drones|about 30 kilometres from the border', 'according to', role='Secretary of the Security Council'),
    s('Viktor Halas', 'Minister of Defence Viktor Halas', 'moving two additional mobile air defence batteries to the Kamena district', 'proposed', role='Minister of Defence'),
    s('Viktor Halas', '', 'the ministry had enough trained crews to do so within a week', 'said', role='Minister of Defence'),
    s('Aleksander Brenk', 'Prime Minister Aleksander Brenk', 'the additional spending would be covered within the current budget without cuts to social programmes', 'assured', role='Prime Minister'),
    s(MORA, 'the President', 'the Government to allocate additional funds for the physical protection|by 1 December 2033;', 'instructed', role=R_MORA),
    s(MORA, 'the President', 'the Ministry of Defence to extend the heightened readiness|until 31 December 2033;', 'instructed', role=R_MORA),
    s(MORA, 'the President', 'the Ministry of Foreign Affairs to keep partner states|results of the investigation.', 'instructed', role=R_MORA),
    s(MORA, 'The President', 'the Government would submit a draft law on the protection of critical infrastructure to Parliament before the end of the year', 'noted', role=R_MORA),
    s(MORA, '', 'citizens to report any unidentified aircraft to the emergency number 112 rather than approach wreckage themselves', 'called on', role=R_MORA),
)
