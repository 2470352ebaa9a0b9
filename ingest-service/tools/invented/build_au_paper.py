"""Set AU's five North American newspaper articles (see build_au.py)."""
from invented_common import doc_spans as doc, s

TIAA = 'Tamarack Interscholastic Athletic Association'
HALV = 'Brent Halvorsen'
DELA = 'Mark Delaney'

doc('au12-paper-ridgeview-hockey-recruiting-sanctions', 'The Harlan Ledger', '2035-11-16', '''
Ridgeview hockey stripped of wins, banned from playoffs

Athletic association says boosters paid rent for out-of-town players; coach calls ruling 'a witch hunt'

By Jenna Morrow, Staff Writer

The Ridgeview High School boys hockey team will forfeit 14 wins from last season and is barred from the playoffs this winter after the Tamarack Interscholastic Athletic Association found that team boosters paid rent and living costs for five players who moved to the district to play.

In a 22-page ruling released Thursday, the association said the payments broke its rules against "undue influence" in transfers and that Ridgeview's head coach, Brent Halvorsen, knew about them.

Halvorsen, who has led the Ravens to three state titles since 2026, denied knowing about any payments.

"I coach hockey. I don't pay anybody's rent, and I never asked anybody to," he said in a phone interview Friday. "This is a witch hunt, and everybody in this town knows who started it."

He would not say whom he meant.

The Harlan School District has placed Halvorsen on paid leave while it conducts its own review, district spokesperson Karen Liu said.

According to the ruling, one booster family paid $1,400 a month for an apartment near the Ridgeview Ice Center where three of the players lived with a parent, and a second family covered a fourth player's car payments. The ruling does not name the families.

The association's executive director, Mark Delaney, said the penalties were "among the most severe we have handed down in a decade."

"Transfers are allowed. Buying a team is not," Delaney said.

The Ravens went 22-3 last season and lost the state final in overtime. Four of the five players named in the ruling are still on the roster; the association said they may keep playing in regular-season games because there was no evidence they knew where the money came from.

Not everyone in Ridgeview was surprised. The town's "hockey houses," apartments near the rink rented for families from out of town, have been an open secret for years.

Some parents who watched Friday's practice said the players were being punished for decisions adults made.

"These kids did nothing wrong. They moved here to play hockey and go to school," said Tara Benoit, whose son is a junior defenseman. "Now they lose a season for it."

Others were less forgiving. Dale Kruger, whose son played for rival Maple Falls, said parents across the conference had complained about Ridgeview's recruiting "for five years, and nobody listened until now."

The booster club's president, Gary Pruitt, did not return calls Friday. According to its most recent tax filing, the club raises about $80,000 a year through raffles and a golf tournament and pays for the team's travel and ice time.

Superintendent Dana Whitfield said in a letter to families Friday that the district would appeal the playoff ban but would not contest the forfeits.

"We accept that rules were broken. We do not accept that this year's students should carry the whole weight of it," she wrote.

Asked whether the district had known about the apartments, Whitfield said it had received "rumors, never evidence" before the association opened its investigation in March.

The district has 10 days to appeal. The association's board is expected to hear the case in December.

Ridgeview opens its season Dec. 2 at home against Maple Falls. Tickets for the game sold out in September, before the ruling.
''',
    s(TIAA, 'Athletic association', 'boosters paid rent for out-of-town players', 'says'),
    s(HALV, 'coach', "ruling 'a witch hunt'", 'calls', 'mixed', role='coach'),
    s(TIAA, 'the Tamarack Interscholastic Athletic Association', 'team boosters paid rent and living costs for five players who moved to the district to play', 'found'),
    s(TIAA, 'the association', 'the payments broke its rules against "undue influence" in transfers|knew about them', 'said', 'mixed'),
    s(HALV, 'Halvorsen, who has led the Ravens to three state titles since 2026', 'knowing about any payments', 'denied', role='head coach'),
    s(HALV, 'he', '"I coach hockey. I don\'t pay anybody\'s rent, and I never asked anybody to,"', 'said', 'direct', role='head coach'),
    s(HALV, '', '"This is a witch hunt, and everybody in this town knows who started it."', '', 'direct', role='head coach'),
    s('Karen Liu', 'district spokesperson Karen Liu', 'The Harlan School District has placed Halvorsen on paid leave while it conducts its own review', 'said', role='district spokesperson'),
    s(TIAA, 'the ruling', 'one booster family paid $1,400 a month for an apartment|a fourth player\'s car payments', 'According to'),
    s(DELA, "The association's executive director, Mark Delaney", 'the penalties were "among the most severe we have handed down in a decade."', 'said', 'mixed', role='executive director'),
    s(DELA, 'Delaney', '"Transfers are allowed. Buying a team is not,"', 'said', 'direct', role='executive director'),
    s(TIAA, 'the association', 'they may keep playing in regular-season games because there was no evidence they knew where the money came from', 'said'),
    s("Some parents who watched Friday's practice", "Some parents who watched Friday's practice", 'the players were being punished for decisions adults made', 'said'),
    s('Tara Benoit', 'Tara Benoit, whose son is a junior defenseman', '"These kids did nothing wrong. They moved here to play hockey and go to school,"', 'said', 'direct'),
    s('Tara Benoit', '', '"Now they lose a season for it."', '', 'direct'),
    s('Dale Kruger', 'Dale Kruger, whose son played for rival Maple Falls', 'parents across the conference had complained about Ridgeview\'s recruiting "for five years, and nobody listened until now."', 'said', 'mixed'),
    s('booster club', 'its most recent tax filing', "the club raises about $80,000 a year through raffles and a golf tournament and pays for the team's travel and ice time", 'According to'),
    s('Dana Whitfield', 'Superintendent Dana Whitfield', 'the district would appeal the playoff ban but would not contest the forfeits', 'said', role='Superintendent'),
    s('Dana Whitfield', 'she', '"We accept that rules were broken. We do not accept that this year\'s students should carry the whole weight of it,"', 'wrote', 'direct', role='Superintendent'),
    s('Dana Whitfield', 'Whitfield', 'it had received "rumors, never evidence" before the association opened its investigation in March', 'said', 'mixed', role='Superintendent'),
)

ADEY = 'Olu Adeyemi'
CARV = 'Ines Carvalho'
HAYE = 'Darnell Hayes'

doc('au13-paper-brennick-budget-hearing-tax-increase', 'Brennick Daily Sentinel', '2035-01-22', '''
Residents line up to fight cuts as Brennick weighs 6% tax hike

Library, transit riders push back; finance chief warns of 'structural hole'

By Marcus Oyelaran

More than 60 people signed up to speak at Brennick city council's budget hearing Tuesday night, and most of them were there to defend the libraries and the buses.

The hearing, which ran past 11 p.m., was the only public session before council votes on the 2035 budget next month. The draft budget before council includes a 6.1 per cent property tax increase along with $9 million in cuts, including Sunday closures at four library branches and an end to Sunday service on six bus routes.

The city faces a $14.2-million gap between what it expects to spend and what it expects to collect, finance director Olu Adeyemi told council at the start of the night, and much of it will not go away when the economy improves.

"This is not a bad year. It's a structural hole, and we have been filling it with reserves since 2031," Adeyemi said. Without a tax increase or deeper cuts, he warned, the city would run through its reserves by 2038.

Adeyemi said police and fire contracts signed last year account for about half of the increase in spending.

The first speaker, retired teacher Eleanor Voss, held up her library card. "This," she said, "is the only subscription I have ever needed."

Voss, 78, said the Eastgate branch is the only place in her neighborhood where people without internet at home can apply for jobs or benefits. She urged council to find the money somewhere else, "even if it means the mayor's office buys fewer cars."

The president of Transit Workers Local 412, Ray Santangelo, told council that cutting Sunday service would "strand the people who clean your offices and cook your dinners." The union estimates that about 7,000 people ride the six routes on an average Sunday.

Several speakers urged council to spare the city's two outdoor pools, which staff had proposed to open only on weekends.

Not everyone wanted more spending. Gerald Pike, who owns a hardware store on Main Street, said small businesses "cannot take another 6 per cent" after two years of rising rents. "Every one of you should have to run a store for a year before you vote on this," he said, to applause from the back of the room.

Mayor Ines Carvalho has said she will not support a tax increase above 4 per cent. On Tuesday she said she had "heard every word" and that she would ask staff for options that protect library hours.

Coun. Darnell Hayes questioned the $2.1 million set aside for a new fleet of police cruisers, which he said could wait a year. Police Chief Andrea Moretti, who was in the chamber, said the oldest cruisers have more than 300,000 kilometres on them and are "breaking down on calls."

Coun. Priya Shah suggested the city look at raising parking fees downtown, which have not changed since 2029, before cutting services. According to a staff report prepared for council, a 50-cent increase would bring in about $1.3 million a year.

The clerk's office said another 140 people had sent written comments, which will be posted on the city's website before the vote.

Council meets to debate the budget on Feb. 11 and is scheduled to vote Feb. 18. Two councillors, Hayes and Ben Okoro, missed part of the hearing for a transit board meeting and will receive a recording.

Should Brennick raise taxes or cut services? Write to us at letters@brennicksentinel.example.
''',
    s(ADEY, 'finance chief', "'structural hole'", 'warns of', 'direct', role='finance chief'),
    s(ADEY, 'finance director Olu Adeyemi', ['The city faces a $14.2-million gap between what it expects to spend and what it expects to collect', 'and much of it will not go away when the economy improves'], 'told', role='finance director'),
    s(ADEY, 'Adeyemi', '"This is not a bad year. It\'s a structural hole, and we have been filling it with reserves since 2031,"', 'said', 'direct', role='finance director'),
    s(ADEY, 'he', ['Without a tax increase or deeper cuts', 'the city would run through its reserves by 2038'], 'warned', role='finance director'),
    s(ADEY, 'Adeyemi', 'police and fire contracts signed last year account for about half of the increase in spending', 'said', role='finance director'),
    s('Eleanor Voss', 'she', ['"This,"', '"is the only subscription I have ever needed."'], 'said', 'direct', role='retired teacher'),
    s('Eleanor Voss', 'Voss', 'the Eastgate branch is the only place in her neighborhood|apply for jobs or benefits', 'said', role='retired teacher'),
    s('Eleanor Voss', 'She', 'council to find the money somewhere else, "even if it means the mayor\'s office buys fewer cars."', 'urged', 'mixed', role='retired teacher'),
    s('Ray Santangelo', 'The president of Transit Workers Local 412, Ray Santangelo', 'cutting Sunday service would "strand the people who clean your offices and cook your dinners."', 'told', 'mixed', role='president'),
    s('Transit Workers Local 412', 'The union', 'about 7,000 people ride the six routes on an average Sunday', 'estimates'),
    s('Several speakers', 'Several speakers', "council to spare the city's two outdoor pools", 'urged'),
    s('Gerald Pike', 'Gerald Pike, who owns a hardware store on Main Street', 'small businesses "cannot take another 6 per cent" after two years of rising rents', 'said', 'mixed'),
    s('Gerald Pike', 'he', '"Every one of you should have to run a store for a year before you vote on this,"', 'said', 'direct'),
    s(CARV, 'Mayor Ines Carvalho', 'she will not support a tax increase above 4 per cent', 'has said', role='Mayor'),
    s(CARV, 'she', 'she had "heard every word" and that she would ask staff for options that protect library hours', 'said', 'mixed', role='Mayor'),
    s(HAYE, 'Coun. Darnell Hayes', 'the $2.1 million set aside for a new fleet of police cruisers', 'questioned', role='Coun.'),
    s(HAYE, 'he', 'could wait a year', 'said', role='Coun.'),
    s('Andrea Moretti', 'Police Chief Andrea Moretti, who was in the chamber', 'the oldest cruisers have more than 300,000 kilometres on them and are "breaking down on calls."', 'said', 'mixed', role='Police Chief'),
    s('Priya Shah', 'Coun. Priya Shah', 'the city look at raising parking fees downtown|before cutting services', 'suggested', role='Coun.'),
    s('city staff', 'a staff report prepared for council', 'a 50-cent increase would bring in about $1.3 million a year', 'According to'),
    s("clerk's office", "The clerk's office", 'another 140 people had sent written comments|before the vote', 'said'),
)

RAO = 'Anjali Rao'
TDHU = 'Tessaly District Health Unit'

doc('au14-paper-lake-tessaly-algae-beach-closures', 'The Tessaly Examiner', '2035-07-26', '''
Toxic algae closes six Lake Tessaly beaches at height of summer

By Colleen Harte

Six beaches on Lake Tessaly were closed Friday after water tests found a toxin produced by blue-green algae at four times the provincial limit, the Tessaly District Health Unit said.

The closures cover every public beach on the lake's shallow southern shore, from Carver Point to the Township of Holm, and will stay in place until two tests in a row come back clean, the health unit said.

"If the water looks like pea soup," said Dr. Anjali Rao, the medical officer of health, "stay out of it, and keep your dog out of it too."

Dogs are at particular risk, she said, because they drink the water and lick the algae off their fur. The toxin, microcystin, can cause vomiting, rashes and, in large doses, liver damage.

Signs reading "DANGER - Toxic algae - No swimming" went up Friday morning along the shore. By the afternoon some had already been knocked down.

Not everyone was staying out of the water. Keisha Morant, who had driven two hours from the city with her three children, said she had seen the signs but let the kids wade "up to their knees, no further."

"We booked this cottage in January. What am I supposed to do, sit in the car?" she said.

Blooms on the lake have come earlier and lasted longer each summer, according to Dr. Paul Ferland, a limnologist at Northshore University who has sampled the lake since 2018.

"We used to see this at the end of August. Now it's the third week of July, and some years it's June," he said. Warmer water and calm, sunny days help the algae grow, Ferland said, but the main fuel is phosphorus washing in from the land.

Marjorie Lindqvist, president of the South Tessaly Cottagers' Association, blamed the bloom on fertilizer running off farms upstream and on old septic systems around the lake. Her association has asked the township for years to inspect septic tanks, she said.

The Tessaly Federation of Agriculture said farmers in the watershed had cut their use of phosphorus fertilizer by about a fifth since 2030 and that blaming them alone "ignores the hundreds of cottages on the shore."

A spokesperson for the Ministry of the Environment said in an email that the ministry was "monitoring the situation closely" and would share its own test results with the health unit.

For businesses on the south shore, the timing could hardly be worse. Tom Vrabel, who rents kayaks and paddleboards at Carver Point, said he had cancelled 40 bookings since Thursday.

"Last year it was four days. If this goes two weeks, I don't know how we get through the winter," he said.

Rao remembers the same beaches staying closed for 26 days in the summer of 2031. By her own count, the health unit has issued advisories for the lake in eight of the last ten summers.

Asked whether the beaches would reopen for the long weekend, Rao said that would depend on the weather: a few days of wind and rain could break up the bloom.

Residents who draw drinking water from the lake should not boil it, the health unit said, because boiling does not destroy the toxin. It advised them to use bottled water until further notice.

The lake's northern beaches, which are deeper and colder, remained open Friday. The Township of Holm cancelled its annual sandcastle contest, scheduled for Saturday, and moved its fireworks to the town park.

Updates on beach closures are posted daily on the health unit's website.
''',
    s(TDHU, 'the Tessaly District Health Unit', 'Six beaches on Lake Tessaly were closed Friday after water tests found a toxin|four times the provincial limit', 'said'),
    s(TDHU, 'the health unit', "The closures cover every public beach on the lake's shallow southern shore|two tests in a row come back clean", 'said'),
    s(RAO, 'Dr. Anjali Rao, the medical officer of health', ['"If the water looks like pea soup,"', '"stay out of it, and keep your dog out of it too."'], 'said', 'direct', role='medical officer of health'),
    s(RAO, 'she', ['Dogs are at particular risk', 'because they drink the water and lick the algae off their fur'], 'said', role='medical officer of health'),
    s('Keisha Morant', 'Keisha Morant, who had driven two hours from the city with her three children', 'she had seen the signs but let the kids wade "up to their knees, no further."', 'said', 'mixed'),
    s('Keisha Morant', 'she', '"We booked this cottage in January. What am I supposed to do, sit in the car?"', 'said', 'direct'),
    s('Paul Ferland', 'Dr. Paul Ferland, a limnologist at Northshore University who has sampled the lake since 2018', 'Blooms on the lake have come earlier and lasted longer each summer', 'according to', role='limnologist'),
    s('Paul Ferland', 'he', '"We used to see this at the end of August. Now it\'s the third week of July, and some years it\'s June,"', 'said', 'direct', role='limnologist'),
    s('Paul Ferland', 'Ferland', ['Warmer water and calm, sunny days help the algae grow', 'but the main fuel is phosphorus washing in from the land'], 'said', role='limnologist'),
    s('Marjorie Lindqvist', "Marjorie Lindqvist, president of the South Tessaly Cottagers' Association", 'the bloom on fertilizer running off farms upstream and on old septic systems around the lake', 'blamed', role='president'),
    s('Marjorie Lindqvist', 'she', 'Her association has asked the township for years to inspect septic tanks', 'said', role='president'),
    s('Tessaly Federation of Agriculture', 'The Tessaly Federation of Agriculture', 'farmers in the watershed had cut their use of phosphorus fertilizer|"ignores the hundreds of cottages on the shore."', 'said', 'mixed'),
    s('A spokesperson for the Ministry of the Environment', 'A spokesperson for the Ministry of the Environment', 'the ministry was "monitoring the situation closely" and would share its own test results with the health unit', 'said', 'mixed', role='spokesperson'),
    s('Tom Vrabel', 'Tom Vrabel, who rents kayaks and paddleboards at Carver Point', 'he had cancelled 40 bookings since Thursday', 'said'),
    s('Tom Vrabel', 'he', '"Last year it was four days. If this goes two weeks, I don\'t know how we get through the winter,"', 'said', 'direct'),
    s(RAO, 'Rao', 'the same beaches staying closed for 26 days in the summer of 2031', 'remembers', role='medical officer of health'),
    s(RAO, 'her', 'the health unit has issued advisories for the lake in eight of the last ten summers', 'By her own count', role='medical officer of health'),
    s(RAO, 'Rao', 'that would depend on the weather: a few days of wind and rain could break up the bloom', 'said', role='medical officer of health'),
    s(TDHU, 'the health unit', ['Residents who draw drinking water from the lake should not boil it', 'because boiling does not destroy the toxin'], 'said'),
    s(TDHU, 'It', 'them to use bottled water until further notice', 'advised'),
)

NPH = 'Northern Prairie Health'
KOWA = 'Irene Kowalchuk'

doc('au15-paper-carlow-hospital-emergency-overnight-closure', 'Prairie Standard', '2035-04-09', '''
Carlow hospital's emergency room to close overnight starting May 1

Health authority cites doctor shortage; residents say they fear long drives in a crisis

By Aaron Whitecalf

The emergency department at Carlow District Hospital will close from 8 p.m. to 8 a.m. every night starting May 1 because there are not enough doctors to staff it, Northern Prairie Health announced Tuesday.

The health authority said the overnight closure was "temporary" and would be reviewed in September. It said ambulances would take patients to Ridgeford, 74 kilometres away, and that paramedics would be added to the Carlow station to cover the longer trips.

"Nobody wanted to make this decision. We made it because the alternative was a department that could close without warning on any given night," said Dr. Irene Kowalchuk, the authority's vice-president of medical services.

The hospital needs seven physicians to cover its emergency shifts and has had three since January, she said. Two others have accepted jobs in Carlow but cannot start until the fall.

In Carlow, a farming town of about 4,800, few people believe the word "temporary."

Bev Halloran was at home with her husband, Walt, when he collapsed with a heart attack in 2032. She remembers the paramedics getting him to the Carlow emergency room in under 10 minutes.

"If we'd had to go to Ridgeford, I'd be a widow. I'm sure of that," she said.

A petition signed by more than 3,000 residents calls on the province to keep the department open around the clock and to pay signing bonuses to doctors who come to rural hospitals. By her own count, Halloran collected 600 of the signatures herself, outside the grocery store.

A doctor at the hospital, who spoke on condition of anonymity because she is not allowed to speak to reporters, said the shortage had been obvious for at least two years. "We told them in 2033 this was coming. We told them again last spring," she said.

Northern Prairie Health says it has advertised the positions since 2033 and offered bonuses of up to $60,000.

Mayor Gord Ellison called the decision "a slow-motion closure of our hospital." He said the town would offer free housing for a year to any doctor who moves to Carlow.

The Provincial Nurses' Union has warned that the closures will push more patients onto rural ambulance crews that are already stretched. Union president Diane Saint-Pierre said paramedics in the region missed their response-time target on one call in four last year.

According to the authority's own figures, the Carlow emergency department saw an average of nine patients a night between 8 p.m. and 8 a.m. last year, most of them with minor injuries or illnesses.

Health Minister Carol Brandt's office said in a statement that the minister "shares the community's concern" and had asked the authority to report every month on its efforts to recruit doctors. The statement did not say whether the province would pay for signing bonuses.

The opposition's health critic, Samir Haddad, said Carlow was the fourth rural emergency department in the province to cut its hours since 2033. "This government keeps calling these closures temporary. Not one of them has reopened," he said.

Carlow District Hospital opened in 1958 and was expanded in 1994. Its 22 inpatient beds and its laboratory are not affected by the change, and the emergency department will stay open during the day, seven days a week.

A public meeting is set for April 17 at the Carlow curling rink.
''',
    s(NPH, 'Northern Prairie Health', 'The emergency department at Carlow District Hospital will close from 8 p.m. to 8 a.m.|not enough doctors to staff it', 'announced'),
    s(NPH, 'Health authority', 'doctor shortage', 'cites'),
    s('residents', 'residents', 'they fear long drives in a crisis', 'say'),
    s(NPH, 'The health authority', 'the overnight closure was "temporary" and would be reviewed in September', 'said', 'mixed'),
    s(NPH, 'It', 'ambulances would take patients to Ridgeford, 74 kilometres away|to cover the longer trips', 'said'),
    s(KOWA, "Dr. Irene Kowalchuk, the authority's vice-president of medical services", '"Nobody wanted to make this decision. We made it because the alternative|on any given night,"', 'said', 'direct', role='vice-president of medical services'),
    s(KOWA, 'she', 'The hospital needs seven physicians to cover its emergency shifts and has had three since January', 'said', role='vice-president of medical services'),
    s('Bev Halloran', 'She', 'the paramedics getting him to the Carlow emergency room in under 10 minutes', 'remembers'),
    s('Bev Halloran', 'she', '"If we\'d had to go to Ridgeford, I\'d be a widow. I\'m sure of that,"', 'said', 'direct'),
    s('A petition signed by more than 3,000 residents', 'A petition signed by more than 3,000 residents', 'the province to keep the department open around the clock|doctors who come to rural hospitals', 'calls on'),
    s('Bev Halloran', 'her', 'Halloran collected 600 of the signatures herself, outside the grocery store', 'By her own count'),
    s('A doctor at the hospital', 'A doctor at the hospital, who spoke on condition of anonymity because she is not allowed to speak to reporters', 'the shortage had been obvious for at least two years', 'said', role='doctor'),
    s('A doctor at the hospital', 'she', '"We told them in 2033 this was coming. We told them again last spring,"', 'said', 'direct', role='doctor'),
    s(NPH, 'Northern Prairie Health', 'it has advertised the positions since 2033 and offered bonuses of up to $60,000', 'says'),
    s('Gord Ellison', 'Mayor Gord Ellison', 'the decision "a slow-motion closure of our hospital."', 'called', 'mixed', role='Mayor'),
    s('Gord Ellison', 'He', 'the town would offer free housing for a year to any doctor who moves to Carlow', 'said', role='Mayor'),
    s("Provincial Nurses' Union", "The Provincial Nurses' Union", 'the closures will push more patients onto rural ambulance crews that are already stretched', 'has warned'),
    s('Diane Saint-Pierre', 'Union president Diane Saint-Pierre', 'paramedics in the region missed their response-time target on one call in four last year', 'said', role='Union president'),
    s(NPH, "the authority's own figures", 'the Carlow emergency department saw an average of nine patients a night|minor injuries or illnesses', 'According to'),
    s('Carol Brandt', "Health Minister Carol Brandt's office", 'the minister "shares the community\'s concern" and had asked the authority to report every month on its efforts to recruit doctors', 'said', 'mixed', role='Health Minister'),
    s('Samir Haddad', "The opposition's health critic, Samir Haddad", 'Carlow was the fourth rural emergency department in the province to cut its hours since 2033', 'said', role='health critic'),
    s('Samir Haddad', 'he', '"This government keeps calling these closures temporary. Not one of them has reopened,"', 'said', 'direct', role='health critic'),
)

MERC = 'Victor Mercado'
QUIN = 'Helen Quinlan'

doc('au16-paper-dunmore-landlord-fined-unheated-apartments', 'The Dunmore Chronicle', '2035-02-27', '''
Landlord fined $180,000 after tenants spent winter without heat

Judge says company treated repairs as 'optional'; tenants call penalty too small

By Sofia Lindgren, Courts Reporter

A Dunmore property company and its owner were fined a total of $180,000 Wednesday after pleading guilty to leaving tenants in a 48-unit apartment building without reliable heat for most of last winter.

Ashgrove Properties Ltd. and its sole director, Victor Mercado, 61, pleaded guilty in provincial court to 12 counts under the city's property standards bylaw. Charges under the provincial Residential Tenancies Act were withdrawn as part of a plea agreement.

According to an agreed statement of facts read in court, the building's boiler failed at least nine times between November 2033 and March 2034, and temperatures in some units fell below 10 C for days at a time. City inspectors issued four work orders during that period.

Crown prosecutor Natalie Obi told the court that the company had been warned by its own heating contractor in 2032 that the boiler needed replacing.

"This was not bad luck. This was a choice, made again and again, to save money at the tenants' expense," Obi said.

Mercado's lawyer, Stephen Ablett, argued that his client had spent more than $90,000 on repairs during the winter and had replaced the boiler in April. Ablett said Mercado had "learned a hard and expensive lesson."

Mercado did not speak in court. He sat in the front row with his daughter, who manages the company's buildings, and left through a side door after the sentence.

In her decision, Justice Helen Quinlan wrote that the company had treated repairs as "optional, to be done when convenient." She said the guilty pleas and the new boiler were the only reasons the fine was not higher.

"Heat in a northern winter is not a luxury. It is the least a landlord owes," Quinlan said as she read her decision.

Three tenants read victim impact statements. Amira Yusuf, who lives on the fourth floor with two young children, told the court her family had slept in their coats for most of January.

"My son asked me if we were poor now. I didn't know what to tell him," she said, her voice breaking.

Outside the courthouse, tenants said the fine was too small for a company that owns 11 buildings in the city. "One hundred and eighty thousand dollars, for a whole winter of our lives," said Harold Bekele, 73, who has lived in the building since 1998.

The Dunmore Tenants' Union, which helped the tenants file complaints, said it would ask city council to raise the maximum fines under the bylaw. Its organizer, Leah Martinez, said the union had heard from tenants in two other Ashgrove buildings this winter.

Asked whether the company planned to appeal, Ablett said it did not.

The city's bylaw office says it has laid 37 charges under the property standards bylaw since 2033, most of them against owners of older rental buildings.

The fine is the largest imposed under the bylaw since it was passed in 2019, according to the city's legal department.
''',
    s(QUIN, 'Judge', "company treated repairs as 'optional'", 'says', 'mixed', role='Justice'),
    s('tenants', 'tenants', 'penalty too small', 'call'),
    s('Ashgrove Properties Ltd. and Victor Mercado', 'Ashgrove Properties Ltd. and its sole director, Victor Mercado, 61', '12 counts under the city\'s property standards bylaw', 'pleaded guilty'),
    s('agreed statement of facts', 'an agreed statement of facts read in court', "the building's boiler failed at least nine times|for days at a time", 'According to'),
    s('Natalie Obi', 'Crown prosecutor Natalie Obi', 'the company had been warned by its own heating contractor in 2032 that the boiler needed replacing', 'told', role='Crown prosecutor'),
    s('Natalie Obi', 'Obi', '"This was not bad luck. This was a choice, made again and again, to save money at the tenants\' expense,"', 'said', 'direct', role='Crown prosecutor'),
    s('Stephen Ablett', "Mercado's lawyer, Stephen Ablett", 'his client had spent more than $90,000 on repairs during the winter and had replaced the boiler in April', 'argued', role='lawyer'),
    s('Stephen Ablett', 'Ablett', 'Mercado had "learned a hard and expensive lesson."', 'said', 'mixed', role='lawyer'),
    s(QUIN, 'Justice Helen Quinlan', 'the company had treated repairs as "optional, to be done when convenient."', 'wrote', 'mixed', role='Justice'),
    s(QUIN, 'She', 'the guilty pleas and the new boiler were the only reasons the fine was not higher', 'said', role='Justice'),
    s(QUIN, 'Quinlan', '"Heat in a northern winter is not a luxury. It is the least a landlord owes,"', 'said', 'direct', role='Justice'),
    s('Amira Yusuf', 'Amira Yusuf, who lives on the fourth floor with two young children', 'her family had slept in their coats for most of January', 'told'),
    s('Amira Yusuf', 'she', '"My son asked me if we were poor now. I didn\'t know what to tell him,"', 'said', 'direct'),
    s('tenants', 'tenants', 'the fine was too small for a company that owns 11 buildings in the city', 'said'),
    s('Harold Bekele', 'Harold Bekele, 73, who has lived in the building since 1998', '"One hundred and eighty thousand dollars, for a whole winter of our lives,"', 'said', 'direct'),
    s("Dunmore Tenants' Union", "The Dunmore Tenants' Union, which helped the tenants file complaints", 'it would ask city council to raise the maximum fines under the bylaw', 'said'),
    s('Leah Martinez', 'Its organizer, Leah Martinez', 'the union had heard from tenants in two other Ashgrove buildings this winter', 'said', role='organizer'),
    s('Stephen Ablett', 'Ablett', 'it did not', 'said', role='lawyer'),
    s("city's bylaw office", "The city's bylaw office", 'it has laid 37 charges under the property standards bylaw since 2033|older rental buildings', 'says'),
    s("city's legal department", "the city's legal department", 'The fine is the largest imposed under the bylaw since it was passed in 2019', 'according to'),
)
