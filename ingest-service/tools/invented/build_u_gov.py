"""Set U's six government texts (see build_u.py)."""
from invented_common import doc_spans as doc, s

MIN_H = 'Minister of Health of the Republic of Sarvelle'
CHA = 'Regional Director of the Continental Health Agency for the Eastern Region'
PAIR_H = 'Izolda Brankovetsky-Ameyawsen and Fabrizio Nakashivane-Holtzinger'

doc('u06-sarvelle-health-ministry-cha-meeting', 'Ministry of Health of the Republic of Sarvelle', '2028-03-14', '''
Izolda Brankovetsky-Ameyawsen holds talks with Regional Director of the Continental Health Agency

On 14 March, the Minister of Health of the Republic of Sarvelle, Izolda Brankovetsky-Ameyawsen, received the Regional Director of the Continental Health Agency (CHA) for the Eastern Region, Dr. Fabrizio Nakashivane-Holtzinger, who is in Pellavar on a working visit.

The Minister thanked Dr. Nakashivane-Holtzinger for the Agency's support during the diphtheria outbreak of 2026 and informed the guest about the progress in the reform of primary health care.

The Minister stressed:
• over the past two years, 140 rural health posts have been renovated and equipped with telemedicine terminals;
• the shortage of family doctors remains the main problem of the system, with 23 percent of positions in rural areas vacant;
• Sarvelle counts on the Agency's support in three areas:
  - training of nurses in emergency care;
  - strengthening laboratory capacity for the surveillance of antimicrobial resistance;
  - the procurement of vaccines through the Agency's pooled mechanism.

According to the Minister, the Government intends to raise the salaries of rural doctors by 40 percent from January 2029.

Dr. Nakashivane-Holtzinger praised the progress achieved in reducing maternal mortality, which has fallen by almost half in five years, and said the Agency would include Sarvelle in its regional programme on antimicrobial resistance from 2029.

Dr. Nakashivane-Holtzinger also noted that Sarvelle had become the first country in the region to introduce electronic prescriptions in all pharmacies.

He raised the issue of the low uptake of the vaccine against human papillomavirus, noting that only 31 percent of girls in the target group had been vaccinated last year.

The First Deputy Minister of Health, Radoslav Kittleworth-Oyelarewa, informed the guest that a national strategy on human resources for health would be adopted by the Government in June.

The Regional Director also met with the Chair of the Parliamentary Committee on Social Policy, Ermengarde Ashvorland-Lebedeva. She expressed the Committee's support for the draft law on tobacco control and said that Parliament would consider it in the autumn session.

The parties agreed to sign a biennial cooperation agreement for 2029-2030 during the session of the CHA Regional Committee in September.
''',
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', 'over the past two years, 140 rural health posts have been renovated and equipped with telemedicine terminals;', 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', 'the shortage of family doctors remains the main problem of the system, with 23 percent of positions in rural areas vacant;', 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', "Sarvelle counts on the Agency's support in three areas:", 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', 'training of nurses in emergency care;', 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', 'strengthening laboratory capacity for the surveillance of antimicrobial resistance;', 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'The Minister', "the procurement of vaccines through the Agency's pooled mechanism.", 'stressed', role=MIN_H),
    s('Izolda Brankovetsky-Ameyawsen', 'the Minister', 'the Government intends to raise the salaries of rural doctors by 40 percent from January 2029', 'According to', role=MIN_H),
    s('Fabrizio Nakashivane-Holtzinger', 'Dr. Nakashivane-Holtzinger', 'the progress achieved in reducing maternal mortality, which has fallen by almost half in five years', 'praised', role=CHA),
    s('Fabrizio Nakashivane-Holtzinger', 'Dr. Nakashivane-Holtzinger', 'the Agency would include Sarvelle in its regional programme on antimicrobial resistance from 2029', 'said', role=CHA),
    s('Fabrizio Nakashivane-Holtzinger', 'Dr. Nakashivane-Holtzinger', 'Sarvelle had become the first country in the region to introduce electronic prescriptions in all pharmacies', 'noted', role=CHA),
    s('Fabrizio Nakashivane-Holtzinger', 'He', 'the low uptake of the vaccine against human papillomavirus, noting that only 31 percent of girls in the target group had been vaccinated last year', 'raised the issue of', role=CHA),
    s('Radoslav Kittleworth-Oyelarewa', 'The First Deputy Minister of Health, Radoslav Kittleworth-Oyelarewa', 'a national strategy on human resources for health would be adopted by the Government in June', 'informed', role='First Deputy Minister of Health'),
    s('Ermengarde Ashvorland-Lebedeva', 'She', "the Committee's support for the draft law on tobacco control", 'expressed', role='Chair of the Parliamentary Committee on Social Policy'),
    s('Ermengarde Ashvorland-Lebedeva', 'She', 'Parliament would consider it in the autumn session', 'said', role='Chair of the Parliamentary Committee on Social Policy'),
    s(PAIR_H, 'The parties', 'to sign a biennial cooperation agreement for 2029-2030 during the session of the CHA Regional Committee in September', 'agreed'),
)

ENV_S = 'Minister of Environment and Water of the Republic of Sarvelle'
ENV_D = 'Minister of Natural Resources of the Drunovian Federation'
ENV_PAIR = 'Vesna Okaforo-Lindqvarde and Piotr Hallqvane-Achezunde'

doc('u07-sarvelle-drunovia-joint-statement-river-basin', 'Ministry of Environment and Water of the Republic of Sarvelle', '2028-06-02', '''
Joint Statement by the Minister of Environment and Water of the Republic of Sarvelle and the Minister of Natural Resources of the Drunovian Federation on cooperation in the Tessan River basin

Pellavar, 2 June 2028

On 1-2 June 2028, the Minister of Environment and Water of the Republic of Sarvelle, Vesna Okaforo-Lindqvarde, and the Minister of Natural Resources of the Drunovian Federation, Piotr Hallqvane-Achezunde, held the fifth meeting of the Intergovernmental Commission on the Tessan River in Pellavar.

1. The Ministers noted with concern that the average flow of the Tessan River during the summer months has fallen by 18 percent over the past decade and that the decline is expected to continue.

2. They reaffirmed the commitment of both countries to the equitable and reasonable use of the waters of the Tessan River and underlined that neither side would take measures causing significant harm to the other.

3. The Sarvellian side presented the results of the monitoring of water quality in the lower reaches of the river and expressed concern over the rising level of nitrates downstream of the Korvel reservoir. The Drunovian side stated that the modernisation of the wastewater treatment plants in Korvel and Usting would be completed by the end of 2029.

4. The Drunovian side informed about the progress in the construction of the Belavin dam. The Sarvellian side asked to receive the environmental impact assessment of the project before filling of the reservoir begins.

5. The Ministers agreed that the data exchange between the hydrological services of the two countries should take place daily instead of weekly during the flood season.

6. The Parties welcomed the launch of the joint project on the restoration of floodplain forests, financed by the Northern Development Fund, and called on other donors to join it.

7. Both sides emphasised the importance of involving local communities and fishermen in the management of the basin.

8. The Ministers instructed the Commission's working group on water quality to prepare a joint monitoring programme by 1 December 2028.

9. The Sarvellian side expressed the hope that the Drunovian Federation would accede to the Convention on the Protection of Transboundary Watercourses. The Drunovian side stated that the matter was under consideration by the relevant ministries.

10. The next meeting of the Commission will be held in Drunovia in 2029.

Vesna Okaforo-Lindqvarde
Minister of Environment and Water of the Republic of Sarvelle

Piotr Hallqvane-Achezunde
Minister of Natural Resources of the Drunovian Federation
''',
    s(ENV_PAIR, 'The Ministers', 'the average flow of the Tessan River during the summer months has fallen by 18 percent over the past decade and that the decline is expected to continue', 'noted with concern'),
    s(ENV_PAIR, 'They', 'the commitment of both countries to the equitable and reasonable use of the waters of the Tessan River', 'reaffirmed'),
    s(ENV_PAIR, 'They', 'neither side would take measures causing significant harm to the other', 'underlined'),
    s('Vesna Okaforo-Lindqvarde', 'The Sarvellian side', 'concern over the rising level of nitrates downstream of the Korvel reservoir', 'expressed', role=ENV_S),
    s('Piotr Hallqvane-Achezunde', 'The Drunovian side', 'the modernisation of the wastewater treatment plants in Korvel and Usting would be completed by the end of 2029', 'stated', role=ENV_D),
    s('Vesna Okaforo-Lindqvarde', 'The Sarvellian side', 'to receive the environmental impact assessment of the project before filling of the reservoir begins', 'asked', role=ENV_S),
    s(ENV_PAIR, 'The Ministers', 'the data exchange between the hydrological services of the two countries should take place daily instead of weekly during the flood season', 'agreed'),
    s(ENV_PAIR, 'The Parties', 'the launch of the joint project on the restoration of floodplain forests, financed by the Northern Development Fund', 'welcomed'),
    s(ENV_PAIR, 'The Parties', 'other donors to join it', 'called on'),
    s(ENV_PAIR, 'Both sides', 'the importance of involving local communities and fishermen in the management of the basin', 'emphasised'),
    s('Vesna Okaforo-Lindqvarde', 'The Sarvellian side', 'the hope that the Drunovian Federation would accede to the Convention on the Protection of Transboundary Watercourses', 'expressed', role=ENV_S),
    s('Piotr Hallqvane-Achezunde', 'The Drunovian side', 'the matter was under consideration by the relevant ministries', 'stated', role=ENV_D),
    s(ENV_PAIR, 'The Ministers', "the Commission's working group on water quality to prepare a joint monitoring programme by 1 December 2028", 'instructed'),
)

SPOX = 'Spokesperson of the Ministry of Foreign Affairs of the Drunovian Federation'

doc('u08-drunovia-mfa-spokesperson-answers-page', 'Ministry of Foreign Affairs of the Drunovian Federation', '2028-07-11', '''
Skip to main content
Ministry of Foreign Affairs of the Drunovian Federation
Home | The Minister | Press Service | Consular Services | Contacts
Version for the visually impaired
EN | DR
Home > Press Service > Spokesperson's Answers

Spokesperson Kasimira Delacourt-Obuyanza's answers to media questions concerning the detention of the fishing vessel "Morskaya Zvezda"

11 July 2028 14:20
Views: 1,284

Question: The Coast Guard of Sarvelle has detained a Drunovian fishing vessel with 14 crew members near the Varnay Bank. Sarvellian officials claim the vessel was fishing illegally in their exclusive economic zone. What is the Ministry's position?

Answer: We are aware of the incident. According to the information available to us, the vessel "Morskaya Zvezda" was in the area of the Varnay Bank, where the boundary of the exclusive economic zones has not been delimited. We therefore consider the detention unjustified.

The Embassy of the Drunovian Federation in Pellavar has sent a note to the Sarvellian Ministry of Foreign Affairs demanding the immediate release of the crew. Our consul has been in contact with the captain, who reports that all crew members are well.

Question: Is the Ministry planning to summon the Sarvellian ambassador?

Answer: I would not get ahead of events. We expect our Sarvellian partners to act in the spirit of the agreement on fisheries of 2011, which provides for consultations in such cases. The owner of the vessel, the Nordmarin company, has told us it has all the necessary licences and is ready to present them.

Question: The Sarvellian Minister of Agriculture said yesterday that Drunovian trawlers regularly violate the fishing ban during the spawning season. How would you comment?

Answer: These accusations are not new and they have never been supported by facts. Drunovian fishermen comply with the bans established by the bilateral commission. I would recall that last year the joint inspection found no violations by Drunovian vessels in the area.

Question: Tessarmontian media report that Minister Radomila Ashquillan-Nwachukoro will visit Tessarmont next week. Can you confirm this?

Answer: I can confirm that the Minister will pay an official visit to Tessarmont on 18-19 July at the invitation of her Tessarmontian counterpart. The talks will focus on transport corridors, energy and the situation in the region. As the Minister said at the Usting forum last week, Drunovia regards Tessarmont as one of its key partners, and we expect the visit to give new impetus to our relations.

Tags: Sarvelle, fisheries, consular assistance

Share: Facebook | Telegram | Email | Print

Related news

Deputy Foreign Minister Amadou Rasmundvik-Kowalquin: Drunovia ready for talks on maritime delimitation
10 July 2028

Foreign Ministry: Drunovian citizens advised not to travel to the Pellmoravia border area during the festival
8 July 2028

Drunovia and Tessarmont sign agreement on visa-free travel
5 July 2028

© 2028 Ministry of Foreign Affairs of the Drunovian Federation. All rights reserved.
Address: 4 Concordance Square, Usting
''',
    s('Sarvellian officials', 'Sarvellian officials', 'the vessel was fishing illegally in their exclusive economic zone', 'claim'),
    s('Kasimira Delacourt-Obuyanza', '', 'We are aware of the incident.|who reports that all crew members are well.', '', role=SPOX),
    s('The Embassy of the Drunovian Federation in Pellavar', 'a note', 'the immediate release of the crew', 'demanding', nested=True, via='Kasimira Delacourt-Obuyanza'),
    s('the captain', 'who', 'all crew members are well', 'reports', nested=True, via='Kasimira Delacourt-Obuyanza'),
    s('Kasimira Delacourt-Obuyanza', '', 'I would not get ahead of events.|is ready to present them.', '', role=SPOX),
    s('Nordmarin', 'The owner of the vessel, the Nordmarin company', 'it has all the necessary licences and is ready to present them', 'has told', nested=True, via='Kasimira Delacourt-Obuyanza'),
    s('The Sarvellian Minister of Agriculture', 'The Sarvellian Minister of Agriculture', 'Drunovian trawlers regularly violate the fishing ban during the spawning season', 'said'),
    s('Kasimira Delacourt-Obuyanza', '', 'These accusations are not new|found no violations by Drunovian vessels in the area.', '', role=SPOX),
    s('Tessarmontian media', 'Tessarmontian media', 'Minister Radomila Ashquillan-Nwachukoro will visit Tessarmont next week', 'report'),
    s('Kasimira Delacourt-Obuyanza', '', 'I can confirm that the Minister will pay|give new impetus to our relations.', '', role=SPOX),
    s('Radomila Ashquillan-Nwachukoro', 'the Minister', 'Drunovia regards Tessarmont as one of its key partners', 'said', role='Minister', nested=True, via='Kasimira Delacourt-Obuyanza'),
    s('Amadou Rasmundvik-Kowalquin', 'Deputy Foreign Minister Amadou Rasmundvik-Kowalquin', 'Drunovia ready for talks on maritime delimitation', '', role='Deputy Foreign Minister', region='related'),
    s('Foreign Ministry', 'Foreign Ministry', 'Drunovian citizens advised not to travel to the Pellmoravia border area during the festival', '', region='related'),
)

PRES = 'Zbigniew Adeyolumi-Rosendahl'
RAIL = 'Olaf Mbekwane-Strandvelle'

doc('u09-drunovia-president-meeting-railways-head', 'President of the Drunovian Federation', '2028-10-23', '''
Meeting with Director General of Drunovian Railways Olaf Mbekwane-Strandvelle

Zbigniew Adeyolumi-Rosendahl held a working meeting with Director General of the state company Drunovian Railways Olaf Mbekwane-Strandvelle. The main topics were the preparation of the railways for winter, the renewal of the suburban train fleet and the construction of the northern bypass line.

Zbigniew Adeyolumi-Rosendahl: Mr Mbekwane-Strandvelle, let us start with winter. Last year we had trains standing for hours in the snow near Usting. I do not want to see that again.

Olaf Mbekwane-Strandvelle: Mr President, this year we have bought 46 new snow-clearing machines, and all of them will be in place by 15 November. We have also agreed with the weather service that we will receive storm warnings three days in advance instead of one.

The main problem last winter was the overhead power lines on the Usting–Korvel section. We have replaced 120 kilometres of them. The remaining 80 kilometres will be replaced next summer.

Zbigniew Adeyolumi-Rosendahl: What about the suburban trains? People write to me that the carriages are cold and the trains are late.

Olaf Mbekwane-Strandvelle: That is true, and I will not hide it. Forty percent of our suburban carriages are more than 35 years old. The Belavin carriage works will deliver the first 30 new trains next year. Passengers in the Usting region will see them from March.

Zbigniew Adeyolumi-Rosendahl: The factory director told me in August that they had problems with components.

Olaf Mbekwane-Strandvelle: Yes, there were delays with the brake systems, but the supplier has now confirmed the delivery schedule. We check it every week.

Zbigniew Adeyolumi-Rosendahl: And ticket prices? I am told that a monthly pass in the Usting region now costs more than in the capital.

Olaf Mbekwane-Strandvelle: It does, by about 15 percent, because the regional subsidy was cut two years ago. Passengers' associations have written to us about this many times. We have proposed to the regional government that the subsidy be restored from January, and the governor has promised to consider it in the budget.

Zbigniew Adeyolumi-Rosendahl: Good. Please keep the Government informed. And the northern bypass?

Olaf Mbekwane-Strandvelle: The design work is finished. Construction will start in spring, and we expect to complete the line in 2032. It will take freight trains out of the centre of Usting, which residents have been asking for for twenty years.

Zbigniew Adeyolumi-Rosendahl: I ask you to hold public hearings in every district the line crosses. People must know what will be built next to their homes, and their concerns must be heard before construction starts, not after.

Olaf Mbekwane-Strandvelle: We will do it, Mr President.
''',
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'let us start with winter.|I do not want to see that again.', '', role='President'),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'this year we have bought 46 new snow-clearing machines|The remaining 80 kilometres will be replaced next summer.', '', role='Director General of Drunovian Railways'),
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'People write to me that the carriages are cold and the trains are late.', '', role='President'),
    s('People', 'People', 'the carriages are cold and the trains are late', 'write', nested=True, via=PRES),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'That is true, and I will not hide it.|Passengers in the Usting region will see them from March.', '', role='Director General of Drunovian Railways'),
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'The factory director told me in August that they had problems with components.', '', role='President'),
    s('The factory director', 'The factory director', 'they had problems with components', 'told', nested=True, via=PRES),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'Yes, there were delays with the brake systems|We check it every week.', '', role='Director General of Drunovian Railways'),
    s('the supplier', 'the supplier', 'the delivery schedule', 'has now confirmed', nested=True, via=RAIL),
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'I am told that a monthly pass in the Usting region now costs more than in the capital.', '', role='President'),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'It does, by about 15 percent|to consider it in the budget.', '', role='Director General of Drunovian Railways'),
    s('the governor', 'the governor', 'to consider it in the budget', 'has promised', nested=True, via=RAIL),
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'Please keep the Government informed.', '', role='President'),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'The design work is finished.|which residents have been asking for for twenty years.', '', role='Director General of Drunovian Railways'),
    s(PRES, 'Zbigniew Adeyolumi-Rosendahl', 'I ask you to hold public hearings|before construction starts, not after.', '', role='President'),
    s(RAIL, 'Olaf Mbekwane-Strandvelle', 'We will do it, Mr President.', '', role='Director General of Drunovian Railways'),
)

FM_D = 'Minister of Foreign Affairs of the Drunovian Federation'
FM_P = 'Minister of Foreign Affairs of the Kingdom of Pellmoravia'
OFF_REP = 'Official Representative of the Ministry of Foreign Affairs of the Drunovian Federation'

doc('u10-drunovia-mfa-phone-call-pellmark-comment', 'Ministry of Foreign Affairs of the Drunovian Federation', '2028-11-30', '''
Press release on the telephone conversation between Foreign Minister Radomila Ashquillan-Nwachukoro and Minister of Foreign Affairs of the Kingdom of Pellmoravia Henrik Obiorazu-Sandahl

On 30 November, Minister of Foreign Affairs of the Drunovian Federation Radomila Ashquillan-Nwachukoro had a telephone conversation with Minister of Foreign Affairs of the Kingdom of Pellmoravia Henrik Obiorazu-Sandahl at the Pellmoravia side's initiative.

The Ministers discussed the situation on the Drunovian-Pellmoravia border following the closure of the Orskava crossing point on 27 November.

Radomila Ashquillan-Nwachukoro expressed regret over the unilateral decision of the Pellmoravia authorities, which was taken without prior notification, and pointed out that more than 600 trucks were stranded on both sides of the border. She called for the crossing point to be reopened for freight traffic without delay.

Henrik Obiorazu-Sandahl explained that the closure was a temporary measure related to the repair of the bridge over the Orskava river and said that passenger traffic would resume on 3 December.

The Ministers agreed to instruct their deputies to hold consultations on the management of border crossings in December.

Comment by the Official Representative of the Ministry of Foreign Affairs of the Drunovian Federation Valentin Okonkweze-Bergquenlund in connection with a question from the media

Question: Pellmoravia's Interior Ministry said in a statement on Wednesday that the closure of the Orskava crossing was necessary because of "a sharp increase in smuggling". Is this consistent with the explanation given to the Drunovian side?

Answer: We have taken note of this statement. It clearly contradicts what Minister Henrik Obiorazu-Sandahl told Minister Radomila Ashquillan-Nwachukoro only a few hours earlier, namely that the crossing was closed for the repair of the bridge.

We do not exclude that there are different views on this matter within the Pellmoravia government. But the consequences are borne by ordinary people: truck drivers who have spent four nights in their cabins, according to the drivers' association, and families who cannot visit their relatives.

If Pellmoravia has concerns about smuggling, there are established bilateral mechanisms for addressing them, including the joint customs commission, which has not met since March at the request of the Pellmoravia side. We call on our neighbours to use these mechanisms rather than closing the border.
''',
    s('Radomila Ashquillan-Nwachukoro', 'Radomila Ashquillan-Nwachukoro', 'regret over the unilateral decision of the Pellmoravia authorities, which was taken without prior notification', 'expressed', role=FM_D),
    s('Radomila Ashquillan-Nwachukoro', 'Radomila Ashquillan-Nwachukoro', 'more than 600 trucks were stranded on both sides of the border', 'pointed out', role=FM_D),
    s('Radomila Ashquillan-Nwachukoro', 'She', 'the crossing point to be reopened for freight traffic without delay', 'called for', role=FM_D),
    s('Henrik Obiorazu-Sandahl', 'Henrik Obiorazu-Sandahl', 'the closure was a temporary measure related to the repair of the bridge over the Orskava river', 'explained', role=FM_P),
    s('Henrik Obiorazu-Sandahl', 'Henrik Obiorazu-Sandahl', 'passenger traffic would resume on 3 December', 'said', role=FM_P),
    s('Radomila Ashquillan-Nwachukoro and Henrik Obiorazu-Sandahl', 'The Ministers', 'to instruct their deputies to hold consultations on the management of border crossings in December', 'agreed'),
    s("Pellmoravia's Interior Ministry", "Pellmoravia's Interior Ministry", 'the closure of the Orskava crossing was necessary because of "a sharp increase in smuggling"', 'said', 'mixed'),
    s('Valentin Okonkweze-Bergquenlund', '', 'We have taken note of this statement.|rather than closing the border.', '', role=OFF_REP),
    s('Henrik Obiorazu-Sandahl', 'Minister Henrik Obiorazu-Sandahl', 'the crossing was closed for the repair of the bridge', 'told', role=FM_P, nested=True, via='Valentin Okonkweze-Bergquenlund'),
    s("the drivers' association", "the drivers' association", 'truck drivers who have spent four nights in their cabins', 'according to', nested=True, via='Valentin Okonkweze-Bergquenlund'),
)

GOV = 'Governor of the Korvel Region'

doc('u11-korvel-governor-working-trip-belavin-district', 'Government of the Korvel Region', '2028-08-17', '''
Governor Mirela Castelmaro-Oduyamba visited Belavin district

On 17 August, Governor of the Korvel Region Mirela Castelmaro-Oduyamba made a working trip to Belavin district, where she inspected the progress of the repair of the district hospital, visited the new dairy complex in the village of Sosnovets and met with residents.

At the district hospital, the head doctor, Aurelia Brennoway-Mwangoru, reported that the repair of the surgical wing would be completed in October, a month behind schedule. She said the delay had been caused by the late delivery of ventilation equipment. According to her, the hospital still lacks an anaesthetist and two nurses.

The Governor instructed the regional health minister, Casimir Oyelodun-Thornquill, to find a solution to the staffing problem by 1 October. The minister said that an anaesthetist from the regional clinical hospital would work in Belavin on a rotation basis until a permanent specialist was found.

At the dairy complex, the director of the agricultural company Sosnovets-Agro, Gregor Nyamburoa-Falk, told the Governor that the complex, built with a regional subsidy of 120 million kron, would process 40 tonnes of milk a day and employ 85 people. He warned, however, that the road to the village could not carry heavy milk trucks in spring.

The head of Belavin district, Luzia Achtervoss-Ekwuzinne, drew the Governor's attention to the state of the district's roads, noting that only a third of them had been repaired in the past five years. She asked to include the Sosnovets road in next year's regional road programme.

The Governor noted that the regional budget for road repairs had been increased by a quarter this year and that Belavin district would receive its share. Mirela Castelmaro-Oduyamba supported the request and instructed the regional transport ministry to prepare cost estimates.

At the meeting with residents in the House of Culture, people complained about irregular bus services to the regional centre and the closure of the pharmacy in Sosnovets. The Governor promised that the pharmacy would reopen by the end of the year as a branch of the regional pharmacy chain.

"The district is getting new jobs, and people should not have to travel 60 kilometres to buy medicine," the Governor said.

Photo: press service of the Governor of the Korvel Region
''',
    s('Aurelia Brennoway-Mwangoru', 'the head doctor, Aurelia Brennoway-Mwangoru', 'the repair of the surgical wing would be completed in October, a month behind schedule', 'reported', role='head doctor'),
    s('Aurelia Brennoway-Mwangoru', 'She', 'the delay had been caused by the late delivery of ventilation equipment', 'said', role='head doctor'),
    s('Aurelia Brennoway-Mwangoru', 'her', 'the hospital still lacks an anaesthetist and two nurses', 'According to', role='head doctor'),
    s('Mirela Castelmaro-Oduyamba', 'The Governor', 'the regional health minister, Casimir Oyelodun-Thornquill, to find a solution to the staffing problem by 1 October', 'instructed', role=GOV),
    s('Casimir Oyelodun-Thornquill', 'The minister', 'an anaesthetist from the regional clinical hospital would work in Belavin on a rotation basis until a permanent specialist was found', 'said', role='regional health minister'),
    s('Gregor Nyamburoa-Falk', 'the director of the agricultural company Sosnovets-Agro, Gregor Nyamburoa-Falk', 'the complex, built with a regional subsidy of 120 million kron, would process 40 tonnes of milk a day and employ 85 people', 'told', role='director of the agricultural company Sosnovets-Agro'),
    s('Gregor Nyamburoa-Falk', 'He', 'the road to the village could not carry heavy milk trucks in spring', 'warned', role='director of the agricultural company Sosnovets-Agro'),
    s('Luzia Achtervoss-Ekwuzinne', 'The head of Belavin district, Luzia Achtervoss-Ekwuzinne', "the state of the district's roads, noting that only a third of them had been repaired in the past five years", "drew the Governor's attention to", role='head of Belavin district'),
    s('Luzia Achtervoss-Ekwuzinne', 'She', "to include the Sosnovets road in next year's regional road programme", 'asked', role='head of Belavin district'),
    s('Mirela Castelmaro-Oduyamba', 'The Governor', 'the regional budget for road repairs had been increased by a quarter this year and that Belavin district would receive its share', 'noted', role=GOV),
    s('Mirela Castelmaro-Oduyamba', 'Mirela Castelmaro-Oduyamba', 'the request', 'supported', role=GOV),
    s('Mirela Castelmaro-Oduyamba', 'Mirela Castelmaro-Oduyamba', 'the regional transport ministry to prepare cost estimates', 'instructed', role=GOV),
    s('people', 'people', 'irregular bus services to the regional centre and the closure of the pharmacy in Sosnovets', 'complained about'),
    s('Mirela Castelmaro-Oduyamba', 'The Governor', 'the pharmacy would reopen by the end of the year as a branch of the regional pharmacy chain', 'promised', role=GOV),
    s('Mirela Castelmaro-Oduyamba', 'the Governor', '"The district is getting new jobs, and people should not have to travel 60 kilometres to buy medicine,"', 'said', 'direct', role=GOV),
)
