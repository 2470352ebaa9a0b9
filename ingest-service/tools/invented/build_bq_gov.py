"""Set BQ's six government texts (see build_bq.py)."""
from invented_common import doc_spans as doc, s

BOARD = 'Transportation Safety Board of Harlow'
SEAL = 'Sealink Marrow Ferries'

doc('bq06-gov-transport-safety-board-ferry-allision', 'Transportation Safety Board of Harlow', '2044-03-12', '''
Marine Investigation Report M43-0117

Allision of the passenger ferry Harbour Wren with the Cobbet Point terminal, Harlow Sound, 4 September 2043

Summary

On 4 September 2043, at about 17:52 local time, the roll-on/roll-off passenger ferry Harbour Wren, operated by Sealink Marrow Ferries, struck the berth structure at the Cobbet Point terminal at a speed of about 5 knots while arriving from Tallis Island with 212 passengers and 14 crew on board. Eleven passengers were injured, two of them seriously. The ramp and two dolphins were damaged.

Factual information

Witness accounts

A passenger who was standing near the forward stairwell told investigators that she felt the vessel "shudder twice" about a minute before the impact, and that an announcement asking passengers to hold on was made only seconds before the vessel struck the berth. A second passenger, a retired deck officer, stated that the vessel approached the terminal "much faster than usual" and that he had expected the master to abort the approach.

The chief engineer reported that the port controllable-pitch propeller did not respond to a command from the bridge at 17:50 and that he switched to local control in the engine room about 40 seconds later. According to the chief engineer, an alarm for the port propeller's hydraulic pressure had sounded on two earlier crossings that day and had been acknowledged without further action.

The master stated that he attempted to abort the approach when he noticed the loss of pitch control, but that the ebb current set the vessel towards the berth faster than he could recover.

Operator's response

In a written response to the draft report, Sealink Marrow Ferries stated that it had replaced the hydraulic pump of the port propeller system on all three of its vessels of the same class. The operator also submitted that its procedures required the master to report any recurring propulsion alarm before departure, and that this requirement had not been followed on the day of the occurrence.

Sealink Marrow Ferries disagreed with the Board's finding on crew training. It stated that every master in its fleet had completed a loss-of-propulsion drill within the previous twelve months.

Analysis

The investigation determined that the hydraulic pump had been operating with a worn seal for at least six weeks before the occurrence. Maintenance records showed that the pump was scheduled for replacement in August 2043 and that the replacement was deferred twice.

Findings

The Board found that:
1. The port propeller lost pitch control because of low hydraulic pressure caused by a worn pump seal.
2. The recurring pressure alarm was acknowledged by the crew on two earlier crossings without being reported to the master.
3. The operator's deferral of scheduled maintenance was not subject to a risk assessment.
4. The passenger announcement came too late for many passengers to brace.

Safety action required

The Board recommends that the Department of Transport require operators of passenger ferries to conduct a documented risk assessment before deferring maintenance on propulsion or steering systems.

The Department of Transport has informed the Board that it will consult the industry on the recommendation and respond by June 2044.

This report concludes the Transportation Safety Board of Harlow's investigation into this occurrence. The Board authorized the release of this report on 28 February 2044. It was officially released on 12 March 2044.
''',
    s('A passenger who was standing near the forward stairwell', 'A passenger who was standing near the forward stairwell', 'she felt the vessel "shudder twice" about a minute before the impact|only seconds before the vessel struck the berth', 'told', 'mixed'),
    s('A second passenger', 'A second passenger, a retired deck officer', 'the vessel approached the terminal "much faster than usual" and that he had expected the master to abort the approach', 'stated', 'mixed', role='retired deck officer'),
    s('The chief engineer', 'The chief engineer', 'the port controllable-pitch propeller did not respond|about 40 seconds later', 'reported', role='chief engineer'),
    s('The chief engineer', 'the chief engineer', "an alarm for the port propeller's hydraulic pressure had sounded on two earlier crossings that day and had been acknowledged without further action", 'According to', role='chief engineer'),
    s('The master', 'The master', 'he attempted to abort the approach when he noticed the loss of pitch control|faster than he could recover', 'stated', role='master'),
    s(SEAL, 'Sealink Marrow Ferries', 'it had replaced the hydraulic pump of the port propeller system on all three of its vessels of the same class', 'stated'),
    s(SEAL, 'The operator', 'its procedures required the master to report any recurring propulsion alarm before departure|had not been followed on the day of the occurrence', 'submitted'),
    s(SEAL, 'Sealink Marrow Ferries', "the Board's finding on crew training", 'disagreed with'),
    s(SEAL, 'It', 'every master in its fleet had completed a loss-of-propulsion drill within the previous twelve months', 'stated'),
    s(BOARD, 'The investigation', 'the hydraulic pump had been operating with a worn seal for at least six weeks before the occurrence', 'determined'),
    s('Maintenance records', 'Maintenance records', 'the pump was scheduled for replacement in August 2043 and that the replacement was deferred twice', 'showed'),
    s(BOARD, 'The Board', 'The port propeller lost pitch control because of low hydraulic pressure caused by a worn pump seal.', 'found'),
    s(BOARD, 'The Board', 'The recurring pressure alarm was acknowledged by the crew on two earlier crossings without being reported to the master.', 'found'),
    s(BOARD, 'The Board', "The operator's deferral of scheduled maintenance was not subject to a risk assessment.", 'found'),
    s(BOARD, 'The Board', 'The passenger announcement came too late for many passengers to brace.', 'found'),
    s(BOARD, 'The Board', 'the Department of Transport require operators of passenger ferries|on propulsion or steering systems', 'recommends'),
    s('The Department of Transport', 'The Department of Transport', 'it will consult the industry on the recommendation and respond by June 2044', 'has informed'),
)

BANK = 'Bank of Calloway'
GOV = 'Eudora Vantongeren-Pike'

doc('bq07-gov-bank-of-calloway-rate-decision-press-conference', 'Bank of Calloway', '2044-06-05', '''
Monetary Policy Statement

Bank of Calloway holds policy rate at 3.75%

Port Elsmere, 5 June 2044 — The Bank of Calloway today held its target for the overnight rate at 3.75%, with the Bank Rate at 4% and the deposit rate at 3.5%.

Inflation eased to 3.1% in April, from 3.6% in January, as energy prices fell and rent increases slowed. Core measures of inflation remain around 3%. The Bank expects inflation to return to the 2% target by the second half of 2045.

Economic growth was weaker than projected in the first quarter. Household spending slowed and business investment fell for a second consecutive quarter. The labour market has softened: the unemployment rate rose to 6.2% in April.

Governing Council judges that monetary policy is sufficiently restrictive to bring inflation back to target, and that further increases are not needed at this time. Council members agreed that it is too early to consider lowering the policy rate. The Bank will continue to assess whether wage growth is consistent with the inflation target.

The next scheduled date for announcing the overnight rate target is 17 July 2044.

Press conference opening statement and transcript (excerpts)

Governor Eudora Vantongeren-Pike: Good morning. Thank you for coming. Senior Deputy Governor Lucius Harrow-Bey and I are happy to take your questions. Let me start by saying that today's decision was not an easy one. We heard two views in our deliberations. Some members saw a case for a cut, given the weakness in spending. Others were concerned that services inflation remains sticky. In the end, the consensus was that we need more evidence before we move.

Reporter (Calloway Ledger): Governor, the finance minister said last week that rates are "choking" small businesses. Is the Bank under political pressure to cut?

Governor Vantongeren-Pike: No. The Bank is independent, and the minister has never suggested otherwise to me. I read his remarks. He is entitled to his view. Our job is to get inflation back to 2%, and we will do that job.

Reporter (Wire Service Calloway): Can you rule out a cut in July?

Governor Vantongeren-Pike: I am not going to pre-commit to any decision.

Reporter (Radio Elsmere): Mr. Harrow-Bey, in March you told a parliamentary committee that wage growth of 5% was incompatible with the target. Wages rose 4.8% in April. Has your view changed?

Senior Deputy Governor Harrow-Bey: My view has not changed. What has changed is that productivity has picked up a little, which gives firms more room to absorb wage increases. If that continues, 4.8% is less of a concern than it was in March. But one quarter is not a trend.

Reporter (Calloway Ledger): Governor, households with variable mortgages are hurting. What do you say to them?

Governor Vantongeren-Pike: I say that we understand. I hear from people every week who are struggling with their payments. The best thing we can do for them is to get inflation down for good, so that rates can come down and stay down.

Reporter (Port Elsmere Business Daily): The Calloway Chamber of Commerce says one in five small firms expects to lay off staff this year. Does the Bank share that outlook?

Governor Vantongeren-Pike: We see the same softening in our own surveys. Our Business Outlook Survey found that hiring intentions are the weakest since 2039. But we do not see a wave of layoffs. Firms are holding on to workers they fought hard to hire.

Moderator: That is all the time we have. Thank you.
''',
    s(BANK, 'The Bank', 'inflation to return to the 2% target by the second half of 2045', 'expects'),
    s(BANK, 'Governing Council', 'monetary policy is sufficiently restrictive to bring inflation back to target, and that further increases are not needed at this time', 'judges'),
    s('Council members', 'Council members', 'it is too early to consider lowering the policy rate', 'agreed'),
    s(GOV, 'Governor Eudora Vantongeren-Pike', 'Good morning.|we need more evidence before we move.', '', role='Governor'),
    s('Others', 'Others', 'services inflation remains sticky', 'were concerned', nested=True, via=GOV),
    s('the finance minister', 'the finance minister', 'rates are "choking" small businesses', 'said', 'mixed'),
    s(GOV, 'Governor Vantongeren-Pike', 'No. The Bank is independent|we will do that job.', '', role='Governor', anchor='Is the Bank under political pressure'),
    s('Lucius Harrow-Bey', 'you', 'wage growth of 5% was incompatible with the target', 'told', role='Senior Deputy Governor'),
    s('Lucius Harrow-Bey', 'Senior Deputy Governor Harrow-Bey', 'My view has not changed.|But one quarter is not a trend.', '', role='Senior Deputy Governor'),
    s(GOV, 'Governor Vantongeren-Pike', 'I say that we understand.|so that rates can come down and stay down.', '', role='Governor'),
    s('The Calloway Chamber of Commerce', 'The Calloway Chamber of Commerce', 'one in five small firms expects to lay off staff this year', 'says'),
    s(GOV, 'Governor Vantongeren-Pike', 'We see the same softening in our own surveys.|Firms are holding on to workers they fought hard to hire.', '', role='Governor'),
    s(BANK, 'Our Business Outlook Survey', 'hiring intentions are the weakest since 2039', 'found', nested=True, via=GOV),
)

OMB = 'Rosalind Achterberg-Nkemelu'
DEPT = 'Department of Social Development'

doc('bq08-gov-ombudsman-report-disability-benefit-complaint', 'Office of the Ombudsman of the Province of Westmoor', '2044-10-16', '''
Office of the Ombudsman of the Province of Westmoor

Investigation Report: Delay in deciding an application for the Disability Support Supplement

Case file 2044-0388

The complaint

Mr. T, a 58-year-old former warehouse worker from Lannock, complained to my office that the Department of Social Development took 14 months to decide his application for the Disability Support Supplement, and that during that time he was told on at least four occasions that a decision was "imminent."

Mr. T told my investigator that he had sent the same medical report to the Department three times because staff repeatedly told him it could not be found. He said that he had to sell his car to pay rent while he waited, and that no one at the Department explained why the application was taking so long. "I felt like I was shouting into a well," he said.

Mr. T's daughter, who helped him with the application, provided copies of emails in which a case worker wrote that the file was "with the medical adjudicator for final sign-off." The Department's own records show that the file was not sent to a medical adjudicator until seven months after that email.

The Department's response

In its response to my investigation, the Department acknowledged that Mr. T's application was delayed. It stated that the delay was caused by a backlog of medical reviews after the Department moved its files to a new case management system in 2043. The Department said that it had since hired six additional medical adjudicators and that the average time to decide an application had fallen from eleven months to five.

The Department did not accept that its staff had given Mr. T inaccurate information. It said that the case worker's email reflected her understanding at the time.

Deputy Minister Halvard Ostrem-Baye wrote to me that he regretted the distress Mr. T experienced and that the Department would review how staff communicate expected decision dates.

Analysis

The Department's service standard for the Supplement is 90 days. Mr. T's application took more than four times as long.

In my view, the Department's explanation accounts for some of the delay, but not for the seven months during which Mr. T's file sat unassigned. I am also not persuaded that the case worker's email was a fair statement of the file's status. A person in Mr. T's position was entitled to rely on it.

I find that the Department's delay was unreasonable and that its communication with Mr. T was misleading, whether or not anyone intended it to be.

Recommendations

I recommend that the Department:
- apologize to Mr. T in writing;
- pay Mr. T $2,400 in recognition of the hardship the delay caused;
- report to my office within six months on the number of applications older than 90 days.

The Department has accepted all three recommendations.

Rosalind Achterberg-Nkemelu
Ombudsman
''',
    s('Mr. T', 'Mr. T', 'the Department of Social Development took 14 months to decide his application|a decision was "imminent."', 'complained', 'mixed'),
    s('Mr. T', 'Mr. T', 'he had sent the same medical report to the Department three times because staff repeatedly told him it could not be found', 'told'),
    s('staff', 'staff', 'it could not be found', 'told', nested=True, via='Mr. T'),
    s('Mr. T', 'He', 'he had to sell his car to pay rent while he waited|why the application was taking so long', 'said'),
    s('Mr. T', 'he', '"I felt like I was shouting into a well,"', 'said', 'direct'),
    s('a case worker', 'a case worker', 'the file was "with the medical adjudicator for final sign-off."', 'wrote', 'mixed'),
    s("The Department's own records", "The Department's own records", 'the file was not sent to a medical adjudicator until seven months after that email', 'show'),
    s(DEPT, 'the Department', "Mr. T's application was delayed", 'acknowledged', anchor="In its response to my investigation"),
    s(DEPT, 'It', 'the delay was caused by a backlog of medical reviews|new case management system in 2043', 'stated'),
    s(DEPT, 'The Department', 'it had since hired six additional medical adjudicators|from eleven months to five', 'said'),
    s(DEPT, 'The Department', "its staff had given Mr. T inaccurate information", 'did not accept'),
    s(DEPT, 'It', "the case worker's email reflected her understanding at the time", 'said'),
    s('Halvard Ostrem-Baye', 'Deputy Minister Halvard Ostrem-Baye', 'he regretted the distress Mr. T experienced and that the Department would review how staff communicate expected decision dates', 'wrote', role='Deputy Minister'),
    s(OMB, '', "the Department's explanation accounts for some of the delay, but not for the seven months during which Mr. T's file sat unassigned", 'In my view', role='Ombudsman'),
    s(OMB, 'I', "the case worker's email was a fair statement of the file's status", 'am also not persuaded', role='Ombudsman'),
    s(OMB, 'I', "the Department's delay was unreasonable and that its communication with Mr. T was misleading, whether or not anyone intended it to be", 'find', role='Ombudsman'),
    s(OMB, 'I', 'apologize to Mr. T in writing;', 'recommend', role='Ombudsman'),
    s(OMB, 'I', 'pay Mr. T $2,400 in recognition of the hardship the delay caused;', 'recommend', role='Ombudsman'),
    s(OMB, 'I', 'report to my office within six months on the number of applications older than 90 days.', 'recommend', role='Ombudsman'),
    s(DEPT, 'The Department', 'all three recommendations', 'has accepted'),
)

MCAR = 'Fenella McAuslan-Roy'
THOR = 'Bastien Thorvaldsen'
IGWE = 'Priyanka Igwe-Lindqvist'
DUNS = 'Corentin Dunsmore'

doc('bq09-gov-legislative-assembly-question-period-rural-clinics', 'Legislative Assembly of Kessanora', '2044-04-17', '''
Legislative Assembly of Kessanora

Official Report of Debates (Hansard)

Wednesday, April 17, 2044

ORAL QUESTIONS

Rural Health Clinics

Hon. Fenella McAuslan-Roy (Leader of the Opposition) (Tarrow North): My question is for the Premier. Last month the Kessanora Health Authority closed the overnight emergency department in Dunleith for the third time this year. The authority's own chief of staff, Dr. Amos Reinholt-Kay, told a public meeting that the closures would continue "until we can find nurses who do not exist." Families in Dunleith now drive 90 minutes to the nearest open emergency room. When will the Premier admit that his plan for rural hospitals has failed?

The Speaker: The Premier.

Hon. Bastien Thorvaldsen (Premier): Mr. Speaker, I thank the member for the question. No one in this government accepts that any community should lose its emergency room, even for a night. That is why we have funded 340 new nursing seats at Kessanora Polytechnic, the largest increase in the province's history, and why the first of those graduates will start work this fall.

Some hon. members: Oh, oh!

The Speaker: Order. The member for Tarrow North.

Hon. Fenella McAuslan-Roy: The Premier promised in the last election that no rural emergency department would close on his watch. Since then, according to the Health Authority's own figures, rural emergency rooms have closed for a combined 212 nights. Nurses are leaving for Brannick Province, where they are paid 11% more. Will the Premier match that pay, yes or no?

Hon. Bastien Thorvaldsen: Mr. Speaker, we are at the table with the nurses' union right now, and I am not going to negotiate on the floor of this House. What I will tell the member is that our offer is the best this province has made in twenty years.

An hon. member: Shame!

The Speaker: Order, please. Supplementary question. The member for Greyholm.

Ms. Priyanka Igwe-Lindqvist (Greyholm): Mr. Speaker, my question is for the Minister of Health. Dr. Tomasz Wendling-Acosta, who ran the Greyholm clinic for 30 years, wrote to the minister in January warning that the clinic would lose its last two physicians by summer. He has told me he never received a reply. Will the minister commit today to meet the physicians in Greyholm?

The Speaker: The Minister of Health.

Hon. Corentin Dunsmore (Minister of Health): Thank you, Mr. Speaker. I did receive Dr. Wendling-Acosta's letter, and my office responded in February. I will gladly share that response with the member. I have also asked the Health Authority to put a locum physician in Greyholm from June. And yes, I will meet with the physicians, and I invite the member to join me.

Ms. Priyanka Igwe-Lindqvist: Mr. Speaker, I thank the minister. The physicians tell me that a locum for three months is not a plan. Will the minister fund a permanent position in Greyholm?

The Speaker: The Minister of Health.

Hon. Corentin Dunsmore: The Health Authority is recruiting for that position now, Mr. Speaker. It has told me it expects to make an offer by the end of May.

The Speaker: Thank you. Next question.
''',
    s('Amos Reinholt-Kay', "The authority's own chief of staff, Dr. Amos Reinholt-Kay", 'the closures would continue "until we can find nurses who do not exist."', 'told', 'mixed', role='chief of staff'),
    s(THOR, 'Hon. Bastien Thorvaldsen (Premier)', 'No one in this government accepts|will start work this fall.', '', role='Premier'),
    s(THOR, 'The Premier', 'no rural emergency department would close on his watch', 'promised', role='Premier'),
    s('Kessanora Health Authority', "the Health Authority's own figures", 'rural emergency rooms have closed for a combined 212 nights', 'according to'),
    s(THOR, 'Hon. Bastien Thorvaldsen', "we are at the table with the nurses' union right now|the best this province has made in twenty years.", '', role='Premier'),
    s('Tomasz Wendling-Acosta', 'Dr. Tomasz Wendling-Acosta, who ran the Greyholm clinic for 30 years', 'the clinic would lose its last two physicians by summer', 'warning', role=''),
    s(IGWE, 'Ms. Priyanka Igwe-Lindqvist (Greyholm)', 'He has told me he never received a reply.', '', role='member for Greyholm'),
    s('Tomasz Wendling-Acosta', 'He', 'he never received a reply', 'has told', nested=True, via=IGWE),
    s(DUNS, 'Hon. Corentin Dunsmore (Minister of Health)', "I did receive Dr. Wendling-Acosta's letter|and I invite the member to join me.", '', role='Minister of Health'),
    s(IGWE, 'Ms. Priyanka Igwe-Lindqvist', 'The physicians tell me that a locum for three months is not a plan.', '', role='member for Greyholm'),
    s('The physicians', 'The physicians', 'a locum for three months is not a plan', 'tell', nested=True, via=IGWE),
    s(DUNS, 'Hon. Corentin Dunsmore', 'The Health Authority is recruiting for that position now|by the end of May.', '', role='Minister of Health'),
    s('Kessanora Health Authority', 'It', 'it expects to make an offer by the end of May', 'has told', nested=True, via=DUNS),
)

OSEI = 'Halima Osei-Vantreight'

doc('bq10-gov-security-council-meeting-record-lake-corvin', 'Concord of Nations Security Council', '2044-02-27', '''
Concord of Nations
Security Council
Provisional record, 9,871st meeting
Tuesday, 27 February 2044, 10 a.m.

President: Mr. Andrés Pellegrin-Moss (Valdoria)

The situation around Lake Corvin

The President: In accordance with rule 37 of the Council's provisional rules of procedure, I invite the representatives of Ostmarch and Serevan to participate in this meeting.

The Council heard a briefing by Ms. Halima Osei-Vantreight, Special Envoy of the Secretary-General for Lake Corvin.

Ms. Osei-Vantreight said that fighting along the eastern shore of the lake had displaced some 48,000 people since January, and that humanitarian convoys had been unable to reach the town of Ferrault for three weeks. The Special Envoy told the Council that both parties had assured her of their commitment to the ceasefire agreed in Lisbourne last year, but that "assurances are not a ceasefire." She urged the Council to support the deployment of an observer mission along the shoreline.

The representative of Ostmarch said that his Government had observed the ceasefire "scrupulously" and that the shelling of Ferrault had been carried out by irregular forces that Ostmarch did not control. He rejected the Special Envoy's figure of 48,000 displaced as "inflated by those who profit from the crisis."

The representative of Serevan said that the representative of Ostmarch had once again denied facts that the Council's own panel of experts had documented. According to her delegation, Ostmarch had moved heavy artillery to within 5 kilometres of the shoreline in violation of the Lisbourne agreement. Serevan welcomed the proposal for an observer mission and was ready to receive it "tomorrow."

The representative of Norlund expressed deep concern over the humanitarian situation in Ferrault and called on both parties to open a corridor for convoys without delay. He noted that the panel of experts had found that weapons supplied to irregular forces on the eastern shore carried Ostmarch markings.

The representative of Astravia said that her country did not support an observer mission without the consent of both parties, and warned that the Council should not "take sides in a dispute it does not fully understand."

Several members, including Valdoria and Tessaly, expressed support for the Special Envoy's proposal.

The President, speaking in his national capacity, said that Valdoria stood ready to contribute observers.

The representative of Ostmarch, taking the floor a second time, said that his delegation would study the proposal and reply in writing.

The meeting rose at 12:40 p.m.
''',
    s(OSEI, 'Ms. Osei-Vantreight', 'fighting along the eastern shore of the lake|unable to reach the town of Ferrault for three weeks', 'said', role='Special Envoy of the Secretary-General for Lake Corvin'),
    s(OSEI, 'The Special Envoy', 'both parties had assured her of their commitment to the ceasefire agreed in Lisbourne last year, but that "assurances are not a ceasefire."', 'told', 'mixed', role='Special Envoy'),
    s('Ostmarch and Serevan', 'both parties', 'of their commitment to the ceasefire agreed in Lisbourne last year', 'had assured', nested=True, via=OSEI),
    s(OSEI, 'She', 'the Council to support the deployment of an observer mission along the shoreline', 'urged', role='Special Envoy'),
    s('the representative of Ostmarch', 'The representative of Ostmarch', 'his Government had observed the ceasefire "scrupulously"|irregular forces that Ostmarch did not control', 'said', 'mixed', role='representative'),
    s('the representative of Ostmarch', 'He', 'the Special Envoy\'s figure of 48,000 displaced as "inflated by those who profit from the crisis."', 'rejected', 'mixed', role='representative'),
    s('the representative of Serevan', 'The representative of Serevan', "the representative of Ostmarch had once again denied facts that the Council's own panel of experts had documented", 'said', role='representative'),
    s('the representative of Ostmarch', 'the representative of Ostmarch', "facts that the Council's own panel of experts had documented", 'denied', nested=True, via='the representative of Serevan'),
    s('the representative of Serevan', 'her delegation', 'Ostmarch had moved heavy artillery to within 5 kilometres of the shoreline in violation of the Lisbourne agreement', 'According to'),
    s('the representative of Serevan', 'Serevan', 'the proposal for an observer mission', 'welcomed'),
    s('the representative of Norlund', 'The representative of Norlund', 'deep concern over the humanitarian situation in Ferrault', 'expressed', role='representative'),
    s('the representative of Norlund', 'The representative of Norlund', 'both parties to open a corridor for convoys without delay', 'called on', role='representative', anchor='and called on both parties'),
    s('the representative of Norlund', 'He', 'the panel of experts had found that weapons supplied to irregular forces on the eastern shore carried Ostmarch markings', 'noted', role='representative'),
    s('the panel of experts', 'the panel of experts', 'weapons supplied to irregular forces on the eastern shore carried Ostmarch markings', 'had found', nested=True, via='the representative of Norlund'),
    s('the representative of Astravia', 'The representative of Astravia', 'her country did not support an observer mission without the consent of both parties', 'said', role='representative'),
    s('the representative of Astravia', 'The representative of Astravia', 'the Council should not "take sides in a dispute it does not fully understand."', 'warned', 'mixed', role='representative'),
    s('Several members, including Valdoria and Tessaly', 'Several members, including Valdoria and Tessaly', "support for the Special Envoy's proposal", 'expressed'),
    s('Andrés Pellegrin-Moss', 'The President, speaking in his national capacity', 'Valdoria stood ready to contribute observers', 'said', role='President'),
    s('the representative of Ostmarch', 'The representative of Ostmarch, taking the floor a second time', 'his delegation would study the proposal and reply in writing', 'said', role='representative'),
)

CHIEF = 'Margit Sollenberger-Ade'
INSP = 'Desmond Achebe-Larkin'

doc('bq11-gov-police-news-conference-missing-hiker', 'Caldmoor Regional Police Service', '2044-10-03', '''
Caldmoor Regional Police Service

Transcript: News conference on the search for a missing hiker in the Harrowback Range

Police Headquarters, Tolland, October 3, 2044, 2:00 p.m.

Speakers: Chief of Police Margit Sollenberger-Ade; Inspector Desmond Achebe-Larkin, Search and Rescue Coordinator; Sgt. Willa Brandt-Osei, Media Relations (moderator)

SGT. BRANDT-OSEI: Good afternoon. The chief will give an update and then take a few questions.

CHIEF SOLLENBERGER-ADE: Thank you, Sergeant. Good afternoon, everyone. Our search for Nils Ekwueme-Hart, who is 34 and from Tolland, is now in its fourth day. Nils was last seen on Saturday morning at the Gull Lake trailhead by a park warden, who spoke with him briefly and says he appeared well equipped and in good spirits. He told the warden he planned to reach Harrow Saddle and return the same day.

Since Sunday we have had more than 120 people in the field, including volunteer teams from four counties, two helicopters and a dog team from the Provincial Police. I want to thank every one of them. Yesterday afternoon, a volunteer team found a blue backpack near the upper Saddle Creek. Nils's family has confirmed that the backpack is his.

We have not given up hope. Nights have been cold, but not extreme, and Nils is an experienced hiker. Our search will continue as long as there is a reasonable chance of finding him alive.

REPORTER (Tolland Courier): Chief, his sister told us this morning that she believes he may have tried to cross the creek after the snow on Saturday night. Is the search now focused on the creek?

CHIEF SOLLENBERGER-ADE: I'll ask Inspector Achebe-Larkin to speak to the search areas.

INSP. ACHEBE-LARKIN: We are concentrating our ground teams on the Saddle Creek drainage, about four square kilometres, because that is where the backpack was found. The terrain there is steep and heavily wooded, and the creek is running high. I would say we are being thorough rather than fast. We are also flying the slopes above the creek twice a day.

REPORTER (CKLM Radio): Was there any sign of foul play?

CHIEF SOLLENBERGER-ADE: No. Nothing we have found suggests that anyone else was involved.

REPORTER (Harrowback Weekly): Some volunteers say they were turned away on Monday. Why?

INSP. ACHEBE-LARKIN: We had to limit the number of people on the slope after a volunteer was injured in a fall on Sunday. That is a safety decision, and I stand by it. Anyone who wants to help should register at the command post at Gull Lake.

REPORTER (Tolland Courier): When will you scale back the search?

CHIEF SOLLENBERGER-ADE: I am not going to put a date on that today.

SGT. BRANDT-OSEI: Thank you. That is all the time we have. Our next update will be at 10 a.m. tomorrow.
''',
    s(CHIEF, 'CHIEF SOLLENBERGER-ADE', 'Good afternoon, everyone.|as long as there is a reasonable chance of finding him alive.', '', role='Chief of Police'),
    s('a park warden', 'a park warden', 'he appeared well equipped and in good spirits', 'says', nested=True, via=CHIEF),
    s('Nils Ekwueme-Hart', 'He', 'he planned to reach Harrow Saddle and return the same day', 'told', nested=True, via=CHIEF),
    s("Nils's family", "Nils's family", 'the backpack is his', 'has confirmed', nested=True, via=CHIEF),
    s('his sister', 'his sister', 'she believes he may have tried to cross the creek after the snow on Saturday night', 'told'),
    s(INSP, 'INSP. ACHEBE-LARKIN', 'We are concentrating our ground teams|We are also flying the slopes above the creek twice a day.', '', role='Search and Rescue Coordinator'),
    s(CHIEF, 'CHIEF SOLLENBERGER-ADE', 'No. Nothing we have found suggests that anyone else was involved.', '', role='Chief of Police'),
    s('Some volunteers', 'Some volunteers', 'they were turned away on Monday', 'say'),
    s(INSP, 'INSP. ACHEBE-LARKIN', 'We had to limit the number of people on the slope|should register at the command post at Gull Lake.', '', role='Search and Rescue Coordinator'),
)
