"""Set AK's five North American newspaper articles (see build_ak.py)."""
from invented_common import doc_spans as doc, s

DEL = 'Marcus Delaney'
R_DEL = 'Lt.'
CAST = 'Renee Castellano'
R_CAST = 'Superintendent'

doc('ak12-paper-cedar-hollow-high-school-lockdown-threat', 'The Brannock Ledger', '2033-10-19', '''
Threat locks down Cedar Hollow High; no weapon found, police say

Student, 16, in custody after post named the school

By Jenna Kowalczyk
Staff Writer

CEDAR HOLLOW — About 1,400 students and staff at Cedar Hollow High School spent nearly three hours locked in classrooms Tuesday morning after a threat against the school was posted on social media, police said.

No weapon was found and no one was hurt, Cedar Hollow police Lt. Marcus Delaney said at a news conference outside the school shortly after 1 p.m. A 16-year-old student was taken into custody at his home about a mile away and will be charged with making a terroristic threat, a felony, Delaney said.

"We take every one of these seriously, every single time. Today the system worked the way it's supposed to," he said.

According to police, a parent called the department's non-emergency line at 9:12 a.m. after her son showed her a post that named the school and mentioned "a gun in my backpack." Officers arrived within four minutes, and the school went into lockdown at 9:18.

Police did not release the student's name because he is a minor. Delaney said investigators did not believe anyone else was involved and that the teen did not appear to have had access to a gun.

It was the third threat against a school in Brannock County since classes began in August, though the first to lead to a full lockdown.

Superintendent Renee Castellano said in a letter to families that counselors would be at the high school for the rest of the week and that classes would resume on a normal schedule Wednesday.

"I know how frightening this morning was, for the kids inside and for every parent standing outside that fence. We will learn from it," Castellano told reporters.

She said the district would review why some families received the first text alert more than 40 minutes after the lockdown began.

Outside the school, dozens of parents waited behind yellow tape along Orchard Road, refreshing their phones and comparing messages from their children.

Dana Whitcombe, whose daughter is a sophomore, said she had learned about the lockdown from another mother's post on a neighborhood group, not from the district.

"I found out from a stranger online. That's not OK," Whitcombe said. "The school has my number. It has had my number for ten years."

Luis Arredondo said his son had texted him from under a desk in a chemistry lab.

"He wrote, 'Dad, we're fine, don't come,' and of course I came," Arredondo said. "What else are you going to do?"

When the lockdown was lifted a little after noon, students walked out in single file with their hands visible and were led to the football field, where parents could pick them up after signing a form.

Kayla Moreno, a junior, said students in her English class had sat on the floor in the dark with the blinds down for more than two hours.

"Nobody was crying, which was kind of the scary part. Everybody just got really quiet," she said. "Our teacher kept telling us jokes under her breath. I don't think any of them were funny, but it helped."

School board president Harold Nguyen-Price said the board would discuss the district's alert system at its meeting next Monday, which is open to the public.
''',
    s(DEL, 'police', 'no weapon found', 'say', role=R_DEL),
    s('police', 'police', 'About 1,400 students and staff at Cedar Hollow High School spent nearly three hours|posted on social media', 'said'),
    s(DEL, 'Cedar Hollow police Lt. Marcus Delaney', 'No weapon was found and no one was hurt', 'said', role=R_DEL),
    s(DEL, 'Delaney', 'A 16-year-old student was taken into custody at his home about a mile away|a felony', 'said', role=R_DEL),
    s(DEL, 'he', '"We take every one of these seriously, every single time. Today the system worked the way it\'s supposed to,"', 'said', 'direct', role=R_DEL),
    s('police', 'police', 'a parent called the department\'s non-emergency line at 9:12 a.m.|mentioned "a gun in my backpack."', 'According to', 'mixed'),
    s(DEL, 'Delaney', 'investigators did not believe anyone else was involved and that the teen did not appear to have had access to a gun', 'said', role=R_DEL),
    s(CAST, 'Superintendent Renee Castellano', 'counselors would be at the high school for the rest of the week|on a normal schedule Wednesday', 'said', role=R_CAST),
    s(CAST, 'Castellano', '"I know how frightening this morning was,|We will learn from it,"', 'told', 'direct', role=R_CAST),
    s(CAST, 'She', 'the district would review why some families received the first text alert|after the lockdown began', 'said', role=R_CAST),
    s('Dana Whitcombe', 'Dana Whitcombe, whose daughter is a sophomore', "she had learned about the lockdown from another mother's post on a neighborhood group, not from the district", 'said'),
    s('Dana Whitcombe', 'Whitcombe', '"I found out from a stranger online. That\'s not OK,"', 'said', 'direct'),
    s('Dana Whitcombe', '', '"The school has my number. It has had my number for ten years."', '', 'direct'),
    s('Luis Arredondo', 'Luis Arredondo', 'his son had texted him from under a desk in a chemistry lab', 'said'),
    s('Luis Arredondo', 'Arredondo', '"He wrote, \'Dad, we\'re fine, don\'t come,\' and of course I came,"', 'said', 'direct'),
    s('Luis Arredondo', '', '"What else are you going to do?"', '', 'direct'),
    s('Kayla Moreno', 'Kayla Moreno, a junior', 'students in her English class had sat on the floor in the dark|for more than two hours', 'said', role='junior'),
    s('Kayla Moreno', 'she', '"Nobody was crying, which was kind of the scary part. Everybody just got really quiet,"', 'said', 'direct', role='junior'),
    s('Kayla Moreno', '', '"Our teacher kept telling us jokes under her breath.|but it helped."', '', 'direct', role='junior'),
    s('Harold Nguyen-Price', 'School board president Harold Nguyen-Price', "the board would discuss the district's alert system at its meeting next Monday, which is open to the public", 'said', role='School board president'),
)

BAN = 'Gloria Banerjee'
R_BAN = 'Mayor'
HOLL = 'Dwayne Hollis'
SAND = 'Priya Sandoval'
OSTR = 'Mark Ostrowski'
TRAN = 'Elliot Tran'

doc('ak13-paper-harlow-council-stadium-subsidy-vote', 'The Harlow Tribune', '2033-05-07', '''
Council OKs $140M for new Foxes ballpark in 7-6 vote

Mayor calls it "the best deal we were going to get"

By Owen Marchetti
Tribune City Hall Reporter

After four hours of debate and public comment that stretched past midnight, the Harlow City Council voted 7-6 early Wednesday to contribute $140 million in public money toward a new downtown ballpark for the Harlow Foxes, the city's Triple-A baseball team.

The vote clears the way for construction to begin next spring on the 9,000-seat stadium on the site of the former Union Freight yards along the Catawba River. The team's owner, Kessler Sports Holdings, will pay the remaining $95 million and has agreed to keep the Foxes in Harlow for at least 30 years.

Mayor Gloria Banerjee, who negotiated the agreement with the team over 14 months, said after the vote that it was "the best deal we were going to get" and that the stadium would bring restaurants, apartments and foot traffic to a part of downtown that has been empty for two decades.

"Nobody on this council loves writing a check this size. But the alternative was watching the Foxes leave for a suburb that was ready to write a bigger one," Banerjee said.

Most of the money will come from bonds repaid by a new tax on tickets and parking and from property taxes generated by development around the stadium, according to a city staff report. If that development falls short, the city's general fund would cover the gap.

That guarantee was the sticking point for the six council members who voted no.

Council member Priya Sandoval, who represents the neighborhoods east of the river, called the agreement "a gift to a billionaire wrapped in a bow of wishful thinking." She said the city's own consultant had assumed that 1,200 apartments would be built near the ballpark within ten years, a figure she described as "a fantasy."

"If those apartments don't come, the people paying for this stadium will be the people who can't afford a ticket to it," Sandoval said.

Council member Dwayne Hollis, whose district includes the stadium site, said he had heard the same warnings when the city built its convention center in 2011, and that the center now pays for itself.

"I'm tired of watching my district be the place where things used to be," Hollis said.

More than 60 people signed up to speak during public comment, which ran for nearly two hours.

Elliot Tran, a retired teacher who lives in the Eastgate neighborhood, told the council that the city had closed two public pools last summer for lack of money. "You found $140 million for a ballpark in one night. Find two lifeguards," he said, drawing applause.

Several speakers, many wearing Foxes caps, urged the council to approve the deal. A 12-year-old Little League player, Marisol Ortega, read a letter asking members to "keep the Foxes home."

Foxes president Mark Ostrowski said the team was "grateful and humbled" and would hire locally for the 400 jobs the stadium is expected to support on game days. He said construction could be finished in time for opening day in April 2036.

Opponents said they would try to put the subsidy to a citywide referendum. Under the city charter, they have 45 days to collect the signatures of about 18,000 registered voters.
''',
    s(BAN, 'Mayor', '"the best deal we were going to get"', 'calls', 'direct', role=R_BAN, anchor='Mayor calls it'),
    s(BAN, 'Mayor Gloria Banerjee, who negotiated the agreement with the team over 14 months', 'it was "the best deal we were going to get" and that the stadium would bring restaurants|empty for two decades', 'said', 'mixed', role=R_BAN),
    s(BAN, 'Banerjee', '"Nobody on this council loves writing a check this size.|ready to write a bigger one,"', 'said', 'direct', role=R_BAN),
    s('city staff report', 'a city staff report', 'Most of the money will come from bonds repaid by a new tax on tickets and parking|development around the stadium', 'according to'),
    s(SAND, 'Council member Priya Sandoval, who represents the neighborhoods east of the river', '"a gift to a billionaire wrapped in a bow of wishful thinking."', 'called', 'direct', role='Council member'),
    s(SAND, 'She', "the city's own consultant had assumed that 1,200 apartments would be built near the ballpark within ten years", 'said', role='Council member'),
    s(SAND, 'she', '"a fantasy."', 'described', 'direct', role='Council member'),
    s(SAND, 'Sandoval', '"If those apartments don\'t come, the people paying for this stadium will be the people who can\'t afford a ticket to it,"', 'said', 'direct', role='Council member'),
    s(HOLL, 'Council member Dwayne Hollis, whose district includes the stadium site', 'he had heard the same warnings when the city built its convention center in 2011, and that the center now pays for itself', 'said', role='Council member'),
    s(HOLL, 'Hollis', '"I\'m tired of watching my district be the place where things used to be,"', 'said', 'direct', role='Council member'),
    s(TRAN, 'Elliot Tran, a retired teacher who lives in the Eastgate neighborhood', 'the city had closed two public pools last summer for lack of money', 'told', role='retired teacher'),
    s(TRAN, 'he', '"You found $140 million for a ballpark in one night. Find two lifeguards,"', 'said', 'direct', role='retired teacher'),
    s('Several speakers', 'Several speakers, many wearing Foxes caps', 'the council to approve the deal', 'urged'),
    s('Marisol Ortega', 'A 12-year-old Little League player, Marisol Ortega', 'members to "keep the Foxes home."', 'asking', 'mixed'),
    s(OSTR, 'Foxes president Mark Ostrowski', 'the team was "grateful and humbled" and would hire locally|expected to support on game days', 'said', 'mixed', role='president'),
    s(OSTR, 'He', 'construction could be finished in time for opening day in April 2036', 'said', role='president'),
    s('Opponents', 'Opponents', 'they would try to put the subsidy to a citywide referendum', 'said'),
)

GAGN = 'Luc Gagnon'
BRAD = 'Tyler Bradshaw'
HEIK = 'Mats Heikkila'
ORR = 'Dale Orr'
ROMA = 'Steve Romanchuk'

doc('ak14-paper-kelstone-blades-playoff-overtime-win', 'Kelstone Free Press', '2033-04-28', '''
Gagnon's OT winner puts Blades one win from conference final

By Rick Dorsey
Free Press Sports

KELSTONE — Luc Gagnon had gone 11 playoff games without a goal. He picked a good night to end the drought.

The Blades winger buried a rebound 6:41 into overtime Saturday to give Kelstone a 3-2 win over the Port Arden Ravens in Game 5 of their second-round series, sending a sellout crowd of 17,800 at Brennan Centre into a frenzy and putting the Blades one victory from the Western Conference final.

"I've been squeezing the stick so hard my hands hurt. Tonight I just tried to get to the net and let it find me," Gagnon said. "That one's for the fourth line. Those guys have been carrying us."

Kelstone leads the best-of-seven series 3-2. Game 6 is Monday in Port Arden.

The winner came after Ravens goaltender Mats Heikkila, who made 41 saves, kicked out a point shot from defenseman Tyler Bradshaw. Gagnon was alone at the top of the crease and lifted the puck over Heikkila's outstretched pad.

Heikkila said he never saw the rebound. "There were three bodies in front of me. I'm guessing where it is, and I guessed wrong," he said.

Port Arden had taken a 2-1 lead midway through the third period on a power-play goal by captain Steve Romanchuk, his sixth of the playoffs, and appeared to be headed to a win before Bradshaw tied it with 2:14 left in regulation, firing a one-timer through traffic with Kelstone goalie Anton Sauer pulled for an extra attacker.

Bradshaw said the Blades had practiced the play all week.

"Coach drew it up on the board Thursday and said, 'You're going to get this look.' We got the look," Bradshaw said.

Blades coach Dale Orr said his team had been "outworked for forty minutes" and called the comeback "a gift we probably didn't deserve." He praised Sauer, who stopped 29 of 31 shots, including a breakaway by Romanchuk early in overtime.

"Sauer kept us alive until we woke up. We can't play like that in their building on Monday and expect the same ending," Orr said.

Ravens coach Ben Lacasse was blunter. Asked about the penalty that led to the tying goal's power play, he said only that he would "let the league look at it."

"We played a good road game for 58 minutes. In the playoffs 58 minutes doesn't buy you anything," Lacasse said.

Romanchuk, whose line was on the ice for all three Kelstone goals, blamed himself for the loss.

"That's on me and my line. We'll be better Monday, or we go home," he said.

The Blades will again be without defenseman Ilya Morozyuk, who has missed three games with an upper-body injury. Orr said Morozyuk skated on his own Saturday morning and was "getting closer."

Gagnon, 31, signed a one-year contract with Kelstone last summer after seven seasons in Port Arden. He said beating his old team in overtime felt "a little strange, but mostly just good."
''',
    s(GAGN, 'Gagnon', '"I\'ve been squeezing the stick so hard my hands hurt. Tonight I just tried to get to the net and let it find me,"', 'said', 'direct', role='winger'),
    s(GAGN, '', '"That one\'s for the fourth line. Those guys have been carrying us."', '', 'direct', role='winger'),
    s(HEIK, 'Heikkila', 'he never saw the rebound', 'said', role='goaltender'),
    s(HEIK, 'he', '"There were three bodies in front of me. I\'m guessing where it is, and I guessed wrong,"', 'said', 'direct', role='goaltender'),
    s(BRAD, 'Bradshaw', 'the Blades had practiced the play all week', 'said', role='defenseman'),
    s(BRAD, 'Bradshaw', '"Coach drew it up on the board Thursday and said, \'You\'re going to get this look.\' We got the look,"', 'said', 'direct', role='defenseman'),
    s(ORR, 'Blades coach Dale Orr', 'his team had been "outworked for forty minutes"', 'said', 'mixed', role='coach'),
    s(ORR, 'Blades coach Dale Orr', '"a gift we probably didn\'t deserve."', 'called', 'direct', role='coach'),
    s(ORR, 'He', 'Sauer, who stopped 29 of 31 shots, including a breakaway by Romanchuk early in overtime', 'praised', role='coach'),
    s(ORR, 'Orr', '"Sauer kept us alive until we woke up.|expect the same ending,"', 'said', 'direct', role='coach'),
    s('Ben Lacasse', 'he', 'he would "let the league look at it."', 'said', 'mixed', role='coach'),
    s('Ben Lacasse', 'Lacasse', '"We played a good road game for 58 minutes. In the playoffs 58 minutes doesn\'t buy you anything,"', 'said', 'direct', role='coach'),
    s(ROMA, 'Romanchuk, whose line was on the ice for all three Kelstone goals', 'himself for the loss', 'blamed', role='captain'),
    s(ROMA, 'he', '"That\'s on me and my line. We\'ll be better Monday, or we go home,"', 'said', 'direct', role='captain'),
    s(ORR, 'Orr', 'Morozyuk skated on his own Saturday morning and was "getting closer."', 'said', 'mixed', role='coach'),
    s(GAGN, 'He', 'beating his old team in overtime felt "a little strange, but mostly just good."', 'said', 'mixed', role='winger'),
)

OKON = 'Harriet Okonkwo-Bell'
R_OKON = 'Superior Court Judge'
GREER = 'Samuel Greer'
KOWA = 'Beth Ann Kowalski'
FENN = 'Carol Fenwick'

doc('ak15-paper-millbrook-zoning-lawsuit-ruling', 'The Valley Courier', '2033-07-16', '''
Judge voids Millbrook rezoning for warehouse hub, siding with neighbors

Town 'skipped the hard questions,' ruling says

By Natalie Brisbois
Courier Staff

MILLBROOK — A Superior Court judge on Tuesday struck down the town's rezoning of 212 acres of farmland off Route 44 for a regional distribution center, ruling that the Planning and Zoning Commission failed to weigh the project's effect on traffic and groundwater before approving it last year.

In a 34-page decision, Judge Harriet Okonkwo-Bell wrote that the commission had relied on a traffic study paid for by the developer that "counted cars on the wrong road, in the wrong month, for the wrong kind of building," and had never asked for an independent review.

"A commission may reach any conclusion the record supports. What it may not do is skip the hard questions because the answers might be inconvenient," the judge wrote.

The ruling sends the application back to the commission, which must hold new hearings if the developer, Ridgeline Logistics Partners, wants to pursue the project.

The lawsuit was brought by 38 residents of the Orchard Hill and Pell Brook neighborhoods and a group called Keep Millbrook Rural. They argued that the 1.1-million-square-foot warehouse, which would have operated around the clock, would send up to 900 truck trips a day past two elementary schools.

Samuel Greer, the residents' lawyer, called the decision "a reminder that zoning is a public process, not a private negotiation."

"My clients were never against jobs. They were against a commission that made up its mind before the first hearing," Greer said in an interview Tuesday afternoon.

Town Attorney Beth Ann Kowalski said the town was disappointed and was reviewing the decision with the commission. She noted that the judge had not found any wrongdoing by commission members and had rejected the residents' claim that the public had been given too little notice of the hearings.

Okonkwo-Bell did reject that claim, finding that the notices published in the Courier and posted at Town Hall had met the requirements of state law.

A lawyer for Ridgeline, Andrew Castellanos, said the company "remains committed to Millbrook" and would decide in the coming weeks whether to appeal or to submit a revised application. Ridgeline had promised about 600 permanent jobs and $2.4 million a year in property taxes.

In her opinion, the judge also criticized the commission for approving the project two days after receiving a 400-page groundwater report. No member could reasonably have read it in that time, she wrote.

Carol Fenwick, who has lived on Pell Brook Road for 41 years and whose well is a quarter mile from the site, said she had cried when a neighbor called her with the news.

"We're not rich people and we're not lawyers. We baked pies and sold raffle tickets to pay for this case," Fenwick said. "Today somebody finally listened."

Not everyone in town welcomed the ruling. Gary Tomczak, who owns a diner on Route 44, said Millbrook needed the jobs and the tax money, and that the warehouse would have been built "somewhere, by somebody" anyway.

"Now it'll be built in the next town over, and we'll still get the trucks," Tomczak said.

First Selectman Dennis Achebe said the board would meet next week to discuss the town's options.
''',
    s(OKON, 'ruling', "Town 'skipped the hard questions,'", 'says', 'mixed', role=R_OKON),
    s(OKON, 'A Superior Court judge', 'the Planning and Zoning Commission failed to weigh the project\'s effect on traffic and groundwater before approving it last year', 'ruling', role=R_OKON),
    s(OKON, 'Judge Harriet Okonkwo-Bell', 'the commission had relied on a traffic study paid for by the developer|never asked for an independent review', 'wrote', 'mixed', role=R_OKON),
    s(OKON, 'the judge', '"A commission may reach any conclusion the record supports.|the answers might be inconvenient,"', 'wrote', 'direct', role=R_OKON),
    s('38 residents of the Orchard Hill and Pell Brook neighborhoods and Keep Millbrook Rural', 'They', 'the 1.1-million-square-foot warehouse, which would have operated around the clock|past two elementary schools', 'argued'),
    s(GREER, "Samuel Greer, the residents' lawyer", '"a reminder that zoning is a public process, not a private negotiation."', 'called', 'direct', role='lawyer'),
    s(GREER, 'Greer', '"My clients were never against jobs. They were against a commission that made up its mind before the first hearing,"', 'said', 'direct', role='lawyer'),
    s(KOWA, 'Town Attorney Beth Ann Kowalski', 'the town was disappointed and was reviewing the decision with the commission', 'said', role='Town Attorney'),
    s(KOWA, 'She', "the judge had not found any wrongdoing by commission members and had rejected the residents' claim|too little notice of the hearings", 'noted', role='Town Attorney'),
    s(OKON, 'Okonkwo-Bell', 'the notices published in the Courier and posted at Town Hall had met the requirements of state law', 'finding', role=R_OKON),
    s('Andrew Castellanos', 'A lawyer for Ridgeline, Andrew Castellanos', 'the company "remains committed to Millbrook" and would decide in the coming weeks whether to appeal or to submit a revised application', 'said', 'mixed', role='lawyer'),
    s(OKON, 'the judge', 'the commission for approving the project two days after receiving a 400-page groundwater report', 'criticized', role=R_OKON),
    s(OKON, 'she', 'No member could reasonably have read it in that time', 'wrote', role=R_OKON),
    s(FENN, 'Carol Fenwick, who has lived on Pell Brook Road for 41 years and whose well is a quarter mile from the site', 'she had cried when a neighbor called her with the news', 'said'),
    s(FENN, 'Fenwick', '"We\'re not rich people and we\'re not lawyers. We baked pies and sold raffle tickets to pay for this case,"', 'said', 'direct'),
    s(FENN, '', '"Today somebody finally listened."', '', 'direct'),
    s('Gary Tomczak', 'Gary Tomczak, who owns a diner on Route 44', 'Millbrook needed the jobs and the tax money, and that the warehouse would have been built "somewhere, by somebody" anyway', 'said', 'mixed'),
    s('Gary Tomczak', 'Tomczak', '"Now it\'ll be built in the next town over, and we\'ll still get the trucks,"', 'said', 'direct'),
    s('Dennis Achebe', 'First Selectman Dennis Achebe', "the board would meet next week to discuss the town's options", 'said', role='First Selectman'),
)

AMBL = 'Ruth Ambler'
DIGG = 'Carla Diggs'
HOLT = 'Janine Holt'
KAMA = 'Aisha Kamara'
PELL = 'Marjorie Pell'

doc('ak16-paper-ledger-photographer-ruth-ambler-retires', 'The Saginack Ledger', '2033-12-02', '''
41 years, a million frames: Ruth Ambler puts down her camera

By Theresa Quinlan
Ledger Staff

SAGINACK — By her own estimate, Ruth Ambler has photographed close to 2,000 high school football games, along with six governors, four floods and three championship parades. On Friday, after 41 years at the Ledger, she will hand in her press badge and her last company camera.

"I keep telling people I'm not retiring, I'm just going to stop getting up at 4 a.m. to chase fire trucks," Ambler said last week, sitting in the nearly empty photo department on the third floor of the Ledger building. "The camera comes with me. It just won't have a deadline attached."

Ambler, 66, was hired in 1992 as a darkroom technician, when the paper still printed its own film. Within a year she was shooting assignments, and by the end of the decade she was the paper's chief photographer, the first woman to hold the job.

Managing editor Carla Diggs, who started at the Ledger as a cops reporter two years after Ambler, said she had learned more about reporting from riding in Ambler's car than from journalism school.

"Ruth would get to a scene and the first thing she did was put the camera down and talk to people. She says the pictures come later, and she's right," Diggs said. "Half the stories I'm proudest of started with something Ruth overheard."

Her best-known photograph, of a mother lifting her toddler through the window of a flooded car on the Harmon River bridge in 2008, was a finalist for a national award and still hangs in the lobby.

Ambler remembers that morning differently than the people who admire the picture. She said she had been standing in water up to her waist and was more worried about the mother than about the shot.

"I took four frames and then I put the camera on my back and grabbed the kid's leg. People forget that part," she said.

Reporter Janine Holt, who worked beside Ambler for 19 years on the county beat, called her "the calmest person in any room, including the rooms that were on fire." She said Ambler had once talked a man out of a standoff with deputies simply by asking whether he wanted his picture taken.

"She didn't take the picture, by the way. She said it wasn't that kind of day," Holt said.

Aisha Kamara, now a staff photographer at the Rockport Daily Sentinel, was a Ledger intern in 2019. She said Ambler had made her reshoot a county fair assignment three times before one of her pictures ran.

"I cried in the parking lot the second time. The third time I got it, and she bought me a milkshake. I still have the clipping," Kamara said. "Every young photographer should have a Ruth. Most of them don't get one."

Publisher Marjorie Pell said the paper would name its photography internship after Ambler and that a selection of her work would go on display at the Saginack Public Library in January.

Asked what she would miss most, Ambler did not hesitate. She said she would miss the people in the newsroom, and then she corrected herself.

"The people in the pictures. That's who I'll miss," she said. "Every one of them let a stranger with a camera into the worst or best day of their life."
''',
    s(AMBL, 'Ambler', '"I keep telling people I\'m not retiring, I\'m just going to stop getting up at 4 a.m. to chase fire trucks,"', 'said', 'direct'),
    s(AMBL, '', '"The camera comes with me. It just won\'t have a deadline attached."', '', 'direct'),
    s(AMBL, 'her', 'Ruth Ambler has photographed close to 2,000 high school football games|three championship parades', 'By her own estimate'),
    s(DIGG, 'Managing editor Carla Diggs, who started at the Ledger as a cops reporter two years after Ambler', "she had learned more about reporting from riding in Ambler's car than from journalism school", 'said', role='Managing editor'),
    s(DIGG, 'Diggs', '"Ruth would get to a scene and the first thing she did was put the camera down and talk to people.|and she\'s right,"', 'said', 'direct', role='Managing editor'),
    s(DIGG, '', '"Half the stories I\'m proudest of started with something Ruth overheard."', '', 'direct', role='Managing editor'),
    s(AMBL, 'She', 'she had been standing in water up to her waist and was more worried about the mother than about the shot', 'said'),
    s(AMBL, 'she', '"I took four frames and then I put the camera on my back and grabbed the kid\'s leg. People forget that part,"', 'said', 'direct'),
    s(HOLT, 'Reporter Janine Holt, who worked beside Ambler for 19 years on the county beat', '"the calmest person in any room, including the rooms that were on fire."', 'called', 'direct', role='Reporter'),
    s(HOLT, 'She', 'Ambler had once talked a man out of a standoff with deputies simply by asking whether he wanted his picture taken', 'said', role='Reporter'),
    s(HOLT, 'Holt', '"She didn\'t take the picture, by the way. She said it wasn\'t that kind of day,"', 'said', 'direct', role='Reporter'),
    s(KAMA, 'She', 'Ambler had made her reshoot a county fair assignment three times before one of her pictures ran', 'said', role='staff photographer'),
    s(KAMA, 'Kamara', '"I cried in the parking lot the second time. The third time I got it, and she bought me a milkshake. I still have the clipping,"', 'said', 'direct', role='staff photographer'),
    s(KAMA, '', '"Every young photographer should have a Ruth. Most of them don\'t get one."', '', 'direct', role='staff photographer'),
    s(PELL, 'Publisher Marjorie Pell', 'the paper would name its photography internship after Ambler|at the Saginack Public Library in January', 'said', role='Publisher'),
    s(AMBL, 'She', 'she would miss the people in the newsroom', 'said'),
    s(AMBL, 'she', '"The people in the pictures. That\'s who I\'ll miss,"', 'said', 'direct'),
    s(AMBL, '', '"Every one of them let a stranger with a camera into the worst or best day of their life."', '', 'direct'),
)
