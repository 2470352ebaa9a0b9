#!/usr/bin/env python3
"""Builds invented set S: wire stories and government texts weighted over newspaper articles (the held-out kinds where
resolution is weakest), written unseen in session 36 by "writer" (issues 9 and 10). The documents are in three modules,
one per kind.

build_s_wire.py, six wire stories: a "GLOBAL MARKETS-" wrap on an emerging-market currency (asterisk summary lines with
"Finance minister says ...", "warned speculators that", "told reporters", "declined to say whether ..., but said",
"Two traders at local banks said", "did not respond" (none), "data showed", "said in a statement", "according to a
Tidewell poll"; cue words in other senses: "All told", "suggested a flat start", "citing"); a cycling stage race
("attacked", "claimed the leader's jersey", "conceded ... and said" (two), "complained that", "denied any
favoritism", "rejected the criticism, saying" (two), "a decision that race director X defended" (none), "Her team said",
"Asked whether ..., she smiled." (none)); an agency story with a "— deputy prime minister" headline dash, a deck
"..., X said", a "/SEVERA/." dateline, "According to her,", "she specified", "In his words,", "for its part, warned",
"Earlier, ... said" and two "Read also" teasers with ledes (region related: "According to the Brevonian side", a press
service); an "UPDATE 2-" health story (a "..., regulator says" headline, deck lines "Regulator cites", "Company says",
"Health ministry says"; "the agency said", "said on a call with reporters", "results published last year showed", "Two
people familiar with the trial said" and "One of them said", "Analysts said" then a named analyst, "according to
health ministry figures"); an AP-style volcano eruption ("officials said", "Its director", "Residents described",
"promised that", "Some evacuees complained", "A fisherman who would give only his first name", "disputed the account,
saying" (two), "Airlines told passengers to"); a regional election ("preliminary results show(ed)", "told cheering
supporters", "pledged to", "conceded defeat" (a statement) and "congratulated" (none), "ruled out", "blamed the defeat
on", "Observers from ... said").

build_s_gov.py, five government texts: a health ministry's readout of a minister receiving a regional director
(courtesies "welcomed the guest", "thanked", "discussed" (none), bullets after "The Minister stressed:" with dashed
sub-bullets under "in three areas:", "praised ... and noted that" (two), "The Regional Director confirmed", "The head of
the health department drew the guest's attention to ..., pointing out that" (one), "The Director suggested", "The sides
agreed", a deputy minister who "told journalists", a phone call with "The Santorran Minister expressed concern ... and
proposed", "supported the proposal and said" (two), "The ministers agreed"); a joint statement of two presidents in
numbered paragraphs ("The Presidents", "The two countries", "The Pollensan side", "The Veskari side", "Both sides",
"The Parties", "informed ... of", "took note of", "expressed its gratitude", "thanked ... and invited" (none), "The
Presidents instructed"); a foreign-ministry briefing in "Question:"/"Answer:" turns (an opening turn of announcements,
question premises "Media in Santorra report that", "Minister X said in an interview last week that", "The Ilmarsk
transport ministry says", "Ebrenne's foreign minister told parliament", "has accused the Government of", a
two-paragraph answer, "According to the Ebrenne authorities" and "The captain says" nested in an answer, a courtesy
close); a president's meeting transcript in "Name Surname:" turns (greetings kept, "Ms X, please." and questions are
none, addresses "Mr President," and acknowledgements "Agreed.", "Understood, Mr President." cut, "if I may add." cut,
instructions "please prepare ..." and "take this into account as well." are statements); a labour ministry's scraped
news page (skip link, menus, breadcrumbs, "4 min read", "Text size", a "the Minister said ..., but was ready to"
lede, "told the Minister that", "Speaking to journalists after the meeting, the General Secretary said", "According to
the Ministry, the union and the Ports Authority agreed" (the agreement nested), "said in a written statement",
"has described the offer as", "instructed ... to", "where the union says", photo credit, share line, a "Related news"
list of four dated teasers ("Minister X: ...", "... warns of '...'", "Inspectorate finds", one with no cue), footer).

build_s_paper.py, five North American newspaper articles: a civil verdict over a chairlift death (deck "Resort
'disappointed,' weighing appeal; widow says ..."; "ordered ... finding that" and "It found" (a verdict, none), the
widow and "Their son, Tobin, 16," with "he said", "told jurors in his closing argument", "Lawyers for X argued",
"testified that ... a supervisor told him to" (nested), "Under cross-examination, he acknowledged", "said in an email",
"did not respond" (none), "thanked the jurors and told them" (one), "according to" a professor then "She said");
a council vote on short-term rentals (deck "Hosts warn of '...'; mayor calls vote '...'", "a rule supporters say will
... and opponents say will ..." (two), "A city staff report estimated", "called the vote '...'", "predicted",
"Naledi Forsythe, a nurse who said she had moved four times ..., told council" (two), "warned in a letter to council of
'...' and said" (two), "moved an amendment" and "It failed" (none), "City staff said"); a regional airline's
creditor protection (deck "Regional carrier blames ...; northern towns fear ...", "filed ..., saying", "said in a
statement", "In an affidavit ..., said" and "She wrote", "declined to comment" (none), "The pilots' union blamed
management.", "In a message to members seen by The Chronicle", "He added", an interrupted "..., he said, but ...");
a local feature on beekeepers (deck "members say", "according to a count the club did", "At first many blamed",
"said ..., a sign, she said, that", "He urged", "He joked that", a grandmother named by her first name only, "Not
everyone is starting over." (none), "'That,' he said, 'is ...'"); a long profile of a city's first woman fire chief
(a headline quote with no cue, her "she says" in the present, her predecessor's "He admits" and "Three years later,
he said,", "she wrote a memo arguing that", her father's "He said", "Not everyone in the department welcomed the
appointment." (none), a union president, her deputy, the mayor's "She said" after her quote about the chief, a
firefighter's widow, "The new chief says").

All invented (names of people, places, bodies and outlets checked with a script against the texts of sets A-R and the
seeds: no full name and no surname part is shared; a few common first names are), annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A deck's or headline's description resolves to whoever says it in the story (as set R): "Resort" is the resort's
  spokeswoman, "widow" the widow, "Hosts" the hosts' association, "mayor" the mayor, "Regional carrier" the airline
  (its filing says it), "regulator" / "Regulator" the medicines agency; a deck's group that no one in the story is
  ("northern towns fear ...") stays as its mention, and "members say" is the club's members.
- "conceded defeat", "ruled out early national elections", "blamed management", "denied any favoritism", "disputed the
  account" and "Regulator cites ... readings" report positions with a noun object: statements. "a decision that X
  defended afterward" gives no content of its own: none. "described the offer as Y" and "calls vote Y" give Y.
- "data showed", "results published last year showed", "preliminary results show(ed)" are statements with the data or
  results as speaker (sets C and F's "data showed", the settled "official results showed").
- A transcript turn keeps its greeting ("Good morning.", "Good morning, Mr President."); an acknowledgement ("Agreed.",
  "Understood, Mr President.", "Mr President, if I may add.") and an address before a comma are cut.
- A joint statement of two presidents: "The Presidents", "Both sides", "The Parties" and one side are the presidents its
  opening names; "The two countries" are the two states (as "the two governments").
- Nested (optional): the supervisor's instruction in the operator's testimony, the Ebrenne authorities' and the
  captain's accounts in the spokeswoman's answer, the union and the Ports Authority's agreement in the Ministry's
  account.

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the guideline
and the settled conventions found reading its misses: s01's ", with most respondents citing the country's reliance on
imported fuel" had been left out, against the settled ", citing X stays a statement of its own" (1); three statements
reported inside others had not been marked nested: s03's "the government expects it to exceed 70 million tonnes" in the
deputy prime minister's "According to her" (a cognition verb, as "believes"), s03's "the company had asked the
government for 96 billion crowns" in the operator's chief's "told" (a request, as set R's "asked the Ministry to"),
and s09's "our Santorran colleagues confirmed this to us" in the spokeswoman's answer (3 nested, optional).

usage: python3 ingest-service/tools/invented/build_s.py  (writes src/test/resources/eval/invented_s_gold.jsonl)
"""
import build_s_wire  # noqa: F401  (each module adds its documents)
import build_s_gov  # noqa: F401
import build_s_paper  # noqa: F401
from invented_common import write

write('invented_s_gold.jsonl', per_document=True)
