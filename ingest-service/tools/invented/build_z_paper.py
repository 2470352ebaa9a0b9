"""Set Z's five North American newspaper articles (see build_z.py)."""
from invented_common import doc_spans as doc, s

TREAS = 'Desmond Pryce-Whitaker'
JUDGE = 'Harriet Lockridge-Awuah'
CROWN = 'Natalia Ferreira-Holmgren'
DEF = 'Graham Tuckwell-Oduya'
CHAIR = 'Yolanda Birchall-Nwachukwu'

doc('z12-paper-court-school-board-treasurer-sentenced', 'The Port Alder Sentinel', '2030-04-26', '''
Ex-school board treasurer gets four years for diverting $1.3M

Judge calls scheme ‘a betrayal of every child in the district’

By Miriam Colquhoun-Asare
Staff Reporter

A former treasurer of the Port Alder District School Board who steered $1.3 million in board money into a shell company over six years was sentenced Friday to four years in prison.

Desmond Pryce-Whitaker, 57, pleaded guilty in January to fraud over $5,000 and laundering the proceeds of crime. He had faced up to 14 years.

In handing down the sentence, Superior Court Justice Harriet Lockridge-Awuah said the money had been meant for school repairs, special-education aides and a breakfast program, and that its loss had been felt in classrooms across the district.

“This was not a lapse. It was a plan, carried out month after month by a man who was trusted precisely because he seemed so careful,” the judge said. “It was a betrayal of every child in the district.”

She also ordered Pryce-Whitaker to pay restitution of $1.1 million, the amount investigators were unable to recover.

Court heard that Pryce-Whitaker created a company called Lakeview Facility Services in 2023 and approved invoices from it for maintenance work that was never done. The scheme came to light in 2029 when a newly hired auditor noticed that the company shared a mailing address with the treasurer’s brother-in-law.

Crown attorney Natalia Ferreira-Holmgren had asked for five years, arguing that the length of the fraud and the vulnerability of the victims called for a sentence that would deter others in positions of trust.

Defence lawyer Graham Tuckwell-Oduya sought a conditional sentence of two years less a day, to be served in the community. He told the court his client had been drinking heavily after the death of his wife and had used most of the money to pay gambling debts. “He is not asking for sympathy. He is asking the court to see the whole man,” Tuckwell-Oduya said.

Justice Lockridge-Awuah rejected that request, ruling that a conditional sentence would not reflect the gravity of the offence.

Before the sentence was read, Pryce-Whitaker stood and turned toward the public gallery, where about 20 parents and teachers were seated.

“I am ashamed of what I did,” he said, his voice barely audible. “I know that an apology does not fix a roof or pay an aide. I will spend the rest of my life paying back what I can.”

In a victim impact statement read aloud by the Crown, the parent of a student with autism described how her son lost his classroom aide in 2027 when the board cut 11 positions to balance its budget.

“My son went from a child who liked school to a child who hid under the kitchen table every morning,” she wrote.

The board’s chair, Yolanda Birchall-Nwachukwu, said outside the courthouse that the board had since changed its procedures so that no single employee could approve payments to a supplier. She said the board would ask the province to let it keep any money recovered for the schools that lost the most.

“Today closes a chapter, but it does not give those kids back their years,” she said.

Pryce-Whitaker was taken into custody after the hearing. His lawyer said he had not decided whether to appeal.
''',
    s(JUDGE, 'Judge', 'scheme ‘a betrayal of every child in the district’', 'calls', 'mixed', role='Superior Court Justice'),
    s(TREAS, 'Desmond Pryce-Whitaker', 'fraud over $5,000 and laundering the proceeds of crime', 'pleaded guilty'),
    s(JUDGE, 'Superior Court Justice Harriet Lockridge-Awuah', 'the money had been meant for school repairs, special-education aides and a breakfast program, and that its loss had been felt in classrooms across the district', 'said', role='Superior Court Justice'),
    s(JUDGE, 'the judge', '“This was not a lapse. It was a plan, carried out month after month by a man who was trusted precisely because he seemed so careful,”', 'said', 'direct', role='Superior Court Justice'),
    s(JUDGE, '', '“It was a betrayal of every child in the district.”', '', 'direct', role='Superior Court Justice'),
    s(CROWN, 'Crown attorney Natalia Ferreira-Holmgren', 'five years, arguing that|in positions of trust', 'had asked for', role='Crown attorney'),
    s(DEF, 'He', 'his client had been drinking heavily after the death of his wife and had used most of the money to pay gambling debts', 'told', role='Defence lawyer'),
    s(DEF, 'Tuckwell-Oduya', '“He is not asking for sympathy. He is asking the court to see the whole man,”', 'said', 'direct', role='Defence lawyer'),
    s(JUDGE, 'Justice Lockridge-Awuah', 'a conditional sentence would not reflect the gravity of the offence', 'ruling', role='Superior Court Justice'),
    s(TREAS, 'he', '“I am ashamed of what I did,”', 'said', 'direct'),
    s(TREAS, '', '“I know that an apology does not fix a roof or pay an aide. I will spend the rest of my life paying back what I can.”', '', 'direct'),
    s('the parent of a student with autism', 'the parent of a student with autism', 'how her son lost his classroom aide in 2027 when the board cut 11 positions to balance its budget', 'described'),
    s('the parent of a student with autism', 'she', '“My son went from a child who liked school to a child who hid under the kitchen table every morning,”', 'wrote', 'direct'),
    s(CHAIR, 'The board’s chair, Yolanda Birchall-Nwachukwu', 'the board had since changed its procedures so that no single employee could approve payments to a supplier', 'said', role='chair'),
    s(CHAIR, 'She', 'the board would ask the province to let it keep any money recovered for the schools that lost the most', 'said', role='chair'),
    s(CHAIR, 'she', '“Today closes a chapter, but it does not give those kids back their years,”', 'said', 'direct', role='chair'),
    s(DEF, 'His lawyer', 'he had not decided whether to appeal', 'said', role='Defence lawyer'),
)

MAYOR = 'Francine Delacroix-Ababio'
CLR1 = 'Omar Whitlock-Nagy'
CLR2 = 'Beatrix Hollings-Mensah'
TRANSIT = 'Elliot Sandoval-Kyei'

doc('z13-paper-city-hall-transit-garage-vote', 'The Ravenmoor Ledger', '2030-02-11', '''
Council backs $48M bus garage in Eastgate after five-hour debate

Residents say site will bring diesel fumes to their doorsteps; mayor says city ‘out of room and out of time’

By Calvin Mortensen-Asamoah
City Hall Reporter

Ravenmoor city council voted 8-5 late Tuesday to build a $48-million bus maintenance garage on a former rail yard in Eastgate, ending a two-year search for a site but leaving many of the neighbourhood’s residents angry.

The garage will house up to 120 buses, including the 40 battery-electric buses the city has ordered for delivery in 2032. The current garage on Fenwick Street, built in 1964, can hold only 85 buses and floods every spring.

Mayor Francine Delacroix-Ababio, who had pushed for the Eastgate site since last summer, said the city had no other option.

“We are out of room and out of time. Every month we wait, the price goes up and the old garage gets worse,” she told council before the vote.

Transit general manager Elliot Sandoval-Kyei told councillors that about a third of the fleet was being parked outdoors overnight because of the lack of space, which he said shortened the life of the buses and delayed the morning service in winter.

A staff report presented to council estimated that building on the alternative site, on the city’s western edge, would add $9 million to the cost and eight minutes to every trip buses make between the garage and the start of their routes.

More than 30 residents signed up to speak. Many said Eastgate, one of the city’s lowest-income neighbourhoods, already lives with a scrapyard, a highway interchange and a cement plant.

“Every time this city needs somewhere to put something loud and dirty, it looks at a map and finds us,” said Lorraine Okafor-Bellamy, who has lived on Quarry Road for 31 years. “Nobody ever put a bus garage in Westbrook.”

Ward 4 Coun. Omar Whitlock-Nagy, who represents Eastgate, voted against the plan and accused staff of choosing the site before consulting anyone. He said he had asked twice for a full air-quality study and been told there was no budget for it.

“I’m not against buses. I’m against deciding first and asking later,” Whitlock-Nagy said.

Coun. Beatrix Hollings-Mensah saw it differently. Electric buses, she said, make far less noise than the diesel trucks already using the rail yard for storage. “If we want to clean up Eastgate, replacing a truck yard with an electric bus depot is a start,” she said.

The council also passed, 13-0, a motion from Whitlock-Nagy requiring a noise barrier along Quarry Road and a community liaison committee during construction.

Sandoval-Kyei said construction could begin in the spring of 2031 if the provincial grant, which would cover 40 per cent of the cost, is confirmed by the fall.

Asked after the meeting whether residents could still stop the project, the mayor said only that council “has made its decision” and that the city would “work with the neighbourhood on the details.”

The Eastgate Residents’ Association said in a statement Wednesday that it was studying a legal challenge.
''',
    s('Residents', 'Residents', 'site will bring diesel fumes to their doorsteps', 'say'),
    s(MAYOR, 'mayor', 'city ‘out of room and out of time’', 'says', 'mixed', role='Mayor'),
    s(MAYOR, 'Mayor Francine Delacroix-Ababio', 'the city had no other option', 'said', role='Mayor'),
    s(MAYOR, 'she', '“We are out of room and out of time. Every month we wait, the price goes up and the old garage gets worse,”', 'told', 'direct', role='Mayor'),
    s(TRANSIT, 'Transit general manager Elliot Sandoval-Kyei', 'about a third of the fleet was being parked outdoors overnight because of the lack of space, which he said shortened the life of the buses and delayed the morning service in winter', 'told', role='Transit general manager'),
    s('A staff report', 'A staff report presented to council', 'building on the alternative site, on the city’s western edge, would add $9 million to the cost and eight minutes to every trip buses make between the garage and the start of their routes', 'estimated'),
    s('More than 30 residents', 'Many', 'Eastgate, one of the city’s lowest-income neighbourhoods, already lives with a scrapyard, a highway interchange and a cement plant', 'said'),
    s('Lorraine Okafor-Bellamy', 'Lorraine Okafor-Bellamy', '“Every time this city needs somewhere to put something loud and dirty, it looks at a map and finds us,”', 'said', 'direct'),
    s('Lorraine Okafor-Bellamy', '', '“Nobody ever put a bus garage in Westbrook.”', '', 'direct'),
    s(CLR1, 'Ward 4 Coun. Omar Whitlock-Nagy', 'staff of choosing the site before consulting anyone', 'accused', role='Ward 4 Coun.'),
    s(CLR1, 'He', 'he had asked twice for a full air-quality study and been told there was no budget for it', 'said', role='Ward 4 Coun.'),
    s(CLR1, 'Whitlock-Nagy', '“I’m not against buses. I’m against deciding first and asking later,”', 'said', 'direct', role='Ward 4 Coun.'),
    s(CLR2, 'she', ['Electric buses,', 'make far less noise than the diesel trucks already using the rail yard for storage'], 'said', role='Coun.', anchor='saw it differently'),
    s(CLR2, 'she', '“If we want to clean up Eastgate, replacing a truck yard with an electric bus depot is a start,”', 'said', 'direct', role='Coun.'),
    s(TRANSIT, 'Sandoval-Kyei', 'construction could begin in the spring of 2031 if the provincial grant, which would cover 40 per cent of the cost, is confirmed by the fall', 'said', role='Transit general manager'),
    s(MAYOR, 'the mayor', 'council “has made its decision” and that the city would “work with the neighbourhood on the details.”', 'said only', 'mixed', role='Mayor'),
    s('The Eastgate Residents’ Association', 'The Eastgate Residents’ Association', 'it was studying a legal challenge', 'said'),
)

CEO = 'Priscilla Vandermeer-Osei'
LOCAL = 'Raymond Kowalski-Appiah'

doc('z14-paper-business-bakery-plant-closure', 'The Harlow Falls Courier', '2030-09-03', '''
Golden Crust to close Harlow Falls bakery, cutting 210 jobs

Company blames rising energy costs; union says workers learned of closure ‘from a press release’

By Theresa Abernathy-Quansah
Business Reporter

Golden Crust Bakeries will close its Harlow Falls plant by the end of March and move production of its sandwich bread and buns to a newer facility in Brantwick, the company announced Tuesday, eliminating 210 jobs in a town where it has baked bread since 1952.

In a memo to employees obtained by the Courier, chief executive Priscilla Vandermeer-Osei wrote that the Harlow Falls plant’s ovens were “at the end of their working life” and that replacing them would cost more than $35 million.

“This decision has nothing to do with the dedication of the people in Harlow Falls, who have kept an old plant running far longer than anyone expected,” she wrote.

The company said energy costs at the plant had nearly doubled since 2027 and that the Brantwick facility uses about 40 per cent less natural gas per loaf.

Golden Crust, which is privately owned, does not publish its earnings. A spokesperson, Jordan Mills-Oppong, said in an email that all affected employees would be offered severance above the legal minimum and that about 60 positions would be available at the Brantwick plant for those willing to relocate. He declined to say how many of the Harlow Falls employees were expected to accept.

Workers at the plant are represented by Local 417 of the Bakery and Confectionery Workers Union. Local president Raymond Kowalski-Appiah said the union had been told of the closure an hour before the company’s news release went out.

“Our members found out from a press release, not from their own managers. After 78 years, that’s how they say goodbye,” he said.

Kowalski-Appiah said the union would ask the company to delay the closure until the end of the school year and to pay for retraining. The current collective agreement expires in 2031.

Mayor Gordon Featherstonehaugh-Adu called the announcement “a gut punch” for a town of 14,000. He said the plant is the second-largest private employer in Harlow Falls after the regional hospital and that its suppliers, from flour mills to trucking firms, employ dozens more.

“We will do everything we can to find a buyer for that building, but let’s be honest: you don’t replace 210 jobs with a sign that says ‘For Lease,’ ” Featherstonehaugh-Adu said.

Industrial bakeries across the region have been under pressure from higher costs and from supermarket chains that bake their own bread in-store. According to Statistics Board figures, the number of commercial bakeries in the province has fallen by about a fifth since 2020.

Food industry analyst Marguerite Olufemi-Castell, of Eastbridge Consulting, said consolidation was likely to continue. “A 70-year-old plant can’t compete with a new one on energy, full stop,” she said. “The question is whether the new plants get built here or somewhere else.”

Linda Trudeau-Mensah, who has worked on the bun line for 23 years, said she was not surprised. “They stopped fixing things two years ago. When they stop fixing things, you know,” she said. She plans to look for work at the hospital.
''',
    s('Golden Crust Bakeries', 'Company', 'rising energy costs', 'blames'),
    s(LOCAL, 'union', 'workers learned of closure ‘from a press release’', 'says', 'mixed', role='Local president'),
    s('Golden Crust Bakeries', 'the company', 'Golden Crust Bakeries will close its Harlow Falls plant by the end of March and move production of its sandwich bread and buns to a newer facility in Brantwick', 'announced'),
    s(CEO, 'chief executive Priscilla Vandermeer-Osei', 'the Harlow Falls plant’s ovens were “at the end of their working life” and that replacing them would cost more than $35 million', 'wrote', 'mixed', role='chief executive'),
    s(CEO, 'she', '“This decision has nothing to do with the dedication of the people in Harlow Falls, who have kept an old plant running far longer than anyone expected,”', 'wrote', 'direct', role='chief executive'),
    s('Golden Crust Bakeries', 'The company', 'energy costs at the plant had nearly doubled since 2027 and that the Brantwick facility uses about 40 per cent less natural gas per loaf', 'said'),
    s('Jordan Mills-Oppong', 'A spokesperson, Jordan Mills-Oppong', 'all affected employees would be offered severance above the legal minimum and that about 60 positions would be available at the Brantwick plant for those willing to relocate', 'said', role='spokesperson'),
    s(LOCAL, 'Local president Raymond Kowalski-Appiah', 'the union had been told of the closure an hour before the company’s news release went out', 'said', role='Local president'),
    s(LOCAL, 'he', '“Our members found out from a press release, not from their own managers. After 78 years, that’s how they say goodbye,”', 'said', 'direct', role='Local president'),
    s(LOCAL, 'Kowalski-Appiah', 'the union would ask the company to delay the closure until the end of the school year and to pay for retraining', 'said', role='Local president'),
    s('Gordon Featherstonehaugh-Adu', 'Mayor Gordon Featherstonehaugh-Adu', 'the announcement “a gut punch” for a town of 14,000', 'called', 'mixed', role='Mayor'),
    s('Gordon Featherstonehaugh-Adu', 'He', 'the plant is the second-largest private employer in Harlow Falls after the regional hospital and that its suppliers, from flour mills to trucking firms, employ dozens more', 'said', role='Mayor'),
    s('Gordon Featherstonehaugh-Adu', 'Featherstonehaugh-Adu', '“We will do everything we can|‘For Lease,’ ”', 'said', 'direct', role='Mayor'),
    s('Statistics Board', 'Statistics Board figures', 'the number of commercial bakeries in the province has fallen by about a fifth since 2020', 'According to'),
    s('Marguerite Olufemi-Castell', 'Food industry analyst Marguerite Olufemi-Castell, of Eastbridge Consulting', 'consolidation was likely to continue', 'said', role='Food industry analyst'),
    s('Marguerite Olufemi-Castell', 'she', '“A 70-year-old plant can’t compete with a new one on energy, full stop,”', 'said', 'direct', role='Food industry analyst'),
    s('Marguerite Olufemi-Castell', '', '“The question is whether the new plants get built here or somewhere else.”', '', 'direct', role='Food industry analyst'),
    s('Linda Trudeau-Mensah', 'Linda Trudeau-Mensah', 'she was not surprised', 'said'),
    s('Linda Trudeau-Mensah', 'she', '“They stopped fixing things two years ago. When they stop fixing things, you know,”', 'said', 'direct'),
)

COACH = 'Warren Ashdown-Boateng'
GOALIE = 'Mikael Lindstrom-Achebe'
CAPT = 'Tristan Delorme-Asante'

doc('z15-paper-sport-hockey-comeback-overtime', 'The Lakeport Herald', '2030-03-02', '''
Lakeport rallies from three down, wins in OT as Lindstrom-Achebe stands tall

Coach says comeback ‘the best 25 minutes we’ve played all year’

By Dale Whitmore-Opoku
Sports Reporter

For most of two periods on Saturday night, the Lakeport Lynx looked like a team counting the days to the end of the season. Then they stopped counting.

Down 3-0 midway through the second period, the Lynx scored four unanswered goals, the last by captain Tristan Delorme-Asante 2:41 into overtime, to beat the Cedar Bluff Foxes 4-3 in front of 7,900 fans at Harbourfront Arena.

The win moved Lakeport within two points of the final playoff spot with eleven games left.

“That was the best 25 minutes we’ve played all year,” Lynx coach Warren Ashdown-Boateng said. “I didn’t say anything special in the room. I just told them the scoreboard doesn’t care how we feel.”

Cedar Bluff had dominated early. Winger Ross Haldane-Kuffuor scored twice in the first period, and defenceman Pavel Orlov-Mensah added a third on a power play at 9:14 of the second.

The turn came after Lynx goaltender Mikael Lindstrom-Achebe stopped a Foxes breakaway with his left pad a minute later. Rookie Samir Castellanos-Obeng scored on the next shift, and the building came alive. Castellanos-Obeng, 19, has seven goals in ten games since being called up from the junior ranks in January.

Lindstrom-Achebe made 38 saves, 17 of them in the third period, when Cedar Bluff outshot Lakeport 17-6.

“Honestly, after the third goal I was just trying to make it look less bad,” the goalie said with a grin. “Then the guys started scoring and I thought, OK, maybe I should stop letting them in.”

Defenceman Hugo Fairclough-Addai tied the game with 1:52 left in regulation, a wrist shot from the point through traffic.

In overtime, Delorme-Asante took a pass from Castellanos-Obeng at the blue line, cut inside and beat Foxes goalie Anton Wexford-Nyame high on the glove side.

“I saw a bit of space over his shoulder and I just tried to hit it,” the captain said. “The rookie made the play. I just finished it.”

Ashdown-Boateng said he had considered pulling Lindstrom-Achebe after the third goal but decided against it. “He wasn’t the problem. We were,” he said.

Foxes coach Martine Leclair-Osei was blunt about the collapse. She said her team had “stopped skating” once it went up by three.

“You can’t play 30 minutes in this league and expect to win,” she said.

Haldane-Kuffuor, who leads the Foxes with 29 goals, saw the play differently. “I never kicked it. It went in off my shin pad,” he told reporters outside the dressing room.

The referees disallowed what would have been a Foxes goal early in the third period, ruling that Haldane-Kuffuor had kicked the puck in. Leclair-Osei said she had not seen a replay and would not comment on the call.

Lakeport hosts the Millhaven Stags on Tuesday. Ashdown-Boateng said defenceman Luc Brissette-Agyeman, out since January with a broken wrist, could return for that game.
''',
    s(COACH, 'Coach', 'comeback ‘the best 25 minutes we’ve played all year’', 'says', 'mixed', role='coach'),
    s(COACH, 'Lynx coach Warren Ashdown-Boateng', '“That was the best 25 minutes we’ve played all year,”', 'said', 'direct', role='coach'),
    s(COACH, '', '“I didn’t say anything special in the room. I just told them the scoreboard doesn’t care how we feel.”', '', 'direct', role='coach'),
    s(GOALIE, 'the goalie', '“Honestly, after the third goal I was just trying to make it look less bad,”', 'said', 'direct', role='goaltender'),
    s(GOALIE, '', '“Then the guys started scoring and I thought, OK, maybe I should stop letting them in.”', '', 'direct', role='goaltender'),
    s(CAPT, 'the captain', '“I saw a bit of space over his shoulder and I just tried to hit it,”', 'said', 'direct', role='captain'),
    s(CAPT, '', '“The rookie made the play. I just finished it.”', '', 'direct', role='captain'),
    s(COACH, 'Ashdown-Boateng', 'he had considered pulling Lindstrom-Achebe after the third goal but decided against it', 'said', role='coach'),
    s(COACH, 'he', '“He wasn’t the problem. We were,”', 'said', 'direct', role='coach'),
    s('Martine Leclair-Osei', 'She', 'her team had “stopped skating” once it went up by three', 'said', 'mixed', role='Foxes coach'),
    s('Martine Leclair-Osei', 'she', '“You can’t play 30 minutes in this league and expect to win,”', 'said', 'direct', role='Foxes coach'),
    s('Ross Haldane-Kuffuor', 'he', '“I never kicked it. It went in off my shin pad,”', 'told', 'direct', role='Winger'),
    s('The referees', 'The referees', 'Haldane-Kuffuor had kicked the puck in', 'ruling'),
    s('Martine Leclair-Osei', 'Leclair-Osei', 'she had not seen a replay and would not comment on the call', 'said', role='Foxes coach'),
    s(COACH, 'Ashdown-Boateng', 'defenceman Luc Brissette-Agyeman, out since January with a broken wrist, could return for that game', 'said', role='coach'),
)

CAPN = 'Earl Donnelly-Afriyie'
DAUGH = 'Shauna Donnelly-Afriyie'
NURSE = 'Abigail Tremblay-Oduro'
HIST = 'Winston Carmichael-Ansah'
ENG = 'Rebecca Lindqvist-Morrow'

doc('z16-paper-feature-cable-ferry-final-crossing', 'The Tillbury County Record', '2030-10-30', '''
Last crossing: after 104 years, the Kettering cable ferry hands the river to a bridge

Operators, commuters and one very old dog say goodbye to the little boat that held two shores together

By Naomi Pettigrew-Asiamah
Features Writer

KETTERING CROSSING — At 6:10 on a grey Thursday morning, Earl Donnelly-Afriyie pulls the bell cord twice, the way he has done roughly 90,000 times, and the Kettering ferry begins to creep across the Alder River on its steel cable.

On Saturday it will creep across for the last time. A two-lane bridge a kilometre downstream opens on Monday, and the county has sold the ferry to a museum in Port Wendell.

Donnelly-Afriyie, 66, has run the ferry for 38 years. He says he has missed exactly four days of work, three of them for the births of his children.

“People think it’s boring, going back and forth on a rope,” he says. “It’s never the same river twice. Fog, ice, a moose swimming across — you see everything from here.”

His daughter, Shauna Donnelly-Afriyie, who started working as a deckhand at 16 and now teaches school in Kettering, says her father treated the ferry like a fourth child.

“He knew which bolts squeaked in cold weather. He knew the cable’s moods,” she says. “When they told him about the bridge, he didn’t say anything for a whole day.”

Her father shrugs at that. The bridge, he says, is good news for the ambulance and the school buses, and that matters more than his feelings.

For commuters, the ferry has been both a lifeline and a daily gamble. Abigail Tremblay-Oduro, a nurse at the county hospital in Tillbury, has crossed twice a day for 19 years. She remembers the winter of 2019, when ice jammed the crossing for nine days and she slept on a cot in the hospital’s staff room.

“I will not miss waiting in a line of cars at 5:45 in the morning,” she says. “But I will miss Earl’s weather report. He was always right.”

Not everyone is sentimental. Dale Hutchinson-Amoah, who trucks gravel from the quarry on the east bank, says the ferry’s 12-tonne limit forced him to make three trips where one would do. “That bridge is 40 years late,” he says.

The county’s engineer, Rebecca Lindqvist-Morrow, says the bridge cost $31 million, of which the province paid two thirds, and will cut the trip from the east bank to Tillbury by 20 minutes for most drivers. The ferry had become expensive to keep, she says: its cable has to be replaced every six years, and its hull failed an inspection in 2028.

Winston Carmichael-Ansah, a volunteer at the Tillbury County Museum, has spent the fall collecting photos and stories from families on both banks. According to his research, the first ferry at the crossing, a rowing scow, began operating in 1872; the cable ferry arrived in 1926.

“Every family on this river has a ferry story — a wedding party that missed the last crossing, a calf born on the deck,” he says. “A bridge will be faster. It will never be a place.”

Deckhand Connor Beaulieu-Mensah, 19, will move to a job with the county roads department. He says the older operators warned him he would miss the river. “I didn’t believe them in June,” he says. “I believe them now.”

And the dog? Biscuit, a 15-year-old retriever, has ridden the ferry every day with Donnelly-Afriyie since she was a puppy. He says she will get a final crossing on Saturday, with the mayor and a brass band.

“She doesn’t know about bridges,” he says. “She’ll just think it’s a long weekend.”
''',
    s(CAPN, 'He', 'he has missed exactly four days of work, three of them for the births of his children', 'says'),
    s(CAPN, 'he', '“People think it’s boring, going back and forth on a rope,”', 'says', 'direct'),
    s(CAPN, '', '“It’s never the same river twice. Fog, ice, a moose swimming across — you see everything from here.”', '', 'direct'),
    s(DAUGH, 'His daughter, Shauna Donnelly-Afriyie', 'her father treated the ferry like a fourth child', 'says'),
    s(DAUGH, 'she', '“He knew which bolts squeaked in cold weather. He knew the cable’s moods,”', 'says', 'direct'),
    s(DAUGH, '', '“When they told him about the bridge, he didn’t say anything for a whole day.”', '', 'direct'),
    s(CAPN, 'he', ['The bridge,', 'is good news for the ambulance and the school buses, and that matters more than his feelings'], 'says', anchor='Her father shrugs'),
    s(NURSE, 'She', 'the winter of 2019, when ice jammed the crossing for nine days and she slept on a cot in the hospital’s staff room', 'remembers', role='a nurse at the county hospital in Tillbury'),
    s(NURSE, 'she', '“I will not miss waiting in a line of cars at 5:45 in the morning,”', 'says', 'direct', role='a nurse at the county hospital in Tillbury'),
    s(NURSE, '', '“But I will miss Earl’s weather report. He was always right.”', '', 'direct', role='a nurse at the county hospital in Tillbury'),
    s('Dale Hutchinson-Amoah', 'Dale Hutchinson-Amoah', 'the ferry’s 12-tonne limit forced him to make three trips where one would do', 'says'),
    s('Dale Hutchinson-Amoah', 'he', '“That bridge is 40 years late,”', 'says', 'direct'),
    s(ENG, 'The county’s engineer, Rebecca Lindqvist-Morrow', 'the bridge cost $31 million, of which the province paid two thirds, and will cut the trip from the east bank to Tillbury by 20 minutes for most drivers', 'says', role='engineer'),
    s(ENG, 'she', 'The ferry had become expensive to keep|failed an inspection in 2028.', 'says', role='engineer'),
    s(HIST, 'his research', 'the first ferry at the crossing, a rowing scow, began operating in 1872; the cable ferry arrived in 1926', 'According to', role='a volunteer at the Tillbury County Museum'),
    s(HIST, 'he', '“Every family on this river has a ferry story — a wedding party that missed the last crossing, a calf born on the deck,”', 'says', 'direct', role='a volunteer at the Tillbury County Museum'),
    s(HIST, '', '“A bridge will be faster. It will never be a place.”', '', 'direct', role='a volunteer at the Tillbury County Museum'),
    s('Connor Beaulieu-Mensah', 'He', 'the older operators warned him he would miss the river', 'says', role='Deckhand'),
    s('the older operators', 'the older operators', 'he would miss the river', 'warned', nested=True, via='Connor Beaulieu-Mensah'),
    s('Connor Beaulieu-Mensah', 'he', '“I didn’t believe them in June,”', 'says', 'direct', role='Deckhand'),
    s('Connor Beaulieu-Mensah', '', '“I believe them now.”', '', 'direct', role='Deckhand'),
    s(CAPN, 'He', 'she will get a final crossing on Saturday, with the mayor and a brass band', 'says'),
    s(CAPN, 'he', '“She doesn’t know about bridges,”', 'says', 'direct'),
    s(CAPN, '', '“She’ll just think it’s a long weekend.”', '', 'direct'),
)
