#!/usr/bin/env python3
"""Builds invented set AP: a held-back set of round 47 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids apNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2034; the documents are in three modules, one per kind. Kinds and genres differ from those of sets AC-AN.

build_ap_wire.py, five wire stories: an AP-style freight train derailment with an ammonia leak (the fire service in the
lede, "according to" the operator, a hospital spokeswoman named after her title, a fire chief who "told reporters" with a
follow-on quote, the operator's statement with a quoted apology, its chief executive "Asked whether ..., she said",
"People who live near the line have complained for years about" (an open group), an evacuee with two quotes, an
accident board, a minister who "did not say whether" (none), a chemist who "cautioned", an agency director who
"declined to comment" (none)); a Reuters-style oil producers' output cut (a headline ", sources say" that is the lede's
"three delegates", "The group's statement" with a quoted phrase, "Two of the delegates", "One of them", "the delegate,
speaking on condition of anonymity", a minister "asked by reporters ... whether", a consultant, analysts who "wrote A
but warned B" (two), "Not all members backed the decision" (none), "according to the two delegates", a foreign
spokesman's mixed content, "Journalists ... were told" (agentless, none)); an AFP-style royal tomb discovery (a headline
", ministry says", "said ..., describing it as" (two), "according to the ministry", a minister, a mission co-director who
"told AFP by telephone" with a follow-on, an outside specialist, "Local officials ... hope" (a cognition cue), a
roadside seller); a Bloomberg-style regional bank seized after a deposit run (the supervisor's statement, a deposit
fund that "said" and "estimated", "according to people familiar with", a chief executive who "did not respond" (none)
and "had said" in a website message, a minister who "sought to reassure savers, saying" (one), a governor who "said" and
"acknowledged" (two), an analyst, a pensioner); an AP-style failed satellite launch ("State television reported", the
agency that "blamed A and said B" (two), its director, a neighbour that "condemned" and "says", its spokesman who "called
it X and said B" (two), "said, adding" (two), "has denied", "rejects the ban as unfair", a researcher who "said" and
"noted", an engineer, "according to commercial satellite images published by independent analysts", "Coravia has said",
residents).

build_ap_gov.py, six government texts: a central bank's monetary policy committee minutes (staff's presentation,
"Members noted", "Several members observed", "Most members judged" and "In their view", "One member, who voted against
the decision, argued" and "This member considered", the Governor's "noted" and "emphasised", "The Governor invited
members" and "informed the Committee about <topic>" (none), the vote (an act), "The Committee agreed"; unnamed members
stay as their mentions); a competition authority's cartel decision (bullets under "The Authority established that ...
the three companies:" are the Authority's, cue "established"; leniency and fines narration; the president's quotation
before "said", "According to the Authority's estimates", a company that "denied A and argued B" (two), "The Authority
noted", "acknowledged A but maintained B" (two), "has said it will challenge", an association that "welcomed A and
called on B" (two), "The Authority reminds", "thanks" (none)); a police service's release on arrests ("Harlow Police
Service can confirm", "Police believe", "Investigators believe" (an open group), "Police warn", a detective inspector's
two quotation paragraphs, "thanked" (none) and "urged", a victim's statement "released through police" after a colon,
"Anyone with information is asked to call" (none)); a legislative committee's report release ("The Committee concludes
that A, and that B" (one), the chair's quotation after "said:", bullets under "The report recommends that the
Government:" (the committee's), a witness who "told the Committee", a department's "written evidence", "The Committee
regrets that", a member's mixed content); a pledging conference's co-chairs' summary in numbered paragraphs ("The
Co-Chairs" are the two ministers in the order paragraph 1 names them; pledges and a plan presented are acts; the UN
Secretary-General who "stressed A and urged B" (two), "Participants expressed deep concern", "He assured participants",
"Several participants called for", a civil-society speaker who "said A and asked that B" (two), "thanked" (none),
"announced that"); a prosecutor's office release on a mayor's conviction (the verdict and the sentence acts, "The court
found that" and "noted that" statements, the prosecutor who "told the court", "pleaded not guilty", "His lawyer argued",
the presiding judge, the chief prosecutor's quotation after "said:", a police unit's separate statement, waiving and
reserving an appeal acts).

build_ap_paper.py, five North American newspaper articles: a councillor's bail hearing (a deck "Crown says" that is the
prosecutor the story quotes, the prosecutor's content a cue interrupts in two parts, "called A and said B" (two), "asked
that A, arguing that B" (one), "The Crown opposed the request" (a position), the justice of the peace's refusal (a
decision, none) and "said A, and noted B" (two), the accused's sister, a mayor's statement, "declined to say" (none), a
voter); a lead-in-water story at schools (a deck "Parents say" an open group, "the school district confirmed",
"according to a summary of the tests released by the district", a spokeswoman, parents and a father with a follow-on, a
medical officer who "urged" over "a blood test, which she said would be free" (nested, optional), a professor, a board
chair, a trustee "calling for", a ministry's email, "according to a preliminary estimate by district facilities staff");
a golf tournament's final round ("he admitted afterward that", "the 26-year-old from Moncton said", the runner-up, the
caddie's quotation with quotations inside it (those inner words not annotated), "according to tournament director X,
who estimated" (two), "Two players, who did not want to be named" (the group), "Not every player was happy" (none), a
low amateur); an appliance plant closure (a deck "union calls decision 'a betrayal'" that is the local's president,
"the company told workers", "said in a statement, citing" (two), "told by plant manager X that", a worker, the plant
manager's interview, the union president who "called A" and "said", a provincial minister, a mayor, "Economists say"
and an economist who "estimated", a restaurant owner, "did not respond" (none)); a community radio station's fiftieth
anniversary in the feature present ("says" throughout, a deck "The people who keep it running say", a founder who
"remembers A as B", "Station records show", "according to the station's annual report" (the station's), "the board
warned", "Not everyone thinks" (none), "what he calls" his music in quoted words (his statement,
as AF's "what Whitcomb called" and AD's and F's "what he called"; mended by the lead in round 48), a teenager's quotation naming the
founder inside it (not the founder's), "He would not say" (none)).

All invented: places, bodies, outlets, companies and people, dated 2034. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on the
texts. Decided here, where the conventions are silent:
- Bullets under "The Authority established that ... the three companies:" complete the lead-in's clause: each is the
  Authority's statement, cue "established" (as bullets under a presenting verb are the subject's).
- In a body's own release, "Police believe" and "Police warn" are the body's statements, "Investigators believe" the
  open group's.
- "admitted their guilt" in an "after" clause telling a sentence's grounds is background, none (as a plea in a
  relative clause); a plea in a main clause stays a statement.
- "what he calls \"X\"" of a person's own quoted words is his statement (the writer first read it as a label, none;
  the lead mended it in round 48 to agree with AD, AF and F; a group's term of art, "what the industry calls X", stays none).

usage: python3 ingest-service/tools/invented/build_ap.py  (writes src/test/resources/eval/invented_ap_gold.jsonl)
"""
import build_ap_wire  # noqa: F401  (each module adds its documents)
import build_ap_gov  # noqa: F401
import build_ap_paper  # noqa: F401
from invented_common import write

write('invented_ap_gold.jsonl', per_document=True)
