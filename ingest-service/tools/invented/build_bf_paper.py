"""Set BF's five North American newspaper articles (see build_bf.py)."""
from invented_common import doc_spans as doc, s

HOLL = 'Ray Hollister'
PYKE = 'Andrea Pyke-Delgado'
FRF = 'Friends of Ridgeview Football'
OSTR = 'Dwayne Ostrowski'
MSD = 'Millbrook School District'
BELL = 'Marcus Bell-Ainsley'
MOM = "The freshman's mother"

doc('bf12-paper-ridgeview-football-coach-resigns', 'The Millbrook Ledger', '2038-11-16', '''
Hollister steps down at Ridgeview after 22 seasons

Coach says 'it was time'; some parents say district pushed him out

By Corey Vandermeer
Ledger sports writer

MILLBROOK — The winningest football coach in Calder County history is done.

Ray Hollister, who won 187 games and three state titles in 22 seasons at Ridgeview High School, resigned Monday, two weeks after the school district opened a review of a hazing incident in the team's locker room in September.

"I've been coaching since I was 26 years old, and I'm 61 now," Hollister told the Ledger on Tuesday. "It was time. I'd rather go a year early than a year late."

Asked whether the review played a part in his decision, Hollister said it did not. "The review will say what it says," he said, "and I'll have nothing to hide from it."

Millbrook School District Superintendent Andrea Pyke-Delgado said in a statement that the district "thanks Coach Hollister for two decades of service" and that the review would continue "as required by district policy."

The district declined to comment on personnel matters and would not say when the review would be finished.

Was Hollister pushed? A group of about 40 parents who packed Monday night's school board meeting believe he was. They call themselves Friends of Ridgeview Football, and their spokesman, Dwayne Ostrowski, whose son plays linebacker, told the board that the district had "hung a good man out to dry over a prank the coaches didn't even see."

Board President Linda Achterhof said the board had not been asked to vote on anything related to Hollister and would not be.

According to the district, three players were suspended for two games after the September incident, in which a freshman was locked in an equipment cage for about 20 minutes.

The freshman's mother, who asked that her name not be used to protect her son's privacy, said Hollister had called her the same evening to apologize. "He was the only adult in that building who picked up the phone," she said.

Hollister's defensive coordinator, Marcus Bell-Ainsley, played for Hollister in 2014 and has coached under him for 14 seasons. He said he had not decided whether to apply for the head job.

"People think this job is about Friday nights," Hollister said. "It's about Tuesday afternoons in November when it's 35 degrees and raining and you've got 60 kids who'd rather be anywhere else.

"If I did that part right, the wins took care of themselves."

Athletic director Tom Reinholt said the district would post the job this week and hoped to name a new coach by February.

Hollister, a 1995 Ridgeview graduate, said he planned to stay in Millbrook and would keep teaching history at the school.

Ridgeview finished 9-3 this season, losing in the state quarterfinals to Eastbrook. Eastbrook coach Vince Talamantes, whose teams lost to Hollister's eight times, called him "the best I ever coached against." Hollister's teams missed the playoffs only twice in his 22 seasons.
''',
    s(HOLL, 'Coach', "'it was time'", 'says', 'direct', role='Coach'),
    s(FRF, 'some parents', 'district pushed him out', 'say'),
    s(HOLL, 'Hollister', '"I\'ve been coaching since I was 26 years old, and I\'m 61 now,"', 'told', 'direct', role='Coach'),
    s(HOLL, '', '"It was time. I\'d rather go a year early than a year late."', '', 'direct', role='Coach'),
    s(HOLL, 'Hollister', 'it did not', 'said', role='Coach'),
    s(HOLL, 'he', ['"The review will say what it says,"', '"and I\'ll have nothing to hide from it."'], 'said', 'direct', role='Coach'),
    s(PYKE, 'Millbrook School District Superintendent Andrea Pyke-Delgado', 'the district "thanks Coach Hollister for two decades of service" and that the review would continue "as required by district policy."', 'said', 'mixed', role='Millbrook School District Superintendent'),
    s(FRF, "A group of about 40 parents who packed Monday night's school board meeting", 'he was', 'believe'),
    s(OSTR, 'their spokesman, Dwayne Ostrowski, whose son plays linebacker', 'the district had "hung a good man out to dry over a prank the coaches didn\'t even see."', 'told', 'mixed', role='spokesman'),
    s('Linda Achterhof', 'Board President Linda Achterhof', 'the board had not been asked to vote on anything related to Hollister and would not be', 'said', role='Board President'),
    s(MSD, 'the district', 'three players were suspended for two games after the September incident|for about 20 minutes', 'according to'),
    s(MOM, MOM, 'Hollister had called her the same evening to apologize', 'said'),
    s(MOM, 'she', '"He was the only adult in that building who picked up the phone,"', 'said', 'direct'),
    s(BELL, 'He', 'he had not decided whether to apply for the head job', 'said', role="Hollister's defensive coordinator"),
    s(HOLL, 'Hollister', '"People think this job is about Friday nights,"', 'said', 'direct', role='Coach'),
    s(HOLL, '', '"It\'s about Tuesday afternoons in November|the wins took care of themselves."', '', 'direct', role='Coach'),
    s('Tom Reinholt', 'Athletic director Tom Reinholt', 'the district would post the job this week and hoped to name a new coach by February', 'said', role='Athletic director'),
    s('Vince Talamantes', "Eastbrook coach Vince Talamantes, whose teams lost to Hollister's eight times", 'him "the best I ever coached against."', 'called', 'mixed', role='Eastbrook coach'),
    s(HOLL, 'Hollister, a 1995 Ridgeview graduate', 'he planned to stay in Millbrook and would keep teaching history at the school', 'said', role='Coach'),
)

DNR = 'the state Department of Natural Resources'
DNRC = 'The state Department of Natural Resources'
FERR = 'Tomas Ferreira-Quinn'
FROLE = 'DNR aquatic invasive species biologist'
LWA = 'The Lake Wendigo Association'
TATUM = 'Jolene Tatum'
HADD = 'Samira Haddad-Olsen'
PREN = 'Dale Prentiss'

doc('bf13-paper-lake-wendigo-quagga-mussels', 'The Pinecrest Sentinel', '2038-08-19', '''
Invasive mussels found in Lake Wendigo; boat launches to require inspections

State biologist says mussels likely hitched a ride on a trailered boat

By Helena Marchetti-Ross
Sentinel staff writer

Share this article
Facebook  Email  Print

PINECREST — Quagga mussels, a fingernail-sized invader that has clogged water intakes and smothered native species across the Great Lakes region, have been found in Lake Wendigo for the first time, the state Department of Natural Resources confirmed Thursday.

The department said divers found adult mussels attached to a dock piling at the Birch Point marina on Aug. 2, and that tests at a state lab confirmed the species a week later.

DNR aquatic invasive species biologist Tomas Ferreira-Quinn said the mussels most likely arrived this summer on a boat trailered from another lake.

ADVERTISEMENT

"They don't swim here on their own," Ferreira-Quinn said. "Somebody brought them, almost certainly without knowing it, stuck to a hull or sitting in a bilge."

Starting Sept. 1, every boat launched at the lake's four public ramps will have to pass an inspection, and boats coming from lakes known to have mussels will have to be decontaminated with hot water, according to an emergency order signed by DNR Director Alicia Wrenfield.

Story continues below advertisement

The Lake Wendigo Association, which represents about 1,100 property owners, said the inspections were overdue. Its president, Gary Lundquist, said the association had asked the state for boat inspections in 2034 and in 2036 and had been turned down both times.

Not everyone welcomed the order. Bait shop owner Jolene Tatum said the inspections would drive weekend anglers to other lakes.

"You're going to have a line of trucks down County Road 12 on a Saturday morning," she said, "and half of them are going to turn around and go to Spirit Lake."

What can be done about the mussels already in the lake? Very little, according to Ferreira-Quinn. Once established, quagga mussels cannot be wiped out in a lake the size of Wendigo, he said. The state's goal now is to keep them from spreading to the 14 other lakes in the Wendigo chain.

RELATED: Spirit Lake's fight with Eurasian milfoil enters its sixth year

Pinecrest Water Utility, which draws the city's drinking water from the lake, said it would spend about $2.3 million to add chemical treatment at its intake, and that customers would not see a rate increase before 2040.

Utility director Samira Haddad-Olsen said no mussels had yet been found near the intake, 600 yards offshore. "We'd like to keep it that way for as long as we can," she said.

County Commissioner Dale Prentiss called the state's response "too little, ten years too late" and said the county would ask the legislature for money to staff inspection stations on weekends.

Ferreira-Quinn said boaters should drain all water from their boats and let them dry for at least five days before launching in another lake.

The mussels filter plankton out of the water, which can make a lake look clearer while starving the fish that feed on it. They also attach to boat motors, docks and rocks in dense mats with shells sharp enough to cut bare feet.

Sign up for Outdoors, the Sentinel's weekly newsletter on hunting, fishing and the lakes.

Comments (14)

lakeguy58: Been saying this for years. Nobody listened.

MOST READ
1. Pinecrest council delays vote on downtown parking garage
2. Three hurt in County Road 12 crash
3. Lake Wendigo mussels: what boaters need to know
''',
    s(FERR, 'State biologist', 'mussels likely hitched a ride on a trailered boat', 'says', role=FROLE),
    s(DNRC, DNR, 'Quagga mussels, a fingernail-sized invader|found in Lake Wendigo for the first time', 'confirmed'),
    s(DNRC, 'The department', 'divers found adult mussels attached to a dock piling|confirmed the species a week later', 'said'),
    s(FERR, 'DNR aquatic invasive species biologist Tomas Ferreira-Quinn', 'the mussels most likely arrived this summer on a boat trailered from another lake', 'said', role=FROLE),
    s(FERR, 'Ferreira-Quinn', '"They don\'t swim here on their own,"', 'said', 'direct', role=FROLE),
    s(FERR, '', '"Somebody brought them, almost certainly without knowing it, stuck to a hull or sitting in a bilge."', '', 'direct', role=FROLE),
    s('Alicia Wrenfield', 'an emergency order signed by DNR Director Alicia Wrenfield', "Starting Sept. 1, every boat launched at the lake's four public ramps|decontaminated with hot water", 'according to', role='DNR Director'),
    s(LWA, LWA, 'the inspections were overdue', 'said'),
    s('Gary Lundquist', 'Its president, Gary Lundquist', 'the association had asked the state for boat inspections in 2034 and in 2036 and had been turned down both times', 'said', role='president'),
    s(TATUM, 'Bait shop owner Jolene Tatum', 'the inspections would drive weekend anglers to other lakes', 'said', role='Bait shop owner'),
    s(TATUM, 'she', ['"You\'re going to have a line of trucks down County Road 12 on a Saturday morning,"', '"and half of them are going to turn around and go to Spirit Lake."'], 'said', 'direct', role='Bait shop owner'),
    s(FERR, 'Ferreira-Quinn', 'Very little', 'according to', role=FROLE),
    s(FERR, 'he', 'Once established, quagga mussels cannot be wiped out in a lake the size of Wendigo', 'said', role=FROLE),
    s('Pinecrest Water Utility', 'Pinecrest Water Utility', 'it would spend about $2.3 million to add chemical treatment at its intake, and that customers would not see a rate increase before 2040', 'said'),
    s(HADD, 'Utility director Samira Haddad-Olsen', 'no mussels had yet been found near the intake, 600 yards offshore', 'said', role='Utility director'),
    s(HADD, 'she', '"We\'d like to keep it that way for as long as we can,"', 'said', 'direct', role='Utility director'),
    s(PREN, 'County Commissioner Dale Prentiss', 'the state\'s response "too little, ten years too late"', 'called', 'mixed', role='County Commissioner'),
    s(PREN, '', 'the county would ask the legislature for money to staff inspection stations on weekends', 'said', role='County Commissioner'),
    s(FERR, 'Ferreira-Quinn', 'boaters should drain all water from their boats and let them dry for at least five days before launching in another lake', 'said', role=FROLE),
)

OWNERS = 'Hector Morales and Rosa Morales'
HECT = 'Hector Morales'
ROSA = 'Rosa Morales'
EMIL = 'Emilio Morales'
MARSH = 'Owen Marsh-Talley'
KOH = 'Deirdre Koh'
OCHOA = 'Bernard Ochoa-Whitfield'

doc('bf14-paper-casa-morales-restaurant-fire', 'The Westfield Chronicle', '2038-10-06', '''
Fire guts Casa Morales, a Linden Avenue fixture for 31 years

Owners vow to rebuild; cause still under investigation

By Priya Kowalczyk-Hunt
Chronicle staff

WESTFIELD — A two-alarm fire tore through Casa Morales early Sunday, destroying the kitchen and dining room of the Mexican restaurant that has anchored the corner of Linden Avenue and Fifth Street since 2007.

No one was inside when the fire started shortly after 3 a.m., and no one was hurt, according to the Westfield Fire Department.

Battalion Chief Owen Marsh-Talley said the first crews arrived within four minutes and found flames coming through the roof. Firefighters kept the fire from spreading to the laundromat next door, he said. The laundromat had smoke and water damage and will be closed for at least a week.

The fire marshal's office ruled out arson on Monday but has not determined the cause, spokeswoman Deirdre Koh said.

Owners Hector and Rosa Morales stood across the street Sunday morning with Hector's brother Emilio, who has cooked at the restaurant since it opened, and watched firefighters pull charred booths onto the sidewalk.

"We built this with our hands," Hector Morales said. "We'll build it again with our hands."

Emilio Morales said he had cleaned the grease traps on Saturday night, as he did every weekend, and had turned off the gas before he left at 11:30. He said he did not know what could have started the fire.

Sunita Rao, who lives above the laundromat and called 911 after smelling smoke, said she saw flames in the restaurant's back window. "I grabbed my cat and ran," she said.

For many on the Eastside, the loss is personal. Casa Morales was where the neighborhood went after funerals and after graduations, said City Council member Bernard Ochoa-Whitfield, who represents the area. He said he would ask the city to waive permit fees for the rebuilding.

"You could come in with nothing," said Teresa Villanueva, 74, a regular since the first week, "and Rosa would find you a plate."

A fundraising page set up by the couple's nephew, Diego Morales, had raised more than $48,000 by Monday evening. The page says the money will go to the restaurant's 14 employees, who are out of work until it reopens.

Will the employees be paid in the meantime? Rosa Morales said she did not know yet.

"We'll reopen, even if it's a food truck in the parking lot first," she said.

The restaurant's insurer, Heartland Mutual, did not respond to a message seeking comment.

According to city records, the building passed a fire inspection in March.

The Linden Avenue Business Association said it would hold a benefit dinner for the staff on Oct. 19 at St. Casimir's parish hall, and that six restaurants on the avenue had offered to cook for it.

Casa Morales started as a six-table lunch counter. The couple bought the building next door in 2019 and doubled the dining room, and the restaurant's Sunday menudo drew lines down Fifth Street before the doors opened.
''',
    s(OWNERS, 'Owners', 'to rebuild', 'vow'),
    s('Westfield Fire Department', 'the Westfield Fire Department', 'No one was inside when the fire started shortly after 3 a.m., and no one was hurt', 'according to'),
    s(MARSH, 'Battalion Chief Owen Marsh-Talley', 'the first crews arrived within four minutes and found flames coming through the roof', 'said', role='Battalion Chief'),
    s(MARSH, 'he', 'Firefighters kept the fire from spreading to the laundromat next door', 'said', role='Battalion Chief'),
    s(KOH, 'spokeswoman Deirdre Koh', "The fire marshal's office ruled out arson on Monday but has not determined the cause", 'said', role='spokeswoman'),
    s("The fire marshal's office", "The fire marshal's office", 'arson', 'ruled out', nested=True, via=KOH),
    s(HECT, 'Hector Morales', '"We built this with our hands,"', 'said', 'direct', role='Owners'),
    s(HECT, '', '"We\'ll build it again with our hands."', '', 'direct', role='Owners'),
    s(EMIL, 'Emilio Morales', 'he had cleaned the grease traps on Saturday night|before he left at 11:30', 'said'),
    s(EMIL, 'He', 'he did not know what could have started the fire', 'said'),
    s('Sunita Rao', 'Sunita Rao, who lives above the laundromat and called 911 after smelling smoke', "she saw flames in the restaurant's back window", 'said'),
    s('Sunita Rao', 'she', '"I grabbed my cat and ran,"', 'said', 'direct'),
    s(OCHOA, 'City Council member Bernard Ochoa-Whitfield, who represents the area', 'Casa Morales was where the neighborhood went after funerals and after graduations', 'said', role='City Council member'),
    s(OCHOA, 'He', 'he would ask the city to waive permit fees for the rebuilding', 'said', role='City Council member'),
    s('Teresa Villanueva', 'Teresa Villanueva, 74, a regular since the first week', ['"You could come in with nothing,"', '"and Rosa would find you a plate."'], 'said', 'direct', role='a regular since the first week'),
    s('Diego Morales', 'The page', "the money will go to the restaurant's 14 employees, who are out of work until it reopens", 'says'),
    s(ROSA, 'Rosa Morales', 'she did not know yet', 'said', role='Owners'),
    s(ROSA, 'she', '"We\'ll reopen, even if it\'s a food truck in the parking lot first,"', 'said', 'direct', role='Owners'),
    s('city records', 'city records', 'the building passed a fire inspection in March', 'according to'),
    s('The Linden Avenue Business Association', 'The Linden Avenue Business Association', "it would hold a benefit dinner for the staff on Oct. 19 at St. Casimir's parish hall, and that six restaurants on the avenue had offered to cook for it", 'said'),
)

KOUR = 'Nadia Kourosh-Bell'
KROLE = "the fund's executive director"
L417 = 'Harborview City Employees Union Local 417'
MBAN = 'Cheryl Mbanefo'
HANN = 'Robert Hanneman'
CPI = 'the Coastal Policy Institute'
OYEL = 'Margaret Oyelowo'

doc('bf15-paper-harborview-pension-fund-vote', 'The Harborview Gazette', '2038-04-21', '''
City workers approve pension overhaul by narrow margin

Fund says plan now on track to be fully funded by 2052

By Martin Gallo-Brennan
Gazette staff writer

HARBORVIEW — Members of the Harborview Municipal Employees' Retirement System have voted 54 percent to 46 percent to raise their own contributions and cap yearly cost-of-living increases for retirees, ending a two-year fight over how to fix one of the most underfunded pension plans in the state.

The changes put the plan on track to be fully funded by 2052, eight years earlier than under the old rules, the fund's executive director, Nadia Kourosh-Bell, said Wednesday.

According to results announced Tuesday night by the fund's board of trustees, 6,812 members voted yes and 5,801 voted no, a turnout of 71 percent.

"It was closer than I wanted, but it's a yes," Kourosh-Bell said.

Harborview City Employees Union Local 417, the largest union in the fund, had urged members to vote no, arguing that workers hired after 2030 would pay more and get less than anyone before them.

Local 417 President Cheryl Mbanefo said the union would not challenge the result. "Our members made a choice, and we respect it," she said. "We don't have to like it."

Was the vote fair? A group of retirees, the Harborview Retired Employees Coalition, said it would ask the state pension commission to review whether retirees, who could not vote, should have been allowed to.

Under the plan, current workers will pay 9.5 percent of their salaries into the fund, up from 7 percent, and retiree cost-of-living increases will be capped at 1.5 percent a year.

Mayor Gloria Santangelo-Reyes, who proposed the overhaul in 2036, called the vote "an act of courage by people who didn't cause this problem."

The city had warned in 2036 that without changes, its pension payments would take up a quarter of the general budget by 2045.

According to an analysis by the Coastal Policy Institute, the city's required payment will fall by about $38 million next year as a result of the vote. Robert Hanneman, the institute's pension analyst, warned that the fund's assumed return of 7 percent a year was "optimistic," and said one bad year in the markets could undo much of the gain.

Margaret Oyelowo, 79, a retired city librarian, told the trustees before the results were announced that her cost-of-living increase paid for her heating. "I'm not asking for more," she said. "I'm asking you not to take what I was promised."

Asked how she had voted, Kourosh-Bell declined to say.

Trustee Alan Petrakis, who voted against putting the plan to members, apologized to retirees for what he called "a process that left them out."

Is the fund out of danger? Not yet, Kourosh-Bell said, but "for the first time in ten years, the line is going the right way."

The fund, which pays pensions to about 9,400 retired city workers, had $4.1 billion in assets at the end of last year, enough to cover about 58 percent of what it owes. The changes take effect Jan. 1.
''',
    s(KOUR, 'Fund', 'plan now on track to be fully funded by 2052', 'says', role=KROLE),
    s(KOUR, "the fund's executive director, Nadia Kourosh-Bell", 'The changes put the plan on track to be fully funded by 2052, eight years earlier than under the old rules', 'said', role=KROLE),
    s("The board of trustees of the Harborview Municipal Employees' Retirement System", "results announced Tuesday night by the fund's board of trustees", '6,812 members voted yes and 5,801 voted no, a turnout of 71 percent', 'according to'),
    s(KOUR, 'Kourosh-Bell', '"It was closer than I wanted, but it\'s a yes,"', 'said', 'direct', role=KROLE),
    s(L417, L417, 'members to vote no, arguing that workers hired after 2030 would pay more and get less than anyone before them', 'had urged'),
    s(MBAN, 'Local 417 President Cheryl Mbanefo', 'the union would not challenge the result', 'said', role='Local 417 President'),
    s(MBAN, 'she', '"Our members made a choice, and we respect it,"', 'said', 'direct', role='Local 417 President'),
    s(MBAN, '', '"We don\'t have to like it."', '', 'direct', role='Local 417 President'),
    s('the Harborview Retired Employees Coalition', 'A group of retirees, the Harborview Retired Employees Coalition', 'it would ask the state pension commission to review whether retirees, who could not vote, should have been allowed to', 'said'),
    s('Gloria Santangelo-Reyes', 'Mayor Gloria Santangelo-Reyes, who proposed the overhaul in 2036', 'the vote "an act of courage by people who didn\'t cause this problem."', 'called', 'mixed', role='Mayor'),
    s('The city', 'The city', 'without changes, its pension payments would take up a quarter of the general budget by 2045', 'had warned', date='2036'),
    s(CPI, 'an analysis by the Coastal Policy Institute', "the city's required payment will fall by about $38 million next year as a result of the vote", 'according to'),
    s(HANN, "Robert Hanneman, the institute's pension analyst", 'the fund\'s assumed return of 7 percent a year was "optimistic,"', 'warned', 'mixed', role="the institute's pension analyst"),
    s(HANN, '', 'one bad year in the markets could undo much of the gain', 'said', role="the institute's pension analyst"),
    s(OYEL, 'Margaret Oyelowo, 79, a retired city librarian', 'her cost-of-living increase paid for her heating', 'told', role='a retired city librarian'),
    s(OYEL, 'she', '"I\'m not asking for more,"', 'said', 'direct', role='a retired city librarian'),
    s(OYEL, '', '"I\'m asking you not to take what I was promised."', '', 'direct', role='a retired city librarian'),
    s('Alan Petrakis', 'Trustee Alan Petrakis, who voted against putting the plan to members', 'what he called "a process that left them out."', 'apologized', 'mixed', role='Trustee'),
    s(KOUR, 'Kourosh-Bell', ['Not yet', 'but "for the first time in ten years, the line is going the right way."'], 'said', 'mixed', role=KROLE),
)

PRUS = 'Evelyn Prusik'
PROLE = 'station manager'
HARK = 'Dale Harkness'
NFCB = 'the National Federation of Community Broadcasters'
F913 = 'Friends of 91.3'
UPSH = 'Tyrell Upshaw'

doc('bf16-paper-kwlr-community-radio-last-broadcast', 'The Talloway Herald', '2038-09-14', '''
After 44 years, KWLR signs off with a song and a thank-you

Station manager says listeners 'kept us going longer than anyone had a right to expect'

By Jonah Feldstein-Amaro
Herald staff

TALLOWAY — At 6 p.m. Sunday, Evelyn Prusik slid the last fader on the board at KWLR 91.3 FM down to zero, and the little community station that had broadcast from the second floor of the old Talloway feed store since 1994 went silent.

The station's volunteer board voted in June to hand its license back to the National Broadcasting Authority.

Prusik, the station manager since 2011, said the station had lost two of its three largest donors in the past year and could no longer pay its rent or the $14,000 yearly lease on its transmitter site. "Listeners kept us going longer than anyone had a right to expect," she said. "But you can't pay a tower lease with love letters."

She remembers the night in 2016 when an ice storm knocked out the power and volunteers kept the station on the air for 30 hours with a borrowed generator, reading out road closures and shelter addresses.

By her own count, she hosted 1,900 episodes of "Morning Feed," the station's weekday farm and weather show.

For the final broadcast, more than 60 former volunteers crowded into the studio and the stairwell outside it. Callers phoned in from as far away as Oregon.

One caller, who gave only her first name, Marlene, told listeners she had learned English as a child by listening to the station's Saturday news hour for farmworkers.

Dale Harkness, who started the station's bluegrass hour in 1997 and hosted it until last month, played the last record, a 1962 recording of "Will the Circle Be Unbroken."

"I asked Evelyn if I could pick the last song," Harkness said, "and she said I'd earned it."

The Talloway Historical Society said it would take the station's record collection, about 11,000 albums, along with its handwritten program logs.

Does the town lose its voice? Mayor Arturo Benavides-Kline said the station had been "the only place you could hear a school board meeting live," and that the city would look into streaming council and school board meetings online.

According to the National Federation of Community Broadcasters, 23 community stations have closed in the state since 2030. The federation's executive director, Karen Liu-Sorensen, said small stations were caught between rising tower rents and a generation of donors who now listen to podcasts.

Not everyone had given up. A group of former volunteers calling itself Friends of 91.3 said it was raising money to bring the station back as an internet stream. Its organizer, Tyrell Upshaw, 34, a former overnight DJ, said the group had raised $9,200 so far.

"It won't be the same," he said, "but it'll be ours."

Prusik's last words on the air were the station's old sign-off: "This is KWLR, Talloway, and you've been listening to your neighbors."

Asked what she would do next, Prusik said she planned to sleep in on a Monday for the first time in 27 years.

A banner hung in the stairwell for the last broadcast read "Thanks for listening, Talloway."
''',
    s(PRUS, 'Station manager', "listeners 'kept us going longer than anyone had a right to expect'", 'says', 'mixed', role=PROLE),
    s(PRUS, 'Prusik, the station manager since 2011', 'the station had lost two of its three largest donors in the past year|on its transmitter site', 'said', role=PROLE),
    s(PRUS, 'she', '"Listeners kept us going longer than anyone had a right to expect,"', 'said', 'direct', role=PROLE),
    s(PRUS, '', '"But you can\'t pay a tower lease with love letters."', '', 'direct', role=PROLE),
    s(PRUS, 'She', 'the night in 2016 when an ice storm knocked out the power|reading out road closures and shelter addresses', 'remembers', role=PROLE),
    s(PRUS, 'her', 'she hosted 1,900 episodes of "Morning Feed," the station\'s weekday farm and weather show', 'By her own count', role=PROLE),
    s('Marlene', 'One caller, who gave only her first name, Marlene', "she had learned English as a child by listening to the station's Saturday news hour for farmworkers", 'told'),
    s(HARK, 'Harkness', ['"I asked Evelyn if I could pick the last song,"', '"and she said I\'d earned it."'], 'said', 'direct'),
    s(PRUS, 'she', "I'd earned it", 'said', nested=True, via=HARK, role=PROLE),
    s('The Talloway Historical Society', 'The Talloway Historical Society', "it would take the station's record collection, about 11,000 albums, along with its handwritten program logs", 'said'),
    s('Arturo Benavides-Kline', 'Mayor Arturo Benavides-Kline', 'the station had been "the only place you could hear a school board meeting live," and that the city would look into streaming council and school board meetings online', 'said', 'mixed', role='Mayor'),
    s(NFCB, NFCB, '23 community stations have closed in the state since 2030', 'according to'),
    s('Karen Liu-Sorensen', "The federation's executive director, Karen Liu-Sorensen", 'small stations were caught between rising tower rents and a generation of donors who now listen to podcasts', 'said', role="The federation's executive director"),
    s(F913, 'A group of former volunteers calling itself Friends of 91.3', 'it was raising money to bring the station back as an internet stream', 'said'),
    s(UPSH, 'Its organizer, Tyrell Upshaw, 34, a former overnight DJ', 'the group had raised $9,200 so far', 'said', role='organizer'),
    s(UPSH, 'he', ['"It won\'t be the same,"', '"but it\'ll be ours."'], 'said', 'direct', role='organizer'),
    s(PRUS, '', '"This is KWLR, Talloway, and you\'ve been listening to your neighbors."', '', 'direct', role=PROLE),
    s(PRUS, 'Prusik', 'she planned to sleep in on a Monday for the first time in 27 years', 'said', role=PROLE),
)
