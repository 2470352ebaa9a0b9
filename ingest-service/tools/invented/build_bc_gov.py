"""Set BC's six government texts (see build_bc.py)."""
from invented_common import doc_spans as doc, s

VASS = 'Ingeborg Vasstrom'
MALV = 'Teodor Malvic'
PAIR = 'Ingeborg Vasstrom and Teodor Malvic'

doc('bc06-gov-lindmark-dorvania-prime-minister-president-talks', 'Office of the Prime Minister of Lindmark', '2037-03-14', '''
Office of the Prime Minister of Lindmark

Readout: Prime Minister Ingeborg Vasstrom's meeting with President Teodor Malvic of Dorvania

Vasshaven, 14 March 2037

Prime Minister Ingeborg Vasstrom today welcomed President Teodor Malvic of Dorvania to Vasshaven for the first official visit by a Dorvanian head of state since 2029.

The Prime Minister and the President held talks in a restricted format, followed by a plenary session with ministers of both governments and a working lunch.

The two leaders agreed to raise trade between their countries to 5 billion euros a year by 2040 and to launch negotiations on a new agreement on the protection of investments.

The Prime Minister stressed:
- Lindmark's support for Dorvania's path to membership of the Northern Economic Area, and its readiness to share its experience of the accession negotiations;
- the importance of the rule of law and of an independent judiciary for investors;
- Lindmark's concern over the detention of the journalist Miro Stansky, and its hope that his case will be resolved quickly and fairly.

President Malvic thanked the Prime Minister for her hospitality. He said that Dorvania's reforms of its courts were "irreversible" and that a new law on the judiciary would be adopted by the summer.

The Prime Minister raised the case of three Lindmark fishing vessels detained in Dorvanian waters last autumn. The President said the vessels would be released once the fines imposed by a Dorvanian court had been paid.

The two leaders noted with satisfaction the growing number of Dorvanian students at Lindmark universities, which reached 2,400 this year.

The President informed the Prime Minister about the situation on Dorvania's eastern border.

On energy, the leaders welcomed the completion of the Kessa-Dorn power line and discussed a possible joint offshore wind project in the Sound of Arle. They instructed their energy ministers to present a feasibility study by the end of the year.

The leaders condemned the attacks on merchant shipping in the Sea of Orm and called for the freedom of navigation to be respected.

The Prime Minister and the President witnessed the signing of a memorandum on cooperation in vocational education. Ministers signed agreements on the avoidance of double taxation and on the mutual recognition of driving licences.

Speaking to reporters after the talks, the Prime Minister said: "Dorvania's place is in our economic area. The pace of the journey is for Dorvania to set, but the door is open."

Asked by a reporter about Mr Stansky, President Malvic said that the courts of Dorvania were independent and that he would not comment on a case before them.

The Prime Minister accepted an invitation to visit Dorvania in 2038.

The visit continues on Friday in the port city of Arlestad, where the President will open a Dorvanian trade office.
''',
    s(PAIR, 'The two leaders', 'to raise trade between their countries to 5 billion euros a year by 2040 and to launch negotiations on a new agreement on the protection of investments', 'agreed'),
    s(VASS, 'The Prime Minister', "Lindmark's support for Dorvania's path to membership of the Northern Economic Area, and its readiness to share its experience of the accession negotiations;", 'stressed', role='Prime Minister'),
    s(VASS, 'The Prime Minister', 'the importance of the rule of law and of an independent judiciary for investors;', 'stressed', role='Prime Minister'),
    s(VASS, 'The Prime Minister', "Lindmark's concern over the detention of the journalist Miro Stansky, and its hope that his case will be resolved quickly and fairly.", 'stressed', role='Prime Minister'),
    s(MALV, 'He', 'Dorvania\'s reforms of its courts were "irreversible" and that a new law on the judiciary would be adopted by the summer', 'said', 'mixed', role='President'),
    s(VASS, 'The Prime Minister', 'the case of three Lindmark fishing vessels detained in Dorvanian waters last autumn', 'raised', role='Prime Minister', anchor='raised the case'),
    s(MALV, 'The President', 'the vessels would be released once the fines imposed by a Dorvanian court had been paid', 'said', role='President'),
    s(PAIR, 'The two leaders', 'the growing number of Dorvanian students at Lindmark universities, which reached 2,400 this year', 'noted with satisfaction'),
    s(PAIR, 'the leaders', 'the completion of the Kessa-Dorn power line', 'welcomed'),
    s(PAIR, 'They', 'their energy ministers to present a feasibility study by the end of the year', 'instructed'),
    s(PAIR, 'The leaders', 'the attacks on merchant shipping in the Sea of Orm', 'condemned'),
    s(PAIR, '', 'the freedom of navigation to be respected', 'called for'),
    s(VASS, 'the Prime Minister', '"Dorvania\'s place is in our economic area. The pace of the journey is for Dorvania to set, but the door is open."', 'said', 'direct', role='Prime Minister'),
    s(MALV, 'President Malvic', 'the courts of Dorvania were independent and that he would not comment on a case before them', 'said', role='President'),
)

OKAF = 'Selma Okafor-Lind'
HRUS = 'Pavel Hrusko'

doc('bc07-gov-aurelland-health-ministry-measles-briefing', 'Ministry of Health of Aurelland', '2037-02-03', '''
Ministry of Health of Aurelland

Transcript: Media briefing on the measles outbreak in Brenthaven province

Participants: Dr. Selma Okafor-Lind, Chief Medical Officer; Dr. Pavel Hrusko, Director of the National Institute of Public Health. Moderator: Ines Carvalho-Berg, Head of Communications.

Aurelstad, 3 February 2037

MODERATOR: Good morning, and thank you for coming. Dr. Okafor-Lind will give an update and then we will take your questions. Dr. Okafor-Lind.

DR. OKAFOR-LIND: Thank you, Ines. Good morning.

As of yesterday evening, 214 cases of measles have been confirmed in Brenthaven province since the first case was reported on 9 January. Thirty-one people have been admitted to hospital, most of them children under five. Sadly, I have to report that a 14-month-old child died on Saturday in the Brenthaven Regional Hospital. Our thoughts are with the family.

Almost all of the cases are in people who were not vaccinated. Vaccination coverage in the three most affected municipalities is below 80 percent, well below the 95 percent needed to stop the virus from spreading.

From Monday, we are opening six additional vaccination clinics in the province, including two mobile clinics, and every child between six months and one year will be offered an early dose. I urge every parent to check their children's vaccination records today.

MODERATOR: Thank you. Questions, please. Yes, in the front.

Q (Lars Ekdahl, Aurelland Public Radio): Doctor, the provincial governor said on Sunday that the ministry was warned about low vaccination rates in Brenthaven two years ago and did nothing. Is that true?

DR. OKAFOR-LIND: We have been warning about low coverage in parts of Brenthaven for years, publicly. What is true is that we did not do enough to reach the families who were hesitant. That is a lesson, and we will learn it.

Q (Lars Ekdahl, Aurelland Public Radio): A follow-up. Will the ministry make vaccination compulsory for school entry?

DR. OKAFOR-LIND: That is a decision for the government and for parliament. I will say that several countries that have done it saw coverage rise.

Q (Mira Santangelo, Daily Courier): Dr. Hrusko, how long do you expect the outbreak to last?

DR. HRUSKO: Our modelling suggests that, if the extra clinics reach the coverage we expect, the number of new cases will peak in the next two to three weeks. But I want to be careful. Measles is the most contagious disease we know, and models are only as good as the data we put into them.

Q (Mira Santangelo, Daily Courier): Have cases been found outside the province?

DR. HRUSKO: Yes. Two cases have been confirmed in the capital, both linked to a family visit to Brenthaven. The institute's laboratory has confirmed that the virus is the same strain.

Q (Tomas Rydell, Aurelstad Today): Some parents in Brenthaven say they cannot get an appointment at a clinic for three weeks. What do you tell them?

DR. OKAFOR-LIND: I tell them to come to a walk-in clinic. No appointment is needed from Monday. I'll ask Dr. Hrusko to add something on the supply of vaccine.

DR. HRUSKO: We have 180,000 doses in stock, and the manufacturer has told us another 100,000 will arrive by the end of the month. Supply is not the problem.

MODERATOR: Thank you all. The next briefing will be on Friday at 10 o'clock.
''',
    s(OKAF, 'DR. OKAFOR-LIND', 'Good morning.|check their children\'s vaccination records today.', '', role='Chief Medical Officer'),
    s('the provincial governor', 'the provincial governor', 'the ministry was warned about low vaccination rates in Brenthaven two years ago and did nothing', 'said'),
    s(OKAF, 'DR. OKAFOR-LIND', 'We have been warning about low coverage|and we will learn it.', '', role='Chief Medical Officer'),
    s(OKAF, 'DR. OKAFOR-LIND', 'That is a decision for the government and for parliament.|saw coverage rise.', '', role='Chief Medical Officer'),
    s(HRUS, 'DR. HRUSKO', 'Our modelling suggests that|the data we put into them.', '', role='Director of the National Institute of Public Health'),
    s('Our modelling', 'Our modelling', 'if the extra clinics reach the coverage we expect, the number of new cases will peak in the next two to three weeks', 'suggests', nested=True, via=HRUS),
    s(HRUS, 'DR. HRUSKO', 'Yes. Two cases have been confirmed in the capital|the virus is the same strain.', '', role='Director of the National Institute of Public Health'),
    s("The institute's laboratory", "The institute's laboratory", 'the virus is the same strain', 'has confirmed', nested=True, via=HRUS),
    s('Some parents in Brenthaven', 'Some parents in Brenthaven', 'they cannot get an appointment at a clinic for three weeks', 'say'),
    s(OKAF, 'DR. OKAFOR-LIND', 'I tell them to come to a walk-in clinic. No appointment is needed from Monday.', '', role='Chief Medical Officer'),
    s(HRUS, 'DR. HRUSKO', 'We have 180,000 doses in stock|Supply is not the problem.', '', role='Director of the National Institute of Public Health'),
    s('the manufacturer', 'the manufacturer', 'another 100,000 will arrive by the end of the month', 'has told', nested=True, via=HRUS),
)

KESS = 'Amara Kessling'
STAU = 'Felix Staunton'
SCC = 'Supreme Court of Carrowmore'

doc('bc08-gov-carrowmore-supreme-court-loughmor-judgment-summary', 'Supreme Court of Carrowmore', '2037-04-21', '''
Supreme Court of Carrowmore

Press summary

Hallorann and others (Appellants) v Minister for the Environment (Respondent)

Judgment date: 21 April 2037

Justices: Chief Justice Brennan-Ode, Justice Amara Kessling, Justice Tobias Wren, Justice Maeve Ordono, Justice Felix Staunton

Background to the appeal

The appellants are four farmers whose land lies in the catchment of the Loughmor river. In 2035 the Minister for the Environment approved a scheme to divert part of the river's flow to a new reservoir serving the city of Dunvar. The appellants say that the Minister approved the scheme without an environmental assessment of its effects on the wetlands downstream, as the Environmental Protection Act 2019 requires.

The scheme would take up to 40 million litres a day from the river between May and October. Construction was due to begin in 2038.

The High Court dismissed their application for judicial review. The Court of Appeal, by a majority, upheld that decision, finding that the assessment carried out in 2031 for an earlier, larger version of the scheme was sufficient.

The Loughmor Anglers' Trust, which intervened in the appeal, submitted that the wetlands are the last breeding ground of the river's salmon.

Judgment

The Supreme Court allows the appeal by a majority of four to one. Justice Kessling gives the lead judgment, with which the Chief Justice, Justice Wren and Justice Ordono agree. Justice Staunton gives a dissenting judgment.

Reasons for the judgment

Justice Kessling holds that the duty to assess environmental effects applies to the scheme the Minister actually approves, not to an earlier version of it [34]. She finds that the 2035 scheme took water from a different point on the river and in different seasons, and that the 2031 assessment did not consider its effects on the Loughmor wetlands at all [41].

The Minister argued that any further assessment would have reached the same conclusion. Justice Kessling rejects that argument, holding that it is not for a court to guess what a proper assessment would have found, and that the Act does not allow the Minister to skip a step because she is confident of the result [47].

The Court accepts that the reservoir is needed and that Dunvar faces serious water shortages. But it notes that the Act contains no exception for urgent projects, and that it is for the legislature, not the courts, to create one if it wishes [52].

The Court quashes the Minister's approval. The Minister may approve the scheme again once a lawful assessment has been carried out.

Dissenting judgment

Justice Staunton would have dismissed the appeal. In his view the changes between the two versions of the scheme were minor, and the 2031 assessment addressed the risks to the wetlands in enough detail [68]. He warns that the judgment may delay other infrastructure projects whose assessments are several years old [74].

References in square brackets are to paragraphs of the judgment.

NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document.
''',
    s('Hallorann and others', 'The appellants', 'the Minister approved the scheme without an environmental assessment of its effects on the wetlands downstream, as the Environmental Protection Act 2019 requires', 'say', anchor='The appellants say'),
    s('The Court of Appeal', 'The Court of Appeal', 'the assessment carried out in 2031 for an earlier, larger version of the scheme was sufficient', 'finding'),
    s("The Loughmor Anglers' Trust", "The Loughmor Anglers' Trust", "the wetlands are the last breeding ground of the river's salmon", 'submitted'),
    s(KESS, 'Justice Kessling', 'the duty to assess environmental effects applies to the scheme the Minister actually approves, not to an earlier version of it', 'holds', role='Justice'),
    s(KESS, 'She', 'the 2035 scheme took water from a different point on the river and in different seasons, and that the 2031 assessment did not consider its effects on the Loughmor wetlands at all', 'finds', role='Justice'),
    s('Minister for the Environment', 'The Minister', 'any further assessment would have reached the same conclusion', 'argued'),
    s(KESS, 'Justice Kessling', 'it is not for a court to guess what a proper assessment would have found, and that the Act does not allow the Minister to skip a step because she is confident of the result', 'holding', role='Justice'),
    s(SCC, 'The Court', 'the reservoir is needed and that Dunvar faces serious water shortages', 'accepts'),
    s(SCC, 'it', 'the Act contains no exception for urgent projects, and that it is for the legislature, not the courts, to create one if it wishes', 'notes'),
    s(STAU, 'his', 'the changes between the two versions of the scheme were minor, and the 2031 assessment addressed the risks to the wetlands in enough detail', 'In his view', role='Justice'),
    s(STAU, 'He', 'the judgment may delay other infrastructure projects whose assessments are several years old', 'warns', role='Justice'),
)

ARS = 'Delphine Arsenault'
LINDH = 'Gareth Lindholm'
SAND = 'Priya Sandhu-Morrow'
ACHT = 'Neville Achterberg'
FERR = 'Colm Ferrity'
AUD = "the province's auditor general"

doc('bc09-gov-ostmark-legislature-oral-questions', 'Legislative Assembly of Ostmark', '2037-03-10', '''
Legislative Assembly of Ostmark

Official Report of Debates (Hansard)

Oral Questions

Wednesday, 10 March 2037

The Speaker (Hon. Ruth Okonjo-Hale): It being 10:45, it is now time for oral questions. The member for Brackwater North.

Ms. Delphine Arsenault (Brackwater North): My question is for the Premier. Yesterday the province's auditor general reported that wait times for hip and knee surgery have doubled since 2033. The auditor found that 9,000 people have waited more than a year. The Premier promised in the last election to end year-long waits by 2036. Why has he broken that promise?

The Speaker: Premier.

Hon. Gareth Lindholm (Premier): Thank you, Speaker. I thank the member for the question. We accept the auditor general's findings, all of them. This year we are funding 14,000 more surgeries than last year, and we have opened two new surgical centres, in Kelby and in Norcross. The member's party cut operating room hours when it was in government. We are putting them back.

The Speaker: Supplementary.

Ms. Delphine Arsenault: Speaker, people are not waiting for press releases; they are waiting for new knees. Marguerite Tolland, a retired nurse in my riding, told me she has been on the list for 19 months and can no longer climb the stairs to her bedroom. What does the Premier say to her?

The Speaker: Minister of Health.

Hon. Priya Sandhu-Morrow (Minister of Health): Speaker, I would be happy to look at that case with the member. The auditor general also found that the number of surgeries performed last year was the highest in the province's history. Our plan is working, and waits will come down this year.

Some hon. members: Oh, oh.

The Speaker: Order. The member for Harrow Lake.

Mr. Neville Achterberg (Harrow Lake): My question is for the Minister of Transportation. Residents of Harrow Lake have been told three times that the Route 9 bridge will reopen, and three times the date has slipped. The contractor told the municipal council last week that the steel has not even been ordered. When will the bridge reopen?

The Speaker: Minister of Transportation.

Hon. Colm Ferrity (Minister of Transportation): Speaker, I share the member's frustration. The contractor has assured my ministry that the bridge will reopen to traffic by the end of September, and I will hold it to that date.

The Speaker: Supplementary.

Mr. Neville Achterberg: Will the minister table the contract so that the people of Harrow Lake can see what penalties the contractor faces?

The Speaker: Minister.

Hon. Colm Ferrity: I will table what I can, Speaker, subject to the commercial terms.

The Speaker: The member for Lakeside East.

Mr. Owen Thackeray (Lakeside East): My question is for the Minister of Education. Parents in Lakeside East have told me that the portables at Birchview Public School have had no heat since January. When will they be fixed?

The Speaker: Minister of Education.

Hon. Nadia Ferreira-Lowe (Minister of Education): Speaker, the board has told us the new furnaces will be installed during the March break. Until then, students are being taught in the gym and the library.

The Speaker: That concludes the time for oral questions.
''',
    s(AUD, AUD, 'wait times for hip and knee surgery have doubled since 2033', 'reported'),
    s(AUD, 'The auditor', '9,000 people have waited more than a year', 'found'),
    s(LINDH, 'The Premier', 'to end year-long waits by 2036', 'promised', role='Premier', anchor='The Premier promised'),
    s(LINDH, 'Hon. Gareth Lindholm', "We accept the auditor general's findings, all of them.|We are putting them back.", '', role='Premier'),
    s(ARS, 'Ms. Delphine Arsenault', 'people are not waiting for press releases|can no longer climb the stairs to her bedroom', ''),
    s('Marguerite Tolland', 'Marguerite Tolland, a retired nurse in my riding', 'she has been on the list for 19 months and can no longer climb the stairs to her bedroom', 'told', role='a retired nurse in my riding', nested=True, via=ARS),
    s(SAND, 'Hon. Priya Sandhu-Morrow', 'I would be happy to look at that case with the member.|waits will come down this year.', '', role='Minister of Health'),
    s(AUD, 'The auditor general', "the number of surgeries performed last year was the highest in the province's history", 'found', nested=True, via=SAND),
    s(ACHT, 'Mr. Neville Achterberg', 'Residents of Harrow Lake have been told three times that the Route 9 bridge will reopen, and three times the date has slipped.', ''),
    s('The contractor', 'The contractor', 'the steel has not even been ordered', 'told', anchor='The contractor told'),
    s(FERR, 'Hon. Colm Ferrity', "I share the member's frustration.|I will hold it to that date.", '', role='Minister of Transportation'),
    s('The contractor', 'The contractor', 'the bridge will reopen to traffic by the end of September', 'has assured', nested=True, via=FERR),
    s('Owen Thackeray', 'Mr. Owen Thackeray', 'Parents in Lakeside East have told me that the portables at Birchview Public School have had no heat since January', ''),
    s('Parents in Lakeside East', 'Parents in Lakeside East', 'the portables at Birchview Public School have had no heat since January', 'have told', nested=True, via='Owen Thackeray'),
    s('Nadia Ferreira-Lowe', 'Hon. Nadia Ferreira-Lowe', 'the board has told us the new furnaces|in the gym and the library.', '', role='Minister of Education'),
    s('the board', 'the board', 'the new furnaces will be installed during the March break', 'has told', nested=True, via='Nadia Ferreira-Lowe', anchor='the board has told'),
    s(FERR, 'Hon. Colm Ferrity', 'I will table what I can, Speaker, subject to the commercial terms.', '', role='Minister of Transportation'),
)

MORST = 'Anika Morstad'
TULLY = 'Graham Tully'
CAST = 'Fiona Castellane'
DUNP = 'Ray Dunphy'
FEEN = 'Marcus Feeney'

doc('bc10-gov-port-alder-council-budget-minutes', 'City of Port Alder', '2037-01-19', '''
City of Port Alder

Minutes of the Special Meeting of Council (Budget)

Tuesday, January 19, 2037, 6:00 p.m., Council Chambers

Present: Mayor Rosalind Achebe-Ward (Chair); Councillors Tomas Brightwater, Helen Oduya, Marcus Feeney, Priya Lal, Dmitri Sorensen, Jean-Paul Okafor
Staff: Graham Tully, City Manager; Anika Morstad, Director of Finance; Les Whitcombe, City Clerk

1. Call to Order
The Chair called the meeting to order at 6:02 p.m.

2. Presentation: 2037 Operating and Capital Budget
The Director of Finance presented the proposed 2037 budget. She reported that the proposed operating budget of $148.6 million would require a property tax increase of 4.9 percent, or about $112 a year on an average home. She noted that 2.1 percentage points of the increase were due to the provincial policing contract, which the City does not control.

The City Manager advised that staff had found $2.3 million in savings, including a hiring freeze on 11 vacant positions, and that further cuts would affect services residents use every day.

3. Delegations
Fiona Castellane, on behalf of the Port Alder Library Board, asked Council to restore $180,000 for Sunday hours at the central library. She stated that Sunday is the library's busiest day for families and students.

Ray Dunphy, President of the Port Alder Chamber of Commerce, said the Chamber opposed any increase above the rate of inflation, and urged Council to defer the new fire hall on Kestrel Road.

4. Correspondence
Letter from the Port Alder Seniors' Association, advising that its members support the restoration of the Dial-a-Ride bus service.

5. Consideration of the Budget
Moved by Councillor Oduya, seconded by Councillor Lal:
THAT Council approve the 2037 Operating and Capital Budget as presented, with a property tax increase of 4.9 percent.

Councillor Feeney stated that he could not support an increase of nearly five percent in a year when many families were struggling with rents, and suggested that the fire hall be deferred by one year.

Moved by Councillor Feeney, seconded by Councillor Sorensen:
THAT the Kestrel Road fire hall be deferred to 2038, reducing the tax increase to 4.1 percent.

In response to a question from Councillor Brightwater, the City Manager advised that deferring the fire hall would delay the replacement of the 1961 station, which no longer meets seismic standards.

AMENDMENT DEFEATED
In favour: Councillors Feeney and Sorensen
Opposed: Mayor Achebe-Ward, Councillors Brightwater, Oduya, Lal and Okafor

Councillor Lal expressed support for the library's request.

Moved by Councillor Lal, seconded by Councillor Okafor:
THAT $180,000 be added to the operating budget for Sunday hours at the central library, funded from the tax stabilization reserve.

CARRIED

The Mayor stated that the budget "protects the services people rely on while we invest in things we have put off for too long," and thanked staff for their work.

MAIN MOTION, AS AMENDED, CARRIED
In favour: Mayor Achebe-Ward, Councillors Brightwater, Oduya, Lal and Okafor
Opposed: Councillors Feeney and Sorensen

6. Next Meeting
The next regular meeting of Council is scheduled for Tuesday, February 9, 2037, at 6:00 p.m.

7. Adjournment
The meeting adjourned at 9:47 p.m.

Certified correct:
Les Whitcombe, City Clerk
''',
    s(MORST, 'She', 'the proposed operating budget of $148.6 million would require a property tax increase of 4.9 percent, or about $112 a year on an average home', 'reported', role='Director of Finance'),
    s(MORST, 'She', '2.1 percentage points of the increase were due to the provincial policing contract, which the City does not control', 'noted', role='Director of Finance'),
    s(TULLY, 'The City Manager', 'staff had found $2.3 million in savings, including a hiring freeze on 11 vacant positions, and that further cuts would affect services residents use every day', 'advised', role='City Manager'),
    s(CAST, 'Fiona Castellane, on behalf of the Port Alder Library Board', 'Council to restore $180,000 for Sunday hours at the central library', 'asked'),
    s(CAST, 'She', "Sunday is the library's busiest day for families and students", 'stated'),
    s(DUNP, 'Ray Dunphy, President of the Port Alder Chamber of Commerce', 'the Chamber opposed any increase above the rate of inflation', 'said', role='President of the Port Alder Chamber of Commerce'),
    s(DUNP, '', 'Council to defer the new fire hall on Kestrel Road', 'urged', role='President of the Port Alder Chamber of Commerce'),
    s("Port Alder Seniors' Association", "the Port Alder Seniors' Association", 'its members support the restoration of the Dial-a-Ride bus service', 'advising'),
    s(FEEN, 'Councillor Feeney', 'he could not support an increase of nearly five percent in a year when many families were struggling with rents', 'stated', role='Councillor'),
    s(FEEN, '', 'the fire hall be deferred by one year', 'suggested', role='Councillor'),
    s(TULLY, 'the City Manager', 'deferring the fire hall would delay the replacement of the 1961 station, which no longer meets seismic standards', 'advised', role='City Manager'),
    s('Priya Lal', 'Councillor Lal', "the library's request", 'expressed support for', role='Councillor'),
    s('Rosalind Achebe-Ward', 'The Mayor', 'the budget "protects the services people rely on while we invest in things we have put off for too long,"', 'stated', 'mixed', role='Mayor'),
)

CAV = 'Competition Authority of Varnholm'
MARST = 'Helge Marstrander'

doc('bc11-gov-varnholm-competition-authority-dairy-merger-decision', 'Competition Authority of Varnholm', '2037-06-08', '''
Competition Authority of Varnholm

Media release

Authority blocks Frostline takeover of Polar Dairies

Brenna, 8 June 2037 - The Competition Authority of Varnholm has decided to prohibit the proposed acquisition of Polar Dairies AS by Frostline Foods ASA.

The Authority has found that the merger would have given Frostline a share of more than 70 percent of the national market for fresh milk and over 80 percent in the three northern counties, and that the remedies offered by the parties would not have restored effective competition.

"Farmers and shoppers in the north would have been left with one buyer and one seller," said Director General Helge Marstrander. "The companies offered to sell two small plants, but that was not enough to give a new competitor a real chance."

The Authority's investigation found that:
• Frostline and Polar Dairies are each other's closest competitors in fresh milk, yoghurt and butter;
• the two companies together collect about 78 percent of the raw milk produced in Varnholm;
• a new entrant would need at least five years to build the collection network required to compete.

During the investigation, the Authority received submissions from 214 dairy farmers, four retail chains and the Varnholm Farmers' Union. Several retailers told the Authority that they had no realistic alternative supplier for fresh milk in the northern counties.

Frostline argued that falling milk consumption and competition from imports would discipline prices after the merger. The Authority does not agree. Imports of fresh milk account for less than 2 percent of sales, because of the product's short shelf life.

The parties offered to sell two processing plants, in Tromvik and Ulfsdal, and to freeze the price paid to farmers for three years. The Authority concluded that these commitments were insufficient.

Marstrander added that the decision did not prevent either company from growing on its own, or from merging with a smaller partner.

The Varnholm Farmers' Union, in its submission, warned that a single buyer would be able to dictate prices to farmers in the north.

The decision may be appealed to the Competition Appeals Tribunal within 30 days.

Background
Frostline Foods is Varnholm's largest food group. Polar Dairies, owned by its farmer members until 2031, runs four processing plants in the northern counties.

Facts about the case
• The merger was notified on 14 November 2036.
• The Authority opened an in-depth investigation on 12 December 2036.
• Frostline Foods had revenue of 11.2 billion kroner in 2036.

Contact: Ingrid Solbakk, Head of Communications, tel. 0471 220 918
''',
    s(CAV, 'The Authority', 'the merger would have given Frostline a share of more than 70 percent of the national market for fresh milk and over 80 percent in the three northern counties, and that the remedies offered by the parties would not have restored effective competition', 'found'),
    s(MARST, 'Director General Helge Marstrander', '"Farmers and shoppers in the north would have been left with one buyer and one seller,"', 'said', 'direct', role='Director General'),
    s(MARST, '', '"The companies offered to sell two small plants, but that was not enough to give a new competitor a real chance."', '', 'direct', role='Director General'),
    s(CAV, "The Authority's investigation", "Frostline and Polar Dairies are each other's closest competitors in fresh milk, yoghurt and butter;", 'found'),
    s(CAV, "The Authority's investigation", 'the two companies together collect about 78 percent of the raw milk produced in Varnholm;', 'found'),
    s(CAV, "The Authority's investigation", 'a new entrant would need at least five years to build the collection network required to compete.', 'found'),
    s('Several retailers', 'Several retailers', 'they had no realistic alternative supplier for fresh milk in the northern counties', 'told'),
    s('Frostline Foods ASA', 'Frostline', 'falling milk consumption and competition from imports would discipline prices after the merger', 'argued'),
    s(CAV, 'The Authority', 'these commitments were insufficient', 'concluded'),
    s(MARST, 'Marstrander', 'the decision did not prevent either company from growing on its own, or from merging with a smaller partner', 'added', role='Director General'),
    s("The Varnholm Farmers' Union", "The Varnholm Farmers' Union", 'a single buyer would be able to dictate prices to farmers in the north', 'warned'),
)
