#!/usr/bin/env python3
"""Builds invented set BO: an unseen set of round 60 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids boNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2043; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BN: a coal mine collapse with rescuers' and families' accounts, a cyclone landfall, a malaria
vaccine trial halted, a currency devaluation and a chess champion's doping suspension in a TASS-like style (wires); a
senate committee's confirmation hearing transcript, a foreign ministry spokesperson's regular briefing with outlets
named, a health regulator's product recall notice with the manufacturer's statement, a mayor's state-of-the-city
address excerpts with the council's reaction, an electoral commission's decision on a complaint and a defence
ministry's daily bulletin with numbered items (government); a library branch closing, a parking meter price fight, a
high-school graduation washed out by a storm, a food truck ban and a heritage oak felled (newspapers).

All invented: places, bodies, outlets, companies and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and
the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent or could be read two ways:
- Transcript turns ("The CHAIRMAN.", "Ms. ASARE-KOVAC.", "Senator HARTIGAN-ROE.") are one statement each, cue "", the
  speaker the person the "Present:" line names in full; a leading address or acknowledgement ("Senator,", "I
  understand, Senator.", "Thank you, Mr. Chairman. It is an honor to appear ...") is cut; the chair's calling to order,
  "You may begin." and the adjournment are none, his "I believe she is well qualified" paragraph a statement; a
  question turn's premises that name a speaker ("the Inspector General found that", "The department told this
  committee", "the opposition in Mareva says") are statements, the questions none; "[Inaudible]" parts a turn in two
  (round 47's stage note); "I would only note for the record that A" is the senator's, and the ambassador's
  "assured me that" inside it nested.
- A briefing's opening turn is one statement over its two announcements (round 51), its greeting kept; outlets'
  turns ("Reuters:", "AFP:", "Halvar Broadcasting:") are questions, their premises naming a speaker statements; "Not
  to my knowledge." answers, a statement; "According to the embassy" inside an answer is nested (round 47).
- A recall notice's product list, "What you should do" advice and "Media inquiries:" line are none; "is informing the
  public that A" is the agency's; "The Agency's laboratory found levels of X" is a measurement, none; "Statement from
  Kestrel Pharma" over a paragraph signed by a vice-president is the company's, one statement (the heading names it).
- A state-of-the-city release's excerpts under "On the budget:" etc. are the mayor's, one direct statement each, cue
  ""; "telling an audience that A and announcing that B" two statements.
- An electoral commission's decision: "filed a complaint alleging that A" and "The complainant alleges / asks the
  Commission to" are the complainant's; "denies that", "submits that", "further argues that" the party's; "The
  Commission finds / notes that" the Commission's; "the Commission decides: (a) ..." acts, none; a commissioner's
  separate opinion "in which she stated that" hers.
- A daily bulletin's own narration ("Air defence systems shot down ...") is none; "According to the ministry" and "The
  Ministry (also) stated" are the ministry's; bullets under "She instructed the commanders to:" hers, cue
  "instructed".
- Headlines and decks: "operator says" (bo01) and "Developer says" (bo16) are the companies that spoke first below;
  "forecasters say" (bo02) stays its mention, an open group (the lead's ruling: a deck's plural bare noun); "Officials
  warn" (bo02) stays the open group; "Central Bank Says" (bo04) the bank; "- national chess federation" (bo05) its president quoted below
  (round 41's headline dash); "board says"/"board cites" (bo12) the board chair who gives the reason; "mayor calls it"
  (bo13) and "principal says" (bo14) and "vendor says" (bo15) the one person below; "Downtown merchants say" (bo13) the
  open group; "heritage group disputes report" (bo16) the society that disputes first below; a deck without a cue verb
  ("developer 'confident' shot is safe", bo03) none.
- "declined to comment ..., citing X" gives the citing only (round 53); "asked not to be named" none; "She hopes to
  collect", "plans to study" none; "He remembers the tree being struck" a statement (round 36); "She pointed to a
  report that, she said, recommended A" is hers in two parts, the report's recommendation nested; "A, according to
  Kinloch police, but B" one statement in two parts (round 53's "A, officials said Sunday, and B").
"""
import build_bo_wire  # noqa: F401  (each module adds its documents)
import build_bo_gov  # noqa: F401
import build_bo_paper  # noqa: F401
from invented_common import write

write('invented_bo_gold.jsonl', per_document=True)
