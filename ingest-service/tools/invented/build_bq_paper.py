"""Set BQ's five newspaper articles (see build_bq.py)."""
from invented_common import doc_spans as doc, s

FERRY = 'Brackwater Island Ferries'
HOLM = 'Annika Holmberg-Tse'
RUIZ = 'Delphine Ruiz-Okafor'

doc('bq12-paper-quill-island-ferry-schedule-cut', 'The Brackwater Gazette', '2044-01-22', '''
Quill Island loses its late ferry; islanders say they were never asked

Operator blames crew shortage, promises review in spring

By Tamsin Rourke-Vale
Staff Reporter

QUILL ISLAND — For 31 years, the 10:40 p.m. sailing from Brackwater has been the last boat home for nurses, cooks and students who live on Quill Island. As of Feb. 1, it will be gone.

Brackwater Island Ferries announced last week that it would drop the late sailing, along with two midday runs, from its winter schedule. The company said a shortage of certified deckhands left it unable to crew three sailings a day on the Quill route without breaking federal rest rules.

"We did not make this decision lightly," said Gareth Pownall-Sy, the company's vice-president of operations. "We have posted jobs since August. We have had four applicants, and one of them accepted."

He said the company would review the schedule in April and restore the late sailing "the moment we have the people to run it safely."

Islanders packed the community hall Tuesday night for a meeting the company did not attend.

Annika Holmberg-Tse, a night nurse at Brackwater General, said the 10:40 is the only way she can get home after a shift that ends at 10. The 52-year-old has lived on the island since 2019. Without the late boat, she said, she will have to rent a room in town three nights a week.

"I love this island. But I can't afford two homes," she said.

Her neighbour, Delphine Ruiz-Okafor, runs the island's only café and employs four students who ride the late boat home after closing. She said she may have to cut her evening hours. Holmberg-Tse said she had already asked the hospital about changing shifts; she said the hospital told her there were no day positions open.

SIGN UP FOR OUR NEWSLETTER: Get the Gazette's top local stories in your inbox every morning.

Several speakers at the meeting accused the company of deciding first and consulting later. Ruiz-Okafor said the company had held its only public session on the schedule in Brackwater, on a weekday afternoon, when most islanders were at work.

Island councillor Piet Vandermeulen-Ross said he would ask the regional board to withhold the $1.2-million annual subsidy it pays the operator until the late sailing is restored. "Public money comes with public obligations," Vandermeulen-Ross said.

Reached Wednesday, Pownall-Sy said the company "regrets that islanders feel unheard" and would hold a session on the island before the April review. He would not say whether the company would consider a smaller boat with a smaller crew for the late run.

Not everyone at the meeting blamed the company. Russ Albrecht-Cole, a retired ferry captain, told the crowd that the rest rules exist because tired crews make mistakes. "I've seen what happens at 2 a.m. on a cold deck," he said. "I'd rather wait for a safe boat than ride on an unsafe one."

READ MORE: Brackwater's ferry terminal rebuild delayed again

The regional board meets Feb. 6.
''',
    s('islanders', 'islanders', 'they were never asked', 'say'),
    s(FERRY, 'Operator', 'crew shortage', 'blames'),
    s(FERRY, 'Operator', 'review in spring', 'promises'),
    s(FERRY, 'Brackwater Island Ferries', 'it would drop the late sailing, along with two midday runs, from its winter schedule', 'announced'),
    s(FERRY, 'The company', 'a shortage of certified deckhands left it unable to crew three sailings a day on the Quill route without breaking federal rest rules', 'said'),
    s('Gareth Pownall-Sy', "Gareth Pownall-Sy, the company's vice-president of operations", '"We did not make this decision lightly,"', 'said', 'direct', role='vice-president of operations'),
    s('Gareth Pownall-Sy', '', '"We have posted jobs since August. We have had four applicants, and one of them accepted."', '', 'direct', role='vice-president of operations'),
    s('Gareth Pownall-Sy', 'He', 'the company would review the schedule in April and restore the late sailing "the moment we have the people to run it safely."', 'said', 'mixed', role='vice-president of operations'),
    s(HOLM, 'Annika Holmberg-Tse', 'the 10:40 is the only way she can get home after a shift that ends at 10', 'said', role='night nurse'),
    s(HOLM, 'she', ['Without the late boat,', 'she will have to rent a room in town three nights a week.'], 'said', role='night nurse', anchor='Without the late boat'),
    s(HOLM, 'she', '"I love this island. But I can\'t afford two homes,"', 'said', 'direct', role='night nurse'),
    s(RUIZ, 'She', 'she may have to cut her evening hours', 'said', role='neighbour'),
    s(HOLM, 'Holmberg-Tse', 'she had already asked the hospital about changing shifts', 'said', role='night nurse'),
    s(HOLM, 'she', 'the hospital told her there were no day positions open', 'said', role='night nurse'),
    s('Brackwater General', 'the hospital', 'there were no day positions open', 'told', nested=True, via=HOLM),
    s('Several speakers at the meeting', 'Several speakers at the meeting', 'the company of deciding first and consulting later', 'accused'),
    s(RUIZ, 'Ruiz-Okafor', 'the company had held its only public session on the schedule in Brackwater|when most islanders were at work', 'said', role='neighbour'),
    s('Piet Vandermeulen-Ross', 'Island councillor Piet Vandermeulen-Ross', 'he would ask the regional board to withhold|until the late sailing is restored', 'said', role='Island councillor'),
    s('Piet Vandermeulen-Ross', 'Vandermeulen-Ross', '"Public money comes with public obligations,"', 'said', 'direct', role='Island councillor'),
    s('Gareth Pownall-Sy', 'Pownall-Sy', 'the company "regrets that islanders feel unheard" and would hold a session on the island before the April review', 'said', 'mixed', role='vice-president of operations'),
    s('Russ Albrecht-Cole', 'Russ Albrecht-Cole, a retired ferry captain', 'the rest rules exist because tired crews make mistakes', 'told', role='retired ferry captain'),
    s('Russ Albrecht-Cole', 'he', '"I\'ve seen what happens at 2 a.m. on a cold deck,"', 'said', 'direct', role='retired ferry captain'),
    s('Russ Albrecht-Cole', '', '"I\'d rather wait for a safe boat than ride on an unsafe one."', '', 'direct', role='retired ferry captain'),
)

OKON = 'Bridget Okonkwo-Hale'
FAIR = 'Lorcan Fairweather'

doc('bq13-paper-red-panda-escape-lindenfield-zoo', 'Lindenfield Daily Courier', '2044-06-11', '''
Red panda back at Lindenfield Zoo after two nights on the loose

Zoo says a keeper left a service gate unlatched; neighbours describe a visitor in the maple trees

By Oona Delacroix-Pratt

A red panda that slipped out of its enclosure at the Lindenfield Zoo on Sunday was back in its den Tuesday morning after spending two nights in the maple trees of the Hollis Park neighbourhood, zoo officials said.

Pemba, a six-year-old male, was coaxed down from a tree on Carrow Street shortly after 6 a.m. with a bowl of bamboo shoots and grapes, according to the zoo's curator of mammals, Bridget Okonkwo-Hale. He was thin but uninjured, she said, and a veterinarian would examine him again on Wednesday.

[Photo: Pemba the red panda in a maple on Carrow Street on Monday. Photo by Ravi Castellane-Moor / Lindenfield Daily Courier]

The zoo's director, Lorcan Fairweather, said a keeper had left a service gate unlatched during Sunday's evening feeding. "That is on us, not on Pemba," Fairweather said. "We have changed the procedure so that two people check every gate before the last keeper leaves."

Fairweather said the keeper had not been disciplined and was "more upset than anyone."

Residents of Hollis Park said they had spotted the panda on Sunday night and watched it move from tree to tree over the next day. Marisol Quintero-Blake, 41, said her children saw "a fox with a striped tail" from their bedroom window at about 9 p.m. and woke her up.

"I thought they were dreaming," she said. "Then I looked out and there was this little face looking back at me."

A neighbour, Henrik Solberg-Amadi, said he called the zoo's emergency line at 9:30 p.m. and was told a team was on its way. The 67-year-old said he then stood under the tree for two hours "so nobody would do anything stupid."

Not every neighbour was charmed. One man, who would give only his first name, Clive, said he had been told by the zoo to keep his dog inside for two days and had not been told why until Monday afternoon.

The zoo's communications manager, Esther Lindqvist-Obi, said the zoo had asked residents on Monday not to approach the panda or post its location on social media, to avoid a crowd gathering under the trees. She acknowledged that some residents had heard about the escape from the news before hearing from the zoo.

Red pandas are good climbers and rarely come down from trees when frightened, said Akash Merriweather, a zoology professor at Carrow University who studies the species. He said Pemba had probably eaten leaves and fruit from the neighbourhood's gardens. "He will have had the best two days of his life, and now he'll sleep for a week," Merriweather said.

The zoo said Pemba would be kept off display until the end of the week.

© 2044 Lindenfield Daily Courier. All rights reserved.
''',
    s(FAIR, 'Zoo', 'a keeper left a service gate unlatched', 'says', role='director'),
    s('neighbours', 'neighbours', 'a visitor in the maple trees', 'describe'),
    s('zoo officials', 'zoo officials', 'A red panda that slipped out of its enclosure|in the maple trees of the Hollis Park neighbourhood', 'said'),
    s(OKON, "the zoo's curator of mammals, Bridget Okonkwo-Hale", 'Pemba, a six-year-old male, was coaxed down from a tree on Carrow Street shortly after 6 a.m. with a bowl of bamboo shoots and grapes', 'according to', role='curator of mammals'),
    s(OKON, 'she', ['He was thin but uninjured,', 'and a veterinarian would examine him again on Wednesday'], 'said', role='curator of mammals', anchor='He was thin but uninjured'),
    s(FAIR, "The zoo's director, Lorcan Fairweather", "a keeper had left a service gate unlatched during Sunday's evening feeding", 'said', role='director'),
    s(FAIR, 'Fairweather', '"That is on us, not on Pemba,"', 'said', 'direct', role='director'),
    s(FAIR, '', '"We have changed the procedure so that two people check every gate before the last keeper leaves."', '', 'direct', role='director'),
    s(FAIR, 'Fairweather', 'the keeper had not been disciplined and was "more upset than anyone."', 'said', 'mixed', role='director'),
    s('Residents of Hollis Park', 'Residents of Hollis Park', 'they had spotted the panda on Sunday night and watched it move from tree to tree over the next day', 'said'),
    s('Marisol Quintero-Blake', 'Marisol Quintero-Blake', 'her children saw "a fox with a striped tail" from their bedroom window at about 9 p.m. and woke her up', 'said', 'mixed'),
    s('Marisol Quintero-Blake', 'she', '"I thought they were dreaming,"', 'said', 'direct'),
    s('Marisol Quintero-Blake', '', '"Then I looked out and there was this little face looking back at me."', '', 'direct'),
    s('Henrik Solberg-Amadi', 'A neighbour, Henrik Solberg-Amadi', "he called the zoo's emergency line at 9:30 p.m. and was told a team was on its way", 'said', role='neighbour'),
    s('Henrik Solberg-Amadi', 'The 67-year-old', 'he then stood under the tree for two hours "so nobody would do anything stupid."', 'said', 'mixed', role='neighbour'),
    s('Clive', 'One man, who would give only his first name, Clive', 'he had been told by the zoo to keep his dog inside for two days and had not been told why until Monday afternoon', 'said'),
    s('Esther Lindqvist-Obi', "The zoo's communications manager, Esther Lindqvist-Obi", 'the zoo had asked residents on Monday not to approach the panda|to avoid a crowd gathering under the trees', 'said', role='communications manager'),
    s('Esther Lindqvist-Obi', 'She', 'some residents had heard about the escape from the news before hearing from the zoo', 'acknowledged', role='communications manager'),
    s('Akash Merriweather', 'Akash Merriweather, a zoology professor at Carrow University who studies the species', 'Red pandas are good climbers and rarely come down from trees when frightened', 'said', role='zoology professor'),
    s('Akash Merriweather', 'He', "Pemba had probably eaten leaves and fruit from the neighbourhood's gardens", 'said', role='zoology professor'),
    s('Akash Merriweather', 'Merriweather', '"He will have had the best two days of his life, and now he\'ll sleep for a week,"', 'said', 'direct', role='zoology professor'),
    s('Lindenfield Zoo', 'The zoo', 'Pemba would be kept off display until the end of the week', 'said'),
)

VANCE = 'Theodora Vance-Mbeki'
KOV = 'Aleksander Kovalenko-Reid'

doc('bq14-paper-farmers-market-moves-to-rail-yard', 'Millbrook Herald-Tribune', '2044-04-04', '''
Farmers' market to leave Courthouse Square for old rail yard

Vendors split over move; council approves two-year trial

By Jonah Petrakis-Lowe

MILLBROOK — The Millbrook Farmers' Market, a Saturday fixture on Courthouse Square since 1987, will move this summer to the paved lot of the old Canal Street rail yard, after city council voted 6-3 on Tuesday to approve a two-year trial.

Market manager Theodora Vance-Mbeki said the square had simply run out of room. The market has grown from 40 stalls to 112 in a decade, she said, and there is a waiting list of 30 vendors. "We are turning away young farmers every month," Vance-Mbeki said. "The rail yard gives us space for 160 stalls, parking, and a loading dock. The square gives us charm and a traffic jam."

She said the market's board had looked at five sites over two years and that the rail yard was "the only one that works on paper and on the ground."

Not all vendors agree. Aleksander Kovalenko-Reid, who has sold honey and beeswax candles on the square for 22 years, said the move would cost him the walk-in customers who come for the courthouse, the library and the coffee shops. "Nobody walks to a rail yard," the 63-year-old said. "They drive there, they buy a bag of potatoes, and they leave."

He said he and about a dozen other long-time vendors had asked the board in February to keep a smaller Saturday market on the square. The board turned them down, he said.

Vance-Mbeki said the board considered a split market but concluded it would divide customers and leave both sites "half-empty."

Councillor Noor Abernethy-Sato, who voted against the trial, said she worried about the rail yard's distance from the bus routes. Older residents without cars, she said, would lose "the one place in town where they can buy fresh food within walking distance." She asked staff to report back on a shuttle from the square.

Mayor Cyril Oduya-Brenner, who supported the move, called the trial "a fair test." He said the city would spend $85,000 on lighting, washrooms and a crosswalk at the rail yard, money he said would have been needed anyway for the site's redevelopment.

Shoppers on the square Saturday were divided. Ingrid Mwangi-Thorsen, who was buying eggs with her two sons, said she would follow the market wherever it went. Her sister, Rosa, who lives downtown, said she probably would not. "I come because it's here," she said. "If I have to get in the car, I'll go to the supermarket."

Downtown business owners say they are worried too. The Courthouse Square Merchants' Association said in a letter to council that Saturday sales at some shops are twice those of a weekday, and that it wants the city to fill the square with other events.

The market's first Saturday at the rail yard is set for June 7.
''',
    s(VANCE, 'Market manager Theodora Vance-Mbeki', 'the square had simply run out of room', 'said', role='Market manager'),
    s(VANCE, 'she', 'The market has grown from 40 stalls to 112 in a decade|there is a waiting list of 30 vendors', 'said', role='Market manager'),
    s(VANCE, 'Vance-Mbeki', '"We are turning away young farmers every month,"', 'said', 'direct', role='Market manager'),
    s(VANCE, '', '"The rail yard gives us space for 160 stalls, parking, and a loading dock. The square gives us charm and a traffic jam."', '', 'direct', role='Market manager'),
    s(VANCE, 'She', 'the market\'s board had looked at five sites over two years and that the rail yard was "the only one that works on paper and on the ground."', 'said', 'mixed', role='Market manager'),
    s(KOV, 'Aleksander Kovalenko-Reid', 'the move would cost him the walk-in customers who come for the courthouse, the library and the coffee shops', 'said'),
    s(KOV, 'the 63-year-old', '"Nobody walks to a rail yard,"', 'said', 'direct'),
    s(KOV, '', '"They drive there, they buy a bag of potatoes, and they leave."', '', 'direct'),
    s(KOV, 'He', 'he and about a dozen other long-time vendors had asked the board in February to keep a smaller Saturday market on the square', 'said'),
    s(KOV, 'he', 'The board turned them down', 'said'),
    s(VANCE, 'Vance-Mbeki', 'the board considered a split market but concluded it would divide customers and leave both sites "half-empty."', 'said', 'mixed', role='Market manager'),
    s('Noor Abernethy-Sato', 'Councillor Noor Abernethy-Sato, who voted against the trial', "she worried about the rail yard's distance from the bus routes", 'said', role='Councillor'),
    s('Noor Abernethy-Sato', 'she', ['Older residents without cars,', 'would lose "the one place in town where they can buy fresh food within walking distance."'], 'said', 'mixed', role='Councillor', anchor='Older residents without cars'),
    s('Noor Abernethy-Sato', 'She', 'staff to report back on a shuttle from the square', 'asked', role='Councillor'),
    s('Cyril Oduya-Brenner', 'Mayor Cyril Oduya-Brenner, who supported the move', 'the trial "a fair test."', 'called', 'mixed', role='Mayor'),
    s('Cyril Oduya-Brenner', 'He', 'the city would spend $85,000 on lighting, washrooms and a crosswalk at the rail yard|for the site\'s redevelopment', 'said', role='Mayor'),
    s('Cyril Oduya-Brenner', 'he', "would have been needed anyway for the site's redevelopment", 'said', nested=True, via='Cyril Oduya-Brenner'),
    s('Ingrid Mwangi-Thorsen', 'Ingrid Mwangi-Thorsen', 'she would follow the market wherever it went', 'said'),
    s('Rosa', 'Her sister, Rosa, who lives downtown', 'she probably would not', 'said', role='sister'),
    s('Rosa', 'she', '"I come because it\'s here,"', 'said', 'direct', role='sister'),
    s('Rosa', '', '"If I have to get in the car, I\'ll go to the supermarket."', '', 'direct', role='sister'),
    s('Downtown business owners', 'Downtown business owners', 'they are worried too', 'say'),
    s("The Courthouse Square Merchants' Association", "The Courthouse Square Merchants' Association", 'Saturday sales at some shops are twice those of a weekday, and that it wants the city to fill the square with other events', 'said'),
)

GALL = 'Hugo Gallagher-Nwosu'
PERR = 'Simone Perreault-Lund'

doc('bq15-paper-station-4-fire-hall-closing', 'The Ashgrove Sentinel', '2044-11-19', '''
Ashgrove to close Station 4 fire hall; chief says response times will hold

East-end residents doubt the 40-second estimate

By Kiran Vasquez-Holt

ASHGROVE — The city will close the Station 4 fire hall on Dunmore Road in March and move its crew and engine to a new station three kilometres away, Fire Chief Hugo Gallagher-Nwosu announced Monday.

The 68-year-old building, which has served the east end since 1976, has a cracked foundation and cannot hold a modern engine, the chief said. Repairing it would cost an estimated $4.3 million, according to an engineering report the city commissioned last year, while the new station on Bayliss Avenue will open in February.

Gallagher-Nwosu said modelling by the department showed that average response times in the east end would rise by no more than 40 seconds. "I would not close a hall if I thought it would put anyone at risk," he said. "The numbers tell me it won't."

Residents who live near Station 4 are not convinced.

"Forty seconds is an average. My house is at the end of a dead-end street with one way in," said Margaret Oyelaran-Fisk, who has lived on Pinecrest Lane for 41 years. She said she called 911 last winter when her husband collapsed, and the crew from Station 4 was at her door in under four minutes.

"He is alive because of those four minutes," she said.

Her neighbour across the street, Evelyn Drummond-Achterberg, said she had signed a petition asking council to keep the hall open. The petition, organized by the Dunmore Road Residents' Association, has more than 1,800 signatures, according to the group's chair, Simone Perreault-Lund.

Perreault-Lund said the association would ask council to commission an independent review of the department's modelling. She said the city had given residents "a conclusion, not a consultation."

The firefighters' union, Local 1187, said it supported the new station but opposed closing Station 4 until a third east-end hall is built. Union president Dario Klein-Mbatha said crews had raised concerns about traffic on the Bayliss Avenue bridge, which is often backed up at rush hour.

Asked about the bridge, the chief said the department's modelling had taken rush-hour traffic into account. He said crews would be able to use a new signal priority system that turns lights green for fire engines.

Councillor Wendell Ashby-Rook, who represents the east end, said he would not vote for the closure unless the department released its full modelling to the public. "People are being asked to trust a spreadsheet they have never seen," he said.

Mayor Irene Castellanos-Whitby said in a statement that the decision belongs to the fire chief under the city's emergency services bylaw, but that she has asked him to meet with east-end residents before March.

The department has scheduled a public information session for Dec. 3 at the Dunmore Road Community Centre.
''',
    s(GALL, 'chief', 'response times will hold', 'says', role='Fire Chief'),
    s('East-end residents', 'East-end residents', 'the 40-second estimate', 'doubt'),
    s(GALL, 'Fire Chief Hugo Gallagher-Nwosu', 'The city will close the Station 4 fire hall on Dunmore Road in March and move its crew and engine to a new station three kilometres away', 'announced', role='Fire Chief'),
    s(GALL, 'the chief', 'The 68-year-old building, which has served the east end since 1976, has a cracked foundation and cannot hold a modern engine', 'said', role='Fire Chief'),
    s('an engineering report', 'an engineering report the city commissioned last year', 'Repairing it would cost an estimated $4.3 million', 'according to'),
    s(GALL, 'Gallagher-Nwosu', 'modelling by the department showed that average response times in the east end would rise by no more than 40 seconds', 'said', role='Fire Chief'),
    s('the department', 'modelling by the department', 'average response times in the east end would rise by no more than 40 seconds', 'showed', nested=True, via=GALL),
    s(GALL, 'he', '"I would not close a hall if I thought it would put anyone at risk,"', 'said', 'direct', role='Fire Chief'),
    s(GALL, '', '"The numbers tell me it won\'t."', '', 'direct', role='Fire Chief'),
    s('Margaret Oyelaran-Fisk', 'Margaret Oyelaran-Fisk', '"Forty seconds is an average. My house is at the end of a dead-end street with one way in,"', 'said', 'direct'),
    s('Margaret Oyelaran-Fisk', 'She', 'she called 911 last winter when her husband collapsed, and the crew from Station 4 was at her door in under four minutes', 'said'),
    s('Margaret Oyelaran-Fisk', 'she', '"He is alive because of those four minutes,"', 'said', 'direct'),
    s('Evelyn Drummond-Achterberg', 'Her neighbour across the street, Evelyn Drummond-Achterberg', 'she had signed a petition asking council to keep the hall open', 'said', role='neighbour'),
    s("Dunmore Road Residents' Association", 'a petition', 'council to keep the hall open', 'asking', nested=True, via='Evelyn Drummond-Achterberg'),
    s(PERR, "the group's chair, Simone Perreault-Lund", 'The petition, organized by the Dunmore Road Residents\' Association, has more than 1,800 signatures', 'according to', role='chair'),
    s(PERR, 'Perreault-Lund', "the association would ask council to commission an independent review of the department's modelling", 'said', role='chair'),
    s(PERR, 'She', 'the city had given residents "a conclusion, not a consultation."', 'said', 'mixed', role='chair'),
    s('Local 1187', "The firefighters' union, Local 1187", 'it supported the new station but opposed closing Station 4 until a third east-end hall is built', 'said'),
    s('Dario Klein-Mbatha', 'Union president Dario Klein-Mbatha', 'crews had raised concerns about traffic on the Bayliss Avenue bridge, which is often backed up at rush hour', 'said', role='Union president'),
    s(GALL, 'the chief', "the department's modelling had taken rush-hour traffic into account", 'said', role='Fire Chief', anchor='Asked about the bridge'),
    s(GALL, 'He', 'crews would be able to use a new signal priority system that turns lights green for fire engines', 'said', role='Fire Chief'),
    s('Wendell Ashby-Rook', 'Councillor Wendell Ashby-Rook, who represents the east end', 'he would not vote for the closure unless the department released its full modelling to the public', 'said', role='Councillor'),
    s('Wendell Ashby-Rook', 'he', '"People are being asked to trust a spreadsheet they have never seen,"', 'said', 'direct', role='Councillor'),
    s('Irene Castellanos-Whitby', 'Mayor Irene Castellanos-Whitby', "the decision belongs to the fire chief under the city's emergency services bylaw, but that she has asked him to meet with east-end residents before March", 'said', role='Mayor'),
)

ROSS = 'Benedetta Rossi-Kagame'
TANN = 'Colm Tannenbaum'

doc('bq16-paper-bakery-noise-dispute-orchard-street', 'The Harlow Valley Record', '2044-08-29', '''
Neighbours, bakery at odds over 4 a.m. clatter on Orchard Street

By Priya Halvorsen-Diaz

HARLOW VALLEY — Every morning at 4, the ovens at Crumb & Kettle come on, the exhaust fans start to hum and the delivery van backs up to the kitchen door, its reverse alarm beeping down Orchard Street.

For Colm Tannenbaum, who lives in the apartment above the laundromat next door, that is the end of the night. "It's like sleeping next to an airport," the retired schoolteacher said. "I've measured it: 62 decibels at my bedroom window."

He and five other neighbours have filed complaints with the town since the bakery opened in March. Tannenbaum said the town sent an inspector once, in May, at 2 p.m. "Of course it was quiet at 2 p.m.," he said.

The bakery's owner, Benedetta Rossi-Kagame, said she has spent $18,000 on quieter fans and a sound-dampening wall since the first complaint. The 36-year-old pastry chef, who opened Crumb & Kettle after a decade in restaurant kitchens in Port Amberly, said she had also asked her supplier to switch off the van's alarm on Orchard Street, which the supplier refused to do for safety reasons.

"I want to be a good neighbour. I've knocked on every door on this block," she said. "But bread does not bake itself at 9 a.m. If I start later, I don't have a business."

Photo: Benedetta Rossi-Kagame shapes loaves at Crumb & Kettle on Orchard Street on Aug. 26. (Lena Brightwater / The Harlow Valley Record)

Not everyone on the street is upset. Farid Okonjo-Vail, who runs the barbershop across the road, said the bakery had brought foot traffic the block had not seen in years. "People come for a croissant and then they see my chair is empty," he said, laughing.

Another neighbour, a nurse who works nights and asked that her name not be used, said the noise had never bothered her. She said the smell of bread at 5 a.m. was "the best part of coming home."

The town's bylaw manager, Oskar Lindgren-Amoah, said the town's noise bylaw allows commercial kitchens to operate at any hour as long as sound at the property line stays under 65 decibels between 11 p.m. and 7 a.m. He said the May inspection found the bakery within the limit, and that the town would take another reading "at a time that reflects the complaint."

Tannenbaum said he had been promised that second reading in June.

Council will hear a delegation from the neighbours on Sept. 9. Coun. Mira Falkenrath-Obi, whose ward includes Orchard Street, said she hoped both sides could agree on a fix before it comes to that. "Nobody wants to lose a bakery, and nobody should lose their sleep," she said.

Rossi-Kagame said she would attend. So will Tannenbaum. He said he would bring his decibel meter.

Sign up for the Record's morning newsletter for the latest Harlow Valley news.
''',
    s(TANN, 'the retired schoolteacher', '"It\'s like sleeping next to an airport,"', 'said', 'direct', role='retired schoolteacher'),
    s(TANN, '', '"I\'ve measured it: 62 decibels at my bedroom window."', '', 'direct', role='retired schoolteacher'),
    s(TANN, 'Tannenbaum', 'the town sent an inspector once, in May, at 2 p.m.', 'said', role='retired schoolteacher'),
    s(TANN, 'he', '"Of course it was quiet at 2 p.m.,"', 'said', 'direct', role='retired schoolteacher'),
    s(ROSS, "The bakery's owner, Benedetta Rossi-Kagame", 'she has spent $18,000 on quieter fans and a sound-dampening wall since the first complaint', 'said', role='owner'),
    s(ROSS, 'The 36-year-old pastry chef', "she had also asked her supplier to switch off the van's alarm on Orchard Street, which the supplier refused to do for safety reasons", 'said', role='owner'),
    s(ROSS, 'she', '"I want to be a good neighbour. I\'ve knocked on every door on this block,"', 'said', 'direct', role='owner'),
    s(ROSS, '', '"But bread does not bake itself at 9 a.m. If I start later, I don\'t have a business."', '', 'direct', role='owner'),
    s('Farid Okonjo-Vail', 'Farid Okonjo-Vail', 'the bakery had brought foot traffic the block had not seen in years', 'said'),
    s('Farid Okonjo-Vail', 'he', '"People come for a croissant and then they see my chair is empty,"', 'said', 'direct'),
    s('Another neighbour, a nurse who works nights', 'Another neighbour, a nurse who works nights and asked that her name not be used', 'the noise had never bothered her', 'said', role='nurse'),
    s('Another neighbour, a nurse who works nights', 'She', 'the smell of bread at 5 a.m. was "the best part of coming home."', 'said', 'mixed', role='nurse'),
    s('Oskar Lindgren-Amoah', "The town's bylaw manager, Oskar Lindgren-Amoah", "the town's noise bylaw allows commercial kitchens to operate at any hour|between 11 p.m. and 7 a.m.", 'said', role='bylaw manager'),
    s('Oskar Lindgren-Amoah', 'He', 'the May inspection found the bakery within the limit, and that the town would take another reading "at a time that reflects the complaint."', 'said', 'mixed', role='bylaw manager'),
    s(TANN, 'Tannenbaum', 'he had been promised that second reading in June', 'said', role='retired schoolteacher'),
    s('Mira Falkenrath-Obi', 'Coun. Mira Falkenrath-Obi, whose ward includes Orchard Street', 'she hoped both sides could agree on a fix before it comes to that', 'said', role='Coun.'),
    s('Mira Falkenrath-Obi', 'she', '"Nobody wants to lose a bakery, and nobody should lose their sleep,"', 'said', 'direct', role='Coun.'),
    s(ROSS, 'Rossi-Kagame', 'she would attend', 'said', role='owner'),
    s(TANN, 'He', 'he would bring his decibel meter', 'said', role='retired schoolteacher'),
)
