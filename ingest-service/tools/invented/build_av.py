#!/usr/bin/env python3
"""Builds invented set AV: a held-back set of round 50 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids avNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2035; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AT.

build_av_wire.py, five wire stories: a Reuters-style undersea data cable cut off an island territory (a headline dash
" - Norvalink" (the operator), the operator's lede, "said in a statement, adding that" (two), "Ship-tracking data
showed" (the data's), a coast guard and its commander "told Reuters by telephone", the ship's manager "said A and that
B" (one), a shopkeeper's quotation and follow-on, a premier who "told the islands' legislature that A ... and called on
B" (two), a ministry's '"under study" but gave no timetable' (the refusal none), a chief technology officer's
statement, quotation and a content his cue interrupts ("The Kabelfjord's crew, Brenna said, would ..."), island
businesses that "have complained for years about" a cost (a statement with its noun object, round 38), a chamber of
commerce, "according to industry group X", "declined to say" (none), an analyst who "said" and "wrote in a note", a
sign "reading" (none), the coast guard's "it said" at the end); an AFP-style fake vintage wine ring (an open group
"prosecutors", the prosecutor's office and "the office", "according to the prosecutor, NAME" over a collector's
complaint (nested), an interrupted quotation '"A," she said, "and b."' (one), an estate owner, a wine council
"according to" and "said it would", "Lawyers for the winemaker" with their client's denial nested, "according to X,
which estimates that" (two), an expert's quotation after which "said NAME, a wine expert who ...", a minister's "said A
and promised that B" (two), an anonymous restaurant owner described and never named); an AP-style sinkhole over old
mine tunnels ("city officials said" (an open group), a fire chief, a resident's quotation and follow-on, "said A and
that B" (one), "Asked whether ..., she said:" with a quotation, a state department's statement, a mayor's mixed
content and "He declined to say" (none), a geologist, a car owner whose insurer "had told her that" (nested),
"according to the website of" a fund, "Several residents said", a landlord that "did not respond" (none), a public works
department); an AP-style hockey trade (a general manager's mixed content, quotation and follow-on, the captain's words
"in a video posted by" the team (his), a coach who "called Ryland 'X'" and "said" (two), "Not every fan agreed" and a
question (none), a fan, a teammate, "According to a person familiar with the negotiations" and "spoke on condition of
anonymity" (none), "the players' union confirmed", an agent, "did not say whether" (none), "is expected to" (none));
a Bloomberg-style stock exchange trading halt (the exchange's website statement, a chief executive who "apologized for
the disruption and said" (two), "Brokers said", a trader's quotation, "The exchange told members in a notice ...,
according to a copy of the notice seen by Bloomberg" (the exchange's), a regulator, "Analysts at X estimated", an
analyst's report, a finance minister who "told lawmakers" and an interrupted quotation, "According to people familiar
with the matter" and "They asked not to be identified" (none), "declined to comment" (none)).

build_av_gov.py, six government texts: a public utilities commission's release on a water rate case (the approval an
act, "the Commission found that" a statement, the chair's quotation, follow-on and mixed content, bullets under the
verbless "The Commission also:" whose verbs are "found" (a statement) and "ordered" / "required" (acts, none), an
intervening city that "argued" and its mayor, a commissioner who "dissented" (an act) and "wrote that", the company's
president, a consumer advocate's office that "welcomed the decision" and its head, "many customers said", background
bullets and a media contact (none)); a tax appeal tribunal's decision summary (a director who "gave evidence that",
"said" and "explained that", counsel who "submitted that A, and that B" (one) and "further submitted", the
Commissioner's "submitted", an officer who "told the Tribunal" and "accepted in cross-examination that", the Tribunal's
"finds", "accepts X's evidence that" and "accepts that", a director who "agreed that" inside a finding, the decision,
referral and costs (none)); a transport minister's press briefing transcript on a rail timetable reform (a moderator's
turns none, the minister's opening turn over two paragraphs with "Thank you, Kalle." cut, question turns whose premises
are an association's "says that", a union's "has said" and an Auditor General's "said" (statements; the questions none),
a turn that only hands the question on (none), a railway chief executive's turns, "you said in March that" (the
minister's), a follow-up that only asks (none)); a space agency's release on a satellite launch failure review (bullets
under "The board's preliminary findings are:" (the board's, cue ""), the board's chair by name and later as "The board's
chair", a director general's "said A and would B" (one), a quotation and "Asked by journalists whether ..., X said
that", the launcher maker's statement, "The Agency's insurers have confirmed", a minister who "told Parliament", a
director of earth observation, background bullets (none)); a coast guard district's incident summary of a yacht rescue
(the skipper's "reported that A, that B and that C" (one) on the distress call, "According to the helicopter commander,
NAME", "In her report, X wrote", the skipper's "told investigators" and "He said", an unnamed crew member "whose name is
withheld at her request" (the description), a winch operator who "told the district", the Institute's "states that" and
its warning "issued" (an act), the district's "finds", "notes" and bullets under "The district recommends that skippers
of small craft:" (cue "recommends"), an authority's "said on 10 June"); a judge's reasons for sentence on a river spill
(the company's guilty plea (a statement), "It is agreed that" (agentless, none), "The Crown seeks a fine" (a position in
sentencing, none), Crown counsel's and defence counsel's "submitted", "said A, and that B" (one), "urged me to consider
that", a plant manager who "told the court", "apologized for" and "said" (three), a conservancy's victim impact
statement "wrote that A and that B" (one) and "estimates", a biologist who "testified", the judge's "I accept", "I also
accept", "I find", "In my view", an expert report "filed by the Crown, prepared by" a firm (the firm's, the filer no
maker), the sentence and order (none)).

build_av_paper.py, five North American newspaper articles: a condominium owners' suit over a leaking tower (a deck
"Suit alleges" (the filers) and "developer says" (the company the story quotes for it), "claiming that" in the lede,
"The statement of claim, filed ... by X, alleges", the developer's statement, a retired nurse's quotation, follow-on and
"said A, and that B" (one) before a question "she asked" (none), the board president's mixed content, quotation and
follow-on, "According to the claim, an engineering report commissioned by the board ... found" (the filers', the
report's nested, its commissioner no maker), "Neither responded" (none), a lawyer, "did not respond" (none) and "In the
company's statement, he said" (the president's), a councillor, "A spokesperson for the city said it would not comment
on" (a statement), a "RELATED:" teaser (none)); an orchestra's music director resigning (a headline "citing" (hers),
"resigned ..., saying in a letter" (the saying only), "In the letter, a copy of which was obtained by the Ledger, X
wrote" (hers), a quotation and follow-on "she wrote", the board chair's mixed contents and '"Asked whether ..., X said:
"..."', a musicians' union local, a principal cellist, a predecessor who "told the Ledger", "Not everyone blames the
board" (none), a former board member, "According to the orchestra's most recent annual report" (the orchestra's), an
agent, "The orchestra said", a pull quote repeating the letter (none)); a spelling bee won by a seventh-grader (a
speller's questions to the pronouncer (none), the winner's quotation and follow-on, the runner-up and his father, a
pronouncer, a bee director's mixed content with "because "..."", "Not all parents were fans" (none), "One father, who
asked not to be named" (the description), "said A but that B" (one), a mother, a teacher, "Asked what ..., Nora
shrugged." (none) before a quotation, a photo caption (none)); a lacrosse championship game story (the coach "had told
them to do all season: keep shooting low" (narration, none), quotations, follow-ons and an interrupted quotation, "he
said, laughing", the opposing coach, "according to the league", "Asked whether ..., X said", "did not speak to
reporters" (none), the commissioner "presented" (an act) and "said", a grandmother, "the team said"); a small town's
last pharmacy closing, in the present tense ("says", '"...," Ward says, standing ...', "according to the county health
department", a customer's quotation, statement and interrupted quotation, an association "says" and its executive
director's inverted "says NAME", "has asked legislators to" inside his statement, a state senator, a trade group "said
in an email", "Others say" (an open group), "worries that" (a cue), "its landlord has not said" (none), "Asked what
..., Ward doesn't hesitate." (none) before a quotation and a follow-on).

All invented: places, bodies, outlets, companies, teams and people, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A utilities commission's "The Commission also:" over items that open with their own verbs gives a statement only for
  the item whose verb is a cue ("found that"); "ordered X to" and "required X to" there are a regulator's directives,
  acts (round 42's lone "ordered B to").
- A tax tribunal's "The Tribunal" is the body, as AT's refugee tribunal, though the summary names a single member.
- A sentencing judge's first person ("I accept that", "I find that", "In my view,") is the judge the heading names;
  "The Crown seeks a fine of $N" is a sentencing position, none (as "is seeking a raise").
- "had told them to do all season: keep shooting low" in a relative clause of what the team did is narration.
- The findings bullets of a review board a space agency appointed are the board's, not the agency's.
"""
import build_av_wire  # noqa: F401  (each module adds its documents)
import build_av_gov  # noqa: F401
import build_av_paper  # noqa: F401
from invented_common import write

write('invented_av_gold.jsonl', per_document=True)
