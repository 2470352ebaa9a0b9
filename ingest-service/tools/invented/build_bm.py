#!/usr/bin/env python3
"""Builds invented set BM: an unseen set of round 59 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids bmNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2042; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BL: a gas pipeline explosion, an airline pilots' strike, a ferry sinking with survivors'
accounts, a satellite launch failure and a football transfer dispute (wires); a state parliament's question time
record, a river basin commission council's meeting summary with a right of reply, a prosecutor's press release on an
indictment with the defence's statement, a central bank's monetary policy statement with a dissent and the governor's
remarks, a presidential press service's readout of three phone calls in one day, and an agriculture ministry's drought
bulletin with a deputy minister's instructions (government); an emergency room closing nights, a bridge closed for
repairs, a school football coach fired, a cannabis shop zoning fight and a snow-plough budget fight (newspapers).

All invented: places, bodies, outlets, companies and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and
the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent or could be read two ways:
- Hansard turns ("Mr FALLOWAY (Copperhill) (14:02):", "The Minister for Water (Ms Brannagh-Sook) (14:03):", a later
  bare "Ms BRANNAGH-SOOK:") are one statement each, cue "", the address "Mr Speaker," and a courtesy "I thank the
  member for his question." cut; a member's interjection that asserts ("They have heard that before.") is a statement;
  the Speaker's turns, "Honourable members interjecting." and the questions are none; premises that name a speaker
  ("The Orrin Valley Growers Association says", "the Premier promised", "The Farm Debt Mediation Service has reported")
  are statements; an agentless "Irrigators ... were told on Friday that" is none; a member named only in capitals in
  the labels keeps that form as the speaker ("Mr FALLOWAY"). "has advised me that", "the department tells me that"
  and "The Rural Doctors Network told my office" inside a minister's turn are nested.
- A UN-style summary's "The representative of X" speaks as that description; "Speaking on behalf of the Group of ...,
  the representative of X said" is X's representative; "She, too, favoured an inquiry" is a position (as
  "supported the proposal"); the Chair's "the Council would take up a draft decision ... at its next meeting" is
  procedure, none; "had described his country's monitoring as complete" inside a right of reply is nested.
- "According to the indictment" and "The indictment alleges" speak for the Office that filed it (named in the
  paragraph before, round 42); "has claimed repayment" of an injured party is a filing, none; "denies the charges" is a
  denial, a statement; "The Office notes that all defendants are presumed innocent" is the Office's statement.
- A monetary policy statement's "voted by six votes to one", "One member voted to raise", "voted to increase" are
  votes, none; "The Committee judges / noted the following developments: (bullets) / expects" are the Committee's;
  "Staff projections ... show the policy rate at around 4 per cent" is the projections' statement; "In his view, A"
  after a dissenting vote is the dissenter's; the governor's remarks under "Remarks by Governor X at the press
  conference" are one statement from "Good afternoon." to its last paragraph before the narrated "Asked by a reporter",
  which is a statement of its own; "Firms in our regional network tell us" and "The majority judged" are nested.
- A readout's courtesies ("expressed condolences", "congratulated"), "discussed", "briefed X on the results of",
  "exchanged views on" are none; "informed the President that" and "raised the issue of A, noting that B" (one) are
  statements; "The two leaders agreed to" and "The leaders confirmed" are the named pair of that call.
- The bullets under "The Deputy Minister instructed the heads of the regional administrations to:" are his, cue
  "instructed"; "The Deputy Minister agreed to consider the request" one party's consent, an act (the lead, round
  59: round 29's "one party agreeing, and deals, stay acts"; the sides' joint "agreed to V" is their statement); "He asked the
  Ministry to extend the deadline" a request, a statement.
- A headline's or deck's bare noun is read by rounds 38, 41 and 58: "regulator says" (bm01) is the head of the office
  the story quotes; "Union says strike could last a week" (bm02) the union's president whose words below echo it;
  "airline calls walkout '...'" (bm02) and "company says" (bm04) the company itself, whose own statement below gives
  those words (not the chief operating officer or chief executive the story also quotes); "survivors recount" (bm03)
  and "residents worry" (bm15) the open groups; "businesses fear" (bm13) the group the story names ("Business owners
  on Front Street"); "Health authority says" (bm12) its chief executive, who gives the reason below.
- "Tirelli-Bakr ... did not travel ..., citing personal reasons" is his statement (", citing X"), though the sentence
  opens "As NOVA reported earlier," (the outlet's own report, none); "The club's board of directors rejected a bid of 9
  million euros ..., the president said" is the president's statement (the rejection itself a vote).
- "Superintendent X confirmed the dismissal of Y in a letter to families" is a statement, and "The letter said" is
  hers; "Not all parents are on the coach's side.", "Not everyone at the meeting blamed the authority." and "sees it
  differently" (no content) are none; "moved to defer the application" is a motion, none, "opposed the deferral" a
  position; a lede's "with one councillor calling it "..."" is the councillor named below.
"""
import build_bm_wire  # noqa: F401  (each module adds its documents)
import build_bm_gov  # noqa: F401
import build_bm_paper  # noqa: F401
from invented_common import write

write('invented_bm_gold.jsonl', per_document=True)
