"""Set AH's five wire stories (see build_ah.py)."""
from invented_common import doc_spans as doc, s

FHDW = 'Federation of Harbour and Dock Workers'
BENN = 'Ilario Benn'
EMPL = 'Castrelian Port Employers Association'
SOLL = 'Marguerite Sollano'
PARA = 'Teodor Paravane'

doc('ah01-wire-castrelia-dock-strike-automation', 'Reuters', '2033-03-09', '''
Castrelian dockers walk out over automated cranes; minister summons both sides

ALMERIN, Castrelia, March 9 (Reuters) - Dockworkers at Castrelia's three largest ports walked off the job on Wednesday in a dispute over automation and pay, leaving more than 40 container ships at anchor and threatening supplies of fuel and fresh food to the island nation, port authorities said.

The stoppage was called by the Federation of Harbour and Dock Workers (FHDW), which represents about 11,000 of the roughly 13,500 workers at the ports of Almerin, Sestravo and Cabo Lenz. The union said the walkout would last 72 hours and would be repeated every week until employers dropped a plan to install remote-controlled cranes at Almerin's new south terminal.

"This is not a strike against the future. It is a strike against a future with nobody in it," Ilario Benn, the federation's general secretary, told several thousand workers gathered outside the main gate at Almerin.

Benn said the plan would cut some 2,400 jobs over five years. The union had offered to discuss a slower timetable with retraining, he said, but the offer had been "ignored since November."

The Castrelian Port Employers Association, which groups the five terminal operators, said in a statement that no permanent employee would be dismissed because of the new equipment and that the south terminal could not compete with ports on the mainland without it.

"Our competitors moved to remote cranes ten years ago. If we stand still, the ships will go to them and the jobs will go with the ships," the association's director general, Marguerite Sollano, told Reuters by telephone.

Sollano described the union's demands as "a veto dressed up as a negotiation." She said the employers were ready to guarantee current staffing levels until 2036 but would not put that promise "in a contract that ties our hands for a generation."

Transport Minister Teodor Paravane called both sides to his ministry for talks on Thursday morning and urged the union to allow tankers carrying fuel for the island's power stations to unload during the strike.

"Nobody in this country should sit in the dark because two parties cannot agree on a crane," Paravane told parliament.

He added that the government had no plans to order workers back to the docks, a power it has under a 1987 law on essential services but has never used.

The union said it would let fuel tankers and ships carrying medicines unload, and that a skeleton crew would handle perishable food.

Shipping agents said at least six container lines had begun diverting vessels to Port Velde on the mainland, about 300 km away. One agent, who asked not to be identified because he was not authorised to speak to the media, said waiting times at Almerin could reach 10 days by the weekend.

Castrelia imports about 85 percent of its food and nearly all of its fuel by sea, according to the national statistics office. Supermarket chain Davanti said its shelves were fully stocked for now but that it had begun flying in fresh produce from the mainland.

Economists at Banco Real de Castrelia estimated that each day of stoppage cost the economy about 30 million lire in lost output. "A week is manageable. A month would show up in the quarterly growth figures," said Paloma Ferrante, the bank's chief economist.

The last national port strike, in 2029, lasted 19 days and ended with an arbitrated pay rise of 6 percent.

(Reporting by Joaquim Estrela; Editing by Harriet Moss)
''',
    s('port authorities', 'port authorities', "Dockworkers at Castrelia's three largest ports walked off the job on Wednesday|to the island nation", 'said'),
    s(FHDW, 'The union', "the walkout would last 72 hours|at Almerin's new south terminal", 'said'),
    s(BENN, "Ilario Benn, the federation's general secretary", '"This is not a strike against the future. It is a strike against a future with nobody in it,"', 'told', 'direct', role='general secretary'),
    s(BENN, 'Benn', 'the plan would cut some 2,400 jobs over five years', 'said', role='general secretary'),
    s(BENN, 'he', ['The union had offered to discuss a slower timetable with retraining,', 'but the offer had been "ignored since November."'], 'said', 'mixed', role='general secretary'),
    s(EMPL, 'The Castrelian Port Employers Association, which groups the five terminal operators', 'no permanent employee would be dismissed because of the new equipment and that the south terminal could not compete with ports on the mainland without it', 'said'),
    s(SOLL, "the association's director general, Marguerite Sollano", '"Our competitors moved to remote cranes ten years ago. If we stand still, the ships will go to them and the jobs will go with the ships,"', 'told', 'direct', role='director general'),
    s(SOLL, 'Sollano', '"a veto dressed up as a negotiation."', 'described', 'direct', role='director general'),
    s(SOLL, 'She', 'the employers were ready to guarantee current staffing levels until 2036 but would not put that promise "in a contract that ties our hands for a generation."', 'said', 'mixed', role='director general'),
    s(PARA, 'Transport Minister Teodor Paravane', "the union to allow tankers carrying fuel for the island's power stations to unload during the strike", 'urged', role='Transport Minister'),
    s(PARA, 'Paravane', '"Nobody in this country should sit in the dark because two parties cannot agree on a crane,"', 'told', 'direct', role='Transport Minister'),
    s(PARA, 'He', 'the government had no plans to order workers back to the docks, a power it has under a 1987 law on essential services but has never used', 'added', role='Transport Minister'),
    s(FHDW, 'The union', 'it would let fuel tankers and ships carrying medicines unload, and that a skeleton crew would handle perishable food', 'said'),
    s('Shipping agents', 'Shipping agents', 'at least six container lines had begun diverting vessels to Port Velde on the mainland, about 300 km away', 'said'),
    s('One agent', 'One agent, who asked not to be identified because he was not authorised to speak to the media', 'waiting times at Almerin could reach 10 days by the weekend', 'said'),
    s('national statistics office', 'the national statistics office', 'Castrelia imports about 85 percent of its food and nearly all of its fuel by sea', 'according to'),
    s('Davanti', 'Supermarket chain Davanti', 'its shelves were fully stocked for now but that it had begun flying in fresh produce from the mainland', 'said'),
    s('Economists at Banco Real de Castrelia', 'Economists at Banco Real de Castrelia', 'each day of stoppage cost the economy about 30 million lire in lost output', 'estimated'),
    s('Paloma Ferrante', "Paloma Ferrante, the bank's chief economist", '"A week is manageable. A month would show up in the quarterly growth figures,"', 'said', 'direct', role='chief economist'),
)

AGENCY = 'Korvenian National Space Agency'
RITS = 'Halvard Ritsema'
R_RITS = 'head of the Korvenian National Space Agency'
ENG = 'Two engineers who worked on the Sokol programme'

doc('ah02-wire-korvenia-rocket-failure', 'Agence France-Presse', '2033-06-17', '''
Korvenian rocket breaks up minutes after launch, weather satellite lost

VESTRAD, June 17, 2033 (AFP) - A Korvenian rocket carrying the country's most expensive weather satellite broke apart less than three minutes after lift-off on Friday, the space agency said, dealing a heavy blow to a programme that had been presented as a symbol of national technical ambition.

The Sokol-3 rocket lifted off from the Ustra cosmodrome at 06:14 local time (0314 GMT) and appeared to fly normally through the first two minutes, according to the agency's live broadcast, which was cut shortly afterwards.

"At 158 seconds into the flight, we lost telemetry from the second stage. The vehicle and the satellite were destroyed," Halvard Ritsema, head of the Korvenian National Space Agency, told a news conference in the capital four hours later.

Ritsema said debris had fallen into the sea in a closed zone about 600 kilometres east of the launch site and that there was no danger to shipping or to people on the ground. He declined to speculate on the cause.

"We will know when we have read every line of data. Until then, anyone who tells you the reason is guessing," he said.

The state commission that investigates launch accidents would report within 60 days, the agency said.

But two engineers who worked on the Sokol programme told AFP that problems with the second-stage engine's turbopump had been known since a ground test in February.

"The test was stopped early because of vibration. We were told the part had been replaced and that a second test was not necessary," one of them said, speaking on condition of anonymity because he was not authorised to talk to journalists.

The other engineer said managers had been under "constant pressure" to launch before the end of June, when the old satellite the new one was meant to replace is expected to stop working.

Asked about the February test, Ritsema said all components had been "qualified according to the procedures" and called the claims "rumours from people who were not in the room."

The lost satellite, Meteo-K2, was built by state-owned Arkon Systems at a cost of 410 million kronar and was insured, the company said. Arkon's chief executive, Dagny Voll, said in a statement that the company was "devastated" and would begin building a replacement "as soon as the cause is clear."

Without a new satellite, Korvenia's weather service will have to rely on data bought from foreign operators from July, its director Ingrid Saarnen said. She warned that forecasts for the northern fishing grounds could become less precise during the autumn storm season.

The failure is the third of a Sokol rocket in eight launches since 2028. Marek Haugland, a space industry analyst at the Baltic Institute of Strategic Studies, said the record was "poor for a rocket that is supposed to be mature."

"Three failures in eight flights would be normal for a new rocket. The Sokol family has been flying, in one form or another, for twenty years," Haugland said.

Opposition lawmakers demanded that Ritsema appear before parliament's science committee next week. Prime Minister Eirik Lindqvist said the government would wait for the commission's findings before drawing "any conclusions about people."

Sokol flights have been suspended until the commission reports, the agency said.
''',
    s(AGENCY, 'the space agency', "A Korvenian rocket carrying the country's most expensive weather satellite broke apart less than three minutes after lift-off on Friday", 'said'),
    s(AGENCY, "the agency's live broadcast", 'The Sokol-3 rocket lifted off from the Ustra cosmodrome|through the first two minutes', 'according to'),
    s(RITS, 'Halvard Ritsema, head of the Korvenian National Space Agency', '"At 158 seconds into the flight, we lost telemetry from the second stage. The vehicle and the satellite were destroyed,"', 'told', 'direct', role=R_RITS),
    s(RITS, 'Ritsema', 'debris had fallen into the sea in a closed zone about 600 kilometres east of the launch site and that there was no danger to shipping or to people on the ground', 'said', role=R_RITS),
    s(RITS, 'he', '"We will know when we have read every line of data. Until then, anyone who tells you the reason is guessing,"', 'said', 'direct', role=R_RITS),
    s(AGENCY, 'the agency', 'The state commission that investigates launch accidents would report within 60 days', 'said'),
    s(ENG, 'two engineers who worked on the Sokol programme', "problems with the second-stage engine's turbopump had been known since a ground test in February", 'told'),
    s('one of them', 'one of them', '"The test was stopped early because of vibration. We were told the part had been replaced and that a second test was not necessary,"', 'said', 'direct'),
    s('The other engineer', 'The other engineer', 'managers had been under "constant pressure" to launch before the end of June, when the old satellite the new one was meant to replace is expected to stop working', 'said', 'mixed'),
    s(RITS, 'Ritsema', 'all components had been "qualified according to the procedures"', 'said', 'mixed', role=R_RITS),
    s(RITS, 'Ritsema', '"rumours from people who were not in the room."', 'called', 'direct', role=R_RITS),
    s('Arkon Systems', 'the company', 'The lost satellite, Meteo-K2, was built by state-owned Arkon Systems|and was insured', 'said'),
    s('Dagny Voll', "Arkon's chief executive, Dagny Voll", 'the company was "devastated" and would begin building a replacement "as soon as the cause is clear."', 'said', 'mixed', role='chief executive'),
    s('Ingrid Saarnen', 'its director Ingrid Saarnen', "Without a new satellite, Korvenia's weather service will have to rely on data bought from foreign operators from July", 'said', role='director'),
    s('Ingrid Saarnen', 'She', 'forecasts for the northern fishing grounds could become less precise during the autumn storm season', 'warned', role='director'),
    s('Marek Haugland', 'Marek Haugland, a space industry analyst at the Baltic Institute of Strategic Studies', 'the record was "poor for a rocket that is supposed to be mature."', 'said', 'mixed', role='space industry analyst'),
    s('Marek Haugland', 'Haugland', '"Three failures in eight flights would be normal for a new rocket. The Sokol family has been flying, in one form or another, for twenty years,"', 'said', 'direct', role='space industry analyst'),
    s('Opposition lawmakers', 'Opposition lawmakers', "Ritsema appear before parliament's science committee next week", 'demanded'),
    s('Eirik Lindqvist', 'Prime Minister Eirik Lindqvist', 'the government would wait for the commission\'s findings before drawing "any conclusions about people."', 'said', 'mixed', role='Prime Minister'),
    s(AGENCY, 'the agency', 'Sokol flights have been suspended until the commission reports', 'said'),
)

PCHA = 'Pan-Continental Health Agency'
DELA = 'Amara Delacorte'
R_DELA = 'spokesperson for the Pan-Continental Health Agency'
MINH = 'Joseph Kariuke-Banda'
OKE = 'Ruth Okello-Mwangi'

doc('ah03-wire-tavuka-cholera-outbreak', 'The Associated Press', '2033-08-22', '''
Cholera spreads in Tavuka's flooded south as clinics run short of fluids

By NIAMH OYELARAN Associated Press

ONDORO, Tavuka (AP) - A cholera outbreak in southern Tavuka has killed at least 146 people and sickened more than 5,800 since late July, and the disease is now spreading faster than clinics can treat it, a regional health body warned Monday.

"We are seeing cases double roughly every nine days. That is the speed of an outbreak that is outrunning the response," Amara Delacorte, a spokesperson for the Pan-Continental Health Agency, told reporters in Geneva.

Delacorte said the agency had sent 40 tonnes of oral rehydration salts, intravenous fluids and water purification tablets to Ondoro, the largest city in the affected region, and that a further shipment would leave this week. She said the supplies would cover the needs of "a few weeks at most."

The outbreak began in camps for people displaced by floods that swept the Lower Sanga valley in June. Tavuka's health ministry said 31 of the region's 44 health centres had been damaged by the floods and nine were still under water.

Health Minister Joseph Kariuke-Banda said on state television that the government had declared a public health emergency in four districts and would begin a vaccination campaign on Sept. 1. He appealed to residents to boil their drinking water and to bring sick relatives to treatment centres "at the first sign of diarrhoea, not the third day."

At the Ondoro District Hospital, where a cholera ward was set up in a school gymnasium, patients lay on cots with holes cut in them, a common practice in cholera treatment.

"Most of the people who die reach us too late. They walk for two days, or they are carried, and by the time they arrive they have lost too much water," said Dr. Ruth Okello-Mwangi, who runs the ward.

She said the ward had 120 beds and was treating nearly 200 patients on Monday. Three of her nurses had themselves fallen ill, she said.

Another doctor at the hospital, who spoke on condition of anonymity because staff had been told not to speak to journalists, said the official death toll did not include people who died in villages before reaching a clinic. "The real number is higher. Everybody here knows it," he said.

The ministry has rejected suggestions that it is undercounting deaths, saying every death reported by a village health worker is recorded.

Medical Relief International, a charity that runs two treatment centres in the region, said the vaccination campaign should begin immediately rather than in September. "Every week we wait is a week the disease travels further along the river," said its country director, Samuel Achterberg.

The agency's Delacorte said it had received 2.1 million doses of oral vaccine from an international stockpile and that they were "on their way," but that distributing them in flooded areas reachable only by boat would take time.

Residents of the Kisembe displacement camp, home to about 18,000 people, said the camp had four working latrines and that water trucks came every other day.

"We drink from the river when the truck does not come. What else can we do?" said Grace Nyamweya, a mother of five who fled her village in June.

Tavuka last faced a major cholera outbreak in 2027, when more than 600 people died, according to the agency.
''',
    s(PCHA, 'a regional health body', 'A cholera outbreak in southern Tavuka has killed at least 146 people|faster than clinics can treat it', 'warned'),
    s(DELA, 'Amara Delacorte, a spokesperson for the Pan-Continental Health Agency', '"We are seeing cases double roughly every nine days. That is the speed of an outbreak that is outrunning the response,"', 'told', 'direct', role=R_DELA),
    s(DELA, 'Delacorte', 'the agency had sent 40 tonnes of oral rehydration salts|would leave this week', 'said', role=R_DELA),
    s(DELA, 'She', 'the supplies would cover the needs of "a few weeks at most."', 'said', 'mixed', role=R_DELA),
    s("Tavuka's health ministry", "Tavuka's health ministry", "31 of the region's 44 health centres had been damaged by the floods and nine were still under water", 'said'),
    s(MINH, 'Health Minister Joseph Kariuke-Banda', 'the government had declared a public health emergency in four districts and would begin a vaccination campaign on Sept. 1', 'said', role='Health Minister'),
    s(MINH, 'He', 'residents to boil their drinking water and to bring sick relatives to treatment centres "at the first sign of diarrhoea, not the third day."', 'appealed to', 'mixed', role='Health Minister'),
    s(OKE, 'Dr. Ruth Okello-Mwangi, who runs the ward', '"Most of the people who die reach us too late. They walk for two days, or they are carried, and by the time they arrive they have lost too much water,"', 'said', 'direct'),
    s(OKE, 'She', 'the ward had 120 beds and was treating nearly 200 patients on Monday', 'said'),
    s(OKE, 'she', 'Three of her nurses had themselves fallen ill', 'said'),
    s('Another doctor at the hospital', 'Another doctor at the hospital, who spoke on condition of anonymity because staff had been told not to speak to journalists', 'the official death toll did not include people who died in villages before reaching a clinic', 'said'),
    s('Another doctor at the hospital', 'he', '"The real number is higher. Everybody here knows it,"', 'said', 'direct'),
    s("Tavuka's health ministry", 'The ministry', 'suggestions that it is undercounting deaths', 'has rejected'),
    s("Tavuka's health ministry", 'The ministry', 'every death reported by a village health worker is recorded', 'saying'),
    s('Medical Relief International', 'Medical Relief International, a charity that runs two treatment centres in the region', 'the vaccination campaign should begin immediately rather than in September', 'said'),
    s('Samuel Achterberg', 'its country director, Samuel Achterberg', '"Every week we wait is a week the disease travels further along the river,"', 'said', 'direct', role='country director'),
    s(DELA, "The agency's Delacorte", 'it had received 2.1 million doses of oral vaccine from an international stockpile and that they were "on their way," but that distributing them in flooded areas reachable only by boat would take time', 'said', 'mixed', role=R_DELA),
    s('Residents of the Kisembe displacement camp', 'Residents of the Kisembe displacement camp, home to about 18,000 people', 'the camp had four working latrines and that water trucks came every other day', 'said'),
    s('Grace Nyamweya', 'Grace Nyamweya, a mother of five who fled her village in June', '"We drink from the river when the truck does not come. What else can we do?"', 'said', 'direct'),
    s(PCHA, 'the agency', 'Tavuka last faced a major cholera outbreak in 2027, when more than 600 people died', 'according to'),
)

PARTY = 'Civic Renewal party'
POLICE = 'Kolmar regional police'
BRAND = 'Ivana Brandlova'

doc('ah04-wire-meravia-opposition-leader-shot', 'Reuters', '2033-10-05', '''
Meravian opposition leader wounded in shooting at rally; suspect detained

KOLMAR, Meravia, Oct 5 (Reuters) - Meravian opposition leader Stefan Varek was shot and wounded on Sunday as he left the stage at a campaign rally in the eastern city of Kolmar, three weeks before a parliamentary election, police and his party said.

Varek, 52, was hit in the shoulder and the side and underwent surgery at Kolmar University Hospital. His condition was serious but stable, hospital director Pavol Kriz told reporters late on Sunday.

"The patient is conscious and breathing on his own. The next 48 hours will tell us more," Kriz said.

A 34-year-old man was detained at the scene, the Kolmar regional police said in a statement. It said he had fired four shots from a pistol at a distance of about ten metres before being tackled by members of the crowd.

Police spokeswoman Ivana Brandlova said the suspect was a local resident with no criminal record and that investigators were examining his social media accounts. She would not comment on a possible motive.

"At this moment we have no indication that anyone else was involved, but we are not excluding anything," Brandlova said.

Witnesses described a scene of panic as the crowd of several hundred people ran from the square.

"I heard bangs and thought it was fireworks. Then I saw him fall, and people started screaming and pushing," said Monika Hajek, a 27-year-old nurse who was standing near the stage. She said she and two others had pressed their scarves against his wounds until an ambulance arrived.

Another witness, pensioner Jiri Stranik, said the gunman had stood quietly at the edge of the crowd throughout the speech. "He was not shouting, not waving a flag. He just stood there," Stranik said.

Varek's Civic Renewal party, which leads in most opinion polls, said it was suspending its campaign for three days. In a statement, it called the shooting "an attack on every Meravian who wants to choose their government freely" and blamed what it described as months of hostile rhetoric from government ministers.

Party deputy chairwoman Lenka Sobotova said Varek had received threats by email and telephone since August and that the party had asked the police for additional protection on two occasions.

The Interior Ministry said it had received one such request, in September, and had assigned two officers to Varek's rallies. Both were present on Sunday, it said.

President Tomas Reinholt condemned the attack and called on all parties to lower the tone of the campaign. "Violence has no place in our politics, whoever holds the gun and whoever is the target," he said in a televised address.

Prime Minister Alena Kovarova, whose Social Union trails Civic Renewal by about six points in the polls, visited the hospital on Sunday evening. She rejected the accusation that her ministers had encouraged hostility, telling reporters it was "not the time for blame."

The election commission said the vote would go ahead as planned on Oct. 26.

It was the first attack on a national politician in Meravia since the country's transition to democracy in the 1990s, political analysts said.
''',
    s('Kolmar regional police and Civic Renewal party', 'police and his party', 'Meravian opposition leader Stefan Varek was shot and wounded on Sunday|three weeks before a parliamentary election', 'said'),
    s('Pavol Kriz', 'hospital director Pavol Kriz', 'His condition was serious but stable', 'told', role='hospital director'),
    s('Pavol Kriz', 'Kriz', '"The patient is conscious and breathing on his own. The next 48 hours will tell us more,"', 'said', 'direct', role='hospital director'),
    s(POLICE, 'the Kolmar regional police', 'A 34-year-old man was detained at the scene', 'said'),
    s(POLICE, 'It', 'he had fired four shots from a pistol at a distance of about ten metres before being tackled by members of the crowd', 'said'),
    s(BRAND, 'Police spokeswoman Ivana Brandlova', 'the suspect was a local resident with no criminal record and that investigators were examining his social media accounts', 'said', role='Police spokeswoman'),
    s(BRAND, 'Brandlova', '"At this moment we have no indication that anyone else was involved, but we are not excluding anything,"', 'said', 'direct', role='Police spokeswoman'),
    s('Witnesses', 'Witnesses', 'a scene of panic as the crowd of several hundred people ran from the square', 'described'),
    s('Monika Hajek', 'Monika Hajek, a 27-year-old nurse who was standing near the stage', '"I heard bangs and thought it was fireworks. Then I saw him fall, and people started screaming and pushing,"', 'said', 'direct', role='nurse'),
    s('Monika Hajek', 'She', 'she and two others had pressed their scarves against his wounds until an ambulance arrived', 'said', role='nurse'),
    s('Jiri Stranik', 'Another witness, pensioner Jiri Stranik', 'the gunman had stood quietly at the edge of the crowd throughout the speech', 'said', role='pensioner'),
    s('Jiri Stranik', 'Stranik', '"He was not shouting, not waving a flag. He just stood there,"', 'said', 'direct', role='pensioner'),
    s(PARTY, "Varek's Civic Renewal party, which leads in most opinion polls", 'it was suspending its campaign for three days', 'said'),
    s(PARTY, 'it', '"an attack on every Meravian who wants to choose their government freely"', 'called', 'direct'),
    s(PARTY, 'it', 'what it described as months of hostile rhetoric from government ministers', 'blamed'),
    s('Lenka Sobotova', 'Party deputy chairwoman Lenka Sobotova', 'Varek had received threats by email and telephone since August and that the party had asked the police for additional protection on two occasions', 'said', role='Party deputy chairwoman'),
    s('Interior Ministry', 'The Interior Ministry', "it had received one such request, in September, and had assigned two officers to Varek's rallies", 'said'),
    s('Interior Ministry', 'it', 'Both were present on Sunday', 'said'),
    s('Tomas Reinholt', 'President Tomas Reinholt', 'the attack', 'condemned', role='President'),
    s('Tomas Reinholt', 'President Tomas Reinholt', 'all parties to lower the tone of the campaign', 'called on', role='President'),
    s('Tomas Reinholt', 'he', '"Violence has no place in our politics, whoever holds the gun and whoever is the target,"', 'said', 'direct', role='President'),
    s('Alena Kovarova', 'She', 'the accusation that her ministers had encouraged hostility', 'rejected', role='Prime Minister'),
    s('Alena Kovarova', 'She', 'it was "not the time for blame."', 'telling', 'mixed', role='Prime Minister'),
    s('election commission', 'The election commission', 'the vote would go ahead as planned on Oct. 26', 'said'),
    s('political analysts', 'political analysts', "It was the first attack on a national politician in Meravia since the country's transition to democracy in the 1990s", 'said'),
)

doc('ah05-wire-grains-wheat-drought-rally', 'Reuters', '2033-05-12', '''
GRAINS-Wheat jumps to 7-month high as drought bites in Sarvony; corn, soy steady

By Colm Haddad

CHICAGO, May 12 (Reuters) - Chicago wheat futures rose for a fourth straight session on Thursday to their highest in seven months, as dry weather in the Sarvonian plains deepened worries about the harvest in one of the world's top exporters, traders said.

The most-active wheat contract on the Chicago Board of Trade settled up 14-1/2 cents at $7.38-3/4 a bushel, after touching $7.44, its highest since October. Corn ended little changed at $5.12 a bushel and soybeans edged down 2 cents to $12.61.

"The market has stopped asking whether Sarvony has a problem and started asking how big it is," said Tobias Wennerholm, a senior grains analyst at Nordbank Commodities in Copenhagen.

Sarvony's agriculture ministry cut its forecast for the winter wheat crop on Wednesday to 71 million tonnes from 78 million, citing the driest April in the southern growing regions since records began in 1961.

Private forecasters were gloomier still. Agrovista, a consultancy based in the Sarvonian capital, put the crop at 66 million tonnes and said yields in some districts could fall by a third if rain did not arrive by the end of May.

Weather models showed little relief over the next ten days, according to Kestrel Weather Services, which said temperatures in the south would stay 3 to 5 degrees Celsius above normal.

Traders said funds had been buying back short positions they had built up over the winter, when ample supplies from the Americas and the Black Sea had pushed prices to three-year lows.

"A lot of that buying is funds covering. It's not yet a lot of new money betting on higher prices, and that's what would take us to $8," said a trader at a European trading house, who declined to be named in line with company policy.

Sarvony's Grain Exporters Union said its members had sold about 4 million tonnes of the new crop in advance, about half the usual volume for the time of year, and that some exporters were reluctant to commit further until the size of the harvest was clearer.

The union's president, Ruslan Ivashko, warned that the government should not consider export curbs. "Every time we restrict exports, buyers remember it for ten years," he told a grain conference in Odessel on Wednesday.

Sarvonian Agriculture Minister Darya Polenko told the same conference that there were "no plans" for restrictions and that domestic stocks were sufficient.

In corn, gains were held back by fast planting in the U.S. Midwest. Analysts at Harrow & Finch said in a note that U.S. farmers had planted 62 percent of the corn crop by Sunday, ahead of the five-year average of 54 percent.

Soybeans slipped as Brazil's harvest neared its end with a record crop, dealers said.

Egypt's state grain buyer paid an average of $291 a tonne including freight for 240,000 tonnes of wheat in a tender on Thursday, about $18 more than in its previous purchase, traders said.

"Importers who waited are now paying for it. I expect the tenders to get more expensive before they get cheaper," said Anjali Marwaha, head of agricultural research at Corvin Securities.

(Reporting by Colm Haddad in Chicago; additional reporting by Mila Dorovska in Odessel; Editing by Paul Whitcombe)
''',
    s('traders', 'traders', 'Chicago wheat futures rose for a fourth straight session on Thursday|one of the world\'s top exporters', 'said'),
    s('Tobias Wennerholm', 'Tobias Wennerholm, a senior grains analyst at Nordbank Commodities in Copenhagen', '"The market has stopped asking whether Sarvony has a problem and started asking how big it is,"', 'said', 'direct', role='senior grains analyst'),
    s("Sarvony's agriculture ministry", "Sarvony's agriculture ministry", 'its forecast for the winter wheat crop on Wednesday to 71 million tonnes from 78 million', 'cut'),
    s("Sarvony's agriculture ministry", "Sarvony's agriculture ministry", 'the driest April in the southern growing regions since records began in 1961', 'citing'),
    s('Agrovista', 'Agrovista, a consultancy based in the Sarvonian capital', 'the crop at 66 million tonnes', 'put'),
    s('Agrovista', 'Agrovista, a consultancy based in the Sarvonian capital', 'yields in some districts could fall by a third if rain did not arrive by the end of May', 'said'),
    s('Kestrel Weather Services', 'Kestrel Weather Services', 'Weather models showed little relief over the next ten days', 'according to'),
    s('Kestrel Weather Services', 'Kestrel Weather Services', 'temperatures in the south would stay 3 to 5 degrees Celsius above normal', 'said'),
    s('Traders', 'Traders', 'funds had been buying back short positions|to three-year lows', 'said'),
    s('a trader at a European trading house', 'a trader at a European trading house, who declined to be named in line with company policy', '"A lot of that buying is funds covering. It\'s not yet a lot of new money betting on higher prices, and that\'s what would take us to $8,"', 'said', 'direct'),
    s("Sarvony's Grain Exporters Union", "Sarvony's Grain Exporters Union", 'its members had sold about 4 million tonnes of the new crop in advance|until the size of the harvest was clearer', 'said'),
    s('Ruslan Ivashko', "The union's president, Ruslan Ivashko", 'the government should not consider export curbs', 'warned', role='president'),
    s('Ruslan Ivashko', 'he', '"Every time we restrict exports, buyers remember it for ten years,"', 'told', 'direct', role='president'),
    s('Darya Polenko', 'Sarvonian Agriculture Minister Darya Polenko', 'there were "no plans" for restrictions and that domestic stocks were sufficient', 'told', 'mixed', role='Agriculture Minister'),
    s('Analysts at Harrow & Finch', 'Analysts at Harrow & Finch', 'U.S. farmers had planted 62 percent of the corn crop by Sunday, ahead of the five-year average of 54 percent', 'said'),
    s('dealers', 'dealers', "Soybeans slipped as Brazil's harvest neared its end with a record crop", 'said'),
    s('traders', 'traders', "Egypt's state grain buyer paid an average of $291 a tonne|about $18 more than in its previous purchase", 'said'),
    s('Anjali Marwaha', 'Anjali Marwaha, head of agricultural research at Corvin Securities', '"Importers who waited are now paying for it. I expect the tenders to get more expensive before they get cheaper,"', 'said', 'direct', role='head of agricultural research'),
)
