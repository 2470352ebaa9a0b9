#!/usr/bin/env python3
"""Builds the invented development set of wire stories, readouts and scraped pages (issues 9 and 10).

Every document, name, place and outlet here is invented; the statements were annotated by hand by
/work/shared/eval/GUIDELINES.md before the extractor was run on the texts. Fields as in seeds_gold.jsonl,
plus "region" ("main" or "related": other articles' teasers on a scraped page).

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed the decision" (twice) and "was welcomed by the Hallandic
delegation" are statements; "expressed condolences" is none (a courtesy).

Amended in session 37 (issue 9, the settled convention on where a statement ends: a speaker and cue that interrupt one
sentence make one statement of its parts, content in parts with content_spans; "“A.” she said. “B.”" stays two; this
supersedes any contrary line above): inv-11's '"The residents deserve straight answers," he said, "and so does
the chief."' is one statement; inv-06's 'The agreement, she said, "will only work ..."' keeps its subject as its first part.

usage: python3 ingest-service/tools/invented/build.py  (writes src/test/resources/eval/invented_gold.jsonl)
"""
from invented_common import doc, doc_spans, s, write


doc('inv-01-wire-dam', 'NORDPRESS', '2026-09-14', '''
Talks on Ostra river dam to resume in autumn — Kelmar foreign ministry aide

According to Oleg Tarasin, the two delegations have agreed on a schedule of expert consultations

DRAVSK, September 14. /NORDPRESS/. The talks between Kelmar and Varnia on the future of the Ostra river dam will resume in October, Kelmar Foreign Ministry aide Oleg Tarasin told reporters on Monday.

"We have agreed that the expert groups will meet in Dravsk first, and the ministers will join them later," the diplomat said. "Nobody expects a quick result, but the mood has changed."

According to Tarasin, the Varnian side has handed over its proposals on water quotas for the dry season. He noted that Kelmar would study the document "carefully and without haste."

The dam, built in 1978, supplies water to more than two million people in both countries. Last year the two governments exchanged protests after the water level in the reservoir fell to a record low.

Varnian Deputy Foreign Minister Ilse Marvek said in an interview with the Varnian newspaper Morgenpost that her country was ready for "a fair compromise."

"The water does not belong to one capital," Marvek said, adding that the talks should also cover the fishing industry.

The Kelmar Ministry of Agriculture warned last week that farms in the south could lose a third of their harvest if the quotas stay unchanged.

Kelmar's chief negotiator on water issues, Dmitri Savrin, told NORDPRESS in late August that the sides were "closer than ever" to a deal. The Varnian environment agency, for its part, has called on both governments to publish the data on the reservoir.

Foreign policyOleg TarasinIlse Marvek
Kelmar says Varnia delays payments for transit of grain
According to the ministry, the debt has reached 40 million dollars
Fire at Dravsk oil depot extinguished — emergencies service
"There is no threat to residential buildings," the regional department said
Vosk port to remain closed until Friday, port authority says
''',
    s('Oleg Tarasin', 'Kelmar foreign ministry aide', 'Talks on Ostra river dam to resume in autumn', '',
      role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', 'Oleg Tarasin', 'the two delegations have agreed on a schedule of expert consultations',
      'According to', role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', 'Kelmar Foreign Ministry aide Oleg Tarasin',
      'The talks between Kelmar and Varnia on the future of the Ostra river dam will resume in October', 'told',
      role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', 'the diplomat',
      '"We have agreed that the expert groups will meet in Dravsk first, and the ministers will join them later,"',
      'said', 'direct', role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', '', '"Nobody expects a quick result, but the mood has changed."', '', 'direct',
      role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', 'Tarasin', 'the Varnian side has handed over its proposals on water quotas for the dry season',
      'According to', role='Kelmar Foreign Ministry aide'),
    s('Oleg Tarasin', 'He', 'Kelmar would study the document "carefully and without haste."', 'noted', 'mixed',
      role='Kelmar Foreign Ministry aide'),
    s('Ilse Marvek', 'Varnian Deputy Foreign Minister Ilse Marvek', 'her country was ready for "a fair compromise."',
      'said', 'mixed', role='Varnian Deputy Foreign Minister'),
    s('Ilse Marvek', 'Marvek', '"The water does not belong to one capital,"', 'said', 'direct',
      role='Varnian Deputy Foreign Minister'),
    s('Ilse Marvek', 'Marvek', 'the talks should also cover the fishing industry', 'adding',
      role='Varnian Deputy Foreign Minister'),
    s('Kelmar Ministry of Agriculture', 'The Kelmar Ministry of Agriculture',
      'farms in the south could lose a third of their harvest if the quotas stay unchanged', 'warned'),
    s('Dmitri Savrin', "Kelmar's chief negotiator on water issues, Dmitri Savrin",
      'the sides were "closer than ever" to a deal', 'told', 'mixed', role="Kelmar's chief negotiator on water issues"),
    s('Varnian environment agency', 'The Varnian environment agency',
      'both governments to publish the data on the reservoir', 'called on'),
    s('Kelmar', 'Kelmar', 'Varnia delays payments for transit of grain', 'says', region='related'),
    s('the ministry', 'the ministry', 'the debt has reached 40 million dollars', 'According to', region='related'),
    s('emergencies service', 'emergencies service', 'Fire at Dravsk oil depot extinguished', '', region='related'),
    s('the regional department', 'the regional department', '"There is no threat to residential buildings,"', 'said',
      'direct', region='related'),
    s('port authority', 'port authority', 'Vosk port to remain closed until Friday', 'says', region='related'),
)

doc('inv-02-readout-talks', 'Government of Halland', '2026-10-03', '''
Prime Minister Anja Rellström held talks with President of Lorvania Matei Cosunder
October 3, 2026
The talks took place in Halvik and were followed by a joint press conference.
During the talks, the leaders agreed on a joint plan to rebuild the Sava border crossing by the end of next year.
Prime Minister Rellström gave a positive assessment of the progress made in energy cooperation over the past twelve months.
Minister of Trade Jonas Edfelt reported:
1. Trade between the two countries grew by 14 percent in the first half of the year
2. The customs posts at Sava and Krell will switch to electronic declarations in January
3. Two joint ventures in shipbuilding are ready to start production
President Cosunder stressed:
- Lorvania considers Halland its key partner in the region
- The new rail link must be financed jointly, with a share for private investors
- Energy prices for households should not be the subject of political bargaining
Speaking after the talks, Foreign Minister Petra Alling said the border question had been discussed at length. The minister stressed:

On the border
• Both sides reject any unilateral steps on the Marsh river
• Border guards of the two countries will meet every month

On culture
• A Year of Lorvanian Culture will open in Halvik in March
The President's statement that Lorvania would not join the Tarn customs union was welcomed by the Hallandic delegation.
Prime Minister Rellström noted the following priorities for the coming year:
- The opening of a consulate in Brasova
- A common platform for student exchanges

At the press conference, Cosunder said the two countries would hold the next round of consultations in Lorvania in the spring. Answering a question about the gas dispute with Tarn, the President said that his government "will not be rushed into a bad contract." The head of the Lorvanian delegation also thanked the hosts for their hospitality.
''',
    s('Anja Rellström and Matei Cosunder', 'the leaders', 'a joint plan to rebuild the Sava border crossing by the end of next year',
      'agreed on'),
    s('Anja Rellström', 'Prime Minister Rellström',
      'the progress made in energy cooperation over the past twelve months', 'gave a positive assessment of',
      role='Prime Minister'),
    s('Jonas Edfelt', 'Minister of Trade Jonas Edfelt',
      'Trade between the two countries grew by 14 percent in the first half of the year', 'reported',
      role='Minister of Trade'),
    s('Jonas Edfelt', 'Minister of Trade Jonas Edfelt',
      'The customs posts at Sava and Krell will switch to electronic declarations in January', 'reported',
      role='Minister of Trade'),
    s('Jonas Edfelt', 'Minister of Trade Jonas Edfelt', 'Two joint ventures in shipbuilding are ready to start production',
      'reported', role='Minister of Trade'),
    s('Matei Cosunder', 'President Cosunder', 'Lorvania considers Halland its key partner in the region', 'stressed',
      role='President of Lorvania'),
    s('Matei Cosunder', 'President Cosunder', 'The new rail link must be financed jointly, with a share for private investors',
      'stressed', role='President of Lorvania'),
    s('Matei Cosunder', 'President Cosunder',
      'Energy prices for households should not be the subject of political bargaining', 'stressed',
      role='President of Lorvania'),
    s('Petra Alling', 'Foreign Minister Petra Alling', 'the border question had been discussed at length', 'said',
      role='Foreign Minister'),
    s('Petra Alling', 'The minister', 'Both sides reject any unilateral steps on the Marsh river', 'stressed',
      role='Foreign Minister'),
    s('Petra Alling', 'The minister', 'Border guards of the two countries will meet every month', 'stressed',
      role='Foreign Minister'),
    s('Petra Alling', 'The minister', 'A Year of Lorvanian Culture will open in Halvik in March', 'stressed',
      role='Foreign Minister'),
    s('Matei Cosunder', "The President", 'Lorvania would not join the Tarn customs union', 'statement',
      role='President of Lorvania'),
    s('Hallandic delegation', 'the Hallandic delegation', "The President's statement that Lorvania would not join the Tarn customs union", 'was welcomed'),
    s('Anja Rellström', 'Prime Minister Rellström', 'The opening of a consulate in Brasova', 'noted', role='Prime Minister'),
    s('Anja Rellström', 'Prime Minister Rellström', 'A common platform for student exchanges', 'noted', role='Prime Minister'),
    s('Matei Cosunder', 'Cosunder', 'the two countries would hold the next round of consultations in Lorvania in the spring',
      'said', role='President of Lorvania'),
    s('Matei Cosunder', 'the President', 'his government "will not be rushed into a bad contract."', 'said', 'mixed',
      role='President of Lorvania'),
)

doc('inv-03-transcript-port', 'Brennvik Harbour Ministry', '2026-11-17', '''
Transcript: Minister Halvorsen's press conference on the port reform

Harbour Minister Trine Halvorsen answered questions from journalists in Brennvik on Tuesday. Below is an excerpt.

Trine Halvorsen: Good afternoon. The reform of the port authority will be submitted to parliament next week. We expect the first changes to take effect in spring.

Question: The dockworkers' union says the reform will cost 800 jobs. Is that true?

Answer: No, that figure is wrong. Nobody will be dismissed; some posts will move to the new logistics centre.

Question: When will the Krona terminal reopen?

Trine Halvorsen: The engineers tell me the repairs will be finished by the end of November.

Per Lindqvist (Brennvik Post): Will the fees for fishing boats rise?

Trine Halvorsen: Fees for small fishing boats will stay at this year's level. For large trawlers we are considering a modest increase.

Question: Opposition deputies say the ministry hid the cost of the logistics centre. How much will it cost?

Trine Halvorsen: The figure is in the budget papers: 340 million crowns over four years. Nothing was hidden.

Question: Will you meet the dockworkers' union before the vote?

Trine Halvorsen: Yes. I have invited the union leadership to the ministry on Thursday, and I am told they have accepted.

Magnus Orre (Harbour Radio): Minister, some captains complain that the pilot service is too slow at night.

Trine Halvorsen: I have heard those complaints. The pilot service will get two more boats next year, and the night shift will be doubled.

The full transcript will be published on the ministry's website.
''',
    s('Trine Halvorsen', 'Trine Halvorsen',
      'Good afternoon. The reform of the port authority will be submitted to parliament next week. We expect the first changes to take effect in spring.',
      '', role='Harbour Minister'),
    s("The dockworkers' union", "The dockworkers' union", 'the reform will cost 800 jobs', 'says'),
    s('Trine Halvorsen', '',
      'No, that figure is wrong. Nobody will be dismissed; some posts will move to the new logistics centre.', '',
      role='Harbour Minister'),
    s('Trine Halvorsen', 'Trine Halvorsen',
      'The engineers tell me the repairs will be finished by the end of November.', '', role='Harbour Minister'),
    s('The engineers', 'The engineers', 'the repairs will be finished by the end of November', 'tell', nested=True,
      via='Trine Halvorsen'),
    s('Trine Halvorsen', 'Trine Halvorsen',
      "Fees for small fishing boats will stay at this year's level. For large trawlers we are considering a modest increase.",
      '', role='Harbour Minister'),
    s('Opposition deputies', 'Opposition deputies', 'the ministry hid the cost of the logistics centre', 'say'),
    s('Trine Halvorsen', 'Trine Halvorsen',
      'The figure is in the budget papers: 340 million crowns over four years. Nothing was hidden.', '',
      role='Harbour Minister'),
    s('Trine Halvorsen', 'Trine Halvorsen',
      'Yes. I have invited the union leadership to the ministry on Thursday, and I am told they have accepted.', '',
      role='Harbour Minister'),
    s('Magnus Orre', 'Magnus Orre', 'Minister, some captains complain that the pilot service is too slow at night.', ''),
    s('some captains', 'some captains', 'the pilot service is too slow at night', 'complain', nested=True,
      via='Magnus Orre'),
    s('Trine Halvorsen', 'Trine Halvorsen',
      'I have heard those complaints. The pilot service will get two more boats next year, and the night shift will be doubled.',
      '', role='Harbour Minister'),
)

doc('inv-04-page-tower', 'The Lakeside Courier', '2026-11-12', '''
City council approves Harbourfront tower despite residents' objections

By Dana Whitcombe, Staff Reporter
Published 6:45 p.m. ET Nov. 12, 2026

Photo: Council members vote on the Harbourfront proposal on Tuesday. (Marc Ouellet / The Lakeside Courier)

LAKESIDE, Ont. — City council voted 9-4 on Tuesday to approve a 38-storey tower on the Harbourfront lot, ending a two-year fight over the site.

Mayor Gwen Tillery called the vote "a turning point for the waterfront" and said the developer had agreed to build 120 affordable units.

READ MORE: Harbourfront tower plan goes back to the drawing board

Residents of the Bayview neighbourhood say the tower will block sunlight to the park and overwhelm local schools.

"We were never really consulted," said Hélène Brisbois, who chairs the Bayview Residents' Association. "The hearings were a formality."

WATCH: Residents rally against Harbourfront tower

Councillor Ravi Anand, who voted against the project, argued that the city should have required a traffic study first.

The developer, Northmark Properties, agreed to buy the neighbouring parking lot last spring. A company spokeswoman said construction could begin as early as March.

Markets: TSX 21,450.12 +0.4% | Dow 41,220.50 -0.2% | Loonie 73.10¢ US

Shares of Northmark added 3 percent after the vote.

Tillery, who was elected on a promise to build more housing, told reporters after the vote that she understood the residents' frustration. "But we cannot freeze the city in 1985," she said.

The Harbourfront lot has been empty since the cannery closed in 2019. LAKESIDE COURIER FILE PHOTO

Read also: Five things to know about the Harbourfront lot

Related stories
Mayor Tillery says transit fares will stay frozen in 2027
Province warns cities over rising housing costs
School board to close two Bayview schools, trustees say
''',
    s('Gwen Tillery', 'Mayor Gwen Tillery', 'the vote "a turning point for the waterfront"', 'called', 'mixed', role='Mayor'),
    s('Gwen Tillery', 'Mayor Gwen Tillery', 'the developer had agreed to build 120 affordable units', 'said', role='Mayor'),
    s('Residents of the Bayview neighbourhood', 'Residents of the Bayview neighbourhood',
      'the tower will block sunlight to the park and overwhelm local schools', 'say'),
    s('Hélène Brisbois', 'Hélène Brisbois', '"We were never really consulted,"', 'said', 'direct'),
    s('Hélène Brisbois', '', '"The hearings were a formality."', '', 'direct'),
    s('Ravi Anand', 'Councillor Ravi Anand', 'the city should have required a traffic study first', 'argued',
      role='Councillor'),
    s('A company spokeswoman', 'A company spokeswoman', 'construction could begin as early as March', 'said'),
    s('Gwen Tillery', 'Tillery', "she understood the residents' frustration", 'told', role='Mayor'),
    s('Gwen Tillery', 'she', '"But we cannot freeze the city in 1985,"', 'said', 'direct', role='Mayor'),
    s('Gwen Tillery', 'Mayor Tillery', 'transit fares will stay frozen in 2027', 'says', role='Mayor', region='related'),
    s('Province', 'Province', 'cities over rising housing costs', 'warns', region='related'),
    s('trustees', 'trustees', 'School board to close two Bayview schools', 'say', region='related'),
)

doc('inv-05-feature-captain', 'Vale City Chronicle', '2026-10-09', '''
Kestrels' new captain wants more than a trophy

By Leon Abernathy

The 41-year-old right wing insists that age is just a number. He has heard the jokes, and he does not mind them.

"I feel better than I did at 30," Tomas Brevik said after practice on Thursday. "My body tells me when to stop, and it is not telling me yet."

Brevik, who signed with the Vale City Kestrels in July, was named captain this week. Head coach Marion Dufresne said the decision was unanimous among the coaching staff.

The veteran scored 22 goals last season and added 31 assists.

Leadership off the ice

Off the ice, he has become a voice for the team's youth program. He told a group of parents last month that hockey clubs must do more to keep ticket prices within reach of families.

"Kids should not have to choose between a jersey and a school trip," he said.

The team's owner, Cordell Ashby, has promised to freeze prices for youth programs. Asked about Brevik's comments, the owner said he agreed "with every word."

The ministry's spokeswoman said on Friday that the provincial sports ministry would match private donations to youth clubs. The spokeswoman, Nadia Ferreira, noted that the program had a budget of $4 million.

Brevik's agent, Sven Kallio, said in a telephone interview that his client had turned down a larger offer from a team in Sweden. "Money was never the point for Tomas," Kallio said.

Numbers game

The index of season-ticket sales added 3 percent in October, according to league figures.

Dufresne is less sentimental. "He will play the minutes he earns," the coach said. "That is true for everyone in this room."
''',
    s('Tomas Brevik', 'The 41-year-old right wing', 'age is just a number', 'insists', role='right wing'),
    s('Tomas Brevik', 'Tomas Brevik', '"I feel better than I did at 30,"', 'said', 'direct', role='right wing'),
    s('Tomas Brevik', '', '"My body tells me when to stop, and it is not telling me yet."', '', 'direct',
      role='right wing'),
    s('Marion Dufresne', 'Head coach Marion Dufresne', 'the decision was unanimous among the coaching staff', 'said',
      role='Head coach'),
    s('Tomas Brevik', 'He', 'hockey clubs must do more to keep ticket prices within reach of families', 'told',
      role='right wing'),
    s('Tomas Brevik', 'he', '"Kids should not have to choose between a jersey and a school trip,"', 'said', 'direct',
      role='right wing'),
    s('Cordell Ashby', "The team's owner, Cordell Ashby", 'to freeze prices for youth programs', 'promised',
      role="The team's owner"),
    s('Cordell Ashby', 'the owner', 'he agreed "with every word."', 'said', 'mixed', role="The team's owner"),
    s('Nadia Ferreira', "The ministry's spokeswoman",
      'the provincial sports ministry would match private donations to youth clubs', 'said',
      role="The ministry's spokeswoman"),
    s('Nadia Ferreira', 'The spokeswoman, Nadia Ferreira', 'the program had a budget of $4 million', 'noted',
      role="The ministry's spokeswoman"),
    s('Sven Kallio', "Brevik's agent, Sven Kallio", 'his client had turned down a larger offer from a team in Sweden',
      'said', role="Brevik's agent"),
    s('Sven Kallio', 'Kallio', '"Money was never the point for Tomas,"', 'said', 'direct', role="Brevik's agent"),
    s('league figures', 'league figures', 'The index of season-ticket sales added 3 percent in October', 'according to'),
    s('Marion Dufresne', 'the coach', '"He will play the minutes he earns,"', 'said', 'direct', role='Head coach'),
    s('Marion Dufresne', '', '"That is true for everyone in this room."', '', 'direct', role='Head coach'),
)

doc_spans('inv-06-wire-fishing', 'Associated Wire', '2026-06-13', '''
Harbor nations sign fishing pact after all-night session

By ODA MERRIN
Associated Wire

SALTVIK, Nordmark (AW) — Ministers from five North Sea nations signed a fishing agreement early Saturday after a negotiating session that ran through the night, officials said.

The pact caps cod catches at 80,000 tons a year and sets up a joint patrol fleet, according to a draft seen by the Associated Wire.

Under the deal, each country will contribute two vessels to the patrol fleet, the Nordmark fisheries ministry said in a statement. Smaller boats under 12 meters will be exempt from the new quota system until 2029, it said.

The talks nearly collapsed on Friday evening when the Vestland delegation walked out for two hours, according to two people familiar with the negotiations.

"It is not perfect," said Nordmark's fisheries minister, Eirik Dahle. "But for the first time, everybody at the table has agreed to the same numbers."

Dahle said the patrol fleet would begin operating in the spring. Asked whether smaller fishing communities would be compensated, he said the ministers would discuss a fund at their next meeting.

Karin Solberg, who led the delegation of Vestland, was more cautious. The agreement, she said, "will only work if the inspectors have real powers."

"We have signed treaties before," the diplomat told reporters. "Paper does not catch fish."

Environmental groups criticized the deal. The Blue Shelf Alliance said in a statement that the quotas were "far above what the science allows."

A spokesman for the alliance, Jonas Wik, said the group would ask the European court to review the pact.

Fishermen in Saltvik harbor had mixed feelings. "At least we know the rules now," said Arne Fossum, 58, who has fished these waters for four decades.
''',
    s('officials', 'officials',
      'Ministers from five North Sea nations signed a fishing agreement early Saturday after a negotiating session that ran through the night',
      'said'),
    s('a draft', 'a draft seen by the Associated Wire',
      'The pact caps cod catches at 80,000 tons a year and sets up a joint patrol fleet', 'according to'),
    s('Nordmark fisheries ministry', 'the Nordmark fisheries ministry',
      'each country will contribute two vessels to the patrol fleet', 'said'),
    s('Nordmark fisheries ministry', 'it',
      'Smaller boats under 12 meters will be exempt from the new quota system until 2029', 'said'),
    s('two people familiar with the negotiations', 'two people familiar with the negotiations',
      'The talks nearly collapsed on Friday evening when the Vestland delegation walked out for two hours',
      'according to'),
    s('Eirik Dahle', "Nordmark's fisheries minister, Eirik Dahle", '"It is not perfect,"', 'said', 'direct',
      role="Nordmark's fisheries minister"),
    s('Eirik Dahle', '', '"But for the first time, everybody at the table has agreed to the same numbers."', '', 'direct',
      role="Nordmark's fisheries minister"),
    s('Eirik Dahle', 'Dahle', 'the patrol fleet would begin operating in the spring', 'said',
      role="Nordmark's fisheries minister"),
    s('Eirik Dahle', 'he', 'the ministers would discuss a fund at their next meeting', 'said',
      role="Nordmark's fisheries minister"),
    s('Karin Solberg', 'she', ['The agreement', '"will only work if the inspectors have real powers."'], 'said', 'mixed',
      anchor='was more cautious.'),
    s('Karin Solberg', 'the diplomat', '"We have signed treaties before,"', 'told', 'direct'),
    s('Karin Solberg', '', '"Paper does not catch fish."', '', 'direct'),
    s('Environmental groups', 'Environmental groups', 'the deal', 'criticized'),
    s('Blue Shelf Alliance', 'The Blue Shelf Alliance', 'the quotas were "far above what the science allows."', 'said',
      'mixed'),
    s('Jonas Wik', 'A spokesman for the alliance, Jonas Wik',
      'the group would ask the European court to review the pact', 'said', role='A spokesman for the alliance'),
    s('Arne Fossum', 'Arne Fossum', '"At least we know the rules now,"', 'said', 'direct'),
)

doc('inv-07-readout-ambassador', 'Ministry of Foreign Affairs of Ostrava', '2026-11-18', '''
Ministry of Foreign Affairs of the Republic of Ostrava
Press release No. 412

On the meeting of Deputy Minister Lena Korsak with the Ambassador of Tarnland

On 18 November, Deputy Minister of Foreign Affairs Lena Korsak received the Ambassador of Tarnland to the Republic of Ostrava, Hugo Veldman, at his request.

The sides discussed the state of bilateral relations and preparations for the visit of the Tarnish Prime Minister.

Lena Korsak expressed concern over the detention of three Ostravan citizens in the port of Velsen, adding that the consular service had not been informed in time.

The Deputy Minister made the following points:

1) The Ostravan side expects the citizens to be released without delay;
2) Consular access must be granted within 24 hours, as provided for by the 1993 consular convention;
3) Any further restrictions on Ostravan vessels would be regarded as an unfriendly step.

The Ambassador assured that the Tarnish authorities were examining the case and promised to inform the ministry of the results.

Hugo Veldman also gave an assessment of the prospects for economic cooperation, noting that trade turnover had doubled since 2022.

The Ministry notes with regret the Tarnish Interior Minister's statement that the detained sailors had "violated the sanitary regime." Such claims are not supported by any evidence.

Replying to the Ambassador, Lena Korsak pointed out that Ostravan fishing vessels had been inspected eleven times since the beginning of the year, more than in the previous three years combined.

The Ostravan side also handed over a note demanding an official explanation of the reasons for the detention.

The parties agreed to continue contacts through diplomatic channels.
''',
    s('Lena Korsak', 'Lena Korsak', 'concern over the detention of three Ostravan citizens in the port of Velsen', 'expressed',
      role='Deputy Minister of Foreign Affairs'),
    s('Lena Korsak', 'Lena Korsak', 'the consular service had not been informed in time', 'adding',
      role='Deputy Minister of Foreign Affairs'),
    s('Lena Korsak', 'The Deputy Minister', 'The Ostravan side expects the citizens to be released without delay', 'made',
      role='Deputy Minister of Foreign Affairs'),
    s('Lena Korsak', 'The Deputy Minister',
      'Consular access must be granted within 24 hours, as provided for by the 1993 consular convention', 'made',
      role='Deputy Minister of Foreign Affairs'),
    s('Lena Korsak', 'The Deputy Minister', 'Any further restrictions on Ostravan vessels would be regarded as an unfriendly step',
      'made', role='Deputy Minister of Foreign Affairs'),
    s('Hugo Veldman', 'The Ambassador', 'the Tarnish authorities were examining the case', 'assured',
      role='Ambassador of Tarnland'),
    s('Hugo Veldman', 'The Ambassador', 'to inform the ministry of the results', 'promised', role='Ambassador of Tarnland'),
    s('Hugo Veldman', 'Hugo Veldman', 'the prospects for economic cooperation', 'gave an assessment of',
      role='Ambassador of Tarnland'),
    s('Hugo Veldman', 'Hugo Veldman', 'trade turnover had doubled since 2022', 'noting', role='Ambassador of Tarnland'),
    s('Lena Korsak', 'Lena Korsak',
      'Ostravan fishing vessels had been inspected eleven times since the beginning of the year, more than in the previous three years combined',
      'pointed out', role='Deputy Minister of Foreign Affairs'),
    s('The Ostravan side', 'a note', 'an official explanation of the reasons for the detention', 'demanding'),
    s('Ministry of Foreign Affairs of the Republic of Ostrava', 'The Ministry',
      'the Tarnish Interior Minister\'s statement that the detained sailors had "violated the sanitary regime."', 'notes',
      'mixed'),
    s('Tarnish Interior Minister', "the Tarnish Interior Minister's",
      'the detained sailors had "violated the sanitary regime."', 'statement', 'mixed', nested=True,
      via='Ministry of Foreign Affairs of the Republic of Ostrava'),
)

doc('inv-08-wire-rates', 'Meridian', '2026-03-09', '''
UPDATE 2-Marlow central bank holds rates, signals cut in spring

(Adds analyst comment, details on currency in paragraphs 6-8)

By Priya Castellan

PORT ELLIS, March 9 (Meridian) - The central bank of Marlow held its main interest rate at 6.5% on Thursday but signalled it could start cutting in the spring if inflation keeps slowing.

"The disinflation process is well under way," Governor Adaeze Okonkwo told a news conference. "We will not wait for inflation to reach the target before we act."

The bank's statement said price growth had eased to 4.1% in February from 5.3% a month earlier.

Okonkwo, who took office in 2024, said the board had discussed a cut of 25 basis points, but most members preferred to wait for March data.

Okonkwo declined to say whether the board would cut rates at its next meeting in April. "Every meeting is live," she said.

Some board members worried that a weaker currency could push import prices higher, according to minutes of the February meeting published last week.

The decision was in line with a Meridian poll of analysts. "The tone was more dovish than we thought," said Tobias Renn, chief economist at Harwick Capital in Port Ellis. He expects two cuts by June.

The Marlow dollar weakened 0.6% against the U.S. currency after the announcement.

Finance Minister Caleb Oduya welcomed the decision, saying it would support investment in the housing sector.

The opposition Labour Front said the bank was "moving too slowly" and accused the government of ignoring the cost of living.

($1 = 3.62 Marlow dollars)

(Reporting by Priya Castellan; Editing by Sam Holt)
''',
    s('central bank of Marlow', 'Marlow central bank', 'cut in spring', 'signals'),
    s('central bank of Marlow', 'The central bank of Marlow',
      'it could start cutting in the spring if inflation keeps slowing', 'signalled'),
    s('Adaeze Okonkwo', 'Governor Adaeze Okonkwo', '"The disinflation process is well under way,"', 'told', 'direct',
      role='Governor'),
    s('Adaeze Okonkwo', '', '"We will not wait for inflation to reach the target before we act."', '', 'direct',
      role='Governor'),
    s('central bank of Marlow', "The bank's statement",
      'price growth had eased to 4.1% in February from 5.3% a month earlier', 'said'),
    s('Adaeze Okonkwo', 'Okonkwo',
      'the board had discussed a cut of 25 basis points, but most members preferred to wait for March data', 'said',
      role='Governor'),
    s('Adaeze Okonkwo', 'she', '"Every meeting is live,"', 'said', 'direct', role='Governor'),
    s('Some board members', 'Some board members', 'a weaker currency could push import prices higher', 'worried'),
    s('Tobias Renn', 'Tobias Renn', '"The tone was more dovish than we thought,"', 'said', 'direct',
      role='chief economist at Harwick Capital'),
    s('Tobias Renn', 'He', 'two cuts by June', 'expects', role='chief economist at Harwick Capital'),
    s('Caleb Oduya', 'Finance Minister Caleb Oduya', 'the decision', 'welcomed', role='Finance Minister'),
    s('Caleb Oduya', 'Finance Minister Caleb Oduya', 'it would support investment in the housing sector', 'saying',
      role='Finance Minister'),
    s('Labour Front', 'The opposition Labour Front', 'the bank was "moving too slowly"', 'said', 'mixed'),
    s('Labour Front', 'The opposition Labour Front', 'the government of ignoring the cost of living', 'accused'),
)

doc('inv-09-wire-pipeline', 'NORDPRESS', '2026-07-22', '''
Rostavia ready to supply gas to Kelm via new pipeline from 2028 — energy minister

The minister noted that the construction of the Northern Line is 60% complete

ZALESK, July 22. /NORDPRESS/. Rostavia is ready to start gas supplies to Kelm through the Northern Line pipeline in 2028, Rostavian Energy Minister Arkady Belen said in an interview with the Zalesk Herald newspaper published on Tuesday.

"The construction of the Northern Line is 60% complete, and we see no technical obstacles," the minister noted. According to him, the two sides are still negotiating the price formula.

Belen added that Kelm's state company had asked for a longer contract, "for at least 25 years."

Earlier, a source in the Kelmish government told NORDPRESS that the pipeline could be extended to the port of Varna. "The idea has been discussed at the expert level, but no decision has been taken," the source said.

Kelmish Prime Minister Yelena Dorn said on Monday that her country needed "reliable and affordable energy" and would not make its choice "under pressure from anyone."

Commenting on the statement by the Tarnian foreign ministry that the project threatened Europe's energy security, Belen said: "Our partners in Tarn should worry about their own pipelines."

In June, Belen told the Rostavian parliament that the project would cost about 7 billion dollars. Analysts at the Zalesk Institute for Energy Studies estimate that the real cost will be at least a third higher.

Kelmish environmental groups have urged the government to hold public hearings on the route, which crosses two nature reserves.

The Northern Line is designed to carry up to 20 billion cubic meters of gas a year.
''',
    s('Arkady Belen', 'energy minister', 'Rostavia ready to supply gas to Kelm via new pipeline from 2028', '',
      role='Rostavian Energy Minister'),
    s('Arkady Belen', 'The minister', 'the construction of the Northern Line is 60% complete', 'noted',
      role='Rostavian Energy Minister'),
    s('Arkady Belen', 'Rostavian Energy Minister Arkady Belen',
      'Rostavia is ready to start gas supplies to Kelm through the Northern Line pipeline in 2028', 'said',
      role='Rostavian Energy Minister'),
    s('Arkady Belen', 'the minister',
      '"The construction of the Northern Line is 60% complete, and we see no technical obstacles,"', 'noted', 'direct',
      role='Rostavian Energy Minister'),
    s('Arkady Belen', 'him', 'the two sides are still negotiating the price formula', 'According to',
      role='Rostavian Energy Minister'),
    s('Arkady Belen', 'Belen', 'Kelm\'s state company had asked for a longer contract, "for at least 25 years."', 'added',
      'mixed', role='Rostavian Energy Minister'),
    s('a source in the Kelmish government', 'a source in the Kelmish government',
      'the pipeline could be extended to the port of Varna', 'told'),
    s('the source', 'the source', '"The idea has been discussed at the expert level, but no decision has been taken,"',
      'said', 'direct'),
    s('Yelena Dorn', 'Kelmish Prime Minister Yelena Dorn',
      'her country needed "reliable and affordable energy" and would not make its choice "under pressure from anyone."',
      'said', 'mixed', role='Kelmish Prime Minister'),
    s('Tarnian foreign ministry', 'the Tarnian foreign ministry', "the project threatened Europe's energy security",
      'statement'),
    s('Arkady Belen', 'Belen', 'the project would cost about 7 billion dollars', 'told', role='Rostavian Energy Minister'),
    s('Analysts at the Zalesk Institute for Energy Studies', 'Analysts at the Zalesk Institute for Energy Studies',
      'the real cost will be at least a third higher', 'estimate'),
    s('Kelmish environmental groups', 'Kelmish environmental groups',
      'the government to hold public hearings on the route, which crosses two nature reserves', 'urged'),
    s('Arkady Belen', 'Belen', '"Our partners in Tarn should worry about their own pipelines."', 'said', 'direct',
      role='Rostavian Energy Minister'),
)

doc('inv-10-interview-ambassador', 'NORDPRESS', '2026-12-01', '''
Ambassador Miro Halonen: Kelm and Tarn must return to dialogue

The Tarnish ambassador to Kelm, Miro Halonen, spoke to NORDPRESS about the state of relations between the two countries, the detained fishermen and the upcoming elections.

Halonen, 56, has headed the embassy in Kelm since 2023. Before that he served as Tarn's deputy foreign minister.

Question: Mr. Ambassador, how would you describe relations between Tarn and Kelm today?

Answer: They are going through a difficult period, I will not hide it. But our countries have too much in common to stop talking. Trade has not stopped for a single day.

Question: Kelm's foreign minister said last week that Tarn was preparing new sanctions. Is that true?

Answer: I have read that statement. There are no such plans in Kolvik. We are interested in lifting restrictions, not adding new ones.

Question: What about the fishermen detained in October?

Answer: Three of them have already returned home. The cases of the other two are being reviewed by the court, and I hope for a humane decision.

Question: The opposition in Tarn accuses the government of neglecting the Kelmish minority. What do you say to that?

Answer: Every citizen of Tarn has the same rights. The minority schools in Kolvik are financed better than ever.

Question: Will you observe the elections in Kelm?

Answer: Our embassy will follow them closely, as all embassies do. We hope they will be free and calm.

Question: Some Kelmish newspapers write that Tarn wants to close the border crossing at Ulm. Is that so?

Answer: No. The crossing at Ulm will stay open; we have just renovated it.

Read also
Tarn recalls ambassador for consultations — foreign ministry
Kelm to open new border crossing in December

Photo: Miro Halonen. © Ivan Sorel/NORDPRESS
''',
    s('Miro Halonen', 'Ambassador Miro Halonen', 'Kelm and Tarn must return to dialogue', '', role='Tarnish ambassador to Kelm'),
    s('Miro Halonen', 'The Tarnish ambassador to Kelm, Miro Halonen',
      'the state of relations between the two countries, the detained fishermen and the upcoming elections', 'spoke',
      role='Tarnish ambassador to Kelm'),
    s('Miro Halonen', '',
      'They are going through a difficult period, I will not hide it. But our countries have too much in common to stop talking. Trade has not stopped for a single day.',
      '', role='Tarnish ambassador to Kelm'),
    s("Kelm's foreign minister", "Kelm's foreign minister", 'Tarn was preparing new sanctions', 'said'),
    s('Miro Halonen', '',
      'I have read that statement. There are no such plans in Kolvik. We are interested in lifting restrictions, not adding new ones.',
      '', role='Tarnish ambassador to Kelm'),
    s('Miro Halonen', '',
      'Three of them have already returned home. The cases of the other two are being reviewed by the court, and I hope for a humane decision.',
      '', role='Tarnish ambassador to Kelm'),
    s('The opposition in Tarn', 'The opposition in Tarn', 'the government of neglecting the Kelmish minority', 'accuses'),
    s('Miro Halonen', '', 'Every citizen of Tarn has the same rights. The minority schools in Kolvik are financed better than ever.',
      '', role='Tarnish ambassador to Kelm'),
    s('Miro Halonen', '', 'Our embassy will follow them closely, as all embassies do. We hope they will be free and calm.',
      '', role='Tarnish ambassador to Kelm'),
    s('Some Kelmish newspapers', 'Some Kelmish newspapers', 'Tarn wants to close the border crossing at Ulm', 'write'),
    s('Miro Halonen', '', 'No. The crossing at Ulm will stay open; we have just renovated it.', '',
      role='Tarnish ambassador to Kelm'),
    s('foreign ministry', 'foreign ministry', 'Tarn recalls ambassador for consultations', '', region='related'),
)

doc_spans('inv-11-paper-fire', 'The Dunmore Ledger', '2026-02-12', '''
Fire chief says budget cuts left Dunmore stations understaffed

By Carla Benedetti
The Dunmore Ledger

DUNMORE, Pa. — Two of Dunmore's five fire stations operated with fewer than three firefighters on most nights last year, the city's fire chief told council members Wednesday, blaming budget cuts approved in 2025.

Chief Walter Osei said response times in the east end had grown by almost two minutes.

"We are asking people to do more with less, and at some point that stops working," Osei said.

Osei, a 27-year veteran of the department, said he had warned the council about staffing in a memo last spring. The memo, obtained by the Ledger, says the department "cannot guarantee safe staffing levels" without new hires.

City Manager Brenda Kowalczyk disputed the chief's figures. In an email, she said the city had hired six firefighters since January and that overtime spending was "under control."

Kowalczyk said the memo had been "taken seriously" and noted that the 2027 budget adds money for four positions.

A firefighter who spoke on condition of anonymity because he was not authorized to talk to reporters said crews had been told not to request overtime in December.

According to a report by the state fire marshal's office, the department met national staffing standards on only 41 percent of calls in 2026.

Council President Dwayne Hollis called for a hearing next month. "The residents deserve straight answers," he said, "and so does the chief."

The union representing Dunmore firefighters, IAFF Local 1190, has filed a grievance over the overtime rules. Its president, Marcy Llewellyn, declined to comment.
''',
    s('Walter Osei', 'Fire chief', 'budget cuts left Dunmore stations understaffed', 'says', role='fire chief'),
    s('Walter Osei', "the city's fire chief",
      "Two of Dunmore's five fire stations operated with fewer than three firefighters on most nights last year", 'told',
      role='fire chief'),
    s('Walter Osei', "the city's fire chief", 'budget cuts approved in 2025', 'blaming', role='fire chief'),
    s('Walter Osei', 'Chief Walter Osei', 'response times in the east end had grown by almost two minutes', 'said',
      role='fire chief'),
    s('Walter Osei', 'Osei', '"We are asking people to do more with less, and at some point that stops working,"', 'said',
      'direct', role='fire chief'),
    s('Walter Osei', 'Osei', 'he had warned the council about staffing in a memo last spring', 'said', role='fire chief'),
    s('The memo', 'The memo', 'the department "cannot guarantee safe staffing levels" without new hires', 'says', 'mixed'),
    s('Brenda Kowalczyk', 'City Manager Brenda Kowalczyk', "the chief's figures", 'disputed', role='City Manager'),
    s('Brenda Kowalczyk', 'she',
      'the city had hired six firefighters since January and that overtime spending was "under control."', 'said', 'mixed',
      role='City Manager'),
    s('Brenda Kowalczyk', 'Kowalczyk', 'the memo had been "taken seriously"', 'said', 'mixed', role='City Manager'),
    s('Brenda Kowalczyk', 'Kowalczyk', 'the 2027 budget adds money for four positions', 'noted', role='City Manager'),
    s('A firefighter', 'A firefighter', 'crews had been told not to request overtime in December', 'said'),
    s("state fire marshal's office", "a report by the state fire marshal's office",
      'the department met national staffing standards on only 41 percent of calls in 2026', 'According to'),
    s('Dwayne Hollis', 'Council President Dwayne Hollis', 'a hearing next month', 'called for', role='Council President'),
    s('Dwayne Hollis', 'he', ['"The residents deserve straight answers,"', '"and so does the chief."'], 'said', 'direct',
      role='Council President'),
)

doc('inv-12-wire-markets', 'Meridian', '2026-04-02', '''
Stocks end higher as Harlow Mining agrees to buy rival

MARKETS WRAP

By Ines Carvalho

NEW BRIGHTON, April 2 (Meridian) - Shares in New Brighton closed higher on Wednesday, led by miners after Harlow Mining agreed to buy its smaller rival Copperline for 2.3 billion dollars.

The NB-40 index added 1.2 percent, its biggest gain in three weeks, while the mining sub-index jumped 4.1 percent.

Harlow said in a filing that the deal would make it the country's largest copper producer and would be completed by the end of the year. Chief Executive Ruth Amadi told analysts on a call that the company expected savings of about 150 million dollars a year.

"This is the right asset at the right price," Amadi said.

Copperline's board said it supported the offer and advised shareholders to accept it.

Traders said the rally was also helped by hopes of lower interest rates. "People are looking for any reason to buy," said Mikkel Rask, a trader at Brightwater Securities.

Not everyone was convinced. Analysts at Dovecote Research warned that copper prices could fall sharply if demand from the construction sector stayed weak.

The local currency added 0.3 percent against the dollar.

Oil producer Tarrant Energy fell 2.8 percent after it cut its production forecast for the year. The company blamed maintenance delays at its offshore platform.

Elsewhere, shares of retailer Fenwick & Dale slid 3.5 percent after the company said first-quarter sales had fallen short of its own target. Fenwick's finance director, Alan Prosser, said the cold March had kept shoppers away from stores, but he insisted that the full-year outlook was unchanged.

KEY FIGURES
NB-40: 8,412.55 +1.2%
Mining sub-index: 3,201.10 +4.1%
Copper (3-month): $9,870/t -0.4%

(Reporting by Ines Carvalho; Editing by Tom Marsh)
''',
    s('Harlow Mining', 'Harlow',
      "the deal would make it the country's largest copper producer and would be completed by the end of the year", 'said'),
    s('Ruth Amadi', 'Chief Executive Ruth Amadi', 'the company expected savings of about 150 million dollars a year', 'told',
      role='Chief Executive'),
    s('Ruth Amadi', 'Amadi', '"This is the right asset at the right price,"', 'said', 'direct', role='Chief Executive'),
    s("Copperline's board", "Copperline's board", 'it supported the offer and advised shareholders to accept it', 'said'),
    s('Traders', 'Traders', 'the rally was also helped by hopes of lower interest rates', 'said'),
    s('Mikkel Rask', 'Mikkel Rask', '"People are looking for any reason to buy,"', 'said', 'direct',
      role='a trader at Brightwater Securities'),
    s('Analysts at Dovecote Research', 'Analysts at Dovecote Research',
      'copper prices could fall sharply if demand from the construction sector stayed weak', 'warned'),
    s('Tarrant Energy', 'The company', 'maintenance delays at its offshore platform', 'blamed'),
    s('Fenwick & Dale', 'the company', 'first-quarter sales had fallen short of its own target', 'said'),
    s('Alan Prosser', "Fenwick's finance director, Alan Prosser", 'the cold March had kept shoppers away from stores', 'said',
      role="Fenwick's finance director"),
    s('Alan Prosser', 'he', 'the full-year outlook was unchanged', 'insisted', role="Fenwick's finance director"),
)

doc('inv-13-readout-call', 'Office of the President of Valdoria', '2026-05-19', '''
Telephone conversation with President of Serania Aurel Banescu

President of Valdoria Konstantin Ilyashev had a telephone conversation with President of Serania Aurel Banescu.

The two leaders discussed the situation in the Dorna basin. Konstantin Ilyashev informed his counterpart about the measures taken to restore the water supply to the border districts.

Aurel Banescu expressed condolences over the victims of the floods in the Valdorian north and said that Serania was ready to send rescue teams and medical supplies.

The President of Valdoria gave a detailed assessment of the damage, noting that more than 40,000 people had been evacuated and that the reconstruction of the Dorna bridges would take at least two years.

The leaders agreed on the need to coordinate the work of the two countries' emergency services and instructed their governments to prepare a joint flood-prevention programme.

Konstantin Ilyashev emphasized the importance of the intergovernmental commission, which has not met since 2024. According to the Valdorian leader, "the commission must resume its work without any preconditions."

Ilyashev's press secretary, Darya Molchan, told reporters after the call that the conversation had been "constructive and frank." She added that the presidents had not discussed the gas transit issue.

Aurel Banescu informed the Valdorian President that the Seranian parliament had ratified the agreement on the joint use of the Dorna reservoir. Konstantin Ilyashev welcomed the decision and stressed that Valdoria would complete its own ratification procedures before the end of the year.

The two Presidents agreed to stay in contact.
''',
    s('Aurel Banescu', 'Aurel Banescu', 'Serania was ready to send rescue teams and medical supplies', 'said',
      role='President of Serania'),
    s('Konstantin Ilyashev', 'The President of Valdoria', 'the damage', 'gave a detailed assessment of',
      role='President of Valdoria'),
    s('Konstantin Ilyashev', 'The President of Valdoria',
      'more than 40,000 people had been evacuated and that the reconstruction of the Dorna bridges would take at least two years',
      'noting', role='President of Valdoria'),
    s('Konstantin Ilyashev and Aurel Banescu', 'The leaders', "the need to coordinate the work of the two countries' emergency services", 'agreed on'),
    s('Konstantin Ilyashev and Aurel Banescu', 'The leaders', 'their governments to prepare a joint flood-prevention programme', 'instructed'),
    s('Konstantin Ilyashev', 'Konstantin Ilyashev',
      'the importance of the intergovernmental commission, which has not met since 2024', 'emphasized',
      role='President of Valdoria'),
    s('Konstantin Ilyashev', 'the Valdorian leader', '"the commission must resume its work without any preconditions."',
      'According to', 'direct', role='President of Valdoria'),
    s('Darya Molchan', "Ilyashev's press secretary, Darya Molchan", 'the conversation had been "constructive and frank."',
      'told', 'mixed', role="Ilyashev's press secretary"),
    s('Darya Molchan', 'She', 'the presidents had not discussed the gas transit issue', 'added',
      role="Ilyashev's press secretary"),
    s('Aurel Banescu', 'Aurel Banescu',
      'the Seranian parliament had ratified the agreement on the joint use of the Dorna reservoir', 'informed',
      role='President of Serania'),
    s('Konstantin Ilyashev', 'Konstantin Ilyashev', 'the decision', 'welcomed', role='President of Valdoria'),
    s('Konstantin Ilyashev', 'Konstantin Ilyashev',
      'Valdoria would complete its own ratification procedures before the end of the year', 'stressed',
      role='President of Valdoria'),
)


if __name__ == '__main__':
    write('invented_gold.jsonl')
