"""Set AJ's five wire stories (see build_aj.py)."""
from invented_common import doc_spans as doc, s

OPER = 'Kestrava Coal Company'
DRUM = 'Anselm Drummet'
VOSK = 'Lidija Vosk'
HARB = 'Petr Harbanek'

doc('aj01-wire-velmora-mine-collapse-rescue', 'Associated Press', '2033-02-14', '''
Rescuers reach air pocket as hopes rise for 14 miners trapped in Velmoran pit

OSTRAVEC, Velmora (AP) - Rescue crews drilling through collapsed rock at a coal mine in eastern Velmora made contact on Monday with at least some of the 14 miners trapped underground since a roof fall on Saturday, the mine's operator said, raising hopes among families who have kept a vigil at the pithead for two nights.

A camera lowered through a narrow borehole showed a chamber about 640 meters below the surface that appeared to be dry and ventilated, the Kestrava Coal Company said in a short statement shortly after noon. Tapping on the drill pipe was heard from below a few minutes later, it added.

"We heard them. I want to be careful with the words, but we heard them knock back," Anselm Drummet, the company's director of operations, told reporters at the gate of the Bela Stena colliery. "Now the hard part starts."

Drummet said the chamber lay at the end of a side gallery that had been used as a refuge station and was stocked with water, oxygen canisters and food for about five days. He would not say how many men the crews believed were inside.

The collapse happened at about 3 a.m. on Saturday, near the end of a night shift, when a section of roof gave way along roughly 90 meters of a main haulage road. Nine other miners on the shift escaped on foot, two of them with broken bones, according to the regional hospital in Ostravec.

The head of the state mine rescue service, Lidija Vosk, said her teams planned to widen a second borehole to about 70 centimeters so that a capsule could be lowered to bring the men up one by one. The work would take at least three days if the rock held, she said, and longer if it did not.

"Every meter we drill, we stop and listen to the mountain. It talks to us, and we do what it says," Vosk said.

She said a first attempt to reach the miners through the old gallery had been abandoned on Sunday after a second, smaller fall injured a rescuer.

At the pithead, relatives wrapped in blankets crowded around a board where company staff posted updates in chalk. Marta Kolebova, whose husband and younger brother are both among the trapped men, said the family had not slept since Saturday.

"When they wrote 'contact' on the board, people cried and hugged each other. Then we went back to waiting," she said.

Several relatives complained that the company had been slow to share information in the first 24 hours. One man, who gave only his first name, Tomas, said families had learned of the collapse from a neighbor who worked at the surface, not from the company.

Drummet acknowledged that the first hours had been "chaotic" and apologized to the families.

Energy Minister Petr Harbanek, who flew to Ostravec on Sunday, promised that the state would pay for "every machine and every specialist" the rescue needed. He ordered an inspection of all 11 deep mines still working in the Kestrava basin.

"Once these men are home, there will be questions, and there will be answers," Harbanek told state television.

The miners' union, Solidarnost Rudnika, said it had warned last year about cracks in the haulage road and that the warnings had been ignored. The company said it had carried out all the repairs inspectors had asked for.

Velmora produces about 40 million tonnes of coal a year, most of it from the Kestrava basin. The country's worst mining accident, a methane explosion in 2019, killed 31 men.
''',
    s(OPER, "the mine's operator", 'Rescue crews drilling through collapsed rock at a coal mine in eastern Velmora|since a roof fall on Saturday', 'said'),
    s(OPER, 'the Kestrava Coal Company', 'A camera lowered through a narrow borehole showed|appeared to be dry and ventilated', 'said'),
    s(OPER, 'it', 'Tapping on the drill pipe was heard from below a few minutes later', 'added'),
    s(DRUM, "Anselm Drummet, the company's director of operations", '"We heard them. I want to be careful with the words, but we heard them knock back,"', 'told', 'direct', role='director of operations'),
    s(DRUM, '', '"Now the hard part starts."', '', 'direct', role='director of operations'),
    s(DRUM, 'Drummet', 'the chamber lay at the end of a side gallery|food for about five days', 'said', role='director of operations'),
    s('regional hospital in Ostravec', 'the regional hospital in Ostravec', 'Nine other miners on the shift escaped on foot, two of them with broken bones', 'according to'),
    s(VOSK, 'The head of the state mine rescue service, Lidija Vosk', 'her teams planned to widen a second borehole|bring the men up one by one', 'said', role='head of the state mine rescue service'),
    s(VOSK, 'she', ['The work would take at least three days if the rock held,', 'and longer if it did not'], 'said', role='head of the state mine rescue service'),
    s(VOSK, 'Vosk', '"Every meter we drill, we stop and listen to the mountain. It talks to us, and we do what it says,"', 'said', 'direct', role='head of the state mine rescue service'),
    s(VOSK, 'She', 'a first attempt to reach the miners through the old gallery|injured a rescuer', 'said', role='head of the state mine rescue service'),
    s('Marta Kolebova', 'Marta Kolebova, whose husband and younger brother are both among the trapped men', 'the family had not slept since Saturday', 'said'),
    s('Marta Kolebova', 'she', '"When they wrote \'contact\' on the board, people cried and hugged each other. Then we went back to waiting,"', 'said', 'direct'),
    s('Several relatives', 'Several relatives', 'the company had been slow to share information in the first 24 hours', 'complained'),
    s('Tomas', 'One man, who gave only his first name, Tomas', 'families had learned of the collapse from a neighbor who worked at the surface, not from the company', 'said'),
    s(DRUM, 'Drummet', 'the first hours had been "chaotic"', 'acknowledged', 'mixed', role='director of operations'),
    s(HARB, 'Energy Minister Petr Harbanek, who flew to Ostravec on Sunday', 'the state would pay for "every machine and every specialist" the rescue needed', 'promised', 'mixed', role='Energy Minister'),
    s(HARB, 'Harbanek', '"Once these men are home, there will be questions, and there will be answers,"', 'told', 'direct', role='Energy Minister'),
    s('Solidarnost Rudnika', "The miners' union, Solidarnost Rudnika", 'it had warned last year about cracks in the haulage road and that the warnings had been ignored', 'said'),
    s(OPER, 'The company', 'it had carried out all the repairs inspectors had asked for', 'said'),
)

FIN = 'Finance Ministry'
ODRA = 'Renata Odrasil'
IMF = 'International Monetary Fund'
KAL = 'Joost Kalleberg'

doc('aj02-wire-tarsenia-currency-imf-talks', 'Reuters', '2033-09-22', '''
Tarsenian dinar hits record low as IMF mission arrives for bailout talks

TARSK, Sept 22 (Reuters) - Tarsenia's dinar fell to a record low against the dollar on Thursday as a team from the International Monetary Fund began talks on an emergency loan, with the central bank burning through reserves to slow a slide that has wiped a third off the currency's value since June.

The dinar traded at 412 per dollar in early afternoon, down 4.8 percent on the day, according to central bank data. Dealers said the bank had sold at least $300 million in the morning session alone.

The Finance Ministry said in a statement that the talks, which are expected to last two weeks, would cover a loan of "up to $6 billion" over three years and that the government was "ready to take difficult decisions."

Finance Minister Renata Odrasil, speaking to reporters outside the ministry, said she would not let the country "sleepwalk into default." But she ruled out a rise in the value-added tax, which the fund has pressed for in past programmes.

"We will cut where it hurts the state, not where it hurts the family at the till," Odrasil said.

The IMF's mission chief for Tarsenia, Joost Kalleberg, told Reuters the fund wanted to see "a credible path" for the budget deficit, which reached 8.9 percent of gross domestic product last year.

"Nobody is asking Tarsenia to fix everything in twelve months. We are asking for a plan that the markets can believe in twelve months' time," Kalleberg said in an interview at his hotel.

He said a more flexible exchange rate would be "part of any conversation," but declined to comment on whether the fund would ask the central bank to stop defending the dinar.

Two government officials familiar with the talks said the ministry was preparing cuts to energy subsidies worth about 1.2 percent of GDP, to be phased in from January. One of them said the plan had not yet been approved by Prime Minister Hakon Berisel.

The currency has been under pressure since a drought cut farm exports and a row between the government and the central bank over interest rates unsettled foreign investors. Central bank governor Ivo Markesic raised the main rate by 300 basis points to 24 percent in August.

Foreign currency reserves stood at $11.4 billion at the end of August, according to the central bank's own figures. Economists were divided over whether the bank could keep spending them at this rate.

"At this pace they have maybe two months before the market starts testing them seriously," said Sandrine Apollo, an emerging markets strategist at Halden Securities in London.

Viktor Hasnic, a former deputy governor who now teaches at Tarsk University, argued that the bank should let the dinar find its level. Defending a rate the market does not believe in only makes the fall steeper later, he said.

In Tarsk's central market, traders said prices of imported goods had risen almost every week. "Cooking oil was 90 dinars in the spring. This morning I sold it for 160, and people looked at me like a thief," said Zora Belic, who sells groceries from a stall near the bus station.

The opposition Civic Alliance said any agreement with the fund should be put to a vote in parliament.

(Reporting by Mira Stanek; Editing by Colin Drew)
''',
    s('central bank', 'central bank data', 'The dinar traded at 412 per dollar in early afternoon, down 4.8 percent on the day', 'according to'),
    s('Dealers', 'Dealers', 'the bank had sold at least $300 million in the morning session alone', 'said'),
    s(FIN, 'The Finance Ministry', 'the talks, which are expected to last two weeks, would cover a loan of "up to $6 billion" over three years and that the government was "ready to take difficult decisions."', 'said', 'mixed'),
    s(ODRA, 'Finance Minister Renata Odrasil', 'she would not let the country "sleepwalk into default."', 'said', 'mixed', role='Finance Minister'),
    s(ODRA, 'she', 'a rise in the value-added tax, which the fund has pressed for in past programmes', 'ruled out', role='Finance Minister'),
    s(ODRA, 'Odrasil', '"We will cut where it hurts the state, not where it hurts the family at the till,"', 'said', 'direct', role='Finance Minister'),
    s(KAL, "The IMF's mission chief for Tarsenia, Joost Kalleberg", 'the fund wanted to see "a credible path" for the budget deficit, which reached 8.9 percent of gross domestic product last year', 'told', 'mixed', role='mission chief'),
    s(KAL, 'Kalleberg', '"Nobody is asking Tarsenia to fix everything in twelve months. We are asking for a plan that the markets can believe in twelve months\' time,"', 'said', 'direct', role='mission chief'),
    s(KAL, 'He', 'a more flexible exchange rate would be "part of any conversation,"', 'said', 'mixed', role='mission chief'),
    s('Two government officials familiar with the talks', 'Two government officials familiar with the talks', 'the ministry was preparing cuts to energy subsidies|to be phased in from January', 'said'),
    s('One of them', 'One of them', 'the plan had not yet been approved by Prime Minister Hakon Berisel', 'said'),
    s('central bank', "the central bank's own figures", 'Foreign currency reserves stood at $11.4 billion at the end of August', 'according to'),
    s('Sandrine Apollo', 'Sandrine Apollo, an emerging markets strategist at Halden Securities in London', '"At this pace they have maybe two months before the market starts testing them seriously,"', 'said', 'direct', role='emerging markets strategist'),
    s('Viktor Hasnic', 'Viktor Hasnic, a former deputy governor who now teaches at Tarsk University', 'the bank should let the dinar find its level', 'argued', role='former deputy governor'),
    s('Viktor Hasnic', 'he', 'Defending a rate the market does not believe in only makes the fall steeper later', 'said', role='former deputy governor'),
    s('traders', 'traders', 'prices of imported goods had risen almost every week', 'said'),
    s('Zora Belic', 'Zora Belic, who sells groceries from a stall near the bus station', '"Cooking oil was 90 dinars in the spring. This morning I sold it for 160, and people looked at me like a thief,"', 'said', 'direct'),
    s('Civic Alliance', 'The opposition Civic Alliance', 'any agreement with the fund should be put to a vote in parliament', 'said'),
)

MERI = 'Meridia Health Group'
SAND = 'Clemence Sandroz'
AGCY = 'National Cyber Security Agency'
LUTT = 'Ferran Luttrell'

doc('aj03-wire-lauzonne-hospital-cyberattack', 'Agence France-Presse', '2033-11-03', '''
Ransomware attack cripples Lauzonne hospital chain, surgeries postponed

BRESSAC, Lauzonne, Nov 3, 2033 (AFP) - Hospitals across Lauzonne postponed hundreds of operations and diverted ambulances on Thursday after a ransomware attack shut down the computer systems of the country's largest private healthcare group, officials said.

Meridia Health Group, which runs 23 hospitals and about 60 clinics, said it had detected "unusual activity" on its network shortly before 2:00 am and had taken all its systems offline "as a precaution." Staff at several sites were working with paper records and handwritten prescriptions, the group said.

"Patient care continues. It is slower, it is harder, but it continues," Clemence Sandroz, Meridia's chief executive, said in a video message posted on the group's website.

Sandroz said there was no evidence so far that patient data had been stolen, but that the group could not rule it out. She did not say whether a ransom had been demanded.

The National Cyber Security Agency confirmed that it was dealing with "a serious incident" at Meridia and said its specialists had been on site since the early morning. In a brief statement, the agency attributed the attack to a criminal group known as Gray Lantern, which it said had hit at least four hospitals in neighbouring countries this year.

A senior agency official, who spoke on condition of anonymity because the investigation was under way, told AFP the attackers had probably entered the network weeks ago through a supplier's remote-maintenance account.

"They waited, they mapped everything, and then they switched the lights off at night when there were fewest people to notice," the official said.

Health Minister Ferran Luttrell said public hospitals in the capital had agreed to take emergency patients who would normally go to Meridia's three Bressac sites. Luttrell urged people with non-urgent problems to see their family doctor instead of going to emergency rooms this week.

At Meridia's Saint-Orens hospital in Bressac, a cardiologist said two scheduled heart procedures had been cancelled in the morning because doctors could not get the patients' scan images.

"We have the machines. We just cannot see what we did to the patient last month," said the doctor, who asked that her name not be used.

Outside the hospital, Jeannot Pellard, 71, said he had come for a routine blood test and was sent home after waiting three hours. "They were very polite. They said come back on Monday, maybe Tuesday," he said.

The doctors' union SMPL said the attack showed that private operators had spent too little on security. Its president, Odile Varenne, called for minimum cyber standards to be written into the licences of all hospitals.

Meridia rejected the criticism, saying it had doubled its security budget since 2031 and that no organisation could be "fully protected against a determined criminal group."

Cybersecurity researchers say hospitals have become favoured targets because they cannot afford long outages and are more likely to pay. Anouk Sterling, an analyst at the Geneva-based firm Halcyon Risk, estimated that attacks on healthcare providers in Europe had risen by about 40 percent in two years.

"Attackers have learned that a hospital is the one customer who cannot say, 'Call me next week,'" Sterling said.

Prosecutors in Bressac opened an investigation for extortion by an organised gang, the prosecutor's office said.
''',
    s('officials', 'officials', 'Hospitals across Lauzonne postponed hundreds of operations|healthcare group', 'said'),
    s(MERI, 'Meridia Health Group, which runs 23 hospitals and about 60 clinics', 'it had detected "unusual activity" on its network shortly before 2:00 am and had taken all its systems offline "as a precaution."', 'said', 'mixed'),
    s(MERI, 'the group', 'Staff at several sites were working with paper records and handwritten prescriptions', 'said'),
    s(SAND, "Clemence Sandroz, Meridia's chief executive", '"Patient care continues. It is slower, it is harder, but it continues,"', 'said', 'direct', role='chief executive'),
    s(SAND, 'Sandroz', 'there was no evidence so far that patient data had been stolen, but that the group could not rule it out', 'said', role='chief executive'),
    s(AGCY, 'The National Cyber Security Agency', 'it was dealing with "a serious incident" at Meridia', 'confirmed', 'mixed'),
    s(AGCY, 'The National Cyber Security Agency', 'its specialists had been on site since the early morning', 'said', anchor='it was dealing with'),
    s(AGCY, 'the agency', 'the attack to a criminal group known as Gray Lantern', 'attributed'),
    s(AGCY, 'it', 'had hit at least four hospitals in neighbouring countries this year', 'said'),
    s('A senior agency official', 'A senior agency official, who spoke on condition of anonymity because the investigation was under way', "the attackers had probably entered the network weeks ago through a supplier's remote-maintenance account", 'told'),
    s('A senior agency official', 'the official', '"They waited, they mapped everything, and then they switched the lights off at night when there were fewest people to notice,"', 'said', 'direct'),
    s(LUTT, 'Health Minister Ferran Luttrell', "public hospitals in the capital had agreed to take emergency patients who would normally go to Meridia's three Bressac sites", 'said', role='Health Minister'),
    s(LUTT, 'Luttrell', 'people with non-urgent problems to see their family doctor instead of going to emergency rooms this week', 'urged', role='Health Minister'),
    s('a cardiologist', 'a cardiologist', "two scheduled heart procedures had been cancelled in the morning because doctors could not get the patients' scan images", 'said'),
    s('a cardiologist', 'the doctor, who asked that her name not be used', '"We have the machines. We just cannot see what we did to the patient last month,"', 'said', 'direct'),
    s('Jeannot Pellard', 'Jeannot Pellard, 71', 'he had come for a routine blood test and was sent home after waiting three hours', 'said'),
    s('Jeannot Pellard', 'he', '"They were very polite. They said come back on Monday, maybe Tuesday,"', 'said', 'direct'),
    s('SMPL', "The doctors' union SMPL", 'the attack showed that private operators had spent too little on security', 'said'),
    s('Odile Varenne', 'Its president, Odile Varenne', 'minimum cyber standards to be written into the licences of all hospitals', 'called for', role='president'),
    s(MERI, 'Meridia', 'the criticism', 'rejected'),
    s(MERI, 'Meridia', 'it had doubled its security budget since 2031 and that no organisation could be "fully protected against a determined criminal group."', 'saying', 'mixed', anchor='rejected the criticism'),
    s('Cybersecurity researchers', 'Cybersecurity researchers', 'hospitals have become favoured targets because they cannot afford long outages and are more likely to pay', 'say'),
    s('Anouk Sterling', 'Anouk Sterling, an analyst at the Geneva-based firm Halcyon Risk', 'attacks on healthcare providers in Europe had risen by about 40 percent in two years', 'estimated', role='analyst'),
    s('Anouk Sterling', 'Sterling', '"Attackers have learned that a hospital is the one customer who cannot say, \'Call me next week,\'"', 'said', 'direct', role='analyst'),
    s("prosecutor's office", "the prosecutor's office", 'Prosecutors in Bressac opened an investigation for extortion by an organised gang', 'said'),
)

ORLA = 'Ysolde Marchetti'
KRAN = 'Dunja Kranjcar'

doc('aj04-wire-porto-solenne-open-tennis-final', 'Reuters', '2033-05-29', '''
Marchetti saves three match points to win first Solenne Open title

PORTO SOLENNE, May 29 (Reuters) - Ysolde Marchetti saved three match points in a second-set tiebreak before beating defending champion Dunja Kranjcar 4-6 7-6(9) 6-3 in the Solenne Open final on Sunday, ending a run of four lost finals on clay.

The 23-year-old Marchetti, seeded sixth, trailed by a set and 5-3 and was twice two points from defeat before she dragged the match into a third set that lasted nearly an hour.

"At 5-3 I looked at my box and my coach was looking at the floor. I thought, okay, even he has given up, so now I have nothing to lose," Marchetti told a news conference, laughing.

She said the turning point had come at 6-7 in the tiebreak, when she chased down a drop shot and flicked a winner down the line. "I don't know how that ball went in. Honestly, I closed my eyes," she said.

Marchetti said she had nearly withdrawn from the tournament in the first round because of a sore left wrist and had played the whole week with strapping. Her physiotherapist had told her the injury was not serious, she said, but it had affected her backhand slice.

Kranjcar, the world number two, was gracious in defeat but admitted she had let a tight match slip. She said her serve had "disappeared" in the third set, when she made seven double faults.

"When you have three match points and you don't take them, you go to bed and you see them again and again. Tonight I will see them," Kranjcar said.

Asked whether the heat had been a factor, with temperatures on court above 33 degrees Celsius, Kranjcar said it had been the same for both players and that she would not use it as an excuse.

Her coach, Matija Rendulic, told reporters his player had been "maybe two percent too careful" on the match points. "She played them to not lose, and against Ysolde that is dangerous," he said.

Tournament director Arnaud Clement-Vey said a record 212,000 spectators had attended over the two weeks, and that organisers would add a roof to the second show court before next year's event.

Marchetti, who will rise to number four in the world rankings on Monday, becomes the first player from the Ardenne region to win the title since 2014. Her father, Bruno, a former club player who coached her until she was 15, watched from the stands.

"He cried more than me. He will say it was the sun in his eyes," she said.

The women's tour moves on to grass next week. Kranjcar said she would take a few days off before deciding whether to play in Harlowe, where she is scheduled to be the top seed.

Marchetti said she was not thinking about rankings. "I have lost so many finals that I had started to believe I was a person who loses finals. Today I am not that person any more," she said.
''',
    s(ORLA, 'Marchetti', '"At 5-3 I looked at my box and my coach was looking at the floor. I thought, okay, even he has given up, so now I have nothing to lose,"', 'told', 'direct'),
    s(ORLA, 'She', 'the turning point had come at 6-7 in the tiebreak, when she chased down a drop shot and flicked a winner down the line', 'said'),
    s(ORLA, 'she', '"I don\'t know how that ball went in. Honestly, I closed my eyes,"', 'said', 'direct'),
    s(ORLA, 'Marchetti', 'she had nearly withdrawn from the tournament in the first round|with strapping', 'said'),
    s(ORLA, 'she', ['Her physiotherapist had told her the injury was not serious,', 'but it had affected her backhand slice'], 'said'),
    s(KRAN, 'Kranjcar, the world number two', 'she had let a tight match slip', 'admitted', role='world number two'),
    s(KRAN, 'She', 'her serve had "disappeared" in the third set, when she made seven double faults', 'said', 'mixed', role='world number two'),
    s(KRAN, 'Kranjcar', '"When you have three match points and you don\'t take them, you go to bed and you see them again and again. Tonight I will see them,"', 'said', 'direct', role='world number two'),
    s(KRAN, 'Kranjcar', 'it had been the same for both players and that she would not use it as an excuse', 'said', role='world number two'),
    s('Matija Rendulic', 'Her coach, Matija Rendulic', 'his player had been "maybe two percent too careful" on the match points', 'told', 'mixed', role='coach'),
    s('Matija Rendulic', 'he', '"She played them to not lose, and against Ysolde that is dangerous,"', 'said', 'direct', role='coach'),
    s('Arnaud Clement-Vey', 'Tournament director Arnaud Clement-Vey', "a record 212,000 spectators had attended over the two weeks, and that organisers would add a roof to the second show court before next year's event", 'said', role='Tournament director'),
    s(ORLA, 'she', '"He cried more than me. He will say it was the sun in his eyes,"', 'said', 'direct'),
    s(KRAN, 'Kranjcar', 'she would take a few days off before deciding whether to play in Harlowe, where she is scheduled to be the top seed', 'said', role='world number two'),
    s(ORLA, 'Marchetti', 'she was not thinking about rankings', 'said'),
    s(ORLA, 'she', '"I have lost so many finals that I had started to believe I was a person who loses finals. Today I am not that person any more,"', 'said', 'direct'),
)

OBS = 'Isola Brava Volcano Observatory'
FALC = 'Graziella Falcone'
PROT = 'Civil Protection Department'
TORR = 'Mauro Torregrossa'

doc('aj05-wire-isola-brava-eruption-evacuation', 'Associated Press', '2033-07-08', '''
Thousands flee as Monte Cerase erupts on island of Isola Brava

SAN VITO DI BRAVA (AP) - Monte Cerase erupted on Saturday for the first time in 61 years, hurling ash several kilometers into the sky and forcing the evacuation of about 9,000 people from villages on the eastern slopes of the small Mediterranean island, authorities said.

A column of gas and ash rose to about 8 kilometers shortly after 5 a.m., and lava began to flow from a new fissure on the volcano's northeastern flank about two hours later, according to the Isola Brava Volcano Observatory.

"This is not a surprise to us. The mountain has been telling us for six weeks that something was coming, and now it has come," said Graziella Falcone, the observatory's director, who has monitored Monte Cerase for more than 20 years.

Falcone said the number of small earthquakes under the volcano had risen from a few dozen a day in May to more than 1,500 on Friday. The observatory raised its alert level to the highest of four on Saturday morning.

She said the lava was moving slowly, at a few hundred meters an hour, and that it was too early to say whether it would reach the village of Casalnuovo, about 4 kilometers downhill. Other vulcanologists were more cautious.

"Fissure eruptions on this kind of volcano can change character very quickly. What is a slow river in the morning can be a fast one by the evening," said Piers Achterberg, a volcanologist at the University of Leiden who studied Monte Cerase's last eruption in 1972.

The Civil Protection Department said the evacuation of five villages had been completed by midday without injuries. Ferries and two navy ships were standing by at the port of San Vito to take residents to the mainland if needed, it said.

Mauro Torregrossa, the department's head, told a news conference in San Vito that the island's airport would remain closed at least until Monday because of ash. He asked residents in the western half of the island to stay indoors, keep windows shut and wear masks if they had to go out.

"We have a plan, we have practiced it, and today people followed it. I want to thank them," Torregrossa said.

In a sports hall in San Vito that has been turned into a shelter, evacuees sat on camp beds and watched live pictures of the eruption on a television set. Some said they had left in such a hurry that they had brought nothing but their documents.

"My mother is 88. She remembers the last time, and she would not leave until the priest came to the house and told her to," said Rosaria Spina, 56, from Casalnuovo. "She is still angry with him."

A farmer from the same village, Calogero Mirabella, said he had been allowed to stay behind for an hour to move his goats to lower ground. He described the noise from the mountain as "like a train that never passes."

Regional president Ornella Vasta said the government in Rome had promised emergency funding and that she would ask for a state of emergency to be declared on Monday.

The 1972 eruption of Monte Cerase lasted almost four months and destroyed more than 200 homes, but caused no deaths.

Tourism, which brings about half of the island's income, is likely to suffer in the peak summer season, hotel owners said. Several said they had already received cancellations for July.
''',
    s('authorities', 'authorities', 'Monte Cerase erupted on Saturday for the first time in 61 years|small Mediterranean island', 'said'),
    s(OBS, 'the Isola Brava Volcano Observatory', 'A column of gas and ash rose to about 8 kilometers shortly after 5 a.m.|about two hours later', 'according to'),
    s(FALC, "Graziella Falcone, the observatory's director, who has monitored Monte Cerase for more than 20 years", '"This is not a surprise to us. The mountain has been telling us for six weeks that something was coming, and now it has come,"', 'said', 'direct', role='director'),
    s(FALC, 'Falcone', 'the number of small earthquakes under the volcano had risen from a few dozen a day in May to more than 1,500 on Friday', 'said', role='director'),
    s(FALC, 'She', 'the lava was moving slowly, at a few hundred meters an hour,|about 4 kilometers downhill', 'said', role='director'),
    s('Piers Achterberg', "Piers Achterberg, a volcanologist at the University of Leiden who studied Monte Cerase's last eruption in 1972", '"Fissure eruptions on this kind of volcano can change character very quickly. What is a slow river in the morning can be a fast one by the evening,"', 'said', 'direct', role='volcanologist'),
    s(PROT, 'The Civil Protection Department', 'the evacuation of five villages had been completed by midday without injuries', 'said'),
    s(PROT, 'it', 'Ferries and two navy ships were standing by at the port of San Vito to take residents to the mainland if needed', 'said'),
    s(TORR, "Mauro Torregrossa, the department's head", "the island's airport would remain closed at least until Monday because of ash", 'told', role='head'),
    s(TORR, 'He', 'residents in the western half of the island to stay indoors, keep windows shut and wear masks if they had to go out', 'asked', role='head'),
    s(TORR, 'Torregrossa', '"We have a plan, we have practiced it, and today people followed it. I want to thank them,"', 'said', 'direct', role='head'),
    s('evacuees', 'Some', 'they had left in such a hurry that they had brought nothing but their documents', 'said'),
    s('Rosaria Spina', 'Rosaria Spina, 56, from Casalnuovo', '"My mother is 88. She remembers the last time, and she would not leave until the priest came to the house and told her to,"', 'said', 'direct'),
    s('Rosaria Spina', '', '"She is still angry with him."', '', 'direct'),
    s('Calogero Mirabella', 'A farmer from the same village, Calogero Mirabella', 'he had been allowed to stay behind for an hour to move his goats to lower ground', 'said'),
    s('Calogero Mirabella', 'He', '"like a train that never passes."', 'described', 'direct'),
    s('Ornella Vasta', 'Regional president Ornella Vasta', 'the government in Rome had promised emergency funding and that she would ask for a state of emergency to be declared on Monday', 'said', role='Regional president'),
    s('hotel owners', 'hotel owners', "Tourism, which brings about half of the island's income, is likely to suffer in the peak summer season", 'said'),
    s('hotel owners', 'Several', 'they had already received cancellations for July', 'said'),
)
