"""Set BJ's six government texts (see build_bj.py)."""
from invented_common import doc_spans as doc, s

PRES = 'Marguerite Oduya-Falkenberg'
PRR = 'President'

doc('bj06-gov-calvaria-president-northern-region-address', 'Office of the President of the Republic of Calvaria', '2040-09-12', '''
Office of the President of the Republic of Calvaria

Address by President Marguerite Oduya-Falkenberg on the state of the Northern Region (excerpt)
Regional Assembly, Vossberg, 12 September 2040

Members of the Regional Assembly, friends,

Two years ago I stood in this hall and promised that the North would not be the country's waiting room. I will not pretend that the promise has been kept in full. The rail line to Kessel is eighteen months late. The hydrogen plant at Ormund has not opened. And three of the five mines that employed your parents will close by 2043.

But the North has also changed. Unemployment in the region fell from 11.2 percent to 8.6 percent. The new medical faculty in Vossberg took its first 240 students this month. And for the first time in twenty years, more young people moved to the North than left it.

Today I am asking parliament for a Northern Transition Fund of 1.8 billion crowns over five years, controlled here in Vossberg and not in the capital. Every mine that closes will be replaced by work before it closes, not after.

Thank you.

Questions from the press

MODERATOR (Deputy Press Secretary Jonas Eklund-Mwangi): The President will take questions. Please give your name and outlet.

QUESTION (Frida Olander, Nordlicht Radio): Madam President, the regional governor, Anselm Kretz-Obua, said last week that the North had received "not one crown" of the rail money promised in 2038. Is he wrong?

THE PRESIDENT: He is wrong about the crowns and right about the rail. 420 million has been paid to the builders; not one metre of track has been laid with it that you can see from Vossberg. I spoke to the governor this morning, and he told me he would present the figures to this Assembly himself. I welcome that.

QUESTION (Mats Hjelmgren, Vossberg Courier): The Northern Employers' Federation has warned that the mine closures will cost 9,000 jobs by 2043. What do you say to them?

THE PRESIDENT: I say the Federation can count. (laughter) The question is what we build in their place, and the Fund is my answer.

QUESTION (Mats Hjelmgren, Vossberg Courier): A follow-up. Will you meet the miners' union?

THE PRESIDENT: Yes. Next Tuesday, here in Vossberg, with the union's chairwoman, Greta Nyholm-Okafor.

QUESTION (Aino Lappalainen-Reyes, Tidende): Your energy minister, Piet Lindqvist-Mare, told parliament in March that the Ormund plant would open "before the winter." It has not. Who is responsible?

THE PRESIDENT: I am. I appointed the minister, and I accepted his timetable. The plant's contractor, Halvard Energy, has told us that the electrolysers failed their pressure tests, and I would rather have a plant that opens late than one that explodes.

QUESTION (Sven Aaltonen-Brandt, Calvarian Television): The opposition leader, Rasmus Tveit-Okoro, says the Fund is "an election gift in a miner's helmet." Is it?

THE PRESIDENT: The election is in 2042. The mines close in 2043. If Mr Tveit-Okoro has a better date, he can tell me.

QUESTION (Liv Sandberg-Amadou, Nordposten): Will the Fund's board include the Fjell councils?

THE PRESIDENT: I will leave that to the Minister for the Regions, who will present the bill next month.

QUESTION (Oskar Varre, Radio Helm): Madam President, a poll by the Vossberg Institute this week found that 61 percent of northerners do not believe the rail line will ever be finished. Do you?

THE PRESIDENT: I do. I will ride it to Kessel before my term ends, and I will invite the Institute's pollsters to come with me.

QUESTION (Hedda Brun-Kamara, Calvarian Daily): The Audit Office reported in June that a third of the money for the medical faculty had been spent on consultants. Was that a good use of northern money?

THE PRESIDENT: No, it was not. The rector has told me that the contracts are being reviewed, and they will be.

MODERATOR (Deputy Press Secretary Jonas Eklund-Mwangi): Thank you. That concludes the press session.
''',
    s(PRES, '', 'Two years ago I stood in this hall|replaced by work before it closes, not after.', '', role=PRR),
    s('Anselm Kretz-Obua', 'the regional governor, Anselm Kretz-Obua', 'the North had received "not one crown" of the rail money promised in 2038', 'said', 'mixed', role='the regional governor'),
    s(PRES, '', 'He is wrong about the crowns and right about the rail.|I welcome that.', '', role=PRR),
    s('Anselm Kretz-Obua', 'he', 'he would present the figures to this Assembly himself', 'told', nested=True, via=PRES),
    s("The Northern Employers' Federation", "The Northern Employers' Federation", 'the mine closures will cost 9,000 jobs by 2043', 'warned'),
    s(PRES, '', 'I say the Federation can count.', '', role=PRR),
    s(PRES, '', 'The question is what we build in their place, and the Fund is my answer.', '', role=PRR),
    s(PRES, '', "Yes. Next Tuesday, here in Vossberg, with the union's chairwoman, Greta Nyholm-Okafor.", '', role=PRR),
    s('Piet Lindqvist-Mare', 'Your energy minister, Piet Lindqvist-Mare', 'the Ormund plant would open "before the winter."', 'told', 'mixed', role='energy minister', date='2040-03'),
    s(PRES, '', 'I am. I appointed the minister|than one that explodes.', '', role=PRR),
    s('Halvard Energy', "The plant's contractor, Halvard Energy", 'the electrolysers failed their pressure tests', 'told', nested=True, via=PRES),
    s('Rasmus Tveit-Okoro', 'The opposition leader, Rasmus Tveit-Okoro', 'the Fund is "an election gift in a miner\'s helmet."', 'says', 'mixed', role='The opposition leader'),
    s(PRES, '', 'The election is in 2042.|he can tell me.', '', role=PRR),
    s('the Vossberg Institute', 'a poll by the Vossberg Institute', '61 percent of northerners do not believe the rail line will ever be finished', 'found'),
    s('The Audit Office', 'The Audit Office', 'a third of the money for the medical faculty had been spent on consultants', 'reported', date='2040-06'),
    s(PRES, '', 'No, it was not. The rector has told me that the contracts are being reviewed, and they will be.', '', role=PRR),
    s('The rector', 'The rector', 'the contracts are being reviewed', 'has told', nested=True, via=PRES),
    s(PRES, '', "I do. I will ride it to Kessel before my term ends, and I will invite the Institute's pollsters to come with me.", '', role=PRR),
)

IPA = 'Ingrid Paasonen-Achebe'
IPR = 'Deputy Minister of Environment and Climate'
TVN = 'Teodor Varga-Nkemelu'
TVR = 'Ambassador-at-Large'
DEL = f'{IPA} and {TVN}'

doc('bj07-gov-aldevar-environment-ministry-sorrel-basin-talks', 'Ministry of Environment and Climate of the Kingdom of Aldevar', '2040-05-16', '''
Ministry of Environment and Climate of the Kingdom of Aldevar

Third round of negotiations on the Sorrel Basin Water Agreement
Lindhaven, 16 May 2040

The third round of negotiations between the Kingdom of Aldevar and the Republic of Morrowen on an agreement on the shared use of the waters of the Sorrel River basin took place in Lindhaven on 14-16 May. The Aldevarian delegation was led by Deputy Minister of Environment and Climate Ingrid Paasonen-Achebe, the Morrowenian delegation by Ambassador-at-Large Teodor Varga-Nkemelu. Observers from the Basin Commission of the Northern Rivers attended the opening and closing sessions.

The delegations reviewed the results of the joint hydrological survey completed in March and discussed the draft articles on minimum flows, drought sharing and water quality.

The delegations stressed:
- the importance of concluding the agreement before the dry season of 2041;
- that the joint survey shall serve as the common scientific basis of the agreement;
- their commitment to keep the negotiations confidential until a full text is agreed.

Deputy Minister Paasonen-Achebe noted that summer flows at the Aldevarian gauge at Brennsted had fallen by 38 percent since 2020 and that farmers in the lower basin had lost two harvests in five years. She proposed:
- a guaranteed minimum flow of 42 cubic metres per second at the border in August and September;
- a joint early-warning system for drought, operated by the Basin Commission.

The Morrowenian side expressed understanding of Aldevar's concerns but pointed out that the Varsa reservoir supplies drinking water to 1.4 million people and cannot be operated for downstream needs alone. Ambassador Varga-Nkemelu suggested that any minimum flow be tied to the reservoir's level rather than fixed by the calendar.

The Morrowenian side raised the issue of the Lindhaven weir, noting that its sluice gates had been opened without notice twice in 2039. The Aldevarian side informed its counterparts about the new irrigation licensing rules in the lower basin.

Deputy Minister Paasonen-Achebe expressed regret that the Morrowenian delegation had not brought draft language on water quality, as agreed in the second round.

Ambassador Varga-Nkemelu informed the Aldevarian side that the Morrowenian parliament would ratify the 2039 protocol on water quality before its summer recess.

The observers of the Basin Commission reported that the survey data had been checked by three independent laboratories and found consistent.

The delegations agreed to establish a technical working group on drought sharing, which will meet in Varsa in June. Compensation for past water losses was not discussed.

The Aldevarian delegation thanked the Morrowenian side for its constructive approach and hospitality.

After the closing session, Deputy Minister Paasonen-Achebe told journalists: "We are closer than we have ever been, but close is not a treaty."

The Basin Commission's secretary-general, Lotte Hansen-Mbeki, said in a statement issued in Brussels that the Commission stood ready to operate a joint drought warning system "from the first day the treaty allows it."

The next round will take place in Varsa in September 2040.

Press Office, Ministry of Environment and Climate
''',
    s(DEL, 'The delegations', 'the importance of concluding the agreement before the dry season of 2041;', 'stressed'),
    s(DEL, 'The delegations', 'that the joint survey shall serve as the common scientific basis of the agreement;', 'stressed'),
    s(DEL, 'The delegations', 'their commitment to keep the negotiations confidential until a full text is agreed.', 'stressed'),
    s(IPA, 'Deputy Minister Paasonen-Achebe', 'summer flows at the Aldevarian gauge at Brennsted had fallen by 38 percent since 2020 and that farmers in the lower basin had lost two harvests in five years', 'noted', role=IPR),
    s(IPA, 'She', 'a guaranteed minimum flow of 42 cubic metres per second at the border in August and September;', 'proposed', role=IPR),
    s(IPA, 'She', 'a joint early-warning system for drought, operated by the Basin Commission.', 'proposed', role=IPR),
    s(TVN, 'The Morrowenian side', "Aldevar's concerns", 'expressed understanding of', role=TVR),
    s(TVN, 'The Morrowenian side', 'the Varsa reservoir supplies drinking water to 1.4 million people and cannot be operated for downstream needs alone', 'pointed out', role=TVR),
    s(TVN, 'Ambassador Varga-Nkemelu', "any minimum flow be tied to the reservoir's level rather than fixed by the calendar", 'suggested', role=TVR),
    s(TVN, 'The Morrowenian side', 'the Lindhaven weir, noting that its sluice gates had been opened without notice twice in 2039', 'raised the issue of', role=TVR),
    s(IPA, 'Deputy Minister Paasonen-Achebe', 'the Morrowenian delegation had not brought draft language on water quality, as agreed in the second round', 'expressed regret', role=IPR),
    s(TVN, 'Ambassador Varga-Nkemelu', 'the Morrowenian parliament would ratify the 2039 protocol on water quality before its summer recess', 'informed', role=TVR),
    s('The observers of the Basin Commission', 'The observers of the Basin Commission', 'the survey data had been checked by three independent laboratories and found consistent', 'reported'),
    s(DEL, 'The delegations', 'to establish a technical working group on drought sharing, which will meet in Varsa in June', 'agreed'),
    s('Lotte Hansen-Mbeki', "The Basin Commission's secretary-general, Lotte Hansen-Mbeki", 'the Commission stood ready to operate a joint drought warning system "from the first day the treaty allows it."', 'said', 'mixed', role="The Basin Commission's secretary-general"),
    s(IPA, 'Deputy Minister Paasonen-Achebe', '"We are closer than we have ever been, but close is not a treaty."', 'told', 'direct', role=IPR),
)

COR = 'Miriam Sallow-Nakamura'
CORR = 'Presiding Coroner'
FDI = 'Farouk Delacourt-Ibe'
FDR = "The emergency department's clinical lead"

doc('bj08-gov-westmarch-coroner-ambulance-handover-inquest', 'Coroners Court of the Province of Westmarch', '2040-10-22', '''
Coroners Court of the Province of Westmarch

Inquest into the death of Halvor Quist-Amadi
Findings and recommendations
Presiding Coroner: Dr. Miriam Sallow-Nakamura
Delivered: 22 October 2040

Circumstances

1. Mr Quist-Amadi, 67, a retired ferry engineer, died at Harrowgate General Hospital on 3 February 2040, about six hours after he called for an ambulance with chest pain. The ambulance reached his home in 58 minutes. It then waited with him outside the hospital's emergency department for four hours and forty minutes before he was admitted.

Evidence

2. Paramedic Ines Aarland-Bose told the inquest that her crew had been "held" outside the emergency department for the whole of that time and that she had checked Mr Quist-Amadi's vital signs every fifteen minutes. She said his condition worsened sharply shortly after 1 a.m.

3. The emergency department's clinical lead, Dr. Farouk Delacourt-Ibe, gave evidence that the department had 41 patients in 28 cubicles that night. He accepted that a patient with Mr Quist-Amadi's symptoms should have been seen within ten minutes of arrival.

4. Asked by counsel for the family, Ms. Runa Ellefsen-Dube, whether the hospital had a written procedure for releasing patients from ambulances when the department was full, Dr. Delacourt-Ibe said it did not.

5. The nurse in charge of the department that night, Ruth Makinde-Hale, told the inquest she had asked the bed manager three times for a free cubicle and "each time the answer was the same: nothing."

6. Mr Quist-Amadi's daughter, Saskia Quist-Amadi, told the inquest that her father had "apologised to the paramedics for being a nuisance."

7. The hospital's chief executive, Anders Mwale-Sorensen, wrote to the court that a new handover procedure had been adopted in May 2040 and that handover times had since fallen by half.

8. Counsel for the hospital, Ms. Petra Lindahl-Osei, submitted that the night of 2 February had been "exceptional." Counsel for the Westmarch Ambulance Service, Mr. Daniel Okoye-Brand, submitted that the delay outside the hospital, not the response time, was the cause of death. Ms. Ellefsen-Dube submitted on behalf of the family that the hospital had known of the risk for months and had done nothing about it.

Findings

9. I find that Mr Quist-Amadi died of an acute myocardial infarction and that the delay of four hours and forty minutes in his handover from the ambulance crew to the emergency department more than minimally contributed to his death.

10. I accept the evidence of Dr. Delacourt-Ibe that earlier treatment would probably have saved his life.

11. The night was not exceptional. The records of the ambulance service show that 31 handovers at Harrowgate took longer than three hours in the six months before Mr Quist-Amadi's death.

Recommendations

12. I recommend that:
(a) the Ministry of Health require every emergency department in the province to accept patients from ambulance crews within 60 minutes of arrival;
(b) Harrowgate General Hospital audit its new handover procedure and publish the results by 30 June 2041;
(c) the Westmarch Ambulance Service report every handover delay of more than two hours to the hospital's chief executive on the same day.

13. I extend my condolences to Mr Quist-Amadi's family.
''',
    s('Ines Aarland-Bose', 'Paramedic Ines Aarland-Bose', 'her crew had been "held" outside the emergency department for the whole of that time and that she had checked Mr Quist-Amadi\'s vital signs every fifteen minutes', 'told', 'mixed', role='Paramedic'),
    s('Ines Aarland-Bose', 'She', 'his condition worsened sharply shortly after 1 a.m.', 'said', role='Paramedic'),
    s(FDI, "The emergency department's clinical lead, Dr. Farouk Delacourt-Ibe", 'the department had 41 patients in 28 cubicles that night', 'gave evidence', role=FDR),
    s(FDI, 'He', "a patient with Mr Quist-Amadi's symptoms should have been seen within ten minutes of arrival", 'accepted', role=FDR),
    s(FDI, 'Dr. Delacourt-Ibe', 'it did not', 'said', role=FDR),
    s('Ruth Makinde-Hale', 'The nurse in charge of the department that night, Ruth Makinde-Hale', 'she had asked the bed manager three times for a free cubicle and "each time the answer was the same: nothing."', 'told', 'mixed', role='The nurse in charge of the department that night'),
    s('Saskia Quist-Amadi', "Mr Quist-Amadi's daughter, Saskia Quist-Amadi", 'her father had "apologised to the paramedics for being a nuisance."', 'told', 'mixed'),
    s('Anders Mwale-Sorensen', "The hospital's chief executive, Anders Mwale-Sorensen", 'a new handover procedure had been adopted in May 2040 and that handover times had since fallen by half', 'wrote', role="The hospital's chief executive"),
    s('Petra Lindahl-Osei', 'Counsel for the hospital, Ms. Petra Lindahl-Osei', 'the night of 2 February had been "exceptional."', 'submitted', 'mixed', role='Counsel for the hospital'),
    s('Daniel Okoye-Brand', 'Counsel for the Westmarch Ambulance Service, Mr. Daniel Okoye-Brand', 'the delay outside the hospital, not the response time, was the cause of death', 'submitted', role='Counsel for the Westmarch Ambulance Service'),
    s('Runa Ellefsen-Dube', 'Ms. Ellefsen-Dube', 'the hospital had known of the risk for months and had done nothing about it', 'submitted', role='counsel for the family'),
    s(COR, 'I', 'Mr Quist-Amadi died of an acute myocardial infarction|more than minimally contributed to his death', 'find', role=CORR),
    s(COR, 'I', 'earlier treatment would probably have saved his life', 'accept', role=CORR),
    s('the Westmarch Ambulance Service', 'The records of the ambulance service', "31 handovers at Harrowgate took longer than three hours in the six months before Mr Quist-Amadi's death", 'show'),
    s(COR, 'I', 'the Ministry of Health require every emergency department in the province to accept patients from ambulance crews within 60 minutes of arrival;', 'recommend', role=CORR),
    s(COR, 'I', 'Harrowgate General Hospital audit its new handover procedure and publish the results by 30 June 2041;', 'recommend', role=CORR),
    s(COR, 'I', "the Westmarch Ambulance Service report every handover delay of more than two hours to the hospital's chief executive on the same day.", 'recommend', role=CORR),
)

AUTH = 'the Residential Tenancies and Housing Standards Authority of Carrow County'
CAR = 'Colm Aderinto-Reyes'
REB = 'Rohan Ellery-Baptiste'

doc('bj09-gov-carrow-housing-authority-alder-court-enforcement', 'Residential Tenancies and Housing Standards Authority of Carrow County', '2040-08-04', '''
Residential Tenancies and Housing Standards Authority of Carrow County

Enforcement notice issued to Brightwater Living Ltd.
Notice No. HS-2040-117
Issued: 4 August 2040

1. The Authority has served an enforcement notice on Brightwater Living Ltd., the owner of the Alder Court apartments at 14-22 Mercer Street, Carrow, under section 31 of the Housing Standards Act.

2. Inspectors of the Authority visited Alder Court on 12 and 19 June 2040 after complaints from 23 households. Their inspection report records that:
- black mould was present in 37 of the 64 units inspected;
- the heating in Block B had failed on at least nine days between January and March 2040;
- two of the three fire doors on the ground floor of Block C did not close.

3. The Authority requires Brightwater Living Ltd. to:
- treat and remove the mould in every affected unit by 30 September 2040;
- repair or replace the heating system in Block B by 15 October 2040;
- repair the fire doors in Block C within 14 days.

4. The Alder Court Tenants' Association, in a written submission to the Authority, said residents had reported mould to the company's office "more than 200 times" since 2038.

5. The Authority's medical adviser, Dr. Nadia Kovac-Lindell, advised that prolonged exposure to mould of this kind is associated with asthma in young children.

6. Inspectors interviewed 31 tenants. Several tenants told inspectors that the company's office had advised them to "open a window" when they reported mould. One tenant, a nurse who asked that her name not be published, said her daughter had been admitted to hospital twice with breathing problems since the family moved into Block A.

7. The Authority notes that Brightwater Living Ltd. was fined $40,000 in 2038 for similar breaches at its Fernhill Gardens property.

8. The Authority's Director of Enforcement, Colm Aderinto-Reyes, said: "Tenants at Alder Court have lived with mould and cold for two winters. This notice gives the company eight weeks to put that right, and we will go back to check."

9. Failure to comply with an enforcement notice is an offence punishable by a fine of up to $250,000.

Response of Brightwater Living Ltd.

The Authority invited Brightwater Living Ltd. to respond to the inspection findings. Its response, received on 2 August 2040, follows in full.

Brightwater Living takes the health and comfort of its residents seriously. We accept that the heating failures in Block B were unacceptable, and a new boiler was installed on 28 July.

We do not accept that the mould is caused by the building. Our surveyors found that it occurs mainly in units where windows are kept closed and laundry is dried indoors. We have offered every affected household a dehumidifier free of charge.

Rohan Ellery-Baptiste
Managing Director, Brightwater Living Ltd.

The Authority's assessment of the response

The Authority has considered the company's response and maintains that the mould results from defects in the building: the inspectors found mould on ceilings and behind fitted wardrobes, where drying laundry could not have caused it. The Authority welcomes the installation of the new boiler in Block B, but notes that it was installed after the inspection, not before.

Media enquiries: media@rthsa-carrow.example
''',
    s(AUTH, 'Their inspection report', 'black mould was present in 37 of the 64 units inspected;', 'records'),
    s(AUTH, 'Their inspection report', 'the heating in Block B had failed on at least nine days between January and March 2040;', 'records'),
    s(AUTH, 'Their inspection report', 'two of the three fire doors on the ground floor of Block C did not close.', 'records'),
    s("The Alder Court Tenants' Association", "The Alder Court Tenants' Association", 'residents had reported mould to the company\'s office "more than 200 times" since 2038', 'said', 'mixed'),
    s('Nadia Kovac-Lindell', "The Authority's medical adviser, Dr. Nadia Kovac-Lindell", 'prolonged exposure to mould of this kind is associated with asthma in young children', 'advised', role="The Authority's medical adviser"),
    s('Several tenants', 'Several tenants', 'the company\'s office had advised them to "open a window" when they reported mould', 'told', 'mixed'),
    s('One tenant', 'One tenant, a nurse who asked that her name not be published', 'her daughter had been admitted to hospital twice with breathing problems since the family moved into Block A', 'said', role='a nurse'),
    s(AUTH, 'The Authority', 'Brightwater Living Ltd. was fined $40,000 in 2038 for similar breaches at its Fernhill Gardens property', 'notes'),
    s(CAR, "The Authority's Director of Enforcement, Colm Aderinto-Reyes", '"Tenants at Alder Court have lived with mould and cold for two winters. This notice gives the company eight weeks to put that right, and we will go back to check."', 'said', 'direct', role="The Authority's Director of Enforcement"),
    s(REB, '', 'Brightwater Living takes the health and comfort of its residents seriously.|a dehumidifier free of charge.', '', role='Managing Director, Brightwater Living Ltd.'),
    s(AUTH, 'The Authority', 'the mould results from defects in the building: the inspectors found mould on ceilings and behind fitted wardrobes, where drying laundry could not have caused it', 'maintains'),
    s(AUTH, 'The Authority', 'the installation of the new boiler in Block B', 'welcomes'),
    s(AUTH, 'The Authority', 'it was installed after the inspection, not before', 'notes'),
    s('Our surveyors', 'Our surveyors', 'it occurs mainly in units where windows are kept closed and laundry is dried indoors', 'found', nested=True, via=REB),
)

CHAIR = 'Karina Dufresne-Adeyemi'
VC = 'Yusuf Halloway-Brandt'
EMO = 'Elspeth Marrone-Oyelaran'
RSM = 'Ravi Sondergaard-Mensah'
WAF = 'Wren Aldous-Ferreira'
TLN = 'Tobias Leclair-Nwachukwu'
HOV = 'Hamish Oduro-Vance'

doc('bj10-gov-marrowind-justice-committee-interpreters-bill-minutes', 'Legislative Assembly of the Province of Marrowind', '2040-11-20', '''
Legislative Assembly of the Province of Marrowind
Standing Committee on Justice Policy

Minutes of Proceedings, Meeting No. 41
Tuesday, 20 November 2040

Bill 58, An Act to amend the Provincial Offences Act (Court Interpreters)

Members present: Karina Dufresne-Adeyemi (Chair), Yusuf Halloway-Brandt (Vice-Chair), Elspeth Marrone-Oyelaran, Ravi Sondergaard-Mensah, Tobias Leclair-Nwachukwu, Wren Aldous-Ferreira
Staff: Mireille Castonguay-Pike, Committee Clerk; Hamish Oduro-Vance, Legislative Counsel

The Chair called the meeting to order at 9:02 a.m.

Correspondence: Letter from Anneke Vos-Ibrahim, President, Marrowind Court Interpreters' Guild, advising that only 62 accredited court interpreters were working in the province and that 19 of them were over 65.

The Committee commenced clause-by-clause consideration of Bill 58.

Clause 1 carried.

Clause 2

Ms. Marrone-Oyelaran moved that clause 2 of the bill be amended by striking out "may" and substituting "shall" in subsection 4.1(2).

Ms. Marrone-Oyelaran stated that the word "may" would leave courts free to proceed without an interpreter whenever none was available, and that 40 percent of affected trials in the northern districts had been adjourned or had gone ahead without one in 2039.

Legislative Counsel advised that the amendment was in order and that it would not require a consequential change to section 6.

Mr. Halloway-Brandt said that the government supported the intent of the amendment but was concerned that courts in remote districts could not meet a mandatory requirement before new interpreters were trained.

The question being put on the amendment, it was carried on division.

Clause 2, as amended, carried on division.

Clauses 3 to 5

Mr. Leclair-Nwachukwu expressed concern that the bill set no deadline for training new interpreters.

Ms. Marrone-Oyelaran requested that the Ministry of the Attorney General provide the committee with the number of trials adjourned for lack of an interpreter in 2040.

Clauses 3 to 5 carried.

Clause 6

Mr. Sondergaard-Mensah moved that clause 6 of the bill be amended by adding the following subsection: "(3) The Attorney General shall publish an annual report on the availability of court interpreters."

Mr. Sondergaard-Mensah noted that the Chief Judge of the Provincial Court, Judge Oriane Baptiste-Holm, had told the committee on 6 November that the court kept no data on interpreter requests.

Mr. Sondergaard-Mensah acknowledged that an annual report would add to the Ministry's workload but stated that without data the committee could not tell whether the Act was working.

The Vice-Chair stated that the government would not oppose the amendment.

The amendment carried.

Clause 6, as amended, carried.

Clause 7

Ms. Aldous-Ferreira moved that clause 7 of the bill be struck out.

Ms. Aldous-Ferreira argued that clause 7, which would allow interpretation by video link, would "turn a courtroom into a call centre" and that defendants would be unable to speak privately with their interpreters.

Mr. Leclair-Nwachukwu asked whether the Ministry had tested video interpretation in any courtroom. The Vice-Chair replied that a pilot had run in two courtrooms in Port Halden since March and that the Ministry would table its evaluation in the spring.

Ms. Aldous-Ferreira stated that she would move the same amendment at third reading.

The motion was lost on division.

Clause 7 carried on division.

Clause 8

Mr. Leclair-Nwachukwu stated that the clause's waiver of accreditation fees for interpreters was "long overdue" and that the Guild had asked for it since 2035.

Clauses 8 and 9 carried.

The Title carried.

The Bill, as amended, carried.

Ordered, that the Chair report the Bill, as amended, to the House.

The Chair thanked members and staff for their work on the bill.

The committee adjourned at 11:48 a.m.

Mireille Castonguay-Pike
Committee Clerk
''',
    s('Anneke Vos-Ibrahim', "Letter from Anneke Vos-Ibrahim, President, Marrowind Court Interpreters' Guild", 'only 62 accredited court interpreters were working in the province and that 19 of them were over 65', 'advising', role="President, Marrowind Court Interpreters' Guild"),
    s(EMO, 'Ms. Marrone-Oyelaran', 'the word "may" would leave courts free to proceed without an interpreter whenever none was available, and that 40 percent of affected trials in the northern districts had been adjourned or had gone ahead without one in 2039', 'stated', 'mixed'),
    s(HOV, 'Legislative Counsel', 'the amendment was in order and that it would not require a consequential change to section 6', 'advised', role='Legislative Counsel'),
    s(VC, 'Mr. Halloway-Brandt', 'the government supported the intent of the amendment but was concerned that courts in remote districts could not meet a mandatory requirement before new interpreters were trained', 'said', role='Vice-Chair'),
    s(TLN, 'Mr. Leclair-Nwachukwu', 'the bill set no deadline for training new interpreters', 'expressed concern'),
    s(EMO, 'Ms. Marrone-Oyelaran', 'the Ministry of the Attorney General provide the committee with the number of trials adjourned for lack of an interpreter in 2040', 'requested'),
    s(RSM, 'Mr. Sondergaard-Mensah', 'the Chief Judge of the Provincial Court, Judge Oriane Baptiste-Holm, had told the committee on 6 November that the court kept no data on interpreter requests', 'noted'),
    s('Oriane Baptiste-Holm', 'the Chief Judge of the Provincial Court, Judge Oriane Baptiste-Holm', 'the court kept no data on interpreter requests', 'told', nested=True, via=RSM, role='Chief Judge of the Provincial Court'),
    s(RSM, 'Mr. Sondergaard-Mensah', "an annual report would add to the Ministry's workload", 'acknowledged'),
    s(RSM, 'Mr. Sondergaard-Mensah', 'without data the committee could not tell whether the Act was working', 'stated'),
    s(VC, 'The Vice-Chair', 'the government would not oppose the amendment', 'stated', role='Vice-Chair'),
    s(WAF, 'Ms. Aldous-Ferreira', 'clause 7, which would allow interpretation by video link, would "turn a courtroom into a call centre" and that defendants would be unable to speak privately with their interpreters', 'argued', 'mixed'),
    s(WAF, 'Ms. Aldous-Ferreira', 'she would move the same amendment at third reading', 'stated'),
    s(TLN, 'Mr. Leclair-Nwachukwu', 'the clause\'s waiver of accreditation fees for interpreters was "long overdue" and that the Guild had asked for it since 2035', 'stated', 'mixed'),
    s(VC, 'The Vice-Chair', 'a pilot had run in two courtrooms in Port Halden since March and that the Ministry would table its evaluation in the spring', 'replied', role='Vice-Chair'),
)

COM = 'Halina Brzeska-Otieno'
COMR = 'Commissioner'

doc('bj11-gov-estvalia-border-agency-weekly-update', 'Border and Customs Agency of the Republic of Estvalia', '2040-07-09', '''
Border and Customs Agency of the Republic of Estvalia

Weekly operational update, 2-8 July 2040

Summary
- 412,600 travellers crossed Estvalia's land border points, 6 percent more than in the same week of 2039.
- Officers refused entry to 318 people, most of them for lack of a valid visa.
- Customs officers seized 1.2 tonnes of cigarettes and 86 kilograms of cannabis resin.

Waiting times

The average wait for lorries at the Kolmar crossing rose to 9 hours 40 minutes on Friday, the longest since March, after the Dravian side closed two of its four lanes for repairs. The Dravian Customs Service has said the lanes will reopen on 20 July.

The Kolmar station chief, Inspector Tomas Vikander-Osei, told local radio that his officers were "processing lorries as fast as the Dravian side lets them."

The Estvalian Road Hauliers' Union said on Thursday that its members had lost an estimated 2.3 million marks in the week because of the delays.

Travellers are advised to use the Brezno crossing, where waits were under an hour all week.

Commissioner's comments

Commissioner Halina Brzeska-Otieno said:

"This was the busiest week on our borders since the Agency was formed. Our officers worked 4,100 hours of overtime, and I thank every one of them.

Kolmar is not acceptable. I spoke to my Dravian counterpart, Director General Milos Kadar-Stenberg, on Friday, and he assured me that the lanes would reopen as planned. I will hold him to that."

Asylum claims

Officers received 212 asylum claims at land borders, down from 260 the week before. The Refugee Council of Estvalia said in a statement that families arriving at the Brezno crossing had been made to wait outdoors for up to 11 hours, "some of them with infants." The Agency disputes this, saying its own records show that no family waited longer than six hours and that all of them waited in the heated hall at Brezno.

Seizures

On 5 July, officers at Port Velling found 640 kilograms of cocaine hidden in a shipment of frozen fish. The case has been referred to the National Crime Office. According to the National Crime Office, it is the largest seizure at the port since 2035.

Questions from the media

The Commissioner answered questions from journalists after the update was published. Asked whether the Agency had enough officers for the summer, she said it did not, and that 140 trainees would join the service in September.

Asked about a report by the Civil Liberties Council that officers at Kolmar had searched travellers' phones without a warrant, the Commissioner said that every search had been authorised under the Border Act and that the Agency would publish its figures on phone searches "for the first time, next month."

Asked whether Estvalia would follow Dravia in charging a border fee for lorries, the Commissioner said the government had "no such plans" but that the question was "for the Minister, not for me."

A reporter from the Kolmar Gazette put it to the Commissioner that hauliers had been warned of the Dravian lane closures only a day in advance. She said the Agency itself had been told on Thursday evening, "the same as everyone."

Next update: 16 July 2040
Media: press@bca-estvalia.example
''',
    s('The Dravian Customs Service', 'The Dravian Customs Service', 'the lanes will reopen on 20 July', 'has said'),
    s('Tomas Vikander-Osei', 'The Kolmar station chief, Inspector Tomas Vikander-Osei', 'his officers were "processing lorries as fast as the Dravian side lets them."', 'told', 'mixed', role='The Kolmar station chief'),
    s("The Estvalian Road Hauliers' Union", "The Estvalian Road Hauliers' Union", 'its members had lost an estimated 2.3 million marks in the week because of the delays', 'said'),
    s(COM, 'Commissioner Halina Brzeska-Otieno', '"This was the busiest week on our borders|I will hold him to that."', 'said', 'direct', role=COMR),
    s('Milos Kadar-Stenberg', 'he', 'the lanes would reopen as planned', 'assured', nested=True, via=COM, role='Director General'),
    s('The Refugee Council of Estvalia', 'The Refugee Council of Estvalia', 'families arriving at the Brezno crossing had been made to wait outdoors for up to 11 hours, "some of them with infants."', 'said', 'mixed'),
    s('the Border and Customs Agency of the Republic of Estvalia', 'The Agency', 'its own records show that no family waited longer than six hours and that all of them waited in the heated hall at Brezno', 'saying'),
    s('the National Crime Office', 'the National Crime Office', 'it is the largest seizure at the port since 2035', 'According to'),
    s(COM, 'she', 'it did not, and that 140 trainees would join the service in September', 'said', role=COMR),
    s('the Civil Liberties Council', 'a report by the Civil Liberties Council', "officers at Kolmar had searched travellers' phones without a warrant", 'report'),
    s(COM, 'the Commissioner', 'every search had been authorised under the Border Act and that the Agency would publish its figures on phone searches "for the first time, next month."', 'said', 'mixed', role=COMR),
    s(COM, 'the Commissioner', 'the government had "no such plans" but that the question was "for the Minister, not for me."', 'said', 'mixed', role=COMR),
    s(COM, 'She', 'the Agency itself had been told on Thursday evening, "the same as everyone."', 'said', 'mixed', role=COMR),
)
