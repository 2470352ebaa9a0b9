"""Set T's five wire stories (see build_t.py)."""
from invented_common import doc_spans as doc, s

GOV = 'Governor of the Carrowmere National Bank'

doc('t01-wire-global-markets-carrowmere-bonds', 'Reuters', '2027-11-11', '''
GLOBAL MARKETS-Stocks slip as Carrowmere bond rout spreads; central bank says ready to step in

* Carrowmere 10-year yield hits highest since 2013
* Central bank governor says "every tool" available
* Wall Street futures point lower, gold firms

By Tansy Okerivu-Hallgren

LONDON, Nov 11 (Reuters) - World shares slipped on Thursday as a sell-off in Carrowmere's government bonds spilled into other high-yielding markets, and the country's central bank said it was ready to buy debt if trading became disorderly.

The yield on Carrowmere's 10-year bond jumped 38 basis points to 11.92%, its highest since 2013, after the government on Wednesday abandoned a promised cut in public spending. The kroner fell 1.4% against the dollar.

Governor Ingeborgine Solvaag-Mbekovu told a news conference in Tollanby that the bank had "every tool" it needed to restore order and would not hesitate to use them.

"We will not allow a dysfunctional market to break the transmission of our policy," she said. "Nobody should test us on this."

She declined to say how large any purchases might be.

Investors were not convinced. "This is a credibility problem, not a liquidity problem, and a central bank cannot print credibility," said Rasmo Achtmeyer-Nwosike, head of emerging market strategy at Pollinghurst Securities in London.

Analysts at Dorvenne Bank said in a note to clients that the sell-off could run further unless the finance ministry produced a credible budget plan by the end of the month.

A finance ministry spokeswoman said the revised budget would be presented to parliament "as scheduled" on Nov. 24. Finance Minister Bertil Haugaard-Oseyvan did not respond to a request for comment.

The country's debt management office said in a separate statement that it would cancel next week's auction of 10-year bonds "in view of market conditions" and would instead offer shorter-dated bills.

Opposition leader Margarethe Eskelinen-Bako accused the government of "gambling with the country's credit" and called for the finance minister to resign.

Ratings agency Orsvell Ratings warned on Wednesday that it could cut Carrowmere's BB+ rating if the budget deficit exceeded 6% of GDP next year.

Data on Wednesday showed consumer prices in Carrowmere rose 8.7% in the year to October, the fastest pace in the region.

Foreign investors sold a net 3.4 billion kroner of government bonds last week, according to central bank figures.

The turmoil pulled down other high-yielding currencies. The Valmerian lek lost 0.6% and Tessarine bonds weakened, although traders said the moves were orderly.

Europe's broad Ashcroft 600 index fell 0.5%, with banks leading declines. All told, the index has lost 3.1% this month. Futures pointed to a 0.4% lower open on Wall Street.

Gold rose 0.7% to $2,614 an ounce as investors sought safety. Brent crude steadied at $78.40 a barrel after producer group Petrolink said on Wednesday it would keep output unchanged through March.

"You have a little bit of contagion but not panic yet," said Héloïse Strakosch-Amalunde, a portfolio manager at Vireo Capital in Geneva. "The question is whether Tollanby blinks first or the market does."

(Reporting by Tansy Okerivu-Hallgren; additional reporting by Fenn Alwbrecht-Yusvaran in Tollanby; Editing by Corisande Mabrowe)
''',
    s('Carrowmere National Bank', 'central bank', 'ready to step in', 'says'),
    s('Ingeborgine Solvaag-Mbekovu', 'Central bank governor', '"every tool" available', 'says', 'mixed', role=GOV),
    s('Carrowmere National Bank', "the country's central bank", 'it was ready to buy debt if trading became disorderly', 'said'),
    s('Ingeborgine Solvaag-Mbekovu', 'Governor Ingeborgine Solvaag-Mbekovu', 'the bank had "every tool" it needed to restore order and would not hesitate to use them', 'told', 'mixed', role=GOV),
    s('Ingeborgine Solvaag-Mbekovu', 'she', '"We will not allow|policy,"', 'said', 'direct', role=GOV),
    s('Ingeborgine Solvaag-Mbekovu', '', '"Nobody should test us on this."', '', 'direct', role=GOV),
    s('Rasmo Achtmeyer-Nwosike', 'Rasmo Achtmeyer-Nwosike', '"This is a credibility problem|credibility,"', 'said', 'direct', role='head of emerging market strategy at Pollinghurst Securities'),
    s('Dorvenne Bank', 'Analysts at Dorvenne Bank', 'the sell-off could run further unless the finance ministry produced a credible budget plan by the end of the month', 'said'),
    s('A finance ministry spokeswoman', 'A finance ministry spokeswoman', 'the revised budget would be presented to parliament "as scheduled" on Nov. 24', 'said', 'mixed'),
    s("debt management office", "The country's debt management office", 'it would cancel next week\'s auction of 10-year bonds "in view of market conditions" and would instead offer shorter-dated bills', 'said', 'mixed'),
    s('Margarethe Eskelinen-Bako', 'Opposition leader Margarethe Eskelinen-Bako', 'the government of "gambling with the country\'s credit"', 'accused', 'mixed', role='Opposition leader'),
    s('Margarethe Eskelinen-Bako', 'Opposition leader Margarethe Eskelinen-Bako', 'the finance minister to resign', 'called for', role='Opposition leader'),
    s('Orsvell Ratings', 'Ratings agency Orsvell Ratings', "it could cut Carrowmere's BB+ rating if the budget deficit exceeded 6% of GDP next year", 'warned'),
    s('Data', 'Data on Wednesday', 'consumer prices in Carrowmere rose 8.7% in the year to October, the fastest pace in the region', 'showed'),
    s('central bank', 'central bank figures', 'Foreign investors sold a net 3.4 billion kroner of government bonds last week', 'according to'),
    s('traders', 'traders', 'the moves were orderly', 'said'),
    s('Petrolink', 'producer group Petrolink', 'it would keep output unchanged through March', 'said'),
    s('Héloïse Strakosch-Amalunde', 'Héloïse Strakosch-Amalunde', '"You have a little bit|yet,"', 'said', 'direct', role='portfolio manager at Vireo Capital'),
    s('Héloïse Strakosch-Amalunde', '', '"The question is|does."', '', 'direct', role='portfolio manager at Vireo Capital'),
)

doc('t02-wire-handball-final-olvera', 'Associated Press', '2027-05-03', '''
Olvera hold off Sankt Ebba to win first continental handball title

By Darvid Ferrouze-Holmquay
AP Sports Writer

KORVENHAVN (AP) — Goalkeeper Mattheo Brannevik-Ayovanju made 17 saves and Olvera held off a late charge from Sankt Ebba to win 29-27 on Sunday and claim the club's first Marrowind Handball League title.

Winger Ludo Vargosi-Thiessen scored nine goals, the last with 48 seconds left, as Olvera ended an eleven-year wait for a trophy that coach Albinka Holmberg-Diallo called "the one we dreamed about on the bus rides to small towns."

"We were not the best team this season, but today we were the bravest," Holmberg-Diallo said. "Mattheo stood there like a wall."

Sankt Ebba trailed 18-12 at halftime and pulled within one goal twice in the final five minutes. Their captain, Osric Lundravik-Bapterre, had a shot blocked on the last attack.

"I thought it was in," Lundravik-Bapterre said. "Maybe next year it goes in."

Sankt Ebba coach Vesnika Hallomir-Kurt complained that the referees had missed two clear fouls on her pivot in the second half. "We accept the result, but we do not accept everything that happened on the court," she said.

The league's referee chief, Torbrand Esquivarra-Branvoss, said the officials would review the footage as they do after every final but stood by the decisions made on the court.

Brannevik-Ayovanju, 36, whose contract runs out in June, denied that the final had been his last game. He said he would decide about another season "after a long holiday."

Sankt Ebba's sporting director, Fabian Eckvalder-Mensa, said the club would not file a protest. "We lost to a good team. Complaining after a final is for children," he said.

Olvera's pivot Kasimir Drobnaczek-Achter, who tore a knee ligament in the semifinal, watched from the bench on crutches. "I cried like a baby when Ludo scored," he admitted.

The match was watched by 14,800 fans, a record for the final, according to the league.

Olvera's president, Margaux Adjorvi-Sorvangen, promised the players a parade through the city on Tuesday. Fans sang in the stands for an hour after the final whistle, and the club captain lifted the trophy twice because photographers had missed it the first time.

Sankt Ebba had beaten Olvera twice in the regular season. Holmberg-Diallo said her team had studied those losses "like homework."

The club's top scorer this season, Ludo Vargosi-Thiessen, told reporters his contract talks could wait. "Tonight I just want to sleep with this medal," he said.
''',
    s('Albinka Holmberg-Diallo', 'coach Albinka Holmberg-Diallo', '"the one we dreamed about on the bus rides to small towns."', 'called', 'direct', role='coach'),
    s('Albinka Holmberg-Diallo', 'Holmberg-Diallo', '"We were not the best|bravest,"', 'said', 'direct', role='coach'),
    s('Albinka Holmberg-Diallo', '', '"Mattheo stood there like a wall."', '', 'direct', role='coach'),
    s('Osric Lundravik-Bapterre', 'Lundravik-Bapterre', '"I thought it was in,"', 'said', 'direct', role='captain'),
    s('Osric Lundravik-Bapterre', '', '"Maybe next year it goes in."', '', 'direct', role='captain'),
    s('Vesnika Hallomir-Kurt', 'Sankt Ebba coach Vesnika Hallomir-Kurt', 'the referees had missed two clear fouls on her pivot in the second half', 'complained', role='Sankt Ebba coach'),
    s('Vesnika Hallomir-Kurt', 'she', '"We accept the result|court,"', 'said', 'direct', role='Sankt Ebba coach'),
    s('Torbrand Esquivarra-Branvoss', "The league's referee chief, Torbrand Esquivarra-Branvoss", 'the officials would review the footage as they do after every final but stood by the decisions made on the court', 'said', role="league's referee chief"),
    s('Mattheo Brannevik-Ayovanju', 'Brannevik-Ayovanju', 'the final had been his last game', 'denied', role='Goalkeeper'),
    s('Mattheo Brannevik-Ayovanju', 'He', 'he would decide about another season "after a long holiday."', 'said', 'mixed', role='Goalkeeper'),
    s('Fabian Eckvalder-Mensa', "Sankt Ebba's sporting director, Fabian Eckvalder-Mensa", 'the club would not file a protest', 'said', role='sporting director'),
    s('Fabian Eckvalder-Mensa', 'he', '"We lost to a good team. Complaining after a final is for children,"', 'said', 'direct', role='sporting director'),
    s('Kasimir Drobnaczek-Achter', 'he', '"I cried like a baby when Ludo scored,"', 'admitted', 'direct', role='pivot'),
    s('Marrowind Handball League', 'the league', 'The match was watched by 14,800 fans, a record for the final', 'according to'),
    s('Margaux Adjorvi-Sorvangen', "Olvera's president, Margaux Adjorvi-Sorvangen", 'the players a parade through the city on Tuesday', 'promised', role="Olvera's president"),
    s('Albinka Holmberg-Diallo', 'Holmberg-Diallo', 'her team had studied those losses "like homework."', 'said', 'mixed', role='coach'),
    s('Ludo Vargosi-Thiessen', "The club's top scorer this season, Ludo Vargosi-Thiessen", 'his contract talks could wait', 'told', role='Winger'),
    s('Ludo Vargosi-Thiessen', 'he', '"Tonight I just want to sleep with this medal,"', 'said', 'direct', role='Winger'),
)

DPM = 'Deputy Prime Minister'

doc('t03-agency-dravenska-nuclear-plant', 'Dravnews', '2027-08-19', '''
Construction of second unit at Ostrova nuclear plant to start in 2028 — deputy prime minister

Dravenska expects the first concrete to be poured at the second power unit of the Ostrova nuclear plant in the spring of 2028, Deputy Prime Minister Yaroslava Tkachvenko-Ferrandiere said

KORSHAVA, August 19. /DRAVNEWS/. Construction of the second power unit of the Ostrova nuclear power plant will begin in the spring of 2028, Dravenska's Deputy Prime Minister Yaroslava Tkachvenko-Ferrandiere told reporters on Thursday on the sidelines of the Northern Energy Forum.

"All the permits have been obtained, the site is ready, and the main equipment has been ordered. We expect the first concrete in April or May 2028," she said.

According to the deputy prime minister, the cost of the project remains within the approved estimate of 4.2 billion vollars. She stressed that no additional money from the state budget would be required.

The head of the state nuclear corporation Atomdrav, Gorislav Pirozhkov-Laine, for his part, noted that the first unit had worked at full capacity for 311 days last year. "This is the best result in the history of the industry in our country," he pointed out.

In his words, the corporation has hired 1,300 young specialists from regional technical universities this year and plans to hire as many next year.

The Ostrova plant is located 60 km north of Korshava. Its first unit was commissioned in 2021.

Earlier, Environment Minister Mirostan Quenvarre-Ubaku said that the ministry would hold public hearings on the environmental impact of the second unit in the Ostrova district in October. Local environmental group Clear Lake has demanded that the hearings be moved to Korshava so that more residents could take part.

Tkachvenko-Ferrandiere also said that Dravenska was in talks with Vessland on the supply of nuclear fuel after 2030. She specified that a decision would be made by the end of the year.

Read also

Dravenska, Vessland to hold energy talks in November

KORSHAVA, August 12. /DRAVNEWS/. The next round of energy talks between Dravenska and Vessland will take place in Hallaby in November, Dravenska's Energy Ministry told DRAVNEWS. According to the ministry, the sides will discuss long-term gas and fuel contracts.

Atomdrav sees no risk to uranium supplies

KORSHAVA, August 5. /DRAVNEWS/. Atomdrav sees no risks to uranium supplies for its plants in the next decade, the corporation's press service said.
''',
    s('Yaroslava Tkachvenko-Ferrandiere', 'deputy prime minister', 'Construction of second unit at Ostrova nuclear plant to start in 2028', '', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', 'Deputy Prime Minister Yaroslava Tkachvenko-Ferrandiere', 'Dravenska expects the first concrete to be poured at the second power unit of the Ostrova nuclear plant in the spring of 2028', 'said', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', "Dravenska's Deputy Prime Minister Yaroslava Tkachvenko-Ferrandiere", 'Construction of the second power unit of the Ostrova nuclear power plant will begin in the spring of 2028', 'told', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', 'she', '"All the permits have been obtained|2028,"', 'said', 'direct', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', 'the deputy prime minister', 'the cost of the project remains within the approved estimate of 4.2 billion vollars', 'According to', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', 'She', 'no additional money from the state budget would be required', 'stressed', role=DPM),
    s('Gorislav Pirozhkov-Laine', 'The head of the state nuclear corporation Atomdrav, Gorislav Pirozhkov-Laine', 'the first unit had worked at full capacity for 311 days last year', 'noted', role='head of the state nuclear corporation Atomdrav'),
    s('Gorislav Pirozhkov-Laine', 'he', '"This is the best result in the history of the industry in our country,"', 'pointed out', 'direct', role='head of the state nuclear corporation Atomdrav'),
    s('Gorislav Pirozhkov-Laine', 'his', 'the corporation has hired 1,300 young specialists from regional technical universities this year and plans to hire as many next year', 'In his words', role='head of the state nuclear corporation Atomdrav'),
    s('Mirostan Quenvarre-Ubaku', 'Environment Minister Mirostan Quenvarre-Ubaku', 'the ministry would hold public hearings on the environmental impact of the second unit in the Ostrova district in October', 'said', role='Environment Minister'),
    s('Clear Lake', 'Local environmental group Clear Lake', 'the hearings be moved to Korshava so that more residents could take part', 'has demanded'),
    s('Yaroslava Tkachvenko-Ferrandiere', 'Tkachvenko-Ferrandiere', 'Dravenska was in talks with Vessland on the supply of nuclear fuel after 2030', 'said', role=DPM),
    s('Yaroslava Tkachvenko-Ferrandiere', 'She', 'a decision would be made by the end of the year', 'specified', role=DPM),
    s("Dravenska's Energy Ministry", "Dravenska's Energy Ministry", 'The next round of energy talks between Dravenska and Vessland will take place in Hallaby in November', 'told', region='related'),
    s("Dravenska's Energy Ministry", 'the ministry', 'the sides will discuss long-term gas and fuel contracts', 'According to', region='related'),
    s('Atomdrav', "the corporation's press service", 'Atomdrav sees no risks to uranium supplies for its plants in the next decade', 'said', region='related'),
)

doc('t04-wire-update-kestrel-satellite-launch', 'Reuters', '2027-09-30', '''
UPDATE 2-Skarven rocket fails minutes after launch, weather satellite lost, agency says

* Second stage shut down early, agency says
* Insurer says claim likely to exceed $180 mln
* Company shares fall 11%

(Adds comments from insurer, analyst, shares)

By Maristella Quarvetey-Lindravik

VESTRA, Sept 30 (Reuters) - A Skarven-2 rocket carrying a new weather satellite for the Ulvenmark government failed about four minutes after lift-off on Wednesday, the country's space agency said, the second failure of the rocket in three launches.

The second stage of the rocket shut down 40 seconds earlier than planned and the satellite did not reach orbit, the Ulvenmark Space Agency said in a statement. Debris fell into the sea far from shipping lanes, it said.

"We have lost the vehicle and the payload. It is a painful day for everyone who worked on this mission," the agency's director general, Pietrus Odegaard-Mensarko, told reporters at the launch site.

He said an investigation board would be set up within days and declined to speculate on the cause.

The rocket's builder, Petrelle Launch Systems, said it was "deeply disappointed" and would cooperate fully with the agency. Its shares fell 11% in Vestra trading.

The satellite, built by Nordlys Orbital, was insured for about $210 million. Lead insurer Pembry & Tolk said the claim would likely exceed $180 million, making it one of the largest space insurance losses of the year.

Two people familiar with the launch preparations said engineers had reported a pressure anomaly in the second stage during a test in August. One of them said the issue had been judged "within limits" at the time. Petrelle did not respond to a request for comment on the reports.

The failure is a setback for Ulvenmark's plan to replace its ageing weather satellites before 2029. The national weather service said forecasts would not be affected in the short term because two older satellites remained in service.

Ulvenmark's science minister, Benedek Sorvangen-Ahiable, wrote on social media that the government remained committed to the national launch programme. "Space is hard. We will learn from this and fly again," he wrote.

Analysts said the loss would likely delay Petrelle's commercial launches. "Two failures in three flights is a pattern, not bad luck," said Oksinia Pettivane-Baah, a space industry analyst at Tern Research. "Customers will wait to see the investigation before they sign anything."

Petrelle had planned four launches next year, according to its website.
''',
    s('Ulvenmark Space Agency', 'agency', 'Skarven rocket fails minutes after launch, weather satellite lost', 'says'),
    s('Ulvenmark Space Agency', 'agency', 'Second stage shut down early', 'says'),
    s('Pembry & Tolk', 'Insurer', 'claim likely to exceed $180 mln', 'says'),
    s('Ulvenmark Space Agency', "the country's space agency", 'A Skarven-2 rocket carrying a new weather satellite for the Ulvenmark government failed about four minutes after lift-off on Wednesday', 'said'),
    s('Ulvenmark Space Agency', 'the Ulvenmark Space Agency', 'The second stage of the rocket shut down 40 seconds earlier than planned and the satellite did not reach orbit', 'said'),
    s('Ulvenmark Space Agency', 'it', 'Debris fell into the sea far from shipping lanes', 'said'),
    s('Pietrus Odegaard-Mensarko', "the agency's director general, Pietrus Odegaard-Mensarko", '"We have lost the vehicle|mission,"', 'told', 'direct', role='director general'),
    s('Pietrus Odegaard-Mensarko', 'He', 'an investigation board would be set up within days', 'said', role='director general'),
    s('Petrelle Launch Systems', "The rocket's builder, Petrelle Launch Systems", 'it was "deeply disappointed" and would cooperate fully with the agency', 'said', 'mixed'),
    s('Pembry & Tolk', 'Lead insurer Pembry & Tolk', 'the claim would likely exceed $180 million, making it one of the largest space insurance losses of the year', 'said'),
    s('Two people familiar with the launch preparations', 'Two people familiar with the launch preparations', 'engineers had reported a pressure anomaly in the second stage during a test in August', 'said'),
    s('One of them', 'One of them', 'the issue had been judged "within limits" at the time', 'said', 'mixed'),
    s('national weather service', 'The national weather service', 'forecasts would not be affected in the short term because two older satellites remained in service', 'said'),
    s('Benedek Sorvangen-Ahiable', "Ulvenmark's science minister, Benedek Sorvangen-Ahiable", 'the government remained committed to the national launch programme', 'wrote', role='science minister'),
    s('Benedek Sorvangen-Ahiable', 'he', '"Space is hard. We will learn from this and fly again,"', 'wrote', 'direct', role='science minister'),
    s('Analysts', 'Analysts', "the loss would likely delay Petrelle's commercial launches", 'said'),
    s('Oksinia Pettivane-Baah', 'Oksinia Pettivane-Baah', '"Two failures in three flights|luck,"', 'said', 'direct', role='space industry analyst at Tern Research'),
    s('Oksinia Pettivane-Baah', '', '"Customers will wait|anything."', '', 'direct', role='space industry analyst at Tern Research'),
    s('Petrelle Launch Systems', 'its website', 'Petrelle had planned four launches next year', 'according to'),
)

doc('t05-wire-ap-ferry-norovirus-outbreak', 'Associated Press', '2027-02-14', '''
More than 300 sick as stomach virus sweeps overnight ferry; passengers describe chaos

By Rozamira Ekwuzor-Strandvik
Associated Press

PORT CALDERWICK (AP) — More than 300 passengers and 22 crew members fell ill with a suspected norovirus outbreak aboard an overnight ferry between Port Calderwick and the island of Innisgarth, health officials said Saturday.

The Meriweather Star, operated by Grey Plover Lines, docked early Saturday with 1,140 people aboard. Paramedics met the ship and took 14 passengers, most of them elderly, to Calderwick General Hospital for dehydration, a hospital spokesman said. None was in serious condition.

Dr. Amarise Velvarrez-Thorne, the region's chief medical officer, said tests on samples from six patients had confirmed norovirus, a highly contagious virus that spreads through contaminated food, surfaces and close contact.

"It moves through a closed space like a ship very fast. Handwashing matters more than hand gel with this one," she told a briefing at the port.

Grey Plover Lines said in a statement that the ship would be taken out of service for three days for deep cleaning and that passengers would receive a full refund. The company said the first cases were reported to the ship's medical staff about two hours after departure.

Passengers described long lines for the few working bathrooms and crew members handing out plastic bags in the corridors.

"People were lying on the floor of the lounge. Nobody knew what to do," said Halvor Brandauer-Nkemzor, 67, a retired teacher traveling with his wife to visit their granddaughter. He said crew members did their best but were clearly overwhelmed.

Another passenger, Corazon Featherstone-Ilicevar, said she had asked for a cabin change after her neighbor fell sick and was told none were available. "We paid for a cabin and spent the night in a stairwell," she said.

A Grey Plover spokeswoman, Delphina Arkenvale-Sena, disputed that account, saying four spare cabins had been opened for sick passengers during the night.

The daughter of one hospitalized passenger, reached by phone in Innisgarth, said her 81-year-old mother had been treated "with great kindness" by the paramedics. She asked that her name not be used.

The company's chief executive, Lorcander Whitvennor-Adevanke, apologized to passengers in a video posted on social media and promised a review of the ship's sanitation procedures.

The regional health department asked anyone who had been aboard and developed symptoms to stay home for 48 hours after they recover. It was the second outbreak on a Grey Plover ship in a year, according to department records.

Ferry traffic to Innisgarth resumed Saturday afternoon on a replacement vessel.
''',
    s('Passengers', 'passengers', 'chaos', 'describe'),
    s('health officials', 'health officials', 'More than 300 passengers and 22 crew members fell ill with a suspected norovirus outbreak aboard an overnight ferry between Port Calderwick and the island of Innisgarth', 'said'),
    s('a hospital spokesman', 'a hospital spokesman', 'Paramedics met the ship and took 14 passengers, most of them elderly, to Calderwick General Hospital for dehydration', 'said'),
    s('Amarise Velvarrez-Thorne', "Dr. Amarise Velvarrez-Thorne, the region's chief medical officer", 'tests on samples from six patients had confirmed norovirus, a highly contagious virus that spreads through contaminated food, surfaces and close contact', 'said', role="region's chief medical officer"),
    s('Amarise Velvarrez-Thorne', 'she', '"It moves through a closed space|with this one,"', 'told', 'direct', role="region's chief medical officer"),
    s('Grey Plover Lines', 'Grey Plover Lines', 'the ship would be taken out of service for three days for deep cleaning and that passengers would receive a full refund', 'said'),
    s('Grey Plover Lines', 'The company', "the first cases were reported to the ship's medical staff about two hours after departure", 'said'),
    s('Passengers', 'Passengers', 'long lines for the few working bathrooms and crew members handing out plastic bags in the corridors', 'described'),
    s('Halvor Brandauer-Nkemzor', 'Halvor Brandauer-Nkemzor', '"People were lying on the floor|what to do,"', 'said', 'direct', role='retired teacher'),
    s('Halvor Brandauer-Nkemzor', 'He', 'crew members did their best but were clearly overwhelmed', 'said', role='retired teacher'),
    s('Corazon Featherstone-Ilicevar', 'Another passenger, Corazon Featherstone-Ilicevar', 'she had asked for a cabin change after her neighbor fell sick and was told none were available', 'said', role='passenger'),
    s('Corazon Featherstone-Ilicevar', 'she', '"We paid for a cabin and spent the night in a stairwell,"', 'said', 'direct', role='passenger'),
    s('Delphina Arkenvale-Sena', 'A Grey Plover spokeswoman, Delphina Arkenvale-Sena', 'that account', 'disputed', role='Grey Plover spokeswoman'),
    s('Delphina Arkenvale-Sena', 'A Grey Plover spokeswoman, Delphina Arkenvale-Sena', 'four spare cabins had been opened for sick passengers during the night', 'saying', role='Grey Plover spokeswoman'),
    s('The daughter of one hospitalized passenger', 'The daughter of one hospitalized passenger', 'her 81-year-old mother had been treated "with great kindness" by the paramedics', 'said', 'mixed'),
    s('Lorcander Whitvennor-Adevanke', "The company's chief executive, Lorcander Whitvennor-Adevanke", "a review of the ship's sanitation procedures", 'promised', role='chief executive'),
    s('regional health department', 'The regional health department', 'anyone who had been aboard and developed symptoms to stay home for 48 hours after they recover', 'asked'),
    s('regional health department', 'department records', 'It was the second outbreak on a Grey Plover ship in a year', 'according to'),
)
