#!/usr/bin/env python3
"""Builds invented set AH: a held-back set of round 43 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids ahNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2033; the documents are in three modules, one per kind.

build_ah_wire.py, five wire stories: a Reuters-style dock strike (port authorities, a union and its general secretary
with a content its cue interrupts, an employers' association's statement and director general who "described A as
'...'", a transport minister who "urged" and "added", "One agent, who asked not to be identified", "according to" a
statistics office, economists who "estimated"); an AFP-style rocket failure (the agency, "according to the agency's live
broadcast", its head at a news conference, "two engineers who worked on the programme", "one of them" and "The other
engineer", "said A and called the claims '...'" (two), the satellite maker, a weather service director who "said" and
"warned", an analyst, "Opposition lawmakers demanded"); an AP-style cholera outbreak ("a regional health body warned" in
the lede, the body named in the next paragraph; its spokesperson, a health minister who "appealed to", a ward doctor,
"Another doctor at the hospital, who spoke on condition of anonymity", "The ministry has rejected suggestions ...,
saying" (two), a charity and its country director, residents, a displaced mother); an assassination attempt abroad ("police
and his party said", a hospital director, the regional police's statement ("It said"), a police spokeswoman, witnesses,
the party's statement ("called the shooting '...'" and "blamed"), its deputy chair, the interior ministry, a president
who "condemned A and called on B" (two), a prime minister who "rejected the accusation ..., telling reporters" (two));
a grains market wrap (traders, analysts, a ministry that "cut its forecast ..., citing" (two), a consultancy that "put
the crop at" and "said" (two), "according to" a weather service, an unnamed trader "who declined to be named", an
exporters' union and its president, an agriculture minister, "Analysts at X said in a note", "dealers said").

build_ah_gov.py, six government texts: a defence minister's conference call with commanders, summarised ("instructed",
"noted A and said that B" (two), "The Chief of General Staff reported", "According to General X", "informed the
Minister that", a commander who "drew attention to A and proposed B" (two), "supported the proposal and instructed"
(two), "pointed out A, and asked the Minister to" (two), "thanked" (none)); a summit's joint statement in numbered
items ("The sides" and "The leaders" are the two leaders; "held talks" and "invited" none) and each leader's press
remarks under "President X:" and "Prime Minister Y:" (each one statement; the address and the "Thank you, Mr President,
for ..." courtesy cut); an agriculture ministry's progress report (bullets under "According to the Ministry's
operational data, as of 15 May:", bullets under "The Minister instructed the regional administrations:", "In his
words", "The Ministry expects", a farmers' union that "considers the amount insufficient"); a deputy foreign minister's
interview with a news agency ("Rivna Press:" questions none, "S. Valentov:" answers one statement each, a question's
premise "said last week that" and "have complained of" statements, "As Minister X said" and "According to the data of our
border service" nested inside answers); a provincial committee hearing in Hansard style ("The Chair (Ms. X):" procedural
turns none, "Hon. X (Minister of Health):" answers, a member's assertion turn, members' questions none, their premises
"The Auditor General said" and "the nurses' association told this committee" statements); a presidential decree's news
item (a headline "... - governor", "The decree instructs" and "According to the decree" the president's, "Under the
decree," no source, a press secretary who "told reporters", "Asked whether ..., the press secretary said", a governor who
"welcomed the decree, saying" (two), a chamber of commerce chair who "called A '...' and urged B" (two), a party that
"has criticised A, arguing B" (two)).

build_ah_paper.py, five North American newspaper articles: a transit fare increase (a deck "riders' group calls it
'...'": the director the story quotes; "The Transit Authority says", the board chair's quotation in two parts, a
dissenting board member who "argued", "An audit ... estimated", riders with follow-ons, an advocacy group that "had
urged", "Authority staff said", a general manager, "a step X described as a formality"); a restaurant inspection story (a
deck "Owners say A; county says B": the two owners the story quotes, and the department manager who gives its figure; "according to
inspection reports obtained by" the paper (an obtainer is no maker), "attributed A to B, which he said meant '...'"
(two), "Reached by phone, the manager ..., who gave only his first name, Rafael", a commissioner who "has proposed", an
association that "opposes the proposal"); a basketball game story (a deck "'...,' Whitaker says", players and coaches
with follow-ons, "She praised", "Asked about that matchup, Okonkwo smiled ... '...,' he said", "said A and blamed
himself for B" (two), "said A and credited B" (two), "The Pilots announced"); a wrongful conviction exoneration (a deck
"DA says '...'", "a murder he has always said he did not commit", "His mother", a motion "filed ... by" a project (its
statement) and "according to the filing", "That witness, a customer who ..." (a person described and never named), the
project's legal director, a district attorney's quotation in two parts, a sister introduced before her pronoun, "said in
a statement read by the prosecutor" (the writer's)); a profile of a retiring teacher in the present tense ("The woman
sitting in the third row ..." quoted with "she says" two paragraphs before she is named, a deck "'...,' one says" (the
former student the story quotes with those words), "or says she isn't", "Colleagues describe her as", "remembers her
grading", pronouns across three women and two men).

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- A joint statement's numbered items with "The sides" / "The leaders" give one statement per cue ("welcomed A ... and
  agreed B" two); a leader's press remarks under a "President X:" label are one statement, its address cut.
- Bullets under "According to X's data, as of <date>:" are X's, cue "according to" (as "X told journalists:").
- A decree the text says the president signed speaks as the president ("According to the decree", "The decree
  instructs"); "Under the decree," is no source (round 39's "Under the plan,").
- A hearing member's turn that asserts without asking is a statement, cue ""; a turn that only asks is none, its
  premise naming a speaker a statement (round 40).
- "<group> estimated / put the crop at / cut its forecast to" are estimates, statements; "Witnesses described a scene"
  and "Colleagues describe her as" are characterisations, statements.

usage: python3 ingest-service/tools/invented/build_ah.py  (writes src/test/resources/eval/invented_ah_gold.jsonl)
"""
import build_ah_wire  # noqa: F401  (each module adds its documents)
import build_ah_gov  # noqa: F401
import build_ah_paper  # noqa: F401
from invented_common import write

write('invented_ah_gold.jsonl', per_document=True)
