"""Set BN's five North American newspaper articles (see build_bn.py)."""
from invented_common import doc_spans as doc, s

CPO = 'Curtis Pemberton-Okafor'
MDB = 'Marguerite Delacroix-Boateng'
BOS = 'Beatrice Olumide-Sorensen'
CEM = 'Carl Eastwood-Mbeki'
ZA = 'zoning administrator'

doc('bn12-paper-pellham-crossing-bakery-neon-croissant-sign', 'The Pellham Ledger', '2042-02-17', '''
Bakery's neon croissant must go, town says; owner vows to fight

Zoning board to hear appeal in March as customers rally behind 'Big Flaky'

By Teodor Lindqvist-Amadi

PELLHAM CROSSING — For six years, a pink neon croissant the size of a canoe has hung above the door of Marguerite's Bakery on Canal Street. Regulars call it Big Flaky. The town wants it gone.

In a letter dated Jan. 8, the town's zoning administrator, Curtis Pemberton-Okafor, told owner Marguerite Delacroix-Boateng that the sign breaks a 2031 bylaw limiting illuminated signs in the Canal Street heritage district to 4 square feet, and gave her 60 days to take it down.

"It was legal when it went up and it is legal now," Delacroix-Boateng, 58, said Tuesday, standing under the sign as it buzzed. "What changed is that somebody complained."

She has filed an appeal with the Zoning Board of Appeals, which will hear it March 12. Her lawyer, Anand Whitcombe-Rios, said the bakery had a permit from 2036 that "nobody at town hall seems able to find."

Pemberton-Okafor said the 2036 permit, which the town did find, covered a sign "of a different size in a different place" on the building. Asked who had complained, he said the town does not release the names of people who file complaints.

Is the sign too big? It measures 11 square feet, according to the town's letter.

Customers have taken the baker's side. A petition to keep the sign has 2,140 signatures, and on Saturday about 50 people stood in the snow outside the shop holding paper croissants.

"My kids learned to read on that sign," said Hollis Grant-Nakamura, who lives two blocks away. "C-R-O-I-S-S-A-N-T. That's a hard word."

Not everyone on Canal Street agrees. The Canal Street Heritage Society, which pushed for the 2031 bylaw, said in a statement that rules "mean nothing if they bend for the signs people like." The society's president, a retired architect named Beatrice Olumide-Sorensen, said she liked the bakery but not the sign.

"I buy my bread there every Friday," she said. "I just don't want to look at a pink croissant while I do it."

Deputy Mayor Carl Eastwood-Mbeki, who owns a hardware store on the same block, said he would recuse himself from any council discussion of the sign. He added that the bylaw was "overdue for a look" and that he had asked staff for a report on how other towns regulate historic signs.

Mayor Ruth Castellanos-Pike did not return calls.

Delacroix-Boateng said that if she loses, she will hang the croissant inside, above the display case. "It will be the biggest croissant in any bakery in this state," she said, "and they can't fine me for it."
''',
    s(CPO, 'town', "Bakery's neon croissant must go", 'says', role=ZA),
    s(MDB, 'owner', 'to fight', 'vows', role='owner'),
    s(CPO, "the town's zoning administrator, Curtis Pemberton-Okafor", 'the sign breaks a 2031 bylaw limiting illuminated signs in the Canal Street heritage district to 4 square feet', 'told', role=ZA),
    s(MDB, 'Delacroix-Boateng', '"It was legal when it went up and it is legal now,"', 'said', 'direct', role='owner'),
    s(MDB, '', '"What changed is that somebody complained."', '', 'direct', role='owner'),
    s('Anand Whitcombe-Rios', 'Her lawyer, Anand Whitcombe-Rios', 'the bakery had a permit from 2036 that "nobody at town hall seems able to find."', 'said', 'mixed', role='Her lawyer'),
    s(CPO, 'Pemberton-Okafor', 'the 2036 permit, which the town did find, covered a sign "of a different size in a different place" on the building', 'said', 'mixed', role=ZA),
    s(CPO, 'he', 'the town does not release the names of people who file complaints', 'said', role=ZA),
    s(CPO, "the town's letter", 'It measures 11 square feet', 'according to', role=ZA),
    s('Hollis Grant-Nakamura', 'Hollis Grant-Nakamura', '"My kids learned to read on that sign,"', 'said', 'direct'),
    s('Hollis Grant-Nakamura', '', '"C-R-O-I-S-S-A-N-T. That\'s a hard word."', '', 'direct'),
    s('The Canal Street Heritage Society', 'The Canal Street Heritage Society', 'rules "mean nothing if they bend for the signs people like."', 'said', 'mixed'),
    s(BOS, "The society's president, a retired architect named Beatrice Olumide-Sorensen", 'she liked the bakery but not the sign', 'said', role="The society's president"),
    s(BOS, 'she', '"I buy my bread there every Friday,"', 'said', 'direct', role="The society's president"),
    s(BOS, '', '"I just don\'t want to look at a pink croissant while I do it."', '', 'direct', role="The society's president"),
    s(CEM, 'Deputy Mayor Carl Eastwood-Mbeki', 'he would recuse himself from any council discussion of the sign', 'said', role='Deputy Mayor'),
    s(CEM, 'He', 'the bylaw was "overdue for a look" and that he had asked staff for a report on how other towns regulate historic signs', 'added', 'mixed', role='Deputy Mayor'),
    s(MDB, 'Delacroix-Boateng', 'if she loses, she will hang the croissant inside, above the display case', 'said', role='owner'),
    s(MDB, 'she', ['"It will be the biggest croissant in any bakery in this state,"', '"and they can\'t fine me for it."'], 'said', 'direct', role='owner', anchor='she will hang the croissant inside'),
)

IVT = 'Ingrid Vasquez-Thorne'
QB = 'Quiet Brantley'
SAL = 'Samuel Achterberg-Lowe'
DOR = 'Desmond Okafor-Reilly'
PNH = 'Priya Nakashima-Hurst'

doc('bn13-paper-oakhaven-brantley-park-pickleball-noise', 'The Oakhaven Herald', '2042-10-09', '''
Pickleball's 'pop' has Brantley Park neighbors seeing red

Residents want courts moved; players say they were there first

By Celeste Okoro-Lindgren

OAKHAVEN — Ingrid Vasquez-Thorne can tell you, to the minute, when the first game starts at Brantley Park.

"Seven-oh-two," she said. "Every morning. Pop. Pop. Pop-pop."

Vasquez-Thorne, a 71-year-old retired court stenographer, lives 90 feet from the park's four pickleball courts, which the city carved out of two tennis courts in 2040. She and about 30 neighbors have asked the City Council to move the courts to the sports complex on Route 9 or to limit play to the hours between 9 a.m. and 7 p.m. The group, which meets in Vasquez-Thorne's kitchen, has since given itself a name: Quiet Brantley.

The noise, they say, is not the players' voices but the paddle hitting the hard plastic ball, a sharp crack that a sound engineer hired by the group measured at 71 decibels at Vasquez-Thorne's property line.

The city's noise ordinance allows 65 decibels in residential areas during the day. Parks Director Samuel Achterberg-Lowe said the ordinance does not apply to city parks, but that the city "takes the neighbors seriously" and has ordered noise-dampening screens for the courts' fences.

Will screens help? The manufacturer claims they cut noise by up to 40 percent. Vasquez-Thorne is skeptical.

"A curtain doesn't stop a woodpecker," she said.

The players, for their part, say they were there first. The Oakhaven Pickleball Club has 412 members, up from 60 three years ago, and its president, Desmond Okafor-Reilly, said the courts are full from opening until dark.

"We didn't build the courts. The city did, and the city asked us to come," he said. "Now we're being treated like a nuisance for showing up."

Okafor-Reilly said the club had offered to pay for the screens and to hold off play until 8 a.m. on weekends. The offer was in a letter to the council in August, he said.

Council member Priya Nakashima-Hurst, whose ward includes the park, met with both groups on Oct. 3. She said afterward that moving the courts would cost about $380,000 and that "nobody has that money lying around." She wants the council to try shorter hours first.

At a council meeting last week, a resident who asked not to be named because her husband plays at the courts told the council she could hear the games "through closed windows and a pillow."

Asked whether the city had considered indoor courts, Achterberg-Lowe said a proposal for an indoor center at the old Kmart site "is in the capital plan, which is to say it is in a drawer."

Not every neighbor has joined Quiet Brantley. Across the street, Raymond Oduya-Fischer, 80, said he has come to like the sound. "It means the park is alive," he said. "When it's quiet over there, I worry."

The council is expected to take up the issue Nov. 14.
''',
    s('The players', 'players', 'they were there first', 'say'),
    s(IVT, 'she', '"Seven-oh-two,"', 'said', 'direct', role='a 71-year-old retired court stenographer'),
    s(IVT, '', '"Every morning. Pop. Pop. Pop-pop."', '', 'direct', role='a 71-year-old retired court stenographer'),
    s(QB, 'She and about 30 neighbors', 'the City Council to move the courts to the sports complex on Route 9 or to limit play to the hours between 9 a.m. and 7 p.m.', 'have asked'),
    s(QB, 'they', ['The noise,', "is not the players' voices but the paddle hitting the hard plastic ball"], 'say', anchor='has since given itself a name'),
    s(SAL, 'Parks Director Samuel Achterberg-Lowe', 'the ordinance does not apply to city parks, but that the city "takes the neighbors seriously" and has ordered noise-dampening screens for the courts\' fences', 'said', 'mixed', role='Parks Director'),
    s('The manufacturer', 'The manufacturer', 'they cut noise by up to 40 percent', 'claims'),
    s(IVT, 'she', '"A curtain doesn\'t stop a woodpecker,"', 'said', 'direct', role='a 71-year-old retired court stenographer'),
    s('The players', 'The players', 'they were there first', 'say'),
    s(DOR, 'its president, Desmond Okafor-Reilly', 'the courts are full from opening until dark', 'said', role='president'),
    s(DOR, 'he', '"We didn\'t build the courts. The city did, and the city asked us to come,"', 'said', 'direct', role='president'),
    s(DOR, '', '"Now we\'re being treated like a nuisance for showing up."', '', 'direct', role='president'),
    s(DOR, 'Okafor-Reilly', 'the club had offered to pay for the screens and to hold off play until 8 a.m. on weekends', 'said', role='president'),
    s(DOR, 'he', 'The offer was in a letter to the council in August', 'said', role='president'),
    s(PNH, 'She', 'moving the courts would cost about $380,000 and that "nobody has that money lying around."', 'said', 'mixed', role='Council member'),
    s('a resident who asked not to be named', 'a resident who asked not to be named', 'she could hear the games "through closed windows and a pillow."', 'told', 'mixed'),
    s('Raymond Oduya-Fischer', 'Raymond Oduya-Fischer', 'he has come to like the sound', 'said'),
    s('Raymond Oduya-Fischer', 'he', '"It means the park is alive,"', 'said', 'direct'),
    s('Raymond Oduya-Fischer', '', '"When it\'s quiet over there, I worry."', '', 'direct'),
    s(SAL, 'Achterberg-Lowe', 'a proposal for an indoor center at the old Kmart site "is in the capital plan, which is to say it is in a drawer."', 'said', 'mixed', role='Parks Director'),
)

HOM = 'Harriet Oyelaran-Mills'
JWA = 'Jonah Whitlock-Asante'
DIR = 'Derek Imamura-Ross'
MFH = 'Maribel Fonseca-Hart'

doc('bn14-paper-millbrook-youth-soccer-referee-shortage', 'The Millbrook Courier', '2042-09-30', '''
No refs, no games: youth soccer league cancels 40 matches

'They yell at 14-year-olds,' league director says of parents

By Gabriel Anand-Whitfield

MILLBROOK — The Tri-County Youth Soccer League canceled 40 games last weekend, about one in six on its schedule, because it could not find referees, league officials said Monday.

The league has 118 certified referees for 1,900 players, down from 204 before 2039, according to executive director Harriet Oyelaran-Mills. Most of those who quit, she said, were teenagers who had been screamed at by parents.

"They yell at 14-year-olds who are making $35 a game," Oyelaran-Mills said. "Then they wonder why the 14-year-olds don't come back."

Jonah Whitlock-Asante, 16, refereed for two seasons before he quit in April. A father followed him to his bike after an under-10 game, he said, and called him "a disgrace to the whistle."

"I was 15," he said. "I just wanted to buy a new phone."

Whitlock-Asante has thought about going back. He said:

"If a parent starts yelling, the marshal walks that parent to the parking lot. Not a warning. The parking lot.

"I'm not asking for much. I'm asking for the same thing the kids get from their coach, which is somebody who has your back."

The league now requires a parent from each team to serve as a "sideline marshal" and has posted signs at every field that read "Ref is 15. Be nice."

State soccer association spokesman Derek Imamura-Ross said the shortage was statewide and that the association had lost 31 percent of its referees since 2038. He said the association would raise the minimum match fee to $45 in the spring and had asked leagues to ban spectators who abuse officials.

Is a ban enforceable? League president Tom Brecken-Adu, a retired police sergeant, said the league had banned three parents this season and that "two of them came back in hats and sunglasses."

Some coaches have started refereeing one another's games. Coach Maribel Fonseca-Hart of the Millbrook Flyers said she had refereed six games this fall. But she warned that "a coach in a ref's shirt is still a coach to the other team's parents."

Not every parent sees a problem. One father at Saturday's under-12 game at Riverside Park, who declined to give his name, said referees "need thicker skin" and that "it's part of the game." Another, who also declined to be named, said he had seen "worse at the grocery store."

Oyelaran-Mills said she had heard both arguments "at every field in three counties." She said the league's board will vote Thursday on a proposal to let 13-year-olds referee under-8 games, a change the state association approved in June.

"If the 13-year-olds quit too," she said, "we're out of referees and out of ideas."
''',
    s(HOM, 'league director', "'They yell at 14-year-olds,'", 'says', 'direct', role='executive director'),
    s('league officials', 'league officials', 'The Tri-County Youth Soccer League canceled 40 games last weekend, about one in six on its schedule, because it could not find referees', 'said'),
    s(HOM, 'executive director Harriet Oyelaran-Mills', 'The league has 118 certified referees for 1,900 players, down from 204 before 2039', 'according to', role='executive director'),
    s(HOM, 'she', ['Most of those who quit,', 'were teenagers who had been screamed at by parents'], 'said', role='executive director', anchor='according to executive director'),
    s(HOM, 'Oyelaran-Mills', '"They yell at 14-year-olds who are making $35 a game,"', 'said', 'direct', role='executive director'),
    s(HOM, '', '"Then they wonder why the 14-year-olds don\'t come back."', '', 'direct', role='executive director'),
    s(JWA, 'he', ['A father followed him to his bike after an under-10 game,', 'and called him "a disgrace to the whistle."'], 'said', 'mixed', anchor='refereed for two seasons'),
    s('A father', 'A father', 'him "a disgrace to the whistle."', 'called', 'mixed', nested=True, via=JWA),
    s(JWA, 'he', '"I was 15,"', 'said', 'direct'),
    s(JWA, '', '"I just wanted to buy a new phone."', '', 'direct'),
    s(JWA, 'He', '"If a parent starts yelling|somebody who has your back."', 'said', 'direct'),
    s(DIR, 'State soccer association spokesman Derek Imamura-Ross', 'the shortage was statewide and that the association had lost 31 percent of its referees since 2038', 'said', role='State soccer association spokesman'),
    s(DIR, 'He', 'the association would raise the minimum match fee to $45 in the spring and had asked leagues to ban spectators who abuse officials', 'said', role='State soccer association spokesman'),
    s('Tom Brecken-Adu', 'League president Tom Brecken-Adu', 'the league had banned three parents this season and that "two of them came back in hats and sunglasses."', 'said', 'mixed', role='League president'),
    s(MFH, 'Coach Maribel Fonseca-Hart', 'she had refereed six games this fall', 'said', role='Coach'),
    s(MFH, 'she', '"a coach in a ref\'s shirt is still a coach to the other team\'s parents."', 'warned', 'direct', role='Coach'),
    s("One father at Saturday's under-12 game at Riverside Park", "One father at Saturday's under-12 game at Riverside Park", 'referees "need thicker skin" and that "it\'s part of the game."', 'said', 'mixed'),
    s('Another father', 'Another', 'he had seen "worse at the grocery store."', 'said', 'mixed'),
    s(HOM, 'Oyelaran-Mills', 'she had heard both arguments "at every field in three counties."', 'said', 'mixed', role='executive director'),
    s(HOM, 'She', "the league's board will vote Thursday on a proposal to let 13-year-olds referee under-8 games, a change the state association approved in June", 'said', role='executive director'),
    s(HOM, 'she', ['"If the 13-year-olds quit too,"', '"we\'re out of referees and out of ideas."'], 'said', 'direct', role='executive director', anchor='a change the state association approved'),
)

GHA = 'Gord Halvorsen-Achebe'
AFO = 'Ada Finnerty-Owusu'
SOB = 'Sheila Okonkwo-Baird'
RS = 'roads superintendent'

doc('bn15-paper-kestrel-lake-beaver-dam-rail-trail', 'The Kestrel Lake Gazette', '2042-09-10', '''
Beavers flood the Old Mill rail trail, and the township can't agree on what to do

Trapping is cheapest, roads chief says; naturalists' club calls it 'a war on a rodent'

By Moira Ferguson-Adeyemi

KESTREL LAKE, Ont. — A stretch of the Old Mill rail trail has been under 30 centimetres of water since mid-August, and the culprits are not hard to find: a family of beavers that has built a dam 40 metres long across Tanner's Creek.

The township's roads superintendent, Gord Halvorsen-Achebe, told council on Monday that the cheapest fix was to trap the beavers and remove the dam, at a cost of about $4,500. Installing a flow device that lets water through the dam without the beavers noticing would cost $18,000, he said, and "might work, or might become the foundation of a bigger dam."

That did not sit well with the Kestrel Lake Field Naturalists. Club president Ada Finnerty-Owusu called trapping "a war on a rodent that was here before the railway" and said the club would pay a third of the cost of a flow device.

"The beavers are doing what beavers do," she said. "They are not vandals. We are the ones who put a trail through a wetland."

Is the trail really in a wetland? The creek valley is a provincially significant wetland, according to a 2037 provincial map. The township clerk, Louise Marchetti-Dube, said that designation means any work on the dam needs a permit from the conservation authority.

A spokesperson for the Brule River Conservation Authority said it would "look favourably" on a flow device but had not received an application. The authority's guidelines for beaver conflicts, posted on its website, call trapping "a last resort, after every other measure has failed."

Cyclists and walkers have been detouring along the shoulder of Highway 28. Retired teacher Nils Abernathy-Pryce, 74, who walks the trail every day with his beagle, said the detour "is fine for a truck, not for a beagle."

A local trapper, Walt Demchuk-Ibe, has offered to remove the beavers for free and move them to a lake north of the township. He said relocated beavers rarely survive their first winter, "which nobody likes to hear."

The township's insurer has warned that it will not cover injuries on a flooded trail, Halvorsen-Achebe said. He said council had faced the same choice in 2039 on Mill Pond Road and chose trapping. "Two years later there were beavers again," he said. "Nature abhors a vacancy."

Mayor Sheila Okonkwo-Baird said council would decide at its Sept. 22 meeting. Asked whether she had a preference, she said she did not, and that she was "hearing from the trappers and the huggers in about equal numbers."
''',
    s(GHA, 'roads chief', 'Trapping is cheapest', 'says', role=RS),
    s(AFO, "naturalists' club", "it 'a war on a rodent'", 'calls', 'mixed', role='Club president'),
    s(GHA, "The township's roads superintendent, Gord Halvorsen-Achebe", 'the cheapest fix was to trap the beavers and remove the dam, at a cost of about $4,500', 'told', role=RS),
    s(GHA, 'he', ['Installing a flow device that lets water through the dam without the beavers noticing would cost $18,000,', 'and "might work, or might become the foundation of a bigger dam."'], 'said', 'mixed', role=RS, anchor='at a cost of about $4,500'),
    s(AFO, 'Club president Ada Finnerty-Owusu', 'trapping "a war on a rodent that was here before the railway"', 'called', 'mixed', role='Club president'),
    s(AFO, 'Club president Ada Finnerty-Owusu', 'the club would pay a third of the cost of a flow device', 'said', role='Club president'),
    s(AFO, 'she', '"The beavers are doing what beavers do,"', 'said', 'direct', role='Club president'),
    s(AFO, '', '"They are not vandals. We are the ones who put a trail through a wetland."', '', 'direct', role='Club president'),
    s('a 2037 provincial map', 'a 2037 provincial map', 'The creek valley is a provincially significant wetland', 'according to'),
    s('Louise Marchetti-Dube', 'The township clerk, Louise Marchetti-Dube', 'that designation means any work on the dam needs a permit from the conservation authority', 'said', role='township clerk'),
    s('the Brule River Conservation Authority', 'A spokesperson for the Brule River Conservation Authority', 'it would "look favourably" on a flow device but had not received an application', 'said', 'mixed'),
    s('the Brule River Conservation Authority', "The authority's guidelines for beaver conflicts", 'trapping "a last resort, after every other measure has failed."', 'call', 'mixed'),
    s('Nils Abernathy-Pryce', 'Retired teacher Nils Abernathy-Pryce', 'the detour "is fine for a truck, not for a beagle."', 'said', 'mixed', role='Retired teacher'),
    s('Walt Demchuk-Ibe', 'He', 'relocated beavers rarely survive their first winter, "which nobody likes to hear."', 'said', 'mixed', role='A local trapper'),
    s(GHA, 'Halvorsen-Achebe', "The township's insurer has warned that it will not cover injuries on a flooded trail", 'said', role=RS),
    s("The township's insurer", "The township's insurer", 'it will not cover injuries on a flooded trail', 'has warned', nested=True, via=GHA),
    s(GHA, 'He', 'council had faced the same choice in 2039 on Mill Pond Road and chose trapping', 'said', role=RS),
    s(GHA, 'he', '"Two years later there were beavers again,"', 'said', 'direct', role=RS),
    s(GHA, '', '"Nature abhors a vacancy."', '', 'direct', role=RS),
    s(SOB, 'Mayor Sheila Okonkwo-Baird', "council would decide at its Sept. 22 meeting", 'said', role='Mayor'),
    s(SOB, 'she', 'she did not, and that she was "hearing from the trappers and the huggers in about equal numbers."', 'said', 'mixed', role='Mayor'),
)

LAF = 'Lionel Adekunle-Frost'
IMK = 'Ilse Moreno-Katz'
CCB = 'the City of Carver Bay'
CM = 'City Manager'

doc('bn16-paper-carver-bay-harbor-street-pool-closure', 'The Carver Bay Tribune', '2042-08-04', '''
Home > News > Local

Carver Bay's only public pool will close for the summer, city says

Cracked basin found during inspection; swim club scrambles for lanes

By Renata Solis-Amankwah
Published Aug. 4, 2042 at 6:12 a.m. | Updated Aug. 4, 2042 at 9:40 a.m.

Share this story

The Harbor Street Aquatic Center, Carver Bay's only public pool, will stay closed for the rest of the summer after an inspection found a crack running the length of its main basin, City Manager Lionel Adekunle-Frost said Monday.

"We drained it for routine maintenance and found something that is not routine," Adekunle-Frost said. Repairs will take at least 10 weeks and cost between $600,000 and $900,000, he said, and the money will come from the city's capital reserve.

Advertisement

The closure leaves about 1,400 children enrolled in swimming lessons without a pool. The city's recreation department said it would refund lesson fees within 30 days.

Related: Carver Bay council approves 2043 budget with no new pool money

For the Carver Bay Barracudas, a swim club with 160 members, the timing is terrible: the state age-group championships are three weeks away. Head coach Ilse Moreno-Katz said the club had found eight lanes at the Linwood YMCA, 25 minutes away, from 5 to 7 a.m.

"Eight lanes, for 160 kids, at 5 in the morning," she said. "We'll take it."

Why wasn't the crack found sooner? The pool was last fully drained in 2036, according to city records. A 2040 consultant's report, obtained by the Tribune, warned that the basin was "at the end of its design life" and recommended replacing it by 2043.

Council member Dolores Whitaker-Ng, who has pushed for a new pool since 2039, said the report "was on every desk at City Hall and in nobody's budget."

Asked about the report, Adekunle-Frost said the city had set aside $2 million toward a new pool but that a replacement would cost "north of $20 million." He declined to say when the city would ask voters to approve a bond.

Lifeguards hired for the summer will be paid through August, the city said.

The Linwood YMCA's executive director, Paulo Ferreira-Lind, said the Y could take the city's beginner lessons two evenings a week "if the city covers the lifeguards." The city has not answered, he said.

Amina Chowdhury-Blake, whose 7-year-old twins were halfway through a six-week course, said she did not want the $240 back. "I'd rather have the lessons than the refund," she said. "You can't teach a kid to swim with a check."

Sign up for our Morning Brief newsletter

Comments (14)

SaltyPelican: My neighbor says the city knew about this for years. Shocking.

Marta_R: The council member said the same thing at the June meeting and nobody listened.

Most Read
1. Ferry fares to rise 8% in September
2. Harbor seal spotted in Lincoln Street fountain
3. Carver Bay's only public pool will close for the summer, city says
''',
    s(LAF, 'city', "Carver Bay's only public pool will close for the summer", 'says', role=CM),
    s(LAF, 'City Manager Lionel Adekunle-Frost', "The Harbor Street Aquatic Center, Carver Bay's only public pool, will stay closed for the rest of the summer after an inspection found a crack running the length of its main basin", 'said', role=CM),
    s(LAF, 'Adekunle-Frost', '"We drained it for routine maintenance and found something that is not routine,"', 'said', 'direct', role=CM),
    s(LAF, 'he', ['Repairs will take at least 10 weeks and cost between $600,000 and $900,000,', "and the money will come from the city's capital reserve"], 'said', role=CM, anchor='found something that is not routine'),
    s("The city's recreation department", "The city's recreation department", 'it would refund lesson fees within 30 days', 'said'),
    s(IMK, 'Head coach Ilse Moreno-Katz', 'the club had found eight lanes at the Linwood YMCA, 25 minutes away, from 5 to 7 a.m.', 'said', role='Head coach'),
    s(IMK, 'she', '"Eight lanes, for 160 kids, at 5 in the morning,"', 'said', 'direct', role='Head coach'),
    s(IMK, '', '"We\'ll take it."', '', 'direct', role='Head coach'),
    s(CCB, 'city records', 'The pool was last fully drained in 2036', 'according to'),
    s("A 2040 consultant's report", "A 2040 consultant's report", 'the basin was "at the end of its design life"', 'warned', 'mixed'),
    s("A 2040 consultant's report", "A 2040 consultant's report", 'replacing it by 2043', 'recommended'),
    s('Dolores Whitaker-Ng', 'Council member Dolores Whitaker-Ng', 'the report "was on every desk at City Hall and in nobody\'s budget."', 'said', 'mixed', role='Council member'),
    s(LAF, 'Adekunle-Frost', 'the city had set aside $2 million toward a new pool but that a replacement would cost "north of $20 million."', 'said', 'mixed', role=CM),
    s(CCB, 'the city', 'Lifeguards hired for the summer will be paid through August', 'said'),
    s('Paulo Ferreira-Lind', "The Linwood YMCA's executive director, Paulo Ferreira-Lind", 'the Y could take the city\'s beginner lessons two evenings a week "if the city covers the lifeguards."', 'said', 'mixed', role='executive director'),
    s('Paulo Ferreira-Lind', 'he', 'The city has not answered', 'said', role='executive director'),
    s('Amina Chowdhury-Blake', 'Amina Chowdhury-Blake', 'she did not want the $240 back', 'said'),
    s('Amina Chowdhury-Blake', 'she', '"I\'d rather have the lessons than the refund,"', 'said', 'direct'),
    s('Amina Chowdhury-Blake', '', '"You can\'t teach a kid to swim with a check."', '', 'direct'),
)
