"""Set AA's five North American newspaper articles (see build_aa.py)."""
from invented_common import doc_spans as doc, s

DEF = 'Dwight Wetherell-Sackey'
JUDGE = 'Harriet Abiodele-Hollweg'
R_JUDGE = 'U.S. District Judge'
AUSA = 'Malcolm Fenstermacher-Doku'
LAW = 'Celeste Vanderhoek'
HVCU = 'Bramblewood Valley Credit Union'

doc('aa12-paper-court-credit-union-manager-sentenced', 'The Wellsport Ledger', '2030-06-19', '''
Ex-credit union manager gets four years for draining elderly members' accounts

Judge calls theft of $2.3 million "a betrayal of people who trusted you with everything"

By Corinne Pennycuick-Tolbrace
Ledger Staff Writer

A former branch manager who siphoned $2.3 million from the accounts of elderly members of a Wellsport credit union over seven years was sentenced Tuesday to four years in federal prison.

Dwight Wetherell-Sackey, 58, of Pinecliff Township, pleaded guilty in March to wire fraud and money laundering. U.S. District Judge Harriet Abiodele-Hollweg also ordered him to repay the full amount and to serve three years of supervised release.

"You took money from people who trusted you with everything they had," the judge told Wetherell-Sackey before announcing the sentence. "Some of them will not live long enough to see it returned."

Prosecutors said Wetherell-Sackey moved money from dormant accounts, many belonging to members in their 80s and 90s, into accounts he controlled, then used it to pay for a lake house, two boats and gambling trips to casinos across the state.

Assistant U.S. Attorney Malcolm Fenstermacher-Doku had asked for six years, arguing that the defendant "targeted the people least likely to notice" and covered his tracks by printing fake statements at the branch.

Defense attorney Celeste Vanderhoek said her client had developed a gambling addiction after his wife's death in 2021 and had been in treatment since his arrest. "He is not a monster. He is a man who fell apart and hid it," she told the court.

Wetherell-Sackey, wearing a gray suit, turned to about 20 people seated behind the prosecution table and apologized. "I am ashamed of every dollar," he said, his voice barely audible. "I will spend the rest of my life paying it back."

Several victims spoke before the sentence was handed down. Ruth Montellano-Tierney, 87, said she discovered the theft only when she tried to pay for her husband's funeral and found her savings account nearly empty.

"I had to borrow money from my grandson to bury him," she said.

Another member, Walter Thorsgate, 91, wrote in a letter read aloud by his daughter that he no longer trusted "any bank, any teller, any statement."

Bramblewood Valley Credit Union, which has about 40,000 members, said in a statement that it had reimbursed all affected accounts in 2029 and has since introduced "independent monthly reviews" of dormant accounts. Its chief executive, Pamela Kinsella-Ampadu, called the case "a painful lesson for a small institution."

The credit union's board is being sued by three members who claim that managers ignored warning signs as early as 2025. That lawsuit is pending in county court, and a lawyer for the board declined to comment on it Tuesday.

Outside the courthouse, Montellano-Tierney's grandson, Mateo Tierney, said the family was relieved the case was over but thought the sentence was too short. "Four years for seven years of lies," he said. "Do the math."

Wetherell-Sackey must report to prison by Aug. 15. He has been free on a $50,000 bond since his arrest last fall.
''',
    s(JUDGE, 'Judge', '"a betrayal of people who trusted you with everything"', 'calls', 'direct', role=R_JUDGE),
    s(DEF, 'Dwight Wetherell-Sackey, 58, of Pinecliff Township', 'guilty in March to wire fraud and money laundering', 'pleaded'),
    s(JUDGE, 'the judge', '"You took money from people who trusted you with everything they had,"', 'told', 'direct', role=R_JUDGE),
    s(JUDGE, '', '"Some of them will not live long enough to see it returned."', '', 'direct', role=R_JUDGE),
    s('Prosecutors', 'Prosecutors', 'Wetherell-Sackey moved money from dormant accounts|gambling trips to casinos across the state', 'said'),
    s(AUSA, 'Assistant U.S. Attorney Malcolm Fenstermacher-Doku', 'six years, arguing that|printing fake statements at the branch', 'had asked for', 'mixed', role='Assistant U.S. Attorney'),
    s(LAW, 'Defense attorney Celeste Vanderhoek', "her client had developed a gambling addiction after his wife's death in 2021 and had been in treatment since his arrest", 'said', role='Defense attorney'),
    s(LAW, 'she', '"He is not a monster. He is a man who fell apart and hid it,"', 'told', 'direct', role='Defense attorney'),
    s(DEF, 'he', '"I am ashamed of every dollar,"', 'said', 'direct'),
    s(DEF, '', '"I will spend the rest of my life paying it back."', '', 'direct'),
    s('Ruth Montellano-Tierney', 'Ruth Montellano-Tierney, 87', "she discovered the theft only when she tried to pay for her husband's funeral and found her savings account nearly empty", 'said'),
    s('Ruth Montellano-Tierney', 'she', '"I had to borrow money from my grandson to bury him,"', 'said', 'direct'),
    s('Walter Thorsgate', 'Another member, Walter Thorsgate, 91', 'he no longer trusted "any bank, any teller, any statement."', 'wrote', 'mixed'),
    s(HVCU, HVCU, 'it had reimbursed all affected accounts in 2029 and has since introduced "independent monthly reviews" of dormant accounts', 'said', 'mixed'),
    s('Pamela Kinsella-Ampadu', 'Its chief executive, Pamela Kinsella-Ampadu', '"a painful lesson for a small institution."', 'called', 'direct', role='chief executive'),
    s('three members', 'three members', 'managers ignored warning signs as early as 2025', 'claim'),
    s('Mateo Tierney', "Montellano-Tierney's grandson, Mateo Tierney", 'the family was relieved the case was over but thought the sentence was too short', 'said', role='grandson'),
    s('Mateo Tierney', 'he', '"Four years for seven years of lies,"', 'said', 'direct', role='grandson'),
    s('Mateo Tierney', '', '"Do the math."', '', 'direct', role='grandson'),
)

MAYOR = 'Lorraine Vaudrelle-Ankrah'
WHIT = 'Dennis Fairhurst-Ofosuhene'
TRD = 'Gareth Ezeani-Coverdale'
NURSE = 'Priya Venkataraman-Penhallick'

doc('aa13-paper-council-granger-avenue-bike-lanes', 'The Port Tamsford Sentinel', '2030-11-14', '''
Council greenlights protected bike lanes on Granger Avenue after marathon debate

Mayor says city "can't paint its way out" of cyclist deaths; merchants fear loss of parking

By Theo Loiselle-Quarshie
Sentinel City Hall Reporter

After more than four hours of debate and 31 public delegations, Port Tamsford city council voted 7-4 late Wednesday to build protected bike lanes along a 2.8-kilometre stretch of Granger Avenue, removing 140 on-street parking spaces in the process.

The $6.1-million project, which staff say can be finished by the end of next summer, will separate cyclists from traffic with concrete curbs between Quenbury Street and the waterfront.

Mayor Lorraine Vaudrelle-Ankrah, who voted in favour, said the city had tried painted lanes for a decade and they had not stopped the deaths. "We can't paint our way out of this," she said. "Three people have died on Granger since 2026. Paint didn't save any of them."

A report by the city's transportation department found that collisions involving cyclists on Granger had risen 40 per cent in five years, and that two-thirds of them happened at intersections where drivers turned right.

Coun. Dennis Fairhurst-Ofosuhene (Ward 3), whose ward includes most of the affected businesses, voted against the plan. He said merchants had not been properly consulted and warned that losing parking could "finish off" stores already hurt by online shopping.

"I support safe streets. I don't support deciding this in one night," Fairhurst-Ofosuhene said.

Jasmine Frobisher, chair of the Granger Avenue Business Improvement Area, told council that 38 of the strip's 52 businesses had signed a petition against the lanes. She urged councillors to delay the vote until a parking study was done.

Transportation director Gareth Ezeani-Coverdale said the city would add 60 parking spaces on side streets and in a municipal lot behind the library, cutting the net loss to 80.

Most of the delegations, among them parents, doctors and a cycling club, spoke in favour. Priya Venkataraman-Penhallick, a nurse who cycles to work at Port Tamsford General, said she had been "doored" twice on Granger.

"The second time I went under a truck's mirror. I was lucky," she said.

Retired bus driver Earl Brodigan, 74, said the lanes would make the street "a nightmare" for people who cannot ride a bike. "Not everybody is 25 and fit," he said.

Coun. Annelise Gagnevault-Antwi said she changed her mind after walking the street with a group of parents from Granger Public School. "I was going to vote no. Then I watched a Grade 3 student wait four minutes to cross," she said.

The vote came after council rejected, 6-5, a motion by Fairhurst-Ofosuhene to defer the decision to January.

Construction is expected to start in April. Staff will report back in the fall on how the lanes have affected business revenue, using sales tax data supplied by the province.

Frobisher said after the meeting that the business association would "look at all our options," but would not say whether it planned a legal challenge. The meeting ended shortly after 11:30 p.m.
''',
    s(MAYOR, 'Mayor', 'city "can\'t paint its way out" of cyclist deaths', 'says', 'mixed', role='Mayor'),
    s('merchants', 'merchants', 'loss of parking', 'fear'),
    s('staff', 'staff', 'can be finished by the end of next summer', 'say'),
    s(MAYOR, 'Mayor Lorraine Vaudrelle-Ankrah, who voted in favour', 'the city had tried painted lanes for a decade and they had not stopped the deaths', 'said', role='Mayor'),
    s(MAYOR, 'she', '"We can\'t paint our way out of this,"', 'said', 'direct', role='Mayor'),
    s(MAYOR, '', '"Three people have died on Granger since 2026. Paint didn\'t save any of them."', '', 'direct', role='Mayor'),
    s("the city's transportation department", "A report by the city's transportation department", 'collisions involving cyclists on Granger had risen 40 per cent in five years, and that two-thirds of them happened at intersections where drivers turned right', 'found'),
    s(WHIT, 'He', 'merchants had not been properly consulted', 'said', role='Coun.'),
    s(WHIT, 'He', 'losing parking could "finish off" stores already hurt by online shopping', 'warned', 'mixed', role='Coun.'),
    s(WHIT, 'Fairhurst-Ofosuhene', '"I support safe streets. I don\'t support deciding this in one night,"', 'said', 'direct', role='Coun.'),
    s('Jasmine Frobisher', 'Jasmine Frobisher, chair of the Granger Avenue Business Improvement Area', "38 of the strip's 52 businesses had signed a petition against the lanes", 'told', role='chair of the Granger Avenue Business Improvement Area'),
    s('Jasmine Frobisher', 'She', 'councillors to delay the vote until a parking study was done', 'urged', role='chair of the Granger Avenue Business Improvement Area'),
    s(TRD, 'Transportation director Gareth Ezeani-Coverdale', 'the city would add 60 parking spaces on side streets and in a municipal lot behind the library, cutting the net loss to 80', 'said', role='Transportation director'),
    s(NURSE, 'Priya Venkataraman-Penhallick, a nurse who cycles to work at Port Tamsford General', 'she had been "doored" twice on Granger', 'said', 'mixed', role='nurse'),
    s(NURSE, 'she', '"The second time I went under a truck\'s mirror. I was lucky,"', 'said', 'direct', role='nurse'),
    s('Earl Brodigan', 'Retired bus driver Earl Brodigan, 74', 'the lanes would make the street "a nightmare" for people who cannot ride a bike', 'said', 'mixed', role='Retired bus driver'),
    s('Earl Brodigan', 'he', '"Not everybody is 25 and fit,"', 'said', 'direct', role='Retired bus driver'),
    s('Annelise Gagnevault-Antwi', 'Coun. Annelise Gagnevault-Antwi', 'she changed her mind after walking the street with a group of parents from Granger Public School', 'said', role='Coun.'),
    s('Annelise Gagnevault-Antwi', 'she', '"I was going to vote no. Then I watched a Grade 3 student wait four minutes to cross,"', 'said', 'direct', role='Coun.'),
    s('Jasmine Frobisher', 'Frobisher', 'the business association would "look at all our options,"', 'said', 'mixed', role='chair of the Granger Avenue Business Improvement Area'),
)

KRF = 'Brightholm Ridge Furniture'
CEO = 'Renata Alcott-Nsiah'
UNI = 'Ron Szymanski-Kpodo'
R_UNI = 'president of United Woodworkers Local 412'
OPR = 'Donna Wierzbicka-Kotoka'
MAY_D = 'Clifford Haverstock'
ANL = 'Meredith Caulfield-Ansong'
R_ANL = 'analyst at Tollmarsh Research'

doc('aa14-paper-business-furniture-plant-closing', 'Maplecroft Falls Courier-Journal', '2030-02-07', '''
Brightholm Ridge Furniture to close Maplecroft Falls plant, cutting 310 jobs

Company blames imports and a weak housing market; union says workers "found out from a memo"

By Gabriel Saunderson-Fordjour
Courier-Journal Business Writer

Brightholm Ridge Furniture will close its Maplecroft Falls upholstery plant by the end of March and move production to a newer factory in Cranmore County, eliminating 310 jobs at one of the city's largest private employers for nearly 70 years, the company said Thursday.

In a statement, chief executive Renata Alcott-Nsiah said the decision was "painful but unavoidable" after three years of falling orders. "Our Maplecroft Falls team has done everything we asked of them. The market has simply moved," she said.

The company said in a regulatory filing that it expects to record $18 million to $22 million in charges related to the closure, mostly for severance and equipment write-downs.

Sales at Brightholm Ridge, which is based in Lowdermilk Junction, fell 14 percent last year to $412 million, according to its annual report. The company has blamed cheaper imported sofas and a slowdown in home sales.

Workers learned of the closure at a 7 a.m. meeting. Ron Szymanski-Kpodo, president of United Woodworkers Local 412, said the union had been given no warning. "People found out from a memo taped to the break room door," he said. "Some of them have been here 30 years."

He said the union would press the company for enhanced severance and for the right of workers to transfer to the Cranmore County plant.

Donna Wierzbicka-Kotoka, a 52-year-old sewing machine operator who has worked at the plant since 1997, said she did not plan to move. "My mother is here. My kids are here. I'll find something," she said, though she admitted that jobs paying $23 an hour were "not exactly falling from the sky" in Maplecroft Falls.

Mayor Clifford Haverstock said he learned of the closure from a reporter's phone call. The city, he said, had offered the company a property tax abatement last year to keep the plant open.

"We put real money on the table. They never came back to us," Haverstock said.

A spokesman for Brightholm Ridge, Dale Pruneau, said the company had considered the offer but that it "would not have changed the math."

The state Department of Commerce said it would send a rapid response team to help workers with job searches, unemployment claims and retraining.

Furniture makers have been squeezed from both sides, said Meredith Caulfield-Ansong, an analyst at Tollmarsh Research who follows the industry. Imports now account for roughly two-thirds of the upholstered furniture sold in the country, she said, up from about half a decade ago.

"I'd expect more closures like this before the housing market turns," she said.

The brick plant, on Cobbler Road near the river, opened in 1961 and at its peak in the late 1990s employed more than 1,100 people. Brightholm Ridge has closed two other plants since 2024.

Brightholm Ridge shares rose 3 percent Thursday, their best day since November.
''',
    s(UNI, 'union', 'workers "found out from a memo"', 'says', 'mixed', role=R_UNI),
    s(KRF, 'Company', 'imports and a weak housing market', 'blames'),
    s(KRF, 'the company', "Brightholm Ridge Furniture will close its Maplecroft Falls upholstery plant|for nearly 70 years", 'said'),
    s(CEO, 'chief executive Renata Alcott-Nsiah', 'the decision was "painful but unavoidable" after three years of falling orders', 'said', 'mixed', role='chief executive'),
    s(CEO, 'she', '"Our Maplecroft Falls team has done everything we asked of them. The market has simply moved,"', 'said', 'direct', role='chief executive'),
    s(KRF, 'The company', 'it expects to record $18 million to $22 million in charges related to the closure, mostly for severance and equipment write-downs', 'said'),
    s(KRF, 'its annual report', 'Sales at Brightholm Ridge, which is based in Lowdermilk Junction, fell 14 percent last year to $412 million', 'according to'),
    s(KRF, 'The company', 'cheaper imported sofas and a slowdown in home sales', 'has blamed'),
    s(UNI, 'Ron Szymanski-Kpodo, president of United Woodworkers Local 412', 'the union had been given no warning', 'said', role=R_UNI),
    s(UNI, 'he', '"People found out from a memo taped to the break room door,"', 'said', 'direct', role=R_UNI),
    s(UNI, '', '"Some of them have been here 30 years."', '', 'direct', role=R_UNI),
    s(UNI, 'He', 'the union would press the company for enhanced severance and for the right of workers to transfer to the Cranmore County plant', 'said', role=R_UNI),
    s(OPR, 'Donna Wierzbicka-Kotoka, a 52-year-old sewing machine operator who has worked at the plant since 1997', 'she did not plan to move', 'said', role='sewing machine operator'),
    s(OPR, 'she', '"My mother is here. My kids are here. I\'ll find something,"', 'said', 'direct', role='sewing machine operator'),
    s(OPR, 'she', 'jobs paying $23 an hour were "not exactly falling from the sky" in Maplecroft Falls', 'admitted', 'mixed', role='sewing machine operator'),
    s(MAY_D, 'Mayor Clifford Haverstock', "he learned of the closure from a reporter's phone call", 'said', role='Mayor'),
    s(MAY_D, 'he', ['The city,|', 'had offered the company a property tax abatement last year to keep the plant open'], 'said', role='Mayor', anchor="phone call. The city"),
    s(MAY_D, 'Haverstock', '"We put real money on the table. They never came back to us,"', 'said', 'direct', role='Mayor'),
    s('Dale Pruneau', 'A spokesman for Brightholm Ridge, Dale Pruneau', 'the company had considered the offer but that it "would not have changed the math."', 'said', 'mixed', role='spokesman'),
    s('The state Department of Commerce', 'The state Department of Commerce', 'it would send a rapid response team to help workers with job searches, unemployment claims and retraining', 'said'),
    s(ANL, 'Meredith Caulfield-Ansong, an analyst at Tollmarsh Research who follows the industry', 'Furniture makers have been squeezed from both sides', 'said', role=R_ANL),
    s(ANL, 'she', 'Imports now account for roughly two-thirds of the upholstered furniture sold in the country', 'said', role=R_ANL),
    s(ANL, 'she', '"I\'d expect more closures like this before the housing market turns,"', 'said', 'direct', role=R_ANL),
)

WING = 'Mikael Kivilahti-Desrochers'
COACH = 'Bill Tremaine-Akomfrawe'
R_COACH = 'Ravens coach'
OPP = 'Dana Morrissant-Gyekye'
R_OPP = 'Lancers coach'
DMAN = 'Lucas Scarpelli-Bediakwa'

doc('aa15-paper-sport-ravens-overtime-comeback', 'The Quarrindale Daily Press', '2030-03-16', '''
Kivilahti-Desrochers completes hat trick in OT as Ravens rally past Lancers

Quarrindale erases three-goal deficit to stay in playoff hunt

By Sean McCrory-Adjaye
Daily Press Sports Writer

FENWICK — For two periods, the Quarrindale Ravens looked like a team playing out the string. Then Mikael Kivilahti-Desrochers decided he wasn't ready for the season to end.

The 23-year-old winger scored twice in the third period and again 2:41 into overtime as the Ravens came back from a 3-0 deficit to beat the Maplecroft Lancers 4-3 on Saturday night and stay alive in the race for the final playoff spot.

"Honestly, I just shot the puck. Somebody had to," Kivilahti-Desrochers said. "We've been waiting all year for a night where everything went in."

The winner came on a two-on-one. Kivilahti-Desrochers took a pass from Nils Arvidsson-Lamptey, faked a shot and slid the puck under the pad of Lancers goalie Tobias Grendahl, setting off a roar from a crowd that had been booing its own team an hour earlier.

Ravens coach Bill Tremaine-Akomfrawe said he had told his players between periods to "stop playing not to lose." "We were scared of our own shadow for 40 minutes," the coach said. "The third period was who we're supposed to be."

Defenceman Lucas Scarpelli-Bediakwa, whose slap shot from the point started the comeback at 4:12 of the third, said the dressing room had been quiet after the second period. "Nobody yelled. Nobody threw anything. We just looked at each other," he said.

Goaltender Jonas Vehkalahti made 34 saves. Asked about the Lancers' third goal, which deflected in off one of his own defencemen, he shrugged. "That one's on the hockey gods," he said.

Lancers coach Dana Morrissant-Gyekye said her team "stopped skating" after the second intermission. "You don't get a three-goal lead in this building and give it away. That's on me, and it's on all of us," she said.

The Ravens played without captain Teddy Lanigan, who missed his third straight game with what the team has called an upper-body injury. Tremaine-Akomfrawe said Lanigan would be re-evaluated Monday and could return for next weekend's home-and-home series against Merlin Bay.

The league's department of player safety said it would review a second-period hit by Lancers forward Cory Stambaugh on Arvidsson-Lamptey, which drew a five-minute major and a game misconduct. Arvidsson-Lamptey returned for the third period.

"I'm fine. I've been hit harder by my little brother," Arvidsson-Lamptey said, grinning.

The win moved Quarrindale within two points of the Merlin Bay Stormriders for the eighth and final playoff spot in the Eastern Conference, with four games left.

"We control it now," Kivilahti-Desrochers said. "That's all you can ask for in March."

Kivilahti-Desrochers now has 31 goals, a career high and the most by a Ravens player since 2022. His father, Petri Kivilahti, made the eight-hour drive from the family's home in Lake Varrow for the game.

"He texted me this morning that he had a feeling about tonight," Petri Kivilahti said. "I told him to keep it to himself."

Attendance was 6,212.
''',
    s(WING, 'Kivilahti-Desrochers', '"Honestly, I just shot the puck. Somebody had to,"', 'said', 'direct', role='winger'),
    s(WING, '', '"We\'ve been waiting all year for a night where everything went in."', '', 'direct', role='winger'),
    s(COACH, 'Ravens coach Bill Tremaine-Akomfrawe', 'he had told his players between periods to "stop playing not to lose."', 'said', 'mixed', role=R_COACH),
    s(COACH, 'the coach', '"We were scared of our own shadow for 40 minutes,"', 'said', 'direct', role=R_COACH),
    s(COACH, '', '"The third period was who we\'re supposed to be."', '', 'direct', role=R_COACH),
    s(DMAN, 'Defenceman Lucas Scarpelli-Bediakwa, whose slap shot from the point started the comeback at 4:12 of the third', 'the dressing room had been quiet after the second period', 'said', role='Defenceman'),
    s(DMAN, 'he', '"Nobody yelled. Nobody threw anything. We just looked at each other,"', 'said', 'direct', role='Defenceman'),
    s('Jonas Vehkalahti', 'he', '"That one\'s on the hockey gods,"', 'said', 'direct', role='Goaltender'),
    s(OPP, 'Lancers coach Dana Morrissant-Gyekye', 'her team "stopped skating" after the second intermission', 'said', 'mixed', role=R_OPP),
    s(OPP, 'she', '"You don\'t get a three-goal lead in this building and give it away. That\'s on me, and it\'s on all of us,"', 'said', 'direct', role=R_OPP),
    s('the Quarrindale Ravens', 'the team', 'an upper-body injury', 'has called'),
    s(COACH, 'Tremaine-Akomfrawe', "Lanigan would be re-evaluated Monday and could return for next weekend's home-and-home series against Merlin Bay", 'said', role=R_COACH),
    s("The league's department of player safety", "The league's department of player safety", 'it would review a second-period hit by Lancers forward Cory Stambaugh on Arvidsson-Lamptey, which drew a five-minute major and a game misconduct', 'said'),
    s('Nils Arvidsson-Lamptey', 'Arvidsson-Lamptey', '"I\'m fine. I\'ve been hit harder by my little brother,"', 'said', 'direct'),
    s('Petri Kivilahti', 'Petri Kivilahti', '"He texted me this morning that he had a feeling about tonight,"', 'said', 'direct'),
    s(WING, 'He', 'he had a feeling about tonight', 'texted', role='winger', nested=True, via='Petri Kivilahti'),
    s('Petri Kivilahti', '', '"I told him to keep it to himself."', '', 'direct'),
    s(WING, 'Kivilahti-Desrochers', '"We control it now,"', 'said', 'direct', role='winger'),
    s(WING, '', '"That\'s all you can ask for in March."', '', 'direct', role='winger'),
)

PEG = 'Margaret Wyckham-Asantewir'
R_PEG = 'pharmacist'
FRANK = 'Frank Wyckham'
R_FRANK = 'retired high school chemistry teacher'
HAR = 'Harold Tuckerman'
SUP = 'Gail Cadwallon-Ocansey'
PROF = 'Jun Takeda-Ishiguro'
R_PROF = 'professor of public health at the university who led the study'
AISHA = 'Aisha Karimi-Blake'
DOC = 'Raymond Oglethorpe-Baffoe'
R_DOC = "county's health officer"

doc('aa16-paper-feature-last-pharmacist-copperlode-bend', 'The Upcountry Observer', '2030-10-26', '''
The last pharmacist in Copperlode Bend is retiring. Nobody is coming to take her place.

After 44 years, Wyckham's Drug will close on Dec. 31. Town officials say they have tried everything.

By Natalie Ruskin-Trelawder
Observer Staff Writer

COLDWATER BEND — At 7:45 every weekday morning, Margaret Wyckham-Asantewir unlocks the side door of Wyckham's Drug on Main Street, turns on the coffee maker and checks the answering machine. Most mornings there are a dozen messages. Most of them, she says, are from people she has known for decades.

"They don't call the pharmacy. They call Peggy," she says. "There's a difference."

On Dec. 31, after 44 years behind the counter, Wyckham-Asantewir will retire, and the only pharmacy in a town of 2,300 people — and the only one within 38 miles — will close. She has spent two years trying to sell it. Nobody has bought it.

"I had three serious conversations. All three walked away when they saw the numbers," she says.

The numbers are not complicated. Wyckham's Drug fills about 120 prescriptions a day. Its margins have shrunk as pharmacy benefit managers, the middlemen who negotiate drug prices on behalf of insurers, have cut what they pay small pharmacies. Last year, she says, the store lost money on nearly one in five prescriptions it filled.

Her husband, Frank Wyckham, a retired high school chemistry teacher, does the books. He pulls a binder of reimbursement statements from a shelf under the register. "This is the whole story," he says, running a finger down a line for a common blood pressure drug. "They paid us $1.12 for it. It cost us $4.80 to buy."

He says the couple kept the store open these last few years "mostly out of stubbornness." She says it was loyalty.

"He says stubborn, I say loyal. It's the same thing after 40 years of marriage," she says, laughing.

For customers like Harold Tuckerman, the closure is more than an inconvenience. Tuckerman, 83, has Type 1 diabetes and no longer drives. His insulin, he says, will now come by mail, if it comes at all.

"Last winter the mail didn't get up the hill for six days," he says. "Peggy drove it up herself. The mail-order company is not going to do that."

Town Supervisor Gail Cadwallon-Ocansey says the town has tried everything it can think of. It offered a rent-free lease on the empty building next to town hall. It advertised in pharmacy journals in three states. It asked the regional hospital system, Upcountry Health, to open a satellite pharmacy.

Upcountry declined. In an email, spokesperson Teresa Vallone-Agyarkwe said the system had "explored the option carefully" but could not make a pharmacy of that size "sustainable without ongoing subsidy."

Pillbrook, the national chain whose nearest store is in Stoneleigh, 38 miles south, said in a statement that it "regularly evaluates new locations" but had no plans to open in Copperlode Bend.

Copperlode Bend is far from alone. A study published last year by researchers at the University of Ostervale found that one in eight rural counties in the region had lost at least one pharmacy since 2020, and that closures were most common in towns with older populations.

"When the pharmacy goes, the pharmacist goes — and in a lot of these towns the pharmacist is the only health professional you can see without an appointment," says Jun Takeda-Ishiguro, a professor of public health at the university who led the study. He says pharmacists in small towns check blood pressure, give vaccines and are often the first to notice when a patient is confused or failing.

The state pharmacists' association has urged lawmakers to require the middlemen to pay rural pharmacies a minimum dispensing fee. Its spokesperson, Linda Zanardelli, says a bill to do so has stalled in committee for two sessions. "Every month it sits there, we lose another one," she says.

There was one near miss. In the spring, a young pharmacist named Aisha Karimi-Blake drove up from the city twice to look at the store. She grew up two towns over, and for a few weeks, Wyckham-Asantewir let herself hope.

Karimi-Blake, 31, now works nights at a hospital pharmacy in Ostervale. Reached by phone, she says she "wanted it badly" but could not get a bank loan without some guarantee that the store would survive the payment cuts. "The bank looked at the same binder Frank showed you," she says. "They came to the same conclusion everybody does."

She says she still thinks about it. "If the bill passes, call me," she wrote to Wyckham-Asantewir in an email in August, which the pharmacist keeps, printed out, next to the register.

The county's health officer, Dr. Raymond Oglethorpe-Baffoe, says his office is working with Upcountry on a plan to deliver medications by van twice a week and to set up a telepharmacy kiosk at the town library. He acknowledges it is not the same. "A kiosk can't hold your hand," he says.

On a recent afternoon, Tuckerman's neighbor, Ruth Ann Fontbonne-Pendarrow, came in to pick up her husband's heart medication and stayed 40 minutes. She says she came to say thank you. Wyckham-Asantewir says she has heard a lot of thank-yous lately. She doesn't know what to do with them.

"I keep telling people I'm not dying, I'm retiring," she says. "But I understand. Something is dying. Just not me."

Frank says they will stay in town. He has already promised the librarian that he will volunteer there two mornings a week. She has promised herself nothing, she says, except to sleep past 7:45.
''',
    s('Town officials', 'Town officials', 'they have tried everything', 'say'),
    s(PEG, 'she', ['Most of them,', 'are from people she has known for decades'], 'says', role=R_PEG, anchor='dozen messages.'),
    s(PEG, 'she', '"They don\'t call the pharmacy. They call Peggy,"', 'says', 'direct', role=R_PEG),
    s(PEG, '', '"There\'s a difference."', '', 'direct', role=R_PEG),
    s(PEG, 'she', '"I had three serious conversations. All three walked away when they saw the numbers,"', 'says', 'direct', role=R_PEG),
    s(PEG, 'she', ['Last year,', 'the store lost money on nearly one in five prescriptions it filled'], 'says', role=R_PEG, anchor='Last year, she says'),
    s(FRANK, 'he', '"This is the whole story,"', 'says', 'direct', role=R_FRANK),
    s(FRANK, '', '"They paid us $1.12 for it. It cost us $4.80 to buy."', '', 'direct', role=R_FRANK),
    s(FRANK, 'He', 'the couple kept the store open these last few years "mostly out of stubbornness."', 'says', 'mixed', role=R_FRANK),
    s(PEG, 'She', 'it was loyalty', 'says', role=R_PEG),
    s(PEG, 'she', '"He says stubborn, I say loyal. It\'s the same thing after 40 years of marriage,"', 'says', 'direct', role=R_PEG),
    s(HAR, 'he', ['His insulin,', 'will now come by mail, if it comes at all'], 'says', anchor='His insulin, he says'),
    s(HAR, 'he', '"Last winter the mail didn\'t get up the hill for six days,"', 'says', 'direct'),
    s(HAR, '', '"Peggy drove it up herself. The mail-order company is not going to do that."', '', 'direct'),
    s(SUP, 'Town Supervisor Gail Cadwallon-Ocansey', 'the town has tried everything it can think of', 'says', role='Town Supervisor'),
    s('Copperlode Bend', 'It', 'the regional hospital system, Upcountry Health, to open a satellite pharmacy', 'asked'),
    s('Teresa Vallone-Agyarkwe', 'spokesperson Teresa Vallone-Agyarkwe', 'the system had "explored the option carefully" but could not make a pharmacy of that size "sustainable without ongoing subsidy."', 'said', 'mixed', role='spokesperson'),
    s('Pillbrook', 'Pillbrook, the national chain whose nearest store is in Stoneleigh, 38 miles south', 'it "regularly evaluates new locations" but had no plans to open in Copperlode Bend', 'said', 'mixed'),
    s('researchers at the University of Ostervale', 'A study published last year by researchers at the University of Ostervale', 'one in eight rural counties in the region had lost at least one pharmacy since 2020, and that closures were most common in towns with older populations', 'found'),
    s(PROF, 'Jun Takeda-Ishiguro, a professor of public health at the university who led the study', '"When the pharmacy goes, the pharmacist goes|without an appointment,"', 'says', 'direct', role=R_PROF),
    s(PROF, 'He', 'pharmacists in small towns check blood pressure, give vaccines and are often the first to notice when a patient is confused or failing', 'says', role=R_PROF),
    s("The state pharmacists' association", "The state pharmacists' association", 'lawmakers to require the middlemen to pay rural pharmacies a minimum dispensing fee', 'has urged'),
    s('Linda Zanardelli', 'Its spokesperson, Linda Zanardelli', 'a bill to do so has stalled in committee for two sessions', 'says', role='spokesperson'),
    s('Linda Zanardelli', 'she', '"Every month it sits there, we lose another one,"', 'says', 'direct', role='spokesperson'),
    s(AISHA, 'she', 'she "wanted it badly" but could not get a bank loan without some guarantee that the store would survive the payment cuts', 'says', 'mixed', role='pharmacist'),
    s(AISHA, 'she', '"The bank looked at the same binder Frank showed you,"', 'says', 'direct', role='pharmacist'),
    s(AISHA, '', '"They came to the same conclusion everybody does."', '', 'direct', role='pharmacist'),
    s(AISHA, 'She', 'she still thinks about it', 'says', role='pharmacist'),
    s(AISHA, 'she', '"If the bill passes, call me,"', 'wrote', 'direct', role='pharmacist'),
    s(DOC, "The county's health officer, Dr. Raymond Oglethorpe-Baffoe", 'his office is working with Upcountry on a plan to deliver medications by van twice a week and to set up a telepharmacy kiosk at the town library', 'says', role=R_DOC),
    s(DOC, 'He', 'it is not the same', 'acknowledges', role=R_DOC),
    s(DOC, 'he', '"A kiosk can\'t hold your hand,"', 'says', 'direct', role=R_DOC),
    s('Ruth Ann Fontbonne-Pendarrow', 'She', 'she came to say thank you', 'says', role="Tuckerman's neighbor"),
    s(PEG, 'Wyckham-Asantewir', 'she has heard a lot of thank-yous lately', 'says', role=R_PEG),
    s(PEG, 'she', '"I keep telling people I\'m not dying, I\'m retiring,"', 'says', 'direct', role=R_PEG),
    s(PEG, '', '"But I understand. Something is dying. Just not me."', '', 'direct', role=R_PEG),
    s(FRANK, 'Frank', 'they will stay in town', 'says', role=R_FRANK),
    s(FRANK, 'He', 'he will volunteer there two mornings a week', 'has already promised', role=R_FRANK),
    s(PEG, 'she', ['She has promised herself nothing,', 'except to sleep past 7:45'], 'says', role=R_PEG, anchor='She has promised herself'),
)
