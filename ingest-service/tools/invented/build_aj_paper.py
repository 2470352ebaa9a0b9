"""Set AJ's five North American newspaper articles (see build_aj.py)."""
from invented_common import doc_spans as doc, s

OKAF = 'Delphine Okafor-Reyes'
GRAN = 'Wendell Granger'
ALDR = 'Tamsin Aldridge'

doc('aj12-paper-harlow-falls-budget-hearing', 'The Harlow Falls Sentinel', '2033-05-18', '''
Residents pack hearing as council weighs library cuts, fee hikes

Mayor's $412-million plan would close two branches on Sundays

By Corinne Bastable
Sentinel Staff Writer

More than 200 people crowded into the council chamber at Harlow Falls City Hall on Tuesday night for the only public hearing on Mayor Delphine Okafor-Reyes' proposed budget, and most of them came to talk about libraries.

The $412-million spending plan for the fiscal year that begins July 1 would close the Eastgate and Millrace branch libraries on Sundays, raise fees for youth sports leagues by 15 percent and delay the repaving of 11 miles of residential streets. It would also add eight police officers and four paramedics.

Okafor-Reyes, who did not attend the hearing, has said the city faces a $19-million shortfall because of rising pension costs and a drop in sales-tax revenue after the closure of the Riverbend outlet mall. In a statement read at the start of the meeting by her chief of staff, the mayor said she had "protected the services that keep people alive first" and asked residents to "judge the whole plan, not one line of it."

Speakers were given three minutes each, and the line at the microphone stretched to the back of the room for most of the four-hour hearing.

Wendell Granger, a retired bus driver who lives two blocks from the Eastgate branch, said the library is the only place in the neighborhood where children can do homework in a quiet room on weekends.

"You want to hire eight more cops. Fine. Keep the library open on Sunday and maybe you'll need seven," Granger told council members, drawing the loudest applause of the evening.

A high school junior, who said she uses the Millrace branch to print college applications because her family does not have a printer, read a letter signed by 340 students. Her name is Priya Venkataraman, and she is 16. "We are not asking for a new building. We are asking for four hours on a Sunday," she said.

Not every speaker opposed the plan. Leon Mattingly, president of the Harlow Falls Taxpayers League, urged the council to resist calls to restore spending without saying where the money would come from. The city, he argued, has raised property taxes three times in six years.

Several parents complained about the increase in sports fees, which would raise the cost of a season of youth soccer from $120 to $138. Coach Ray Delacroix, who runs a league on the city's west side, said some families already skip registration because they cannot pay.

Council member Tamsin Aldridge, who chairs the finance committee, said after the hearing that she would propose keeping both branches open on Sundays by trimming the city's fleet replacement budget by about $600,000.

"I heard the room tonight. I think we can find this money without touching public safety," Aldridge said in an interview.

Council President Marcus Whitfield was more cautious. He said the council would "look at every proposal" but noted that the fleet budget had already been cut twice.

City Budget Director Hollis Nakamura told the council that the shortfall estimate assumes sales-tax revenue will stay flat next year. If it falls further, she said, the city may have to revisit the plan in January.

The council must adopt a budget by June 15. A vote is scheduled for June 8.
''',
    s(OKAF, 'Okafor-Reyes, who did not attend the hearing', 'the city faces a $19-million shortfall because of rising pension costs|Riverbend outlet mall', 'has said', role='Mayor'),
    s(OKAF, 'the mayor', 'she had "protected the services that keep people alive first"', 'said', 'mixed', role='Mayor'),
    s(OKAF, 'the mayor', 'residents to "judge the whole plan, not one line of it."', 'asked', 'mixed', role='Mayor', anchor='protected the services'),
    s(GRAN, 'Wendell Granger, a retired bus driver who lives two blocks from the Eastgate branch', 'the library is the only place in the neighborhood where children can do homework in a quiet room on weekends', 'said', role='retired bus driver'),
    s(GRAN, 'Granger', '"You want to hire eight more cops. Fine. Keep the library open on Sunday and maybe you\'ll need seven,"', 'told', 'direct', role='retired bus driver'),
    s('Priya Venkataraman', 'A high school junior', 'she uses the Millrace branch to print college applications because her family does not have a printer', 'said'),
    s('Priya Venkataraman', 'she', '"We are not asking for a new building. We are asking for four hours on a Sunday,"', 'said', 'direct'),
    s('Leon Mattingly', 'Leon Mattingly, president of the Harlow Falls Taxpayers League', 'the council to resist calls to restore spending without saying where the money would come from', 'urged', role='president'),
    s('Leon Mattingly', 'he', ['The city,', 'has raised property taxes three times in six years'], 'argued', role='president', anchor='where the money would come from.'),
    s('Several parents', 'Several parents', 'the increase in sports fees, which would raise the cost of a season of youth soccer from $120 to $138', 'complained about'),
    s('Ray Delacroix', "Coach Ray Delacroix, who runs a league on the city's west side", 'some families already skip registration because they cannot pay', 'said', role='Coach'),
    s(ALDR, 'Council member Tamsin Aldridge, who chairs the finance committee', "she would propose keeping both branches open on Sundays|about $600,000", 'said', role='Council member'),
    s(ALDR, 'Aldridge', '"I heard the room tonight. I think we can find this money without touching public safety,"', 'said', 'direct', role='Council member'),
    s('Marcus Whitfield', 'He', 'the council would "look at every proposal"', 'said', 'mixed', role='Council President'),
    s('Marcus Whitfield', 'He', 'the fleet budget had already been cut twice', 'noted', role='Council President', anchor='look at every proposal'),
    s('Hollis Nakamura', 'City Budget Director Hollis Nakamura', 'the shortfall estimate assumes sales-tax revenue will stay flat next year', 'told', role='City Budget Director'),
    s('Hollis Nakamura', 'she', ['If it falls further,', 'the city may have to revisit the plan in January'], 'said', role='City Budget Director', anchor='will stay flat next year.'),
)

MBEKI = 'Nandi Castellanos-Mbeki'
HOLLO = 'Gerald Holloway'
OSEI = 'Kwabena Osei-Lindqvist'

doc('aj13-paper-cedar-ridge-graduation-feature', 'The Pinecrest Courier', '2033-06-12', '''
From the back row to the podium

Cedar Ridge's Class of 2033 sends off 312 graduates, including a valedictorian who almost didn't stay

By Augustin Ferreira-Pike
Courier Staff

PINECREST - The gym at Cedar Ridge High School smells like floor wax and cut flowers, and at 6:40 on Thursday evening every folding chair is taken. Grandmothers fan themselves with programs. A toddler in a clip-on tie escapes down the center aisle twice.

Near the front, in a row of seniors with gold honor cords, sits a young woman who, by her own account, spent most of her freshman year trying to be invisible.

"I sat in the back of every class. If a teacher looked at me, I looked at my shoes," she says before the ceremony, adjusting a cap that refuses to stay straight. "I honestly thought I'd transfer out by Christmas."

Her name is Nandi Castellanos-Mbeki, and in about an hour she will give the valedictory speech to 312 classmates and roughly 2,000 family members.

What changed, she says, was a chemistry teacher who noticed she had finished a lab assignment 20 minutes early and asked her to help the students at the next table. That teacher, Gerald Holloway, is retiring this month after 31 years at Cedar Ridge. He remembers the moment differently.

"She thinks I was doing her a favor. I was doing myself a favor. I had 34 kids and one of me," Holloway says, laughing. He describes her as the kind of student who "asks the second question, the one nobody else thought of."

Castellanos-Mbeki will study chemical engineering at the University of Toronto in the fall on a full scholarship. Her mother, Lucia, who cleans offices downtown at night, took the evening off for the first time in three years. She says she has already bought tissues.

Principal Diane Okonkwo-Hart says this year's class posted the highest graduation rate in the school's history, 94.6 percent, up from 88 percent five years ago. She credits a tutoring program that pairs seniors with freshmen, a program Castellanos-Mbeki helped start in her junior year.

"We did not invent anything. We just stopped letting kids disappear," Okonkwo-Hart says.

Not every story in the gym is a straight line. Kwabena Osei-Lindqvist, who will walk across the stage in the second half of the alphabet, spent his junior year working nights at a grocery warehouse after his father lost his job. He failed two classes that year and made them up in summer school.

"People say high school is the best four years of your life. For me it was four years of being tired," he says. "But I'm here. That's the part that counts."

He plans to start an electrician's apprenticeship in August. His older sister, Abena, drove 11 hours from Montreal to see him graduate.

When the speech finally comes, Castellanos-Mbeki does not mention her grades. She talks about the back row.

"Some of you are still sitting in it, even today, in your heads," she tells her classmates. "I want you to know that the front of the room is not reserved. Nobody checks tickets."

The gym, for a moment, is completely quiet. Then the applause starts at the back.
''',
    s(MBEKI, 'her', 'spent most of her freshman year trying to be invisible', 'by her own account'),
    s(MBEKI, 'she', '"I sat in the back of every class. If a teacher looked at me, I looked at my shoes,"', 'says', 'direct'),
    s(MBEKI, '', '"I honestly thought I\'d transfer out by Christmas."', '', 'direct'),
    s(MBEKI, 'she', ['What changed,', 'was a chemistry teacher who noticed she had finished a lab assignment 20 minutes early and asked her to help the students at the next table'], 'says', anchor='valedictory speech'),
    s(HOLLO, 'Holloway', '"She thinks I was doing her a favor. I was doing myself a favor. I had 34 kids and one of me,"', 'says', 'direct'),
    s(HOLLO, 'He', 'the kind of student who "asks the second question, the one nobody else thought of."', 'describes', 'mixed'),
    s('Lucia', 'She', 'she has already bought tissues', 'says'),
    s('Diane Okonkwo-Hart', 'Principal Diane Okonkwo-Hart', "this year's class posted the highest graduation rate in the school's history, 94.6 percent, up from 88 percent five years ago", 'says', role='Principal'),
    s('Diane Okonkwo-Hart', 'She', 'a tutoring program that pairs seniors with freshmen', 'credits', role='Principal'),
    s('Diane Okonkwo-Hart', 'Okonkwo-Hart', '"We did not invent anything. We just stopped letting kids disappear,"', 'says', 'direct', role='Principal'),
    s(OSEI, 'he', '"People say high school is the best four years of your life. For me it was four years of being tired,"', 'says', 'direct'),
    s(OSEI, '', '"But I\'m here. That\'s the part that counts."', '', 'direct'),
    s(MBEKI, 'she', '"Some of you are still sitting in it, even today, in your heads,"', 'tells', 'direct'),
    s(MBEKI, '', '"I want you to know that the front of the room is not reserved. Nobody checks tickets."', '', 'direct'),
)

VANCE = 'Corentin Vance'
ABARA = 'Luis Abarca'
MOLL = 'Benedikt Mollenhauer'

doc('aj14-paper-river-city-fc-soccer-game', 'The Port Aldous Record', '2033-09-15', '''
Abarca's late header lifts River City past Lakeshore

Stoppage-time winner keeps Rivermen three points clear at top of conference

By Dana Whitcombe-Ruiz
Record Sports

PORT ALDOUS - For 89 minutes on Saturday night, Luis Abarca had been the most frustrated man at Harbourfront Stadium. Then, with the last touch of the game, he became the happiest.

The River City FC striker rose above two defenders to meet Tomasz Wielicki's corner in the third minute of stoppage time, and his header gave the Rivermen a 2-1 win over Lakeshore United in front of a sellout crowd of 24,150.

"I missed two chances in the first half that my little cousin would score. I was telling myself, one more, just give me one more," Abarca said afterward, still in his soaked jersey. "When the ball came, I didn't think. I just jumped."

The win keeps River City three points ahead of Fort Callum atop the Eastern Conference with five games left in the regular season.

Lakeshore took the lead in the 27th minute when midfielder Jules Baptiste curled a free kick over the wall and inside the left post. River City goalkeeper Sam Oduya got a hand to it but could not keep it out.

"That's on me. I moved early, and he saw it," Oduya said.

River City equalized early in the second half. Wielicki, the league's assist leader, slipped a pass between the center backs for winger Mateo Ferraz, who finished low to the far corner in the 52nd minute.

River City coach Corentin Vance said he had told his players at halftime to stop "playing the ball sideways like it's a hot potato" and to get crosses into the box. He praised Wielicki, calling him "the best player on the field for two months."

"We didn't play well for a long time tonight. But good teams find a way when they don't play well, and we found a way," Vance said.

Lakeshore coach Benedikt Mollenhauer was less philosophical. He complained that the corner that led to the winner should have been a goal kick, and said the fourth official had told him as much on the touchline.

"Everybody in the stadium saw it touch their player last. Everybody except one man," Mollenhauer said. He declined to say whether the club would file a complaint with the league.

Replays appeared to show the ball glancing off Ferraz before it went out.

Lakeshore captain Owen Ferreira-Hale said his team had done enough to take a point. "We defended for our lives for 40 minutes, and we lose on a corner that isn't a corner. That's football, I guess, but it hurts," he said.

Abarca, who joined River City from Monterrey in January, has eight goals in his last nine games. Vance said the striker had asked to stay late after practice on Thursday to work on headers with the assistant coaches.

"He's 31 and he still wants to learn. You can't coach that," Vance said.

River City plays at Fort Callum next Saturday.
''',
    s(ABARA, 'Abarca', '"I missed two chances in the first half that my little cousin would score. I was telling myself, one more, just give me one more,"', 'said', 'direct', role='striker'),
    s(ABARA, '', '"When the ball came, I didn\'t think. I just jumped."', '', 'direct', role='striker'),
    s('Sam Oduya', 'Oduya', '"That\'s on me. I moved early, and he saw it,"', 'said', 'direct', role='goalkeeper'),
    s(VANCE, 'River City coach Corentin Vance', 'he had told his players at halftime to stop "playing the ball sideways like it\'s a hot potato" and to get crosses into the box', 'said', 'mixed', role='coach'),
    s(VANCE, 'He', 'Wielicki', 'praised', role='coach', anchor='He praised'),
    s(VANCE, 'He', '"the best player on the field for two months."', 'calling', 'direct', role='coach'),
    s(VANCE, 'Vance', '"We didn\'t play well for a long time tonight. But good teams find a way when they don\'t play well, and we found a way,"', 'said', 'direct', role='coach'),
    s(MOLL, 'He', 'the corner that led to the winner should have been a goal kick', 'complained', role='coach'),
    s(MOLL, 'He', 'the fourth official had told him as much on the touchline', 'said', role='coach', anchor='should have been a goal kick'),
    s(MOLL, 'Mollenhauer', '"Everybody in the stadium saw it touch their player last. Everybody except one man,"', 'said', 'direct', role='coach'),
    s('Replays', 'Replays', 'the ball glancing off Ferraz before it went out', 'appeared to show'),
    s('Owen Ferreira-Hale', 'Lakeshore captain Owen Ferreira-Hale', 'his team had done enough to take a point', 'said', role='captain'),
    s('Owen Ferreira-Hale', 'he', '"We defended for our lives for 40 minutes, and we lose on a corner that isn\'t a corner. That\'s football, I guess, but it hurts,"', 'said', 'direct', role='captain'),
    s(VANCE, 'Vance', 'the striker had asked to stay late after practice on Thursday to work on headers with the assistant coaches', 'said', role='coach'),
    s(VANCE, 'Vance', '"He\'s 31 and he still wants to learn. You can\'t coach that,"', 'said', 'direct', role='coach'),
)

PRUITT = 'Colby Pruitt'
JUDGE = 'Margarethe Lindqvist-Oyelaran'
DOHE = 'Siobhan Doherty'

doc('aj15-paper-pruitt-drunk-driving-sentencing', 'The Bellhaven Gazette', '2033-02-09', '''
'You took the person who held ours together': Driver gets 9 years in crash that killed nurse

By Rafael Guidry-Bancroft
Gazette Courts Reporter

BELLHAVEN - For almost an hour on Wednesday, the family of Annette Sauvageau took turns at a lectern in Courtroom 4B and told the man who killed her what he had taken from them.

Then Superior Court Judge Margarethe Lindqvist-Oyelaran sentenced Colby Pruitt, 29, to nine years in state prison for vehicular manslaughter while intoxicated and felony driving under the influence causing injury.

Pruitt pleaded guilty in December. Prosecutors said his blood-alcohol level was 0.19 percent, more than twice the legal limit, when his pickup truck ran a red light at Alder Avenue and Route 9 shortly after 1 a.m. on Aug. 3 and struck the car Sauvageau was driving home from a night shift at St. Brendan's Medical Center. Sauvageau, 52, died at the scene. Her passenger, a co-worker, suffered a broken pelvis.

Sauvageau's husband of 27 years, Gilles Sauvageau, spoke first. He held a photograph of his wife in her scrubs as he read from a sheet of paper that shook in his hands.

"Every night for 20 years she took care of other people's families. You took the person who held ours together," he said. "I set two cups on the counter every morning. I still haven't stopped."

The couple's daughter, Margaux, a first-year medical student, said she had decided to keep her mother's stethoscope in her bag. "I will use it. She will be with me for every heartbeat I listen to," she said.

The co-worker, Siobhan Doherty, told the court she had spent four months relearning to walk. She said she did not hate Pruitt but wanted him to understand "that one decision does not end with one person."

Deputy District Attorney Howard Mensah-Caldwell asked for the maximum term of 10 years and eight months. He argued that Pruitt had been warned by a bartender not to drive and had left his keys with her, only to come back for them 20 minutes later.

"This was not an accident in any meaningful sense of that word. It was a series of choices," Mensah-Caldwell told the judge.

Pruitt's attorney, Evangeline Tsosie, asked for six years, noting that her client had no prior record, had entered an alcohol treatment program in jail and had pleaded guilty to spare the family a trial.

Pruitt, in orange jail clothing, turned to face the family before he was sentenced. He said he thought about Annette Sauvageau every day and that he did not expect forgiveness.

"I am sorry. I know those words are small. I will spend the rest of my life trying to be someone who deserves to be alive," he said, his voice breaking.

Lindqvist-Oyelaran said she had read more than 40 letters from Sauvageau's patients and colleagues. She called the victim impact statements "among the most powerful this court has heard" and said Pruitt's remorse appeared genuine, which she said was the reason she did not impose the maximum.

"You will leave prison a relatively young man. Mrs. Sauvageau will not leave that intersection," the judge said.

Pruitt will be eligible for parole after serving about half of his sentence. His driver's license was revoked for 10 years.

Outside the courthouse, Gilles Sauvageau said the family would now push for a state law requiring bars to report patrons who try to drive after being refused service. "We can't bring her back. We can stop the next one," he said.
''',
    s('Gilles Sauvageau', '', "'You took the person who held ours together'", '', 'direct', role='husband'),
    s(PRUITT, 'Pruitt', 'guilty in December', 'pleaded'),
    s('prosecutors', 'Prosecutors', 'his blood-alcohol level was 0.19 percent|night shift at St. Brendan\'s Medical Center', 'said'),
    s('Gilles Sauvageau', 'he', '"Every night for 20 years she took care of other people\'s families. You took the person who held ours together,"', 'said', 'direct', role='husband'),
    s('Gilles Sauvageau', '', '"I set two cups on the counter every morning. I still haven\'t stopped."', '', 'direct', role='husband'),
    s('Margaux', "The couple's daughter, Margaux, a first-year medical student", "she had decided to keep her mother's stethoscope in her bag", 'said', role='daughter'),
    s('Margaux', 'she', '"I will use it. She will be with me for every heartbeat I listen to,"', 'said', 'direct', role='daughter'),
    s(DOHE, 'The co-worker, Siobhan Doherty', 'she had spent four months relearning to walk', 'told', role='co-worker'),
    s(DOHE, 'She', 'she did not hate Pruitt but wanted him to understand "that one decision does not end with one person."', 'said', 'mixed', role='co-worker'),
    s('Howard Mensah-Caldwell', 'Deputy District Attorney Howard Mensah-Caldwell', 'the maximum term of 10 years and eight months', 'asked for', role='Deputy District Attorney'),
    s('Howard Mensah-Caldwell', 'He', 'Pruitt had been warned by a bartender not to drive|20 minutes later', 'argued', role='Deputy District Attorney'),
    s('Howard Mensah-Caldwell', 'Mensah-Caldwell', '"This was not an accident in any meaningful sense of that word. It was a series of choices,"', 'told', 'direct', role='Deputy District Attorney'),
    s('Evangeline Tsosie', "Pruitt's attorney, Evangeline Tsosie", 'six years, noting that her client had no prior record|to spare the family a trial', 'asked for', role='attorney'),
    s(PRUITT, 'He', 'he thought about Annette Sauvageau every day and that he did not expect forgiveness', 'said'),
    s(PRUITT, 'he', '"I am sorry. I know those words are small. I will spend the rest of my life trying to be someone who deserves to be alive,"', 'said', 'direct'),
    s(JUDGE, 'Lindqvist-Oyelaran', "she had read more than 40 letters from Sauvageau's patients and colleagues", 'said', role='Superior Court Judge'),
    s(JUDGE, 'She', 'the victim impact statements "among the most powerful this court has heard"', 'called', 'mixed', role='Superior Court Judge'),
    s(JUDGE, 'She', "Pruitt's remorse appeared genuine, which she said was the reason she did not impose the maximum", 'said', role='Superior Court Judge', anchor='among the most powerful'),
    s(JUDGE, 'the judge', '"You will leave prison a relatively young man. Mrs. Sauvageau will not leave that intersection,"', 'said', 'direct', role='Superior Court Judge'),
    s('Gilles Sauvageau', 'Gilles Sauvageau', 'the family would now push for a state law requiring bars to report patrons who try to drive after being refused service', 'said', role='husband'),
    s('Gilles Sauvageau', 'he', '"We can\'t bring her back. We can stop the next one,"', 'said', 'direct', role='husband'),
)

CHIEF = 'Reginald Achebe-Morrow'
LAWY = 'Miriam Szabo-Whitlock'
UNION = 'Fraternal Order of Police Lodge 27'
KERR = 'Darnell Kerrigan'

doc('aj16-paper-eastbrook-police-shooting-inquiry', 'The Eastbrook Ledger', '2033-10-06', '''
Lawyer for family of man shot by police demands release of body-camera video

Chief says footage will be made public 'when the investigation allows'

By Harriet Oyelowo-Banks
Ledger Staff Writer

EASTBROOK - The lawyer for the family of a 34-year-old man fatally shot by an Eastbrook police officer last week called Monday for the immediate release of all body-camera footage, saying the department's account of the shooting "does not match what the people on that sidewalk saw."

Terrence Hollis, a father of two who worked as a cook at a diner on Commerce Street, was shot three times shortly before 11 p.m. on Sept. 28 outside a convenience store on the 1400 block of Wyeth Avenue. He died at Eastbrook General Hospital about an hour later.

Police said officers had been called to the store on a report of a man with a knife and that Hollis had moved toward an officer with "an object in his hand" after being told several times to drop it.

The family's attorney, Miriam Szabo-Whitlock, said at a news conference outside City Hall that the object was a cellphone. She said the family had been allowed to watch 40 seconds of one officer's video on Friday and had seen "no knife, no lunge, nothing that justifies a single shot, let alone three."

"Terrence was holding his phone because he was trying to call his sister. That's who he was talking to when he died," Szabo-Whitlock said.

A woman who was waiting at a bus stop across the street said she saw Hollis with his hands raised to about chest height just before the shots. She said she heard officers shouting but could not make out the words over the traffic.

"He wasn't running at anybody. He was kind of backing up, like he didn't understand what they wanted," said the woman, Lorraine Beaumont-Achterberg, 61, a retired postal worker. She said she had given a statement to investigators on the night of the shooting and had not been contacted since.

Police Chief Reginald Achebe-Morrow said Monday that the footage would be released "when the investigation allows," and that he would not let "pressure from any direction" rush the process. The state Attorney General's Office, which investigates all fatal shootings by police under a 2031 law, has asked the department not to release video until witnesses have been interviewed, the chief said.

"I understand the anger. I have met the family. But if I put that video out today and it harms the investigation, I have failed them twice," Achebe-Morrow told reporters.

The officer who fired, whose name has not been released, has been with the department for six years and is on paid administrative leave, according to a department spokeswoman.

The president of Fraternal Order of Police Lodge 27, Darnell Kerrigan, said the union would support the officer "until the facts say otherwise" and accused Szabo-Whitlock of "trying this case on the City Hall steps." He said officers had seconds to make decisions that lawyers would spend months reviewing.

"Nobody wants this outcome, least of all the officer. But you don't get to judge a split second from an air-conditioned office," Kerrigan said.

A spokesman for the Attorney General's Office, Patrick Oduya-Stern, confirmed that the office had opened an investigation but declined to discuss a timeline. Such investigations have taken between four and eleven months in the past, records show.

Council member Yolanda Prieto, whose district includes Wyeth Avenue, said she would introduce an ordinance requiring the release of body-camera video within 30 days of any police shooting.

About 150 people marched from the convenience store to the police headquarters Sunday evening. Hollis' sister, Renee Hollis, told the crowd that her brother had called her twice that night. "The second call, I heard them yelling. Then I heard nothing," she said.
''',
    s(LAWY, 'Lawyer for family of man shot by police', 'release of body-camera video', 'demands', role="family's attorney"),
    s(CHIEF, 'Chief', "footage will be made public 'when the investigation allows'", 'says', 'mixed', role='Police Chief'),
    s(LAWY, 'The lawyer for the family of a 34-year-old man fatally shot by an Eastbrook police officer last week', 'the immediate release of all body-camera footage', 'called', role="family's attorney"),
    s(LAWY, 'The lawyer for the family of a 34-year-old man fatally shot by an Eastbrook police officer last week', 'the department\'s account of the shooting "does not match what the people on that sidewalk saw."', 'saying', 'mixed', role="family's attorney"),
    s('Police', 'Police', 'officers had been called to the store on a report of a man with a knife|after being told several times to drop it', 'said', 'mixed'),
    s(LAWY, "The family's attorney, Miriam Szabo-Whitlock", 'the object was a cellphone', 'said', role="family's attorney"),
    s(LAWY, 'She', 'the family had been allowed to watch 40 seconds of one officer\'s video on Friday|let alone three."', 'said', 'mixed', role="family's attorney"),
    s(LAWY, 'Szabo-Whitlock', '"Terrence was holding his phone because he was trying to call his sister. That\'s who he was talking to when he died,"', 'said', 'direct', role="family's attorney"),
    s('Lorraine Beaumont-Achterberg', 'A woman who was waiting at a bus stop across the street', 'she saw Hollis with his hands raised to about chest height just before the shots', 'said', role='retired postal worker'),
    s('Lorraine Beaumont-Achterberg', 'She', 'she heard officers shouting but could not make out the words over the traffic', 'said', role='retired postal worker'),
    s('Lorraine Beaumont-Achterberg', 'the woman, Lorraine Beaumont-Achterberg, 61, a retired postal worker', '"He wasn\'t running at anybody. He was kind of backing up, like he didn\'t understand what they wanted,"', 'said', 'direct', role='retired postal worker'),
    s('Lorraine Beaumont-Achterberg', 'She', 'she had given a statement to investigators on the night of the shooting and had not been contacted since', 'said', role='retired postal worker'),
    s(CHIEF, 'Police Chief Reginald Achebe-Morrow', 'the footage would be released "when the investigation allows," and that he would not let "pressure from any direction" rush the process', 'said', 'mixed', role='Police Chief'),
    s(CHIEF, 'the chief', "The state Attorney General's Office, which investigates all fatal shootings by police under a 2031 law|until witnesses have been interviewed", 'said', role='Police Chief'),
    s(CHIEF, 'Achebe-Morrow', '"I understand the anger. I have met the family.|I have failed them twice,"', 'told', 'direct', role='Police Chief'),
    s('department spokeswoman', 'a department spokeswoman', 'The officer who fired, whose name has not been released,|on paid administrative leave', 'according to'),
    s(KERR, 'The president of Fraternal Order of Police Lodge 27, Darnell Kerrigan', 'the union would support the officer "until the facts say otherwise"', 'said', 'mixed', role='president'),
    s(KERR, 'The president of Fraternal Order of Police Lodge 27, Darnell Kerrigan', 'Szabo-Whitlock of "trying this case on the City Hall steps."', 'accused', 'mixed', role='president'),
    s(KERR, 'He', 'officers had seconds to make decisions that lawyers would spend months reviewing', 'said', role='president'),
    s(KERR, 'Kerrigan', '"Nobody wants this outcome, least of all the officer. But you don\'t get to judge a split second from an air-conditioned office,"', 'said', 'direct', role='president'),
    s('Patrick Oduya-Stern', "A spokesman for the Attorney General's Office, Patrick Oduya-Stern", 'the office had opened an investigation', 'confirmed', role='spokesman'),
    s('records', 'records', 'Such investigations have taken between four and eleven months in the past', 'show'),
    s('Yolanda Prieto', 'Council member Yolanda Prieto, whose district includes Wyeth Avenue', 'she would introduce an ordinance requiring the release of body-camera video within 30 days of any police shooting', 'said', role='Council member'),
    s('Renee Hollis', "Hollis' sister, Renee Hollis", 'her brother had called her twice that night', 'told', role='sister'),
    s('Renee Hollis', 'she', '"The second call, I heard them yelling. Then I heard nothing,"', 'said', 'direct', role='sister'),
)
