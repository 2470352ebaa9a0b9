#!/usr/bin/env python3
"""Builds invented set BA: a set of round 53 (issues 9 and 10), written unseen by "writer" and kept from the other
engineers until the lead lands it. Five wire stories, six government texts, five North American newspaper articles
(ids baNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2036; the documents are in three
modules, one per kind. Kinds and genres differ from those of sets AC-AZ.

build_ba_wire.py, five wire stories: a Reuters-style copper mine strike (a headline dash " - union" (the union, which
speaks first in the lede), the union's reported vote, the union president's '"A," X told reporters. "B."' (two), a
company's "said A and that B" (one) and "declined to say" (none), an analyst's quotation and "He said", a minister's "said
A and urged B" (two), "According to the mining ministry", "Two people close to the talks, who asked not to be
identified", "The union, which ...", "accused X of A" (mixed), "according to Corvane's annual report" (the company's), an
interrupted quotation '"A," X said, "b ..."' (one, in parts), "Asked whether ..., X said on a call with analysts");
an AFP-style satellite launch failure (the agency in the lede, "said in a statement" and "it added", the director's
quotation and follow-on, "Engineers ... had told him that A, he said" (his; the engineers' nested), "cautioned against
"guessing in public."" (a position with its noun object), spectators (an open group), "According to tracking data
compiled by X" (X's), a senator's "called A and said B" (two), a minister's "told AFP", "according to a person familiar
with the policy, who asked not to be named", "did not say whether" and "declined to say whether" (none), an engine
maker's mixed statement, a question the story asks (none), "A poll conducted ... by the daily X found" (the daily's));
a Bloomberg-style weak sovereign bond auction (deck bullets: one with no cue verb (none) and "Finance ministry says"
(the ministry, which speaks first below), "according to results posted on its website" (the debt office's), a
strategist's quotation and follow-on, a ministry's "said A and that B" (one), a minister who "told lawmakers", "data
compiled by Bloomberg show", "according to the National Bank of X, which ...", the ministry's chief economist, "Economists
at X wrote in a note" (a group), "said A" and "called for B" of one lawmaker (two), "declined to comment" (none),
"according to its issuance calendar" (the office's), the reporter's contact line (none)); an AP-style avalanche closing a
mountain highway (officials in the lede, a patrol lieutenant after her content, quotations with follow-ons, a trucker
named before "He said", a centre that "warned on Friday", an interrupted quotation, "Did the state wait too long ...?"
(none), "Some residents of X, a town ..., questioned why" (a statement), a spokesman's "said A and that B" (one),
"according to department records" (the department's), a ski area "said on social media", a governor who "called A" and
"thanked" (the thanks none)); a Reuters-style museum returning looted bronzes (the trustees in the lede and "said in a
statement", the director's quotation and follow-on, a minister who "welcomed the decision but said B" (two), "she told
Reuters by phone", "For decades the museum argued that", a secretary's "said A and that B" (one), "According to a 2034
inventory by X" (X's), "Not everyone welcomed the move." (none), a think tank's "said in a post on X", descendants who
"said through a lawyer", "according to museum figures", "The 58-year-old director" far from her name).

build_ba_gov.py, six government texts: a central bank's policy statement and the transcript of its governor's press
conference (the decision and the vote (acts, none), "The Committee judges that" and "also notes that" (the Monetary
Policy Committee's), "firms expect smaller price rises" in its narration (the firms', a cognition cue as round 40's
"traders reckoned"; mended after the first run), the moderator's turns (none), the governor's and deputy governor's turns (one statement each, a
two-paragraph answer one), question premises "the Finance Minister said yesterday that A", "The Trade Union
Confederation says A", "some of your former colleagues at the Bank have told our newspaper that A" (statements, the
questions none), "in January you said A" (the governor's, the "you" the turn answers), "Deputy Governor, you voted
against the cut. Why?" and "A follow-up ..." (none)); an ombudsman's investigation report (the ombudsman's "I found that
A, and that B" (one), "an internal review warned" (the review's: no maker named with it), "Ministry officials
acknowledged", a complainant the report calls "Ms. R" and "She told my investigators", a coalition that "told us",
"The Ministry told my investigators", "I accept that A." and "In my view, however, B" (two), reviewers who "told my
investigators that managers had told them to V" (the reviewers'; the managers' nested), numbered recommendations under
"I recommend that the Ministry:" (the ombudsman's, the number cut), "The Ministry has accepted all three
recommendations" (a position), the deputy minister's "wrote that", the signature naming the ombudsman); a coroner's
inquest findings (a "Presiding Coroner: NAME" line, "The jury found that" (the jury's), witnesses who "testified",
"gave evidence that", "told the inquest", "agreed that", counsel who "submitted that" (each one statement), the
coroner's "I find that A, and that B" (one) and "I also find that", "The family asked the jury to consider whether" (a
party's request to the body deciding, a statement as in AY), "I allowed the question" (none), numbered recommendations
under "The jury recommends:" (the jury's), "are asked to respond" (none)); a senate committee's estimates hearing
(Hansard style: the chair's turns (none), the minister's hand-over "No, thank you, Chair. The Secretary has a short one."
(none), the secretary's opening with "Thank you, Chair." cut, a premise "the review found that" (the review's), a
one-line answer naming the contractor (a statement), a chief information officer's answer with the contractor's warning
nested, premises "the X Network says" and "The Network's submission says" (the Network's), "We will take that on
notice." (none), "your colleague the Minister for X told the Senate in February that" (a premise, that minister's),
the suspension line (none)); a county's wildfire evacuation order (the order and warning lines (none), "according to the
State Forestry Department" and "The department said", a sheriff's "said A and that B" (one), an analyst who "warned",
a commission chair's "said:" before a quotation of four sentences (one), "said the county had asked the governor to V"
(one; the request inside it none), a state senator, a quotation and follow-on, "Fire officials said" (an open group), a
superintendent, a humane society and a utility, "WHAT TO TAKE" bullets and a question-and-answer section (the county's
own advice, none), the update line (none)); a labour ministry's release referring a rail strike to binding arbitration
("used her powers ... to refer" (an act), '"A," said Minister X. "B. C. D."' (two), "The Minister said A and that B"
(one), "She noted that", the order's terms (none), "thanked X and urged Y" (the urging only), the transport minister's
statement, quotation and follow-on, "In a joint statement ..., NNR and the Union said" (the pair), "had said" and "has
said", "Quick facts" bullets (none, but one with "according to Statistics Norvell"), links and contacts (none)).

build_ba_paper.py, five North American newspaper articles: a bistro closed after an inspection (a deck "Owner says A"
(the owner below) and "reinspection set for Friday" (none), "according to a report posted by the X Health Unit" and "The
inspection report says" (the unit's), the owner's statements, quotation and follow-on, a manager's "said A: B" (one), an
interrupted quotation whose second part runs on to a second sentence (one, in parts), "according to the health unit's
online database", "Not all of X's regulars were put off." (none), a sign that "read" (none), a customer's quotation and
follow-on, a councillor, "did not return calls" (none), a photo caption (none)); a jazz pianist's obituary (her son on the
cause of death, a bassist's quotation and follow-on, a club owner whose quotation reports her words (nested), "In a 1998
interview with this newspaper, X said", "She often said that", "A 1979 review in The Harbor Ledger called" (the paper's),
"she told the audience that", a pianist who "wrote on social media that", a label's statement, "Her daughter said"
after the daughter is named, a quotation reporting the mother's words (nested), "the family said" and "The family asks
that ... donations be made" (the family's)); a city's snow-clearing budget overrun (a deck "Councillors split on ..."
(none) and "works chief calls winter "one for the books"" (the public works director below), "according to a report by
the public works department", the director's quotation and follow-on to council, a councillor "who voted against"
(background) and her statement and quotations, the mayor's two statements, a question the story asks (none), "according
to a 2034 study by X" (X's), "The study's author, NAME, said", "Residents ... were divided." (none), a resident's "told
council A, and that B" (one), "Others said" (a group), a quotation and follow-on, a union local's letter, "according to
city treasurer NAME" (hers)); a chess prodigy, in the present tense (a deck '"A," says coach' (the coach below), "according
to the X Chess Federation", the girl's quotation and follow-on, her coach, mother ("Amiri says, laughing") and father, "Is
she the next world champion?" (none), the federation's president, "says she wants to become a grandmaster "before ..."",
a teacher's "says" and "according to Brogan" inside one sentence (one, in parts), "Her parents say" (the two named
before, mother first as the story names them), an opponent who "tips over his king" (an act) and his quotation and
follow-on); a lighthouse sold (a deck "Heritage group says deal "saves the light"" (the group, which speaks first below)
and "mayor says town was priced out" (the mayor below), the agency's lede, the buyers "they said in an interview" (the
named couple), her quotation and follow-on, his interrupted quotation, "according to agency spokeswoman NAME" and "She
said", "under the sale agreement" (terms, none), the group's statement and chair, "Not everyone is pleased." (none), the
mayor's statement and quotation, a fisherman's "said he worried that" and quotation, "The Pembertons said" (the pair),
"Under federal heritage rules" (standing law, none), a photo caption (none)).

All invented: places, bodies, outlets, companies and people, dated 2036. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "cautioned against "guessing in public."" is a statement, a position with its noun object (as "warned against").
- "A poll conducted ... by the daily X found" is X's: the one who conducts a poll makes it (a printer would not).
- An ombudsman's "I accept that A. In my view, however, B" is two statements, as "accepted that A but found that B".
- "an internal review warned senior managers that" in a report's narration is the review's statement (no maker named).
- A coroner's jury's "found that" the cause and manner of death is the jury's statement (a finding worded as one, not
  the verdict's bare act); bullets under "The jury recommends:" are the jury's.
- In a transcript, a one-line answer that names ("Tessaract Systems, which has held the contract since 2032.") is a
  statement; a minister's "No, thank you, Chair. The Secretary has a short one." is a hand-over, none.
- "Her parents say" after the story has named mother and father is that pair, in the order the story named them.
"""
import build_ba_wire  # noqa: F401  (each module adds its documents)
import build_ba_gov  # noqa: F401
import build_ba_paper  # noqa: F401
from invented_common import write

write('invented_ba_gold.jsonl', per_document=True)
