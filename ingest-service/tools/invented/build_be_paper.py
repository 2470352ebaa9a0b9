"""Set BE's five North American newspaper articles (see build_be.py)."""
from invented_common import doc_spans as doc, s

FCS = 'Families for Clear Standards'
PRYCE = 'Gwendolyn Pryce-Hollis'
ETX = 'Marisol Etxeberria'
WACH = 'Janine Wachowski-Reyes'
EZRA = 'Ezra Lindqvist-Amado'
FERR = 'Tomasz Ferreira-Oyelowo'
RHI = 'Rhiannon Adebayo-Walsh'
ATA = 'The Ashgrove Teachers Association'

doc('be12-paper-ashgrove-school-board-library-books', 'The Ashgrove Ledger', '2038-02-17', '''
Ashgrove school board pulls 11 books from library shelves after heated meeting

Trustee calls vote 'a sad night'; parents' group says books were 'never appropriate'

By Delphine Okoro-Marsh, The Ashgrove Ledger

ASHGROVE - After four hours of public comment and one brief shouting match, the Ashgrove Unified School Board voted 4-3 early Wednesday to remove 11 books from its middle school libraries pending a review.

More than 200 people packed the Lincoln Middle School gym for the meeting. Forty-one of them signed up to speak. Shortly after midnight the board rejected a motion to postpone the vote by a month, 3-4, with the same trustees on each side.

The 11 titles include three novels that have been on the district's eighth-grade reading list since 2031, a memoir by a former foster child and a graphic novel about two boys on a swim team. None of the books is assigned reading this year.

The books were challenged in January by a group of parents calling itself Families for Clear Standards, which says the titles contain sexual content unsuitable for children aged 11 to 14 and were "never appropriate" for a school library. The group's founder, a retired dental hygienist who moved to Ashgrove from Tucker Flats three years ago, told the board she had read every one of them.

"I'm not banning anything," said Gwendolyn Pryce-Hollis, 62. "You can buy these books anywhere. I'm asking whether a school should hand them to a 12-year-old."

Trustee Marisol Etxeberria, who voted against the removal, said the district's own review committee had recommended keeping nine of the 11 titles. "We asked teachers and librarians for their judgment, and then we ignored it," she said. "It's a sad night for this district."

Etxeberria and board president Janine Wachowski-Reyes have clashed before over the district's budget. On Tuesday, she accused Wachowski-Reyes of cutting off speakers who opposed the removal. The board president denied that, saying every speaker got the same three minutes.

Wachowski-Reyes, who voted for the removal, said the review would take 90 days and that some of the books might return. "This is a pause, not a verdict," she said.

Among the speakers was Ezra Lindqvist-Amado, a 14-year-old eighth-grader, who read a passage from one of the books aloud before his microphone was cut. Afterward, he said he had found the book on his own in the library last year. "It was the first time I read about a kid like me," he said.

The district's head librarian, Tomasz Ferreira-Oyelowo, said removing the books would cost about $1,400 in staff time and that his staff had not been told which shelves to clear first. He said he would follow the board's instructions.

Not every parent who spoke took a side. Rhiannon Adebayo-Walsh, whose twin daughters are in seventh grade, said she wanted clearer rules more than any particular outcome. "Tell me who decides and how," she said, "and I can live with the answer."

The Ashgrove Teachers Association said in a statement Wednesday that the vote "sends the message that professional judgment counts for nothing." The association said it would ask the board to publish the review committee's full report.

According to the American Library Collective, a national group that tracks such challenges, school districts in 23 states removed books from shelves in the 2037-38 school year.

The board's next meeting is March 11.
''',
    s(ETX, 'Trustee', "vote 'a sad night'", 'calls', 'mixed', role='Trustee'),
    s(FCS, "parents' group", "books were 'never appropriate'", 'says', 'mixed'),
    s(FCS, 'Families for Clear Standards', 'the titles contain sexual content unsuitable for children aged 11 to 14 and were "never appropriate" for a school library', 'says', 'mixed'),
    s(PRYCE, "The group's founder, a retired dental hygienist who moved to Ashgrove from Tucker Flats three years ago", 'she had read every one of them', 'told', role="The group's founder"),
    s(PRYCE, 'Gwendolyn Pryce-Hollis', '"I\'m not banning anything,"', 'said', 'direct', role="The group's founder"),
    s(PRYCE, '', '"You can buy these books anywhere. I\'m asking whether a school should hand them to a 12-year-old."', '', 'direct', role="The group's founder"),
    s(ETX, 'Trustee Marisol Etxeberria', "the district's own review committee had recommended keeping nine of the 11 titles", 'said', role='Trustee'),
    s(ETX, 'she', '"We asked teachers and librarians for their judgment, and then we ignored it,"', 'said', 'direct', role='Trustee'),
    s(ETX, '', '"It\'s a sad night for this district."', '', 'direct', role='Trustee'),
    s(ETX, 'she', 'Wachowski-Reyes of cutting off speakers who opposed the removal', 'accused', role='Trustee'),
    s(WACH, 'The board president', 'every speaker got the same three minutes', 'saying', role='board president'),
    s(WACH, 'Wachowski-Reyes', 'the review would take 90 days and that some of the books might return', 'said', role='board president'),
    s(WACH, 'she', '"This is a pause, not a verdict,"', 'said', 'direct', role='board president'),
    s(EZRA, 'he', 'he had found the book on his own in the library last year', 'said', role='a 14-year-old eighth-grader'),
    s(EZRA, 'he', '"It was the first time I read about a kid like me,"', 'said', 'direct', role='a 14-year-old eighth-grader'),
    s(FERR, "The district's head librarian, Tomasz Ferreira-Oyelowo", 'removing the books would cost about $1,400 in staff time and that his staff had not been told which shelves to clear first', 'said', role="The district's head librarian"),
    s(FERR, 'He', "he would follow the board's instructions", 'said', role="The district's head librarian"),
    s(RHI, 'Rhiannon Adebayo-Walsh, whose twin daughters are in seventh grade', 'she wanted clearer rules more than any particular outcome', 'said'),
    s(RHI, 'she', ['"Tell me who decides and how,"', '"and I can live with the answer."'], 'said', 'direct'),
    s(ATA, ATA, 'the vote "sends the message that professional judgment counts for nothing."', 'said', 'mixed'),
    s(ATA, 'The association', "it would ask the board to publish the review committee's full report", 'said'),
    s('the American Library Collective', 'the American Library Collective', 'school districts in 23 states removed books from shelves in the 2037-38 school year', 'According to'),
)

ANOUK = 'Anouk Delacroix-Mbeki'
CALL = 'Callum Delacroix-Mbeki'
COUPLE = 'Anouk Delacroix-Mbeki and Callum Delacroix-Mbeki'
KFB = 'Kestrel Falls Brewing'
PETT = 'Ron Pettigrew'

doc('be13-paper-kestrel-falls-brewery-expansion', 'The Harbour Times', '2038-05-06', '''
Riverbend brewery wins approval for $18-million expansion, 60 new jobs

Owners say they will be 'good neighbours'; resident says 30 trucks a day is too many

Photo: Kestrel Falls Brewing co-owner Anouk Delacroix-Mbeki in the brewhouse on Thursday. (Samir Haddad/The Harbour Times)

By Jonah Whitlock-Azevedo, The Harbour Times

KESTREL FALLS - A craft brewery that started in a garage eleven years ago will more than triple its size after city council approved its expansion plan on Tuesday night.

Kestrel Falls Brewing will build a 4,000-square-metre production hall on the former Alder Street bus depot, which it bought from the city last year for $2.1 million. The company says the project will create 60 jobs by 2040.

"We were brewing in my parents' garage with a pot we bought at a yard sale," said co-owner Anouk Delacroix-Mbeki. "Now we're going to be one of the biggest employers on this side of the river."

Her husband and business partner, Callum Delacroix-Mbeki, said the couple had looked at sites in two other cities but wanted to stay. "This town drank our first bad batches and told us to keep going," he said.

READ MORE: Kestrel Falls council approves budget with 2.9% tax hike

READ MORE: Alder Street depot sale goes ahead despite objections

Council voted 7-2 in favour. Coun. Harriet Osei-Lindgren, who represents the ward, voted against. She said residents on Alder Street had been promised a park on part of the depot site when it was sold, and that the plan gave them a parking lot instead.

Residents raised two concerns: trucks and smell. Ron Pettigrew, a 71-year-old retired machinist who has lived on Alder Street since 1988, said up to 30 delivery trucks a day would use a street where children ride bikes. "I'm not against beer," he said. "I'm against 30 trucks going by my front window."

A traffic study prepared for the brewery by Marlowe Engineering found that the street could handle the extra trucks if they were limited to daytime hours. The city's planning director, Sunita Ramaswamy-Cole, said the permit would restrict deliveries to 7 a.m. to 7 p.m.

On the smell, the owners say a new filter system will capture most of the steam from the brew kettles. The couple said they would be "good neighbours" and would hold quarterly meetings with residents. "If it smells, call us," she said. "We'll answer."

Mayor Felix Anand-Brooks praised the project as "exactly what an old industrial town should want." He said the city would use the money from the depot sale to build a smaller park two blocks away.

Not everyone was convinced. A neighbour who lives across from the depot and asked that her name not be used because she works for the city said she planned to sell her house.

Kestrel Falls Brewing now employs 34 people and sells its beer in about 400 stores and bars in three provinces. Last month it announced the winners of its annual homebrew contest, whose top recipe, a rye stout, will be brewed in the new hall.

Construction is expected to start in the spring.
''',
    s(COUPLE, 'Owners', "they will be 'good neighbours'", 'say', 'mixed'),
    s(PETT, 'resident', '30 trucks a day is too many', 'says'),
    s(KFB, 'The company', 'the project will create 60 jobs by 2040', 'says'),
    s(ANOUK, 'co-owner Anouk Delacroix-Mbeki', '"We were brewing in my parents\' garage with a pot we bought at a yard sale,"', 'said', 'direct', role='co-owner'),
    s(ANOUK, '', '"Now we\'re going to be one of the biggest employers on this side of the river."', '', 'direct', role='co-owner'),
    s(CALL, 'Her husband and business partner, Callum Delacroix-Mbeki', 'the couple had looked at sites in two other cities but wanted to stay', 'said', role='Her husband and business partner'),
    s(CALL, 'he', '"This town drank our first bad batches and told us to keep going,"', 'said', 'direct', role='Her husband and business partner'),
    s('Harriet Osei-Lindgren', 'She', 'residents on Alder Street had been promised a park on part of the depot site when it was sold, and that the plan gave them a parking lot instead', 'said', role='Coun.'),
    s('Residents', 'Residents', 'two concerns: trucks and smell', 'raised'),
    s(PETT, 'Ron Pettigrew, a 71-year-old retired machinist who has lived on Alder Street since 1988', 'up to 30 delivery trucks a day would use a street where children ride bikes', 'said', role='a 71-year-old retired machinist'),
    s(PETT, 'he', '"I\'m not against beer,"', 'said', 'direct', role='a 71-year-old retired machinist'),
    s(PETT, '', '"I\'m against 30 trucks going by my front window."', '', 'direct', role='a 71-year-old retired machinist'),
    s('Marlowe Engineering', 'A traffic study prepared for the brewery by Marlowe Engineering', 'the street could handle the extra trucks if they were limited to daytime hours', 'found'),
    s('Sunita Ramaswamy-Cole', "The city's planning director, Sunita Ramaswamy-Cole", 'the permit would restrict deliveries to 7 a.m. to 7 p.m.', 'said', role="The city's planning director"),
    s(COUPLE, 'the owners', 'a new filter system will capture most of the steam from the brew kettles', 'say'),
    s(COUPLE, 'The couple', 'they would be "good neighbours" and would hold quarterly meetings with residents', 'said', 'mixed'),
    s(ANOUK, 'she', '"If it smells, call us,"', 'said', 'direct', role='co-owner'),
    s(ANOUK, '', '"We\'ll answer."', '', 'direct', role='co-owner'),
    s('Felix Anand-Brooks', 'Mayor Felix Anand-Brooks', 'the project as "exactly what an old industrial town should want."', 'praised', 'mixed', role='Mayor'),
    s('Felix Anand-Brooks', 'He', 'the city would use the money from the depot sale to build a smaller park two blocks away', 'said', role='Mayor'),
    s('A neighbour who lives across from the depot', 'A neighbour who lives across from the depot', 'she planned to sell her house', 'said'),
)

DOL = 'Dolores Achebe-Vance'
LUC = 'Lucinda Farraday-Kwan'
JER = 'Jerome Farraday-Kwan'
OYM = 'Benedikt Oyelaran-Moss'
WAT = 'Ines Waterhouse'
RAY = 'Raymond Tsosie-Lund'
KIA = 'Kiara'

doc('be14-paper-hollis-creek-wildfire-evacuees-year-on', 'Valley Sentinel', '2038-08-09', '''
A year after the Copperline fire, Hollis Creek evacuees are still waiting to go home

Most of the 340 homes lost have not been rebuilt; county says permits are moving 'as fast as the law allows'

By Marisa Quintero-Lamb, Valley Sentinel

HOLLIS CREEK - The chimney is still standing. It is the only part of Dolores Achebe-Vance's house that the Copperline fire left behind last August, and she visits it most Sundays.

"I come up here and I talk to it," the 58-year-old said, standing on the concrete slab where her kitchen used to be. "My daughter thinks I've lost my mind."

Achebe-Vance, a school bus dispatcher, has lived in a rented trailer in Millbrook, 40 minutes away, since the fire. Her insurance company has paid for the trailer but not yet for the house. The company told her in June that its adjusters needed another survey of the lot, she said.

A year after the fire destroyed 340 homes in and around Hollis Creek, only 22 have been rebuilt, according to county records. Another 61 have building permits.

Residents blame the permit process. Under new rules adopted after the fire, every rebuilt house must have fire-resistant siding, a metal roof and a 30-metre cleared zone, and plans must be approved by both the county and the state fire marshal.

Jerome and Lucinda Farraday-Kwan got their permit in April, after seven months. "We filed the same drawings three times," Lucinda Farraday-Kwan said. Her husband said the new rules had added about $90,000 to the cost of their house. "We agree with the rules," he said. "We just can't afford them."

County Supervisor Benedikt Oyelaran-Moss said in an interview that permits were moving "as fast as the law allows" and that the county had hired four more plan reviewers this spring. He said most delays came from missing documents, not from county staff.

The state fire marshal's office, which reviews the plans after the county, said it takes an average of 23 days per application.

Not everyone wants to come back. Pastor Ines Waterhouse of Hollis Creek Community Church, which lost its building, said about a third of her congregation had moved away for good. "They've found jobs in the valley, their kids are in new schools," she said. "I don't blame them."

Some who stayed say the fire brought them closer. Raymond Tsosie-Lund, a retired firefighter who rebuilt his house himself, said neighbours had helped him frame the walls over four weekends. He said he did not expect to see another fire like it in his lifetime. "But I said that in 2029, too," he added.

The cause of the fire remains under investigation. The Hollis Creek Water District has said a downed power line on its property was not to blame, and the utility that owns the line, Sierra Verde Power, has declined to comment while the investigation continues.

Hollis Creek had about 1,100 residents before the fire. The elementary school reopened in January with 140 students, down from 210, and the town's only grocery store has announced it will not come back.

Achebe-Vance said she plans to rebuild, "even if it's one room." Her daughter, Kiara, who lives in Port Lassen, said she had asked her mother to move in with her. "She said no before I finished the sentence," Kiara said.
''',
    s(OYM, 'county', "permits are moving 'as fast as the law allows'", 'says', 'mixed', role='County Supervisor'),
    s(DOL, 'the 58-year-old', '"I come up here and I talk to it,"', 'said', 'direct'),
    s(DOL, '', '"My daughter thinks I\'ve lost my mind."', '', 'direct'),
    s(DOL, 'she', 'The company told her in June that its adjusters needed another survey of the lot', 'said'),
    s('Her insurance company', 'The company', 'its adjusters needed another survey of the lot', 'told', nested=True, via=DOL),
    s('county records', 'county records', 'A year after the fire destroyed 340 homes in and around Hollis Creek, only 22 have been rebuilt', 'according to'),
    s('Residents', 'Residents', 'the permit process', 'blame'),
    s(LUC, 'Lucinda Farraday-Kwan', '"We filed the same drawings three times,"', 'said', 'direct'),
    s(JER, 'Her husband', 'the new rules had added about $90,000 to the cost of their house', 'said'),
    s(JER, 'he', '"We agree with the rules,"', 'said', 'direct'),
    s(JER, '', '"We just can\'t afford them."', '', 'direct'),
    s(OYM, 'County Supervisor Benedikt Oyelaran-Moss', 'permits were moving "as fast as the law allows" and that the county had hired four more plan reviewers this spring', 'said', 'mixed', role='County Supervisor'),
    s(OYM, 'He', 'most delays came from missing documents, not from county staff', 'said', role='County Supervisor'),
    s("The state fire marshal's office", "The state fire marshal's office", 'it takes an average of 23 days per application', 'said'),
    s(WAT, 'Pastor Ines Waterhouse of Hollis Creek Community Church', 'about a third of her congregation had moved away for good', 'said', role='Pastor'),
    s(WAT, 'she', '"They\'ve found jobs in the valley, their kids are in new schools,"', 'said', 'direct', role='Pastor'),
    s(WAT, '', '"I don\'t blame them."', '', 'direct', role='Pastor'),
    s('Some who stayed', 'Some who stayed', 'the fire brought them closer', 'say'),
    s(RAY, 'Raymond Tsosie-Lund, a retired firefighter who rebuilt his house himself', 'neighbours had helped him frame the walls over four weekends', 'said', role='a retired firefighter'),
    s(RAY, 'He', 'he did not expect to see another fire like it in his lifetime', 'said', role='a retired firefighter'),
    s(RAY, 'he', '"But I said that in 2029, too,"', 'added', 'direct', role='a retired firefighter'),
    s('The Hollis Creek Water District', 'The Hollis Creek Water District', 'a downed power line on its property was not to blame', 'has said'),
    s("the town's only grocery store", "the town's only grocery store", 'it will not come back', 'has announced'),
    s(DOL, 'Achebe-Vance', 'she plans to rebuild, "even if it\'s one room."', 'said', 'mixed'),
    s(KIA, 'Her daughter, Kiara, who lives in Port Lassen', 'she had asked her mother to move in with her', 'said'),
    s(KIA, 'Kiara', '"She said no before I finished the sentence,"', 'said', 'direct'),
)

SATO = 'Marguerite Sato-Fairweather'
ACHL = 'Desmond Achterberg-Lowe'
MWA = 'Paulina Mwangi-Hart'
BEA = 'Beatrice Lindahl'
OKON = 'Thaddeus Okonkwo'

doc('be15-paper-port-callum-ballpark-deal', 'Port Callum Record', '2038-09-15', '''
Council OKs $64M deal to keep the Tidewater Herons in Port Callum

Team owner says new ballpark will open in 2041; critics call lease 'a giveaway'

By Lorenzo Babatunde-Price, Port Callum Record

PORT CALLUM - The Tidewater Herons will stay in Port Callum for at least 30 more years under a ballpark deal that city council approved 6-3 on Monday night, ending two years of talk that the minor-league team could leave for a suburb.

Under the agreement, the city will borrow $64 million to build a 6,500-seat ballpark on the waterfront, and the team will pay $1.2 million a year in rent and cover all maintenance.

Herons owner Marguerite Sato-Fairweather, who bought the team in 2033, said construction would begin next spring and the ballpark would open for the 2041 season. "I grew up three blocks from the old park," she said. "There was never a chance I was taking this team out of town."

That was not what she said in February, when she told a meeting of the Chamber of Commerce that the team had "serious offers" from two other cities. Asked about that on Monday, Sato-Fairweather said the offers had been real. "I'm glad I didn't have to take one," she said.

Councilman Desmond Achterberg-Lowe, who voted no, called the lease "a giveaway." He said the city would collect less in rent than it would pay in interest on the bonds in every year of the deal. "The taxpayers are buying a ballpark and renting it out at a loss," he said.

The city's finance director, Paulina Mwangi-Hart, told council before the vote that rent, parking and ticket taxes would cover the bond payments by 2045. She said she could not promise attendance figures.

Fans packed the council gallery, many in the team's teal caps. Beatrice "Bea" Lindahl, 79, who has had season tickets since 1987, said she cried when she heard the team might leave. "This is where I take my grandkids," she said.

A 2036 study by the Keystone Institute, a think tank that opposes public stadium funding, found that new minor-league ballparks rarely increase spending in the cities that build them. The institute's director, Graham Ostrowski-Nunez, said the Port Callum deal was "better than most, which is not saying much."

Mayor Thaddeus Okonkwo said the ballpark would anchor the waterfront redevelopment and bring 400,000 visitors a year. He also said he would ask the state for $10 million toward a parking garage.

The Herons' current ballpark, Memorial Field, opened in 1958. The league had warned the team in 2036 that the park did not meet the league's standards and would have to be replaced.

The Herons, a Double-A affiliate, drew an average of 3,900 fans a game this season, the third-highest figure in their league. Memorial Field seats 4,200 and has no covered seating, no elevators and locker rooms that flood in heavy rain. The league approved the terms of the lease in a conference call last week.

Work on the waterfront site is set to begin in April.
''',
    s(SATO, 'Team owner', 'new ballpark will open in 2041', 'says', role='Herons owner'),
    s('critics', 'critics', "lease 'a giveaway'", 'call', 'mixed'),
    s(SATO, 'Herons owner Marguerite Sato-Fairweather, who bought the team in 2033', 'construction would begin next spring and the ballpark would open for the 2041 season', 'said', role='Herons owner'),
    s(SATO, 'she', '"I grew up three blocks from the old park,"', 'said', 'direct', role='Herons owner'),
    s(SATO, '', '"There was never a chance I was taking this team out of town."', '', 'direct', role='Herons owner'),
    s(SATO, 'she', 'the team had "serious offers" from two other cities', 'told', 'mixed', role='Herons owner'),
    s(SATO, 'Sato-Fairweather', 'the offers had been real', 'said', role='Herons owner'),
    s(SATO, 'she', '"I\'m glad I didn\'t have to take one,"', 'said', 'direct', role='Herons owner'),
    s(ACHL, 'Councilman Desmond Achterberg-Lowe', 'the lease "a giveaway."', 'called', 'mixed', role='Councilman'),
    s(ACHL, 'He', 'the city would collect less in rent than it would pay in interest on the bonds in every year of the deal', 'said', role='Councilman'),
    s(ACHL, 'he', '"The taxpayers are buying a ballpark and renting it out at a loss,"', 'said', 'direct', role='Councilman'),
    s(MWA, "The city's finance director, Paulina Mwangi-Hart", 'rent, parking and ticket taxes would cover the bond payments by 2045', 'told', role="The city's finance director"),
    s(MWA, 'She', 'she could not promise attendance figures', 'said', role="The city's finance director"),
    s(BEA, 'Beatrice "Bea" Lindahl, 79, who has had season tickets since 1987', 'she cried when she heard the team might leave', 'said'),
    s(BEA, 'she', '"This is where I take my grandkids,"', 'said', 'direct'),
    s('the Keystone Institute', 'A 2036 study by the Keystone Institute', 'new minor-league ballparks rarely increase spending in the cities that build them', 'found'),
    s('Graham Ostrowski-Nunez', "The institute's director, Graham Ostrowski-Nunez", 'the Port Callum deal was "better than most, which is not saying much."', 'said', 'mixed', role="The institute's director"),
    s(OKON, 'Mayor Thaddeus Okonkwo', 'the ballpark would anchor the waterfront redevelopment and bring 400,000 visitors a year', 'said', role='Mayor'),
    s(OKON, 'He', 'he would ask the state for $10 million toward a parking garage', 'said', role='Mayor'),
    s('The league', 'The league', "the park did not meet the league's standards and would have to be replaced", 'had warned'),
)

ODE = 'Odessa Marchbanks-Fraser'
LAW = 'Lawrence Marchbanks-Fraser'
THEL = 'Thelma Okafor-Gaines'

doc('be16-paper-linden-heights-obituary-civil-rights-organizer', 'The Linden Heights Tribune', '2038-10-04', '''
Odessa Marchbanks-Fraser, who led Linden Heights lunch-counter protests, dies at 91

Son says she 'never stopped organizing, not even in the hospital'

By Curtis Wolanski-Beaumont, The Linden Heights Tribune

Odessa Marchbanks-Fraser, who as a 19-year-old college student organized the 1966 sit-ins that desegregated the lunch counters of downtown Linden Heights, died Saturday at her home. She was 91.

Her death was confirmed by her son, Rev. Lawrence Marchbanks-Fraser, who said she had been in declining health since a fall in March. "She never stopped organizing, not even in the hospital," he said. "She had the nurses signed up for a voter drive by the second day."

Born in 1947 in the river town of Calder Bend, Mrs. Marchbanks-Fraser moved to Linden Heights to study at Harmon State College. In February 1966, she and four classmates sat down at the counter of Pell's Drugstore on Market Street and asked for coffee. They were refused, and they came back every day for 41 days.

She told the Tribune in a 2016 interview that she had been more afraid of her mother than of the police. "My mother said if I got arrested I had better be arrested in a clean dress," she said then.

Thelma Okafor-Gaines, 88, one of the four classmates, said Mrs. Marchbanks-Fraser planned every day of the protest on index cards. "She knew who would sit where and who would bring the sandwiches," she said. "She was the general. We were the army."

Later, Mrs. Marchbanks-Fraser led the Linden Heights chapter of the Fair Housing League for 22 years, and in 1989 she won a lawsuit that forced the city to build 300 units of public housing on the north side. City officials at the time called the suit "divisive." The judge in that case, Harold Eastbrook, wrote that the city had "deliberately concentrated poverty" for decades.

Mayor Lucinda Ferreira-Hobbs, who met Mrs. Marchbanks-Fraser as a teenager volunteering for the league, ordered flags at City Hall lowered to half-staff. "Everything good about this city's last sixty years has her fingerprints on it," the mayor said in a statement.

Not everyone agreed with her tactics. Former city council member Dale Kozinski, who clashed with her over the housing case, said Monday that he had come to respect her. "She was right, and I was wrong, and it took me 20 years to admit it," he said.

Her friends say she was funny, stubborn and impossible to refuse. She taught Sunday school at Greater Mount Olive Church for half a century, and in 2008 the city renamed a stretch of Market Street, where Pell's Drugstore once stood, Marchbanks-Fraser Way. At the ceremony she declined to give a speech and handed the microphone to a group of high school students instead.

She is survived by her son, two daughters, Ada and Miriam, seven grandchildren and four great-grandchildren. Her husband, Clarence, died in 2019.

A memorial service will be held at 11 a.m. Saturday at Greater Mount Olive Church. The family asks that donations be made to the Fair Housing League.
''',
    s(LAW, 'Son', "she 'never stopped organizing, not even in the hospital'", 'says', 'mixed', role='her son'),
    s(LAW, 'her son, Rev. Lawrence Marchbanks-Fraser', 'she had been in declining health since a fall in March', 'said', role='her son'),
    s(LAW, 'he', '"She never stopped organizing, not even in the hospital,"', 'said', 'direct', role='her son'),
    s(LAW, '', '"She had the nurses signed up for a voter drive by the second day."', '', 'direct', role='her son'),
    s(ODE, 'She', 'she had been more afraid of her mother than of the police', 'told', date='2016'),
    s(ODE, 'she', '"My mother said if I got arrested I had better be arrested in a clean dress,"', 'said', 'direct', date='2016'),
    s('My mother', 'My mother', 'if I got arrested I had better be arrested in a clean dress', 'said', nested=True, via=ODE),
    s(THEL, 'Thelma Okafor-Gaines, 88, one of the four classmates', 'Mrs. Marchbanks-Fraser planned every day of the protest on index cards', 'said', role='one of the four classmates'),
    s(THEL, 'she', '"She knew who would sit where and who would bring the sandwiches,"', 'said', 'direct', role='one of the four classmates'),
    s(THEL, '', '"She was the general. We were the army."', '', 'direct', role='one of the four classmates'),
    s('City officials', 'City officials', 'the suit "divisive."', 'called', 'mixed'),
    s('Harold Eastbrook', 'The judge in that case, Harold Eastbrook', 'the city had "deliberately concentrated poverty" for decades', 'wrote', 'mixed', role='The judge in that case'),
    s('Lucinda Ferreira-Hobbs', 'the mayor', '"Everything good about this city\'s last sixty years has her fingerprints on it,"', 'said', 'direct', role='Mayor'),
    s('Dale Kozinski', 'Former city council member Dale Kozinski', 'he had come to respect her', 'said', role='Former city council member'),
    s('Dale Kozinski', 'he', '"She was right, and I was wrong, and it took me 20 years to admit it,"', 'said', 'direct', role='Former city council member'),
    s('Her friends', 'Her friends', 'she was funny, stubborn and impossible to refuse', 'say'),
    s('The family', 'The family', 'donations be made to the Fair Housing League', 'asks'),
)
