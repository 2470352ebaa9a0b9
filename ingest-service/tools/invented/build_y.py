#!/usr/bin/env python3
"""Builds invented set Y: a second held-out set of round 39 (issues 9 and 10), written unseen by "writer2" beside set W,
and held back so the round's final extractor meets it first after the landing. Five wire stories, six government texts,
five North American newspaper articles (ids yNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers); the
documents are in three modules, one per kind.

build_y_wire.py, five wire stories: an "UPDATE 2-" on a delayed spectrum auction (a "-sources" headline and a "- sources"
bullet over "three people familiar with the preparations", a deck's "Regulator says", "Operators want" (none), "two of
the people said", "one of the people said", an emailed statement, "told parliament ... and that" (one), "said ... but
warned that" (two), analysts' note and a "wrote in a note" quotation, a named pair of operators, "according to the
regulator"); an AP sailing regatta (cue words in a race's sense: a forecast that "promised", wind that "told", a
committee that "signalled"; a jury that "ruled that" and its "written decision", a protest "claimed that", "did not
appeal but said", "defended A, saying B" (two), "Not every sailor agreed" (none), follow-on quotes); an agency story with
a "— deputy culture minister" headline dash, a deck repeating the body's "..., X said", a "/SEVERPRESS/." dateline, "In
her words,", "for his part, noted", "According to X,", "Earlier, ... said", "asked not to be named" (none), "Experts
recall that", and two "Read also" teasers (region related: a headline dash "— district head", "according to the
culture ministry's annual report"); an AFP story following a defence minister and a port city's mayor who disagree
("vowed to fight", "who called the expansion '...'", "dismissed the offer as", "accused the city of", "The mayor's office
denied that", her deputy, a coalition partner, a spokesman's "said only that", "according to the defence ministry"); an
"EMERGING MARKETS-" wrap (a deck's "Central bank chief says", "pointed to" of rate agreements (none), strategists'
note, "Not everyone expects" (none), a minister's "declined to comment" (none), "a central bank survey showed that", an
anonymous trader, "when, X said, it will" interrupting).

build_y_gov.py, six government texts: an agriculture ministry's readout of talks of two named ministers ("The sides
discussed" (none), "They noted", "The Kaltessan side drew attention to A, pointing out that B" (one), "The guest said",
"informed the guest that ... and invited" (one), "The guest expressed interest ... and asked for", an "outlined the
priorities ...:" lead-in over dashed bullets, "The Varnhold side proposed", "The Minister supported the proposal and
said" (two), "The interlocutors ... expressed their support", "The Ministers agreed", "thanked", "invited" and "accepted
the invitation" (none)); a joint communiqué of an intergovernmental commission co-chaired by two deputy prime ministers
in numbered points ("The Co-Chairs", "The two Governments" (the two states), "The X side" (its head), "informed about"
(none), "welcomed the proposal and stated" (two), "Both sides", "the Parties", "raised the issue of A, noting that B"
(one), "The Commission instructed", "signed" (none)); a foreign ministry's briefing transcript (the spokesperson's
opening turn, a guest director who speaks first on his topic in labelled turns, "Question:" premises "X says", "X said
yesterday that", "Opposition deputies claim", two numbered topic headings over unlabelled paragraphs (one statement
each), "Answer:" turns, "According to the captain" and "have assured us" nested); a president's working meeting with
the head of the state water company in "Name Surname:" turns (an address cut, a two-paragraph turn, questions none,
"Good. And tariffs?" none, "The Minister of Construction told me", "they say", "Residents ... have complained to me",
"The laboratories have confirmed" nested); a ministry's scraped page on a pension indexation (menus, breadcrumbs,
reading time, "announced", '"...," the Minister said', "According to the Ministry's estimates", "added", "explained",
"welcomed the decision but said" (two), "called the increase '...'", an employers' council "warned", share line, tags,
"Related news" of three teasers: "State Secretary X: ...", "Ministry: ...", one with no speaker; footer); a regional
governor's working trip naming local officials with long titles ("According to the general director of the contractor
X, Name,", "reported that", "assured the Governor that", "instructed the minister to", "The Deputy Chairman of the
Regional Government for Social Policy, Name, said", a chief physician's "told him" and "noted", a regional minister by
video link and "According to the minister," with a nested "have already expressed their readiness", "drew attention to"
+ noun, "proposed to", "supported the proposal and instructed" (two), "people asked about" (none), "promised that", a
closing quotation, photo credit).

build_y_paper.py, five North American newspaper articles: a wrongful-death civil trial against a trampoline park
(headline "Trampoline park manager says ...", deck "Mother of injured teen tells jury ...", "told a ... jury ... that
... and that '...'", "The family accuses X of", "which they say had been", "testified that", "acknowledged that",
lawyers of both parties, "the manager replied", '"A," she said, her voice breaking. "B."', an expert witness, "Judge X
has told jurors", "declined to comment" (none), a company "said in a statement"); a council vote on backyard hens (deck
"Mayor breaks tie; bylaw chief warns ... '...'", "where he says", "a staff report that estimated", "The report, prepared
by the city's bylaw services department, warned", "It also noted", "told council", residents, a medical officer's
letter "said A, but recommended B" (two), "lined up at the microphone" (none)); an investigation of an ambulance
contractor's response times (headline "..., records show", deck "Paramedics say ...; company calls the practice '...'",
"according to dispatch records obtained by the Beacon", "the records show," interrupting, "Four paramedics told the
Beacon", an anonymous paramedic's quotation and its follow-on, "In a written response ..., X said", "He called the
practice '...' and said" (two), "did not answer questions" (none), a lawyer's "wrote in a letter", "according to" a
council); an obituary of a sign painter ("by her own count", "Her son, X, said", '"A," he said. "Then she told me ..."'
with its nested statement, "He used to tell customers that ..., her daughter, X, recalled" (the daughter's, his nested),
"She said in a 1994 interview", an apprentice's "He remembers her standing", "Her daughter said", "The family asks
that", "her son said" at the end; pronouns across a son, a daughter, a late husband and an apprentice); a profile of a
fired fire inspector running for council (deck "Former fire inspector says ...; mayor calls her claims '...'", a letter
that "tells her that", present-tense "she says", "she argues" inside her statement, "The city disputes her account",
"the arbitrator found that", "describes her as '...'", "He, she says, is ..." interrupting, a councillor's "says the
former inspector is", "the mayor" named twelve paragraphs before "Asked about ..., he said").

All invented (surname parts, places, bodies and outlets checked with a script against the texts of sets A-V, the seeds
and the speaker names and ids of set W: none is shared; common words and first names are), annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "The two Governments" of a commission's joint communiqué are the two states ("Solmeria and Vestrand"); "The Commission
  instructed its working group" is the commission's statement.
- "The guest expressed interest in A" and "expressed the interest of X companies in A" are positions (as "expressed
  readiness"); "outlined the priorities ...:" is a lead-in whose bullets are statements.
- A dismissed inspector's letter "tells her that" she is fired: the letter's statement (a document with no maker named).
- An arbitrator's "found that" is a ruling, a statement (as a referee's "ruled that"); "a central bank survey showed
  that" is the survey's (as "official results showed that").
- Scare quotes around a button's label ("arrived") make a content mixed, as any quotation marks do; a boat's name in
  quotation marks inside a transcript paragraph does not.

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the guideline
found reading its misses: two statements reported inside another had not been marked nested, as the set's other reported
statements were (both optional: y01's "while the three operators have argued ..." inside "two of the people said", y08's
"The delegations agreed on ..." inside the spokesperson's unlabelled topic paragraph).

usage: python3 ingest-service/tools/invented/build_y.py  (writes src/test/resources/eval/invented_y_gold.jsonl)
"""
import build_y_wire  # noqa: F401  (each module adds its documents)
import build_y_gov  # noqa: F401
import build_y_paper  # noqa: F401
from invented_common import write

write('invented_y_gold.jsonl', per_document=True)
