#!/usr/bin/env python3
"""Builds invented set N: North American newspaper articles, wire stories and government texts, the three held-out
kinds, written unseen in session 31 by "writer" (issues 9 and 10). Seven newspaper articles: a city-hall levy vote (a
"mayor calls it ..." headline, "Ms. Arkwright", "the first-term councillor", "The mayor", a quotation its cue
interrupts mid-sentence, "One of them, Agnes Whitcastle, 78,", "according to a staff report" inside its sentence, a
correction line); a fraud verdict ("Defense says" deck, "the 54-year-old", "According to the indictment", "Bank
records introduced at trial showed", a lawyer's "argued", three men named and then "He"); a plant closing ("union
says" deck, "In a filing with state regulators", "The filing lists", a spokeswoman, "A person familiar with the
company's plans", "Several workers ... One, a forklift operator", an analyst after the content); a hockey game
(a "coach says" deck, "The 22-year-old centre", "The 34-year-old", a nested quotation inside a quotation, "the coach"
for a named coach, "The league's video review ... ruling"); a drought feature of several voices (two women neighbours
and "she", "money she said she had set aside", "She blames", "the 52-year-old hydrologist", "A draft of the plan
... proposes", "according to county records", "acknowledged"); a profile ("Ms. Valcourt", "Colleagues say" deck,
"Those who worked with her describe", "recalled a night", an anonymous colleague and "Another said", a correction
line); a provincial legislature story (a "memo shows" headline, "Health Minister says ... as opposition demands" deck,
the memo as "It warns", "It estimates", a nested "the memo showed", "One of them, a nurse ... who asked that her name
not be used", "A senior official in the Health Ministry", "The first-term MPP"). Six wire stories: an "UPDATE 2-"
strike wire ("-union, sources" headline, "two sources at the company", "One of them", "told Orbis by telephone",
"has said ... and denies", "according to ministry data", the reporting line); a "(CP) —" earthquake story ("he told
reporters", "who gave only his first name", "Her sister ... Vanek said she had last spoken to her", "In a post on
social media", "One of them, Irena Kopecka"); a TASS-style agency story (menus, a "— presidential aide" headline,
"According to" deck, "the aide", "In his words", "did not rule out", "the diplomat", "Read also", "was quoted as
saying by", "A source in the Sesmarkian government", photo, tags, "Most read" teasers); an AFP-style runoff story
("The 61-year-old", "told AGP", observers' "said ... but noted", "who gave his name only as", "str-kb/lm"); a
Xinhua-style visit story ("described Korvany as", "In his view", "Korvanian customs data", "Enditem"); an
"EXCLUSIVE-" wire ("-sources", "three people with direct knowledge", "two of the people", "adding that", "has said
repeatedly", "In a speech to parliament in February", "according to Orbis calculations"). Three government texts:
foreign ministers' talks ("The Sesmarkian Minister", "The Korvanian Minister", "The sides agreed to", dashed bullets
after "stressing in particular:", "informed her counterpart about"); a cabinet meeting on the earthquake ("Opening the
meeting, the Prime Minister said", "According to the Minister", bullets after "the Prime Minister instructed:"); a
press-briefing transcript in "Name:" turns (a courtesy opening, question premises "the union says", "The company
says", "The opposition has called").

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and the PREAMBLE's settled conventions, and committed
before the extractor first ran on the texts. Decided here: a headline's description ("coach says", "union says",
"Health Minister says", "opposition demands") is the person who says it in the story; a headline whose dash names two
speakers ("-union, sources") is one statement of the first; a bare "-sources" is the unnamed group the lede introduces
("three people with direct knowledge of the plan"; first written as the speaker "sources", reconciled in the
thirty-seventh round to the thirty-sixth's convention); a lede's joint "the miners' union and two sources at the
company said" is one statement of that joint mention; "X welcomed A and noted that B" and "thanked ... and said that B"
are one statement, B (set M's welcome convention); "informed ... about" is none, "informed the Government that B" is
B; a cabinet's "The Government approved a resolution" and "brushed off complaints" are none; a document's findings
("showed", "found", "lists", "proposes", "warns", "estimates") are the document's; data named with its maker
("ministry data", "Korvanian customs data", "Orbis calculations") is the maker's; a transcript's courtesy opening and
hand-over ("Good morning. Thank you for coming.", "Minister Ibarrola-Sant will explain.", "If I may add one thing.")
are no part of the turn's statement.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "have criticised the talks", "rejected the provisional results",
"rejected the accusations", "welcomed the resumption ..." (beside "noted that") and "defended the government's record"
are statements.

usage: python3 ingest-service/tools/invented/build_n.py  (writes src/test/resources/eval/invented_n_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

doc('n01-adair-transit-levy', 'The Adair Ledger', '2026-03-11', '''
Port Adair council approves transit levy after marathon debate; mayor calls it ‘a turning point’

Helen Quarrington
City Hall reporter
Published March 11, 2026 · Updated 11:52 p.m.

Port Adair city council voted 7-4 late Tuesday to add a transit levy of 1.5 per cent to property tax bills, ending a six-hour debate that stretched past 11 p.m. and drew more than 60 speakers.

Mayor Justine Arkwright, who campaigned on the levy two years ago, called the vote “a turning point for how this city moves.”

“For a decade we have been told there is no money for buses,” Ms. Arkwright said after the meeting. “Tonight we decided to find it.”

The levy will raise about $14 million a year, according to a staff report, most of it for more frequent service on the city’s six busiest routes.

Not everyone was convinced. Councillor Dev Pellow, who represents the largely rural Ward 9, said his residents would pay the levy “for buses they will never see.”

“My constituents drive 20 minutes to get to a bus stop,” the first-term councillor said. “You are asking them to pay for service in somebody else’s neighbourhood.”

Mr. Pellow moved an amendment to exempt farm properties, which failed 5-6. He said afterward that he would raise the question again at budget time.

Councillor Rosalind Tranquada, the chair of the transit committee, said the city had heard those concerns and had added two rural on-demand routes to the plan.

“It is not perfect,” she said, “but it is the first time Ward 9 has been in a transit plan at all.”

The levy had the backing of the Port Adair Board of Trade, whose president, Colm Oduyale, told council that employers in the east end could not fill jobs because workers had no way to get there.

Several speakers, most of them retirees, urged council to delay the vote until after the fall election. One of them, Agnes Whitcastle, 78, said she already struggled to pay her tax bill. “I am not against buses,” she said. “I am against being asked every year for more.”

The city’s treasurer, Farouk Amarech, told councillors that without the levy the transit budget would face a $9-million shortfall by 2028. He said the levy would cost the owner of an average home about $64 a year.

Ms. Arkwright brushed off complaints about the pace of the vote. The mayor said the plan had been before the public since June and had been changed “four times because people told us what was wrong with it.”

The levy takes effect in January. A first review is due in 2028.

Correction: An earlier version of this article gave the wrong ward for Councillor Dev Pellow. He represents Ward 9, not Ward 8.
''',
    s('Justine Arkwright', 'mayor', 'it ‘a turning point’', 'calls', 'mixed', role='Mayor'),
    s('Justine Arkwright', 'Mayor Justine Arkwright, who campaigned on the levy two years ago', 'the vote “a turning point for how this city moves.”', 'called', 'mixed', role='Mayor'),
    s('Justine Arkwright', 'Ms. Arkwright', '“For a decade we have been told there is no money for buses,”', 'said', 'direct', role='Mayor'),
    s('Justine Arkwright', '', '“Tonight we decided to find it.”', '', 'direct', role='Mayor'),
    s('staff report', 'a staff report', ['The levy will raise about $14 million a year', 'most of it for more frequent service on the city’s six busiest routes'], 'according to'),
    s('Dev Pellow', 'Councillor Dev Pellow, who represents the largely rural Ward 9', 'his residents would pay the levy “for buses they will never see.”', 'said', 'mixed', role='Councillor'),
    s('Dev Pellow', 'the first-term councillor', '“My constituents drive 20 minutes to get to a bus stop,”', 'said', 'direct', role='first-term councillor'),
    s('Dev Pellow', '', '“You are asking them to pay for service in somebody else’s neighbourhood.”', '', 'direct', role='first-term councillor'),
    s('Dev Pellow', 'He', 'he would raise the question again at budget time', 'said', role='Councillor'),
    s('Rosalind Tranquada', 'Councillor Rosalind Tranquada, the chair of the transit committee', 'the city had heard those concerns and had added two rural on-demand routes to the plan', 'said', role='chair of the transit committee'),
    s('Rosalind Tranquada', 'she', ['“It is not perfect,”', '“but it is the first time Ward 9 has been in a transit plan at all.”'], 'said', 'direct', role='chair of the transit committee'),
    s('Colm Oduyale', 'Colm Oduyale', 'employers in the east end could not fill jobs because workers had no way to get there', 'told', role='president'),
    s('Several speakers', 'Several speakers, most of them retirees', 'council to delay the vote until after the fall election', 'urged'),
    s('Agnes Whitcastle', 'One of them, Agnes Whitcastle, 78,', 'she already struggled to pay her tax bill', 'said'),
    s('Agnes Whitcastle', 'she', '“I am not against buses,”', 'said', 'direct'),
    s('Agnes Whitcastle', '', '“I am against being asked every year for more.”', '', 'direct'),
    s('Farouk Amarech', 'The city’s treasurer, Farouk Amarech', 'without the levy the transit budget would face a $9-million shortfall by 2028', 'told', role='treasurer'),
    s('Farouk Amarech', 'He', 'the levy would cost the owner of an average home about $64 a year', 'said', role='treasurer'),
    s('Justine Arkwright', 'The mayor', 'the plan had been before the public since June and had been changed “four times because people told us what was wrong with it.”', 'said', 'mixed', role='Mayor'),
)

doc('n02-caddock-fleet-verdict', 'Caddock Courier', '2026-04-17', '''
Jury convicts former county fleet manager in contract scheme

Defense says it will appeal; sentencing set for June

By Lorna Pettigrew
Staff Writer

ELSWORTH — A Caddock County jury on Thursday found the county’s former fleet manager guilty of steering $2.3 million in repair contracts to a garage owned by his brother-in-law.

Raymond Tesarik, 54, was convicted on nine of 11 counts, including wire fraud and conspiracy. The jury, which deliberated for two days, acquitted him on two counts of making false statements.

Tesarik showed no reaction as the verdicts were read. His lawyer, Denise Korwin-Reale, said outside the courthouse that her client would appeal.

“The jury heard a story about a family,” Korwin-Reale said. “It did not hear proof of a crime.”

She argued during the two-week trial that Tesarik had followed purchasing rules the county itself applied loosely, and that other managers had used the same garage.

Prosecutors told a different story. Assistant District Attorney Graham Petrou said in his closing argument that the 54-year-old had “built a private pipeline” from the county’s budget to Brightline Auto Repair, the garage run by his wife’s brother, Anton Ricciardi.

According to the indictment, Tesarik split large repair orders into smaller invoices to stay under the $10,000 limit that would have required competitive bids. Bank records introduced at trial showed that Ricciardi paid for a $41,000 boat registered in Tesarik’s name in 2023.

“This was not sloppiness,” Petrou told jurors. “This was a plan, and it worked for six years.”

Ricciardi, who pleaded guilty last year and testified for the prosecution, told the jury that his brother-in-law had suggested splitting the invoices. On cross-examination, Korwin-Reale pressed him on his plea agreement, which could cut his sentence in half. He said he had not been promised anything beyond what was in writing.

Judge Evelyn Amberley set sentencing for June 18 and allowed Tesarik to remain free on bond. She told him he must surrender his passport by Monday.

The county executive, Paul Abiodun, said in a statement that the county had changed its purchasing rules in 2024 “so that no single manager can do what Mr. Tesarik did.” He said the county would seek to recover the money in civil court.

A county audit released in 2024 found that the fleet division had no written bidding procedure for repairs under $25,000.

Tesarik, who worked for the county for 22 years, faces up to 20 years in prison on the most serious count, though prosecutors said they would ask for less.
''',
    s('Denise Korwin-Reale', 'Defense', 'it will appeal', 'says'),
    s('Denise Korwin-Reale', 'His lawyer, Denise Korwin-Reale', 'her client would appeal', 'said', role='lawyer'),
    s('Denise Korwin-Reale', 'Korwin-Reale', '“The jury heard a story about a family,”', 'said', 'direct', role='lawyer'),
    s('Denise Korwin-Reale', '', '“It did not hear proof of a crime.”', '', 'direct', role='lawyer'),
    s('Denise Korwin-Reale', 'She', 'Tesarik had followed purchasing rules the county itself applied loosely, and that other managers had used the same garage', 'argued', role='lawyer'),
    s('Graham Petrou', 'Assistant District Attorney Graham Petrou', 'the 54-year-old had “built a private pipeline” from the county’s budget to Brightline Auto Repair, the garage run by his wife’s brother, Anton Ricciardi', 'said', 'mixed', role='Assistant District Attorney'),
    s('indictment', 'the indictment', 'Tesarik split large repair orders into smaller invoices to stay under the $10,000 limit that would have required competitive bids', 'According to'),
    s('Bank records', 'Bank records introduced at trial', 'Ricciardi paid for a $41,000 boat registered in Tesarik’s name in 2023', 'showed'),
    s('Graham Petrou', 'Petrou', '“This was not sloppiness,”', 'told', 'direct', role='Assistant District Attorney'),
    s('Graham Petrou', '', '“This was a plan, and it worked for six years.”', '', 'direct', role='Assistant District Attorney'),
    s('Anton Ricciardi', 'Ricciardi, who pleaded guilty last year and testified for the prosecution', 'his brother-in-law had suggested splitting the invoices', 'told'),
    s('Anton Ricciardi', 'He', 'he had not been promised anything beyond what was in writing', 'said'),
    s('Evelyn Amberley', 'She', 'he must surrender his passport by Monday', 'told', role='Judge'),
    s('Paul Abiodun', 'The county executive, Paul Abiodun', 'the county had changed its purchasing rules in 2024 “so that no single manager can do what Mr. Tesarik did.”', 'said', 'mixed', role='county executive'),
    s('Paul Abiodun', 'He', 'the county would seek to recover the money in civil court', 'said', role='county executive'),
    s('county audit', 'A county audit released in 2024', 'the fleet division had no written bidding procedure for repairs under $25,000', 'found'),
    s('prosecutors', 'prosecutors', 'they would ask for less', 'said'),
)

doc('n03-brenlow-foods-plant', 'Tri-County Business Journal', '2026-02-24', '''
Brenlow Foods to close Kettle Springs plant, cutting 340 jobs

Company cites falling demand for canned vegetables; union says workers learned of closing from the news

By Victor Almagro

KETTLE SPRINGS — Brenlow Foods Inc. will close its vegetable canning plant here by the end of August, eliminating 340 jobs, the company said Tuesday.

In a filing with state regulators, Brenlow said the closing was part of a plan to consolidate production at two larger plants in the Midwest. The filing lists the layoffs in three waves, beginning in May.

Chief executive Sandra Wildenstein said on a call with analysts that demand for canned vegetables had fallen for five straight years and that the Kettle Springs plant, built in 1961, would need $30 million in upgrades to stay open.

“We looked hard at keeping it,” Wildenstein said. “The numbers did not work, and they were not going to start working.”

The company will offer severance of two weeks’ pay for every year of service, she said, and jobs at its other plants to workers willing to move.

Few are likely to take them, said Dale Ostrander, president of the Food and Commercial Workers local that represents about 290 of the plant’s employees. He said members learned of the closing from a local news site before the company told them.

“That is how they treat people who gave them 30 years,” Ostrander said.

A Brenlow spokeswoman, Kira Bautier, said the company had tried to inform employees first but that the news “got out ahead of us.” She declined to say how many of the plant’s workers were eligible for retirement.

A person familiar with the company’s plans, who was not authorized to discuss them publicly, said Brenlow had also held talks last year about selling the plant to a smaller processor, but the talks collapsed over the cost of a new wastewater system.

The closing will be a blow to Kettle Springs, a town of about 9,000 where the plant is the second-largest employer after the school district. Mayor Tom Brezny said the town would lose about $400,000 a year in water and sewer fees.

“We will get through it. We got through the rail yard closing in the ’90s,” Brezny said. “But I am not going to pretend it is anything other than bad news.”

Several workers leaving the plant after the day shift said they had suspected a closing since the company stopped hiring last fall. One, a forklift operator who has worked there for 19 years, said she planned to look for work at a distribution center an hour away.

Analysts were less surprised. Brenlow has been shifting toward frozen and ready-to-eat products, which carry higher margins, said Priya Raghunath, who follows the company for Brackley Marsh Securities.

Shares of Brenlow rose 2 per cent on Tuesday.
''',
    s('Dale Ostrander', 'union', 'workers learned of closing from the news', 'says', role='president'),
    s('Brenlow Foods Inc.', 'the company', 'Brenlow Foods Inc. will close its vegetable canning plant here by the end of August, eliminating 340 jobs', 'said'),
    s('Brenlow Foods Inc.', 'Brenlow', 'the closing was part of a plan to consolidate production at two larger plants in the Midwest', 'said'),
    s('filing', 'The filing', 'the layoffs in three waves, beginning in May', 'lists'),
    s('Sandra Wildenstein', 'Chief executive Sandra Wildenstein', 'demand for canned vegetables had fallen for five straight years and that the Kettle Springs plant, built in 1961, would need $30 million in upgrades to stay open', 'said', role='Chief executive'),
    s('Sandra Wildenstein', 'Wildenstein', '“We looked hard at keeping it,”', 'said', 'direct', role='Chief executive'),
    s('Sandra Wildenstein', '', '“The numbers did not work, and they were not going to start working.”', '', 'direct', role='Chief executive'),
    s('Sandra Wildenstein', 'she', ['The company will offer severance of two weeks’ pay for every year of service', 'and jobs at its other plants to workers willing to move'], 'said', role='Chief executive', anchor='The company will offer severance'),
    s('Dale Ostrander', 'Dale Ostrander, president of the Food and Commercial Workers local that represents about 290 of the plant’s employees', 'Few are likely to take them', 'said', role='president'),
    s('Dale Ostrander', 'He', 'members learned of the closing from a local news site before the company told them', 'said', role='president'),
    s('Dale Ostrander', 'Ostrander', '“That is how they treat people who gave them 30 years,”', 'said', 'direct', role='president'),
    s('Kira Bautier', 'A Brenlow spokeswoman, Kira Bautier', 'the company had tried to inform employees first but that the news “got out ahead of us.”', 'said', 'mixed', role='spokeswoman'),
    s('A person familiar with the company’s plans', 'A person familiar with the company’s plans, who was not authorized to discuss them publicly', 'Brenlow had also held talks last year about selling the plant to a smaller processor, but the talks collapsed over the cost of a new wastewater system', 'said'),
    s('Tom Brezny', 'Mayor Tom Brezny', 'the town would lose about $400,000 a year in water and sewer fees', 'said', role='Mayor'),
    s('Tom Brezny', 'Brezny', '“We will get through it. We got through the rail yard closing in the ’90s,”', 'said', 'direct', role='Mayor'),
    s('Tom Brezny', '', '“But I am not going to pretend it is anything other than bad news.”', '', 'direct', role='Mayor'),
    s('Several workers', 'Several workers leaving the plant after the day shift', 'they had suspected a closing since the company stopped hiring last fall', 'said'),
    s('One', 'One, a forklift operator who has worked there for 19 years', 'she planned to look for work at a distribution center an hour away', 'said'),
    s('Priya Raghunath', 'Priya Raghunath, who follows the company for Brackley Marsh Securities', 'Brenlow has been shifting toward frozen and ready-to-eat products, which carry higher margins', 'said', role='analyst'),
)

doc('n04-ironwood-comeback', 'The Daily Sentinel-Star', '2026-01-19', '''
SPORTS | HOCKEY

Kestner’s late goal lifts Ironwood past Bay City in overtime

Rookie scores twice as Ironwood rallies from three down; ‘We never stopped skating,’ coach says

By Dominic Farrah-Leigh

IRONWOOD — For two periods on Saturday night, the Ironwood Lynx looked like a team counting the days to the all-star break.

Then Mattias Kestner took over.

The 22-year-old centre scored twice in the third period, and again 2:41 into overtime, as the Lynx rallied from a 4-1 deficit to beat the Bay City Mariners 5-4 in front of 8,112 at Foundry Arena.

“I just tried to get to the net,” Kestner said. “Their goalie was seeing everything from the outside, so we had to make it ugly.”

It was the rookie’s first multi-goal game in the league. Lynx coach Ben Hartzell said the turn came from his fourth line, not his stars.

“We never stopped skating,” Hartzell said. “When you are down three, it is the guys who do not get the headlines who decide whether you quit.”

Veteran winger Luc Oakhurst, who set up the overtime winner, said the dressing room was quiet after the second period, and nobody yelled.

“Benny came in and said, ‘Next shift. That is all,’” Oakhurst said. “That is all he said. And it worked.”

Kestner and Oakhurst have played together for only nine games. The 34-year-old said he had asked to be moved onto the rookie’s line in December. He said Kestner reminded him of himself at that age, “except faster and with better hands.”

Hartzell said Kestner would stay on the top line for Tuesday’s game in Quarrytown. “He earned it tonight,” the coach said.

Asked whether it was the best game of his career, Kestner shrugged. “Ask me in ten years,” the 22-year-old said.

Bay City coach Ray Drummeny did not hide his frustration. He said his team “stopped doing the simple things” once it went up by three.

“That is on me,” he said. “I have to have them ready for 60 minutes, and I did not.”

Mariners goaltender Oskar Paulsrud, who faced 44 shots, said the winning goal went in off a skate. The league’s video review confirmed the goal, ruling there was no kicking motion.

Ironwood (24-15-4) plays at Quarrytown on Tuesday. Bay City (19-21-3) has lost four straight.
''',
    s('Ben Hartzell', 'coach', '‘We never stopped skating,’', 'says', 'direct', role='coach'),
    s('Mattias Kestner', 'Kestner', '“I just tried to get to the net,”', 'said', 'direct', role='centre'),
    s('Mattias Kestner', '', '“Their goalie was seeing everything from the outside, so we had to make it ugly.”', '', 'direct', role='centre'),
    s('Ben Hartzell', 'Lynx coach Ben Hartzell', 'the turn came from his fourth line, not his stars', 'said', role='coach'),
    s('Ben Hartzell', 'Hartzell', '“We never stopped skating,”', 'said', 'direct', role='coach'),
    s('Ben Hartzell', '', '“When you are down three, it is the guys who do not get the headlines who decide whether you quit.”', '', 'direct', role='coach'),
    s('Luc Oakhurst', 'Veteran winger Luc Oakhurst, who set up the overtime winner', 'the dressing room was quiet after the second period, and nobody yelled', 'said', role='winger'),
    s('Luc Oakhurst', 'Oakhurst', '“Benny came in and said, ‘Next shift. That is all,’”', 'said', 'direct', role='winger'),
    s('Ben Hartzell', 'Benny', '‘Next shift. That is all,’', 'said', 'direct', role='coach', nested=True, via='Luc Oakhurst'),
    s('Luc Oakhurst', '', '“That is all he said. And it worked.”', '', 'direct', role='winger'),
    s('Luc Oakhurst', 'The 34-year-old', 'he had asked to be moved onto the rookie’s line in December', 'said', role='winger'),
    s('Luc Oakhurst', 'He', 'Kestner reminded him of himself at that age, “except faster and with better hands.”', 'said', 'mixed', role='winger'),
    s('Ben Hartzell', 'Hartzell', 'Kestner would stay on the top line for Tuesday’s game in Quarrytown', 'said', role='coach'),
    s('Ben Hartzell', 'the coach', '“He earned it tonight,”', 'said', 'direct', role='coach'),
    s('Mattias Kestner', 'the 22-year-old', '“Ask me in ten years,”', 'said', 'direct', role='centre'),
    s('Ray Drummeny', 'He', 'his team “stopped doing the simple things” once it went up by three', 'said', 'mixed', role='coach'),
    s('Ray Drummeny', 'he', '“That is on me,”', 'said', 'direct', role='coach'),
    s('Ray Drummeny', '', '“I have to have them ready for 60 minutes, and I did not.”', '', 'direct', role='coach'),
    s('Oskar Paulsrud', 'Mariners goaltender Oskar Paulsrud, who faced 44 shots', 'the winning goal went in off a skate', 'said', role='goaltender'),
    s('The league’s video review', 'The league’s video review', 'there was no kicking motion', 'ruling'),
)

doc('n05-rusholme-valley-wells', 'The Valley Examiner', '2026-08-02', '''
When the wells went dry

In the Rusholme Valley, a third summer of drought has turned neighbors into rivals for water. A look at who gets it, and who decides.

By Claire Ventimiglia
Photographs by Sam Oduro

OCKLEY FLATS — Margaret Iturbe-Collins keeps a notebook on her kitchen counter. Every morning since June she has written down two numbers: the depth of her well, and the number of days until the next water delivery.

On Friday the first number was 212 feet. In 2021 it was 140.

“I used to think of water like the sky,” said Iturbe-Collins, 67, who has raised cattle on the same 300 acres for four decades. “It was just there.”

Her neighbor to the south, Janet Corvell, has stopped waiting. Corvell, 41, paid $38,000 last month to drill a new well 600 feet deep, money she said she had set aside for her daughter’s college tuition.

She says she does not blame Iturbe-Collins or anyone else on the road for the shortage. She blames the almond orchards that have spread across the valley floor since 2015.

“Those trees drink more than this whole town,” Corvell said, pointing toward a line of green on the horizon. “And nobody asked us.”

The orchards belong mostly to Wexmoor Growers, a partnership that farms about 11,000 acres in Rusholme County. Its general manager, Douglas Lyleston, said the company pumps less water per acre than it did five years ago and has spent $6 million on drip irrigation.

“We are part of this valley too,” Lyleston said in an interview at the company’s office in Ockley Flats. “If the aquifer fails, we fail with it.”

He said the company would support limits on pumping if they applied to every user, “not just the ones people like to point at.”

Such limits are coming. Under a state law passed in 2022, the Rusholme Valley groundwater agency must adopt a plan by next spring to stop the aquifer’s decline by 2040. A draft of the plan, released in May, proposes cutting agricultural pumping by 25 percent over a decade.

The agency’s executive director, Nadia Castelvetri, called the draft “a starting point, not a verdict.” The Iturbe-Collins and Corvell families are among 1,400 households that rely on domestic wells, and Castelvetri said the agency was looking at a fund to help them drill deeper.

“We know the people with the least water have the least money to chase it,” the 52-year-old hydrologist said.

Not everyone on the agency’s board agrees. Board member Walt Henneberg, a third-generation farmer, said the 25 percent figure would put smaller growers out of business while the largest could afford to buy water elsewhere. He voted against releasing the draft.

Residents who have lost their wells say the county has been slow to help. The county’s emergency tank program, which delivers water to homes with dry wells, had a waiting list of 87 households in July, according to county records.

Iturbe-Collins was one of them. She waited six weeks for her first tank.

A county spokesman, Ellis Quarmby, said the program had doubled its number of trucks since spring. He acknowledged that the waiting list had grown faster than the fleet.

Back on her road, Corvell has offered to share her new well with the Iturbe-Collins place until the deliveries are steady. Iturbe-Collins has not said yes yet.

“It is a kind offer,” she said. “But I keep thinking about the day hers goes dry too.”
''',
    s('Margaret Iturbe-Collins', 'Iturbe-Collins, 67, who has raised cattle on the same 300 acres for four decades', '“I used to think of water like the sky,”', 'said', 'direct'),
    s('Margaret Iturbe-Collins', '', '“It was just there.”', '', 'direct'),
    s('Janet Corvell', 'she', 'she had set aside for her daughter’s college tuition', 'said'),
    s('Janet Corvell', 'She', 'she does not blame Iturbe-Collins or anyone else on the road for the shortage', 'says'),
    s('Janet Corvell', 'She', 'the almond orchards that have spread across the valley floor since 2015', 'blames'),
    s('Janet Corvell', 'Corvell', '“Those trees drink more than this whole town,”', 'said', 'direct'),
    s('Janet Corvell', '', '“And nobody asked us.”', '', 'direct'),
    s('Douglas Lyleston', 'Its general manager, Douglas Lyleston', 'the company pumps less water per acre than it did five years ago and has spent $6 million on drip irrigation', 'said', role='general manager'),
    s('Douglas Lyleston', 'Lyleston', '“We are part of this valley too,”', 'said', 'direct', role='general manager'),
    s('Douglas Lyleston', '', '“If the aquifer fails, we fail with it.”', '', 'direct', role='general manager'),
    s('Douglas Lyleston', 'He', 'the company would support limits on pumping if they applied to every user, “not just the ones people like to point at.”', 'said', 'mixed', role='general manager'),
    s('draft of the plan', 'A draft of the plan, released in May', 'cutting agricultural pumping by 25 percent over a decade', 'proposes'),
    s('Nadia Castelvetri', 'The agency’s executive director, Nadia Castelvetri', 'the draft “a starting point, not a verdict.”', 'called', 'mixed', role='executive director'),
    s('Nadia Castelvetri', 'Castelvetri', 'the agency was looking at a fund to help them drill deeper', 'said', role='executive director'),
    s('Nadia Castelvetri', 'the 52-year-old hydrologist', '“We know the people with the least water have the least money to chase it,”', 'said', 'direct', role='hydrologist'),
    s('Walt Henneberg', 'Board member Walt Henneberg, a third-generation farmer', 'the 25 percent figure would put smaller growers out of business while the largest could afford to buy water elsewhere', 'said', role='Board member'),
    s('Residents who have lost their wells', 'Residents who have lost their wells', 'the county has been slow to help', 'say'),
    s('county records', 'county records', 'The county’s emergency tank program, which delivers water to homes with dry wells, had a waiting list of 87 households in July', 'according to'),
    s('Ellis Quarmby', 'A county spokesman, Ellis Quarmby', 'the program had doubled its number of trucks since spring', 'said', role='spokesman'),
    s('Ellis Quarmby', 'He', 'the waiting list had grown faster than the fleet', 'acknowledged', role='spokesman'),
    s('Margaret Iturbe-Collins', 'she', '“It is a kind offer,”', 'said', 'direct'),
    s('Margaret Iturbe-Collins', '', '“But I keep thinking about the day hers goes dry too.”', '', 'direct'),
)

doc('n06-valcourt-profile', 'The Norcastle Gazette', '2026-05-30', '''
Metro

The night-shift nurse who became the county’s top health official

Irene Valcourt starts Monday as Emberton County’s health director. Colleagues say she has never forgotten the emergency room.

By Peter Landsman-Achebe

Irene Valcourt still keeps her old hospital badge in her wallet, the photo faded almost to white.

“It reminds me who I am working for,” Ms. Valcourt said on a recent afternoon in her new office, a room still lined with the previous director’s boxes. “Not the board. The person in the waiting room at 3 a.m.”

Ms. Valcourt, 58, was named Emberton County’s director of public health in April after a five-month search. She spent 19 years as a night-shift nurse at St. Brendan’s Hospital in Norcastle before moving into public health in 2012, first as an inspector, later as the county’s head of disease control.

The county board chose her over two candidates from out of state. Board chair Arthur Penhallow said the vote was unanimous and “not close in anyone’s mind.”

“She had the résumé, but that is not why,” Mr. Penhallow said. “She was the only one who talked about the people, not the budget.”

The job she inherits is not easy. The department lost a quarter of its staff during the pandemic, and a state review last year found that its restaurant inspections were running 14 months behind.

Ms. Valcourt said she would start by hiring inspectors, and that she had already asked the board for eight new positions. “You cannot inspect a kitchen with a spreadsheet,” she said.

Those who worked with her describe a manager who is blunt and impatient with delays. Dr. Samuel Achterhof, who ran the emergency department at St. Brendan’s for much of her time there, recalled a night in 2007 when a bus crash sent 31 patients to the hospital in an hour.

“Irene was the one telling the doctors where to stand,” Dr. Achterhof said. “Nobody questioned it. She was right.”

Not everyone is a fan. A former colleague in the disease control division, who asked not to be named because she still works for the county, said Ms. Valcourt could be “hard on people who are slower than she is.” Another said she had pushed staff to work weekends during a 2023 measles outbreak without extra pay.

Ms. Valcourt did not dispute it. She said the outbreak had been “a week when nobody got a weekend, including me,” and that the county had since changed its overtime rules.

Her predecessor, Dr. Lionel Fosse, who retired in January, said in a phone interview that she was the right person for a department that needed “someone who has actually been on the floor.” He said he had recommended her to the board.

Ms. Valcourt lives in Norcastle with her husband, Dennis, a retired firefighter, and their two dogs. Her daughter, Alana, is a nurse in the same emergency room where her mother worked.

Asked what she would do on her first day, Ms. Valcourt laughed. “Unpack,” she said. “Then call every inspector we have.”

Correction: An earlier version of this article misstated the year Irene Valcourt left St. Brendan’s Hospital. It was 2012, not 2014.
''',
    s('colleagues', 'Colleagues', 'she has never forgotten the emergency room', 'say'),
    s('Irene Valcourt', 'Ms. Valcourt', '“It reminds me who I am working for,”', 'said', 'direct', role='health director'),
    s('Irene Valcourt', '', '“Not the board. The person in the waiting room at 3 a.m.”', '', 'direct', role='health director'),
    s('Arthur Penhallow', 'Board chair Arthur Penhallow', 'the vote was unanimous and “not close in anyone’s mind.”', 'said', 'mixed', role='Board chair'),
    s('Arthur Penhallow', 'Mr. Penhallow', '“She had the résumé, but that is not why,”', 'said', 'direct', role='Board chair'),
    s('Arthur Penhallow', '', '“She was the only one who talked about the people, not the budget.”', '', 'direct', role='Board chair'),
    s('state review', 'a state review last year', 'its restaurant inspections were running 14 months behind', 'found'),
    s('Irene Valcourt', 'Ms. Valcourt', 'she would start by hiring inspectors, and that she had already asked the board for eight new positions', 'said', role='health director'),
    s('Irene Valcourt', 'she', '“You cannot inspect a kitchen with a spreadsheet,”', 'said', 'direct', role='health director'),
    s('Those who worked with her', 'Those who worked with her', 'a manager who is blunt and impatient with delays', 'describe'),
    s('Samuel Achterhof', 'Dr. Samuel Achterhof, who ran the emergency department at St. Brendan’s for much of her time there', 'a night in 2007 when a bus crash sent 31 patients to the hospital in an hour', 'recalled'),
    s('Samuel Achterhof', 'Dr. Achterhof', '“Irene was the one telling the doctors where to stand,”', 'said', 'direct'),
    s('Samuel Achterhof', '', '“Nobody questioned it. She was right.”', '', 'direct'),
    s('A former colleague in the disease control division', 'A former colleague in the disease control division, who asked not to be named because she still works for the county', 'Ms. Valcourt could be “hard on people who are slower than she is.”', 'said', 'mixed'),
    s('Another', 'Another', 'she had pushed staff to work weekends during a 2023 measles outbreak without extra pay', 'said'),
    s('Irene Valcourt', 'She', 'the outbreak had been “a week when nobody got a weekend, including me,” and that the county had since changed its overtime rules', 'said', 'mixed', role='health director'),
    s('Lionel Fosse', 'Her predecessor, Dr. Lionel Fosse, who retired in January', 'she was the right person for a department that needed “someone who has actually been on the floor.”', 'said', 'mixed', role='predecessor'),
    s('Lionel Fosse', 'He', 'he had recommended her to the board', 'said', role='predecessor'),
    s('Irene Valcourt', 'she', '“Unpack,”', 'said', 'direct', role='health director'),
    s('Irene Valcourt', '', '“Then call every inspector we have.”', '', 'direct', role='health director'),
)

doc('n07-orbis-tessel-strike', 'Orbis', '2026-06-09', '''
UPDATE 2-Strike halts output at Valdria's Tessel copper mine -union, sources

(Adds ministry comment, analyst, share price)

By Tomasz Wirtanen and Elena Brandao

LUSTRA, June 9 (Orbis) - Workers at the Tessel copper mine in northern Valdria walked off the job on Tuesday, halting output at one of the country's three largest mines, the miners' union and two sources at the company said.

The union, which represents about 2,600 of Tessel's 3,400 workers, said in a statement that the strike was "indefinite" and would continue until the company reinstated 14 workers dismissed after a safety protest in May.

Tessel's operator, Corvane Mining, said late on Tuesday that it had activated a contingency plan and that "all personnel are safe." It did not comment on output.

Two sources at the mine, who spoke on condition of anonymity because they were not authorised to talk to the media, said the concentrator plant had stopped processing ore on Tuesday morning. One of them said stockpiles at the port of Marisca were enough to cover shipments for about ten days.

Union leader Hernan Zubiri told Orbis by telephone that the dismissed workers had done nothing more than refuse to enter a tunnel they considered unsafe.

"They did what the law tells them to do. They were fired for it," Zubiri said. "We will not go back without them."

Zubiri said the union had offered on Monday to return to work if the company agreed to an independent review of the dismissals, an offer Corvane rejected. The company has previously said any review would be a matter for the labour courts.

Corvane has said the 14 were dismissed for "serious breaches of discipline" and denies that safety was the reason.

Valdria's mining ministry said it had called both sides to talks in Lustra on Thursday. Deputy Mining Minister Paula Esquivel told reporters that the government "will not allow a dispute at one mine to damage the whole sector," but she did not say what steps it could take.

Tessel produced 312,000 tonnes of copper last year, about 9% of Valdria's output, according to ministry data.

The strike comes as copper prices trade near record highs on tight supply. Benchmark copper on the Orbis exchange rose 1.4% after the news.

"The market was already short of concentrate. Losing Tessel even for two weeks matters," said Ines Kowara, a metals analyst at Parrish Kemp in London. She said a strike of more than a month could push the global market into a deficit this year.

Shares in Corvane Mining fell 4.2% in Lustra, their biggest one-day drop since January.

The last strike at Tessel, in 2023, lasted 26 days and cost the company about 40,000 tonnes of output, Corvane said at the time.

(Reporting by Tomasz Wirtanen and Elena Brandao; Additional reporting by Kofi Ruizdael in London; Editing by Alan Prothero)
''',
    s("miners' union", 'union', 'Strike halts output at Valdria\'s Tessel copper mine', ''),
    s("the miners' union and two sources at the company", "the miners' union and two sources at the company", "Workers at the Tessel copper mine in northern Valdria walked off the job on Tuesday, halting output at one of the country's three largest mines", 'said'),
    s("miners' union", 'The union, which represents about 2,600 of Tessel\'s 3,400 workers', 'the strike was "indefinite" and would continue until the company reinstated 14 workers dismissed after a safety protest in May', 'said', 'mixed'),
    s('Corvane Mining', "Tessel's operator, Corvane Mining", 'it had activated a contingency plan and that "all personnel are safe."', 'said', 'mixed'),
    s('Two sources at the mine', 'Two sources at the mine, who spoke on condition of anonymity because they were not authorised to talk to the media', 'the concentrator plant had stopped processing ore on Tuesday morning', 'said'),
    s('One of them', 'One of them', 'stockpiles at the port of Marisca were enough to cover shipments for about ten days', 'said'),
    s('Hernan Zubiri', 'Union leader Hernan Zubiri', 'the dismissed workers had done nothing more than refuse to enter a tunnel they considered unsafe', 'told', role='Union leader'),
    s('Hernan Zubiri', 'Zubiri', '"They did what the law tells them to do. They were fired for it,"', 'said', 'direct', role='Union leader'),
    s('Hernan Zubiri', '', '"We will not go back without them."', '', 'direct', role='Union leader'),
    s('Hernan Zubiri', 'Zubiri', 'the union had offered on Monday to return to work if the company agreed to an independent review of the dismissals', 'said', role='Union leader'),
    s('Corvane Mining', 'The company', 'any review would be a matter for the labour courts', 'has previously said'),
    s('Corvane Mining', 'Corvane', 'the 14 were dismissed for "serious breaches of discipline"', 'said', 'mixed'),
    s('Corvane Mining', 'Corvane', 'safety was the reason', 'denies'),
    s("Valdria's mining ministry", "Valdria's mining ministry", 'it had called both sides to talks in Lustra on Thursday', 'said'),
    s('Paula Esquivel', 'Deputy Mining Minister Paula Esquivel', 'the government "will not allow a dispute at one mine to damage the whole sector,"', 'told', 'mixed', role='Deputy Mining Minister'),
    s("Valdria's mining ministry", 'ministry data', "Tessel produced 312,000 tonnes of copper last year, about 9% of Valdria's output", 'according to'),
    s('Ines Kowara', 'Ines Kowara, a metals analyst at Parrish Kemp in London', '"The market was already short of concentrate. Losing Tessel even for two weeks matters,"', 'said', 'direct', role='metals analyst'),
    s('Ines Kowara', 'She', 'a strike of more than a month could push the global market into a deficit this year', 'said', role='metals analyst'),
    s('Corvane Mining', 'Corvane', 'The last strike at Tessel, in 2023, lasted 26 days and cost the company about 40,000 tonnes of output', 'said'),
)

doc('n08-cp-korvany-quake', 'Continental Press', '2026-10-14', '''
Strong earthquake kills at least 46 in western Korvany; rescuers search collapsed apartment blocks

By ANIKA DRESCHER and JUAN PABLO ARRIETA
Continental Press

VESTOR, Korvany (CP) — A magnitude 6.8 earthquake struck western Korvany before dawn Tuesday, killing at least 46 people and trapping dozens more under collapsed apartment buildings in the city of Vestor, officials said.

The quake hit at 4:17 a.m. at a depth of 12 kilometers, according to Korvany's national seismology center, which recorded more than 30 aftershocks in the following six hours.

Interior Minister Stanis Belmonte told reporters in Vestor that 212 people had been injured, 38 of them seriously. He said the death toll was "likely to rise" as rescuers reached the lower floors of three nine-story buildings that collapsed in the city's Orchard district.

"We are still hearing voices. That is why nobody is stopping," Belmonte said.

Rescuers worked with floodlights and bare hands through the morning. A firefighter from the capital, Brennick, who gave only his first name, Mirko, said his team had pulled two children alive from the rubble shortly after 9 a.m.

"The little one was asking for water before we even got to her," he said.

Residents said the buildings, put up in the late 1970s, had been listed as unsafe for years. Dorota Vanek, 63, who lived on the fifth floor of one of them, said tenants had written to the city council in 2019 and 2022 asking for an inspection.

"They sent a man who looked at the stairs and left," she said. Her sister, Halina, who lived in the building next door, is among the missing. Vanek said she had last spoken to her on Monday evening.

Vestor's mayor, Olek Dabrowa-Stein, said he had ordered an investigation into how the three buildings were inspected. Asked about the residents' letters, the mayor said he had "not seen them" but would "look at every document."

The governor of the Western Province, Krystyna Hallowell, said schools in the province would stay closed for the rest of the week. She said 1,800 people had spent the night in tents and sports halls.

Korvany's prime minister, Ruta Elsinger, was expected in Vestor later Tuesday. In a post on social media, she said the government would release emergency funds "today, not next week."

The seismology center's director, Pavel Ondrusek, said the quake occurred on a fault that had not produced a major earthquake in more than a century. He warned residents to stay out of damaged buildings because aftershocks of magnitude 5 or higher were possible for several days.

Seismologists at the University of Brennick said the shallow depth of the quake had amplified the shaking in Vestor, which sits on soft river sediment. One of them, Irena Kopecka, said older concrete buildings in the city were "the most vulnerable kind of structure we have."

Western Korvany was last hit by a deadly earthquake in 1911, when about 300 people died, according to the center.
''',
    s('officials', 'officials', 'A magnitude 6.8 earthquake struck western Korvany before dawn Tuesday, killing at least 46 people and trapping dozens more under collapsed apartment buildings in the city of Vestor', 'said'),
    s("Korvany's national seismology center", "Korvany's national seismology center, which recorded more than 30 aftershocks in the following six hours", 'The quake hit at 4:17 a.m. at a depth of 12 kilometers', 'according to'),
    s('Stanis Belmonte', 'Interior Minister Stanis Belmonte', '212 people had been injured, 38 of them seriously', 'told', role='Interior Minister'),
    s('Stanis Belmonte', 'He', 'the death toll was "likely to rise" as rescuers reached the lower floors of three nine-story buildings that collapsed in the city\'s Orchard district', 'said', 'mixed', role='Interior Minister'),
    s('Stanis Belmonte', 'Belmonte', '"We are still hearing voices. That is why nobody is stopping,"', 'said', 'direct', role='Interior Minister'),
    s('Mirko', 'A firefighter from the capital, Brennick, who gave only his first name, Mirko', 'his team had pulled two children alive from the rubble shortly after 9 a.m.', 'said', role='firefighter'),
    s('Mirko', 'he', '"The little one was asking for water before we even got to her,"', 'said', 'direct', role='firefighter'),
    s('Residents', 'Residents', 'the buildings, put up in the late 1970s, had been listed as unsafe for years', 'said'),
    s('Dorota Vanek', 'Dorota Vanek, 63, who lived on the fifth floor of one of them', 'tenants had written to the city council in 2019 and 2022 asking for an inspection', 'said'),
    s('Dorota Vanek', 'she', '"They sent a man who looked at the stairs and left,"', 'said', 'direct'),
    s('Dorota Vanek', 'Vanek', 'she had last spoken to her on Monday evening', 'said'),
    s('Olek Dabrowa-Stein', "Vestor's mayor, Olek Dabrowa-Stein", 'he had ordered an investigation into how the three buildings were inspected', 'said', role='mayor'),
    s('Olek Dabrowa-Stein', 'the mayor', 'he had "not seen them" but would "look at every document."', 'said', 'mixed', role='mayor'),
    s('Krystyna Hallowell', 'The governor of the Western Province, Krystyna Hallowell', 'schools in the province would stay closed for the rest of the week', 'said', role='governor of the Western Province'),
    s('Krystyna Hallowell', 'She', '1,800 people had spent the night in tents and sports halls', 'said', role='governor of the Western Province'),
    s('Ruta Elsinger', 'she', 'the government would release emergency funds "today, not next week."', 'said', 'mixed', role='prime minister'),
    s('Pavel Ondrusek', "The seismology center's director, Pavel Ondrusek", 'the quake occurred on a fault that had not produced a major earthquake in more than a century', 'said', role='director'),
    s('Pavel Ondrusek', 'He', 'residents to stay out of damaged buildings because aftershocks of magnitude 5 or higher were possible for several days', 'warned', role='director'),
    s('Seismologists at the University of Brennick', 'Seismologists at the University of Brennick', 'the shallow depth of the quake had amplified the shaking in Vestor, which sits on soft river sediment', 'said'),
    s('Irena Kopecka', 'One of them, Irena Kopecka', 'older concrete buildings in the city were "the most vulnerable kind of structure we have."', 'said', 'mixed', role='seismologist'),
    s("Korvany's national seismology center", 'the center', 'Western Korvany was last hit by a deadly earthquake in 1911, when about 300 people died', 'according to'),
)

doc('n09-nordinform-grain-deal', 'NORDINFORM', '2026-07-22', '''
Home
World
Economy
Society
Sport
Multimedia
Subscribe

22 JUL, 14:05

Sesmark, Valdria close to deal on grain transit via Orsund — presidential aide

According to Gustav Lemberg, the sides have agreed on tariffs, the remaining issue being insurance

TAVIK, July 22. /NORDINFORM/. Sesmark and Valdria are close to an agreement on the transit of Valdrian grain through the Sesmarkian port of Orsund, Sesmarkian presidential aide Gustav Lemberg told reporters on Wednesday.

"Most of the text is ready. We have agreed on the tariffs and the volumes for the first year," the aide said. In his words, the only open question is who will insure the cargoes while they are in Sesmarkian waters.

Lemberg, who has led the Sesmarkian side in the talks since February, did not rule out that the agreement could be signed in August. "If our partners show the same flexibility as we do, there is every chance," the diplomat noted.

He also said that the two presidents had discussed the grain transit by telephone last week and "gave clear instructions to finish the work."

Read also
Valdria ready to increase grain exports by a third — agriculture minister

Valdrian Foreign Minister Tobias Ferraud, for his part, struck a more cautious note. "There is progress, but there is no agreement until there is an agreement," Ferraud was quoted as saying by the Valdrian newspaper Lustra Daily. He added that Valdria expected Sesmark to guarantee "non-discriminatory access" to the port's grain terminal.

According to the Orsund port administration, the terminal handled 4.1 million tonnes of grain last year, most of it from Sesmarkian farms. The port's director, Rikard Vassmo, told NORDINFORM that the terminal could take another 2 million tonnes "without any new investment."

Sesmarkian farmers' groups have criticised the talks. The chairman of the National Union of Grain Producers, Arvid Kallenberg, said in a statement that cheaper Valdrian grain would "push our farmers out of their own port." The union demanded that the government publish the draft agreement before signing it.

A source in the Sesmarkian government told NORDINFORM that the draft contained "safeguards" for domestic producers, including a cap on Valdrian volumes during the harvest months.

The previous transit agreement between the two countries expired in 2024 and was not renewed amid a dispute over rail fees.

Photo: Oskar Lindborg/NORDINFORM
Tags
Sesmark
Valdria
Grain
Orsund

Most read
Lemberg: Tavik expects constructive approach from Lustra
Sesmark's central bank leaves key rate unchanged at 7%
Orsund port to build second grain terminal by 2028, says governor
''',
    s('Gustav Lemberg', 'presidential aide', 'Sesmark, Valdria close to deal on grain transit via Orsund', '', role='presidential aide'),
    s('Gustav Lemberg', 'Gustav Lemberg', 'the sides have agreed on tariffs, the remaining issue being insurance', 'According to', role='presidential aide'),
    s('Gustav Lemberg', 'Sesmarkian presidential aide Gustav Lemberg', 'Sesmark and Valdria are close to an agreement on the transit of Valdrian grain through the Sesmarkian port of Orsund', 'told', role='presidential aide'),
    s('Gustav Lemberg', 'the aide', '"Most of the text is ready. We have agreed on the tariffs and the volumes for the first year,"', 'said', 'direct', role='presidential aide'),
    s('Gustav Lemberg', 'his', 'the only open question is who will insure the cargoes while they are in Sesmarkian waters', 'In his words', role='presidential aide'),
    s('Gustav Lemberg', 'Lemberg, who has led the Sesmarkian side in the talks since February', 'the agreement could be signed in August', 'did not rule out', role='presidential aide'),
    s('Gustav Lemberg', 'the diplomat', '"If our partners show the same flexibility as we do, there is every chance,"', 'noted', 'direct', role='presidential aide'),
    s('Gustav Lemberg', 'He', 'the two presidents had discussed the grain transit by telephone last week and "gave clear instructions to finish the work."', 'said', 'mixed', role='presidential aide'),
    s('agriculture minister', 'agriculture minister', 'Valdria ready to increase grain exports by a third', '', region='related'),
    s('Tobias Ferraud', 'Ferraud', '"There is progress, but there is no agreement until there is an agreement,"', 'was quoted as saying', 'direct', role='Valdrian Foreign Minister'),
    s('Tobias Ferraud', 'He', 'Valdria expected Sesmark to guarantee "non-discriminatory access" to the port\'s grain terminal', 'added', 'mixed', role='Valdrian Foreign Minister'),
    s('Orsund port administration', 'the Orsund port administration', 'the terminal handled 4.1 million tonnes of grain last year, most of it from Sesmarkian farms', 'According to'),
    s('Rikard Vassmo', "The port's director, Rikard Vassmo", 'the terminal could take another 2 million tonnes "without any new investment."', 'told', 'mixed', role='director'),
    s("Sesmarkian farmers' groups", "Sesmarkian farmers' groups", 'the talks', 'have criticised'),
    s('Arvid Kallenberg', 'The chairman of the National Union of Grain Producers, Arvid Kallenberg', 'cheaper Valdrian grain would "push our farmers out of their own port."', 'said', 'mixed', role='chairman of the National Union of Grain Producers'),
    s('National Union of Grain Producers', 'The union', 'the government publish the draft agreement before signing it', 'demanded'),
    s('A source in the Sesmarkian government', 'A source in the Sesmarkian government', 'the draft contained "safeguards" for domestic producers, including a cap on Valdrian volumes during the harvest months', 'told', 'mixed'),
    s('Lemberg', 'Lemberg', 'Tavik expects constructive approach from Lustra', '', region='related'),
    s('governor', 'governor', 'Orsund port to build second grain terminal by 2028', 'says', region='related'),
)

doc('n10-agp-quellan-runoff', 'AGP', '2026-11-02', '''
Quellan opposition cries foul as president heads for runoff win

Sarrow (AGP) - Quellan's opposition on Monday rejected the provisional results of Sunday's presidential runoff, which gave incumbent Leontine Mbanzu a second term, and called its supporters onto the streets.

With 94 percent of polling stations counted, Mbanzu had 54.8 percent of the vote against 45.2 percent for former finance minister Casimir Ndaye, the electoral commission said in a statement read on state television.

Ndaye's campaign said it had evidence of "massive" ballot stuffing in at least four provinces and would not recognise the results.

"The people voted for change. What the commission announced this morning is not what the people voted for," Ndaye told supporters gathered outside his headquarters in the capital.

The 61-year-old, who served as finance minister under Mbanzu until their falling-out in 2022, urged his supporters to march peacefully to the commission's offices on Tuesday.

The commission's chairman, Bertrand Mossi, rejected the accusations. He told AGP that observers from all parties had signed the tally sheets at every polling station and that "anyone with proof should bring it to the courts, not to the street."

A spokesman for the president, Didier Onana-Belle, said Mbanzu would address the nation once the final results were published, expected on Thursday.

Observers from the regional bloc said in a preliminary report that voting had been "generally orderly" but noted "serious shortcomings" in the transport of ballot boxes in two provinces.

The head of the observer mission, Marguerite Brandtner, told a news conference that her team had "no evidence at this stage" of fraud on a scale that could change the outcome. "But we have not finished our work," she added.

In Sarrow's Kibali market, traders were divided. "Mbanzu built the roads. That is enough for me," said Esther Nkemelu, a cloth seller. Her neighbour, who gave his name only as Patrice, said he had voted for Ndaye and feared another five years "of the same people eating the same cake."

Police said they had arrested 23 people overnight in the northern city of Tembo after a crowd set fire to a local election office. A police spokesman said the situation was "under control."

Mbanzu, 67, came to power in 2021 after a military-backed transition. She has promised to step down at the end of a second term.

str-kb/lm
''',
    s("Quellan's opposition", "Quellan's opposition", "the provisional results of Sunday's presidential runoff, which gave incumbent Leontine Mbanzu a second term", 'rejected'),
    s('electoral commission', 'the electoral commission', 'With 94 percent of polling stations counted, Mbanzu had 54.8 percent of the vote against 45.2 percent for former finance minister Casimir Ndaye', 'said'),
    s("Ndaye's campaign", "Ndaye's campaign", 'it had evidence of "massive" ballot stuffing in at least four provinces and would not recognise the results', 'said', 'mixed'),
    s('Casimir Ndaye', 'Ndaye', '"The people voted for change. What the commission announced this morning is not what the people voted for,"', 'told', 'direct', role='former finance minister'),
    s('Casimir Ndaye', 'The 61-year-old, who served as finance minister under Mbanzu until their falling-out in 2022', "his supporters to march peacefully to the commission's offices on Tuesday", 'urged', role='former finance minister'),
    s('Bertrand Mossi', "The commission's chairman, Bertrand Mossi", 'the accusations', 'rejected', role="commission's chairman"),
    s('Bertrand Mossi', 'He', 'observers from all parties had signed the tally sheets at every polling station and that "anyone with proof should bring it to the courts, not to the street."', 'told', 'mixed', role="commission's chairman"),
    s('Didier Onana-Belle', 'A spokesman for the president, Didier Onana-Belle', 'Mbanzu would address the nation once the final results were published, expected on Thursday', 'said', role='spokesman for the president'),
    s('Observers from the regional bloc', 'Observers from the regional bloc', 'voting had been "generally orderly"', 'said', 'mixed'),
    s('Observers from the regional bloc', 'Observers from the regional bloc', '"serious shortcomings" in the transport of ballot boxes in two provinces', 'noted', 'mixed'),
    s('Marguerite Brandtner', 'The head of the observer mission, Marguerite Brandtner', 'her team had "no evidence at this stage" of fraud on a scale that could change the outcome', 'told', 'mixed', role='head of the observer mission'),
    s('Marguerite Brandtner', 'she', '"But we have not finished our work,"', 'added', 'direct', role='head of the observer mission'),
    s('Esther Nkemelu', 'Esther Nkemelu, a cloth seller', '"Mbanzu built the roads. That is enough for me,"', 'said', 'direct', role='cloth seller'),
    s('Patrice', 'Her neighbour, who gave his name only as Patrice', 'he had voted for Ndaye and feared another five years "of the same people eating the same cake."', 'said', 'mixed'),
    s('Police', 'Police', 'they had arrested 23 people overnight in the northern city of Tembo after a crowd set fire to a local election office', 'said'),
    s('A police spokesman', 'A police spokesman', 'the situation was "under control."', 'said', 'mixed'),
    s('Leontine Mbanzu', 'She', 'to step down at the end of a second term', 'promised', role='president'),
)

doc('n11-kva-rail-visit', 'KVA', '2026-09-15', '''
Korvany, Quellan sign rail, power agreements during PM's visit

BRENNICK, Sept. 15 (KVA) -- Korvany and Quellan on Tuesday signed agreements on a cross-border rail link and electricity trade during Quellan Prime Minister Josue Tambwe's official visit to Brennick.

Korvanian Prime Minister Ruta Elsinger and Tambwe witnessed the signing of five documents after talks that lasted nearly three hours, the Korvanian government's press office said.

Speaking at a joint press conference, Elsinger said the 410-km rail link between Vestor and the Quellan port of Mbasso would "open the sea to western Korvany for the first time in its history."

She said construction would begin in 2027 and cost about 2.6 billion dollars, to be shared by the two governments and a regional development bank.

Tambwe described Korvany as "a partner we can build with," and said Quellan was ready to supply up to 300 megawatts of hydroelectric power to Korvany's western grid from 2028.

"Our rivers and your factories are a natural match," the Quellan prime minister said.

According to the Korvanian Ministry of Energy, the power deal would cut the western region's reliance on imported diesel by about a third.

Korvanian Energy Minister Viktor Halas told KVA on the sidelines of the visit that the two sides would set up a joint company to build the transmission line. In his view, the project could be "the first of several" between the two countries.

Quellan's ambassador to Korvany, Felix Moanda, told KVA that Quellan hoped to double the number of Korvanian students at its universities within five years. "Education is the other railway between our countries," he said.

Trade between Korvany and Quellan reached 840 million dollars last year, up 22 percent from 2024, according to Korvanian customs data.

Tambwe is scheduled to visit an industrial zone in Vestor on Wednesday before returning home, the press office said.

Enditem
''',
    s('Korvanian government\'s press office', "the Korvanian government's press office", 'Korvanian Prime Minister Ruta Elsinger and Tambwe witnessed the signing of five documents after talks that lasted nearly three hours', 'said'),
    s('Ruta Elsinger', 'Elsinger', 'the 410-km rail link between Vestor and the Quellan port of Mbasso would "open the sea to western Korvany for the first time in its history."', 'said', 'mixed', role='Korvanian Prime Minister'),
    s('Ruta Elsinger', 'She', 'construction would begin in 2027 and cost about 2.6 billion dollars, to be shared by the two governments and a regional development bank', 'said', role='Korvanian Prime Minister'),
    s('Josue Tambwe', 'Tambwe', 'Korvany as "a partner we can build with,"', 'described', 'mixed', role='Quellan Prime Minister'),
    s('Josue Tambwe', 'Tambwe', "Quellan was ready to supply up to 300 megawatts of hydroelectric power to Korvany's western grid from 2028", 'said', role='Quellan Prime Minister'),
    s('Josue Tambwe', 'the Quellan prime minister', '"Our rivers and your factories are a natural match,"', 'said', 'direct', role='Quellan Prime Minister'),
    s('Korvanian Ministry of Energy', 'the Korvanian Ministry of Energy', "the power deal would cut the western region's reliance on imported diesel by about a third", 'According to'),
    s('Viktor Halas', 'Korvanian Energy Minister Viktor Halas', 'the two sides would set up a joint company to build the transmission line', 'told', role='Korvanian Energy Minister'),
    s('Viktor Halas', 'his', 'the project could be "the first of several" between the two countries', 'In his view', 'mixed', role='Korvanian Energy Minister'),
    s('Felix Moanda', "Quellan's ambassador to Korvany, Felix Moanda", 'Quellan hoped to double the number of Korvanian students at its universities within five years', 'told', role='ambassador'),
    s('Felix Moanda', 'he', '"Education is the other railway between our countries,"', 'said', 'direct', role='ambassador'),
    s('Korvanian customs', 'Korvanian customs data', 'Trade between Korvany and Quellan reached 840 million dollars last year, up 22 percent from 2024', 'according to'),
    s("Korvanian government's press office", 'the press office', 'Tambwe is scheduled to visit an industrial zone in Vestor on Wednesday before returning home', 'said'),
)

doc('n12-orbis-valdria-bank-sale', 'Orbis', '2026-04-28', '''
EXCLUSIVE-Valdria plans to sell stake in state lender Banca Meridion as soon as this year -sources

By Elena Brandao

LUSTRA, April 28 (Orbis) - Valdria's government is preparing to sell up to 30% of state-owned Banca Meridion, the country's second-largest lender, possibly before the end of the year, according to three people with direct knowledge of the plan.

The finance ministry has held preliminary talks with at least two international investment banks about managing the sale, two of the people said. They asked not to be identified because the plans are not public.

One of the sources said the government was leaning toward a share offering on the Lustra stock exchange rather than a sale to a single strategic investor, which would need parliament's approval.

"The preference is clear: a listing, with a large part for domestic investors," the source said, adding that a final decision was expected by September.

The finance ministry declined to comment. Banca Meridion said it "does not comment on market speculation."

Finance Minister Carla Ostheim has said repeatedly that the state should reduce its holdings in the banking sector, which it took over during the 2019 financial crisis. In a speech to parliament in February, she said the government wanted to "return these banks to the market while the market is strong."

A sale could raise about 1.1 billion euros at current valuations, according to Orbis calculations based on the bank's market value.

Banca Meridion reported a record net profit of 640 million euros last year, driven by higher interest rates. Its chief executive, Marco Tiepolo-Ruz, told analysts in March that the bank was "ready for any ownership structure the shareholder chooses."

Opposition lawmakers have criticised previous bank sales as too cheap. Rui Valente-Sarr, the finance spokesman of the opposition Civic Alliance, said on Monday that his party would demand a full parliamentary debate on any sale.

"This is a bank the taxpayers saved. The taxpayers deserve to know who is buying it and at what price," Valente-Sarr said.

Analysts said a listing would be well received. "Valdrian banks trade at a discount to their peers, but Meridion is the best capitalised of them," said Sofia Drach, an analyst at Eastmark Capital in Lustra.

(Reporting by Elena Brandao; Editing by Alan Prothero)
''',
    s('three people with direct knowledge of the plan', 'sources', 'Valdria plans to sell stake in state lender Banca Meridion as soon as this year', ''),
    s('three people with direct knowledge of the plan', 'three people with direct knowledge of the plan', "Valdria's government is preparing to sell up to 30% of state-owned Banca Meridion, the country's second-largest lender, possibly before the end of the year", 'according to'),
    s('two of the people', 'two of the people', 'The finance ministry has held preliminary talks with at least two international investment banks about managing the sale', 'said'),
    s('One of the sources', 'One of the sources', "the government was leaning toward a share offering on the Lustra stock exchange rather than a sale to a single strategic investor, which would need parliament's approval", 'said'),
    s('One of the sources', 'the source', '"The preference is clear: a listing, with a large part for domestic investors,"', 'said', 'direct'),
    s('One of the sources', 'the source', 'a final decision was expected by September', 'adding'),
    s('Banca Meridion', 'Banca Meridion', 'it "does not comment on market speculation."', 'said', 'mixed'),
    s('Carla Ostheim', 'Finance Minister Carla Ostheim', 'the state should reduce its holdings in the banking sector, which it took over during the 2019 financial crisis', 'has said', role='Finance Minister'),
    s('Carla Ostheim', 'she', 'the government wanted to "return these banks to the market while the market is strong."', 'said', 'mixed', role='Finance Minister', date='2026'),
    s('Orbis', 'Orbis calculations', 'A sale could raise about 1.1 billion euros at current valuations', 'according to'),
    s('Marco Tiepolo-Ruz', 'Its chief executive, Marco Tiepolo-Ruz', 'the bank was "ready for any ownership structure the shareholder chooses."', 'told', 'mixed', role='chief executive'),
    s('Opposition lawmakers', 'Opposition lawmakers', 'previous bank sales as too cheap', 'have criticised'),
    s('Rui Valente-Sarr', 'Rui Valente-Sarr, the finance spokesman of the opposition Civic Alliance', 'his party would demand a full parliamentary debate on any sale', 'said', role='finance spokesman'),
    s('Rui Valente-Sarr', 'Valente-Sarr', '"This is a bank the taxpayers saved. The taxpayers deserve to know who is buying it and at what price,"', 'said', 'direct', role='finance spokesman'),
    s('Analysts', 'Analysts', 'a listing would be well received', 'said'),
    s('Sofia Drach', 'Sofia Drach, an analyst at Eastmark Capital in Lustra', '"Valdrian banks trade at a discount to their peers, but Meridion is the best capitalised of them,"', 'said', 'direct', role='analyst'),
)

doc('n13-sesmark-mfa-talks', 'Ministry of Foreign Affairs of Sesmark', '2026-03-19', '''
Ministry of Foreign Affairs of the Kingdom of Sesmark

Press releases

On the talks between Foreign Minister of Sesmark Henrik Aldervik and Foreign Minister of Korvany Zofia Lenartowicz

On March 19, Foreign Minister Henrik Aldervik held talks in Tavik with Foreign Minister of the Republic of Korvany Zofia Lenartowicz, who is in Sesmark on an official visit.

The Ministers discussed the state of bilateral relations and prospects for cooperation in trade, energy and education, as well as regional issues.

Henrik Aldervik welcomed the resumption of regular political consultations between the two foreign ministries after a four-year pause and noted that the visit was the first by a Korvanian foreign minister to Tavik since 2019.

The Sesmarkian Minister emphasized that Sesmark regarded Korvany as "a reliable partner in the north of the continent" and was interested in increasing mutual trade, which fell by 12 percent last year.

Zofia Lenartowicz thanked her counterpart for the invitation and said that Korvany was ready to open a consulate general in Orsund by the end of the year. The Korvanian Minister proposed holding the next meeting of the intergovernmental commission on economic cooperation in Brennick in the autumn.

The sides agreed to prepare an agreement on the mutual recognition of educational qualifications.

During the exchange of views on regional matters, the Foreign Minister of Sesmark outlined Tavik's approach to the situation around the Orsund strait, stressing in particular:

- freedom of navigation in the strait must be guaranteed for all states without exception;
- Sesmark will not accept any unilateral changes to the rules of passage agreed in 1994;
- disputes should be resolved exclusively through dialogue and on the basis of international law.

Zofia Lenartowicz stressed that Korvany shared the Sesmarkian position on freedom of navigation and called for the early resumption of the trilateral consultations on the strait suspended in 2024.

The Korvanian Minister informed her counterpart about the preparations for the summit of the Northern Council, which Korvany will host in June. Zofia Lenartowicz expressed the hope that Sesmark would be represented at the highest level.

The sides noted the importance of people-to-people contacts and expressed support for the resumption of direct flights between Tavik and Brennick.

Following the talks, the Ministers signed a Programme of Cooperation between the two foreign ministries for 2026-2028.

Share
Print
''',
    s('Henrik Aldervik', 'Henrik Aldervik', 'the resumption of regular political consultations between the two foreign ministries after a four-year pause', 'welcomed', role='Foreign Minister of Sesmark'),
    s('Henrik Aldervik', 'Henrik Aldervik', 'the visit was the first by a Korvanian foreign minister to Tavik since 2019', 'noted', role='Foreign Minister of Sesmark'),
    s('Henrik Aldervik', 'The Sesmarkian Minister', 'Sesmark regarded Korvany as "a reliable partner in the north of the continent" and was interested in increasing mutual trade, which fell by 12 percent last year', 'emphasized', 'mixed', role='Foreign Minister of Sesmark'),
    s('Zofia Lenartowicz', 'Zofia Lenartowicz', 'Korvany was ready to open a consulate general in Orsund by the end of the year', 'said', role='Foreign Minister of Korvany'),
    s('Zofia Lenartowicz', 'The Korvanian Minister', 'holding the next meeting of the intergovernmental commission on economic cooperation in Brennick in the autumn', 'proposed', role='Foreign Minister of Korvany'),
    s('Henrik Aldervik and Zofia Lenartowicz', 'The sides', 'to prepare an agreement on the mutual recognition of educational qualifications', 'agreed'),
    s('Henrik Aldervik', 'the Foreign Minister of Sesmark', 'freedom of navigation in the strait must be guaranteed for all states without exception;', 'stressing', role='Foreign Minister of Sesmark'),
    s('Henrik Aldervik', 'the Foreign Minister of Sesmark', 'Sesmark will not accept any unilateral changes to the rules of passage agreed in 1994;', 'stressing', role='Foreign Minister of Sesmark'),
    s('Henrik Aldervik', 'the Foreign Minister of Sesmark', 'disputes should be resolved exclusively through dialogue and on the basis of international law.', 'stressing', role='Foreign Minister of Sesmark'),
    s('Zofia Lenartowicz', 'Zofia Lenartowicz', 'Korvany shared the Sesmarkian position on freedom of navigation', 'stressed', role='Foreign Minister of Korvany'),
    s('Zofia Lenartowicz', 'Zofia Lenartowicz', 'the early resumption of the trilateral consultations on the strait suspended in 2024', 'called for', role='Foreign Minister of Korvany'),
    s('Zofia Lenartowicz', 'Zofia Lenartowicz', 'Sesmark would be represented at the highest level', 'expressed the hope', role='Foreign Minister of Korvany'),
    s('Henrik Aldervik and Zofia Lenartowicz', 'The sides', 'the importance of people-to-people contacts', 'noted'),
    s('Henrik Aldervik and Zofia Lenartowicz', 'The sides', 'support for the resumption of direct flights between Tavik and Brennick', 'expressed'),
)

doc('n14-korvany-cabinet-meeting', 'Government of the Republic of Korvany', '2026-10-16', '''
Government of the Republic of Korvany
Press Service

Government meeting on the response to the earthquake in the Western Province

16 October 2026

Prime Minister Ruta Elsinger chaired an extraordinary meeting of the Government on Thursday on the response to the earthquake that struck the Western Province on 13 October.

Opening the meeting, the Prime Minister said that the priority of the Government in the coming weeks was to provide every family that had lost its home with temporary housing before the onset of winter. She noted that 2,400 residential buildings in the province had been inspected so far, of which 310 had been found unfit for habitation.

Minister of the Interior Stanis Belmonte reported that search and rescue operations in Vestor had been completed on Wednesday evening. According to the Minister, the final death toll stood at 61, and 54 people remained in hospital.

Minister of Finance Anton Wieczorek informed the Government that 40 million korun had been released from the reserve fund. He said that a further 120 million korun would be allocated in the amended budget to be submitted to Parliament next week.

Minister of Regional Development Lidia Sobczak-Arden presented a plan for the reconstruction of the Orchard district. The Minister stated that the three collapsed buildings would not be rebuilt on the same site and that residents would be offered flats in new buildings within two years.

Following the discussion, the Prime Minister instructed:

• the Ministry of Regional Development, together with the Western Province administration, to complete the inspection of all residential buildings built before 1985 in the province by 30 November;
• the Ministry of Finance to prepare a compensation scheme for families who lost their homes, with payments to begin no later than 1 December;
• the Ministry of Education to ensure that all schools in Vestor reopen by 26 October, with classes held in temporary premises where necessary.

Ruta Elsinger also announced that a commission would be established to examine how buildings in the Orchard district had been inspected since 2010. "People have a right to know why these buildings were standing when they should not have been," the Prime Minister said.

The Government approved a resolution declaring 20 October a day of national mourning.
''',
    s('Ruta Elsinger', 'the Prime Minister', 'the priority of the Government in the coming weeks was to provide every family that had lost its home with temporary housing before the onset of winter', 'said', role='Prime Minister'),
    s('Ruta Elsinger', 'She', '2,400 residential buildings in the province had been inspected so far, of which 310 had been found unfit for habitation', 'noted', role='Prime Minister'),
    s('Stanis Belmonte', 'Minister of the Interior Stanis Belmonte', 'search and rescue operations in Vestor had been completed on Wednesday evening', 'reported', role='Minister of the Interior'),
    s('Stanis Belmonte', 'the Minister', 'the final death toll stood at 61, and 54 people remained in hospital', 'According to', role='Minister of the Interior'),
    s('Anton Wieczorek', 'Minister of Finance Anton Wieczorek', '40 million korun had been released from the reserve fund', 'informed', role='Minister of Finance'),
    s('Anton Wieczorek', 'He', 'a further 120 million korun would be allocated in the amended budget to be submitted to Parliament next week', 'said', role='Minister of Finance'),
    s('Lidia Sobczak-Arden', 'The Minister', 'the three collapsed buildings would not be rebuilt on the same site and that residents would be offered flats in new buildings within two years', 'stated', role='Minister of Regional Development'),
    s('Ruta Elsinger', 'the Prime Minister', 'the Ministry of Regional Development, together with the Western Province administration, to complete the inspection of all residential buildings built before 1985 in the province by 30 November;', 'instructed', role='Prime Minister'),
    s('Ruta Elsinger', 'the Prime Minister', 'the Ministry of Finance to prepare a compensation scheme for families who lost their homes, with payments to begin no later than 1 December;', 'instructed', role='Prime Minister'),
    s('Ruta Elsinger', 'the Prime Minister', 'the Ministry of Education to ensure that all schools in Vestor reopen by 26 October, with classes held in temporary premises where necessary.', 'instructed', role='Prime Minister'),
    s('Ruta Elsinger', 'Ruta Elsinger', 'a commission would be established to examine how buildings in the Orchard district had been inspected since 2010', 'announced', role='Prime Minister'),
    s('Ruta Elsinger', 'the Prime Minister', '"People have a right to know why these buildings were standing when they should not have been,"', 'said', 'direct', role='Prime Minister'),
)

doc('n15-valdria-briefing-transcript', 'Government of Valdria', '2026-06-11', '''
Transcript: Government press briefing, 11 June 2026

Speakers: Government spokesperson Amaia Roldan; Minister of Labour Jorge Ibarrola-Sant

Amaia Roldan: Good morning. Thank you for coming.

The Council of Ministers today approved the draft law on mining safety, which will now go to Parliament. The law doubles the number of state mine inspectors by 2028 and gives workers the right to refuse work in conditions they consider dangerous without risk of dismissal.

The Council also approved the appointment of a mediator in the dispute at the Tessel mine. Minister Ibarrola-Sant will explain.

Jorge Ibarrola-Sant: Thank you. As you know, the talks we called last Thursday ended without agreement. Both sides have now accepted a mediator, the former president of the Supreme Court, Teodora Vinck. She will begin work on Monday.

I want to be clear: the Government does not take sides in this dispute. But the law on the right to refuse unsafe work, which we approved today, reflects a principle that should not be controversial.

Question (Radio Lustra): Minister, the union says the 14 workers must be reinstated before any mediation. Is that a condition the Government supports?

Jorge Ibarrola-Sant: The mediator will look at all the issues, including the dismissals. I am not going to prejudge her work from this podium.

Question (Lustra Daily): The company says the strike is costing it two million euros a day. Is the Government worried about exports?

Amaia Roldan: Of course we follow the figures. Copper is 14 percent of our exports.

But a mine that is not safe is not a mine that produces for long. That is the Government's view, and the Minister has just explained it.

Question (Orbis): Will the new law apply to the Tessel dismissals?

Jorge Ibarrola-Sant: Laws do not apply retroactively. The mediator will work under the current rules.

Question (Valdria Television): The opposition has called the mining law "a gift to the unions". How do you respond?

Amaia Roldan: The opposition voted for a very similar text in 2021. I would invite them to read it again.

Jorge Ibarrola-Sant: If I may add one thing. Eleven miners died in Valdria last year. Eleven. A law that lowers that number is not a gift to anyone.

Amaia Roldan: Thank you all.
''',
    s('Amaia Roldan', 'Amaia Roldan', 'The Council of Ministers today approved the draft law on mining safety|in the dispute at the Tessel mine.', '', role='Government spokesperson'),
    s('Jorge Ibarrola-Sant', 'Jorge Ibarrola-Sant', 'As you know, the talks we called last Thursday ended without agreement.|reflects a principle that should not be controversial.', '', role='Minister of Labour'),
    s('the union', 'the union', 'the 14 workers must be reinstated before any mediation', 'says'),
    s('Jorge Ibarrola-Sant', 'Jorge Ibarrola-Sant', 'The mediator will look at all the issues, including the dismissals. I am not going to prejudge her work from this podium.', '', role='Minister of Labour'),
    s('The company', 'The company', 'the strike is costing it two million euros a day', 'says'),
    s('Amaia Roldan', 'Amaia Roldan', "Of course we follow the figures.|That is the Government's view, and the Minister has just explained it.", '', role='Government spokesperson'),
    s('Jorge Ibarrola-Sant', 'Jorge Ibarrola-Sant', 'Laws do not apply retroactively. The mediator will work under the current rules.', '', role='Minister of Labour'),
    s('The opposition', 'The opposition', 'the mining law "a gift to the unions"', 'has called', 'mixed'),
    s('Amaia Roldan', 'Amaia Roldan', 'The opposition voted for a very similar text in 2021. I would invite them to read it again.', '', role='Government spokesperson'),
    s('Jorge Ibarrola-Sant', 'Jorge Ibarrola-Sant', 'Eleven miners died in Valdria last year.|is not a gift to anyone.', '', role='Minister of Labour'),
)

doc('n16-dunstan-er-closures', 'The Provincial Record', '2026-02-05', '''
NEWS · PROVINCIAL POLITICS

Rural ERs closed 212 times last year, internal ministry memo shows

Health Minister says closures are ‘temporary’ as opposition demands emergency plan

By Naomi Wardell
Legislative Bureau

Emergency departments at rural hospitals across the province closed temporarily 212 times last year because there were not enough nurses or doctors to staff them, according to an internal Health Ministry memo obtained by The Record.

The closures, which lasted from a few hours to four days, were concentrated in 14 hospitals in the north and east, the memo says. It warns that the number could rise “significantly” this year as more nurses retire.

The memo, dated Nov. 18 and prepared for Health Minister Gail Thornbury, was not made public. It estimates that about 60,000 patients were diverted to other hospitals, some more than 90 minutes away.

Ms. Thornbury said Wednesday the closures were “temporary and regrettable” and that the province had hired 1,100 nurses since 2024.

“Nobody is pretending this is acceptable,” the minister told reporters at the legislature. “But every one of those closures was planned, and every patient had somewhere to go.”

The opposition’s health critic, Bernadette Ouvrard, said the memo showed the government had known for months that the problem was getting worse. She called on the minister to table an emergency staffing plan before the legislature rises in March.

“The minister had this memo in November,” Ms. Ouvrard said. “She stood in this House in December and told us the worst was over.”

Ms. Thornbury, asked about those remarks, said she had been referring to hospital wait times in the cities, not rural emergency rooms.

In Dunstan, a town of 4,800 on the north shore, the emergency room at Dunstan General closed 31 times last year, more than any other hospital on the list. Dr. Kwame Rowbotham, its chief of staff, said the hospital had been trying to hire four emergency physicians for two years.

“We advertise, we interview, and then they go to the city,” he said. “I cannot blame them. I can only tell you what it does to us.”

Some of the hospital’s nurses have worked double shifts for weeks at a time to keep the department open, he said.

One of them, a nurse with 22 years at Dunstan General who asked that her name not be used because she was not authorized to speak to the media, said staff had started keeping a list of the nights the ER would likely close so they could warn patients with chronic conditions.

A senior official in the Health Ministry, who spoke on condition of anonymity, said the ministry was considering paying travel nurses from other provinces to cover weekend shifts in the hardest-hit hospitals, a measure the memo also recommends.

The provincial nurses’ union said the memo confirmed what its members had been saying for years. Union president Hélène Dubreuil said in a statement that travel nurses were “a bandage on a broken leg” and that the province should raise wages for rural staff instead.

The Progressive Party MPP for the riding that includes Dunstan, Curtis Laidlaw, defended the government’s record. The first-term MPP said the province had opened two new nursing programs in the north, and that their first graduates would start work in 2027.

“It takes four years to train a nurse. We started,” he said.

Premier Alan Grisholm, asked about the memo during question period, said he had “full confidence” in his health minister.
''',
    s('Health Ministry memo', 'internal ministry memo', 'Rural ERs closed 212 times last year', 'shows'),
    s('Gail Thornbury', 'Health Minister', 'closures are ‘temporary’', 'says', 'mixed', role='Health Minister'),
    s('Bernadette Ouvrard', 'opposition', 'emergency plan', 'demands', role='health critic'),
    s('Health Ministry memo', 'an internal Health Ministry memo obtained by The Record', 'Emergency departments at rural hospitals across the province closed temporarily 212 times last year because there were not enough nurses or doctors to staff them', 'according to'),
    s('Health Ministry memo', 'the memo', 'The closures, which lasted from a few hours to four days, were concentrated in 14 hospitals in the north and east', 'says'),
    s('Health Ministry memo', 'It', 'the number could rise “significantly” this year as more nurses retire', 'warns', 'mixed'),
    s('Health Ministry memo', 'It', 'about 60,000 patients were diverted to other hospitals, some more than 90 minutes away', 'estimates'),
    s('Gail Thornbury', 'Ms. Thornbury', 'the closures were “temporary and regrettable” and that the province had hired 1,100 nurses since 2024', 'said', 'mixed', role='Health Minister'),
    s('Gail Thornbury', 'the minister', '“Nobody is pretending this is acceptable,”', 'told', 'direct', role='Health Minister'),
    s('Gail Thornbury', '', '“But every one of those closures was planned, and every patient had somewhere to go.”', '', 'direct', role='Health Minister'),
    s('Bernadette Ouvrard', 'The opposition’s health critic, Bernadette Ouvrard', 'the memo showed the government had known for months that the problem was getting worse', 'said', role='health critic'),
    s('Health Ministry memo', 'the memo', 'the government had known for months that the problem was getting worse', 'showed', nested=True, via='Bernadette Ouvrard'),
    s('Bernadette Ouvrard', 'She', 'the minister to table an emergency staffing plan before the legislature rises in March', 'called on', role='health critic'),
    s('Bernadette Ouvrard', 'Ms. Ouvrard', '“The minister had this memo in November,”', 'said', 'direct', role='health critic'),
    s('Bernadette Ouvrard', '', '“She stood in this House in December and told us the worst was over.”', '', 'direct', role='health critic'),
    s('Gail Thornbury', 'Ms. Thornbury', 'she had been referring to hospital wait times in the cities, not rural emergency rooms', 'said', role='Health Minister'),
    s('Kwame Rowbotham', 'Dr. Kwame Rowbotham, its chief of staff', 'the hospital had been trying to hire four emergency physicians for two years', 'said', role='chief of staff'),
    s('Kwame Rowbotham', 'he', '“We advertise, we interview, and then they go to the city,”', 'said', 'direct', role='chief of staff'),
    s('Kwame Rowbotham', '', '“I cannot blame them. I can only tell you what it does to us.”', '', 'direct', role='chief of staff'),
    s('Kwame Rowbotham', 'he', 'Some of the hospital’s nurses have worked double shifts for weeks at a time to keep the department open', 'said', role='chief of staff'),
    s('a nurse with 22 years at Dunstan General', 'One of them, a nurse with 22 years at Dunstan General who asked that her name not be used because she was not authorized to speak to the media', 'staff had started keeping a list of the nights the ER would likely close so they could warn patients with chronic conditions', 'said'),
    s('A senior official in the Health Ministry', 'A senior official in the Health Ministry, who spoke on condition of anonymity', 'the ministry was considering paying travel nurses from other provinces to cover weekend shifts in the hardest-hit hospitals, a measure the memo also recommends', 'said'),
    s('provincial nurses’ union', 'The provincial nurses’ union', 'the memo confirmed what its members had been saying for years', 'said'),
    s('Hélène Dubreuil', 'Union president Hélène Dubreuil', 'travel nurses were “a bandage on a broken leg” and that the province should raise wages for rural staff instead', 'said', 'mixed', role='Union president'),
    s('Curtis Laidlaw', 'The Progressive Party MPP for the riding that includes Dunstan, Curtis Laidlaw', 'the government’s record', 'defended', role='MPP'),
    s('Curtis Laidlaw', 'The first-term MPP', 'the province had opened two new nursing programs in the north, and that their first graduates would start work in 2027', 'said', role='MPP'),
    s('Curtis Laidlaw', 'he', '“It takes four years to train a nurse. We started,”', 'said', 'direct', role='MPP'),
    s('Alan Grisholm', 'Premier Alan Grisholm, asked about the memo during question period', 'he had “full confidence” in his health minister', 'said', 'mixed', role='Premier'),
)

write('invented_n_gold.jsonl', per_document=True)
