#!/usr/bin/env python3
"""Builds invented set BK: an unseen set of round 58 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids bkNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2041; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BJ: a copper mine collapse, a chess cheating ban, a central African election dispute, a shipping
canal closure and a vaccine batch withdrawal (wires); a foreign ministry spokesperson's regular briefing, a health
ministry's outbreak situation report with its chief medical officer's remarks, a city council's public hearing summary,
a parliamentary committee's report with recommendations and a dissenting opinion, an election commission's statement on
a by-election with a candidate's objection, and a trade ministry's readout of a ministers' call (government); a library
branch closing, a teachers' strike vote, a wind farm hearing, a food bank shortage and a missing hiker found
(newspapers).

All invented: places, bodies, outlets, companies and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and
the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent or could be read two ways:
- A deck's or headline's bare body noun ("union calls case ...", "Authority sees reopening ...", "Union says walkout
  could come ...", "board calls vote ...") is the body's titled person whose words below the deck echoes (round 51),
  even when the body itself spoke first about something else; "Developer says turbines would pay" is the developer,
  whose own words below echo it. "Board cites $410,000 shortfall" is the library director who gives the shortfall.
  "Ruvanda opposition rejects vote count" is the challenger (a position, as "rejected the claim").
- A briefing's spokesperson's turns labelled "Spokesperson:" are hers (the heading names her); the opening turn runs
  from its greeting over its three announcements to before "That is all from me. The floor is yours."; a referral
  ("is a matter for the Ministry of the Interior, and I would refer you to my colleagues there") and "I will not
  negotiate through the media." are cut from the answers they open; "I do not comment on domestic political statements.
  The programme of the visit speaks for itself." is a turn of deflections only (none); question premises that name a
  speaker ("The Ostrelian fisheries minister said", "Families ... told our station", "The Tamsari government has called",
  "published a report ... saying", "The leader of the opposition said", "Ostrelian media report") are statements.
- A council hearing's chair who "explained that Council would hear ..." and "reminded those present that Council would
  consider third reading" runs the hearing: none; "The Director of Planning outlined the application" names no content:
  none; "spoke in favour of the application" is a position (round 50).
- "Witnesses from the islands described the effect of the cancellations" names only a topic: none, as "briefed X on
  <topic>". "The Committee finds / notes / requests that" are the committee's; the numbered items under "The Committee
  recommends that:" are one statement each; a dissenting opinion's "In our view," paragraph is one statement of the two
  members its heading line names, as is its "We recommend instead that".
- "The objection alleges that A, and asks the Commission to order B" are two statements of the candidate who lodged it
  (round 42); "The Commission is satisfied that A" is a finding; "declared X elected", the results list and "The
  objection is therefore dismissed" are none.
- "The National Reference Laboratory ... has confirmed the outbreak strain as X" is a laboratory's identification, an
  act: none; "The Ministry has asked the Ministry of Agriculture to suspend" is a request, a statement.
- "banned X ..., finding that A" gives the finding; "announced that the prize would go to" a statement, "stripped X of
  the title" an act; "denounced as fraudulent" in a relative ("a result his main challenger immediately denounced as
  fraudulent") gives "fraudulent" (as "which X described as Y"); "called for calm" is a call, a statement.
- "Board chair X defended the decision. He said A" gives only A ("defended it, saying B" gives B only).
- "The retired surveyor told rescuers A, according to Okonkwo-Ladd" is Okonkwo-Ladd's statement holding the whole
  clause, the surveyor's report nested.
"""
import build_bk_wire  # noqa: F401  (each module adds its documents)
import build_bk_gov  # noqa: F401
import build_bk_paper  # noqa: F401
from invented_common import write

write('invented_bk_gold.jsonl', per_document=True)
