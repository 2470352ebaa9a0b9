"""Set AI's six government texts (see build_ai.py)."""
from invented_common import doc_spans as doc, s

ODD = 'Karin Oddsen'
R_ODD = 'Minister of State for Transport'
HOLM = 'Sverre Holmgaard'
R_HOLM = 'Minister of Health and Care'

doc('ai06-gov-halden-written-answers', 'House of Deputies of Halden', '2033-05-12', '''
Written questions and answers, published 12 May 2033

Rail services: Eastern Line
Question 4471/33, tabled 28 April 2033

Mr Aldo Brenner (Liberal Union) asked the Minister of Transport what assessment she has made of the punctuality of passenger services on the Eastern Line since the timetable change in January; and what steps she is taking to reduce the number of cancelled trains between Sorvik and Lyng.

Answered by the Minister of State for Transport (Ms Karin Oddsen) on 9 May 2033:
Between 1 January and 31 March, 81.4 per cent of passenger trains on the Eastern Line arrived within five minutes of the timetable, compared with 86.9 per cent in the same period last year. Most of the fall is explained by speed restrictions on the Lyng viaduct, where repairs began in February and are due to finish in August.
The operator, Eastline Rail, has added two trains to its reserve fleet and changed crew rosters so that a late driver no longer leads to a cancellation further down the line. The Ministry receives weekly figures from the operator and will publish them monthly from June.

Rail services: Eastern Line
Question 4472/33, tabled 28 April 2033

Mr Aldo Brenner (Liberal Union) asked the Minister of Transport whether compensation paid to season ticket holders on the Eastern Line will be increased while the Lyng viaduct works continue.

Answered by the Minister of State for Transport (Ms Karin Oddsen) on 9 May 2033:
I refer the honourable Member to the answer I gave on 2 May 2033 to Question 4210/33.

Rural pharmacies
Question 4490/33, tabled 30 April 2033

Ms Elin Haug (Green Left) asked the Minister of Health and Care, further to the warning by the Association of Rural Pharmacists that as many as 40 pharmacies could close this year, what support the Government will offer to pharmacies in municipalities with fewer than 5,000 inhabitants.

Answered by the Minister of Health and Care (Mr Sverre Holmgaard) on 10 May 2033:
The Government takes the availability of medicines in rural areas very seriously. In 2033 the supplement paid to pharmacies with a low dispensing volume was raised by 12 per cent, to 410,000 crowns a year, and 63 pharmacies received it.
I have asked the Medicines Directorate to report by 1 October on whether the supplement reaches the pharmacies that need it most, and on whether a pharmacy counter in a general store could serve the smallest municipalities. I do not share the Association's estimate. Our figures show four closures in the first quarter, the same as last year.

Hospital car parking
Question 4503/33, tabled 2 May 2033

Mrs Tove Rask (Centre Party) asked the Minister of Health and Care how much the regional health trusts received in parking charges in 2032, broken down by trust.

Answered by the Minister of Health and Care (Mr Sverre Holmgaard) on 10 May 2033:
The information is not held centrally in the form requested. The trusts reported total income from parking of 286 million crowns in 2032. The Northern trust charges no fee for patients attending treatment for cancer, and the Ministry has asked the other three trusts to consider the same rule.

Coastal ferries: fares
Question 4511/33, tabled 3 May 2033

Mr Jonas Vik (Progress Alliance) asked the Minister of Transport, in view of the statement by the county of Vestmark that ferry fares would rise by 9 per cent from July, whether the Government will increase its grant to the county ferry services.

Answered by the Minister of State for Transport (Ms Karin Oddsen) on 11 May 2033:
Ferry fares on county routes are set by the counties. The Government increased the ferry grant by 340 million crowns in the revised budget, and Vestmark's share of that increase is 41 million. The county has told the Ministry that it will review the planned fare rise once the grant has been paid. I will not anticipate the outcome of next year's budget.
''',
    s(ODD, 'the Minister of State for Transport (Ms Karin Oddsen)', 'Between 1 January and 31 March, 81.4 per cent|will publish them monthly from June.', 'Answered', role=R_ODD),
    s('Association of Rural Pharmacists', 'the Association of Rural Pharmacists', 'as many as 40 pharmacies could close this year', 'warning'),
    s(HOLM, 'the Minister of Health and Care (Mr Sverre Holmgaard)', 'The Government takes the availability of medicines in rural areas very seriously.|the same as last year.', 'Answered', role=R_HOLM),
    s(HOLM, 'the Minister of Health and Care (Mr Sverre Holmgaard)', 'The information is not held centrally in the form requested.|to consider the same rule.', 'Answered', role=R_HOLM),
    s('The trusts', 'The trusts', 'total income from parking of 286 million crowns in 2032', 'reported', nested=True, via=HOLM),
    s('county of Vestmark', 'the county of Vestmark', 'ferry fares would rise by 9 per cent from July', 'statement'),
    s(ODD, 'the Minister of State for Transport (Ms Karin Oddsen)', 'Ferry fares on county routes are set by the counties.|the outcome of next year\'s budget.', 'Answered', role=R_ODD),
    s('county of Vestmark', 'The county', 'it will review the planned fare rise once the grant has been paid', 'told', nested=True, via=ODD),
)

ORL = 'Pavel Orlenko'
R_ORL = 'Governor'
VEL = 'Marina Velikaya'

doc('ai07-gov-orlenko-direct-line', 'Press service of the Governor of Zarechye Region', '2033-12-16', '''
Governor Pavel Orlenko answers residents' questions in the annual Direct Line

Governor Pavel Orlenko today held his annual Direct Line with residents of the Zarechye Region. The broadcast on regional television and radio lasted three hours and ten minutes. More than 14,600 questions were received by telephone, text message and through the regional government's website; most concerned roads, health care, heating and housing repairs. Below are excerpts.

Presenter: Our first caller is on the line. Go ahead, please.

Svetlana, Kamensk: Good evening, Pavel Sergeyevich. The bus from our village to the district hospital was taken off in March. Older people have to pay a taxi 900 roubles each way. Will the route come back?

Governor: Good evening, Svetlana. The carrier on that route went bankrupt, and for three months nobody applied to take it over, because the route loses money. That is not an excuse. From 1 February the region will pay the subsidy directly, and the bus will run three times a week, on the days the hospital holds appointments for your district.

The governor instructed the head of the regional transport department, Igor Samsonov, to report on the tender by 15 January.

Presenter: A question that came in by text message from Verkhny Log.

Andrei, Verkhny Log: I just want to say the new road to the hospital is a fine piece of work, and the crew that built it in four months deserves a bonus.

Governor: Thank you, Andrei. I will pass that on to the road builders.

Presenter: Many questions are about doctors. Here is one from Lesnoy.

Olga, Lesnoy: Our clinic has not had a paediatrician for two years. We take the children 60 kilometres to town. When will a doctor come?

Governor: I will ask Marina Velikaya, who is with us in the studio, to answer that.

Deputy Governor for Social Affairs Marina Velikaya: Olga, a paediatrician will start work in Lesnoy in March. She is finishing her residency in the regional hospital now, and the district has already renovated a flat for her. Under our rural doctor programme she receives a payment of two million roubles if she works there for five years. This year 38 doctors came to villages under the programme, and next year we expect more than 50.

Presenter: Pavel Sergeyevich, there is a lot of anger about heating bills this winter.

Governor: I understand that anger. The tariff rose by 9 per cent in July, as it did across the country, but in some towns bills have risen by a third, and that cannot be explained by the tariff. The housing inspectorate has found errors in the bills of two management companies in Kamensk, and residents there will have the difference deducted in January. I have asked the prosecutor's office to look at how the companies calculated the charges. Anyone who believes their bill is wrong can send it to the inspectorate, and it will check it within ten days.

Presenter: A caller from Ozyorsk.

Nikolai, Ozyorsk: The roof of our apartment block on Sadovaya Street has leaked for three winters. The repair was in the plan for 2031 and then moved to 2034. Why?

Governor: Nikolai, the regional repair fund moved about 200 buildings back after prices for materials doubled. That was a mistake in how we planned, and I accept it. Your building will be repaired next summer; I will check it myself.

The governor said that the regional budget for 2034 would include 1.4 billion roubles for roof and facade repairs, twice this year's amount.

At the end of the programme, the governor thanked residents for their questions and said that every question received during the Direct Line would be answered in writing within a month.
''',
    s(ORL, 'Governor', 'Good evening, Svetlana. The carrier on that route went bankrupt,|on the days the hospital holds appointments for your district.', '', role=R_ORL),
    s(ORL, 'The governor', 'the head of the regional transport department, Igor Samsonov, to report on the tender by 15 January', 'instructed', role=R_ORL),
    s('Andrei', 'Andrei, Verkhny Log', 'I just want to say the new road to the hospital is a fine piece of work, and the crew that built it in four months deserves a bonus.', ''),
    s(VEL, 'Deputy Governor for Social Affairs Marina Velikaya', 'a paediatrician will start work in Lesnoy in March.|next year we expect more than 50.', '', role='Deputy Governor for Social Affairs'),
    s(ORL, 'Governor', 'I understand that anger.|it will check it within ten days.', '', role=R_ORL),
    s(ORL, 'Governor', 'the regional repair fund moved about 200 buildings back|I will check it myself.', '', role=R_ORL),
    s(ORL, 'The governor', "the regional budget for 2034 would include 1.4 billion roubles for roof and facade repairs, twice this year's amount", 'said', role=R_ORL),
    s(ORL, 'the governor', 'every question received during the Direct Line would be answered in writing within a month', 'said', role=R_ORL),
)

KAL = 'Dorota Kalnins'
R_KAL = 'Chair of the Central Election Commission'
PET = 'Janis Petersons'
CEC = 'Central Election Commission'

doc('ai08-gov-livaria-election-commission-briefing', 'Central Election Commission of Livaria', '2033-10-03', '''
Central Election Commission holds briefing on the course of the parliamentary elections

On 3 October, the Central Election Commission held a briefing on the preliminary results of the elections to the Saeima held on 2 October. The briefing was conducted by the Chair of the Central Election Commission, Dorota Kalnins, and the Deputy Chair, Janis Petersons. Representatives of the international observation mission also took part.

Dorota Kalnins informed journalists that all 1,047 polling stations in the country and 96 polling stations abroad had opened on time, and that voting had been completed in all of them by 20:00.

According to the Commission's preliminary data, turnout reached 61.8 per cent, 4.2 percentage points higher than at the previous elections. The Chair noted that turnout was highest in the capital, 66.3 per cent, and lowest in the Eastern electoral district, 52.9 per cent.

"The voters came, they waited in queues where there were queues, and they voted. This is the most important result of yesterday, whatever the distribution of seats," Dorota Kalnins said.

She stressed that the counting of votes cast abroad and by post would be completed by 5 October and that the final results would be approved at a meeting of the Commission no later than 12 October.

According to the preliminary results, seven lists passed the five per cent threshold. The Unity and Progress party received 24.1 per cent of the vote, the Farmers' Union 17.6 per cent and the Social Democratic Alliance 14.9 per cent.

Deputy Chair Janis Petersons reported that the Commission had received 214 complaints on election day, most of them about campaigning near polling stations and about voters who had not found their names on the lists. In his words, 31 complaints had been forwarded to the police, and none of them concerned violations that could affect the result in any district.

Petersons pointed out that for the first time voters could check their polling station through a mobile application, and that the service had been used more than 380,000 times.

"The problem of the lists is not solved. Every person who was turned away is a person too many, and we will look at each case," he said.

The head of the observation mission, Ambassador Leonie Fairweather, said that the elections had been well organised and that voters had been able to choose freely between competing programmes. At the same time, she noted that the rules on the financing of campaigns by third parties remained vague and that several media outlets had not distinguished clearly between paid and editorial content.

"We saw professional election officials and calm polling stations. We also saw a campaign in which it was often impossible to know who was paying for what," Leonie Fairweather told the briefing.

The mission will present its final report within two months.

The Chair of the Central Election Commission reminded that the law allows complaints about the results in a district to be filed within three days of the publication of the preliminary results, and said that the Commission would consider each complaint at an open meeting.
''',
    s(KAL, 'Dorota Kalnins', 'all 1,047 polling stations in the country and 96 polling stations abroad had opened on time, and that voting had been completed in all of them by 20:00', 'informed', role=R_KAL),
    s(CEC, "the Commission's preliminary data", 'turnout reached 61.8 per cent, 4.2 percentage points higher than at the previous elections', 'according to'),
    s(KAL, 'The Chair', 'turnout was highest in the capital, 66.3 per cent, and lowest in the Eastern electoral district, 52.9 per cent', 'noted', role=R_KAL),
    s(KAL, 'Dorota Kalnins', '"The voters came, they waited in queues|whatever the distribution of seats,"', 'said', 'direct', role=R_KAL),
    s(KAL, 'She', 'the counting of votes cast abroad and by post would be completed by 5 October and that the final results would be approved at a meeting of the Commission no later than 12 October', 'stressed', role=R_KAL),
    s('preliminary results', 'the preliminary results', 'seven lists passed the five per cent threshold', 'according to'),
    s(PET, 'Deputy Chair Janis Petersons', 'the Commission had received 214 complaints on election day|had not found their names on the lists', 'reported', role='Deputy Chair'),
    s(PET, 'his', '31 complaints had been forwarded to the police|could affect the result in any district', 'In his words', role='Deputy Chair'),
    s(PET, 'Petersons', 'for the first time voters could check their polling station through a mobile application, and that the service had been used more than 380,000 times', 'pointed out', role='Deputy Chair'),
    s(PET, 'he', '"The problem of the lists is not solved.|we will look at each case,"', 'said', 'direct', role='Deputy Chair'),
    s('Leonie Fairweather', 'The head of the observation mission, Ambassador Leonie Fairweather', 'the elections had been well organised and that voters had been able to choose freely between competing programmes', 'said', role='head of the observation mission'),
    s('Leonie Fairweather', 'she', 'the rules on the financing of campaigns by third parties remained vague|between paid and editorial content', 'noted', role='head of the observation mission'),
    s('Leonie Fairweather', 'Leonie Fairweather', '"We saw professional election officials and calm polling stations.|who was paying for what,"', 'told', 'direct', role='head of the observation mission'),
    s(KAL, 'The Chair of the Central Election Commission', 'the law allows complaints about the results in a district to be filed within three days of the publication of the preliminary results', 'reminded', role=R_KAL),
    s(KAL, 'The Chair of the Central Election Commission', 'the Commission would consider each complaint at an open meeting', 'said', role=R_KAL),
)

MARK = 'Yelena Markova'
R_MARK = 'Chief State Sanitary Doctor'

doc('ai09-gov-markova-vaccination-briefing', 'Federal Service for Consumer Health', '2033-10-20', '''
Chief State Sanitary Doctor Yelena Markova: the autumn vaccination campaign has reached 41 per cent of the target

The Chief State Sanitary Doctor of the Republic and head of the Federal Service for Consumer Health, Yelena Markova, held a briefing on the progress of the autumn campaign of vaccination against influenza and the new respiratory virus RV-33.

Yelena Markova reported that since the start of the campaign on 1 September, 18.6 million people had been vaccinated, or 41 per cent of the planned number. Among people over 65 the figure was lower, 34 per cent, and the head of the Service called this "the weak point of the whole campaign."

According to her, the supply of vaccines was not a limiting factor: regions had received 31 million doses, and another 12 million would be delivered by the middle of November. The problem, she said, was the distance between people and vaccination points in rural areas and the low number of mobile teams.

"We have enough vaccine. What we do not have enough of is people going door to door. A nurse in a car does more for a village than a poster in the city," Yelena Markova said.

The Chief State Sanitary Doctor noted that 11 regions had already reached 60 per cent of their target and named them as an example to the others. She instructed the heads of the regional offices of the Service to agree with the regional health ministries on a schedule of visits by mobile teams to every settlement with more than 100 inhabitants before 15 November.

Speaking about the epidemiological situation, Yelena Markova said that the incidence of respiratory infections had risen over the past two weeks by 14 per cent but remained below the epidemic threshold in all regions. Laboratory monitoring showed that RV-33 accounted for about a fifth of confirmed cases, influenza for a tenth.

In her words, the strains circulating this season corresponded to the composition of the vaccines used in the campaign. "There is no reason to wait for a better vaccine. This one matches what we see in the laboratories," she emphasised.

Yelena Markova recommended that employers organise vaccination at workplaces and reminded that, by law, an employee may take paid time off on the day of vaccination.

The head of the Service's epidemiological surveillance department, Arkady Belov, told the briefing that the number of schools closed for quarantine had fallen from 240 in the first week of October to 165. He explained that schools are closed when more than 20 per cent of pupils are absent because of illness.

Answering a question about side effects, Yelena Markova said that the rate of reported adverse reactions was the same as last year and that no serious reaction linked to the vaccines had been confirmed.

"Every report is checked. Every one. That is how we know the vaccine is safe, and that is why we publish the numbers," the Chief State Sanitary Doctor added.

The Service will publish data on the progress of the campaign weekly on its website, every Monday.
''',
    s(MARK, 'Yelena Markova', 'since the start of the campaign on 1 September, 18.6 million people had been vaccinated, or 41 per cent of the planned number', 'reported', role=R_MARK),
    s(MARK, 'the head of the Service', 'this "the weak point of the whole campaign."', 'called', 'mixed', role=R_MARK),
    s(MARK, 'her', 'the supply of vaccines was not a limiting factor: regions had received 31 million doses, and another 12 million would be delivered by the middle of November', 'According to', role=R_MARK),
    s(MARK, 'she', ['The problem,', 'was the distance between people and vaccination points in rural areas and the low number of mobile teams'], 'said', role=R_MARK),
    s(MARK, 'Yelena Markova', '"We have enough vaccine.|than a poster in the city,"', 'said', 'direct', role=R_MARK),
    s(MARK, 'The Chief State Sanitary Doctor', '11 regions had already reached 60 per cent of their target', 'noted', role=R_MARK),
    s(MARK, 'She', 'the heads of the regional offices of the Service to agree with the regional health ministries|before 15 November', 'instructed', role=R_MARK),
    s(MARK, 'Yelena Markova', 'the incidence of respiratory infections had risen over the past two weeks by 14 per cent but remained below the epidemic threshold in all regions', 'said', role=R_MARK),
    s('Laboratory monitoring', 'Laboratory monitoring', 'RV-33 accounted for about a fifth of confirmed cases, influenza for a tenth', 'showed'),
    s(MARK, 'her', 'the strains circulating this season corresponded to the composition of the vaccines used in the campaign', 'In her words', role=R_MARK),
    s(MARK, 'she', '"There is no reason to wait for a better vaccine. This one matches what we see in the laboratories,"', 'emphasised', 'direct', role=R_MARK),
    s(MARK, 'Yelena Markova', 'employers organise vaccination at workplaces', 'recommended', role=R_MARK),
    s(MARK, 'Yelena Markova', 'by law, an employee may take paid time off on the day of vaccination', 'reminded', role=R_MARK),
    s('Arkady Belov', "The head of the Service's epidemiological surveillance department, Arkady Belov", 'the number of schools closed for quarantine had fallen from 240 in the first week of October to 165', 'told', role="head of the Service's epidemiological surveillance department"),
    s('Arkady Belov', 'He', 'schools are closed when more than 20 per cent of pupils are absent because of illness', 'explained', role="head of the Service's epidemiological surveillance department"),
    s(MARK, 'Yelena Markova', 'the rate of reported adverse reactions was the same as last year and that no serious reaction linked to the vaccines had been confirmed', 'said', role=R_MARK),
    s(MARK, 'the Chief State Sanitary Doctor', '"Every report is checked. Every one.|why we publish the numbers,"', 'added', 'direct', role=R_MARK),
)

VOREL = 'Dana Vorel'

doc('ai10-gov-kestria-mfa-comment', 'Ministry of Foreign Affairs of the Republic of Kestria', '2033-06-05', '''
Comment by the Official Representative of the Ministry of Foreign Affairs of the Republic of Kestria, Dana Vorel, in connection with a media question about the detention of Kestrian fishermen by the Ardovian border service

Question: On 3 June, the Ardovian border service detained the trawler Severina and its crew of eleven Kestrian citizens in the Lasta Sea, claiming that the vessel was fishing illegally in Ardovian waters. How does the Ministry assess these actions, and what is being done to secure the release of the fishermen?

Answer: We regard the detention of the trawler Severina as unjustified. According to the data of the vessel's satellite positioning system, which the owner has passed to us, at the moment of boarding the trawler was 2.4 nautical miles outside the line that Ardovia itself recognised as the boundary of its exclusive economic zone in the agreement of 2019. The crew had a valid licence and were fishing within the quota set for this year.

On the day of the detention, the Ambassador of Kestria in Ardovia visited the Ardovian Ministry of Foreign Affairs and handed over a note demanding the immediate release of the crew and the vessel. The Ardovian side was also informed that Kestria is ready to present all the navigation data to a joint working group, as provided for by the agreement. So far we have received no substantive reply. We also note that the Ardovian side informed our embassy of the detention only eleven hours after it took place, which is contrary to the consular convention between our two countries.

Our consul was able to visit the fishermen in the port of Vellmar only on the evening of 4 June, more than 30 hours after they were brought ashore. All eleven are in good health and are being held on board the vessel. Two of them have chronic illnesses and need regular medication; we have asked the Ardovian authorities to allow these medicines to be delivered without delay, and we expect this request to be met.

We are in constant contact with the owner of the vessel and with the families of the crew. We want to assure them that the Ministry and our embassy will do everything necessary for the fishermen to return home as soon as possible.

We cannot fail to note that this is the third detention of a Kestrian vessel in the Lasta Sea since the beginning of the year, and that in the two previous cases the Ardovian courts imposed fines that were later reduced on appeal, because the evidence of a violation proved insufficient. Such a practice does not contribute to the good-neighbourly relations that both our countries have declared as their goal. It only harms the fishing communities on both sides of the sea, who have worked these waters together for generations.

We call on the Ardovian side to release the crew and the vessel, to return to the mechanisms of consultation provided for by the agreement, and to refrain from steps that could complicate the situation in the Lasta Sea. Kestria remains committed to resolving all questions of fisheries through dialogue and on the basis of international law.
''',
    s('Ardovian border service', 'the Ardovian border service', 'the vessel was fishing illegally in Ardovian waters', 'claiming'),
    s(VOREL, 'Dana Vorel', 'We regard the detention of the trawler Severina as unjustified.|on the basis of international law.', '', role='Official Representative of the Ministry of Foreign Affairs of the Republic of Kestria'),
    s("data of the vessel's satellite positioning system", "the data of the vessel's satellite positioning system", 'at the moment of boarding the trawler was 2.4 nautical miles outside|in the agreement of 2019', 'According to', nested=True, via=VOREL),
)

EKV = 'Tamar Ekvall'

doc('ai11-gov-ekvall-state-awards', 'Office of the President of the Republic of Norland', '2033-06-12', '''
Presentation of state decorations

On the eve of National Day, President Tamar Ekvall presented state decorations to citizens who have distinguished themselves in medicine, science, rescue work, culture and education, at a ceremony in the White Hall of the Presidential Palace.

President of Norland Tamar Ekvall: Good afternoon, dear friends!

Every year on the eve of our National Day we gather in this hall to say thank you on behalf of the whole country. Today's ceremony is especially close to my heart, because many of those receiving awards today are people whose work is usually done far from cameras: in operating theatres at night, in mines after an explosion, in village schools where one teacher takes three classes at once.

This year was not easy. The floods in the north took homes and lives, and it was the rescuers, doctors and volunteers sitting in this hall who stood between the water and the people. The state owes them more than a medal, and we will not forget it when we plan next year's budget for the rescue services.

I congratulate you all with all my heart and wish you health and new achievements. Happy National Day!

(The President then presented the decorations.)

Surgeon Marta Jansone, Order of the Northern Star, Third Class: Mr President, friends. I accept this award for the whole team of the Riverside Regional Hospital. During the floods we operated for four days without going home, and not one nurse asked to leave. I want the country to know that a regional hospital is not a second-class hospital.

Viktor Lahti, leader of the Kaldera Mine rescue team, Medal for Courage in Rescue: Thank you. What we did in the Kaldera mine was our job. Seven men came up alive because twenty others went down. I would ask only one thing: that rescue equipment in our mines is replaced before it is too old, not after.

Astrid Wenn, teacher of mathematics at the Ostholm village school, Honoured Teacher of Norland: Mr President, I am afraid I am not used to speaking in such beautiful halls. I have taught in Ostholm for thirty-one years. Our school has 43 pupils, and last year four of them won places at the national olympiad. Small schools are not a burden on the budget. They are the reason villages still have children.

Ingrid Solberg, coordinator of the Nordvik flood volunteers, Medal of Civic Merit: On behalf of our volunteers, I want to say that we did nothing special. We had boats, and our neighbours did not. More than 600 people joined us in the first week, and many of them are still rebuilding houses that are not their own. They deserve this medal more than I do.

Professor Henrik Alm, Director of the Institute of Marine Biology, Order of Merit: Thank you very much.

Tamar Ekvall: Dear friends, thank you for your words, and especially for what you said about small schools and old equipment. I heard it, and so did the ministers sitting in the third row.

(A reception for the recipients followed the ceremony.)
''',
    s(EKV, 'President of Norland Tamar Ekvall', 'Good afternoon, dear friends!|Happy National Day!', '', role='President of Norland'),
    s('Marta Jansone', 'Surgeon Marta Jansone, Order of the Northern Star, Third Class', 'I accept this award for the whole team of the Riverside Regional Hospital.|a regional hospital is not a second-class hospital.', '', role='Surgeon'),
    s('Viktor Lahti', 'Viktor Lahti, leader of the Kaldera Mine rescue team, Medal for Courage in Rescue', 'What we did in the Kaldera mine was our job.|before it is too old, not after.', '', role='leader of the Kaldera Mine rescue team'),
    s('Astrid Wenn', 'Astrid Wenn, teacher of mathematics at the Ostholm village school, Honoured Teacher of Norland', 'I am afraid I am not used to speaking in such beautiful halls.|They are the reason villages still have children.', '', role='teacher of mathematics at the Ostholm village school'),
    s('Ingrid Solberg', 'Ingrid Solberg, coordinator of the Nordvik flood volunteers, Medal of Civic Merit', 'On behalf of our volunteers,|They deserve this medal more than I do.', '', role='coordinator of the Nordvik flood volunteers'),
    s(EKV, 'Tamar Ekvall', 'thank you for your words, and especially for what you said about small schools and old equipment.|sitting in the third row.', '', role='President of Norland'),
)
