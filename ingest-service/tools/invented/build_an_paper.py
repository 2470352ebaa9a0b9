"""Set AN's five North American newspaper articles (see build_an.py)."""
from invented_common import doc_spans as doc, s

OYEL = 'Bernadette Oyelaran'
WHIT = 'Dana Whitcomb'
BRIL = 'Sasha Brill'
INGE = 'Paul Ingersoll'

doc('an12-paper-halverton-marathon-feature', 'Halverton Courier', '2034-10-16', '''
At 71, she ran Halverton's marathon for the 30th time. The breakfast never changes.

By Cole Marchetti
Halverton Courier

HALVERTON - The alarm went off at 4:15 a.m. on Sunday, as it has on one October Sunday every year since 2004, and Bernadette Oyelaran did what she always does first: she ate half a banana and one slice of dry toast, and drank exactly one cup of coffee.

"Everything else changes. The knees change, the course changes, the shoes get ridiculous," she said a few days before the race, laughing in the kitchen of her house on Greeley Street. "The breakfast stays the same."

Oyelaran, 71, crossed the finish line on Lakeshore Drive in 4 hours, 52 minutes and 18 seconds, completing the Halverton Marathon for the 30th time. Race organizers say no one else has finished all 30 editions, and only two other runners have started more than 20.

She was not the fastest in her age group - a runner from Port Dunmore beat her by 11 minutes - and she did not care. "I beat the bus," she said at the finish, referring to the sweep bus that picks up runners who fall behind the six-hour cutoff.

A retired math teacher who took up running at 40 to quit smoking, Oyelaran has become something of a fixture on the course. Spectators on Monroe Avenue hold up hand-lettered posters with her name; a church choir near mile 19 sings a hymn when she passes.

"She's the reason half of us started," said Dana Whitcomb, 44, a former student who ran alongside her for the first 10 miles. "She used to tell us in class that every long problem is just a lot of short problems. I didn't know she was talking about running."

This year's race drew 14,820 finishers, a record, according to the Halverton Road Runners Club, which organizes the event. The men's race was won by Elias Kiprono in 2:09:41, and the women's by Halverton native Sasha Brill in 2:27:03, the fastest time by a local woman in the race's history.

Brill said the last six miles, run into a headwind off the lake, were the hardest of her career. "I stopped looking at my watch at mile 22, because it was only going to make me sad," she said. "After that I just ran at the woman in front of me."

Race director Paul Ingersoll said the club had added 40 portable toilets and a second medical tent after complaints last year about long lines and slow treatment of runners who collapsed in the heat. Sunday's temperatures stayed in the 50s, and medical staff treated 61 runners, most of them for cramps and blisters, he said.

For Oyelaran, the day ended the way it has ended 29 times before: with a cheeseburger at Dottie's on Fifth Street, where the owner keeps her finisher photos on the wall behind the register.

Asked whether she would be back next year, she shrugged.

"My doctor says I'm healthier than he is," she said. "So I don't see who's going to stop me."
''',
    s(OYEL, 'she', '"Everything else changes. The knees change, the course changes, the shoes get ridiculous,"', 'said', 'direct'),
    s(OYEL, '', '"The breakfast stays the same."', '', 'direct'),
    s('Race organizers', 'Race organizers', 'no one else has finished all 30 editions, and only two other runners have started more than 20', 'say'),
    s(OYEL, 'she', '"I beat the bus,"', 'said', 'direct'),
    s(WHIT, 'Dana Whitcomb', '"She\'s the reason half of us started,"', 'said', 'direct', role='former student'),
    s(WHIT, '', '"She used to tell us in class|she was talking about running."', '', 'direct', role='former student'),
    s('Halverton Road Runners Club', 'the Halverton Road Runners Club', "This year's race drew 14,820 finishers, a record", 'according to'),
    s(BRIL, 'Brill', 'the last six miles, run into a headwind off the lake, were the hardest of her career', 'said'),
    s(BRIL, 'she', '"I stopped looking at my watch at mile 22, because it was only going to make me sad,"', 'said', 'direct'),
    s(BRIL, '', '"After that I just ran at the woman in front of me."', '', 'direct'),
    s(INGE, 'Race director Paul Ingersoll', 'the club had added 40 portable toilets and a second medical tent|collapsed in the heat', 'said', role='Race director'),
    s(INGE, 'he', "Sunday's temperatures stayed in the 50s|most of them for cramps and blisters", 'said', role='Race director'),
    s(OYEL, 'she', '"My doctor says I\'m healthier than he is,"', 'said', 'direct'),
    s(OYEL, '', '"So I don\'t see who\'s going to stop me."', '', 'direct'),
)

ODUY = 'Maribel Oduya'
POHL = 'Garrett Pohl'
BAPT = 'Lorraine Baptiste'
CSFC = 'Cedar State Firearms Coalition'
HOLL = 'Wade Hollister'
GREA = 'Annette Greaves'
MARR = 'Kelsey Marr'
FARR = 'Denise Farrow'

doc('an13-paper-cedar-state-senate-ghost-gun-vote', 'The Cedar Falls Ledger', '2034-03-10', '''
Senate passes ghost-gun ban on party-line vote; House fight looms

Measure would outlaw unserialized firearms and home-built kits

By Renata Alcott
Capitol Bureau

CEDAR FALLS - The state Senate voted 21-17 on Thursday to ban the sale and possession of untraceable firearms assembled from kits, sending the bill to a House where leaders of both parties say its fate is uncertain.

Senate Bill 212 would make it a misdemeanor to own a firearm without a serial number and a felony to sell or manufacture one. Owners of existing homemade guns would have until July 1, 2035, to have them engraved with a number by a licensed dealer.

All 21 Democrats voted for the bill; all 17 Republicans voted against it.

Sen. Maribel Oduya, a Westbrook Democrat who sponsored the measure, said police in the state had recovered 1,140 guns without serial numbers last year, nearly four times as many as in 2030.

"These guns are built for one purpose: so that nobody can find out who had them," Oduya said on the Senate floor. "When a detective picks one up at a crime scene, the trail ends right there."

Republicans argued that the bill would turn hobbyists into criminals and do little to stop people who already ignore the law. Sen. Garrett Pohl, R-Millbrook, called the measure "a paperwork trap for law-abiding people" and said the state would be better served by longer sentences for crimes committed with any gun.

"Criminals don't engrave anything," Pohl said.

Pohl also questioned whether the state police had the staff to handle the registration of existing guns. A fiscal note attached to the bill estimates that the program would cost $2.3 million in its first year.

The State Police Chiefs Association lobbied for the bill. Its president, Chief Lorraine Baptiste of the Harmon Police Department, told lawmakers at a committee hearing last month that her officers had found untraceable pistols at three of the city's last five homicide scenes.

The Cedar State Firearms Coalition, the state's largest gun-rights group, said it would challenge the law in court if it is enacted. The group's executive director, Wade Hollister, said in a statement that the bill "violates the constitutional rights of thousands of citizens who have done nothing wrong."

In the House, Speaker Annette Greaves, a Democrat, said she supported the bill but did not yet know whether she had the votes to pass it. Democrats hold a 52-48 majority in the chamber, and at least four rural Democrats have said they are undecided.

"I'm not going to bring a bill to the floor to watch it fail," Greaves told reporters after the Senate vote. "We will count, and then we will decide."

Gov. Daniel Whitford has not said whether he would sign the bill. His spokeswoman, Kelsey Marr, said Thursday that the governor "has concerns about some of the penalties" and was still reviewing the measure.

Outside the Capitol, about 60 people from both sides of the debate waved flags and chanted through the afternoon. Among them was Denise Farrow of Lindenwood, whose 19-year-old son was shot with an unserialized handgun in 2032. She said she had driven two hours to see the vote.

"I wanted them to look at me when they pressed the button," she said.
''',
    s('leaders of both parties', 'leaders of both parties', 'its fate is uncertain', 'say'),
    s(ODUY, 'Sen. Maribel Oduya, a Westbrook Democrat who sponsored the measure', 'police in the state had recovered 1,140 guns without serial numbers last year, nearly four times as many as in 2030', 'said', role='Sen.'),
    s(ODUY, 'Oduya', '"These guns are built for one purpose: so that nobody can find out who had them,"', 'said', 'direct', role='Sen.'),
    s(ODUY, '', '"When a detective picks one up at a crime scene, the trail ends right there."', '', 'direct', role='Sen.'),
    s('Republicans', 'Republicans', 'the bill would turn hobbyists into criminals and do little to stop people who already ignore the law', 'argued'),
    s(POHL, 'Sen. Garrett Pohl', 'the measure "a paperwork trap for law-abiding people"', 'called', 'mixed', role='Sen.'),
    s(POHL, '', 'the state would be better served by longer sentences for crimes committed with any gun', 'said', role='Sen.'),
    s(POHL, 'Pohl', '"Criminals don\'t engrave anything,"', 'said', 'direct', role='Sen.'),
    s(POHL, 'Pohl', 'whether the state police had the staff to handle the registration of existing guns', 'questioned', role='Sen.'),
    s('A fiscal note attached to the bill', 'A fiscal note attached to the bill', 'the program would cost $2.3 million in its first year', 'estimates'),
    s(BAPT, 'Its president, Chief Lorraine Baptiste of the Harmon Police Department', "her officers had found untraceable pistols at three of the city's last five homicide scenes", 'told', role='president'),
    s(CSFC, 'The Cedar State Firearms Coalition', 'it would challenge the law in court if it is enacted', 'said'),
    s(HOLL, "The group's executive director, Wade Hollister", 'the bill "violates the constitutional rights of thousands of citizens who have done nothing wrong."', 'said', 'mixed', role='executive director'),
    s(GREA, 'Speaker Annette Greaves', 'she supported the bill but did not yet know whether she had the votes to pass it', 'said', role='Speaker'),
    s('at least four rural Democrats', 'at least four rural Democrats', 'they are undecided', 'have said'),
    s(GREA, 'Greaves', '"I\'m not going to bring a bill to the floor to watch it fail,"', 'told', 'direct', role='Speaker'),
    s(GREA, '', '"We will count, and then we will decide."', '', 'direct', role='Speaker'),
    s(MARR, 'His spokeswoman, Kelsey Marr', 'the governor "has concerns about some of the penalties" and was still reviewing the measure', 'said', 'mixed', role='spokeswoman'),
    s(FARR, 'She', 'she had driven two hours to see the vote', 'said'),
    s(FARR, 'she', '"I wanted them to look at me when they pressed the button,"', 'said', 'direct'),
)

OKAF = 'Malik Okafor'
VANC = 'Lorna Vance'
PETR = 'Ivan Petrakis'
KOWA = 'Abe Kowalczyk'
SALT = 'Denny Saltzman'

doc('an14-paper-grantville-hawks-basketball', 'Grantville Tribune', '2034-03-29', '''
Okafor's fourth quarter lifts tired Hawks past Rivermen

By Troy Delacroix
Staff Writer

GRANTVILLE - For three quarters on Tuesday night, the Grantville Hawks looked like a team that had played the night before in another time zone. Then Malik Okafor decided he had seen enough.

Okafor scored 19 of his 34 points in the fourth quarter, including back-to-back 3-pointers that gave Grantville its first lead with 2:41 to play, and the Hawks beat the Port Ellery Rivermen 112-105 at Summit Arena.

"I told the guys in the huddle: give me the ball and get out of the way," Okafor said, grinning. "I'm kidding. Mostly."

Grantville shot 52% from the field and outscored Port Ellery 34-19 in the final quarter.

The Hawks (31-19) trailed by 16 early in the third quarter after the Rivermen made 11 of their first 17 shots from 3-point range. Port Ellery guard Denny Saltzman had 22 points at halftime and finished with 29.

Hawks coach Lorna Vance said her team had looked "heavy-legged" after landing in Grantville at 3 a.m. following Monday's loss in Calloway. She said she had considered resting Okafor and center Ivan Petrakis but decided against it because the Hawks are two games behind Harbor City for the fourth seed.

"You don't get to pick the nights you feel good," Vance said. "Malik understands that better than anybody in this building."

Okafor, who missed six games this month with a sprained ankle, said the ankle "felt fine" and that he had stopped thinking about it by the second quarter. Vance said she would still limit his minutes against Harbor City on Thursday.

Petrakis added 18 points and 14 rebounds and blocked a Saltzman layup with 38 seconds left that would have cut the lead to one. Petrakis said afterward that he had seen Saltzman go to his left all night and had guessed.

"Sometimes you guess right," he said. "Tonight I guessed right."

Rivermen coach Abe Kowalczyk was less interested in the block than in the 14 free throws the Hawks attempted in the fourth quarter, to his team's two. He said the officiating in the last six minutes had been "a different game from the first 42."

Asked whether he expected to be fined, Kowalczyk said: "I'll find out tomorrow, I'm sure. It'll be worth it."

The league's report on the last two minutes, which reviews close calls, will be released Wednesday afternoon, a league spokesman said.

Saltzman, who is averaging 24.6 points in his first season with Port Ellery, declined to discuss the officials. He blamed the loss on his team's 19 turnovers, seven of them his.

"We gave them the ball 19 times. You can't win on the road doing that against a team with a guy like Okafor," Saltzman said.

Grantville rookie Theo Mbeki, who played 14 minutes off the bench, said Okafor had told him at halftime to stop passing up open shots. Mbeki made two of them in the fourth quarter.

The Hawks play host to Harbor City on Thursday.
''',
    s(OKAF, 'Okafor', '"I told the guys in the huddle: give me the ball and get out of the way,"', 'said', 'direct'),
    s(OKAF, '', '"I\'m kidding. Mostly."', '', 'direct'),
    s(VANC, 'Hawks coach Lorna Vance', 'her team had looked "heavy-legged"|following Monday\'s loss in Calloway', 'said', 'mixed', role='coach'),
    s(VANC, 'She', 'she had considered resting Okafor and center Ivan Petrakis|for the fourth seed', 'said', role='coach'),
    s(VANC, 'Vance', '"You don\'t get to pick the nights you feel good,"', 'said', 'direct', role='coach'),
    s(VANC, '', '"Malik understands that better than anybody in this building."', '', 'direct', role='coach'),
    s(OKAF, 'Okafor', 'the ankle "felt fine" and that he had stopped thinking about it by the second quarter', 'said', 'mixed'),
    s(VANC, 'Vance', 'she would still limit his minutes against Harbor City on Thursday', 'said', role='coach'),
    s(PETR, 'Petrakis', 'he had seen Saltzman go to his left all night and had guessed', 'said', role='center'),
    s(PETR, 'he', '"Sometimes you guess right,"', 'said', 'direct', role='center'),
    s(PETR, '', '"Tonight I guessed right."', '', 'direct', role='center'),
    s(KOWA, 'He', 'the officiating in the last six minutes had been "a different game from the first 42."', 'said', 'mixed', role='coach'),
    s(KOWA, 'Kowalczyk', '"I\'ll find out tomorrow, I\'m sure. It\'ll be worth it."', 'said', 'direct', role='coach'),
    s('a league spokesman', 'a league spokesman', "The league's report on the last two minutes, which reviews close calls, will be released Wednesday afternoon", 'said'),
    s(SALT, 'He', "the loss on his team's 19 turnovers, seven of them his", 'blamed', role='guard'),
    s(SALT, 'Saltzman', '"We gave them the ball 19 times.|a guy like Okafor,"', 'said', 'direct', role='guard'),
    s('Theo Mbeki', 'Grantville rookie Theo Mbeki', 'Okafor had told him at halftime to stop passing up open shots', 'said', role='rookie'),
)

TESS = 'Marc Tessier'
ANNA = 'Ruth Annaberg'
BERT = 'Kyle Bertrand'
OCAM = 'Maria Ocampo'
CELE = 'Celeste Whitlow'
GILL = 'Harpreet Gill'

doc('an15-paper-fenwick-coroner-inquest-police-shooting', 'The Fenwick Herald', '2034-01-17', '''
Officer feared for his life, lawyer tells inquest into death of Jonah Whitlow

Family says it asked for a nurse and got a gun

By Priya Santhanam
The Fenwick Herald

FENWICK - The police officer who shot Jonah Whitlow in a grocery store parking lot in February 2033 believed the 27-year-old was reaching for a weapon, the officer's lawyer told a coroner's inquest on Monday.

Const. Aaron Delisle of the Fenwick Police Service fired three times after Whitlow, who was in the middle of a mental-health crisis, ignored orders to show his hands, lawyer Marc Tessier said in his opening remarks. A black cellphone was later found in Whitlow's right hand.

"He had less than two seconds. Constable Delisle did not come to work that day wanting to hurt anyone, and he has not slept a full night since," Tessier said. He told jurors Delisle had completed the service's de-escalation course in 2031.

Coroner's inquests in the province do not assign blame. A five-person jury will hear from about 20 witnesses over three weeks and may make recommendations to prevent similar deaths.

Presiding coroner Dr. Ruth Annaberg told jurors that their task was to answer five questions: who died, when, where, how, and by what means. "You are not here to decide whether anyone committed a crime. That question has been answered," she said, referring to a decision by the province's police watchdog last year not to lay charges.

The first witness, store employee Kyle Bertrand, testified that he had called 911 after Whitlow began shouting at customers and kicking shopping carts. He said Whitlow had seemed "terrified, not angry."

"He kept saying somebody was following him. There was nobody following him," Bertrand said.

A second witness, Maria Ocampo, who was loading groceries into her car about 15 meters away, said the officer had shouted at Whitlow several times before firing. Under cross-examination by Tessier, she agreed that Whitlow had turned toward the officer with his arm raised, but said she never believed he was holding a gun.

Whitlow's mother, Celeste Whitlow, sat in the front row of the hearing room with a framed photograph of her son on her lap. Speaking to reporters during a break, she said the family had phoned the police crisis line twice that week asking for a mental-health worker, and that no one had come.

"We asked for help. They sent a gun," she said. "Jonah needed a nurse, and he got a constable who had a few hours of training for people like him."

The family's lawyer, Harpreet Gill, said she would ask the jury to recommend that mental-health workers be sent with officers to every call involving a person in crisis, as they already are in Harbourview and several other cities.

Annaberg said the jury was expected to deliver its findings and any recommendations by early February.

The Fenwick Police Service declined to comment while the inquest is under way. Delisle, who remains on duty in an administrative role, is expected to testify next week.
''',
    s(TESS, 'lawyer', 'Officer feared for his life', 'tells', role='lawyer'),
    s(CELE, 'Family', 'it asked for a nurse and got a gun', 'says'),
    s(TESS, "the officer's lawyer", 'The police officer who shot Jonah Whitlow in a grocery store parking lot in February 2033 believed the 27-year-old was reaching for a weapon', 'told', role='lawyer'),
    s(TESS, 'lawyer Marc Tessier', 'Const. Aaron Delisle of the Fenwick Police Service fired three times|ignored orders to show his hands', 'said', role='lawyer'),
    s(TESS, 'Tessier', '"He had less than two seconds.|has not slept a full night since,"', 'said', 'direct', role='lawyer'),
    s(TESS, 'He', "Delisle had completed the service's de-escalation course in 2031", 'told', role='lawyer'),
    s(ANNA, 'Presiding coroner Dr. Ruth Annaberg', 'their task was to answer five questions: who died, when, where, how, and by what means', 'told', role='Presiding coroner'),
    s(ANNA, 'she', '"You are not here to decide whether anyone committed a crime. That question has been answered,"', 'said', 'direct', role='Presiding coroner'),
    s(BERT, 'The first witness, store employee Kyle Bertrand', 'he had called 911 after Whitlow began shouting at customers and kicking shopping carts', 'testified', role='store employee'),
    s(BERT, 'He', 'Whitlow had seemed "terrified, not angry."', 'said', 'mixed', role='store employee'),
    s(BERT, 'Bertrand', '"He kept saying somebody was following him. There was nobody following him,"', 'said', 'direct', role='store employee'),
    s(OCAM, 'A second witness, Maria Ocampo', 'the officer had shouted at Whitlow several times before firing', 'said', role='witness'),
    s(OCAM, 'she', 'Whitlow had turned toward the officer with his arm raised', 'agreed', role='witness'),
    s(OCAM, 'she', 'she never believed he was holding a gun', 'said', role='witness'),
    s(CELE, 'she', 'the family had phoned the police crisis line twice that week|and that no one had come', 'said', role='mother'),
    s(CELE, 'she', '"We asked for help. They sent a gun,"', 'said', 'direct', role='mother'),
    s(CELE, '', '"Jonah needed a nurse, and he got a constable|for people like him."', '', 'direct', role='mother'),
    s(ANNA, 'Annaberg', 'the jury was expected to deliver its findings and any recommendations by early February', 'said', role='Presiding coroner'),
    s(GILL, "The family's lawyer, Harpreet Gill", 'she would ask the jury to recommend that mental-health workers be sent with officers|several other cities', 'said', role='lawyer'),
)

KATI = 'Kati Szabo'
REKA = 'Reka Szabo'
ILON = 'Ilona Szabo'
EVA = 'Eva Lorand'

doc('an16-paper-marlowe-family-bakery-expansion', 'Marlowe Daily Post', '2034-03-05', '''
Three generations of Szabo women bet on a second bakery

Szabo's Bakery, a fixture on Kessler Avenue since 1987, will open a second shop in the old Union Depot next month

By Hallie Brennan
Business Writer

MARLOWE - Ilona Szabo still gets to the bakery at 3:30 every morning, though at 78 she no longer lifts the 50-pound sacks of flour. Her daughter Kati does that now, and Kati's daughter, Reka, does the books.

Next month the three of them will open a second Szabo's Bakery, in the restored Union Depot downtown, more than doubling the business their family started in a rented storefront on Kessler Avenue in 1987.

"My mother thought we were crazy. Then she thought about it for a week and asked when she could see the ovens," Kati Szabo, 52, said on a recent morning, wiping her hands on an apron dusted with poppy seed.

The new shop will have 40 seats, a walk-up window for the depot's commuter trains and a glass wall so customers can watch the bakers work. The family is borrowing $1.2 million for the build-out, including a $350,000 loan from the city's small-business fund, according to city records.

Reka Szabo, 27, who left a job as an accountant in Lakemont to come home three years ago, said she had run the numbers "about a hundred times." Sales at the Kessler Avenue shop have grown 60% since 2029, and on Saturdays the line often stretches to the corner, she said.

"We turn people away at noon because we're out of everything," she said. "That's a nice problem for a year. For five years it's just a problem."

Her grandmother is less interested in the spreadsheets. Ilona Szabo came to Marlowe from the village of Veszmar in 1979 with, she says, two suitcases and a recipe notebook she still keeps in a drawer by the register. She said the only condition she set for the new bakery was that the dobos torte be made exactly the way it is made now, with eight layers, not six.

"People think they want something new. They don't. They want what they remember," she said.

Kati Szabo said her mother had tasted every test batch from the new ovens and had sent back the first two. "She was right both times," she said.

The expansion will add 14 jobs, bringing the bakery's staff to 31. City council member Dolores Yee, whose ward includes the depot, said the city had spent four years looking for a tenant that would bring people into the building in the mornings. "The Szabos are exactly what that building needed," Yee said.

Not everyone in the family was convinced at first. Kati's sister, Eva Lorand, who runs a catering business in Dunmore, said she had worried that a second shop would swallow her mother's and her sister's lives.

"I told Kati, you already work 80 hours a week. What is the plan, 160?" Lorand said. She said she had come around once she saw that Reka would manage the new location.

The depot shop opens April 4. The Kessler Avenue bakery will close for two days that week, so the family can be in one place, Reka said.
''',
    s(KATI, 'Kati Szabo', '"My mother thought we were crazy.|when she could see the ovens,"', 'said', 'direct'),
    s('city records', 'city records', "The family is borrowing $1.2 million for the build-out, including a $350,000 loan from the city's small-business fund", 'according to'),
    s(REKA, 'Reka Szabo', 'she had run the numbers "about a hundred times."', 'said', 'mixed'),
    s(REKA, 'she', 'Sales at the Kessler Avenue shop have grown 60% since 2029|stretches to the corner', 'said'),
    s(REKA, 'she', '"We turn people away at noon because we\'re out of everything,"', 'said', 'direct'),
    s(REKA, '', '"That\'s a nice problem for a year. For five years it\'s just a problem."', '', 'direct'),
    s(ILON, 'she', ['Ilona Szabo came to Marlowe from the village of Veszmar in 1979 with', 'two suitcases and a recipe notebook she still keeps in a drawer by the register'], 'says'),
    s(ILON, 'She', 'the only condition she set for the new bakery|with eight layers, not six', 'said'),
    s(ILON, 'she', '"People think they want something new. They don\'t. They want what they remember,"', 'said', 'direct'),
    s(KATI, 'Kati Szabo', 'her mother had tasted every test batch from the new ovens and had sent back the first two', 'said'),
    s(KATI, 'she', '"She was right both times,"', 'said', 'direct'),
    s('Dolores Yee', 'City council member Dolores Yee', 'the city had spent four years looking for a tenant|in the mornings', 'said', role='City council member'),
    s('Dolores Yee', 'Yee', '"The Szabos are exactly what that building needed,"', 'said', 'direct', role='City council member'),
    s(EVA, "Kati's sister, Eva Lorand", "she had worried that a second shop would swallow her mother's and her sister's lives", 'said'),
    s(EVA, 'Lorand', '"I told Kati, you already work 80 hours a week. What is the plan, 160?"', 'said', 'direct'),
    s(EVA, 'She', 'she had come around once she saw that Reka would manage the new location', 'said'),
    s(REKA, 'Reka', 'The Kessler Avenue bakery will close for two days that week, so the family can be in one place', 'said'),
)
