#!/usr/bin/env python3
"""Builds invented set BQ: an unseen set of round 61 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids bqNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2044; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BP: a rocket launch failure, an airline pilots' strike, a sovereign debt restructuring, a port
hit by a cyberattack and a football transfer row in a TASS-like style (wires); a transport safety board's marine
investigation report (witness accounts, the operator's response, "The Board found that:"), a central bank's policy
statement with its governor's press conference, an ombudsman's report on a complaint ("In my view", "I find", "I
recommend that the Department:"), a provincial question period (Hansard), a security council's provisional record in
the third person and a police chief's news conference on a missing hiker (government); a ferry's late sailing cut, a
red panda's escape from a zoo (with a photo credit), a farmers' market moved, a fire hall closing and a noise fight
over a bakery (newspapers).

All invented: places, bodies, outlets, companies and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and
the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent or could be read two ways:
- Headlines and decks: "company says" (bq01), "Operator blames ..., promises ..." (bq12) are the company, which speaks
  first below; "Zoo says" (bq13) the director who first echoes the deck below (the body speaks only last); "chief
  says" (bq15) the fire chief; "islanders say" (bq12), "neighbours describe" (bq13) and "East-end residents doubt"
  (bq15) stay their mentions, open groups (round 60's deck ruling); "... blocked — Dynamo Ostrava" (bq05) is the
  general director the story quotes (round 41's headline dash); a deck without a cue ("Vendors split over move",
  "council approves two-year trial") none.
- A rate decision ("held its target for the overnight rate") and a vote are acts; "Governing Council judges that" is
  the bank's (round 59); "Council members agreed that A" stays its mention; a reporter's premises that name a speaker
  ("the finance minister said last week that A", "in March you told a parliamentary committee that A", "his sister
  told us that A", "Some volunteers say A", "The Calloway Chamber of Commerce says A") are statements, the questions
  none; a turn of deflection only ("I am not going to put a date on that today.") none; a turn's leading "Thank you,
  Sergeant." cut, its greeting kept (round 35); "I'll ask Inspector X to speak to ..." a hand-over, none; reports
  inside a turn ("a park warden ... says", "Our Business Outlook Survey found") nested.
- Question period: a member's framing ("Last month the Health Authority closed ...") none, premises naming a speaker
  statements ("The Premier promised ... that", "according to the Health Authority's own figures", "wrote to the
  minister in January warning that"); "He has told me A" and "The physicians tell me that A" the member's own account,
  the told A nested (round 55); "Some hon. members: Oh, oh!" and an unnamed "An hon. member: Shame!" none (a heckle,
  no assertion); the Speaker's turns none.
- A council record: "The representative of X" never named speaks as that description; "Serevan welcomed" and "her
  delegation" are the same representative; "The President, speaking in his national capacity" the president the
  heading names; "Several members, including A and B," the open group.
- A safety report: "The investigation determined that" and the numbered findings under "The Board found that:" are
  the Board's; "Maintenance records showed that" the records'; "The operator also submitted that" and "disagreed with
  the Board's finding" the operator's; "The Board recommends that" the Board's; "has informed the Board that" the
  department's.
- An ombudsman's report signed at its end: "In my view", "I am not persuaded that", "I find that" and the bullets under
  "I recommend that the Department:" are the signer's; the anonymised complainant "Mr. T" speaks as "Mr. T";
  "acknowledged that", "did not accept that" and "has accepted all three recommendations" the department's.
- News prose: "declined to say", "would not say whether", "did not respond to a request for comment", "asked not to be
  named" none; "did not rule out X" a statement (round 55's "did not rule out that A"); "demanded a parliamentary
  hearing" a position; "according to indicative prices compiled by Bloomberg" the outlet's figures (round 41's
  "figures compiled by X"); "according to an engineering report the city commissioned" the report (a commissioner is
  no maker); "the 68-year-old building" is no person; "She" after two women named in turn is the last one the
  paragraph opened with.
"""
import build_bq_wire  # noqa: F401  (each module adds its documents)
import build_bq_gov  # noqa: F401
import build_bq_paper  # noqa: F401
from invented_common import write

write('invented_bq_gold.jsonl', per_document=True)
