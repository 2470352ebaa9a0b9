"""Set AD's five North American newspaper articles (see build_ad.py)."""
from invented_common import doc_spans as doc, s

PARENTS = 'Raymond Stavros-Mbatha and Alisha Stavros-Mbatha'
LAWYER_F = 'Gideon Marchetti-Ofori'
RESORT = 'Quarrow Creek Mountain Resort'
SPOKES_R = 'Kendra Lowell-Amissah'

doc('ad12-paper-lawsuit-quarrow-creek-chairlift-fall', 'The Caldrow Valley Gazette', '2031-02-12', '''
Family sues Quarrow Creek resort over son's fall from chairlift

Suit says lift operators ignored warning about a faulty safety bar

By Noreen Castellano-Boadi
Gazette Staff Writer

The parents of a 12-year-old boy who fell nearly 30 feet from a chairlift at Quarrow Creek Mountain Resort last winter have sued the resort, claiming its staff knew the chair's safety bar was broken and kept the lift running anyway.

The suit, filed Monday in Kestlow County Superior Court by Raymond and Alisha Stavros-Mbatha of Linden Falls, alleges that an operator at the base of the Summit Express lift was told about the broken bar by another skier about 40 minutes before their son, Theo, boarded the same chair on Jan. 18, 2030.

Theo broke both legs and his pelvis and spent six weeks at Caldrow Regional Medical Center. He has had three surgeries and still walks with a brace, the complaint says. It seeks unspecified damages for medical costs, pain and suffering, and the cost of future care.

"This was not an accident in the sense that nobody could have seen it coming," said the family's lawyer, Gideon Marchetti-Ofori. "Somebody did see it coming. Somebody said so. And the lift kept turning."

Marchetti-Ofori said the family had tried for months to settle the matter without going to court but that the resort's insurer had offered "a number that would not cover the wheelchair ramp."

The resort's spokeswoman, Kendra Lowell-Amissah, said in a statement Tuesday that Quarrow Creek "does not comment on pending litigation" but that the safety of guests was "the first thing we think about every morning." She said the Summit Express had passed every state inspection since it was installed in 2019.

State tramway inspection records obtained by the Gazette show that the lift passed its most recent annual inspection in November 2029. The records do not mention the safety bars.

The skier who reported the problem, identified in the suit only as a season pass holder from Marbury, told the operator that the bar on chair 41 "would not lock and swung up when you leaned on it," according to the complaint.

Reached by phone Tuesday, the skier, Dale Huxtable-Kwarteng, confirmed that he had warned a lift attendant. "I told the kid at the bottom. He nodded and wrote something on his hand. I figured that was the end of it," he said.

Alisha Stavros-Mbatha said in an interview that her son still asked about skiing. "He wants to go back. That is the part that breaks my heart," she said. "He is not angry at the mountain. I am."

Raymond Stavros-Mbatha, a high school chemistry teacher, said the family had paid more than $90,000 in medical bills not covered by insurance. He said they were suing "so that the next parent does not get the phone call we got."

Chairlift falls are rare. Lorna Beckwith-Adu, who teaches tort law at Caldrow State University and has no role in the case, said the suit would likely turn on whether the operator's conduct amounted to gross negligence, because most lift tickets include a waiver of ordinary negligence claims.

"The waiver is printed on the back of the ticket in very small type. Courts in this state have enforced it, but they have also said it does not cover a company that knows about a danger and does nothing," she said.

The resort has 30 days to respond to the complaint.
''',
    s(PARENTS, 'Suit', 'lift operators ignored warning about a faulty safety bar', 'says'),
    s(PARENTS, 'The parents of a 12-year-old boy who fell nearly 30 feet from a chairlift at Quarrow Creek Mountain Resort last winter', "its staff knew the chair's safety bar was broken and kept the lift running anyway", 'claiming'),
    s(PARENTS, 'The suit', 'an operator at the base of the Summit Express lift was told about the broken bar by another skier about 40 minutes before their son, Theo, boarded the same chair on Jan. 18, 2030', 'alleges'),
    s(PARENTS, 'the complaint', 'He has had three surgeries and still walks with a brace', 'says'),
    s(LAWYER_F, "the family's lawyer, Gideon Marchetti-Ofori", '"This was not an accident in the sense that nobody could have seen it coming,"', 'said', 'direct', role="family's lawyer"),
    s(LAWYER_F, '', '"Somebody did see it coming. Somebody said so. And the lift kept turning."', '', 'direct', role="family's lawyer"),
    s(LAWYER_F, 'Marchetti-Ofori', 'the family had tried for months to settle the matter without going to court but that the resort\'s insurer had offered "a number that would not cover the wheelchair ramp."', 'said', 'mixed', role="family's lawyer"),
    s(SPOKES_R, "The resort's spokeswoman, Kendra Lowell-Amissah", 'Quarrow Creek "does not comment on pending litigation" but that the safety of guests was "the first thing we think about every morning."', 'said', 'mixed', role='spokeswoman'),
    s(SPOKES_R, 'She', 'the Summit Express had passed every state inspection since it was installed in 2019', 'said', role='spokeswoman'),
    s('State tramway inspection records', 'State tramway inspection records obtained by the Gazette', 'the lift passed its most recent annual inspection in November 2029', 'show'),
    s(PARENTS, 'the complaint', 'The skier who reported the problem, identified in the suit only as a season pass holder from Marbury, told the operator that the bar on chair 41 "would not lock and swung up when you leaned on it,"', 'according to', 'mixed'),
    s('Dale Huxtable-Kwarteng', 'The skier who reported the problem, identified in the suit only as a season pass holder from Marbury', 'the bar on chair 41 "would not lock and swung up when you leaned on it,"', 'told', 'mixed', nested=True, via=PARENTS),
    s('Dale Huxtable-Kwarteng', 'the skier, Dale Huxtable-Kwarteng', 'he had warned a lift attendant', 'confirmed'),
    s('Dale Huxtable-Kwarteng', 'he', '"I told the kid at the bottom. He nodded and wrote something on his hand. I figured that was the end of it,"', 'said', 'direct'),
    s('Alisha Stavros-Mbatha', 'Alisha Stavros-Mbatha', 'her son still asked about skiing', 'said'),
    s('Alisha Stavros-Mbatha', 'she', '"He wants to go back. That is the part that breaks my heart,"', 'said', 'direct'),
    s('Alisha Stavros-Mbatha', '', '"He is not angry at the mountain. I am."', '', 'direct'),
    s('Raymond Stavros-Mbatha', 'Raymond Stavros-Mbatha, a high school chemistry teacher', 'the family had paid more than $90,000 in medical bills not covered by insurance', 'said', role='high school chemistry teacher'),
    s('Raymond Stavros-Mbatha', 'He', 'they were suing "so that the next parent does not get the phone call we got."', 'said', 'mixed', role='high school chemistry teacher'),
    s('Lorna Beckwith-Adu', 'Lorna Beckwith-Adu, who teaches tort law at Caldrow State University and has no role in the case', 'the suit would likely turn on whether the operator\'s conduct amounted to gross negligence, because most lift tickets include a waiver of ordinary negligence claims', 'said'),
    s('Lorna Beckwith-Adu', 'she', '"The waiver is printed on the back of the ticket in very small type. Courts in this state have enforced it, but they have also said it does not cover a company that knows about a danger and does nothing,"', 'said', 'direct'),
)

HEALTH_M = 'Darcy Lafrenière-Opoku'
CRITIC = 'Simone Achterberg-Nakamura'
PREMIER = 'Wallace Ferriday-Annan'

doc('ad13-paper-legislature-rural-emergency-rooms-debate', 'The Port Aldhaven Chronicle', '2031-11-20', '''
Rural ER closures spark fiery question period at legislature

Health minister says overnight shutdowns are "temporary"; Opposition calls them "a slow-motion abandonment"

By Malcolm Dunleavy-Asiedu
Legislative Bureau

PORT ADAIR - The overnight closure of emergency rooms in five rural hospitals dominated question period at the legislature Wednesday, with the Opposition accusing the government of quietly dismantling health care outside the province's cities.

New Democrat health critic Simone Achterberg-Nakamura told the house that emergency departments in Glenvasse, Rusk Harbour, Tillsmoor, Ardquinn and Pike Lake had been closed overnight for a combined 214 nights since January.

"A farmer in Tillsmoor who has a heart attack at two in the morning now has to hope he lives long enough to reach Kingsmere. That is the health system this government has built," she said, to applause from the Opposition benches.

Health Minister Darcy Lafrenière-Opoku shot back that the closures were "temporary and regrettable" and were caused by a shortage of doctors that every province in the country was facing.

"The member knows perfectly well that we cannot staff an emergency room with press releases," the minister said. "We are recruiting. We have signed 41 new rural physicians this year, more than in any year on record."

The minister said her department would announce a new incentive package for rural doctors before Christmas, including forgiveness of up to $150,000 in student debt for physicians who commit to five years in an underserved community.

Achterberg-Nakamura called the package "a press release about a press release" and said the province had promised similar incentives in 2029 without results.

Premier Wallace Ferriday-Annan, answering a follow-up question from Opposition Leader Jean-Marc Okonjo-Beaulieu, accused the New Democrats of "fear-mongering" and said no hospital in the province would close permanently while he was premier.

"Not one. Put it in writing," he said.

Okonjo-Beaulieu asked whether the premier would release a consultant's report on rural hospitals that the government received in August. The premier did not answer the question directly. The government has said the report will be made public "in due course."

The exchange grew heated when Progressive member Harlan Quist-Mensah, who represents Pike Lake, shouted that the Opposition had "never set foot" in his riding. Speaker Arnold Pettigrew-Oduro ruled that the remark was unparliamentary and asked him to withdraw it. Quist-Mensah withdrew the remark but repeated outside the chamber that he stood by it.

Outside the legislature, about 60 people from the affected communities held a rally organized by the Rural Health Coalition. Its chair, Bernadette Oyelowo-Sinclair, said residents had collected 18,000 signatures on a petition calling for the emergency rooms to be staffed around the clock.

"We are not asking for a new hospital. We are asking for the lights to stay on at night," she said.

Dr. Kwabena Lindgren-Hale, an emergency physician in Rusk Harbour, said in an interview that he had worked 19 overnight shifts in October because no replacement could be found. "I love this town. But I cannot keep doing this, and the people who might replace me can see that I cannot," he said.

The Provincial Medical Association said in a statement that rural doctors were "at a breaking point" and urged the government to pay for locum physicians from other provinces while the recruitment program takes effect.

The legislature sits until Dec. 12.
''',
    s(HEALTH_M, 'Health minister', 'overnight shutdowns are "temporary"', 'says', 'mixed', role='Health Minister'),
    s(CRITIC, 'Opposition', 'them "a slow-motion abandonment"', 'calls', 'mixed', role='New Democrat health critic'),
    s('the Opposition', 'the Opposition', "the government of quietly dismantling health care outside the province's cities", 'accusing'),
    s(CRITIC, 'New Democrat health critic Simone Achterberg-Nakamura', 'emergency departments in Glenvasse, Rusk Harbour, Tillsmoor, Ardquinn and Pike Lake had been closed overnight for a combined 214 nights since January', 'told', role='New Democrat health critic'),
    s(CRITIC, 'she', '"A farmer in Tillsmoor who has a heart attack at two in the morning now has to hope he lives long enough to reach Kingsmere. That is the health system this government has built,"', 'said', 'direct', role='New Democrat health critic'),
    s(HEALTH_M, 'Health Minister Darcy Lafrenière-Opoku', 'the closures were "temporary and regrettable" and were caused by a shortage of doctors that every province in the country was facing', 'shot back', 'mixed', role='Health Minister'),
    s(HEALTH_M, 'the minister', '"The member knows perfectly well that we cannot staff an emergency room with press releases,"', 'said', 'direct', role='Health Minister'),
    s(HEALTH_M, '', '"We are recruiting. We have signed 41 new rural physicians this year, more than in any year on record."', '', 'direct', role='Health Minister'),
    s(HEALTH_M, 'The minister', 'her department would announce a new incentive package for rural doctors before Christmas|underserved community', 'said', role='Health Minister'),
    s(CRITIC, 'Achterberg-Nakamura', 'the package "a press release about a press release"', 'called', 'mixed', role='New Democrat health critic'),
    s(CRITIC, 'Achterberg-Nakamura', 'the province had promised similar incentives in 2029 without results', 'said', role='New Democrat health critic'),
    s(PREMIER, 'Premier Wallace Ferriday-Annan', 'the New Democrats of "fear-mongering"', 'accused', 'mixed', role='Premier'),
    s(PREMIER, 'Premier Wallace Ferriday-Annan', 'no hospital in the province would close permanently while he was premier', 'said', role='Premier'),
    s(PREMIER, 'he', '"Not one. Put it in writing,"', 'said', 'direct', role='Premier'),
    s('The government', 'The government', 'the report will be made public "in due course."', 'has said', 'mixed'),
    s('Harlan Quist-Mensah', 'Progressive member Harlan Quist-Mensah, who represents Pike Lake', 'the Opposition had "never set foot" in his riding', 'shouted', 'mixed', role='Progressive member'),
    s('Arnold Pettigrew-Oduro', 'Speaker Arnold Pettigrew-Oduro', 'the remark was unparliamentary', 'ruled', role='Speaker'),
    s('Arnold Pettigrew-Oduro', 'Speaker Arnold Pettigrew-Oduro', 'him to withdraw it', 'asked', role='Speaker'),
    s('Harlan Quist-Mensah', 'Quist-Mensah', 'he stood by it', 'repeated', role='Progressive member'),
    s('Bernadette Oyelowo-Sinclair', 'Its chair, Bernadette Oyelowo-Sinclair', 'residents had collected 18,000 signatures on a petition calling for the emergency rooms to be staffed around the clock', 'said', role='chair'),
    s('Bernadette Oyelowo-Sinclair', 'she', '"We are not asking for a new hospital. We are asking for the lights to stay on at night,"', 'said', 'direct', role='chair'),
    s('Kwabena Lindgren-Hale', 'Dr. Kwabena Lindgren-Hale, an emergency physician in Rusk Harbour', 'he had worked 19 overnight shifts in October because no replacement could be found', 'said', role='emergency physician'),
    s('Kwabena Lindgren-Hale', 'he', '"I love this town. But I cannot keep doing this, and the people who might replace me can see that I cannot,"', 'said', 'direct', role='emergency physician'),
    s('Provincial Medical Association', 'The Provincial Medical Association', 'rural doctors were "at a breaking point"', 'said', 'mixed'),
    s('Provincial Medical Association', 'The Provincial Medical Association', 'the government to pay for locum physicians from other provinces while the recruitment program takes effect', 'urged'),
)

UNION_P = 'Renata Kovalenko-Addai'
R_UNION_P = 'president of Amalgamated Transit Union Local 1184'
CEO_T = 'Douglas Whitcombe-Nartey'
R_CEO_T = 'chief executive of the Lakemarsh Regional Transit Authority'

doc('ad14-paper-labor-lakemarsh-transit-strike-vote', 'The Lakemarsh Sentinel', '2031-03-06', '''
Transit workers vote to authorize strike as talks with Lakemarsh Transit stall

Union says members "are done waiting"; agency says it cannot afford the raises

By Priscilla Haverford-Nkemelu
Sentinel Staff

Bus drivers and mechanics at the Lakemarsh Regional Transit Authority voted overwhelmingly Wednesday to authorize a strike, raising the prospect of the region's first transit shutdown in 17 years as contract talks remain deadlocked over wages and schedules.

Ninety-four percent of the 1,650 members of Amalgamated Transit Union Local 1184 who cast ballots voted in favor, the union said. A strike could begin as early as March 20 if the union gives the required 10 days' notice.

"Our members have kept this system running through two snowstorms and a pandemic's worth of sick calls, and they are done waiting," said Renata Kovalenko-Addai, president of the local. "We do not want to strike. But we will if that is what it takes."

The union is seeking raises of 5% a year over three years and an end to split shifts, under which drivers work the morning and evening rush hours with an unpaid break of up to five hours in between. The authority has offered 2.5% a year and a study of the shift system.

Douglas Whitcombe-Nartey, chief executive of the transit authority, said the agency faced a $38 million operating deficit next year and could not pay for the union's demands without cutting service.

"I respect our operators, and I know the split shifts are hard on families," he said in an interview Wednesday evening. "But every extra dollar in wages is a bus we take off a route, and the people who lose that bus are the people who have no other way to get to work."

He said the authority had asked the state Employment Relations Board to appoint a mediator and hoped talks would resume next week.

Kovalenko-Addai said the union would welcome a mediator but dismissed the deficit figure as "a number they pull out every three years." She said the authority had found $6 million last year for new offices for its senior staff.

A spokesman for the authority, Ethan Brightwater-Yeboah, said the office move had been approved in 2028 and was paid for with a federal grant that could not be used for wages.

Drivers interviewed at the Fulton Street garage said split shifts were the main issue for them. Marisol Etxeberria-Quaye, who has driven for the authority for 11 years, said she leaves home at 5 a.m. and often does not get back until 8 p.m., though she is paid for about eight hours.

"My kids see me on Sundays," she said. "That's not a schedule. That's a life sentence with benefits."

Another driver, who asked that his name not be used because he feared retaliation, said many younger drivers had already quit for delivery jobs that pay less but end at a fixed time.

Riders waiting at the downtown transit center were divided. "If they stop the buses I lose my job, simple as that," said Calvin Rusk-Adomako, who cleans offices overnight. Others said they sided with the drivers.

County Executive Lydia Fairbanks-Ohene, who appoints four of the authority's nine board members, urged both sides to "stay at the table as long as it takes" and said the county was prepared to help with a one-time payment if it would settle the dispute.

The last strike at the authority, in 2014, lasted 11 days.
''',
    s(UNION_P, 'Union', 'members "are done waiting"', 'says', 'mixed', role=R_UNION_P),
    s(CEO_T, 'agency', 'it cannot afford the raises', 'says', role=R_CEO_T),
    s('Amalgamated Transit Union Local 1184', 'the union', 'Ninety-four percent of the 1,650 members of Amalgamated Transit Union Local 1184 who cast ballots voted in favor', 'said'),
    s(UNION_P, 'Renata Kovalenko-Addai, president of the local', '"Our members have kept this system running through two snowstorms and a pandemic\'s worth of sick calls, and they are done waiting,"', 'said', 'direct', role=R_UNION_P),
    s(UNION_P, '', '"We do not want to strike. But we will if that is what it takes."', '', 'direct', role=R_UNION_P),
    s(CEO_T, 'Douglas Whitcombe-Nartey, chief executive of the transit authority', "the agency faced a $38 million operating deficit next year and could not pay for the union's demands without cutting service", 'said', role=R_CEO_T),
    s(CEO_T, 'he', '"I respect our operators, and I know the split shifts are hard on families,"', 'said', 'direct', role=R_CEO_T),
    s(CEO_T, '', '"But every extra dollar in wages is a bus we take off a route, and the people who lose that bus are the people who have no other way to get to work."', '', 'direct', role=R_CEO_T),
    s(CEO_T, 'He', 'the authority had asked the state Employment Relations Board to appoint a mediator and hoped talks would resume next week', 'said', role=R_CEO_T),
    s(UNION_P, 'Kovalenko-Addai', 'the union would welcome a mediator', 'said', role=R_UNION_P),
    s(UNION_P, 'Kovalenko-Addai', 'the deficit figure as "a number they pull out every three years."', 'dismissed', 'mixed', role=R_UNION_P),
    s(UNION_P, 'She', 'the authority had found $6 million last year for new offices for its senior staff', 'said', role=R_UNION_P),
    s('Ethan Brightwater-Yeboah', 'A spokesman for the authority, Ethan Brightwater-Yeboah', 'the office move had been approved in 2028 and was paid for with a federal grant that could not be used for wages', 'said', role='spokesman for the authority'),
    s('Drivers interviewed at the Fulton Street garage', 'Drivers interviewed at the Fulton Street garage', 'split shifts were the main issue for them', 'said'),
    s('Marisol Etxeberria-Quaye', 'Marisol Etxeberria-Quaye, who has driven for the authority for 11 years', 'she leaves home at 5 a.m. and often does not get back until 8 p.m., though she is paid for about eight hours', 'said'),
    s('Marisol Etxeberria-Quaye', 'she', '"My kids see me on Sundays,"', 'said', 'direct'),
    s('Marisol Etxeberria-Quaye', '', '"That\'s not a schedule. That\'s a life sentence with benefits."', '', 'direct'),
    s('Another driver', 'Another driver', 'many younger drivers had already quit for delivery jobs that pay less but end at a fixed time', 'said'),
    s('Calvin Rusk-Adomako', 'Calvin Rusk-Adomako, who cleans offices overnight', '"If they stop the buses I lose my job, simple as that,"', 'said', 'direct'),
    s('Others', 'Others', 'they sided with the drivers', 'said'),
    s('Lydia Fairbanks-Ohene', "County Executive Lydia Fairbanks-Ohene, who appoints four of the authority's nine board members", 'both sides to "stay at the table as long as it takes"', 'urged', 'mixed', role='County Executive'),
    s('Lydia Fairbanks-Ohene', "County Executive Lydia Fairbanks-Ohene, who appoints four of the authority's nine board members", 'the county was prepared to help with a one-time payment if it would settle the dispute', 'said', role='County Executive'),
)

COACH_H = 'Terrence Oduya-Blackwood'
STAR = 'Marcus Delacroix-Amponsah'
COACH_V = 'Gail Sorensen-Pryor'

doc('ad15-paper-basketball-harvane-city-beats-vandalia', 'The Harvane City Examiner', '2031-01-27', '''
Delacroix-Amponsah scores 34 as Harvane City rallies past Vandalia

Breakers erase 17-point deficit; coach calls second half "the best we have played all year"

By Trevor Langstaff-Ampofo
Examiner Sports Writer

HARBOR CITY - For two quarters Sunday, nothing went right for the Harvane City Breakers. Then Marcus Delacroix-Amponsah decided it was time to play.

The fourth-year guard scored 26 of his 34 points after halftime, including three straight 3-pointers early in the fourth quarter, as the Breakers came back from a 17-point deficit to beat the Vandalia Ospreys 112-104 before a sellout crowd of 18,450 at Tidewater Arena.

"At halftime nobody yelled. We just looked at each other and said, this isn't us," Delacroix-Amponsah said. "Then we went out and played like us."

The win was Harvane City's sixth in seven games and moved the Breakers (27-19) into sole possession of fifth place in the Eastern Conference, a half-game ahead of Vandalia (26-19).

Coach Terrence Oduya-Blackwood said the turnaround started on defense, where the Breakers held Vandalia to 11 of 38 shooting in the second half after allowing 64 points before the break.

"That second half was the best we have played all year," Oduya-Blackwood said. "We got into their shooters, we talked on every switch, and we finally rebounded like we meant it."

Asked whether he had changed anything at halftime, the coach smiled. "Nothing on the board. Just some honest conversation," he said.

Center Dmitri Valcourt-Osei added 18 points and 14 rebounds for Harvane City, and rookie Jalen Moreau-Kessie had 12 points off the bench, all in the fourth quarter.

Moreau-Kessie, the 22nd pick in last June's draft, said he had not expected to play. "I was just trying to stay warm on the bench," he said. "Then my name got called and the ball kept finding me."

Valcourt-Osei said the crowd had carried the team through the comeback. "When Marcus hit the third one, I could not hear myself think," he said. "You feel that in your legs."

Vandalia was led by Andre Whitlock-Danquah, who had 29 points and nine assists but made only two of his 10 shots in the second half. Ospreys coach Gail Sorensen-Pryor said her team "stopped moving the ball" once the lead grew.

"We played the first half like a team that wanted to win and the second half like a team that was afraid to lose," Sorensen-Pryor said. "That is on me as much as anybody."

Whitlock-Danquah played through a sore left ankle that kept him out of Friday's practice, Sorensen-Pryor said, but she did not blame the loss on the injury.

Harvane City guard Tobias Reinholt-Agyei left the game in the third quarter with what the team called a right hamstring strain and did not return. He will be evaluated Monday, a team spokesman said.

Delacroix-Amponsah, who signed a five-year extension in October, has scored at least 30 points in four of his last six games. He shrugged off a question about his All-Star chances.

"I don't think about that. I think about Tuesday," he said, referring to the Breakers' next game, at home against Crestfield.

The Breakers have won nine straight home games against conference opponents, their longest such streak since the 2024-25 season.
''',
    s(COACH_H, 'coach', 'second half "the best we have played all year"', 'calls', 'mixed', role='Coach'),
    s(STAR, 'Delacroix-Amponsah', '"At halftime nobody yelled. We just looked at each other and said, this isn\'t us,"', 'said', 'direct', role='guard'),
    s(STAR, '', '"Then we went out and played like us."', '', 'direct', role='guard'),
    s(COACH_H, 'Coach Terrence Oduya-Blackwood', 'the turnaround started on defense, where the Breakers held Vandalia to 11 of 38 shooting in the second half after allowing 64 points before the break', 'said', role='Coach'),
    s(COACH_H, 'Oduya-Blackwood', '"That second half was the best we have played all year,"', 'said', 'direct', role='Coach'),
    s(COACH_H, '', '"We got into their shooters, we talked on every switch, and we finally rebounded like we meant it."', '', 'direct', role='Coach'),
    s(COACH_H, 'he', '"Nothing on the board. Just some honest conversation,"', 'said', 'direct', role='Coach'),
    s('Jalen Moreau-Kessie', "Moreau-Kessie, the 22nd pick in last June's draft", 'he had not expected to play', 'said', role='rookie'),
    s('Jalen Moreau-Kessie', 'he', '"I was just trying to stay warm on the bench,"', 'said', 'direct', role='rookie'),
    s('Jalen Moreau-Kessie', '', '"Then my name got called and the ball kept finding me."', '', 'direct', role='rookie'),
    s('Dmitri Valcourt-Osei', 'Valcourt-Osei', 'the crowd had carried the team through the comeback', 'said', role='Center'),
    s('Dmitri Valcourt-Osei', 'he', '"When Marcus hit the third one, I could not hear myself think,"', 'said', 'direct', role='Center'),
    s('Dmitri Valcourt-Osei', '', '"You feel that in your legs."', '', 'direct', role='Center'),
    s(COACH_V, 'Ospreys coach Gail Sorensen-Pryor', 'her team "stopped moving the ball" once the lead grew', 'said', 'mixed', role='Ospreys coach'),
    s(COACH_V, 'Sorensen-Pryor', '"We played the first half like a team that wanted to win and the second half like a team that was afraid to lose,"', 'said', 'direct', role='Ospreys coach'),
    s(COACH_V, '', '"That is on me as much as anybody."', '', 'direct', role='Ospreys coach'),
    s(COACH_V, 'Sorensen-Pryor', "Whitlock-Danquah played through a sore left ankle that kept him out of Friday's practice", 'said', role='Ospreys coach'),
    s('Harvane City Breakers', 'the team', 'a right hamstring strain', 'called'),
    s('a team spokesman', 'a team spokesman', 'He will be evaluated Monday', 'said'),
    s(STAR, 'he', '"I don\'t think about that. I think about Tuesday,"', 'said', 'direct', role='guard'),
)

AUG = 'Augustin Marchand-Oduro'
CEL = 'Celeste Marchand-Oduro'
RAVI = 'Ravi Thorsby-Mensah'
NELL = 'Nell Thorsby-Mensah'

doc('ad16-paper-feature-port-ardagh-wooden-boatyard', 'The Maritime Packet', '2031-08-16', '''
The last wooden boatyard on Quillmere Bay

Three generations of the Marchand-Oduro family still build boats the old way in Port Ardagh. The question is whether anyone will be left to buy them.

By Harriet Voskuijlen-Tetteh
Packet Features

PORT ARDAGH - The shed smells of cedar and linseed oil, and the radio is tuned, as it has been for 40 years, to a station that plays fiddle music in the mornings and the fishing forecast at noon.

Augustin Marchand-Oduro is 71. By his own count, he has built 212 boats in this shed. He does not use drawings. He uses a set of wooden half-models his father carved in the 1950s, which hang on the back wall like a row of sleeping birds.

“Wood,” he says, “is the only material that forgives you. You make a mistake in fibreglass, you live with it. You make a mistake in cedar, you plane it off and start again.”

His daughter, Celeste Marchand-Oduro, 44, has run the yard since 2027, when a bad fall from a staging plank put her father in hospital for a month. She keeps the books, deals with the bank and, she admits, does most of the planking now. Her father still picks the timber.

“He can look at a log and tell you where the knots are going to be,” she says. “I have been watching him do it since I was six and I still cannot.”

The work, she says, has never been steadier. The yard has orders for four lobster boats and a 28-foot sailing sloop, enough to keep it busy until the spring of 2033. Most of the customers, she says, are younger fishermen who grew up in wooden boats and want their children to do the same.

One of them is Declan Ashgrove-Boateng, 36, who fishes out of Tern Harbour, an hour up the coast. His first boat was built here in 2019. He has ordered a second.

“Fibreglass is cheaper, no question, and it lasts,” he says. “But when you are out there in a February sea, you want a boat that somebody who knows you built with their own hands.”

Not everyone in the trade is sentimental. Yvonne Castellane-Dery, who owns a fibreglass boat plant in Westvarrow that turns out 60 hulls a year, says wooden boats are “a beautiful thing for people who can afford beautiful things.” Her customers, she says, want low maintenance and a good resale price. “I admire what they do in Port Ardagh. I just would not want to make my living that way.”

The numbers bear her out. According to the provincial fisheries department, fewer than 3 percent of the licensed fishing boats registered on the South Shore last year were wooden, down from about a third in 1990.

Celeste Marchand-Oduro does not dispute the figures. She says the yard survives because it does not try to compete on price. “We are not selling a boat. We are selling a boat that will still be fishing when the owner retires,” she says.

Her husband, Ravi Thorsby-Mensah, came to Port Ardagh as a teacher and stayed. He started helping in the shed on weekends, then quit teaching in 2029. He says he still feels like an apprentice. She says he is the best finish carpenter the yard has ever had, and that her father agrees but will not say so.

Augustin laughs when he hears that. “He is good,” he says. “Do not tell him.”

The next generation is less certain. Nell Thorsby-Mensah, 16, spends her summers sanding hulls and says she likes the work, but she wants to study marine engineering in Halvbrook. “Maybe I come back and build boats with electric motors in them,” she says. “Grandpa thinks that is a terrible idea.”

He does. Told what his granddaughter said, he shakes his head, then smiles. “If she comes back, she can put a rocket in them for all I care,” he says.

The yard has trained only one outside apprentice in the last decade. Owen Petrakis-Quaye, 24, spent two years in the shed before taking a job at a shipyard in Halvbrook that pays twice as much. Reached by phone, he said he missed the work but could not afford to stay. “I learned more in those two years than in four years of school,” he said. “But you cannot pay rent with that.”

Port Ardagh once had seven boatyards. The town historian, Margaret Ellery-Asante, keeps their records in a filing cabinet in the library basement. The last of the others closed in 1998, she says, when the owner died and his sons sold the land to a developer who built summer houses on it.

“Every one of those yards had a family behind it, and every one of them ended the same way: the kids left,” she says. “The Marchand-Oduros are the exception, and even they are not sure.”

The province offers a small grant for traditional trades, up to $20,000 a year to help pay an apprentice. A spokeswoman for the Department of Economic Development, Imogen Radcliffe-Owusu, said in an email that the program had supported 14 apprenticeships in boatbuilding, blacksmithing and stone masonry since 2028 and would be renewed next year.

Celeste says she has applied twice and was turned down both times because the yard has too few employees to qualify. “They want to save the trade, but only in companies big enough not to need saving,” she says.

Her father has his own theory about the future, and he is not worried. He has seen the trade nearly die three times, he says, and each time someone young walked into the shed and asked to learn.

Celeste remembers her grandfather as “a man who talked to planks,” and her father, she says, is the same. On a recent afternoon he runs his hand along the hull of a lobster boat that will be launched in October, feeling for a flaw nobody else can see.

“There,” he says, tapping a spot near the bow. “Tomorrow.”
''',
    s(AUG, 'his', 'he has built 212 boats in this shed', 'By his own count'),
    s(AUG, 'he', ['“Wood,”', '“is the only material that forgives you.|start again.”'], 'says', 'direct'),
    s(CEL, 'she', 'does most of the planking now', 'admits'),
    s(CEL, 'she', '“He can look at a log and tell you where the knots are going to be,”', 'says', 'direct'),
    s(CEL, '', '“I have been watching him do it since I was six and I still cannot.”', '', 'direct'),
    s(CEL, 'she', ['The work,', 'has never been steadier.'], 'says', anchor='The work, she says'),
    s(CEL, 'she', ['Most of the customers,', 'are younger fishermen who grew up in wooden boats and want their children to do the same'], 'says', anchor='Most of the customers'),
    s('Declan Ashgrove-Boateng', 'he', '“Fibreglass is cheaper, no question, and it lasts,”', 'says', 'direct'),
    s('Declan Ashgrove-Boateng', '', '“But when you are out there in a February sea, you want a boat that somebody who knows you built with their own hands.”', '', 'direct'),
    s('Yvonne Castellane-Dery', 'Yvonne Castellane-Dery, who owns a fibreglass boat plant in Westvarrow that turns out 60 hulls a year', 'wooden boats are “a beautiful thing for people who can afford beautiful things.”', 'says', 'mixed'),
    s('Yvonne Castellane-Dery', 'she', ['Her customers,', 'want low maintenance and a good resale price.'], 'says', anchor='Her customers, she says'),
    s('Yvonne Castellane-Dery', '', '“I admire what they do in Port Ardagh. I just would not want to make my living that way.”', '', 'direct'),
    s('provincial fisheries department', 'the provincial fisheries department', 'fewer than 3 percent of the licensed fishing boats registered on the South Shore last year were wooden, down from about a third in 1990', 'According to'),
    s(CEL, 'She', 'the yard survives because it does not try to compete on price', 'says'),
    s(CEL, 'she', '“We are not selling a boat. We are selling a boat that will still be fishing when the owner retires,”', 'says', 'direct'),
    s(RAVI, 'He', 'he still feels like an apprentice', 'says'),
    s(CEL, 'She', 'he is the best finish carpenter the yard has ever had, and that her father agrees but will not say so', 'says'),
    s(AUG, 'he', '“He is good,”', 'says', 'direct'),
    s(AUG, '', '“Do not tell him.”', '', 'direct'),
    s(NELL, 'Nell Thorsby-Mensah, 16', 'she likes the work, but she wants to study marine engineering in Halvbrook', 'says'),
    s(NELL, 'she', '“Maybe I come back and build boats with electric motors in them,”', 'says', 'direct'),
    s(NELL, '', '“Grandpa thinks that is a terrible idea.”', '', 'direct'),
    s(AUG, 'he', '“If she comes back, she can put a rocket in them for all I care,”', 'says', 'direct'),
    s('Owen Petrakis-Quaye', 'he', 'he missed the work but could not afford to stay', 'said'),
    s('Owen Petrakis-Quaye', 'he', '“I learned more in those two years than in four years of school,”', 'said', 'direct'),
    s('Owen Petrakis-Quaye', '', '“But you cannot pay rent with that.”', '', 'direct'),
    s('Margaret Ellery-Asante', 'she', ['The last of the others closed in 1998,', 'when the owner died and his sons sold the land to a developer who built summer houses on it'], 'says', role='town historian', anchor='The last of the others'),
    s('Margaret Ellery-Asante', 'she', '“Every one of those yards had a family behind it, and every one of them ended the same way: the kids left,”', 'says', 'direct', role='town historian'),
    s('Margaret Ellery-Asante', '', '“The Marchand-Oduros are the exception, and even they are not sure.”', '', 'direct', role='town historian'),
    s('Imogen Radcliffe-Owusu', 'A spokeswoman for the Department of Economic Development, Imogen Radcliffe-Owusu', 'the program had supported 14 apprenticeships in boatbuilding, blacksmithing and stone masonry since 2028 and would be renewed next year', 'said', role='spokeswoman for the Department of Economic Development'),
    s(CEL, 'Celeste', 'she has applied twice and was turned down both times because the yard has too few employees to qualify', 'says'),
    s(CEL, 'she', '“They want to save the trade, but only in companies big enough not to need saving,”', 'says', 'direct'),
    s(AUG, 'he', ['He has seen the trade nearly die three times,', 'and each time someone young walked into the shed and asked to learn'], 'says', anchor='He has seen the trade'),
    s(CEL, 'Celeste', 'her grandfather as “a man who talked to planks,”', 'remembers', 'mixed'),
    s(CEL, 'she', ['her father,', 'is the same'], 'says', 'indirect', anchor='talked to planks'),
    s(AUG, 'he', '“There,”', 'says', 'direct'),
    s(AUG, '', '“Tomorrow.”', '', 'direct'),
)
