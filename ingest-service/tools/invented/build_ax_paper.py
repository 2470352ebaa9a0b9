"""Set AX's five North American newspaper articles (see build_ax.py)."""
from invented_common import doc_spans as doc, s

DRUM = 'Kwame Drummond'
LISK = 'Mayor Janet Liske'
ZIPP = 'Zippa Mobility'
HOLT = 'Aaron Holt'
PARK = 'Renee Parkhurst'

doc('ax12-paper-maplewood-council-bans-e-scooters', 'The Maplewood Sentinel', '2035-05-08', '''
Council votes to pull rental scooters off Maplewood streets

Operator says it will fight the ban; riders say they will miss them

By Carla Brandt
Staff Writer

Maplewood's rented electric scooters will disappear from city streets by July 1 after city council voted 7-4 Tuesday night to end the three-year pilot program that brought them here.

Councillor Kwame Drummond, who moved the motion, said the scooters had become "a daily hazard on our sidewalks" and that the city had received more complaints about them than about potholes.

"We gave this a fair trial. We changed the rules twice, we added parking corrals, we lowered the speed limit. It didn't work," Drummond said.

The pilot program began in June 2032 with 400 scooters and grew to 1,200 by last summer. Riders pay $1 to unlock a scooter and 35 cents a minute, and must leave it in one of 160 marked parking corrals.

According to a staff report presented to council, the city logged 1,942 complaints about scooters in 2034, most of them about scooters left lying across sidewalks, and police recorded 68 collisions involving a scooter, 11 of them with pedestrians.

Zippa Mobility, the San Ferrol-based company that operates the city's 1,200 scooters, said in an email that it was "deeply disappointed" and would "explore every option, including legal ones," to keep operating.

Zippa's regional manager, Aaron Holt, told council before the vote that riders had taken more than 900,000 trips since 2032 and that four in 10 of them replaced a car trip.

"You are about to take away the cheapest way for a lot of people to get to work," Holt said.

Mayor Janet Liske, who voted against the motion, said she would have preferred to shrink the program rather than end it.

Asked whether she expected the company to sue, Liske said: "I expect them to do what companies do. I also expect our legal department to be ready."

For Renee Parkhurst, who is blind and walks with a cane, the vote was long overdue. Parkhurst, who chairs the city's accessibility advisory committee, said she had fallen over a scooter lying across the sidewalk on Ferris Avenue last fall and broken her wrist.

"A scooter on its side is invisible to a cane until you're on top of it," she said.

Not everyone on Ferris Avenue agreed. Student Luis Ortega, 20, said he used a scooter every day to get from his apartment to the community college.

"The bus takes 40 minutes. The scooter takes 12. Do the math," he said.

Critics of the ban say the city should have fined riders who park badly instead of punishing everyone.

Councillor Maya Fenner, who voted against the motion, called the ban "a sledgehammer to crack a nut."

The city's contract with Zippa allows either side to end it on 60 days' notice, according to the staff report.

Zippa's scooters will stay on the streets of neighboring Elmbrook, whose council renewed its contract with the company in March, an Elmbrook city spokesperson said.

Council also asked staff to report back by the fall on whether privately owned scooters, which are not affected by the vote, should be allowed in bike lanes.

RELATED: Maplewood bike lane expansion delayed until 2036
''',
    s(ZIPP, 'Operator', 'it will fight the ban', 'says'),
    s('riders', 'riders', 'they will miss them', 'say'),
    s(DRUM, 'Councillor Kwame Drummond, who moved the motion', 'the scooters had become "a daily hazard on our sidewalks"|than about potholes', 'said', 'mixed', role='Councillor'),
    s(DRUM, 'Drummond', '"We gave this a fair trial. We changed the rules twice, we added parking corrals, we lowered the speed limit. It didn\'t work,"', 'said', 'direct', role='Councillor'),
    s('a staff report presented to council', 'a staff report presented to council', 'the city logged 1,942 complaints about scooters in 2034|11 of them with pedestrians', 'According to'),
    s(ZIPP, 'Zippa Mobility, the San Ferrol-based company that operates the city\'s 1,200 scooters', 'it was "deeply disappointed" and would "explore every option, including legal ones," to keep operating', 'said', 'mixed'),
    s(HOLT, "Zippa's regional manager, Aaron Holt", 'riders had taken more than 900,000 trips since 2032 and that four in 10 of them replaced a car trip', 'told', role='regional manager'),
    s(HOLT, 'Holt', '"You are about to take away the cheapest way for a lot of people to get to work,"', 'said', 'direct', role='regional manager'),
    s('Janet Liske', LISK + ', who voted against the motion', 'she would have preferred to shrink the program rather than end it', 'said', role='Mayor'),
    s('Janet Liske', 'Liske', '"I expect them to do what companies do. I also expect our legal department to be ready."', 'said', 'direct', role='Mayor'),
    s(PARK, 'Parkhurst, who chairs the city\'s accessibility advisory committee', 'she had fallen over a scooter lying across the sidewalk on Ferris Avenue last fall and broken her wrist', 'said'),
    s(PARK, 'she', '"A scooter on its side is invisible to a cane until you\'re on top of it,"', 'said', 'direct'),
    s('Luis Ortega', 'Student Luis Ortega', 'he used a scooter every day to get from his apartment to the community college', 'said', role='Student'),
    s('Luis Ortega', 'he', '"The bus takes 40 minutes. The scooter takes 12. Do the math,"', 'said', 'direct', role='Student'),
    s('Critics of the ban', 'Critics of the ban', 'the city should have fined riders who park badly instead of punishing everyone', 'say'),
    s('Maya Fenner', 'Councillor Maya Fenner, who voted against the motion', 'the ban "a sledgehammer to crack a nut."', 'called', 'mixed', role='Councillor'),
    s('an Elmbrook city spokesperson', 'an Elmbrook city spokesperson', "Zippa's scooters will stay on the streets of neighboring Elmbrook|renewed its contract with the company in March", 'said', role='spokesperson'),
    s('a staff report presented to council', 'the staff report', "The city's contract with Zippa allows either side to end it on 60 days' notice", 'according to'),
)

ABER = 'Walt Abernathy'
JUNE = 'June Abernathy'
KOVA = 'Lena Kovac'

doc('ax13-paper-halden-radio-host-signs-off', 'The Halden Daily Register', '2035-12-20', '''
After 41 years of mornings, Walt Abernathy says goodnight

The voice of KHLD's breakfast show signs off Friday. He says he's leaving while he still likes the sound of it.

By Theo Marchand
The Register

HALDEN - Walt Abernathy has woken up at 3:40 a.m. for so long that he no longer needs an alarm.

"My body knows. It's like a rooster that's been to college," Abernathy says, sitting in the small studio at KHLD where he has hosted the morning show since 1994, and on the station for 41 years in all.

On Friday, at 9 a.m., he will play his last record, a scratchy 1962 polka his father loved, and hand the microphone to his producer of 17 years, Lena Kovac.

By his own count, Abernathy has read about 51,000 weather forecasts, 9,800 school closings and one marriage proposal, which was accepted on air in 2007.

He remembers the blizzard of 1997, when the station's generator ran for three days and he slept on the couch in the lobby and read out the names of neighbors who needed their driveways plowed.

"People called in and said, 'I've got a tractor, where do you need me?' That's this town," he says.

Abernathy says he is not retiring because of the station's owner, Prairie Sound Media, which cut KHLD's news staff from four to one in 2033. But he does not hide what he thinks of that decision.

"You can't cover a town of 30,000 with one reporter and a police scanner. Everybody knows that, including the people who made the cut," he says.

Prairie Sound said in a statement that KHLD remained "fully committed to local news" and that it was hiring a second reporter in January.

Kovac, 44, says she will keep the show's name, Halden in the Morning, and its school-closings jingle, but will add more call-ins.

"Walt taught me that the listener is the show. I'm not going to change the recipe, just some of the spices," she says.

Listeners have flooded the station with letters and voicemails. One, from a farmer near Roweton, says he has listened to every show since 1994 from his tractor and wants to know who will now tell him when to wear a jacket.

June Abernathy, Walt's wife of 38 years, says she is looking forward to having him awake past 8 p.m.

"I've been married to a man who goes to bed during the dinner dishes," she says, laughing. "I'd like to find out what he's like in the evening."

Does he have any regrets? Abernathy thinks about it for a long time.

"I wish I'd taken more vacations," he says finally. "But I'd have spent them wondering who was doing the weather."

Mayor Doris Lindqvist has declared Friday "Walt Abernathy Day" in Halden, and the city will rename the small park across from the studio in his honor next spring, according to a resolution the city council passed Monday.

He plans to spend his first free morning at the Corner Cup diner, he says, "like a normal person, reading the paper somebody else wrote."

PHOTO: Walt Abernathy in the KHLD studio on Tuesday. "My body knows," he says of his early mornings.
''',
    s(ABER, 'He', "he's leaving while he still likes the sound of it", 'says'),
    s(ABER, 'Abernathy', '"My body knows. It\'s like a rooster that\'s been to college,"', 'says', 'direct'),
    s(ABER, 'his', 'Abernathy has read about 51,000 weather forecasts|accepted on air in 2007', 'By his own count'),
    s(ABER, 'He', "the blizzard of 1997, when the station's generator ran for three days|who needed their driveways plowed", 'remembers'),
    s(ABER, 'he', '"People called in and said, \'I\'ve got a tractor, where do you need me?\' That\'s this town,"', 'says', 'direct'),
    s(ABER, 'Abernathy', "he is not retiring because of the station's owner, Prairie Sound Media, which cut KHLD's news staff from four to one in 2033", 'says'),
    s(ABER, 'he', '"You can\'t cover a town of 30,000 with one reporter and a police scanner. Everybody knows that, including the people who made the cut,"', 'says', 'direct'),
    s('Prairie Sound Media', 'Prairie Sound', 'KHLD remained "fully committed to local news" and that it was hiring a second reporter in January', 'said', 'mixed'),
    s(KOVA, 'Kovac', "she will keep the show's name, Halden in the Morning, and its school-closings jingle, but will add more call-ins", 'says', role='producer'),
    s(KOVA, 'she', '"Walt taught me that the listener is the show. I\'m not going to change the recipe, just some of the spices,"', 'says', 'direct', role='producer'),
    s('a farmer near Roweton', 'One, from a farmer near Roweton', 'he has listened to every show since 1994 from his tractor|when to wear a jacket', 'says'),
    s(JUNE, "June Abernathy, Walt's wife of 38 years", 'she is looking forward to having him awake past 8 p.m.', 'says', role='wife'),
    s(JUNE, 'she', '"I\'ve been married to a man who goes to bed during the dinner dishes,"', 'says', 'direct', role='wife'),
    s(JUNE, '', '"I\'d like to find out what he\'s like in the evening."', '', 'direct', role='wife'),
    s(ABER, 'he', '"I wish I\'d taken more vacations,"', 'says', 'direct'),
    s(ABER, '', '"But I\'d have spent them wondering who was doing the weather."', '', 'direct'),
    s('the city council', 'a resolution the city council passed Monday', 'Mayor Doris Lindqvist has declared Friday "Walt Abernathy Day" in Halden|in his honor next spring', 'according to', 'mixed'),
    s(ABER, 'he', ['He plans to spend his first free morning at the Corner Cup diner', '"like a normal person, reading the paper somebody else wrote."'], 'says', 'mixed'),
)

OYEL = 'Grace Oyelaran'
BOND = 'Marcus Bondarenko'
CHAE = 'Min-jun Chae'

doc('ax14-paper-cedar-plains-robotics-team-state-title', 'Cedar Plains Gazette', '2035-03-17', '''
Cedar Plains robotics team wins state title with robot built from scrap

By Priya Natarajan
Gazette Staff

A robot named Rusty, built largely from parts of a broken treadmill and a donated wheelchair, carried the Cedar Plains High School robotics team to its first state championship Saturday.

The team, the Circuit Breakers, beat 47 schools at the State Robotics League finals in Marlow, winning the final round by stacking 14 crates in two minutes while a robot from Westfield Academy stacked 11.

"We didn't have the budget the other schools have, so we had to be smarter about it," said team captain Grace Oyelaran, a senior. "Every time something broke, we asked: What else in the garage could do this job?"

The team built Rusty for about $1,900, according to its faculty adviser, Marcus Bondarenko, a physics teacher. He said some of the teams it faced had spent more than $20,000 on their robots.

Bondarenko said the students did nearly all the design and building themselves, working evenings and weekends in a classroom that doubles as a storage room for the school's band.

"My job was mostly to unlock the door and order pizza," he said.

The Circuit Breakers were founded in 2029 by four students who met in an after-school coding club. This year's team has 16 members, five of them freshmen, and none had built a robot before joining.

The turning point came in the semifinal, when Rusty's lifting arm jammed with 40 seconds left. Junior Min-jun Chae, the team's driver, said he had remembered a trick the team had practiced for weeks: reversing the motor for half a second to free the gears.

"My hands were shaking. I just kept thinking, 'half a second, half a second,'" Chae said.

Westfield Academy's coach, Daniel Pruett, congratulated the Cedar Plains team and said its robot was "the most creative machine in the building."

Not every team was happy with the day. Two schools filed protests over the judges' scoring of the second round, arguing that the judges had miscounted stacked crates. The league said the protests were reviewed and rejected because video of the round confirmed the judges' count.

According to the league, only three public schools have won the state title in its 22-year history.

Principal Yolanda Reyes said the school would hold an assembly for the team on Wednesday.

"These kids turned a pile of junk into a state title. I want every student in this building to see what that looks like," Reyes said.

The 17-year-old driver said the team had already started taking apart a broken lawn mower, hoping to turn its engine parts into a faster drive for the national finals.

The team will compete in the national finals in Harrow City in May. Oyelaran said the team would need about $6,000 for travel and is selling raffle tickets at Friday's basketball game.

Local company Dunmore Tool & Die has promised to cover the cost of the team's hotel rooms, its owner, Frank Dunmore, said Monday.

"I started in a garage too," Dunmore said. "Somebody gave me a break."

Photo caption: Cedar Plains High School's robot, Rusty, stacks crates during the State Robotics League finals in Marlow on Saturday.
''',
    s(OYEL, 'team captain Grace Oyelaran, a senior', '"We didn\'t have the budget the other schools have, so we had to be smarter about it,"', 'said', 'direct', role='team captain'),
    s(OYEL, '', '"Every time something broke, we asked: What else in the garage could do this job?"', '', 'direct', role='team captain'),
    s(BOND, 'its faculty adviser, Marcus Bondarenko, a physics teacher', 'The team built Rusty for about $1,900', 'according to', role='faculty adviser'),
    s(BOND, 'He', 'some of the teams it faced had spent more than $20,000 on their robots', 'said', role='faculty adviser'),
    s(BOND, 'Bondarenko', "the students did nearly all the design and building themselves|a storage room for the school's band", 'said', role='faculty adviser'),
    s(BOND, 'he', '"My job was mostly to unlock the door and order pizza,"', 'said', 'direct', role='faculty adviser'),
    s(CHAE, "Junior Min-jun Chae, the team's driver", 'he had remembered a trick the team had practiced for weeks: reversing the motor for half a second to free the gears', 'said', role='driver'),
    s(CHAE, 'Chae', '"My hands were shaking. I just kept thinking, \'half a second, half a second,\'"', 'said', 'direct', role='driver'),
    s('Daniel Pruett', "Westfield Academy's coach, Daniel Pruett", 'its robot was "the most creative machine in the building."', 'said', 'mixed', role='coach'),
    s('Two schools', 'Two schools', "the judges had miscounted stacked crates", 'arguing'),
    s('State Robotics League', 'The league', "the protests were reviewed and rejected because video of the round confirmed the judges' count", 'said'),
    s('State Robotics League', 'the league', 'only three public schools have won the state title in its 22-year history', 'According to'),
    s('Yolanda Reyes', 'Principal Yolanda Reyes', 'the school would hold an assembly for the team on Wednesday', 'said', role='Principal'),
    s('Yolanda Reyes', 'Reyes', '"These kids turned a pile of junk into a state title. I want every student in this building to see what that looks like,"', 'said', 'direct', role='Principal'),
    s(CHAE, 'The 17-year-old driver', 'the team had already started taking apart a broken lawn mower|for the national finals', 'said', role='driver'),
    s(OYEL, 'Oyelaran', 'the team would need about $6,000 for travel and is selling raffle tickets at Friday\'s basketball game', 'said', role='team captain'),
    s('Frank Dunmore', 'its owner, Frank Dunmore', "Local company Dunmore Tool & Die has promised to cover the cost of the team's hotel rooms", 'said', role='owner'),
    s('Frank Dunmore', 'Dunmore', '"I started in a garage too,"', 'said', 'direct', role='owner'),
    s('Frank Dunmore', '', '"Somebody gave me a break."', '', 'direct', role='owner'),
)

ESPI = 'Carmen Espinoza'
WHIT = 'Harold Whitcomb'

doc('ax15-paper-northgate-library-ends-late-fines', 'The Northgate Observer', '2035-02-26', '''
Northgate library ends late fines, forgives $212,000 in old debts

Trustees split over lost revenue; director says fines kept poorest families away

By Danielle Fortier
Observer Staff

Northgate Public Library will stop charging fines for overdue books and wipe out $212,000 in unpaid fines dating back to 2011, after its board of trustees voted 5-2 on Monday night.

About 14,300 cardholders, or roughly one in six, currently have their borrowing blocked because they owe $10 or more, library director Carmen Espinoza told the board.

"A child who owes $11 for a lost picture book cannot borrow another one. That is not a library policy. That is a wall," Espinoza said.

She said the fines brought in about $38,000 last year, less than one percent of the library's budget, and that staff spent hundreds of hours a year collecting them.

Espinoza said branches in the city's lower-income neighborhoods had more blocked cards than any others. At the Eastside branch, according to library figures, 31 percent of children's cards are blocked.

Trustee Harold Whitcomb, who voted against the change, said the library was "teaching people that deadlines don't matter."

"When I was a boy, the fine taught me to bring the book back. I don't see why that lesson has expired," Whitcomb said.

Trustee Nadine Boateng, who also voted no, said she supported forgiving the old fines but worried that the library would lose books it could not afford to replace.

Other libraries that have ended fines have not seen that happen, according to the State Library Association, which says most libraries that dropped fines saw more books returned, not fewer, because blocked borrowers came back.

Will the library lose more books? Espinoza said the library lost about 2,100 items a year while it charged fines and did not expect that number to rise.

Borrowers will still be charged the replacement cost of a book that is more than 60 days overdue, but the charge will be cancelled when the book is returned.

Outside the meeting, Tasha Greenlee said she had stopped taking her three children to the library two years ago because she owed $47.

"I was embarrassed. I thought I'd just pay it someday, and someday never came," she said. "Now I can tell the kids we're going back."

City Councilwoman Ruth Adeyemi, whose district includes the Eastside branch, called the vote "the best news my neighborhood has had in a while."

Not all residents were convinced. One man who spoke during the public comment period said he had paid every fine he ever owed and wanted to know whether he would get a refund.

The Northgate library system has nine branches and about 88,000 cardholders. Its budget this year is $6.4 million, most of it from city property taxes.

The change takes effect March 1. The library will also hold a "welcome back" week in March, when borrowers whose cards were blocked can pick up new ones, Espinoza said.
''',
    s(ESPI, 'director', 'fines kept poorest families away', 'says', role='director'),
    s(ESPI, 'library director Carmen Espinoza', 'About 14,300 cardholders, or roughly one in six, currently have their borrowing blocked because they owe $10 or more', 'told', role='library director'),
    s(ESPI, 'Espinoza', '"A child who owes $11 for a lost picture book cannot borrow another one. That is not a library policy. That is a wall,"', 'said', 'direct', role='library director'),
    s(ESPI, 'She', "the fines brought in about $38,000 last year|hundreds of hours a year collecting them", 'said', role='library director'),
    s(ESPI, 'Espinoza', "branches in the city's lower-income neighborhoods had more blocked cards than any others", 'said', role='library director'),
    s('Northgate Public Library', 'library figures', ['At the Eastside branch', "31 percent of children's cards are blocked"], 'according to'),
    s(WHIT, 'Trustee Harold Whitcomb, who voted against the change', 'the library was "teaching people that deadlines don\'t matter."', 'said', 'mixed', role='Trustee'),
    s(WHIT, 'Whitcomb', '"When I was a boy, the fine taught me to bring the book back. I don\'t see why that lesson has expired,"', 'said', 'direct', role='Trustee'),
    s('Nadine Boateng', 'Trustee Nadine Boateng, who also voted no', 'she supported forgiving the old fines', 'said', role='Trustee'),
    s('Nadine Boateng', '', 'the library would lose books it could not afford to replace', 'worried', role='Trustee'),
    s('State Library Association', 'the State Library Association', 'Other libraries that have ended fines have not seen that happen', 'according to'),
    s('State Library Association', '', 'most libraries that dropped fines saw more books returned, not fewer, because blocked borrowers came back', 'says'),
    s(ESPI, 'Espinoza', 'the library lost about 2,100 items a year while it charged fines and did not expect that number to rise', 'said', role='library director'),
    s('Tasha Greenlee', 'Tasha Greenlee', 'she had stopped taking her three children to the library two years ago because she owed $47', 'said'),
    s('Tasha Greenlee', 'she', '"I was embarrassed. I thought I\'d just pay it someday, and someday never came,"', 'said', 'direct'),
    s('Tasha Greenlee', '', '"Now I can tell the kids we\'re going back."', '', 'direct'),
    s('Ruth Adeyemi', 'City Councilwoman Ruth Adeyemi, whose district includes the Eastside branch', 'the vote "the best news my neighborhood has had in a while."', 'called', 'mixed', role='City Councilwoman'),
    s('One man who spoke during the public comment period', 'One man who spoke during the public comment period', 'he had paid every fine he ever owed', 'said'),
    s(ESPI, 'Espinoza', 'The library will also hold a "welcome back" week in March, when borrowers whose cards were blocked can pick up new ones', 'said', 'mixed', role='library director'),
)

KELS = 'Bryce Kellerman'
DAWE = 'Assistant District Attorney Monique Dawes'
LOWR = 'Peter Lowry'

doc('ax16-paper-port-alder-roofer-fraud-sentencing', 'Port Alder Times', '2035-09-12', '''
Roofer who took seniors' deposits gets 4 years

'You looked them in the eye,' judge tells contractor

By Sam Whitlock
Times Courts Reporter

A Port Alder roofing contractor who collected more than $310,000 in deposits from elderly homeowners for jobs he never started was sentenced Thursday to four years in state prison.

Bryce Kellerman, 46, owner of the now-closed Summit Crest Roofing, pleaded guilty in July to 14 counts of theft by deception and one count of elder fraud.

Assistant District Attorney Monique Dawes told Judge Alan Ferriday that Kellerman had targeted homeowners over 70, many of them widows, and had pressured them to pay half the cost of a new roof up front by warning that prices would rise.

"He did not make a mistake 22 times. He made a business plan," Dawes said.

Kellerman, a former high school football coach, started Summit Crest Roofing in 2027. By 2033 the company had drawn nine complaints, none of which led to discipline, according to the state contractors licensing board.

According to court records, Kellerman spent much of the money on gambling trips and on payments for a boat.

Kellerman's lawyer, Peter Lowry, asked for a sentence of two years, arguing that his client had a gambling addiction and had already repaid about $40,000. Lowry said Kellerman had entered a treatment program in May.

Three victims spoke in court. Eleanor Griggs, 81, said she had paid Kellerman $18,400 in 2033, money she had saved for her grandson's college tuition.

"Every time it rains, I put buckets in the upstairs hallway and I think about him," Griggs said.

Another victim, Raymond Toller, 77, said Kellerman had come to his house three times to "measure" the roof and had even shaken hands with his late wife.

Before he was sentenced, Kellerman stood, turned toward the gallery and apologized.

"I am ashamed of what I did. I will spend the rest of my life paying it back," he said, his voice breaking.

Ferriday said he did not doubt that Kellerman had an addiction, but that it did not explain why he chose his victims so carefully.

"You looked them in the eye, you sat at their kitchen tables and you took what they had saved," the judge said.

Ferriday ordered Kellerman to pay full restitution. Under the plea agreement, prosecutors dropped six other counts.

Summit Crest's office, a rented unit in a strip mall on Harbor Road, closed in March 2034, weeks after the first victims went to police.

The former coach kept his eyes on the floor as deputies led him out of the courtroom.

Outside the courthouse, Griggs said the sentence was "about right" but that she did not expect to see her money again.

The state attorney general's office, which helped investigate the case, said in a statement that home repair fraud against seniors had risen 30 percent in the state since 2032 and urged homeowners never to pay more than 10 percent of a contract's cost up front.
''',
    s('Alan Ferriday', 'judge', "'You looked them in the eye,'", 'tells', 'direct', role='Judge'),
    s(KELS, 'Bryce Kellerman, 46, owner of the now-closed Summit Crest Roofing', '14 counts of theft by deception and one count of elder fraud', 'pleaded guilty', role='owner'),
    s('Monique Dawes', DAWE, 'Kellerman had targeted homeowners over 70, many of them widows|by warning that prices would rise', 'told', role='Assistant District Attorney'),
    s('Monique Dawes', 'Dawes', '"He did not make a mistake 22 times. He made a business plan,"', 'said', 'direct', role='Assistant District Attorney'),
    s('state contractors licensing board', 'the state contractors licensing board', 'By 2033 the company had drawn nine complaints, none of which led to discipline', 'according to'),
    s('court records', 'court records', 'Kellerman spent much of the money on gambling trips and on payments for a boat', 'According to'),
    s(LOWR, "Kellerman's lawyer, Peter Lowry", 'a sentence of two years, arguing that his client had a gambling addiction and had already repaid about $40,000', 'asked for', role='lawyer'),
    s(LOWR, 'Lowry', 'Kellerman had entered a treatment program in May', 'said', role='lawyer'),
    s('Eleanor Griggs', 'Eleanor Griggs, 81', "she had paid Kellerman $18,400 in 2033, money she had saved for her grandson's college tuition", 'said'),
    s('Eleanor Griggs', 'Griggs', '"Every time it rains, I put buckets in the upstairs hallway and I think about him,"', 'said', 'direct'),
    s('Raymond Toller', 'Another victim, Raymond Toller, 77', 'Kellerman had come to his house three times to "measure" the roof and had even shaken hands with his late wife', 'said', 'mixed'),
    s(KELS, 'he', '"I am ashamed of what I did. I will spend the rest of my life paying it back,"', 'said', 'direct', role='owner'),
    s('Alan Ferriday', 'Ferriday', 'he did not doubt that Kellerman had an addiction, but that it did not explain why he chose his victims so carefully', 'said', role='Judge'),
    s('Alan Ferriday', 'the judge', '"You looked them in the eye, you sat at their kitchen tables and you took what they had saved,"', 'said', 'direct', role='Judge'),
    s('Eleanor Griggs', 'Griggs', 'the sentence was "about right" but that she did not expect to see her money again', 'said', 'mixed'),
    s("The state attorney general's office", "The state attorney general's office, which helped investigate the case", 'home repair fraud against seniors had risen 30 percent in the state since 2032', 'said'),
    s("The state attorney general's office", '', "homeowners never to pay more than 10 percent of a contract's cost up front", 'urged'),
)
