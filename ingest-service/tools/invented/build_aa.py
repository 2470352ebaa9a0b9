#!/usr/bin/env python3
"""Builds invented set AA: a held-back set of round 40 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids aaNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2030; the documents are in three modules, one per kind.

build_aa_wire.py, five wire stories: a Reuters "EXCLUSIVE-" on a state utility's planned grid stake sale (a "-sources"
headline and a "- sources" bullet over "four people with knowledge of the plan", deck bullets "Finance ministry says"
and "Union vows" for the people the story quotes, "two of the people said, adding that" (two), "the person said", an
emailed statement, "According to a presentation prepared for potential bidders and seen by Reuters", "declined to
comment" and "did not respond" (none)); an AP mudslide story (a lede's "officials said", "according to the national
weather service", witnesses with follow-on quotes, a civil protection director, a president who "promised A and said
B" (two), a report "by the state geological institute, obtained by The Associated Press" that "warned A and recommended
B" (two, the institute's), a mayor who "acknowledged"); an agency story with a " - transport minister" headline dash, a
deck repeating the body, a "(Balticum News Agency) --" dateline, "the minister told", "According to him,", "also noted",
"Earlier, ... complained that", "the ministry's estimates", "Experts of ... estimate", a nested "The contractor has
assured us", and a "Read more:" teaser with a headline dash; a "STOCKS-" wrap (deck bullets, one "Deputy governor
says"; a CFO "told analysts", a fund manager and his follow-on, "traders said", "strategists at X said ... and raised"
(one), "The authority said in its ruling", "government data showed that", an anonymous trader); an AFP story on two
states restoring ties ("the two governments said in a joint statement", "the joint statement said", a foreign minister
who "told AFP", "His Ostrenzi counterpart", "Ostrenz blamed A; Kalvria said B", an anonymous European diplomat,
"called the agreement '...' and said" (two), "Not everyone welcomed" (none), "called for", "according to the ...
statistics office", a chief whip's "said" after a relative clause).

build_aa_gov.py, six government texts: an economy ministry's readout of talks with a visiting minister ("the Minister"
named once then by role, "The guest", "The sides discussed" (none), "The Dalmorran side informed the guests about"
(none), "stressed A and invited" (one), "raised the question of", "In response, the Dalmorran Minister said", "said A
and proposed B" (two), "supported the proposal and noted" (two), "The heads of the delegations", "The sides agreed",
"They expressed confidence", "signed" (none), a zone director's "told her"); a joint declaration of a president and a
prime minister in thirteen numbered points ("The Leaders reaffirm / agree / welcome / note / express / call on /
condemn / encourage", "Carvenia welcomes", "Aldessa supports", "The two countries support", "The Aldessan side informed
about ... and invited" (none), "The Carvenian side stated its readiness ... and proposed" (two), "Both sides underline
... and agree" (two), signature blocks); a government press-conference transcript ("Name Surname:" turns, "Moderator:"
turns (none), "Question (Name, Outlet):" turns whose premises "the National Audit Office said", "the employers'
federation says" and "The mayor of Kesterby, X, has said that" are statements, "There are reports that" (none), a
nested "The central bank told us" and "their leader, X, told me that"); a health ministry's scraped page (menus,
breadcrumbs, reading time, "announced", '"...," the Minister said', "According to the National Institute of Public
Health", a chief epidemiologist's "noted", "explained", "the Ministry's press office said", "added", "welcomed the
decision but warned" (two), "called the programme '...'", "The Ministry also reminded citizens that", share line,
tags, "Related news" of three dated teasers: "Deputy Minister X: ...", "..., says Chief Sanitary Inspector", one with
no speaker; footer); a regional governor's meeting naming officials by long titles joined with dashes ("reported
that", "According to her,", "the Deputy Chairman said", "assured the Governor that", "explained", "informed those
present that", "drew attention to" + noun, "instructed the Minister of Health ... X to", "said A and proposed B" (two),
"supported the proposal", "stressed that A: '...'" (one)); a president's telephone conversation readout
("congratulated" (none), "The heads of state ... welcomed", "informed his interlocutor about" (none), "The Tessmark
leader expressed interest", "The head of the Koravian state stressed", "raised the issue of A, noting B" (one),
"assured him that", "thanked" and "expressed condolences" (none), "briefed his counterpart on" (none), "pointed out
A and expressed hope B" (two), "The leaders expressed support ... and agreed" (two), "asked for", "replied that", "It
was agreed to continue contacts" (none)).

build_aa_paper.py, five North American newspaper articles: a federal sentencing (deck "Judge calls ... '...'", "pleaded
guilty in March to", "the judge told <defendant>" and a follow-on, "Prosecutors said", "had asked for six years,
arguing that", the defence lawyer, the defendant's apology, victims, a letter "read aloud by his daughter", "called
the case '...'", "three members who claim that", a grandson outside the courthouse); a council vote on bike lanes (deck
"Mayor says city '...'", "which staff say can be finished", a department's report that "found", a councillor who "said
A and warned B" (two), a business group's chair who "told council" and "urged", delegations, a councillor who changed
her mind, "would not say whether" (none)); a plant closing (deck "Company blames ...; union says ...", "the company
said", the chief executive's statement, "said in a regulatory filing", "according to its annual report", "The company
has blamed", the union president, an operator who "said ..., though she admitted that", "The city, he said, had
offered" interrupting, a spokesman's "said ... but that it '...'", the state Department of Commerce, an analyst's
"Imports now account for ..., she said, up from ..." (the comparison the narrator's)); a hockey game story (quotes after
the game with follow-ons, "the coach said", "Asked about ..., he shrugged. '...,' he said", "what the team has called
an upper-body injury", the league's player safety department, a father's quotation with a nested "He texted me that");
a long feature on a town's last pharmacist (present-tense "says", "Most of them, she says, are" interrupting, a
husband and wife who speak of each other ("He says A. She says B."), a customer, a town supervisor, a hospital
system's spokesperson, a chain's statement, "A study published ... by researchers at X found", a professor, an
association that "has urged", a young pharmacist reached by phone who "wrote ... in an email", a health officer who
"acknowledges", a neighbour, "She has promised herself nothing, she says, except"; pronouns across three women and
three men).

All invented (surname parts, places, bodies and outlets checked with a script against the texts of sets A-Y and the
seeds: none is shared; common words and first names are), annotated by hand by /work/shared/eval/GUIDELINES.md and the
README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where the
conventions are silent:
- "The Leaders" of a joint declaration adopted by two named leaders are those two ("A and B"), as "The sides" of their
  meeting; "Carvenia welcomes" and "Aldessa supports" of the same declaration are each state's.
- A press conference's "Question (Name, Outlet):" turn is no statement, its journalist no speaker; a premise in it
  that names a speaker and a cue ("the National Audit Office said last week that") is that speaker's statement, as in
  set Y's briefing; "You will hear about that in the autumn, not today." answers, so it is a statement.
- "had asked for six years" of a prosecutor is a statement (as set W's "asked for a sentence of three years"); "urged
  councillors to delay the vote" is one; "has urged lawmakers to require" of an association is one.
- A deck's "Company blames A" is the company's own (the story quotes the company as such); "union says" is the union
  local's president the story quotes; "Town officials say" stays its mention (an open group).
- "A study published ... by researchers at X found" speaks as its makers, the researchers; "a presentation prepared for
  potential bidders and seen by Reuters" names no maker and speaks as itself.
- "He texted me that ..." inside a quotation is a nested statement of the one who texted.

Corrected after the first run (a separate commit; the first run is reported on both versions), four slips by the
guideline and the settled practice found reading its misses: a company's "reported a 19% drop in ... net profit" is a
statement (as set E's "Brennan Foods reported its profit fell"); a deck's "merchants fear loss of parking" is one, its
open group as the mention (round 36's "northern towns fear"); a town that "asked the regional hospital system ... to
open a satellite pharmacy" makes a request, a statement (as "Police asked anyone who ... to call"); "Kalvria and Ostrenz
agreed ... to restore" inside the two governments' joint statement is a nested statement (as set Y's corrected "The
delegations agreed").

usage: python3 ingest-service/tools/invented/build_aa.py  (writes src/test/resources/eval/invented_aa_gold.jsonl)
"""
import build_aa_wire  # noqa: F401  (each module adds its documents)
import build_aa_gov  # noqa: F401
import build_aa_paper  # noqa: F401
from invented_common import write

write('invented_aa_gold.jsonl', per_document=True)
