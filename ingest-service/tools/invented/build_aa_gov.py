"""Set AA's six government texts (see build_aa.py)."""
from invented_common import doc_spans as doc, s

EC_D = 'Teodor Brankovitch-Amedzro'
EC_S = 'Annika Lindqvar-Donkor'
EC_PAIR = EC_D + ' and ' + EC_S
R_EC_D = 'Minister of Economic Development of the Republic of Dalmorra'
R_EC_S = 'Minister of Industry and Trade of the Kingdom of Selvenne'

doc('aa06-dalmorra-economy-ministry-selvenne-minister-talks', 'Ministry of Economic Development of the Republic of Dalmorra', '2030-05-14', '''
Talks with the Minister of Industry and Trade of the Kingdom of Selvenne

On 14 May 2030, Minister of Economic Development of the Republic of Dalmorra Teodor Brankovitch-Amedzro held talks in Vellanor with Minister of Industry and Trade of the Kingdom of Selvenne Annika Lindqvar-Donkor, who is visiting Dalmorra at the head of a business delegation.

The talks were held first in a restricted format and then with the participation of the delegations.

Opening the meeting, the Minister noted that Selvenne had become Dalmorra's third-largest trading partner and that bilateral trade had reached 2.3 billion euros in 2029, an increase of 14 percent on the previous year. According to the Dalmorran Minister, Selvenne investments in the Dalmorran economy have reached 1.1 billion euros, most of them in logistics and food processing.

The guest thanked the Dalmorran side for the warm welcome and said that Selvenne companies saw Dalmorra as "a gateway to the markets of the whole region".

The sides discussed cooperation in the automotive industry, pharmaceuticals and renewable energy.

The Dalmorran side informed the guests about the new law on special economic zones, which grants investors a ten-year exemption from property tax.

The Minister stressed that Dalmorra was interested in localising the production of components for electric buses and invited Selvenne manufacturers to consider the Port Saldane zone.

The Minister of Industry and Trade of Selvenne pointed out that the Selvenne company Ferrovane was ready to open an assembly plant in Dalmorra if the question of customs duties on imported parts was resolved.

The guest also raised the question of simplifying visa procedures for drivers of freight vehicles. In response, the Dalmorran Minister said that the Government was preparing amendments that would allow multiple-entry visas for professional drivers from 2031.

Annika Lindqvar-Donkor said that Selvenne was ready to share its experience in training engineers for the battery industry and proposed to open a joint vocational centre in Vellanor. The Minister supported the proposal and noted that the Government had set aside funds for vocational education in the 2031 budget.

The heads of the delegations noted the importance of the Dalmorran-Selvenne Business Council, whose next meeting will take place in Rossmark in the autumn.

The sides agreed to instruct the joint working group on industrial cooperation to prepare a roadmap of projects in the automotive sector by the end of the year. They expressed confidence that the visit would give a new impetus to bilateral economic relations.

Following the talks, the ministers signed a memorandum of understanding on cooperation in the field of industrial standards.

The Selvenne delegation included representatives of 24 companies working in mechanical engineering, logistics, chemicals and information technology. A business forum with the participation of more than 150 Dalmorran companies was held on the same day at the Chamber of Commerce.

Later that day, the guest visited the Port Saldane special economic zone, where the director of the zone, Milos Cushnahan-Bekoe, told her that 11 of its 40 plots were still available to investors.

Photo: Press Service of the Ministry of Economic Development
''',
    s(EC_D, 'the Minister', "Selvenne had become Dalmorra's third-largest trading partner and that bilateral trade had reached 2.3 billion euros in 2029, an increase of 14 percent on the previous year", 'noted', role=R_EC_D),
    s(EC_D, 'the Dalmorran Minister', 'Selvenne investments in the Dalmorran economy have reached 1.1 billion euros, most of them in logistics and food processing', 'According to', role=R_EC_D),
    s(EC_S, 'The guest', 'Selvenne companies saw Dalmorra as "a gateway to the markets of the whole region"', 'said', 'mixed', role=R_EC_S),
    s(EC_D, 'The Minister', 'Dalmorra was interested in localising the production of components for electric buses', 'stressed', role=R_EC_D),
    s(EC_S, 'The Minister of Industry and Trade of Selvenne', 'the Selvenne company Ferrovane was ready to open an assembly plant in Dalmorra if the question of customs duties on imported parts was resolved', 'pointed out', role=R_EC_S),
    s(EC_S, 'The guest', 'simplifying visa procedures for drivers of freight vehicles', 'raised the question of', role=R_EC_S),
    s(EC_D, 'the Dalmorran Minister', 'the Government was preparing amendments that would allow multiple-entry visas for professional drivers from 2031', 'said', role=R_EC_D),
    s(EC_S, 'Annika Lindqvar-Donkor', 'Selvenne was ready to share its experience in training engineers for the battery industry', 'said', role=R_EC_S),
    s(EC_S, 'Annika Lindqvar-Donkor', 'to open a joint vocational centre in Vellanor', 'proposed', role=R_EC_S),
    s(EC_D, 'The Minister', 'the proposal', 'supported', role=R_EC_D),
    s(EC_D, 'The Minister', 'the Government had set aside funds for vocational education in the 2031 budget', 'noted', role=R_EC_D),
    s(EC_PAIR, 'The heads of the delegations', 'the importance of the Dalmorran-Selvenne Business Council, whose next meeting will take place in Rossmark in the autumn', 'noted'),
    s(EC_PAIR, 'The sides', 'to instruct the joint working group on industrial cooperation to prepare a roadmap of projects in the automotive sector by the end of the year', 'agreed'),
    s(EC_PAIR, 'They', 'confidence that the visit would give a new impetus to bilateral economic relations', 'expressed'),
    s('Milos Cushnahan-Bekoe', 'the director of the zone, Milos Cushnahan-Bekoe', '11 of its 40 plots were still available to investors', 'told', role='director of the zone'),
)

PRES_C = 'Aurelio Mastrandrea-Acquah'
PM_A = 'Henrietta Glasspool-Okonjevu'
LEADERS = PRES_C + ' and ' + PM_A
CA = 'Carvenia and Aldessa'

doc('aa07-carvenia-aldessa-joint-declaration-partnership', 'Office of the President of the Republic of Carvenia', '2030-09-09', '''
Joint Declaration on Enhanced Partnership between the Republic of Carvenia and the Kingdom of Aldessa

Saint-Ambrevin, 9 September 2030

The President of the Republic of Carvenia, Aurelio Mastrandrea-Acquah, and the Prime Minister of the Kingdom of Aldessa, Henrietta Glasspool-Okonjevu, meeting in Saint-Ambrevin on 9 September 2030 on the occasion of the fiftieth anniversary of diplomatic relations between the two countries, have adopted the following Declaration:

1. The Leaders reaffirm the friendly relations between Carvenia and Aldessa, based on shared democratic values, respect for international law and close ties between their peoples.

2. The Leaders agree to establish an annual strategic dialogue at the level of foreign ministers, the first session of which will take place in Aldessa in the first half of 2031.

3. The Leaders welcome the growth of bilateral trade, which exceeded 4 billion euros in 2029, and note the potential for further cooperation in green hydrogen, semiconductors and maritime transport.

4. Carvenia welcomes Aldessa's decision to open a consulate general in Port Maurelle in 2031. Aldessa supports Carvenia's candidacy for a non-permanent seat on the Council of the Union of Coastal States for 2033-2034.

5. The two countries support the reform of the Union of Coastal States aimed at faster decision-making and greater transparency of its budget.

6. The Leaders express their deep concern over the humanitarian situation in the Kessarine region and call on all parties to the conflict to allow unhindered access for humanitarian organisations.

7. The Leaders condemn terrorism in all its forms and agree to deepen the exchange of information between their law enforcement agencies, in particular on the financing of violent groups.

8. The Aldessan side informed about the progress of its national programme for offshore wind energy, which foresees 3 gigawatts of new capacity by 2035, and invited Carvenian companies to take part in the tenders for the Northern Banks wind area.

9. The Carvenian side stated its readiness to share its experience in the construction of hydrogen pipelines and proposed a joint feasibility study of a hydrogen link between the two countries.

10. Both sides underline that the fisheries agreement of the Union of Coastal States must be renewed before it expires in 2032, and agree to coordinate their positions in the negotiations.

11. The Leaders welcome the agreement on the mutual recognition of university diplomas signed today and express the hope that the number of student exchanges between the two countries will double by 2035.

12. The Leaders note that the direct ferry line between Port Maurelle and Kessholm, opened in June 2030, has already carried more than 90,000 passengers, and encourage the competent authorities to increase the frequency of sailings in the summer season.

13. The Leaders agree to meet again in Aldessa in 2031 to review the implementation of this Declaration.

Done at Saint-Ambrevin on 9 September 2030 in two originals in the Carvenian and Aldessan languages, both texts being equally authentic.

For the Republic of Carvenia
Aurelio Mastrandrea-Acquah
President

For the Kingdom of Aldessa
Henrietta Glasspool-Okonjevu
Prime Minister
''',
    s(LEADERS, 'The Leaders', 'the friendly relations between Carvenia and Aldessa, based on shared democratic values, respect for international law and close ties between their peoples', 'reaffirm'),
    s(LEADERS, 'The Leaders', 'to establish an annual strategic dialogue at the level of foreign ministers, the first session of which will take place in Aldessa in the first half of 2031', 'agree'),
    s(LEADERS, 'The Leaders', 'the growth of bilateral trade, which exceeded 4 billion euros in 2029', 'welcome'),
    s(LEADERS, 'The Leaders', 'the potential for further cooperation in green hydrogen, semiconductors and maritime transport', 'note'),
    s('Carvenia', 'Carvenia', "Aldessa's decision to open a consulate general in Port Maurelle in 2031", 'welcomes'),
    s('Aldessa', 'Aldessa', "Carvenia's candidacy for a non-permanent seat on the Council of the Union of Coastal States for 2033-2034", 'supports'),
    s(CA, 'The two countries', 'the reform of the Union of Coastal States aimed at faster decision-making and greater transparency of its budget', 'support'),
    s(LEADERS, 'The Leaders', 'their deep concern over the humanitarian situation in the Kessarine region', 'express'),
    s(LEADERS, 'The Leaders', 'all parties to the conflict to allow unhindered access for humanitarian organisations', 'call on'),
    s(LEADERS, 'The Leaders', 'terrorism in all its forms', 'condemn'),
    s(LEADERS, 'The Leaders', 'to deepen the exchange of information between their law enforcement agencies, in particular on the financing of violent groups', 'agree'),
    s(PRES_C, 'The Carvenian side', 'its readiness to share its experience in the construction of hydrogen pipelines', 'stated', role='President of the Republic of Carvenia'),
    s(PRES_C, 'The Carvenian side', 'a joint feasibility study of a hydrogen link between the two countries', 'proposed', role='President of the Republic of Carvenia'),
    s(LEADERS, 'Both sides', 'the fisheries agreement of the Union of Coastal States must be renewed before it expires in 2032', 'underline'),
    s(LEADERS, 'Both sides', 'to coordinate their positions in the negotiations', 'agree'),
    s(LEADERS, 'The Leaders', 'the agreement on the mutual recognition of university diplomas signed today', 'welcome'),
    s(LEADERS, 'The Leaders', 'the hope that the number of student exchanges between the two countries will double by 2035', 'express'),
    s(LEADERS, 'The Leaders', 'the direct ferry line between Port Maurelle and Kessholm, opened in June 2030, has already carried more than 90,000 passengers', 'note'),
    s(LEADERS, 'The Leaders', 'the competent authorities to increase the frequency of sailings in the summer season', 'encourage'),
    s(LEADERS, 'The Leaders', 'to meet again in Aldessa in 2031 to review the implementation of this Declaration', 'agree'),
)

PM_N = 'Severin Thistlemere-Zwelikhe'
R_PM_N = 'Prime Minister of the Republic of Norvelle'
FIN_N = 'Gunilla Ashbridge-Toure'
R_FIN_N = 'Minister of Finance'

doc('aa08-norvelle-government-press-conference-budget-amendment', 'Government of the Republic of Norvelle', '2030-01-22', '''
Transcript of the press conference of Prime Minister of the Republic of Norvelle Severin Thistlemere-Zwelikhe and Minister of Finance Gunilla Ashbridge-Toure following the Cabinet meeting

Government House, Brenmoor, 22 January 2030

Severin Thistlemere-Zwelikhe: Good afternoon, ladies and gentlemen. The Cabinet today approved the draft budget amendment for 2030, which we will send to Parliament on Monday. It raises spending on hospitals by 600 million crowns and on regional roads by 250 million, and it does so without new taxes. We are paying for it with the extra revenue from last year, which was higher than we expected, and with savings in the central administration. I have asked the Minister of Finance to explain the details.

Gunilla Ashbridge-Toure: Thank you, Prime Minister. Revenue in 2029 came in 1.4 billion crowns above the budget, mainly because of corporate income tax. About half of that will go to the new spending, and the rest will reduce borrowing. The deficit will stay at 2.1 percent of GDP.

Moderator: Thank you. We will now take questions. Please give your name and your outlet.

Question (Ilka Somervell, Brenmoor Daily Courier): Prime Minister, the National Audit Office said last week that the northern rail project is 40 percent over budget. Who is responsible, and will anyone lose their job?

Severin Thistlemere-Zwelikhe: The Audit Office has done its job, and I thank it for that. The cost increase has three causes: steel prices, the change of route around the Harrowdale wetlands and, frankly, poor planning at the start. I have asked the Minister of Transport to report to me within a month on who took which decision. I will not name anyone before I have that report.

Question (Dorian Rushworth-Ekpenyong, Radio Norvelle): Minister, the employers' federation says the new levy on bank profits will push lending rates up. Do you accept that?

Gunilla Ashbridge-Toure: No. The banks made record profits last year, and competition between them is strong. The central bank told us in December that it sees no risk to lending from the levy.

Question (Maren Jablonska-Dapaah, Nordvik Herald): The mayor of Kesterby, Albin Cragwell-Atta, has said that the city will have to close two schools because the government cut its grant. Is he right?

Severin Thistlemere-Zwelikhe: The grant to Kesterby was not cut; it grew by 3 percent. What the city lost was a one-off payment for the pandemic years, which everyone knew would end. I have spoken with the mayor, and our officials will meet next week.

Question (Ilka Somervell, Brenmoor Daily Courier): A follow-up, Prime Minister. Will you lead the party into the next election?

Severin Thistlemere-Zwelikhe: You will hear about that in the autumn, not today.

Moderator: Last question, please.

Question (Jonah Gallimore, NTV Norvelle): There are reports that your coalition partner, the Rural Party, will vote against the amendment. Have you talked to them?

Severin Thistlemere-Zwelikhe: I talk to them every day. Yesterday their leader, Edda Thornquist-Twerefoo, told me that the party supports the hospital money and has questions about the roads. Questions are normal in a coalition. I expect the amendment to pass with the votes of the whole coalition.

Moderator: Thank you. This concludes the press conference.
''',
    s(PM_N, 'Severin Thistlemere-Zwelikhe', 'Good afternoon, ladies and gentlemen.|to explain the details.', '', role=R_PM_N),
    s(FIN_N, 'Gunilla Ashbridge-Toure', 'Revenue in 2029 came in|2.1 percent of GDP.', '', role=R_FIN_N),
    s('the National Audit Office', 'the National Audit Office', 'the northern rail project is 40 percent over budget', 'said'),
    s(PM_N, 'Severin Thistlemere-Zwelikhe', 'The Audit Office has done its job|before I have that report.', '', role=R_PM_N),
    s("the employers' federation", "the employers' federation", 'the new levy on bank profits will push lending rates up', 'says'),
    s(FIN_N, 'Gunilla Ashbridge-Toure', 'No. The banks made record profits|no risk to lending from the levy.', '', role=R_FIN_N),
    s('The central bank', 'The central bank', 'it sees no risk to lending from the levy', 'told', nested=True, via=FIN_N),
    s('Albin Cragwell-Atta', 'The mayor of Kesterby, Albin Cragwell-Atta', 'the city will have to close two schools because the government cut its grant', 'has said', role='mayor of Kesterby'),
    s(PM_N, 'Severin Thistlemere-Zwelikhe', 'The grant to Kesterby was not cut|our officials will meet next week.', '', role=R_PM_N),
    s(PM_N, 'Severin Thistlemere-Zwelikhe', 'You will hear about that in the autumn, not today.', '', role=R_PM_N),
    s(PM_N, 'Severin Thistlemere-Zwelikhe', 'I talk to them every day.|the votes of the whole coalition.', '', role=R_PM_N),
    s('Edda Thornquist-Twerefoo', 'their leader, Edda Thornquist-Twerefoo', 'the party supports the hospital money and has questions about the roads', 'told', role='leader', nested=True, via=PM_N),
)

HMIN = 'Branislava Jastrzeb-Kamara'
R_HMIN = 'Minister of Health'
PAED = 'The Quarnian Paediatric Society'
QMOH = 'Ministry of Health of the Republic of Quarnia'

doc('aa09-quarnia-health-ministry-page-tick-vaccination', QMOH, '2030-03-05', '''
Skip to main content
Ministry of Health of the Republic of Quarnia
Menu
Home
The Ministry
News
Legislation
Public consultations
Contact
Search
QR | EN
You are here: Home / News / Press releases
Children to be vaccinated against tick-borne encephalitis free of charge from April
05.03.2030 | 11:20 | Press Office
Estimated reading time: 3 minutes

From 1 April 2030, all children aged one to fifteen living in Quarnia will be entitled to vaccination against tick-borne encephalitis free of charge, Minister of Health Branislava Jastrzeb-Kamara announced at a press conference on Wednesday.

"Ticks do not check whether parents can afford the vaccine. From this spring, no family will have to choose," the Minister said.

Until now, the state paid for the vaccination only in the four eastern counties, where the disease is most common. Parents elsewhere paid around 45 euros per dose, and a full course requires three doses. The disease attacks the nervous system and can leave lasting damage, and there is no cure.

According to the National Institute of Public Health, 212 cases of tick-borne encephalitis were recorded in Quarnia last year, 31 of them in children, the highest number since records began in 1998.

The Institute's chief epidemiologist, Dr Pavlina Szentmarton-Abbey, noted that ticks were now found at altitudes of up to 1,400 metres and that the season had lengthened by almost a month over the past decade.

The programme will cost 6.8 million euros a year. The Minister explained that the money would come from savings on the central purchasing of medicines, which brought the Ministry 9 million euros in 2029.

Vaccines will be available at family doctors' practices and at 40 vaccination centres. Parents can book an appointment through the national health portal or by phone. Children who have already started a paid course will be able to complete it free of charge, the Ministry's press office said.

The Minister added that the Ministry would consider extending free vaccination to people over 65 next year, once the National Institute of Public Health has completed its analysis of severe cases among older adults.

The Quarnian Paediatric Society welcomed the decision but warned that family doctors in rural areas were already overloaded and would need extra nurses. Its president, Dr Ludovic Twomey-Kwatemaa, called the programme "long overdue".

The Chamber of Pharmacists noted that pharmacies had enough vaccine in stock for the first three months.

The Ministry also reminded citizens that the most effective protection remains checking the skin after every walk in the forest or the park.

Share: Facebook | X | LinkedIn | E-mail
Print
Tags: vaccination, children, tick-borne encephalitis, public health

Related news
03.03.2030
Deputy Minister Niels Oudemans-Boadiwe: waiting lists for hip surgery shortened by a fifth
28.02.2030
Measles cases fell by half in 2029, says Chief Sanitary Inspector
26.02.2030
New opening hours for night pharmacies from 1 April
All news

Ministry of Health of the Republic of Quarnia
Zdravna 4, Ostrevo
Tel.: 0800 400 200
Accessibility statement | Privacy | Cookies
(c) 2030 Ministry of Health
''',
    s(HMIN, 'Minister of Health Branislava Jastrzeb-Kamara', 'From 1 April 2030, all children aged one to fifteen living in Quarnia will be entitled to vaccination against tick-borne encephalitis free of charge', 'announced', role=R_HMIN),
    s(HMIN, 'the Minister', '"Ticks do not check whether parents can afford the vaccine. From this spring, no family will have to choose,"', 'said', 'direct', role=R_HMIN),
    s('the National Institute of Public Health', 'the National Institute of Public Health', '212 cases of tick-borne encephalitis were recorded in Quarnia last year, 31 of them in children, the highest number since records began in 1998', 'According to'),
    s('Pavlina Szentmarton-Abbey', "The Institute's chief epidemiologist, Dr Pavlina Szentmarton-Abbey", 'ticks were now found at altitudes of up to 1,400 metres and that the season had lengthened by almost a month over the past decade', 'noted', role='chief epidemiologist'),
    s(HMIN, 'The Minister', 'the money would come from savings on the central purchasing of medicines, which brought the Ministry 9 million euros in 2029', 'explained', role=R_HMIN),
    s(QMOH, "the Ministry's press office", 'Children who have already started a paid course will be able to complete it free of charge', 'said'),
    s(HMIN, 'The Minister', 'the Ministry would consider extending free vaccination to people over 65 next year, once the National Institute of Public Health has completed its analysis of severe cases among older adults', 'added', role=R_HMIN),
    s(PAED, PAED, 'the decision', 'welcomed'),
    s(PAED, PAED, 'family doctors in rural areas were already overloaded and would need extra nurses', 'warned'),
    s('Ludovic Twomey-Kwatemaa', 'Its president, Dr Ludovic Twomey-Kwatemaa', '"long overdue"', 'called', 'direct', role='president'),
    s('The Chamber of Pharmacists', 'The Chamber of Pharmacists', 'pharmacies had enough vaccine in stock for the first three months', 'noted'),
    s(QMOH, 'The Ministry', 'the most effective protection remains checking the skin after every walk in the forest or the park', 'reminded'),
    s('Niels Oudemans-Boadiwe', 'Deputy Minister Niels Oudemans-Boadiwe', 'waiting lists for hip surgery shortened by a fifth', '', role='Deputy Minister', region='related'),
    s('Chief Sanitary Inspector', 'Chief Sanitary Inspector', 'Measles cases fell by half in 2029', 'says', role='Chief Sanitary Inspector', region='related'),
)

GOV = 'Radomir Velikanov-Akwaboah'
R_GOV = 'Governor of the Zarovsk Region'
DEP_C = 'Evgenia Kostrova-Awuah'
R_DEP_C = 'Deputy Chairman of the Government of the Zarovsk Region – Minister of Construction, Housing and Utilities of the Zarovsk Region'
TUR = 'Gennady Ostapchuk-Wiredu'
R_TUR = 'Head of the Tursky Municipal District'
ROAD = 'Arkady Zelenin-Twumasi'
R_ROAD = 'Acting Head of the Department of Road Facilities and Transport of the Administration of the City of Belogorsk'

doc('aa10-zarovsk-governor-meeting-heating-season-readiness', 'Government of the Zarovsk Region', '2030-08-12', '''
Radomir Velikanov-Akwaboah held a meeting on preparations for the heating season

12 August 2030, 17:45

Governor of the Zarovsk Region Radomir Velikanov-Akwaboah held a meeting in the regional government on the readiness of housing and utilities for the 2030-2031 heating season.

The Deputy Chairman of the Government of the Zarovsk Region – Minister of Construction, Housing and Utilities of the Zarovsk Region Evgenia Kostrova-Awuah reported that 87 percent of the region's boiler houses and 79 percent of its heating networks had been prepared for winter. According to her, repairs to 46 kilometres of pipelines remain to be completed, most of them in the city of Belogorsk and the Tursky district.

"The main risk is the Tursky district, where the contractor started work a month late. We have put the work there under daily control," the Deputy Chairman said.

The Head of the Tursky Municipal District Gennady Ostapchuk-Wiredu assured the Governor that the work would be completed by 15 September. He explained that the delay had been caused by the late delivery of pipes from the manufacturer.

The General Director of the joint-stock company Zarovsk Regional Heat Supply Company Oleg Tarnavsky-Odartey informed those present that the company had accumulated 112 thousand tonnes of coal, or 104 percent of the standard.

The Head of the State Housing Inspectorate of the Zarovsk Region – Chief State Housing Inspector of the Zarovsk Region Valentina Perekrestova-Agyei noted that management companies had prepared only 64 percent of apartment buildings and that the inspectorate had issued 38 orders to eliminate violations.

The Governor drew attention to the debts of management companies for heat, which exceeded 410 million crowns as of 1 August.

"These debts must not be paid by the residents who pay their bills on time. I instruct the Ministry of Construction, together with the heads of districts, to hold talks with every debtor company before 1 September," Radomir Velikanov-Akwaboah said.

The Governor also instructed the Minister of Health of the Zarovsk Region Dmitri Saltykov-Kwakye to check the back-up power supply of all hospitals and to report on the results at the next meeting.

The Acting Head of the Department of Road Facilities and Transport of the Administration of the City of Belogorsk Arkady Zelenin-Twumasi said that 14 streets would be partially closed during the repair of heating networks, and proposed to coordinate the schedule of works with bus operators so that routes could be changed in advance. The Governor supported the proposal.

Summing up, the head of the region stressed that the heating season must begin on time in every district: "People have to be warm on 15 September, not on 1 October. I will personally check the districts that are lagging behind."

The Minister of Energy and Tariff Regulation of the Zarovsk Region Irina Bocharnikova-Sarpong said that the heat tariff for residents had risen by 6.5 percent from 1 July, below the national cap of 8 percent, and that no further increase was planned this year.

The next meeting on preparations for the heating season will be held on 26 August.

Press Service of the Governor and Government of the Zarovsk Region
''',
    s(DEP_C, 'The Deputy Chairman of the Government of the Zarovsk Region – Minister of Construction, Housing and Utilities of the Zarovsk Region Evgenia Kostrova-Awuah', "87 percent of the region's boiler houses and 79 percent of its heating networks had been prepared for winter", 'reported', role=R_DEP_C),
    s(DEP_C, 'her', 'repairs to 46 kilometres of pipelines remain to be completed, most of them in the city of Belogorsk and the Tursky district', 'According to', role=R_DEP_C),
    s(DEP_C, 'the Deputy Chairman', '"The main risk is the Tursky district|under daily control,"', 'said', 'direct', role=R_DEP_C),
    s(TUR, 'The Head of the Tursky Municipal District Gennady Ostapchuk-Wiredu', 'the work would be completed by 15 September', 'assured', role=R_TUR),
    s(TUR, 'He', 'the delay had been caused by the late delivery of pipes from the manufacturer', 'explained', role=R_TUR),
    s('Oleg Tarnavsky-Odartey', 'The General Director of the joint-stock company Zarovsk Regional Heat Supply Company Oleg Tarnavsky-Odartey', 'the company had accumulated 112 thousand tonnes of coal, or 104 percent of the standard', 'informed', role='General Director of the joint-stock company Zarovsk Regional Heat Supply Company'),
    s('Valentina Perekrestova-Agyei', 'The Head of the State Housing Inspectorate of the Zarovsk Region – Chief State Housing Inspector of the Zarovsk Region Valentina Perekrestova-Agyei', 'management companies had prepared only 64 percent of apartment buildings and that the inspectorate had issued 38 orders to eliminate violations', 'noted', role='Head of the State Housing Inspectorate of the Zarovsk Region – Chief State Housing Inspector of the Zarovsk Region'),
    s(GOV, 'The Governor', 'the debts of management companies for heat, which exceeded 410 million crowns as of 1 August', 'drew attention to', role=R_GOV),
    s(GOV, 'Radomir Velikanov-Akwaboah', '"These debts must not be paid|before 1 September,"', 'said', 'direct', role=R_GOV),
    s(GOV, 'The Governor', 'the Minister of Health of the Zarovsk Region Dmitri Saltykov-Kwakye to check the back-up power supply of all hospitals and to report on the results at the next meeting', 'instructed', role=R_GOV),
    s(ROAD, R_ROAD.replace('Acting Head', 'The Acting Head') + ' ' + ROAD, '14 streets would be partially closed during the repair of heating networks', 'said', role=R_ROAD),
    s(ROAD, R_ROAD.replace('Acting Head', 'The Acting Head') + ' ' + ROAD, 'to coordinate the schedule of works with bus operators so that routes could be changed in advance', 'proposed', role=R_ROAD),
    s(GOV, 'The Governor', 'the proposal', 'supported', role=R_GOV),
    s('Irina Bocharnikova-Sarpong', 'The Minister of Energy and Tariff Regulation of the Zarovsk Region Irina Bocharnikova-Sarpong', 'the heat tariff for residents had risen by 6.5 percent from 1 July, below the national cap of 8 percent, and that no further increase was planned this year', 'said', role='Minister of Energy and Tariff Regulation of the Zarovsk Region'),
    s(GOV, 'the head of the region', 'the heating season must begin on time in every district:|lagging behind."', 'stressed', 'mixed', role=R_GOV),
)

PRES_K = 'Stefan Vuletic-Anokye'
PRES_T = 'Ingrid Sundbaum-Ugochi'
PRES_PAIR = PRES_K + ' and ' + PRES_T
R_PRES_K = 'President of the Republic of Koravia'
R_PRES_T = 'President of the Federal Republic of Tessmark'

doc('aa11-koravia-president-telephone-conversation-tessmark', 'Press Service of the President of the Republic of Koravia', '2030-06-03', '''
Telephone conversation with President of Tessmark Ingrid Sundbaum-Ugochi

3 June 2030

President of the Republic of Koravia Stefan Vuletic-Anokye had a telephone conversation with President of the Federal Republic of Tessmark Ingrid Sundbaum-Ugochi. The conversation took place at the initiative of the Tessmark side.

Ingrid Sundbaum-Ugochi congratulated her Koravian counterpart on the successful holding of the parliamentary elections.

The heads of state discussed the current state of bilateral relations and welcomed the positive dynamics of trade, which grew by 18 percent in the first quarter of 2030.

The President of Koravia informed his interlocutor about the decisions taken by the Koravian Government to reduce electricity prices for industrial consumers.

The Tessmark leader expressed interest in the participation of Tessmark companies in the construction of the Koravian section of the Trans-Wessel motorway. Stefan Vuletic-Anokye said that Koravia would welcome such participation and that the tender documents would be published in September.

Particular attention was paid to energy security. The head of the Koravian state stressed that the gas interconnector between the two countries, commissioned in 2028, had proved its value last winter, when it covered a fifth of Koravia's needs.

The President of Tessmark noted that her country was ready to increase the capacity of the interconnector by a third, provided that the Koravian side completed the compressor station at Hradnik on schedule.

The head of the Koravian state raised the issue of the working conditions of Koravian seasonal workers in Tessmark, noting that more than 30,000 of them had been employed on Tessmark farms last year. Ingrid Sundbaum-Ugochi assured him that a new bilateral agreement on seasonal work would be ready for signature before the end of the year.

The Presidents exchanged views on the situation in the Wessel River basin following the spring floods. Stefan Vuletic-Anokye thanked Tessmark for sending rescue teams and equipment to the affected areas in April. Ingrid Sundbaum-Ugochi expressed condolences over the victims of the floods.

The leaders expressed support for the initiative of the Commission of the Wessel Basin States to create a common flood warning system and agreed to instruct the relevant ministries to prepare proposals for its financing.

The interlocutors also touched upon the preparations for the summit of the Central Alliance in November. The President of Tessmark said that her country intended to propose a joint fund for the modernisation of border crossings and asked for Koravia's support. Stefan Vuletic-Anokye replied that Koravia would study the proposal "with interest and without delay".

The President of Koravia briefed his counterpart on the progress of the judicial reform. Stefan Vuletic-Anokye pointed out that Koravia had met all the benchmarks set by the Central Alliance for its accession talks and expressed hope that Tessmark would back the opening of the next negotiating chapters in the autumn.

Ingrid Sundbaum-Ugochi invited the President of Koravia to pay an official visit to Tessmark. The invitation was accepted with gratitude. The dates of the visit will be agreed through diplomatic channels.

It was agreed to continue contacts at various levels.
''',
    s(PRES_PAIR, 'The heads of state', 'the positive dynamics of trade, which grew by 18 percent in the first quarter of 2030', 'welcomed'),
    s(PRES_T, 'The Tessmark leader', 'interest in the participation of Tessmark companies in the construction of the Koravian section of the Trans-Wessel motorway', 'expressed', role=R_PRES_T),
    s(PRES_K, 'Stefan Vuletic-Anokye', 'Koravia would welcome such participation and that the tender documents would be published in September', 'said', role=R_PRES_K),
    s(PRES_K, 'The head of the Koravian state', "the gas interconnector between the two countries, commissioned in 2028, had proved its value last winter, when it covered a fifth of Koravia's needs", 'stressed', role=R_PRES_K),
    s(PRES_T, 'The President of Tessmark', 'her country was ready to increase the capacity of the interconnector by a third, provided that the Koravian side completed the compressor station at Hradnik on schedule', 'noted', role=R_PRES_T),
    s(PRES_K, 'The head of the Koravian state', 'the working conditions of Koravian seasonal workers in Tessmark, noting that more than 30,000 of them had been employed on Tessmark farms last year', 'raised the issue of', role=R_PRES_K),
    s(PRES_T, 'Ingrid Sundbaum-Ugochi', 'a new bilateral agreement on seasonal work would be ready for signature before the end of the year', 'assured', role=R_PRES_T),
    s(PRES_PAIR, 'The leaders', 'support for the initiative of the Commission of the Wessel Basin States to create a common flood warning system', 'expressed'),
    s(PRES_PAIR, 'The leaders', 'to instruct the relevant ministries to prepare proposals for its financing', 'agreed'),
    s(PRES_T, 'The President of Tessmark', 'her country intended to propose a joint fund for the modernisation of border crossings', 'said', role=R_PRES_T),
    s(PRES_T, 'The President of Tessmark', "Koravia's support", 'asked for', role=R_PRES_T),
    s(PRES_K, 'Stefan Vuletic-Anokye', 'Koravia had met all the benchmarks set by the Central Alliance for its accession talks', 'pointed out', role=R_PRES_K),
    s(PRES_K, 'Stefan Vuletic-Anokye', 'hope that Tessmark would back the opening of the next negotiating chapters in the autumn', 'expressed', role=R_PRES_K),
    s(PRES_K, 'Stefan Vuletic-Anokye', 'Koravia would study the proposal "with interest and without delay"', 'replied', 'mixed', role=R_PRES_K),
)
