#!/usr/bin/env python3
"""Builds invented set R: wire stories and government texts weighted over newspaper articles (the held-out kinds where
resolution is weakest), written unseen in session 35 by "writer" (issues 9 and 10).

Six wire stories: a "GLOBAL MARKETS-" wrap (asterisk summary lines, one with "Central bank chief says ...", "with the
central bank's governor saying", "told a parliamentary committee" then "She said ..., but warned that" (two), "according
to Halyard calculations based on overnight index swaps", a CFO who "told analysts on a call", "said on state television
..., comments traders read as ..." (the narrator's noun phrase ends the content), "Strategists at ... said in a note"
and "They recommended"; cue words in other senses: "added 0.9%", "pointed to a weaker open", "having claimed a one-month
high", "cut its ... forecast, citing ..." (none)); a football semifinal wrap ("added a second", "denied her a hat trick"
(none), "the referee ruled that" (the referee named two paragraphs later), "praised his players' 'nerve' and said"
(two), "has said he will retire", a captain's "said" then her quotes, police and a police spokeswoman); a TASS-style
story ("— foreign minister" headline dash, a deck with "..., X stressed", "/KORPRESS/." dateline, "the minister",
"According to him," with Kelvaro's nested demand and Vardansk's nested "considers", "the head of Thessmarian diplomacy
noted", "for her part, stressed", "In her words,", a ministry's "press service told", "Earlier, ... said", a tag line
and two "Read also" teasers with ledes, region "related"); an "UPDATE 2-" story with a "-sources" headline ("three
people with knowledge of the matter said", "one of the sources said", "A draft presidential decree, seen by Halyard,
says", "did not respond to a request for comment" (none), "has said repeatedly", a company statement "that it '...' but
that ...", an analyst's quotes and "She estimated", "said through a commerce ministry spokesman", "according to the
investment ministry, though environmental groups say"); an AP-style runway accident ("officials said" after the lede,
"The airline said in a statement", "Flight-tracking data showed", "told The Pennock Press by phone", "a man who gave
only his first name, Ilias," with the pilot's nested warning, an authority and "Its director", a union's post, "rejected
the claim, saying" (two), "praised the cabin crew" then her quote, "airport officials said"); an oil producers' meeting
("..., delegates say" headline, "four delegates said", "two of the delegates said, speaking on condition of anonymity"
with Zabrenia's nested "opposed it", "A draft of the final communique, seen by Halyard, says", "told reporters on
arriving", "in what delegates took as a reference to" (none), "Analysts said" then a named analyst, "the CPES
secretariat said in a statement", "added", "told Halyard", "according to the communique").

Five government texts: a foreign ministry's readout of a minister receiving an ambassador (courtesies "received",
"congratulated", "wished him success" and "discussed" (none), three bullets after "The Minister stressed:" with three
dashed sub-bullets under "the priority areas are:", "assured the Minister that", "noted that ... and informed ... about"
(one), "drew the Ambassador's attention to ..., noting that" (one), "promised to", "The sides agreed" (the two named
people), a phone call with "reiterated", "expressed concern over" and "informed ... and said" (one)); a joint statement
of two governments in prose ("The two Prime Ministers noted", "The two governments", "Both sides", "The Ardunian side",
"The Thessmarian side supported", "informed" and "thanked" (none)); a foreign-ministry briefing in "Question:"/"Answer:"
turns (a named opening turn of two paragraphs and a schedule, question premises "The Kelvaran energy minister said on
Monday that", "has called on", "According to the opposition newspaper ...", "The Pelandrian foreign minister said last
week that", "There are reports that" (none), a two-paragraph answer, "According to the Kelvaran side" nested in an
answer, a courtesy close); a president's meeting transcript in "Name Surname:" turns (greetings, "Mr Tollefsen,
please, the situation first." and questions are none; an instruction "please see that this is done within a week" and
"It will be done, Mr President." are statements); a ministry's scraped news page (skip link, menus, breadcrumbs, a
"Name: ..." headline, "Published: | Updated:", "Print | A A+", "the Minister said that, according to operational data,"
with the data's nested statement, "the head of the Ministry stressed", a farmer who "told the Minister" and "asked the
Ministry to", "According to Deputy Minister ..., who accompanied the Minister,", "instructed ... to", a photo credit,
share and tag lines, a "Related news" list of four teasers with dates (a "Name: ..." teaser, "Ministry says", a
teaser without a cue (none), a "— dairy union" dash with the farmers' nested "call for"), footer).

Five North American newspaper articles: a bribery verdict ("defense vows appeal" headline (the lawyer the story names),
"Prosecutor calls verdict '...'" deck, "found ... guilty" and "acquitted" (none), "His lawyer, ..., said", ", referring
to ..." (the narrator's), "who pleaded guilty last year" (relative clause, none) and "testified under a cooperation
agreement" (none), "He told jurors", "said on the stand", "The defense argued", "who testified in his own defense, told
jurors", "has maintained throughout that", "Prosecutors countered that", "called the loan story '...'", a judge's "She
told him", a mayor's statement, a resident's "said he had helped" then her quotes); a city budget (a "Mayor calls it
'...'; library users say ..." deck, "according to the city's finance department", "who had promised during her 2022
campaign to ..." (a statement, see below) and "acknowledged that", "told council before the vote", a CFO's "told
councillors" and "A report by his department warned", "moved to" and "The motion failed" (none), "opposed the motion"
(a position), "one of four councillors who voted against the budget, said", "Several held signs reading '...'"
(none), "a measure the mayor said residents had asked for '...'"); a supermarket takeover ("..., buyer says; union seeks
job guarantees" deck, "the two companies announced", "said in an interview", "told analysts on a conference call" and
"He said", "He did not say whether" (none), "wrote in a note to clients" and "she wrote", "said it would review ... but
declined to comment further", a local and its president, "According to the purchase agreement, filed with securities
regulators", "Some customers were wary." (none), a shopper); a local feature on a ferry captain's last crossing ("By his
own count", his quotes across paragraphs, "His wife, Marisela," and "She said" then "she said, laughing", the deckhand's
"He said" with the captain's nested "He just said, '...'", "Islanders said", a store owner, "presented ... and announced
that", the new captain's "She said" after "The county has hired ...", "Asked what he would do now, ... said"); a long
profile of a hospital's new chief of staff (a headline quote with no cue, her quotes and "she" across the paragraphs of
her mentor, a union president, a board chair, a veteran nurse, a patient's father and her daughter; "He said" of the
mentor after a sentence about her; "She laughed when the remark was read to her." (none); a union local unnamed at
first and named two sentences later in its president's title; "the new chief", "the veteran nurse" (named in the
sentence before), "A provincial review ... found", "remembers the surgeon sitting ...", "..., he said" closing a
narrator-like sentence, the daughter's "her mother had warned her" nested).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md, the README's settled conventions (an expressed
position with a noun object is a statement: "praised his players' 'nerve'", "rejected the claim", "opposed the motion",
"supported Ardune's candidacy", "welcomed the readiness", "reiterated Pelandria's support", "expressed concern over";
courtesies and acts are not: "congratulated", "thanked", "received", "informed ... about", "moved to", "acquitted",
"found ... guilty", "offered to host" inside a report; groups whose members the document names speak as them:
"The sides" of the meeting, "The two Prime Ministers", "the two companies"; "the two governments" of the joint
statement are the two states) and the conventions of sets N-Q, and committed before the extractor first ran on the
texts. Names of people, places, bodies and outlets checked with grep against sets A-Q and the seeds (full names
unique; a few shared surname parts remain, as in earlier sets). Decided here:
- "The two governments" of the joint statement are the two states (the README's convention); "The two Prime
  Ministers", "Both sides" and one side ("The Ardunian side") are the heads of government its opening names (as set P's
  "The sides" and "The Zelvaran side", set Q's "The Delmarian side").
- A referee's "ruled that ..." is a statement (the referee named later in an appositive); a verdict ("found ... guilty",
  "acquitted") and a vote ("rejected a last-minute bid", "The motion failed") are acts.
- A speech verb with its own content in a relative clause is a statement ("who had promised during her 2022 campaign to
  hold tax increases below inflation"), unlike the settled "who pleaded guilty last year" (a plea as background);
  "who testified in his own defense" with no content is none.
- "remembers the surgeon sitting on the floor ... to explain the operation" (a recollection told to the reporter) and
  "By his own count he has made ..." are statements; "She laughed" is not.
- A deck's or headline's description resolves to whoever says it in the story: "defense" (the defendant's lawyer),
  "Prosecutor", "Mayor", "buyer" (the buyer's chief executive, who says it on the call), "union" (the local), "library
  users" (the group who said it in the gallery), "delegates" ("four delegates"), "sources" ("three people with
  knowledge of the matter"); "one of the sources" and "two of the delegates" stay as their mentions.
- A question premise's speaker whom the document does not name stays as its mention ("The Kelvaran energy minister",
  "Thessmar's prime minister"); a press service speaks as its body ("the ministry's press service" is the Kelvaran
  Energy Ministry; the teaser lede's "the company's press service" is its headline's "operator").
- A market wrap's "according to Halyard calculations" speaks as the agency; "a change/comments traders read as ..." and
  "in what delegates took as a reference to ..." are the narrator's.
- Nested (optional): Kelvaro's demand and Vardansk's "considers" in the minister's "According to him", Zabrenia's
  "opposed it", the pilot's warning, the operational data and the Kelvaran side's account inside statements, the
  farmers' "call for" in a teaser, the captain's words in the deckhand's quote, her words in the mentor's quote and her
  warning in the daughter's statement.

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the sets' own
conventions found reading its misses: r08's "Both sides", "The Ardunian side" and "The Thessmarian side" had been
given to the states, against sets P and Q (a joint statement's sides are the leaders its opening names); r03's teaser
lede "the company's press service" had been kept apart from its headline's "operator", against r03's own "the
ministry's press service"; r06 lacked the nested agreements inside the delegates' statements ("Oil exporters agree
to ...", "The Coalition ... agreed on Sunday to ..."), as readouts' "agreed to" are statements; and names left by the
renaming done before the data commit to keep names unique: r13's dateline still read "FAIRHAVEN", and "Aldermoor",
"Wrenfield", "Penhallow", "Wexley" and "Northline" turned out to be names of earlier sets (now Cardross, Ebbington,
Brinsley, Stourwick and Pennock; text only, the ids follow).

Amended in session 37 (issue 9, the thirty-fifth round's convention: ", citing X" after a verb or an act is a statement
of its own, the act's subject its speaker, content X; this supersedes any contrary line above): Vantorra's "cut its
full-year revenue forecast ..., citing weaker orders from smartphone makers" gains its statement.

usage: python3 ingest-service/tools/invented/build_r.py  (writes src/test/resources/eval/invented_r_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

doc('r01-halyard-global-markets', 'Halyard', '2026-11-12', '''
GLOBAL MARKETS-Stocks slide, Pelandrian bonds sold off as inflation surprise revives rate fears

* Pelandrian inflation jumps to 4.1%, highest in 14 months

* Central bank chief says "all options" open for December

* Chipmakers extend losses after Vantorra forecast cut

* Oil firms after Zabrenian export warning

By Rafferty Ouma-Lindqvist and Sachiko Brennagh-Teo

LONDON/SINGAPORE, Nov 12 (Halyard) - World shares fell for a third straight session on Wednesday and Pelandrian government bonds had their worst day since March after inflation in the country unexpectedly accelerated, with the central bank's governor saying an interest rate rise next month was possible.

Consumer prices in Pelandria rose 4.1% in the year to October, up from 3.4% in September, the national statistics agency said. The median forecast in a Halyard poll of economists had been 3.6%.

"We will look at all options in December, and I mean all options," Bank of Pelandria Governor Ysolde Marchetti-Abiola told a parliamentary committee in Castrel hours after the data was released. She said higher energy bills and rents accounted for most of the jump, but warned that "second-round effects are starting to show up in services."

Pelandria's 10-year yield jumped 21 basis points to 5.02%, and the florin added 0.9% against the dollar. Money markets now price a roughly 55% chance of a quarter-point hike in December, according to Halyard calculations based on overnight index swaps, compared with less than 20% a week ago.

"That was the print nobody wanted," said Dario Feltham-Nkosi, head of rates strategy at Orrinsby Capital in London. "The bank spent the summer telling us the job was done. Today it told us it isn't."

Stocks elsewhere were dragged down by another slide in chipmakers. Vantorra Semiconductor, the world's third-largest maker of memory chips, cut its full-year revenue forecast late on Tuesday, citing weaker orders from smartphone makers, and its shares sank 8.3%. Its chief financial officer, Teodoro Blanchfield, told analysts on a call that inventories at customers were "higher than we had assumed in August."

The Halyard all-country world index fell 0.7%. The pan-European index lost 0.9%, with technology stocks down 2.4%, and futures pointed to a weaker open on Wall Street.

Oil firmed after Zabrenia's oil ministry said maintenance at the Qarrun field, its largest, would cut crude exports by about 300,000 barrels per day in December. Brent crude futures added 0.6% to $81.20 a barrel.

"The market had been assuming Zabrenia would cover the shortfall from storage. The ministry has just told us it won't," said Ingvild Harcourt-Ebele, commodities analyst at Tamsworth Bank.

In currencies, the dollar held near a two-week high against a basket of peers. The Ardunian lira slipped 0.4% after Ardune's finance minister, Bogumil Sarrazin-Obi, said on state television that the government had no plans to defend "any particular level" of the currency, comments traders read as a green light for further weakness.

Gold was steady at $2,455 an ounce, having claimed a one-month high on Tuesday.

Strategists at Feverell & Stroud said in a note to clients that the Pelandrian data made it "harder to argue" that inflation in rich economies was on a smooth path back to target. They recommended that clients cut holdings of long-dated Pelandrian bonds.

(Reporting by Rafferty Ouma-Lindqvist in London and Sachiko Brennagh-Teo in Singapore; Editing by Konstanze Abara-Whitlock)
''',
    s('Ysolde Marchetti-Abiola', 'Central bank chief', '"all options" open for December', 'says', 'mixed', role='Bank of Pelandria Governor'),
    s('Ysolde Marchetti-Abiola', "the central bank's governor", 'an interest rate rise next month was possible', 'saying', role='Bank of Pelandria Governor'),
    s('national statistics agency', 'the national statistics agency', 'Consumer prices in Pelandria rose 4.1% in the year to October, up from 3.4% in September', 'said'),
    s('Ysolde Marchetti-Abiola', 'Bank of Pelandria Governor Ysolde Marchetti-Abiola', '"We will look at all options in December, and I mean all options,"', 'told', 'direct', role='Bank of Pelandria Governor'),
    s('Ysolde Marchetti-Abiola', 'She', 'higher energy bills and rents accounted for most of the jump', 'said', role='Bank of Pelandria Governor'),
    s('Ysolde Marchetti-Abiola', 'She', '"second-round effects are starting to show up in services."', 'warned', 'direct', role='Bank of Pelandria Governor'),
    s('Halyard', 'Halyard calculations based on overnight index swaps', 'Money markets now price a roughly 55% chance of a quarter-point hike in December', 'according to'),
    s('Dario Feltham-Nkosi', 'Dario Feltham-Nkosi, head of rates strategy at Orrinsby Capital in London', '"That was the print nobody wanted,"', 'said', 'direct', role='head of rates strategy'),
    s('Dario Feltham-Nkosi', '', '"The bank spent the summer telling us the job was done. Today it told us it isn\'t."', '', 'direct', role='head of rates strategy'),
    s('Vantorra Semiconductor', 'Vantorra Semiconductor', 'weaker orders from smartphone makers', 'citing'),
    s('Teodoro Blanchfield', 'Its chief financial officer, Teodoro Blanchfield', 'inventories at customers were "higher than we had assumed in August."', 'told', 'mixed', role='chief financial officer'),
    s("Zabrenia's oil ministry", "Zabrenia's oil ministry", 'maintenance at the Qarrun field, its largest, would cut crude exports by about 300,000 barrels per day in December', 'said'),
    s('Ingvild Harcourt-Ebele', 'Ingvild Harcourt-Ebele, commodities analyst at Tamsworth Bank', '"The market had been assuming Zabrenia would cover the shortfall from storage. The ministry has just told us it won\'t,"', 'said', 'direct', role='commodities analyst'),
    s('Bogumil Sarrazin-Obi', "Ardune's finance minister, Bogumil Sarrazin-Obi", 'the government had no plans to defend "any particular level" of the currency', 'said', 'mixed', role='finance minister'),
    s('Strategists at Feverell & Stroud', 'Strategists at Feverell & Stroud', 'the Pelandrian data made it "harder to argue" that inflation in rich economies was on a smooth path back to target', 'said', 'mixed'),
    s('Strategists at Feverell & Stroud', 'They', 'clients cut holdings of long-dated Pelandrian bonds', 'recommended'),
)

doc('r02-pnp-continental-cup-semifinal', 'Pennock Press', '2026-07-11', '''
Tamberlane scores twice as Ostrevia edge Lindoria 3-2 to reach Nations Shield final

SARVIK, Ostrevia (PNP) — Matthias Tamberlane scored twice in the second half and Ostrevia held on through eight minutes of stoppage time to beat Lindoria 3-2 on Saturday and reach the Nations Shield final for the first time since 1998.

Tamberlane, who had not scored for his country in 11 months, headed in a corner in the 54th minute and added a second from the penalty spot in the 71st after the referee ruled that Lindoria defender Aurelien Costigan-Baptiste had handled the ball. Winger Jovan Meszaros-Kline added a third five minutes later.

“I told the guys at halftime that one goal changes everything, and then it was me who got it, so now I look like a genius,” Tamberlane told reporters, laughing. “Honestly, I closed my eyes on the header.”

Lindoria pulled two goals back through substitute Noa Verhaegen-Sisulu, and goalkeeper Emil Haakonsen-Obi denied her a hat trick with a diving save in the 97th minute.

Lindoria coach Bernadette Ravensworth said her team had given away “two goals we would not give away in training” and that the penalty was “soft.”

“I have watched it five times now. It is a handball, maybe. It is not a penalty in a semifinal,” she said.

The Continental Football Federation said in a statement that the referee, Piet Ochieng-Vallance, had applied the laws of the game correctly and that it would not comment further on individual decisions.

Ostrevia coach Ruslan Dyakonov-Pryce praised his players’ “nerve” and said Haakonsen-Obi, who made three saves in stoppage time, deserved “a statue in the town square.”

Haakonsen-Obi, 38, has said he will retire after the tournament.

“He asked me not to talk about it, so I will not talk about it,” Dyakonov-Pryce said. “But I would like him to leave with a medal.”

Costigan-Baptiste, who was booked for protesting the decision, left the stadium without speaking to reporters. Lindoria captain Yuki Ballantyne-Osei said the team stood behind him.

“Aurelien is the reason we were in this semifinal at all,” she said. “Nobody in that dressing room blames him.”

Police in Sarvik said 14 people were arrested after rival fans clashed outside the stadium before kickoff. A police spokeswoman, Liesel Fairweather-Ndiaye, said no one had been seriously hurt.

Ostrevia will face the winner of Sunday’s semifinal between Varnessa and Quillmark in the final on July 19 in Port Alvary. Varnessa beat Quillmark 2-0 when the teams met in the group stage.
''',
    s('Matthias Tamberlane', 'Tamberlane', '“I told the guys at halftime that one goal changes everything, and then it was me who got it, so now I look like a genius,”', 'told', 'direct'),
    s('Matthias Tamberlane', '', '“Honestly, I closed my eyes on the header.”', '', 'direct'),
    s('Piet Ochieng-Vallance', 'the referee', 'Lindoria defender Aurelien Costigan-Baptiste had handled the ball', 'ruled', role='referee'),
    s('Bernadette Ravensworth', 'Lindoria coach Bernadette Ravensworth', 'her team had given away “two goals we would not give away in training” and that the penalty was “soft.”', 'said', 'mixed', role='Lindoria coach'),
    s('Bernadette Ravensworth', 'she', '“I have watched it five times now. It is a handball, maybe. It is not a penalty in a semifinal,”', 'said', 'direct', role='Lindoria coach'),
    s('Continental Football Federation', 'The Continental Football Federation', 'the referee, Piet Ochieng-Vallance, had applied the laws of the game correctly and that it would not comment further on individual decisions', 'said'),
    s('Ruslan Dyakonov-Pryce', 'Ostrevia coach Ruslan Dyakonov-Pryce', 'his players’ “nerve”', 'praised', 'mixed', role='Ostrevia coach'),
    s('Ruslan Dyakonov-Pryce', 'Ostrevia coach Ruslan Dyakonov-Pryce', 'Haakonsen-Obi, who made three saves in stoppage time, deserved “a statue in the town square.”', 'said', 'mixed', role='Ostrevia coach'),
    s('Emil Haakonsen-Obi', 'Haakonsen-Obi', 'he will retire after the tournament', 'has said', role='goalkeeper'),
    s('Ruslan Dyakonov-Pryce', 'Dyakonov-Pryce', '“He asked me not to talk about it, so I will not talk about it,”', 'said', 'direct', role='Ostrevia coach'),
    s('Ruslan Dyakonov-Pryce', '', '“But I would like him to leave with a medal.”', '', 'direct', role='Ostrevia coach'),
    s('Yuki Ballantyne-Osei', 'Lindoria captain Yuki Ballantyne-Osei', 'the team stood behind him', 'said', role='Lindoria captain'),
    s('Yuki Ballantyne-Osei', 'she', '“Aurelien is the reason we were in this semifinal at all,”', 'said', 'direct', role='Lindoria captain'),
    s('Yuki Ballantyne-Osei', '', '“Nobody in that dressing room blames him.”', '', 'direct', role='Lindoria captain'),
    s('Police in Sarvik', 'Police in Sarvik', '14 people were arrested after rival fans clashed outside the stadium before kickoff', 'said'),
    s('Liesel Fairweather-Ndiaye', 'A police spokeswoman, Liesel Fairweather-Ndiaye', 'no one had been seriously hurt', 'said', role='police spokeswoman'),
)

doc('r03-korpress-thessmar-gas-transit', 'KORPRESS', '2026-10-22', '''
Thessmar ready to resume gas transit talks if Kelvaro drops preconditions — foreign minister

"We have never walked away from the table," Anatoly Vereshchak-Dorn stressed

VARDANSK, October 22. /KORPRESS/. Thessmar is ready to resume talks with Kelvaro on the transit of natural gas through its territory if the Kelvaran side drops its preconditions, Thessmarian Foreign Minister Anatoly Vereshchak-Dorn told reporters on Wednesday following talks with his Ardunian counterpart.

"We have never walked away from the table. It was Kelvaro that froze the talks in August, and it is up to Kelvaro to unfreeze them," the minister said. "Our proposal remains the same: a ten-year contract at a price linked to the regional hub."

According to him, Kelvaro has demanded that Thessmar first repay a debt of $640 million for gas supplied in 2024, which Vardansk considers fictitious. "This is not a debt, it is an invention of Kelvaran accountants," the head of Thessmarian diplomacy noted.

Vereshchak-Dorn also said that Ardune had offered to host a new round of consultations. "We are grateful to our Ardunian friends and are ready to consider their proposal," he added.

Ardunian Foreign Minister Hedda Lisowski-Brandt, for her part, stressed that her country was interested in "predictable and uninterrupted" transit, since about a third of the gas it consumes passes through Thessmar. In her words, Ardune "is not a party to the dispute, but it is its first victim."

The Kelvaran Energy Ministry said on Tuesday that the talks could only resume once the debt issue was settled. "Kelvaro has fulfilled all its obligations and expects the same from its partners," the ministry's press service told KORPRESS.

Gas transit from Kelvaro through Thessmar to Ardune was halted on August 14 after the previous ten-year contract expired. Since then, Ardune has been buying liquefied natural gas delivered to the port of Selwick at prices about 30% higher.

Earlier, Thessmarian Prime Minister Galina Ostrowska-Merk said the government had stockpiled enough gas in underground storage to get through the winter "even in the worst-case scenario."

Thessmar-Kelvaro relations   Energy   Anatoly Vereshchak-Dorn

Read also
Kelvaran energy minister says transit contract "can wait until spring"
Yarek Pomorski-Hale said that Kelvaro had alternative routes for its exports
Ardune to double LNG purchases in winter — operator
The Selwick terminal will receive at least 14 tankers between December and February, the company's press service reported
''',
    s('Anatoly Vereshchak-Dorn', 'foreign minister', 'Thessmar ready to resume gas transit talks if Kelvaro drops preconditions', '', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'Anatoly Vereshchak-Dorn', '"We have never walked away from the table,"', 'stressed', 'direct', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'Thessmarian Foreign Minister Anatoly Vereshchak-Dorn', 'Thessmar is ready to resume talks with Kelvaro on the transit of natural gas through its territory if the Kelvaran side drops its preconditions', 'told', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'the minister', '"We have never walked away from the table. It was Kelvaro that froze the talks in August, and it is up to Kelvaro to unfreeze them,"', 'said', 'direct', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', '', '"Our proposal remains the same: a ten-year contract at a price linked to the regional hub."', '', 'direct', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'him', 'Kelvaro has demanded that Thessmar first repay a debt of $640 million for gas supplied in 2024, which Vardansk considers fictitious', 'According to', role='Thessmarian Foreign Minister'),
    s('Kelvaro', 'Kelvaro', 'Thessmar first repay a debt of $640 million for gas supplied in 2024', 'has demanded', nested=True, via='Anatoly Vereshchak-Dorn'),
    s('Vardansk', 'Vardansk', 'fictitious', 'considers', nested=True, via='Anatoly Vereshchak-Dorn'),
    s('Anatoly Vereshchak-Dorn', 'the head of Thessmarian diplomacy', '"This is not a debt, it is an invention of Kelvaran accountants,"', 'noted', 'direct', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'Vereshchak-Dorn', 'Ardune had offered to host a new round of consultations', 'said', role='Thessmarian Foreign Minister'),
    s('Anatoly Vereshchak-Dorn', 'he', '"We are grateful to our Ardunian friends and are ready to consider their proposal,"', 'added', 'direct', role='Thessmarian Foreign Minister'),
    s('Hedda Lisowski-Brandt', 'Ardunian Foreign Minister Hedda Lisowski-Brandt', 'her country was interested in "predictable and uninterrupted" transit, since about a third of the gas it consumes passes through Thessmar', 'stressed', 'mixed', role='Ardunian Foreign Minister'),
    s('Hedda Lisowski-Brandt', 'her', 'Ardune "is not a party to the dispute, but it is its first victim."', 'In her words', 'mixed', role='Ardunian Foreign Minister'),
    s('Kelvaran Energy Ministry', 'The Kelvaran Energy Ministry', 'the talks could only resume once the debt issue was settled', 'said'),
    s('Kelvaran Energy Ministry', "the ministry's press service", '"Kelvaro has fulfilled all its obligations and expects the same from its partners,"', 'told', 'direct'),
    s('Galina Ostrowska-Merk', 'Thessmarian Prime Minister Galina Ostrowska-Merk', 'the government had stockpiled enough gas in underground storage to get through the winter "even in the worst-case scenario."', 'said', 'mixed', role='Thessmarian Prime Minister'),
    s('Yarek Pomorski-Hale', 'Kelvaran energy minister', 'transit contract "can wait until spring"', 'says', 'mixed', role='Kelvaran energy minister', region='related'),
    s('Yarek Pomorski-Hale', 'Yarek Pomorski-Hale', 'Kelvaro had alternative routes for its exports', 'said', role='Kelvaran energy minister', region='related'),
    s('operator', 'operator', 'Ardune to double LNG purchases in winter', '', region='related'),
    s('operator', "the company's press service", 'The Selwick terminal will receive at least 14 tankers between December and February', 'reported', region='related'),
)

doc('r04-halyard-lindoria-bauxite', 'Halyard', '2026-06-03', '''
UPDATE 2-Lindoria plans to halt raw bauxite exports from 2028 -sources

(Adds company statement, analyst comment in paragraphs 7-9)

By Oyelaran Fitzwilliam-Sato

MERAVEN, June 3 (Halyard) - Lindoria plans to ban exports of unprocessed bauxite from January 2028 to force miners to build refineries in the country, three people with knowledge of the matter said on Tuesday, a move that could tighten supply for aluminium makers across Asia.

A draft presidential decree, seen by Halyard, says companies would have until the end of 2027 to submit plans for domestic refining or lose their export quotas.

The decree is expected to be signed before parliament's summer recess, one of the sources said. The sources declined to be identified because the plan has not been made public.

Lindoria's Ministry of Mines and Energy did not respond to a request for comment.

President Hamid Oyelowo-Strand has said repeatedly that Lindoria must stop "exporting dirt and importing metal." In a speech to parliament in February, he said the country sat on "the third-largest reserves in the world" and sold them "for the price of gravel."

Pallister Minerals, which operates the country's largest bauxite mine at Korrowa, said in a statement that it "supports the government's goal of adding value in Lindoria" but that a refinery would take at least five years to build and would need a reliable power supply. Its shares fell 6.4% in Meraven.

"A 2028 deadline is not realistic for anyone," said Camille Nwachukwu-Reyes, a metals analyst at Brinsley Research in Singapore. "Refineries need power, ports and water. Lindoria has not solved any of those yet."

She estimated that the ban, if enforced, would remove about 18 million tonnes a year from the seaborne market, roughly a fifth of global trade.

Benchmark aluminium rose 1.2% to $2,640 a tonne, its highest since April.

Quillmark, which buys about 60% of Lindoria's bauxite, said through a commerce ministry spokesman that it hoped Lindoria would "take into account the interests of its long-term partners."

Lindoria banned exports of raw nickel ore in 2021. Since then companies have invested more than $15 billion in nickel smelters in the country, according to the investment ministry, though environmental groups say the plants have polluted rivers and coastal fishing grounds.

(Reporting by Oyelaran Fitzwilliam-Sato; Additional reporting by Mireille Tanaka-Ashworth in Singapore; Editing by Gustavo Lindahl-Mensah)
''',
    s('three people with knowledge of the matter', 'sources', 'Lindoria plans to halt raw bauxite exports from 2028', ''),
    s('three people with knowledge of the matter', 'three people with knowledge of the matter', 'Lindoria plans to ban exports of unprocessed bauxite from January 2028 to force miners to build refineries in the country', 'said'),
    s('draft presidential decree', 'A draft presidential decree, seen by Halyard', 'companies would have until the end of 2027 to submit plans for domestic refining or lose their export quotas', 'says'),
    s('one of the sources', 'one of the sources', 'The decree is expected to be signed before parliament\'s summer recess', 'said'),
    s('Hamid Oyelowo-Strand', 'President Hamid Oyelowo-Strand', 'Lindoria must stop "exporting dirt and importing metal."', 'has said', 'mixed', role='President'),
    s('Hamid Oyelowo-Strand', 'he', 'the country sat on "the third-largest reserves in the world" and sold them "for the price of gravel."', 'said', 'mixed', role='President', date='2026-02'),
    s('Pallister Minerals', "Pallister Minerals, which operates the country's largest bauxite mine at Korrowa", 'it "supports the government\'s goal of adding value in Lindoria" but that a refinery would take at least five years to build and would need a reliable power supply', 'said', 'mixed'),
    s('Camille Nwachukwu-Reyes', 'Camille Nwachukwu-Reyes, a metals analyst at Brinsley Research in Singapore', '"A 2028 deadline is not realistic for anyone,"', 'said', 'direct', role='metals analyst'),
    s('Camille Nwachukwu-Reyes', '', '"Refineries need power, ports and water. Lindoria has not solved any of those yet."', '', 'direct', role='metals analyst'),
    s('Camille Nwachukwu-Reyes', 'She', 'the ban, if enforced, would remove about 18 million tonnes a year from the seaborne market, roughly a fifth of global trade', 'estimated', role='metals analyst'),
    s('Quillmark', "Quillmark, which buys about 60% of Lindoria's bauxite", 'it hoped Lindoria would "take into account the interests of its long-term partners."', 'said', 'mixed'),
    s('investment ministry', 'the investment ministry', 'Since then companies have invested more than $15 billion in nickel smelters in the country', 'according to'),
    s('environmental groups', 'environmental groups', 'the plants have polluted rivers and coastal fishing grounds', 'say'),
)

doc('r05-pnp-port-alvary-runway', 'Pennock Press', '2026-08-20', '''
Jet skids off runway in heavy rain in Varnessa; all 162 aboard survive

PORT ALVARY, Varnessa (PNP) — A passenger jet skidded off the runway while landing in heavy rain at Port Alvary's international airport on Thursday and came to rest in a muddy field with its nose gear collapsed. All 156 passengers and six crew members survived, and 11 people were taken to hospitals with minor injuries, officials said.

The plane, operated by Varnessan carrier SkyMeridian, was arriving from the inland city of Dorrance-on-Vell. The airline said in a statement that the crew had followed "all standard procedures" and that it was cooperating fully with investigators. It did not say what caused the plane to leave the runway.

Flight-tracking data showed the jet touched down about halfway along the 2,800-meter runway, leaving less distance than usual to stop.

"We landed and then it just didn't stop. Everyone was screaming, and then it was quiet and the lights went out," passenger Dalia Osterhagen-Mbeki, 29, told The Pennock Press by phone from a hospital where she was being treated for a sprained wrist. "A flight attendant kicked the door open and shouted at us to leave our bags."

Another passenger, a man who gave only his first name, Ilias, said the pilot had warned passengers of turbulence shortly before landing but said nothing about the weather on the ground.

Varnessa's Civil Aviation Authority said it had sent a team of investigators to the airport and that both flight recorders had been recovered. Its director, Oswin Kettleby-Mwangi, told reporters it was "far too early" to say whether the weather, the crew or the aircraft was to blame.

"What I can tell you is that visibility was poor and the runway was wet. Beyond that I will not speculate," he said.

The pilots' union, the Varnessan Airline Pilots Association, said in a social media post that its members had complained for years about standing water on the runway, which was last resurfaced in 2022. The airport's operator, Alvary Airports Corp., rejected the claim, saying the runway's drainage had been inspected in September and met international standards.

Petronella Vasquez-Dorrell, who lives in a village at the end of the runway, said she heard "a long scraping noise, like a train braking" and ran outside in the rain.

"I thought it had hit the houses. Then I saw the tail standing up in the field," she said.

Transport Minister Renske Adeyemi-Holt visited the airport Thursday evening and praised the cabin crew.

"They got 156 people out in under two minutes, in the dark, in the rain. That is what training is for," she said.

The airport reopened to traffic Friday morning after the plane was towed away, airport officials said. About 40 flights were canceled or diverted overnight.

It was the second runway accident in Varnessa this year. In March, a cargo plane overran a runway in the northern city of Hollisport; its two pilots were unhurt.
''',
    s('officials', 'officials', 'All 156 passengers and six crew members survived, and 11 people were taken to hospitals with minor injuries', 'said'),
    s('SkyMeridian', 'The airline', 'the crew had followed "all standard procedures" and that it was cooperating fully with investigators', 'said', 'mixed'),
    s('Flight-tracking data', 'Flight-tracking data', 'the jet touched down about halfway along the 2,800-meter runway, leaving less distance than usual to stop', 'showed'),
    s('Dalia Osterhagen-Mbeki', 'passenger Dalia Osterhagen-Mbeki, 29', '"We landed and then it just didn\'t stop. Everyone was screaming, and then it was quiet and the lights went out,"', 'told', 'direct', role='passenger'),
    s('Dalia Osterhagen-Mbeki', '', '"A flight attendant kicked the door open and shouted at us to leave our bags."', '', 'direct', role='passenger'),
    s('Ilias', 'Another passenger, a man who gave only his first name, Ilias', 'the pilot had warned passengers of turbulence shortly before landing but said nothing about the weather on the ground', 'said', role='passenger'),
    s('the pilot', 'the pilot', 'passengers of turbulence shortly before landing', 'had warned', nested=True, via='Ilias'),
    s("Varnessa's Civil Aviation Authority", "Varnessa's Civil Aviation Authority", 'it had sent a team of investigators to the airport and that both flight recorders had been recovered', 'said'),
    s('Oswin Kettleby-Mwangi', 'Its director, Oswin Kettleby-Mwangi', 'it was "far too early" to say whether the weather, the crew or the aircraft was to blame', 'told', 'mixed', role='director'),
    s('Oswin Kettleby-Mwangi', 'he', '"What I can tell you is that visibility was poor and the runway was wet. Beyond that I will not speculate,"', 'said', 'direct', role='director'),
    s('Varnessan Airline Pilots Association', "The pilots' union, the Varnessan Airline Pilots Association", 'its members had complained for years about standing water on the runway, which was last resurfaced in 2022', 'said'),
    s('Alvary Airports Corp.', "The airport's operator, Alvary Airports Corp.", 'the claim', 'rejected'),
    s('Alvary Airports Corp.', "The airport's operator, Alvary Airports Corp.", "the runway's drainage had been inspected in September and met international standards", 'saying'),
    s('Petronella Vasquez-Dorrell', 'Petronella Vasquez-Dorrell, who lives in a village at the end of the runway', 'she heard "a long scraping noise, like a train braking" and ran outside in the rain', 'said', 'mixed'),
    s('Petronella Vasquez-Dorrell', 'she', '"I thought it had hit the houses. Then I saw the tail standing up in the field,"', 'said', 'direct'),
    s('Renske Adeyemi-Holt', 'Transport Minister Renske Adeyemi-Holt', 'the cabin crew', 'praised', role='Transport Minister'),
    s('Renske Adeyemi-Holt', 'she', '"They got 156 people out in under two minutes, in the dark, in the rain. That is what training is for,"', 'said', 'direct', role='Transport Minister'),
    s('airport officials', 'airport officials', 'The airport reopened to traffic Friday morning after the plane was towed away', 'said'),
)

doc('r06-halyard-cpes-output-cuts', 'Halyard', '2026-03-02', '''
Oil exporters agree to extend output cuts to end-June, delegates say

By Benedikt Aslanyan-Frye and Rahel Mbatha-Corrigan

KARLSTEDT, March 2 (Halyard) - The Coalition of Petroleum Exporting States (CPES) agreed on Sunday to extend its oil output cuts of 1.2 million barrels per day until the end of June, four delegates said, as weak demand in Asia and rising supply from outside the group weighed on prices.

The group had been widely expected to keep the cuts, which were due to expire at the end of March, in place. Some members had pushed for a deeper reduction, but Zabrenia, the group's largest producer, opposed it, two of the delegates said, speaking on condition of anonymity because the talks were private.

A draft of the final communique, seen by Halyard, says members "remain ready to take further action" if market conditions deteriorate.

Zabrenian Oil Minister Faisal Odunsi-Karlberg told reporters on arriving at the meeting that the market was "not as bad as some people think" and that the group should not "panic" over short-term price moves.

"We have done our part. Others who are increasing production should ask themselves whether they are helping the market," he said, in what delegates took as a reference to Kelvaro, which is not a CPES member and has raised output by about 400,000 bpd since last summer.

Kelvaran Deputy Energy Minister Aurelia Sandoval-Pike, speaking by telephone from Vellmark, said her country's production decisions were "sovereign" and were not aimed at any other producer.

Brent crude, which fell 9% in February, rose 1.4% to $74.85 a barrel after the first reports of the agreement.

Analysts said the extension had been priced in. "The market wanted a bigger number, and it did not get one," said Tobiah Rasmussen-Eze, head of energy research at Kittredge Holt. "Unless Asian demand picks up, they will be back here in June having the same argument."

The group will monitor compliance with the cuts through its joint technical committee, the CPES secretariat said in a statement. Secretary-General Ambrose Ifeanyi-Lund added that members which had exceeded their quotas in January had "committed to compensate in full" by September.

Not all members appeared convinced. Thessmar's delegate, Miroslav Yeboah-Kranz, told Halyard his country would "respect the decision" but could not cut output further without harming its budget, which relies on oil for more than half of its revenue.

The next ministerial meeting was set for June 1, according to the communique.
''',
    s('four delegates', 'delegates', 'Oil exporters agree to extend output cuts to end-June', 'say'),
    s('Oil exporters', 'Oil exporters', 'to extend output cuts to end-June', 'agree', nested=True, via='four delegates'),
    s('four delegates', 'four delegates', 'The Coalition of Petroleum Exporting States (CPES) agreed on Sunday to extend its oil output cuts of 1.2 million barrels per day until the end of June', 'said'),
    s('Coalition of Petroleum Exporting States', 'The Coalition of Petroleum Exporting States (CPES)', 'to extend its oil output cuts of 1.2 million barrels per day until the end of June', 'agreed', nested=True, via='four delegates'),
    s('two of the delegates', 'two of the delegates', 'Some members had pushed for a deeper reduction, but Zabrenia, the group\'s largest producer, opposed it', 'said'),
    s('Zabrenia', "Zabrenia, the group's largest producer", 'it', 'opposed', nested=True, via='two of the delegates'),
    s('draft of the final communique', 'A draft of the final communique, seen by Halyard', 'members "remain ready to take further action" if market conditions deteriorate', 'says', 'mixed'),
    s('Faisal Odunsi-Karlberg', 'Zabrenian Oil Minister Faisal Odunsi-Karlberg', 'the market was "not as bad as some people think" and that the group should not "panic" over short-term price moves', 'told', 'mixed', role='Zabrenian Oil Minister'),
    s('Faisal Odunsi-Karlberg', 'he', '"We have done our part. Others who are increasing production should ask themselves whether they are helping the market,"', 'said', 'direct', role='Zabrenian Oil Minister'),
    s('Aurelia Sandoval-Pike', 'Kelvaran Deputy Energy Minister Aurelia Sandoval-Pike', 'her country\'s production decisions were "sovereign" and were not aimed at any other producer', 'said', 'mixed', role='Kelvaran Deputy Energy Minister'),
    s('Analysts', 'Analysts', 'the extension had been priced in', 'said'),
    s('Tobiah Rasmussen-Eze', 'Tobiah Rasmussen-Eze, head of energy research at Kittredge Holt', '"The market wanted a bigger number, and it did not get one,"', 'said', 'direct', role='head of energy research'),
    s('Tobiah Rasmussen-Eze', '', '"Unless Asian demand picks up, they will be back here in June having the same argument."', '', 'direct', role='head of energy research'),
    s('CPES secretariat', 'the CPES secretariat', 'The group will monitor compliance with the cuts through its joint technical committee', 'said'),
    s('Ambrose Ifeanyi-Lund', 'Secretary-General Ambrose Ifeanyi-Lund', 'members which had exceeded their quotas in January had "committed to compensate in full" by September', 'added', 'mixed', role='Secretary-General'),
    s('Miroslav Yeboah-Kranz', "Thessmar's delegate, Miroslav Yeboah-Kranz", 'his country would "respect the decision" but could not cut output further without harming its budget, which relies on oil for more than half of its revenue', 'told', 'mixed', role='delegate'),
    s('final communique', 'the communique', 'The next ministerial meeting was set for June 1', 'according to'),
)

FM_P = 'Minister of Foreign Affairs of the Republic of Pelandria'
AMB_Q = 'Ambassador Extraordinary and Plenipotentiary of the Kingdom of Quillmark to Pelandria'

doc('r07-pelandria-mfa-quillmark-ambassador', 'Ministry of Foreign Affairs of the Republic of Pelandria', '2026-10-14', '''
Ministry of Foreign Affairs of the Republic of Pelandria

Meeting of Minister Ilse Kovalenko-Byrne with the Ambassador of the Kingdom of Quillmark

14 October 2026 | 16:40

On 14 October, Minister of Foreign Affairs of the Republic of Pelandria Ilse Kovalenko-Byrne received the newly appointed Ambassador Extraordinary and Plenipotentiary of the Kingdom of Quillmark to Pelandria, Tobias Wexford-Anan, at his request.

The Minister congratulated the Ambassador on the start of his diplomatic mission in Castrel and wished him success.

During the meeting, the sides discussed the state of and prospects for bilateral cooperation, as well as regional issues of mutual interest.

The Minister stressed:
• Pelandria values the dynamic development of political dialogue with Quillmark and is interested in holding the next round of political consultations at the level of deputy foreign ministers in the first quarter of 2027;
• bilateral trade, which reached 1.8 billion euros in 2025, does not reflect the potential of the two economies; the priority areas are:
  – energy, including the joint development of offshore wind projects in the Gulf of Marrow;
  – pharmaceuticals and medical equipment;
  – transport and logistics;
• the Pelandrian side expects the early entry into force of the agreement on the avoidance of double taxation signed in 2024.

The Ambassador assured the Minister that he would make every effort to strengthen the friendly relations between the two countries. He noted that Quillmark companies were interested in taking part in the modernisation of the port of Castrel and informed the Minister about preparations for the visit of a Quillmark trade delegation in November.

Ilse Kovalenko-Byrne drew the Ambassador's attention to the situation of Pelandrian citizens employed in Quillmark's fishing industry, noting that the Pelandrian consulate in Harrowby had received more than 30 complaints about unpaid wages since the beginning of the year. The Ambassador promised to pass the information on to the competent authorities of his country.

The sides agreed to continue contacts at various levels.

Also on 14 October, Ilse Kovalenko-Byrne held a telephone conversation with the Minister of Foreign Affairs of the Republic of Zabrenia, Nasrin Achebe-Lindgren.

The ministers exchanged views on the situation in the Qarrun basin. The Pelandrian Minister reiterated Pelandria's support for the mediation efforts of the Regional Security Council and expressed concern over reports of attacks on water infrastructure. Nasrin Achebe-Lindgren informed her counterpart about the results of her recent visit to Vardansk and said that Zabrenia was ready to host a meeting of the parties in December.

Photo gallery

Tags: Quillmark, Zabrenia, bilateral relations
''',
    s('Ilse Kovalenko-Byrne', 'The Minister', 'Pelandria values the dynamic development of political dialogue with Quillmark and is interested in holding the next round of political consultations at the level of deputy foreign ministers in the first quarter of 2027;', 'stressed', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Minister', 'bilateral trade, which reached 1.8 billion euros in 2025, does not reflect the potential of the two economies; the priority areas are:', 'stressed', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Minister', 'energy, including the joint development of offshore wind projects in the Gulf of Marrow;', 'stressed', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Minister', 'pharmaceuticals and medical equipment;', 'stressed', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Minister', 'transport and logistics;', 'stressed', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Minister', 'the Pelandrian side expects the early entry into force of the agreement on the avoidance of double taxation signed in 2024.', 'stressed', role=FM_P),
    s('Tobias Wexford-Anan', 'The Ambassador', 'he would make every effort to strengthen the friendly relations between the two countries', 'assured', role=AMB_Q),
    s('Tobias Wexford-Anan', 'He', 'Quillmark companies were interested in taking part in the modernisation of the port of Castrel', 'noted', role=AMB_Q),
    s('Ilse Kovalenko-Byrne', 'Ilse Kovalenko-Byrne', "the situation of Pelandrian citizens employed in Quillmark's fishing industry, noting that the Pelandrian consulate in Harrowby had received more than 30 complaints about unpaid wages since the beginning of the year", "drew the Ambassador's attention to", role=FM_P),
    s('Tobias Wexford-Anan', 'The Ambassador', 'to pass the information on to the competent authorities of his country', 'promised', role=AMB_Q),
    s('Ilse Kovalenko-Byrne and Tobias Wexford-Anan', 'The sides', 'to continue contacts at various levels', 'agreed'),
    s('Ilse Kovalenko-Byrne', 'The Pelandrian Minister', "Pelandria's support for the mediation efforts of the Regional Security Council", 'reiterated', role=FM_P),
    s('Ilse Kovalenko-Byrne', 'The Pelandrian Minister', 'concern over reports of attacks on water infrastructure', 'expressed', role=FM_P),
    s('Nasrin Achebe-Lindgren', 'Nasrin Achebe-Lindgren', 'Zabrenia was ready to host a meeting of the parties in December', 'said', role='Minister of Foreign Affairs of the Republic of Zabrenia'),
)

PM_T = 'Prime Minister of the Republic of Thessmar'
PM_A = 'Prime Minister of the Republic of Ardune'
GOVS = 'Thessmar and Ardune'
PMS = 'Galina Ostrowska-Merk and Konstantin Ribeiro-Haldane'

doc('r08-thessmar-ardune-joint-statement', 'Government of the Republic of Thessmar', '2026-11-27', '''
Government of the Republic of Thessmar

Joint Statement of the Government of the Republic of Thessmar and the Government of the Republic of Ardune following the first intergovernmental consultations

Vardansk, 27 November 2026

At the invitation of Prime Minister of the Republic of Thessmar Galina Ostrowska-Merk, Prime Minister of the Republic of Ardune Konstantin Ribeiro-Haldane paid an official visit to Thessmar on 26-27 November 2026, during which the first intergovernmental consultations between the two governments were held.

The two Prime Ministers noted with satisfaction that relations between Thessmar and Ardune have reached a level of trust that allows the two governments to address the most difficult questions openly, including energy security.

The two governments reaffirmed their commitment to the principles of the Energy Charter of the Northern Basin and stressed that the transit of energy resources must not be used as an instrument of political pressure.

Both sides expressed concern over the halt in gas transit from Kelvaro since 14 August 2026 and called on all parties concerned to return to negotiations without preconditions. The Ardunian side welcomed the readiness of Thessmar to resume talks on transit and expressed its readiness to host such talks in Selwick.

The Thessmarian side informed the Ardunian side about the state of its underground gas storage facilities. The two governments agreed to set up, by 31 March 2027, a joint working group on the interconnection of their gas transmission systems, which would allow gas to flow in both directions between the two countries.

The Prime Ministers welcomed the signing, during the visit, of a memorandum of understanding on cooperation in the field of renewable energy and an agreement on the mutual recognition of professional qualifications.

The two governments underlined the importance of people-to-people contacts and agreed to double the number of university scholarships offered to each other's students from the 2027/2028 academic year.

The Thessmarian side supported Ardune's candidacy for a non-permanent seat on the Regional Security Council for the 2028-2029 term.

The two governments agreed to hold the second intergovernmental consultations in Ardune in 2027.

Konstantin Ribeiro-Haldane thanked Galina Ostrowska-Merk and the people of Thessmar for the warm hospitality extended to him and his delegation.
''',
    s(PMS, 'The two Prime Ministers', 'relations between Thessmar and Ardune have reached a level of trust that allows the two governments to address the most difficult questions openly, including energy security', 'noted'),
    s(GOVS, 'The two governments', 'their commitment to the principles of the Energy Charter of the Northern Basin', 'reaffirmed'),
    s(GOVS, 'The two governments', 'the transit of energy resources must not be used as an instrument of political pressure', 'stressed'),
    s(PMS, 'Both sides', 'concern over the halt in gas transit from Kelvaro since 14 August 2026', 'expressed'),
    s(PMS, 'Both sides', 'all parties concerned to return to negotiations without preconditions', 'called on'),
    s('Konstantin Ribeiro-Haldane', 'The Ardunian side', 'the readiness of Thessmar to resume talks on transit', 'welcomed', role=PM_A),
    s('Konstantin Ribeiro-Haldane', 'The Ardunian side', 'its readiness to host such talks in Selwick', 'expressed', role=PM_A),
    s(GOVS, 'The two governments', 'to set up, by 31 March 2027, a joint working group on the interconnection of their gas transmission systems, which would allow gas to flow in both directions between the two countries', 'agreed'),
    s(PMS, 'The Prime Ministers', 'the signing, during the visit, of a memorandum of understanding on cooperation in the field of renewable energy and an agreement on the mutual recognition of professional qualifications', 'welcomed'),
    s(GOVS, 'The two governments', 'the importance of people-to-people contacts', 'underlined'),
    s(GOVS, 'The two governments', "to double the number of university scholarships offered to each other's students from the 2027/2028 academic year", 'agreed'),
    s('Galina Ostrowska-Merk', 'The Thessmarian side', "Ardune's candidacy for a non-permanent seat on the Regional Security Council for the 2028-2029 term", 'supported', role=PM_T),
    s(GOVS, 'The two governments', 'to hold the second intergovernmental consultations in Ardune in 2027', 'agreed'),
)

SPOX_Z = 'Spokesperson'

doc('r09-zabrenia-mfa-briefing', 'Ministry of Foreign Affairs of the Republic of Zabrenia', '2026-12-03', '''
Ministry of Foreign Affairs of the Republic of Zabrenia

Briefing by the Spokesperson of the Ministry, Kaveh Ostrander-Nwosu

Qadira, 3 December 2026

Kaveh Ostrander-Nwosu: Good afternoon. I will start with the Minister's schedule.

On 8 December, Minister of Foreign Affairs Nasrin Achebe-Lindgren will travel to Castrel for talks with her Pelandrian counterpart. The ministers will discuss the preparations for the meeting on the Qarrun basin that Zabrenia has offered to host later this month, as well as trade and energy cooperation.

On 10-11 December, the Minister will take part in the ministerial meeting of the Regional Security Council in Harrowby.

Now I am ready to take your questions.

Question: The Kelvaran energy minister said on Monday that Zabrenia was "quietly buying" Kelvaran gas through intermediaries while publicly supporting Thessmar. Is this true?

Answer: No, it is not true. Zabrenia is a gas exporter; we have no need to buy Kelvaran gas, quietly or loudly. I would advise the minister to check his information before sharing it with journalists.

Question: Thessmar's prime minister has called on Zabrenia to use its influence in the coalition of oil exporters to push for deeper cuts. Will Zabrenia do so?

Answer: Our position on production was set out clearly by Minister Odunsi-Karlberg in Karlstedt. The market is balanced and does not need additional cuts at this stage. Of course, we keep in touch with all our partners, including Thessmar.

Question (Qadira Evening News): According to the opposition newspaper Al-Sahel Review, the Ministry has recalled its ambassador from Lindoria for consultations. Can you confirm? What is the reason?

Answer: I can confirm that the ambassador is in Qadira. He came for consultations, which is a normal practice. I would not draw far-reaching conclusions from this.

At the same time, I will not hide that we are concerned about the draft decree on bauxite exports that is being prepared in Lindoria. Zabrenian companies have invested more than 900 million dollars in the Lindorian mining sector. We expect that their rights will be respected.

Question: The Pelandrian foreign minister said last week that Castrel expected "concrete proposals" from Zabrenia on the Qarrun basin. Will Minister Achebe-Lindgren bring any?

Answer: The Minister is going to Castrel with ideas, not with ultimatums. Zabrenia has offered a platform for dialogue; it is for the parties themselves to agree on the substance. I will not go into details before the talks.

Question: There are reports that Zabrenian citizens were detained at the border with Kelvaro last week. Do you have any details?

Answer: Yes. Three Zabrenian citizens were detained on 27 November at the Tavrin crossing point. Our consul has visited them; they are in good health. According to the Kelvaran side, they are suspected of violating customs rules. We have asked for the case to be considered as quickly as possible.

Question: Thank you.

Kaveh Ostrander-Nwosu: Thank you, see you next week.
''',
    s('Kaveh Ostrander-Nwosu', 'Kaveh Ostrander-Nwosu', "I will start with the Minister's schedule.|in Harrowby.", '', role=SPOX_Z),
    s('Kelvaran energy minister', 'The Kelvaran energy minister', 'Zabrenia was "quietly buying" Kelvaran gas through intermediaries while publicly supporting Thessmar', 'said', 'mixed', role='Kelvaran energy minister'),
    s('Kaveh Ostrander-Nwosu', '', 'No, it is not true.|before sharing it with journalists.', '', role=SPOX_Z),
    s("Thessmar's prime minister", "Thessmar's prime minister", 'Zabrenia to use its influence in the coalition of oil exporters to push for deeper cuts', 'has called on', role='prime minister'),
    s('Kaveh Ostrander-Nwosu', '', 'Our position on production was set out clearly by Minister Odunsi-Karlberg in Karlstedt.|including Thessmar.', '', role=SPOX_Z),
    s('Al-Sahel Review', 'the opposition newspaper Al-Sahel Review', 'the Ministry has recalled its ambassador from Lindoria for consultations', 'According to'),
    s('Kaveh Ostrander-Nwosu', '', 'I can confirm that the ambassador is in Qadira.|We expect that their rights will be respected.', '', role=SPOX_Z),
    s('Pelandrian foreign minister', 'The Pelandrian foreign minister', 'Castrel expected "concrete proposals" from Zabrenia on the Qarrun basin', 'said', 'mixed', role='Pelandrian foreign minister'),
    s('Kaveh Ostrander-Nwosu', '', 'The Minister is going to Castrel with ideas, not with ultimatums.|I will not go into details before the talks.', '', role=SPOX_Z),
    s('Kaveh Ostrander-Nwosu', '', 'Yes. Three Zabrenian citizens were detained on 27 November at the Tavrin crossing point.|We have asked for the case to be considered as quickly as possible.', '', role=SPOX_Z),
    s('Kelvaran side', 'the Kelvaran side', 'they are suspected of violating customs rules', 'According to', nested=True, via='Kaveh Ostrander-Nwosu'),
)

PRES_O = 'President of the Republic of Ostrevia'

doc('r10-ostrevia-president-flood-meeting', 'President of the Republic of Ostrevia', '2026-04-09', '''
Meeting on flood relief in the Orlenna valley

April 9, 2026, 15:00, Sarvik

Vitomir Halloran-Dzeko held a meeting via videoconference on the elimination of the consequences of the floods in the Orlenna valley. Taking part were Prime Minister Anneliese Okafor-Strand, Minister of Emergency Situations Branimir Tollefsen, Minister of Finance Dorota Wainwright-Achebe and Governor of the Orlenna Region Emeka Lindqvist-Hale.

Excerpts from the transcript:

Vitomir Halloran-Dzeko: Good afternoon, colleagues.

As you know, the water level in the Orlenna has started to fall, but the situation in the valley remains difficult. More than 3,200 homes have been flooded, and about 11,000 people have had to leave them. Our first task now is to give these people a roof over their heads and money to start repairs.

Mr Tollefsen, please, the situation first.

Branimir Tollefsen: Mr President, colleagues.

At 12:00 today the water level at Grellau was 6.4 metres, 1.1 metres lower than at the peak on Sunday. We expect it to fall below the danger mark by Saturday if there is no heavy rain upstream.

There are 1,900 rescuers and 240 units of equipment working in the region. Electricity has been restored in 31 of the 44 settlements that were cut off. Drinking water is being delivered to the rest by tanker.

Vitomir Halloran-Dzeko: What about the dams? What is the situation at Rosny?

Branimir Tollefsen: Yes, Mr President. Engineers inspected the Rosny dam overnight. There is seepage on the downstream slope, but no threat of a breach at the moment. We are monitoring it around the clock.

Vitomir Halloran-Dzeko: Good. Mr Lindqvist-Hale, how are people being accommodated?

Emeka Lindqvist-Hale: Mr President, about 2,600 people are staying in 19 temporary shelters in schools and sports halls; the rest are with relatives. Everyone in the shelters has hot meals three times a day.

I would like to raise one problem. Many of the flooded houses in the older villages were never registered, and their owners cannot prove their right to compensation. I ask that a simplified procedure be approved for such cases, on the basis of a statement from the local council.

Vitomir Halloran-Dzeko: I agree. Anneliese Okafor-Strand, please see that this is done within a week. People should not be running from office to office after losing everything.

Anneliese Okafor-Strand: It will be done, Mr President. The Government has already prepared the draft resolution.

Vitomir Halloran-Dzeko: And the payments themselves? Ms Wainwright-Achebe.

Dorota Wainwright-Achebe: Mr President, 40 million was allocated from the reserve fund on Monday. Families whose homes were flooded will receive a one-off payment of 1,500 per household; those whose homes were destroyed, up to 30,000. The first payments will reach people's accounts on Friday.

Vitomir Halloran-Dzeko: This is important. Please make sure the money reaches people before the holiday, not after it. I will check.

(The meeting continued in closed session.)
''',
    s('Vitomir Halloran-Dzeko', 'Vitomir Halloran-Dzeko', 'As you know, the water level in the Orlenna has started to fall|money to start repairs.', '', role=PRES_O),
    s('Branimir Tollefsen', 'Branimir Tollefsen', 'At 12:00 today the water level at Grellau was 6.4 metres|Drinking water is being delivered to the rest by tanker.', '', role='Minister of Emergency Situations'),
    s('Branimir Tollefsen', 'Branimir Tollefsen', 'Engineers inspected the Rosny dam overnight.|We are monitoring it around the clock.', '', role='Minister of Emergency Situations'),
    s('Emeka Lindqvist-Hale', 'Emeka Lindqvist-Hale', 'about 2,600 people are staying in 19 temporary shelters|on the basis of a statement from the local council.', '', role='Governor of the Orlenna Region'),
    s('Vitomir Halloran-Dzeko', 'Vitomir Halloran-Dzeko', 'I agree.|after losing everything.', '', role=PRES_O),
    s('Anneliese Okafor-Strand', 'Anneliese Okafor-Strand', 'It will be done, Mr President. The Government has already prepared the draft resolution.', '', role='Prime Minister'),
    s('Dorota Wainwright-Achebe', 'Dorota Wainwright-Achebe', '40 million was allocated from the reserve fund on Monday.|The first payments will reach people\'s accounts on Friday.', '', role='Minister of Finance'),
    s('Vitomir Halloran-Dzeko', 'Vitomir Halloran-Dzeko', 'This is important.|I will check.', '', role=PRES_O),
)

MIN_L = 'Minister of Agriculture and Food Security'

doc('r11-lindoria-agriculture-harvest-page', 'Ministry of Agriculture and Food Security of the Republic of Lindoria', '2026-09-17', '''
Skip to main content
Ministry of Agriculture and Food Security of the Republic of Lindoria
Search | EN | FR
Home | Ministry | Press Centre | Programmes | Open Data | Contacts
Home › Press Centre › News

Rasmus Adeyemi-Vogt: grain harvest will exceed 9 million tonnes for the first time

Published: 17.09.2026 11:20 | Updated: 17.09.2026 14:05
Print | A A+

Minister of Agriculture and Food Security Rasmus Adeyemi-Vogt today visited farms in the Korrowa district, where the wheat harvest is nearing completion.

In a conversation with farmers, the Minister said that, according to operational data, 8.6 million tonnes of grain had already been harvested across the country, with 87 percent of the area cleared. "We will pass nine million tonnes for the first time in the history of Lindoria. This is the result of your work, and of the decision to keep fertiliser prices under control," the head of the Ministry stressed.

He noted that the yield of wheat this year averaged 3.4 tonnes per hectare, 12 percent more than last year, and that the quality of the grain was "among the best in a decade."

Farmer Ondine Castellanos-Baptiste, who grows wheat and barley on 1,200 hectares near Korrowa, told the Minister that storage capacity in the district was not enough for the record harvest and that some farmers were forced to sell grain at harvest-time prices. She asked the Ministry to speed up the payment of diesel subsidies, which in the district have been delayed since July.

According to Deputy Minister Eliska Marangoni-Obi, who accompanied the Minister, the delays were caused by the late submission of documents by the district administration; the payments will be completed by 1 October.

Rasmus Adeyemi-Vogt instructed the district administration to submit the remaining documents within five working days and to report on the payments to the Ministry every week. The Minister also said the Ministry would consider supporting the construction of two new grain elevators in the district under the 2027 investment programme.

Photo: Press Service of the Ministry of Agriculture and Food Security

Share: Facebook | X | Telegram | Email
Tags: harvest, grain, Korrowa district

Related news

Deputy Minister Eliska Marangoni-Obi: fertiliser subsidies will continue in 2027
15.09.2026

Lindoria resumes poultry exports to Quillmark
12.09.2026

Ministry says locust outbreak in the south is under control
09.09.2026

Farmers call for higher purchase prices for milk — dairy union
04.09.2026

All news

Subscribe to news | Hotline: 0 800 501 220
© 2026 Ministry of Agriculture and Food Security of the Republic of Lindoria | Sitemap | Accessibility | Personal data policy
''',
    s('Rasmus Adeyemi-Vogt', 'Rasmus Adeyemi-Vogt', 'grain harvest will exceed 9 million tonnes for the first time', '', role=MIN_L),
    s('Rasmus Adeyemi-Vogt', 'the Minister', 'according to operational data, 8.6 million tonnes of grain had already been harvested across the country, with 87 percent of the area cleared', 'said', role=MIN_L),
    s('operational data', 'operational data', '8.6 million tonnes of grain had already been harvested across the country, with 87 percent of the area cleared', 'according to', nested=True, via='Rasmus Adeyemi-Vogt'),
    s('Rasmus Adeyemi-Vogt', 'the head of the Ministry', '"We will pass nine million tonnes for the first time in the history of Lindoria. This is the result of your work, and of the decision to keep fertiliser prices under control,"', 'stressed', 'direct', role=MIN_L),
    s('Rasmus Adeyemi-Vogt', 'He', 'the yield of wheat this year averaged 3.4 tonnes per hectare, 12 percent more than last year, and that the quality of the grain was "among the best in a decade."', 'noted', 'mixed', role=MIN_L),
    s('Ondine Castellanos-Baptiste', 'Farmer Ondine Castellanos-Baptiste, who grows wheat and barley on 1,200 hectares near Korrowa', 'storage capacity in the district was not enough for the record harvest and that some farmers were forced to sell grain at harvest-time prices', 'told', role='Farmer'),
    s('Ondine Castellanos-Baptiste', 'She', 'the Ministry to speed up the payment of diesel subsidies, which in the district have been delayed since July', 'asked', role='Farmer'),
    s('Eliska Marangoni-Obi', 'Deputy Minister Eliska Marangoni-Obi, who accompanied the Minister', 'the delays were caused by the late submission of documents by the district administration; the payments will be completed by 1 October', 'According to', role='Deputy Minister'),
    s('Rasmus Adeyemi-Vogt', 'Rasmus Adeyemi-Vogt', 'the district administration to submit the remaining documents within five working days and to report on the payments to the Ministry every week', 'instructed', role=MIN_L),
    s('Rasmus Adeyemi-Vogt', 'The Minister', 'the Ministry would consider supporting the construction of two new grain elevators in the district under the 2027 investment programme', 'said', role=MIN_L),
    s('Eliska Marangoni-Obi', 'Deputy Minister Eliska Marangoni-Obi', 'fertiliser subsidies will continue in 2027', '', role='Deputy Minister', region='related'),
    s('Ministry', 'Ministry', 'locust outbreak in the south is under control', 'says', region='related'),
    s('dairy union', 'dairy union', 'Farmers call for higher purchase prices for milk', '', region='related'),
    s('Farmers', 'Farmers', 'higher purchase prices for milk', 'call for', region='related', nested=True, via='dairy union'),
)

doc('r12-brennock-councillor-bribery-verdict', 'The Brennock Ledger', '2026-11-20', '''
Jury convicts former Brennock councillor in bribery case; defense vows appeal

Prosecutor calls verdict ‘a message to every official’; sentencing set for January

By Tamsin Oyelaran-Voss
Courts Reporter

BRENNOCK — A Lachlan County jury on Thursday found former city councillor Wendell Okonkwo-Farrant guilty of taking $85,000 in bribes from a developer in exchange for his votes on three zoning changes, ending a five-week trial that laid bare how land deals were made at city hall.

Jurors deliberated for two days before returning guilty verdicts on four counts of bribery. They acquitted him of two counts of obstruction of justice.

Okonkwo-Farrant, 58, who represented the city’s east ward for 14 years, showed no reaction as the verdicts were read. His lawyer, Priya Halvorsen-Dube, said outside the courthouse that her client would appeal.

“We respect the jury’s work, but the judge allowed evidence that should never have been in front of them,” she said, referring to recordings the developer made of two meetings in a parked car in 2023.

“This verdict sends a message to every official in this county: your vote is not for sale,” Assistant District Attorney Graham Moriarty-Essien told reporters. “It took a long time to get here. It was worth it.”

The case turned on the testimony of the developer, Cormac Ashgrove-Benn, who pleaded guilty last year to a federal tax charge and testified under a cooperation agreement. He told jurors that he had handed Okonkwo-Farrant envelopes of cash on at least six occasions, once in the parking lot of a church where the councillor sang in the choir.

“I thought of it as the cost of doing business,” Ashgrove-Benn said on the stand. “Like buying a permit, except there was no receipt.”

The defense argued that the developer had invented the payments to win a lighter sentence. Okonkwo-Farrant, who testified in his own defense, told jurors the money was a loan for his daughter’s tuition that he had intended to repay.

He has maintained throughout that he did nothing wrong.

Prosecutors countered that no loan agreement was ever written down and that the payments stopped the week after the last zoning vote. In his closing argument, Moriarty-Essien called the loan story “a fairy tale with a bank account number.”

Superior Court Judge Marisol Kettering-Ayodele set sentencing for Jan. 14 and allowed Okonkwo-Farrant to remain free on bail. She told him the bribery counts each carry a maximum of 10 years in prison, though first-time offenders in the state typically receive far less.

Mayor Ferdinand Obasi-Lockhart, who served on council with Okonkwo-Farrant for six years, said in a statement that the verdict was “a painful day for Brennock” and that the city had since changed its rules on meetings between councillors and developers.

Outside the courthouse, a small group of east ward residents waited for the former councillor. One of them, retired bus driver Albertina Szabo-Nunez, said he had helped her family when her husband lost his job.

“I don’t know what he did with that man’s money,” she said. “I know what he did for us.”
''',
    s('Priya Halvorsen-Dube', 'defense', 'appeal', 'vows', role='lawyer'),
    s('Graham Moriarty-Essien', 'Prosecutor', '‘a message to every official’', 'calls', 'direct', role='Assistant District Attorney'),
    s('Priya Halvorsen-Dube', 'His lawyer, Priya Halvorsen-Dube', 'her client would appeal', 'said', role='lawyer'),
    s('Priya Halvorsen-Dube', 'she', '“We respect the jury’s work, but the judge allowed evidence that should never have been in front of them,”', 'said', 'direct', role='lawyer'),
    s('Graham Moriarty-Essien', 'Assistant District Attorney Graham Moriarty-Essien', '“This verdict sends a message to every official in this county: your vote is not for sale,”', 'told', 'direct', role='Assistant District Attorney'),
    s('Graham Moriarty-Essien', '', '“It took a long time to get here. It was worth it.”', '', 'direct', role='Assistant District Attorney'),
    s('Cormac Ashgrove-Benn', 'He', 'he had handed Okonkwo-Farrant envelopes of cash on at least six occasions, once in the parking lot of a church where the councillor sang in the choir', 'told', role='developer'),
    s('Cormac Ashgrove-Benn', 'Ashgrove-Benn', '“I thought of it as the cost of doing business,”', 'said', 'direct', role='developer'),
    s('Cormac Ashgrove-Benn', '', '“Like buying a permit, except there was no receipt.”', '', 'direct', role='developer'),
    s('Priya Halvorsen-Dube', 'The defense', 'the developer had invented the payments to win a lighter sentence', 'argued', role='lawyer'),
    s('Wendell Okonkwo-Farrant', 'Okonkwo-Farrant, who testified in his own defense', 'the money was a loan for his daughter’s tuition that he had intended to repay', 'told', role='former city councillor'),
    s('Wendell Okonkwo-Farrant', 'He', 'he did nothing wrong', 'has maintained', role='former city councillor'),
    s('Prosecutors', 'Prosecutors', 'no loan agreement was ever written down and that the payments stopped the week after the last zoning vote', 'countered'),
    s('Graham Moriarty-Essien', 'Moriarty-Essien', '“a fairy tale with a bank account number.”', 'called', 'direct', role='Assistant District Attorney'),
    s('Marisol Kettering-Ayodele', 'She', 'the bribery counts each carry a maximum of 10 years in prison, though first-time offenders in the state typically receive far less', 'told', role='Superior Court Judge'),
    s('Ferdinand Obasi-Lockhart', 'Mayor Ferdinand Obasi-Lockhart, who served on council with Okonkwo-Farrant for six years', 'the verdict was “a painful day for Brennock” and that the city had since changed its rules on meetings between councillors and developers', 'said', 'mixed', role='Mayor'),
    s('Albertina Szabo-Nunez', 'One of them, retired bus driver Albertina Szabo-Nunez', 'he had helped her family when her husband lost his job', 'said', role='retired bus driver'),
    s('Albertina Szabo-Nunez', 'she', '“I don’t know what he did with that man’s money,”', 'said', 'direct', role='retired bus driver'),
    s('Albertina Szabo-Nunez', '', '“I know what he did for us.”', '', 'direct', role='retired bus driver'),
)

doc('r13-cardross-budget-libraries', 'Cardross Daily Courier', '2026-12-10', '''
Cardross council passes budget with 4.9% tax increase, trims library hours

Mayor calls it ‘the least bad option’; library users say Sunday closures hit students hardest

By Oren Blackwood-Achterberg
City Hall Bureau

CARDROSS — City council approved a $1.37-billion operating budget Tuesday night that raises property taxes by 4.9 per cent and closes all 11 branch libraries on Sundays, after a nine-hour meeting in which councillors rejected a last-minute bid to find the money elsewhere.

The vote was 9-4. The increase will add about $212 to the annual tax bill of an average home assessed at $540,000, according to the city’s finance department.

Mayor Constance Abernathy-Oduya, who had promised during her 2022 campaign to hold tax increases below inflation, acknowledged that the budget broke that promise.

“I am not going to stand here and pretend this is good news,” she told council before the vote. “It is the least bad option we had. The alternative was cutting transit service in the middle of winter.”

The city’s chief financial officer, Eamon Tshabalala-Ward, told councillors that higher police wages under a new contract and a 38 per cent jump in the cost of insuring city buildings accounted for more than half of the increase. A report by his department warned that the city would face a similar gap next year unless the province increased transit funding.

Coun. Imogen Varga-Stelling moved to keep the libraries open on Sundays by drawing $1.1 million from the city’s tax stabilization reserve. The motion failed 5-8.

“We are closing the one public place in this city where a teenager can sit for six hours without buying anything,” she said. “That is not a rounding error. That is a choice.”

Coun. Barnaby Nakashima-Kerr, who chairs the budget committee, opposed the motion. He said the reserve had already fallen below the level recommended by the city’s auditors, and that using it for operating costs was “how cities get into real trouble.”

Coun. Thaddeus Irvine-Bakare, one of four councillors who voted against the budget, said the city had “spent five years pretending the bill would never come.”

“It came,” he said. “And we are handing it to the people least able to pay it.”

Library users who packed the gallery said the Sunday closures would fall hardest on students without quiet places to study at home. Several held signs reading “Sundays are for reading.”

Delphine Marchbank-Oyo, a Grade 12 student at Sable Creek Collegiate, said she went to the Linden Row branch every Sunday because her family of six shares a two-bedroom apartment.

“My little brothers are great, but you cannot do calculus next to a game console,” she said.

The library board’s chair, Horatio Quaynor-Lindell, said the board would look at opening some branches on Sunday afternoons using volunteers, but that the union contract might not allow it.

Civic Employees Union Local 4417, which represents library workers, said in a statement that it would “not accept volunteers doing the work of laid-off staff.” No staff are being laid off under the budget; about 30 part-time positions will not be filled.

The budget also includes $4.6 million for snow clearing on sidewalks and bike lanes, a measure the mayor said residents had asked for “louder than anything else.”

Council will set water and sewer rates separately in January.
''',
    s('Constance Abernathy-Oduya', 'Mayor', '‘the least bad option’', 'calls', 'direct', role='Mayor'),
    s('Library users who packed the gallery', 'library users', 'Sunday closures hit students hardest', 'say'),
    s('city’s finance department', 'the city’s finance department', 'The increase will add about $212 to the annual tax bill of an average home assessed at $540,000', 'according to'),
    s('Constance Abernathy-Oduya', 'Mayor Constance Abernathy-Oduya', 'to hold tax increases below inflation', 'had promised', role='Mayor', date='2022'),
    s('Constance Abernathy-Oduya', 'Mayor Constance Abernathy-Oduya, who had promised during her 2022 campaign to hold tax increases below inflation', 'the budget broke that promise', 'acknowledged', role='Mayor'),
    s('Constance Abernathy-Oduya', 'she', '“I am not going to stand here and pretend this is good news,”', 'told', 'direct', role='Mayor'),
    s('Constance Abernathy-Oduya', '', '“It is the least bad option we had. The alternative was cutting transit service in the middle of winter.”', '', 'direct', role='Mayor'),
    s('Eamon Tshabalala-Ward', 'The city’s chief financial officer, Eamon Tshabalala-Ward', 'higher police wages under a new contract and a 38 per cent jump in the cost of insuring city buildings accounted for more than half of the increase', 'told', role='chief financial officer'),
    s('city’s finance department', 'A report by his department', 'the city would face a similar gap next year unless the province increased transit funding', 'warned'),
    s('Imogen Varga-Stelling', 'she', '“We are closing the one public place in this city where a teenager can sit for six hours without buying anything,”', 'said', 'direct', role='Coun.'),
    s('Imogen Varga-Stelling', '', '“That is not a rounding error. That is a choice.”', '', 'direct', role='Coun.'),
    s('Barnaby Nakashima-Kerr', 'Coun. Barnaby Nakashima-Kerr, who chairs the budget committee', 'the motion', 'opposed', role='Coun.'),
    s('Barnaby Nakashima-Kerr', 'He', 'the reserve had already fallen below the level recommended by the city’s auditors, and that using it for operating costs was “how cities get into real trouble.”', 'said', 'mixed', role='Coun.'),
    s('Thaddeus Irvine-Bakare', 'Coun. Thaddeus Irvine-Bakare, one of four councillors who voted against the budget', 'the city had “spent five years pretending the bill would never come.”', 'said', 'mixed', role='Coun.'),
    s('Thaddeus Irvine-Bakare', 'he', '“It came,”', 'said', 'direct', role='Coun.', anchor='“It came,”'),
    s('Thaddeus Irvine-Bakare', '', '“And we are handing it to the people least able to pay it.”', '', 'direct', role='Coun.'),
    s('Library users who packed the gallery', 'Library users who packed the gallery', 'the Sunday closures would fall hardest on students without quiet places to study at home', 'said'),
    s('Delphine Marchbank-Oyo', 'Delphine Marchbank-Oyo, a Grade 12 student at Sable Creek Collegiate', 'she went to the Linden Row branch every Sunday because her family of six shares a two-bedroom apartment', 'said', role='Grade 12 student'),
    s('Delphine Marchbank-Oyo', 'she', '“My little brothers are great, but you cannot do calculus next to a game console,”', 'said', 'direct', role='Grade 12 student'),
    s('Horatio Quaynor-Lindell', 'The library board’s chair, Horatio Quaynor-Lindell', 'the board would look at opening some branches on Sunday afternoons using volunteers, but that the union contract might not allow it', 'said', role='chair'),
    s('Civic Employees Union Local 4417', 'Civic Employees Union Local 4417, which represents library workers', 'it would “not accept volunteers doing the work of laid-off staff.”', 'said', 'mixed'),
    s('Constance Abernathy-Oduya', 'the mayor', 'residents had asked for “louder than anything else.”', 'said', 'mixed', role='Mayor'),
)

doc('r14-stourwick-greenbough-grocers-takeover', 'The Stourwick Examiner', '2026-05-14', '''
Greenbough Grocers agrees to $640-million takeover by Caldwell & Orme

Family-owned chain’s 86 stores to keep their name for now, buyer says; union seeks job guarantees

By Nadia Pennington-Obuya
Business Reporter

STOURWICK — Greenbough Grocers, the family-owned supermarket chain that has sold groceries in the Stourwick valley since 1947, has agreed to be bought by national grocer Caldwell & Orme Ltd. for about $640 million, the two companies announced Wednesday.

The deal, which still needs approval from the federal Fair Markets Authority, would give Caldwell & Orme 86 more stores and about 7,400 employees, most of them in small towns where it has no presence today.

Greenbough’s chief executive, Lorna Ekwueme-Stahl, a granddaughter of the chain’s founder, said the family had spent two years looking for a buyer that would keep the stores open and the name on the doors.

“My grandfather used to say a grocery store is a promise you make to a town every morning,” she said in an interview at the company’s head office on Mill Road. “We wanted a buyer who would keep that promise. I believe we found one.”

Caldwell & Orme chief executive Desmond Faircloth-Amadi told analysts on a conference call that the Greenbough name would stay “for the foreseeable future” and that the company had no plans to close stores. He said the deal would add about 6 per cent to the company’s annual sales and lower its costs by about $45 million a year by 2029, mainly through combined purchasing and distribution.

He did not say whether the chain’s distribution centre in Stourwick, which employs 420 people, would remain open.

Shares of Caldwell & Orme rose 3.8 per cent in Toronto.

Sunita Brackenridge-Obi, a retail analyst at Quarrybank Securities, wrote in a note to clients that the price was “full but fair,” roughly 9.5 times Greenbough’s earnings before interest, taxes, depreciation and amortization.

“The bigger question is the Fair Markets Authority,” she wrote. “In at least a dozen towns, these two chains are the only places to buy groceries.”

The authority said it would review the transaction but declined to comment further.

The Allied Food and Retail Workers local that represents about 5,100 Greenbough workers said it would seek written guarantees that jobs and pensions would be protected.

“A promise in a press release is not a promise in a contract,” said the local’s president, Gideon Marquez-Holloway. “We want it in writing, and we want it before the authority signs off.”

According to the purchase agreement, filed with securities regulators on Wednesday, Caldwell & Orme would pay Greenbough $25 million if the deal is blocked by the regulator.

Some customers were wary. At the Greenbough store on Birchmount Street, shopper Yolanda Ferreira-Quist said she had shopped there for 30 years because the store stocked produce from farms in the valley.

“If the lettuce starts coming from the other side of the continent, I will notice,” she said.
''',
    s('Desmond Faircloth-Amadi', 'buyer', 'Family-owned chain’s 86 stores to keep their name for now', 'says'),
    s('Allied Food and Retail Workers local', 'union', 'job guarantees', 'seeks'),
    s('Greenbough Grocers and Caldwell & Orme Ltd.', 'the two companies', 'Greenbough Grocers, the family-owned supermarket chain that has sold groceries in the Stourwick valley since 1947, has agreed to be bought by national grocer Caldwell & Orme Ltd. for about $640 million', 'announced'),
    s('Lorna Ekwueme-Stahl', 'Greenbough’s chief executive, Lorna Ekwueme-Stahl, a granddaughter of the chain’s founder', 'the family had spent two years looking for a buyer that would keep the stores open and the name on the doors', 'said', role='chief executive'),
    s('Lorna Ekwueme-Stahl', 'she', '“My grandfather used to say a grocery store is a promise you make to a town every morning,”', 'said', 'direct', role='chief executive'),
    s('Lorna Ekwueme-Stahl', '', '“We wanted a buyer who would keep that promise. I believe we found one.”', '', 'direct', role='chief executive'),
    s('Desmond Faircloth-Amadi', 'Caldwell & Orme chief executive Desmond Faircloth-Amadi', 'the Greenbough name would stay “for the foreseeable future” and that the company had no plans to close stores', 'told', 'mixed', role='chief executive'),
    s('Desmond Faircloth-Amadi', 'He', 'the deal would add about 6 per cent to the company’s annual sales and lower its costs by about $45 million a year by 2029, mainly through combined purchasing and distribution', 'said', role='chief executive'),
    s('Sunita Brackenridge-Obi', 'Sunita Brackenridge-Obi, a retail analyst at Quarrybank Securities', 'the price was “full but fair,” roughly 9.5 times Greenbough’s earnings before interest, taxes, depreciation and amortization', 'wrote', 'mixed', role='retail analyst'),
    s('Sunita Brackenridge-Obi', 'she', '“The bigger question is the Fair Markets Authority,”', 'wrote', 'direct', role='retail analyst'),
    s('Sunita Brackenridge-Obi', '', '“In at least a dozen towns, these two chains are the only places to buy groceries.”', '', 'direct', role='retail analyst'),
    s('Fair Markets Authority', 'The authority', 'it would review the transaction', 'said'),
    s('Allied Food and Retail Workers local', 'The Allied Food and Retail Workers local that represents about 5,100 Greenbough workers', 'it would seek written guarantees that jobs and pensions would be protected', 'said'),
    s('Gideon Marquez-Holloway', 'the local’s president, Gideon Marquez-Holloway', '“A promise in a press release is not a promise in a contract,”', 'said', 'direct', role='president'),
    s('Gideon Marquez-Holloway', '', '“We want it in writing, and we want it before the authority signs off.”', '', 'direct', role='president'),
    s('purchase agreement', 'the purchase agreement, filed with securities regulators on Wednesday', 'Caldwell & Orme would pay Greenbough $25 million if the deal is blocked by the regulator', 'According to'),
    s('Yolanda Ferreira-Quist', 'shopper Yolanda Ferreira-Quist', 'she had shopped there for 30 years because the store stocked produce from farms in the valley', 'said', role='shopper'),
    s('Yolanda Ferreira-Quist', 'she', '“If the lettuce starts coming from the other side of the continent, I will notice,”', 'said', 'direct', role='shopper'),
)

doc('r15-tillsbury-ferry-captain', 'The Tillsbury Packet', '2026-09-28', '''
After 38 years and some 90,000 crossings, the Gannet Island ferry’s captain ties up for the last time

By Hester Quintanilla-Roe
Staff Writer

TILLSBURY — The horn sounded three times on Sunday as the MV Curlew eased into its slip at the Tillsbury dock at 6:40 p.m., the way it has every evening since 1988. Then Capt. Lionel Abernethy-Sowande switched off the engines, shook hands with his deckhand and stepped onto the ramp, where about 200 people were waiting with a banner.

Abernethy-Sowande, 67, has piloted the county’s only ferry to Gannet Island for 38 years. By his own count he has made about 90,000 crossings of the two-mile channel, in fog, in ice, and once, in 1996, with a woman in labour on the car deck.

“People ask me if I get bored. It is the same two miles, but it is never the same water,” he said on Saturday, during his second-to-last day at the wheel. “The channel has moods. You learn them or you go aground.”

His wife, Marisela, rode the last crossing with him, as she did the first. She said she had never once worried about him on the water.

“On land, yes. He is a terrible driver,” she said, laughing.

The deckhand, Tobiah Greenleaf-Mwansa, has worked beside him for 19 years. He said the captain had taught him to read the channel by the colour of the water and had never raised his voice, even the night a loose trailer rolled into the rail.

“He just said, ‘Well, that is new,’ and went to get the chains,” Greenleaf-Mwansa said.

Islanders said the ferry was their lifeline: it carries children to school on the mainland, patients to the hospital and, every Thursday, the island’s groceries. Gannet Island has about 340 year-round residents.

Wilhelmina Otieno-Brasch, who runs the island’s general store, said the captain had made unscheduled runs at night for medical emergencies “more times than anyone can count,” without being asked to and without overtime pay.

“When my father had his stroke, it was Lionel who came across at two in the morning,” she said. “I will never forget the sound of that engine.”

County Commissioner Rupert Asante-Varley presented the captain with a framed chart of the channel and announced that the new ferry terminal on the island, due to open next spring, would be named after him.

The county has hired a new captain, Maren Solberg-Achebe, who has worked on tugboats in the Port of Ambleside for 12 years. She said she had been training with Abernethy-Sowande since June.

“He gave me a notebook with 38 years of notes in it,” she said. “Tides, rocks, who gets seasick. I am keeping it in the wheelhouse.”

Asked what he would do now, Abernethy-Sowande said he planned to buy a small sailboat.

“No engine,” he said. “I have listened to one for long enough.”
''',
    s('Lionel Abernethy-Sowande', 'his', 'he has made about 90,000 crossings of the two-mile channel, in fog, in ice, and once, in 1996, with a woman in labour on the car deck', 'By his own count', role='Capt.'),
    s('Lionel Abernethy-Sowande', 'he', '“People ask me if I get bored. It is the same two miles, but it is never the same water,”', 'said', 'direct', role='Capt.'),
    s('Lionel Abernethy-Sowande', '', '“The channel has moods. You learn them or you go aground.”', '', 'direct', role='Capt.'),
    s('Marisela', 'She', 'she had never once worried about him on the water', 'said', role='wife'),
    s('Marisela', 'she', '“On land, yes. He is a terrible driver,”', 'said', 'direct', role='wife'),
    s('Tobiah Greenleaf-Mwansa', 'He', 'the captain had taught him to read the channel by the colour of the water and had never raised his voice, even the night a loose trailer rolled into the rail', 'said', role='deckhand'),
    s('Tobiah Greenleaf-Mwansa', 'Greenleaf-Mwansa', '“He just said, ‘Well, that is new,’ and went to get the chains,”', 'said', 'direct', role='deckhand'),
    s('Lionel Abernethy-Sowande', 'He', '‘Well, that is new,’', 'said', 'direct', role='Capt.', nested=True, via='Tobiah Greenleaf-Mwansa'),
    s('Islanders', 'Islanders', 'the ferry was their lifeline: it carries children to school on the mainland, patients to the hospital and, every Thursday, the island’s groceries', 'said'),
    s('Wilhelmina Otieno-Brasch', 'Wilhelmina Otieno-Brasch, who runs the island’s general store', 'the captain had made unscheduled runs at night for medical emergencies “more times than anyone can count,” without being asked to and without overtime pay', 'said', 'mixed'),
    s('Wilhelmina Otieno-Brasch', 'she', '“When my father had his stroke, it was Lionel who came across at two in the morning,”', 'said', 'direct'),
    s('Wilhelmina Otieno-Brasch', '', '“I will never forget the sound of that engine.”', '', 'direct'),
    s('Rupert Asante-Varley', 'County Commissioner Rupert Asante-Varley', 'the new ferry terminal on the island, due to open next spring, would be named after him', 'announced', role='County Commissioner'),
    s('Maren Solberg-Achebe', 'She', 'she had been training with Abernethy-Sowande since June', 'said', role='captain'),
    s('Maren Solberg-Achebe', 'she', '“He gave me a notebook with 38 years of notes in it,”', 'said', 'direct', role='captain'),
    s('Maren Solberg-Achebe', '', '“Tides, rocks, who gets seasick. I am keeping it in the wheelhouse.”', '', 'direct', role='captain'),
    s('Lionel Abernethy-Sowande', 'Abernethy-Sowande', 'he planned to buy a small sailboat', 'said', role='Capt.'),
    s('Lionel Abernethy-Sowande', 'he', '“No engine,”', 'said', 'direct', role='Capt.', anchor='“No engine,”'),
    s('Lionel Abernethy-Sowande', '', '“I have listened to one for long enough.”', '', 'direct', role='Capt.'),
)

CHIEF = 'chief of staff'

doc('r16-kestrel-bay-chief-of-staff-profile', 'Kestrel Bay Herald', '2026-10-18', '''
‘I am not here to be liked’: Kestrel Bay General’s new chief of staff takes over a hospital in trouble

A heart surgeon with a reputation for arguing, and for winning, inherits the longest emergency waits in the region

By Lucan Hartigan-Obeng
Health Reporter

KESTREL BAY — At 7 a.m. on her third day as chief of staff at Kestrel Bay General Hospital, Dr. Saoirse Adebayo-Lindholm was standing in a hallway of the emergency department, counting stretchers.

There were 23 of them, each holding a patient waiting for a bed upstairs. The longest had been there for 41 hours.

“That number is the whole job,” she said later in her office, a windowless room she has not yet had time to decorate. “If I get it down, I have done my job. If I do not, nothing else I do matters.”

The 54-year-old cardiac surgeon takes over a hospital that has had four chiefs of staff in six years and a $14-million deficit. A provincial review released in April found that emergency patients waited longer at Kestrel Bay General than at any other hospital in the region, a median of 19 hours for an admitted patient.

She trained at Ebbington University Hospital, where her mentor, Dr. Leopold Harnack-Obi, ran the cardiac surgery program for two decades. He said she was the only resident he ever had who argued with him in the operating room, and usually won.

“She would say, ‘Dr. Harnack-Obi, with respect, that is wrong,’ and then she would tell me why,” he said. “Most of the time she was right. It was very annoying.”

She laughed when the remark was read to her.

“Leo exaggerates. I won perhaps a third of the time,” she said.

Her appointment has not been universally welcomed. The union local that represents the hospital’s 1,900 nurses said it had not been consulted, and its president was blunt about what she expects.

“We have had four chiefs of staff promise to fix the emergency department. We have had zero chiefs of staff ask the nurses how,” said Fenella Quarrie-Ambrose, president of Maritime Nurses’ Union Local 62. She said nurses in the emergency department were working mandatory overtime at least twice a week.

Adebayo-Lindholm said she had since met the union’s executive twice and would spend one shift a month working alongside emergency nurses.

“I do not know how to fix it yet,” she said. “The people who do are the ones on the floor.”

The hospital’s board chair, Marcus Delacroix-Yeo, said the board had chosen her from 31 candidates because she combined “clinical credibility and a very thick skin.” He said she had been given a five-year contract and the authority to make unpopular decisions.

She has already made one. Two weeks into the job, the new chief cancelled a planned $3-million renovation of the hospital’s executive offices and moved the money to hire 14 more emergency nurses. Asked about the deficit, she said it would not be closed “on the backs of the people at the bedside.”

Perpetua Okwuosa-Grant has worked in the emergency department since 1991, longer than anyone else on staff, and has watched all four of the new chief’s predecessors come and go. She said she had learned not to judge a chief by the first month.

“Everybody is nice in the first month,” the veteran nurse said. “Ask me in a year.”

In 2014, Adebayo-Lindholm operated on a five-day-old girl, Clementine, who had been born with a hole between two chambers of her heart. Her father, Bartholomew Nkemelu-Frost, remembers the surgeon sitting on the floor of a crowded waiting room to explain the operation, because there were no chairs left.

“She drew the heart on the back of a parking receipt,” he said. “I still have it.”

Clementine is 12 now and plays goalkeeper on her school’s soccer team, he said.

Her own daughter, Niamh, a 22-year-old medical student at Ebbington, said her mother had warned her against becoming a doctor “about once a week for ten years.”

“It did not work,” Niamh said.

Adebayo-Lindholm’s husband, a high school music teacher, died of cancer in 2019. She does not talk about it often, but she said those months had taught her what a hospital looks like from a plastic chair.

“The waiting. Nobody tells you anything. You count the ceiling tiles,” she said. “I think about that every single day.”

On Friday, the number of patients on stretchers in the emergency department was 19. She wrote it on the whiteboard in her office, under the 23.

“Four fewer,” she said. “It is a start.”
''',
    s('Saoirse Adebayo-Lindholm', '', '‘I am not here to be liked’', '', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', 'she', '“That number is the whole job,”', 'said', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', '', '“If I get it down, I have done my job. If I do not, nothing else I do matters.”', '', 'direct', role=CHIEF),
    s('provincial review', 'A provincial review released in April', 'emergency patients waited longer at Kestrel Bay General than at any other hospital in the region, a median of 19 hours for an admitted patient', 'found'),
    s('Leopold Harnack-Obi', 'He', 'she was the only resident he ever had who argued with him in the operating room, and usually won', 'said', role='mentor'),
    s('Leopold Harnack-Obi', 'he', '“She would say, ‘Dr. Harnack-Obi, with respect, that is wrong,’ and then she would tell me why,”', 'said', 'direct', role='mentor'),
    s('Saoirse Adebayo-Lindholm', 'She', '‘Dr. Harnack-Obi, with respect, that is wrong,’', 'would say', 'direct', role=CHIEF, nested=True, via='Leopold Harnack-Obi'),
    s('Leopold Harnack-Obi', '', '“Most of the time she was right. It was very annoying.”', '', 'direct', role='mentor'),
    s('Saoirse Adebayo-Lindholm', 'she', '“Leo exaggerates. I won perhaps a third of the time,”', 'said', 'direct', role=CHIEF),
    s('Maritime Nurses’ Union Local 62', 'The union local that represents the hospital’s 1,900 nurses', 'it had not been consulted', 'said'),
    s('Fenella Quarrie-Ambrose', 'Fenella Quarrie-Ambrose, president of Maritime Nurses’ Union Local 62', '“We have had four chiefs of staff promise to fix the emergency department. We have had zero chiefs of staff ask the nurses how,”', 'said', 'direct', role='president'),
    s('Fenella Quarrie-Ambrose', 'She', 'nurses in the emergency department were working mandatory overtime at least twice a week', 'said', role='president'),
    s('Saoirse Adebayo-Lindholm', 'Adebayo-Lindholm', 'she had since met the union’s executive twice and would spend one shift a month working alongside emergency nurses', 'said', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', 'she', '“I do not know how to fix it yet,”', 'said', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', '', '“The people who do are the ones on the floor.”', '', 'direct', role=CHIEF),
    s('Marcus Delacroix-Yeo', 'The hospital’s board chair, Marcus Delacroix-Yeo', 'the board had chosen her from 31 candidates because she combined “clinical credibility and a very thick skin.”', 'said', 'mixed', role='board chair'),
    s('Marcus Delacroix-Yeo', 'He', 'she had been given a five-year contract and the authority to make unpopular decisions', 'said', role='board chair'),
    s('Saoirse Adebayo-Lindholm', 'she', 'it would not be closed “on the backs of the people at the bedside.”', 'said', 'mixed', role=CHIEF),
    s('Perpetua Okwuosa-Grant', 'She', 'she had learned not to judge a chief by the first month', 'said', role='veteran nurse'),
    s('Perpetua Okwuosa-Grant', 'the veteran nurse', '“Everybody is nice in the first month,”', 'said', 'direct', role='veteran nurse'),
    s('Perpetua Okwuosa-Grant', '', '“Ask me in a year.”', '', 'direct', role='veteran nurse'),
    s('Bartholomew Nkemelu-Frost', 'Her father, Bartholomew Nkemelu-Frost', 'the surgeon sitting on the floor of a crowded waiting room to explain the operation, because there were no chairs left', 'remembers'),
    s('Bartholomew Nkemelu-Frost', 'he', '“She drew the heart on the back of a parking receipt,”', 'said', 'direct'),
    s('Bartholomew Nkemelu-Frost', '', '“I still have it.”', '', 'direct'),
    s('Bartholomew Nkemelu-Frost', 'he', 'Clementine is 12 now and plays goalkeeper on her school’s soccer team', 'said'),
    s('Niamh', 'Her own daughter, Niamh, a 22-year-old medical student at Ebbington', 'her mother had warned her against becoming a doctor “about once a week for ten years.”', 'said', 'mixed', role='medical student'),
    s('Saoirse Adebayo-Lindholm', 'her mother', 'her against becoming a doctor “about once a week for ten years.”', 'had warned', 'mixed', role=CHIEF, nested=True, via='Niamh'),
    s('Niamh', 'Niamh', '“It did not work,”', 'said', 'direct', role='medical student'),
    s('Saoirse Adebayo-Lindholm', 'she', 'those months had taught her what a hospital looks like from a plastic chair', 'said', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', 'she', '“The waiting. Nobody tells you anything. You count the ceiling tiles,”', 'said', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', '', '“I think about that every single day.”', '', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', 'she', '“Four fewer,”', 'said', 'direct', role=CHIEF),
    s('Saoirse Adebayo-Lindholm', '', '“It is a start.”', '', 'direct', role=CHIEF),
)

write('invented_r_gold.jsonl', per_document=True)
