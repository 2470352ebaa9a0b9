"""Set BB's five North American newspaper articles (see build_bb.py)."""
from invented_common import doc_spans as doc, s

TBA = 'The Tannery Bridge Authority'
TIBB = 'Lorraine Tibbetts-Hale'
KMB = 'Keisha Monroe-Baptiste'
PRZY = 'Alan Przybylski'
OSEI = 'Glenn Osei-Whitlock'
DCC = 'The Dunmore Chamber of Commerce'
REYES = 'Tomas Reyes-Aalto'

doc('bb12-paper-merritton-tannery-bridge-toll-rise', 'Merritton Ledger', '2036-01-23', '''
Cost to cross Tannery Bridge jumps to $7.50

Commuters say they'll drive the long way; bridge authority says tolls pay for repairs

By Dana Whitcombe
Staff writer

MERRITTON — Drivers who cross the Tannery Bridge will pay $7.50 each way starting March 1, up from $5, after the bridge's governing board voted 5-2 on Thursday to approve the first toll increase in nine years.

The four-lane bridge, which opened in 1962, carries about 41,000 vehicles a day between Merritton and Dunmore, most of them commuters.

The Tannery Bridge Authority said the increase would raise about $31 million a year, money it needs to replace the span's corroded deck joints and repaint its steel towers for the first time since 2004.

"Nobody likes paying more. But the alternative is a bridge that we have to close lane by lane because we couldn't afford to fix it," said board chair Lorraine Tibbetts-Hale.

Tibbetts-Hale said the authority had cut its own administrative budget by 12 percent before asking drivers to pay more.

Under the new schedule, frequent users with an electronic tag will pay $6.25, and drivers who cross more than 40 times a month will get a further 20 percent off.

For Keisha Monroe-Baptiste, a home health aide who lives in Merritton and works across the river in Dunmore, the increase adds about $100 a month.

"I'll take the Route 9 bridge, even if it's 25 minutes longer," she said. "Twenty-five minutes I can find. A hundred dollars I can't."

Two board members, Alan Przybylski and Renata Ocampo, voted against the increase. Ocampo did not respond to a request for comment. Przybylski said the authority should have phased it in over three years.

"We're asking the people with the least room in their budgets to absorb it all at once," he said.

Is the bridge actually in danger? A 2035 inspection report by the engineering firm Castell Boyd, hired by the authority, found that the deck joints were in "poor" condition and should be replaced within five years. It did not find any risk of collapse.

Merritton Mayor Glenn Osei-Whitlock, whose city has no seat on the board, called the increase "a tax on the people who can least afford it" and said he would ask the state to review the authority's finances.

The Dunmore Chamber of Commerce supported the increase, saying a well-maintained bridge was worth more to local businesses than the savings on tolls.

The authority's own forecast projects a 6 percent drop in crossings in the first year. That would still leave revenue up about $27 million.

The state Department of Transportation, which owns the Route 9 bridge, said it had no plans to add lanes to that span.

The Merritton Riders Union, which has pushed for a bus lane on the bridge since 2031, called the increase a missed chance.

"If you're going to charge drivers more, give people a real alternative," said the group's organizer, Tomas Reyes-Aalto.

The new tolls take effect at 12:01 a.m. on March 1.

Traffic crosses the Tannery Bridge on Thursday afternoon. (Ben Kowalczyk/Staff photo)
''',
    s('Commuters', 'Commuters', "they'll drive the long way", 'say'),
    s(TBA, 'bridge authority', 'tolls pay for repairs', 'says'),
    s(TBA, TBA, "the increase would raise about $31 million a year, money it needs to replace the span's corroded deck joints and repaint its steel towers for the first time since 2004", 'said'),
    s(TIBB, 'board chair Lorraine Tibbetts-Hale', '"Nobody likes paying more. But the alternative is a bridge that we have to close lane by lane because we couldn\'t afford to fix it,"', 'said', 'direct', role='board chair'),
    s(TIBB, 'Tibbetts-Hale', 'the authority had cut its own administrative budget by 12 percent before asking drivers to pay more', 'said', role='board chair'),
    s(KMB, 'she', '"I\'ll take the Route 9 bridge, even if it\'s 25 minutes longer,"', 'said', 'direct', role='a home health aide'),
    s(KMB, '', '"Twenty-five minutes I can find. A hundred dollars I can\'t."', '', 'direct', role='a home health aide'),
    s(PRZY, 'Przybylski', 'the authority should have phased it in over three years', 'said', role='board member'),
    s(PRZY, 'he', '"We\'re asking the people with the least room in their budgets to absorb it all at once,"', 'said', 'direct', role='board member'),
    s('Castell Boyd', 'A 2035 inspection report by the engineering firm Castell Boyd', 'the deck joints were in "poor" condition and should be replaced within five years', 'found', 'mixed'),
    s(OSEI, 'Merritton Mayor Glenn Osei-Whitlock', 'the increase "a tax on the people who can least afford it"', 'called', 'mixed', role='Merritton Mayor'),
    s(OSEI, '', "he would ask the state to review the authority's finances", 'said', role='Merritton Mayor'),
    s(DCC, DCC, 'the increase', 'supported'),
    s(DCC, '', 'a well-maintained bridge was worth more to local businesses than the savings on tolls', 'saying'),
    s(TBA, "The authority's own forecast", 'a 6 percent drop in crossings in the first year', 'projects'),
    s('The state Department of Transportation', 'The state Department of Transportation', 'it had no plans to add lanes to that span', 'said'),
    s('The Merritton Riders Union', 'The Merritton Riders Union', 'the increase a missed chance', 'called'),
    s(REYES, "the group's organizer, Tomas Reyes-Aalto", '"If you\'re going to charge drivers more, give people a real alternative,"', 'said', 'direct', role="the group's organizer"),
)

CVIAA = 'Calder Valley Interscholastic Athletic Association'
HAVS = 'Dwayne and Priscilla Haverford'
DWAY = 'Dwayne Haverford'
JADA = 'Jada Haverford'
ABER = 'Terrence Abernathy-Cole'
FENW = 'Marisol Fenwick'
SVEN = 'Hal Svensgaard'

doc('bb13-paper-lakeview-transfer-eligibility-ruling', 'Lakeview Sentinel', '2036-10-29', '''
Transfer ruling keeps Lakeview star off the court

Eligibility panel says move was 'athletically motivated'; family vows appeal

By Corinne Ashdown
Sentinel sports writer

LAKEVIEW — Jada Haverford averaged 24 points a game for Brookfield Central last season. She won't play a minute for her new school this winter.

Haverford scored 31 points in last season's regional final, which Brookfield Central lost in overtime, and was named to the all-state first team in March.

The Calder Valley Interscholastic Athletic Association ruled Tuesday that Haverford, a 17-year-old junior who transferred to Lakeview High School in August, is ineligible for varsity sports for the 2036-37 season because her move was "athletically motivated."

In a four-page decision, the association's eligibility committee wrote that Lakeview's coach had attended three of Haverford's summer league games and exchanged 40 text messages with her mother before the transfer.

Her parents, Dwayne and Priscilla Haverford, said the family moved because Priscilla Haverford took a nursing job at Lakeview General Hospital, and they plan to appeal to the association's board of directors.

"We moved for a job, not for a jump shot," Dwayne Haverford said. "Nobody from that committee ever asked to see her offer letter."

The committee's decision says the family provided the offer letter only after the hearing.

Lakeview girls basketball coach Terrence Abernathy-Cole said he had known the Haverfords for years through a church league and that the text messages were "about rides and Bible camp, not basketball."

Asked whether he had discussed a roster spot with the family before the move, Abernathy-Cole said he had not.

The association's executive director, Marisol Fenwick, declined to comment on the case, citing the appeal. But she said the transfer rule exists "so that high school sports don't turn into free agency."

Lakeview went 9-14 last season and has not reached the state tournament since 2029.

Under the association's bylaws, a student who transfers without a change of address is ineligible for one year unless both principals approve the move. The Haverfords did change their address, but the committee found that their new apartment was leased two weeks after Jada enrolled.

Brookfield Central's athletic director, Hal Svensgaard, filed the complaint that started the review. In an email, Svensgaard said he had "no personal issue" with the Haverfords but had a duty to report what he saw.

Jada Haverford, reached by phone, said she would keep practicing with the team.

"It's not the end of the world," she said, "but it kind of feels like it."

Some parents at Lakeview say the ruling punishes a teenager for her parents' choices. Coaches at other schools in the league have complained for years that Lakeview recruits players from across the county.

Haverford has scholarship offers from two Division I programs, according to the recruiting website HoopTrack. Priscilla Haverford said neither school had withdrawn its offer.

Lakeview's principal, Gwen Aldana, said the school has never recruited a player and would support the family's appeal.

The board of directors meets Nov. 14. If the appeal fails, Haverford will be eligible next season, her senior year.
''',
    s(CVIAA, 'Eligibility panel', "move was 'athletically motivated'", 'says', 'mixed'),
    s(HAVS, 'family', 'appeal', 'vows'),
    s(CVIAA, 'The Calder Valley Interscholastic Athletic Association', 'Haverford, a 17-year-old junior who transferred to Lakeview High School in August, is ineligible for varsity sports for the 2036-37 season because her move was "athletically motivated."', 'ruled', 'mixed'),
    s(CVIAA, "the association's eligibility committee", "Lakeview's coach had attended three of Haverford's summer league games and exchanged 40 text messages with her mother before the transfer", 'wrote'),
    s(HAVS, 'Her parents, Dwayne and Priscilla Haverford', "the family moved because Priscilla Haverford took a nursing job at Lakeview General Hospital, and they plan to appeal to the association's board of directors", 'said'),
    s(DWAY, 'Dwayne Haverford', '"We moved for a job, not for a jump shot,"', 'said', 'direct'),
    s(DWAY, '', '"Nobody from that committee ever asked to see her offer letter."', '', 'direct'),
    s(CVIAA, "The committee's decision", 'the family provided the offer letter only after the hearing', 'says'),
    s(ABER, 'Lakeview girls basketball coach Terrence Abernathy-Cole', 'he had known the Haverfords for years through a church league and that the text messages were "about rides and Bible camp, not basketball."', 'said', 'mixed', role='Lakeview girls basketball coach'),
    s(ABER, 'Abernathy-Cole', 'he had not', 'said', role='Lakeview girls basketball coach'),
    s(FENW, "The association's executive director, Marisol Fenwick", 'the appeal', 'citing', role="The association's executive director"),
    s(FENW, 'she', 'the transfer rule exists "so that high school sports don\'t turn into free agency."', 'said', 'mixed', role="The association's executive director"),
    s(CVIAA, 'the committee', 'their new apartment was leased two weeks after Jada enrolled', 'found'),
    s(SVEN, 'Svensgaard', 'he had "no personal issue" with the Haverfords but had a duty to report what he saw', 'said', 'mixed', role="Brookfield Central's athletic director"),
    s(JADA, 'Jada Haverford', 'she would keep practicing with the team', 'said'),
    s(JADA, 'she', ['"It\'s not the end of the world,"', '"but it kind of feels like it."'], 'said', 'direct', anchor='keep practicing with the team'),
    s('Some parents at Lakeview', 'Some parents at Lakeview', "the ruling punishes a teenager for her parents' choices", 'say'),
    s('Coaches at other schools in the league', 'Coaches at other schools in the league', 'Lakeview recruits players from across the county', 'have complained'),
    s('HoopTrack', 'the recruiting website HoopTrack', 'Haverford has scholarship offers from two Division I programs', 'according to'),
    s('Priscilla Haverford', 'Priscilla Haverford', 'neither school had withdrawn its offer', 'said'),
    s('Gwen Aldana', "Lakeview's principal, Gwen Aldana", "the school has never recruited a player and would support the family's appeal", 'said', role="Lakeview's principal"),
)

PRUI = 'Celeste Pruitt-Nakamura'
GFF = 'Grantham Falls Forward'
ALBE = 'Rick Albescu'
VAST = 'Lorena Vasquez-Tate'
BRIG = 'Owen Brightman'

doc('bb14-paper-grantham-falls-mayor-recall-petition', 'Grantham Falls Gazette', '2036-03-25', '''
Recall drive against Mayor Pruitt-Nakamura clears first hurdle

Organizers say they'll have signatures by June; mayor calls petition 'a tantrum with a clipboard'

By Marcus Delacroix-Heard

GRANTHAM FALLS — A petition to recall Mayor Celeste Pruitt-Nakamura was approved for circulation Monday by the city clerk, giving organizers 120 days to collect the signatures of 6,200 registered voters, 15 percent of the city's electorate.

The petition, filed by a group called Grantham Falls Forward, accuses the mayor of "misleading the public" about the cost of a new police headquarters, which has risen from $38 million to $61 million since the council approved it in 2034.

"She knew the number was going up and she told us it wasn't," said Rick Albescu, a retired electrician who leads the group. "We're not asking for much. We're asking for the truth."

Pruitt-Nakamura, a former school principal, won the 2034 election with 54 percent of the vote, defeating a two-term incumbent.

Pruitt-Nakamura, who is in the second year of her first term, called the petition "a tantrum with a clipboard" in an interview Tuesday and said the cost increases had been reported to the council at every stage.

"Every one of those numbers was in a public staff report," she said. "You can disagree with the project. You can't say it was hidden."

Grantham Falls, a city of about 41,000 people on the Merrin River, has had three recall drives since 1980. Only one reached the ballot.

According to the city clerk's office, organizers must submit their signatures by July 20. If enough are verified, the council must schedule a recall election within 90 days.

Has a recall ever worked here? Not since 1987, when voters removed Mayor Harold Dibbs over a land deal, according to the Grantham Falls Historical Society.

The police headquarters, on Canal Street, is due to open next spring. Its architect, Hollis Carver-Payne, said most of the added cost came from the council's decision in 2035 to add an emergency operations center and a second floor of holding cells.

Three council members said they would not sign the petition. A fourth, Councilman Felix Ogunwale, said he had not decided.

Lorena Vasquez-Tate, who teaches political science at Grantham State University, said recall campaigns rarely succeed unless organizers can point to a single clear wrong.

"A cost overrun is a hard thing to put on a yard sign," she said.

The mayor's chief of staff, Owen Brightman, said in a statement that the mayor's office had received "dozens of calls" from residents who were told by petition circulators that the mayor was under criminal investigation. She is not.

Albescu said no one in his group had made that claim.

"If somebody said that, they weren't speaking for us," he said.

Some residents signing the petition outside the Riverside Market on Tuesday said they cared less about the police building than about potholes.

"I just want someone to answer the phone at City Hall," said Gloria Mendelsohn, 71.

The group posted on its website Wednesday that it had collected 800 signatures on the first day.
''',
    s('Organizers', 'Organizers', "they'll have signatures by June", 'say'),
    s(PRUI, 'mayor', "petition 'a tantrum with a clipboard'", 'calls', 'mixed', role='Mayor'),
    s(GFF, 'The petition, filed by a group called Grantham Falls Forward,', 'the mayor of "misleading the public" about the cost of a new police headquarters', 'accuses', 'mixed'),
    s(ALBE, 'Rick Albescu', '"She knew the number was going up and she told us it wasn\'t,"', 'said', 'direct', role='a retired electrician who leads the group'),
    s(PRUI, 'she', "it wasn't", 'told', nested=True, via=ALBE, role='Mayor'),
    s(ALBE, '', '"We\'re not asking for much. We\'re asking for the truth."', '', 'direct', role='a retired electrician who leads the group'),
    s(PRUI, 'Pruitt-Nakamura', 'the petition "a tantrum with a clipboard"', 'called', 'mixed', role='Mayor'),
    s(PRUI, '', 'the cost increases had been reported to the council at every stage', 'said', role='Mayor'),
    s(PRUI, 'she', '"Every one of those numbers was in a public staff report,"', 'said', 'direct', role='Mayor'),
    s(PRUI, '', '"You can disagree with the project. You can\'t say it was hidden."', '', 'direct', role='Mayor'),
    s("the city clerk's office", "the city clerk's office", 'organizers must submit their signatures by July 20', 'According to'),
    s('Grantham Falls Historical Society', 'the Grantham Falls Historical Society', 'Not since 1987, when voters removed Mayor Harold Dibbs over a land deal', 'according to'),
    s('Hollis Carver-Payne', 'Its architect, Hollis Carver-Payne', "most of the added cost came from the council's decision in 2035 to add an emergency operations center and a second floor of holding cells", 'said', role='architect'),
    s('Three council members', 'Three council members', 'they would not sign the petition', 'said'),
    s('Felix Ogunwale', 'Councilman Felix Ogunwale', 'he had not decided', 'said', role='Councilman'),
    s(VAST, 'Lorena Vasquez-Tate', 'recall campaigns rarely succeed unless organizers can point to a single clear wrong', 'said', role='teaches political science at Grantham State University'),
    s(VAST, 'she', '"A cost overrun is a hard thing to put on a yard sign,"', 'said', 'direct', role='teaches political science at Grantham State University'),
    s(BRIG, "The mayor's chief of staff, Owen Brightman", 'the mayor\'s office had received "dozens of calls" from residents who were told by petition circulators that the mayor was under criminal investigation', 'said', 'mixed', role="The mayor's chief of staff"),
    s(ALBE, 'Albescu', 'no one in his group had made that claim', 'said', role='a retired electrician who leads the group'),
    s(ALBE, 'he', '"If somebody said that, they weren\'t speaking for us,"', 'said', 'direct', role='a retired electrician who leads the group'),
    s('Some residents signing the petition outside the Riverside Market', 'Some residents signing the petition outside the Riverside Market', 'they cared less about the police building than about potholes', 'said'),
    s('Gloria Mendelsohn', 'Gloria Mendelsohn', '"I just want someone to answer the phone at City Hall,"', 'said', 'direct'),
    s(GFF, 'The group', 'it had collected 800 signatures on the first day', 'posted'),
)

KUSD = 'Kessington Unified School District'
CAST = 'Naomi Castellanos-Reid'
WEXL = 'Byron Wexler-Oduya'
ABM = 'Aaliyah Brandt-Moreno'
KEA = 'The Kessington Education Association'
TSAI = 'Gordon Tsai-Wallace'
FERR = 'Luis Ferrante'

doc('bb15-paper-kessington-school-board-phone-ban', 'Kessington Examiner', '2036-11-13', '''
Kessington schools to lock up phones from bell to bell

Trustees vote 6-1 for ban; students say they'll find a way around it

By Aileen Marchetti

KESSINGTON — Starting in January, students at Kessington's 11 middle and high schools will have to lock their phones in magnetic pouches when they arrive and won't get them back until the last bell.

Kessington Unified has about 9,000 students in grades 6 through 12.

The Kessington Unified School Board approved the policy 6-1 on Wednesday night after nearly three hours of public comment.

Superintendent Naomi Castellanos-Reid told trustees the pouches would cost about $212,000, paid for with a state grant, and that teachers had asked for the change.

"Our teachers are spending the first ten minutes of every class asking kids to put their phones away," she said. "That's ten minutes a day we're never getting back."

A Kessington Unified School District survey of 1,400 teachers and staff last spring found that 81 percent supported a full-day ban, and that more than half said phones were the main source of conflict in their classrooms.

The pouches, made by a company called Quietcase, close with a magnet that only a device at the school's front door can release. Students will unlock them on the way out.

Trustee Byron Wexler-Oduya cast the only vote against. He said the district should have started with a ban during class time only and measured the results.

"We're going from zero to a hundred without knowing whether fifty would have worked," he said.

Students who spoke at the meeting were mostly opposed. Aaliyah Brandt-Moreno, a 16-year-old junior at Kessington High, said many students use their phones to manage diabetes alarms, track bus times and check in with parents who work night shifts.

"You can't make a rule for 9,000 kids that pretends none of us have a life outside school," she said, drawing applause.

The policy says students with a medical need documented by a doctor may keep their phones, and families can reach students through the front office.

What happens in an emergency? Several parents asked that question during public comment. Castellanos-Reid said classroom phones and the district's alert system would reach families faster than texts from students, and without the rumors that texts can spread during a lockdown.

The Kessington Education Association, the teachers' union, supported the ban. Its president, Gordon Tsai-Wallace, said teachers would no longer have to confiscate phones, "which is the part of the job nobody trained us for."

A group of parents, Kessington Families for Choice, collected 640 signatures on a petition against the policy. Its organizer, Heather Lindgren-Basu, said the group would ask the board to reconsider in the spring.

Districts in neighboring Ashby County adopted similar bans in 2034. Ashby's superintendent, Luis Ferrante, said in a phone interview that discipline referrals fell 23 percent in the first year, though he cautioned that other changes happened at the same time.

Not every trustee who voted yes was enthusiastic.

"I'm voting for this because the teachers asked for it, and I'll be watching the numbers," Trustee Marguerite Olowe said.

Students leave Kessington High School on Thursday. Phones will be locked in pouches during the school day starting in January. (Examiner staff photo)
''',
    s('students', 'students', "they'll find a way around it", 'say'),
    s(CAST, 'Superintendent Naomi Castellanos-Reid', 'the pouches would cost about $212,000, paid for with a state grant, and that teachers had asked for the change', 'told', role='Superintendent'),
    s(CAST, 'she', '"Our teachers are spending the first ten minutes of every class asking kids to put their phones away,"', 'said', 'direct', role='Superintendent'),
    s(CAST, '', '"That\'s ten minutes a day we\'re never getting back."', '', 'direct', role='Superintendent'),
    s(KUSD, 'A Kessington Unified School District survey of 1,400 teachers and staff', '81 percent supported a full-day ban, and that more than half said phones were the main source of conflict in their classrooms', 'found'),
    s('more than half', 'more than half', 'phones were the main source of conflict in their classrooms', 'said', nested=True, via=KUSD),
    s(WEXL, 'He', 'the district should have started with a ban during class time only and measured the results', 'said', role='Trustee'),
    s(WEXL, 'he', '"We\'re going from zero to a hundred without knowing whether fifty would have worked,"', 'said', 'direct', role='Trustee'),
    s(ABM, 'Aaliyah Brandt-Moreno', 'many students use their phones to manage diabetes alarms, track bus times and check in with parents who work night shifts', 'said', role='a 16-year-old junior at Kessington High'),
    s(ABM, 'she', '"You can\'t make a rule for 9,000 kids that pretends none of us have a life outside school,"', 'said', 'direct', role='a 16-year-old junior at Kessington High'),
    s('The policy', 'The policy', 'students with a medical need documented by a doctor may keep their phones, and families can reach students through the front office', 'says'),
    s(CAST, 'Castellanos-Reid', "classroom phones and the district's alert system would reach families faster than texts from students, and without the rumors that texts can spread during a lockdown", 'said', role='Superintendent'),
    s(KEA, KEA, 'the ban', 'supported'),
    s(TSAI, 'Its president, Gordon Tsai-Wallace', 'teachers would no longer have to confiscate phones, "which is the part of the job nobody trained us for."', 'said', 'mixed', role='president'),
    s('Heather Lindgren-Basu', 'Its organizer, Heather Lindgren-Basu', 'the group would ask the board to reconsider in the spring', 'said', role='organizer'),
    s(FERR, "Ashby's superintendent, Luis Ferrante", 'discipline referrals fell 23 percent in the first year', 'said', role="Ashby's superintendent"),
    s(FERR, 'he', 'other changes happened at the same time', 'cautioned', role="Ashby's superintendent"),
    s('Marguerite Olowe', 'Trustee Marguerite Olowe', '"I\'m voting for this because the teachers asked for it, and I\'ll be watching the numbers,"', 'said', 'direct', role='Trustee'),
)

SVWD = 'Sabine Valley Water District'
KOWA = 'Ingrid Kowalewski-Dunn'
MVUK = 'Marlene Vukovich'
BLAN = 'Curtis Blanchard-Yu'
QUIN = 'Teresa Quintanilla-Moss'
ARRO = 'Denise Arrowood'
VARA = 'Priya Varadarajan'

doc('bb16-paper-sabine-valley-drought-water-restrictions', 'Corliss Valley Herald', '2036-07-18', '''
Lawns go brown as Sabine Valley imposes strictest water limits in decades

Outdoor watering cut to one day a week; district says reservoirs at 31 percent

By Jorge Valdivia-Stone
Herald staff writer

CORLISS — Residents of the Sabine Valley Water District may water their lawns only one day a week starting Monday, under restrictions the district's board adopted Thursday as the region's reservoirs fell to their lowest level since 1977.

"We are at 31 percent of capacity across our three reservoirs, and we have no way of knowing when the rain comes back," general manager Ingrid Kowalewski-Dunn told the board. "Every gallon we save this summer is a gallon we have next summer."

The last Stage 3 emergency, declared in 1977, lasted 22 months and ended only after two wet winters in a row.

The Stage 3 rules ban washing cars at home, filling swimming pools and watering lawns between 8 a.m. and 8 p.m. Restaurants may serve water only on request.

Households that go over their monthly allotment will pay a surcharge of $4 per 100 cubic feet, and repeat violators face fines of up to $500, according to district spokesman Tom Okereke.

The district estimates that the restrictions will cut use by 25 percent, enough to stretch supplies into the spring of 2037.

Rainfall in the valley has been below normal for 29 of the last 36 months, according to the state climatologist's office. Last winter's snowpack was the smallest on record.

The district serves about 240,000 people in Corliss and four smaller towns, and its three reservoirs hold a little more than two years of normal demand when full.

For some residents, the rules came as no surprise. Ed and Marlene Vukovich, who have lived on Pinecrest Drive for 40 years, replaced their front lawn with gravel and native shrubs two summers ago.

"Our neighbors thought we'd lost our minds," Marlene Vukovich said. "Now three of them have asked for the name of our landscaper."

Others are angrier. At Thursday's meeting, several residents questioned why the county had approved a 420-home subdivision in the foothills last year if water was so short.

Kowalewski-Dunn said the subdivision's developer had been required to buy its own water rights, and that the homes would use recycled water for landscaping.

The Sabine Valley Golf Club, which uses about 180 million gallons a year, will water only its greens and tees, said its general manager, Curtis Blanchard-Yu. The fairways "are going to look like a desert by August," he said, "and we've told our members that."

Farmers who draw from the district's canals will get 40 percent of their usual allocation. Almond grower Teresa Quintanilla-Moss said she would leave a third of her orchard unwatered and expected to lose those trees.

"Trees take seven years to bear. You don't get those back," she said.

Councilwoman Denise Arrowood of Corliss, the valley's largest city, called the surcharge "fair but late" and said the district should have imposed Stage 2 limits a year ago.

Kowalewski-Dunn conceded that the board had hoped for a wet winter, but said the district had kept enough water in storage to avoid the deeper cuts neighboring districts made last year.

Will the restrictions be enough? Hydrologist Priya Varadarajan of Corliss State University said that depends on this winter.

"If we get a normal winter, this works. If we get another dry one, Stage 3 is a warm-up," she said.

Residents can report water waste through the district's app or by calling 555-0173.
''',
    s(KOWA, 'district', 'reservoirs at 31 percent', 'says', role='general manager'),
    s(KOWA, 'general manager Ingrid Kowalewski-Dunn', '"We are at 31 percent of capacity across our three reservoirs, and we have no way of knowing when the rain comes back,"', 'told', 'direct', role='general manager'),
    s(KOWA, '', '"Every gallon we save this summer is a gallon we have next summer."', '', 'direct', role='general manager'),
    s('Tom Okereke', 'district spokesman Tom Okereke', 'Households that go over their monthly allotment will pay a surcharge of $4 per 100 cubic feet, and repeat violators face fines of up to $500', 'according to', role='district spokesman'),
    s(SVWD, 'The district', 'the restrictions will cut use by 25 percent, enough to stretch supplies into the spring of 2037', 'estimates'),
    s("the state climatologist's office", "the state climatologist's office", 'Rainfall in the valley has been below normal for 29 of the last 36 months', 'according to'),
    s(MVUK, 'Marlene Vukovich', '"Our neighbors thought we\'d lost our minds,"', 'said', 'direct'),
    s(MVUK, '', '"Now three of them have asked for the name of our landscaper."', '', 'direct'),
    s('several residents', 'several residents', 'why the county had approved a 420-home subdivision in the foothills last year if water was so short', 'questioned'),
    s(KOWA, 'Kowalewski-Dunn', "the subdivision's developer had been required to buy its own water rights, and that the homes would use recycled water for landscaping", 'said', role='general manager'),
    s(BLAN, 'its general manager, Curtis Blanchard-Yu', 'The Sabine Valley Golf Club, which uses about 180 million gallons a year, will water only its greens and tees', 'said', role='general manager'),
    s(BLAN, 'he', ['The fairways "are going to look like a desert by August,"', '"and we\'ve told our members that."'], 'said', 'mixed', role='general manager'),
    s(QUIN, 'Almond grower Teresa Quintanilla-Moss', 'she would leave a third of her orchard unwatered and expected to lose those trees', 'said', role='Almond grower'),
    s(QUIN, 'she', '"Trees take seven years to bear. You don\'t get those back,"', 'said', 'direct', role='Almond grower'),
    s(ARRO, 'Councilwoman Denise Arrowood', 'the surcharge "fair but late"', 'called', 'mixed', role='Councilwoman'),
    s(ARRO, '', 'the district should have imposed Stage 2 limits a year ago', 'said', role='Councilwoman'),
    s(KOWA, 'Kowalewski-Dunn', 'the board had hoped for a wet winter', 'conceded', role='general manager'),
    s(KOWA, '', 'the district had kept enough water in storage to avoid the deeper cuts neighboring districts made last year', 'said', role='general manager'),
    s(VARA, 'Hydrologist Priya Varadarajan', 'that depends on this winter', 'said', role='Hydrologist'),
    s(VARA, 'she', '"If we get a normal winter, this works. If we get another dry one, Stage 3 is a warm-up,"', 'said', 'direct', role='Hydrologist'),
)
