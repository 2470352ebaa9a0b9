"""Set AC's six government texts (see build_ac.py)."""
from invented_common import doc_spans as doc, s

FM_O = 'Edvard Strannholm'
R_FM_O = 'Minister of Foreign Affairs of the Republic of Osterlund'
FM_P = 'Ilaria Dusmet'
R_FM_P = 'Minister of Foreign Affairs, European Integration and Trade of the Republic of Pavonia'
FM_PAIR = FM_O + ' and ' + FM_P

doc('ac06-gov-osterlund-mfa-readout-pavonia-talks', 'Ministry of Foreign Affairs of the Republic of Osterlund', '2031-04-22', '''
On the talks between Edvard Strannholm and the Minister of Foreign Affairs, European Integration and Trade of Pavonia

KALMVIK, 22 April 2031.

Minister of Foreign Affairs of the Republic of Osterlund Edvard Strannholm held talks today with Minister of Foreign Affairs, European Integration and Trade of the Republic of Pavonia Ilaria Dusmet, who is in Osterlund on an official visit at the invitation of the Osterlund side.

The talks took place first in a one-on-one format and then with the participation of the delegations.

Welcoming the guest, the Minister noted that this was the first official visit of a Pavonian foreign minister to Kalmvik in eleven years and that it came at a time when "both our countries need reliable partners more than ever".

The head of Pavonian diplomacy thanked her counterpart for the invitation. She stressed that Pavonia regarded Osterlund as one of its key partners in the Northern Basin and expressed interest in expanding cooperation in offshore wind energy, shipbuilding and the training of seafarers.

The sides discussed the state of bilateral trade, which amounted to 1.7 billion euros in 2030, as well as the implementation of the agreements reached during the meeting of the two heads of government in Pavonia last autumn.

The Osterlund side drew attention to the slow progress in recognising professional qualifications, noting that more than 3,000 Osterlund nurses and engineers working in Pavonia were still waiting for their diplomas to be confirmed.

The guest assured the Osterlund Minister that a draft law simplifying the procedure had been submitted to the Pavonian parliament and would be adopted before the summer recess.

The Osterlund Minister welcomed this step and said that Osterlund was ready to open its universities' exchange programmes to an additional 400 Pavonian students from the next academic year.

The guest informed her counterpart about the priorities of Pavonia's chairmanship of the Council of the Northern Basin States in 2032.

Edvard Strannholm expressed support for the Pavonian initiative to establish a regional centre for the monitoring of maritime pollution and proposed that the centre's first project be a joint survey of sunken munitions in the Strait of Holme.

The heads of the delegations exchanged views on the situation in the Eastern Marches. The Pavonian Minister pointed out that any settlement must respect the territorial integrity of the states of the region and must be reached "with the people who live there, not over their heads".

The ministers agreed to hold the next round of political consultations at the level of deputy ministers in Pavonia in the first half of 2032.

The sides expressed satisfaction with the signing, on the margins of the visit, of a programme of cooperation between the two diplomatic academies for 2031-2034.

During her stay in Kalmvik, Ilaria Dusmet also met the Speaker of the Parliament of Osterlund and laid a wreath at the Monument to the Fallen Sailors.

At the joint press conference after the talks, Edvard Strannholm said that the talks had shown "a very high degree of mutual understanding". The Minister of Foreign Affairs, European Integration and Trade of Pavonia said that her country would count on Osterlund's support for its candidacy to the UN Human Rights Council for 2033-2035.
''',
    s(FM_O, 'the Minister', 'this was the first official visit of a Pavonian foreign minister to Kalmvik in eleven years and that it came at a time when "both our countries need reliable partners more than ever"', 'noted', 'mixed', role=R_FM_O),
    s(FM_P, 'She', 'Pavonia regarded Osterlund as one of its key partners in the Northern Basin', 'stressed', role=R_FM_P),
    s(FM_P, 'She', 'interest in expanding cooperation in offshore wind energy, shipbuilding and the training of seafarers', 'expressed', role=R_FM_P),
    s(FM_O, 'The Osterlund side', 'the slow progress in recognising professional qualifications, noting that|waiting for their diplomas to be confirmed', 'drew attention to', role=R_FM_O),
    s(FM_P, 'The guest', 'a draft law simplifying the procedure had been submitted to the Pavonian parliament and would be adopted before the summer recess', 'assured', role=R_FM_P),
    s(FM_O, 'The Osterlund Minister', 'this step', 'welcomed', role=R_FM_O),
    s(FM_O, 'The Osterlund Minister', "Osterlund was ready to open its universities' exchange programmes to an additional 400 Pavonian students from the next academic year", 'said', role=R_FM_O),
    s(FM_O, 'Edvard Strannholm', 'support for the Pavonian initiative to establish a regional centre for the monitoring of maritime pollution', 'expressed', role=R_FM_O),
    s(FM_O, 'Edvard Strannholm', "the centre's first project be a joint survey of sunken munitions in the Strait of Holme", 'proposed', role=R_FM_O),
    s(FM_P, 'The Pavonian Minister', 'any settlement must respect the territorial integrity of the states of the region and must be reached "with the people who live there, not over their heads"', 'pointed out', 'mixed', role=R_FM_P),
    s(FM_PAIR, 'The ministers', 'to hold the next round of political consultations at the level of deputy ministers in Pavonia in the first half of 2032', 'agreed'),
    s(FM_PAIR, 'The sides', 'satisfaction with the signing, on the margins of the visit, of a programme of cooperation between the two diplomatic academies for 2031-2034', 'expressed'),
    s(FM_O, 'Edvard Strannholm', 'the talks had shown "a very high degree of mutual understanding"', 'said', 'mixed', role=R_FM_O),
    s(FM_P, 'The Minister of Foreign Affairs, European Integration and Trade of Pavonia', "her country would count on Osterlund's support for its candidacy to the UN Human Rights Council for 2033-2035", 'said', role=R_FM_P),
)

PRES_C = 'Matthias Oberlaender'
PRES_S = 'Rosalind Vandersteeg'
PRES_PAIR = PRES_C + ' and ' + PRES_S
STATES = 'Morvessa and Saldivia'

doc('ac07-gov-corvania-saldivia-joint-statement-points', 'Office of the President of the Republic of Morvessa', '2031-10-02', '''
Joint Statement of the President of the Republic of Morvessa and the President of the United Republic of Saldivia on Strategic Partnership

Mirrenburg, 2 October 2031

At the invitation of the President of the Republic of Morvessa, Matthias Oberlaender, the President of the United Republic of Saldivia, Rosalind Vandersteeg, paid a state visit to Morvessa on 1-2 October 2031. The talks were held in a warm and friendly atmosphere. The President of the Republic of Morvessa and the President of the United Republic of Saldivia reviewed the full range of bilateral relations, which this year mark the fortieth anniversary of the establishment of diplomatic ties, and exchanged views on regional and international issues of mutual interest. Following their talks, the two Presidents adopted the following Joint Statement.

1. The Presidents reaffirm their commitment to the principles of the Charter of the United Nations and to a rules-based international order.

2. The Parties agree to:
a) hold annual meetings of the Presidents, alternately in Morvessa and in Saldivia;
b) establish a Strategic Dialogue at the level of foreign ministers, whose first session will take place in the first half of 2032;
c) launch regular consultations between the two ministries of defence on peacekeeping and the training of officers.

3. In the field of trade and investment, the Parties:
- note with satisfaction that trade between the two countries doubled between 2026 and 2030;
- welcome the opening of the Saldivian Trade House in Mirrenburg;
- support the conclusion, by the end of 2032, of an agreement on the mutual protection of investments.

4. The Parties underline the importance of the Trans-Varra railway corridor for both economies and agree to complete the electrification of its Morvessan section by 2035.

5. Morvessa welcomes the decision of the United Republic of Saldivia to join the Varra River Basin Commission as a full member.

6. Saldivia supports Morvessa's bid to host the World Water Forum in 2036.

7. The two countries condemn terrorism in all its forms and manifestations and will strengthen the exchange of information between their law enforcement agencies.

8. The Parties note the growing interest of young people in both countries in learning each other's languages and agree to open Saldivian language departments at two Morvessan universities and a Morvessan cultural centre in Port Alsen.

9. The Parties consider it important to restore direct flights between Mirrenburg and Port Alsen, suspended since 2027, and call on their aviation authorities to conclude the necessary arrangements.

10. The Presidents express concern about the humanitarian situation in the Ombrey Delta and call on all parties to allow the safe return of displaced persons.

11. The Morvessan side informed the Saldivian side about the preparations for the national census of 2032.

12. The Saldivian side invited the Morvessan side to take part as a partner country in the Saldivia Industrial Fair in April 2032. The Morvessan side accepted the invitation with gratitude.

13. The Presidents instruct their foreign ministers to review the implementation of this Joint Statement at the first session of the Strategic Dialogue.

14. The President of the United Republic of Saldivia thanked the President of the Republic of Morvessa for the warm hospitality and invited him to pay a state visit to Saldivia in 2032. The invitation was accepted with pleasure.

For the Republic of Morvessa
Matthias Oberlaender
President

For the United Republic of Saldivia
Rosalind Vandersteeg
President
''',
    s(PRES_PAIR, 'The Presidents', 'their commitment to the principles of the Charter of the United Nations and to a rules-based international order', 'reaffirm'),
    s(PRES_PAIR, 'The Parties', 'hold annual meetings of the Presidents, alternately in Morvessa and in Saldivia;', 'agree'),
    s(PRES_PAIR, 'The Parties', 'establish a Strategic Dialogue at the level of foreign ministers, whose first session will take place in the first half of 2032;', 'agree'),
    s(PRES_PAIR, 'The Parties', 'launch regular consultations between the two ministries of defence on peacekeeping and the training of officers.', 'agree'),
    s(PRES_PAIR, 'the Parties', 'trade between the two countries doubled between 2026 and 2030', 'note with satisfaction'),
    s(PRES_PAIR, 'the Parties', 'the opening of the Saldivian Trade House in Mirrenburg', 'welcome'),
    s(PRES_PAIR, 'the Parties', 'the conclusion, by the end of 2032, of an agreement on the mutual protection of investments', 'support'),
    s(PRES_PAIR, 'The Parties', 'the importance of the Trans-Varra railway corridor for both economies', 'underline'),
    s(PRES_PAIR, 'The Parties', 'to complete the electrification of its Morvessan section by 2035', 'agree'),
    s('Morvessa', 'Morvessa', 'the decision of the United Republic of Saldivia to join the Varra River Basin Commission as a full member', 'welcomes'),
    s('Saldivia', 'Saldivia', "Morvessa's bid to host the World Water Forum in 2036", 'supports'),
    s(STATES, 'The two countries', 'terrorism in all its forms and manifestations', 'condemn'),
    s(PRES_PAIR, 'The Parties', "the growing interest of young people in both countries in learning each other's languages", 'note'),
    s(PRES_PAIR, 'The Parties', 'to open Saldivian language departments at two Morvessan universities and a Morvessan cultural centre in Port Alsen', 'agree'),
    s(PRES_PAIR, 'The Parties', 'it important to restore direct flights between Mirrenburg and Port Alsen, suspended since 2027', 'consider'),
    s(PRES_PAIR, 'The Parties', 'their aviation authorities to conclude the necessary arrangements', 'call on'),
    s(PRES_PAIR, 'The Presidents', 'concern about the humanitarian situation in the Ombrey Delta', 'express'),
    s(PRES_PAIR, 'The Presidents', 'all parties to allow the safe return of displaced persons', 'call on'),
    s(PRES_PAIR, 'The Presidents', 'their foreign ministers to review the implementation of this Joint Statement at the first session of the Strategic Dialogue', 'instruct'),
)

FIN = 'Oskar Wennerqvist'
R_FIN = 'Minister of Finance'
TAX = 'Hanne Liljeqvist'
R_TAX = 'Director General of the Tax Agency'

doc('ac08-gov-norrmark-finance-minister-press-conference', 'Ministry of Finance of the Kingdom of Sandmark', '2031-02-03', '''
Press conference by Minister of Finance Oskar Wennerqvist on the 2031 tax package

Transcript | Ministry of Finance, Vellby | 3 February 2031

Present: Minister of Finance Oskar Wennerqvist; Director General of the Tax Agency Hanne Liljeqvist. Moderated by Head of Communications Tove Ringstad.

Tove Ringstad: Good morning and welcome. The Minister will present the tax package adopted by the government yesterday, and then we will take your questions.

Oskar Wennerqvist: Good morning. The package has three parts. First, from 1 July we lower income tax for people earning less than 30,000 crowns a month, which means about 240 crowns more every month for a nurse or a bus driver. Second, we raise the tax on short-term rentals of apartments in the big cities, because too many flats in Vellby have become hotels. Third, we close the loophole that lets large companies book their profits in holding companies abroad.

Taken together, the package costs the budget about 1.1 billion crowns in the first year. That is paid for, crown by crown, by the other two measures.

Tove Ringstad: Thank you. Questions, please. Introduce yourselves.

Question: Sigrid Aaberg, Vellby Morning Post. Minister, the Fiscal Council said on Friday that your revenue estimate for the holding-company rule is "optimistic at best". Are you counting money you will never see?

Oskar Wennerqvist: The Fiscal Council is independent, and I read its reports carefully. But our estimate is based on the Tax Agency's data on actual companies, not on a model. Hanne can say more about that.

Hanne Liljeqvist: We looked at 180 groups that moved profits abroad in the last five years. On conservative assumptions, the new rule brings in between 600 and 750 million crowns a year. We have not counted anything for behaviour that is hard to predict.

Question: Jonas Fryklund, Radio Sandmark. The association of landlords says the rental tax will simply be passed on to tenants. What do you say to that?

Oskar Wennerqvist: It is not a tax on tenants. It applies to flats rented out for fewer than 30 nights at a time. If an owner chooses to rent to a family for a year instead, he pays nothing extra. That is exactly the point.

Question: Ebba Lindroth, Vellby Business Weekly. Will the municipalities lose income?

Oskar Wennerqvist: No. The municipalities keep their share, and we compensate them fully for the lower income tax. I met the association of municipalities on Monday and their chair, Karin Dahlgaard, told me that they can live with the package.

Question: Anders Hjelmeland, Sandmark Broadcasting. The opposition leader, Lisbet Varholm, called the package "a tax cut for voters paid for by tourists" this morning. Is she wrong?

Oskar Wennerqvist: Ms Varholm is welcome to propose another way to pay for it. Her party's own programme contains the same rule for holding companies, word for word. I take that as support.

Question: Jonas Fryklund, Radio Sandmark. A short one. When will the law go to Parliament?

Oskar Wennerqvist: In March.

Tove Ringstad: Thank you all. The presentation slides are available on the ministry's website.
''',
    s(FIN, 'Oskar Wennerqvist', 'Good morning. The package has three parts.|by the other two measures.', '', role=R_FIN),
    s('the Fiscal Council', 'the Fiscal Council', 'your revenue estimate for the holding-company rule is "optimistic at best"', 'said', 'mixed'),
    s(FIN, 'Oskar Wennerqvist', 'The Fiscal Council is independent|Hanne can say more about that.', '', role=R_FIN),
    s(TAX, 'Hanne Liljeqvist', 'We looked at 180 groups|behaviour that is hard to predict.', '', role=R_TAX),
    s('The association of landlords', 'The association of landlords', 'the rental tax will simply be passed on to tenants', 'says'),
    s(FIN, 'Oskar Wennerqvist', 'It is not a tax on tenants.|That is exactly the point.', '', role=R_FIN),
    s(FIN, 'Oskar Wennerqvist', 'No. The municipalities keep their share|they can live with the package.', '', role=R_FIN),
    s('Karin Dahlgaard', 'their chair, Karin Dahlgaard', 'they can live with the package', 'told', role='chair', nested=True, via=FIN),
    s('Lisbet Varholm', 'The opposition leader, Lisbet Varholm', 'the package "a tax cut for voters paid for by tourists"', 'called', 'mixed', role='opposition leader'),
    s(FIN, 'Oskar Wennerqvist', 'Ms Varholm is welcome to propose another way to pay for it.|I take that as support.', '', role=R_FIN),
    s(FIN, 'Oskar Wennerqvist', 'In March.', '', role=R_FIN),
)

GOVN = 'Bertil Hagerup'
R_GOVN = 'Governor of Tornvale Province'
EM = 'Ingrid Saltvik'
R_EM = 'Head of the Provincial Emergency Management Department'
RD = 'Aksel Brennvik'
R_RD = 'Provincial Minister of Roads and Transport'
HY = 'Solveig Marstrand'
R_HY = 'Chief Hydrologist of the Tornvale Hydrometeorological Centre'

doc('ac09-gov-norrvale-governor-flood-meeting', 'Government of Tornvale Province', '2031-03-27', '''
Governor holds meeting on preparations for spring flood

27 March 2031 | Tornvale Province Government | Press service

Governor of Tornvale Province Bertil Hagerup held an operational meeting on preparations for the spring flood. Taking part were Head of the Provincial Emergency Management Department Ingrid Saltvik, Provincial Minister of Roads and Transport Aksel Brennvik, Chief Hydrologist of the Tornvale Hydrometeorological Centre Solveig Marstrand, and the heads of the districts along the Varra and the Lunne, among them Head of the Lower Lunne District Elin Haugsrud.

Bertil Hagerup: Good afternoon, colleagues. Snow reserves in the Varra basin are one and a half times the norm this year, and the forecasters expect an early, fast thaw. I want to hear from each of you what has been done and where the weak points are. Solveig Marstrand, please begin.

Solveig Marstrand: As of this morning, the water content of the snow in the upper Varra basin is 162 millimetres, against an average of 108. If April is warm, we expect the peak at Kvernes around 20 April, about a week earlier than usual, and the level could exceed the danger mark by 40 to 60 centimetres. Ice on the Lunne is thicker than normal, so we see a high risk of ice jams below Hamrevik bridge.

Bertil Hagerup: Good. Ingrid Saltvik, your turn.

Ingrid Saltvik: Our department has drawn up evacuation plans for 37 settlements. Twelve temporary shelters are ready, with beds for 2,900 people. Explosive teams will begin breaking up the ice below Hamrevik bridge on 5 April. We are short of amphibious vehicles in the Lunne districts; we have six and need at least ten.

Bertil Hagerup: Where will the other four come from?

Ingrid Saltvik: Two we can borrow from the neighbouring province, and for two more we have asked the national rescue service. We expect an answer this week.

Bertil Hagerup: Aksel Brennvik, roads and bridges.

Aksel Brennvik: Seven low-water bridges will be closed when the level rises, and detours have been marked for all of them. The weakest point is the Kvernes dam road: the embankment was damaged last year and repairs will only be finished by 15 April. If the water comes earlier, we will have to close that road and the village of Graavik will be cut off for several days.

Bertil Hagerup: That is not acceptable. Find a way to finish by 10 April. Lunne districts, briefly.

Elin Haugsrud: In the Lower Lunne district we have cleared the drainage channels in all four villages and moved the fuel depot in Saltnes to higher ground. Residents of the riverside streets have been informed in person, house by house. What worries us is the old people who live alone: 212 of them, and many will not want to leave.

Following the meeting, the Governor instructed the Provincial Emergency Management Department to hold evacuation drills in the five most exposed settlements before 10 April and ordered the district heads to report daily on the water level from 1 April.

"The river does not wait for our paperwork. Everything that can be done in advance must be done in advance," Bertil Hagerup stressed.

Photo: press service of the Governor of Tornvale Province
''',
    s(GOVN, 'Bertil Hagerup', 'Good afternoon, colleagues. Snow reserves in the Varra basin|where the weak points are.', '', role=R_GOVN),
    s(HY, 'Solveig Marstrand', 'As of this morning, the water content of the snow|high risk of ice jams below Hamrevik bridge.', '', role=R_HY),
    s(EM, 'Ingrid Saltvik', 'Our department has drawn up evacuation plans|we have six and need at least ten.', '', role=R_EM),
    s(EM, 'Ingrid Saltvik', 'Two we can borrow from the neighbouring province|We expect an answer this week.', '', role=R_EM),
    s(RD, 'Aksel Brennvik', 'Seven low-water bridges will be closed|cut off for several days.', '', role=R_RD),
    s(GOVN, 'Bertil Hagerup', 'That is not acceptable. Find a way to finish by 10 April.', '', role=R_GOVN),
    s('Elin Haugsrud', 'Elin Haugsrud', 'In the Lower Lunne district we have cleared|many will not want to leave.', '', role='Head of the Lower Lunne District'),
    s(GOVN, 'the Governor', 'the Provincial Emergency Management Department to hold evacuation drills in the five most exposed settlements before 10 April', 'instructed', role=R_GOVN),
    s(GOVN, 'the Governor', 'the district heads to report daily on the water level from 1 April', 'ordered', role=R_GOVN),
    s(GOVN, 'Bertil Hagerup', '"The river does not wait for our paperwork. Everything that can be done in advance must be done in advance,"', 'stressed', 'direct', role=R_GOVN),
)

HM = 'Veronika Sallasmaa'
R_HM = 'Minister of Health'
MOH = 'Ministry of Health and Social Affairs of the Republic of Estmark'

doc('ac10-gov-estmark-health-ministry-page-trauma-centre', MOH, '2031-07-15', '''
Ministry of Health and Social Affairs of the Republic of Estmark
Skip to content
Main menu
About the ministry
News
Health care
Social protection
Documents
Open data
Contacts
EM | EN
Search the site
Home > News > Ministry news

New regional trauma centre opens in Harjuvik

15.07.2031 15:42
Share: Facebook | X | Email | Print

A new regional trauma centre opened on Tuesday at Harjuvik Central Hospital, bringing specialist emergency care within an hour's drive for about 310,000 people in the south of the country.

The centre, built at a cost of 46 million euros, has two operating theatres that can work around the clock, a helicopter landing pad on the roof and 24 intensive care beds.

"Until today, a motorcyclist injured on the southern highway had to be flown to the capital. Every minute of that flight was a minute lost," Minister of Health Veronika Sallasmaa said at the opening ceremony. "From now on, the golden hour is a promise we can actually keep in the south."

The Minister said that the ministry would fund 38 new posts for doctors and nurses at the centre over the next two years and that recruitment had already begun.

According to the Estmark Trauma Registry, about 1,100 people in the southern counties suffer severe injuries every year, most of them in road accidents and falls.

The chief executive of Harjuvik Central Hospital, Dr Toomas Kariste, said the hospital had hired 14 specialists since January, including four from abroad. He admitted that staffing the night shifts would remain "the hardest part of the job" for at least a year.

The head of the centre, trauma surgeon Dr Liisa Orgmets, explained that patients would be triaged already in the ambulance, so that the operating team could be ready when they arrived. "The ambulance crew talks to us while they drive. When the doors open, we already know who we are waiting for," she said.

Among the first visitors was Priit Kallasmaa, a 52-year-old forestry worker from Karuvälja who was airlifted to the capital after a logging accident two years ago. He said he had come to see "the place that would have saved me three hours". Regional council chairman Ants Kivirand said the centre would also help the county attract young families, who "look at the distance to a hospital before they look at house prices".

The construction, which began in the spring of 2028, was co-financed by the Northern Cohesion Fund.

Photo: Minister of Health Veronika Sallasmaa and Dr Liisa Orgmets cut the ribbon at the entrance to the new trauma centre. Photo: Ministry of Health and Social Affairs / Kert Allik

Tags: hospitals, emergency care, Harjuvik

Related news
10.07.2031 Deputy Minister Rasmus Pihlak: waiting times for knee surgery down by a quarter
03.07.2031 Pharmacies in rural areas to receive state support from September
28.06.2031 Ambulance response times improved in all counties, says Health Board

Ministry of Health and Social Affairs | Kaupmehe 9, 10148 Rannaveski | Tel +000 000 0000 | Privacy | Accessibility
''',
    s(HM, 'Minister of Health Veronika Sallasmaa', '"Until today, a motorcyclist injured on the southern highway had to be flown to the capital. Every minute of that flight was a minute lost,"', 'said', 'direct', role=R_HM),
    s(HM, '', '"From now on, the golden hour is a promise we can actually keep in the south."', '', 'direct', role=R_HM),
    s(HM, 'The Minister', 'the ministry would fund 38 new posts for doctors and nurses at the centre over the next two years and that recruitment had already begun', 'said', role=R_HM),
    s('Estmark Trauma Registry', 'the Estmark Trauma Registry', 'about 1,100 people in the southern counties suffer severe injuries every year, most of them in road accidents and falls', 'According to'),
    s('Toomas Kariste', 'The chief executive of Harjuvik Central Hospital, Dr Toomas Kariste', 'the hospital had hired 14 specialists since January, including four from abroad', 'said', role='chief executive of Harjuvik Central Hospital'),
    s('Toomas Kariste', 'He', 'staffing the night shifts would remain "the hardest part of the job" for at least a year', 'admitted', 'mixed', role='chief executive of Harjuvik Central Hospital'),
    s('Liisa Orgmets', 'The head of the centre, trauma surgeon Dr Liisa Orgmets', 'patients would be triaged already in the ambulance, so that the operating team could be ready when they arrived', 'explained', role='head of the centre'),
    s('Liisa Orgmets', 'she', '"The ambulance crew talks to us while they drive. When the doors open, we already know who we are waiting for,"', 'said', 'direct', role='head of the centre'),
    s('Priit Kallasmaa', 'He', 'he had come to see "the place that would have saved me three hours"', 'said', 'mixed'),
    s('Ants Kivirand', 'Regional council chairman Ants Kivirand', 'the centre would also help the county attract young families, who "look at the distance to a hospital before they look at house prices"', 'said', 'mixed', role='Regional council chairman'),
    s('Rasmus Pihlak', 'Deputy Minister Rasmus Pihlak', 'waiting times for knee surgery down by a quarter', '', role='Deputy Minister', region='related'),
    s('Health Board', 'Health Board', 'Ambulance response times improved in all counties', 'says', region='related'),
)

OMB = 'Marit Eskeland'
R_OMB = "Parliamentary Ombudsman"

doc('ac11-gov-ombudsman-report-care-homes', "Office of the Parliamentary Ombudsman of Vestrik", '2031-05-30', '''
Ombudsman: residents of care homes locked in without legal basis

Press release | Office of the Parliamentary Ombudsman | 30 May 2031

Residents of at least nine municipal care homes for older people were regularly locked in their rooms or units at night without any legal basis, the Parliamentary Ombudsman, Marit Eskeland, concludes in a special report submitted to Parliament today.

The report is based on unannounced visits to 24 care homes in 2030 and early 2031, carried out by the Ombudsman's preventive unit together with a geriatrician and a nurse.

In nine of the homes, the visiting teams found that doors to residents' rooms or to whole units were locked between 10 pm and 6 am. Staff at several homes told the teams that night shifts were too thin to supervise residents with dementia in any other way.

"Locking a door is a deprivation of liberty. It may be done only on the basis of the law and an individual decision, never as a routine because a home is short of staff," the Ombudsman writes in the report.

The report also finds that in six homes residents were given sedatives "as needed" without a documented medical assessment, and that complaints from relatives were in several cases not registered at all.

According to the report, the problems are most serious in homes where the number of night staff had been cut in the previous two years. In one home, a single nurse was responsible for 46 residents on two floors.

The Ombudsman recommends that the Ministry of Health and Care Services introduce minimum staffing levels for night shifts and that municipalities review every case of locked doors within three months.

In its response, which is annexed to the report, the Ministry of Health and Care Services accepts that the findings are "serious" but rejects the recommendation on minimum staffing, arguing that staffing must be decided locally. The ministry states that it will issue new guidance on the use of restrictive measures before the end of the year.

The Association of Municipalities said in a comment on Thursday that its members "take the findings seriously" and would respond to the report individually.

Marit Eskeland said she was disappointed by the ministry's answer. "Guidance has been issued three times since 2022. What has been missing is not paper but people," she said.

The chair of the Standing Committee on Health and Care, Torgeir Malmberg, said on Thursday that the committee would invite both the Ombudsman and the Minister of Health and Care Services to a hearing after the summer. He described the findings as "a wake-up call for every municipality in the country".

The Vestrik Nurses' Union welcomed the report. Its leader, Gunnhild Sæbø, said that nurses had warned about thin night shifts for years and that "nobody chooses to lock a door, they are forced to by the rota".

The report will be considered by Parliament's Standing Committee on Health and Care.

The full report, with the responses of the ministry and the municipalities concerned, is available on the Ombudsman's website.

Contact: Communications Unit, tel. +000 00 000
''',
    s(OMB, 'Ombudsman', 'residents of care homes locked in without legal basis', '', role=R_OMB),
    s(OMB, 'the Parliamentary Ombudsman, Marit Eskeland', 'Residents of at least nine municipal care homes for older people were regularly locked in their rooms or units at night without any legal basis', 'concludes', role=R_OMB),
    s('the visiting teams', 'the visiting teams', "doors to residents' rooms or to whole units were locked between 10 pm and 6 am", 'found'),
    s('Staff at several homes', 'Staff at several homes', 'night shifts were too thin to supervise residents with dementia in any other way', 'told'),
    s(OMB, 'the Ombudsman', '"Locking a door is a deprivation of liberty. It may be done only on the basis of the law and an individual decision, never as a routine because a home is short of staff,"', 'writes', 'direct', role=R_OMB),
    s(OMB, 'The report', 'in six homes residents were given sedatives "as needed" without a documented medical assessment, and that complaints from relatives were in several cases not registered at all', 'finds', 'mixed', role=R_OMB),
    s(OMB, 'the report', 'the problems are most serious in homes where the number of night staff had been cut in the previous two years', 'According to', role=R_OMB),
    s(OMB, 'The Ombudsman', 'the Ministry of Health and Care Services introduce minimum staffing levels for night shifts and that municipalities review every case of locked doors within three months', 'recommends', role=R_OMB),
    s('Ministry of Health and Care Services', 'the Ministry of Health and Care Services', 'the findings are "serious"', 'accepts', 'mixed'),
    s('Ministry of Health and Care Services', 'the Ministry of Health and Care Services', 'the recommendation on minimum staffing, arguing that staffing must be decided locally', 'rejects'),
    s('Ministry of Health and Care Services', 'The ministry', 'it will issue new guidance on the use of restrictive measures before the end of the year', 'states'),
    s('The Association of Municipalities', 'The Association of Municipalities', 'its members "take the findings seriously" and would respond to the report individually', 'said', 'mixed'),
    s('Torgeir Malmberg', 'The chair of the Standing Committee on Health and Care, Torgeir Malmberg', 'the committee would invite both the Ombudsman and the Minister of Health and Care Services to a hearing after the summer', 'said', role='chair of the Standing Committee on Health and Care'),
    s('Torgeir Malmberg', 'He', '"a wake-up call for every municipality in the country"', 'described the findings as', 'direct', role='chair of the Standing Committee on Health and Care'),
    s("Vestrik Nurses' Union", "The Vestrik Nurses' Union", 'the report', 'welcomed'),
    s('Gunnhild Sæbø', 'Its leader, Gunnhild Sæbø', 'nurses had warned about thin night shifts for years and that "nobody chooses to lock a door, they are forced to by the rota"', 'said', 'mixed', role='leader'),
    s(OMB, 'Marit Eskeland', "she was disappointed by the ministry's answer", 'said', role=R_OMB),
    s(OMB, 'she', '"Guidance has been issued three times since 2022. What has been missing is not paper but people,"', 'said', 'direct', role=R_OMB),
)
