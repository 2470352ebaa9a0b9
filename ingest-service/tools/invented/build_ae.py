#!/usr/bin/env python3
"""Builds invented set AE: an unseen set of round 42 (issues 9 and 10), written by "writer" before the extractor first
ran on it, whose classified misses (with newly invented examples, never AE's text) go to the round's fixers. Five wire
stories, six government texts, five North American newspaper articles (ids aeNN-kind-..., 01-05 wires, 06-11 government
texts, 12-16 newspapers), dated 2032; the documents are in three modules, one per kind.

build_ae_wire.py, five wire stories: a central bank's rate decision in the agency style of a markets wire (a headline
"Governor Sees Room to Ease", economists who "had forecast", deck bullets one with "says", a press conference with follow-on quotes, a policy
statement and "It repeated its guidance", economists who "wrote in a note", "according to" an economist then "She
expects", "Asked whether ..., X said A and that B", an interrupted content "Its purchases ..., she said, were ...", a
minister who "has pressed the bank", an exporters' body that "said A and called for B" (two), ", citing" after an act);
an AP-style wildfire evacuation (a lede's "officials said", "according to" a forestry department, a sheriff and an
incident commander with follow-ons, a governor who "wrote on social media", evacuees, "A rancher who gave only his
first name, Walt,", "acknowledged A and said B" (two), a utility's spokesperson, "have warned"); a Xinhua-style import
expo (a headline ending "-- vice minister", "Addressing the opening ceremony, X said", "According to the expo's
organizing committee", a guest minister who "told Xinhua", exhibitors, "Experts said", a researcher who "noted", "A
survey released by the committee showed", "the Ministry of Commerce announced"); a Reuters-style extradition ruling
abroad (prosecutors who "accuse" in a where-clause, a judge who "ruled that" and "writing that", "has denied all the
charges", a lawyer with follow-ons, "the defence had argued", a ministry that "welcomed the decision" and its
spokeswoman "said in a statement", a wife who "told Calloway", a foreign minister who "accused", "a remark X called
unacceptable", "according to court documents"); a UPI-style defence item (a headline "Karvath says ...; Drenmark
disputes its account" of two states, a ministry "said in a statement posted on its website", a deputy minister, "Two ...
officials, speaking on condition of anonymity", "One of the officials", "rejected that account", a spokesman
"in a second statement", "has denied any involvement", "A U.S. official, who asked not to be identified",
"According to figures compiled by" an institute).

build_ae_gov.py, six government texts: a summary of a president's annual address ("the President noted", "The head
of state pointed out", "announced the following priorities:" over four bullets, "drew attention to", "expressed
concern over", "In her words,", "instructed the Government:" over three bullets, "welcomed A and said B" (two),
a Speaker who "told journalists", an opposition leader); a foreign ministry's weekly briefing transcript ("Name:"
turns, an opening turn of two announcements, "Outlet: question" turns (none) with premises naming a foreign transport minister and the
foreign minister, a follow-up, a closing turn (none)); a readout of an intergovernmental commission (two co-chairs,
one with a title whose field lists with commas, "The Kessarian co-chair", "The Orlandian co-chair", "According to the
Deputy Prime Minister", "The Co-Chairs noted with satisfaction", "The Parties agreed:" over bullets, "reported",
"informed the Commission that A and proposed B" (two), "invited" (none), "added"); a health ministry's situation page
(menu words, figure bullets (none), a minister with a follow-on, a photo caption "speaks with nurses" (none),
"According to Chief Epidemiologist X", "The Chief Epidemiologist recommends:" over bullets, a society that "has endorsed
A and urged B" (two), a regional department head, an institute that "reported", advice bullets (none)); a regional
news page aggregating a governor's channel posts (a "Governor: ..." headline, "Posted at" posts as follow-on quotes,
one running over two paragraphs, "In a later post, the governor said", a district head, a spokeswoman, a resident,
"According to a report of the regional audit chamber", a "Related:" list with "Governor promises" and "forecasters
say"); a parliament's plenary summary (a minister presenting a bill, a rapporteur who "informed the deputies", deputies
in turn who "objected", "asked" with a quotation, "supported the bill and recalled" (two), "said he would vote
against", "asked the Minister whether" (none), "The Minister answered that", "called the bill ... and urged" (two), a
vote (none)).

build_ae_paper.py, five North American newspaper articles: a coroner's inquest (deck "Mother tells jury", a mother
who "told a coroner's jury" in the lede, a coroner, a police constable who "testified" and reports what a driver told
investigators (nested), "agreed", "The jury heard that" (none), a traffic engineer with "a figure he described as" and
"which he called", a city's statement, a sister, an advocate with a follow-on); a provincial budget (deck "Province
... promises", "Opposition says", "she insisted", "according to budget documents", the critic who "called A and said
B" (two) and "accused", "The government denies hiding anything.", a ministry spokesperson, a third-party critic who "welcomed A
but said B" (two), a chamber of commerce "said A and urged B" (two), "In her view,", a nurses' union, the premier
"Asked whether ...", "he said, 'Not on my watch.'"); a technology startup (deck "Founders say", present-tense "says"
and past "said" for the same people, an investor, a regulator that "said last month", a spokeswoman who "declined to
say" (none), "according to an analysis by" a consumer group, "rejects the comparison", a user, an analyst with "In her
view,"); a soccer game story (deck "Coach praises", players and coaches after the game with follow-ons, a referee who
"ruled after watching the replay that", "did not hide her frustration" (none), "said A, but called B" (two), "Asked
whether ..., the coach laughed. '...,' he said", a banner "reading" (none)); an obituary (a person described before
she is named, "her daughter says" interrupting a sentence, a son who "remembers her as strict", a colleague who
"recalled a winter night", "Benvenuti, she said, kept ...", a doctor, "insisting that", "The family asks that"
(none), pronouns across two women and several men).

All invented: places, bodies, outlets, teams and people. Annotated by hand by /work/shared/eval/GUIDELINES.md and the
README's settled conventions, and committed before the extractor's first run was read for anything but figures and
slips. Decided here, where the conventions are silent:
- A deck's "Founders say" of two founders the story names is the pair ("A and B"), as a named group; a deck's
  "Mother tells jury", "Coach praises", "Province ... promises", "Opposition says" are the people the story quotes for
  them (round 38's deck convention).
- A briefing's opening turn with its greeting and two announcement paragraphs is one statement (a turn of several
  paragraphs is one, its greeting kept); its closing turn is procedural, none.
- A "Related:" teaser "Governor promises ..." keeps "Governor" (a teaser's speaker is found within the teaser), though
  the page's governor is meant.
- A messaging channel's posts an aggregating page quotes under "Posted at ..." are follow-on quotes of the governor the
  page names first (mention "", cue ""); a post of two paragraphs is one statement.
- A summary's narration of figures after "the President noted that A" ("The economy grew by 3.6 percent, ...") is the
  narrator's; a deputy's quotation ending in rhetorical questions and cued "he asked" is a statement, as it opens with
  an assertion; "asked the Minister whether" is a question (none).
- "The government denies hiding anything." is a statement; "a remark X's government called unacceptable" gives X's
  "unacceptable"; economists who "had forecast a quarter-point reduction" make a statement (a forecast, as "traders
  reckoned"); a survey "released by" a committee speaks as the survey (a releaser prints); "a report of
  the regional audit chamber" names its maker.

usage: python3 ingest-service/tools/invented/build_ae.py  (writes src/test/resources/eval/invented_ae_gold.jsonl)
"""
import build_ae_wire  # noqa: F401  (each module adds its documents)
import build_ae_gov  # noqa: F401
import build_ae_paper  # noqa: F401
from invented_common import write

write('invented_ae_gold.jsonl', per_document=True)
