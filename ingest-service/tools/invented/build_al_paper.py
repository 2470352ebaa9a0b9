"""Set AL's five North American newspaper articles (see build_al.py)."""
from invented_common import doc_spans as doc, s

KADE = 'Kadence Wilmot'
ORVL = 'Orville Tench'
BAPT = 'Rosalind Baptiste'

doc('al12-paper-merrow-county-fair-feature', 'Calloway Springs Ledger', '2033-08-14', '''
At the Merrow County Fair, a steer named Biscuit and a girl who would not sell him short

Kadence Wilmot has been awake since 4:15 a.m., and it shows only in the way she keeps yawning into the sleeve of her white show shirt.

The 15-year-old from Tolliver Creek is crouched in the straw of barn C at the Merrow County Fairgrounds, brushing the flank of a 1,290-pound black steer named Biscuit with the concentration of a surgeon. In three hours, Biscuit will walk into the show ring. By Saturday night, he will belong to someone else.

"People think you can't love an animal you're raising to sell, and they're wrong," she says, not looking up. "You love him the whole time. That's why you take care of him right."

This is the 112th Merrow County Fair, and by the numbers it is doing fine. More than 61,000 people came through the gates in the first four days, up about 8% from last year, according to the fair board. The midway has 27 rides, the grandstand has a demolition derby on Friday and a tractor pull on Saturday, and the corn dog stand by the main gate ran out of batter twice on Tuesday.

But fair board president Orville Tench, who has run the fair for 19 years, says the numbers are not what keeps him up at night.

"It's the barns. Every year we have fewer kids showing livestock, because every year there are fewer farms," Tench says, standing in the doorway of the swine barn with a clipboard under his arm. "If the barns go empty, this is just a carnival with a parking lot."

There are 214 young exhibitors in the livestock shows this year, he says, compared with more than 400 when he started.

Wilmot's family has 60 acres outside Tolliver Creek, where her father keeps a few head of cattle and works nights at the feed mill in Harlan City. She bought Biscuit as a calf last October with $1,100 she saved from babysitting and a summer job at a farm stand.

Her mother, Trisha Wilmot, watches from a folding chair at the end of the aisle.

"She walked him every morning before school, even in January, in the dark," Trisha Wilmot says. "I'd look out the kitchen window and see a flashlight going around the pasture."

Across the fairgrounds, in the air-conditioned exhibit hall, Rosalind Baptiste is cutting a one-inch wedge out of her 23rd cherry pie of the morning.

Baptiste, a retired home economics teacher, has judged baking at the fair since 2009. She tastes every entry, she says, but rarely finishes one.

"The crust tells you everything. If the bottom is pale, I already know what happened, and I can be nice about it, but I know," she says.

The pie contest drew 86 entries this year, a record, which Baptiste credits to a baking show that has been popular on television. The blue ribbon in the fruit category went to a 78-year-old from Dunmore who has entered every year since 1981 and had never won.

Back in barn C, the steer show runs long. When Wilmot finally leads Biscuit into the ring, he balks once at the gate and then settles. The judge, a rancher from the next county over, spends a long time running his hand along the steer's back.

Biscuit places third in his class. Wilmot shakes the judge's hand and walks Biscuit back to his stall.

She will sell him at the youth auction on Saturday. Last year, the grand champion steer went for $14 a pound, bought by a car dealership in Harlan City. A third-place steer usually brings less.

"I'm going to cry on Saturday. I already told my mom," she says. "Then I'm going to buy another calf."
''',
    s(KADE, 'she', '"People think you can\'t love an animal you\'re raising to sell, and they\'re wrong,"', 'says', 'direct'),
    s(KADE, '', '"You love him the whole time. That\'s why you take care of him right."', '', 'direct'),
    s('fair board', 'the fair board', 'More than 61,000 people came through the gates in the first four days, up about 8% from last year', 'according to'),
    s(ORVL, 'fair board president Orville Tench, who has run the fair for 19 years', 'the numbers are not what keeps him up at night', 'says', role='fair board president'),
    s(ORVL, 'Tench', '"It\'s the barns. Every year we have fewer kids showing livestock, because every year there are fewer farms,"', 'says', 'direct', role='fair board president'),
    s(ORVL, '', '"If the barns go empty, this is just a carnival with a parking lot."', '', 'direct', role='fair board president'),
    s(ORVL, 'he', ['There are 214 young exhibitors in the livestock shows this year,', 'compared with more than 400 when he started'], 'says', role='fair board president'),
    s('Trisha Wilmot', 'Trisha Wilmot', '"She walked him every morning before school, even in January, in the dark,"', 'says', 'direct'),
    s('Trisha Wilmot', '', '"I\'d look out the kitchen window and see a flashlight going around the pasture."', '', 'direct'),
    s(BAPT, 'she', ['She tastes every entry,', 'but rarely finishes one'], 'says', role='retired home economics teacher'),
    s(BAPT, 'she', '"The crust tells you everything.|but I know,"', 'says', 'direct', role='retired home economics teacher'),
    s(BAPT, 'Baptiste', 'a baking show that has been popular on television', 'credits', role='retired home economics teacher'),
    s(KADE, 'she', '"I\'m going to cry on Saturday. I already told my mom,"', 'says', 'direct'),
    s(KADE, '', '"Then I\'m going to buy another calf."', '', 'direct'),
)

PRUE = 'Delphine Prue'
R_PRUE = 'Assistant District Attorney'
GASK = 'Marcus Gaskell'
R_GASK = 'defense attorney'
OKAF = 'Nnamdi Okafor-Reyes'
R_OKAF = 'medical examiner'
HARK = 'Dwayne Harker'

doc('al13-paper-harker-murder-trial-testimony', 'Braddock Valley Courier', '2033-04-27', '''
Medical examiner says Lanesboro victim was struck at least four times; defense questions timeline

Jurors in the murder trial of Dwayne Harker heard on Tuesday from the medical examiner who performed the autopsy on Colleen Ostby, the 34-year-old Lanesboro bartender whose body was found in a drainage ditch off Route 9 in November 2032.

Dr. Nnamdi Okafor-Reyes, a deputy medical examiner for Braddock County, testified that Ostby died of blunt force injuries to the head and had been struck at least four times with an object that had "a narrow, rounded edge," consistent with a tire iron or a length of pipe.

"Any one of the two blows to the back of the skull would have been fatal," he told the jury. "She would have lost consciousness very quickly."

Harker, 41, of Lanesboro, is charged with second-degree murder. He has pleaded not guilty. Prosecutors say he killed Ostby, his former girlfriend, after she told him she was moving to Ohio with another man. Harker's lawyers say he was at home with his brother the night she disappeared.

Under questioning by Assistant District Attorney Delphine Prue, Okafor-Reyes said the condition of the body indicated that Ostby had died between 10 p.m. on Nov. 3 and 4 a.m. the next morning.

That window is at the heart of the case. Harker's brother, Lyle Harker, told police in a statement read to the jury last week that Dwayne Harker was at the brothers' house on Crane Street from about 9 p.m. until the next afternoon.

On cross-examination, defense attorney Marcus Gaskell pressed the medical examiner on how precise that estimate could be, given that the body lay outdoors for two days in temperatures near freezing.

"Isn't it true, Doctor, that cold slows all of the changes you rely on?" Gaskell asked.

Okafor-Reyes agreed that cold weather made estimates "less certain," but said he had taken the temperature into account. He said he would not move the window by more than two hours in either direction.

The jury also heard from Ostby's younger sister, Bridget Ostby-Lang, who wept as she described a phone call on the evening of Nov. 3.

"She said, 'Dwayne is outside again, and he won't leave.' I told her to call the police. She said she would handle it," Ostby-Lang testified. Her sister sounded frightened but not panicked, she said.

Gaskell asked Ostby-Lang whether her sister had ever told her that Harker had hurt her. She said her sister never had.

Later in the afternoon, Detective Sgt. Warren Pike of the state police testified that a tire iron was missing from the trunk of Harker's pickup truck when investigators searched it on Nov. 8. Pike said Harker told detectives he had lent the tire iron to a friend, but could not say which one.

Gaskell suggested during cross-examination that the tire iron could have been missing for months. Pike said he had no way of knowing when it went missing.

Superior Court Judge Annette Valcourt told jurors to expect the prosecution to rest its case on Thursday. The defense has said it will call four witnesses, including Lyle Harker.

Outside the courthouse, Ostby's father, Gerald Ostby, said the family had sat through every day of the trial and would keep coming.

"We're not here for revenge. We're here because Colleen can't be," he said.

Gaskell declined to comment on the day's testimony, saying only that the jury "has heard half of the story."

If convicted, Harker faces up to 25 years to life in prison.
''',
    s(OKAF, 'Medical examiner', 'Lanesboro victim was struck at least four times', 'says', role=R_OKAF),
    s(GASK, 'defense', 'timeline', 'questions', role=R_GASK),
    s(OKAF, 'Dr. Nnamdi Okafor-Reyes, a deputy medical examiner for Braddock County', 'Ostby died of blunt force injuries to the head|consistent with a tire iron or a length of pipe', 'testified', 'mixed', role='deputy medical examiner'),
    s(OKAF, 'he', '"Any one of the two blows to the back of the skull would have been fatal,"', 'told', 'direct', role='deputy medical examiner'),
    s(OKAF, '', '"She would have lost consciousness very quickly."', '', 'direct', role='deputy medical examiner'),
    s(HARK, 'He', 'not guilty', 'has pleaded'),
    s('Prosecutors', 'Prosecutors', 'he killed Ostby, his former girlfriend, after she told him she was moving to Ohio with another man', 'say'),
    s("Harker's lawyers", "Harker's lawyers", 'he was at home with his brother the night she disappeared', 'say'),
    s(OKAF, 'Okafor-Reyes', 'the condition of the body indicated that Ostby had died|4 a.m. the next morning', 'said', role='deputy medical examiner'),
    s('Lyle Harker', "Harker's brother, Lyle Harker", "Dwayne Harker was at the brothers' house on Crane Street from about 9 p.m. until the next afternoon", 'told'),
    s(OKAF, 'Okafor-Reyes', 'cold weather made estimates "less certain,"', 'agreed', 'mixed', role='deputy medical examiner'),
    s(OKAF, '', 'he had taken the temperature into account', 'said', role='deputy medical examiner'),
    s(OKAF, 'He', 'he would not move the window by more than two hours in either direction', 'said', role='deputy medical examiner'),
    s('Bridget Ostby-Lang', 'Ostby-Lang', '"She said, \'Dwayne is outside again, and he won\'t leave.\' I told her to call the police. She said she would handle it,"', 'testified', 'direct'),
    s('Bridget Ostby-Lang', 'she', 'Her sister sounded frightened but not panicked', 'said'),
    s('Bridget Ostby-Lang', 'She', 'her sister never had', 'said'),
    s('Warren Pike', 'Detective Sgt. Warren Pike of the state police', "a tire iron was missing from the trunk of Harker's pickup truck when investigators searched it on Nov. 8", 'testified', role='Detective Sgt.'),
    s('Warren Pike', 'Pike', 'Harker told detectives he had lent the tire iron to a friend, but could not say which one', 'said', role='Detective Sgt.'),
    s(GASK, 'Gaskell', 'the tire iron could have been missing for months', 'suggested', role=R_GASK),
    s('Warren Pike', 'Pike', 'he had no way of knowing when it went missing', 'said', role='Detective Sgt.'),
    s('Annette Valcourt', 'Superior Court Judge Annette Valcourt', 'the prosecution to rest its case on Thursday', 'told jurors to expect', role='Superior Court Judge'),
    s(GASK, 'The defense', 'it will call four witnesses, including Lyle Harker', 'has said', role=R_GASK),
    s('Gerald Ostby', "Ostby's father, Gerald Ostby", 'the family had sat through every day of the trial and would keep coming', 'said'),
    s('Gerald Ostby', 'he', '"We\'re not here for revenge. We\'re here because Colleen can\'t be,"', 'said', 'direct'),
    s(GASK, '', 'the jury "has heard half of the story."', 'saying', 'mixed', role=R_GASK),
)

LNA = 'Lakeview Nurses Association'
FERR = 'Jolene Ferraro'
R_FERR = 'president'
HOSP = 'St. Brendan Regional Medical Center'
DUQ = 'Amelie Duquette'

doc('al14-paper-st-brendan-nurses-contract-vote', 'Lakeview Tribune', '2033-06-11', '''
St. Brendan nurses approve contract that caps patient loads, ending 14 months of talks

Nurses at St. Brendan Regional Medical Center voted overwhelmingly Tuesday to approve a three-year contract that sets limits on how many patients each nurse can care for, a provision the union called the most important gain in its 40-year history.

The Lakeview Nurses Association said 1,482 of its members cast ballots over two days and 91% voted yes. The union represents about 1,750 registered nurses at the hospital, the largest employer in Lakeview.

"This is the first contract in this state that puts a number on safe care," said Jolene Ferraro, the union's president and a nurse in the cardiac step-down unit for 22 years. "For years management told us it couldn't be done. Now it's in writing."

Under the agreement, nurses in medical-surgical units will care for no more than five patients per shift, and nurses in intensive care for no more than two. The limits phase in over 18 months, according to a summary the union distributed to members.

Pay rises 14% over three years, with an additional 3% for nurses with more than 15 years of experience. The contract also ends the hospital's use of mandatory overtime except in declared emergencies.

The vote ends a dispute that began when the previous contract expired in April 2032 and that brought two one-day strikes last fall, the first at the hospital since 1998. During the second strike, the hospital brought in about 400 replacement nurses from an agency in Texas at a cost it put at $6.2 million.

Hospital spokeswoman Amelie Duquette said in a statement that St. Brendan was "pleased to have reached an agreement that recognizes the extraordinary work of our nurses." The hospital would begin hiring about 160 additional nurses this summer to meet the staffing limits, she said.

In an interview, St. Brendan's chief nursing officer, Graham Lindqvist, said the limits would be a challenge in winter, when flu and respiratory illnesses fill the hospital. But he said he believed they would also help the hospital keep nurses it has been losing to travel agencies.

"We were training nurses for two years and then watching them leave for jobs that paid more and asked less. If this keeps them here, it pays for itself," Lindqvist said.

Not every nurse was satisfied. Several nurses in the emergency department said the contract did not set a firm limit for their unit, where staffing will instead be reviewed by a joint committee.

"On a bad night we have eight, nine patients each, and some of them in the hallway. The committee is a promise, not a number," said Priya Vanterpool, an emergency nurse who said she voted no.

Ferraro acknowledged that the emergency department was "the piece we didn't finish" and said the union would return to it in two years.

State Rep. Conrad Blaisdell, a Lakeview Democrat who has sponsored a bill to set statewide staffing ratios, called the contract "a blueprint" and said he would hold hearings on his bill in the fall. The Lakeview Hospital Council, which represents the state's hospitals, has opposed the bill, arguing that a shortage of nurses makes fixed ratios impossible to meet in rural areas.

The hospital's board of trustees is expected to formally approve the contract at its meeting next week.
''',
    s(LNA, 'the union', 'the most important gain in its 40-year history', 'called'),
    s(LNA, 'The Lakeview Nurses Association', '1,482 of its members cast ballots over two days and 91% voted yes', 'said'),
    s(FERR, "Jolene Ferraro, the union's president and a nurse in the cardiac step-down unit for 22 years", '"This is the first contract in this state that puts a number on safe care,"', 'said', 'direct', role=R_FERR),
    s(FERR, '', '"For years management told us it couldn\'t be done. Now it\'s in writing."', '', 'direct', role=R_FERR),
    s('a summary', 'a summary the union distributed to members', 'The limits phase in over 18 months', 'according to'),
    s(DUQ, 'Hospital spokeswoman Amelie Duquette', 'St. Brendan was "pleased to have reached an agreement that recognizes the extraordinary work of our nurses."', 'said', 'mixed', role='Hospital spokeswoman'),
    s(DUQ, 'she', 'The hospital would begin hiring about 160 additional nurses this summer to meet the staffing limits', 'said', role='Hospital spokeswoman'),
    s('Graham Lindqvist', "St. Brendan's chief nursing officer, Graham Lindqvist", 'the limits would be a challenge in winter, when flu and respiratory illnesses fill the hospital', 'said', role='chief nursing officer'),
    s('Graham Lindqvist', 'he', 'he believed they would also help the hospital keep nurses it has been losing to travel agencies', 'said', role='chief nursing officer'),
    s('Graham Lindqvist', 'Lindqvist', '"We were training nurses for two years|it pays for itself,"', 'said', 'direct', role='chief nursing officer'),
    s('Several nurses in the emergency department', 'Several nurses in the emergency department', 'the contract did not set a firm limit for their unit|reviewed by a joint committee', 'said'),
    s('Priya Vanterpool', 'who', 'she voted no', 'said', role='emergency nurse'),
    s('Priya Vanterpool', 'Priya Vanterpool, an emergency nurse who said she voted no', '"On a bad night we have eight, nine patients each|a promise, not a number,"', 'said', 'direct', role='emergency nurse'),
    s(FERR, 'Ferraro', 'the emergency department was "the piece we didn\'t finish"', 'acknowledged', 'mixed', role=R_FERR),
    s(FERR, '', 'the union would return to it in two years', 'said', role=R_FERR),
    s('Conrad Blaisdell', 'State Rep. Conrad Blaisdell, a Lakeview Democrat who has sponsored a bill to set statewide staffing ratios', 'the contract "a blueprint"', 'called', 'mixed', role='State Rep.'),
    s('Conrad Blaisdell', '', 'he would hold hearings on his bill in the fall', 'said', role='State Rep.'),
    s('Lakeview Hospital Council', "The Lakeview Hospital Council, which represents the state's hospitals", 'the bill', 'has opposed'),
    s('Lakeview Hospital Council', '', 'a shortage of nurses makes fixed ratios impossible to meet in rural areas', 'arguing'),
)

DOYL = 'Brent Doyle'
R_DOYL = 'Miners coach'
AKIN = 'Tobias Akinwande'

doc('al15-paper-harlan-state-football-comeback', 'Harlan City Herald', '2033-10-16', '''
Akinwande's late strike lifts Harlan State past Wexford in wild finish

HARLAN CITY - For three quarters on Saturday, Harlan State's offense looked like it had left the bus at a rest stop somewhere on the interstate.

Then Tobias Akinwande found his footing.

The junior quarterback threw two touchdown passes in the final 6 minutes, 12 seconds, the second a 38-yarder to Deshawn Pruitt with 19 seconds left, as the Harlan State Miners rallied from a 24-10 deficit to beat Wexford 27-24 before 41,300 at Cutler Field.

"I was pressing. I was trying to win the game on every snap instead of just playing the snap in front of me," said Akinwande, who was 9 of 22 for 87 yards and an interception in the first three quarters and 11 of 13 for 164 yards after that. "At some point you just breathe."

Miners coach Brent Doyle said he never considered replacing Akinwande, even after the interception that Wexford returned for a touchdown early in the third quarter.

"He's our guy. You don't get to be our guy in September and stop being our guy in the third quarter because of one bad throw," Doyle said.

The win keeps Harlan State (6-1, 4-0 Lakeland Conference) unbeaten in conference play and sets up a showdown next week at Ridgemont, the only other unbeaten team in the league.

Wexford (4-3, 2-2) had dominated for most of the afternoon behind running back Caleb Stroud, who ran for 141 yards and two touchdowns. The Bobcats held the ball for more than 22 minutes of the first half.

Wexford coach Lyle Manganaro blamed his team's collapse on penalties. The Bobcats were flagged 11 times for 96 yards, including a pass interference call on third-and-8 that kept Harlan State's final drive alive.

"We had them beat. We had them beat twice. Eleven penalties, you're not going to win a road game in this league, I don't care who you are," Manganaro said.

Asked about the pass interference call, Manganaro said he had not seen a replay and would not comment on the officiating.

Pruitt, a sophomore from Ellery, said he had told Akinwande on the sideline before the final drive that the Wexford cornerback was sitting on short routes. "I told him, 'Give me one shot deep, I'm going to win it.' He looked at me and said, 'Then win it,'" Pruitt said.

He did, catching the ball in stride at the 10-yard line and walking into the end zone. Pruitt finished with six catches for 118 yards.

The Miners' defense also deserves credit, Doyle said. After allowing 17 points in the first half, Harlan State held Wexford to one field goal over the final 30 minutes, and linebacker Mateo Villaseñor forced a fumble that set up the first of the two late touchdowns.

"At halftime, the coaches didn't yell. They just showed us on the tablet where we were out of position," Villaseñor said. "It was the same mistake, like, six times."

Harlan State kicker Ben Ostrowski, who missed an extra point in last week's win over Dunmore, made both of his attempts and a 44-yard field goal.

Doyle called next week's game at Ridgemont "the biggest one this program has played in a long time" and said he expected a sellout.
''',
    s(AKIN, 'Akinwande, who was 9 of 22 for 87 yards and an interception in the first three quarters and 11 of 13 for 164 yards after that', '"I was pressing. I was trying to win the game on every snap instead of just playing the snap in front of me,"', 'said', 'direct', role='junior quarterback'),
    s(AKIN, '', '"At some point you just breathe."', '', 'direct', role='junior quarterback'),
    s(DOYL, 'Miners coach Brent Doyle', 'he never considered replacing Akinwande|early in the third quarter', 'said', role=R_DOYL),
    s(DOYL, 'Doyle', '"He\'s our guy.|because of one bad throw,"', 'said', 'direct', role=R_DOYL),
    s('Lyle Manganaro', 'Wexford coach Lyle Manganaro', "his team's collapse on penalties", 'blamed', role='Wexford coach'),
    s('Lyle Manganaro', 'Manganaro', '"We had them beat. We had them beat twice.|I don\'t care who you are,"', 'said', 'direct', role='Wexford coach'),
    s('Lyle Manganaro', 'Manganaro', 'he had not seen a replay and would not comment on the officiating', 'said', role='Wexford coach'),
    s('Deshawn Pruitt', 'Pruitt, a sophomore from Ellery', 'he had told Akinwande on the sideline before the final drive that the Wexford cornerback was sitting on short routes', 'said', role='sophomore'),
    s('Deshawn Pruitt', 'Pruitt', '"I told him, \'Give me one shot deep, I\'m going to win it.\' He looked at me and said, \'Then win it,\'"', 'said', 'direct', role='sophomore'),
    s(DOYL, 'Doyle', "The Miners' defense also deserves credit", 'said', role=R_DOYL),
    s('Mateo Villaseñor', 'Villaseñor', '"At halftime, the coaches didn\'t yell. They just showed us on the tablet where we were out of position,"', 'said', 'direct', role='linebacker'),
    s('Mateo Villaseñor', '', '"It was the same mistake, like, six times."', '', 'direct', role='linebacker'),
    s(DOYL, 'Doyle', 'next week\'s game at Ridgemont "the biggest one this program has played in a long time"', 'called', 'mixed', role=R_DOYL),
    s(DOYL, '', 'he expected a sellout', 'said', role=R_DOYL),
)

TOWN = 'Sharon Townsend-Mabry'
R_TOWN = 'attorney'
IBAR = 'Luis Ibarra'
R_IBAR = 'housing inspector'

doc('al16-paper-ridgeline-landlord-evictions-investigation', 'Port Alder Standard', '2033-11-20', '''
One landlord, 412 eviction cases: How a Port Alder company empties its buildings

Tenants say Ridgeline Property Partners files for eviction over small debts and stops making repairs; company's lawyer says it follows the law

By Nadia Forsberg-Quaye, Standard staff

PORT ALDER - In the three years since Ridgeline Property Partners bought its first apartment building in Port Alder, the company has filed 412 eviction cases in Alder County District Court, more than any other landlord in the city, according to a Standard review of court records.

The company owns 9 buildings with about 640 units, most of them on the city's east side. That means Ridgeline has filed an eviction case, on average, for roughly two of every three apartments it owns.

Many of the cases involved small sums. In 131 of them, the amount Ridgeline claimed was less than $1,500, the records show. In at least 40, the tenant had already paid the rent, or most of it, by the time of the court hearing.

Tenants in four Ridgeline buildings described a pattern: late fees stacked on top of rent, notices taped to doors over a few days' delay, and repairs that did not come.

Marisol Quintanilla has lived for 11 years in a two-bedroom apartment at 1400 Harbor Avenue, where Ridgeline took over in 2031. She said the company filed against her twice in 2032, once over $740 and once over $312, both times after she had told the office that her paycheck from the school cafeteria would be a few days late.

"They don't call you. They don't knock. You find out from the court," Quintanilla said. "The second time, I brought the money order to the hearing, and their lawyer took it and the judge dismissed it. But it's still on my record."

An eviction filing, even one that is dismissed, can appear on tenant screening reports for up to seven years, housing advocates say.

Other tenants said repairs stopped after the company took over. Ahmed Belkacem, who lives with his wife and three children at 88 Lister Street, said his kitchen ceiling had leaked since February and that mold now covered part of the wall behind the refrigerator.

Luis Ibarra, a city housing inspector, said he had inspected 88 Lister Street three times this year and cited Ridgeline for 27 code violations, including broken smoke detectors, no heat in two units and a back stairway he described as "one storm away from collapse."

"Some of these violations I have written up three times. They fix one, another one appears, and the families are living in it the whole time," Ibarra said.

City records show Ridgeline has paid $18,400 in fines for code violations since 2031.

Sharon Townsend-Mabry, an attorney who represents Ridgeline, said in a written response to questions from the Standard that the company "follows every applicable law and every court procedure" and that eviction is "always a last resort." She said Ridgeline had invested more than $4 million in its buildings, including new roofs and boilers, and that many of the code violations had been caused by tenants.

In a follow-up interview, Townsend-Mabry said the number of filings reflected "a disciplined approach to rent collection" rather than an effort to push people out. "A filing is often the only way to get a tenant to the table," she said.

The company's managing partner, Harmon Kessler, did not respond to messages left at Ridgeline's office and at his home.

City Council member Ines Parrado-Lowe said she would introduce an ordinance next month that would require landlords to offer a payment plan before filing for eviction over debts of less than two months' rent. "A court is not a collection agency," she said.

Quintanilla said she had started looking for another apartment. She has not found one she can afford.
''',
    s('Tenants', 'Tenants', 'Ridgeline Property Partners files for eviction over small debts and stops making repairs', 'say'),
    s(TOWN, "company's lawyer", 'it follows the law', 'says', role=R_TOWN),
    s('court records', 'the records', 'In 131 of them, the amount Ridgeline claimed was less than $1,500', 'show'),
    s('Tenants in four Ridgeline buildings', 'Tenants in four Ridgeline buildings', "a pattern: late fees stacked on top of rent|repairs that did not come", 'described'),
    s('Marisol Quintanilla', 'She', 'the company filed against her twice in 2032|would be a few days late', 'said'),
    s('Marisol Quintanilla', 'Quintanilla', '"They don\'t call you. They don\'t knock. You find out from the court,"', 'said', 'direct'),
    s('Marisol Quintanilla', '', '"The second time, I brought the money order to the hearing|But it\'s still on my record."', '', 'direct'),
    s('housing advocates', 'housing advocates', 'An eviction filing, even one that is dismissed, can appear on tenant screening reports for up to seven years', 'say'),
    s('Other tenants', 'Other tenants', 'repairs stopped after the company took over', 'said'),
    s('Ahmed Belkacem', 'Ahmed Belkacem, who lives with his wife and three children at 88 Lister Street', 'his kitchen ceiling had leaked since February and that mold now covered part of the wall behind the refrigerator', 'said'),
    s(IBAR, 'Luis Ibarra, a city housing inspector', 'he had inspected 88 Lister Street three times this year and cited Ridgeline for 27 code violations|"one storm away from collapse."', 'said', 'mixed', role=R_IBAR),
    s(IBAR, 'Ibarra', '"Some of these violations I have written up three times.|living in it the whole time,"', 'said', 'direct', role=R_IBAR),
    s('City records', 'City records', 'Ridgeline has paid $18,400 in fines for code violations since 2031', 'show'),
    s(TOWN, 'Sharon Townsend-Mabry, an attorney who represents Ridgeline', 'the company "follows every applicable law and every court procedure" and that eviction is "always a last resort."', 'said', 'mixed', role=R_TOWN),
    s(TOWN, 'She', 'Ridgeline had invested more than $4 million in its buildings|had been caused by tenants', 'said', role=R_TOWN),
    s(TOWN, 'Townsend-Mabry', 'the number of filings reflected "a disciplined approach to rent collection" rather than an effort to push people out', 'said', 'mixed', role=R_TOWN),
    s(TOWN, 'she', '"A filing is often the only way to get a tenant to the table,"', 'said', 'direct', role=R_TOWN),
    s('Ines Parrado-Lowe', 'City Council member Ines Parrado-Lowe', "she would introduce an ordinance next month|less than two months' rent", 'said', role='City Council member'),
    s('Ines Parrado-Lowe', 'she', '"A court is not a collection agency,"', 'said', 'direct', role='City Council member'),
    s('Marisol Quintanilla', 'Quintanilla', 'she had started looking for another apartment', 'said'),
)
