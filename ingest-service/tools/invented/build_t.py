#!/usr/bin/env python3
"""Builds invented set T: wire stories and government texts weighted over newspaper articles (the held-out kinds where
resolution is weakest), written unseen in session 37 by "writer" (issues 9 and 10). The documents are in three modules,
one per kind.

build_t_wire.py, five wire stories: a "GLOBAL MARKETS-" wrap on a bond rout (a headline "central bank says ...", summary
lines "Central bank governor says ...", "told a news conference", "declined to say" (none), "Analysts at X said in a
note", "A finance ministry spokeswoman said", "did not respond" (none), "debt management office said in a separate
statement", "accused ... and called for" (two), "warned", "Data on Wednesday showed", "according to central bank
figures", "traders said"; cue words in other senses: "All told", "Futures pointed to", "a promised cut"); a handball
final (AP: "a trophy that coach X called '...'", "complained that", "stood by the decisions", "denied that", "promised
the players a parade", "told reporters", "he admitted", "according to the league"); an agency story with a "— deputy
prime minister" headline dash, a deck "..., X said", a "/DRAVNEWS/." dateline, "According to the deputy prime
minister,", "for his part, noted", "In his words,", "Earlier, ... said", "has demanded that", "She specified" and two
"Read also" teasers (region related: "told DRAVNEWS", "According to the ministry", "the corporation's press
service said"); an "UPDATE 2-" rocket failure ("..., agency says" headline, deck lines "Insurer says", "said in a
statement" then "it said", "Two people familiar with ... said" and "One of them said", "wrote on social media",
"Analysts said" then a named analyst, "according to its website"); an AP ferry outbreak ("passengers describe chaos",
"health officials said", "a hospital spokesman said", "Passengers described", "Another passenger, X, said",
"disputed that account, saying" (two), "apologized ... and promised" (one), "The daughter of one hospitalized
passenger ... said", "asked anyone who", "according to department records").

build_t_gov.py, six government texts: an agriculture ministry's readout of a meeting with an international body's deputy
head (courtesies "Welcoming the guest, the Minister thanked" (none), bullets after "The Minister stressed:" with
lettered sub-bullets under "in two areas:", "highly appreciated ... and said" (two), "drew attention to ..., noting
that" (one), "informed the guest that", "invited" (none), "the sides agreed", a second meeting with an ambassador:
"expressed ... readiness ... and proposed", "welcomed the proposal and stressed" (two)); a joint statement of two
foreign ministers ("The Ministers welcomed ... and agreed", "They noted", "The two governments decided" (none), "The
Lysandrian side informed about" (none since session 38), "The Orvessan side confirmed", "reiterated its position that", "Both Ministers",
"The Parties expressed ... and called for", "thanked ... and invited" (none)); a foreign-ministry briefing in
"Question:"/"Answer:" turns (an opening turn of the schedule, question premises "The Dravnews agency reported",
"Her employer, X, says", "Truck drivers say", "is quoted in ... as saying", "X's Defence Ministry said", a
two-paragraph answer, "told us that", "As the Minister said yesterday", "have promised to" and "According to our
Defence Ministry" nested in answers); a president's working meeting with a regional governor in "Name Surname:" turns
(an address "Mr X," cut, questions "What do you propose?" none, "Good. Now about the schools." none, a greeting kept,
"Madam President," cut, instructions as statements, "Fishermen complain that" nested); a foreign ministry's press
release on consultations ("noted ... and pointed to" (two), "confirmed", "The Vesslandic side emphasised", "according
to her," inside a relative clause, "The parties agreed") followed by a "Comment by the Official Representative" in one
question and a four-paragraph answer (the question's "statement by the Ministry ..., which claims that" a statement;
", citing X" and "said only last week that" nested in the answer); a regional administration's scraped page on the
governor's working trip naming local officials (skip link, menus, breadcrumbs, views count, "reported that" then
"According to him," and "He added", "drew the Governor's attention to ..., noting that", "instructed", "told the
Governor that ..., but warned that" (two), "asked", "promised to consider", "residents complained about", "he assured
residents", photo credit, share line, a "Related news" list of four dated teasers ("X: ...", "Provincial health
department: ...", one with no speaker, "..., says speaker X"), footer).

build_t_paper.py, five North American newspaper articles: a federal sentencing (deck "Judge calls scheme '...'; defense
says ...", "a case that prosecutors said fed ...", "pleaded guilty ... to", "told X that he had ...", "argued that",
"asked for eight years", "told the court", "pointing to" inside "asked for", "apologized" (none), a victim's mother's
"said she believed", "according to court records", "ordered" (none), a middleman's lawyer); a council vote on a
snow-plow contract (deck "Mayor says city '...'; contractor blames '...'", "who had defended ..." (none), "according
to a staff report", "said in an interview that", "Several councillors dismissed that claim", "called the company's
response '...'", "warned that ... He urged", "declined to comment" (none), "A survey ... found that" nested in "the
staff report said", "Council also asked staff to"); a grocery takeover with store closings (deck "Union vows to ...;
analysts say ...", "its new owner said", "said in a statement", "did not say" (none), "called the closings '...'",
"told regulators ..., according to documents filed with" (the telling nested), a sign's words (none), "said in an
email"); a local feature on a volunteer radio station (deck "Volunteers say", a present-tense "she says", "according
to its treasurer", "His daughter remembers him sleeping ...", "joked that", "a petition ... asked the station to",
"Some residents wonder whether" (none), a granddaughter named by her first name only, "'That,' X said, 'is ...'"); a
long profile of a retiring medical examiner (a headline quote with no cue, a supervisor's words on an index card, "the
county's chief medical examiner said", her husband's "says", "Colleagues describe her as", her successor's "said she
once made him ...", "she concluded that", a retired detective, "is quick to say", "testified ..., urging", a mother's
"She said the doctor ...", "Not everyone has been an admirer." (none), "the then-sheriff accused her of", the county
executive "who opposed that plan" then "said", "Her deputy is less sure" (none)).

All invented (names of people, places, bodies and outlets checked with a script against the texts of sets A-S and the
seeds: no surname part, place or body is shared; a few common words and first names are), annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A deck's or headline's description resolves to whoever says it in the story (as sets R and S): "Judge" the judge,
  "defense" the defendant's lawyer, "Mayor" the mayor, "contractor" the contractor's president who says it, "Union" the
  local's president who vows the fight, "analysts" the one analyst who predicts more closings, "agency" and "Insurer"
  the bodies the story quotes; a deck's group no one in the story is quoted for ("Volunteers say ...") stays as its
  mention.
- "The two governments decided to establish" is a decision, an act: none. "The Governor reported on A, B and C" names
  topics: none. "apologized to ..." with no content: none; "complained about the poor quality of" and "disputed that
  account" report positions with a noun object: statements.
- "Colleagues describe her as Y" gives Y (as "described the offer as Y"); "a trophy that coach X called '...'" gives
  the quotation.
- A petition "signed by 60 residents" speaks for its signers (a document speaks for its maker named with it).
- The words a supervisor gave the examiner, quoted from the card she keeps, are the supervisor's (a follow-on shape:
  no cue); a sign's words on a union hall door are none (settled).

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the guideline
and the sets' practice found reading its misses: 20 quotations shaped '"A," she said. "B."' had been joined into one
statement of two parts, where sets A-S give the second sentence as a follow-on quote of its own (mention "", cue "";
a cue interrupting one sentence, '"That," she said, "is ..."', stays joined) (20); t12's plea had cue "pleaded guilty"
and content "one count of ...", where sets B, G and O give cue "pleaded" and content "guilty in ... to ..." (1); t12's
main-clause plea "The two middlemen, A and B, have pleaded guilty" had been left out (1); t10's request "asked for a
break in the talks" inside the Representative's answer had not been marked nested (as "citing" beside it was; 1,
optional); t09's turn "I will, Madam President." had been left out beside the same kind of commitment "We will do it."
(1).

Reconciled in session 38 (the lead's convention of that round: "informed X about/of Y" where Y is only a topic noun
phrase is no statement, as sets F-R give it; with a clause, "informed the guest that ...", it is): t07's "The
Lysandrian side informed about the progress in the construction of ..." is removed (1).

usage: python3 ingest-service/tools/invented/build_t.py  (writes src/test/resources/eval/invented_t_gold.jsonl)
"""
import build_t_wire  # noqa: F401  (each module adds its documents)
import build_t_gov  # noqa: F401
import build_t_paper  # noqa: F401
from invented_common import write

write('invented_t_gold.jsonl', per_document=True)
