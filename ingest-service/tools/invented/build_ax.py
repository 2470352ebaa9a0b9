#!/usr/bin/env python3
"""Builds invented set AX: a held-back set of round 51 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids axNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2035; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AV.

build_ax_wire.py, five wire stories: a Reuters-style central bank gold audit that finds bars missing (a headline dash
" - finance ministry", the ministry's lede, "said in a statement, adding that" (two), a minister who "told parliament that
A and that B" (one) and his quotation, the bank's website statement (mixed), "declined to comment" (none), "Two people
familiar with the audit said" and "They spoke on condition of anonymity" (none), "did not respond" (none), "according to
figures compiled by" an institute, an opposition leader who "called the audit '...'" and "demanded the governor's
resignation" (two) with a quotation and follow-on, a staff union's "said A, and that B" (one), an economist's quotation
and statement, "The 49-year-old minister, ..." and "he said" two paragraphs after his last mention (his), a prosecutor's
spokeswoman who "confirmed that A and said B" (two)); an AFP-style gondola stalled high above an Alpine valley (the
regional police, a police spokeswoman "told AFP", the operator's statement and "the company said" (mixed), a rescue
leader's quotation and statement, a visitor's statement and quotation, a cableways office "said" and "According to the
office", a chief executive who "apologised to the passengers '...'" and "said" (two), "Asked whether ..., X said:" and a
quotation, a mayor, "Some guides questioned why ..." (a statement), "One guide, who asked not to be named" (the
description)); an AP-style grain elevator explosion ("authorities said" (an open group), a fire chief, a hospital
spokesperson, a cooperative's statement and its general manager, "according to the federal X, which said" (two), an
engineer, a farmer's quotation before his statement, "Federal records show that" and "according to the records" (the
records'), a mayor's quotation and follow-on, "Nobody ... could say" (none), a town's name for the elevator, "the
cathedral" (none), "The 58-year-old manager" far from his name (his)); a Bloomberg-style coffee chain's board ousting
its chief executive ("according to people familiar with the matter", "said the people, who asked not to be
identified", "confirmed the change in a statement Wednesday, saying B" (B only), "according to data compiled by
Bloomberg" (Bloomberg's), the interim chief's quotation, follow-on and statement, "declined to say" (none), the ousted
chief's post (mixed), "didn't respond" (none), an activist investor that "had pushed for" her removal (none) and its
letter, its founder, an analyst's note and quotations, "The average estimate of analysts" (no cue, none), "Some
employees welcomed the change" (a statement), an unnamed store manager); an AP-style horse race winner disqualified
(stewards "ruled that" (a statement), "according to the Ashford Racing Authority", "The stewards said", "They placed X
second" (an act), a chairman's written explanation, a jockey's quotation, follow-on and "He said he would appeal", a
trainer's mixed content and interrupted quotation, "Did the stewards get it right?" (none), an analyst, an owner who
"called the decision '...' and said" (two), a bookmaker's "said" and "It put the cost at" (two), "did not speak to
reporters" (none), "The apprentice, ..." at the end (the jockey named three paragraphs before)).

build_ax_gov.py, six government texts: a fisheries ministry's readout of a call between two ministers ("thanked" (a
courtesy, none), "informed X that A, and expressed concern over B" (two), "said A and that B" (one), "noted", "The two
ministers agreed that" and "The ministers agreed to" (the pair by name), "stressed that A, saying that '...'" (two),
"raised the issue of A, noting that B" (one), "proposed" + a noun object, "welcomed the proposal and said" (two),
"underlined that", "informed X about <topic>" and "invited X to visit" (none), "discussed" (none), background bullets
(none)); a provincial legislature's Hansard of a bill's second reading (the Speaker's turns, "Some hon. members:" and the
division (none), the minister's speech over three paragraphs with "Thank you, Mr. Speaker." cut, members' turns whose
"Mr. Speaker," is cut and which end in a question (the question none; an association's claim inside a turn nested),
the minister's answers); a transportation safety board's interim report release on a hot-air balloon accident (bullets
under "The Board has determined that:" (cue "determined"), "The report does not assign fault" (none), the unnamed pilot's
"told investigators that A and that B" (one), "gave similar accounts" (none), an unnamed passenger, the chair's
quotation and follow-on and "said the Board had written to X, asking it to" (one), "according to Transport Caldera" and
"In its reply, X said", an operator's statement, a manufacturer that "told the Board", bullets under "The Board's final
report will examine:" (none)); a city's transcript of a briefing on a 911 outage (the moderator's turns none, the
director's opening turn with "Thank you, Farah. Good morning." cut and a carrier's account inside it nested, the police
chief's turn, question turns whose premises are "A woman in Eastgate told us", "Councillor Ames said" and "Tellam says on
its website" (statements; the questions none), a question turn that only asks (none), the answers); a competition
commission's statement blocking a ticketing merger ("prohibited ..., after concluding that" (the concluding), bullets
under "the Commission found that:", a commissioner's quotation, "The parties argued" (the two companies by name), "did
not accept that argument, noting that B" (B only), "noted that", "offered to sell" (an act), "considered that",
submissions (none), an association that "told the Commission", a fans' council, the buyer's statement, the target's
chief executive (mixed), "may appeal" (none), background (none)); a human rights tribunal's summary of a decision on a
service dog refused by a landlord (the complainant's "alleges", the landlord's "denies" and "says", the member's "I find"
(three), "testified that" (two, mixed), "She said X told her that" (the told nested), "According to Ms. Okafor", the
manager's "agreed that A but said B" (two), "denied that", "admitted", a neurologist's "letter stating that" (hers), the
landlord's "submits", "I do not accept that submission" and "I prefer hers" (none), a text message "which reads:" (its
sender's), "seeks $25,000" (a remedy sought, none), the orders (none)).

build_ax_paper.py, five North American newspaper articles: a city council banning rental e-scooters (a deck "Operator
says" (the company the story quotes for it) and "riders say" (an open group), a councillor's mixed content and
quotation, "According to a staff report presented to council" (the report's; no maker named), the operator's emailed
statement, its regional manager who "told council", "Asked whether ..., Liske said:", a blind resident's statement and
quotation after "For X, the vote was long overdue" (none), "Not everyone ... agreed" (none), a student, "Critics of the
ban say" (an open group), "called the ban '...'", a neighbouring city's spokesperson, the council's request (an act));
a radio host's last show, in the present tense (a headline "says goodnight" (no cue, as "say goodbye"), a deck "He says",
'"...," Abernathy says, sitting ...', "By his own count", "He remembers the blizzard of 1997, when ..." (a scene, a
statement), a station owner's statement, a producer, a listener's letter ("One, from a farmer near Roweton, says"),
his wife's quotation "she says, laughing" and follow-on, "Does he have any regrets?" (none), "according to a resolution
the city council passed" (the council's), "he says" interrupting a mixed content, a photo caption (none)); a high school
robotics team's state title (the captain's quotation and follow-on, "according to its faculty adviser, NAME, a physics
teacher", a driver's statement and quotation and "The 17-year-old driver" later, a rival coach who "congratulated" (a
courtesy, none) "and said", "Not every team was happy" (none), schools that "filed protests ..., arguing that" (the
arguing), the league's "said" and "According to the league", a principal, a sponsor's owner, a caption (none)); a
library board ending late fines (a deck "Trustees split" (none) and "director says" (the director), "told the board", an
according-to of "library figures" interrupting its content ("At the Eastside branch, according to library figures,
31 percent ..."), trustees who "said" and "worried that" (two), "according to the State Library Association, which
says" (two), a question the story asks (none), a mother's statement, quotation and follow-on, a councilwoman's "called",
"Not all residents were convinced" (none), a man "who spoke during the public comment period" who "said A and wanted to
know whether B" (the question none)); a roofing contractor sentenced for defrauding seniors (a deck "'...,' judge tells
contractor" (the judge), the guilty plea (a statement), a prosecutor who "told Judge X", "according to the state
contractors licensing board", "According to court records", defence counsel who "asked for a sentence of two years,
arguing that B" (one) and "said", victims' statements and quotations, "apologized" with no object (none) and his
quotation, the judge's "said he did not doubt A, but that B" (one) and quotation, "ordered" (an act), "Under the plea
agreement" (none), an attorney general's office that "said A and urged B" (two)).

All invented: places, bodies, outlets, companies, people and horses, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "confirmed the change in a statement, saying B" gives B only, as "defended it, saying B" (the change is an event the
  company announces, not a position).
- "had pushed for X's removal since January" is campaigning, an act, none; "demanded the governor's resignation" beside
  another cue is a statement with its noun object (a position, as "called for").
- A legislator's turn that ends in a question is one statement up to the question, the question none, and a body's
  claim the member cites inside the turn is nested (round 45: the sentences of a labelled speech are not its own).
- A text message a tribunal quotes ("a text message she sent her sister ..., which reads:") speaks for its sender.
- "asked for a sentence of two years, arguing that B" is one statement (round 40's "had asked for A, arguing that B"),
  though a bare "seeks $25,000" or "seeks a fine" is a remedy sought, none (AV's "The Crown seeks a fine").
- "Two ground crew members gave similar accounts" reports speech without content, none.
"""
import build_ax_wire  # noqa: F401  (each module adds its documents)
import build_ax_gov  # noqa: F401
import build_ax_paper  # noqa: F401
from invented_common import write

write('invented_ax_gold.jsonl', per_document=True)
