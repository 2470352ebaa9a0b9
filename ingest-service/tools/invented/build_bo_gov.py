"""Set BO's six government texts (see build_bo.py)."""
from invented_common import doc_spans as doc, s

BLAS = 'Corwin Blass-Adeyemi'
ASAR = 'Delphine Asare-Kovac'
HART = 'Maren Hartigan-Roe'
OKAF = 'Tobias Okafor-Lind'
VESS = 'Ansel Vessey'

doc('bo06-gov-senate-ambassador-confirmation-hearing', 'Senate of the Commonwealth of Aldermark', '2043-02-10', '''
NOMINATION OF DELPHINE ASARE-KOVAC TO BE AMBASSADOR TO THE REPUBLIC OF MAREVA

HEARING BEFORE THE COMMITTEE ON FOREIGN AFFAIRS, SENATE OF THE COMMONWEALTH OF ALDERMARK

Tuesday, February 10, 2043

The committee met, pursuant to notice, at 10:02 a.m., in Room 214, Senate Office Building, Hon. Corwin Blass-Adeyemi, chairman of the committee, presiding.

Present: Senators Corwin Blass-Adeyemi (chairman), Maren Hartigan-Roe, Tobias Okafor-Lind and Ansel Vessey.

OPENING STATEMENT OF HON. CORWIN BLASS-ADEYEMI

The CHAIRMAN. The committee will come to order. We meet today to consider the nomination of Delphine Asare-Kovac to be Ambassador to the Republic of Mareva. Ms. Asare-Kovac has served for 26 years in the foreign service, most recently as deputy chief of mission in Tolvar. I believe she is well qualified for this post, and I intend to support her nomination.

Senator Hartigan-Roe has questions about the embassy's security budget, and I will give her the first round.

Ms. Asare-Kovac, welcome. You may begin.

STATEMENT OF DELPHINE ASARE-KOVAC, NOMINEE TO BE AMBASSADOR TO THE REPUBLIC OF MAREVA

Ms. ASARE-KOVAC. Thank you, Mr. Chairman. It is an honor to appear before this committee. Mareva is a young democracy and a partner we cannot afford to neglect. Its government has asked for our help in reforming its courts, and if confirmed, I will make that work my first priority.

I am also mindful of the concerns many of you have raised about the safety of our staff. The Inspector General reported last year that the embassy compound in Port Ilse did not meet current standards. I have read that report closely, and I agree with its findings.

The CHAIRMAN. Thank you. Senator Hartigan-Roe.

Senator HARTIGAN-ROE. Thank you, Mr. Chairman. Ms. Asare-Kovac, the Inspector General found that four of the compound's nine guard posts were unmanned at night. The department told this committee in writing that the problem had been fixed. Has it been fixed?

Ms. ASARE-KOVAC. Senator, my understanding is that two of the posts are now manned around the clock and that the other two will be by the end of the fiscal year. I cannot tell you that the problem has been fixed, because it has not been fully fixed.

Senator HARTIGAN-ROE. I appreciate your candor. That is not what we were told.

Ms. ASARE-KOVAC. I understand, Senator. If confirmed, I will report to this committee every quarter on the status of each post.

Senator OKAFOR-LIND. Ms. Asare-Kovac, the opposition in Mareva says the president is using the courts to jail journalists. Do you agree with that assessment?

Ms. ASARE-KOVAC. I would not use those words, Senator. What I can say is that at least six journalists are in pretrial detention, and that our embassy has raised every one of those cases with the Ministry of Justice.

Senator OKAFOR-LIND. And if they are not released?

Ms. ASARE-KOVAC. Then we will keep raising them. [Inaudible] — I am sorry — I said we will keep raising them, privately and, where it helps, publicly.

Senator VESSEY. I have no questions for the nominee. I would only note for the record that the Marevan ambassador called my office yesterday and assured me that his government welcomes the nomination.

The CHAIRMAN. Thank you, Senator. The record will remain open until close of business Friday. The hearing is adjourned.

[Whereupon, at 11:14 a.m., the hearing was adjourned.]
''',
    s(BLAS, 'The CHAIRMAN', 'Ms. Asare-Kovac has served for 26 years|I intend to support her nomination.', '', role='chairman'),
    s(ASAR, 'Ms. ASARE-KOVAC', 'Mareva is a young democracy|I agree with its findings.', '', role='nominee'),
    s('Mareva', 'Its government', 'our help in reforming its courts', 'asked for', nested=True, via=ASAR),
    s('The Inspector General', 'The Inspector General', 'the embassy compound in Port Ilse did not meet current standards', 'reported', nested=True, via=ASAR),
    s('the Inspector General', 'the Inspector General', "four of the compound's nine guard posts were unmanned at night", 'found'),
    s('The department', 'The department', 'the problem had been fixed', 'told'),
    s(ASAR, 'Ms. ASARE-KOVAC', 'my understanding is that two of the posts|because it has not been fully fixed.', '', role='nominee'),
    s(HART, 'Senator HARTIGAN-ROE', 'I appreciate your candor. That is not what we were told.', '', role='Senator'),
    s(ASAR, 'Ms. ASARE-KOVAC', 'If confirmed, I will report to this committee every quarter on the status of each post.', '', role='nominee'),
    s('the opposition in Mareva', 'the opposition in Mareva', 'the president is using the courts to jail journalists', 'says'),
    s(ASAR, 'Ms. ASARE-KOVAC', 'I would not use those words, Senator.|with the Ministry of Justice.', '', role='nominee'),
    s(ASAR, 'Ms. ASARE-KOVAC', 'Then we will keep raising them.', '', role='nominee'),
    s(ASAR, '', 'I said we will keep raising them, privately and, where it helps, publicly.', '', role='nominee'),
    s(VESS, 'Senator VESSEY', 'the Marevan ambassador called my office yesterday and assured me that his government welcomes the nomination', 'note', role='Senator'),
    s('the Marevan ambassador', 'the Marevan ambassador', 'his government welcomes the nomination', 'assured', nested=True, via=VESS),
)

ODUY = 'Tamsin Oduya-Rask'

doc('bo07-gov-halvar-foreign-ministry-briefing', 'Ministry of Foreign Affairs of Halvar', '2043-04-14', '''
Regular Press Briefing by Ministry of Foreign Affairs Spokesperson Tamsin Oduya-Rask, 14 April 2043

Spokesperson: Good afternoon. I have two announcements before we take your questions.

At the invitation of Foreign Minister Leontyne Mbeki-Vasa, the Foreign Minister of the Republic of Corvalis, Ansgar Tellefsen-Obi, will pay an official visit to Halvar from 16 to 18 April. The two ministers will discuss trade, fisheries and the demarcation of the maritime boundary.

Second, the Ministry has taken note of the report published yesterday by the Arctic Shipping Council, which claims that vessels flagged in our country have repeatedly violated the ban on heavy fuel oil. We reject these findings. The Council did not consult our Maritime Authority before publishing, and several of the incidents it lists concern ships that were sold abroad years ago.

Reuters: Yesterday the Corvalis government said it would raise the question of the maritime boundary at the International Court. Will the Foreign Minister discuss that during the visit?

Spokesperson: Our position on the boundary is well known. We believe the matter can and should be settled bilaterally, and we have made that clear to our Corvalian colleagues at every level. I will not speculate about what might be discussed behind closed doors.

Nordic Wire: A follow-up. Has Halvar received any formal notification from Corvalis?

Spokesperson: Not to my knowledge.

Halvar Broadcasting: There are reports that two Halvari citizens were detained in Tessaly last week. Can you confirm?

Spokesperson: I can confirm that two citizens of Halvar were detained in Tessaly on 9 April. Our embassy has been granted consular access, and consular officers visited them on Saturday. According to the embassy, both are in good health. At the request of the families, we will not give further details.

Halvar Broadcasting: The family of one of them told us he was detained for taking photographs near a port. Is that correct?

Spokesperson: I have seen that report. I would refer you to the Tessalian authorities for the reasons of the detention. We have asked them to explain the charges, if there are any, without delay.

Tessaly Today: Some analysts say the visit shows that Halvar is softening its position on fisheries quotas. Is that the case?

Spokesperson: I would not read too much into the timing. The fisheries talks were scheduled last autumn, and our position on quotas has not changed.

AFP: The Minister of Defence said on Monday that Halvar would not take part in the joint exercise in May. Is that the position of the Foreign Ministry?

Spokesperson: The government speaks with one voice. The Minister of Defence was referring to a decision taken by the Cabinet on 2 April, and the Ministry fully supports it.

Spokesperson: If there are no more questions, thank you, and see you next Tuesday.
''',
    s(ODUY, 'Spokesperson', 'Good afternoon. I have two announcements|that were sold abroad years ago.', '', role='Spokesperson'),
    s('Arctic Shipping Council', 'the Arctic Shipping Council', 'vessels flagged in our country have repeatedly violated the ban on heavy fuel oil', 'claims', nested=True, via=ODUY),
    s('the Corvalis government', 'the Corvalis government', 'it would raise the question of the maritime boundary at the International Court', 'said'),
    s(ODUY, 'Spokesperson', 'Our position on the boundary is well known.|discussed behind closed doors.', '', role='Spokesperson'),
    s(ODUY, 'Spokesperson', 'Not to my knowledge.', '', role='Spokesperson'),
    s(ODUY, 'Spokesperson', 'I can confirm that two citizens of Halvar|we will not give further details.', '', role='Spokesperson'),
    s('the embassy', 'the embassy', 'both are in good health', 'According to', nested=True, via=ODUY),
    s('The family of one of them', 'The family of one of them', 'he was detained for taking photographs near a port', 'told'),
    s(ODUY, 'Spokesperson', 'I have seen that report.|explain the charges, if there are any, without delay.', '', role='Spokesperson'),
    s('Some analysts', 'Some analysts', 'the visit shows that Halvar is softening its position on fisheries quotas', 'say'),
    s(ODUY, 'Spokesperson', 'I would not read too much into the timing.|our position on quotas has not changed.', '', role='Spokesperson'),
    s('The Minister of Defence', 'The Minister of Defence', 'Halvar would not take part in the joint exercise in May', 'said', role='Minister of Defence'),
    s(ODUY, 'Spokesperson', 'The government speaks with one voice.|the Ministry fully supports it.', '', role='Spokesperson'),
)

HPSA = 'Health Products Safety Agency'
BROO = 'Halima Brook-Seddon'
KEST = 'Kestrel Pharma'

doc('bo08-gov-dorsalin-tablet-recall-notice', 'Health Products Safety Agency of Varnholm', '2043-08-03', '''
Health Products Safety Agency of Varnholm

Recall notice: Kestrel Pharma recalls three lots of Dorsalin 20 mg blood pressure tablets

For immediate release — 3 August 2043

Ostby — The Health Products Safety Agency (HPSA) is informing the public that Kestrel Pharma Ltd. is recalling three lots of Dorsalin (valsorine 20 mg) tablets from pharmacies and wholesalers because testing found an impurity above the acceptable limit.

Affected products:
- Dorsalin 20 mg, 30 tablets, lot KP2291, expiry 11/2044
- Dorsalin 20 mg, 30 tablets, lot KP2294, expiry 11/2044
- Dorsalin 20 mg, 90 tablets, lot KP2301, expiry 01/2045

What you should do
- Do not stop taking your medication without talking to your doctor or pharmacist. Stopping suddenly can raise blood pressure dangerously.
- Return affected tablets to your pharmacy for a replacement.

The Agency's laboratory found levels of the impurity N-nitroso-valsorine of up to 1.8 times the acceptable daily intake in samples of the three lots. The Agency's Chief Medical Officer, Dr. Halima Brook-Seddon, said the risk to an individual patient was "very low" and that the recall was "a precaution, not an emergency". She said a person would have to take the affected tablets every day for many years for the impurity to raise the risk of cancer in a measurable way.

The Agency has not received any reports of adverse reactions linked to the affected lots. It said it had asked Kestrel Pharma to review its manufacturing process and to report within 30 days. Kestrel Pharma told the Agency that about 41,000 packs of the three lots had been distributed since February.

The Agency reminds health professionals that nitrosamine impurities have been found in other medicines of the same class since 2038, and that it publishes all test results on its website.

Statement from Kestrel Pharma

Kestrel Pharma takes the quality of its medicines extremely seriously. The impurity was traced to a single batch of the active ingredient supplied by an outside manufacturer, and that supplier has been suspended pending an audit. All other lots of Dorsalin have been tested and are not affected. We apologize to patients and pharmacists for the inconvenience.

— Niamh Castellanos-Berg, Vice-President, Quality, Kestrel Pharma Ltd.

The Pharmacists' Association of Varnholm said its members had been told of the recall on Friday evening and would contact affected patients directly. "Most patients will get their replacement the same day," the association's president, Olumide Farkas-Reyes, said.

The Varnholm Patients' Council criticized the timing of the notice, which was issued on a Friday evening, and said patients with questions would have no one to call until Monday. The Agency said its information line would be open on Saturday from 9 a.m. to 1 p.m.

Media inquiries: HPSA media relations, 555-0142
''',
    s(HPSA, 'The Health Products Safety Agency (HPSA)', 'Kestrel Pharma Ltd. is recalling three lots|above the acceptable limit', 'is informing'),
    s(BROO, "The Agency's Chief Medical Officer, Dr. Halima Brook-Seddon", 'the risk to an individual patient was "very low" and that the recall was "a precaution, not an emergency"', 'said', 'mixed', role='Chief Medical Officer'),
    s(BROO, 'She', 'a person would have to take the affected tablets every day|in a measurable way', 'said', role='Chief Medical Officer'),
    s(HPSA, 'It', 'it had asked Kestrel Pharma to review its manufacturing process and to report within 30 days', 'said'),
    s(KEST, 'Kestrel Pharma', 'about 41,000 packs of the three lots had been distributed since February', 'told'),
    s(HPSA, 'The Agency', 'nitrosamine impurities have been found in other medicines|publishes all test results on its website', 'reminds'),
    s(KEST, 'Kestrel Pharma', 'Kestrel Pharma takes the quality of its medicines extremely seriously.|for the inconvenience.', ''),
    s("The Pharmacists' Association of Varnholm", "The Pharmacists' Association of Varnholm", 'its members had been told of the recall on Friday evening and would contact affected patients directly', 'said'),
    s('Olumide Farkas-Reyes', "the association's president, Olumide Farkas-Reyes", '"Most patients will get their replacement the same day,"', 'said', 'direct', role='president'),
    s("The Varnholm Patients' Council", "The Varnholm Patients' Council", 'the timing of the notice, which was issued on a Friday evening', 'criticized'),
    s("The Varnholm Patients' Council", "The Varnholm Patients' Council", 'patients with questions would have no one to call until Monday', 'said'),
    s(HPSA, 'The Agency', 'its information line would be open on Saturday from 9 a.m. to 1 p.m.', 'said'),
)

OSTR = 'Lucinda Ostrander-Nkemelu'
AKIN = 'Byron Akintola-Waite'
HEDD = 'Hedda Marsh-Oyelaran'
RUBE = 'Ruben Kask-Delgado'

doc('bo09-gov-brackwater-state-of-the-city', 'City of Brackwater', '2043-01-28', '''
City of Brackwater — Office of Communications

Mayor Ostrander-Nkemelu delivers 2043 State of the City address; council members respond

Brackwater, Jan. 28, 2043 — Mayor Lucinda Ostrander-Nkemelu delivered her third State of the City address Tuesday evening at the Harbor Hall, telling an audience of about 600 residents that the city had "turned the corner" on its budget deficit and announcing that the city would build 1,200 affordable homes on the former rail yards by 2047.

Excerpts from the address, as prepared for delivery, follow.

On the budget:
"Three years ago, this city was spending $40 million a year more than it took in. Tonight I can tell you that the gap is closed. We did it without closing a single library or firehouse, and we did it because every department found savings."

On housing:
"Our young people are leaving Brackwater because they cannot afford to stay. The rail yards have sat empty for twenty years. That ends now. I am directing the Planning Department to bring the first rezoning to council by June."

On public safety:
"Response times for ambulances are down by two minutes since we opened the Eastside station. Our fire chief tells me that is the difference between a cardiac arrest survived and one that is not."

Council reaction

Council President Byron Akintola-Waite said the mayor deserved credit for the budget but that the housing plan "arrives with a price tag nobody has seen." He said the council would hold hearings on the rail yards before any rezoning vote.

Councillor Hedda Marsh-Oyelaran, who represents the Eastside, praised the new ambulance station and called on the mayor to open a second one in the North End. "My constituents have waited long enough," she said.

Councillor Ruben Kask-Delgado was the only member to walk out before the end of the speech. In a statement posted on his campaign page afterward, he accused the mayor of "taking a victory lap on the backs of laid-off workers" and noted that 140 city positions had been eliminated since 2040.

Councillor Amara Lindqvist-Oduya said in an interview that she supported the housing plan "in principle" but wanted a third of the units reserved for families earning less than $45,000 a year. The mayor's office said it was open to discussing the share.

The City's Chief Financial Officer, Imogen Tallis-Obuya, confirmed that the general fund ended the 2042 fiscal year with a surplus of $3.1 million, according to unaudited figures.

The full text of the address is available at brackwater.example/state-of-the-city.
''',
    s(OSTR, 'Mayor Lucinda Ostrander-Nkemelu', 'the city had "turned the corner" on its budget deficit', 'telling', 'mixed', role='Mayor'),
    s(OSTR, 'Mayor Lucinda Ostrander-Nkemelu', 'the city would build 1,200 affordable homes on the former rail yards by 2047', 'announcing', role='Mayor'),
    s(OSTR, '', '"Three years ago, this city was spending|every department found savings."', '', 'direct', role='Mayor'),
    s(OSTR, '', '"Our young people are leaving Brackwater|to council by June."', '', 'direct', role='Mayor'),
    s(OSTR, '', '"Response times for ambulances are down|one that is not."', '', 'direct', role='Mayor'),
    s('Our fire chief', 'Our fire chief', 'that is the difference between a cardiac arrest survived and one that is not', 'tells', nested=True, via=OSTR),
    s(AKIN, 'Council President Byron Akintola-Waite', 'the mayor deserved credit for the budget but that the housing plan "arrives with a price tag nobody has seen."', 'said', 'mixed', role='Council President'),
    s(AKIN, 'He', 'the council would hold hearings on the rail yards before any rezoning vote', 'said', role='Council President'),
    s(HEDD, 'Councillor Hedda Marsh-Oyelaran', 'the new ambulance station', 'praised', role='Councillor'),
    s(HEDD, 'Councillor Hedda Marsh-Oyelaran', 'the mayor to open a second one in the North End', 'called on', role='Councillor'),
    s(HEDD, 'she', '"My constituents have waited long enough,"', 'said', 'direct', role='Councillor'),
    s(RUBE, 'he', 'the mayor of "taking a victory lap on the backs of laid-off workers"', 'accused', 'mixed', role='Councillor'),
    s(RUBE, 'he', '140 city positions had been eliminated since 2040', 'noted', role='Councillor'),
    s('Amara Lindqvist-Oduya', 'Councillor Amara Lindqvist-Oduya', 'she supported the housing plan "in principle" but wanted a third of the units|less than $45,000 a year', 'said', 'mixed', role='Councillor'),
    s("The mayor's office", "The mayor's office", 'it was open to discussing the share', 'said'),
    s('Imogen Tallis-Obuya', "The City's Chief Financial Officer, Imogen Tallis-Obuya", 'the general fund ended the 2042 fiscal year with a surplus of $3.1 million', 'confirmed', role='Chief Financial Officer'),
)

MOVE = 'Movement for Renewal'
NUP = 'National Unity Party'
COMM = 'Electoral Commission of the Republic of Salvera'

doc('bo10-gov-salvera-electoral-commission-decision', 'Electoral Commission of the Republic of Salvera', '2043-10-22', '''
ELECTORAL COMMISSION OF THE REPUBLIC OF SALVERA

Decision No. 2043/117 on the complaint of the Movement for Renewal against the National Unity Party

Adopted at the Commission's session of 22 October 2043

I. The complaint

1. On 9 October 2043, the Movement for Renewal (hereinafter "the complainant") filed a complaint alleging that the National Unity Party (hereinafter "the Party") had used vehicles belonging to the Ministry of Agriculture to transport supporters to campaign rallies in the districts of Oren and Valtice.

2. The complainant alleges that at least eleven ministry vehicles were used on 3 and 4 October and submitted photographs and the statements of two drivers. According to the complainant, the use of state property for campaign purposes violates Article 48 of the Electoral Code and gave the Party an unfair advantage.

3. The complainant asks the Commission to impose the maximum fine and to order the Party to publish a correction on its website.

II. The Party's response

4. In its written response of 16 October, the Party denies that any vehicle of the Ministry was used for campaign purposes. The Party submits that the vehicles in the photographs were rented from a private company, Valtice Transport Ltd., and has provided copies of the rental contracts.

5. The Party further argues that the two drivers were dismissed by the Ministry in 2042 and have "a personal grievance" against its candidates.

III. Findings of the Commission

6. The Commission requested information from the Ministry of Agriculture. In its reply of 19 October, the Ministry stated that four of the registration numbers in the photographs belong to vehicles on its fleet register and that no request to use those vehicles on 3 or 4 October had been approved.

7. The Commission finds that at least four vehicles belonging to the Ministry of Agriculture were used to transport participants to a rally of the Party in Oren on 4 October.

8. The Commission finds that the rental contracts provided by the Party do not cover the four vehicles identified by the Ministry.

9. The Commission notes that the complainant has not established that the vehicles were used in Valtice.

10. The Commission further notes that the Party did not answer its request of 17 October for the original invoices issued by Valtice Transport Ltd., and considers that the rental contracts alone do not prove that the rented vehicles were the ones photographed.

IV. Decision

On the basis of the above, the Commission decides:
(a) to uphold the complaint in part;
(b) to impose on the National Unity Party a fine of 250,000 crowns;
(c) to refer the matter to the Prosecutor General for examination of possible misuse of state property.

Commissioner Tereza Holub-Amadi issued a separate opinion, in which she stated that she would have rejected the complaint because the photographs did not show the date on which they were taken.

This decision may be appealed to the Supreme Administrative Court within five days.

Chairperson of the Commission
Viktor Lasko-Mendez
''',
    s(MOVE, 'the Movement for Renewal', 'the National Unity Party (hereinafter "the Party") had used vehicles|in the districts of Oren and Valtice', 'alleging'),
    s(MOVE, 'The complainant', 'at least eleven ministry vehicles were used on 3 and 4 October', 'alleges'),
    s(MOVE, 'the complainant', 'the use of state property for campaign purposes violates Article 48|an unfair advantage', 'According to'),
    s(MOVE, 'The complainant', 'the Commission to impose the maximum fine and to order the Party to publish a correction on its website', 'asks'),
    s(NUP, 'the Party', 'any vehicle of the Ministry was used for campaign purposes', 'denies'),
    s(NUP, 'The Party', 'the vehicles in the photographs were rented from a private company, Valtice Transport Ltd.', 'submits'),
    s(NUP, 'The Party', 'the two drivers were dismissed by the Ministry in 2042 and have "a personal grievance" against its candidates', 'argues', 'mixed'),
    s('Ministry of Agriculture', 'the Ministry', 'four of the registration numbers in the photographs|had been approved', 'stated'),
    s(COMM, 'The Commission', 'at least four vehicles belonging to the Ministry of Agriculture were used|in Oren on 4 October', 'finds'),
    s(COMM, 'The Commission', 'the rental contracts provided by the Party do not cover the four vehicles identified by the Ministry', 'finds'),
    s(COMM, 'The Commission', 'the complainant has not established that the vehicles were used in Valtice', 'notes'),
    s(COMM, 'The Commission', "the Party did not answer its request of 17 October for the original invoices issued by Valtice Transport Ltd.", 'notes'),
    s(COMM, 'The Commission', 'the rental contracts alone do not prove that the rented vehicles were the ones photographed', 'considers'),
    s('Tereza Holub-Amadi', 'Commissioner Tereza Holub-Amadi', 'she would have rejected the complaint because the photographs did not show the date on which they were taken', 'stated', role='Commissioner'),
)

MOD = 'Ministry of Defence of the Republic of Ostrell'
DRAG = 'Silvia Draganova-Ekwe'
LENZ = 'Oskar Lenz-Abara'

doc('bo11-gov-ostrell-defence-ministry-daily-bulletin', 'Ministry of Defence of the Republic of Ostrell', '2043-03-05', '''
MINISTRY OF DEFENCE OF THE REPUBLIC OF OSTRELL

Daily bulletin on the situation in the border zone, 5 March 2043, 18:00

1. According to the ministry, units of the Northern Command repelled two attempts by armed groups to cross the border near the villages of Harnek and Sulova overnight. Three members of the armed groups were detained; there were no losses among servicemen.

2. Air defence systems shot down four unmanned aerial vehicles over the Kessel district between 03:10 and 04:40. The Ministry stated that debris damaged the roof of a warehouse; no one was injured.

3. Engineering units cleared 112 explosive devices from farmland near Sulova. The head of the engineering directorate, Colonel Ardan Vehko-Sari, said demining of the district would be completed "before the sowing season."

4. The Ministry also stated that reports circulated on social media about the withdrawal of troops from the Harnek sector "do not correspond to reality" and urged citizens to rely only on official sources.

5. Humanitarian aid: 14 tonnes of food and medicine were delivered to residents of the border villages. According to the regional administration, 2,300 people remain in temporary accommodation.

6. Deputy Defence Minister Silvia Draganova-Ekwe held a meeting with the commanders of the Northern Command. She instructed the commanders to:
- strengthen patrols along the river sections of the border;
- report daily on the condition of fortifications;
- ensure that conscripts receive winter equipment by 15 March.

7. The Chief of the General Staff, General Oskar Lenz-Abara, told a briefing for military attaches that the situation "remains tense but under control". He noted that the armed groups had changed tactics in recent weeks, attacking at night in small units.

8. In response to a question from the newspaper Ostrell Today about a possible call-up of reservists, the ministry's spokesman, Major Petra Ilves-Nwosu, said no such decision had been taken.

9. The Ministry also reported that a military court in Vessa had sentenced two former quartermasters to eight years in prison for selling fuel from army depots. The court found that the two men had falsified delivery records for at least 14 months, the Ministry said.

10. Residents of Harnek told a mobile team of the ministry's press service that shelling had damaged the village school on 3 March. The Ministry said the school would be repaired at the state's expense and that classes would resume online on 9 March.

The Ministry will publish the next bulletin on 6 March at 18:00.
''',
    s(MOD, 'the ministry', 'units of the Northern Command repelled two attempts|Harnek and Sulova overnight', 'According to'),
    s(MOD, 'The Ministry', 'debris damaged the roof of a warehouse; no one was injured', 'stated'),
    s('Ardan Vehko-Sari', 'The head of the engineering directorate, Colonel Ardan Vehko-Sari', 'demining of the district would be completed "before the sowing season."', 'said', 'mixed', role='head of the engineering directorate'),
    s(MOD, 'The Ministry', 'reports circulated on social media about the withdrawal of troops from the Harnek sector "do not correspond to reality"', 'stated', 'mixed'),
    s(MOD, 'The Ministry', 'citizens to rely only on official sources', 'urged'),
    s('the regional administration', 'the regional administration', '2,300 people remain in temporary accommodation', 'According to'),
    s(DRAG, 'She', 'strengthen patrols along the river sections of the border;', 'instructed', role='Deputy Defence Minister'),
    s(DRAG, 'She', 'report daily on the condition of fortifications;', 'instructed', role='Deputy Defence Minister'),
    s(DRAG, 'She', 'ensure that conscripts receive winter equipment by 15 March.', 'instructed', role='Deputy Defence Minister'),
    s(LENZ, 'The Chief of the General Staff, General Oskar Lenz-Abara', 'the situation "remains tense but under control"', 'told', 'mixed', role='Chief of the General Staff'),
    s(LENZ, 'He', 'the armed groups had changed tactics in recent weeks, attacking at night in small units', 'noted', role='Chief of the General Staff'),
    s('Petra Ilves-Nwosu', "the ministry's spokesman, Major Petra Ilves-Nwosu", 'no such decision had been taken', 'said', role='spokesman'),
    s(MOD, 'The Ministry', 'a military court in Vessa had sentenced two former quartermasters|selling fuel from army depots', 'reported'),
    s(MOD, 'the Ministry', 'The court found that the two men had falsified delivery records for at least 14 months', 'said'),
    s('a military court in Vessa', 'The court', 'the two men had falsified delivery records for at least 14 months', 'found', nested=True, via=MOD),
    s('Residents of Harnek', 'Residents of Harnek', 'shelling had damaged the village school on 3 March', 'told'),
    s(MOD, 'The Ministry', "the school would be repaired at the state's expense and that classes would resume online on 9 March", 'said'),
)
