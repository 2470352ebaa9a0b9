"""Set AW's five North American newspaper articles (see build_aw.py)."""
from invented_common import doc_spans as doc, s

ACHT = 'Priya Achterberg'
HSU = "Hallam Students' Union"
WHIT = 'Gordon Whitcombe'
LAM = 'Meredith Lam'
OKON = 'Tomás Okonkwo'
PARK = 'Lena Park'
DSOU = "Carla D'Souza"
BELL = 'Aaron Bellweather'

doc('aw12-paper-hallam-students-occupy-over-tuition', 'The Hallam Star', '2035-03-21', '''
Students occupy Hallam University's administration building over 9% tuition hike

President says increase unavoidable; student union vows to stay 'as long as it takes'

By Colin Marsh, Staff Reporter
Wed., March 21, 2035

About 150 students occupied the lobby and second floor of Hallam University's administration building Tuesday afternoon, hours after the board of governors approved a 9 per cent tuition increase for the fall.

"We will stay as long as it takes," said Priya Achterberg, president of the Hallam Students' Union, standing on a chair in the lobby. "The board voted for this in 40 minutes. We're going to take a little longer than that to leave."

University president Gordon Whitcombe said in a statement that the increase was unavoidable after the province froze its operating grant for a third straight year.

The university faces a $38-million deficit, according to budget documents presented to the board.

Whitcombe said the university would add $4 million to its bursary fund so that students from families earning less than $60,000 a year would not pay more.

He did not meet the protesters.

By 9 p.m. the students had set up sleeping bags in the hallway outside the president's office and taped a hand-lettered timetable of "occupation shifts" to the elevator doors. Pizza arrived at 7:30, paid for, the students said, by a sympathetic professor.

Campus security asked the students to leave at 6 p.m. and again at 10 p.m., according to the students' union, but did not try to remove them.

A university spokesperson, Meredith Lam, said the occupation had been "peaceful so far" and that the building would stay closed Wednesday.

Some students inside said they worked two jobs to stay in school.

Tomás Okonkwo, a third-year nursing student, said his tuition would rise by about $700 a year.

"That's my rent for a month. I can't find another month," he said.

Not every student supports the occupation.

"I have an exam in that building on Thursday," said engineering student Lena Park, who walked past the entrance with a group of classmates. "I agree with them about the fees, but I need to graduate."

Hallam has about 19,000 students, a third of them from outside the city. It is the province's oldest university, founded in 1859 as a seminary, and its administration building, a limestone block known on campus as "the Vault," has been occupied twice before: in 1969, over a ban on political clubs, and in 1998, over a plan to close the music school. Both occupations ended within a week.

Tuition at Hallam will rise to about $8,400 a year for most undergraduate programs, among the highest in the province. The board approved the increase by a vote of 14 to 3, with both student governors and one faculty governor voting against.

Provincial Advanced Education Minister Carla D'Souza said Tuesday that the grant freeze would be reviewed in the fall budget, but she would not commit to an increase.

Faculty association president Aaron Bellweather called the tuition increase "a tax on the students with the least" and urged the board to reopen the budget before the fall term.

Achterberg said the students would hold a rally Thursday at noon in front of the building and would not leave until the board agreed to meet them.

"They can call it a protest or a sleepover. We've got midterms to study for either way, and we can do that here," she said.

What do you think? Send your letters to letters@hallamstar.ca
''',
    s(WHIT, 'President', 'increase unavoidable', 'says', role='University president'),
    s(ACHT, 'student union', "to stay 'as long as it takes'", 'vows', 'mixed', role='president'),
    s(ACHT, 'Priya Achterberg', '"We will stay as long as it takes,"', 'said', 'direct', role='president'),
    s(ACHT, '', '"The board voted for this in 40 minutes. We\'re going to take a little longer than that to leave."', '', 'direct', role='president'),
    s(WHIT, 'University president Gordon Whitcombe', 'the increase was unavoidable after the province froze its operating grant for a third straight year', 'said', role='University president'),
    s('budget documents presented to the board', 'budget documents presented to the board', 'The university faces a $38-million deficit', 'according to'),
    s('the students', 'the students', ['Pizza arrived at 7:30, paid for,', 'by a sympathetic professor'], 'said'),
    s(WHIT, 'Whitcombe', 'the university would add $4 million to its bursary fund|would not pay more', 'said', role='University president'),
    s(HSU, "the students' union", 'Campus security asked the students to leave at 6 p.m. and again at 10 p.m.', 'according to'),
    s(LAM, 'A university spokesperson, Meredith Lam', 'the occupation had been "peaceful so far" and that the building would stay closed Wednesday', 'said', 'mixed', role='spokesperson'),
    s('Some students inside', 'Some students inside', 'they worked two jobs to stay in school', 'said'),
    s(OKON, 'Tomás Okonkwo', 'his tuition would rise by about $700 a year', 'said', role='nursing student'),
    s(OKON, 'he', '"That\'s my rent for a month. I can\'t find another month,"', 'said', 'direct', role='nursing student'),
    s(PARK, 'engineering student Lena Park', '"I have an exam in that building on Thursday,"', 'said', 'direct', role='engineering student'),
    s(PARK, '', '"I agree with them about the fees, but I need to graduate."', '', 'direct', role='engineering student'),
    s(DSOU, "Provincial Advanced Education Minister Carla D'Souza", 'the grant freeze would be reviewed in the fall budget', 'said', role='Advanced Education Minister'),
    s(BELL, 'Faculty association president Aaron Bellweather', 'the tuition increase "a tax on the students with the least"', 'called', 'mixed', role='Faculty association president'),
    s(BELL, '', 'the board to reopen the budget before the fall term', 'urged', role='Faculty association president'),
    s(ACHT, 'Achterberg', 'the students would hold a rally Thursday at noon in front of the building and would not leave until the board agreed to meet them', 'said', role='president'),
    s(ACHT, 'she', '"They can call it a protest or a sleepover.|we can do that here,"', 'said', 'direct', role='president'),
)

DEP = 'state Department of Environmental Protection'
TRAA = 'Tarrow Regional Airport Authority'
ADEY = 'Yusuf Adeyemi'
PIKE = 'Lorna Pike'
VARG = 'Glen Varga'
WATE = 'Ines Waterhouse'
ELLI = 'Marguerite Ellis'

doc('aw13-paper-harlow-township-wells-airport-foam-chemicals', 'Harlow Township Sentinel', '2035-10-03', '''
Chemicals from airport firefighting foam found in 60 Harlow Township wells

State says water unsafe for infants; airport authority says it is 'reviewing' results

By Kendra Olafsen
Sentinel staff writer

HARLOW TOWNSHIP — Water from 60 private wells near Tarrow Regional Airport contains chemicals from firefighting foam at levels the state considers unsafe for infants and pregnant women, the state Department of Environmental Protection said Thursday.

The department tested 143 wells within two miles of the airport this summer after the chemicals, known as PFAS, turned up in a monitoring well on airport property in 2034. The chemicals, often called "forever chemicals" because they break down so slowly, were used for decades in foam for fighting fuel fires.

In 22 of the wells, levels were more than 10 times the state's limit, according to results the department posted online.

"If you have a baby in the house and your well is on this list, do not use that water for formula. Not tomorrow, tonight," said Dr. Yusuf Adeyemi, the Harlow County health officer.

Adeyemi said the county would deliver bottled water to every affected home starting Friday and that the department would pay to install filters.

The Tarrow Regional Airport Authority said in a statement that it was "reviewing the results carefully" and had stopped using the foam in training exercises in 2031.

The authority did not answer questions about whether it would pay for filters or for a connection to a public water system.

Residents learned of the results in letters that arrived Wednesday. By evening, the shelves of bottled water at the Harlow Township general store were empty, and a line of cars had formed outside the volunteer fire hall, where the county set up a table with jugs and a printed list of addresses.

Lorna Pike, 41, whose well had one of the highest readings, said she had been mixing her twins' formula with tap water since they were born in March.

"I did everything right. I boiled it," Pike said. "Nobody tells you that boiling makes this stuff more concentrated."

Boiling water does not remove PFAS and can increase their concentration as the water evaporates, according to the federal Environmental Health Agency.

Several neighbours said they had asked the township to test their wells as early as 2032.

Township Supervisor Glen Varga said the township had no authority to test private wells and had passed the requests on to the state.

A lawsuit filed in county court last month on behalf of eight families alleges that the airport authority knew of the contamination in 2033 and did not tell its neighbours. The authority has not filed a response.

The families' lawyer, Ines Waterhouse, said the suit would seek the cost of a public water line to the affected homes. She estimated that cost at $14 million.

Toxicologist Marguerite Ellis of Lakeport University, who studies PFAS, said the chemicals had been linked to kidney cancer, thyroid disease and low birth weight, but that the risk from any one well depended on how long people had been drinking from it.

"The most important exposure is the next one. Stop that, and you've done the main thing," Ellis said.

The department will hold a public meeting at Harlow Township Hall on Oct. 14 at 6:30 p.m. A list of the tested addresses is available on its website.
''',
    s(DEP, 'State', 'water unsafe for infants', 'says'),
    s(TRAA, 'airport authority', "it is 'reviewing' results", 'says', 'mixed'),
    s(DEP, 'the state Department of Environmental Protection', 'Water from 60 private wells near Tarrow Regional Airport contains chemicals|unsafe for infants and pregnant women', 'said'),
    s(DEP, 'results the department posted online', "In 22 of the wells, levels were more than 10 times the state's limit", 'according to'),
    s(ADEY, 'Dr. Yusuf Adeyemi', '"If you have a baby in the house and your well is on this list|Not tomorrow, tonight,"', 'said', 'direct', role='county health officer'),
    s(ADEY, 'Adeyemi', 'the county would deliver bottled water to every affected home starting Friday and that the department would pay to install filters', 'said', role='county health officer'),
    s(TRAA, 'The Tarrow Regional Airport Authority', 'it was "reviewing the results carefully" and had stopped using the foam in training exercises in 2031', 'said', 'mixed'),
    s(PIKE, 'Lorna Pike', "she had been mixing her twins' formula with tap water since they were born in March", 'said'),
    s(PIKE, 'Pike', '"I did everything right. I boiled it,"', 'said', 'direct'),
    s(PIKE, '', '"Nobody tells you that boiling makes this stuff more concentrated."', '', 'direct'),
    s('Environmental Health Agency', 'the federal Environmental Health Agency', 'Boiling water does not remove PFAS and can increase their concentration as the water evaporates', 'according to'),
    s('Several neighbours', 'Several neighbours', 'they had asked the township to test their wells as early as 2032', 'said'),
    s(VARG, 'Township Supervisor Glen Varga', 'the township had no authority to test private wells and had passed the requests on to the state', 'said', role='Township Supervisor'),
    s('eight families', 'A lawsuit filed in county court last month on behalf of eight families', 'the airport authority knew of the contamination in 2033 and did not tell its neighbours', 'alleges'),
    s(WATE, "The families' lawyer, Ines Waterhouse", 'the suit would seek the cost of a public water line to the affected homes', 'said', role='lawyer'),
    s(WATE, 'She', 'that cost at $14 million', 'estimated', role='lawyer'),
    s(ELLI, 'Toxicologist Marguerite Ellis', 'the chemicals had been linked to kidney cancer, thyroid disease and low birth weight|how long people had been drinking from it', 'said', role='Toxicologist'),
    s(ELLI, 'Ellis', '"The most important exposure is the next one. Stop that, and you\'ve done the main thing,"', 'said', 'direct', role='Toxicologist'),
)

DORR = 'City of Dorrance'
BATI = 'Jerome Batiste'
DGA = 'Dorrance Green Alliance'
FAIR = 'Naomi Fairbrother'
QUIS = 'Harold Quist'
ODUR = 'Janet Oduro'

doc('aw14-paper-dorrance-ends-curbside-glass-recycling', 'Dorrance Daily Courier', '2035-01-24', '''
Glass no longer welcome in Dorrance blue bins

City says processor's closure leaves it no choice; environmental group calls move 'a step backward'

By Luis Ferreira
Courier staff

Starting March 1, residents of Dorrance will have to take glass bottles and jars to one of six drop-off depots instead of putting them in their blue bins, the city said in a notice to residents Monday.

The change comes after Tri-Valley Glass Recovery, the only plant in the region that processed the city's glass, closed in December after 31 years.

The closure left the city with no affordable place to send about 4,100 tonnes of glass a year, the notice said.

Trucking the glass to the nearest remaining plant, in Ashford, would cost about $1.2 million a year, according to Jerome Batiste, the city's solid waste manager.

"We looked at every option. Some of them cost more than the recycling was worth, and one of them was a landfill with extra steps," Batiste said.

He said the depots, at fire halls and community centres, would be open seven days a week.

The Dorrance Green Alliance called the decision "a step backward" in a statement Tuesday and said drop-off programs in other cities had recovered less than half as much glass as curbside collection.

Its executive director, Naomi Fairbrother, said the alliance would ask council to fund a one-year pilot of glass-only collection in two neighbourhoods.

"People will do the right thing if you make it easy. A depot across town is not easy," she said.

Residents interviewed Tuesday were divided.

"I'll do it. It's a five-minute drive," said Harold Quist, 74, loading empty pickle jars into his car outside the Elm Street fire hall. "But my neighbour is 91. She's not driving anything to any depot."

Councillor Janet Oduro, the vice-chair of the environment committee, said she had asked staff for a report on whether a private hauler could collect glass from homes for a monthly fee.

Tri-Valley's former owner, Crestmark Industries, said in an email that the plant closed because the price of recycled glass had fallen for five straight years.

About 8 per cent of what residents put in blue bins last year was glass, according to the city's 2034 waste audit.

Dorrance is not alone. At least four other cities in the state have dropped glass from curbside programs since 2033, according to the State Recycling Council.

Glass is heavy, and it breaks in the trucks. Shards mixed with paper lower the price the city gets for its paper and cardboard, which are worth far more.

Some residents have begun leaving glass beside their bins anyway, according to collection crews.

Batiste said crews would leave a sticker on any bin containing glass and would not empty it.

The six depots will have separate bins for clear, green and brown glass. Lids and corks must be removed, and ceramics, window glass and drinking glasses are not accepted because they melt at different temperatures. The city says sending the depot glass to Ashford in full loads will cost less than collecting it door to door.

Council will discuss the change at its Feb. 3 meeting. Residents can comment in person or online.

RELATED: Where to take your glass: a map of the six depots
''',
    s(DORR, 'City', "processor's closure leaves it no choice", 'says'),
    s(DGA, 'environmental group', "move 'a step backward'", 'calls', 'mixed'),
    s(DORR, 'the city', 'Starting March 1, residents of Dorrance will have to take glass bottles and jars|instead of putting them in their blue bins', 'said'),
    s(DORR, 'the notice', 'The closure left the city with no affordable place to send about 4,100 tonnes of glass a year', 'said'),
    s(BATI, "Jerome Batiste, the city's solid waste manager", 'Trucking the glass to the nearest remaining plant, in Ashford, would cost about $1.2 million a year', 'according to', role='solid waste manager'),
    s(BATI, 'Batiste', '"We looked at every option.|a landfill with extra steps,"', 'said', 'direct', role='solid waste manager'),
    s(BATI, 'He', 'the depots, at fire halls and community centres, would be open seven days a week', 'said', role='solid waste manager'),
    s(DGA, 'The Dorrance Green Alliance', 'the decision "a step backward"', 'called', 'mixed'),
    s(DGA, '', 'drop-off programs in other cities had recovered less than half as much glass as curbside collection', 'said'),
    s(FAIR, 'Its executive director, Naomi Fairbrother', 'the alliance would ask council to fund a one-year pilot of glass-only collection in two neighbourhoods', 'said', role='executive director'),
    s(FAIR, 'she', '"People will do the right thing if you make it easy. A depot across town is not easy,"', 'said', 'direct', role='executive director'),
    s(QUIS, 'Harold Quist', '"I\'ll do it. It\'s a five-minute drive,"', 'said', 'direct'),
    s(QUIS, '', '"But my neighbour is 91. She\'s not driving anything to any depot."', '', 'direct'),
    s(ODUR, 'Councillor Janet Oduro', 'she had asked staff for a report on whether a private hauler could collect glass from homes for a monthly fee', 'said', role='Councillor'),
    s('Crestmark Industries', "Tri-Valley's former owner, Crestmark Industries", 'the plant closed because the price of recycled glass had fallen for five straight years', 'said'),
    s(DORR, 'The city', 'sending the depot glass to Ashford in full loads will cost less than collecting it door to door', 'says'),
    s(DORR, "the city's 2034 waste audit", 'About 8 per cent of what residents put in blue bins last year was glass', 'according to'),
    s('State Recycling Council', 'the State Recycling Council', 'At least four other cities in the state have dropped glass from curbside programs since 2033', 'according to'),
    s('collection crews', 'collection crews', 'Some residents have begun leaving glass beside their bins anyway', 'according to'),
    s(BATI, 'Batiste', 'crews would leave a sticker on any bin containing glass and would not empty it', 'said', role='solid waste manager'),
)

LIND = 'Ada Lindqvist'
OYEL = 'Marcus Oyelaran'
SHAD = 'Samir Haddad'
LHAD = 'Leila Haddad'
KOWA = 'Dana Kowalczyk'
GARA = 'Philippe Garand'
CAST = 'Yvonne Castellano'

doc('aw15-paper-kestrel-bay-robotics-title', 'Kestrel Bay Examiner', '2035-04-16', '''
Garage-built robot carries Kestrel Bay to provincial title

By Noor Siddiqui
Examiner staff

The robot that won the Northland provincial robotics championship on Saturday was built in a two-car garage, tested on a kitchen floor and, for one terrifying week in February, held together with zip ties.

Team 5182, the Kestrel Bay Secondary School "Gearhounds," beat 47 teams from across the province at the two-day event at the Hallow Lake Sportsplex, winning the final 2-1 in a best-of-three series against St. Brendan's Collegiate.

"Honestly, we didn't think we'd make the final," said team captain Ada Lindqvist, 17. "Our arm broke in the semifinal and we fixed it in eleven minutes. Eleven. I timed it."

The team's coach, physics teacher Marcus Oyelaran, said the students had raised $14,000 for parts by selling pies, washing cars and repairing neighbours' lawn mowers.

He said he had touched the robot "maybe twice" all season.

"My job is to order pizza and sign forms. The kids do the engineering," Oyelaran said, laughing.

The garage belongs to the parents of team member Samir Haddad, who said his family had not parked a car in it since October.

His mother, Leila Haddad, said the neighbours had complained about the noise only once.

"Once, at 2 a.m., when the drill went through a water pipe," she said.

The championship's head referee, Dana Kowalczyk, ruled that the Gearhounds' repaired arm was legal after the St. Brendan's team filed a protest over the repair between matches.

St. Brendan's coach, Philippe Garand, said his team accepted the ruling.

"Zip ties are legal. We checked. We just didn't think they'd hold," he said.

Robots in this year's competition had to pick up foam rings and stack them on poles of different heights in two and a half minutes, with points for height and for balancing the robot on a tilting platform at the end. The Gearhounds' robot, which the team named Biscuit, stacked 19 rings in the deciding match.

The team was founded in 2029 by four students who met in an after-school welding class. It finished last in its first season. This year, after a summer spent watching videos of other teams' robots frame by frame, it went undefeated in the regional qualifier in March, a result Oyelaran still describes as "a complete surprise to everybody, including the robot."

The Gearhounds now qualify for the national championship in Port Ransom in May. The trip will cost about $20,000, according to the school.

Principal Yvonne Castellano said the school board had agreed to cover half.

"The rest, I suspect, will be pies," she said.

Lindqvist said the team would spend the next month rebuilding the arm from aluminum instead of plastic, and that two of the team's six members had never built anything before September.

Lindqvist, who plans to study mechanical engineering next year, said she joined the team in Grade 9 because her older brother needed someone to hold the flashlight.

Asked what she would do if the arm broke again in Port Ransom, she did not hesitate.

"Zip ties," she said.
''',
    s(LIND, 'team captain Ada Lindqvist', '"Honestly, we didn\'t think we\'d make the final,"', 'said', 'direct', role='team captain'),
    s(LIND, '', '"Our arm broke in the semifinal and we fixed it in eleven minutes. Eleven. I timed it."', '', 'direct', role='team captain'),
    s(OYEL, "The team's coach, physics teacher Marcus Oyelaran", 'the students had raised $14,000 for parts|repairing neighbours\' lawn mowers', 'said', role='coach'),
    s(OYEL, 'He', 'he had touched the robot "maybe twice" all season', 'said', 'mixed', role='coach'),
    s(OYEL, 'Oyelaran', '"My job is to order pizza and sign forms. The kids do the engineering,"', 'said', 'direct', role='coach'),
    s(SHAD, 'team member Samir Haddad', 'his family had not parked a car in it since October', 'said', role='team member'),
    s(LHAD, 'His mother, Leila Haddad', 'the neighbours had complained about the noise only once', 'said'),
    s('the neighbours', 'the neighbours', 'the noise', 'complained', nested=True, via=LHAD),
    s(LHAD, 'she', '"Once, at 2 a.m., when the drill went through a water pipe,"', 'said', 'direct'),
    s(KOWA, "The championship's head referee, Dana Kowalczyk", "the Gearhounds' repaired arm was legal", 'ruled', role='head referee'),
    s(GARA, "St. Brendan's coach, Philippe Garand", 'his team accepted the ruling', 'said', role='coach'),
    s(GARA, 'he', '"Zip ties are legal. We checked. We just didn\'t think they\'d hold,"', 'said', 'direct', role='coach'),
    s(OYEL, 'Oyelaran', '"a complete surprise to everybody, including the robot."', 'describes', 'direct', role='coach'),
    s('Kestrel Bay Secondary School', 'the school', 'The trip will cost about $20,000', 'according to'),
    s(CAST, 'Principal Yvonne Castellano', 'the school board had agreed to cover half', 'said', role='Principal'),
    s(CAST, 'she', '"The rest, I suspect, will be pies,"', 'said', 'direct', role='Principal'),
    s(LIND, 'Lindqvist', 'the team would spend the next month rebuilding the arm from aluminum instead of plastic|had never built anything before September', 'said', role='team captain'),
    s(LIND, 'Lindqvist', 'she joined the team in Grade 9 because her older brother needed someone to hold the flashlight', 'said', role='team captain'),
    s(LIND, 'she', '"Zip ties,"', 'said', 'direct', role='team captain'),
)

AINS = 'Carol Ainsley'
PEMB = 'Pemberton Holdings'
PRYC = 'Walter Pryce'
RAMA = 'Dev Raman'
STAR = 'Monique Starr'

doc('aw16-paper-larchmont-players-lose-theatre-lease', 'The Larchmont Record', '2035-05-02', '''
After 52 years, the Larchmont Players face their final curtain

By Greta Holm
Record correspondent

The Larchmont Players have staged 214 productions in the old Odd Fellows hall on Weller Street. The 215th, a musical version of The Pirates of Penzance set on a cruise ship, may be the last.

The hall's owner, Pemberton Holdings, has told the theatre group that it will not renew the lease when it expires in August, says board president Carol Ainsley.

"We've known the building was for sale for two years. We just hoped whoever bought it liked Gilbert and Sullivan," Ainsley says, sorting through racks of costumes in the basement.

Pemberton plans to convert the hall into 18 apartments, according to an application it filed with the city's planning department in March.

A company spokesperson says Pemberton has offered the Players a discounted rent on a smaller space in a building it owns across town.

Ainsley says the space has no stage, no fly tower and seats 60 people.

The Players have about 90 active members, from high school students to a retired judge who has played every butler in every play the company has staged since 1991.

That retired judge, Walter Pryce, 84, says the hall's acoustics are the reason he has never needed a microphone.

"You could whisper on that stage and the back row heard you. They don't build rooms like that any more," Pryce says.

The hall was built in 1909 as a meeting place for the Independent Order of Odd Fellows, and its pressed-tin ceiling and horseshoe balcony are original. The Players bought the seats from a closing movie theatre in 1983 and have rented the building ever since, for much of that time at a price Ainsley calls "a handshake."

City councillor Dev Raman, whose ward includes Weller Street, says he has asked the city's heritage office whether the hall could be designated, which would limit changes to its interior.

The heritage office says a review would take at least six months.

Others worry that the Players will not survive a move at all.

Theatre companies that lose their home often fold within two years, says Monique Starr, who teaches arts management at Renfrew College and has studied small theatres across the state.

"The building is the company. The audience knows where to go, the volunteers know where the ladders are," Starr says.

The group has started an online fundraiser to buy the hall, though Ainsley admits the $2.4-million asking price is "a long shot."

Pemberton has not said whether it would sell. The company, which owns a dozen buildings in the downtown core, bought the hall last fall for $1.9 million. Its application asks for permission to remove the balcony and divide the auditorium into two floors.

Rehearsals run four nights a week. The cast of 31 includes three members of one family and a pirate king who drives a school bus by day. The orchestra, seven musicians in the balcony, has been rehearsing since January.

Tickets for the final production go on sale Friday. Ainsley says the company has already sold out the closing night to season subscribers.

"If it's the last one, we're going to do it properly. Cannons and all," she says.
''',
    s(AINS, 'board president Carol Ainsley', "The hall's owner, Pemberton Holdings, has told the theatre group that it will not renew the lease when it expires in August", 'says', role='board president'),
    s(PEMB, "The hall's owner, Pemberton Holdings", 'it will not renew the lease when it expires in August', 'has told', nested=True, via=AINS),
    s(AINS, 'Ainsley', '"We\'ve known the building was for sale for two years. We just hoped whoever bought it liked Gilbert and Sullivan,"', 'says', 'direct', role='board president'),
    s(PEMB, 'an application it filed', 'Pemberton plans to convert the hall into 18 apartments', 'according to'),
    s('A company spokesperson', 'A company spokesperson', 'Pemberton has offered the Players a discounted rent on a smaller space in a building it owns across town', 'says'),
    s(AINS, 'Ainsley', 'the space has no stage, no fly tower and seats 60 people', 'says', role='board president'),
    s(PRYC, 'That retired judge, Walter Pryce', "the hall's acoustics are the reason he has never needed a microphone", 'says', role='retired judge'),
    s(PRYC, 'Pryce', '"You could whisper on that stage and the back row heard you. They don\'t build rooms like that any more,"', 'says', 'direct', role='retired judge'),
    s(AINS, 'Ainsley', '"a handshake."', 'calls', 'direct', role='board president'),
    s(RAMA, 'City councillor Dev Raman', "he has asked the city's heritage office whether the hall could be designated", 'says', role='City councillor'),
    s('heritage office', 'The heritage office', 'a review would take at least six months', 'says'),
    s('Others', 'Others', 'the Players will not survive a move at all', 'worry'),
    s(STAR, 'Monique Starr', 'Theatre companies that lose their home often fold within two years', 'says', role='arts management teacher'),
    s(STAR, 'Starr', '"The building is the company. The audience knows where to go, the volunteers know where the ladders are,"', 'says', 'direct', role='arts management teacher'),
    s(AINS, 'Ainsley', 'the $2.4-million asking price is "a long shot."', 'admits', 'mixed', role='board president'),
    s(AINS, 'Ainsley', 'the company has already sold out the closing night to season subscribers', 'says', role='board president'),
    s(AINS, 'she', '"If it\'s the last one, we\'re going to do it properly. Cannons and all,"', 'says', 'direct', role='board president'),
)
