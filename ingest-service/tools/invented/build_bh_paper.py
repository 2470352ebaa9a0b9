"""Set BH's five North American newspaper articles (see build_bh.py)."""
from invented_common import doc_spans as doc, s

SUP = 'Craig Delacroix-Mwangi'
TVH = 'Tessa Villanueva-Holt'
FD = 'Luis Ferreira-Dunn'
GUT = 'Get Us There'
OSEI = 'Brandon Osei-Kowalczyk'
COSTA = 'Marlene Costa-Ibarra'
MRSD = 'the Millbrook Regional School District'

doc('bh12-paper-millbrook-school-bus-driver-shortage', 'The Millbrook Courier', '2039-09-20', '''
Bus driver shortage leaves 900 students waiting
District says 31 routes uncovered; parents say they were warned in spring

By Danielle Okerlund-Price
Staff Writer, The Millbrook Courier

MILLBROOK - For the third week of the school year, Tessa Villanueva-Holt's two sons waited at the corner of Alder Street and Route 9 for a bus that did not come.

"We stood there 40 minutes on Monday," she said. "Then I drove them, and I was late for my shift, again."

The Millbrook Regional School District is short 31 bus drivers, leaving about 900 students without a regular ride, Superintendent Craig Delacroix-Mwangi said Tuesday. The district needs 118 drivers and has 87.

"We are not going to pretend this is fixed," Delacroix-Mwangi said. "It is not fixed. It will not be fixed by Christmas."

The shortage is statewide. According to the state Department of Education, 41 of the state's 62 districts reported unfilled driver positions this fall.

Drivers' pay is part of the problem, said Luis Ferreira-Dunn, who heads the local chapter of the Amalgamated Transit Workers, the drivers' union. A new driver earns $19.40 an hour, he said, less than the warehouse on Route 9 pays for stacking boxes.

Delacroix-Mwangi met with Ferreira-Dunn on Friday. He said afterward that the district had offered a $2,000 signing bonus and would pay for the commercial license course, which costs about $4,500.

Ferreira-Dunn called the bonus "a start" but said drivers wanted a raise, not a one-time payment.

Some parents say the district saw this coming. A group of about 60 parents who have been meeting in the library of Hawthorn Elementary since September say the district was told in April that a third of its drivers planned to retire. They call themselves Get Us There.

The group's organizer, Brandon Osei-Kowalczyk, showed a reporter a copy of an April 12 email in which the district's transportation director, Janet Pruitt-Sandoval, wrote to the superintendent that "we will lose 25 to 30 drivers by September."

Was the email ignored? Delacroix-Mwangi said it was not. "We posted the jobs in May. We went to job fairs. Nobody came," he said.

Pruitt-Sandoval did not respond to messages Tuesday.

Osei-Kowalczyk said the group would ask the school board on Thursday to hire a private bus company for the rest of the year. "It costs more. So does a parent losing a job," he said.

The board's chairwoman, Regina Haldane-Owusu, said the board would consider the request but that a contract "is not something we can sign overnight."

Some drivers are working double routes. Marlene Costa-Ibarra, who has driven for the district for 22 years, said she now starts at 5:50 a.m. and finishes her second afternoon run at 4:45 p.m.

"The kids are great," she said. "It's the grownups in cars who scare me."

The district has asked families who can drive their children to school to do so until further notice, and it is paying 50 cents a mile to parents who carpool, according to a letter sent home last week.

Villanueva-Holt said she had signed up to carpool. "Four kids, one minivan, $11 a day," she said. "I'll take it."
''',
    s(SUP, 'District', '31 routes uncovered', 'says', role='Superintendent'),
    s(GUT, 'parents', 'they were warned in spring', 'say'),
    s(TVH, 'she', '"We stood there 40 minutes on Monday,"', 'said', 'direct'),
    s(TVH, '', '"Then I drove them, and I was late for my shift, again."', '', 'direct'),
    s(SUP, 'Superintendent Craig Delacroix-Mwangi', 'The Millbrook Regional School District is short 31 bus drivers, leaving about 900 students without a regular ride', 'said', role='Superintendent'),
    s(SUP, 'Delacroix-Mwangi', '"We are not going to pretend this is fixed,"', 'said', 'direct', role='Superintendent'),
    s(SUP, '', '"It is not fixed. It will not be fixed by Christmas."', '', 'direct', role='Superintendent'),
    s('the state Department of Education', 'the state Department of Education', "41 of the state's 62 districts reported unfilled driver positions this fall", 'according to'),
    s(FD, 'Luis Ferreira-Dunn', "Drivers' pay is part of the problem", 'said'),
    s(FD, 'he', 'A new driver earns $19.40 an hour', 'said'),
    s(SUP, 'He', 'the district had offered a $2,000 signing bonus and would pay for the commercial license course, which costs about $4,500', 'said', role='Superintendent'),
    s(FD, 'Ferreira-Dunn', 'the bonus "a start"', 'called', 'mixed'),
    s(FD, 'Ferreira-Dunn', 'drivers wanted a raise, not a one-time payment', 'said'),
    s(GUT, 'Some parents', 'the district saw this coming', 'say'),
    s(GUT, 'A group of about 60 parents who have been meeting in the library of Hawthorn Elementary since September', 'the district was told in April that a third of its drivers planned to retire', 'say'),
    s('Janet Pruitt-Sandoval', "the district's transportation director, Janet Pruitt-Sandoval", '"we will lose 25 to 30 drivers by September."', 'wrote', 'direct', role="the district's transportation director"),
    s(SUP, 'Delacroix-Mwangi', 'it was not', 'said', anchor='Was the email ignored?', role='Superintendent'),
    s(SUP, 'he', '"We posted the jobs in May. We went to job fairs. Nobody came,"', 'said', 'direct', role='Superintendent'),
    s(OSEI, 'Osei-Kowalczyk', 'the group would ask the school board on Thursday to hire a private bus company for the rest of the year', 'said', role="The group's organizer"),
    s(OSEI, 'he', '"It costs more. So does a parent losing a job,"', 'said', 'direct', role="The group's organizer"),
    s('Regina Haldane-Owusu', "The board's chairwoman, Regina Haldane-Owusu", 'the board would consider the request but that a contract "is not something we can sign overnight."', 'said', 'mixed', role="The board's chairwoman"),
    s(COSTA, 'Marlene Costa-Ibarra', 'she now starts at 5:50 a.m. and finishes her second afternoon run at 4:45 p.m.', 'said'),
    s(COSTA, 'she', '"The kids are great,"', 'said', 'direct'),
    s(COSTA, '', '"It\'s the grownups in cars who scare me."', '', 'direct'),
    s(MRSD, 'a letter sent home last week', 'The district has asked families who can drive their children to school to do so until further notice, and it is paying 50 cents a mile to parents who carpool', 'according to'),
    s(TVH, 'Villanueva-Holt', 'she had signed up to carpool', 'said'),
    s(TVH, 'she', '"Four kids, one minivan, $11 a day,"', 'said', 'direct'),
    s(TVH, '', '"I\'ll take it."', '', 'direct'),
)

DLA = 'Deborah Lindqvist-Achebe'
DLR = "Castlegate's managing partner"
KIMS = 'Walter Kim-Abernathy and June Kim-Abernathy'
TOM = 'Tom Ostrowski-Bell'
FITCH = 'Donald Fitch-Amadi'

doc('bh13-paper-bayport-marina-sale-developer', 'The Bayport Sentinel', '2039-10-24', '''
Harbor Point Marina sold to developer; boaters fear slips will go
Developer says marina will stay open 'for at least ten years'

By Marcus Feldman-Oyelowo
The Bayport Sentinel

BAYPORT - The Harbor Point Marina, where three generations of Bayport families have kept their boats, has been sold to a Boston real estate developer for $14.2 million, the marina's owners confirmed Monday.

The buyer, Castlegate Partners, plans to build 120 condominiums on the marina's upland parking lot, according to plans Castlegate filed with the city's planning department last week.

Castlegate's managing partner, Deborah Lindqvist-Achebe, said in an interview that the marina would remain open "for at least ten years" and that current slip holders would keep their leases.

"We bought a marina because we like marinas," she said. "Nobody is paving the harbor."

Walter Kim-Abernathy, 71, and his wife, June Kim-Abernathy, 69, bought the marina in 1994 from his uncle. The couple said they had tried for two years to sell it to someone who would keep it as it was.

"Nobody from Bayport made an offer. Not one," June Kim-Abernathy said. "We can't pump out boats forever."

Harbor Point's dockmaster, Luis Serrano-Kitt, said Castlegate had told the marina's six employees on Monday that their jobs were safe through next season.

Not everyone believes the ten-year promise.

About 80 slip holders met Saturday night at the Bayport Yacht Club. Many said they feared the marina would close as soon as the condominiums were sold.

"A promise in an interview is not a promise in a lease," said Tom Ostrowski-Bell, who has kept a 28-foot sailboat at Harbor Point since 1987 and organized the meeting. He said the slip holders had hired a lawyer to review their leases.

The slip holders' lawyer, Anita Rahman-Castillo, said the leases run year to year and "give the tenants very little."

Will the city step in? Mayor Donald Fitch-Amadi said the city could not block a private sale, but that the condominium plan would need a zoning change "and that is where the public gets a say."

The city's harbormaster, Greg Tolliver-Nash, said the marina's 210 slips are a third of the town's total. He said the waiting list for a public mooring was already four years long.

Castlegate has built two similar projects, in Marblehead Cove and in Port Ellery. In Port Ellery, the marina closed four years after the sale, according to that town's harbor commission.

Lindqvist-Achebe said the Port Ellery marina had closed because its seawall failed, not because of the condominiums. "Ask the engineers," she said.

The planning board is expected to take up the zoning request in January. The Kim-Abernathys said they would move to Florida in the spring - "on land," Walter Kim-Abernathy said.
''',
    s('boaters', 'boaters', 'slips will go', 'fear'),
    s(DLA, 'Developer', "marina will stay open 'for at least ten years'", 'says', 'mixed', role=DLR),
    s(KIMS, "the marina's owners", 'The Harbor Point Marina, where three generations of Bayport families have kept their boats, has been sold to a Boston real estate developer for $14.2 million', 'confirmed'),
    s('Castlegate Partners', 'plans Castlegate filed with the city\'s planning department last week', "The buyer, Castlegate Partners, plans to build 120 condominiums on the marina's upland parking lot", 'according to'),
    s(DLA, "Castlegate's managing partner, Deborah Lindqvist-Achebe", 'the marina would remain open "for at least ten years" and that current slip holders would keep their leases', 'said', 'mixed', role=DLR),
    s(DLA, 'she', '"We bought a marina because we like marinas,"', 'said', 'direct', role=DLR),
    s(DLA, '', '"Nobody is paving the harbor."', '', 'direct', role=DLR),
    s(KIMS, 'The couple', 'they had tried for two years to sell it to someone who would keep it as it was', 'said'),
    s('June Kim-Abernathy', 'June Kim-Abernathy', '"Nobody from Bayport made an offer. Not one,"', 'said', 'direct'),
    s('June Kim-Abernathy', '', '"We can\'t pump out boats forever."', '', 'direct'),
    s('Luis Serrano-Kitt', "Harbor Point's dockmaster, Luis Serrano-Kitt", "Castlegate had told the marina's six employees on Monday that their jobs were safe through next season", 'said', role="Harbor Point's dockmaster"),
    s('Castlegate Partners', 'Castlegate', 'their jobs were safe through next season', 'told', nested=True, via='Luis Serrano-Kitt'),
    s('About 80 slip holders', 'Many', 'they feared the marina would close as soon as the condominiums were sold', 'said'),
    s(TOM, 'Tom Ostrowski-Bell', '"A promise in an interview is not a promise in a lease,"', 'said', 'direct'),
    s(TOM, 'He', 'the slip holders had hired a lawyer to review their leases', 'said'),
    s('Anita Rahman-Castillo', "The slip holders' lawyer, Anita Rahman-Castillo", 'the leases run year to year and "give the tenants very little."', 'said', 'mixed', role="The slip holders' lawyer"),
    s(FITCH, 'Mayor Donald Fitch-Amadi', 'the city could not block a private sale, but that the condominium plan would need a zoning change "and that is where the public gets a say."', 'said', 'mixed', role='Mayor'),
    s('Greg Tolliver-Nash', "The city's harbormaster, Greg Tolliver-Nash", "the marina's 210 slips are a third of the town's total", 'said', role="The city's harbormaster"),
    s('Greg Tolliver-Nash', 'He', 'the waiting list for a public mooring was already four years long', 'said', role="The city's harbormaster"),
    s("that town's harbor commission", "that town's harbor commission", 'In Port Ellery, the marina closed four years after the sale', 'according to'),
    s(DLA, 'Lindqvist-Achebe', 'the Port Ellery marina had closed because its seawall failed, not because of the condominiums', 'said', role=DLR),
    s(DLA, 'she', '"Ask the engineers,"', 'said', 'direct', role=DLR),
    s(KIMS, 'The Kim-Abernathys', 'they would move to Florida in the spring', 'said'),
    s('Walter Kim-Abernathy', 'Walter Kim-Abernathy', '"on land,"', 'said', 'direct'),
)

CIF = 'Cascade Island Ferries'
PHIL = 'Phil Okonjo-Harrington'
PHR = "the company's general manager"
ISL = 'Islanders at a meeting in the Kestrel Island Grange Hall'

doc('bh14-paper-kestrel-island-ferry-winter-cancellation', 'The Northshore Herald', '2039-12-04', '''
The Northshore Herald

LOCAL NEWS

Island ferry cancels winter sailings, stranding commuters
Operator blames crew shortage; islanders call decision 'a betrayal'

By Renata Szabo-Whitfield
Published Dec. 3, 2039 at 6:15 p.m. | Updated Dec. 4, 2039 at 9:02 a.m.

Share this story
[Facebook] [X] [Email]

KESTREL ISLAND - The only ferry between Kestrel Island and the mainland will stop running on weekdays from Jan. 6 to March 28 because the company cannot find enough licensed crew, Cascade Island Ferries said in a notice posted on its website Tuesday.

The decision leaves about 140 islanders who commute to jobs and schools in Port Merritt with a 50-minute water taxi ride at $38 each way, or no way across at all on days when the taxi does not run.

Advertisement

"We have two licensed captains for a route that needs four," the company's general manager, Phil Okonjo-Harrington, said in an interview. "I cannot put a boat on the water without a captain. That is the law, and it is the right law."

Okonjo-Harrington said the company had advertised the jobs since July and had raised captains' pay by 15 percent, but that most licensed mariners in the region now work on offshore wind projects that pay more.

The state Department of Transportation, which subsidizes the route, said it was "reviewing its options" and had asked the company for a plan to restore service.

Islanders at a meeting in the Kestrel Island Grange Hall on Tuesday night called the decision "a betrayal."

SIGN UP: Get the Morning Briefing newsletter in your inbox every weekday.

"My daughter has chemotherapy in Port Merritt every Tuesday," said Corinne Abelard-Moss, a retired postal worker who has lived on the island for 40 years. "The company seems to think she can swim."

State Rep. Dana Whitcombe-Osei, whose district includes the island, said she would ask the legislature to fund a state-run boat for the winter. She called the company's notice, posted three weeks before Christmas, "a lump of coal."

Related: Port Merritt approves new parking garage near ferry terminal

Was the shortage foreseeable? The Mariners Licensing Board said in a report last spring that the number of licensed passenger vessel captains in the state had fallen by a third since 2030. The report warned that small ferry routes "will be the first to fail."

Cascade Island Ferries has run the route since 1968. Its owner, the Halvorsen family, declined to comment.

Some islanders have already made plans. Jake Tremblay-Nunes, who fishes for lobster out of the island's harbor, said he would run islanders across in his boat "if the Coast Guard lets me," though he does not hold a passenger license.

Asked whether that would be legal, a Coast Guard spokeswoman, Lt. Maria Sandoval-Price, said it would not. "Carrying passengers for hire without a license is a federal violation," she said.

The company said weekend sailings would continue and that it would restore weekday service "the moment we have the crew."

Comments (23)

seashell_62: The manager said last year the route was "secure for a decade." So much for that.

harborwatch: Bring back the state ferry.

Most Popular
1. Port Merritt approves new parking garage near ferry terminal
2. High school hockey: Islanders fall in overtime
''',
    s(CIF, 'Operator', 'crew shortage', 'blames'),
    s(ISL, 'islanders', "decision 'a betrayal'", 'call', 'mixed'),
    s(CIF, 'Cascade Island Ferries', 'The only ferry between Kestrel Island and the mainland will stop running on weekdays from Jan. 6 to March 28 because the company cannot find enough licensed crew', 'said'),
    s(PHIL, "the company's general manager, Phil Okonjo-Harrington", '"We have two licensed captains for a route that needs four,"', 'said', 'direct', role=PHR),
    s(PHIL, '', '"I cannot put a boat on the water without a captain. That is the law, and it is the right law."', '', 'direct', role=PHR),
    s(PHIL, 'Okonjo-Harrington', "the company had advertised the jobs since July and had raised captains' pay by 15 percent, but that most licensed mariners in the region now work on offshore wind projects that pay more", 'said', role=PHR),
    s('The state Department of Transportation', 'The state Department of Transportation', 'it was "reviewing its options" and had asked the company for a plan to restore service', 'said', 'mixed'),
    s(ISL, ISL, 'the decision "a betrayal."', 'called', 'mixed'),
    s('Corinne Abelard-Moss', 'Corinne Abelard-Moss, a retired postal worker who has lived on the island for 40 years', '"My daughter has chemotherapy in Port Merritt every Tuesday,"', 'said', 'direct', role='a retired postal worker'),
    s('Corinne Abelard-Moss', '', '"The company seems to think she can swim."', '', 'direct', role='a retired postal worker'),
    s('Dana Whitcombe-Osei', 'State Rep. Dana Whitcombe-Osei', 'she would ask the legislature to fund a state-run boat for the winter', 'said', role='State Rep.'),
    s('Dana Whitcombe-Osei', 'She', 'the company\'s notice, posted three weeks before Christmas, "a lump of coal."', 'called', 'mixed', role='State Rep.'),
    s('The Mariners Licensing Board', 'The Mariners Licensing Board', 'the number of licensed passenger vessel captains in the state had fallen by a third since 2030', 'said'),
    s('The Mariners Licensing Board', 'The report', 'small ferry routes "will be the first to fail."', 'warned', 'mixed'),
    s('Jake Tremblay-Nunes', 'Jake Tremblay-Nunes', 'he would run islanders across in his boat "if the Coast Guard lets me,"', 'said', 'mixed'),
    s('Maria Sandoval-Price', 'a Coast Guard spokeswoman, Lt. Maria Sandoval-Price', 'it would not', 'said', anchor='Asked whether that would be legal', role='a Coast Guard spokeswoman'),
    s('Maria Sandoval-Price', 'she', '"Carrying passengers for hire without a license is a federal violation,"', 'said', 'direct', role='a Coast Guard spokeswoman'),
    s(CIF, 'The company', 'weekend sailings would continue and that it would restore weekday service "the moment we have the crew."', 'said', 'mixed'),
)

PCB = 'Priya Castellano-Brandt'
PCR = "the club's owner"
RU = 'the Riverside Ultras'
TRH = 'Tomas Reyes-Halloran'

doc('bh15-paper-sheldon-riverhawks-soccer-club-move', 'The Sheldon Daily Ledger', '2039-11-09', '''
Riverhawks will leave Sheldon after 2040 season, owner says
Second-division soccer club to play in new 8,000-seat stadium in Easton; supporters' group vows protest

By Kevin Marchetti-Obuya
The Sheldon Daily Ledger

SHELDON - The Riverhawks, Sheldon's second-division soccer club for 31 years, will move to a new stadium in Easton after the 2040 season, the club's owner announced Wednesday.

Priya Castellano-Brandt, who bought the club from the Harlan family in 2035, said the team had lost money in every season at Memorial Field, a city-owned ground with 3,200 seats and no roof.

"I love this town," Castellano-Brandt said at a news conference at the field. "But I cannot keep a professional club alive in a stadium that was built for high school football in 1958."

The new stadium, which Easton will build with $42 million in public bonds, will seat 8,000 and open in spring 2041, according to Easton's mayor, Lorraine Whitaker-Diop.

Sheldon Mayor Ray Kowalski-Amoah said the city had offered to renovate Memorial Field and add 2,000 seats, "and she never answered our letter."

Castellano-Brandt said that was not the whole story. The city's offer, she said, came "eight months after we asked, and it had no money attached."

The Riverhawks finished fourth in the National Second Division last season and averaged 2,870 fans a game, the second-lowest figure in the league.

The club's supporters learned of the move from a social media post an hour before the news conference. A supporters' group, the Riverside Ultras, said it would protest at every home game next season and called on the league to block the move.

"They didn't sell a club. They sold a town's Saturday," said the group's spokesman, Devin Achterberg-Lee, 27, who has had a season ticket since he was 9.

Can the league block it? The National Second Division's rules require a relocating club to show that its new stadium "meets league standards," and Easton's will, league commissioner Harold Brecken-Ayodele said in a statement. He said the league had "no grounds to refuse."

Players were told at a team meeting Wednesday morning. Goalkeeper Tomas Reyes-Halloran, the club's longest-serving player, said most of the squad lived in Sheldon and would have to decide whether to move.

"Easton is 40 minutes up the highway," he said. "It's not the moon. But it's not home."

Local businesses near Memorial Field say match days bring most of their weekend trade. Sal Ferrante-Oduya, who owns the Corner Tap across from the main gate, estimated that Riverhawks games are worth $60,000 a year to his bar.

The club will play its final season at Memorial Field in 2040. Asked whether the club would keep the Riverhawks name in Easton, Castellano-Brandt declined to say. "That's a conversation for next year," she said.
''',
    s(PCB, 'owner', 'Riverhawks will leave Sheldon after 2040 season', 'says'),
    s(RU, "supporters' group", 'protest', 'vows'),
    s(PCB, "the club's owner", "The Riverhawks, Sheldon's second-division soccer club for 31 years, will move to a new stadium in Easton after the 2040 season", 'announced', role=PCR),
    s(PCB, 'Priya Castellano-Brandt', 'the team had lost money in every season at Memorial Field, a city-owned ground with 3,200 seats and no roof', 'said', role=PCR),
    s(PCB, 'Castellano-Brandt', '"I love this town,"', 'said', 'direct', role=PCR),
    s(PCB, '', '"But I cannot keep a professional club alive in a stadium that was built for high school football in 1958."', '', 'direct', role=PCR),
    s('Lorraine Whitaker-Diop', "Easton's mayor, Lorraine Whitaker-Diop", 'The new stadium, which Easton will build with $42 million in public bonds, will seat 8,000 and open in spring 2041', 'according to', role="Easton's mayor"),
    s('Ray Kowalski-Amoah', 'Sheldon Mayor Ray Kowalski-Amoah', 'the city had offered to renovate Memorial Field and add 2,000 seats, "and she never answered our letter."', 'said', 'mixed', role='Sheldon Mayor'),
    s(PCB, 'Castellano-Brandt', 'that was not the whole story', 'said', role=PCR),
    s(PCB, 'she', ["The city's offer", 'came "eight months after we asked, and it had no money attached."'], 'said', 'mixed', role=PCR),
    s(RU, "A supporters' group, the Riverside Ultras", 'it would protest at every home game next season', 'said'),
    s(RU, "A supporters' group, the Riverside Ultras", 'the league to block the move', 'called on'),
    s('Devin Achterberg-Lee', "the group's spokesman, Devin Achterberg-Lee", '"They didn\'t sell a club. They sold a town\'s Saturday,"', 'said', 'direct', role="the group's spokesman"),
    s('Harold Brecken-Ayodele', 'league commissioner Harold Brecken-Ayodele', 'The National Second Division\'s rules require a relocating club to show that its new stadium "meets league standards," and Easton\'s will', 'said', 'mixed', role='league commissioner'),
    s('Harold Brecken-Ayodele', 'He', 'the league had "no grounds to refuse."', 'said', 'mixed', role='league commissioner'),
    s(TRH, "Goalkeeper Tomas Reyes-Halloran, the club's longest-serving player", 'most of the squad lived in Sheldon and would have to decide whether to move', 'said', role='Goalkeeper'),
    s(TRH, 'he', '"Easton is 40 minutes up the highway,"', 'said', 'direct', role='Goalkeeper'),
    s(TRH, '', '"It\'s not the moon. But it\'s not home."', '', 'direct', role='Goalkeeper'),
    s('Local businesses near Memorial Field', 'Local businesses near Memorial Field', 'match days bring most of their weekend trade', 'say'),
    s('Sal Ferrante-Oduya', 'Sal Ferrante-Oduya', 'Riverhawks games are worth $60,000 a year to his bar', 'estimated'),
    s(PCB, 'she', '"That\'s a conversation for next year,"', 'said', 'direct', role=PCR),
)

ATV = 'Adaeze Thornbury-Vance'
ATR = 'library director'
RUTH = 'Ruth Okafor-Sundberg'

doc('bh16-paper-granite-falls-library-late-fee-amnesty', 'The Granite Falls Gazette', '2039-10-03', '''
Library forgives $212,000 in late fees; 'Bring them back,' director says

By Olivia Brandvold-Achebe
The Granite Falls Gazette

GRANITE FALLS - A copy of "The Yearling" borrowed in 1978 came back to the Granite Falls Public Library on Monday, in a padded envelope with no return address and a note that read, "Sorry. Moved twice."

It was one of 1,140 overdue items returned in the first week of the library's fine amnesty, library director Adaeze Thornbury-Vance said.

The library, founded in 1904, lends about 310,000 items a year from its main building on Pine Street and two neighborhood branches.

The library board voted in August to forgive all outstanding late fees, about $212,000 owed by roughly 6,800 cardholders, and to stop charging fines for late returns altogether.

"Fines don't bring books back. They keep people away," Thornbury-Vance said. "A 10-year-old with a $14 fine stops coming, and her parents stop coming with her."

According to library records, about 40 percent of the cardholders who owed fines had not borrowed anything in three years.

The amnesty has its critics. City Councilor Bert Lundqvist-Hale said the library was "giving away money the city needs" and told the council Monday that fines had paid for the children's summer reading program since 2031.

Thornbury-Vance said that was not so. The summer program, she said, is paid for by a state grant, "and has been for six years."

The county auditor's office, which reviews the library's accounts each year, said fines had brought in about $18,000 a year, less than 1 percent of the library's budget. The office said it took no position on the amnesty.

For some borrowers, the amnesty is personal. Ruth Okafor-Sundberg, 81, and her husband, Dale Sundberg, 84, returned a field guide to birds that Dale borrowed in 1986.

She remembers the day he lost it: on a canoe trip on Lake Tamsin, when the guide slid into the bottom of the boat and "came back smelling like a fish."

"We found it in the garage in September. I said, 'Dale, they're not charging anymore,'" she said, "and he said, 'Then I'll finally finish it.'"

By her own count, the couple paid more than $300 in fines over the years. "We were the library's best customers in every sense," Dale Sundberg said.

Not every librarian in the region agrees with the change. The director of the Ashford Library, who asked not to be named because her board has not discussed the issue, said fines "teach responsibility."

The American Library Council, a national group, said in 2037 that more than 400 library systems had dropped fines, and that most reported more returns, not fewer.

Thornbury-Vance said the library would keep the amnesty open through Dec. 31. A hand-lettered sign at the return desk reads: "No questions. No fines. Just books."

Did the 1978 "Yearling" go back on the shelf? It did not, she said. "It was in no state to be read. We framed the note."
''',
    s(ATV, 'director', "'Bring them back,'", 'says', 'direct', role=ATR),
    s(ATV, 'library director Adaeze Thornbury-Vance', "It was one of 1,140 overdue items returned in the first week of the library's fine amnesty", 'said', role=ATR),
    s(ATV, 'Thornbury-Vance', '"Fines don\'t bring books back. They keep people away,"', 'said', 'direct', role=ATR),
    s(ATV, '', '"A 10-year-old with a $14 fine stops coming, and her parents stop coming with her."', '', 'direct', role=ATR),
    s('library records', 'library records', 'about 40 percent of the cardholders who owed fines had not borrowed anything in three years', 'according to'),
    s('Bert Lundqvist-Hale', 'City Councilor Bert Lundqvist-Hale', 'the library was "giving away money the city needs"', 'said', 'mixed', role='City Councilor'),
    s('Bert Lundqvist-Hale', 'City Councilor Bert Lundqvist-Hale', "fines had paid for the children's summer reading program since 2031", 'told', role='City Councilor'),
    s(ATV, 'Thornbury-Vance', 'that was not so', 'said', role=ATR),
    s(ATV, 'she', ['The summer program', 'is paid for by a state grant, "and has been for six years."'], 'said', 'mixed', role=ATR),
    s("The county auditor's office", "The county auditor's office", "fines had brought in about $18,000 a year, less than 1 percent of the library's budget", 'said'),
    s("The county auditor's office", 'The office', 'it took no position on the amnesty', 'said'),
    s(RUTH, 'She', 'the day he lost it: on a canoe trip on Lake Tamsin, when the guide slid into the bottom of the boat and "came back smelling like a fish."', 'remembers', 'mixed'),
    s(RUTH, 'she', ['"We found it in the garage in September. I said, \'Dale, they\'re not charging anymore,\'"', '"and he said, \'Then I\'ll finally finish it.\'"'], 'said', 'direct'),
    s('Dale Sundberg', 'he', "'Then I'll finally finish it.'", 'said', 'direct', nested=True, via=RUTH),
    s(RUTH, 'her', 'the couple paid more than $300 in fines over the years', 'By her own count'),
    s('Dale Sundberg', 'Dale Sundberg', '"We were the library\'s best customers in every sense,"', 'said', 'direct'),
    s('The director of the Ashford Library', 'The director of the Ashford Library', 'fines "teach responsibility."', 'said', 'mixed'),
    s('The American Library Council', 'The American Library Council, a national group', 'more than 400 library systems had dropped fines, and that most reported more returns, not fewer', 'said', date='2037'),
    s(ATV, 'Thornbury-Vance', 'the library would keep the amnesty open through Dec. 31', 'said', role=ATR),
    s(ATV, 'she', 'It did not', 'said', role=ATR),
    s(ATV, '', '"It was in no state to be read. We framed the note."', '', 'direct', role=ATR),
)
