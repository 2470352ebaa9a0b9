#!/usr/bin/env python3
"""Builds invented set BP: a held-back set of round 60 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles (ids
bpNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2043; the documents are in three modules,
one per kind. Genres none of sets BA-BN used (checked with a grep of their build scripts): a refinery fire, a grain
corridor deal, a nationwide phone outage, an insurer leaving a hail belt, an ice jam closing a bridge; a labour
relations board's decision on a dismissal complaint, a city budget committee's minutes with delegations and
amendments, a prime minister's readout of a summit with the joint press conference's transcript, an embassy's press
release rebutting a newspaper article point by point, a ministry's questions-and-answers page on a livestock disease,
a city's flood updates page (newest first); a mural painted over by mistake, a covered bridge closed to trucks, a
drive-in theatre closing, a school band barred from a parade, a 200-year-old oak felled (with page noise).

build_bp_wire.py, five wire stories: a Reuters-style refinery fire (a headline dash " - sources" (the lede's "two
people familiar with the plant's operations"), "said in a statement that A and that B" (one), "It did not say how
long" (none), '"A," a company spokesperson told Reuters. "B."' (two; an unnamed spokesperson speaks as the
description), "One of the sources" and "The other source" (their mentions), "declined to comment" (none), "according
to data from pricing agency X" (X), bare "Traders said", '"A," said X, an analyst at Y. "B. C."' (two), "told
parliament" and "She said she had asked X for a report" (the asking inside her statement not marked), a union's "said
it had warned management in January that ..." (one, its own earlier warning not marked), "called on the minister to
V", "Asked about ..., the company spokesperson said A "B"", "A, the regional fire service said" and "It lifted the
advisory" (an act), the reporting/editing line (none)); an AFP-style grain corridor deal (a headline with no cue, a
lede's "officials from both sides said" (the open group), "Under the agreement, A" (terms, none), a foreign ministry's
"said A and warned that B" (two), a mediator "who spent six weeks shuttling" (background), "Asked whether ..., he said
that was "B"", "welcomed the agreement, saying B" (two), "estimated that", "Not everyone was convinced." (none),
"A spokesman for X said" (X), "called the deal "B"" and "He did not mention X by name." (none), the AFP slug (none));
an AP-style phone outage (a headline "..., carrier says" over a lede whose "the country's largest carrier said" comes
first (the company), "the company said", "spoke at a news conference" (none), "Asked whether ..., X said B "C"", "said
A and that B" (one), "Did anyone die ...?" (none) and "said it was checking A but had found no case so far" (one), a
woman "who gave only her first name, Delia" (Delia), "opened an investigation" (an act), "Lawmakers from the opposition
X demanded that the minister appear" (the open group's demand), "did not respond to requests for comment" (none)); a
Bloomberg-style insurer exit (a headline "..., CEO Says" (the chief executive the lede names), '"A," X said in an
interview. "B."' (two), "according to its annual report, up from ..." (the company; the tail after the cue the
narrator's), "the company said in a filing", "said in February that", "Analysts at X wrote in a note that A, and that
B" (one), "said he was "B" by the decision" and "He said", "called the move "B"", "Is there a fix?" (none), "Research
by X found that" (X, the research's maker)); a TASS-like ice jam closing a bridge (a headline dash " — regional
governor" (the governor the lede names), "told reporters", "the governor said" after a quotation that says "I have
instructed" (not marked), "According to him, A." and the next sentence with no cue (none), "told VIN that",
"A, the department's press service said" (the department), "The press service of X reported that" (X), "noted that",
"according to the regional transport department").

build_bp_gov.py, six government texts: a labour relations board's decision on an unfair dismissal complaint
("Between:", "Before:" and "Decision issued:" lines (furniture), "She complains that A" (the complainant's),
"The Employer says that A and that B" (one; the employer the heading names), "testified that" five times, "She said X
told her to "V"" (hers; the telling an act inside it), "She denied falsifying any record" (a denial), "In her words,
"..."", "He agreed that", "she agreed that" and "She accepted that" (two), "Counsel for the complainant submitted
that" (counsel), "submitted that A, and argued that B" (two), the vice-chair's "I accept the complainant's evidence
that A" (A), "I find that" twice, "I do not accept the Employer's submission that A" (A, a finding the other way),
"It was not contradicted" and "I draw an adverse inference" (none), "The schedules in evidence show that" (the
schedules), "The complaint is allowed", "is ordered to pay" and "remains seized" (none)); a city budget committee's
minutes (attendance lines defining "The Chair", "The City Treasurer", "The Director" and "The Fire Chief", call to
order, a declaration of interest, "presented the 2044 draft operating budget" and "presented a petition" (acts),
"reported that A, and that B" (one), "advised that", a delegation's "told the Committee that" and "asked the Committee
to keep evening service" (a request, a statement), "stated that A and urged B" (two), "noted that", "In response to a
question from X, Y said", "spoke in support of the library's request" (a position), "asked the Director of Transit how
many" (none), "responded that A, and that B" (one), motions and recorded votes (none), "cautioned that", "stated that
deferring their replacement "is not ..."", "spoke in favour of the amendment, saying B" (B only), "expressed concern
that", "The Chair noted that", "The Committee requested the Treasurer to report" (a report asked for, a statement),
"Letter from X, advising that A" (X's) and "Letter from X, thanking ..." (a courtesy, none), the adjournment and
signature lines (none)); a prime minister's office readout with a joint press conference ("met", "welcomed the
President on her first visit" and "discussed" (none), "underlined that A and proposed that B" (two), "said A and
noted that B" (two), "the leaders agreed to extend" (the pair, their joint agreement), "raised the case of A and
asked that B" (two), "Both leaders condemned A and reaffirmed B" (two, the pair), "An edited transcript follows."
(none), turns labelled "Prime Minister X:" and "President X:" (each turn one statement; the President's over two
paragraphs; the opening thanks "Thank you all for coming." and "Thank you, Prime Minister, and thank you for the
welcome ..." cut as courtesies, the closing "Thank you very much." cut), "Question (Outlet):" turns (none) whose
premises name speakers ("the families say A", "the opposition in Ostria says A"), an unlabelled "Question:" (none),
"Media contact:" (furniture)); an embassy's press release rebutting a newspaper article ("has taken note of the
article by X" (none), "The article claims that" / "states" / "suggests that" (the article's author the text names),
"citing "a senior ... official"" (nested), "This is not true." and the facts after it (the release's own narration, no
cue, none), "The Embassy rejects this allegation" (a position), "The Agency found no irregularities" (the agency's
finding), "The Embassy notes that", "The author quotes X as saying that A" (the author's, X's A nested), "would point
out that", "regrets that", "has asked The Kessmark Ledger to publish a correction" (a request), "remains open to"
(none), "Ambassador X said: "..."" (one)); a ministry's questions-and-answers page on a livestock disease (the
questions (none), "the Ministry confirmed bluetongue virus ... in a flock" and "which confirmed the virus" (a
laboratory confirming a finding, none), "The Food Standards Authority has confirmed that", "reported sick ewes to the
Ministry" (no content, none), "The Chief Veterinary Officer, Dr. X, said:" over a quoted paragraph (one), "has advised
against culling, because B" (a position with its reason), "X, which the Ministry consulted, said", "announced on 12
August that", "Farmers' leaders have asked for the vaccine to be offered" (the open group's request), "said in a
statement that A and that B" (one), "has advised the Minister that", "The Minister has said that", "has told the
Ministry that A, which it attributes to B" (two, the attribution a view of a cause), the helpline line (none)); a
city's flood updates page, newest first ("has declared a state of local emergency" (an act), "In a video message
posted on the City's channel, she said: "..."" (one), "according to X, which expects the crest ..." (two, the
relative's forecast its own statement), "said A. He urged B. "C," he said. "D."" (four), "X reports that" and "The
utility said", "The City has opened a reception centre" (none), "said A and that B" (one), "announced that", "told
reporters that", "Asked whether ..., she said A, "B."", a resident "who declined to give her name" (the description),
"should call 311" and "Media inquiries:" (none)).

build_bp_paper.py, five North American newspaper articles: a mural painted over (a headline "..., city admits;
artist 'heartbroken'" (the public works director who first confirms it below; the artist's verbless half none), a
deck with no cue, "confirmed Wednesday", '"A," he said. "B."' (two), an artist described before she is named, "Can it
be restored?" (none), "told the Courier A and that "B" C" (one), "cautioned that", "did not return calls" (none), "called
the loss "B" and said C" (two), "Not everyone ... was upset." and "Others disagreed." (none), a mother described in a
who-clause who then speaks, "said in a statement that it was "B" and offered to help raise money" (the offer an act),
"According to city records" (the city), "A spokesperson for X said" and "the spokesperson said" (X), an interrupted
quotation in small letters (one, in parts)); a covered bridge closed to trucks (a headline "after inspection finds rot"
(none, as "inspectors find mice"), a deck "Farmers say A" (the open group; one farmer quoted) and "selectboard weighs
..." (none), "town officials said", "The report, prepared by X, described A as "B" and recommended C" (two; X, the
report's maker), "said their milk hauler had already told them he would add a surcharge" (hers; the hauler's nested),
"Is a new concrete bridge cheaper?" (none) and its answer "said it might be, but that B" (one), "Not everyone agrees."
(none), "has urged the board to", "According to the estimate, A" (the firm the text names as giving the estimate),
"said in a letter to parents that", "said A, which he said would B" (two)); a drive-in theatre closing (a deck "Owners
cite land sale" (the couple the story names, round 58's "Board cites X") and "fans plan ..." (a plan, none), "its
owners announced", "They would not say how much" (none), a couple and each of them apart, "said in a statement that it
was "A" and that it would "B"" (one), "It did not say how." (none), "A, she said", "a post ... calling for a final
"honk-out"" (the post's author the next sentence names), a quotation in which "My dad said A" (nested), "Some want
more than a farewell." (none), an interrupted quotation in small letters (one, in parts), "According to the X
Association, A, down from B" (the whole sentence after the cue)); a school band barred from a parade (a deck "Band
director says students 'did nothing wrong'; parade committee cites insurance rule" (the director; the committee chair
who gives the rule below), "voted 5-2 ... after the school district said A, committee chair X said" (hers; the
district's nested), a follow-on quotation of three sentences (one), "Did the committee consider a waiver?" (none),
"said he proposed A, but that the idea "B"" (one), "called the decision "B" in an email. He wrote that A and asked B"
(three), "said A "B," but would not promise a vote" (one), "said in a Facebook post that", "The company later removed
the words "..." its chief, X, said, because "B"" (one, in parts)); a 200-year-old oak felled, with page noise (a
breadcrumb, "Published ... | Updated ...", "Share this story", "Listen to this article", "Advertisement",
"Related:", a newsletter line, "Comments (37)" with readers reporting what the forester said, "Most Read" with the
headline repeated (all none); a headline "..., as city says tree was 'a hazard'" (the urban forester who says it in
the lede), signs reading "..." (none), "said the report found A" (his; the report's maker nested), "Not always,
according to X" (X's), "The city's report, written by X, says A and recommends B" (two; X), "did not respond to a
request for comment" (none), "A city spokesperson, X, said", '"A," the group's chair, X, said' after the group's
"said it would ask the council to adopt a bylaw", "A, the city said").

All invented: places, bodies, outlets, companies and people, dated 2043. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- A joint press conference's turn that opens with thanks ("Thank you all for coming.", "Thank you, Prime Minister, and
  thank you for the welcome in X.") has the thanks cut as a courtesy (BN's "Thank you, Dragan, and welcome to ..."),
  and a closing "Thank you very much." after an answer is cut too; "I hope not." is the answer, a statement.
- An embassy's rebuttal speaks through its cues only ("The Embassy rejects", "notes that", "would point out that",
  "regrets that"); its bare "This is not true." and the facts after it are the release's narration (a body's own
  release, as round 46's "The measures include:"), none.
- "The Agency found no irregularities" (a finding with a noun object) is the agency's statement, as "found that";
  "the Ministry confirmed bluetongue virus ... in a flock" is a confirmation of a test result, none (round 58's
  laboratory "confirmed the strain as X").
- "rated"/"described the bridge's condition as "poor"" is a characterisation, a statement (round 39's "remember X as
  Y", "described him as"); content 'the bridge's condition as "poor"'.
- "officials from both sides said" keeps its mention (an open group of officials, not the two states the text names).
- "has advised against culling, because B" is a position with its reason, one statement, content "culling, because B".
- "A post in a local history group calling for X" whose author the next sentence names ("Its author, NAME, said")
  speaks as the author (round 47's "an article ... introduced with its named author").
- A deck's "Owners cite land sale" over a couple the story names as the owners is the couple (round 42's "Founders
  say" for a named pair, round 58's "Board cites X"), speaker as the text names them together ("Walt and June
  Espinoza-Harrow").
"""
import build_bp_wire  # noqa: F401  (each module adds its documents)
import build_bp_gov  # noqa: F401
import build_bp_paper  # noqa: F401
from invented_common import write

write('invented_bp_gold.jsonl', per_document=True)
