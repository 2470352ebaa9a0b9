#!/usr/bin/env python3
"""Builds invented set C: North American newspaper articles and wire stories, two of them scraped pages with noise
(issues 9 and 10), written in session 19 by a different hand from sets A (build.py) and B (build_b.py) as a held-out
check closer to real newspaper prose: long paraphrase without quotation marks, cognition and stance verbs, polls and
records as sources, speakers named late or only by role, groups, two people of the same sex across paragraphs.

Every document, name, place and outlet here is invented. The statements were annotated by hand by
/work/shared/eval/GUIDELINES.md and committed before the extractor was run on the texts: the first score of this
set is a held-out figure. Fields as in seeds_gold.jsonl, plus "region" ("main", or "related" for other articles'
teasers on a scraped page).

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "rejects call for inquiry" (headline) and "rejected opposition calls for
a public inquiry" are statements beside the "arguing" one; "welcomed the shift" is one.

Amended in session 37 (issue 9, the settled convention on where a statement ends: a speaker and cue that interrupt one
sentence make one statement of its parts, content in parts with content_spans; "“A.” she said. “B.”" stays two; this
supersedes any contrary line above): c07's '"You can fly people in," she said, "but ..."' and c09's '"The door
is not closed," he said, "but ..."' are one statement each; c05's 'She had been, he said, "sharp as a tack ..."' keeps its
subject as its first part.

usage: python3 ingest-service/tools/invented/build_c.py  (writes src/test/resources/eval/invented_c_gold.jsonl)
"""
from invented_common import doc, doc_spans, s, write


doc('c01-paper-statehouse-budget', 'The Corliss Ledger', '2026-12-01', '''
Budget deal stalls as Senate Republicans balk at school funding formula

Governor says she will not sign a plan that shortchanges fast-growing districts

By Marcus Okonjo
Ledger Staff Writer
Updated 6:12 p.m. Dec. 1, 2026

CORLISS — A bipartisan budget agreement that seemed all but finished a week ago came apart Tuesday, as Republicans in the state Senate said they would not vote for a new school funding formula that shifts money from suburban districts to fast-growing towns in the north of the state.

Senator Dale Ruthven, the Republican leader, argued that the formula would force districts around Corliss and Pell City to lay off teachers within two years. He contends that the state's own figures undercount enrollment in the suburbs, where several new subdivisions opened this year, and that any change should wait for the 2027 census estimates.

"We are not going to balance this on the backs of kids in Harlow County," Mr. Ruthven said at a news conference outside the Senate chamber, flanked by a dozen members of his caucus.

Gov. Harriet Lindqvist, a Democrat in her second term, has said for months that she would not sign a budget that leaves the formula untouched. On Tuesday, her office went further. In a statement, Ms. Lindqvist accused Senate Republicans of "walking away from a deal their own leader shook hands on" and said she was prepared to keep lawmakers in session through the holidays.

A senior aide to the governor, who was not authorized to speak publicly about the negotiations, said the two sides had agreed on every line of the $31 billion plan except the formula and a smaller dispute over prison staffing. The aide said Ms. Lindqvist had offered to phase in the change over four years, an offer Republicans rejected on Monday night.

Mr. Ruthven tells it differently. He said the governor's offer had come "at 11 o'clock at night, on a napkin," and that no written proposal had reached his office.

Democrats, who hold a narrow majority in the House, passed their version of the budget last month. Representative Carla Ibsen, the House majority leader, said in an email that the chamber had "done its job" and that she hoped the Senate would "stop negotiating through the press."

The dispute has left school superintendents planning for two very different years. Dr. Anita Oyelaran, the superintendent in Pell City, said her district would lose about $4.2 million under the governor's formula, roughly the cost of 50 teaching positions. She believes the formula is fair in principle but worries that districts like hers will be punished for growth that happened before the new subdivisions were counted.

In Harlow County, the picture is reversed. Superintendent Glen Marchetti, whose district has added 1,900 students since 2022, said the current formula "pays us for the town we were in 2015." He said he had hired teachers on one-year contracts because he could not count on the money.

A Marlowe College poll released last week found that 58 percent of likely voters favored changing the formula, though support fell to 41 percent in the suburban counties that Republicans represent. The poll surveyed 812 voters and has a margin of error of 3.4 percentage points.

Asked whether the Senate would return before Christmas, a spokesman for Mr. Ruthven, Cole Hadley, declined to comment. The Senate is scheduled to meet again Dec. 14.

Lobbyists for the state teachers' union, the Corliss Education Association, spent Tuesday afternoon in the Senate gallery. Its president, Rosa Delacruz, said the union would run television ads in six Republican districts beginning next week.

"If they want to make this about suburban kids, we will talk about suburban kids," she said.
''',
    s('Harriet Lindqvist', 'Governor', 'she will not sign a plan that shortchanges fast-growing districts', 'says',
      role='Governor'),
    s('Republicans in the state Senate', 'Republicans in the state Senate',
      'they would not vote for a new school funding formula that shifts money from suburban districts to '
      'fast-growing towns in the north of the state', 'said'),
    s('Dale Ruthven', 'Senator Dale Ruthven',
      'the formula would force districts around Corliss and Pell City to lay off teachers within two years',
      'argued', role='the Republican leader'),
    s('Dale Ruthven', 'He',
      "the state's own figures undercount enrollment in the suburbs, where several new subdivisions opened this "
      "year, and that any change should wait for the 2027 census estimates", 'contends', role='the Republican leader'),
    s('Dale Ruthven', 'Mr. Ruthven', '"We are not going to balance this on the backs of kids in Harlow County,"',
      'said', 'direct', role='the Republican leader'),
    s('Harriet Lindqvist', 'Gov. Harriet Lindqvist', 'she would not sign a budget that leaves the formula untouched',
      'said', role='Gov.'),
    s('Harriet Lindqvist', 'Ms. Lindqvist',
      'Senate Republicans of "walking away from a deal their own leader shook hands on"', 'accused', 'mixed',
      role='Gov.'),
    s('Harriet Lindqvist', 'Ms. Lindqvist', 'she was prepared to keep lawmakers in session through the holidays',
      'said', role='Gov.'),
    s('A senior aide to the governor', 'A senior aide to the governor',
      'the two sides had agreed on every line of the $31 billion plan except the formula and a smaller dispute over '
      'prison staffing', 'said'),
    s('A senior aide to the governor', 'The aide',
      'Ms. Lindqvist had offered to phase in the change over four years',
      'said'),
    s('Dale Ruthven', 'He',
      '''the governor's offer had come "at 11 o'clock at night, on a napkin," and that no written proposal had reached his office''',
      'said', 'mixed', role='the Republican leader'),
    s('Carla Ibsen', 'Representative Carla Ibsen',
      'the chamber had "done its job" and that she hoped the Senate would "stop negotiating through the press."',
      'said', 'mixed', role='the House majority leader'),
    s('Anita Oyelaran', 'Dr. Anita Oyelaran',
      "her district would lose about $4.2 million under the governor's formula, roughly the cost of 50 teaching positions",
      'said', role='the superintendent in Pell City'),
    s('Anita Oyelaran', 'She', 'the formula is fair in principle', 'believes', role='the superintendent in Pell City'),
    s('Anita Oyelaran', 'She',
      'districts like hers will be punished for growth that happened before the new subdivisions were counted',
      'worries', role='the superintendent in Pell City'),
    s('Glen Marchetti', 'Superintendent Glen Marchetti', 'the current formula "pays us for the town we were in 2015."',
      'said', 'mixed', role='Superintendent'),
    s('Glen Marchetti', 'He', 'he had hired teachers on one-year contracts because he could not count on the money',
      'said', role='Superintendent'),
    s('Marlowe College poll', 'A Marlowe College poll',
      '58 percent of likely voters favored changing the formula, though support fell to 41 percent in the suburban '
      'counties that Republicans represent', 'found'),
    s('Rosa Delacruz', 'Rosa Delacruz',
      'the union would run television ads in six Republican districts beginning next week', 'said', role='president'),
    s('Rosa Delacruz', 'she', '"If they want to make this about suburban kids, we will talk about suburban kids,"',
      'said', 'direct', role='president'),
)


doc('c02-paper-mayor-race', 'The Tollridge Sentinel', '2026-10-18', '''
In Tollridge race, Haskins and Pruitt trade charges over water plant

By Elena Voss
Sentinel Staff

TOLLRIDGE — Two days before early voting begins in the race for Tollridge mayor, the two leading candidates spent Saturday at dueling rallies a mile apart, each accusing the other of misleading voters about the city's troubled water treatment plant.

At a union hall on the east side, former city manager Walter Haskins accused his opponent, Councilman Reed Pruitt, of voting twice to delay repairs that state inspectors had ordered in 2023. Mr. Haskins told a crowd of about 300 people that the delays had cost the city $6 million in fines and left residents of three neighborhoods under a boil-water notice for most of last summer.

"He had the report on his desk and he sat on it," Mr. Haskins said.

Mr. Pruitt, speaking an hour later from the bed of a pickup truck in the parking lot of a shuttered grocery store, said the charge was "rich" coming from the man who ran city hall when the plant's filters first failed. He noted that Mr. Haskins had signed the 2019 contract with the private operator that the state later faulted for poor maintenance, and he questioned whether his opponent had read the inspection reports he now cites.

Both claims are partly true. According to records from the state Department of Environmental Quality, the council voted in March 2023 and again that September to postpone a $14 million filter replacement, and Mr. Pruitt voted with the majority both times. The same records show that the city manager's office, under Mr. Haskins, had been warned about the filters as early as 2020.

The water plant has become the defining issue of a race that, until the summer, had centered on downtown parking and a proposed minor-league ballpark. A Sentinel poll conducted with Harrow University last month found Mr. Pruitt with 39 percent support and Mr. Haskins with 36 percent, with a quarter of voters undecided. A third candidate, the librarian and activist Joy Amadi, drew 6 percent.

Ms. Amadi, who has not attacked either man directly, said at a candidate forum on Thursday that both of them "owned a piece of this" and that the next mayor should release every inspection report since 2015.

Mr. Haskins, 61, spent 11 years as city manager before retiring in 2024. He has the endorsement of the firefighters' union and of former Mayor Lucille Brandt, who said in a video posted to his campaign's website that he was "the only person in this race who has run something bigger than a council committee."

Mr. Pruitt, 44, a real estate agent first elected to the council in 2019, has cast himself as the candidate of change. He says the city needs to end its contract with the private operator, Clearline Water Services, and bring the plant back under public control, a step he estimates would save $1.5 million a year.

Clearline did not respond to requests for comment. In a statement last year, the company said it had "met or exceeded every term of its contract" and blamed the city for failing to pay for upgrades.

At the Haskins rally, several voters said the water plant had changed their minds. Doris Kettering, 72, a retired nurse from the Elm Park neighborhood, said she had voted for Mr. Pruitt's council slate in 2023 but would not do so again.

"I boiled water for four months," she said. "I want somebody who's going to answer the phone."

At Mr. Pruitt's rally, Terrence Wu, who owns a hardware store on Main Street, said he trusted a younger candidate to "break the habits at city hall." He acknowledged that Mr. Pruitt had voted for the delays but said the council had been given bad information by the manager's office.

Early voting begins Monday at four sites. The election is Nov. 3.
''',
    s('Walter Haskins and Reed Pruitt', 'the two leading candidates',
      "the other of misleading voters about the city's troubled water treatment plant", 'accusing'),
    s('Walter Haskins', 'former city manager Walter Haskins',
      'his opponent, Councilman Reed Pruitt, of voting twice to delay repairs that state inspectors had ordered in 2023',
      'accused', role='former city manager'),
    s('Walter Haskins', 'Mr. Haskins',
      'the delays had cost the city $6 million in fines and left residents of three neighborhoods under a boil-water '
      'notice for most of last summer', 'told', role='former city manager'),
    s('Walter Haskins', 'Mr. Haskins', '"He had the report on his desk and he sat on it,"', 'said', 'direct',
      role='former city manager'),
    s('Reed Pruitt', 'Mr. Pruitt',
      '''the charge was "rich" coming from the man who ran city hall when the plant's filters first failed''',
      'said', 'mixed', role='Councilman'),
    s('Reed Pruitt', 'He',
      'Mr. Haskins had signed the 2019 contract with the private operator that the state later faulted for poor '
      'maintenance', 'noted', role='Councilman'),
    s('Reed Pruitt', 'he', 'whether his opponent had read the inspection reports he now cites', 'questioned',
      role='Councilman'),
    s('state Department of Environmental Quality',
      'records from the state Department of Environmental Quality',
      'the council voted in March 2023 and again that September to postpone a $14 million filter replacement, and '
      'Mr. Pruitt voted with the majority both times', 'according to'),
    s('state Department of Environmental Quality', 'The same records',
      "the city manager's office, under Mr. Haskins, had been warned about the filters as early as 2020", 'show'),
    s('Sentinel poll', 'A Sentinel poll conducted with Harrow University',
      'Mr. Pruitt with 39 percent support and Mr. Haskins with 36 percent, with a quarter of voters undecided', 'found'),
    s('Joy Amadi', 'Ms. Amadi',
      'both of them "owned a piece of this" and that the next mayor should release every inspection report since 2015',
      'said', 'mixed', role='the librarian and activist'),
    s('Lucille Brandt', 'former Mayor Lucille Brandt',
      'he was "the only person in this race who has run something bigger than a council committee."', 'said', 'mixed',
      role='former Mayor'),
    s('Reed Pruitt', 'He',
      'the city needs to end its contract with the private operator, Clearline Water Services, and bring the plant '
      'back under public control', 'says', role='Councilman'),
    s('Clearline Water Services', 'the company', 'it had "met or exceeded every term of its contract"', 'said',
      'mixed'),
    s('Clearline Water Services', 'the company', 'the city for failing to pay for upgrades', 'blamed'),
    s('several voters', 'several voters', 'the water plant had changed their minds', 'said'),
    s('Doris Kettering', 'Doris Kettering',
      "she had voted for Mr. Pruitt's council slate in 2023 but would not do so again", 'said',
      role='a retired nurse from the Elm Park neighborhood'),
    s('Doris Kettering', 'she', '"I boiled water for four months,"', 'said', 'direct',
      role='a retired nurse from the Elm Park neighborhood'),
    s('Doris Kettering', '', '''"I want somebody who's going to answer the phone."''', '', 'direct',
      role='a retired nurse from the Elm Park neighborhood'),
    s('Terrence Wu', 'Terrence Wu', 'he trusted a younger candidate to "break the habits at city hall."', 'said',
      'mixed'),
    s('Terrence Wu', 'He', 'Mr. Pruitt had voted for the delays', 'acknowledged'),
    s('Terrence Wu', 'He', "the council had been given bad information by the manager's office", 'said'),
)


doc('c03-paper-hospital-charges', 'The Brandon Valley Gazette', '2026-11-13', '''
Former hospital executive charged with steering contracts to relative's firm

By Julia Brennan
Gazette Staff Writer

HARMON — A former chief operating officer of St. Albrecht Regional Medical Center was charged Thursday with fraud and bribery, accused of steering more than $3 million in hospital contracts to a cleaning company owned by his brother-in-law, according to court records unsealed in federal court in Harmon.

The indictment alleges that the executive, Martin Greaves, 53, arranged for Ridgeline Facility Services to win three no-bid contracts between 2021 and 2024, and that Ridgeline paid $410,000 toward a lake house on Carrow Lake that Mr. Greaves and his wife used on weekends.

Prosecutors contend that the contracts were worth far more than the work performed. In one case, they say, Ridgeline billed the hospital for nightly cleaning of an operating wing that had been closed for renovation for seven months.

Mr. Greaves's lawyer, Sandra Whitcomb, said in an email that her client "has done nothing wrong" and would plead not guilty at his arraignment next week. She said the hospital's board had approved every contract.

A spokeswoman for St. Albrecht, Ines Carvalho, said the hospital had cooperated with investigators since 2024 and had ended its relationship with Ridgeline. She declined to comment further, citing the pending case.

Ridgeline's owner, Paul Denning, who is married to Mr. Greaves's sister, was charged in a separate complaint. His lawyer could not be reached on Thursday.

According to an affidavit filed by an FBI agent, the case began when a hospital accountant noticed that Ridgeline's invoices were signed by the same person who approved them. The accountant, who is not named in the court papers, told the agent that she had raised the issue with her supervisor in 2022 and was told to "leave it alone."

U.S. District Judge Raymond Achterberg released Mr. Greaves on a $250,000 bond. In a brief order, the judge wrote that the defendant's "ties to the community" made him a low flight risk but that the lake property raised questions about assets "not yet accounted for."

The hospital, the largest employer in Brandon County, has been under financial strain since 2023, when it closed its maternity ward. Its chief executive, Dr. Helen Marsh, told the county commission in October that the hospital had lost $18 million over two years.

County Commissioner Ray Tillotson said Thursday that the charges were "a gut punch" for nurses and other staff members who had taken pay freezes to keep the hospital open. He called for an outside audit of every contract the hospital has signed since 2020.

"People here gave up raises so the lights would stay on," Mr. Tillotson said. "And somebody was cleaning a closed wing."

Nurses at St. Albrecht, who voted to unionize last spring, have complained for years about short staffing on night shifts. Kendra Lyle, a surgical nurse and a steward for the new union, said many of her colleagues had assumed the cleaning crews were simply stretched thin.

"We thought they were understaffed like us," she said. "Now we find out the wing was empty and somebody was getting paid to clean it."

If convicted, Mr. Greaves faces up to 20 years in prison on the most serious count.
''',
    s('court records', 'court records',
      'A former chief operating officer of St. Albrecht Regional Medical Center was charged Thursday with fraud and '
      'bribery, accused of steering more than $3 million in hospital contracts to a cleaning company owned by his '
      'brother-in-law', 'according to'),
    s('The indictment', 'The indictment',
      'the executive, Martin Greaves, 53, arranged for Ridgeline Facility Services to win three no-bid contracts '
      'between 2021 and 2024, and that Ridgeline paid $410,000 toward a lake house on Carrow Lake that Mr. Greaves '
      'and his wife used on weekends', 'alleges'),
    s('Prosecutors', 'Prosecutors', 'the contracts were worth far more than the work performed', 'contend'),
    s('Prosecutors', 'they',
      'Ridgeline billed the hospital for nightly cleaning of an operating wing that had been closed for renovation '
      'for seven months', 'say'),
    s('Sandra Whitcomb', "Mr. Greaves's lawyer, Sandra Whitcomb",
      'her client "has done nothing wrong" and would plead not guilty at his arraignment next week', 'said', 'mixed',
      role='lawyer'),
    s('Sandra Whitcomb', 'She', "the hospital's board had approved every contract", 'said', role='lawyer'),
    s('Ines Carvalho', 'A spokeswoman for St. Albrecht, Ines Carvalho',
      'the hospital had cooperated with investigators since 2024 and had ended its relationship with Ridgeline',
      'said', role='spokeswoman'),
    s('Ines Carvalho', 'She', 'the pending case', 'citing', role='spokeswoman'),
    s('affidavit', 'an affidavit filed by an FBI agent',
      "the case began when a hospital accountant noticed that Ridgeline's invoices were signed by the same person "
      "who approved them", 'according to'),
    s('The accountant', 'The accountant',
      'she had raised the issue with her supervisor in 2022 and was told to "leave it alone."', 'told', 'mixed'),
    s('Raymond Achterberg', 'the judge',
      '''the defendant's "ties to the community" made him a low flight risk but that the lake property raised questions about assets "not yet accounted for."''',
      'wrote', 'mixed', role='U.S. District Judge'),
    s('Helen Marsh', 'Its chief executive, Dr. Helen Marsh', 'the hospital had lost $18 million over two years',
      'told', role='chief executive'),
    s('Ray Tillotson', 'County Commissioner Ray Tillotson',
      'the charges were "a gut punch" for nurses and other staff members who had taken pay freezes to keep the '
      'hospital open', 'said', 'mixed', role='County Commissioner'),
    s('Ray Tillotson', 'He', 'an outside audit of every contract the hospital has signed since 2020', 'called for',
      role='County Commissioner'),
    s('Ray Tillotson', 'Mr. Tillotson', '"People here gave up raises so the lights would stay on,"', 'said', 'direct',
      role='County Commissioner'),
    s('Ray Tillotson', '', '"And somebody was cleaning a closed wing."', '', 'direct', role='County Commissioner'),
    s('Nurses at St. Albrecht', 'Nurses at St. Albrecht', 'short staffing on night shifts', 'complained'),
    s('Kendra Lyle', 'Kendra Lyle',
      'many of her colleagues had assumed the cleaning crews were simply stretched thin', 'said',
      role='a surgical nurse and a steward for the new union'),
    s('Kendra Lyle', 'she', '"We thought they were understaffed like us,"', 'said', 'direct',
      role='a surgical nurse and a steward for the new union'),
    s('Kendra Lyle', '', '"Now we find out the wing was empty and somebody was getting paid to clean it."', '',
      'direct', role='a surgical nurse and a steward for the new union'),
)


doc('c04-paper-analysis-toll', 'The Lakeshore Tribune', '2026-09-27', '''
ANALYSIS

The bridge toll fight is really about who pays for the suburbs

By Nathan Greer
Tribune Columnist

For three weeks now, the debate over a $4 toll on the Fairhaven Bridge has been conducted as if it were a question of traffic engineering. It is not. It is a question about who pays for the way this region grew, and neither side has been willing to say so plainly.

Start with the numbers, because they are not really in dispute. The bridge carries about 88,000 vehicles on a weekday. It is 61 years old. The regional transportation authority's own engineering review, published in June, concluded that the deck will need to be replaced within a decade at a cost of roughly $900 million. The state has offered a third of that. The rest has to come from somewhere.

The toll's backers, led by County Executive Miriam Osei, like to describe it as a user fee: the people who drive across the bridge pay for the bridge. There is a tidy logic to that, and it has the advantage of sounding fair. But a user fee is only fair if the users had a choice, and for most of the commuters who cross the river each morning, there was never a train, a ferry or a bus worth taking. Those commuters did not build the subdivisions on the far bank. They bought houses in them because that was where the region let houses be built.

The opponents have a problem of their own. The Fairhaven Commuters Alliance, which has gathered 40,000 signatures against the toll, insists that the money should come from the general fund. Its chairman, Rick Salazar, told a packed hearing this month that a toll would be "a tax on the people who can least afford to move closer to work." That is a fine line, and it may even be true. But the general fund is also the fund that pays for schools in the city, where the average household earns less than it does in the suburbs the alliance represents. A general-fund bridge is a transfer, too; it merely runs in the other direction.

What neither camp mentions is the third option, which is the one most places eventually choose: a regional tax on new development, paid at the moment a subdivision is approved rather than decades later at a tollbooth. The authority studied such a fee in 2019 and shelved it. I have read that study twice. Its conclusions are cautious, but they are not hostile, and the reasons it gave for shelving the idea (a soft housing market, a pandemic nobody saw coming) no longer apply.

There is a political reason the idea has not come back. Developers are among the largest donors to both Ms. Osei and to the county legislators who oppose her toll. It would be unfair to say that explains everything. It would be naive to say it explains nothing.

The county legislature votes on Oct. 9. If the toll passes, expect a lawsuit, a ballot question, or both. If it fails, the bridge will still be 61 years old, and the engineers will still be right.

The honest version of this debate would start with a simple admission: the region built itself across a river on the assumption that somebody else would pay for the crossing. Somebody always does. The only question left is whether it will be the commuter, the city taxpayer, or the next family to buy a house on a cul-de-sac that does not exist yet.

Nathan Greer writes about the region's politics on Sundays. Reach him at ngreer@lakeshoretribune.example.
''',
    s('regional transportation authority', "The regional transportation authority's own engineering review",
      'the deck will need to be replaced within a decade at a cost of roughly $900 million', 'concluded'),
    s("The toll's backers", "The toll's backers", 'it as a user fee', 'describe'),
    s('Fairhaven Commuters Alliance', 'The Fairhaven Commuters Alliance',
      'the money should come from the general fund', 'insists'),
    s('Rick Salazar', 'Its chairman, Rick Salazar',
      'a toll would be "a tax on the people who can least afford to move closer to work."', 'told', 'mixed',
      role='chairman'),
)


doc_spans('c05-paper-obituary-diner', 'The Westbury Record', '2026-08-04', '''
Marguerite Olsen, who fed Westbury for four decades, dies at 91

By Carol Fitzhugh
Record Staff

WESTBURY — Marguerite Olsen, who ran the Riverside Diner on Canal Street for 41 years and served pie to three generations of mill workers, councilmen and high school sweethearts, died Sunday at her home on Birch Hill. She was 91.

Her son, Peter Olsen, said she died in her sleep after a short illness. She had been, he said, "sharp as a tack and bossy as ever" until the last week.

Mrs. Olsen bought the diner in 1962 with her husband, Anders, a machinist at the Westbury Woolen Mill, for $6,000 they had borrowed from his brother. Anders Olsen ran the grill; she ran everything else. When he died in 1979, friends told her to sell. She did not.

"People kept asking me who was going to cook," she told The Record in 1987, on the diner's 25th anniversary. "I said, the same person who's been telling him how to cook for 17 years."

The diner was never fancy. It had 14 stools, six booths and a jukebox that had not worked since the Carter administration. But for decades it was where Westbury did its business. Mayors held breakfast meetings in the back booth. By several accounts, the mill's union negotiators settled a 1974 strike over coffee at the counter, although Mrs. Olsen always insisted that the men had simply run out of things to say.

Former Mayor Douglas Kerr, who served from 1984 to 1996, recalled that she kept a notebook behind the register listing who owed her money. He said she never once asked anyone to pay.

"Half the town was in that book," Mr. Kerr said in an interview on Monday. "I think I was on page three."

When the mill closed in 1991, taking 1,100 jobs with it, Mrs. Olsen kept the diner open on a reduced schedule and let laid-off workers run tabs for months. In a letter to the editor published in The Record that winter, she wrote that the town "did not need another meeting about the future" and urged the City Council to spend its federal grant on a job training center instead of a new parking garage. The training center opened two years later.

She was also, by her own account, a terrible driver, a devoted Westbury Mudcats fan and a lifelong Democrat who voted for exactly one Republican, a high school classmate who ran for county sheriff in 1970. "He was honest and he tipped," she once told a reporter. "That was enough for me."

Mrs. Olsen sold the diner in 2003 to her longtime cook, Luis Arroyo, who still runs it. Mr. Arroyo said on Monday that he would close the restaurant on Thursday for the funeral and reopen on Friday with her pie recipes on the menu, free of charge, for the day.

"She would hate that," he said. "Free pie. She would absolutely hate it."

Her granddaughter, Elise Olsen-Park, a teacher in Harwood, said the family had found dozens of letters from former customers in a drawer in her grandmother's kitchen, some of them dating to the 1960s. She said the family planned to give the letters to the Westbury Historical Society.

In addition to her son and granddaughter, Mrs. Olsen is survived by a daughter, Karin Olsen of Westbury, and two great-grandchildren. A funeral will be held Thursday at 11 a.m. at St. Brendan's Church.
''',
    s('Peter Olsen', 'Her son, Peter Olsen', 'she died in her sleep after a short illness', 'said', role='son'),
    s('Peter Olsen', 'he', ['She had been', '"sharp as a tack and bossy as ever" until the last week'], 'said',
      'mixed', role='son', anchor='died in her sleep'),
    s('friends', 'friends', 'her to sell', 'told'),
    s('Marguerite Olsen', 'she', '"People kept asking me who was going to cook,"', 'told', 'direct', date='1987'),
    s('Marguerite Olsen', '',
      '''"I said, the same person who's been telling him how to cook for 17 years."''', '', 'direct', date='1987'),
    s('several accounts', 'several accounts',
      "the mill's union negotiators settled a 1974 strike over coffee at the counter", 'By'),
    s('Marguerite Olsen', 'Mrs. Olsen', 'the men had simply run out of things to say', 'insisted'),
    s('Douglas Kerr', 'Former Mayor Douglas Kerr',
      'she kept a notebook behind the register listing who owed her money', 'recalled', role='Former Mayor'),
    s('Douglas Kerr', 'He', 'she never once asked anyone to pay', 'said', role='Former Mayor'),
    s('Douglas Kerr', 'Mr. Kerr', '"Half the town was in that book,"', 'said', 'direct', role='Former Mayor'),
    s('Douglas Kerr', '', '"I think I was on page three."', '', 'direct', role='Former Mayor'),
    s('Marguerite Olsen', 'she', 'the town "did not need another meeting about the future"', 'wrote', 'mixed',
      date='1991'),
    s('Marguerite Olsen', 'she',
      'the City Council to spend its federal grant on a job training center instead of a new parking garage', 'urged',
      date='1991'),
    s('Marguerite Olsen', 'her',
      'a terrible driver, a devoted Westbury Mudcats fan and a lifelong Democrat who voted for exactly one '
      'Republican, a high school classmate who ran for county sheriff in 1970', 'by'),
    s('Marguerite Olsen', 'she', '"He was honest and he tipped,"', 'told', 'direct'),
    s('Marguerite Olsen', '', '"That was enough for me."', '', 'direct'),
    s('Luis Arroyo', 'Mr. Arroyo',
      'he would close the restaurant on Thursday for the funeral and reopen on Friday with her pie recipes on the '
      'menu, free of charge, for the day', 'said', role='longtime cook'),
    s('Luis Arroyo', 'he', '"She would hate that,"', 'said', 'direct', role='longtime cook'),
    s('Luis Arroyo', '', '"Free pie. She would absolutely hate it."', '', 'direct', role='longtime cook'),
    s('Elise Olsen-Park', 'Her granddaughter, Elise Olsen-Park',
      "the family had found dozens of letters from former customers in a drawer in her grandmother's kitchen, some "
      "of them dating to the 1960s", 'said', role='granddaughter'),
    s('Elise Olsen-Park', 'She', 'the family planned to give the letters to the Westbury Historical Society', 'said',
      role='granddaughter'),
)


doc('c06-scraped-hs-football', 'Harwood Herald', '2026-11-22', '''
Skip to main content
News | Sports | High Schools | Opinion | Obituaries | e-Edition
Subscribe: $1 for 6 months | Log In

HIGH SCHOOL FOOTBALL

Pinecrest rallies past Maple Ridge, returns to state final for first time since 2011

By Tyler Brandt | tbrandt@harwoodherald.example
Published Nov. 21, 2026 at 11:48 p.m. | Updated Nov. 22, 2026 at 9:15 a.m.

Pinecrest quarterback Jalen Whitfield (7) celebrates after scoring the go-ahead touchdown in the fourth quarter Friday night. (Dana Morrow/Harwood Herald)

Share | 14 comments

HARWOOD — For three quarters on Friday night, Pinecrest's season looked finished.

Maple Ridge led 21-7 midway through the third quarter of the Class 4A semifinal, its defense had sacked Jalen Whitfield four times, and the visiting crowd at Harlan Field had started chanting the name of next week's opponent.

Then Whitfield, a senior who had thrown two interceptions in the first half, led three touchdown drives in 14 minutes, and Pinecrest won 28-24 to reach its first state final in 15 years.

Whitfield ran for the go-ahead score from 6 yards out with 2:51 left, and cornerback Marcus Bell sealed the game with an interception at the Pinecrest 12 on Maple Ridge's final possession.

"At halftime nobody yelled, nobody threw anything," Whitfield said. "Coach just told us the game was 24 minutes long and we'd only played 24 of them badly."

Pinecrest coach Ron Delgado, in his ninth season, said he had not changed the game plan at halftime. He said his offensive line had simply stopped guessing at Maple Ridge's blitzes and started blocking the man in front of them.

Delgado acknowledged that the first half was the worst his team had played since September. He credited his seniors, and Whitfield in particular, for keeping the younger players calm.

"That kid has taken more hits this year than any quarterback in the state, and he has never once complained to me," Delgado said. "Not once."

Maple Ridge had claimed the lead on its first possession, when running back Andre Simmons broke a 54-yard run, and added a field goal and a second touchdown before Pinecrest answered. Simmons finished with 187 yards on 24 carries.

Maple Ridge coach Stan Kowalczyk said his team had run out of gas after playing both ways for much of the season. The Mustangs dressed only 31 players on Friday, and several starters, including Simmons, played on both offense and defense.

"We had guys cramping up in the fourth quarter," Kowalczyk said. "That's not an excuse. They made plays and we didn't."

Kowalczyk declined to discuss an injury to his starting quarterback, Evan Price, who left the game in the third quarter with his right arm in a sling.

Bell, a junior, said he had seen the same route twice earlier in the game and "just sat on it."

Pinecrest will face defending champion St. Ignatius in the final at 7 p.m. Saturday at Carrow State University's Memorial Stadium. St. Ignatius has won 27 straight games. Delgado said Friday night that he had not watched a minute of St. Ignatius film and would not start until Sunday morning.

The state athletic association said tickets for the final would go on sale Monday at 9 a.m.

------------------------------------------------------------
FRIDAY NIGHT EXTRA
Get scores, highlights and the Herald's weekly rankings in your inbox every Saturday morning.
Enter your email | Sign Up
------------------------------------------------------------

Related:
Kowalczyk says young Maple Ridge roster "will be back next year"
Pinecrest's Whitfield commits to Carrow State
State association says final will be streamed for free

14 comments | Sort by: Newest
Sign in to join the conversation
''',
    s('Jalen Whitfield', 'Whitfield', '"At halftime nobody yelled, nobody threw anything,"', 'said', 'direct',
      role='quarterback'),
    s('Jalen Whitfield', '',
      '''"Coach just told us the game was 24 minutes long and we'd only played 24 of them badly."''', '', 'direct',
      role='quarterback'),
    s('Ron Delgado', 'Pinecrest coach Ron Delgado', 'he had not changed the game plan at halftime', 'said',
      role='coach'),
    s('Ron Delgado', 'He',
      "his offensive line had simply stopped guessing at Maple Ridge's blitzes and started blocking the man in front "
      "of them", 'said', role='coach'),
    s('Ron Delgado', 'Delgado', 'the first half was the worst his team had played since September', 'acknowledged',
      role='coach'),
    s('Ron Delgado', 'He', 'his seniors, and Whitfield in particular, for keeping the younger players calm',
      'credited', role='coach'),
    s('Ron Delgado', 'Delgado',
      '"That kid has taken more hits this year than any quarterback in the state, and he has never once complained '
      'to me,"', 'said', 'direct', role='coach'),
    s('Ron Delgado', '', '"Not once."', '', 'direct', role='coach'),
    s('Stan Kowalczyk', 'Maple Ridge coach Stan Kowalczyk',
      'his team had run out of gas after playing both ways for much of the season', 'said', role='coach'),
    s('Stan Kowalczyk', 'Kowalczyk', '"We had guys cramping up in the fourth quarter,"', 'said', 'direct',
      role='coach'),
    s('Stan Kowalczyk', '', '''"That's not an excuse. They made plays and we didn't."''', '', 'direct',
      role='coach'),
    s('Marcus Bell', 'Bell', 'he had seen the same route twice earlier in the game and "just sat on it."', 'said',
      'mixed', role='cornerback'),
    s('Ron Delgado', 'Delgado',
      'he had not watched a minute of St. Ignatius film and would not start until Sunday morning', 'said',
      role='coach'),
    s('state athletic association', 'The state athletic association',
      'tickets for the final would go on sale Monday at 9 a.m.', 'said'),
    s('Stan Kowalczyk', 'Kowalczyk', 'young Maple Ridge roster "will be back next year"', 'says', 'mixed',
      region='related'),
    s('State association', 'State association', 'final will be streamed for free', 'says', region='related'),
)


doc_spans('c07-paper-er-wait-report', 'The Kingsford Standard', '2026-10-07', '''
ER waits in Kingsford region now longest in the province, auditor finds

Health minister concedes system is "under real strain" but rejects call for inquiry

By Amrita Sandhu
Health Reporter

Patients who arrive at emergency departments in the Kingsford region now wait a median of 5.8 hours to see a doctor, the longest of any health region in the province, according to a report released Tuesday by the provincial auditor general.

The report concluded that the region's three hospitals had not met the province's four-hour target in any month since January 2024. It found that nearly one in 10 patients left the waiting room without being seen, a figure that rose to one in six on weekends at Kingsford General.

Auditor General Yvette Morin told reporters at the legislature that the numbers were not the result of a bad winter or a single crisis. In her view, the region has too few family doctors, so people who could be treated in a clinic end up in emergency rooms, and too few long-term care beds, so elderly patients who are ready to leave hospital have nowhere to go.

"Every one of these problems was identified in our 2019 report," Ms. Morin said. "The difference is that they are now happening all at once."

Health Minister Patrick Gallagher conceded that the system was "under real strain" but said the report did not reflect changes made over the past year, including 140 new long-term care beds that opened in Kingsford in August. He rejected opposition calls for a public inquiry, arguing that the province already knew what needed fixing and that an inquiry would take two years to say so.

The opposition health critic, Deborah Achebe, said the minister was "hiding behind ribbon cuttings." She pointed out that the new beds had been promised in 2021 and that the province's own data showed that 212 patients in the region were waiting for a long-term care placement last month.

Ms. Achebe, a former emergency nurse, said she had worked night shifts at Kingsford General in the years the auditor's first report described. She believes the province has treated the region as an afterthought because it has sent few government members to the legislature.

Doctors who work in the region's emergency departments describe a system running on overtime. Dr. Samuel Okeke, who heads the emergency department at Kingsford General, said in an email that his department had covered 31 shifts this year with doctors flown in from other provinces.

A physician at one of the region's smaller hospitals, who asked not to be named because she was not authorized to speak to the media, said staff there had begun triaging patients in the parking lot on the busiest nights. The Standard was unable to verify that account independently.

The report made 14 recommendations, including a regional plan to recruit family doctors and public reporting of wait times for each hospital, updated weekly. A spokesperson for the health ministry, Jean-Luc Bergeron, said the government accepted all 14 and would publish a plan for carrying them out by the spring.

Some experts are skeptical that recruitment alone will help. Dr. Karen Whitlock, a health economist at Lakehead Polytechnic who has studied emergency department crowding, questioned whether new doctors would stay in the region without changes to how family practices are paid. She noted that three of the five family doctors recruited to Kingsford in 2022 have since left.

"You can fly people in," she said, "but you can't make them stay."

The auditor's office said it would review the region's progress in 2028.
''',
    s('Yvette Morin', 'auditor', 'ER waits in Kingsford region now longest in the province', 'finds',
      role='auditor'),
    s('Patrick Gallagher', 'Health minister', 'system is "under real strain"', 'concedes', 'mixed',
      role='Health minister'),
    s('Patrick Gallagher', 'Health minister', 'call for inquiry', 'rejects', role='Health minister'),
    s('report', 'a report released Tuesday by the provincial auditor general',
      'Patients who arrive at emergency departments in the Kingsford region now wait a median of 5.8 hours to see a '
      'doctor, the longest of any health region in the province', 'according to'),
    s('report', 'The report',
      "the region's three hospitals had not met the province's four-hour target in any month since January 2024",
      'concluded'),
    s('report', 'It',
      'nearly one in 10 patients left the waiting room without being seen', 'found'),
    s('Yvette Morin', 'Auditor General Yvette Morin',
      'the numbers were not the result of a bad winter or a single crisis', 'told', role='Auditor General'),
    s('Yvette Morin', 'her',
      'the region has too few family doctors, so people who could be treated in a clinic end up in emergency rooms, '
      'and too few long-term care beds, so elderly patients who are ready to leave hospital have nowhere to go',
      'In her view', role='Auditor General'),
    s('Yvette Morin', 'Ms. Morin', '"Every one of these problems was identified in our 2019 report,"', 'said',
      'direct', role='Auditor General'),
    s('Yvette Morin', '', '"The difference is that they are now happening all at once."', '', 'direct',
      role='Auditor General'),
    s('Patrick Gallagher', 'Health Minister Patrick Gallagher', 'the system was "under real strain"', 'conceded',
      'mixed', role='Health Minister'),
    s('Patrick Gallagher', 'Health Minister Patrick Gallagher',
      'the report did not reflect changes made over the past year, including 140 new long-term care beds that '
      'opened in Kingsford in August', 'said', role='Health Minister'),
    s('Patrick Gallagher', 'He', 'opposition calls for a public inquiry', 'rejected', role='Health Minister'),
    s('Patrick Gallagher', 'He',
      'the province already knew what needed fixing and that an inquiry would take two years to say so', 'arguing',
      role='Health Minister'),
    s('Deborah Achebe', 'The opposition health critic, Deborah Achebe',
      'the minister was "hiding behind ribbon cuttings."', 'said', 'mixed', role='opposition health critic'),
    s('Deborah Achebe', 'She',
      "the new beds had been promised in 2021 and that the province's own data showed that 212 patients in the "
      "region were waiting for a long-term care placement last month", 'pointed out', role='opposition health critic'),
    s('Deborah Achebe', 'Ms. Achebe',
      "she had worked night shifts at Kingsford General in the years the auditor's first report described", 'said',
      role='opposition health critic'),
    s('Deborah Achebe', 'She',
      'the province has treated the region as an afterthought because it has sent few government members to the '
      'legislature', 'believes', role='opposition health critic'),
    s('Doctors who work in the region\'s emergency departments',
      "Doctors who work in the region's emergency departments", 'a system running on overtime', 'describe'),
    s('Samuel Okeke', 'Dr. Samuel Okeke',
      'his department had covered 31 shifts this year with doctors flown in from other provinces', 'said',
      role='heads the emergency department at Kingsford General'),
    s("A physician at one of the region's smaller hospitals", "A physician at one of the region's smaller hospitals",
      'staff there had begun triaging patients in the parking lot on the busiest nights', 'said'),
    s('Jean-Luc Bergeron', 'A spokesperson for the health ministry, Jean-Luc Bergeron',
      'the government accepted all 14 and would publish a plan for carrying them out by the spring', 'said',
      role='spokesperson for the health ministry'),
    s('Some experts', 'Some experts', 'recruitment alone will help', 'skeptical'),
    s('Karen Whitlock', 'Dr. Karen Whitlock',
      'whether new doctors would stay in the region without changes to how family practices are paid', 'questioned',
      role='a health economist at Lakehead Polytechnic'),
    s('Karen Whitlock', 'She',
      'three of the five family doctors recruited to Kingsford in 2022 have since left', 'noted',
      role='a health economist at Lakehead Polytechnic'),
    s('Karen Whitlock', 'she', ['"You can fly people in,"', '''"but you can't make them stay."'''], 'said', 'direct',
      role='a health economist at Lakehead Polytechnic'),
    s("auditor's office", "The auditor's office", "it would review the region's progress in 2028", 'said'),
)


doc('c08-paper-tenants-heat', 'The Ashcombe Citizen', '2026-01-15', '''
Tenants of Glenmore Towers go a third week without reliable heat

Landlord blames contractor; city says it will do the repairs itself and send the bill

By Hélène Tremblay
Citizen Staff

ASHCOMBE — On the ninth floor of the east tower at Glenmore Towers, Marisol Quintero has been cooking dinner in her winter coat. Her radiators have been cold, off and on, since Dec. 28, and the space heater she bought at a hardware store trips the breaker whenever the kettle is on.

Ms. Quintero, who has lived in the building for 14 years with her two sons, said the heat had failed every winter since the complex was sold in 2022, but never for this long. She keeps a log on her refrigerator: the temperature in her living room at 7 a.m. Last Thursday it read 13 degrees.

Residents of the two towers, which hold 312 apartments on Ridley Road, say they have called the management office dozens of times. Many say they have stopped calling.

The building's owner, Westline Residential, blamed a heating contractor for the delays. In a statement on Tuesday, the company said a replacement boiler part had been ordered in December but was held up at the border, and that it expected full heat to be restored "within days." The company said it had offered space heaters to every tenant who asked for one.

Tenants dispute that. Angela Boateng, who organized the building's tenant association last year, said fewer than 40 heaters had been handed out and that the management office had told several seniors to buy their own. Ms. Boateng, a retired bus driver, lives on the third floor of the west tower, where the heat has mostly worked.

"I'm one of the lucky ones, and I'm still wearing two sweaters," she said.

Ms. Boateng said she did not blame the building's superintendent, who she said had been working 16-hour days and sleeping in the boiler room. She blames the owner, which she believes has been putting off major repairs in the hope that longtime tenants paying below-market rents will move out.

Westline did not respond to that allegation. A man who answered the phone at the company's Port Edwin office on Wednesday and identified himself only as an assistant property manager declined to comment beyond the statement.

According to city records, inspectors have issued 11 work orders for heat and hot water at Glenmore Towers since October 2024, more than for any other building in Ashcombe. The city's bylaw requires landlords to keep apartments at 20 degrees or warmer between Sept. 15 and June 1.

Coun. Rebecca Lindahl, who represents the ward, said on Wednesday that the city would hire its own contractor to repair the boiler if the heat was not restored by Friday, and would add the cost to the building's property tax bill. She said the city had used that power only twice before.

"This is not a favour we are doing them," Ms. Lindahl said. "It is a bill they will pay."

Ms. Lindahl and Ms. Boateng have not always been allies. Last spring, the councillor voted against a tenant association proposal to require landlords to register every rental building with the city. She said then that the registry would be costly to run, and the tenant association called the vote a betrayal.

On Wednesday she said she had been wrong about the registry and would bring the proposal back to council in March.

Ms. Quintero said she would believe the heat was fixed when she could take her coat off. Her younger son, who is 11, has missed four days of school this month with a chest infection, she said.

A spokesperson for Ashcombe Public Health said the agency had received complaints from Glenmore Towers and had asked the city's housing office to check on elderly residents living alone.
''',
    s('city', 'city', 'it will do the repairs itself and send the bill', 'says'),
    # "contractor" occurs three times in the text: the span places it in the deck
    s('Westline Residential', 'Landlord', 'contractor', 'blames', content_spans=[[82, 92]]),
    s('Marisol Quintero', 'Ms. Quintero',
      'the heat had failed every winter since the complex was sold in 2022, but never for this long', 'said'),
    s('Residents of the two towers', 'Residents of the two towers',
      'they have called the management office dozens of times', 'say'),
    s('Residents of the two towers', 'Many', 'they have stopped calling', 'say'),
    s('Westline Residential', "The building's owner, Westline Residential", 'a heating contractor for the delays',
      'blamed'),
    s('Westline Residential', 'the company',
      'a replacement boiler part had been ordered in December but was held up at the border, and that it expected '
      'full heat to be restored "within days."', 'said', 'mixed'),
    s('Westline Residential', 'The company', 'it had offered space heaters to every tenant who asked for one', 'said'),
    s('Angela Boateng', 'Angela Boateng',
      'fewer than 40 heaters had been handed out and that the management office had told several seniors to buy '
      'their own', 'said', role='a retired bus driver'),
    s('Angela Boateng', 'she', '''"I'm one of the lucky ones, and I'm still wearing two sweaters,"''', 'said',
      'direct', role='a retired bus driver'),
    s('management office', 'the management office', 'several seniors to buy their own', 'told', nested=True,
      via='Angela Boateng'),
    s('Angela Boateng', 'Ms. Boateng',
      "she did not blame the building's superintendent", 'said', role='a retired bus driver'),
    s('Angela Boateng', 'she', 'had been working 16-hour days and sleeping in the boiler room', 'said',
      role='a retired bus driver'),
    s('Angela Boateng', 'She', 'the owner', 'blames', role='a retired bus driver'),
    s('Angela Boateng', 'she',
      'has been putting off major repairs in the hope that longtime tenants paying below-market rents will move out',
      'believes', role='a retired bus driver'),
    s('city records', 'city records',
      'inspectors have issued 11 work orders for heat and hot water at Glenmore Towers since October 2024, more '
      'than for any other building in Ashcombe', 'According to'),
    s('Rebecca Lindahl', 'Coun. Rebecca Lindahl',
      "the city would hire its own contractor to repair the boiler if the heat was not restored by Friday, and would "
      "add the cost to the building's property tax bill", 'said', role='Coun.'),
    s('Rebecca Lindahl', 'She', 'the city had used that power only twice before', 'said', role='Coun.'),
    s('Rebecca Lindahl', 'Ms. Lindahl', '"This is not a favour we are doing them,"', 'said', 'direct', role='Coun.'),
    s('Rebecca Lindahl', '', '"It is a bill they will pay."', '', 'direct', role='Coun.'),
    s('Rebecca Lindahl', 'She', 'the registry would be costly to run', 'said', role='Coun.'),
    s('tenant association', 'the tenant association', 'the vote a betrayal', 'called'),
    s('Rebecca Lindahl', 'she',
      'she had been wrong about the registry and would bring the proposal back to council in March', 'said',
      role='Coun.'),
    s('Marisol Quintero', 'Ms. Quintero', 'she would believe the heat was fixed when she could take her coat off',
      'said'),
    s('Marisol Quintero', 'she',
      'Her younger son, who is 11, has missed four days of school this month with a chest infection', 'said'),
    s('Ashcombe Public Health', 'A spokesperson for Ashcombe Public Health',
      "the agency had received complaints from Glenmore Towers and had asked the city's housing office to check on "
      "elderly residents living alone", 'said'),
    s('Ashcombe Public Health', 'the agency',
      "the city's housing office to check on elderly residents living alone", 'asked', nested=True,
      via='Ashcombe Public Health'),
)


doc_spans('c09-wire-border-talks', 'Atlas News Agency', '2026-03-03', '''
Lake Varo border talks "at a dead end" — Merant deputy foreign minister

TESSAR, March 3 (Atlas) — Talks between Castrovia and Merant on their disputed border across Lake Varo have reached "a dead end" after four rounds, Merant's deputy foreign minister, Anton Brasko, told Atlas on Tuesday.

Brasko, who has led Merant's delegation since the talks began in 2024, said Castrovia had brought the same map to every round and had refused to discuss the fishing grounds off the lake's northern shore, which both countries claim.

"We have heard the same proposal four times," Brasko said in an interview at the foreign ministry in Tessar. "Nobody here expects a fifth round to be different."

The diplomat did not rule out further meetings. "The door is not closed," he said, "but we will not walk through it to hear the same speech."

Castrovia's foreign ministry said in a statement that it remained committed to a negotiated settlement and accused Merant of "stalling while its boats fish our waters." The ministry said Castrovian patrol vessels had turned back 37 Merantine fishing boats since January.

A senior Castrovian official, speaking on condition of anonymity because the talks are confidential, told reporters in Castro City that the map had been offered as "a starting point, not a final word," and that Castrovia was ready to discuss joint management of the fishing grounds if Merant first accepted the 1998 line on the lake's southern half.

The lake, which straddles the border for 140 km (87 miles), supplies about a fifth of the fish eaten in both countries, according to the regional fisheries commission. Clashes between fishing crews have grown more frequent since a drought lowered the water level in 2023, exposing sandbars that both sides say belong to them.

In Tessar, opposition lawmakers have urged the government to take the dispute to the International Court of Justice. Merant's prime minister, Lidia Varga, said last month that her government would consider it "as a last resort."

Brasko said the court option remained on the table but that a case could take five years, "and the fish will not wait five years."

The fisheries commission's chairman, Tomas Egede, a Norwegian-born biologist who has advised both governments, warned in a report in January that stocks of lake trout had fallen by 40 percent in a decade. He called on both countries to agree on catch limits before settling the border, arguing that the dispute over lines on a map was "a luxury the lake cannot afford."

In Delska, the largest fishing port on the Merantine shore, crews said the patrols had made the northern grounds too risky to work. Pavel Oren, who has fished the lake for 30 years, said he had been stopped twice by Castrovian vessels this spring and sent back to port.

"They take photographs of the boat, they take photographs of us," Oren said. "Then they tell us to go home."

The fifth round, if it happens, would be held in Castro City. No date has been set.

($1 = 0.92 euros)

(Reporting by Marta Kolar; Editing by Jon Hale)

Related coverage
Castrovia says patrols will continue "as long as needed" — defence ministry
Merant fishing crews protest fuel price rises
''',
    s('Anton Brasko', 'Merant deputy foreign minister', 'Lake Varo border talks "at a dead end"', '', 'mixed',
      role='Merant deputy foreign minister'),
    s('Anton Brasko', "Merant's deputy foreign minister, Anton Brasko",
      'Talks between Castrovia and Merant on their disputed border across Lake Varo have reached "a dead end" after '
      'four rounds', 'told', 'mixed', role='deputy foreign minister'),
    s('Anton Brasko', 'Brasko',
      "Castrovia had brought the same map to every round and had refused to discuss the fishing grounds off the "
      "lake's northern shore, which both countries claim", 'said', role='deputy foreign minister'),
    s('Anton Brasko', 'Brasko', '"We have heard the same proposal four times,"', 'said', 'direct',
      role='deputy foreign minister'),
    s('Anton Brasko', '', '"Nobody here expects a fifth round to be different."', '', 'direct',
      role='deputy foreign minister'),
    s('Anton Brasko', 'he', ['"The door is not closed,"', '"but we will not walk through it to hear the same speech."'],
      'said', 'direct', role='deputy foreign minister'),
    s("Castrovia's foreign ministry", "Castrovia's foreign ministry",
      'it remained committed to a negotiated settlement', 'said'),
    s("Castrovia's foreign ministry", "Castrovia's foreign ministry",
      'Merant of "stalling while its boats fish our waters."', 'accused', 'mixed'),
    s("Castrovia's foreign ministry", 'The ministry',
      'Castrovian patrol vessels had turned back 37 Merantine fishing boats since January', 'said'),
    s('A senior Castrovian official', 'A senior Castrovian official',
      'the map had been offered as "a starting point, not a final word," and that Castrovia was ready to discuss joint '
      "management of the fishing grounds if Merant first accepted the 1998 line on the lake's southern half",
      'told', 'mixed'),
    s('regional fisheries commission', 'the regional fisheries commission',
      'The lake, which straddles the border for 140 km (87 miles), supplies about a fifth of the fish eaten in both '
      'countries', 'according to'),
    s('Castrovia and Merant', 'both sides', 'belong to them', 'say'),
    s('opposition lawmakers', 'opposition lawmakers',
      'the government to take the dispute to the International Court of Justice', 'urged'),
    s('Lidia Varga', "Merant's prime minister, Lidia Varga",
      'her government would consider it "as a last resort."', 'said', 'mixed', role='prime minister'),
    s('Anton Brasko', 'Brasko',
      'the court option remained on the table but that a case could take five years, "and the fish will not wait five years."',
      'said', 'mixed', role='deputy foreign minister'),
    s('Tomas Egede', "The fisheries commission's chairman, Tomas Egede",
      'stocks of lake trout had fallen by 40 percent in a decade', 'warned',
      role="The fisheries commission's chairman"),
    s('Tomas Egede', 'He', 'both countries to agree on catch limits before settling the border', 'called on',
      role="The fisheries commission's chairman"),
    s('Tomas Egede', 'He', 'the dispute over lines on a map was "a luxury the lake cannot afford."', 'arguing',
      'mixed', role="The fisheries commission's chairman"),
    s('crews', 'crews', 'the patrols had made the northern grounds too risky to work', 'said'),
    s('Pavel Oren', 'Pavel Oren',
      'he had been stopped twice by Castrovian vessels this spring and sent back to port', 'said'),
    s('Pavel Oren', 'Oren', '"They take photographs of the boat, they take photographs of us,"', 'said', 'direct'),
    s('Pavel Oren', '', '"Then they tell us to go home."', '', 'direct'),
    s('Castrovia defence ministry', 'Castrovia', 'patrols will continue "as long as needed"', 'says', 'mixed',
      region='related'),
)


doc('c10-wire-markets-wrap', 'Northwire', '2026-06-11', '''
STOCKS-Wall Street climbs as cooler inflation revives rate-cut bets; Dunmore Foods slumps

* Consumer prices rise 0.1% in May, below forecasts
* Traders price in a September rate cut
* Dunmore Foods falls 11% after cutting outlook
* Indexes: Dow +0.9%, S&P 500 +1.1%, Nasdaq +1.4%

NEW YORK, June 11 (Northwire) - U.S. stocks rallied on Thursday after a softer-than-expected inflation report revived hopes that the Federal Reserve could begin cutting interest rates as soon as September, while packaged-food maker Dunmore Foods slumped after warning that its profit would fall short of forecasts.

The consumer price index rose 0.1% in May, the Labor Department said, below the 0.3% economists polled by Northwire had expected. Core prices, which exclude food and energy, rose 0.2%.

"This is the report the Fed has been waiting for," said Priya Raman, chief investment strategist at Halvorsen Capital in Chicago. "Two more like it and a September cut is close to a done deal."

Traders raised their bets on a September cut to about 70% from 45% a day earlier, according to the CME Group's FedWatch tool. Yields on the benchmark 10-year Treasury note fell 9 basis points to 4.02%, their lowest since February.

Technology shares led the gains. Chipmaker Orion Devices jumped 4.8% and software group Veldt Systems added 3.1%, while the tech-heavy Nasdaq touched a record intraday high before paring gains late in the session.

At 2:41 p.m. ET, the Dow Jones Industrial Average was up 362.10 points, or 0.9%, at 41,420.55, the S&P 500 gained 61.03 points, or 1.1%, at 5,608.21, and the Nasdaq Composite rose 247.66 points, or 1.4%, at 18,102.37.

Not everyone was convinced the rally would last. Marcus Feld, head of U.S. rates strategy at Corbin & Lowe, said in a note to clients that one month of data "does not make a trend" and that shelter costs, which rose 0.4%, remained a risk. He expects the Fed to hold rates steady through the summer.

Fed officials have been cautious in public. Fed Governor Alana Whitby said on Tuesday that the central bank needed "several more months" of evidence before it could be confident that inflation was heading back to its 2% target.

Dunmore Foods shares tumbled 11% to $38.20, their biggest one-day drop since 2020, after the company cut its full-year profit forecast, citing higher cocoa and packaging costs and weaker demand for its snack brands. Chief Executive Ron Thackeray told analysts on a conference call that shoppers were "trading down to store brands faster than we planned for." The company now expects adjusted earnings of $2.10 to $2.25 a share, down from a previous forecast of $2.60.

Analysts at Brightwater Securities downgraded the stock to "underperform," saying the company's turnaround plan would take at least two years to pay off.

Oil prices slipped, with U.S. crude down 1.2% at $71.40 a barrel after data showed an unexpected rise in U.S. inventories. Gold added 0.6%.

Advancing issues outnumbered decliners on the NYSE by a 3.2-to-1 ratio; on Nasdaq, a 2.4-to-1 ratio favored advancers.

(Reporting by Daniel Osei in New York; Editing by Sarah Lin)
''',
    s('Dunmore Foods', 'Dunmore Foods', 'its profit would fall short of forecasts', 'warning'),
    s('Labor Department', 'the Labor Department', 'The consumer price index rose 0.1% in May', 'said'),
    s('Priya Raman', 'Priya Raman', '"This is the report the Fed has been waiting for,"', 'said', 'direct',
      role='chief investment strategist at Halvorsen Capital in Chicago'),
    s('Priya Raman', '', '"Two more like it and a September cut is close to a done deal."', '', 'direct',
      role='chief investment strategist at Halvorsen Capital in Chicago'),
    s("CME Group's FedWatch tool", "the CME Group's FedWatch tool",
      'Traders raised their bets on a September cut to about 70% from 45% a day earlier', 'according to'),
    s('Marcus Feld', 'Marcus Feld',
      'one month of data "does not make a trend" and that shelter costs, which rose 0.4%, remained a risk', 'said',
      'mixed', role='head of U.S. rates strategy at Corbin & Lowe'),
    s('Marcus Feld', 'He', 'the Fed to hold rates steady through the summer', 'expects',
      role='head of U.S. rates strategy at Corbin & Lowe'),
    s('Alana Whitby', 'Fed Governor Alana Whitby',
      'the central bank needed "several more months" of evidence before it could be confident that inflation was '
      'heading back to its 2% target', 'said', 'mixed', role='Fed Governor'),
    s('Ron Thackeray', 'Chief Executive Ron Thackeray',
      'shoppers were "trading down to store brands faster than we planned for."', 'told', 'mixed',
      role='Chief Executive'),
    s('Dunmore Foods', 'the company', 'higher cocoa and packaging costs and weaker demand for its snack brands',
      'citing'),
    s('Dunmore Foods', 'The company',
      'adjusted earnings of $2.10 to $2.25 a share, down from a previous forecast of $2.60', 'expects'),
    s('Analysts at Brightwater Securities', 'Analysts at Brightwater Securities',
      "the company's turnaround plan would take at least two years to pay off", 'saying'),
    s('data', 'data', 'an unexpected rise in U.S. inventories', 'showed'),
)


doc('c11-scraped-wire-ferry-fire', 'The Daily Mercury (from The National Wire)', '2026-07-19', '''
Menu   Search   Local   Nation/World   Business   Sports   Weather
Sign up for breaking news alerts

NATION/WORLD

Ferry fire forces evacuation of 212 on Lake Carrow; 9 hurt

The National Wire
Posted July 19, 2026, 4:02 p.m.
Comments (38)

Smoke rises from the ferry Spirit of Halvern near Gull Island on Saturday. (Photo by Owen Pratt/The National Wire)

CORRECTION: An earlier version of this story misstated the number of passengers aboard the ferry. It was 212, not 221.

HALVERN, Mich. (NW) — A fire broke out in the engine room of a passenger ferry on Lake Carrow on Saturday, forcing the evacuation of 212 passengers and crew onto lifeboats and a passing fishing boat, the Coast Guard said. Nine people were taken to hospitals, two of them with serious burns.

The ferry, the Spirit of Halvern, was about 3 miles from its dock at Gull Island when the crew reported smoke shortly after 11 a.m., Coast Guard Petty Officer Lena Marsh said. The crew shut down the engines and began moving passengers to the upper deck within minutes, she said.

"The crew did exactly what they were trained to do," Marsh said. "That is why we are talking about nine injuries and not something much worse."

Passengers described a scene that was frightening but mostly orderly. Deanna Holt, 46, of Fort Ellery, who was traveling with her two daughters, said the smoke came up through the stairwells "like somebody had opened an oven door." She said crew members handed out life jackets and kept people away from the rear of the boat.

"A man next to me was praying out loud," Holt told The National Wire by phone from a hospital in Halvern, where one of her daughters was treated for smoke inhalation. "I was doing the same thing, just quieter."

The captain of the fishing boat, Ray Dumont, said he saw the smoke from about a mile away and pulled 31 people from the water and from a lifeboat that was taking on water. He said most of them were children and older people.

The ferry's operator, Great Carrow Lines, said in a statement that all of its crew members were safe and that it was cooperating with the Coast Guard and the National Transportation Safety Board. The company said the Spirit of Halvern had passed a federal inspection in April.

Federal records show the 1988 vessel was cited twice in the past five years for problems with its fire detection system, most recently in 2024. The records do not say whether the problems were fixed.

NTSB spokesman Curtis Yee said the agency was sending a team of investigators and would look at the ferry's maintenance history. He declined to speculate on the cause of the fire.

Halvern Mayor Ruth Akins said the city would open its community center to passengers who could not get home on Saturday night. Great Carrow Lines canceled all sailings for the rest of the weekend.

Associated writer Jamal Price in Port Sable contributed to this report.

Copyright 2026 The National Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

MORE FROM NATION/WORLD
Governor says state will review ferry safety rules after fire
Heat wave to ease by Tuesday, forecasters say
Police identify man killed in Route 9 crash

Comments (38) | Log in to comment
''',
    s('Coast Guard', 'the Coast Guard',
      'A fire broke out in the engine room of a passenger ferry on Lake Carrow on Saturday, forcing the evacuation of '
      '212 passengers and crew onto lifeboats and a passing fishing boat', 'said'),
    s('Lena Marsh', 'Coast Guard Petty Officer Lena Marsh',
      'The ferry, the Spirit of Halvern, was about 3 miles from its dock at Gull Island when the crew reported smoke '
      'shortly after 11 a.m.', 'said', role='Coast Guard Petty Officer'),
    s('Lena Marsh', 'she',
      'The crew shut down the engines and began moving passengers to the upper deck within minutes', 'said',
      role='Coast Guard Petty Officer'),
    s('Lena Marsh', 'Marsh', '"The crew did exactly what they were trained to do,"', 'said', 'direct',
      role='Coast Guard Petty Officer'),
    s('Lena Marsh', '', '"That is why we are talking about nine injuries and not something much worse."', '',
      'direct', role='Coast Guard Petty Officer'),
    s('Passengers', 'Passengers', 'a scene that was frightening but mostly orderly', 'described'),
    s('Deanna Holt', 'Deanna Holt',
      'the smoke came up through the stairwells "like somebody had opened an oven door."', 'said', 'mixed'),
    s('Deanna Holt', 'She',
      'crew members handed out life jackets and kept people away from the rear of the boat', 'said'),
    s('Deanna Holt', 'Holt', '"A man next to me was praying out loud,"', 'told', 'direct'),
    s('Deanna Holt', '', '"I was doing the same thing, just quieter."', '', 'direct'),
    s('Ray Dumont', 'The captain of the fishing boat, Ray Dumont',
      'he saw the smoke from about a mile away and pulled 31 people from the water and from a lifeboat that was '
      'taking on water', 'said', role='The captain of the fishing boat'),
    s('Ray Dumont', 'He', 'most of them were children and older people', 'said',
      role='The captain of the fishing boat'),
    s('Great Carrow Lines', "The ferry's operator, Great Carrow Lines",
      'all of its crew members were safe and that it was cooperating with the Coast Guard and the National '
      'Transportation Safety Board', 'said'),
    s('Great Carrow Lines', 'The company', 'the Spirit of Halvern had passed a federal inspection in April', 'said'),
    s('Federal records', 'Federal records',
      'the 1988 vessel was cited twice in the past five years for problems with its fire detection system, most '
      'recently in 2024', 'show'),
    s('Curtis Yee', 'NTSB spokesman Curtis Yee',
      "the agency was sending a team of investigators and would look at the ferry's maintenance history", 'said',
      role='NTSB spokesman'),
    s('Ruth Akins', 'Halvern Mayor Ruth Akins',
      'the city would open its community center to passengers who could not get home on Saturday night', 'said',
      role='Halvern Mayor'),
    s('Governor', 'Governor', 'state will review ferry safety rules after fire', 'says', region='related'),
    s('forecasters', 'forecasters', 'Heat wave to ease by Tuesday', 'say', region='related'),
)


doc('c12-wire-trade-truce', 'Northwire', '2026-05-21', '''
UPDATE 2-Tariff truce with Ostrava "within reach" — Calder trade envoy

* Envoy says deal could be signed before July
* Ostrava officials say steel quotas still unresolved
* Farm groups urge government not to give ground on dairy

By Helena Vost and Ike Mensah

PORT LANDRY, May 21 (Northwire) - Calder and Ostrava are close to a deal that would suspend the tariffs the two countries imposed on each other's goods last year, Calder's chief trade negotiator said on Thursday, though officials in Ostrava cautioned that the thorniest issue, steel, had not been settled.

"We are within reach of an agreement, closer than at any time since the tariffs went on," the negotiator, Graham Whitfield, told a news conference in Port Landry after a third day of talks. "I would not be standing here if I thought it could not be signed before July."

Whitfield said the two sides had agreed to drop duties on farm machinery and processed food in the first phase and to set up a joint panel to settle future disputes. He declined to say whether Calder had offered concessions on dairy, which its farmers have fiercely resisted.

In Ostrava, two officials familiar with the talks told Northwire that the countries remained far apart on how much Calder steel should enter Ostrava duty-free. One of the officials, who spoke on condition of anonymity because the negotiations are private, said Ostrava wanted a quota of no more than 1.2 million tonnes a year, about half of what Calder has proposed.

Ostrava's trade ministry said in a brief statement that "significant progress" had been made but that "nothing is agreed until everything is agreed."

The tariffs, imposed in a dispute over Ostravan subsidies for electric vehicle makers, have cost Calder exporters about C$3.4 billion in lost sales, according to an estimate by the Calder Chamber of Commerce. Ostrava has not published a comparable figure.

Calder's farm groups have warned the government not to trade away protections for dairy producers to win relief for steel. The Dairy Farmers of Calder said in a statement that any deal that opened the market to Ostravan cheese would put "hundreds of family farms" out of business within five years.

Whitfield said he had met the group's leaders on Monday. Asked whether dairy was on the table, he said only that "every sector is being heard."

The prime minister's office, which must approve any deal, said the prime minister had been briefed on Wednesday night and was "encouraged." Opposition trade critic Nadia Fortin accused the government of negotiating "in the dark" and said Parliament should vote on any agreement before it took effect.

Calder's dollar firmed 0.3% against its U.S. counterpart after Whitfield's remarks, and shares of Calder steelmakers rose. Hartwell Steel gained 4.1% and Northbay Metals added 2.7% on the Port Landry exchange.

Analysts were cautiously optimistic. "The tone has changed, but the steel numbers are still a long way apart," said Beatrice Laurent, a trade economist at Selwyn Bank. She estimated that a deal would add 0.2 percentage points to Calder's economic growth next year.

(Reporting by Helena Vost in Port Landry and Ike Mensah in Ostrava; Editing by Paul Renner)
''',
    s('Graham Whitfield', 'Calder trade envoy', 'Tariff truce with Ostrava "within reach"', '', 'mixed',
      role='Calder trade envoy'),
    s('Graham Whitfield', 'Envoy', 'deal could be signed before July', 'says', role='Calder trade envoy'),
    s('Ostrava officials', 'Ostrava officials', 'steel quotas still unresolved', 'say'),
    s('Farm groups', 'Farm groups', 'government not to give ground on dairy', 'urge'),
    s('Graham Whitfield', "Calder's chief trade negotiator",
      "Calder and Ostrava are close to a deal that would suspend the tariffs the two countries imposed on each "
      "other's goods last year", 'said', role='chief trade negotiator'),
    s('officials in Ostrava', 'officials in Ostrava', 'the thorniest issue, steel, had not been settled', 'cautioned'),
    s('Graham Whitfield', 'the negotiator, Graham Whitfield',
      '"We are within reach of an agreement, closer than at any time since the tariffs went on,"', 'told', 'direct',
      role='chief trade negotiator'),
    s('Graham Whitfield', '',
      '"I would not be standing here if I thought it could not be signed before July."', '', 'direct',
      role='chief trade negotiator'),
    s('Graham Whitfield', 'Whitfield',
      'the two sides had agreed to drop duties on farm machinery and processed food in the first phase and to set up '
      'a joint panel to settle future disputes', 'said', role='chief trade negotiator'),
    s('two officials familiar with the talks', 'two officials familiar with the talks',
      'the countries remained far apart on how much Calder steel should enter Ostrava duty-free', 'told'),
    s('One of the officials', 'One of the officials',
      'Ostrava wanted a quota of no more than 1.2 million tonnes a year, about half of what Calder has proposed',
      'said'),
    s("Ostrava's trade ministry", "Ostrava's trade ministry",
      '"significant progress" had been made but that "nothing is agreed until everything is agreed."', 'said', 'mixed'),
    s('Calder Chamber of Commerce', 'an estimate by the Calder Chamber of Commerce',
      'The tariffs, imposed in a dispute over Ostravan subsidies for electric vehicle makers, have cost Calder '
      'exporters about C$3.4 billion in lost sales', 'according to'),
    s("Calder's farm groups", "Calder's farm groups",
      'the government not to trade away protections for dairy producers to win relief for steel', 'warned'),
    s('Dairy Farmers of Calder', 'The Dairy Farmers of Calder',
      'any deal that opened the market to Ostravan cheese would put "hundreds of family farms" out of business '
      'within five years', 'said', 'mixed'),
    s('Graham Whitfield', 'Whitfield', "he had met the group's leaders on Monday", 'said',
      role='chief trade negotiator'),
    s('Graham Whitfield', 'he', '"every sector is being heard."', 'said', 'direct', role='chief trade negotiator'),
    s("prime minister's office", "The prime minister's office",
      'the prime minister had been briefed on Wednesday night and was "encouraged."', 'said', 'mixed'),
    s('Nadia Fortin', 'Opposition trade critic Nadia Fortin', 'the government of negotiating "in the dark"',
      'accused', 'mixed', role='Opposition trade critic'),
    s('Nadia Fortin', 'Opposition trade critic Nadia Fortin',
      'Parliament should vote on any agreement before it took effect', 'said', role='Opposition trade critic'),
    s('Beatrice Laurent', 'Beatrice Laurent',
      '"The tone has changed, but the steel numbers are still a long way apart,"', 'said', 'direct',
      role='a trade economist at Selwyn Bank'),
    s('Beatrice Laurent', 'She',
      "a deal would add 0.2 percentage points to Calder's economic growth next year", 'estimated',
      role='a trade economist at Selwyn Bank'),
)


doc('c13-paper-plant-layoffs', 'The Merriton Star', '2026-04-09', '''
Keller Appliance to cut 640 jobs at Merriton plant, move dryer line to San Lucero

By Owen Castellano
Business Writer

Keller Appliance Co. will eliminate about 640 jobs at its Merriton plant over the next 18 months and move production of its clothes dryers to a factory in San Lucero, the company said Wednesday, in the largest single round of layoffs in Wexford County in more than a decade.

The Merriton plant, which opened in 1958 and once employed more than 3,000 people, will keep making washing machines and will still employ about 900 workers when the move is complete, Keller said. The company, which is based in Dayton Falls, said the decision reflected "sustained cost pressure" in the dryer business and was not related to the plant's performance.

In a filing with the Securities and Exchange Commission, Keller said it expected to record charges of $85 million to $95 million for severance and equipment moves, most of it this year. It said the move would save about $60 million a year once finished.

Workers learned of the cuts at a meeting on the factory floor at 7 a.m. Several said they had expected bad news since January, when the company canceled overtime on the dryer line for the first time anyone could remember.

"You could feel it coming," said Darnell Hughes, who has worked on the dryer line for 22 years. "They stopped fixing things. When a company stops fixing things, it has made up its mind."

Mr. Hughes said he was two years short of a full pension. He said he did not know whether he would be offered a job on the washer line, which the company has said will take "some" of the affected workers.

The union that represents the plant's hourly workers, Local 1127 of the International Association of Machinists, said it had not been consulted before the announcement. Its president, Sheila Brandvold, said the union would ask the company to open its books and would fight for a severance package "that reflects what these people gave this plant." She accused Keller of using the union's 2024 contract, which froze wages for two years, to keep the plant running until it could move the work.

Keller's vice president for manufacturing, Todd Engstrom, sees it differently. In a phone interview, he said the company had invested $40 million in the Merriton washer line since 2022 and remained committed to the plant. He acknowledged, however, that dryer production in Merriton had cost about 30 percent more per unit than in San Lucero.

Asked whether the washer line could follow, Mr. Engstrom said, "Not on my watch, and I intend to be here a while."

Local officials scrambled to respond. Mayor Gina Pellegrino said she had learned of the decision only Tuesday night, in a phone call from the company. She said she would ask the state to send a rapid-response team to help workers with retraining and unemployment claims, and that the city would look at whether Keller should repay part of a $12 million tax abatement it received in 2019.

According to the abatement agreement, the company promised to keep at least 1,400 jobs at the plant through 2029. A city spokesman, Victor Ames, said lawyers were reviewing whether the cuts breached that promise.

Economists said the effect would reach well beyond the factory gates. A 2023 study by the Wexford County Development Council estimated that every manufacturing job in the county supported 1.7 other jobs, at suppliers, restaurants and stores.

"Merriton has been through this before, in the '80s and again in 2009," said Alicia Moreno, an economist at Merriton State University who studies the region. "The town came back both times. But it came back smaller."

Keller shares rose 2.3% on the New York Stock Exchange on Wednesday.
''',
    s('Keller Appliance Co.', 'the company',
      'Keller Appliance Co. will eliminate about 640 jobs at its Merriton plant over the next 18 months and move '
      'production of its clothes dryers to a factory in San Lucero', 'said'),
    s('Keller Appliance Co.', 'Keller',
      'The Merriton plant, which opened in 1958 and once employed more than 3,000 people, will keep making washing '
      'machines and will still employ about 900 workers when the move is complete', 'said'),
    s('Keller Appliance Co.', 'The company',
      '''the decision reflected "sustained cost pressure" in the dryer business and was not related to the plant's performance''',
      'said', 'mixed'),
    s('Keller Appliance Co.', 'Keller',
      'it expected to record charges of $85 million to $95 million for severance and equipment moves, most of it '
      'this year', 'said'),
    s('Keller Appliance Co.', 'It', 'the move would save about $60 million a year once finished', 'said'),
    s('Workers', 'Several', 'they had expected bad news since January, when the company canceled overtime on the '
      'dryer line for the first time anyone could remember', 'said'),
    s('Darnell Hughes', 'Darnell Hughes', '"You could feel it coming,"', 'said', 'direct'),
    s('Darnell Hughes', '',
      '"They stopped fixing things. When a company stops fixing things, it has made up its mind."', '', 'direct'),
    s('Darnell Hughes', 'Mr. Hughes', 'he was two years short of a full pension', 'said'),
    s('Darnell Hughes', 'He',
      'he did not know whether he would be offered a job on the washer line', 'said'),
    s('Keller Appliance Co.', 'the company', 'will take "some" of the affected workers', 'said', 'mixed'),
    s('Local 1127 of the International Association of Machinists',
      "The union that represents the plant's hourly workers, Local 1127 of the International Association of Machinists",
      'it had not been consulted before the announcement', 'said'),
    s('Sheila Brandvold', 'Its president, Sheila Brandvold',
      'the union would ask the company to open its books and would fight for a severance package "that reflects what '
      'these people gave this plant."', 'said', 'mixed', role='president'),
    s('Sheila Brandvold', 'She',
      "Keller of using the union's 2024 contract, which froze wages for two years, to keep the plant running until it "
      "could move the work", 'accused', role='president'),
    s('Todd Engstrom', 'he',
      'the company had invested $40 million in the Merriton washer line since 2022 and remained committed to the plant',
      'said', role="Keller's vice president for manufacturing"),
    s('Todd Engstrom', 'He',
      'dryer production in Merriton had cost about 30 percent more per unit than in San Lucero', 'acknowledged',
      role="Keller's vice president for manufacturing"),
    s('Todd Engstrom', 'Mr. Engstrom', '"Not on my watch, and I intend to be here a while."', 'said', 'direct',
      role="Keller's vice president for manufacturing"),
    s('Gina Pellegrino', 'Mayor Gina Pellegrino',
      'she had learned of the decision only Tuesday night, in a phone call from the company', 'said', role='Mayor'),
    s('Gina Pellegrino', 'She',
      'she would ask the state to send a rapid-response team to help workers with retraining and unemployment claims, '
      'and that the city would look at whether Keller should repay part of a $12 million tax abatement it received '
      'in 2019', 'said', role='Mayor'),
    s('abatement agreement', 'the abatement agreement',
      'the company promised to keep at least 1,400 jobs at the plant through 2029', 'According to'),
    s('Keller Appliance Co.', 'the company', 'to keep at least 1,400 jobs at the plant through 2029', 'promised',
      nested=True, via='abatement agreement'),
    s('Victor Ames', 'A city spokesman, Victor Ames', 'lawyers were reviewing whether the cuts breached that promise',
      'said', role='city spokesman'),
    s('Economists', 'Economists', 'the effect would reach well beyond the factory gates', 'said'),
    s('Wexford County Development Council', 'A 2023 study by the Wexford County Development Council',
      'every manufacturing job in the county supported 1.7 other jobs, at suppliers, restaurants and stores',
      'estimated'),
    s('Alicia Moreno', 'Alicia Moreno',
      '''"Merriton has been through this before, in the '80s and again in 2009,"''', 'said', 'direct',
      role='an economist at Merriton State University who studies the region'),
    s('Alicia Moreno', '', '"The town came back both times. But it came back smaller."', '', 'direct',
      role='an economist at Merriton State University who studies the region'),
)


doc('c14-paper-police-shooting-review', 'The Eastvale Post', '2026-02-26', '''
Eastvale police to release body-camera video of Crane Street shooting, chief says

Family's lawyer calls the delay "indefensible"

By Simone Achterberg
Post Staff Writer

EASTVALE — The Eastvale Police Department will release body-camera video of the Feb. 14 shooting of a 19-year-old man on Crane Street within two weeks, after the state attorney general's office finishes interviewing the officers involved, Police Chief Raymond Castillo said Wednesday.

Chief Castillo, speaking at a City Council meeting that ran for more than four hours and drew about 200 residents, said he understood the frustration of people who had waited 12 days for answers. But he said releasing the video before the officers were interviewed could compromise the state's investigation, and that he had been asked by the attorney general's office to wait.

The man who was shot, Darius Fenwick, remains in critical condition at Eastvale Memorial Hospital, according to his family.

Police have said little about what happened. In a two-paragraph statement released the morning after the shooting, the department said officers responding to a report of a man with a gun had encountered Mr. Fenwick in the parking lot of a laundromat, that he had "refused repeated commands," and that one officer had fired. The statement did not say whether Mr. Fenwick had a gun.

A lawyer for the Fenwick family, Geraldine Obi, said at a news conference before the meeting that Mr. Fenwick was unarmed and had been holding a cellphone. She said two witnesses had told her that he had his hands raised when he was shot. Ms. Obi called the delay in releasing the video "indefensible" and said the family had asked the department to let them view it privately and been refused.

The Post has not been able to confirm the witnesses' accounts. A spokeswoman for the attorney general's office, Lauren Beck, confirmed that the office was investigating and said it did not comment on open cases.

The officer who fired, a six-year veteran whose name has not been released, has been placed on paid administrative leave, which is standard after a shooting. The head of the Eastvale police union, Sgt. Mike Darrow, said the officer had acted "by the book" and urged residents not to rush to judgment.

At the meeting, speaker after speaker demanded that the video be released immediately. Some said they no longer trusted the department to investigate itself. Others pressed council members to revive a proposal for a civilian review board, which the council rejected in 2023 by a vote of 5-2.

Councilwoman Tasha Greenlee, who sponsored that proposal, said she would bring it back next month. Councilwoman Marianne Porter, who voted against it in 2023, said she was now open to a review board "with real subpoena power," a shift that would give supporters a majority.

Ms. Porter said afterward that she had changed her mind after watching videos of the Crane Street crowd on the night of the shooting. She said she did not think the department could restore public trust on its own.

Ms. Greenlee welcomed the shift but said she was not counting votes yet. "I've been in this building long enough to know that a majority on a Wednesday can be a minority by Tuesday," she said.

Mr. Fenwick's mother, Charlene Fenwick, spoke last. She told the council her son had worked two jobs since graduating from high school and had never been arrested.

"I am not asking you to take my side," she said. "I am asking you to show me what happened to my son."
''',
    s('Raymond Castillo', 'chief',
      'Eastvale police to release body-camera video of Crane Street shooting', 'says', role='chief'),
    s('Geraldine Obi', "Family's lawyer", 'the delay "indefensible"', 'calls', 'mixed', role="Family's lawyer"),
    s('Raymond Castillo', 'Police Chief Raymond Castillo',
      "The Eastvale Police Department will release body-camera video of the Feb. 14 shooting of a 19-year-old man on "
      "Crane Street within two weeks, after the state attorney general's office finishes interviewing the officers "
      "involved", 'said', role='Police Chief'),
    s('Raymond Castillo', 'Chief Castillo',
      'he understood the frustration of people who had waited 12 days for answers', 'said', role='Police Chief'),
    s('Raymond Castillo', 'he',
      "releasing the video before the officers were interviewed could compromise the state's investigation, and that "
      "he had been asked by the attorney general's office to wait", 'said', role='Police Chief'),
    s('his family', 'his family', 'The man who was shot, Darius Fenwick, remains in critical condition at Eastvale '
      'Memorial Hospital', 'according to'),
    s('Eastvale Police Department', 'the department',
      'officers responding to a report of a man with a gun had encountered Mr. Fenwick in the parking lot of a '
      'laundromat, that he had "refused repeated commands," and that one officer had fired', 'said', 'mixed'),
    s('Geraldine Obi', 'A lawyer for the Fenwick family, Geraldine Obi',
      'Mr. Fenwick was unarmed and had been holding a cellphone', 'said', role='A lawyer for the Fenwick family'),
    s('Geraldine Obi', 'She', 'two witnesses had told her that he had his hands raised when he was shot', 'said',
      role='A lawyer for the Fenwick family'),
    s('two witnesses', 'two witnesses', 'he had his hands raised when he was shot', 'told', nested=True,
      via='Geraldine Obi'),
    s('Geraldine Obi', 'Ms. Obi', 'the delay in releasing the video "indefensible"', 'called', 'mixed',
      role='A lawyer for the Fenwick family'),
    s('Geraldine Obi', 'Ms. Obi',
      'the family had asked the department to let them view it privately and been refused', 'said',
      role='A lawyer for the Fenwick family'),
    s('Lauren Beck', "A spokeswoman for the attorney general's office, Lauren Beck",
      'the office was investigating', 'confirmed', role="spokeswoman for the attorney general's office"),
    s('Lauren Beck', "A spokeswoman for the attorney general's office, Lauren Beck",
      'it did not comment on open cases', 'said', role="spokeswoman for the attorney general's office"),
    s('Mike Darrow', 'The head of the Eastvale police union, Sgt. Mike Darrow',
      'the officer had acted "by the book"', 'said', 'mixed', role='head of the Eastvale police union'),
    s('Mike Darrow', 'The head of the Eastvale police union, Sgt. Mike Darrow',
      'residents not to rush to judgment', 'urged', role='head of the Eastvale police union'),
    s('speaker after speaker', 'speaker after speaker', 'the video be released immediately', 'demanded'),
    s('Some', 'Some', 'they no longer trusted the department to investigate itself', 'said'),
    s('Others', 'Others', 'council members to revive a proposal for a civilian review board', 'pressed'),
    s('Tasha Greenlee', 'Councilwoman Tasha Greenlee', 'she would bring it back next month', 'said',
      role='Councilwoman'),
    s('Marianne Porter', 'Councilwoman Marianne Porter',
      'she was now open to a review board "with real subpoena power,"', 'said', 'mixed', role='Councilwoman'),
    s('Marianne Porter', 'Ms. Porter',
      'she had changed her mind after watching videos of the Crane Street crowd on the night of the shooting', 'said',
      role='Councilwoman'),
    s('Marianne Porter', 'She', 'she did not think the department could restore public trust on its own', 'said',
      role='Councilwoman'),
    s('Tasha Greenlee', 'Ms. Greenlee', 'the shift', 'welcomed', role='Councilwoman'),
    s('Tasha Greenlee', 'Ms. Greenlee', 'she was not counting votes yet', 'said', role='Councilwoman'),
    s('Tasha Greenlee', 'she',
      '''"I've been in this building long enough to know that a majority on a Wednesday can be a minority by Tuesday,"''',
      'said', 'direct', role='Councilwoman'),
    s('Charlene Fenwick', 'She',
      'her son had worked two jobs since graduating from high school and had never been arrested', 'told',
      role="Mr. Fenwick's mother"),
    s('Charlene Fenwick', 'she', '"I am not asking you to take my side,"', 'said', 'direct',
      role="Mr. Fenwick's mother"),
    s('Charlene Fenwick', '', '"I am asking you to show me what happened to my son."', '', 'direct',
      role="Mr. Fenwick's mother"),
)


if __name__ == '__main__':
    write('invented_c_gold.jsonl', per_document=True)
