"""Set AH's five North American newspaper articles (see build_ah.py)."""
from invented_common import doc_spans as doc, s

AUTH = 'Carrow Valley Transit Authority'
OKAFOR = 'Beatrice Okafor-Lind'
R_OKAFOR = 'board chair'
DUNN = 'Marcus Dunleavy'
RIDERS = 'Transit Riders United'
FENN = 'Priya Fennimore'

doc('ah12-paper-carrow-valley-transit-fare-increase', 'The Carrow Valley Ledger', '2033-01-19', '''
Bus and rail fares to rise 50 cents in March

Transit board votes 7-2 for first increase since 2029; riders' group calls it 'a tax on the people with the fewest choices'

By Dana Whitlock
Ledger Transportation Reporter

A single ride on Carrow Valley buses and light rail will cost $3.25 starting March 1, after the transit authority's board voted 7-2 Wednesday night to raise fares for the first time in four years.

Monthly passes will go from $98 to $112, and the reduced fare for seniors and riders with disabilities will rise from $1.35 to $1.60. Fares for students under 18 will stay at $1.

The Carrow Valley Transit Authority says the increase will bring in about $14 million a year, roughly a third of the deficit it projects for the next budget year as federal pandemic-era aid runs out.

"Nobody on this board ran for this seat to make the bus more expensive," board chair Beatrice Okafor-Lind said before the vote. "But the alternative on the table was cutting service on 11 routes, and a cheaper bus that doesn't come is not a bargain."

Okafor-Lind said the board would revisit the fares in two years and that any further increase would be tied to inflation.

The two votes against came from board members Marcus Dunleavy and Teresa Vang, both appointed by the city council. Dunleavy argued that the authority should have first tried to collect the fares it is already owed. An audit released in November estimated that about 9 percent of light rail riders do not pay.

"We are asking the people who pay every day to cover for the people who don't pay at all," he said.

More than 60 people signed up to speak during the public comment period, which stretched past 10 p.m. Most were regular riders.

Lorraine Bixby, 71, who rides the No. 14 bus from the Eastgate neighborhood to dialysis appointments three times a week, told the board she had already given up her landline to afford her pass.

"I'm not asking for a free ride. I'm asking you not to make me choose between the bus and my phone bill," she said.

Jamal Whitehorse, a line cook who commutes from Millbrook on the Red Line, said the trains were so often late that his employer had warned him twice. "Charge me more when it comes on time," he said, drawing applause.

Transit Riders United, an advocacy group with about 2,000 members, had urged the board to delay the vote until the state legislature decides on a proposed regional sales tax for transit. Its executive director, Priya Fennimore, called the increase "a tax on the people with the fewest choices" and said the group would ask the council to fund a low-income fare program.

"Riders who earn the least are the ones who can't switch to a car when the fare goes up. They just go without," Fennimore said.

Authority staff said a low-income discount, which would cut fares in half for households earning below twice the poverty line, could cost $6 million to $9 million a year depending on how many people sign up. General manager Oscar Petrakis said the authority supported the idea but could not pay for it on its own.

City Council member Rosa Delgado-Haines, who chairs the council's transportation committee, said she would introduce a proposal next month to cover part of the cost from the city's parking revenue.

The fare increase still needs the approval of the state Department of Transportation, a step Petrakis described as a formality.
''',
    s(FENN, "riders' group", "'a tax on the people with the fewest choices'", 'calls', 'direct', role='executive director'),
    s(AUTH, 'The Carrow Valley Transit Authority', 'the increase will bring in about $14 million a year|as federal pandemic-era aid runs out', 'says'),
    s(OKAFOR, 'board chair Beatrice Okafor-Lind', '"Nobody on this board ran for this seat to make the bus more expensive,"', 'said', 'direct', role=R_OKAFOR),
    s(OKAFOR, '', '"But the alternative on the table was cutting service on 11 routes, and a cheaper bus that doesn\'t come is not a bargain."', '', 'direct', role=R_OKAFOR),
    s(OKAFOR, 'Okafor-Lind', 'the board would revisit the fares in two years and that any further increase would be tied to inflation', 'said', role=R_OKAFOR),
    s(DUNN, 'Dunleavy', 'the authority should have first tried to collect the fares it is already owed', 'argued', role='board member'),
    s('An audit released in November', 'An audit released in November', 'about 9 percent of light rail riders do not pay', 'estimated'),
    s(DUNN, 'he', '"We are asking the people who pay every day to cover for the people who don\'t pay at all,"', 'said', 'direct', role='board member'),
    s('Lorraine Bixby', 'Lorraine Bixby, 71, who rides the No. 14 bus from the Eastgate neighborhood to dialysis appointments three times a week', 'she had already given up her landline to afford her pass', 'told'),
    s('Lorraine Bixby', 'she', '"I\'m not asking for a free ride. I\'m asking you not to make me choose between the bus and my phone bill,"', 'said', 'direct'),
    s('Jamal Whitehorse', 'Jamal Whitehorse, a line cook who commutes from Millbrook on the Red Line', 'the trains were so often late that his employer had warned him twice', 'said', role='line cook'),
    s('Jamal Whitehorse', 'he', '"Charge me more when it comes on time,"', 'said', 'direct', role='line cook'),
    s(RIDERS, 'Transit Riders United, an advocacy group with about 2,000 members', 'the board to delay the vote until the state legislature decides on a proposed regional sales tax for transit', 'had urged'),
    s(FENN, 'Its executive director, Priya Fennimore', '"a tax on the people with the fewest choices"', 'called', 'direct', role='executive director'),
    s(FENN, 'Its executive director, Priya Fennimore', 'the group would ask the council to fund a low-income fare program', 'said', role='executive director'),
    s(FENN, 'Fennimore', '"Riders who earn the least are the ones who can\'t switch to a car when the fare goes up. They just go without,"', 'said', 'direct', role='executive director'),
    s('Authority staff', 'Authority staff', 'a low-income discount, which would cut fares in half|depending on how many people sign up', 'said'),
    s('Oscar Petrakis', 'General manager Oscar Petrakis', 'the authority supported the idea but could not pay for it on its own', 'said', role='General manager'),
    s('Rosa Delgado-Haines', "City Council member Rosa Delgado-Haines, who chairs the council's transportation committee", "she would introduce a proposal next month to cover part of the cost from the city's parking revenue", 'said', role='City Council member'),
    s('Oscar Petrakis', 'Petrakis', 'a formality', 'described', role='General manager'),
)

DEPT = 'Hollis County Department of Public Health'
SURI = 'Anil Suri'
R_SURI = 'environmental health manager'
KOV = 'Nadia Kovalchuk'

doc('ah13-paper-hollis-restaurant-inspections-closures', 'The Hollis Courier-Journal', '2033-06-08', '''
Three Westbank restaurants closed after inspectors find pests, warm coolers

Owners say problems fixed; county says repeat violations up 20 percent this year

By Evan Marchetti
Courier-Journal Staff

Health inspectors ordered three restaurants in the Westbank dining district to close last week after finding rodent droppings, broken refrigeration and, in one kitchen, raw chicken stored above ready-to-eat salads, according to inspection reports obtained by the Courier-Journal.

Golden Lantern on Pryor Street, Taqueria Los Primos on Fulton Avenue and the Brickyard Grill on Canal Street were each given an "imminent health hazard" rating, the most serious category in the county's system. Golden Lantern and Los Primos reopened Monday after passing follow-up inspections. The Brickyard Grill remained closed Tuesday.

The Hollis County Department of Public Health says closures are a last resort. Of the roughly 2,900 restaurants the department inspected last year, 31 were closed, most for less than three days.

"We would much rather see an operator fix a problem while we are standing in the kitchen than lock the door," said Anil Suri, the department's environmental health manager. "When we close a place, it's because what we found could make somebody sick that day."

Suri said the department had recorded 412 repeat violations in the first five months of this year, about 20 percent more than in the same period last year. He attributed the increase partly to staff turnover in restaurant kitchens, which he said meant "the person who took the food safety course last year may not work there anymore."

At the Brickyard Grill, inspectors found the walk-in cooler holding food at 52 degrees, well above the 41-degree limit, and recorded evidence of mice in a dry storage room, according to the report. It was the restaurant's third critical violation since 2031.

Owner Travis Oakhurst said a compressor had failed over the weekend and that a repair technician could not come until Wednesday. He said the restaurant had thrown out about $4,000 worth of food.

"We've been on this corner 22 years. I'm not going to pretend it wasn't bad, because it was bad. But it's not who we are," Oakhurst said. He said he had hired a pest control company to visit weekly instead of monthly.

Nadia Kovalchuk, who owns Golden Lantern with her husband, said the raw chicken had been put on the wrong shelf by a new employee during a lunch rush. "He's been retrained. Everybody's been retrained. My husband retrained me," she said, laughing.

Reached by phone, the manager of Taqueria Los Primos, who gave only his first name, Rafael, said the restaurant had replaced a leaking ice machine the same day and that inspectors had praised the kitchen on their return visit.

The department posts inspection results online, but not on restaurant doors. Hollis County Commissioner Gwendolyn Ashby has proposed requiring restaurants to display letter grades at their entrances, as several large cities do.

"If I can see a restaurant's star rating on my phone, I should be able to see whether it passed its health inspection," Ashby said.

The Westbank Restaurant Association opposes the proposal. Its president, Curtis Mwangi, said letter grades punish a restaurant for months for a problem it fixed in an afternoon. "A 'C' in the window stays there long after the cooler is repaired," he said.

The county commission is scheduled to discuss Ashby's proposal on June 24.
''',
    s('Travis Oakhurst and Nadia Kovalchuk', 'Owners', 'problems fixed', 'say'),
    s(SURI, 'county', 'repeat violations up 20 percent this year', 'says', role=R_SURI),
    s('inspection reports', 'inspection reports obtained by the Courier-Journal', 'Health inspectors ordered three restaurants in the Westbank dining district|stored above ready-to-eat salads', 'according to'),
    s(DEPT, 'The Hollis County Department of Public Health', 'closures are a last resort', 'says'),
    s(SURI, "Anil Suri, the department's environmental health manager", '"We would much rather see an operator fix a problem while we are standing in the kitchen than lock the door,"', 'said', 'direct', role=R_SURI),
    s(SURI, '', '"When we close a place, it\'s because what we found could make somebody sick that day."', '', 'direct', role=R_SURI),
    s(SURI, 'Suri', 'the department had recorded 412 repeat violations in the first five months of this year, about 20 percent more than in the same period last year', 'said', role=R_SURI),
    s(SURI, 'He', 'the increase partly to staff turnover in restaurant kitchens', 'attributed', role=R_SURI),
    s(SURI, 'he', 'meant "the person who took the food safety course last year may not work there anymore."', 'said', 'mixed', role=R_SURI),
    s('the report', 'the report', 'At the Brickyard Grill, inspectors found the walk-in cooler holding food at 52 degrees|in a dry storage room', 'according to'),
    s('Travis Oakhurst', 'Owner Travis Oakhurst', 'a compressor had failed over the weekend and that a repair technician could not come until Wednesday', 'said', role='Owner'),
    s('Travis Oakhurst', 'He', 'the restaurant had thrown out about $4,000 worth of food', 'said', role='Owner'),
    s('Travis Oakhurst', 'Oakhurst', '"We\'ve been on this corner 22 years. I\'m not going to pretend it wasn\'t bad, because it was bad. But it\'s not who we are,"', 'said', 'direct', role='Owner'),
    s('Travis Oakhurst', 'He', 'he had hired a pest control company to visit weekly instead of monthly', 'said', role='Owner'),
    s(KOV, 'Nadia Kovalchuk, who owns Golden Lantern with her husband', 'the raw chicken had been put on the wrong shelf by a new employee during a lunch rush', 'said'),
    s(KOV, 'she', '"He\'s been retrained. Everybody\'s been retrained. My husband retrained me,"', 'said', 'direct'),
    s('Rafael', 'the manager of Taqueria Los Primos, who gave only his first name, Rafael', 'the restaurant had replaced a leaking ice machine the same day and that inspectors had praised the kitchen on their return visit', 'said', role='manager of Taqueria Los Primos'),
    s('Gwendolyn Ashby', 'Hollis County Commissioner Gwendolyn Ashby', 'requiring restaurants to display letter grades at their entrances, as several large cities do', 'has proposed', role='Hollis County Commissioner'),
    s('Gwendolyn Ashby', 'Ashby', '"If I can see a restaurant\'s star rating on my phone, I should be able to see whether it passed its health inspection,"', 'said', 'direct', role='Hollis County Commissioner'),
    s('Westbank Restaurant Association', 'The Westbank Restaurant Association', 'the proposal', 'opposes'),
    s('Curtis Mwangi', 'Its president, Curtis Mwangi', 'letter grades punish a restaurant for months for a problem it fixed in an afternoon', 'said', role='president'),
    s('Curtis Mwangi', 'he', '"A \'C\' in the window stays there long after the cooler is repaired,"', 'said', 'direct', role='president'),
)

MBEKI = 'Tariq Mbeki-Sands'
WHIT = 'Loretta Whitaker'
R_WHIT = 'coach'
HOLT = 'Dmitri Holtzclaw'

doc('ah14-paper-pilots-stags-basketball-comeback', 'The Harbor City Tribune', '2033-02-27', '''
Pilots erase 19-point deficit, stun Stags in overtime

'We stopped hoping and started guarding,' Whitaker says after 118-111 win

By Kendrick Mabry
Tribune Sports Writer

For 30 minutes Saturday night, the Harbor City Pilots looked like a team counting the days until the end of the season. Then Tariq Mbeki-Sands decided he had seen enough.

The fourth-year guard scored 17 of his career-high 38 points in the fourth quarter and overtime, and the Pilots came back from 19 points down to beat the Ridgeline Stags 118-111 before a sellout crowd of 17,400 at Meridian Arena.

"At halftime nobody said much. We just looked at each other, and everybody knew we were embarrassing ourselves," Mbeki-Sands said. "I told the guys, give me the ball and get out of the way. I'm kidding. Sort of."

The win snapped a five-game losing streak and moved the Pilots (27-31) within a game and a half of the final play-in spot in the Western Conference with 24 games left.

Ridgeline (35-22) led 71-52 early in the third quarter after Stags center Dmitri Holtzclaw scored on three straight possessions. Holtzclaw finished with 29 points and 14 rebounds but fouled out with 1:48 left in overtime.

Pilots coach Loretta Whitaker switched to a smaller lineup midway through the third and had her guards pick up the ball in the backcourt. The Stags, who had committed six turnovers in the first half, committed 12 over the final 22 minutes.

"We stopped hoping and started guarding," Whitaker said. "That's the whole adjustment. It's not complicated. It's just hard, and tonight we were willing to do hard."

She praised rookie forward Jalen Okonkwo, who came off the bench to hold Ridgeline's leading scorer, Anders Vikstrom, to two points after halftime. Okonkwo played 26 minutes, the most of his career.

"He's 20 years old, and he guarded a two-time All-Star like he had a grudge," Whitaker said.

Asked about that matchup, Okonkwo smiled and looked at the floor. "Coach told me to make him uncomfortable. I tried to be the most annoying guy in the building," he said.

Mbeki-Sands tied the game at 103 with a pull-up 3-pointer with 9.1 seconds left in regulation. Vikstrom's shot at the buzzer bounced off the back of the rim.

Stags coach Rudy Castellanos was blunt afterward. He said his team had "played like the game was over at halftime" and blamed himself for not calling a timeout during a 14-2 Pilots run in the third quarter.

"That's on me. I saw it happening and I waited for us to fix it ourselves, and we didn't," Castellanos said.

Holtzclaw, who argued the sixth foul with an official as he walked to the bench, said afterward he had "no complaints about the whistle" and credited the Pilots' pressure. "They wanted it more in the second half. That's the honest answer," he said.

The Pilots announced before the game that forward Marcus Delacroix-Wynn would miss at least two weeks with a sprained left ankle. Delacroix-Wynn, who watched from the bench in a walking boot, said on the team's broadcast that he hoped to return before the end of March.

The Pilots play at Lakeport on Monday.
''',
    s(WHIT, 'Whitaker', "'We stopped hoping and started guarding,'", 'says', 'direct', role=R_WHIT),
    s(MBEKI, 'Mbeki-Sands', '"At halftime nobody said much. We just looked at each other, and everybody knew we were embarrassing ourselves,"', 'said', 'direct'),
    s(MBEKI, '', '"I told the guys, give me the ball and get out of the way. I\'m kidding. Sort of."', '', 'direct'),
    s(WHIT, 'Whitaker', '"We stopped hoping and started guarding,"', 'said', 'direct', role=R_WHIT),
    s(WHIT, '', '"That\'s the whole adjustment. It\'s not complicated. It\'s just hard, and tonight we were willing to do hard."', '', 'direct', role=R_WHIT),
    s(WHIT, 'She', "rookie forward Jalen Okonkwo, who came off the bench to hold Ridgeline's leading scorer, Anders Vikstrom, to two points after halftime", 'praised', role=R_WHIT),
    s(WHIT, 'Whitaker', '"He\'s 20 years old, and he guarded a two-time All-Star like he had a grudge,"', 'said', 'direct', role=R_WHIT),
    s('Jalen Okonkwo', 'he', '"Coach told me to make him uncomfortable. I tried to be the most annoying guy in the building,"', 'said', 'direct', role='rookie forward'),
    s('Rudy Castellanos', 'He', 'his team had "played like the game was over at halftime"', 'said', 'mixed', role='Stags coach'),
    s('Rudy Castellanos', 'He', 'himself for not calling a timeout during a 14-2 Pilots run in the third quarter', 'blamed', role='Stags coach'),
    s('Rudy Castellanos', 'Castellanos', '"That\'s on me. I saw it happening and I waited for us to fix it ourselves, and we didn\'t,"', 'said', 'direct', role='Stags coach'),
    s(HOLT, 'Holtzclaw, who argued the sixth foul with an official as he walked to the bench', 'he had "no complaints about the whistle"', 'said', 'mixed', role='Stags center'),
    s(HOLT, 'Holtzclaw, who argued the sixth foul with an official as he walked to the bench', "the Pilots' pressure", 'credited', role='Stags center'),
    s(HOLT, 'he', '"They wanted it more in the second half. That\'s the honest answer,"', 'said', 'direct', role='Stags center'),
    s('Harbor City Pilots', 'The Pilots', 'forward Marcus Delacroix-Wynn would miss at least two weeks with a sprained left ankle', 'announced'),
    s('Marcus Delacroix-Wynn', 'Delacroix-Wynn, who watched from the bench in a walking boot', 'he hoped to return before the end of March', 'said', role='forward'),
)

GREER = 'Darnell Greer'
ABERN = 'Simone Abernathy'
R_ABERN = 'attorney'
PROJ = 'Great Lakes Exoneration Project'
ROSS = 'Harriet Rosswood'
R_ROSS = 'Wexford County District Attorney'

doc('ah15-paper-wexford-exoneration-darnell-greer', 'The Wexford Standard', '2033-09-30', '''
Freed after 23 years, Greer walks out to his mother's arms

Judge vacates 2010 murder conviction after DNA points to another man; DA says 'we got it wrong'

By Maribel Oyelowo
Standard Staff Writer

Darnell Greer was 19 when he went to prison for a murder he has always said he did not commit. On Friday, at 42, he walked out of the Wexford County Courthouse a free man, and the first person he reached for was the woman who had driven to every one of his parole hearings and court dates for 23 years.

"I told you, Mama. I told you I was coming home," Greer said as his mother, Loretta Greer, held his face in both hands on the courthouse steps.

His mother, who is 66, had little to say to the cameras. "My son is home. God kept him, and I kept the house," she said.

Circuit Judge Thomas Brannigan vacated Greer's conviction for the 2010 shooting death of convenience store clerk Samuel Odum after the Wexford County District Attorney's office joined a motion by Greer's lawyers to throw out the verdict. The office then dismissed the charges.

The motion, filed in May by the Great Lakes Exoneration Project, said new DNA testing of a baseball cap left at the scene had matched another man, Curtis Lowell, who died in a car crash in 2016. Lowell had been questioned by police in 2010 and released, according to the filing.

Greer was convicted largely on the testimony of a single eyewitness who picked him out of a photo lineup. That witness, a customer who was in the parking lot, told investigators for the Exoneration Project in 2031 that she had "never been sure" and had felt pressured by a detective to choose someone.

"Darnell's case has every feature we see in wrongful convictions: one shaky identification, no physical evidence tying him to the crime, and a detective who had decided who did it before the investigation started," said Simone Abernathy, the project's legal director, who has represented Greer since 2028.

Abernathy said her team would seek compensation from the state under the Wrongful Incarceration Act, which provides up to $50,000 for each year spent in prison.

Wexford County District Attorney Harriet Rosswood, who took office in 2029, apologized to Greer in court and to the Odum family afterward.

"We got it wrong. This office got it wrong, and a young man lost his twenties and his thirties because of it," Rosswood told reporters. "I can't give those years back. I can tell him, and I can tell the public, that we will not defend a conviction we no longer believe in."

Rosswood said her office had opened a review of other cases handled by the detective, who retired in 2020. She declined to name him.

Greer's younger sister, Keisha Greer-Daniels, was 8 when he was arrested. She said her children had known their uncle only through prison visiting rooms and telephone calls that cut off after 15 minutes.

"My kids are going to teach him how to use a phone," she said. "That's the first job."

Samuel Odum's son, Reginald Odum, said in a statement read by the prosecutor that his family was "grateful the truth came out, even if it came late," and that he bore no anger toward Greer.

Outside the courthouse, Greer said he wanted to eat a cheeseburger, see Lake Wexford and sleep in a room with the lights off.

"Twenty-three years of lights on all night. I want to find out if I still know how to sleep in the dark," he said.

Asked whether he was angry, he paused for a long moment. "I'm too tired to be angry today. Ask me next week," he said.
''',
    s(GREER, 'Greer', '"I told you, Mama. I told you I was coming home,"', 'said', 'direct'),
    s(ROSS, 'DA', "'we got it wrong'", 'says', 'direct', role=R_ROSS),
    s(GREER, 'he', 'he did not commit', 'has always said'),
    s('Loretta Greer', 'she', '"My son is home. God kept him, and I kept the house,"', 'said', 'direct', role='mother'),
    s(PROJ, 'The motion, filed in May by the Great Lakes Exoneration Project', 'new DNA testing of a baseball cap left at the scene had matched another man, Curtis Lowell, who died in a car crash in 2016', 'said'),
    s(PROJ, 'the filing', 'Lowell had been questioned by police in 2010 and released', 'according to'),
    s('That witness', 'That witness, a customer who was in the parking lot', 'she had "never been sure" and had felt pressured by a detective to choose someone', 'told', 'mixed'),
    s(ABERN, "Simone Abernathy, the project's legal director, who has represented Greer since 2028", '"Darnell\'s case has every feature we see in wrongful convictions: one shaky identification, no physical evidence tying him to the crime, and a detective who had decided who did it before the investigation started,"', 'said', 'direct', role='legal director'),
    s(ABERN, 'Abernathy', 'her team would seek compensation from the state under the Wrongful Incarceration Act, which provides up to $50,000 for each year spent in prison', 'said', role='legal director'),
    s(ROSS, 'Rosswood', '"We got it wrong. This office got it wrong, and a young man lost his twenties and his thirties because of it,"', 'told', 'direct', role=R_ROSS),
    s(ROSS, '', '"I can\'t give those years back. I can tell him, and I can tell the public, that we will not defend a conviction we no longer believe in."', '', 'direct', role=R_ROSS),
    s(ROSS, 'Rosswood', 'her office had opened a review of other cases handled by the detective, who retired in 2020', 'said', role=R_ROSS),
    s('Keisha Greer-Daniels', 'She', 'her children had known their uncle only through prison visiting rooms and telephone calls that cut off after 15 minutes', 'said', role='younger sister'),
    s('Keisha Greer-Daniels', 'she', '"My kids are going to teach him how to use a phone,"', 'said', 'direct', role='younger sister'),
    s('Keisha Greer-Daniels', '', '"That\'s the first job."', '', 'direct', role='younger sister'),
    s('Reginald Odum', "Samuel Odum's son, Reginald Odum", 'his family was "grateful the truth came out, even if it came late," and that he bore no anger toward Greer', 'said', 'mixed', role='son'),
    s(GREER, 'Greer', 'he wanted to eat a cheeseburger, see Lake Wexford and sleep in a room with the lights off', 'said'),
    s(GREER, 'he', '"Twenty-three years of lights on all night. I want to find out if I still know how to sleep in the dark,"', 'said', 'direct'),
    s(GREER, 'he', '"I\'m too tired to be angry today. Ask me next week,"', 'said', 'direct'),
)

PEG = 'Margaret Sorensen'
R_PEG = 'chemistry teacher'
FONT = 'Alisha Fontaine'
DUB = 'Raymond Dubois'

doc('ah16-paper-pinecrest-retiring-chemistry-teacher-profile', 'The Pinecrest Gazette', '2033-06-14', '''
After 41 years and one small fire, Mrs. Sorensen closes the lab door

Former students span three generations; 'She made us feel like scientists,' one says

By Howard Lindqvist
Gazette Staff Writer

The woman sitting in the third row of the Pinecrest High School auditorium on Tuesday had flown in from Denver that morning, and she had not been inside the building since 1998. When the principal called the retiring teachers to the stage, she stood up before anyone else did.

"I was the girl who set the fume hood on fire," she says later, laughing, in the hallway outside Room 214. "Thirty-five years later I'm a surgeon, and I still check where the extinguisher is in every room I walk into."

Her name is Alisha Fontaine, and the teacher she came to see is Margaret Sorensen, who is retiring this month after 41 years of teaching chemistry at Pinecrest, the longest career of any teacher in the school's history.

Sorensen, 66, began teaching here in 1992, when the lab still had gas taps that leaked and a periodic table with elements missing. She has taught, by the school's count, about 5,200 students, including the children and, in at least eleven cases, the grandchildren of former students.

She is not sentimental about it, or says she isn't.

"Chemistry is a subject where you either did the experiment properly or you didn't. I've tried to run the classroom the same way," Sorensen says. "Kids can tell when you mean it."

Colleagues describe her as exacting and very funny, usually in the same sentence. Raymond Dubois, who taught physics across the hall for 28 years before retiring in 2030, remembers her grading lab reports in red pen at faculty meetings.

"She never raised her voice. She would just hand a report back and say, 'I think you can find the mistake yourself,' and the kid would go white," Dubois says. He pauses. "And then the kid would find it."

The current principal, Andrea Kwiatkowski, says Sorensen turned down promotions to administration at least three times. "She told me the only office she wanted was the one with the Bunsen burners," Kwiatkowski says.

Not every memory is of chemistry. Malik Osei, who graduated in 2014 and now teaches eighth-grade science in the neighboring district, says she drove him to his first college interview in her own car when his mother's shift could not be changed.

"I didn't know teachers did that. I'm not sure they do," he says. "She did."

Osei says he keeps the lab safety contract she had every student sign, with its line about long hair and open flames, taped inside a cabinet in his own classroom.

"She made us feel like scientists. Even the ones of us who were never going to be scientists," he says.

Sorensen says she plans to spend the first year of her retirement doing "absolutely nothing on a schedule." Her husband, a retired pharmacist, has other plans: a trip to Iceland in September.

Asked what she will miss, she thinks for a while.

"The moment when a kid who has decided he's bad at science gets something right, and you see his face change," she says. "You can't buy that. You can't get it anywhere else."

Fontaine, who operates on hearts for a living, says that moment happened to her in Room 214 in the spring of 1998, a few weeks after the fire.

"She could have written me off as a hazard," Fontaine says. "She gave me the job of checking everyone else's equipment instead."
''',
    s('Malik Osei', 'one', "'She made us feel like scientists,'", 'says', 'direct'),
    s(FONT, 'she', '"I was the girl who set the fume hood on fire,"', 'says', 'direct', role='surgeon'),
    s(FONT, '', '"Thirty-five years later I\'m a surgeon, and I still check where the extinguisher is in every room I walk into."', '', 'direct', role='surgeon'),
    s(PEG, 'She', "she isn't", 'says', role=R_PEG),
    s(PEG, 'Sorensen', '"Chemistry is a subject where you either did the experiment properly or you didn\'t. I\'ve tried to run the classroom the same way,"', 'says', 'direct', role=R_PEG),
    s(PEG, '', '"Kids can tell when you mean it."', '', 'direct', role=R_PEG),
    s('Colleagues', 'Colleagues', 'exacting and very funny', 'describe'),
    s(DUB, 'Raymond Dubois, who taught physics across the hall for 28 years before retiring in 2030', 'her grading lab reports in red pen at faculty meetings', 'remembers'),
    s(DUB, 'Dubois', '"She never raised her voice. She would just hand a report back and say, \'I think you can find the mistake yourself,\' and the kid would go white,"', 'says', 'direct'),
    s(DUB, '', '"And then the kid would find it."', '', 'direct'),
    s('Andrea Kwiatkowski', 'The current principal, Andrea Kwiatkowski', 'Sorensen turned down promotions to administration at least three times', 'says', role='principal'),
    s('Andrea Kwiatkowski', 'Kwiatkowski', '"She told me the only office she wanted was the one with the Bunsen burners,"', 'says', 'direct', role='principal'),
    s('Malik Osei', 'Malik Osei, who graduated in 2014 and now teaches eighth-grade science in the neighboring district', "she drove him to his first college interview in her own car when his mother's shift could not be changed", 'says'),
    s('Malik Osei', 'he', '"I didn\'t know teachers did that. I\'m not sure they do,"', 'says', 'direct'),
    s('Malik Osei', '', '"She did."', '', 'direct'),
    s('Malik Osei', 'Osei', 'he keeps the lab safety contract she had every student sign|taped inside a cabinet in his own classroom', 'says'),
    s('Malik Osei', 'he', '"She made us feel like scientists. Even the ones of us who were never going to be scientists,"', 'says', 'direct'),
    s(PEG, 'Sorensen', 'she plans to spend the first year of her retirement doing "absolutely nothing on a schedule."', 'says', 'mixed', role=R_PEG),
    s(PEG, 'she', '"The moment when a kid who has decided he\'s bad at science gets something right, and you see his face change,"', 'says', 'direct', role=R_PEG),
    s(PEG, '', '"You can\'t buy that. You can\'t get it anywhere else."', '', 'direct', role=R_PEG),
    s(FONT, 'Fontaine, who operates on hearts for a living', 'that moment happened to her in Room 214 in the spring of 1998, a few weeks after the fire', 'says', role='surgeon'),
    s(FONT, 'Fontaine', '"She could have written me off as a hazard,"', 'says', 'direct', role='surgeon'),
    s(FONT, '', '"She gave me the job of checking everyone else\'s equipment instead."', '', 'direct', role='surgeon'),
)
