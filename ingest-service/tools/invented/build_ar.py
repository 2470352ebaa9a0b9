#!/usr/bin/env python3
"""Builds invented set AR: a held-back set of round 48 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids arNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AP.

build_ar_wire.py, five wire stories: a Reuters-style telecom customer data breach (a headline "telecom regulator says"
that is the authority the lede describes and the next paragraph names, the operator's statement and "It said", a chief
executive's quotation at a news conference with a follow-on, "Asked why ..., she said" (the answer), "according to" a
security firm over a hacking group's acts (its "demanded a payment" nested), "Two people familiar with" and "One of
them", "declined to comment" (none), a minister with a quotation, "Consumer groups urged", a council director's mixed
content, "Analysts at X estimated", a researcher who "said" and "warned" (two), "a project it has said will cut costs"
(a relative-clause cue), a customer's quotation after "said NAME" with a follow-on); an AFP-style cable car cabin
falling at a ski resort (cantonal police in the lede, a police spokeswoman who "told AFP" and "she said", "according to
the canton's mountain rescue service, which said" (two), a ski instructor's quotation and follow-on, the operator that
"halted all its lifts and said" (one), its director, "the prosecutor's office said", a prosecutor's "said A and that B"
(one), a president who "expressed his condolences" (none) and "said", "According to" a federal office, an engineer who
"said", "cautioned, however, that" and "told AFP", "a rescue service spokesman" never named, "Several skiers", a skier
with a follow-on, the municipality); a Bloomberg-style lithium concession revoked (the government "revoked ..., saying"
(one), a minister's mixed content and "she said" after the content, the miner's statement, its chief executive's
quotation, "declined to say" (none), "communities ..., who say", a community leader who "welcomed A but said B" (two),
"according to" an institute, a president who "has said", an analyst, "Others said" (an open group), "Analysts were
divided" (none), a lawyer after "said NAME" with a follow-on, a chairman's "said A and expected B" (one) and "did not
say whether" (none), an embassy); an AP-style bird flu cull at an egg farm ("state agriculture officials said" in the
lede (the mention), the department, a commissioner's "said A and that B" (one) and quotation with a follow-on,
"according to the department", the health department, "A spokesman, NAME,", the owner's indirect line, quotation and a
second indirect line, a state veterinarian who "said" and "urged" (two), an economist who "estimated", "Animal welfare
groups have criticized" (a position with a noun object), "Neighbors said", a neighbour after "said NAME" with a follow-
on); an AFP-style film festival's top prize (the prize itself narration, a jury president's mixed content and quotation,
a director who "dedicated the prize to" (a courtesy, none) and spoke on stage, a veteran director's "told AFP A and that
B" (one, mixed), an actress, an artistic director, "Festival organisers said", "Not everyone welcomed" (none), a critic
"writing in" a daily who "called", "unions, which said", "according to" a federation, a distributor and its chief).

build_ar_gov.py, six government texts: an appeal court's press summary of a judgment (the municipality's earlier "said",
the appellants who "argued", the lower court that "held", an intervener that "submitted", "The Court holds" and "finds"
(statements), "allows the appeal", "quashes" and "would have dismissed" (decisions, none), "The Municipality's own
equality assessment recorded" (the municipality's), "Justice X adds", a dissent's "In her view" and "She considers",
paragraph references left out of the contents); a university's news release on budget measures after a grant cut (a
headline "University announces budget measures" (the university's, "announced" with a noun object as in AE and AG), the
board's approval and its request to the president (acts, none), "The programs to close are:" (a verbless list,
narration), "the university confirmed", a president's quotation with a follow-on, a provost whose second content a cue
interrupts ("Positions ... will not be filled, he said, and the university will review ..."), a board chair after "said
the Board's chair, NAME", "Under the plan, the university expects" (the university's; "Under the plan" no source), a
ministry that "has said", a faculty association that "said A and called B" (two), a students' union president); a city's
news release on a speed camera evaluation (a headline "city evaluation finds" and "The evaluation found that:" over four
bullets, spoken by the research centre the second paragraph names as making it (the City commissioned it: no maker), a
mayor's quotation with a follow-on, "The report's authors, led by Professor NAME, cautioned" and "They recommended"
(NAME's, as "The X delegation, led by NAME"), "A survey of 1,200 residents ... showed", a councillor's mixed content
with "critics who had called" inside it (nested), a police chief, quick facts (narration)); a data protection
commissioner's decision summary (the fine and the order acts, none; the member who "told investigators", numbered
findings under "The Commissioner found that:" (the Commissioner's, cue "found", without the number mark; "The
Commissioner" is the person the summary names with that title), the company that "argued A, and that B" (one), "The
Commissioner concluded", the Commissioner's quotation after "said:" and a follow-on paragraph, a statement "published on
its website" (the company's), "The Commissioner reminds"); a national park service's release on a bear attack ("park
wardens believe" (an open group), a manager's quotation with a follow-on and "said A and that B" (one), the family's
statement "released through the Parks Service" that "thanked" (none) "and said" (one), a superintendent, bullets under
"The Parks Service reminds visitors that:" (the Service's, cue "reminds"), a list of closed trails and "Visitors ... are
asked to report" (none)); a statistics office's monthly labour force release (figures narration, "according to the
agency's Survey of ..." (the agency's, its maker named with it), the chief statistician's quotation with a follow-on in
the same paragraph and an indirect line, "Respondents who ... most often said", a ministry's separate statement with a
quoted phrase, a note to readers (narration)).

build_ar_paper.py, five North American newspaper articles: a council vote letting a developer demolish a heritage
theatre (a deck "Heritage group vows court challenge" (the group, which the story quotes as saying it will go to court)
and "developer says facade will be kept" (the vice-president the story quotes for it), "has promised to rebuild" (the
developer's pledge), a councillor's quotation after "said Coun. NAME" with a follow-on, a mayor's "said A and that B"
(one), "A 2033 engineering report commissioned by the city put the cost ... at" (the report's estimate: a commissioner
is no maker), "told council before the vote" with a follow-on, a group that "said", its chair who "argued" (the
committee's "which recommended" inside his content its own statement, nested, as round 43 settled), a quotation with
"said keep it" inside it (his), "a banner reading" (none), "Asked whether ..., NAME said", "Not everyone at the meeting
opposed" (none), "Several residents ... told council they welcomed", "according to the engineering report", "which a
planning official said was unlikely"); a zoo's last elephant moved to a sanctuary (a deck "Zoo says" (the director the
story quotes for it) and "some longtime visitors say" (an open group), "its director announced", a sanctuary that "has
agreed to take her" (an act), "according to the zoo", "A donor who asked not to be named" (none), "Animal welfare groups
have campaigned for" (an activity, none), "said A, but added B" (two), "Not every regular agrees" (none), "He says" in
the feature present, '"A," he said, tapping .... "B."' (two), "admitted that", a quotation a cue interrupts ('"That," he
added, laughing, "is ..."', one statement in two parts), "a change the zoo's board approved" (an act), "said A and urged
B" (two)); a provincial curling final (a deck "Skip calls final shot '...'" (the skip), "She called it A, then corrected
herself" (one) with a quotation after, a loser's mixed "said A and that B" (one), a player's content her cue interrupts
("Her doctor, she said, had told her to ..."; the doctor's words nested inside it, left out), "according to" the skip,
"the club estimated" before a narrator's noun phrase, an event chair, "would not say whether" (none), "Asked what ...,
NAME laughed." (none) with two quotations after); a food bank's record demand (a deck quotation "'...,' director says"
(the executive director), "according to figures compiled by" the food bank and "the figures show" (its), a director's
quotation with a follow-on and an indirect line, "who says" in the present, "A mother of three who asked that her name
not be used" (a description never named), a councillor's quoted phrase, "according to the city's housing office", "a
spokesperson for the provincial Ministry" (never named), an economist, "The food bank is asking for donations" (an
appeal, none), "Volunteers say" (an open group) and a volunteer after "said NAME" with a follow-on); a small town's
lottery jackpot winner (a deck quotation "'...,' winner says", "the Northern Lottery Corporation confirmed" over a
content with an apposition inside it, the winner's quotation, two indirect lines, "Asked whether ..., he paused." (none)
with a quotation and follow-on, "according to the corporation", a store owner who "says" and whose quotation quotes the
winner's words and her own (hers; the inner words not annotated), a spokesperson's two indirect lines, "a rule the
corporation says helps", "called A and joked that B" (two), the winner's daughter, "Habit," he said).

All invented: places, bodies, outlets, companies and people, dated 2034. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "dedicated the prize to X" is a courtesy, no statement (as "thanked"); "campaigned for X" an activity, none.
- "The report's authors, led by NAME," speak as NAME (as "The X delegation, led by NAME,").
- A decision summary's "The Commissioner" is the person it names as the Commissioner; numbered findings under "The
  Commissioner found that:" are hers, without the number mark.
- Bullets under "The Parks Service reminds visitors that:" are the body's, cue "reminds" (as a release's "The Authority
  reminds"); a verbless list under "The programs to close are:" is narration.
- A court summary's "holds" and "finds" are statements; "allows the appeal", "quashes" and "would have dismissed the
  appeal" decisions, none; paragraph references ("[para 41]") are no part of a content.
- "joked that" is a cue; a board's "asked the President to report" is an act.
"""
import build_ar_wire  # noqa: F401  (each module adds its documents)
import build_ar_gov  # noqa: F401
import build_ar_paper  # noqa: F401
from invented_common import write

write('invented_ar_gold.jsonl', per_document=True)
