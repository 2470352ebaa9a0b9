#!/usr/bin/env python3
"""Builds invented set BB: a held-back set of round 53 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids bbNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2036; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AZ.

build_bb_wire.py, five wire stories: a Reuters-style pipeline spill (a headline dash " - energy regulator" (the
regulator the lede names), the regulator's "said" after its content and a narrator's noun phrase after the cue (", the
second spill on the line in four years", none), "estimated in a notice ... that A, and said B" (two), the company's
"said that A and that B" (one), a chief executive who "told a news conference" and a follow-on, "declined to say" and
"did not say" (none), "according to data from the brokerage X" (X's), two people familiar with the operations and "The
people asked not to be identified" (none), "did not respond" (none), a mayor's statement, quotation and follow-on, an
alliance that "said A, and called for B" (two), "said it had ordered X to ... and that B" (one), a minister's mixed
statement and "Asked whether ..., X said that was '...'"); a Bloomberg-style airline merger approval (deck bullets
"Chief executive says ..." (the chief executive the story quotes) and "Fares capped ..." (no cue, none), "won approval
... after agreeing to" (acts), a bureau's "said in a decision" and "according to the decision" (the bureau's), a
quotation, "The combined airline would ..., he said, and keep ..." (one content in two parts), "didn't respond" (none),
"Rivals were less pleased." (none), a rival's mixed "said A -- B -- and that C" (one), "people familiar with the process
said" and "said one of the people, who asked not to be identified", "according to data compiled by Bloomberg", a union's
"said A and would V" (one) and its president, analysts who "wrote in a note that A, and raised their price target" (the
target an act), an analyst's quotation and follow-on, a founder who "has said" inside a who-clause sentence, a minister
who "welcomed the decision in a post ..., writing that B" (two)); an AP-style tennis doping ban (a headline "..., says
she will fight ruling" (the player), the agency's lede, "said an independent tribunal had found that" (the tribunal's
finding nested), the player's mixed statement, "she wrote" and a follow-on, her lawyer, "the laboratory's records
showed" inside the agency's reply (nested), a chief executive who "told The Associated Press", "Players reacted with
..." (none), a rival's quotation, a players' council that "said A but called for B" (two), "Anti-doping experts say" (an
open group), "did not respond", a federation, its president's quotation and follow-on, a sponsor, "she said at the time
that" (dated), the lawyer again at the end); an AFP-style zoo's panda loan (the zoo's "announced", a director's
statement after its content, "told AFP", a minister "who attended the signing, called the loan '...'", "Under the
agreement" (none), a welfare group that "said A, and called the loan 'B'" (two), "A. B," said X (one), an embassy's
"said that A and that B" (one), "according to the Tanshou breeding centre", "Who will pay for the bamboo?" (none) and
"The zoo says", "according to Lurenian state media", a tourism office president's statement and "he said, laughing",
"according to figures from Vessière city hall"); a Reuters-style ferry cancellation (a headline "cancels ..., citing
engine faults" (the citing), the company's lede and "Strandline said" after its content, "according to the Orrin
Community Council", a council chair's two-sentence quotation and follow-on, "said it had chartered A ... and that B"
(one), a minister's "said A and that he had asked X to explain" (one; the asking inside), "did not say" (none),
"according to budget documents" (the documents: no maker named), "told Reuters", '"A," he said. "B."' (two), "Islanders
have complained for years about the age of the fleet" (a statement), a harbours authority's spokeswoman, an education
authority's "said" after its content, a hotel owner, "Asked whether ..., X said").

build_bb_gov.py, six government texts: a foreign ministry's transcript of two foreign ministers' joint press conference
(the moderator's turns none, each minister's opening over three paragraphs one statement, "Thank you, Jonas." cut and
"Dariusz, welcome to Sollmark." kept, a courtesy paragraph "Thank you, Petra, for your hospitality ..." cut, a question
premise "the fishermen's union in Varga said" (a statement; the question none), "Our coast guard's position data shows"
inside an answer (nested), "That is on the table. (laughter) Not on this table, ..." (two), "A follow-up for both
ministers. Is there ...?" (none), "President X has said" inside an answer (nested), a premise "Ingrid Saether, called
today's talks '...'" (a statement), the closing turn and the press office line none); a defence ministry's weekly
briefing (the spokesperson the heading names speaks the opening over its three items up to "Now I am ready for your
questions." (cut) and every unlabelled "Answer:", premises "the newspaper X reported that", "X said yesterday that",
"Residents in Drenow say that" and "Minister X said in an interview on Sunday that" (statements; the questions none), "A
follow-up. When exactly?" (none), "The district governor told me yesterday that" inside an answer (nested), "I will leave
that question to the minister." (a hand-over, none) and the closing line none); an appeal court's summary of reasons on a
bail appeal ("Citation:", "Between:", "Before:" and the delivery line define the judges and parties, "The Crown alleges
that", "denied bail" (a decision), the bail judge's "found that A, and that B" (one), "The appellant argues that" (the
appellant the title names), "The Crown submits that A, and that B" (one), a sister "who offered to act as a surety" (an
act) who "testified that", "described her evidence as '...'" (the bail judge's), the judge's "In my view", "I am also
satisfied that" and "I accept the evidence of X that A", "The appeal is allowed." and the release conditions in bullets
(none), a dissent that "would have dismissed the appeal" (none) and "wrote that A, and that B" (one), the counsel line
none); a transport safety board's final report release ("released its final report" and the narration none, bullets
under "The investigation found that:" (the board's), the chair's quotation and follow-on, the investigator-in-charge's
mixed statement, "The Board is recommending that A, and that B" (one), "informed the Board that" (the railway's), "The
Board welcomes these actions, but notes that B" (two), "The report notes that" (the board's), "according to its annual
statistics", a mayor's "said in a statement that", the agency's boilerplate and contact lines none); a national park's
closure notice and media release (the notice's own narration, "Status:" lines and its bullets under "What this means for
visitors" and "Road and access" none, "The X Survey informed Parks Aldmark ... that" and "The Survey's assessment ...
concludes that" (the survey's), "A review ..., carried out for Parks Aldmark by the engineering firm X, recommended
permanent monitoring" (the firm's), the superintendent's quotation, bullets under "Nyquist stressed three points for
people living near the park:" (hers), a minister, a question-and-answer section none); a city's boil-water advisory (the
city's own narration and the "Residents in the affected area should:" bullets none, the medical officer's statement and
quotation, "According to Vennick Water, the city's water utility,", the mayor's "said:" and quotation, "The City said" in
its own notice, a health unit's "said" after its content, an update under a time line with a laboratory's "reported
that", a manager who "told council at an emergency meeting that A and that B" (one), a councillor, a question-and-answer
section none).

build_bb_paper.py, five North American newspaper articles: a toll bridge price rise (a deck "Commuters say ..." (an open
group) and "bridge authority says ..." (the authority, which speaks first), a board vote (an act), the chair's quotation
and statement, "Under the new schedule" (none), a commuter's quotation and follow-on after a "For X, ..." sentence, two
members who "voted against" (acts), "did not respond" (none), "Is the bridge actually in danger?" (none), "A 2035
inspection report by the engineering firm X, hired by the authority, found" (the firm's: a hirer is no maker) and "It
did not find any risk of collapse." (none), a mayor who "called A 'B' and said C" (two), a chamber that "supported the
increase, saying B" (two), "The authority's own forecast projects", a state department, a riders' union "which has
pushed for ..." (background) that "called the increase a missed chance", a caption none); a school sports eligibility
ruling (a deck "Eligibility panel says ..." (the association, whose ruling comes first) and "family vows appeal" (the
parents, a named pair), "ruled that", "the association's eligibility committee wrote that" and "The committee's decision
says" (the association's), the parents' "said A, and B" (one), a father's quotation and follow-on, a coach's mixed
statement and "Asked whether ..., X said he had not.", an executive director who "declined to comment on the case,
citing the appeal" (the citing a statement) and "But she said", "Under the association's bylaws" (none), "the committee
found that", "filed the complaint" (an act), "In an email, X said he had '...' but had B" (one), "she said, 'but ...'"
(one interrupted quotation), "Some parents ... say", coaches who "have complained for years that", "according to the
recruiting website X", the mother, the principal); a mayor's recall petition (a deck "Organizers say" (an open group)
and "mayor calls petition '...'", "was approved for circulation" (an act), "The petition, filed by a group called X,
accuses the mayor of" (the filers'), a leader's quotation ("she told us it wasn't" inside it nested) and follow-on,
"called A 'B' ... and said C" (two), '"A," she said. "B. C."' (two), "According to the city clerk's office", "Has a
recall ever worked here?" (none) and "according to the Grantham Falls Historical Society", an architect, "Three council
members said", a councilman, a political scientist, a chief of staff's "said in a statement that" (mixed) and "She is
not." (none), the leader's reply, "Some residents signing the petition ... said", a shopper's quotation, "The group
posted on its website ... that" (the group's)); a school board's cellphone ban (a deck "Trustees vote 6-1 for ban" (a
vote, none) and "students say ..." (an open group), "approved the policy" (an act), a superintendent who "told trustees
A, and that B" (one), her quotation and follow-on, "A Kessington Unified School District survey ... found that A, and
that B" (the district's, one; "more than half said" inside it nested), "cast the only vote against" (an act) and "He
said", a student's statement and quotation "she said, drawing applause", "The policy says" (the policy: no maker named
with it), "What happens in an emergency? Several parents asked that question" (none), a union that "supported the ban"
(a position) and its president's mixed statement, "collected 640 signatures" (an act), an organizer, a superintendent
elsewhere who "said that A, though he cautioned that B" (two), "Not every trustee who voted yes was enthusiastic."
(none), a trustee's quotation, a caption none); a drought's water restrictions (a deck "district says reservoirs at 31
percent" (the water district's general manager, who says it first below, as round 52's deck noun for a public body),
"under restrictions the district's board adopted" (none), the general manager's quotation "told the board" and
follow-on, "according to district spokesman X" (his), "The district estimates that", "according to the state
climatologist's office", a couple's act and the wife's quotation and follow-on, "several residents questioned why" (a
statement), "said A, and that B" (one), a golf club manager's statement after its content and 'The fairways "are going
to ...," he said, "and ..."' (one mixed content in two parts), a grower, a councilwoman who "called A 'B' and said C"
(two), "conceded that A, but said B" (two), "Will the restrictions be enough?" (none), a hydrologist's "said that
depends on this winter" and quotation, "Residents can report ..." (none)).

All invented: places, bodies, outlets, companies and people, dated 2036. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "declined to comment on the case, citing the appeal" gives one statement, the citing (round 35's ", citing X" stays a
  statement of its own; the declining is none).
- "The Board welcomes these actions, but notes that B" is two, as "welcomed A and noted that B"; "said A, though he
  cautioned that B" is two, as AZ's "though she acknowledged that B"; "conceded that A, but said B" is two, as
  "acknowledged that A but said B".
- "A review ..., carried out for X by the engineering firm Y, recommended permanent monitoring" is Y's statement (a
  recommendation with a noun object is a position; round 49's "carried out for X by Y" is Y's).
- "The bail judge described her evidence as '...'" is a statement (a characterisation, as "described him as").
- A deck's "district says" of a water district is its general manager, the officer who speaks for it and says it first
  below (round 52's public body deck noun; `public-bodies.txt` lists a school district's superintendent).
- Bullets under "Nyquist stressed three points for people living near the park:" are hers, cue "stressed" (a lead-in
  with a counted noun object before the colon reads as "stressed:").
- "A sister, who offered to act as a surety and to pledge $150,000," is an act (round 52's things offered).
"""
import build_bb_wire  # noqa: F401  (each module adds its documents)
import build_bb_gov  # noqa: F401
import build_bb_paper  # noqa: F401
from invented_common import write

write('invented_bb_gold.jsonl', per_document=True)
