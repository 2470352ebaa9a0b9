#!/usr/bin/env python3
"""Builds invented set BE: an unseen set of round 55 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids beNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2038; the documents are in three modules, one per kind. Genres differ
from those of sets AC-BD.

build_be_wire.py: a Reuters-style copper mine collapse and rescue (a headline "..., company says" (the operator, which
speaks first in the lede), "said in a statement that A and that B" (one), '"A," said X, ... "B."' (two), "according to
the Inspectorate" and "The inspectorate said it had ordered" (a statement), a rescuer introduced by description before
her name, "The wife of one trapped miner, who asked not to be named," (the description) and her "she" after another
woman, a minister "who visited" (an act) and "He also said he had asked" (one), a union's "accused X of" and "said its
safety representatives had written ... that A, and demanded B" (two; the representatives' letter nested), a spokesman's
"denied that", "Was the collapse foreseeable?" (none), "Mining engineers said" and "doctors said" (open groups)); a
Bloomberg-style central bank surprise cut (a headline "... as Governor Warns of Stalling Growth" and a deck bullet
"Governor says" (the governor), a second deck bullet without a cue (none), the lede's ", saying" (the bank), "according
to a statement released after the meeting" and "The statement said" (the statement), a governor's earlier "had said as
recently as May", "Not every investor was convinced." (none), "Inflation, she said, "..."" (one in parts), "welcomed
the decision, saying B" (two), "has criticised" + a noun object and "has denied that", "Asked whether ..., the governor
said: "..."" (the answer), "the statistics office said" and "The office also reported that", "wrote in a note to
clients that"); an AFP-style ferry strike ("the union leading the strike announced, saying B" (two), "according to the
operator, X", a union secretary-general's "told AFP" and follow-on, "The union is demanding a 9 percent raise" (a claim
in bargaining, none, as "is seeking a raise"), "offered 3.5 percent" and "which the crews rejected in a show of hands"
(acts), "said in a statement that A and "B"" (one), "The union, she added, had not replied." (one in parts), "denied
the company's account", '"A," he said, "b."' (one), a prefecture's "said it had requisitioned A, and that B" (one),
"Asked by AFP when ..., a spokesman for the prefecture said", "who gave only her first name, Maelle," (Maelle),
"called on both sides to ... and said B" (two)); an AP-style chess championship dispute ("accused X of", "a charge the
champion called "..."" (the champion's, Y only), "refused to sit down" (an act), "In a letter to the organizers, he
said", "rejected the accusation" (a statement), "the 41-year-old said" (the champion), "Until then, A, the federation
said", "told The Associated Press he had seen nothing", "She said" after two women (the manager), "Was the match fairly
run so far?" (none), "declined to comment on whether" (none), "Okafor-Reyes, he said, "..."" (one in parts)); a
Reuters-style satellite launch failure (a headline dash " - launch firm" (the company the lede names), "said A and that
B" (one), "told reporters" then "She said A "..." and that B" (one), "The agency said it had not insured it", "That
could take three years, he said", "Two engineers ... told Reuters that" (the description; "They spoke on condition of
anonymity" none), "Aeolus said in response that", "Members of parliament demanded answers." (asking, none), "according
to a tally by the industry newsletter X" (X's), "National meteorologists warned", "The weather institute said").

build_be_gov.py: a foreign ministry's readout of a phone call (the heading and date none, "discussed" none, bullets
under "The Minister emphasised:" (hers), "condemned A and expressed condolences" (the condemnation only), "informed his
counterpart about <topic>" (none) and "He said that A and would V" (one), "welcomed this step and expressed hope that
B" (two), "She noted that", "The two Ministers agreed to instruct their deputies to" (the pair), "raised the question
of" (a statement), "replied that", "exchanged views", "thanked" and "accepted it" (none)); a parliamentary committee
hearing transcript ("The Chair (Ms. X):" turns that run the sitting none, a witness's opening over two paragraphs (one,
"Thank you, Madam Chair." cut), a commissioner's turn with "The supplier's engineers told my inspectors that" (nested),
a member's premises "the Auditor General reported in February that" and "Commuters in my riding have told me that"
(statements; the address and the question none), "you said in your annual report that" (the witness addressed), "the
minister has told me that" inside an answer (nested), "A follow-up. When did you ask?" (none) and "In October." (a
statement), a member's own assertion before his question (his)); an environment agency's press conference on a
chemical spill (a participants line with "Moderator: NAME" (the moderator's turns none), the president's opening over
three paragraphs, greeting kept, with "The state fisheries office expects" nested, premises "Velte Chemie says",
"Residents in Mersby told us that" and "Environmental groups say" (statements), a hand-over "Rune, do you want to add
something on the river?" (cut) and the next speaker's "Yes." (cut), "Our modelling shows that" (nested)); a
constitutional court's ruling summary ("Veldhaus and Others v. Federal Government": "The applicants" are Veldhaus and
Others, their "asked the Court to declare the Act void" a party's request to the court deciding, "argued that", "The
Federal Government submitted that A and that B" (one), an intervener's "told the Court that A and that B" (one), "the
Court holds / finds / accepts / notes that", "In its view," "rejects the Government's argument that A, observing that
B" (B only), a dissent of two named judges ("In their view," the pair; "Justice Sorensen, writing for both, warns that"
his; "They would have upheld the Act" a decision, none), the summary's disclaimer none); a UN special rapporteur's
end-of-mission press release (a headline "UN expert urges ...", "A UN human rights expert today urged", quotations,
"The expert welcomed" a noun object, "The Minister of Cities told her that" (the minister's, in narration), "Residents
told me that" and "One mother of four ... told me that" inside her quotations (nested), "According to the
municipality", bullets under "X called on the authorities to:" (hers, cue "called on"), "expressed concern about",
"Housing rights groups ... said", "has not yet responded" (none), the boilerplate after "ENDS" none); a defence
ministry's daily briefing ("Colonel X:" opening over three items with "The Ardel district administration reported that"
and a news site's report "which claimed that" (nested), "Question:" turns none with premises "the Varkesh defence
ministry said last night that", "The opposition defence spokesman, X, told parliament on Tuesday that" and "Residents of
Tornec have said that" (statements), unlabelled "Answer:" turns (the spokesperson's), "I will not comment on the
deployment of our forces." (a refusal, none), "The Minister has told commanders that" inside an answer (nested), the
closing turn none).

build_be_paper.py: a school board fight over library books (a deck "Trustee calls vote 'a sad night'; parents' group
says ..." (the trustee; the group, which speaks first below), "voted 4-3 ... to remove" and "rejected a motion to
postpone the vote" (votes, none), "a group of parents calling itself X, which says" (X), "The group's founder, a retired
dental hygienist ..., told the board" (named only in the next paragraph), "said Gwendolyn Pryce-Hollis, 62" and
follow-on, "she accused X of" after two women (the trustee), "The board president denied that, saying B" (B only),
"Not every parent who spoke took a side." (none), '"A," she said, "and b."' (one), "According to X, a national group
that tracks such challenges,"); a brewery's expansion (a deck "Owners say ...; resident says ..." (the named couple;
the resident quoted), a photo credit and two "READ MORE:" lines (none), "The company says", "co-owner X" and her
husband, "voted against" (none) and "She said A, and that B" (one), "Residents raised two concerns: trucks and smell."
(a statement), "A traffic study prepared for the brewery by Marlowe Engineering found that" (the engineers'), "the owners
say" and "The couple said" (the pair), then "she said" (the co-owner), "praised the project as "..."", "announced the
winners of its annual homebrew contest" (an act), "asked that her name not be used ... said she planned to" (the
description)); a wildfire's evacuees a year on (a deck "county says" (the county supervisor), "the 58-year-old said",
"The company told her in June that A, she said" (hers; the insurer's nested), "according to county records",
"Residents blame the permit process." (a statement), "Her husband said", "said in an interview that A "..." and that
B" (one), "Some who stayed say" (an open group), '"A," he added', "has said", "has declined to comment" (none), "the
town's only grocery store has announced it will not come back" (a statement), "Her daughter, Kiara, ..., said"); a
minor-league ballpark deal (a deck "Team owner says A; critics call lease 'a giveaway'" (the owner; "critics" an open
group, round 39), "approved 6-3" and "The league approved the terms" (acts), "Under the agreement" (none), "when she
told a meeting ... that" (hers), "Asked about that on Monday, X said", "called the lease "a giveaway."", "told council
before the vote that", "said she could not promise" (a statement), "A 2036 study by the Keystone Institute, a think tank
that opposes ..., found that" (the institute's), "He also said he would ask the state for" (one), "The league had
warned the team in 2036 that"); an obituary of a civil-rights organiser (a deck "Son says ..." (the son), "Her death
was confirmed by her son, ..., who said" (the confirmation none, the relative clause's "said" his), "asked for coffee"
and "declined to give a speech" (none), "She told the Tribune in a 2016 interview that" (dated) and '"My mother said
...," she said then' (hers; the mother's nested), a classmate's "she said" after two women, "City officials at the time
called the suit "divisive."", "The judge in that case, X, wrote that", "ordered flags ... lowered" (an act), "the mayor
said in a statement", "Not everyone agreed with her tactics." (none), "Her friends say", "The family asks that").

All invented: places, bodies, outlets, companies and people, dated 2038. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "The union is demanding a 9 percent raise" in a pay dispute is a bargaining claim, none (as "is seeking a raise").
- "Members of parliament demanded answers." asks, none ("demanded the governor's resignation" stays a position).
- "announced A, saying B" is two statements, as "welcomed A, saying B".
- "Residents raised two concerns: trucks and smell." is a statement ("raised concerns").
- "Her death was confirmed by her son" (a passive confirmation of a fact, no clause) is none.
- "Answer: I will not comment on the deployment of our forces." is a refusal, none.
- "They would have upheld the Act in full." of a dissent is a decision, none.
- A hand-over's recipient's "Yes." before the answer is an acknowledgement, cut.
"""
import build_be_wire  # noqa: F401  (each module adds its documents)
import build_be_gov  # noqa: F401
import build_be_paper  # noqa: F401
from invented_common import write

write('invented_be_gold.jsonl', per_document=True)
