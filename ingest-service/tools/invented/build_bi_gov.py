"""Set BI's six government texts (see build_bi.py)."""
from invented_common import doc_spans as doc, s

HOLM = 'Agneta Holmqvist-Daka'
REIN = 'Fredrik Reinsvold'
PAIR = 'Agneta Holmqvist-Daka and Fredrik Reinsvold'

doc('bi06-gov-tarnland-agriculture-ministry-working-visit', 'Ministry of Agriculture and Food of Tarnland', '2040-06-11', '''
Ministry of Agriculture and Food of Tarnland

Working visit of Minister Agneta Holmqvist-Daka to the Vellefjord District

11 June 2040

On 10 June, Minister of Agriculture and Food Agneta Holmqvist-Daka paid a working visit to the Vellefjord District, where she met the District Head, Fredrik Reinsvold, representatives of dairy cooperatives and the management of the Vellefjord Seed Station.

During a tour of the Nordbakk dairy farm, the Minister was informed about the farm's transition to automated milking. The farm's owner, Sigrid Amundsen-Pello, told the Minister that the cost of feed had risen by almost a third over two years and that three neighbouring farms had stopped keeping cattle since 2038.

At the meeting with the District Head and the cooperatives, the Minister noted:
- the Ministry will extend the feed support programme to the end of 2041;
- applications for the young farmers' grant will be accepted from 1 August in electronic form only;
- the veterinary laboratory in Vellefjord will not be merged with the regional laboratory in Kolsund.

District Head Reinsvold informed the Minister about the condition of the district's irrigation canals. He said that 60 of the district's 210 kilometres of canals needed urgent repair and asked the Ministry to co-finance the work.

The chair of the Vellefjord Dairy Cooperative, Mats Ekholm-Tanui, complained about delays in the payment of milk price compensation for the first quarter. In his words, some members had waited more than four months for the money.

The Minister instructed the State Agricultural Payments Agency to pay all outstanding compensation claims by 30 June. She also stressed that the Ministry did not intend to change the milk price compensation rules this year.

The director of the Vellefjord Seed Station, Dr. Liv Tangvald, presented the station's new drought-resistant barley varieties. According to her, the station's trial plots produced yields 18 percent higher than the standard varieties in the dry summer of 2039. Dr. Tangvald proposed that the varieties be included in the state seed catalogue without the usual three-year waiting period.

The following was agreed:
- the Ministry and the District Administration will prepare a joint programme for the repair of irrigation canals by 1 October;
- the Seed Station's proposal will be examined by the State Variety Commission at its September session;
- a working group on the future of small dairy farms will be set up under the Deputy Minister, Olav Brekke-Simba.

The Minister and the District Head agreed to hold the next meeting in the district in December.

The Minister thanked the residents of Vellefjord for their hospitality.

Press Office of the Ministry of Agriculture and Food
''',
    s('Sigrid Amundsen-Pello', "The farm's owner, Sigrid Amundsen-Pello", 'the cost of feed had risen by almost a third over two years and that three neighbouring farms had stopped keeping cattle since 2038', 'told', role="farm's owner"),
    s(HOLM, 'the Minister', 'the Ministry will extend the feed support programme to the end of 2041;', 'noted', role='Minister of Agriculture and Food'),
    s(HOLM, 'the Minister', "applications for the young farmers' grant will be accepted from 1 August in electronic form only;", 'noted', role='Minister of Agriculture and Food'),
    s(HOLM, 'the Minister', 'the veterinary laboratory in Vellefjord will not be merged with the regional laboratory in Kolsund.', 'noted', role='Minister of Agriculture and Food'),
    s(REIN, 'He', "60 of the district's 210 kilometres of canals needed urgent repair", 'said', role='District Head'),
    s(REIN, '', 'the Ministry to co-finance the work', 'asked', role='District Head'),
    s('Mats Ekholm-Tanui', 'The chair of the Vellefjord Dairy Cooperative, Mats Ekholm-Tanui', 'delays in the payment of milk price compensation for the first quarter', 'complained about', role='chair of the Vellefjord Dairy Cooperative'),
    s('Mats Ekholm-Tanui', 'his', 'some members had waited more than four months for the money', 'In his words', role='chair of the Vellefjord Dairy Cooperative'),
    s(HOLM, 'The Minister', 'the State Agricultural Payments Agency to pay all outstanding compensation claims by 30 June', 'instructed', role='Minister of Agriculture and Food'),
    s(HOLM, 'She', 'the Ministry did not intend to change the milk price compensation rules this year', 'stressed', role='Minister of Agriculture and Food'),
    s('Liv Tangvald', 'her', "the station's trial plots produced yields 18 percent higher than the standard varieties in the dry summer of 2039", 'According to', role='director of the Vellefjord Seed Station'),
    s('Liv Tangvald', 'Dr. Tangvald', 'the varieties be included in the state seed catalogue without the usual three-year waiting period', 'proposed', role='director of the Vellefjord Seed Station'),
    s(PAIR, 'The Minister and the District Head', 'hold the next meeting in the district in December', 'agreed'),
)

SPEAKER = 'Rosalind Achterberg'
OPP = 'Kwabena Lestrange-Holt'
HMIN = 'Priya Valcourt-Adeyemi'
NDP = 'Tomasz Whitfield-Oduya'
PREM = 'Everett Caldmore'

doc('bi07-gov-cascadia-west-question-period-ambulances', 'Legislative Assembly of Cascadia West', '2040-02-27', '''
Legislative Assembly of Cascadia West

Hansard, Tuesday, February 27, 2040, Afternoon Sitting

Oral Questions

Ambulance Response Times

Hon. Kwabena Lestrange-Holt (Brackenridge North): Mr. Speaker, last week a 71-year-old man in Fallowmere waited 94 minutes for an ambulance after a stroke. The paramedics' own union told this government in January that rural stations were going unstaffed on four nights out of seven. My question is for the Premier: how many more families have to wait like that before this government acts?

The Speaker: The Hon. the Minister of Health.

Hon. Priya Valcourt-Adeyemi (Minister of Health): Mr. Speaker, every one of us grieves with that family. I have asked Emergency Health Services for a full review of that call, and I will share what it finds with the member. Since 2038 we have hired 212 new paramedics, and we opened four new stations last year. The member knows that.

Some hon. members: Oh, oh!

The Speaker: Order. Order. The Leader of the Official Opposition has the floor.

Hon. Kwabena Lestrange-Holt (Brackenridge North): Mr. Speaker, the minister talks about new hires. Her own ministry's quarterly report, tabled in this House on Thursday, shows that 140 paramedics left the service last year. That is not progress. Will the minister commit today to a minimum staffing standard for every rural station?

Hon. Priya Valcourt-Adeyemi (Minister of Health): Mr. Speaker, we will not make promises in question period that we cannot keep. What I will commit to is the plan we announced in the budget: 30 new rural positions this spring, and a housing allowance for paramedics who work outside the Lower Basin.

The Speaker: The member for Orchard Falls.

Tomasz Whitfield-Oduya (Orchard Falls): Mr. Speaker, the mayor of Orchard Falls wrote to the minister in December to say that the town's only ambulance had been sent to the city 19 times in a single month. Nineteen times, Mr. Speaker. Has the minister even answered that letter?

Hon. Priya Valcourt-Adeyemi (Minister of Health): I thank the member for the question. I did answer the letter, in January. I also spoke to the mayor by phone. We have since changed the dispatch rules so that a rural ambulance can only be moved to the city when a second unit is available to cover its area.

Tomasz Whitfield-Oduya (Orchard Falls): That's not what the mayor says.

The Speaker: The member will direct his remarks through the chair.

Hon. Everett Caldmore (Premier): Mr. Speaker, I want to add one thing. The Opposition voted against the budget that pays for every one of those new paramedics. They cannot vote against the money on Monday and ask where the ambulances are on Tuesday.

Some hon. members: Hear, hear!

Paramedic Housing Allowance

Hon. Marguerite Solvang-Ibe (Kettle Valley): Mr. Speaker, the minister mentioned a housing allowance. The Cascadia West Paramedics Association says its members in Kettle Valley pay more than half their wages in rent. How much is the allowance, and when will the first paramedic receive it?

The Speaker: The Hon. the Minister of Health.

Hon. Priya Valcourt-Adeyemi (Minister of Health): Mr. Speaker, the allowance will be $650 a month, and the first payments will go out in May. We worked it out with the association, and its president has said publicly that it is a good start.

Hon. Marguerite Solvang-Ibe (Kettle Valley): A good start, Mr. Speaker, is not a finish. The association also asked for a staffing standard, and the minister has just said no to that.

The Speaker: Order. The member's time has expired.

The Speaker: That concludes Oral Questions.
''',
    s("The paramedics' own union", "The paramedics' own union", 'rural stations were going unstaffed on four nights out of seven', 'told'),
    s(HMIN, '', "every one of us grieves with that family.|The member knows that.", '', role='Minister of Health'),
    s('Her own ministry', "Her own ministry's quarterly report", '140 paramedics left the service last year', 'shows'),
    s(HMIN, '', 'we will not make promises in question period that we cannot keep.|who work outside the Lower Basin.', '', role='Minister of Health'),
    s('the mayor of Orchard Falls', 'the mayor of Orchard Falls', "the town's only ambulance had been sent to the city 19 times in a single month", 'wrote'),
    s(HMIN, '', 'I did answer the letter, in January.|when a second unit is available to cover its area.', '', role='Minister of Health'),
    s(NDP, '', "That's not what the mayor says.", ''),
    s(PREM, '', 'I want to add one thing.|ask where the ambulances are on Tuesday.', '', role='Premier'),
    s('The Cascadia West Paramedics Association', 'The Cascadia West Paramedics Association', 'its members in Kettle Valley pay more than half their wages in rent', 'says'),
    s(HMIN, '', 'the allowance will be $650 a month, and the first payments will go out in May.|its president has said publicly that it is a good start.', '', role='Minister of Health'),
    s('its president', 'its president', 'it is a good start', 'has said', nested=True, via=HMIN),
    s('Marguerite Solvang-Ibe', '', 'A good start, Mr. Speaker, is not a finish.|the minister has just said no to that.', ''),
    s('The Cascadia West Paramedics Association', 'The association', 'a staffing standard', 'asked for', nested=True, via='Marguerite Solvang-Ibe'),
    s(HMIN, 'the minister', 'no to that', 'said', nested=True, via='Marguerite Solvang-Ibe', role='Minister of Health'),
)

CHIEF = 'Naomi Achebe-Strand'
DEP = 'Lorne Maclachlan'
POL = 'Greystone Regional Police Service'

doc('bi08-gov-greystone-police-press-conference-shooting', 'Greystone Regional Police Service', '2040-08-03', '''
Greystone Regional Police Service

Transcript: Media availability with Chief Naomi Achebe-Strand on the Larchmont Plaza shooting

August 3, 2040, Police Headquarters, 1 Union Square, Greystone

Participants: Chief Naomi Achebe-Strand; Deputy Chief Lorne Maclachlan, Investigative Services

Chief Achebe-Strand: Good afternoon. At 9:42 last night, officers responded to reports of gunfire in the parking lot of Larchmont Plaza on Delancey Road. They found two men with gunshot wounds. One of them, a 24-year-old Greystone man, died at the scene. The second, who is 19, is in hospital in serious but stable condition.

We have one person in custody. A 22-year-old man was arrested at about 1:15 this morning at a residence on Harcourt Street, and he has been charged with second-degree murder and attempted murder. He is expected to appear in court tomorrow.

I want to be clear with the community: we believe this was a targeted shooting, and we do not believe there is any ongoing risk to the public. I also want to thank the witnesses who stayed at the scene and spoke to our officers. Their information led us to the arrest.

Deputy Chief Maclachlan will take your questions on the investigation.

Reporter: Chief, can you confirm the victim's name?

Chief Achebe-Strand: Not yet. His family has asked for time, and we will release his name once the next-of-kin process is complete.

Reporter: Residents on Delancey have told us they reported drug dealing in that parking lot for months and nothing was done. What do you say to them?

Chief Achebe-Strand: I've heard that, and I take it seriously. Our records show eleven calls about that lot since January, and officers attended every one of them. But I understand that attending is not the same as fixing the problem, and I will be meeting the plaza's owners next week.

Reporter: Deputy Chief, was a weapon recovered?

Deputy Chief Maclachlan: A handgun was recovered from the residence where the arrest was made. It has been sent to the Centre of Forensic Sciences. I'm not going to speculate on whether it's the weapon used until we have the results.

Reporter: Is this connected to the shooting on Rideau Crescent two weeks ago?

Deputy Chief Maclachlan: At this point we have no evidence linking the two. Our investigators are looking at it, as they would with any shooting in the same part of the city.

Reporter: The Police Services Board chair said on Monday that the service needs 40 more officers. Do you agree?

Chief Achebe-Strand: I'll leave the budget discussion to the Board. What I will say is that my officers worked through the night on this, and they did outstanding work.

Reporter: One more for the Deputy Chief. Are you looking for anyone else?

Deputy Chief Maclachlan: We believe the accused acted alone. Anyone with information is asked to call the Homicide Unit at 555-0147 or Crime Stoppers anonymously.

Chief Achebe-Strand: Thank you all.

-30-
''',
    s(CHIEF, '', 'Good afternoon. At 9:42 last night|Their information led us to the arrest.', '', role='Chief'),
    s(CHIEF, '', 'Not yet. His family has asked for time, and we will release his name once the next-of-kin process is complete.', '', role='Chief'),
    s('Residents on Delancey', 'Residents on Delancey', 'they reported drug dealing in that parking lot for months and nothing was done', 'have told'),
    s(CHIEF, '', "I've heard that, and I take it seriously.|I will be meeting the plaza's owners next week.", '', role='Chief'),
    s('Our records', 'Our records', 'eleven calls about that lot since January, and officers attended every one of them', 'show', nested=True, via=CHIEF),
    s(DEP, '', 'A handgun was recovered from the residence where the arrest was made. It has been sent to the Centre of Forensic Sciences.', '', role='Deputy Chief'),
    s(DEP, '', 'At this point we have no evidence linking the two.|as they would with any shooting in the same part of the city.', '', role='Deputy Chief'),
    s('The Police Services Board chair', 'The Police Services Board chair', 'the service needs 40 more officers', 'said'),
    s(CHIEF, '', 'What I will say is that my officers worked through the night on this, and they did outstanding work.', '', role='Chief'),
    s(DEP, '', 'We believe the accused acted alone.|call the Homicide Unit at 555-0147 or Crime Stoppers anonymously.', '', role='Deputy Chief'),
)

COMM = 'Beatrix Lundgren-Achebe'
OFFICE = 'Office of the Information and Privacy Commissioner of Norvale'
AUTH = 'Norvale Transit Authority'

doc('bi09-gov-norvale-privacy-commissioner-transit-cameras', 'Office of the Information and Privacy Commissioner of Norvale', '2040-04-22', '''
Office of the Information and Privacy Commissioner of Norvale

Investigation Report F40-03

Norvale Transit Authority: use of facial recognition on station cameras

April 22, 2040

SUMMARY

The Commissioner investigated a complaint that the Norvale Transit Authority (the Authority) had used facial recognition software on footage from cameras in its 31 light-rail stations without notice to riders. The Commissioner found that the Authority collected personal information without authority under section 26 of the Act and that its notice to the public was inadequate. The Commissioner recommends that the Authority stop using the software and destroy the templates it created.

BACKGROUND

The complainant, a rider who regularly uses Gateway Station, told this Office that she learned of the software from a job posting in which the Authority sought a "biometric analytics coordinator." She said that she had never seen a sign or notice about facial recognition at any station.

In its response to this Office, the Authority stated that the software was used in a pilot between March and November 2039 to locate missing persons and people subject to trespass orders. It submitted that the pilot was covered by the general camera notices already posted at station entrances.

The Authority's Chief Security Officer, Raymond Ostrowski-Bell, told investigators that the system created about 1.9 million face templates during the pilot and matched 14 of them to people on its watch list. He acknowledged that no privacy impact assessment had been completed before the pilot began.

FINDINGS

The Commissioner is not persuaded that the general camera notices told riders that their faces would be analysed. A reasonable person reading "This area is monitored by video surveillance" would not expect that images would be converted into biometric templates.

The Authority argued that the collection was necessary for the safety of its riders. In the Commissioner's view, the Authority has not shown that less intrusive means, such as staff patrols or the existing camera system, would not have achieved the same purpose.

The Authority told investigators that the software vendor, Argent Vision Systems, had access to the templates for "quality assurance." The Commissioner found no contract term limiting what the vendor could do with them. Argent Vision Systems did not respond to this Office's request for information.

The Commissioner also found that the templates were kept for up to 90 days, well beyond the 72 hours the Authority's own retention schedule sets for video footage.

RECOMMENDATIONS

The Commissioner recommends that the Authority:
1. stop using facial recognition software on station cameras;
2. destroy all face templates created during the pilot within 30 days;
3. complete a privacy impact assessment before any future use of biometric technology.

AUTHORITY'S RESPONSE

The Authority has accepted recommendations 1 and 3 and says it has already stopped using the software. It does not accept recommendation 2, arguing that 14 templates are evidence in ongoing trespass proceedings. The Commissioner will review the Authority's compliance in six months.

"Riders should not have to read a job posting to find out that their faces are being scanned," Commissioner Beatrix Lundgren-Achebe said in a statement accompanying the report.

Media inquiries: Communications, 555-0190
''',
    s(COMM, 'The Commissioner', 'the Authority collected personal information without authority under section 26 of the Act and that its notice to the public was inadequate', 'found', role='Commissioner'),
    s(COMM, 'The Commissioner', 'the Authority stop using the software and destroy the templates it created', 'recommends', role='Commissioner'),
    s('The complainant', 'The complainant, a rider who regularly uses Gateway Station', 'she learned of the software from a job posting in which the Authority sought a "biometric analytics coordinator."', 'told', 'mixed'),
    s('The complainant', 'She', 'she had never seen a sign or notice about facial recognition at any station', 'said'),
    s(AUTH, 'the Authority', 'the software was used in a pilot between March and November 2039 to locate missing persons and people subject to trespass orders', 'stated'),
    s(AUTH, 'It', 'the pilot was covered by the general camera notices already posted at station entrances', 'submitted'),
    s('Raymond Ostrowski-Bell', "The Authority's Chief Security Officer, Raymond Ostrowski-Bell", 'the system created about 1.9 million face templates during the pilot and matched 14 of them to people on its watch list', 'told', role='Chief Security Officer'),
    s('Raymond Ostrowski-Bell', 'He', 'no privacy impact assessment had been completed before the pilot began', 'acknowledged', role='Chief Security Officer'),
    s(COMM, 'The Commissioner', 'the general camera notices told riders that their faces would be analysed', 'is not persuaded', role='Commissioner'),
    s(AUTH, 'The Authority', 'the collection was necessary for the safety of its riders', 'argued'),
    s(COMM, "the Commissioner's", 'the Authority has not shown that less intrusive means, such as staff patrols or the existing camera system, would not have achieved the same purpose', "In the Commissioner's view", role='Commissioner'),
    s(AUTH, 'The Authority', 'the software vendor, Argent Vision Systems, had access to the templates for "quality assurance."', 'told', 'mixed'),
    s(COMM, 'The Commissioner', 'no contract term limiting what the vendor could do with them', 'found', role='Commissioner'),
    s(COMM, 'The Commissioner', "the templates were kept for up to 90 days, well beyond the 72 hours the Authority's own retention schedule sets for video footage", 'found', role='Commissioner'),
    s(COMM, 'The Commissioner', 'stop using facial recognition software on station cameras;', 'recommends', role='Commissioner'),
    s(COMM, 'The Commissioner', 'destroy all face templates created during the pilot within 30 days;', 'recommends', role='Commissioner'),
    s(COMM, 'The Commissioner', 'complete a privacy impact assessment before any future use of biometric technology.', 'recommends', role='Commissioner'),
    s(AUTH, 'The Authority', 'recommendations 1 and 3', 'has accepted'),
    s(AUTH, '', 'it has already stopped using the software', 'says'),
    s(AUTH, 'It', 'recommendation 2', 'does not accept'),
    s(AUTH, '', '14 templates are evidence in ongoing trespass proceedings', 'arguing'),
    s(COMM, 'Commissioner Beatrix Lundgren-Achebe', '"Riders should not have to read a job posting to find out that their faces are being scanned,"', 'said', 'direct', role='Commissioner'),
)

BANK = 'Bank of Aldermere'
GOVR = 'Henrietta Oyelowo-Brandt'
SDG = 'Cyrus Feldmann-Akosua'

doc('bi10-gov-aldermere-central-bank-rate-decision', 'Bank of Aldermere', '2040-10-08', '''
Bank of Aldermere

Monetary Policy Statement

Bank of Aldermere holds policy rate at 4.25%

Kingsbridge, October 8, 2040

The Bank of Aldermere today held its target for the overnight rate at 4.25%, with the Bank Rate at 4.5% and the deposit rate at 4.25%. The Bank is continuing its policy of balance sheet normalization.

Global growth has slowed somewhat more than the Bank projected in July. In the United Provinces, consumer spending has weakened as higher borrowing costs weigh on households. Oil prices are about 8% lower than assumed in the July Monetary Policy Report.

In Aldermere, the economy grew by 0.9% in the second quarter, below the Bank's forecast. The labour market has eased, with the unemployment rate rising to 6.1%. The Bank now expects growth of about 1% in 2040 and 1.6% in 2041.

CPI inflation fell to 3.2% in August, from 3.6% in July, largely because of lower gasoline prices. Shelter costs remain the biggest contributor to inflation. Governing Council judges that underlying inflationary pressures are easing, but that it is too early to conclude that inflation is on a sustained path back to the 2% target.

Governing Council is prepared to raise the policy rate further if needed. It will continue to assess whether monetary policy is sufficiently restrictive and is looking in particular at the evolution of wage growth and corporate pricing behaviour.

Information note: The next scheduled date for announcing the overnight rate target is December 10, 2040.

Opening statement by Governor Henrietta Oyelowo-Brandt at the press conference following the rate announcement

Good morning. Senior Deputy Governor Cyrus Feldmann-Akosua and I are pleased to be with you to discuss today's policy announcement.

Let me start with the bottom line. We held our policy rate because we see evidence that past interest rate increases are working. Spending is slowing, the labour market is cooling and inflation is coming down. But we are not there yet.

Many of you have asked whether we are done raising rates. I want to be honest with you: we don't know. If inflation gets stuck above 3%, we are ready to act again.

Businesses told us in our latest survey that they expect to raise prices less often over the next year. That is encouraging. But households are still feeling the pain of high prices, and we know that.

With that, the Senior Deputy Governor and I would be happy to take your questions.

Question and answer excerpt

Question (Ruth Akinyemi-Stole, Kingsbridge Daily Ledger): Governor, the Finance Minister said yesterday that rate cuts should come "sooner rather than later." Is the government putting pressure on the Bank?

Governor Oyelowo-Brandt: No. The minister is entitled to her view, and I respect it. But decisions about monetary policy are made by Governing Council, independently, and that is how it should be.

Question (Farid Castellanos, Wire Service of Aldermere): A question for the Senior Deputy Governor. Are mortgage renewals a risk to financial stability?

Senior Deputy Governor Feldmann-Akosua: We are watching that closely. About a third of mortgages will renew over the next two years at higher rates. Our stress tests show that most households can absorb the increase, but some will struggle.

Question (Ines Marchbank, Radio Aldermere): Governor, economists at two of the big banks expect a cut in December. Are they wrong?

Governor Oyelowo-Brandt: I'm not going to give you a date. What I can tell you is that Governing Council did not discuss a cut at this meeting. The discussion was about whether to hold or to raise again, and we reached a consensus to hold.
''',
    s(BANK, 'Governing Council', 'underlying inflationary pressures are easing, but that it is too early to conclude that inflation is on a sustained path back to the 2% target', 'judges'),
    s(BANK, 'The Bank', 'growth of about 1% in 2040 and 1.6% in 2041', 'expects'),
    s(GOVR, 'Governor Henrietta Oyelowo-Brandt', 'Good morning. Senior Deputy Governor Cyrus Feldmann-Akosua and I are pleased|feeling the pain of high prices, and we know that.', '', role='Governor'),
    s('Businesses', 'Businesses', 'they expect to raise prices less often over the next year', 'told', nested=True, via=GOVR),
    s('the Finance Minister', 'the Finance Minister', 'rate cuts should come "sooner rather than later."', 'said', 'mixed'),
    s(GOVR, '', 'No. The minister is entitled to her view, and I respect it.|and that is how it should be.', '', role='Governor'),
    s(SDG, '', 'We are watching that closely.|but some will struggle.', '', role='Senior Deputy Governor'),
    s('Our stress tests', 'Our stress tests', 'most households can absorb the increase, but some will struggle', 'show', nested=True, via=SDG),
    s('economists at two of the big banks', 'economists at two of the big banks', 'a cut in December', 'expect'),
    s(GOVR, '', 'What I can tell you is that Governing Council did not discuss a cut at this meeting.|we reached a consensus to hold.', '', role='Governor'),
)

CHAIRT = 'Gwendolyn Ashdown-Pillay'
SUPT = 'Malcolm Ferreira-Nuttall'
OKO = 'Deborah Okonjo-Reyes'
VAN = 'Piet Vandermolen'
SEC = 'Anjali Beaumont-Kerr'

doc('bi11-gov-millbrook-school-board-minutes-bus-routes', 'Millbrook District School Board', '2040-01-16', '''
MILLBROOK DISTRICT SCHOOL BOARD

MINUTES OF THE REGULAR MEETING OF THE BOARD

Tuesday, January 16, 2040, 7:00 p.m., Board Room, Education Centre

Present: Gwendolyn Ashdown-Pillay, Chair; Trustees Deborah Okonjo-Reyes, Piet Vandermolen, Harjit Solberg-Mensah, Colette Ambrose-Finn; Student Trustee Noah Kettleborough

Regrets: Trustee Winston Adebayo-Marsh

Staff: Malcolm Ferreira-Nuttall, Director of Education; Anjali Beaumont-Kerr, Superintendent of Business; Rhiannon Quist, Manager of Transportation

1. Call to Order and Land Acknowledgement

The Chair called the meeting to order at 7:02 p.m. and read the land acknowledgement.

2. Declarations of Conflict of Interest

None declared.

3. Delegations

3.1 Rural Parents for Safe Buses

Ms. Felicity Harrowgate-Obi addressed the Board on behalf of Rural Parents for Safe Buses. She stated that students on the Glen Ashby route spend up to 75 minutes on the bus each way and that two drivers had left the route since September. She asked the Board to restore the second bus on the route before the spring term.

Trustee Vandermolen asked whether the group had raised its concerns with the transportation consortium. Ms. Harrowgate-Obi replied that the group had written to the consortium twice and had received no answer.

4. Report of the Director of Education

4.1 Student Transportation Review

The Superintendent of Business presented the report. She advised that the consortium had been unable to fill 14 driver positions and that three routes, including Glen Ashby, had been combined in November as a result. She noted that the cost of restoring the second Glen Ashby bus would be approximately $96,000 for the remainder of the school year.

Trustee Okonjo-Reyes asked why parents had not been told about the combined routes until December. The Manager of Transportation advised that letters had been sent to the affected families in November, but acknowledged that some had gone to outdated addresses.

Student Trustee Kettleborough reported that students at Glen Ashby Secondary had started a petition asking for the second bus, which had 340 signatures.

Trustee Solberg-Mensah expressed support for restoring the bus but asked staff to identify where the $96,000 would come from.

The Director of Education advised that the amount could be funded from the transportation contingency reserve. He cautioned that the reserve would then be below the level recommended by the Ministry.

Moved by Trustee Okonjo-Reyes, seconded by Trustee Ambrose-Finn:
THAT the Board direct staff to restore the second bus on the Glen Ashby route no later than February 5, 2040, funded from the transportation contingency reserve.

Trustee Vandermolen stated that he would vote against the motion because the Board had not been shown the effect on other routes.

CARRIED (4 in favour, 1 opposed)

5. Information Items

5.1 The Chair reported that the Ministry had confirmed the capital grant for the Westhollow Elementary addition.

5.2 Correspondence from the Town of Glen Ashby. The Director of Education summarized a letter from Mayor Isadora Penhallow-Tse, in which the Mayor urged the Board to consult the town before any future change to bus routes. Trustee Ambrose-Finn said that she welcomed the letter and suggested that a town representative be invited to the consortium's spring meeting.

Received for information.

6. Adjournment

Moved by Trustee Ambrose-Finn, seconded by Trustee Solberg-Mensah: THAT the meeting adjourn. CARRIED.

The meeting adjourned at 8:41 p.m.

Gwendolyn Ashdown-Pillay, Chair
Malcolm Ferreira-Nuttall, Secretary of the Board
''',
    s('Felicity Harrowgate-Obi', 'She', 'students on the Glen Ashby route spend up to 75 minutes on the bus each way and that two drivers had left the route since September', 'stated'),
    s('Felicity Harrowgate-Obi', 'She', 'the Board to restore the second bus on the route before the spring term', 'asked'),
    s('Felicity Harrowgate-Obi', 'Ms. Harrowgate-Obi', 'the group had written to the consortium twice and had received no answer', 'replied'),
    s(SEC, 'She', 'the consortium had been unable to fill 14 driver positions and that three routes, including Glen Ashby, had been combined in November as a result', 'advised', role='Superintendent of Business'),
    s(SEC, 'She', 'the cost of restoring the second Glen Ashby bus would be approximately $96,000 for the remainder of the school year', 'noted', role='Superintendent of Business'),
    s('Rhiannon Quist', 'The Manager of Transportation', 'letters had been sent to the affected families in November', 'advised', role='Manager of Transportation'),
    s('Rhiannon Quist', '', 'some had gone to outdated addresses', 'acknowledged', role='Manager of Transportation'),
    s('Noah Kettleborough', 'Student Trustee Kettleborough', 'students at Glen Ashby Secondary had started a petition asking for the second bus, which had 340 signatures', 'reported', role='Student Trustee'),
    s('Harjit Solberg-Mensah', 'Trustee Solberg-Mensah', 'restoring the bus', 'expressed support for', role='Trustee'),
    s(SUPT, 'The Director of Education', 'the amount could be funded from the transportation contingency reserve', 'advised', role='Director of Education'),
    s(SUPT, 'He', 'the reserve would then be below the level recommended by the Ministry', 'cautioned', role='Director of Education'),
    s(VAN, 'Trustee Vandermolen', 'he would vote against the motion because the Board had not been shown the effect on other routes', 'stated', role='Trustee'),
    s(CHAIRT, 'The Chair', 'the Ministry had confirmed the capital grant for the Westhollow Elementary addition', 'reported', role='Chair'),
    s('Isadora Penhallow-Tse', 'the Mayor', 'the Board to consult the town before any future change to bus routes', 'urged', role='Mayor'),
    s('Colette Ambrose-Finn', 'Trustee Ambrose-Finn', 'she welcomed the letter', 'said', role='Trustee'),
    s('Colette Ambrose-Finn', '', "a town representative be invited to the consortium's spring meeting", 'suggested', role='Trustee'),
)
