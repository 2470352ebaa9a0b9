"""Set AU's six government texts (see build_au.py)."""
from invented_common import doc_spans as doc, s

HALD = 'Ingrid Haldorsen'
VARG = 'Tomas Varga'
PAIR = 'Ingrid Haldorsen and Tomas Varga'

doc('au06-gov-skarvia-velmora-fisheries-consultations-readout', 'Ministry of Fisheries and Coastal Affairs of the Kingdom of Skarvia', '2035-12-11', '''
Outcome of the annual fisheries consultations between the Kingdom of Skarvia and the Republic of Velmora

Halvorsund, 11 December 2035

The annual fisheries consultations between the Kingdom of Skarvia and the Republic of Velmora for the year 2036 were held in Halvorsund from 9 to 11 December 2035. The Skarvian delegation was led by the Minister of Fisheries and Coastal Affairs, Ingrid Haldorsen, and the Velmoran delegation by the Minister of Maritime Economy, Tomas Varga. Representatives of the fishing industries of both countries attended as observers.

The Ministers agreed that the total allowable catch (TAC) of Northern cod in the Bresk Sea for 2036 should be 412,000 tonnes, a reduction of 8 per cent from 2035. In its October advice, the Joint Marine Research Committee had recommended that catches be cut by 14 per cent.

Minister Haldorsen stressed that the agreed reduction was "a responsible balance between the state of the stock and the livelihoods of our coastal communities."

The Velmoran side expressed concern about the growing share of juvenile cod in catches in the western zone and proposed closing two spawning areas during the first months of the year.

The sides agreed to:
- close the spawning areas of Grimsbank and Vesterflak to all trawling from 1 January to 30 April 2036;
- allow transfers of up to 20,000 tonnes of quota between the two zones on request, as in previous years;
- set up a working group on electronic catch reporting, which will report to the Ministers by June 2036.

It was noted that the spawning stock of Bresk Sea herring remains above its precautionary level.

On mackerel, Minister Varga said that Velmora could not accept a further cut in its share of the coastal states' quota and that his Government would raise the matter at the coastal states' meeting in February. Minister Haldorsen replied that Skarvia was "open to a fair discussion" but that the present sharing arrangement had served both countries well.

The Ministers discussed the joint inspection scheme. The Skarvian Coast Guard reported that it had inspected 312 Velmoran vessels in the Skarvian zone in 2035 and had recorded infringements on nine of them, most for incomplete logbooks.

At the opening session, the Skarvian Fishermen's Association told the delegations that the cod cut would cost its members about 60 million crowns in lost income and urged them to review the closures after one season.

Both Ministers welcomed the outcome of the consultations as proof that the two countries "can manage shared stocks by agreement, even in difficult years."

The delegations also discussed cooperation between their research vessels and the exchange of scientific observers. Minister Haldorsen invited Minister Varga to visit the new fish auction hall in Brekkvik in the spring.

Minister Varga thanked the Skarvian side for its hospitality. The next consultations will be held in Velmora in December 2036.
''',
    s(PAIR, 'The Ministers', 'the total allowable catch (TAC) of Northern cod in the Bresk Sea for 2036 should be 412,000 tonnes, a reduction of 8 per cent from 2035', 'agreed'),
    s('Joint Marine Research Committee', 'the Joint Marine Research Committee', 'catches be cut by 14 per cent', 'recommended'),
    s(HALD, 'Minister Haldorsen', 'the agreed reduction was "a responsible balance between the state of the stock and the livelihoods of our coastal communities."', 'stressed', 'mixed', role='Minister of Fisheries and Coastal Affairs'),
    s(VARG, 'The Velmoran side', 'about the growing share of juvenile cod in catches in the western zone', 'expressed concern', role='Minister of Maritime Economy'),
    s(VARG, 'The Velmoran side', 'closing two spawning areas during the first months of the year', 'proposed', role='Minister of Maritime Economy'),
    s(PAIR, 'The sides', 'close the spawning areas of Grimsbank and Vesterflak to all trawling from 1 January to 30 April 2036;', 'agreed'),
    s(PAIR, 'The sides', 'allow transfers of up to 20,000 tonnes of quota between the two zones on request, as in previous years;', 'agreed'),
    s(PAIR, 'The sides', 'set up a working group on electronic catch reporting, which will report to the Ministers by June 2036.', 'agreed'),
    s(VARG, 'Minister Varga', "Velmora could not accept a further cut in its share of the coastal states' quota|coastal states' meeting in February", 'said', role='Minister of Maritime Economy'),
    s(HALD, 'Minister Haldorsen', 'Skarvia was "open to a fair discussion" but that the present sharing arrangement had served both countries well', 'replied', 'mixed', role='Minister of Fisheries and Coastal Affairs'),
    s('Skarvian Coast Guard', 'The Skarvian Coast Guard', 'it had inspected 312 Velmoran vessels in the Skarvian zone in 2035|most for incomplete logbooks', 'reported'),
    s("Skarvian Fishermen's Association", "the Skarvian Fishermen's Association", 'the cod cut would cost its members about 60 million crowns in lost income', 'told'),
    s("Skarvian Fishermen's Association", "the Skarvian Fishermen's Association", 'them to review the closures after one season', 'urged'),
    s(PAIR, 'Both Ministers', 'the outcome of the consultations as proof that the two countries "can manage shared stocks by agreement, even in difficult years."', 'welcomed', 'mixed'),
)

PETR = 'Aleksandar Petrov'
LUKI = 'Goran Lukic'
ICD = 'Internal Control Directorate'

doc('au07-gov-dravonia-interior-ministry-weekly-briefing', 'Ministry of the Interior of the Republic of Dravonia', '2035-05-06', '''
Ministry of the Interior of the Republic of Dravonia

Weekly press briefing by the Ministry's spokesperson, Aleksandar Petrov

Dravograd, 6 May 2035 (transcript; unofficial translation)

PETROV: Good afternoon. Three items from me today.

First, the border. Since the new entry system started on 1 May, 212,000 travellers have crossed at our eleven main crossings. Average waiting times at Koral and Vesnik have fallen to under 40 minutes.

Second, police recruitment. The campaign has received 4,800 applications in its first month, twice what we expected. The Minister, Goran Lukic, will visit the police academy in Lubor on Thursday.

Third, the floods in the east. Civil protection teams remain in Sava Donja, where 140 people are still in temporary housing.

That is all from me. Questions, please.

QUESTION (Dravonia Press Agency): Opposition deputies say the new entry system has been taking fingerprints from children under 12, against the law. Is that true?

PETROV: No. The system does not take fingerprints from children under 12. It takes a photograph, as the law allows. I have seen the deputies' letter, and the Ministry will answer it in writing this week.

QUESTION (Radio Lubor): Will the Minister resign over the Koral report?

PETROV: The Minister said on Monday that he will not resign, and I have nothing to add to that.

QUESTION (Radio Lubor): The report by the Internal Control Directorate found that officers at Koral took money from truck drivers to let them skip the queue. What has the Ministry done about it?

PETROV: Nine officers have been suspended, and the case is with the state prosecutor. The Directorate found that the payments went on for at least two years. We do not hide that. But it also found that the officers' own commander reported the first case, and that is the reason we know about it at all.

QUESTION (Dnevni Glas): A follow-up. How many of the nine were still working at Koral this year?

PETROV: I do not have that number with me. We will send it to you.

QUESTION (TV Istok): The mayor of Sava Donja, Vesna Kralj, told our station yesterday that the prefabricated houses the Ministry promised for March have still not arrived. When will they come?

PETROV: The first 40 houses leave the factory on Monday. I understand the mayor's frustration. The delay was caused by the contractor, and the Ministry has fined the contractor under the terms of the contract.

QUESTION (Dravonia Press Agency): The Ombudsman, Lea Markovic, said last week that asylum seekers at the Tisno reception centre were sleeping in corridors. Do you accept that?

PETROV: The centre has 300 beds, and last week it had 340 people. So yes, on some nights some people slept in the common rooms, not in corridors. Since Friday everyone has a bed, and we have invited the Ombudsman to visit again.

QUESTION (TV Istok): Will the Minister go to Koral himself?

PETROV: He will go when the investigation allows it. I will not give you a date today.

PETROV: Thank you all. See you next week.
''',
    s(PETR, 'PETROV', 'Good afternoon. Three items from me today.|still in temporary housing.', '', role='spokesperson'),
    s('Opposition deputies', 'Opposition deputies', 'the new entry system has been taking fingerprints from children under 12, against the law', 'say'),
    s(PETR, 'PETROV', 'No. The system does not take fingerprints from children under 12.|in writing this week.', '', role='spokesperson'),
    s(PETR, 'PETROV', 'The Minister said on Monday that he will not resign, and I have nothing to add to that.', '', role='spokesperson'),
    s(LUKI, 'The Minister', 'he will not resign', 'said', nested=True, via=PETR, role='Minister'),
    s(ICD, 'The report by the Internal Control Directorate', 'officers at Koral took money from truck drivers to let them skip the queue', 'found'),
    s(PETR, 'PETROV', 'Nine officers have been suspended, and the case is with the state prosecutor.|we know about it at all.', '', role='spokesperson'),
    s(ICD, 'The Directorate', 'the payments went on for at least two years', 'found', nested=True, via=PETR),
    s(ICD, 'it', "the officers' own commander reported the first case", 'found', nested=True, via=PETR),
    s(PETR, 'PETROV', 'I do not have that number with me. We will send it to you.', '', role='spokesperson'),
    s('Vesna Kralj', 'The mayor of Sava Donja, Vesna Kralj', 'the prefabricated houses the Ministry promised for March have still not arrived', 'told', role='mayor'),
    s(PETR, 'PETROV', 'The first 40 houses leave the factory on Monday.|under the terms of the contract.', '', role='spokesperson'),
    s('Lea Markovic', 'The Ombudsman, Lea Markovic', 'asylum seekers at the Tisno reception centre were sleeping in corridors', 'said', role='Ombudsman'),
    s(PETR, 'PETROV', 'The centre has 300 beds, and last week it had 340 people.|invited the Ombudsman to visit again.', '', role='spokesperson'),
    s(PETR, 'PETROV', 'He will go when the investigation allows it. I will not give you a date today.', '', role='spokesperson'),
)

ACC = 'Aldermark Competition Commission'
STRA = 'Helena Strand'
PARTIES = 'Norvik Air and Skylane Regional'

doc('au08-gov-aldermark-competition-commission-airline-merger-decision', 'Aldermark Competition Commission', '2035-08-22', '''
Commission clears Norvik Air takeover of Skylane Regional, with conditions

Calder City, 22 August 2035 - The Aldermark Competition Commission today approved Norvik Air's proposed acquisition of Skylane Regional, subject to conditions that require the airlines to give up take-off and landing slots at Calder International Airport and to keep flying four northern routes for at least five years.

The Commission found that the merger, as first proposed, would have left Norvik Air as the only carrier on 11 domestic routes and would likely have led to higher fares on those routes.

"Without these conditions, passengers in the north would have paid the price for this merger, quite literally," said Commission Chair Dr. Helena Strand. "With them, we are satisfied that fares and choice are protected."

The conditions require the merged airline to:
- transfer 14 daily slot pairs at Calder International Airport to a competing airline approved by the Commission;
- continue to operate the routes from Calder to Haldby, Vesterby, Orm and Kettle Point until at least 2040;
- keep fare increases on those four routes at or below inflation for three years.

The Commission's in-depth review lasted 24 weeks. It examined fares and passenger numbers on every domestic route the two airlines fly, and it commissioned a survey of 3,000 passengers at five airports.

During its review, the Commission received 1,240 submissions from the public. Many travellers in the north told the Commission that Skylane was often the only practical way to reach hospital appointments in Calder.

The parties argued that Skylane had lost money in four of the last five years and could not continue on its own. The Commission accepted that Skylane faced serious financial difficulties but found that the airline was unlikely to have left the market without the merger, given the offers it had received from other buyers in 2034.

Dr. Strand said the Commission would monitor the conditions closely and could impose fines of up to 10 per cent of annual turnover if they were breached.

In a statement issued by the airline, Norvik Air's chief executive, Sven Ahlgren, said the company accepted the conditions and expected to complete the takeover by November.

The Northern Regions Council, which had opposed the merger, said the conditions were "better than nothing, but five years is not forever."

The Commission's decision may be appealed to the Competition Appeal Tribunal within 30 days.

Background

The Commission opened its in-depth review on 3 March 2035. Norvik Air agreed in November 2034 to buy Skylane Regional for 310 million crowns. Norvik Air and Skylane Regional together carry about 71 per cent of domestic air passengers in Aldermark, according to figures from the Civil Aviation Authority. Skylane operates 22 turboprop aircraft from bases in Calder and Orm and employs about 640 people. The Commission held public meetings in Orm and Kettle Point in May 2035.

Media contact: Press Office, Aldermark Competition Commission, 0800 555 0134
''',
    s(ACC, 'The Commission', 'the merger, as first proposed, would have left Norvik Air as the only carrier on 11 domestic routes|higher fares on those routes', 'found'),
    s(STRA, 'Commission Chair Dr. Helena Strand', '"Without these conditions, passengers in the north would have paid the price for this merger, quite literally,"', 'said', 'direct', role='Commission Chair'),
    s(STRA, '', '"With them, we are satisfied that fares and choice are protected."', '', 'direct', role='Commission Chair'),
    s('Many travellers in the north', 'Many travellers in the north', 'Skylane was often the only practical way to reach hospital appointments in Calder', 'told'),
    s(PARTIES, 'The parties', 'Skylane had lost money in four of the last five years and could not continue on its own', 'argued'),
    s(ACC, 'The Commission', 'Skylane faced serious financial difficulties', 'accepted'),
    s(ACC, 'The Commission', 'the airline was unlikely to have left the market without the merger|from other buyers in 2034', 'found', anchor='Skylane faced serious financial difficulties'),
    s(STRA, 'Dr. Strand', 'the Commission would monitor the conditions closely|if they were breached', 'said', role='Commission Chair'),
    s('Sven Ahlgren', "Norvik Air's chief executive, Sven Ahlgren", 'the company accepted the conditions and expected to complete the takeover by November', 'said', role='chief executive'),
    s('Northern Regions Council', 'The Northern Regions Council', 'the conditions were "better than nothing, but five years is not forever."', 'said', 'mixed'),
    s('Civil Aviation Authority', 'figures from the Civil Aviation Authority', 'Norvik Air and Skylane Regional together carry about 71 per cent of domestic air passengers in Aldermark', 'according to'),
)

COURT = 'Court of Appeal of Meridia'
FOKE = 'Friends of the Kessel Estuary'
PAA = 'Port of Amberley Authority'
HARL = 'Harlow'

doc('au09-gov-meridia-court-of-appeal-kessel-dredging-summary', 'Court of Appeal of Meridia', '2035-09-30', '''
COURT OF APPEAL OF MERIDIA

Friends of the Kessel Estuary v Port of Amberley Authority and Minister for the Environment

[2035] MECA 214

Press summary, 30 September 2035

This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.

Judges: Harlow J (presiding), Mensah J, Castellano J

Background

The Port of Amberley Authority wants to deepen the shipping channel of the Kessel Estuary from 12 to 15 metres so that larger container ships can reach the port. In May 2034 the Minister for the Environment granted a permit for the dredging of 4.2 million cubic metres of sediment and its disposal at sea.

Friends of the Kessel Estuary, an environmental group, applied to the High Court to quash the permit. It argued that the Minister had not properly considered the effect of the dredging on the estuary's oyster reefs, which are protected under the Coastal Habitats Act. In a judgment of 14 January 2035, Justice Mara Olsen held that the Minister had considered the reefs and that the decision was one open to her. The group appealed.

Judgment

The Court of Appeal unanimously dismisses the appeal. Justice Harlow gives the judgment of the Court, with which Justice Mensah and Justice Castellano agree.

Reasons for the judgment

Before this Court the appellant submitted that the environmental assessment on which the Minister relied had underestimated the spread of fine sediment during dredging. An expert report by Dr. Priya Oduya, a marine ecologist called by the appellant, states that plumes of sediment could reach the main reef at Selling Point on as many as 40 days a year [para 31].

The Authority submitted that the assessment had modelled the plumes using the method recommended by the Ministry's own guidance, and that the permit requires dredging to stop whenever sediment levels at the reef pass a set limit.

The Court accepts that the assessment was not perfect. Its model did not take account of the strong spring tides in March and April [para 44]. But the Court finds that the Minister was told of this gap by her officials and imposed the stop condition precisely to deal with it [para 47].

In Justice Harlow's view, the law does not require the Minister to be certain that no harm will occur; it requires her to take the risk into account and to act reasonably in the light of it [para 52].

Counsel for the Minister told the Court that the stop condition had already been triggered twice during trial dredging in 2035 and that work had stopped within an hour each time. The Court notes that the appellant did not dispute this evidence [para 55].

The Court observes that the appellant's concerns about the reefs were serious and sincerely held, and that the monitoring required by the permit owes much to the group's participation in the consultation [para 58].

The appellant's remaining grounds, which concerned the disposal site at sea and the length of the consultation period, are rejected for the reasons given at paragraphs 60 to 74.

The stay on dredging granted pending the appeal is lifted. No order is made as to costs.

NOTE: This summary is not binding on the Court.
''',
    s(FOKE, 'It', "the Minister had not properly considered the effect of the dredging on the estuary's oyster reefs|under the Coastal Habitats Act", 'argued'),
    s('Mara Olsen', 'Justice Mara Olsen', 'the Minister had considered the reefs and that the decision was one open to her', 'held', role='Justice'),
    s(FOKE, 'the appellant', 'the environmental assessment on which the Minister relied had underestimated the spread of fine sediment during dredging', 'submitted'),
    s('Priya Oduya', 'An expert report by Dr. Priya Oduya, a marine ecologist called by the appellant', 'plumes of sediment could reach the main reef at Selling Point on as many as 40 days a year', 'states', role='marine ecologist'),
    s(PAA, 'The Authority', "the assessment had modelled the plumes using the method recommended by the Ministry's own guidance|pass a set limit", 'submitted'),
    s(COURT, 'The Court', 'the assessment was not perfect', 'accepts'),
    s(COURT, 'the Court', 'the Minister was told of this gap by her officials and imposed the stop condition precisely to deal with it', 'finds'),
    s(HARL, "Justice Harlow's", 'the law does not require the Minister to be certain that no harm will occur|in the light of it', 'In Justice Harlow\'s view', role='Justice'),
    s('Counsel for the Minister', 'Counsel for the Minister', 'the stop condition had already been triggered twice during trial dredging in 2035 and that work had stopped within an hour each time', 'told'),
    s(COURT, 'The Court', 'the appellant did not dispute this evidence', 'notes'),
    s(COURT, 'The Court', "the appellant's concerns about the reefs were serious and sincerely held|participation in the consultation", 'observes'),
)

NAND = 'Priya Nandakumar'
OKAF = 'Daniel Okafor'
TILL = 'Gord Tillman'
BEAU = 'Claire Beaumont'
MARC = 'Lise Marchand'

doc('au10-gov-westbrook-legislature-oral-questions', 'Legislative Assembly of Westbrook', '2035-10-14', '''
LEGISLATIVE ASSEMBLY OF WESTBROOK

Official Report of Debates (Hansard)

Tuesday, 14 October 2035

ORAL QUESTIONS

AMBULANCE OFFLOAD DELAYS

Ms. Priya Nandakumar (Harbourview): My question is for the Minister of Health. Last night in Port Carrow, eleven ambulances waited outside the emergency department of St. Brendan's Hospital, some of them for more than five hours. The paramedics' union says crews in the region spent 38,000 hours waiting at hospital doors last year. Minister, when will this end?

The Speaker (Hon. Ruth Allard): Minister of Health.

Hon. Daniel Okafor (Minister of Health): Thank you, Speaker. The member is right that last night was a bad night in Port Carrow, and I spoke to the hospital's chief executive this morning. We have funded 60 new beds at St. Brendan's, and 20 of them open next month. Across the province, offload times fell by 14 per cent this year.

The Speaker (Hon. Ruth Allard): Supplementary.

Ms. Priya Nandakumar: The Minister's own ministry reported in August that offload times in the Carrow region rose by 22 per cent. Which figure should families believe?

Hon. Daniel Okafor: Both figures are correct, Speaker. The province as a whole improved, and the Carrow region did not. That is why the new beds are going to Carrow first.

Interjections.

The Speaker (Hon. Ruth Allard): Order. The member for Lakeshore North.

Mr. Gord Tillman (Lakeshore North): Thank you, Speaker. Paramedics in my riding tell me they have stopped counting the hours. One of them, a 20-year veteran, told me last week that she is leaving for a job in another province. My question is to the Premier: will the government cap offload times in law, as the Emergency Physicians' Association has asked?

The Speaker (Hon. Ruth Allard): Premier.

Hon. Claire Beaumont (Premier): Speaker, the government will not legislate a number that hospitals cannot meet. We will meet it instead. The Minister of Health will table a plan for the Carrow region before the end of this sitting.

Ms. Priya Nandakumar: Point of order, Speaker.

The Speaker (Hon. Ruth Allard): There are no points of order during question period. Next question.

WINTER ROAD MAINTENANCE

Mr. Harold Brisebois (Northfield): My question is for the Minister of Transportation. Last winter, contractors on Highway 17 missed their plowing targets on 41 days, according to the ministry's own records. What is the Minister doing to make sure that does not happen again?

The Speaker (Hon. Ruth Allard): Minister of Transportation.

Hon. Lise Marchand (Minister of Transportation): I thank the member for his question. New contracts signed in July require every plow to carry a GPS tracker, and for the first time the ministry will publish where the plows are, in real time, on its website. Contractors who miss their targets will pay penalties from the first day, not the third.

Mr. Harold Brisebois: Supplementary: will the penalties be published too?

Hon. Lise Marchand: Yes. Every penalty will be listed by contractor and by highway, beginning this winter.

The Speaker (Hon. Ruth Allard): That concludes the time for oral questions.
''',
    s(NAND, 'Ms. Priya Nandakumar (Harbourview)', "Last night in Port Carrow, eleven ambulances waited outside the emergency department|more than five hours.", '', role=''),
    s("paramedics' union", "The paramedics' union", 'crews in the region spent 38,000 hours waiting at hospital doors last year', 'says'),
    s(OKAF, 'Hon. Daniel Okafor (Minister of Health)', 'The member is right that last night was a bad night in Port Carrow|offload times fell by 14 per cent this year.', '', role='Minister of Health'),
    s('Ministry of Health', "The Minister's own ministry", 'offload times in the Carrow region rose by 22 per cent', 'reported'),
    s(OKAF, 'Hon. Daniel Okafor', 'Both figures are correct, Speaker.|going to Carrow first.', '', role='Minister of Health'),
    s(TILL, 'Mr. Gord Tillman (Lakeshore North)', 'Paramedics in my riding tell me they have stopped counting the hours.|for a job in another province.', '', role=''),
    s('Paramedics in my riding', 'Paramedics in my riding', 'they have stopped counting the hours', 'tell', nested=True, via=TILL),
    s('a 20-year veteran', 'One of them, a 20-year veteran', 'she is leaving for a job in another province', 'told', nested=True, via=TILL),
    s(BEAU, 'Hon. Claire Beaumont (Premier)', 'the government will not legislate a number that hospitals cannot meet.|before the end of this sitting.', '', role='Premier'),
    s('Ministry of Transportation', "the ministry's own records", 'Last winter, contractors on Highway 17 missed their plowing targets on 41 days', 'according to'),
    s(MARC, 'Hon. Lise Marchand (Minister of Transportation)', 'New contracts signed in July require every plow to carry a GPS tracker|from the first day, not the third.', '', role='Minister of Transportation'),
    s(MARC, 'Hon. Lise Marchand', 'Yes. Every penalty will be listed by contractor and by highway, beginning this winter.', '', role='Minister of Transportation'),
)

CALL = 'Teresa Calloway'
DSD = 'Department of Social Development'

doc('au11-gov-harwick-ombudsman-heating-assistance-report', 'Office of the Ombudsman of Harwick', '2035-11-03', '''
Ombudsman finds "systemic failure" in handling of winter heating grants

Harwick, 3 November 2035 - Ombudsman Teresa Calloway today released her report Left in the Cold, on the Department of Social Development's handling of applications to the Winter Heating Assistance Program during the 2034-35 winter.

The investigation found that:
- more than 6,200 applicants waited longer than 60 days for a decision, although the Department's own service standard is 15 working days;
- the Department knew of the backlog by early December 2034 but did not assign additional staff until February 2035;
- applicants who telephoned were told that their files were "in progress" when no one had yet opened them.

"People waited through the coldest weeks of the year for help that this program exists to give them quickly. That is a systemic failure, not bad luck," Ms. Calloway said.

The Winter Heating Assistance Program pays a one-time grant of up to $950 to households with low incomes to help with the cost of heating between November and March. Applicants must send proof of income and a recent heating bill.

The investigation began after the Ombudsman's office received 214 complaints about the program, more than five times the number of the previous winter. One complainant, a 74-year-old widow in Lorne, told investigators that she had kept her thermostat at 12 degrees for five weeks while she waited for an answer.

The Ombudsman recommended that the Department:
- decide every application within 15 working days, and pay interim assistance to any applicant who waits longer;
- publish its processing times on its website every month;
- review every application refused during the 2034-35 winter for lack of documents.

The Department has accepted all 11 of the report's recommendations. In a letter to the Ombudsman, Deputy Minister Alan Prewitt wrote that the Department "regrets the hardship caused" and had hired 40 additional staff for the coming winter.

The Department was given the opportunity to comment on a draft of the report before it was published. In September, Ms. Calloway asked the Department to confirm how many applicants had received emergency payments through other programs while they waited; the Department has not yet provided the figure.

Ms. Calloway said she would report publicly in June 2036 on whether the recommendations had been carried out.

"A promise in a letter is a start. Warm homes next January are the test," she said.

Quick facts

- The Winter Heating Assistance Program paid $31.4 million to 48,900 households in 2034-35, according to the Department's annual report.
- The Ombudsman is an independent officer of the Legislative Assembly who investigates complaints about provincial government services.

The full report is available at www.ombudsman-harwick.example.

Media contact: Communications Officer, Office of the Ombudsman, 555-0188
''',
    s(CALL, 'Ombudsman', '"systemic failure" in handling of winter heating grants', 'finds', 'mixed', role='Ombudsman'),
    s(CALL, 'The investigation', "more than 6,200 applicants waited longer than 60 days for a decision, although the Department's own service standard is 15 working days;", 'found', role='Ombudsman'),
    s(CALL, 'The investigation', 'the Department knew of the backlog by early December 2034 but did not assign additional staff until February 2035;', 'found', role='Ombudsman'),
    s(CALL, 'The investigation', 'applicants who telephoned were told that their files were "in progress" when no one had yet opened them.', 'found', 'mixed', role='Ombudsman'),
    s(CALL, 'Ms. Calloway', '"People waited through the coldest weeks of the year|That is a systemic failure, not bad luck,"', 'said', 'direct', role='Ombudsman'),
    s('One complainant, a 74-year-old widow in Lorne', 'One complainant, a 74-year-old widow in Lorne', 'she had kept her thermostat at 12 degrees for five weeks while she waited for an answer', 'told'),
    s(CALL, 'The Ombudsman', 'decide every application within 15 working days, and pay interim assistance to any applicant who waits longer;', 'recommended', role='Ombudsman'),
    s(CALL, 'The Ombudsman', 'publish its processing times on its website every month;', 'recommended', role='Ombudsman'),
    s(CALL, 'The Ombudsman', 'review every application refused during the 2034-35 winter for lack of documents.', 'recommended', role='Ombudsman'),
    s(DSD, 'The Department', "all 11 of the report's recommendations", 'accepted'),
    s('Alan Prewitt', 'Deputy Minister Alan Prewitt', 'the Department "regrets the hardship caused" and had hired 40 additional staff for the coming winter', 'wrote', 'mixed', role='Deputy Minister'),
    s(CALL, 'Ms. Calloway', 'she would report publicly in June 2036 on whether the recommendations had been carried out', 'said', role='Ombudsman'),
    s(CALL, 'she', '"A promise in a letter is a start. Warm homes next January are the test,"', 'said', 'direct', role='Ombudsman'),
    s(DSD, "the Department's annual report", 'The Winter Heating Assistance Program paid $31.4 million to 48,900 households in 2034-35', 'according to'),
)
