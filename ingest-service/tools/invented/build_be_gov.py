"""Set BE's six government texts (see build_be.py)."""
from invented_common import doc_spans as doc, s

VORS = 'Halina Vorstrand'
ADEY = 'Kwame Adeyemi-Strand'
PAIR = 'Halina Vorstrand and Kwame Adeyemi-Strand'

doc('be06-gov-ostravia-foreign-ministry-phone-call-readout', 'Ministry of Foreign Affairs of the Republic of Ostravia', '2038-04-14', '''
Ministry of Foreign Affairs of the Republic of Ostravia

Telephone conversation of Foreign Minister Halina Vorstrand with Foreign Minister of Taurenia Kwame Adeyemi-Strand

14 April 2038

On 14 April, Minister of Foreign Affairs Halina Vorstrand held a telephone conversation with the Minister of Foreign Affairs of the Republic of Taurenia, Kwame Adeyemi-Strand, at the Taurenian side's request.

The Ministers discussed the situation on the Ostravian-Taurenian border following the closure of the Marrach crossing on 9 April. The crossing, opened in 1997, carries about a third of the freight traffic between the two countries. It was closed by the Taurenian authorities after a scuffle between customs officers and lorry drivers in which three Ostravian drivers were injured.

The Minister emphasised:
- the closure of the crossing had stranded more than 600 lorries and was costing both economies an estimated 4 million euros a day;
- Ostravia was ready to reopen the crossing for humanitarian and medical cargo within 24 hours;
- any long-term arrangement must respect the 2031 Border Treaty, including its provisions on joint customs inspection.

Minister Vorstrand also condemned the attack on a Taurenian passenger bus near Kellin on 11 April and expressed condolences to the families of the victims.

Minister Adeyemi-Strand informed his counterpart about the measures taken by the Taurenian authorities to investigate the incident at the crossing. He said that Taurenia had detained two customs officers and would share the findings of its inquiry with Ostravia.

Minister Vorstrand welcomed this step and expressed hope that the inquiry would be concluded before the end of the month. She noted that the families of the three Ostravian drivers injured on 9 April were still waiting for information about their condition.

The two Ministers agreed to instruct their deputies to meet in Marrach on 18 April to prepare the reopening of the crossing.

The Taurenian Minister raised the question of the Ostravian fishing quota in Lake Tessel. Minister Vorstrand replied that the quota was a matter for the Joint Fisheries Commission and would be discussed at its June session.

The Ministers also exchanged views on the preparations for the Danube-Arctic Forum in September. Minister Vorstrand thanked her counterpart for the invitation to visit Taurenia and accepted it.

The conversation lasted about forty minutes.
''',
    s(VORS, 'The Minister', 'the closure of the crossing had stranded more than 600 lorries and was costing both economies an estimated 4 million euros a day;', 'emphasised', role='Minister of Foreign Affairs'),
    s(VORS, 'The Minister', 'Ostravia was ready to reopen the crossing for humanitarian and medical cargo within 24 hours;', 'emphasised', role='Minister of Foreign Affairs'),
    s(VORS, 'The Minister', 'any long-term arrangement must respect the 2031 Border Treaty, including its provisions on joint customs inspection.', 'emphasised', role='Minister of Foreign Affairs'),
    s(VORS, 'Minister Vorstrand', 'the attack on a Taurenian passenger bus near Kellin on 11 April', 'condemned', role='Minister of Foreign Affairs'),
    s(ADEY, 'He', 'Taurenia had detained two customs officers and would share the findings of its inquiry with Ostravia', 'said', role='Minister of Foreign Affairs of the Republic of Taurenia'),
    s(VORS, 'Minister Vorstrand', 'this step', 'welcomed', role='Minister of Foreign Affairs'),
    s(VORS, '', 'the inquiry would be concluded before the end of the month', 'expressed hope', role='Minister of Foreign Affairs'),
    s(VORS, 'She', 'the families of the three Ostravian drivers injured on 9 April were still waiting for information about their condition', 'noted', role='Minister of Foreign Affairs'),
    s(PAIR, 'The two Ministers', 'instruct their deputies to meet in Marrach on 18 April to prepare the reopening of the crossing', 'agreed'),
    s(ADEY, 'The Taurenian Minister', 'the question of the Ostravian fishing quota in Lake Tessel', 'raised', role='Minister of Foreign Affairs of the Republic of Taurenia'),
    s(VORS, 'Minister Vorstrand', 'the quota was a matter for the Joint Fisheries Commission and would be discussed at its June session', 'replied', role='Minister of Foreign Affairs'),
)

VASS = 'Corin Vass'
MARC = 'Yetunde Marchetti-Hale'
REN = 'Tobias Renwick'
ODU = 'Priya Oduya-Klein'
ABER = 'Lucien Abernathy-Cole'

doc('be07-gov-transport-committee-hearing-signalling', 'House of Commons of Elmara, Standing Committee on Transport and Infrastructure', '2038-03-09', '''
Standing Committee on Transport and Infrastructure

Evidence, Meeting No. 41, Tuesday, March 9, 2038

Study of the Northern Signalling Programme

Witnesses: Corin Vass, Chief Executive, Meridian Rail Infrastructure; Dr. Yetunde Marchetti-Hale, Rail Safety Commissioner

The Chair (Ms. Adaeze Holloway-Brandt): I call this meeting to order. We continue our study of the Northern Signalling Programme. Our witnesses today are Mr. Vass and Dr. Marchetti-Hale. Mr. Vass, you have five minutes.

Mr. Corin Vass (Chief Executive, Meridian Rail Infrastructure): Thank you, Madam Chair. The Northern Signalling Programme is now two years behind schedule and $410 million over its budget. I will not pretend otherwise. The main cause is the software that links the new signals to the trains' own systems, which our supplier delivered 14 months late.

Since January we have had the new signals working on 180 kilometres of line, and there has not been a single safety incident on that stretch. I expect the whole northern network to be switched over by the end of 2039.

The Chair (Ms. Adaeze Holloway-Brandt): Thank you. Dr. Marchetti-Hale.

Dr. Yetunde Marchetti-Hale (Rail Safety Commissioner): Thank you. My office approved the first section in January after eleven weeks of testing. I want the committee to know that we found 37 faults during those tests, all of them fixed before approval. The supplier's engineers told my inspectors that the software had been rewritten twice. I am satisfied that the section is safe. I am not yet satisfied with the plan for the next section, and I have told Meridian so in writing.

Mr. Tobias Renwick (Ashby West): Mr. Vass, the Auditor General reported in February that the programme's budget had been set before a single signal was tested. Commuters in my riding have told me that trains on the Ashby line are late four days out of five. Who is responsible for this?

Mr. Corin Vass: The budget was set by my predecessor's board, but the responsibility is mine now, and I accept it.

Mr. Tobias Renwick: Will you repay any bonuses?

Mr. Corin Vass: I have not received a bonus since I took this post, and I have asked the board not to pay one this year.

Ms. Priya Oduya-Klein (Lakeside North): Dr. Marchetti-Hale, you said in your annual report that your office had only four signalling inspectors. Is that enough?

Dr. Yetunde Marchetti-Hale: No. Four is not enough for a programme of this size. We have asked the ministry for six more, and the minister has told me that the request is being considered.

Ms. Priya Oduya-Klein: A follow-up. When did you ask?

Dr. Yetunde Marchetti-Hale: In October.

Mr. Lucien Abernathy-Cole (Fenmarch): I have ridden the Ashby line every week for ten years, and it has never been worse than it is this winter. Mr. Vass, what will be different next year?

Mr. Corin Vass: Two things. The supplier now has engineers on our sites every day, and we have stopped paying it for milestones it has not reached.

The Chair (Ms. Adaeze Holloway-Brandt): We are out of time. I thank our witnesses. The meeting is adjourned.
''',
    s(VASS, '', 'The Northern Signalling Programme is now two years behind schedule|by the end of 2039.', '', role='Chief Executive, Meridian Rail Infrastructure'),
    s(MARC, '', 'My office approved the first section in January|I have told Meridian so in writing.', '', role='Rail Safety Commissioner'),
    s("The supplier's engineers", "The supplier's engineers", 'the software had been rewritten twice', 'told', nested=True, via=MARC),
    s('the Auditor General', 'the Auditor General', "the programme's budget had been set before a single signal was tested", 'reported'),
    s(REN, 'Mr. Tobias Renwick', 'Commuters in my riding have told me that trains on the Ashby line are late four days out of five', ''),
    s('Commuters in my riding', 'Commuters in my riding', 'trains on the Ashby line are late four days out of five', 'have told', nested=True, via=REN),
    s(VASS, '', "The budget was set by my predecessor's board, but the responsibility is mine now, and I accept it.", '', role='Chief Executive, Meridian Rail Infrastructure'),
    s(VASS, '', 'I have not received a bonus since I took this post, and I have asked the board not to pay one this year.', '', role='Chief Executive, Meridian Rail Infrastructure'),
    s(MARC, 'you', 'your office had only four signalling inspectors', 'said', role='Rail Safety Commissioner'),
    s(MARC, '', 'No. Four is not enough for a programme of this size.|the request is being considered.', '', role='Rail Safety Commissioner'),
    s('the minister', 'the minister', 'the request is being considered', 'has told', nested=True, via=MARC),
    s(MARC, '', 'In October.', '', role='Rail Safety Commissioner'),
    s(ABER, '', 'I have ridden the Ashby line every week for ten years, and it has never been worse than it is this winter.', ''),
    s(VASS, '', 'Two things. The supplier now has engineers on our sites every day|milestones it has not reached.', '', role='Chief Executive, Meridian Rail Infrastructure'),
)

ACH = 'Miriam Achterberg-Sow'
KAL = 'Rune Kalvik'

doc('be08-gov-wendmark-environment-agency-chemical-spill-press-conference', 'Federal Environment Agency of Wendmark', '2038-05-22', '''
Federal Environment Agency of Wendmark

Press conference on the Sarn River chemical spill

Transcript, 22 May 2038, Halden

Participants: Dr. Miriam Achterberg-Sow, President of the Federal Environment Agency; Rune Kalvik, Head of Water Protection; Moderator: Jonna Elstrup, Press Office.

MODERATOR: Good afternoon. Dr. Achterberg-Sow will make an opening statement, and then we will take questions.

DR. ACHTERBERG-SOW: Good afternoon. On Saturday night, about 30 tonnes of a solvent called dichloropropanol leaked into the Sarn River from a storage tank at the Velte Chemie plant in Osterburg. The company reported the leak to us at 6:40 on Sunday morning, more than eight hours after it began. That delay is not acceptable, and we have opened proceedings against the company.

Our laboratories have found the solvent in the river as far as 60 kilometres downstream. Levels are falling. The waterworks of Halden and Mersby took their river intakes offline on Sunday, and tap water in both towns is safe to drink.

We have counted around four tonnes of dead fish so far. The state fisheries office expects that number to rise.

MODERATOR: Thank you. Questions, please. Yes, in the front.

QUESTION (Halden Tageblatt): Velte Chemie says the tank was inspected in March and passed. How did it fail?

DR. ACHTERBERG-SOW: I have read the company's statement. An inspection in March does not tell us why a valve failed in May. That is exactly what our investigation will find out. Rune, do you want to add something on the river?

KALVIK: Yes. The solvent is heavier than water, so it sits on the riverbed and moves slowly. We expect the peak to reach the Mersby weir on Thursday. Our modelling shows that it will be diluted below the safety limit before it reaches the sea.

QUESTION (WRD Radio): Residents in Mersby told us that they could smell the chemical on Sunday but were told nothing until the evening. Was the warning too late?

DR. ACHTERBERG-SOW: The warning should have come earlier, yes. The municipality had our advice at 11 a.m. I will not speak for the municipality.

QUESTION (WRD Radio): Will you recommend that the plant be closed?

DR. ACHTERBERG-SOW: That is not a decision for the agency. The state ministry can order a closure. We will give the ministry our findings.

QUESTION (Nordkurier): Environmental groups say this is the third spill at Velte in five years. Is that correct?

KALVIK: It is the third reported spill. The two before were much smaller, and neither reached the river.

MODERATOR: Last question.

QUESTION (Osterburg Echo): When will fishing be allowed again?

DR. ACHTERBERG-SOW: Not before the autumn. The fisheries office will decide, and I would not expect an answer before August.

MODERATOR: Thank you all. A written summary will be on our website this evening.
''',
    s(ACH, '', 'Good afternoon. On Saturday night|The state fisheries office expects that number to rise.', '', role='President of the Federal Environment Agency'),
    s('The state fisheries office', 'The state fisheries office', 'that number to rise', 'expects', nested=True, via=ACH),
    s('Velte Chemie', 'Velte Chemie', 'the tank was inspected in March and passed', 'says'),
    s(ACH, '', "I have read the company's statement.|what our investigation will find out.", '', role='President of the Federal Environment Agency'),
    s(KAL, '', 'The solvent is heavier than water|before it reaches the sea.', '', role='Head of Water Protection'),
    s('Our modelling', 'Our modelling', 'it will be diluted below the safety limit before it reaches the sea', 'shows', nested=True, via=KAL),
    s('Residents in Mersby', 'Residents in Mersby', 'they could smell the chemical on Sunday but were told nothing until the evening', 'told'),
    s(ACH, '', 'The warning should have come earlier, yes.|I will not speak for the municipality.', '', role='President of the Federal Environment Agency'),
    s(ACH, '', 'That is not a decision for the agency.|We will give the ministry our findings.', '', role='President of the Federal Environment Agency'),
    s('Environmental groups', 'Environmental groups', 'this is the third spill at Velte in five years', 'say'),
    s(KAL, '', 'It is the third reported spill.|neither reached the river.', '', role='Head of Water Protection'),
    s(ACH, '', 'Not before the autumn.|before August.', '', role='President of the Federal Environment Agency'),
)

COURT = 'Constitutional Court of the Republic of Almeria-Nord'
APPL = 'Veldhaus and Others'
FGOV = 'Federal Government'
DISS = 'Anselm Graufeld and Mikkel Sorensen'

doc('be09-gov-almeria-constitutional-court-data-retention-summary', 'Constitutional Court of the Republic of Almeria-Nord', '2038-02-03', '''
Constitutional Court of the Republic of Almeria-Nord

Press Summary

Case 2 BvR 14/37: Veldhaus and Others v. Federal Government (Data Retention Act)

Judgment of 3 February 2038

Judges: President Teodora Maric-Lund, Vice-President Anselm Graufeld, Justices Hedda Okeke-Brandt, Mikkel Sorensen, Ruy Villalobos, Clara Thiessen, Dario Arcuri

Background
The Data Retention Act 2036, passed after a series of bomb attacks on railway stations, requires telephone and internet providers to keep records of every customer's calls, messages and locations for 12 months and to hand them to the police on request. The applicants, a journalist, two lawyers and the civil liberties association Freiraum, asked the Court to declare the Act void.

The applicants argued that the Act allowed the state to build a picture of every citizen's private life without any suspicion of a crime. The Federal Government submitted that the records were indispensable to investigate serious crime and that access was limited by judicial warrants.

The Federal Data Protection Commissioner, who intervened, told the Court that in 2037 the police had requested records in 41,000 cases and that judges had refused fewer than 1 percent of those requests.

Decision
By five votes to two, the Court holds that sections 4 and 7 of the Act are incompatible with the right to privacy and void. The remaining sections stay in force.

Reasons
The Court finds that keeping the records of every person, whether or not suspected of any offence, is a serious interference with private life. It accepts that the fight against serious crime is a legitimate aim. But it holds that a general, indiscriminate retention of location data goes further than that aim requires.

The Court notes that warrants are granted almost automatically. In its view, a safeguard that is almost never used is no safeguard.

The Court rejects the Government's argument that shorter retention would make investigations impossible, observing that neighbouring states with six-month periods report no fall in solved cases.

The legislature has until 31 December 2038 to adopt new rules. Until then, the police may request records only for the offences listed in section 9.

Dissent
Vice-President Graufeld and Justice Sorensen dissent. In their view, the majority has substituted its own judgment for that of Parliament on a question of security policy. Justice Sorensen, writing for both, warns that the ruling "will be read by criminals as an invitation." They would have upheld the Act in full.

This summary is provided to assist in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is available on the Court's website.
''',
    s(APPL, 'The applicants, a journalist, two lawyers and the civil liberties association Freiraum', 'the Court to declare the Act void', 'asked'),
    s(APPL, 'The applicants', "the Act allowed the state to build a picture of every citizen's private life without any suspicion of a crime", 'argued'),
    s(FGOV, 'The Federal Government', 'the records were indispensable to investigate serious crime and that access was limited by judicial warrants', 'submitted'),
    s('The Federal Data Protection Commissioner', 'The Federal Data Protection Commissioner', 'in 2037 the police had requested records in 41,000 cases and that judges had refused fewer than 1 percent of those requests', 'told'),
    s(COURT, 'the Court', 'sections 4 and 7 of the Act are incompatible with the right to privacy and void', 'holds'),
    s(COURT, 'The Court', 'keeping the records of every person, whether or not suspected of any offence, is a serious interference with private life', 'finds'),
    s(COURT, 'It', 'the fight against serious crime is a legitimate aim', 'accepts'),
    s(COURT, 'it', 'a general, indiscriminate retention of location data goes further than that aim requires', 'holds'),
    s(COURT, 'The Court', 'warrants are granted almost automatically', 'notes'),
    s(COURT, 'its', 'a safeguard that is almost never used is no safeguard', 'In its view'),
    s(COURT, 'The Court', 'neighbouring states with six-month periods report no fall in solved cases', 'observing'),
    s(DISS, 'their', 'the majority has substituted its own judgment for that of Parliament on a question of security policy', 'In their view'),
    s('Mikkel Sorensen', 'Justice Sorensen', 'the ruling "will be read by criminals as an invitation."', 'warns', 'mixed', role='Justice'),
)

RAPP = 'Nkechi Valdes-Oyelaran'
RROLE = 'UN Special Rapporteur on the right to adequate housing'

doc('be10-gov-un-rapporteur-housing-corvaldo-end-of-mission', 'Office of the United Nations High Commissioner for Human Rights', '2038-10-17', '''
Corvaldo: UN expert urges halt to evictions before Pan-Oceanic Games

PORTO ALVES / GENEVA (17 October 2038) - A UN human rights expert today urged the Government of Corvaldo to stop forced evictions in the capital, Porto Alves, until the country adopts a law that protects the people being moved.

"I have seen families who were given seven days' notice and a bus ticket, and nothing else," said Nkechi Valdes-Oyelaran, the UN Special Rapporteur on the right to adequate housing, at the end of a 12-day visit to the country. "This is not how a State that has signed the Covenant should treat its poorest citizens."

Valdes-Oyelaran visited Porto Alves, Sanmarin and the Terra Seca region, where she met ministers, mayors, judges and people living in informal settlements.

The expert welcomed the Government's Casa Digna housing programme, which has built 48,000 homes since 2034. The Minister of Cities told her that 20,000 more homes are funded for the next two years.

However, she said she was deeply concerned by the removal of 3,200 families from the Ribeira settlement between March and August, ahead of the Games. "Residents told me that they received their notices only a week before the bulldozers arrived, and that many were offered no alternative housing," she said.

According to the municipality, every family was offered a place in a temporary shelter. The Special Rapporteur said she had not been able to verify this, and that the two shelters she visited were holding twice as many people as they were built for.

"One mother of four, who had lived in Ribeira for 19 years, told me that the compensation was a plastic bag for her things," the expert said. "I heard that story, in different words, more than 30 times."

Valdes-Oyelaran called on the authorities to:
- declare an immediate moratorium on evictions until a legal framework consistent with international human rights law is in place;
- ensure that no one is evicted into homelessness;
- provide adequate compensation to all families removed from Ribeira.

She also expressed concern about the criminalisation of people sleeping in public spaces in Sanmarin, where a municipal decree adopted in June allows fines of up to 500 reais.

Housing rights groups in Porto Alves said the visit had given residents a voice for the first time. The Government has not yet responded to the expert's findings.

The Special Rapporteur will present a report on her visit to the Human Rights Council in March 2039.

ENDS

Ms. Nkechi Valdes-Oyelaran took up her mandate as Special Rapporteur on the right to adequate housing in 2036. Special Rapporteurs are part of the Special Procedures of the Human Rights Council. They are independent experts who work on a voluntary basis.

For more information and media requests, please contact the mission's press officer (housing-mission@example.org).
''',
    s(RAPP, 'UN expert', 'halt to evictions before Pan-Oceanic Games', 'urges', role='UN expert'),
    s(RAPP, 'A UN human rights expert', 'the Government of Corvaldo to stop forced evictions in the capital, Porto Alves, until the country adopts a law that protects the people being moved', 'urged', role='UN human rights expert'),
    s(RAPP, 'Nkechi Valdes-Oyelaran', '"I have seen families who were given seven days\' notice and a bus ticket, and nothing else,"', 'said', 'direct', role=RROLE),
    s(RAPP, '', '"This is not how a State that has signed the Covenant should treat its poorest citizens."', '', 'direct', role=RROLE),
    s(RAPP, 'The expert', "the Government's Casa Digna housing programme, which has built 48,000 homes since 2034", 'welcomed', role=RROLE),
    s('The Minister of Cities', 'The Minister of Cities', '20,000 more homes are funded for the next two years', 'told'),
    s(RAPP, 'she', 'she was deeply concerned by the removal of 3,200 families from the Ribeira settlement between March and August, ahead of the Games', 'said', role=RROLE),
    s(RAPP, 'she', '"Residents told me that they received their notices only a week before the bulldozers arrived, and that many were offered no alternative housing,"', 'said', 'direct', role=RROLE),
    s('Residents', 'Residents', 'they received their notices only a week before the bulldozers arrived, and that many were offered no alternative housing', 'told', nested=True, via=RAPP),
    s('the municipality', 'the municipality', 'every family was offered a place in a temporary shelter', 'According to'),
    s(RAPP, 'The Special Rapporteur', 'she had not been able to verify this, and that the two shelters she visited were holding twice as many people as they were built for', 'said', role=RROLE),
    s(RAPP, 'the expert', '"One mother of four, who had lived in Ribeira for 19 years, told me that the compensation was a plastic bag for her things,"', 'said', 'direct', role=RROLE),
    s('One mother of four', 'One mother of four', 'the compensation was a plastic bag for her things', 'told', nested=True, via=RAPP),
    s(RAPP, '', '"I heard that story, in different words, more than 30 times."', '', 'direct', role=RROLE),
    s(RAPP, 'Valdes-Oyelaran', 'declare an immediate moratorium on evictions until a legal framework consistent with international human rights law is in place;', 'called on', role=RROLE),
    s(RAPP, 'Valdes-Oyelaran', 'ensure that no one is evicted into homelessness;', 'called on', role=RROLE),
    s(RAPP, 'Valdes-Oyelaran', 'provide adequate compensation to all families removed from Ribeira.', 'called on', role=RROLE),
    s(RAPP, 'She', 'the criminalisation of people sleeping in public spaces in Sanmarin, where a municipal decree adopted in June allows fines of up to 500 reais', 'expressed concern', role=RROLE),
    s('Housing rights groups in Porto Alves', 'Housing rights groups in Porto Alves', 'the visit had given residents a voice for the first time', 'said'),
)

TOLL = 'Ragna Tollefsen-Abiola'
TROLE = 'Spokesperson of the Ministry of Defence'

doc('be11-gov-halvenia-defence-ministry-daily-briefing', 'Ministry of Defence of Halvenia', '2038-08-27', '''
Ministry of Defence of Halvenia

Daily briefing by the Spokesperson of the Ministry of Defence, Colonel Ragna Tollefsen-Abiola

27 August 2038

Colonel Tollefsen-Abiola: Good morning. I will start with the situation in the Ardel border district, then the air defence exercise, and then I will take your questions.

In the past 24 hours, our observation posts recorded 14 drone flights over the border from the territory of Varkesh, four more than the day before. Two drones were brought down by electronic means near the village of Tornec. There were no casualties. The Ardel district administration reported that a barn was damaged by a falling drone near Stravice.

Second, the joint air defence exercise Shield of the North began this morning with 2,400 personnel from Halvenia and two allied states. It will last until 3 September. The exercise was planned a year ago and has nothing to do with events at the border.

Third, a correction. The news site Ardel Today published a report yesterday which claimed that two conscripts had been wounded at an observation post near Tornec. No soldier has been wounded in the Ardel district this month.

Question: Colonel, the Varkesh defence ministry said last night that the drones were civilian and had strayed because of GPS jamming by Halvenia. What is your response?

Answer: I saw that statement. Drones that fly in formation at night, over our military positions, are not lost hobby aircraft. We do not jam civilian navigation. We have asked the Varkesh side, through the military attache, to explain the flights, and we are still waiting for a reply.

Question: The opposition defence spokesman, Aurelian Petrescu-Holm, told parliament on Tuesday that the air defence units in the north are short of missiles. Is that true?

Answer: Our units have what they need for their tasks. I will not give numbers, and I would ask members of parliament not to guess them in public.

Question: Is Halvenia planning to move more troops to Ardel?

Answer: I will not comment on the deployment of our forces.

Question: Residents of Tornec have said that the army told them to stay indoors on Tuesday night but gave no reason. Was that necessary?

Answer: Yes. A drone was flying at low altitude over the village, and the local commander judged that there was a risk. The Minister has told commanders that they must explain such orders to residents as soon as they can, and I accept that on Tuesday that did not happen quickly enough.

Question: A follow-up. Will the families be compensated for the barn?

Answer: The district administration handles compensation. I understand that the owner has already applied.

Colonel Tollefsen-Abiola: Thank you. The next briefing is tomorrow at 10:00.
''',
    s(TOLL, '', 'Good morning. I will start with the situation|No soldier has been wounded in the Ardel district this month.', '', role=TROLE),
    s('The Ardel district administration', 'The Ardel district administration', 'a barn was damaged by a falling drone near Stravice', 'reported', nested=True, via=TOLL),
    s('The news site Ardel Today', 'The news site Ardel Today', 'two conscripts had been wounded at an observation post near Tornec', 'claimed', nested=True, via=TOLL),
    s('the Varkesh defence ministry', 'the Varkesh defence ministry', 'the drones were civilian and had strayed because of GPS jamming by Halvenia', 'said'),
    s(TOLL, '', 'I saw that statement. Drones that fly in formation|we are still waiting for a reply.', '', role=TROLE),
    s('Aurelian Petrescu-Holm', 'The opposition defence spokesman, Aurelian Petrescu-Holm', 'the air defence units in the north are short of missiles', 'told', role='The opposition defence spokesman'),
    s(TOLL, '', 'Our units have what they need for their tasks.|not to guess them in public.', '', role=TROLE),
    s('Residents of Tornec', 'Residents of Tornec', 'the army told them to stay indoors on Tuesday night but gave no reason', 'have said'),
    s(TOLL, '', 'Yes. A drone was flying at low altitude over the village|did not happen quickly enough.', '', role=TROLE),
    s('the local commander', 'the local commander', 'there was a risk', 'judged', nested=True, via=TOLL),
    s('The Minister', 'The Minister', 'they must explain such orders to residents as soon as they can', 'has told', nested=True, via=TOLL),
    s(TOLL, '', 'The district administration handles compensation. I understand that the owner has already applied.', '', role=TROLE),
)
