#!/usr/bin/env python3
"""Builds invented set AO: an unseen set of round 47 (issues 9 and 10), written by "writer" before the extractor ran on
it; its classified misses, with newly invented examples, go to engineers who do not see AO. Five wire stories, six
government texts, five North American newspaper articles (ids aoNN-kind-..., 01-05 wires, 06-11 government texts, 12-16
newspapers), dated 2034; the documents are in three modules, one per kind.

build_ao_wire.py, five wire stories: a Reuters-style trade dispute ruling (a headline "..., Marvessa says" (the state), a
panel that "ruled that A, and recommended that B" (two) and "found", a minister's quote and "said A and would not rule
out B" (one), a ministry's statement with a quote, "trade lawyers said", a lawyer with a follow-on quote, ", citing A
that it said B" (the citing one, the relative-clause cue nested), "according to Marvessan customs data", an association
that "called A '...' and urged B" (two), "Its president", a mission, "said only that", "Analysts at X estimated" and
"they wrote"); an AP-style freight train derailment with a chemical leak ("authorities said", "according to" an
emergency agency, a fire chief with a quote and "he said", the railroad's statement and "It said", "did not say"
(none), the safety board, "Several residents", a resident's '"A," she said. "B."' (two), a state spokeswoman's "said A,
but that B" (one), the governor and "the governor said", a senator, "according to federal data", a union that "has
warned", its director with a follow-on, "Asked whether ..., X said that"); a Bloomberg-style department store
bankruptcy (a deck bullet "Retailer says" (the chief executive the story quotes), "filed ..., saying", "according to a
court filing" and "the filing shows" (the filer's), the chief executive "said in a letter to staff" and "wrote",
"according to data from the research firm X", "people familiar with the matter said at the time", a judge's approval
(an act), the company's lawyer who "told the court", "Retail analysts said", an analyst with a follow-on who
"estimated", "which landlords have warned" (nested), a mayor "on social media", a supplier, a union); an AFP-style
return of looted bronzes ("a ceremony that the government called '...'", both culture ministers, "signed" and "laid a
wreath" (acts), a museum director who "told AFP", "Not everyone ... was satisfied" (none), a palace court that "said A,
and warned B" (two) and its spokesman, "Asked whether ..., she said", campaigners who "welcomed A but said B" (two),
"According to a 2032 survey by X", a historian, "Two ... powers, A and B, have said" (the pair), "did not respond"
(none)); an AP-style prison escape manhunt ("Authorities ... warned residents not to", the department, the commissioner
with '"A," Pruitt said. She said B' , a major's '"A," X said. "B."' (two), the officers' union and its president
"He said", the governor, residents, a bait shop owner with "she said", "according to court records", "declined to
say" (none), a reward offered (an act), a mother who "pleaded with her son ... to").

build_ao_gov.py, six government texts: a central bank's monetary policy minutes in numbered paragraphs ("According to
the staff projections" and "Staff noted" (the staff), "Members noted" and "Members welcomed" (two), "Most members
judged", "Some members pointed to", "was briefed by X on <topic>" (none) then "She reported that", "Six members voted"
(an act) then "In their view," (theirs), "These members considered that", a deputy governor, "The Committee agreed", the
Governor's "noted that", a members' list (none)); an embassy's note verbale ("presents its compliments" and "avails
itself of this opportunity to renew ... the assurances of its highest consideration" courtesies (none), "has the honour
to refer to" (none), "has the honour to inform the Ministry that, according to X, A" (the embassy's; X's nested),
"wishes to recall that A told B that C" (the master's nested), "the Ministry's position that" (the other ministry's),
"transmit herewith" (an act), "requests the Ministry to" and "further requests that" (two), "The Government ...
considers that", a press note with "recalls that", the ambassador who "told Kellmar Radio" and "the Ambassador said", a
coast guard that "has said", "rejects this account as"); an accident investigation board's interim statement (a summary
in the board's own words (none), bullets under "The investigation has established that:" (the board's), "The chief
officer told investigators", "The engineer ... stated that A; the log contains no such entry" (the narration cut),
passengers, the operator that "has informed the Board that" and "has also stated that" (two) and "has submitted a
report" (an act), bullets under "The Board recommends that X:" and a second "also recommends that", the chief
inspector's quote under a colon lead-in, "The Board expects to publish" (none), a contact line (none)); a football
federation's press conference of a coach and a captain (a moderator's turns none, upper-case name labels each one
statement, "Thank you." cut and "Good afternoon." kept in the opening turn, a question's premise "X's coach said ...
that" a statement and the question none, "A follow-up." none, the moderator's report of the federation president's
words nested, a stage note "(laughter)" ending one statement and the turn's rest after it a second with no mention);
a parliamentary committee's media release on its report ("tabled" (an act), "The Committee found", the chair's mixed
then direct quote and a follow-on paragraph, bullets under "The Committee recommends that the Government:", "In its
submission to the inquiry, X argued", "X told the Committee that", a dissenting pair who "agreed with A but argued B, and
recommended instead C" (three), a minister who "has said", "Under the standing orders" (narration)); a state
prosecutor's press release on an indictment ("has filed an indictment" (an act), "According to the indictment" and "The
indictment alleges" (the prosecutor's office, its filer), "The prosecution has proposed that", "has denied the charges"
and "When questioned, he stated that" (two), co-defendants who "have admitted part of the charges", the prosecutor
under a colon lead-in, "has claimed damages" (an injured party's filing, none), "reminds the public that", "will not
comment further" (none)).

build_ao_paper.py, five North American newspaper articles: a theatre review (a deck "Playwright says", the critic's
own judgments (none), characters' lines from the play with "tells" and "shouts" (none: a script's line performed, as a
sign's words), the playwright's quote with a follow-on, "said only that", the director's quote that quotes the
playwright (nested) and its follow-on, the lead actress as "She", scare quotes "so-called 'comic relief'" (none), the
artistic director); a college coach's firing (a deck "Athletic director cites '...'; Moravec says ...", the athletic
director with quote and "She said", the coach's statement "through his agent" and "he said in the statement",
"Several players said", a guard's quote and later line, "declined to comment beyond a short statement thanking"
(none), "would not say" (none), "said only:", "According to the university's most recent financial report" (the
university's), "Boosters have complained about", a season-ticket holder); lead in school drinking water (a deck
"Superintendent apologizes for", "school district officials said", "according to results the district posted on its
website" (the district's), the superintendent's quote, "Parents ... were angry" (none), a mother with a quote and "She
said", the utility's two statements, a health officer who "said A but that B, and urged C" (two), "A 2031 provincial
audit found", a trustee "who has asked for" (background) and "said", "Not every parent ... blamed" (none) and a father);
a rent-cap ballot measure (a deck "Tenant groups say A; landlords warn B" (open groups), "Supporters say A ..., according
to the county housing department" (two), an organizer, an owners' association that "argues", its director who "pointed
to a study ... that found" (the study nested), "The study's authors have said", "has not taken a position" (none), the
mayor's spokesman, a council member who "endorsed the measure" and "He said", "A poll ... conducted ... for X found"
(the poll's; a commissioner is no maker), a renter and a landlord with follow-ons, "a provision the tenants union
called '...'"); a volunteer river rescue squad feature in the present tense ("She has pulled ..., she says, and ..."
(one in two parts), "It answered ..., according to county records, more than ..." (one in two parts), the coordinator,
a daughter's "she says" and her quote of her mother's words (nested), "..., says Ashdown" after the content, a
commissioner "which he estimates" (nested), "Not everyone thinks" (none), a former member, "He is cold and embarrassed,
Kearsley says, but fine" (two parts)).

All invented: places, bodies, outlets, teams and people, dated 2034. Annotated by hand by /work/shared/eval/GUIDELINES.md
and the README's settled conventions, and committed before the extractor first ran on the texts. Decided here, where
the conventions are silent:
- A play's lines quoted in a review ('"We are not a family that talks," Ellen tells her daughter') are no statements:
  a script performed, as a sign's words; what the playwright, director and actors say in interviews are statements.
- A note verbale's "has the honour to inform X that A" is a statement of the embassy, its "presents its compliments",
  "has the honour to refer to" and closing assurances none; "requests X to" / "requests that" are statements (calls).
- Bullets under "The investigation has established that:" in an investigation board's own interim statement are the
  board's findings (as round 46's report "main findings"), while its summary's own narration is none.
- In minutes, "Members", "Most members", "Some members" stay as their mentions (open groups: the minutes list who sat,
  not who said what); "Six members voted to" is an act, "In their view," after it theirs.
- A moderator's report of a third person's words inside a procedural turn is marked nested (optional).
- "has claimed damages" of an injured party is a filing, no statement; "apologizes for X" in a deck is a statement.

usage: python3 ingest-service/tools/invented/build_ao.py  (writes src/test/resources/eval/invented_ao_gold.jsonl)
"""
import build_ao_wire  # noqa: F401  (each module adds its documents)
import build_ao_gov  # noqa: F401
import build_ao_paper  # noqa: F401
from invented_common import write

write('invented_ao_gold.jsonl', per_document=True)
