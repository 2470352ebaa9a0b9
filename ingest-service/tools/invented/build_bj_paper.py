"""Set BJ's five North American newspaper articles (see build_bj.py)."""
from invented_common import doc_spans as doc, s

BOARD = "the district's board of trustees"
DOS = 'Delphine Okafor-Stroud'
DOR = 'Board president'
MLA = 'Marcus Llewellyn-Achebe'
ASB = 'Amira Soltani-Beck'
LPA = 'Lorraine Pettibone-Acheampong'

doc('bj12-paper-fairmont-free-lunch-program-ends', 'The Fairmont Ledger', '2040-03-22', '''
Free lunch program for 3,400 students to end in June, board says

Trustees blame lost state grant; parents plan to pack next meeting

By Corinne Baptiste-Walsh
Ledger Staff Writer

FAIRMONT — Free lunches for all 3,400 students in the Fairmont Unified School District will end in June, the district's board of trustees announced Tuesday, after the state declined to renew a grant that paid for most of the program.

Board president Delphine Okafor-Stroud said the district could not cover the $2.1 million gap from its own budget "without laying off teachers, and we will not do that."

Families who meet federal income limits will still get free or reduced-price meals. About 1,300 students, district officials estimate, will lose free lunches altogether.

The state Department of Education said in an email that the grant had always been "a pilot, not a promise," and that 14 other districts had lost the same funding this year.

"We told families two years ago this might happen," said Superintendent Marcus Llewellyn-Achebe. "Nobody wanted to believe it, me included."

Not everyone accepts the board's arithmetic. Trustee Hollis Vandermeer-Quaye, who cast the only vote against the cut, said the district had $4 million in reserves and was "choosing to balance the budget on lunch trays."

Parents learned of the decision from a text message sent at 9 p.m. Tuesday.

Amira Soltani-Beck, whose two sons attend Linwood Elementary, said she would now spend about $90 a month more on groceries. "It's not the money alone," she said. "It's that my youngest finally eats lunch with his friends instead of hiding in the library."

A group of about 40 parents, who met Wednesday night at the Linwood library, say the program has cut absences at Linwood by a fifth. They call themselves Lunch for All Fairmont, and they plan to pack the board's next meeting on April 9. The group's organizer, Tavita Morrison-Oduya, said it would ask the board to use reserves for one more year while parents lobby the state.

Is that claim about absences true? District data provided to the Ledger show absences at Linwood fell 18 percent in the two years of the program, though officials said other changes, including a new bus route, played a part.

Okafor-Stroud said she had asked the state superintendent, Renata Dahlberg-Imani, to reconsider, and that she expected an answer "in weeks, not months."

The Linwood Elementary principal, Raymond Osei-Karlsson, wrote in a letter to families Wednesday that the school would keep its breakfast program, which is paid for by a local food bank.

Dahlberg-Imani's office did not respond to a request for comment Thursday.

Cafeteria manager Lorraine Pettibone-Acheampong has run the Linwood kitchen for 22 years. She remembers when half the children in line paid with coins they counted out on the counter.

"I don't want to go back to watching kids count," she said.
''',
    s(BOARD, 'board', 'Free lunch program for 3,400 students to end in June', 'says'),
    s(BOARD, 'Trustees', 'lost state grant', 'blame'),
    s(BOARD, "the district's board of trustees", 'Free lunches for all 3,400 students in the Fairmont Unified School District will end in June', 'announced'),
    s(DOS, 'Board president Delphine Okafor-Stroud', 'the district could not cover the $2.1 million gap from its own budget "without laying off teachers, and we will not do that."', 'said', 'mixed', role=DOR),
    s('district officials', 'district officials', ['About 1,300 students', 'will lose free lunches altogether'], 'estimate'),
    s('The state Department of Education', 'The state Department of Education', 'the grant had always been "a pilot, not a promise," and that 14 other districts had lost the same funding this year', 'said', 'mixed'),
    s(MLA, 'Superintendent Marcus Llewellyn-Achebe', '"We told families two years ago this might happen,"', 'said', 'direct', role='Superintendent'),
    s(MLA, '', '"Nobody wanted to believe it, me included."', '', 'direct', role='Superintendent'),
    s('Hollis Vandermeer-Quaye', 'Trustee Hollis Vandermeer-Quaye', 'the district had $4 million in reserves and was "choosing to balance the budget on lunch trays."', 'said', 'mixed', role='Trustee'),
    s(ASB, 'Amira Soltani-Beck', 'she would now spend about $90 a month more on groceries', 'said'),
    s(ASB, 'she', '"It\'s not the money alone,"', 'said', 'direct'),
    s(ASB, '', '"It\'s that my youngest finally eats lunch with his friends instead of hiding in the library."', '', 'direct'),
    s('Lunch for All Fairmont', 'A group of about 40 parents', 'the program has cut absences at Linwood by a fifth', 'say'),
    s('Tavita Morrison-Oduya', "The group's organizer, Tavita Morrison-Oduya", 'it would ask the board to use reserves for one more year while parents lobby the state', 'said', role="The group's organizer"),
    s('the Fairmont Unified School District', 'District data', 'absences at Linwood fell 18 percent in the two years of the program', 'show'),
    s('officials', 'officials', 'other changes, including a new bus route, played a part', 'said'),
    s(DOS, 'Okafor-Stroud', 'she had asked the state superintendent, Renata Dahlberg-Imani, to reconsider, and that she expected an answer "in weeks, not months."', 'said', 'mixed', role=DOR),
    s('Raymond Osei-Karlsson', 'The Linwood Elementary principal, Raymond Osei-Karlsson', 'the school would keep its breakfast program, which is paid for by a local food bank', 'wrote', role='The Linwood Elementary principal'),
    s(LPA, 'She', 'when half the children in line paid with coins they counted out on the counter', 'remembers', role='Cafeteria manager'),
    s(LPA, 'she', '"I don\'t want to go back to watching kids count,"', 'said', 'direct', role='Cafeteria manager'),
)

ENRG = 'Eastgate Neighbours for Responsible Growth'
GON = 'Graham Ostrowski-Nwosu'
GOR = "The city's planning director"
TEM = 'Thomas Eriksen-Mbatha'
TER = 'pastor of Fifth Street Lutheran Church'
YBL = 'Yusuf Bakr-Lindqvist'
YBR = "The society's president"

doc('bj13-paper-brantwood-eastgate-mosque-zoning-hearing', 'The Brantwood Herald', '2040-04-10', '''
Council delays vote on Eastgate mosque after six-hour hearing

Planning director says project meets zoning rules; neighbours cite parking, traffic

By Devin Achterberg-Sall
Herald Staff

BRANTWOOD — After more than six hours of testimony that ran past 1 a.m., the Brantwood City Council on Tuesday put off a vote on a proposed mosque and community centre on a vacant lot at Eastgate Road and Fifth Street.

Mayor Adaeze Kowalczyk-Burns said the council would vote on April 22, "after everyone has had a chance to read what they heard tonight."

The Islamic Society of Brantwood has sought permission since 2038 to build the 14,000-square-foot centre, which would include a prayer hall for about 450 people, classrooms and a gym.

The city's planning director, Graham Ostrowski-Nwosu, told the council that the project met every requirement of the zoning code for places of worship, including the number of parking spaces, and that his staff recommended approval.

Eastgate Neighbours for Responsible Growth, a residents' group formed last fall, said the 112 parking spaces planned would not be enough for Friday prayers and holidays and that traffic on Eastgate Road would back up into the school zone.

"This isn't about religion. It's about a two-lane road that already backs up every school morning," said the group's chair, Philippa Vance-Odhiambo, who lives three doors from the site.

More than 60 residents spoke in support of the project.

The Rev. Thomas Eriksen-Mbatha, pastor of Fifth Street Lutheran Church across the road, told the council his congregation had shared its parking lot with the Islamic Society during Ramadan for three years "without one complaint from anyone."

Then he turned to face the audience. "When we built our church in 1962, people said the same things about traffic," he said. "They were wrong then, too."

The society's president, a retired engineer named Yusuf Bakr-Lindqvist, said the group had offered to run shuttles from the Eastgate Mall lot on Fridays and holidays and to pay for a traffic study. He would not say how much the project would cost.

Asked whether the society would sue if the council said no, Bakr-Lindqvist said, "We would rather be neighbours than plaintiffs."

Federal law bars cities from zoning rules that place a "substantial burden" on religious exercise without a compelling reason. That gives the society a strong hand, according to Dana Whitcombe-Arroyo, a professor of land use law at Calder State University who is not involved in the case.

Councillor Brett Lavoie-Amankwah said he had received more than 300 emails about the project, "about half for and half against." Councillor Simone Adeyemi-Pruitt asked staff to report back on whether a left-turn lane on Eastgate Road could be built before the centre opens.

Police Sgt. Ann Morrow-Ekwueme said officers had escorted two men out of the chamber after they shouted at a speaker.

Eriksen-Mbatha walked Bakr-Lindqvist to his car after the hearing. He said later that the two men had known each other since their sons played on the same soccer team.

Asked after the meeting whether she supported the project, Kowalczyk-Burns said it would be "improper" to say before the vote.

The Islamic Society has held Friday prayers in a rented banquet hall on Route 9 since 2031. Its lease ends in December.
''',
    s(GON, 'Planning director', 'project meets zoning rules', 'says', role=GOR),
    s(ENRG, 'neighbours', 'parking, traffic', 'cite'),
    s('Adaeze Kowalczyk-Burns', 'Mayor Adaeze Kowalczyk-Burns', 'the council would vote on April 22, "after everyone has had a chance to read what they heard tonight."', 'said', 'mixed', role='Mayor'),
    s(GON, "The city's planning director, Graham Ostrowski-Nwosu", 'the project met every requirement of the zoning code for places of worship, including the number of parking spaces, and that his staff recommended approval', 'told', role=GOR),
    s(ENRG, 'Eastgate Neighbours for Responsible Growth', 'the 112 parking spaces planned would not be enough for Friday prayers and holidays and that traffic on Eastgate Road would back up into the school zone', 'said'),
    s('Philippa Vance-Odhiambo', "the group's chair, Philippa Vance-Odhiambo", '"This isn\'t about religion. It\'s about a two-lane road that already backs up every school morning,"', 'said', 'direct', role="the group's chair"),
    s('More than 60 residents', 'More than 60 residents', 'the project', 'spoke in support of'),
    s(TEM, 'The Rev. Thomas Eriksen-Mbatha', 'his congregation had shared its parking lot with the Islamic Society during Ramadan for three years "without one complaint from anyone."', 'told', 'mixed', role=TER),
    s(TEM, 'he', '"When we built our church in 1962, people said the same things about traffic,"', 'said', 'direct', role=TER),
    s(TEM, '', '"They were wrong then, too."', '', 'direct', role=TER),
    s(YBL, "The society's president, a retired engineer named Yusuf Bakr-Lindqvist", 'the group had offered to run shuttles from the Eastgate Mall lot on Fridays and holidays and to pay for a traffic study', 'said', role=YBR),
    s(YBL, 'Bakr-Lindqvist', '"We would rather be neighbours than plaintiffs."', 'said', 'direct', role=YBR),
    s('Dana Whitcombe-Arroyo', 'Dana Whitcombe-Arroyo', 'That gives the society a strong hand', 'according to', role='a professor of land use law at Calder State University'),
    s('Brett Lavoie-Amankwah', 'Councillor Brett Lavoie-Amankwah', 'he had received more than 300 emails about the project, "about half for and half against."', 'said', 'mixed', role='Councillor'),
    s('Ann Morrow-Ekwueme', 'Police Sgt. Ann Morrow-Ekwueme', 'officers had escorted two men out of the chamber after they shouted at a speaker', 'said', role='Police Sgt.'),
    s('Adaeze Kowalczyk-Burns', 'Kowalczyk-Burns', 'it would be "improper" to say before the vote', 'said', 'mixed', role='Mayor'),
    s(TEM, 'He', 'the two men had known each other since their sons played on the same soccer team', 'said', role=TER),
)

BAE = 'Brask & Ayodele Engineering'
DAH = 'Dennis Achebe-Harlow'
OPL = 'Oksana Pereira-Lund'
OPR = "the report's lead author, structural engineer"
POM = 'Pat Ouellette-Mensah'
POR = 'Falcons general manager'

doc('bj14-paper-kettering-falls-arena-roof-report', 'The Kettering Falls Review', '2040-05-06', '''
Arena roof 'could not carry the snow,' engineers' report says

Junior Falcons to play home games 40 miles away; city promises answers

By Martine Lafleur-Otieno
Review Staff Writer

KETTERING FALLS — The roof of the Kettering Falls Memorial Arena, home of the junior hockey Falcons since 1971, was never strong enough to carry a heavy winter's snow, according to an engineers' report released by the city Monday.

The 88-page report, prepared by the firm Brask & Ayodele Engineering, found that steel trusses added in a 1994 renovation had been attached with bolts rated for about half the load they carried.

Part of the roof over the north stands sagged nearly a foot in February after three days of snow. No one was hurt; the arena has been closed since.

"Frankly, we were lucky," the report's lead author, structural engineer Oksana Pereira-Lund, said in an interview. "If that storm had come on a game night, with 2,000 people inside, I don't like to think about it."

Mayor Dennis Achebe-Harlow said the city would hire an outside lawyer to find out how the 1994 work was approved "and who signed off on it."

The contractor on the 1994 renovation, Granite Peak Builders, closed in 2009. Its former owner, Russell Tanaka-Boyd, 81, said he had not seen the report and could not remember the job. "That was a long time ago," he said.

Repairs will cost between $6 million and $9 million, the report estimates. A new arena would cost about $38 million.

For the Falcons, the closure means a season on the road. The team will play its 34 home games at the Brennan Centre in Ashcroft, 40 miles south, the Great Lakes Junior Hockey League said Tuesday.

League commissioner Harriet Solberg-Amani said the league had "no appetite" for letting the Falcons sit out a season.

Falcons general manager Pat Ouellette-Mensah said season-ticket holders would get free bus rides to Ashcroft. He admitted the team expected to lose "a lot of money, and a lot of fans who won't make the drive."

Players found out in the dressing room. "Coach told us to pack our bags, and for once he wasn't talking about a road trip," said defenceman Jacob Nystrom-Adler, 18.

Karen Delisle-Obeng, whose son plays for the Falcons' under-16 affiliate, said the drive would add ten hours a week for her family.

Is the city to blame? Councillor Priya Raman-Sutherland said the arena had passed every inspection since 1994 and that inspectors had never been asked to check the trusses.

The city's building inspector, who asked not to be named because of the coming legal review, said the inspections had checked fire exits and electrical systems, "not the bones of the building."

The report recommends that the city not reopen the arena until every truss from the 1994 work is replaced.
''',
    s(BAE, "engineers' report", "Arena roof 'could not carry the snow,'", 'says', 'mixed'),
    s(DAH, 'city', 'answers', 'promises', role='Mayor'),
    s(BAE, "an engineers' report", "The roof of the Kettering Falls Memorial Arena, home of the junior hockey Falcons since 1971, was never strong enough to carry a heavy winter's snow", 'according to'),
    s(BAE, 'The 88-page report', 'steel trusses added in a 1994 renovation had been attached with bolts rated for about half the load they carried', 'found'),
    s(OPL, "the report's lead author, structural engineer Oksana Pereira-Lund", '"Frankly, we were lucky,"', 'said', 'direct', role=OPR),
    s(OPL, '', '"If that storm had come on a game night, with 2,000 people inside, I don\'t like to think about it."', '', 'direct', role=OPR),
    s(DAH, 'Mayor Dennis Achebe-Harlow', 'the city would hire an outside lawyer to find out how the 1994 work was approved "and who signed off on it."', 'said', 'mixed', role='Mayor'),
    s('Russell Tanaka-Boyd', 'Its former owner, Russell Tanaka-Boyd', 'he had not seen the report and could not remember the job', 'said', role='Its former owner'),
    s('Russell Tanaka-Boyd', 'he', '"That was a long time ago,"', 'said', 'direct', role='Its former owner'),
    s(BAE, 'the report', 'Repairs will cost between $6 million and $9 million', 'estimates'),
    s('the Great Lakes Junior Hockey League', 'the Great Lakes Junior Hockey League', 'The team will play its 34 home games at the Brennan Centre in Ashcroft, 40 miles south', 'said'),
    s('Harriet Solberg-Amani', 'League commissioner Harriet Solberg-Amani', 'the league had "no appetite" for letting the Falcons sit out a season', 'said', 'mixed', role='League commissioner'),
    s(POM, 'Falcons general manager Pat Ouellette-Mensah', 'season-ticket holders would get free bus rides to Ashcroft', 'said', role=POR),
    s(POM, 'He', 'the team expected to lose "a lot of money, and a lot of fans who won\'t make the drive."', 'admitted', 'mixed', role=POR),
    s('Jacob Nystrom-Adler', 'defenceman Jacob Nystrom-Adler', '"Coach told us to pack our bags, and for once he wasn\'t talking about a road trip,"', 'said', 'direct', role='defenceman'),
    s('Karen Delisle-Obeng', 'Karen Delisle-Obeng', 'the drive would add ten hours a week for her family', 'said'),
    s('Priya Raman-Sutherland', 'Councillor Priya Raman-Sutherland', 'the arena had passed every inspection since 1994 and that inspectors had never been asked to check the trusses', 'said', role='Councillor'),
    s("The city's building inspector", "The city's building inspector", 'the inspections had checked fire exits and electrical systems, "not the bones of the building."', 'said', 'mixed'),
    s(BAE, 'The report', 'the city not reopen the arena until every truss from the 1994 work is replaced', 'recommends'),
)

VND = 'Valerie Nakashima-Doyle'
VNR = 'Commission chair'
HRA = 'Harbourton Riders Alliance'
HOR = 'Hugh Obradovic-Reyes'
HORR = 'Transit consultant'

doc('bj15-paper-harbourton-transit-fare-increase', 'The Harbourton Daily Record', '2040-01-16', '''
Bus fares to rise 50 cents in March after transit commission vote

Riders' group calls increase 'a tax on the people who can least afford it'

By Luis Ferreira-McAllister
Record Staff

HARBOURTON — The base fare on Harbourton Transit buses and streetcars will rise to $3.75 from $3.25 on March 1 after the transit commission voted 5-2 on Wednesday to approve the increase.

Monthly passes will go to $128 from $112. Seniors' and students' fares will rise by 25 cents.

Commission chair Valerie Nakashima-Doyle said the increase, the first since 2036, would raise about $14 million a year and keep the system from cutting service on 11 routes.

"Nobody on this commission wanted to do this," she said. "But diesel, wages and insurance all went up, and the province's grant did not."

The province's transportation ministry said in a statement that its transit grant had risen 2 percent this year and that "municipal fare decisions are municipal."

The two commissioners who voted against, Omar Haddad-Lindgren and Bettina Szabo-Mensah, said the commission should have raised parking fees at its park-and-ride lots first. Szabo-Mensah also questioned the staff's ridership forecast.

The Harbourton Riders Alliance, which collected 6,200 signatures against the increase, called it "a tax on the people who can least afford it." Its spokesperson, Marisol Achterberg-Flynn, said the alliance would ask city council to freeze fares for low-income riders.

"I ride the 14 to the hospital every day, and so do the cleaners, the cooks, the porters," said Deborah Mwangi-Castillo, a hospital cook who spoke at the meeting.

"Fifty cents is nothing to a commissioner. To me it's twenty dollars a month. It's my granddaughter's swimming lessons."

The commission's staff estimated that ridership would fall by about 3 percent in the first year.

Is that realistic? Transit consultant Hugh Obradovic-Reyes, who has advised three Canadian systems, said it was "optimistic." Fare increases of this size, he said, usually cost 4 to 6 percent of riders, "at least until people forget."

Kevin O'Brennan-Silva, president of the transit workers' union local, said drivers had faced more abuse from passengers after past increases and urged the commission to add security staff on late-night routes.

Mayor Jonah Freitas-Kamara, who does not sit on the commission, said he was "disappointed" but would not ask council to overturn the decision.

The new fares take effect March 1. Transfers will remain free for 90 minutes.
''',
    s(HRA, "Riders' group", "increase 'a tax on the people who can least afford it'", 'calls', 'mixed'),
    s(VND, 'Commission chair Valerie Nakashima-Doyle', 'the increase, the first since 2036, would raise about $14 million a year and keep the system from cutting service on 11 routes', 'said', role=VNR),
    s(VND, 'she', '"Nobody on this commission wanted to do this,"', 'said', 'direct', role=VNR),
    s(VND, '', '"But diesel, wages and insurance all went up, and the province\'s grant did not."', '', 'direct', role=VNR),
    s("The province's transportation ministry", "The province's transportation ministry", 'its transit grant had risen 2 percent this year and that "municipal fare decisions are municipal."', 'said', 'mixed'),
    s('Omar Haddad-Lindgren and Bettina Szabo-Mensah', 'The two commissioners who voted against, Omar Haddad-Lindgren and Bettina Szabo-Mensah', 'the commission should have raised parking fees at its park-and-ride lots first', 'said'),
    s('Bettina Szabo-Mensah', 'Szabo-Mensah', "the staff's ridership forecast", 'questioned'),
    s(HRA, 'The Harbourton Riders Alliance', 'it "a tax on the people who can least afford it."', 'called', 'mixed'),
    s('Marisol Achterberg-Flynn', 'Its spokesperson, Marisol Achterberg-Flynn', 'the alliance would ask city council to freeze fares for low-income riders', 'said', role='spokesperson'),
    s('Deborah Mwangi-Castillo', 'Deborah Mwangi-Castillo', '"I ride the 14 to the hospital every day, and so do the cleaners, the cooks, the porters,"', 'said', 'direct', role='a hospital cook'),
    s('Deborah Mwangi-Castillo', '', '"Fifty cents is nothing to a commissioner. To me it\'s twenty dollars a month. It\'s my granddaughter\'s swimming lessons."', '', 'direct', role='a hospital cook'),
    s("The commission's staff", "The commission's staff", 'ridership would fall by about 3 percent in the first year', 'estimated'),
    s(HOR, 'Transit consultant Hugh Obradovic-Reyes', 'it was "optimistic."', 'said', 'mixed', role=HORR),
    s(HOR, 'he', ['Fare increases of this size', 'usually cost 4 to 6 percent of riders, "at least until people forget."'], 'said', 'mixed', role=HORR, anchor='it was "optimistic."'),
    s("Kevin O'Brennan-Silva", "Kevin O'Brennan-Silva", 'drivers had faced more abuse from passengers after past increases', 'said', role="president of the transit workers' union local"),
    s("Kevin O'Brennan-Silva", "Kevin O'Brennan-Silva", 'the commission to add security staff on late-night routes', 'urged', role="president of the transit workers' union local"),
    s('Jonah Freitas-Kamara', 'Mayor Jonah Freitas-Kamara', 'he was "disappointed" but would not ask council to overturn the decision', 'said', 'mixed', role='Mayor'),
)

GPQ = 'George Papadakis-Quinn'
GPR = 'Owner'
DKA = 'Dolores Kim-Achebe'

doc('bj16-paper-millhaven-blue-kettle-diner-closing', 'The Millhaven Courier', '2040-10-17', '''
Millhaven Courier > Local > Business

After 58 years, the Blue Kettle Diner will pour its last coffee Sunday

Owner says rising rent, not a lack of customers, forced the decision

By Abigail Torvaldsen-Nkosi
Published Oct. 17, 2040, 6:00 a.m. | Updated Oct. 17, 2040, 9:14 a.m.

Share this story
Facebook | Email | Print

MILLHAVEN — Every morning at 5:30 for the past 31 years, George Papadakis-Quinn has unlocked the front door of the Blue Kettle Diner on Canal Street, switched on the grill and put the first pot of coffee on.

On Sunday, he will do it for the last time. The diner, opened by his late father, Stavros, in 1982, will close after the lunch rush.

Papadakis-Quinn, 63, said the building's new owner, Canalside Holdings, had offered him a five-year lease at nearly three times his current rent of $3,100 a month.

"I did the numbers every night for a month," he said. "Every night, they came out the same."

Advertisement

Canalside Holdings, which bought the block of five storefronts in May, said in an emailed statement that the new rent "reflects the market" and that it had offered the diner "a generous transition period." The company's managing partner, Ellen Vasquez-Thorne, did not respond to questions about its plans for the space.

Regulars have been lining up since the closing was announced two weeks ago. On Tuesday, the line ran past the hardware store next door.

Retired mail carrier Harold Obi-Lindstrom, 79, has eaten the same breakfast - two eggs over easy, rye toast, one coffee refilled twice - on the same stool nearly every weekday since 1988, he said. "This stool knows me better than my doctor," he said.

Related: Millhaven's last independent bookstore to close in January

Waitress Dolores Kim-Achebe has worked at the Blue Kettle since 1994. She remembers the night of the 2011 flood, when George's father kept the grill going for the firefighters until 4 a.m. and "wouldn't take a dime."

"He used to say," she said, "that a diner is just a kitchen with the door left open."

City councillor Marguerite Oyelaran-Faust, whose ward includes Canal Street, said she had asked city staff whether the city could help small businesses facing steep rent increases, but that "the honest answer is that we have very few tools."

The Canal Street Business Association said three other longtime tenants on the block had received similar offers.

Will the diner reopen somewhere else? Papadakis-Quinn said he had looked at two spaces on the east side but that both needed a new kitchen he could not afford. "Maybe my daughter will do it someday," he said. "She makes better pancakes than I do anyway."

His daughter, Eleni, 31, a pastry cook in Toronto, said by phone that she had "thought about it every day this week" but was not ready to come home.

A note taped to the register reads: "Thank you, Millhaven. It was an honour to feed you."

The Blue Kettle's last day is Sunday. It opens at 6 a.m. Cash only, as always.

Sign up for the Morning Brief, our free daily newsletter

Comments (41)
MillhavenMike: George told me last week he'd reopen in the spring. Don't believe the headlines.
CanalStreetKate: Best rice pudding in the county. Thank you, George.

Most Read
1. Council approves Canal Street bike lanes
2. Millhaven's last independent bookstore to close in January
3. After 58 years, the Blue Kettle Diner will pour its last coffee Sunday
''',
    s(GPQ, 'Owner', 'rising rent, not a lack of customers, forced the decision', 'says', role=GPR),
    s(GPQ, 'Papadakis-Quinn', "the building's new owner, Canalside Holdings, had offered him a five-year lease at nearly three times his current rent of $3,100 a month", 'said'),
    s(GPQ, 'he', '"I did the numbers every night for a month,"', 'said', 'direct'),
    s(GPQ, '', '"Every night, they came out the same."', '', 'direct'),
    s('Canalside Holdings', 'Canalside Holdings', 'the new rent "reflects the market" and that it had offered the diner "a generous transition period."', 'said', 'mixed'),
    s('Harold Obi-Lindstrom', 'he', 'Retired mail carrier Harold Obi-Lindstrom, 79, has eaten the same breakfast|nearly every weekday since 1988', 'said'),
    s('Harold Obi-Lindstrom', 'he', '"This stool knows me better than my doctor,"', 'said', 'direct'),
    s(DKA, 'She', 'the night of the 2011 flood, when George\'s father kept the grill going for the firefighters until 4 a.m. and "wouldn\'t take a dime."', 'remembers', 'mixed', role='Waitress'),
    s(DKA, 'she', ['"He used to say,"', '"that a diner is just a kitchen with the door left open."'], 'said', 'direct', role='Waitress'),
    s('Stavros', 'He', 'a diner is just a kitchen with the door left open', 'used to say', nested=True, via=DKA),
    s('Marguerite Oyelaran-Faust', 'City councillor Marguerite Oyelaran-Faust', 'she had asked city staff whether the city could help small businesses facing steep rent increases, but that "the honest answer is that we have very few tools."', 'said', 'mixed', role='City councillor'),
    s('The Canal Street Business Association', 'The Canal Street Business Association', 'three other longtime tenants on the block had received similar offers', 'said'),
    s(GPQ, 'Papadakis-Quinn', 'he had looked at two spaces on the east side but that both needed a new kitchen he could not afford', 'said'),
    s(GPQ, 'he', '"Maybe my daughter will do it someday,"', 'said', 'direct'),
    s(GPQ, '', '"She makes better pancakes than I do anyway."', '', 'direct'),
    s('Eleni', 'His daughter, Eleni', 'she had "thought about it every day this week" but was not ready to come home', 'said', 'mixed', role='a pastry cook in Toronto'),
)
