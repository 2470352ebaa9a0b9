"""Set BL's six government texts (see build_bl.py)."""
from invented_common import doc_spans as doc, s

TVH = 'Teodora Vasquez-Holm'
PMR = 'Prime Minister'
AMR = 'Aurelio Mbatha-Renn'
PRR = 'President'

doc('bl06-gov-eskarn-prime-minister-tidewater-summit-press-conference', 'Office of the Prime Minister of Eskarn', '2041-03-14', '''
Office of the Prime Minister of Eskarn

Transcript: Joint press conference of Prime Minister Teodora Vasquez-Holm and President Aurelio Mbatha-Renn of Corsania after the Tidewater Summit
Port Alder, 14 March 2041

Moderator (Press Secretary Anika Rautio-Bello): The Prime Minister and the President will make short statements and then take questions.

Prime Minister: Good afternoon. President Mbatha-Renn and I have spent two days at Tidewater, and I will be brief about what we agreed. First, our two countries will lay a second power cable under the Corsan Strait by 2046 and share its cost equally. Second, we have ended the dispute over the fishing grounds east of Skarra: the line drawn by the 2039 boundary commission will be the line. Third, Corsanian students will pay home fees at Eskarn universities from next September, and ours will pay home fees at theirs.

We did not agree on everything. We did not agree on the ferry subsidy, and we said so to each other plainly.

President Mbatha-Renn: Thank you, Prime Minister. I came to Tidewater expecting a hard summit and got a useful one. The cable matters most to me: Corsania imports a third of its winter power, and every megawatt that comes under the strait is a megawatt we do not burn as coal. I have invited the Prime Minister to Corsa next spring to see where the cable will come ashore.

Question (Lars Oduya-Brandt, Eskarn Broadcasting): Prime Minister, in January you said there would be no summit without a ferry deal. There is no ferry deal. What changed?

Prime Minister: What changed is that the President put the cable on the table, and a cable is worth more than a ferry. (laughter) I said what I said in January, and I was wrong to tie one thing to another.

Question (Mireille Castagne-Obi, Corsa Daily): President, your fisheries minister, Benedek Ruiz-Halloran, told your parliament last week that the Skarra line "gives away what our grandfathers fished." Do you agree with him?

President Mbatha-Renn: The minister is entitled to his grandfathers. I have to think of our grandchildren. The line has been the line in practice for two years; today it is the line on paper, and our boats keep every right they had.

Question (Mireille Castagne-Obi, Corsa Daily): A follow-up for the Prime Minister. Will your navy stop patrolling the line?

Prime Minister: I'll ask the President to answer that, since it was his proposal.

President Mbatha-Renn: Both navies will patrol it together from June. Our admirals have told us that a joint patrol costs less and argues less.

Question (Tomas Ekwueme-Berg, The Alder Post): Prime Minister, Eskarn's intelligence service reported in February that Corsanian survey vessels had mapped the existing cable. Did you raise that today?

Prime Minister: I don't comment on intelligence matters, here or anywhere.

Question (Ingrid Saether-Nwankwo, Morgenposten): The leader of the opposition, Ragnar Mwangi-Sund, has called the student fees deal "a gift to Corsa paid for by Eskarn taxpayers." Is he right?

Prime Minister: He is right that it costs money, about 30 million crowns a year. He is wrong about who gains. Our universities need their students as much as their students need our universities.

Moderator (Press Secretary Anika Rautio-Bello): Last question, please.

Question (Hanne Solberg-Mensah, Nordic Wire): The Ferry Operators' Association says the subsidy row will cost 400 jobs in Port Alder. What do you tell those workers?

Prime Minister: That the row is not over. The President and I have asked our transport ministers to come back by June with a common proposal, and I expect the Association to be in the room when they write it.

Moderator (Press Secretary Anika Rautio-Bello): Thank you. This concludes the press conference.
''',
    s(TVH, '', 'Good afternoon. President Mbatha-Renn and I have spent two days at Tidewater|and we said so to each other plainly.', '', role=PMR),
    s(AMR, '', 'I came to Tidewater expecting a hard summit|to see where the cable will come ashore.', '', role=PRR),
    s(TVH, 'you', 'there would be no summit without a ferry deal', 'said', role=PMR, date='2041-01'),
    s(TVH, '', 'What changed is that the President put the cable on the table, and a cable is worth more than a ferry.', '', role=PMR),
    s(TVH, '', 'I said what I said in January, and I was wrong to tie one thing to another.', '', role=PMR),
    s('Benedek Ruiz-Halloran', 'your fisheries minister, Benedek Ruiz-Halloran', 'the Skarra line "gives away what our grandfathers fished."', 'told', 'mixed', role='fisheries minister'),
    s(AMR, '', 'The minister is entitled to his grandfathers.|and our boats keep every right they had.', '', role=PRR),
    s(AMR, '', 'Both navies will patrol it together from June. Our admirals have told us that a joint patrol costs less and argues less.', '', role=PRR),
    s('Our admirals', 'Our admirals', 'a joint patrol costs less and argues less', 'have told', nested=True, via=AMR),
    s("Eskarn's intelligence service", "Eskarn's intelligence service", 'Corsanian survey vessels had mapped the existing cable', 'reported', date='2041-02'),
    s('Ragnar Mwangi-Sund', 'The leader of the opposition, Ragnar Mwangi-Sund', 'the student fees deal "a gift to Corsa paid for by Eskarn taxpayers."', 'has called', 'mixed', role='The leader of the opposition'),
    s(TVH, '', 'He is right that it costs money|as much as their students need our universities.', '', role=PMR),
    s("The Ferry Operators' Association", "The Ferry Operators' Association", 'the subsidy row will cost 400 jobs in Port Alder', 'says'),
    s(TVH, '', 'That the row is not over.|to be in the room when they write it.', '', role=PMR),
)

RHA = 'Radek Hollis-Amadi'
RHR = 'spokesman'
MKD = 'Marta Kovalenko-Diallo'

doc('bl07-gov-istrava-defence-ministry-daily-briefing', 'Ministry of Defence of the Republic of Istrava', '2041-11-22', '''
Ministry of Defence of the Republic of Istrava

Daily briefing, 22 November 2041, 11:00

The Ministry's official spokesman, Colonel Radek Hollis-Amadi, reported:

1. Over the past 24 hours, air defence units destroyed 14 drones over the Kerva and Orsk regions. Debris damaged the roof of a school in Orsk; there were no casualties.

2. The evacuation of civilians from the border villages of Dolna and Stary Brod, announced on 19 November, has been completed. A total of 1,840 people have been moved to temporary housing in Kerva.

3. Reports in some foreign media that Istravan units have withdrawn from the Lissa heights are false. The units remain in their positions and are fully supplied.

4. The Minister of Defence, General Marta Kovalenko-Diallo, held a telephone conversation with the Defence Minister of Velmora, Piet Andersen-Obi. The Minister informed her counterpart that Istrava would hand evidence of the cross-border launches to the Joint Monitoring Mission this week.

5. Military prosecutors have opened a criminal case against two servicemen of the 41st Supply Battalion on suspicion of selling diesel fuel to civilians.

6. The Ministry reminds residents of the border regions that photographing military vehicles and positions, and posting such images online, is prohibited.

Questions from journalists

Question (Klara Venn-Ochieng, Istrava Today): The Joint Monitoring Mission said yesterday that it could not confirm where the drones had been launched from. Does the Ministry have evidence it can show?

Answer: The evidence exists, and it will be handed to the Mission, as the Minister told her counterpart. We will not publish it before the Mission has seen it.

Question (Ilya Morozenko, Radio Kerva): How many soldiers were wounded this week?

Answer: I have no such information. Casualty figures are published by the General Staff on Fridays.

Question (Samir Oduya-Lind, Velmoran News Agency): The Velmoran Defence Ministry says your artillery shelled the village of Horyn on Tuesday. Do you deny it?

Answer: We deny it categorically. Istravan artillery has not fired across the border once since the ceasefire of 2039, and the Velmoran side knows this.

Question (Klara Venn-Ochieng, Istrava Today): General Kovalenko-Diallo told parliament in October that conscripts would not be sent to the border. Is that still true?

Answer: It is true. Only contract soldiers serve on the border line, and that will not change this winter.

Question (Oksana Whitfield-Mensah, Relief Today): The International Committee for Humanitarian Relief said on Monday that about 300 residents of Dolna had refused to leave their homes. Are there still civilians in the village?

Answer: According to the regional administration, 41 residents remain in Dolna, most of them elderly. They are visited daily by social workers and supplied with food and medicine. Nobody will be removed by force.

Question (Pavel Strand-Abiodun, Northern Herald): Will the Minister visit Orsk?

Answer: The Minister's schedule will be announced separately.

The next briefing will take place on 23 November at 11:00.
''',
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'Over the past 24 hours, air defence units destroyed 14 drones over the Kerva and Orsk regions. Debris damaged the roof of a school in Orsk; there were no casualties.', 'reported', role=RHR),
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'The evacuation of civilians from the border villages of Dolna and Stary Brod|moved to temporary housing in Kerva.', 'reported', role=RHR),
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'Reports in some foreign media that Istravan units have withdrawn from the Lissa heights are false.|are fully supplied.', 'reported', role=RHR),
    s('some foreign media', 'some foreign media', 'Istravan units have withdrawn from the Lissa heights', 'Reports', nested=True, via=RHA),
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'The Minister of Defence, General Marta Kovalenko-Diallo, held a telephone conversation|to the Joint Monitoring Mission this week.', 'reported', role=RHR),
    s(MKD, 'The Minister', 'Istrava would hand evidence of the cross-border launches to the Joint Monitoring Mission this week', 'informed', role='The Minister of Defence', nested=True, via=RHA),
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'Military prosecutors have opened a criminal case|selling diesel fuel to civilians.', 'reported', role=RHR),
    s(RHA, "The Ministry's official spokesman, Colonel Radek Hollis-Amadi", 'The Ministry reminds residents of the border regions|is prohibited.', 'reported', role=RHR),
    s('The Joint Monitoring Mission', 'The Joint Monitoring Mission', 'it could not confirm where the drones had been launched from', 'said'),
    s(RHA, '', 'The evidence exists, and it will be handed to the Mission, as the Minister told her counterpart. We will not publish it before the Mission has seen it.', '', role=RHR),
    s('The Velmoran Defence Ministry', 'The Velmoran Defence Ministry', 'your artillery shelled the village of Horyn on Tuesday', 'says'),
    s(RHA, '', 'We deny it categorically.|and the Velmoran side knows this.', '', role=RHR),
    s('The International Committee for Humanitarian Relief', 'The International Committee for Humanitarian Relief', 'about 300 residents of Dolna had refused to leave their homes', 'said'),
    s(RHA, '', 'According to the regional administration, 41 residents remain in Dolna|Nobody will be removed by force.', '', role=RHR),
    s('the regional administration', 'the regional administration', '41 residents remain in Dolna, most of them elderly', 'According to', nested=True, via=RHA),
    s(MKD, 'General Kovalenko-Diallo', 'conscripts would not be sent to the border', 'told', role='The Minister of Defence', date='2041-10'),
    s(RHA, '', 'It is true. Only contract soldiers serve on the border line, and that will not change this winter.', '', role=RHR),
)

RAM = 'Rosalind Akintola-Marsh'
RAR = 'Chair'
AUTH = 'The Tessel Valley Water Authority'
GFN = 'Gemma Fairweather-Nkosi'
DOB = 'Dennis Okoro-Blackwood'
PLA = 'Priya Lindgren-Ayodele'
APQ = 'Amos Pelletier-Quaye'

doc('bl08-gov-tessel-valley-flood-inquiry-interim-report', 'Tessel Valley Flood Inquiry', '2041-06-09', '''
Tessel Valley Flood Inquiry

Interim Report

Chair: Judge Rosalind Akintola-Marsh
Published: 9 June 2041

Introduction

1. The inquiry was established by the Minister for Local Government on 4 January 2041 to examine the failure of the Harrow Weir flood barrier on the night of 28-29 November 2040, when water entered 1,240 homes in Tessel Bridge and two people died. This interim report covers the first 31 days of public hearings. A final report will follow in 2042.

2. The barrier's gates are raised by two electric motors, with a diesel generator as back-up. It is common ground that both motors failed at about 23:40 and that the generator did not start.

The evidence so far

3. In her evidence, the barrier's duty operator that night, Gemma Fairweather-Nkosi, told the inquiry that she had reported a fault in the generator's starter to her supervisor on 12 November. "I wrote it in the log and I rang him. I did both," she said.

4. Her supervisor, Dennis Okoro-Blackwood, accepted that the entry appeared in the log but said he had no memory of a telephone call. He told the inquiry that generator faults were "reported most weeks, and most weeks they were nothing."

5. The Tessel Valley Water Authority, which owns the barrier, submitted that its maintenance contractor, Brayfield Services Ltd, was responsible for the generator under a contract signed in 2036. Counsel for Brayfield, Mr Jonah Whitlock-Essien, submitted that the contract covered "inspection, not repair," and that repairs required a work order from the Authority that was never issued.

6. The Authority's chief engineer, Priya Lindgren-Ayodele, gave evidence over two days. She said the Authority had applied to the Ministry for funds to replace the motors in 2037, 2038 and 2039 and had been refused each time. Asked by counsel to the inquiry whether the Authority had considered paying for the work from its own reserves, she said it had not, "because the reserves were already promised to the Harrow pumping station."

7. The Ministry of Local Government's written statement to the inquiry says that the applications of 2037 and 2038 "did not identify the barrier as a risk to life" and that the 2039 application arrived after the budget had been set.

8. Residents gave evidence on the eleventh day of hearings; several asked that their names not be published, and the inquiry agreed. Mr Amos Pelletier-Quaye, 81, told the inquiry he had been trapped upstairs for nine hours. "Nobody came because nobody knew," he said. "The siren never sounded."

9. The Authority accepted that the flood siren at Tessel Bridge was not activated until 01:15, more than an hour after water entered the first homes.

Findings at this stage

10. I am satisfied that the generator fault was reported to the Authority on 12 November 2040 and was not repaired before the flood.

11. I find that the siren was activated late, and that earlier activation would probably have allowed Mrs Edith Carr-Mensah, one of the two people who died, to leave her ground-floor flat.

12. I make no finding at this stage about the Ministry's decisions on funding, which will be examined in the second phase of hearings.

Interim recommendations

13. I recommend that:

(a) the Authority test the back-up generator at every flood barrier it operates within 30 days and publish the results;

(b) flood sirens in the Tessel Valley be activated automatically when river levels pass the warning mark, without waiting for a manual decision;

(c) the Minister for Local Government report to parliament by 1 October 2041 on the funding of flood defences in the valley.

14. The Authority has told the inquiry that it will accept recommendations (a) and (b).
''',
    s(GFN, "the barrier's duty operator that night, Gemma Fairweather-Nkosi", "she had reported a fault in the generator's starter to her supervisor on 12 November", 'told', role='duty operator'),
    s(GFN, 'she', '"I wrote it in the log and I rang him. I did both,"', 'said', 'direct', role='duty operator'),
    s(DOB, 'Her supervisor, Dennis Okoro-Blackwood', 'the entry appeared in the log', 'accepted', role='supervisor'),
    s(DOB, 'Her supervisor, Dennis Okoro-Blackwood', 'he had no memory of a telephone call', 'said', role='supervisor'),
    s(DOB, 'He', 'generator faults were "reported most weeks, and most weeks they were nothing."', 'told', 'mixed', role='supervisor'),
    s(AUTH, 'The Tessel Valley Water Authority', 'its maintenance contractor, Brayfield Services Ltd, was responsible for the generator under a contract signed in 2036', 'submitted'),
    s('Jonah Whitlock-Essien', 'Counsel for Brayfield, Mr Jonah Whitlock-Essien', 'the contract covered "inspection, not repair," and that repairs required a work order from the Authority that was never issued', 'submitted', 'mixed', role='Counsel for Brayfield'),
    s(PLA, 'She', 'the Authority had applied to the Ministry for funds to replace the motors in 2037, 2038 and 2039 and had been refused each time', 'said', role='chief engineer'),
    s(PLA, 'she', 'it had not, "because the reserves were already promised to the Harrow pumping station."', 'said', 'mixed', role='chief engineer'),
    s('The Ministry of Local Government', "The Ministry of Local Government's written statement to the inquiry", 'the applications of 2037 and 2038 "did not identify the barrier as a risk to life" and that the 2039 application arrived after the budget had been set', 'says', 'mixed'),
    s(APQ, 'Mr Amos Pelletier-Quaye', 'he had been trapped upstairs for nine hours', 'told'),
    s(APQ, 'he', '"Nobody came because nobody knew,"', 'said', 'direct'),
    s(APQ, '', '"The siren never sounded."', '', 'direct'),
    s(AUTH, 'The Authority', 'the flood siren at Tessel Bridge was not activated until 01:15, more than an hour after water entered the first homes', 'accepted'),
    s(RAM, 'I', 'the generator fault was reported to the Authority on 12 November 2040 and was not repaired before the flood', 'am satisfied', role=RAR),
    s(RAM, 'I', 'the siren was activated late, and that earlier activation would probably have allowed Mrs Edith Carr-Mensah, one of the two people who died, to leave her ground-floor flat', 'find', role=RAR),
    s(RAM, 'I', 'the Authority test the back-up generator at every flood barrier it operates within 30 days and publish the results;', 'recommend', role=RAR),
    s(RAM, 'I', 'flood sirens in the Tessel Valley be activated automatically when river levels pass the warning mark, without waiting for a manual decision;', 'recommend', role=RAR),
    s(RAM, 'I', 'the Minister for Local Government report to parliament by 1 October 2041 on the funding of flood defences in the valley.', 'recommend', role=RAR),
    s(AUTH, 'The Authority', 'it will accept recommendations (a) and (b)', 'has told'),
)

EWRC = 'the Energy and Water Regulation Commission of Marvane'
LW = 'Lorrin Water plc'
MOB = 'Martin Osterhuis-Bell'
CWC = 'The Consumer Water Council'
FML = 'Farid Mensah-Lund'

doc('bl09-gov-marvane-regulator-lorrin-water-tariff-decision', 'Energy and Water Regulation Commission of Marvane', '2041-08-30', '''
Energy and Water Regulation Commission of Marvane

Decision 41/07: Application by Lorrin Water plc to increase water tariffs for 2042-2046

Decided: 30 August 2041
Commissioners: Elodie Brannigan-Osei (presiding), Farid Mensah-Lund, Carys Ndlovu-Hart

Summary

The Commission allows Lorrin Water plc to raise its average household bill by 4.1 percent a year for five years, not the 9.8 percent a year it applied for. The company must reduce leakage from its network by a quarter by 2046.

The application

Lorrin Water applied on 2 February 2041 for an increase that would take the average household bill from 612 to 978 marks by 2046. It held 11 public meetings on its plan in 2040 and published a summary of the responses with its application. In its submission, the company argued that a third of its pipes were more than 80 years old and that leakage could not be cut without replacing them. It said that its borrowing costs had doubled since 2038. In its reply to the other submissions, the company stated that its dividends had been "below the sector average in every year since 2036."

The company's chief executive, Martin Osterhuis-Bell, wrote in a covering letter that without the full increase the company "would have to choose between fixing leaks and paying its lenders."

Submissions

The Consumer Water Council, which represents household customers, submitted that the company had paid 140 million marks in dividends since 2036 while leakage rose. It also submitted that any increase above inflation should be tied to leakage targets, year by year.

The Council's chief executive, Nadia Ferreira-Hume, told the Commission's public hearing on 14 June: "Customers are being asked to pay twice for the same pipes."

The Marvane Anglers' Federation opposed the company's plan to take more water from the River Lorr in dry summers.

The Ministry of Environment said in its written submission that it supported the leakage target but took no position on the level of bills.

Forty-two households wrote to the Commission. Most objected to the size of the increase. Several said they already struggled to pay their bills.

The Commission's assessment

The Commission finds that the company's plan to replace 900 kilometres of pipe is necessary and reasonably costed, but that its estimate of borrowing costs is too high.

The Commission does not accept that delaying part of the pipe replacement to 2047 would raise customers' bills in the long run.

The Commission notes that the company's leakage has risen in four of the last five years.

The Commission directs Lorrin Water to:
- publish its leakage figures every quarter;
- offer a social tariff to households receiving income support from 1 April 2042.

Separate opinions

Commissioner Ndlovu-Hart agreed with the decision and added that the Commission should review the social tariff after its first two years.

Commissioner Mensah-Lund dissented on the level of the increase. In his view, the Commission's allowance for borrowing costs is too low and will push the company's credit rating below investment grade, which would raise bills further in the next period.

Next steps

The company may appeal to the Competition Tribunal within 28 days.
''',
    s(LW, 'the company', 'a third of its pipes were more than 80 years old and that leakage could not be cut without replacing them', 'argued'),
    s(LW, 'It', 'its borrowing costs had doubled since 2038', 'said'),
    s(MOB, "The company's chief executive, Martin Osterhuis-Bell", 'without the full increase the company "would have to choose between fixing leaks and paying its lenders."', 'wrote', 'mixed', role='chief executive'),
    s(LW, 'the company', 'its dividends had been "below the sector average in every year since 2036."', 'stated', 'mixed'),
    s(CWC, 'The Consumer Water Council', 'the company had paid 140 million marks in dividends since 2036 while leakage rose', 'submitted'),
    s(CWC, 'It', 'any increase above inflation should be tied to leakage targets, year by year', 'submitted'),
    s('Nadia Ferreira-Hume', "The Council's chief executive, Nadia Ferreira-Hume", '"Customers are being asked to pay twice for the same pipes."', 'told', 'direct', role='chief executive'),
    s("The Marvane Anglers' Federation", "The Marvane Anglers' Federation", "the company's plan to take more water from the River Lorr in dry summers", 'opposed'),
    s('The Ministry of Environment', 'The Ministry of Environment', 'it supported the leakage target but took no position on the level of bills', 'said'),
    s('Forty-two households', 'Most', 'the size of the increase', 'objected to'),
    s('Forty-two households', 'Several', 'they already struggled to pay their bills', 'said'),
    s(EWRC, 'The Commission', "the company's plan to replace 900 kilometres of pipe is necessary and reasonably costed, but that its estimate of borrowing costs is too high", 'finds'),
    s(EWRC, 'The Commission', "delaying part of the pipe replacement to 2047 would raise customers' bills in the long run", 'does not accept'),
    s(EWRC, 'The Commission', "the company's leakage has risen in four of the last five years", 'notes'),
    s('Carys Ndlovu-Hart', 'Commissioner Ndlovu-Hart', 'the Commission should review the social tariff after its first two years', 'added', role='Commissioner'),
    s(FML, 'his', "the Commission's allowance for borrowing costs is too low and will push the company's credit rating below investment grade, which would raise bills further in the next period", 'In his view', role='Commissioner'),
)

DYK = 'Dolores Ybarra-Kwan'
TKA = 'Tobias Kleinfeld-Asare'
MLO = 'Mei-Lin Oduya'
RCH = 'Raymond Castellanos-Hart'
JPE = 'Judith Penhallow'

doc('bl10-gov-marlow-county-supervisors-action-minutes', 'Marlow County Board of Supervisors', '2041-05-13', '''
BOARD OF SUPERVISORS, MARLOW COUNTY
ACTION MINUTES - REGULAR MEETING
Tuesday, May 13, 2041, 9:00 a.m., Board Chambers, County Government Center

Supervisors present: Dolores Ybarra-Kwan (Chair), Franklin Achterberg, Mei-Lin Oduya, Raymond Castellanos-Hart, Judith Penhallow
Staff: Gregory Atwell-Mensah, County Administrative Officer; Sonia Verhoeven-Diaz, County Counsel; Tobias Kleinfeld-Asare, Director of Public Works

1. CALL TO ORDER
The Chair called the meeting to order at 9:02 a.m. The Pledge of Allegiance was led by Supervisor Achterberg.

2. PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA
Hollis Greenway, Paso Verde, said that county road crews had not repaired the potholes on Old Mill Road since January.
Amparo Delacruz-Whitman, representing the Marlow County Farm Bureau, urged the Board to oppose the state's proposed groundwater extraction fee.
Three speakers spoke in support of extending library hours at the Ridgeline branch.
The Rev. Marcus Delgado-Ames, Ridgeline Community Church, thanked the Board for last winter's emergency shelter funding and asked that the Board open a warming center in Ridgeline before December.

3. CONSENT CALENDAR
Items 3.1 through 3.9 approved as submitted.
Motion: Achterberg. Second: Penhallow. Ayes: 5. Noes: 0.

4. ROAD MAINTENANCE BUDGET, FISCAL YEAR 2041-42
Director of Public Works Kleinfeld-Asare reported that 212 miles of the county's 640 miles of paved road were rated "poor" or "failed" in the 2040 pavement survey. He stated that the proposed budget of $18.4 million would resurface about 35 miles a year, which would not keep pace with the decline.
Supervisor Oduya requested staff to return on June 10 with a list of the twenty worst road segments in each district.
Supervisor Castellanos-Hart expressed concern that the Old Mill Road paving contract had gone to a single bidder. He requested staff to suspend the contract until the Auditor-Controller completes her review.
County Counsel advised that the contract could be suspended for 60 days without penalty.
Motion to approve the budget as recommended, with the Old Mill Road contract suspended for 60 days: Castellanos-Hart. Second: Oduya. Ayes: 4. Noes: 1 (Penhallow).
Supervisor Penhallow stated for the record that she opposed the budget because it "pays for paving and not for drainage."

5. STATE GROUNDWATER EXTRACTION FEE
The County Administrative Officer reported that the fee, as proposed, would cost county agricultural users an estimated $6.2 million a year.
Motion to send a letter to the State Water Board opposing the fee: Achterberg. Second: Oduya. Ayes: 5. Noes: 0.
The Chair noted that the State Water Board's public hearing on the fee will be held on June 2 in Sacramento Springs.

6. CORRESPONDENCE
Letter from the City of Paso Verde, advising that the City will withdraw from the joint animal shelter agreement on June 30, 2042.

7. SUPERVISORS' REPORTS
Supervisor Penhallow requested that the Chair place a Ridgeline warming center on the June 10 agenda. The Chair agreed.
Supervisor Achterberg reported that the Ridgeline bridge reopened to traffic on May 5, two weeks ahead of schedule.
Supervisor Oduya thanked the 140 volunteers of the Paso Verde creek cleanup.

8. ADJOURNMENT
The meeting was adjourned at 11:47 a.m. in memory of former Supervisor Alma Restrepo-Vance.
''',
    s('Hollis Greenway', 'Hollis Greenway, Paso Verde', 'county road crews had not repaired the potholes on Old Mill Road since January', 'said'),
    s('Amparo Delacruz-Whitman', 'Amparo Delacruz-Whitman, representing the Marlow County Farm Bureau', "the Board to oppose the state's proposed groundwater extraction fee", 'urged'),
    s('Three speakers', 'Three speakers', 'extending library hours at the Ridgeline branch', 'spoke in support of'),
    s('Marcus Delgado-Ames', 'The Rev. Marcus Delgado-Ames, Ridgeline Community Church', 'the Board open a warming center in Ridgeline before December', 'asked'),
    s(TKA, 'Director of Public Works Kleinfeld-Asare', '212 miles of the county\'s 640 miles of paved road were rated "poor" or "failed" in the 2040 pavement survey', 'reported', 'mixed', role='Director of Public Works'),
    s(TKA, 'He', 'the proposed budget of $18.4 million would resurface about 35 miles a year, which would not keep pace with the decline', 'stated', role='Director of Public Works'),
    s(MLO, 'Supervisor Oduya', 'staff to return on June 10 with a list of the twenty worst road segments in each district', 'requested', role='Supervisor'),
    s(RCH, 'Supervisor Castellanos-Hart', 'the Old Mill Road paving contract had gone to a single bidder', 'expressed concern', role='Supervisor'),
    s(RCH, 'He', 'staff to suspend the contract until the Auditor-Controller completes her review', 'requested', role='Supervisor'),
    s('Sonia Verhoeven-Diaz', 'County Counsel', 'the contract could be suspended for 60 days without penalty', 'advised', role='County Counsel'),
    s(JPE, 'Supervisor Penhallow', 'she opposed the budget because it "pays for paving and not for drainage."', 'stated', 'mixed', role='Supervisor'),
    s('Gregory Atwell-Mensah', 'The County Administrative Officer', 'the fee, as proposed, would cost county agricultural users an estimated $6.2 million a year', 'reported', role='County Administrative Officer'),
    s(DYK, 'The Chair', "the State Water Board's public hearing on the fee will be held on June 2 in Sacramento Springs", 'noted', role='Chair'),
    s('the City of Paso Verde', 'the City of Paso Verde', 'the City will withdraw from the joint animal shelter agreement on June 30, 2042', 'advising'),
    s(JPE, 'Supervisor Penhallow', 'the Chair place a Ridgeline warming center on the June 10 agenda', 'requested', role='Supervisor'),
    s('Franklin Achterberg', 'Supervisor Achterberg', 'the Ridgeline bridge reopened to traffic on May 5, two weeks ahead of schedule', 'reported', role='Supervisor'),
)

EMB = 'the Embassy of the Republic of Oskaria'
KDE = 'Kalina Dimitrova-Essel'
COU = 'The Lindmark Courier'

doc('bl11-gov-oskaria-embassy-rebuttal-courier-article', 'Embassy of the Republic of Oskaria in Lindmark', '2041-10-05', '''
Embassy of the Republic of Oskaria in Lindmark

Press release

On the article in The Lindmark Courier of 3 October 2041

The Embassy of the Republic of Oskaria has read with surprise the article "Oskarian diplomats shopped for drone parts in Norvik" published by The Lindmark Courier on 3 October.

The article alleges that two diplomats of the Embassy bought electronic components that can be used in military drones at a wholesaler in Norvik, and that they paid in cash to avoid scrutiny. It quotes an unnamed source in the security service as saying that the purchases were "part of a pattern."

The Embassy categorically rejects these allegations.

The Embassy states the following:
- On 28 September, two members of the Embassy's administrative staff visited the Norvik Electronics wholesaler to buy a video projector and cables for the Embassy's cultural hall.
- The purchase, 2,340 crowns, was paid by bank card from the Embassy's account. A copy of the invoice has been sent to the Ministry of Foreign Affairs of Lindmark.
- Neither member of staff holds diplomatic rank.

The article further claims that one of the two staff members had previously served as a military attaché in Velmora. The Embassy points out that the staff member in question has worked in the Embassy's accounts department since 2036 and has never served in the armed forces.

The Embassy recalls that in March 2040 the same newspaper published, and later withdrew, a report that the Ambassador's residence was being used to store equipment for a foreign intelligence service.

The Embassy notes that The Lindmark Courier did not contact the Embassy before publication, although its telephone number and e-mail address are public.

On 4 October, the Courier's editor-in-chief, Sven Halvorsen-Addo, told Lindmark Radio that the newspaper "stands by every word." The Embassy regrets that a respected newspaper has chosen to stand by words that an invoice disproves.

The Embassy has asked the newspaper to publish a correction.

Ambassador Kalina Dimitrova-Essel said: "Our two countries have a long friendship and a short list of problems. I would ask the Courier not to add a projector to that list."

Also on 4 October, the Ministry of Foreign Affairs of Lindmark confirmed that it had received the invoice and said it had "no reason to doubt the Embassy's account."

The Embassy remains open to questions from the media.

Press Section
Embassy of the Republic of Oskaria, Norvik
''',
    s(COU, 'The article', 'two diplomats of the Embassy bought electronic components that can be used in military drones at a wholesaler in Norvik, and that they paid in cash to avoid scrutiny', 'alleges'),
    s(COU, 'It', 'an unnamed source in the security service as saying that the purchases were "part of a pattern."', 'quotes', 'mixed'),
    s('an unnamed source in the security service', 'an unnamed source in the security service', 'the purchases were "part of a pattern."', 'as saying', 'mixed', nested=True, via=COU),
    s(EMB, 'The Embassy', 'these allegations', 'rejects'),
    s(EMB, 'The Embassy', "On 28 September, two members of the Embassy's administrative staff visited the Norvik Electronics wholesaler to buy a video projector and cables for the Embassy's cultural hall.", 'states'),
    s(EMB, 'The Embassy', "The purchase, 2,340 crowns, was paid by bank card from the Embassy's account. A copy of the invoice has been sent to the Ministry of Foreign Affairs of Lindmark.", 'states'),
    s(EMB, 'The Embassy', 'Neither member of staff holds diplomatic rank.', 'states'),
    s(COU, 'The article', 'one of the two staff members had previously served as a military attaché in Velmora', 'claims'),
    s(EMB, 'The Embassy', "the staff member in question has worked in the Embassy's accounts department since 2036 and has never served in the armed forces", 'points out'),
    s(EMB, 'The Embassy', "in March 2040 the same newspaper published, and later withdrew, a report that the Ambassador's residence was being used to store equipment for a foreign intelligence service", 'recalls'),
    s(COU, 'the same newspaper', "the Ambassador's residence was being used to store equipment for a foreign intelligence service", 'report', nested=True, via=EMB, date='2040-03'),
    s(EMB, 'The Embassy', 'The Lindmark Courier did not contact the Embassy before publication, although its telephone number and e-mail address are public', 'notes'),
    s('Sven Halvorsen-Addo', "the Courier's editor-in-chief, Sven Halvorsen-Addo", 'the newspaper "stands by every word."', 'told', 'mixed', role='editor-in-chief'),
    s(EMB, 'The Embassy', 'a respected newspaper has chosen to stand by words that an invoice disproves', 'regrets'),
    s(EMB, 'The Embassy', 'the newspaper to publish a correction', 'has asked'),
    s(KDE, 'Ambassador Kalina Dimitrova-Essel', '"Our two countries have a long friendship and a short list of problems. I would ask the Courier not to add a projector to that list."', 'said', 'direct', role='Ambassador'),
    s('the Ministry of Foreign Affairs of Lindmark', 'the Ministry of Foreign Affairs of Lindmark', 'it had received the invoice', 'confirmed'),
    s('the Ministry of Foreign Affairs of Lindmark', 'the Ministry of Foreign Affairs of Lindmark', 'it had "no reason to doubt the Embassy\'s account."', 'said', 'mixed'),
)
