"""Set AS's five North American newspaper articles (see build_as.py)."""
from invented_common import doc_spans as doc, s

DELG = 'Maria Delgado'
STEN = 'Bradley Stenholm'
RUIZ = 'Tessa Ruiz'
ODUY = 'Gary Oduya'

doc('as12-paper-orrin-falls-mayor-recall-petition', 'The Orrin Falls Sentinel', '2034-11-22', '''
Recall petition against Orrin Falls mayor clears signature threshold

Clerk says vote could come as early as March; mayor calls effort 'a tantrum with a clipboard'

By Jenna Kowalczyk
Sentinel Staff Writer

ORRIN FALLS - A petition to recall Mayor Bradley Stenholm has collected enough valid signatures to force a special election, the city clerk said Tuesday, setting up the first recall vote in the city's 140-year history.

City Clerk Maria Delgado said her office had verified 3,412 signatures, 118 more than the 3,294 required, a number equal to 25 percent of the votes cast in the last mayoral election.

She said the City Council must now set an election date within 90 days, and that the earliest practical date was March 11.

The recall campaign, Orrin Falls Forward, began collecting signatures in August, two weeks after Stenholm cast the deciding vote to sell 6 acres of city-owned riverfront to a hotel developer, Larch & Pine Hospitality, for $4.1 million.

"We didn't elect him to sell the one piece of river this town owns to the highest bidder," said campaign organizer Tessa Ruiz, a retired nurse who collected more than 600 of the signatures herself. "We asked him to put it to a vote. He said no. So now we're putting him to a vote."

Stenholm, in an interview in his office at City Hall, called the recall "a tantrum with a clipboard" and said he would be a candidate in the special election.

"I made a decision I believe in. People are allowed to disagree with it. That's what the next regular election is for," he said. "It's not what a recall is for."

The 61-year-old, a former high school principal first elected in 2030, has said repeatedly that the sale will pay for a new fire station on the city's east side, which has waited 20 years for one.

Larch & Pine said in an emailed statement that the hotel would create 140 jobs and that the company "remains committed to Orrin Falls regardless of who sits in the mayor's chair."

Not all of the mayor's critics back the recall. Council member Gary Oduya, who voted against the land sale, said he had not signed the petition and would not vote for the recall.

"Recall is for corruption, not for a vote you lost," Oduya said. "If we start recalling people over zoning, nobody will ever make a hard decision in this town again."

A city official who was not authorized to speak publicly said a special election would cost the city about $85,000.

Will the council drag its feet on setting the date? Council President Anne Whitlow said she expected the council to do so at its Dec. 2 meeting, "because the law doesn't give us a choice, and neither do the voters."

Ruiz would not say how much the campaign had raised. Campaign finance reports are due Jan. 15.

Under state law, a mayor who is recalled may not be appointed to any city office for two years.

At Dot's Diner on Front Street, where the so-called "river vote" has been the main topic at the counter since summer, opinions were split.

"He's a decent man who made a bad deal," said Walt Brennan, 74, a retired millwright. "You can be both."

Copyright 2034 The Orrin Falls Sentinel
''',
    s(DELG, 'Clerk', 'vote could come as early as March', 'says', role='City Clerk'),
    s(STEN, 'mayor', "effort 'a tantrum with a clipboard'", 'calls', 'mixed', role='Mayor'),
    s(DELG, 'the city clerk', 'A petition to recall Mayor Bradley Stenholm has collected enough valid signatures to force a special election', 'said', role='City Clerk'),
    s(DELG, 'City Clerk Maria Delgado', 'her office had verified 3,412 signatures|in the last mayoral election', 'said', role='City Clerk'),
    s(DELG, 'She', 'the City Council must now set an election date within 90 days, and that the earliest practical date was March 11', 'said', role='City Clerk'),
    s(RUIZ, 'campaign organizer Tessa Ruiz', '"We didn\'t elect him to sell the one piece of river this town owns to the highest bidder,"', 'said', 'direct', role='campaign organizer'),
    s(RUIZ, '', '"We asked him to put it to a vote. He said no. So now we\'re putting him to a vote."', '', 'direct', role='campaign organizer'),
    s(STEN, 'Stenholm', 'the recall "a tantrum with a clipboard"', 'called', 'mixed', role='Mayor'),
    s(STEN, 'Stenholm', 'he would be a candidate in the special election', 'said', role='Mayor'),
    s(STEN, 'he', '"I made a decision I believe in.|That\'s what the next regular election is for,"', 'said', 'direct', role='Mayor'),
    s(STEN, '', '"It\'s not what a recall is for."', '', 'direct', role='Mayor'),
    s(STEN, 'The 61-year-old, a former high school principal first elected in 2030', "the sale will pay for a new fire station on the city's east side, which has waited 20 years for one", 'has said', role='Mayor'),
    s('Larch & Pine Hospitality', 'Larch & Pine', 'the hotel would create 140 jobs and that the company "remains committed to Orrin Falls regardless of who sits in the mayor\'s chair."', 'said', 'mixed'),
    s(ODUY, 'Council member Gary Oduya, who voted against the land sale', 'he had not signed the petition and would not vote for the recall', 'said', role='Council member'),
    s(ODUY, 'Oduya', '"Recall is for corruption, not for a vote you lost,"', 'said', 'direct', role='Council member'),
    s(ODUY, '', '"If we start recalling people over zoning, nobody will ever make a hard decision in this town again."', '', 'direct', role='Council member'),
    s('A city official', 'A city official who was not authorized to speak publicly', 'a special election would cost the city about $85,000', 'said'),
    s('Anne Whitlow', 'Council President Anne Whitlow', 'she expected the council to do so at its Dec. 2 meeting, "because the law doesn\'t give us a choice, and neither do the voters."', 'said', 'mixed', role='Council President'),
    s('Walt Brennan', 'Walt Brennan, 74, a retired millwright', '"He\'s a decent man who made a bad deal,"', 'said', 'direct', role='retired millwright'),
    s('Walt Brennan', '', '"You can be both."', '', 'direct', role='retired millwright'),
)

OWEN = 'Owen Thackeray'
SOLB = 'Renata Solberg'
R_SOLB = 'curator of dinosaurs'
KELLY = 'Kelly Thackeray'
HMNH = 'Harwood Museum of Natural History'
FELD = 'Marcus Feld'

doc('as13-paper-brandt-coulee-boy-finds-hadrosaur', 'The Prairie Ledger', '2034-10-25', '''
Nine-year-old's creek find turns out to be a 70-million-year-old duckbill

'Kids look at the ground,' museum curator says of young fossil hunters

By Carla Jennings
The Prairie Ledger

BRANDT COULEE - Owen Thackeray was looking for frogs in the creek behind his grandparents' ranch in July when he noticed a dark, ridged shape sticking out of the muddy bank.

"I thought it was a weird rock, like a rock with lines on it," says Owen, who is 9. "Then I saw it had a hole in the middle, and rocks don't have holes."

It was not a rock. Paleontologists from the Harwood Museum of Natural History say it is a tail vertebra from a hadrosaur, a plant-eating, duck-billed dinosaur that lived about 70 million years ago. A three-week dig in September uncovered some 40 more bones, including a nearly complete lower jaw.

The jaw, says Dr. Renata Solberg, the museum's curator of dinosaurs, is the most complete of its kind found in the province in 30 years.

"Kids find a lot of fossils, because kids look at the ground," Solberg says. "Adults are busy looking at their phones."

Owen's mother, Kelly Thackeray, remembers him running into the kitchen with the bone wrapped in his T-shirt. "He said, 'Mom, I think I found a dinosaur,' and I said, 'Sure you did, honey,'" she says, laughing. "I'm never living that down."

Under the province's Historical Resources Act, fossils found in the ground belong to the province, not to the landowner or the person who finds them.

The family says it never considered keeping the bones. "They belong in a museum, where other kids can see them and get ideas," says Owen's grandfather, Dale Thackeray, who has ranched the land since 1979.

The museum plans to put the jaw on display next summer, with a panel naming Owen as the discoverer. According to the museum, it will be the first time a finder that young has been credited on one of its exhibits.

Solberg says the creek bank could hold more of the same animal, and the museum has asked the family for permission to return in the spring.

"We have a tail and a jaw. Somewhere in that bank, I'd bet, is the rest of it," she says.

Not every expert expects a full skeleton. Dr. Marcus Feld, a paleontologist at the University of Northgate who was not involved in the dig, says hadrosaur bones found in old river deposits have often been scattered by ancient currents over hundreds of metres.

"Finding the rest of the animal would be lucky. Finding a jaw was already lucky," he says.

For his part, Owen has kept one souvenir: a plaster cast of the vertebra, which sits on the shelf above his bed next to a hockey trophy.

What does he want to be when he grows up? Owen says he has narrowed it down to paleontologist or goalie.

PHOTO: Owen Thackeray, 9, holds a plaster cast of the dinosaur vertebra he found in July. (Carla Jennings / The Prairie Ledger)
''',
    s(SOLB, 'museum curator', "'Kids look at the ground,'", 'says', 'direct', role=R_SOLB),
    s(OWEN, 'Owen, who is 9', '"I thought it was a weird rock, like a rock with lines on it,"', 'says', 'direct'),
    s(OWEN, '', '"Then I saw it had a hole in the middle, and rocks don\'t have holes."', '', 'direct'),
    s('Paleontologists from the Harwood Museum of Natural History', 'Paleontologists from the Harwood Museum of Natural History', 'it is a tail vertebra from a hadrosaur|about 70 million years ago', 'say'),
    s(SOLB, "Dr. Renata Solberg, the museum's curator of dinosaurs", ['The jaw,', 'is the most complete of its kind found in the province in 30 years'], 'says', role=R_SOLB, anchor='The jaw, says'),
    s(SOLB, 'Solberg', '"Kids find a lot of fossils, because kids look at the ground,"', 'says', 'direct', role=R_SOLB),
    s(SOLB, '', '"Adults are busy looking at their phones."', '', 'direct', role=R_SOLB),
    s(KELLY, "Owen's mother, Kelly Thackeray", 'him running into the kitchen with the bone wrapped in his T-shirt', 'remembers', role='mother'),
    s(KELLY, 'she', '"He said, \'Mom, I think I found a dinosaur,\' and I said, \'Sure you did, honey,\'"', 'says', 'direct', role='mother'),
    s(OWEN, 'He', "'Mom, I think I found a dinosaur,'", 'said', 'direct', nested=True, via=KELLY),
    s(KELLY, '', '"I\'m never living that down."', '', 'direct', role='mother'),
    s('The family', 'The family', 'it never considered keeping the bones', 'says'),
    s('Dale Thackeray', "Owen's grandfather, Dale Thackeray, who has ranched the land since 1979", '"They belong in a museum, where other kids can see them and get ideas,"', 'says', 'direct', role='grandfather'),
    s(HMNH, 'the museum', 'it will be the first time a finder that young has been credited on one of its exhibits', 'According to'),
    s(SOLB, 'Solberg', 'the creek bank could hold more of the same animal', 'says', role=R_SOLB),
    s(SOLB, 'she', '"We have a tail and a jaw. Somewhere in that bank, I\'d bet, is the rest of it,"', 'says', 'direct', role=R_SOLB),
    s(FELD, 'Dr. Marcus Feld, a paleontologist at the University of Northgate who was not involved in the dig', 'hadrosaur bones found in old river deposits have often been scattered by ancient currents over hundreds of metres', 'says', role='paleontologist'),
    s(FELD, 'he', '"Finding the rest of the animal would be lucky. Finding a jaw was already lucky,"', 'says', 'direct', role='paleontologist'),
    s(OWEN, 'Owen', 'he has narrowed it down to paleontologist or goalie', 'says'),
)

CFA = 'Coastal Fisheries Agency'
SOR = 'Hana Sorensen'
R_SOR = 'fisheries biologist'
ASHD = 'Roberta Ashdown'
HALV = 'Dmitri Halvorsen'
KELL = 'Marnie Kellogg'

doc('as14-paper-tamarack-river-sockeye-closure', 'The Coastal Gazette', '2034-08-19', '''
Fisheries agency shuts Tamarack River as sockeye run collapses

Only 41,000 fish returned, a fraction of forecast; 'We've never seen numbers like this' - biologist

By Devin Larkspur
The Coastal Gazette

TAMARACK LANDING - The Coastal Fisheries Agency closed the Tamarack River to all sockeye fishing on Friday, saying this year's run had collapsed to the lowest level since counts began in 1952.

Only about 41,000 sockeye have passed the counting fence at Morrow Rapids this season, less than a fifth of the preseason forecast of 230,000, according to the agency.

Regional director Paul Amundsen said the closure would stay in place at least until the end of the season on Oct. 15, and that the agency would decide in the spring whether to allow any fishing next year.

"We've never seen numbers like this, not even in the bad years of the 1990s," said Dr. Hana Sorensen, a fisheries biologist with the agency who has counted Tamarack sockeye for 22 years. "Something happened to these fish at sea, and we don't yet know what it was."

Scientists suspect that a marine heat wave in 2032, the year these fish went to sea as juveniles, left them with too little to eat. Sorensen said the agency's spring survey had found the young fish leaving the river in good condition, which pointed to the ocean rather than the river.

The Tamarack Nation, whose people have fished the river for thousands of years, said it had voluntarily stopped its own food fishery two weeks ago.

Chief Roberta Ashdown called the closure "necessary but late" and said the agency had ignored the Nation's warnings about gravel mining on the upper river for a decade.

"Our elders told them in 2024 the gravel pits were killing the spawning beds. They wrote it down and did nothing," she said.

The agency has disputed that gravel removal harms spawning beds.

Commercial fishers, who had expected to open their season this week, said the closure would cost them most of their year's income.

"I've got a $900,000 boat and a mortgage on it," said Dmitri Halvorsen, who fishes out of Tamarack Landing with his two sons. "I understand why they did it. I just don't know how I'm going to make the payments."

The agency did not say whether fishers would be compensated. The region's member of Parliament, Claire Boudreau, urged the federal government to offer emergency payments to fishing families "before the boats are repossessed, not after."

At the Cedar Bend Lodge upriver, owner Marnie Kellogg said 23 guests had cancelled fishing trips since Friday. She said she would refund every deposit.

"You can't sell a fishing trip on a river with no fish in it," she said.

Not everyone is ready to write off next year. Sorensen said sockeye that return in 2035 went to sea in 2033, when ocean temperatures were closer to normal, and that the agency's early forecast for that run was "cautiously better."

Sockeye spend two to three years at sea before returning to the gravel beds where they hatched. In a good year, the Tamarack run has topped 1 million fish, and the river's canneries once employed more than 400 people. The last of them closed in 2011.

The last full closure of the Tamarack sockeye fishery was in 1998.
''',
    s(SOR, 'biologist', "'We've never seen numbers like this'", '', 'direct', role=R_SOR),
    s(CFA, 'The Coastal Fisheries Agency', "this year's run had collapsed to the lowest level since counts began in 1952", 'saying'),
    s(CFA, 'the agency', 'Only about 41,000 sockeye have passed the counting fence at Morrow Rapids this season, less than a fifth of the preseason forecast of 230,000', 'according to'),
    s('Paul Amundsen', 'Regional director Paul Amundsen', 'the closure would stay in place at least until the end of the season on Oct. 15|whether to allow any fishing next year', 'said', role='Regional director'),
    s(SOR, 'Dr. Hana Sorensen, a fisheries biologist with the agency who has counted Tamarack sockeye for 22 years', '"We\'ve never seen numbers like this, not even in the bad years of the 1990s,"', 'said', 'direct', role=R_SOR),
    s(SOR, '', '"Something happened to these fish at sea, and we don\'t yet know what it was."', '', 'direct', role=R_SOR),
    s('Scientists', 'Scientists', 'a marine heat wave in 2032, the year these fish went to sea as juveniles, left them with too little to eat', 'suspect'),
    s(SOR, 'Sorensen', "the agency's spring survey had found the young fish leaving the river in good condition, which pointed to the ocean rather than the river", 'said', role=R_SOR),
    s('Tamarack Nation', 'The Tamarack Nation, whose people have fished the river for thousands of years', 'it had voluntarily stopped its own food fishery two weeks ago', 'said'),
    s(ASHD, 'Chief Roberta Ashdown', 'the closure "necessary but late"', 'called', 'mixed', role='Chief'),
    s(ASHD, 'Chief Roberta Ashdown', "the agency had ignored the Nation's warnings about gravel mining on the upper river for a decade", 'said', role='Chief'),
    s(ASHD, 'she', '"Our elders told them in 2024 the gravel pits were killing the spawning beds. They wrote it down and did nothing,"', 'said', 'direct', role='Chief'),
    s('Our elders', 'Our elders', 'the gravel pits were killing the spawning beds', 'told', nested=True, via=ASHD, date='2024'),
    s(CFA, 'The agency', 'gravel removal harms spawning beds', 'has disputed'),
    s('Commercial fishers', 'Commercial fishers, who had expected to open their season this week', "the closure would cost them most of their year's income", 'said'),
    s(HALV, 'Dmitri Halvorsen, who fishes out of Tamarack Landing with his two sons', '"I\'ve got a $900,000 boat and a mortgage on it,"', 'said', 'direct'),
    s(HALV, '', '"I understand why they did it. I just don\'t know how I\'m going to make the payments."', '', 'direct'),
    s('Claire Boudreau', "The region's member of Parliament, Claire Boudreau", 'the federal government to offer emergency payments to fishing families "before the boats are repossessed, not after."', 'urged', 'mixed', role='member of Parliament'),
    s(KELL, 'owner Marnie Kellogg', '23 guests had cancelled fishing trips since Friday', 'said', role='owner'),
    s(KELL, 'She', 'she would refund every deposit', 'said', role='owner'),
    s(KELL, 'she', '"You can\'t sell a fishing trip on a river with no fish in it,"', 'said', 'direct', role='owner'),
    s(SOR, 'Sorensen', 'sockeye that return in 2035 went to sea in 2033|"cautiously better."', 'said', 'mixed', role=R_SOR),
)

CAST = 'Rafael Castillo'
BREN = 'Shane Brennan'
VILL = 'Ana Villarreal'

doc('as15-paper-delmar-city-castillo-keeps-title', 'Delmar City Herald', '2034-04-30', '''
Castillo keeps belt with 11th-round knockdown in front of hometown crowd

By Rob Kwiatkowski
Herald Sports Writer

DELMAR CITY - For 10 rounds, Rafael Castillo could not find Shane Brennan. In the 11th, he found him with a left hook that nobody in the Delmar Arena will soon forget.

Castillo, 31, put Brennan down with 1:12 left in the round and held on through the 12th to keep his regional super-middleweight title by unanimous decision before a sellout crowd of 9,400 on Saturday night. Two judges scored the fight 115-112 and the third 114-113, all for the champion.

"He was making me look slow all night. I knew I had one good shot in me, maybe two," Castillo told reporters afterward, a bag of ice taped to his right hand. "I was saving it. That's what you do when you're from here and your mother is in the third row."

Brennan, a 27-year-old from Port Carver, conceded that he had "walked right into it" but insisted he had won the fight.

"I won eight rounds. Ask anybody who isn't getting paid by this building," he said. "Rafa hits like a truck, I'll give him that."

Brennan's trainer, Lou Petrakis, protested that his fighter had tripped over the referee's foot. Referee Dominic Ashe ruled that the knockdown came from a clean punch, and replays on the arena's big screen appeared to show the hook landing flush.

Castillo's trainer, Ana Villarreal - the only woman to train a titleholder in the state, according to the state athletic commission - said she had told him between the 10th and 11th rounds to stop "chasing" and to wait for Brennan to lean in.

"He listens about half the time. Tonight was one of the good halves," Villarreal said.

Promoter Stan Wexler said a rematch was "on the table" and could be held in Port Carver in the spring. Brennan's manager, who sat beside him at the news conference, declined to discuss it.

Asked whether he would retire, the 31-year-old champion laughed. "Retire? My knees are 31. My hands are 31. Everything works," he said.

A commission doctor examined Brennan after the fight and cleared him to leave the arena, a commission spokeswoman said.

For the crowd, most of whom had come to see the local fighter, the knockdown was the night. "I've been coming to fights here since 1990 and I've never heard it this loud," said season-ticket holder Gil Romero, 68. "The roof was shaking."

The 12th was a survival round. Brennan, bleeding from a cut over his left eye, pressed for the knockout he needed and landed two hard right hands in the final minute, but Castillo clinched, leaned and smothered until the bell. When the scores were read, the champion climbed the ropes in the neutral corner and pointed at the third row.

Castillo's mother, Elena, watched from the third row in a T-shirt with her son's face on it. She said she had not been able to look during the 11th round.

"I closed my eyes and prayed. When I opened them, the other boy was on the floor," she said.

Castillo (24-2, 17 KOs) has not lost since 2031. Brennan falls to 19-3.
''',
    s(CAST, 'Castillo', '"He was making me look slow all night. I knew I had one good shot in me, maybe two,"', 'told', 'direct'),
    s(CAST, '', '"I was saving it.|your mother is in the third row."', '', 'direct'),
    s(BREN, 'Brennan, a 27-year-old from Port Carver', 'he had "walked right into it"', 'conceded', 'mixed'),
    s(BREN, 'Brennan, a 27-year-old from Port Carver', 'he had won the fight', 'insisted'),
    s(BREN, 'he', '"I won eight rounds. Ask anybody who isn\'t getting paid by this building,"', 'said', 'direct'),
    s(BREN, '', '"Rafa hits like a truck, I\'ll give him that."', '', 'direct'),
    s('Lou Petrakis', "Brennan's trainer, Lou Petrakis", "his fighter had tripped over the referee's foot", 'protested', role='trainer'),
    s('Dominic Ashe', 'Referee Dominic Ashe', 'the knockdown came from a clean punch', 'ruled', role='Referee'),
    s('state athletic commission', 'the state athletic commission', 'the only woman to train a titleholder in the state', 'according to'),
    s(VILL, "Castillo's trainer, Ana Villarreal", 'she had told him between the 10th and 11th rounds to stop "chasing" and to wait for Brennan to lean in', 'said', 'mixed', role='trainer'),
    s(VILL, 'Villarreal', '"He listens about half the time. Tonight was one of the good halves,"', 'said', 'direct', role='trainer'),
    s('Stan Wexler', 'Promoter Stan Wexler', 'a rematch was "on the table" and could be held in Port Carver in the spring', 'said', 'mixed', role='Promoter'),
    s(CAST, 'he', '"Retire? My knees are 31. My hands are 31. Everything works,"', 'said', 'direct'),
    s('a commission spokeswoman', 'a commission spokeswoman', 'A commission doctor examined Brennan after the fight and cleared him to leave the arena', 'said'),
    s('Gil Romero', 'season-ticket holder Gil Romero, 68', '"I\'ve been coming to fights here since 1990 and I\'ve never heard it this loud,"', 'said', 'direct', role='season-ticket holder'),
    s('Gil Romero', '', '"The roof was shaking."', '', 'direct', role='season-ticket holder'),
    s('Elena', 'She', 'she had not been able to look during the 11th round', 'said', role='mother'),
    s('Elena', 'she', '"I closed my eyes and prayed. When I opened them, the other boy was on the floor,"', 'said', 'direct', role='mother'),
)

CMO = 'Castle Mesa Observatory'
SAND = 'Delia Sandoval'
HALL = 'Wen Halloran'
R_HALL = "observatory's director"
KEYS = 'Keystone Minerals'
TILL = 'Hank Tillman'

doc('as16-paper-juniper-county-dark-sky-ordinance', 'The High Desert Record', '2034-06-12', '''
Juniper County adopts dark-sky rules to protect observatory's view

Commissioners vote 2-1; mine says new limits on lighting will cost $1.2 million

By Teresa Valdes
The High Desert Record

CASTLE MESA - Juniper County commissioners voted 2-1 on Tuesday to limit outdoor lighting across the county's unincorporated land, the first rules of their kind in the state and a victory for the Castle Mesa Observatory.

Astronomers at the observatory say the night sky over their telescopes has grown measurably brighter in the past decade, mostly because of lights at the Red Butte copper mine 30 miles to the south.

The ordinance, which takes effect Jan. 1, requires all new outdoor fixtures to be shielded so that they shine down, not up, and caps the color temperature of bulbs at 3,000 kelvin. Existing lights must comply by 2038.

"The stars were here first," said Commissioner Delia Sandoval, who wrote the ordinance. "We're not asking anybody to sit in the dark. We're asking them to point their lights at the ground, where the things they want to see actually are."

Dr. Wen Halloran, the observatory's director, told commissioners in September that the observatory needed three things:

- shielded fixtures on all new construction;
- a curfew on decorative and sign lighting after 11 p.m.;
- an agreement with the Red Butte mine to retrofit its floodlights by 2036.

The ordinance gives her the first two. The third is still being negotiated.

"Two out of three is a good night at an observatory," Halloran said after the vote.

According to measurements by the observatory, the sky over Castle Mesa has brightened by about 18 percent since 2024.

The mine's owner, Keystone Minerals, said in a letter to the commission that retrofitting its 400 floodlights would cost about $1.2 million and could make the pit less safe at night for workers.

Mine manager Curtis Bell said Tuesday that the company was "not against the stars" and would keep talking to the observatory.

Commissioner Hank Tillman, who voted against the ordinance, called it "a solution looking for a problem" and said ranchers needed bright lights to check on calving cows at 2 a.m.

Some business owners have complained that the sign-lighting curfew will make their storefronts look closed. "People see a dark sign and they keep driving," said Jolene Pruitt, who owns the Mesa Motor Inn on Highway 60.

The county will hand out free shielded fixtures to the first 500 households that ask, the Juniper County Planning Department said.

Did the vote settle the matter? Not quite. Tillman said he would ask the commission to revisit the sign-lighting curfew after a year.

The observatory opened in 1962 on a mesa chosen for its dry air and distance from any city. Its largest telescope, a 3.5-meter instrument shared by four universities, was installed in 2001. About 60 people work there, making it the county's second-largest employer after the mine.

For the astronomers, the first test comes in January.

"We'll know by the spring whether the sky got darker," Halloran said. "The telescopes don't lie."
''',
    s(KEYS, 'mine', 'new limits on lighting will cost $1.2 million', 'says'),
    s('Astronomers at the observatory', 'Astronomers at the observatory', 'the night sky over their telescopes has grown measurably brighter in the past decade|30 miles to the south', 'say'),
    s(SAND, 'Commissioner Delia Sandoval, who wrote the ordinance', '"The stars were here first,"', 'said', 'direct', role='Commissioner'),
    s(SAND, '', '"We\'re not asking anybody to sit in the dark.|where the things they want to see actually are."', '', 'direct', role='Commissioner'),
    s(HALL, "Dr. Wen Halloran, the observatory's director", 'shielded fixtures on all new construction;', 'told', role=R_HALL),
    s(HALL, "Dr. Wen Halloran, the observatory's director", 'a curfew on decorative and sign lighting after 11 p.m.;', 'told', role=R_HALL),
    s(HALL, "Dr. Wen Halloran, the observatory's director", 'an agreement with the Red Butte mine to retrofit its floodlights by 2036.', 'told', role=R_HALL),
    s(HALL, 'Halloran', '"Two out of three is a good night at an observatory,"', 'said', 'direct', role=R_HALL),
    s(CMO, 'measurements by the observatory', 'the sky over Castle Mesa has brightened by about 18 percent since 2024', 'According to'),
    s(KEYS, "The mine's owner, Keystone Minerals", 'retrofitting its 400 floodlights would cost about $1.2 million and could make the pit less safe at night for workers', 'said'),
    s('Curtis Bell', 'Mine manager Curtis Bell', 'the company was "not against the stars" and would keep talking to the observatory', 'said', 'mixed', role='Mine manager'),
    s(TILL, 'Commissioner Hank Tillman, who voted against the ordinance', 'it "a solution looking for a problem"', 'called', 'mixed', role='Commissioner'),
    s(TILL, 'Commissioner Hank Tillman, who voted against the ordinance', 'ranchers needed bright lights to check on calving cows at 2 a.m.', 'said', role='Commissioner'),
    s('Some business owners', 'Some business owners', 'the sign-lighting curfew will make their storefronts look closed', 'have complained'),
    s('Jolene Pruitt', 'Jolene Pruitt, who owns the Mesa Motor Inn on Highway 60', '"People see a dark sign and they keep driving,"', 'said', 'direct'),
    s('Juniper County Planning Department', 'the Juniper County Planning Department', 'The county will hand out free shielded fixtures to the first 500 households that ask', 'said'),
    s(TILL, 'Tillman', 'he would ask the commission to revisit the sign-lighting curfew after a year', 'said', role='Commissioner'),
    s(HALL, 'Halloran', '"We\'ll know by the spring whether the sky got darker,"', 'said', 'direct', role=R_HALL),
    s(HALL, '', '"The telescopes don\'t lie."', '', 'direct', role=R_HALL),
)
