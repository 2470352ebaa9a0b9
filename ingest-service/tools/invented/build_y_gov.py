"""Set Y's six government texts (see build_y.py)."""
from invented_common import doc_spans as doc, s

AG_K = 'Miroslava Ternquist-Oyewole'
AG_V = 'Leopold Sandvold-Agbodeka'
AG_PAIR = AG_K + ' and ' + AG_V
R_AG_K = 'Minister of Agriculture and Food of the Republic of Kaltessa'
R_AG_V = 'Minister of Rural Affairs of the Principality of Varnhold'

doc('y06-kaltessa-agriculture-ministry-varnhold-minister-talks', 'Ministry of Agriculture and Food of the Republic of Kaltessa', '2029-04-09', '''
Miroslava Ternquist-Oyewole holds talks with Minister of Rural Affairs of Varnhold

On 9 April, Minister of Agriculture and Food of the Republic of Kaltessa Miroslava Ternquist-Oyewole held talks with Minister of Rural Affairs of the Principality of Varnhold Leopold Sandvold-Agbodeka, who is in Dravholm on an official visit.

Miroslava Ternquist-Oyewole welcomed the guest and noted that trade in agricultural products between the two countries had grown by 27 percent in 2028 and exceeded 410 million euros for the first time.

The sides discussed the supply of seed potatoes, veterinary certification of dairy products and cooperation in agricultural education. They noted the successful exchange programme between the agricultural universities of Dravholm and Vestmark, under which 48 students studied in the partner country last year.

Miroslava Ternquist-Oyewole informed the guest that the Government of Kaltessa had allocated 60 million euros for the modernisation of irrigation systems in the southern provinces and invited Varnhold companies to take part in the tenders.

The Kaltessan side drew attention to the long waiting times for veterinary inspections of Kaltessan cheese at the border crossing in Helmsvik, pointing out that trucks are sometimes held for up to four days.

The guest said that Varnhold's veterinary service would open a second inspection post at Helmsvik in June and that electronic certificates would be accepted from the autumn.

According to Leopold Sandvold-Agbodeka, Varnhold farmers are interested in Kaltessan breeding cattle, and the first consignment of 600 heifers could be delivered this year.

The guest expressed interest in the Kaltessan experience of keeping a digital register of farmland and asked for a group of Varnhold experts to be received at the Land Agency in Dravholm.

Miroslava Ternquist-Oyewole outlined the priorities of Kaltessa's chairmanship of the Vellsund Basin Agricultural Council in 2030:
– a common register of plant diseases and pests;
– harmonised rules for the labelling of organic products;
– support for cooperatives of young farmers.

Leopold Sandvold-Agbodeka said that Varnhold supported these priorities and would second an expert to the Council's secretariat.

The Varnhold side proposed to hold a joint conference of seed producers in Varnhold in the autumn. The Minister supported the proposal and said the Kaltessan Seed Union would take part.

The interlocutors also exchanged views on the reform of the common agricultural market of the Vellsund Basin and expressed their support for a gradual reduction of export subsidies.

The Ministers agreed to set up a working group on veterinary and phytosanitary issues, which will hold its first meeting in Helmsvik before the end of May.

Miroslava Ternquist-Oyewole thanked her counterpart for the constructive dialogue and invited him to the national agricultural exhibition in Dravholm in October. Leopold Sandvold-Agbodeka accepted the invitation.

The meeting was attended by the Deputy Minister of Agriculture and Food, Stanislav Okunade-Brix, and the Ambassador of the Principality of Varnhold to the Republic of Kaltessa, Margit Falkvinge-Asiedu.

Tags: Varnhold, veterinary certification, seed potatoes
''',
    s(AG_K, 'Miroslava Ternquist-Oyewole', 'trade in agricultural products between the two countries had grown by 27 percent in 2028 and exceeded 410 million euros for the first time', 'noted', role=R_AG_K),
    s(AG_K, 'The Kaltessan side', 'the long waiting times for veterinary inspections of Kaltessan cheese at the border crossing in Helmsvik, pointing out that trucks are sometimes held for up to four days', 'drew attention to', role=R_AG_K),
    s(AG_V, 'The guest', "Varnhold's veterinary service would open a second inspection post at Helmsvik in June and that electronic certificates would be accepted from the autumn", 'said', role=R_AG_V),
    s(AG_V, 'Leopold Sandvold-Agbodeka', 'Varnhold farmers are interested in Kaltessan breeding cattle, and the first consignment of 600 heifers could be delivered this year', 'According to', role=R_AG_V),
    s(AG_PAIR, 'They', "the successful exchange programme between the agricultural universities of Dravholm and Vestmark, under which 48 students studied in the partner country last year", 'noted'),
    s(AG_K, 'Miroslava Ternquist-Oyewole', 'the Government of Kaltessa had allocated 60 million euros for the modernisation of irrigation systems in the southern provinces', 'informed', role=R_AG_K),
    s(AG_V, 'The guest', 'interest in the Kaltessan experience of keeping a digital register of farmland', 'expressed', role=R_AG_V),
    s(AG_V, 'The guest', 'for a group of Varnhold experts to be received at the Land Agency in Dravholm', 'asked', role=R_AG_V),
    s(AG_K, 'Miroslava Ternquist-Oyewole', 'a common register of plant diseases and pests;', 'outlined', role=R_AG_K),
    s(AG_K, 'Miroslava Ternquist-Oyewole', 'harmonised rules for the labelling of organic products;', 'outlined', role=R_AG_K),
    s(AG_K, 'Miroslava Ternquist-Oyewole', 'support for cooperatives of young farmers.', 'outlined', role=R_AG_K),
    s(AG_V, 'Leopold Sandvold-Agbodeka', "Varnhold supported these priorities and would second an expert to the Council's secretariat", 'said', role=R_AG_V),
    s(AG_V, 'The Varnhold side', 'to hold a joint conference of seed producers in Varnhold in the autumn', 'proposed', role=R_AG_V),
    s(AG_K, 'The Minister', 'the proposal', 'supported', role=R_AG_K),
    s(AG_K, 'The Minister', 'the Kaltessan Seed Union would take part', 'said', role=R_AG_K),
    s(AG_PAIR, 'The interlocutors', 'their support for a gradual reduction of export subsidies', 'expressed'),
    s(AG_PAIR, 'The Ministers', 'to set up a working group on veterinary and phytosanitary issues, which will hold its first meeting in Helmsvik before the end of May', 'agreed'),
)

DPM_S = 'Oksana Velichko-Amartey'
DPM_V = 'Torbjorn Askevold-Nnadi'
DPM_PAIR = DPM_S + ' and ' + DPM_V
STATES = 'Solmeria and Vestrand'
R_DPM_S = 'Deputy Prime Minister of the Republic of Solmeria'
R_DPM_V = 'Deputy Prime Minister of the Kingdom of Vestrand'

doc('y07-solmeria-vestrand-joint-communique-economic-commission', 'Government of the Republic of Solmeria', '2029-09-27', '''
Joint Communiqué of the Eleventh Session of the Solmerian-Vestrand Intergovernmental Commission on Economic, Scientific and Technical Cooperation

Ostrelund, 27 September 2029

1. The eleventh session of the Solmerian-Vestrand Intergovernmental Commission on Economic, Scientific and Technical Cooperation (hereinafter "the Commission") was held in Ostrelund on 26-27 September 2029. The Solmerian delegation was headed by the Deputy Prime Minister of the Republic of Solmeria, Oksana Velichko-Amartey, and the Vestrand delegation by the Deputy Prime Minister of the Kingdom of Vestrand, Torbjorn Askevold-Nnadi.

2. The Co-Chairs noted with satisfaction that bilateral trade had reached 2.7 billion euros in 2028, an increase of 14 percent, and set the goal of bringing it to 4 billion euros by 2032.

3. The two Governments reaffirmed their commitment to the agreement on the avoidance of double taxation and agreed to complete the internal procedures for the entry into force of its amending protocol before the end of the year.

4. The Solmerian side informed about the preparation of the privatisation programme for the port of Kessvik. The Vestrand side expressed the interest of Vestrand companies in participating in the tender for the container terminal.

5. The Vestrand side proposed to establish a joint venture for the production of wind turbine blades in the Solmerian free economic zone of Norrmark-Ost. The Solmerian side welcomed the proposal and stated that land and tax incentives would be provided to the project on the terms of the zone's regulations.

6. The Co-Chairs expressed concern over the delays in the modernisation of the Trellby-Ostrelund railway line and called on the relevant agencies to present a revised schedule by 1 March 2030.

7. Both sides underlined the importance of direct air links and welcomed the decision of the carrier Nordavia to open a daily flight between Ostrelund and Vestholm from April 2030.

8. In the field of education, the Parties noted the growing number of Solmerian students in Vestrand universities, which has exceeded 1,900, and agreed to double the number of government scholarships from the 2030/2031 academic year.

9. The Solmerian side raised the issue of the recognition of professional qualifications of nurses, noting that more than 400 Solmerian nurses were waiting for their diplomas to be recognised in Vestrand. The Vestrand side stated that a simplified procedure would be introduced by the Ministry of Health of the Kingdom of Vestrand in the first half of 2030.

10. The Commission instructed its Working Group on Energy to prepare a feasibility study of an electricity interconnector between the two countries.

11. The Co-Chairs signed the Protocol of the eleventh session of the Commission.

12. The twelfth session of the Commission will be held in Vestholm in 2030. The dates will be agreed through diplomatic channels.

For the Government of the Republic of Solmeria
Oksana Velichko-Amartey

For the Government of the Kingdom of Vestrand
Torbjorn Askevold-Nnadi
''',
    s(DPM_PAIR, 'The Co-Chairs', 'bilateral trade had reached 2.7 billion euros in 2028, an increase of 14 percent', 'noted with satisfaction'),
    s(STATES, 'The two Governments', 'their commitment to the agreement on the avoidance of double taxation', 'reaffirmed'),
    s(STATES, 'The two Governments', 'to complete the internal procedures for the entry into force of its amending protocol before the end of the year', 'agreed'),
    s(DPM_V, 'The Vestrand side', 'the interest of Vestrand companies in participating in the tender for the container terminal', 'expressed', role=R_DPM_V),
    s(DPM_V, 'The Vestrand side', "to establish a joint venture for the production of wind turbine blades in the Solmerian free economic zone of Norrmark-Ost", 'proposed', role=R_DPM_V),
    s(DPM_S, 'The Solmerian side', 'the proposal', 'welcomed', role=R_DPM_S),
    s(DPM_S, 'The Solmerian side', "land and tax incentives would be provided to the project on the terms of the zone's regulations", 'stated', role=R_DPM_S),
    s(DPM_PAIR, 'The Co-Chairs', 'concern over the delays in the modernisation of the Trellby-Ostrelund railway line', 'expressed'),
    s(DPM_PAIR, 'The Co-Chairs', 'the relevant agencies to present a revised schedule by 1 March 2030', 'called on'),
    s(DPM_PAIR, 'Both sides', 'the importance of direct air links', 'underlined'),
    s(DPM_PAIR, 'Both sides', 'the decision of the carrier Nordavia to open a daily flight between Ostrelund and Vestholm from April 2030', 'welcomed'),
    s(DPM_PAIR, 'the Parties', 'the growing number of Solmerian students in Vestrand universities, which has exceeded 1,900', 'noted'),
    s(DPM_PAIR, 'the Parties', 'to double the number of government scholarships from the 2030/2031 academic year', 'agreed'),
    s(DPM_S, 'The Solmerian side', 'the recognition of professional qualifications of nurses, noting that more than 400 Solmerian nurses were waiting for their diplomas to be recognised in Vestrand', 'raised the issue of', role=R_DPM_S),
    s(DPM_V, 'The Vestrand side', 'a simplified procedure would be introduced by the Ministry of Health of the Kingdom of Vestrand in the first half of 2030', 'stated', role=R_DPM_V),
    s('the Solmerian-Vestrand Intergovernmental Commission on Economic, Scientific and Technical Cooperation', 'The Commission', 'its Working Group on Energy to prepare a feasibility study of an electricity interconnector between the two countries', 'instructed'),
)

SPOX = 'Dagny Rosseland-Nwoye'
R_SPOX = 'Spokesperson of the Ministry of Foreign Affairs of Kallistra'
CONS = 'Ignatius Paltridge-Kwabena'
R_CONS = 'Director of the Consular Department'

doc('y08-kallistra-mfa-briefing-transcript-evisa-topics', 'Ministry of Foreign Affairs of Kallistra', '2030-02-12', '''
Briefing by Spokesperson of the Ministry of Foreign Affairs of Kallistra Dagny Rosseland-Nwoye, Veltrograd, 12 February 2030

Dagny Rosseland-Nwoye: Good afternoon. Today our guest is the Director of the Consular Department, Ignatius Paltridge-Kwabena, who will present the new electronic visa system. After that I will go through the current topics and take your questions.

Ignatius Paltridge-Kwabena: Thank you, Dagny. From 1 March, citizens of 64 countries will be able to apply for a Kallistran visa online and receive it within three working days. The fee will remain 40 euros. Paper applications will still be accepted at our consulates until the end of the year.

Question: Will the electronic visa be valid for business trips, or only for tourism?

Ignatius Paltridge-Kwabena: For both. Business visitors will need to upload an invitation from a Kallistran company, and that is the only difference.

Question: The association of tour operators says the system was tested for only two weeks. Are you not afraid of failures in the high season?

Ignatius Paltridge-Kwabena: The test was short, but it was done on real applications, more than 11,000 of them. We will have a reserve team in the department through the summer.

1. On the talks on the Veyle River bridges

The third round of talks between Kallistra and the Republic of Quessania on the reconstruction of the two bridges over the Veyle River took place in Brodny on 10-11 February. The delegations agreed on the technical parameters of the new Brodny bridge and on sharing the cost equally.

We hope that the agreement will be signed in the spring, so that construction can begin this year.

2. On the detention of Kallistran fishermen

On 8 February, the coast guard of Corrandor detained the fishing boat "Pellucida" with six Kallistran citizens on board. The Embassy has been in contact with the crew every day. According to the captain, the boat was in international waters when it was stopped.

We call on the authorities of Corrandor to release the crew without delay.

Question: The Foreign Minister of Quessania said yesterday that the bridge agreement would require ratification by the Quessanian parliament. Could this delay construction?

Answer: Ratification is a normal procedure. Our partners have assured us that it will not take more than two months.

Question: Opposition deputies claim that the Government concealed the detention of the fishermen for two days. Is that true?

Answer: No. The Ministry learned of the detention on the evening of 8 February and informed the families the next morning. I would ask colleagues not to spread such rumours.

Dagny Rosseland-Nwoye: Thank you. The next briefing will take place on 19 February.
''',
    s(SPOX, 'Dagny Rosseland-Nwoye', 'Good afternoon.|take your questions.', '', role=R_SPOX),
    s(CONS, 'Ignatius Paltridge-Kwabena', 'From 1 March, citizens of 64 countries|until the end of the year.', '', role=R_CONS),
    s(CONS, 'Ignatius Paltridge-Kwabena', 'For both. Business visitors will need|that is the only difference.', '', role=R_CONS),
    s('The association of tour operators', 'The association of tour operators', 'the system was tested for only two weeks', 'says'),
    s(CONS, 'Ignatius Paltridge-Kwabena', 'The test was short, but it was done on real applications|through the summer.', '', role=R_CONS),
    s(SPOX, '', 'The third round of talks between Kallistra and the Republic of Quessania|on sharing the cost equally.', '', role=R_SPOX),
    s('The delegations', 'The delegations', 'on the technical parameters of the new Brodny bridge and on sharing the cost equally', 'agreed', nested=True, via=SPOX),
    s(SPOX, '', 'We hope that the agreement will be signed in the spring, so that construction can begin this year.', '', role=R_SPOX),
    s(SPOX, '', 'On 8 February, the coast guard of Corrandor|when it was stopped.', '', role=R_SPOX),
    s('the captain', 'the captain', 'the boat was in international waters when it was stopped', 'According to', nested=True, via=SPOX),
    s(SPOX, '', 'We call on the authorities of Corrandor to release the crew without delay.', '', role=R_SPOX),
    s('The Foreign Minister of Quessania', 'The Foreign Minister of Quessania', 'the bridge agreement would require ratification by the Quessanian parliament', 'said', role='Foreign Minister of Quessania'),
    s(SPOX, '', 'Ratification is a normal procedure.|more than two months.', '', role=R_SPOX),
    s('Our partners', 'Our partners', 'it will not take more than two months', 'have assured', nested=True, via=SPOX),
    s('Opposition deputies', 'Opposition deputies', 'the Government concealed the detention of the fishermen for two days', 'claim'),
    s(SPOX, '', 'No. The Ministry learned of the detention|not to spread such rumours.', '', role=R_SPOX),
)

PRES = 'Casimir Drobnjak-Uzodinma'
WAT = 'Ingeborg Brekkestad-Amoabeng'
R_WAT = 'Director General of the state water company Solmeria Vann'

doc('y09-solmeria-president-meeting-water-company-head', 'President of the Republic of Solmeria', '2029-11-05', '''
Meeting with Director General of Solmeria Vann Ingeborg Brekkestad-Amoabeng

President of the Republic of Solmeria Casimir Drobnjak-Uzodinma held a working meeting with Director General of the state water company Solmeria Vann Ingeborg Brekkestad-Amoabeng. They discussed the replacement of worn-out water mains, drinking water quality in small towns and the company's tariffs.

Casimir Drobnjak-Uzodinma: Mrs Brekkestad-Amoabeng, good afternoon. Let us begin with the pipes. Every week I read about another burst main somewhere in the country.

Ingeborg Brekkestad-Amoabeng: Mr President, the situation is serious. Almost half of our 31,000 kilometres of mains are more than fifty years old, and last year we had 4,600 bursts, a fifth more than the year before.

This year we will replace 520 kilometres, which is twice as much as in 2027. To keep up with the ageing of the network we need to replace at least 900 kilometres a year.

Casimir Drobnjak-Uzodinma: And what stops you from doing that?

Ingeborg Brekkestad-Amoabeng: Money and contractors. There are only six companies in the country that can lay large-diameter pipes, and they are all fully booked until 2031.

Casimir Drobnjak-Uzodinma: The Minister of Construction told me last month that foreign firms were ready to come in. Have you talked to them?

Ingeborg Brekkestad-Amoabeng: We have. Two companies from Vestrand have taken part in our tenders this year, and one of them won a contract in Kessvik. But they say that our tender rules are too complicated.

Casimir Drobnjak-Uzodinma: Then the rules must be changed. Prepare your proposals together with the Ministry of Finance within a month.

Now, the water in small towns. Residents of Velsby have complained to me that the water from their taps is brown.

Ingeborg Brekkestad-Amoabeng: Yes, in Velsby and in eleven other towns the iron content is above the norm. The laboratories have confirmed that the water is safe to drink, but it is unpleasant, and people are right to complain. We are building filtration stations there; the first five will be ready next summer.

Casimir Drobnjak-Uzodinma: Good. And tariffs?

Ingeborg Brekkestad-Amoabeng: We have not raised tariffs for three years. We are not asking for an increase next year either.

Casimir Drobnjak-Uzodinma: That is the right decision. People should not pay for the company's delays out of their own pockets.
''',
    s(PRES, 'Casimir Drobnjak-Uzodinma', 'good afternoon. Let us begin with the pipes.|another burst main somewhere in the country.', '', role='President of the Republic of Solmeria'),
    s(WAT, 'Ingeborg Brekkestad-Amoabeng', 'the situation is serious.|at least 900 kilometres a year.', '', role=R_WAT),
    s(WAT, 'Ingeborg Brekkestad-Amoabeng', 'Money and contractors.|fully booked until 2031.', '', role=R_WAT),
    s(PRES, 'Casimir Drobnjak-Uzodinma', 'The Minister of Construction told me last month that foreign firms were ready to come in.', '', role='President of the Republic of Solmeria'),
    s('The Minister of Construction', 'The Minister of Construction', 'foreign firms were ready to come in', 'told', role='Minister of Construction', nested=True, via=PRES),
    s(WAT, 'Ingeborg Brekkestad-Amoabeng', 'We have. Two companies from Vestrand|our tender rules are too complicated.', '', role=R_WAT),
    s('Two companies from Vestrand', 'they', 'our tender rules are too complicated', 'say', nested=True, via=WAT),
    s(PRES, 'Casimir Drobnjak-Uzodinma', 'Then the rules must be changed.|the water from their taps is brown.', '', role='President of the Republic of Solmeria'),
    s('Residents of Velsby', 'Residents of Velsby', 'the water from their taps is brown', 'have complained', nested=True, via=PRES),
    s(WAT, 'Ingeborg Brekkestad-Amoabeng', 'Yes, in Velsby and in eleven other towns|the first five will be ready next summer.', '', role=R_WAT),
    s('The laboratories', 'The laboratories', 'the water is safe to drink', 'have confirmed', nested=True, via=WAT),
    s(WAT, 'Ingeborg Brekkestad-Amoabeng', 'We have not raised tariffs for three years. We are not asking for an increase next year either.', '', role=R_WAT),
    s(PRES, 'Casimir Drobnjak-Uzodinma', 'That is the right decision.|out of their own pockets.', '', role='President of the Republic of Solmeria'),
)

SOC = 'Annika Vestergaard-Chukwurah'
R_SOC = 'Minister of Social Affairs and Labour of the Principality of Varnhold'

doc('y10-varnhold-social-affairs-ministry-pension-indexation-page', 'Ministry of Social Affairs and Labour of the Principality of Varnhold', '2029-12-03', '''
Principality of Varnhold | Ministry of Social Affairs and Labour
Search...
Home  About the Ministry  News  Services  Legislation  Contact
Accessibility | Varnholdic | English
You are here: Home / News / Press releases

Pensions to rise by 5.4 percent from January

03.12.2029 | Press release | Reading time: 3 min

Old-age and disability pensions in Varnhold will rise by 5.4 percent from 1 January 2030, the Minister of Social Affairs and Labour, Annika Vestergaard-Chukwurah, announced on Tuesday after the Government approved the indexation decree.

"The increase is higher than this year's inflation, which we expect at around 4.1 percent. For the second year running, pensioners will gain real purchasing power," the Minister said at a press conference in Varnstad.

The minimum pension will rise from 780 to 840 kroner a month. According to the Ministry's estimates, the indexation will cost the state budget 312 million kroner next year.

The Minister added that the Government would submit to Parliament in February a draft law linking the minimum pension to the median wage. "We want to end the practice of deciding the minimum pension year by year, depending on the mood of the budget," she said.

State Secretary Jonas Nwaneri-Tidemand explained that pensioners would not need to apply for the increase: it will be paid automatically with the January pension.

The Federation of Varnhold Pensioners welcomed the decision but said that pensioners living alone in rented flats still needed a housing supplement. Its chairwoman, Gudrun Pellinen-Oforiwaa, called the increase "a step, not a solution".

The Varnhold Employers' Council warned that linking pensions to wages would put pressure on contributions at a time when the working-age population is shrinking.

Share: Facebook | X | E-mail | Print

Tags: pensions, indexation, social security

Related news

State Secretary Jonas Nwaneri-Tidemand: digital pension statements available to all insured persons from March
Ministry: applications for winter heating allowance open until 31 January
New regional office of the Pension Fund opens in Helmsvik

© 2029 Ministry of Social Affairs and Labour of the Principality of Varnhold | Privacy | Cookies | Sitemap
''',
    s(SOC, 'the Minister of Social Affairs and Labour, Annika Vestergaard-Chukwurah', 'Old-age and disability pensions in Varnhold will rise by 5.4 percent from 1 January 2030', 'announced', role=R_SOC),
    s(SOC, 'the Minister', '"The increase is higher than this year\'s inflation|will gain real purchasing power,"', 'said', 'direct', role=R_SOC),
    s('the Ministry of Social Affairs and Labour of the Principality of Varnhold', "the Ministry's estimates", 'the indexation will cost the state budget 312 million kroner next year', 'According to'),
    s(SOC, 'The Minister', 'the Government would submit to Parliament in February a draft law linking the minimum pension to the median wage', 'added', role=R_SOC),
    s(SOC, 'she', '"We want to end the practice of deciding the minimum pension year by year, depending on the mood of the budget,"', 'said', 'direct', role=R_SOC),
    s('Jonas Nwaneri-Tidemand', 'State Secretary Jonas Nwaneri-Tidemand', 'pensioners would not need to apply for the increase: it will be paid automatically with the January pension', 'explained', role='State Secretary'),
    s('The Federation of Varnhold Pensioners', 'The Federation of Varnhold Pensioners', 'the decision', 'welcomed'),
    s('The Federation of Varnhold Pensioners', 'The Federation of Varnhold Pensioners', 'pensioners living alone in rented flats still needed a housing supplement', 'said'),
    s('Gudrun Pellinen-Oforiwaa', 'Its chairwoman, Gudrun Pellinen-Oforiwaa', '"a step, not a solution"', 'called', 'direct', role='chairwoman'),
    s("The Varnhold Employers' Council", "The Varnhold Employers' Council", 'linking pensions to wages would put pressure on contributions at a time when the working-age population is shrinking', 'warned'),
    s('Jonas Nwaneri-Tidemand', 'State Secretary Jonas Nwaneri-Tidemand', 'digital pension statements available to all insured persons from March', '', role='State Secretary', region='related'),
    s('Ministry', 'Ministry', 'applications for winter heating allowance open until 31 January', '', region='related'),
)

GOV = 'Vsevolod Kharitonov-Baffour'
R_GOV = 'Governor of the Yermovka Region'
SOCDEP = 'Deputy Chairman of the Regional Government for Social Policy'

doc('y11-yermovka-governor-working-trip-zarechny-district', 'Government of the Yermovka Region', '2029-07-18', '''
Vsevolod Kharitonov-Baffour visits Zarechny district

Governor of the Yermovka Region Vsevolod Kharitonov-Baffour paid a working visit to Zarechny district on 18 July. Together with the Deputy Chairman of the Regional Government for Social Policy, Lyudmila Sazonova-Nketiah, and the Minister of Construction and Housing of the Yermovka Region, Rostislav Pevtsov-Agyeman, he inspected the construction of a new school in the village of Orekhovo and met with residents.

The school for 550 pupils is being built under the regional programme "Modern School". According to the general director of the contractor Yermstroi-Invest, Nikita Tumanov-Quaison, the frame of the building has been completed and the roof will be installed in August.

Rostislav Pevtsov-Agyeman reported that the work was about six weeks behind schedule because of the late delivery of reinforced concrete panels. He assured the Governor that the school would open on 1 September 2030 as planned.

The Governor instructed the minister to check the contractor's schedule every two weeks and to report on it personally.

The head of Zarechny district, Oleg Barsukov-Nkansah, said that 140 of the future pupils now travel 25 kilometres to school in Gorodets every day and that the district was ready to provide two school buses until the new building opens.

The Deputy Chairman of the Regional Government for Social Policy, Lyudmila Sazonova-Nketiah, said that teachers for the new school would be recruited from the spring and that the region would pay each young teacher who moves to Orekhovo a one-off allowance of 500,000 roubles.

The Governor then visited the Zarechny district hospital. Its chief physician, Tamara Golubeva-Antwiwaa, told him that the hospital had received a new X-ray machine in May but still lacked a radiologist. She noted that the hospital's emergency department serves three districts.

The Minister of Health of the Yermovka Region, Aleksandra Vinogradova-Amegashie, who joined the meeting by video link, said that the hospital would be connected to the regional teleradiology centre in September, so that images could be read remotely until a radiologist was hired. According to the minister, two graduates of the regional medical university have already expressed their readiness to work in Zarechny after their residency.

The First Deputy Head of the Administration of Zarechny District for Housing and Utilities, Ruslan Yefremov-Badu, drew attention to the condition of the hospital's boiler house, which was built in 1974. He proposed to replace it with a modular gas boiler before the heating season.

Vsevolod Kharitonov-Baffour supported the proposal and instructed the Minister of Construction and Housing of the Yermovka Region to include the boiler house in the regional programme for 2030.

At the meeting with residents, people asked about the repair of the bridge over the Yerma River, which has been closed to trucks since March. The Governor promised that the design would be completed this year and that repairs would begin in spring 2030.

"Every district deserves the same schools, the same hospitals and the same roads as the regional centre. That is the task we have set ourselves," Vsevolod Kharitonov-Baffour said at the end of the visit.

Photo: press service of the Governor of the Yermovka Region
''',
    s('Nikita Tumanov-Quaison', 'the general director of the contractor Yermstroi-Invest, Nikita Tumanov-Quaison', 'the frame of the building has been completed and the roof will be installed in August', 'According to', role='general director of the contractor Yermstroi-Invest'),
    s('Rostislav Pevtsov-Agyeman', 'Rostislav Pevtsov-Agyeman', 'the work was about six weeks behind schedule because of the late delivery of reinforced concrete panels', 'reported', role='Minister of Construction and Housing of the Yermovka Region'),
    s('Rostislav Pevtsov-Agyeman', 'He', 'the school would open on 1 September 2030 as planned', 'assured', role='Minister of Construction and Housing of the Yermovka Region'),
    s(GOV, 'The Governor', "the minister to check the contractor's schedule every two weeks and to report on it personally", 'instructed', role=R_GOV),
    s('Oleg Barsukov-Nkansah', 'The head of Zarechny district, Oleg Barsukov-Nkansah', '140 of the future pupils now travel 25 kilometres to school in Gorodets every day and that the district was ready to provide two school buses until the new building opens', 'said', role='head of Zarechny district'),
    s('Lyudmila Sazonova-Nketiah', 'The Deputy Chairman of the Regional Government for Social Policy, Lyudmila Sazonova-Nketiah', 'teachers for the new school would be recruited from the spring and that the region would pay each young teacher who moves to Orekhovo a one-off allowance of 500,000 roubles', 'said', role=SOCDEP),
    s('Tamara Golubeva-Antwiwaa', 'Its chief physician, Tamara Golubeva-Antwiwaa', 'the hospital had received a new X-ray machine in May but still lacked a radiologist', 'told', role='chief physician'),
    s('Tamara Golubeva-Antwiwaa', 'She', "the hospital's emergency department serves three districts", 'noted', role='chief physician'),
    s('Aleksandra Vinogradova-Amegashie', 'The Minister of Health of the Yermovka Region, Aleksandra Vinogradova-Amegashie', 'the hospital would be connected to the regional teleradiology centre in September, so that images could be read remotely until a radiologist was hired', 'said', role='Minister of Health of the Yermovka Region'),
    s('Aleksandra Vinogradova-Amegashie', 'the minister', 'two graduates of the regional medical university have already expressed their readiness to work in Zarechny after their residency', 'According to', role='Minister of Health of the Yermovka Region'),
    s('two graduates of the regional medical university', 'two graduates of the regional medical university', 'their readiness to work in Zarechny after their residency', 'have already expressed', nested=True, via='Aleksandra Vinogradova-Amegashie'),
    s('Ruslan Yefremov-Badu', 'The First Deputy Head of the Administration of Zarechny District for Housing and Utilities, Ruslan Yefremov-Badu', "the condition of the hospital's boiler house, which was built in 1974", 'drew attention to', role='First Deputy Head of the Administration of Zarechny District for Housing and Utilities'),
    s('Ruslan Yefremov-Badu', 'He', 'to replace it with a modular gas boiler before the heating season', 'proposed', role='First Deputy Head of the Administration of Zarechny District for Housing and Utilities'),
    s(GOV, 'Vsevolod Kharitonov-Baffour', 'the proposal', 'supported', role=R_GOV),
    s(GOV, 'Vsevolod Kharitonov-Baffour', 'the Minister of Construction and Housing of the Yermovka Region to include the boiler house in the regional programme for 2030', 'instructed', role=R_GOV),
    s(GOV, 'The Governor', 'the design would be completed this year and that repairs would begin in spring 2030', 'promised', role=R_GOV),
    s(GOV, 'Vsevolod Kharitonov-Baffour', '"Every district deserves the same schools|That is the task we have set ourselves,"', 'said', 'direct', role=R_GOV),
)
