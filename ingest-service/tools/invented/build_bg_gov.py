"""Set BG's six government texts (see build_bg.py)."""
from invented_common import doc_spans as doc, s

KOV = 'Radomir Kovalenko-Aas'
PETR = 'Svetlana Petrasch'
GOVS = 'Radomir Kovalenko-Aas and Svetlana Petrasch'

doc('bg06-gov-velmoria-interior-ministry-meeting-readout', 'Ministry of the Interior and Regional Affairs of Velmoria', '2039-03-03', '''
Ministry of the Interior and Regional Affairs of Velmoria

Minister Radomir Kovalenko-Aas held a working meeting with the Governor of the Ostrava Region

3 March 2039

On 3 March, Minister of the Interior and Regional Affairs Radomir Kovalenko-Aas held a working meeting in Dubrany with the Governor of the Ostrava Region, Svetlana Petrasch. The meeting was attended by the heads of the regional police directorate, the fire and rescue service and the regional migration office.

The parties discussed the situation in the region after the spring floods, the resettlement of families from the village of Lesna Hora and the staffing of rural police stations.

The Minister stressed:
- the reconstruction of the Dubrany-Lesna road bridge must be completed before the autumn, and the Ministry would provide an additional 40 million crowns for the work;
- the families resettled from Lesna Hora would receive permanent housing by the end of the year;
- no rural police station in the region would be closed in 2039.

Governor Petrasch informed the Minister about the progress of the flood damage assessment. She said that 1,120 households had applied for compensation and that 870 claims had already been paid. According to the Governor, the region still lacked 35 police officers, most of them in the mountain districts.

It was noted that:
- the regional migration office had reduced the waiting time for residence permits from 90 to 45 days;
- the number of burglaries in the region had fallen by 12 percent compared with 2038.

The head of the regional police directorate, Colonel Matej Hrabovsky, reported that a new patrol station in Kremnik would open in May. He proposed that police officers who serve in the mountain districts for at least three years receive a housing allowance.

The Minister supported the proposal and instructed the Deputy Minister, Jana Voskova-Lind, to prepare draft regulations within a month.

Minister Kovalenko-Aas also expressed concern about the condition of the region's 19 fire stations, eleven of which were built before 1980. He noted that the Ministry had asked the Government to include the stations in the national investment programme.

The head of the regional fire and rescue service, Brigadier General Pavel Zeman, informed the participants about the service's equipment. According to him, four of the eleven fire engines used in the mountain districts were more than 25 years old. The Minister instructed him to submit a list of priority purchases by 15 March.

The Governor thanked the Minister for the Ministry's support during the floods.

The Minister and the Governor agreed to meet again in September to review the implementation of the decisions taken.

The meeting was closed to the press. Photographs are available on the Ministry's website.
''',
    s(KOV, 'The Minister', 'the reconstruction of the Dubrany-Lesna road bridge must be completed before the autumn, and the Ministry would provide an additional 40 million crowns for the work;', 'stressed', role='Minister of the Interior and Regional Affairs'),
    s(KOV, 'The Minister', 'the families resettled from Lesna Hora would receive permanent housing by the end of the year;', 'stressed', role='Minister of the Interior and Regional Affairs'),
    s(KOV, 'The Minister', 'no rural police station in the region would be closed in 2039.', 'stressed', role='Minister of the Interior and Regional Affairs'),
    s(PETR, 'She', '1,120 households had applied for compensation and that 870 claims had already been paid', 'said', role='Governor of the Ostrava Region'),
    s(PETR, 'the Governor', 'the region still lacked 35 police officers, most of them in the mountain districts', 'According to', role='Governor of the Ostrava Region'),
    s('Matej Hrabovsky', 'The head of the regional police directorate, Colonel Matej Hrabovsky', 'a new patrol station in Kremnik would open in May', 'reported', role='The head of the regional police directorate'),
    s('Matej Hrabovsky', 'He', 'police officers who serve in the mountain districts for at least three years receive a housing allowance', 'proposed', role='The head of the regional police directorate'),
    s(KOV, 'The Minister', 'the proposal', 'supported', role='Minister of the Interior and Regional Affairs'),
    s(KOV, '', 'the Deputy Minister, Jana Voskova-Lind, to prepare draft regulations within a month', 'instructed', role='Minister of the Interior and Regional Affairs'),
    s(KOV, 'Minister Kovalenko-Aas', "the condition of the region's 19 fire stations, eleven of which were built before 1980", 'expressed concern about', role='Minister of the Interior and Regional Affairs'),
    s(KOV, 'He', 'the Ministry had asked the Government to include the stations in the national investment programme', 'noted', role='Minister of the Interior and Regional Affairs'),
    s('Pavel Zeman', 'him', 'four of the eleven fire engines used in the mountain districts were more than 25 years old', 'According to', role='The head of the regional fire and rescue service'),
    s(KOV, 'The Minister', 'him to submit a list of priority purchases by 15 March', 'instructed', role='Minister of the Interior and Regional Affairs'),
    s(GOVS, 'The Minister and the Governor', 'meet again in September to review the implementation of the decisions taken', 'agreed'),
)

CHAIR = 'Abigail Thornbury-Kwan'
MAH = 'Desmond Mahoney-Reyes'
OKE = 'Folasade Okereke-Vance'
DRU = 'Graham Drummond-Oyelaran'
PAL = 'Lucia Palmieri'
STO = 'Nathaniel Stonebridge'

doc('bg07-gov-ardmore-legislature-committee-hearing-child-care', 'Legislative Assembly of Ardmore, Standing Committee on Social Policy', '2039-10-15', '''
Legislative Assembly of Ardmore

Standing Committee on Social Policy

Official Report of Debates (Hansard), Wednesday 15 October 2039

Bill 44, Child Care Affordability Act, 2039

Members present: Ms. Abigail Thornbury-Kwan (Chair), Mr. Graham Drummond-Oyelaran, Ms. Lucia Palmieri, Mr. Nathaniel Stonebridge

Witnesses: Mr. Desmond Mahoney-Reyes, Executive Director, Ardmore Child Care Operators' Association; Ms. Folasade Okereke-Vance, President, Early Childhood Educators Union, Local 12

The committee met at 0900 in room 151.

The Chair (Ms. Abigail Thornbury-Kwan): Good morning. The committee will come to order. We are here to continue public hearings on Bill 44. Each witness will have ten minutes for a presentation, followed by questions. Mr. Mahoney-Reyes, please begin.

Mr. Desmond Mahoney-Reyes: Thank you, Chair. Our association represents 640 licensed child care centres, most of them small non-profits. We support the goal of this bill. But the fee cap in section 7 is set at a level that does not cover what it costs to run a centre in this province. Our members told us in a survey last month that one in four would have to close a room within a year if the cap comes in as written.

Mr. Graham Drummond-Oyelaran: That's not true.

The Chair (Ms. Abigail Thornbury-Kwan): Order. Mr. Drummond-Oyelaran, you will have your time.

Mr. Desmond Mahoney-Reyes: We are asking the committee to index the cap to wages. That is all.

The Chair (Ms. Abigail Thornbury-Kwan): Thank you. Ms. Okereke-Vance.

Ms. Folasade Okereke-Vance: Good morning. I have been an early childhood educator for 22 years, and I have never seen so many of my colleagues leave the field. The average educator in Ardmore earns $19.40 an hour. The bill says nothing about wages. Without a wage floor, the spaces this bill promises will have no one to staff them.

The Chair (Ms. Abigail Thornbury-Kwan): Thank you. We'll go to questions. Mr. Drummond-Oyelaran.

Mr. Graham Drummond-Oyelaran: Thank you, Chair. The ministry's own costing shows that the cap covers the average centre's costs with a margin of 4%. Mr. Mahoney-Reyes, has your association shared the survey with the ministry?

Mr. Desmond Mahoney-Reyes: We sent it to the minister's office on September 30. We have not had a reply.

Mr. Graham Drummond-Oyelaran: Ms. Okereke-Vance, your union's own newsletter reported in August that 300 educators had left the sector in the past year. Where does that number come from?

Ms. Folasade Okereke-Vance: From our membership records. We lose members every month to retail and to the school boards, which pay more.

Ms. Lucia Palmieri: Ms. Okereke-Vance, the minister told the House last week that wages would be dealt with in regulations. Do you accept that?

Ms. Folasade Okereke-Vance: No. We were told the same thing in 2036, and nothing happened. Our members want it in the bill.

Mr. Nathaniel Stonebridge: Interjection.

The Chair (Ms. Abigail Thornbury-Kwan): Mr. Stonebridge, you are not recognized.

Ms. Lucia Palmieri: The Financial Accountability Officer estimated in June that a wage floor of $25 would cost $310 million a year. Is that the number your union uses?

Ms. Folasade Okereke-Vance: It's close. Our estimate is $290 million.

Mr. Nathaniel Stonebridge: Chair, I think the witnesses should know that the bill was amended yesterday to add a review after two years.

The Chair (Ms. Abigail Thornbury-Kwan): That is a matter for clause-by-clause. Thank you to both witnesses. The committee is recessed until 1 p.m.

The committee recessed at 0952.
''',
    s(MAH, '', 'Our association represents 640 licensed child care centres|if the cap comes in as written.', '', role="Executive Director, Ardmore Child Care Operators' Association"),
    s('Our members', 'Our members', 'one in four would have to close a room within a year if the cap comes in as written', 'told', nested=True, via=MAH),
    s(DRU, '', "That's not true.", ''),
    s(MAH, '', 'We are asking the committee to index the cap to wages. That is all.', '', role="Executive Director, Ardmore Child Care Operators' Association"),
    s(OKE, '', 'Good morning. I have been an early childhood educator for 22 years|will have no one to staff them.', '', role='President, Early Childhood Educators Union, Local 12'),
    s('the ministry', "The ministry's own costing", "the cap covers the average centre's costs with a margin of 4%", 'shows'),
    s(MAH, '', "We sent it to the minister's office on September 30. We have not had a reply.", '', role="Executive Director, Ardmore Child Care Operators' Association"),
    s('Early Childhood Educators Union, Local 12', "your union's own newsletter", '300 educators had left the sector in the past year', 'reported'),
    s(OKE, '', 'From our membership records. We lose members every month to retail and to the school boards, which pay more.', '', role='President, Early Childhood Educators Union, Local 12'),
    s('the minister', 'the minister', 'wages would be dealt with in regulations', 'told'),
    s(OKE, '', 'No. We were told the same thing in 2036, and nothing happened. Our members want it in the bill.', '', role='President, Early Childhood Educators Union, Local 12'),
    s('The Financial Accountability Officer', 'The Financial Accountability Officer', 'a wage floor of $25 would cost $310 million a year', 'estimated'),
    s(OKE, '', "It's close. Our estimate is $290 million.", '', role='President, Early Childhood Educators Union, Local 12'),
    s(STO, '', 'I think the witnesses should know that the bill was amended yesterday to add a review after two years.', ''),
)

MBA = 'Adwoa Mbatha-Lindgren'
SPK = 'Theo Vanderlinde'

doc('bg08-gov-corvenia-health-agency-measles-briefing', 'Public Health Agency of Corvenia', '2039-02-24', '''
Public Health Agency of Corvenia

Media briefing on the measles outbreak in Brenna Province

Transcript, 24 February 2039, Corvale

Speakers: Dr. Adwoa Mbatha-Lindgren, Chief Public Health Officer; Theo Vanderlinde, Spokesperson

Spokesperson: Good morning, and thank you for joining us. Dr. Mbatha-Lindgren will give an update, and then we'll take your questions. Please keep to one question and one follow-up.

Dr. Mbatha-Lindgren: Good morning. As of yesterday, 214 confirmed cases of measles have been reported in Brenna Province since the outbreak began on January 19. Forty-one people have been admitted to hospital, 29 of them children under five. Sadly, a two-year-old child died in Holmsvik on Saturday. My thoughts are with the family.

Almost all of the cases are in people who were not vaccinated. Measles is one of the most contagious diseases we know, and it will keep spreading where vaccination rates are low. In some schools in the province, fewer than 70% of children have had both doses.

Hospitals in the north of the province have told us that their paediatric wards are close to full. We are sending two teams of nurses from Corvale this week, and we have asked the province to open extra vaccination clinics on weekends.

My message to parents is simple: check your children's records, and if a dose is missing, book it now.

Spokesperson: Thank you. First question, please.

Q: Katrin Oyelowo, Corvale Daily. The Brenna health minister said on Friday that the outbreak was under control. Do you agree?

Dr. Mbatha-Lindgren: I would not use those words. Cases rose by 38 in the last week. We will know it is under control when cases fall for two weeks in a row.

Q: A follow-up. Parents in Holmsvik say clinics turned their children away because they had run out of vaccine. Is that true?

Spokesperson: We have heard those reports. One clinic ran out for a day last week. It was resupplied within 24 hours, and the province has now moved 40,000 more doses into the north.

Q: Arjun Pellegrini, National Broadcaster. Is the agency considering making vaccination mandatory for school entry?

Dr. Mbatha-Lindgren: That is a decision for the provinces, not for the agency. I'm not going to comment on what provinces should legislate.

Q: The opposition health critic, Ruth Amankwah-Bell, told Parliament yesterday that the agency had cut its vaccine promotion budget by a third. Is that correct?

Spokesperson: The budget for the campaign was $4.1 million last year and $3.9 million this year. That is a reduction of about 5%, not a third.

Q: Mireille Santos, Radio Brenna. The manufacturer, Kestrel Biologics, says it can deliver more doses this month. Has the agency ordered them?

Spokesperson: I'll ask Dr. Mbatha-Lindgren to answer that.

Dr. Mbatha-Lindgren: We ordered 200,000 additional doses on Friday. The first shipment arrives in Brenna next week, and we will send it to the northern clinics first.

Q: Last question. When will the outbreak peak?

Dr. Mbatha-Lindgren: Our modelling suggests that cases will peak in mid-March, if the vaccination clinics are used. I want to be careful here: models are not promises.

Spokesperson: Thank you, everyone. Our next briefing will be on Thursday at 10.
''',
    s(MBA, '', 'Good morning. As of yesterday, 214 confirmed cases|book it now.', '', role='Chief Public Health Officer'),
    s('Hospitals in the north of the province', 'Hospitals in the north of the province', 'their paediatric wards are close to full', 'have told', nested=True, via=MBA),
    s('the Brenna health minister', 'The Brenna health minister', 'the outbreak was under control', 'said'),
    s(MBA, '', 'I would not use those words. Cases rose by 38 in the last week. We will know it is under control when cases fall for two weeks in a row.', '', role='Chief Public Health Officer'),
    s('Parents in Holmsvik', 'Parents in Holmsvik', 'clinics turned their children away because they had run out of vaccine', 'say'),
    s(SPK, '', 'We have heard those reports. One clinic ran out for a day last week.|40,000 more doses into the north.', '', role='Spokesperson'),
    s(MBA, '', 'That is a decision for the provinces, not for the agency.', '', role='Chief Public Health Officer'),
    s('Ruth Amankwah-Bell', 'The opposition health critic, Ruth Amankwah-Bell', 'the agency had cut its vaccine promotion budget by a third', 'told', role='The opposition health critic'),
    s(SPK, '', 'The budget for the campaign was $4.1 million last year and $3.9 million this year. That is a reduction of about 5%, not a third.', '', role='Spokesperson'),
    s('Kestrel Biologics', 'The manufacturer, Kestrel Biologics', 'it can deliver more doses this month', 'says'),
    s(MBA, '', 'We ordered 200,000 additional doses on Friday.|to the northern clinics first.', '', role='Chief Public Health Officer'),
    s(MBA, '', 'Our modelling suggests that cases will peak in mid-March|models are not promises.', '', role='Chief Public Health Officer'),
    s('Our modelling', 'Our modelling', 'cases will peak in mid-March, if the vaccination clinics are used', 'suggests', nested=True, via=MBA),
)

APP = 'Solheim-Barre'
RESP = 'Harborline Transit Authority'
PRES = 'Moses Adebayo-Kent'
MEMB = 'Clara Vintner-Hoske'

doc('bg09-gov-marisota-labour-tribunal-ruling-summary', 'Labour Relations Tribunal of Marisota', '2039-06-19', '''
Labour Relations Tribunal of Marisota

Summary of decision

Solheim-Barre v. Harborline Transit Authority, 2039 LRTM 88

Decided: 19 June 2039

Panel: Vice-Chair Moses Adebayo-Kent (presiding); Member Clara Vintner-Hoske; Member Rafael Ostrowski

This summary is provided for the convenience of the public. It is not part of the Tribunal's reasons and may not be relied on.

The applicant, a bus driver employed by Harborline Transit Authority for 14 years, was dismissed in October 2038 after she refused to drive a bus on safety grounds. She complained that the dismissal was a reprisal for a safety refusal protected by section 43 of the Occupational Health and Safety Act.

The applicant told the Tribunal that she had reported a "soft" brake pedal to her supervisor twice on the morning in question and had been told to "drive it or go home." She asked the Tribunal to order her reinstatement with back pay.

The Authority submitted that the bus had passed an inspection two days earlier and that the applicant had been dismissed for a pattern of lateness, not for the refusal. Its maintenance manager testified that no fault was found when the bus was examined after the incident.

The applicant's union, the Marisota Transit Workers' Union, intervened in support of the application. It argued that drivers at the Authority had made 41 safety refusals since 2035 and that none had been investigated by a safety inspector as the Act requires.

The Tribunal finds that the applicant's refusal was made in good faith. The Act does not require a worker to be right about a hazard, only to have reasonable grounds to believe that one exists. In the Tribunal's view, a driver of 14 years' experience who twice reports the same symptom has such grounds.

The Tribunal does not accept the Authority's evidence that the dismissal was for lateness. The lateness records relied on were compiled after the refusal, and the applicant's supervisor conceded in cross-examination that no earlier warning had been given.

The application is allowed. The Authority is directed to reinstate the applicant within 30 days and to pay her lost wages with interest.

Member Vintner-Hoske, concurring, agrees with the result but writes separately. In her view, the Authority's failure to keep written records of drivers' safety complaints is itself a breach of the Act, and she would have directed the Authority to put such a system in place. She notes that the Authority's own safety committee recommended a written log in 2036.

Member Ostrowski agrees with the reasons of the Vice-Chair.

The full reasons are available on the Tribunal's website.
''',
    s(APP, 'She', 'the dismissal was a reprisal for a safety refusal protected by section 43 of the Occupational Health and Safety Act', 'complained'),
    s(APP, 'The applicant', 'she had reported a "soft" brake pedal to her supervisor twice on the morning in question and had been told to "drive it or go home."', 'told', 'mixed'),
    s(APP, 'She', 'the Tribunal to order her reinstatement with back pay', 'asked'),
    s(RESP, 'The Authority', 'the bus had passed an inspection two days earlier and that the applicant had been dismissed for a pattern of lateness, not for the refusal', 'submitted'),
    s('Its maintenance manager', 'Its maintenance manager', 'no fault was found when the bus was examined after the incident', 'testified'),
    s("Marisota Transit Workers' Union", 'It', 'drivers at the Authority had made 41 safety refusals since 2035 and that none had been investigated by a safety inspector as the Act requires', 'argued'),
    s('Labour Relations Tribunal of Marisota', 'The Tribunal', "the applicant's refusal was made in good faith", 'finds'),
    s('Labour Relations Tribunal of Marisota', "the Tribunal's", "a driver of 14 years' experience who twice reports the same symptom has such grounds", "In the Tribunal's view"),
    s('Labour Relations Tribunal of Marisota', 'The Tribunal', "the Authority's evidence that the dismissal was for lateness", 'does not accept'),
    s("the applicant's supervisor", "the applicant's supervisor", 'no earlier warning had been given', 'conceded'),
    s(MEMB, 'her', "the Authority's failure to keep written records of drivers' safety complaints is itself a breach of the Act, and she would have directed the Authority to put such a system in place", 'In her view', role='Member'),
    s(MEMB, 'She', "the Authority's own safety committee recommended a written log in 2036", 'notes', role='Member'),
    s("the Authority's own safety committee", "the Authority's own safety committee", 'a written log in 2036', 'recommended', nested=True, via=MEMB),
)

ECL = 'Electoral Commission of Lindmark'
HALV = 'Beatrix Halvorsen-Achebe'
NDP = 'Lindmark Renewal Party'

doc('bg10-gov-lindmark-electoral-commission-statement', 'Electoral Commission of Lindmark', '2039-05-14', '''
Electoral Commission of Lindmark

Statement on the conduct of the regional elections of 11 May 2039

14 May 2039

For immediate release

The Electoral Commission of Lindmark today confirmed that voting in the regional elections of 11 May took place in an orderly manner in all 2,418 polling stations and that turnout, at 61.3%, was the highest in a regional election since 2019.

The Commission has received 214 complaints since polling day. Most concern the length of queues at polling stations in the cities of Aurholm and Sandvik, where some voters waited more than two hours. The Commission regrets the inconvenience caused to these voters and will review the staffing of urban polling stations before the next election.

The Lindmark Renewal Party has alleged that ballot papers were removed from a polling station in Sandvik-East before the count. The Commission has examined the station's records and the observers' reports. It found no evidence that any ballot paper was removed and rejects the allegation.

The observer mission of the Council of Northern States, which visited 310 polling stations, reported that the secrecy of the vote had been respected and that polling staff had followed the procedures. In a preliminary statement, the mission recommended that the Commission publish results by polling station within 48 hours.

The Commission also:
- reminds all parties that their campaign finance reports are due by 30 June;
- notes that 4,212 voters used the new mobile polling stations in rural districts;
- calls on the Government to fund the permanent voter register it proposed in 2037.

The final results will be certified on 21 May.

Remarks by the Chair of the Commission, Beatrix Halvorsen-Achebe, at the press conference in Aurholm:

"Good afternoon. First, I want to thank the 19,000 polling staff who worked for more than sixteen hours on Sunday, many of them volunteers. Without them there is no election.

"Second, on Sandvik-East. We take every complaint seriously, and we have looked at this one closely. The count in that station was watched by representatives of four parties, including the party that made the complaint. None of them raised an objection on the night.

"Third, the queues. They were too long, and that is our responsibility. Voters should not have to choose between their vote and their job."

Asked whether the Commission would ask the police to investigate the allegation, Ms Halvorsen-Achebe said the Commission had no grounds to do so.

The Lindmark Renewal Party said in a statement on Wednesday evening that it would challenge the result in Sandvik-East before the Regional Court. Its leader, Oskar Brennan-Fagerlund, told supporters that the party "will not accept a result we cannot verify."

Media contact: Press Office of the Electoral Commission, press@ecl.example
''',
    s(ECL, 'The Electoral Commission of Lindmark', 'voting in the regional elections of 11 May took place in an orderly manner in all 2,418 polling stations and that turnout, at 61.3%, was the highest in a regional election since 2019', 'confirmed'),
    s(ECL, 'The Commission', 'the inconvenience caused to these voters', 'regrets'),
    s(NDP, 'The Lindmark Renewal Party', 'ballot papers were removed from a polling station in Sandvik-East before the count', 'has alleged'),
    s(ECL, 'It', 'no evidence that any ballot paper was removed', 'found'),
    s(ECL, '', 'the allegation', 'rejects'),
    s('observer mission of the Council of Northern States', 'The observer mission of the Council of Northern States, which visited 310 polling stations', 'the secrecy of the vote had been respected and that polling staff had followed the procedures', 'reported'),
    s('observer mission of the Council of Northern States', 'the mission', 'the Commission publish results by polling station within 48 hours', 'recommended'),
    s(ECL, 'The Commission', 'their campaign finance reports are due by 30 June;', 'reminds'),
    s(ECL, 'The Commission', '4,212 voters used the new mobile polling stations in rural districts;', 'notes'),
    s(ECL, 'The Commission', 'the Government to fund the permanent voter register it proposed in 2037.', 'calls on'),
    s(HALV, 'the Chair of the Commission, Beatrix Halvorsen-Achebe', '"Good afternoon. First, I want to thank the 19,000 polling staff|between their vote and their job."', '', 'direct', role='Chair of the Commission'),
    s(HALV, 'Ms Halvorsen-Achebe', 'the Commission had no grounds to do so', 'said', role='Chair of the Commission'),
    s(NDP, 'The Lindmark Renewal Party', 'it would challenge the result in Sandvik-East before the Regional Court', 'said'),
    s('Oskar Brennan-Fagerlund', 'Its leader, Oskar Brennan-Fagerlund', 'the party "will not accept a result we cannot verify."', 'told', 'mixed', role='Its leader'),
)

MAYOR = 'Helena Ravensworth'
DIR = 'Samuel Okonjo-Pike'
CLR_A = 'Priya Desrosiers'
CLR_B = 'Walter Gunnarsen'
CLR_C = 'Marguerite Tsang-Hollis'
DEL = 'Beverly Oduya-March'

doc('bg11-gov-port-alder-council-meeting-minutes', 'Town of Port Alder', '2039-09-09', '''
Town of Port Alder

Minutes of the Regular Meeting of Council

Tuesday, September 9, 2039, 7:00 p.m., Council Chambers, Town Hall

Present: Mayor Helena Ravensworth (Chair); Councillors Priya Desrosiers, Walter Gunnarsen, Marguerite Tsang-Hollis, Anton Bisset

Absent: Councillor Leona Farrish (regrets)

Staff: Samuel Okonjo-Pike, Director of Infrastructure Services; Nadia Petrakis, Town Clerk

1. Call to Order

The Mayor called the meeting to order at 7:02 p.m.

2. Adoption of the Agenda

Moved by Councillor Gunnarsen, seconded by Councillor Bisset, THAT the agenda be adopted as circulated. CARRIED.

3. Delegations

3.1 Beverly Oduya-March, Harbourview Residents' Association, re: Harbour Road seawall

Ms. Oduya-March addressed Council on behalf of the association. She stated that waves had overtopped the seawall on Harbour Road four times since March and that two basements had flooded. She asked Council to move the seawall repair ahead of the marina parking project in the capital plan. She noted that the association had collected 412 signatures in support.

Councillor Tsang-Hollis asked whether the residents had reported the flooding to the Town. Ms. Oduya-March replied that they had, on three occasions, and had received no written response.

4. Staff Reports

4.1 Report IS-2039-31, Harbour Road Seawall Condition Assessment

The Director of Infrastructure Services presented the report. He advised that the consultant's inspection had found cracking along 140 metres of the wall and that a full repair would cost an estimated $2.6 million. He stated that staff recommend a temporary rock revetment this fall at a cost of $180,000, with the full repair to follow in 2041.

Councillor Desrosiers asked why the repair could not begin in 2040. The Director replied that the Town's share of the provincial infrastructure grant for 2040 had already been committed to the water treatment plant.

Councillor Gunnarsen expressed concern that a temporary revetment would be damaged in the first winter storm. He said he would not support spending $180,000 "on rocks that will be in the harbour by February."

The Mayor noted that the province had announced a new coastal resilience fund and said she would write to the minister to ask whether the seawall would qualify.

Moved by Councillor Desrosiers, seconded by Councillor Tsang-Hollis, THAT Council approve the temporary rock revetment at a cost not exceeding $180,000, to be funded from the capital reserve. CARRIED, Councillor Gunnarsen opposed.

4.2 Verbal Update, Fire Chief

Fire Chief Darren Okafor-Silva provided a verbal update on the wildfire season. He reported that the department had responded to 23 grass fires since June, compared with nine last year, and thanked volunteer firefighters for their work.

Councillor Bisset asked whether the department had enough volunteers. The Chief replied that it was six short of its complement of 40 and that a recruitment drive would begin in October.

5. Correspondence

5.1 Letter from the Port Alder Yacht Club dated August 28, 2039

The Clerk reported that the Yacht Club had written to express its opposition to any delay in the marina parking project. Received for information.

6. Adjournment

Moved by Councillor Bisset, seconded by Councillor Desrosiers, THAT the meeting adjourn at 8:41 p.m. CARRIED.

Helena Ravensworth, Mayor
Nadia Petrakis, Town Clerk
''',
    s(DEL, 'She', 'waves had overtopped the seawall on Harbour Road four times since March and that two basements had flooded', 'stated', role="Harbourview Residents' Association"),
    s(DEL, 'She', 'Council to move the seawall repair ahead of the marina parking project in the capital plan', 'asked', role="Harbourview Residents' Association"),
    s(DEL, 'She', 'the association had collected 412 signatures in support', 'noted', role="Harbourview Residents' Association"),
    s(DEL, 'Ms. Oduya-March', 'they had, on three occasions, and had received no written response', 'replied', role="Harbourview Residents' Association"),
    s(DIR, 'He', "the consultant's inspection had found cracking along 140 metres of the wall and that a full repair would cost an estimated $2.6 million", 'advised', role='Director of Infrastructure Services'),
    s(DIR, 'He', 'staff recommend a temporary rock revetment this fall at a cost of $180,000, with the full repair to follow in 2041', 'stated', role='Director of Infrastructure Services'),
    s('staff', 'staff', 'a temporary rock revetment this fall at a cost of $180,000, with the full repair to follow in 2041', 'recommend', nested=True, via=DIR),
    s(DIR, 'The Director', "the Town's share of the provincial infrastructure grant for 2040 had already been committed to the water treatment plant", 'replied', role='Director of Infrastructure Services'),
    s(CLR_B, 'Councillor Gunnarsen', 'a temporary revetment would be damaged in the first winter storm', 'expressed concern', role='Councillor'),
    s(CLR_B, 'He', 'he would not support spending $180,000 "on rocks that will be in the harbour by February."', 'said', 'mixed', role='Councillor'),
    s(MAYOR, 'The Mayor', 'the province had announced a new coastal resilience fund', 'noted', role='Mayor'),
    s(MAYOR, '', 'she would write to the minister to ask whether the seawall would qualify', 'said', role='Mayor'),
    s('Darren Okafor-Silva', 'He', 'the department had responded to 23 grass fires since June, compared with nine last year', 'reported', role='Fire Chief'),
    s('Darren Okafor-Silva', 'The Chief', 'it was six short of its complement of 40 and that a recruitment drive would begin in October', 'replied', role='Fire Chief'),
    s('Nadia Petrakis', 'The Clerk', 'the Yacht Club had written to express its opposition to any delay in the marina parking project', 'reported', role='Town Clerk'),
    s('Port Alder Yacht Club', 'the Yacht Club', 'to express its opposition to any delay in the marina parking project', 'had written', nested=True, via='Nadia Petrakis'),
)
