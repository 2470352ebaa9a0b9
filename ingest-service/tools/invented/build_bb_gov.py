"""Set BB's six government texts (see build_bb.py)."""
from invented_common import doc_spans as doc, s

HALV = 'Petra Halvorsen'
OKON = 'Dariusz Okonek-Vale'

doc('bb06-gov-arvania-telmora-foreign-ministers-press-conference', 'Ministry of Foreign Affairs of Arvania', '2036-05-22', '''
Ministry of Foreign Affairs of Arvania

Transcript: Joint press conference of Foreign Minister Petra Halvorsen and the Foreign Minister of Telmora, Dariusz Okonek-Vale

Sollmark, 22 May 2036

MODERATOR (Jonas Eklind, Director of Press): Good afternoon. The ministers will make short statements and then take four questions, two from each side. Minister Halvorsen, please.

MINISTER HALVORSEN: Thank you, Jonas. Dariusz, welcome to Sollmark. It is a pleasure to host the first visit by a Telmoran foreign minister in eleven years.

We have had four hours of very open talks today, first in a small format and then with our delegations, and we ended with a working lunch with business leaders from both countries. We agreed to reopen our consulates in Varga and Lisk by the end of the year, and to restart the joint commission on the Drava river, which has not met since 2031. We also discussed energy. The gas interconnector between our two grids will be completed next spring, and our grid operators will meet in June to agree on how it is run in a crisis. I also raised the cases of the two Arvanian fishermen held in Telmora since March.

Our countries have disagreed on many things. But today I heard a clear willingness to solve problems rather than list them, and I hope this visit is the start of a habit.

MODERATOR: Thank you. Minister Okonek-Vale.

MINISTER OKONEK-VALE (interpretation): Thank you, Petra, for your hospitality and for a frank conversation.

I can confirm that we will reopen our consulate in Varga in October. On the Drava, our experts will meet in Lisk next month to agree on the data we share about water levels, because the floods of last spring showed that neither of us can manage that river alone.

On the fishermen, the case is before our courts and I cannot interfere with them. But I will make sure that their families can visit them, and that they have the lawyers they need.

MODERATOR: We will now take questions. First, Arvanian Broadcasting.

QUESTION (Marit Solberg-Haas, Arvanian Broadcasting): Minister Halvorsen, the fishermen's union in Varga said this morning that the two men were detained in Arvanian waters, not Telmoran ones. Did you raise that with your colleague?

MINISTER HALVORSEN: I did. Our coast guard's position data shows the boat was inside our waters when it was stopped, and I gave the minister a copy of that data today. We will continue to raise it at every level.

QUESTION (Bogdan Wierz, Telmora Today): Minister Okonek-Vale, will Telmora lift its visa requirement for Arvanian students?

MINISTER OKONEK-VALE (interpretation): That is on the table. (laughter) Not on this table, to be precise, but on the table of our interior ministry, which will report to the government by September.

QUESTION (Hanne Brekk, Sollmark Post): A follow-up for both ministers. Is there a date for a visit by the presidents?

MINISTER HALVORSEN: Not yet. Our presidents will speak by phone next week, and we hope they will set one then.

MINISTER OKONEK-VALE (interpretation): I agree with Petra. I would only add that President Tomas Marek has said he would be glad to come in the spring.

QUESTION (Juraj Halm, Telmoran Press Agency): Minister Halvorsen, the leader of your opposition, Ingrid Saether, called today's talks "a photo opportunity." How do you answer her?

MINISTER HALVORSEN: The photographs are the least important part of today. Ask me again in December, when the consulates are open.

MODERATOR: Thank you. That is all the time we have.

Press Office, Ministry of Foreign Affairs of Arvania
''',
    s(HALV, 'MINISTER HALVORSEN', 'Dariusz, welcome to Sollmark.|and I hope this visit is the start of a habit.', '', role='Foreign Minister'),
    s(OKON, 'MINISTER OKONEK-VALE', 'I can confirm that we will reopen our consulate in Varga in October.|the lawyers they need.', '', role='Foreign Minister of Telmora'),
    s("the fishermen's union in Varga", "the fishermen's union in Varga", 'the two men were detained in Arvanian waters, not Telmoran ones', 'said'),
    s(HALV, 'MINISTER HALVORSEN', 'I did. Our coast guard|We will continue to raise it at every level.', '', role='Foreign Minister'),
    s("Our coast guard's position data", "Our coast guard's position data", 'the boat was inside our waters when it was stopped', 'shows', nested=True, via=HALV),
    s(OKON, 'MINISTER OKONEK-VALE', 'That is on the table.', '', role='Foreign Minister of Telmora'),
    s(OKON, 'MINISTER OKONEK-VALE', 'Not on this table, to be precise|which will report to the government by September.', '', role='Foreign Minister of Telmora'),
    s(HALV, 'MINISTER HALVORSEN', 'Not yet. Our presidents will speak by phone next week, and we hope they will set one then.', '', role='Foreign Minister'),
    s(OKON, 'MINISTER OKONEK-VALE', 'I agree with Petra.|glad to come in the spring.', '', role='Foreign Minister of Telmora'),
    s('Tomas Marek', 'President Tomas Marek', 'he would be glad to come in the spring', 'has said', nested=True, via=OKON, role='President'),
    s('Ingrid Saether', 'Ingrid Saether', 'today\'s talks "a photo opportunity."', 'called', 'mixed', role='the leader of your opposition'),
    s(HALV, 'MINISTER HALVORSEN', 'The photographs are the least important part of today. Ask me again in December, when the consulates are open.', '', role='Foreign Minister'),
)

BRZ = 'Halina Brzeska-Rudd'

doc('bb07-gov-sarnovia-defence-ministry-weekly-briefing', 'Ministry of National Defence of Sarnovia', '2036-10-09', '''
Ministry of National Defence of Sarnovia

Weekly briefing by the Ministry's spokesperson, Colonel Halina Brzeska-Rudd

9 October 2036

Good morning. I have three items today.

First, the exercise Northern Shield ended on Sunday. It was the largest exercise on our territory this year, and the first in which our new mobile air defence batteries were deployed outside their home bases. More than 4,000 soldiers and airmen from the land forces and the air force took part over ten days, together with units from two partner countries. I want to thank the people of the Drenow district for their patience with the noise and the road closures.

Second, the Minister of National Defence, Aleksander Wrobel-Tann, signed a contract on Friday for 24 armoured ambulances from the domestic manufacturer Karsa Vehicle Works. The first six will be delivered next year.

Third, following reports in the media, I can confirm that a reconnaissance drone crashed in a field near the village of Osiny on Tuesday during a training flight. No one was hurt. A commission has been appointed to find the cause, and the ministry will publish its conclusions.

Now I am ready for your questions.

Question (Sarnovian Radio): Colonel, the newspaper Dziennik Osin reported that the drone had been flying outside the designated training area. Is that true?

Answer: The commission will establish the route the drone took, and I do not want to anticipate its findings. I can say that the flight plan approved for Tuesday covered the area near Osiny.

Question (Agencja Nord): How many drones of this type does the army operate, and have they been grounded?

Answer: We do not publish that number. The remaining aircraft of this type have been grounded as a precaution until the commission reports.

Question (TV Kanal 3): The opposition's defence spokesman, Piotr Zaleski-Moor, said yesterday that the ambulance contract was awarded without a tender. Why?

Answer: That is not correct. There was a tender, it was announced in March, and two companies took part. Karsa's offer was cheaper and its delivery faster. The documents are available on the ministry's website.

Question (Drenow Gazette): Residents in Drenow say that tanks damaged several kilometres of local roads during the exercise. Who will pay for the repairs?

Answer: The ministry will pay. Our engineers have already surveyed the roads together with the district authorities, and the repairs will begin next week.

Question (Sarnovian Radio): A follow-up. When exactly?

Answer: Next Monday. The district governor told me yesterday that the detours will be marked by the weekend.

Question (Kurier Poranny): Minister Wrobel-Tann said in an interview on Sunday that the army would recruit 5,000 more soldiers next year. Is the money for that already in the budget?

Answer: The budget proposal includes those funds. Parliament will vote on it in December.

Question (Agencja Nord): Will the partner countries' units return next year?

Answer: I will leave that question to the minister.

Thank you. The next briefing is on 16 October.
''',
    s(BRZ, '', 'Good morning. I have three items today.|the ministry will publish its conclusions.', '', role="the Ministry's spokesperson"),
    s('Dziennik Osin', 'the newspaper Dziennik Osin', 'the drone had been flying outside the designated training area', 'reported'),
    s(BRZ, '', 'The commission will establish the route the drone took|covered the area near Osiny.', '', role="the Ministry's spokesperson"),
    s(BRZ, '', 'We do not publish that number.|until the commission reports.', '', role="the Ministry's spokesperson"),
    s('Piotr Zaleski-Moor', "The opposition's defence spokesman, Piotr Zaleski-Moor", 'the ambulance contract was awarded without a tender', 'said', role="The opposition's defence spokesman"),
    s(BRZ, '', "That is not correct. There was a tender|available on the ministry's website.", '', role="the Ministry's spokesperson"),
    s('Residents in Drenow', 'Residents in Drenow', 'tanks damaged several kilometres of local roads during the exercise', 'say'),
    s(BRZ, '', 'The ministry will pay. Our engineers|the repairs will begin next week.', '', role="the Ministry's spokesperson"),
    s(BRZ, '', 'Next Monday. The district governor told me yesterday that the detours will be marked by the weekend.', '', role="the Ministry's spokesperson"),
    s('Aleksander Wrobel-Tann', 'Minister Wrobel-Tann', 'the army would recruit 5,000 more soldiers next year', 'said', role='Minister of National Defence'),
    s(BRZ, '', 'The budget proposal includes those funds. Parliament will vote on it in December.', '', role="the Ministry's spokesperson"),
    s('The district governor', 'The district governor', 'the detours will be marked by the weekend', 'told', nested=True, via=BRZ),
)

KELL = 'Tobias Kellerman-Shaw'
FAIR = 'Ondine Fairweather-Lusk'
LIND = 'Beatrix Lindholm'

doc('bb08-gov-harwick-appeal-court-bail-ruling', 'Court of Appeal for Harwick', '2036-07-30', '''
COURT OF APPEAL FOR HARWICK

Citation: Kellerman-Shaw v. The King, 2036 HWCA 118

Date: 2036-07-30

Heard: 2036-07-16

Between: Tobias Kellerman-Shaw (Appellant) and His Majesty the King (Respondent)

Before: Justice Ondine Fairweather-Lusk, Justice Marcus Oyelaran, Justice Beatrix Lindholm

Summary of reasons delivered by Justice Fairweather-Lusk (Justice Oyelaran concurring; Justice Lindholm dissenting)

[1] The appellant is charged with fraud over $5,000 and laundering the proceeds of crime in connection with a cryptocurrency investment scheme. The Crown alleges that the scheme took $14 million from about 900 investors. He has been held in custody since his arrest on January 8, 2036. He is 34, has no criminal record and has lived in Port Vennick all his life. His passport was seized at the time of his arrest.

[2] On February 20, a judge of the Superior Court denied bail on the secondary and tertiary grounds. The bail judge found that the appellant's access to overseas accounts made it likely that he would continue to move funds if released, and that public confidence in the administration of justice required his detention.

[3] The appellant argues that the bail judge erred in two ways: first, by treating the amount of the alleged fraud as if it were proof of guilt, and second, by rejecting his proposed sureties without considering whether electronic monitoring could address her concerns.

[4] The Crown submits that the bail judge's reasons, read as a whole, disclose no error, and that this Court must not substitute its own view of the evidence for hers.

[5] The appellant's sister, Lydia Kellerman, who offered to act as a surety and to pledge $150,000, testified at the bail hearing that she would call the police if her brother breached any condition. The bail judge described her evidence as "sincere but naive."

[6] In my view, the bail judge did err in her treatment of the tertiary ground, because the seriousness of the charges, one factor among four, cannot on its own justify the detention of a person who is presumed innocent and has no criminal record.

[7] I am also satisfied that the plan of release now proposed, which adds electronic monitoring, a ban on any device that connects to the internet and a second surety, answers the concerns on the secondary ground. I accept the evidence of the monitoring company's manager, Dev Raghunathan, that the bracelet reports the wearer's location every 60 seconds.

[8] The appeal is allowed. The appellant is to be released on the following conditions:

- he shall reside with Lydia Kellerman at her home in Port Vennick;
- he shall wear an electronic monitoring device at all times;
- he shall not possess or use any computer, phone or other device that can connect to the internet;
- he shall deposit his passport with the police within 48 hours.

[9] Justice Lindholm, dissenting, would have dismissed the appeal. She wrote that the bail judge had weighed the factors as the law requires, and that an appellate court should intervene only where a decision is clearly unreasonable, which this one was not.

Counsel: Rosalind Achterberg for the appellant; Gavin Threlfall for the Crown.
''',
    s('The Crown', 'The Crown', 'the scheme took $14 million from about 900 investors', 'alleges'),
    s('The bail judge', 'The bail judge', "the appellant's access to overseas accounts made it likely that he would continue to move funds if released, and that public confidence in the administration of justice required his detention", 'found'),
    s(KELL, 'The appellant', 'the bail judge erred in two ways: first,|could address her concerns', 'argues', role='Appellant'),
    s('The Crown', 'The Crown', "the bail judge's reasons, read as a whole, disclose no error, and that this Court must not substitute its own view of the evidence for hers", 'submits'),
    s('Lydia Kellerman', "The appellant's sister, Lydia Kellerman", 'she would call the police if her brother breached any condition', 'testified', role="The appellant's sister"),
    s('The bail judge', 'The bail judge', 'her evidence as "sincere but naive."', 'described', 'mixed'),
    s(FAIR, '', 'the bail judge did err in her treatment of the tertiary ground|has no criminal record', 'In my view', role='Justice'),
    s(FAIR, '', 'the plan of release now proposed|answers the concerns on the secondary ground', 'I am also satisfied that', role='Justice'),
    s(FAIR, '', "the bracelet reports the wearer's location every 60 seconds", 'I accept the evidence of', role='Justice'),
    s(LIND, 'She', 'the bail judge had weighed the factors as the law requires, and that an appellate court should intervene only where a decision is clearly unreasonable, which this one was not', 'wrote', role='Justice'),
)

TSBN = 'Transportation Safety Board of Norvenne'
SOLV = 'Ingrid Solvaag-Berne'
DUNL = 'Marek Dunleavy'

doc('bb09-gov-norvenne-safety-board-kessel-derailment-report', 'Transportation Safety Board of Norvenne', '2036-03-03', '''
Transportation Safety Board of Norvenne

News release

TSBN releases final report into Kessel Junction propane train derailment

HALBERG, 3 March 2036 - The Transportation Safety Board of Norvenne (TSBN) today released its final report (R35K0042) into the derailment of a Borea Rail freight train carrying propane near Kessel Junction on 11 June 2035. The train, made up of three locomotives and 88 cars, was travelling east on the Borea main line when it derailed at 2:14 a.m. Nineteen of the train's 88 cars left the track and two of them ruptured, starting a fire that burned for 31 hours. About 600 residents were evacuated. No one was injured.

The investigation team examined 3.2 kilometres of track, recovered the broken rail sections for laboratory analysis and interviewed 27 people, including the train crew and the track inspectors.

The investigation found that:

- a broken rail, with a fatigue crack that had grown for at least eight months, caused the derailment;
- an ultrasonic test in April 2035 had detected the crack, but the result was recorded under the wrong location and no repair was scheduled;
- the train was travelling at 58 km/h, within the limit for the track;
- Borea Rail's system for tracking defects relied on manual entries that no second person checked.

"This derailment was not bad luck. The crack was found, and then it was lost in the paperwork," said TSBN Chair Ingrid Solvaag-Berne. "A defect that has been found should never be able to disappear."

At a news conference in Halberg, the investigator-in-charge, Marek Dunleavy, said the crack was "clearly visible" in the April test data and would have been repaired within days had it been filed under the right kilometre post.

The Board is recommending that the Department of Transport require railways to confirm, by a second check, the location of every defect found by track testing, and that the Department set a deadline for the repair of defects of this kind.

Following the occurrence, Borea Rail informed the Board that it had replaced the manual entries with GPS-tagged records and retrained its 140 track inspectors. The Board welcomes these actions, but notes that the company's new system has not yet been audited by the Department.

The Board also found that residents of Kessel Junction received conflicting evacuation instructions from the railway and the municipality during the first two hours. The report notes that the municipality's emergency plan had not been updated since 2027.

Broken rails caused 14 of the 61 main-track derailments the Board investigated in 2035, according to its annual statistics.

The Mayor of Kessel Junction, Pieter Van Aalst-Grove, said in a statement that the town welcomed the report and had already begun rewriting its emergency plan together with the railway.

The TSBN is an independent agency that investigates marine, pipeline, rail and air transportation occurrences. Its sole aim is the advancement of transportation safety. It is not the function of the Board to assign fault or determine civil or criminal liability.

For more information, contact: TSBN Media Relations, 555-0142
''',
    s(TSBN, 'The investigation', 'a broken rail, with a fatigue crack that had grown for at least eight months, caused the derailment;', 'found'),
    s(TSBN, 'The investigation', 'an ultrasonic test in April 2035 had detected the crack, but the result was recorded under the wrong location and no repair was scheduled;', 'found'),
    s(TSBN, 'The investigation', 'the train was travelling at 58 km/h, within the limit for the track;', 'found'),
    s(TSBN, 'The investigation', "Borea Rail's system for tracking defects relied on manual entries that no second person checked.", 'found'),
    s(SOLV, 'TSBN Chair Ingrid Solvaag-Berne', '"This derailment was not bad luck. The crack was found, and then it was lost in the paperwork,"', 'said', 'direct', role='TSBN Chair'),
    s(SOLV, '', '"A defect that has been found should never be able to disappear."', '', 'direct', role='TSBN Chair'),
    s(DUNL, 'the investigator-in-charge, Marek Dunleavy', 'the crack was "clearly visible" in the April test data and would have been repaired within days had it been filed under the right kilometre post', 'said', 'mixed', role='the investigator-in-charge'),
    s(TSBN, 'The Board', 'the Department of Transport require railways to confirm, by a second check,|repair of defects of this kind', 'is recommending'),
    s('Borea Rail', 'Borea Rail', 'it had replaced the manual entries with GPS-tagged records and retrained its 140 track inspectors', 'informed'),
    s(TSBN, 'The Board', 'these actions', 'welcomes'),
    s(TSBN, '', "the company's new system has not yet been audited by the Department", 'notes'),
    s(TSBN, 'The Board', 'residents of Kessel Junction received conflicting evacuation instructions from the railway and the municipality during the first two hours', 'found'),
    s(TSBN, 'its annual statistics', 'Broken rails caused 14 of the 61 main-track derailments the Board investigated in 2035', 'according to'),
    s('Pieter Van Aalst-Grove', 'The Mayor of Kessel Junction, Pieter Van Aalst-Grove', 'the town welcomed the report and had already begun rewriting its emergency plan together with the railway', 'said', role='The Mayor of Kessel Junction'),
    s(TSBN, 'The report', "the municipality's emergency plan had not been updated since 2027", 'notes'),
)

AGS = 'Aldmark Geological Survey'
NYQ = 'Hedda Nyquist'

doc('bb10-gov-aldmark-skarren-valley-park-closure', 'Parks Aldmark', '2036-08-21', '''
Parks Aldmark

Closure notice and media release: Skarren Valley National Park

Issued: 21 August 2036
Status: In effect until further notice

Skarren Valley National Park, established in 1962, covers 1,140 square kilometres of forest, lakes and glacier valleys and received 412,000 visits in 2035.

Skarren Valley National Park is closed to all visitors from 6 p.m. on 21 August 2036. The closure applies to all trails, campgrounds, picnic areas, the Skarren Road and the visitor centre at Hollin Ford.

Why the park is closed

The Aldmark Geological Survey informed Parks Aldmark on 19 August that its instruments had recorded accelerating movement on the slope above kilometre 14 of the Skarren Road. The Survey's assessment, sent to the agency on 20 August, concludes that a large rockfall is likely within the next four to eight weeks and could block the road and the river below it.

In 2029, a smaller rockfall at the same site closed the road for 11 days. A review of that event, carried out for Parks Aldmark by the engineering firm Holt & Renner, recommended permanent monitoring of the slope, which began in 2030.

"We do not close a whole park lightly. But the road is the only way in and the only way out, and we will not risk people being trapped behind a rockfall," said Hedda Nyquist, Superintendent of Skarren Valley National Park.

Nyquist stressed three points for people living near the park:

- the closure is a precaution, and there is no danger to homes in Hollin Ford;
- the river downstream is being monitored, and residents will be warned at least 48 hours before any flood risk;
- anyone who sees new cracks or falling rock on the Skarren Road should call 112.

What this means for visitors

- Visitors in the park must leave by 6 p.m. on 21 August. Park staff are visiting every campground.
- Reservations between 21 August and 31 October are cancelled. Holders will receive a full refund by email within 14 days.
- Backcountry permits are suspended.

Road and access

- The Skarren Road is closed at Hollin Ford and at the park's northern gate. The detour via Route 41 adds about 90 minutes.
- The Lake Orla boat launch is closed. Boats already on the lake must be removed by 24 August.
- The Hollin Ford visitor centre will answer questions by telephone from 8 a.m. to 6 p.m. daily.

Nyquist said park staff had already contacted 1,340 visitors holding reservations.

The Minister for the Environment, Tarjei Brekkhus, said the Government would meet tourism operators in Hollin Ford next week to discuss support for businesses affected by the closure.

Nyquist said the Survey would continue to monitor the slope every day and that the park would reopen in stages if the movement slowed.

Frequently asked questions

Can I still drive through to Lake Orla?
No. The Skarren Road is closed at Hollin Ford and at the park's northern gate.

Will the park reopen this year?
It is too early to say. The decision will depend on the Survey's monitoring.

Media contact: Parks Aldmark Communications, 555-0199
''',
    s(AGS, 'The Aldmark Geological Survey', 'its instruments had recorded accelerating movement on the slope above kilometre 14 of the Skarren Road', 'informed'),
    s(AGS, "The Survey's assessment", 'a large rockfall is likely within the next four to eight weeks and could block the road and the river below it', 'concludes'),
    s('Holt & Renner', 'the engineering firm Holt & Renner', 'permanent monitoring of the slope', 'recommended'),
    s(NYQ, 'Hedda Nyquist', '"We do not close a whole park lightly. But the road is the only way in and the only way out, and we will not risk people being trapped behind a rockfall,"', 'said', 'direct', role='Superintendent of Skarren Valley National Park'),
    s(NYQ, 'Nyquist', 'the closure is a precaution, and there is no danger to homes in Hollin Ford;', 'stressed', role='Superintendent of Skarren Valley National Park'),
    s(NYQ, 'Nyquist', 'the river downstream is being monitored, and residents will be warned at least 48 hours before any flood risk;', 'stressed', role='Superintendent of Skarren Valley National Park'),
    s(NYQ, 'Nyquist', 'anyone who sees new cracks or falling rock on the Skarren Road should call 112.', 'stressed', role='Superintendent of Skarren Valley National Park'),
    s(NYQ, 'Nyquist', 'park staff had already contacted 1,340 visitors holding reservations', 'said', role='Superintendent of Skarren Valley National Park'),
    s('Tarjei Brekkhus', 'The Minister for the Environment, Tarjei Brekkhus', 'the Government would meet tourism operators in Hollin Ford next week to discuss support for businesses affected by the closure', 'said', role='The Minister for the Environment'),
    s(NYQ, 'Nyquist', 'the Survey would continue to monitor the slope every day and that the park would reopen in stages if the movement slowed', 'said', role='Superintendent of Skarren Valley National Park'),
)

FERH = 'Anjali Ferreira-Holm'
ANAND = 'Roderick Anand-Tullis'
CAST = 'Bruno Castellane'
ODP = "Maeve O'Doherty-Prince"

doc('bb11-gov-port-vennick-boil-water-advisory', 'City of Port Vennick', '2036-09-12', '''
City of Port Vennick - Public notice

Boil-water advisory for the Eastside and Harbour wards

Issued 12 September 2036, 7:30 a.m.

The City of Port Vennick has issued a boil-water advisory for all homes and businesses in the Eastside and Harbour wards, effective immediately, after E. coli bacteria were found in two samples taken from the distribution system on 11 September.

The Eastside and Harbour wards have about 18,000 residents and 640 businesses, including two hospitals' outpatient clinics and 11 schools.

The Medical Officer of Health for Vennick County, Dr. Anjali Ferreira-Holm, said the advisory would stay in place until two consecutive days of tests came back clean.

"Boiling water for one minute kills the bacteria. If you are not sure whether your home is affected, please boil your water until we tell you otherwise," Dr. Ferreira-Holm said.

Residents in the affected area should:

- bring tap water to a rolling boil for at least one minute before drinking it, making ice, brushing teeth or preparing food;
- give pets boiled water that has cooled;
- throw away ice and drinks made with tap water since 11 September.

According to Vennick Water, the city's water utility, a valve at the Harbour reservoir was found damaged on 10 September and may have let surface water into the system after heavy rain.

Mayor Roderick Anand-Tullis said: "I know this is a real inconvenience for 18,000 people, and I am sorry for it. Our crews will work around the clock until the water is safe."

The City said bottled water would be handed out free of charge at the Eastside Community Centre and the Harbour Library from noon, one case per household per day.

The advisory does not apply to homes on private wells or to the Northfield and Westgate wards, which are served by a separate reservoir.

Public health inspectors visited restaurants and cafés in the affected wards on Friday morning, and none had been ordered to close, the Vennick County Health Unit said.

Update, 12 September, 4:15 p.m.

The Provincial Public Health Laboratory reported that samples taken at six sites on Thursday afternoon showed no E. coli. The advisory remains in effect until a second day of clean results.

Vennick Water's general manager, Bruno Castellane, told council at an emergency meeting that the damaged valve had been replaced and that all 14 reservoir valves would be inspected by the end of the month.

Councillor Maeve O'Doherty-Prince, who represents the Harbour ward, said residents should have been told about the damaged valve on 10 September. Castellane said the utility had not known at the time that the valve was letting water in.

Frequently asked questions

Is it safe to shower?
Yes. Adults can shower and bathe but should avoid swallowing the water. Babies and toddlers should be sponge-bathed.

Can I use my dishwasher?
Yes, if it has a hot or sanitizing cycle.

Media: Port Vennick Communications, 555-0110
''',
    s(FERH, 'The Medical Officer of Health for Vennick County, Dr. Anjali Ferreira-Holm', 'the advisory would stay in place until two consecutive days of tests came back clean', 'said', role='The Medical Officer of Health for Vennick County'),
    s(FERH, 'Dr. Ferreira-Holm', '"Boiling water for one minute kills the bacteria. If you are not sure whether your home is affected, please boil your water until we tell you otherwise,"', 'said', 'direct', role='The Medical Officer of Health for Vennick County'),
    s('Vennick Water', 'Vennick Water', 'a valve at the Harbour reservoir was found damaged on 10 September and may have let surface water into the system after heavy rain', 'according to'),
    s(ANAND, 'Mayor Roderick Anand-Tullis', '"I know this is a real inconvenience for 18,000 people, and I am sorry for it. Our crews will work around the clock until the water is safe."', 'said', 'direct', role='Mayor'),
    s('City of Port Vennick', 'The City', 'bottled water would be handed out free of charge at the Eastside Community Centre and the Harbour Library from noon, one case per household per day', 'said'),
    s('Vennick County Health Unit', 'the Vennick County Health Unit', 'Public health inspectors visited restaurants and cafés in the affected wards on Friday morning, and none had been ordered to close', 'said'),
    s('Provincial Public Health Laboratory', 'The Provincial Public Health Laboratory', 'samples taken at six sites on Thursday afternoon showed no E. coli', 'reported'),
    s(CAST, "Vennick Water's general manager, Bruno Castellane", 'the damaged valve had been replaced and that all 14 reservoir valves would be inspected by the end of the month', 'told', role="Vennick Water's general manager"),
    s(ODP, "Councillor Maeve O'Doherty-Prince", 'residents should have been told about the damaged valve on 10 September', 'said', role='Councillor'),
    s(CAST, 'Castellane', 'the utility had not known at the time that the valve was letting water in', 'said', role="Vennick Water's general manager"),
)
