#!/usr/bin/env python3
"""Builds invented set BC: round 54's set (issues 9 and 10), written unseen by "writer": the annotations were committed
before the extractor first ran on the texts. Five wire stories, six government texts, five North American newspaper
articles (ids bcNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2037; the documents are in
three modules, one per kind. Kinds and genres differ from those of sets AC-BB.

build_bc_wire.py, five wire stories: a Reuters-style volcanic ash cloud grounding flights (a headline with no cue, the
aviation authority's lede with "said" at its end and its "said A and that B" (one), a met office, a monitoring head who
"told Reuters" and a follow-on, "according to airport operator X", a carrier's "said A and would V" (one), an
interrupted quotation (one, in parts), "Asked whether ..., X said it was '...'", two executives and "They asked not to
be named" (none), an agency "said on its website" and "did not give a forecast" (none), a prime minister "who visited
a crisis centre" (an act) and "urged A" and her quotation and follow-on, "The eruption has so far caused no injuries."
(narration) before "A, and B, police said" (one), "Tourism operators, already bracing ..., said", "according to the X
Association", "Scientists say" (an open group)); an AP-style drug recall (a headline "..., but agency says ..." (the
agency, which speaks first in the lede), "is recalling" (an act), "said A and warned B" (two), a chief medical officer
and a follow-on, "according to the agency", "said in a statement that A and had B" (one), "The company said it was
"deeply sorry"", "did not say" (none), "Regulators in those countries were informed on Wednesday, the agency said" (a
statement), pharmacists (a group), a pharmacist's quotation and "She said", "Was the recall handled too slowly?" (none),
a patients' association and its director, a mayor's report of what workers "had been told" (one, the agentless telling
inside it no statement), analysts at a bank (a group), "did not respond" and a hotline line (none)); an AFP-style canal
blocked by a grounded ship (the authority's "announced" at the lede's end, "said in a statement" and "the authority
added", a chairman who "told the state television channel", "according to the shipping data firm X", "according to the
authority" before a narrator's sentence, a ship manager's two sentences (two), "A pilot ... told the captain he had
"..."," according to a canal official (the official's; the pilot's nested), "said it was diverting six vessels ...,
adding roughly ten days to their voyages" (one: "adding" of days is no cue), a two-sentence quotation before its cue and
a follow-on, "Did the canal authority ignore warnings?" (none), an opposition party's "said that A, but that B" (one),
"rejected the criticism, saying B" (two)); a Bloomberg-style stock exchange outage (deck bullets "Exchange operator says
..." (the chief executive, who says it below) and "Brokers demand ..." (an open group), "the exchange said in a notice
to members" at the end, the chief executive's quotation and follow-on, "A, she said, and B" (one, in parts), a
commission's "said it had asked A and would decide B" (one), the central bank's "A, the central bank said", "according to
data compiled by Bloomberg", three brokerage firms, a managing partner, "X said when asked about compensation" and
"declined to say" (none), "did not respond" (none), "The review, ..., found that A, people familiar with the matter said"
(the people's; the review's finding nested, the firm that carried it out its maker), a minister's "said that A and that
he expected B" (one, mixed), analysts who "wrote in a note that"); an AP-style World Cup qualifier (a headline with no
cue, '"A," X said. "B. C."' (two), a coach's mixed statement, a quotation holding her own words at halftime (one; a
report inside the speaker's own statement is not marked), "refused to blame the referee, but said B" (the refusal none),
a defender "who had given away the penalty" (background) and "said A and had V" (one), a federation's "said in a
statement", "Asked whether ..., X said: "..."", a federation president's "said A, and that B", "Police said A, though
B" (one), "Will Belmora go further this time?" (none), a prime minister who "declared Wednesday morning a "late start""
(an act) and "he said in a video posted by his office").

build_bc_gov.py, six government texts: a prime minister's office readout of talks with a visiting president ("welcomed
President X" and "thanked" (courtesies, none), "The two leaders agreed to" (the pair, named in the order of the lede),
bullets under "The Prime Minister stressed:" (hers, cue "stressed", each keeping its semicolon), the president's "said
that A and that B" (one), "raised the case of" (a statement, as "raised the issue of"), "noted with satisfaction" (the
pair), "informed the Prime Minister about <topic>" (none), "welcomed the completion of" (a position, the pair's),
"instructed their energy ministers to present" (the pair's, as every earlier set counts
"instructed X to V"; mended after the first run), "condemned A and called for B" (two),
"witnessed the signing", "signed", "accepted an invitation" (acts), "said:" before a three-sentence quotation (one),
"Asked by a reporter about X, President Y said that A and that B" (one)); a health ministry's outbreak briefing
transcript (a participants line with "Moderator: NAME, Office." (the moderator's turns none), the chief medical officer's
opening over three paragraphs (one; "Thank you, Ines." cut, "Good morning." kept), a question premise "the provincial
governor said on Sunday that" (the governor: an office never named), "A follow-up." (none), "Our modelling suggests
that" and "The institute's laboratory has confirmed that" inside answers (nested), a premise "Some parents in X say"
(the group), "I'll ask Dr. X to add something" (a hand-over, cut), "the manufacturer has told us" inside an answer
(nested), the closing turn none); a supreme court's press summary of a judgment (the title, "Justices:" and the
paragraph references as furniture, "The appellants say that" (the appellants the title names), "dismissed" and
"allows the appeal" and "quashes" (decisions), "upheld that decision, finding that B" (the finding only), an intervener
"which intervened in the appeal" (background) and its "submitted that", "with which ... agree" (concurring, none), the
lead judge's "holds that" and "She finds that A, and that B" (one), "The Minister argued that" (the respondent the title
names, never named), "rejects that argument, holding that B" (the holding only), "The Court accepts that A. But it notes
that B" (two), "would have dismissed the appeal" (none), the dissent's "In his view" and "He warns that", the NOTE
(none)); a legislature's oral questions in Hansard style (the Speaker's turns and "Some hon. members: Oh, oh." none, "My
question is for" none, premises "the province's auditor general reported that", "The auditor found that" and "The
Premier promised in the last election to end ..." (statements of those named; the questions none), the Premier's
answer with "Thank you, Speaker. I thank the member for the question." cut, a member's own assertion before her
question, "NAME, a retired nurse in my riding, told me" (a premise, NAME's), a minister's answer with "The auditor
general also found that" (nested), "The contractor told the municipal council last week that" (a premise) and "The
contractor has assured my ministry that" inside the answer (nested), "Parents in X have told me that" (a premise), "the
board has told us" inside an answer (nested), a supplementary that only asks (none)); a city council's budget meeting
minutes (attendance lines defining "The Director of Finance", "The City Manager" and "The Mayor", "called the meeting
to order" and "presented the proposed budget" (procedure and an act), "She reported that" and "She noted that", "The
City Manager advised that A, and that B" (one), a delegation that "asked Council to restore" (a request to the body
deciding, a statement) and "stated that", "said A, and urged B" (two), "Letter from X, advising that", motions,
"AMENDMENT DEFEATED" and vote lines (none), "stated that A, and suggested that B" (two), "In response to a question
from X, the City Manager advised that", "expressed support for the library's request" (a position), "stated that
"..."," and "thanked staff" (the thanks none), the next meeting, adjournment and certification lines (none)); a
competition authority's merger decision release ("has decided to prohibit" (a decision), "The Authority has found that
A, and that B" (one), the director general's quotation and follow-on, bullets under "The Authority's investigation
found that:" (the authority's), "received submissions" (none), "Several retailers told the Authority that", "Frostline
argued that", "The Authority does not agree." (no content, none), "offered to sell ... and to freeze" (acts),
"concluded that", "Marstrander added that", a union that "in its submission, warned that", "Background" and "Facts
about the case" bullets and the contact line (none)).

build_bc_paper.py, five North American newspaper articles: a chemistry teacher's retirement (a deck "Former student
says ..." (the first former student below, who echoes it), "a fume hood that, she says, "..."" (one, in parts), a
quotation "said in her classroom this week" and a follow-on, "grew up in X, ..., and says she knew" (hers), "By her own
count", a physician's quotation and follow-on, "admitted" before a quotation's speaker, "a resolution thanking her for
"..."" (none), a principal's statement and a quotation with "She told me once that" inside it (nested), "Not everything
has changed for the better, X says." and "A, she said, and B" (one, in parts), "Was she tempted ...?" (none), a
superintendent "said in an email", a union president's "said A and called on B" (two), her plans (none), "The
invitation, she noted, promises "..."" (one, in parts)); a bakery closing (a deck "Owners cite A; landlord says B"
(the couple the story names, and the landlord below), a sign taped to the window (none), "The couple said" (the pair),
a quotation with "My doctor told me" inside it (nested), the landlord's mixed "said A and that B" (one), quotation and
follow-on, "Asked whether ..., X said he did not.", "Regulars were not ready to say goodbye." (none), a customer's
quotation and a questioning follow-on quotation (a statement), "Is there anyone to take over?" (none), "A, X said" then
narration, a business association's "said in a statement that A and that it would B" (one), a councilor's "called A
"B" and said C" (two), "According to the association"); a housing co-op dispute ("packed a church basement ... to oppose"
(an act's purpose, none), "voted 5-2" (an act), "an engineering report by the firm X, commissioned by the board, found
that" (the firm's: a commissioner is no maker), a quotation and follow-on, "collected 84 signatures on a petition" and
"Under the co-op's bylaws" (none), the board president's statement, quotation and follow-on, "He said A, but did not
say whether" (one), "Some members say" (a group), "According to the board", a federation "which advises" (background)
and its executive director, "Was the board required to hold a vote?" (none), a lawyer who "argued in a letter to the
board that A and that B" (one), "called that reading "creative" and said B" (two), "voted to press ahead" (none)); a
marathon cut short by heat (a headline with no cue, a race director's statement, quotation and follow-on, "according
to race officials", "A, the Riverton Fire Department said, none with life-threatening conditions" (A only: the
narrator's phrase after a parenthetical cue), a medical director's "said A, and that B" (one), "Not every runner agreed
with the decision." (none), "organizers announced Sunday evening" after its content, "Others said" (a group),
"complaints from churches" (none), "he said through an interpreter", "said he planned to run X "..."" (a statement), a
winner's mixed statement and quotations, "had issued a heat advisory" (an act), a meteorologist, "according to its
website" (the race's), a mayor's "praised A for "B" and said C" (two)); a library fine amnesty (a headline with a dash
that names no speaker (none), a deck "..., director says" (the library director below), "When ..., director NAME
expected a few overdue books to come back" (a cognition cue, hers; mended after the first run) and "She did not expect
..." (none), a quotation quoting a note
(one; the note no statement), "voted in November to end fines" (an act), "according to the library's figures", a board
member "who voted against the change" (background) and his "said he worried that", "Not everyone is convinced."
(none), "according to NAME" at a sentence's end, "A, city finance director X said", an association's present "says"
and its president, a mother's quotation and follow-on, "Asked what he was reading, Luis held up a book" (an act) and
his quotation, "said the library had "a handful" of A, and that B" (one), "Anyone ..., X said, is welcome to ..." (one,
in parts)).

All invented: places, bodies, outlets, companies and people, dated 2037. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A deck's "Exchange operator says A" is the exchange's chief executive, who says A below, though the exchange itself
  spoke first below (its notice of the times does not echo the deck; round 51's deck noun is the body's titled person
  who first says what the deck says).
- "Owners cite A" in a deck is the couple who own the shop, named as a pair below (round 42's "Founders say").
- "rejected the criticism, saying B" is two, as AZ's "rejected the estimate, saying B"; "rejects that argument,
  holding that B" of a judge gives only B, as "rejected the motion, stating that B".
- "raised the case of X" is a statement, as round 34's "raised the issue of"; "noted with satisfaction X" is a
  statement of the pair.
- A delegation's "asked Council to restore X" in minutes is a request to the body deciding, a statement (AY's party's
  request); "expressed support for the library's request" a position.
- "The Authority does not agree." with no content is none; "packed a church basement ... to oppose a special
  assessment" is an act's purpose, none.
- A question premise "NAME, a retired nurse in my riding, told me that A" and "Parents in X have told me that A" are the
  named speakers' statements (round 40's premise), while a report inside an answer is nested, as BB marks it.
- A quotation that ends in a question ("Where am I supposed to go now, the supermarket?") is a follow-on statement of
  its speaker (a rhetorical question said, not put to someone).
- "said he planned to run X" is a statement (a plan told with "said"; the bare "plans to" of the narration stays none).
"""
import build_bc_wire  # noqa: F401  (each module adds its documents)
import build_bc_gov  # noqa: F401
import build_bc_paper  # noqa: F401
from invented_common import write

write('invented_bc_gold.jsonl', per_document=True)
