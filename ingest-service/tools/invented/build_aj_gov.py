"""Set AJ's six government texts (see build_aj.py)."""
from invented_common import doc_spans as doc, s

KOST = 'Radim Kostelny'
R_KOST = 'official spokesman of the Ministry of Defence'
MOD = 'Ministry of Defence of the Republic of Orsava'

doc('aj06-gov-orsava-defence-ministry-daily-briefing', 'Ministry of Defence of the Republic of Orsava', '2033-04-12', '''
Briefing by the official spokesman of the Ministry of Defence, Major General Radim Kostelny, on the course of the operation in the Zelvan border district

12 April 2033, 11:00

Over the past 24 hours, units of the Northern Operational Command continued to hold the line along the Zelva river and repelled four attempts by armed formations to cross it near the villages of Brodec and Hrusky, the official spokesman of the Ministry of Defence, Major General Radim Kostelny, said at the daily briefing.

According to the spokesman, the most serious attempt was made at about 04:30 near Brodec, where a group of up to 60 fighters supported by two armoured vehicles tried to seize the road bridge. The attack was stopped by artillery fire, and the group withdrew to the southern bank with losses.

Major General Kostelny reported that the Air Force and missile troops had struck the following targets during the day:
1. a fuel depot near the settlement of Lisna, used to supply armed formations in the southern sector;
2. two command posts in the area of Velky Dvor;
3. a workshop for the repair of armoured vehicles on the outskirts of Stara Hut;
4. an ammunition store in a disused quarry south of Hrusky.

He stressed that all strikes were carried out with precision weapons and that no civilian buildings had been hit. The ministry, he said, had informed the mission of the International Monitoring Group of the coordinates of every target in advance.

Air defence systems shot down three unmanned aerial vehicles and one guided rocket over the Zelvan district during the night, the spokesman noted. Fragments of one drone fell on the roof of a warehouse in Rovne, causing a small fire that was quickly put out.

Speaking about losses, Major General Kostelny said that two servicemen of the 14th Mechanised Brigade had been killed and seven wounded over the past day. He added that the wounded had been evacuated to the military hospital in Kralov and that their condition was stable.

In total, since the beginning of the operation on 2 March, the armed formations have lost about 1,240 fighters killed and wounded, 38 armoured vehicles, 19 artillery pieces and 112 drones, according to the spokesman.

The spokesman rejected reports circulated on social networks that Orsavan troops had shelled the hospital in Hrusky on 10 April. "The hospital has not worked since February. Our units were not firing in that area at all that day. These claims are invented and are intended to distract attention from the use of civilian buildings by the formations themselves," he said.

The Ministry of Defence calls on residents of the villages along the southern bank of the Zelva to use the humanitarian corridor through the Brodec checkpoint, which is open daily from 08:00 to 18:00. According to the Ministry, more than 2,300 people have left through the corridor since it was opened on 28 March.

Major General Kostelny also announced that the ministry would hold a briefing for foreign military attaches on 15 April.

The next briefing will take place on 13 April at 11:00.
''',
    s(KOST, 'the official spokesman of the Ministry of Defence, Major General Radim Kostelny', 'Over the past 24 hours, units of the Northern Operational Command|near the villages of Brodec and Hrusky', 'said', role=R_KOST),
    s(KOST, 'the spokesman', 'the most serious attempt was made at about 04:30 near Brodec|withdrew to the southern bank with losses.', 'according to', role=R_KOST),
    s(KOST, 'Major General Kostelny', 'a fuel depot near the settlement of Lisna, used to supply armed formations in the southern sector;', 'reported', role=R_KOST),
    s(KOST, 'Major General Kostelny', 'two command posts in the area of Velky Dvor;', 'reported', role=R_KOST),
    s(KOST, 'Major General Kostelny', 'a workshop for the repair of armoured vehicles on the outskirts of Stara Hut;', 'reported', role=R_KOST),
    s(KOST, 'Major General Kostelny', 'an ammunition store in a disused quarry south of Hrusky.', 'reported', role=R_KOST),
    s(KOST, 'He', 'all strikes were carried out with precision weapons and that no civilian buildings had been hit', 'stressed', role=R_KOST),
    s(KOST, 'he', ['The ministry,', 'had informed the mission of the International Monitoring Group of the coordinates of every target in advance'], 'said', role=R_KOST, anchor='no civilian buildings had been hit.'),
    s(KOST, 'the spokesman', 'Air defence systems shot down three unmanned aerial vehicles|over the Zelvan district during the night', 'noted', role=R_KOST),
    s(KOST, 'Major General Kostelny', 'two servicemen of the 14th Mechanised Brigade had been killed and seven wounded over the past day', 'said', role=R_KOST),
    s(KOST, 'He', 'the wounded had been evacuated to the military hospital in Kralov and that their condition was stable', 'added', role=R_KOST),
    s(KOST, 'the spokesman', 'since the beginning of the operation on 2 March, the armed formations have lost|112 drones', 'according to', role=R_KOST),
    s(KOST, 'The spokesman', 'reports circulated on social networks that Orsavan troops had shelled the hospital in Hrusky on 10 April', 'rejected', role=R_KOST),
    s(KOST, 'he', '"The hospital has not worked since February.|by the formations themselves,"', 'said', 'direct', role=R_KOST),
    s(MOD, 'The Ministry of Defence', 'residents of the villages along the southern bank of the Zelva to use the humanitarian corridor|from 08:00 to 18:00', 'calls on'),
    s(MOD, 'the Ministry', 'more than 2,300 people have left through the corridor since it was opened on 28 March', 'according to'),
    s(KOST, 'Major General Kostelny', 'the ministry would hold a briefing for foreign military attaches on 15 April', 'announced', role=R_KOST),
)

VERES = 'Anton Veres'
R_VERES = 'President'
HORD = 'Lucia Hordova'
MALY = 'Gregor Maly'
SASIC = 'Teodor Sasic'
BENK = 'Irena Benkova'

doc('aj07-gov-orsava-president-meeting-business-leaders-transcript', 'Office of the President of the Republic of Orsava', '2033-06-03', '''
Meeting with representatives of the business community

The President held a meeting at the Lesna Palace with the heads of major industrial and agricultural companies and business associations. The discussion focused on energy prices, access to credit and the shortage of skilled workers.

Anton Veres: Good afternoon, colleagues. I am glad we have found the time to meet before the summer. The economy grew by 2.6 percent in the first quarter, which is better than most forecasts, but I know from your letters that many of you do not feel it. Electricity is expensive, loans are expensive, and there are not enough people to work. I would like to hear from you directly what the government is doing wrong, and I promise that every proposal will be written down and answered. Please, Ms Hordova.

Lucia Hordova: Thank you, Mr President. Our group employs 14,000 people in food processing, and our electricity bill has doubled in two years. We are not asking for subsidies. We are asking to be allowed to sign long-term contracts directly with producers, as our competitors in neighbouring countries do. Today the law does not let us do it.

Anton Veres: Is this about the wind farms in the east?

Lucia Hordova: Wind and solar, yes. There are producers who are ready to sell to us for ten years at a fixed price, and the network operator says the rules do not allow it.

Anton Veres: Ms Benkova, can you answer that? The Minister of Economy is here with us.

Irena Benkova: The amendment to the energy law that would allow such contracts is ready and will be submitted to Parliament in September. We expect it to come into force from January.

Anton Veres: January is late. Please see whether it can be done faster. Mr Maly.

Gregor Maly: Thank you. I represent the Association of Machine Builders. My main topic is the grid. We have built three new plants in the north in five years, and each time the connection to the grid took longer than the construction of the plant itself –

Anton Veres: How much longer?

Gregor Maly: For the last one, twenty-two months. Twenty-two months of a finished plant standing empty. For a foreign investor, that is the moment when he decides to build the next plant somewhere else.

Anton Veres: I understand. This is not the first time I have heard about it. Go on.

Gregor Maly: And the second point is people. Our members could hire 6,000 welders and machinists tomorrow. The vocational schools produce perhaps a third of what we need, and half of the graduates leave for Germany within two years.

Anton Veres: Thank you.

Teodor Sasic: If I may add to what Gregor said about schools. In the south we have started paying students a grant in their final year if they sign a contract with us, and it works: eight out of ten stay. But a company of our size can afford it, and a company of forty people cannot. That is where the state could help.

Anton Veres: That is a good idea, and it costs less than building new schools. Ms Benkova, please prepare a proposal together with the Ministry of Education by the end of July. On the grid connections, I will ask the Prime Minister to set a maximum term, and the network operator will have to explain every case where it is exceeded. We will meet again in the autumn and see what has been done.

Thank you.
''',
    s(VERES, 'Anton Veres', 'Good afternoon, colleagues.|will be written down and answered.', '', role=R_VERES),
    s(HORD, 'Lucia Hordova', 'Our group employs 14,000 people|Today the law does not let us do it.', ''),
    s(HORD, 'Lucia Hordova', 'Wind and solar, yes.|the rules do not allow it.', ''),
    s(BENK, 'Irena Benkova', 'The amendment to the energy law that would allow such contracts|We expect it to come into force from January.', '', role='Minister of Economy'),
    s(VERES, 'Anton Veres', 'January is late. Please see whether it can be done faster.', '', role=R_VERES),
    s(MALY, 'Gregor Maly', 'I represent the Association of Machine Builders.|took longer than the construction of the plant itself', ''),
    s(MALY, 'Gregor Maly', 'For the last one, twenty-two months.|to build the next plant somewhere else.', ''),
    s(VERES, 'Anton Veres', 'I understand. This is not the first time I have heard about it.', '', role=R_VERES),
    s(MALY, 'Gregor Maly', 'And the second point is people.|leave for Germany within two years.', ''),
    s(SASIC, 'Teodor Sasic', 'If I may add to what Gregor said about schools.|That is where the state could help.', ''),
    s(VERES, 'Anton Veres', 'That is a good idea, and it costs less than building new schools.|see what has been done.', '', role=R_VERES),
)

EDU = 'Ministry of Education and Science'
PAVL = 'Jana Pavlikova'
R_PAVL = 'Minister of Education and Science'
TICH = 'Miroslav Tichy'

doc('aj08-gov-orsava-education-ministry-exam-results', 'Ministry of Education and Science of the Republic of Orsava', '2033-07-15', '''
Results of the 2033 school-leaving examinations published: pass rate rises for the third year running

The Ministry of Education and Science today published the results of this year's school-leaving (maturita) examinations, which were taken in May and June by 61,480 students in 812 secondary schools across the country.

According to the Ministry, 87.3 percent of candidates passed all compulsory subjects at the first attempt, compared with 85.9 percent in 2032 and 83.1 percent in 2031. The average score in the Orsavan language and literature paper rose to 68.4 points out of 100, while the average in mathematics, which has been compulsory since 2030, stood at 54.7 points.

"These results belong to the students and to their teachers. Three years ago many people told us that compulsory mathematics would be a disaster. Today more young people pass it than passed the optional paper five years ago," said the Minister of Education and Science, Jana Pavlikova, presenting the figures at a press conference.

The Minister noted, however, that the gap between regions remained too wide. In the Zelvan and Hornice regions, the pass rate in mathematics was below 70 percent, more than 15 points lower than in the capital.

"A child in a village school should have the same chance as a child in a gymnasium in the capital. We are not there yet, and I will not pretend that we are," Pavlikova said.

She announced that from September the Ministry would fund an additional 240 mathematics teaching posts in schools where fewer than three quarters of students had passed the subject in the past two years, and that teachers who move to these schools would receive a housing allowance.

The Ministry also reported that 2,140 students will retake one or more papers in the autumn session, which will be held from 1 to 5 September. Applications must be submitted through the school by 10 August.

The head of the education department of the Hornice Regional Authority, Miroslav Tichy, welcomed the additional posts but said that money alone would not bring teachers to the region.

"We have had vacancies advertised for two years in some schools without a single applicant. A young teacher needs a flat, a bus that runs in the evening and a reason to stay. The allowance is a good start," Tichy said.

In his words, the region has also begun its own programme of online tutoring in mathematics for final-year students, in which 1,100 students took part this year. The region's figures show that participants scored on average 9 points higher than students who did not take part.

The National Institute for Educational Measurement, which prepared the examinations, said that no serious irregularities had been found this year. Two papers were annulled after students were found using mobile phones during the examination, the Institute said.

The Orsavan Teachers' Union said the improvement showed what schools could do when the rules stayed the same for several years, and warned against further changes to the examination before 2036. Its chairwoman, Dagmar Vesela, said teachers in small schools were still paid less than their colleagues in the cities for the same work.

Detailed results for each school are available on the Ministry's website from today. The Ministry reminds students that they may request to see their marked papers within 15 days of publication.
''',
    s(EDU, 'the Ministry', '87.3 percent of candidates passed all compulsory subjects at the first attempt|83.1 percent in 2031', 'according to'),
    s(PAVL, 'the Minister of Education and Science, Jana Pavlikova', '"These results belong to the students and to their teachers.|than passed the optional paper five years ago,"', 'said', 'direct', role=R_PAVL),
    s(PAVL, 'The Minister', 'the gap between regions remained too wide', 'noted', role=R_PAVL),
    s(PAVL, 'Pavlikova', '"A child in a village school should have the same chance|and I will not pretend that we are,"', 'said', 'direct', role=R_PAVL),
    s(PAVL, 'She', 'from September the Ministry would fund an additional 240 mathematics teaching posts|would receive a housing allowance', 'announced', role=R_PAVL),
    s(EDU, 'The Ministry', '2,140 students will retake one or more papers in the autumn session, which will be held from 1 to 5 September', 'reported'),
    s(TICH, 'The head of the education department of the Hornice Regional Authority, Miroslav Tichy', 'the additional posts', 'welcomed', role='head of the education department of the Hornice Regional Authority'),
    s(TICH, 'The head of the education department of the Hornice Regional Authority, Miroslav Tichy', 'money alone would not bring teachers to the region', 'said', role='head of the education department of the Hornice Regional Authority'),
    s(TICH, 'Tichy', '"We have had vacancies advertised for two years in some schools without a single applicant.|The allowance is a good start,"', 'said', 'direct', role='head of the education department of the Hornice Regional Authority'),
    s(TICH, 'his', 'the region has also begun its own programme of online tutoring|took part this year', 'In his words', role='head of the education department of the Hornice Regional Authority'),
    s('Hornice Regional Authority', "The region's figures", 'participants scored on average 9 points higher than students who did not take part', 'show'),
    s('National Institute for Educational Measurement', 'The National Institute for Educational Measurement, which prepared the examinations', 'no serious irregularities had been found this year', 'said'),
    s('National Institute for Educational Measurement', 'the Institute', 'Two papers were annulled after students were found using mobile phones during the examination', 'said'),
    s("Orsavan Teachers' Union", "The Orsavan Teachers' Union", 'the improvement showed what schools could do when the rules stayed the same for several years', 'said'),
    s("Orsavan Teachers' Union", "The Orsavan Teachers' Union", 'further changes to the examination before 2036', 'warned against', anchor='the rules stayed the same'),
    s('Dagmar Vesela', 'Its chairwoman, Dagmar Vesela', 'teachers in small schools were still paid less than their colleagues in the cities for the same work', 'said', role='chairwoman'),
    s(EDU, 'The Ministry', 'they may request to see their marked papers within 15 days of publication', 'reminds'),
)

SPKR = 'Dusan Roubal'
R_SPKR = 'Speaker of the Chamber of Deputies'
KRAL = 'Vera Kralova'
HOLUB = 'Marek Holub'
SEDL = 'Pavla Sedlackova'
NEMEC = 'Ondrej Nemec'
FIAL = 'Boris Fiala'

doc('aj09-gov-orsava-chamber-plenary-rent-law-debate', 'Chamber of Deputies of the Republic of Orsava', '2033-10-24', '''
Plenary session: deputies debate the draft law on rent regulation in first reading

On 24 October the Chamber of Deputies continued its autumn session with the first reading of the government's draft law on the regulation of residential rents. The session was opened by the Speaker of the Chamber of Deputies, Dusan Roubal, who reminded deputies that the debate had been limited by agreement of the factions to three hours and that each speaker would have seven minutes.

The draft was introduced by the Minister for Regional Development, Vera Kralova. She said that average rents in the five largest cities had risen by 41 percent in four years, while wages had grown by 19 percent. The draft would allow municipalities to cap annual rent increases at the rate of inflation plus two percentage points in areas where housing was declared scarce.

"We are not abolishing the market. We are putting a speed limit on a road where people are getting hurt," the minister told the chamber.

Marek Holub of the Civic Democratic faction, the first to speak after the minister, called the draft "a well-meant mistake." In his view, caps would discourage construction and push landlords to sell flats rather than let them. The deputy noted that in two neighbouring countries similar measures had been followed by a fall in the number of flats offered for rent, and proposed that the draft be returned to the government for revision.

Pavla Sedlackova of the Social Democrats supported the draft and said her faction would submit amendments to extend it to short-term contracts, which, she argued, landlords used to get round the rules. She pointed out that one in three tenants in the capital now spent more than half of their income on rent.

"My voters do not read studies about neighbouring countries. They read the letter from the landlord," Sedlackova said, to applause from the left side of the chamber.

Ondrej Nemec of the Green Alliance said his faction would support the draft in the first reading but would not vote for it in the third unless the government added money for new municipal housing. The deputy stressed that regulation without construction would only "share out a shortage more fairly."

Boris Fiala, an independent deputy from the Zelvan region, said the debate was about the capital and ignored regions where flats stood empty. He asked the minister whether the law would apply to towns with falling populations. Kralova replied that the designation of scarce areas would be left to municipalities and would not affect places with enough housing.

At one point the Speaker interrupted a heated exchange between the Civic Democratic and Social Democratic benches and asked deputies to address the chamber rather than each other. He warned that he would cut off the microphone of any deputy who spoke out of turn again.

At the end of the debate, the Chamber voted by 112 votes to 71 to pass the draft in the first reading and refer it to the Committee on Public Administration and Regional Development. The Speaker announced that the committee would have 60 days to consider it.

The Chamber will resume its session on 25 October with the debate on the state budget for 2034.
''',
    s(SPKR, 'the Speaker of the Chamber of Deputies, Dusan Roubal', 'the debate had been limited by agreement of the factions to three hours and that each speaker would have seven minutes', 'reminded', role=R_SPKR),
    s(KRAL, 'She', 'average rents in the five largest cities had risen by 41 percent in four years, while wages had grown by 19 percent', 'said', role='Minister for Regional Development'),
    s(KRAL, 'the minister', '"We are not abolishing the market. We are putting a speed limit on a road where people are getting hurt,"', 'told', 'direct', role='Minister for Regional Development'),
    s(HOLUB, 'Marek Holub of the Civic Democratic faction, the first to speak after the minister', '"a well-meant mistake."', 'called', 'direct'),
    s(HOLUB, 'his', 'caps would discourage construction and push landlords to sell flats rather than let them', 'In his view'),
    s(HOLUB, 'The deputy', 'in two neighbouring countries similar measures had been followed by a fall in the number of flats offered for rent', 'noted'),
    s(HOLUB, 'The deputy', 'the draft be returned to the government for revision', 'proposed', anchor='in two neighbouring countries'),
    s(SEDL, 'Pavla Sedlackova of the Social Democrats', 'the draft', 'supported'),
    s(SEDL, 'Pavla Sedlackova of the Social Democrats', 'her faction would submit amendments to extend it to short-term contracts', 'said'),
    s(SEDL, 'she', 'landlords used to get round the rules', 'argued'),
    s(SEDL, 'She', 'one in three tenants in the capital now spent more than half of their income on rent', 'pointed out'),
    s(SEDL, 'Sedlackova', '"My voters do not read studies about neighbouring countries. They read the letter from the landlord,"', 'said', 'direct'),
    s(NEMEC, 'Ondrej Nemec of the Green Alliance', 'his faction would support the draft in the first reading|money for new municipal housing', 'said'),
    s(NEMEC, 'The deputy', 'regulation without construction would only "share out a shortage more fairly."', 'stressed', 'mixed'),
    s(FIAL, 'Boris Fiala, an independent deputy from the Zelvan region', 'the debate was about the capital and ignored regions where flats stood empty', 'said', role='independent deputy'),
    s(KRAL, 'Kralova', 'the designation of scarce areas would be left to municipalities and would not affect places with enough housing', 'replied', role='Minister for Regional Development'),
    s(SPKR, 'the Speaker', 'deputies to address the chamber rather than each other', 'asked', role=R_SPKR),
    s(SPKR, 'He', 'he would cut off the microphone of any deputy who spoke out of turn again', 'warned', role=R_SPKR),
    s(SPKR, 'The Speaker', 'the committee would have 60 days to consider it', 'announced', role=R_SPKR),
)

OMB = 'Helena Zajicova'
R_OMB = 'Public Defender of Rights'

doc('aj10-gov-orsava-ombudsman-annual-report', 'Office of the Public Defender of Rights', '2033-03-21', '''
Public Defender of Rights presents annual report for 2032 to the Chamber of Deputies

The Public Defender of Rights, Helena Zajicova, today presented her annual report on the protection of rights and freedoms in 2032 to the Chamber of Deputies. Her office received 9,318 complaints last year, 11 percent more than in 2031, and opened investigations in 2,604 cases.

"Most people who write to us do not want compensation. They want someone in an office to answer a letter, to explain a decision, to say sorry when the state gets it wrong," the Public Defender told deputies.

The report lists the following main findings:
- social security offices took on average 94 days to decide appeals against the refusal of disability benefits, although the law sets a limit of 60 days;
- in 14 of the 31 social care homes visited without notice, residents with dementia were regularly sedated without a documented medical reason;
- police in two districts continued to hold people overnight in cells without access to drinking water or a lawyer;
- the number of complaints about discrimination in access to rented housing doubled, most of them from Roma families and families with disabled children;
- ministries implemented 58 percent of the Public Defender's recommendations in full, compared with 71 percent two years earlier.

Zajicova said that the situation in care homes was the most serious problem she had seen in her five years in office. She recommended that the Ministry of Labour and Social Affairs introduce compulsory independent inspections of every care home at least once a year and publish the results.

"These are not cases from one bad home. This is a pattern, and a pattern has a cause," she said.

She also criticised the Ministry of the Interior for failing to act on a recommendation made three years ago to install water supplies in police cells, calling the delay "difficult to understand."

The Minister of Labour and Social Affairs, Tomas Riha, thanked the Public Defender for her work and said the ministry would prepare a system of unannounced inspections by the end of the year. He acknowledged that staff shortages in care homes had made the situation worse.

A spokesman for the Ministry of the Interior, Lukas Dvorak, said the ministry disagreed with some of the report's conclusions. According to him, the cells in question had been used only in exceptional cases, and their reconstruction had been delayed by a dispute with the contractor.

Deputy Alena Smetanova, who chairs the Committee on Petitions, said the committee would invite both ministers to explain their plans at its meeting in April.

The Association of Social Care Providers rejected the finding that sedation was widespread. Its chairman, Karel Vojtek, said the Public Defender had drawn general conclusions from a small sample of homes, but admitted that the sector was "short of 4,000 nurses and carers."

The League for Human Rights, a non-governmental organisation, welcomed the report and urged deputies to give the Public Defender the power to bring cases of discrimination to court on behalf of victims.

The full text of the report is available on the website of the Office of the Public Defender of Rights.
''',
    s(OMB, 'the Public Defender', '"Most people who write to us do not want compensation.|when the state gets it wrong,"', 'told', 'direct', role=R_OMB),
    s(OMB, 'The report', 'social security offices took on average 94 days|sets a limit of 60 days;', 'lists', role=R_OMB),
    s(OMB, 'The report', 'in 14 of the 31 social care homes visited without notice|without a documented medical reason;', 'lists', role=R_OMB),
    s(OMB, 'The report', 'police in two districts continued to hold people overnight|drinking water or a lawyer;', 'lists', role=R_OMB),
    s(OMB, 'The report', 'the number of complaints about discrimination in access to rented housing doubled|families with disabled children;', 'lists', role=R_OMB),
    s(OMB, 'The report', "ministries implemented 58 percent of the Public Defender's recommendations in full|two years earlier.", 'lists', role=R_OMB),
    s(OMB, 'Zajicova', 'the situation in care homes was the most serious problem she had seen in her five years in office', 'said', role=R_OMB),
    s(OMB, 'She', 'the Ministry of Labour and Social Affairs introduce compulsory independent inspections|and publish the results', 'recommended', role=R_OMB),
    s(OMB, 'she', '"These are not cases from one bad home. This is a pattern, and a pattern has a cause,"', 'said', 'direct', role=R_OMB),
    s(OMB, 'She', 'the Ministry of the Interior for failing to act on a recommendation made three years ago to install water supplies in police cells', 'criticised', role=R_OMB),
    s(OMB, 'She', '"difficult to understand."', 'calling', 'direct', role=R_OMB),
    s('Tomas Riha', 'The Minister of Labour and Social Affairs, Tomas Riha', 'the ministry would prepare a system of unannounced inspections by the end of the year', 'said', role='Minister of Labour and Social Affairs'),
    s('Tomas Riha', 'He', 'staff shortages in care homes had made the situation worse', 'acknowledged', role='Minister of Labour and Social Affairs'),
    s('Lukas Dvorak', 'A spokesman for the Ministry of the Interior, Lukas Dvorak', "the ministry disagreed with some of the report's conclusions", 'said', role='spokesman'),
    s('Lukas Dvorak', 'him', 'the cells in question had been used only in exceptional cases|a dispute with the contractor', 'According to', role='spokesman'),
    s('Alena Smetanova', 'Deputy Alena Smetanova, who chairs the Committee on Petitions', 'the committee would invite both ministers to explain their plans at its meeting in April', 'said', role='Deputy'),
    s('Association of Social Care Providers', 'The Association of Social Care Providers', 'the finding that sedation was widespread', 'rejected'),
    s('Karel Vojtek', 'Its chairman, Karel Vojtek', 'the Public Defender had drawn general conclusions from a small sample of homes', 'said', role='chairman'),
    s('Karel Vojtek', 'Its chairman, Karel Vojtek', 'the sector was "short of 4,000 nurses and carers."', 'admitted', 'mixed', role='chairman'),
    s('League for Human Rights', 'The League for Human Rights, a non-governmental organisation', 'the report', 'welcomed'),
    s('League for Human Rights', 'The League for Human Rights, a non-governmental organisation', 'deputies to give the Public Defender the power to bring cases of discrimination to court on behalf of victims', 'urged'),
)

PM = 'Viktor Skala'
R_PM = 'Prime Minister'
DIR = 'Renata Hajkova'

doc('aj11-gov-orsava-prime-minister-visits-bus-factory', 'Government of the Republic of Orsava', '2033-08-19', '''
Prime Minister visits Karosa bus plant in Vysoke Myto-Lhota

Prime Minister Viktor Skala today made a working trip to the Hornice region, where he visited the Karosa Lhota plant, the country's largest manufacturer of city buses. Accompanied by the plant's management, the Prime Minister toured the new assembly hall for electric buses, which began production in May, and spoke with employees on the production line.

The general director of the plant, Renata Hajkova, informed the Prime Minister that the company had received orders for 640 electric buses this year, including 210 for export to Poland and the Baltic states. The new hall, she said, had created 380 jobs, and the company planned to hire another 150 people by the end of 2034.

"Two years ago we were building diesel buses and wondering what would happen to us. Today we have a waiting list of eleven months," Hajkova told the Prime Minister.

At the same time, she drew attention to the delays in payments from the state programme for the renewal of municipal fleets, and asked the government to speed up the approval of applications from towns. According to Hajkova, 23 towns have signed contracts for new buses but are still waiting for the subsidy to be approved.

The Prime Minister promised to discuss the matter with the Minister of Transport this week. "If the towns are ready and the factory is ready, the state cannot be the one who slows things down," he said.

In the assembly hall, the Prime Minister talked with workers. Jaroslav Kubat, a fitter who has worked at the plant for 27 years, said the new hall was cleaner and quieter than the old lines, but that the training for the new technology had been too short. "We learned a lot of it from the young ones. They know the software, we know the buses," he said.

Another worker, electrician Simona Pokorna, said that the main problem for her colleagues was housing. Young people wanted to work at the plant, she said, but could not find flats in the town at prices they could afford.

The Prime Minister said the government was preparing a programme of low-interest loans to municipalities for the construction of rental flats, which should be approved by the Cabinet in October. He noted that the regions with the largest industrial employers would be given priority.

Speaking to journalists after the visit, Skala said the Karosa plant was an example of how Orsavan industry could benefit from the transition to clean transport, and that the government would keep supporting investment in the regions.

"People in Hornice do not want speeches. They want jobs, and flats near the jobs. That is what we are working on," the Prime Minister said.

Before leaving the plant, the Prime Minister planted a tree in front of the new hall together with apprentices from the local vocational school. One of them, 17-year-old Filip Dostal, said he had chosen the plant because his father and grandfather had both worked there. "My grandfather built buses with a hammer. I will build them with a laptop," he said.

The Prime Minister also met the governor of the Hornice region, Josef Mares, and discussed the reconstruction of the regional road from Lhota to the motorway. The governor said that construction would start next spring.
''',
    s(DIR, 'The general director of the plant, Renata Hajkova', 'the company had received orders for 640 electric buses this year|the Baltic states', 'informed', role='general director'),
    s(DIR, 'she', ['The new hall,', 'had created 380 jobs, and the company planned to hire another 150 people by the end of 2034'], 'said', role='general director', anchor='the Baltic states.'),
    s(DIR, 'Hajkova', '"Two years ago we were building diesel buses|a waiting list of eleven months,"', 'told', 'direct', role='general director'),
    s(DIR, 'she', 'the delays in payments from the state programme for the renewal of municipal fleets', 'drew attention to', role='general director'),
    s(DIR, 'she', 'the government to speed up the approval of applications from towns', 'asked', role='general director'),
    s(DIR, 'Hajkova', '23 towns have signed contracts for new buses but are still waiting for the subsidy to be approved', 'According to', role='general director'),
    s(PM, 'The Prime Minister', 'to discuss the matter with the Minister of Transport this week', 'promised', role=R_PM),
    s(PM, 'he', '"If the towns are ready and the factory is ready, the state cannot be the one who slows things down,"', 'said', 'direct', role=R_PM),
    s('Jaroslav Kubat', 'Jaroslav Kubat, a fitter who has worked at the plant for 27 years', 'the new hall was cleaner and quieter than the old lines, but that the training for the new technology had been too short', 'said', role='fitter'),
    s('Jaroslav Kubat', 'he', '"We learned a lot of it from the young ones. They know the software, we know the buses,"', 'said', 'direct', role='fitter'),
    s('Simona Pokorna', 'Another worker, electrician Simona Pokorna', 'the main problem for her colleagues was housing', 'said', role='electrician'),
    s('Simona Pokorna', 'she', ['Young people wanted to work at the plant,', 'but could not find flats in the town at prices they could afford'], 'said', role='electrician'),
    s(PM, 'The Prime Minister', 'the government was preparing a programme of low-interest loans|approved by the Cabinet in October', 'said', role=R_PM),
    s(PM, 'He', 'the regions with the largest industrial employers would be given priority', 'noted', role=R_PM),
    s(PM, 'Skala', 'the Karosa plant was an example of how Orsavan industry could benefit|supporting investment in the regions', 'said', role=R_PM),
    s(PM, 'the Prime Minister', '"People in Hornice do not want speeches. They want jobs, and flats near the jobs. That is what we are working on,"', 'said', 'direct', role=R_PM),
    s('Filip Dostal', 'One of them, 17-year-old Filip Dostal', 'he had chosen the plant because his father and grandfather had both worked there', 'said'),
    s('Filip Dostal', 'he', '"My grandfather built buses with a hammer. I will build them with a laptop,"', 'said', 'direct'),
    s('Josef Mares', 'The governor', 'construction would start next spring', 'said', role='governor of the Hornice region'),
)
