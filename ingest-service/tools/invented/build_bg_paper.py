"""Set BG's five North American newspaper articles (see build_bg.py)."""
from invented_common import doc_spans as doc, s

UNION = 'Cedar Hollow Teachers Federation'
MAC = 'Rosalind MacAuley-Tran'
BOARD = 'Cedar Hollow Unified School District'
FENN = 'Gordon Fennimore'
TESS = 'Tessa Oyelaran'
KIM = 'Jae-won Kimball'
ABR = 'Delia Abernethy'
OTT = 'Wesley Ottaway'

doc('bg12-paper-cedar-hollow-teachers-contract-vote', 'Cedar Hollow Courier', '2039-01-23', '''
Teachers ratify contract, ending threat of first strike in 30 years

Union president says deal 'is not everything we wanted'; district calls it fair

By Marisa Quintero-Bell
Courier staff writer

Cedar Hollow teachers voted by a wide margin Wednesday night to accept a three-year contract, ending months of tense talks and a strike threat that had parents scrambling for child care plans.

The Cedar Hollow Teachers Federation said 81% of the 1,140 members who cast ballots approved the deal, which raises salaries by 4% this year and 3.5% in each of the next two years and caps class sizes in kindergarten through third grade at 24 students.

"It is not everything we wanted, and I won't pretend it is," said federation president Rosalind MacAuley-Tran, a middle-school science teacher. "But it is a contract we can live with, and it puts a hard number on class sizes for the first time."

MacAuley-Tran said the class-size cap was the issue members cared about most. Teachers at two elementary schools, she said, had classes of 31 this year.

The district's school board is expected to approve the contract Feb. 4. Superintendent Gordon Fennimore called the agreement "fair to teachers and responsible to taxpayers." He said the district would pay for the raises in part by leaving 22 administrative positions unfilled.

Not all teachers were happy. At Lakeview High, where about a third of members voted no, a 47-year-old English teacher said the raise would not keep up with rents in the valley. "I've taught here 19 years and I still can't afford to live in the district I teach in," said the teacher, Tessa Oyelaran. The 47-year-old said she would keep a second job tutoring on weekends.

Another Lakeview teacher, Jae-won Kimball, voted yes. The cap on class sizes, he said, "will change what a first-grade classroom looks like."

Parents had mixed feelings about the months of uncertainty. Delia Abernethy, who has two children at Pine Ridge Elementary, said she was relieved. "We had a whole plan with my sister and my mom for the strike," she said. "I'm glad we don't need it."

Her neighbor, Wesley Ottaway, said the district should have settled in the fall. He blamed the board for letting the talks drag on. "Nobody should have had to get that close to the edge," Ottaway said.

The federation had set a strike date of Feb. 2 after members rejected the district's previous offer in December.

Board president Harriet Voss-Delgado did not respond to a request for comment Thursday.

Under state law, the contract must also be reviewed by the county office of education, which can ask the district to show that it can afford the raises.
''',
    s(MAC, 'Union president', "deal 'is not everything we wanted'", 'says', 'mixed', role='federation president'),
    s(FENN, 'district', 'it fair', 'calls', role='Superintendent'),
    s(UNION, 'The Cedar Hollow Teachers Federation', '81% of the 1,140 members who cast ballots approved the deal, which raises salaries by 4% this year and 3.5% in each of the next two years and caps class sizes in kindergarten through third grade at 24 students', 'said'),
    s(MAC, 'federation president Rosalind MacAuley-Tran, a middle-school science teacher', '"It is not everything we wanted, and I won\'t pretend it is,"', 'said', 'direct', role='federation president'),
    s(MAC, '', '"But it is a contract we can live with, and it puts a hard number on class sizes for the first time."', '', 'direct', role='federation president'),
    s(MAC, 'MacAuley-Tran', 'the class-size cap was the issue members cared about most', 'said', role='federation president'),
    s(MAC, 'she', ['Teachers at two elementary schools,', 'had classes of 31 this year.'], 'said', role='federation president'),
    s(FENN, 'Superintendent Gordon Fennimore', 'the agreement "fair to teachers and responsible to taxpayers."', 'called', 'mixed', role='Superintendent'),
    s(FENN, 'He', 'the district would pay for the raises in part by leaving 22 administrative positions unfilled', 'said', role='Superintendent'),
    s(TESS, 'a 47-year-old English teacher', 'the raise would not keep up with rents in the valley', 'said', role='English teacher'),
    s(TESS, 'the teacher, Tessa Oyelaran', '"I\'ve taught here 19 years and I still can\'t afford to live in the district I teach in,"', 'said', 'direct', role='English teacher'),
    s(TESS, 'The 47-year-old', 'she would keep a second job tutoring on weekends', 'said', role='English teacher'),
    s(KIM, 'he', ['The cap on class sizes,', '"will change what a first-grade classroom looks like."'], 'said', 'mixed', role='Another Lakeview teacher'),
    s(ABR, 'Delia Abernethy, who has two children at Pine Ridge Elementary', 'she was relieved', 'said'),
    s(ABR, 'she', '"We had a whole plan with my sister and my mom for the strike,"', 'said', 'direct'),
    s(ABR, '', '"I\'m glad we don\'t need it."', '', 'direct'),
    s(OTT, 'Her neighbor, Wesley Ottaway', 'the district should have settled in the fall', 'said'),
    s(OTT, 'He', 'the board for letting the talks drag on', 'blamed'),
    s(OTT, 'Ottaway', '"Nobody should have had to get that close to the edge,"', 'said', 'direct'),
)

HOSP = 'St. Brendan Regional Health'
GRAY = 'Dr. Lionel Grayson-Achike'
MEND = 'Carmen Mendoza-Flett'
PAULA = 'Paula Stenberg'
RUIZ = 'Ignacio Ruiz-Hallam'
CROSS = 'Nora Crossley'
CHIEF = 'Emmett Lavigne'

doc('bg13-paper-millbrook-emergency-room-closure', 'Millbrook Herald-Sentinel', '2039-11-06', '''
Millbrook ER to close overnight starting Dec. 1, hospital says

Residents fear longer ambulance rides; nurses blame staffing 'crisis'

By Andre Whitfield-Obi
Herald-Sentinel

The only emergency room within 40 miles of Millbrook will close from 8 p.m. to 8 a.m. starting Dec. 1 because the hospital cannot find enough doctors and nurses to staff the night shift, its operator announced Wednesday.

St. Brendan Regional Health, which runs Millbrook Memorial Hospital, said the closure would last "at least through the winter." Patients who need emergency care overnight will have to go to St. Brendan's main hospital in Garnet City, a 50-minute drive.

"This is the decision none of us wanted to make," the system's chief medical officer, Dr. Lionel Grayson-Achike, told the Herald-Sentinel. "But an emergency room with no doctor in it is not an emergency room. It is a waiting room."

He said the hospital had tried for 14 months to recruit three emergency physicians and had filled one position. The hospital also relies on traveling nurses, who cost about twice as much as staff nurses, he said.

Nurses have their own explanation. Carmen Mendoza-Flett, a nurse at Millbrook Memorial for 23 years and the local chair of the Tri-County Nurses Association, said the hospital had created its own shortage by freezing pay for two years. "They called it a staffing crisis," she said. "We called it a pay crisis, and we told them so in 2037."

Grayson-Achike denied that pay was the main reason. Hospitals across the region, he said, were competing for the same small pool of doctors.

At a packed town hall meeting Tuesday night, residents lined up to speak. Paula Stenberg, 68, said her husband had a heart attack at 2 a.m. last winter and was in the Millbrook ER within 15 minutes. "If he'd had to go to Garnet City, I'd be a widow," she said.

Stenberg's friend, Rita Halloran, sat beside her. She said she had started keeping a bag packed by the door.

Ignacio Ruiz-Hallam, who owns a dairy farm on Route 9, asked hospital officials what farmworkers injured on night shifts were supposed to do. He did not get an answer, he said.

The county's ambulance service will add a second overnight crew, according to fire chief Emmett Lavigne. Lavigne said his crews now make about four trips a night to Millbrook Memorial. The longer drive, he warned, would keep each crew out of town for two hours at a time.

State Sen. Nora Crossley, who represents Millbrook, said she had asked the state health department to review the decision. In a letter to the department, she wrote that "closing an ER at night in a town this size is a risk to life." The department said it had received the letter and would respond.

Reach Andre Whitfield-Obi at awhitfield@heraldsentinel.example or 555-0143.
''',
    s(HOSP, 'hospital', 'Millbrook ER to close overnight starting Dec. 1', 'says'),
    s('Residents', 'Residents', 'longer ambulance rides', 'fear'),
    s('nurses', 'nurses', "staffing 'crisis'", 'blame', 'mixed'),
    s(HOSP, 'its operator', 'The only emergency room within 40 miles of Millbrook will close from 8 p.m. to 8 a.m. starting Dec. 1 because the hospital cannot find enough doctors and nurses to staff the night shift', 'announced'),
    s(HOSP, 'St. Brendan Regional Health, which runs Millbrook Memorial Hospital', 'the closure would last "at least through the winter."', 'said', 'mixed'),
    s(GRAY, 'Dr. Lionel Grayson-Achike', '"This is the decision none of us wanted to make,"', 'told', 'direct', role="the system's chief medical officer"),
    s(GRAY, '', '"But an emergency room with no doctor in it is not an emergency room. It is a waiting room."', '', 'direct', role="the system's chief medical officer"),
    s(GRAY, 'He', 'the hospital had tried for 14 months to recruit three emergency physicians and had filled one position', 'said', role="the system's chief medical officer"),
    s(GRAY, 'he', 'The hospital also relies on traveling nurses, who cost about twice as much as staff nurses', 'said', role="the system's chief medical officer"),
    s(MEND, 'Carmen Mendoza-Flett, a nurse at Millbrook Memorial for 23 years and the local chair of the Tri-County Nurses Association', 'the hospital had created its own shortage by freezing pay for two years', 'said', role='the local chair of the Tri-County Nurses Association'),
    s(MEND, 'she', '"They called it a staffing crisis,"', 'said', 'direct', role='the local chair of the Tri-County Nurses Association'),
    s(MEND, '', '"We called it a pay crisis, and we told them so in 2037."', '', 'direct', role='the local chair of the Tri-County Nurses Association'),
    s(GRAY, 'Grayson-Achike', 'pay was the main reason', 'denied', role="the system's chief medical officer"),
    s(GRAY, 'he', ['Hospitals across the region,', 'were competing for the same small pool of doctors.'], 'said', role="the system's chief medical officer"),
    s(PAULA, 'Paula Stenberg, 68', 'her husband had a heart attack at 2 a.m. last winter and was in the Millbrook ER within 15 minutes', 'said'),
    s(PAULA, 'she', '"If he\'d had to go to Garnet City, I\'d be a widow,"', 'said', 'direct'),
    s('Rita Halloran', 'She', 'she had started keeping a bag packed by the door', 'said'),
    s(RUIZ, 'he', 'He did not get an answer', 'said'),
    s(CHIEF, 'fire chief Emmett Lavigne', "The county's ambulance service will add a second overnight crew", 'according to', role='fire chief'),
    s(CHIEF, 'Lavigne', 'his crews now make about four trips a night to Millbrook Memorial', 'said', role='fire chief'),
    s(CHIEF, 'he', ['The longer drive,', 'would keep each crew out of town for two hours at a time.'], 'warned', role='fire chief'),
    s(CROSS, 'State Sen. Nora Crossley, who represents Millbrook', 'she had asked the state health department to review the decision', 'said', role='State Sen.'),
    s(CROSS, 'she', '"closing an ER at night in a town this size is a risk to life."', 'wrote', 'direct', role='State Sen.'),
    s('the state health department', 'The department', 'it had received the letter and would respond', 'said'),
)

ASSOC = 'Kettle Valley Minor Hockey Association'
DUV = 'Rachel Duvall-Osei'
MOM = 'Janelle Whitcombe'
DAD = 'Curtis Whitcombe'
COACH = 'Brent Haldane'
LAW = 'Miriam Castellanos-Reid'
RCMP = 'Sgt. Owen Pritchard'

doc('bg14-paper-kettle-valley-youth-hockey-hazing', 'Kettle Valley Examiner', '2039-03-18', '''
Minor hockey team's season cancelled over hazing allegations

Parents of 14-year-old say he was forced to drink until he vomited; coach suspended

By Grace Tollefsen-Mbeki
The Examiner

The Kettle Valley Minor Hockey Association has cancelled the rest of the season for its under-15 AA team after allegations that older players hazed a teammate during a tournament trip to Brandon Falls last month.

The association's board voted Monday night to end the team's season and suspend its head coach, Brent Haldane, pending an independent investigation, association president Rachel Duvall-Osei said in an interview Tuesday.

"What we have heard is serious enough that we could not let this team play another game while we find out what happened," Duvall-Osei said. "That is not a punishment of anyone. It is what the situation requires."

The parents of the 14-year-old player, Janelle and Curtis Whitcombe, told the Examiner their son was held down in a hotel room by four teammates and forced to drink vodka until he vomited. The Whitcombes asked that their son not be named.

"He came home a different kid," Janelle Whitcombe said. "He stopped eating. He stopped going to practice. It took him two weeks to tell us."

Her husband said the family had gone to the association on Feb. 21, the day their son told them. According to Curtis Whitcombe, an assistant coach had told him at the tournament that "boys will be boys." He said he wanted the coaching staff held responsible.

Haldane, 51, who has coached in the association for 16 years, did not respond to phone calls and messages. His lawyer, Miriam Castellanos-Reid, said in a brief statement that her client "was not present, was not told, and would have stopped it." She said he would cooperate fully with the investigation.

RCMP Sgt. Owen Pritchard confirmed that officers had received a complaint and were "looking into it." He would not say whether any of the players would face charges.

Other parents on the team were divided. A mother of one of the older players, who asked not to be identified because her son is a minor, said the boys had been "made out to be monsters" on social media before anyone had spoken to them. She said her son had told her that the drinking was "a stupid game that went too far."

A father of another player said he supported cancelling the season. "My kid is heartbroken," he said, "but he knows why."

Hockey Prairie, the provincial governing body, said it had sent a case manager to Kettle Valley and would review the association's safe-sport policies. The body requires every coach to complete hazing-prevention training, a spokesperson said.

The investigation is expected to take six weeks, Duvall-Osei said. She said the association would hold a meeting for all parents on Thursday.

The Whitcombes say their son has not been back on the ice.
''',
    s(MOM + ' and ' + DAD, 'Parents of 14-year-old', 'he was forced to drink until he vomited', 'say'),
    s(DUV, 'association president Rachel Duvall-Osei', "The association's board voted Monday night to end the team's season and suspend its head coach, Brent Haldane, pending an independent investigation", 'said', role='association president'),
    s(DUV, 'Duvall-Osei', '"What we have heard is serious enough that we could not let this team play another game while we find out what happened,"', 'said', 'direct', role='association president'),
    s(DUV, '', '"That is not a punishment of anyone. It is what the situation requires."', '', 'direct', role='association president'),
    s(MOM + ' and ' + DAD, 'The parents of the 14-year-old player, Janelle and Curtis Whitcombe', 'their son was held down in a hotel room by four teammates and forced to drink vodka until he vomited', 'told'),
    s(MOM, 'Janelle Whitcombe', '"He came home a different kid,"', 'said', 'direct'),
    s(MOM, '', '"He stopped eating. He stopped going to practice. It took him two weeks to tell us."', '', 'direct'),
    s(DAD, 'Her husband', 'the family had gone to the association on Feb. 21, the day their son told them', 'said'),
    s(DAD, 'Curtis Whitcombe', 'an assistant coach had told him at the tournament that "boys will be boys."', 'According to', 'mixed'),
    s('an assistant coach', 'an assistant coach', '"boys will be boys."', 'had told', 'direct', nested=True, via=DAD),
    s(DAD, 'He', 'he wanted the coaching staff held responsible', 'said'),
    s(LAW, 'His lawyer, Miriam Castellanos-Reid', 'her client "was not present, was not told, and would have stopped it."', 'said', 'mixed', role='His lawyer'),
    s(LAW, 'She', 'he would cooperate fully with the investigation', 'said', role='His lawyer'),
    s(RCMP, 'RCMP Sgt. Owen Pritchard', 'officers had received a complaint and were "looking into it."', 'confirmed', 'mixed', role='RCMP Sgt.'),
    s('A mother of one of the older players', 'A mother of one of the older players, who asked not to be identified because her son is a minor', 'the boys had been "made out to be monsters" on social media before anyone had spoken to them', 'said', 'mixed'),
    s('A mother of one of the older players', 'She', 'her son had told her that the drinking was "a stupid game that went too far."', 'said', 'mixed'),
    s('her son', 'her son', 'the drinking was "a stupid game that went too far."', 'had told', 'mixed', nested=True, via='A mother of one of the older players'),
    s('A father of another player', 'A father of another player', 'he supported cancelling the season', 'said'),
    s('A father of another player', 'he', ['"My kid is heartbroken,"', '"but he knows why."'], 'said', 'direct'),
    s('Hockey Prairie', 'Hockey Prairie, the provincial governing body', "it had sent a case manager to Kettle Valley and would review the association's safe-sport policies", 'said'),
    s('a spokesperson', 'a spokesperson', 'The body requires every coach to complete hazing-prevention training', 'said'),
    s(DUV, 'Duvall-Osei', 'The investigation is expected to take six weeks', 'said', role='association president'),
    s(DUV, 'She', 'the association would hold a meeting for all parents on Thursday', 'said', role='association president'),
    s(MOM + ' and ' + DAD, 'The Whitcombes', 'their son has not been back on the ice', 'say'),
)

DEV = 'Brightwater Developments'
NOLAN = 'Felix Nolan-Achterberg'
HER = 'Harriet Quenneville'
SAVE = 'Save the Orpheum'
ODETTE = 'Odette Marchbanks'
CLRW = 'Simone Oyelaran-Pike'
MAYR = 'Douglas Ferreira-Lund'
ARCH = 'Bernadette Kowalczyk'

doc('bg15-paper-linden-falls-orpheum-theatre-demolition', 'Linden Falls Standard', '2039-08-14', '''
Council clears way for Orpheum's demolition; 'we lost,' says preservation group

Developer promises to save the facade; 1924 theatre's last owner says she had no choice

By Theo Brandvold-Nakamura
Local Journalism Initiative Reporter

City council voted 7-4 Tuesday night to remove the Orpheum Theatre from the city's heritage register, clearing the way for a developer to tear down most of the 1924 building and put up a 16-storey apartment tower on the site.

Brightwater Developments has said it will keep the theatre's brick facade and its neon marquee and build the tower behind them. Its president, Felix Nolan-Achterberg, told council the company had spent two years looking at ways to keep the auditorium. "We could not find a single one that works," he said. "The roof is failing and the balcony has no steel in it at all."

Photo: The Orpheum's marquee on Main Street, Aug. 12. (Lena Okafor/The Standard)

The vote followed more than four hours of public comment. Of the 38 people who spoke, 31 live within a mile of the theatre.

READ MORE: Orpheum owner lists theatre for sale after 2036 flood

"We lost," said Odette Marchbanks, who founded the group Save the Orpheum in 2037 and has gathered more than 9,000 signatures. "But this city lost more than we did." The 71-year-old retired music teacher said she saw her first film at the Orpheum in 1975 and played piano in its lobby for 20 years.

The group says it will ask the province's heritage board to review the decision.

Harriet Quenneville, whose family owned the theatre for three generations until she sold it to Brightwater last year, watched the vote from the back row. She told the Standard she had no choice. "I couldn't afford to fix the roof, and nobody else wanted it," Quenneville said. "People who are angry now never bought a ticket."

Coun. Simone Oyelaran-Pike, who voted against the motion, said the city had "let a landmark rot and then called it beyond saving." She said council had never asked the owner what help she needed.

Mayor Douglas Ferreira-Lund, who voted in favour, said the tower would add 210 homes in a city where the rental vacancy rate is below 1%. He called the facade plan "a fair compromise."

An engineering report commissioned by the city in 2038 found that the auditorium's roof trusses had "reached the end of their service life." But a heritage architect hired by Save the Orpheum, Bernadette Kowalczyk, told council the report had overstated the damage. The building, she said, could be restored for about $11 million.

Sign up for our newsletter: The Standard's morning briefing, delivered weekdays.

Demolition could start as early as next spring, the company said. Brightwater did not say when the tower would open.

READ MORE: What happens to the marquee? Five questions about the Orpheum deal

Photo: Save the Orpheum founder Odette Marchbanks outside City Hall on Tuesday. (Lena Okafor/The Standard)
''',
    s(ODETTE, 'preservation group', "'we lost,'", 'says', 'direct', role='founder'),
    s(DEV, 'Developer', 'to save the facade', 'promises'),
    s(HER, "1924 theatre's last owner", 'she had no choice', 'says'),
    s(DEV, 'Brightwater Developments', "it will keep the theatre's brick facade and its neon marquee and build the tower behind them", 'has said'),
    s(NOLAN, 'Its president, Felix Nolan-Achterberg', 'the company had spent two years looking at ways to keep the auditorium', 'told', role='president'),
    s(NOLAN, 'he', '"We could not find a single one that works,"', 'said', 'direct', role='president'),
    s(NOLAN, '', '"The roof is failing and the balcony has no steel in it at all."', '', 'direct', role='president'),
    s(ODETTE, 'Odette Marchbanks, who founded the group Save the Orpheum in 2037 and has gathered more than 9,000 signatures', '"We lost,"', 'said', 'direct', role='founder'),
    s(ODETTE, '', '"But this city lost more than we did."', '', 'direct', role='founder'),
    s(ODETTE, 'The 71-year-old retired music teacher', 'she saw her first film at the Orpheum in 1975 and played piano in its lobby for 20 years', 'said', role='retired music teacher'),
    s(SAVE, 'The group', "it will ask the province's heritage board to review the decision", 'says'),
    s(HER, 'She', 'she had no choice', 'told'),
    s(HER, 'Quenneville', '"I couldn\'t afford to fix the roof, and nobody else wanted it,"', 'said', 'direct'),
    s(HER, '', '"People who are angry now never bought a ticket."', '', 'direct'),
    s(CLRW, 'Coun. Simone Oyelaran-Pike, who voted against the motion', 'the city had "let a landmark rot and then called it beyond saving."', 'said', 'mixed', role='Coun.'),
    s(CLRW, 'She', 'council had never asked the owner what help she needed', 'said', role='Coun.'),
    s(MAYR, 'Mayor Douglas Ferreira-Lund, who voted in favour', 'the tower would add 210 homes in a city where the rental vacancy rate is below 1%', 'said', role='Mayor'),
    s(MAYR, 'He', 'the facade plan "a fair compromise."', 'called', 'mixed', role='Mayor'),
    s('An engineering report commissioned by the city in 2038', 'An engineering report commissioned by the city in 2038', 'the auditorium\'s roof trusses had "reached the end of their service life."', 'found', 'mixed'),
    s(ARCH, 'a heritage architect hired by Save the Orpheum, Bernadette Kowalczyk', 'the report had overstated the damage', 'told', role='heritage architect'),
    s(ARCH, 'she', ['The building,', 'could be restored for about $11 million.'], 'said', role='heritage architect'),
    s(DEV, 'the company', 'Demolition could start as early as next spring', 'said'),
)

FB = 'Harvest Table Food Bank'
ESP = 'Lorraine Espinoza-Hart'
BEN = 'Marcus Benedetti'
AMINA = 'Amina Kovacs-Delaney'
GRO = 'Calder Fresh Markets'
VOL = 'Eunice Thibodeaux'
UW = 'United Way of Calder County'

doc('bg16-paper-calder-county-food-bank-shortage', 'Calder County Tribune', '2039-12-02', '''
Food bank shelves near empty as demand hits record

'We have never turned a family away. We may have to,' director warns

By Priya Hollingsworth-Ade
Tribune staff

Harvest Table Food Bank served 4,870 households in November, the most in its 41-year history, and its warehouse now holds about a week's worth of food, the food bank's executive director said Monday.

"Every month this year has broken the record set the month before," Lorraine Espinoza-Hart said, standing between rows of mostly empty metal shelves in the warehouse on Ferris Road. "Donations have not kept up. Not even close."

The 56-year-old, who has run the food bank since 2031, said the number of households using it had risen by 38% since January. Many of the new clients, she said, are working families who have never needed help before.

Espinoza-Hart said the food bank would cut the amount of food in each weekly box by about a quarter starting next week unless donations pick up. "We have never turned a family away," she said. "We may have to."

On Monday morning the line outside the warehouse stretched around the block an hour before the doors opened. Amina Kovacs-Delaney, 34, a home health aide with three children, said she had started coming in September, after her rent went up $240 a month. "I work full time. I'm not asking for much," she said. "I just want the kids to have breakfast."

Behind her in line, Marcus Benedetti, a 61-year-old retired bus mechanic, said his pension no longer covered both his medication and groceries. He said he was embarrassed the first time he came. "Now I know half the people here," he said.

Food bank officials blame the shortage on three things: higher grocery prices, the end of a state program that paid farmers to donate surplus produce, and a drop in donations from supermarkets.

Calder Fresh Markets, the county's largest grocery chain, gave the food bank about 180,000 pounds of food last year, down from 310,000 pounds in 2037. A spokesman for the chain said it now sells more of its near-expiry stock at discount and has less left over to give.

The state agriculture department said the farm program ended in June because its federal funding ran out. A department spokeswoman said the state was "looking at options" to replace it.

Volunteers say they are feeling the strain too. Eunice Thibodeaux, 79, has sorted cans at the warehouse every Tuesday for 15 years. She said she had never seen the shelves this bare. "We used to have a wall of peanut butter," she said. "Now we have a shelf."

The United Way of Calder County announced Monday that it would give the food bank an emergency grant of $75,000 and called on employers in the county to match it. Its president, Harold Osei-Brandt, said the grant would buy about three weeks of food at wholesale prices.

County commissioners are expected to discuss a request from the food bank for $200,000 in emergency funding at their Dec. 9 meeting. Commissioner Yvette Lacasse-Moore, who chairs the board, said she supported the request.

The food bank accepts donations of food at its warehouse at 1180 Ferris Road on weekdays from 9 a.m. to 4 p.m. and online.

Do you have a story about the cost of living in Calder County? Email us at news@caldertribune.example.
''',
    s(ESP, 'director', "'We have never turned a family away. We may have to,'", 'warns', 'direct', role="the food bank's executive director"),
    s(ESP, "the food bank's executive director", "Harvest Table Food Bank served 4,870 households in November, the most in its 41-year history, and its warehouse now holds about a week's worth of food", 'said', role="the food bank's executive director"),
    s(ESP, 'Lorraine Espinoza-Hart', '"Every month this year has broken the record set the month before,"', 'said', 'direct', role="the food bank's executive director"),
    s(ESP, '', '"Donations have not kept up. Not even close."', '', 'direct', role="the food bank's executive director"),
    s(ESP, 'The 56-year-old, who has run the food bank since 2031', 'the number of households using it had risen by 38% since January', 'said', role="the food bank's executive director"),
    s(ESP, 'she', ['Many of the new clients,', 'are working families who have never needed help before.'], 'said', role="the food bank's executive director"),
    s(ESP, 'Espinoza-Hart', 'the food bank would cut the amount of food in each weekly box by about a quarter starting next week unless donations pick up', 'said', role="the food bank's executive director"),
    s(ESP, 'she', '"We have never turned a family away,"', 'said', 'direct', role="the food bank's executive director"),
    s(ESP, '', '"We may have to."', '', 'direct', role="the food bank's executive director"),
    s(AMINA, 'Amina Kovacs-Delaney, 34, a home health aide with three children', 'she had started coming in September, after her rent went up $240 a month', 'said', role='a home health aide'),
    s(AMINA, 'she', '"I work full time. I\'m not asking for much,"', 'said', 'direct', role='a home health aide'),
    s(AMINA, '', '"I just want the kids to have breakfast."', '', 'direct', role='a home health aide'),
    s(BEN, 'Marcus Benedetti, a 61-year-old retired bus mechanic', 'his pension no longer covered both his medication and groceries', 'said', role='retired bus mechanic'),
    s(BEN, 'He', 'he was embarrassed the first time he came', 'said', role='retired bus mechanic'),
    s(BEN, 'he', '"Now I know half the people here,"', 'said', 'direct', role='retired bus mechanic'),
    s('Food bank officials', 'Food bank officials', 'the shortage on three things: higher grocery prices, the end of a state program that paid farmers to donate surplus produce, and a drop in donations from supermarkets', 'blame'),
    s('A spokesman for the chain', 'A spokesman for the chain', 'it now sells more of its near-expiry stock at discount and has less left over to give', 'said'),
    s('The state agriculture department', 'The state agriculture department', 'the farm program ended in June because its federal funding ran out', 'said'),
    s('A department spokeswoman', 'A department spokeswoman', 'the state was "looking at options" to replace it', 'said', 'mixed'),
    s('Volunteers', 'Volunteers', 'they are feeling the strain too', 'say'),
    s(VOL, 'She', 'she had never seen the shelves this bare', 'said'),
    s(VOL, 'she', '"We used to have a wall of peanut butter,"', 'said', 'direct'),
    s(VOL, '', '"Now we have a shelf."', '', 'direct'),
    s(UW, 'The United Way of Calder County', 'it would give the food bank an emergency grant of $75,000', 'announced'),
    s(UW, '', 'employers in the county to match it', 'called on'),
    s('Harold Osei-Brandt', 'Its president, Harold Osei-Brandt', 'the grant would buy about three weeks of food at wholesale prices', 'said', role='Its president'),
    s('Yvette Lacasse-Moore', 'Commissioner Yvette Lacasse-Moore, who chairs the board', 'she supported the request', 'said', role='Commissioner'),
)
