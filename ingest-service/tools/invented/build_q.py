#!/usr/bin/env python3
"""Builds invented set Q: North American newspaper articles, wire stories and government texts in equal measure, the
three held-out kinds, written unseen in session 34 by "writer" (issues 9 and 10).

Six newspaper articles: a council vote on a downtown tower (a '"...," mayor says; neighbours vow to appeal' deck,
"called the vote", "she told reporters" and a follow-on quote, "according to a staff report" and "The report found",
a councillor who "voted against" (none) and whose "He said" comes after a question he "asked" (none), "A city planner,
Ingrid Mwale-Thorsen, said it had", "supported the proposal, arguing that" (two), "also backed the tower, though he said"
(two), a residents' association's statement and its chair, a quote with ", drawing applause from ..." after the cue,
"thanked council and said" (one), "declined to say", an interrupted direct quote); a guilty plea in a fatal hit-and-run
("Driver pleads guilty in crash ..." headline and "pleaded guilty to ..." lede as statements, a "Victim's mother tells
court '...'" deck, "spoke only to confirm that", "the Crown and the defence both said" before either is named, "police
said at the time", "asked Justice ... to consider", a statement read to the court, "The justice ... She said", an
anonymous "person familiar with the investigation, who was not authorized to speak publicly" and "The person", a
company's emailed no-comment sentence, "who pleaded guilty last year" in a relative clause (none), "condemned what it
called" and "called on"); a state report on lake algae (a "..., state report finds" headline, a "scientists say; farm
group calls findings '...'" deck, "according to a state report", "The report, by the state Department of
Environmental Quality, found", "The report recommends ..., measures that are now voluntary" (the narrator's noun phrase
ends the content), "rejected the report's conclusions and called them" (two), "questioned the study's sampling, saying"
(two), "He said, however,", "welcomed the report and said" (two), "according to the ... Chamber of Commerce", a
scientist "who was not involved in the study", "called the report" and "said" after one pronoun, residents as a group,
"The department said"); a plant closing with quarterly results ("Union condemns decision as '...'; CEO says" deck,
"the company said Wednesday, eliminating 640 jobs" (the participle after the cue is the narrator's), "reported a ...
net loss" (narration), "told analysts on a conference call", "The company expects ..., chief financial officer ...
said on the call" with the company's nested expectation, "condemned the decision as '...' of workers who ...",
"said in an interview", a quote-less "..., she said" sentence, "expressed hope that", an analyst who "said ... and
raised his price target ..., arguing that", "wrote in a note to clients", "Asked about ..., ... said", "according to a
memo to employees seen by the Times", "declined to comment", a provincial ministry's statement); a feature on a bakery
closing (an owner quoted across other people's paragraphs by "she", "a victim, its owner says, of ..." interrupted,
"Her sons, Emilio and Joaquin" then "The brothers said", "Mom always said" nested in a son's quote, "tells it
differently" (none), a regular customer, "Joaquin, the younger brother, ... He said", a curator's "She called it", a
councillor "she" whose quote follows two other women's, "She turned him down, he said, '...'" interrupted and mixed,
"Asked what she would do ..., she laughed" (none)); a scraped county-paper page on school bus cuts (skip link,
subscription line, menus, breadcrumbs, a deck with "Parents say" and "superintendent says '...'", byline and time
stamps, "Listen to this story", a photo caption, "a move the district says will save ...", "according to district
figures", "Advertisement", a parents' group and one parent, a board chair "who voted for the cuts", "questioned the
figures ..., saying", "said in an email", two "READ MORE:" teasers, "a district spokesperson said", share buttons,
readers' comments, "Most read" teasers, a newsletter line, footer).

Five wire stories: a GLOBAL MARKETS wrap (asterisk summary lines, one with "holds rates, says ...", "its governor
said", "as expected by all 31 economists in a Tellus poll" and "a change investors read as a signal" (none: the
narrator's account of expectations), "according to Tellus calculations based on money market pricing", "the national
statistics office said, after a 0.2% rise in January" (the adjunct after the cue is not content), "after Morvath's
energy ministry said", "after the country's finance ministry said it was watching ..., remarks traders took as a
warning" (the narrator's noun phrase ends it), "Analysts at Glendower Merritt said in a note" (a group with no names)); a diplomatic
crisis over expelled diplomats ("...; Brastova vows response" headline, "accusing them of", "The Ulmenian foreign
ministry said", "summoned" and "handed him a note" (none), "rejected the accusations as '...' and said" (two), a
spokesman's quote, "He did not say when" (none), "..., the ministry said", an anonymous "senior Brastovan official, who
spoke on condition of anonymity ..." and "The official", a country that "called for restraint", a mediating minister
whose "Both assured me" is nested (the two foreign ministers, named earlier), a UN spokeswoman who "said ... and urged"
(two), the EU's "expressed concern over '...' and called on" (two), an analyst); an election ("opposition alleges
fraud" headline, "Observers say" deck, "preliminary results showed", "the main opposition alliance said", "With 87% of
polling stations counted, ..., the Central Election Commission said" (the adjunct before the content is in it), a
prime minister who "addressed cheering supporters" (none) and then "he said", "rejected the preliminary results and
said" (two), "She did not present evidence" (none), an observer mission's "said in a preliminary statement that ...,
citing ..." (citing NP none) and "It noted, however,", "the head of the mission, ..., told a news conference", "...
congratulated ... in a telephone call ..., the prime minister's office said" (the office's statement; the congratulation
itself is a courtesy), an anonymous "One opposition official" and "The official"); a landslide ("officials said",
an agency and its spokesman who "told Tellus by telephone", "Survivors described", two witnesses with follow-on
quotes, a quote holding a question, "declared three days of national mourning" (none) and "She ... said", "He said
geologists had warned in 2023 that" with the geologists' nested warning, "said ... and appealed for" (two), "The national
weather service forecast", a UN coordinator, "offered to send a rescue team" (none), "Environmental groups have
blamed"); an interview story ("..., minister says" headline and deck with "union warns against sale", "told Tellus in
an interview", "She declined to name" (none), "the minister said in her office", "Without them, she said, ..."
interrupted, "She acknowledged that", "has said it will", an opposition lawmaker's "she" between the minister's, a
union's "warned" and its leader's statement, a chief executive's "said last month", "declined to comment" (none),
"Asked whether ..., the minister said:", a closing "She said").

Five government texts: a presidents' talks readout ("welcomed the Delmarian delegation" (courtesy, none) "and noted
that", a quote and its follow-on, "expressed support for ... and said" (two), "thanked ... for the invitation" (none),
"She stressed that", "According to the President of Delmaria", "The two Presidents expressed concern over ... and
called for" (two), "informed her counterpart about" (none), "said ... and proposed" (two), "The Delmarian side
supported the proposal" (a position: a statement this round), "The leaders agreed that", "signed" (none), "described
the negotiations as '...'" (the quoted phrase), "invited" and "The invitation was accepted" (none)); a joint statement
of two ministries in numbered paragraphs ("(hereinafter "the Parties")", "The Parties expressed concern over",
"noted that ... and agreed that" (two), "agreed to", "informed ... about" (none), "The Estmarch Party welcomed the
results and supported the proposal of the Korvenian Party" (two), "stressed that", "called on", "reaffirmed their
commitment", and each minister's remark to journalists); a bulleted digest of a minister's conference speech (bullets
after "the Minister stressed:" and "The Minister also noted:", two dashed sub-bullets under "such a system should
include:", "said that ... and called on" (two), "Answering questions ..., the Minister said that", "thanked" (none),
"confirmed that", a conference chair's "emphasised:" bullets); a foreign-ministry briefing transcript in
"Question:"/"Answer:" turns (a named opening turn of two paragraphs after "Good morning, colleagues.", question premises
"The Orthosian foreign minister said yesterday that", "There are reports that" (none), "The Ministry of Finance said on
Monday that", "has called the Minister's trip ... '...'", answers with a self-correction and "As Minister ... said last
week" nested, a courtesy-only exchange at the end); a cabinet meeting on drought ("Opening the meeting, the Prime
Minister said", a quote, "reported", "She proposed", "The proposal was approved" (none), "According to the Minister of
Water Resources, ...", "He warned that", "noted that", "The Minister said", "informed the Council about" (none), dashed
instructions after "the Prime Minister instructed:", "approved a decree" (none), "thanked" (none), "He called on
citizens to", "the head of the Government said").

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md, the seeds, the PREAMBLE's settled decisions
(including this round's: a verb reporting a speaker's expressed position on something is a statement even with only a
noun object; content is the object with its complement) and the conventions of sets N-P, and committed before the
extractor first ran on the texts; names of people, places and bodies checked with grep against sets A-P and the
seeds. Decided here:
- Stance verbs with a noun object are statements, content the object with its complement: "supported the proposal"
  ("the proposal"), "backed the tower", "rejected the report's conclusions", "rejected the accusations as '...'" (the
  object and its "as" complement, as "condemned the decision as '...' of workers who ..."), "rejected the preliminary
  results", "welcomed the report", "welcomed the results", "questioned the study's sampling", "questioned the figures
  ...", "condemned what it called '...' on the road", "expressed hope that ..." and "expressed concern over ..." and
  "expressed support for ..." (content from "hope"/"concern"/"support", cue "expressed"). Courtesies and acts stay none:
  "thanked", "welcomed the delegation", "congratulated" (the office's report of it is its own statement), "invited",
  "offered to send a rescue team", "voted for/against", "signed", "summoned", "declared ... mourning", "approved".
- "pleaded guilty to X" in a main clause (headline or lede) is a statement whose content is "guilty" with its
  complement ("guilty to criminal negligence ...", the headline's "guilty in crash that killed ..."); "who pleaded
  guilty last year" in a relative clause is background (none).
- Groups whose members the document names resolve to the names joined by " and " in the order the document first
  names them: "the Crown and the defence" ("Lucinda Maartens-Udeh and Ruben Escobedo-Whyte"), "The brothers" ("Emilio
  and Joaquin", the fullest form the document gives), "Both" in the mediator's quote (the two foreign ministers), "The
  two Presidents" and "The leaders", "The Parties" of the joint statement (the two ministries' full names). One side of
  a joint statement ("The Estmarch Party") is its ministry; "The Delmarian side" of the talks is its president.
  Unnamed groups stay as their mention ("Parents who spoke during the public comment period", "Residents who gathered
  at ...", "Analysts at Glendower Merritt", "Survivors", "Environmental groups", "officials").
- A deck's or headline's short description resolves to whoever says it in the story: "mayor", "CEO", "minister",
  "Energy minister", "superintendent", "Victim's mother"; a plural description to the group or person who says it
  there ("neighbours vow to appeal" is the residents' association that said it would appeal; "scientists say" is the
  hydrologist who led the study; "Parents say" is the parents' group; "Observers say" is the observer mission;
  "opposition alleges fraud" is the alliance; "union warns" is the workers' union).
- A document named with its maker speaks for the maker ("The report, by the state Department of Environmental Quality"
  and the headline's "state report", "district figures", "Tellus calculations"); a document whose maker the text does
  not name speaks as itself ("a staff report", "a memo to employees"); results with no maker speak as themselves
  ("preliminary results showed").
- Anonymous sources resolve to their first mention when referred back ("The person", "The official").
- Transcript answers are the spokesperson's statements with no mention or cue; an answer spans the turn's sentences
  (from the first content sentence; "Good morning, colleagues." and the courtesies are none).
- Adjuncts of the narrator after the cue are no part of the content (", drawing applause ...", ", eliminating 640
  jobs ...", ", after a 0.2% rise in January", ", citing ..."); an adjunct before the content inside the reported
  clause is ("With 87% of polling stations counted, ...").
- Nested (optional): the company's expectation in its CFO's sentence, "Mom always said" in a son's quote, the two
  ministers' assurance in the mediator's quote, the geologists' 2023 warning in the governor's statement, the
  minister's earlier words in the spokesperson's answer.
- Related teasers ("READ MORE:", "Most read") with "says" are statements marked region "related"; readers' comments,
  captions, menus and footers give none.

Corrected after the first run (a separate commit; the first run is reported on both versions), three slips by the
sets' own conventions found reading its misses: q07's headline "as central bank signals end of hikes" is the bank's
statement (sets F and J annotate a central bank's "signals ..." headline); q02's "condemned what it called 'a culture
of speed'" gains the nested "called" (as sets F and I's "criticised what he called ..."); q09's lede had "Homeland
Party party", a doubled word left by the renaming done before the commit to keep names unique (text only).

Amended in session 37 (issue 9, the thirty-fifth round's convention: ", citing X" after a verb or an act is a statement
of its own, the act's subject its speaker, content X; this supersedes any contrary line above): the observer
mission's "..., citing the ruling party's dominance of state television during the campaign" gains its statement.

usage: python3 ingest-service/tools/invented/build_q.py  (writes src/test/resources/eval/invented_q_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

doc('q01-quillan-falls-depot-tower', 'The Quillan Falls Sentinel', '2026-04-15', '''
Quillan Falls council approves 22-storey tower on Gantry Street after six-hour debate

“This is how a city grows up,” mayor says; neighbours vow to appeal

By Marguerite Vendramin-Hennessy
City Hall Reporter

QUILLAN FALLS — City council voted 7-4 late Tuesday to approve a 22-storey apartment tower on the site of the old bus depot on Gantry Street, ending a two-year fight that split the downtown ward and drew more than 60 speakers to the microphone.

Mayor Theodora Kasprzak-Dyer, who made housing the centrepiece of her 2024 campaign, called the vote “the most important thing this council will do this term.”

“This is how a city grows up,” she told reporters after the meeting. “We can keep saying no to every building taller than the church steeple, or we can house the people who already work here.”

The project, by Marrowgate Developments, would add 318 rental units, 48 of them priced below market for 25 years, according to a staff report presented to council. The report found that the site could be connected to existing water and sewer lines without new spending by the city.

Coun. Desmond Ukachi, who represents the ward, voted against the tower. He said the neighbourhood was not opposed to new housing but that the building was “twice the height anyone was promised.”

“People on Quillwort Lane bought their homes on the strength of a plan this council adopted in 2019,” he said. “Tonight we tore it up.”

Ukachi asked whether the developer had agreed to pay for a new traffic signal at Gantry and Fourth. A city planner, Ingrid Mwale-Thorsen, said it had, and that the signal would be installed before anyone moved in.

Coun. Fatima Eriksdottir-Lowry supported the proposal, arguing that the city had lost more than 1,200 rental units to condominium conversions since 2020. Coun. Lorne Lapointe-Watts also backed the tower, though he said he wanted the below-market units to remain affordable “for the life of the building, not for 25 years.”

The Quillwort Lane Residents’ Association said in a statement that it would appeal the decision to the provincial land tribunal. Its chair, Patrice Hallgrimsson, said the group had already raised $40,000 for legal fees.

“We are not against anyone living here. We are against a process that ignored us,” Hallgrimsson said, drawing applause from a small group of residents who had stayed until the end of the meeting.

The developer’s vice-president of planning, Colm Adebisi-Frost, thanked council and said construction could start in the spring of 2027 if the appeal is dismissed. He declined to say how much the project would cost.

Kasprzak-Dyer said she was not worried about the appeal.

“The tribunal looks at planning law,” she said, “and we followed it to the letter.”

Council also voted unanimously to rename the Gantry Street park after Elsie Brabazon, a longtime ward volunteer who died in March.
''',
    s('Theodora Kasprzak-Dyer', 'mayor', '“This is how a city grows up,”', 'says', 'direct', role='Mayor'),
    s('Quillwort Lane Residents’ Association', 'neighbours', 'to appeal', 'vow'),
    s('Theodora Kasprzak-Dyer', 'Mayor Theodora Kasprzak-Dyer, who made housing the centrepiece of her 2024 campaign', '“the most important thing this council will do this term.”', 'called', 'direct', role='Mayor'),
    s('Theodora Kasprzak-Dyer', 'she', '“This is how a city grows up,”', 'told', 'direct', role='Mayor', anchor='she told reporters after the meeting'),
    s('Theodora Kasprzak-Dyer', '', '“We can keep saying no to every building taller than the church steeple, or we can house the people who already work here.”', '', 'direct', role='Mayor'),
    s('staff report', 'a staff report', 'The project, by Marrowgate Developments, would add 318 rental units, 48 of them priced below market for 25 years', 'according to'),
    s('staff report', 'The report', 'the site could be connected to existing water and sewer lines without new spending by the city', 'found'),
    s('Desmond Ukachi', 'He', 'the neighbourhood was not opposed to new housing but that the building was “twice the height anyone was promised.”', 'said', 'mixed', role='Coun.'),
    s('Desmond Ukachi', 'he', '“People on Quillwort Lane bought their homes on the strength of a plan this council adopted in 2019,”', 'said', 'direct', role='Coun.'),
    s('Desmond Ukachi', '', '“Tonight we tore it up.”', '', 'direct', role='Coun.'),
    s('Ingrid Mwale-Thorsen', 'A city planner, Ingrid Mwale-Thorsen', 'it had, and that the signal would be installed before anyone moved in', 'said', role='city planner'),
    s('Fatima Eriksdottir-Lowry', 'Coun. Fatima Eriksdottir-Lowry', 'the proposal', 'supported', role='Coun.'),
    s('Fatima Eriksdottir-Lowry', 'Coun. Fatima Eriksdottir-Lowry', 'the city had lost more than 1,200 rental units to condominium conversions since 2020', 'arguing', role='Coun.'),
    s('Lorne Lapointe-Watts', 'Coun. Lorne Lapointe-Watts', 'the tower', 'backed', role='Coun.'),
    s('Lorne Lapointe-Watts', 'he', 'he wanted the below-market units to remain affordable “for the life of the building, not for 25 years.”', 'said', 'mixed', role='Coun.'),
    s('Quillwort Lane Residents’ Association', 'The Quillwort Lane Residents’ Association', 'it would appeal the decision to the provincial land tribunal', 'said'),
    s('Patrice Hallgrimsson', 'Its chair, Patrice Hallgrimsson', 'the group had already raised $40,000 for legal fees', 'said', role='chair'),
    s('Patrice Hallgrimsson', 'Hallgrimsson', '“We are not against anyone living here. We are against a process that ignored us,”', 'said', 'direct', role='chair'),
    s('Colm Adebisi-Frost', 'The developer’s vice-president of planning, Colm Adebisi-Frost', 'construction could start in the spring of 2027 if the appeal is dismissed', 'said', role='vice-president of planning'),
    s('Theodora Kasprzak-Dyer', 'Kasprzak-Dyer', 'she was not worried about the appeal', 'said', role='Mayor'),
    s('Theodora Kasprzak-Dyer', 'she', ['“The tribunal looks at planning law,”', '“and we followed it to the letter.”'], 'said', 'direct', role='Mayor', anchor='“The tribunal looks at planning law,”'),
)

doc('q02-osterby-cyclist-plea', 'Gaskill County Herald', '2026-05-05', '''
Driver pleads guilty in crash that killed cyclist on Cormorant Road

Victim’s mother tells court ‘there is a chair nobody sits in’; sentencing set for June

By Aurelio Pettigrove-Ngata
Courts Reporter

OSTERBY — A 31-year-old delivery driver on Monday pleaded guilty to criminal negligence causing death and failing to remain at the scene of the crash that killed a cyclist on Cormorant Road last August.

Dashiell Pronk-Addai stood in a grey suit in Gaskill County court and spoke only to confirm that he understood the charges. He faces up to 14 years in prison, though the Crown and the defence both said they expected a much shorter sentence.

Noor Aldaco-Helmsley, 24, a graduate student at Osterby University, was struck from behind while riding home from a late shift at a campus lab. The driver kept going and turned himself in two days later, police said at the time.

Crown prosecutor Lucinda Maartens-Udeh told the court that Pronk-Addai had been driving at nearly twice the 50 km/h limit and had been looking at a delivery app on his phone seconds before the impact.

“He did not brake. He did not stop. He went home and parked the van in his mother’s garage,” Maartens-Udeh said.

Defence lawyer Ruben Escobedo-Whyte said his client “has not slept a full night since” and had turned himself in “because it was the right thing to do.” He asked Justice Miriam Adewusi-Foss to consider a sentence of two years less a day, to be served in the community.

The victim’s mother, Adaeze Aldaco-Helmsley, read a statement to the court, pausing several times.

“Every night I set the table for three, and there is a chair nobody sits in,” she said. “I do not need him to suffer. I need him to understand.”

The justice set sentencing for June 18. She said she would need time to read the more than 40 letters of support filed by the driver’s family and co-workers.

A person familiar with the investigation, who was not authorized to speak publicly, said detectives had identified the van within hours from a partial licence plate captured by a transit bus camera. The person said Pronk-Addai’s employer, the courier firm Swiftline Parcel, had cooperated fully.

Swiftline Parcel said in an email that it “does not comment on matters before the courts.”

Osterby police Chief Harlan Kilbride-Aune said outside the courthouse that the case had led the department to step up enforcement on Cormorant Road, where three cyclists have been seriously injured since 2023. Another driver, Garrick Tostevin, who pleaded guilty last year to dangerous driving on the same stretch, was sentenced to 18 months.

The Osterby Bike Union condemned what it called “a culture of speed” on the road and called on the city to install protected bike lanes before the fall term begins.

“Noor did everything right. She had lights, she had a helmet, she was in the bike lane,” said the group’s co-chair, Philippa Ozanne-Blom. “Paint on the road is not protection.”
''',
    s('Adaeze Aldaco-Helmsley', 'Victim’s mother', '‘there is a chair nobody sits in’', 'tells', 'direct'),
    s('Dashiell Pronk-Addai', 'Driver', 'guilty in crash that killed cyclist on Cormorant Road', 'pleads'),
    s('Dashiell Pronk-Addai', 'A 31-year-old delivery driver', 'guilty to criminal negligence causing death and failing to remain at the scene of the crash that killed a cyclist on Cormorant Road last August', 'pleaded'),
    s('Dashiell Pronk-Addai', 'Dashiell Pronk-Addai', 'he understood the charges', 'confirm'),
    s('Lucinda Maartens-Udeh and Ruben Escobedo-Whyte', 'the Crown and the defence', 'they expected a much shorter sentence', 'said'),
    s('police', 'police', 'The driver kept going and turned himself in two days later', 'said', date='2025'),
    s('Lucinda Maartens-Udeh', 'Crown prosecutor Lucinda Maartens-Udeh', 'Pronk-Addai had been driving at nearly twice the 50 km/h limit and had been looking at a delivery app on his phone seconds before the impact', 'told', role='Crown prosecutor'),
    s('Lucinda Maartens-Udeh', 'Maartens-Udeh', '“He did not brake. He did not stop. He went home and parked the van in his mother’s garage,”', 'said', 'direct', role='Crown prosecutor'),
    s('Ruben Escobedo-Whyte', 'Defence lawyer Ruben Escobedo-Whyte', 'his client “has not slept a full night since” and had turned himself in “because it was the right thing to do.”', 'said', 'mixed', role='Defence lawyer'),
    s('Ruben Escobedo-Whyte', 'He', 'Justice Miriam Adewusi-Foss to consider a sentence of two years less a day, to be served in the community', 'asked', role='Defence lawyer'),
    s('Adaeze Aldaco-Helmsley', 'she', '“Every night I set the table for three, and there is a chair nobody sits in,”', 'said', 'direct'),
    s('Adaeze Aldaco-Helmsley', '', '“I do not need him to suffer. I need him to understand.”', '', 'direct'),
    s('Miriam Adewusi-Foss', 'She', 'she would need time to read the more than 40 letters of support filed by the driver’s family and co-workers', 'said', role='Justice'),
    s('A person familiar with the investigation', 'A person familiar with the investigation, who was not authorized to speak publicly', 'detectives had identified the van within hours from a partial licence plate captured by a transit bus camera', 'said'),
    s('A person familiar with the investigation', 'The person', 'Pronk-Addai’s employer, the courier firm Swiftline Parcel, had cooperated fully', 'said'),
    s('Swiftline Parcel', 'Swiftline Parcel', 'it “does not comment on matters before the courts.”', 'said', 'mixed', anchor='Swiftline Parcel said in an email'),
    s('Harlan Kilbride-Aune', 'Osterby police Chief Harlan Kilbride-Aune', 'the case had led the department to step up enforcement on Cormorant Road, where three cyclists have been seriously injured since 2023', 'said', role='police Chief'),
    s('Osterby Bike Union', 'The Osterby Bike Union', 'what it called “a culture of speed” on the road', 'condemned', 'mixed'),
    s('Osterby Bike Union', 'it', '“a culture of speed”', 'called', 'direct', nested=True, via='Osterby Bike Union'),
    s('Osterby Bike Union', 'The Osterby Bike Union', 'the city to install protected bike lanes before the fall term begins', 'called on'),
    s('Philippa Ozanne-Blom', 'the group’s co-chair, Philippa Ozanne-Blom', '“Noor did everything right. She had lights, she had a helmet, she was in the bike lane,”', 'said', 'direct', role='co-chair'),
    s('Philippa Ozanne-Blom', '', '“Paint on the road is not protection.”', '', 'direct', role='co-chair'),
)

doc('q03-lake-wennimac-algae-report', 'The Wapiti Valley Record', '2026-03-27', '''
Farm runoff behind record algae blooms on Lake Wennimac, state report finds

Phosphorus levels have doubled since 2010, scientists say; farm group calls findings ‘one-sided’

By Yvette Ravenhill
Environment Reporter

Phosphorus from farm fields is the main cause of the toxic algae blooms that closed beaches on Lake Wennimac for a record 41 days last summer, according to a state report released Thursday.

The report, by the state Department of Environmental Quality, found that phosphorus levels in the lake’s southern basin have more than doubled since 2010, and that about two-thirds of the phosphorus entering the lake comes from fertilizer and manure washing off farmland in the Wapiti River watershed.

“The science here is not ambiguous,” said Halina Brzezinski-Okwara, the department hydrologist who led the three-year study. “The lake is telling us exactly what is going into it.”

The report recommends that the state require buffer strips of at least 35 feet along streams that feed the lake and limit winter manure spreading, measures that are now voluntary for most farms.

Those recommendations drew swift criticism. The Wapiti Valley Farm Bureau rejected the report’s conclusions and called them “one-sided.” The group’s president, Arne Gustavsen-Tweed, said farmers had already planted cover crops on more than 60,000 acres at their own expense.

“Nobody cares more about that water than the people who live next to it,” Gustavsen-Tweed said. “We drink from the same wells.”

He also questioned the study’s sampling, saying most of the measurements were taken after heavy rains, when runoff is highest.

Brzezinski-Okwara said the team had sampled in every season and that the report’s appendix showed the results “rain or shine.”

Department director Obadiah Renfrew-Ishikawa said the agency would hold public hearings in four counties this fall before drafting any rules. He said, however, that the department could not wait “another decade” for voluntary measures to work.

State Sen. Lucia Wetherall-Nnamdi, a Democrat whose district includes most of the lake’s shoreline, welcomed the report and said she would introduce a bill in January to pay farmers for buffer strips.

Beach closures have cost towns around the lake an estimated $19 million in lost tourism since 2021, according to the Lake Wennimac Chamber of Commerce.

Not every scientist agreed with the report’s emphasis. Anselm Vanterpool, a limnologist at Greyhallow State University who was not involved in the study, said warmer summers were also playing a large role.

“You could cut the phosphorus in half and still see blooms in a hot year,” he said. But he called the report “careful work” and said its core finding was “hard to argue with.”

Residents who gathered at the Osprey Point boat launch on Thursday evening said they mainly wanted to know whether they could swim this summer. The department said it would post weekly test results online starting in June.
''',
    s('Department of Environmental Quality', 'state report', 'Farm runoff behind record algae blooms on Lake Wennimac', 'finds'),
    s('Halina Brzezinski-Okwara', 'scientists', 'Phosphorus levels have doubled since 2010', 'say', role='department hydrologist'),
    s('Wapiti Valley Farm Bureau', 'farm group', '‘one-sided’', 'calls', 'direct'),
    s('Department of Environmental Quality', 'a state report', 'Phosphorus from farm fields is the main cause of the toxic algae blooms that closed beaches on Lake Wennimac for a record 41 days last summer', 'according to'),
    s('Department of Environmental Quality', 'The report', 'phosphorus levels in the lake’s southern basin have more than doubled since 2010, and that about two-thirds of the phosphorus entering the lake comes from fertilizer and manure washing off farmland in the Wapiti River watershed', 'found'),
    s('Halina Brzezinski-Okwara', 'Halina Brzezinski-Okwara, the department hydrologist who led the three-year study', '“The science here is not ambiguous,”', 'said', 'direct', role='department hydrologist'),
    s('Halina Brzezinski-Okwara', '', '“The lake is telling us exactly what is going into it.”', '', 'direct', role='department hydrologist'),
    s('Department of Environmental Quality', 'The report', 'the state require buffer strips of at least 35 feet along streams that feed the lake and limit winter manure spreading', 'recommends'),
    s('Wapiti Valley Farm Bureau', 'The Wapiti Valley Farm Bureau', 'the report’s conclusions', 'rejected'),
    s('Wapiti Valley Farm Bureau', 'The Wapiti Valley Farm Bureau', '“one-sided.”', 'called', 'direct'),
    s('Arne Gustavsen-Tweed', 'The group’s president, Arne Gustavsen-Tweed', 'farmers had already planted cover crops on more than 60,000 acres at their own expense', 'said', role='president'),
    s('Arne Gustavsen-Tweed', 'Gustavsen-Tweed', '“Nobody cares more about that water than the people who live next to it,”', 'said', 'direct', role='president'),
    s('Arne Gustavsen-Tweed', '', '“We drink from the same wells.”', '', 'direct', role='president'),
    s('Arne Gustavsen-Tweed', 'He', 'the study’s sampling', 'questioned', role='president'),
    s('Arne Gustavsen-Tweed', 'He', 'most of the measurements were taken after heavy rains, when runoff is highest', 'saying', role='president'),
    s('Halina Brzezinski-Okwara', 'Brzezinski-Okwara', 'the team had sampled in every season and that the report’s appendix showed the results “rain or shine.”', 'said', 'mixed', role='department hydrologist'),
    s('Obadiah Renfrew-Ishikawa', 'Department director Obadiah Renfrew-Ishikawa', 'the agency would hold public hearings in four counties this fall before drafting any rules', 'said', role='Department director'),
    s('Obadiah Renfrew-Ishikawa', 'He', 'the department could not wait “another decade” for voluntary measures to work', 'said', 'mixed', role='Department director'),
    s('Lucia Wetherall-Nnamdi', 'State Sen. Lucia Wetherall-Nnamdi, a Democrat whose district includes most of the lake’s shoreline', 'the report', 'welcomed', role='State Sen.'),
    s('Lucia Wetherall-Nnamdi', 'State Sen. Lucia Wetherall-Nnamdi, a Democrat whose district includes most of the lake’s shoreline', 'she would introduce a bill in January to pay farmers for buffer strips', 'said', role='State Sen.'),
    s('Lake Wennimac Chamber of Commerce', 'the Lake Wennimac Chamber of Commerce', 'Beach closures have cost towns around the lake an estimated $19 million in lost tourism since 2021', 'according to'),
    s('Anselm Vanterpool', 'Anselm Vanterpool, a limnologist at Greyhallow State University who was not involved in the study', 'warmer summers were also playing a large role', 'said', role='limnologist'),
    s('Anselm Vanterpool', 'he', '“You could cut the phosphorus in half and still see blooms in a hot year,”', 'said', 'direct', role='limnologist'),
    s('Anselm Vanterpool', 'he', '“careful work”', 'called', 'direct', role='limnologist'),
    s('Anselm Vanterpool', 'he', 'its core finding was “hard to argue with.”', 'said', 'mixed', role='limnologist'),
    s('Residents who gathered at the Osprey Point boat launch on Thursday evening', 'Residents who gathered at the Osprey Point boat launch on Thursday evening', 'they mainly wanted to know whether they could swim this summer', 'said'),
    s('Department of Environmental Quality', 'The department', 'it would post weekly test results online starting in June', 'said'),
)

doc('q04-quennell-harlowe-ridge-closure', 'The Harlowe Ridge Times', '2026-07-30', '''
Quennell Industries to close Harlowe Ridge axle plant, cutting 640 jobs

Union condemns decision as ‘a betrayal’; CEO says plant ‘cannot compete’

By Tomasz Ilunga-Prescott
Business Reporter

Quennell Industries Inc. will close its axle plant in Harlowe Ridge by the end of next year and move the work to a newer factory in Mexico, the company said Wednesday, eliminating 640 jobs in a town where it has been the largest employer since 1958.

The announcement came as the auto parts maker reported a second-quarter net loss of $87 million, or 94 cents a share, compared with a profit of $23 million a year earlier. Revenue fell 11 per cent to $1.9 billion.

Chief executive Georgette Fennimore-Quartey told analysts on a conference call that the Harlowe Ridge plant “cannot compete” with the company’s newer facilities, where labour and energy costs are lower and the equipment is two decades younger.

“We did not make this decision lightly, and we did not make it quickly,” she said. “We looked at every alternative, including a major retooling, and the numbers simply did not work.”

The company expects the closure to save about $110 million a year once it is completed, chief financial officer Lars Nygaard said on the call. He said severance and other charges would total about $190 million, most of it to be booked in the fourth quarter.

Shares of Quennell rose 6.2 per cent to $41.15 in Toronto.

United Metalworkers Local 1142, which represents about 520 hourly workers at the plant, condemned the decision as “a betrayal” of workers who had accepted a wage freeze in 2021 to keep the plant open. Local president Shonda Przybylski-Ibe said the union had offered to discuss further concessions last month and had received no reply.

“They took our freeze, they took our pension changes, and now they are taking the plant,” Przybylski-Ibe said in an interview. “Every person in that building held up their end.”

The union would seek a meeting with the province’s economy minister this week, she said.

Harlowe Ridge Mayor Daniel Prendergast-Knox said the closure was “a gut punch” for the town of 14,000 people and that council would hold an emergency meeting Thursday. He expressed hope that another manufacturer could be found for the site.

Analysts were divided on the move. Ravi Mehrotra-Dunne of Stonecrop Capital said the closure was “overdue” and raised his price target on the stock to $48 from $42, arguing that the company would now be better placed to bid for electric-vehicle contracts.

Others were more cautious. Morgan Tillinghast-Roe, an analyst at Quaylock Securities, wrote in a note to clients that moving production across the border “introduces tariff risk the company has not yet priced in.”

Asked about tariffs on the call, Fennimore-Quartey said the company was “confident” its Mexican output would continue to qualify for duty-free treatment under the continental trade agreement.

Quennell will offer laid-off workers two weeks’ pay for every year of service, according to a memo to employees seen by the Times. The company declined to comment on the memo.

The province’s economy ministry said in a statement that it had been “in contact with the company and the union” and was ready to help affected workers find new jobs.
''',
    s('United Metalworkers Local 1142', 'Union', 'decision as ‘a betrayal’', 'condemns', 'mixed'),
    s('Georgette Fennimore-Quartey', 'CEO', 'plant ‘cannot compete’', 'says', 'mixed', role='Chief executive'),
    s('Quennell Industries Inc.', 'the company', 'Quennell Industries Inc. will close its axle plant in Harlowe Ridge by the end of next year and move the work to a newer factory in Mexico', 'said'),
    s('Georgette Fennimore-Quartey', 'Chief executive Georgette Fennimore-Quartey', 'the Harlowe Ridge plant “cannot compete” with the company’s newer facilities, where labour and energy costs are lower and the equipment is two decades younger', 'told', 'mixed', role='Chief executive'),
    s('Georgette Fennimore-Quartey', 'she', '“We did not make this decision lightly, and we did not make it quickly,”', 'said', 'direct', role='Chief executive'),
    s('Georgette Fennimore-Quartey', '', '“We looked at every alternative, including a major retooling, and the numbers simply did not work.”', '', 'direct', role='Chief executive'),
    s('Lars Nygaard', 'chief financial officer Lars Nygaard', 'The company expects the closure to save about $110 million a year once it is completed', 'said', role='chief financial officer'),
    s('Quennell Industries Inc.', 'The company', 'the closure to save about $110 million a year once it is completed', 'expects', nested=True, via='Lars Nygaard'),
    s('Lars Nygaard', 'He', 'severance and other charges would total about $190 million, most of it to be booked in the fourth quarter', 'said', role='chief financial officer'),
    s('United Metalworkers Local 1142', 'United Metalworkers Local 1142, which represents about 520 hourly workers at the plant', 'the decision as “a betrayal” of workers who had accepted a wage freeze in 2021 to keep the plant open', 'condemned', 'mixed'),
    s('Shonda Przybylski-Ibe', 'Local president Shonda Przybylski-Ibe', 'the union had offered to discuss further concessions last month and had received no reply', 'said', role='Local president'),
    s('Shonda Przybylski-Ibe', 'Przybylski-Ibe', '“They took our freeze, they took our pension changes, and now they are taking the plant,”', 'said', 'direct', role='Local president'),
    s('Shonda Przybylski-Ibe', '', '“Every person in that building held up their end.”', '', 'direct', role='Local president'),
    s('Shonda Przybylski-Ibe', 'she', 'The union would seek a meeting with the province’s economy minister this week', 'said', role='Local president'),
    s('Daniel Prendergast-Knox', 'Harlowe Ridge Mayor Daniel Prendergast-Knox', 'the closure was “a gut punch” for the town of 14,000 people and that council would hold an emergency meeting Thursday', 'said', 'mixed', role='Mayor'),
    s('Daniel Prendergast-Knox', 'He', 'hope that another manufacturer could be found for the site', 'expressed', role='Mayor'),
    s('Ravi Mehrotra-Dunne', 'Ravi Mehrotra-Dunne of Stonecrop Capital', 'the closure was “overdue”', 'said', 'mixed'),
    s('Ravi Mehrotra-Dunne', 'Ravi Mehrotra-Dunne of Stonecrop Capital', 'the company would now be better placed to bid for electric-vehicle contracts', 'arguing'),
    s('Morgan Tillinghast-Roe', 'Morgan Tillinghast-Roe, an analyst at Quaylock Securities', 'moving production across the border “introduces tariff risk the company has not yet priced in.”', 'wrote', 'mixed', role='analyst'),
    s('Georgette Fennimore-Quartey', 'Fennimore-Quartey', 'the company was “confident” its Mexican output would continue to qualify for duty-free treatment under the continental trade agreement', 'said', 'mixed', role='Chief executive'),
    s('memo to employees', 'a memo to employees', 'Quennell will offer laid-off workers two weeks’ pay for every year of service', 'according to'),
    s('province’s economy ministry', 'The province’s economy ministry', 'it had been “in contact with the company and the union” and was ready to help affected workers find new jobs', 'said', 'mixed'),
)

doc('q05-pelham-crossing-bakery', 'Pelham Crossing Chronicle', '2026-02-23', '''
After 71 years, the Oquendo-Breck bakery on Culver Street bakes its last loaf

Three generations, one oven, and a town that lined up around the block to say goodbye

By Rosalind Mackey-Osterhout
Features Writer

PELHAM CROSSING — At 4:10 a.m. on Saturday, Josefina Oquendo-Breck switched on the ovens at the bakery her grandfather opened in 1955, as she has done six days a week for most of her life. By noon the shelves were empty, and so, for the first time since the Eisenhower administration, was the building’s future.

“I kept thinking I would feel something big,” she said, wiping flour from the counter. “Mostly I feel tired. Ask me again in a month.”

The Oquendo-Breck Bakery closed for good on Saturday, a victim, its owner says, of rising rent, a shrinking customer base and a family that has found other callings.

Her sons, Emilio and Joaquin, grew up sweeping the floor after school. Both left for college and neither came back to the business. Emilio is a nurse in Dunhollow City; Joaquin writes software from an apartment across town.

“We had the talk a hundred times,” Emilio said. “Mom always said she would not hand us a life we did not choose.”

The brothers said they had offered last year to help her sell the business to an outside buyer, but that she had refused.

Josefina tells it differently. She said nobody serious ever made an offer.

“A man from a chain came in once, asked what I wanted for the recipes, and laughed,” she said.

By 7 a.m. the line stretched past the hardware store on the corner. Walter Ngozi-Pettersen, 83, has bought a rye loaf here every Tuesday since 1968. He said he did not know where he would go now.

“The supermarket bread tastes like a sponge,” he said. “You could wash a car with it.”

Joaquin, the younger brother, was quieter than Emilio all morning. He said the closing felt “like a funeral where the person is still alive.”

Beatrix Ilori-Sandberg, curator of the Pelham Crossing Historical Society, said the bakery had supplied bread to the town’s three wartime factories and, for a decade in the 1960s, to the county jail. She called it “the last place on Culver Street where you can still smell the 1950s.”

The building’s landlord, a numbered company registered in Dunhollow City, could not be reached for comment. Coun. Hollis Greenhalgh-Chukwu said the city had looked at a rent relief program for small businesses on Culver Street but that it would not be ready before spring.

“We are losing these places one at a time, and every time we say it is a shame,” she said. “At some point it is not a shame. It is a policy.”

Across the street, Sung-min Drobny-Harte, who opened a sourdough bakery in 2019, said he had offered to buy Josefina’s recipes. She turned him down, he said, “very politely, and then she gave me a free croissant.”

As the last customers left, Josefina taped a sheet of paper to the door and locked it. Asked what she would do on Monday morning, she laughed.

“Sleep,” she said. “Then I will bake at home, for people I like.”
''',
    s('Josefina Oquendo-Breck', 'she', '“I kept thinking I would feel something big,”', 'said', 'direct'),
    s('Josefina Oquendo-Breck', '', '“Mostly I feel tired. Ask me again in a month.”', '', 'direct'),
    s('Josefina Oquendo-Breck', 'its owner', ['a victim', 'of rising rent, a shrinking customer base and a family that has found other callings'], 'says', anchor='closed for good on Saturday'),
    s('Emilio', 'Emilio', '“We had the talk a hundred times,”', 'said', 'direct'),
    s('Emilio', '', '“Mom always said she would not hand us a life we did not choose.”', '', 'direct'),
    s('Josefina Oquendo-Breck', 'Mom', 'she would not hand us a life we did not choose', 'said', nested=True, via='Emilio'),
    s('Emilio and Joaquin', 'The brothers', 'they had offered last year to help her sell the business to an outside buyer, but that she had refused', 'said'),
    s('Josefina Oquendo-Breck', 'She', 'nobody serious ever made an offer', 'said'),
    s('Josefina Oquendo-Breck', 'she', '“A man from a chain came in once, asked what I wanted for the recipes, and laughed,”', 'said', 'direct'),
    s('Walter Ngozi-Pettersen', 'He', 'he did not know where he would go now', 'said'),
    s('Walter Ngozi-Pettersen', 'he', '“The supermarket bread tastes like a sponge,”', 'said', 'direct'),
    s('Walter Ngozi-Pettersen', '', '“You could wash a car with it.”', '', 'direct'),
    s('Joaquin', 'He', 'the closing felt “like a funeral where the person is still alive.”', 'said', 'mixed', role='the younger brother'),
    s('Beatrix Ilori-Sandberg', 'Beatrix Ilori-Sandberg, curator of the Pelham Crossing Historical Society', 'the bakery had supplied bread to the town’s three wartime factories and, for a decade in the 1960s, to the county jail', 'said', role='curator'),
    s('Beatrix Ilori-Sandberg', 'She', '“the last place on Culver Street where you can still smell the 1950s.”', 'called', 'direct', role='curator'),
    s('Hollis Greenhalgh-Chukwu', 'Coun. Hollis Greenhalgh-Chukwu', 'the city had looked at a rent relief program for small businesses on Culver Street but that it would not be ready before spring', 'said', role='Coun.'),
    s('Hollis Greenhalgh-Chukwu', 'she', '“We are losing these places one at a time, and every time we say it is a shame,”', 'said', 'direct', role='Coun.'),
    s('Hollis Greenhalgh-Chukwu', '', '“At some point it is not a shame. It is a policy.”', '', 'direct', role='Coun.'),
    s('Sung-min Drobny-Harte', 'Sung-min Drobny-Harte, who opened a sourdough bakery in 2019', 'he had offered to buy Josefina’s recipes', 'said'),
    s('Sung-min Drobny-Harte', 'he', ['She turned him down', '“very politely, and then she gave me a free croissant.”'], 'said', 'mixed', anchor='She turned him down'),
    s('Josefina Oquendo-Breck', 'she', '“Sleep,”', 'said', 'direct'),
    s('Josefina Oquendo-Breck', '', '“Then I will bake at home, for people I like.”', '', 'direct'),
)

doc('q06-moraine-county-bus-routes', 'The Moraine County Star', '2026-10-09', '''
Skip to content
THE BRENNAN COUNTY STAR
Subscribe now: $1 for 6 months | Sign in
News | Local | Schools | Sports | Obituaries | Opinion | e-Edition

Local › Schools

School board cuts 14 bus routes to close $3.2M shortfall

Parents say children will have to walk along highway; superintendent says ‘there are no painless options left’

By Keziah Gauthier-Lunde
Education Reporter
Published 6:42 p.m. ET Oct. 8, 2026 | Updated 9:15 a.m. ET Oct. 9, 2026

Listen to this story 5 min

[Photo] Parents hold signs outside the district office before Tuesday’s vote. (Star photo: Ignatius Farrugia)

The Moraine County school board voted 5-2 on Tuesday night to eliminate 14 bus routes starting in January, a move the district says will save about $1.1 million a year. Moraine County Public Schools faces a $3.2 million gap in its current budget after enrollment fell for a fourth straight year.

About 1,100 students who live within two miles of their school will lose bus service, according to district figures.

Superintendent Celestine Varsanyi-Ndlovu told the board that the district had already cut 22 central-office positions and frozen hiring.

“There are no painless options left,” she said. “Every dollar we do not spend on buses is a dollar we can keep in a classroom.”

Advertisement

Parents who spoke during the public comment period said many of the affected routes run along Route 9, a four-lane highway with no sidewalks in several stretches.

“My son is nine. You are asking him to walk a mile and a half along a highway in the dark in January,” said Renata Obuya, whose family lives off Route 9 near the Millrace subdivision. Several parents stood and applauded.

Board chair Ezekiel Haverkamp, who voted for the cuts, said the board would ask the county to pay for crossing guards and a sidewalk study. He said he had “not slept well in a week” over the decision.

Trustee Margit Sundby-Adu, one of the two dissenting votes, said the district should have drawn down its reserve fund instead. She questioned the figures presented by district staff, saying the savings estimate did not account for the cost of more parents driving their children to school.

County Commissioner Alvin Trethewey-Oke said in an email Wednesday that the county “will look at” a sidewalk study but that no money had been set aside for crossing guards this year.

READ MORE: Parents say new school start times leave teens exhausted
READ MORE: Teachers union, district reach tentative deal, union says

The new routes will be posted on the district’s website by Dec. 1, a district spokesperson said.

Share this article
Facebook | X | Email

Comments (112)
MillraceMom: Walk along Route 9? Has anyone on the board actually driven it?
J. Winterbourne: Every other district in the state did this years ago.

Most read
1. Sheriff says missing hunter found alive near Sawbill Creek
2. Ex-mayor’s trial delayed again, judge says
3. High school football: Moraine North stuns Pickerel Ford in overtime

Get the Star’s morning briefing in your inbox. Sign up

© 2026 The Moraine County Star. All rights reserved. | Privacy Policy | Terms of Use | Contact Us
''',
    s('Parents who spoke during the public comment period', 'Parents', 'children will have to walk along highway', 'say'),
    s('Celestine Varsanyi-Ndlovu', 'superintendent', '‘there are no painless options left’', 'says', 'direct', role='Superintendent'),
    s('Moraine County Public Schools', 'the district', 'will save about $1.1 million a year', 'says'),
    s('Moraine County Public Schools', 'district figures', 'About 1,100 students who live within two miles of their school will lose bus service', 'according to'),
    s('Celestine Varsanyi-Ndlovu', 'Superintendent Celestine Varsanyi-Ndlovu', 'the district had already cut 22 central-office positions and frozen hiring', 'told', role='Superintendent'),
    s('Celestine Varsanyi-Ndlovu', 'she', '“There are no painless options left,”', 'said', 'direct', role='Superintendent'),
    s('Celestine Varsanyi-Ndlovu', '', '“Every dollar we do not spend on buses is a dollar we can keep in a classroom.”', '', 'direct', role='Superintendent'),
    s('Parents who spoke during the public comment period', 'Parents who spoke during the public comment period', 'many of the affected routes run along Route 9, a four-lane highway with no sidewalks in several stretches', 'said'),
    s('Renata Obuya', 'Renata Obuya, whose family lives off Route 9 near the Millrace subdivision', '“My son is nine. You are asking him to walk a mile and a half along a highway in the dark in January,”', 'said', 'direct'),
    s('Ezekiel Haverkamp', 'Board chair Ezekiel Haverkamp, who voted for the cuts', 'the board would ask the county to pay for crossing guards and a sidewalk study', 'said', role='Board chair'),
    s('Ezekiel Haverkamp', 'He', 'he had “not slept well in a week” over the decision', 'said', 'mixed', role='Board chair'),
    s('Margit Sundby-Adu', 'Trustee Margit Sundby-Adu, one of the two dissenting votes', 'the district should have drawn down its reserve fund instead', 'said', role='Trustee'),
    s('Margit Sundby-Adu', 'She', 'the figures presented by district staff', 'questioned', role='Trustee'),
    s('Margit Sundby-Adu', 'She', 'the savings estimate did not account for the cost of more parents driving their children to school', 'saying', role='Trustee'),
    s('Alvin Trethewey-Oke', 'County Commissioner Alvin Trethewey-Oke', 'the county “will look at” a sidewalk study but that no money had been set aside for crossing guards this year', 'said', 'mixed', role='County Commissioner'),
    s('Parents', 'Parents', 'new school start times leave teens exhausted', 'say', region='related'),
    s('union', 'union', 'Teachers union, district reach tentative deal', 'says', region='related'),
    s('a district spokesperson', 'a district spokesperson', 'The new routes will be posted on the district’s website by Dec. 1', 'said'),
    s('Sheriff', 'Sheriff', 'missing hunter found alive near Sawbill Creek', 'says', region='related'),
    s('judge', 'judge', 'Ex-mayor’s trial delayed again', 'says', region='related'),
)

doc('q07-tellus-global-markets', 'Tellus', '2026-03-19', '''
GLOBAL MARKETS-Stocks rise, Norvalian bonds rally as central bank signals end of hikes

* Norvalian central bank holds rates, says tightening "has done its job"

* World stocks up 0.6%, tech leads

* Oil slips after Morvathi output data

* Dollar softer; Selmiran ren firms after official warning

By Anouk Verhoeven-Dalby and Jin-ho Penwarden

LONDON/NEW YORK, March 19 (Tellus) - Global shares rose on Thursday and Norvalian government bonds staged their biggest rally in four months after the Bank of Norvalia kept interest rates on hold and its governor said the central bank's tightening cycle had "done its job."

The Bank of Norvalia held its main rate at 4.75% for a second straight meeting, as expected by all 31 economists in a Tellus poll. But its policy statement dropped a reference to "further tightening that may be required," a change investors read as a signal that the next move would be a cut.

"Inflation is coming back to target, and we see no need to squeeze the economy further," Governor Casimir Nzeribe-Drachmann told a news conference in Valebrund. He said the bank would "not hesitate" to act if price pressures returned.

Norvalia's two-year yield fell 18 basis points to 3.92%, its biggest one-day drop since November. Traders now expect about 60 basis points of cuts this year, up from 35 basis points on Wednesday, according to Tellus calculations based on money market pricing.

"This is as close to a pivot as you will get from this governor," said Helena Strachwitz-Odum, chief economist at Barrowdale Bank. "He did not say the word 'cut', but he did not need to."

Retail sales in Norvalia fell 0.4% in February, the national statistics office said, after a 0.2% rise in January.

Tellus's index of world stocks rose 0.6%, led by technology shares, and was on course for its best week since January. Wall Street's main indexes gained between 0.7% and 1.1% in afternoon trading.

Oil prices slipped after Morvath's energy ministry said the country had raised crude output to a record 3.4 million barrels per day in February. Benchmark crude fell 1.1% to $78.40 a barrel.

"Supply is the story this month, not demand," said Okon Matthiesen-Grey, an energy analyst at Sableridge Partners in Singapore. "The market was not ready for Morvath to pump this much this fast."

The dollar eased 0.3% against a basket of major currencies. Selmira's ren rose 0.8% after the country's finance ministry said it was watching currency moves "with a high sense of urgency," remarks traders took as a warning that it could intervene.

Analysts at Glendower Merritt said in a note that they expected the Bank of Norvalia to cut rates at its June meeting and again in September, and that Norvalian bonds had "further room to run."

Gold rose 0.4% to $2,418 an ounce.
''',
    s('Bank of Norvalia', 'central bank', 'end of hikes', 'signals'),
    s('Bank of Norvalia', 'Norvalian central bank', 'tightening "has done its job"', 'says', 'mixed'),
    s('Casimir Nzeribe-Drachmann', 'its governor', 'the central bank\'s tightening cycle had "done its job."', 'said', 'mixed', role='Governor'),
    s('Casimir Nzeribe-Drachmann', 'Governor Casimir Nzeribe-Drachmann', '"Inflation is coming back to target, and we see no need to squeeze the economy further,"', 'told', 'direct', role='Governor'),
    s('Casimir Nzeribe-Drachmann', 'He', 'the bank would "not hesitate" to act if price pressures returned', 'said', 'mixed', role='Governor'),
    s('Tellus', 'Tellus calculations based on money market pricing', 'Traders now expect about 60 basis points of cuts this year, up from 35 basis points on Wednesday', 'according to'),
    s('Helena Strachwitz-Odum', 'Helena Strachwitz-Odum, chief economist at Barrowdale Bank', '"This is as close to a pivot as you will get from this governor,"', 'said', 'direct', role='chief economist'),
    s('Helena Strachwitz-Odum', '', '"He did not say the word \'cut\', but he did not need to."', '', 'direct', role='chief economist'),
    s('national statistics office', 'the national statistics office', 'Retail sales in Norvalia fell 0.4% in February', 'said'),
    s("Morvath's energy ministry", "Morvath's energy ministry", 'the country had raised crude output to a record 3.4 million barrels per day in February', 'said'),
    s('Okon Matthiesen-Grey', 'Okon Matthiesen-Grey, an energy analyst at Sableridge Partners in Singapore', '"Supply is the story this month, not demand,"', 'said', 'direct', role='energy analyst'),
    s('Okon Matthiesen-Grey', '', '"The market was not ready for Morvath to pump this much this fast."', '', 'direct', role='energy analyst'),
    s("Selmira's finance ministry", "the country's finance ministry", 'it was watching currency moves "with a high sense of urgency,"', 'said', 'mixed'),
    s('Analysts at Glendower Merritt', 'Analysts at Glendower Merritt', 'they expected the Bank of Norvalia to cut rates at its June meeting and again in September, and that Norvalian bonds had "further room to run."', 'said', 'mixed'),
)

doc('q08-ulmenia-brastova-expulsions', 'Tellus', '2026-11-03', '''
Ulmenia expels four Brastovan diplomats over spying allegations; Brastova vows response

By Idris Vaszary-Kimathi

VOLMAR, Nov 3 (Tellus) - Ulmenia on Tuesday ordered four Brastovan diplomats to leave the country within 72 hours, accusing them of recruiting officials at its defence ministry, in the sharpest escalation between the neighbours since their 2019 border dispute.

The Ulmenian foreign ministry said the four, including the embassy's deputy military attache, had engaged in "activities incompatible with their diplomatic status." It summoned Brastova's ambassador, Lev Dorogin-Sallis, and handed him a note of protest.

"We have been patient for a long time. Our patience is not unlimited," Foreign Minister Zdenka Vrbanova-Szirtes told reporters in Volmar. She said Ulmenia had evidence that the diplomats had paid two defence ministry employees for information about air-defence deployments, and that both employees had been arrested.

Brastova rejected the accusations as "absurd and provocative" and said it would respond "in a mirror manner."

"Ulmenia's leadership is looking for an external enemy to distract its citizens from their economic problems," Brastovan foreign ministry spokesman Kirill Talanov said at a briefing in Sarvask. He did not say when Brastova would announce its response.

Brastovan Foreign Minister Oleg Sarkissian has cancelled a visit to Volmar planned for next week, the ministry said.

A senior Brastovan official, who spoke on condition of anonymity because he was not authorised to discuss the matter, said Brastova was likely to expel "at least as many" Ulmenian diplomats and could close Ulmenia's consulate in the port city of Dravec. The official said a decision would be taken by the end of the week.

Selmira, which borders both countries and hosts talks on their long-running dispute over water from the Dravec reservoir, called for restraint. Selmiran Foreign Minister Giorgos Papadakis-Larsen said he had spoken to both of his counterparts by phone on Tuesday.

"I told them that this is exactly the moment when channels of communication must stay open," he said. "Both assured me they had no intention of walking away from the water talks."

A spokeswoman for the United Nations Secretary-General, Fiorella Adebanjo-Kurtz, said the Secretary-General was "following the situation closely" and urged both governments to resolve the matter through diplomatic channels.

The European Union's foreign policy service expressed concern over "the deterioration in relations" between the two countries and called on them to avoid steps that could raise tensions further.

Ulmenia expelled two Brastovan diplomats in 2021 after a similar case, and Brastova responded by expelling two Ulmenians within a day.

Marta Quillfeldt-Nair, an analyst at the Institute for Regional Security in Valebrund, said the expulsions were unlikely to derail the water talks, which both governments need before the summer.

"Neither government can afford a dry summer without an agreement on the reservoir," she said. "They will shout this week and sit down again next month."
''',
    s('Brastova', 'Brastova', 'response', 'vows'),
    s('Ulmenia', 'Ulmenia', 'them of recruiting officials at its defence ministry', 'accusing'),
    s('Ulmenian foreign ministry', 'The Ulmenian foreign ministry', 'the four, including the embassy\'s deputy military attache, had engaged in "activities incompatible with their diplomatic status."', 'said', 'mixed'),
    s('Zdenka Vrbanova-Szirtes', 'Foreign Minister Zdenka Vrbanova-Szirtes', '"We have been patient for a long time. Our patience is not unlimited,"', 'told', 'direct', role='Foreign Minister'),
    s('Zdenka Vrbanova-Szirtes', 'She', 'Ulmenia had evidence that the diplomats had paid two defence ministry employees for information about air-defence deployments, and that both employees had been arrested', 'said', role='Foreign Minister'),
    s('Brastova', 'Brastova', 'the accusations as "absurd and provocative"', 'rejected', 'mixed'),
    s('Brastova', 'Brastova', 'it would respond "in a mirror manner."', 'said', 'mixed'),
    s('Kirill Talanov', 'Brastovan foreign ministry spokesman Kirill Talanov', '"Ulmenia\'s leadership is looking for an external enemy to distract its citizens from their economic problems,"', 'said', 'direct', role='Brastovan foreign ministry spokesman'),
    s('Brastovan foreign ministry', 'the ministry', 'Brastovan Foreign Minister Oleg Sarkissian has cancelled a visit to Volmar planned for next week', 'said'),
    s('A senior Brastovan official', 'A senior Brastovan official, who spoke on condition of anonymity because he was not authorised to discuss the matter', 'Brastova was likely to expel "at least as many" Ulmenian diplomats and could close Ulmenia\'s consulate in the port city of Dravec', 'said', 'mixed'),
    s('A senior Brastovan official', 'The official', 'a decision would be taken by the end of the week', 'said'),
    s('Selmira', 'Selmira, which borders both countries and hosts talks on their long-running dispute over water from the Dravec reservoir', 'restraint', 'called for'),
    s('Giorgos Papadakis-Larsen', 'Selmiran Foreign Minister Giorgos Papadakis-Larsen', 'he had spoken to both of his counterparts by phone on Tuesday', 'said', role='Selmiran Foreign Minister'),
    s('Giorgos Papadakis-Larsen', 'he', '"I told them that this is exactly the moment when channels of communication must stay open,"', 'said', 'direct', role='Selmiran Foreign Minister'),
    s('Giorgos Papadakis-Larsen', '', '"Both assured me they had no intention of walking away from the water talks."', '', 'direct', role='Selmiran Foreign Minister'),
    s('Zdenka Vrbanova-Szirtes and Oleg Sarkissian', 'Both', 'they had no intention of walking away from the water talks', 'assured', nested=True, via='Giorgos Papadakis-Larsen'),
    s('Fiorella Adebanjo-Kurtz', 'A spokeswoman for the United Nations Secretary-General, Fiorella Adebanjo-Kurtz', 'the Secretary-General was "following the situation closely"', 'said', 'mixed', role='spokeswoman for the United Nations Secretary-General'),
    s('Fiorella Adebanjo-Kurtz', 'A spokeswoman for the United Nations Secretary-General, Fiorella Adebanjo-Kurtz', 'both governments to resolve the matter through diplomatic channels', 'urged', role='spokeswoman for the United Nations Secretary-General'),
    s("European Union's foreign policy service", "The European Union's foreign policy service", 'concern over "the deterioration in relations" between the two countries', 'expressed', 'mixed'),
    s("European Union's foreign policy service", "The European Union's foreign policy service", 'them to avoid steps that could raise tensions further', 'called on'),
    s('Marta Quillfeldt-Nair', 'Marta Quillfeldt-Nair, an analyst at the Institute for Regional Security in Valebrund', 'the expulsions were unlikely to derail the water talks, which both governments need before the summer', 'said', role='analyst'),
    s('Marta Quillfeldt-Nair', 'she', '"Neither government can afford a dry summer without an agreement on the reservoir,"', 'said', 'direct', role='analyst'),
    s('Marta Quillfeldt-Nair', '', '"They will shout this week and sit down again next month."', '', 'direct', role='analyst'),
)

doc('q09-vessaria-election', 'Tellus', '2026-09-21', '''
Vessarian ruling party heads for majority; opposition alleges fraud

Observers say vote was "orderly but not equal"

By Solveig Tetteh-Lindgaard

CORRIMAR, Sept 21 (Tellus) - Vessaria's governing Homeland Party was on course to win a majority in parliament in Sunday's election, preliminary results showed, but the main opposition alliance said the vote had been marred by widespread fraud.

With 87% of polling stations counted, Homeland Party had 51.2% of the vote and the opposition Renewal Bloc alliance 33.9%, the Central Election Commission said. Turnout was 58%, down from 64% at the last election in 2022.

Prime Minister Dariusz Veldhuizen-Tan addressed cheering supporters in Corrimar shortly after midnight.

"Vessarians have chosen stability over adventure," he said. "I will be the prime minister of every Vessarian, including those who did not vote for me."

Renewal Bloc leader Yesenia Dunkerley-Fagbemi rejected the preliminary results and said her alliance had documented "hundreds of violations," including ballot stuffing in at least three provinces.

"We will not recognise a parliament built on stolen votes," she told supporters outside the alliance's headquarters.

She did not present evidence for the claims. The chairman of the Central Election Commission, Teodor Brankovic-Ayre, said the commission had received 212 formal complaints, "a normal number for an election of this size," and would examine all of them.

An observer mission from the Organisation for Democratic Cooperation said in a preliminary statement that voting had been "orderly but not equal," citing the ruling party's dominance of state television during the campaign. It noted, however, that its monitors had seen no evidence of systematic fraud at the polling stations they visited.

"The problem in Vessaria is not on election day. It is in the months before it," the head of the mission, Claes Wikander-Ampofo, told a news conference.

Norvalian President Ilario Manfredsson congratulated Veldhuizen-Tan in a telephone call on Sunday night, the prime minister's office said.

Results from the remaining polling stations, mostly in remote mountain districts where Homeland Party is traditionally strong, are expected on Monday.

Veronika Stastny-Kuffour, a political scientist at Corrimar University, said the opposition had little chance of overturning the result but could use the fraud claims to mobilise supporters ahead of next year's local elections.

One opposition official, speaking on condition of anonymity, said the alliance was divided over whether to boycott the new parliament. The official said a decision would be made at a meeting of its leadership on Wednesday.
''',
    s('Renewal Bloc', 'opposition', 'fraud', 'alleges'),
    s('observer mission from the Organisation for Democratic Cooperation', 'Observers', 'vote was "orderly but not equal"', 'say', 'mixed'),
    s('preliminary results', 'preliminary results', "Vessaria's governing Homeland Party was on course to win a majority in parliament in Sunday's election", 'showed'),
    s('Renewal Bloc', 'the main opposition alliance', 'the vote had been marred by widespread fraud', 'said'),
    s('Central Election Commission', 'the Central Election Commission', 'With 87% of polling stations counted, Homeland Party had 51.2% of the vote and the opposition Renewal Bloc alliance 33.9%', 'said'),
    s('Dariusz Veldhuizen-Tan', 'he', '"Vessarians have chosen stability over adventure,"', 'said', 'direct', role='Prime Minister'),
    s('Dariusz Veldhuizen-Tan', '', '"I will be the prime minister of every Vessarian, including those who did not vote for me."', '', 'direct', role='Prime Minister'),
    s('Yesenia Dunkerley-Fagbemi', 'Renewal Bloc leader Yesenia Dunkerley-Fagbemi', 'the preliminary results', 'rejected', role='Renewal Bloc leader'),
    s('Yesenia Dunkerley-Fagbemi', 'Renewal Bloc leader Yesenia Dunkerley-Fagbemi', 'her alliance had documented "hundreds of violations," including ballot stuffing in at least three provinces', 'said', 'mixed', role='Renewal Bloc leader'),
    s('Yesenia Dunkerley-Fagbemi', 'she', '"We will not recognise a parliament built on stolen votes,"', 'told', 'direct', role='Renewal Bloc leader'),
    s('Teodor Brankovic-Ayre', 'The chairman of the Central Election Commission, Teodor Brankovic-Ayre', 'the commission had received 212 formal complaints, "a normal number for an election of this size," and would examine all of them', 'said', 'mixed', role='chairman of the Central Election Commission'),
    s('observer mission from the Organisation for Democratic Cooperation', 'An observer mission from the Organisation for Democratic Cooperation', 'voting had been "orderly but not equal,"', 'said', 'mixed'),
    s('observer mission from the Organisation for Democratic Cooperation', 'An observer mission from the Organisation for Democratic Cooperation', "the ruling party's dominance of state television during the campaign", 'citing'),
    s('observer mission from the Organisation for Democratic Cooperation', 'It', 'its monitors had seen no evidence of systematic fraud at the polling stations they visited', 'noted'),
    s('Claes Wikander-Ampofo', 'the head of the mission, Claes Wikander-Ampofo', '"The problem in Vessaria is not on election day. It is in the months before it,"', 'told', 'direct', role='head of the mission'),
    s("prime minister's office", "the prime minister's office", 'Norvalian President Ilario Manfredsson congratulated Veldhuizen-Tan in a telephone call on Sunday night', 'said'),
    s('Veronika Stastny-Kuffour', 'Veronika Stastny-Kuffour, a political scientist at Corrimar University', "the opposition had little chance of overturning the result but could use the fraud claims to mobilise supporters ahead of next year's local elections", 'said', role='political scientist'),
    s('One opposition official', 'One opposition official, speaking on condition of anonymity', 'the alliance was divided over whether to boycott the new parliament', 'said'),
    s('One opposition official', 'The official', 'a decision would be made at a meeting of its leadership on Wednesday', 'said'),
)

doc('q10-dunmara-landslide', 'Tellus', '2026-04-14', '''
At least 23 dead, dozens missing after landslide buries village in northern Dunmara

By Radomir Eze-Thistlewood

SELVAN, Dunmara, April 14 (Tellus) - At least 23 people were killed and dozens more were missing after a landslide triggered by days of heavy rain buried much of the village of Orrinvale in northern Dunmara early on Monday, officials said.

The National Disaster Management Agency said rescuers had pulled 11 people alive from the mud and that 47 residents were still unaccounted for. Agency spokesman Bashir Kallstrom-Oyede said the search was being hampered by continuing rain and the risk of further slides.

"We are working against time. Every hour matters for anyone who may still be trapped," he told Tellus by telephone.

Survivors described being woken by a roar shortly before 4 a.m.

"It sounded like a train coming down the mountain," said Ruth Ameyaw-Lindo, 46, who escaped with her two children through a back window. "When I looked outside, my neighbour's house was not there anymore."

Another resident, Emil Varjonen-Adu, said he had been digging for his brother since dawn with a shovel borrowed from a neighbour.

"They tell us to wait for the machines. How can I wait?" he said.

President Iolanthe Sithole-Rourke declared three days of national mourning. She visited the site on Monday afternoon and said the government would rebuild the village "stone by stone."

The governor of Northern Province, Tobias Ngata-Fairclough, said about 300 people had been moved to schools and churches in nearby towns. He said geologists had warned in 2023 that the slope above the village was unstable, but that residents had refused to move.

The Dunmara Red Cross Society said it had sent 40 volunteers and two tonnes of supplies, and appealed for blood donations at hospitals in the north.

The national weather service forecast more heavy rain in the region through Wednesday.

Hélène Duvernay-Acheampong, the United Nations resident coordinator in Dunmara, said U.N. agencies were ready to support the government "with whatever it asks for."

Neighbouring Norvalia offered to send a rescue team with sniffer dogs.

Landslides kill dozens of people in Dunmara almost every rainy season. Environmental groups have blamed illegal logging on the hills for making the slopes more unstable.
''',
    s('officials', 'officials', 'At least 23 people were killed and dozens more were missing after a landslide triggered by days of heavy rain buried much of the village of Orrinvale in northern Dunmara early on Monday', 'said'),
    s('National Disaster Management Agency', 'The National Disaster Management Agency', 'rescuers had pulled 11 people alive from the mud and that 47 residents were still unaccounted for', 'said'),
    s('Bashir Kallstrom-Oyede', 'Agency spokesman Bashir Kallstrom-Oyede', 'the search was being hampered by continuing rain and the risk of further slides', 'said', role='Agency spokesman'),
    s('Bashir Kallstrom-Oyede', 'he', '"We are working against time. Every hour matters for anyone who may still be trapped,"', 'told', 'direct', role='Agency spokesman'),
    s('Survivors', 'Survivors', 'being woken by a roar shortly before 4 a.m.', 'described'),
    s('Ruth Ameyaw-Lindo', 'Ruth Ameyaw-Lindo, 46, who escaped with her two children through a back window', '"It sounded like a train coming down the mountain,"', 'said', 'direct'),
    s('Ruth Ameyaw-Lindo', '', '"When I looked outside, my neighbour\'s house was not there anymore."', '', 'direct'),
    s('Emil Varjonen-Adu', 'Another resident, Emil Varjonen-Adu', 'he had been digging for his brother since dawn with a shovel borrowed from a neighbour', 'said'),
    s('Emil Varjonen-Adu', 'he', '"They tell us to wait for the machines. How can I wait?"', 'said', 'direct'),
    s('Iolanthe Sithole-Rourke', 'She', 'the government would rebuild the village "stone by stone."', 'said', 'mixed', role='President'),
    s('Tobias Ngata-Fairclough', 'The governor of Northern Province, Tobias Ngata-Fairclough', 'about 300 people had been moved to schools and churches in nearby towns', 'said', role='governor of Northern Province'),
    s('Tobias Ngata-Fairclough', 'He', 'geologists had warned in 2023 that the slope above the village was unstable, but that residents had refused to move', 'said', role='governor of Northern Province'),
    s('geologists', 'geologists', 'the slope above the village was unstable', 'had warned', nested=True, via='Tobias Ngata-Fairclough', date='2023'),
    s('Dunmara Red Cross Society', 'The Dunmara Red Cross Society', 'it had sent 40 volunteers and two tonnes of supplies', 'said'),
    s('Dunmara Red Cross Society', 'The Dunmara Red Cross Society', 'for blood donations at hospitals in the north', 'appealed'),
    s('national weather service', 'The national weather service', 'more heavy rain in the region through Wednesday', 'forecast'),
    s('Hélène Duvernay-Acheampong', 'Hélène Duvernay-Acheampong, the United Nations resident coordinator in Dunmara', 'U.N. agencies were ready to support the government "with whatever it asks for."', 'said', 'mixed', role='United Nations resident coordinator in Dunmara'),
    s('Environmental groups', 'Environmental groups', 'illegal logging on the hills for making the slopes more unstable', 'have blamed'),
)

doc('q11-quorland-grid-stake-interview', 'Tellus', '2026-02-09', '''
EXCLUSIVE-Quorland open to selling stake in state power firm, minister says

Energy minister says talks with Gulf investors "well advanced"; union warns against sale

By Sigurd Pennacchio-Oyo

LISVIK, Feb 9 (Tellus) - Quorland is prepared to sell up to 30% of its state power company QuorEnergi to foreign investors to help pay for a 12 billion euro upgrade of the national grid, Energy Minister Aurelie Kamau-Sorvino told Tellus in an interview.

Kamau-Sorvino said talks with two sovereign wealth funds from the Gulf region were "well advanced" and that she hoped to announce a deal before the summer. She declined to name the funds.

"We cannot pay for a new grid out of the budget, and we will not pay for it by doubling household bills. So we need partners," the minister said in her office in Lisvik. "The state will keep control. That is not negotiable."

The sale would be the largest privatisation in Quorland since the 1990s, when the government sold its telephone company and two of its banks.

Kamau-Sorvino, a former grid engineer who joined the government last year, said the country needed 2,400 km of new high-voltage lines to connect wind farms on the western coast with cities in the east. Without them, she said, Quorland would miss its target of producing 70% of its electricity from renewable sources by 2032.

She acknowledged that the plan faced opposition within the governing coalition. The junior coalition partner, the Agrarian League, has said it will vote against any sale of shares in QuorEnergi.

"I understand their concerns. I would ask them to look at the numbers before they look at the headlines," she said.

Opposition lawmaker Henrike Ulloa-Siebert said the government had not explained why the grid could not be financed by issuing bonds.

"This is a fire sale dressed up as a strategy," she said.

The Quorland Energy Workers' Union warned that a sale would lead to job cuts and higher prices. Its leader, Ragna Castelblanco-Hay, said in a statement that the minister was "selling the family silver to pay the electricity bill."

QuorEnergi's chief executive, Piet Obradovic-Lunn, said last month that the company would need "at least 2 billion euros a year" in investment over the next decade. A company spokeswoman declined to comment on the minister's remarks.

Asked whether the government would consider selling more than 30%, the minister said: "No. Thirty percent is the ceiling, and I would say so to any investor who asks."

She said the sale would be open to investors from any country not under European Union sanctions, and that a law allowing it would be sent to parliament in April.
''',
    s('Aurelie Kamau-Sorvino', 'minister', 'Quorland open to selling stake in state power firm', 'says', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'Energy minister', 'talks with Gulf investors "well advanced"', 'says', 'mixed', role='Energy Minister'),
    s("Quorland Energy Workers' Union", 'union', 'against sale', 'warns'),
    s('Aurelie Kamau-Sorvino', 'Energy Minister Aurelie Kamau-Sorvino', 'Quorland is prepared to sell up to 30% of its state power company QuorEnergi to foreign investors to help pay for a 12 billion euro upgrade of the national grid', 'told', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'Kamau-Sorvino', 'talks with two sovereign wealth funds from the Gulf region were "well advanced" and that she hoped to announce a deal before the summer', 'said', 'mixed', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'the minister', '"We cannot pay for a new grid out of the budget, and we will not pay for it by doubling household bills. So we need partners,"', 'said', 'direct', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', '', '"The state will keep control. That is not negotiable."', '', 'direct', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'Kamau-Sorvino, a former grid engineer who joined the government last year', 'the country needed 2,400 km of new high-voltage lines to connect wind farms on the western coast with cities in the east', 'said', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'she', ['Without them', 'Quorland would miss its target of producing 70% of its electricity from renewable sources by 2032'], 'said', role='Energy Minister', anchor='Without them, she said'),
    s('Aurelie Kamau-Sorvino', 'She', 'the plan faced opposition within the governing coalition', 'acknowledged', role='Energy Minister'),
    s('Agrarian League', 'The junior coalition partner, the Agrarian League', 'it will vote against any sale of shares in QuorEnergi', 'has said'),
    s('Aurelie Kamau-Sorvino', 'she', '"I understand their concerns. I would ask them to look at the numbers before they look at the headlines,"', 'said', 'direct', role='Energy Minister'),
    s('Henrike Ulloa-Siebert', 'Opposition lawmaker Henrike Ulloa-Siebert', 'the government had not explained why the grid could not be financed by issuing bonds', 'said', role='Opposition lawmaker'),
    s('Henrike Ulloa-Siebert', 'she', '"This is a fire sale dressed up as a strategy,"', 'said', 'direct', role='Opposition lawmaker'),
    s("Quorland Energy Workers' Union", "The Quorland Energy Workers' Union", 'a sale would lead to job cuts and higher prices', 'warned'),
    s('Ragna Castelblanco-Hay', 'Its leader, Ragna Castelblanco-Hay', 'the minister was "selling the family silver to pay the electricity bill."', 'said', 'mixed', role='leader'),
    s('Piet Obradovic-Lunn', "QuorEnergi's chief executive, Piet Obradovic-Lunn", 'the company would need "at least 2 billion euros a year" in investment over the next decade', 'said', 'mixed', role='chief executive'),
    s('Aurelie Kamau-Sorvino', 'the minister', '"No. Thirty percent is the ceiling, and I would say so to any investor who asks."', 'said', 'direct', role='Energy Minister'),
    s('Aurelie Kamau-Sorvino', 'She', 'the sale would be open to investors from any country not under European Union sanctions, and that a law allowing it would be sent to parliament in April', 'said', role='Energy Minister'),
)

doc('q12-sorvania-delmaria-talks', 'President of Sorvania', '2026-05-20', '''
Talks with President of Delmaria Esperanza Iturbide-Vallgren

20 May 2026, Sorvan

Bogdan Ilyasov-Pruszka held talks in the Amber Hall of the Presidential Palace with President of the Republic of Delmaria Esperanza Iturbide-Vallgren, who is in Sorvania on an official visit.

The two leaders first met one-on-one and then continued the talks with the participation of their delegations.

Opening the talks, the President of Sorvania welcomed the Delmarian delegation and noted that this was the first visit of a Delmarian head of state to Sorvania in eleven years.

"We attach great importance to our relations with Delmaria, which have deep historical roots," Bogdan Ilyasov-Pruszka said. "Trade between our countries grew by almost 40 percent last year, and we see potential for much more."

The President of Sorvania expressed support for Delmaria's application to join the Meridional Trade Community and said Sorvania would back it at the community's summit in June.

Esperanza Iturbide-Vallgren thanked the President of Sorvania for the invitation and the warm welcome. She stressed that Delmaria regarded Sorvania as "a key partner in the region" and was interested in Sorvanian investment in its ports and railways.

According to the President of Delmaria, the construction of the Port Sabrane container terminal, in which Sorvanian companies are taking part, will be completed in 2027.

The two Presidents expressed concern over the situation on the Upper Mirna river, where clashes between armed groups have displaced thousands of people, and called for an immediate ceasefire.

The President of Delmaria informed her counterpart about the preparations for the parliamentary election in Delmaria next year.

Bogdan Ilyasov-Pruszka said Sorvania was ready to increase supplies of fertilisers and grain to Delmaria and proposed creating a joint working group on food security. The Delmarian side supported the proposal.

The leaders agreed that the next meeting of the intergovernmental commission would be held in Port Sabrane in the autumn.

Following the talks, in the presence of the two Presidents, ministers signed an agreement on air transport and a memorandum on cooperation in agriculture.

Speaking to journalists after the ceremony, Esperanza Iturbide-Vallgren described the negotiations as "frank, substantive and very friendly."

At the end of the meeting, the President of Delmaria invited Bogdan Ilyasov-Pruszka to pay an official visit to Delmaria. The invitation was accepted with gratitude.
''',
    s('Bogdan Ilyasov-Pruszka', 'the President of Sorvania', 'this was the first visit of a Delmarian head of state to Sorvania in eleven years', 'noted', role='President of Sorvania'),
    s('Bogdan Ilyasov-Pruszka', 'Bogdan Ilyasov-Pruszka', '"We attach great importance to our relations with Delmaria, which have deep historical roots,"', 'said', 'direct', role='President of Sorvania'),
    s('Bogdan Ilyasov-Pruszka', '', '"Trade between our countries grew by almost 40 percent last year, and we see potential for much more."', '', 'direct', role='President of Sorvania'),
    s('Bogdan Ilyasov-Pruszka', 'The President of Sorvania', "support for Delmaria's application to join the Meridional Trade Community", 'expressed', role='President of Sorvania'),
    s('Bogdan Ilyasov-Pruszka', 'The President of Sorvania', "Sorvania would back it at the community's summit in June", 'said', role='President of Sorvania'),
    s('Esperanza Iturbide-Vallgren', 'She', 'Delmaria regarded Sorvania as "a key partner in the region" and was interested in Sorvanian investment in its ports and railways', 'stressed', 'mixed', role='President of the Republic of Delmaria'),
    s('Esperanza Iturbide-Vallgren', 'the President of Delmaria', 'the construction of the Port Sabrane container terminal, in which Sorvanian companies are taking part, will be completed in 2027', 'According to', role='President of the Republic of Delmaria'),
    s('Bogdan Ilyasov-Pruszka and Esperanza Iturbide-Vallgren', 'The two Presidents', 'concern over the situation on the Upper Mirna river, where clashes between armed groups have displaced thousands of people', 'expressed'),
    s('Bogdan Ilyasov-Pruszka and Esperanza Iturbide-Vallgren', 'The two Presidents', 'an immediate ceasefire', 'called for'),
    s('Bogdan Ilyasov-Pruszka', 'Bogdan Ilyasov-Pruszka', 'Sorvania was ready to increase supplies of fertilisers and grain to Delmaria', 'said', role='President of Sorvania', anchor='Bogdan Ilyasov-Pruszka said Sorvania'),
    s('Bogdan Ilyasov-Pruszka', 'Bogdan Ilyasov-Pruszka', 'creating a joint working group on food security', 'proposed', role='President of Sorvania'),
    s('Esperanza Iturbide-Vallgren', 'The Delmarian side', 'the proposal', 'supported', role='President of the Republic of Delmaria'),
    s('Bogdan Ilyasov-Pruszka and Esperanza Iturbide-Vallgren', 'The leaders', 'the next meeting of the intergovernmental commission would be held in Port Sabrane in the autumn', 'agreed'),
    s('Esperanza Iturbide-Vallgren', 'Esperanza Iturbide-Vallgren', '"frank, substantive and very friendly."', 'described', 'direct', role='President of the Republic of Delmaria'),
)

doc('q13-korvenia-estmarch-joint-statement', 'Ministry of Agriculture of the Republic of Korvenia', '2026-06-11', '''
Joint Statement of the Ministry of Agriculture of the Republic of Korvenia and the Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch on the control of African swine fever

Brelle, 11 June 2026

The Ministry of Agriculture of the Republic of Korvenia and the Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch (hereinafter "the Parties"), meeting in Brelle on 10-11 June 2026 within the framework of the Korvenian-Estmarch Joint Committee on Agriculture, have adopted the following Joint Statement.

1. The Parties expressed concern over the spread of African swine fever in the border regions of both countries, where 37 outbreaks in domestic pigs were confirmed between January and May 2026.

2. The Parties noted that the disease poses a serious threat to pig farming, which provides a livelihood for more than 60,000 families in the border regions, and agreed that it can be contained only through coordinated action.

3. The Parties agreed to establish a joint surveillance zone extending 20 kilometres on either side of the common border, in which the movement of live pigs will be subject to testing and prior notification.

4. The Korvenian Party informed the Estmarch Party about the results of its national wild boar monitoring programme. The Estmarch Party welcomed the results and supported the proposal of the Korvenian Party to extend the programme to the Estmarch side of the border.

5. The Parties stressed that compensation to farmers for culled animals should be paid within 30 days, so that outbreaks are reported without delay.

6. The Parties called on the Regional Veterinary Organisation to provide technical assistance for laboratory testing in the border regions.

7. The Parties reaffirmed their commitment to keeping trade in pork products open for regions free of the disease, in accordance with international standards.

8. The Parties agreed that the next meeting of the Joint Committee will be held in Korvenia in 2027.

Speaking to journalists after the meeting, Minister of Agriculture of Korvenia Milena Cioban said the joint zone would be in place "before the autumn migration of wild boar." Minister of Agriculture, Food and Fisheries of Estmarch Olav Stenhammar-Nyambura said his country would contribute 4 million crowns to a common compensation fund.
''',
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'concern over the spread of African swine fever in the border regions of both countries, where 37 outbreaks in domestic pigs were confirmed between January and May 2026', 'expressed'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'the disease poses a serious threat to pig farming, which provides a livelihood for more than 60,000 families in the border regions', 'noted'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'it can be contained only through coordinated action', 'agreed'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'to establish a joint surveillance zone extending 20 kilometres on either side of the common border, in which the movement of live pigs will be subject to testing and prior notification', 'agreed'),
    s('Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Estmarch Party', 'the results', 'welcomed'),
    s('Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Estmarch Party', 'the proposal of the Korvenian Party to extend the programme to the Estmarch side of the border', 'supported'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'compensation to farmers for culled animals should be paid within 30 days, so that outbreaks are reported without delay', 'stressed'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'the Regional Veterinary Organisation to provide technical assistance for laboratory testing in the border regions', 'called on'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'their commitment to keeping trade in pork products open for regions free of the disease, in accordance with international standards', 'reaffirmed'),
    s('Ministry of Agriculture of the Republic of Korvenia and Ministry of Agriculture, Food and Fisheries of the Kingdom of Estmarch', 'The Parties', 'the next meeting of the Joint Committee will be held in Korvenia in 2027', 'agreed'),
    s('Milena Cioban', 'Minister of Agriculture of Korvenia Milena Cioban', 'the joint zone would be in place "before the autumn migration of wild boar."', 'said', 'mixed', role='Minister of Agriculture of Korvenia'),
    s('Olav Stenhammar-Nyambura', 'Minister of Agriculture, Food and Fisheries of Estmarch Olav Stenhammar-Nyambura', 'his country would contribute 4 million crowns to a common compensation fund', 'said', role='Minister of Agriculture, Food and Fisheries of Estmarch'),
)

doc('q14-korvenia-mfa-conference-digest', 'Ministry of Foreign Affairs of the Republic of Korvenia', '2026-12-02', '''
Ministry of Foreign Affairs of the Republic of Korvenia

Minister Ottilie Avelar-Kroon addresses the Northern Waters Security Conference

2 December 2026

On 2 December, Minister of Foreign Affairs of the Republic of Korvenia Ottilie Avelar-Kroon addressed the plenary session of the Northern Waters Security Conference in Haldby.

Speaking about the security situation in the region, the Minister stressed:
• the Northern Waters must remain a region of cooperation, not confrontation;
• the growing number of military exercises near the main sea lanes increases the risk of incidents that nobody wants;
• Korvenia is ready to host a meeting of the defence ministers of the coastal states in the first half of 2027.

The Minister also noted:
• the protection of undersea cables and pipelines requires a common information system of the coastal states;
• such a system should include:
  – a shared register of vessels operating near critical infrastructure;
  – a contact point in each country available 24 hours a day;
• the costs of the system could be shared in proportion to the length of each state's coastline.

On the situation in the Upper Mirna region, Ottilie Avelar-Kroon said that Korvenia was deeply concerned by reports of attacks on civilians and called on all parties to allow humanitarian organisations unhindered access.

Answering questions from participants, the Minister said that Korvenia had no plans to increase its naval presence in the Northern Waters, but would "continue to do what is necessary to protect its infrastructure."

On the margins of the conference, Ottilie Avelar-Kroon held a meeting with Minister for Foreign Affairs of the Kingdom of Estmarch Erling Salvesen-Kuti. The Minister thanked her Estmarch colleague for the country's support for Korvenia's initiatives in the region. Erling Salvesen-Kuti confirmed that Estmarch would take part in the meeting of defence ministers proposed by Korvenia.

In her closing remarks, the chair of the conference, Ambassador Sigrid Okoth-Haugland, emphasised:
• the conference had shown a broad consensus on the need to protect critical undersea infrastructure;
• the next conference will be held in Korvenia in 2027.
''',
    s('Ottilie Avelar-Kroon', 'the Minister', 'the Northern Waters must remain a region of cooperation, not confrontation;', 'stressed', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'the Minister', 'the growing number of military exercises near the main sea lanes increases the risk of incidents that nobody wants;', 'stressed', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'the Minister', 'Korvenia is ready to host a meeting of the defence ministers of the coastal states in the first half of 2027.', 'stressed', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'The Minister', 'the protection of undersea cables and pipelines requires a common information system of the coastal states;', 'noted', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'The Minister', 'such a system should include:', 'noted', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'The Minister', 'a shared register of vessels operating near critical infrastructure;', 'noted', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'The Minister', 'a contact point in each country available 24 hours a day;', 'noted', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'The Minister', "the costs of the system could be shared in proportion to the length of each state's coastline.", 'noted', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'Ottilie Avelar-Kroon', 'Korvenia was deeply concerned by reports of attacks on civilians', 'said', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'Ottilie Avelar-Kroon', 'all parties to allow humanitarian organisations unhindered access', 'called on', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Ottilie Avelar-Kroon', 'the Minister', 'Korvenia had no plans to increase its naval presence in the Northern Waters, but would "continue to do what is necessary to protect its infrastructure."', 'said', 'mixed', role='Minister of Foreign Affairs of the Republic of Korvenia'),
    s('Erling Salvesen-Kuti', 'Erling Salvesen-Kuti', 'Estmarch would take part in the meeting of defence ministers proposed by Korvenia', 'confirmed', role='Minister for Foreign Affairs of the Kingdom of Estmarch'),
    s('Sigrid Okoth-Haugland', 'the chair of the conference, Ambassador Sigrid Okoth-Haugland', 'the conference had shown a broad consensus on the need to protect critical undersea infrastructure;', 'emphasised', role='chair of the conference'),
    s('Sigrid Okoth-Haugland', 'the chair of the conference, Ambassador Sigrid Okoth-Haugland', 'the next conference will be held in Korvenia in 2027.', 'emphasised', role='chair of the conference'),
)

doc('q15-sorvania-mfa-briefing', 'Ministry of Foreign Affairs of Sorvania', '2026-03-05', '''
Ministry of Foreign Affairs of the Republic of Sorvania

Transcript of the weekly briefing by Spokesperson Agnieszka Wrobel-Delacour

Sorvan, 5 March 2026

Agnieszka Wrobel-Delacour: Good morning, colleagues. Two announcements. On 9-10 March, Minister of Foreign Affairs Dragos Ellingsen-Mbah will pay a working visit to Delmaria, where he will hold talks with his counterpart and address the foreign affairs committee of the Delmarian parliament.

Second, the Ministry has opened a hotline for Sorvanian citizens in the Upper Mirna region. We strongly advise against all travel to the region until further notice.

Question: The Orthosian foreign minister said yesterday that Sorvania was "arming one side" in the Upper Mirna conflict. How do you comment?

Answer: These accusations are groundless. Sorvania has not supplied weapons to any party in the Upper Mirna region, and we have said so many times. We have invited the United Nations panel of experts to inspect our export records.

Question: Is Sorvania prepared to send peacekeepers to the region?

Answer: No decision has been taken. As Minister Ellingsen-Mbah said last week, any peacekeeping mission must have a mandate from the United Nations Security Council and the consent of all parties.

Question: There are reports that the Minister's visit will include the signing of a visa-free travel agreement. Can you confirm?

Answer: I would not get ahead of events. The negotiations on the agreement are at a final stage, and we hope they will be completed soon.

Question (Sorvan Daily): On another topic. The Ministry of Finance said on Monday that the embassy network would be reduced. How many embassies will close?

Answer: Let me correct that. The Ministry of Finance spoke about savings in the foreign service budget, not about closures. Three consulates, in Halmvik, Tavary and Ostwyck, will be merged with our embassies. No embassy will close.

Question: The leader of the opposition, Hristo Zeleznik-Ba, has called the Minister's trip to Delmaria "a waste of time" while the Upper Mirna crisis continues. Your response?

Answer: Diplomacy is never a waste of time. I think the leader of the opposition knows that very well.

Question: Thank you.

Agnieszka Wrobel-Delacour: Thank you. See you next week.
''',
    s('Agnieszka Wrobel-Delacour', 'Agnieszka Wrobel-Delacour', 'Two announcements.|We strongly advise against all travel to the region until further notice.', '', role='Spokesperson'),
    s('Orthosian foreign minister', 'The Orthosian foreign minister', 'Sorvania was "arming one side" in the Upper Mirna conflict', 'said', 'mixed'),
    s('Agnieszka Wrobel-Delacour', '', 'These accusations are groundless.|We have invited the United Nations panel of experts to inspect our export records.', '', role='Spokesperson'),
    s('Agnieszka Wrobel-Delacour', '', 'No decision has been taken.|the consent of all parties.', '', role='Spokesperson'),
    s('Dragos Ellingsen-Mbah', 'Minister Ellingsen-Mbah', 'any peacekeeping mission must have a mandate from the United Nations Security Council and the consent of all parties', 'said', nested=True, via='Agnieszka Wrobel-Delacour', role='Minister of Foreign Affairs'),
    s('Agnieszka Wrobel-Delacour', '', 'I would not get ahead of events.|we hope they will be completed soon.', '', role='Spokesperson'),
    s('Ministry of Finance', 'The Ministry of Finance', 'the embassy network would be reduced', 'said'),
    s('Agnieszka Wrobel-Delacour', '', 'Let me correct that.|No embassy will close.', '', role='Spokesperson'),
    s('Hristo Zeleznik-Ba', 'The leader of the opposition, Hristo Zeleznik-Ba', '"a waste of time"', 'has called', 'direct', role='leader of the opposition'),
    s('Agnieszka Wrobel-Delacour', '', 'Diplomacy is never a waste of time. I think the leader of the opposition knows that very well.', '', role='Spokesperson'),
)

doc('q16-delmaria-council-drought', 'Government of the Republic of Delmaria', '2026-07-18', '''
Government of the Republic of Delmaria
Press Office

Council of Ministers discusses response to drought in southern provinces

Valcarra, 18 July 2026

A meeting of the Council of Ministers chaired by Prime Minister Ruben Ashdown-Kiprop was held today. The main item on the agenda was the response to the drought affecting the southern provinces.

Opening the meeting, the Prime Minister said that rainfall in the south since March had been the lowest in 60 years and that reservoirs in three provinces were below 20 percent of capacity. "This is not a temporary difficulty. It is a test of whether the state can protect its farmers," Ruben Ashdown-Kiprop said.

Minister of Agriculture Corinna Valdés-Orozco reported that about 140,000 hectares of wheat and barley had been lost and that livestock farmers were selling animals because of a shortage of fodder. She proposed paying compensation of 300 euros per hectare to farmers who had lost more than half of their crop. The proposal was approved.

According to the Minister of Water Resources, Khalil Brightmore-Sadiq, water supply to households in 14 municipalities is being restricted to eight hours a day. He warned that, without rain in August, restrictions could be extended to the provincial capital of Almira.

Minister of Finance Pavol Szekely-Banda noted that the measures would cost about 95 million euros, which would be covered from the reserve fund. The Minister said the Government would also ask the Meridional Trade Community for assistance from its emergency mechanism.

The Minister of Health, Ilse Vandenbroek-Amari, informed the Council about measures to prevent heat-related illness among elderly people living alone.

Summing up the discussion, the Prime Minister instructed:
– the Ministry of Agriculture to begin compensation payments no later than 1 September;
– the Ministry of Water Resources, together with the regional governments, to prepare within two weeks a plan for delivering drinking water by tanker to the affected municipalities;
– the Ministry of Finance to allocate the necessary funds from the reserve fund;
– the Ministry of Foreign Affairs to submit the request for assistance to the Meridional Trade Community by the end of the month.

The Council also approved a decree extending the ban on open fires in forests until 30 September.

At the end of the meeting, the Prime Minister thanked the firefighters and volunteers who have been fighting wildfires in the south for three weeks. He called on citizens to use water sparingly. "Every litre saved in the cities is a litre for the villages," the head of the Government said.
''',
    s('Ruben Ashdown-Kiprop', 'the Prime Minister', 'rainfall in the south since March had been the lowest in 60 years and that reservoirs in three provinces were below 20 percent of capacity', 'said', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'Ruben Ashdown-Kiprop', '"This is not a temporary difficulty. It is a test of whether the state can protect its farmers,"', 'said', 'direct', role='Prime Minister'),
    s('Corinna Valdés-Orozco', 'Minister of Agriculture Corinna Valdés-Orozco', 'about 140,000 hectares of wheat and barley had been lost and that livestock farmers were selling animals because of a shortage of fodder', 'reported', role='Minister of Agriculture'),
    s('Corinna Valdés-Orozco', 'She', 'paying compensation of 300 euros per hectare to farmers who had lost more than half of their crop', 'proposed', role='Minister of Agriculture'),
    s('Khalil Brightmore-Sadiq', 'the Minister of Water Resources, Khalil Brightmore-Sadiq', 'water supply to households in 14 municipalities is being restricted to eight hours a day', 'According to', role='Minister of Water Resources'),
    s('Khalil Brightmore-Sadiq', 'He', 'without rain in August, restrictions could be extended to the provincial capital of Almira', 'warned', role='Minister of Water Resources'),
    s('Pavol Szekely-Banda', 'Minister of Finance Pavol Szekely-Banda', 'the measures would cost about 95 million euros, which would be covered from the reserve fund', 'noted', role='Minister of Finance'),
    s('Pavol Szekely-Banda', 'The Minister', 'the Government would also ask the Meridional Trade Community for assistance from its emergency mechanism', 'said', role='Minister of Finance'),
    s('Ruben Ashdown-Kiprop', 'the Prime Minister', 'the Ministry of Agriculture to begin compensation payments no later than 1 September;', 'instructed', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'the Prime Minister', 'the Ministry of Water Resources, together with the regional governments, to prepare within two weeks a plan for delivering drinking water by tanker to the affected municipalities;', 'instructed', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'the Prime Minister', 'the Ministry of Finance to allocate the necessary funds from the reserve fund;', 'instructed', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'the Prime Minister', 'the Ministry of Foreign Affairs to submit the request for assistance to the Meridional Trade Community by the end of the month.', 'instructed', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'He', 'citizens to use water sparingly', 'called on', role='Prime Minister'),
    s('Ruben Ashdown-Kiprop', 'the head of the Government', '"Every litre saved in the cities is a litre for the villages,"', 'said', 'direct', role='Prime Minister'),
)

write('invented_q_gold.jsonl', per_document=True)
