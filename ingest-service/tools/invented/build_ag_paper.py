"""Set AG's five North American newspaper articles (see build_ag.py)."""
from invented_common import doc_spans as doc, s

OKEKE = 'Bernadette Okeke-Strand'
FALL = 'Ross Fallowfield'
LAWYER = 'Marcus Delahunt'
MAYOR = 'Colleen Varga'
PALM = 'Judith Palmqvist'

doc('ag12-paper-harrowgate-council-zoning-tower-fight', 'The Harrowgate Sentinel', '2033-05-17', '''
Council backs 22-storey tower on Quarry Road after seven-hour meeting

Residents vow appeal; developer's lawyer calls opposition 'fear of change'

By Anneke Drummond

Harrowgate city council voted 7-4 early Wednesday to rezone a former lumberyard on Quarry Road for a 22-storey apartment tower, ending a seven-hour meeting in which more than 60 residents lined up to speak, most of them against the project.

The decision clears the way for Tamrack Living to build 318 rental units, 40 of them at below-market rents, on a site zoned for light industry and low-rise homes since 1987.

Coun. Bernadette Okeke-Strand, who represents the ward, voted against the rezoning and said the tower was "three times too tall for a street of bungalows."

"Nobody in this room is against housing. We are against a building that ignores every rule we wrote for this neighbourhood two years ago," she told council shortly before midnight.

Coun. Ross Fallowfield, who chairs the planning committee, said the city could not meet its housing targets if every large project was cut down to the height its neighbours preferred.

"We have 4,000 people on the waiting list for affordable housing. Forty of them will get a home here. That is not nothing," he said.

Marcus Delahunt, a lawyer for Tamrack Living, told council that the company had already lowered the tower from 26 storeys and added a public laneway and a daycare at the base in response to the concerns of residents.

"At some point, the objection is not to the height, or the shadows, or the traffic. It is a fear of change," Delahunt said, drawing groans from the public gallery.

Residents disputed that description.

Marguerite Olsen-Baptiste, who has lived on Quarry Road for 41 years, said the traffic study commissioned by the developer had counted cars on a school holiday. "Come on a Tuesday in October," she said. "You will count them until you fall asleep."

Another resident, Terrence Whitlock, presented a petition with 2,300 signatures asking council to cap the site at eight storeys.

City planning staff had recommended approval. In their report, they concluded that the site was close enough to the Quarry Road light rail station to justify the density under the city's official plan.

Mayor Colleen Varga, who voted in favour, acknowledged that the process had left many residents feeling unheard and said she would ask staff to review how the city consults neighbours on large rezonings.

"I don't think anyone leaves tonight happy, and maybe that is what a compromise looks like," Varga said.

The Quarry Road Residents' Association said Wednesday that it would appeal the decision to the provincial land tribunal. Its chair, Judith Palmqvist, said the group had raised $18,000 for legal fees in a week.

"They think we will get tired. We have been here longer than their company has existed," Palmqvist said.

An appeal could delay construction by a year or more. Tamrack Living said in an emailed statement that it was "confident the decision will be upheld" and still hoped to break ground in the spring.
''',
    s(LAWYER, "developer's lawyer", "opposition 'fear of change'", 'calls', 'mixed', role='lawyer'),
    s("The Quarry Road Residents' Association", 'Residents', 'appeal', 'vow'),
    s(OKEKE, 'Coun. Bernadette Okeke-Strand', 'the tower was "three times too tall for a street of bungalows."', 'said', 'mixed', role='Coun.'),
    s(OKEKE, 'she', '"Nobody in this room is against housing. We are against a building that ignores every rule we wrote for this neighbourhood two years ago,"', 'told', 'direct', role='Coun.'),
    s(FALL, 'Coun. Ross Fallowfield', 'the city could not meet its housing targets if every large project was cut down to the height its neighbours preferred', 'said', role='Coun.'),
    s(FALL, 'he', '"We have 4,000 people on the waiting list for affordable housing. Forty of them will get a home here. That is not nothing,"', 'said', 'direct', role='Coun.'),
    s(LAWYER, 'Marcus Delahunt, a lawyer for Tamrack Living', 'the company had already lowered the tower from 26 storeys and added a public laneway and a daycare at the base in response to the concerns of residents', 'told', role='lawyer'),
    s(LAWYER, 'Delahunt', '"At some point, the objection is not to the height, or the shadows, or the traffic. It is a fear of change,"', 'said', 'direct', role='lawyer'),
    s('Residents', 'Residents', 'that description', 'disputed'),
    s('Terrence Whitlock', 'a petition with 2,300 signatures', 'council to cap the site at eight storeys', 'asking', role='resident'),
    s('City planning staff', 'City planning staff', 'approval', 'had recommended'),
    s('Marguerite Olsen-Baptiste', 'Marguerite Olsen-Baptiste', 'the traffic study commissioned by the developer had counted cars on a school holiday', 'said'),
    s('Marguerite Olsen-Baptiste', 'she', '"Come on a Tuesday in October,"', 'said', 'direct'),
    s('Marguerite Olsen-Baptiste', '', '"You will count them until you fall asleep."', '', 'direct'),
    s('City planning staff', 'they', "the site was close enough to the Quarry Road light rail station to justify the density under the city's official plan", 'concluded'),
    s(MAYOR, 'Mayor Colleen Varga', 'the process had left many residents feeling unheard', 'acknowledged', role='Mayor'),
    s(MAYOR, 'Mayor Colleen Varga', 'she would ask staff to review how the city consults neighbours on large rezonings', 'said', role='Mayor'),
    s(MAYOR, 'Varga', '"I don\'t think anyone leaves tonight happy, and maybe that is what a compromise looks like,"', 'said', 'direct', role='Mayor'),
    s("The Quarry Road Residents' Association", "The Quarry Road Residents' Association", 'it would appeal the decision to the provincial land tribunal', 'said'),
    s(PALM, 'Its chair, Judith Palmqvist', 'the group had raised $18,000 for legal fees in a week', 'said', role='chair'),
    s(PALM, 'Palmqvist', '"They think we will get tired. We have been here longer than their company has existed,"', 'said', 'direct', role='chair'),
    s('Tamrack Living', 'Tamrack Living', 'it was "confident the decision will be upheld" and still hoped to break ground in the spring', 'said', 'mixed'),
)

DEF = 'Curtis Lyle Banning'
JUDGE = 'Miriam Achterberg'
R_JUDGE = 'Superior Court Judge'
PROS = 'Delphine Marchetti'
R_PROS = 'Deputy District Attorney'
DEFL = 'Owen Szabo-Reyes'
MOTHER = 'Lorraine Pettigrew'

doc('ag13-paper-banning-murder-trial-verdict', 'Cascadia Ledger', '2033-02-24', '''
Jury convicts Banning of second-degree murder in death of Eastgate bartender

After 11 hours of deliberation, victim's family weeps; defense vows appeal

By Tomasz Wexler

A Pine County jury on Thursday found Curtis Lyle Banning guilty of second-degree murder in the 2031 shooting death of Eastgate bartender Jonah Pettigrew, rejecting his claim that he fired in self-defense during a fight outside the bar.

The jury of seven women and five men deliberated for about 11 hours over two days before returning the verdict shortly after 3 p.m. Banning, 34, showed no visible reaction as it was read. He faces 16 years to life in prison.

Superior Court Judge Miriam Achterberg set sentencing for April 11 and ordered Banning held without bail.

Pettigrew's mother, Lorraine Pettigrew, sat in the second row of the gallery holding a photograph of her son. When the clerk read the word "guilty," she bent forward and sobbed.

"I have waited two years to hear somebody in that room say what happened to my boy," she said outside the courthouse. "It doesn't bring him back. But it's the truth, and now it's written down."

Deputy District Attorney Delphine Marchetti had told jurors in her closing argument that Banning went to his car, took a pistol from the glove box and walked back across the parking lot before firing three times.

"That walk took 40 seconds. Forty seconds is time to drive away. He chose to walk back," Marchetti said.

After the verdict, she said the jury had "looked carefully at every frame of that video" and reached the only conclusion the evidence allowed.

Banning's lawyer, Owen Szabo-Reyes, argued throughout the two-week trial that his client had been punched to the ground by Pettigrew and another man minutes earlier and believed they were coming after him again.

Szabo-Reyes said he would file a motion for a new trial and, if it was denied, an appeal. He told reporters the judge had wrongly excluded testimony about a threat Pettigrew allegedly made to Banning a week before the shooting.

"The jury heard half the story. We'll ask a higher court whether that was fair," he said.

Marchetti said she would ask for the maximum sentence of life in prison.

Banning did not testify. His sister, Renata Banning, who attended every day of the trial, left the courthouse without speaking to reporters.

Jurors declined to comment as they left.

During the trial, the bar's manager testified that Pettigrew had asked Banning to leave after he harassed two women at the bar, and that the fight began when Banning refused.

Before dismissing the jury, Achterberg thanked its members for their service and told them they had done "one of the hardest things a citizen can be asked to do."

Outside, about 20 of Pettigrew's friends and co-workers gathered on the courthouse steps, several wearing T-shirts printed with his photograph.

"He was the guy who walked everybody to their car at closing," said Amber Castellanos, who worked with Pettigrew for three years. "Every single night."
''',
    s(DEFL, 'defense', 'appeal', 'vows', role='lawyer'),
    s(MOTHER, 'she', '"I have waited two years to hear somebody in that room say what happened to my boy,"', 'said', 'direct', role='mother'),
    s(MOTHER, '', '"It doesn\'t bring him back. But it\'s the truth, and now it\'s written down."', '', 'direct', role='mother'),
    s(PROS, 'Deputy District Attorney Delphine Marchetti', 'Banning went to his car, took a pistol from the glove box and walked back across the parking lot before firing three times', 'had told', role=R_PROS),
    s(PROS, 'Marchetti', '"That walk took 40 seconds. Forty seconds is time to drive away. He chose to walk back,"', 'said', 'direct', role=R_PROS),
    s(PROS, 'she', 'the jury had "looked carefully at every frame of that video" and reached the only conclusion the evidence allowed', 'said', 'mixed', role=R_PROS),
    s(DEFL, "Banning's lawyer, Owen Szabo-Reyes", 'his client had been punched to the ground by Pettigrew and another man minutes earlier and believed they were coming after him again', 'argued', role='lawyer'),
    s(DEFL, 'Szabo-Reyes', 'he would file a motion for a new trial and, if it was denied, an appeal', 'said', role='lawyer'),
    s(DEFL, 'He', 'the judge had wrongly excluded testimony about a threat Pettigrew allegedly made to Banning a week before the shooting', 'told', role='lawyer'),
    s(DEFL, 'he', '"The jury heard half the story. We\'ll ask a higher court whether that was fair,"', 'said', 'direct', role='lawyer'),
    s(PROS, 'Marchetti', 'she would ask for the maximum sentence of life in prison', 'said', role=R_PROS),
    s("the bar's manager", "the bar's manager", 'Pettigrew had asked Banning to leave after he harassed two women at the bar, and that the fight began when Banning refused', 'testified'),
    s(JUDGE, 'Achterberg', 'they had done "one of the hardest things a citizen can be asked to do."', 'told', 'mixed', role=R_JUDGE),
    s('Amber Castellanos', 'Amber Castellanos', '"He was the guy who walked everybody to their car at closing,"', 'said', 'direct'),
    s('Amber Castellanos', '', '"Every single night."', '', 'direct'),
)

SUPT = 'Rafael Obuya'
CHAIR = 'Gwendolyn Harte'
TRUST = 'Peter Lindqvist-Amadi'

doc('ag14-paper-northmere-school-board-library-books', 'Northmere Courier-Journal', '2033-11-08', '''
School board pulls 14 books from middle-school libraries, then puts them back

Trustees reverse course after packed meeting; superintendent says review process 'broke down'

By Lucía Fenwick-Ode

The Northmere District School Board voted 5-2 on Tuesday night to return 14 books to its middle-school libraries, three weeks after district staff removed them following a complaint from a parent group.

The reversal came at the end of a four-hour meeting attended by about 300 people, the largest crowd at a board meeting in at least a decade, according to district staff. Dozens more watched on a screen in the hallway.

Superintendent Rafael Obuya told trustees the books had been taken off the shelves before the district's own review committee had read them, a step the district's policy requires.

"Our review process broke down. That is on me, and I apologize to our librarians, who found out from a memo," Obuya said.

The books, which include two novels about teenage refugees and a graphic memoir about growing up with a parent in prison, were flagged in September by a group called Northmere Families First, which said they contained material "unsuitable for children of 11 or 12."

The group's founder, a parent of two who spoke during the public comment period, said she was not asking for the books to be banned from the town, only from school shelves.

"There is a difference between a library and a public library. My children are not adults, and their school should not pretend they are," said the founder, Carla Dunsmore-Vick.

Others in the room disagreed, loudly at times. Board chair Gwendolyn Harte twice called for a recess to restore order.

Eighth-grader Imogen Saltash, 13, told the board she had read one of the removed novels in a single weekend and then lent it to her grandmother.

"It was the first book that made me understand why my friend's family left their country," she said. "Nobody made me read it. I wanted to."

Trustee Peter Lindqvist-Amadi, one of the two who voted against returning the books, said he was not comfortable with the language in two of the titles and wanted parents to be able to opt their children out of borrowing them.

He proposed an amendment creating such an opt-out list. It failed, 2-5.

Harte said the board would revise its policy so that no book could be removed before a review, and asked staff to bring a draft to the December meeting.

"We owe our families a process they can trust, whichever side of this they are on," she said.

The Northmere Teachers' Association said in a statement that it welcomed the vote and called on the board to consult librarians before any future change to the policy.

Dunsmore-Vick said after the vote that her group would keep attending meetings and might file formal challenges to individual titles under the revised policy.

Northmere is one of at least nine districts in the state where book removals have been debated this year, according to a count kept by the state library association.
''',
    s(SUPT, 'superintendent', "review process 'broke down'", 'says', 'mixed', role='superintendent'),
    s(SUPT, 'Superintendent Rafael Obuya', "the books had been taken off the shelves before the district's own review committee had read them, a step the district's policy requires", 'told', role='Superintendent'),
    s(SUPT, 'Obuya', '"Our review process broke down. That is on me, and I apologize to our librarians, who found out from a memo,"', 'said', 'direct', role='Superintendent'),
    s('district staff', 'district staff', 'The reversal came at the end of a four-hour meeting attended by about 300 people, the largest crowd at a board meeting in at least a decade', 'according to'),
    s('Northmere Families First', 'a group called Northmere Families First', 'they contained material "unsuitable for children of 11 or 12."', 'said', 'mixed'),
    s('Carla Dunsmore-Vick', "The group's founder, a parent of two who spoke during the public comment period", 'she was not asking for the books to be banned from the town, only from school shelves', 'said', role='founder'),
    s('Carla Dunsmore-Vick', 'the founder, Carla Dunsmore-Vick', '"There is a difference between a library and a public library. My children are not adults, and their school should not pretend they are,"', 'said', 'direct', role='founder'),
    s('Imogen Saltash', 'Eighth-grader Imogen Saltash', 'she had read one of the removed novels in a single weekend and then lent it to her grandmother', 'told', role='Eighth-grader'),
    s('Imogen Saltash', 'she', '"It was the first book that made me understand why my friend\'s family left their country,"', 'said', 'direct', role='Eighth-grader'),
    s('Imogen Saltash', '', '"Nobody made me read it. I wanted to."', '', 'direct', role='Eighth-grader'),
    s(TRUST, 'Trustee Peter Lindqvist-Amadi', 'he was not comfortable with the language in two of the titles and wanted parents to be able to opt their children out of borrowing them', 'said', role='Trustee'),
    s(CHAIR, 'Harte', 'the board would revise its policy so that no book could be removed before a review', 'said', role='Board chair'),
    s(CHAIR, 'Harte', 'staff to bring a draft to the December meeting', 'asked', role='Board chair'),
    s(CHAIR, 'she', '"We owe our families a process they can trust, whichever side of this they are on,"', 'said', 'direct', role='Board chair'),
    s("The Northmere Teachers' Association", "The Northmere Teachers' Association", 'it welcomed the vote and called on the board to consult librarians before any future change to the policy', 'said'),
    s('Carla Dunsmore-Vick', 'Dunsmore-Vick', 'her group would keep attending meetings and might file formal challenges to individual titles under the revised policy', 'said', role='founder'),
    s('the state library association', 'a count kept by the state library association', 'Northmere is one of at least nine districts in the state where book removals have been debated this year', 'according to'),
)

COACH = 'Gord Malenfant'
OPP = 'Stuart Rennick'
GOALIE = 'Eero Lindahl-Burke'
CAPT = 'Dmitri Sokalsky'

doc('ag15-paper-harbourton-ice-hawks-overtime-win', 'Harbourton Evening Telegram', '2033-03-12', '''
Sokalsky's overtime winner lifts Ice Hawks past Stallions

Lindahl-Burke makes 41 saves; coach calls it 'our best road game of the year'

By Carmen Ducharme

WESTBRIDGE — Dmitri Sokalsky had not scored in 14 games. He picked a good time to end the drought.

The Harbourton Ice Hawks captain one-timed a pass from Jules Ouellette past Westbridge goaltender Anton Krizek at 3:12 of overtime on Saturday night, giving Harbourton a 3-2 win over the Stallions and moving the Ice Hawks two points clear of the final wild-card spot with nine games left.

"I told Jules on the bench, just get it to me on the flat side and I'll put it on net," Sokalsky said. "Honestly, I closed my eyes a little."

The Ice Hawks would not have reached overtime without Eero Lindahl-Burke. The 23-year-old goaltender stopped 41 of 43 shots, including a sliding pad save on Westbridge's Marcus Thibault with 14 seconds left in regulation.

"He's been our best player for a month. When he's like that, you feel like you can take a chance or two," Harbourton coach Gord Malenfant said. "That was our best road game of the year, and it was mostly because of him."

Lindahl-Burke shrugged off the praise. He said the save on Thibault was "more luck than anything" and credited his defencemen for clearing rebounds.

Westbridge outshot Harbourton 19-6 in the second period but managed only one goal, a power-play deflection by Thibault at 11:48 that tied the game 1-1.

Stallions coach Stuart Rennick said his team had done "everything except finish."

"You get 43 shots on a night like that and you lose, you have to look at the guys who had the puck on their stick at the end," Rennick said. He would not say whether Krizek would start Tuesday against Lakehead.

Krizek finished with 25 saves. Rennick said the goaltender had "kept us in it early" and that the loss was not on him.

Ouellette, who has 11 points in his last eight games, said his line had found something since Malenfant moved him to the right side in February.

"I'm seeing the ice better from there," he said. "And Soke is going to shoot it, so I just find him."

Harbourton rookie Benoit Pacquette opened the scoring in the first period, his ninth of the season, and Ouellette restored the lead at 4:30 of the third before Westbridge's Ilya Varnov tied it again with 2:51 to play.

The Ice Hawks were without defenceman Cal Brodersen, who missed his third straight game with what Malenfant called "a lower-body thing that isn't serious." Malenfant said Brodersen could return as early as Tuesday.

Sokalsky said the team had talked before the game about the standings, then decided to stop.

"We've looked at the standings all week," he said. "Tonight we just played."

Harbourton went 1-for-4 on the power play. Malenfant said special teams would be the focus of Monday's practice.

The Stallions have lost four of their last six at home. The Ice Hawks host Lakehead on Tuesday.
''',
    s(COACH, 'coach', "it 'our best road game of the year'", 'calls', 'mixed', role='coach'),
    s(CAPT, 'Sokalsky', '"I told Jules on the bench, just get it to me on the flat side and I\'ll put it on net,"', 'said', 'direct', role='captain'),
    s(CAPT, '', '"Honestly, I closed my eyes a little."', '', 'direct', role='captain'),
    s(COACH, 'Harbourton coach Gord Malenfant', '"He\'s been our best player for a month. When he\'s like that, you feel like you can take a chance or two,"', 'said', 'direct', role='coach'),
    s(COACH, '', '"That was our best road game of the year, and it was mostly because of him."', '', 'direct', role='coach'),
    s(GOALIE, 'He', 'the save on Thibault was "more luck than anything"', 'said', 'mixed', role='goaltender'),
    s(GOALIE, 'He', 'his defencemen for clearing rebounds', 'credited', role='goaltender'),
    s(OPP, 'Stallions coach Stuart Rennick', 'his team had done "everything except finish."', 'said', 'mixed', role='Stallions coach'),
    s(OPP, 'Rennick', '"You get 43 shots on a night like that and you lose, you have to look at the guys who had the puck on their stick at the end,"', 'said', 'direct', role='Stallions coach'),
    s(OPP, 'Rennick', 'the goaltender had "kept us in it early" and that the loss was not on him', 'said', 'mixed', role='Stallions coach'),
    s('Jules Ouellette', 'Ouellette', 'his line had found something since Malenfant moved him to the right side in February', 'said'),
    s('Jules Ouellette', 'he', '"I\'m seeing the ice better from there,"', 'said', 'direct'),
    s('Jules Ouellette', '', '"And Soke is going to shoot it, so I just find him."', '', 'direct'),
    s(COACH, 'Malenfant', '"a lower-body thing that isn\'t serious."', 'called', 'direct', role='coach'),
    s(COACH, 'Malenfant', 'Brodersen could return as early as Tuesday', 'said', role='coach'),
    s(COACH, 'Malenfant', "special teams would be the focus of Monday's practice", 'said', role='coach'),
    s(CAPT, 'Sokalsky', 'the team had talked before the game about the standings, then decided to stop', 'said', role='captain'),
    s(CAPT, 'he', '"We\'ve looked at the standings all week,"', 'said', 'direct', role='captain'),
    s(CAPT, '', '"Tonight we just played."', '', 'direct', role='captain'),
)

BREN = 'Hester Brennaman'
ROSA = 'Rosalind Achebe-Kerr'
FIRE = 'Nadia Volkonsky-Perrault'
MAYOR2 = 'Janine Oduya'

doc('ag16-paper-cedar-hollow-wildfire-recovery-feature', 'The Coastline Daily', '2033-08-02', '''
A year after the Cedar Hollow fire, a town rebuilds one lot at a time

Of 412 homes that burned, 61 have been rebuilt. Those who stayed say the waiting is the hardest part

By Marisa Quintanilla-Hart

CEDAR HOLLOW — The woman in the straw hat is watering tomatoes in a raised bed made of concrete blocks, next to a slab where her house used to be. Behind her, a trailer with a satellite dish serves as kitchen, bedroom and office.

"People ask why I planted a garden before I had a house," says Hester Brennaman, 68. "Because tomatoes take four months, and the permit took eleven."

A year ago this week, a wildfire driven by 60-mile-an-hour winds came over the ridge above Cedar Hollow in the late afternoon and burned 412 of the town's 690 homes in less than five hours. Two people died. Brennaman and her neighbour, Rosalind Achebe-Kerr, drove out together with two dogs and a cat in a shoebox.

Of the homes that burned, 61 have been rebuilt and another 94 are under construction, according to the county's recovery office. The rest are bare lots, some cleared, some still marked with the ash of what stood there.

Achebe-Kerr, a retired nurse, is living with her daughter 80 miles away in Pellston while she waits for her insurer. She says the company has paid for the structure but is still disputing the value of everything that was inside it.

"They want a receipt for a quilt my grandmother made in 1952," she says. "I told them, she didn't get a receipt either."

She drives back every other Saturday to check on the lot and to have coffee with Brennaman in the trailer. Brennaman says she looks forward to it all week.

The delays have many causes. The county had to rewrite its building code to require fire-resistant siding and ember-proof vents, and for months it had two inspectors for the entire burn area. Contractors are booked into next year. Lumber prices rose 30 percent over the winter.

Fire Chief Nadia Volkonsky-Perrault, whose own station was damaged in the fire, says the new code will save homes the next time.

"I understand the frustration. But I have walked through too many burned neighbourhoods where the houses were rebuilt exactly the way they burned," she says.

The county now has six inspectors, and permits that took eight months last fall take about ten weeks, the recovery office says.

Mayor Janine Oduya says she worries most about those who have not come back at all. About a third of the town's residents before the fire were renters, and almost none of the rental houses have been rebuilt.

"We are going to be a town of owners, older and richer than we were, unless we do something about it," she says. The town council has applied for a state grant to build 40 rental cottages on land donated by a church.

A young woman pushing a stroller past the library, which survived, says she moved back to town last month and is renting a room in a house owned by her aunt. Kayla Ruiz-Denton, 27, grew up in Cedar Hollow and left for college at 18.

"My aunt keeps saying it's temporary, and I keep saying I know," Ruiz-Denton says, laughing. "Honestly, I'd live in her garage if it meant my son grows up here."

Not everyone is as patient. At the hardware store, which reopened in a tent in March, a contractor who would not give her name says she has turned down work because she could not find drywall in the county for six weeks.

Back at the lot, Brennaman turns off the hose. Her builder has promised to pour the new foundation in September. She has heard that before, she says, but this time she believes him.

"The tomatoes came in," she says. "The house will too."
''',
    s('Those who stayed', 'Those who stayed', 'the waiting is the hardest part', 'say'),
    s(BREN, 'Hester Brennaman', '"People ask why I planted a garden before I had a house,"', 'says', 'direct'),
    s(BREN, '', '"Because tomatoes take four months, and the permit took eleven."', '', 'direct'),
    s("the county's recovery office", "the county's recovery office", 'Of the homes that burned, 61 have been rebuilt and another 94 are under construction', 'according to'),
    s(ROSA, 'She', 'the company has paid for the structure but is still disputing the value of everything that was inside it', 'says', role='retired nurse'),
    s(ROSA, 'she', '"They want a receipt for a quilt my grandmother made in 1952,"', 'says', 'direct', role='retired nurse'),
    s(ROSA, '', '"I told them, she didn\'t get a receipt either."', '', 'direct', role='retired nurse'),
    s(BREN, 'Brennaman', 'she looks forward to it all week', 'says'),
    s(FIRE, 'Fire Chief Nadia Volkonsky-Perrault', 'the new code will save homes the next time', 'says', role='Fire Chief'),
    s(FIRE, 'she', '"I understand the frustration. But I have walked through too many burned neighbourhoods where the houses were rebuilt exactly the way they burned,"', 'says', 'direct', role='Fire Chief'),
    s("the county's recovery office", 'the recovery office', 'The county now has six inspectors, and permits that took eight months last fall take about ten weeks', 'says'),
    s(MAYOR2, 'Mayor Janine Oduya', 'she worries most about those who have not come back at all', 'says', role='Mayor'),
    s(MAYOR2, 'she', '"We are going to be a town of owners, older and richer than we were, unless we do something about it,"', 'says', 'direct', role='Mayor'),
    s('Kayla Ruiz-Denton', 'A young woman pushing a stroller past the library, which survived', 'she moved back to town last month and is renting a room in a house owned by her aunt', 'says'),
    s('Kayla Ruiz-Denton', 'Ruiz-Denton', '"My aunt keeps saying it\'s temporary, and I keep saying I know,"', 'says', 'direct'),
    s('Kayla Ruiz-Denton', '', '"Honestly, I\'d live in her garage if it meant my son grows up here."', '', 'direct'),
    s('a contractor who would not give her name', 'a contractor who would not give her name', 'she has turned down work because she could not find drywall in the county for six weeks', 'says'),
    s('Her builder', 'Her builder', 'to pour the new foundation in September', 'has promised'),
    s(BREN, 'she', ['She has heard that before,', 'but this time she believes him'], 'says'),
    s(BREN, 'she', '"The tomatoes came in,"', 'says', 'direct'),
    s(BREN, '', '"The house will too."', '', 'direct'),
)
