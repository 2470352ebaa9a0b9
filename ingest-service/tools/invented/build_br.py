#!/usr/bin/env python3
"""Builds invented set BR: a held-back set of round 61 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles (ids
brNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2044; the documents are in three modules,
one per kind. Genres none of sets BA-BP used (checked with a grep of their build scripts): a vanilla price record after
a cyclone, a border crossing blocked by truckers, a cable car cabin falling at a ski resort, a takeover bid for a
lottery operator, a drifting polar station evacuated; a public inquiry's interim report on a town's contaminated
water, a competition bureau's decision on a cement merger, a government spokesman's weekly briefing in translation, a
health authority's Legionnaires' outbreak update with its medical officer's questions and answers, a school board's
minutes on a school closure, a premier's news release with quotes from three ministers and two partners; a snow plow
driver shortage, an algae bloom closing a lake's beaches, a curling club's ice plant failing (with page noise), a
backyard rooster under a noise bylaw, a youth baseball coach dismissed.

build_br_wire.py, five wire stories: a Reuters-style vanilla price record (a headline with no cue, a lede's "three
exporters in the port of Sambara told Reuters" (the counted group), "said in a preliminary assessment. It estimated
that" (two, the ministry's), '"A," said X, who runs Y. "B."' (two), "One of the exporters, who asked not to be named
because ..." and "Another exporter said" (their mentions), a trade name "Sambara Aromatics" then "The company declined
to say" (none), "A spokeswoman for X said the company had "..."" (X), "did not respond to a request for comment" (none),
"According to the ministry", a minister who "toured the valley ... and handed out seedlings" (acts, none), bare
"Growers said", a grower quoted then "He said" (the grower, after a first man quoted above), "Its governor, X, told
lawmakers", the reporting line (none)); an AP-style border blockade (a headline "...; minister says deal 'within
reach'" (the minister the lede names), "told reporters that A and that B" (one), "He did not say" (none), "The drivers'
group, which calls itself the Free Road Convoy, says" (the group under the name it gives itself), a driver, then "His
cousin Lajos" and "He said" (the cousin, the nearer man), "A spokesman for X, NAME, said" (NAME), "warned of empty
shelves" (the open group), a narrator's question ("Did the government consider lifting the tolls?", none) answered by
"Asked that question ..., X said", "called the blockade "..." and demanded that the minister resign" (two), "asked
Dravia to reopen the crossing" (a request, a statement), "said A but could not accept B" (one), "Not all drivers
support the blockade." (none), "one, who gave only his first name, Viktor" with '"A," said ... "B."' (two),
"according to the national statistics office"); an AFP-style cable car fall ("local authorities said", "according to
the regional prefecture", '"A. B," a ski instructor who saw the fall ... told AFP, asking that his name not be used'
(the description; the terms none), two women (a prosecutor, then a regulator's head) and "She said" after the
prosecutor's "declined to comment" (the prosecutor), "said in a statement it was "devastated" and would cooperate"
(one), "The company, which runs eleven lifts ..., said", a minister who "travelled" and "visited" (acts) and "He called
the accident "..."", "have for years complained about staff cuts" (an open group's complaint with a noun object),
"said A, and called for B" (two), "did not respond to questions" (none), the AFP slug (none)); a Bloomberg-style
takeover bid (a headline with no cue, "said in a statement that the deal would create "..." and save ..." (one),
"people familiar with the matter said, asking not to be identified", "will respond "in due course," the company said
in a filing" and "It urged shareholders to" (two, the target), a chief executive and his finance chief named together
then each apart and "He said" after the second (the finance chief), an analyst's two quoted sentences (two), "has
pushed for a sale" (campaigning, none), "said it welcomed the offer but believed ..." (one), "according to its annual
report, helped by ..." (the company; the tail the narrator's), "has said she wants", "declined to comment" (none), "X's
gaming regulator said" and "Its director, X, told lawmakers", "Larkspur said that could take a year", "which it has
called "..."" (the quoted name only)); a TASS-like polar station evacuation (a headline dash " — Arctic Institute" (the
institute's director the lede names), "told SEVMOR", '"A. B," Valdaev said' (one), "According to him,", "The institute
director stressed that A and that B" (one), "The press service of X reported that" and '"..." the company's press
service told SEVMOR' (the company), two women ("The station's head, X, said ... She noted"; "Deputy Minister X said ...
In her words, A" (the deputy minister)), "warned that" and "He added that", "the institute recalled").

build_br_gov.py, six government texts: a public inquiry's interim report (numbered paragraphs; the commissioner's "I
make no findings of fault in this report" and thanks (none); witnesses' "testified that" (six), "He told the
Commission that", "She agreed, when shown a copy, that" and "He accepted that" (statements), "described the first
days of the outbreak" (no content, none), "In her words: "..."" (one), "He explained the delay by saying that A" (A),
"Commission counsel asked X whether" (none) and "He answered that he did, but that B" (one), two residents named
together and then one of them alone ("Ms. Calloway-Brandt, a nurse, told the Commission"; "She said"); the parties'
submissions: "In its written submission, the Town ... states that A and that B" (one), "It submits that", "rejects the
suggestion that A" (a position with its object), "It notes that", "The Ministry acknowledges, however, that",
"asks the Commission to recommend that" (a request), "It also submits that", "submits that" and "According to the
Union, A" (the union the paragraph names)); a competition bureau's merger decision ("(hereinafter)"-style defined names
"("Halvard")" and "("Norrhem")", "The parties argue that" (the pair, in the order the title names them: the target
first), "Norrhem further submits that A and that B" (one), "Halvard states that", "Several ready-mix concrete producers
... told the Bureau that" (the open group), "One customer, a precast producer in X, stated: "..."" (the description),
"expressed concern that", "A competitor, X, argued that", "The Bureau does not accept that A" (A, the Bureau's finding
the other way), "The Bureau's investigation showed that" (the Bureau, the investigation's maker), "In its reply ...,
Norrhem maintained that", figures that "do not support this" (no clause, none), "The Bureau finds that", "has
considered X's argument" (none) and "It notes that", "Norrhem offered to sell" (an act), "most customers said", "The
Bureau concluded that", "The Bureau decides to clear" (none)); a government spokesman's weekly briefing in translation
(a "Spokesman:" opening turn, one statement over its three decisions; "Question (Outlet):" turns (none) whose premises
name speakers ("The opposition leader, Mr. X, said", "The energy regulator said", "Their union says", "X's energy
minister told reporters", "The Constitutional Court ruled that"), unlabelled "Answer:" turns (the spokesman the heading
names, one statement each), "The Minister told me this morning that" inside an answer (nested), "A follow-up." (none),
"That is a question for the Ministry of the Interior." (a deflection, none), "No, that is not true. ..." (a statement),
the closing "Spokesman: Thank you. The next briefing ..." (none)); a health authority's outbreak update (the page's own
figures (none), "have identified X as the most likely source" (the investigators' finding with a noun object, none, as
round 58's "confirmed the strain as X"), "A, the provincial laboratory confirmed on Tuesday" (a confirmation with a
clause, a statement), "In a statement, the company said", advice bullets under "What residents should know" (none), "Q:"
and "A:" under "Questions and answers with Dr. X, Medical Officer of Health" (each answer Dr. X's, one statement; the
questions none; "The City has told us" inside an answer nested; a question's premise "The garage's owner says A" the
owner's), an older update below ("said the Authority was testing "..."", "Mayor X said", "A spokesperson for X, NAME, said
restaurants had reported A" (NAME's; the restaurants' report nested), "Local businesses have asked
the Authority to publish" (the open group's request), "which it has declined to do" (none)), "Media inquiries:"
(none)); a school board's minutes ("Present:", "Staff:" and "Regrets:" lines defining "The Chair", "The Director" and
"The Superintendent of Business"; the call to order, a declaration of conflict, "presented the ... report" (none);
delegations' "told the Board that A and that B" (one), "asked the Board to defer" (a request), "spoke against the
closure, saying that B" (B only), "stated that A and urged B" (two); "He advised that", "He noted that the Ministry of
Education had indicated A" (his; the Ministry's nested), "asked the Director whether" (none), "The Director responded
that", a student trustee's "said students at Eastbrook had told her A" (hers; theirs nested); motions, "Moved by",
"THAT ...", "LOST", "CARRIED", recorded votes and a non-binding vote (none); "spoke to the motion, stating that" (the
content after the cue), "expressed concern that", "stated that he supported A but that B" (one), "reported that A and
that B" (one), "She recommended that", "Letter from X, advising that" (X's) and "Letter from X, thanking" (none), "The
Chair reported that A and thanked staff" (A only), the adjournment and signature lines (none)); a premier's news
release ("X announced today" after the lede's plan (the premier), the plan's details in the release's voice (none),
'"A," said Premier X. "B."' (two), "The Premier also said", "the Westmarch Medical Association, which estimated in a
report ... that" (the association's, a cue in a relative clause), "has directed the health regions to report" (a lone
directive, an act, none), "X reported in January that" and "In its submission on the plan, X said" (the council's
and the association's), "Quick facts" bullets (none), five quotations each over a line "— NAME, TITLE" (each one
statement of NAME, cue ""), "Learn more" and "Media contacts" (furniture)).

build_br_paper.py, five North American newspaper articles: a snow plow driver shortage (a headline "..., union says"
(the union president the story quotes, round 38's bare role noun), a deck "Residents fume over ...; city blames
national trucker shortage" (the fuming none; the city's roads manager who gives the reason below), "the union
representing the drivers says" (the union, named in full below with its president), '"A. B," said X' (one), "said A.
She said B" (two), "according to figures provided to the Courier by the City of Halden" (the city), two women ("X, who
lives on Orchard Crescent" and "Her neighbour, Y") and "She said" after the second (Y), a narrator's question "Did the
city consider hiring private contractors?" (none) answered by "It did, Oduya-Kemp said, but B" (one, in parts), "Coun.
X, who chairs ...", "Not everyone thinks money is the answer." (none), "said A, not the pay, and that B" (one), a
founder of a group "said", "A, Mayor X told reporters Tuesday" and "She declined to say A, but said B" (B only), the
reporter's e-mail line (none)); an algae bloom (a headline with no cue; a deck "Cottage association says bloom worst
in memory; conservation authority points to farm runoff" (the association's president and the authority's scientist
the story quotes), "the Tamarack District Health Unit said", "The health unit said" and "It advised residents not to
swim" (advice, a statement), two quotations either side of "said X, president of Y" (two), "She said the association
had warned the township ... that" (hers, the association's earlier warning not marked), "Scientists at X say" (the open
group), "According to a 2043 report by the authority" and "The report also recommended" (the authority, the report's
maker), "Some farmers say" (the open group), a farmer described in a who-clause, "Asked whether ..., a health unit
spokesperson said" (the description), "the provincial environment ministry said in a report", a photo credit
(none)); a curling club's ice plant failing, with page noise (a breadcrumb, "Published ... | Updated ...", "Share on
...", "Advertisement", "Related:", "Comments (12)" with readers' comments (one reporting what the treasurer told
him), "Most Read" repeating the headline; all none), a headline with no cue, a deck "Club says repairs would cost
$340,000; members vow to rebuild" (the club's president; the open group "members"), "the club's board announced",
"said a technician told the board that A" (his; the technician's nested), two men named together, then the second
alone ("Pedersen-Mwangi, a retired bank manager, has kept the club's books since 2030. He said" (the treasurer)),
"confirmed the meeting took place" (a confirmation with a clause), "said she had already called three other clubs,
but B" (one), "A group of members calling itself X has started an online fundraiser" (an act, none), "Its organizer,
X, said", "X, the sport's regional body, said", "A, according to X, an engineer who ..." (X's)); a backyard rooster (a
headline "..., bylaw officer rules; owner vows appeal" (the officer the story names below; the owner), "has ordered X
to remove a rooster ..., ruling that B" (the order an act; B the officer's), "The order, dated ... and signed by
officer X, says" and "It states that" (the signer's, round 43's document X has signed), "referred questions to" (none),
"She would not say who complained." (none), "Two of X's neighbours said" (the group's mention), "Another neighbour, who
asked not to be named because ..., said" (the description), "Coun. X, who pushed for the hen program," (background,
none) "said she had asked staff whether A" (hers), "She said she has not received an answer.", a daughter named by her
first name ("X's daughter, Celine,") and "she said" after her, "has started a petition asking council to change the
rule" (the petition's words, its named starter's), "A, the city clerk's office confirmed", "was unavailable for
comment" (none)); a youth baseball coach dismissed (a headline "...; he says he was 'protecting arms'" (the coach the
lede names), "voted 6-1" (an act), "In a letter to parents ..., board president X said" and "She wrote that", "X says
A. He said B, and that C" (two statements), "disputed that account" (a position with its object, a statement) and "He
said" (the parent, a second man), a narrator's question "Did the coach yell at players?" (none) answered by "Several
parents who spoke to the Ledger said he did; others said B" (two open groups), "said he had hired a lawyer, X, who sent
the board a letter Tuesday demanding that A" (the coach's; the lawyer's letter nested), "declined to comment" (none),
two women ("X declined to comment ... The board's vice-president, Y, said A but B" (one) and "She said" (Y)),
"according to Dr. X, a sports medicine physician ..." (X), "said it does not intervene in A but recommends B" (one)).

All invented: places, bodies, outlets, companies and people, dated 2044. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- "Investigators ... have identified X as the most likely source" (a finding with a noun object and an "as"
  complement, on a body's own page) is none, as round 58's "confirmed the strain as X"; "A, the provincial laboratory
  confirmed" (a clause) is the laboratory's statement, as BP's "has confirmed that".
- A news release's quotations printed over a line "— NAME, TITLE" are each one statement of NAME with cue "" and
  mention the name as the line gives it; the release's own account of the plan and its "Quick facts" are narration.
- "He explained the delay by saying that A" is one statement, A (round 45's "defended it, saying B").
- An answer under "A:" in a "Questions and answers with Dr. X" section is Dr. X's, as a briefing's unlabelled "Answer:"
  is the spokesperson's the heading names; "That is a question for the Ministry of the Interior." is a deflection,
  none (BB's "I will leave that question to the minister."), while "No, that is not true. ..." is a statement.
- "The Bureau does not accept that A" is the Bureau's statement with A (BP's "I do not accept the Employer's submission
  that A"); the terminal operators' figures that "do not support this" have no clause of their own, none.
- "has started a petition asking council to change the rule" speaks for the petition's starter (round 42's filers
  named with a petition), content "council to change the rule".
- "disputed that account" is a position with its object (round 34's "rejected the claim"), content "that account".
- "Its director, X, told lawmakers in January that" keeps no date field (the month only, inside the publication year).
"""
import build_br_wire  # noqa: F401  (each module adds its documents)
import build_br_gov  # noqa: F401
import build_br_paper  # noqa: F401
from invented_common import write

write('invented_br_gold.jsonl', per_document=True)
