#!/usr/bin/env python3
"""Builds invented set W: five wire stories, six government texts and five North American newspaper articles, written
unseen in session 39 by "writer" (issues 9 and 10) as the held-out set of that round. The documents are in three modules,
one per kind.

build_w_wire.py, five wire stories: a Reuters "UPDATE 2-" on a potash miner's listing split between two ministers
("- sources" headline over "three people familiar with the preparations", deck bullets "three sources say", "Economy
minister wants to sell 30%, mining minister 15%" (none) and "Company says" (the miner), "according to two of the people",
"the people said", "they said" over a minister's "has argued ... what he has called" (nested), "asked not to be named" and
"declined to comment" (none), "A spokesman for the mining ministry", "said in a statement it was A and that B" (one), "The
International Fiscal Council expects", '"A. B," said X', "accused ... of" and "called on" (two)); an AP tennis final ("All
told", "called for the trainer" and "pointed at a mark" (none), "Asked whether ..., she smiled. '...,' she said", '"A," he
said, "but B."' (one), a tour's "said", "Noted mostly for her serve" (none), "announced that"); an agency story with a
"— deputy minister" headline dash, a deck "..., X said", a "/KELPRESS/." dateline, "According to him,", "specified", "In
his view,", "ruled out" a noun, "As the ministry reported", "said A and criticised B" (two), "The MP proposed", a press
service's "told", "welcomed the plan but warned" (two)); an AFP story of two ministers at odds over a wolf cull ("has
accused ... of", "while X says", "denied that", "The agriculture ministry later said", "counted" (none), "Wildlife
biologists say", "has offered to" (none), "called the dispute '...' and said" (two)); an "EMERGING MARKETS-" wrap (a deck
"governor says", "added 0.3%" and "pointed lower" (none), "welcomed the decision and said" (two), "All told" (none),
"Traders said", "did not respond" (none)).

build_w_gov.py, six government texts: a foreign ministry's readout of talks of two ministers ("welcomed the guest"
(courtesy) "and noted that", "The sides noted with satisfaction", "The Montrevian side stressed ... and proposed" and "The
Haldorian side expressed its readiness ... and informed about" (each side's minister; "informed about" a topic none), "The
guest said", "The Ministers discussed ... and noted", "informed his interlocutor that", "The interlocutors exchanged views"
(none) then "They expressed concern ... and called for" (two), "According to the Haldorian Minister,", "invited" and
"thanked ... for the invitation" (none), "said:" with a quotation, "for her part, noted", "The sides agreed"); a joint
communiqué of an intergovernmental commission in numbered points (two named co-chairs, "(hereinafter 'the Co-Chairs')",
"the Ostrabian Party" / "The Tavrenian Party" (each head of delegation), "welcomed this information and requested" (two),
"expressed concern ... and proposed" (two), "supported the proposal", "the Parties:" over lettered items each with its
own verb ("agreed to", "instructed", "noted"), "decided to establish" (none), "Both Co-Chairs underlined"); a foreign
ministry's briefing transcript (the spokesperson's opening turn only introduces a guest (none), the guest's
two-paragraph turn after "Thank you." and his answer to a question, "Most of them have told our embassy" and "The
carrier has told us" nested, a procedural "Thank you, Mr X. Now to the topics of the week." (none), three numbered topic
headings over unlabelled text (the spokesperson's), "Question:" premises "The newspaper X reports that", "Opposition
deputies say", "Ambassador X told the ... press", unlabelled "Answer:" turns, "As the Minister said" nested, a closing
"See you next week." (none)); a president's meeting with the head of the state post in "Name Surname:" turns (an address
before the greeting cut, "Mr President," cut, questions none, "Good. Mr X, what does the Government think?" none, a turn
over two paragraphs one statement, "The mayors there tell us", "The Ministry of Finance has agreed" and "Elderly people
have complained to me" nested, a minister's turn, "We will prepare the report, Mr President."); an education ministry's
scraped page (menus, breadcrumbs, date, views and print line, "Opening the meeting, the Minister said that A, and that
B" (one), "According to the Ministry,", "thanked the Ministry for the dialogue" (none) "and noted that", "raised the issue
of" (parents), "instructed", "added that", "The participants agreed" (an open group), tags, share line, "Related
materials": "Deputy Minister X: ...", a "— Ministry of Finance" headline dash and two teasers with no speaker; hotline
and footer); a regional government's readout of the governor's working trip naming officials with long titles ("The
Minister of Construction and Housing and Communal Services of the Region reported that", "According to X,", "asked the
Governor to consider", "instructed the Deputy Chairman of the Regional Government for Social Policy to", a closing
quotation "the Governor stressed", "informed the Governor that", "Residents told the Governor that", "Summing up the
results of the trip, X said", a press service signature).

build_w_paper.py, five North American newspaper articles: a civil trial over herbicide drift into a vineyard (headline
"Vintner tells jury ...; neighbor's lawyer blames a May frost" and a deck of two clauses "Owner of X says ...; defense
says ..." (the defense lawyer the story quotes), "testified", lawyers of both parties "told jurors", two follow-on
quotes, "acknowledged that", "conceded that", "Its report ... found that" (the department that made it), an
association's "says", "his brother said" named in the next paragraph, a judge's "told jurors to expect"); a council vote
to buy a golf course (deck "Mayor calls it '...'; critics say ..." (an open group), "a
deal the mayor says will ...", "Opponents said ... and warned" (two), a staff report's "estimated that", "questioned
whether", "Asked by X whether ..., she said it would not, '...'", "dismissed the appraisals as '...'", public comment,
"has promised", '"A," he said, "but B."' (one)); an investigation of a towing contractor ("records show" headline,
"according to invoices ... obtained by the X", "the records show," interrupting, "A parking enforcement inspector wrote
... and asked that" named ten paragraphs later as "the former inspector", an unnamed former dispatcher's quote and its
follow-on, "In a written response ..., X said", "'categorically rejects'" inside a said-clause, a lawyer's "wrote that",
"would not say" (none), "called the findings '...' and said" (two), "according to the city's procurement calendar"); an
obituary of a country veterinarian ("by her own estimate", "said her son, Ambrose" named in full later, "according to
the provincial veterinary association", "Farmers, she liked to say, ...", "he recalled, she told him" (his; hers
nested), pronouns "he", "she" and "He" across her husband, her former partner, her son, a client and the daughter,
"Clients remember her as", "She told the Sun-Gazette in 2012 that" (dated), "She accepted it, her son said, with ...",
"The family asks that"); a school board's move to a four-day week (deck "Superintendent says ...; working parents say
nobody asked them", "a schedule the superintendent says is ...", "the superintendent told the board" named in the next
paragraph, "according to a district presentation", an unnamed mother, a follow-on after '"A," said X.', "called the
process '...' and said" (two), "urged", "the study's lead author" named two paragraphs later, "The district says").

All invented (names of people, places, bodies and outlets checked with a script against the texts of sets A-V and the
seeds: no surname part, place, body or outlet is shared; common words and first names are), annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions (through round 38's), and committed before the
extractor first ran on the texts. Decided here, where the conventions are silent:
- A briefing's opening turn that only introduces a guest ("Today we are joined by X, who will tell you about Y. Please,
  Mr X.") is procedural, as a chair's "Good. Now about the schools.": none. The guest's "Thank you." before his turn is
  an acknowledgement and is cut.
- A transcript turn that opens with an address and then a greeting ("Mrs X, good afternoon. I travel ...") cuts the
  address and keeps the greeting.
- A deck's plural bare noun ("critics say price is $6 million too high", "working parents say nobody asked them") is an
  open group and stays its mention, as B's and I's "critics say" (round 38's rule names a bare role noun, one speaker).
- A communiqué's "the Parties:" lead-in with no verb over lettered items gives each item as a statement of the Parties
  with the item's own verb as cue ("a) agreed to ...": content from after the verb, with the item's closing ";").
- "told jurors to expect closing arguments" (a judge's instruction) is a statement, as "instructed X to"; "invited X to
  attend" is an act: none.

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the guideline
found reading its misses: w14's "asked that the contract be audited" had content with its leading "that", which the
guideline leaves out (1; exact F1 0.8566 -> 0.8620); w08's question premise "The newspaper X reports that the Mirzanan
authorities have asked Corvessa to return two aircraft" had not given the authorities' request as nested, as the
briefing's other reported statements were (1, optional; the extractor's statement there is no longer a false
positive: F1 0.9432 -> 0.9450, fp 16 -> 15).

usage: python3 ingest-service/tools/invented/build_w.py  (writes src/test/resources/eval/invented_w_gold.jsonl)
"""
import build_w_wire  # noqa: F401  (each module adds its documents)
import build_w_gov  # noqa: F401
import build_w_paper  # noqa: F401
from invented_common import write

write('invented_w_gold.jsonl', per_document=True)
