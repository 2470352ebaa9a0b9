#!/usr/bin/env python3
"""Builds invented set E: North American newspaper prose above all (a long political feature, a Q&A interview, a
live blog, a hearing transcript, a sports story, an obituary, a local-government story, a scraped page, a health
study, a courtroom story with two women, a plant closing, a Canadian legislature story) and a few wire and readout
pieces (a Washington wire story, a readout, a company press release) (issues 9 and 10), written in session 22 by a
fifth hand, unseen: a person named once and then "the former governor", "the 63-year-old", the surname and "he" for
many paragraphs beside two or three people of the same sex; quotations running over several paragraphs without a
new cue; partial quotes inside reported speech; "Q:"/"A:" turns and "SEN. X:" turns; time stamps; a company's own
voice; "she told The X in 1998"; "officials said", "the city's spokesman", "the department"; page noise; "the study
found", "researchers say", "according to data from".

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score); fields, "region" and 'START|END' contents as in build_d.py.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed the project / the initiative / the cap", "defended the plan"
and "praised his goaltender, ..." are statements.

usage: python3 ingest-service/tools/invented/build_e.py  (writes src/test/resources/eval/invented_e_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write


doc('e01-paper-hollis-feature', 'The Grantham Courier', '2026-11-29', '''
Ten years out of office, Hollis wants one more race

The former governor says he is 'not done.' Some old allies wish he were.

By Marisa Keel
Courier staff writer

GRANTHAM — On a gray Tuesday morning in the back booth of the Route 9 Diner, Warren Hollis ordered what he has ordered for 30 years: two eggs over easy, rye toast, coffee black. Then he explained why he wants to be governor again.

"I left with things unfinished," the former governor said, tapping the table with two fingers. "The bridge bond, the school funding formula, the pension mess. Every one of them is worse now than the day I walked out.

"People tell me I should write a book and go fishing. I don't fish. And I'm not much of a writer."

Hollis, a Democrat who served two terms before losing a U.S. Senate race in 2016, filed paperwork last week to enter the May primary. The 63-year-old is the best-known name in a field of five, and by most measures the most polarizing.

His filing drew a careful response from the state party's chairman, Dennis Albrecht, who said in a statement that the party "welcomes every candidate" and would stay neutral until the primary.

Privately, Albrecht has told donors that Hollis would struggle in a general election, according to two people who attended a fundraiser in Lisle in October.

Hollis shrugged when asked about it. "Dennis has been worried about me since 1994," he said. "He was worried when I won, too."

The former governor's record is still argued over in the capital. Supporters say he steered the state through the recession without raising the income tax and wrote the 2009 school funding formula that sent more aid to poorer districts. Critics remember the Harlan Street bridge, whose repair he postponed twice, and a pension agreement that the state's own auditor later called "a promise without a payment plan."

Gene Pardee ran Hollis's first campaign and served as his chief of staff for three years. The two men have not spoken since the Senate race. Pardee, now a lobbyist with an office across from the Capitol, is advising Lt. Gov. Marcus Whitby, who entered the race in September.

"Warren is the most talented politician I've ever worked for," Pardee said. "He's also the reason I got into lobbying. You can print that."

He said the former governor had a habit of deciding alone and explaining later, and that the habit had cost him the Senate race and most of his friends in the legislature.

Whitby, 48, has spent the fall at county fairs and union halls. He told about 200 people at a pipefitters' hall in Lisle on Saturday that the state needed "a governor for the next 20 years, not the last 20."

Asked about the line, Hollis laughed. "Marcus is a fine lieutenant governor," he said. "I appointed half the people who taught him the job."

He spent much of the morning on the bridge. The span, which carries Route 9 over the Pell River, has been rated structurally deficient since 2011. Hollis said he had put off the repair in 2010 because federal money was promised for the following year and never came, and that he would "own that decision, every bit of it."

He was less expansive about the pensions. The 2012 agreement with the public employee unions raised benefits in exchange for a three-year wage freeze and left the cost to later budgets. The state now owes about $14 billion more than it has set aside, according to the most recent report of the State Retirement Board.

"We made a deal with people who had gone three years without a raise," Hollis said. "I'd make it again. What I wouldn't do again is trust the legislature to pay for it."

Sen. Walter Greaves, the Republican who has chaired the Senate Finance Committee since 2015, called that "revisionist history." Greaves said the Hollis administration had "never once" sent lawmakers a budget that fully funded the agreement.

"He signed the check and left us the bill," the senator said.

Ruth Sandoval, who was Hollis's budget director for six years, has not decided whom to support. She remembers the pension talks as the hardest months of her career, and she said the governor had been warned about the cost by his own staff more than once.

"I love the man," Sandoval said. "I'm just not sure I'd vote for him."

The 63-year-old says he feels better than he did in office. He had heart surgery in 2018 and has lost 40 pounds since. He walks four miles every morning, he said, and has given up cigars except "on election nights, and only if we win."

His wife, Elaine, a retired schoolteacher, was not at the diner. Hollis said she had told him he could run "one more time, and then the garage gets cleaned."

Before he left, the former governor was asked what he would say to voters who remember the bridge closures and the pension fight.

"I'd tell them I remember, too," he said. "I'd tell them I've had ten years to think about what I got wrong, and I've got a list.

"Nobody else in this race has a list. They all think they'll get everything right. I thought that once."
''',
    s('Warren Hollis', 'The former governor', "he is 'not done.'", 'says', 'mixed', role='former governor'),
    s('Warren Hollis', 'the former governor', '"I left with things unfinished,"', 'said', 'direct', role='former governor'),
    s('Warren Hollis', '', '"The bridge bond, the school funding formula|not much of a writer."', '', 'direct', role='former governor'),
    s('Dennis Albrecht', "the state party's chairman, Dennis Albrecht", 'the party "welcomes every candidate" and would stay neutral until the primary', 'said', 'mixed', role="state party's chairman"),
    s('two people who attended a fundraiser in Lisle in October', 'two people who attended a fundraiser in Lisle in October', 'Privately, Albrecht has told donors that Hollis would struggle in a general election', 'according to'),
    s('Dennis Albrecht', 'Albrecht', 'Hollis would struggle in a general election', 'has told', role="state party's chairman", nested=True, via='two people who attended a fundraiser in Lisle in October'),
    s('Warren Hollis', 'he', '"Dennis has been worried about me since 1994,"', 'said', 'direct', role='former governor'),
    s('Warren Hollis', '', '"He was worried when I won, too."', '', 'direct', role='former governor'),
    s('Supporters', 'Supporters', 'he steered the state through the recession|more aid to poorer districts', 'say'),
    s("the state's own auditor", "the state's own auditor", '"a promise without a payment plan."', 'called', 'direct', role='auditor'),
    s('Gene Pardee', 'Pardee', '"Warren is the most talented politician I\'ve ever worked for,"', 'said', 'direct', role='lobbyist'),
    s('Gene Pardee', '', '"He\'s also the reason I got into lobbying. You can print that."', '', 'direct', role='lobbyist'),
    s('Gene Pardee', 'He', 'the former governor had a habit of deciding alone|most of his friends in the legislature', 'said', role='lobbyist'),
    s('Marcus Whitby', 'He', 'the state needed "a governor for the next 20 years, not the last 20."', 'told', 'mixed', role='Lt. Gov.'),
    s('Warren Hollis', 'he', '"Marcus is a fine lieutenant governor,"', 'said', 'direct', role='former governor'),
    s('Warren Hollis', '', '"I appointed half the people who taught him the job."', '', 'direct', role='former governor'),
    s('Warren Hollis', 'Hollis', 'he had put off the repair in 2010|"own that decision, every bit of it."', 'said', 'mixed', role='former governor'),
    s('the State Retirement Board', 'the most recent report of the State Retirement Board', 'The state now owes about $14 billion more than it has set aside', 'according to'),
    s('Warren Hollis', 'Hollis', '"We made a deal with people who had gone three years without a raise,"', 'said', 'direct', role='former governor'),
    s('Warren Hollis', '', '"I\'d make it again. What I wouldn\'t do again is trust the legislature to pay for it."', '', 'direct', role='former governor'),
    s('Walter Greaves', 'Sen. Walter Greaves, the Republican who has chaired the Senate Finance Committee since 2015', '"revisionist history."', 'called', 'direct', role='Sen.'),
    s('Walter Greaves', 'Greaves', 'the Hollis administration had "never once" sent lawmakers a budget that fully funded the agreement', 'said', 'mixed', role='Sen.'),
    s('Walter Greaves', 'the senator', '"He signed the check and left us the bill,"', 'said', 'direct', role='senator'),
    s('Ruth Sandoval', 'she', 'the governor had been warned about the cost by his own staff more than once', 'said', role='budget director'),
    s('Ruth Sandoval', 'Sandoval', '"I love the man,"', 'said', 'direct', role='budget director'),
    s('Ruth Sandoval', '', '"I\'m just not sure I\'d vote for him."', '', 'direct', role='budget director'),
    s('Warren Hollis', 'The 63-year-old', 'he feels better than he did in office', 'says', role='former governor'),
    s('Warren Hollis', 'he', ['He walks four miles every morning', 'and has given up cigars except "on election nights, and only if we win."'], 'said', 'mixed', role='former governor'),
    s('Warren Hollis', 'Hollis', 'she had told him he could run "one more time, and then the garage gets cleaned."', 'said', 'mixed', role='former governor'),
    s('Elaine', 'she', 'he could run "one more time, and then the garage gets cleaned."', 'had told', 'mixed', nested=True, via='Warren Hollis'),
    s('Warren Hollis', 'he', '"I\'d tell them I remember, too,"', 'said', 'direct', role='former governor'),
    s('Warren Hollis', '', '"I\'d tell them I\'ve had ten years|I thought that once."', '', 'direct', role='former governor'),
)

doc('e02-paper-chief-qa', 'The Harbor Ledger', '2026-11-22', '''
Q&A: New police chief says staffing, not tactics, is her first fight

Angela Moravec took over the Harbor City Police Department on Nov. 1 after 22 years in the department of neighboring Westport, where she rose from patrol officer to deputy chief. She is the first woman to lead the 410-officer Harbor City force. Moravec sat down with the Ledger's Tom Brannigan in her office last week. The interview has been edited for length and clarity.

Q: You've been on the job three weeks. What surprised you?

A: How thin we are on the overnight shift. On paper we have 410 sworn officers. On a Tuesday at 3 a.m. I might have 19 cars covering the whole city. That's not a criticism of anybody. It's arithmetic.

Q: Your predecessor, Chief Dale Roarke, told the City Council in June that the department was about 60 officers short. Is that still the number?

A: It's closer to 70 now. We lost nine people to retirement since the summer and we've hired four. The mayor has told me she will fund two full academy classes next year, and I'm holding her to it.

Q: The police union says morale is the lowest it has been in a decade. Do you agree?

A: I'd say morale is low, and I'd say it's low for reasons I can fix and reasons I can't. I can't fix what people think of police after the last few years. I can fix a schedule that has officers working six days in a row because we're short.

Q: Some council members want to move mental-health calls away from police entirely. Where are you on that?

A: I'm for it, honestly. Westport started sending clinicians on those calls in 2021, and our use-of-force numbers on those calls dropped by more than half. An officer with a gun is not the right first responder for somebody in a crisis. I told the council that at my confirmation hearing and I'll keep saying it.

Q: The Harbor City Civil Liberties Project has called the department's use of license-plate readers "surveillance without limits." Will you change the policy?

A: I've read their report. Some of it is fair. We keep plate data for a year, and I don't think we need it for a year. I've asked our legal unit to come back to me with a 90-day retention policy by January.

Q: What do you want residents to know about you?

A: That I answer my email. Really. And that I grew up six blocks from the Fourth District station, so I'm not new to this city, just new to this office.
''',
    s('Angela Moravec', 'New police chief', 'staffing, not tactics, is her first fight', 'says', role='police chief'),
    s('Angela Moravec', '', 'How thin we are on the overnight shift.|It\'s arithmetic.', '', role='police chief'),
    s('Dale Roarke', 'Your predecessor, Chief Dale Roarke', 'the department was about 60 officers short', 'told', role='Chief'),
    s('Angela Moravec', '', 'It\'s closer to 70 now.|I\'m holding her to it.', '', role='police chief'),
    s('the mayor', 'The mayor', 'she will fund two full academy classes next year', 'has told', nested=True, via='Angela Moravec'),
    s('Angela Moravec', 'I', 'morale is low', 'say', role='police chief', nested=True, via='Angela Moravec'),
    s('Angela Moravec', 'I', "it's low for reasons I can fix and reasons I can't", 'say', role='police chief', nested=True, via='Angela Moravec'),
    s('Angela Moravec', 'I', 'our legal unit to come back to me with a 90-day retention policy by January', 'asked', role='police chief', nested=True, via='Angela Moravec'),
    s('The police union', 'The police union', 'morale is the lowest it has been in a decade', 'says'),
    s('Angela Moravec', '', 'I\'d say morale is low, and I\'d say|six days in a row because we\'re short.', '', role='police chief'),
    s('Angela Moravec', '', 'I\'m for it, honestly.|I\'ll keep saying it.', '', role='police chief'),
    s('The Harbor City Civil Liberties Project', 'The Harbor City Civil Liberties Project', 'the department\'s use of license-plate readers "surveillance without limits."', 'has called', 'mixed'),
    s('Angela Moravec', '', 'I\'ve read their report.|90-day retention policy by January.', '', role='police chief'),
    s('Angela Moravec', '', 'That I answer my email.|just new to this office.', '', role='police chief'),
)

doc('e03-liveblog-election', 'Lakeport Daily Sentinel', '2026-11-04', '''
LIVE UPDATES: Lakeport mayor's race, Measure K and county results

Follow along as results come in from Lakeport and Dorran County. Refresh for the latest.

Updated 11:48 p.m.

11:48 p.m. — Okafor declares victory

Councilwoman Grace Okafor has declared victory in the Lakeport mayor's race. With 91 percent of precincts reporting, she leads former deputy mayor Frank Delisle 54 percent to 46 percent, according to unofficial results from the Dorran County Clerk's office.

"This city voted tonight for buses that come on time and streets that get plowed," Okafor told supporters at the Union Hall on Harrow Street. "That's not a small thing. That's the whole job."

Delisle has not conceded. His campaign manager, Brent Schuyler, said in a text message that the campaign would "wait for every vote to be counted" and expected the margin to narrow as mail ballots were tallied.

11:20 p.m. — Measure K passing easily

The half-cent sales tax for road repair is passing with about 61 percent of the vote. Supporters needed a simple majority.

Marta Ruiz, who chaired the Yes on K campaign, said the result showed that voters were "tired of dodging potholes." The county's public works director has said the tax would raise about $38 million a year.

10:55 p.m. — What we're watching in the county

Sentinel reporter Kevin Tran is at the county elections office on Fifth Avenue, where workers are still processing mail ballots. An elections official told him that roughly 22,000 mail ballots remain to be counted and that updated totals would be posted "sometime after 1 a.m."

10:31 p.m. — Delisle: 'It's early'

Frank Delisle spoke briefly to reporters outside the Carver Hotel, where his supporters have gathered.

"It's early. We've seen these numbers move before," Delisle said. "I'm going to go upstairs, eat a sandwich and wait."

Asked whether he would call Okafor if the results held, Delisle said he would "cross that bridge when we get there."

9:58 p.m. — Turnout running high

County Clerk Linda Pettibone said turnout in Lakeport appeared to be on track to top 58 percent, the highest for a mayoral election since 2004. She said long lines at two east-side polling places had cleared by about 8:30 p.m.

9:15 p.m. — First results

The first batch of results, mostly early ballots, shows Okafor ahead by about 9 points. Early ballots have leaned toward Okafor in pre-election polling.

8:02 p.m. — Polls are closed

Polls closed at 8 p.m. Anyone in line at that time is still allowed to vote, the clerk's office said.

Share this live blog:  Facebook  X  Email

Related
Okafor, Delisle make final pitches in tight race
Editorial: Vote yes on Measure K
''',
    s('Grace Okafor', 'Okafor', 'victory', 'declares', role='Councilwoman', content_spans=[[206, 213]]),
    s('Grace Okafor', 'Councilwoman Grace Okafor', 'victory in the Lakeport mayor\'s race', 'has declared', role='Councilwoman'),
    s('the Dorran County Clerk\'s office', "unofficial results from the Dorran County Clerk's office", 'With 91 percent of precincts reporting, she leads former deputy mayor Frank Delisle 54 percent to 46 percent', 'according to'),
    s('Grace Okafor', 'Okafor', '"This city voted tonight for buses that come on time and streets that get plowed,"', 'told', 'direct', role='Councilwoman'),
    s('Grace Okafor', '', '"That\'s not a small thing. That\'s the whole job."', '', 'direct', role='Councilwoman'),
    s('Brent Schuyler', 'His campaign manager, Brent Schuyler', 'the campaign would "wait for every vote to be counted"', 'said', 'mixed', role='campaign manager'),
    s('Brent Schuyler', '', 'the margin to narrow as mail ballots were tallied', 'expected', role='campaign manager'),
    s('Marta Ruiz', 'Marta Ruiz, who chaired the Yes on K campaign', 'the result showed that voters were "tired of dodging potholes."', 'said', 'mixed'),
    s("The county's public works director", "The county's public works director", 'the tax would raise about $38 million a year', 'has said', role='public works director'),
    s('An elections official', 'An elections official', 'roughly 22,000 mail ballots remain to be counted|"sometime after 1 a.m."', 'told', 'mixed'),
    s('Frank Delisle', 'Delisle', "'It's early'", '', 'direct', role='former deputy mayor'),
    s('Frank Delisle', 'Delisle', '"It\'s early. We\'ve seen these numbers move before,"', 'said', 'direct', role='former deputy mayor'),
    s('Frank Delisle', '', '"I\'m going to go upstairs, eat a sandwich and wait."', '', 'direct', role='former deputy mayor'),
    s('Frank Delisle', 'Delisle', 'he would "cross that bridge when we get there."', 'said', 'mixed', role='former deputy mayor'),
    s('Linda Pettibone', 'County Clerk Linda Pettibone', 'turnout in Lakeport appeared to be on track to top 58 percent|since 2004', 'said', role='County Clerk'),
    s('Linda Pettibone', 'She', 'long lines at two east-side polling places had cleared by about 8:30 p.m.', 'said', role='County Clerk'),
    s("the clerk's office", "the clerk's office", 'Anyone in line at that time is still allowed to vote', 'said'),
)

doc('e04-transcript-wildfire-hearing', 'State Senate Committee on Energy and Utilities', '2026-10-14', '''
TRANSCRIPT OF PROCEEDINGS
SENATE COMMITTEE ON ENERGY AND UTILITIES
Oversight hearing: the Cedar Gap Fire and utility equipment
October 14, 2026, Room 212, State Capitol

PRESENT: Sen. Rosalind Marchetti, Chair; Sen. Carl Whitfield, Vice Chair; Sen. Dana Ybarra; Sen. Howard Lusk

WITNESSES: Mr. Samuel Okonjo, Chief Executive Officer, Sierra Valley Power; Ms. Teresa Vang, Director, State Office of Fire Investigation

CHAIR MARCHETTI: The committee will come to order. We are here because on August 9 a fire started beneath a Sierra Valley Power line outside Cedar Gap, and by the time it was contained it had burned 41,000 acres and 312 homes, and two people were dead. The families of those two people are in this room today. I want the witnesses to remember that.

Ms. Vang, you may begin.

MS. VANG: Thank you, Madam Chair. Our investigation has concluded that the Cedar Gap Fire was caused by a conductor that separated from a transmission tower on the utility's Line 7 and fell into dry grass. The clamp that held the conductor was original to the tower, which was built in 1958. We found wear on the clamp consistent with decades of movement in the wind.

SEN. WHITFIELD: Was that clamp ever inspected?

MS. VANG: The utility's records show a climbing inspection of that tower in 2019. The inspection form does not mention the clamp.

CHAIR MARCHETTI: Mr. Okonjo.

MR. OKONJO: Thank you, Chair Marchetti, members of the committee. I want to begin by saying to the Pruett family and the Alvarado family that we are sorry. Our equipment started this fire. We do not dispute the findings of the Office of Fire Investigation, and we have not disputed them since the day they were released.

Since August, we have replaced every clamp of that design on Line 7 and on four other lines built in the same decade. We have hired 140 additional inspectors, and we will inspect every transmission tower in a high-risk area by climbing or by drone before next fire season.

SEN. YBARRA: Mr. Okonjo, your company told this committee in 2020 that its inspections were, quote, "among the most rigorous in the nation." Was that true?

MR. OKONJO: I wasn't with the company in 2020, Senator. I've read that testimony. I don't think it was true then, and I don't think our inspections were rigorous enough this year either.

SEN. YBARRA: So the committee was misled.

MR. OKONJO: I'd say the committee was given an answer that the company believed at the time, and the company was wrong.

SEN. LUSK: I want to go back to cost. Your rate request before the utilities commission asks customers to pay for the new inspectors. Why should the people who lost their homes pay again on their power bills?

MR. OKONJO: That's a fair question. Our position is that safety work is a cost of service. But I've instructed our team not to seek recovery for any costs tied to the Cedar Gap Fire itself, and that's in our filing.

CHAIR MARCHETTI: Ms. Vang, in your experience, is a drone inspection equal to a climbing inspection?

MS. VANG: For some components, yes. For a clamp like this one, our engineers told me they would want a hands-on inspection. You can't always see wear from the outside.

CHAIR MARCHETTI: Thank you. The record will stay open for two weeks. We are adjourned.
''',
    s('Rosalind Marchetti', 'CHAIR MARCHETTI', 'The committee will come to order.|I want the witnesses to remember that.', '', role='Chair'),
    s('Teresa Vang', 'MS. VANG', 'Thank you, Madam Chair.|decades of movement in the wind.', '', role='Director, State Office of Fire Investigation'),
    s('State Office of Fire Investigation', 'Our investigation', 'the Cedar Gap Fire was caused by a conductor|fell into dry grass', 'has concluded', nested=True, via='Teresa Vang'),
    s('Teresa Vang', 'MS. VANG', "The utility's records show a climbing inspection|does not mention the clamp.", '', role='Director, State Office of Fire Investigation'),
    s('Samuel Okonjo', 'MR. OKONJO', 'Thank you, Chair Marchetti, members of the committee.|before next fire season.', '', role='Chief Executive Officer, Sierra Valley Power'),
    s('Sierra Valley Power', 'your company', 'its inspections were, quote, "among the most rigorous in the nation."', 'told', 'mixed'),
    s('Samuel Okonjo', 'MR. OKONJO', "I wasn't with the company in 2020, Senator.|rigorous enough this year either.", '', role='Chief Executive Officer, Sierra Valley Power'),
    s('Samuel Okonjo', 'I', 'the committee was given an answer that the company believed at the time, and the company was wrong', 'say', role='Chief Executive Officer, Sierra Valley Power', nested=True, via='Samuel Okonjo'),
    s('Dana Ybarra', 'SEN. YBARRA', 'So the committee was misled.', '', role='Sen.'),
    s('Samuel Okonjo', 'MR. OKONJO', "I'd say the committee was given an answer|the company was wrong.", '', role='Chief Executive Officer, Sierra Valley Power'),
    s('Samuel Okonjo', 'MR. OKONJO', "That's a fair question.|that's in our filing.", '', role='Chief Executive Officer, Sierra Valley Power'),
    s('Teresa Vang', 'MS. VANG', 'For some components, yes.|wear from the outside.', '', role='Director, State Office of Fire Investigation'),
    s('our engineers', 'our engineers', 'they would want a hands-on inspection', 'told', nested=True, via='Teresa Vang'),
)

doc('e05-release-cascadia', 'PR Wirelink', '2026-12-01', '''
Cascadia Grid Storage to Build 400-Megawatt Battery Facility in Halvern County

Project expected to create 220 construction jobs; first phase to come online in 2028

HALVERN, Ore., Dec. 1, 2026 /PR Wirelink/ -- Cascadia Grid Storage Inc. (NASDAQ: CGSI), a developer and operator of utility-scale battery systems, today announced that it has signed a 20-year agreement with Pacific Crest Electric to build and operate a 400-megawatt battery storage facility near the town of Halvern.

The Halvern Energy Center will store power generated by wind and solar farms in the Columbia Basin during periods of low demand and return it to the grid during evening peaks. When complete, the facility will be able to supply the equivalent of 300,000 homes for up to four hours.

"This is the largest project in our company's history, and it is exactly the kind of project the Northwest grid needs," said Priya Natarajan, chief executive officer of Cascadia Grid Storage. "Our region has built the wind and the solar. Now we have to be able to keep the lights on after the sun goes down."

Construction is expected to begin in the second quarter of 2027, with the first 200 megawatts scheduled to enter service in mid-2028. The company expects the project to create approximately 220 construction jobs and 18 permanent positions.

Pacific Crest Electric said the agreement would help it meet the state's requirement that utilities eliminate carbon emissions from the power they sell by 2040.

"Storage at this scale changes how we plan the system," said Luis Ferreira, vice president of resource planning at Pacific Crest Electric. "We expect the Halvern project to lower costs for our customers over the life of the contract."

Halvern County Commissioner Beth Andersen welcomed the project, saying it would "bring good jobs and a stable tax base to a county that needs both."

The company will hold a conference call for investors and analysts at 8:30 a.m. Eastern Time today. A webcast will be available on the investor relations section of the company's website.

About Cascadia Grid Storage

Cascadia Grid Storage Inc. develops, owns and operates battery energy storage systems across the western United States. The company's portfolio includes 1.6 gigawatts of operating and contracted capacity. For more information, visit www.cascadiagrid.example.

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding the expected timing of construction, the number of jobs the project will create and its expected benefits. These statements are subject to risks and uncertainties, and actual results may differ materially. Cascadia Grid Storage undertakes no obligation to update any forward-looking statement.

Media Contact:
Jenna Holloway
press@cascadiagrid.example
''',
    s('Cascadia Grid Storage Inc.', 'Cascadia Grid Storage Inc. (NASDAQ: CGSI), a developer and operator of utility-scale battery systems', 'it has signed a 20-year agreement with Pacific Crest Electric|near the town of Halvern', 'announced'),
    s('Priya Natarajan', 'Priya Natarajan, chief executive officer of Cascadia Grid Storage', '"This is the largest project in our company\'s history|the Northwest grid needs,"', 'said', 'direct', role='chief executive officer of Cascadia Grid Storage'),
    s('Priya Natarajan', '', '"Our region has built the wind and the solar.|after the sun goes down."', '', 'direct', role='chief executive officer of Cascadia Grid Storage'),
    s('Cascadia Grid Storage Inc.', 'The company', 'the project to create approximately 220 construction jobs and 18 permanent positions', 'expects'),
    s('Pacific Crest Electric', 'Pacific Crest Electric', 'the agreement would help it meet the state\'s requirement|by 2040', 'said'),
    s('Luis Ferreira', 'Luis Ferreira, vice president of resource planning at Pacific Crest Electric', '"Storage at this scale changes how we plan the system,"', 'said', 'direct', role='vice president of resource planning at Pacific Crest Electric'),
    s('Luis Ferreira', '', '"We expect the Halvern project to lower costs for our customers over the life of the contract."', '', 'direct', role='vice president of resource planning at Pacific Crest Electric'),
    s('Beth Andersen', 'Halvern County Commissioner Beth Andersen', 'the project', 'welcomed', role='Halvern County Commissioner'),
    s('Beth Andersen', 'Halvern County Commissioner Beth Andersen', 'it would "bring good jobs and a stable tax base to a county that needs both."', 'saying', 'mixed', role='Halvern County Commissioner'),
)

doc('e06-paper-hockey', 'The Brandon Falls Herald', '2026-11-16', '''
Kestrels rally in third, stun Moose Jaw Wardens 4-3

Rookie Tobias Lindqvist scores twice in 1:12 as Brandon Falls erases two-goal deficit

By Cal Mercer
Herald sports

BRANDON FALLS — For two periods on Saturday night, the Brandon Falls Kestrels looked like a team that had played the night before in Regina. Then Tobias Lindqvist woke them up.

The 19-year-old scored twice in 72 seconds early in the third period, and captain Ryan Ashby added the winner with 4:10 left as the Kestrels came back from a 3-1 deficit to beat the Moose Jaw Wardens 4-3 in front of 5,812 at Riverside Centre.

"We were flat. There's no other word for it," Kestrels coach Mike Dunleavy said. "I told them between periods that we'd either find our legs or we'd find out how long a bus ride home can feel, and we were at home."

Lindqvist, a fifth-round pick from Sweden playing his first season in North America, has five goals in his last four games. He said he had been "waiting all game for a puck to come to me in the slot."

"The first one, I just shot it. I didn't even look," the rookie said. "The second one, Ashby made a great pass. I only had to put my stick there."

Ashby, 22, played through what the team described as a lower-body injury. Asked about the winner, he credited defenceman Owen Pike for holding the puck in at the blue line.

"Pikey made that play," Ashby said. "I just got lucky it hit my stick and not the post."

The Wardens had dominated the first 40 minutes, outshooting the Kestrels 27-14. Jonah Redcloud scored twice for Moose Jaw, and goaltender Emil Sarkany made 31 saves.

Wardens coach Pat Gillis did not hide his frustration.

"We had them. We had them, and we let them back in with two lazy shifts," Gillis said. "That's on the leaders in that room. That's on me, too."

He said his team had played "the best two periods of hockey we've played all year" and then "forgot how to get the puck out of our own end."

Gillis said Redcloud, who leads the league with 17 goals, would not travel with the team for Sunday's game in Saskatoon because of an illness in the family.

Dunleavy, in his second season behind the Brandon Falls bench, praised his goaltender, Marcus Bell, who stopped all nine shots he faced in the third. He said Bell had kept the game close when "the rest of us were still on the bus."

The Kestrels (11-6-1) play host to Prince Albert on Tuesday.
''',
    s('Mike Dunleavy', 'Kestrels coach Mike Dunleavy', '"We were flat. There\'s no other word for it,"', 'said', 'direct', role='Kestrels coach'),
    s('Mike Dunleavy', '', '"I told them between periods|and we were at home."', '', 'direct', role='Kestrels coach'),
    s('Tobias Lindqvist', 'He', 'he had been "waiting all game for a puck to come to me in the slot."', 'said', 'mixed', role='Rookie'),
    s('Tobias Lindqvist', 'the rookie', '"The first one, I just shot it. I didn\'t even look,"', 'said', 'direct', role='rookie'),
    s('Tobias Lindqvist', '', '"The second one, Ashby made a great pass. I only had to put my stick there."', '', 'direct', role='rookie'),
    s('the team', 'the team', 'a lower-body injury', 'described'),
    s('Ryan Ashby', 'he', 'defenceman Owen Pike for holding the puck in at the blue line', 'credited', role='captain'),
    s('Ryan Ashby', 'Ashby', '"Pikey made that play,"', 'said', 'direct', role='captain'),
    s('Ryan Ashby', '', '"I just got lucky it hit my stick and not the post."', '', 'direct', role='captain'),
    s('Pat Gillis', 'Gillis', '"We had them. We had them, and we let them back in with two lazy shifts,"', 'said', 'direct', role='Wardens coach'),
    s('Pat Gillis', '', '"That\'s on the leaders in that room. That\'s on me, too."', '', 'direct', role='Wardens coach'),
    s('Pat Gillis', 'He', 'his team had played "the best two periods|get the puck out of our own end."', 'said', 'mixed', role='Wardens coach'),
    s('Pat Gillis', 'Gillis', 'Redcloud, who leads the league with 17 goals, would not travel|an illness in the family', 'said', role='Wardens coach'),
    s('Mike Dunleavy', 'Dunleavy, in his second season behind the Brandon Falls bench', 'his goaltender, Marcus Bell, who stopped all nine shots he faced in the third', 'praised', role='Kestrels coach'),
    s('Mike Dunleavy', 'He', 'Bell had kept the game close when "the rest of us were still on the bus."', 'said', 'mixed', role='Kestrels coach'),
)

doc('e07-paper-obituary-voss', 'The Port Ainsley Record', '2026-11-18', '''
Margaret Voss, judge who opened the state's family courts to the public, dies at 88

By Helen Strand
Record staff

Margaret Voss, who as the first woman to lead the state's family court system pushed through rules that opened its hearings to the public and the press, died on Sunday at her home in Port Ainsley. She was 88.

Her daughter, Claire Voss-Beaumont, said the cause was complications of pneumonia.

Judge Voss served on the bench for 27 years, the last nine as chief administrative judge of the family courts. When she took over in 1991, nearly every custody and child-welfare hearing in the state was closed, and the records were sealed. By the time she retired in 2000, most hearings were open unless a judge found a specific reason to close them.

"Secrecy was protecting the system, not the children," she told The Record in 1998. "Every time we closed a door, somebody on the other side of it got away with something."

The change was fiercely opposed at first. The state's association of county welfare directors warned in 1992 that open hearings would expose children to "humiliation in the newspapers," and several of her fellow judges refused to carry out the rules for more than a year.

She did not back down. In a speech to the state bar in 1993, she said that a court that could not stand to be watched "has no business deciding who raises a child."

Studies later supported her. A 2004 review by the Center for Court Reform at Dunmore University found no increase in the number of children identified in the press after the rules took effect, and an increase in the number of cases resolved within a year.

Margaret Ann Kerrigan was born on March 3, 1938, in Millbrook, the third of five children of a railroad machinist and a nurse. She was the first in her family to attend college, and she graduated from Dunmore Law School in 1963, one of three women in her class.

She often said that she had gone into law because of a neighbor, a widow who lost custody of her two sons in a hearing that lasted eleven minutes. "I was 14 and I was in the hallway," she recalled in a 2011 oral history for the state historical society. "Nobody told her what she had done wrong. Nobody ever told her."

She married Edward Voss, a high school history teacher, in 1965. He died in 2009.

Former Gov. Ann Delacroix, who appointed her chief administrative judge, called her "the most stubborn person I ever put in a job, and I mean that as the highest compliment."

Colleagues recalled a judge who read every file and expected lawyers to do the same. Judge Peter Amundsen, who served with her for two decades, said she once adjourned a hearing for a week because a caseworker had not visited the child in question.

"She wasn't cruel about it," he said. "She just wasn't going to pretend."

In retirement she taught at Dunmore Law School and volunteered with a program that trains lawyers to represent children. She was still reading case law in her 80s, her daughter said, and "arguing with the Supreme Court out loud at the kitchen table."

In addition to her daughter, she is survived by a son, Thomas; a sister, Joan Kerrigan; and five grandchildren.

Asked in 1998 how she wanted to be remembered, Judge Voss gave a short answer. "As a judge who opened the door," she said. "Somebody else can decide if it stays open."
''',
    s('Claire Voss-Beaumont', 'Her daughter, Claire Voss-Beaumont', 'the cause was complications of pneumonia', 'said'),
    s('Margaret Voss', 'she', '"Secrecy was protecting the system, not the children,"', 'told', 'direct', role='judge', date='1998'),
    s('Margaret Voss', '', '"Every time we closed a door, somebody on the other side of it got away with something."', '', 'direct', role='judge', date='1998'),
    s("The state's association of county welfare directors", "The state's association of county welfare directors", 'open hearings would expose children to "humiliation in the newspapers,"', 'warned', 'mixed', date='1992'),
    s('Margaret Voss', 'she', 'a court that could not stand to be watched "has no business deciding who raises a child."', 'said', 'mixed', role='judge', date='1993'),
    s('the Center for Court Reform at Dunmore University', 'A 2004 review by the Center for Court Reform at Dunmore University', 'no increase in the number of children identified in the press|resolved within a year', 'found', date='2004'),
    s('Margaret Voss', 'She', 'she had gone into law because of a neighbor|lasted eleven minutes', 'said', role='judge'),
    s('Margaret Voss', 'she', '"I was 14 and I was in the hallway,"', 'recalled', 'direct', role='judge', date='2011'),
    s('Margaret Voss', '', '"Nobody told her what she had done wrong. Nobody ever told her."', '', 'direct', role='judge', date='2011'),
    s('Ann Delacroix', 'Former Gov. Ann Delacroix, who appointed her chief administrative judge', '"the most stubborn person I ever put in a job, and I mean that as the highest compliment."', 'called', 'direct', role='Former Gov.'),
    s('Colleagues', 'Colleagues', 'a judge who read every file and expected lawyers to do the same', 'recalled'),
    s('Peter Amundsen', 'Judge Peter Amundsen, who served with her for two decades', 'she once adjourned a hearing for a week|the child in question', 'said', role='Judge'),
    s('Peter Amundsen', 'he', '"She wasn\'t cruel about it,"', 'said', 'direct', role='Judge'),
    s('Peter Amundsen', '', '"She just wasn\'t going to pretend."', '', 'direct', role='Judge'),
    s('Claire Voss-Beaumont', 'her daughter', ['She was still reading case law in her 80s', 'and "arguing with the Supreme Court out loud at the kitchen table."'], 'said', 'mixed'),
    s('Margaret Voss', 'she', '"As a judge who opened the door,"', 'said', 'direct', role='judge', date='1998'),
    s('Margaret Voss', '', '"Somebody else can decide if it stays open."', '', 'direct', role='judge', date='1998'),
)

doc('e08-paper-water-main', 'The Fallbrook Gazette', '2026-11-25', '''
East side water main break leaves 4,000 homes under boil-water notice

City says repairs could take through Friday; some residents question why warnings came late

By Dev Kapoor
Gazette staff

A 36-inch water main burst beneath Calloway Avenue early Tuesday, flooding three blocks of the East Fallbrook neighborhood and leaving about 4,000 homes and businesses under a boil-water notice that officials said could last through Friday.

The break was reported at about 4:40 a.m., city officials said. By daybreak, water was running ankle-deep across the intersection of Calloway and Ninth Street, and crews had closed the avenue between Seventh and Twelfth streets.

The main, made of cast iron, was installed in 1931, according to the city's Department of Water Services. The department said the cause of the break had not been determined, but that a sudden drop in temperature overnight may have played a role.

"We have crews working around the clock, and we'll stay there until it's fixed," said Anthony Ruiz, the city's spokesman. "We understand this is a real hardship right before the holiday."

Ruiz said the department had begun notifying residents by automated phone call at about 7:15 a.m. and that bottled water would be handed out at the Ninth Street fire station until repairs were complete.

Some residents said that was too late. Doreen Maddox, who lives on Calloway, said she had made coffee and given her grandson a glass of water before she heard about the notice from a neighbor.

"Nobody called me until after eight," Maddox said. "By then we'd been drinking it for hours."

The department's director, Kenneth Obi, said at an afternoon news conference that the city's alert system had been "slower than it should have been" and that he had asked his staff to review why. He said testing had so far found no contamination, and that the notice was a precaution required by state rules whenever pressure in the system drops.

City Councilman Raymond Fuentes, whose district includes East Fallbrook, said he had asked for a full accounting of the city's aging pipes at the council's next meeting. Fuentes noted that the city had budgeted to replace about two miles of main a year, out of more than 600 miles in the system.

"At that pace, we'll finish in the year 2320," he said. "We cannot keep patching this thing with duct tape and prayer."

The Department of Water Services has said in budget documents that about a third of the city's mains are more than 70 years old. A consultant's report presented to the council in March estimated that replacing them would cost at least $900 million.

Mayor Lisa Trent's office said in a statement that the mayor had been briefed and was "in close contact" with the department. A spokeswoman for the mayor, Ellen Park, said Trent would visit the site on Wednesday.

Businesses along Calloway were mostly closed on Tuesday. Sam Delgado, who owns a taqueria at the corner of Tenth Street, said he had thrown out about $600 worth of food. He said he had not heard from the city about whether he could be reimbursed.

Officials said customers under the notice should boil tap water for at least one minute before drinking it or using it to cook, brush teeth or make ice. The notice will stay in effect until two rounds of tests come back clean, the department said.
''',
    s('City', 'City', 'repairs could take through Friday', 'says'),
    s('officials', 'officials', 'could last through Friday', 'said'),
    s('city officials', 'city officials', 'The break was reported at about 4:40 a.m.', 'said'),
    s("the city's Department of Water Services", "the city's Department of Water Services", 'The main, made of cast iron, was installed in 1931', 'according to'),
    s("the city's Department of Water Services", 'The department', 'the cause of the break had not been determined|may have played a role', 'said'),
    s('Anthony Ruiz', "Anthony Ruiz, the city's spokesman", '"We have crews working around the clock, and we\'ll stay there until it\'s fixed,"', 'said', 'direct', role="city's spokesman"),
    s('Anthony Ruiz', '', '"We understand this is a real hardship right before the holiday."', '', 'direct', role="city's spokesman"),
    s('Anthony Ruiz', 'Ruiz', 'the department had begun notifying residents|until repairs were complete', 'said', role="city's spokesman"),
    s('Some residents', 'Some residents', 'that was too late', 'said'),
    s('Doreen Maddox', 'Doreen Maddox, who lives on Calloway', 'she had made coffee and given her grandson a glass of water|from a neighbor', 'said'),
    s('Doreen Maddox', 'Maddox', '"Nobody called me until after eight,"', 'said', 'direct'),
    s('Doreen Maddox', '', '"By then we\'d been drinking it for hours."', '', 'direct'),
    s('Kenneth Obi', "The department's director, Kenneth Obi", 'the city\'s alert system had been "slower than it should have been"|review why', 'said', 'mixed', role="department's director"),
    s('Kenneth Obi', 'he', 'his staff to review why', 'had asked', role="department's director", nested=True, via='Kenneth Obi'),
    s('Kenneth Obi', 'He', 'testing had so far found no contamination|whenever pressure in the system drops', 'said', role="department's director"),
    s('Raymond Fuentes', 'City Councilman Raymond Fuentes, whose district includes East Fallbrook', "he had asked for a full accounting of the city's aging pipes at the council's next meeting", 'said', role='City Councilman'),
    s('Raymond Fuentes', 'Fuentes', 'the city had budgeted to replace about two miles of main a year|600 miles in the system', 'noted', role='City Councilman'),
    s('Raymond Fuentes', 'he', '"At that pace, we\'ll finish in the year 2320,"', 'said', 'direct', role='City Councilman'),
    s('Raymond Fuentes', '', '"We cannot keep patching this thing with duct tape and prayer."', '', 'direct', role='City Councilman'),
    s('The Department of Water Services', 'The Department of Water Services', "about a third of the city's mains are more than 70 years old", 'has said'),
    s("A consultant's report presented to the council in March", "A consultant's report presented to the council in March", 'replacing them would cost at least $900 million', 'estimated'),
    s("Mayor Lisa Trent's office", "Mayor Lisa Trent's office", 'the mayor had been briefed and was "in close contact" with the department', 'said', 'mixed'),
    s('Ellen Park', 'A spokeswoman for the mayor, Ellen Park', 'Trent would visit the site on Wednesday', 'said', role='spokeswoman for the mayor'),
    s('Sam Delgado', 'Sam Delgado, who owns a taqueria at the corner of Tenth Street', 'he had thrown out about $600 worth of food', 'said'),
    s('Sam Delgado', 'He', 'he had not heard from the city about whether he could be reimbursed', 'said'),
    s('Officials', 'Officials', 'customers under the notice should boil tap water|make ice', 'said'),
    s('the Department of Water Services', 'the department', 'The notice will stay in effect until two rounds of tests come back clean', 'said'),
)

doc('e09-scraped-restaurant-closure', 'Westbrook Now', '2026-11-20', '''
Skip to main content
Westbrook Now
News  Sports  Business  Food & Drink  Opinion  Obituaries  Subscribe
Search
Log in
FOOD & DRINK
Health inspectors shut down popular Larkin Street bakery after mouse sightings
Owner says bakery 'will be back better than ever' after deep clean
By Priya Menon | Nov. 20, 2026 at 5:12 p.m.
Share  Tweet  Email  Print
The front window of Sunrise Bakehouse on Larkin Street on Thursday. (Priya Menon / Westbrook Now)
Westbrook County health inspectors closed Sunrise Bakehouse, one of the city's best-known breakfast spots, on Wednesday after finding evidence of mice in its kitchen and storage room, according to an inspection report released Thursday.
Inspectors found droppings near flour bins and on a shelf above a prep table, and noted that a door to the alley did not close fully, the report says. The bakery was cited for seven violations, three of them classified as critical.
The bakery's owner, Daniel Okereke, said in a phone interview that he had hired a pest control company the same day and that the business had already sealed the alley door and thrown out all of its open dry goods.
"I'm embarrassed, and I'm not going to make excuses," Okereke said. "We've been here 19 years. We'll be back better than ever, and anybody who wants to come see the kitchen when we reopen can come see it."
ADVERTISEMENT
Sunrise had passed its previous two inspections, in March and in August, with no critical violations, according to county records.
County environmental health manager Rita Solberg said closures of this kind are not unusual in the fall, when mice move indoors. She said a business can reopen once it passes a follow-up inspection, which usually takes place within a few days of the owner's request.
"Our job isn't to punish anybody. It's to make sure the problem is fixed," Solberg said.
Regular customers said they hoped the closure would be short. Alma Fitch, 71, who said she has eaten breakfast at Sunrise "most Saturdays since it opened," said the news would not keep her away.
Most Read
1. Westbrook council approves new parking rates downtown
2. High school football: Larkin beats Carver in overtime thriller
3. Police say man arrested after standoff on Route 4
NEWSLETTER
Get Westbrook Now's Food & Drink newsletter
Every Friday: new openings, closings and the best things we ate this week.
Enter your email  Subscribe
Related
Sunrise Bakehouse owner: 'We're a family here'
Inspectors find violations at three downtown restaurants, report says
Health department says restaurant grades coming to Westbrook in 2027
Tags: Restaurants  Health inspections  Larkin Street
Comments (14)
bakerfan88: Been going there for years. Mice happen. They'll fix it.
westbrook_mike: Seven violations is not "mice happen."
JLT: The report says the door didn't close. That's a five-dollar fix.
Contact Us | About | Advertise | Privacy Policy | Terms of Service
© 2026 Westbrook Now Media LLC
''',
    s('Daniel Okereke', 'Owner', "bakery 'will be back better than ever' after deep clean", 'says', 'mixed', role='Owner'),
    s('an inspection report released Thursday', 'an inspection report released Thursday', 'Westbrook County health inspectors closed Sunrise Bakehouse|in its kitchen and storage room', 'according to'),
    s('the report', 'the report', 'Inspectors found droppings near flour bins|did not close fully', 'says'),
    s('Inspectors', 'Inspectors', 'a door to the alley did not close fully', 'noted', nested=True, via='the report'),
    s('Daniel Okereke', "The bakery's owner, Daniel Okereke", 'he had hired a pest control company the same day|all of its open dry goods', 'said', role="bakery's owner"),
    s('Daniel Okereke', 'Okereke', '"I\'m embarrassed, and I\'m not going to make excuses,"', 'said', 'direct', role="bakery's owner"),
    s('Daniel Okereke', '', '"We\'ve been here 19 years.|can come see it."', '', 'direct', role="bakery's owner"),
    s('county records', 'county records', 'Sunrise had passed its previous two inspections|no critical violations', 'according to'),
    s('Rita Solberg', 'County environmental health manager Rita Solberg', 'closures of this kind are not unusual in the fall, when mice move indoors', 'said', role='County environmental health manager'),
    s('Rita Solberg', 'She', "a business can reopen once it passes a follow-up inspection|the owner's request", 'said', role='County environmental health manager'),
    s('Rita Solberg', 'Solberg', '"Our job isn\'t to punish anybody. It\'s to make sure the problem is fixed,"', 'said', 'direct', role='County environmental health manager'),
    s('Regular customers', 'Regular customers', 'they hoped the closure would be short', 'said'),
    s('Alma Fitch', 'Alma Fitch, 71', 'she has eaten breakfast at Sunrise "most Saturdays since it opened,"', 'said', 'mixed'),
    s('Alma Fitch', 'Alma Fitch, 71', 'the news would not keep her away', 'said'),
    s('Police', 'Police', 'man arrested after standoff on Route 4', 'say', region='related'),
    s('Sunrise Bakehouse owner', 'Sunrise Bakehouse owner', "'We're a family here'", '', 'direct', role='Sunrise Bakehouse owner', region='related'),
    s('report', 'report', 'Inspectors find violations at three downtown restaurants', 'says', region='related'),
    s('Health department', 'Health department', 'restaurant grades coming to Westbrook in 2027', 'says', region='related'),
)

doc('e10-paper-sleep-study', 'The Columbia Standard', '2026-11-12', '''
Teens who start school later sleep more and miss less class, study finds

Researchers say the gains held up over three years, but some districts say busing costs stand in the way

By Nora Abernathy
Standard health reporter

High school students whose first class started at 8:30 a.m. or later slept about 34 minutes more on school nights and missed fewer days of school than students who started earlier, according to a study published Wednesday in the Journal of Adolescent Health Research.

The study followed about 9,400 students in 22 districts in three states from 2022 to 2025. Eleven of the districts moved their start times later during that period; the others did not.

Students in the districts that changed their schedules were absent about 2.3 fewer days a year on average, the study found, and the share who reported falling asleep in class dropped from 31 percent to 19 percent. Grades rose slightly, but the authors cautioned that the difference in grades was small and could reflect other changes in the districts.

"What surprised us was that the effect didn't fade," said Dr. Lena Albright, a sleep researcher at Cascade State University and the study's lead author. "A lot of people assumed kids would just stay up later and wipe out the gain. For the most part, they didn't."

Albright said the team had measured sleep with wrist-worn monitors for a subset of about 1,100 students, rather than relying only on surveys, which tend to overstate how much teenagers sleep.

The findings add to a body of research that has led the American Council of Pediatric Medicine to recommend that middle and high schools start no earlier than 8:30. About 4 in 10 public high schools in the United States still start before 8 a.m., according to data from the National Center for Education Statistics.

Dr. Samuel Otieno, a pediatrician at Lakeshore Children's Hospital who was not involved in the research, called the study "one of the strongest we have" on the question because it compared districts over time rather than at a single point.

Still, he said, the districts that changed their start times may differ in ways the researchers could not fully account for. "Districts that are willing to do this may also be districts that are doing a lot of other things right," he said.

School officials say the obstacle is rarely the research. In many districts, the same buses carry elementary, middle and high school students in staggered runs, and moving the high school schedule later means either buying more buses or starting younger children earlier.

In the Marlow Unified School District, which considered a later start in 2024 and voted it down, a district analysis estimated the change would cost about $2.1 million a year in additional transportation.

"Nobody on our board disputed the science," said Gail Fenner, the district's superintendent. "We just couldn't find $2 million without cutting teachers."

Some parents also objected. A survey of Marlow parents by the district found that about a third worried later dismissal would interfere with after-school jobs and sports.

Albright said she understood the cost concerns but argued that districts should weigh them against the cost of chronic absence, which she called "the most expensive problem schools have that nobody puts on a budget line."

The study was funded by the National Institute for Child Health Research.
''',
    s('study', 'study', 'Teens who start school later sleep more and miss less class', 'finds'),
    s('Researchers', 'Researchers', 'the gains held up over three years', 'say'),
    s('some districts', 'some districts', 'busing costs stand in the way', 'say'),
    s('a study published Wednesday in the Journal of Adolescent Health Research', 'a study published Wednesday in the Journal of Adolescent Health Research', 'High school students whose first class started at 8:30 a.m. or later|students who started earlier', 'according to'),
    s('the study', 'the study', 'Students in the districts that changed their schedules|from 31 percent to 19 percent', 'found'),
    s('the share', 'the share', 'falling asleep in class', 'reported', nested=True, via='the study'),
    s('the authors', 'the authors', 'the difference in grades was small and could reflect other changes in the districts', 'cautioned'),
    s('Lena Albright', "Dr. Lena Albright, a sleep researcher at Cascade State University and the study's lead author", '"What surprised us was that the effect didn\'t fade,"', 'said', 'direct', role="sleep researcher at Cascade State University and the study's lead author"),
    s('Lena Albright', '', '"A lot of people assumed kids would just stay up later|they didn\'t."', '', 'direct', role="study's lead author"),
    s('Lena Albright', 'Albright', 'the team had measured sleep with wrist-worn monitors|how much teenagers sleep', 'said', role="study's lead author"),
    s('the American Council of Pediatric Medicine', 'the American Council of Pediatric Medicine', 'middle and high schools start no earlier than 8:30', 'recommend'),
    s('the National Center for Education Statistics', 'data from the National Center for Education Statistics', 'About 4 in 10 public high schools in the United States still start before 8 a.m.', 'according to'),
    s('Samuel Otieno', "Dr. Samuel Otieno, a pediatrician at Lakeshore Children's Hospital who was not involved in the research", 'the study "one of the strongest we have" on the question|at a single point', 'called', 'mixed', role="pediatrician at Lakeshore Children's Hospital"),
    s('Samuel Otieno', 'he', 'the districts that changed their start times may differ|could not fully account for', 'said', role='pediatrician'),
    s('Samuel Otieno', 'he', '"Districts that are willing to do this|a lot of other things right,"', 'said', 'direct', role='pediatrician'),
    s('School officials', 'School officials', 'the obstacle is rarely the research', 'say'),
    s('a district analysis', 'a district analysis', 'the change would cost about $2.1 million a year in additional transportation', 'estimated'),
    s('Gail Fenner', "Gail Fenner, the district's superintendent", '"Nobody on our board disputed the science,"', 'said', 'direct', role="district's superintendent"),
    s('Gail Fenner', '', '"We just couldn\'t find $2 million without cutting teachers."', '', 'direct', role="district's superintendent"),
    s('A survey of Marlow parents by the district', 'A survey of Marlow parents by the district', 'about a third worried later dismissal would interfere with after-school jobs and sports', 'found'),
    s('about a third', 'about a third', 'later dismissal would interfere with after-school jobs and sports', 'worried', nested=True, via='A survey of Marlow parents by the district'),
    s('Lena Albright', 'Albright', 'she understood the cost concerns', 'said', role="study's lead author"),
    s('Lena Albright', '', 'districts should weigh them against the cost of chronic absence', 'argued', role="study's lead author"),
    s('Lena Albright', 'she', '"the most expensive problem schools have that nobody puts on a budget line."', 'called', 'direct', role="study's lead author"),
)

doc('e11-wire-senate-vote', 'Capitol Wire', '2026-12-02', '''
Senate advances stopgap bill as shutdown deadline nears

By JOEL HARTMAN and DENISE CARVER Capitol Wire

WASHINGTON (Capitol Wire) — The Senate voted 68-31 on Tuesday to advance a stopgap spending bill that would keep the government open through Feb. 6, setting up a final vote later this week with three days to spare before a shutdown.

Senate Majority Leader Carla Nguyen, D-Ore., said on the Senate floor that the bill was "not what anybody wanted, but what the country needs right now." She urged senators to pass it quickly and "spare federal workers another Christmas of worrying about their paychecks."

The measure, which the House passed last week, keeps most agencies funded at current levels and adds $4.2 billion in disaster aid for states hit by flooding in October. It does not include the border security money that House conservatives had demanded.

Senate Republican Leader Tom Bradshaw of Kansas told reporters after a closed-door lunch that most of his members would support the bill, though "not happily." Bradshaw said Republicans would use the next seven weeks to push for spending cuts in a full-year bill.

Sen. Amos Whitlock, R-Ala., who voted against advancing the measure, said the disaster money should have been offset by cuts elsewhere. "We keep saying we'll deal with the debt next time," Whitlock said. "Next time never comes."

The White House said in a statement that President Mendez would sign the bill if it reached his desk. Press secretary Andrea Pollard told reporters the administration was "confident the Senate will finish the job."

Democrats had hoped to attach an extension of expiring child care grants, but dropped the demand last week to secure Republican votes, according to two people familiar with the negotiations who spoke on condition of anonymity to discuss private talks.

Sen. Rachel Osei, D-Mich., one of the senators who had pushed for the grants, said she was disappointed but would vote for the bill. She said she had received assurances from Nguyen that the grants would be "first in line" in January.

A spokesman for Nguyen, Eric Lindgren, declined to describe the assurances but said the leader "intends to keep every commitment she's made."

The Congressional Budget Office estimated last month that a shutdown of two weeks would reduce economic output by about $11 billion, some of which would not be recovered.
''',
    s('Carla Nguyen', 'Senate Majority Leader Carla Nguyen, D-Ore.', 'the bill was "not what anybody wanted, but what the country needs right now."', 'said', 'mixed', role='Senate Majority Leader'),
    s('Carla Nguyen', 'She', 'senators to pass it quickly|worrying about their paychecks."', 'urged', 'mixed', role='Senate Majority Leader'),
    s('Tom Bradshaw', 'Senate Republican Leader Tom Bradshaw of Kansas', 'most of his members would support the bill, though "not happily."', 'told', 'mixed', role='Senate Republican Leader'),
    s('Tom Bradshaw', 'Bradshaw', 'Republicans would use the next seven weeks to push for spending cuts in a full-year bill', 'said', role='Senate Republican Leader'),
    s('Amos Whitlock', 'Sen. Amos Whitlock, R-Ala., who voted against advancing the measure', 'the disaster money should have been offset by cuts elsewhere', 'said', role='Sen.'),
    s('Amos Whitlock', 'Whitlock', '"We keep saying we\'ll deal with the debt next time,"', 'said', 'direct', role='Sen.'),
    s('Amos Whitlock', '', '"Next time never comes."', '', 'direct', role='Sen.'),
    s('The White House', 'The White House', 'President Mendez would sign the bill if it reached his desk', 'said'),
    s('Andrea Pollard', 'Press secretary Andrea Pollard', 'the administration was "confident the Senate will finish the job."', 'told', 'mixed', role='Press secretary'),
    s('two people familiar with the negotiations', 'two people familiar with the negotiations who spoke on condition of anonymity to discuss private talks', 'Democrats had hoped to attach an extension of expiring child care grants|to secure Republican votes', 'according to'),
    s('Rachel Osei', 'Sen. Rachel Osei, D-Mich., one of the senators who had pushed for the grants', 'she was disappointed but would vote for the bill', 'said', role='Sen.'),
    s('Rachel Osei', 'She', 'she had received assurances from Nguyen that the grants would be "first in line" in January', 'said', 'mixed', role='Sen.'),
    s('Eric Lindgren', 'A spokesman for Nguyen, Eric Lindgren', 'the leader "intends to keep every commitment she\'s made."', 'said', 'mixed', role='spokesman for Nguyen'),
    s('The Congressional Budget Office', 'The Congressional Budget Office', 'a shutdown of two weeks would reduce economic output|would not be recovered', 'estimated'),
)

doc('e12-readout-call', 'Office of the Vice President', '2026-11-30', '''
Readout of Vice President Helen Castellano's Call with Prime Minister Arnaud Lefevre of Valmont

Vice President Helen Castellano spoke today with Prime Minister Arnaud Lefevre of Valmont. The Vice President congratulated the Prime Minister on the formation of his new government and underscored the United States' commitment to the partnership between our two nations, which marks its 80th anniversary next year.

The Vice President and the Prime Minister discussed efforts to expand cooperation on critical minerals and semiconductor supply chains. The Vice President noted that American companies have announced more than $6 billion in new investment in Valmont over the past two years, and expressed her hope that the two governments would conclude negotiations on a critical minerals agreement early next year.

The two leaders also discussed the situation in the Harrow Valley. The Vice President reiterated that the United States supports an immediate ceasefire and unimpeded humanitarian access, and thanked the Prime Minister for Valmont's contribution to the international relief effort.

The Prime Minister briefed the Vice President on his government's plans to host a regional energy summit in the spring. The Vice President welcomed the initiative.

The leaders agreed that their national security advisers would meet in Washington in January to prepare for the Prime Minister's visit to the United States.

###
''',
    s('Helen Castellano', 'The Vice President', 'American companies have announced more than $6 billion in new investment in Valmont over the past two years', 'noted', role='Vice President'),
    s('American companies', 'American companies', 'more than $6 billion in new investment in Valmont over the past two years', 'have announced', nested=True, via='Helen Castellano'),
    s('Helen Castellano', '', 'the two governments would conclude negotiations on a critical minerals agreement early next year', 'expressed her hope', role='Vice President'),
    s('Helen Castellano', 'The Vice President', 'the United States supports an immediate ceasefire and unimpeded humanitarian access', 'reiterated', role='Vice President'),
    s('Helen Castellano', 'The Vice President', 'the initiative', 'welcomed', role='Vice President'),
    s('Helen Castellano and Arnaud Lefevre', 'The leaders', 'their national security advisers would meet in Washington in January|visit to the United States', 'agreed'),
)

doc('e13-paper-scaffold-trial', 'The Merrimac Valley Times', '2026-11-19', '''
Jury hears closing arguments in scaffold collapse that killed two workers

Prosecutor says contractor 'chose the cheaper way'; defense blames a subcontractor

By Anne-Marie Costa
Times staff writer

LOWELLTON — A prosecutor told jurors on Wednesday that a Lowellton contractor ignored repeated warnings before a scaffold collapsed at a downtown construction site in 2024, killing two workers, while his lawyer argued that the blame lay with a subcontractor that built the scaffold and was never charged.

Victor Halloran, 57, the owner of Halloran Building Co., is charged with two counts of involuntary manslaughter in the deaths of Luis Carrasco, 34, and Dwayne Pettit, 41, who fell five stories when a section of scaffolding pulled away from the Kimball Street building on May 14, 2024.

Assistant District Attorney Sarah Lindqvist spent nearly two hours walking jurors through emails, text messages and inspection records. She said Halloran had been told at least three times in the month before the collapse that the scaffold's wall ties were missing or loose, and that he had chosen to keep the job on schedule rather than stop work to fix them.

"He knew. He was told in writing, he was told on the phone, he was told to his face," Lindqvist said, pointing at the defendant. "And every time, he made a choice. He chose the schedule. He chose the cheaper way.

"Luis Carrasco and Dwayne Pettit did not get to make a choice. They showed up for work."

She reminded jurors of the testimony of Kara Benning, a site safety consultant who visited the building nine days before the collapse. Benning testified last week that she had photographed gaps where ties should have been and had told Halloran the scaffold was "not safe to stand on."

The defense attorney, Monica Feld, told jurors that no one disputed the collapse was a tragedy, but that the state had charged the wrong man. She said the scaffold was designed, built and inspected by Apex Staging, a subcontractor, and that Halloran had relied on Apex's assurances that the problems had been fixed.

"Mr. Halloran is a builder, not an engineer," Feld said. "When the company that built the scaffold tells him it's safe, what is he supposed to do, climb up and check every bolt himself?"

Feld said the prosecution's case rested on Benning, whom she described as a consultant "with a grudge and a camera." She noted that Benning had been fired by Halloran's company two years earlier, and she suggested that the photographs could not show when the ties had gone missing.

In her rebuttal, Lindqvist said the defense was asking jurors to believe that a man who had run a construction company for 30 years did not know what a wall tie was. She called that argument "an insult to every person on this jury who has ever built anything."

An Apex Staging executive testified earlier in the trial under a grant of immunity. A spokeswoman for the district attorney's office, Jill Tarrant, declined to say why the company had not been charged, citing the ongoing case.

Judge Howard Pressley told jurors they would begin deliberating Thursday morning. Relatives of both men sat in the second row of the gallery throughout the arguments. Outside the courthouse, Carrasco's sister, Marisol Carrasco, said the family had waited two and a half years for the trial.

"We just want somebody to say it out loud," she said. "It didn't have to happen."
''',
    s('Sarah Lindqvist', 'Prosecutor', "contractor 'chose the cheaper way'", 'says', 'mixed', role='Prosecutor'),
    s('Monica Feld', 'defense', 'a subcontractor', 'blames', role='defense attorney', content_spans=[[142, 157]]),
    s('Sarah Lindqvist', 'A prosecutor', 'a Lowellton contractor ignored repeated warnings|killing two workers', 'told', role='Assistant District Attorney'),
    s('Monica Feld', 'his lawyer', 'the blame lay with a subcontractor that built the scaffold and was never charged', 'argued', role='defense attorney'),
    s('Sarah Lindqvist', 'She', "Halloran had been told at least three times|stop work to fix them", 'said', role='Assistant District Attorney'),
    s('Sarah Lindqvist', 'Lindqvist', '"He knew. He was told in writing, he was told on the phone, he was told to his face,"', 'said', 'direct', role='Assistant District Attorney'),
    s('Sarah Lindqvist', '', '"And every time, he made a choice.|They showed up for work."', '', 'direct', role='Assistant District Attorney'),
    s('Kara Benning', 'Benning', 'she had photographed gaps where ties should have been|"not safe to stand on."', 'testified', 'mixed', role='site safety consultant'),
    s('Kara Benning', '', 'the scaffold was "not safe to stand on."', 'had told', 'mixed', role='site safety consultant', nested=True, via='Kara Benning'),
    s('Monica Feld', 'The defense attorney, Monica Feld', 'no one disputed the collapse was a tragedy, but that the state had charged the wrong man', 'told', role='defense attorney'),
    s('Monica Feld', 'She', "the scaffold was designed, built and inspected by Apex Staging|the problems had been fixed", 'said', role='defense attorney'),
    s('Apex Staging', "Apex's", 'the problems had been fixed', 'assurances', nested=True, via='Monica Feld'),
    s('Monica Feld', 'Feld', '"Mr. Halloran is a builder, not an engineer,"', 'said', 'direct', role='defense attorney'),
    s('Monica Feld', '', '"When the company that built the scaffold tells him it\'s safe|check every bolt himself?"', '', 'direct', role='defense attorney'),
    s('Monica Feld', 'Feld', "the prosecution's case rested on Benning", 'said', role='defense attorney'),
    s('Monica Feld', 'she', 'a consultant "with a grudge and a camera."', 'described', 'mixed', role='defense attorney'),
    s('Monica Feld', 'She', "Benning had been fired by Halloran's company two years earlier", 'noted', role='defense attorney'),
    s('Monica Feld', 'she', 'the photographs could not show when the ties had gone missing', 'suggested', role='defense attorney'),
    s('Sarah Lindqvist', 'Lindqvist', 'the defense was asking jurors to believe|did not know what a wall tie was', 'said', role='Assistant District Attorney'),
    s('Sarah Lindqvist', 'She', 'that argument "an insult to every person on this jury who has ever built anything."', 'called', 'mixed', role='Assistant District Attorney'),
    s('Jill Tarrant', '', 'the ongoing case', 'citing', role="spokeswoman for the district attorney's office"),
    s('Howard Pressley', 'Judge Howard Pressley', 'they would begin deliberating Thursday morning', 'told', role='Judge'),
    s('Marisol Carrasco', "Carrasco's sister, Marisol Carrasco", 'the family had waited two and a half years for the trial', 'said'),
    s('Marisol Carrasco', 'she', '"We just want somebody to say it out loud,"', 'said', 'direct'),
    s('Marisol Carrasco', '', '"It didn\'t have to happen."', '', 'direct'),
)

doc('e14-paper-plant-closing', 'The Tri-County Register', '2026-11-24', '''
Brennan Foods to close Marlow snack plant, cutting 480 jobs

Union says workers learned of closing from a posted notice; company cites 'changing demand'

By Gary Whitcomb
Register business writer

Brennan Foods will close its snack plant in Marlow by the end of March, eliminating about 480 jobs at one of the largest private employers in Tri-County, the company said Monday.

The Chicago-based maker of Crispin potato chips and Golden Loop pretzels said it would move production to its plants in Ohio and Texas, which it said were newer and could be expanded more cheaply. In a statement, Brennan said the decision reflected "changing consumer demand and the need to consolidate our manufacturing network," and was not a reflection on the Marlow workforce.

"This was a difficult decision, and it was not made lightly," the statement said. "Our Marlow employees have been part of the Brennan family for more than four decades."

The company said it would offer severance to all hourly and salaried workers at the plant and that some would be offered jobs at other Brennan locations. It did not say how many.

Workers learned of the closing on Monday morning from a notice posted near the time clock, according to Rick Sadowski, president of Local 219 of the Bakery and Confectionery Workers union, which represents about 390 of the plant's employees.

"These people have given their whole working lives to that building," Sadowski said. "The least the company could have done was tell them to their faces."

Sadowski said the union had been negotiating a new contract with Brennan since August and that company representatives had never mentioned the possibility of a closing. He said the union would ask the company to reconsider and would press for "every dollar of severance we can get."

A Brennan spokeswoman, Keisha Monroe, said the company had "followed every legal requirement" for notifying workers and would meet with union leaders this week. She declined to comment on the contract talks.

The company filed a notice of the layoffs with the state Department of Labor on Monday, as required by law for closings of that size. The notice says the first layoffs will take place on Jan. 30.

For Marlow, a town of about 11,000, the closing is a heavy blow. The plant opened in 1981 and at its peak in the late 1990s employed more than 900 people.

Mayor Dennis Kowalski said he had spoken with Brennan executives on Monday afternoon and had asked whether the city could do anything to keep the plant open. "They were polite, and they were clear," Kowalski said. "The answer was no."

He said the city would work with the county's workforce board to help laid-off workers find new jobs and training.

Industry analysts say Brennan, like other snack makers, has been squeezed by higher costs for potatoes, cooking oil and packaging, and by shoppers switching to cheaper store brands. The company reported last month that its profit fell 18 percent in the third quarter.

"Older plants with older lines are the first to go in a consolidation like this," said Megan Thorsby, a food industry analyst at Harwell Research. "Marlow was probably on a list for a while."

Outside the plant on Monday afternoon, Deb Kowalczyk, who has worked on the pretzel line for 26 years, said she had not yet told her husband. "I'm 58," she said. "Who's going to hire me?"
''',
    s('Brennan Foods', 'the company', 'Brennan Foods will close its snack plant in Marlow|largest private employers in Tri-County', 'said'),
    s('Local 219 of the Bakery and Confectionery Workers union', 'Union', 'workers learned of closing from a posted notice', 'says'),
    s('Brennan Foods', 'company', "'changing demand'", 'cites', 'direct'),
    s('Brennan Foods', 'The Chicago-based maker of Crispin potato chips and Golden Loop pretzels', 'it would move production to its plants in Ohio and Texas', 'said'),
    s('Brennan Foods', 'it', 'were newer and could be expanded more cheaply', 'said'),
    s('Brennan Foods', 'Brennan', 'the decision reflected "changing consumer demand|a reflection on the Marlow workforce', 'said', 'mixed'),
    s('Brennan Foods', 'the statement', '"This was a difficult decision, and it was not made lightly,"', 'said', 'direct'),
    s('Brennan Foods', '', '"Our Marlow employees have been part of the Brennan family for more than four decades."', '', 'direct'),
    s('Brennan Foods', 'The company', 'it would offer severance to all hourly and salaried workers|other Brennan locations', 'said'),
    s('Rick Sadowski', 'Rick Sadowski, president of Local 219 of the Bakery and Confectionery Workers union', 'Workers learned of the closing on Monday morning from a notice posted near the time clock', 'according to', role='president of Local 219 of the Bakery and Confectionery Workers union'),
    s('Rick Sadowski', 'Sadowski', '"These people have given their whole working lives to that building,"', 'said', 'direct', role='president of Local 219'),
    s('Rick Sadowski', '', '"The least the company could have done was tell them to their faces."', '', 'direct', role='president of Local 219'),
    s('Rick Sadowski', 'Sadowski', 'the union had been negotiating a new contract with Brennan since August|the possibility of a closing', 'said', role='president of Local 219'),
    s('Rick Sadowski', 'He', 'the union would ask the company to reconsider|"every dollar of severance we can get."', 'said', 'mixed', role='president of Local 219'),
    s('Keisha Monroe', 'A Brennan spokeswoman, Keisha Monroe', 'the company had "followed every legal requirement"|this week', 'said', 'mixed', role='Brennan spokeswoman'),
    s('The notice', 'The notice', 'the first layoffs will take place on Jan. 30', 'says'),
    s('Dennis Kowalski', 'Mayor Dennis Kowalski', 'he had spoken with Brennan executives on Monday afternoon|keep the plant open', 'said', role='Mayor'),
    s('Dennis Kowalski', 'Kowalski', '"They were polite, and they were clear,"', 'said', 'direct', role='Mayor'),
    s('Dennis Kowalski', '', '"The answer was no."', '', 'direct', role='Mayor'),
    s('Dennis Kowalski', 'He', "the city would work with the county's workforce board|find new jobs and training", 'said', role='Mayor'),
    s('Industry analysts', 'Industry analysts', 'Brennan, like other snack makers, has been squeezed|cheaper store brands', 'say'),
    s('Brennan Foods', 'The company', 'its profit fell 18 percent in the third quarter', 'reported'),
    s('Megan Thorsby', 'Megan Thorsby, a food industry analyst at Harwell Research', '"Older plants with older lines are the first to go in a consolidation like this,"', 'said', 'direct', role='food industry analyst at Harwell Research'),
    s('Megan Thorsby', '', '"Marlow was probably on a list for a while."', '', 'direct', role='food industry analyst at Harwell Research'),
    s('Deb Kowalczyk', 'Deb Kowalczyk, who has worked on the pretzel line for 26 years', 'she had not yet told her husband', 'said'),
    s('Deb Kowalczyk', 'she', '"I\'m 58,"', 'said', 'direct'),
    s('Deb Kowalczyk', '', '"Who\'s going to hire me?"', '', 'direct'),
)

doc('e15-paper-legislature-longterm-care', 'The Dominion Post', '2026-11-27', '''
Province to cap agency nurse fees in long-term care, minister says

Opposition calls plan 'a band-aid'; operators warn of staff shortages over the winter

By Julien Marchand
Legislature reporter

The province will cap what long-term care homes can pay private nursing agencies starting in April, Long-Term Care Minister Sandra Whitehorse announced Thursday, in a move she said would save about $140-million a year and push more nurses back into permanent jobs.

Ms. Whitehorse told reporters at the legislature that some homes were paying agencies more than $120 an hour for a registered nurse, nearly three times the hourly wage of a nurse on staff. Under the new rules, agencies will be allowed to charge no more than 40 per cent above the median wage for each job category.

"We have homes where half the nurses on a night shift have never been in that building before," Ms. Whitehorse said. "That's not good for residents, and it's not good for the nurses who work there every day and end up training a new face every week."

The minister said the savings would be used to raise wages for permanent staff in the sector, but she did not say by how much. Details will be set out in the spring budget, her office said.

In Question Period, the Opposition's long-term care critic, Aaron Desrosiers, said the cap treated a symptom and ignored the cause. Nurses leave homes for agency work because the pay and schedules in permanent jobs are worse, he said, and a cap would not change that.

"This is a band-aid on a broken arm," Mr. Desrosiers said. "The government has had six years to fix staffing in long-term care. It has had two public inquiries tell it what to do. It has done almost none of it."

He pointed to the 2024 report of the provincial Long-Term Care Commission, which found that more than a third of homes did not meet the province's minimum of four hours of direct care per resident per day.

Premier Robert Lavigne defended the plan, saying the government had already added 3,200 personal support workers to the sector since 2022. "We're not going to take lectures from a party that closed beds when it was in office," Mr. Lavigne said.

Operators gave the cap a cautious reception. Dana Kowal, chief executive of the Association of Long-Term Care Providers, which represents about 400 homes, said her members supported limits on agency fees in principle but worried about what would happen during the winter, when flu and COVID outbreaks leave homes short-staffed.

"If a home has an outbreak in February and three nurses call in sick, it has to be able to fill those shifts," Ms. Kowal said. "If the agencies decide the cap makes it not worth their while, who fills them?"

She said the association would ask the ministry to allow exceptions during declared outbreaks.

A spokesperson for the minister, Olivia Brandt, said in an e-mail that the regulations would include "a narrow emergency provision" but did not say what it would cover.

The Canadian Nurses' Alliance, which represents about 18,000 nurses in the province, welcomed the cap but said wages for permanent staff had to rise for it to work. The alliance's president, Mireille Gagnon, said nurses had left long-term care "because they were exhausted, not because they were greedy."

Agency owners were critical. Tom Sheridan, who runs a staffing agency in Port Maitland with about 150 nurses, said his company's costs had risen as well and that the cap would force some agencies out of business. "The minister is blaming the people who showed up when nobody else would," he said.

According to ministry figures, spending on agency staff in long-term care rose from $96-million in 2019 to $412-million last year.
''',
    s('Sandra Whitehorse', 'minister', 'Province to cap agency nurse fees in long-term care', 'says', role='minister'),
    s('Aaron Desrosiers', 'Opposition', "plan 'a band-aid'", 'calls', 'mixed'),
    s('operators', 'operators', 'staff shortages over the winter', 'warn of'),
    s('Sandra Whitehorse', 'Long-Term Care Minister Sandra Whitehorse', 'The province will cap what long-term care homes can pay private nursing agencies starting in April', 'announced', role='Long-Term Care Minister'),
    s('Sandra Whitehorse', 'she', 'would save about $140-million a year and push more nurses back into permanent jobs', 'said', role='Long-Term Care Minister'),
    s('Sandra Whitehorse', 'Ms. Whitehorse', 'some homes were paying agencies more than $120 an hour|a nurse on staff', 'told', role='Long-Term Care Minister'),
    s('Sandra Whitehorse', 'Ms. Whitehorse', '"We have homes where half the nurses on a night shift have never been in that building before,"', 'said', 'direct', role='Long-Term Care Minister'),
    s('Sandra Whitehorse', '', '"That\'s not good for residents|a new face every week."', '', 'direct', role='Long-Term Care Minister'),
    s('Sandra Whitehorse', 'The minister', 'the savings would be used to raise wages for permanent staff in the sector', 'said', role='Long-Term Care Minister'),
    s('her office', 'her office', 'Details will be set out in the spring budget', 'said'),
    s('Aaron Desrosiers', "the Opposition's long-term care critic, Aaron Desrosiers", 'the cap treated a symptom and ignored the cause', 'said', role="Opposition's long-term care critic"),
    s('Aaron Desrosiers', 'he', ['Nurses leave homes for agency work because|are worse', 'and a cap would not change that'], 'said', role="Opposition's long-term care critic"),
    s('Aaron Desrosiers', 'Mr. Desrosiers', '"This is a band-aid on a broken arm,"', 'said', 'direct', role="Opposition's long-term care critic"),
    s('Aaron Desrosiers', '', '"The government has had six years to fix staffing|It has done almost none of it."', '', 'direct', role="Opposition's long-term care critic"),
    s('the provincial Long-Term Care Commission', 'the 2024 report of the provincial Long-Term Care Commission', "more than a third of homes did not meet|per resident per day", 'found'),
    s('Robert Lavigne', 'Premier Robert Lavigne', 'the plan', 'defended', role='Premier'),
    s('Robert Lavigne', 'Premier Robert Lavigne', 'the government had already added 3,200 personal support workers to the sector since 2022', 'saying', role='Premier'),
    s('Robert Lavigne', 'Mr. Lavigne', '"We\'re not going to take lectures from a party that closed beds when it was in office,"', 'said', 'direct', role='Premier'),
    s('Dana Kowal', 'Dana Kowal, chief executive of the Association of Long-Term Care Providers', 'her members supported limits on agency fees in principle but worried|leave homes short-staffed', 'said', role='chief executive of the Association of Long-Term Care Providers'),
    s('Dana Kowal', 'Ms. Kowal', '"If a home has an outbreak in February and three nurses call in sick, it has to be able to fill those shifts,"', 'said', 'direct', role='chief executive of the Association of Long-Term Care Providers'),
    s('Dana Kowal', '', '"If the agencies decide the cap makes it not worth their while, who fills them?"', '', 'direct', role='chief executive of the Association of Long-Term Care Providers'),
    s('Dana Kowal', 'She', 'the association would ask the ministry to allow exceptions during declared outbreaks', 'said', role='chief executive of the Association of Long-Term Care Providers'),
    s('Olivia Brandt', 'A spokesperson for the minister, Olivia Brandt', 'the regulations would include "a narrow emergency provision"', 'said', 'mixed', role='spokesperson for the minister'),
    s("the Canadian Nurses' Alliance", "The Canadian Nurses' Alliance, which represents about 18,000 nurses in the province", 'the cap', 'welcomed'),
    s("the Canadian Nurses' Alliance", "The Canadian Nurses' Alliance, which represents about 18,000 nurses in the province", 'wages for permanent staff had to rise for it to work', 'said'),
    s('Mireille Gagnon', "The alliance's president, Mireille Gagnon", 'nurses had left long-term care "because they were exhausted, not because they were greedy."', 'said', 'mixed', role="alliance's president"),
    s('Tom Sheridan', 'Tom Sheridan, who runs a staffing agency in Port Maitland with about 150 nurses', "his company's costs had risen as well|force some agencies out of business", 'said'),
    s('Tom Sheridan', 'he', '"The minister is blaming the people who showed up when nobody else would,"', 'said', 'direct'),
    s('ministry figures', 'ministry figures', 'spending on agency staff in long-term care rose from $96-million in 2019 to $412-million last year', 'According to'),
)


if __name__ == '__main__':
    write('invented_e_gold.jsonl', per_document=True)
