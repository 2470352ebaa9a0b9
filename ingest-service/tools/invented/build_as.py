#!/usr/bin/env python3
"""Builds invented set AS: an unseen set of round 49 (issues 9 and 10), written by "writer" before the extractor ran on
it; its classified misses, with newly invented examples, go to engineers who do not see AS. Five wire stories, six
government texts, five North American newspaper articles (ids asNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AR.

build_as_wire.py, five wire stories: a Reuters-style appeal court voiding a battery patent (deck bullets: the court's
"voids" (a decision, none), "Voltaris says will ask ..." (the company) and a headline dash "Rival Kestrel Cells
'vindicated' - CEO" (the rival's chief executive, whose quotation the story gives for the word, not the other company's
chief executive), "struck down" (none), the court's "said A, and that B" (one), a company statement and "the statement
said", "told analysts" with a follow-on, "Asked whether ..., X said", "welcomed the ruling", "Two people familiar with"
and "One of them", "declined to comment" and "could not be reached" (none), analysts who "said A, though they noted B"
(two), "has said it plans"); an AP-style mass stranding of pilot whales (the department in the lede, "said A and that B"
(one), an operations manager's quote and follow-on, "She said a fisherman had told rangers that" (the fisherman's
nested), "according to" a volunteer network, a biologist, "A ranger who asked not to be named", the university's
statement, "Volunteers were asked to" (agentless, none), "Police urged", a teenager's '"A," he said. "B."', "would not
say" (none) then "said only that"); an AFP-style museum handing back bronze heads (the museum, the director's quote and
follow-on, "the museum maintained", "A commission of historians concluded in 2031", a minister's "said A and that B"
(one) and "called on", a ruler's message "read out at the ceremony" (his), a panel's words (a sign, none), "what Ostland
newspapers call the 'Ambara question'" (a group's term, none), a named pair of museums "said in a joint statement",
"Some curators ... have warned", "told AFP", an unnamed delegation member, a ministry's mixed content, "declined to say"
(none), a dateline code line (none)); a Bloomberg-style cocoa price record (a deck "Chocolate maker Brunnhof says", a
ministry's lede "said" in an after-clause, "said in its weekly crop bulletin", "It urged", a deputy minister's quote and
follow-on, a cocoa board's "said" and "did not say whether" (none), "according to three traders who asked not to be
identified", "told Bloomberg Television that A, 'B'", "Analysts at X estimated", "Not everyone expects" (none), a
strategist's "said A, and that B" (one) and "she wrote in a note", a grower, "according to" the deputy minister); an
AP-style transit strike (the union's "said its members had rejected" (one statement), a local president's quote and
follow-on, the authority's "said A - B - was '...' and that C" (one), "told reporters", a quotation its cue interrupts
(one statement in two parts), "He said he would not negotiate" (a statement), "would not say" (none), an anonymous
negotiator, "Under state law," (none), a mayor who "urged A and said B" (two) and posted a quote, a nurse's indirect line
and quote, a chamber that "estimated" and its president, "Asked how long ..., she said:").

build_as_gov.py, six government texts: a Senate committee's report on a pension bill (the committee's own narration and
amendments (none), "told the Committee", "argued", "testified", "In his view,", "Asked by Senator X whether ..., Dr. Y
said", "Several witnesses argued" (an open group), "put it this way:" before a quotation, "supported the bill" (a
position), "It submitted that", "objected to the change" (a position), "questioned whether", "noted", "The Committee
recognises that", bullets under "the Committee is concerned that:", "The Committee recommends that", a dissenting opinion
under its senator's heading (one statement, the reports inside it nested)); a ministry's news release approving a wolf
cull ("has approved" (an act), "a recommendation from the Ministry's caribou recovery team, which concluded in its 2033
assessment that" (the team's), the minister's quote and follow-on, a biologist who "said" and "added", "Many
respondents, including X, argued" (the open group), a First Nation that "told the Ministry", "supported A and urged B"
(two), "Quick facts" bullets of narration and one "according to a Ministry monitoring report" (the ministry's), contact
lines (none)); a customs agency's release on a tortoise seizure ("the Agency announced today" with a clause (its
statement), a chief superintendent's "said" after the content and his quote and follow-on, arrests and charges (acts),
"Under the Act," (none), a zoo veterinarian's "said A but that B" (one), "The Agency has asked X to confirm where" (a
request for information, none), "According to the Agency's figures", a society that "welcomed the arrests", its director
who "said A and called on B" (two), bullets under "The Agency reminds travellers that:", a press office line (none)); a
school board's minutes (attendance lines, motions, votes and a lapsed amendment (none), a delegate who "told the Board"
and "urged", a trustee's question (none) and "The Secretary-Treasurer replied that", "The Superintendent reported that"
and "She noted that", "briefed the Board on" (none), "The Committee recommends that" (the Policy Committee), "said she
supported A but was concerned that B" (one), "stated that in his view", correspondence items "Letter from X ...
advising that" and "Letter from X expressing concern about Y" (X's), "reported that", a member of the public's question
(none) and "The Chair responded that" (the chair the attendance line names)); an elections office's release on a
judicial recount ("has confirmed X as the member-elect" and "was requested by" (none), a results list (none), a
returning officer who "told the court", counsel who "argued" and "submitted", an unnamed deputy returning officer who
"acknowledged in a written statement" (her description), a judge's "ruled that A, and that B" (one) and "In her oral
ruling, she said:", the chief electoral officer's mixed content and "He said", "According to the records of X",
"congratulated" and "thanked" (courtesies, none) "and said", "Under the Elections Act," (none), a background section of
narration); an integrity commissioner's release on a minister's breach (a headline "Integrity Commissioner finds ..." (hers, as
AK's "..., investigators find" and AR's "city evaluation finds"), "tabled" (an act), "The Commissioner found that",
bullets under "In her report, the Commissioner found that:", "found no evidence that A, and concluded that B" (two),
witnesses who "told the Commissioner", a company that "submitted", "In his submissions, Mr. X stated that", "did not
accept this explanation" (a decision, none), "She noted", a quotation "the Commissioner wrote", "Under section 31 of the
Act, the Commissioner recommended that" (hers), the minister's written response "he wrote that A and that B" (one),
boilerplate about the office (none)).

build_as_paper.py, five North American newspaper articles: a recall petition against a mayor (a deck "Clerk says ...;
mayor calls effort '...'" (the clerk and the mayor the story names), the lede's "the city clerk said" named next, "said
A, and that B" (one), an organizer's quote and follow-on, "called the recall '...' and said" (two), "The 61-year-old, a
former high school principal ..., has said" (the mayor), a developer's emailed statement, "Not all of the mayor's critics
back the recall" (none), a councillor, an unauthorised city official, a question in narration (none), "would not say"
(none), "Under state law," (none), the so-called "river vote" (a scare quote, none), a diner regular, a copyright line
(none)); a boy's dinosaur find in the feature present (a deck "'...,' museum curator says" (the curator the story
quotes), "says Owen, who is 9" with a follow-on, "Paleontologists from X say" (the open group), "The jaw, says Dr. X, is
..." (one statement in two parts), "remembers" with a scene, a quotation that quotes the boy's words (his, nested),
"Under the province's Historical Resources Act," (none), "The family says", the grandfather, "According to the museum",
"Not every expert expects" (none), an outside paleontologist, a question in narration (none), a photo caption (none)); a
salmon fishery closure (a deck's headline dash "'...' - biologist" (the agency biologist the story quotes), "closed ...,
saying", "according to the agency", a regional director, the biologist's quote and follow-on, "Scientists suspect", a
First Nation and its chief's "called A '...' and said B" (two) and a quotation reporting the elders' 2024 warning (the
elders', nested), "The agency has disputed that", "Commercial fishers ... said" (an open group), a skipper, "did not say
whether" (none), a member of Parliament who "urged", a lodge owner's two indirect lines and quote, "Not everyone is
ready" (none)); a title fight ("told reporters" after a quotation with a follow-on, "conceded A but insisted B" (two), a
quotation that names the champion by nickname (the speaker's), a trainer who "protested that", a referee's "ruled that",
"according to the state athletic commission" inside a dash-set aside (the commission's), a trainer's "said she had told
him ... to" (one), a promoter's mixed content, "declined to discuss" (none), "Asked whether he would retire, the
31-year-old champion laughed" (none) then his quote, "a commission spokeswoman said" (the unnamed spokeswoman), a fan,
the champion's mother named by first name only); a county's dark-sky ordinance (a deck "Commissioners vote 2-1; mine
says ..." (the vote none, "mine" the owner whose letter the story gives), "Astronomers at the observatory say" (the open
group), the ordinance's terms (none), a commissioner's quote and follow-on, bullets under "told commissioners in
September that the observatory needed three things:" (the director's, cue "told"), "According to measurements by the
observatory", "said in a letter to the commission", a mine manager, "called it '...' and said" (two), "Some business
owners have complained that", a motel owner, "the Juniper County Planning Department said" after the content, a question
in narration (none)).

All invented: places, bodies, outlets, companies, teams and people, dated 2034. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on the
texts. Decided here, where the conventions are silent:
- "found no evidence that A" of a commissioner is her finding, content "no evidence that A"; "did not accept this
  explanation" is a decision, none (as a body's "rejected this argument").
- A deck's headline dash with a bare "CEO", in a story with two chief executives, is the one whose quotation the story
  gives for the dash's words.
- Bullets under "told X that the observatory needed three things:" are the teller's, cue "told" (a colon lead-in with a
  cue).
- Minutes' correspondence items speak for the letter's sender: "Letter from X ..., advising that A" is X's A, "Letter from
  X expressing concern about Y" X's Y; a board's motions, votes and a lapsed amendment are acts.
- A body's own release "the Agency announced today" with a clause is its statement; "has asked X to confirm where ..." is
  a request for information, none.
- A museum panel's words ("a panel described them as '...'") are a sign's, none; "what Ostland newspapers call the '...'"
  is a group's term, none (round 48's "what the industry calls X").
- A quoted utterance inside a quotation ("He said, 'Mom, I think I found a dinosaur,'") is marked nested (optional in
  scoring), as the set marks every report inside a statement; AQ left the same shape out.
- "according to X" inside a dash-set aside on a person gives the aside's description to X.
- A report's dissenting opinion under "DISSENTING OPINION OF THE HONOURABLE NAME" is one statement of NAME (round 47's
  "Remarks by NAME"), the Chief Actuary's testimony and the committee's recommendation it reports nested.

usage: python3 ingest-service/tools/invented/build_as.py  (writes src/test/resources/eval/invented_as_gold.jsonl)
"""
import build_as_wire  # noqa: F401  (each module adds its documents)
import build_as_gov  # noqa: F401
import build_as_paper  # noqa: F401
from invented_common import write

write('invented_as_gold.jsonl', per_document=True)
