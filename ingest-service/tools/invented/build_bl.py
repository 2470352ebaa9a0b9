#!/usr/bin/env python3
"""Builds invented set BL: a held-back set of round 58 (issues 9 and 10), written unseen by "writer2" and kept out of every
other worktree. Five wire stories, six government texts, five North American newspaper articles (ids blNN-kind-...,
01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2041; the documents are in three modules, one per kind.
Genres none of sets BA-BJ used: a lithium find, an undersea cable cut, a museum heist, locust swarms, a fertiliser plant
put under state management; a prime minister's joint press conference after a summit, a defence ministry's daily
briefing, a flood inquiry's interim report, a water regulator's tariff decision, a county board of supervisors' action
minutes, an embassy's rebuttal of a newspaper article; a crossing guard shortage, a dog park dispute, a farmers' market
move, a community orchestra losing its hall, a downtown food truck ban.

build_bl_wire.py, five wire stories: a Bloomberg-style lithium find (a headline "..., Survey Says" (the survey, which
speaks first in the lede), '"A," she said. "B."' (two), "said in an interview that A and that B" (one), "He declined to
name them" (none), "Is the find as big as it sounds? Not everyone is convinced." (none), "wrote on social media that A
and announced that B" (two), "The state stake "is not negotiable," X told lawmakers, according to a transcript released
by Congress" (his, one), "X met the minister. He said afterward" (the subject), "according to data compiled by price
reporter X" (X's) and "The firm expects" (a cognition cue), "said in a statement that A and would "B"" (one)); a
Reuters-style undersea cable cut (a headline dash " - regulator" (the authority the lede names), "said that A and that
B, but warned that C" (two), '"A," X told a news conference. "B."' (two), a ship manager's emailed statement, "ordered
it to remain at anchor" (an act), "declined to say whether" and "did not say whether" (none), "said A and urged B"
(two), two officials "who asked not to be identified" and "One of them said A, but the other said B" (each its own), a
prime minister "who cut short a visit" (background) and "wrote on social media that "..."", "said it was "..." and
offered to send cable engineers" (one statement; the offer an act), "according to the authority"); an AP-style museum
heist (a headline "...; police say alarm was off" (the commissioner below who says it), "police said" in the lede (the
bare body), "according to the museum's insurer" over a content in which "the museum has called "..."" (nested), "Asked
who ..., he said", "confirmed A and apologized to the public for what she called "B"" (two; the naming one outer
statement), "Did the thieves have help from inside? Police would not say." (none), a former guard "who asked not to be
named" (the description), "Then she stopped." and an interrupted quotation in small letters (one, in parts), "The
museum, she said, would stay closed" (one, in parts), a minister "who visited" (background) who "called A "B" and said
C" (two), "has offered a reward" (an act)); an AFP-style locust plague (a headline "..., UN-backed body warns" (the
commission the lede names), "said in a bulletin, adding that" (two), "according to the commission", "told AFP that A and
that B" (one), a herder "who gave only his first name, Ibrahim", "Environmental groups have criticised the spraying" (an
open group's position), "said A and accused X of "B"" (two), "did not respond" (none), "The swarms, he said, "...""
(one, in parts), "It put the cost of ... at N" (an estimate)); a TASS-style fertiliser plant placed under state
management (a headline dash " — Industry Ministry" (the ministry, whose press service speaks first), the press service's
two-sentence quotation (one), "According to the ministry", "told reporters that A and that B" (one) and a stressed
quotation, "Asked by TASS whether ..., X said that", a company's "said in a statement that" and "The company said", "A
source in ... told TASS" and "The source did not rule out that", "Earlier, X said that A, and that B" (one), "..., he
added", a minister "who met the plant's workers" (background) who "said A and that B" (one) and "instructed the
administration to report" (a statement), an investment company's "estimated in a note that", "called A "B" and urged C"
(two)).

build_bl_gov.py, six government texts: a joint press conference after a summit ("Prime Minister:" and "President NAME:"
labels, each opening statement one statement over its paragraphs (the greeting kept, "Thank you, Prime Minister." cut),
the moderator's turns none, question premises "in January you said that" (the Prime Minister's, dated), "your fisheries
minister, NAME, told your parliament that" (a question to the second leader), "X's intelligence service reported in
February that" (dated), "has called A "B"" and "The Ferry Operators' Association says" (each its source's; the questions
none), "(laughter)" parting an answer in two, "I'll ask the President to answer that" (a hand-over, none) and the
President's answer with "Our admirals have told us that" (nested), "I don't comment on intelligence matters, here or
anywhere." (a refusal turn, none), "A follow-up for the Prime Minister." (none)); a defence ministry's daily briefing
("The Ministry's official spokesman, Colonel NAME, reported:" over six numbered points (each his statement, cue
"reported", without the number), "Reports in some foreign media that A are false" (the media's report nested), "The
Minister informed her counterpart that" inside a point (nested), unlabelled "Answer:" turns (the spokesman the lead-in
names), premises of a monitoring mission ("said yesterday that"), of the other side's ministry ("says") and of a relief
committee ("said on Monday that"), "General X told parliament in October that" (dated), an answer opening "According to
the regional administration, A" (one statement; the administration's A nested), "I have no such information. Casualty
figures are published by the General Staff on Fridays." and "The Minister's schedule will be announced separately."
(deflections and a referral, none), "The next briefing will take place on ..." (none)); a flood inquiry's interim report
(a "Chair:" line naming the "I" of the findings, "It is common ground that" (none), residents who "asked that their
names not be published" (the terms of speaking, none), "In her evidence, X told the inquiry that" and a quotation,
"accepted that A but said B" (two), "told the inquiry that", two "submitted that" (a body's and counsel's), "gave
evidence over two days" (none), "Asked by counsel to the inquiry whether ..., she said it had not, "..."", "The
Ministry's written statement to the inquiry says that" (the Ministry's), a resident's "told the inquiry" and two
quotations, "The Authority accepted that", "I am satisfied that", "I find that A, and that B" (one), "I make no finding
at this stage" (none), "I recommend that:" over lettered items (each the chair's, without the letter), "The Authority
has told the inquiry that it will accept"); a water regulator's tariff decision ("Decided:" and "Commissioners:" lines,
the decision's summary and its "directs X to:" bullets (acts, none), a company's "argued that", "It said that", "stated
that" and its chief executive's covering letter, a consumer council's two "submitted that" and its chief executive's
"told the Commission's public hearing: "..."", an anglers' federation that "opposed the company's plan" (a position), a
ministry's "said ... that A but B" (one), "Forty-two households wrote to the Commission. Most objected to A. Several
said B." (the households'), "The Commission finds that A, but that B" (one), "does not accept that", "notes that", a
commissioner who "agreed with the decision and added that" (the addition only), "dissented" (none) and "In his view,
A"); a county board of supervisors' action minutes ("Supervisors present:" with "(Chair)" and a "Staff:" line defining
"County Counsel" and "The County Administrative Officer", "called the meeting to order" and the pledge (none), public
comment ("said that", "urged the Board to", "Three speakers spoke in support of", "thanked the Board for A and asked
that the Board B" (the request only)), consent calendar and motions (none), "reported that" and "He stated that",
"Supervisor X requested staff to return with a list" and "requested staff to suspend the contract" (requests,
statements), "expressed concern that", "County Counsel advised that", "stated for the record that", "The Chair noted
that", "Letter from X, advising that" (X's), "requested that the Chair place X on the agenda" and "The Chair agreed."
(the request only), "thanked the volunteers" and the adjournment in memory (none)); an embassy's press release rebutting
a newspaper article ("The article alleges that" and "claims that" (the newspaper's, as the maker the text names), "It
quotes an unnamed source ... as saying that" (the source's), "The Embassy categorically rejects these allegations" (a
position), "The Embassy states the following:" over three bullets (the Embassy's, cue "states"), "points out that",
"recalls that ... the same newspaper published ... a report that A" (the report nested), "notes that", the
editor-in-chief's "told Lindmark Radio that", "regrets that", "has asked the newspaper to publish a correction" (a
request), the Ambassador's "said: "..."", "confirmed that A and said B" (two), "remains open to questions" and the
signature block (none)).

build_bl_paper.py, five North American newspaper articles: a crossing guard shortage (a headline with no cue, a deck
"Police chief says A; parents' group calls B" (the chief below; the group's organizer, the group's titled person who
first says it below), a parent's '"A," said X. "B."' (two), a group named later ("They have ... a name: Corner Parents
of Ashgrove"), "X told the City Council", "asked whether" (none) and the chief's answer, "X said after the meeting that
... He said" (the council member, the subject before), "Are the corners safe without guards? ..., according to police
data" (the police's), "called A "B"", "the group wrote that A and asked for B" (two), a district's "said in a statement
that A but that B" (one), a retired machinist described before he is named, "declined to comment" (none)); a dog park
dispute (a headline "A, neighbors say; owners call it B" (the residents' group named below, "They call themselves Quiet
Larkspur", and the owners' association whose president says it), a retired schoolteacher quoted before she is named, "In
the petition, ... they say" (the group's), "Is that true? ..., according to parks director X", "A, X said, and B" (one,
in two parts), "has offered to pay for a row of hedges" (an act), "X met Y at the run. He said afterward" (X), "The
owners' association opposed it, saying B" (B only), "wrote in a newsletter that A, but that B" (one), '"A," said X.
"B."' (two)); a farmers' market move (a headline "..., mayor says", a deck "Vendors split over new site; '...,' baker
warns" (the baker below), "which downtown merchants have asked for since 2038" (background), a baker described before
she is named, "X toured the yard with Y. He said afterward" (X), "A survey of 812 shoppers by the association found
that" (the association's), "welcomed the decision" (a position), "did not return calls" (none), an interrupted quotation
in small letters (one)); a community orchestra losing its hall (a deck "Conductor says A; church sells hall" (the
conductor; the sale an act), "voted to sell" (an act), '"A," said X. She said' (two), "did not respond" (none), an
interrupted quotation, "Where will the orchestra go? The parks department has offered X" (an act), "according to its
treasurer", "X said:" over a two-paragraph quotation (one), a players' group named later that "write on the page that",
"said she would ask the city to waive" (one; the asking not its own), "said she would not ask" (a statement), "Would she
miss the low ceiling? She laughed." (none)); a downtown food truck ban with page noise (a breadcrumb, a byline's time
stamps, "Share this story", "Advertisement", "Related:", a newsletter line, "Comments (27)" with readers reporting what
others said, "Most Read" (all none); a deck "Council sides with restaurants; truck owners vow to fight ban" (the
vendors' association named below), an ordinance approved (an act), "according to the Commerce Square Merchants
Association", "Is the ban legal? X told the council that A, but that B" (one), "X walked out with Mayor Y, who had urged
the council to wait" (background) and "He told reporters" (X), "The mayor's office said in a statement" (the office), a
customer's quotation and its follow-on, "said the association had asked the city in July for a compromise" (one) and
"The council did not vote on it." (none)).

All invented: places, bodies, outlets, companies and people, dated 2041. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- A spokesman's numbered briefing points under "reported:" are each his statement, cue "reported", without the number
  (as bullets under a lead-in, and round 46's numbered items under "He reported the following:"); a report inside a
  point ("Reports in some foreign media that A are false", "The Minister informed her counterpart that A") is nested.
- "requested staff to V" in minutes is a request, a statement, whether it asks for an act or for a list (as BJ's
  "requested that the Ministry provide"); only a request for an answer ("asked whether", "report back on whether") is
  none.
- "opposed it, saying B" gives B only, as "rejected that, saying B" (BJ) and "disputed that, saying B" (round 52).
- "A commissioner agreed with the decision and added that B" gives B only (agreeing with the result says nothing of its
  own, round 56); "dissented" alone is a vote, none, and "In his view, A" after it the dissenter's statement.
- "It quotes an unnamed source ... as saying that A" in an embassy's rebuttal is the source's statement, not nested (the
  embassy reports the article; the article's own claims are the newspaper's).
- "Most objected to A. Several said B." after "Forty-two households wrote to the Commission" speak as the households
  (round 57's "Many said" after a named group).
- A headline's "neighbors say A" and "owners call it B" are the groups the story names below and quotes for A and B (a
  residents' group that names itself, an owners' association), as BF's "some parents say"; a deck's "parents' group
  calls B" is the group's organizer, the titled person who first says B below (round 51's deck body noun).
"""
import build_bl_wire  # noqa: F401  (each module adds its documents)
import build_bl_gov  # noqa: F401
import build_bl_paper  # noqa: F401
from invented_common import write

write('invented_bl_gold.jsonl', per_document=True)
