"""Set AH's six government texts (see build_ah.py)."""
from invented_common import doc_spans as doc, s

DM = 'Rasmus Tollefsen'
R_DM = 'Defence Minister'
CGS = 'Henrika Aaltonen'
R_CGS = 'Chief of General Staff'

doc('ah06-gov-vendmark-defence-minister-conference-call', 'Ministry of Defence of the Kingdom of Vendmark', '2033-02-07', '''
Defence Minister holds conference call with the leadership of the Armed Forces

7 February 2033

Defence Minister Rasmus Tollefsen held a conference call with the leadership of the Armed Forces on Monday, attended by the Chief of General Staff, General Henrika Aaltonen, the commanders of the Army, Navy and Air Force, and the heads of the regional commands.

Opening the call, the Minister instructed the commanders to complete the transfer of the new coastal radar stations to operational duty by the end of March and to report weekly on progress. He noted that two of the six stations had been handed over with delays of more than a month and said that he expected "no further slippage, for any reason."

The Chief of General Staff reported that the winter readiness inspection of the Northern Command had been completed. According to General Aaltonen, 94 percent of the units inspected had been rated ready, and the remaining units had been given until 1 April to correct the shortcomings found, mainly in the maintenance of vehicles and in cold-weather equipment.

She informed the Minister that the first rotation of the battalion assigned to the allied brigade in Sarnia would deploy on 20 February as planned, with 640 servicemen and 110 vehicles.

The Commander of the Navy, Vice Admiral Oskar Lindahl, said that the frigate Ormhild had returned to service after a refit lasting fourteen months and would take part in the spring exercise in the Kattle Strait. He drew attention to a shortage of qualified engineers in the fleet and proposed extending the bonus paid to engineering officers who sign a second contract.

Mr Tollefsen supported the proposal and instructed the Personnel Department to prepare the necessary changes within two weeks.

The Commander of the Air Force, Major General Siv Hammar, reported that pilot training hours had risen to an average of 148 per pilot last year, the highest figure since 2019. At the same time, she pointed out that the delivery of two of the four new transport aircraft had been postponed by the manufacturer until 2034, and asked the Minister to raise the matter with the supplier at the political level.

The Minister said he would do so during his visit to the manufacturer's home country later this month.

The head of the Western Regional Command, Brigadier General Aksel Berg, informed the participants that the reconstruction of the barracks in Hallvik, damaged by fire in December, was 60 percent complete. Soldiers of the garrison were temporarily housed in the former naval school.

Summing up, Rasmus Tollefsen thanked the commanders for their work during the winter and stressed that this year's priorities remained the readiness of units, the housing of servicemen and the timely introduction of new equipment.

"Every delay in a contract is a delay in our security. I ask each of you to treat the deadlines in this year's plan as operational orders, not as wishes," the Minister said.

He instructed the Chief of General Staff to present a consolidated report on the implementation of the plan at the next call, scheduled for 7 March.

Press Service of the Ministry of Defence
''',
    s(DM, 'the Minister', 'the commanders to complete the transfer of the new coastal radar stations to operational duty by the end of March and to report weekly on progress', 'instructed', role=R_DM),
    s(DM, 'He', 'two of the six stations had been handed over with delays of more than a month', 'noted', role=R_DM),
    s(DM, 'He', 'he expected "no further slippage, for any reason."', 'said', 'mixed', role=R_DM),
    s(CGS, 'The Chief of General Staff', 'the winter readiness inspection of the Northern Command had been completed', 'reported', role=R_CGS),
    s(CGS, 'General Aaltonen', '94 percent of the units inspected had been rated ready|mainly in the maintenance of vehicles and in cold-weather equipment', 'according to', role=R_CGS),
    s(CGS, 'She', 'the first rotation of the battalion assigned to the allied brigade in Sarnia would deploy on 20 February as planned, with 640 servicemen and 110 vehicles', 'informed', role=R_CGS),
    s('Oskar Lindahl', 'The Commander of the Navy, Vice Admiral Oskar Lindahl', 'the frigate Ormhild had returned to service after a refit lasting fourteen months and would take part in the spring exercise in the Kattle Strait', 'said', role='Commander of the Navy'),
    s('Oskar Lindahl', 'He', 'a shortage of qualified engineers in the fleet', 'drew attention to', role='Commander of the Navy'),
    s('Oskar Lindahl', 'He', 'extending the bonus paid to engineering officers who sign a second contract', 'proposed', role='Commander of the Navy'),
    s(DM, 'Mr Tollefsen', 'the proposal', 'supported', role=R_DM),
    s(DM, 'Mr Tollefsen', 'the Personnel Department to prepare the necessary changes within two weeks', 'instructed', role=R_DM),
    s('Siv Hammar', 'The Commander of the Air Force, Major General Siv Hammar', 'pilot training hours had risen to an average of 148 per pilot last year, the highest figure since 2019', 'reported', role='Commander of the Air Force'),
    s('Siv Hammar', 'she', 'the delivery of two of the four new transport aircraft had been postponed by the manufacturer until 2034', 'pointed out', role='Commander of the Air Force'),
    s('Siv Hammar', 'she', 'the Minister to raise the matter with the supplier at the political level', 'asked', role='Commander of the Air Force'),
    s(DM, 'The Minister', "he would do so during his visit to the manufacturer's home country later this month", 'said', role=R_DM),
    s('Aksel Berg', 'The head of the Western Regional Command, Brigadier General Aksel Berg', 'the reconstruction of the barracks in Hallvik, damaged by fire in December, was 60 percent complete', 'informed', role='head of the Western Regional Command'),
    s(DM, 'Rasmus Tollefsen', "this year's priorities remained the readiness of units, the housing of servicemen and the timely introduction of new equipment", 'stressed', role=R_DM),
    s(DM, 'the Minister', '"Every delay in a contract is a delay in our security. I ask each of you to treat the deadlines in this year\'s plan as operational orders, not as wishes,"', 'said', 'direct', role=R_DM),
    s(DM, 'He', 'the Chief of General Staff to present a consolidated report on the implementation of the plan at the next call, scheduled for 7 March', 'instructed', role=R_DM),
)

DANC = 'Aurel Dancescu'
BRECHT = 'Johanna Brecht'
PAIR = 'Aurel Dancescu and Johanna Brecht'
R_DANC = 'President of the Republic of Estravia'
R_BRECHT = 'Prime Minister of the Kingdom of Ulmstad'

doc('ah07-gov-estravia-ulmstad-summit-joint-statement', 'Office of the President of the Republic of Estravia', '2033-04-26', '''
Joint Statement following the talks between the President of the Republic of Estravia and the Prime Minister of the Kingdom of Ulmstad

Selvara, 26 April 2033

At the invitation of the President of the Republic of Estravia, Aurel Dancescu, the Prime Minister of the Kingdom of Ulmstad, Johanna Brecht, paid an official visit to Estravia on 25-26 April 2033.

1. The sides held talks in a warm and constructive atmosphere and reviewed the full range of relations between Estravia and Ulmstad, which this year mark forty years since the establishment of diplomatic relations.

2. The leaders welcomed the growth of bilateral trade, which reached 3.4 billion euros in 2032, an increase of 22 percent on the previous year, and agreed to aim for 5 billion euros by 2036.

3. The sides underlined the importance of the Danubian rail corridor and agreed to complete the modernisation of the Selvara-Ostrau line by 2035. The two governments will set up a joint working group on financing, which will present its proposals by the end of the year.

4. The leaders expressed their concern at the rising number of cyberattacks against public institutions in both countries and agreed on the need to conclude an agreement on cooperation in cybersecurity before the end of 2033.

5. The sides confirmed their commitment to the energy interconnector between the two grids and noted with satisfaction that construction of the converter station at Varnita had begun ahead of schedule.

6. The leaders discussed the situation in the neighbouring Republic of Moravska and called on all political forces there to respect the outcome of the parliamentary elections scheduled for May.

7. The Prime Minister of the Kingdom of Ulmstad invited the President of the Republic of Estravia to pay an official visit to Ulmstad in 2034. The invitation was accepted with gratitude.

Statements for the press

President Aurel Dancescu: Madam Prime Minister, dear friends. Forty years ago our countries exchanged ambassadors at a time when a train from Selvara to Ostrau took eleven hours. Today it takes seven, and by 2035 it will take four. That, in one line, is what this visit was about: bringing our peoples closer, literally.

We have also agreed to work together against those who attack our hospitals, our ministries and our elections from behind a screen. No country can defend itself alone in that space, and Ulmstad has experience we want to learn from.

Prime Minister Johanna Brecht: Thank you, Mr President, for your hospitality and for the frankness of our talks. Ulmstad sees Estravia as a partner, not only as a market. Our companies have invested more than 900 million euros here in the last five years, and I came with twelve of them who want to invest more.

I will be honest: the interconnector has taken too long. But the ground is broken at Varnita, and I told the President today that Ulmstad will finance its share of the second phase from our own budget, without waiting for European funds.

We also spoke about the region. Both our countries want the elections in Moravska next month to be free and fair, and we are ready to send observers together.
''',
    s(PAIR, 'The leaders', 'the growth of bilateral trade, which reached 3.4 billion euros in 2032, an increase of 22 percent on the previous year', 'welcomed'),
    s(PAIR, 'The leaders', 'to aim for 5 billion euros by 2036', 'agreed'),
    s(PAIR, 'The sides', 'the importance of the Danubian rail corridor', 'underlined'),
    s(PAIR, 'The sides', 'to complete the modernisation of the Selvara-Ostrau line by 2035', 'agreed'),
    s(PAIR, 'The leaders', 'their concern at the rising number of cyberattacks against public institutions in both countries', 'expressed'),
    s(PAIR, 'The leaders', 'on the need to conclude an agreement on cooperation in cybersecurity before the end of 2033', 'agreed'),
    s(PAIR, 'The sides', 'their commitment to the energy interconnector between the two grids', 'confirmed'),
    s(PAIR, 'The sides', 'construction of the converter station at Varnita had begun ahead of schedule', 'noted with satisfaction'),
    s(PAIR, 'The leaders', 'all political forces there to respect the outcome of the parliamentary elections scheduled for May', 'called on'),
    s(DANC, 'President Aurel Dancescu', 'Forty years ago our countries exchanged ambassadors|Ulmstad has experience we want to learn from.', '', role=R_DANC),
    s(BRECHT, 'Prime Minister Johanna Brecht', 'Ulmstad sees Estravia as a partner,|we are ready to send observers together.', '', role=R_BRECHT),
)

MINAG = 'Ministry of Agriculture and Rural Development of the Republic of Halvaria'
KARST = 'Vilma Karsten'
R_KARST = 'Minister of Agriculture and Rural Development'
HOLM = 'Petras Holmberg'

doc('ah08-gov-halvaria-agriculture-sowing-report', 'Ministry of Agriculture and Rural Development of the Republic of Halvaria', '2033-05-16', '''
Spring field work: progress report as of 15 May 2033

The Ministry of Agriculture and Rural Development publishes this report every two weeks during the spring sowing campaign. Figures are based on reports from the regional agricultural administrations and may be revised.

According to the Ministry's operational data, as of 15 May:
- spring crops have been sown on 2.61 million hectares, or 78 percent of the planned area (on the same date last year: 84 percent);
- spring wheat has been sown on 910,000 hectares, barley on 540,000 hectares and maize on 620,000 hectares;
- sowing of sunflower has begun in the southern regions and covers 145,000 hectares;
- the condition of winter crops is assessed as good or satisfactory on 91 percent of the area; 6 percent of winter crops have been lost to frost and will be resown.

The delay compared with last year is explained by heavy rain in the second half of April in the Lessar and Orvik regions, where field work was halted for up to twelve days.

At a meeting with the heads of regional agricultural administrations on 14 May, Minister of Agriculture and Rural Development Vilma Karsten said that the delay could still be made up if the weather remains dry for the next two weeks. "We have lost days, not the season. But every day in May is worth three in June," the Minister said.

The Minister instructed the regional administrations:
- to report daily on sowing progress until the end of the campaign;
- to ensure that farms in the Lessar and Orvik regions receive priority access to the state machinery leasing pool;
- to check, together with the tax service, that diesel sold at the reduced agricultural rate is used only for field work.

Supplies of inputs

The Director of the Department of Crop Production, Petras Holmberg, reported that farms had received 1.08 million tonnes of mineral fertilisers since the start of the year, 7 percent more than a year earlier. In his words, the supply of nitrogen fertilisers is sufficient, while some farms in the north have reported delays in deliveries of phosphate fertilisers. Holmberg said the Department was working with the two main producers to resolve these delays by the end of May.

Diesel prices for agricultural producers have fallen by 4 percent since March, according to the Ministry's monitoring.

Credit and support

State-supported short-term loans worth 14.2 billion marks have been issued to 6,300 farms for the spring campaign. The Halvarian Farmers' Union considers the amount insufficient. Its chairman, Lukas Dreyer, said that small farms in particular were still waiting for decisions from banks and called on the Ministry to extend the application deadline to 30 June.

The Ministry has agreed to extend the deadline to 15 June.

Forecast

The Ministry expects total grain production in 2033 to reach 14.5-15 million tonnes, compared with 15.8 million tonnes last year, assuming normal weather conditions in June and July.

The next report will be published on 1 June.

Press Office
''',
    s(MINAG, "the Ministry's operational data", 'spring crops have been sown on 2.61 million hectares, or 78 percent of the planned area (on the same date last year: 84 percent);', 'according to'),
    s(MINAG, "the Ministry's operational data", 'spring wheat has been sown on 910,000 hectares, barley on 540,000 hectares and maize on 620,000 hectares;', 'according to'),
    s(MINAG, "the Ministry's operational data", 'sowing of sunflower has begun in the southern regions and covers 145,000 hectares;', 'according to'),
    s(MINAG, "the Ministry's operational data", 'the condition of winter crops is assessed as good or satisfactory on 91 percent of the area; 6 percent of winter crops have been lost to frost and will be resown.', 'according to'),
    s(KARST, 'Minister of Agriculture and Rural Development Vilma Karsten', 'the delay could still be made up if the weather remains dry for the next two weeks', 'said', role=R_KARST),
    s(KARST, 'the Minister', '"We have lost days, not the season. But every day in May is worth three in June,"', 'said', 'direct', role=R_KARST),
    s(KARST, 'The Minister', 'to report daily on sowing progress until the end of the campaign;', 'instructed', role=R_KARST),
    s(KARST, 'The Minister', 'to ensure that farms in the Lessar and Orvik regions receive priority access to the state machinery leasing pool;', 'instructed', role=R_KARST),
    s(KARST, 'The Minister', 'to check, together with the tax service, that diesel sold at the reduced agricultural rate is used only for field work.', 'instructed', role=R_KARST),
    s(HOLM, 'The Director of the Department of Crop Production, Petras Holmberg', 'farms had received 1.08 million tonnes of mineral fertilisers since the start of the year, 7 percent more than a year earlier', 'reported', role='Director of the Department of Crop Production'),
    s(HOLM, 'his', 'the supply of nitrogen fertilisers is sufficient, while some farms in the north have reported delays in deliveries of phosphate fertilisers', 'In his words', role='Director of the Department of Crop Production'),
    s(HOLM, 'Holmberg', 'the Department was working with the two main producers to resolve these delays by the end of May', 'said', role='Director of the Department of Crop Production'),
    s(MINAG, "the Ministry's monitoring", 'Diesel prices for agricultural producers have fallen by 4 percent since March', 'according to'),
    s("Halvarian Farmers' Union", "The Halvarian Farmers' Union", 'the amount insufficient', 'considers'),
    s('Lukas Dreyer', 'Its chairman, Lukas Dreyer', 'small farms in particular were still waiting for decisions from banks', 'said', role='chairman'),
    s('Lukas Dreyer', 'Its chairman, Lukas Dreyer', 'the Ministry to extend the application deadline to 30 June', 'called on', role='chairman'),
    s(MINAG, 'The Ministry', 'total grain production in 2033 to reach 14.5-15 million tonnes|in June and July', 'expects'),
)

VAL = 'Sergei Valentov'
R_VAL = 'Deputy Minister of Foreign Affairs of the Republic of Borsava'

doc('ah09-gov-borsava-deputy-foreign-minister-agency-interview', 'Ministry of Foreign Affairs of the Republic of Borsava', '2033-09-14', '''
Interview of Deputy Minister of Foreign Affairs Sergei Valentov to the Rivna Press Agency

14 September 2033

Rivna Press: Mr Valentov, next week the foreign ministers of the Caspian Littoral Forum meet in Ternau. What does Borsava expect from this meeting?

S. Valentov: Above all, a decision on the fisheries quotas. The moratorium on sturgeon fishing expires in December, and without an agreed regime we will see a return to the situation of the early 2020s, when the stocks fell by two thirds in five years. We have circulated a draft that would extend the moratorium by five years and create a joint inspection service. Three of the five states have already supported it in principle.

Rivna Press: And the other two?

S. Valentov: They have questions, mostly about the cost of the inspection service and about who would command it. These are fair questions. We are ready to discuss a rotating command and a budget shared according to the length of each state's coastline. I am confident that a compromise can be found in Ternau, or shortly afterwards.

Rivna Press: The foreign minister of Kazhmir, Alim Durrani, said last week that Borsava was using the fisheries issue to push its own pipeline project across the seabed. How do you respond?

S. Valentov: I read that interview with some surprise. The pipeline and the fisheries are two separate questions, and they are on two separate agendas. The pipeline route was approved by an environmental assessment in which all five states took part, including Kazhmir. As Minister Vorontsova said in parliament in June, we will not ask anyone to trade one question for another.

Rivna Press: Is a meeting between the presidents of Borsava and Kazhmir possible this year?

S. Valentov: Contacts at all levels continue. I would not want to anticipate decisions that belong to the heads of state. What I can say is that our ministries are in regular contact and that the intergovernmental commission on trade will meet in Lessk in November, for the first time in three years.

Rivna Press: Borsavan truck drivers have complained of waiting up to four days at the Kazhmir border. Is the ministry doing anything about this?

S. Valentov: Yes. Our embassy has raised this with the Kazhmiri authorities several times this summer. According to the data of our border service, the average waiting time has fallen from 61 hours in July to 34 hours now, after Kazhmir opened two additional lanes. That is still too long. We have proposed a joint electronic queue, as we have on our western border, and I hope we can sign the relevant protocol at the commission in November.

Rivna Press: Finally, there have been reports that Borsava intends to open a consulate in the port of Askar. Can you confirm them?

S. Valentov: The decision has been taken, and the consulate will open in the first half of next year. About 40,000 of our citizens live and work in the Askar region, and it is not normal that they have to travel eight hundred kilometres to renew a passport.

Rivna Press: Thank you.
''',
    s(VAL, 'S. Valentov', 'Above all, a decision on the fisheries quotas.|Three of the five states have already supported it in principle.', '', role=R_VAL),
    s(VAL, 'S. Valentov', 'They have questions, mostly about the cost|or shortly afterwards.', '', role=R_VAL),
    s('Alim Durrani', 'The foreign minister of Kazhmir, Alim Durrani', 'Borsava was using the fisheries issue to push its own pipeline project across the seabed', 'said', role='foreign minister of Kazhmir'),
    s(VAL, 'S. Valentov', 'I read that interview with some surprise.|we will not ask anyone to trade one question for another.', '', role=R_VAL),
    s('Minister Vorontsova', 'Minister Vorontsova', 'we will not ask anyone to trade one question for another', 'said', nested=True, via=VAL),
    s(VAL, 'S. Valentov', 'Contacts at all levels continue.|for the first time in three years.', '', role=R_VAL),
    s('Borsavan truck drivers', 'Borsavan truck drivers', 'waiting up to four days at the Kazhmir border', 'have complained of'),
    s(VAL, 'S. Valentov', 'Yes. Our embassy has raised this|at the commission in November.', '', role=R_VAL),
    s('Borsavan border service', 'the data of our border service', 'the average waiting time has fallen from 61 hours in July to 34 hours now, after Kazhmir opened two additional lanes', 'According to', nested=True, via=VAL),
    s(VAL, 'S. Valentov', 'The decision has been taken,|to renew a passport.', '', role=R_VAL),
)

WRZ = 'Tomasz Wrzesniak'
R_WRZ = 'Minister of Health'
PILL = 'Dev Pillai'
OSU = 'Amaka Osuagwu-Rein'

doc('ah10-gov-lakeshore-health-committee-hearing', 'Legislative Assembly of the Province of Lakeshore', '2033-11-08', '''
Standing Committee on Health and Social Services

Hearing on surgical waiting lists

Tuesday, 8 November 2033 (transcript, excerpt)

The Chair (Ms. Rosalind Kettering): Good morning. I call this meeting of the Standing Committee on Health and Social Services to order. We are continuing our hearing on surgical waiting lists, and we are joined by the Minister of Health. Minister, you have ten minutes for your opening remarks.

Hon. Tomasz Wrzesniak (Minister of Health): Thank you, Madam Chair. Members of the committee, I will be brief so that we have time for your questions.

At the end of September, 58,400 patients in this province were waiting for a scheduled surgery. A year ago the number was 66,900. That is a reduction of 13 per cent, and it is the first year-on-year reduction since before the pandemic. The number of patients waiting longer than the clinical target has fallen from 24,100 to 19,800.

These results come from three measures: the evening and weekend operating lists we funded in eleven hospitals, the two new day surgery centres in Harwich and Port Anselm, and the central referral system, which now sends a patient to the first available surgeon in the region rather than to one named surgeon. I do not pretend the job is done. Orthopaedic and eye surgery remain the longest waits, and I will say more about them in answer to your questions.

The Chair (Ms. Rosalind Kettering): Thank you, Minister. Mr. Pillai.

Mr. Dev Pillai (Northgate): Thank you, Chair. Minister, how many of the 19,800 patients waiting beyond the target are waiting for a hip or knee replacement?

Hon. Tomasz Wrzesniak: About 7,300. The median wait for a knee replacement is 41 weeks, against a target of 26. We have signed agreements with two private clinics to perform 2,000 joint replacements next year, paid at the public rate, and the patients will not pay anything.

Mr. Dev Pillai: So the answer to public waiting lists is private clinics.

The Chair (Ms. Rosalind Kettering): Mr. Pillai, your time is up. Ms. Osuagwu-Rein.

Ms. Amaka Osuagwu-Rein (Riverside West): Thank you. I want to put on the record that in my riding the cataract wait has not fallen at all. The Riverside clinic has had one ophthalmologist since March, and people in their eighties are being told to drive two hours to Harwich. That is not a central referral system; it is a highway.

The Auditor General said in her report last month that the ministry could not show how many of the new evening lists were actually used. Minister, can you?

Hon. Tomasz Wrzesniak: I can. Of 4,100 evening and weekend lists funded since January, 3,650 were used, which is 89 per cent. The Auditor General was right that the data were not published, and we will publish them every quarter from now on. On Riverside, the member is correct, and I have asked the regional health authority to recruit a second ophthalmologist before the spring.

Mr. Gilles Lavergne (Bellamy Falls): Minister, the nurses' association told this committee on Thursday that the evening lists are staffed by nurses working overtime, and that burnout is the real waiting list. Do you accept that?

Hon. Tomasz Wrzesniak: I accept that we are asking a lot of our nurses, and I have met the association twice this autumn. We are hiring 600 nurses this year, and the overtime rate is a temporary measure, not a plan.

The Chair (Ms. Rosalind Kettering): Thank you, Minister. The committee will recess until 1 p.m.
''',
    s(WRZ, 'Hon. Tomasz Wrzesniak', 'At the end of September, 58,400 patients|I will say more about them in answer to your questions.', '', role=R_WRZ),
    s(WRZ, 'Hon. Tomasz Wrzesniak', 'About 7,300.|the patients will not pay anything.', '', role=R_WRZ),
    s(PILL, 'Mr. Dev Pillai', 'So the answer to public waiting lists is private clinics.', ''),
    s(OSU, 'Ms. Amaka Osuagwu-Rein', 'I want to put on the record that in my riding|it is a highway.', ''),
    s('Auditor General', 'The Auditor General', 'the ministry could not show how many of the new evening lists were actually used', 'said'),
    s(WRZ, 'Hon. Tomasz Wrzesniak', 'I can. Of 4,100 evening and weekend lists|before the spring.', '', role=R_WRZ),
    s("nurses' association", "the nurses' association", 'the evening lists are staffed by nurses working overtime, and that burnout is the real waiting list', 'told'),
    s(WRZ, 'Hon. Tomasz Wrzesniak', 'I accept that we are asking a lot of our nurses,|not a plan.', '', role=R_WRZ),
)

HALL = 'Viktor Halloran'
R_HALL = 'President of the Republic of Ostravia'
MORR = 'Lina Morrow'
R_MORR = 'Presidential Press Secretary'
GELL = 'Anton Gellert'
R_GELL = 'Governor of the Tervola Region'

doc('ah11-gov-ostravia-presidential-decree-economic-zone', 'Office of the President of the Republic of Ostravia', '2033-07-03', '''
New economic zone will bring 12,000 jobs to Tervola by 2040 - governor

President signs decree on the Tervola Special Economic Zone

3 July 2033

President of the Republic of Ostravia Viktor Halloran has signed a decree establishing the Tervola Special Economic Zone, covering 4,200 hectares in the Tervola Region on the country's northern border.

Under the decree, companies registered in the zone will be exempt from corporate income tax for the first seven years of operation and will pay a reduced rate of 8 percent for the following five years. Land in the zone will be leased to investors for up to 49 years. The decree instructs the Cabinet of Ministers to approve, within three months, a programme for building roads, power lines and a freight rail terminal to serve the zone.

According to the decree, the zone is intended to attract investment in food processing, timber products and logistics, and to reduce unemployment in the region, which at 11.4 percent is the highest in the country.

The document enters into force on the day of its official publication.

Presidential Press Secretary Lina Morrow told reporters that the President had signed the decree after a meeting with investors in the capital last week, at which eleven companies had expressed interest in locating in the zone.

"The President's view is simple: a region that borders three countries should be a gateway, not a dead end. This decree gives Tervola the tools to become one," Morrow said.

Asked whether the tax exemptions would cost the budget revenue, the press secretary said the Ministry of Finance had estimated the losses at no more than 40 million crowns a year and that they would be "recovered many times over" through income tax and social contributions paid by new employees.

She added that the President intended to visit Tervola in September to see the first sites allocated to investors.

Governor of the Tervola Region Anton Gellert welcomed the decree, saying it was "the most important decision for our region in thirty years."

"For a long time, our young people have had one plan after school: the bus to the capital. Now they will have a reason to stay," the governor said.

Gellert said that the regional administration expected the zone to create around 12,000 jobs by 2040 and that talks with four of the interested companies were at an advanced stage. He noted that the region would contribute 300 hectares of its own land and would build a training centre for the zone's future workers together with Tervola Technical College.

Local business associations have also supported the decision. The chair of the Tervola Chamber of Commerce, Hanna Pesonen, called the decree "long overdue" and urged the government to start work on the rail terminal without waiting for the full programme to be approved.

The opposition Agrarian Party has criticised the tax exemptions, arguing that existing businesses in the region will compete on unequal terms with newcomers. Its leader, Erkki Vaara, said on Monday that the party would ask the Constitutional Court to review whether the exemptions breach the principle of equal treatment.
''',
    s(GELL, 'governor', 'New economic zone will bring 12,000 jobs to Tervola by 2040', '', role=R_GELL),
    s(HALL, 'The decree', 'the Cabinet of Ministers to approve, within three months,|to serve the zone', 'instructs', role=R_HALL),
    s(HALL, 'the decree', 'the zone is intended to attract investment in food processing|the highest in the country', 'According to', role=R_HALL),
    s(MORR, 'Presidential Press Secretary Lina Morrow', 'the President had signed the decree after a meeting with investors in the capital last week, at which eleven companies had expressed interest in locating in the zone', 'told', role=R_MORR),
    s(MORR, 'Morrow', '"The President\'s view is simple: a region that borders three countries should be a gateway, not a dead end. This decree gives Tervola the tools to become one,"', 'said', 'direct', role=R_MORR),
    s(MORR, 'the press secretary', 'the Ministry of Finance had estimated the losses at no more than 40 million crowns a year and that they would be "recovered many times over" through income tax and social contributions paid by new employees', 'said', 'mixed', role=R_MORR),
    s('Ministry of Finance', 'the Ministry of Finance', 'the losses at no more than 40 million crowns a year', 'had estimated', nested=True, via=MORR),
    s(MORR, 'She', 'the President intended to visit Tervola in September to see the first sites allocated to investors', 'added', role=R_MORR),
    s(GELL, 'Governor of the Tervola Region Anton Gellert', 'the decree', 'welcomed', role=R_GELL),
    s(GELL, 'Governor of the Tervola Region Anton Gellert', 'it was "the most important decision for our region in thirty years."', 'saying', 'mixed', role=R_GELL),
    s(GELL, 'the governor', '"For a long time, our young people have had one plan after school: the bus to the capital. Now they will have a reason to stay,"', 'said', 'direct', role=R_GELL),
    s(GELL, 'Gellert', 'the regional administration expected the zone to create around 12,000 jobs by 2040 and that talks with four of the interested companies were at an advanced stage', 'said', role=R_GELL),
    s(GELL, 'He', "the region would contribute 300 hectares of its own land and would build a training centre for the zone's future workers together with Tervola Technical College", 'noted', role=R_GELL),
    s('Local business associations', 'Local business associations', 'the decision', 'have also supported'),
    s('Hanna Pesonen', 'The chair of the Tervola Chamber of Commerce, Hanna Pesonen', '"long overdue"', 'called', 'direct', role='chair of the Tervola Chamber of Commerce'),
    s('Hanna Pesonen', 'The chair of the Tervola Chamber of Commerce, Hanna Pesonen', 'the government to start work on the rail terminal without waiting for the full programme to be approved', 'urged', role='chair of the Tervola Chamber of Commerce'),
    s('Agrarian Party', 'The opposition Agrarian Party', 'the tax exemptions', 'has criticised'),
    s('Agrarian Party', 'The opposition Agrarian Party', 'existing businesses in the region will compete on unequal terms with newcomers', 'arguing'),
    s('Erkki Vaara', 'Its leader, Erkki Vaara', 'the party would ask the Constitutional Court to review whether the exemptions breach the principle of equal treatment', 'said', role='leader'),
)
