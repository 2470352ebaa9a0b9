#!/usr/bin/env python3
"""Builds invented set AT: a held-back set of round 49 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids atNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AR.

build_at_wire.py, five wire stories: an AP-style earthen dam bursting after record rain (a civil protection agency in
the lede and "the agency", its director after his content with a follow-on quote, "Asked whether ..., X said" (the
answer), the operator's statement "posted on its website", "It did not say whether" (none), a villager's quotation a
participle clause follows and a follow-on, "Residents said", "According to a 2031 inspection report by" an office
"seen by The Associated Press" (the office's; the obtainer no maker; the inner pluperfect "had recommended" left out),
"did not respond" (none), a chief executive who "rejected the suggestion that" and a content his cue interrupts ("The
repairs ..., he said, and the reservoir ..."), a weather service, a prime minister who "declared" (an act) "and
promised that" with a quotation after, "Opposition lawmakers demanded that", a hydrologist who "said" and "cautioned"
(two), an interior ministry, a mayor's mixed content); a Reuters-style container ship aground in a canal (a headline
dash " - canal authority", "the canal's operator" in the lede, the authority's statement and "it said", a chairman's
"told reporters that A but that B" (one) and a quotation, "according to ship-tracking data compiled by" a firm, the
owner, "A spokeswoman ..., who declined to be named" (the description), "Two shipping industry sources said A and that
B" (one), a consultancy that "estimated" and its head of research who "wrote in a note", "the ... Index showed" (the
index's), a minister's mixed content, "campaigned for" (an activity, none), "Asked whether ..., X said", "declined to
comment" (none), a captain who "told Reuters by radio" and a quotation, a sign-off line); an AFP-style Old Master
auction record (the auction house, its head of Old Masters who "told AFP" with a quotation and a follow-on, "He asked not
to be named" (none), "According to the auction house", "Not every specialist is convinced" (none), a former curator who
"said" and "added that A but that B" (one), "said A and that B" (one), "had declined to classify" (an act) and "Her
ministry said", a critic "writing in" a daily who "called", dealers, "according to" an index, a lawyer with an indirect
line and a quotation); an AP-style salmonella outbreak at a salad chain (a headline "health officials say" (an open group,
as the lede's "federal health officials"), a disease agency's "said" and a content its cue interrupts, the chain, its
chief executive "in a video posted on" its accounts, "did not respond" (none), a doctor who "said" and "urged" (two), a
quotation after "Okafor said", a customer "who said" and a quotation, "according to the agency's records" (the
agency's), "Their suit alleges" (the two customers who sued), "A ... spokesman said the company does not comment on"
(a statement)); an AP-style record baseball contract (a headline "AP source says" (the lede's "person familiar with the
negotiations"), "The person spoke on condition of anonymity" (none), "the person said", "declined to comment" (none),
"said only that" with a quoted part, "would not discuss" (none), '"A," X said, smiling. "B."' (two), "according to
figures compiled by the league office", an owner's "said in December" (dated 2033), a player with an indirect line, a
quotation and a follow-on, "Some rival executives questioned the length of the deal" (a position with a noun object), an
unnamed general manager "who spoke on condition of anonymity", "The players' association has argued", a commissioner, a
fan).

build_at_gov.py, six government texts: a foreign ministry's release on a river treaty signing (the signing an act, the
treaty's terms narration, "the Ministers noted" (the named pair), a minister's "said:" with a quotation, "stressed A and
expressed the hope that B" (two), "The Dorlund side expressed readiness to" (its minister), a working group's chair "who
told the Ministers", "discussed" (none), bullets under "The Ministers agreed on the following next steps:" (the pair,
cue "agreed"), "Asked about ..., Minister X replied that A and that B" (one), "thanked" and "invited" (a courtesy and an
act, none)); a refugee appeal tribunal's decision and reasons (the decision itself none, an anonymised appellant "AB"
who "told" and "said", a protection officer who "accepted that A but found that B" (two), counsel who "submitted", "a
medical report by Dr. X, ..., which records that" (the doctor's), the respondent's "argued", "A report by the
Ministry's Country Information Service ... states" (the service's), "According to" an NGO's report, "AB's sister, ...,
confirmed" (the description, never named), "The Tribunal accepts" and "It finds" (statements), "agrees with these
reasons" (none)); a police oversight director's report on an arrest (a mandate under an Act (standing law, none), "The
Director has concluded" (the person named as Director), "The Complainant told investigators" and "He said", "declined
an interview" (none), "Witness Official #1 (WO #1) ... told investigators that A and that B" (one) and "She said the
Complainant shouted that" (the shout nested), a store clerk "identified as Civilian Witness #1" and "According to CW #1",
footage narrated without a cue (narration), "According to hospital records", "The Director accepts", "In the Director's
view", "notes", "recommends", a chief's letter "said"); a senate committee's hearing transcript on drug prices (the
chair's procedural turns none, a witness's opening turn over three paragraphs (one statement, its "Thank you, Madam
Chair." cut), a senator's question turn whose premises are the company's annual report and a review board's words
(statements; the question none), a witness's answer cut of its address "Senator,", "Yes. Our legal team will ...", a
senator's "I want to put on the record that" before a question (hers) with "you said A" (the witness's), a second
witness's turn over three paragraphs with "Mr. X told you that" and "Our survey ... found that" inside it (nested));
an agriculture ministry's release on drought feed payments (a headline "Drought relief: ..." (no speaker), the minister
who "announced" a clause, her quotation with a follow-on after a place, "The ministry estimates that A and that B" (the
ministry's, one), eligibility bullets under "To qualify, a farm must:" (terms, narration), "The federal government has
said A, Dunmore said" (hers, the government's nested), "Farmers at the auction said", an association "which had asked
for" (background, none) that "welcomed A but said B" (two), its president's quotation and follow-on, a critic who "said
A, and called on B" (two), quick facts with "According to Statistics X"); a town council's minutes (motions "Moved by
..., seconded by ...: THAT ... CARRIED" and a recorded vote (acts, none), a delegation who "stated that A, and that B"
with "the Board's survey ... found that" inside (nested) and "urged Council to", "asked questions" (none), "spoke in
opposition to" a proposal (a position) and "He said that A and that B", "presented the report" (none), "advised that",
"expressed concern that", "noted that", "In response to a question from X, Y confirmed that", a letter under
correspondence "advising that" (the ministry's), "Received for information." (none), a mayor's "reported that A, and
that the Ministry ... has indicated that B" (hers, the ministry's nested)).

build_at_paper.py, five North American newspaper articles: a sled dog race won in record time (a deck "'...,' champion
says" (the winner), "according to race officials" over the whole lede, '"A," X said as she knelt ... "B."' (two), an
indirect line and a quotation, a marshal's mixed content and "He said", a runner-up's "said A and that B" (one) and a
quotation, "Not everyone was thrilled" (none), "Some veteran mushers have argued", a veterinarian, "said A but would not
say whether B" (one; the refusal none), "Asked what ..., she laughed." (none) with a quotation after, a spectator, "Her
husband, Per," (the only name the text gives)); a library book returned 63 years late during a fines amnesty (a deck
"Library says" (the director the story quotes for the figure), "a handwritten apology signed only 'A reader'" (none),
a director's quotation that quotes a colleague's words (hers; the inner words not annotated), a patron's quotation
"said, adding that" (two), "voted to end" (an act), a board chair, "According to" an association, "Not everyone at the
library is convinced" (none), "worries that" (a cue), a publisher that "says" in the present, "Asked whether ..., X
shook her head." (none) with a quotation); a century-old water main break downtown ("city officials said" (an open
group), a director of water services after her content and "she said", a quotation at a news conference with a
follow-on, "The city advised residents to" (the city's advice), "which Briggs said could take" (a relative-clause cue,
its own statement), a bookseller with an indirect line, a quotation and a follow-on, "Some business owners said", a
mayor's "said A and would B" (one) and "He said", "According to a 2033 report by the city's auditor general" and "the
report said" (the auditor's), a councillor's "said she had warned for years that" (one, her own earlier warning not
nested) and a quotation, "the city said", "the library said on its website"); a provincial park reservation site
crashing (a deck "Ministry blames X" (the ministry's) and "campers say" (an open group), the ministry's "said in a
statement that A, "...," and that B" (one), "according to the ministry's own availability map" (the ministry's), a
camper's quotation and follow-on, "Others said", a minister's "told reporters that A and that she had asked ..." (one;
the asking after a perfect not its own), a contractor's "website says" (the company's), "did not respond" (none), a
critic's "said" and "noted that a 2032 review by the provincial auditor had found" (two, the review's nested), "The
ministry said it would A and would B" (one)); a pedestrian bridge collapse inquiry ("Engineer tells bridge inquiry he
warned ..." (the engineer the lede describes and the next paragraph names), "testified that A and recommended B" (one),
"told the inquiry" with a follow-on, a metallurgist "who testified", "is expected to testify" (none), "In a written
statement filed with the inquiry ..., she said", "Under cross-examination by the city's lawyer, X, Y agreed that" (a
concession, a statement) and "But he said", a lawyer's "suggested that", "Lamarche said it did not", a commissioner's
question (none) and the answer "he replied", a victim's son, "The city has said it will not comment on" (a statement,
unlike "declined to comment"), "Its lawyers have told the commissioner that the city accepts" (the lawyers', the city's
acceptance nested), "according to the city's parks department").

All invented: places, bodies, outlets, companies and people, dated 2034. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- An anonymised party ("AB") speaks as its label; an oversight report's "the Complainant", "Witness Official #1" and
  "Civilian Witness #1" speak under those labels; "The Director" is the person the report names as Director.
- A tribunal's "The Tribunal accepts that" and "finds that" are statements (as a court summary's "holds" and "finds");
  "The appeal is allowed" and "sets aside ... and substitutes" are decisions, none.
- Minutes: "spoke in opposition to X" is a position (as "opposed the proposal"), a statement with X; a correspondence
  item "Letter from X ..., advising that A" is X's statement, cue "advising"; a motion and its vote are acts.
- A senator's "I want to put on the record that A" before her question is her statement (as round 45's student's words
  before a question).
- "worries that" is a cue; "The city advised residents to boil their water" is the city's advice, a statement (as
  "urged"); "said it will not comment on X" is a statement where "declined to comment" is none.
- A bare first name the text gives for a relative ("Her husband, Per,") is that person's canonical name.
"""
import build_at_wire  # noqa: F401  (each module adds its documents)
import build_at_gov  # noqa: F401
import build_at_paper  # noqa: F401
from invented_common import write

write('invented_at_gold.jsonl', per_document=True)
