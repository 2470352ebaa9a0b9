#!/usr/bin/env python3
"""Builds invented set AZ: a held-back set of round 52 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids azNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2035; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AX.

build_az_wire.py, five wire stories: a Reuters-style export ban on chipmaking tools (a headline dash " - trade
ministry", the ministry's lede and its gazette notice, a minister who "told reporters" a mixed content and '"A,"
Brandvik said. "B."' (two), a neighbour's foreign ministry that "called A and said B" (two), "according to data compiled
by LSEG", a toolmaker's mixed statement and "declined to say" (none), two executives "who spoke on condition of
anonymity", an association that "said A and urged B" (two) and its director, "said A, though she acknowledged that B"
(two), "Analysts said" (an open group), an analyst's quotation and follow-on, "Asked whether ..., X said"); an AP-style
cruise ship held in port over norovirus ("health officials said", a health service "said" twice and "According to",
the operator's mixed statement, "Passengers said" (a group), a passenger's quotation and statement, another who
"questioned why" (a statement) and "he said", a spokeswoman's "said A and that B" (one), the chief medical officer's
"told reporters", quotation and statement, "did not say whether" (none), a harbour master's mixed content); a
Bloomberg-style video game studio cancelling a sequel ("according to people familiar with the matter" and "said the
people, who asked not to be identified", "confirmed the cancellation in a memo ..., saying B" (B only), a chief
executive's "wrote in the memo that" (mixed) and quotation, "according to data compiled by Bloomberg", "according to two
employees", "said one of the employees, a level designer" and a follow-on, a guild that "called A and demanded that B"
(two), an analyst's note and "He kept his buy rating ..., saying B" (B only), "didn't respond" (none), a founder who
"posted on social media that", "The 46-year-old executive has said" far from her name); an AFP-style dinosaur auction
halted ("after two governments said" (the two states the story names), the auction house's mixed statement, "according
to Maison Delvaux's catalogue" (the house's), a culture ministry "said A, and that B" (one), "X also claims the fossil"
(an ownership claim, none), an ambassador who "told AFP that" (mixed), a lawyer's '"A," X told AFP. "B."' (two), "Who
owns a dinosaur?" (none), "according to figures compiled by the art market database Artvista", "Palaeontologists have
long warned that" (an open group), a palaeontologist's quotation and statement, a prosecutor's office "said" after its
content, "said he regretted A but that B" (one)); a Reuters-style island's tourist entry fee (a headline "tourism board
says", the board's "warned", "The government says", "estimated" in a report, the chair's quotation to a committee and
follow-on, a minister who "rejected the estimate, saying B" (two), her statement and a post on the ministry's website,
"according to the national statistics office", a hotels association, an airline and its director's statement, an
official "who asked not to be named", an opposition party that "has said", the chair's mixed statement at the end).

build_az_gov.py, six government texts: a prime minister's office release on a cabinet shuffle (the sworn-in list
(none), the prime minister's '"A. B," said X. "C."' (two), "thanked ... for" (a courtesy, none), "said in a statement
released by the Prime Minister's Office" (the minister's own), the outgoing and incoming ministers' quotations,
bullets under "The Prime Minister has directed X to:" (the prime minister's, cue "directed"), "confirmed that", page
furniture (none)); a labour relations board's decision summary on a warehouse union's certification (a "Vice-Chair:
NAME" line, "seeks certification" (none), the union's "alleges", the employer's "denies that A and says B" (two),
testimony with a supervisor's words nested, "testified that A, and he denied B" (two), "agreed that A but said B"
(two), a question the summary asks (none), both parties' "submits", the vice-chair's "I find", "I also find" and "In my
view", the disposition (none)); a city's transcript of an ice storm briefing (the moderator's turns none, the mayor's
and the utility president's opening turns with "Thank you, Lena. Good morning." and "Thanks, Mayor." cut and a crew
report nested, question turns whose premises "residents in Northgate say" and "the Seniors' Council said" are
statements, "A follow-up. Has anyone died?" (none), a hand-over "I'll ask Chief X to answer that." (none), the fire
chief's answer); a health authority's listeria advisory (the release's own narration and "Do not eat" bullets none,
the medical officer's statement, quotation, follow-on and statement, "the Authority said" in its own release,
"According to the Provincial Public Health Laboratory, which tested ...", "has recalled" (an act), an owner's "said:" and
a quotation, an agency, a question-and-answer section (none)); an appeal court's summary of reasons on a wind farm's
approval (a delivery line naming the judge, the Board's "found that" in the background, "The appellant ... It argued that
A, and that B" (one), "submitted that", the company's "argued that", the judge's "In my view", "I am, however, satisfied
that" and "I accept the evidence of X that A" (the judge's), an expert who "told the Board", the disposition (none), a
concurring judge who "wrote that"); a governor's veto release (a headline "vetoes ..., citing X" (the citing), "In her
veto message, the Governor said", "invited the bill's sponsors to" (none), the message itself (one statement from "I am
returning" to "I will sign such a bill.", its salutation and sign-off cut, an association's estimate and county clerks'
report inside it nested), an association that "welcomed the veto", its director's quotation, a county clerk).

build_az_paper.py, five North American newspaper articles: a teachers' contract ratified (a deck "Union says ..." (the
union's president the story quotes first) and "board president calls it fair", the president's multi-sentence
quotation, "Under the deal" (none), "called the deal", a named pair of trustees, "According to the district's budget
office", a superintendent, "Teachers ... were split" (none), a teacher's quotation and follow-on, "Others said" (a
group), "said she voted no" (a statement), a parent's "she said, laughing", a board's email, a closing mixed statement);
a hockey arena deal (a deck "Mayor says taxpayers protected" and "critics call it 'a gift'" (an open group), the mayor's
mixed statement and quotation, the owner's "told reporters" and quotation, "A 2033 engineering report commissioned by the
city found" (the report's: a commissioner is no maker), "According to the term sheet released by the city" (the sheet's),
a councillor's "called" and two statements, an economist, "Will the Otters stay ...?" (none) and "The lease says", "declined
to say" (none), a business group that "welcomed the deal, saying B" (two), residents who "say they worry that", a fan, a
photo caption (none)); a hospital's emergency room waits (a deck "Nurses' union blames closed beds" (the association,
which speaks first) and "hospital says help is coming" (the hospital's statement comes before its chief executive), a
lede's "her daughter says" (the daughter the next sentence names), "According to figures from the provincial Health
Quality Council" and "according to the council", the association's report and president, the chief executive who
"acknowledged that A but said B" (two), an unnamed physician "who asked not to be named" and "the physician said", "How
long is too long?" (none), a minister's spokeswoman, a critic who "called A and said B" (two), a quotation that reports
the mother's words (nested)); a flood insurance dispute (a deck "Hundreds of ... homeowners say" and "industry says"
(the insurers' council, which speaks first), "The Pruetts said" (the named couple), an insurer's denial letter that
"says" (the insurer's), a regulator, the council's statement and its vice-president's two quotations, "did not respond"
(none), a lawyer "who has filed a suit" and "argues that", "The suit ... alleges" (the suit's), a city engineer's "said"
and "declined to say" (none), a neighbour's mixed statement and quotation, a minister who "has said", '"A," X said. "B."'
at the end); a farmers' market barring resellers (a deck "Vendors say" (an open group), the board chair's statement and
quotation, "According to the association's own vendor survey" (the association's), a vendor's statement, quotation and
follow-on, "Several vendors say", a farmer who "supported the rule, saying B" (two), "Not every board member agreed"
(none), a member who "called", a shopper, a lawyer's letter "arguing that" and "she said", "according to the parks
director, NAME", a question asked at a meeting (none), "He did not speak." (none), a photo caption (none)).

All invented: places, bodies, outlets, companies and people, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "rejected the estimate, saying B" is two statements, as "welcomed A, saying B" (a position with its noun object);
  "supported the rule, saying B" the same.
- "acknowledged that A but said B" is two, as "agreed that A but said B" (AX) and "accepted that A but found that B".
- Bullets under "The Prime Minister has directed X to:" are the prime minister's, as an "instructed:" lead-in's.
- A veto message printed in full under the release's "The full text of the Governor's message follows." is one
  statement of the governor, as a labelled speech, and the reports inside it are nested.
- "X also claims the fossil" is a claim of ownership, none; "said she voted no" is a statement about a vote.
- "The lease says they must" speaks for the lease (no maker named with it).
"""
import build_az_wire  # noqa: F401  (each module adds its documents)
import build_az_gov  # noqa: F401
import build_az_paper  # noqa: F401
from invented_common import write

write('invented_az_gold.jsonl', per_document=True)
