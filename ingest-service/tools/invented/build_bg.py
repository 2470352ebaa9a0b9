#!/usr/bin/env python3
"""Builds invented set BG: an unseen set of round 56 (issues 9 and 10), written by "writer" before the extractor ran on
it. Five wire stories, six government texts, five North American newspaper articles (ids bgNN-kind-..., 01-05 wires,
06-11 government texts, 12-16 newspapers), dated 2039; the documents are in three modules, one per kind. Genres differ
from those of sets BA-BF.

build_bg_wire.py: an AFP-style volcanic ash airspace closure (a deck "airline warns of 'days, not hours'" (the carrier's
chief executive the story quotes for it), "the aviation authority announced" in the lede, "said in a statement, adding
that" (two), "according to the X Institute. The institute expects" (a cognition cue), a director introduced by role
before his name, "The magma, she said, "..."" (one in parts), "Was the closure necessary? Some pilots questioned the
decision." (the question none, "questioned" a statement), an anonymous captain's description, "rejected that view" (a
position), "The authority, he said, had measured" (one in parts), a stranded nurse's "She added that", a ministry's
"urged"); a Reuters-style drug recall (a headline dash " - regulator" (the agency, which speaks first), "Drugmaker X is
recalling ..., the regulator said", "Patients should not stop ..., the agency said, but should ask" (one, START|END),
"said in a video posted on the company's website that", "According to the agency," and "Neither is in danger, it said",
"accused the regulator of", a quotation with a question in it (the quotation one statement), "denied that", "The link
..., she said, had been found" (one in parts), a union's "warned that A, and urged B" (two)); an AP-style port
cyberattack (a headline "...; hackers demand ransom, officials say" (one, the port officials of the lede), "according
to two people familiar with the investigation who were not authorized ...", "said in a statement that it had "..." and
that B" (one, mixed), "Asked whether ..., X said an outside audit had found "..."" (the audit nested), "told reporters
that ... but he declined to name it" (the refusal none), a trucker's follow-on quotation, "told customers in an email",
"said A. He called that "a disgrace," and said B" (three), "Port officials, he added, had told him" (his; the officials
nested), "has not commented" and "Her spokeswoman said only that"); a Bloomberg-style football club takeover (a deck
"Fans' trust says ..." (the trust's chair, who echoes it), a cue-less deck bullet (none), "it said in a filing",
"He said A. The fund, he said, would put ... "within a year."" (two), "said A and accused the board of B" (two), "denied
that", "declined to comment on whether" (none), "he told the Sports Committee" and a follow-on, "according to its
annual report" (the club's)); a TASS-style glacier-lake flood warning (a headline dash " - Emergencies Ministry" (the
ministry whose press service speaks in the lede), "the press service ... told VESTA", "According to the ministry,",
"did not rule out" inside "said that", "believes that" of an institute, "noted that" and "stressed that ... "..."",
"said that A and that B" (one), a farmer's "told VESTA that" and quotation, "Residents are not convinced." (none), a
president's "instructed the government to" (a statement), "The ministry recalled that").

build_bg_gov.py: an interior ministry's readout of a meeting with a regional governor ("The parties discussed" none,
bullets under "The Minister stressed:" (his), "informed the Minister about <topic>" (none) then "She said that A and
that B" (one) and "According to the Governor," bullets under an agentless "It was noted that:" (none, round 39),
"reported that" and "proposed that" of a colonel named with his office, "supported the proposal and instructed X to V"
(two), "expressed concern about", "noted that", "informed the participants about <topic>" (none) then "According to
him," "The Minister instructed him to", "thanked" (none), "The Minister and the Governor agreed to meet" (the pair)); a
legislature committee hearing transcript ("Members present:" and "Witnesses:" lines, "The Chair (Ms. X):" turns that
only run the sitting (none), a witness's opening with "Thank you, Chair." cut and "Our members told us in a survey that"
nested, a member's interjection "That's not true." (a statement), the Chair's "Order. ..." (none), a member's premise
"The ministry's own costing shows that" (the ministry's; the question none), "your union's own newsletter reported in
August that" (the union's), "the minister told the House last week that" (the minister's), "Interjection." (none), a
member's "Chair, I think the witnesses should know that ..." (his, the address cut), the recess (none)); a health
agency's press briefing transcript (a "Speakers:" line naming the spokesperson, "Spokesperson:" turns (his) that open
and close the briefing (none), the Chief Public Health Officer's opening over four paragraphs (greeting kept,
"Hospitals in the north ... have told us that" nested), "Q:" turns (none) with premises "The Brenna health minister
said on Friday that", "Parents in Holmsvik say" and "The manufacturer, X, says" (statements), "The opposition health
critic, NAME, told Parliament yesterday that", "I'm not going to comment on what provinces should legislate." (a
refusal, none), "I'll ask Dr. X to answer that." (a hand-over, none), "Our modelling suggests that" nested); a labour
tribunal's ruling summary ("Solheim-Barre v. Harborline Transit Authority": "The applicant" is Solheim-Barre, the
disclaimer none, "complained that", "told the Tribunal that", "asked the Tribunal to order her reinstatement" (a party's
request to the body deciding, a statement), "The Authority submitted that A and that B" (one), "Its maintenance manager
testified", an intervening union's "argued that", "The Tribunal finds that", "In the Tribunal's view,", "does not
accept the Authority's evidence that" (a statement), "the applicant's supervisor conceded", the order (none), a
concurring member's "In her view," and "She notes that"); an electoral commission's statement with its chair's remarks
("confirmed that A and that B" (one), "regrets the inconvenience" (a statement), "has alleged that", "It found no
evidence that A and rejects the allegation" (two), an observer mission's "reported that" and "recommended that",
bullets under "The Commission also:" with their own verbs ("reminds", "notes", "calls on"; one each), three quoted
paragraphs under "Remarks by the Chair of the Commission, NAME, at the press conference:" (one statement, greeting
kept), "Asked whether ..., Ms X said", a party's "said in a statement that" and its leader's "told supporters that",
"Media contact:" (furniture)); a town council's minutes ("Present:", "Absent:", "Staff:" lines, motions "Moved by ...,
seconded by ..., THAT ..." and "CARRIED." (none), a delegation's "stated that A and that B" (one), "asked Council to
move A ahead of B" (a request to the body deciding, a statement), "noted that", "Councillor X asked whether" and "asked
why" (none) with "replied that" (statements), "The Director of Infrastructure Services presented the report" (none)
then "He advised that" and "He stated that" (the director the "Staff:" line names), "expressed concern that", "He said
he would not support ... "..."", "The Mayor noted that A and said she would write ..." (two), a fire chief's "reported
that A, and thanked B" (A only), "The Clerk reported that", "Received for information." (none), the signature lines).

build_bg_paper.py: a teachers' contract vote (a deck "Union president says deal '...'; district calls it fair" (the
federation president; the superintendent, round 52's deck noun for a public body), "voted ... to accept" (an act),
"The X Federation said 81% ... approved", '"A," said X. "B."' (two), "Teachers at two elementary schools, she said, had
classes of 31" (one in parts), "called the agreement "..."", "Not all teachers were happy." (none), "a 47-year-old
English teacher said" named in the next sentence and "The 47-year-old said", "The cap on class sizes, he said, "..."",
a mother's quotations, "Her neighbor, X, said", "He blamed the board for", "members rejected the district's previous
offer" (bargaining, none), "did not respond to a request for comment" (none)); an emergency room's overnight closure (a
headline ", hospital says" (the operator, which speaks first), a deck "Residents fear longer ambulance rides; nurses
blame staffing 'crisis'" (open groups, round 39; "fear" with an object a cognition cue, round 40), "its operator announced", "told the Herald-Sentinel" and a follow-on, "The hospital also relies on ..., he
said" (his), "Nurses have their own explanation." (none), a union chair's quotations, "denied that", "Hospitals across
the region, he said, were competing" (one in parts), "Paula Stenberg, 68, said" and her friend's "She said" after two
women (the friend), "asked hospital officials what ..." (none) and "He did not get an answer, he said.", "according to
fire chief X", "The longer drive, he warned, would keep" (one in parts), a senator's "said she had asked" and "In a
letter to the department, she wrote that "..."" (direct), "The department said"); a youth hockey hazing case (a deck
"Parents of 14-year-old say ..." (the couple named below), "coach suspended" (none), "The association's board voted ...,
X said in an interview" (a statement), "Janelle and Curtis Whitcombe, told the Examiner" (the pair), "asked that their
son not be named" (none), "Her husband said" (the other of the pair), "According to Curtis Whitcombe, an assistant coach
had told him ... that "..."" (the coach's nested), "did not respond" (none), "His lawyer, X, said in a brief statement
that her client "..."", "confirmed that ... "looking into it."", "He would not say whether" (none), "Other parents on
the team were divided." (none), "A mother of one of the older players, who asked not to be identified ..., said" (the
description) and "She said her son had told her that" (hers; the son's nested), '"A," he said, "but b."' (one), "X
said it had sent A and would review B" (one), "a spokesperson said", "The Whitcombes say"); a historic theatre's
demolition (a headline "...; 'we lost,' says preservation group" (the group's founder, who says it below), a deck
"Developer promises to save the facade; 1924 theatre's last owner says she had no choice" (the developer, which speaks
first; the owner named below), "voted 7-4" (an act), "has said it will", "told council", two "Photo:" credits, two
"READ MORE:" lines and a "Sign up for our newsletter:" line (none), "The 71-year-old retired music teacher said",
"The group says", "She told the Standard she had no choice", "Coun. X, who voted against the motion, said" ("voted" in
the relative clause none), "called the facade plan "..."", "An engineering report commissioned by the city in 2038
found that" (the report's: a commissioner is no maker), "a heritage architect hired by X, NAME, told council", "The
building, she said, could be restored" (one in parts), "Brightwater did not say when" (none)); a food bank's shortage
(a deck "'A. B,' director warns" (the executive director), "the food bank's executive director said" in the lede
named in the next paragraph, "The 56-year-old, who has run the food bank since 2031, said", "Many of the new clients,
she said, are" (one in parts), a home health aide's and a retired mechanic's quotations, "Food bank officials blame
the shortage on three things: ..." (a statement), "A spokesman for the chain said", "The state agriculture department
said" and "A department spokeswoman said", "Volunteers say" (an open group), "announced Monday that it would A and
called on B" (two), "Its president, X, said", "County commissioners are expected to discuss" (none), the closing
"Email us" line (none)).

All invented: places, bodies, outlets, companies and people, dated 2039. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- A member's interjection in a hearing ("That's not true.") is a statement of the member; "Interjection." is none.
- "Was the closure necessary? Some pilots questioned the decision." gives the pilots' "questioned" (round 34), the
  narrator's question none.
- Bullets under "The Commission also:" whose items open with their own verbs ("reminds all parties that A") are one
  statement each, cue the item's verb, content after it (round 39's verbless lead-in).
- Three quoted paragraphs under "Remarks by the Chair of the Commission, NAME, at the press conference:" are one
  statement of NAME (round 55's address under a heading), cue "".
- A delegation's "asked Council to move A ahead of B" in minutes is a request to the body deciding, a statement (AY's
  party's request).
- "a fire chief reported that A, ..., and thanked B" gives A only (thanks a courtesy).
"""
import build_bg_wire  # noqa: F401  (each module adds its documents)
import build_bg_gov  # noqa: F401
import build_bg_paper  # noqa: F401
from invented_common import write

write('invented_bg_gold.jsonl', per_document=True)
