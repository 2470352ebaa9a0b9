"""Set BI's five North American newspaper articles (see build_bi.py)."""
from invented_common import doc_spans as doc, s

HOSP = 'St. Anselm Regional Health Centre'
KAUR = 'Deepa Kaurwood'
MOSS = 'Evelyn Mossgrove'
TREM = 'Lucille Tremblay-Osei'
CRUZ = 'Armando Cruz-Halloran'
BIRK = 'Stanley Birkett'

doc('bi12-paper-st-anselm-hospital-parking-fees', 'Thornbury Valley Record', '2040-02-09', '''
Hospital parking fees to double on March 1, and patients are fuming

'We are not a parking lot that happens to have a hospital,' CEO says of new rates; cancer patients to get passes

By Carla Whitlock-Ansah
Record staff

Parking at St. Anselm Regional Health Centre will cost $4 an hour starting March 1, double the current rate, the hospital announced Thursday, a move that drew immediate anger from patients who visit several times a week.

The daily maximum rises from $12 to $22, and weekly passes go from $30 to $55.

Hospital president and CEO Deepa Kaurwood said the increase would raise about $1.9 million a year, money she said would go toward hiring four more nurses for the emergency department. "We are not a parking lot that happens to have a hospital," she said. "Every dollar from that lot comes back into patient care."

Kaurwood said patients receiving chemotherapy or dialysis would be able to get free monthly passes, as would parents of children admitted for more than a week.

That does little for Evelyn Mossgrove. The 66-year-old drives her husband from Pell's Crossing to St. Anselm three times a week for physical therapy after a hip replacement.

"Three times a week, two hours each time. Do the math," Mossgrove said, standing beside her car in the visitor lot Thursday afternoon. "It's a tax on being sick."

Her sister-in-law, Lucille Tremblay-Osei, who had come along for the drive, said she had already started looking for street parking. She said the closest free spots were a 15-minute walk away, "and that's not a walk my brother can make."

Some visitors were more understanding. Armando Cruz-Halloran, whose daughter was born at St. Anselm last month, said he would rather pay more for parking than wait longer in the emergency room. "I get it," he said. "Nobody likes it, but somebody has to pay for the nurses."

Coun. Stanley Birkett, who chairs the town's health advisory committee, said he planned to ask council to write to the province about hospital parking. Three other provinces, he said, had capped what hospitals can charge.

The provincial health ministry did not respond to questions Thursday.

Parking revenue at the hospital has grown from about $2.6 million in 2035 to $3.4 million last year, according to the hospital's annual reports. The lot has 740 spaces, and on weekday mornings it is often full by 9 a.m.

Hospital parking has been a sore point in the valley for years. A petition started in 2038 by a group called Fair Parking for Patients collected more than 6,000 signatures. The group's founder, retired nurse Beverly Anand-Rostov, called Thursday's announcement "a slap in the face."

"They told us two years ago they would look at it," she said. "Well, they looked at it, and they doubled it."

Kaurwood said the hospital had reviewed the fees at 11 other hospitals of similar size and that St. Anselm's new rate would still be below the average.
''',
    s(KAUR, 'CEO', "'We are not a parking lot that happens to have a hospital,'", 'says', 'direct', role='president and CEO'),
    s(HOSP, 'the hospital', 'Parking at St. Anselm Regional Health Centre will cost $4 an hour starting March 1, double the current rate', 'announced'),
    s(KAUR, 'Hospital president and CEO Deepa Kaurwood', 'the increase would raise about $1.9 million a year', 'said', role='president and CEO'),
    s(KAUR, 'she', 'would go toward hiring four more nurses for the emergency department', 'said', role='president and CEO'),
    s(KAUR, 'she', '"We are not a parking lot that happens to have a hospital,"', 'said', 'direct', role='president and CEO'),
    s(KAUR, '', '"Every dollar from that lot comes back into patient care."', '', 'direct', role='president and CEO'),
    s(KAUR, 'Kaurwood', 'patients receiving chemotherapy or dialysis would be able to get free monthly passes, as would parents of children admitted for more than a week', 'said', role='president and CEO'),
    s(MOSS, 'Mossgrove', '"Three times a week, two hours each time. Do the math,"', 'said', 'direct'),
    s(MOSS, '', '"It\'s a tax on being sick."', '', 'direct'),
    s(TREM, 'Her sister-in-law, Lucille Tremblay-Osei, who had come along for the drive', 'she had already started looking for street parking', 'said'),
    s(TREM, 'She', 'the closest free spots were a 15-minute walk away, "and that\'s not a walk my brother can make."', 'said', 'mixed'),
    s(CRUZ, 'Armando Cruz-Halloran, whose daughter was born at St. Anselm last month', 'he would rather pay more for parking than wait longer in the emergency room', 'said'),
    s(CRUZ, 'he', '"I get it,"', 'said', 'direct'),
    s(CRUZ, '', '"Nobody likes it, but somebody has to pay for the nurses."', '', 'direct'),
    s(BIRK, "Coun. Stanley Birkett, who chairs the town's health advisory committee", 'he planned to ask council to write to the province about hospital parking', 'said', role='Coun.'),
    s(BIRK, 'he', ['Three other provinces,', 'had capped what hospitals can charge.'], 'said', role='Coun.'),
    s(HOSP, "the hospital's annual reports", 'Parking revenue at the hospital has grown from about $2.6 million in 2035 to $3.4 million last year', 'according to'),
    s('Beverly Anand-Rostov', "The group's founder, retired nurse Beverly Anand-Rostov", 'Thursday\'s announcement "a slap in the face."', 'called', 'mixed', role='founder'),
    s('Beverly Anand-Rostov', 'she', '"They told us two years ago they would look at it,"', 'said', 'direct', role='founder'),
    s('Beverly Anand-Rostov', '', '"Well, they looked at it, and they doubled it."', '', 'direct', role='founder'),
    s(HOSP, 'They', 'they would look at it', 'told', nested=True, via='Beverly Anand-Rostov'),
    s(KAUR, 'Kaurwood', "the hospital had reviewed the fees at 11 other hospitals of similar size and that St. Anselm's new rate would still be below the average", 'said', role='president and CEO'),
)

ENG = 'Patrick Osterhout'
DOT = 'Wrenfield County Department of Transportation'
GALL = 'Marguerite Gallant-Ibe'
FERR = 'Jonas Ferrante'
HOLL = 'Ruthanne Holloway'

doc('bi13-paper-wrenfield-bridge-closure', 'Wrenfield Gazette-Tribune', '2040-04-17', '''
Cracks close Harmon Creek bridge indefinitely; detour adds 20 miles for Eastbank

County engineer: 'I would not drive my own kids across it'

By Travis Oyelaran-Pike
Gazette-Tribune

The Harmon Creek bridge, the only direct link between Eastbank and downtown Wrenfield, was closed to all traffic Tuesday after inspectors found cracks in two of its steel support beams, county officials said.

The Wrenfield County Department of Transportation said the 1961 bridge would stay closed "until further notice" and could not say when repairs would begin. About 9,000 vehicles crossed it on a typical weekday.

County engineer Patrick Osterhout said the cracks were found during a routine underwater inspection on Monday. The larger one, he said, was about 14 inches long.

"I would not drive my own kids across it, and I'm not going to ask anyone else to," Osterhout told the Gazette-Tribune. "Closing it was the only responsible call."

The nearest crossing is the Route 9 bridge at Millers Ford, which turns a five-minute trip into a 25-minute one for many Eastbank residents.

Marguerite Gallant-Ibe owns a bakery on Eastbank's Front Street. She said that by noon Tuesday her sales were already down by half. "My morning customers come from the west side on their way to work," the 58-year-old said. "Today, nobody came."

Down the street, barber Jonas Ferrante said he was more worried about the ambulance. Eastbank has no fire station of its own, and the county's emergency services director said response times to the neighborhood could rise by as much as 12 minutes.

"If my father has another heart attack, those 12 minutes are the whole thing," Ferrante said.

Was the closure a surprise? Not to everyone. A state inspection report from 2037 rated the bridge's condition as "poor" and recommended replacing it within five years.

County Commissioner Ruthanne Holloway, whose district includes Eastbank, said the county had applied twice for state money to replace the bridge and had been turned down both times. She blamed the state for "putting rural bridges at the back of every line." A spokeswoman for the state transportation department said the applications had scored lower than other projects because of traffic volume.

Holloway said she would ask the commission next week to set aside $2 million for emergency repairs. Commissioner Dale Whitacre-Ngozi said he would support that, but warned that a full replacement could cost $30 million or more.

The bridge was last rehabilitated in 1994, when its deck was replaced and its railings raised. Its steel beams are original. Engineers who reviewed the inspection photographs for the county on Tuesday afternoon described the cracks as fatigue cracks, the kind that grow a little with every heavy truck.

By Tuesday evening, a group of Eastbank business owners had started a page online to press for a temporary crossing. The group, which calls itself Reopen Harmon, said in a post that a temporary steel bridge of the kind the state uses after floods could be put up within two months. Osterhout said he had asked the state about one but had not heard back.

The school district said Eastbank students would be picked up 30 minutes earlier starting Wednesday.

Residents are invited to a meeting on the closure at Eastbank Community Hall on Thursday at 7 p.m.
''',
    s(ENG, 'County engineer', "'I would not drive my own kids across it'", '', 'direct', role='County engineer'),
    s('county officials', 'county officials', 'The Harmon Creek bridge, the only direct link between Eastbank and downtown Wrenfield, was closed to all traffic Tuesday after inspectors found cracks in two of its steel support beams', 'said'),
    s(DOT, 'The Wrenfield County Department of Transportation', 'the 1961 bridge would stay closed "until further notice"', 'said', 'mixed'),
    s(ENG, 'County engineer Patrick Osterhout', 'the cracks were found during a routine underwater inspection on Monday', 'said', role='County engineer'),
    s(ENG, 'he', ['The larger one,', 'was about 14 inches long.'], 'said', role='County engineer'),
    s(ENG, 'Osterhout', '"I would not drive my own kids across it, and I\'m not going to ask anyone else to,"', 'told', 'direct', role='County engineer'),
    s(ENG, '', '"Closing it was the only responsible call."', '', 'direct', role='County engineer'),
    s(GALL, 'She', 'by noon Tuesday her sales were already down by half', 'said'),
    s(GALL, 'the 58-year-old', '"My morning customers come from the west side on their way to work,"', 'said', 'direct'),
    s(GALL, '', '"Today, nobody came."', '', 'direct'),
    s(FERR, 'barber Jonas Ferrante', 'he was more worried about the ambulance', 'said', role='barber'),
    s("the county's emergency services director", "the county's emergency services director", 'response times to the neighborhood could rise by as much as 12 minutes', 'said', role='emergency services director'),
    s(FERR, 'Ferrante', '"If my father has another heart attack, those 12 minutes are the whole thing,"', 'said', 'direct', role='barber'),
    s('A state inspection report from 2037', 'A state inspection report from 2037', 'the bridge\'s condition as "poor"', 'rated', 'mixed'),
    s('A state inspection report from 2037', '', 'replacing it within five years', 'recommended'),
    s(HOLL, 'County Commissioner Ruthanne Holloway, whose district includes Eastbank', 'the county had applied twice for state money to replace the bridge and had been turned down both times', 'said', role='County Commissioner'),
    s(HOLL, 'She', 'the state for "putting rural bridges at the back of every line."', 'blamed', 'mixed', role='County Commissioner'),
    s('A spokeswoman for the state transportation department', 'A spokeswoman for the state transportation department', 'the applications had scored lower than other projects because of traffic volume', 'said'),
    s(HOLL, 'Holloway', 'she would ask the commission next week to set aside $2 million for emergency repairs', 'said', role='County Commissioner'),
    s('Dale Whitacre-Ngozi', 'Commissioner Dale Whitacre-Ngozi', 'he would support that', 'said', role='Commissioner'),
    s('Dale Whitacre-Ngozi', '', 'a full replacement could cost $30 million or more', 'warned', role='Commissioner'),
    s('Engineers who reviewed the inspection photographs for the county on Tuesday afternoon', 'Engineers who reviewed the inspection photographs for the county on Tuesday afternoon', 'the cracks as fatigue cracks, the kind that grow a little with every heavy truck', 'described'),
    s('Reopen Harmon', 'The group, which calls itself Reopen Harmon', 'a temporary steel bridge of the kind the state uses after floods could be put up within two months', 'said'),
    s(ENG, 'Osterhout', 'he had asked the state about one but had not heard back', 'said', role='County engineer'),
    s('The school district', 'The school district', 'Eastbank students would be picked up 30 minutes earlier starting Wednesday', 'said'),
)

COACH = 'Russell Dunleavy'
AD = 'Kendra Marchetti-Obi'
DIST = 'Pine Hollow Independent School District'

doc('bi14-paper-pine-hollow-football-coach-fired', 'Pine Hollow Ledger', '2040-10-24', '''
Pine Hollow fires football coach Dunleavy after player's injury

District says coach ignored concussion rules; Dunleavy's lawyer calls firing 'a scapegoating'

By Marisol Treadwell-Achebe
Ledger staff writer

PINE HOLLOW - The Pine Hollow Independent School District fired head football coach Russell Dunleavy on Wednesday, two weeks after a junior linebacker collapsed on the sideline during a game against Carver Heights.

In a letter to parents, Superintendent Gregory Alvarado-Finch said an internal review had found that Dunleavy sent the player back onto the field after a hard hit without the evaluation required by state concussion rules. The 16-year-old was taken to Memorial Children's Hospital, where he spent four days in intensive care.

"No win is worth a child's health. Not one," Alvarado-Finch wrote.

The board voted 6-1 on Tuesday night to approve the firing. Trustee Glenn Horsley, the lone no vote, said the board had moved "before all the facts were in."

Dunleavy, 54, led the Panthers to three district titles in 11 seasons. He did not return calls Wednesday. His lawyer, Francesca Oduya-Grant, said in a statement that her client had followed the athletic trainer's advice at every point and called the firing "a scapegoating of the one man who cannot defend himself without breaking student privacy."

According to the lawyer, the trainer cleared the player to return after a sideline check. The district's athletic director, Kendra Marchetti-Obi, disputed that account. She told the Ledger the trainer had recommended that the player sit out the rest of the game. "That recommendation is in writing," she said.

The injured player's mother, who asked that her son not be named, said he was home and "getting a little better every day." She said her family was considering legal action but had not decided.

"He kept saying his head hurt," she said. "They sent him back anyway."

Players were split. Senior quarterback Tyrese Walcott-Lindahl, 17, said Dunleavy had "been like a second father" to many on the team and that the players had not been asked for their side. Another senior, who spoke on the condition that his name not be used because he feared losing playing time, said the coach often told injured players to "walk it off."

At Thursday's practice, about two dozen parents stood along the fence. Some held signs reading "Coach D Forever." Others said they agreed with the decision.

"My son is 15. I want a coach who sends him to the trainer, not back on the field," said Latoya Breckenridge, whose son plays on the junior varsity team.

Assistant coach Warren Pike-Sandoval will lead the team for the last three games of the season, Marchetti-Obi said.

The University Interscholastic League said it was aware of the case but declined to comment further.
''',
    s('Gregory Alvarado-Finch', 'District', 'coach ignored concussion rules', 'says', role='Superintendent'),
    s('Francesca Oduya-Grant', "Dunleavy's lawyer", "firing 'a scapegoating'", 'calls', 'mixed', role='lawyer'),
    s('Gregory Alvarado-Finch', 'Superintendent Gregory Alvarado-Finch', "an internal review had found that Dunleavy sent the player back onto the field after a hard hit without the evaluation required by state concussion rules", 'said', role='Superintendent'),
    s('an internal review', 'an internal review', 'Dunleavy sent the player back onto the field after a hard hit without the evaluation required by state concussion rules', 'had found', nested=True, via='Gregory Alvarado-Finch'),
    s('Gregory Alvarado-Finch', 'Alvarado-Finch', '"No win is worth a child\'s health. Not one,"', 'wrote', 'direct', role='Superintendent'),
    s('Glenn Horsley', 'Trustee Glenn Horsley, the lone no vote', 'the board had moved "before all the facts were in."', 'said', 'mixed', role='Trustee'),
    s('Francesca Oduya-Grant', 'His lawyer, Francesca Oduya-Grant', "her client had followed the athletic trainer's advice at every point", 'said', role='lawyer'),
    s('Francesca Oduya-Grant', '', 'the firing "a scapegoating of the one man who cannot defend himself without breaking student privacy."', 'called', 'mixed', role='lawyer'),
    s('Francesca Oduya-Grant', 'the lawyer', 'the trainer cleared the player to return after a sideline check', 'According to', role='lawyer'),
    s(AD, "The district's athletic director, Kendra Marchetti-Obi", 'that account', 'disputed', role='athletic director'),
    s(AD, 'She', 'the trainer had recommended that the player sit out the rest of the game', 'told', role='athletic director'),
    s(AD, 'she', '"That recommendation is in writing,"', 'said', 'direct', role='athletic director'),
    s("The injured player's mother", "The injured player's mother, who asked that her son not be named", 'he was home and "getting a little better every day."', 'said', 'mixed'),
    s("The injured player's mother", 'She', 'her family was considering legal action but had not decided', 'said'),
    s("The injured player's mother", 'she', '"He kept saying his head hurt,"', 'said', 'direct'),
    s("The injured player's mother", '', '"They sent him back anyway."', '', 'direct'),
    s('Tyrese Walcott-Lindahl', 'Senior quarterback Tyrese Walcott-Lindahl, 17', 'Dunleavy had "been like a second father" to many on the team and that the players had not been asked for their side', 'said', 'mixed', role='quarterback'),
    s('Another senior', 'Another senior, who spoke on the condition that his name not be used because he feared losing playing time', 'the coach often told injured players to "walk it off."', 'said', 'mixed'),
    s('Others', 'Others', 'they agreed with the decision', 'said'),
    s('Latoya Breckenridge', 'Latoya Breckenridge, whose son plays on the junior varsity team', '"My son is 15. I want a coach who sends him to the trainer, not back on the field,"', 'said', 'direct'),
    s(AD, 'Marchetti-Obi', 'Assistant coach Warren Pike-Sandoval will lead the team for the last three games of the season', 'said', role='athletic director'),
    s('The University Interscholastic League', 'The University Interscholastic League', 'it was aware of the case', 'said'),
)

GARD = 'Fernwood Commons Garden Society'
ADA = 'Adaeze Whitcombe-Lund'
LAND = 'Kestrel Bay Holdings'
YUEN = 'Harold Yuen-Castellano'

doc('bi15-paper-fernwood-community-garden-eviction', 'Harbourview Observer', '2040-06-05', '''
Fernwood gardeners given 30 days to leave lot they have tended for 18 years

Developer says condo project 'cannot wait another season'; city says its hands are tied

By Oksana Delacroix-Mbeki
Local Journalism Initiative Reporter

More than 60 gardeners who grow vegetables on a vacant lot at the corner of Linden Avenue and Ninth Street have been told to clear their plots by July 5 to make way for a six-storey condominium, the Fernwood Commons Garden Society said Tuesday.

Photo: Gardeners gather at the Fernwood Commons lot on Tuesday evening. (Wendell Arkwright/Harbourview Observer)

The society, which has leased the lot from successive owners for $1 a year since 2022, received an eviction notice from Kestrel Bay Holdings last Friday, according to its president, Adaeze Whitcombe-Lund.

"We knew the lease could end. We didn't think it would end with the tomatoes halfway up the stakes," said Whitcombe-Lund, a 39-year-old nurse who has had a plot since the garden opened.

READ MORE: Harbourview council approves rezoning for Linden Avenue corridor

Kestrel Bay's vice-president of development, Harold Yuen-Castellano, said the company had given the society notice in writing last autumn that the lease would not be renewed after this spring. "We have been a patient landlord," he said in an email. "But the project has its permits, the financing is in place, and it cannot wait another season."

He said the company had offered to pay for moving the garden's two sheds and its rainwater tanks to a new site, if the society could find one.

Whitcombe-Lund disputed that the society had been warned. She said the letter last autumn spoke only of "reviewing" the lease.

Many of the gardeners are seniors or newcomers who live in the apartment towers along Ninth Street. Ngozi Abernathy-Ruiz, 71, has grown collard greens and okra on the same plot for 14 years. "This garden is the reason I know my neighbours," she said. "Where am I supposed to go, a balcony?"

Her plot neighbour, Lin Mei-Hartwell, 34, said she moved to Harbourview from overseas in 2036 and learned most of her English in the garden. She said she hoped the city would find the group another lot.

Photo: Ngozi Abernathy-Ruiz waters her okra plants. (Wendell Arkwright/Harbourview Observer)

A spokesperson for the city said the lot is private property and the city has no power to stop the eviction. The spokesperson said the parks department was looking at two city-owned sites for a new community garden but could not say when one would be ready.

Coun. Bernadette Osei-Lachance, who represents Fernwood, said she would bring a motion to council on June 18 asking staff to speed up that search. "Losing this garden in the middle of the season is a real loss for the neighbourhood," she said, "and we should have seen it coming."

Whitcombe-Lund said the society would hold a harvest-early day on Saturday and invited the public to come and pick what they can.

READ MORE: Food bank use in Harbourview reaches record high

Sign up for our newsletter: The Observer's morning briefing, delivered to your inbox every weekday.
''',
    s(YUEN, 'Developer', "condo project 'cannot wait another season'", 'says', 'mixed'),
    s('A spokesperson for the city', 'city', 'its hands are tied', 'says'),
    s(GARD, 'the Fernwood Commons Garden Society', 'More than 60 gardeners who grow vegetables on a vacant lot at the corner of Linden Avenue and Ninth Street have been told to clear their plots by July 5 to make way for a six-storey condominium', 'said'),
    s(ADA, 'its president, Adaeze Whitcombe-Lund', 'The society, which has leased the lot from successive owners for $1 a year since 2022, received an eviction notice from Kestrel Bay Holdings last Friday', 'according to', role='president'),
    s(ADA, 'Whitcombe-Lund, a 39-year-old nurse who has had a plot since the garden opened', '"We knew the lease could end. We didn\'t think it would end with the tomatoes halfway up the stakes,"', 'said', 'direct', role='president'),
    s(YUEN, "Kestrel Bay's vice-president of development, Harold Yuen-Castellano", 'the company had given the society notice in writing last autumn that the lease would not be renewed after this spring', 'said', role='vice-president of development'),
    s(YUEN, 'he', '"We have been a patient landlord,"', 'said', 'direct', role='vice-president of development'),
    s(YUEN, '', '"But the project has its permits, the financing is in place, and it cannot wait another season."', '', 'direct', role='vice-president of development'),
    s(YUEN, 'He', "the company had offered to pay for moving the garden's two sheds and its rainwater tanks to a new site, if the society could find one", 'said', role='vice-president of development'),
    s(ADA, 'Whitcombe-Lund', 'the society had been warned', 'disputed', role='president'),
    s(ADA, 'She', 'the letter last autumn spoke only of "reviewing" the lease', 'said', 'mixed', role='president'),
    s('Ngozi Abernathy-Ruiz', 'she', '"This garden is the reason I know my neighbours,"', 'said', 'direct'),
    s('Ngozi Abernathy-Ruiz', '', '"Where am I supposed to go, a balcony?"', '', 'direct'),
    s('Lin Mei-Hartwell', 'Her plot neighbour, Lin Mei-Hartwell, 34', 'she moved to Harbourview from overseas in 2036 and learned most of her English in the garden', 'said'),
    s('Lin Mei-Hartwell', 'She', 'she hoped the city would find the group another lot', 'said'),
    s('A spokesperson for the city', 'A spokesperson for the city', 'the lot is private property and the city has no power to stop the eviction', 'said'),
    s('A spokesperson for the city', 'The spokesperson', 'the parks department was looking at two city-owned sites for a new community garden', 'said'),
    s('Bernadette Osei-Lachance', 'Coun. Bernadette Osei-Lachance, who represents Fernwood', 'she would bring a motion to council on June 18 asking staff to speed up that search', 'said', role='Coun.'),
    s('Bernadette Osei-Lachance', 'she', ['"Losing this garden in the middle of the season is a real loss for the neighbourhood,"', '"and we should have seen it coming."'], 'said', 'direct', role='Coun.'),
    s(ADA, 'Whitcombe-Lund', 'the society would hold a harvest-early day on Saturday', 'said', role='president'),
)

PUB = 'Oakridge County Public Health'
INSP = 'Theodora Vasquez-Lindgren'
OWN = 'Mehmet Karaoglan-Price'

doc('bi16-paper-oakridge-restaurant-health-inspection', 'Oakridge Courier-Journal', '2040-08-29', '''
Popular Main Street diner closed after inspectors find mice, broken cooler

Owner says problems fixed, hopes to reopen this weekend

By Bethany Ngata-Summers
Courier-Journal

The Copper Kettle Diner on Main Street, a breakfast fixture in downtown Oakridge for more than 30 years, was ordered closed Tuesday after county health inspectors found signs of mice in the kitchen and a walk-in cooler holding meat at 52 degrees, according to an inspection report obtained by the Courier-Journal.

The report, released by Oakridge County Public Health, lists 11 violations, four of them rated "critical." Inspectors found droppings behind the grill and in a dry storage room, the report says, and saw an employee handle raw eggs and then toast without washing his hands.

Theodora Vasquez-Lindgren, the county's environmental health manager, said closures are rare and are ordered only when inspectors believe there is "an imminent health hazard." The county has closed six of its roughly 900 restaurants this year, she said.

"A cooler at 52 degrees is not a paperwork problem," Vasquez-Lindgren said. "That's how people get sick."

The diner's owner, Mehmet Karaoglan-Price, said the cooler's compressor had failed over the weekend and that a repair company had replaced it Wednesday morning. He said he had also hired a pest control firm, which sealed two gaps in the back wall.

"I'm embarrassed. I'm not going to pretend otherwise," the 61-year-old said in the diner's empty dining room, where the chairs were stacked on the tables. "But this kitchen has passed every inspection for 30 years."

Records show the Copper Kettle passed its last three routine inspections, in 2038, 2039 and February of this year, with minor violations each time.

Regular customers seemed ready to forgive. "I've eaten here every Thursday since 2015," said retired mail carrier Otis Fairweather-Kamau, 77, who stopped by to leave a get-well card taped to the door. "One bad week doesn't change that."

Not everyone was so sure. Courtney Abela-Winston, who was walking her dog past the diner, said she had eaten there on Sunday. "Now I'm wondering what I ate," she said.

Karaoglan-Price said he had asked for a re-inspection and hoped to reopen Saturday. A county spokesman confirmed that a re-inspection had been scheduled for Friday but said the diner would stay closed until inspectors sign off.

Inspection reports for all county restaurants are posted on the public health department's website.

Photo: The Copper Kettle Diner on Main Street, closed Tuesday. (Courier-Journal file photo)
''',
    s(OWN, 'Owner', 'problems fixed', 'says'),
    s(OWN, '', 'to reopen this weekend', 'hopes'),
    s('an inspection report obtained by the Courier-Journal', 'an inspection report obtained by the Courier-Journal', 'The Copper Kettle Diner on Main Street, a breakfast fixture in downtown Oakridge for more than 30 years, was ordered closed Tuesday after county health inspectors found signs of mice in the kitchen and a walk-in cooler holding meat at 52 degrees', 'according to'),
    s('The report', 'the report', ['Inspectors found droppings behind the grill and in a dry storage room', 'and saw an employee handle raw eggs and then toast without washing his hands'], 'says'),
    s(INSP, "Theodora Vasquez-Lindgren, the county's environmental health manager", 'closures are rare and are ordered only when inspectors believe there is "an imminent health hazard."', 'said', 'mixed', role='environmental health manager'),
    s(INSP, 'she', 'The county has closed six of its roughly 900 restaurants this year', 'said', role='environmental health manager'),
    s(INSP, 'Vasquez-Lindgren', '"A cooler at 52 degrees is not a paperwork problem,"', 'said', 'direct', role='environmental health manager'),
    s(INSP, '', '"That\'s how people get sick."', '', 'direct', role='environmental health manager'),
    s(OWN, "The diner's owner, Mehmet Karaoglan-Price", "the cooler's compressor had failed over the weekend and that a repair company had replaced it Wednesday morning", 'said', role='owner'),
    s(OWN, 'He', 'he had also hired a pest control firm, which sealed two gaps in the back wall', 'said', role='owner'),
    s(OWN, 'the 61-year-old', '"I\'m embarrassed. I\'m not going to pretend otherwise,"', 'said', 'direct', role='owner'),
    s(OWN, '', '"But this kitchen has passed every inspection for 30 years."', '', 'direct', role='owner'),
    s('Records', 'Records', 'the Copper Kettle passed its last three routine inspections, in 2038, 2039 and February of this year, with minor violations each time', 'show'),
    s('Otis Fairweather-Kamau', 'retired mail carrier Otis Fairweather-Kamau, 77, who stopped by to leave a get-well card taped to the door', '"I\'ve eaten here every Thursday since 2015,"', 'said', 'direct', role='retired mail carrier'),
    s('Otis Fairweather-Kamau', '', '"One bad week doesn\'t change that."', '', 'direct', role='retired mail carrier'),
    s('Courtney Abela-Winston', 'Courtney Abela-Winston, who was walking her dog past the diner', 'she had eaten there on Sunday', 'said'),
    s('Courtney Abela-Winston', 'she', '"Now I\'m wondering what I ate,"', 'said', 'direct'),
    s(OWN, 'Karaoglan-Price', 'he had asked for a re-inspection and hoped to reopen Saturday', 'said', role='owner'),
    s('A county spokesman', 'A county spokesman', 'a re-inspection had been scheduled for Friday', 'confirmed'),
    s('A county spokesman', '', 'the diner would stay closed until inspectors sign off', 'said'),
)
