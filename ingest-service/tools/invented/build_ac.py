#!/usr/bin/env python3
"""Builds invented set AC (round 41, "writer", issues 9 and 10): a twenty-ninth set written unseen. Five wire stories,
six government texts, five North American newspaper articles (ids acNN-kind-..., 01-05 wires, 06-11 government texts,
12-16 newspapers), dated 2031, in three modules, one per kind.

build_ac_wire.py: a Reuters "EXCLUSIVE-" on a copper takeover (a "-sources" headline and deck bullet over "three people
familiar with the discussions", deck bullets "Orvane says" and "Competition regulator says", "two of the people said",
"One of the people said", "A second person cautioned", the company's denial "in a statement", an analyst with a
follow-on, "according to Tillmouth's 2030 annual report" (the company's), an unnamed union official, a fund's letter
that "said A and called for B" (two)); an AP tornado story (a lede's "state emergency officials said", the weather
service, a sheriff, a witness and a shelter volunteer with follow-ons, a governor who "declared" (none) "and said", a
meteorologist's "said ..., He said"); an agency item with a " — Foreign Ministry" headline dash, "the diplomat",
"According to her,", "In his words,", a warning with an embedded "he said" and a "Read also:" teaser; a bond-market wrap
(deck "Central bank governor says", "the national statistics office said", strategists who "said in a note" and
"wrote", "Not all investors agreed" (none), an anonymous trader, a portfolio manager); an AFP summit of several
leaders (a host president with a follow-on, "backed the idea", "rejected A, saying B" (two), a senior official, aides,
an unnamed diplomat, "The summit also called on", a chief of staff and a spokeswoman named by their principals).

build_ac_gov.py: a foreign ministry's readout (a place-and-date line, "the Minister" named once then by role, "The head
of Pavonian diplomacy", a guest's title with commas in its field, "The Osterlund side drew attention to A, noting B"
(one), "The guest assured", "welcomed this step and said" (two), "informed ... about" and "exchanged views" (none),
"The ministers agreed", "The sides expressed satisfaction"); a joint statement of two presidents in numbered points
with lettered sub-items under "The Parties agree to:" and dashed items under a verbless "the Parties:" lead-in, one
state's point each ("Morvessa welcomes", "Saldivia supports"), "The two countries condemn", invitations, thanks and
"informed ... about" (none); a finance minister's press conference ("Name Surname:" turns, a moderator (none),
"Question: Name, Outlet." turns whose premises "the Fiscal Council said" and "The association of landlords says" are
statements, a nested "their chair, X, told me that"); a provincial governor's flood meeting ("Name Surname:" reports,
the governor's greeting kept, his questions and hand-overs (none), "instructed" and "ordered", a closing quotation
"stressed"); a health ministry's scraped page (menus, share line, a caption, tags, "Related news" teasers "Deputy
Minister X: ..." and "..., says Health Board"); an ombudsman's special report press release (a headline "Ombudsman:
...", "concludes in a special report", "writes in the report", "The report also finds", "According to the report",
"recommends", a ministry's response that "accepts A but rejects B, arguing C" (two) and "states").

build_ac_paper.py: a trial opening (deck "Prosecutor tells jury" and "Defense says", "has pleaded not guilty", opening
statements, "told jurors to expect" and "reminded them not to", a witness who "testified" and "acknowledged" under
cross-examination, a victim's father outside the courthouse); a school board meeting ("has proposed closing", a
district report, parents and a teacher with follow-ons, a union president who "asked the board to", "said A. He
warned B" (two), a chair who voted against (the vote none) and "said", "Asked ... whether ..., he said"); an airline's
results (deck "Carrier says" for the chief executive the story quotes and "union wants" (no cue, none), "told analysts
on a conference call", a union's president, the company's statement, "Analysts said", "Not everyone was so sanguine"
(none), "The company's annual report warns"); a football game story (quarterback, receiver, linebacker, "called A 'B'
but praised C" (two), the opposing coach who "defended his decision", "declined to comment" (none)); a feature on a
ferry captain described before she is named (present-tense "says", "by her own estimate", a husband named by first
name only, "remembers the winter night when", an unnamed funeral director, "Six more months, she says, and then ..."
as one statement in two parts).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed
before the misses were classified. Decided here, where the conventions are silent:
- An ombudsman's "The report also finds" and "According to the report" speak for the ombudsman the lede names as the
  report's author ("concludes in a special report").
- "defended his decision to ..." is a position with a noun object (as "supported the proposal"), a statement.
- "reminded them not to ..." of a judge is a statement, as "told jurors to expect".
- A husband named only by his first name ("Her husband, Arvid,") has that name as his canonical form.
- A governor's order in his own turn ("That is not acceptable. Find a way to finish by 10 April.") is a statement;
  his questions and hand-overs to the next speaker are not.
- "By her own estimate, A" is hers, as round 36's "By his own count".

usage: python3 ingest-service/tools/invented/build_ac.py  (writes src/test/resources/eval/invented_ac_gold.jsonl)
"""
import build_ac_wire  # noqa: F401  (each module adds its documents)
import build_ac_gov  # noqa: F401
import build_ac_paper  # noqa: F401
from invented_common import write

write('invented_ac_gold.jsonl', per_document=True)
