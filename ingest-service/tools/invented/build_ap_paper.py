"""Set AP's five North American newspaper articles (see build_ap.py)."""
from invented_common import doc_spans as doc, s

FENN = 'Curtis Fenner'
MACR = 'Alanna MacRory'
DUBE = 'Hélène Dubeau'
PRIC = 'Justice of the Peace Raymond Price'
PRI = 'Raymond Price'
WYLD = 'Ted Wylde'

doc('ap12-paper-brantford-councillor-bail-hearing', 'The Brantford Examiner', '2034-05-09', '''
Councillor granted bail on fraud charges, ordered to stay away from city hall

Crown says Fenner moved $180,000 in grants to a charity he controlled

By Megan Sauvé
Staff Reporter

Brantford city councillor Curtis Fenner was released on $25,000 bail Wednesday on condition that he not enter city hall or contact any city employee, four days after he was charged with fraud over $5,000 and breach of trust.

Fenner, 52, who has represented Ward 4 since 2026, sat in the prisoner's box in a grey suit and said nothing during the two-hour hearing.

Crown prosecutor Alanna MacRory told the court that Fenner had steered $180,000 in city community grants over three years to the Northside Youth Futures Foundation, a charity whose board he chaired and whose only employee was his nephew.

Most of that money, she said, was spent on payments to two numbered companies, one registered at Fenner's home address.

MacRory argued that Fenner should be kept away from city hall because several witnesses are city staff who worked under him on the grants committee. "These are people whose careers depended on this man's goodwill. They should not have to meet him in the elevator," she said.

Defence lawyer Hélène Dubeau called the Crown's case "a bookkeeping dispute dressed up as a crime" and said her client would plead not guilty.

"Every dollar of those grants went through a committee and a vote of council. Nobody hid anything," Dubeau said. She said the foundation had run after-school programs for more than 300 children and that its records would show it.

Dubeau asked that her client be allowed to attend council meetings, arguing that barring an elected councillor from the chamber would deprive Ward 4 residents of their representative. The Crown opposed the request.

Justice of the Peace Raymond Price refused it. He said the right of residents to be represented did not outweigh the risk that witnesses would be influenced, and noted that council could allow Fenner to take part by video.

"This is not a finding of guilt, and nobody should read it as one," Price said.

Fenner must also surrender his passport and report to police once a week.

Outside the courthouse, Fenner's sister, Joanne Fenner-Boyd, told reporters the family was "stunned" by the charges. "My brother coached half the kids on our street. He is not a thief," she said.

Mayor Ted Wylde said in a statement Wednesday afternoon that council would meet next week to decide whether Fenner's committee appointments should be suspended. He said city staff had co-operated fully with the police investigation, which began after an internal audit last fall.

Wylde declined to say whether he believed Fenner should resign.

Ward 4 resident Dolores Achebe, who attended the hearing, said she had voted for Fenner twice. "I want to hear his side. But I also want to know where the money for our kids went," she said.

None of the allegations has been proven in court. Fenner's next appearance is scheduled for June 14.
''',
    s(MACR, 'Crown', 'Fenner moved $180,000 in grants to a charity he controlled', 'says', role='Crown prosecutor'),
    s(MACR, 'Crown prosecutor Alanna MacRory', 'Fenner had steered $180,000 in city community grants|was his nephew', 'told', role='Crown prosecutor'),
    s(MACR, 'she', ['Most of that money', "was spent on payments|one registered at Fenner's home address"], 'said', anchor='Most of that money', role='Crown prosecutor'),
    s(MACR, 'MacRory', 'Fenner should be kept away from city hall|on the grants committee', 'argued', role='Crown prosecutor'),
    s(MACR, 'she', '"These are people whose careers depended|meet him in the elevator,"', 'said', 'direct', role='Crown prosecutor'),
    s(DUBE, 'Defence lawyer Hélène Dubeau', 'the Crown\'s case "a bookkeeping dispute dressed up as a crime"', 'called', 'mixed', role='Defence lawyer'),
    s(DUBE, '', 'her client would plead not guilty', 'said', role='Defence lawyer'),
    s(DUBE, 'Dubeau', '"Every dollar of those grants went through a committee and a vote of council. Nobody hid anything,"', 'said', 'direct', role='Defence lawyer'),
    s(DUBE, 'She', 'the foundation had run after-school programs|its records would show it', 'said', role='Defence lawyer'),
    s(DUBE, 'Dubeau', 'her client be allowed to attend council meetings, arguing that|of their representative', 'asked', role='Defence lawyer'),
    s(MACR, 'The Crown', 'the request', 'opposed', role='Crown prosecutor'),
    s(PRI, 'He', 'the right of residents to be represented did not outweigh the risk that witnesses would be influenced', 'said', role='Justice of the Peace'),
    s(PRI, '', 'council could allow Fenner to take part by video', 'noted', role='Justice of the Peace'),
    s(PRI, 'Price', '"This is not a finding of guilt, and nobody should read it as one,"', 'said', 'direct', role='Justice of the Peace'),
    s('Joanne Fenner-Boyd', "Fenner's sister, Joanne Fenner-Boyd", 'the family was "stunned" by the charges', 'told', 'mixed'),
    s('Joanne Fenner-Boyd', 'she', '"My brother coached half the kids on our street. He is not a thief,"', 'said', 'direct'),
    s(WYLD, 'Mayor Ted Wylde', "council would meet next week to decide whether Fenner's committee appointments should be suspended", 'said', role='Mayor'),
    s(WYLD, 'He', 'city staff had co-operated fully with the police investigation|last fall', 'said', role='Mayor'),
    s('Dolores Achebe', 'Ward 4 resident Dolores Achebe', 'she had voted for Fenner twice', 'said', role='Ward 4 resident'),
    s('Dolores Achebe', 'she', '"I want to hear his side. But I also want to know where the money for our kids went,"', 'said', 'direct', role='Ward 4 resident'),
)

NGUY = 'Dr. Linh Nguyen-Hart'
OSTE = 'Gail Osterman'
CARV = 'Miguel Carvalho'
RASK = 'Priscilla Raskin'
BELL = 'Devon Bellamy'

doc('ap13-paper-lachine-school-fountains-lead', 'Lachine Valley Gazette', '2034-09-17', '''
Lead found in water at 11 Lachine Valley schools; fountains shut

Parents say they learned of the results from a leaked memo

Drinking fountains at 11 Lachine Valley public schools were shut off Tuesday after tests found lead above the federal guideline in water from at least one tap in each building, the school district confirmed.

The highest result, at Rosedale Elementary, was 48 micrograms per litre, more than nine times the guideline of five micrograms, according to a summary of the tests released by the district Tuesday evening.

District spokeswoman Gail Osterman said the schools were supplied with bottled water from Wednesday morning and that no student had been reported ill. She said all of the affected buildings were built before 1960 and that the lead most likely came from old solder and fixtures rather than from the city's water mains.

But parents at Rosedale said they learned about the results not from the district but from a copy of an internal memo that circulated on a neighbourhood social media group on Monday night.

"The memo is dated Sept. 2. My kids drank from those fountains for two weeks after somebody at the district knew," said Miguel Carvalho, whose two children attend the school. "I don't want an apology. I want to know who sat on it."

Osterman said the memo referred to preliminary results that had to be confirmed by a second laboratory before the district could act on them. "We moved within 24 hours of having confirmed numbers," she said.

Dr. Linh Nguyen-Hart, the region's medical officer of health, said short-term exposure at the levels found was unlikely to cause lasting harm but that there was no safe level of lead for young children.

She urged parents who were worried to speak to their family doctor about a blood test, which she said would be free for students of the affected schools.

"I would rather test a thousand children who are fine than miss one who is not," Nguyen-Hart said.

Priscilla Raskin, a professor of environmental engineering at Brennan University who studies drinking water in schools, said the problem was "entirely predictable." Older schools across the province have the same plumbing, she said, and only a handful of districts test every tap.

"Testing one fountain per floor tells you about one fountain per floor," Raskin said.

School board chair Devon Bellamy said trustees would ask for an independent review of how the test results were handled. He stopped short of criticizing district staff.

"If there was a delay, we will find out why, and parents will hear it from us first this time," he said.

Trustee Anjali Mehra went further, calling for every tap in every school built before 1990 to be tested before the end of the year and for the results to be posted online.

The province's Ministry of Education said in an email that it had asked the district for a full report and would "review whether the current testing rules are adequate." The ministry requires schools to test one tap per floor every three years.

Replacing fixtures in the 11 schools will cost about $2.1 million, according to a preliminary estimate by district facilities staff. Osterman said the district had not decided whether to seek emergency funding from the province.

Parents have been invited to a meeting at Rosedale Elementary on Thursday at 7 p.m.
''',
    s('Parents', 'Parents', 'they learned of the results from a leaked memo', 'say'),
    s('school district', 'the school district', 'Drinking fountains at 11 Lachine Valley public schools were shut off Tuesday|in each building', 'confirmed'),
    s('school district', 'a summary of the tests released by the district', 'The highest result, at Rosedale Elementary, was 48 micrograms per litre|five micrograms', 'according to'),
    s(OSTE, 'District spokeswoman Gail Osterman', 'the schools were supplied with bottled water from Wednesday morning|reported ill', 'said', role='District spokeswoman'),
    s(OSTE, 'She', "all of the affected buildings were built before 1960|from the city's water mains", 'said', role='District spokeswoman'),
    s('parents at Rosedale', 'parents at Rosedale', 'they learned about the results not from the district|on Monday night', 'said'),
    s(CARV, 'Miguel Carvalho, whose two children attend the school', '"The memo is dated Sept. 2.|after somebody at the district knew,"', 'said', 'direct'),
    s(CARV, '', '"I don\'t want an apology. I want to know who sat on it."', '', 'direct'),
    s(OSTE, 'Osterman', 'the memo referred to preliminary results|before the district could act on them', 'said', role='District spokeswoman'),
    s(OSTE, 'she', '"We moved within 24 hours of having confirmed numbers,"', 'said', 'direct', role='District spokeswoman'),
    s(NGUY, "Dr. Linh Nguyen-Hart, the region's medical officer of health", 'short-term exposure at the levels found was unlikely to cause lasting harm|for young children', 'said', role='medical officer of health'),
    s(NGUY, 'She', 'parents who were worried to speak to their family doctor about a blood test', 'urged', role='medical officer of health'),
    s(NGUY, 'she', 'would be free for students of the affected schools', 'said', role='medical officer of health', nested=True),
    s(NGUY, 'Nguyen-Hart', '"I would rather test a thousand children who are fine than miss one who is not,"', 'said', 'direct', role='medical officer of health'),
    s(RASK, 'Priscilla Raskin, a professor of environmental engineering at Brennan University', 'the problem was "entirely predictable."', 'said', 'mixed', role='professor of environmental engineering'),
    s(RASK, 'she', 'Older schools across the province have the same plumbing|test every tap', 'said', role='professor of environmental engineering'),
    s(RASK, 'Raskin', '"Testing one fountain per floor tells you about one fountain per floor,"', 'said', 'direct', role='professor of environmental engineering'),
    s(BELL, 'School board chair Devon Bellamy', 'trustees would ask for an independent review of how the test results were handled', 'said', role='School board chair'),
    s(BELL, 'he', '"If there was a delay, we will find out why|from us first this time,"', 'said', 'direct', role='School board chair'),
    s('Anjali Mehra', 'Trustee Anjali Mehra', 'every tap in every school built before 1990 to be tested|posted online', 'calling for', role='Trustee'),
    s('Ministry of Education', "The province's Ministry of Education", 'it had asked the district for a full report and would "review whether the current testing rules are adequate."', 'said', 'mixed'),
    s('district facilities staff', 'a preliminary estimate by district facilities staff', 'Replacing fixtures in the 11 schools will cost about $2.1 million', 'according to'),
    s(OSTE, 'Osterman', 'the district had not decided whether to seek emergency funding from the province', 'said', role='District spokeswoman'),
)

OKON = 'Theo Okonkwo-Lind'
BARR = 'Sean Barrett'
HASK = 'Jules Haskell'
WREN = 'Maddie Wren'

doc('ap14-paper-cedar-ridge-golf-open-final-round', 'The Halifax Harbour Sun', '2034-07-24', '''
Okonkwo-Lind holds off Barrett to win Maritime Open by a stroke

By Colin Ferrier
Sports Reporter

Theo Okonkwo-Lind had played 71 holes of near-perfect golf. On the 72nd, he needed two putts from 40 feet to win the Maritime Open, and he admitted afterward that his hands were not entirely his own.

"I was trying to remember how to breathe," the 26-year-old from Moncton said after rolling his first putt to within a foot and tapping in for a final-round 68 and a one-stroke victory over Sean Barrett at Cedar Ridge Golf Club on Sunday.

Okonkwo-Lind finished at 14-under 270 for his first win on the tour and a cheque for $540,000. Barrett, who birdied four of his last six holes, closed with a 65.

"I gave him something to think about, and that's all you can do from two groups ahead," Barrett said. "He didn't blink. Well, he blinked on the last green, but he didn't miss."

The turning point came at the par-5 15th, where Okonkwo-Lind hit a 3-wood from a fairway bunker onto the green and made a 12-foot eagle putt to go three strokes clear.

His caddie, Jules Haskell, said they had argued about the club for almost a minute.

"I wanted him to lay up. He said, 'Jules, I've hit that shot in my sleep.' I said, 'You're not asleep,'" Haskell recalled, laughing. "He hit it anyway. That's why his name is on the trophy and not mine."

Okonkwo-Lind, who lost his tour card two years ago and spent a season on the developmental circuit, said the lean year had taught him to stop chasing results.

"I used to look at the leaderboard on every hole. This week I didn't look once until 16," he said. "My coach told me at the start of the week, 'Play your own tournament.' I finally listened."

The galleries on the closing holes were the biggest the tournament has drawn since it moved to Cedar Ridge in 2029, according to tournament director Maddie Wren, who estimated Sunday's crowd at more than 22,000.

Wren said the tournament had sold out its hospitality tents for the first time and that organizers would ask the tour for a date in June next year to avoid the late-summer storms that shortened the 2032 and 2033 events.

Not every player was happy with the course. Two players, who did not want to be named criticizing the host club, said the greens had been "cut to the bone" and were running faster than anything they had seen all season.

Barrett was not among the critics. "Fast greens are the same for everybody. I'd play them again tomorrow," he said.

Local amateur Kyle Desrosiers, 19, the low amateur at 2-over, said playing in front of his hometown crowd had been "the best four days of my life." He said he would start at a U.S. college on a golf scholarship in September.

Okonkwo-Lind said he would celebrate with his family in Moncton before the tour moves on to Quebec City.

"My mother has been to every tournament I've ever played in Canada," he said. "She cried on 18. I told her I was the one who was supposed to be nervous."
''',
    s(OKON, 'he', 'his hands were not entirely his own', 'admitted'),
    s(OKON, 'the 26-year-old from Moncton', '"I was trying to remember how to breathe,"', 'said', 'direct'),
    s(BARR, 'Barrett', '"I gave him something to think about|from two groups ahead,"', 'said', 'direct'),
    s(BARR, '', '"He didn\'t blink. Well, he blinked on the last green, but he didn\'t miss."', '', 'direct'),
    s(HASK, 'His caddie, Jules Haskell', 'they had argued about the club for almost a minute', 'said', role='caddie'),
    s(HASK, 'Haskell', '"I wanted him to lay up.|I said, \'You\'re not asleep,\'"', 'recalled', 'direct', role='caddie'),
    s(HASK, '', '"He hit it anyway. That\'s why his name is on the trophy and not mine."', '', 'direct', role='caddie'),
    s(OKON, 'Okonkwo-Lind, who lost his tour card two years ago and spent a season on the developmental circuit', 'the lean year had taught him to stop chasing results', 'said'),
    s(OKON, 'he', '"I used to look at the leaderboard on every hole. This week I didn\'t look once until 16,"', 'said', 'direct'),
    s(OKON, '', '"My coach told me at the start of the week, \'Play your own tournament.\' I finally listened."', '', 'direct'),
    s(WREN, 'tournament director Maddie Wren', 'The galleries on the closing holes were the biggest|to Cedar Ridge in 2029', 'according to', role='tournament director'),
    s(WREN, 'who', "Sunday's crowd at more than 22,000", 'estimated', role='tournament director'),
    s(WREN, 'Wren', 'the tournament had sold out its hospitality tents for the first time|the 2032 and 2033 events', 'said', role='tournament director'),
    s('Two players', 'Two players', 'the greens had been "cut to the bone"|all season', 'said', 'mixed'),
    s(BARR, 'he', '"Fast greens are the same for everybody. I\'d play them again tomorrow,"', 'said', 'direct'),
    s('Kyle Desrosiers', 'Local amateur Kyle Desrosiers', 'playing in front of his hometown crowd had been "the best four days of my life."', 'said', 'mixed', role='Local amateur'),
    s('Kyle Desrosiers', 'He', 'he would start at a U.S. college on a golf scholarship in September', 'said', role='Local amateur'),
    s(OKON, 'Okonkwo-Lind', 'he would celebrate with his family in Moncton before the tour moves on to Quebec City', 'said'),
    s(OKON, 'he', '"My mother has been to every tournament I\'ve ever played in Canada,"', 'said', 'direct'),
    s(OKON, '', '"She cried on 18. I told her I was the one who was supposed to be nervous."', '', 'direct'),
)

NORD = 'Nordale Appliances'
KRUE = 'Stefan Krueger'
PAQU = 'Denise Paquette'
LALO = 'Roger Lalonde'
SING = 'Harjit Singh-Lowe'
BOUR = 'Marc Bourassa'

doc('ap15-paper-st-amable-appliance-plant-closing', 'The Ottawa Valley Record', '2034-02-15', '''
Nordale to close St-Amable dryer plant, cutting 640 jobs

Production will move to Mexico by end of year; union calls decision 'a betrayal'

ST-AMABLE - Nordale Appliances will close its clothes-dryer plant in St-Amable by December, eliminating 640 jobs in a town of 9,000 where the factory has been the largest employer for more than half a century, the company told workers Wednesday.

Production will be moved to the company's plant in Monterrey, Mexico, Nordale said in a statement, citing "a sustained decline in North American demand and cost pressures that the St-Amable site cannot overcome."

Workers were called to the cafeteria at the start of the morning shift and told by plant manager Stefan Krueger that the plant would wind down production in stages beginning in July.

"He read from a sheet of paper and he didn't look up once," said Roger Lalonde, 58, who has worked on the assembly line for 31 years. "Then they handed out coffee and muffins. Coffee and muffins."

In an interview, Krueger said the decision had been made at the company's head office in Chicago and that he had learned of it on Monday.

"These are my neighbours. I've coached their kids in hockey. There is no good way to tell people something like this," he said. He said the company would offer severance above the legal minimum and pay for retraining for any employee who wanted it.

Denise Paquette, president of Unifor Local 2214, which represents about 520 of the plant's workers, called the closing "a betrayal" of a workforce that had accepted a wage freeze in 2031 to keep the plant open.

"We gave up raises for three years because they told us it would save the plant. We kept our side of the deal," Paquette said. She said the union would fight for the best possible closing agreement and would ask the province to examine whether Nordale had repaid a $12-million loan it received in 2030.

Provincial Economy Minister Harjit Singh-Lowe said the loan agreement required the company to maintain at least 500 jobs in St-Amable until 2035 and that the government "will enforce every line of it."

Mayor Marc Bourassa said the town would lose about a quarter of its commercial tax revenue when the plant closes. He said council would meet in emergency session Thursday and that he had asked the province for a task force to find a new owner for the building.

"We are not going to turn off the lights and go home. That building has 40 loading docks and a rail siding. Somebody can use it," Bourassa said.

Economists say the loss will ripple well beyond the plant. Clara Voisin, an economist at the Ottawa Valley Development Council, estimated that each job at the factory supports about one and a half others in the region, at suppliers, trucking firms, restaurants and shops.

Nordale's shares rose 2.4 per cent on the New York Stock Exchange after the announcement.

Across the road from the plant, Chez Ginette restaurant owner Ginette Moreau said her lunch business depends on the two shifts.

"Half my customers wear the blue Nordale jacket," she said. "I don't know who will sit in those chairs next year."

Nordale did not respond to questions about whether the Monterrey plant would be expanded or whether other Canadian sites were under review.

The company built the St-Amable plant in 1971. At its peak in the late 1990s, it employed more than 1,800 people.
''',
    s(PAQU, 'union', "decision 'a betrayal'", 'calls', 'mixed', role='president of Unifor Local 2214'),
    s(NORD, 'the company', 'Nordale Appliances will close its clothes-dryer plant in St-Amable by December|for more than half a century', 'told'),
    s(NORD, 'Nordale', "Production will be moved to the company's plant in Monterrey, Mexico", 'said'),
    s(NORD, '', '"a sustained decline in North American demand and cost pressures that the St-Amable site cannot overcome."', 'citing', 'direct'),
    s(KRUE, 'plant manager Stefan Krueger', 'the plant would wind down production in stages beginning in July', 'told', role='plant manager'),
    s(LALO, 'Roger Lalonde, 58, who has worked on the assembly line for 31 years', '"He read from a sheet of paper and he didn\'t look up once,"', 'said', 'direct'),
    s(LALO, '', '"Then they handed out coffee and muffins. Coffee and muffins."', '', 'direct'),
    s(KRUE, 'Krueger', "the decision had been made at the company's head office in Chicago|on Monday", 'said', role='plant manager'),
    s(KRUE, 'he', '"These are my neighbours.|to tell people something like this,"', 'said', 'direct', role='plant manager'),
    s(KRUE, 'He', 'the company would offer severance above the legal minimum|any employee who wanted it', 'said', role='plant manager'),
    s(PAQU, 'Denise Paquette, president of Unifor Local 2214', 'the closing "a betrayal" of a workforce|to keep the plant open', 'called', 'mixed', role='president of Unifor Local 2214'),
    s(PAQU, 'Paquette', '"We gave up raises for three years|We kept our side of the deal,"', 'said', 'direct', role='president of Unifor Local 2214'),
    s(PAQU, 'She', 'the union would fight for the best possible closing agreement|it received in 2030', 'said', role='president of Unifor Local 2214'),
    s(SING, 'Provincial Economy Minister Harjit Singh-Lowe', 'the loan agreement required the company to maintain|"will enforce every line of it."', 'said', 'mixed', role='Provincial Economy Minister'),
    s(BOUR, 'Mayor Marc Bourassa', 'the town would lose about a quarter of its commercial tax revenue when the plant closes', 'said', role='Mayor'),
    s(BOUR, 'He', 'council would meet in emergency session Thursday|a new owner for the building', 'said', role='Mayor'),
    s(BOUR, 'Bourassa', '"We are not going to turn off the lights and go home.|Somebody can use it,"', 'said', 'direct', role='Mayor'),
    s('Economists', 'Economists', 'the loss will ripple well beyond the plant', 'say'),
    s('Clara Voisin', 'Clara Voisin, an economist at the Ottawa Valley Development Council', 'each job at the factory supports about one and a half others|restaurants and shops', 'estimated', role='economist'),
    s('Ginette Moreau', 'Chez Ginette restaurant owner Ginette Moreau', 'her lunch business depends on the two shifts', 'said', role='restaurant owner'),
    s('Ginette Moreau', 'she', '"Half my customers wear the blue Nordale jacket,"', 'said', 'direct', role='restaurant owner'),
    s('Ginette Moreau', '', '"I don\'t know who will sit in those chairs next year."', '', 'direct', role='restaurant owner'),
)

CKLW = 'CKRW-FM'
ADEY = 'Bernadette Adeyemi'
SOLB = 'Walt Solberg'
NAKA = 'Kenji Nakamura-Price'

doc('ap16-paper-riverwood-community-radio-50-years', 'Riverwood Weekly Ledger', '2034-11-02', '''
Fifty years on the air, with a borrowed transmitter and 140 volunteers

Riverwood's community station CKRW-FM marks its half-century this weekend. The people who keep it running say the hard part was never the technology.

By Hannah Lund-Ferreira

The first thing Bernadette Adeyemi does when she unlocks the station on a Saturday morning is check the transmitter log. The second is make coffee for whoever slept on the couch in Studio B.

"Someone always sleeps on the couch in Studio B," says Adeyemi, 61, who has hosted the Saturday breakfast show on CKRW-FM for 23 years and has been the station's volunteer manager for nine. "We have never found out who it is. We stopped asking."

CKRW went on the air on Nov. 3, 1984, from a rented room above a hardware store on Front Street, with a transmitter borrowed from a college in Peterborough. Founder Walt Solberg, now 83, says the college expected it back within a year.

"We still have it. It's in a glass case in the hallway. I keep telling them we'll return it when they ask," he says.

Solberg, a retired high school physics teacher, remembers the first broadcast as "forty minutes of fiddle music and one terrible interview with the mayor." He says the station survived its first decade on bake sales and bingo nights.

Today CKRW broadcasts 24 hours a day in English and French, with shows in Portuguese, Tagalog and Ojibwe, from a former bank building it bought in 2011. It has two paid employees and about 140 volunteers, the youngest 14 and the oldest 91.

Station records show that more than 2,000 people have hosted a show since 1984.

Not everyone thinks a small station has a future. Advertising revenue has fallen by about a third since 2028, according to the station's annual report, and the board warned in its last budget that the station would need a new transmitter within three years at a cost of about $180,000.

Board chair Kenji Nakamura-Price says the station has raised about $70,000 of that so far and is applying for a federal community media grant.

"People ask me why anyone needs local radio when they have a phone full of podcasts," Nakamura-Price says. "I tell them to try getting the school closures from a podcast during an ice storm."

During the ice storm of 2031, when power and cellphone service were out for four days in parts of the county, CKRW stayed on the air on a generator and read out lists of warming centres every hour. Adeyemi says people still stop her in the grocery store to talk about it.

Some volunteers come for the music and stay for the company. Dev Rampersad, 17, hosts a Thursday night show of what he calls "music my parents are embarrassed by." He says he started at the station to get volunteer hours for school and kept coming back because it was the only place in town where adults listened to him.

"At school, I'm a kid. Here, I'm the host. Solberg calls me 'the competition,'" he says.

The anniversary weekend begins Friday with an open house and ends Sunday with a 12-hour live broadcast from the Riverwood Legion, where Solberg will introduce the first record he played in 1984.

He would not say what it is.

"Tune in," he says. "That's the whole point of radio."
''',
    s('The people who keep it running', 'The people who keep it running', 'the hard part was never the technology', 'say'),
    s(ADEY, 'Adeyemi', '"Someone always sleeps on the couch in Studio B,"', 'says', 'direct'),
    s(ADEY, '', '"We have never found out who it is. We stopped asking."', '', 'direct'),
    s(SOLB, 'Founder Walt Solberg', 'the college expected it back within a year', 'says', role='Founder'),
    s(SOLB, 'he', '"We still have it.|we\'ll return it when they ask,"', 'says', 'direct', role='Founder'),
    s(SOLB, 'Solberg, a retired high school physics teacher', 'the first broadcast as "forty minutes of fiddle music and one terrible interview with the mayor."', 'remembers', 'mixed', role='Founder'),
    s(SOLB, 'He', 'the station survived its first decade on bake sales and bingo nights', 'says', role='Founder'),
    s('Station records', 'Station records', 'more than 2,000 people have hosted a show since 1984', 'show'),
    s(CKLW, "the station's annual report", 'Advertising revenue has fallen by about a third since 2028', 'according to'),
    s('board', 'the board', 'the station would need a new transmitter within three years|about $180,000', 'warned'),
    s(NAKA, 'Board chair Kenji Nakamura-Price', 'the station has raised about $70,000 of that so far|community media grant', 'says', role='Board chair'),
    s(NAKA, 'Nakamura-Price', '"People ask me why anyone needs local radio|phone full of podcasts,"', 'says', 'direct', role='Board chair'),
    s(NAKA, '', '"I tell them to try getting the school closures from a podcast during an ice storm."', '', 'direct', role='Board chair'),
    s(ADEY, 'Adeyemi', 'people still stop her in the grocery store to talk about it', 'says'),
    s('Dev Rampersad', 'he', '"music my parents are embarrassed by."', 'calls', 'direct'),
    s('Dev Rampersad', 'He', 'he started at the station to get volunteer hours for school|adults listened to him', 'says'),
    s('Dev Rampersad', 'he', '"At school, I\'m a kid. Here, I\'m the host. Solberg calls me \'the competition,\'"', 'says', 'direct'),
    s(SOLB, 'he', '"Tune in,"', 'says', 'direct', role='Founder'),
    s(SOLB, '', '"That\'s the whole point of radio."', '', 'direct', role='Founder'),
)
