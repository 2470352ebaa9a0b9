#!/usr/bin/env python3
"""Builds invented set AU: written unseen in round 50 (issues 9 and 10) by "writer", annotated by hand before the extractor
first ran on it, for engineers who do not see it at first. Five wire stories, six government texts, five North American
newspaper articles (ids auNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2035; the
documents are in three modules, one per kind. Kinds and genres differ from those of sets AC-AT.

build_au_wire.py, five wire stories: an AP-style avalanche over the road into a ski resort ("mountain rescue officials"
(an open group), a rescue chief after her content and a quotation with a follow-on, "according to" an avalanche
institute at the end of a sentence, its forecaster who "told The Associated Press that A but that B" (one), a roads
office's "said A and that B" (one), police, a ski instructor's mixed line, a quotation and "he said" after a whole
sentence, the resort operator that "closed all its lifts (an act) and said", a minister who "called" and, after "Asked
whether", "said" (two), "Residents said"); a Reuters-style lithium mine licence suspended after a tailings spill (a
headline dash " - regulator" (the agency the lede calls "the national mining regulator"), the operator's statement,
its chief executive's quotation "said in the statement, adding that" (two), "according to consultancy X", "data from
X showed" (the exchange's), "Two analysts who follow the company", residents and a farmer, an environmental group that
"said A and called on B" (two), a minister's "told reporters" and "He said", "Asked whether ..., he said", "did not
respond" (none), a sign-off line); an AFP-style world chess title match suspended over a cheating accusation (the
federation, a challenger who "wrote to the federation that", a champion who "called" and "told AFP" with a follow-on
paragraph, "According to the federation" with a quoted phrase, its president and "he said", the challenger's second,
"An analysis ... by the chess website X found" (the website's), its editor who "wrote", "Not all players were
sympathetic" (none), a former champion who "wrote on social media", a mayor in a who-clause of an act); a
Bloomberg-style chip plant fire (the company after a lede, "said in a filing", a chief executive's "said at a
briefing" and a quotation, "according to" a named analyst, a named pair of automakers, "A Renwick spokesman",
"according to people familiar with the matter, who asked not to be identified" (the group), "declined to comment"
and "did not say" (none), a consultant's quotation and "She said", an unnamed executive "who asked not to be named"
(the description), a ministry's "said it would A and had asked B to report" (one), "had planned to" (none)); an
AP-style mayor's resignation (a headline "mayor resigns ..., says he 'let the city down'", a state auditor's office
that "found" and its report that "found" (the office's), the mayor's quotation with a follow-on and "He said A and had
B" (one), "took no questions" and "did not answer" (none), the state auditor "said at the time", a clerk, the acting
mayor, a council member "who had called for" (background, none), residents and a shop owner, "declined to say"
(none), a lawyer's mixed line, "would not say whether" (none)).

build_au_gov.py, six government texts: a fisheries consultations readout between two states' ministers ("The
Ministers agreed that", "The sides agreed to:" over bullets and "Both Ministers welcomed" (the named pair), "the Joint
Marine Research Committee had recommended that", "stressed", "The Velmoran side expressed concern about A and
proposed B" (its minister, two), "said A and that B" (one) and "replied that A but that B" (one), "It was noted that"
and "discussed" (none), a coast guard's "reported that", an industry association's "told A and urged B" (two),
"thanked" and "invited" (a courtesy and an act, none)); an interior ministry's weekly press briefing transcript (the
spokesperson's opening turn over four paragraphs as one statement, without its closing "That is all from me.
Questions, please."; "QUESTION (outlet):" turns none, their premises "Opposition deputies say", "The report by X
found that", "X told our station yesterday that", "The Ombudsman, X, said last week that" statements; the
spokesperson's answers, each one statement, with the minister's "said on Monday that" and the directorate's "found
that" inside them nested; "A follow-up." and the closing turn none); a competition commission's release clearing an
airline takeover with conditions (the clearance and its conditions as bullets under "The conditions require the merged
airline to:" (terms, none), "The Commission found that", the chair's quotation '"A," said X. "B."' (two), "Many
travellers ... told the Commission", "The parties argued" (the two airlines in the order the text names them), "The
Commission accepted that A but found that B" (two), a chief executive "In a statement issued by the airline", a
council "which had opposed the merger" (background) that "said", "according to figures from" an authority, the
appeal route and the media contact none); an appeal court's press summary of a judgment on a dredging permit (the
not-binding notes, the "Judges:" roster, the dismissal, the lifted stay and the costs none; the appellant's
"argued" and "submitted", a High Court judge's "held that", "An expert report by Dr. X ... states that" (the
expert's), the port authority's "submitted that A, and that B" (one), "The Court accepts", "finds", "notes" and
"observes that A, and that B" (the court's), "In Justice X's view," (the judge's), "Counsel for the Minister told the
Court"); a provincial legislature's oral questions (Hansard labels "Ms. NAME (Seat):", "Hon. NAME (Minister of X):",
"The Speaker (Hon. NAME):"; the Speaker's turns, "Supplementary.", "Point of order", "Interjections." and each question
none; what a member tells before her or his question is the member's, cut of "My question is for" and "Thank you,
Speaker."; premises "The paramedics' union says", "The Minister's own ministry reported" and "according to the
ministry's own records" statements; the paramedics' and a veteran's words a member reports nested; a minister's and the
Premier's answers one statement each, cut of a leading "Thank you, Speaker.", "Speaker," or "I thank the member for his
question."); an ombudsman's release on delayed heating grants (a headline "Ombudsman finds", "released her report"
(an act), bullets under "The investigation found that:" (the ombudsman's, maker of the report) and "The Ombudsman
recommended that the Department:", her quotation, a complainant described and never named who "told investigators",
"asked the Department to confirm how many" (a request, none), "The Department has accepted all 11 of the report's
recommendations" (a position with a noun object, a statement), a deputy minister's letter "wrote that", "according
to the Department's annual report", the program's terms and the contact line none).

build_au_paper.py, five North American newspaper articles: a high school hockey program sanctioned for recruiting (a
deck "Athletic association says A; coach calls ruling 'a witch hunt'" (the association and the coach the story names),
"found that", "In a 22-page ruling ..., the association said A and that B" (one, mixed), "denied knowing about"
(a statement with a gerund object), a quotation with a follow-on, "He would not say whom he meant" and "did not return
calls" (none), "According to the ruling", "Not everyone ... was surprised" and a scare-quoted "hockey houses" (none),
parents, "said, whose son ..." and a follow-on, "Others were less forgiving" (none), "According to its most recent tax
filing" (the booster club's), a superintendent's letter "said A but would not B" (one) and "she wrote", "Asked whether
..., X said" (mixed)); a city budget hearing (a deck "finance chief warns of 'structural hole'", the finance director's
content its cue interrupts ("A, X told council at the start of the night, and B"), "Without A, he warned, B" (one in
two parts), '"This," she said, "is ..."' (one in two parts), "urged council to" (a statement), a union president's
"told council that", "The union estimates that", "Several speakers urged", "Not everyone wanted more spending" (none),
"said, to applause from ..." , a mayor's "has said" and "said A and that B", "questioned" with a noun object and
"which he said could wait a year" (two), "suggested", "According to a staff report prepared for council" (city staff),
the clerk's office, a reader prompt "Write to us at ..." (none)); a toxic algae bloom closing beaches (the health unit's
"said" after a lede, '"A," said Dr. X, ..., "B."' (one in two parts), "A, she said, because B" (one in two parts),
"Signs reading" (none), "Not everyone was staying out of the water" (none), "according to Dr. X, a limnologist ..."
at the end of a sentence, "A, Ferland said, but B" (one in two parts), "blamed A on B", "Her association has asked ...,
she said" (hers), a federation's "said A and that B" (mixed), "A spokesperson for the Ministry ... said in an email",
"remembers the same beaches staying closed" (a scene), "By her own count,", "Asked whether ..., Rao said", "It advised
them to"); a rural hospital's emergency room closing overnight (a deck "Health authority cites doctor shortage;
residents say they fear long drives", the authority's "announced" with a clause, "said A and that B" (one), a
vice-president's quotation and "she said", "few people believe the word 'temporary'" (none), "She remembers the
paramedics getting him ..." (a scene), "A petition signed by more than 3,000 residents calls on" (the petition; its
signers an open crowd), "By her own count,", "A doctor at the hospital, who spoke on condition of anonymity" (the
description), "says it has", a mayor who "called" and "He said", a union that "has warned", "According to the
authority's own figures", "Health Minister X's office said in a statement" (the minister), "The statement did not say
whether" (none), a critic's line and quotation); a landlord fined over unheated apartments (a deck "Judge says ...;
tenants call penalty too small", "after pleading guilty to" in the lede (background), "pleaded guilty ... to 12 counts"
(the company and its director, a named pair), "Charges ... were withdrawn" (none), "According to an agreed statement
of facts read in court" (the statement), a prosecutor's "told the court", a defence lawyer's "argued" and "said",
"did not speak in court" (none), "In her decision, Justice X wrote that" and "She said", '"...," Quinlan said as she
read her decision', "read victim impact statements" (an act), a tenant's "told the court" and a quotation, "tenants
said", "Asked whether ..., Ablett said it did not", a union "which helped the tenants file complaints" that "said",
"says it has laid 37 charges", "according to the city's legal department").

All invented: places, bodies, outlets, companies and people, dated 2035. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts. Decided here, where the conventions are silent:
- "The Velmoran side ... proposed closing two spawning areas" is a statement (a proposal put in talks, as "Russia
  proposed:"), beside its "expressed concern about" (two).
- "The Department has accepted all 11 of the report's recommendations" is a position with a noun object (as "endorsed
  the proposal"), a statement; "asked the Department to confirm how many" a request, none (as AS's "has asked X to
  confirm where").
- "Health Minister X's office said in a statement" speaks as the minister (her office is her voice, as a press
  service is its organisation's).
- A tax filing with no maker named beside it but "its" (the booster club of the paragraph before) is the club's.
- A petition whose signers are an open crowd ("signed by more than 3,000 residents") speaks as the petition.
- A transcript's opening turn stops before its hand-over ("That is all from me. Questions, please."), and a
  legislature member's "My question is for the Minister of X." is a topic-only lead-in, none.
"""
import build_au_wire  # noqa: F401  (each module adds its documents)
import build_au_gov  # noqa: F401
import build_au_paper  # noqa: F401
from invented_common import write

write('invented_au_gold.jsonl', per_document=True)
