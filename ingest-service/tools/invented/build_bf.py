#!/usr/bin/env python3
"""Builds invented set BF: a held-back set of round 55 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles
(ids bfNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2038; the documents are in three
modules, one per kind. Genres are the round's list, with five moved to a neighbour no set AC-BD has used: a bird flu
cull (AR) became swine fever on pig farms, a tennis doping ban (BB) a tennis match-fixing ban, an airline merger (AF,
BB) a container shipping merger, an ombudsman's annual report (AJ) a data protection commissioner's, a transport
safety board's report (AX, BB) a mines inspectorate's, a lake's algae bloom (AU) invasive mussels in a lake.

build_bf_wire.py, five wire stories: a Reuters-style swine fever outbreak (a headline dash " - agriculture ministry"
(the ministry the lede names), the ministry's "said A, and that B" (one), a chief veterinary officer's "told a news
conference that" and '"A," she said. "B."' (two), "declined to name" (none), a minister "who visited" (background) and
"said he understood A but that B" (one), an association and its chairman, "X met Y ... He said afterwards" (the first
man, the subject), "Was the outbreak caught early enough?" (none) and two veterinarians "who asked not to be named",
"said in response that", "according to the ministry, which said" (two), "according to Statistics Ostrana", analysts'
note, "X had told her on Monday that" inside her statement (nested), "did not respond" and "walkers have been asked
to" (none)); an AP-style rail tunnel opening ("cut a ribbon" an act, '"A," X told the crowd. "B."', "called the link
"..." and said B" (two), "according to a report by X's state audit office" and "The report said" (the office's), "A,
he said" after a first statement, '"A," X said. "B.' over two paragraphs (the follow-on one statement), "Not everyone
was celebrating." (none), shopkeepers (an open group), "Asked whether ..., X said it was not", a group "which fought
the tunnel in court" (background) and its spokeswoman, "Did anyone doubt ...? X said she had, once."); an AFP-style
sanctions package ("the bloc's foreign policy chief announced" in the lede, named in the next paragraph), diplomats,
"said his country had "..." and would not block" (one), "Duvnjak met X ..., and he later told" (Duvnjak), "did not
comment" (none), "denounced the sanctions as "..." and vowed a "..."" (two), a spokeswoman's quotation and follow-on, a
diplomat "asking not to be named", "According to the X Institute", "Will the sanctions bite ...?" (none), "said A, and
called for B" (two), "X had assured her that" inside her statement (nested), "She did not say" (none)); a Reuters-style
tennis match-fixing ban (a headline "..., player says he will appeal", "X was banned ... after an independent panel
found that A, the agency said" (the agency's, the panel's finding nested), "fined" an act, "denied the charges"
(a statement, dated), a player's statement posted on social media, a lawyer's "said A" and "said A and that B",
"According to the panel's decision" and "The decision said" (the panel's), "Did other players know? X declined to say"
(none), "said it "..." but would support" (one), "Players have long complained that" (an open group), an interrupted
quotation '"A," said X, "is ..."' (one), "according to its annual report" (the agency's)); a Bloomberg-style container
shipping merger (deck bullets "Combined company to be ..." (no cue, none) and "CEO says ..." (the chief executive the
story quotes), "the companies said" (the pair, in the order named), "according to the companies' joint statement" and
"according to the statement" (the pair), "Nordkap Invest, Nordavia's largest shareholder, said", people familiar
"asking not to be identified", "according to X, an analyst at Y, who estimated that" (two), "said it would ask A and
urged B" (two), "said she expected A, ..., and that B" (one), "Asked whether ..., she said A and that B" (one),
"declined to comment" (none), "according to the Helmstad Container Index").

build_bf_gov.py, six government texts: a president's press conference with foreign journalists (a "Participants:"
line with "Moderator: NAME", the moderator's turns none, the President's opening over its three points with its
greeting kept, premises "the opposition leader, X, said last week that", "The election observers ... reported in 2035
that", "Ostmarra's foreign minister told our station on Monday that", "The human rights group X says" (statements; the
questions none), "There are reports that" (no speaker, none), "The Chair of the Council wrote to me in December that"
and "The Minister of Justice has told me that" inside answers (nested), "Mr Malinar says many things." inside the
President's answer (his turn, not Malinar's), "A follow-up, if I may. ...?" (none), "Yes. Tomorrow, if she wants." (a
statement), "I will not discuss personnel. The governor has my full confidence." (one turn), "(laughter) Ask me in
2039. Thank you all ..." (a deflection and a courtesy, none)); an agriculture ministry's readout of a minister's
meeting with a farmers' union (courtesies and "informed the delegation about <topic>", "briefed the delegation on
<topic>", "invited the Union to take part" none, bullets under "The Minister noted:" (the minister's, cue "noted"),
"The Director of the Paying Agency told the meeting that A and that B" (one), "raised the issue of A, noting that B"
(one), "expressed concern over", bullets under "The President of the Union proposed:" (hers, cue "proposed"), "said
that he had asked X to examine A, and that he expected B" (one), "The sides agreed to" (the minister and the union's
president, in the order the lede names them)); a data protection commissioner's annual report release ("tabled her
annual report" an act, bullets under "The report found that:" (the commissioner's, its maker), a quotation '"A," X
said. "B.' over two paragraphs (two statements), "The report recommends that" (hers), "In its response, which is
printed in the report, the Ministry of Health said it accepted A but that B" (the ministry's, one), "The Commissioner
also found that", "according to the report" (hers), "expressed concern over A, noting that B" (one), "The Commissioner
imposed 14 fines" (an act), the deputy's "said", "said that she had written to X to ask for A, and that B" (one),
"Media contact:" none); an alliance summit's communiqué and its secretary-general's press conference (numbered
paragraphs in the first person plural: "We condemn / reaffirm / welcome the fact that / call on / note with concern"
(statements of the heads of state and government), "have met", "have decided to establish" (a decision) and "We thank
... for its generous hospitality" none; the secretary-general's opening turn, the moderator none, a premise "the Prime
Minister of Ostmarra said this morning that" (a statement), "The Prime Minister of Ostmarra told me an hour ago that"
inside the answer (nested), a question without premise none, "your predecessor, X, said in 2036 that" (X's, dated), "A
follow-up. ...?" none, "I will not go into the leaders' discussion. Thank you very much." (a refusal, none)); a mines
inspectorate's investigation report release ("released its investigation report" an act, bullets under "The
investigation has established that:" (the inspectorate's), "Chief Inspector X said:" over a two-paragraph quotation
(one), "The report says that the operator disputed that A, arguing that B" (the inspectorate's; the operator's
dispute nested, one with its argument), "did not accept that argument" (none), bullets under "The Inspectorate
recommends that:", "operators must respond" (a legal duty, none), "ordered X to stop" (a lone order, an act), a chief
executive's "said in a statement published on the company's website that the company accepted A and had already B"
(one), "welcomed the report and called for B" (two), a safety officer's "said X had been A and had warned his
supervisors about B" (one; the warning nested), a prosecution authority's dated "said"); a provincial legislature
committee's minutes (attendance, "Also present:", "Staff:" and "Witnesses:" lines that define "The Auditor General",
"The Deputy Minister", "the Assistant Deputy Minister" and "The Principal", "called the meeting to order", "resumed its
consideration", "recessed", "adjourned" and the clerk's signature none, "noted that A, and that B" (one), "stated that
A and that B" (one) and "She advised that" (the deputy minister), "In response to a question from X, Y advised that"
(Y's), a member's "noted that", "confirmed that A, and said B" (two), "expressed concern that", "asked whether" (none),
"replied that A, and that B" (one), "said that a constituent had told her that A" (the member's, the constituent's
nested), the motion and "Carried." none, "Letter from the Hon. X, Minister of Health, ..., advising that" (hers), "The
committee agreed to invite X to appear" (an invitation, none)).

build_bf_paper.py, five North American newspaper articles: a high-school football coach's resignation (a deck "Coach
says 'it was time'; some parents say district pushed him out" (the coach; the parents' group the story names and
quotes for it), "resigned" an act, '"A," X told the Ledger. "B. C."' (two), "Asked whether ..., X said it did not." and
an interrupted quotation (one), a superintendent's "said in a statement that the district "..." and that B" (one), "The
district declined to comment ... and would not say" (none), "Was Hollister pushed? A group of about 40 parents who
packed ... believe he was. They call themselves X" (the group named later), its spokesman's "told the board that",
"said A and would not be" (one), "According to the district", a mother "who asked that her name not be used" and her
quotation, "X played for Hollister ... He said" (X, the subject), '"A," X said. "B.' over two paragraphs (two), "said A
and hoped B" (one), "said he planned to stay ... and would keep teaching" (one), a rival coach who "called him
"...""); invasive mussels in a lake (page noise: "Share this article", "ADVERTISEMENT", "Story continues below
advertisement", "RELATED:", a newsletter line, "Comments (14)" with a reader's comment, "MOST READ" (all none); a deck
"State biologist says ..." (the biologist below), the department's "confirmed" and "said that A, and that B" (one),
"according to an emergency order signed by X" (the signer's), an association "which represents" and its president,
"Not everyone welcomed the order." (none), an interrupted quotation (one), "What can be done ...? Very little,
according to X." and "A, he said", a utility "which draws the city's drinking water" that "said A, and that B" (one),
"called A "B" and said C" (two), advice "said boaters should drain ..." (his statement)); a neighbourhood restaurant
fire (a deck "Owners vow to rebuild" (the couple the story names as owners; both echo it), "according to the Westfield
Fire Department", a battalion chief's two statements, "The fire marshal's office ruled out arson ..., spokeswoman X
said" (hers; the office's ruling out nested), "stood across the street with his brother X" then "X said A. He said B."
(two, X's), a neighbour "who ... called 911" (the call an act), "A, said X, who represents the area. He said he would
ask the city to waive ..." (two), an interrupted quotation (one), "A fundraising page set up by the couple's nephew,
X, ... The page says" (the nephew's), "Will the employees be paid ...? X said she did not know yet." (a statement),
"did not respond" (none), "According to city records", an association's "said A, and that B" (one)); a pension fund
vote (a deck "Fund says ..." (the executive director, who says it first below), "voted 54 percent to 46 percent" (a
vote, an act), "According to results announced ... by the fund's board of trustees" (the board's, as results posted by
a body), "had urged members to vote no, arguing that B" (one), a union president's statement, quotation and follow-on,
"Was the vote fair?" (none), a coalition's "said it would ask X to review" (a statement), "Under the plan" (none), a
mayor "who proposed the overhaul in 2036" (background) who "called the vote "..."", "The city had warned in 2036 that"
(dated), "According to an analysis by X", "warned that A, and said B" (two), a retiree's "told the trustees ... that"
and '"A," she said. "B."', "Asked how she had voted, X declined to say." (none), a trustee "who voted against ..."
(background) who "apologized to retirees for what he called "..."" (one), "Is the fund out of danger? Not yet, X said,
but "..."" (one, in two parts)); a community radio station's last broadcast (a deck "Station manager says listeners
'...'" (the manager), "voted in June to hand its license back" (an act), "said A" with quotation and follow-on, "She
remembers the night in 2016 when ..." (a scene told, a statement), "By her own count, A", "One caller, who gave only
her first name, Marlene, told listeners", "played the last record" (an act), '"A," X said, "and she said I\'d earned
it."' (one, in parts; the manager's words nested), "Does the town lose its voice? Mayor X said A, and that B" (one),
"According to the National Federation of ...", "A group of former volunteers calling itself X said", its organizer's
statement and interrupted quotation, "X's last words on the air were the station's old sign-off: "..."" (hers: spoken
words whose speaker the sentence gives, cue ""), "Asked what she would do next, X said she planned to sleep in" (a
statement), "A banner ... read "..."" (none)).

All invented: places, bodies, outlets, companies and people, dated 2038. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- A summit communiqué written in the first person plural ("We condemn ...", "We call on ...") speaks as "The Heads of
  State and Government of the Northern Defence Alliance" its heading names as issuing it; "We have decided to
  establish X" is a decision (an act), "We thank X for its hospitality" a courtesy.
- A transcript turn that only deflects and thanks ("(laughter) Ask me in 2039. Thank you all for coming.") says
  nothing; "I will not discuss personnel. The governor has my full confidence." is one turn, a statement.
- A question's premise "There are reports that A" names no speaker, none.
- A deck's "some parents say A" is the parents' group the story names below and quotes for A ("A group of about 40
  parents ... believe he was. They call themselves X"), as round 38's deck noun is whoever the story quotes for it.
- A deck's "Owners vow to rebuild" is the couple the story names as owners when both echo it below.
- "According to results announced by the fund's board of trustees" is the board's (as "results posted on its
  website" are the body's), the members' vote an act.
- "X's last words on the air were the station's old sign-off: "..."" is X's statement, cue "" (spoken words the
  sentence gives to X; not a sign's or a banner's words).
- "The report says that the operator disputed that A, arguing that B" is the inspectorate's (the report's maker), the
  operator's dispute nested, one statement with its argument (as "asked for A, arguing that B").
- "The Director of the Paying Agency" named in the lede's "Also present were ... the Director of the Agricultural
  Paying Agency, NAME" is NAME.
"""
import build_bf_wire  # noqa: F401  (each module adds its documents)
import build_bf_gov  # noqa: F401
import build_bf_paper  # noqa: F401
from invented_common import write

write('invented_bf_gold.jsonl', per_document=True)
