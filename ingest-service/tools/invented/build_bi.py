#!/usr/bin/env python3
"""Builds invented set BI: an unseen set of round 57 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids biNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2040; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BH: a rail strike, a wildfire evacuation, a satellite launch failure, a sovereign downgrade and a
diamond auction (wires); an agriculture ministry's working visit, question period, a police press conference, a privacy
commissioner's investigation report, a central bank's rate statement with its governor's remarks and school board
minutes (government); a hospital parking fee, a bridge closure, a football coach's firing, a community garden eviction
and a restaurant closure (newspapers).

All invented: places, bodies, outlets, companies and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and
the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent:
- "The following was agreed:" over bullets is agentless, as round 39's "It was noted that:": none.
- A question period member's question turn gives only its premises that name a speaker ("The paramedics' own union
  told this government in January that"; "Her own ministry's quarterly report ... shows that"); the member's own
  framing and the question are none. "That's not what the mayor says." after an answer is an interjection, a statement
  (BG's "That's not true."). "The Speaker:" turns and "Some hon. members: Oh, oh!" are none.
- A police chief's answer "I'll leave the budget discussion to the Board. What I will say is that ..." drops the
  refusal; a deputy's "I'm not going to speculate on whether ..." is cut from his answer; a hand-over ("Deputy Chief X
  will take your questions") and "Thank you all." are none.
- "The Commissioner is not persuaded that A" is the Commissioner's statement with content A (a finding, as BG's "does
  not accept the Authority's evidence that"); the numbered items under "The Commissioner recommends that the
  Authority:" are one statement each, cue "recommends".
- A central bank's "Governing Council judges that" is the bank's; its governor's opening under "Opening statement by
  Governor NAME ..." is one statement from the greeting to before "With that, ... happy to take your questions."
- "Records show" with no maker named speaks as "Records"; "an inspection report obtained by the Courier-Journal"
  speaks as the report (an obtainer is no maker).
- "Some held signs reading ..." is none (round 36); "Others said they agreed" is the open group "Others".
"""
import build_bi_wire  # noqa: F401  (each module adds its documents)
import build_bi_gov  # noqa: F401
import build_bi_paper  # noqa: F401
from invented_common import write

write('invented_bi_gold.jsonl', per_document=True)
