#!/usr/bin/env python3
"""Builds invented set AK: an unseen set of round 45 (issues 9 and 10), written by "writer" before the extractor first ran
on it. Five wire stories, six government texts, five North American newspaper articles (ids akNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2033; the documents are in three modules, one per kind.

build_ak_wire.py, five wire stories: a Reuters-style air crash preliminary report (a headline "..., investigators find",
the safety board's report "according to the report", its chief investigator with a follow-on quote, the board that
"recommended", the airline, its chief executive, the plane maker "In a separate statement, the company said", the
families' lawyer who "argued", a consultant); an AP-style emergency rate rise (the central bank "saying" in the lede, its
governor who "replied that" after an "Asked whether", "blamed A, but acknowledged B" (two), "The bank's statement said",
traders, an economist with a follow-on quote, one who "estimated", the finance minister, an opposition party that
"called on A, saying B" (two), a baker); an AFP-style collapse of peace talks (the mediator in the lede named in the next
paragraph, "The government delegation, led by ... accused", "The delegation of X, headed by Y, said in a statement", a
rebel commander "Reached by satellite phone", "according to figures compiled by" an aid group that then "warned", a
researcher); a Bloomberg-style blocked merger (the regulator "saying" in the lede, its decision, its director general,
both companies, "according to people familiar with the matter who asked not to be identified", a lawmaker who "welcomed
A, calling it B" (two), an analyst); a heat wave with power rationing (the grid operator "it said", its operations
director with a follow-on, the energy minister who "promised" and "rejected A, saying B" (two), the weather service,
residents, one described and given by first name, a doctor who "urged A and said B" (two), "according to" the operator).

build_ak_gov.py, six government texts: a cabinet meeting transcript (the prime minister's opening over three paragraphs,
ministers under labels "Minister of Agriculture NAME:" then bare names, a turn cut by the prime minister's question,
questions and procedural turns none); an interior ministry release on a police operation (a numbered list under "Deputy
Minister X reported the following results of the first stage:", "the Deputy Minister said", "In her words", "The
Ministry ... reminds citizens that"); an embassy's statement rebutting a newspaper article ("The article claims",
"The author writes", "According to the article" are the article's author's, "The Embassy notes", "We consider", "We
find", "regrets", "calls on"); a regional council committee hearing on a bridge (labels "DR. ALDOUS:", "COUNCILLOR
REINHOLT:", "THE CHAIR:", sworn witnesses, members' questions none and their assertions statements); a joint communique
("The Sides noted A, and agreed B" (two), "The Kestrand Side informed ... about" none, "The Orvenian Side expressed its
support"), then both presidents' press statements under their names; a president's televised address summarised by the
presidential website ("the head of state", "According to NAME", "In her words", "noted A and said B" (two), "thanked"
none, "Concluding her address, the President said:" over a quotation).

build_ak_paper.py, five North American newspaper articles: a high-school lockdown (a headline "..., police say", the
police lieutenant, "According to police", the superintendent "said in a letter", parents and a student with follow-on
quotes, a school board president); a city council stadium subsidy vote (a deck "Mayor calls it '...'", the mayor,
"according to a city staff report", council members who "called" and "described as", a retired teacher who "told the
council", "Several speakers ... urged", a child who "read a letter asking", the team president, "Opponents said"); a
hockey playoff overtime game (players and coaches, follow-ons, "said A and called B" (two), "praised", "Asked about ...,
he said only that", "blamed himself for the loss"); a zoning lawsuit ruling (a deck "ruling says", "struck down ...,
ruling that", "Judge X wrote", the plaintiffs' "They argued", lawyers, "did reject that claim, finding that", residents,
"Not everyone in town welcomed the ruling" none); a profile of a retiring newspaper photographer (five women quoted in
turn, "By her own estimate", "she" after a colleague's name meaning the colleague, a follow-on quote after each).

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts, except the writer's
own slips fixed after reading the first run (named in the README's round-45 writer section). Decided here, where the
conventions are silent:
- A headline's trailing "..., investigators find" is the body the story quotes for it (the safety board), cue "find";
  a headline's "..., police say" is the officer the story quotes with those words (round 38's deck convention).
- A newspaper article's words ("The article claims", "The author writes", "According to the article") speak for its
  author when the text names him with it (the maker of the document; the newspaper only printed it).
- A member's assertion at a hearing ("So for four years the agency watched it get worse.") is a statement, his question
  none; a chair's closing remark "for the record" is a statement, the adjournment after it none.
- A deck's "Mayor calls it '...'" gives the quotation as content, cue "calls".

usage: python3 ingest-service/tools/invented/build_ak.py  (writes src/test/resources/eval/invented_ak_gold.jsonl)
"""
import build_ak_wire  # noqa: F401  (each module adds its documents)
import build_ak_gov  # noqa: F401
import build_ak_paper  # noqa: F401
from invented_common import write

write('invented_ak_gold.jsonl', per_document=True)
