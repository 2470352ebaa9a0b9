"""Set BK's five North American newspaper articles (see build_bk.py)."""
from invented_common import doc_spans as doc, s

LIB = 'Cedar Hollow Public Library'
PELL = 'Marisol Pellegrino-Watts'
DUNN = 'Audra Dunnigan-Fofana'

doc('bk12-paper-cedar-hollow-library-branch-closing', 'The Cedar Hollow Sentinel', '2041-01-29', '''
Eastside library branch to close in June; 'It's where my kids learned to read,' parent says

Board cites $410,000 shortfall; petition draws 2,300 names in a week

By Corinne Abernathy-Lusk
Sentinel staff writer

The Eastside branch of the Cedar Hollow Public Library will close for good on June 30, the library board decided Tuesday night in a 5-2 vote, ending 62 years of service on Maple Row.

Library director Marisol Pellegrino-Watts said the system faces a $410,000 shortfall next year after the county cut its contribution by 11 percent. Keeping all four branches open, she said, would have meant cutting hours at every one of them.

"Nobody on this board wanted to do this," Pellegrino-Watts told about 150 people who packed the main branch's community room. "We looked at every other option twice."

The crowd was not persuaded. Speaker after speaker urged the board to delay the vote.

Audra Dunnigan-Fofana brought her two sons, 7 and 10, to the meeting. The 38-year-old nurse said the branch was the only place within walking distance where the boys could do homework after school.

"It's where my kids learned to read," she said. "You can't put that in a spreadsheet."

Her neighbour, Lorraine Kitchings-Abara, runs a knitting circle at the branch every Wednesday. She said the group's 14 members, most of them over 70, do not drive.

"Where are we supposed to go? The main branch is two buses away," said Kitchings-Abara, 74.

A petition started by Eastside parents collected more than 2,300 signatures in a week, according to its organizer, Dev Rahmani-Coulter. He said the group would ask the county commission to restore the library's funding at its Feb. 12 meeting.

Tyrone Maddox-Ilori, 16, said he used the branch's computers for school projects because his family does not have internet at home. His mother, Felicia, said the family could not afford a plan.

Board members Harriet Oyelowo-Blum and Franklin Zhou-Matheson voted against the closure. Oyelowo-Blum said the board should have asked the county for an emergency grant before voting to close anything.

Board chair Keith Vanterpool-Reyes defended the decision. He said the Eastside building needs a new roof and heating system that would cost about $600,000, money the library does not have.

Asked whether the building would be sold, Vanterpool-Reyes said no decision had been made.

County Commissioner Rosa Delgado-Finch, whose district includes Eastside, said in a phone interview Wednesday that the county's budget "is what it is" but that she would listen to the parents.

Pellegrino-Watts said the branch's 31,000 books would be moved to the other three branches and that the library would run a bookmobile stop on Maple Row twice a week starting in July.

Dunnigan-Fofana was not impressed. "A bus in a parking lot twice a week," she said. "That's not a library."
''',
    s(DUNN, 'parent', "'It's where my kids learned to read,'", 'says', 'direct', role='nurse'),
    s(PELL, 'Board', '$410,000 shortfall', 'cites', role='Library director'),
    s('Marisol Pellegrino-Watts', 'Library director Marisol Pellegrino-Watts', 'the system faces a $410,000 shortfall next year after the county cut its contribution by 11 percent', 'said', role='Library director'),
    s(PELL, 'she', ['Keeping all four branches open,', 'would have meant cutting hours at every one of them.'], 'said', role='Library director'),
    s(PELL, 'Pellegrino-Watts', '"Nobody on this board wanted to do this,"', 'told', 'direct', role='Library director'),
    s(PELL, '', '"We looked at every other option twice."', '', 'direct', role='Library director'),
    s('Speaker after speaker', 'Speaker after speaker', 'the board to delay the vote', 'urged'),
    s(DUNN, 'The 38-year-old nurse', 'the branch was the only place within walking distance where the boys could do homework after school', 'said', role='nurse'),
    s(DUNN, 'she', '"It\'s where my kids learned to read,"', 'said', 'direct', role='nurse'),
    s(DUNN, '', '"You can\'t put that in a spreadsheet."', '', 'direct', role='nurse'),
    s('Lorraine Kitchings-Abara', 'She', "the group's 14 members, most of them over 70, do not drive", 'said'),
    s('Lorraine Kitchings-Abara', 'Kitchings-Abara, 74', '"Where are we supposed to go? The main branch is two buses away,"', 'said', 'direct'),
    s('Dev Rahmani-Coulter', 'its organizer, Dev Rahmani-Coulter', 'A petition started by Eastside parents collected more than 2,300 signatures in a week', 'according to', role='organizer'),
    s('Dev Rahmani-Coulter', 'He', "the group would ask the county commission to restore the library's funding at its Feb. 12 meeting", 'said', role='organizer'),
    s('Tyrone Maddox-Ilori', 'Tyrone Maddox-Ilori, 16', "he used the branch's computers for school projects because his family does not have internet at home", 'said'),
    s('Felicia', 'His mother, Felicia', 'the family could not afford a plan', 'said', role='mother'),
    s('Harriet Oyelowo-Blum', 'Oyelowo-Blum', 'the board should have asked the county for an emergency grant before voting to close anything', 'said', role='Board member'),
    s('Keith Vanterpool-Reyes', 'Board chair Keith Vanterpool-Reyes', 'the decision', 'defended', role='Board chair'),
    s('Keith Vanterpool-Reyes', 'He', 'the Eastside building needs a new roof and heating system that would cost about $600,000, money the library does not have', 'said', role='Board chair'),
    s('Keith Vanterpool-Reyes', 'Vanterpool-Reyes', 'no decision had been made', 'said', role='Board chair'),
    s('Rosa Delgado-Finch', 'County Commissioner Rosa Delgado-Finch, whose district includes Eastside', 'the county\'s budget "is what it is" but that she would listen to the parents', 'said', 'mixed', role='County Commissioner'),
    s(PELL, 'Pellegrino-Watts', "the branch's 31,000 books would be moved to the other three branches and that the library would run a bookmobile stop on Maple Row twice a week starting in July", 'said', role='Library director'),
    s(DUNN, 'she', '"A bus in a parking lot twice a week,"', 'said', 'direct', role='nurse', anchor='Dunnigan-Fofana was not impressed.'),
    s(DUNN, '', '"That\'s not a library."', '', 'direct', role='nurse'),
)

UNION = 'Riverside Teachers Federation'
ODUYA = 'Celeste Oduya-Harkness'

doc('bk13-paper-riverside-teachers-strike-vote', 'The Riverside Courier', '2041-03-06', '''
Riverside teachers vote 87% in favour of strike mandate

Union says walkout could come 'as early as April'; board calls vote 'disappointing but not surprising'

By Nathaniel Oppong-Castillo
The Riverside Courier

Teachers in the Riverside Unified School District have voted overwhelmingly to give their union a strike mandate, the Riverside Teachers Federation announced Wednesday.

Of the 2,140 members who cast ballots, 87 per cent voted in favour, federation president Celeste Oduya-Harkness told a news conference outside the district's headquarters on Fairmont Avenue.

"This is not a vote for a strike. It is a vote for a fair contract," she said. "But if the board makes us, we are ready, and a walkout could come as early as April."

The two sides have been negotiating since last August. The federation is seeking raises of 6 per cent a year over three years and a cap of 26 students in kindergarten to Grade 3 classes; the district has offered 2.5 per cent a year and no class-size cap.

In a statement, board chair Gwendolyn Ashby-Nakamura called the vote "disappointing but not surprising" and said the district's offer was "the most it can afford without laying off staff."

Superintendent Marcus Fairlie-Obuya said schools would stay open if teachers walked out, but he conceded that classes could not run normally. He urged the union to return to the table "this week, not next month."

At Hawthorne Middle School, where the union says classes of 34 are common, eighth-grade science teacher Rupert Delacroix-Boateng said he voted yes "without a second's hesitation."

"I have kids doing labs three to a bench because we don't have the space," the 47-year-old said. "I've been doing this 22 years. It has never been this bad."

Not every teacher is eager to strike. A first-year teacher at Crestview Elementary, who asked that her name not be used because she does not have tenure, said she voted no because she could not afford to miss a paycheque.

Parents are divided too. Imogen Castellanos-Reid, whose twins are in Grade 2, said she supported the teachers' demand for smaller classes. "Twenty-nine kids in a Grade 2 room is crowd control, not teaching," she said.

Another parent, Brent Holloway-Ansah, said a strike would hurt the students who have already fallen behind. He said he hoped a mediator would be brought in.

Under state law, the union must give 10 days' notice before any strike. Oduya-Harkness would not say whether the union had set a date.

Kindergarten teacher Priyanka Holm-Adewale, who has taught at Lincoln Park Elementary for nine years, said she had 31 students this year. Her principal, she said, had asked parents to donate chairs.

The next bargaining session is scheduled for March 14.
''',
    s(ODUYA, 'Union', "walkout could come 'as early as April'", 'says', 'mixed', role='federation president'),
    s('Gwendolyn Ashby-Nakamura', 'board', "vote 'disappointing but not surprising'", 'calls', 'mixed', role='board chair'),
    s(UNION, 'the Riverside Teachers Federation', 'Teachers in the Riverside Unified School District have voted overwhelmingly to give their union a strike mandate', 'announced'),
    s(ODUYA, 'federation president Celeste Oduya-Harkness', 'Of the 2,140 members who cast ballots, 87 per cent voted in favour', 'told', role='federation president'),
    s(ODUYA, 'she', '"This is not a vote for a strike. It is a vote for a fair contract,"', 'said', 'direct', role='federation president'),
    s(ODUYA, '', '"But if the board makes us, we are ready, and a walkout could come as early as April."', '', 'direct', role='federation president'),
    s('Gwendolyn Ashby-Nakamura', 'board chair Gwendolyn Ashby-Nakamura', 'the vote "disappointing but not surprising"', 'called', 'mixed', role='board chair'),
    s('Gwendolyn Ashby-Nakamura', '', 'the district\'s offer was "the most it can afford without laying off staff."', 'said', 'mixed', role='board chair'),
    s('Marcus Fairlie-Obuya', 'Superintendent Marcus Fairlie-Obuya', 'schools would stay open if teachers walked out', 'said', role='Superintendent'),
    s('Marcus Fairlie-Obuya', 'he', 'classes could not run normally', 'conceded', role='Superintendent'),
    s('Marcus Fairlie-Obuya', 'He', 'the union to return to the table "this week, not next month."', 'urged', 'mixed', role='Superintendent'),
    s(UNION, 'the union', 'classes of 34 are common', 'says'),
    s('Rupert Delacroix-Boateng', 'eighth-grade science teacher Rupert Delacroix-Boateng', 'he voted yes "without a second\'s hesitation."', 'said', 'mixed', role='eighth-grade science teacher'),
    s('Rupert Delacroix-Boateng', 'the 47-year-old', '"I have kids doing labs three to a bench because we don\'t have the space,"', 'said', 'direct', role='eighth-grade science teacher'),
    s('Rupert Delacroix-Boateng', '', '"I\'ve been doing this 22 years. It has never been this bad."', '', 'direct', role='eighth-grade science teacher'),
    s('A first-year teacher at Crestview Elementary', 'A first-year teacher at Crestview Elementary, who asked that her name not be used because she does not have tenure', 'she voted no because she could not afford to miss a paycheque', 'said', role='first-year teacher'),
    s('Imogen Castellanos-Reid', 'Imogen Castellanos-Reid, whose twins are in Grade 2', "she supported the teachers' demand for smaller classes", 'said'),
    s('Imogen Castellanos-Reid', 'she', '"Twenty-nine kids in a Grade 2 room is crowd control, not teaching,"', 'said', 'direct'),
    s('Priyanka Holm-Adewale', 'Kindergarten teacher Priyanka Holm-Adewale, who has taught at Lincoln Park Elementary for nine years', 'she had 31 students this year', 'said', role='Kindergarten teacher'),
    s('Priyanka Holm-Adewale', 'she', ['Her principal,', 'had asked parents to donate chairs.'], 'said', role='Kindergarten teacher', anchor='she had 31 students'),
    s('Brent Holloway-Ansah', 'Another parent, Brent Holloway-Ansah', 'a strike would hurt the students who have already fallen behind', 'said', role='parent'),
    s('Brent Holloway-Ansah', 'He', 'he hoped a mediator would be brought in', 'said', role='parent'),
)

WIND = 'Greyfield Wind Partners'
SOMM = 'Ingrid Sommerfeld-Achebe'

doc('bk14-paper-tamarack-wind-farm-hearing', 'The Tamarack Ledger', '2041-05-14', '''
Wind farm hearing draws overflow crowd in Tamarack County

Developer says turbines would pay $1.1M a year in taxes; farmers split over 46-tower plan

By Hollis Wetherby-Osei
Ledger staff

MILLERSPORT - More than 300 people filled the Tamarack County Fairgrounds exhibition hall Tuesday night for the first public hearing on a proposal to build 46 wind turbines across some 11,000 acres of farmland north of Millersport.

The state Public Utility Commission will decide later this year whether to approve the project, known as Prairie Gate Wind. Administrative law judge Wendell Ostrowski-Diallo, who ran the hearing, said written comments would be accepted until June 30.

The developer, Greyfield Wind Partners of Denver, says the project would pay about $1.1 million a year in property taxes, most of it to the Millersport school district. Its project manager, Ingrid Sommerfeld-Achebe, told the crowd that landowners who host turbines would receive about $14,000 a year for each tower.

"This is a harvest that doesn't depend on the weather in July," she said.

Many of those who spoke were not convinced. Lyle Brennecke-Amadi, whose family has farmed near Harlan Creek since 1911, said the turbines would be "600 feet of blinking red lights" outside his kitchen window.

"They'll be here for thirty years. My grandkids will grow up under them," the 69-year-old said.

His sister-in-law, Dorothy Brennecke-Lund, signed a lease with Greyfield last year. She said the payments would let her keep the farm after her husband's death.

"I understand Lyle. I just don't have his choices," she said.

Wade Pfeiffer-Nkemelu, who farms 900 acres east of the proposed site, said he had signed up to host four turbines. "The wind's been blowing across this land for free for a hundred years. It's about time it paid rent," he said.

An acoustics consultant hired by a residents' group, Palesa Noorani-Whitcomb, testified that the company's noise study had been done in winter, when the corn is down and sound carries differently. She said she would file a full report with the commission.

Greyfield disputes that finding. In a written response given to the Ledger after the hearing, the company said its noise modelling "follows the commission's own rules to the letter."

The residents' group, which calls itself Tamarack Skyline Alliance, said it had collected 900 signatures against the project. Its chair, retired veterinarian Howard Kessel-Oyinlola, asked the judge to hold a second hearing in the southern part of the county.

Ostrowski-Diallo said he would consider the request.

County Board chair Aileen Marchetti-Sowe said the board had taken no position. Asked about the tax revenue, she said it "would matter a great deal to a county our size," but declined to say whether she favoured the project.

Several people wore green "Yes to Prairie Gate" stickers; others carried signs reading "Save Our Skyline."
''',
    s(WIND, 'Developer', 'turbines would pay $1.1M a year in taxes', 'says'),
    s('Wendell Ostrowski-Diallo', 'Administrative law judge Wendell Ostrowski-Diallo, who ran the hearing', 'written comments would be accepted until June 30', 'said', role='Administrative law judge'),
    s(WIND, 'The developer, Greyfield Wind Partners of Denver', 'the project would pay about $1.1 million a year in property taxes, most of it to the Millersport school district', 'says'),
    s(SOMM, 'Its project manager, Ingrid Sommerfeld-Achebe', 'landowners who host turbines would receive about $14,000 a year for each tower', 'told', role='project manager'),
    s(SOMM, 'she', '"This is a harvest that doesn\'t depend on the weather in July,"', 'said', 'direct', role='project manager'),
    s('Lyle Brennecke-Amadi', 'Lyle Brennecke-Amadi, whose family has farmed near Harlan Creek since 1911', 'the turbines would be "600 feet of blinking red lights" outside his kitchen window', 'said', 'mixed'),
    s('Lyle Brennecke-Amadi', 'the 69-year-old', '"They\'ll be here for thirty years. My grandkids will grow up under them,"', 'said', 'direct'),
    s('Dorothy Brennecke-Lund', 'She', "the payments would let her keep the farm after her husband's death", 'said'),
    s('Dorothy Brennecke-Lund', 'she', '"I understand Lyle. I just don\'t have his choices,"', 'said', 'direct'),
    s('Wade Pfeiffer-Nkemelu', 'Wade Pfeiffer-Nkemelu, who farms 900 acres east of the proposed site', 'he had signed up to host four turbines', 'said'),
    s('Wade Pfeiffer-Nkemelu', 'he', '"The wind\'s been blowing across this land for free for a hundred years. It\'s about time it paid rent,"', 'said', 'direct'),
    s('Palesa Noorani-Whitcomb', "An acoustics consultant hired by a residents' group, Palesa Noorani-Whitcomb", "the company's noise study had been done in winter, when the corn is down and sound carries differently", 'testified', role='acoustics consultant'),
    s('Palesa Noorani-Whitcomb', 'She', 'she would file a full report with the commission', 'said', role='acoustics consultant'),
    s(WIND, 'Greyfield', 'that finding', 'disputes'),
    s(WIND, 'the company', 'its noise modelling "follows the commission\'s own rules to the letter."', 'said', 'mixed'),
    s('Tamarack Skyline Alliance', "The residents' group, which calls itself Tamarack Skyline Alliance", 'it had collected 900 signatures against the project', 'said'),
    s('Howard Kessel-Oyinlola', 'Its chair, retired veterinarian Howard Kessel-Oyinlola', 'the judge to hold a second hearing in the southern part of the county', 'asked', role='chair'),
    s('Wendell Ostrowski-Diallo', 'Ostrowski-Diallo', 'he would consider the request', 'said', role='Administrative law judge'),
    s('Aileen Marchetti-Sowe', 'County Board chair Aileen Marchetti-Sowe', 'the board had taken no position', 'said', role='County Board chair'),
    s('Aileen Marchetti-Sowe', 'she', 'it "would matter a great deal to a county our size,"', 'said', 'mixed', role='County Board chair'),
)

FOOD = 'Northgate Community Food Bank'
ABEL = 'Tessa Abelard-Nwachukwu'

doc('bk15-paper-northgate-food-bank-shortage', 'The Northgate Tribune', '2041-11-19', '''
Home > News > Local

Food bank shelves nearly bare as demand hits record

Northgate Community Food Bank says it served 4,100 households in October, up a third from last year

By Yolanda Strickland-Eze
Published Nov. 19, 2041 at 6:00 a.m. | Updated 9:42 a.m.

Photo: Tessa Abelard-Nwachukwu in the food bank's warehouse on Kessler Road. (Rohan Pettersen-Ugo/The Northgate Tribune)

The Northgate Community Food Bank gave out food to 4,100 households in October, the most in its 38-year history, and its warehouse shelves are close to empty a week before Thanksgiving, its executive director says.

"We have never had to turn anyone away, and I don't want November to be the first time," Tessa Abelard-Nwachukwu said Monday, standing in front of a row of racks that held a few cases of canned tomatoes and little else.

The 52-year-old said donations from grocery stores have fallen by nearly half since the spring, when two of the city's largest supermarkets began selling near-expiry food at a discount instead of giving it away.

READ MORE: City council approves winter shelter expansion

At the same time, demand has soared. Abelard-Nwachukwu said about 30 per cent of the households now using the food bank have at least one person working full time.

One of them is Marcus Teodoro-Byrne, a 34-year-old warehouse forklift operator and father of three. He said his rent went up $280 a month in August.

"I'm working 45 hours a week and I'm standing in this line," he said. "I never thought I'd say that out loud."

Sitting on a bench outside the warehouse, Henrietta Quayle-Osei, 81, said she had come to a food bank for the first time in her life last month. "My pension used to stretch to the end of the month. Now it stretches to the 20th," she said.

Volunteer coordinator Fiona Adeyemi-Grosz said the number of volunteers had held steady but that drivers for the food bank's rural delivery route were hard to find. She said the route serves 160 seniors who cannot get to town.

Photo: Volunteers sort donations on Saturday. (Rohan Pettersen-Ugo/The Northgate Tribune)

Sign up for our newsletter: Get the morning's top local stories delivered to your inbox.

Mayor Hugo Lindqvist-Amadi said the city would match every dollar donated to the food bank through Dec. 31, up to $150,000. "The need is real and it is here, in our city," he said in a statement.

A spokesperson for Brightway Foods, one of the two supermarket chains, said the company still donates to food banks in every city where it operates and is "reviewing how our discount program affects those partnerships."

The other chain, Castell Market, did not respond to a request for comment.

Abelard-Nwachukwu said the food bank most needs canned protein, baby formula and cash. She said donations can be dropped off at the warehouse on Kessler Road from 9 a.m. to 5 p.m. on weekdays.

READ MORE: Northgate's rents rose faster than any city in the state last year

Comments (14)
''',
    s(FOOD, 'Northgate Community Food Bank', 'it served 4,100 households in October, up a third from last year', 'says'),
    s(ABEL, 'its executive director', 'The Northgate Community Food Bank gave out food to 4,100 households in October, the most in its 38-year history, and its warehouse shelves are close to empty a week before Thanksgiving', 'says', role='executive director'),
    s(ABEL, 'Tessa Abelard-Nwachukwu', '"We have never had to turn anyone away, and I don\'t want November to be the first time,"', 'said', 'direct', role='executive director'),
    s(ABEL, 'The 52-year-old', "donations from grocery stores have fallen by nearly half since the spring, when two of the city's largest supermarkets began selling near-expiry food at a discount instead of giving it away", 'said', role='executive director'),
    s(ABEL, 'Abelard-Nwachukwu', 'about 30 per cent of the households now using the food bank have at least one person working full time', 'said', role='executive director'),
    s('Marcus Teodoro-Byrne', 'He', 'his rent went up $280 a month in August', 'said', role='warehouse forklift operator'),
    s('Marcus Teodoro-Byrne', 'he', '"I\'m working 45 hours a week and I\'m standing in this line,"', 'said', 'direct', role='warehouse forklift operator'),
    s('Marcus Teodoro-Byrne', '', '"I never thought I\'d say that out loud."', '', 'direct', role='warehouse forklift operator'),
    s('Henrietta Quayle-Osei', 'Henrietta Quayle-Osei, 81', 'she had come to a food bank for the first time in her life last month', 'said'),
    s('Henrietta Quayle-Osei', 'she', '"My pension used to stretch to the end of the month. Now it stretches to the 20th,"', 'said', 'direct'),
    s('Fiona Adeyemi-Grosz', 'Volunteer coordinator Fiona Adeyemi-Grosz', "the number of volunteers had held steady but that drivers for the food bank's rural delivery route were hard to find", 'said', role='Volunteer coordinator'),
    s('Fiona Adeyemi-Grosz', 'She', 'the route serves 160 seniors who cannot get to town', 'said', role='Volunteer coordinator'),
    s('Hugo Lindqvist-Amadi', 'Mayor Hugo Lindqvist-Amadi', 'the city would match every dollar donated to the food bank through Dec. 31, up to $150,000', 'said', role='Mayor'),
    s('Hugo Lindqvist-Amadi', 'he', '"The need is real and it is here, in our city,"', 'said', 'direct', role='Mayor'),
    s('A spokesperson for Brightway Foods', 'A spokesperson for Brightway Foods, one of the two supermarket chains', 'the company still donates to food banks in every city where it operates and is "reviewing how our discount program affects those partnerships."', 'said', 'mixed', role='spokesperson'),
    s(ABEL, 'Abelard-Nwachukwu', 'the food bank most needs canned protein, baby formula and cash', 'said', role='executive director'),
    s(ABEL, 'She', 'donations can be dropped off at the warehouse on Kessler Road from 9 a.m. to 5 p.m. on weekdays', 'said', role='executive director'),
)

KOVAC = 'Elias Kovacevic-Tran'
SAR = 'Search and Rescue'

doc('bk16-paper-moraine-missing-hiker-found', 'The Moraine Valley Herald', '2041-08-12', '''
Missing hiker found alive after four nights in Sawtooth backcountry

'He did everything right,' search manager says of 61-year-old

By Annelise Baptiste-Kowal
Herald staff

A Moraine Valley man who went missing on a day hike in the Sawtooth Range last week was found alive Monday morning, cold and dehydrated but able to walk, about six kilometres from the trail where he was last seen.

Elias Kovacevic-Tran, 61, was spotted by a helicopter crew near a creek in the upper Lost Horse drainage shortly after 7 a.m., said Gretchen Okonkwo-Ladd, the search manager for Moraine Valley Search and Rescue.

"He did everything right once he knew he was lost," Okonkwo-Ladd said. "He stayed near water, he stayed put, and he laid out his orange jacket where we could see it from the air."

Kovacevic-Tran had set out Thursday to hike the 14-kilometre Bell Lake loop and was reported missing by his wife, Naomi, when he did not come home that evening. More than 80 volunteers from four counties searched for him over the weekend.

His wife said she never gave up hope. "He's the most stubborn man I know," Naomi Kovacevic-Tran said, laughing and crying at the same time outside the search base at the Bell Lake trailhead. "I told the kids, if anyone can sit it out on a mountain, it's your dad."

The retired surveyor told rescuers he had left the trail to photograph a waterfall and lost his bearings when fog came in, according to Okonkwo-Ladd. He spent the nights under a rock overhang and drank from the creek.

Doctors at Moraine Valley General Hospital said he was in stable condition and was expected to go home Tuesday. A hospital spokesman said Kovacevic-Tran had lost about five kilograms.

Sheriff Duane Whitlock-Aziz, whose office coordinated the search, praised the volunteers. "These are people who left their jobs and their families for four days to look for a stranger," he said. The sheriff said the search had cost the county about $38,000, not counting the volunteers' time.

Okonkwo-Ladd said the outcome could have been very different if Kovacevic-Tran had kept moving. She urged hikers to tell someone their route, carry a whistle and a light, and stay in one place if they become lost.

Asked whether the trail's signage was adequate, a spokeswoman for the Sawtooth National Forest said the forest service would review the junction near the waterfall, where two other hikers went astray in 2039.

Kovacevic-Tran himself spoke briefly to reporters from a wheelchair as he was taken into the hospital. "I'm embarrassed, mostly," he said. "And very, very grateful."

Kovacevic-Tran's son, Julian, flew in from Calgary on Saturday. He said the family wanted to thank "every single person who walked those hills."
''',
    s('Gretchen Okonkwo-Ladd', 'search manager', "'He did everything right,'", 'says', 'direct', role='search manager'),
    s('Gretchen Okonkwo-Ladd', 'Gretchen Okonkwo-Ladd, the search manager for Moraine Valley Search and Rescue', 'Elias Kovacevic-Tran, 61, was spotted by a helicopter crew near a creek in the upper Lost Horse drainage shortly after 7 a.m.', 'said', role='search manager'),
    s('Gretchen Okonkwo-Ladd', 'Okonkwo-Ladd', '"He did everything right once he knew he was lost,"', 'said', 'direct', role='search manager'),
    s('Gretchen Okonkwo-Ladd', '', '"He stayed near water, he stayed put, and he laid out his orange jacket where we could see it from the air."', '', 'direct', role='search manager'),
    s('Naomi Kovacevic-Tran', 'His wife', 'she never gave up hope', 'said'),
    s('Naomi Kovacevic-Tran', 'Naomi Kovacevic-Tran', '"He\'s the most stubborn man I know,"', 'said', 'direct'),
    s('Naomi Kovacevic-Tran', '', '"I told the kids, if anyone can sit it out on a mountain, it\'s your dad."', '', 'direct'),
    s(KOVAC, 'The retired surveyor', 'he had left the trail to photograph a waterfall and lost his bearings when fog came in', 'told', role='retired surveyor', nested=True, via='Gretchen Okonkwo-Ladd'),
    s('Gretchen Okonkwo-Ladd', 'Okonkwo-Ladd', 'The retired surveyor told rescuers he had left the trail to photograph a waterfall and lost his bearings when fog came in', 'according to', role='search manager'),
    s('Doctors at Moraine Valley General Hospital', 'Doctors at Moraine Valley General Hospital', 'he was in stable condition and was expected to go home Tuesday', 'said'),
    s('A hospital spokesman', 'A hospital spokesman', 'Kovacevic-Tran had lost about five kilograms', 'said', role='spokesman'),
    s('Duane Whitlock-Aziz', 'Sheriff Duane Whitlock-Aziz, whose office coordinated the search', 'the volunteers', 'praised', role='Sheriff'),
    s('Duane Whitlock-Aziz', 'he', '"These are people who left their jobs and their families for four days to look for a stranger,"', 'said', 'direct', role='Sheriff'),
    s('Duane Whitlock-Aziz', 'The sheriff', "the search had cost the county about $38,000, not counting the volunteers' time", 'said', role='Sheriff'),
    s('Gretchen Okonkwo-Ladd', 'Okonkwo-Ladd', 'the outcome could have been very different if Kovacevic-Tran had kept moving', 'said', role='search manager'),
    s('Gretchen Okonkwo-Ladd', 'She', 'hikers to tell someone their route, carry a whistle and a light, and stay in one place if they become lost', 'urged', role='search manager'),
    s('A spokeswoman for the Sawtooth National Forest', 'a spokeswoman for the Sawtooth National Forest', 'the forest service would review the junction near the waterfall, where two other hikers went astray in 2039', 'said', role='spokeswoman'),
    s(KOVAC, 'he', '"I\'m embarrassed, mostly,"', 'said', 'direct', role='retired surveyor'),
    s(KOVAC, '', '"And very, very grateful."', '', 'direct', role='retired surveyor'),
    s('Julian Kovacevic-Tran', 'He', 'the family wanted to thank "every single person who walked those hills."', 'said', 'mixed'),
)
