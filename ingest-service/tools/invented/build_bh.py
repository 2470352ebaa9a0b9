#!/usr/bin/env python3
"""Builds invented set BH: a held-back set of round 56 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles
(ids bhNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2039; the documents are in three
modules, one per kind. Genres are the round's list, none used by sets BA-BF.

build_bh_wire.py, five wire stories: a Reuters-style currency devaluation (a headline dash " - central bank" (the bank,
which speaks first in the lede), "devalued ..., saying B" (B), "A, the bank said in a statement, and B" (one, in two
parts), "told a news conference that", '"A," he said. "B."' (two), "Asked whether ..., he said" (a statement), a
minister "who had defended the peg" (background) with "said A and would V" (one), "said that A and that B" (one),
importers (an open group), three bankers "speaking on condition of anonymity", "According to a note from X" (X's), an
analyst's "wrote that A, and that B" (one), "called A "B" and demanded the finance minister's resignation" (two: a
position with a noun object), "X met Y. He said afterwards" (the subject), "did not say" (none)); an AP-style avalanche
(no cue in the headline, "police said", "according to the regional mountain rescue service", a guide "who watched from
the chairlift" and '"A," said X. "B."' (two), "the resort's operator said. It did not name them." (the operator named
later), "warned in its bulletin that "..."", an interrupted quotation (one), "Was the road closed in time? The mayor ...
said it had not been." and "A, he said, and B" (one), a schoolteacher "who gave her name only as Ineke", "Her husband,
Joost, said", "thanked the rescuers" (a courtesy), "declined to say" (none), "opened an investigation, a court
spokeswoman said, as is routine" (the clause before the cue)); an AFP-style space station crew return ("the head of
the Verdanian Space Agency announced", named in the next paragraph, "describing the landing as "..."" (its own
statement), "A, he said, but B" (one), acts ("carried from the capsule", "waved"), "According to an internal agency
memo seen by AFP" (the agency, the memo's maker; AFP only saw it), "Was the crew ever at risk? "Never," X said. "..."
(two), "said A and announced that B" (two), "Critics in parliament have questioned the cost" (an open group's
position), "the agency said"); a TASS-style chess council vote (a headline dash " - ICC press service" (the council),
"the ICC press service told TASS", "welcomed the decision" (a position), "According to him,", "stressed that", "Earlier,
X said A and that B" (one), federations "which had opposed the readmission" (background) that "said A and called on B"
(two), a grandmaster's quotation with his coach's words inside (nested), a sports minister's "said it "..."", "A source
in the council told TASS" and "The source did not rule out that" (a statement), "the press service added"); a
Bloomberg-style copper mine strike (a headline "..., Union Says Talks Failed" (the union, which speaks first below),
deck bullets "Output ... stopped" (none) and "Union wants 12% raise; company says offer of 7% 'final'" (the wants none,
the company's says a statement), "according to company filings" (the company), "wants a 12% raise" (a bargaining
claim, none), a union president's quotation and follow-on, "estimated that", "called both sides to a meeting" (an act),
"told reporters she was "..." but declined to say whether" (one), people familiar "who asked not to be identified", "A
company spokeswoman denied that, saying B" (B only), "the company's 2034 annual report shows" (the company), a
strategist's quotation and follow-on, a chief executive's "told analysts ... that A and that B" (one)).

build_bh_gov.py, six government texts: a prime minister's joint press conference with a visiting president (labels
"PRIME MINISTER HAUGSBAKK-MENSAH:" and "PRESIDENT ILUNGA-VESTRI:", the moderator none, each opening one statement with
its greeting, questions naming whom they are put to ("A question for both of you.", "Mr President, ...") with premises
naming a fisheries minister, the opposition, the predecessor ("said in 2034 that", dated), a farmers' union ("wrote to
you this week that") and a human rights group (statements; the questions none), "Our scientists say A; theirs say B"
inside an answer (the turn's), "the committee's chairman, X, told me then that" inside an answer (nested), "(laughter)"
parting two turns in two, the second leader's "I will only add that ..." and "If I may add one thing." turns (each
one statement)); a foreign ministry spokesperson's regular briefing (the opening turn over "First, ... Second, ..." up
to "Now your questions.", outlet-named questions and "Follow-up:" none, unlabelled "Answer:" turns the spokesperson's,
premises naming a government, an opposition, a foreign ministry that "accused Ostmarra of", an opposition deputy, a
defence minister and a refugee committee (statements), "There are reports that" (none), deflections ("The programme is
still being prepared. I will inform you when it is final."), a refusal of hypotheticals and "I have nothing to
announce today." (none), the ambassador's "he told his hosts that" inside an answer (nested), a referral followed by "I
can only say that" (one turn), the closing turn (none)); a trade ministry's readout of talks with a visiting minister
(courtesies, "discussed" and "informed ... about <topic>" and "briefed ... on <topic>" none, bullets under "The parties
noted:" (the two ministers, in the order the lede names them), "She stressed:" bullets, "The Veltrian side proposed:"
(the minister who led that side), "raised the issue of A, noting that B" (one), "In the field of energy, the parties:"
items opening with their own verbs ("welcomed", "agreed to", "expressed interest in"), "drew attention to A, pointing
to B" (one), "said A and expressed hope that B" (two), "The sides agreed to" (the pair), "invited" and "The invitation
was accepted with gratitude." (none)); an inspector general's audit release (a headline "Inspector General finds ..."
(hers), "released her audit" (an act), bullets under "The audit found that:" (hers, the maker), a quotation and its
follow-on paragraph (two), "The audit recommends ... that", the department's "accepted five of the six
recommendations" (a position) and "disputed the finding ..., arguing that B" (one), a commissioner's "said in the
response that A and that B" (one), "did not accept the Department's argument" (none), "According to the report", "The
audit also found that", "Asked ... whether ..., X said that was "..."", "referred the findings" (an act), "said A and
would review it" (one) and "declined to comment further" (none), "called A "B" and said C" (two), "Media contact:"
furniture); a city council committee's minutes ("Present:" with "(Chair)", "Regrets:" and "Staff:" lines that define
"The Chair", "The General Manager" and "the Manager, Traffic Operations", "called the meeting to order", motions, "In
favour:"/"Opposed:" and "Carried." none, delegations that "addressed the committee regarding <topic>" (none) then
"stated that A and that B" (one) and "requested that the committee approve" (a request, a statement), "advised that A
and expressed concern that B" (two), "In response to a question from X, Y advised that" (Y's), "asked whether" (none),
"replied that A, and that B" (one), a member's "said that residents had told her that A" (hers, the residents'
nested), "noted that", "acknowledged that A and stated that B" (two), "Letter from Dr. X, Medical Officer of Health,
advising that" (hers), the clerk's signature none); a national statistics office's CPI release ("Main points" bullets
and figures of the office's own release are narration, "National Statistician X said:" over a two-paragraph quotation
(one), "According to the Office's estimates" (the office's), a deputy's "said that A, and that B" (one), "was asked
whether" (none) then "She said it had not, and that "..."" (one), a question's premises "the central bank's forecast
that A" and "the Finance Minister's remark ... that A" (their makers' statements), "noted that A and warned that B"
(two), "Most of the 212 respondents said that" (the group's), "Next release:" and "Contact:" furniture).

build_bh_paper.py, five North American newspaper articles: a school bus driver shortage (a deck "District says A;
parents say B" (the superintendent who speaks for the district; the parents' group the story names below and quotes
for B), '"A," she said. "B."' (two), "A, said X, who heads ..." and "A new driver earns $19.40 an hour, he said, less
than ..." (the clause before the cue; the comparison after it the narrator's), "X met with Y on Friday. He said
afterward" (the subject), "called the bonus "a start" but said B" (two), "Some parents say ... A group of about 60
parents ... say ... They call themselves Get Us There" (the group named later), "showed a reporter a copy of an email
in which X wrote to the superintendent that "..."" (the writer's), "Was the email ignored? X said it was not.", "did
not respond" (none), "said A but that B" (one), "according to a letter sent home last week" (the district's)); a
marina's sale (a deck "Developer says ..." (the developer's managing partner, who first says it below), "the marina's
owners confirmed" (the couple named in the next paragraphs: "A, 71, and his wife, B, 69"), "according to plans X filed"
(X's), "The couple said", "Not everyone believes the ten-year promise." (none), a dockmaster's "said Castlegate had
told the employees that A" (his; the company's nested), "Many said" (the slip holders met), "Will the city step in?
Mayor X said A, but that B" (one), "The Kim-Abernathys said" (the pair), '- "on land," X said' (his)); a ferry's winter
cancellation with page noise ("Share this story", "Advertisement", a newsletter line, "Related:", "Comments (23)" with a
reader's comment quoting a manager, "Most Popular" (all none); a deck "Operator blames crew shortage; islanders call
decision 'a betrayal'" (the company, which speaks first below in a notice on its website; the islanders at the meeting),
'"A," X said in an interview. "B."' (two), "said A and had B, but that C" (one), a department "which subsidizes the
route" that "said it was "..." and had asked the company for a plan" (one), "Was the shortage foreseeable? The Board
said in a report ... The report warned that" (the board's), "declined to comment" (none), "Asked whether that would be
legal, X said it would not."); a minor-league soccer club's move (a headline "..., owner says" and "the club's owner
announced", named in the next paragraph, "according to Easton's mayor, NAME" (NAME's), "said that was not the whole
story" and an interrupted quotation (one), "A supporters' group, the Riverside Ultras, said A and called on B" (two)
and the deck's "supporters' group vows protest" (the group), "rules require A, and Easton's will, X said in a
statement" (the clause before the closing cue), "Players were told" (none), an open group "Local businesses ... say",
"estimated that", "declined to say" (none) then a quotation (a statement)); a library's late-fee amnesty (a headline
"...; 'Bring them back,' director says" (the director below), "a note that read, "Sorry. Moved twice."" (none), "The
library board voted" (an act), '"A," X said. "B."' (two), "According to library records", "said A and told the council
that B" (two), "said that was not so" and an interrupted quotation (one), "The county auditor's office ... said" and
"The office said it took no position" (the office's), "She remembers the day he lost it: ..." (a scene told), an
interrupted quotation with her husband's words inside (one; his nested), "By her own count, A" (hers), a director "who
asked not to be named" (the description), "said in 2037 that" (dated), "A hand-lettered sign ... reads" (none), "Did
the 1978 "Yearling" go back on the shelf? It did not, she said. "..."" (two)).

All invented: places, bodies, outlets, companies and people, dated 2039. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- An unsigned note returned with a book ("a note that read, "Sorry. Moved twice."") is none, as a sign's "read": its
  writer is nobody the text can name.
- A spokesperson's deflecting turn ("The programme is still being prepared. I will inform you when it is final.") says
  nothing, as a turn that only deflects and thanks; "That is a question for X. I can only say that A." is a statement.
- "According to an internal agency memo seen by AFP" is the agency's (the maker the text names with it); the outlet
  that saw it is an obtainer.
- "The source did not rule out that A" is the source's statement (a view of a possibility, as "ruled out B" is one).
- A question premise naming a forecast or a remark ("the central bank's forecast that A", "the Finance Minister's
  remark last week that A") is its maker's statement, as a premise "X said that A".
- "describing the landing as "..."" after a quotation and its cue is a statement of its own (a characterisation, as
  "described him as").
- A deck's "islanders call decision 'a betrayal'" is the islanders at the meeting the story quotes for it.
"""
import build_bh_wire  # noqa: F401  (each module adds its documents)
import build_bh_gov  # noqa: F401
import build_bh_paper  # noqa: F401
from invented_common import write

write('invented_bh_gold.jsonl', per_document=True)
