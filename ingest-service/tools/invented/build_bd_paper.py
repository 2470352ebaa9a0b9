"""Set BD's five North American newspaper articles (see build_bd.py)."""
from invented_common import doc_spans as doc, s

BRAY = 'Wendell Bray'
FAIRB = 'The Tamsin County Agricultural Society'
OLLIE = 'Maisie Oldacre'
KOV = 'Ruth Kovacs-Penn'
DUNC = 'Everett Duncombe'
PAL = 'Luis Palomares'

doc('bd12-paper-tamsin-county-fair-last-year-at-old-grounds', 'The Tamsin Valley Courier', '2037-08-16', '''
Last fair at the old grounds draws a crowd, and some tears

Fair board says move to Route 9 site will go ahead in 2038

By Abigail Northcote
Courier staff writer

WESTBROOK - The 141st Tamsin County Fair opened Thursday with a ribbon, a marching band and the smell of fried dough, and with the knowledge, for many of the thousands who came through the gates, that it would be the last one held on the grounds along Mill Creek.

The Tamsin County Agricultural Society, which runs the fair, voted in March to sell the 38-acre grounds to a developer and move the fair to a larger site on Route 9, north of town. The board's president, Wendell Bray, said Thursday that the move would go ahead next summer "come rain or shine."

"These grounds have flooded three times in ten years," Bray said. "We can't keep rebuilding barns in a creek bed."

He said the sale would bring in about $6.2 million, enough to pay for new barns, a covered arena and parking for 3,000 cars at the new site.

For Maisie Oldacre, 81, who has shown goats at the fair since 1969, the news still stings. She remembers her father leading the family's Jersey cow across the creek bridge in 1962, when the grounds had no electricity at all.

"My whole life is on this hill," Oldacre said. "They can call the new place whatever they like. It won't be the fair."

Attendance on opening day was about 11,400, the best first day in a decade, according to the society's gate figures.

Not everyone is sentimental. Ruth Kovacs-Penn, who leads the county's 4-H program, said the new site would finally give young exhibitors a barn with fans and running water. "Last year we had kids hosing down lambs in 95-degree heat," she said, "and the old barn has no way to fix that."

Several vendors complained that the Route 9 site is too far from town for people to walk to, and that they would lose the evening crowd. Everett Duncombe, who has sold lemonade at the fair for 27 years, said he was not sure he would make the move.

Is the old grounds' fate settled? The developer, Brookline Homes, has proposed 140 houses on the site, and the town planning board has not yet taken up the application. Town Supervisor Luis Palomares said the board would hold a public hearing in October and that flood protection would be "the first question, not the last."

The fair board also announced this year's grand champion steer, a 1,340-pound Angus raised by 16-year-old Tyler Brennaman of Hollis Corners. The judge, Gwen Ashdown of Vardon County, called the steer "as good as any I've seen in a county ring."

The fair's midway this year has 34 rides, including a Ferris wheel brought back from storage for the final year on the hill, and the grandstand will host a demolition derby Saturday night and a tractor pull Sunday afternoon.

The fair runs through Sunday. Admission is $8 for adults; children under 12 get in free.

Photo caption: Maisie Oldacre, 81, brushes one of her Nubian goats in the show barn on Thursday.
''',
    s(BRAY, 'Fair board', 'move to Route 9 site will go ahead in 2038', 'says', role="The board's president"),
    s(BRAY, "The board's president, Wendell Bray", 'the move would go ahead next summer "come rain or shine."', 'said', 'mixed', role="The board's president"),
    s(BRAY, 'Bray', '"These grounds have flooded three times in ten years,"', 'said', 'direct', role="The board's president"),
    s(BRAY, '', '"We can\'t keep rebuilding barns in a creek bed."', '', 'direct', role="The board's president"),
    s(BRAY, 'He', 'the sale would bring in about $6.2 million, enough to pay for new barns, a covered arena and parking for 3,000 cars at the new site', 'said', role="The board's president"),
    s(OLLIE, 'She', "her father leading the family's Jersey cow across the creek bridge in 1962, when the grounds had no electricity at all", 'remembers'),
    s(OLLIE, 'Oldacre', '"My whole life is on this hill,"', 'said', 'direct'),
    s(OLLIE, '', '"They can call the new place whatever they like. It won\'t be the fair."', '', 'direct'),
    s(FAIRB, "the society's gate figures", 'Attendance on opening day was about 11,400, the best first day in a decade', 'according to'),
    s(KOV, "Ruth Kovacs-Penn, who leads the county's 4-H program", 'the new site would finally give young exhibitors a barn with fans and running water', 'said', role="leads the county's 4-H program"),
    s(KOV, 'she', ['"Last year we had kids hosing down lambs in 95-degree heat,"', '"and the old barn has no way to fix that."'], 'said', 'direct', role="leads the county's 4-H program"),
    s('Several vendors', 'Several vendors', 'the Route 9 site is too far from town for people to walk to, and that they would lose the evening crowd', 'complained'),
    s(DUNC, 'Everett Duncombe, who has sold lemonade at the fair for 27 years', 'he was not sure he would make the move', 'said'),
    s(PAL, 'Town Supervisor Luis Palomares', 'the board would hold a public hearing in October and that flood protection would be "the first question, not the last."', 'said', 'mixed', role='Town Supervisor'),
    s('Gwen Ashdown', 'The judge, Gwen Ashdown of Vardon County', 'the steer "as good as any I\'ve seen in a county ring."', 'called', 'mixed', role='The judge'),
)

TALL = 'Joseph Tallwater'
NRP = 'Northridge Power'
FARR = 'Imogen Farrant'
LAKE = 'Friends of Harlan Lake'
CORR = 'Bernadette Corrigan'
MCAL = 'Peter McAlister-Young'

doc('bd13-paper-harlan-dam-removal-begins', 'The Sawtooth Falls Tribune', '2037-07-09', '''
After 104 years, the Harlan Dam starts to come down

Engineers say river will find its old channel within two years

By Marcus Teague-Holloway
Tribune staff

HARLAN - An excavator took the first bite out of the Harlan Dam on Tuesday morning, and a thin brown stream spilled through the gap into a stretch of the Sawtooth River that has been mostly dry since 1933.

About 300 people watched from the bluff above the dam, many of them members of the Kessawa Nation, which fought for the dam's removal for more than 40 years.

"My grandmother told me the salmon used to come up this river so thick you could hear them at night," Tribal Chairman Joseph Tallwater told the crowd before the work began. "She never got to see them come back. I think my grandchildren will."

Northridge Power, which owned the dam and its small hydroelectric plant, said in a statement that removing the dam was "the responsible choice" for its customers. The company's engineers had told state regulators in 2031 that the dam would need at least $40 million in repairs to meet current earthquake standards, the company said.

The removal will cost about $58 million, most of it paid by a federal river restoration grant, according to the grant documents. Crews will take the dam down in stages over the next four months so the reservoir drains slowly.

What happens to the mud? About 1.1 million cubic yards of sediment have built up behind the dam, and much of it will wash downstream. Imogen Farrant, a river scientist at Sawtooth State University who has studied the reservoir since 2029, said the river would look "ugly for a couple of seasons."

"The sediment," she said, "is the price of a hundred years of storage, and the river will pay it back faster than people expect."

Not everyone watching was celebrating. A group of lakefront homeowners, Friends of Harlan Lake, sued in 2035 to stop the removal. Their lawsuit argued that the state had not properly studied the effect on property values and wells around the reservoir. A state judge dismissed the suit last year, ruling that the environmental review had met the law's requirements.

Bernadette Corrigan, who has lived on the lake for 22 years, said she had watched her dock go from the water's edge to the edge of a mud flat in a single week. "We were promised a lake," she said. "Now we're going to have a view of a construction site."

The state Department of Fish and Wildlife expects the first salmon to reach the old reservoir area within three years, according to department spokesman Peter McAlister-Young. The department will release young fish into upstream tributaries next spring, he said.

Does anyone miss the power? The plant produced about 6 megawatts, enough for roughly 4,000 homes, and Northridge said its customers would not notice the difference.

County Commissioner Harold Vance said the county would buy 40 acres of the drained reservoir bed for a public park and trail, if the state approves. He called the project "the biggest thing to happen to this county since the highway."

The Harlan Dam was built in 1933 to power a paper mill that closed in 1979. It is 92 feet high and 410 feet wide, and it blocked fish from about 60 miles of river and creeks upstream. Three smaller dams downstream were removed between 2024 and 2031.

Photo caption: An excavator breaks through the top of the Harlan Dam on Tuesday. (Tribune photo)
''',
    s('Engineers', 'Engineers', 'river will find its old channel within two years', 'say'),
    s(TALL, 'Tribal Chairman Joseph Tallwater', '"My grandmother told me the salmon used to come up this river so thick you could hear them at night,"', 'told', 'direct', role='Tribal Chairman'),
    s(TALL, '', '"She never got to see them come back. I think my grandchildren will."', '', 'direct', role='Tribal Chairman'),
    s(NRP, 'Northridge Power, which owned the dam and its small hydroelectric plant', 'removing the dam was "the responsible choice" for its customers', 'said', 'mixed'),
    s(NRP, 'the company', "The company's engineers had told state regulators in 2031 that the dam would need at least $40 million in repairs to meet current earthquake standards", 'said'),
    s("The company's engineers", "The company's engineers", 'the dam would need at least $40 million in repairs to meet current earthquake standards', 'had told', nested=True, via=NRP, date='2031'),
    s('the grant documents', 'the grant documents', 'The removal will cost about $58 million, most of it paid by a federal river restoration grant', 'according to'),
    s(FARR, 'Imogen Farrant, a river scientist at Sawtooth State University who has studied the reservoir since 2029', 'the river would look "ugly for a couple of seasons."', 'said', 'mixed', role='a river scientist at Sawtooth State University'),
    s(FARR, 'she', ['"The sediment,"', '"is the price of a hundred years of storage, and the river will pay it back faster than people expect."'], 'said', 'direct', role='a river scientist at Sawtooth State University'),
    s(LAKE, 'Their lawsuit', 'the state had not properly studied the effect on property values and wells around the reservoir', 'argued'),
    s('A state judge', 'A state judge', "the environmental review had met the law's requirements", 'ruling'),
    s(CORR, 'Bernadette Corrigan, who has lived on the lake for 22 years', "she had watched her dock go from the water's edge to the edge of a mud flat in a single week", 'said'),
    s(CORR, 'she', '"We were promised a lake,"', 'said', 'direct'),
    s(CORR, '', '"Now we\'re going to have a view of a construction site."', '', 'direct'),
    s(MCAL, 'department spokesman Peter McAlister-Young', 'The state Department of Fish and Wildlife expects the first salmon to reach the old reservoir area within three years', 'according to', role='department spokesman'),
    s('The state Department of Fish and Wildlife', 'The state Department of Fish and Wildlife', 'the first salmon to reach the old reservoir area within three years', 'expects', nested=True, via=MCAL),
    s(MCAL, 'he', 'The department will release young fish into upstream tributaries next spring', 'said', role='department spokesman'),
    s(NRP, 'Northridge', 'its customers would not notice the difference', 'said'),
    s('Harold Vance', 'County Commissioner Harold Vance', 'the county would buy 40 acres of the drained reservoir bed for a public park and trail, if the state approves', 'said', role='County Commissioner'),
    s('Harold Vance', 'He', 'the project "the biggest thing to happen to this county since the highway."', 'called', 'mixed', role='County Commissioner'),
)

RSD = 'Redfern School District'
ABAD = 'Dolores Abad-Whitcomb'
HUNT = 'Craig Huntsinger'
PEMB = 'Tasha Pemberton'
GROVE = 'Alvin Grove'
NSBA = 'The Northern States School Transportation Association'

doc('bd14-paper-redfern-school-bus-driver-shortage', 'The Redfern Ledger', '2037-09-02', '''
Short 19 drivers, Redfern buses will run late this fall

District says 14 routes will be doubled up; parents say kids will be on buses before dawn

By Nadia Ferreira-Lowe
Ledger staff writer

REDFERN - When school opens Tuesday, about 2,600 Redfern students will wait for buses that come up to 40 minutes later than last year, or, in some neighborhoods, 30 minutes earlier, because the district cannot find enough people to drive them.

The Redfern School District has 71 drivers for 90 routes, Superintendent Dolores Abad-Whitcomb told the school board Monday night, and 14 routes will be "doubled up": one driver will run two routes back to back, with the second group of students arriving after the first bell.

"I am not going to pretend this is acceptable," Abad-Whitcomb said. "It is what we can do with the people we have."

The district's letter to parents, sent Friday, says that students on doubled routes will not be marked tardy and that breakfast will be served until 9:15 a.m.

For Tasha Pemberton, whose two children ride the No. 27 bus in the Larkspur neighborhood, the new schedule means a 6:20 a.m. pickup. "My 6-year-old will be standing at a bus stop in the dark for two months," she told the board. "Somebody explain to me how that's safe."

Why is it so hard to hire drivers? The job pays $22.80 an hour, with split shifts in the morning and afternoon, and requires a commercial license that takes about six weeks to earn. Transportation Director Craig Huntsinger said the district had lost 11 drivers to retirement since June and five more to a delivery company that opened a warehouse off Interstate 40.

"They pay $3 more an hour and nobody throws up on the floor," Huntsinger said, drawing laughter from the audience.

The district has offered a $2,500 signing bonus and will pay for the licensing course.

The shortage is not Redfern's alone. Eight in 10 districts in the region reported being short of drivers this fall, according to a survey by the Northern States School Transportation Association. The association's director, Yvette Marchetti, said some rural districts had gone to four-day school weeks partly because they could not staff routes.

Alvin Grove, who has driven for the district for 17 years and represents drivers for their union, said the district was right to raise pay last year but had waited "far too long" to do it. He said drivers would accept the double routes for now but wanted the district to add paid time between them.

Asked whether the district would consider hiring a private bus company, Abad-Whitcomb said the board had looked at the idea in 2035 and found it would cost more.

Board member Frank Oduya called the double routes "a Band-Aid" and said he would propose a pay increase of $2 an hour at the board's next meeting. Board President Lorna Stiles said she supported looking at pay but wanted to see the cost first.

Redfern's buses cover about 310 square miles, much of it farmland east of the city, and the longest routes already take more than an hour each way. The district runs 96 buses, 14 of them purchased in the last three years, and keeps six as spares.

Parents can find their bus stop and pickup time on the district's website by entering their address.
''',
    s(ABAD, 'District', '14 routes will be doubled up', 'says', role='Superintendent'),
    s('parents', 'parents', 'kids will be on buses before dawn', 'say'),
    s(ABAD, 'Superintendent Dolores Abad-Whitcomb', ['The Redfern School District has 71 drivers for 90 routes', 'and 14 routes will be "doubled up": one driver will run two routes back to back, with the second group of students arriving after the first bell'], 'told', 'mixed', role='Superintendent'),
    s(ABAD, 'Abad-Whitcomb', '"I am not going to pretend this is acceptable,"', 'said', 'direct', role='Superintendent'),
    s(ABAD, '', '"It is what we can do with the people we have."', '', 'direct', role='Superintendent'),
    s(RSD, "The district's letter to parents", 'students on doubled routes will not be marked tardy and that breakfast will be served until 9:15 a.m.', 'says'),
    s(PEMB, 'she', '"My 6-year-old will be standing at a bus stop in the dark for two months,"', 'told', 'direct'),
    s(PEMB, '', '"Somebody explain to me how that\'s safe."', '', 'direct'),
    s(HUNT, 'Transportation Director Craig Huntsinger', 'the district had lost 11 drivers to retirement since June and five more to a delivery company that opened a warehouse off Interstate 40', 'said', role='Transportation Director'),
    s(HUNT, 'Huntsinger', '"They pay $3 more an hour and nobody throws up on the floor,"', 'said', 'direct', role='Transportation Director'),
    s(NSBA, 'a survey by the Northern States School Transportation Association', 'Eight in 10 districts in the region reported being short of drivers this fall', 'according to'),
    s('Yvette Marchetti', "The association's director, Yvette Marchetti", 'some rural districts had gone to four-day school weeks partly because they could not staff routes', 'said', role="The association's director"),
    s(GROVE, 'Alvin Grove, who has driven for the district for 17 years and represents drivers for their union', 'the district was right to raise pay last year but had waited "far too long" to do it', 'said', 'mixed'),
    s(GROVE, 'He', 'drivers would accept the double routes for now but wanted the district to add paid time between them', 'said'),
    s(ABAD, 'Abad-Whitcomb', 'the board had looked at the idea in 2035 and found it would cost more', 'said', role='Superintendent'),
    s('Frank Oduya', 'Board member Frank Oduya', 'the double routes "a Band-Aid"', 'called', 'mixed', role='Board member'),
    s('Frank Oduya', '', "he would propose a pay increase of $2 an hour at the board's next meeting", 'said', role='Board member'),
    s('Lorna Stiles', 'Board President Lorna Stiles', 'she supported looking at pay but wanted to see the cost first', 'said', role='Board President'),
)

VANT = 'Vantage Wireless'
KIRB = 'Simone Kirby-Asante'
ZBA = 'The Orland Township Zoning Board of Appeals'
HOLT = 'Garrett Holtzclaw'
NEIGH = 'Orland Neighbors for Safe Siting'
FENN = 'Beatrice Fennimore'
CHIEF = 'Raymond Ostrowski'

doc('bd15-paper-orland-cell-tower-zoning-fight', 'The Lakeshore Sentinel', '2037-04-23', '''
Zoning board rejects 140-foot cell tower behind church

Carrier says tower is needed to close 911 dead zone, plans appeal

By Owen Castellanos
Sentinel staff writer

ORLAND TOWNSHIP - After three hearings and more than seven hours of testimony, the Orland Township Zoning Board of Appeals voted 3-2 late Tuesday to deny Vantage Wireless a variance to build a 140-foot cell tower behind St. Brendan's Church on Pell Road.

The board's written decision says the tower would be "out of character" with the residential neighborhood and that the company had not shown it had looked seriously at other sites.

Vantage's regional engineering director, Simone Kirby-Asante, told the board before the vote that the tower was the only way to close a dead zone of about four square miles where calls to 911 regularly fail. "We have looked at eleven sites," she said. "This is the one that works."

After the vote, the company said it would appeal the decision in county court.

The church, which would have received $2,400 a month in rent for the site, did not take a position at the hearings. Its pastor, the Rev. Garrett Holtzclaw, said in an interview Wednesday that the parish "would have used the money for the food pantry," but that he understood why neighbors were upset.

Opposition was organized by a group called Orland Neighbors for Safe Siting, which collected 412 signatures on a petition. The petition says the tower would lower property values and "loom over" the playground of the Pell Road Elementary School, 600 feet away.

"This isn't about whether we like cellphones," said Beatrice Fennimore, who lives across the road from the church and leads the group. "It's about whether a company can put a tower wherever the rent is cheapest."

Is the tower a health risk? Several residents said at the first hearing that they feared radiation from the antennas. Kirby-Asante said the tower's emissions would be a small fraction of the national limit, and the board's attorney, Neil Sadowski, reminded members that federal law does not allow them to deny a tower on health grounds.

Under federal law, a local board must also put its reasons for a denial in writing.

The dead zone covers parts of Pell Road, Cutler Lane and the Marsh Hollow subdivision, where about 1,900 people live. The hills along the lake block signals from the two nearest towers, in Dunmore and at the county landfill, and the township's own emergency radios rely on a repeater on the water tower.

Fire Chief Raymond Ostrowski wrote in a letter to the board that his crews had lost radio contact twice in the dead zone in the past year, once during a house fire. "I'm not an expert on towers," he said Wednesday, "but I know what it's like to lose a crew's voice on the radio."

Chairman Walter Brisco, who voted against the variance, said the board had to follow the zoning code "as it is written, not as we wish it were."

Vantage has won two similar appeals in neighboring counties since 2034, according to court records.

The company apologized to neighbors for a mailing last month that gave the wrong date for the second hearing.

Photo caption: Residents fill the Orland Township Hall on Tuesday for the zoning board's third hearing on the tower.
''',
    s(KIRB, 'Carrier', 'tower is needed to close 911 dead zone', 'says', role='regional engineering director'),
    s(ZBA, "The board's written decision", 'the tower would be "out of character" with the residential neighborhood and that the company had not shown it had looked seriously at other sites', 'says', 'mixed'),
    s(KIRB, "Vantage's regional engineering director, Simone Kirby-Asante", 'the tower was the only way to close a dead zone of about four square miles where calls to 911 regularly fail', 'told', role='regional engineering director'),
    s(KIRB, 'she', '"We have looked at eleven sites,"', 'said', 'direct', role='regional engineering director'),
    s(KIRB, '', '"This is the one that works."', '', 'direct', role='regional engineering director'),
    s(VANT, 'the company', 'it would appeal the decision in county court', 'said'),
    s(HOLT, 'Its pastor, the Rev. Garrett Holtzclaw', 'the parish "would have used the money for the food pantry," but that he understood why neighbors were upset', 'said', 'mixed', role='pastor'),
    s(NEIGH, 'The petition', 'the tower would lower property values and "loom over" the playground of the Pell Road Elementary School, 600 feet away', 'says', 'mixed'),
    s(FENN, 'Beatrice Fennimore, who lives across the road from the church and leads the group', '"This isn\'t about whether we like cellphones,"', 'said', 'direct'),
    s(FENN, '', '"It\'s about whether a company can put a tower wherever the rent is cheapest."', '', 'direct'),
    s('Several residents', 'Several residents', 'they feared radiation from the antennas', 'said'),
    s(KIRB, 'Kirby-Asante', "the tower's emissions would be a small fraction of the national limit", 'said', role='regional engineering director'),
    s('Neil Sadowski', "the board's attorney, Neil Sadowski", 'federal law does not allow them to deny a tower on health grounds', 'reminded', role="the board's attorney"),
    s(CHIEF, 'Fire Chief Raymond Ostrowski', 'his crews had lost radio contact twice in the dead zone in the past year, once during a house fire', 'wrote', role='Fire Chief'),
    s(CHIEF, 'he', ['"I\'m not an expert on towers,"', '"but I know what it\'s like to lose a crew\'s voice on the radio."'], 'said', 'direct', role='Fire Chief'),
    s('Walter Brisco', 'Chairman Walter Brisco, who voted against the variance', 'the board had to follow the zoning code "as it is written, not as we wish it were."', 'said', 'mixed', role='Chairman'),
    s('court records', 'court records', 'Vantage has won two similar appeals in neighboring counties since 2034', 'according to'),
    s(VANT, 'The company', 'a mailing last month that gave the wrong date for the second hearing', 'apologized', ),
)

ROUR = 'Nadia Rourke-Bellamy'
MOTH = 'Colleen Rourke'
CSA = 'The Continental Space Agency'
HALV = 'Theodore Halvorsen'
DEV = 'Devin Rourke'

doc('bd16-paper-arden-hometown-astronaut-lunar-mission', 'The Arden Herald-Gazette', '2037-10-18', '''
From Arden's ball fields to the Moon

Astronaut Nadia Rourke-Bellamy launches next month; mother says she "never once" doubted her

By Clara Whitlock-Dunn
Herald-Gazette staff

ARDEN - Thirty-one years ago, Nadia Rourke-Bellamy launched her first rocket from the outfield of the Arden Little League park. It was made from a soda bottle, it went about 60 feet up, and it landed on the roof of the concession stand.

Next month she will ride a considerably larger one. The Continental Space Agency said Thursday that the crew of Selene 4, including Rourke-Bellamy, had been cleared for launch on Nov. 21 and would spend nine days in orbit around the Moon, the first crewed lunar flight since 2033.

Rourke-Bellamy, 42, will be the mission's flight engineer, responsible for the spacecraft's life support and power systems, according to the agency's mission page.

"I think about that soda bottle more than you'd expect," Rourke-Bellamy told the Herald-Gazette in a video interview from the agency's training center. "Every rocket is the same problem. You just add zeros."

Her mother, Colleen Rourke, still lives in the house on Birch Street where Nadia grew up. She said she had "never once" doubted her daughter would fly, even after the agency turned down Nadia's first two applications.

"She didn't cry about it," Rourke said. "She went and got another degree."

Theodore Halvorsen taught physics at Arden High School for 34 years before retiring in 2030. He remembers a 15-year-old Nadia staying after class to argue with him about orbital mechanics, and winning. By his own count, he has had eight students go on to become engineers, "but only one who went to space, and she'll never let me forget it."

On Wednesday, Rourke-Bellamy spoke by video link to about 400 students in the Arden High gym. One student asked whether she was scared. "Of course I am," she said. "Being scared means you're paying attention." Another asked what she would miss most. Pizza from Bellini's on Main Street, she said, drawing the loudest cheer of the afternoon.

The agency has not said whether the crew will carry personal items. Rourke-Bellamy said she hoped to take a baseball signed by her old Little League team, the 2005 Arden Hawks.

Rourke-Bellamy graduated from Arden High in 2013 and studied mechanical engineering at Northfield State, where she later earned a doctorate in thermal systems. She worked for eight years at a satellite maker in Port Esker before the agency selected her for its astronaut class of 2029.

Mayor Anita Sorensen-Baptiste said the town would hold a watch party at the Little League park on launch day, with a big screen in center field. "That field is where it all started," she said.

The Selene program costs about $4.1 billion per flight, according to the agency's inspector general, and has faced criticism in the Continental Assembly for that. Agency Administrator Rufus Okonjo told a hearing in September that the lunar flights were "the proving ground for everything that comes after."

Rourke-Bellamy said she had no plans to retire after the flight. "Ask me again when I'm back," she said.
''',
    s(MOTH, 'mother', 'she "never once" doubted her', 'says', 'mixed', role='mother'),
    s(CSA, CSA, 'the crew of Selene 4, including Rourke-Bellamy, had been cleared for launch on Nov. 21 and would spend nine days in orbit around the Moon, the first crewed lunar flight since 2033', 'said'),
    s(CSA, "the agency's mission page", "Rourke-Bellamy, 42, will be the mission's flight engineer, responsible for the spacecraft's life support and power systems", 'according to'),
    s(ROUR, 'Rourke-Bellamy', '"I think about that soda bottle more than you\'d expect,"', 'told', 'direct', role='flight engineer'),
    s(ROUR, '', '"Every rocket is the same problem. You just add zeros."', '', 'direct', role='flight engineer'),
    s(MOTH, 'She', 'she had "never once" doubted her daughter would fly, even after the agency turned down Nadia\'s first two applications', 'said', 'mixed', role='mother'),
    s(MOTH, 'Rourke', '"She didn\'t cry about it,"', 'said', 'direct', role='mother'),
    s(MOTH, '', '"She went and got another degree."', '', 'direct', role='mother'),
    s(HALV, 'He', 'a 15-year-old Nadia staying after class to argue with him about orbital mechanics, and winning', 'remembers'),
    s(HALV, 'his', 'he has had eight students go on to become engineers, "but only one who went to space, and she\'ll never let me forget it."', 'By his own count', 'mixed'),
    s(ROUR, 'she', '"Of course I am,"', 'said', 'direct', role='flight engineer'),
    s(ROUR, '', '"Being scared means you\'re paying attention."', '', 'direct', role='flight engineer'),
    s(ROUR, 'she', "Pizza from Bellini's on Main Street", 'said', role='flight engineer'),
    s(ROUR, 'Rourke-Bellamy', 'she hoped to take a baseball signed by her old Little League team, the 2005 Arden Hawks', 'said', role='flight engineer'),
    s('Anita Sorensen-Baptiste', 'Mayor Anita Sorensen-Baptiste', 'the town would hold a watch party at the Little League park on launch day, with a big screen in center field', 'said', role='Mayor'),
    s('Anita Sorensen-Baptiste', 'she', '"That field is where it all started,"', 'said', 'direct', role='Mayor'),
    s("the agency's inspector general", "the agency's inspector general", 'The Selene program costs about $4.1 billion per flight', 'according to'),
    s('Rufus Okonjo', 'Agency Administrator Rufus Okonjo', 'the lunar flights were "the proving ground for everything that comes after."', 'told', 'mixed', role='Agency Administrator', date='2037-09'),
    s(ROUR, 'Rourke-Bellamy', 'she had no plans to retire after the flight', 'said', role='flight engineer'),
    s(ROUR, 'she', '"Ask me again when I\'m back,"', 'said', 'direct', role='flight engineer'),
)
