#!/usr/bin/env python3
"""Builds invented set BJ: a held-back set of round 57 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles
(ids bjNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2040; the documents are in three
modules, one per kind. Genres are the round's list, none used by sets BA-BH.

build_bj_wire.py, five wire stories: a Bloomberg-style cocoa price spike (a headline "..., Traders Say" (the open
group), deck bullets with and without a cue ("New York futures up 9%" none; "Top grinder says" the chief executive the
story quotes), '"A," said X. "B."' (two), "Traders reckoned" (a cognition cue), "Exchange data showed" (the data's),
"A, Chief Executive Officer X told analysts" (the clause before the cue), "Asked whether ..., X said it would not", "He
declined to say" (none), "said in an emailed statement that it "..." and would not comment" (one), "Not all analysts
expect" (none), "wrote in a note that A and that B" (one), "expects a global deficit" (a forecast, a statement)); an
AP-style marathon doping ban (a headline "...; he says lab erred", "denies doping" (a position with a noun object), "In a
statement released by his management, he said" (his), an interrupted quotation in small letters (one), "Was there any
chance of a mix-up? X said there was none. The two samples, she said, ..." (two), "said it was "..." and would
support" (one), "did not respond" (none), "Race organizers said" (an open group), "wrote on social media that A and called on B" (two)); an AFP-style
earthquake early-warning failure (a headline "Quake alert came 'too late', Ostrelian officials admit", "officials
admitted", "according to the National Institute of Seismology, which runs the system", '"A," X told AFP. "B."' (two), a
minister who "ordered an independent review" (an act) "and said" (a statement), "Of the 11 dead, seven were inside, X
said. More than 140 people were injured" (the figure after the cue the narrator's), "Seismologists have long warned",
"acknowledged that", "called the failure "unforgivable" and demanded the director's dismissal" (two)); a TASS-style
polar route opening (a headline dash " — Transport Ministry" (the ministry, whose press service speaks first), "the
press service said" over a quotation with "According to satellite monitoring data" inside (one), "stressed that "..."
and noted that B" (two), "Asked by TASS whether ..., X said", '"A," X told reporters. B, he added.' (two), "According to him,", "Earlier, X said A and that B" (one),
"A source in ... told TASS" and "The source did not rule out that", "called A "B" and urged C" (two), "The ministry's
press service replied that"); a Reuters-style trawler seizure in a fishing dispute ("summoned the ambassador" (an act)
"and called the seizures "..."", '"A," X told reporters. "B."' (two), "rejected that, saying B" (B only), a skipper
described before he is named ("The skipper of one of the trawlers, ..., said ... The skipper, Arne Valdersen,"),
executives "who asked not to be named", "said last month" (dated), "Analysts said", "X met Y's deputy, Z. He said
afterwards" (Z: the subject is a woman, the possessive man was not there), "said it was "..." and urged B" (two), "did
not say whether" (none)).

build_bj_gov.py, six government texts: a president's state-of-the-region address excerpt with the press's questions
after it (the address one statement, its salutation and "Thank you." cut; the moderator's turns none; question premises
naming a regional governor ("said last week that"), an employers' federation ("has warned"), a minister ("told
parliament in March", dated), the opposition leader ("says the Fund is "..."") and a poll ("a poll by X found that",
the pollster's) and the Audit Office ("reported in June", dated), their questions none; "THE PRESIDENT:" answers one
statement each, "(laughter)" parting one in two, "he told me he would" and "has told us that" and "The rector has told
me that" inside answers (nested), "Yes. Next Tuesday, ..." (an answer, a statement), "I will leave that to the
Minister" (a hand-over, none)); an environment ministry's readout of a negotiation round ("The delegations stressed:"
bullets (the two heads the lede names, in its order), "reviewed" and "discussed" none, "noted that A and that B" (one),
"She proposed:" bullets, "The Morrowenian side expressed understanding of A but pointed out that B" (two; the side's
head), "suggested that", "raised the issue of A, noting that B" (one), "informed its counterparts about <topic>" (none)
and "informed the Aldevarian side that" (a statement), "expressed regret that", "The observers ... reported that" (an
open group), a commission secretary-general's "said in a statement issued in Brussels that", "The delegations agreed to" (the pair), "thanked ... for its constructive approach" (a courtesy), "told
journalists: "..."" (direct)); a coroner's inquest findings (a "Presiding Coroner:" line, witnesses who "told the
inquest", "gave evidence that", "accepted that", "Asked by counsel ..., X said it did not", a chief executive who
"wrote to the court that", counsel who "submitted that" (three), "I find that A and that B" (one), "I accept the
evidence of X that A" (the coroner's finding), "The records of the ambulance service show that" (the service's), "I
recommend that:" over lettered items (each the coroner's, without the letter), "I extend my condolences" (none)); a
housing regulator's enforcement notice with the landlord's response ("Their inspection report records that:" bullets
(the Authority, whose inspectors made it), "The Authority requires X to:" bullets (acts, none), a tenants'
association's "said ... "more than 200 times"", a medical adviser who "advised that", "Several tenants told inspectors
that", "One tenant, a nurse who asked that her name not be published, said" (the description), "The Authority notes
that", the director's "said: "..."" (one), the company's response printed in full after "follows in full" (one
statement of its signer, its "Our surveyors found that" nested), "maintains that", "welcomes A, but notes that B"
(two)); a provincial legislature committee's clause-by-clause minutes ("Members present:" with "(Chair)" and
"(Vice-Chair)" and "Staff:" lines that define "The Vice-Chair" and "Legislative Counsel", "called the meeting to
order", "Correspondence: Letter from X, advising that" (X's), motions "moved that" and "carried on division", "lost on
division", "The Title carried" and "Ordered, that" (none), "stated that", "advised that", "said that A but was concerned
that B" (one), "expressed concern that", "requested that the Ministry provide" (a request, a statement), "noted that the
Chief Judge ... had told the committee that" (his; hers nested), "acknowledged that A but stated that B" (two), "argued
that", "asked whether" (none) and "The Vice-Chair replied that", "thanked members" (none)); a border agency's weekly
operational update (the release's own summary bullets and figures (narration), "has said", a station chief's "told
local radio that", "Travellers are advised to" (none), "Commissioner X said:" over two quoted paragraphs (one; "he
assured me that" inside nested), "The Agency disputes this, saying B" (B only), "According to the National Crime
Office", "Asked whether ..., she said it did not, and that B" (one), "a report by X that A" in an "Asked about" clause
(X's, cue "report"), "put it to the Commissioner that" (a question put, none) and her answer, "Next update:" and
"Media:" furniture).

build_bj_paper.py, five North American newspaper articles: a school lunch program's end (a headline "..., board says"
and a deck "Trustees blame lost state grant; parents plan to pack next meeting" (the board, which speaks first in the
lede; the plan none), "A, district officials estimate, B" (one, in two parts), '"A," said X. "B."' (two), a trustee
"who cast the only vote against the cut" (background), a group of parents named later ("They call themselves Lunch for
All Fairmont"), "Is that claim about absences true? District data ... show" (the district's), "though officials said",
"said she had asked X to reconsider, and that she expected "..."" (one), "did not respond" (none), "wrote in a letter
to families", "She remembers when ..." (a scene told)); a zoning fight over a mosque (a deck "Planning director says A;
neighbours cite B" (the director below; the residents' group), "has sought permission since 2038" (none), "told the
council that A, and that his staff recommended approval" (one), "More than 60 residents spoke in support of the
project", '"A," he said. "B."' (two), "a retired engineer named X", "He would not say" (none), "Asked whether ..., X
said, "..."", "That gives the society a strong hand, according to X", "asked staff to report back on whether" (none),
"X walked Y to his car. He said later" (the subject)); a junior hockey arena's roof (a headline "'...,' engineers'
report says" and "according to an engineers' report released by the city" (the firm that prepared it, the city only
released it), "city promises answers" (the mayor), '"A," X said in an interview. "B."' (two), "the report estimates",
"He admitted", a player's quotation with his coach's words inside (not nested: a direction, no statement), "Is the city
to blame?" (none), the inspector "who asked not to be named" (the description), "The report recommends that"); a
transit fare increase (a headline with no cue, a deck "Riders' group calls increase '...'" (the alliance named below),
a vote (an act), '"A," she said. "B."' (two), "The two commissioners who voted against, A and B, said" (the pair),
"questioned the staff's ridership forecast" (a position), "called it "..."", a quotation and its follow-on paragraph
(two), "Is that realistic? X said it was "optimistic." A, he said, B" (two), "said A and urged B" (two), "said he was
"disappointed" but would not ask" (one)); a diner's closing with page noise (a breadcrumb, a byline's time stamps,
"Share this story", "Advertisement", "Related:", a newsletter line, "Comments (41)" with a reader's comment reporting
the owner's words, "Most Read" (all none); a deck "Owner says ...", "A, he said" whose clause names the speaker himself
(the clause is the content), "She remembers the night of the 2011 flood, when ..." (a scene told), an interrupted
quotation '"He used to say," she said, "that ..."' (one, the father's words nested under the only name the text gives
him), "said she had asked city staff whether ..., but that "..."" (one), "A note taped to the register reads" (none),
'"A," he said. "B."' after "Will the diner reopen somewhere else?" (two)).

All invented: places, bodies, outlets, companies and people, dated 2040. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- "The delegations" of a negotiation round whose readout names the head of each delegation are those two heads, in the
  order the lede names them, as "The sides" of two named people and "The X delegation" its head (round 33's open
  "the delegations" is a group whose members the text does not name).
- "The Agency disputes this, saying B" gives B only, as "disputed that, saying B" (round 52); the Agency's "its own
  records show that" stays inside B.
- "expressed understanding of X" is a position with a noun object, as "expressed concern over X"; "expected a global
  deficit of N" (a body's forecast) is a statement, as "put X at <figure>".
- An inspection report's "records that:" bullets are the body whose inspectors made it; "The Authority requires X to:"
  bullets are acts, as a commission's "ordered" and "required".
- A player's "Coach told us to pack our bags" inside his own quotation is a direction, no nested statement.
- "A, he said" where A names the speaker ("Retired mail carrier NAME, 79, has eaten ... since 1988, he said") keeps the
  whole clause before the cue as the content.
- '"He used to say," she said, "that A."' is one statement of the one who quotes, its first part a report of the
  father's words, nested under "Stavros", the only name the text gives him.
"""
import build_bj_wire  # noqa: F401  (each module adds its documents)
import build_bj_gov  # noqa: F401
import build_bj_paper  # noqa: F401
from invented_common import write

write('invented_bj_gold.jsonl', per_document=True)
