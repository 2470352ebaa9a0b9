#!/usr/bin/env python3
"""Builds invented set L: North American newspaper articles as they really come, on deadline (issues 9 and 10),
written in session 29 by "set-l", unseen. A long Senate-race feature in "Mr."/"Ms." style (a senator, his rival, their
campaign managers, aides, a pollster, a strategist, "the senator", "the 58-year-old", "his campaign", "Aides to",
poll figures), a rally story in AP style with crowd members, a statehouse budget story with caucuses ("Republicans
said", "the Legislative Fiscal Office"), a sentencing story (judge, prosecutors, defense lawyer, "the filing says", a
jury), a police story with the victim named between the speaker and his pronoun, a business story ("according to a
filing", "said in a statement", "declined to comment", analysts' notes), a science story ("a study published ...
found", "researchers say"), a hockey game story (cue verbs in other senses: "added", "scored", "called", "claimed"), an
obituary, a local feature whose paraphrase runs for paragraphs, an opinion column (the writer's own claims are no
statements; the people it quotes are), an explainer in questions and answers (the paper's answers are narration),
and a fact-check ("X claimed ... That's false": the verdict is the paper's). Moderate web noise: bylines, datelines,
"Related:" teasers, photo captions and credits, newsletter boxes, correction notes.

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on the
texts. Conventions as in build_k.py and the PREAMBLE of session 29; decided here: a poll's finding ("A poll ...
found") is a statement of the poll's maker, and "54 percent of voters said ..." is a statement of the respondents, the
mention as written (they are the sayers, as "sources" are); an explainer's answers ("A: ...") are the paper's
narration, and a question's reported premise ("Q: The governor says ...") its speaker's statement; a column writer's
and a fact-check's own verdicts are the publisher's narration, not statements; a caption that only describes a photo
is no statement; scare quotes, names and titles in quotation marks are none; a crowd's chant, a heckler's shouted
question and a sign that "reads" are none; a jury's verdict and a sentence "sought" are legal acts, not statements,
while a plea ("pleaded not guilty") and "maintained his innocence" are; a noun object stays a statement even when it
is relativised ("whom national Democrats consider their best recruit", "the two years the department promised"); a
paraphrase that runs on for sentences after its cue ("She has a plan of her own: ...") is the paper's narration, only
the sentences with a cue are statements; a column's generic "somebody else calls it ..." is the writer's; "by his own
account" is a cue like "according to him"; "X, records show" in a headline is a statement of the records, as "The
filing says" is. An indirect content ends without its sentence's period, as in the seeds (the first-run fix of eight
contents given in parts).

usage: python3 ingest-service/tools/invented/build_l.py  (writes src/test/resources/eval/invented_l_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

VOSS = 'Senator'
WHITCOMB = 'former Attorney General'

doc('l01-feature-kessling-senate-race', 'The Kessling Ledger', '2026-11-30', '''
In Kessling Senate Race, Voss Bets on Farm Towns and His Rival’s Record

Senator says Whitcomb ‘has never met a tax she didn’t like’; her campaign calls the attack ‘recycled’

By Elena Marchetti-Ruiz
Nov. 30, 2026, 5:00 a.m. ET

GRANBY FALLS, Kess. — Senator Harlan Voss stood on a flatbed trailer outside a grain elevator here on Saturday, a county map taped to the side of a pickup truck behind him, and told about 200 farmers and their families that the election was “about whether the people who feed this country still get a say in how it’s run.”

It was a familiar line for Mr. Voss, a two-term Republican who has won this rural county by more than 30 points both times. But the senator, who was a veterinarian before he entered politics, is running this year in a state whose suburbs have moved steadily away from his party, and against an opponent, former Attorney General Dana Whitcomb, whom national Democrats consider their best recruit in a decade.

Senator Harlan Voss spoke to farmers outside a grain elevator in Granby Falls on Saturday. Credit: Tomas Arriaga for The Kessling Ledger

A poll released last week by the Kessling Institute for Public Affairs found the race essentially tied, with Ms. Whitcomb at 46 percent and Mr. Voss at 45 percent among likely voters, within the survey’s margin of error. Fifty-four percent of likely voters said the state was on the wrong track, and a majority of independents said they had an unfavorable view of both candidates.

“This is a coin flip, and anyone who tells you otherwise is selling something,” said Marisol Tran-Becker, who directs the institute’s polling unit. The survey, she said, showed Mr. Voss running well behind his 2020 pace in the suburbs around Port Ellery, the state’s largest city, and slightly ahead of it in rural counties.

Mr. Voss, 58, has spent much of the fall trying to make that trade work. His campaign has run more than $9 million in television advertising, according to the ad-tracking firm Medianote, most of it attacking Ms. Whitcomb’s record as attorney general, including a 2022 settlement with a pharmacy chain that his ads describe as “a sweetheart deal.”

“She has never met a tax she didn’t like, and she has never met a corporate lawyer she wouldn’t settle with,” the senator said Saturday, to cheers. “Kessling can’t afford her.”

Ms. Whitcomb’s campaign calls the attack recycled. In a statement, her campaign manager, Owen Petrakis, said the settlement had returned $31 million to consumers and that Mr. Voss “voted four times to let that same chain raise insulin prices.” The senator’s office said the votes were on broader appropriations bills and that he had never voted on insulin pricing directly.

Sign up for The Ledger’s Politics newsletter. Get the race in your inbox every weekday.

Aides to Mr. Voss say privately that they expected the race to be close from the start. One senior adviser, who spoke on the condition of anonymity to discuss internal strategy, said the campaign’s own polling showed the senator gaining among men without college degrees since September, and that the campaign would spend its final weeks “on the gravel roads, not the cul-de-sacs.”

Ms. Whitcomb, 51, has run a different race. She has avoided the rural rallies that Mr. Voss favors and has instead held small “kitchen table” meetings in the suburbs, where she talks about child care costs and the state’s hospital closures. At one such meeting on Thursday in Millbrook Junction, a Port Ellery suburb, she told a dozen voters seated in a living room that Mr. Voss had “spent twelve years voting like the farm economy is the whole economy.”

“I grew up on a farm, too. My dad lost it in 1986,” Ms. Whitcomb said in an interview afterward, sitting in the passenger seat of a campaign van. “I don’t need a lecture from Harlan about rural Kessling. What I need is for him to explain why three hospitals closed on his watch.”

Asked whether she would support her party’s leadership in the Senate if elected, she said she would “support whoever gets things done for Kessling” and declined to say more.

The two candidates have met once, in a debate in Port Ellery on Oct. 14 that was remembered mostly for a testy exchange over immigration. Mr. Voss accused Ms. Whitcomb of having “never once visited the border,” a charge she called “flatly untrue”; her campaign later released photographs from a 2023 trip to the southern border.

Dale Kuperman, a Republican pollster who has worked for Mr. Voss since his first race, said the senator’s numbers with women in the suburbs had “stopped falling,” which he described as the most important thing that had happened in the race since Labor Day.

“Holding is winning for us,” Mr. Kuperman said. “If she doesn’t run up the score in the suburbs, she can’t win.”

Democrats are less sure of that math than they were in the summer. A strategist close to the Whitcomb campaign, who asked not to be named because he was not authorized to speak publicly, said the campaign worried about turnout among younger voters in Port Ellery, where early voting has lagged behind 2022. The Braddock County clerk’s office said early turnout in the city was down about 6 percent from four years ago.

Back in Granby Falls, the crowd seemed unbothered by polls. Roy Eckersley, 67, who grows soybeans and corn on 900 acres east of town, said he had voted for Mr. Voss twice and would again.

“He shows up,” Mr. Eckersley said. “The other one, I’ve seen her on TV.”

His wife, Carla, was less certain. She said she liked Ms. Whitcomb’s plan to reopen rural clinics but had not decided. “Ask me in a week,” she said.

Mr. Voss, for his part, said he was not worried. Leaving the rally, he stopped to pose for photographs with a 4-H club. The 58-year-old told reporters that he had “run from behind before and liked it fine.”

Related: Whitcomb raises $14 million in third quarter, outpacing Voss
Related: Voss says he will debate Whitcomb again ‘anywhere, anytime’

A version of this article appears in print on Nov. 30, 2026, Section A, Page 1 of the Kessling Ledger.
''',
    s('Harlan Voss', 'Senator', 'Whitcomb ‘has never met a tax she didn’t like’', 'says', 'mixed', role=VOSS),
    s('Ms. Whitcomb’s campaign', 'her campaign', 'the attack ‘recycled’', 'calls', 'mixed'),
    s('national Democrats', 'national Democrats', 'their best recruit in a decade', 'consider'),
    s('Harlan Voss', 'Senator Harlan Voss', 'the election was “about whether the people who feed this country still get a say in how it’s run.”', 'told', 'mixed', role=VOSS),
    s('Kessling Institute for Public Affairs', 'A poll released last week by the Kessling Institute for Public Affairs', 'the race essentially tied|within the survey’s margin of error', 'found'),
    s('Fifty-four percent of likely voters', 'Fifty-four percent of likely voters', 'the state was on the wrong track', 'said'),
    s('a majority of independents', 'a majority of independents', 'they had an unfavorable view of both candidates', 'said'),
    s('Marisol Tran-Becker', 'Marisol Tran-Becker, who directs the institute’s polling unit', '“This is a coin flip, and anyone who tells you otherwise is selling something,”', 'said', 'direct', role='directs the institute’s polling unit'),
    s('Marisol Tran-Becker', 'she', ['The survey', 'showed Mr. Voss running well behind his 2020 pace|slightly ahead of it in rural counties'], 'said', role='directs the institute’s polling unit'),
    s('Medianote', 'the ad-tracking firm Medianote', 'His campaign has run more than $9 million in television advertising', 'according to', role='ad-tracking firm'),
    s('his ads', 'his ads', '“a sweetheart deal.”', 'describe as', 'direct'),
    s('Harlan Voss', 'the senator', '“She has never met a tax she didn’t like, and she has never met a corporate lawyer she wouldn’t settle with,”', 'said', 'direct', role=VOSS),
    s('Harlan Voss', '', '“Kessling can’t afford her.”', '', 'direct', role=VOSS),
    s('Ms. Whitcomb’s campaign', 'Ms. Whitcomb’s campaign', 'the attack recycled', 'calls'),
    s('Owen Petrakis', 'her campaign manager, Owen Petrakis', 'the settlement had returned $31 million to consumers and that Mr. Voss “voted four times to let that same chain raise insulin prices.”', 'said', 'mixed', role='campaign manager'),
    s('The senator’s office', 'The senator’s office', 'the votes were on broader appropriations bills and that he had never voted on insulin pricing directly', 'said'),
    s('Aides to Mr. Voss', 'Aides to Mr. Voss', 'they expected the race to be close from the start', 'say'),
    s('One senior adviser', 'One senior adviser, who spoke on the condition of anonymity to discuss internal strategy', 'the campaign’s own polling showed the senator gaining|“on the gravel roads, not the cul-de-sacs.”', 'said', 'mixed', role='senior adviser'),
    s('Dana Whitcomb', 'she', 'Mr. Voss had “spent twelve years voting like the farm economy is the whole economy.”', 'told', 'mixed', role=WHITCOMB),
    s('Dana Whitcomb', 'Ms. Whitcomb', '“I grew up on a farm, too. My dad lost it in 1986,”', 'said', 'direct', role=WHITCOMB),
    s('Dana Whitcomb', '', '“I don’t need a lecture from Harlan about rural Kessling.|three hospitals closed on his watch.”', '', 'direct', role=WHITCOMB),
    s('Dana Whitcomb', 'she', 'she would “support whoever gets things done for Kessling”', 'said', 'mixed', role=WHITCOMB),
    s('Harlan Voss', 'Mr. Voss', 'Ms. Whitcomb of having “never once visited the border,”', 'accused', 'mixed', role=VOSS),
    s('Dana Whitcomb', 'she', '“flatly untrue”', 'called', 'direct', role=WHITCOMB),
    s('Dale Kuperman', 'Dale Kuperman, a Republican pollster who has worked for Mr. Voss since his first race', 'the senator’s numbers with women in the suburbs had “stopped falling,”', 'said', 'mixed', role='Republican pollster'),
    s('Dale Kuperman', 'he', 'the most important thing that had happened in the race since Labor Day', 'described as', role='Republican pollster'),
    s('Dale Kuperman', 'Mr. Kuperman', '“Holding is winning for us,”', 'said', 'direct', role='Republican pollster'),
    s('Dale Kuperman', '', '“If she doesn’t run up the score in the suburbs, she can’t win.”', '', 'direct', role='Republican pollster'),
    s('A strategist close to the Whitcomb campaign', 'A strategist close to the Whitcomb campaign, who asked not to be named because he was not authorized to speak publicly', 'the campaign worried about turnout among younger voters in Port Ellery, where early voting has lagged behind 2022', 'said', role='strategist'),
    s('The Braddock County clerk’s office', 'The Braddock County clerk’s office', 'early turnout in the city was down about 6 percent from four years ago', 'said'),
    s('Roy Eckersley', 'Roy Eckersley, 67, who grows soybeans and corn on 900 acres east of town', 'he had voted for Mr. Voss twice and would again', 'said'),
    s('Roy Eckersley', 'Mr. Eckersley', '“He shows up,”', 'said', 'direct'),
    s('Roy Eckersley', '', '“The other one, I’ve seen her on TV.”', '', 'direct'),
    s('Carla', 'She', 'she liked Ms. Whitcomb’s plan to reopen rural clinics but had not decided', 'said'),
    s('Carla', 'she', '“Ask me in a week,”', 'said', 'direct'),
    s('Harlan Voss', 'Mr. Voss', 'he was not worried', 'said', role=VOSS),
    s('Harlan Voss', 'The 58-year-old', 'he had “run from behind before and liked it fine.”', 'told', 'mixed', role=VOSS),
    s('Voss', 'Voss', 'he will debate Whitcomb again ‘anywhere, anytime’', 'says', 'mixed', region='related'),
)

doc('l02-rally-whitcomb-port-ellery', 'Continental Press', '2026-11-29', '''
Whitcomb tells Port Ellery rally she'll 'fight for every hospital bed'

By JAMIE OKONKWO-HALL Continental Press

PORT ELLERY, Kess. (CP) — Democratic Senate candidate Dana Whitcomb told a rally of about 1,500 people Sunday that she would make rural hospital funding her first bill if elected, promising to "fight for every hospital bed in this state, red county or blue."

Whitcomb, the state's former attorney general, spoke in a union hall on the city's east side after an introduction from Teresa Galvan-Moss, president of the Kessling Nurses Association, who said nurses had "watched three hospitals close and a senator shrug."

"We're done shrugging," Galvan-Moss told the crowd, which chanted "Close the gap!" as she left the stage.

Whitcomb, 51, leaned heavily on health care and child care in a 25-minute speech and mentioned her opponent, Republican Sen. Harlan Voss, only four times. She said Voss had "a good heart and a bad voting record," a line that drew laughter, and said the race would be decided by "whoever shows up on a Tuesday in November when it's raining."

The Voss campaign responded within the hour. "Dana Whitcomb has spent this entire campaign talking about hospitals she never lifted a finger for as attorney general," spokesman Brett Halloran said in an email. He added that Voss had secured $40 million in federal grants for rural clinics since 2019.

Whitcomb's campaign disputed that figure, saying most of the grants had come through programs Voss voted against in 2017.

In the crowd, retired machinist Luis Ferreira-Dunn, 72, held a sign reading "Nurses Vote." He said he had driven two hours from Tillman County, where the hospital closed in 2024, because his wife now travels 50 miles for dialysis.

"Three times a week, 50 miles each way," Ferreira-Dunn said. "You tell me that's not a campaign issue."

Not everyone was persuaded. Kaylee Brandt, 24, a graduate student at Kessling State, said she came to hear Whitcomb because she voted for Voss in 2020 and was "looking for a reason not to do it again." She had not found one yet, she said.

"I want to hear how she pays for it," Brandt said. "Everybody promises hospitals."

A man near the back who would give only his first name, Dwayne, shouted "What about the border?" during a pause. Whitcomb answered that she had prosecuted more trafficking cases than "any attorney general in this state's history."

State Democratic Party Chairman Arturo Bessemer said after the rally that the party had 400 volunteers knocking on doors in Port Ellery every weekend through Election Day. Asked about early voting figures showing a drop in the city, he said the party was "not worried about October; we're worried about November."

Voss spent Sunday in Granby Falls and Tillman County, where he toured a feed mill. Whitcomb has not accepted his offer of a second debate, and her campaign said Sunday that it was "reviewing dates."

"We'll debate him anywhere there's a hospital still open," she told reporters after the rally. "That narrows it down."

Voss told the Granby Falls Herald on Friday that he would "debate her in a barn, a church or a parking lot."

Continental Press writer Nadia Pruitt contributed from Granby Falls.

Copyright 2026 Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''',
    s('Dana Whitcomb', 'Whitcomb', "she'll 'fight for every hospital bed'", 'tells', 'mixed', role='Democratic Senate candidate'),
    s('Dana Whitcomb', 'Democratic Senate candidate Dana Whitcomb', 'she would make rural hospital funding her first bill if elected', 'told', role='Democratic Senate candidate'),
    s('Dana Whitcomb', 'Democratic Senate candidate Dana Whitcomb', 'to "fight for every hospital bed in this state, red county or blue."', 'promising', 'mixed', role='Democratic Senate candidate'),
    s('Teresa Galvan-Moss', 'Teresa Galvan-Moss, president of the Kessling Nurses Association', 'nurses had "watched three hospitals close and a senator shrug."', 'said', 'mixed', role='president of the Kessling Nurses Association'),
    s('Teresa Galvan-Moss', 'Galvan-Moss', '"We\'re done shrugging,"', 'told', 'direct', role='president of the Kessling Nurses Association'),
    s('Dana Whitcomb', 'She', 'Voss had "a good heart and a bad voting record,"', 'said', 'mixed', role='Democratic Senate candidate'),
    s('Dana Whitcomb', 'She', 'the race would be decided by "whoever shows up on a Tuesday in November when it\'s raining."', 'said', 'mixed', role='Democratic Senate candidate'),
    s('Brett Halloran', 'spokesman Brett Halloran', '"Dana Whitcomb has spent this entire campaign talking about hospitals she never lifted a finger for as attorney general,"', 'said', 'direct', role='spokesman'),
    s('Brett Halloran', 'He', 'Voss had secured $40 million in federal grants for rural clinics since 2019', 'added', role='spokesman'),
    s("Whitcomb's campaign", "Whitcomb's campaign", 'that figure', 'disputed'),
    s("Whitcomb's campaign", "Whitcomb's campaign", 'most of the grants had come through programs Voss voted against in 2017', 'saying'),
    s('Luis Ferreira-Dunn', 'He', 'he had driven two hours from Tillman County|his wife now travels 50 miles for dialysis', 'said', role='retired machinist'),
    s('Luis Ferreira-Dunn', 'Ferreira-Dunn', '"Three times a week, 50 miles each way,"', 'said', 'direct', role='retired machinist'),
    s('Luis Ferreira-Dunn', '', '"You tell me that\'s not a campaign issue."', '', 'direct', role='retired machinist'),
    s('Kaylee Brandt', 'Kaylee Brandt, 24, a graduate student at Kessling State', 'she came to hear Whitcomb because she voted for Voss in 2020 and was "looking for a reason not to do it again."', 'said', 'mixed', role='graduate student at Kessling State'),
    s('Kaylee Brandt', 'she', 'She had not found one yet', 'said', role='graduate student at Kessling State'),
    s('Kaylee Brandt', 'Brandt', '"I want to hear how she pays for it,"', 'said', 'direct', role='graduate student at Kessling State'),
    s('Kaylee Brandt', '', '"Everybody promises hospitals."', '', 'direct', role='graduate student at Kessling State'),
    s('Dana Whitcomb', 'Whitcomb', 'she had prosecuted more trafficking cases than "any attorney general in this state\'s history."', 'answered', 'mixed', role='Democratic Senate candidate'),
    s('Arturo Bessemer', 'State Democratic Party Chairman Arturo Bessemer', 'the party had 400 volunteers knocking on doors in Port Ellery every weekend through Election Day', 'said', role='State Democratic Party Chairman'),
    s('Arturo Bessemer', 'he', 'the party was "not worried about October; we\'re worried about November."', 'said', 'mixed', role='State Democratic Party Chairman'),
    s("Whitcomb's campaign", 'her campaign', 'it was "reviewing dates."', 'said', 'mixed'),
    s('Dana Whitcomb', 'she', '"We\'ll debate him anywhere there\'s a hospital still open,"', 'told', 'direct', role='Democratic Senate candidate'),
    s('Dana Whitcomb', '', '"That narrows it down."', '', 'direct', role='Democratic Senate candidate'),
    s('Harlan Voss', 'Voss', 'he would "debate her in a barn, a church or a parking lot."', 'told', 'mixed', role='Republican Sen.'),
)

LINDQVIST = 'House Speaker'
TEAGUE = 'Rep.'

doc('l03-statehouse-budget-collapse', 'Northwold Star-Tribune', '2026-12-02', '''
Budget deal collapses as House Republicans balk at school funding formula

Lawmakers head home without a spending plan for the third time since July; shutdown of state parks looms

By Priya Castellanos-Webb
Statehouse Bureau
Updated 11:42 p.m. Dec. 1, 2026

CAMBRIDGE FORD — A tentative deal on the state's $61 billion budget fell apart late Tuesday after House Republicans refused to vote for a new school funding formula that their own leaders had helped negotiate, leaving the Legislature without a spending plan five months into the fiscal year.

Republicans said the formula, which would shift about $410 million toward urban and fast-growing suburban districts over four years, would "gut" funding for small rural schools. In a closed-door caucus meeting that lasted nearly three hours, members told House Speaker Garrett Lindqvist-Obi that they would not support the package without a "hold harmless" guarantee for districts that would lose money, according to three lawmakers who were in the room.

Lindqvist-Obi, a Republican from Essex Mills who has led the chamber since 2023, told reporters shortly before midnight that talks would resume "when people have had some sleep and some humility." He did not say when.

"I'm not going to put a bill on the floor that I know is going to fail," the speaker said. "That's not leadership. That's theater."

Gov. Miriam Astor-Fell, a Democrat, said in a statement that she was "deeply disappointed" and that the House had "walked away from a deal its own leadership shook hands on." Her budget director, Colin Mbeki-Rowe, said state parks and some licensing offices would begin closing on Dec. 15 if no budget passed. The state's emergency spending authority runs out that day.

Senate Democrats, who passed their version of the budget 21-12 in October, were quick to blame the House. "The Senate did its job in October," Senate Majority Leader Ruth Okafor-Dale said. "The House has had two months to count to 51."

House Democrats, in the minority, said they had offered 20 votes for the package in exchange for restoring $35 million in child care subsidies that the deal had cut. Minority Leader Deshawn Pryor-Ellis said Republicans had "left those votes on the table."

The dispute turns on numbers few lawmakers fully understand. According to the Legislative Fiscal Office, 212 of the state's 318 districts would gain money under the new formula and 106 would lose, most of them in rural counties with shrinking enrollment. The office's analysis says the median losing district would see its state aid fall by 3.8 percent over four years.

Rep. Wanda Teague, a Republican from Harlow County whose district would lose about $2.1 million, said she had "nothing against city kids" but could not vote to close a school in her district. Teague, who taught fourth grade for 22 years before she was elected, said two of the five schools in her district had fewer than 100 students.

"When you take a million dollars out of a district that size, you're not trimming," she said. "You're closing the building."

Supporters of the formula, including the state teachers' union and a coalition of 40 suburban superintendents, say the current formula, written in 1994, sends more per-student money to districts that are losing students than to those that are growing. Henrietta Salgado-Voigt, superintendent of the fast-growing Pell Creek district, said her schools had added 2,300 students in five years "and not one additional dollar per child."

One House Republican, who asked not to be identified because caucus discussions are private, said the speaker had "badly misread the room" by announcing the deal before the caucus met. Another said the problem was the calendar, not the speaker: "Nobody wants to vote on school money three weeks before Christmas with a primary in May."

A spokesman for the governor, Felix Arnaud, declined to comment on whether she would call a special session. The House is scheduled to return Monday.

Correction: An earlier version of this article misstated the Senate vote on its budget. It was 21-12, not 22-11.

Related: Which state services close first in a shutdown
Related: Lindqvist-Obi says he won't seek another term as speaker
''',
    s('House Republicans', 'Republicans', 'the formula, which would shift about $410 million toward urban and fast-growing suburban districts over four years, would "gut" funding for small rural schools', 'said', 'mixed'),
    s('three lawmakers who were in the room', 'three lawmakers who were in the room', 'In a closed-door caucus meeting that lasted nearly three hours, members told|for districts that would lose money', 'according to', 'mixed'),
    s('House Republicans', 'members', 'they would not support the package without a "hold harmless" guarantee for districts that would lose money', 'told', 'mixed', nested=True, via='three lawmakers who were in the room'),
    s('Garrett Lindqvist-Obi', 'Lindqvist-Obi, a Republican from Essex Mills who has led the chamber since 2023', 'talks would resume "when people have had some sleep and some humility."', 'told', 'mixed', role=LINDQVIST),
    s('Garrett Lindqvist-Obi', 'the speaker', '"I\'m not going to put a bill on the floor that I know is going to fail,"', 'said', 'direct', role=LINDQVIST),
    s('Garrett Lindqvist-Obi', '', '"That\'s not leadership. That\'s theater."', '', 'direct', role=LINDQVIST),
    s('Miriam Astor-Fell', 'Gov. Miriam Astor-Fell, a Democrat', 'she was "deeply disappointed" and that the House had "walked away from a deal its own leadership shook hands on."', 'said', 'mixed', role='Gov.'),
    s('Colin Mbeki-Rowe', 'Her budget director, Colin Mbeki-Rowe', 'state parks and some licensing offices would begin closing on Dec. 15 if no budget passed', 'said', role='budget director'),
    s('Senate Democrats', 'Senate Democrats, who passed their version of the budget 21-12 in October', 'the House', 'blame'),
    s('Ruth Okafor-Dale', 'Senate Majority Leader Ruth Okafor-Dale', '"The Senate did its job in October,"', 'said', 'direct', role='Senate Majority Leader'),
    s('Ruth Okafor-Dale', '', '"The House has had two months to count to 51."', '', 'direct', role='Senate Majority Leader'),
    s('House Democrats', 'House Democrats', 'they had offered 20 votes for the package|that the deal had cut', 'said'),
    s('Deshawn Pryor-Ellis', 'Minority Leader Deshawn Pryor-Ellis', 'Republicans had "left those votes on the table."', 'said', 'mixed', role='Minority Leader'),
    s('Legislative Fiscal Office', 'the Legislative Fiscal Office', "212 of the state's 318 districts would gain money|rural counties with shrinking enrollment", 'According to'),
    s('Legislative Fiscal Office', "The office's analysis", 'the median losing district would see its state aid fall by 3.8 percent over four years', 'says'),
    s('Wanda Teague', 'Rep. Wanda Teague, a Republican from Harlow County whose district would lose about $2.1 million', 'she had "nothing against city kids" but could not vote to close a school in her district', 'said', 'mixed', role=TEAGUE),
    s('Wanda Teague', 'Teague, who taught fourth grade for 22 years before she was elected', 'two of the five schools in her district had fewer than 100 students', 'said', role=TEAGUE),
    s('Wanda Teague', 'she', '"When you take a million dollars out of a district that size, you\'re not trimming,"', 'said', 'direct', role=TEAGUE),
    s('Wanda Teague', '', '"You\'re closing the building."', '', 'direct', role=TEAGUE),
    s('Supporters of the formula', "Supporters of the formula, including the state teachers' union and a coalition of 40 suburban superintendents", 'the current formula, written in 1994, sends more per-student money|than to those that are growing', 'say'),
    s('Henrietta Salgado-Voigt', 'Henrietta Salgado-Voigt, superintendent of the fast-growing Pell Creek district', 'her schools had added 2,300 students in five years "and not one additional dollar per child."', 'said', 'mixed', role='superintendent of the fast-growing Pell Creek district'),
    s('One House Republican', 'One House Republican, who asked not to be identified because caucus discussions are private', 'the speaker had "badly misread the room" by announcing the deal before the caucus met', 'said', 'mixed'),
    s('Another', 'Another', 'the problem was the calendar, not the speaker: "Nobody wants to vote on school money|with a primary in May."', 'said', 'mixed'),
    s('Lindqvist-Obi', 'Lindqvist-Obi', "he won't seek another term as speaker", 'says', region='related'),
)

BLAKELY = 'U.S. District Judge'
TSAI = "Ashby's attorney"

doc('l04-court-treasurer-sentenced', 'Harrow Dispatch', '2026-12-02', '''
Former county treasurer gets 7 years for $3.2 million embezzlement

Judge calls the scheme ‘a betrayal of every taxpayer in this county’

By Marcus Delacroix-Yu | mdelacroix@harrowdispatch.com
Dec. 2, 2026

A former Carver County treasurer who diverted $3.2 million in public money into a shell company and spent much of it on a lake house, two boats and a failed restaurant was sentenced Tuesday to seven years in federal prison.

Gerald Ashby leaves the federal courthouse in Harrow on Tuesday. (Dispatch photo by Lena Ostrowski)

U.S. District Judge Honora Blakely-Stern imposed the sentence after a two-hour hearing in which Gerald Ashby, 61, apologized to the county for the first time since his arrest in 2024. Ashby pleaded not guilty at his arraignment that year and maintained his innocence through a nine-day trial in August, when a jury convicted him on 14 counts of wire fraud and money laundering. The jury deliberated for less than five hours.

“You were trusted with the money that pays for snowplows and sheriff’s deputies and nursing homes,” Blakely-Stern told Ashby before announcing the sentence. “What you did was a betrayal of every taxpayer in this county.”

Federal prosecutors had sought nine years. In a sentencing memorandum filed last month, Assistant U.S. Attorney Keisha Vandermolen wrote that Ashby had “treated the county treasury as a personal line of credit” for six years and had tried to hide the losses by delaying payments to vendors. The filing says Ashby moved the money through 212 separate transfers, most of them under $20,000, to stay below the county’s own review threshold.

Ashby’s attorney, Raymond Tsai-Whitford, sought a sentence of three years, telling the judge that his client had a gambling addiction that “no one in his life recognized until it was far too late,” including Ashby himself. He said Ashby had repaid about $410,000 by selling the lake house and would “spend the rest of his life paying back the rest.”

“Gerald is not a monster. He is a man who lost control of his life and lied to cover it,” Tsai-Whitford said outside the courthouse. “He knows he has to pay for that. Seven years is a long time for a 61-year-old man.”

Ashby, wearing a gray suit and reading from a single handwritten page, told the court he had “no excuse” and that he thought about the county’s employees “every single night.”

“I’m sorry,” he said, his voice breaking. He then sat down and did not look up again.

The judge was unmoved by the addiction argument. She noted that Ashby had continued to divert money for 14 months after he began attending a treatment program, and that he had lied to an outside auditor in 2023.

“Addiction may explain why you started,” Blakely-Stern said. “It does not explain why you kept going after you knew.”

County Commissioner Alma Reyes-Gunther, who sat in the second row for the hearing, said afterward that the county had tightened its controls and now requires two signatures on any transfer over $5,000. “The sentence is fair,” she said. “But we still don’t have our money back.”

Ashby has 14 days to appeal. Tsai-Whitford said no decision had been made.

The county’s insurer, Mid-Plains Mutual, has sued Ashby separately to recover $1.5 million it paid the county; that case is pending. A lawyer for the insurer did not respond to a request for comment.

This story has been updated with comments from the defense.
''',
    s('Honora Blakely-Stern', 'Judge', 'the scheme ‘a betrayal of every taxpayer in this county’', 'calls', 'mixed', role=BLAKELY),
    s('Gerald Ashby', 'Ashby', 'not guilty', 'pleaded'),
    s('Gerald Ashby', 'Ashby', 'his innocence', 'maintained'),
    s('Honora Blakely-Stern', 'Blakely-Stern', '“You were trusted with the money that pays for snowplows|nursing homes,”', 'told', 'direct', role=BLAKELY),
    s('Honora Blakely-Stern', '', '“What you did was a betrayal of every taxpayer in this county.”', '', 'direct', role=BLAKELY),
    s('Keisha Vandermolen', 'Assistant U.S. Attorney Keisha Vandermolen', 'Ashby had “treated the county treasury as a personal line of credit” for six years|delaying payments to vendors', 'wrote', 'mixed', role='Assistant U.S. Attorney'),
    s('sentencing memorandum', 'The filing', 'Ashby moved the money through 212 separate transfers|review threshold', 'says'),
    s('Raymond Tsai-Whitford', 'Ashby’s attorney, Raymond Tsai-Whitford', 'his client had a gambling addiction that “no one in his life recognized until it was far too late,” including Ashby himself', 'telling', 'mixed', role=TSAI),
    s('Raymond Tsai-Whitford', 'He', 'Ashby had repaid about $410,000 by selling the lake house and would “spend the rest of his life paying back the rest.”', 'said', 'mixed', role=TSAI),
    s('Raymond Tsai-Whitford', 'Tsai-Whitford', '“Gerald is not a monster. He is a man who lost control of his life and lied to cover it,”', 'said', 'direct', role=TSAI),
    s('Raymond Tsai-Whitford', '', '“He knows he has to pay for that. Seven years is a long time for a 61-year-old man.”', '', 'direct', role=TSAI),
    s('Gerald Ashby', 'Ashby, wearing a gray suit and reading from a single handwritten page', 'he had “no excuse” and that he thought about the county’s employees “every single night.”', 'told', 'mixed'),
    s('Gerald Ashby', 'he', '“I’m sorry,”', 'said', 'direct'),
    s('Honora Blakely-Stern', 'She', 'Ashby had continued to divert money for 14 months|lied to an outside auditor in 2023', 'noted', role=BLAKELY),
    s('Honora Blakely-Stern', 'Blakely-Stern', '“Addiction may explain why you started,”', 'said', 'direct', role=BLAKELY),
    s('Honora Blakely-Stern', '', '“It does not explain why you kept going after you knew.”', '', 'direct', role=BLAKELY),
    s('Alma Reyes-Gunther', 'County Commissioner Alma Reyes-Gunther, who sat in the second row for the hearing', 'the county had tightened its controls and now requires two signatures on any transfer over $5,000', 'said', role='County Commissioner'),
    s('Alma Reyes-Gunther', 'she', '“The sentence is fair,”', 'said', 'direct', role='County Commissioner'),
    s('Alma Reyes-Gunther', '', '“But we still don’t have our money back.”', '', 'direct', role='County Commissioner'),
    s('Raymond Tsai-Whitford', 'Tsai-Whitford', 'no decision had been made', 'said', role=TSAI),
)

ALMEIDA = 'department spokesman'
PEPD = 'Port Ellery Police Department'

doc('l05-police-eastgate-shooting', 'The Port Ellery Sentinel', '2026-12-01', '''
Man, 34, charged in shooting outside Eastgate bar; victim in critical condition

Posted Dec. 1, 2026 at 6:15 PM | Updated Dec. 1, 2026 at 9:02 PM
By Tanya Oyelaran-Briggs, The Port Ellery Sentinel

A 34-year-old Port Ellery man was charged with attempted murder Monday in a shooting outside a bar in the Eastgate neighborhood early Sunday that left another man critically wounded, police said.

Darnell Whitaker-Ross, of the 400 block of Linden Avenue, was being held in the county jail on $750,000 bail, according to court records.

Police Sgt. Victor Almeida, a department spokesman, said officers were called to the Rusty Anchor on Harmon Street at about 1:40 a.m. Sunday and found Jerome Patchett, 29, lying in the parking lot with gunshot wounds to the chest and leg. Patchett had been arguing with another man inside the bar over a spilled drink, and the argument moved outside shortly before closing.

He said Patchett was taken to Port Ellery General Hospital, where a hospital spokeswoman said he was in critical but stable condition Monday.

Witnesses told officers that the shooter left in a silver sedan, Almeida said. Detectives identified Whitaker-Ross from the bar's security video and a partial license plate, and arrested him at his home Sunday afternoon without incident, he said.

A criminal complaint filed in Eastgate District Court says Whitaker-Ross told detectives he fired "because he thought the other guy had a gun." No weapon was found on Patchett, the complaint says.

Whitaker-Ross's public defender, Lorna Fitzgibbon, said at his arraignment Monday that her client had no prior convictions and had lived in the city all his life. She asked the judge to lower the bail, which he declined.

Patchett's sister, Monique Patchett, said her brother worked two jobs and had gone to the bar to celebrate a friend's birthday.

"He wasn't looking for trouble. He never is," she said. "Now he's got a tube in his chest and we're all just waiting."

Eastgate has seen four shootings since September, police said, up from one in the same period last year. City Councilman Hector Villanueva-Price, whose ward includes Eastgate, said he would ask the department for more patrols near the bars on Harmon Street on weekend nights.

"People are scared to walk to their cars," he said.

Anyone with information is asked to call the Port Ellery Police Department's tip line at 555-0148.
''',
    s(PEPD, 'police', 'A 34-year-old Port Ellery man was charged with attempted murder Monday|left another man critically wounded', 'said'),
    s('court records', 'court records', 'Darnell Whitaker-Ross, of the 400 block of Linden Avenue, was being held in the county jail on $750,000 bail', 'according to'),
    s('Victor Almeida', 'Police Sgt. Victor Almeida, a department spokesman', 'officers were called to the Rusty Anchor on Harmon Street|gunshot wounds to the chest and leg', 'said', role=ALMEIDA),
    s('Victor Almeida', 'He', 'Patchett was taken to Port Ellery General Hospital', 'said', role=ALMEIDA),
    s('a hospital spokeswoman', 'a hospital spokeswoman', 'he was in critical but stable condition Monday', 'said', role='hospital spokeswoman'),
    s('Victor Almeida', 'Almeida', 'Witnesses told officers that the shooter left in a silver sedan', 'said', role=ALMEIDA),
    s('Witnesses', 'Witnesses', 'the shooter left in a silver sedan', 'told', nested=True, via='Victor Almeida'),
    s('Victor Almeida', 'he', "Detectives identified Whitaker-Ross from the bar's security video|without incident", 'said', role=ALMEIDA),
    s('criminal complaint', 'A criminal complaint filed in Eastgate District Court', 'Whitaker-Ross told detectives he fired "because he thought the other guy had a gun."', 'says', 'mixed'),
    s('Darnell Whitaker-Ross', 'Whitaker-Ross', 'he fired "because he thought the other guy had a gun."', 'told', 'mixed', nested=True, via='criminal complaint'),
    s('criminal complaint', 'the complaint', 'No weapon was found on Patchett', 'says'),
    s('Lorna Fitzgibbon', "Whitaker-Ross's public defender, Lorna Fitzgibbon", 'her client had no prior convictions and had lived in the city all his life', 'said', role='public defender'),
    s('Lorna Fitzgibbon', 'She', 'the judge to lower the bail', 'asked', role='public defender'),
    s('Monique Patchett', "Patchett's sister, Monique Patchett", "her brother worked two jobs and had gone to the bar to celebrate a friend's birthday", 'said', role='sister'),
    s('Monique Patchett', 'she', '"He wasn\'t looking for trouble. He never is,"', 'said', 'direct', role='sister'),
    s('Monique Patchett', '', '"Now he\'s got a tube in his chest and we\'re all just waiting."', '', 'direct', role='sister'),
    s(PEPD, 'police', 'Eastgate has seen four shootings since September', 'said', anchor='Eastgate has seen four'),
    s('Hector Villanueva-Price', 'City Councilman Hector Villanueva-Price, whose ward includes Eastgate', 'he would ask the department for more patrols near the bars on Harmon Street on weekend nights', 'said', role='City Councilman'),
    s('Hector Villanueva-Price', 'he', '"People are scared to walk to their cars,"', 'said', 'direct', role='City Councilman'),
)

HALBERD = 'Halberd Foods Inc.'

doc('l06-business-halberd-closings', 'The Westmark Herald', '2026-12-02', '''
Halberd Foods to close 38 stores, cut 2,100 jobs as discount rivals squeeze margins

Shares fall 9 per cent; union says workers learned of closings ‘from the news’

ANDREA VOLKOV-MARSH
RETAIL REPORTER
PUBLISHED DECEMBER 2, 2026

Halberd Foods Inc. will close 38 of its 412 grocery stores across Westmark and the Cardinal Territory and cut about 2,100 jobs by the end of March, the company said Wednesday, as shoppers keep trading down to discount chains and its margins fall to their lowest level in a decade.

The closings will cost the Fairhaven-based grocer between $140-million and $165-million in severance and lease charges, according to a regulatory filing made before markets opened.

Shares of Halberd fell 9.2 per cent to $31.40 on the Dominion Exchange. The broader consumer-staples index added 0.4 per cent on the day.

“These are difficult decisions that affect people who have given years of service to this company,” chief executive Lionel Marchbanks said in a statement. “But we have to build a Halberd that can compete for the next twenty years, not protect the footprint of the last twenty.”

The company said affected employees would be offered transfers to other stores “wherever possible” and that severance would exceed what provincial law requires. It did not say how many transfers it expected.

Analysts were not surprised. In a note to clients, Tamarind Capital analyst Priyanka Holloway-Ng wrote that the closings were “overdue” and estimated that they would lift Halberd’s operating margin by about 40 basis points next year.

“The question is whether 38 is enough,” she wrote. “We suspect it is a first round.”

Dmitri Sallow of Harcourt Securities said the bigger problem was that Halberd’s prices were “stuck in the middle,” too high to win bargain hunters and too low to pay for the service its older stores were built around. Halberd has lost market share to discount chains for 11 straight quarters, according to the market research firm ShelfWise.

The United Food and Retail Workers, which represents about 1,600 of the affected employees, said members learned of the closings “from the news, like everyone else.” Union president Bernadette Kovac called the announcement “a slap in the face” and said the union would seek to reopen its contract talks with the company.

A Halberd spokeswoman, Gwen Aldous, said the company had informed union leadership on Tuesday evening, before the filing was made public. She declined to comment on the contract talks.

Halberd also said it would convert 12 stores to its discount banner, Penny Basket, next year. Its quarterly results, due Dec. 10, will include the charges, the company said.

In Corley, a town of 6,000 where Halberd is closing its only grocery store, Mayor Ken Oduya said the nearest alternative would be a 40-minute drive.

“For a lot of seniors here, that store is the grocery, the pharmacy and the coffee shop,” he said.

A spokesperson for the rival chain ValuMart declined to comment on whether it would open in any of the vacated locations.

With a report from Kwame Asante-Lee
''',
    s('United Food and Retail Workers', 'union', 'workers learned of closings ‘from the news’', 'says', 'mixed'),
    s(HALBERD, 'the company', 'Halberd Foods Inc. will close 38 of its 412 grocery stores|by the end of March', 'said'),
    s('regulatory filing', 'a regulatory filing made before markets opened', 'The closings will cost the Fairhaven-based grocer|severance and lease charges', 'according to'),
    s('Lionel Marchbanks', 'chief executive Lionel Marchbanks', '“These are difficult decisions that affect people who have given years of service to this company,”', 'said', 'direct', role='chief executive'),
    s('Lionel Marchbanks', '', '“But we have to build a Halberd that can compete for the next twenty years, not protect the footprint of the last twenty.”', '', 'direct', role='chief executive'),
    s(HALBERD, 'The company', 'affected employees would be offered transfers to other stores “wherever possible” and that severance would exceed what provincial law requires', 'said', 'mixed'),
    s('Priyanka Holloway-Ng', 'Tamarind Capital analyst Priyanka Holloway-Ng', 'the closings were “overdue”', 'wrote', 'mixed', role='Tamarind Capital analyst'),
    s('Priyanka Holloway-Ng', 'Tamarind Capital analyst Priyanka Holloway-Ng', 'they would lift Halberd’s operating margin by about 40 basis points next year', 'estimated', role='Tamarind Capital analyst'),
    s('Priyanka Holloway-Ng', 'she', '“The question is whether 38 is enough,”', 'wrote', 'direct', role='Tamarind Capital analyst'),
    s('Priyanka Holloway-Ng', '', '“We suspect it is a first round.”', '', 'direct', role='Tamarind Capital analyst'),
    s('Dmitri Sallow', 'Dmitri Sallow of Harcourt Securities', 'the bigger problem was that Halberd’s prices were “stuck in the middle,”|the service its older stores were built around', 'said', 'mixed', role='Harcourt Securities'),
    s('ShelfWise', 'the market research firm ShelfWise', 'Halberd has lost market share to discount chains for 11 straight quarters', 'according to', role='market research firm'),
    s('United Food and Retail Workers', 'The United Food and Retail Workers, which represents about 1,600 of the affected employees', 'members learned of the closings “from the news, like everyone else.”', 'said', 'mixed'),
    s('Bernadette Kovac', 'Union president Bernadette Kovac', 'the announcement “a slap in the face”', 'called', 'mixed', role='Union president'),
    s('Bernadette Kovac', 'Union president Bernadette Kovac', 'the union would seek to reopen its contract talks with the company', 'said', role='Union president'),
    s('Gwen Aldous', 'A Halberd spokeswoman, Gwen Aldous', 'the company had informed union leadership on Tuesday evening, before the filing was made public', 'said', role='Halberd spokeswoman'),
    s(HALBERD, 'Halberd', 'it would convert 12 stores to its discount banner, Penny Basket, next year', 'said'),
    s(HALBERD, 'the company', 'Its quarterly results, due Dec. 10, will include the charges', 'said'),
    s('Ken Oduya', 'Mayor Ken Oduya', 'the nearest alternative would be a 40-minute drive', 'said', role='Mayor'),
    s('Ken Oduya', 'he', '“For a lot of seniors here, that store is the grocery, the pharmacy and the coffee shop,”', 'said', 'direct', role='Mayor'),
)

STUDY = 'study published Monday in the Journal of Pediatric Behavior'
FAIR = 'Naomi Fairweather-Oyelowo'
FAIR_ROLE = "epidemiologist at Ashford and the study's lead author"
AUTHORS = 'Fairweather-Oyelowo and her co-authors'
PIKE_ROLE = "pediatric sleep specialist at Lakemont Children's Hospital"

doc('l07-health-walking-sleep-study', 'The Lakemont Post', '2026-12-01', '''
Kids who walk to school sleep better, Ashford study finds

But researchers say the effect is small and may reflect which families can walk at all

By Hollis Wendt-Amadi
Health reporter
December 1, 2026 at 7:00 a.m. EST

Children who walk or bike to school fall asleep about 14 minutes earlier on school nights than those who are driven, according to a study published Monday in the Journal of Pediatric Behavior, one of the largest to track both how children get to school and how they sleep.

Researchers at Ashford University followed 4,200 children aged 8 to 13 in six cities for two school years, using wrist monitors to measure sleep. The study found that the difference held after the researchers accounted for family income, screen time and whether the child played a sport, and that it was largest among children who walked more than 15 minutes each way.

Students cross Avery Street on the way to Brookside Elementary in Marlow County. (Photo: Dana Kirsch / Staff)

"We were honestly surprised at how consistent it was," said Dr. Naomi Fairweather-Oyelowo, an epidemiologist at Ashford and the study's lead author. "Rich neighborhoods, poor neighborhoods, big cities, small ones — the walkers slept more."

But Fairweather-Oyelowo and her co-authors caution that the study shows an association, not a cause. Families who live close enough to walk may differ in ways the researchers could not measure, they write, and children who sleep poorly may be less likely to want to walk in the first place.

Dr. Leonard Pike-Hastings, a pediatric sleep specialist at Lakemont Children's Hospital who was not involved in the research, called the study "careful and useful" but said parents should not read it as a reason to force a reluctant child onto a long walk.

"Sleep is driven by a lot of things. Light in the morning, exercise, less time in the car with a phone," he said. "This study can't tell you which of those matters."

Only about 1 in 10 children in the country walk or bike to school, down from nearly half in 1969, according to federal transportation surveys.

In Marlow County, where the study's largest group of children lived, health officials have spent two years trying to persuade parents to let children walk. The county's walking school bus program, in which volunteers lead groups of children along set routes, now runs at 31 schools, said Teodora Grigsby, who manages it for the county health department.

Grigsby said the biggest obstacle was not distance but traffic. Parents told the department in a 2025 survey that fast cars and missing sidewalks were their top reasons for driving, she said.

"You can't ask a parent to send a 9-year-old across a five-lane road," she said.

The researchers say their next study will test whether adding crossing guards on two routes changes how many children walk — and how they sleep. The study was funded by the Halvorsen Foundation, which had no role in its design, the authors said.

Related: What pediatricians say about screens before bed
''',
    s(STUDY, 'Ashford study', 'Kids who walk to school sleep better', 'finds'),
    s('Researchers at Ashford University', 'researchers', 'the effect is small and may reflect which families can walk at all', 'say'),
    s(STUDY, 'a study published Monday in the Journal of Pediatric Behavior', 'Children who walk or bike to school fall asleep about 14 minutes earlier on school nights than those who are driven', 'according to'),
    s(STUDY, 'The study', 'the difference held after the researchers accounted for|walked more than 15 minutes each way', 'found'),
    s(FAIR, "Dr. Naomi Fairweather-Oyelowo, an epidemiologist at Ashford and the study's lead author", '"We were honestly surprised at how consistent it was,"', 'said', 'direct', role=FAIR_ROLE),
    s(FAIR, '', '"Rich neighborhoods, poor neighborhoods, big cities, small ones — the walkers slept more."', '', 'direct', role=FAIR_ROLE),
    s(AUTHORS, AUTHORS, 'the study shows an association, not a cause', 'caution'),
    s(AUTHORS, 'they', ['Families who live close enough to walk may differ in ways the researchers could not measure', 'and children who sleep poorly may be less likely to want to walk in the first place'], 'write'),
    s('Leonard Pike-Hastings', "Dr. Leonard Pike-Hastings, a pediatric sleep specialist at Lakemont Children's Hospital who was not involved in the research", 'the study "careful and useful"', 'called', 'mixed', role=PIKE_ROLE),
    s('Leonard Pike-Hastings', "Dr. Leonard Pike-Hastings, a pediatric sleep specialist at Lakemont Children's Hospital who was not involved in the research", 'parents should not read it as a reason to force a reluctant child onto a long walk', 'said', role=PIKE_ROLE),
    s('Leonard Pike-Hastings', 'he', '"Sleep is driven by a lot of things. Light in the morning, exercise, less time in the car with a phone,"', 'said', 'direct', role=PIKE_ROLE),
    s('Leonard Pike-Hastings', '', '"This study can\'t tell you which of those matters."', '', 'direct', role=PIKE_ROLE),
    s('federal transportation surveys', 'federal transportation surveys', 'Only about 1 in 10 children in the country walk or bike to school, down from nearly half in 1969', 'according to'),
    s('Teodora Grigsby', 'Teodora Grigsby, who manages it for the county health department', "The county's walking school bus program|now runs at 31 schools", 'said'),
    s('Teodora Grigsby', 'Grigsby', 'the biggest obstacle was not distance but traffic', 'said'),
    s('Teodora Grigsby', 'she', 'Parents told the department in a 2025 survey that fast cars and missing sidewalks were their top reasons for driving', 'said'),
    s('Parents', 'Parents', 'fast cars and missing sidewalks were their top reasons for driving', 'told', nested=True, via='Teodora Grigsby'),
    s('Teodora Grigsby', 'she', '"You can\'t ask a parent to send a 9-year-old across a five-lane road,"', 'said', 'direct'),
    s('Researchers at Ashford University', 'The researchers', 'their next study will test whether adding crossing guards on two routes changes how many children walk — and how they sleep', 'say'),
    s(AUTHORS, 'the authors', 'The study was funded by the Halvorsen Foundation, which had no role in its design', 'said'),
)

GALLAGHER = 'Falcons coach'
STRAND = 'Rockets coach'

doc('l08-sports-rockets-falcons', 'The Port Ellery Sentinel', '2026-12-01', '''
Rockets rally past Falcons 4-3 in overtime as Dubois scores twice

By Kieran Mott-Sandoval
Special to the Sentinel
Dec. 1, 2026

PORT ELLERY — Jonas Dubois scored twice, including the winner 2:14 into overtime, and the Port Ellery Rockets rallied from a two-goal deficit to beat the Harrow Falcons 4-3 on Sunday night.

Mattias Kerr added a goal and two assists for the Rockets (14-8-2), who have won four straight. Goaltender Ravi Sundqvist stopped 31 shots, including a point-blank chance by Harrow's Leo Brandvold with 40 seconds left in regulation.

"He stole one for us tonight," Dubois said of Sundqvist. "We didn't deserve to be in overtime. He made sure we were."

Harrow (11-12-1) led 3-1 after two periods on goals by Brandvold, Tate Okafor and Emil Ruutu, and appeared to be in control until Kerr cut the lead to one at 6:45 of the third. Dubois tied it with 3:12 remaining, tipping a Kerr shot past Falcons goaltender Aaron Ostby. Okafor's goal, a wrist shot from the slot, was his first in 19 games.

The referees called Harrow for two penalties in the final eight minutes, and Falcons coach Marty Gallagher-Reyes did not hide his frustration afterward.

"I thought they were soft calls, both of them, and you can't call that in the last ten minutes of a tied game, or a game we're leading," Gallagher-Reyes said. "But we had a two-goal lead in the third period. That's on us, not on the referees."

He added that defenseman Nils Harju, who left in the second period after blocking a shot, would have an X-ray on his right foot Monday.

Rockets coach Evelyn Strand-Kaminski called it "a character win" and said her team had talked between periods about "playing for the next shift, not the scoreboard."

Sundqvist, who claimed the starting job in October after an injury to veteran Paul Ambrose, shrugged off the praise. "The guys in front of me blocked eight shots. I saw the easy ones," he said.

The loss dropped the Falcons three points behind Lakemont for the final playoff spot in the Northern Division, and Brandvold said the room was "pretty quiet."

"We know what this one cost us," he said.

A crowd of 11,204 watched, the Rockets announced, the largest at the arena this season.

NOTES: Rockets RW Calder Moss (upper body) missed his third straight game; Strand-Kaminski said he is "day to day." ... The Falcons recalled F Jesse Nakai from their minor league affiliate before the game.

UP NEXT
Falcons: Host Lakemont on Wednesday.
Rockets: At Granby on Tuesday.
''',
    s('Jonas Dubois', 'Dubois', '"He stole one for us tonight,"', 'said', 'direct'),
    s('Jonas Dubois', '', '"We didn\'t deserve to be in overtime. He made sure we were."', '', 'direct'),
    s('Marty Gallagher-Reyes', 'Gallagher-Reyes', '"I thought they were soft calls, both of them|or a game we\'re leading,"', 'said', 'direct', role=GALLAGHER),
    s('Marty Gallagher-Reyes', '', '"But we had a two-goal lead in the third period. That\'s on us, not on the referees."', '', 'direct', role=GALLAGHER),
    s('Marty Gallagher-Reyes', 'He', 'defenseman Nils Harju, who left in the second period after blocking a shot, would have an X-ray on his right foot Monday', 'added', role=GALLAGHER),
    s('Evelyn Strand-Kaminski', 'Rockets coach Evelyn Strand-Kaminski', 'it "a character win"', 'called', 'mixed', role=STRAND),
    s('Evelyn Strand-Kaminski', 'Rockets coach Evelyn Strand-Kaminski', 'her team had talked between periods about "playing for the next shift, not the scoreboard."', 'said', 'mixed', role=STRAND),
    s('Ravi Sundqvist', 'he', '"The guys in front of me blocked eight shots. I saw the easy ones,"', 'said', 'direct', role='Goaltender'),
    s('Leo Brandvold', 'Brandvold', 'the room was "pretty quiet."', 'said', 'mixed'),
    s('Leo Brandvold', 'he', '"We know what this one cost us,"', 'said', 'direct'),
    s('Port Ellery Rockets', 'the Rockets', ['A crowd of 11,204 watched', 'the largest at the arena this season'], 'announced', anchor='A crowd of 11,204'),
    s('Evelyn Strand-Kaminski', 'Strand-Kaminski', 'he is "day to day."', 'said', 'mixed', role=STRAND),
)

DAUGHTER = 'Ruth Ann Brennagh-Calloway'

doc('l09-obituary-walter-brennagh', 'The Port Ellery Sentinel', '2026-11-28', '''
Walter Brennagh, Who Fought to Save Port Ellery’s Waterfront, Dies at 91

A retired longshoreman turned organizer, he led a decade-long campaign that stopped a highway from cutting the city off from its harbor.

By Sylvie Okonjo-March
Nov. 28, 2026

Walter Brennagh at Harborfront Park in 2006. Credit: Sentinel archive

Walter Brennagh, a retired longshoreman who spent the 1970s and ’80s fighting a highway that would have walled off Port Ellery from its harbor, and who later helped turn the abandoned docks into the city’s most visited park, died on Nov. 24 at his home in the city’s North End. He was 91.

The cause was complications of pneumonia, his daughter, Ruth Ann Brennagh-Calloway, said.

Mr. Brennagh was 44 and had worked on the docks for 26 years when the state unveiled plans in 1978 for the Harbor Expressway, an elevated six-lane road along the waterfront. He had no experience in politics, but he knew, he later said, that “a highway on stilts is a wall, no matter what the engineers call it.”

He organized meetings in union halls and church basements and, by his own account, knocked on “every door between the fish market and the rail yard.” The group he founded, the Harbor Defense League, grew to 3,000 members by 1981, according to a history published by the Port Ellery Historical Society.

“Walter could talk to a governor and a crane operator in the same voice, and both of them thought he was on their side,” said Frances Ydstie-Mbeki, who was the league’s secretary and later served two terms on the City Council. “Usually he was on the crane operator’s.”

The state dropped the expressway plan in 1988. Gov. Albert Ravensworth, who had championed the road, said at the time that it had become “politically impossible,” and he blamed “a small group of very loud people.” Mr. Brennagh had the quote framed and hung it in his kitchen.

In a 2011 interview with The Sentinel, Mr. Brennagh said he did not consider himself an activist. “I was a longshoreman who got mad,” he said. “There’s a difference. An activist goes home when it’s over.”

He went on to serve on the board that designed Harborfront Park, which opened in 1996 on 40 acres of former piers, and friends recalled that he walked its length nearly every morning until last year.

Walter Joseph Brennagh was born on March 3, 1935, in Port Ellery, the fifth of seven children of Irish immigrants. His father, Michael, was also a longshoreman; his mother, the former Agnes Tully, cleaned offices downtown. He left school at 16 to work on the docks.

His wife of 58 years, Maureen (Doyle) Brennagh, died in 2016. In addition to his daughter, he is survived by two sons, Michael and Patrick; eight grandchildren; and four great-grandchildren.

Mayor Constance Ebbers-Lund said in a statement on Tuesday that the city would lower flags at Harborfront Park to half-staff through the weekend. “Every person who walks along that water owes Walter a thank-you,” she said.

His daughter said the family had asked that, instead of flowers, people “go sit by the water for an hour.”

“That was his church,” she said.

Correction: An earlier version of this obituary misstated the year Harborfront Park opened. It was 1996, not 1998.
''',
    s(DAUGHTER, 'his daughter, Ruth Ann Brennagh-Calloway', 'The cause was complications of pneumonia', 'said', role='daughter'),
    s('Walter Brennagh', 'he', ['he knew', '“a highway on stilts is a wall, no matter what the engineers call it.”'], 'said', 'mixed', anchor='but he knew, he later said'),
    s('Walter Brennagh', 'his', 'knocked on “every door between the fish market and the rail yard.”', 'by his own account', 'mixed'),
    s('Port Ellery Historical Society', 'a history published by the Port Ellery Historical Society', 'The group he founded, the Harbor Defense League, grew to 3,000 members by 1981', 'according to'),
    s('Frances Ydstie-Mbeki', 'Frances Ydstie-Mbeki, who was the league’s secretary and later served two terms on the City Council', '“Walter could talk to a governor and a crane operator in the same voice, and both of them thought he was on their side,”', 'said', 'direct', role='league’s secretary'),
    s('Frances Ydstie-Mbeki', '', '“Usually he was on the crane operator’s.”', '', 'direct', role='league’s secretary'),
    s('Albert Ravensworth', 'Gov. Albert Ravensworth, who had championed the road', 'it had become “politically impossible,”', 'said', 'mixed', role='Gov.', date='1988'),
    s('Albert Ravensworth', 'he', '“a small group of very loud people.”', 'blamed', 'direct', role='Gov.', date='1988'),
    s('Walter Brennagh', 'Mr. Brennagh', 'he did not consider himself an activist', 'said', date='2011'),
    s('Walter Brennagh', 'he', '“I was a longshoreman who got mad,”', 'said', 'direct', date='2011'),
    s('Walter Brennagh', '', '“There’s a difference. An activist goes home when it’s over.”', '', 'direct', date='2011'),
    s('friends', 'friends', 'he walked its length nearly every morning until last year', 'recalled'),
    s('Constance Ebbers-Lund', 'Mayor Constance Ebbers-Lund', 'the city would lower flags at Harborfront Park to half-staff through the weekend', 'said', role='Mayor'),
    s('Constance Ebbers-Lund', 'she', '“Every person who walks along that water owes Walter a thank-you,”', 'said', 'direct', role='Mayor'),
    s(DAUGHTER, 'His daughter', 'the family had asked that, instead of flowers, people “go sit by the water for an hour.”', 'said', 'mixed', role='daughter'),
    s(DAUGHTER, 'she', '“That was his church,”', 'said', 'direct', role='daughter'),
)

ESP = 'Esperanza Quilapán-Reid'

doc('l10-feature-calloway-laundromat', 'The Harbour Courier', '2026-11-28', '''
On Calloway Street, a laundromat owner keeps the lights on for everyone

By Ingrid Sato-Fairbanks
Saturday, November 28, 2026

For 31 years, Esperanza Quilapán-Reid has opened the Suds & Soda Laundromat at 6 a.m. every day but Christmas. She has seen the neighbourhood around Calloway Street turn over three times: Portuguese families, then students, now young couples pushing strollers past the new wine bar where the hardware store used to be.

On a recent Tuesday, Ms. Quilapán-Reid, 66, was folding a stranger’s towels — a regular who had to run to a shift — and explaining why she will not sell, although she said she had received four offers in the past two years, the largest for $2.3-million.

The laundromat, she said, is not really a business anymore. It makes enough to pay the property taxes and her part-time helper, and some months not that. What it does, she said, is give people a place to be warm and to charge their phones and to wait without anybody asking them to buy something.

Her late husband, Douglas Reid, bought the building in 1995 with money from a workplace injury settlement. He wanted to retire at 60 and sell it. He died at 58, in 2009, and she kept it.

“Doug would tell me I’m crazy,” she said. “He’d be right. But he’d also be here at six in the morning, folding.”

Sign up for the Courier’s Neighbourhoods newsletter: stories from your street, every Friday.

The regulars have their own account. Kofi Amankwah-Bell, 43, a courier who has done his laundry there since he moved to the city in 2012, said Ms. Quilapán-Reid lent him $400 for rent during his first winter and never asked for it back. He paid it back anyway, he said, in instalments of $20 a week, and she wrote each payment in a spiral notebook she still keeps behind the counter. He was not sure she had ever needed the money. He was sure he had.

The city councillor for the ward, Bettina Harrowgate-Singh, said the city’s new zoning plan would allow six-storey buildings along Calloway Street, and that she expected “enormous pressure” on owners of single-storey commercial buildings like the laundromat. She said she had asked city staff to study a tax deferral for long-time small business owners; a report is due in the spring.

“Places like Esperanza’s are the neighbourhood’s living room,” she said. “Once they’re gone, we don’t get them back.”

Not everyone on the street is sentimental. Raj Dhillon-Ferris, who owns the building next door and is negotiating to sell it to a developer, said the neighbourhood needs housing more than it needs laundromats. Rents in the area rose 11 per cent last year, according to the Harbour Rental Registry.

“I like Esperanza. Everybody likes Esperanza,” he said. “But you can’t keep a city the way it was in 1995 because you like somebody.”

Ms. Quilapán-Reid said she has heard that argument and does not entirely disagree with it. She has a plan of her own: when she cannot work any more, she wants to give the business to her helper, Marisol, a 29-year-old who has worked there for six years. Marisol, she said, knows where everything is and “talks to the machines nicer than I do.”

Asked whether Marisol knew about the plan, Ms. Quilapán-Reid laughed. “She knows now,” she said, looking at the young woman by the dryers, who shook her head and kept folding.
''',
    s(ESP, 'she', 'she had received four offers in the past two years, the largest for $2.3-million', 'said'),
    s(ESP, 'she', ['The laundromat', 'is not really a business anymore'], 'said', anchor='The laundromat, she said'),
    s(ESP, 'she', ['What it does', 'is give people a place to be warm|without anybody asking them to buy something'], 'said', anchor='What it does, she said'),
    s(ESP, 'she', '“Doug would tell me I’m crazy,”', 'said', 'direct'),
    s(ESP, '', '“He’d be right. But he’d also be here at six in the morning, folding.”', '', 'direct'),
    s('Kofi Amankwah-Bell', 'Kofi Amankwah-Bell, 43, a courier who has done his laundry there since he moved to the city in 2012', 'Ms. Quilapán-Reid lent him $400 for rent during his first winter and never asked for it back', 'said', role='courier'),
    s('Kofi Amankwah-Bell', 'he', ['He paid it back anyway', 'in instalments of $20 a week|still keeps behind the counter'], 'said', role='courier', anchor='He paid it back anyway'),
    s('Bettina Harrowgate-Singh', 'The city councillor for the ward, Bettina Harrowgate-Singh', 'the city’s new zoning plan would allow six-storey buildings along Calloway Street, and that she expected “enormous pressure”|like the laundromat', 'said', 'mixed', role='city councillor for the ward'),
    s('Bettina Harrowgate-Singh', 'She', 'she had asked city staff to study a tax deferral for long-time small business owners', 'said', role='city councillor for the ward'),
    s('Bettina Harrowgate-Singh', 'she', '“Places like Esperanza’s are the neighbourhood’s living room,”', 'said', 'direct', role='city councillor for the ward'),
    s('Bettina Harrowgate-Singh', '', '“Once they’re gone, we don’t get them back.”', '', 'direct', role='city councillor for the ward'),
    s('Raj Dhillon-Ferris', 'Raj Dhillon-Ferris, who owns the building next door and is negotiating to sell it to a developer', 'the neighbourhood needs housing more than it needs laundromats', 'said'),
    s('Harbour Rental Registry', 'the Harbour Rental Registry', 'Rents in the area rose 11 per cent last year', 'according to'),
    s('Raj Dhillon-Ferris', 'he', '“I like Esperanza. Everybody likes Esperanza,”', 'said', 'direct'),
    s('Raj Dhillon-Ferris', '', '“But you can’t keep a city the way it was in 1995 because you like somebody.”', '', 'direct'),
    s(ESP, 'Ms. Quilapán-Reid', 'she has heard that argument and does not entirely disagree with it', 'said'),
    s(ESP, 'she', ['Marisol', 'knows where everything is and “talks to the machines nicer than I do.”'], 'said', 'mixed', anchor='Marisol, she said'),
    s(ESP, 'she', '“She knows now,”', 'said', 'direct'),
)

FENWICK = 'Councilman'

doc('l11-opinion-delancey-bike-lanes', 'The Port Ellery Sentinel', '2026-12-02', '''
OPINION

Port Ellery’s bike lanes aren’t a war on cars. Stop pretending they are.

By Theo Marchand-Osei, Sentinel columnist
Dec. 2, 2026

Every few years this city picks a fight over paint, and every few years the fight goes the same way. Somebody draws a line on a road, somebody else calls it the end of civilization, and the line gets erased before anyone has checked whether it worked.

We are doing it again on Delancey Avenue, and this time we should stop.

The protected lanes that went in on Delancey in April have had a rough fall. Councilman Dale Fenwick-Ames told a neighborhood meeting last month that they were “a war on anyone who drives to work,” and he has filed a motion to remove them before the spring. A petition with 2,400 signatures says the lanes have “destroyed” parking for Delancey’s shops.

I ride that lane most mornings. I also drive it most evenings. I can report that the sky has not fallen, and the numbers back me up.

According to the city’s own traffic counts, car travel times on Delancey at rush hour rose by about 40 seconds after the lanes opened, while the number of crashes with injuries fell from 17 in the same months of last year to six. The fire department says its average response time in the corridor actually improved by 12 seconds, because drivers now pull into the bike lane to let trucks pass.

Critics say the lanes have emptied the street’s shops. I went and asked. Nadia Kourosh, who has run a bakery on Delancey for nine years, told me her sales are up 8 percent this year, and that most of her new customers “come on two wheels or two feet.” The owner of the hardware store across the street, Bill Tarrant, was less happy. He said he had lost “a few contractors who can’t park a truck out front,” and he is right that loading zones were an afterthought in the design. That is a fixable problem, not a reason to tear the whole thing out.

Fenwick-Ames, to his credit, conceded when I called him on Monday that the crash numbers were “hard to argue with.” But he said his constituents “didn’t ask for this” and that the city had not held enough public meetings before the lanes went in. On that last point, he has a case. The city held one.

Here is what I would do. Keep the lanes. Add the loading zones the shop owners have asked for. Hold the meetings now, late as they are. And give the experiment the two years the transportation department promised, not seven months.

The Delancey lanes are not a war on cars. They are a modest bet that a street can carry more than one kind of traffic safely. The early numbers look like a bet that is paying off. We should be brave enough to let it finish.

Theo Marchand-Osei is a Sentinel columnist. Email him at tmarchand@pesentinel.com. The views expressed are his own.
''',
    s('Dale Fenwick-Ames', 'Councilman Dale Fenwick-Ames', 'they were “a war on anyone who drives to work,”', 'told', 'mixed', role=FENWICK),
    s('A petition with 2,400 signatures', 'A petition with 2,400 signatures', 'the lanes have “destroyed” parking for Delancey’s shops', 'says', 'mixed'),
    s('the city’s own traffic counts', 'the city’s own traffic counts', 'car travel times on Delancey at rush hour rose by about 40 seconds|from 17 in the same months of last year to six', 'According to'),
    s('The fire department', 'The fire department', 'its average response time in the corridor actually improved by 12 seconds|to let trucks pass', 'says'),
    s('Critics', 'Critics', 'the lanes have emptied the street’s shops', 'say'),
    s('Nadia Kourosh', 'Nadia Kourosh, who has run a bakery on Delancey for nine years', 'her sales are up 8 percent this year, and that most of her new customers “come on two wheels or two feet.”', 'told', 'mixed'),
    s('Bill Tarrant', 'He', 'he had lost “a few contractors who can’t park a truck out front,”', 'said', 'mixed', role='owner of the hardware store across the street'),
    s('Dale Fenwick-Ames', 'Fenwick-Ames', 'the crash numbers were “hard to argue with.”', 'conceded', 'mixed', role=FENWICK),
    s('the shop owners', 'the shop owners', 'the loading zones', 'have asked for'),
    s('the transportation department', 'the transportation department', 'the two years', 'promised'),
    s('Dale Fenwick-Ames', 'he', 'his constituents “didn’t ask for this” and that the city had not held enough public meetings before the lanes went in', 'said', 'mixed', role=FENWICK),
)

doc('l12-explainer-question-3-transit-tax', 'The Kessling Ledger', '2026-11-27', '''
Question 3, explained: What a vote on the Port Ellery transit tax would do

By Rhea Castellano-Brandt
Nov. 27, 2026 Updated 3:10 p.m.

Ballots are already in the mail for the Dec. 8 special election in Braddock County. Here is what you need to know about Question 3, the half-cent sales tax for buses and light rail.

Q: What would Question 3 do?

A: It would raise the sales tax in Braddock County from 6.5 cents to 7 cents on the dollar for 20 years. The money would go to the Metro Transit Authority for more frequent buses, a light-rail line from downtown Port Ellery to the airport, and repairs to the county's 41 park-and-ride lots.

Q: How much money is that?

A: The county's nonpartisan Office of Ballot Review estimates the tax would raise about $180 million a year. The transit authority says about $95 million of that would go to bus service, $60 million to the rail line and the rest to maintenance and debt.

Q: Who supports it?

A: The Better Transit Coalition, which includes the county's largest hospital system, the chamber of commerce and three unions, has raised $3.1 million for the yes campaign, according to campaign finance reports. "This is the cheapest congestion relief anybody is ever going to offer this county," said the coalition's chair, Imani Westbrook-Hale.

Q: Who opposes it?

A: The Kessling Taxpayers Alliance and most of the county's Republican legislators. The alliance argues that sales taxes fall hardest on low-income families and that the transit authority has not shown it can finish projects on budget. Its spokesman, Gordon Pell, pointed to the authority's last rail extension, which opened in 2019 two years late and $140 million over budget.

"They are asking for a blank check from the same people who lost the last one," Pell said.

Q: The governor says the tax will hit poor families hardest. Is that true?

A: Partly. Sales taxes take a bigger share of income from poorer households than from richer ones, and Gov. Stanley Okereke, a Republican, has said he will vote no for that reason. But groceries and prescription drugs are exempt from the county sales tax, which narrows the gap. An analysis by the Kessling Budget Project, a left-leaning research group, found that a family earning $40,000 would pay about $95 a year more, and one earning $150,000 about $230.

Q: What happens if it fails?

A: The authority's chief executive, Lucian Oyelaran-Pike, has said the rail line would be shelved and that bus service would be cut by about 10 percent in 2028, when federal pandemic-era money runs out. Opponents say that is a scare tactic.

Q: When do I have to vote?

A: Ballots must be received, not postmarked, by 8 p.m. on Dec. 8. Drop boxes are listed on the county elections website.

Read more: Our full coverage of the Dec. 8 special election
''',
    s('Office of Ballot Review', "The county's nonpartisan Office of Ballot Review", 'the tax would raise about $180 million a year', 'estimates'),
    s('Metro Transit Authority', 'The transit authority', 'about $95 million of that would go to bus service, $60 million to the rail line and the rest to maintenance and debt', 'says'),
    s('campaign finance reports', 'campaign finance reports', "The Better Transit Coalition, which includes the county's largest hospital system|has raised $3.1 million for the yes campaign", 'according to'),
    s('Imani Westbrook-Hale', "the coalition's chair, Imani Westbrook-Hale", '"This is the cheapest congestion relief anybody is ever going to offer this county,"', 'said', 'direct', role="coalition's chair"),
    s('Kessling Taxpayers Alliance', 'The alliance', 'sales taxes fall hardest on low-income families and that the transit authority has not shown it can finish projects on budget', 'argues'),
    s('Gordon Pell', 'Its spokesman, Gordon Pell', "the authority's last rail extension, which opened in 2019 two years late and $140 million over budget", 'pointed to', role='spokesman'),
    s('Gordon Pell', 'Pell', '"They are asking for a blank check from the same people who lost the last one,"', 'said', 'direct', role='spokesman'),
    s('Stanley Okereke', 'The governor', 'the tax will hit poor families hardest', 'says', role='Gov.'),
    s('Stanley Okereke', 'Gov. Stanley Okereke, a Republican', 'he will vote no for that reason', 'has said', role='Gov.'),
    s('Kessling Budget Project', 'An analysis by the Kessling Budget Project, a left-leaning research group', 'a family earning $40,000 would pay about $95 a year more, and one earning $150,000 about $230', 'found'),
    s('Lucian Oyelaran-Pike', "The authority's chief executive, Lucian Oyelaran-Pike", 'the rail line would be shelved and that bus service would be cut by about 10 percent in 2028|runs out', 'has said', role='chief executive'),
    s('Opponents', 'Opponents', 'that is a scare tactic', 'say'),
)

HALLORAN = 'campaign spokesman'
ORTEGA = 'health economist at Kessling State University'

doc('l13-factcheck-hospitals-voss', 'The Kessling Ledger', '2026-11-29', '''
FACT CHECK: Did three Kessling hospitals close ‘on Voss’s watch’?

By Lydia Pembrook-Asante
Ledger Truth Meter
Nov. 29, 2026

THE CLAIM: “Three hospitals closed on his watch.” — Dana Whitcomb, Democratic Senate candidate

THE VERDICT: Mostly true, but the ad built on it goes further than the facts.

Dana Whitcomb, the Democrat challenging Sen. Harlan Voss, has made rural hospital closures the centerpiece of her campaign. In an interview on Nov. 26, she said Voss needed to “explain why three hospitals closed on his watch.” Her campaign’s newest television ad goes further: it says “three hospitals closed while Harlan Voss sat in Washington and did nothing.”

Three hospitals did close in Kessling after Voss took office in January 2015: St. Brigid’s in Oak Run in 2019, Carver Valley Medical Center in 2021 and Tillman County Regional Hospital in 2024, according to the Kessling Hospital Association.

The Voss campaign says the claim is misleading. “Senators don’t run hospitals,” campaign spokesman Brett Halloran said in an email. He said the closures were driven by “decades of falling population and a national staffing crisis,” and noted that Voss had co-sponsored a 2023 bill to raise Medicare payments to rural hospitals.

That bill never got a vote.

Experts we spoke with said the senator’s record is mixed. Camille Ortega-Hewitt, a health economist at Kessling State University, said federal policy “plays a real role” in rural hospital finances, and that Voss voted in 2017 for Medicaid cuts that all three hospitals would have felt. But she said no single senator could fairly be blamed for a closure.

“It’s fair to say these closed on his watch. It’s not fair to say they closed because of him,” she said.

Whitcomb’s words are accurate. Three hospitals closed during Voss’s time in office. The ad’s “did nothing” is not: Voss introduced or co-sponsored four bills on rural hospital payments, none of which passed. We rate the claim Mostly True.

Voss, for his part, has claimed that he “saved” a fourth hospital, in Granby Falls, by winning it a $12 million federal grant in 2020. That’s false.

The grant was awarded through a competitive program run by the federal Department of Agriculture. Voss wrote a letter of support, as did Whitcomb, then the attorney general, and both of the state’s House members, according to grant records obtained by the Ledger. A department spokeswoman, Hanne Lidstrom, said letters of support “are considered but do not determine awards.”

SOURCES: Interview with Dana Whitcomb, Nov. 26; Kessling Hospital Association closure list; email from Brett Halloran, Nov. 28; interview with Camille Ortega-Hewitt; federal grant records.

Have a claim you want checked? Email truthmeter@kesslingledger.com.
''',
    s('Dana Whitcomb', 'Dana Whitcomb', '“Three hospitals closed on his watch.”', '', 'direct', role='Democratic Senate candidate'),
    s('Dana Whitcomb', 'she', 'Voss needed to “explain why three hospitals closed on his watch.”', 'said', 'mixed', role='Democratic Senate candidate'),
    s('Her campaign’s newest television ad', 'it', '“three hospitals closed while Harlan Voss sat in Washington and did nothing.”', 'says', 'direct'),
    s('Kessling Hospital Association', 'the Kessling Hospital Association', 'Three hospitals did close in Kessling after Voss took office in January 2015|Tillman County Regional Hospital in 2024', 'according to'),
    s('The Voss campaign', 'The Voss campaign', 'the claim is misleading', 'says'),
    s('Brett Halloran', 'campaign spokesman Brett Halloran', '“Senators don’t run hospitals,”', 'said', 'direct', role=HALLORAN),
    s('Brett Halloran', 'He', 'the closures were driven by “decades of falling population and a national staffing crisis,”', 'said', 'mixed', role=HALLORAN),
    s('Brett Halloran', 'He', 'Voss had co-sponsored a 2023 bill to raise Medicare payments to rural hospitals', 'noted', role=HALLORAN),
    s('Experts we spoke with', 'Experts we spoke with', 'the senator’s record is mixed', 'said'),
    s('Camille Ortega-Hewitt', 'Camille Ortega-Hewitt, a health economist at Kessling State University', 'federal policy “plays a real role” in rural hospital finances, and that Voss voted in 2017 for Medicaid cuts that all three hospitals would have felt', 'said', 'mixed', role=ORTEGA),
    s('Camille Ortega-Hewitt', 'she', 'no single senator could fairly be blamed for a closure', 'said', role=ORTEGA),
    s('Camille Ortega-Hewitt', 'she', '“It’s fair to say these closed on his watch. It’s not fair to say they closed because of him,”', 'said', 'direct', role=ORTEGA),
    s('Harlan Voss', 'Voss', 'he “saved” a fourth hospital, in Granby Falls, by winning it a $12 million federal grant in 2020', 'has claimed', 'mixed', role='Sen.'),
    s('grant records obtained by the Ledger', 'grant records obtained by the Ledger', 'Voss wrote a letter of support, as did Whitcomb, then the attorney general, and both of the state’s House members', 'according to'),
    s('Hanne Lidstrom', 'A department spokeswoman, Hanne Lidstrom', 'letters of support “are considered but do not determine awards.”', 'said', 'mixed', role='department spokeswoman'),
)

ANAND = "city's water director"
RECORDS = 'emails and internal memos obtained by the Sentinel'
MEMO = 'internal memo dated July 9'
BRINK = 'deputy director'
BAPT = 'Yolanda Baptiste-Moore'

doc('l14-cityhall-eastgate-lead', 'The Port Ellery Sentinel', '2026-12-03', '''
City knew of lead readings for months before notifying Eastgate families, records show

By Omar Haddad-Lindgren and Celeste Whitfield-Park
Dec. 3, 2026

Port Ellery water officials received test results showing elevated lead levels at 14 homes in the Eastgate neighborhood as early as June but did not notify residents until last week, according to emails and internal memos obtained by the Sentinel through a public records request.

The delay, which the city's water director, Phillip Anand-Sorensen, who took the job in March after 20 years at a utility in another state, acknowledged in an interview Tuesday was "a mistake, and mine," meant that families with young children kept drinking unfiltered tap water for as long as five months.

The notification letters should have gone out "the week we had the numbers," Mayor Constance Ebbers-Lund, who said she was first briefed on the results in late September, told reporters Wednesday, adding that she had ordered an outside review.

An internal memo dated July 9, written by a water quality supervisor, warned that the readings — as high as 41 parts per billion, nearly three times the federal action level — "require immediate notification under our own policy." The memo says the supervisor had been told by a deputy director to wait for a second round of tests.

Water department crews replace a service line on Linden Avenue on Tuesday. (Sentinel photo)

The supervisor, who still works for the department, declined to be interviewed. The deputy director, Lowell Brinkerhoff, retired in October. Reached by phone Tuesday, he said the second round of tests was "standard practice" and that no one had told him to hide anything.

"We weren't sitting on it," Brinkerhoff said. "We were checking it. There's a difference."

He added that the department had been short-staffed all summer. He continued: "If you want to blame somebody, blame the budget."

Two city officials familiar with the matter, who spoke on condition of anonymity because they were not authorized to discuss personnel issues, said the department had opened an internal investigation into the delay. One of them said at least one employee had been placed on leave.

On Linden Avenue, where three of the 14 homes are, Yolanda Baptiste-Moore said she learned of the results from a neighbor's Facebook post, not from the city. She has a 2-year-old and a 5-year-old. She bought bottled water for months last year during a boil notice and had stopped, she said, because she had been told the water was fine.

"Nobody came to my door. Nobody called," she said. "They had my number. They call me every month about the bill."

The city said in a statement Tuesday that it would provide free filters and testing to every home in Eastgate and would replace lead service lines on the 14 properties by March. According to the statement, about 2,900 homes in the neighborhood still have lead service lines.

A spokeswoman for the state Department of Environmental Quality, Lena Ruiz-Achterberg, said the agency had not been told about the results until Nov. 20 and was "reviewing whether the city met its reporting obligations." State rules require notification within 30 days, she said.

City Councilman Hector Villanueva-Price, whose ward includes Eastgate, called for Anand-Sorensen's resignation on Tuesday, saying the department had "failed the most basic test a water utility has." The mayor's office said she continues to have confidence in the director.

Anand-Sorensen said he would not resign.

"I'm the one who found this," he said. "I'd like to be the one who fixes it."
''',
    s(RECORDS, 'records', 'City knew of lead readings for months before notifying Eastgate families', 'show'),
    s(RECORDS, 'emails and internal memos obtained by the Sentinel through a public records request', 'Port Ellery water officials received test results|did not notify residents until last week', 'according to'),
    s('Phillip Anand-Sorensen', "the city's water director, Phillip Anand-Sorensen, who took the job in March after 20 years at a utility in another state", ['The delay', 'was "a mistake, and mine,"'], 'acknowledged', 'mixed', role=ANAND, anchor='The delay, which'),
    s('Constance Ebbers-Lund', 'Mayor Constance Ebbers-Lund', 'The notification letters should have gone out "the week we had the numbers,"', 'told', 'mixed', role='Mayor'),
    s('Constance Ebbers-Lund', 'who', 'she was first briefed on the results in late September', 'said', role='Mayor'),
    s('Constance Ebbers-Lund', 'Mayor Constance Ebbers-Lund', 'she had ordered an outside review', 'adding', role='Mayor'),
    s(MEMO, 'An internal memo dated July 9, written by a water quality supervisor', 'the readings — as high as 41 parts per billion|"require immediate notification under our own policy."', 'warned', 'mixed'),
    s(MEMO, 'The memo', 'the supervisor had been told by a deputy director to wait for a second round of tests', 'says'),
    s('Lowell Brinkerhoff', 'he', 'the second round of tests was "standard practice" and that no one had told him to hide anything', 'said', 'mixed', role=BRINK),
    s('Lowell Brinkerhoff', 'Brinkerhoff', '"We weren\'t sitting on it,"', 'said', 'direct', role=BRINK),
    s('Lowell Brinkerhoff', '', '"We were checking it. There\'s a difference."', '', 'direct', role=BRINK),
    s('Lowell Brinkerhoff', 'He', 'the department had been short-staffed all summer', 'added', role=BRINK),
    s('Lowell Brinkerhoff', 'He', '"If you want to blame somebody, blame the budget."', 'continued', 'direct', role=BRINK),
    s('Two city officials familiar with the matter', 'Two city officials familiar with the matter, who spoke on condition of anonymity because they were not authorized to discuss personnel issues', 'the department had opened an internal investigation into the delay', 'said'),
    s('One of them', 'One of them', 'at least one employee had been placed on leave', 'said'),
    s(BAPT, 'Yolanda Baptiste-Moore', "she learned of the results from a neighbor's Facebook post, not from the city", 'said'),
    s(BAPT, 'she', ['She bought bottled water for months last year during a boil notice and had stopped', 'because she had been told the water was fine'], 'said', anchor='She bought bottled water'),
    s(BAPT, 'she', '"Nobody came to my door. Nobody called,"', 'said', 'direct'),
    s(BAPT, '', '"They had my number. They call me every month about the bill."', '', 'direct'),
    s('The city', 'The city', 'it would provide free filters and testing to every home in Eastgate|on the 14 properties by March', 'said'),
    s('The city', 'the statement', 'about 2,900 homes in the neighborhood still have lead service lines', 'According to'),
    s('Lena Ruiz-Achterberg', 'A spokeswoman for the state Department of Environmental Quality, Lena Ruiz-Achterberg', 'the agency had not been told about the results until Nov. 20 and was "reviewing whether the city met its reporting obligations."', 'said', 'mixed', role='spokeswoman for the state Department of Environmental Quality'),
    s('Lena Ruiz-Achterberg', 'she', 'State rules require notification within 30 days', 'said', role='spokeswoman for the state Department of Environmental Quality'),
    s('Hector Villanueva-Price', 'City Councilman Hector Villanueva-Price, whose ward includes Eastgate', "Anand-Sorensen's resignation", 'called for', role='City Councilman'),
    s('Hector Villanueva-Price', 'City Councilman Hector Villanueva-Price, whose ward includes Eastgate', 'the department had "failed the most basic test a water utility has."', 'saying', 'mixed', role='City Councilman'),
    s("The mayor's office", "The mayor's office", 'she continues to have confidence in the director', 'said'),
    s('Phillip Anand-Sorensen', 'Anand-Sorensen', 'he would not resign', 'said', role=ANAND),
    s('Phillip Anand-Sorensen', 'he', '"I\'m the one who found this,"', 'said', 'direct', role=ANAND),
    s('Phillip Anand-Sorensen', '', '"I\'d like to be the one who fixes it."', '', 'direct', role=ANAND),
)

write('invented_l_gold.jsonl', per_document=True)
