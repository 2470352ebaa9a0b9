"""Set AS's six government texts (see build_as.py)."""
from invented_common import doc_spans as doc, s

COMM = 'Standing Senate Committee on Social Affairs'
ANAND = 'Rachel Anand'
R_ANAND = 'Minister of Employment and Social Security'
SOLV = 'Henrik Solvang'
TFL = 'Tressian Federation of Labour'
TEC = "Tressian Employers' Council"
ARP = 'Association of Retired Persons'
MARCH = 'Lena Marchand'
DUCH = 'Paul Duchene'

doc('as06-gov-tressia-senate-committee-pension-bill-report', 'Senate of Tressia', '2034-05-14', '''
Standing Senate Committee on Social Affairs

Report on Bill S-9, An Act to amend the National Pensions Act (retirement age and indexation)

Seventh Report, tabled in the Senate on 14 May 2034

Chair: The Honourable Margaret Ellery
Deputy Chair: The Honourable Paul Duchene

1. INTRODUCTION

The Committee, to which was referred Bill S-9, has examined the bill and now reports it with two amendments.

Over six meetings between 2 April and 7 May 2034, the Committee heard from 31 witnesses, including the Minister of Employment and Social Security, the Chief Actuary, unions, employers, pensioners' associations and academic economists. Their written briefs are published on the Committee's web page.

The bill would raise the age at which a full national pension is paid from 65 to 67, in monthly steps between 2036 and 2044, and would link future increases in pensions to average wages rather than to consumer prices.

2. WHAT THE COMMITTEE HEARD

The Minister of Employment and Social Security, the Honourable Rachel Anand, told the Committee that without the bill the National Pension Fund would begin drawing down its reserves in 2041. She argued that a gradual rise in the retirement age was "the fairest of the hard choices," because it spread the cost across generations instead of placing it on today's workers alone.

The Chief Actuary, Dr. Henrik Solvang, testified that the reserve fund would be exhausted by 2058 under current law. In his view, the bill would keep the fund solvent until at least 2090.

Asked by Senator Ferris whether the Actuary's assumptions about investment returns were too cautious, Dr. Solvang said they were "deliberately prudent" and that a pension system "should not be built on its best decade."

Several witnesses argued that a single retirement age was unfair to people in physically demanding jobs. The Tressian Federation of Labour told the Committee that a bricklayer who starts work at 18 can expect, on average, to live four fewer years after 65 than a lawyer. Its president, Dario Vukovic, put it this way: "You are asking the people who wear out first to work the longest."

The Tressian Employers' Council supported the bill. It submitted that higher contribution rates, the main alternative put to the Committee, would cost an estimated 40,000 jobs over five years.

The Association of Retired Persons objected to the change in indexation. The Association told the Committee that wages had grown more slowly than prices in seven of the past fifteen years, and that pensioners would have lost purchasing power in each of those years under the new formula.

Professor Lena Marchand of the University of Orlin questioned whether the retirement age needed to rise at all. She noted that the reserve fund's returns had exceeded the Actuary's assumptions in eight of the last ten years.

3. OBSERVATIONS

The Committee recognises that the bill addresses a real and growing gap in the fund's finances. However, the Committee is concerned that:

- workers in physically demanding occupations will bear a disproportionate share of the adjustment;
- the new indexation formula could reduce pensions in real terms during periods of high inflation;
- the Government has not published its estimate of the bill's effect on provincial social assistance costs.

4. RECOMMENDATION

The Committee recommends that the Government publish, before the bill comes into force, an assessment of its effect on workers in physically demanding occupations, and that it consider an earlier retirement option for those with at least 40 years of contributions.

5. AMENDMENTS

The Committee adopted two amendments to the bill. The first requires the Chief Actuary to report on the bill's effects every three years; the second delays the first step in the retirement age from January to July 2036. Both were adopted on division.

DISSENTING OPINION OF THE HONOURABLE PAUL DUCHENE

I cannot support this report. The fund is not in crisis: as the Chief Actuary himself told us, it is solvent until 2058 under the law as it stands, which leaves time to find a fairer answer than asking a bricklayer to work two more years. The Committee's observations describe the bill's unfairness accurately and then recommend that the Government study it. I would have recommended that the Senate not proceed with the bill until that study is done.
''',
    s(ANAND, 'The Minister of Employment and Social Security, the Honourable Rachel Anand', 'without the bill the National Pension Fund would begin drawing down its reserves in 2041', 'told', role=R_ANAND),
    s(ANAND, 'She', 'a gradual rise in the retirement age was "the fairest of the hard choices,"|on today\'s workers alone', 'argued', 'mixed', role=R_ANAND),
    s(SOLV, 'The Chief Actuary, Dr. Henrik Solvang', 'the reserve fund would be exhausted by 2058 under current law', 'testified', role='Chief Actuary'),
    s(SOLV, 'his', 'the bill would keep the fund solvent until at least 2090', 'In his view', role='Chief Actuary'),
    s(SOLV, 'Dr. Solvang', 'they were "deliberately prudent" and that a pension system "should not be built on its best decade."', 'said', 'mixed', role='Chief Actuary'),
    s('Several witnesses', 'Several witnesses', 'a single retirement age was unfair to people in physically demanding jobs', 'argued'),
    s(TFL, 'The Tressian Federation of Labour', 'a bricklayer who starts work at 18 can expect, on average, to live four fewer years after 65 than a lawyer', 'told'),
    s('Dario Vukovic', 'Its president, Dario Vukovic', '"You are asking the people who wear out first to work the longest."', 'put it', 'direct', role='president'),
    s(TEC, "The Tressian Employers' Council", 'the bill', 'supported'),
    s(TEC, 'It', 'higher contribution rates, the main alternative put to the Committee, would cost an estimated 40,000 jobs over five years', 'submitted'),
    s(ARP, 'The Association of Retired Persons', 'the change in indexation', 'objected to'),
    s(ARP, 'The Association', 'wages had grown more slowly than prices in seven of the past fifteen years|under the new formula', 'told'),
    s(MARCH, 'Professor Lena Marchand of the University of Orlin', 'whether the retirement age needed to rise at all', 'questioned', role='Professor'),
    s(MARCH, 'She', "the reserve fund's returns had exceeded the Actuary's assumptions in eight of the last ten years", 'noted', role='Professor'),
    s(COMM, 'The Committee', "the bill addresses a real and growing gap in the fund's finances", 'recognises'),
    s(COMM, 'the Committee', 'workers in physically demanding occupations will bear a disproportionate share of the adjustment;', 'is concerned'),
    s(COMM, 'the Committee', 'the new indexation formula could reduce pensions in real terms during periods of high inflation;', 'is concerned'),
    s(COMM, 'the Committee', "the Government has not published its estimate of the bill's effect on provincial social assistance costs.", 'is concerned'),
    s(COMM, 'The Committee', 'the Government publish, before the bill comes into force,|at least 40 years of contributions', 'recommends'),
    s(DUCH, 'THE HONOURABLE PAUL DUCHENE', 'I cannot support this report.|until that study is done.', '', role='Deputy Chair'),
    s(SOLV, 'the Chief Actuary', 'it is solvent until 2058 under the law as it stands', 'told', nested=True, via=DUCH),
    s(COMM, "The Committee's observations", 'the Government study it', 'recommend', nested=True, via=DUCH),
)

MFW = 'Ministry of Forests and Wildlife'
KRIS = 'Joanne Kristoff'
TRAN = 'Amelie Tran'

doc('as07-gov-sarneth-tallow-lake-wolf-removal', 'Ministry of Forests and Wildlife, Province of Sarneth', '2034-03-03', '''
NEWS RELEASE

Ministry of Forests and Wildlife

Minister approves limited wolf removal to protect Tallow Lake caribou herd

SALVERTON, March 3, 2034 - The Minister of Forests and Wildlife, the Hon. Joanne Kristoff, has approved the removal of up to 40 wolves over two winters in the Tallow Lake range, where the woodland caribou herd has fallen to an estimated 62 animals.

The decision follows a recommendation from the Ministry's caribou recovery team, which concluded in its 2033 assessment that wolves were responsible for more than half of adult caribou deaths in the range since 2028.

"This is not a decision anyone at this ministry wanted to make," Minister Kristoff said. "But the science is clear: without action, the Tallow Lake herd will be gone within a decade, and once a herd is gone, it does not come back."

The removal will be carried out by Ministry staff from helicopters between December and March, when wolves are easiest to track in snow. Wolf packs whose territories lie outside the Tallow Lake range will not be affected.

Woodland caribou depend on large areas of old forest, where the lichen they eat in winter grows slowly and where few moose or deer live. Roads and cleared lines cut through that forest let moose move in, and wolves follow the moose. Once inside the range, wolves travel along the same cleared lines and find caribou more easily than they could in unbroken forest.

Dr. Amelie Tran, the recovery team's lead biologist, said the removal would "buy time" for the herd while old logging roads and seismic lines in the range grow back. She added that the Ministry would count wolves and caribou each spring and publish the results.

The Ministry will also spend $4.2 million over three years to replant 600 kilometres of old roads and seismic lines in the range.

What we heard

During a 45-day public comment period, the Ministry received 11,480 submissions. A full summary is attached.

Many respondents, including the Northern Wildlife Alliance, argued that the herd's decline was caused by habitat loss, and that killing wolves treated a symptom rather than the cause.

The Tallow Lake First Nation, whose territory includes the range, told the Ministry it would support the removal only if its own members were trained and hired to help carry it out. The Ministry has agreed to this condition.

Hunting and trapping organizations generally supported the removal and urged the Ministry to extend it to neighbouring ranges.

Quick facts

- Woodland caribou are listed as threatened under the provincial Species at Risk Act.
- The Tallow Lake herd numbered about 340 animals in 2004.
- Wolf removals in the neighbouring Brenner range from 2027 to 2032 were followed by a rise in calf survival from 8 to 31 per cent, according to a Ministry monitoring report.

Learn more: Caribou recovery in Sarneth: www.sarneth.example/caribou

Media contact:
Communications Branch
Ministry of Forests and Wildlife
555-0142
''',
    s('caribou recovery team', "the Ministry's caribou recovery team", 'wolves were responsible for more than half of adult caribou deaths in the range since 2028', 'concluded', date='2033'),
    s(KRIS, 'Minister Kristoff', '"This is not a decision anyone at this ministry wanted to make,"', 'said', 'direct', role='Minister of Forests and Wildlife'),
    s(KRIS, '', '"But the science is clear:|it does not come back."', '', 'direct', role='Minister of Forests and Wildlife'),
    s(TRAN, "Dr. Amelie Tran, the recovery team's lead biologist", 'the removal would "buy time" for the herd while old logging roads and seismic lines in the range grow back', 'said', 'mixed', role='lead biologist'),
    s(TRAN, 'She', 'the Ministry would count wolves and caribou each spring and publish the results', 'added', role='lead biologist'),
    s('Many respondents', 'Many respondents, including the Northern Wildlife Alliance', "the herd's decline was caused by habitat loss, and that killing wolves treated a symptom rather than the cause", 'argued'),
    s('Tallow Lake First Nation', 'The Tallow Lake First Nation, whose territory includes the range', 'it would support the removal only if its own members were trained and hired to help carry it out', 'told'),
    s('Hunting and trapping organizations', 'Hunting and trapping organizations', 'the removal', 'supported'),
    s('Hunting and trapping organizations', 'Hunting and trapping organizations', 'the Ministry to extend it to neighbouring ranges', 'urged'),
    s(MFW, 'a Ministry monitoring report', 'Wolf removals in the neighbouring Brenner range from 2027 to 2032|from 8 to 31 per cent', 'according to'),
)

BCA = 'Lorvanian Border and Customs Agency'
VASQ = 'Oren Vasquez'
HOLT = 'Magnus Holt'

doc('as08-gov-lorvania-customs-tortoise-seizure', 'Lorvanian Border and Customs Agency', '2034-08-21', '''
Lorvanian Border and Customs Agency - News release

Customs officers at Brask airport seize 212 live tortoises hidden in suitcases

BRASK, 21 August 2034 - Officers of the Border and Customs Agency at Brask International Airport seized 212 live tortoises and 38 rare orchids from the luggage of two passengers arriving from Marrakai on Tuesday, the Agency announced today.

The tortoises, most of them juvenile Marrakai star tortoises, a species protected under international trade rules since 2019, had been wrapped in socks and packed in layers between clothing. Eleven were dead when officers opened the bags. The orchids, wrapped in damp newspaper inside plastic food containers, have been handed to the National Botanic Garden in Osterby for identification.

The two passengers had flown from Marrakai to Brask with a change of aircraft in Tessalon. Their bags were checked through to Brask and were not opened during the connection.

Officers selected the two suitcases for examination after an X-ray scan showed "dense, regular shapes" in both, said Chief Superintendent Oren Vasquez, who leads the Agency's operations at the airport.

"Our officers have seen a lot of things in suitcases. Two hundred tortoises in socks was a first for most of them," Chief Superintendent Vasquez said. "The people who do this count on a certain number dying on the way. That is built into their prices."

The two passengers, a 41-year-old man and a 36-year-old woman, both residents of Brask, were arrested and charged under the Wild Species Trade Act. They are due to appear in Brask District Court on 4 September. Under the Act, importing a protected species without a permit is punishable by up to five years in prison.

The surviving animals were taken to Brask Zoological Garden. The zoo's head veterinarian, Dr. Ingrid Paulsen, said most of the tortoises were dehydrated and underweight but that she expected "the large majority" to recover.

The Agency has asked the wildlife authority of Marrakai to confirm where the animals were taken from, which would allow them to be returned.

According to the Agency's figures, officers seized 1,140 live animals at the country's airports and ports in 2033, up from 310 in 2030. This is the third large seizure of live reptiles at Brask this year.

The Lorvanian Society for the Protection of Animals welcomed the arrests. Its director, Magnus Holt, said the trade was "driven by social media, where a rare tortoise has become a status symbol" and called on airlines to train check-in staff to spot the signs of smuggling.

The Agency reminds travellers that:

- live animals, plants and their parts may only be brought into Lorvania with a permit;
- souvenirs made from protected species, including coral, ivory and tortoiseshell, may be seized even if they were bought openly in a shop;
- anyone who is unsure whether an item is allowed should declare it in the red channel.

Photographs of the seized animals are available on request.

Press office: 0800 555 210 | press@bca.example
''',
    s(BCA, 'the Agency', 'Officers of the Border and Customs Agency at Brask International Airport seized|arriving from Marrakai on Tuesday', 'announced'),
    s(VASQ, "Chief Superintendent Oren Vasquez, who leads the Agency's operations at the airport", 'Officers selected the two suitcases for examination after an X-ray scan showed "dense, regular shapes" in both', 'said', 'mixed', role='Chief Superintendent'),
    s(VASQ, 'Chief Superintendent Vasquez', '"Our officers have seen a lot of things in suitcases. Two hundred tortoises in socks was a first for most of them,"', 'said', 'direct', role='Chief Superintendent'),
    s(VASQ, '', '"The people who do this count on a certain number dying on the way. That is built into their prices."', '', 'direct', role='Chief Superintendent'),
    s('Ingrid Paulsen', "The zoo's head veterinarian, Dr. Ingrid Paulsen", 'most of the tortoises were dehydrated and underweight but that she expected "the large majority" to recover', 'said', 'mixed', role='head veterinarian'),
    s(BCA, "the Agency's figures", "officers seized 1,140 live animals at the country's airports and ports in 2033, up from 310 in 2030", 'According to'),
    s('Lorvanian Society for the Protection of Animals', 'The Lorvanian Society for the Protection of Animals', 'the arrests', 'welcomed'),
    s(HOLT, 'Its director, Magnus Holt', 'the trade was "driven by social media, where a rare tortoise has become a status symbol"', 'said', 'mixed', role='director'),
    s(HOLT, 'Its director, Magnus Holt', 'airlines to train check-in staff to spot the signs of smuggling', 'called on', role='director'),
    s(BCA, 'The Agency', 'live animals, plants and their parts may only be brought into Lorvania with a permit;', 'reminds'),
    s(BCA, 'The Agency', 'souvenirs made from protected species|bought openly in a shop;', 'reminds'),
    s(BCA, 'The Agency', 'anyone who is unsure whether an item is allowed should declare it in the red channel.', 'reminds'),
)

PRICE = 'Yolanda Price'
DANV = 'Mark Danvers'
IRV = 'Celeste Irving'
MORR = 'Anita Morrow'

doc('as09-gov-kessler-falls-school-board-minutes', 'Kessler Falls School District No. 14', '2034-04-08', '''
KESSLER FALLS SCHOOL DISTRICT NO. 14
BOARD OF TRUSTEES
MINUTES OF THE REGULAR PUBLIC MEETING

Tuesday, April 8, 2034, 7:00 p.m.
Board Room, District Education Centre, 410 Mill Street

Present: Trustee Anita Morrow (Chair), Trustee Luis Ferreira (Vice-Chair), Trustee Dana Whitcomb, Trustee Gregory Yoon, Trustee Pamela Osei
Regrets: Trustee Robert Lang
Staff: Dr. Celeste Irving, Superintendent of Schools; Mark Danvers, Secretary-Treasurer; Ruth Abernathy, Recording Secretary

1. CALL TO ORDER
The Chair called the meeting to order at 7:02 p.m.

2. ADOPTION OF THE AGENDA
MOVED (Ferreira) and SECONDED (Yoon): THAT the agenda be adopted as circulated.
CARRIED

3. DELEGATIONS
3.1 Parents' Advisory Council: proposed bus route changes
Ms. Yolanda Price, speaking for the Parents' Advisory Council, told the Board that the proposed consolidation of bus routes would lengthen the morning ride for some students in the Upper Valley to more than 70 minutes each way. She urged the Board to delay the change by one year and to survey the families affected.

Trustee Whitcomb asked whether the District had estimated the savings from the consolidation. The Secretary-Treasurer replied that the change would save approximately $410,000 a year, mostly in driver wages and fuel, and that no driver would lose employment because of it.

4. SUPERINTENDENT'S REPORT
The Superintendent reported that enrolment for September 2034 is projected at 4,312 students, a decline of 2.6 per cent from the current year, concentrated in the elementary grades. She noted that three teaching positions would be left unfilled as teachers retire and that no layoffs are anticipated.

Dr. Irving briefed the Board on the results of the spring reading assessment. A copy of her presentation is attached to these minutes.

5. BUSINESS ARISING
5.1 Student Personal Devices (Policy 5.14)
Trustee Yoon presented the report of the Policy Committee. The Committee recommends that student cellphones be stored in lockers during instructional time in all grades, with exceptions for medical needs.

Trustee Osei said she supported the policy but was concerned that enforcement would fall on classroom teachers. Trustee Ferreira stated that in his view the policy should apply to secondary schools only, because older students use their phones for coursework.

MOVED (Yoon) and SECONDED (Morrow): THAT the Board adopt Policy 5.14, Student Personal Devices, as presented.
AMENDMENT MOVED (Ferreira): THAT the policy apply to Grades 8 to 12 only. No seconder. The amendment lapsed.
Main motion CARRIED. Trustee Ferreira opposed.

6. CORRESPONDENCE
6.1 Letter from the Ministry of Education, dated March 28, 2034, advising that the District's capital request for a new roof at Birchwood Elementary has been approved for the 2035-36 fiscal year.
6.2 Letter from the Kessler Falls Teachers' Association expressing concern about the size of Grade 4 classes at Riverside Elementary.
Received for information.

7. TRUSTEE REPORTS
Trustee Whitcomb reported that the Birchwood Elementary spring concert had raised $3,200 for the school library.

8. PUBLIC QUESTION PERIOD
Mr. Stanley Kerr asked why the Board had not held a public meeting on the bus routes in the Upper Valley. The Chair responded that a meeting would be held at Upper Valley Secondary School on April 22 and that notice would go to all families by email.

9. ADJOURNMENT
The meeting adjourned at 9:14 p.m.

_______________________ Chair
_______________________ Secretary-Treasurer
''',
    s(PRICE, "Ms. Yolanda Price, speaking for the Parents' Advisory Council", 'the proposed consolidation of bus routes would lengthen the morning ride|more than 70 minutes each way', 'told'),
    s(PRICE, 'She', 'the Board to delay the change by one year and to survey the families affected', 'urged'),
    s(DANV, 'The Secretary-Treasurer', 'the change would save approximately $410,000 a year|because of it', 'replied', role='Secretary-Treasurer'),
    s(IRV, 'The Superintendent', 'enrolment for September 2034 is projected at 4,312 students|concentrated in the elementary grades', 'reported', role='Superintendent of Schools'),
    s(IRV, 'She', 'three teaching positions would be left unfilled as teachers retire and that no layoffs are anticipated', 'noted', role='Superintendent of Schools'),
    s('Policy Committee', 'The Committee', 'student cellphones be stored in lockers during instructional time in all grades, with exceptions for medical needs', 'recommends'),
    s('Pamela Osei', 'Trustee Osei', 'she supported the policy but was concerned that enforcement would fall on classroom teachers', 'said', role='Trustee'),
    s('Luis Ferreira', 'Trustee Ferreira', 'in his view the policy should apply to secondary schools only, because older students use their phones for coursework', 'stated', role='Trustee'),
    s('Ministry of Education', 'the Ministry of Education', "the District's capital request for a new roof at Birchwood Elementary has been approved for the 2035-36 fiscal year", 'advising'),
    s("Kessler Falls Teachers' Association", "the Kessler Falls Teachers' Association", 'the size of Grade 4 classes at Riverside Elementary', 'expressing concern about'),
    s('Dana Whitcomb', 'Trustee Whitcomb', 'the Birchwood Elementary spring concert had raised $3,200 for the school library', 'reported', role='Trustee'),
    s(MORR, 'The Chair', 'a meeting would be held at Upper Valley Secondary School on April 22 and that notice would go to all families by email', 'responded', role='Chair'),
)

EW = 'Elections Westerholm'
OKORO = 'Nadine Okoro'
GAUT = 'Martin Gauthier'

doc('as10-gov-westerholm-judicial-recount-harrow-bay', 'Elections Westerholm', '2034-11-19', '''
Elections Westerholm

NEWS RELEASE
Judicial recount in the electoral division of Harrow Bay-Lindell

ELLSWORTH, November 19, 2034 - The judicial recount in the electoral division of Harrow Bay-Lindell, held before Justice Nadine Okoro of the Court of King's Bench on November 16 and 17, has confirmed Tom Beaulieu (Progressive Party) as the member-elect by a margin of four votes.

The recount was requested by the second-place candidate, Evelyn Marsh (New Democratic Party), after the official results of October 30 gave Mr. Beaulieu a margin of seven votes.

The results of the recount are as follows:
- Tom Beaulieu (Progressive Party): 11,208
- Evelyn Marsh (New Democratic Party): 11,204
- Arjun Sethi (Green Party): 2,117
- Rejected ballots: 96

The returning officer for the division, Gail Thorsen, told the court that all ballot boxes had been sealed on election night and stored in a locked room at the division's office, and that the seals were intact when the boxes were opened.

Counsel for Ms. Marsh, Daniel Fenwick, argued that 23 ballots marked with a check mark rather than an X in the circle should be counted because the voters' intention was clear. Counsel for Mr. Beaulieu, Leah Brandvold, submitted that 11 ballots from Poll 42 should be rejected because they did not bear the initials of the deputy returning officer.

The deputy returning officer at Poll 42, who was not named in court, acknowledged in a written statement that she had forgotten to initial the ballots during the busiest hour of voting.

Justice Okoro ruled that ballots marked with a check mark showed a clear intention and must be counted, and that the Poll 42 ballots were valid because the missing initials were the official's error, not the voters'. In her oral ruling, she said: "Voters are not examined on their penmanship. Where the intention is plain, the vote counts."

Chief Electoral Officer Martin Gauthier said the recount had been "exactly what the law intends: a careful second look, in public, with both candidates watching." He said his office would review the training of poll officials in light of the error at Poll 42.

According to the records of Elections Westerholm, the result is the closest in a provincial election since 1986, when a seat in Farrow North was decided by two votes.

In a statement issued after the recount, Ms. Marsh congratulated Mr. Beaulieu and said she would not appeal the result. Mr. Beaulieu thanked the officials and volunteers who conducted the recount.

Background

A judicial recount is held where the margin between the first two candidates is less than one vote for every thousand cast, or where a candidate applies to a judge within eight days of the official results. The judge recounts every ballot in public, with the candidates or their agents present, and may rule on any ballot whose validity is disputed.

Under the Elections Act, the result may still be contested by petition to the Court of Appeal within 30 days.

Media inquiries: Communications, Elections Westerholm, 1-800-555-0199
''',
    s('Gail Thorsen', 'The returning officer for the division, Gail Thorsen', 'all ballot boxes had been sealed on election night|when the boxes were opened', 'told', role='returning officer'),
    s('Daniel Fenwick', 'Counsel for Ms. Marsh, Daniel Fenwick', "23 ballots marked with a check mark rather than an X in the circle should be counted because the voters' intention was clear", 'argued', role='Counsel'),
    s('Leah Brandvold', 'Counsel for Mr. Beaulieu, Leah Brandvold', '11 ballots from Poll 42 should be rejected because they did not bear the initials of the deputy returning officer', 'submitted', role='Counsel'),
    s('deputy returning officer at Poll 42', 'The deputy returning officer at Poll 42, who was not named in court', 'she had forgotten to initial the ballots during the busiest hour of voting', 'acknowledged'),
    s(OKORO, 'Justice Okoro', "ballots marked with a check mark showed a clear intention and must be counted|not the voters'", 'ruled', role='Justice'),
    s(OKORO, 'she', '"Voters are not examined on their penmanship. Where the intention is plain, the vote counts."', 'said', 'direct', role='Justice'),
    s(GAUT, 'Chief Electoral Officer Martin Gauthier', 'the recount had been "exactly what the law intends: a careful second look, in public, with both candidates watching."', 'said', 'mixed', role='Chief Electoral Officer'),
    s(GAUT, 'He', 'his office would review the training of poll officials in light of the error at Poll 42', 'said', role='Chief Electoral Officer'),
    s(EW, 'the records of Elections Westerholm', 'the result is the closest in a provincial election since 1986, when a seat in Farrow North was decided by two votes', 'According to'),
    s('Evelyn Marsh', 'Ms. Marsh', 'she would not appeal the result', 'said'),
)

LOMAX = 'Beatrice Lomax'
R_LOMAX = 'Integrity Commissioner'
DUNM = 'Kevin Dunmore'

doc('as11-gov-aldmoor-integrity-commissioner-dunmore-report', 'Office of the Integrity Commissioner of Aldmoor', '2034-09-30', '''
Office of the Integrity Commissioner

NEWS RELEASE

Integrity Commissioner finds Infrastructure Minister breached Members' Integrity Act

ALDMOOR CITY, September 30, 2034 - Integrity Commissioner Beatrice Lomax today tabled in the Legislative Assembly her report on the Honourable Kevin Dunmore, Minister of Infrastructure.

The Commissioner found that Mr. Dunmore contravened section 6 of the Members' Integrity Act when he took part in a Cabinet committee decision on the Millbrook interchange contract while his brother-in-law was a director of one of the bidders, Castell Paving Ltd.

In her report, the Commissioner found that:

- Mr. Dunmore learned in January 2034 that his brother-in-law, Alan Castell, sat on the board of Castell Paving;
- he did not disclose the relationship to the Cabinet Office until May 2034, after the contract had been awarded;
- he attended and spoke at the Cabinet committee meeting of March 12, 2034, at which the contract was approved.

The Commissioner found no evidence that the officials who scored the bids had been influenced by Mr. Dunmore, and concluded that he had not contravened section 9, which prohibits using public office to further a private interest.

The Commissioner interviewed nine witnesses. The Deputy Minister of Infrastructure, Ruth Okonjo, told the Commissioner that the Minister had spoken at the March 12 meeting only about the project's schedule. Mr. Castell told the Commissioner he had never discussed the contract with Mr. Dunmore. Castell Paving submitted that it had won the contract on price, with a bid 9 per cent below the next lowest.

In his submissions, Mr. Dunmore stated that he had understood his brother-in-law's role on the board to be honorary, and that he had not connected it with the Millbrook contract.

The Commissioner did not accept this explanation. She noted that Mr. Castell's appointment had been reported in a trade publication in December 2033 and that the Minister's own office had circulated the article to his staff.

"Ministers are not expected to know everything about their relatives' business affairs. They are expected to declare what they do know, and to leave the room," the Commissioner wrote.

Under section 31 of the Act, the Commissioner recommended that the Legislative Assembly reprimand Mr. Dunmore. The Assembly must vote on the recommendation within 30 sitting days.

Mr. Dunmore was given an opportunity to comment on the report before it was tabled. In his response, which is reproduced in Appendix B, he wrote that he accepted the Commissioner's findings "without reservation" and that he should have declared the relationship "the day I learned of it."

The full report is available on the Commissioner's website.

About the Office: The Integrity Commissioner is an independent officer of the Legislative Assembly. The Office administers the Members' Integrity Act, gives confidential advice to members on their obligations, and examines complaints that a member has contravened the Act. The Commissioner is appointed for a single term of seven years.

-30-

Contact: Communications, Office of the Integrity Commissioner, 555-0190
''',
    s(LOMAX, 'Integrity Commissioner', "Infrastructure Minister breached Members' Integrity Act", 'finds', role=R_LOMAX),
    s(LOMAX, 'The Commissioner', "Mr. Dunmore contravened section 6 of the Members' Integrity Act|Castell Paving Ltd.", 'found', role=R_LOMAX),
    s(LOMAX, 'the Commissioner', 'Mr. Dunmore learned in January 2034 that his brother-in-law, Alan Castell, sat on the board of Castell Paving;', 'found', role=R_LOMAX),
    s(LOMAX, 'the Commissioner', 'he did not disclose the relationship to the Cabinet Office until May 2034, after the contract had been awarded;', 'found', role=R_LOMAX),
    s(LOMAX, 'the Commissioner', 'he attended and spoke at the Cabinet committee meeting of March 12, 2034, at which the contract was approved.', 'found', role=R_LOMAX),
    s(LOMAX, 'The Commissioner', 'no evidence that the officials who scored the bids had been influenced by Mr. Dunmore', 'found', role=R_LOMAX),
    s(LOMAX, 'The Commissioner', 'he had not contravened section 9', 'concluded', role=R_LOMAX),
    s('Ruth Okonjo', 'The Deputy Minister of Infrastructure, Ruth Okonjo', "the Minister had spoken at the March 12 meeting only about the project's schedule", 'told', role='Deputy Minister of Infrastructure'),
    s('Alan Castell', 'Mr. Castell', 'he had never discussed the contract with Mr. Dunmore', 'told'),
    s('Castell Paving Ltd.', 'Castell Paving', 'it had won the contract on price, with a bid 9 per cent below the next lowest', 'submitted'),
    s(DUNM, 'Mr. Dunmore', "he had understood his brother-in-law's role on the board to be honorary, and that he had not connected it with the Millbrook contract", 'stated', role='Minister of Infrastructure'),
    s(LOMAX, 'She', "Mr. Castell's appointment had been reported in a trade publication in December 2033|circulated the article to his staff", 'noted', role=R_LOMAX),
    s(LOMAX, 'the Commissioner', '"Ministers are not expected to know everything about their relatives\' business affairs.|and to leave the room,"', 'wrote', 'direct', role=R_LOMAX),
    s(LOMAX, 'the Commissioner', 'the Legislative Assembly reprimand Mr. Dunmore', 'recommended', role=R_LOMAX),
    s(DUNM, 'he', 'he accepted the Commissioner\'s findings "without reservation" and that he should have declared the relationship "the day I learned of it."', 'wrote', 'mixed', role='Minister of Infrastructure'),
)
