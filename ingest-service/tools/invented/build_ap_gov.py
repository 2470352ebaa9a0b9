"""Set AP's six government texts (see build_ap.py)."""
from invented_common import doc_spans as doc, s

MPC = 'Monetary Policy Committee of the Bank of Ostreva'
MARA = 'Ilse Marand'

doc('ap06-gov-ostreva-central-bank-policy-minutes', 'Bank of Ostreva', '2034-07-10', '''
Minutes of the Monetary Policy Committee meeting of 25-26 June 2034

Published on 10 July 2034

All seven members of the Monetary Policy Committee of the Bank of Ostreva attended the meeting, which was chaired by Governor Ilse Marand. A representative of the Ministry of Finance attended as an observer without a vote.

1. Economic and financial developments

Annual consumer price inflation fell to 4.2 percent in May from 4.9 percent in April, mainly because of lower fuel and food prices. Core inflation, which excludes energy and unprocessed food, eased more slowly, to 3.8 percent.

Bank staff said in their presentation that the economy had grown by 0.3 percent in the first quarter, less than projected in March, and that the slowdown had been concentrated in construction and manufacturing. Staff expected growth of 1.4 percent for the year as a whole.

Members noted that wage growth remained strong, at 7.1 percent a year in April, and that the labour market showed few signs of cooling. Several members observed that firms surveyed by the Bank in May planned smaller price increases than a year earlier.

2. Policy discussion

The Governor invited members to set out their views.

Most members judged that the disinflation was now broad enough to allow a first reduction in the policy rate. In their view, keeping the rate at 6.0 percent while inflation fell would tighten monetary conditions by default, at a time when lending to households had already contracted for three consecutive months.

One member, who voted against the decision, argued that a reduction was premature while services inflation remained above 6 percent and wage settlements were still being agreed at high levels. This member considered that a pause until September would cost little and would allow the Committee to see the results of the autumn wage round.

Two members said they would have supported a larger reduction of 50 basis points but were prepared to accept a smaller step in the interest of a broad majority.

The Governor noted that the Committee's decisions would continue to depend on incoming data and that a first reduction did not commit the Committee to a series of further cuts. She emphasised that the Bank stood ready to act if the depreciation of the currency threatened the inflation outlook.

The Committee discussed the exchange rate at some length. The currency had depreciated by about 3 percent against the euro since the April meeting, partly because of lower interest rates abroad and partly because of the uncertainty around the budget for 2035, and import prices had begun to rise in May.

The representative of the Ministry of Finance informed the Committee about the government's draft budget for 2035.

3. Decision

The Committee voted by six votes to one to reduce the policy rate by 25 basis points, to 5.75 percent, with effect from 27 June 2034.

The Committee agreed that its communication should make clear that the decision was not the start of a predetermined easing cycle.

Members agreed that the next monetary policy meeting would be held on 10-11 September 2034.

The minutes of the September meeting will be published on 25 September 2034.
''',
    s('Bank staff', 'Bank staff', 'the economy had grown by 0.3 percent in the first quarter|construction and manufacturing', 'said'),
    s('Bank staff', 'Staff', 'growth of 1.4 percent for the year as a whole', 'expected'),
    s('Members', 'Members', 'wage growth remained strong|few signs of cooling', 'noted'),
    s('Several members', 'Several members', 'firms surveyed by the Bank in May planned smaller price increases than a year earlier', 'observed'),
    s('Most members', 'Most members', 'the disinflation was now broad enough to allow a first reduction in the policy rate', 'judged'),
    s('Most members', 'their', 'keeping the rate at 6.0 percent while inflation fell would tighten|for three consecutive months', 'In their view'),
    s('One member', 'One member', 'a reduction was premature|still being agreed at high levels', 'argued'),
    s('One member', 'This member', 'a pause until September would cost little|the autumn wage round', 'considered'),
    s('Two members', 'Two members', 'they would have supported a larger reduction of 50 basis points|a broad majority', 'said'),
    s(MARA, 'The Governor', "the Committee's decisions would continue to depend on incoming data|a series of further cuts", 'noted', role='Governor'),
    s(MARA, 'She', 'the Bank stood ready to act if the depreciation of the currency threatened the inflation outlook', 'emphasised', role='Governor'),
    s(MPC, 'The Committee', 'its communication should make clear|a predetermined easing cycle', 'agreed'),
    s('Members', 'Members', 'the next monetary policy meeting would be held on 10-11 September 2034', 'agreed'),
)

AUTH = 'Competition Authority of the Republic of Dalvenia'
ROSK = 'Vera Roskova'
DRAV = 'Dravo Cement'
KOLM = 'Kolm Building Materials'

doc('ap07-gov-dalvenia-competition-authority-cement-cartel', 'Competition Authority of the Republic of Dalvenia', '2034-05-21', '''
Competition Authority fines three cement producers 41 million dinars for price cartel

The Competition Authority of the Republic of Dalvenia has fined three cement producers a total of 41.3 million dinars for fixing prices and sharing customers over four years.

The fines were imposed on Dravo Cement (22.6 million dinars), Kolm Building Materials (14.1 million dinars) and Marvell Cement (4.6 million dinars). Together the three companies supplied about 85 percent of the cement sold in Dalvenia during the period of the infringement.

The Authority established that between March 2029 and May 2033 the three companies:
- agreed minimum prices for bagged and bulk cement at meetings held in a hotel in Trevno and, later, through encrypted messaging;
- allocated the largest construction customers among themselves and submitted deliberately high offers to customers assigned to a competitor;
- exchanged information on their planned price increases before announcing them to customers.

The investigation began in June 2033 after Marvell Cement applied for leniency and provided evidence of the cartel. Its fine was reduced by 50 percent. The fine of Kolm Building Materials was reduced by 20 percent because the company cooperated with the investigation after the inspections.

"A cartel in cement is a tax on every school, hospital and family home built in this country. For four years these companies decided among themselves what Dalvenia would pay to build," said the President of the Competition Authority, Vera Roskova.

According to the Authority's estimates, the cartel raised the price of cement by between 12 and 18 percent, which cost public investors alone at least 60 million dinars.

In its submissions, Dravo Cement denied that the meetings in Trevno had concerned prices and argued that similar prices were the natural result of a market with high transport costs. The Authority noted, however, that the messages obtained during the inspections referred to agreed price lists by date and by customer.

Kolm Building Materials acknowledged its participation in the exchange of information but maintained that it had not taken part in the allocation of customers.

The fines take into account the duration and gravity of the infringement, the turnover of each company in the relevant market and the cooperation of the companies during the proceedings. The decision was adopted by the Council of the Authority on 14 May 2034 and was delivered to the companies on 20 May 2034. A non-confidential version of the decision will be published on the Authority's website once business secrets have been removed.

The companies may bring an action against the decision before the Administrative Court within 30 days of its receipt.

Dravo Cement has said it will challenge the decision in court.

The Dalvenian Association of Builders welcomed the decision and called on public investors to seek compensation for the damage caused by the cartel. The Authority reminds all injured parties that they may claim damages before the civil courts, and that the decision of the Authority is binding on those courts once it becomes final.

The Authority thanks the European Commission and the competition authority of the Republic of Osterland for their assistance during the inspections.

Public Relations Office
''',
    s(AUTH, 'The Authority', 'agreed minimum prices for bagged and bulk cement|through encrypted messaging;', 'established'),
    s(AUTH, 'The Authority', 'allocated the largest construction customers among themselves|assigned to a competitor;', 'established'),
    s(AUTH, 'The Authority', 'exchanged information on their planned price increases before announcing them to customers.', 'established'),
    s(ROSK, 'the President of the Competition Authority, Vera Roskova', '"A cartel in cement is a tax on every school|what Dalvenia would pay to build,"', 'said', 'direct', role='President of the Competition Authority'),
    s(AUTH, "the Authority's estimates", 'the cartel raised the price of cement by between 12 and 18 percent|at least 60 million dinars', 'According to'),
    s(DRAV, 'Dravo Cement', 'the meetings in Trevno had concerned prices', 'denied'),
    s(DRAV, '', 'similar prices were the natural result of a market with high transport costs', 'argued'),
    s(AUTH, 'The Authority', 'the messages obtained during the inspections referred to agreed price lists by date and by customer', 'noted'),
    s(KOLM, 'Kolm Building Materials', 'its participation in the exchange of information', 'acknowledged'),
    s(KOLM, '', 'it had not taken part in the allocation of customers', 'maintained'),
    s(DRAV, 'Dravo Cement', 'it will challenge the decision in court', 'has said'),
    s('Dalvenian Association of Builders', 'The Dalvenian Association of Builders', 'the decision', 'welcomed'),
    s('Dalvenian Association of Builders', '', 'public investors to seek compensation for the damage caused by the cartel', 'called on'),
    s(AUTH, 'The Authority', 'they may claim damages before the civil courts|once it becomes final', 'reminds'),
)

HPS = 'Harlow Police Service'
OKAF = 'Nadia Okafor-Reyes'
BRAN = 'Thomas Brandvold'
ABER = 'Ruth Abernathy'

doc('ap08-gov-harlow-police-pharmacy-robberies-arrests', 'Harlow Police Service', '2034-01-30', '''
Four charged after series of armed robberies at pharmacies

Harlow Police Service - News Release

Detectives investigating a series of armed robberies at pharmacies across the city have charged four men, Harlow Police Service can confirm.

The men, aged between 19 and 34 and all from Harlow, were arrested on Tuesday morning during coordinated searches at five addresses in the Eastgate and Millbrook areas. Officers recovered a replica handgun, two knives, a quantity of prescription medication and about $14,000 in cash.

All four have been charged with robbery and possession of a weapon for a dangerous purpose and will appear at Harlow Provincial Court on Thursday.

Police believe the group is responsible for at least nine robberies between October and January, in which staff were threatened and medication, mainly opioid painkillers, was taken from pharmacy safes. No member of staff was physically injured, but several have not returned to work.

Detective Inspector Nadia Okafor-Reyes, who led the investigation, said the arrests were the result of four months of work by the Major Crime Unit with the help of pharmacists who had shared video footage and stock records.

"These were frightening attacks on people who spend their days caring for others. I want to thank the pharmacy staff who came forward, often while still shaken, and gave us the details that made today possible," she said.

"We do not believe anyone else was directly involved in the robberies, but our work is not finished. We want to know where the medication went."

Investigators believe a large part of the stolen medication was sold on in the city and may still be in circulation. Police warn residents that pills sold outside a pharmacy may be counterfeit or contaminated and could be fatal.

The searches involved more than 60 officers from the Major Crime Unit, the Tactical Support Unit and the Canine Unit. Two vehicles were also seized and will be examined by the Forensic Identification Section. Because the matter is now before the courts, no further details about the evidence will be released.

Superintendent Thomas Brandvold thanked residents of Eastgate for their patience during Tuesday's searches, which closed two streets for several hours.

He urged pharmacies to review their security with the crime prevention officers of the police service, a free service that 40 pharmacies have already used since November.

In a statement released through police, the owner of the Linden Street Pharmacy, Ruth Abernathy, whose staff were robbed twice in December, said:

"My pharmacists have had a terrible winter. Today is the first day in months that they have come to work without looking at the door every time it opens. We are grateful to the detectives, and we are staying open."

Anyone with information about the robberies or the sale of the stolen medication is asked to call the Major Crime Unit at 555-0148 or to contact Crime Stoppers anonymously.

Media contact: Corporate Communications, Harlow Police Service
''',
    s(HPS, 'Harlow Police Service', 'Detectives investigating a series of armed robberies at pharmacies across the city have charged four men', 'confirm'),
    s(HPS, 'Police', 'the group is responsible for at least nine robberies|from pharmacy safes', 'believe'),
    s(OKAF, 'Detective Inspector Nadia Okafor-Reyes', 'the arrests were the result of four months of work|video footage and stock records', 'said', role='Detective Inspector'),
    s(OKAF, 'she', '"These were frightening attacks on people who spend their days caring for others.|made today possible,"', 'said', 'direct', role='Detective Inspector'),
    s(OKAF, '', '"We do not believe anyone else was directly involved|We want to know where the medication went."', '', 'direct', role='Detective Inspector'),
    s('Investigators', 'Investigators', 'a large part of the stolen medication was sold on in the city and may still be in circulation', 'believe'),
    s(HPS, 'Police', 'pills sold outside a pharmacy may be counterfeit or contaminated and could be fatal', 'warn'),
    s(BRAN, 'He', 'pharmacies to review their security with the crime prevention officers of the police service', 'urged', role='Superintendent'),
    s(ABER, 'the owner of the Linden Street Pharmacy, Ruth Abernathy', '"My pharmacists have had a terrible winter.|and we are staying open."', 'said', 'direct', role='owner of the Linden Street Pharmacy'),
)

COMM = 'Standing Committee on Health of the Legislative Assembly of Norvale'
PELL = 'Dr. Amara Pellegrini'
KEND = 'Hugh Kendrick'
FARO = 'Lucia Faro'
DOH = 'Department of Health'

doc('ap09-gov-norvale-health-committee-ambulance-report', 'Legislative Assembly of Norvale', '2034-03-19', '''
Health Committee publishes report on ambulance response times

The Standing Committee on Health of the Legislative Assembly of Norvale today published its report on ambulance response times in rural and northern communities.

The Committee concludes that the Department of Health has failed to meet its own response-time standard in rural areas in every year since 2030, and that the gap between urban and rural response times has widened in each of the last three years.

Over six months the Committee held eleven public hearings, three of them in northern communities, and received 214 written submissions from paramedics, hospitals, municipalities and members of the public.

Committee Chair Dr. Amara Pellegrini said:

"We heard from families who waited more than an hour for an ambulance while a parent or a child lay on the kitchen floor. Nobody who gave evidence to this Committee was asking for city service in the country. They were asking for a service that arrives."

The report recommends that the Government:
- publish response times for every ambulance station each month, starting no later than January 2035;
- fund at least 60 additional paramedic positions in the northern region over the next two years;
- end the practice of using rural ambulances to cover shortages in the capital without replacing them.

The Chief Paramedic of the Northern Ambulance District, Hugh Kendrick, told the Committee in October that crews in his district had spent more than 9,000 hours in 2033 waiting outside emergency departments to hand over patients.

The Department of Health, in its written evidence, argued that response times had been affected by an exceptional rise in calls after the closure of two rural clinics and that the new dispatch system introduced in 2033 would reduce them.

The Committee regrets that the Department was unable to provide station-level data for 2031 and 2032 despite two written requests.

The Committee's report is unanimous. A dissenting opinion was not submitted.

Committee member Lucia Faro, who represents the northern riding of Kell Lake, said the report should be "the floor and not the ceiling" of what the Government does.

The Committee's inquiry was launched in September 2033 after the coroner's inquest into the death of a farmer near Kell Lake who waited 74 minutes for an ambulance after a tractor accident. The Committee did not examine individual cases and makes no findings about them.

The Government is required to table a response to the report within 120 days.

The full report, the transcripts of the hearings and the written submissions are available on the Committee's web page.

Contact: Clerk of the Standing Committee on Health
''',
    s(COMM, 'The Committee', 'the Department of Health has failed to meet its own response-time standard|in each of the last three years', 'concludes'),
    s(PELL, 'Committee Chair Dr. Amara Pellegrini', '"We heard from families who waited more than an hour|They were asking for a service that arrives."', 'said', 'direct', role='Committee Chair'),
    s(COMM, 'The report', 'publish response times for every ambulance station each month|January 2035;', 'recommends'),
    s(COMM, 'The report', 'fund at least 60 additional paramedic positions|over the next two years;', 'recommends'),
    s(COMM, 'The report', 'end the practice of using rural ambulances|without replacing them.', 'recommends'),
    s(KEND, 'The Chief Paramedic of the Northern Ambulance District, Hugh Kendrick', 'crews in his district had spent more than 9,000 hours|to hand over patients', 'told', role='Chief Paramedic of the Northern Ambulance District'),
    s(DOH, 'The Department of Health', 'response times had been affected by an exceptional rise in calls|would reduce them', 'argued'),
    s(COMM, 'The Committee', 'the Department was unable to provide station-level data|despite two written requests', 'regrets'),
    s(FARO, 'Committee member Lucia Faro', 'the report should be "the floor and not the ceiling" of what the Government does', 'said', 'mixed', role='Committee member'),
)

CONF = 'International Conference for the Reconstruction of the Selva Valley'
HALD = 'Maren Haldane'
ESTR = 'Joaquim Estrela'
CHAIRS = 'Maren Haldane and Joaquim Estrela'
TORV = 'Gaspard Torvel'
AYUB = 'Samira Ayub'

doc('ap10-gov-selva-valley-reconstruction-conference-summary', 'Ministry of Foreign Affairs of the Kingdom of Arvenland', '2034-10-15', '''
Co-Chairs' Summary: International Conference for the Reconstruction of the Selva Valley

Arvena, 14 October 2034

The Conference was preceded by a meeting of senior officials on 13 October, which reviewed the damage and needs assessment prepared jointly by the Government of Porvasa, the World Bank and the United Nations, and a side event on the role of the private sector in rebuilding housing and local markets.

1. The International Conference for the Reconstruction of the Selva Valley was held in Arvena on 14 October 2034, co-chaired by the Minister for Foreign Affairs of the Kingdom of Arvenland, Maren Haldane, and the Minister of Planning of the Republic of Porvasa, Joaquim Estrela. Representatives of 54 states, 17 international organisations and 30 non-governmental organisations took part.

2. The Co-Chairs recalled that the floods of June 2034 had killed 412 people, displaced more than 600,000 and destroyed or damaged about 80,000 homes, 300 schools and 1,100 kilometres of roads in the Selva Valley.

3. The Secretary-General of the United Nations, Gaspard Torvel, addressing the Conference by video link, stressed that the reconstruction must "build back higher, not just build back," and urged donors to give priority to flood defences and early-warning systems.

4. Participants expressed deep concern over the approaching rainy season and the situation of about 150,000 people still living in temporary shelters.

5. The Minister of Planning of Porvasa presented the Government's reconstruction plan, with an estimated cost of 6.4 billion dollars over five years. He assured participants that all funds would be managed through a dedicated account audited by an independent firm and that the list of projects would be published online.

6. Participants pledged a total of 2.35 billion dollars, of which 1.1 billion dollars in grants. The list of pledges is annexed to this summary.

7. Several participants called for the reconstruction plan to include the resettlement of communities living in the areas at highest risk, with the consent of those communities.

8. The Director-General of the Selva Valley Women's Network, Samira Ayub, speaking on behalf of civil society organisations, said that women-headed households had received less than a fifth of the emergency cash assistance and asked that future aid be registered in the name of both spouses.

9. The Co-Chairs welcomed the commitment of the Government of Porvasa to report on the use of the funds every six months.

10. The Co-Chairs thanked all participants for their generosity and the city of Arvena for its hospitality.

11. The Co-Chairs announced that a follow-up meeting would be held in Porvasa in April 2035 to review progress.
''',
    s(CHAIRS, 'The Co-Chairs', 'the floods of June 2034 had killed 412 people|roads in the Selva Valley', 'recalled'),
    s(TORV, 'The Secretary-General of the United Nations, Gaspard Torvel', 'the reconstruction must "build back higher, not just build back,"', 'stressed', 'mixed', role='Secretary-General of the United Nations'),
    s(TORV, '', 'donors to give priority to flood defences and early-warning systems', 'urged', role='Secretary-General of the United Nations'),
    s('Participants', 'Participants', 'deep concern over the approaching rainy season|temporary shelters', 'expressed'),
    s(ESTR, 'He', 'all funds would be managed through a dedicated account|published online', 'assured', role='Minister of Planning of Porvasa'),
    s('Several participants', 'Several participants', 'the reconstruction plan to include the resettlement|with the consent of those communities', 'called for'),
    s(AYUB, "The Director-General of the Selva Valley Women's Network, Samira Ayub", 'women-headed households had received less than a fifth of the emergency cash assistance', 'said', role="Director-General of the Selva Valley Women's Network"),
    s(AYUB, '', 'future aid be registered in the name of both spouses', 'asked', role="Director-General of the Selva Valley Women's Network"),
    s(CHAIRS, 'The Co-Chairs', 'the commitment of the Government of Porvasa to report on the use of the funds every six months', 'welcomed'),
    s(CHAIRS, 'The Co-Chairs', 'a follow-up meeting would be held in Porvasa in April 2035 to review progress', 'announced'),
)

OFF = "Regional Public Prosecutor's Office in Kestrany"
LUBO = 'Radim Lubosh'
VANE = 'Petra Vanekova'
BOSL = 'Ondrej Boslav'

doc('ap11-gov-kestrany-prosecutor-former-mayor-bribery', "Regional Public Prosecutor's Office in Kestrany", '2034-12-04', '''
Former mayor of Horna Lhota sentenced to six years for bribery

The Regional Court in Kestrany today found the former mayor of Horna Lhota, Radim L., guilty of accepting bribes and abuse of office and sentenced him to six years in prison and a fine of 2 million crowns. The verdict is not final.

The case was brought by the Regional Public Prosecutor's Office in Kestrany following an investigation by the National Anti-Corruption Police Unit.

The court found that between 2030 and 2032 the defendant had accepted at least 3.4 million crowns from two construction companies in exchange for awarding them municipal contracts for the reconstruction of the town's water mains and primary school. The court also noted that the defendant had shown no remorse and had tried to influence a witness while in custody. Two company managers were sentenced in the same proceedings to suspended sentences after they admitted their guilt.

During the trial, the prosecutor, Petra Vanekova, told the court that the defendant had arranged the tenders so that only the two companies could meet the conditions, and that the bribes had been paid in cash in the car park of a shopping centre outside the town.

The defendant pleaded not guilty. His lawyer argued that the payments had been loans between friends that had been repaid, and that the prosecution had relied on the testimony of witnesses who had an interest in reducing their own punishment.

In delivering the verdict, the presiding judge said that the court had not found the explanation of the payments as loans credible, since no written agreement or record of any repayment had been presented.

The Chief Regional Prosecutor, Ondrej Boslav, said: "Public contracts are not the property of whoever holds the mayor's office. This judgment sends a message to every town hall that the law applies to them as much as to anyone."

The National Anti-Corruption Police Unit said in a separate statement that its investigation into other contracts awarded by the town between 2028 and 2032 was continuing.

The contracts in question had a total value of about 41 million crowns. The water mains were completed in 2032, more than a year late, and the school reconstruction is still unfinished. The town is now run by an acting mayor elected by the council in March 2033.

The prosecutor waived the right to appeal against the sentence. The defendant and his lawyer reserved the right to appeal within the statutory time limit.

In line with the law on the protection of personal data, the Office does not publish the full names of defendants whose convictions are not final.

Press Officer of the Regional Public Prosecutor's Office in Kestrany
''',
    s('Regional Court in Kestrany', 'The court', 'between 2030 and 2032 the defendant had accepted at least 3.4 million crowns|primary school', 'found'),
    s('Regional Court in Kestrany', 'The court', 'the defendant had shown no remorse and had tried to influence a witness while in custody', 'noted'),
    s(VANE, 'the prosecutor, Petra Vanekova', 'the defendant had arranged the tenders so that only the two companies could meet the conditions|outside the town', 'told', role='prosecutor'),
    s('Radim L.', 'The defendant', 'not guilty', 'pleaded'),
    s('His lawyer', 'His lawyer', 'the payments had been loans between friends|reducing their own punishment', 'argued'),
    s('presiding judge', 'the presiding judge', 'the court had not found the explanation of the payments as loans credible|had been presented', 'said'),
    s(BOSL, 'The Chief Regional Prosecutor, Ondrej Boslav', '"Public contracts are not the property of whoever holds the mayor\'s office.|as much as to anyone."', 'said', 'direct', role='Chief Regional Prosecutor'),
    s('National Anti-Corruption Police Unit', 'The National Anti-Corruption Police Unit', 'its investigation into other contracts awarded by the town between 2028 and 2032 was continuing', 'said'),
)
