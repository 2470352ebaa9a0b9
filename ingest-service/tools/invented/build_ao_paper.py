"""Set AO's five North American newspaper articles (see build_ao.py)."""
from invented_common import doc_spans as doc, s

DEV = 'Colm Devereaux'
KIM = 'Aisha Kimura'
BEAU = 'Margo Beaulieu'
OKA = 'Ben Okafor'

doc('ao12-paper-port-alden-theatre-review-salt-year', 'Port Alden Chronicle-Herald', '2034-02-27', '''
Review: 'The Salt Year' finds a family's grief at a Cape Mallory kitchen table

Playwright says the new drama is 'about what we don't say at supper'

By Nadia Farrow
Theatre Critic

There is a moment near the end of the first act of The Salt Year, now playing at the Harbourfront Stage, when Ellen Corrigan (Margo Beaulieu) sets a fourth plate on the table for a son who will not be coming home. Nobody says anything. Nobody needs to.

Colm Devereaux's new play, his first in six years, is set in a fishing village over the twelve months after the Corrigans' youngest boy is lost at sea. It is a quiet, patient and often very funny piece of writing, and in Aisha Kimura's production it becomes something close to devastating.

"We are not a family that talks," Ellen tells her daughter in the opening scene, and the play spends two hours proving her both right and wrong. The Corrigans talk constantly, about the weather, the price of diesel and the neighbour's dog. They just never talk about Danny.

"It's a play about what we don't say at supper," Devereaux, who grew up in a fishing family in Cape Mallory, said in an interview before opening night. "My mother could say more by putting down a teapot than most people say in a speech."

Asked whether the play was autobiographical, Devereaux laughed and said only that his mother had not yet seen it.

Kimura said she had cut nearly 20 minutes from the script during rehearsals, at the playwright's urging. "Colm kept saying, 'Less. Trust the silence,'" she said. "So we trusted it."

The trust pays off. Beaulieu, who won the Lakeshore Award last season for her Hedda, gives a performance of enormous restraint. She said playing Ellen had been "the hardest thing I've done, because she never cries where the audience expects her to."

Thomas Achebe-Ryan is just as good as the surviving son, Michael, a man who fixes every engine in the harbour and cannot fix a single conversation with his father. When he finally shouts, "He was my brother too," in the second act, the line lands like a wave breaking over the bow.

Achebe-Ryan said after the opening that he had based Michael on an uncle of his own, "a man who could rebuild a carburetor blindfolded and never once said he loved anybody."

The production is not without flaws. Rachel Thibodeau's revolving set, handsome as it is, creaks audibly during the scene changes, and a subplot about a developer who wants to buy the wharf feels borrowed from another, lesser play. The so-called "comic relief" of the neighbour's visits wears thin by the third.

Kimura stages the play in the round, with the audience close enough to smell the tea. Vanessa Obi's lighting shifts almost imperceptibly from the grey of winter to the long gold evenings of August, so that the year passes without a single announcement of it.

But these are small complaints about an evening that earns its silences. Harbourfront's artistic director, Ben Okafor, said the run had been extended by two weeks after advance sales "beyond anything we've seen for a new Canadian play."

The Salt Year runs until March 22 at the Harbourfront Stage, 110 Water St. Tickets from $35.
''',
    s(DEV, 'Playwright', "the new drama is 'about what we don't say at supper'", 'says', 'mixed', role='Playwright'),
    s(DEV, 'Devereaux, who grew up in a fishing family in Cape Mallory', '"It\'s a play about what we don\'t say at supper,"', 'said', 'direct'),
    s(DEV, '', '"My mother could say more by putting down a teapot than most people say in a speech."', '', 'direct'),
    s(DEV, 'Devereaux', 'his mother had not yet seen it', 'said'),
    s(KIM, 'Kimura', "she had cut nearly 20 minutes from the script during rehearsals, at the playwright's urging", 'said'),
    s(KIM, 'she', '"Colm kept saying, \'Less. Trust the silence,\'"', 'said', 'direct'),
    s(DEV, 'Colm', "'Less. Trust the silence,'", 'saying', 'direct', nested=True, via=KIM),
    s(KIM, '', '"So we trusted it."', '', 'direct'),
    s(BEAU, 'She', 'playing Ellen had been "the hardest thing I\'ve done, because she never cries where the audience expects her to."', 'said', 'mixed'),
    s('Thomas Achebe-Ryan', 'Achebe-Ryan', 'he had based Michael on an uncle of his own, "a man who could rebuild|he loved anybody."', 'said', 'mixed'),
    s(OKA, "Harbourfront's artistic director, Ben Okafor", 'the run had been extended by two weeks after advance sales "beyond anything we\'ve seen for a new Canadian play."', 'said', 'mixed', role="Harbourfront's artistic director"),
)

LATH = 'Renee Lathrop'
R_LATH = 'Athletic director'
MORA = 'Gil Moravec'
WHITF = 'Jalen Whitford'

doc('ao13-paper-northfield-state-coach-fired', 'Halden Falls Gazette', '2034-03-19', '''
Northfield State fires basketball coach Gil Moravec after nine seasons

Athletic director cites 'direction of the program'; Moravec says he is 'at peace'

By Marcus Delgado
Gazette Sports Writer

HALDEN FALLS - Northfield State University fired men's basketball coach Gil Moravec on Monday, ending a nine-year tenure that included two conference titles but only one winning record in the last four seasons.

Athletic director Renee Lathrop said at a news conference that the decision was about "the direction of the program" and not about any single season.

"Gil is a good man and he did a lot of good things here. But we have to compete for championships, and I didn't see a path to that," Lathrop said.

She said the university would pay the remaining $2.1 million on Moravec's contract and that a national search for his successor would begin immediately.

Moravec, 58, said in a statement released through his agent that he was "at peace" and grateful to the players, assistants and fans who had "made Halden Falls home for my family."

"I'll always be a Falcon," he said in the statement.

Several players said on social media Monday that they had learned of the firing from a news alert on their phones.

"Nobody told us anything. We found out the same way everybody else did," senior guard Jalen Whitford said after a team meeting Monday afternoon. Whitford, who leads the team with 16.4 points a game, said he had not decided whether to stay at Northfield State for his final season.

University President Carol Ng declined to comment beyond a short statement thanking Moravec for his service.

Lathrop would not say whether associate head coach Derrick Pham, a former Falcons point guard, would be a candidate. Pham, reached by phone, said only: "I'm focused on our players right now."

The Falcons finished 14-18 this season and lost in the first round of the conference tournament for the third straight year. Home attendance fell to an average of 3,900, the lowest since the arena opened in 2008.

According to the university's most recent financial report, the men's basketball program lost $1.3 million last year, its first loss in more than a decade. Boosters have complained for two seasons about the empty seats.

"The money people have been unhappy for a while. This isn't a surprise to anybody who goes to the games," said Hal Brandvold, who has held season tickets since 1986 and sits behind the Falcons' bench.

The university announced the firing in a two-paragraph release at 9 a.m., two hours before the news conference. Moravec did not attend the conference, and his office in the athletics building had been cleared by midday.

Moravec went 163-121 at Northfield State. He came from Dunmore College, where he won two conference titles, and before that was an assistant for 11 years.

Moravec's assistant coaches will stay on through the end of the academic year, the university said.

Lathrop said she hoped to have a new coach in place before the spring signing period opens April 15.
''',
    s(LATH, 'Athletic director', "'direction of the program'", 'cites', 'direct', role=R_LATH),
    s(MORA, 'Moravec', "he is 'at peace'", 'says', 'mixed'),
    s(LATH, 'Athletic director Renee Lathrop', 'the decision was about "the direction of the program" and not about any single season', 'said', 'mixed', role=R_LATH),
    s(LATH, 'Lathrop', '"Gil is a good man|a path to that,"', 'said', 'direct', role=R_LATH),
    s(LATH, 'She', "the university would pay the remaining $2.1 million on Moravec's contract|would begin immediately", 'said', role=R_LATH),
    s(MORA, 'Moravec, 58', 'he was "at peace" and grateful to the players|home for my family."', 'said', 'mixed'),
    s(MORA, 'he', '"I\'ll always be a Falcon,"', 'said', 'direct'),
    s('Several players', 'Several players', 'they had learned of the firing from a news alert on their phones', 'said'),
    s(WHITF, 'senior guard Jalen Whitford', '"Nobody told us anything.|everybody else did,"', 'said', 'direct', role='senior guard'),
    s(WHITF, 'Whitford, who leads the team with 16.4 points a game', 'he had not decided whether to stay at Northfield State for his final season', 'said', role='senior guard'),
    s('Derrick Pham', 'Pham', '"I\'m focused on our players right now."', 'said', 'direct', role='associate head coach'),
    s('Northfield State University', "the university's most recent financial report", 'the men\'s basketball program lost $1.3 million last year, its first loss in more than a decade', 'According to'),
    s('Boosters', 'Boosters', 'the empty seats', 'have complained'),
    s('Hal Brandvold', "Hal Brandvold, who has held season tickets since 1986 and sits behind the Falcons' bench", '"The money people have been unhappy for a while.|who goes to the games,"', 'said', 'direct'),
    s('Northfield State University', 'the university', "Moravec's assistant coaches will stay on through the end of the academic year", 'said'),
    s(LATH, 'Lathrop', 'she hoped to have a new coach in place before the spring signing period opens April 15', 'said', role=R_LATH),
)

OCH = 'Raymond Ochoa'
R_OCH = 'Superintendent'
BREZ = 'Hanna Brezny'
RAH = 'Fatima Rahimi'
HARC = 'Glen Harcourt'

doc('ao14-paper-kessing-falls-school-lead-water', 'Kessing Falls Examiner', '2034-10-11', '''
Lead found in water at three Kessing Falls schools; fountains shut off

Superintendent apologizes for delay in telling families

By Joanne Pryce
Examiner Staff

Drinking fountains at three Kessing Falls elementary schools were shut off Friday after tests found lead above the federal action level, school district officials said.

Samples taken in September at Maple Row, Dunmore Park and St. Brigid elementary schools showed lead at up to 38 parts per billion, more than twice the action level of 15 parts per billion, according to results the district posted on its website Thursday night.

Superintendent Raymond Ochoa said the district had ordered bottled water for all three schools and would replace every fountain and kitchen faucet in them before testing again in January.

"We should have told families sooner. The results came back to us on Oct. 2 and we sat on them for too long, and that's on me," Ochoa said at a school board meeting Thursday.

Parents at the meeting were angry.

"My son has been drinking from that fountain every day for three years. Three years," said Hanna Brezny, whose son is in fourth grade at Maple Row. She said she would have his blood tested next week.

The city's water utility said the problem was almost certainly in the schools' own plumbing, not in the municipal supply. Tests at 120 homes across the city this year found no sample above the limit, the utility said.

Dr. Fatima Rahimi, the region's medical officer of health, said short-term exposure at those levels was unlikely to cause lasting harm but that there was "no safe level of lead for children," and urged parents with concerns to talk to their family doctor.

A 2031 provincial audit found that fewer than half of the province's school boards had tested every fountain in their buildings, as the law requires.

Trustee Glen Harcourt, who has asked for an outside review of the district's water testing, said the board had "lost the trust of parents, and we will not get it back with bottled water."

Ochoa said he did not oppose a review. He said the district's facilities director, who received the results, had been "focused on the wrong deadline" and was no longer in charge of the testing program.

The province's Ministry of Education said in a statement that it would ask the board for a full account of the delay.

The district's 14 other schools were tested in the same round. Their results are expected by the end of the month, the district said.

Lead can leach into water from old pipes, solder and fixtures, especially when water sits in them overnight or over a weekend. All three schools were built before 1960.

Not every parent at the meeting blamed the district. "They found it because they tested. A lot of places don't even look," said Carl Umeh, whose twin daughters attend Dunmore Park.
''',
    s(OCH, 'Superintendent', 'delay in telling families', 'apologizes for', role=R_OCH),
    s('school district officials', 'school district officials', 'Drinking fountains at three Kessing Falls elementary schools were shut off Friday|federal action level', 'said'),
    s('school district', 'the district', 'Samples taken in September at Maple Row, Dunmore Park and St. Brigid elementary schools|15 parts per billion', 'according to'),
    s(OCH, 'Superintendent Raymond Ochoa', 'the district had ordered bottled water for all three schools|before testing again in January', 'said', role=R_OCH),
    s(OCH, 'Ochoa', '"We should have told families sooner.|that\'s on me,"', 'said', 'direct', role=R_OCH),
    s(BREZ, 'Hanna Brezny, whose son is in fourth grade at Maple Row', '"My son has been drinking from that fountain every day for three years. Three years,"', 'said', 'direct'),
    s(BREZ, 'She', 'she would have his blood tested next week', 'said'),
    s("city's water utility", "The city's water utility", "the problem was almost certainly in the schools' own plumbing, not in the municipal supply", 'said'),
    s("city's water utility", 'the utility', 'Tests at 120 homes across the city this year found no sample above the limit', 'said'),
    s(RAH, "Dr. Fatima Rahimi, the region's medical officer of health", 'short-term exposure at those levels was unlikely to cause lasting harm but that there was "no safe level of lead for children,"', 'said', 'mixed', role="region's medical officer of health"),
    s(RAH, "Dr. Fatima Rahimi, the region's medical officer of health", 'parents with concerns to talk to their family doctor', 'urged', role="region's medical officer of health"),
    s('provincial audit', 'A 2031 provincial audit', "fewer than half of the province's school boards had tested every fountain in their buildings, as the law requires", 'found', date='2031'),
    s(HARC, "Trustee Glen Harcourt, who has asked for an outside review of the district's water testing", 'the board had "lost the trust of parents, and we will not get it back with bottled water."', 'said', 'mixed', role='Trustee'),
    s(OCH, 'Ochoa', 'he did not oppose a review', 'said', role=R_OCH),
    s(OCH, 'He', 'the district\'s facilities director, who received the results, had been "focused on the wrong deadline" and was no longer in charge of the testing program', 'said', 'mixed', role=R_OCH),
    s("province's Ministry of Education", "The province's Ministry of Education", 'it would ask the board for a full account of the delay', 'said'),
    s('school district', 'the district', 'Their results are expected by the end of the month', 'said'),
    s('Carl Umeh', 'Carl Umeh, whose twin daughters attend Dunmore Park', '"They found it because they tested. A lot of places don\'t even look,"', 'said', 'direct'),
)

CARR = 'Yesenia Carrillo'
LAOA = 'Lakemont Apartment Owners Association'
VANT = 'Bradley Vantongeren'
VILL = 'Arturo Villasenor'

doc('ao15-paper-lakemont-rent-cap-measure', 'Lakemont Ledger', '2034-10-14', '''
Rent-cap measure splits Lakemont as voters get ready to decide

Tenant groups say Measure R would keep families in the city; landlords warn it will choke off new housing

By Priscilla Haddad
Ledger Staff Writer

LAKEMONT - With three weeks until Election Day, both sides of the fight over Measure R, which would cap yearly rent increases on most apartments at 4%, are pouring money into television ads and door-knocking.

Supporters say the cap is the only way to stop longtime residents from being priced out of a city where the median rent has risen 41% since 2030, according to the county housing department.

"People who have lived here 20 years are getting notices for 15% and 18% increases. That's not a market, that's an eviction with extra steps," said Yesenia Carrillo, an organizer with the Lakemont Tenants Union, which gathered the signatures to put the measure on the ballot.

The Lakemont Apartment Owners Association, which has raised $2.3 million to fight the measure, argues that caps discourage construction and lead owners to put off repairs.

Its executive director, Bradley Vantongeren, pointed to a study by economists at Coastal Pacific University that found rents in nearby cities rose faster after caps were adopted, because fewer new units were built.

The study's authors have said their findings do not apply directly to a cap as modest as 4%.

Mayor Denise Okonkwo has not taken a position on the measure. Her spokesman, Eli Marchetti, said she would "respect whatever the voters decide."

Council member Arturo Villasenor, who represents the east side, where most of the city's renters live, endorsed the measure in August. He said the city had "run out of patience with promises that new construction will fix this."

A poll of 600 likely voters conducted last week for the Lakemont Civic League found 48% in favor, 44% opposed and 8% undecided, within the poll's margin of error.

The largest single donation against the measure, $400,000, came from Ridgeline Residential, which owns about 3,000 apartments in Lakemont, according to campaign finance reports filed with the city clerk.

Retired bus driver Walter Ames, 71, who has rented the same two-bedroom apartment on Fenwick Street since 1998, said his rent went up $310 a month in July.

"I voted for every school bond this city ever put up. Now I'm asking the city to vote for me," he said.

Sunita Rao, who owns two fourplexes in the Oakridge neighborhood, said a 4% cap would not cover her rising insurance and property tax bills, let alone a new roof.

"I'm not a corporation. I'm a retired nurse with a mortgage," she said. "Every flyer I get from the other side calls me a 'greedy landlord.' I'd like them to see my books."

The measure exempts buildings constructed in the last 15 years and single-family homes, a provision the tenants union called "a compromise we made so the builders would have no excuse."

Similar measures passed in two neighboring cities in 2032 and failed in a third. Lakemont voters rejected a stricter cap, at 3%, by 11 points in 2028.

Ballots will be mailed to voters on Oct. 20.
''',
    s('Tenant groups', 'Tenant groups', 'Measure R would keep families in the city', 'say'),
    s('landlords', 'landlords', 'it will choke off new housing', 'warn'),
    s('Supporters', 'Supporters', 'the cap is the only way to stop longtime residents from being priced out of a city where the median rent has risen 41% since 2030', 'say'),
    s('county housing department', 'the county housing department', 'the median rent has risen 41% since 2030', 'according to'),
    s(CARR, 'Yesenia Carrillo, an organizer with the Lakemont Tenants Union, which gathered the signatures to put the measure on the ballot', '"People who have lived here 20 years|an eviction with extra steps,"', 'said', 'direct', role='organizer with the Lakemont Tenants Union'),
    s(LAOA, 'The Lakemont Apartment Owners Association, which has raised $2.3 million to fight the measure', 'caps discourage construction and lead owners to put off repairs', 'argues'),
    s(VANT, 'Its executive director, Bradley Vantongeren', 'a study by economists at Coastal Pacific University that found rents in nearby cities rose faster|fewer new units were built', 'pointed to', role='executive director'),
    s('economists at Coastal Pacific University', 'a study by economists at Coastal Pacific University', 'rents in nearby cities rose faster after caps were adopted, because fewer new units were built', 'found', nested=True, via=VANT),
    s("study's authors", "The study's authors", 'their findings do not apply directly to a cap as modest as 4%', 'have said'),
    s('Eli Marchetti', 'Her spokesman, Eli Marchetti', 'she would "respect whatever the voters decide."', 'said', 'mixed', role='spokesman'),
    s(VILL, "Council member Arturo Villasenor, who represents the east side, where most of the city's renters live", 'the measure', 'endorsed', role='Council member'),
    s(VILL, 'He', 'the city had "run out of patience with promises that new construction will fix this."', 'said', 'mixed', role='Council member'),
    s('poll of 600 likely voters', 'A poll of 600 likely voters', "48% in favor, 44% opposed and 8% undecided, within the poll's margin of error", 'found'),
    s('campaign finance reports', 'campaign finance reports filed with the city clerk', 'The largest single donation against the measure, $400,000, came from Ridgeline Residential|apartments in Lakemont', 'according to'),
    s('Walter Ames', 'Retired bus driver Walter Ames, 71, who has rented the same two-bedroom apartment on Fenwick Street since 1998', 'his rent went up $310 a month in July', 'said', role='Retired bus driver'),
    s('Walter Ames', 'he', '"I voted for every school bond this city ever put up. Now I\'m asking the city to vote for me,"', 'said', 'direct', role='Retired bus driver'),
    s('Sunita Rao', 'Sunita Rao, who owns two fourplexes in the Oakridge neighborhood', 'a 4% cap would not cover her rising insurance and property tax bills, let alone a new roof', 'said'),
    s('Sunita Rao', 'she', '"I\'m not a corporation. I\'m a retired nurse with a mortgage,"', 'said', 'direct'),
    s('Sunita Rao', '', '"Every flyer I get from the other side|I\'d like them to see my books."', '', 'direct'),
    s('Lakemont Tenants Union', 'the tenants union', '"a compromise we made so the builders would have no excuse."', 'called', 'direct'),
)

KEAR = 'Donna Kearsley'
ASH = 'Paul Ashdown'
MOLLY = 'Molly Kearsley'
DUB = 'Ray Dubois'

doc('ao16-paper-sable-river-volunteer-rescue-squad', 'Sable Valley Sentinel', '2034-08-03', '''
On the Sable River, the rescuers are volunteers

A squad of 23 answers more calls every summer, with boats bought at pancake breakfasts

By Owen Tremblay
Sentinel Staff

MERRITT LANDING - The pager goes off at 2:14 a.m. By 2:31, Donna Kearsley is in a dry suit at the boat ramp below the Highway 9 bridge, pulling on her gloves.

Kearsley, 54, a dental hygienist by day, has been a member of the Sable River Volunteer Rescue Squad for 19 years. She has pulled 11 people out of the river alive, she says, and recovered the bodies of seven more.

"The live ones you remember for a week. The others you remember forever," she says.

The squad has 23 members and one paid position, a part-time coordinator funded by the county. It answered 61 calls last year, according to county records, more than in any year since it was founded in 1987.

The coordinator, Paul Ashdown, says the calls have grown as more people take up paddleboarding and kayaking without life jackets.

"Ten years ago it was fishermen who fell out of boats. Now it's people who bought a board on Saturday and went out on Sunday," he says.

Kearsley's daughter, Molly, 22, joined the squad two years ago, after finishing a swiftwater rescue course in her second year of nursing school. Her mother tried to talk her out of it, she says.

"She told me it would break my heart. I told her that was the point," Molly Kearsley says.

The squad's boats, two inflatables and an aluminum jon boat, were bought with money raised at pancake breakfasts and a yearly rubber duck race, says Ashdown. The dry suits cost $1,100 each. Members buy their own boots.

County Commissioner Ray Dubois says the county cannot afford a professional water rescue unit, which he estimates would cost $1.2 million a year.

"These folks are the best deal this county has ever gotten, and we know it," Dubois says.

The county sheriff's office, which dispatches the squad, says volunteers reach most calls within 20 minutes, faster than the closest paid unit, 40 miles away in Carver City.

Not everyone thinks the arrangement is fair to the volunteers.

Jerome Baptiste, who left the squad last year after 12 years, says members are asked to risk their lives without health insurance or workers' compensation if they are hurt on a call. "Thank-you cards are nice. They don't pay for a shoulder surgery," he says.

Dubois says the county is looking at covering volunteers under its workers' compensation policy next year.

At 3:05 a.m., the squad finds the kayaker, a 19-year-old college student, clinging to a fallen tree half a mile below the bridge. He is cold and embarrassed, Kearsley says, but fine.

Back at the ramp, Molly Kearsley hoses down the boat while her mother fills out the call report on the hood of her truck.

She is home by 5. Her shift at the dental office starts at 8.
''',
    s(KEAR, 'she', ['She has pulled 11 people out of the river alive,', 'and recovered the bodies of seven more'], 'says'),
    s(KEAR, 'she', '"The live ones you remember for a week. The others you remember forever,"', 'says', 'direct'),
    s('county records', 'county records', ['It answered 61 calls last year,', 'more than in any year since it was founded in 1987'], 'according to', anchor='The squad has 23 members'),
    s(ASH, 'The coordinator, Paul Ashdown', 'the calls have grown as more people take up paddleboarding and kayaking without life jackets', 'says', role='coordinator'),
    s(ASH, 'he', '"Ten years ago it was fishermen who fell out of boats.|went out on Sunday,"', 'says', 'direct', role='coordinator'),
    s(MOLLY, 'she', 'Her mother tried to talk her out of it', 'says'),
    s(MOLLY, 'Molly Kearsley', '"She told me it would break my heart. I told her that was the point,"', 'says', 'direct'),
    s(KEAR, 'She', 'it would break my heart', 'told', nested=True, via=MOLLY),
    s(ASH, 'Ashdown', "The squad's boats, two inflatables and an aluminum jon boat|a yearly rubber duck race", 'says', role='coordinator'),
    s(DUB, 'County Commissioner Ray Dubois', 'the county cannot afford a professional water rescue unit, which he estimates would cost $1.2 million a year', 'says', role='County Commissioner'),
    s(DUB, 'he', 'would cost $1.2 million a year', 'estimates', role='County Commissioner', nested=True),
    s(DUB, 'Dubois', '"These folks are the best deal|and we know it,"', 'says', 'direct', role='County Commissioner'),
    s("county sheriff's office", "The county sheriff's office, which dispatches the squad", 'volunteers reach most calls within 20 minutes|40 miles away in Carver City', 'says'),
    s('Jerome Baptiste', 'Jerome Baptiste, who left the squad last year after 12 years', "members are asked to risk their lives without health insurance or workers' compensation if they are hurt on a call", 'says'),
    s('Jerome Baptiste', 'he', '"Thank-you cards are nice. They don\'t pay for a shoulder surgery,"', 'says', 'direct'),
    s(DUB, 'Dubois', "the county is looking at covering volunteers under its workers' compensation policy next year", 'says', role='County Commissioner'),
    s(KEAR, 'Kearsley', ['He is cold and embarrassed,', 'but fine'], 'says', anchor='At 3:05 a.m.'),
)
