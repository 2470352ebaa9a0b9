#!/usr/bin/env python3
"""Builds invented set U: wire stories and government texts weighted over newspaper articles (the held-out kinds where
resolution is weakest), written unseen in session 38 by "writer" (issues 9 and 10). The documents are in three modules,
one per kind.

build_u_wire.py, five wire stories: a "GLOBAL MARKETS-" wrap on a bank's loan warning and palm oil (summary lines "X chief
says", a bare "Strategist says" the story's strategist speaks for, "told analysts on a call", "All told" and "Futures
pointed to" (none), '"A," said X. "B."', "Analysts at X said in a note that A but warned that B" (two), "told public
broadcaster", a board's figures, "She expects", a monthly report, "He added"); an AP ski jumping event (a protest, "called
the decision ... '...'", "saying" after an act, "he noted" after the content, "told reporters", "apologized and said" (one),
"Fans also complained that"); an agency story with a "— deputy health minister" headline dash, a deck "..., X said", a
"/VELPRESS/." dateline, "According to the deputy minister,", "In her words,", "for his part, noted", "urged", "Earlier, ...
said", "has asked", "Doctors recall that", "The ministry recommends that" and two "Read also" teasers (region related: a
press service's "told", a headline dash "— forecasters", "according to" a weather centre); an "UPDATE 1-" airline sale
split between two ministers ("- sources" headline over "three people with knowledge of the talks", deck "Finance minister
wants ..." (none), "two of the people said", "they said", "asked not to be named" (none), "rejected that approach",
"denied there was a rift", "declined to comment" (none), "according to its annual report"); an AP teachers' strike (a
federation and its president, signs reading (none), "accused its leaders of", "The minister said ...; X said", an
anonymous government official, "declined to say" (none), parents).

build_u_gov.py, six government texts: a health ministry's readout of a meeting with an international agency's regional
director (courtesy "thanked" and "informed the guest about the progress in" (none), bullets after "The Minister
stressed:" with dashed sub-bullets under "in three areas:", "According to the Minister,", "praised ... and said" (two),
"raised the issue of A, noting that B" (one), "informed the guest that", a committee chair's "expressed ... support ...
and said", "The parties agreed"); a joint statement of two ministers in numbered points ("noted with concern", "They
reaffirmed ... and underlined" (two), "The Sarvellian side" / "The Drunovian side" (each side's minister), "presented the
results" (none), "informed about the progress in" (none), "asked to receive", "welcomed ... and called on" (two), "Both
sides emphasised", "instructed"); a foreign ministry's scraped page of a spokesperson's answers to media questions
(menus, breadcrumbs, views count, "Question:" premises "X officials claim", "The X Minister said yesterday that",
"Tessarmontian media report that"; unlabelled "Answer:" turns the heading's spokesperson's, a two-paragraph answer, "who
reports", "has told us", "As the Minister said" nested; tags, share line, "Related news" of three teasers: "Deputy
Foreign Minister X: ...", "Foreign Ministry: ...", one with no speaker; footer); a president's working meeting with the
head of the state railways in "Name Surname:" turns (addresses "Mr X," and "Mr President," cut, questions none, "Good."
cut, "People write to me that", "I am told that", "The factory director told me", "We will do it, Mr President."); a
foreign ministry's press release on a telephone conversation ("expressed regret over ... and pointed out" (two), "called
for", "explained that ... and said" (two), "The Ministers agreed") and a "Comment by the Official Representative" (the
question's "X's Interior Ministry said in a statement", a three-paragraph answer, "what Minister X told Minister Y" and
"according to the drivers' association" nested); a regional government's readout of the governor's working trip naming
local officials ("reported that", "said the delay had been caused by", "According to her,", "instructed X to", "The
minister said", "told the Governor that", "warned, however,", "drew the Governor's attention to A, noting that B" (one),
"asked to include", "noted that", "supported the request", "people complained about", "promised that", a closing quote
of "the Governor", photo credit).

build_u_paper.py, five North American newspaper articles: a jury's acquittal of an engineer over a garage collapse (deck
"Families say '...'; prosecutor '...'" (the widow who says it; the prosecutor), "a trial in which prosecutors argued
that", "said the jury had seen what she had argued from the start: that ...", "testified that", "told jurors that ...
and that '...'", "she conceded that", "declined to comment" (none), a widow and her brother-in-law, "thanked the jurors
... and told them", "according to a report the building department released" then "the report said"); a council vote to
phase out gas leaf blowers (deck "Mayor calls ...; landscapers warn of ..." (the association president), "a phase-out
that landscaping companies say will ...", "A staff report ... found that ..., and estimated that" (two), "argued that",
"estimates", "said in an interview that", "according to the staff report", "called it '...' and said" (two), "told
council that"); an investigation of a home care agency's billing (deck "Former aides say ...; company blames '...'" (the
chief executive who says it), "according to billing records and time sheets obtained by the Clarion", "the records show,"
interrupting, "told the Clarion", an unnamed former aide's quote and its follow-on, "In a written response ..., X said",
"categorically rejects" inside a said-clause, a lawyer's "wrote that", "would not say" (none), "according to state
budget documents"); an obituary of a piano tuner ("by his own count", "his daughter, X, said", "according to family
lore", "he recalled in a 2011 interview", "She remembered a visiting pianist who", "members remember him as", "joked
that", "The family asks that"); a long profile of a retiring labour mediator (a headline quote with no cue, present-tense
"she says", a habitual "tells X that", "the province announced that", "Her mother, she says, kept ..." interrupting,
"remembers that", pronouns "He", "She" and "she" across her mentor, a union leader and her daughter, "She rejects that
description", "does not dispute the account" (none), "recalls that", "He called her '...'").

All invented (names of people, places, bodies and outlets checked with a script against the texts of sets A-T and the
seeds: no surname part, place, body or outlet is shared; common words and first names are), annotated by hand by
/work/shared/eval/GUIDELINES.md, the README's settled conventions and round 38's (one statement for "raised the issue of
A, noting B"; "The X side" of a joint statement its minister; "informed X about" a topic none; a deck's bare role noun the
person the story quotes for it), and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent:
- A deck's "Finance minister wants bids by year-end" has no cue of saying: none (the story gives it as what the sources
  said). A deck's quoted word with no verb ("prosecutor 'disappointed'") is the prosecutor's, cue "".
- "presented the results of the monitoring" is an act: none; "asked to receive X" and "has asked the regional government
  for X" are requests: statements (as T's "asked").
- A habitual "A deputy minister, or a union president, ... tells X that the talks are dead" is a statement of that
  mention; "by his own count, 'about eleven thousand' pianos" is his (settled "By his own count").
- "members remember him as A" gives A (as "describe her as Y"); "according to family lore" speaks as "family lore".

Corrected after the first run (a separate commit; the first run is reported on both versions), slips by the guideline
and the settled conventions found reading its misses: u01's lede "after the chief executive of ...'s second-largest
lender said its bad loans were ..." had been left out (1); u02's "defended the jury, saying ..." gives two statements,
a position verb with a noun object beside another cue (round 34's "welcomed A, saying B"; it had been left out) (1);
u04's "Two bidders remain in the process, according to the sources: A and B" had content only the list after the
colon, where "According to X, Y" gives all of Y: both parts (1); u09's "the governor has promised to consider it" inside
the railway head's turn had not been marked nested, as the turn's other reported statements were (1, optional); u14's
headline "..., records show" had been left out beside the body's "the records show" (1). Found on a second reading: u08's
embassy note "demanding the immediate release of the crew" inside the first answer had not been marked nested, as the
answer's other reported statements were (1, optional; no figure moves).

usage: python3 ingest-service/tools/invented/build_u.py  (writes src/test/resources/eval/invented_u_gold.jsonl)
"""
import build_u_wire  # noqa: F401  (each module adds its documents)
import build_u_gov  # noqa: F401
import build_u_paper  # noqa: F401
from invented_common import write

write('invented_u_gold.jsonl', per_document=True)
