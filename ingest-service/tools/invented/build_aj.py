#!/usr/bin/env python3
"""Builds invented set AJ: a held-back set of round 44 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids ajNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2033; the documents are in three modules, one per kind.

build_aj_wire.py, five wire stories: an AP-style mine collapse rescue (the operator in the lede and its statement, "it
added", its director of operations with a follow-on quote in the same paragraph, "according to" a hospital, the rescue
service head with a content her cue interrupts, a relative, "Several relatives complained", "One man, who gave only his
first name", an energy minister who "promised", the miners' union); a Reuters-style currency crisis with IMF talks
(central bank data, dealers, the finance ministry's statement, a minister who "ruled out", the fund's mission chief,
"Two government officials familiar with the talks" and "One of them", a strategist, a former deputy governor who
"argued", a stall holder, the opposition); an AFP-style ransomware attack on a hospital chain (the group, its chief
executive, a cyber agency that "confirmed A and said B" and "attributed", an anonymous senior official, a health
minister who "urged", a cardiologist then "the doctor, who asked that her name not be used", a patient, a union and its
president who "called for", "rejected the criticism, saying" (two), researchers who "say", an analyst who "estimated");
a tennis final (the winner's and the runner-up's press conferences, "admitted", "Asked whether ...", the coach, the
tournament director); a volcanic eruption evacuation (the observatory "according to", its director, a foreign
volcanologist, civil protection and its head who "asked", evacuees "Some said", a resident with a follow-on quote, a
farmer who "described A as '...'", a regional president, hotel owners and "Several").

build_aj_gov.py, six government texts of one invented republic: a defence ministry's daily briefing by its spokesman
("according to the spokesman", a numbered list of strikes under "reported that ... the following targets:", losses, "He
added", "rejected reports", "The Ministry of Defence calls on"); a president's meeting with business leaders as a
transcript ("Name:" turns, each one statement; an entrepreneur's turn cut by the president's question, questions and
"Thank you." none, "Thank you, Mr President." cut); an education ministry release on exam results (the minister,
"noted", "announced", a regional official who "welcomed A but said B" (two), "In his words", "The region's figures show",
a union that "said A, and warned against B" (two), "The Ministry reminds students that"); a plenary debate summary
(the Speaker who "reminded", "asked", "warned", "announced"; deputies of several factions in turn, "called the draft
'...'", "In his view", "The deputy noted A and proposed B" (two), "supported the draft and said" (two), "which, she
argued,"); an ombudsman's annual report (dashed bullets under "The report lists the following main findings:" the
ombudsman's, "criticised A, calling B" (two), a minister who "thanked" (none) "and said", "According to him", an
association that "rejected the finding" and its chairman who "said A, but admitted B" (two), an NGO that "welcomed A and
urged B" (two)); a prime minister's working trip to a bus factory (the director who "informed the Prime Minister that",
"drew attention to A, and asked B" (two), "According to Hajkova", workers described before named, an apprentice, "The
governor said").

build_aj_paper.py, five North American newspaper articles: a city budget public hearing (a mayor who "has said" and
whose statement is read by her chief of staff, "asked residents to", speakers at the microphone, "A high school junior,
who said ..." named two sentences later, "Not every speaker opposed the plan" none, "The city, he argued,"); a high school
graduation feature in the present tense ("by her own account", "she says" before she is named, follow-on quotes, a
teacher who "describes her as", a principal who "credits", "remembers the moment differently" none); a soccer game story
(players and coaches with follow-ons, "praised A, calling him '...'" (two), "complained A, and said B" (two)); a
drunk-driving sentencing hearing (a headline quotation from a victim's husband, "pleaded guilty", victim impact
statements, a prosecutor who "asked for" and "argued", a defence attorney who "asked for A, noting B" (one), the judge
who "called A '...' and said B" (two)); a police shooting inquiry (a headline "demands", a deck "Chief says", the
family's lawyer, "Police said", a witness described before named, the chief, "according to a department spokeswoman",
the police union's president who "said A and accused B" (two), "records show").

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- Bullets under "X reported that ... the following targets:" and "The report lists the following main findings:" are
  X's (the report's maker, the ombudsman), cue the lead-in's verb; the lead-in itself is no statement of its own.
- A headline quotation before a colon ("'...': Driver gets 9 years") is the person the story quotes with those words,
  cue "".

usage: python3 ingest-service/tools/invented/build_aj.py  (writes src/test/resources/eval/invented_aj_gold.jsonl)
"""
import build_aj_wire  # noqa: F401  (each module adds its documents)
import build_aj_gov  # noqa: F401
import build_aj_paper  # noqa: F401
from invented_common import write

write('invented_aj_gold.jsonl', per_document=True)
