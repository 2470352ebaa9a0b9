"""Set BN's six government texts (see build_bn.py)."""
from invented_common import doc_spans as doc, s

RAN = 'Rowena Achterberg-Nwosu'
CFB = 'Callum Ferreira-Boakye'
CC = 'Chief Constable'
DI = 'Detective Inspector'

doc('bn06-gov-caldmoor-police-arrest-media-availability', 'Caldmoor Police Service', '2042-06-03', '''
Caldmoor Police Service

Transcript: Media availability on the arrest in the Brennock Street fire investigation
Speakers: Chief Constable Rowena Achterberg-Nwosu; Detective Inspector Callum Ferreira-Boakye, Major Crime Unit
Caldmoor Police Headquarters, 3 June 2042, 10:30 a.m.

Chief Constable Achterberg-Nwosu: Good morning. At 5:40 this morning officers of our Major Crime Unit arrested a 37-year-old man at an address in Westfold in connection with the fire at 14 Brennock Street on May 19, in which two people died. He has been charged with two counts of murder and one count of arson and will appear in Caldmoor Provincial Court this afternoon. Under our policy, we will not name him until he appears.

I want to speak first to the families of Amira and Josef Haldane-Okoro. They have been told of the arrest. They have asked for privacy, and I ask you to respect that.

This arrest is the result of 15 days of work by more than 60 officers, and of help from the public. We received 212 tips. Some of them mattered a great deal.

I'll ask Detective Inspector Ferreira-Boakye to say a word about the investigation, and then we'll take your questions.

Detective Inspector Ferreira-Boakye: Thank you, Chief. The fire was set deliberately. An accelerant was poured at the front door and on the back stairs, and the fire service's investigators found that the smoke alarms on both floors had been disconnected. We believe the man we have charged knew the victims. We are not looking for anyone else at this time.

Reporter: Can you tell us how he knew them? Was he a tenant?

Detective Inspector Ferreira-Boakye: He was not a tenant. Beyond that I can't go into the relationship; it's before the court now.

Reporter: Chief, the Brennock Street Tenants' Association says residents reported the disconnected alarms to the landlord in April. Is the landlord under investigation?

Chief Constable Achterberg-Nwosu: We are aware of what the association has said. The fire marshal's office is looking at the building's compliance, and that is a separate matter from the criminal case.

Why did it take 15 days?

Chief Constable Achterberg-Nwosu: Because we wanted the right person, not a quick one. We had a suspect by the fourth day. We did not have the evidence to charge him until Saturday, when the provincial forensic laboratory confirmed that the accelerant on his clothing matched the one found at the scene.

Reporter (Caldmoor Courier): Does he have a criminal record?

Detective Inspector Ferreira-Boakye: He has a record, but nothing involving fire or violence.

Reporter: The fire marshal told our station yesterday that the alarms were "cut, not unplugged." Is that what you found?

Detective Inspector Ferreira-Boakye: I'll leave the marshal's findings to the marshal. What I can say is that the alarms were disabled by hand, and that our charge sheet reflects that.

Reporter: Is there any risk to the public?

Detective Inspector Ferreira-Boakye: No. I want to be very clear about that. This was targeted.

Reporter: Mayor Idris Koval-Mensah said last week that the investigation was "moving too slowly." Do you have a response?

Chief Constable Achterberg-Nwosu: I'm not going to get into that.

Your own association said on Friday that the unit is short eleven detectives. Did that slow the case?

Chief Constable Achterberg-Nwosu: The association is right that we are short, and we are hiring. None of that slowed this case. Every officer I asked for, I got.

Reporter: Last one. Will the charges be upgraded?

Chief Constable Achterberg-Nwosu: That is a decision for the Crown, not for us. Thank you all.

Media Relations: 555-0190
''',
    s(RAN, 'Chief Constable Achterberg-Nwosu', 'Good morning. At 5:40 this morning|Some of them mattered a great deal.', '', role=CC),
    s('the families of Amira and Josef Haldane-Okoro', 'They', 'privacy', 'have asked for', nested=True, via=RAN),
    s(CFB, 'Detective Inspector Ferreira-Boakye', 'The fire was set deliberately.|We are not looking for anyone else at this time.', '', role=DI),
    s("the fire service's investigators", "the fire service's investigators", 'the smoke alarms on both floors had been disconnected', 'found', nested=True, via=CFB),
    s(CFB, 'Detective Inspector Ferreira-Boakye', "He was not a tenant. Beyond that I can't go into the relationship; it's before the court now.", '', role=DI),
    s("the Brennock Street Tenants' Association", "the Brennock Street Tenants' Association", 'residents reported the disconnected alarms to the landlord in April', 'says'),
    s(RAN, 'Chief Constable Achterberg-Nwosu', "We are aware of what the association has said. The fire marshal's office is looking at the building's compliance, and that is a separate matter from the criminal case.", '', role=CC),
    s(RAN, 'Chief Constable Achterberg-Nwosu', 'Because we wanted the right person, not a quick one.|matched the one found at the scene.', '', role=CC),
    s('the provincial forensic laboratory', 'the provincial forensic laboratory', 'the accelerant on his clothing matched the one found at the scene', 'confirmed', nested=True, via=RAN),
    s(CFB, 'Detective Inspector Ferreira-Boakye', 'He has a record, but nothing involving fire or violence.', '', role=DI),
    s('The fire marshal', 'The fire marshal', 'the alarms were "cut, not unplugged."', 'told', 'mixed'),
    s(CFB, 'Detective Inspector Ferreira-Boakye', "I'll leave the marshal's findings to the marshal. What I can say is that the alarms were disabled by hand, and that our charge sheet reflects that.", '', role=DI),
    s(CFB, 'Detective Inspector Ferreira-Boakye', 'No. I want to be very clear about that. This was targeted.', '', role=DI),
    s('Idris Koval-Mensah', 'Mayor Idris Koval-Mensah', 'the investigation was "moving too slowly."', 'said', 'mixed', role='Mayor'),
    s('Your own association', 'Your own association', 'the unit is short eleven detectives', 'said'),
    s(RAN, 'Chief Constable Achterberg-Nwosu', 'The association is right that we are short, and we are hiring. None of that slowed this case. Every officer I asked for, I got.', '', role=CC),
)

OST = 'the Republic of Ostrava and the Kingdom of Telmark'
DIM = 'Dragan Ilić-Morrow'
SOA = 'Saskia Oudeman-Appiah'

doc('bn07-gov-ostrava-telmark-joint-statement-vesna-crossing', 'Ministry of Foreign Affairs of the Kingdom of Telmark', '2042-04-22', '''
Ministry of Foreign Affairs of the Kingdom of Telmark

Joint Statement of the Government of the Republic of Ostrava and the Government of the Kingdom of Telmark on the Vesna Border Crossing

Telmark City, 22 April 2042

The Minister of Foreign Affairs of the Republic of Ostrava, Dragan Ilić-Morrow, and the Minister for Foreign Affairs of the Kingdom of Telmark, Saskia Oudeman-Appiah, met in Telmark City on 22 April 2042 to review the implementation of the Vesna Protocol of 2040.

1. The two Governments welcomed the reopening of the Vesna border crossing to passenger traffic on 1 April 2042 and noted that more than 40,000 people had crossed in its first three weeks.

2. The two Governments agreed that the crossing will open to freight traffic on 1 July 2042, once the new customs terminal is complete.

3. The Ostravan side informed the Telmark side that the upgrade of the Vesna-Korlin road would be completed by the end of September 2042.

4. The Telmark side expressed concern about waiting times for lorries at the Ostravan checkpoint at Dolny Brod and called for a joint working group of the two customs services to reduce them.

5. The Telmark side recalled that its Parliament had approved the Vesna Protocol in March 2041 by a large majority.

6. The Ostravan side stated that compensation for the 112 households whose land was taken for the new terminal would be paid in full by 1 June 2042.

7. The two Governments condemned the attack on a border post near Selvin on 9 April 2042 and reaffirmed their commitment to close cooperation between their border services.

8. The Ministers instructed their customs services to report to them by 1 September 2042 on the waiting times at Dolny Brod and Vesna.

Remarks by Minister Dragan Ilić-Morrow at the joint press availability

Thank you, Saskia. For twenty years the Vesna crossing was a gate that opened for funerals and closed for everything else. Today it is a road. I drove it this morning, and I can tell you that the border guards on both sides have done something that the diplomats took a decade to do.

As our guards told me at the barrier this morning, a crossing is only as fast as its slowest stamp. We heard our Telmark friends on Dolny Brod, and we will fix it.

Thank you.

Remarks by Minister Saskia Oudeman-Appiah at the joint press availability

Thank you, Dragan, and welcome to Telmark City. The people of the border villages have waited long enough to visit their cousins without a visa and a week's notice. (Applause) I want to say one more thing, about Selvin. Whoever attacked that post wanted this crossing to close again. It will not close. That is the answer of both our governments.

I thank you.
''',
    s(OST, 'The two Governments', 'the reopening of the Vesna border crossing to passenger traffic on 1 April 2042', 'welcomed'),
    s(OST, 'The two Governments', 'more than 40,000 people had crossed in its first three weeks', 'noted'),
    s(OST, 'The two Governments', 'the crossing will open to freight traffic on 1 July 2042, once the new customs terminal is complete', 'agreed'),
    s(DIM, 'The Ostravan side', 'the upgrade of the Vesna-Korlin road would be completed by the end of September 2042', 'informed', role='Minister of Foreign Affairs of the Republic of Ostrava'),
    s(SOA, 'The Telmark side', 'waiting times for lorries at the Ostravan checkpoint at Dolny Brod', 'expressed concern about', role='Minister for Foreign Affairs of the Kingdom of Telmark'),
    s(SOA, 'The Telmark side', 'a joint working group of the two customs services to reduce them', 'called for', role='Minister for Foreign Affairs of the Kingdom of Telmark'),
    s(SOA, 'The Telmark side', 'its Parliament had approved the Vesna Protocol in March 2041 by a large majority', 'recalled', role='Minister for Foreign Affairs of the Kingdom of Telmark'),
    s(DIM, 'The Ostravan side', 'compensation for the 112 households whose land was taken for the new terminal would be paid in full by 1 June 2042', 'stated', role='Minister of Foreign Affairs of the Republic of Ostrava'),
    s(OST, 'The two Governments', 'the attack on a border post near Selvin on 9 April 2042', 'condemned'),
    s(OST, 'The two Governments', 'their commitment to close cooperation between their border services', 'reaffirmed'),
    s('Dragan Ilić-Morrow and Saskia Oudeman-Appiah', 'The Ministers', 'their customs services to report to them by 1 September 2042 on the waiting times at Dolny Brod and Vesna', 'instructed'),
    s(DIM, 'Minister Dragan Ilić-Morrow', 'For twenty years the Vesna crossing|and we will fix it.', '', role='Minister of Foreign Affairs of the Republic of Ostrava'),
    s('our guards', 'our guards', 'a crossing is only as fast as its slowest stamp', 'told', nested=True, via=DIM),
    s(SOA, 'Minister Saskia Oudeman-Appiah', "The people of the border villages have waited long enough to visit their cousins without a visa and a week's notice.", '', role='Minister for Foreign Affairs of the Kingdom of Telmark'),
    s(SOA, '', 'I want to say one more thing, about Selvin.|That is the answer of both our governments.', '', role='Minister for Foreign Affairs of the Kingdom of Telmark'),
)

AKV = 'Adaeze Korhonen-Vale'
BNS = 'Bartholomew Ncube-Sandberg'
TOM = 'Tuulikki Osei-Marchetti'
MOF = 'Minister of Finance'

doc('bn08-gov-mirovia-budget-day-summary-of-proceedings', 'National Assembly of Mirovia', '2042-02-26', '''
National Assembly of Mirovia
Public Information Office

Budget Day, 26 February 2042: Summary of Proceedings

The Minister of Finance, Hon. Adaeze Korhonen-Vale, presented the Budget for the 2042-43 financial year to the House at 2 p.m. The Budget provides for expenditure of 184.6 billion dalers, an increase of 4.2 per cent on the previous year.

In her speech, the Minister said that the economy had grown by 2.7 per cent in 2041 and that the Treasury expected growth of 3.0 per cent in 2042, above the International Monetary Fund's projection of 2.6 per cent.

Excerpts from the Minister's speech:

On fuel subsidies: "For eleven years we have spent more on cheap petrol than on our hospitals. This Budget ends that. The subsidy will fall by half on 1 July and end on 1 January 2044, and every household earning less than 30,000 dalers will receive a transfer that more than covers the difference."

On public sector pay: "I have met the unions three times since November. They told me, with some force, that a 3 per cent increase is an insult. I have listened. The increase will be 4.5 per cent, and it will be the last increase above inflation for three years."

On debt: "The Governor of the Reserve Bank has told me that the markets will judge us by what we do, not by what we say. I agree with him. Debt will fall from 71 to 66 per cent of output by 2045."

The Minister tabled the Finance Bill 2042, which was read a first time.

Responding for the Official Opposition, the Shadow Minister of Finance, Hon. Bartholomew Ncube-Sandberg, said the Budget "balances the books on the backs of drivers" and accused the Government of breaking its 2040 election promise to keep fuel prices frozen.

He told the House: "The Minister says the transfer covers the difference. It covers the difference for a family that owns no car and drives to no job. Everyone else pays."

He said the Opposition would vote against the Bill at second reading but would support the pay increase.

The Leader of the Mirovian Green Party, Hon. Tuulikki Osei-Marchetti, welcomed the end of the fuel subsidy but said the transfer should be paid monthly, not quarterly.

The Member for Kessel North, Hon. Ramon Achebe-Lund, asked the Minister whether the transfer would reach households without bank accounts. The Minister replied that it would be paid through the postal network to any household that applies.

Speaking to reporters outside the Chamber, Hon. Achebe-Lund called the answer "a good start" but said postal offices in his constituency open only two days a week.

The Speaker announced that the debate on the Budget would begin on 3 March.

Outside the House, the Mirovian Chamber of Commerce, in a statement issued after the speech, described the Budget as "brave but late." The Federation of Mirovian Trade Unions said on its website that 4.5 per cent was "a start, not a settlement."
''',
    s(AKV, 'the Minister', "the economy had grown by 2.7 per cent in 2041 and that the Treasury expected growth of 3.0 per cent in 2042, above the International Monetary Fund's projection of 2.6 per cent", 'said', role=MOF),
    s(AKV, '', '"For eleven years we have spent more on cheap petrol|more than covers the difference."', '', 'direct', role=MOF),
    s(AKV, '', '"I have met the unions three times since November.|the last increase above inflation for three years."', '', 'direct', role=MOF),
    s('the unions', 'They', 'a 3 per cent increase is an insult', 'told', nested=True, via=AKV),
    s(AKV, '', '"The Governor of the Reserve Bank has told me|66 per cent of output by 2045."', '', 'direct', role=MOF),
    s('The Governor of the Reserve Bank', 'The Governor of the Reserve Bank', 'the markets will judge us by what we do, not by what we say', 'has told', nested=True, via=AKV),
    s(BNS, 'the Shadow Minister of Finance, Hon. Bartholomew Ncube-Sandberg', 'the Budget "balances the books on the backs of drivers"', 'said', 'mixed', role='Shadow Minister of Finance'),
    s(BNS, 'the Shadow Minister of Finance, Hon. Bartholomew Ncube-Sandberg', 'the Government of breaking its 2040 election promise to keep fuel prices frozen', 'accused', role='Shadow Minister of Finance'),
    s(BNS, 'He', '"The Minister says the transfer covers the difference. It covers the difference for a family that owns no car and drives to no job. Everyone else pays."', 'told', 'direct', role='Shadow Minister of Finance'),
    s(AKV, 'The Minister', 'the transfer covers the difference', 'says', role=MOF, nested=True, via=BNS),
    s(BNS, 'He', 'the Opposition would vote against the Bill at second reading but would support the pay increase', 'said', role='Shadow Minister of Finance'),
    s(TOM, 'The Leader of the Mirovian Green Party, Hon. Tuulikki Osei-Marchetti', 'the end of the fuel subsidy', 'welcomed', role='Leader of the Mirovian Green Party'),
    s(TOM, 'The Leader of the Mirovian Green Party, Hon. Tuulikki Osei-Marchetti', 'the transfer should be paid monthly, not quarterly', 'said', role='Leader of the Mirovian Green Party'),
    s(AKV, 'The Minister', 'it would be paid through the postal network to any household that applies', 'replied', role=MOF),
    s('Ramon Achebe-Lund', 'Hon. Achebe-Lund', 'the answer "a good start"', 'called', 'mixed', role='The Member for Kessel North'),
    s('Ramon Achebe-Lund', 'Hon. Achebe-Lund', 'postal offices in his constituency open only two days a week', 'said', role='The Member for Kessel North'),
    s('the Mirovian Chamber of Commerce', 'the Mirovian Chamber of Commerce', 'the Budget as "brave but late."', 'described', 'mixed'),
    s('The Federation of Mirovian Trade Unions', 'The Federation of Mirovian Trade Unions', '4.5 per cent was "a start, not a settlement."', 'said', 'mixed'),
)

NFM = 'Nadia Ferro-Mensah'
FOB = 'Felicity Onwuachi-Berg'
SKR = 'Simon Kallas-Reid'
GAO = 'Gail Abernathy-Osei'

doc('bn09-gov-maplethorpe-school-board-regular-meeting-minutes', 'Maplethorpe District School Board', '2042-10-14', '''
Maplethorpe District School Board

Minutes of the Regular Meeting of the Board
Tuesday, October 14, 2042, 7:00 p.m.
Board Room, Education Centre, 40 Wexley Road

Trustees present: Gail Abernathy-Osei (Chair), Devika Ramanathan-Holt (Vice-Chair), Corwin Blythe, Yusuf Adeyemi-Strand, Lorna McPhail-Ito, Henrik Obuya
Regrets: Marguerite Lavoie-Danso
Student Trustee: Amaru Quispe-Lindahl
Staff: Dr. Felicity Onwuachi-Berg, Director of Education; Simon Kallas-Reid, Superintendent of Business; Nadia Ferro-Mensah, Superintendent of Facilities; Owen Tarrant, Recording Secretary

1. Call to Order
The Chair called the meeting to order at 7:02 p.m. and read the land acknowledgement.

2. Approval of the Agenda
Moved by Trustee Blythe, seconded by Trustee Obuya, that the agenda be approved as circulated. CARRIED.

3. Delegations
3.1 Harwick Parents for Safe Routes (Rosalind Mbeki-Carlsson, spokesperson)
Ms. Mbeki-Carlsson told the Board that 146 students at Harwick Public School now walk along Concession Road 9, which has no sidewalk, since the Board cut the school's second bus route in September. She asked the Board to restore the route until the Township builds a sidewalk, and presented a petition signed by 388 parents.

Trustee Adeyemi-Strand asked whether the cut had been reviewed for safety. The Superintendent of Facilities responded that the Student Transportation Consortium had assessed the route as walkable under its policy, which considers distance but not sidewalks.

3.2 Maplethorpe Secondary Teachers' Local 14 (Owen Pritchard-Ansah, President)
Mr. Pritchard-Ansah stated that class sizes in Grade 9 mathematics had risen to an average of 31 and that teachers had filed 64 workload complaints since September. He urged the Board to hire four additional mathematics teachers before the second semester.

4. Report of the Director of Education
The Director reported that enrolment stood at 18,412 students, 356 more than projected, and that portable classrooms would be added at three schools. She noted that the Ministry of Education had not yet approved the Board's request for a new elementary school in Eastbrook.

5. Trustee Questions
Trustee McPhail-Ito asked how much restoring the Harwick route would cost. The Superintendent of Business advised that a second route would cost approximately $68,000 for the rest of the school year.

Trustee Blythe asked whether the portable classrooms would be air-conditioned. The Director confirmed that all new portables would have air conditioning and that the older units at Eastbrook Public School would be retrofitted by June.

Trustee Ramanathan-Holt requested staff to provide a list of schools whose bus routes were changed in September, with the number of students affected at each.

Student Trustee Quispe-Lindahl stated for the record that students from Harwick had raised the route at every student senate meeting since September.

Trustee Ramanathan-Holt requested staff to report back on whether the Consortium's walkability policy could take sidewalks into account.

Trustee Obuya expressed concern that the Board had not consulted the Harwick school council before the cut.

6. Motions
6.1 Moved by Trustee McPhail-Ito, seconded by Trustee Obuya:
THAT the Board direct staff to restore the second Harwick bus route effective November 3, 2042, at a cost not to exceed $70,000, to be funded from the transportation reserve.

Trustee Blythe spoke against the motion, stating that the reserve was needed for the fuel contract renewal in January.

A recorded vote was requested.
In favour: Trustees Abernathy-Osei, Adeyemi-Strand, McPhail-Ito, Obuya, Ramanathan-Holt
Opposed: Trustee Blythe
CARRIED (5 to 1)

6.2 Moved by Trustee Adeyemi-Strand, seconded by Trustee Ramanathan-Holt:
THAT the Board write to the Minister of Education asking that approval of the Eastbrook school be expedited.

The Chair noted that the Board had written to the Minister on the same matter in March and in June without a reply. Trustee McPhail-Ito said she would vote against the motion because a third letter "will be read as quietly as the first two."

A recorded vote was requested.
In favour: Trustees Adeyemi-Strand, Ramanathan-Holt
Opposed: Trustees Abernathy-Osei, Blythe, McPhail-Ito, Obuya
LOST (2 to 4)

7. Correspondence
7.1 Letter from the Township of Harwick, advising that a sidewalk on Concession Road 9 is included in its 2044 capital plan.
7.2 Letter from Tobias Wren-Achterberg, a Harwick resident, thanking the Board's bus drivers for their care during the September storms.

8. Trustee Reports
Trustee Obuya reported that the Eastbrook Community Association had collected 1,200 signatures in support of a new school.

9. Adjournment
Moved by Trustee Blythe that the meeting adjourn. CARRIED. The meeting adjourned at 9:41 p.m.

Chair: ____________________    Recording Secretary: ____________________
''',
    s('Rosalind Mbeki-Carlsson', 'Ms. Mbeki-Carlsson', "146 students at Harwick Public School now walk along Concession Road 9, which has no sidewalk, since the Board cut the school's second bus route in September", 'told', role='spokesperson'),
    s('Rosalind Mbeki-Carlsson', 'She', 'the Board to restore the route until the Township builds a sidewalk', 'asked', role='spokesperson'),
    s(NFM, 'The Superintendent of Facilities', 'the Student Transportation Consortium had assessed the route as walkable under its policy, which considers distance but not sidewalks', 'responded', role='Superintendent of Facilities'),
    s('Owen Pritchard-Ansah', 'Mr. Pritchard-Ansah', 'class sizes in Grade 9 mathematics had risen to an average of 31 and that teachers had filed 64 workload complaints since September', 'stated', role='President'),
    s('Owen Pritchard-Ansah', 'He', 'the Board to hire four additional mathematics teachers before the second semester', 'urged', role='President'),
    s(FOB, 'The Director', 'enrolment stood at 18,412 students, 356 more than projected, and that portable classrooms would be added at three schools', 'reported', role='Director of Education'),
    s(FOB, 'She', "the Ministry of Education had not yet approved the Board's request for a new elementary school in Eastbrook", 'noted', role='Director of Education'),
    s(SKR, 'The Superintendent of Business', 'a second route would cost approximately $68,000 for the rest of the school year', 'advised', role='Superintendent of Business'),
    s(FOB, 'The Director', 'all new portables would have air conditioning and that the older units at Eastbrook Public School would be retrofitted by June', 'confirmed', role='Director of Education'),
    s('Devika Ramanathan-Holt', 'Trustee Ramanathan-Holt', 'staff to provide a list of schools whose bus routes were changed in September, with the number of students affected at each', 'requested', role='Trustee'),
    s('Amaru Quispe-Lindahl', 'Student Trustee Quispe-Lindahl', 'students from Harwick had raised the route at every student senate meeting since September', 'stated for the record', role='Student Trustee'),
    s('Henrik Obuya', 'Trustee Obuya', 'the Board had not consulted the Harwick school council before the cut', 'expressed concern', role='Trustee'),
    s('Corwin Blythe', 'Trustee Blythe', 'the reserve was needed for the fuel contract renewal in January', 'stating', role='Trustee'),
    s(GAO, 'The Chair', 'the Board had written to the Minister on the same matter in March and in June without a reply', 'noted', role='Chair'),
    s('Lorna McPhail-Ito', 'Trustee McPhail-Ito', 'she would vote against the motion because a third letter "will be read as quietly as the first two."', 'said', 'mixed', role='Trustee'),
    s('the Township of Harwick', 'the Township of Harwick', 'a sidewalk on Concession Road 9 is included in its 2044 capital plan', 'advising'),
    s('Henrik Obuya', 'Trustee Obuya', 'the Eastbrook Community Association had collected 1,200 signatures in support of a new school', 'reported', role='Trustee'),
)

HVR = "the Harrow Valley Residents' Coalition"
AMS = 'Amadi-Strom'

doc('bn10-gov-alverne-supreme-court-harrow-ridge-wind-farm-summary', 'Supreme Court of Alverne', '2042-07-09', '''
SUPREME COURT OF ALVERNE

MEDIA SUMMARY

Harrow Valley Residents' Coalition v Minister of Energy and Palmgrove Wind Ltd
[2042] ALSC 17
On appeal from [2041] ALCA 88

Judgment date: 9 July 2042
Justices: Chief Justice Okonkwo-Hale, Justice Verhaegen, Justice Amadi-Strom, Justice Lindqvist-Roe, Justice Pellegrini-Boateng

This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.

BACKGROUND TO THE APPEAL
In 2039 the Minister of Energy granted consent for a wind farm of 48 turbines on Harrow Ridge. The Harrow Valley Residents' Coalition ("the Coalition") challenged the consent in the High Court, arguing that the Minister had failed to consider the effect of the turbines on a colony of greater horseshoe bats that roosts in the ridge's old lead mines.

The High Court dismissed the challenge. The Court of Appeal dismissed the Coalition's appeal, holding that the omission was "immaterial" because the Nature Agency had been consulted.

JUDGMENT
The Supreme Court unanimously allows the appeal and quashes the consent. Justice Amadi-Strom gives the lead judgment, with which the other Justices agree. Justice Lindqvist-Roe gives a concurring judgment.

REASONS FOR THE JUDGMENT
The Coalition submitted that the environmental statement had recorded the colony but that the Minister's decision letter did not mention it. The Minister accepted that the letter did not mention the colony, but submitted that he had been entitled to rely on the advice of the Nature Agency, which had raised no objection.

The Alverne Bat Conservation Trust, intervening, submitted that the colony was one of only four breeding colonies of the species in the country.

Palmgrove Wind Ltd submitted that quashing the consent would delay by years a project that would supply 90,000 homes, and that the Court should use its discretion to let the consent stand.

At the hearing, counsel for the Minister conceded that the Nature Agency had never visited the mines.

The Court held that a decision-maker who is told of a protected species in an environmental statement must show in the decision that he has considered it [34]. It is not enough that the decision-maker's officials considered it [36].

The Nature Agency's letter of 4 March 2039 did not say that the colony was safe; it said only that the Agency "does not object in principle" [41]. The Court found that the Minister had read the letter as saying more than it did [42].

Justice Amadi-Strom observed that the bats "cannot object for themselves, and the law asks the decision-maker to do it for them" [44].

The Court rejected Palmgrove's submission on relief. In the Court's view, the delay is the consequence of the Minister's error, not of the Coalition's challenge, and the Minister may decide the application again on a proper basis [51].

Justice Lindqvist-Roe, concurring, added that the Nature Agency should in future say expressly whether it has assessed a species or only recorded it [60].

The Court made no order as to the costs of the proceedings in the High Court.

References in square brackets are to paragraphs in the judgment.
''',
    s(HVR, "The Harrow Valley Residents' Coalition", "the Minister had failed to consider the effect of the turbines on a colony of greater horseshoe bats that roosts in the ridge's old lead mines", 'arguing'),
    s('The Court of Appeal', 'The Court of Appeal', 'the omission was "immaterial" because the Nature Agency had been consulted', 'holding', 'mixed'),
    s(HVR, 'The Coalition', "the environmental statement had recorded the colony but that the Minister's decision letter did not mention it", 'submitted'),
    s('the Minister of Energy', 'The Minister', 'the letter did not mention the colony', 'accepted'),
    s('the Minister of Energy', 'The Minister', 'he had been entitled to rely on the advice of the Nature Agency, which had raised no objection', 'submitted'),
    s('The Alverne Bat Conservation Trust', 'The Alverne Bat Conservation Trust', 'the colony was one of only four breeding colonies of the species in the country', 'submitted'),
    s('Palmgrove Wind Ltd', 'Palmgrove Wind Ltd', 'quashing the consent would delay by years a project that would supply 90,000 homes, and that the Court should use its discretion to let the consent stand', 'submitted'),
    s('counsel for the Minister', 'counsel for the Minister', 'the Nature Agency had never visited the mines', 'conceded'),
    s('the Supreme Court of Alverne', 'The Court', 'a decision-maker who is told of a protected species in an environmental statement must show in the decision that he has considered it', 'held'),
    s('the Nature Agency', "The Nature Agency's letter of 4 March 2039", 'the Agency "does not object in principle"', 'said', 'mixed'),
    s('the Supreme Court of Alverne', 'The Court', 'the Minister had read the letter as saying more than it did', 'found'),
    s('Justice Amadi-Strom', 'Justice Amadi-Strom', 'the bats "cannot object for themselves, and the law asks the decision-maker to do it for them"', 'observed', 'mixed', role='Justice'),
    s('the Supreme Court of Alverne', 'the Court', "the delay is the consequence of the Minister's error, not of the Coalition's challenge, and the Minister may decide the application again on a proper basis", "In the Court's view"),
    s('Justice Lindqvist-Roe', 'Justice Lindqvist-Roe', 'the Nature Agency should in future say expressly whether it has assessed a species or only recorded it', 'added', role='Justice'),
)

DFC = 'the Department of Fisheries and Coastal Affairs'
ISN = 'Ingrid Solheim-Nakamura'
MSI = 'the Marine Science Institute'
KFA = "The Kessary Fishermen's Association"

doc('bn11-gov-kestrel-isles-marrow-bank-consultation-outcome', 'Department of Fisheries and Coastal Affairs', '2042-08-18', '''
Department of Fisheries and Coastal Affairs

Consultation outcome: Proposed closure of the Marrow Bank cod fishery
Published 18 August 2042

Summary
The Department consulted from 2 May to 27 June 2042 on a proposal to close the Marrow Bank to cod fishing for three years. It received 214 responses: 131 from individuals, 52 from fishing businesses, 17 from community bodies and 14 from environmental organisations. This document summarises the responses and sets out the Government's decision.

Summary of responses

Question 1: Do you agree that the Marrow Bank cod stock needs a recovery period?
Most respondents (148) agreed that the stock needs a recovery period. The Marine Science Institute stated in its response that the spawning stock had fallen to 11 per cent of its 2030 level and that "without a closure the stock is unlikely to recover within a generation." Several fishing businesses disputed the Institute's figures, arguing that its survey had been carried out in the wrong season.

Question 2: What would be the economic effect of a three-year closure on your business or community?
The Kessary Fishermen's Association said that 41 vessels fish the Bank for part of the year and estimated that a closure would cost its members 9.4 million crowns a year. The Harbour Council of Port Ennis wrote that the town's fish market "would not survive three empty winters". One respondent, a skipper from Ardcarrow, said his crew had "fished the Bank for four generations and emptied it in one."

Question 3: Should the closure include recreational angling?
Views were divided. Angling clubs opposed including recreational angling, saying that anglers take less than 1 per cent of the catch. Environmental organisations, including Coastwatch Kestrel, supported a full closure. Coastwatch Kestrel argued that a partial closure "leaves the door open and the fish on the hook".

The Government's response
The Government has considered all responses carefully.

The Department accepts that a closure will cause hardship in Port Ennis and Ardcarrow, and that the transition fund described below cannot replace a working fishery.

The Department does not accept that the survey was carried out in the wrong season. The Institute has confirmed that it followed the international survey protocol agreed in 2036.

Decision
The Minister for Fisheries and Coastal Affairs, Ingrid Solheim-Nakamura, announced:
- the Marrow Bank will be closed to commercial cod fishing from 1 January 2043 for three years;
- recreational angling for cod on the Bank will be limited to catch and release;
- a transition fund of 6 million crowns a year will compensate vessels that fished the Bank in at least two of the last five years.

The Minister said: "I know what this asks of the families of Port Ennis. I would rather ask it now, for three years, than have their grandchildren ask why there are no fish."

The Department will publish a review of the closure in 2045.

Enquiries: marrowbank@dfca.gov.ki
''',
    s('Most respondents', 'Most respondents (148)', 'the stock needs a recovery period', 'agreed'),
    s(MSI, 'The Marine Science Institute', 'the spawning stock had fallen to 11 per cent of its 2030 level and that "without a closure the stock is unlikely to recover within a generation."', 'stated', 'mixed'),
    s('Several fishing businesses', 'Several fishing businesses', 'its survey had been carried out in the wrong season', 'arguing'),
    s(KFA, KFA, '41 vessels fish the Bank for part of the year', 'said'),
    s(KFA, KFA, 'a closure would cost its members 9.4 million crowns a year', 'estimated'),
    s('The Harbour Council of Port Ennis', 'The Harbour Council of Port Ennis', 'the town\'s fish market "would not survive three empty winters"', 'wrote', 'mixed'),
    s('a skipper from Ardcarrow', 'One respondent, a skipper from Ardcarrow', 'his crew had "fished the Bank for four generations and emptied it in one."', 'said', 'mixed'),
    s('Angling clubs', 'Angling clubs', 'anglers take less than 1 per cent of the catch', 'saying'),
    s('Environmental organisations', 'Environmental organisations, including Coastwatch Kestrel', 'a full closure', 'supported'),
    s('Coastwatch Kestrel', 'Coastwatch Kestrel', 'a partial closure "leaves the door open and the fish on the hook"', 'argued', 'mixed'),
    s(DFC, 'The Department', 'a closure will cause hardship in Port Ennis and Ardcarrow, and that the transition fund described below cannot replace a working fishery', 'accepts'),
    s(DFC, 'The Department', 'the survey was carried out in the wrong season', 'does not accept'),
    s(MSI, 'The Institute', 'it followed the international survey protocol agreed in 2036', 'has confirmed'),
    s(ISN, 'The Minister for Fisheries and Coastal Affairs, Ingrid Solheim-Nakamura', 'the Marrow Bank will be closed to commercial cod fishing from 1 January 2043 for three years;', 'announced', role='The Minister for Fisheries and Coastal Affairs'),
    s(ISN, 'The Minister for Fisheries and Coastal Affairs, Ingrid Solheim-Nakamura', 'recreational angling for cod on the Bank will be limited to catch and release;', 'announced', role='The Minister for Fisheries and Coastal Affairs'),
    s(ISN, 'The Minister for Fisheries and Coastal Affairs, Ingrid Solheim-Nakamura', 'a transition fund of 6 million crowns a year will compensate vessels that fished the Bank in at least two of the last five years.', 'announced', role='The Minister for Fisheries and Coastal Affairs'),
    s(ISN, 'The Minister', '"I know what this asks of the families of Port Ennis. I would rather ask it now, for three years, than have their grandchildren ask why there are no fish."', 'said', 'direct', role='The Minister for Fisheries and Coastal Affairs'),
)
