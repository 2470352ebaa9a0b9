#!/usr/bin/env python3
"""Builds invented set BD: a held-back set of round 54 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles
(ids bdNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2037; the documents are in three
modules, one per kind. Kinds and genres differ from those of sets AC-BB and of the other writer's list.

build_bd_wire.py, five wire stories: a Reuters-style hospital ransomware attack (a headline dash " - health ministry"
(the ministry the lede names), the ministry's "said that A and that B, but warned that C" (two), a hospital group's
"said", a chief executive's "told reporters" and follow-on, "declined to say" (none), "A group calling itself X said in
a post", "Reuters could not verify the claim" (none), two people familiar and "The people asked not to be identified"
(none), an office that "said A, and urged B" (two), a minister's "said" and "told parliament", an ambulance service and
"figures from the cyber security office" after "according to", "Patients were anxious." (none), a federation's "said A,
and called on B" (two), a researcher's mixed statement and '"A," he said. "B."' (two), "the X Association said" after
its content, "Is that safe? The association says it is not." (the question none)); a Bloomberg-style wheat export ban
(deck bullets "Farm minister says ..." (the minister) and "Wheat futures jump ..." (no cue, none), a government's
"said in the decree that", the minister's televised address and quotation, "according to data compiled by Bloomberg",
an analyst's quotation and "Buyers would now turn to X, she said, but "..."" (one mixed content in two parts), "The state weather
service has forecast no significant rainfall" (a forecast, a statement), a union's "said A and warned that B. It
called on C" (three), "according to two officials with knowledge of the discussions, who
asked not to be named" and "one of the officials said", "has said before that" and "In May he told a farmers' congress
that" (dated), analysts who "estimate" and "wrote in a note that A, and cut their forecast" (the cut an act), a forum
that "urged" and its secretary-general's "said A, adding that B" (two), "didn't immediately respond" (none)); an
AFP-style tanker collision ("the maritime authorities announced" in the lede (the prefecture the next paragraph
names), "according to the prefecture", the prefect's "told AFP" and follow-on, an owner's "said in a statement that A
and that B" (one) and "would "cooperate fully"", "declined to comment" (none), "The captain of the tanker told
investigators that A, a source close to the inquiry told AFP" (the captain's nested), a prosecutor's office that said
an investigation was opened, "Will the diesel reach ...?" (none) and '"That," said X, "is ..."' (one quotation in two
parts), a group that "denounced what it called "..."" and "said" (two), a spokeswoman, a minister "who flew over the
slick" and "..., he said, unlike the heavy fuel oil of ..." (the comparison the narrator's), "according to a decree
from the prefecture", "A 2035 parliamentary report recommended" a noun object); an AP-style union contract vote (a
headline "..., union says, ending ..." (the union, which speaks first in the lede), "according to the union's tally",
the president's quotation and follow-on, a company's mixed statement, "Under the deal" (none), "Not everyone was
satisfied." (none), "many workers said", "For X, ..., the vote was a disappointment." before his quotation, an analyst
who "estimated" and '"A," he said, "B."' (one), "Asked whether ..., X said it did not.", "had warned in October that"
(dated), a governor's "said in a statement that", "A group of members who campaigned against the deal, calling itself
X, said" (X's), "did not immediately respond" (none)); a Reuters-style film festival award row (a headline "Juror quits
..., says vote was "rushed"" (the juror), the lede's "a company where she said another juror had worked" (the juror
the next paragraph names), a post's "said" and "She wrote that A and had been told B" (one), "she
wrote" after a quotation, the festival's "said that A and that B" and "would review ... but that the award stood" (one
each), a juror's "told Reuters", a jury president, "did not respond ... on that account" (none), a director's speech on
stage (dated) and her "said the row was "painful" but that B" (one), "Under the festival's rules" (none), an
association "which has criticised the festival's selection process in the past" (background) that "called for A and
for B" (one), "Was the vote rushed?" (none), "Two people present ... said" and "One of them said", "The festival denied
that A").

build_bd_gov.py, six government texts: a Security Council press statement and its president's remarks to the press
(the issuing line and the symbol and date none, "The members of the Security Council condemned ..., called on A and
underlined that B, stressed, reaffirmed their full support for, reiterated that A and urged B, reaffirmed their strong
commitment to" (the members' statements; "expressed their deepest condolences" and "wished a swift and full recovery"
courtesies, none), the president's turns (her greeting kept, "Thank you very much." and "I am not going to tell you
what happened in consultations." none), a question premise "the Government of Varkesh said this morning that" (a
statement), "the Force Commander, who told us that" and "Several members said today that" inside her answers (nested),
a premise "The Special Representative has warned that" (the representative the statement names), "A follow-up. Did any
member object ...?" (none)); an interior ministry's briefing on migration (a "Speakers:" line, the spokesperson's
opening over its three items up to the hand-over "The Director will give you the detail, ... Viktor, please." (cut), the
director's "Thank you, Lena." cut, premises "The mayor of Brennick, X, said on Monday that", "The Refugee Council of
Norrland says in a report published today that" and "has been criticised by human rights groups" (statements; the
questions none), "The minister ... told her that" and "our own data shows that" inside answers (nested), "A follow-up.
Most, or all?" (none), the closing turn none); an electoral commission's press release on preliminary results ("approved
the preliminary results" an act, the chairperson's "said that A and that B" (one), bullets under "According to the
preliminary results, the following lists passed the five percent threshold:" (each the results'), "The preliminary
results show that" (the results', round 35), "where the protocols showed more ballots than registered voters" (the
protocols'), a deputy chair's "told the session that A, ..., and that B" (one), bullets under
"The Commission also:" ("ordered a recount" and "decided to refer" acts, "found that" a statement), observers' "said
that A, but that B" (one), "conceded defeat on election night and congratulated X" (the concession a statement, the
congratulation a courtesy), "reminded all lists that", "Under the Electoral Code" (none), "Asked by journalists about
..., X said"); a financial regulator's fine against a bank (the release's heading, dates, "Notes to editors" and
"Media enquiries" none, "has fined X for failing to" (a decision, none), bullets under "The PCA found that:" (the
regulator's; "staff ... told the PCA's investigators that" and "the bank's internal audit function warned senior
management in 2033 that" inside them nested), "The PCA has not found that" (none), the enforcement director's "said:"
over a quotation of two paragraphs (one statement), "agreed to resolve this matter" (an act), "The PCA acknowledges that"
and "considers that", "will not comment further" (none), the bank's "said in a statement published on its website that
A and that B" (one) and its chief executive); an emergency agency's hurricane update (the agency's own narration, the
"should:" bullets and the shelter list none, a weather service's "said in its 4 p.m. advisory that A and that B" (one)
and "warned", the director's "said:" and quotation, "has ordered a mandatory evacuation" (an act), "At an afternoon
briefing, the Governor said that A, and that B" (one), "According to Calloway Power & Light", "The utility said", a
department, a mayor and a hospital, "TEMA is aware of posts on social media saying that A. That is false." (the posts'
claim a statement, the agency's denial its notice's own narration), an update under a time line with "reported at 8
p.m. that"); a presidency's release on a disaster decree ("signed Decree No. 214" an act, "The decree states that" (the
President's, who signed it), bullets under "Under the decree:" (none), "The President instructed X to V, and asked Y to
report" (two: "instructed" is a cue, as AA-AF's golds have it), "Address of the President to the nation (excerpt)" (one
statement of the President, her closing thanks cut), the head of her administration's "told journalists that A and that
B" (one) and "Asked whether ..., he said that question was "premature" and that B" (one), "According to the civil
protection service", a mayor "who met the President ..., told her that", a speaker's "said A, as the Constitution
requires" (the as-clause the narrator's), a party that "said it supported the decree but called for B" (two), "In
accordance with the Constitution" (none)).

build_bd_paper.py, five North American newspaper articles: a county fair's last year on its old grounds (a deck "Fair
board says ..." (the board's president: the board voted, he says it first below), "voted in March to sell" (an act),
the president's mixed statement, quotation and follow-on, "For X, 81, who has shown goats at the fair since 1969, the
news still stings." and "She remembers her father leading ..., when ..." (a scene told, a statement), "according to the
society's gate figures", "Not everyone is sentimental." (none), a 4-H leader's statement and an interrupted quotation
('"A," she said, "and ..."', one), "Several vendors complained that A, and that B" (one), "Is the old grounds' fate
settled?" (none), "has proposed 140 houses on the site" (an application, none), a supervisor's "said that A and that B"
(one), "announced this year's grand champion steer" (naming a winner, none), a judge who "called the steer "..."", a
caption none); a dam removal (a deck "Engineers say ..." (an open group), a tribal chairman's quotation "told the crowd"
and follow-on, a utility "which owned the dam" that "said in a statement" and "The company's engineers had told state
regulators in 2031 that A, the company said" (the engineers' nested), "according to the grant documents" (no maker
named), "What happens to the mud?" (none), a scientist's mixed statement and '"The sediment," she said, "is ..."' (one),
"Not everyone watching was celebrating." (none), "sued in 2035" (an act), "Their lawsuit argued that" (the filers'), "A
state judge dismissed the suit last year, ruling that B" (the ruling only), a homeowner's statement, quotation and
follow-on, "The state Department of Fish and Wildlife expects A, according to department spokesman X" (X's, the
department's expectation nested) and "he said", "Does anyone miss the power?" (none), "Northridge said", a
commissioner's "said" and "called the project "..."" (two)); a school bus driver shortage (a deck "District says A;
parents say B" (the superintendent, the officer who speaks for a school district; parents an open group), "A,
Superintendent X told the school board Monday night, and B" (one), her quotation and follow-on, "The district's letter
to parents, sent Friday, says that" (the district's), "For X, ..., the new schedule means a 6:20 a.m. pickup." before
her quotation "she told the board" and follow-on, "Why is it so hard to hire drivers?" (none), a director's statement
and quotation "said, drawing laughter", "has offered a $2,500 signing bonus" (an act), "according to a survey by X" and
its director, a driver "who ... represents drivers for their union" with a mixed statement and "He said", "Asked
whether ..., X said", "called A "B" and said C" (two), "said she supported A but wanted B" (one)); a cell tower zoning
fight (a deck "Carrier says A, plans appeal" (the regional engineering director, who says A first below; "plans appeal"
no cue, none), "voted 3-2 ... to deny" (an act), "The board's written decision says" (the board's), "told the board
before the vote that" and '"A," she said. "B."' (two), "the company said it would appeal", "did not take a position"
(none), a pastor's "said in an interview Wednesday that A, but that B" (one), "Opposition was organized by a group
called X, which collected 412 signatures on a petition. The petition says" (X's), "Is the tower a health risk?" (none),
"Several residents said", "reminded members that", "Under federal law" (none), a chief who "wrote in a letter to the
board that" and an interrupted quotation, a chairman "who voted against the variance" (background) who "said", "according
to court records", "apologized to neighbors for" a noun object); a hometown astronaut (a deck "mother says she "never
once" doubted her" (the mother the story names), "The agency said Thursday that", "according to the agency's mission
page" (the agency's), the astronaut's quotation "told the Herald-Gazette" and follow-on, the mother's mixed statement,
quotation and follow-on, "He remembers a 15-year-old Nadia staying after class ..." (a scene, a statement), "By his own
count, A" (his), "One student asked whether she was scared." and "Another asked what she would miss most." (none) with
the answers after them (statements), "The agency has not said whether" (none), a mayor's statement and quotation,
"according to the agency's inspector general", "has faced criticism in the Continental Assembly" (no cue, none), an
administrator who "told a hearing in September that" (dated)).

All invented: places, bodies, outlets, companies and people, dated 2037. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A Security Council press statement's "The members of the Security Council condemned / called on / stressed /
  reaffirmed their support for" are statements of "The members of the Security Council" (the council president who
  issues it prints, as a releaser); its condolences and wishes are courtesies.
- A president's "I am not going to tell you what happened in consultations." at a press conference is a refusal to say,
  none (as "declined to say").
- Bullets under "According to the preliminary results, the following lists passed the five percent threshold:" are one
  statement each, cue "according to", speaker the results (round 35's "preliminary results showed that A"; the
  commission "approved" them, an act, and says nothing); the lead-in only introduces them, as "The investigation found
  that:".
- "conceded defeat ... and congratulated X" gives the concession only (the congratulation a courtesy).
- A regulator's "has fined X for failing to" is a decision, none, and "has not found that" negated, none.
- "TEMA is aware of posts on social media saying that A. That is false." gives the posts' claim (cue "saying"); the
  agency's denial is its own notice's narration.
- A question premise "The transit agreement ... has been criticised by human rights groups" is the groups' statement
  (a passive "criticised" with its agent, as "criticised the decision").
- "A prosecutor opened an investigation for "...", the Saint-Orlan prosecutor's office said" is the office's statement.
- "X expects A, according to spokesman Y" is Y's, with X's expectation nested.
- "has proposed 140 houses on the site" of a developer's application is a filing, none; "announced this year's grand
  champion steer" names a winner, none (as a returning officer's declaration).
"""
import build_bd_wire  # noqa: F401  (each module adds its documents)
import build_bd_gov  # noqa: F401
import build_bd_paper  # noqa: F401
from invented_common import write

write('invented_bd_gold.jsonl', per_document=True)
