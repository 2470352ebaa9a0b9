"""Set W's six government texts (see build_w.py)."""
from invented_common import doc_spans as doc, s

FM_M = 'Minister of Foreign Affairs of the Republic of Montrevia'
FM_H = 'Minister of Foreign Affairs of the Kingdom of Haldoria'
PAIR = 'Aurelio Santangeli-Obuyamba and Ingrid Falkenholm-Tettehwa'

doc('w06-montrevia-mfa-talks-haldoria-foreign-minister', 'Ministry of Foreign Affairs of the Republic of Montrevia', '2028-05-09', '''
Talks between Aurelio Santangeli-Obuyamba and Minister of Foreign Affairs of the Kingdom of Haldoria Ingrid Falkenholm-Tettehwa

On 9 May, Minister of Foreign Affairs of the Republic of Montrevia Aurelio Santangeli-Obuyamba held talks in Castelvero with Minister of Foreign Affairs of the Kingdom of Haldoria Ingrid Falkenholm-Tettehwa, who is in Montrevia on an official visit.

The talks were held first in a restricted format and then with the participation of the delegations.

Aurelio Santangeli-Obuyamba welcomed the guest and noted that the visit was the first by a Haldorian foreign minister to Castelvero in eleven years.

The sides reviewed the state of bilateral relations and noted with satisfaction the steady growth of trade, which reached 2.1 billion euros last year.

The Montrevian side stressed the importance of an early resumption of direct flights between the two capitals, suspended since 2025, and proposed that the civil aviation authorities of the two countries meet in June. The Haldorian side expressed its readiness to consider the proposal and informed about the steps taken to simplify the issuance of visas to Montrevian students.

The guest said that Haldoria was interested in the participation of Montrevian companies in the reconstruction of the port of Skarholm and in the construction of offshore wind farms in the Keldra Gulf.

The Ministers discussed cooperation in the energy sector and noted the potential of joint projects in offshore wind power and green hydrogen. Aurelio Santangeli-Obuyamba informed his interlocutor that the Montrevian Parliament would ratify the agreement on the avoidance of double taxation before the end of the year.

The interlocutors exchanged views on the situation in the Keldra Gulf. They expressed concern over the growing number of incidents involving commercial vessels and called for the full observance of the freedom of navigation.

Ingrid Falkenholm-Tettehwa informed the Montrevian side about the priorities of Haldoria's chairmanship of the Council of Northern Seas. According to the Haldorian Minister, the chairmanship will focus on maritime safety, the protection of fish stocks and the fight against marine litter. She invited Aurelio Santangeli-Obuyamba to attend the ministerial meeting of the Council in Skarholm in October.

The Montrevian Minister thanked his counterpart for the invitation.

Following the talks, the Ministers signed a programme of cooperation between the two foreign ministries for 2029-2031.

At a joint press conference, Aurelio Santangeli-Obuyamba said: "Today we have opened a new page. We have agreed not to let another eleven years pass before the next visit."

Ingrid Falkenholm-Tettehwa, for her part, noted that Haldoria and Montrevia "share more than a sea" and that the two peoples had been trading with each other since the Middle Ages.

The sides agreed to hold the next round of political consultations at the level of deputy ministers in Skarholm in the first half of 2029.
''',
    s('Aurelio Santangeli-Obuyamba', 'Aurelio Santangeli-Obuyamba', 'the visit was the first by a Haldorian foreign minister to Castelvero in eleven years', 'noted', role=FM_M),
    s(PAIR, 'The sides', 'the steady growth of trade, which reached 2.1 billion euros last year', 'noted with satisfaction'),
    s('Aurelio Santangeli-Obuyamba', 'The Montrevian side', 'the importance of an early resumption of direct flights between the two capitals, suspended since 2025', 'stressed', role=FM_M),
    s('Aurelio Santangeli-Obuyamba', 'The Montrevian side', 'the civil aviation authorities of the two countries meet in June', 'proposed', role=FM_M),
    s('Ingrid Falkenholm-Tettehwa', 'The Haldorian side', 'its readiness to consider the proposal', 'expressed', role=FM_H),
    s('Ingrid Falkenholm-Tettehwa', 'The guest', 'Haldoria was interested in the participation of Montrevian companies in the reconstruction of the port of Skarholm and in the construction of offshore wind farms in the Keldra Gulf', 'said', role=FM_H),
    s(PAIR, 'The Ministers', 'the potential of joint projects in offshore wind power and green hydrogen', 'noted'),
    s('Aurelio Santangeli-Obuyamba', 'Aurelio Santangeli-Obuyamba', 'the Montrevian Parliament would ratify the agreement on the avoidance of double taxation before the end of the year', 'informed', role=FM_M),
    s(PAIR, 'They', 'concern over the growing number of incidents involving commercial vessels', 'expressed'),
    s(PAIR, 'They', 'the full observance of the freedom of navigation', 'called for'),
    s('Ingrid Falkenholm-Tettehwa', 'the Haldorian Minister', 'the chairmanship will focus on maritime safety, the protection of fish stocks and the fight against marine litter', 'According to', role=FM_H),
    s('Aurelio Santangeli-Obuyamba', 'Aurelio Santangeli-Obuyamba', '"Today we have opened a new page. We have agreed not to let another eleven years pass before the next visit."', 'said', 'direct', role=FM_M),
    s('Ingrid Falkenholm-Tettehwa', 'Ingrid Falkenholm-Tettehwa', 'Haldoria and Montrevia "share more than a sea" and that the two peoples had been trading with each other since the Middle Ages', 'noted', 'mixed', role=FM_H),
    s(PAIR, 'The sides', 'to hold the next round of political consultations at the level of deputy ministers in Skarholm in the first half of 2029', 'agreed'),
)

DPM_O = 'Deputy Prime Minister of the Republic of Ostrabia'
MIN_T = 'Minister of Economy and Trade of the Tavrenian Union'
CO = 'Teodora Vlasinova-Agyemfra and Emre Kalkandelen-Mossakowski'

doc('w07-ostrabia-tavrenia-joint-communique-commission', 'Government of the Republic of Ostrabia', '2028-02-27', '''
Joint Communiqué of the Ninth Session of the Ostrabian-Tavrenian Intergovernmental Commission on Trade and Economic Cooperation

Dobrovac, 27 February 2028

1. The ninth session of the Ostrabian-Tavrenian Intergovernmental Commission on Trade and Economic Cooperation (hereinafter "the Commission") was held in Dobrovac on 26-27 February 2028. The Ostrabian delegation was headed by the Deputy Prime Minister of the Republic of Ostrabia, Teodora Vlasinova-Agyemfra, and the Tavrenian delegation by the Minister of Economy and Trade of the Tavrenian Union, Emre Kalkandelen-Mossakowski (hereinafter "the Co-Chairs").

2. The Co-Chairs noted with appreciation that bilateral trade had grown by 14 percent in 2027 and reached 1.6 billion dollars. At the same time, they pointed out that the structure of trade remained narrow and was dominated by fuel and grain.

3. The Parties reaffirmed their intention to raise the volume of trade to 3 billion dollars by 2032.

4. In the field of transport, the Ostrabian Party informed the Commission that the reconstruction of the Dobrovac–Meznik railway line would be completed in 2029, which would reduce the travel time of freight trains to the Tavrenian border by half. The Tavrenian Party welcomed this information and requested that a joint timetable for freight trains be agreed before the line is opened.

5. The Tavrenian Party expressed concern over the long waiting times of trucks at the Meznik–Halvar border crossing and proposed to introduce joint customs control there. The Ostrabian Party supported the proposal.

6. In the field of agriculture, the Parties:
a) agreed to mutually recognise veterinary certificates for poultry and dairy products from 1 July 2028;
b) instructed their competent authorities to complete the harmonisation of phytosanitary requirements for fruit and vegetables;
c) noted the interest of Tavrenian companies in the construction of grain terminals in the Ostrabian river ports.

7. The Commission decided to establish a working group on digital trade, which will hold its first meeting in Halvar in the second quarter of 2028.

8. The Ostrabian Party stressed that the agreement on the mutual protection of investments, signed in 2009, needed to be updated, and handed over a draft protocol to the Tavrenian Party. The Tavrenian Party stated that it would submit its comments on the draft within three months.

9. Both Co-Chairs underlined the role of the business forum held on the margins of the session, which brought together representatives of more than 120 companies.

10. The Co-Chairs agreed that the tenth session of the Commission would be held in Halvar in 2029. The date will be agreed through diplomatic channels.

Signed in Dobrovac on 27 February 2028 in two originals, each in the Ostrabian, Tavrenian and English languages, all texts being equally authentic.

For the Republic of Ostrabia
Teodora Vlasinova-Agyemfra
Deputy Prime Minister

For the Tavrenian Union
Emre Kalkandelen-Mossakowski
Minister of Economy and Trade
''',
    s(CO, 'The Co-Chairs', 'bilateral trade had grown by 14 percent in 2027 and reached 1.6 billion dollars', 'noted with appreciation'),
    s(CO, 'they', 'the structure of trade remained narrow and was dominated by fuel and grain', 'pointed out'),
    s(CO, 'The Parties', 'their intention to raise the volume of trade to 3 billion dollars by 2032', 'reaffirmed'),
    s('Teodora Vlasinova-Agyemfra', 'the Ostrabian Party', 'the reconstruction of the Dobrovac–Meznik railway line would be completed in 2029, which would reduce the travel time of freight trains to the Tavrenian border by half', 'informed', role=DPM_O),
    s('Emre Kalkandelen-Mossakowski', 'The Tavrenian Party', 'this information', 'welcomed', role=MIN_T),
    s('Emre Kalkandelen-Mossakowski', 'The Tavrenian Party', 'a joint timetable for freight trains be agreed before the line is opened', 'requested', role=MIN_T),
    s('Emre Kalkandelen-Mossakowski', 'The Tavrenian Party', 'concern over the long waiting times of trucks at the Meznik–Halvar border crossing', 'expressed', role=MIN_T),
    s('Emre Kalkandelen-Mossakowski', 'The Tavrenian Party', 'to introduce joint customs control there', 'proposed', role=MIN_T),
    s('Teodora Vlasinova-Agyemfra', 'The Ostrabian Party', 'the proposal', 'supported', role=DPM_O),
    s(CO, 'the Parties', 'to mutually recognise veterinary certificates for poultry and dairy products from 1 July 2028;', 'agreed'),
    s(CO, 'the Parties', 'their competent authorities to complete the harmonisation of phytosanitary requirements for fruit and vegetables;', 'instructed'),
    s(CO, 'the Parties', 'the interest of Tavrenian companies in the construction of grain terminals in the Ostrabian river ports.', 'noted'),
    s('Teodora Vlasinova-Agyemfra', 'The Ostrabian Party', 'the agreement on the mutual protection of investments, signed in 2009, needed to be updated', 'stressed', role=DPM_O),
    s('Emre Kalkandelen-Mossakowski', 'The Tavrenian Party', 'it would submit its comments on the draft within three months', 'stated', role=MIN_T),
    s(CO, 'Both Co-Chairs', 'the role of the business forum held on the margins of the session, which brought together representatives of more than 120 companies', 'underlined'),
    s(CO, 'The Co-Chairs', 'the tenth session of the Commission would be held in Halvar in 2029', 'agreed'),
)

SPOX = 'Spokesperson of the Ministry of Foreign Affairs of the Republic of Corvessa'
CONS = 'Director of the Consular Department'

doc('w08-corvessa-mfa-briefing-evacuation-topics', 'Ministry of Foreign Affairs of the Republic of Corvessa', '2028-06-15', '''
Transcript of the briefing by the Spokesperson of the Ministry of Foreign Affairs Lidia Paskaleva-Ntim

Varnomir, 15 June 2028

Lidia Paskaleva-Ntim: Good afternoon. Today we are joined by the Director of the Consular Department, Bertil Ambrosetti-Quayefio, who will tell you about the evacuation of our citizens from the Mirzanan Republic. Please, Mr Ambrosetti-Quayefio.

Bertil Ambrosetti-Quayefio: Thank you. Since Monday, 412 citizens of Corvessa have left the Mirzanan Republic on four flights organised by the Ministry together with the national carrier. The last flight landed in Varnomir this morning with 96 passengers, among them 31 children.

About 60 of our citizens remain in the country. Most of them have told our embassy that they do not wish to leave for the time being, mainly because they have families or businesses there. The embassy is in contact with each of them, and the hotline will continue to work around the clock.

Question: Will there be further flights?

Bertil Ambrosetti-Quayefio: If the situation requires it, yes. The carrier has told us it can provide an aircraft within 24 hours.

Lidia Paskaleva-Ntim: Thank you, Mr Ambrosetti-Quayefio. Now to the topics of the week.

1. On the Minister's visit to Haldoria

On 19-20 June, Minister of Foreign Affairs Katalin Ferrazinho-Osundu will pay an official visit to Haldoria. Talks with her Haldorian counterpart will focus on energy, the Keldra Gulf and the preparation of a new agreement on social security.

2. On the statement by the Drastavian Defence Ministry

We have taken note of the statement by the Defence Ministry of Drastavia that its exercises near our border are "purely defensive". We do not share this view. Exercises involving 12,000 troops a few kilometres from a neighbour's territory, announced two days in advance, do not strengthen trust, whatever they are called.

3. On the anniversary of the Treaty of Orlovac

On 18 June we mark the 50th anniversary of the Treaty of Orlovac, which ended the border dispute between Corvessa and Tavrenia. The treaty remains an example of how neighbours can settle even the most difficult questions through negotiation.

Question: The newspaper Varnomir Herald reports that the Mirzanan authorities have asked Corvessa to return two aircraft leased to its national airline. Can you comment?

Answer: We have seen the report. I can only say that no such request has been received through diplomatic channels.

Question: Opposition deputies say the evacuation started too late. How do you respond?

Answer: The first flight left within 48 hours of the decision to close Mirzana's airspace. I would ask those who say this to look at how long it took other countries. Our consular staff worked day and night, and I want to thank them.

Question: Ambassador Tomas Okonta-Rijkaard told the Mirzanan press last week that relations were "at their best in decades". Does this still apply?

Answer: Our relations are based on long-term interests, and they do not change with every crisis. As the Minister said on Tuesday, Corvessa is ready to help the Mirzanan people, whatever happens.

Lidia Paskaleva-Ntim: Thank you. See you next week.
''',
    s('Bertil Ambrosetti-Quayefio', 'Bertil Ambrosetti-Quayefio', 'Since Monday, 412 citizens of Corvessa|the hotline will continue to work around the clock.', '', role=CONS),
    s('Most of them', 'Most of them', 'they do not wish to leave for the time being, mainly because they have families or businesses there', 'have told', nested=True, via='Bertil Ambrosetti-Quayefio'),
    s('Bertil Ambrosetti-Quayefio', 'Bertil Ambrosetti-Quayefio', 'If the situation requires it, yes.|within 24 hours.', '', role=CONS),
    s('The carrier', 'The carrier', 'it can provide an aircraft within 24 hours', 'has told', nested=True, via='Bertil Ambrosetti-Quayefio'),
    s('Lidia Paskaleva-Ntim', '', 'On 19-20 June, Minister of Foreign Affairs Katalin Ferrazinho-Osundu|a new agreement on social security.', '', role=SPOX),
    s('Lidia Paskaleva-Ntim', '', 'We have taken note of the statement by the Defence Ministry of Drastavia|whatever they are called.', '', 'mixed', role=SPOX),
    s('the Defence Ministry of Drastavia', 'the Defence Ministry of Drastavia', 'its exercises near our border are "purely defensive"', 'the statement by', 'mixed', nested=True, via='Lidia Paskaleva-Ntim'),
    s('Lidia Paskaleva-Ntim', '', 'On 18 June we mark the 50th anniversary|the most difficult questions through negotiation.', '', role=SPOX),
    s('Varnomir Herald', 'The newspaper Varnomir Herald', 'the Mirzanan authorities have asked Corvessa to return two aircraft leased to its national airline', 'reports'),
    s('the Mirzanan authorities', 'the Mirzanan authorities', 'Corvessa to return two aircraft leased to its national airline', 'have asked', nested=True, via='Varnomir Herald'),
    s('Lidia Paskaleva-Ntim', '', 'We have seen the report.|no such request has been received through diplomatic channels.', '', role=SPOX),
    s('Opposition deputies', 'Opposition deputies', 'the evacuation started too late', 'say'),
    s('Lidia Paskaleva-Ntim', '', "The first flight left within 48 hours of the decision to close Mirzana's airspace.|and I want to thank them.", '', role=SPOX),
    s('Tomas Okonta-Rijkaard', 'Ambassador Tomas Okonta-Rijkaard', 'relations were "at their best in decades"', 'told', 'mixed', role='Ambassador'),
    s('Lidia Paskaleva-Ntim', '', 'Our relations are based on long-term interests|whatever happens.', '', role=SPOX),
    s('Katalin Ferrazinho-Osundu', 'the Minister', 'Corvessa is ready to help the Mirzanan people, whatever happens', 'said', role='Minister of Foreign Affairs', nested=True, via='Lidia Paskaleva-Ntim'),
)

PRES = 'Dragoslav Heemskerk-Ebunoye'
POST = 'Vilma Sorokina-Takyi'
POST_R = 'Director General of Ostrabian Post'
DIG = 'Kasper Lundgaard-Offei'

doc('w09-ostrabia-president-meeting-post-director-general', 'President of the Republic of Ostrabia', '2028-09-05', '''
Meeting with Director General of Ostrabian Post Vilma Sorokina-Takyi

September 5, 2028, 15:30, Dobrovac

Dragoslav Heemskerk-Ebunoye met with Director General of the state enterprise Ostrabian Post Vilma Sorokina-Takyi. The meeting discussed the future of rural post offices, the delivery of pensions and the modernisation of sorting centres. Minister of Digital Affairs Kasper Lundgaard-Offei also took part.

Dragoslav Heemskerk-Ebunoye: Mrs Sorokina-Takyi, good afternoon. I travel a lot around the country, and in almost every village I hear the same thing: the post office is open two days a week, and nobody knows which two.

Vilma Sorokina-Takyi: Mr President, that is unfortunately true in many places. We have 2,140 rural offices, and 38 percent of them work part-time because we cannot find staff. The salary of a rural postal worker is still below the national minimum wage, and we cover the difference from our own funds.

Dragoslav Heemskerk-Ebunoye: How do you intend to solve it?

Vilma Sorokina-Takyi: We propose to combine post offices with other services in the same building: the library, the municipal office, in some places the pharmacy. In the Meznik region we tried this in 60 villages last year. The offices are now open five days a week, and the number of visitors has grown by a third.

The mayors there tell us that people come not only for letters and pensions but also to pay for electricity and to order medicines.

Dragoslav Heemskerk-Ebunoye: Good. Mr Lundgaard-Offei, what does the Government think?

Kasper Lundgaard-Offei: We support this model, Mr President. The draft law that allows post offices to provide municipal services has been prepared and will be submitted to Parliament in October. The Ministry of Finance has agreed to include the first stage, 400 villages, in next year's budget.

Dragoslav Heemskerk-Ebunoye: And pensions? Elderly people have complained to me that the postman comes later and later.

Vilma Sorokina-Takyi: In most regions pensions are delivered within the first five days of the month. The delays you mention were in the Halvar region in July, when our sorting centre there was flooded. That centre was built in 1974. It will be replaced by a new one in 2030.

I will add that more than half of pensioners now receive their pensions to a bank card. But for those who live far from a cash machine, the postman remains the only way, and we will keep home delivery for as long as it is needed.

Dragoslav Heemskerk-Ebunoye: Please pay particular attention to this. For many old people the postman is the only visitor they see in a week. I ask you and the Government to report to me by December on how the combined offices are working.

Vilma Sorokina-Takyi: We will prepare the report, Mr President.
''',
    s(PRES, 'Dragoslav Heemskerk-Ebunoye', 'good afternoon. I travel|and nobody knows which two.', '', role='President'),
    s(POST, 'Vilma Sorokina-Takyi', 'that is unfortunately true in many places.|we cover the difference from our own funds.', '', role=POST_R),
    s(POST, 'Vilma Sorokina-Takyi', 'We propose to combine post offices|and to order medicines.', '', role=POST_R),
    s('The mayors there', 'The mayors there', 'people come not only for letters and pensions but also to pay for electricity and to order medicines', 'tell', nested=True, via=POST),
    s(DIG, 'Kasper Lundgaard-Offei', "We support this model, Mr President.|in next year's budget.", '', role='Minister of Digital Affairs'),
    s('The Ministry of Finance', 'The Ministry of Finance', "to include the first stage, 400 villages, in next year's budget", 'has agreed', nested=True, via=DIG),
    s(PRES, 'Dragoslav Heemskerk-Ebunoye', 'Elderly people have complained to me that the postman comes later and later.', '', role='President'),
    s('Elderly people', 'Elderly people', 'the postman comes later and later', 'have complained', nested=True, via=PRES),
    s(POST, 'Vilma Sorokina-Takyi', 'In most regions pensions are delivered|for as long as it is needed.', '', role=POST_R),
    s(PRES, 'Dragoslav Heemskerk-Ebunoye', 'Please pay particular attention to this.|on how the combined offices are working.', '', role='President'),
    s(POST, 'Vilma Sorokina-Takyi', 'We will prepare the report, Mr President.', '', role=POST_R),
)

EDU = 'Renata Kowalewicz-Danquah'
EDU_R = 'Minister of Education and Science'

doc('w10-montrevia-education-ministry-school-meals-page', 'Ministry of Education and Science of the Republic of Montrevia', '2028-10-02', '''
Ministry of Education and Science of the Republic of Montrevia
Official website
Search the site
About the Ministry | News | Documents | Schools | Higher Education | Open Data | Contacts
MONTREVIAN | ENGLISH
Home / News / Ministry news

Renata Kowalewicz-Danquah met with the National Parents' Council on school meals

02.10.2028 | 11:45 | Views: 2,931 | Print version

Minister of Education and Science Renata Kowalewicz-Danquah met with members of the National Parents' Council in Castelvero on Monday to discuss the quality and price of school meals.

Opening the meeting, the Minister said that from January all pupils in grades one to four would receive a free hot lunch, and that the state would cover the full cost in rural schools and half of it in towns.

"A child who is hungry at eleven o'clock is not thinking about fractions. This is an investment in learning, not a social benefit," Renata Kowalewicz-Danquah said.

According to the Ministry, 71 percent of schools now serve hot meals prepared in their own kitchens, compared with 54 percent three years ago.

The chair of the Council, Gianluca Bertolazzi-Odurowa, thanked the Ministry for the dialogue and noted that parents in many towns were still paying up to 4 euros a day for lunch. He said the Council had received more than 600 complaints about portion sizes since the start of the school year.

Parents from the Tessavo district raised the issue of schools that have no kitchen at all and receive ready-made meals from a single supplier.

The Minister instructed the Department of General Education to carry out an inspection of school catering contracts in the Tessavo district by 1 November.

Deputy Minister Paolo Ferrantino-Boatengwa added that new hygiene and nutrition standards for school canteens, developed together with the Ministry of Health, would enter into force in February.

The participants agreed to meet again in December to review the results of the inspection.

Tags: school meals, parents, general education, Tessavo

Share: Facebook | X | Telegram | Email

Related materials

Deputy Minister Paolo Ferrantino-Boatengwa: textbooks for primary schools will be free from 2029
28.09.2028

Teachers' salaries to rise by 7 percent from January — Ministry of Finance
25.09.2028

Winners of the National Mathematics Olympiad announced in Castelvero
21.09.2028

Renata Kowalewicz-Danquah visits rebuilt school in Cortavera
18.09.2028

Hotline of the Ministry: 0 800 41 22 00 (free of charge, weekdays 9:00-18:00)
Subscribe to our newsletter
© Ministry of Education and Science of the Republic of Montrevia, 2028. When using materials, a link to the site is required.
''',
    s(EDU, 'the Minister', 'from January all pupils in grades one to four would receive a free hot lunch, and that the state would cover the full cost in rural schools and half of it in towns', 'said', role=EDU_R),
    s(EDU, 'Renata Kowalewicz-Danquah', '"A child who is hungry at eleven o\'clock is not thinking about fractions. This is an investment in learning, not a social benefit,"', 'said', 'direct', role=EDU_R),
    s('Ministry of Education and Science of the Republic of Montrevia', 'the Ministry', '71 percent of schools now serve hot meals prepared in their own kitchens, compared with 54 percent three years ago', 'According to'),
    s('Gianluca Bertolazzi-Odurowa', 'The chair of the Council, Gianluca Bertolazzi-Odurowa', 'parents in many towns were still paying up to 4 euros a day for lunch', 'noted', role='chair of the Council'),
    s('Gianluca Bertolazzi-Odurowa', 'He', 'the Council had received more than 600 complaints about portion sizes since the start of the school year', 'said', role='chair of the Council'),
    s('Parents from the Tessavo district', 'Parents from the Tessavo district', 'schools that have no kitchen at all and receive ready-made meals from a single supplier', 'raised the issue of'),
    s(EDU, 'The Minister', 'the Department of General Education to carry out an inspection of school catering contracts in the Tessavo district by 1 November', 'instructed', role=EDU_R),
    s('Paolo Ferrantino-Boatengwa', 'Deputy Minister Paolo Ferrantino-Boatengwa', 'new hygiene and nutrition standards for school canteens, developed together with the Ministry of Health, would enter into force in February', 'added', role='Deputy Minister'),
    s('The participants', 'The participants', 'to meet again in December to review the results of the inspection', 'agreed'),
    s('Paolo Ferrantino-Boatengwa', 'Deputy Minister Paolo Ferrantino-Boatengwa', 'textbooks for primary schools will be free from 2029', '', role='Deputy Minister', region='related'),
    s('Ministry of Finance', 'Ministry of Finance', "Teachers' salaries to rise by 7 percent from January", '', region='related'),
)

GOV = 'Yaroslava Demirkol-Asantewe'
GOV_R = 'Governor of the Zelenogorye Region'
SOC = 'Deputy Chairman of the Regional Government for Social Policy'

doc('w11-zelenogorye-governor-working-trip-krasnoborsk', 'Government of the Zelenogorye Region', '2028-07-24', '''
Yaroslava Demirkol-Asantewe made a working trip to Krasnoborsk municipal district

On 24 July, Governor of the Zelenogorye Region Yaroslava Demirkol-Asantewe made a working trip to Krasnoborsk municipal district. The Governor was accompanied by the Deputy Chairman of the Regional Government for Social Policy, Matvei Loginovsky-Appiah, and the Minister of Construction and Housing and Communal Services of the Zelenogorye Region, Oksana Tereshkova-Bamfo.

The Governor began the trip at the construction site of the new polyclinic in the district centre. The Minister of Construction and Housing and Communal Services of the Region reported that the frame of the building had been completed and that the polyclinic would receive its first patients in the spring of 2029. According to Oksana Tereshkova-Bamfo, the contractor had caught up with the schedule after a delay of two months in the winter.

The chief physician of the Krasnoborsk Central District Hospital, Anatoly Pryanishnikov-Amponsah, said that the polyclinic would serve 27,000 residents of the district and the neighbouring Sosnogorsk district. He asked the Governor to consider the purchase of a second ambulance for the remote villages beyond the river.

Yaroslava Demirkol-Asantewe instructed the Deputy Chairman of the Regional Government for Social Policy to work out the issue together with the regional Ministry of Health.

"We are not building walls, we are building access to doctors. A polyclinic without specialists is just a building," the Governor stressed.

Matvei Loginovsky-Appiah noted that 14 young doctors had come to work in the district this year under the regional programme of one-time payments to medical workers, and that each of them had been provided with housing.

In the village of Pustoshka, the Governor inspected the bridge over the Yuzhma river, which was damaged by the spring flood. The Director of the State Institution "Directorate of Regional Roads of the Zelenogorye Region", Grigory Sevastyanov-Ampomaa, informed the Governor that the repair would be completed by 1 September, before the start of the school year. Until then, a temporary pontoon crossing is in use.

Residents told the Governor that the school bus could not use the pontoon crossing and that children had to walk three kilometres to the next stop. The Head of Krasnoborsk Municipal District, Nadezhda Yeremeyeva-Kwarteng, said that the district administration had organised a second bus on the other side of the river from 1 July.

At the end of the trip, the Governor held a meeting with the heads of the district's rural settlements. The participants discussed the supply of drinking water, the collection of household waste and the repair of village clubs.

Summing up the results of the trip, Yaroslava Demirkol-Asantewe said that the region would allocate an additional 45 million roubles to Krasnoborsk district for the repair of water supply networks next year.

Press service of the Governor and the Government of the Zelenogorye Region
''',
    s('Oksana Tereshkova-Bamfo', 'The Minister of Construction and Housing and Communal Services of the Region', 'the frame of the building had been completed and that the polyclinic would receive its first patients in the spring of 2029', 'reported', role='Minister of Construction and Housing and Communal Services of the Zelenogorye Region'),
    s('Oksana Tereshkova-Bamfo', 'Oksana Tereshkova-Bamfo', 'the contractor had caught up with the schedule after a delay of two months in the winter', 'According to', role='Minister of Construction and Housing and Communal Services of the Zelenogorye Region'),
    s('Anatoly Pryanishnikov-Amponsah', 'The chief physician of the Krasnoborsk Central District Hospital, Anatoly Pryanishnikov-Amponsah', 'the polyclinic would serve 27,000 residents of the district and the neighbouring Sosnogorsk district', 'said', role='chief physician of the Krasnoborsk Central District Hospital'),
    s('Anatoly Pryanishnikov-Amponsah', 'He', 'the Governor to consider the purchase of a second ambulance for the remote villages beyond the river', 'asked', role='chief physician of the Krasnoborsk Central District Hospital'),
    s(GOV, 'Yaroslava Demirkol-Asantewe', 'the Deputy Chairman of the Regional Government for Social Policy to work out the issue together with the regional Ministry of Health', 'instructed', role=GOV_R),
    s(GOV, 'the Governor', '"We are not building walls, we are building access to doctors. A polyclinic without specialists is just a building,"', 'stressed', 'direct', role=GOV_R),
    s('Matvei Loginovsky-Appiah', 'Matvei Loginovsky-Appiah', '14 young doctors had come to work in the district this year under the regional programme of one-time payments to medical workers, and that each of them had been provided with housing', 'noted', role=SOC),
    s('Grigory Sevastyanov-Ampomaa', 'The Director of the State Institution "Directorate of Regional Roads of the Zelenogorye Region", Grigory Sevastyanov-Ampomaa', 'the repair would be completed by 1 September, before the start of the school year', 'informed', role='Director of the State Institution "Directorate of Regional Roads of the Zelenogorye Region"'),
    s('Residents', 'Residents', 'the school bus could not use the pontoon crossing and that children had to walk three kilometres to the next stop', 'told'),
    s('Nadezhda Yeremeyeva-Kwarteng', 'The Head of Krasnoborsk Municipal District, Nadezhda Yeremeyeva-Kwarteng', 'the district administration had organised a second bus on the other side of the river from 1 July', 'said', role='Head of Krasnoborsk Municipal District'),
    s(GOV, 'Yaroslava Demirkol-Asantewe', 'the region would allocate an additional 45 million roubles to Krasnoborsk district for the repair of water supply networks next year', 'said', role=GOV_R),
)
