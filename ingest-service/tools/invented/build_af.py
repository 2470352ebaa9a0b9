#!/usr/bin/env python3
"""Builds invented set AF: a held-back set of round 42 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids afNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2032; the documents are in three modules, one per kind.

build_af_wire.py, five wire stories: an earthquake abroad (a civil protection agency, "according to" a seismological
institute, a survivor with a follow-on, a rescue colonel who "told reporters" and "No one was inside, she said", a
seismologist who "warned A and advised B" (two), a prime minister, "The government said", a hospital administrator
"who asked not to be named" with follow-ons, "Residents of X said", a ministry); a Reuters-style airline merger ("said
it had agreed to buy", "the two companies said in a joint statement" and "they said" as the pair, a chief executive on
a call, "Asked whether ..., she said", a chairman, a pilots' association and its president, a cabin crew union, a
competition authority "In a brief statement", "according to data from" a firm, "Analysts said", an analyst, a ministry
and "A ministry official, speaking on condition of anonymity"); an AFP-style election abroad (a headline "Terevia opposition claims win" (the candidate, as
"claimed victory"), "declared that he had won", partial results from a commission, "according to the commission", rival camps, "dismissed the claim as '...'",
"thanked" (none) and "said", "urged A until the final count, which she said B" (two), observers "said A but that B" (one), "has promised", a run-off
analyst who "said A, but warned B" (two), "said A and called on B" (two)); a hostage release (a "..., mediator says"
headline, an envoy, "Two officials familiar with the negotiations", "one of them", a foreign ministry's statement, a
charity's director, "declined to say" and "did not respond" (none), a security official "who asked not to be named", a
government spokesman on state radio, a researcher "said, adding that" (two), "according to aid groups"); a currency
market wrap (a governor "told a parliamentary committee", strategists and economists with follow-ons, "Traders said",
a federation that "warned A and urged B" (two), a statistics office, "Analysts at X said in a note", "said A, citing
B" (two), "said A and predicted B" (two)).

build_af_gov.py, six government texts: a cabinet meeting transcript in "Name Surname:" turns (a turn in two
paragraphs is one statement; "Thank you, Prime Minister." and "If I may, on the roads." cut; the chair's questions and
her "Emil Sarkany, the digital services bill, please." none; "Good. Then we ..." with "Good." cut); a joint press
conference of two foreign ministers ("Ladies and gentlemen," and "Thank you, Lucia, for your hospitality ..." cut,
"Question (Outlet):" turns none, one question's premise naming the opposition leader a statement); a defence
ministry's weekly briefing in numbered items under "told journalists:" (each item one statement, cue "told"; a Chief
of the General Staff who "assessed" inside an item, nested) and unlabelled "Answer:" turns (the spokesperson's, as the
heading names him; a question's premise naming a deputy a statement); an ambassador's interview with a newspaper
reposted on the embassy's site ("Vesterby Courier:" questions none, a question's premises "accuse" and "said last
month" statements, answers one statement each, an institute "According to" and "As our president said" inside an
answer nested); a president's meeting with a governor (her report in reported speech: "reported", "According to the
Governor", "informed the President that", "replied", "acknowledged", "asked the President to support", "assured";
his remarks summarised: "noted A and drew attention to B, which, he said, '...'" (three), "said A and instructed B"
(two), "pointed out A and asked what" (the question none), "supported the request and said" (two), "remarked",
"congratulated" (none)); a UN mission's account of its permanent representative's statement at the Security Council
("The Permanent Representative", "The delegation of Lusenne", "The representative of Lusenne", "The Ambassador",
"The delegation" all hers; "noted A, and described it as '...'" (two), "called on A and proposed B" (two), "expressed
concern ... and stressed" (two), "urged A, of which, in her words, '...'" (two), "Lusenne, the Ambassador said, has cut ..." in two parts, "the representative of
Taurenne, who had claimed that" (his), "rejected these allegations", "regretted that", "invited" (none), "In
conclusion, X said:" over a quotation).

build_af_paper.py, five North American newspaper articles: a sentencing hearing (a deck "'...,' widow tells court",
a plea, victim statements with follow-ons, a prosecutor who "asked for" and "told the judge", a defence attorney who
"argued for" and "said", the defendant's apology, the judge's reasons, "She ordered" (none), "Imbert said after the
hearing"); a city housing story (a deck "Company says A; tenants say B": the company, and "tenants" an open group;
"The tenants say", "Tenants are skeptical that" (a cognition cue), an association's president with a follow-on, "The association argues", "according to the
association's survey", a landlord's statement and spokesman, "Asked how long ..., Hollister said", "City records show",
a councillor, a researcher, "Until then, Mabry said, she is not packing"); a hospital strike (a deck "union says
'...'": the local president the story quotes; the hospital, its chief executive's statement and a spokeswoman, nurses
and a patient, a health commissioner who "said A" and "urged B", "According to a survey conducted by" a board (the
board's), "officials said"); a college football game story (a deck "Whitcomb calls ... '...'", coaches and players
with follow-ons, "Asked whether ..., Halvorsen shook his head. '...,' he said", "what Whitcomb called 'a tight
hamstring.'", "praised his defensive coordinator"); a 1,000-word feature on a fishing town (present-tense "says",
"Still, he says, ...", contents a cue interrupts, "By his own count,", "remembers N boats leaving" and "remembers that",
"He calls the lobster boom '...'", "In an email, a spokeswoman ... said", a mother and son who share a surname and the
son's deckhand ("Kearsley says she is ... She says he is ..."), "an older man who did not want his name printed" (a
person described and never named), pronouns across four women and three men).

All invented: places, bodies, outlets, teams and people, dated 2032. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- A defence briefing's numbered items under "X told journalists:" are bullets of a lead-in: one statement each, cue
  "told"; the unlabelled "Answer:" turns after "Questions from journalists" are the same spokesperson's.
- A UN mission's "The delegation of X", "The representative of X" and "The Ambassador" are the permanent representative
  its lede names (round 39's "The X delegation" is its head); "the representative of Y" whom the text never names
  speaks as that mention.
- A deck's "Company says" of a story that quotes both the company's statement and its spokesman is the company (the
  statement says what the deck says); "tenants say" stays the open group (round 39's "critics say").
- A cue in a relative clause or an aside inside another statement's content ("..., which she said would be
  completed by Tuesday", "of which, in her words, '...'") makes a statement of its own, as "which X described as Y".
- "argued for five years" of a sentencing is a position, as "asked for the maximum sentence".

usage: python3 ingest-service/tools/invented/build_af.py  (writes src/test/resources/eval/invented_af_gold.jsonl)
"""
import build_af_wire  # noqa: F401  (each module adds its documents)
import build_af_gov  # noqa: F401
import build_af_paper  # noqa: F401
from invented_common import write

write('invented_af_gold.jsonl', per_document=True)
