"""Set BP's five North American newspaper articles (see build_bp.py)."""
from invented_common import doc_spans as doc, s

LAR = 'Leonard Acheampong-Ritter'
DPW = 'director of public works'
JHM = 'Josefina Halloran-Mbeki'
DKA = 'Deborah Kwiatkowski-Ansah'
HH = 'Harkness Holdings'

doc('bp12-paper-pellston-mural-painted-over', 'The Pellston Courier', '2043-06-18', '''
Beloved mural painted over by mistake, city admits; artist 'heartbroken'

A contractor hired to remove graffiti covered the 14-year-old 'River of Hands' with beige paint

By Carmen Oduya-Whitfield
Staff Writer, The Pellston Courier

For 14 years, the wall of the old Harkness Feed building on Lower Mill Street carried hundreds of painted hands, each traced from a child in the neighborhood, flowing like a river toward the water.

On Tuesday morning, it was beige.

A contractor hired by the city to remove graffiti from the building painted over the entire mural, the city's director of public works, Leonard Acheampong-Ritter, confirmed Wednesday. "This was our mistake, and I'm not going to dress it up," he said. "The work order listed the wrong wall."

The artist, Josefina Halloran-Mbeki, who organized the project with Lower Mill Elementary in 2029, said she learned about it from a former student who sent her a photo.

"I sat down on the sidewalk and cried," she said. "Some of those kids are parents now. Their hands were on that wall."

Halloran-Mbeki said she had not been contacted by the city before or after the work. She said she wants the wall restored, not "a new mural with a plaque apologizing for the old one."

Can it be restored? Acheampong-Ritter said the city had asked a conservator from Eastlake University to examine the wall. The conservator, Dr. Ravi Castellanos-Byrne, told the Courier the beige coat was a water-based primer and that "there is a real chance" some of the original could be recovered. He cautioned that the process would be slow and expensive.

The contractor, Brightline Surface Care, did not return calls.

Mayor Deborah Kwiatkowski-Ansah called the loss "a wound for the whole neighborhood" and said the city would pay for whatever restoration was possible. She said she had ordered a review of how graffiti work orders are checked.

Not everyone on Lower Mill Street was upset. Frank Dellamonica, who has owned the hardware store across the street since 2031, said the mural had faded badly and that "most people walked past it without looking."

Others disagreed. Amara Stinchcombe-Oyelaran, whose son's hand is near the top left corner, stood in front of the wall on Wednesday with a photograph of it. "He was six," she said. "He's twenty now. He called me from college when he heard."

The Pellston Arts Council, which paid for the mural's last touch-up in 2040, said in a statement that it was "shocked and saddened" and offered to help raise money for the restoration.

According to city records, the building's owner, Harkness Holdings, had filed a graffiti complaint about the building's rear wall, not the mural, on June 2.

A spokesperson for Harkness Holdings said the company had never asked for the mural to be touched. "We like the mural," the spokesperson said.

Halloran-Mbeki said she will wait for the conservator's report before deciding anything. "If even one hand comes back," she said, "that is where I'll start."

Contact Carmen Oduya-Whitfield at coduya@pellstoncourier.example
''',
    s(LAR, 'city', 'Beloved mural painted over by mistake', 'admits', role=DPW),
    s(LAR, "the city's director of public works, Leonard Acheampong-Ritter", 'A contractor hired by the city to remove graffiti from the building painted over the entire mural', 'confirmed', role=DPW),
    s(LAR, 'he', '"This was our mistake, and I\'m not going to dress it up,"', 'said', 'direct', role=DPW),
    s(LAR, '', '"The work order listed the wrong wall."', '', 'direct', role=DPW),
    s(JHM, 'The artist, Josefina Halloran-Mbeki', 'she learned about it from a former student who sent her a photo', 'said', role='artist'),
    s(JHM, 'she', '"I sat down on the sidewalk and cried,"', 'said', 'direct', role='artist'),
    s(JHM, '', '"Some of those kids are parents now. Their hands were on that wall."', '', 'direct', role='artist'),
    s(JHM, 'Halloran-Mbeki', 'she had not been contacted by the city before or after the work', 'said', role='artist'),
    s(JHM, 'She', 'she wants the wall restored, not "a new mural with a plaque apologizing for the old one."', 'said', 'mixed', role='artist'),
    s(LAR, 'Acheampong-Ritter', 'the city had asked a conservator from Eastlake University to examine the wall', 'said', role=DPW),
    s('Ravi Castellanos-Byrne', 'The conservator, Dr. Ravi Castellanos-Byrne', 'the beige coat was a water-based primer and that "there is a real chance" some of the original could be recovered', 'told', 'mixed', role='conservator'),
    s('Ravi Castellanos-Byrne', 'He', 'the process would be slow and expensive', 'cautioned', role='conservator'),
    s(DKA, 'Mayor Deborah Kwiatkowski-Ansah', 'the loss "a wound for the whole neighborhood"', 'called', 'mixed', role='Mayor'),
    s(DKA, '', 'the city would pay for whatever restoration was possible', 'said', role='Mayor'),
    s(DKA, 'She', 'she had ordered a review of how graffiti work orders are checked', 'said', role='Mayor'),
    s('Frank Dellamonica', 'Frank Dellamonica', 'the mural had faded badly and that "most people walked past it without looking."', 'said', 'mixed'),
    s('Amara Stinchcombe-Oyelaran', 'she', '"He was six,"', 'said', 'direct'),
    s('Amara Stinchcombe-Oyelaran', '', '"He\'s twenty now. He called me from college when he heard."', '', 'direct'),
    s('The Pellston Arts Council', 'The Pellston Arts Council', 'it was "shocked and saddened"', 'said', 'mixed'),
    s('the city', 'city records', "the building's owner, Harkness Holdings, had filed a graffiti complaint about the building's rear wall, not the mural, on June 2", 'According to'),
    s(HH, 'A spokesperson for Harkness Holdings', 'the company had never asked for the mural to be touched', 'said'),
    s(HH, 'the spokesperson', '"We like the mural,"', 'said', 'direct'),
    s(JHM, 'Halloran-Mbeki', "she will wait for the conservator's report before deciding anything", 'said', role='artist'),
    s(JHM, 'she', ['"If even one hand comes back,"', '"that is where I\'ll start."'], 'said', 'direct', role='artist', anchor='she will wait for the'),
)

DTN = 'Dale Thibodeaux-Nwachukwu'
LFA = 'Leonard Faircloth-Adu'
MOB = 'Marguerite Oyelowo-Brandt'
CV = 'Curtis Vanterpool'
SB = 'Sam Brightwater'

doc('bp13-paper-ashby-covered-bridge-weight-limit', 'The Ostrander Valley Gazette', '2043-03-03', '''
Town's 1887 covered bridge closed to heavy trucks after inspection finds rot

Farmers say detour adds 40 minutes; selectboard weighs $2.1M repair

By Wendell Arkwright-Sowah
The Ostrander Valley Gazette

BRISTOW FALLS — The Ashby Covered Bridge, which has carried traffic over the Wennet River since 1887, is closed to vehicles over three tons after a state inspection found rot in two of its main timbers, town officials said Monday.

Road foreman Dale Thibodeaux-Nwachukwu said crews installed height bars at both ends of the bridge on Saturday, after the town received the inspection report. Cars and pickups can still cross.

"It's not going to fall down tomorrow," Thibodeaux-Nwachukwu said. "But I'm not going to be the guy who let a loaded milk truck find out."

The report, prepared by the state Agency of Transportation's bridge unit, described the bridge's condition as "poor" and recommended that the town limit loads until the timbers are replaced.

For dairy farmers on the east side of the river, the closure means a detour of about 40 minutes through Halsey Corners each way. Marguerite Oyelowo-Brandt, who milks 160 cows on Ridge Road with her husband, said their milk hauler had already told them he would add a surcharge.

"We pay it, or we find another hauler, and there isn't another hauler," she said.

The selectboard met in a special session Monday night. Chair Leonard Faircloth-Adu said the board had received one estimate, from a timber-framing firm in Corriston, of $2.1 million to replace the timbers and the deck. He said the town would apply for state and federal historic bridge grants, which could cover up to 80% of the cost.

Is a new concrete bridge cheaper? Faircloth-Adu said it might be, but that the board had "no appetite" for tearing down a bridge on the National Register.

Not everyone agrees. Selectboard member Curtis Vanterpool said the town should at least price a new span. "People love that bridge, and so do I. But love doesn't pay for it," he said.

The Bristow Falls Historical Society has urged the board to keep the bridge in use. Its president, Hollis Achterberg-Diallo, said a bridge that carries no traffic "becomes a museum piece, and museum pieces get neglected."

How long will repairs take? According to the estimate, about 14 months once work begins.

School buses, which weigh about 12 tons, will also take the detour. Superintendent Renata Oyinlola-Marsh said in a letter to parents that pickup times on the east side would move about 25 minutes earlier starting next week.

Fire Chief Sam Brightwater said his department had arranged with neighboring Halsey Corners for its engines to answer calls on the east side of the river, which he said would keep response times "about the same."

The board will hold a public hearing on the repair on March 19.
''',
    s('Farmers', 'Farmers', 'detour adds 40 minutes', 'say'),
    s('town officials', 'town officials', 'The Ashby Covered Bridge, which has carried traffic|in two of its main timbers', 'said'),
    s(DTN, 'Road foreman Dale Thibodeaux-Nwachukwu', 'crews installed height bars at both ends of the bridge on Saturday, after the town received the inspection report', 'said', role='Road foreman'),
    s(DTN, 'Thibodeaux-Nwachukwu', '"It\'s not going to fall down tomorrow,"', 'said', 'direct', role='Road foreman'),
    s(DTN, '', '"But I\'m not going to be the guy who let a loaded milk truck find out."', '', 'direct', role='Road foreman'),
    s("the state Agency of Transportation's bridge unit", 'The report', 'the bridge\'s condition as "poor"', 'described', 'mixed'),
    s("the state Agency of Transportation's bridge unit", '', 'the town limit loads until the timbers are replaced', 'recommended'),
    s(MOB, MOB, 'their milk hauler had already told them he would add a surcharge', 'said'),
    s('their milk hauler', 'their milk hauler', 'he would add a surcharge', 'told', nested=True, via=MOB),
    s(MOB, 'she', '"We pay it, or we find another hauler, and there isn\'t another hauler,"', 'said', 'direct'),
    s(LFA, 'Chair Leonard Faircloth-Adu', 'the board had received one estimate|to replace the timbers and the deck', 'said', role='Chair'),
    s(LFA, 'He', 'the town would apply for state and federal historic bridge grants, which could cover up to 80% of the cost', 'said', role='Chair'),
    s(LFA, 'Faircloth-Adu', 'it might be, but that the board had "no appetite" for tearing down a bridge on the National Register', 'said', 'mixed', role='Chair'),
    s(CV, 'Selectboard member Curtis Vanterpool', 'the town should at least price a new span', 'said', role='Selectboard member'),
    s(CV, 'he', '"People love that bridge, and so do I. But love doesn\'t pay for it,"', 'said', 'direct', role='Selectboard member'),
    s('The Bristow Falls Historical Society', 'The Bristow Falls Historical Society', 'the board to keep the bridge in use', 'urged'),
    s('Hollis Achterberg-Diallo', 'Its president, Hollis Achterberg-Diallo', 'a bridge that carries no traffic "becomes a museum piece, and museum pieces get neglected."', 'said', 'mixed', role='president'),
    s('a timber-framing firm in Corriston', 'the estimate', 'about 14 months once work begins', 'According to'),
    s('Renata Oyinlola-Marsh', 'Superintendent Renata Oyinlola-Marsh', 'pickup times on the east side would move about 25 minutes earlier starting next week', 'said', role='Superintendent'),
    s(SB, 'Fire Chief Sam Brightwater', 'his department had arranged with neighboring Halsey Corners for its engines to answer calls on the east side of the river', 'said', role='Fire Chief'),
    s(SB, 'he', 'would keep response times "about the same."', 'said', 'mixed', role='Fire Chief'),
)

WJ = 'Walt and June Espinoza-Harrow'
JEH = 'June Espinoza-Harrow'
WEH = 'Walt Espinoza-Harrow'
DMC = 'Delphine Mwangi-Castle'
MDO = 'Marcus Delacroix-Oyelaran'

doc('bp14-paper-starlite-drive-in-closing', 'The Wexford Plains Sentinel', '2043-08-22', '''
After 61 summers, the Starlite Drive-In will show its last movie

Owners cite land sale; fans plan a final 'honk-out'

By Priscilla Nakamura-Boateng
The Wexford Plains Sentinel

Route 9's Starlite Drive-In, where three generations of Wexford Plains teenagers learned to parallel park in the dark, will close at the end of this season, its owners announced Thursday.

Walt and June Espinoza-Harrow, who bought the theater from Walt's uncle in 2019, said they had agreed to sell the 22-acre site to a logistics company that plans to build a distribution warehouse. They would not say how much the company is paying.

"We held out as long as we could," June Espinoza-Harrow said. "The screen needs $300,000 of work, the projector is on its last legs, and we are both 71."

Walt Espinoza-Harrow said the couple had tried for two years to find a buyer who would keep the drive-in open. "Nobody wanted to run a business that's open four months a year," he said.

The buyer, Corvane Logistics, said in a statement that it was "proud to bring 180 jobs to Wexford Plains" and that it would "honor the Starlite's history" at the new site. It did not say how.

Town Planner Esther Abernathy-Quist said the sale still needs a zoning change, because the land is zoned for commercial recreation. The planning commission will take up the request in October, she said.

The news spread fast on social media. By Friday morning, a post in a local history group calling for a final "honk-out" (a line of cars blowing their horns on closing night) had more than 2,000 shares.

Its author, Delphine Mwangi-Castle, 34, said she saw her first movie at the Starlite from the back of her father's pickup. "It was 'The Lighthouse Keeper's Daughter,' and I fell asleep in the first twenty minutes," she said. "My dad said it was the best money he ever spent."

Some want more than a farewell. Councilor Bram Ostrowski-Lane said he would ask the town to look into buying the screen and projection booth and moving them to the fairgrounds. "It's a long shot," he said, "but it costs nothing to ask."

Is there still a market for drive-ins? According to the Drive-In Theatre Owners Association, 214 drive-ins were operating in the country last year, down from 302 in 2030. The association's executive director, Marcus Delacroix-Oyelaran, said most closures were sales of land, not failures of business. "The land under a drive-in is almost always worth more than the drive-in," he said.

The Starlite's last show is scheduled for Sept. 27. June Espinoza-Harrow said she hasn't picked the movie yet.

"Something with a happy ending. We've earned one," she said.

Stories and photos from the Starlite can be sent to newsroom@wexfordsentinel.example.
''',
    s(WJ, 'Owners', 'land sale', 'cite'),
    s(WJ, 'its owners', "Route 9's Starlite Drive-In|will close at the end of this season", 'announced'),
    s(WJ, WJ, 'they had agreed to sell the 22-acre site|a distribution warehouse', 'said'),
    s(JEH, JEH, '"We held out as long as we could,"', 'said', 'direct'),
    s(JEH, '', '"The screen needs $300,000 of work|we are both 71."', '', 'direct'),
    s(WEH, WEH, 'the couple had tried for two years to find a buyer who would keep the drive-in open', 'said'),
    s(WEH, 'he', '"Nobody wanted to run a business that\'s open four months a year,"', 'said', 'direct'),
    s('Corvane Logistics', 'The buyer, Corvane Logistics', 'it was "proud to bring 180 jobs to Wexford Plains" and that it would "honor the Starlite\'s history" at the new site', 'said', 'mixed'),
    s('Esther Abernathy-Quist', 'Town Planner Esther Abernathy-Quist', 'the sale still needs a zoning change, because the land is zoned for commercial recreation', 'said', role='Town Planner'),
    s('Esther Abernathy-Quist', 'she', 'The planning commission will take up the request in October', 'said', role='Town Planner'),
    s(DMC, 'a post in a local history group', 'a final "honk-out"', 'calling for', 'mixed'),
    s(DMC, 'Its author, Delphine Mwangi-Castle', "she saw her first movie at the Starlite from the back of her father's pickup", 'said'),
    s(DMC, 'she', '"It was \'The Lighthouse Keeper\'s Daughter,\' and I fell asleep in the first twenty minutes,"', 'said', 'direct'),
    s(DMC, '', '"My dad said it was the best money he ever spent."', '', 'direct'),
    s('My dad', 'My dad', 'it was the best money he ever spent', 'said', nested=True, via=DMC),
    s('Bram Ostrowski-Lane', 'Councilor Bram Ostrowski-Lane', 'he would ask the town to look into buying the screen and projection booth and moving them to the fairgrounds', 'said', role='Councilor'),
    s('Bram Ostrowski-Lane', 'he', ['"It\'s a long shot,"', '"but it costs nothing to ask."'], 'said', 'direct', role='Councilor'),
    s('the Drive-In Theatre Owners Association', 'the Drive-In Theatre Owners Association', '214 drive-ins were operating in the country last year, down from 302 in 2030', 'According to'),
    s(MDO, "The association's executive director, Marcus Delacroix-Oyelaran", 'most closures were sales of land, not failures of business', 'said', role='executive director'),
    s(MDO, 'he', '"The land under a drive-in is almost always worth more than the drive-in,"', 'said', 'direct', role='executive director'),
    s(JEH, JEH, "she hasn't picked the movie yet", 'said'),
    s(JEH, 'she', '"Something with a happy ending. We\'ve earned one,"', 'said', 'direct'),
)

GWA = 'Gloria Whitcombe-Asare'
LBO = 'Lucia Brannigan-Osei'
ROS = 'Raymond Oyelaran-Stokes'
TK = 'Theo Kastellanos'
KVM = 'Karl Vosburgh-Mensah'
PG = 'Pauline Grasso'

doc('bp15-paper-harlan-band-barred-from-parade', 'The Millbrook Ledger-Post', '2043-09-05', '''
Harlan High band barred from Founders Day parade over insurance paperwork

Band director says students 'did nothing wrong'; parade committee cites insurance rule

By Dominic Achebe-Farrell
The Millbrook Ledger-Post

MILLBROOK — For 38 years, the Harlan High School Marching Falcons have led the Founders Day parade down Quarry Street. This year, they will not be in it at all.

The parade committee voted 5-2 on Tuesday to bar the band after the school district said it could not provide the insurance certificate the committee requires for every group that marches, committee chair Gloria Whitcombe-Asare said.

"Rules are rules, and we can't make an exception for one group, however much we love them," Whitcombe-Asare said. "If a tuba player trips on Quarry Street, the committee is on the hook."

The district's business manager, Raymond Oyelaran-Stokes, said the certificate was late because the district changed insurers in July and the new company had not yet issued its paperwork. He said the district had sent the committee a letter from the insurer confirming coverage.

Whitcombe-Asare said the letter arrived after the deadline and was "not the same thing as a certificate."

Band director Lucia Brannigan-Osei, who has led the Falcons since 2031, said her 112 students found out in the middle of rehearsal on Wednesday.

"They did nothing wrong," she said. "They practiced all summer. Some of them learned to march in the heat with a sousaphone on their shoulder, and they did it for this parade."

Did the committee consider a waiver? Member Theo Kastellanos, one of the two who voted against the ban, said he proposed letting the band march if the district signed a letter accepting liability, but that the idea "never got a second."

"It's a parade, not a bank loan," he said.

Senior drum major Imani Castaneda-Roth, 17, said some students cried when they heard. She said the band has started a petition asking the committee to reconsider, and that it had more than 900 signatures by Thursday night.

Superintendent Karl Vosburgh-Mensah called the committee's decision "disappointing" in an email to families. He wrote that the certificate would be ready "within days" and asked the committee to meet again before the parade.

Is there time? The parade is Sept. 14. Whitcombe-Asare said the committee would look at a certificate "if and when it arrives," but would not promise a vote.

Some parade veterans are taking sides. The Millbrook Volunteer Fire Company, which marches right behind the band every year, said in a Facebook post that it would "gladly walk behind the Falcons or not at all." The company later removed the words "or not at all," its chief, Lyle Amankwah, said, because "we don't want to make threats."

Quarry Street merchants have mostly stayed quiet. Pauline Grasso, who owns the Quarry Street Bakery, said the parade is her busiest morning of the year. "The band is why people line up. Nobody comes out to watch the insurance agent," she said.

The committee meets next on Sept. 8.
''',
    s(LBO, 'Band director', "students 'did nothing wrong'", 'says', 'mixed', role='Band director'),
    s(GWA, 'parade committee', 'insurance rule', 'cites', role='committee chair'),
    s(GWA, 'committee chair Gloria Whitcombe-Asare', 'The parade committee voted 5-2 on Tuesday|for every group that marches', 'said', role='committee chair'),
    s('the school district', 'the school district', 'it could not provide the insurance certificate the committee requires for every group that marches', 'said', nested=True, via=GWA),
    s(GWA, 'Whitcombe-Asare', '"Rules are rules|however much we love them,"', 'said', 'direct', role='committee chair'),
    s(GWA, '', '"If a tuba player trips on Quarry Street, the committee is on the hook."', '', 'direct', role='committee chair'),
    s(ROS, "The district's business manager, Raymond Oyelaran-Stokes", 'the certificate was late because the district changed insurers in July and the new company had not yet issued its paperwork', 'said', role='business manager'),
    s(ROS, 'He', 'the district had sent the committee a letter from the insurer confirming coverage', 'said', role='business manager'),
    s(GWA, 'Whitcombe-Asare', 'the letter arrived after the deadline and was "not the same thing as a certificate."', 'said', 'mixed', role='committee chair'),
    s(LBO, 'Band director Lucia Brannigan-Osei', 'her 112 students found out in the middle of rehearsal on Wednesday', 'said', role='Band director'),
    s(LBO, 'she', '"They did nothing wrong,"', 'said', 'direct', role='Band director'),
    s(LBO, '', '"They practiced all summer.|they did it for this parade."', '', 'direct', role='Band director'),
    s(TK, 'Member Theo Kastellanos', 'he proposed letting the band march if the district signed a letter accepting liability, but that the idea "never got a second."', 'said', 'mixed', role='Member'),
    s(TK, 'he', '"It\'s a parade, not a bank loan,"', 'said', 'direct', role='Member'),
    s('Imani Castaneda-Roth', 'Senior drum major Imani Castaneda-Roth', 'some students cried when they heard', 'said', role='Senior drum major'),
    s('Imani Castaneda-Roth', 'She', 'the band has started a petition asking the committee to reconsider, and that it had more than 900 signatures by Thursday night', 'said', role='Senior drum major'),
    s(KVM, 'Superintendent Karl Vosburgh-Mensah', 'the committee\'s decision "disappointing"', 'called', 'mixed', role='Superintendent'),
    s(KVM, 'He', 'the certificate would be ready "within days"', 'wrote', 'mixed', role='Superintendent'),
    s(KVM, '', 'the committee to meet again before the parade', 'asked', role='Superintendent'),
    s(GWA, 'Whitcombe-Asare', 'the committee would look at a certificate "if and when it arrives," but would not promise a vote', 'said', 'mixed', role='committee chair'),
    s('The Millbrook Volunteer Fire Company', 'The Millbrook Volunteer Fire Company', 'it would "gladly walk behind the Falcons or not at all."', 'said', 'mixed'),
    s('Lyle Amankwah', 'its chief, Lyle Amankwah', ['The company later removed the words "or not at all,"', 'because "we don\'t want to make threats."'], 'said', 'mixed', role='chief'),
    s(PG, PG, 'the parade is her busiest morning of the year', 'said'),
    s(PG, 'she', '"The band is why people line up. Nobody comes out to watch the insurance agent,"', 'said', 'direct'),
)

JTV = 'Jeremy Tshabalala-Voss'
UF = 'urban forester'
OMN = 'Orla MacAdam-Nwosu'
FAG = 'Felicity Amadi-Grant'
ATC = 'Ardent Tree Care'
SOP = 'Samuel Oduya-Patterson'

doc('bp16-paper-eastvale-kingsley-oak-felled', 'The Eastvale Tribune', '2043-10-09', '''
Home > Local News > Eastvale

Crews cut down 200-year-old oak despite neighbors' pleas, as city says tree was 'a hazard'

Published 7:12 a.m. ET Oct. 9, 2043 | Updated 11:40 a.m. ET Oct. 9, 2043

By Naomi Feldmann-Achterberg | The Eastvale Tribune

Share this story

Listen to this article (5 min)

The Kingsley Oak, a white oak on Harrow Lane that predates the city itself, was cut down Wednesday morning, two days after an arborist's report declared it a hazard, the city's urban forester said.

Advertisement

Neighbors gathered before dawn. Some held signs reading "Save the Kingsley Oak." Two sat in lawn chairs at the base of the trunk until police asked them to move.

"It's been here longer than the street, longer than the city, longer than anybody's grandparents," said Orla MacAdam-Nwosu, who lives across the lane. "And they took it down in four hours."

City urban forester Jeremy Tshabalala-Voss said the report found a cavity at the base of the trunk that had hollowed out nearly 40% of its cross-section. "I love that tree as much as anyone," he said. "But I can't sign off on a 90-foot oak leaning over a school bus route when I know it's hollow."

Related: Eastvale adds 400 street trees in spring planting

Is 40% hollow dangerous? Not always, according to Dr. Felicity Amadi-Grant, a retired forestry professor who examined the tree in August at the neighbors' request. She said oaks can stand for decades with larger cavities, and that the city could have braced the tree and pruned its crown instead.

The city's report, written by the consulting firm Ardent Tree Care, says bracing "would reduce but not eliminate" the risk of failure and recommends removal "at the earliest opportunity."

Councilmember Samuel Oduya-Patterson, whose ward includes Harrow Lane, said he asked the city manager on Monday to delay the removal for two weeks to allow a second opinion. He said he was told the contractor had already been scheduled.

City Manager Helena Brisbois-Akande did not respond to a request for comment Wednesday. A city spokesperson, Carla Nkemelu, said the decision "was made by the people whose job it is to make it."

Sign up for our Eastvale Daily newsletter

The Eastvale Tree Alliance said it would ask the council to adopt a heritage tree bylaw requiring a public notice period before any tree over 100 years old is removed from public land. "This will happen again unless there is a rule," the group's chair, Benedikt Oyelowo-Strand, said.

Wood from the oak will be milled into benches for Kingsley Park, the city said.

Orla MacAdam-Nwosu said she took home a piece of bark. "I don't know what I'll do with it. I just couldn't leave it on the ground," she said.

Comments (37)

TreeHugger55: The forester said it was hollow. Believe him or don't, but he's the one who'd get sued.

EastvaleMom: My kids' bus goes down Harrow Lane. I'm sorry, but I'm glad.

Most Read

1. Crews cut down 200-year-old oak despite neighbors' pleas, as city says tree was 'a hazard'
2. Eastvale school board delays vote on later start times
3. Police: Two arrested after break-ins on Mercer Street
''',
    s(JTV, 'city', "tree was 'a hazard'", 'says', 'mixed', role=UF),
    s(JTV, "the city's urban forester", "The Kingsley Oak, a white oak on Harrow Lane that predates the city itself, was cut down Wednesday morning, two days after an arborist's report declared it a hazard", 'said', role=UF),
    s(ATC, "an arborist's report", 'it a hazard', 'declared', nested=True, via=JTV),
    s(OMN, OMN, '"It\'s been here longer than the street|anybody\'s grandparents,"', 'said', 'direct'),
    s(OMN, '', '"And they took it down in four hours."', '', 'direct'),
    s(JTV, 'City urban forester Jeremy Tshabalala-Voss', 'the report found a cavity at the base of the trunk that had hollowed out nearly 40% of its cross-section', 'said', role=UF),
    s(ATC, 'the report', 'a cavity at the base of the trunk that had hollowed out nearly 40% of its cross-section', 'found', nested=True, via=JTV),
    s(JTV, 'he', '"I love that tree as much as anyone,"', 'said', 'direct', role=UF),
    s(JTV, '', '"But I can\'t sign off on|when I know it\'s hollow."', '', 'direct', role=UF),
    s(FAG, 'Dr. Felicity Amadi-Grant', 'Not always', 'according to', role='a retired forestry professor'),
    s(FAG, 'She', 'oaks can stand for decades with larger cavities, and that the city could have braced the tree and pruned its crown instead', 'said', role='a retired forestry professor'),
    s(ATC, "The city's report", 'bracing "would reduce but not eliminate" the risk of failure', 'says', 'mixed'),
    s(ATC, '', 'removal "at the earliest opportunity."', 'recommends', 'mixed'),
    s(SOP, 'Councilmember Samuel Oduya-Patterson', 'he asked the city manager on Monday to delay the removal for two weeks to allow a second opinion', 'said', role='Councilmember'),
    s(SOP, 'He', 'he was told the contractor had already been scheduled', 'said', role='Councilmember'),
    s('Carla Nkemelu', 'A city spokesperson, Carla Nkemelu', 'the decision "was made by the people whose job it is to make it."', 'said', 'mixed', role='city spokesperson'),
    s('The Eastvale Tree Alliance', 'The Eastvale Tree Alliance', 'it would ask the council to adopt a heritage tree bylaw|removed from public land', 'said'),
    s('Benedikt Oyelowo-Strand', "the group's chair, Benedikt Oyelowo-Strand", '"This will happen again unless there is a rule,"', 'said', 'direct', role='chair'),
    s('the city', 'the city', 'Wood from the oak will be milled into benches for Kingsley Park', 'said'),
    s(OMN, OMN, 'she took home a piece of bark', 'said'),
    s(OMN, 'she', '"I don\'t know what I\'ll do with it. I just couldn\'t leave it on the ground,"', 'said', 'direct'),
)
