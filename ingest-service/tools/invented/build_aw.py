#!/usr/bin/env python3
"""Builds invented set AW: a set of round 51 (issues 9 and 10), written unseen by "writer" (no look at the extractor's
output on its texts before the gold was committed) and kept from the other engineers until the lead says it has
landed. Five wire stories, six government texts, five North American newspaper articles (ids awNN-kind-..., 01-05
wires, 06-11 government texts, 12-16 newspapers), dated 2035; the documents are in three modules, one per kind. Kinds
and genres differ from those of sets AC-AV.

build_aw_wire.py, five wire stories: a Reuters-style volcanic ash flight ban (a headline dash " - aviation authority",
the authority's lede and "said in a notice to airmen", "according to figures compiled by" a network manager, a
volcanological institute's "said A and that B" (one) and its "said on Sunday that A ... and would B" (one), its chief
volcanologist's quotation with the inverted "said NAME, the institute's ...", a flag carrier that "had cancelled"
inside its statement, a chief executive who "told reporters that A and called on B" (two), "The government has not
said whether" (none), a stranded nurse's quotation and a follow-on paragraph, a minister's "said A and that B" and
"Asked whether ..., X said:" with a quotation, a pilots' association that "questioned the threshold, saying B" (two));
a Bloomberg-style pension fund loss (deck bullets "Fund's chief investment officer says" (the officer the story
names) and "Union calls for" (the union that speaks in the story), "the fund said in its annual report", "according to
the report" (the fund's), '"A," X said in an interview. "B."' (two, the second a follow-on), a union's "said A and
called for B" (two), "according to NAME, a pension analyst at X" and his "estimated" and "wrote in a note", a finance
minister's "told lawmakers that A but would B" (one), "declined to comment on whether" (none), "Two people familiar
with ..." and "They asked not to be identified" (none), "according to data from" a broker); an AP-style hospital
ransomware attack ("hospital officials said" (an open group), a president's "said A and that B", "He would not say
whether" (none), a spokeswoman's "confirmed that A but declined" (one), "A group calling itself X claimed
responsibility ..., saying B" (two: the claim with its noun object, as AN's an02, and B), a researcher, "according to its chief nursing officer, NAME" and her
quotation, a patient's wife, a sign that "read" (none), the hospital's "said it hoped A and would B" (one), a state
senator, an inverted "said NAME, a former ...", "according to" a hospital association, "did not respond" (none)); an
AFP-style dispute over a sunken galleon's gold (a salvage firm "which says" (its), a minister's quotation "told AFP",
a state that "argues", "Cantara's government says A and that B" (one), the firm's lawyers, its founder's '"A," he said.
"B."' (two), a deputy attorney general's mixed "told the court", "Under the ... Convention, A" (standing law, none), an
archaeologist's quotation "she said, adding that" a mixed content (two), "has denied damaging the site" (a statement
with its gerund object), "declined to say" (none), a judge's "said she would rule", associations that "have written to
the court asking that" (a request that a thing be done, a statement), students "chanting" a slogan (none, as a sign));
an AP-style lottery payout error (a headline "Lottery says" (the lede's lottery officials, who the story quotes for
it), the director's statement, '"A," X said. "B."' (two), "She said A, and that B" (one), a store owner who "called its
hotline to ask why" (none), a player's question-bearing quotation (his, one), a state representative who "called the
demand for repayment 'outrageous' and said B" (two), the vendor's statement, the commission chairman's "said" and
"Asked whether ..., X said:", "According to the lottery's rules" (the lottery's), a lawyer's "said A but would B"
(one), the lottery's closing "said").

build_aw_gov.py, six government texts: a national statistics office's census release (verbless "Key findings:" bullets
in the body's own release, narration; the chief statistician's colon quotation and "said A, and that B", "Statistics
Valdoria estimates that", "A post-enumeration survey, which Statistics Valdoria carried out ..., found that" (the
maker's), "noted that", "Asked at the release briefing whether ..., Dr. X said that"; a minister's "commented:" over a
quotation paragraph, "welcomed A and said B" (two), "said A, and thanked B" (the thanks none)); a minimum wage board's
decision summary (the rate set, an act; "The Board found that A, and that B" (one), "accepts X's evidence that",
"considered ... but decided against" (none), bullets under the verbless "Among them:" whose items have their own
subjects ("submitted that A, arguing that B" (one), "submitted that", "proposed that", a cashier "whose name is
withheld at her request" who "told the Board that"), "did not receive a submission" (none), "recommends that", a
member who "dissented" (an act) and "In his written reasons, he states that" (mixed), the chair's colon quotation and
"said", a minister's "said in a statement that A and would B" (one), the gazette and media lines (none)); a health
minister's press conference transcript on a measles outbreak (moderator turns none; the minister's two-paragraph
opening with its greeting kept and its hand-over "I will now ask Dr. X to give the details." cut; the epidemiologist's
turn with "Thank you, Minister." cut; question premises "parents' groups ... say", "The director of X told our
newspaper ... that", "you told Parliament that" (the minister's), "Some family doctors ... have said", "The Continental
Health Agency has warned that" (statements; the questions none); an answer with its hand-over "I'll let Dr. X add to
that." cut; "A follow-up. Will there be ...?" none); a county roads department's bridge inspection report summary ("The
inspection report, prepared by X, concludes that" (the firm's), bullets under "The report's principal findings are:"
(the firm's, cue "") and "The report recommends that the Department:" (the firm's, cue "recommends"), "The Department
has accepted all three recommendations" (a position, a statement, as AU), the county engineer's colon quotation and
"said A, and that the Department would ask B" (one), an association that "wrote to the Department on 4 June that", a
courtesy "thanks" and "Residents can ask questions at" (none)); an electoral commission's referendum declaration and
statement (a counting officer's "I, NAME, ..., declare that" the count and the vote figures (a declaration of a result,
an act, none), the section "STATEMENT BY THE CHIEF COUNTING OFFICER" over two paragraphs (hers, one statement, cue ""),
a campaign that "requested recounts ..., citing the narrow margin" (the citing a statement), "granted ... and refused
..., finding that" (the finding hers), rules on recounts (none), "Asked whether ..., Ms. X said that" and "Asked whether
..., she said:", the commission chair's colon quotation and "said A, and would B" (one), "according to its complaints
register" (the commission's)); a privacy commissioner's report of findings on a pharmacy chain's loyalty data
("Commissioner: NAME" defines "The Commissioner" and "I"; complainants who "complained to this office that" and "told
this office that", "The Commissioner found that A, and that B" (one), a company's "submitted that" (mixed), its privacy
officer's "told the investigation that", an advertiser's "stated in a letter to this office that", "I find that", "I
also find that", "A technical review by this office's analysts found that" (the office's), bullets under "I recommend
that Medisan:" (cue "recommend"), "Medisan has accepted the first two recommendations" (a statement) and "it stated
that" (mixed), the commissioner's colon quotation; "did not provide ... until" and "may refer" none).

build_aw_paper.py, five North American newspaper articles: students occupying a university building over tuition (a
deck "President says A; student union vows to stay 'as long as it takes'" (the president and the union's president
the story quotes for them), '"A," said NAME, ..., standing on a chair. "B."' (two), a president's "said in a statement",
"according to budget documents presented to the board" (the documents; the presenter no maker), "He did not meet the
protesters" (none), a scare-quoted "occupation shifts" (none), "paid for, the students said, by a sympathetic
professor" (a cue interrupting its content: the students', in two parts), "according to the students' union", a
spokesperson's mixed "said A and that B", "Some students inside said" (an open group), "Not every student supports"
(none), a minister's "said A, but she would not commit" (the refusal none), "called A 'B' and urged C" (two), a reader
prompt (none)); firefighting-foam chemicals found in private wells near an airport (a deck "State says A; airport authority
says it is 'reviewing' results" (the state department and the authority the story quotes), the department's lede
"said Thursday", "according to results the department posted online" (the department's), '"...," said Dr. NAME, the
county health officer', "said A and that B" (one), the authority's mixed "said in a statement that", "did not answer
questions about whether" (none), a term of art "often called 'forever chemicals'" (none), a resident's statement and
'"A," X said. "B."' (two), "according to the federal Environmental Health Agency", "Several neighbours said" (an open
group), a township supervisor, "A lawsuit filed ... on behalf of eight families alleges" (the families'), "has not
filed a response" (none), the families' lawyer's "said" and "She estimated that cost at $14 million" (two), a
toxicologist's "said A, but that B" (one) and quotation); a city ending curbside
glass recycling (a deck "City says A; environmental group calls move 'a step backward'" (the city, the group),
"the city said in a notice", "the notice said" (the city's), "according to NAME, the city's solid waste manager", a
group that "called the decision 'a step backward' ... and said B" (two), its director's "said the alliance would ask
council to fund" (one: the asking is inside her statement), a resident's '"A," said NAME, loading .... "B."' (two), a
councillor's "said she had asked staff for a report", a company's "said in an email", "according to the city's 2034
waste audit" (the city's), "according to the State Recycling Council", "according to collection crews" (an open group),
"The city says", a "RELATED:" line (none)); a high school robotics team's provincial title (scare quotes around the
team's name (none), '"A," said team captain NAME. "B."' (two), a coach's mixed "said he had touched the robot 'maybe
twice'" and '"...," X said, laughing.', "team member NAME, who said" (his), a mother's "said the neighbours had
complained about the noise" (the neighbours' complaint nested), a head referee's "ruled that" (a statement) and a team
that "filed a protest" (none), "a result X still describes as '...'" (his), "according to the school", a principal,
"Asked what ..., she did not hesitate." (none) before '"Zip ties," she said.'); a community theatre losing its lease,
in the present tense (", says board president NAME" after a content that reports the owner's notice (the owner's
nested), '"...," Ainsley says, sorting ...', "according to an application it filed" (the filer's), "A company
spokesperson says", "at a price Ainsley calls 'a handshake.'" (hers, the quoted words), "says he has asked the city's
heritage office whether" (his statement, the asking inside it), "The heritage office says", "Others worry that" (an
open group), the inverted "says NAME, who teaches ...", "Ainsley admits" (mixed), "Pemberton has not said whether"
(none), "Its application asks for permission to" (a filing's request, none)).

All invented: places, bodies, outlets, companies, teams and people, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A counting officer's formal "I, NAME, ..., declare that the total number of ballot papers counted was N and that the
  votes cast were as follows:" is the declaration of a result, an act (round 46's "declared X the winner"), none; the
  officer's "STATEMENT BY ..." section under it is hers, one statement over its paragraphs (round 47's "Remarks by").
- A crowd "chanting" a slogan on the courthouse steps is no statement, as a sign's or banner's words (round 36).
- "have written to the court asking that the coins be returned" is a statement (round 48's "asked that A, arguing that
  B"), the writers' open group its speaker.
- A planning application's "asks for permission to" is the filing's request, none (as round 37's "seeks").
- "submitted that A, arguing that B" is one statement, as round 48's "asked that A, arguing that B".
- A headline's "Lottery says" is the group the lede quotes for that claim ("lottery officials said"), by round 38's
  deck convention.
"""
import build_aw_wire  # noqa: F401  (each module adds its documents)
import build_aw_gov  # noqa: F401
import build_aw_paper  # noqa: F401
from invented_common import write

write('invented_aw_gold.jsonl', per_document=True)
