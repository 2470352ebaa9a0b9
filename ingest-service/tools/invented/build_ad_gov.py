"""Set AD's six government texts (see build_ad.py)."""
from invented_common import doc_spans as doc, s

HOST = 'Anatol Ruzicka-Boateng'
GUEST = 'Isadora Kessling-Amoah'
PAIR = HOST + ' and ' + GUEST
R_HOST = 'President of the Republic of Merovska'
R_GUEST = 'President of the Federal Republic of Tavolin'

doc('ad06-gov-merovska-president-tavolin-state-visit', 'Office of the President of the Republic of Merovska', '2031-03-19', '''
Talks between the President of Merovska and the President of Tavolin

19 March 2031, Vorsenna

President of the Republic of Merovska Anatol Ruzicka-Boateng held talks at the Basalt Palace with President of the Federal Republic of Tavolin Isadora Kessling-Amoah, who is in Merovska on a state visit.

The conversation began in a one-on-one format and continued with the participation of the official delegations.

Welcoming the guest, the host recalled that this was the first state visit of a Tavolin head of state to Merovska in eleven years and said that the two countries had "every reason to talk more often and to trade more."

The President of Tavolin thanked the host for the invitation and for the warm reception in Vorsenna.

The guest noted that Tavolin regarded Merovska as a key partner on the eastern shore of the Hallvend Sea and expressed interest in expanding cooperation in port logistics, shipbuilding and the processing of agricultural products.

Anatol Ruzicka-Boateng pointed out that trade between the two countries had grown by 23 percent last year, to 1.6 billion euros, but that Tavolin investment in Merovska remained "far below what our economies can support". He proposed to set up a joint investment fund with an initial capital of 200 million euros.

The Tavolin President supported the idea in principle and said that her government would instruct its development bank to study the proposal before the end of the year.

The heads of state exchanged views on the situation in the Hallvend Sea region.

The host drew attention to the growing number of incidents involving unregistered tankers near the coast of Merovska and emphasised that the environmental risk was "no longer theoretical".

The guest agreed that the issue required joint action and informed her counterpart that Tavolin's coast guard would join the regional monitoring system from the summer.

The two Presidents welcomed the signing of an agreement on the mutual recognition of seafarers' certificates and of a memorandum on cooperation in higher education.

During the talks in the expanded format, Minister of Economy of Merovska Ferenc Oyelaran-Hadzic reported that 40 Tavolin companies were already working in the country and that another twelve had applied for residence in the Nordhavn industrial park.

Minister of Foreign Affairs of Tavolin Pieter Vanstraelen-Asante said that the two foreign ministries would hold political consultations twice a year and that the first round would take place in Tavolin in June.

Following the talks, the heads of state made statements for the press.

"We have agreed on more today than in the previous ten years," the host said. "Now our ministers have to deliver, and I will ask them every month how far they have got."

"Merovska will find in Tavolin a reliable and patient partner," the guest said. "We do not want quick deals. We want a relationship that lasts."

The Presidents agreed to meet again on the margins of the Hallvend Sea summit in October.

Later in the day, Isadora Kessling-Amoah laid a wreath at the Monument to the Defenders of Vorsenna and visited the Maritime Academy, where its rector, Ludvik Sorensen-Gyamfi, told her that 60 Tavolin students were enrolled in the academy's programmes this year.

The state visit will continue on 20 March in the port city of Kessmar.
''',
    s(HOST, 'the host', 'this was the first state visit of a Tavolin head of state to Merovska in eleven years', 'recalled', role=R_HOST),
    s(HOST, 'the host', 'the two countries had "every reason to talk more often and to trade more."', 'said', 'mixed', role=R_HOST),
    s(GUEST, 'The guest', 'Tavolin regarded Merovska as a key partner on the eastern shore of the Hallvend Sea', 'noted', role=R_GUEST),
    s(GUEST, 'The guest', 'interest in expanding cooperation in port logistics, shipbuilding and the processing of agricultural products', 'expressed', role=R_GUEST),
    s(HOST, 'Anatol Ruzicka-Boateng', 'trade between the two countries had grown by 23 percent last year, to 1.6 billion euros, but that Tavolin investment in Merovska remained "far below what our economies can support"', 'pointed out', 'mixed', role=R_HOST),
    s(HOST, 'He', 'to set up a joint investment fund with an initial capital of 200 million euros', 'proposed', role=R_HOST),
    s(GUEST, 'The Tavolin President', 'the idea', 'supported', role=R_GUEST),
    s(GUEST, 'The Tavolin President', 'her government would instruct its development bank to study the proposal before the end of the year', 'said', role=R_GUEST),
    s(HOST, 'The host', 'the growing number of incidents involving unregistered tankers near the coast of Merovska', 'drew attention to', role=R_HOST),
    s(HOST, 'The host', 'the environmental risk was "no longer theoretical"', 'emphasised', 'mixed', role=R_HOST),
    s(GUEST, 'The guest', 'the issue required joint action', 'agreed', role=R_GUEST),
    s(GUEST, 'The guest', "Tavolin's coast guard would join the regional monitoring system from the summer", 'informed', role=R_GUEST),
    s(PAIR, 'The two Presidents', "the signing of an agreement on the mutual recognition of seafarers' certificates and of a memorandum on cooperation in higher education", 'welcomed'),
    s('Ferenc Oyelaran-Hadzic', 'Minister of Economy of Merovska Ferenc Oyelaran-Hadzic', '40 Tavolin companies were already working in the country and that another twelve had applied for residence in the Nordhavn industrial park', 'reported', role='Minister of Economy of Merovska'),
    s('Pieter Vanstraelen-Asante', 'Minister of Foreign Affairs of Tavolin Pieter Vanstraelen-Asante', 'the two foreign ministries would hold political consultations twice a year and that the first round would take place in Tavolin in June', 'said', role='Minister of Foreign Affairs of Tavolin'),
    s(HOST, 'the host', '"We have agreed on more today than in the previous ten years,"', 'said', 'direct', role=R_HOST),
    s(HOST, '', '"Now our ministers have to deliver, and I will ask them every month how far they have got."', '', 'direct', role=R_HOST),
    s(GUEST, 'the guest', '"Merovska will find in Tavolin a reliable and patient partner,"', 'said', 'direct', role=R_GUEST),
    s(GUEST, '', '"We do not want quick deals. We want a relationship that lasts."', '', 'direct', role=R_GUEST),
    s(PAIR, 'The Presidents', 'to meet again on the margins of the Hallvend Sea summit in October', 'agreed'),
    s('Ludvik Sorensen-Gyamfi', 'its rector, Ludvik Sorensen-Gyamfi', "60 Tavolin students were enrolled in the academy's programmes this year", 'told', role='rector'),
)

PM_B = 'Teodora Castellanos-Wiredu'
PM_R = 'Emil Haraldsen-Nkansah'
R_PM_B = 'Prime Minister of the Republic of Belvaris'
R_PM_R = 'Prime Minister of the Kingdom of Rostvall'

doc('ad07-gov-belvaris-prime-minister-telephone-rostvall', 'Government of the Republic of Belvaris', '2031-06-02', '''
Telephone conversation of Prime Minister Teodora Castellanos-Wiredu with Prime Minister of Rostvall Emil Haraldsen-Nkansah

2 June 2031

Prime Minister of the Republic of Belvaris Teodora Castellanos-Wiredu had a telephone conversation with Prime Minister of the Kingdom of Rostvall Emil Haraldsen-Nkansah. The conversation took place at the request of the Rostvall side.

Teodora Castellanos-Wiredu congratulated her counterpart on the formation of the new government of Rostvall and wished him success in his work.

The Prime Ministers discussed the implementation of the agreements reached during the intergovernmental commission in Aldmoor in February.

Emil Haraldsen-Nkansah informed the Prime Minister of Belvaris about the priorities of his government's programme, including the reform of the railway sector and the expansion of the Rostvall-Belvaris power interconnector.

The head of the Belvarian Government noted that the interconnector project was of strategic importance for the energy security of both countries and stressed that Belvaris was ready to finance its share of the second stage "without delay".

Teodora Castellanos-Wiredu expressed concern over the slow pace of work on the Hollvaar bridge crossing, which was due to open in 2030, and asked her counterpart to take the matter under personal control.

The Prime Minister of Rostvall assured her that the new government would review the contracts in the coming weeks. According to him, the delays were caused by a dispute between the main contractor and a subcontractor, which "should not be allowed to hold two countries hostage".

Emil Haraldsen-Nkansah noted that Rostvall intended to increase the capacity of the Sverre border crossing point and said that work on a separate lane for freight vehicles would begin in August. The head of the Belvarian Government said in response that the national railway company of Belvaris would send a delegation to Rostvall in July to discuss the joint maintenance of rolling stock.

The interlocutors also touched upon the situation of Belvarian seasonal workers in Rostvall. Emil Haraldsen-Nkansah said that his government intended to simplify the procedure for issuing work permits and would present a bill to parliament before the end of the year.

The head of the Belvarian Government welcomed this intention.

Teodora Castellanos-Wiredu pointed out that the number of tourists from Rostvall visiting Belvaris had doubled over the past two years and proposed to restore the direct flights between Aldmoor and Pellinge, which were suspended in 2029. Emil Haraldsen-Nkansah replied that the Rostvall civil aviation authority would be instructed to examine the question together with its Belvarian colleagues.

The Rostvall Prime Minister confirmed that his country supported the bid of Belvaris to host the 2033 conference of the Northern Transport Forum.

The sides expressed satisfaction with the growth of mutual trade, which exceeded 900 million euros in 2030, and noted the potential for cooperation in the digital sector.

The Prime Ministers agreed that the next meeting of the intergovernmental commission would be held in Belvaris in the autumn and instructed their ministers of transport to meet before then.

Teodora Castellanos-Wiredu invited her Rostvall counterpart to visit Belvaris at a time convenient to him. The invitation was accepted.

The conversation was held in a constructive and friendly atmosphere.
''',
    s(PM_B, 'The head of the Belvarian Government', 'the interconnector project was of strategic importance for the energy security of both countries', 'noted', role=R_PM_B),
    s(PM_B, 'The head of the Belvarian Government', 'Belvaris was ready to finance its share of the second stage "without delay"', 'stressed', 'mixed', role=R_PM_B),
    s(PM_B, 'Teodora Castellanos-Wiredu', 'concern over the slow pace of work on the Hollvaar bridge crossing, which was due to open in 2030', 'expressed', role=R_PM_B),
    s(PM_B, 'Teodora Castellanos-Wiredu', 'her counterpart to take the matter under personal control', 'asked', role=R_PM_B),
    s(PM_R, 'The Prime Minister of Rostvall', 'the new government would review the contracts in the coming weeks', 'assured', role=R_PM_R),
    s(PM_R, 'him', 'the delays were caused by a dispute between the main contractor and a subcontractor, which "should not be allowed to hold two countries hostage"', 'According to', 'mixed', role=R_PM_R),
    s(PM_R, 'Emil Haraldsen-Nkansah', 'Rostvall intended to increase the capacity of the Sverre border crossing point', 'noted', role=R_PM_R),
    s(PM_R, 'Emil Haraldsen-Nkansah', 'work on a separate lane for freight vehicles would begin in August', 'said', role=R_PM_R),
    s(PM_B, 'The head of the Belvarian Government', 'the national railway company of Belvaris would send a delegation to Rostvall in July to discuss the joint maintenance of rolling stock', 'said', role=R_PM_B),
    s(PM_R, 'Emil Haraldsen-Nkansah', 'his government intended to simplify the procedure for issuing work permits and would present a bill to parliament before the end of the year', 'said', role=R_PM_R),
    s(PM_B, 'The head of the Belvarian Government', 'this intention', 'welcomed', role=R_PM_B),
    s(PM_B, 'Teodora Castellanos-Wiredu', 'the number of tourists from Rostvall visiting Belvaris had doubled over the past two years', 'pointed out', role=R_PM_B),
    s(PM_B, 'Teodora Castellanos-Wiredu', 'to restore the direct flights between Aldmoor and Pellinge, which were suspended in 2029', 'proposed', role=R_PM_B),
    s(PM_R, 'Emil Haraldsen-Nkansah', 'the Rostvall civil aviation authority would be instructed to examine the question together with its Belvarian colleagues', 'replied', role=R_PM_R),
    s(PM_R, 'The Rostvall Prime Minister', 'his country supported the bid of Belvaris to host the 2033 conference of the Northern Transport Forum', 'confirmed', role=R_PM_R),
    s(PM_B + ' and ' + PM_R, 'The sides', 'satisfaction with the growth of mutual trade, which exceeded 900 million euros in 2030', 'expressed'),
    s(PM_B + ' and ' + PM_R, 'The sides', 'the potential for cooperation in the digital sector', 'noted'),
    s(PM_B + ' and ' + PM_R, 'The Prime Ministers', 'the next meeting of the intergovernmental commission would be held in Belvaris in the autumn', 'agreed'),
    s(PM_B + ' and ' + PM_R, 'The Prime Ministers', 'their ministers of transport to meet before then', 'instructed'),
)

SPOX_I = 'Nadia Ferreira-Tumusiime'
R_SPOX_I = 'Government Spokesperson'
FIN_I = 'Goran Kowalewski-Achterberg'

doc('ad08-gov-istrenia-council-of-ministers-budget-briefing', 'Government of the Republic of Istrenia', '2031-10-14', '''
Government Spokesperson briefs the media on the decisions of the Council of Ministers

Kallmar, 14 October 2031

The Council of Ministers held its regular meeting today, chaired by Prime Minister Vesna Hartigan-Obuya.

The Council of Ministers took the following decisions:

- approved the draft State Budget for 2032 and decided to submit it to the National Assembly;
- adopted a decree raising the minimum monthly wage to 780 euros from 1 January 2032;
- approved the National Strategy for the Prevention of Forest Fires for 2032-2036;
- appointed Arvid Lindenau-Sarpong as Ambassador of the Republic of Istrenia to the Republic of Quessary;
- authorised the Minister of Health to sign an agreement on the exchange of medical students with the Ministry of Health of Quessary.

At a briefing following the meeting, Government Spokesperson Nadia Ferreira-Tumusiime said that the draft budget provided for a deficit of 2.8 percent of gross domestic product, down from 3.4 percent this year.

"This is a budget that keeps its promises to pensioners and teachers without borrowing for the sake of borrowing," she said.

According to the spokesperson, spending on healthcare will rise by 9 percent and spending on defence by 4 percent, while the budgets of most ministries will be frozen at this year's level.

Minister of Finance Goran Kowalewski-Achterberg, who presented the draft to the Council, told his colleagues that the revenue forecast was based on economic growth of 2.1 percent, which he called "a deliberately cautious figure", the spokesperson said.

Presenting the forest fire strategy, the spokesperson said that the government would buy four firefighting aircraft by 2034 and hire 300 additional forest rangers. Last summer's fires destroyed more than 12,000 hectares of forest in the south of the country.

She said the increase in the minimum wage would benefit about 210,000 workers and would cost the budget 46 million euros through higher salaries in the public sector.

The Confederation of Istrenian Employers criticised the decision in a statement issued shortly after the meeting, saying the rise was "too large and too fast" for small businesses in the regions.

The following are excerpts from the questions and answers at the briefing.

Question (Kallmar Daily): Will the budget include the pay rise promised to nurses in the spring?

Nadia Ferreira-Tumusiime: Yes. The increase of 6 percent is included from January, and a further 4 percent from July, as agreed with the unions.

Question (Radio Istrenia): The head of the court clerks' union, Borislav Achterhof-Danso, said yesterday that the strike would continue until the government presents a written offer. Is the government ready to do so?

Nadia Ferreira-Tumusiime: The Ministry of Justice has invited the union to talks on Thursday. I will not negotiate here, but I can say that the government hopes for a quick agreement. Court users have waited long enough.

Question (Istrenian News Agency): Are there plans to raise the excise duty on fuel next year?

Nadia Ferreira-Tumusiime: No such decision has been discussed. The Prime Minister has been clear on this point: there will be no new taxes on fuel in 2032.

The next meeting of the Council of Ministers will be held on 21 October.
''',
    s(SPOX_I, 'Government Spokesperson Nadia Ferreira-Tumusiime', 'the draft budget provided for a deficit of 2.8 percent of gross domestic product, down from 3.4 percent this year', 'said', role=R_SPOX_I),
    s(SPOX_I, 'she', '"This is a budget that keeps its promises to pensioners and teachers without borrowing for the sake of borrowing,"', 'said', 'direct', role=R_SPOX_I),
    s(SPOX_I, 'the spokesperson', "spending on healthcare will rise by 9 percent and spending on defence by 4 percent, while the budgets of most ministries will be frozen at this year's level", 'According to', role=R_SPOX_I),
    s(SPOX_I, 'the spokesperson', 'Minister of Finance Goran Kowalewski-Achterberg, who presented the draft to the Council, told his colleagues that the revenue forecast was based on economic growth of 2.1 percent, which he called "a deliberately cautious figure"', 'said', 'mixed', role=R_SPOX_I),
    s(FIN_I, 'Minister of Finance Goran Kowalewski-Achterberg', 'the revenue forecast was based on economic growth of 2.1 percent, which he called "a deliberately cautious figure"', 'told', 'mixed', role='Minister of Finance', nested=True, via=SPOX_I),
    s(FIN_I, 'he', '"a deliberately cautious figure"', 'called', 'direct', role='Minister of Finance', nested=True, via=SPOX_I),
    s(SPOX_I, 'the spokesperson', 'the government would buy four firefighting aircraft by 2034 and hire 300 additional forest rangers', 'said', role=R_SPOX_I),
    s(SPOX_I, 'She', 'the increase in the minimum wage would benefit about 210,000 workers and would cost the budget 46 million euros through higher salaries in the public sector', 'said', role=R_SPOX_I),
    s('Confederation of Istrenian Employers', 'The Confederation of Istrenian Employers', 'the decision', 'criticised'),
    s('Confederation of Istrenian Employers', 'The Confederation of Istrenian Employers', 'the rise was "too large and too fast" for small businesses in the regions', 'saying', 'mixed'),
    s(SPOX_I, 'Nadia Ferreira-Tumusiime', 'Yes. The increase of 6 percent is included from January, and a further 4 percent from July, as agreed with the unions.', '', role=R_SPOX_I, anchor='Question (Kallmar Daily)'),
    s('Borislav Achterhof-Danso', "The head of the court clerks' union, Borislav Achterhof-Danso", 'the strike would continue until the government presents a written offer', 'said', role="head of the court clerks' union"),
    s(SPOX_I, 'Nadia Ferreira-Tumusiime', 'The Ministry of Justice has invited the union to talks on Thursday.|Court users have waited long enough.', '', role=R_SPOX_I),
    s(SPOX_I, 'Nadia Ferreira-Tumusiime', 'No such decision has been discussed.|no new taxes on fuel in 2032.', '', role=R_SPOX_I),
)

MIN_K = 'Ivo Brennan-Kyeremateng'
R_MIN_K = 'Minister of Emergency Situations of the Republic of Korsland'
MES = 'Ministry of Emergency Situations of the Republic of Korsland'

doc('ad09-gov-korsland-emergencies-ministry-vardask-flood', MES, '2031-04-24', '''
Minister holds meeting of the operational headquarters on the flood situation in the Vardask basin

24 April 2031 11:40

Minister of Emergency Situations of the Republic of Korsland Ivo Brennan-Kyeremateng held a meeting of the operational headquarters on the flood situation in the basin of the Vardask river. The heads of the Ministry's regional departments, the Hydrometeorological Service and the National Guard took part by video link.

Director of the Hydrometeorological Service Helga Marrow-Osei reported that the water level at the Talsby gauging station had reached 6.4 metres, 70 centimetres above the danger mark, and that the crest of the flood wave was expected to pass Lindvik on Saturday night.

According to her, up to 40 millimetres of rain is forecast in the upper reaches of the river over the next two days, which may slow the fall of the water.

Head of the Northern Regional Department Colonel Rudolf Szabo-Appiah said that 1,240 residential houses in 19 settlements were flooded and that 3,870 people, including 912 children, had been evacuated. He added that 640 rescuers and 180 units of equipment were working in the affected area.

As of 08:00, the water level in the Vardask at Lindvik was 5.1 metres and rising by 12 centimetres an hour.

The head of the Lindvik district administration, Piet Aaltonen-Bekoe, told the minister that the district had enough sandbags but was short of boats. The minister promised to send six more boats from the central reserve by the evening.

The minister noted:

- the situation in the Vardask basin remains difficult but under control;
- the evacuation of residents from the low-lying parts of Lindvik must be completed by 18:00 on Friday;
- temporary accommodation centres have been opened in 14 schools, where 1,100 people are currently staying;
- compensation for damaged property will be paid:
  - 1,500 euros per person for the loss of basic necessities;
  - up to 20,000 euros per household for housing that cannot be restored;
- no one should be left without drinking water, and tanker deliveries to the cut-off villages must continue around the clock.

Ivo Brennan-Kyeremateng instructed the heads of the regional departments to check every dam and embankment on the tributaries of the Vardask by Sunday and to report on their condition to the headquarters.

He also warned residents against returning to flooded houses before the water has gone down. "Every spring someone goes back for a television and does not come out again. Please do not do it," the minister said.

Commander of the National Guard Brigade General Oskar Lindbeck-Agyeman reported that two pontoon bridges had been set up near Hasselvik to restore access to the villages on the left bank.

Deputy Minister of Health Sabine Okoro-Wendt, who joined the meeting, said that the hospitals of the region had enough medicines and that vaccination against hepatitis A would be offered to everyone in the temporary accommodation centres.

The Ministry of Emergency Situations reminds citizens that in an emergency they should call 112. Information on the situation is updated every three hours on the Ministry's website.
''',
    s('Helga Marrow-Osei', 'Director of the Hydrometeorological Service Helga Marrow-Osei', 'the water level at the Talsby gauging station had reached 6.4 metres|pass Lindvik on Saturday night', 'reported', role='Director of the Hydrometeorological Service'),
    s('Helga Marrow-Osei', 'her', 'up to 40 millimetres of rain is forecast in the upper reaches of the river over the next two days, which may slow the fall of the water', 'According to', role='Director of the Hydrometeorological Service'),
    s('Rudolf Szabo-Appiah', 'Head of the Northern Regional Department Colonel Rudolf Szabo-Appiah', '1,240 residential houses in 19 settlements were flooded and that 3,870 people, including 912 children, had been evacuated', 'said', role='Head of the Northern Regional Department'),
    s('Rudolf Szabo-Appiah', 'He', '640 rescuers and 180 units of equipment were working in the affected area', 'added', role='Head of the Northern Regional Department'),
    s('Piet Aaltonen-Bekoe', 'The head of the Lindvik district administration, Piet Aaltonen-Bekoe', 'the district had enough sandbags but was short of boats', 'told', role='head of the Lindvik district administration'),
    s(MIN_K, 'The minister', 'to send six more boats from the central reserve by the evening', 'promised', role=R_MIN_K),
    s(MIN_K, 'The minister', 'the situation in the Vardask basin remains difficult but under control;', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', 'the evacuation of residents from the low-lying parts of Lindvik must be completed by 18:00 on Friday;', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', 'temporary accommodation centres have been opened in 14 schools, where 1,100 people are currently staying;', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', 'compensation for damaged property will be paid:', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', '1,500 euros per person for the loss of basic necessities;', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', 'up to 20,000 euros per household for housing that cannot be restored;', 'noted', role=R_MIN_K),
    s(MIN_K, 'The minister', 'no one should be left without drinking water, and tanker deliveries to the cut-off villages must continue around the clock.', 'noted', role=R_MIN_K),
    s(MIN_K, 'Ivo Brennan-Kyeremateng', 'the heads of the regional departments to check every dam and embankment on the tributaries of the Vardask by Sunday and to report on their condition to the headquarters', 'instructed', role=R_MIN_K),
    s(MIN_K, 'He', 'residents against returning to flooded houses before the water has gone down', 'warned', role=R_MIN_K),
    s(MIN_K, 'the minister', '"Every spring someone goes back for a television and does not come out again. Please do not do it,"', 'said', 'direct', role=R_MIN_K),
    s('Oskar Lindbeck-Agyeman', 'Commander of the National Guard Brigade General Oskar Lindbeck-Agyeman', 'two pontoon bridges had been set up near Hasselvik to restore access to the villages on the left bank', 'reported', role='Commander of the National Guard Brigade'),
    s('Sabine Okoro-Wendt', 'Deputy Minister of Health Sabine Okoro-Wendt, who joined the meeting', 'the hospitals of the region had enough medicines and that vaccination against hepatitis A would be offered to everyone in the temporary accommodation centres', 'said', role='Deputy Minister of Health'),
    s(MES, 'The Ministry of Emergency Situations', 'in an emergency they should call 112', 'reminds'),
)

GOV_T = 'Marek Hollenbeck-Asamoah'
R_GOV_T = 'Governor of the Tesmaly Region'
HEAD_O = 'Galina Verhoeven-Mensah'
R_HEAD_O = 'head of the Orvashka district'

doc('ad10-gov-tesmaly-governor-working-trip-orvashka', 'Administration of the Governor of the Tesmaly Region', '2031-09-11', '''
Marek Hollenbeck-Asamoah made a working trip to the Orvashka district

On 11 September, Governor of the Tesmaly Region Marek Hollenbeck-Asamoah made a working trip to the Orvashka district, where he inspected the construction of the new district hospital, visited a dairy plant and met residents of the village of Belsk.

At the hospital construction site, the head of the Orvashka district, Galina Verhoeven-Mensah, reported to the Governor that the frame of the main building had been completed and that the contractor intended to close the roof before the first frosts. The hospital, with 120 beds, a maternity ward and a diagnostic centre, is to open in the autumn of 2032.

The director of the construction company, Stanislav Kowara-Pettersen, admitted that the work was running behind schedule. "We lost two weeks to the rains in July, but we will make them up in October," he said.

The Governor noted that the hospital was one of the region's main construction projects this year and stressed that "no excuses will be accepted" if the opening date slips. He instructed the regional Ministry of Construction to report to him on progress every week.

At the Belsk dairy plant, its director, Ilona Farkas-Boakye, told the Governor that the plant processes 85 tonnes of milk a day and plans to double its capacity by 2033 with the help of a preferential regional loan. According to her, the main problem is a shortage of qualified technicians: "Young people leave for the city after school, and we cannot bring them back with the salaries we pay."

Marek Hollenbeck-Asamoah proposed to open a branch of the Tesmaly Agricultural College in Orvashka so that young people could study dairy technology without leaving the district. Deputy Chairman of the Regional Government Oleg Brandstetter-Quaye, who accompanied the Governor, said that the college was ready to admit the first group in September 2032 and that the region would pay for the refurbishment of a building in the district centre.

In Belsk, the Governor met residents in the village house of culture. Residents raised the issue of the poor condition of the road between Belsk and Orvashka, which has not been repaired since 2014.

Pensioner Vera Dalgaard-Nyarko said that the bus to the district centre runs only twice a week. "To see a doctor I lose a whole day, and in winter two," she said.

Farmer Aleksander Mwinyi-Korhonen complained that the village had been without a veterinarian for three years and that farmers had to bring a specialist from the neighbouring district at their own expense.

The Governor promised that the road would be repaired in 2032 and that an additional bus route between Belsk and Orvashka would be launched from November.

"I have heard the same complaints in many villages. The road will be done, I have the money for it in next year's budget, and I will come back to drive on it myself," Marek Hollenbeck-Asamoah told the residents.

The head of the district was instructed to find housing for a veterinarian and to present proposals on incentives for specialists by 1 November.

At the end of the trip, Galina Verhoeven-Mensah thanked the Governor for his attention to the district.
''',
    s(HEAD_O, 'the head of the Orvashka district, Galina Verhoeven-Mensah', 'the frame of the main building had been completed and that the contractor intended to close the roof before the first frosts', 'reported', role=R_HEAD_O),
    s('Stanislav Kowara-Pettersen', 'The director of the construction company, Stanislav Kowara-Pettersen', 'the work was running behind schedule', 'admitted', role='director of the construction company'),
    s('Stanislav Kowara-Pettersen', 'he', '"We lost two weeks to the rains in July, but we will make them up in October,"', 'said', 'direct', role='director of the construction company'),
    s(GOV_T, 'The Governor', "the hospital was one of the region's main construction projects this year", 'noted', role=R_GOV_T),
    s(GOV_T, 'The Governor', '"no excuses will be accepted" if the opening date slips', 'stressed', 'mixed', role=R_GOV_T),
    s(GOV_T, 'He', 'the regional Ministry of Construction to report to him on progress every week', 'instructed', role=R_GOV_T),
    s('Ilona Farkas-Boakye', 'its director, Ilona Farkas-Boakye', 'the plant processes 85 tonnes of milk a day and plans to double its capacity by 2033 with the help of a preferential regional loan', 'told', role='director'),
    s('Ilona Farkas-Boakye', 'her', 'the main problem is a shortage of qualified technicians: "Young people leave for the city after school, and we cannot bring them back with the salaries we pay."', 'According to', 'mixed', role='director'),
    s(GOV_T, 'Marek Hollenbeck-Asamoah', 'to open a branch of the Tesmaly Agricultural College in Orvashka so that young people could study dairy technology without leaving the district', 'proposed', role=R_GOV_T),
    s('Oleg Brandstetter-Quaye', 'Deputy Chairman of the Regional Government Oleg Brandstetter-Quaye, who accompanied the Governor', 'the college was ready to admit the first group in September 2032 and that the region would pay for the refurbishment of a building in the district centre', 'said', role='Deputy Chairman of the Regional Government'),
    s('Residents', 'Residents', 'the poor condition of the road between Belsk and Orvashka, which has not been repaired since 2014', 'raised the issue of'),
    s('Vera Dalgaard-Nyarko', 'Pensioner Vera Dalgaard-Nyarko', 'the bus to the district centre runs only twice a week', 'said', role='Pensioner'),
    s('Vera Dalgaard-Nyarko', 'she', '"To see a doctor I lose a whole day, and in winter two,"', 'said', 'direct', role='Pensioner'),
    s('Aleksander Mwinyi-Korhonen', 'Farmer Aleksander Mwinyi-Korhonen', 'the village had been without a veterinarian for three years and that farmers had to bring a specialist from the neighbouring district at their own expense', 'complained', role='Farmer'),
    s(GOV_T, 'The Governor', 'the road would be repaired in 2032 and that an additional bus route between Belsk and Orvashka would be launched from November', 'promised', role=R_GOV_T),
    s(GOV_T, 'Marek Hollenbeck-Asamoah', '"I have heard the same complaints in many villages.|I will come back to drive on it myself,"', 'told', 'direct', role=R_GOV_T),
)

EMB = 'Embassy of the Republic of Veldora in the Commonwealth of Ashwendle'
PRESS_V = 'Ruta Okonkwo-Falkenrath'
AUTHOR = 'Fenella Drummond-Achebe'

doc('ad11-gov-veldora-embassy-statement-ashwendle-courier', EMB, '2031-05-06', '''
Embassy of the Republic of Veldora in the Commonwealth of Ashwendle

Statement of the Embassy in connection with the publication in The Ashwendle Courier

On 3 May 2031, The Ashwendle Courier published an article by its correspondent Fenella Drummond-Achebe under the headline "Veldora's grain ships and the missing millions". The article claims that Veldoran state trading companies have for two years sold grain to third countries through intermediary firms registered in Ashwendle in order to avoid paying export duties, and that officials of the Veldoran Ministry of Agriculture were aware of the scheme.

The Embassy categorically rejects these allegations.

All grain exports of the Republic of Veldora are registered by the State Customs Service and are reflected in the official statistics, which are published every month and are open to any journalist. The duties in question were abolished in 2029 by a law of the National Assembly, which the article does not mention.

The Embassy recalls that in 2030 Veldora supplied 1.2 million tonnes of wheat to the mills of Ashwendle, almost a fifth of the country's imports, and that the Ashwendle authorities have not received a single complaint about the origin or the pricing of this grain.

The author refers to "sources in the shipping industry" but does not name a single one of them, nor a single vessel, contract or company.

We regret that the newspaper did not contact the Embassy for comment before publication. The Embassy has sent a letter to the editor of The Ashwendle Courier asking for the publication of a correction and of this statement in full.

The Embassy notes that this is the third article of this kind in the Ashwendle press in the past year and considers that such publications are damaging the dialogue between our two countries at a time when trade between them is growing.

Answers of the Press Secretary of the Embassy Ruta Okonkwo-Falkenrath to questions from the Ashwendle News Service

Question: The Ashwendle Foreign Office said on Tuesday that it was "studying the information" published by the Courier. How does the Embassy assess this reaction?

Answer: We have taken note of this statement. We are confident that a careful study of the facts will show that the allegations are groundless, and the Embassy is ready to provide the Foreign Office with any documents it may need.

Question: The newspaper's editor, Colm Threlkeld-Ansah, told our agency that the Courier stands by its reporting and will not publish a correction. Will the Embassy take legal action?

Answer: We are not going to conduct a dispute with a newspaper through the courts. We would rather the newspaper spoke to those who know how the grain trade works. Our door remains open to Ms Drummond-Achebe and to any of her colleagues.

Question: Will this affect the visit of the Veldoran Minister of Agriculture to Ashwendle planned for June?

Answer: The dates of the visit have not changed. Preparations are continuing as planned, and we expect the Minister to meet his Ashwendle counterpart and the heads of the largest milling companies.
''',
    s(AUTHOR, 'The article', 'Veldoran state trading companies have for two years sold grain to third countries|were aware of the scheme', 'claims'),
    s(EMB, 'The Embassy', 'these allegations', 'rejects'),
    s(EMB, 'We', 'the newspaper did not contact the Embassy for comment before publication', 'regret'),
    s(EMB, 'The Embassy', "in 2030 Veldora supplied 1.2 million tonnes of wheat to the mills of Ashwendle|the origin or the pricing of this grain", 'recalls'),
    s(EMB, 'The Embassy', 'the publication of a correction and of this statement in full', 'asking for'),
    s(EMB, 'The Embassy', 'this is the third article of this kind in the Ashwendle press in the past year', 'notes'),
    s(EMB, 'The Embassy', 'such publications are damaging the dialogue between our two countries at a time when trade between them is growing', 'considers'),
    s('Ashwendle Foreign Office', 'The Ashwendle Foreign Office', 'it was "studying the information" published by the Courier', 'said', 'mixed'),
    s(PRESS_V, '', 'We have taken note of this statement.|any documents it may need.', '', role='Press Secretary of the Embassy'),
    s('Colm Threlkeld-Ansah', "The newspaper's editor, Colm Threlkeld-Ansah", 'the Courier stands by its reporting and will not publish a correction', 'told', role='editor'),
    s(PRESS_V, '', 'We are not going to conduct a dispute with a newspaper through the courts.|to any of her colleagues.', '', role='Press Secretary of the Embassy'),
    s(PRESS_V, '', 'The dates of the visit have not changed.|the heads of the largest milling companies.', '', role='Press Secretary of the Embassy'),
)
