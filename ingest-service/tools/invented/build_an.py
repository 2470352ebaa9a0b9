#!/usr/bin/env python3
"""Builds invented set AN: a held-back set of round 46 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids anNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2034; the documents are in three modules, one per kind.

build_an_wire.py, five wire stories: an AP-style mine collapse rescue (the operator in the lede named next as "The
company, X", a hospital director, a minister who "added", a chief executive who "rejected the suggestion that" and a
follow-on quote, "according to the state mine rescue service", a foreman and his wife, a union leader who "said" and
"called on", a president who "praised A and said B" (two)); a Reuters-style ransomware attack on a port ("A group
calling itself X ... claimed responsibility, saying" (two: an admission, as "pleaded guilty", and what it said), "a Reuters witness", drivers, "Ship-tracking
data from X showed", a spokeswoman, a cyber centre's director who "warned companies to", a minister who "said A, and
criticised B" (two), "Two people familiar with", "Analysts at X estimated"); a Bloomberg-style devaluation (the central
bank first by description, a governor's mixed content, "according to data compiled by Bloomberg", a minister who
"pledged" and "said", "Economists had long argued", an opposition leader who "accused", "The IMF ... welcomed the
decision", an unnamed IMF spokesperson, a baker with a follow-on quote); an AFP-style vaccine approval (the agency, its
director general's quote and follow-on, "The agency's assessment report ... noted", "Not everyone was satisfied" (none),
a patients' group that "said A, and urged B" (two), experts who "welcomed A but cautioned B" (two)); an AP-style
border clash (a ministry's account and "it said", the other army's spokesman with a cue inside a mixed content,
residents, a farmer, a president who "told X ... that", a foreign minister, a regional secretary-general who "called on"
and "offered" (an act), "The pipeline's operator").

build_an_gov.py, six government texts: a presidential telephone readout ("The Parties ..., noting", a bare "The
President" of the host, "confirmed A and informed X that B" (two), "informed X about <topic>" (none), "expressed
concern over A and called for B" (two), "The interlocutors agreed", "The Presidents welcomed A and agreed to B" (two),
courtesies none, the press secretary); an agriculture ministry's drought release (bullets under "The measures include:"
are the publisher's narration, none; "Preliminary estimates by the ministry put X at", the minister with a follow-on,
"welcomed A but said B" (two), a governor who "said" and "called on", bullets under "The ministry reminds farmers
that:"); a foreign ministry's answer to a media question (the question's premise naming a speaker is a statement, the
question none; the answer one statement of the spokesperson the heading names, to the end of the text); a joint
statement of three foreign ministers in numbered points ("The Ministers" are the three names in the order point 1
gives them; a point without a cue verb none) and one minister's remarks after it (one statement, its "Thank you."
openers and closer cut); a prime minister's meeting with business leaders (labelled turns, an interruption with a
dash, addresses and acknowledgements cut, a turn that only asks to speak none); a supreme audit office's annual report
("The auditors found", the auditor general, bullets under "The main findings of the report are:" the office's, "According
to the report", "recommended that", a ministry that "rejected the auditors' conclusions" and "said", a deputy minister).

build_an_paper.py, five North American newspaper articles: a marathon feature (a runner quoted as "she" throughout,
follow-on quotes, "Race organizers say", a former student, the winner, the race director); a state senate vote on a
firearms bill ("leaders of both parties say" in the lede, a sponsor, "Republicans argued", "called the measure X and
said B" (two), "questioned whether", "A fiscal note ... estimates", a police chief who "told lawmakers", a gun-rights
group and its director, the speaker, "at least four rural Democrats have said", the governor's spokeswoman, a mother);
a basketball game story (players and coaches with follow-on quotes, "blamed A on B", "a league spokesman", a rookie);
a coroner's inquest into a police shooting (a headline "lawyer tells", a deck "Family says" that is the mother the
story quotes, the officer's lawyer, the coroner, witnesses who "testified" and "agreed A, but said B" (two), the
family's lawyer, "declined to comment" none); a family bakery's expansion (three women of one family and a fourth,
each "she", "according to city records", a cue inside narration "with, she says," giving one statement in two parts).

All invented: places, bodies, outlets, teams and people, dated 2034. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- Bullets under a verbless "The measures include:" in a body's own release are the publisher's narration, no statement;
  bullets under "The main findings of the report are:" are the report's, so its maker's, cue "".
- "claimed responsibility" is an admission, a statement with its noun object (round 34's "pleaded guilty", "conceded
  defeat"), and ", saying B" after it a second statement (as "welcomed A, saying B").
- "The auditors found A" of an audit office stays the group's mention (as "forecasters at X reported").

usage: python3 ingest-service/tools/invented/build_an.py  (writes src/test/resources/eval/invented_an_gold.jsonl)
"""
import build_an_wire  # noqa: F401  (each module adds its documents)
import build_an_gov  # noqa: F401
import build_an_paper  # noqa: F401
from invented_common import write

write('invented_an_gold.jsonl', per_document=True)
