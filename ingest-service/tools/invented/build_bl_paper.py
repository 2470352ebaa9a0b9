"""Set BL's five North American newspaper articles (see build_bl.py)."""
from invented_common import doc_spans as doc, s

DWA = 'Darnell Whitcomb-Ayers'
DWR = 'Police Chief'
KAL = 'Keisha Abernathy-Lund'
TRO = 'Tomas Reyes-Okafor'
PNB = 'Priya Natarajan-Boyd'
CPA = 'Corner Parents of Ashgrove'
WBA = 'Walter Brennan-Asante'

doc('bl12-paper-ashgrove-crossing-guard-shortage', 'The Ashgrove Sentinel', '2041-10-15', '''
Ashgrove can't find crossing guards, so parents are holding the signs

Police chief says 11 corners have no guard; parents' group calls the gap 'a game of chance'

By Renee Castillo-Brandt
Sentinel Staff Writer

ASHGROVE — At 7:40 on a gray Tuesday morning, a woman in a borrowed orange vest stepped into the intersection of Fulton Avenue and 9th Street and held up a stop sign she had made from a paint stirrer and a pizza box.

"It's not regulation," said Keisha Abernathy-Lund, whose daughter is in second grade at Fulton Elementary. "But the cars stop."

She is one of about 30 parents who have taken turns at unstaffed corners since school started in August. They have a group chat, a spreadsheet and, since last week, a name: Corner Parents of Ashgrove.

The city is short 11 of the 46 crossing guards it needs, Police Chief Darnell Whitcomb-Ayers told the City Council on Monday. The guards, who work for the police department, earn $17.50 an hour for two shifts a day that together last about three hours.

"Nobody wants a job that starts at 7 and ends at 3:30 with a five-hour hole in the middle," Whitcomb-Ayers said. He said the department had advertised the openings 14 times since March. The latest posting went up on Sept. 30 and had drawn two applications by Friday.

Council member Tomas Reyes-Okafor asked whether the city could raise the wage to $22 an hour. Whitcomb-Ayers said that would cost about $190,000 a year and was "a council decision, not mine."

Reyes-Okafor said after the meeting that he would propose the raise at the council's budget session in November. He said the city "spends more than that on the traffic lights at one intersection."

Are the corners safe without guards? Drivers struck two children walking to school in Ashgrove last year, neither seriously, according to police data.

The group's organizer, Priya Natarajan-Boyd, a nurse with twins at Fulton Elementary, called the current system "a game of chance, played by 6-year-olds." In a letter to the council on Oct. 9, the group wrote that parents "should not be the city's safety plan" and asked for the wage increase.

The Ashgrove School District said in a statement that it "supports every effort to keep students safe" but that crossing guards are the city's responsibility under a 1998 agreement.

A retired machinist who guarded the corner of Elm Street and 4th Avenue for nine years, until his knees gave out in June, said the hours were never the problem. "The problem is the drivers," he said. "They're on their phones. They'll run a stop sign with a 70-year-old man standing under it."

The machinist, Walter Brennan-Asante, 74, said he would go back "in a heartbeat" if his doctor let him.

The state Department of Transportation, which pays part of the program's cost, declined to comment.

Abernathy-Lund said she had no plans to stop. "I'll hand the pizza box to a guard the day one shows up," she said.
''',
    s(DWA, 'Police chief', '11 corners have no guard', 'says', role=DWR),
    s(PNB, "parents' group", "the gap 'a game of chance'", 'calls', 'mixed', role='organizer'),
    s(KAL, 'Keisha Abernathy-Lund', '"It\'s not regulation,"', 'said', 'direct'),
    s(KAL, '', '"But the cars stop."', '', 'direct'),
    s(DWA, 'Police Chief Darnell Whitcomb-Ayers', 'The city is short 11 of the 46 crossing guards it needs', 'told', role=DWR),
    s(DWA, 'Whitcomb-Ayers', '"Nobody wants a job that starts at 7 and ends at 3:30 with a five-hour hole in the middle,"', 'said', 'direct', role=DWR),
    s(DWA, 'He', 'the department had advertised the openings 14 times since March', 'said', role=DWR),
    s(DWA, 'Whitcomb-Ayers', 'that would cost about $190,000 a year and was "a council decision, not mine."', 'said', 'mixed', role=DWR),
    s(TRO, 'Reyes-Okafor', "he would propose the raise at the council's budget session in November", 'said', role='Council member'),
    s(TRO, 'He', 'the city "spends more than that on the traffic lights at one intersection."', 'said', 'mixed', role='Council member'),
    s('police', 'police data', 'Drivers struck two children walking to school in Ashgrove last year, neither seriously', 'according to'),
    s(PNB, "The group's organizer, Priya Natarajan-Boyd", 'the current system "a game of chance, played by 6-year-olds."', 'called', 'mixed', role='organizer'),
    s(CPA, 'the group', 'parents "should not be the city\'s safety plan"', 'wrote', 'mixed'),
    s(CPA, 'the group', 'the wage increase', 'asked for'),
    s('The Ashgrove School District', 'The Ashgrove School District', 'it "supports every effort to keep students safe" but that crossing guards are the city\'s responsibility under a 1998 agreement', 'said', 'mixed'),
    s(WBA, 'A retired machinist who guarded the corner of Elm Street and 4th Avenue for nine years', 'the hours were never the problem', 'said', role='A retired machinist'),
    s(WBA, 'he', '"The problem is the drivers,"', 'said', 'direct', role='A retired machinist'),
    s(WBA, '', '"They\'re on their phones. They\'ll run a stop sign with a 70-year-old man standing under it."', '', 'direct', role='A retired machinist'),
    s(WBA, 'The machinist, Walter Brennan-Asante', 'he would go back "in a heartbeat" if his doctor let him', 'said', 'mixed', role='A retired machinist'),
    s(KAL, 'Abernathy-Lund', 'she had no plans to stop', 'said'),
    s(KAL, 'she', '"I\'ll hand the pizza box to a guard the day one shows up,"', 'said', 'direct'),
)

QL = 'Quiet Larkspur'
MOF = 'Marjorie Okonkwo-Fitch'
SAV = 'Samuel Adeyemi-Voss'
CVM = 'Carlos Vandenberg-Mbeki'
KPA = 'the Kettle Park Dog Owners Association'

doc('bl13-paper-hollis-heights-kettle-park-dog-run', 'Hollis Heights Gazette', '2041-08-21', '''
Kettle Park dog run is too loud, neighbors say; owners call it their only lawn

Parks board will decide Thursday whether to move the off-leash area

By Abigail Mortensen-Uche
Gazette Staff

HOLLIS HEIGHTS — Since the city opened an off-leash area in the northeast corner of Kettle Park in April, the people of Larkspur Lane have learned to tell their neighbors' dogs apart by their barks.

"There's a husky that starts at 6:15 every morning," said a retired schoolteacher who lives across the street from the run. "I could set a clock by him."

The teacher, Marjorie Okonkwo-Fitch, 71, said she had not opened her front windows since May. She is one of the residents of 23 households who signed a petition to move the run. They call themselves Quiet Larkspur. In the petition, delivered to the Parks and Recreation Board last month, they say the noise from the run is "constant, not occasional" and exceeds the city's limit of 55 decibels at the property line.

Is that true? A city noise study in June measured 58 decibels at the nearest house during the morning peak, according to parks director Samuel Adeyemi-Voss.

But the limit applies only between 10 p.m. and 7 a.m., Adeyemi-Voss said, and the run opens at 6.

The parks board opened the run in April for a one-year trial, after a 4-1 vote.

Dog owners see it differently. Many of them live in the apartment buildings along Grove Street, where dogs are allowed and yards are not.

Carlos Vandenberg-Mbeki, president of the Kettle Park Dog Owners Association, said the run was "the only lawn 400 dogs have." "Move it, and you move it away from the people who need it," he said.

The association has offered to pay for a row of hedges along the Larkspur side of the fence.

Adeyemi-Voss met Vandenberg-Mbeki at the run on Saturday. He said afterward that the hedges "could work, if somebody else waters them."

Why not keep the run closed until 7 a.m.? Okonkwo-Fitch said the neighbors had suggested that in July. The owners' association opposed it, saying many of its members start work at 7:30 and have no other time to walk their dogs.

City Council member Dana Whitlock-Osei, whose ward includes the park, wrote in a newsletter to residents that the run "is not going anywhere this year," but that she supports moving its entrance to the Grove Street side.

Board chair Lucinda Farrow-Adams said Thursday's meeting would hear from both sides and that she had "no idea" how the vote would go.

On Tuesday evening, a dozen dogs chased one another across the run while their owners talked in the shade. A golden retriever barked once at a passing bicycle.

"That's it," said Vandenberg-Mbeki. "That's the noise."
''',
    s(QL, 'neighbors', 'Kettle Park dog run is too loud', 'say'),
    s(KPA, 'owners', 'it their only lawn', 'call'),
    s(MOF, 'a retired schoolteacher who lives across the street from the run', '"There\'s a husky that starts at 6:15 every morning,"', 'said', 'direct', role='a retired schoolteacher'),
    s(MOF, '', '"I could set a clock by him."', '', 'direct', role='a retired schoolteacher'),
    s(MOF, 'The teacher, Marjorie Okonkwo-Fitch', 'she had not opened her front windows since May', 'said', role='a retired schoolteacher'),
    s(QL, 'they', 'the noise from the run is "constant, not occasional" and exceeds the city\'s limit of 55 decibels at the property line', 'say', 'mixed'),
    s(SAV, 'parks director Samuel Adeyemi-Voss', 'A city noise study in June measured 58 decibels at the nearest house during the morning peak', 'according to', role='parks director'),
    s(SAV, 'Adeyemi-Voss', ['the limit applies only between 10 p.m. and 7 a.m.,', 'and the run opens at 6'], 'said', role='parks director', anchor='Is that true?'),
    s(CVM, 'Carlos Vandenberg-Mbeki, president of the Kettle Park Dog Owners Association', 'the run was "the only lawn 400 dogs have."', 'said', 'mixed', role='president of the Kettle Park Dog Owners Association'),
    s(CVM, 'he', '"Move it, and you move it away from the people who need it,"', 'said', 'direct', role='president of the Kettle Park Dog Owners Association'),
    s(SAV, 'He', 'the hedges "could work, if somebody else waters them."', 'said', 'mixed', role='parks director'),
    s(MOF, 'Okonkwo-Fitch', 'the neighbors had suggested that in July', 'said', role='a retired schoolteacher'),
    s(KPA, "The owners' association", 'many of its members start work at 7:30 and have no other time to walk their dogs', 'saying'),
    s('Dana Whitlock-Osei', 'City Council member Dana Whitlock-Osei', 'the run "is not going anywhere this year," but that she supports moving its entrance to the Grove Street side', 'wrote', 'mixed', role='City Council member'),
    s('Lucinda Farrow-Adams', 'Board chair Lucinda Farrow-Adams', 'Thursday\'s meeting would hear from both sides and that she had "no idea" how the vote would go', 'said', 'mixed', role='Board chair'),
    s(CVM, 'Vandenberg-Mbeki', '"That\'s it,"', 'said', 'direct', role='president of the Kettle Park Dog Owners Association'),
    s(CVM, '', '"That\'s the noise."', '', 'direct', role='president of the Kettle Park Dog Owners Association'),
)

ESG = 'Evelyn Szabo-Grant'
OTM = 'Orrin Tate-Mwale'
HKA = 'Hannelore Kwiatkowski-Ade'
BFFMA = 'the Brandon Falls Farmers Market Association'

doc('bl14-paper-brandon-falls-farmers-market-move', 'Brandon Falls Register', '2041-06-19', '''
Farmers market will move to old rail yard next spring, mayor says

Vendors split over new site; 'We lose the foot traffic,' baker warns

By Theo Lindqvist-Barros
Register Staff Writer

BRANDON FALLS — The Saturday farmers market that has filled two blocks of Main Street outside City Hall for 31 years will move next April to the renovated freight yard behind the old Union Depot, Mayor Evelyn Szabo-Grant said Wednesday.

The move will let the city reopen Main Street to traffic on Saturdays, which downtown merchants have asked for since 2038, and will give the market a roof, running water and 140 parking spaces, Szabo-Grant said.

"We're giving the market a home instead of a street," she said.

The market's manager, Orrin Tate-Mwale, said the board of the Brandon Falls Farmers Market Association had voted 5-2 on Monday to accept the city's offer of a 10-year lease at $1 a year.

Not every vendor is happy. A baker who has sold sourdough at the market's busiest corner since 2019 said she expected her sales to fall by a third.

"We lose the foot traffic," said the baker, Hannelore Kwiatkowski-Ade. "People come downtown for coffee and find us. Nobody goes to a rail yard by accident."

Orchard owner Dale Pruitt-Nakamura, who has sold apples at the market for 22 years, sees it the other way. He said the roof alone would add "a dozen Saturdays a year" that rain now washes out.

Tate-Mwale toured the yard last week with Pruitt-Nakamura and two other vendors. He said afterward that the site needed better signs from Main Street "or we'll be the best-kept secret in the county."

Will customers follow? A survey of 812 market shoppers by the association in May found that 71 percent would visit the new site at least as often as the old one.

The city bought the freight yard from the Great Plains Railroad in 2036 for $400,000.

The Downtown Business Alliance, which represents about 60 shops on Main Street, welcomed the decision. Its director, Monique Aldana-Fry, said Saturday closures had cost shops "the best day of the week for 31 years."

City Council member Arturo Benavides-Lowe said the council had not yet approved the $1.2 million cost of renovating the yard and that he would ask for "a real traffic study, not a guess."

The two board members who voted against the move did not return calls.

Kwiatkowski-Ade said she would give the rail yard one season. "If it doesn't work, I'll sell bread out of my car on Main Street," she said, "and they can ticket me."
''',
    s(ESG, 'mayor', 'Farmers market will move to old rail yard next spring', 'says', role='Mayor'),
    s(HKA, 'baker', "'We lose the foot traffic,'", 'warns', 'direct', role='baker'),
    s(ESG, 'Mayor Evelyn Szabo-Grant', 'The Saturday farmers market that has filled two blocks of Main Street outside City Hall for 31 years will move next April to the renovated freight yard behind the old Union Depot', 'said', role='Mayor'),
    s(ESG, 'Szabo-Grant', 'The move will let the city reopen Main Street to traffic on Saturdays, which downtown merchants have asked for since 2038, and will give the market a roof, running water and 140 parking spaces', 'said', role='Mayor'),
    s(ESG, 'she', '"We\'re giving the market a home instead of a street,"', 'said', 'direct', role='Mayor'),
    s(OTM, "The market's manager, Orrin Tate-Mwale", "the board of the Brandon Falls Farmers Market Association had voted 5-2 on Monday to accept the city's offer of a 10-year lease at $1 a year", 'said', role='manager'),
    s(HKA, "A baker who has sold sourdough at the market's busiest corner since 2019", 'she expected her sales to fall by a third', 'said', role='baker'),
    s(HKA, 'the baker, Hannelore Kwiatkowski-Ade', '"We lose the foot traffic,"', 'said', 'direct', role='baker'),
    s(HKA, '', '"People come downtown for coffee and find us. Nobody goes to a rail yard by accident."', '', 'direct', role='baker'),
    s('Dale Pruitt-Nakamura', 'He', 'the roof alone would add "a dozen Saturdays a year" that rain now washes out', 'said', 'mixed', role='Orchard owner'),
    s(OTM, 'He', 'the site needed better signs from Main Street "or we\'ll be the best-kept secret in the county."', 'said', 'mixed', role='manager'),
    s(BFFMA, 'the association', '71 percent would visit the new site at least as often as the old one', 'found'),
    s('The Downtown Business Alliance', 'The Downtown Business Alliance', 'the decision', 'welcomed'),
    s('Monique Aldana-Fry', 'Its director, Monique Aldana-Fry', 'Saturday closures had cost shops "the best day of the week for 31 years."', 'said', 'mixed', role='director'),
    s('Arturo Benavides-Lowe', 'City Council member Arturo Benavides-Lowe', 'the council had not yet approved the $1.2 million cost of renovating the yard and that he would ask for "a real traffic study, not a guess."', 'said', 'mixed', role='City Council member'),
    s(HKA, 'Kwiatkowski-Ade', 'she would give the rail yard one season', 'said', role='baker'),
    s(HKA, 'she', ['"If it doesn\'t work, I\'ll sell bread out of my car on Main Street,"', '"and they can ticket me."'], 'said', 'direct', role='baker', anchor='give the rail yard one season'),
)

IMO = 'Ilse Marquardt-Osei'
TAK = 'Thomas Abernethy-Kuti'
BHO = 'Benedict Hale-Omondi'

doc('bl15-paper-riverside-community-orchestra-loses-hall', 'Riverside Journal', '2041-02-27', '''
After 40 years, Riverside Community Orchestra must find a new stage

Conductor says players have until June to find a hall; church sells parish hall to developer

By Martina Kovac-Hughes
Journal Correspondent

RIVERSIDE — For 40 years, the Riverside Community Orchestra has rehearsed on Tuesday nights in the parish hall of St. Aidan's Church, under a ceiling so low that the timpanist learned to keep his mallets below his shoulders.

That ends in June. The church's parish council voted in January to sell the hall and its parking lot to Calloway Homes, a developer that plans to build 36 townhouses on the site.

"We knew the church needed the money. We didn't know it needed it this year," said conductor Ilse Marquardt-Osei, who has led the orchestra since 2029. She said the orchestra's 68 players had been told they could use the hall until June 30.

The Rev. Thomas Abernethy-Kuti, rector of St. Aidan's, said the parish had spent $310,000 on the hall's roof and boiler since 2035 and could not afford another repair. "It breaks my heart, and I play the cello," he said. "But a church has to keep a roof over its people, not over a parking lot."

Calloway Homes did not respond to messages on Friday.

"The acoustics in that hall," Marquardt-Osei said, "are nothing special. What's special is that it has been ours on Tuesdays for 40 years."

Where will the orchestra go? The city's parks department has offered the auditorium of the Eastside Community Center on Wednesday nights. Parks director Gloria Nunez-Hartley said the auditorium was available "at the same rate we charge everybody, which is $85 an evening."

That would be about $3,400 a year the orchestra does not have, according to its treasurer, Benedict Hale-Omondi, a retired accountant who plays second bassoon.

Hale-Omondi said:

"We have 68 players and a budget of $11,000. Most of that goes to sheet music and a piano tuner.

"If we have to pay rent, we can do it for a season, maybe two. After that we are a string quartet with a lot of friends."

Several players started a fund-raising page last week. They call themselves the Tuesday Night Players, and on the page they write that the orchestra "has played every Tuesday through two floods and a pandemic." By Friday the page had raised $4,100.

Council member Patrice Delacroix-Nyambura said she would ask the city to waive the rent for the first season. "An orchestra is not a bowling league," she said.

Marquardt-Osei said she would not ask the church to reverse the sale. The orchestra will play its spring concert in the parish hall on May 18, as it has every spring since 2001.

Would she miss the low ceiling? She laughed. "Ask the timpanist," she said.
''',
    s(IMO, 'Conductor', 'players have until June to find a hall', 'says', role='conductor'),
    s(IMO, 'conductor Ilse Marquardt-Osei', '"We knew the church needed the money. We didn\'t know it needed it this year,"', 'said', 'direct', role='conductor'),
    s(IMO, 'She', "the orchestra's 68 players had been told they could use the hall until June 30", 'said', role='conductor'),
    s(TAK, "The Rev. Thomas Abernethy-Kuti, rector of St. Aidan's", "the parish had spent $310,000 on the hall's roof and boiler since 2035 and could not afford another repair", 'said', role='rector'),
    s(TAK, 'he', '"It breaks my heart, and I play the cello,"', 'said', 'direct', role='rector'),
    s(TAK, '', '"But a church has to keep a roof over its people, not over a parking lot."', '', 'direct', role='rector'),
    s(IMO, 'Marquardt-Osei', ['"The acoustics in that hall,"', '"are nothing special. What\'s special is that it has been ours on Tuesdays for 40 years."'], 'said', 'direct', role='conductor', anchor='did not respond to messages'),
    s('Gloria Nunez-Hartley', 'Parks director Gloria Nunez-Hartley', 'the auditorium was available "at the same rate we charge everybody, which is $85 an evening."', 'said', 'mixed', role='Parks director'),
    s(BHO, 'its treasurer, Benedict Hale-Omondi', 'That would be about $3,400 a year the orchestra does not have', 'according to', role='treasurer'),
    s(BHO, 'Hale-Omondi', '"We have 68 players and a budget of $11,000.|a string quartet with a lot of friends."', 'said', 'direct', role='treasurer'),
    s('the Tuesday Night Players', 'they', 'the orchestra "has played every Tuesday through two floods and a pandemic."', 'write', 'mixed'),
    s('Patrice Delacroix-Nyambura', 'Council member Patrice Delacroix-Nyambura', 'she would ask the city to waive the rent for the first season', 'said', role='Council member'),
    s('Patrice Delacroix-Nyambura', 'she', '"An orchestra is not a bowling league,"', 'said', 'direct', role='Council member'),
    s(IMO, 'Marquardt-Osei', 'she would not ask the church to reverse the sale', 'said', role='conductor'),
    s(IMO, 'she', '"Ask the timpanist,"', 'said', 'direct', role='conductor'),
)

GWA = 'Gerald Wozniak-Amadi'
MVA = 'the Pine City Mobile Vendors Association'
YFO = 'Yolanda Ferreira-Osei'
LBM = 'Luca Benedetti-Mora'

doc('bl16-paper-pine-city-food-truck-lunch-ban', 'Pine City Tribune', '2041-09-10', '''
Home > News > Local > City Hall

Food trucks banned from Commerce Square at lunch starting Oct. 1

Council sides with restaurants; truck owners vow to fight ban

Nadia Oyelaran-Fisk
Pine City Tribune
Published 6:02 a.m. ET Sept. 10, 2041 | Updated 11:40 a.m. ET Sept. 10, 2041

Share this story: Facebook | X | Email

PINE CITY — Food trucks will no longer be allowed to park on the four streets around Commerce Square between 11 a.m. and 2 p.m. under an ordinance the City Council approved 6-3 on Tuesday night.

Council member Gerald Wozniak-Amadi, who sponsored the ordinance, said the trucks had "taken the lunch crowd and left the rent" to the restaurants that line the square.

Three restaurants on the square have closed since 2039, according to the Commerce Square Merchants Association.

Advertisement

Luca Benedetti-Mora, who owns Trattoria Mora on the square's east side, said his lunch sales fell 40 percent after the trucks arrived in 2038. "I pay $9,000 a month in rent. They pay for a parking meter," he said.

The Pine City Mobile Vendors Association, which represents 41 trucks, said it would ask a county court to block the ordinance before it takes effect. Its president, Yolanda Ferreira-Osei, who has run a taco truck on Commerce Square since 2033, said the council had "picked winners with a parking sign."

Related: Council delays vote on downtown parking meters

Is the ban legal? City Attorney Norman Baptiste-Keller told the council that similar ordinances had been upheld in two other cities in the state, but that "nothing is lawsuit-proof."

Wozniak-Amadi walked out of the chamber with Mayor Curtis Halvorsen-Bey, who had urged the council to wait for a study of downtown lunch traffic. He told reporters the mayor was "a friend who was wrong this time."

The ordinance still allows trucks on the square after 2 p.m. and on weekends. Wozniak-Amadi said he expected most of them to move at lunchtime to the Riverside Parkway lots, "where there's room and no restaurant for six blocks."

The mayor's office said in a statement that Halvorsen-Bey would not veto the ordinance.

Office worker Priya Deshmukh-Lang, eating a burrito on a bench Tuesday, said she would "probably just eat at my desk" once the trucks leave. "Nine dollars for lunch downtown is a truck," she said. "Twenty is a restaurant."

Ferreira-Osei said the association had asked the city in July for a compromise that would let four trucks stay on the square's south side. The council did not vote on it.

Get the Tribune's City Hall newsletter in your inbox every Thursday. Sign up here.

Comments (27)

Grumpy_in_PineCity: My cousin works at one of those restaurants and he says the trucks killed their lunch business. About time.

TacoTuesdayForever: Ferreira-Osei told me last week the association already has a lawyer. See you in court, council.

Most Read

Pine City schools delay start by one hour
Two hurt in Route 9 crash
Council delays vote on downtown parking meters
''',
    s(MVA, 'truck owners', 'to fight ban', 'vow'),
    s(GWA, 'Council member Gerald Wozniak-Amadi', 'the trucks had "taken the lunch crowd and left the rent" to the restaurants that line the square', 'said', 'mixed', role='Council member'),
    s('the Commerce Square Merchants Association', 'the Commerce Square Merchants Association', 'Three restaurants on the square have closed since 2039', 'according to'),
    s(LBM, 'Luca Benedetti-Mora', 'his lunch sales fell 40 percent after the trucks arrived in 2038', 'said'),
    s(LBM, 'he', '"I pay $9,000 a month in rent. They pay for a parking meter,"', 'said', 'direct'),
    s(MVA, 'The Pine City Mobile Vendors Association', 'it would ask a county court to block the ordinance before it takes effect', 'said'),
    s(YFO, 'Its president, Yolanda Ferreira-Osei', 'the council had "picked winners with a parking sign."', 'said', 'mixed', role='president'),
    s('Norman Baptiste-Keller', 'City Attorney Norman Baptiste-Keller', 'similar ordinances had been upheld in two other cities in the state, but that "nothing is lawsuit-proof."', 'told', 'mixed', role='City Attorney'),
    s(GWA, 'He', 'the mayor was "a friend who was wrong this time."', 'told', 'mixed', role='Council member'),
    s(GWA, 'Wozniak-Amadi', 'he expected most of them to move at lunchtime to the Riverside Parkway lots, "where there\'s room and no restaurant for six blocks."', 'said', 'mixed', role='Council member'),
    s("The mayor's office", "The mayor's office", 'Halvorsen-Bey would not veto the ordinance', 'said'),
    s('Priya Deshmukh-Lang', 'Office worker Priya Deshmukh-Lang', 'she would "probably just eat at my desk" once the trucks leave', 'said', 'mixed', role='Office worker'),
    s('Priya Deshmukh-Lang', 'she', '"Nine dollars for lunch downtown is a truck,"', 'said', 'direct', role='Office worker'),
    s('Priya Deshmukh-Lang', '', '"Twenty is a restaurant."', '', 'direct', role='Office worker'),
    s(YFO, 'Ferreira-Osei', "the association had asked the city in July for a compromise that would let four trucks stay on the square's south side", 'said', role='president'),
)
