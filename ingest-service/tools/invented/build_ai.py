#!/usr/bin/env python3
"""Builds invented set AI: an unseen set of round 44 (issues 9 and 10), written by "writer" before the extractor first ran
on it. Five wire stories, six government texts, five North American newspaper articles (ids aiNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2033; the documents are in three modules, one per kind.

build_ai_wire.py, five wire stories: a Reuters-style drug recall (a regulator described in the lede and named in the
next paragraph, its chief executive, the maker's statement and chief executive "said in the statement", analysts who
"said A, but warned that B" (two), "according to the company's latest annual report" (the maker's), a patients' group
and its chair who "urged", a cardiologist who "said" and "added", an opposition spokesman); an AP-style migrant boat
rescue ("officials said" in the lede, a coast guard spokeswoman described before she is named, follow-on quotes,
"according to survivors", a survivor "who gave his name only as" speaking "through an interpreter", an unnamed woman
"who did not want her name published", a U.N. agency spokesman who "said A and called on B" (two), "According to the
agency", a mayor, "Rights groups have criticized the deal"); a Bloomberg-style cloud outage ("according to X's public
status page" and "the page said" (the provider's), a chief executive who "wrote in a post", "according to research
firm X", two banks, "Two airlines, A and B", "Regulators have pressed banks to", an analyst who "estimated", "A person
familiar with ..., who asked not to be identified"); an AFP-style tit-for-tat expulsion (two foreign ministries, a
statement posted on a ministry's website with a follow-on, "expelled ..., saying", an expelled ambassador, a foreign
minister who "denied that", "said A, and described it as B" (two), "Both governments advised" (the two states));
a doping ban upheld on appeal (the arbitration tribunal: "dismissed the appeal", "confirmed the ban" and "rejected
both arguments" acts of a court, "found that" and "ruled that" statements; the athlete's earlier "had argued that",
her lawyer, a federation that "welcomed the ruling, saying" (two), an agency's director general "in an emailed
comment", a teammate "on social media").

build_ai_gov.py, six government texts: a parliament's written questions and answers (members' questions none, a
question's premise "further to the warning by X that" and "in view of the statement by X that" statements; each
"Answered by the Minister of State for Y (Ms X) on <date>:" answer one statement, cue "Answered", running over its
paragraphs; "I refer the honourable Member to the answer I gave ..." procedural, none); a governor's call-in "Direct
Line" (residents' turns "Svetlana, Kamensk:" that ask are none, one that only asserts is a statement; "Governor:" turns
one statement each, a greeting kept and an address ("Nikolai, ...") cut; a hand-over turn and a "Thank you, Andrei."
courtesy turn none; "The governor instructed", a deputy governor's turn); a central election commission's briefing
("informed journalists that", "According to the Commission's preliminary data", "According to the preliminary results"
(the results), "reported", "In his words", "pointed out", an observation mission's head who "said A. At the same time,
she noted B" (two), "reminded that A, and said that B" (two)); a chief sanitary doctor's briefing in reported speech
("called this '...'", "According to her", "The problem, she said, was", "Laboratory monitoring showed", "instructed",
"recommended that A and reminded that B" (two), a department head who "told the briefing" and "explained"); a foreign
ministry spokesperson's "Comment by the Official Representative ..., X, in connection with a media question" (one
statement from "Answer:" to the end; the question's premise "claiming that" a statement); a state awards ceremony
(the president's speech under "President of Norland X:", one statement from its greeting to its end; recipients'
remarks under long labels "Surgeon X, Order of ..., Third Class:", the address "Mr President," and a bare "Thank you."
cut; a recipient's "Thank you very much." alone none).

build_ai_paper.py, five North American newspaper articles: a mayoral debate (a deck "Challengers say A; mayor says B":
the two challengers, and the mayor; "accused the mayor of", "shot back that", "called the plan '...'", "put at" an
estimate, "defended it, saying" (the "saying" only), voters with follow-ons); a faculty strike (a deck "Union says A;
university says B": the union's president and the provost the story quotes; a present-tense "says", "University
officials say A, money they say B" (one), "according to the state labor relations board", a statement on the union's
website (the union's), a state senator, a governor's spokesperson); a baseball game story (a deck "'...,' he says" (the
rookie), follow-on quotes, "said A and credited B" (two), "for his part", a manager's closing "said"); a house fire (a
deck "..., fire captain says" (the captain), "fire officials said", "according to the Fairbank Fire Department", a
captain whose "..., Ortega said, but ..." is one statement in two parts, neighbours, the family: a husband, a son named
only "Caleb", the wife named first as "his wife, Renee", "Fire officials urged"); an obituary (a daughter who "said the
cause was" before she is named, "that she said came from" (the dead woman's), "as one regular put it", a successor and
a customer described in a sentence before the one that names them, pronouns among six women, "according to the library
board, which manages it", "The family asked that" (a statement)).

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before its misses were classified. Decided here, where the
conventions are silent:
- "Answered by <office> (Ms X) on <date>:" over a written answer gives one statement, X's, cue "Answered"; a referral
  to an earlier answer is procedural, none.
- A call-in resident's turn that only asserts is a statement, cue ""; one that describes a grievance and then asks is a
  question, none; a presenter's prompt ("there is a lot of anger about heating bills") is a question put, none.
- A court's "dismissed the appeal", "confirmed the ban" and "rejected both arguments" are decisions (round 40's
  "rejected that request"); its "found that" and "ruled that" are statements.
- "defended it, saying B" gives only B; "The family asked that memorial gifts go to X" is a statement (a request with
  a clause); "continued to report slow connections" (a noun object) is the narrator's, none.
- A document speaks for its maker: "the company's latest annual report" is the company's; a status page the provider's.
- Nested (optional): "Survivors told rescuers that A, a spokeswoman said", "investigators believe A, he said", and the
  reports inside a written answer or a spokesperson's comment ("The county has told the Ministry that", "The trusts
  reported", "According to the data of X, ...").

usage: python3 ingest-service/tools/invented/build_ai.py  (writes src/test/resources/eval/invented_ai_gold.jsonl)
"""
import build_ai_wire  # noqa: F401  (each module adds its documents)
import build_ai_gov  # noqa: F401
import build_ai_paper  # noqa: F401
from invented_common import write

write('invented_ai_gold.jsonl', per_document=True)
