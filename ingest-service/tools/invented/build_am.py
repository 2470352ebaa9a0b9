#!/usr/bin/env python3
"""Builds invented set AM: an unseen set of round 46 (issues 9 and 10), written by "writer" before the extractor ran on
it; its classified misses, with newly invented examples, go to engineers who do not see AM. Five wire stories, six
government texts, five North American newspaper articles (ids amNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind.

build_am_wire.py, five wire stories: a Reuters-style sovereign debt restructuring (a headline "..., finance minister
says", "Under the deal, ..., X told", a bondholders' committee "whose members hold" and its chair, the IMF mission chief
"in a statement issued in", "declined to say" (none), "Asked about the strike, the minister said"); an AP-style wildfire
evacuation ("fire officials said", "according to the Calder Department of ...", a governor who "declared" (none) "and
said", the sheriff's office and "the office", "Evacuees said", an evacuee's content cut by ", she said,", a
meteorologist, "according to the weather bureau", a utility); an AFP-style coup attempt foiled (a headline "army says",
"residents told AFP", the army spokesman "said in a statement read on national television", "his office said in a post
on its official page" and "the presidency", an opposition leader who "condemned A but warned B" (two), "according to the
monitoring group", the African Union Commission "condemned" and "called on", "A diplomat ..., who asked not to be named",
"a teacher who gave only his first name"); a Bloomberg-style earnings call (a headline "Chipmaker Warns", the company
"saying", "according to estimates compiled by Bloomberg", the chief executive and the finance chief "told analysts", an
analyst's question (none) and "pressed executives" (none), "said in a note to clients", "announced a buyback" (none));
a Reuters-style doping ban (the agency, its panel "found" and "rejected the rider's argument", the lawyer with a
follow-on quote, "posted ... calling the decision", the federation and its president, a rival "adding that").

build_am_gov.py, six government texts: a foreign ministry's regular briefing ("Name:" opening turn, "Question: <outlet>."
turns whose premises name speakers, "Answer:" turns, "Follow-up:" (none), a closing "Thank you. See you on Thursday."); a
defence ministry's daily briefing summary (numbered items under "He reported the following:", "rejected claims published
by ... that", "Answering a question from journalists, the spokesman said", "The Ministry of Defence reminds citizens",
"According to the spokesman, ..." and "... praised ..., the spokesman said"); a prime minister's meeting with students
(transcript; the rector's hand-overs none; "Maja, Faculty of Medicine:" turns that assert before they ask, a premise
"The city council of Karsvik has said"); a constitutional court's press release ("The applicants argued", "maintained",
"The Government, in its observations, contended", "The Court held / found / noted", "annulled" (none), a joint dissenting
opinion "In their view", "considered", "warned"); a mayor's office snow emergency release ("declared" (none), bullets
under "the Office of the Mayor asks all residents to:", a deputy mayor, a utility "said in a statement" and "the
utility said"); a UN mission's published statement of its permanent representative ("Mr. President," cut, the speech
one statement to its closing "I thank you.", a right of reply under its own heading).

build_am_paper.py, five North American newspaper articles: a diner's closing (the owners as a named pair, regulars, a
city councilor); a school board budget meeting with public comment; a baseball game story; a wrongful-death lawsuit
settlement (the family's lawyer, "the lawsuit alleged", the county's statement); an obituary of a civil-rights organizer
(tributes from several women, "she" across paragraphs for the dead woman and the women who speak of her).

All invented: places, bodies, outlets, teams and people, dated 2034. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor's misses were read.

usage: python3 ingest-service/tools/invented/build_am.py  (writes src/test/resources/eval/invented_am_gold.jsonl)
"""
import build_am_wire  # noqa: F401  (each module adds its documents)
import build_am_gov  # noqa: F401
import build_am_paper  # noqa: F401
from invented_common import write

write('invented_am_gold.jsonl', per_document=True)
