"""Set BA's six government texts (see build_ba.py)."""
from invented_common import doc_spans as doc, s

MPC = 'The Monetary Policy Committee'
SOLB = 'Annika Solberg'
HALL = 'Piet Halloran'

doc('ba06-gov-lorvania-central-bank-rate-decision-press-conference', 'Bank of Lorvania', '2036-03-11', '''
Bank of Lorvania

Monetary policy decision and press conference, 11 March 2036

Policy statement

The Monetary Policy Committee (MPC) today lowered the policy rate by 25 basis points to 3.50 per cent. Six members voted for the reduction. One member, Deputy Governor Piet Halloran, voted to hold the rate at 3.75 per cent.

The Committee judges that inflation, which fell to 2.6 per cent in February, is on course to return to the 2 per cent target by the middle of 2037. Wage growth has slowed, and firms expect smaller price rises in the coming months.

The Committee also notes that risks remain. Energy prices could rise again, and the labour market is tighter than the Committee expected in December.

The minutes of the meeting will be published on 25 March. The Bank's quarterly Monetary Policy Report, with new forecasts for growth and inflation, is published today alongside this statement. The Committee's next decision will be announced on 6 May.

Press conference: transcript

Participants: Governor Annika Solberg; Deputy Governor Piet Halloran. Moderator: Tove Lindgaard, Head of Media Relations.

TOVE LINDGAARD: Welcome, everyone. The Governor will make a short statement, and then we will take your questions.

GOVERNOR SOLBERG: Today we cut interest rates for the second time this year. We can do this because inflation has come down a long way: two years ago it was above 9 per cent. But I want to be clear that this is not the start of a rapid series of cuts. We will take each decision as it comes, and we will be guided by the data.

TOVE LINDGAARD: Thank you. First question, please.

QUESTION (Mats Oberg, Lorvania Financial Times): Governor, the Finance Minister said yesterday that lower rates would help the government meet its housing targets. Did the government put pressure on the Bank?

GOVERNOR SOLBERG: No. The Minister and I meet every month, as the law requires, and we did not discuss today's decision. Our decisions are made by the Committee and by nobody else.

QUESTION (Hilde Sandvik, Radio Lorvania): Deputy Governor, you voted against the cut. Why?

DEPUTY GOVERNOR HALLORAN: I think the risk of cutting too early is greater than the risk of cutting too late. Services inflation is still above 4 per cent, and I would like to see two or three more months of data.

But I respect the Committee's decision, and my arguments will be set out in full in the minutes.

QUESTION (Hilde Sandvik, Radio Lorvania): A follow-up for the Governor. Is a cut in May possible?

GOVERNOR SOLBERG: Everything is possible. Nothing is promised.

QUESTION (Rafael Quist, Nordic Markets Wire): The Trade Union Confederation says mortgage holders are still paying far more than they did in 2033. What is your message to them?

GOVERNOR SOLBERG: I understand that many households are still under pressure. Today's decision will bring some relief, and I expect the banks to pass it on to their customers quickly. Our job is to bring inflation back to target so that rates can stay lower for longer.

QUESTION (Ingrid Falk, Lorvania Today): Governor, in January you said the Bank would need "a clear run of good data" before it cut again. Has that happened?

GOVERNOR SOLBERG: We have had three good months in a row. I would call that a clear run, yes, but a short one.

QUESTION (Mats Oberg, Lorvania Financial Times): Deputy Governor, some of your former colleagues at the Bank have told our newspaper that the Committee is too divided to give clear guidance. Is it?

DEPUTY GOVERNOR HALLORAN: No. We disagree about timing, not about the direction. That is what a committee is for.

TOVE LINDGAARD: That is all we have time for. Thank you.
''',
    s(MPC, 'The Committee', 'inflation, which fell to 2.6 per cent in February, is on course to return to the 2 per cent target by the middle of 2037', 'judges'),
    s('firms', 'firms', 'smaller price rises in the coming months', 'expect'),
    s(MPC, 'The Committee', 'risks remain', 'notes', anchor='The Committee also notes'),
    s(SOLB, 'GOVERNOR SOLBERG', 'Today we cut interest rates for the second time this year.|we will be guided by the data.', '', role='Governor'),
    s('the Finance Minister', 'the Finance Minister', 'lower rates would help the government meet its housing targets', 'said'),
    s(SOLB, 'GOVERNOR SOLBERG', "No. The Minister and I meet every month|by nobody else.", '', role='Governor'),
    s(HALL, 'DEPUTY GOVERNOR HALLORAN', 'I think the risk of cutting too early|set out in full in the minutes.', '', role='Deputy Governor'),
    s(SOLB, 'GOVERNOR SOLBERG', 'Everything is possible. Nothing is promised.', '', role='Governor'),
    s('The Trade Union Confederation', 'The Trade Union Confederation', 'mortgage holders are still paying far more than they did in 2033', 'says'),
    s(SOLB, 'GOVERNOR SOLBERG', 'I understand that many households are still under pressure.|stay lower for longer.', '', role='Governor'),
    s(SOLB, 'you', 'the Bank would need "a clear run of good data" before it cut again', 'said', 'mixed', role='Governor', date='January'),
    s(SOLB, 'GOVERNOR SOLBERG', 'We have had three good months in a row. I would call that a clear run, yes, but a short one.', '', role='Governor'),
    s('some of your former colleagues at the Bank', 'some of your former colleagues at the Bank', 'the Committee is too divided to give clear guidance', 'have told'),
    s(HALL, 'DEPUTY GOVERNOR HALLORAN', 'No. We disagree about timing, not about the direction. That is what a committee is for.', '', role='Deputy Governor'),
)

CAST = 'Mira Castellano'
MSD = 'Ministry of Social Development'
DRCW = 'The Disability Rights Coalition of Westerly'

doc('ba07-gov-westerly-ombudsman-disability-benefit-delays', 'Office of the Ombudsman of Westerly Province', '2036-04-22', '''
Office of the Ombudsman of Westerly Province

Investigation report 2036-04: Waiting for help
Delays in the Disability Support Program's decisions on applications

Summary

Between January 2034 and June 2035, my office received 212 complaints about delays in the Disability Support Program, which the Ministry of Social Development runs. About 41,000 people in Westerly receive payments under the program, and applicants must show that a disability will keep them from working for at least a year. Most of the people who complained had waited more than a year for a decision on their application. Some had waited more than two years.

I found that the Ministry did not have enough staff to decide applications within the 90 days its own policy sets, and that it had known this for at least three years before it acted. In 2031 an internal review warned senior managers that the backlog would double without new hiring. The Ministry hired no new reviewers until 2035.

Ministry officials acknowledged that the 2031 review was never shown to the Minister of the day.

One complainant, whom I will call Ms. R, applied for support after a stroke left her unable to work. She told my investigators that she had sold her car and borrowed from her brother to pay rent while she waited 19 months for a decision. When the decision came, she was approved in full.

The Disability Rights Coalition of Westerly, which referred 40 of the complaints to my office, told us that many of its members had stopped applying because they believed the program was "closed in all but name."

The Ministry told my investigators that a new computer system introduced in 2033 had caused much of the delay. I accept that the system caused problems. In my view, however, it does not explain a backlog that had been growing since 2030.

What went wrong

The Ministry measured how many applications its staff closed each month, but not how long each applicant waited. No one in senior management was responsible for the waiting times as a whole.

Several reviewers told my investigators that managers had told them to close the simplest files first so that the monthly figures would look better. The oldest and most complex applications, often from people with more than one condition, went to the bottom of the pile.

Recommendations

I recommend that the Ministry:
1. decide every application older than 90 days by 31 December 2036;
2. pay interest on benefits that were approved after a delay of more than six months;
3. report publicly every three months on how long applicants wait for a decision.

The Ministry's response

The Ministry has accepted all three recommendations. In its response, the Deputy Minister, Raymond Achterberg, wrote that the Ministry "regrets the hardship these delays have caused" and that 40 new reviewers have been hired since January.

I will report on the Ministry's progress in my annual report for 2036.

Mira Castellano
Ombudsman of Westerly Province
''',
    s(CAST, 'I', 'the Ministry did not have enough staff|before it acted', 'found', role='Ombudsman of Westerly Province'),
    s('an internal review', 'an internal review', 'the backlog would double without new hiring', 'warned', date='2031'),
    s('Ministry officials', 'Ministry officials', 'the 2031 review was never shown to the Minister of the day', 'acknowledged'),
    s('Ms. R', 'She', 'she had sold her car and borrowed from her brother to pay rent while she waited 19 months for a decision', 'told'),
    s(DRCW, DRCW, 'many of its members had stopped applying because they believed the program was "closed in all but name."', 'told', 'mixed'),
    s(MSD, 'The Ministry', 'a new computer system introduced in 2033 had caused much of the delay', 'told'),
    s(CAST, 'I', 'the system caused problems', 'accept', role='Ombudsman of Westerly Province'),
    s(CAST, '', 'it does not explain a backlog that had been growing since 2030', 'In my view', role='Ombudsman of Westerly Province'),
    s('Several reviewers', 'Several reviewers', 'managers had told them to close the simplest files first so that the monthly figures would look better', 'told'),
    s('managers', 'managers', 'to close the simplest files first', 'had told', nested=True, via='Several reviewers'),
    s(CAST, 'I', 'decide every application older than 90 days by 31 December 2036;', 'recommend', role='Ombudsman of Westerly Province'),
    s(CAST, 'I', 'pay interest on benefits that were approved after a delay of more than six months;', 'recommend', role='Ombudsman of Westerly Province'),
    s(CAST, 'I', 'report publicly every three months on how long applicants wait for a decision.', 'recommend', role='Ombudsman of Westerly Province'),
    s(MSD, 'The Ministry', 'all three recommendations', 'has accepted'),
    s('Raymond Achterberg', 'the Deputy Minister, Raymond Achterberg', 'the Ministry "regrets the hardship these delays have caused" and that 40 new reviewers have been hired since January', 'wrote', 'mixed', role='Deputy Minister'),
)

NOLA = 'Beatrix Nolan'
FELL = 'Nadia Fell'
KETT = 'Simon Ketteridge'
LOWE = 'Gareth Lowe'
OKON = 'Celia Okonjo'

doc('ba08-gov-eastmoor-coroner-quarry-lake-drowning-findings', 'Office of the Chief Coroner for Eastmoor', '2036-03-20', '''
Office of the Chief Coroner for Eastmoor

Inquest into the death of Joel Amadi-Strand
Verdict, findings and recommendations

Presiding Coroner: Dr. Beatrix Nolan
Heard at Pellham, 2 to 6 March 2036

Circumstances of the death

Joel Amadi-Strand, aged 19, died on 14 August 2035 at Pellham Quarry Lake, a flooded former quarry owned by Strand Aggregates Ltd. He had finished the first year of an electrician's apprenticeship and had travelled to the lake with four friends on a day when the temperature in Pellham reached 33 degrees. He drowned after jumping from a ledge about 11 metres above the water. The jury found that the medical cause of death was drowning and that the manner of death was accident.

Summary of the evidence

Five witnesses gave evidence over four days.

Nadia Fell, who was swimming with Mr. Amadi-Strand that afternoon, testified that he surfaced after the jump, waved to the group and went under about a minute later. She said the water "went from warm to freezing" a few metres down and that none of them knew how deep it was.

Dr. Simon Ketteridge, the forensic pathologist who performed the autopsy, gave evidence that cold shock was likely a factor in the death. He told the inquest that the water three metres below the surface would have been about 9 degrees.

Lieutenant Ana Rocha, a diver with the Pellham Fire Service, said rescuers reached the lake 14 minutes after the first call but that the water was too dark to see more than a metre.

Gareth Lowe, operations manager of Strand Aggregates, testified that the company had put up a fence and six signs in 2030 but that the fence was cut "every summer, sometimes within days." He agreed that no one from the company had inspected the fence in the month before the death. Mr. Lowe said the company had twice asked the Pellham Police Service in 2034 to patrol the lake on summer weekends.

Counsel for the family, Celia Okonjo, submitted that the signs were too few and too small to be seen from the water, and that the company had known for years that young people swam there.

Counsel for Strand Aggregates, Martin Haig, submitted that the company could not be expected to guard a 40-hectare site around the clock.

Coroner's findings

I find that Mr. Amadi-Strand did not know the depth or the temperature of the water, and that nothing at the lake told him. I also find that the fence had been breached for at least three weeks before his death.

The family asked the jury to consider whether the Province should set rules for flooded quarries. I allowed the question to go to the jury.

Recommendations

The jury recommends:
1. That Strand Aggregates Ltd. inspect the fence at Pellham Quarry Lake every week from May to September.
2. That Strand Aggregates Ltd. post signs showing the depth and temperature of the water at every point of access.
3. That the Province of Eastmoor require the owners of flooded quarries to fence them and post signs to a common standard.

These recommendations are not binding. The parties named in them are asked to respond to the Office of the Chief Coroner within six months.

Dated at Pellham, 20 March 2036
''',
    s('The jury', 'The jury', 'the medical cause of death was drowning and that the manner of death was accident', 'found'),
    s(FELL, 'Nadia Fell', 'he surfaced after the jump, waved to the group and went under about a minute later', 'testified'),
    s(FELL, 'She', 'the water "went from warm to freezing" a few metres down and that none of them knew how deep it was', 'said', 'mixed'),
    s(KETT, 'Dr. Simon Ketteridge', 'cold shock was likely a factor in the death', 'gave evidence', role='the forensic pathologist who performed the autopsy'),
    s(KETT, 'He', 'the water three metres below the surface would have been about 9 degrees', 'told', role='the forensic pathologist who performed the autopsy'),
    s('Ana Rocha', 'Lieutenant Ana Rocha', 'rescuers reached the lake 14 minutes after the first call|more than a metre', 'said', role='a diver with the Pellham Fire Service'),
    s(LOWE, 'Gareth Lowe', 'the company had put up a fence and six signs in 2030 but that the fence was cut "every summer, sometimes within days."', 'testified', 'mixed', role='operations manager of Strand Aggregates'),
    s(LOWE, 'He', 'no one from the company had inspected the fence in the month before the death', 'agreed', role='operations manager of Strand Aggregates'),
    s(LOWE, 'Mr. Lowe', 'the company had twice asked the Pellham Police Service in 2034 to patrol the lake on summer weekends', 'said', role='operations manager of Strand Aggregates'),
    s(OKON, 'Counsel for the family, Celia Okonjo', 'the signs were too few and too small to be seen from the water|young people swam there', 'submitted', role='Counsel for the family'),
    s('Martin Haig', 'Counsel for Strand Aggregates, Martin Haig', 'the company could not be expected to guard a 40-hectare site around the clock', 'submitted', role='Counsel for Strand Aggregates'),
    s(NOLA, 'I', 'Mr. Amadi-Strand did not know the depth or the temperature of the water, and that nothing at the lake told him', 'find', role='Presiding Coroner'),
    s(NOLA, 'I', 'the fence had been breached for at least three weeks before his death', 'find', role='Presiding Coroner'),
    s('The family', 'The family', 'the jury to consider whether the Province should set rules for flooded quarries', 'asked'),
    s('The jury', 'The jury', 'That Strand Aggregates Ltd. inspect the fence at Pellham Quarry Lake every week from May to September.', 'recommends'),
    s('The jury', 'The jury', 'That Strand Aggregates Ltd. post signs showing the depth and temperature of the water at every point of access.', 'recommends'),
    s('The jury', 'The jury', 'That the Province of Eastmoor require the owners of flooded quarries to fence them and post signs to a common standard.', 'recommends'),
)

VOIG = 'Hana Voigt'
REDD = 'Colm Reddy'
FYFE = 'Lachlan Fyfe'

doc('ba09-gov-arden-senate-estimates-digital-services', 'Senate of Arden', '2036-05-27', '''
SENATE OF ARDEN
Finance and Public Administration Legislation Committee
Budget Estimates
Tuesday, 27 May 2036

Members in attendance: Senators Calder (Chair), Oyelowo, Penhallow, Tran-Whitby

DEPARTMENT OF DIGITAL SERVICES

In attendance
Senator the Hon. Lachlan Fyfe, Minister for Finance
Ms Hana Voigt, Secretary
Mr Colm Reddy, Chief Information Officer

[09:31]

CHAIR (Senator Calder): I welcome the Minister and officers of the Department of Digital Services. Minister, do you wish to make an opening statement?

Senator FYFE: No, thank you, Chair. The Secretary has a short one.

CHAIR: Ms Voigt.

Ms Voigt: Thank you, Chair. Since we last appeared, the department has moved 14 more services onto the new identity platform, and 71 per cent of people now sign in online rather than by phone. We have also finished the review of the January outage, and I tabled its findings this morning.

Senator PENHALLOW: Ms Voigt, the review found that the outage lasted 31 hours and that 2.3 million people could not sign in. How much did it cost?

Ms Voigt: The direct cost was $4.1 million, most of it paid to the contractor for overtime. We are seeking to recover part of that under the contract.

Senator PENHALLOW: Which contractor?

Ms Voigt: Tessaract Systems, which has held the platform contract since 2032.

Senator PENHALLOW: Did Tessaract warn the department before January that the system was at risk?

Mr Reddy: Tessaract told us in November that one of the database servers was close to capacity. We had scheduled an upgrade for February. In hindsight, that was too late, and I take responsibility for that.

Senator OYELOWO: Mr Reddy, the Community Legal Centres Network says people waiting on pension payments were told to go to a service centre, and that some of those centres were shut. Is that correct?

Mr Reddy: Some centres were closed on the Sunday, yes. We opened eight of them on the Monday with longer hours, and no pension payment was more than two days late.

Senator OYELOWO: The Network's submission says some payments were a week late.

Mr Reddy: I have not seen those cases. If the Network sends them to us, we will look at every one.

Senator PENHALLOW: Ms Voigt, on notice, could you give the committee the number of complaints the department received during the outage?

Ms Voigt: We will take that on notice.

Senator OYELOWO: Minister, will anyone be held accountable?

Senator FYFE: The Secretary has my full confidence. The review makes 11 recommendations, and the government has accepted all of them. I would rather fix the system than find a scapegoat.

Senator TRAN-WHITBY: Minister, your colleague the Minister for Government Services told the Senate in February that the platform was "the most reliable in the region." Do you stand by that?

Senator FYFE: It was reliable for 364 days last year. It was not reliable on the 365th, and we have said so.

CHAIR: Thank you. We will suspend for a short break and resume with the Bureau of Statistics at 11 o'clock.

Proceedings suspended from 10:46 to 11:02
''',
    s(VOIG, 'Ms Voigt', 'Since we last appeared, the department has moved 14 more services|I tabled its findings this morning.', '', role='Secretary'),
    s('the review of the January outage', 'the review', 'the outage lasted 31 hours and that 2.3 million people could not sign in', 'found'),
    s(VOIG, 'Ms Voigt', 'The direct cost was $4.1 million|under the contract.', '', role='Secretary'),
    s(VOIG, 'Ms Voigt', 'Tessaract Systems, which has held the platform contract since 2032.', '', role='Secretary'),
    s(REDD, 'Mr Reddy', 'Tessaract told us in November that one of the database servers was close to capacity.|I take responsibility for that.', '', role='Chief Information Officer'),
    s('Tessaract Systems', 'Tessaract', 'one of the database servers was close to capacity', 'told', nested=True, via=REDD),
    s('the Community Legal Centres Network', 'the Community Legal Centres Network', 'people waiting on pension payments were told to go to a service centre, and that some of those centres were shut', 'says'),
    s(REDD, 'Mr Reddy', 'Some centres were closed on the Sunday, yes.|more than two days late.', '', role='Chief Information Officer'),
    s('the Community Legal Centres Network', "The Network's submission", 'some payments were a week late', 'says'),
    s(REDD, 'Mr Reddy', 'I have not seen those cases. If the Network sends them to us, we will look at every one.', '', role='Chief Information Officer'),
    s(FYFE, 'Senator FYFE', 'The Secretary has my full confidence.|than find a scapegoat.', '', role='Minister for Finance'),
    s('the Minister for Government Services', 'your colleague the Minister for Government Services', 'the platform was "the most reliable in the region."', 'told', 'mixed'),
    s(FYFE, 'Senator FYFE', 'It was reliable for 364 days last year. It was not reliable on the 365th, and we have said so.', '', role='Minister for Finance'),
)

KRCO = 'Kettle Ridge County Office of Emergency Management'
SFD = 'State Forestry Department'
VANT = 'Dolores Vantongeren'
DUFR = 'Ray Dufresne'

doc('ba10-gov-kettle-ridge-county-wildfire-evacuation-order', 'Kettle Ridge County Office of Emergency Management', '2036-08-09', '''
Kettle Ridge County Office of Emergency Management

CINDER CREEK FIRE - EVACUATION ORDER
Update 4: 6:30 p.m., Saturday, August 9, 2036

EVACUATION ORDER (leave now): Pine Hollow, Juniper Flats, and all addresses on Cinder Creek Road north of mile marker 6.
EVACUATION WARNING (be ready to leave): Sawmill Estates, Table Rock, and the town of Harlan east of Second Street.

The Cinder Creek Fire has grown to about 8,400 acres and is 5 percent contained, according to the State Forestry Department. The department said 640 firefighters, 12 helicopters and four air tankers are assigned to the fire, and crews from three neighboring states are on the way.

Sheriff Dolores Vantongeren said deputies had gone door to door in Pine Hollow and Juniper Flats on Saturday afternoon and that about 1,900 residents had left. Deputies will patrol the evacuated areas around the clock.

Fire behavior analyst Jonah Whitcombe warned that winds of up to 40 mph are forecast for Sunday afternoon and that the fire could reach Highway 14 by evening. A red flag warning remains in effect until 8 p.m. Monday. Highway 14 remains open, but drivers should expect delays and heavy smoke between Harlan and the county line.

County Commission Chair Ray Dufresne said: "Please don't wait for a knock on the door. If you feel unsafe, go now. Houses can be rebuilt. People can't."

Dufresne said the county had asked the governor to declare a state of emergency, which would free state money for the firefight and for shelters.

State Sen. Orrin Blackwood, who represents the area, said he had spoken with the governor's office and expected a decision on the declaration on Sunday.

"This fire is making its own weather," Whitcombe said. "When that happens, the maps we drew this morning are already out of date."

Fire officials said the cause of the fire is under investigation.

WHERE TO GO

An evacuation center is open at Harlan High School, 400 School Street. Superintendent Marisol Ybarra said classes at the high school would be canceled through Friday so the building can stay open as a shelter.

The Kettle Ridge Humane Society said it can take up to 60 dogs and cats at its shelter on Route 5 and that large animals can go to the county fairgrounds.

Highland Power said it had shut off electricity to about 3,200 customers in the fire area as a precaution and would restore it once crews could inspect the lines.

WHAT TO TAKE

- Medicines and glasses
- Phone chargers
- Important papers, including insurance policies
- Water and food for pets

QUESTIONS AND ANSWERS

Q: Can I go back for my pets?
A: No. Deputies will not let anyone back into an area under an evacuation order. Call the Humane Society and staff will try to reach your animals.

Q: Will my home be safe from looters?
A: Deputies are patrolling every evacuated street.

For updates, call the county information line at 555-0147 or visit the county's website. The next update will be issued at 8 a.m. Sunday.
''',
    s(SFD, 'the State Forestry Department', 'The Cinder Creek Fire has grown to about 8,400 acres and is 5 percent contained', 'according to'),
    s(SFD, 'The department', '640 firefighters, 12 helicopters and four air tankers are assigned to the fire|on the way', 'said'),
    s(VANT, 'Sheriff Dolores Vantongeren', 'deputies had gone door to door|about 1,900 residents had left', 'said', role='Sheriff'),
    s('Jonah Whitcombe', 'Fire behavior analyst Jonah Whitcombe', 'winds of up to 40 mph are forecast for Sunday afternoon and that the fire could reach Highway 14 by evening', 'warned', role='Fire behavior analyst'),
    s(DUFR, 'County Commission Chair Ray Dufresne', '"Please don\'t wait for a knock on the door.|People can\'t."', 'said', 'direct', role='County Commission Chair'),
    s(DUFR, 'Dufresne', 'the county had asked the governor to declare a state of emergency|for shelters', 'said', role='County Commission Chair'),
    s('Orrin Blackwood', 'State Sen. Orrin Blackwood', "he had spoken with the governor's office and expected a decision on the declaration on Sunday", 'said', role='State Sen.'),
    s('Jonah Whitcombe', 'Whitcombe', '"This fire is making its own weather,"', 'said', 'direct', role='Fire behavior analyst'),
    s('Jonah Whitcombe', '', '"When that happens, the maps we drew this morning are already out of date."', '', 'direct', role='Fire behavior analyst'),
    s('Fire officials', 'Fire officials', 'the cause of the fire is under investigation', 'said'),
    s('Marisol Ybarra', 'Superintendent Marisol Ybarra', 'classes at the high school would be canceled through Friday|as a shelter', 'said', role='Superintendent'),
    s('The Kettle Ridge Humane Society', 'The Kettle Ridge Humane Society', 'it can take up to 60 dogs and cats|the county fairgrounds', 'said'),
    s('Highland Power', 'Highland Power', 'it had shut off electricity to about 3,200 customers|inspect the lines', 'said'),
)

ASKE = 'Gwendolyn Aske'
BRAN = 'Elias Brandt'
URW = 'The Union of Rail Workers'

doc('ba11-gov-norvell-labour-ministry-rail-strike-arbitration', 'Ministry of Labour of Norvell', '2036-09-18', '''
Government of Norvell
Ministry of Labour

News release

Minister refers rail dispute to binding arbitration, ending national strike

For immediate release - 18 September 2036

OSTERBY - Labour Minister Gwendolyn Aske today used her powers under the Labour Code to refer the dispute between Norvell National Railways (NNR) and the Union of Rail Workers to binding arbitration, ending a strike that has halted passenger and freight trains across the country since 9 September.

"Ten days is long enough," said Minister Aske. "Farmers cannot move their grain, factories are running out of parts and 300,000 commuters a day are stuck in traffic. Both sides have had every chance to reach a deal."

The Minister said federal mediators had met the parties 23 times since June and that the gap between them on wages and rest periods had not narrowed in the past week. She noted that the Code allows her to act when a stoppage threatens the health, safety or economic security of the public.

The strike began after 14 months of bargaining. NNR carries about 28 million passengers a year and most of the country's bulk freight, including grain, potash and timber bound for the ports.

The order ends the strike at 12:01 a.m. on 19 September and bars NNR from locking out its employees. An arbitrator named by the Labour Relations Board will settle the remaining issues within 60 days.

Minister Aske thanked the mediators for their work and urged both parties to keep talking during the arbitration, "because a deal they write themselves will always be better than one written for them."

Transport Minister Elias Brandt said NNR expected freight service to return to normal within five days and passenger service within two.

"Every day of this strike has cost our economy about 180 million kroner," Minister Brandt said. "We cannot afford another week of it."

Talks broke down on 12 September. In a joint statement that day, NNR and the Union of Rail Workers said they had reached "an impasse" on rest periods for freight crews.

The Union of Rail Workers had said it would accept arbitration only on wages, not on rest periods. NNR has said it will comply with the order.

Quick facts

- About 9,400 NNR employees are represented by the Union of Rail Workers.
- Rail carries about 70 per cent of Norvell's grain exports, according to Statistics Norvell.
- The last national rail strike, in 2029, lasted 19 days.
- The Minister last used these powers in 2031, in a dispute at the port of Osterby.

Associated links
- Labour Code, Part III: Binding arbitration

Contacts
Press Office, Ministry of Labour: 555-0190
''',
    s(ASKE, 'Minister Aske', '"Ten days is long enough,"', 'said', 'direct', role='Labour Minister'),
    s(ASKE, '', '"Farmers cannot move their grain|every chance to reach a deal."', '', 'direct', role='Labour Minister'),
    s(ASKE, 'The Minister', 'federal mediators had met the parties 23 times since June|in the past week', 'said', role='Labour Minister'),
    s(ASKE, 'She', 'the Code allows her to act when a stoppage threatens the health, safety or economic security of the public', 'noted', role='Labour Minister'),
    s(ASKE, 'Minister Aske', 'both parties to keep talking during the arbitration, "because a deal they write themselves will always be better than one written for them."', 'urged', 'mixed', role='Labour Minister'),
    s(BRAN, 'Transport Minister Elias Brandt', 'NNR expected freight service to return to normal within five days and passenger service within two', 'said', role='Transport Minister'),
    s(BRAN, 'Minister Brandt', '"Every day of this strike has cost our economy about 180 million kroner,"', 'said', 'direct', role='Transport Minister'),
    s(BRAN, '', '"We cannot afford another week of it."', '', 'direct', role='Transport Minister'),
    s('Norvell National Railways and the Union of Rail Workers', 'NNR and the Union of Rail Workers', 'they had reached "an impasse" on rest periods for freight crews', 'said', 'mixed'),
    s(URW, URW, 'it would accept arbitration only on wages, not on rest periods', 'had said'),
    s('Norvell National Railways', 'NNR', 'it will comply with the order', 'has said'),
    s('Statistics Norvell', 'Statistics Norvell', "Rail carries about 70 per cent of Norvell's grain exports", 'according to'),
)
