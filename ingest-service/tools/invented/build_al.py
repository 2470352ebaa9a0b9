#!/usr/bin/env python3
"""Builds invented set AL: a held-back set of round 45 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids alNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2033; the documents are in three modules, one per kind.

build_al_wire.py, five wire stories: an AP-style hurricane landfall (a meteorological institute in the lede and its
"forecasters at" in the next paragraph, a chief forecaster, an interior minister who "told ..., urging", a power company
and its chief executive, a resident with an indirect line before a quote and a follow-on, "a fisherman who gave his name
only as", a president who "declared" (none) "and said", a storm centre, "Many climate scientists say"); a Reuters-style
hostage release (the national police, "a Reuters witness", a police chief with "Asked whether ..., he said only that",
a crisis-unit psychologist, "Several freed hostages", an unnamed bank clerk, a minister who "thanked" (none) "and said"
and "rejected criticism ..., saying" (two), "according to a person familiar with the case", an opposition lawmaker, the
bank); a Bloomberg-style automakers' strike (the union, its president's quote cut by a long cue with a second sentence
after it, a company and its chief executive who "called", "Analysts at X estimated", a suppliers' council that "warned
A and urged B" (two), workers, a labor secretary who "said A and urged B" (two), "a Labor Department spokesman"); an
AFP-style grain export ban (the exporting state "saying", a decree, the minister, traders, trading partners' ministries
"said A, adding B" (two) and "called A and said B" (two), a trade council, a growers' union, a farmer, an economist,
"according to the decree"); an AP-style election challenge (a headline "alleging fraud", the opposition party "alleging",
"according to the commission's final count", the challenger, the president who "dismissed the challenge as", the
commission and its chairman, the chief justice, observers, "Legal experts said", residents, "Rights groups have
accused").

build_al_gov.py, six government texts: a foreign ministers' press conference ("Name:" turns of both ministers, each one
statement over its paragraphs; journalists' questions with their outlets none, a question's premise naming a speaker
"Human rights organisations have criticised" a statement; a courtesy "Thank you, Katarina, and thank you for your
hospitality." cut from the turn); a health ministry's daily outbreak update (bullets under "The Ministry of Health
reports the following figures ...:" and "The Ministry of Health reminds citizens that:", the chief epidemiologist,
"According to Dr. Varga", a deputy minister who "reported", "noted" and "thanked" (none), a governor); a governor's
report to the president as a transcript with surname labels (the president's questions and procedural lines none, her
directive a statement); a parliament's oral question time (tabled questions none, "The Minister for Health (Rhodri
Maddox):" speaks as Maddox, the Speaker's "Order" turns and "Hon. Members: Hear, hear." none); a finance ministry's
budget presentation (bullets under "The minister outlined:", "added A, and stressed B" (two), reactions: "criticised A
as too small", "called A and said B", "said A but warned B" (two each)); a security council readout (members given by
office only after the lede names them, "informed the members of the Council that", "According to the Secretary of the
Security Council", "proposed" + noun object and "said", "assured", bullets under "the President instructed:", "noted A,
and called on B" (two)).

build_al_paper.py, five North American newspaper articles: a county fair feature in the present tense (a girl quoted as
"she" after the lede names her, follow-on quotes, "according to the fair board", the fair board president, a pie judge
"she says" with an interrupted content, "which Baptiste credits to"); a murder trial's testimony day (a headline
"Medical examiner says A; defense questions B", "testified", a plea, "Prosecutors say" and "Harker's lawyers say", a
defence attorney's questions none, "agreed A, but said B" (two), "told jurors to expect", "declined to comment, saying
only that"); a nurses' contract vote ("a provision the union called", the union, its president, "according to a
summary the union distributed", a hospital spokeswoman, "Not every nurse was satisfied" none, "an emergency nurse who
said she voted no", "acknowledged A and said B" (two), "has opposed the bill, arguing" (two)); a college football game
story (a quarterback, coaches, "blamed A on B", receivers and a linebacker with follow-on quotes); an investigation of a
landlord's evictions (a deck "Tenants say ...; company's lawyer says ...", "the records show", "City records show",
tenants, a housing inspector, the landlord's lawyer in a written response and an interview, a council member).

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- A member's supplementary question in a question time that asserts before it asks: the assertions are the member's
  statement (cue ""), the question none; a supplementary that is only a question is none.
- "according to a Standard review of court records" (the newspaper's own review) is the publisher's narration, none;
  "the records show" is the court records'.
- A deck's "Tenants say" over a story that quotes several tenants and describes more stays the open group "Tenants".

usage: python3 ingest-service/tools/invented/build_al.py  (writes src/test/resources/eval/invented_al_gold.jsonl)
"""
import build_al_wire  # noqa: F401  (each module adds its documents)
import build_al_gov  # noqa: F401
import build_al_paper  # noqa: F401
from invented_common import write

write('invented_al_gold.jsonl', per_document=True)
