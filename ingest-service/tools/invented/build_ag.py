#!/usr/bin/env python3
"""Builds invented set AG: a set of round 43 (issues 9 and 10), written unseen by "writer" before the extractor first ran
on it; its classified misses, with newly invented examples, go to the round's engineers (none sees AG's text). Five
wire stories, six government texts, five North American newspaper articles (ids agNN-kind-..., 01-05 wires, 06-11
government texts, 12-16 newspapers), dated 2033; the documents are in three modules, one per kind.

build_ag_wire.py, five wire stories: a quarterly earnings call ("its chief executive told analysts" before she is
named, "according to estimates compiled by" the outlet, a finance chief's margin figure a cue interrupts, an analyst's
question (none) and the answer "Quenby replied", "Asked by X of Y about ..., Anandraj said A, adding that B" (two), a
portfolio manager, "which Varrow has said could cut" (a relative-clause cue), "declined to say" (none)); a school bus
crash (a hospital spokeswoman, a police chief, parents with follow-ons, a superintendent's written statement and "the
statement said" (hers), a patrol sergeant, "State inspection records show"); a fisheries summit (negotiators of four
states, "according to the commission's own figures", "Scientists advising the commission estimate", an NGO pair
"A and a second group, B, called on", "expressed regret at the outcome and said" (two), an unnamed delegate "speaking
on condition of anonymity", a skipper); a typhoon (a weather agency's "said, warning of" (two), a utility, its
unnamed spokesman, a nuclear regulator and its chairman "said, adding that" (two), a governor, "the prefectural
government said"); a coup attempt ("Soldiers ... announced on air", a president's video, "A group calling itself X
said", its officer who "identified himself as", "urged A and called B '...'" (two), a shopkeeper who "gave only his
first name", "Two Western diplomats" and "one of the diplomats", a regional union that "condemned A and demanded B"
(two), a ministry that "said A and advised B" (two), "a vote the opposition said was marred by fraud", "said A, but
blamed B" (two)).

build_ag_gov.py, six government texts: a president's meeting with a governor in "Name Surname:" turns (greetings,
questions, "Understood." and "Good. I wish you ... success." none; "Good." cut; an address "Matvei Andreyevich," cut;
a turn in two paragraphs one statement; the lede's "reported to the head of state that"); a foreign ministry's account
of two ministers' telephone call ("The sides discussed" and "informed her counterpart about" none, "The Minister
underlined" its own minister, "The Ardanian side" its minister, "The Foreign Minister of Quellen", "The ministers
agreed A and instructed B" (two, the pair), "raised the issue of A, noting B" (one), "invited" none); an interior
ministry's release in numbered points under "reports the following results ...:" (one statement each, cue "reports"), a
deputy minister's quotation after "said:", "The Deputy Minister stressed", "According to the Deputy Minister", "The
Ministry reminds"; a prime minister's press conference ("Question (Outlet):" turns none, their premises "the
opposition says", "The Farmers' Union says" and "your coalition partner, the Centre Party, says" statements,
unlabelled "Answer:" turns the prime minister's, a labelled finance minister's turn, "A follow-up." and "Thank you
all." none); a Security Council meeting in a mission's words ("The representative of Varnholm" its named ambassador,
"The representative of Ostravia, Ambassador X" and later "The representative of Ostravia" him, unnamed
representatives as their mentions, "condemned A and called for B" (two), "expressed support for", "appealed for", "The
President of the Council, the representative of Lusandria"); a regional government's news page (menus, views,
"Photo gallery", "Read also:" headlines, one "Name: ..." and one "..., says X" (statements of region "related"), the
others none; a governor who "instructed", a road agency head "According to", a villager).

build_ag_paper.py, five North American newspaper articles: a council zoning fight (decks "Residents vow appeal" (the
residents' association the story names) and "developer's lawyer calls opposition '...'", councillors, "acknowledged A
and said B" (two), a developer's lawyer, "Residents disputed that description", a petition "asking" (the resident who
presented it), "City planning staff had recommended approval" and "they concluded"); a murder trial verdict (a deck
"defense vows appeal" (the defendant's lawyer), the verdict and "ordered ... held without bail" none, the victim's
mother, a prosecutor who "had told jurors", "argued throughout the trial that", "the bar's manager testified", a judge
who "thanked" (none) "and told them"); a school board controversy (a deck "superintendent says ... 'broke down'", "a
group called X, which said", its founder described before named, "called for a recess" and "proposed an amendment"
none, "said A and asked B" (two), "said in a statement that it welcomed A and called on B" (one)); an ice hockey game
(a deck "coach calls it '...'", follow-ons, "said A and credited B" (two), "what Malenfant called '...'"); a wildfire
recovery feature (present-tense "says", six women and one man, "The woman in the straw hat" before her name, "A young
woman pushing a stroller ... says" before her name, "a contractor who would not give her name" never named, "Her
builder has promised", "She has heard that before, she says, but ..." in two parts).

All invented: places, bodies, outlets, teams and people, dated 2033. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor's misses were classified. Decided here,
where the conventions are silent:
- A transcript turn that closes with a promise ("Thank you. We will send them next week.") keeps the promise as a
  statement; a turn that only acknowledges ("Understood.") or wishes success is none.
- A press conference opener's last sentence that only introduces a guest ("The Minister of Finance is with me") is
  cut from its statement, as round 39's procedural turn.
- A chair's "called for a recess" and a trustee's "proposed an amendment" (a motion) are acts; "had recommended
  approval" of planning staff is a position, a statement.
- "Residents vow appeal" in a deck is the residents' association that the story says will appeal (round 41's
  "<workers> threaten strike").
- A petition "presented" by a named resident speaks as him (round 42's filers).

usage: python3 ingest-service/tools/invented/build_ag.py  (writes src/test/resources/eval/invented_ag_gold.jsonl)
"""
import build_ag_wire  # noqa: F401  (each module adds its documents)
import build_ag_gov  # noqa: F401
import build_ag_paper  # noqa: F401
from invented_common import write

write('invented_ag_gold.jsonl', per_document=True)
