"""Set AI's five North American newspaper articles (see build_ai.py)."""
from invented_common import doc_spans as doc, s

CAST = 'Ruth Castellanos'
WHIT = 'Derek Whitfield'
OYEL = 'Sam Oyelaran'

doc('ai12-paper-port-adair-mayoral-debate', 'The Port Adair Ledger', '2033-10-15', '''
Housing, potholes and a pier: Mayoral hopefuls spar in first debate

Challengers say city hall has lost its way; mayor says record speaks for itself

By Nora Jablonski
Ledger Staff Writer

PORT ADAIR - The three candidates for mayor of Port Adair spent most of their first televised debate Tuesday night arguing about the same thing voters complain about most: how hard it has become to find a place to live in the city.

Mayor Ruth Castellanos, seeking a third term, told an audience of about 300 at the Harbor Arts Center that the city had approved more new homes in the last four years than in the previous ten combined.

"We didn't talk about housing. We built it," Castellanos said. "There are 4,200 families living in homes that didn't exist when I took office."

City Councilman Derek Whitfield, who represents the East Ward, said most of those units were luxury apartments that working families could not afford, and accused the mayor of letting developers write the city's zoning rules.

"The mayor likes to count buildings. I'd rather count the teachers and nurses who can't afford to live in the city they serve," Whitfield said, drawing the loudest applause of the night.

Castellanos shot back that Whitfield had voted against two of the three affordable housing projects that came before the council last year.

"You can't vote no and then complain that nothing got built, Derek," she said.

Whitfield said he had opposed those projects because they were placed next to the rail yard, where air quality is among the worst in the county, and not because he opposed affordable housing.

The third candidate, restaurant owner Sam Oyelaran, who has never held office, mostly stayed out of the exchange between the two officials. Asked by a moderator how he would pay for his promise to repair every street in the city within five years, Oyelaran said he would find the money by cutting the city's spending on outside consultants, which he put at $31 million a year.

"I've run a kitchen for 22 years. When money goes missing, you find it," he said.

The city's budget office has put consultant spending at about $18 million last year.

The sharpest moment came near the end, when the candidates were asked about the city's plan to spend $64 million rebuilding the Old Pier as a park and concert space.

Oyelaran called the plan "a monument for people who don't have to worry about rent." Whitfield said he supported the idea of a new pier but not the price, and that he would put the project to a public vote.

Castellanos defended it, saying the pier would bring visitors and jobs to a waterfront that has been empty for a decade. Half of the cost will be covered by a state grant, she said.

Voters interviewed after the debate were divided. Lydia Marsh, a retired school bus driver from the South End, said she had come undecided and was leaving undecided.

"They all said nice things about housing. None of them said what they'll do for people like me who already have a home and can't afford the taxes on it," Marsh said.

Carlos Benitez, 31, who works at a hospital downtown, said Oyelaran had impressed him.

"He sounded like a guy who actually has to make payroll," Benitez said.

The election is Nov. 4. A second debate, focused on public safety, is scheduled for Oct. 28 at Port Adair Community College.
''',
    s('Derek Whitfield and Sam Oyelaran', 'Challengers', 'city hall has lost its way', 'say'),
    s(CAST, 'mayor', 'record speaks for itself', 'says', role='mayor'),
    s(CAST, 'Mayor Ruth Castellanos, seeking a third term', 'the city had approved more new homes in the last four years than in the previous ten combined', 'told', role='Mayor'),
    s(CAST, 'Castellanos', '"We didn\'t talk about housing. We built it,"', 'said', 'direct', role='Mayor'),
    s(CAST, '', '"There are 4,200 families living in homes that didn\'t exist when I took office."', '', 'direct', role='Mayor'),
    s(WHIT, 'City Councilman Derek Whitfield, who represents the East Ward', 'most of those units were luxury apartments that working families could not afford', 'said', role='City Councilman'),
    s(WHIT, 'City Councilman Derek Whitfield, who represents the East Ward', "the mayor of letting developers write the city's zoning rules", 'accused', role='City Councilman'),
    s(WHIT, 'Whitfield', '"The mayor likes to count buildings.|the city they serve,"', 'said', 'direct', role='City Councilman'),
    s(CAST, 'Castellanos', 'Whitfield had voted against two of the three affordable housing projects that came before the council last year', 'shot back', role='Mayor'),
    s(CAST, 'she', '"You can\'t vote no and then complain that nothing got built, Derek,"', 'said', 'direct', role='Mayor'),
    s(WHIT, 'Whitfield', 'he had opposed those projects because they were placed next to the rail yard|not because he opposed affordable housing', 'said', role='City Councilman'),
    s(OYEL, 'Oyelaran', "he would find the money by cutting the city's spending on outside consultants, which he put at $31 million a year", 'said', role='restaurant owner'),
    s(OYEL, 'he', '"I\'ve run a kitchen for 22 years. When money goes missing, you find it,"', 'said', 'direct', role='restaurant owner'),
    s("city's budget office", "The city's budget office", 'consultant spending at about $18 million last year', 'put'),
    s(OYEL, 'Oyelaran', '"a monument for people who don\'t have to worry about rent."', 'called', 'direct', role='restaurant owner'),
    s(WHIT, 'Whitfield', 'he supported the idea of a new pier but not the price, and that he would put the project to a public vote', 'said', role='City Councilman'),
    s(CAST, 'Castellanos', 'the pier would bring visitors and jobs to a waterfront that has been empty for a decade', 'saying', role='Mayor'),
    s(CAST, 'she', 'Half of the cost will be covered by a state grant', 'said', role='Mayor'),
    s('Lydia Marsh', 'Lydia Marsh, a retired school bus driver from the South End', 'she had come undecided and was leaving undecided', 'said', role='retired school bus driver'),
    s('Lydia Marsh', 'Marsh', '"They all said nice things about housing.|the taxes on it,"', 'said', 'direct', role='retired school bus driver'),
    s('Carlos Benitez', 'Carlos Benitez, 31, who works at a hospital downtown', 'Oyelaran had impressed him', 'said'),
    s('Carlos Benitez', 'Benitez', '"He sounded like a guy who actually has to make payroll,"', 'said', 'direct'),
)

LFA = 'Lakemont Faculty Association'
ABER = 'Gwen Abernathy'
TRAN = 'Michael Tranh'

doc('ai13-paper-lakemont-faculty-strike', 'The Lakemont Courier', '2033-03-02', '''
Lakemont State professors walk out; classes canceled for 19,000 students

Union says pay has fallen behind; university says it can't afford the ask

By Terrence Holloway
Courier Staff

LAKEMONT - Hundreds of professors and lecturers at Lakemont State University walked off the job Monday morning, setting up picket lines at every entrance to the campus and canceling most classes for the university's roughly 19,000 students.

It is the first strike in the university's 111-year history. The Lakemont Faculty Association, which represents about 1,150 full-time and part-time instructors, says salaries have fallen 14% behind inflation since 2027, while the number of administrators on the payroll has grown by a third.

"Nobody in this line wanted to be here today. We wanted to be in our classrooms," association president Gwen Abernathy, a professor of chemistry, told a crowd of several hundred strikers and students outside the main library. "But we have been asking politely for four years, and politely hasn't worked."

Abernathy said the union was asking for raises of 6% a year over three years and for part-time lecturers, who are paid per course, to receive health insurance if they teach at least three courses a semester.

University officials say that would cost about $48 million over the life of the contract, money they say the school does not have after two years of falling enrollment.

"We respect our faculty, and we want to pay them more. We are offering what we can responsibly afford," Provost Michael Tranh said in a phone interview. The university's last offer, made Friday, was 3% a year, he said.

Tranh said the university would keep its libraries, dining halls and residence halls open during the strike and that some classes taught by non-union staff would continue. He declined to say whether the university would try to hire replacement instructors if the walkout lasts more than a week.

State law allows public university employees to strike after mediation fails, which happened in January, according to the state labor relations board.

On the picket line, opinions among students ranged from sympathy to frustration.

"My adviser is out here. I'd be out here too," said Priya Raman, a junior studying nursing, who brought coffee to the strikers at the north gate.

Others worried about their degrees. Kyle Brandt, a senior, said he was due to graduate in May and needed two classes that were canceled.

"I support them, honestly. But I have a job offer that depends on me finishing on time, and nobody has told us what happens if this goes on," Brandt said.

The union has set up a website where strikers post updates, and a statement on it Monday evening said the association was "ready to return to the table at any hour."

Several state legislators joined the picket line in the afternoon. State Sen. Helen Okoro, whose district includes the campus, said she would ask the governor's office to help broker a deal.

"These are people who teach our kids to be nurses and engineers. The state cannot shrug its shoulders," Okoro said.

A spokesperson for the governor, Daniel Reyes, said the governor was following the dispute closely but believed it should be settled by the two sides at the bargaining table.

No new talks had been scheduled as of Monday night. Abernathy said the strike would continue "as long as it takes," but that the union would meet any day the university was willing to put a new number on the table.
''',
    s(ABER, 'Union', 'pay has fallen behind', 'says', role='association president'),
    s(TRAN, 'university', "it can't afford the ask", 'says', role='Provost'),
    s(LFA, 'The Lakemont Faculty Association, which represents about 1,150 full-time and part-time instructors', 'salaries have fallen 14% behind inflation since 2027, while the number of administrators on the payroll has grown by a third', 'says'),
    s(ABER, 'association president Gwen Abernathy, a professor of chemistry', '"Nobody in this line wanted to be here today. We wanted to be in our classrooms,"', 'told', 'direct', role='association president'),
    s(ABER, '', '"But we have been asking politely for four years, and politely hasn\'t worked."', '', 'direct', role='association president'),
    s(ABER, 'Abernathy', 'the union was asking for raises of 6% a year over three years|at least three courses a semester', 'said', role='association president'),
    s('University officials', 'University officials', 'that would cost about $48 million over the life of the contract, money they say the school does not have after two years of falling enrollment', 'say'),
    s(TRAN, 'Provost Michael Tranh', '"We respect our faculty, and we want to pay them more. We are offering what we can responsibly afford,"', 'said', 'direct', role='Provost'),
    s(TRAN, 'he', "The university's last offer, made Friday, was 3% a year", 'said', role='Provost'),
    s(TRAN, 'Tranh', 'the university would keep its libraries, dining halls and residence halls open during the strike and that some classes taught by non-union staff would continue', 'said', role='Provost'),
    s('state labor relations board', 'the state labor relations board', 'State law allows public university employees to strike after mediation fails, which happened in January', 'according to'),
    s('Priya Raman', 'Priya Raman, a junior studying nursing, who brought coffee to the strikers at the north gate', '"My adviser is out here. I\'d be out here too,"', 'said', 'direct'),
    s('Kyle Brandt', 'Kyle Brandt, a senior', 'he was due to graduate in May and needed two classes that were canceled', 'said'),
    s('Kyle Brandt', 'Brandt', '"I support them, honestly.|what happens if this goes on,"', 'said', 'direct'),
    s(LFA, 'a statement on it', 'the association was "ready to return to the table at any hour."', 'said', 'mixed'),
    s('Helen Okoro', 'State Sen. Helen Okoro, whose district includes the campus', "she would ask the governor's office to help broker a deal", 'said', role='State Sen.'),
    s('Helen Okoro', 'Okoro', '"These are people who teach our kids to be nurses and engineers. The state cannot shrug its shoulders,"', 'said', 'direct', role='State Sen.'),
    s('Daniel Reyes', 'A spokesperson for the governor, Daniel Reyes', 'the governor was following the dispute closely but believed it should be settled by the two sides at the bargaining table', 'said', role='spokesperson for the governor'),
    s(ABER, 'Abernathy', 'the strike would continue "as long as it takes," but that the union would meet any day the university was willing to put a new number on the table', 'said', 'mixed', role='association president'),
)

PAL = 'Dusty Palmgren'
MOR = 'Jake Moreno'

doc('ai14-paper-gulls-foxes-baseball', 'The Harbor City Sentinel', '2033-07-19', '''
Moreno's late blast lifts Gulls past Foxes

Rookie's two-run homer in the eighth snaps tie; "I just tried not to miss it," he says

By Alan Cormier
Sentinel Sports

HARBOR CITY - For seven innings Friday night, Jake Moreno looked like a rookie. He struck out twice, popped up with the bases loaded and let a routine ground ball skip under his glove at third base.

In the eighth, he looked like something else.

Moreno lined a two-run home run over the left-field wall off Millbrook reliever Chad Ostrowski, and the Harbor City Gulls held on for a 5-3 win over the Foxes in front of 31,204 at Bayside Park, their fifth straight victory.

"He threw me a slider in the first at-bat and I was way out in front of it. I figured he'd come back to it," Moreno said. "I just tried not to miss it."

Gulls manager Dusty Palmgren said he never considered pinch-hitting for the 23-year-old, who was called up from Triple-A two weeks ago.

"You don't learn anything sitting on the bench. He had a rough night, and he still had the best swing of the game," Palmgren said. "That's what you want to see."

Starter Luis Aparicio Vega allowed three runs in six innings, all of them in a messy fourth when the Foxes strung together four singles and a sacrifice fly. He said he had lost feel for his changeup for a few batters and credited catcher Owen Briggs for getting him back on track.

"Owen came out and told me to stop aiming and just throw it. Sometimes that's all you need," Vega said.

The Gulls' bullpen took it from there. Marcus Tell worked a perfect seventh, and closer Ben Adeyemi struck out two in the ninth for his 21st save.

Millbrook manager Fred Kaminski said his team had chances to put the game away early and didn't. The Foxes left 10 runners on base.

"We had them on the ropes in the fourth, and we let them off. You do that against a team that's playing this well, you lose," Kaminski said.

He said he had no second thoughts about leaving Ostrowski in to face Moreno.

"He's been our best guy all month. I'd do it again," he said.

Ostrowski, for his part, said the pitch was exactly where he wanted it. "Good hitter, good swing. Tip your cap," he said.

Gulls center fielder Devon Marsh left the game in the fifth inning with tightness in his left hamstring. Palmgren said the injury did not appear serious and that Marsh would be examined again Saturday morning.

Marsh said he felt the muscle grab as he rounded first base. "I'm not worried about it. I've had worse in spring training," he said.

Briggs went 2 for 4 with a double and scored the tying run in the sixth on a wild pitch.

Moreno said his parents had driven four hours from Clearwater Falls to see his first home game.

"My mom doesn't even like baseball. She just likes watching me play it," he said, grinning.

The Gulls, who moved two games ahead of the Foxes for first place, open a three-game series against Ridgefield on Saturday. Palmgren said Moreno would be back at third base.
''',
    s(MOR, 'he', '"I just tried not to miss it,"', 'says', 'direct'),
    s(MOR, 'Moreno', '"He threw me a slider in the first at-bat and I was way out in front of it. I figured he\'d come back to it,"', 'said', 'direct'),
    s(MOR, '', '"I just tried not to miss it."', '', 'direct', anchor='"I just tried not to miss it."'),
    s(PAL, 'Gulls manager Dusty Palmgren', 'he never considered pinch-hitting for the 23-year-old, who was called up from Triple-A two weeks ago', 'said', role='manager'),
    s(PAL, 'Palmgren', '"You don\'t learn anything sitting on the bench.|the best swing of the game,"', 'said', 'direct', role='manager'),
    s(PAL, '', '"That\'s what you want to see."', '', 'direct', role='manager'),
    s('Luis Aparicio Vega', 'He', 'he had lost feel for his changeup for a few batters', 'said', role='Starter'),
    s('Luis Aparicio Vega', 'He', 'catcher Owen Briggs for getting him back on track', 'credited', role='Starter'),
    s('Luis Aparicio Vega', 'Vega', '"Owen came out and told me to stop aiming and just throw it. Sometimes that\'s all you need,"', 'said', 'direct', role='Starter'),
    s('Fred Kaminski', 'Millbrook manager Fred Kaminski', "his team had chances to put the game away early and didn't", 'said', role='manager'),
    s('Fred Kaminski', 'Kaminski', '"We had them on the ropes in the fourth|you lose,"', 'said', 'direct', role='manager'),
    s('Fred Kaminski', 'He', 'he had no second thoughts about leaving Ostrowski in to face Moreno', 'said', role='manager'),
    s('Fred Kaminski', 'he', '"He\'s been our best guy all month. I\'d do it again,"', 'said', 'direct', role='manager'),
    s('Chad Ostrowski', 'Ostrowski', 'the pitch was exactly where he wanted it', 'said', role='reliever'),
    s('Chad Ostrowski', 'he', '"Good hitter, good swing. Tip your cap,"', 'said', 'direct', role='reliever'),
    s(PAL, 'Palmgren', 'the injury did not appear serious and that Marsh would be examined again Saturday morning', 'said', role='manager'),
    s('Devon Marsh', 'Marsh', 'he felt the muscle grab as he rounded first base', 'said', role='center fielder'),
    s('Devon Marsh', 'he', '"I\'m not worried about it. I\'ve had worse in spring training,"', 'said', 'direct', role='center fielder'),
    s(MOR, 'Moreno', 'his parents had driven four hours from Clearwater Falls to see his first home game', 'said'),
    s(MOR, 'he', '"My mom doesn\'t even like baseball. She just likes watching me play it,"', 'said', 'direct'),
    s(PAL, 'Palmgren', 'Moreno would be back at third base', 'said', role='manager'),
)

ORT = 'Luis Ortega'
HAD = 'Tom Hadley'

doc('ai15-paper-fairbank-house-fire', 'Fairbank Daily Register', '2033-01-24', '''
Family of five escapes as fire guts Maple Street home

Neighbors pulled children from porch roof, fire captain says

By Corinne Baptiste
Register Staff Writer

FAIRBANK - A family of five escaped early Sunday when fire tore through their two-story home on Maple Street, with two of the children climbing out a bedroom window onto the porch roof before neighbors helped them down a ladder, fire officials said.

No one was seriously hurt. The mother was treated at the scene for smoke inhalation, and a firefighter suffered a minor burn to his wrist, according to the Fairbank Fire Department.

Crews were called to the house in the 400 block of Maple Street at 3:12 a.m. and found flames coming from the first floor and spreading into the attic, Capt. Luis Ortega said. It took about 40 firefighters more than an hour to bring the fire under control.

"By the time we pulled up, the whole back of the house was going. Those kids did exactly the right thing by getting out that window and staying put," Ortega said. "Their neighbors did the rest."

The captain said the house was a total loss. The cause is under investigation, though investigators believe the fire started in the kitchen, he said.

Tom Hadley, who owns the home with his wife, Renee, said he woke up to the smoke alarm and the sound of glass breaking downstairs.

"I opened the bedroom door and there was just black smoke. I couldn't see my hand," Hadley said Sunday afternoon, standing in the driveway of a relative's house a few blocks away. He said he carried their youngest son, 3, down the front stairs while his wife got their 9-year-old daughter out the front door.

Their two older boys, 12 and 14, were sleeping in an attic bedroom and could not get to the stairs, he said.

Across the street, Janet Pruitt heard someone yelling and looked out to see the boys on the porch roof in their pajamas. Pruitt, 61, said she called 911 while her husband, Ray, grabbed an extension ladder from their garage.

"Ray's got a bad knee and I don't think he even felt it. He was up that ladder before I got off the phone," Pruitt said.

Another neighbor, Derrick Solano, helped hold the ladder steady. He said the heat was so strong that the vinyl siding on the house next door began to melt.

"You could feel it on your face from the sidewalk. Another five minutes and those boys wouldn't have had a roof to stand on," Solano said.

The fire also damaged the house next door, where an elderly couple was evacuated, fire officials said. That home's siding and windows will need to be replaced, Ortega said, but the couple was able to return Sunday night.

The Hadleys' oldest son, Caleb, said he woke his brother when he smelled smoke and remembered a school fire safety lesson about keeping a bedroom door closed.

"They told us to feel the door first. It was hot, so we went out the window," he said.

The regional chapter of the Harbor Relief Society said it was providing the family with temporary housing, clothing and money for food. A neighbor started an online fundraiser that had raised more than $23,000 by Sunday evening.

Renee Hadley said the family had lost almost everything but felt lucky.

"It's a house. We have all five of us, and we have neighbors who went up a ladder in the dark for our kids," she said. "I don't know how you ever pay that back."

Fire officials urged residents to test smoke alarms monthly and to make sure every bedroom has a second way out.
''',
    s('Luis Ortega', 'fire captain', 'Neighbors pulled children from porch roof', 'says', role='fire captain'),
    s('fire officials', 'fire officials', 'A family of five escaped early Sunday when fire tore through their two-story home on Maple Street|helped them down a ladder', 'said'),
    s('Fairbank Fire Department', 'the Fairbank Fire Department', 'The mother was treated at the scene for smoke inhalation, and a firefighter suffered a minor burn to his wrist', 'according to'),
    s(ORT, 'Capt. Luis Ortega', 'Crews were called to the house in the 400 block of Maple Street at 3:12 a.m. and found flames coming from the first floor and spreading into the attic', 'said', role='Capt.'),
    s(ORT, 'Ortega', '"By the time we pulled up, the whole back of the house was going.|staying put,"', 'said', 'direct', role='Capt.'),
    s(ORT, '', '"Their neighbors did the rest."', '', 'direct', role='Capt.'),
    s(ORT, 'The captain', 'the house was a total loss', 'said', role='Capt.'),
    s(ORT, 'he', 'The cause is under investigation, though investigators believe the fire started in the kitchen', 'said', role='Capt.'),
    s('investigators', 'investigators', 'the fire started in the kitchen', 'believe', nested=True, via=ORT),
    s(HAD, 'Tom Hadley, who owns the home with his wife, Renee', 'he woke up to the smoke alarm and the sound of glass breaking downstairs', 'said'),
    s(HAD, 'Hadley', '"I opened the bedroom door and there was just black smoke. I couldn\'t see my hand,"', 'said', 'direct'),
    s(HAD, 'He', 'he carried their youngest son, 3, down the front stairs while his wife got their 9-year-old daughter out the front door', 'said'),
    s(HAD, 'he', 'Their two older boys, 12 and 14, were sleeping in an attic bedroom and could not get to the stairs', 'said'),
    s('Janet Pruitt', 'Pruitt, 61', 'she called 911 while her husband, Ray, grabbed an extension ladder from their garage', 'said'),
    s('Janet Pruitt', 'Pruitt', '"Ray\'s got a bad knee and I don\'t think he even felt it. He was up that ladder before I got off the phone,"', 'said', 'direct'),
    s('Derrick Solano', 'He', 'the heat was so strong that the vinyl siding on the house next door began to melt', 'said'),
    s('Derrick Solano', 'Solano', '"You could feel it on your face from the sidewalk.|a roof to stand on,"', 'said', 'direct'),
    s('fire officials', 'fire officials', 'The fire also damaged the house next door, where an elderly couple was evacuated', 'said'),
    s(ORT, 'Ortega', ["That home's siding and windows will need to be replaced,", 'but the couple was able to return Sunday night'], 'said', role='Capt.'),
    s('Caleb', "The Hadleys' oldest son, Caleb", 'he woke his brother when he smelled smoke and remembered a school fire safety lesson about keeping a bedroom door closed', 'said', role='oldest son'),
    s('Caleb', 'he', '"They told us to feel the door first. It was hot, so we went out the window,"', 'said', 'direct', role='oldest son'),
    s('Harbor Relief Society', 'The regional chapter of the Harbor Relief Society', 'it was providing the family with temporary housing, clothing and money for food', 'said'),
    s('Renee Hadley', 'Renee Hadley', 'the family had lost almost everything but felt lucky', 'said'),
    s('Renee Hadley', 'she', '"It\'s a house. We have all five of us|for our kids,"', 'said', 'direct'),
    s('Renee Hadley', '', '"I don\'t know how you ever pay that back."', '', 'direct'),
    s('Fire officials', 'Fire officials', 'residents to test smoke alarms monthly and to make sure every bedroom has a second way out', 'urged'),
)

DOLAN = "Margaret Dolan"

doc('ai16-paper-peg-dolan-obituary', 'The Cedar Bluffs Gazette', '2033-05-09', '''
Peg Dolan, who fed Cedar Bluffs for half a century, dies at 87

Corner Spoon owner remembered for pie, free coffee and a long memory

By Hal Petrakis
Gazette Staff

CEDAR BLUFFS - Margaret "Peg" Dolan, who ran the Corner Spoon diner on Front Street for 51 years and was known to generations of customers as the woman who never forgot an order or a birthday, died Tuesday at her home. She was 87.

Her death was confirmed by her daughter, who said the cause was heart failure.

Dolan opened the Corner Spoon in 1972 with $4,000 borrowed from an uncle and a recipe for sour cherry pie that she said came from her grandmother in County Cork. She worked the grill herself until she was 80 and came in most mornings after that to sit at the end of the counter and, as one regular put it, "supervise."

The woman who took over the kitchen from her in 2026 started at the diner as a 15-year-old dishwasher. "She taught me to make the pie, and she taught me to listen to people," said Teresa Albright, who now owns the Corner Spoon with her husband. "Half the people who came in didn't need breakfast. They needed someone to ask how their mother was doing. Peg always asked."

Albright said the diner would close on Saturday for the funeral and reopen Sunday with free coffee all day, a tradition Dolan began during the 1982 mill closure, when she let laid-off workers run tabs for months.

A longtime customer who ate lunch at the Corner Spoon every weekday for 30 years said Dolan had given her a job when she had nowhere else to go. "I was 19, I had a baby and no husband, and she put an apron on me and said, 'You start Monday,'" said Alma Reyes, now 68. "She never once mentioned it again. She didn't need to."

Dolan was active in civic life, serving two terms on the City Council in the 1990s and for many years on the board of the Cedar Bluffs Public Library. Mayor Joan Whitlock, who served on the council with her, called Dolan "the most practical person I ever met in politics."

"When the rest of us were arguing about a traffic study, she'd already talked to the crossing guard," Whitlock said. "She always knew who to ask."

Whitlock said flags at City Hall would fly at half-staff through Saturday.

Her daughter, Kathleen Dolan-Marsh, said her mother had been proudest not of the diner but of the scholarship fund she started in 1994 for graduates of Cedar Bluffs High School. The fund, paid for partly with a jar by the register, has given out more than $310,000, according to the library board, which manages it.

"Mom would want people to put a dollar in the jar instead of sending flowers," she said.

Dolan's husband, Frank, died in 2004. In addition to her daughter, she is survived by a son, Patrick Dolan of Millbrook; a sister, Rose Keane; five grandchildren; and three great-grandchildren.

A funeral Mass will be held at 10 a.m. Saturday at St. Brendan's Church. The family asked that memorial gifts go to the Peg Dolan Scholarship Fund.
''',
    s('Teresa Albright', 'Teresa Albright, who now owns the Corner Spoon with her husband', '"She taught me to make the pie, and she taught me to listen to people,"', 'said', 'direct'),
    s('Teresa Albright', '', '"Half the people who came in didn\'t need breakfast.|Peg always asked."', '', 'direct'),
    s('Kathleen Dolan-Marsh', 'her daughter', 'the cause was heart failure', 'said', role='daughter'),
    s(DOLAN, 'she', 'came from her grandmother in County Cork', 'said'),
    s('one regular', 'one regular', '"supervise."', 'put it', 'direct'),
    s('Teresa Albright', 'Albright', 'the diner would close on Saturday for the funeral and reopen Sunday with free coffee all day', 'said'),
    s('Alma Reyes', 'A longtime customer who ate lunch at the Corner Spoon every weekday for 30 years', 'Dolan had given her a job when she had nowhere else to go', 'said'),
    s('Alma Reyes', 'Alma Reyes, now 68', '"I was 19, I had a baby and no husband, and she put an apron on me and said, \'You start Monday,\'"', 'said', 'direct'),
    s('Alma Reyes', '', '"She never once mentioned it again. She didn\'t need to."', '', 'direct'),
    s('Joan Whitlock', 'Mayor Joan Whitlock, who served on the council with her', '"the most practical person I ever met in politics."', 'called', 'direct', role='Mayor'),
    s('Joan Whitlock', 'Whitlock', '"When the rest of us were arguing about a traffic study, she\'d already talked to the crossing guard,"', 'said', 'direct', role='Mayor'),
    s('Joan Whitlock', '', '"She always knew who to ask."', '', 'direct', role='Mayor'),
    s('Joan Whitlock', 'Whitlock', 'flags at City Hall would fly at half-staff through Saturday', 'said', role='Mayor'),
    s('Kathleen Dolan-Marsh', 'Her daughter, Kathleen Dolan-Marsh', 'her mother had been proudest not of the diner but of the scholarship fund she started in 1994 for graduates of Cedar Bluffs High School', 'said', role='daughter'),
    s('library board', 'the library board, which manages it', 'The fund, paid for partly with a jar by the register, has given out more than $310,000', 'according to'),
    s('Kathleen Dolan-Marsh', 'she', '"Mom would want people to put a dollar in the jar instead of sending flowers,"', 'said', 'direct', role='daughter'),
    s('The family', 'The family', 'memorial gifts go to the Peg Dolan Scholarship Fund', 'asked that'),
)
