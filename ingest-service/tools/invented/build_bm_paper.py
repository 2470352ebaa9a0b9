"""Set BM's five North American newspaper articles (see build_bm.py)."""
from invented_common import doc_spans as doc, s

CEO = 'Gwendolyn Apsley-Nakamura'
DOC = 'Farid Oksanen-Blythe'
MAYR = 'Lucille Brandvold'

doc('bm12-paper-halbrook-emergency-room-closing', 'Halbrook Courier', '2042-03-03', '''
Halbrook ER to close nights; 'we'll be driving 50 minutes with a heart attack,' resident says

Health authority says it cannot staff the department; mayor calls decision 'a betrayal'

By Naomi Ferreira-Kask
Staff Reporter

The emergency department at Halbrook District Hospital will close every night from 7 p.m. to 7 a.m. starting April 1, the Lakeshore Regional Health Authority announced Monday, leaving the town of 9,000 without overnight emergency care for the first time since the hospital opened in 1968.

The authority's president and chief executive, Gwendolyn Apsley-Nakamura, said the hospital has been unable to fill five of its eight emergency physician positions despite two years of recruiting. "We cannot run an emergency department with locums and good luck," she said. "A department that is open on paper but has no doctor is more dangerous than one that is honestly closed."

Patients needing emergency care overnight will be directed to Tillbury General, 62 kilometres away, she said.

The decision drew an angry response at a packed town hall meeting Monday evening.

"We'll be driving 50 minutes with a heart attack," said Doreen McAllister-Pike, a retired school secretary who lives on a farm north of town. Her husband, Vernon, had a stroke two years ago, she said, and was treated in Halbrook within twenty minutes. "He would not be alive today if we'd had to go to Tillbury."

Mayor Lucille Brandvold called the decision "a betrayal of every family in this town" and said council would ask the provincial health minister to reverse it. She said the authority had not consulted the town before making its announcement.

Dr. Farid Oksanen-Blythe, one of the three remaining emergency physicians, said the closure was the right call but came years too late. The 52-year-old has worked in Halbrook since 2029 and said he has covered as many as 19 night shifts in a month.

"I love this place. But I was going to make a mistake sooner or later, and someone was going to pay for it," the physician said.

The union representing the hospital's nurses said in a statement that nurses had warned management about the staffing gaps since 2040. Its president, Colette Barrington-Ude, said she feared the overnight closures would become permanent.

Not everyone at the meeting blamed the authority. Jared Whitlock-Osei, who runs a hardware store on Main Street, said the province had cut training seats for doctors for a decade. "You can't hire people who were never trained," he said.

A spokesperson for the health ministry, Ravi Tamblyn, said in an email that the minister was aware of the town's concerns and would meet the mayor "in the coming weeks." He would not say whether the ministry would fund incentives to attract doctors.

Tillbury General's chief of emergency medicine, Dr. Annika Solberg-Reyes, said her department could absorb the extra patients "for now" but warned that ambulance waits at Tillbury already averaged 40 minutes on weekend nights.

Apsley-Nakamura said the authority would review the schedule in September.
''',
    s('Doreen McAllister-Pike', 'resident', "'we'll be driving 50 minutes with a heart attack,'", 'says', 'direct', role='retired school secretary'),
    s(CEO, 'Health authority', 'it cannot staff the department', 'says', role='president and chief executive'),
    s(MAYR, 'mayor', "decision 'a betrayal'", 'calls', 'mixed', role='Mayor'),
    s('Lakeshore Regional Health Authority', 'the Lakeshore Regional Health Authority', 'The emergency department at Halbrook District Hospital will close every night from 7 p.m. to 7 a.m. starting April 1', 'announced'),
    s(CEO, "The authority's president and chief executive, Gwendolyn Apsley-Nakamura", 'the hospital has been unable to fill five of its eight emergency physician positions despite two years of recruiting', 'said', role='president and chief executive'),
    s(CEO, 'she', '"We cannot run an emergency department with locums and good luck,"', 'said', 'direct', role='president and chief executive'),
    s(CEO, '', '"A department that is open on paper but has no doctor is more dangerous than one that is honestly closed."', '', 'direct', role='president and chief executive'),
    s(CEO, 'she', 'Patients needing emergency care overnight will be directed to Tillbury General, 62 kilometres away', 'said', role='president and chief executive'),
    s('Doreen McAllister-Pike', 'Doreen McAllister-Pike, a retired school secretary who lives on a farm north of town', '"We\'ll be driving 50 minutes with a heart attack,"', 'said', 'direct', role='retired school secretary'),
    s('Doreen McAllister-Pike', 'she', ['Her husband, Vernon, had a stroke two years ago,', 'and was treated in Halbrook within twenty minutes.'], 'said', role='retired school secretary'),
    s('Doreen McAllister-Pike', '', '"He would not be alive today if we\'d had to go to Tillbury."', '', 'direct', role='retired school secretary'),
    s(MAYR, 'Mayor Lucille Brandvold', 'the decision "a betrayal of every family in this town"', 'called', 'mixed', role='Mayor'),
    s(MAYR, 'Mayor Lucille Brandvold', 'council would ask the provincial health minister to reverse it', 'said', role='Mayor'),
    s(MAYR, 'She', 'the authority had not consulted the town before making its announcement', 'said', role='Mayor'),
    s(DOC, 'Dr. Farid Oksanen-Blythe, one of the three remaining emergency physicians', 'the closure was the right call but came years too late', 'said', role='emergency physician'),
    s(DOC, 'The 52-year-old', 'he has covered as many as 19 night shifts in a month', 'said', role='emergency physician'),
    s(DOC, 'the physician', '"I love this place. But I was going to make a mistake sooner or later, and someone was going to pay for it,"', 'said', 'direct', role='emergency physician'),
    s("The union representing the hospital's nurses", "The union representing the hospital's nurses", 'nurses had warned management about the staffing gaps since 2040', 'said'),
    s('Colette Barrington-Ude', 'Its president, Colette Barrington-Ude', 'she feared the overnight closures would become permanent', 'said', role='president'),
    s('Jared Whitlock-Osei', 'Jared Whitlock-Osei, who runs a hardware store on Main Street', 'the province had cut training seats for doctors for a decade', 'said'),
    s('Jared Whitlock-Osei', 'he', '"You can\'t hire people who were never trained,"', 'said', 'direct'),
    s('Ravi Tamblyn', 'A spokesperson for the health ministry, Ravi Tamblyn', 'the minister was aware of the town\'s concerns and would meet the mayor "in the coming weeks."', 'said', 'mixed', role='spokesperson'),
    s('Annika Solberg-Reyes', "Tillbury General's chief of emergency medicine, Dr. Annika Solberg-Reyes", 'her department could absorb the extra patients "for now"', 'said', 'mixed', role='chief of emergency medicine'),
    s('Annika Solberg-Reyes', "Tillbury General's chief of emergency medicine, Dr. Annika Solberg-Reyes", 'ambulance waits at Tillbury already averaged 40 minutes on weekend nights', 'warned', role='chief of emergency medicine'),
    s(CEO, 'Apsley-Nakamura', 'the authority would review the schedule in September', 'said', role='president and chief executive'),
)

ENG = 'Priscilla Vantongeren'

doc('bm13-paper-carrow-river-bridge-closed-repairs', 'Carrow Valley Record', '2042-05-14', '''
Home > News > Local

Carrow River bridge to close for 14 months; businesses fear detour will drive customers away

Posted May 14, 2042 6:05 am

By Hollis Mendoza-Brink

Photo: The Second Street bridge over the Carrow River, built in 1956, will close June 2. (Dana Petrakis-Hume/Carrow Valley Record)

The Second Street bridge, the only crossing of the Carrow River within the city limits, will close to all traffic on June 2 for at least 14 months of repairs, city engineers told council Tuesday night.

An inspection in March found corrosion in the steel beams under the deck that was "more advanced than anyone expected," according to city engineer Priscilla Vantongeren. She said the bridge was safe for now but that a load limit would have to be imposed by fall if the work were delayed.

READ MORE: Council approves $6.2M for water main replacement

The detour will add about 11 kilometres for drivers heading to the east side, where the city's only high school and the Safeway are located. Pedestrians and cyclists will use a temporary footbridge, Vantongeren said.

Business owners on Front Street, which ends at the bridge, said they are bracing for a hard year. Amira Costandi-Welsh, who owns the Tin Cup Cafe, said about a third of her customers come across the bridge from the east side. "If they can't get to us in five minutes, they'll go somewhere else," she said.

Her neighbour, Rosalind Kettering, runs a bike shop two doors down. She was more hopeful. The footbridge, she said, could bring more people past her window, not fewer.

Darnell Fitch-Owusu, who drives a delivery route for a bakery on the east side, said the detour would add close to an hour to his morning. "I'll be leaving at four instead of five. That's the whole story," he said.

Coun. Dale Hutchings-Obi asked whether the work could be done in two phases, keeping one lane open. Vantongeren said the contractor had looked at that option and rejected it because it would add eight months and about $3 million to the cost.

READ MORE: Carrow Valley school board votes to close Eastview Elementary

Council voted 6-1 to award the $18.4-million contract to Brenner Civil Ltd. Hutchings-Obi cast the only vote against. He said afterward that he supported the repairs but that council had "rushed a decision that will hurt Front Street for a year and a half."

The school district said it would add two buses to its east side routes in September.

Mayor Tobias Lindqvist-Royce said the city would ask the provincial government to cover part of the cost. "This is a regional crossing, not just ours," he said.

Sign up for our newsletter: the morning's local headlines, delivered at 6 a.m.

Photo: Amira Costandi-Welsh at the counter of the Tin Cup Cafe on Front Street. (Dana Petrakis-Hume/Carrow Valley Record)
''',
    s('Business owners on Front Street', 'businesses', 'detour will drive customers away', 'fear'),
    s('city engineers', 'city engineers', 'The Second Street bridge, the only crossing of the Carrow River within the city limits, will close to all traffic on June 2 for at least 14 months of repairs', 'told'),
    s(ENG, 'city engineer Priscilla Vantongeren', 'An inspection in March found corrosion in the steel beams under the deck that was "more advanced than anyone expected,"', 'according to', 'mixed', role='city engineer'),
    s(ENG, 'She', 'the bridge was safe for now but that a load limit would have to be imposed by fall if the work were delayed', 'said', role='city engineer'),
    s(ENG, 'Vantongeren', 'Pedestrians and cyclists will use a temporary footbridge', 'said', role='city engineer'),
    s('Business owners on Front Street', 'Business owners on Front Street', 'they are bracing for a hard year', 'said'),
    s('Amira Costandi-Welsh', 'Amira Costandi-Welsh, who owns the Tin Cup Cafe', 'about a third of her customers come across the bridge from the east side', 'said'),
    s('Amira Costandi-Welsh', 'she', '"If they can\'t get to us in five minutes, they\'ll go somewhere else,"', 'said', 'direct'),
    s('Rosalind Kettering', 'she', ['The footbridge,', 'could bring more people past her window, not fewer.'], 'said'),
    s('Darnell Fitch-Owusu', 'Darnell Fitch-Owusu, who drives a delivery route for a bakery on the east side', 'the detour would add close to an hour to his morning', 'said'),
    s('Darnell Fitch-Owusu', 'he', '"I\'ll be leaving at four instead of five. That\'s the whole story,"', 'said', 'direct'),
    s(ENG, 'Vantongeren', 'the contractor had looked at that option and rejected it because it would add eight months and about $3 million to the cost', 'said', role='city engineer'),
    s('Dale Hutchings-Obi', 'He', 'he supported the repairs but that council had "rushed a decision that will hurt Front Street for a year and a half."', 'said', 'mixed', role='Coun.'),
    s('The school district', 'The school district', 'it would add two buses to its east side routes in September', 'said'),
    s('Tobias Lindqvist-Royce', 'Mayor Tobias Lindqvist-Royce', 'the city would ask the provincial government to cover part of the cost', 'said', role='Mayor'),
    s('Tobias Lindqvist-Royce', 'he', '"This is a regional crossing, not just ours,"', 'said', 'direct', role='Mayor'),
)

COACH = 'Brandon Keyes-Adeyemi'
SUPT = 'Marcia Oduya-Lindgren'

doc('bm14-paper-westhollow-coach-fired', 'Westhollow Gazette', '2042-11-20', '''
Westhollow High fires football coach after player collapse; parents split

By Tamsin Grabowski-Lee

WESTHOLLOW — The Westhollow Unified School District has fired the head football coach at Westhollow High School, three weeks after a 16-year-old player collapsed from heat exhaustion during a preseason practice.

Superintendent Marcia Oduya-Lindgren confirmed the dismissal of Brandon Keyes-Adeyemi in a letter to families Wednesday. The letter said an investigation by an outside law firm had found that the coach "did not follow the district's heat safety protocol" on the afternoon of Oct. 29, when the temperature on the field reached 34 degrees.

The district did not release the investigation's report, citing student privacy.

The player, a junior lineman, spent two nights in the hospital and has since recovered. His father, Ernest Palacios-Dunn, said the family had asked only that the rules be followed. "We didn't ask for anybody to be fired. We asked for water breaks," he said. "My son did everything his coach told him to do."

Keyes-Adeyemi, 41, led the Wolverines to two league titles in six seasons. Reached by phone, he said he was "heartbroken" and that he had given the team more water breaks that day than the protocol required. He said he would appeal the decision.

His lawyer, Simone Achebe-Harlan, said the district had ignored the statements of four assistant coaches who were on the field. "Every one of them says the breaks happened," she said.

Senior quarterback Elijah Banda-Hurst, 17, said players had been told not to talk about the practice. "Coach was tough, but he never made us run without water," he said.

The decision has divided parents. More than 200 people have signed an online petition to reinstate the coach, and about 40 attended Tuesday's school board meeting, most of them wearing the team's green.

"He's the best thing that ever happened to some of these kids," said Tanya Rourke-Ibsen, whose son plays wide receiver. "He picked them up for practice when their parents couldn't."

Not all parents are on the coach's side. Gail Sorensen-Achterberg, a nurse whose daughter is on the cheer squad, said she had seen players "doubled over" on the sideline at practices in August. "Nobody wants to say it because we're winning," the 47-year-old said.

Board president Wendell Okoro-Vance said the board would not discuss a personnel matter in public. He said the district would hire a certified athletic trainer for every high school by next season, something parents had requested for years.

Oduya-Lindgren said assistant coach Rafael Quintanilla-Reed would lead the team for the rest of the season.
''',
    s(SUPT, 'Superintendent Marcia Oduya-Lindgren', 'the dismissal of Brandon Keyes-Adeyemi', 'confirmed', role='Superintendent'),
    s(SUPT, 'The letter', 'an investigation by an outside law firm had found that the coach "did not follow the district\'s heat safety protocol" on the afternoon of Oct. 29, when the temperature on the field reached 34 degrees', 'said', 'mixed', role='Superintendent'),
    s('an outside law firm', 'an investigation by an outside law firm', 'the coach "did not follow the district\'s heat safety protocol" on the afternoon of Oct. 29', 'had found', 'mixed', nested=True, via=SUPT),
    s('The Westhollow Unified School District', 'The district', 'student privacy', 'citing'),
    s('Ernest Palacios-Dunn', 'His father, Ernest Palacios-Dunn', 'the family had asked only that the rules be followed', 'said'),
    s('Ernest Palacios-Dunn', 'he', '"We didn\'t ask for anybody to be fired. We asked for water breaks,"', 'said', 'direct'),
    s('Ernest Palacios-Dunn', '', '"My son did everything his coach told him to do."', '', 'direct'),
    s(COACH, 'he', 'he was "heartbroken" and that he had given the team more water breaks that day than the protocol required', 'said', 'mixed', role='head football coach'),
    s(COACH, 'He', 'he would appeal the decision', 'said', role='head football coach'),
    s('Simone Achebe-Harlan', 'His lawyer, Simone Achebe-Harlan', 'the district had ignored the statements of four assistant coaches who were on the field', 'said', role='lawyer'),
    s('Simone Achebe-Harlan', 'she', '"Every one of them says the breaks happened,"', 'said', 'direct', role='lawyer'),
    s('Elijah Banda-Hurst', 'Senior quarterback Elijah Banda-Hurst, 17', 'players had been told not to talk about the practice', 'said', role='quarterback'),
    s('Elijah Banda-Hurst', 'he', '"Coach was tough, but he never made us run without water,"', 'said', 'direct', role='quarterback'),
    s('Tanya Rourke-Ibsen', 'Tanya Rourke-Ibsen, whose son plays wide receiver', '"He\'s the best thing that ever happened to some of these kids,"', 'said', 'direct'),
    s('Tanya Rourke-Ibsen', '', '"He picked them up for practice when their parents couldn\'t."', '', 'direct'),
    s('Gail Sorensen-Achterberg', 'Gail Sorensen-Achterberg, a nurse whose daughter is on the cheer squad', 'she had seen players "doubled over" on the sideline at practices in August', 'said', 'mixed', role='nurse'),
    s('Gail Sorensen-Achterberg', 'the 47-year-old', '"Nobody wants to say it because we\'re winning,"', 'said', 'direct', role='nurse'),
    s('Wendell Okoro-Vance', 'Board president Wendell Okoro-Vance', 'the board would not discuss a personnel matter in public', 'said', role='Board president'),
    s('Wendell Okoro-Vance', 'He', 'the district would hire a certified athletic trainer for every high school by next season', 'said', role='Board president'),
    s(SUPT, 'Oduya-Lindgren', 'assistant coach Rafael Quintanilla-Reed would lead the team for the rest of the season', 'said', role='Superintendent'),
)

OWN = 'Jolene Marchetti-Fox'

doc('bm15-paper-dunmore-cannabis-shop-zoning', 'Dunmore Herald', '2042-08-27', '''
Cannabis shop near park splits Dunmore council, neighbours

Owner says store meets every rule; residents worry children will walk past it

By Kwame Ostrander-Bell

A proposal to open a cannabis store in a vacant bank building on Alder Avenue drew more than 60 residents to Dunmore city hall Tuesday, and left council divided on whether to change the zoning that would allow it.

The building sits 140 metres from Linden Park, where the city runs a summer day camp. Provincial rules require cannabis stores to be at least 150 metres from a school, but say nothing about parks. Dunmore's own bylaw sets no distance at all.

The applicant, Jolene Marchetti-Fox, told council her store would have no window displays, would check identification at the door and would close at 9 p.m. "I've spent my savings on this. I did everything the city asked me to do," the 38-year-old said. "Now I'm told the rules might change after the fact."

Several of the residents who spoke were parents. One of them, Harriet Nwosu-Blake, said children walk past the building every morning on their way to the camp. "It's not about the product. It's about where it is," she said.

Another mother, Delphine Aurelio, spoke in favour of the store. She said a well-run shop would do less harm than the illegal sellers who operate near the park now. Her daughter, she added, had been offered cannabis at the skate park twice this summer.

Mark Bellweather, 71, who has lived across the street from the bank for 30 years, said he worried about parking more than anything else. "There are already cars on my lawn on camp days," he said.

Coun. Priya Castellano-Tuck moved to defer the application until staff could report on a 200-metre buffer around parks. She said the city should have set a rule years ago and should not make one up for a single application.

Coun. Arthur Mbeki-Lowe opposed the deferral. The applicant had followed the rules in force, he said, and changing them now "sends a terrible message to anyone who wants to start a business in this town."

Council voted 4-3 to defer. Staff will report back on Sept. 24.

Planning director Howard Szabo-Reid said a buffer bylaw would apply only to new applications, not to Marchetti-Fox's, under provincial law. He said staff would also look at limits on hours.

Marchetti-Fox said after the vote that she would wait for the report before deciding whether to take the city to court.
''',
    s(OWN, 'Owner', 'store meets every rule', 'says', role='applicant'),
    s('residents', 'residents', 'children will walk past it', 'worry'),
    s(OWN, 'The applicant, Jolene Marchetti-Fox', 'her store would have no window displays, would check identification at the door and would close at 9 p.m.', 'told', role='applicant'),
    s(OWN, 'the 38-year-old', '"I\'ve spent my savings on this. I did everything the city asked me to do,"', 'said', 'direct', role='applicant'),
    s(OWN, '', '"Now I\'m told the rules might change after the fact."', '', 'direct', role='applicant'),
    s('Harriet Nwosu-Blake', 'One of them, Harriet Nwosu-Blake', 'children walk past the building every morning on their way to the camp', 'said'),
    s('Harriet Nwosu-Blake', 'she', '"It\'s not about the product. It\'s about where it is,"', 'said', 'direct'),
    s('Delphine Aurelio', 'Another mother, Delphine Aurelio', 'the store', 'spoke in favour of'),
    s('Delphine Aurelio', 'She', 'a well-run shop would do less harm than the illegal sellers who operate near the park now', 'said'),
    s('Delphine Aurelio', 'she', ['Her daughter,', 'had been offered cannabis at the skate park twice this summer.'], 'added'),
    s('Mark Bellweather', 'Mark Bellweather, 71, who has lived across the street from the bank for 30 years', 'he worried about parking more than anything else', 'said'),
    s('Mark Bellweather', 'he', '"There are already cars on my lawn on camp days,"', 'said', 'direct'),
    s('Priya Castellano-Tuck', 'She', 'the city should have set a rule years ago and should not make one up for a single application', 'said', role='Coun.'),
    s('Arthur Mbeki-Lowe', 'Coun. Arthur Mbeki-Lowe', 'the deferral', 'opposed', role='Coun.'),
    s('Arthur Mbeki-Lowe', 'he', ['The applicant had followed the rules in force,', 'and changing them now "sends a terrible message to anyone who wants to start a business in this town."'], 'said', 'mixed', role='Coun.'),
    s('Howard Szabo-Reid', 'Planning director Howard Szabo-Reid', "a buffer bylaw would apply only to new applications, not to Marchetti-Fox's, under provincial law", 'said', role='Planning director'),
    s('Howard Szabo-Reid', 'He', 'staff would also look at limits on hours', 'said', role='Planning director'),
    s(OWN, 'Marchetti-Fox', 'she would wait for the report before deciding whether to take the city to court', 'said', role='applicant'),
)

PWD = 'Kenji Abernathy-Solis'

doc('bm16-paper-granby-snow-plough-budget-fight', 'Granby Lakes Sentinel', '2042-12-09', '''
Plow budget fight: Granby councillors clash over cutting overnight routes

Public works director warns side streets could wait two days after a storm

By Celeste Vaillancourt-Obi

GRANBY LAKES — A proposal to save $1.1 million by ending overnight plowing on residential streets set off the sharpest debate of Granby's budget season Monday, with one councillor calling it "a tax on people who have to be at work at 6 a.m."

The cut is one of 14 options staff presented to council's finance committee to keep next year's property tax increase at 3.5 per cent. Under the proposal, crews would clear only main roads and bus routes between 10 p.m. and 6 a.m.

Kenji Abernathy-Solis, the city's public works director, told the committee that after a heavy snowfall, some side streets would not be plowed for up to 48 hours. "I want council to go in with its eyes open," he said. "This is a real service reduction, and residents will notice it in the first storm."

Coun. Beatrix Holloway-Nash, who chairs the finance committee, said the city could not keep adding services without asking where the money would come from. She noted that the plow budget has grown 40 per cent in five years, largely because of overtime.

The councillor who made the "tax" remark, Coun. Leon Obiora-Marsh, represents the Birchfield ward, where many residents work early shifts at the Granby Lakes food processing plant. "My constituents don't get a snow day," he said. "If their street isn't plowed, they lose a day's pay." He proposed instead that the city cut the budget for its planned downtown ice rink.

Holloway-Nash said that idea had merit but would save less than half as much.

Residents have weighed in too. Walt Dymek-Fairbanks, a retired bus driver who uses a walker, said he had been stuck in his house for three days after a storm last February. "The plow came by once, at noon, and left a wall of snow across my driveway," the 74-year-old said.

Kristen Ahlberg-Nunez, who lives on the same street, sees it differently. The mother of two said she would rather wait a day for the plow than pay another $120 a year in taxes.

The city's snow-clearing contractor, Northway Services, said in a statement that it could not comment on budget decisions but that its crews were "ready for whatever council decides."

Mayor Yusuf Thibodeaux-Kane, who does not sit on the committee, said he would not support any cut that left emergency vehicles unable to reach a house. Asked whether he would vote against the budget if the cut stayed in, he said, "Let's see what the committee sends us."

The committee will vote on the options Dec. 16.
''',
    s(PWD, 'Public works director', 'side streets could wait two days after a storm', 'warns', role='public works director'),
    s('Leon Obiora-Marsh', 'one councillor', 'it "a tax on people who have to be at work at 6 a.m."', 'calling', 'mixed', role='Coun.'),
    s(PWD, "Kenji Abernathy-Solis, the city's public works director", 'after a heavy snowfall, some side streets would not be plowed for up to 48 hours', 'told', role='public works director'),
    s(PWD, 'he', '"I want council to go in with its eyes open,"', 'said', 'direct', role='public works director'),
    s(PWD, '', '"This is a real service reduction, and residents will notice it in the first storm."', '', 'direct', role='public works director'),
    s('Beatrix Holloway-Nash', 'Coun. Beatrix Holloway-Nash, who chairs the finance committee', 'the city could not keep adding services without asking where the money would come from', 'said', role='Coun.'),
    s('Beatrix Holloway-Nash', 'She', 'the plow budget has grown 40 per cent in five years, largely because of overtime', 'noted', role='Coun.'),
    s('Leon Obiora-Marsh', 'he', '"My constituents don\'t get a snow day,"', 'said', 'direct', role='Coun.'),
    s('Leon Obiora-Marsh', '', '"If their street isn\'t plowed, they lose a day\'s pay."', '', 'direct', role='Coun.'),
    s('Leon Obiora-Marsh', 'He', 'the city cut the budget for its planned downtown ice rink', 'proposed', role='Coun.'),
    s('Beatrix Holloway-Nash', 'Holloway-Nash', 'that idea had merit but would save less than half as much', 'said', role='Coun.'),
    s('Walt Dymek-Fairbanks', 'Walt Dymek-Fairbanks, a retired bus driver who uses a walker', 'he had been stuck in his house for three days after a storm last February', 'said', role='retired bus driver'),
    s('Walt Dymek-Fairbanks', 'the 74-year-old', '"The plow came by once, at noon, and left a wall of snow across my driveway,"', 'said', 'direct', role='retired bus driver'),
    s('Kristen Ahlberg-Nunez', 'The mother of two', 'she would rather wait a day for the plow than pay another $120 a year in taxes', 'said'),
    s('Northway Services', "The city's snow-clearing contractor, Northway Services", 'it could not comment on budget decisions but that its crews were "ready for whatever council decides."', 'said', 'mixed'),
    s('Yusuf Thibodeaux-Kane', 'Mayor Yusuf Thibodeaux-Kane, who does not sit on the committee', 'he would not support any cut that left emergency vehicles unable to reach a house', 'said', role='Mayor'),
    s('Yusuf Thibodeaux-Kane', 'he', '"Let\'s see what the committee sends us."', 'said', 'direct', role='Mayor'),
)
