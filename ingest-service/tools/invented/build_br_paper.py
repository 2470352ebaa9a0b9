"""Set BR's five North American newspaper articles (see build_br.py)."""
from invented_common import doc_spans as doc, s

GPA = 'Gord Pellerin-Abiola'
TOK = 'Trish Oduya-Kemp'
MSF = 'Mireille Santangelo-Fitch'
ARO = 'Anita Roussel-Okoro'
RDA = 'Ray Demers-Achebe'
CEU = "Local 82 of the Civic Employees' Union"

doc('br12-paper-halden-snow-plow-driver-shortage', 'Halden Courier', '2044-01-16', '''
City short 19 plow drivers as storm season hits, union says

Residents fume over unplowed side streets; city blames national trucker shortage

By Leah Whitcombe-Dara
Halden Courier

Halden's public works department is heading into the heart of winter 19 drivers short of a full plow crew, and the union representing the drivers says the city has itself to blame.

"They've known since the spring that people were leaving. They posted the jobs at the same wage we had in 2039," said Gord Pellerin-Abiola, president of Local 82 of the Civic Employees' Union.

The city's manager of roads operations, Trish Oduya-Kemp, said the shortage reflected a lack of drivers with the commercial licence the job requires "right across the country." She said the city had raised the hourly rate by $2.40 in November and was offering a $3,000 signing bonus.

As of Monday, 42 of the city's 61 plow routes had a driver for every shift, according to figures provided to the Courier by the City of Halden.

That has meant long waits on side streets. After last Thursday's storm dropped 31 centimetres, some residential streets in the north end went three days without a plow.

Mireille Santangelo-Fitch, who lives on Orchard Crescent, said she missed two shifts at the hospital where she works as a ward clerk because she could not get her car out. "I shovelled for two hours and then the plow on the main road buried the end of my driveway again," she said.

Her neighbour, Anita Roussel-Okoro, said she had called the city's 311 line four times. She said she was told each time that the street "was on the list."

Did the city consider hiring private contractors? It did, Oduya-Kemp said, but the two companies that bid wanted nearly twice the city's hourly cost.

Coun. Ray Demers-Achebe, who chairs the public works committee, said he would ask council next week to let the department hire retired drivers on short contracts. "We have people who drove plows for thirty years sitting at home," he said.

Not everyone thinks money is the answer. Pellerin-Abiola said some drivers quit because of the overnight shifts, not the pay, and that the city should consider a four-day rotation.

Residents of the north end have started a Facebook group, North End Snow Watch, which posts photos of unplowed streets. Its founder, Kyle Brandvold-Asare, said the group had 2,300 members by Wednesday. "We're not trying to shame the drivers. They're working double shifts," he said.

The city's annual snow budget of $14.2 million was 60 per cent spent by the end of January, Mayor Ines Halvorsen-Tate told reporters Tuesday. She declined to say whether council would have to dip into reserves, but said the city would review its winter plan in the spring.

lwhitcombe@haldencourier.example
''',
    s(GPA, 'union', 'City short 19 plow drivers as storm season hits', 'says', role="president of Local 82 of the Civic Employees' Union"),
    s(TOK, 'city', 'national trucker shortage', 'blames', role='manager of roads operations'),
    s(CEU, 'the union representing the drivers', 'the city has itself to blame', 'says'),
    s(GPA, GPA, '"They\'ve known since the spring that people were leaving. They posted the jobs at the same wage we had in 2039,"', 'said', 'direct', role="president of Local 82 of the Civic Employees' Union"),
    s(TOK, "The city's manager of roads operations, Trish Oduya-Kemp", 'the shortage reflected a lack of drivers with the commercial licence the job requires "right across the country."', 'said', 'mixed', role='manager of roads operations'),
    s(TOK, 'She', 'the city had raised the hourly rate by $2.40 in November and was offering a $3,000 signing bonus', 'said', role='manager of roads operations'),
    s('the City of Halden', 'the City of Halden', "As of Monday, 42 of the city's 61 plow routes had a driver for every shift", 'according to'),
    s(MSF, MSF, 'she missed two shifts at the hospital where she works as a ward clerk because she could not get her car out', 'said'),
    s(MSF, 'she', '"I shovelled for two hours and then the plow on the main road buried the end of my driveway again,"', 'said', 'direct'),
    s(ARO, 'Her neighbour, Anita Roussel-Okoro', "she had called the city's 311 line four times", 'said'),
    s(ARO, 'She', 'she was told each time that the street "was on the list."', 'said', 'mixed'),
    s(TOK, 'Oduya-Kemp', ['It did,', "but the two companies that bid wanted nearly twice the city's hourly cost"], 'said', anchor='Did the city consider', role='manager of roads operations'),
    s(RDA, 'Coun. Ray Demers-Achebe, who chairs the public works committee', 'he would ask council next week to let the department hire retired drivers on short contracts', 'said', role='Coun.'),
    s(RDA, 'he', '"We have people who drove plows for thirty years sitting at home,"', 'said', 'direct', role='Coun.'),
    s(GPA, 'Pellerin-Abiola', 'some drivers quit because of the overnight shifts, not the pay, and that the city should consider a four-day rotation', 'said', role="president of Local 82 of the Civic Employees' Union"),
    s('Kyle Brandvold-Asare', 'Its founder, Kyle Brandvold-Asare', 'the group had 2,300 members by Wednesday', 'said', role='founder'),
    s('Kyle Brandvold-Asare', 'he', '"We\'re not trying to shame the drivers. They\'re working double shifts,"', 'said', 'direct', role='founder'),
    s('Ines Halvorsen-Tate', 'Mayor Ines Halvorsen-Tate', "The city's annual snow budget of $14.2 million was 60 per cent spent by the end of January", 'told', role='Mayor'),
    s('Ines Halvorsen-Tate', 'She', 'the city would review its winter plan in the spring', 'said', role='Mayor'),
)

GTN = 'Gail Thorsby-Nakamura'
YKB = 'Yusra Kallend-Boateng'
TDH = 'the Tamarack District Health Unit'
TCA = 'the Tamarack Conservation Authority'
KOA = 'Ken Oosterhuis-Abara'
DPL = 'Doug Petrakis-Lund'

doc('br13-paper-loon-lake-algae-bloom-beaches-closed', 'Tamarack Lakes Record', '2044-07-27', '''
Toxic algae closes all five Loon Lake beaches

Cottage association says bloom worst in memory; conservation authority points to farm runoff

By Dev Ramanathan-Cole
The Tamarack Lakes Record

All five public beaches on Loon Lake were closed Friday after tests found high levels of a toxin produced by blue-green algae, the Tamarack District Health Unit said.

The health unit said microcystin levels at the main beach in Pelham Bay were more than four times the limit for swimming. It advised residents not to swim, not to let pets into the water and not to drink lake water even if it was boiled.

The bloom, a thick green scum that smells of cut grass, appeared along the east shore about 10 days ago and has spread across most of the lake.

"I've been coming here since 1979 and I have never seen the water look like pea soup," said Gail Thorsby-Nakamura, president of the Loon Lake Cottagers' Association. "People are scared to let their kids near it."

She said the association had warned the township two years ago that failing septic systems on the older lots were leaking into the lake.

Scientists at the Tamarack Conservation Authority say the bigger cause is phosphorus washing off farm fields in the Black Creek watershed, which feeds the lake. "Septic systems are part of it, but the loading from the creek is roughly three times what comes from the shoreline," said Dr. Yusra Kallend-Boateng, the authority's water quality scientist.

According to a 2043 report by the authority, phosphorus levels at the mouth of Black Creek have doubled since 2030. The report also recommended buffer strips of at least 10 metres along every stream that drains into the lake.

Some farmers say they are being blamed unfairly. Ken Oosterhuis-Abara, who grows corn and soybeans on 400 acres along the creek, said most farms in the watershed already follow a nutrient plan. "We're not the only ones with fertilizer. Look at the golf course," he said.

The township's mayor, Doug Petrakis-Lund, said council would vote in May on a bylaw requiring septic inspections every five years for lakefront properties. He said he did not know how many systems would fail.

Asked whether the beaches would reopen for the long weekend, a health unit spokesperson said that would depend on two clean tests a week apart.

Business owners on the lake are bracing for a quiet summer. Sandra Whitfield-Obi, who rents canoes and paddleboards at Pelham Bay, said bookings for July were down by half. She said she had already refunded 40 groups.

Blue-green algae blooms have become more common across the region as summers warm, the provincial environment ministry said in a report last fall.

Photo: Dev Ramanathan-Cole / The Record
''',
    s(GTN, 'Cottage association', 'bloom worst in memory', 'says', role="president of the Loon Lake Cottagers' Association"),
    s(YKB, 'conservation authority', 'farm runoff', 'points to', role="the authority's water quality scientist"),
    s(TDH, TDH, 'All five public beaches on Loon Lake were closed Friday|produced by blue-green algae', 'said'),
    s(TDH, 'The health unit', 'microcystin levels at the main beach in Pelham Bay were more than four times the limit for swimming', 'said'),
    s(TDH, 'It', 'residents not to swim, not to let pets into the water and not to drink lake water even if it was boiled', 'advised'),
    s(GTN, GTN, '"I\'ve been coming here since 1979 and I have never seen the water look like pea soup,"', 'said', 'direct', role="president of the Loon Lake Cottagers' Association"),
    s(GTN, '', '"People are scared to let their kids near it."', '', 'direct', role="president of the Loon Lake Cottagers' Association"),
    s(GTN, 'She', 'the association had warned the township two years ago that failing septic systems on the older lots were leaking into the lake', 'said', role="president of the Loon Lake Cottagers' Association"),
    s('Scientists at the Tamarack Conservation Authority', 'Scientists at the Tamarack Conservation Authority', 'the bigger cause is phosphorus washing off farm fields in the Black Creek watershed, which feeds the lake', 'say'),
    s(YKB, 'Dr. Yusra Kallend-Boateng', '"Septic systems are part of it, but the loading from the creek is roughly three times what comes from the shoreline,"', 'said', 'direct', role="the authority's water quality scientist"),
    s(TCA, 'a 2043 report by the authority', 'phosphorus levels at the mouth of Black Creek have doubled since 2030', 'According to'),
    s(TCA, 'The report', 'buffer strips of at least 10 metres along every stream that drains into the lake', 'recommended'),
    s('Some farmers', 'Some farmers', 'they are being blamed unfairly', 'say'),
    s(KOA, 'Ken Oosterhuis-Abara, who grows corn and soybeans on 400 acres along the creek', 'most farms in the watershed already follow a nutrient plan', 'said'),
    s(KOA, 'he', '"We\'re not the only ones with fertilizer. Look at the golf course,"', 'said', 'direct'),
    s(DPL, "The township's mayor, Doug Petrakis-Lund", 'council would vote in May on a bylaw requiring septic inspections every five years for lakefront properties', 'said', role="The township's mayor"),
    s(DPL, 'He', 'he did not know how many systems would fail', 'said', role="The township's mayor"),
    s('a health unit spokesperson', 'a health unit spokesperson', 'that would depend on two clean tests a week apart', 'said'),
    s('Sandra Whitfield-Obi', 'Sandra Whitfield-Obi, who rents canoes and paddleboards at Pelham Bay', 'bookings for July were down by half', 'said'),
    s('Sandra Whitfield-Obi', 'She', 'she had already refunded 40 groups', 'said'),
    s('the provincial environment ministry', 'the provincial environment ministry', 'Blue-green algae blooms have become more common across the region as summers warm', 'said'),
)

WHI = 'Walt Hennessey-Ibe'
LPM = 'Lars Pedersen-Mwangi'
JFC = 'Joanne Fairweather-Cole'
MLO = 'Margaret Lindahl-Okafor'

doc('br14-paper-ferndale-curling-club-ice-plant-fails', 'Ferndale Gazette', '2044-01-09', '''
Home > News > Local

Curling season over in Ferndale after 62-year-old ice plant fails

Club says repairs would cost $340,000; members vow to rebuild

By Carl Bjornstad-Eze | Ferndale Gazette
Published Jan. 9, 2044 at 6:15 a.m. | Updated 2 hours ago

Share on Facebook | Share on X | Email

The Ferndale Curling Club has cancelled the rest of its season after the compressor that makes its ice failed beyond repair last week, the club's board announced Monday.

The club's president, Walt Hennessey-Ibe, said a technician told the board that replacing the ammonia plant and the piping under the sheets would cost about $340,000. "That's more than we've raised in the last fifteen years put together," he said.

Hennessey-Ibe and the club's treasurer, Lars Pedersen-Mwangi, met with town staff on Friday to ask whether the town could help. Pedersen-Mwangi, a retired bank manager, has kept the club's books since 2030. He said the club had $41,000 in its reserve fund and could borrow "maybe another hundred" against the building.

Town administrator Joanne Fairweather-Cole confirmed the meeting took place. She said council had not been asked for money and could not commit to anything outside the budget process.

Advertisement

The club has about 240 members, from juniors who curl after school to a Thursday morning league whose youngest player is 71.

"For a lot of us, this is the only place we see people all winter," said Margaret Lindahl-Okafor, 84, who has curled at the club since 1967. She said she had already called three other clubs, but the nearest, in Kessel Falls, was full.

A group of members calling itself Save Our Sheets has started an online fundraiser, which had raised $18,600 by Tuesday night. Its organizer, Priya Dhaliwal-Berg, said the group hopes to reach $100,000 by spring and to ask the province for a matching grant.

Curling Northwest, the sport's regional body, said Ferndale's closure was the third at a small-town club in two years.

Related: Kessel Falls arena gets new roof after three-year wait

Ice plant failures are common in older rinks because many still use systems built in the 1960s and 1970s, according to Dale Mackintosh-Roy, an engineer who inspects rinks for the province's recreation facilities association.

Hennessey-Ibe said the board had not given up. "We'll curl again. I just can't tell you when," he said.

Share this story: Facebook | X | Email

Comments (12)

Bonnie K.: My dad curled there every Saturday. So sad to hear this.

Rick_Ferndale: The town spent $2 million on the new roundabout but can't find $340K for the rink? The treasurer told me they asked for help years ago.

Most Read
1. Curling season over in Ferndale after 62-year-old ice plant fails
2. Police seek driver after crash on Highway 9
3. Ferndale council approves 3.1% tax increase
''',
    s(WHI, 'Club', 'repairs would cost $340,000', 'says', role="The club's president"),
    s('members', 'members', 'to rebuild', 'vow'),
    s("the club's board", "the club's board", 'The Ferndale Curling Club has cancelled the rest of its season|failed beyond repair last week', 'announced'),
    s(WHI, "The club's president, Walt Hennessey-Ibe", 'a technician told the board that replacing the ammonia plant and the piping under the sheets would cost about $340,000', 'said', role="The club's president"),
    s('a technician', 'a technician', 'replacing the ammonia plant and the piping under the sheets would cost about $340,000', 'told', nested=True, via=WHI),
    s(WHI, 'he', '"That\'s more than we\'ve raised in the last fifteen years put together,"', 'said', 'direct', role="The club's president"),
    s(LPM, 'He', 'the club had $41,000 in its reserve fund and could borrow "maybe another hundred" against the building', 'said', 'mixed', role="the club's treasurer"),
    s(JFC, 'Town administrator Joanne Fairweather-Cole', 'the meeting took place', 'confirmed', role='Town administrator'),
    s(JFC, 'She', 'council had not been asked for money and could not commit to anything outside the budget process', 'said', role='Town administrator'),
    s(MLO, MLO, '"For a lot of us, this is the only place we see people all winter,"', 'said', 'direct'),
    s(MLO, 'She', 'she had already called three other clubs, but the nearest, in Kessel Falls, was full', 'said'),
    s('Priya Dhaliwal-Berg', 'Its organizer, Priya Dhaliwal-Berg', 'the group hopes to reach $100,000 by spring and to ask the province for a matching grant', 'said', role='organizer'),
    s('Curling Northwest', "Curling Northwest, the sport's regional body", "Ferndale's closure was the third at a small-town club in two years", 'said'),
    s('Dale Mackintosh-Roy', 'Dale Mackintosh-Roy', 'Ice plant failures are common in older rinks because many still use systems built in the 1960s and 1970s', 'according to', role="an engineer who inspects rinks for the province's recreation facilities association"),
    s(WHI, 'Hennessey-Ibe', 'the board had not given up', 'said', role="The club's president"),
    s(WHI, 'he', '"We\'ll curl again. I just can\'t tell you when,"', 'said', 'direct', role="The club's president"),
)

EMD = 'Elsie Marchetti-Dube'
GWS = 'Grant Whelan-Sato'
MSN = 'Mira Stavros-Ndlovu'

doc('br15-paper-brantwood-rooster-noise-bylaw', 'Brantwood Examiner', '2044-02-11', '''
Backyard rooster must go, bylaw officer rules; owner vows appeal

By Nadine Okwuosa-Hart
Brantwood Examiner

A Brantwood bylaw enforcement officer has ordered Elsie Marchetti-Dube to remove a rooster named Captain from her backyard on Larch Street by March 1, ruling that its crowing violates the city's noise bylaw.

Marchetti-Dube, 67, said she would appeal to the city's property standards committee. "He's a rooster, not a radio. He crows for maybe ten minutes at sunrise," she said.

The order, dated Feb. 2 and signed by officer Grant Whelan-Sato, says the city received "multiple complaints" about the bird between November and January. It states that roosters are not among the animals permitted in residential zones under a 2041 amendment to the animal control bylaw.

Whelan-Sato referred questions to the city's communications office. A city spokesperson, Tessa Obuya-Laird, said officers act only on complaints and do not go looking for chickens. She would not say who complained.

Two of Marchetti-Dube's neighbours said they have never been bothered by Captain. "I hear the garbage truck more than I hear that bird," said Ron Kapoor-Lindgren, who lives across the lane.

Another neighbour, who asked not to be named because she did not want to be drawn into a dispute, said the rooster starts crowing well before sunrise in summer, "around four-thirty, every day."

Backyard hens are allowed in Brantwood, up to four per household, under a pilot program council approved in 2040. Roosters were banned the following year.

Coun. Mira Stavros-Ndlovu, who pushed for the hen program, said she had asked staff whether roosters could be allowed on larger lots. She said she has not received an answer.

"Some people moved to the suburbs for the quiet. Other people moved here to have a bit of country. The bylaw has to work for both," she said.

Marchetti-Dube's daughter, Celine, said her mother had kept chickens since she retired from the post office in 2039. "It's what gets her out of bed in the morning," she said.

A Brantwood veterinarian, Dr. Omar Haskell-Reyes, said roosters cannot be trained not to crow, though keeping them in a dark coop until 7 a.m. can delay the first call.

Marchetti-Dube has started a petition asking council to change the rule. By Tuesday it had 1,140 signatures.

The property standards committee will hear her appeal on Feb. 26. Until then, the order is on hold, the city clerk's office confirmed.

Captain, a four-year-old Brahma, was unavailable for comment.
''',
    s(GWS, 'bylaw officer', 'Backyard rooster must go', 'rules', role='officer'),
    s(EMD, 'owner', 'appeal', 'vows'),
    s(GWS, 'A Brantwood bylaw enforcement officer', "its crowing violates the city's noise bylaw", 'ruling', role='officer'),
    s(EMD, 'Marchetti-Dube', "she would appeal to the city's property standards committee", 'said'),
    s(EMD, 'she', '"He\'s a rooster, not a radio. He crows for maybe ten minutes at sunrise,"', 'said', 'direct'),
    s(GWS, 'The order, dated Feb. 2 and signed by officer Grant Whelan-Sato', 'the city received "multiple complaints" about the bird between November and January', 'says', 'mixed', role='officer'),
    s(GWS, 'It', 'roosters are not among the animals permitted in residential zones under a 2041 amendment to the animal control bylaw', 'states', role='officer'),
    s('Tessa Obuya-Laird', 'A city spokesperson, Tessa Obuya-Laird', 'officers act only on complaints and do not go looking for chickens', 'said', role='A city spokesperson'),
    s("Two of Marchetti-Dube's neighbours", "Two of Marchetti-Dube's neighbours", 'they have never been bothered by Captain', 'said'),
    s('Ron Kapoor-Lindgren', 'Ron Kapoor-Lindgren, who lives across the lane', '"I hear the garbage truck more than I hear that bird,"', 'said', 'direct'),
    s('Another neighbour', 'Another neighbour', 'the rooster starts crowing well before sunrise in summer, "around four-thirty, every day."', 'said', 'mixed'),
    s(MSN, 'Coun. Mira Stavros-Ndlovu, who pushed for the hen program', 'she had asked staff whether roosters could be allowed on larger lots', 'said', role='Coun.'),
    s(MSN, 'She', 'she has not received an answer', 'said', role='Coun.'),
    s(MSN, 'she', '"Some people moved to the suburbs for the quiet.|The bylaw has to work for both,"', 'said', 'direct', role='Coun.'),
    s('Celine', "Marchetti-Dube's daughter, Celine", 'her mother had kept chickens since she retired from the post office in 2039', 'said'),
    s('Celine', 'she', '"It\'s what gets her out of bed in the morning,"', 'said', 'direct'),
    s('Omar Haskell-Reyes', 'A Brantwood veterinarian, Dr. Omar Haskell-Reyes', 'roosters cannot be trained not to crow, though keeping them in a dark coop until 7 a.m. can delay the first call', 'said', role='A Brantwood veterinarian'),
    s(EMD, 'a petition', 'council to change the rule', 'asking'),
    s("the city clerk's office", "the city clerk's office", 'Until then, the order is on hold', 'confirmed'),
)

DFO = 'Dale Fenwick-Osei'
AKM = 'Andrea Kowal-Mensah'
CAY = 'Curtis Albrecht-Yeo'
SMP = 'Sunil Marwaha-Price'
ESA = 'Ellen Sorensen-Achebe'

doc('br16-paper-corby-valley-youth-baseball-coach-dismissed', 'The Corby Valley Ledger', '2044-08-20', '''
Youth baseball league fires coach; he says he was 'protecting arms'

By Jolene Marsh-Adeyemi
The Corby Valley Ledger

The Corby Valley Youth Baseball Association has dismissed one of its longest-serving volunteer coaches, Dale Fenwick-Osei, after a dispute with parents over how much he let young pitchers throw.

The association's board voted 6-1 on Sunday to remove Fenwick-Osei, 58, who had coached the under-13 Corby Valley Hawks for 14 seasons.

In a letter to parents Monday, board president Andrea Kowal-Mensah said the decision followed "a pattern of conduct" that included "disrespectful communication with families." She wrote that the board would not discuss the details "out of respect for everyone involved."

Fenwick-Osei says it came down to pitch counts. He said he benched two pitchers in June because they had reached the league's limit of 85 pitches, and that their parents complained to the board after the team lost a playoff game.

"I was protecting those kids' arms. That's the rule, and it's in the rule book for a reason," he said in an interview at his home.

One of the parents, Curtis Albrecht-Yeo, whose son was one of the pitchers, disputed that account. He said his complaint was about the coach "yelling at 12-year-olds," not about pitch counts.

Did the coach yell at players? Several parents who spoke to the Ledger said he did; others said he was strict but fair.

"He's old school. He raises his voice. But he's never been mean to my daughter," said Rosa Delacruz-Benn, whose daughter is the team's catcher.

The association's bylaws allow a dismissed coach to appeal within 30 days. Fenwick-Osei said he had hired a lawyer, Sunil Marwaha-Price, who sent the board a letter Tuesday demanding that it reinstate his client and withdraw the letter to parents.

Marwaha-Price said the board had not given his client a chance to respond to the complaints, as its own code of conduct requires.

Kowal-Mensah declined to comment on the lawyer's letter. The board's vice-president, Ellen Sorensen-Achebe, said the league stands by its decision but "would welcome" a meeting with Fenwick-Osei. She said the board had received written complaints from five families since 2042.

Pitch limits exist because of overuse injuries, according to Dr. Nadia Ferreira-Holm, a sports medicine physician at Corby General Hospital. She said she sees "several" elbow injuries in pitchers under 14 every season.

Youth Baseball Westmark, the provincial governing body, said it does not intervene in local coaching decisions but recommends that every association follow national pitch-count guidelines.

The Hawks finished the season 14-6. Their new coach has not been named.
''',
    s(DFO, 'he', "he was 'protecting arms'", 'says', 'mixed'),
    s(AKM, 'board president Andrea Kowal-Mensah', 'the decision followed "a pattern of conduct" that included "disrespectful communication with families."', 'said', 'mixed', role='board president'),
    s(AKM, 'She', 'the board would not discuss the details "out of respect for everyone involved."', 'wrote', 'mixed', role='board president'),
    s(DFO, 'Fenwick-Osei', 'it came down to pitch counts', 'says'),
    s(DFO, 'He', "he benched two pitchers in June because they had reached the league's limit of 85 pitches|lost a playoff game", 'said'),
    s(DFO, 'he', '"I was protecting those kids\' arms. That\'s the rule, and it\'s in the rule book for a reason,"', 'said', 'direct'),
    s(CAY, 'One of the parents, Curtis Albrecht-Yeo', 'that account', 'disputed'),
    s(CAY, 'He', 'his complaint was about the coach "yelling at 12-year-olds," not about pitch counts', 'said', 'mixed'),
    s('Several parents who spoke to the Ledger', 'Several parents who spoke to the Ledger', 'he did', 'said'),
    s('others', 'others', 'he was strict but fair', 'said'),
    s('Rosa Delacruz-Benn', 'Rosa Delacruz-Benn', '"He\'s old school. He raises his voice. But he\'s never been mean to my daughter,"', 'said', 'direct'),
    s(DFO, 'Fenwick-Osei', 'he had hired a lawyer, Sunil Marwaha-Price, who sent the board a letter Tuesday demanding that it reinstate his client and withdraw the letter to parents', 'said'),
    s(SMP, 'a letter', 'it reinstate his client and withdraw the letter to parents', 'demanding', nested=True, via=DFO),
    s(SMP, 'Marwaha-Price', 'the board had not given his client a chance to respond to the complaints, as its own code of conduct requires', 'said'),
    s(ESA, "The board's vice-president, Ellen Sorensen-Achebe", 'the league stands by its decision but "would welcome" a meeting with Fenwick-Osei', 'said', 'mixed', role="The board's vice-president"),
    s(ESA, 'She', 'the board had received written complaints from five families since 2042', 'said', role="The board's vice-president"),
    s('Nadia Ferreira-Holm', 'Dr. Nadia Ferreira-Holm', 'Pitch limits exist because of overuse injuries', 'according to', role='a sports medicine physician at Corby General Hospital'),
    s('Nadia Ferreira-Holm', 'She', 'she sees "several" elbow injuries in pitchers under 14 every season', 'said', 'mixed', role='a sports medicine physician at Corby General Hospital'),
    s('Youth Baseball Westmark', "Youth Baseball Westmark, the provincial governing body", 'it does not intervene in local coaching decisions but recommends that every association follow national pitch-count guidelines', 'said'),
)
