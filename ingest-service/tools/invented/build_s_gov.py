"""Set S's five government texts (see build_s.py)."""
from invented_common import doc_spans as doc, s

MIN_H = 'Minister of Health of the Republic of Santorra'
DIR_C = 'Regional Director of the Equatorial Health Organization'

doc('s07-santorra-health-ministry-cho-director', 'Ministry of Health of the Republic of Santorra', '2027-04-15', '''
On the meeting of Minister of Health Adaora Onyekachi-Prideaux with the Regional Director of the Equatorial Health Organization

On 15 April, Minister of Health of the Republic of Santorra Adaora Onyekachi-Prideaux received the Regional Director of the Equatorial Health Organization (CHO), Dr. Lorenz Obiefuna-Sattler, who is in Dulmaro on a working visit.

The Minister welcomed the guest and thanked the CHO for its long-standing support of Santorra's national immunisation programme.

During the meeting, the parties discussed the implementation of the 2026-2030 cooperation strategy, the situation with malaria and dengue in the northern provinces, and the preparation of the regional health ministers' conference.

The Minister stressed:
• Santorra has reduced child mortality from malaria by a third since 2020, and the Government intends to keep malaria control among the top priorities of the health budget;
• the temporary pause in the trial of the DB-417 vaccine will not affect the Ministry's plans to expand the distribution of insecticide-treated nets, which will reach 2.4 million households this year;
• the country needs the support of the CHO in three areas:
  – strengthening laboratory capacity in Caskell and Lower Dunmere provinces;
  – training of community health workers;
  – the procurement of rapid diagnostic tests through the CHO's pooled mechanism.

Dr. Lorenz Obiefuna-Sattler praised the progress made by Santorra in the fight against malaria and noted that the country's experience with community health workers could be useful for other states of the region. The Regional Director confirmed that the CHO was ready to send a team of laboratory experts to Caskell province in June.

The head of the health department drew the guest's attention to the shortage of nurses in rural areas, pointing out that about 30 percent of posts in district hospitals remain vacant. The Director suggested that Santorra join the CHO's regional programme on health workforce retention, which will be launched in the autumn.

The sides agreed to hold the next meeting of the joint steering committee in Dulmaro in October 2027.

The meeting was attended by Deputy Minister of Health Joaquim Baptista-Nsenga and the CHO Representative in Santorra, Dr. Halldora Stevns.

Following the meeting, Deputy Minister Joaquim Baptista-Nsenga told journalists that the Ministry expected the safety board's conclusions on the DB-417 trial "within days" and would inform the public immediately.

On the same day, Adaora Onyekachi-Prideaux held a telephone conversation with the Minister of Health of Ebrenne, Barthelemy Lachapelle-Oti.

The Santorran Minister expressed concern over the rise in dengue cases in the border districts of the two countries and proposed to set up a joint rapid-response team. Barthelemy Lachapelle-Oti supported the proposal and said that Ebrenne had recorded 2,300 cases since January, twice as many as a year earlier. The ministers agreed to exchange epidemiological data weekly during the rainy season.
''',
    s('Adaora Onyekachi-Prideaux', 'The Minister', "Santorra has reduced child mortality from malaria by a third since 2020, and the Government intends to keep malaria control among the top priorities of the health budget;", 'stressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Minister', "the temporary pause in the trial of the DB-417 vaccine will not affect the Ministry's plans to expand the distribution of insecticide-treated nets, which will reach 2.4 million households this year;", 'stressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Minister', 'the country needs the support of the CHO in three areas:', 'stressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Minister', 'strengthening laboratory capacity in Caskell and Lower Dunmere provinces;', 'stressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Minister', 'training of community health workers;', 'stressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Minister', "the procurement of rapid diagnostic tests through the CHO's pooled mechanism.", 'stressed', role=MIN_H),
    s('Lorenz Obiefuna-Sattler', 'Dr. Lorenz Obiefuna-Sattler', 'the progress made by Santorra in the fight against malaria', 'praised', role=DIR_C),
    s('Lorenz Obiefuna-Sattler', 'Dr. Lorenz Obiefuna-Sattler', "the country's experience with community health workers could be useful for other states of the region", 'noted', role=DIR_C),
    s('Lorenz Obiefuna-Sattler', 'The Regional Director', 'the CHO was ready to send a team of laboratory experts to Caskell province in June', 'confirmed', role=DIR_C),
    s('Adaora Onyekachi-Prideaux', 'The head of the health department', 'the shortage of nurses in rural areas, pointing out that about 30 percent of posts in district hospitals remain vacant', "drew the guest's attention to", role=MIN_H),
    s('Lorenz Obiefuna-Sattler', 'The Director', "Santorra join the CHO's regional programme on health workforce retention, which will be launched in the autumn", 'suggested', role=DIR_C),
    s('Adaora Onyekachi-Prideaux and Lorenz Obiefuna-Sattler', 'The sides', 'to hold the next meeting of the joint steering committee in Dulmaro in October 2027', 'agreed'),
    s('Joaquim Baptista-Nsenga', 'Deputy Minister Joaquim Baptista-Nsenga', 'the Ministry expected the safety board\'s conclusions on the DB-417 trial "within days" and would inform the public immediately', 'told', 'mixed', role='Deputy Minister of Health'),
    s('Adaora Onyekachi-Prideaux', 'The Santorran Minister', 'concern over the rise in dengue cases in the border districts of the two countries', 'expressed', role=MIN_H),
    s('Adaora Onyekachi-Prideaux', 'The Santorran Minister', 'to set up a joint rapid-response team', 'proposed', role=MIN_H),
    s('Barthelemy Lachapelle-Oti', 'Barthelemy Lachapelle-Oti', 'the proposal', 'supported', role='Minister of Health of Ebrenne'),
    s('Barthelemy Lachapelle-Oti', 'Barthelemy Lachapelle-Oti', 'Ebrenne had recorded 2,300 cases since January, twice as many as a year earlier', 'said', role='Minister of Health of Ebrenne'),
    s('Adaora Onyekachi-Prideaux and Barthelemy Lachapelle-Oti', 'The ministers', 'to exchange epidemiological data weekly during the rainy season', 'agreed'),
)

PRES_V = 'President of the Republic of Veskar'
PRES_P = 'President of the Republic of Pollensa'
PRESIDENTS = 'Lauritz Korvanen-Sule and Isadora Quintanar-Bekele'
STATES = 'Veskar and Pollensa'

doc('s08-veskar-pollensa-joint-statement-tolva', 'President of the Republic of Veskar', '2027-05-28', '''
Joint Statement by the President of the Republic of Veskar and the President of the Republic of Pollensa on cooperation in the Tolva River basin

Halvenport, 28 May 2027

President of the Republic of Veskar Lauritz Korvanen-Sule and President of the Republic of Pollensa Isadora Quintanar-Bekele met in Halvenport on 27-28 May 2027 for the first state visit of a President of Pollensa to Veskar in eleven years.

1. The Presidents reaffirmed that the Tolva River is a shared resource of the two peoples and that its waters must be used in a reasonable and equitable manner, taking into account the needs of present and future generations.

2. The Presidents noted with concern that the flow of the Tolva at the border has fallen by 18 percent over the past decade and that prolonged droughts in 2025 and 2026 caused serious damage to agriculture on both banks.

3. The two countries agreed to conclude, by the end of 2027, an agreement on the joint management of the Tolva River basin, which will establish a permanent bilateral river commission with a secretariat in Sarnow.

4. The Veskari side informed the Pollensan side of its plans to build the Ulvik irrigation reservoir. The Pollensan side took note of the information and stressed the importance of a joint environmental impact assessment before construction begins. The Veskari side confirmed its readiness to carry out such an assessment jointly and to share all hydrological data.

5. Both sides condemned the illegal dumping of industrial waste into the river and agreed to establish joint monitoring stations at Sarnow and Kettlebridge by 2028.

6. The Parties welcomed the growth of bilateral trade, which reached 3.1 billion dollars in 2026, and expressed their intention to double it by 2032.

7. The Pollensan side expressed its gratitude for the assistance provided by Veskar during the floods of April 2026.

8. The two countries underlined that cooperation on the Tolva is not directed against any third party and called on all states of the basin to take part in the work of the future river commission as observers.

9. The Presidents instructed their Ministers of Foreign Affairs to prepare, within three months, a roadmap for the implementation of this Joint Statement.

10. The President of Pollensa thanked the President of Veskar for the hospitality extended to her and to the members of her delegation, and invited him to pay a state visit to Pollensa in 2028. The invitation was accepted with gratitude.

Signed in Halvenport on 28 May 2027 in two originals, in the Veskari and Pollensan languages, both texts being equally authentic.
''',
    s(PRESIDENTS, 'The Presidents', 'the Tolva River is a shared resource of the two peoples and that its waters must be used in a reasonable and equitable manner, taking into account the needs of present and future generations', 'reaffirmed'),
    s(PRESIDENTS, 'The Presidents', 'the flow of the Tolva at the border has fallen by 18 percent over the past decade and that prolonged droughts in 2025 and 2026 caused serious damage to agriculture on both banks', 'noted'),
    s(STATES, 'The two countries', 'to conclude, by the end of 2027, an agreement on the joint management of the Tolva River basin, which will establish a permanent bilateral river commission with a secretariat in Sarnow', 'agreed'),
    s('Isadora Quintanar-Bekele', 'The Pollensan side', 'the importance of a joint environmental impact assessment before construction begins', 'stressed', role=PRES_P),
    s('Lauritz Korvanen-Sule', 'The Veskari side', 'its readiness to carry out such an assessment jointly and to share all hydrological data', 'confirmed', role=PRES_V),
    s(PRESIDENTS, 'Both sides', 'the illegal dumping of industrial waste into the river', 'condemned'),
    s(PRESIDENTS, 'Both sides', 'to establish joint monitoring stations at Sarnow and Kettlebridge by 2028', 'agreed'),
    s(PRESIDENTS, 'The Parties', 'the growth of bilateral trade, which reached 3.1 billion dollars in 2026', 'welcomed'),
    s(PRESIDENTS, 'The Parties', 'their intention to double it by 2032', 'expressed'),
    s(STATES, 'The two countries', 'cooperation on the Tolva is not directed against any third party', 'underlined'),
    s(STATES, 'The two countries', 'all states of the basin to take part in the work of the future river commission as observers', 'called on'),
    s(PRESIDENTS, 'The Presidents', 'their Ministers of Foreign Affairs to prepare, within three months, a roadmap for the implementation of this Joint Statement', 'instructed'),
)

SPOX_B = 'Spokeswoman'

doc('s09-brevonia-mfa-briefing', 'Ministry of Foreign Affairs of Brevonia', '2027-03-10', '''
Ministry of Foreign Affairs of Brevonia

Transcript of the weekly briefing by the Ministry's Spokeswoman Severine Rautio-Diop

Port Aubrel, 10 March 2027

Severine Rautio-Diop: Good morning, ladies and gentlemen.

Let me begin with a few announcements. On 14-15 March, Foreign Minister Radomir Szentesi-Kwan will pay an official visit to Santorra. In Dulmaro he will hold talks with Foreign Minister Benedita Mahlangu-Roos and will be received by the President of Santorra. The ministers are expected to sign an agreement on visa-free travel for holders of service passports.

On 17 March, the Minister will take part in the meeting of the Polar Council in Marisk.

Question: Media in Santorra report that the signing could be postponed because of disagreements over the readmission clause. Is that so?

Answer: I have read these reports. The text has been fully agreed by the experts of both sides, and our Santorran colleagues confirmed this to us on Monday. The signing will take place as planned.

Question: Minister Szentesi-Kwan said in an interview last week that Brevonia would "not stand aside" if Ilmarsk closes its airspace to Brevonian cargo flights. What measures does he have in mind?

Answer: The Minister's words speak for themselves. We hope it will not come to that. Our colleagues in Ilmarsk know our position, and we have conveyed it through diplomatic channels more than once.

Question: The Ilmarsk transport ministry says the restrictions are needed because of safety violations by Brevonian carriers. How do you comment?

Answer: We have seen these statements. Not a single violation has been documented, and the Ilmarsk side has not presented any facts to our aviation authority, despite our repeated requests. I can only repeat that any restrictions will be regarded as discriminatory.

If there are real safety questions, there is an established procedure under the bilateral air services agreement. We are ready to use it tomorrow.

Question: Is the Ministry aware of the detention of the Brevonian fishing vessel Saint Veniamin by the Ebrenne coast guard?

Answer: Yes. The vessel was detained on 7 March about 30 miles off Grenholm with 14 crew members on board. According to the Ebrenne authorities, it was fishing without a licence in their exclusive economic zone. The captain says the vessel was in international waters. Our embassy in St. Cuthmar is in contact with the crew and with the Ebrenne Ministry of Foreign Affairs. All the sailors are well.

Question (Polar Courier): Ebrenne's foreign minister told parliament yesterday that the vessel had been detained "for the third time in two years." Is that correct?

Answer: I would not like to comment on statements made for domestic audiences. Each case is different. We expect the crew to be released as soon as possible.

Question: The opposition Brevonian Liberal Union has accused the Government of hiding the real state of foreign exchange reserves. Can the Ministry say anything about this?

Answer: This is a question for the Ministry of Finance and the Monetary Authority, not for the Foreign Ministry. I can only note that Finance Minister Casimir Kaltenborn-Sowa spoke about this in detail last week.

Thank you. See you next Wednesday.
''',
    s('Severine Rautio-Diop', 'Severine Rautio-Diop', 'Let me begin with a few announcements.|meeting of the Polar Council in Marisk.', '', role=SPOX_B),
    s('Media in Santorra', 'Media in Santorra', 'the signing could be postponed because of disagreements over the readmission clause', 'report'),
    s('Severine Rautio-Diop', '', 'I have read these reports.|The signing will take place as planned.', '', role=SPOX_B),
    s('our Santorran colleagues', 'our Santorran colleagues', ['this'], 'confirmed', nested=True, via='Severine Rautio-Diop', anchor='our Santorran colleagues confirmed'),
    s('Radomir Szentesi-Kwan', 'Minister Szentesi-Kwan', 'Brevonia would "not stand aside" if Ilmarsk closes its airspace to Brevonian cargo flights', 'said', 'mixed', role='Foreign Minister'),
    s('Severine Rautio-Diop', '', "The Minister's words speak for themselves.|through diplomatic channels more than once.", '', role=SPOX_B),
    s('Ilmarsk transport ministry', 'The Ilmarsk transport ministry', 'the restrictions are needed because of safety violations by Brevonian carriers', 'says'),
    s('Severine Rautio-Diop', '', 'We have seen these statements.|We are ready to use it tomorrow.', '', role=SPOX_B),
    s('Severine Rautio-Diop', '', 'Yes. The vessel was detained on 7 March|All the sailors are well.', '', role=SPOX_B),
    s('Ebrenne authorities', 'the Ebrenne authorities', 'it was fishing without a licence in their exclusive economic zone', 'According to', nested=True, via='Severine Rautio-Diop'),
    s('The captain', 'The captain', 'the vessel was in international waters', 'says', nested=True, via='Severine Rautio-Diop'),
    s("Ebrenne's foreign minister", "Ebrenne's foreign minister", 'the vessel had been detained "for the third time in two years."', 'told', 'mixed', role='foreign minister'),
    s('Severine Rautio-Diop', '', 'I would not like to comment on statements made for domestic audiences.|We expect the crew to be released as soon as possible.', '', role=SPOX_B),
    s('Brevonian Liberal Union', 'The opposition Brevonian Liberal Union', 'the Government of hiding the real state of foreign exchange reserves', 'has accused'),
    s('Severine Rautio-Diop', '', 'This is a question for the Ministry of Finance|spoke about this in detail last week.', '', role=SPOX_B),
)

PRES_VK = 'President of the Republic of Veskar'

doc('s10-veskar-president-measles-meeting', 'President of the Republic of Veskar', '2027-02-02', '''
Meeting with Government members on the measles outbreak

February 2, 2027, 11:30, Halvenport

Lauritz Korvanen-Sule held a meeting with Government members on measures to contain the measles outbreak in the Sarnow and Kettlebridge regions. Taking part were Prime Minister Ivar Haldenby-Ncube, Minister of Health Rosalind Mthembu-Kjeldsen, Minister of Education Sebastien Vaillancourt-Ezeh and Chief State Sanitary Doctor Zinaida Strandqvist.

Excerpts from the transcript:

Lauritz Korvanen-Sule: Good morning.

We have not seen an outbreak of measles on this scale for almost twenty years. Children are in hospital, and in Kettlebridge one child has died. I want to hear today not only what is being done, but why it happened.

Ms Strandqvist, please.

Zinaida Strandqvist: Good morning, Mr President.

As of this morning, 1,146 cases have been confirmed, 812 of them in children under 14. Ninety-one people are in hospital, eleven of them in intensive care. The number of new cases per day has stabilised at about 60 over the past week.

The main reason is a fall in vaccination coverage. In some districts of Sarnow only 78 percent of children have received the second dose, while 95 percent is needed to stop transmission.

Lauritz Korvanen-Sule: Why was this not noticed earlier? The figures were there.

Zinaida Strandqvist: It was noticed, Mr President. We sent letters to the regional health departments in 2025 and in 2026. I must admit that we did not insist strongly enough.

Lauritz Korvanen-Sule: Letters. Mrs Mthembu-Kjeldsen, what is the Ministry doing now?

Rosalind Mthembu-Kjeldsen: Mr President, since 20 January mobile teams have vaccinated more than 48,000 children and adults in the two regions. We have enough vaccine: 600,000 doses are in stock, and another 400,000 will be delivered by the end of the month.

We propose to make the vaccination certificate mandatory for admission to kindergartens from September, as it was until 2019.

Lauritz Korvanen-Sule: Mr Vaillancourt-Ezeh, what does the Ministry of Education think?

Sebastien Vaillancourt-Ezeh: We support it, Mr President. Schools will help with information for parents. But we ask that exceptions for medical reasons be clearly defined, otherwise directors will be left alone with angry families.

Lauritz Korvanen-Sule: Agreed. Mr Haldenby-Ncube, please prepare the necessary amendments together with the Ministries and submit them to parliament within a month.

Ivar Haldenby-Ncube: Understood, Mr President. We will submit them before 1 March.

Zinaida Strandqvist: Mr President, if I may add. The regions also need money to bring nurses back into schools. Some districts have had no school nurse at all since 2024, and that is where coverage fell first.

Lauritz Korvanen-Sule: Mr Haldenby-Ncube, take this into account as well.

Lauritz Korvanen-Sule: And one more thing. I want every regional governor to report to me personally on coverage in their region once a quarter. Not letters. Figures.

Thank you.
''',
    s('Lauritz Korvanen-Sule', 'Lauritz Korvanen-Sule', 'Good morning.|but why it happened.', '', role=PRES_VK),
    s('Zinaida Strandqvist', 'Zinaida Strandqvist', 'Good morning, Mr President.|95 percent is needed to stop transmission.', '', role='Chief State Sanitary Doctor'),
    s('Zinaida Strandqvist', 'Zinaida Strandqvist', 'It was noticed, Mr President.|I must admit that we did not insist strongly enough.', '', role='Chief State Sanitary Doctor'),
    s('Rosalind Mthembu-Kjeldsen', 'Rosalind Mthembu-Kjeldsen', 'since 20 January mobile teams have vaccinated|as it was until 2019.', '', role='Minister of Health'),
    s('Sebastien Vaillancourt-Ezeh', 'Sebastien Vaillancourt-Ezeh', 'We support it, Mr President.|otherwise directors will be left alone with angry families.', '', role='Minister of Education'),
    s('Lauritz Korvanen-Sule', 'Lauritz Korvanen-Sule', 'please prepare the necessary amendments|submit them to parliament within a month.', '', role=PRES_VK),
    s('Ivar Haldenby-Ncube', 'Ivar Haldenby-Ncube', 'We will submit them before 1 March.', '', role='Prime Minister'),
    s('Zinaida Strandqvist', 'Zinaida Strandqvist', 'The regions also need money to bring nurses back into schools.|that is where coverage fell first.', '', role='Chief State Sanitary Doctor'),
    s('Lauritz Korvanen-Sule', 'Lauritz Korvanen-Sule', 'take this into account as well.', '', role=PRES_VK),
    s('Lauritz Korvanen-Sule', 'Lauritz Korvanen-Sule', 'And one more thing.|Figures.', '', role=PRES_VK),
)

MIN_E = 'Minister of Labour and Social Dialogue'

doc('s11-ebrenne-labour-ministry-dock-strike-page', 'Ministry of Labour and Social Dialogue of Ebrenne', '2027-09-22', '''
Skip to content
Government of Ebrenne
Ministry of Labour and Social Dialogue
Menu | Search | Français | English
About the Ministry | News | Employment | Workplace Safety | Social Dialogue | Contact
You are here: Home / News / 2027 / September

Minister Sforzini-Bellamy meets port workers' union as talks resume

22 September 2027 | 4 min read
Text size: A- A A+ | Print this page

Minister of Labour and Social Dialogue Carolina Sforzini-Bellamy today met the leadership of the Ebrenne Port and Dock Workers' Union (EPDWU) in St. Cuthmar, on the ninth day of the strike that has halted cargo handling at the ports of St. Cuthmar and Grenholm.

The Minister said the Government would not intervene in the negotiations between the union and the Ebrenne Ports Authority, but was ready to provide a mediator "at any hour of the day or night" if both parties asked for one.

"A strike is a legitimate tool. But every day the ports are closed, our farmers lose their harvest and our pharmacies run down their stocks," Carolina Sforzini-Bellamy said after the meeting.

EPDWU General Secretary Desmond Oyarzabal-Nunn told the Minister that the union's main demand remained a guarantee that no jobs would be cut when automated cranes are introduced at the St. Cuthmar container terminal in 2028. He said the union was prepared to discuss wages separately.

Speaking to journalists after the meeting, the General Secretary said the strike would continue "until there is a signature under the words 'no job losses'."

According to the Ministry, the union and the Ports Authority agreed at the meeting to resume direct talks on Thursday, with the Ministry's chief conciliation officer, Leonor Valderrama-Cobb, attending as an observer.

The Ports Authority said in a written statement on Tuesday that it had offered a 6.5 percent wage increase over two years and retraining for all workers affected by automation. The union has described the offer as "insufficient."

The Minister also instructed the Labour Inspectorate to check compliance with safety rules at the ports, where the union says three workers were injured in July.

Photo: Ministry press office

Share this page: Facebook | X | LinkedIn | Email
Last updated: 22 September 2027 17:40

Related news

Minister Sforzini-Bellamy: minimum wage to rise by 4 percent in January
18 September 2027

Ports Authority warns of "irreversible losses" as strike enters second week
15 September 2027

Inspectorate finds safety breaches at 12 construction sites
9 September 2027

Unemployment falls to 6.1 percent, lowest since 2008
2 September 2027

See all news

Ministry of Labour and Social Dialogue, 14 Rue des Tanneurs, St. Cuthmar | Accessibility | Privacy | Sitemap
© 2027 Government of Ebrenne
''',
    s('Carolina Sforzini-Bellamy', 'The Minister', 'the Government would not intervene in the negotiations between the union and the Ebrenne Ports Authority, but was ready to provide a mediator "at any hour of the day or night" if both parties asked for one', 'said', 'mixed', role=MIN_E),
    s('Carolina Sforzini-Bellamy', 'Carolina Sforzini-Bellamy', '"A strike is a legitimate tool. But every day the ports are closed, our farmers lose their harvest and our pharmacies run down their stocks,"', 'said', 'direct', role=MIN_E),
    s('Desmond Oyarzabal-Nunn', 'EPDWU General Secretary Desmond Oyarzabal-Nunn', "the union's main demand remained a guarantee that no jobs would be cut when automated cranes are introduced at the St. Cuthmar container terminal in 2028", 'told', role='EPDWU General Secretary'),
    s('Desmond Oyarzabal-Nunn', 'He', 'the union was prepared to discuss wages separately', 'said', role='EPDWU General Secretary'),
    s('Desmond Oyarzabal-Nunn', 'the General Secretary', 'the strike would continue "until there is a signature under the words \'no job losses\'."', 'said', 'mixed', role='EPDWU General Secretary'),
    s('Ministry of Labour and Social Dialogue', 'the Ministry', "the union and the Ports Authority agreed at the meeting to resume direct talks on Thursday, with the Ministry's chief conciliation officer, Leonor Valderrama-Cobb, attending as an observer", 'According to'),
    s("Ebrenne Port and Dock Workers' Union and Ebrenne Ports Authority", 'the union and the Ports Authority', 'to resume direct talks on Thursday', 'agreed', nested=True, via='Ministry of Labour and Social Dialogue'),
    s('Ebrenne Ports Authority', 'The Ports Authority', 'it had offered a 6.5 percent wage increase over two years and retraining for all workers affected by automation', 'said'),
    s("Ebrenne Port and Dock Workers' Union", 'The union', '"insufficient."', 'has described', 'direct'),
    s('Carolina Sforzini-Bellamy', 'The Minister', 'the Labour Inspectorate to check compliance with safety rules at the ports', 'instructed', role=MIN_E),
    s("Ebrenne Port and Dock Workers' Union", 'the union', 'three workers were injured in July', 'says'),
    s('Carolina Sforzini-Bellamy', 'Minister Sforzini-Bellamy', 'minimum wage to rise by 4 percent in January', '', role=MIN_E, region='related'),
    s('Ebrenne Ports Authority', 'Ports Authority', '"irreversible losses"', 'warns', 'direct', region='related'),
    s('Labour Inspectorate', 'Inspectorate', 'safety breaches at 12 construction sites', 'finds', region='related'),
)
