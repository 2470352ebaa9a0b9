#!/usr/bin/env python3
"""Builds invented set AQ: an unseen set of round 48 (issues 9 and 10), written by "writer" before the extractor ran on
it; its classified misses, with newly invented examples, go to engineers who do not see AQ. Five wire stories, six
government texts, five North American newspaper articles (ids aqNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind. Kinds and genres differ from those of sets
AC-AP.

build_aq_wire.py, five wire stories: a Reuters-style medicines regulator's approval of a gene therapy ("approved ..., but
said" (the approval an act), "said in a statement that" with a quoted phrase, a chief medical officer who "told reporters"
with a quote and a follow-on, "according to figures compiled by" an insurance fund, a chief executive who "defended the
price ..., saying" (B only), a fund spokeswoman's "said A and that B" (one), "Patients' groups welcomed A but warned B"
(two, an open group), "Not all doctors are convinced" (none), a haematologist who "said A but cautioned B" (two),
"according to the agency's published assessment" (the agency's), "Analysts at X estimated", a sign-off line (none));
an AP-style heat-wave blackout (a lede's "the grid operator said" named next, "according to the authority's outage map",
a chief executive's quote and follow-on, "said A and asked B to" (two), "would not say" (none), a governor who "declared"
(none) "and said", "wrote on social media", a fronted place phrase in a hospital spokesman's content, a resident, a
commission that "ordered" (an act) "and said", its chair's "said the commission had warned in a 2032 report that" (the
warning nested), a weather office that "said A and warned B" (two), a grocer); an AFP-style painting theft (the lede's
prosecutor's office, a prosecutor who "told a news conference", "Investigators ... believe ..., she said" (one), a
so-called "museum squad" (a scare quote, none), a director who "told AFP" and "declined to name" (none), a minister who
"called A 'B' and said C" (two), "according to the museum's annual report", "A source close to the investigation,
speaking on condition of anonymity", "Art-crime specialists say" (an open group), a former police officer with a quote
and "He said", a visitor, "the museum said in a statement", a dateline code line (none)); a Bloomberg-style activist
fund's board seats (deck bullets: "Investors back ..." a vote (none) and "Holvik CEO says" (the chief executive),
"according to a preliminary count by X" and "the count shows" (X's), "has argued since", a founder's statement whose
surname is the fund's name, "had urged" then "In a letter ..., it said", "Two proxy advisers, A and B, had recommended"
(the pair), "according to people familiar with the voting who asked not to be identified", "Analysts were divided"
(none), "Others warned", "declined to say" and "did not respond" (none)); an AP-style rescue of lost hikers (the park
service in the lede, its spokeswoman, an incident commander with a quote and follow-on, "according to the park
service's search log", a father's "said his sons had told him that" (the sons' words nested), a quotation of a son's
words inside the father's quote (not the son's), a hospital spokesman, a hiker who "thanked" (none) "and said", "Park
officials have urged" (an open group), "according to the service").

build_aq_gov.py, six government texts: a labour relations commission's summary of an arbitration award (a disclaimer
(none), "The Union submitted" and "also argued" (the union), its counsel who "told the hearing", a witness who
"testified", "The Employer contended" (the transit authority), counsel who "conceded A, but maintained B" (two), "The
Arbitrator found" and "She found further", "In her words,", "acknowledged A, but held B" (two), "The award declares
that" (the arbitrator's), the order, remittal and dismissal (decisions, none)); a minister's radio interview transcript
released by her ministry (upper-case name labels, the host's turns questions (none) except premises that name a speaker
("The Consumers' Council said", "The opposition's energy spokesman, X, told this programme", "Some of your own
backbenchers say"), a greeting turn and "Thank you." (none), "A. (laughter) B." two statements, reports inside her
answers ("The builder, X, has told us in writing that", "The national water company told me") nested, a turn opening
"(laughs)"); a municipal budget hearing transcript ("THE CHAIR (Councillor X):" and "THE CHAIR:" turns procedural,
"MR. HALE:" the treasurer, "Thank you, Madam Chair." and "Madam Chair, members of the committee." cut, councillors'
question premises naming a body ("the library board has told us", "the province announced") or the delegate addressed
("you said"), the treasurer's reports of a letter and of the province nested, delegations' turns one statement each); a
data protection commission's press release on a fine ("has imposed a fine" and "has also ordered" (acts), bullets under
"In its decision, the Commission found that:", a company that "argued", "The Commission rejected this argument" (a
decision, none), "It noted", a commissioner's quotation under "said:", "Asked ... whether ..., Ms. X said", "The
Commission estimates", the company's "said A ..., but that B" (one), "welcomed the decision", "reminds parents that",
guidance bullets under a verbless lead-in (narration, none), notes to editors (none)); a court of appeal's press summary
(a disclaimer (none), "The trial judge found" (the judge named in the heading), "The Borough accepted that", "argued",
"submitted" (the borough, an intervener "which intervened"), "allows the appeal" and "gives the lead judgment, with
which X agrees" (none), "The Chief Justice notes" and "She holds", reasons without a cue (none), "adds", "Justice X,
dissenting, would have dismissed" (none) then "In his view," and "He warns", paragraph numbers in brackets outside the
contents, "remitted" (an act)); a consumer product safety office's recall notice (labelled fields "Product:", "Hazard:",
"Incidents: ... has received 23 reports", "What consumers should do:" (narration, none), "Two retailers told the
Office", "Testing at the Office's laboratory found" (the office's), a managing director's "said in a statement that A
and that B" and follow-on quote, the office's director who "said" and "urged", "The Office reminds consumers that",
contact lines (none)).

build_aq_paper.py, five North American newspaper articles: a hockey trade (a deck of two clauses, "GM says" and "Ward's
agent says", each the person the story quotes for it, a general manager's quote and follow-on, "would not name" (none),
an agent whose quotation names the player (the agent's), a post where the player "thanked" (none) "and said", "Not every
player was happy" (none), "called it 'A'", "according to a team document seen by the Standard" (the team's), "Fans
reacted quickly" (none)); cougar sightings (a deck "Conservation officers say" (an open group), "have warned residents
to", a sergeant of a named service with two indirect statements, a parks manager, a resident's quote naming her husband,
"Not everyone is alarmed" (none), a biologist who "urged" two things (one), "Anyone who sees ... is asked to report"
(none), "According to the service"); a tied council race decided by lot (a deck "..., challenger says" (the challenger the
story names), the lede's "the town clerk said" named next, a judge's "ordered" (an act) and "ruled that" (a statement),
"officials found three ballots" (a discovery, none), "declined to say" (none), "Some residents have complained that",
"Under the Municipal Elections Act, A" (terms, no source), "which she noted" inside a spokeswoman's content (nested),
"According to the clerk's office"); a class-action settlement over hidden fees (a deck "lawyer calls deal '...'" (the
lawyer the story quotes), "according to court documents filed ... by lawyers for the buyers" and "the documents say" (the
filers), scare quotes around fee names (none), "denied any wrongdoing" (a position), "In a statement, the company said",
"Consumer advocates said" (an open group), an advocacy group that "estimated", its director who "urged"); a ferry
captain's last crossing in the feature present (a deck "'...,' she says" whose pronoun is the headline's captain, "By
her own count,", "remembers" with a scene (two), "the baby, she says, is now ..." (one in two parts), "The X Authority,
which runs the ferry, says", a quotation that names the captain (the speaker's), "Not everyone ... is sentimental"
(none), "some residents worry that", "says X" after a quotation, "allows that", a banner that "reads" (none), a question
in narration (none)).

All invented: places, bodies, outlets, companies, teams and people, dated 2034. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on the
texts. Decided here, where the conventions are silent:
- An arbitration award's or a court's press summary written by its staff reports the arbitrator's and the judges'
  findings with cues ("The Arbitrator found", "She holds", "In his view,") as their statements; the summary's disclaimer,
  its narration of the reasons without a cue and the decisions themselves (allowed, dismissed, remitted, ordered) none.
- "The award declares that" speaks for the arbitrator who made it (a document speaks for its maker).
- A hearing's question premise "you said A" naming the delegate being asked is that delegate's statement.
- "would have dismissed the appeal" of a dissenting judge is a decision not taken, none.
- "remembers" with a scene ("remembers ice closing the harbour") is a statement; "Pressed, she allows that" a cue.

usage: python3 ingest-service/tools/invented/build_aq.py  (writes src/test/resources/eval/invented_aq_gold.jsonl)
"""
import build_aq_wire  # noqa: F401  (each module adds its documents)
import build_aq_gov  # noqa: F401
import build_aq_paper  # noqa: F401
from invented_common import write

write('invented_aq_gold.jsonl', per_document=True)
