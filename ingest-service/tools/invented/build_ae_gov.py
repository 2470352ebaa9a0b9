"""Set AE's six government texts (see build_ae.py)."""
from invented_common import doc_spans as doc, s

PRES_Z = 'Dorotea Valkanova-Mensah'
R_PRES_Z = 'President of the Republic of Zelvania'

doc('ae06-gov-zelvania-president-annual-address-summary', 'Office of the President of the Republic of Zelvania', '2032-01-22', '''
Home / Press Centre / Speeches and Addresses

Summary of the President's Annual Address to the People and the National Assembly

22 January 2032, Korvenna

President of the Republic of Zelvania Dorotea Valkanova-Mensah today delivered her annual Address to the People and the National Assembly in the Hall of Columns. The address lasted one hour and forty minutes. Members of the Government, judges of the Constitutional Court, heads of religious communities and the diplomatic corps attended.

Opening the address, the President noted that 2031 had been "a year of hard work and honest results" for Zelvania. The economy grew by 3.6 percent, unemployment fell to 6.1 percent, its lowest level since independence, and real wages rose for the third year in a row.

The head of state pointed out that these achievements belonged to "teachers, farmers, engineers and nurses, not to officials in Korvenna," and thanked citizens for their patience during the reform of the energy tariffs.

The President announced the following priorities for 2032:
- an increase of the minimum pension by 11 percent from 1 April and an annual indexation tied to wages rather than prices;
- the construction of 140 new rural health posts, so that no village is more than 30 minutes from a doctor;
- a free hot lunch for every primary school pupil from September;
- the completion of the Korvenna–Dalmest motorway by the end of the year.

Speaking about the economy, the head of state emphasised that the state would not raise taxes on small businesses until 2035. "Whoever opens a workshop, a bakery or a guest house in Zelvania must know the rules for the next three years," she said.

The President drew attention to the shortage of skilled workers in construction and industry. She said that vocational colleges had to work "hand in hand with employers" and proposed that companies be allowed to deduct the full cost of apprenticeships from their taxable profit.

The President expressed concern over the pace of the judicial reform. In her words, citizens still wait on average fourteen months for a first hearing in a civil case, "which is simply unacceptable in the twenty-first century."

The head of state instructed the Government:
- to submit a draft law on digital court proceedings to the National Assembly by 1 May;
- to present a programme for the modernisation of district heating in the twelve largest towns within three months;
- to report every quarter on the implementation of the priorities of this Address.

Turning to foreign policy, Dorotea Valkanova-Mensah stressed that Zelvania would continue its "balanced and predictable" course and develop good-neighbourly relations with all countries of the region. She welcomed the opening of a new border crossing with Rastovia in December and said she expected a visit of the Rastovian President in the spring.

The President called on the deputies to adopt the new Electoral Code before the summer recess. "Our citizens deserve clear rules for the elections of 2033, and they deserve them in good time," the head of state said.

Concluding the address, the President thanked the soldiers and border guards serving on public holidays and wished all citizens of Zelvania peace and prosperity.

Speaker of the National Assembly Branimir Kostadinov-Appiah told journalists after the address that the parliament would begin debating the Electoral Code in the first week of February. The leader of the opposition Civic Union group, Milena Tsvetkova, said the address contained "many promises and very few figures" and that her group would ask the Government for a costed plan.

The full text of the Address is published in the section "Documents".

Share: Facebook | Telegram | Print version
''',
    s(PRES_Z, 'the President', '2031 had been "a year of hard work and honest results" for Zelvania', 'noted', 'mixed', role=R_PRES_Z),
    s(PRES_Z, 'The head of state', 'these achievements belonged to "teachers, farmers, engineers and nurses, not to officials in Korvenna,"', 'pointed out', 'mixed', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'an increase of the minimum pension by 11 percent from 1 April and an annual indexation tied to wages rather than prices;', 'announced', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'the construction of 140 new rural health posts, so that no village is more than 30 minutes from a doctor;', 'announced', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'a free hot lunch for every primary school pupil from September;', 'announced', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'the completion of the Korvenna–Dalmest motorway by the end of the year.', 'announced', role=R_PRES_Z),
    s(PRES_Z, 'the head of state', 'the state would not raise taxes on small businesses until 2035', 'emphasised', role=R_PRES_Z),
    s(PRES_Z, 'she', '"Whoever opens a workshop, a bakery or a guest house in Zelvania must know the rules for the next three years,"', 'said', 'direct', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'the shortage of skilled workers in construction and industry', 'drew attention to', role=R_PRES_Z),
    s(PRES_Z, 'She', 'vocational colleges had to work "hand in hand with employers"', 'said', 'mixed', role=R_PRES_Z),
    s(PRES_Z, 'She', 'companies be allowed to deduct the full cost of apprenticeships from their taxable profit', 'proposed', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'concern over the pace of the judicial reform', 'expressed', role=R_PRES_Z),
    s(PRES_Z, 'her', 'citizens still wait on average fourteen months for a first hearing in a civil case, "which is simply unacceptable in the twenty-first century."', 'In her words', 'mixed', role=R_PRES_Z),
    s(PRES_Z, 'The head of state', 'to submit a draft law on digital court proceedings to the National Assembly by 1 May;', 'instructed', role=R_PRES_Z),
    s(PRES_Z, 'The head of state', 'to present a programme for the modernisation of district heating in the twelve largest towns within three months;', 'instructed', role=R_PRES_Z),
    s(PRES_Z, 'The head of state', 'to report every quarter on the implementation of the priorities of this Address.', 'instructed', role=R_PRES_Z),
    s(PRES_Z, 'Dorotea Valkanova-Mensah', 'Zelvania would continue its "balanced and predictable" course and develop good-neighbourly relations with all countries of the region', 'stressed', 'mixed', role=R_PRES_Z),
    s(PRES_Z, 'She', 'the opening of a new border crossing with Rastovia in December', 'welcomed', role=R_PRES_Z),
    s(PRES_Z, 'She', 'she expected a visit of the Rastovian President in the spring', 'said', role=R_PRES_Z),
    s(PRES_Z, 'The President', 'the deputies to adopt the new Electoral Code before the summer recess', 'called on', role=R_PRES_Z),
    s(PRES_Z, 'the head of state', '"Our citizens deserve clear rules for the elections of 2033, and they deserve them in good time,"', 'said', 'direct', role=R_PRES_Z),
    s('Branimir Kostadinov-Appiah', 'Speaker of the National Assembly Branimir Kostadinov-Appiah', 'the parliament would begin debating the Electoral Code in the first week of February', 'told', role='Speaker of the National Assembly'),
    s('Milena Tsvetkova', 'The leader of the opposition Civic Union group, Milena Tsvetkova', 'the address contained "many promises and very few figures" and that her group would ask the Government for a costed plan', 'said', 'mixed', role='leader of the opposition Civic Union group'),
)

SPOX_L = 'Halvor Sandeberg-Oduro'
R_SPOX_L = 'Spokesperson of the Ministry of Foreign Affairs'

doc('ae07-gov-lindmark-foreign-ministry-weekly-briefing', 'Ministry of Foreign Affairs of the Kingdom of Lindmark', '2032-04-15', '''
Transcript of the weekly briefing by the Spokesperson of the Ministry of Foreign Affairs, Halvor Sandeberg-Oduro

15 April 2032

Halvor Sandeberg-Oduro: Good afternoon. I have two announcements before we take your questions.

At the invitation of Foreign Minister Agathe Rosenkvist, the Foreign Minister of the Republic of Tamaru, Siosaia Fifita-Holm, will pay an official visit to Lindmark from 20 to 22 April. The ministers will discuss fisheries, climate adaptation in small island states and cooperation in the Southern Ocean Council.

Second, the Ministry is opening an honorary consulate in Port Meridel on 1 May. It will serve the roughly 3,000 Lindmark citizens living in the Serrano Coast region.

Now, questions, please.

Nordlys Radio: The Transport Minister of Vaskeland said on Monday that his government would close the Arnfjord crossing to Lindmark-registered lorries until the dispute over fishing quotas is settled. How does Lindmark respond?

Halvor Sandeberg-Oduro: We have seen the statement. Lindmark regrets any step that links trade and transport to an unrelated question. The fishing quotas are being discussed where they should be, in the joint fisheries committee, which meets again on 28 April.

Closing a border crossing to lorries would hurt companies and drivers on both sides. We have asked the Vaskeland Embassy for clarification and expect an answer this week.

Baltic Wire Service: A follow-up. Will Lindmark take retaliatory measures if the crossing is closed?

Halvor Sandeberg-Oduro: I will not speculate about hypothetical situations. Our priority is dialogue.

Kestrel Daily: There are reports that two Lindmark nationals were detained in Qadesh last week. Can you confirm this, and what is the Ministry doing?

Halvor Sandeberg-Oduro: I can confirm that two Lindmark citizens were detained in Qadesh on 9 April. Our embassy has been in contact with the local authorities and with the families, and consular staff visited both of them on Tuesday. They are in good health. Out of respect for their privacy, I will not give further details.

Kestrel Daily: Do you know what they are accused of?

Halvor Sandeberg-Oduro: We have not yet received formal information about any charges. We have asked for it.

Harbour Television: Minister Rosenkvist told the parliament's foreign affairs committee yesterday that Lindmark would double its climate finance for small island states by 2035. Where will the money come from?

Halvor Sandeberg-Oduro: The figures will be part of the budget proposal in the autumn, so I do not want to get ahead of the Ministry of Finance. What I can say is that the commitment will be met within the existing development budget, not through new borrowing.

Vaskeland Broadcasting Corporation: Our Transport Minister says the crossing decision is about road safety, not fish. Do you accept that explanation?

Halvor Sandeberg-Oduro: If there are concerns about road safety, there are technical channels to raise them, and our transport authorities are ready to meet their counterparts at any time. I would note that no such concerns were raised with us before Monday.

Halvor Sandeberg-Oduro: Thank you. That is all for today. The next briefing will take place on 22 April.
''',
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'Good afternoon. I have two announcements|living in the Serrano Coast region.', '', role=R_SPOX_L),
    s('Transport Minister of Vaskeland', 'The Transport Minister of Vaskeland', 'his government would close the Arnfjord crossing to Lindmark-registered lorries until the dispute over fishing quotas is settled', 'said', role='Transport Minister'),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'We have seen the statement. Lindmark regrets|expect an answer this week.', '', role=R_SPOX_L),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'I will not speculate about hypothetical situations. Our priority is dialogue.', '', role=R_SPOX_L),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'I can confirm that two Lindmark citizens were detained in Qadesh on 9 April.|I will not give further details.', '', role=R_SPOX_L),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'We have not yet received formal information about any charges. We have asked for it.', '', role=R_SPOX_L),
    s('Agathe Rosenkvist', 'Minister Rosenkvist', "Lindmark would double its climate finance for small island states by 2035", 'told', role='Foreign Minister'),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'The figures will be part of the budget proposal in the autumn,|not through new borrowing.', '', role=R_SPOX_L),
    s('Transport Minister of Vaskeland', 'Our Transport Minister', 'the crossing decision is about road safety, not fish', 'says', role='Transport Minister'),
    s(SPOX_L, 'Halvor Sandeberg-Oduro', 'If there are concerns about road safety,|no such concerns were raised with us before Monday.', '', role=R_SPOX_L),
)

CHAIR_K = 'Ruslan Abenov-Tarrant'
R_CHAIR_K = 'Minister of Agriculture, Water Resources, Forestry and Rural Development of the Republic of Kessaria'
CHAIR_O = 'Ingeborg Halvorsen-Nakamura'
R_CHAIR_O = 'Deputy Prime Minister of the Kingdom of Orlandia'
CHAIRS = CHAIR_K + ' and ' + CHAIR_O

doc('ae08-gov-kessaria-orlandia-intergovernmental-commission', 'Ministry of Agriculture, Water Resources, Forestry and Rural Development of the Republic of Kessaria', '2032-06-10', '''
On the Ninth Meeting of the Kessarian–Orlandian Intergovernmental Commission on Economic, Scientific and Technical Cooperation

10 June 2032

The ninth meeting of the Kessarian–Orlandian Intergovernmental Commission on Economic, Scientific and Technical Cooperation was held in Tavrik on 9–10 June. The meeting was co-chaired by the Minister of Agriculture, Water Resources, Forestry and Rural Development of the Republic of Kessaria, Ruslan Abenov-Tarrant, and the Deputy Prime Minister of the Kingdom of Orlandia, Ingeborg Halvorsen-Nakamura.

Opening the plenary session, Ruslan Abenov-Tarrant noted that bilateral trade had reached 870 million US dollars in 2031, an increase of 14 percent, and that Orlandian companies were now the third-largest investors in Kessaria's agricultural sector. He stressed that the Commission had become "the main engine" of practical cooperation between the two countries.

The Kessarian co-chair proposed to create a working group on irrigation and water saving technologies and invited Orlandian firms to take part in the modernisation of the Great Tavrik Canal.

Ingeborg Halvorsen-Nakamura said that Orlandia valued the consistency of Kessaria's economic policy and was ready to share its experience in dairy processing, greenhouse farming and cold-chain logistics. According to the Deputy Prime Minister, Orlandian export credit agencies could finance up to 300 million US dollars of joint projects over the next five years.

The Orlandian co-chair also drew attention to the need to simplify veterinary certification and to shorten the time needed to register Orlandian seeds and plant protection products in Kessaria.

The Co-Chairs noted with satisfaction the progress in the implementation of the decisions of the eighth meeting, including the launch of direct container trains between Tavrik and the port of Halsund.

During the meeting, the heads of the working groups on trade and investment, energy, transport and logistics, agriculture, education and health reported on their work.

Deputy Minister of Energy of the Republic of Kessaria Aigerim Tulegenova reported that the first stage of the Sary-Bel wind park, built with Orlandian equipment, would be connected to the grid in October.

The head of the Orlandian delegation to the working group on education, Rector of the Royal Halsund Agricultural University Pieter van Oostveen, informed the Commission that 180 Kessarian students were enrolled at Orlandian universities and proposed to double the number of scholarships by 2035.

The Parties agreed:
- to hold a Kessarian–Orlandian business forum in Halsund in the first quarter of 2033;
- to complete the negotiations on an agreement on the avoidance of double taxation before the end of 2032;
- to open a joint laboratory for plant genetics at the Tavrik Agrarian University.

Following the meeting, the Co-Chairs signed the Protocol of the ninth meeting of the Commission. Memoranda on cooperation in veterinary medicine and in vocational education were also signed.

Speaking to journalists, Ruslan Abenov-Tarrant said that the Protocol contained 46 concrete measures and that each of them had "a deadline and a responsible ministry." Ingeborg Halvorsen-Nakamura added that she expected the value of trade to exceed one billion US dollars "within two years, if we keep this pace."

The Co-Chairs agreed to hold the tenth meeting of the Commission in Halsund in 2033.

Press Service of the Ministry of Agriculture, Water Resources, Forestry and Rural Development of the Republic of Kessaria
''',
    s(CHAIR_K, 'Ruslan Abenov-Tarrant', "bilateral trade had reached 870 million US dollars in 2031, an increase of 14 percent, and that Orlandian companies were now the third-largest investors in Kessaria's agricultural sector", 'noted', role=R_CHAIR_K),
    s(CHAIR_K, 'He', 'the Commission had become "the main engine" of practical cooperation between the two countries', 'stressed', 'mixed', role=R_CHAIR_K),
    s(CHAIR_K, 'The Kessarian co-chair', 'to create a working group on irrigation and water saving technologies', 'proposed', role=R_CHAIR_K),
    s(CHAIR_O, 'Ingeborg Halvorsen-Nakamura', "Orlandia valued the consistency of Kessaria's economic policy and was ready to share its experience in dairy processing, greenhouse farming and cold-chain logistics", 'said', role=R_CHAIR_O),
    s(CHAIR_O, 'the Deputy Prime Minister', 'Orlandian export credit agencies could finance up to 300 million US dollars of joint projects over the next five years', 'According to', role=R_CHAIR_O),
    s(CHAIR_O, 'The Orlandian co-chair', 'the need to simplify veterinary certification and to shorten the time needed to register Orlandian seeds and plant protection products in Kessaria', 'drew attention to', role=R_CHAIR_O),
    s(CHAIRS, 'The Co-Chairs', 'the progress in the implementation of the decisions of the eighth meeting, including the launch of direct container trains between Tavrik and the port of Halsund', 'noted with satisfaction'),
    s('Aigerim Tulegenova', 'Deputy Minister of Energy of the Republic of Kessaria Aigerim Tulegenova', 'the first stage of the Sary-Bel wind park, built with Orlandian equipment, would be connected to the grid in October', 'reported', role='Deputy Minister of Energy of the Republic of Kessaria'),
    s('Pieter van Oostveen', 'The head of the Orlandian delegation to the working group on education, Rector of the Royal Halsund Agricultural University Pieter van Oostveen', '180 Kessarian students were enrolled at Orlandian universities', 'informed', role='Rector of the Royal Halsund Agricultural University'),
    s('Pieter van Oostveen', 'The head of the Orlandian delegation to the working group on education, Rector of the Royal Halsund Agricultural University Pieter van Oostveen', 'to double the number of scholarships by 2035', 'proposed', role='Rector of the Royal Halsund Agricultural University'),
    s(CHAIRS, 'The Parties', 'to hold a Kessarian–Orlandian business forum in Halsund in the first quarter of 2033;', 'agreed'),
    s(CHAIRS, 'The Parties', 'to complete the negotiations on an agreement on the avoidance of double taxation before the end of 2032;', 'agreed'),
    s(CHAIRS, 'The Parties', 'to open a joint laboratory for plant genetics at the Tavrik Agrarian University.', 'agreed'),
    s(CHAIR_K, 'Ruslan Abenov-Tarrant', 'the Protocol contained 46 concrete measures and that each of them had "a deadline and a responsible ministry."', 'said', 'mixed', role=R_CHAIR_K),
    s(CHAIR_O, 'Ingeborg Halvorsen-Nakamura', 'she expected the value of trade to exceed one billion US dollars "within two years, if we keep this pace."', 'added', 'mixed', role=R_CHAIR_O),
    s(CHAIRS, 'The Co-Chairs', 'to hold the tenth meeting of the Commission in Halsund in 2033', 'agreed'),
)

HMIN = 'Anselm Korhonen-Bediako'
R_HMIN = 'Minister of Health'
EPI = 'Saskia Demirel-Lowe'
R_EPI = 'Chief Epidemiologist'

doc('ae09-gov-brevania-health-ministry-measles-situation', 'Ministry of Health of Brevania', '2032-02-18', '''
Ministry of Health | Newsroom | Situation updates

Measles in the Ostmark and Veldern regions: situation as of 18 February 2032

Published 18.02.2032, 16:40 | Updated 18.02.2032, 18:05

Since the first case was confirmed on 14 January, 412 cases of measles have been reported in the Ostmark and Veldern regions. Of these, 96 patients have been treated in hospital, 31 of them children under the age of five. One death, of an unvaccinated infant, was reported on 11 February.

Key figures this week:
- 87 new cases were confirmed between 11 and 17 February, compared with 104 the previous week;
- 58 percent of cases are in people who have never received a measles vaccine;
- 19,600 doses of MMR vaccine have been given at additional clinics since 20 January.

Minister of Health Anselm Korhonen-Bediako said the fall in new cases was "encouraging but fragile". "We are not out of this outbreak. One school trip or one family wedding can start a new chain," the Minister said during a visit to the Veldern Regional Hospital on Wednesday.

[Photo: Minister of Health Anselm Korhonen-Bediako (centre) speaks with nurses on the paediatric ward of the Veldern Regional Hospital. Photo: Ministry of Health / Jonna Rask]

According to Chief Epidemiologist Saskia Demirel-Lowe, the outbreak is still concentrated in communities where vaccination coverage among children is below 80 percent. She said transmission had been identified in nine schools and two kindergartens, and that the ministry expected new cases for "at least another six to eight weeks."

The Chief Epidemiologist recommends:
- checking vaccination records of all children before the spring holidays;
- a second dose for children aged 12 months to 6 years who have received only one;
- vaccination for adults born after 1975 who have no record of two doses.

The Brevanian Paediatric Society has endorsed the ministry's call for catch-up vaccination and urged parents not to wait for a reminder letter. "Measles is not a harmless childhood illness. We see children with pneumonia every day on our wards," the society's president, Dr. Lucian Oprescu-Adjei, said in a statement.

The Veldern regional health authority said that extra vaccination clinics in schools would continue until the end of March and that no appointment was needed.

The head of the Ostmark regional health department, Kristof Varga-Lindholm, said vaccination teams had visited 23 villages in the past two weeks and that uptake was highest where local doctors went door to door with the nurses. "People trust a face they know," he said.

The National Institute of Public Health reported that 11 of the 412 cases had been imported from neighbouring countries, most of them linked to travel during the New Year holidays. Paediatric wards in Ostmark are working at 92 percent of capacity, and two patients have been transferred to hospitals in the capital.

What to do if you suspect measles:
- Call your family doctor or the 1550 health line before going to a clinic or emergency department, so that others are not exposed.
- Stay at home and avoid contact with infants, pregnant women and people with weak immune systems.

Next update: 25 February 2032.

Related pages: Vaccination calendar | Measles: questions and answers | Find a vaccination point
''',
    s(HMIN, 'Minister of Health Anselm Korhonen-Bediako', 'the fall in new cases was "encouraging but fragile"', 'said', 'mixed', role=R_HMIN),
    s(HMIN, 'the Minister', '"We are not out of this outbreak. One school trip or one family wedding can start a new chain,"', 'said', 'direct', role=R_HMIN),
    s(EPI, 'Chief Epidemiologist Saskia Demirel-Lowe', 'the outbreak is still concentrated in communities where vaccination coverage among children is below 80 percent', 'According to', role=R_EPI),
    s(EPI, 'She', 'transmission had been identified in nine schools and two kindergartens, and that the ministry expected new cases for "at least another six to eight weeks."', 'said', 'mixed', role=R_EPI),
    s(EPI, 'The Chief Epidemiologist', 'checking vaccination records of all children before the spring holidays;', 'recommends', role=R_EPI),
    s(EPI, 'The Chief Epidemiologist', 'a second dose for children aged 12 months to 6 years who have received only one;', 'recommends', role=R_EPI),
    s(EPI, 'The Chief Epidemiologist', 'vaccination for adults born after 1975 who have no record of two doses.', 'recommends', role=R_EPI),
    s('Brevanian Paediatric Society', 'The Brevanian Paediatric Society', "the ministry's call for catch-up vaccination", 'has endorsed'),
    s('Brevanian Paediatric Society', 'The Brevanian Paediatric Society', 'parents not to wait for a reminder letter', 'urged'),
    s('Lucian Oprescu-Adjei', "the society's president, Dr. Lucian Oprescu-Adjei", '"Measles is not a harmless childhood illness. We see children with pneumonia every day on our wards,"', 'said', 'direct', role='president'),
    s('Kristof Varga-Lindholm', 'The head of the Ostmark regional health department, Kristof Varga-Lindholm', 'vaccination teams had visited 23 villages in the past two weeks and that uptake was highest where local doctors went door to door with the nurses', 'said', role='head of the Ostmark regional health department'),
    s('Kristof Varga-Lindholm', 'he', '"People trust a face they know,"', 'said', 'direct', role='head of the Ostmark regional health department'),
    s('National Institute of Public Health', 'The National Institute of Public Health', '11 of the 412 cases had been imported from neighbouring countries, most of them linked to travel during the New Year holidays', 'reported'),
    s('Veldern regional health authority', 'The Veldern regional health authority', 'extra vaccination clinics in schools would continue until the end of March and that no appointment was needed', 'said'),
)

GOVR = 'Oksana Beletskaya-Moreau'
R_GOVR = 'Governor of the Velgorsk Region'

doc('ae10-gov-velgorsk-governor-channel-posts-heating', 'Velgorsk Today', '2032-11-23', '''
Velgorsk Today
News | Politics | Economy | City | Incidents | Sport | Weather | Contacts

Governor: heating will be restored in Zarechny district by Thursday evening

23 November 2032, 12:15 | Views: 4,812

Governor of the Velgorsk Region Oksana Beletskaya-Moreau has given an update on the accident at the Zarechny boiler house in her Telegram channel. We publish her posts of the past day.

Posted at 22:40 on Tuesday:

"I am at the boiler house in Zarechny now. A main pipe burst at about 19:00, and 64 apartment buildings, two schools and a polyclinic are without heating. Repair crews are already working. The temperature outside is minus 14, so the priority is to keep people warm tonight."

Posted at 07:10 on Wednesday:

"Good morning. The crews worked all night. The damaged section is 40 metres long and has to be replaced entirely. The schools in Zarechny are closed today, and the polyclinic has moved its appointments to the central hospital.

I have asked the head of the district to open warming points in the House of Culture and in the sports school. Hot meals and tea will be available there around the clock."

Posted at 14:30 on Wednesday:

"Many of you are asking why the pipe was not replaced in the summer. It is a fair question. The replacement was planned for 2033. I have ordered a full check of the network and will report on its results personally."

In a later post, the governor said that the regional prosecutor's office had opened an inquiry into the condition of the heating network and that she had dismissed the director of the municipal utility, Gennady Voronov, "for failing to inform the region about the state of the pipes in time."

The head of the Zarechny district, Pavel Kudryashov, told Velgorsk Today that 210 residents had come to the warming points overnight and that electric heaters were being distributed to families with small children and to pensioners living alone.

A spokeswoman for the regional branch of the Emergencies Ministry, Yulia Sorokina, said rescuers had checked on 340 elderly residents living alone and had taken two of them to hospital with hypothermia as a precaution.

Much of the heating network in Zarechny was laid in the 1970s. According to a report of the regional audit chamber published last year, about 38 percent of the district's pipes are past their planned service life.

Residents we spoke to were less forgiving. "This is the third winter in a row. Every year they promise, every year the pipes burst," said Tamara Lysenko, a retired teacher who lives in one of the affected buildings.

The utility's former director could not be reached for comment.

According to the regional Ministry of Housing and Utilities, heating is expected to be restored in all buildings by Thursday evening.

Posted at 19:55 on Wednesday:

"The new section is welded in. Now the system will be filled and tested, which takes about 18 hours. Thank you to the crews, the volunteers and to everyone who took in their neighbours. Velgorsk looks after its own."

Tags: heating, Zarechny, governor, utilities

Related:
- Governor promises to replace 30 km of heating pipes next summer
- Zarechny polyclinic reopens after renovation
- Weather: frosts down to minus 20 expected at the weekend, forecasters say

Comments (37)
''',
    s(GOVR, 'Governor', 'heating will be restored in Zarechny district by Thursday evening', '', role=R_GOVR),
    s(GOVR, '', '"I am at the boiler house in Zarechny now.|keep people warm tonight."', '', 'direct', role=R_GOVR),
    s(GOVR, '', '"Good morning. The crews worked all night.|available there around the clock."', '', 'direct', role=R_GOVR),
    s(GOVR, '', '"Many of you are asking|report on its results personally."', '', 'direct', role=R_GOVR),
    s(GOVR, 'the governor', "the regional prosecutor's office had opened an inquiry into the condition of the heating network and that she had dismissed the director of the municipal utility, Gennady Voronov, \"for failing to inform the region about the state of the pipes in time.\"", 'said', 'mixed', role=R_GOVR),
    s('Pavel Kudryashov', 'The head of the Zarechny district, Pavel Kudryashov', '210 residents had come to the warming points overnight and that electric heaters were being distributed to families with small children and to pensioners living alone', 'told', role='head of the Zarechny district'),
    s('Yulia Sorokina', 'A spokeswoman for the regional branch of the Emergencies Ministry, Yulia Sorokina', 'rescuers had checked on 340 elderly residents living alone and had taken two of them to hospital with hypothermia as a precaution', 'said', role='spokeswoman'),
    s('regional audit chamber', 'a report of the regional audit chamber published last year', "about 38 percent of the district's pipes are past their planned service life", 'According to'),
    s('Tamara Lysenko', 'Tamara Lysenko, a retired teacher who lives in one of the affected buildings', '"This is the third winter in a row. Every year they promise, every year the pipes burst,"', 'said', 'direct', role='retired teacher'),
    s('regional Ministry of Housing and Utilities', 'the regional Ministry of Housing and Utilities', 'heating is expected to be restored in all buildings by Thursday evening', 'According to'),
    s(GOVR, '', '"The new section is welded in.|Velgorsk looks after its own."', '', 'direct', role=R_GOVR),
    s('Governor', 'Governor', 'to replace 30 km of heating pipes next summer', 'promises', region='related'),
    s('forecasters', 'forecasters', 'frosts down to minus 20 expected at the weekend', 'say', region='related'),
)

MIN_E = 'Teodora Pashkevich'
R_MIN_E = 'Minister of Education and Science'

doc('ae11-gov-saldera-parliament-plenary-school-bill', 'Parliament of the Republic of Saldera', '2032-09-30', '''
Parliament of the Republic of Saldera
Plenary Sessions | Committees | Deputies | Legislation | Press

Plenary sitting of 30 September 2032: deputies debate bill on smartphones in schools

The Parliament today considered in first reading the draft law "On Amendments to the Law on General Education", which would ban the use of smartphones by pupils during lessons and breaks in primary and lower secondary schools from September 2033. The sitting was chaired by the Deputy Speaker of Parliament, Arvid Kalnins-Oteng.

Presenting the bill, Minister of Education and Science Teodora Pashkevich said that the average pupil in grades five to nine spent more than four hours a day looking at a screen and that teachers reported "a generation that cannot concentrate for ten minutes." She stressed that the ban would not apply to lessons where devices were used for learning, nor to pupils with medical needs.

The rapporteur of the Committee on Education, Culture and Youth, deputy Margit Saarinen-Kofi (Green Future), informed the deputies that the committee had supported the bill by nine votes to two and recommended that it be adopted in first reading.

Deputy Lauris Ozolinsh (Saldera First) objected that the bill placed the whole burden of enforcement on teachers. "We are asking a teacher with 28 pupils to become a security guard. Who will collect the phones, who will store them, who pays when one is stolen?" he asked.

The Minister replied that schools would receive 2.4 million in the next budget for lockable storage and that each school would decide how to organise collection.

Deputy Ilze Berzina-Acheampong (Social Democrats) supported the minister's proposal and recalled that a pilot in 40 schools of the Riverside region had cut the number of bullying complaints by a third. "Parents in my district were sceptical in September. By Christmas, they were asking why we had not done it earlier," she said.

Deputy Janis Pukitis (independent) said he would vote against the bill because, in his view, a national ban took away a decision that belonged to parents and school councils.

Deputy Rasa Vilkaite-Mensah (Saldera First) asked the Minister whether the ban would also cover smartwatches. The Minister answered that it would, and that the exact list of devices would be set by a regulation of the Government.

Deputy Edgars Lacis (Green Future) called the bill "overdue" and urged the Ministry to publish guidance for schools well before the law takes effect.

Summing up the debate, the Minister thanked the deputies for the discussion and said the Ministry would consider the amendments proposed by the opposition before the second reading.

As a result of the vote, the bill was adopted in first reading: 61 deputies voted in favour, 27 against and 6 abstained. Proposals for the second reading may be submitted within 20 days.

The Parliament also adopted in final reading amendments to the Law on Road Traffic and ratified the agreement with the Republic of Nordeca on social security.

The next plenary sitting will take place on 7 October 2032.

Press Service of the Parliament
''',
    s(MIN_E, 'Minister of Education and Science Teodora Pashkevich', 'the average pupil in grades five to nine spent more than four hours a day looking at a screen and that teachers reported "a generation that cannot concentrate for ten minutes."', 'said', 'mixed', role=R_MIN_E),
    s(MIN_E, 'She', 'the ban would not apply to lessons where devices were used for learning, nor to pupils with medical needs', 'stressed', role=R_MIN_E),
    s('Margit Saarinen-Kofi', 'The rapporteur of the Committee on Education, Culture and Youth, deputy Margit Saarinen-Kofi (Green Future)', 'the committee had supported the bill by nine votes to two and recommended that it be adopted in first reading', 'informed', role='rapporteur of the Committee on Education, Culture and Youth'),
    s('Lauris Ozolinsh', 'Deputy Lauris Ozolinsh (Saldera First)', 'the bill placed the whole burden of enforcement on teachers', 'objected', role='Deputy'),
    s('Lauris Ozolinsh', 'he', '"We are asking a teacher with 28 pupils to become a security guard. Who will collect the phones, who will store them, who pays when one is stolen?"', 'asked', 'direct', role='Deputy'),
    s(MIN_E, 'The Minister', 'schools would receive 2.4 million in the next budget for lockable storage and that each school would decide how to organise collection', 'replied', role=R_MIN_E),
    s('Ilze Berzina-Acheampong', 'Deputy Ilze Berzina-Acheampong (Social Democrats)', "the minister's proposal", 'supported', role='Deputy'),
    s('Ilze Berzina-Acheampong', 'Deputy Ilze Berzina-Acheampong (Social Democrats)', 'a pilot in 40 schools of the Riverside region had cut the number of bullying complaints by a third', 'recalled', role='Deputy'),
    s('Ilze Berzina-Acheampong', 'she', '"Parents in my district were sceptical in September. By Christmas, they were asking why we had not done it earlier,"', 'said', 'direct', role='Deputy'),
    s('Janis Pukitis', 'Deputy Janis Pukitis (independent)', 'he would vote against the bill because, in his view, a national ban took away a decision that belonged to parents and school councils', 'said', role='Deputy'),
    s(MIN_E, 'The Minister', 'it would, and that the exact list of devices would be set by a regulation of the Government', 'answered', role=R_MIN_E),
    s('Edgars Lacis', 'Deputy Edgars Lacis (Green Future)', 'the bill "overdue"', 'called', 'mixed', role='Deputy'),
    s('Edgars Lacis', 'Deputy Edgars Lacis (Green Future)', 'the Ministry to publish guidance for schools well before the law takes effect', 'urged', role='Deputy'),
    s(MIN_E, 'the Minister', 'the Ministry would consider the amendments proposed by the opposition before the second reading', 'said', role=R_MIN_E),
)
