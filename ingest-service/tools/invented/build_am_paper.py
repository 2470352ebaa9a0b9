"""Set AM's five North American newspaper articles (see build_am.py)."""
from invented_common import doc_spans as doc, s

STAV = 'Stavros Melidis'
IREN = 'Irene Melidis'
PAIR = 'Stavros Melidis and Irene Melidis'
PRU = 'Dana Pruitt'

doc('am12-paper-blue-kettle-diner-closing', 'Wexford Valley Gazette', '2034-03-05', '''
After 41 years of eggs over easy, the Blue Kettle Diner will close its doors

Owners say rising rent and a tired back made the decision for them

By Colleen Marsh
Gazette Staff Writer

HARMON FALLS - The griddle at the Blue Kettle Diner has been hot by 5 a.m. six days a week since 1993, when Stavros and Irene Melidis bought the place from its first owner. On March 29, it will go cold for good.

The couple announced the closing on a handwritten sign taped to the register last week, and the regulars have been coming in ever since to ask whether it is true.

It is. The Melidises said their landlord plans to raise the rent by nearly 60% when the lease runs out at the end of the month, and that they could not make the numbers work at their age.

"We thought about moving," Stavros Melidis said, wiping down the counter after the breakfast rush on Tuesday, "but you don't move a diner. You move a restaurant. A diner is the people who sit here."

He is 72 and has had two operations on his back. His wife, 69, still works the register and makes the rice pudding every morning from her mother's recipe.

"I'll miss the people. I won't miss the 4 a.m. alarm," Irene Melidis said. "My husband says he will, but he's lying."

The landlord, Brightline Commercial Properties, did not respond to requests for comment.

At the counter, Walt Herrera, 81, sat in the same stool he has occupied most weekday mornings since 1987, the one nearest the coffee machine. He ordered what he always orders: two eggs, rye toast, no potatoes.

"I've had more breakfasts here than at my own house. My wife used to say I should have my mail sent here," Herrera said. "Where am I supposed to go now, one of those places with the tablet on the table?"

Other regulars said the diner had been a second living room for the east side, a place where retired mill workers, nurses coming off night shifts and high school kids sat elbow to elbow. Several said they would try to talk the owners into a last week of extended hours.

Jolene Park-Avery, who waited tables at the Blue Kettle for 22 years before retiring in 2030, came in on Tuesday to hug Irene Melidis. She said the couple had paid her full wages for two months in 2020 when the diner was closed and the tips had stopped.

"They never told anybody that. They just did it," she said.

City Councilor Dana Pruitt, whose ward includes the diner, said she had asked the city's economic development office whether any small-business grants could help the owners, but that the couple had made up their minds.

"It's a loss for the neighborhood, and it's part of a pattern," Pruitt said. "When rents on Mill Street double, we lose the places that made people want to live on Mill Street in the first place."

Pruitt said she would propose a commercial rent study at the council's next meeting.

The Melidises said they plan to spend the summer with their grandchildren in Ohio and might travel to Greece in the fall, for the first time in 15 years.

The last day of service will be Saturday, March 29. Irene Melidis said the rice pudding will be free.
''',
    s(PAIR, 'Owners', 'rising rent and a tired back made the decision for them', 'say'),
    s(PAIR, 'The Melidises', 'their landlord plans to raise the rent by nearly 60% when the lease runs out at the end of the month, and that they could not make the numbers work at their age', 'said'),
    s(STAV, 'Stavros Melidis', ['"We thought about moving,"', '"but you don\'t move a diner. You move a restaurant. A diner is the people who sit here."'], 'said', 'direct'),
    s(IREN, 'Irene Melidis', '"I\'ll miss the people. I won\'t miss the 4 a.m. alarm,"', 'said', 'direct'),
    s(IREN, '', '"My husband says he will, but he\'s lying."', '', 'direct'),
    s('Walt Herrera', 'Herrera', '"I\'ve had more breakfasts here than at my own house.|I should have my mail sent here,"', 'said', 'direct'),
    s('Walt Herrera', '', '"Where am I supposed to go now, one of those places with the tablet on the table?"', '', 'direct'),
    s('Other regulars', 'Other regulars', 'the diner had been a second living room for the east side|sat elbow to elbow', 'said'),
    s('Several', 'Several', 'they would try to talk the owners into a last week of extended hours', 'said'),
    s('Jolene Park-Avery', 'She', 'the couple had paid her full wages for two months in 2020 when the diner was closed and the tips had stopped', 'said'),
    s('Jolene Park-Avery', 'she', '"They never told anybody that. They just did it,"', 'said', 'direct'),
    s(PRU, 'City Councilor Dana Pruitt, whose ward includes the diner', "she had asked the city's economic development office whether any small-business grants could help the owners, but that the couple had made up their minds", 'said', role='City Councilor'),
    s(PRU, 'Pruitt', '"It\'s a loss for the neighborhood, and it\'s part of a pattern,"', 'said', 'direct', role='City Councilor'),
    s(PRU, '', '"When rents on Mill Street double,|in the first place."', '', 'direct', role='City Councilor'),
    s(PRU, 'Pruitt', "she would propose a commercial rent study at the council's next meeting", 'said', role='City Councilor'),
    s(PAIR, 'The Melidises', 'they plan to spend the summer with their grandchildren in Ohio|for the first time in 15 years', 'said'),
    s(IREN, 'Irene Melidis', 'the rice pudding will be free', 'said'),
)

OSEI = 'Kendra Osei-Lamb'
WHIT = 'Alan Whitcombe'
DELA = 'Rosa Delacroix'

doc('am13-paper-marlow-school-board-budget-meeting', 'Marlow County Courier', '2034-06-11', '''
Marlow school board approves $184 million budget after hours of public comment

Parents and teachers pleaded to save librarians and bus routes; district says cuts were unavoidable

By Teresa Quon
Staff Writer

The Marlow Unified School District board approved a $184 million budget for next school year late Tuesday, after more than three hours of public comment in which parents, teachers and students urged members to spare school librarians and rural bus routes.

The board voted 4-3 to adopt the plan, which closes a $9.7 million gap largely by leaving 61 positions unfilled, consolidating four bus routes and cutting librarian hours at eight elementary schools.

Superintendent Alan Whitcombe told the board the district had already used most of its reserves over the past two years and could not balance the budget without reducing staff.

"Nobody in this building wanted to bring you this budget. But the enrollment is down by 1,100 students since 2029, and the state pays us by the student," Whitcombe said.

The district's chief financial officer, Rosa Delacroix, said no teacher would be laid off. The positions being cut are vacancies or will open through retirements, she said, and class sizes in kindergarten through third grade will not change.

More than 200 people filled the Marlow High School auditorium, and 47 signed up to speak.

Jenna Park, a mother of two at Linden Elementary, said her children's school librarian was the only adult who had noticed her son could not read well in second grade.

"You are cutting the one person in that building whose whole job is getting kids to love books," Park said, to applause.

Gary Stoltz, president of the Marlow Education Association, which represents about 900 teachers, said the union accepted that enrollment had fallen but that the board had not done enough to cut administrative costs first.

"The central office has grown by 14 positions in five years. The classrooms have not," Stoltz said.

Several parents from the district's eastern edge said the consolidated bus routes would mean rides of more than an hour each way for some children. A junior at Marlow High, Priya Raman, told the board that she already leaves her house at 6:10 a.m. to catch the bus.

"I do my homework on the bus because that's the only time I have," she said. "If the ride gets longer, I guess I'll do more homework."

Board President Kendra Osei-Lamb, who voted for the budget, said she shared the frustration of the speakers but that the board was required by law to adopt a balanced plan by June 30.

"I have read every one of your emails. This is the hardest vote I have taken in seven years on this board," Osei-Lamb said. She said the board would ask Whitcombe to return in the fall with a review of administrative staffing.

Board member Tom Fenster, one of the three who voted no, said the district should have drawn more from its remaining reserves for one more year. "We are cutting things we will spend years rebuilding," Fenster said.

Board member Alicia Romero, who voted yes, said the reserves were the district's only protection against a mid-year cut in state funding. "Spending them now would be borrowing from next year's kids," she said.

The budget takes effect July 1.
''',
    s('Parents and teachers', 'Parents and teachers', 'to save librarians and bus routes', 'pleaded'),
    s(WHIT, 'district', 'cuts were unavoidable', 'says', role='Superintendent'),
    s('parents, teachers and students', 'parents, teachers and students', 'members to spare school librarians and rural bus routes', 'urged'),
    s(WHIT, 'Superintendent Alan Whitcombe', 'the district had already used most of its reserves over the past two years|without reducing staff', 'told', role='Superintendent'),
    s(WHIT, 'Whitcombe', '"Nobody in this building wanted to bring you this budget.|the state pays us by the student,"', 'said', 'direct', role='Superintendent'),
    s(DELA, "The district's chief financial officer, Rosa Delacroix", 'no teacher would be laid off', 'said', role="district's chief financial officer"),
    s(DELA, 'she', ['The positions being cut are vacancies or will open through retirements,', 'and class sizes in kindergarten through third grade will not change'], 'said', role="district's chief financial officer"),
    s('Jenna Park', 'Jenna Park, a mother of two at Linden Elementary', "her children's school librarian was the only adult who had noticed her son could not read well in second grade", 'said'),
    s('Jenna Park', 'Park', '"You are cutting the one person in that building whose whole job is getting kids to love books,"', 'said', 'direct'),
    s('Gary Stoltz', 'Gary Stoltz, president of the Marlow Education Association, which represents about 900 teachers', 'the union accepted that enrollment had fallen but that the board had not done enough to cut administrative costs first', 'said', role='president of the Marlow Education Association'),
    s('Gary Stoltz', 'Stoltz', '"The central office has grown by 14 positions in five years. The classrooms have not,"', 'said', 'direct', role='president of the Marlow Education Association'),
    s('Several parents from the district\'s eastern edge', "Several parents from the district's eastern edge", 'the consolidated bus routes would mean rides of more than an hour each way for some children', 'said'),
    s('Priya Raman', 'A junior at Marlow High, Priya Raman', 'she already leaves her house at 6:10 a.m. to catch the bus', 'told'),
    s('Priya Raman', 'she', '"I do my homework on the bus because that\'s the only time I have,"', 'said', 'direct'),
    s('Priya Raman', '', '"If the ride gets longer, I guess I\'ll do more homework."', '', 'direct'),
    s(OSEI, 'Board President Kendra Osei-Lamb, who voted for the budget', 'she shared the frustration of the speakers but that the board was required by law to adopt a balanced plan by June 30', 'said', role='Board President'),
    s(OSEI, 'Osei-Lamb', '"I have read every one of your emails.|seven years on this board,"', 'said', 'direct', role='Board President'),
    s(OSEI, 'She', 'the board would ask Whitcombe to return in the fall with a review of administrative staffing', 'said', role='Board President'),
    s('Tom Fenster', 'Board member Tom Fenster, one of the three who voted no', 'the district should have drawn more from its remaining reserves for one more year', 'said', role='Board member'),
    s('Tom Fenster', 'Fenster', '"We are cutting things we will spend years rebuilding,"', 'said', 'direct', role='Board member'),
    s('Alicia Romero', 'Board member Alicia Romero, who voted yes', "the reserves were the district's only protection against a mid-year cut in state funding", 'said', role='Board member'),
    s('Alicia Romero', 'she', '"Spending them now would be borrowing from next year\'s kids,"', 'said', 'direct', role='Board member'),
)

VOSS = 'Caleb Voss'
SALD = 'Ernie Saldana'
MED = 'Jorge Medina'

doc('am14-paper-riverton-otters-baseball-win', 'Riverton Daily Sentinel', '2034-07-19', '''
Voss dominates, Medina homers as Otters sink Mariners

By Derek Halvorsen
Sentinel Sports Writer

RIVERTON - For six innings Friday night, the only thing the Coastal City Mariners hit hard off Caleb Voss was the foul screen behind home plate.

Voss allowed one hit over seven innings, Jorge Medina drove in three runs with a double and a homer, and the Riverton Otters beat the Mariners 5-2 before 31,406 at Lakefront Park to move within a game and a half of first place in the division.

The right-hander struck out 11 and walked one, retiring 16 straight batters after a two-out single in the first. He threw 98 pitches, 71 for strikes.

"The slider was there from the first inning, so I kept throwing it until they showed me they could hit it. They never did," Voss said.

Manager Ernie Saldana said he had thought about sending Voss out for the eighth but did not want to push him four days before the All-Star break.

"He's been carrying us for a month. I'd like to have him for the second half too," Saldana said. "That was as good as I've seen him."

Medina, who came into the series batting .219 since the start of June, put the Otters ahead in the fourth with a two-run double into the left-field corner off Mariners starter Ryo Tanaka-Bell. He added a solo homer to right in the sixth, his 18th of the season.

Medina said hitting coach Vince Larkin had spent the week working with him on keeping his hands back against breaking balls.

"I was trying to pull everything. Vince told me, the ball will go where it wants, just hit it hard," Medina said. "Tonight it went where I wanted."

The Mariners broke up the shutout in the eighth against reliever Deshawn Pike, who gave up a two-run homer to Alex Brandt after a walk.

Pike, who has allowed runs in four of his last six outings, said he had left a changeup up in the zone. "That's on me. I've got to be better than that in a close game," he said.

Saldana said Pike would remain one of his late-inning options. Asked whether he would consider a change at closer, the manager shook his head.

Closer Marco Ferrante pitched a perfect ninth for his 22nd save.

Mariners manager Doug Whitford credited Voss and said his hitters had chased too many sliders out of the strike zone.

"You tip your cap to a guy like that. But we helped him, too," Whitford said.

Tanaka-Bell (7-8) allowed four runs on eight hits in five innings. Voss, acquired from the Mariners in a trade last winter, is 10-4 with a 2.61 ERA and has not lost since May 30.

The Otters' Luis Carrera left the game in the fifth with tightness in his left hamstring. Saldana said Carrera would have an MRI on Saturday but that the team did not believe the injury was serious.

The teams meet again Saturday at 7:05 p.m., with Riverton left-hander Owen Maddox (9-5) facing Coastal City's Sam Ibarra (6-6).
''',
    s(VOSS, 'Voss', '"The slider was there from the first inning|They never did,"', 'said', 'direct'),
    s(SALD, 'Manager Ernie Saldana', 'he had thought about sending Voss out for the eighth but did not want to push him four days before the All-Star break', 'said', role='Manager'),
    s(SALD, 'Saldana', '"He\'s been carrying us for a month. I\'d like to have him for the second half too,"', 'said', 'direct', role='Manager'),
    s(SALD, '', '"That was as good as I\'ve seen him."', '', 'direct', role='Manager'),
    s(MED, 'Medina', 'hitting coach Vince Larkin had spent the week working with him on keeping his hands back against breaking balls', 'said'),
    s(MED, 'Medina', '"I was trying to pull everything.|just hit it hard,"', 'said', 'direct'),
    s(MED, '', '"Tonight it went where I wanted."', '', 'direct'),
    s('Deshawn Pike', 'Pike, who has allowed runs in four of his last six outings', 'he had left a changeup up in the zone', 'said', role='reliever'),
    s('Deshawn Pike', 'he', '"That\'s on me. I\'ve got to be better than that in a close game,"', 'said', 'direct', role='reliever'),
    s(SALD, 'Saldana', 'Pike would remain one of his late-inning options', 'said', role='Manager'),
    s('Doug Whitford', 'Mariners manager Doug Whitford', 'Voss', 'credited', role='Mariners manager'),
    s('Doug Whitford', 'Mariners manager Doug Whitford', 'his hitters had chased too many sliders out of the strike zone', 'said', role='Mariners manager'),
    s('Doug Whitford', 'Whitford', '"You tip your cap to a guy like that. But we helped him, too,"', 'said', 'direct', role='Mariners manager'),
    s(SALD, 'Saldana', 'Carrera would have an MRI on Saturday but that the team did not believe the injury was serious', 'said', role='Manager'),
)

HOLL = 'Regina Holloway-Park'
FILERS = 'Loretta Tillery and Danielle Tillery'

doc('am15-paper-delmont-county-jail-death-settlement', 'Delmont Register', '2034-09-30', '''
County to pay $4.2 million to family of man who died in jail

Settlement ends lawsuit over 2032 death of Marcus Tillery, who was held for nine days without medication

By Aaron Feld
Register Staff

Delmont County has agreed to pay $4.2 million to the family of Marcus Tillery, a 34-year-old man who died in the county jail in 2032 after going nine days without his seizure medication, ending a federal wrongful-death lawsuit that was set to go to trial in November.

The Board of Commissioners approved the settlement 5-0 without discussion at its Tuesday meeting. The county's insurer will pay $3 million and the county the rest, according to the agreement.

Tillery was arrested on Oct. 4, 2032, on a warrant for an unpaid traffic fine and booked into the Delmont County Detention Center. He died in his cell on Oct. 13.

The lawsuit, filed in 2033 by his mother, Loretta Tillery, and his sister, Danielle Tillery, alleged that jail staff ignored repeated requests from Tillery and his family for the anti-seizure drug he had taken since he was a teenager, and that a nurse did not check on him for more than six hours after a cellmate reported he was shaking on the floor.

The county medical examiner ruled that Tillery died of a seizure disorder, with the sudden stopping of medication as a contributing factor.

"Marcus died because nobody in that building thought his life was worth a phone call to a pharmacy," the family's lawyer, Regina Holloway-Park, said Wednesday. "Four million dollars does not bring him back. What it does is put a price on that indifference that the county cannot ignore."

Holloway-Park said the family had insisted that the settlement include changes to how the jail handles medication, and that the county had agreed to them.

Under the agreement, the jail must verify a new inmate's prescriptions within 24 hours of booking and must have a nurse on site around the clock, not only on weekdays. The county will also pay for an outside monitor to review medical care at the jail for three years.

In a written statement, the county said the settlement was "in the best interest of the county and its taxpayers" and did not amount to an admission of wrongdoing.

"The county extends its sympathy to the Tillery family. The Detention Center has made significant improvements in medical care since 2032, and those improvements will continue," the statement said.

Sheriff Wade Korhonen, whose office runs the jail, did not return calls on Wednesday. In 2033, he told the Register that the jail's medical contractor had been replaced and that he considered the case "a failure we have learned from."

Loretta Tillery, 61, said she had called the jail four times in the first week her son was held to ask whether he was getting his pills. Each time, she said, she was told someone would look into it.

"I knew. A mother knows. I kept calling and they kept telling me he was fine," she said. "The last time I called, he was already gone."

She said she plans to use part of the money to start a scholarship in her son's name at the community college where he had been studying welding.

Advocates for people in jail said the case was one of several in the state in recent years. Tamsin Oyelaran, director of the Prison Health Project, a nonprofit group in the state capital, said counties often leave medical care in jails to the lowest bidder.

"This is what that looks like at the end," Oyelaran said.
''',
    s('county medical examiner', 'The county medical examiner', 'Tillery died of a seizure disorder, with the sudden stopping of medication as a contributing factor', 'ruled'),
    s('agreement', 'the agreement', "The county's insurer will pay $3 million and the county the rest", 'according to'),
    s(FILERS, 'The lawsuit, filed in 2033 by his mother, Loretta Tillery, and his sister, Danielle Tillery', 'jail staff ignored repeated requests from Tillery and his family|was shaking on the floor', 'alleged'),
    s('a cellmate', 'a cellmate', 'he was shaking on the floor', 'reported', nested=True),
    s(HOLL, "the family's lawyer, Regina Holloway-Park", '"Marcus died because nobody in that building thought his life was worth a phone call to a pharmacy,"', 'said', 'direct', role="family's lawyer"),
    s(HOLL, '', '"Four million dollars does not bring him back.|the county cannot ignore."', '', 'direct', role="family's lawyer"),
    s(HOLL, 'Holloway-Park', 'the family had insisted that the settlement include changes to how the jail handles medication, and that the county had agreed to them', 'said', role="family's lawyer"),
    s('Delmont County', 'the county', 'the settlement was "in the best interest of the county and its taxpayers" and did not amount to an admission of wrongdoing', 'said', 'mixed'),
    s('Delmont County', 'the statement', '"The county extends its sympathy to the Tillery family.|those improvements will continue,"', 'said', 'direct'),
    s('Wade Korhonen', 'he', 'the jail\'s medical contractor had been replaced and that he considered the case "a failure we have learned from."', 'told', 'mixed', role='Sheriff', date='2033'),
    s('Loretta Tillery', 'Loretta Tillery', 'she had called the jail four times in the first week her son was held to ask whether he was getting his pills', 'said'),
    s('Loretta Tillery', 'she', ['Each time,', 'she was told someone would look into it'], 'said'),
    s('Loretta Tillery', 'she', '"I knew. A mother knows. I kept calling and they kept telling me he was fine,"', 'said', 'direct'),
    s('Loretta Tillery', '', '"The last time I called, he was already gone."', '', 'direct'),
    s('Loretta Tillery', 'She', "she plans to use part of the money to start a scholarship in her son's name|studying welding", 'said'),
    s('Advocates for people in jail', 'Advocates for people in jail', 'the case was one of several in the state in recent years', 'said'),
    s('Tamsin Oyelaran', 'Tamsin Oyelaran, director of the Prison Health Project, a nonprofit group in the state capital', 'counties often leave medical care in jails to the lowest bidder', 'said', role='director of the Prison Health Project'),
    s('Tamsin Oyelaran', 'Oyelaran', '"This is what that looks like at the end,"', 'said', 'direct', role='director of the Prison Health Project'),
)

CORD = 'Cordelia Banks Whitfield'
RUTH = 'Ruth Whitfield-Owens'

doc('am16-paper-cordelia-whitfield-obituary', 'Easton Heights Courier', '2034-02-08', '''
Cordelia Banks Whitfield, who organized Easton Heights' lunch counter sit-ins, dies at 91

By Marguerite Oduya
Courier Staff Writer

Cordelia Banks Whitfield, who as a 24-year-old seamstress organized the sit-ins that desegregated the lunch counters of downtown Easton Heights and spent the next six decades registering voters, training organizers and badgering mayors, died Sunday at her home on Pryor Street. She was 91.

Her daughter, Ruth Whitfield-Owens, said her mother died in her sleep after a short illness, with a radio playing gospel music in the next room.

"She told us last week she was tired, and that she had done enough arguing for one lifetime," Whitfield-Owens said. "Nobody in the family believed the second part."

Whitfield was born in 1942 in rural Tallow County, the sixth of nine children of a sharecropper and a laundress. She moved to Easton Heights at 17 and found work in a garment shop on Fourth Avenue, where she began attending meetings at the Bethel Street church.

In February 1966, she and 11 other young people sat down at the counter of the Crandall's department store and asked to be served. They were refused, and they came back the next day, and the next, for 43 days. By April, every lunch counter downtown had been opened.

"I was not brave. I was angry, and I was organized, and organized beats brave every time," she told the Courier in 2006, on the 40th anniversary of the sit-ins.

Her friend Annette Kimura, 88, who sat beside her at the counter on the first day, remembered her as the one who made the lists: who would sit, who would drive, who would bring sandwiches for the people who were not allowed to eat.

"Cordelia had a notebook for everything. The police had billy clubs and we had Cordelia's notebook," Kimura said Monday. She said Whitfield had called her every February 11 for 68 years, on the anniversary of the first sit-in.

In the 1970s and '80s, Whitfield led voter registration drives in the county's east side, and she served 12 years on the school board, from 1989 to 2001. She never ran for higher office, though she was asked many times.

State Sen. Lorraine Abernathy, who represents Easton Heights, said she had first met Whitfield at 16, when Whitfield recruited her to knock on doors for a voter drive.

"She handed me a clipboard and said, 'You have a loud voice, use it.' I have been using it ever since," Abernathy said. "There are people in office today who have no idea they are there because of her."

The Rev. Delphine Marsh, pastor of the Bethel Street church, said the congregation would hold a memorial service on Feb. 17, and that the family had asked that people bring voter registration forms instead of flowers.

Marsh said Whitfield taught Sunday school at the church for 40 years and still came to choir practice in a wheelchair last fall. "She sang alto, and she sang it loud," she said.

Whitfield was married for 51 years to Lucius Whitfield, a postal worker, who died in 2015. In addition to her daughter, she is survived by a son, Elijah, of Atlanta; seven grandchildren; and eleven great-grandchildren.
''',
    s(RUTH, 'Her daughter, Ruth Whitfield-Owens', 'her mother died in her sleep after a short illness, with a radio playing gospel music in the next room', 'said'),
    s(RUTH, 'Whitfield-Owens', '"She told us last week she was tired, and that she had done enough arguing for one lifetime,"', 'said', 'direct'),
    s(CORD, 'She', 'she was tired, and that she had done enough arguing for one lifetime', 'told', nested=True),
    s(RUTH, '', '"Nobody in the family believed the second part."', '', 'direct'),
    s(CORD, 'she', '"I was not brave. I was angry, and I was organized, and organized beats brave every time,"', 'told', 'direct', date='2006'),
    s('Annette Kimura', 'Her friend Annette Kimura, 88, who sat beside her at the counter on the first day', 'her as the one who made the lists: who would sit, who would drive, who would bring sandwiches for the people who were not allowed to eat', 'remembered'),
    s('Annette Kimura', 'Kimura', '"Cordelia had a notebook for everything.|we had Cordelia\'s notebook,"', 'said', 'direct'),
    s('Annette Kimura', 'She', 'Whitfield had called her every February 11 for 68 years, on the anniversary of the first sit-in', 'said'),
    s('Lorraine Abernathy', 'State Sen. Lorraine Abernathy, who represents Easton Heights', 'she had first met Whitfield at 16, when Whitfield recruited her to knock on doors for a voter drive', 'said', role='State Sen.'),
    s('Lorraine Abernathy', 'Abernathy', '"She handed me a clipboard and said, \'You have a loud voice, use it.\' I have been using it ever since,"', 'said', 'direct', role='State Sen.'),
    s(CORD, 'She', "'You have a loud voice, use it.'", 'said', 'direct', nested=True),
    s('Lorraine Abernathy', '', '"There are people in office today who have no idea they are there because of her."', '', 'direct', role='State Sen.'),
    s('Delphine Marsh', 'The Rev. Delphine Marsh, pastor of the Bethel Street church', 'the congregation would hold a memorial service on Feb. 17, and that the family had asked that people bring voter registration forms instead of flowers', 'said', role='pastor of the Bethel Street church'),
    s('Delphine Marsh', 'Marsh', 'Whitfield taught Sunday school at the church for 40 years and still came to choir practice in a wheelchair last fall', 'said', role='pastor of the Bethel Street church'),
    s('Delphine Marsh', 'she', '"She sang alto, and she sang it loud,"', 'said', 'direct', role='pastor of the Bethel Street church'),
)
