"""Set AR's five North American newspaper articles (see build_ar.py)."""
from invented_common import doc_spans as doc, s

FRIE = 'Friends of the Orpheum'
BRIG = 'Brightwater Living'
MURD = 'Aileen Murdoch'
TSE = 'Gordon Tse'
OYEL = 'Reginald Oyelowo'
KOWA = 'Sandra Kowalczyk'
REPT = '2033 engineering report'
DHAL = 'Priya Dhaliwal'

doc('ar12-paper-harbourton-orpheum-theatre-demolition-vote', 'The Harbourton Ledger', '2034-09-17', '''
Council votes to let developer demolish Orpheum Theatre

Heritage group vows court challenge; developer says facade will be kept

By Marisa Quan
City Hall Reporter

Harbourton's 1912 Orpheum Theatre can be torn down to make way for a 24-storey apartment tower, city council decided late Tuesday, ending a two-year fight that filled the council chamber with protesters on three occasions.

Council voted 8-5 to remove the theatre from the city's heritage register after a debate that ran past midnight. The developer, Brightwater Living, has promised to rebuild the theatre's terra-cotta facade at the base of the new tower.

"We are not saving a building. We are saving a picture of a building," said Coun. Aileen Murdoch, who voted against the motion. "Future councils will walk past that facade and wonder what we were thinking."

Mayor Gordon Tse, who voted in favour, said the theatre had been empty since 2019 and that no group had come forward with a realistic plan to restore it. A 2033 engineering report commissioned by the city put the cost of restoration at $38 million.

"I love that building as much as anyone in this room," Tse told council before the vote. "But love is not a business plan."

The Friends of the Orpheum, a volunteer group that has collected more than 11,000 signatures against the demolition, said it would ask the courts to review the decision. Its chair, Reginald Oyelowo, argued that council had ignored the advice of its own heritage advisory committee, which recommended in March that the theatre stay on the register.

"The committee of experts said keep it. The council said sell it. That tells you who is running this city," Oyelowo said outside city hall, where about 60 supporters held candles and a banner reading "Orpheum Forever."

Brightwater's vice-president of development, Sandra Kowalczyk, said the facade would be taken down piece by piece, catalogued and put back "exactly as it stands today." She said the company would also include a 250-seat community hall in the tower's podium.

Asked whether the company would consider keeping the auditorium, Kowalczyk said that would cost more than the entire project.

Not everyone at the meeting opposed the tower. Several residents of the neighbourhood told council they welcomed the 310 new apartments, 40 of them to be rented below market rates.

"My daughter is 29 and still lives in my basement," said Priya Dhaliwal, who spoke in favour. "I would trade an empty theatre for her own front door."

Built as a vaudeville house, the Orpheum later became a movie theatre and closed after a roof leak in 2019. Its interior, with 1,100 seats and a painted ceiling, has been badly damaged by water and pigeons, according to the engineering report.

The Orpheum is the third building in the downtown core to lose its heritage designation in five years. The Crown Hotel on Front Street was removed from the register in 2030 and replaced by an office tower, and the former Union Bank building was demolished in 2032 after a fire.

Demolition cannot begin before the city issues a permit, which a planning official said was unlikely before the fall.
''',
    s(FRIE, 'Heritage group', 'court challenge', 'vows'),
    s(KOWA, 'developer', 'facade will be kept', 'says', role='vice-president of development'),
    s(BRIG, 'The developer, Brightwater Living', "to rebuild the theatre's terra-cotta facade at the base of the new tower", 'has promised'),
    s(MURD, 'Coun. Aileen Murdoch', '"We are not saving a building. We are saving a picture of a building,"', 'said', 'direct', role='Coun.'),
    s(MURD, '', '"Future councils will walk past that facade and wonder what we were thinking."', '', 'direct', role='Coun.'),
    s(TSE, 'Mayor Gordon Tse', 'the theatre had been empty since 2019|a realistic plan to restore it', 'said', role='Mayor'),
    s(REPT, 'A 2033 engineering report commissioned by the city', 'the cost of restoration at $38 million', 'put'),
    s(TSE, 'Tse', '"I love that building as much as anyone in this room,"', 'told', 'direct', role='Mayor'),
    s(TSE, '', '"But love is not a business plan."', '', 'direct', role='Mayor'),
    s(FRIE, 'The Friends of the Orpheum', 'it would ask the courts to review the decision', 'said'),
    s(OYEL, 'Its chair, Reginald Oyelowo', 'council had ignored the advice of its own heritage advisory committee|stay on the register', 'argued', role='chair'),
    s('heritage advisory committee', 'which', 'the theatre stay on the register', 'recommended', nested=True, via=OYEL),
    s(OYEL, 'Oyelowo', '"The committee of experts said keep it.|who is running this city,"', 'said', 'direct', role='chair'),
    s(KOWA, "Brightwater's vice-president of development, Sandra Kowalczyk", 'the facade would be taken down piece by piece, catalogued and put back "exactly as it stands today."', 'said', 'mixed', role='vice-president of development'),
    s(KOWA, 'She', "the company would also include a 250-seat community hall in the tower's podium", 'said', role='vice-president of development'),
    s(KOWA, 'Kowalczyk', 'that would cost more than the entire project', 'said', role='vice-president of development'),
    s('Several residents of the neighbourhood', 'Several residents of the neighbourhood', 'they welcomed the 310 new apartments, 40 of them to be rented below market rates', 'told'),
    s(DHAL, 'Priya Dhaliwal', '"My daughter is 29 and still lives in my basement,"', 'said', 'direct'),
    s(DHAL, '', '"I would trade an empty theatre for her own front door."', '', 'direct'),
    s(REPT, 'the engineering report', 'Its interior, with 1,100 seats and a painted ceiling, has been badly damaged by water and pigeons', 'according to'),
    s('a planning official', 'a planning official', 'was unlikely before the fall', 'said'),
)

ZOO = 'Calder City Zoo'
LALO = 'Marguerite Lalonde'
ASAN = 'Kwame Asante'
VASQ = 'Kendra Vasquez'
FITC = 'Harold Fitch'
LACH = 'Benoit Lachance'

doc('ar13-paper-calder-city-zoo-elephant-to-sanctuary', 'The Calder City Courier', '2034-02-22', '''
After 38 years in Calder City, Tilly the elephant heads for a sanctuary

Zoo says move is best for her; some longtime visitors say it's a loss

By Dana Kirkpatrick
The Calder City Courier

Tilly, the Calder City Zoo's last elephant, will leave the city next month for a sanctuary in the south of the state, ending more than a century of elephants at the zoo, its director announced Wednesday.

The 47-year-old Asian elephant has lived alone since her companion, Ruby, died in 2032. Elephants are highly social animals, and keeping one by herself is no longer acceptable, zoo director Marguerite Lalonde said at a news conference in front of the elephant house.

"We have asked ourselves every day for two years what is best for Tilly, and the answer kept coming back the same," Lalonde said. "She needs other elephants, and we cannot give her that here."

The Sunfield Elephant Refuge, which cares for nine female elephants on 900 hectares, has agreed to take her. Its founder, Dr. Kwame Asante, said Tilly would spend about a month in a barn next to the herd so the animals could get used to one another's smell and sound before they meet.

The move will cost about $400,000, most of it for a custom-built crate and a climate-controlled truck, according to the zoo. A donor who asked not to be named has paid for it.

Animal welfare groups have campaigned for Tilly's transfer since Ruby's death. Kendra Vasquez of the group Free the Herd said the zoo had "finally listened," but added that the decision had come two years too late.

Not every regular agrees with the move. Harold Fitch, 81, has visited Tilly almost every Sunday since she arrived as a nine-year-old in 1996. He says he understands the reasons but will miss her.

"She knows my hat," he said, tapping his grey fedora. "Don't ask me how, but she knows it."

Keepers will travel with Tilly and stay at the refuge for two weeks, the zoo said. Her longtime keeper, Benoit Lachance, who has worked with her for 22 years, admitted that the day she leaves will be hard.

"I have spent more hours with her than with my own kids," he said. "That," he added, laughing, "is not something I tell my kids."

The elephant house, built in 1964, will be converted into an indoor exhibit for Calder River wildlife, a change the zoo's board approved last year. City councillor Monique Archambault, who sits on the zoo board, said the city had no plans to bring elephants back.

Tilly arrived in Calder City in 1996 from a circus that had gone out of business in the east of the state. For most of her years at the zoo she shared the elephant house with Ruby and an older female, Duchess, who died in 2019. Her yearly birthday party, with a cake of frozen fruit and bran, drew several thousand visitors.

Tilly's last public day will be March 29. The zoo said it expected large crowds and urged visitors to take the bus.
''',
    s(LALO, 'Zoo', 'move is best for her', 'says', role='zoo director'),
    s('some longtime visitors', 'some longtime visitors', "it's a loss", 'say'),
    s(LALO, 'its director', "Tilly, the Calder City Zoo's last elephant, will leave the city next month|elephants at the zoo", 'announced', role='zoo director'),
    s(LALO, 'zoo director Marguerite Lalonde', 'Elephants are highly social animals, and keeping one by herself is no longer acceptable', 'said', role='zoo director'),
    s(LALO, 'Lalonde', '"We have asked ourselves every day for two years what is best for Tilly, and the answer kept coming back the same,"', 'said', 'direct', role='zoo director'),
    s(LALO, '', '"She needs other elephants, and we cannot give her that here."', '', 'direct', role='zoo director'),
    s(ASAN, 'Its founder, Dr. Kwame Asante', 'Tilly would spend about a month in a barn next to the herd|before they meet', 'said', role='founder'),
    s(ZOO, 'the zoo', 'The move will cost about $400,000|a climate-controlled truck', 'according to'),
    s(VASQ, 'Kendra Vasquez of the group Free the Herd', 'the zoo had "finally listened,"', 'said', 'mixed'),
    s(VASQ, '', 'the decision had come two years too late', 'added'),
    s(FITC, 'He', 'he understands the reasons but will miss her', 'says'),
    s(FITC, 'he', '"She knows my hat,"', 'said', 'direct'),
    s(FITC, '', '"Don\'t ask me how, but she knows it."', '', 'direct'),
    s(ZOO, 'the zoo', 'Keepers will travel with Tilly and stay at the refuge for two weeks', 'said'),
    s(LACH, 'Her longtime keeper, Benoit Lachance', 'the day she leaves will be hard', 'admitted', role='keeper'),
    s(LACH, 'he', '"I have spent more hours with her than with my own kids,"', 'said', 'direct', role='keeper'),
    s(LACH, 'he', ['"That,"', '"is not something I tell my kids."'], 'added', 'direct', role='keeper', anchor='"That," he added'),
    s('Monique Archambault', 'City councillor Monique Archambault', 'the city had no plans to bring elephants back', 'said', role='City councillor'),
    s(ZOO, 'The zoo', 'it expected large crowds', 'said'),
    s(ZOO, '', 'visitors to take the bus', 'urged'),
)

BEAU = 'Jolene Beauchesne'
NOVA = 'Carla Novak'
HADD = 'Amira Haddad'

doc('ar14-paper-prince-lake-provincial-curling-final', 'The Prince Lake Herald', '2034-01-29', '''
Moosehorn rink wins provincial women's curling title in extra end

Skip calls final shot 'the best of my life'

By Tom Gallant
Sports Reporter

PRINCE LAKE - For nine ends on Sunday, Jolene Beauchesne's rink from Moosehorn trailed. In the 11th, it did not matter.

Beauchesne made a delicate tap-back with her last stone in an extra end to score one and beat two-time defending champion Carla Novak of Westbrook 7-6 in the final of the provincial women's curling championship at the Prince Lake Curling Club.

"I've thrown that shot maybe a thousand times in practice and missed it half of those," Beauchesne said. "I'll take the one that counts."

She called it the best shot of her life, then corrected herself. "Best shot of my life so far," she said, grinning.

The final was tight from the start. Novak's rink took two in the first end and stole singles in the fourth and sixth, and led 6-3 after seven. Moosehorn scored two in the eighth with a double takeout by Beauchesne and tied the game in the ninth when Novak's last stone rubbed a guard and rolled out of the house.

The win sends the Moosehorn team to the national championship in Halvard in February, the first trip there for any of its four players.

Novak had a chance to win in the 10th end, but her final draw stopped a few centimetres short of the button. She said the ice had "picked up" late in the game and that she had thrown the stone too softly.

"No excuses. They made more shots when it mattered," Novak said.

Beauchesne's third, Amira Haddad, who is eight months removed from knee surgery, said she had doubted until January that she would be able to play this season. Her doctor, she said, had told her to "stay off ice of any kind."

Lead Taylor Okonjo and second Shanelle Proulx both work night shifts at the Moosehorn hospital, and the team practised at 6 a.m. most of the winter, according to Beauchesne.

The championship drew about 3,400 spectators over six days, the club estimated, the largest crowd since it last hosted in 2019. Event chair Doug Ferrand said organizers had sold out the final two days and had to turn people away at the door on Sunday.

Moosehorn, a town of about 2,300 people, has a two-sheet club that was nearly closed in 2031 when its ice plant failed. Residents raised $160,000 in a winter to replace it, and several of them made the six-hour drive to Prince Lake for the final, ringing cowbells from the front row of the stands.

Novak, 44, would not say whether she plans to return next season.

Asked what the team would do to prepare for the nationals, Beauchesne laughed. "Sleep first," she said. "Then practise."
''',
    s(BEAU, 'Skip', "final shot 'the best of my life'", 'calls', 'mixed', role='Skip'),
    s(BEAU, 'Beauchesne', '"I\'ve thrown that shot maybe a thousand times in practice and missed it half of those,"', 'said', 'direct', role='Skip'),
    s(BEAU, '', '"I\'ll take the one that counts."', '', 'direct', role='Skip'),
    s(BEAU, 'She', 'it the best shot of her life', 'called', role='Skip'),
    s(BEAU, 'she', '"Best shot of my life so far,"', 'said', 'direct', role='Skip'),
    s(NOVA, 'She', 'the ice had "picked up" late in the game and that she had thrown the stone too softly', 'said', 'mixed'),
    s(NOVA, 'Novak', '"No excuses. They made more shots when it mattered,"', 'said', 'direct'),
    s(HADD, "Beauchesne's third, Amira Haddad", 'she had doubted until January that she would be able to play this season', 'said', role='third'),
    s(HADD, 'she', ['Her doctor', 'had told her to "stay off ice of any kind."'], 'said', 'mixed', role='third', anchor='Her doctor, she said'),
    s(BEAU, 'Beauchesne', 'Lead Taylor Okonjo and second Shanelle Proulx both work night shifts|most of the winter', 'according to', role='Skip'),
    s('Prince Lake Curling Club', 'the club', 'The championship drew about 3,400 spectators over six days', 'estimated'),
    s('Doug Ferrand', 'Event chair Doug Ferrand', 'organizers had sold out the final two days|at the door on Sunday', 'said', role='Event chair'),
    s(BEAU, 'she', '"Sleep first,"', 'said', 'direct', role='Skip'),
    s(BEAU, '', '"Then practise."', '', 'direct', role='Skip'),
)

LCFB = 'Lakeview Community Food Bank'
CAST = 'Yvonne Castellanos'
CARR = 'Dwayne Carrick'
WHIB = 'Lorna Whitebird'
LISK = 'Gord Liske'

doc('ar15-paper-lakeview-food-bank-record-demand', 'The Lakeview Sentinel', '2034-10-07', '''
Food bank visits hit record as rents climb and grocery prices stay high

'We have never seen lines like this,' director says

By Harjit Sandhu
The Lakeview Sentinel

More households in Lakeview used the city's main food bank in September than in any month since it opened in 1987, according to figures compiled by the Lakeview Community Food Bank.

The food bank served 6,240 households last month, up 31% from September 2033. About one in five were visiting for the first time, and 38% included at least one adult with a job, the figures show.

"We have never seen lines like this, not even in the pandemic," executive director Yvonne Castellanos said Monday, standing in a warehouse where volunteers were packing hampers. "People are coming to us after they pay the rent, because after the rent there is nothing left."

Castellanos said donations of food had fallen about 12% this year while cash donations were roughly flat, forcing the food bank to buy more food than ever before, about $85,000 worth in September alone.

Among the new clients is Dwayne Carrick, 36, a warehouse worker and father of two, who says his rent went up by $340 a month in the spring.

"I work 40 hours a week. I never thought I'd be standing here," he said, holding a box of cereal and canned beans. "My kids think we're picking up groceries for someone else."

A mother of three who asked that her name not be used because her employer does not know she visits said she skips lunch most days so her children can eat.

City Councillor Daniel Okoro said the numbers should be "a wake-up call" for the province, which sets social assistance rates. Assistance for a single adult has risen 9% since 2030, while average rents in Lakeview have risen 41%, according to the city's housing office.

In a statement, a spokesperson for the provincial Ministry of Social Services said rates would rise by 4% in January and that the province had given food banks $12 million in one-time grants this year.

Economist Lorna Whitebird of Lakeview University said food bank use is a "late signal" of hardship.

"By the time people come to a food bank, they have usually already run through their savings, borrowed from family and fallen behind on a bill or two," she said.

The Lakeview Community Food Bank distributes food through its own warehouse and 27 partner agencies, including church pantries, school breakfast programs and two shelters. It has three full-time employees and relies on about 400 volunteers, who sort and pack donations six days a week.

The food bank is asking for donations of canned protein, baby formula and cash. It has also extended its Thursday hours to 8 p.m. for clients who work during the day.

Volunteers say the mood in the line has changed. "It used to be mostly people who knew each other," said Gord Liske, 70, who has volunteered every Tuesday for 14 years. "Now it's strangers, and they don't want to look at you."
''',
    s(CAST, 'director', "'We have never seen lines like this,'", 'says', 'direct', role='executive director'),
    s(LCFB, 'the Lakeview Community Food Bank', "More households in Lakeview used the city's main food bank in September|since it opened in 1987", 'according to'),
    s(LCFB, 'the figures', 'About one in five were visiting for the first time|at least one adult with a job', 'show'),
    s(CAST, 'executive director Yvonne Castellanos', '"We have never seen lines like this, not even in the pandemic,"', 'said', 'direct', role='executive director'),
    s(CAST, '', '"People are coming to us after they pay the rent|there is nothing left."', '', 'direct', role='executive director'),
    s(CAST, 'Castellanos', 'donations of food had fallen about 12% this year|in September alone', 'said', role='executive director'),
    s(CARR, 'who', 'his rent went up by $340 a month in the spring', 'says', role='warehouse worker'),
    s(CARR, 'he', '"I work 40 hours a week. I never thought I\'d be standing here,"', 'said', 'direct', role='warehouse worker'),
    s(CARR, '', '"My kids think we\'re picking up groceries for someone else."', '', 'direct', role='warehouse worker'),
    s('A mother of three', 'A mother of three', 'she skips lunch most days so her children can eat', 'said'),
    s('Daniel Okoro', 'City Councillor Daniel Okoro', 'the numbers should be "a wake-up call" for the province', 'said', 'mixed', role='City Councillor'),
    s("city's housing office", "the city's housing office", 'Assistance for a single adult has risen 9% since 2030|have risen 41%', 'according to'),
    s('Ministry of Social Services', 'a spokesperson for the provincial Ministry of Social Services', 'rates would rise by 4% in January|in one-time grants this year', 'said'),
    s(WHIB, 'Economist Lorna Whitebird of Lakeview University', 'food bank use is a "late signal" of hardship', 'said', 'mixed', role='Economist'),
    s(WHIB, 'she', '"By the time people come to a food bank|a bill or two,"', 'said', 'direct', role='Economist'),
    s('Volunteers', 'Volunteers', 'the mood in the line has changed', 'say'),
    s(LISK, 'Gord Liske', '"It used to be mostly people who knew each other,"', 'said', 'direct'),
    s(LISK, '', '"Now it\'s strangers, and they don\'t want to look at you."', '', 'direct'),
)

NLC = 'Northern Lottery Corporation'
PRUI = 'Walter Pruitt'
LMAR = 'Lucie Marchand'
ASHD = 'Kevin Ashdown'
OLAF = 'Denise Olafson'
ANGE = 'Angela Pruitt-Moss'

doc('ar16-paper-garnet-falls-lottery-jackpot-winner', 'The Garnet Valley Chronicle', '2034-11-20', '''
Retired bus driver from Garnet Falls claims $48-million jackpot

'I checked the numbers 11 times,' winner says

By Colleen Vachon
The Garnet Valley Chronicle

GARNET FALLS - Walter Pruitt had been playing the same six numbers, taken from his late wife's birthday, his own and the number of the bus route he drove for 31 years, twice a week since 2004.

On Saturday, they finally came up.

The 68-year-old is the sole winner of the $48-million Grand Lotto jackpot from the Nov. 14 draw, the largest prize ever won in the region, the Northern Lottery Corporation confirmed Thursday at a ceremony in the town's legion hall.

"I checked the numbers 11 times. Then I made my neighbour check them, and then I checked them again," Pruitt said, as about 200 townspeople applauded.

Pruitt said he plans to pay off his daughter's mortgage, buy a new truck and set up a scholarship at the town's high school in his wife's name. He said he would keep living in the house he has owned since 1979.

Asked whether the money would change him, he paused. "I'm too old to change," he said. "The truck, though, that's going to change."

The winning ticket was sold at Marchand's Corner Store on Main Street, which will receive a $48,000 seller's bonus, according to the corporation. Store owner Lucie Marchand says she has sold Pruitt a coffee and a lottery ticket every Tuesday and Saturday for as long as she can remember.

"He always said, 'One of these days, Lucie,'" she said. "I always said, 'Sure, Walter.'"

Lottery corporation spokesperson Kevin Ashdown said winners of large prizes are encouraged to take their time before making decisions and to speak with a financial adviser. The corporation offers winners a free session with an independent planner, he said.

Winners in the province cannot remain anonymous, a rule the corporation says helps show that the games are fair.

Garnet Falls Mayor Denise Olafson called the win "the best news this town has had since the mill reopened" and joked that she would be calling Pruitt about the arena's new roof.

Pruitt's daughter, Angela Pruitt-Moss, who drove up from Port Avery for the ceremony, said her father had phoned her at 6 a.m. Sunday and told her to sit down. "He has never in his life told me to sit down," she said.

Garnet Falls has about 4,100 residents and lost several hundred jobs when its paper mill closed in 2027; the mill reopened under new owners two years later with about half its former workforce. Pruitt drove the town's only public bus route, the No. 7 between the mill and the hospital, from 1973 until he retired in 2004.

The odds of winning the jackpot with a single ticket are about one in 33 million, according to the corporation.

Pruitt said he had bought a ticket for Saturday's draw on his way to the ceremony. "Habit," he said.
''',
    s(PRUI, 'winner', "'I checked the numbers 11 times,'", 'says', 'direct'),
    s(NLC, 'the Northern Lottery Corporation', 'The 68-year-old is the sole winner of the $48-million Grand Lotto jackpot|the largest prize ever won in the region', 'confirmed'),
    s(PRUI, 'Pruitt', '"I checked the numbers 11 times. Then I made my neighbour check them, and then I checked them again,"', 'said', 'direct'),
    s(PRUI, 'Pruitt', "he plans to pay off his daughter's mortgage|in his wife's name", 'said'),
    s(PRUI, 'He', 'he would keep living in the house he has owned since 1979', 'said'),
    s(PRUI, 'he', '"I\'m too old to change,"', 'said', 'direct'),
    s(PRUI, '', '"The truck, though, that\'s going to change."', '', 'direct'),
    s(NLC, 'the corporation', "The winning ticket was sold at Marchand's Corner Store on Main Street, which will receive a $48,000 seller's bonus", 'according to'),
    s(LMAR, 'Store owner Lucie Marchand', 'she has sold Pruitt a coffee and a lottery ticket|as long as she can remember', 'says', role='Store owner'),
    s(LMAR, 'she', '"He always said, \'One of these days, Lucie,\'"', 'said', 'direct', role='Store owner'),
    s(LMAR, '', '"I always said, \'Sure, Walter.\'"', '', 'direct', role='Store owner'),
    s(ASHD, 'Lottery corporation spokesperson Kevin Ashdown', 'winners of large prizes are encouraged to take their time|with a financial adviser', 'said', role='Lottery corporation spokesperson'),
    s(ASHD, 'he', 'The corporation offers winners a free session with an independent planner', 'said', role='Lottery corporation spokesperson'),
    s(NLC, 'the corporation', 'helps show that the games are fair', 'says'),
    s(OLAF, 'Garnet Falls Mayor Denise Olafson', 'the win "the best news this town has had since the mill reopened"', 'called', 'mixed', role='Mayor'),
    s(OLAF, '', "she would be calling Pruitt about the arena's new roof", 'joked', role='Mayor'),
    s(ANGE, "Pruitt's daughter, Angela Pruitt-Moss", 'her father had phoned her at 6 a.m. Sunday and told her to sit down', 'said'),
    s(ANGE, 'she', '"He has never in his life told me to sit down,"', 'said', 'direct'),
    s(NLC, 'the corporation', 'The odds of winning the jackpot with a single ticket are about one in 33 million', 'according to'),
    s(PRUI, 'Pruitt', "he had bought a ticket for Saturday's draw on his way to the ceremony", 'said'),
    s(PRUI, 'he', '"Habit,"', 'said', 'direct'),
)
