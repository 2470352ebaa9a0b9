"""Set AV's five North American newspaper articles (see build_av.py)."""
from invented_common import doc_spans as doc, s

HCC = 'Harbourview condominium corporation'
CAST = 'Castellan Developments Ltd.'
SANT = 'Aurelia Santos'
NYQU = 'Walter Nyquist'
ACHE = 'Simone Achebe'
DCAS = 'Dario Castellan'
BELL = 'Trish Bellamy'

doc('av12-paper-harbourview-condo-tower-defects-suit', 'Calloway Herald', '2035-10-08', '''
Condo owners sue developer over leaks at Harbourview tower

Suit alleges builder knew of defects before sales began; developer says claims 'without merit'

By MEGAN TRUDEAU
Staff Reporter

The owners of 214 units in the Harbourview, a 31-storey condominium tower on Calloway's waterfront, are suing the building's developer for $38 million, claiming that leaking windows, cracked balconies and a faulty heating system have made some suites unlivable less than four years after the tower opened.

The statement of claim, filed in Superior Court on Monday by the Harbourview condominium corporation, alleges that Castellan Developments Ltd. knew of problems with the window seals before it began selling units in 2030 and did not tell buyers.

Castellan said in a statement that the claims were "without merit" and that it had "honoured every warranty obligation." None of the allegations has been proven in court.

The Harbourview opened in 2031, its 214 units selling for between $480,000 and $1.9 million, and it won a city design award the following year. Owners now pay monthly fees that have risen 31 per cent since 2032, in part to cover emergency repairs.

For Aurelia Santos, the leaks began in her first winter in the building.

"I woke up and there was water running down the inside of the window like a little waterfall," said Santos, a retired nurse who bought a two-bedroom unit on the 19th floor in 2031. "I put towels down. Then I put buckets down. Then I called a lawyer."

She said she had paid about $4,000 of her own money to replace warped flooring, and that she had thought about selling but doubted anyone would buy. "Would you?" she asked.

The condo board's president, Walter Nyquist, said owners had spent "the better part of three years" trying to get the developer to fix the problems before deciding to sue.

"Nobody wants to sue. Lawsuits are slow and they're expensive," he said. "But our reserve fund can't pay for a new building envelope, and that's what some engineers are telling us we need."

According to the claim, an engineering report commissioned by the board in 2034 found that 60 per cent of the tower's window units had failed seals and that balcony slabs on 11 floors showed cracking "consistent with inadequate reinforcement."

The claim also names the tower's window supplier, Vell Glazing, and an architecture firm. Neither responded to requests for comment on Tuesday.

Lawyer Simone Achebe, who represents the condominium corporation, said the province's new-home warranty covers only the first $50,000 of repairs per unit for most defects, "which sounds like a lot until you price out a window wall."

Castellan's president, Dario Castellan, did not respond to a request for an interview. In the company's statement, he said Castellan had built 11 towers in the region "without a single lawsuit like this one."

Calloway councillor Trish Bellamy, whose ward includes the tower, said she had asked city staff for a report on whether building inspectors had flagged any of the problems during construction.

"If our inspectors signed off on balconies that are cracking after three years, the public deserves to know why," Bellamy said.

A spokesperson for the city said it would not comment on a matter before the courts.

The case returns to court in March for a scheduling hearing.

RELATED: Condo fees in Calloway's newest towers climb 14 per cent
''',
    s(HCC, 'Suit', 'builder knew of defects before sales began', 'alleges'),
    s(CAST, 'developer', "claims 'without merit'", 'says', 'mixed'),
    s('The owners of 214 units in the Harbourview', 'The owners of 214 units in the Harbourview', 'leaking windows, cracked balconies and a faulty heating system have made some suites unlivable less than four years after the tower opened', 'claiming'),
    s(HCC, 'The statement of claim, filed in Superior Court on Monday by the Harbourview condominium corporation', 'Castellan Developments Ltd. knew of problems with the window seals before it began selling units in 2030 and did not tell buyers', 'alleges'),
    s(CAST, 'Castellan', 'the claims were "without merit" and that it had "honoured every warranty obligation."', 'said', 'mixed'),
    s(SANT, 'Santos', '"I woke up and there was water running down the inside of the window like a little waterfall,"', 'said', 'direct', role='retired nurse'),
    s(SANT, '', '"I put towels down. Then I put buckets down. Then I called a lawyer."', '', 'direct', role='retired nurse'),
    s(SANT, 'She', 'she had paid about $4,000 of her own money to replace warped flooring, and that she had thought about selling but doubted anyone would buy', 'said', role='retired nurse'),
    s(NYQU, "The condo board's president, Walter Nyquist", 'owners had spent "the better part of three years" trying to get the developer to fix the problems before deciding to sue', 'said', 'mixed', role='president'),
    s(NYQU, 'he', '"Nobody wants to sue. Lawsuits are slow and they\'re expensive,"', 'said', 'direct', role='president'),
    s(NYQU, '', '"But our reserve fund can\'t pay for a new building envelope, and that\'s what some engineers are telling us we need."', '', 'direct', role='president'),
    s(HCC, 'the claim', 'an engineering report commissioned by the board in 2034 found that 60 per cent|"consistent with inadequate reinforcement."', 'According to', 'mixed'),
    s('an engineering report commissioned by the board in 2034', 'an engineering report commissioned by the board in 2034', '60 per cent of the tower\'s window units had failed seals|"consistent with inadequate reinforcement."', 'found', 'mixed', nested=True, via=HCC),
    s(ACHE, 'Lawyer Simone Achebe, who represents the condominium corporation', 'the province\'s new-home warranty covers only the first $50,000 of repairs per unit for most defects, "which sounds like a lot until you price out a window wall."', 'said', 'mixed', role='Lawyer'),
    s(DCAS, 'he', 'Castellan had built 11 towers in the region "without a single lawsuit like this one."', 'said', 'mixed', role='president'),
    s(BELL, 'Calloway councillor Trish Bellamy, whose ward includes the tower', 'she had asked city staff for a report on whether building inspectors had flagged any of the problems during construction', 'said', role='councillor'),
    s(BELL, 'Bellamy', '"If our inspectors signed off on balconies that are cracking after three years, the public deserves to know why,"', 'said', 'direct', role='councillor'),
    s('A spokesperson for the city', 'A spokesperson for the city', 'it would not comment on a matter before the courts', 'said', role='spokesperson'),
)

KROL = 'Anneliese Kroll'
FINN = 'Harold Finnegan'
L418 = "Local 418 of the Musicians' Guild"
TANA = 'Yuki Tanabe'
MARS = 'Edwin Marsh'
BRAN = 'Felix Brandauer'
TSO = 'Tamsen Symphony Orchestra'

doc('av13-paper-tamsen-symphony-music-director-resigns', 'Tamsen Ledger', '2035-02-08', '''
Tamsen Symphony's music director quits, citing 'broken trust' with board

By JONAH ABERNATHY
Arts Reporter

Anneliese Kroll, who has led the Tamsen Symphony Orchestra since 2029, resigned as its music director on Thursday, saying in a letter to the musicians that the orchestra's board had "made decisions about this orchestra's future without the people who make its music."

Kroll, 52, will conduct her final concerts with the orchestra in May.

The orchestra, founded in 1921, performs in the 2,200-seat Crane Hall and has an annual budget of about $19 million. Kroll's tenure brought three recordings, one of them nominated for a national award in 2033, and a series of free concerts in city parks that drew about 40,000 people last summer.

In the letter, a copy of which was obtained by the Ledger, Kroll wrote that she had learned of the board's plan to cut the season from 32 weeks to 26 from a summary of its minutes, not from the board itself.

"I have given this orchestra six years and I would have given it six more," she wrote. "I cannot lead it into a future I am not allowed to see."

Board chair Harold Finnegan said he was "saddened" by the decision and that the board had "every intention" of consulting Kroll before any schedule was final.

He said the orchestra had run deficits in four of the past five seasons and that a shorter season was one of "several options" being studied.

Asked whether the board had tried to persuade Kroll to stay, Finnegan said: "We asked. She had made up her mind."

Local 418 of the Musicians' Guild, which represents the orchestra's 71 players, said in a statement that it "stands with Maestro Kroll" and that a 26-week season would amount to a pay cut of nearly 20 per cent.

Principal cellist Yuki Tanabe, who has played with the orchestra for 22 years, said the players heard of the resignation during a rehearsal break.

"People were crying. Some of us were angry. Mostly, I think, we were scared," she said.

Kroll's predecessor, Stefan Aumann, who led the orchestra for 18 years, told the Ledger that he had faced "the same conversation" about a shorter season in 2019 and had won it.

Not everyone blames the board.

Longtime subscriber and former board member Edwin Marsh said Kroll's programming, heavy on contemporary works, had "emptied half the hall on some Saturday nights."

"She is a brilliant musician. But a music director also has to sell tickets," he said.

According to the orchestra's most recent annual report, ticket sales fell 11 per cent in the 2033-34 season, while donations rose.

Kroll did not respond to an interview request Friday. Her agent, Felix Brandauer, said she had "no plans to announce" a new post but would keep her guest engagements in Europe next season.

The orchestra said it would begin an international search for a successor this summer.

"I cannot lead it into a future I am not allowed to see." - Anneliese Kroll, in her letter to the musicians
''',
    s(KROL, 'music director', "'broken trust' with board", 'citing', 'mixed', role='music director'),
    s(KROL, 'Anneliese Kroll, who has led the Tamsen Symphony Orchestra since 2029', 'the orchestra\'s board had "made decisions about this orchestra\'s future without the people who make its music."', 'saying', 'mixed', role='music director'),
    s(KROL, 'Kroll', "she had learned of the board's plan to cut the season from 32 weeks to 26 from a summary of its minutes, not from the board itself", 'wrote', role='music director'),
    s(KROL, 'she', '"I have given this orchestra six years and I would have given it six more,"', 'wrote', 'direct', role='music director'),
    s(KROL, '', '"I cannot lead it into a future I am not allowed to see."', '', 'direct', role='music director'),
    s(FINN, 'Board chair Harold Finnegan', 'he was "saddened" by the decision and that the board had "every intention" of consulting Kroll before any schedule was final', 'said', 'mixed', role='Board chair'),
    s(FINN, 'He', 'the orchestra had run deficits in four of the past five seasons and that a shorter season was one of "several options" being studied', 'said', 'mixed', role='Board chair'),
    s(FINN, 'Finnegan', '"We asked. She had made up her mind."', 'said', 'direct', role='Board chair'),
    s(L418, "Local 418 of the Musicians' Guild, which represents the orchestra's 71 players", 'it "stands with Maestro Kroll" and that a 26-week season would amount to a pay cut of nearly 20 per cent', 'said', 'mixed'),
    s(TANA, 'Principal cellist Yuki Tanabe, who has played with the orchestra for 22 years', 'the players heard of the resignation during a rehearsal break', 'said', role='Principal cellist'),
    s(TANA, 'she', '"People were crying. Some of us were angry. Mostly, I think, we were scared,"', 'said', 'direct', role='Principal cellist'),
    s('Stefan Aumann', "Kroll's predecessor, Stefan Aumann, who led the orchestra for 18 years", 'he had faced "the same conversation" about a shorter season in 2019 and had won it', 'told', 'mixed', role='predecessor'),
    s(MARS, 'Longtime subscriber and former board member Edwin Marsh', 'Kroll\'s programming, heavy on contemporary works, had "emptied half the hall on some Saturday nights."', 'said', 'mixed', role='former board member'),
    s(MARS, 'he', '"She is a brilliant musician. But a music director also has to sell tickets,"', 'said', 'direct', role='former board member'),
    s(TSO, "the orchestra's most recent annual report", 'ticket sales fell 11 per cent in the 2033-34 season, while donations rose', 'According to'),
    s(BRAN, 'Her agent, Felix Brandauer', 'she had "no plans to announce" a new post but would keep her guest engagements in Europe next season', 'said', 'mixed', role='agent'),
    s(TSO, 'The orchestra', 'it would begin an international search for a successor this summer', 'said'),
)

NORA = 'Nora Whitcombe'
IYER = 'Devan Iyer'
HUTC = 'Gail Hutchins'
OKAF = 'Raymond Okafor'
PRIS = 'Priscilla Whitcombe'
VANC = 'Jerome Vance'

doc('av14-paper-tri-county-spelling-bee-winner', 'Grayson Courier', '2035-03-17', '''
Dunmore Flats seventh-grader wins Tri-County Spelling Bee on 'oubliette'

By CARMEN DELGADO-REYES
Correspondent

GRAYSON - For 14 rounds on Saturday, Nora Whitcombe stood at the microphone in the Grayson High School auditorium, asked for the definition, asked for the language of origin, and spelled.

On the 15th, the 12-year-old from Dunmore Flats spelled "oubliette" - a dungeon with a trapdoor in its ceiling - and became the first seventh-grader in nine years to win the Tri-County Spelling Bee.

"I knew it from a book about castles," Nora said afterward, holding a trophy almost as tall as her little brother. "I didn't know I knew it until she said it."

The bee drew spellers from 31 schools in Grayson, Alder and Pike counties, each the winner of a school bee in January or February. The early rounds ran quickly: 17 spellers went out in the first two, most of them on words of French origin. By the ninth round only four were left.

Her prize is a $2,500 scholarship and a trip to the National Spelling Championship in May.

The runner-up, 13-year-old Devan Iyer of Port Mallory, went out on "chthonic," which he spelled without its first h. He took it well.

"I'm going to remember that h for the rest of my life," he said. "Honestly, that's fine."

His father, Raj Iyer, said Devan had started preparing for next year's bee "in the car on the way home."

Pronouncer Gail Hutchins, a retired English teacher who has read words at the bee for 17 years, said this year's field was "the deepest I've seen." She said the final two spellers went through 31 words between them after the rest of the 48 spellers had been eliminated.

Bee director Raymond Okafor said the bee had added a written vocabulary round this year, in which spellers choose the meaning of a word from four answers, because "spelling without meaning is just memory."

Not all parents were fans of the change.

One father, who asked not to be named because his daughter still competes, said the vocabulary round had cost several strong spellers their places before the stage rounds began.

Okafor said organizers would review the round but that the national championship uses a similar test.

Nora's mother, Priscilla Whitcombe, said her daughter studies for about an hour a night, usually at the kitchen table while her brother does his homework.

"She quizzes us. We're the ones who can't spell," she said.

Jerome Vance, Nora's teacher at Dunmore Flats Middle School, said the school would hold an assembly in her honor on Monday.

Asked what she would do to get ready for the national championship, Nora shrugged.

"Read more," she said.

The National Spelling Championship is held in Fairhaven over three days in late May.

Photo caption: Nora Whitcombe, 12, spells her winning word on Saturday. (Courier photo)
''',
    s(NORA, 'Nora', '"I knew it from a book about castles,"', 'said', 'direct'),
    s(NORA, '', '"I didn\'t know I knew it until she said it."', '', 'direct'),
    s(IYER, 'he', '"I\'m going to remember that h for the rest of my life,"', 'said', 'direct', role='runner-up'),
    s(IYER, '', '"Honestly, that\'s fine."', '', 'direct', role='runner-up'),
    s('Raj Iyer', 'His father, Raj Iyer', 'Devan had started preparing for next year\'s bee "in the car on the way home."', 'said', 'mixed', role='father'),
    s(HUTC, 'Pronouncer Gail Hutchins, a retired English teacher who has read words at the bee for 17 years', 'this year\'s field was "the deepest I\'ve seen."', 'said', 'mixed', role='Pronouncer'),
    s(HUTC, 'She', 'the final two spellers went through 31 words between them after the rest of the 48 spellers had been eliminated', 'said', role='Pronouncer'),
    s(OKAF, 'Bee director Raymond Okafor', 'the bee had added a written vocabulary round this year|"spelling without meaning is just memory."', 'said', 'mixed', role='Bee director'),
    s('One father', 'One father, who asked not to be named because his daughter still competes', 'the vocabulary round had cost several strong spellers their places before the stage rounds began', 'said'),
    s(OKAF, 'Okafor', 'organizers would review the round but that the national championship uses a similar test', 'said', role='Bee director'),
    s(PRIS, "Nora's mother, Priscilla Whitcombe", 'her daughter studies for about an hour a night, usually at the kitchen table while her brother does his homework', 'said', role='mother'),
    s(PRIS, 'she', '"She quizzes us. We\'re the ones who can\'t spell,"', 'said', 'direct', role='mother'),
    s(VANC, "Jerome Vance, Nora's teacher at Dunmore Flats Middle School", 'the school would hold an assembly in her honor on Monday', 'said', role='teacher'),
    s(NORA, 'she', '"Read more,"', 'said', 'direct'),
)

DELA = 'Marcus Delaney'
FOST = 'Jalen Foster'
LYLE = 'Patrick Lyle'
SAND = 'Mikkel Sand'
OSTE = 'Diane Osterberg'
LUCI = 'Lucille Foster'

doc('av15-paper-riverhawks-lacrosse-championship', 'Bayport Daily News', '2035-08-27', '''
Riverhawks rally to win first Coastal Lacrosse title

Otters' Brandt scores five in a losing cause

By TREVOR MALLOY
Sports Writer

BAYPORT - Down three goals with nine minutes left, the Bayport Riverhawks did what coach Marcus Delaney had told them to do all season: keep shooting low.

The Riverhawks scored four straight goals, the last by Jalen Foster with 41 seconds remaining, to beat the Kessler Otters 12-11 on Sunday and win the Coastal Lacrosse League championship for the first time in the franchise's 14-year history.

"We talked about it at every timeout. Low, low, low," Delaney said. "Their goalie is six-foot-five. You're not beating him up high."

Foster, a 23-year-old from Pell Creek who was traded to Bayport in October, said he never saw the ball go in.

"I saw the net move and I heard the noise, so I figured," he said, laughing.

"That's the thing about this group," Delaney said, "nobody panics, not even the rookies."

The Riverhawks finished the regular season 13-5, two games behind Kessler, and beat Kinross Point 14-9 and Westbrook 10-8 on the way to the final. Kessler led 4-2 after the first quarter and 7-6 at halftime. Bayport outshot the Otters 48-39 but went 2-for-7 on the power play.

Kessler's Ansel Brandt scored five goals, three of them in the third quarter, to give the Otters an 11-8 lead.

Otters coach Patrick Lyle said his team "stopped moving the ball" after taking the lead.

"We played not to lose, and you can't do that against a team like that," he said.

The game was played in front of 6,812 fans at Harbor Centre, a league record for a final, according to the league.

Riverhawks goaltender Mikkel Sand made 17 saves, six of them in the fourth quarter. Asked whether he had been nervous, Sand said he had been "nervous for three quarters and then too tired to be nervous."

Delaney said Sand's saves were "the whole game, honestly."

The Otters had beaten the Riverhawks in both regular-season meetings. Brandt, who was named the league's most valuable player last week, did not speak to reporters after the game.

Lyle said Brandt had played the final with a sprained left wrist.

League commissioner Diane Osterberg presented the Founders Cup on the field. She said the league would add two teams, in Harlow and Westcliff, for the 2036 season. Osterberg said attendance across the league rose 9 per cent this year.

Several hundred fans stayed on the field after the trophy presentation. Among them was Lucille Foster, Jalen Foster's grandmother, who drove four hours from Pell Creek.

"He was shooting on my garage door when he was six," she said. "I still have the dents."

The Riverhawks will hold a parade downtown on Wednesday at noon, the team said.
''',
    s(DELA, 'Delaney', '"We talked about it at every timeout. Low, low, low,"', 'said', 'direct', role='coach'),
    s(DELA, '', '"Their goalie is six-foot-five. You\'re not beating him up high."', '', 'direct', role='coach'),
    s(FOST, 'Foster, a 23-year-old from Pell Creek who was traded to Bayport in October', 'he never saw the ball go in', 'said'),
    s(FOST, 'he', '"I saw the net move and I heard the noise, so I figured,"', 'said', 'direct'),
    s(DELA, 'Delaney', ['"That\'s the thing about this group,"', '"nobody panics, not even the rookies."'], 'said', 'direct', role='coach'),
    s(LYLE, 'Otters coach Patrick Lyle', 'his team "stopped moving the ball" after taking the lead', 'said', 'mixed', role='coach'),
    s(LYLE, 'he', '"We played not to lose, and you can\'t do that against a team like that,"', 'said', 'direct', role='coach'),
    s('Coastal Lacrosse League', 'the league', 'The game was played in front of 6,812 fans at Harbor Centre, a league record for a final', 'according to'),
    s(SAND, 'Sand', 'he had been "nervous for three quarters and then too tired to be nervous."', 'said', 'mixed', role='goaltender'),
    s(DELA, 'Delaney', 'Sand\'s saves were "the whole game, honestly."', 'said', 'mixed', role='coach'),
    s(LYLE, 'Lyle', 'Brandt had played the final with a sprained left wrist', 'said', role='coach'),
    s(OSTE, 'She', 'the league would add two teams, in Harlow and Westcliff, for the 2036 season', 'said', role='League commissioner'),
    s(OSTE, 'Osterberg', 'attendance across the league rose 9 per cent this year', 'said', role='League commissioner'),
    s(LUCI, 'she', '"He was shooting on my garage door when he was six,"', 'said', 'direct', role='grandmother'),
    s(LUCI, '', '"I still have the dents."', '', 'direct', role='grandmother'),
    s('Bayport Riverhawks', 'the team', 'The Riverhawks will hold a parade downtown on Wednesday at noon', 'said'),
)

WARD = 'Howard Ward'
MORA = 'Edna Morales'
WPA = 'Westmoor Pharmacy Association'
DONN = 'Craig Donnelly'
HOLL = 'Margit Holloway'
PAC = 'Prescription Access Council'
RUIZ = 'Carla Ruiz'

doc('av16-paper-millbrook-last-pharmacy-closes', 'Westmoor Valley Record', '2035-05-02', '''
When the last pharmacy closes: Millbrook faces a 38-mile drive for prescriptions

By ROSALIND KEEGAN
Staff Writer

MILLBROOK - Ward Pharmacy has filled prescriptions on Main Street for 61 years. On Friday, it fills its last one.

Owner Howard Ward, 68, says he tried for three years to find a buyer.

"I had two pharmacists look at it. Both of them did the math and walked away," Ward says, standing behind a counter lined with cardboard boxes. "I don't blame them."

The nearest pharmacy after Friday will be in Lorne, 38 miles away, according to the Alder County health department.

For many of Millbrook's 2,100 residents, that is not an easy drive. Edna Morales, 81, has picked up her heart medication at Ward's every month since 2009. She doesn't drive anymore.

"My son will take me, when he can. When he can't, I don't know," she says.

Morales says she has asked her doctor about ordering her medication by mail. "I don't trust the mail with my heart pills," she says, "but I trust my son's old car even less."

Ward says his pharmacy has been squeezed by the fees that pharmacy benefit managers, the middlemen who negotiate drug prices for insurers, charge small pharmacies, and by reimbursements that sometimes fall below what he pays for a drug. He says he lost money on about one prescription in five last year.

The Westmoor Pharmacy Association says 41 independent pharmacies in the state have closed since 2031, most of them in towns with fewer than 5,000 people.

"Every one of those closures leaves a town like Millbrook," says the association's executive director, Craig Donnelly.

Donnelly says the association has asked legislators to require pharmacy benefit managers to pay rural pharmacies at least what a drug costs them. A bill to do that died in committee last year. Its sponsor, state Sen. Margit Holloway, says she will reintroduce it in January.

A trade group for pharmacy benefit managers, the Prescription Access Council, said in an email that its members "help keep prescription costs affordable for millions of patients" and that pharmacy closures "have many causes."

Some of Ward's customers plan to switch to mail order. Others say they will wait and see.

Carla Ruiz, who runs the Main Street Diner across the road, worries that the closure will take more than prescriptions away from the town.

"People come in for their pills and stop here for coffee. That's half my mornings," she says.

Ward's last day will be quiet, he says. He plans to give away the candy in the jar by the register and hand the keys to his landlord.

Ward bought the pharmacy from its founder, Ernest Beale, in 1984. It has two full-time employees besides Ward, and both have found jobs in Lorne. The building, a two-storey brick storefront, will be empty after Friday; its landlord has not said what will go there.

Asked what he will miss most, Ward doesn't hesitate.

"The people. Forty years of the same people," he says. "You know who's had a baby before their own mother does."
''',
    s(WARD, 'Owner Howard Ward, 68', 'he tried for three years to find a buyer', 'says', role='Owner'),
    s(WARD, 'Ward', '"I had two pharmacists look at it. Both of them did the math and walked away,"', 'says', 'direct', role='Owner'),
    s(WARD, '', '"I don\'t blame them."', '', 'direct', role='Owner'),
    s('Alder County health department', 'the Alder County health department', 'The nearest pharmacy after Friday will be in Lorne, 38 miles away', 'according to'),
    s(MORA, 'Morales', 'she has asked her doctor about ordering her medication by mail', 'says'),
    s(MORA, 'she', ['"I don\'t trust the mail with my heart pills,"', '"but I trust my son\'s old car even less."'], 'says', 'direct'),
    s(MORA, 'she', '"My son will take me, when he can. When he can\'t, I don\'t know,"', 'says', 'direct'),
    s(WARD, 'Ward', 'his pharmacy has been squeezed by the fees|what he pays for a drug', 'says', role='Owner'),
    s(WARD, 'He', 'he lost money on about one prescription in five last year', 'says', role='Owner'),
    s(WPA, 'The Westmoor Pharmacy Association', '41 independent pharmacies in the state have closed since 2031, most of them in towns with fewer than 5,000 people', 'says'),
    s(DONN, "the association's executive director, Craig Donnelly", '"Every one of those closures leaves a town like Millbrook,"', 'says', 'direct', role='executive director'),
    s(DONN, 'Donnelly', 'the association has asked legislators to require pharmacy benefit managers to pay rural pharmacies at least what a drug costs them', 'says', role='executive director'),
    s(HOLL, 'Its sponsor, state Sen. Margit Holloway', 'she will reintroduce it in January', 'says', role='state Sen.'),
    s(PAC, 'A trade group for pharmacy benefit managers, the Prescription Access Council', 'its members "help keep prescription costs affordable for millions of patients" and that pharmacy closures "have many causes."', 'said', 'mixed'),
    s('Others', 'Others', 'they will wait and see', 'say'),
    s(RUIZ, 'Carla Ruiz, who runs the Main Street Diner across the road', 'the closure will take more than prescriptions away from the town', 'worries'),
    s(RUIZ, 'she', '"People come in for their pills and stop here for coffee. That\'s half my mornings,"', 'says', 'direct'),
    s(WARD, 'he', "Ward's last day will be quiet", 'says', role='Owner'),
    s(WARD, 'he', '"The people. Forty years of the same people,"', 'says', 'direct', role='Owner'),
    s(WARD, '', '"You know who\'s had a baby before their own mother does."', '', 'direct', role='Owner'),
)
