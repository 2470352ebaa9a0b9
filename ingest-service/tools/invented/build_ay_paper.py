"""Set AY's five North American newspaper articles (see build_ay.py)."""
from invented_common import doc_spans as doc, s

DELA = 'Rosa Villaret'
TIBB = 'Frank Tibbets'
PAPA = 'Gus Papadakis'
TRAN = 'Mei Lin Tran'
OSEI = 'Janet Osei'
WHIT = 'Andre Whitcombe'

doc('ay12-paper-elm-rapids-council-orchard-street-bike-lane', 'Elm Rapids Tribune', '2035-05-21', '''
Council approves protected bike lane on Orchard Street after marathon meeting

Merchants say they'll lose their customers; cyclists call vote 'long overdue'

By Dana Pawlickiczyk
Staff Writer

ELM RAPIDS - After more than five hours of public comment and a debate that ran past midnight, the Elm Rapids City Council voted 5-4 early Wednesday to build a protected bike lane along 1.8 miles of Orchard Street, removing 212 parking spaces.

The $4.2 million project, which will separate cyclists from traffic with concrete curbs, is set to begin construction in April and be finished by fall, according to the city's transportation department.

Council member Rosa Villaret, who proposed the lane, said Orchard Street had seen 46 crashes involving cyclists in the past five years, two of them fatal. She said the city's traffic engineer had told her that paint alone would not stop drivers from turning across cyclists at the busiest corners.

"We don't get to choose between safety and business. A street where people are afraid to ride is bad for business too," Villaret said before the vote.

Council member Frank Tibbets, who voted against the plan, called it "a solution looking for a problem" and said most of the crashes happened at two intersections that could be fixed for a fraction of the cost.

Owners of many of the 60 or so businesses along the corridor lined up to speak against the lane.

"My customers are 70 years old. They're not coming on a bicycle," said Gus Papadakis, who has owned Orchard Street Hardware since 1988. He said he had collected 1,400 signatures on a petition opposing the plan.

Mei Lin Tran, who bikes to her job at Elm Rapids Medical Center, said she had been "doored" twice on Orchard Street and now takes a route that adds 15 minutes to her commute.

"I'm not a brave cyclist. I'm a scared one. That's who this lane is for," she said.

A traffic study the city commissioned from the consulting firm Pryor Nash found that about 1,900 cyclists use Orchard Street on a typical summer weekday, more than any other street in the city without a bike lane.

Mayor Janet Osei, who votes only to break a tie, said she supported the lane but understood the merchants' frustration. She said the city would add 80 parking spaces on side streets and create loading zones for deliveries.

The Orchard Street Business Association has not said whether it will challenge the vote. Its president, Carla Benedetti, said Wednesday that members would meet next week to "decide what comes next."

Council member Andre Whitcombe, who cast the deciding vote, said he had gone into the meeting undecided.

"I heard a woman describe the day her son was hit on Orchard Street. I couldn't vote against that," he said.

Construction bids are due in February. Orchard Street will stay open to traffic during the work, the transportation department said.
''',
    s('Merchants', 'Merchants', "they'll lose their customers", 'say'),
    s('cyclists', 'cyclists', "vote 'long overdue'", 'call', 'mixed'),
    s("city's transportation department", "the city's transportation department", 'The $4.2 million project, which will separate cyclists from traffic with concrete curbs, is set to begin construction in April and be finished by fall', 'according to'),
    s(DELA, 'Council member Rosa Villaret, who proposed the lane', 'Orchard Street had seen 46 crashes involving cyclists in the past five years, two of them fatal', 'said', role='Council member'),
    s(DELA, 'She', "the city's traffic engineer had told her that paint alone would not stop drivers from turning across cyclists at the busiest corners", 'said', role='Council member'),
    s("the city's traffic engineer", "the city's traffic engineer", 'paint alone would not stop drivers from turning across cyclists at the busiest corners', 'had told', nested=True, via=DELA),
    s(DELA, 'Villaret', '"We don\'t get to choose between safety and business. A street where people are afraid to ride is bad for business too,"', 'said', 'direct', role='Council member'),
    s(TIBB, 'Council member Frank Tibbets, who voted against the plan', 'it "a solution looking for a problem"', 'called', 'mixed', role='Council member'),
    s(TIBB, '', 'most of the crashes happened at two intersections that could be fixed for a fraction of the cost', 'said', role='Council member'),
    s(PAPA, 'Gus Papadakis, who has owned Orchard Street Hardware since 1988', '"My customers are 70 years old. They\'re not coming on a bicycle,"', 'said', 'direct'),
    s(PAPA, 'He', 'he had collected 1,400 signatures on a petition opposing the plan', 'said'),
    s(TRAN, 'Mei Lin Tran, who bikes to her job at Elm Rapids Medical Center', 'she had been "doored" twice on Orchard Street and now takes a route that adds 15 minutes to her commute', 'said', 'mixed'),
    s(TRAN, 'she', '"I\'m not a brave cyclist. I\'m a scared one. That\'s who this lane is for,"', 'said', 'direct'),
    s('Pryor Nash', 'A traffic study the city commissioned from the consulting firm Pryor Nash', 'about 1,900 cyclists use Orchard Street on a typical summer weekday, more than any other street in the city without a bike lane', 'found'),
    s(OSEI, 'Mayor Janet Osei, who votes only to break a tie', "she supported the lane but understood the merchants' frustration", 'said', role='Mayor'),
    s(OSEI, 'She', 'the city would add 80 parking spaces on side streets and create loading zones for deliveries', 'said', role='Mayor'),
    s('Carla Benedetti', 'Its president, Carla Benedetti', 'members would meet next week to "decide what comes next."', 'said', 'mixed', role='president'),
    s(WHIT, 'Council member Andre Whitcombe, who cast the deciding vote', 'he had gone into the meeting undecided', 'said', role='Council member'),
    s(WHIT, 'he', '"I heard a woman describe the day her son was hit on Orchard Street. I couldn\'t vote against that,"', 'said', 'direct', role='Council member'),
    s("city's transportation department", 'the transportation department', 'Orchard Street will stay open to traffic during the work', 'said'),
)

RUTH = 'Ruth Fairweather'
SIMO = 'Simon Fairweather'
MILL = 'Doreen Mills'
RAMA = 'Priya Raman'

doc('ay13-paper-larkfield-couple-wins-backyard-hens-appeal', 'The Larkfield Record', '2035-09-12', '''
Larkfield couple wins two-year fight to keep their backyard hens

City to review ban after board overturns order; neighbour says she'll 'keep complaining'

By Owen Castellano
The Larkfield Record

LARKFIELD - Ruth and Simon Fairweather's five hens have names, a heated coop and, as of Tuesday, the legal right to stay.

The city's Property Standards Appeal Board ruled 3-0 that the couple's hens are not "livestock" under the city's animal control bylaw, overturning a 2033 order from bylaw enforcement to remove them.

In a written decision, board chair Harriet Menon wrote that the bylaw defines livestock as animals "kept for commercial purposes," and that the city had offered no evidence that the Fairweathers sold a single egg.

"We give away the eggs. Half the street has had an omelette from Beatrice," Ruth Fairweather, 44, said Wednesday in the couple's backyard, as a brown hen pecked at her bootlaces. "They're pets. Noisy pets, some mornings, but pets."

The couple bought the hens in 2032, the first spring after they moved from an apartment downtown. A neighbour complained about noise and smell the next year, and a bylaw officer issued the order in August 2033.

Simon Fairweather, 47, said the couple had spent about $6,000 on legal fees, more than the coop, the hens and a decade of chicken feed combined.

"It was never about the money. It was about being told we'd done something wrong when we hadn't," he said.

The neighbour who complained, Doreen Mills, said Wednesday that she was disappointed and would "keep complaining" every time the rooster crows.

There is no rooster, the Fairweathers say.

"It's a hen called Margaret. She's just very confident," Simon Fairweather said.

Larkfield is one of the last large cities in the province that ban backyard hens. At least 14 others allow them, usually with a limit of four to six birds and rules on how far a coop must be from a property line, according to a 2034 survey by the Provincial Association of Municipalities.

Councillor Priya Raman said she would bring a motion next month asking staff to draft a bylaw that allows up to five hens per household with a permit.

"The board just told us our bylaw doesn't say what we thought it said. We should decide what we want it to say," Raman said.

Not everyone on council is convinced. Councillor Bill Hargreave said he worried about rats and avian flu, and that bylaw officers already had more complaints than they could handle.

A spokesperson for the city said staff were reviewing the board's decision and had not decided whether to seek a judicial review.

Asked what the hens would make of the ruling, Ruth Fairweather laughed. "Nothing. They'll want their corn at four, like always."
''',
    s(MILL, 'neighbour', "she'll 'keep complaining'", 'says', 'mixed'),
    s("Property Standards Appeal Board", "The city's Property Standards Appeal Board", 'the couple\'s hens are not "livestock" under the city\'s animal control bylaw', 'ruled', 'mixed'),
    s('Harriet Menon', 'board chair Harriet Menon', 'the bylaw defines livestock as animals "kept for commercial purposes," and that the city had offered no evidence that the Fairweathers sold a single egg', 'wrote', 'mixed', role='board chair'),
    s(RUTH, 'Ruth Fairweather, 44', '"We give away the eggs. Half the street has had an omelette from Beatrice,"', 'said', 'direct'),
    s(RUTH, '', '"They\'re pets. Noisy pets, some mornings, but pets."', '', 'direct'),
    s(MILL, 'A neighbour', 'noise and smell', 'complained about'),
    s(SIMO, 'Simon Fairweather, 47', 'the couple had spent about $6,000 on legal fees, more than the coop, the hens and a decade of chicken feed combined', 'said'),
    s(SIMO, 'he', '"It was never about the money. It was about being told we\'d done something wrong when we hadn\'t,"', 'said', 'direct'),
    s(MILL, 'The neighbour who complained, Doreen Mills', 'she was disappointed and would "keep complaining" every time the rooster crows', 'said', 'mixed'),
    s(f'{RUTH} and {SIMO}', 'the Fairweathers', 'There is no rooster', 'say'),
    s(SIMO, 'Simon Fairweather', '"It\'s a hen called Margaret. She\'s just very confident,"', 'said', 'direct'),
    s('Provincial Association of Municipalities', 'the Provincial Association of Municipalities', 'At least 14 others allow them|how far a coop must be from a property line', 'according to'),
    s(RAMA, 'Councillor Priya Raman', 'she would bring a motion next month asking staff to draft a bylaw that allows up to five hens per household with a permit', 'said', role='Councillor'),
    s(RAMA, 'Raman', '"The board just told us our bylaw doesn\'t say what we thought it said. We should decide what we want it to say,"', 'said', 'direct', role='Councillor'),
    s('Bill Hargreave', 'Councillor Bill Hargreave', 'he worried about rats and avian flu, and that bylaw officers already had more complaints than they could handle', 'said', role='Councillor'),
    s('A spokesperson for the city', 'A spokesperson for the city', "staff were reviewing the board's decision and had not decided whether to seek a judicial review", 'said', role='spokesperson'),
    s(RUTH, '', '"Nothing. They\'ll want their corn at four, like always."', '', 'direct'),
)

MARCH = 'Leah Marchand'
BYRN = 'Curtis Byrne'
SAND = 'Angela Sandoval'
HALL = 'Tom Halloran'

doc('ay14-paper-cedar-valley-school-bus-driver-shortage', 'Cedar Valley Courier', '2035-08-30', '''
Bus driver shortage leaves 1,100 Cedar Valley students without a ride

District doubles signing bonus; parents scramble

By Marcus Bell
Courier Staff

CEDAR VALLEY - When classes start Tuesday, about 1,100 students in the Cedar Valley Unified School District will have no school bus to ride because the district has not been able to hire enough drivers, Superintendent Leah Marchand told parents in a letter Friday.

The district needs 64 drivers to run all its routes and has 47, according to the letter. Eleven routes serving mostly rural areas in the district's north will be suspended until more drivers are hired, and families on those routes will receive a $40 weekly mileage allowance if they drive their children themselves.

"I know this letter is the last thing any family wants to receive a few days before school. I'm sorry," Marchand wrote. "We are doing everything we can to get every route running."

The district has doubled its signing bonus for new drivers to $4,000 and raised the starting wage to $26 an hour, transportation director Curtis Byrne said in an interview. Training a new driver to get a commercial license takes about six weeks, he said, so new hires this month would not be on the road until October.

"We lost a lot of drivers in the last two years to retirement and to delivery companies that pay more and don't ask you to manage 50 kids," Byrne said.

Among the drivers still on the job is Dolores Kaminski, 66, who has driven Route 9 for 23 years and says she is putting off retirement because she knows what happens to her route if she leaves.

"Those kids have known me since kindergarten. I'm not handing them to nobody," she said.

Cedar Valley is not alone. A survey released in June by the State Association of Pupil Transportation found that 78 percent of districts in the state were short of drivers, and that one in five had cut routes.

Parents on the suspended routes said the allowance would not cover the cost of missing work.

Angela Sandoval, who lives on a ranch 14 miles from Cedar Valley Middle School, said she and her husband both start work at 7 a.m.

"Forty dollars a week doesn't matter if there's nobody to drive. What am I supposed to do, leave my 11-year-old at the end of a dirt road at 6:30?" she said.

Some parents have organized carpools through a neighborhood app, and at least two churches have offered their vans.

School board member Tom Halloran said the district should have raised wages two years ago, when the shortage first appeared.

"We saw this coming. Every district in the state saw this coming," Halloran said. "We waited too long."

Board President Gloria Estrada did not respond to a request for comment.

Marchand said in the letter that the district had also asked retired drivers to come back part time, and that nine had agreed. She said she would update families on the suspended routes every Friday.

Which routes come back first? The district will decide by the number of students on each route, the letter says, starting with the two that serve the Alder Flats subdivision.
''',
    s(MARCH, 'Superintendent Leah Marchand', 'When classes start Tuesday, about 1,100 students|has not been able to hire enough drivers', 'told', role='Superintendent'),
    s(MARCH, 'the letter', 'The district needs 64 drivers to run all its routes and has 47', 'according to', role='Superintendent'),
    s(MARCH, 'Marchand', '"I know this letter is the last thing any family wants to receive a few days before school. I\'m sorry,"', 'wrote', 'direct', role='Superintendent'),
    s(MARCH, '', '"We are doing everything we can to get every route running."', '', 'direct', role='Superintendent'),
    s(BYRN, 'transportation director Curtis Byrne', 'The district has doubled its signing bonus for new drivers to $4,000 and raised the starting wage to $26 an hour', 'said', role='transportation director'),
    s(BYRN, 'he', ['Training a new driver to get a commercial license takes about six weeks', 'so new hires this month would not be on the road until October'], 'said', role='transportation director'),
    s(BYRN, 'Byrne', '"We lost a lot of drivers in the last two years to retirement|don\'t ask you to manage 50 kids,"', 'said', 'direct', role='transportation director'),
    s('Dolores Kaminski', 'Dolores Kaminski, 66, who has driven Route 9 for 23 years', 'she is putting off retirement because she knows what happens to her route if she leaves', 'says'),
    s('Dolores Kaminski', 'she', '"Those kids have known me since kindergarten. I\'m not handing them to nobody,"', 'said', 'direct'),
    s('State Association of Pupil Transportation', 'A survey released in June by the State Association of Pupil Transportation', '78 percent of districts in the state were short of drivers, and that one in five had cut routes', 'found'),
    s('Parents on the suspended routes', 'Parents on the suspended routes', 'the allowance would not cover the cost of missing work', 'said'),
    s(SAND, 'Angela Sandoval, who lives on a ranch 14 miles from Cedar Valley Middle School', 'she and her husband both start work at 7 a.m.', 'said'),
    s(SAND, 'she', '"Forty dollars a week doesn\'t matter if there\'s nobody to drive. What am I supposed to do, leave my 11-year-old at the end of a dirt road at 6:30?"', 'said', 'direct'),
    s(HALL, 'School board member Tom Halloran', 'the district should have raised wages two years ago, when the shortage first appeared', 'said', role='School board member'),
    s(HALL, 'Halloran', '"We saw this coming. Every district in the state saw this coming,"', 'said', 'direct', role='School board member'),
    s(HALL, '', '"We waited too long."', '', 'direct', role='School board member'),
    s(MARCH, 'Marchand', 'the district had also asked retired drivers to come back part time, and that nine had agreed', 'said', role='Superintendent'),
    s(MARCH, 'She', 'she would update families on the suspended routes every Friday', 'said', role='Superintendent'),
    s(MARCH, 'the letter', ['The district will decide by the number of students on each route', 'starting with the two that serve the Alder Flats subdivision'], 'says', role='Superintendent'),
)

KOWA = 'Nadia Pawlicki'
OBI = 'Marlon Obi'
STRA = 'Helen Strauss'

doc('ay15-paper-birchmount-ash-trees-removal-borer', 'Birchmount Examiner', '2035-02-26', '''
City to cut down 3,400 ash trees as borer spreads

Forester says most can't be saved; residents ask why treatment stopped

By Gemma Strand
Examiner City Hall Reporter

BIRCHMOUNT - The city of Birchmount will remove about 3,400 ash trees from its streets and parks over the next two years, after an invasive beetle killed or badly damaged most of the city's ash, city forester Nadia Pawlicki said Monday.

Pawlicki told the city's infrastructure committee that the emerald ash borer, first found in Birchmount in 2030, had now spread to every neighbourhood. About 80 percent of the city's ash trees are infested, she said, and dead ash become brittle and dangerous within two or three years.

"I wish I had better news. These trees were planted in the 1960s and 1970s to replace the elms we lost, and now we're losing them the same way," Pawlicki said.

The removals will cost about $5.1 million, according to a staff report to the committee. The city plans to plant 4,000 new trees of 30 different species, so that no single pest can wipe out the canopy again.

Some residents questioned why the city stopped injecting ash trees with insecticide in 2032, after treating about 600 trees a year.

"The city treated the trees on the nice streets and gave up on the rest," said Marlon Obi, whose street in the Eastview neighbourhood will lose 22 trees. "Nobody asked us."

Pawlicki said injections cost about $250 per tree every two years and that the program was stopped after council cut the forestry budget by 18 percent in 2032. The treated trees, including 140 on Grand Boulevard, will continue to be treated, she said.

Councillor Helen Strauss, the committee's chair, said the 2032 cut was "a mistake we are now paying for several times over."

The Birchmount Naturalists' Club urged the city to leave some dead trees standing in parks, where they pose less risk, because woodpeckers and other birds nest in them. Pawlicki said staff would consider it "wherever it is safe."

Residents whose trees are marked for removal will get a letter at least 30 days in advance, the city said. Each household can choose a replacement tree from a list of 30 species.

Tree crews will start in Eastview and Riverside in March. A map of the trees to be removed is on the city's website.

Some of the wood will not go to waste. A group of local woodworkers, the Birchmount Turners, has asked for 200 logs to make bowls and benches for the city's parks, Pawlicki said.

PHOTO: A city crew marks an ash tree for removal on Larch Avenue. (Gemma Strand/Examiner)
''',
    s(KOWA, 'Forester', "most can't be saved", 'says', role='city forester'),
    s(KOWA, 'city forester Nadia Pawlicki', 'The city of Birchmount will remove about 3,400 ash trees|badly damaged most of the city\'s ash', 'said', role='city forester'),
    s(KOWA, 'Pawlicki', 'the emerald ash borer, first found in Birchmount in 2030, had now spread to every neighbourhood', 'told', role='city forester'),
    s(KOWA, 'she', ["About 80 percent of the city's ash trees are infested", 'and dead ash become brittle and dangerous within two or three years'], 'said', role='city forester'),
    s(KOWA, 'Pawlicki', '"I wish I had better news. These trees were planted in the 1960s and 1970s to replace the elms we lost, and now we\'re losing them the same way,"', 'said', 'direct', role='city forester'),
    s('a staff report to the committee', 'a staff report to the committee', 'The removals will cost about $5.1 million', 'according to'),
    s('Some residents', 'Some residents', 'why the city stopped injecting ash trees with insecticide in 2032, after treating about 600 trees a year', 'questioned'),
    s(OBI, 'Marlon Obi, whose street in the Eastview neighbourhood will lose 22 trees', '"The city treated the trees on the nice streets and gave up on the rest,"', 'said', 'direct'),
    s(OBI, '', '"Nobody asked us."', '', 'direct'),
    s(KOWA, 'Pawlicki', 'injections cost about $250 per tree every two years and that the program was stopped after council cut the forestry budget by 18 percent in 2032', 'said', role='city forester'),
    s(KOWA, 'she', 'The treated trees, including 140 on Grand Boulevard, will continue to be treated', 'said', role='city forester'),
    s(STRA, "Councillor Helen Strauss, the committee's chair", 'the 2032 cut was "a mistake we are now paying for several times over."', 'said', 'mixed', role='Councillor'),
    s("Birchmount Naturalists' Club", "The Birchmount Naturalists' Club", 'the city to leave some dead trees standing in parks|woodpeckers and other birds nest in them', 'urged'),
    s(KOWA, 'Pawlicki', 'staff would consider it "wherever it is safe."', 'said', 'mixed', role='city forester'),
    s('the city', 'the city', 'Residents whose trees are marked for removal will get a letter at least 30 days in advance', 'said'),
    s(KOWA, 'Pawlicki', "A group of local woodworkers, the Birchmount Turners, has asked for 200 logs to make bowls and benches for the city's parks", 'said', role='city forester'),
)

BREN = 'Walt Koszta'
VAND = 'Ilse Vandermeer'
GUI = "Ashbury Woodworkers' Guild"

doc('ay16-paper-ashbury-riverside-carousel-restored', 'Ashbury Herald', '2035-04-27', '''
Riverside Park's carousel turns again, 60 horses and 11 years later

Volunteers restored every animal by hand; 'It's the best thing I've ever done,' says lead carver

By Simone Lachance
Herald Staff

ASHBURY - On a cold morning in the workshop behind the Ashbury Parks depot, Walt Koszta runs his thumb along the mane of a wooden horse and frowns.

"See that? A hairline crack. She'll need another coat before she goes back," says Koszta, 79, a retired shop teacher who has spent the better part of 11 years restoring the 1912 carousel that once spun at the foot of Riverside Park.

The carousel, with its 60 hand-carved horses, two chariots and a band organ, closed in 2024 after an inspector found rot in its center pole. The city, which owns it, put it into storage and said it could not afford the $1.4 million a private restorer wanted to fix it.

That is when Koszta and a few friends from the Ashbury Woodworkers' Guild offered to do it themselves, for nothing.

"We were all retired. We had time, and we had chisels," he says.

Over 11 years, some 140 volunteers have stripped, repaired and repainted every animal, according to the guild, which says its members have logged 31,000 hours. Some horses needed new legs. One, a black stander the volunteers call Midnight, needed a new head, which Koszta carved from a block of basswood over two winters.

Koszta's daughter, Kathleen Moreau, remembers her father coming home with sawdust in his eyebrows every night for a year.

"Mom would make him stand on the porch and shake out like a dog," she says, laughing.

The band organ was the hardest part. It had not played since the 1980s, and nobody in the guild knew how to repair one. Volunteers eventually found Ilse Vandermeer, an organ builder in Brookfield who restores fairground organs, and she rebuilt it at cost.

"The pipes were full of mouse nests. I found a 1958 bus ticket inside one," Vandermeer says by phone. The organ now plays 40 tunes from its original paper rolls, she says, including two waltzes nobody at the guild had ever heard.

The city's parks director, Gordon Fleet, says the city will pay for a new pavilion to protect the carousel from the weather, at a cost of $620,000 approved by council last spring. Rides will cost $1, and the money will go to the guild's maintenance fund.

Not everyone in Ashbury was sure the project would ever be finished. Council member Ray Dufresne, who voted against the pavilion, says he still thinks the money would have been better spent on the park's washrooms, but that he will "be in line on Saturday like everybody else."

The carousel reopens to the public Saturday at 10 a.m., with the mayor scheduled to take the first ride.

Does Koszta plan to ride it?

"Not on opening day. Opening day is for the kids," he says. "I'll come on a Tuesday when nobody's looking."

PHOTO: Walt Koszta sands the head of a carousel horse in the guild's workshop. (Simone Lachance/Herald)
''',
    s(BREN, 'lead carver', "'It's the best thing I've ever done,'", 'says', 'direct', role='lead carver'),
    s(BREN, 'Koszta, 79, a retired shop teacher who has spent the better part of 11 years restoring the 1912 carousel', '"See that? A hairline crack. She\'ll need another coat before she goes back,"', 'says', 'direct', role='retired shop teacher'),
    s('The city', 'The city, which owns it', 'it could not afford the $1.4 million a private restorer wanted to fix it', 'said'),
    s(BREN, 'he', '"We were all retired. We had time, and we had chisels,"', 'says', 'direct', role='retired shop teacher'),
    s(GUI, 'the guild', 'Over 11 years, some 140 volunteers have stripped, repaired and repainted every animal', 'according to'),
    s(GUI, '', 'its members have logged 31,000 hours', 'says'),
    s('Kathleen Moreau', "Koszta's daughter, Kathleen Moreau", 'her father coming home with sawdust in his eyebrows every night for a year', 'remembers'),
    s('Kathleen Moreau', 'she', '"Mom would make him stand on the porch and shake out like a dog,"', 'says', 'direct'),
    s(VAND, 'Vandermeer', '"The pipes were full of mouse nests. I found a 1958 bus ticket inside one,"', 'says', 'direct', role='organ builder'),
    s(VAND, 'she', ['The organ now plays 40 tunes from its original paper rolls', 'including two waltzes nobody at the guild had ever heard'], 'says', role='organ builder'),
    s('Gordon Fleet', "The city's parks director, Gordon Fleet", 'the city will pay for a new pavilion to protect the carousel from the weather, at a cost of $620,000 approved by council last spring', 'says', role='parks director'),
    s('Ray Dufresne', 'Council member Ray Dufresne, who voted against the pavilion', 'he still thinks the money would have been better spent on the park\'s washrooms, but that he will "be in line on Saturday like everybody else."', 'says', 'mixed', role='Council member'),
    s(BREN, 'he', '"Not on opening day. Opening day is for the kids,"', 'says', 'direct', role='retired shop teacher'),
    s(BREN, '', '"I\'ll come on a Tuesday when nobody\'s looking."', '', 'direct', role='retired shop teacher'),
)
