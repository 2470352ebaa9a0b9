#!/usr/bin/env python3
"""Builds invented set AY (round 52, issues 9 and 10), written unseen by "writer": five wire stories, six government
texts, five North American newspaper articles (ids ayNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2035; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AX.

build_ay_wire.py, five wire stories: a Reuters-style bank fined for money-laundering failures (a headline dash
" - regulator" (the authority the lede names), "fined X ..., saying B" (B only), "said in its decision that A and that
B" (one), "said A and would not appeal" (one), "told reporters that", "according to the decision" (the authority's),
a prosecution office's spokesman and "He declined to name them" (none), analysts who "had estimated" a noun object, an
analyst's quotation and "said she expected", a chairman's letter to shareholders, "welcomed the decision and said"
(two), "said A, and called for B" (two), "Asked whether ..., she said:" far from her name); an AP-style cruise ship
turned away by two ports over norovirus (health officials in the lede, a company's statement, a chief medical officer
who "told reporters", a government's mixed statement, "did not explain its decision" (none), a passenger's quotation
and "His wife, Joan, was sick for three days, he said." (content before the cue), a spokeswoman's "said A, and that
B" (one), "Some passengers said" (an open group), '"A," X said. "B."' (two), "according to the office's records" (the
office's), the story's own question (none), a travel agent); an AFP-style hailstorm in a wine region (a federation's
lede, a weather service, a winemaker's quotation and statement, a president who "estimated the losses at" and "called
on" (two), "promised that A" (mixed), "Asked by reporters whether ..., X said:", "according to the federation" after a
"because" clause (one content), an insurers' association and its director, a climatologist, a prefecture, a cellar's
director); a Bloomberg-style video game studio delaying its sequel (deck bullets "Chief executive says ..." (the chief
executive the story quotes) and "Analysts cut targets; company lowers ..." (no cue verb, none), a game's title in
quotation marks inside a company's statement (indirect), "The company now expects revenue of" (a cognition cue), an
interrupted quotation, "according to data compiled by Bloomberg", an analyst's quotation and follow-on, "cut her price
target" (an act), "wrote in a note that A and that B" (one, mixed), people familiar with the project, "declined to
comment" (none), "The Game Workers Guild, which says A, said B and urged C" (three), an earlier statement "As recently
as February, X told investors"); an AP-style minor-league hockey team relocating (the owner in the lede, a mayor, a
fan, a fan group's post, "said A, but that B" (one), "disputed that, saying B" (B only, as "defended it, saying B"), a
league commissioner who "called A 'B' but said C" (two), "said he was 'heartbroken' and remembered <scene>" (two), "the
team said", "according to a 2034 engineering report commissioned by the city" (the report: a commissioner is no
maker), "The 71-year-old owner" at the end).

build_ay_gov.py, six government texts: a prime minister's office releasing a minister's resignation letter and the
reply (each letter under its heading one statement from its first sentence to its last before the sign-off, "Dear X,"
cut; the Auditor General's findings the letter cites nested; "has today accepted the resignation" an act; bullets under
"the Auditor General, NAME, recommended that the department:" hers; "She made no finding against any minister" (none);
notes to editors none); an electoral boundaries commission's final report release ("concluded that A, and that B"
(one), the chair's quotation and statement, the commission's own changes in bullets under "it made the following
changes" (its acts, none), a town that "had asked that A, arguing that B" (one), "The Commission accepted that
argument" and "did not accept that submission" (none), an alliance that "submitted that", "In its report, it stated
that", a commissioner, a dissent "argued that A, warning that B" (two), "The other two members, A and B, wrote that"
(the pair), "Under the ... Act" (none)); a public health unit's transcript of a media availability on a Legionnaires'
disease outbreak (the moderator's turns none, "Thank you, Joanne." and "Thanks." cut, the opening turn over three
paragraphs, results and a property manager's account inside a turn nested, question premises "Residents on Cannery
Road say", "The warehouse owner told us" and "X says on its website" (statements; the questions none), "A follow-up."
none); a gaming commission's decision summary suspending a casino's licence (numbered paragraphs: the suspension and
penalty an act, "found that" (the Commission), a scare-quoted "valued guests" inside a finding (mixed), "The letter
stated that" (the spouse who wrote it), an intervener's "submitted that A, and asked the panel to B" (two),
"admitted that", "submitted that A ..., and that B" (one), a general manager who "testified that" and "told the panel:", "does not accept that" (none), "Staff logs
show that", "The panel finds that" and "took into account that" (the Commission), a partial dissent "would have
imposed" (none) and "In his view, '...'", "may appeal" (none)); an agriculture ministry's release suspending an
insecticide after bee deaths (the minister's quotation, bullets under "The Institute found that:", "noted that A, but
concluded that B" (two), "Under the suspension" (none), "welcomed the suspension but said" (two), "said A, and called
for B" (two), "said A and that B" (one), "urged X to", a manufacturer's statement, notes none); a commission of
inquiry's hearing transcript (the commissioner's opening over three paragraphs up to "Ms. Ortiz, you may begin."
(procedural, cut), counsel's openings with "Thank you, Commissioner." and "Commissioner," cut, procedural turns none,
"DR. NAME, sworn." none, "Q." turns none and "A." turns the witness's, inner reports of a vice-president and her
office inside answers nested).

build_ay_paper.py, five North American newspaper articles: a city council approving a bike lane (a deck "Merchants say
A; cyclists call vote 'B'" (open groups), "according to the city's transportation department", a council member's
statement with her engineer's account nested, "called it '...' and said" (two), "lined up to speak against" (none), a
scare-quoted "doored" inside a statement (mixed), "A traffic study the city commissioned from the consulting firm X
found" (the firm's), "said she supported A but understood B" (one), "has not said whether" (none), "I heard a woman
describe ..." inside a quotation (none)); a couple winning the right to keep backyard hens (a deck "City to review ban
after ..." (none) and "neighbour says she'll '...'" (the neighbour the story names), an appeal board's "ruled that", a
chair who "wrote that A, and that B" (one), '"A," X said ..., as .... "B."' (two), "A neighbour complained about noise
and smell" (a statement, the neighbour named four paragraphs later), "There is no rooster, the Fairweathers say." (the
pair), "according to a 2034 survey by X" (X's), "Not everyone on council is convinced." (none), "said he worried about
A, and that B" (one), a quotation after "laughed." (a follow-on)); a school bus driver shortage (a deck with no cue, a
superintendent's letter: "told parents in a letter", "according to the letter", "wrote", "said in the letter", "the
letter says" interrupting its content; a director's "Training ... takes about six weeks, he said, so ..." (one content
in two parts), a driver who "says", a survey's "found that A, and that B" (one), "Parents on the suspended routes
said", a quotation ending in a question (a statement), '"A," X said. "B."' (two), "did not respond" (none), the story's
question (none)); a city removing ash trees (a deck "Forester says A; residents ask why B" (the forester; the residents'
question none), "About 80 percent ..., she said, and ..." (two parts), "according to a staff report to the committee",
"Some residents questioned why" (a statement), "urged the city to", "the city said", a photo caption (none)); a park
carousel restored by volunteers, in the present tense (a deck "'...,' says lead carver" (the carver the story follows),
"says Koszta, 79, ..." after a quotation, "said it could not afford" (the city), "offered to do it themselves" (an
act), "according to the guild, which says A" (two), "remembers her father coming home ..." (a scene, a statement), "she
says, laughing", a name the volunteers give a horse (none), "The organ now plays ..., she says, including ..." (two
parts), "Does Koszta plan to ride it?" (none), '"A," he says. "B."' (two), a photo caption (none)).

All invented: places, bodies, outlets, companies, people, games and ships, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A letter published under a heading that names its writer ("Letter from NAME to the Prime Minister", "Reply from the
  Prime Minister") is one statement of that writer over its paragraphs (round 47's "Remarks by NAME"), from its first
  sentence after "Dear X," to its last before "Yours sincerely,"; the reply's opening "Thank you for your letter." stays
  in, as a turn's greeting does.
- A witness's "A." answers under "DR. NAME, sworn." are that witness's statements; counsel's "Q." turns are questions,
  none; "That's right." opening an answer stays in it.
- "disputed that, saying B" gives B only, as "defended it, saying B".
- A deck's "residents ask why B" is a question, none, while a story's "Some residents questioned why B" stays a
  statement (AX's "Some guides questioned why").
- "The panel finds that" and "took into account that" in a commission's decision are the commission's.
- A party's request to the body deciding its matter ("asked the panel to cancel the licence", "had asked that the town
  be kept in a single district") is a statement, as AW's "have written to the court asking that"; an official's
  commission of a study in a relative clause ("which the Minister asked ... to investigate") is background, none.
- A commission's own changes to its proposals, listed in its release under "it made the following changes", are its
  acts, none (round 46's verbless lead-in in a body's own release).
"""
import build_ay_wire  # noqa: F401  (each module adds its documents)
import build_ay_gov  # noqa: F401
import build_ay_paper  # noqa: F401
from invented_common import write

write('invented_ay_gold.jsonl', per_document=True)
