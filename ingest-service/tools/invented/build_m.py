#!/usr/bin/env python3
"""Builds invented set M: wire stories and government readouts, written unseen in session 30 by "writer" (issues 9 and
10), the held-out category where resolution is weakest. Agency stories in TASS style (a "— presidential aide" headline
dash, a deck, "SOLVIK, March 4. /TERPRESS/." datelines, "the diplomat" and "the head of Teravian diplomacy" for a named
person, "Read also" and "More news" teasers, photo and tag lines, a digest of seven items under their own headlines), an
"UPDATE 1-" wire with "-sources" and anonymous sources, an AP-style flood story (a woman "who gave her name only as",
"the governor" in a video, a description and its name two paragraphs apart), an AFP-style story whose speakers are a
report, a draft resolution and a ministry statement, a state-agency story with "X told agency Y that ..., newspaper Z
reported", four readouts (talks of two presidents with "The head of state", "the Teravian leader", "The sides"; a joint
statement of numbered paragraphs under "declare the following:"; a telephone call; a ministry's meeting with an
ambassador with dashed bullets after "stating in particular:" and a "Photo gallery" line), a briefing transcript with
question premises, a meeting transcript in "Name:" turns, and three wire pieces relayed by North American papers (a port
strike with a local add, a Canadian "per cent" mining story, a confidence vote in which "the 61-year-old" and "The
premier" are the prime minister and a rebel is described before she is named).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and the PREAMBLE's settled conventions, and committed
before the extractor first ran on the texts. Decided here: every numbered paragraph under a joint statement's
"declare the following:" is one statement of the two states, its whole text the content (the guideline's bullets), except
a paragraph whose subject is one side ("The Teravian Side welcomes"), which is that side's; an unlabelled opening
section of a briefing is the spokeswoman's, one statement per paragraph; a meeting transcript's turn is one statement
(greetings and "Mr Gorodok, please." are none), a request or an instruction in a turn is a statement, as a plea is;
"rejected the criticism" with no content and "did not confirm the figure" are none; "drew attention to X, noting that Y"
and "raised the issue of X, noting that Y" are one statement from X to Y's end (the welcome convention's one act);
"noted X and called on Y" and "recalled X and welcomed Y" are two; a capital named for a government ("charges Durnhall
rejected") is its own speaker as written; a relayed paper's "Related:" headline without a cue and a photo caption are
none.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "rejected the criticism", "supported the idea of the fund", "welcomed the
agreement to ..." and "defended his government's handling ..." are statements.

usage: python3 ingest-service/tools/invented/build_m.py  (writes src/test/resources/eval/invented_m_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

AIDE = 'presidential aide'
FM_K = 'Kestrian Foreign Minister'
FM_T = 'Teravian Foreign Minister'
PRES_T = 'President of Teravia'
PRES_K = 'Kestrian President'
BELENKO = 'Deputy Foreign Minister'
AMB = 'Ambrelian Ambassador to Teravia'
PM_A = 'Prime Minister'
SIDES = 'the Republic of Teravia and the Federal Republic of Kestria'

doc('m01-terpress-corridor-talks', 'TERPRESS', '2026-03-04', '''
Menu
News
Politics
Economy
World
Sport

Talks on Dorne corridor to resume in Vell next week — presidential aide

Pavel Yurenko said the Teravian delegation would be led by Deputy Foreign Minister Arkady Belenko

SOLVIK, March 4. /TERPRESS/. Consultations between Teravia and Kestria on the Dorne transit corridor will resume in Vell next week, Teravian presidential aide Pavel Yurenko told reporters on Wednesday.

"The delegations will meet on Tuesday. The agenda has been agreed in general terms," the presidential aide said. According to Yurenko, the Teravian delegation will be led by Deputy Foreign Minister Arkady Belenko, who headed the previous round in January.

Yurenko, a former ambassador to Ambrel, has overseen the corridor file since last spring. The diplomat noted that Solvik expected "a substantive conversation, not an exchange of formalities." He added that rail freight tariffs would be "at the top of the list." Yurenko also said Teravia would propose setting up a permanent working group on customs procedures at the border.

Read also
Kestria ready to discuss freight tariffs, says minister

Earlier, Kestrian Foreign Minister Ilse Varga-Dunn said at a briefing in Vell that her country was prepared to consider "any reasonable proposal" on the corridor. She stressed, however, that Kestria would not accept preconditions. "We have said this many times and we will say it again in Vell," the minister added. A spokesman for the Kestrian Foreign Ministry, Erik Thal, said the composition of the Kestrian delegation would be announced "in the coming days."

Yurenko declined to comment on the possibility of a meeting between the two presidents. "It is too early to talk about that. First the experts must do their work," he said.

According to a source in the Teravian delegation, the sides may also discuss restoring direct flights between Solvik and Vell, suspended since October. "The question is on the table, but there is no decision yet," the source told TERPRESS.

The Dorne corridor links the Teravian port of Ostrin with the Kestrian rail network. Traffic through the corridor fell by 40% last year, according to the Kestrian Railways company. The company's press service told TERPRESS on Wednesday that it had "no information" about new tariff proposals.

The Teravian Ministry of Transport, in turn, said in a statement on its Telegram channel that it had prepared "a package of technical proposals" for the talks.

Photo: Teravian Presidential Press Service
Tags
Teravia
Kestria
Dorne corridor

More news
Belenko: Solvik counts on pragmatic approach of Kestrian partners
Kestrian Railways to cut freight staff by 10% — company
''',
    s('Pavel Yurenko', 'presidential aide', 'Talks on Dorne corridor to resume in Vell next week', '', role=AIDE),
    s('Pavel Yurenko', 'Pavel Yurenko', 'the Teravian delegation would be led by Deputy Foreign Minister Arkady Belenko', 'said', role=AIDE),
    s('Pavel Yurenko', 'Teravian presidential aide Pavel Yurenko', 'Consultations between Teravia and Kestria on the Dorne transit corridor will resume in Vell next week', 'told', role=AIDE),
    s('Pavel Yurenko', 'the presidential aide', '"The delegations will meet on Tuesday. The agenda has been agreed in general terms,"', 'said', 'direct', role=AIDE),
    s('Pavel Yurenko', 'Yurenko', 'the Teravian delegation will be led by Deputy Foreign Minister Arkady Belenko, who headed the previous round in January', 'According to', role=AIDE),
    s('Pavel Yurenko', 'The diplomat', 'Solvik expected "a substantive conversation, not an exchange of formalities."', 'noted', 'mixed', role=AIDE),
    s('Solvik', 'Solvik', '"a substantive conversation, not an exchange of formalities."', 'expected', 'direct', nested=True, via='Pavel Yurenko'),
    s('Pavel Yurenko', 'He', 'rail freight tariffs would be "at the top of the list."', 'added', 'mixed', role=AIDE),
    s('Pavel Yurenko', 'Yurenko', 'Teravia would propose setting up a permanent working group on customs procedures at the border', 'said', role=AIDE),
    s('minister', 'minister', 'Kestria ready to discuss freight tariffs', 'says', region='related'),
    s('Ilse Varga-Dunn', 'Kestrian Foreign Minister Ilse Varga-Dunn', 'her country was prepared to consider "any reasonable proposal" on the corridor', 'said', 'mixed', role=FM_K),
    s('Ilse Varga-Dunn', 'She', 'Kestria would not accept preconditions', 'stressed', role=FM_K),
    s('Ilse Varga-Dunn', 'the minister', '"We have said this many times and we will say it again in Vell,"', 'added', 'direct', role=FM_K),
    s('Erik Thal', 'A spokesman for the Kestrian Foreign Ministry, Erik Thal', 'the composition of the Kestrian delegation would be announced "in the coming days."', 'said', 'mixed', role='spokesman for the Kestrian Foreign Ministry'),
    s('Pavel Yurenko', 'he', '"It is too early to talk about that. First the experts must do their work,"', 'said', 'direct', role=AIDE),
    s('a source in the Teravian delegation', 'a source in the Teravian delegation', 'the sides may also discuss restoring direct flights between Solvik and Vell, suspended since October', 'According to'),
    s('a source in the Teravian delegation', 'the source', '"The question is on the table, but there is no decision yet,"', 'told', 'direct'),
    s('Kestrian Railways', 'the Kestrian Railways company', 'Traffic through the corridor fell by 40% last year', 'according to'),
    s('Kestrian Railways', "The company's press service", 'it had "no information" about new tariff proposals', 'told', 'mixed'),
    s('Teravian Ministry of Transport', 'The Teravian Ministry of Transport', 'it had prepared "a package of technical proposals" for the talks', 'said', 'mixed'),
    s('Belenko', 'Belenko', 'Solvik counts on pragmatic approach of Kestrian partners', '', region='related'),
    s('company', 'company', 'Kestrian Railways to cut freight staff by 10%', '', region='related'),
)

doc('m02-meridian-ambrel-diesel-curbs', 'Meridian', '2026-03-05', '''
UPDATE 1-Ambrel weighs diesel export curbs as reserves dwindle -sources

(Adds energy ministry comment, background)

By Nadia Ferreira-Holm

DURNHALL, March 5 (Meridian) - Ambrel's government is considering temporary curbs on diesel exports as domestic reserves fall to their lowest level in six years, three sources familiar with the discussions told Meridian on Thursday.

The measure, which could take effect as early as April, would limit exports to contracted volumes for three months, two of the sources said. One of them, who declined to be identified because the talks are confidential, said Prime Minister Edwin Halloran had asked for a draft "within days".

Ambrel's energy ministry said in an emailed statement that it "continuously monitors the market" and that no decision had been taken. A spokeswoman for Halloran did not respond to a request for comment.

Diesel stocks at Ambrel's main terminals stood at 1.2 million tonnes at the end of February, according to data from the national statistics office, down 18% from a year earlier.

Traders said the prospect of curbs had already pushed up premiums for prompt cargoes in the region. "Everyone is scrambling to lock in March and April loadings," said one Durnhall-based trader, who asked not to be named because he was not authorised to speak to the media.

The country's largest refiner, Norhaven Energy, said its two plants were running at full capacity and that it would meet all domestic supply obligations. Its chief executive, Lucia Brandt, told analysts last month that export margins "remain attractive", but she declined on Thursday to say whether the company would support a ban.

Opposition lawmaker Gareth Pryce-Owens said a ban would be "a confession of failure" by the government, which he accused of ignoring warnings from the industry for two years.

Analysts at Durnhall brokerage Kessel & Dunn said in a note that a three-month cap could remove about 900,000 tonnes of diesel from regional markets. "The region is short already," they wrote.

A senior official at the finance ministry, speaking on condition of anonymity, said the ministry was worried about the impact on export revenue but would not block the measure. Export duties on diesel brought in about 2.4 billion euros last year, the official said.

Teravia, which buys about a fifth of its diesel from Ambrel, has warned that curbs would hurt its farmers during the spring sowing season. Teravian Deputy Foreign Minister Arkady Belenko told Ambrel's ambassador on Thursday that unilateral restrictions would "seriously damage" trust, his ministry said.

Halloran has said repeatedly that keeping fuel affordable at home is his priority. In a speech to parliament in January, he promised that Ambrel would "never again" face the shortages of 2019.

The energy ministry's statement added that a working group would present its recommendations by March 20.

($1 = 0.92 euros)

(Reporting by Nadia Ferreira-Holm; Additional reporting by Tobias Krane in Vell; Editing by Martin Oakes)
''',
    s('sources', 'sources', 'Ambrel weighs diesel export curbs as reserves dwindle', ''),
    s('three sources familiar with the discussions', 'three sources familiar with the discussions', "Ambrel's government is considering temporary curbs on diesel exports as domestic reserves fall to their lowest level in six years", 'told'),
    s('two of the sources', 'two of the sources', 'The measure, which could take effect as early as April, would limit exports to contracted volumes for three months', 'said'),
    s('One of them', 'One of them, who declined to be identified because the talks are confidential', 'Prime Minister Edwin Halloran had asked for a draft "within days"', 'said', 'mixed'),
    s("Ambrel's energy ministry", "Ambrel's energy ministry", 'it "continuously monitors the market" and that no decision had been taken', 'said', 'mixed'),
    s('national statistics office', 'data from the national statistics office', "Diesel stocks at Ambrel's main terminals stood at 1.2 million tonnes at the end of February", 'according to'),
    s('Traders', 'Traders', 'the prospect of curbs had already pushed up premiums for prompt cargoes in the region', 'said'),
    s('one Durnhall-based trader', 'one Durnhall-based trader, who asked not to be named because he was not authorised to speak to the media', '"Everyone is scrambling to lock in March and April loadings,"', 'said', 'direct', role='trader'),
    s('Norhaven Energy', "The country's largest refiner, Norhaven Energy", 'its two plants were running at full capacity and that it would meet all domestic supply obligations', 'said'),
    s('Lucia Brandt', 'Its chief executive, Lucia Brandt', 'export margins "remain attractive"', 'told', 'mixed', role='chief executive'),
    s('Gareth Pryce-Owens', 'Opposition lawmaker Gareth Pryce-Owens', 'a ban would be "a confession of failure" by the government, which he accused of ignoring warnings from the industry for two years', 'said', 'mixed', role='Opposition lawmaker'),
    s('Analysts at Durnhall brokerage Kessel & Dunn', 'Analysts at Durnhall brokerage Kessel & Dunn', 'a three-month cap could remove about 900,000 tonnes of diesel from regional markets', 'said'),
    s('Analysts at Durnhall brokerage Kessel & Dunn', 'they', '"The region is short already,"', 'wrote', 'direct'),
    s('A senior official at the finance ministry', 'A senior official at the finance ministry, speaking on condition of anonymity', 'the ministry was worried about the impact on export revenue but would not block the measure', 'said'),
    s('A senior official at the finance ministry', 'the official', 'Export duties on diesel brought in about 2.4 billion euros last year', 'said'),
    s('Teravia', 'Teravia, which buys about a fifth of its diesel from Ambrel', 'curbs would hurt its farmers during the spring sowing season', 'warned'),
    s('Teravian Foreign Ministry', 'his ministry', 'Teravian Deputy Foreign Minister Arkady Belenko told Ambrel\'s ambassador on Thursday that unilateral restrictions would "seriously damage" trust', 'said', 'mixed'),
    s('Arkady Belenko', 'Teravian Deputy Foreign Minister Arkady Belenko', 'unilateral restrictions would "seriously damage" trust', 'told', 'mixed', role=BELENKO, nested=True, via='Teravian Foreign Ministry'),
    s('Edwin Halloran', 'Halloran', 'keeping fuel affordable at home is his priority', 'said', role=PM_A),
    s('Edwin Halloran', 'he', 'Ambrel would "never again" face the shortages of 2019', 'promised', 'mixed', role=PM_A),
    s("Ambrel's energy ministry", "The energy ministry's statement", 'a working group would present its recommendations by March 20', 'added'),
)

doc('m03-ap-kestria-floods', 'Allied Press', '2026-03-06', '''
Floods force thousands from homes in Kestria's north; officials warn river still rising

By MARTA OYELARAN-PIKE Allied Press

VELL, Kestria (AP) — Floodwaters forced more than 6,000 people from their homes in northern Kestria on Friday, and officials warned that the Sarn River had not yet crested.

"We expect the water to keep rising through Sunday at least," Emergency Situations Minister Tomas Reich told reporters in the town of Halvik, where the river broke through a levee overnight. "People who have been told to leave must leave now."

Reich said two people had died, an elderly man whose car was swept off a road near Halvik and a woman who was found in a flooded basement. He did not give their names.

The minister, who flew over the area by helicopter in the morning, said rescue crews had pulled about 300 people from rooftops and attics. He said the government would send 1,500 more soldiers to help reinforce levees downstream.

A woman who gave her name only as Greta, 54, stood outside a school turned shelter in Halvik holding a plastic bag with her medicines. She said the water reached her kitchen window in less than an hour.

"I grabbed the dog and the pills. That's all I have now," she said.

Residents have complained for years that the Halvik levee was in poor condition. Local councilor Bruno Estevan-Lind said he had written to the regional government three times since 2022 asking for repairs. "Nobody answered. Not once," Estevan-Lind said.

The regional governor rejected the criticism. In a video posted on social media, the governor, Anika Solheim, said the levee had been inspected last year and found to be sound, and that the flood was "the worst in a century."

"This is not the time for blame," Solheim said in the video. "This is the time to save lives."

Kestria's national weather service said more rain was expected in the mountains upstream through Saturday. Its chief forecaster, speaking to state television, warned that some tributaries could rise another 2 meters.

In Halvik, volunteers filled sandbags through the night outside the town hall. "We have done this before, in 2013, but never like this," said Lars Henning, 31, a mechanic who has lived in the town all his life. He said the water had risen faster than anyone expected.

President Konrad Aalders, who cut short a visit to the coast, said on Friday evening that the state would compensate everyone who lost a home. He called the floods "a national tragedy" and declared Saturday a day of mourning.

Neighboring Teravia has offered to send rescue boats and helicopters, the Teravian Foreign Ministry said. The European civil protection office said it had received a request for assistance from Vell and was "mobilizing pumps and experts."

Allied Press writer Jonas Feld in Solvik contributed to this report.
''',
    s('officials', 'officials', 'river still rising', 'warn'),
    s('officials', 'officials', 'the Sarn River had not yet crested', 'warned'),
    s('Tomas Reich', 'Emergency Situations Minister Tomas Reich', '"We expect the water to keep rising through Sunday at least,"', 'told', 'direct', role='Emergency Situations Minister'),
    s('Tomas Reich', '', '"People who have been told to leave must leave now."', '', 'direct', role='Emergency Situations Minister'),
    s('Tomas Reich', 'Reich', 'two people had died, an elderly man whose car was swept off a road near Halvik and a woman who was found in a flooded basement', 'said', role='Emergency Situations Minister'),
    s('Tomas Reich', 'The minister, who flew over the area by helicopter in the morning', 'rescue crews had pulled about 300 people from rooftops and attics', 'said', role='Emergency Situations Minister'),
    s('Tomas Reich', 'He', 'the government would send 1,500 more soldiers to help reinforce levees downstream', 'said', role='Emergency Situations Minister'),
    s('Greta', 'She', 'the water reached her kitchen window in less than an hour', 'said'),
    s('Greta', 'she', '"I grabbed the dog and the pills. That\'s all I have now,"', 'said', 'direct'),
    s('Residents', 'Residents', 'the Halvik levee was in poor condition', 'complained'),
    s('Bruno Estevan-Lind', 'Local councilor Bruno Estevan-Lind', 'he had written to the regional government three times since 2022 asking for repairs', 'said', role='Local councilor'),
    s('Bruno Estevan-Lind', 'Estevan-Lind', '"Nobody answered. Not once,"', 'said', 'direct', role='Local councilor'),
    s('Anika Solheim', 'The regional governor', 'the criticism', 'rejected', role='regional governor'),
    s('Anika Solheim', 'the governor, Anika Solheim', 'the levee had been inspected last year and found to be sound, and that the flood was "the worst in a century."', 'said', 'mixed', role='regional governor'),
    s('Anika Solheim', 'Solheim', '"This is not the time for blame,"', 'said', 'direct', role='regional governor'),
    s('Anika Solheim', '', '"This is the time to save lives."', '', 'direct', role='regional governor'),
    s("Kestria's national weather service", "Kestria's national weather service", 'more rain was expected in the mountains upstream through Saturday', 'said'),
    s('Its chief forecaster', 'Its chief forecaster, speaking to state television', 'some tributaries could rise another 2 meters', 'warned', role='chief forecaster'),
    s('Lars Henning', 'Lars Henning, 31, a mechanic who has lived in the town all his life', '"We have done this before, in 2013, but never like this,"', 'said', 'direct', role='mechanic'),
    s('Lars Henning', 'He', 'the water had risen faster than anyone expected', 'said', role='mechanic'),
    s('Konrad Aalders', 'President Konrad Aalders, who cut short a visit to the coast', 'the state would compensate everyone who lost a home', 'said', role='President'),
    s('Konrad Aalders', 'He', '"a national tragedy"', 'called', 'direct', role='President'),
    s('Teravian Foreign Ministry', 'the Teravian Foreign Ministry', 'Neighboring Teravia has offered to send rescue boats and helicopters', 'said'),
    s('The European civil protection office', 'The European civil protection office', 'it had received a request for assistance from Vell and was "mobilizing pumps and experts."', 'said', 'mixed'),
)

doc('m04-readout-talks-korlan-aalders', 'Office of the President of Teravia', '2026-03-04', '''
Talks between the President of Teravia and the President of Kestria

4 March 2026, 14:20
Solvik, Presidential Palace

Matvei Korlan held talks with Konrad Aalders, who arrived in Teravia on an official visit.

The talks began in a restricted format and continued with the participation of the delegations.

Opening the meeting, the President of Teravia welcomed his guest and noted that the visit was taking place "at an important moment for the whole region." In his words, trade between the two countries had grown by almost a quarter last year, and the Dorne corridor remained "the backbone of our economic partnership."

Matvei Korlan expressed confidence that the visit would give new impetus to bilateral relations in all areas.

The Kestrian President thanked his counterpart for the hospitality. He stressed that Kestria valued the "frank and predictable" character of the dialogue with Solvik and was ready to expand cooperation in energy and agriculture.

The President of Kestria informed his counterpart about the preparations for the parliamentary elections and the measures taken by his government to deal with the consequences of the floods in the north of the country.

The head of state drew the attention of his counterpart to the need to complete the modernisation of the border crossings at Ostrin and Kalvy before the end of the year.

The sides exchanged views on the situation in the region. The sides noted the importance of preserving the ceasefire along the Marren river and called on all parties to refrain from steps that could lead to escalation. The Kestrian leader expressed concern over the growing number of incidents on the line of contact. In the words of the Kestrian President, the floods had affected more than 40 settlements, and Kestria counted on the support of its neighbours.

The President of Teravia expressed condolences over the victims of the floods and confirmed that Teravian rescue teams were ready to depart at any moment. The Teravian President also noted that more than 2,000 Kestrian students were studying at Teravian universities and proposed increasing the number of state scholarships for them.

According to Matvei Korlan, Teravia is prepared to host a new round of regional consultations in the autumn. The Teravian leader also proposed setting up a joint investment fund with an initial capital of 500 million euros.

Konrad Aalders, for his part, supported the idea of the fund and said that the Kestrian government would submit its proposals within two months. The head of the Kestrian state invited the President of Teravia to pay a return visit to Vell. The invitation was accepted with gratitude.

It was stressed that the intergovernmental commission should meet at least twice a year.

Following the talks, the Presidents signed a Joint Statement. A number of intergovernmental documents were also signed in their presence:
- Agreement on cooperation in the field of civil protection;
- Memorandum of understanding on veterinary and phytosanitary control;
- Programme of cultural exchanges for 2026-2028.

The heads of state then made statements for the press.

Photo gallery (12)
''',
    s('Matvei Korlan', 'the President of Teravia', 'the visit was taking place "at an important moment for the whole region."', 'noted', 'mixed', role=PRES_T),
    s('Matvei Korlan', 'his', 'trade between the two countries had grown by almost a quarter last year, and the Dorne corridor remained "the backbone of our economic partnership."', 'In his words', 'mixed', role=PRES_T),
    s('Matvei Korlan', 'Matvei Korlan', 'the visit would give new impetus to bilateral relations in all areas', 'expressed confidence', role=PRES_T),
    s('Konrad Aalders', 'He', 'Kestria valued the "frank and predictable" character of the dialogue with Solvik and was ready to expand cooperation in energy and agriculture', 'stressed', 'mixed', role=PRES_K),
    s('Matvei Korlan', 'The head of state', 'the need to complete the modernisation of the border crossings at Ostrin and Kalvy before the end of the year', 'drew the attention', role=PRES_T),
    s('Matvei Korlan and Konrad Aalders', 'The sides', 'the importance of preserving the ceasefire along the Marren river', 'noted'),
    s('Matvei Korlan and Konrad Aalders', 'The sides', 'all parties to refrain from steps that could lead to escalation', 'called on'),
    s('Konrad Aalders', 'The Kestrian leader', 'the growing number of incidents on the line of contact', 'expressed concern over', role=PRES_K),
    s('Konrad Aalders', 'the Kestrian President', 'the floods had affected more than 40 settlements, and Kestria counted on the support of its neighbours', 'In the words of', role=PRES_K),
    s('Matvei Korlan', 'The President of Teravia', 'Teravian rescue teams were ready to depart at any moment', 'confirmed', role=PRES_T),
    s('Matvei Korlan', 'The Teravian President', 'more than 2,000 Kestrian students were studying at Teravian universities', 'noted', role=PRES_T),
    s('Matvei Korlan', 'The Teravian President', 'increasing the number of state scholarships for them', 'proposed', role=PRES_T),
    s('Matvei Korlan', 'Matvei Korlan', 'Teravia is prepared to host a new round of regional consultations in the autumn', 'According to', role=PRES_T),
    s('Matvei Korlan', 'The Teravian leader', 'setting up a joint investment fund with an initial capital of 500 million euros', 'proposed', role=PRES_T),
    s('Konrad Aalders', 'Konrad Aalders', 'the idea of the fund', 'supported', role=PRES_K),
    s('Konrad Aalders', 'Konrad Aalders', 'the Kestrian government would submit its proposals within two months', 'said', role=PRES_K),
)

doc('m05-joint-statement-teravia-kestria', 'Office of the President of Teravia', '2026-03-04', '''
Joint Statement by the Republic of Teravia and the Federal Republic of Kestria

The Republic of Teravia and the Federal Republic of Kestria, hereinafter referred to as the Sides,

guided by the Treaty of Friendship and Cooperation of 12 May 1998,

seeking to give a new quality to their partnership,

declare the following:

1. The Sides reaffirm their commitment to the principles of sovereignty, territorial integrity and non-interference in internal affairs.

2. The Sides note with satisfaction the growth of mutual trade and consider it necessary to bring it to 5 billion euros by 2030.

3. The Sides attach particular importance to the development of the Dorne transit corridor and agree to complete the modernisation of the Ostrin and Kalvy border crossings by 31 December 2026.

4. The Sides agree to establish a Joint Investment Fund. The Kestrian Side will submit its proposals on the Fund's charter within two months.

5. The Sides are concerned about the situation along the Marren river. They call on all parties to observe the ceasefire agreement and to resume negotiations without preconditions.

6. The Teravian Side welcomes the intention of the Kestrian Side to host the regional energy forum in 2027 and will take an active part in its preparation.

7. The Sides condemn terrorism in all its forms and manifestations.

8. The Sides agree to hold the next meeting of the Intergovernmental Commission in Vell in the second half of 2026.

9. The Sides express their conviction that the official visit of the President of the Federal Republic of Kestria to the Republic of Teravia will contribute to the further strengthening of bilateral relations.

Done at Solvik on 4 March 2026 in two original copies, each in the Teravian and Kestrian languages, both texts being equally authentic.

For the Republic of Teravia
Matvei Korlan
President

For the Federal Republic of Kestria
Konrad Aalders
President
''',
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides reaffirm their commitment to the principles of sovereignty, territorial integrity and non-interference in internal affairs.', 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides note with satisfaction the growth of mutual trade and consider it necessary to bring it to 5 billion euros by 2030.', 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides attach particular importance to the development of the Dorne transit corridor|by 31 December 2026.', 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', "The Sides agree to establish a Joint Investment Fund. The Kestrian Side will submit its proposals on the Fund's charter within two months.", 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides are concerned about the situation along the Marren river.|to resume negotiations without preconditions.', 'declare'),
    s('Republic of Teravia', 'The Teravian Side', 'the intention of the Kestrian Side to host the regional energy forum in 2027 and will take an active part in its preparation', 'welcomes'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides condemn terrorism in all its forms and manifestations.', 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides agree to hold the next meeting of the Intergovernmental Commission in Vell in the second half of 2026.', 'declare'),
    s(SIDES, 'The Republic of Teravia and the Federal Republic of Kestria', 'The Sides express their conviction that the official visit|further strengthening of bilateral relations.', 'declare'),
)

doc('m06-readout-call-korlan-halloran', 'Office of the President of Teravia', '2026-03-05', '''
Telephone conversation with Prime Minister of Ambrel Edwin Halloran

5 March 2026, 18:45

Matvei Korlan had a telephone conversation with Prime Minister of Ambrel Edwin Halloran at the initiative of the Ambrelian side.

Edwin Halloran congratulated the President of Teravia on the anniversary of his inauguration.

The interlocutors discussed the situation on the energy markets. The Prime Minister of Ambrel informed his interlocutor about the measures being considered by his government to stabilise the domestic fuel market.

The President noted that Teravia was interested in predictable fuel supplies from Ambrel. He expressed the hope that any restrictions would take into account the existing long-term contracts.

Edwin Halloran assured that Ambrel would fulfil all its obligations under the contracts concluded with Teravian companies. The Ambrelian Prime Minister stressed that the measures under discussion, if adopted, would be temporary and would not exceed three months.

Matvei Korlan also informed the Prime Minister of the results of his talks with the President of Kestria. Edwin Halloran welcomed the agreement to resume consultations on the Dorne corridor and said that Ambrel was interested in using the corridor for its own exports to the north.

The leaders also touched upon the preparations for the regional energy forum. The head of the Teravian state supported the proposal of the Ambrelian side to hold a ministerial meeting in Durnhall in May.

The President of Teravia drew his interlocutor's attention to the situation of Teravian students in Ambrel, noting that many of them had faced delays in the renewal of residence permits. The Prime Minister promised to look into the matter personally.

It was agreed to continue contacts at various levels.
''',
    s('Matvei Korlan', 'The President', 'Teravia was interested in predictable fuel supplies from Ambrel', 'noted', role=PRES_T),
    s('Matvei Korlan', 'He', 'any restrictions would take into account the existing long-term contracts', 'expressed the hope', role=PRES_T),
    s('Edwin Halloran', 'Edwin Halloran', 'Ambrel would fulfil all its obligations under the contracts concluded with Teravian companies', 'assured', role='Prime Minister of Ambrel'),
    s('Edwin Halloran', 'The Ambrelian Prime Minister', 'the measures under discussion, if adopted, would be temporary and would not exceed three months', 'stressed', role='Prime Minister of Ambrel'),
    s('Edwin Halloran', 'Edwin Halloran', 'the agreement to resume consultations on the Dorne corridor', 'welcomed', role='Prime Minister of Ambrel'),
    s('Edwin Halloran', 'Edwin Halloran', 'Ambrel was interested in using the corridor for its own exports to the north', 'said', role='Prime Minister of Ambrel'),
    s('Matvei Korlan', 'The head of the Teravian state', 'the proposal of the Ambrelian side to hold a ministerial meeting in Durnhall in May', 'supported', role=PRES_T),
    s('Matvei Korlan', 'The President of Teravia', 'the situation of Teravian students in Ambrel, noting that many of them had faced delays in the renewal of residence permits', "drew his interlocutor's attention to", role=PRES_T),
    s('Edwin Halloran', 'The Prime Minister', 'to look into the matter personally', 'promised', role='Prime Minister of Ambrel'),
)

doc('m07-mfa-belenko-marchbank', 'Ministry of Foreign Affairs of Teravia', '2026-03-05', '''
Home / Press service / News

On the meeting of Deputy Foreign Minister Arkady Belenko with the Ambassador of Ambrel

5 March 2026 16:10

On 5 March, Deputy Minister of Foreign Affairs of Teravia Arkady Belenko received the Ambassador Extraordinary and Plenipotentiary of Ambrel to Teravia, Fiona Marchbank, at her request.

During the conversation, the parties discussed the state of bilateral relations and the agenda of upcoming contacts.

A. Belenko set out Teravia's principled position on the possible introduction by Ambrel of restrictions on the export of petroleum products, stating in particular:

Photo gallery (4)

[Deputy Minister A. Belenko and Ambassador F. Marchbank. Photo: MFA of Teravia]

- Teravian companies have fulfilled all their obligations under long-term contracts and expect the same approach from their Ambrelian partners;
- any unilateral restrictions would "seriously damage" the trust built up over many years;
- the Teravian side is ready for consultations at expert level, including within the intergovernmental commission.

The Ambassador assured that the Ambrelian government had not taken any decision and that the Teravian position would be "carefully studied" in Durnhall. She noted that the Ambrelian side attached great importance to cooperation with Teravia in the energy sector. Fiona Marchbank expressed the hope that the intergovernmental commission would be able to meet before the summer.

The diplomat also handed over an invitation to the Minister of Foreign Affairs of Teravia, Oleg Stravin, to visit Ambrel in the first half of the year.

Arkady Belenko recalled that the previous round of consultations between the foreign ministries had been held in Durnhall in October, and welcomed the agreement to hold the next round in Solvik.

The Deputy Minister also raised the issue of visa processing times for Teravian citizens, noting that the waiting period at the Ambrelian consulate in Ostrin had exceeded two months.

Share
Print
''',
    s('Arkady Belenko', 'A. Belenko', "Teravia's principled position on the possible introduction by Ambrel of restrictions on the export of petroleum products", 'set out', role=BELENKO),
    s('Arkady Belenko', 'A. Belenko', 'Teravian companies have fulfilled all their obligations under long-term contracts and expect the same approach from their Ambrelian partners;', 'stating', role=BELENKO),
    s('Arkady Belenko', 'A. Belenko', 'any unilateral restrictions would "seriously damage" the trust built up over many years;', 'stating', 'mixed', role=BELENKO),
    s('Arkady Belenko', 'A. Belenko', 'the Teravian side is ready for consultations at expert level, including within the intergovernmental commission.', 'stating', role=BELENKO),
    s('Fiona Marchbank', 'The Ambassador', 'the Ambrelian government had not taken any decision and that the Teravian position would be "carefully studied" in Durnhall', 'assured', 'mixed', role='Ambassador'),
    s('Fiona Marchbank', 'She', 'the Ambrelian side attached great importance to cooperation with Teravia in the energy sector', 'noted', role='Ambassador'),
    s('Fiona Marchbank', 'Fiona Marchbank', 'the intergovernmental commission would be able to meet before the summer', 'expressed the hope', role='Ambassador'),
    s('Arkady Belenko', 'Arkady Belenko', 'the previous round of consultations between the foreign ministries had been held in Durnhall in October', 'recalled', role=BELENKO),
    s('Arkady Belenko', 'Arkady Belenko', 'the agreement to hold the next round in Solvik', 'welcomed', role=BELENKO),
    s('Arkady Belenko', 'The Deputy Minister', 'visa processing times for Teravian citizens, noting that the waiting period at the Ambrelian consulate in Ostrin had exceeded two months', 'raised the issue of', role=BELENKO),
)

doc('m08-mfa-briefing-dravik', 'Ministry of Foreign Affairs of Teravia', '2026-03-05', '''
Briefing by Foreign Ministry Spokeswoman Yelena Dravik, Solvik, 5 March 2026

Contents
1. On the visit of the President of Kestria to Teravia
2. On the floods in Kestria
3. Answers to media questions

On the visit of the President of Kestria to Teravia

As you know, President of Kestria Konrad Aalders paid an official visit to Teravia on 4 March. The talks were held in a friendly and constructive atmosphere. A Joint Statement and a number of intergovernmental documents were signed. We consider the visit an important step in strengthening our strategic partnership.

On the floods in Kestria

We express our deep condolences to the families of the victims of the floods in northern Kestria. Teravia has offered to send rescue teams and equipment. Our Emergency Ministry is in constant contact with its Kestrian colleagues.

Answers to media questions

Question (Meridian): Ambrel is reportedly considering restricting diesel exports. Deputy Minister Belenko said today that this would damage trust. Is Solvik preparing retaliatory measures?

Yelena Dravik: We do not comment on speculation. Our position was set out by the Deputy Minister quite clearly.

We are counting on our Ambrelian partners to honour their commitments. If decisions are taken that affect our interests, we will of course respond, but I would not get ahead of events.

Question (Kestrian National Television): Kestrian opposition parties have criticised the agreement on the investment fund as "one-sided". How would you comment?

Yelena Dravik: I have seen these statements. I would advise those who make them to read the documents first. The fund is based on equal contributions. Nobody is imposing anything on anyone.

Question: When will Foreign Minister Stravin visit Ambrel?

Yelena Dravik: The invitation has been received with gratitude. The dates will be agreed through diplomatic channels.

Question (Ostrin Daily): Dockworkers in Ostrin say the government has ignored their demands for two years. Is the ministry involved in resolving the strike?

Yelena Dravik: This is not a foreign policy matter. I would refer you to the Ministry of Transport.

Question (TERPRESS): The Ambrelian ambassador told journalists after her meeting at the ministry that she expected "a pragmatic outcome". Do you share this optimism?

Yelena Dravik: As Minister Stravin has said many times, we are always open to dialogue on the basis of mutual respect. I would not use the word optimism. Let's say we are realists.

Full text in Teravian
''',
    s('Yelena Dravik', '', 'As you know, President of Kestria Konrad Aalders|an important step in strengthening our strategic partnership.', '', role='Foreign Ministry Spokeswoman'),
    s('Yelena Dravik', '', 'We express our deep condolences|in constant contact with its Kestrian colleagues.', '', role='Foreign Ministry Spokeswoman'),
    s('Arkady Belenko', 'Deputy Minister Belenko', 'this would damage trust', 'said', role='Deputy Minister'),
    s('Yelena Dravik', 'Yelena Dravik', 'We do not comment on speculation.|I would not get ahead of events.', '', role='Foreign Ministry Spokeswoman'),
    s('Kestrian opposition parties', 'Kestrian opposition parties', 'the agreement on the investment fund as "one-sided"', 'criticised', 'mixed'),
    s('Yelena Dravik', 'Yelena Dravik', 'I have seen these statements.|Nobody is imposing anything on anyone.', '', role='Foreign Ministry Spokeswoman'),
    s('Yelena Dravik', 'Yelena Dravik', 'The invitation has been received with gratitude. The dates will be agreed through diplomatic channels.', '', role='Foreign Ministry Spokeswoman'),
    s('Dockworkers in Ostrin', 'Dockworkers in Ostrin', 'the government has ignored their demands for two years', 'say'),
    s('Yelena Dravik', 'Yelena Dravik', 'This is not a foreign policy matter. I would refer you to the Ministry of Transport.', '', role='Foreign Ministry Spokeswoman'),
    s('The Ambrelian ambassador', 'The Ambrelian ambassador', 'she expected "a pragmatic outcome"', 'told', 'mixed', role='ambassador'),
    s('The Ambrelian ambassador', 'she', '"a pragmatic outcome"', 'expected', 'direct', role='ambassador', nested=True, via='The Ambrelian ambassador'),
    s('Yelena Dravik', 'Yelena Dravik', "As Minister Stravin has said many times|Let's say we are realists.", '', role='Foreign Ministry Spokeswoman'),
    s('Stravin', 'Minister Stravin', 'we are always open to dialogue on the basis of mutual respect', 'said', role='Minister', nested=True, via='Yelena Dravik'),
)

doc('m09-meeting-fuel-market', 'Office of the President of Teravia', '2026-03-06', '''
Meeting on the situation on the fuel market

6 March 2026, 12:00
Solvik, Presidential Palace

The President held a meeting with members of the Government on the situation on the domestic fuel market.

Taking part in the meeting were Prime Minister Irina Volskaya, Deputy Prime Minister - Minister of Energy Stepan Gorodok, Minister of Finance Lev Annenkov, Minister of Transport Daria Kell and Chairman of the Antimonopoly Committee Roman Sokolin.

Excerpts from the transcript:

Matvei Korlan: Good afternoon, colleagues.

Today we will discuss the situation on the fuel market. As you know, our neighbours in Ambrel are considering restricting exports of diesel fuel. We buy about a fifth of our diesel there. I want to hear from the Government what it is doing to make sure that farmers do not face shortages during the spring sowing campaign.

Let's begin. Mr Gorodok, please.

Stepan Gorodok: Mr President, colleagues.

Our refineries are operating at 94 percent of capacity. Reserves at the state depots amount to 410,000 tonnes, which is enough for 38 days of consumption. We have agreed with the largest producers to increase supplies to the domestic market by 8 percent from April.

At the same time, I must say frankly that if the Ambrelian restrictions are introduced, prices at filling stations in the border regions may rise by 5 to 7 percent.

Matvei Korlan: This is unacceptable. Prices must not rise because of decisions taken abroad. Mr Sokolin, what is the Antimonopoly Committee doing?

Roman Sokolin: Mr President, we have set up a working group that monitors wholesale prices daily. Last week we opened two cases against regional distributors on suspicion of price collusion. In both cases the companies have already lowered their prices.

Matvei Korlan: And the budget? Mr Annenkov.

Lev Annenkov: Mr President, the budget has a reserve of 3 billion for fuel subsidies to agricultural producers. If the Government decides to use it, the money can reach farmers within ten days of the decision.

Daria Kell: If I may add, Mr President. The strike at the port of Ostrin is also affecting fuel deliveries by sea. Two tankers have been waiting at anchor since Thursday. We are in contact with the union and the port authority and hope for a solution this week.

Matvei Korlan: Good. Irina Vladimirovna, I ask the Government to prepare, within two weeks, a set of measures to support farmers. Including subsidised fuel, if necessary.

Irina Volskaya: It will be done, Mr President.

(The meeting continued behind closed doors.)
''',
    s('Matvei Korlan', 'Matvei Korlan', 'Today we will discuss the situation on the fuel market.|during the spring sowing campaign.', '', role='President'),
    s('Stepan Gorodok', 'Stepan Gorodok', 'Our refineries are operating at 94 percent of capacity.|may rise by 5 to 7 percent.', '', role='Deputy Prime Minister - Minister of Energy'),
    s('Matvei Korlan', 'Matvei Korlan', 'This is unacceptable. Prices must not rise because of decisions taken abroad.', '', role='President'),
    s('Roman Sokolin', 'Roman Sokolin', 'we have set up a working group that monitors wholesale prices daily.|have already lowered their prices.', '', role='Chairman of the Antimonopoly Committee'),
    s('Lev Annenkov', 'Lev Annenkov', 'the budget has a reserve of 3 billion|within ten days of the decision.', '', role='Minister of Finance'),
    s('Daria Kell', 'Daria Kell', 'The strike at the port of Ostrin|hope for a solution this week.', '', role='Minister of Transport'),
    s('Matvei Korlan', 'Matvei Korlan', 'I ask the Government to prepare, within two weeks, a set of measures to support farmers. Including subsidised fuel, if necessary.', '', role='President'),
    s('Irina Volskaya', 'Irina Volskaya', 'It will be done, Mr President.', '', role='Prime Minister'),
)

doc('m10-nsa-teravia-kestria-pledge', 'NSA', '2026-03-04', '''
Teravia, Kestria pledge to deepen transport cooperation

Source: NSA | 2026-03-04 21:40:12 | Editor: Lin Harmon

SOLVIK, March 4 (NSA) -- Teravian President Matvei Korlan and his Kestrian counterpart Konrad Aalders agreed on Wednesday to deepen cooperation in transport, energy and agriculture.

During their talks in Solvik, Korlan said that the two countries were "natural partners" and that the Dorne corridor had become a model of regional connectivity. He also announced that Teravia would open a trade mission in the Kestrian river port of Brask later this year.

Aalders spoke highly of the development of bilateral relations, noting that Kestria was willing to work with Teravia to implement the consensus reached by the two heads of state.

Kestrian Deputy Prime Minister Hanna Lowe told the Kestrian news agency KPA that the two sides had agreed in principle to cut rail freight tariffs by 12 percent from July, the Vell-based newspaper Kestria Today reported on Wednesday evening.

Teravian officials did not confirm the figure. A Teravian Transport Ministry spokesman, Ilya Benes, said only that "all parameters are still being discussed."

Analysts said the agreement could revive traffic on the corridor. "If the tariffs really fall by 12 percent, we could see volumes back to 2023 levels within a year," Sabine Orlova, a transport economist at the Solvik Institute of Regional Studies, said in an interview with NSA.

Orlova noted, however, that the condition of the rail infrastructure on the Kestrian side remained a bottleneck. In her view, both governments will have to invest "far more than they have announced so far."

The Kestrian side also hopes to attract Teravian investment in its grain terminals on the Sarn, Lowe was quoted as saying by KPA. She said at least three Teravian companies had already expressed interest.

Trade between Teravia and Kestria reached 3.1 billion euros last year, according to Teravian customs data.

Enditem
''',
    s('Teravia and Kestria', 'Teravia, Kestria', 'deepen transport cooperation', 'pledge to'),
    s('Matvei Korlan and Konrad Aalders', 'Teravian President Matvei Korlan and his Kestrian counterpart Konrad Aalders', 'deepen cooperation in transport, energy and agriculture', 'agreed'),
    s('Matvei Korlan', 'Korlan', 'the two countries were "natural partners" and that the Dorne corridor had become a model of regional connectivity', 'said', 'mixed', role='President'),
    s('Matvei Korlan', 'He', 'Teravia would open a trade mission in the Kestrian river port of Brask later this year', 'announced', role='President'),
    s('Konrad Aalders', 'Aalders', 'Kestria was willing to work with Teravia to implement the consensus reached by the two heads of state', 'noting', role='counterpart'),
    s('Kestria Today', 'the Vell-based newspaper Kestria Today', 'Kestrian Deputy Prime Minister Hanna Lowe told the Kestrian news agency KPA that the two sides had agreed in principle to cut rail freight tariffs by 12 percent from July', 'reported'),
    s('Hanna Lowe', 'Kestrian Deputy Prime Minister Hanna Lowe', 'the two sides had agreed in principle to cut rail freight tariffs by 12 percent from July', 'told', role='Deputy Prime Minister', nested=True, via='Kestria Today'),
    s('Teravia and Kestria', 'the two sides', 'in principle to cut rail freight tariffs by 12 percent from July', 'agreed', nested=True, via='Hanna Lowe'),
    s('Ilya Benes', 'A Teravian Transport Ministry spokesman, Ilya Benes', '"all parameters are still being discussed."', 'said', 'direct', role='Transport Ministry spokesman'),
    s('Analysts', 'Analysts', 'the agreement could revive traffic on the corridor', 'said'),
    s('Sabine Orlova', 'Sabine Orlova, a transport economist at the Solvik Institute of Regional Studies', '"If the tariffs really fall by 12 percent, we could see volumes back to 2023 levels within a year,"', 'said', 'direct', role='transport economist'),
    s('Sabine Orlova', 'Orlova', 'the condition of the rail infrastructure on the Kestrian side remained a bottleneck', 'noted', role='transport economist'),
    s('Hanna Lowe', 'Lowe', 'The Kestrian side also hopes to attract Teravian investment in its grain terminals on the Sarn', 'was quoted as saying', role='Deputy Prime Minister'),
    s('Hanna Lowe', 'She', 'at least three Teravian companies had already expressed interest', 'said', role='Deputy Prime Minister'),
    s('Teravian customs', 'Teravian customs data', 'Trade between Teravia and Kestria reached 3.1 billion euros last year', 'according to'),
    s('Sabine Orlova', 'her', 'both governments will have to invest "far more than they have announced so far."', 'In her view', 'mixed', role='transport economist'),
)

doc('m11-afp-un-report-marren', 'AFP', '2026-03-05', '''
UN report accuses Ambrel-backed militia of abuses in Marren valley

GENEVA, March 5 (AFP) - A UN human rights report published Thursday accused a militia backed by Ambrel of summary executions and forced displacement in the disputed Marren valley, charges Durnhall swiftly rejected as "fabricated".

The 40-page report, based on interviews with more than 120 witnesses, says members of the Marren Defence Brigade killed at least 31 civilians between August and December. It also documents the destruction of some 400 homes in villages along the river.

"The pattern of violations we have documented is consistent and deeply alarming," the head of the investigating team, Rosalind Achebe-Strand, told reporters in Geneva.

She said her team had been denied access to the valley and had relied on satellite imagery and testimony from refugees. Asked whether the brigade took orders from Durnhall, she said the team had found "credible indications" of coordination but no written orders.

Ambrel's foreign ministry said in a statement that the report was "fabricated from start to finish" and relied on "witnesses coached by Teravian intelligence". It said the brigade was a "local self-defence force" with no links to the Ambrelian army.

The brigade's commander, who goes by the nom de guerre "Falcon", denied the accusations in a video posted on Telegram on Thursday evening, calling the report "lies paid for by Solvik."

But a Western diplomat in Geneva, speaking on condition of anonymity, said the evidence of Ambrelian supplies to the brigade was "overwhelming". Another diplomat said several countries were preparing a resolution calling for an independent investigation.

The draft resolution, seen by AFP, urges all parties to the conflict "to cooperate fully" with UN investigators. It also calls for the investigators' mandate to be extended by a year.

Teravia, which has long accused Ambrel of arming the brigade, welcomed the report. Foreign Minister Oleg Stravin wrote on X that it confirmed "what we have been saying for three years".

Refugees interviewed by AFP in the Teravian border town of Kalvy last month described night raids and burned fields.

"They came at two in the morning and told us we had one hour," said Ahmet Korsun, 62, a farmer from the village of Lisk. "My brother stayed to save the animals. We have not heard from him since."

The Marren valley, home to about 80,000 people before the fighting, has been contested by Ambrel and Teravia since the collapse of a 2011 border agreement. A ceasefire signed in 2024 has been repeatedly violated, according to monitors from the regional security organisation. A spokesman for the organisation said the monitors had recorded "a marked increase" in violations since January.

bur-sk/dt/jh
''',
    s('UN human rights report', 'UN report', 'Ambrel-backed militia of abuses in Marren valley', 'accuses'),
    s('UN human rights report', 'A UN human rights report published Thursday', 'a militia backed by Ambrel of summary executions and forced displacement in the disputed Marren valley', 'accused'),
    s('Durnhall', 'Durnhall', '"fabricated"', 'rejected as', 'direct'),
    s('UN human rights report', 'The 40-page report, based on interviews with more than 120 witnesses', 'members of the Marren Defence Brigade killed at least 31 civilians between August and December', 'says'),
    s('UN human rights report', 'It', 'the destruction of some 400 homes in villages along the river', 'documents'),
    s('Rosalind Achebe-Strand', 'the head of the investigating team, Rosalind Achebe-Strand', '"The pattern of violations we have documented is consistent and deeply alarming,"', 'told', 'direct', role='head of the investigating team'),
    s('Rosalind Achebe-Strand', 'She', 'her team had been denied access to the valley and had relied on satellite imagery and testimony from refugees', 'said', role='head of the investigating team'),
    s('Rosalind Achebe-Strand', 'she', 'the team had found "credible indications" of coordination but no written orders', 'said', 'mixed', role='head of the investigating team'),
    s("Ambrel's foreign ministry", "Ambrel's foreign ministry", 'the report was "fabricated from start to finish" and relied on "witnesses coached by Teravian intelligence"', 'said', 'mixed'),
    s("Ambrel's foreign ministry", 'It', 'the brigade was a "local self-defence force" with no links to the Ambrelian army', 'said', 'mixed'),
    s("The brigade's commander", "The brigade's commander, who goes by the nom de guerre \"Falcon\"", 'the accusations', 'denied'),
    s("The brigade's commander", "The brigade's commander, who goes by the nom de guerre \"Falcon\"", 'the report "lies paid for by Solvik."', 'calling', 'mixed'),
    s('a Western diplomat in Geneva', 'a Western diplomat in Geneva, speaking on condition of anonymity', 'the evidence of Ambrelian supplies to the brigade was "overwhelming"', 'said', 'mixed'),
    s('Another diplomat', 'Another diplomat', 'several countries were preparing a resolution calling for an independent investigation', 'said'),
    s('The draft resolution', 'The draft resolution, seen by AFP', 'all parties to the conflict "to cooperate fully" with UN investigators', 'urges', 'mixed'),
    s('The draft resolution', 'It', "the investigators' mandate to be extended by a year", 'calls for'),
    s('Teravia', 'Teravia', 'Ambrel of arming the brigade', 'accused'),
    s('Teravia', 'Teravia', 'the report', 'welcomed'),
    s('Oleg Stravin', 'Foreign Minister Oleg Stravin', 'it confirmed "what we have been saying for three years"', 'wrote', 'mixed', role='Foreign Minister'),
    s('UN human rights report', 'it', '"what we have been saying for three years"', 'confirmed', 'direct', nested=True, via='Oleg Stravin'),
    s('Refugees interviewed by AFP in the Teravian border town of Kalvy last month', 'Refugees interviewed by AFP in the Teravian border town of Kalvy last month', 'night raids and burned fields', 'described'),
    s('Ahmet Korsun', 'Ahmet Korsun, 62, a farmer from the village of Lisk', '"They came at two in the morning and told us we had one hour,"', 'said', 'direct', role='farmer'),
    s('Ahmet Korsun', '', '"My brother stayed to save the animals. We have not heard from him since."', '', 'direct', role='farmer'),
    s('A spokesman for the organisation', 'A spokesman for the organisation', 'the monitors had recorded "a marked increase" in violations since January', 'said', 'mixed', role='spokesman'),
    s('monitors from the regional security organisation', 'monitors from the regional security organisation', 'A ceasefire signed in 2024 has been repeatedly violated', 'according to'),
)

doc('m12-courier-dispatch-ostrin-strike', 'Harrowfield Courier-Dispatch', '2026-03-06', '''
Harrowfield Courier-Dispatch
World | Business | Local

Port strike in Teravia strands grain, machinery shipments

Allied Press
Published 6:14 a.m. CT March 6, 2026 | Updated 9:02 a.m. CT March 6, 2026

OSTRIN, Teravia — Dockworkers at Teravia's largest port walked off the job Thursday, leaving dozens of ships waiting offshore and stranding cargo that ranges from Kestrian grain to American farm machinery.

The Ostrin Port Workers Union said the strike would continue until the port authority agreed to a 15% pay raise and hired 300 more workers. "We have been patient for two years. Patience is over," union leader Vadim Petrosyan told a crowd of strikers at the port gates. Petrosyan said the union had offered to keep unloading food and medicine, an offer the port authority said it had never received.

The port authority called the walkout illegal. It said it had asked a court to order the workers back to their posts. Its director, Kiril Andonov, told The Allied Press that the union's demands would "bankrupt the port within a year."

At least 40 vessels were waiting to unload on Thursday afternoon, according to ship-tracking data compiled by the maritime consultancy Bluewake.

Among the stranded cargo are 120 combines and tractors made by Harrowfield Industries, the farm equipment maker based in Cedar Mound. The company said in a statement that it was "monitoring the situation closely" and that customers in Teravia had been told to expect delays of several weeks.

Ships wait at anchor off the port of Ostrin on Thursday. (AP Photo/Lev Marin)

Teravia's transport minister, Daria Kell, urged both sides to return to talks. Speaking on state television, she said the government was ready to mediate but would not "pay for the union's demands out of the budget."

The office of Prime Minister Irina Volskaya said she would meet union leaders on Friday.

Economists warned that a long strike could hit the country's exports at a difficult time. "Ostrin handles about 60% of Teravia's foreign trade by value. A two-week stoppage would take a measurable bite out of first-quarter growth," said Paulina Zeyer, chief economist at Solvik-based Tarvo Bank.

Kestrian grain traders, who ship much of their wheat through Ostrin, said they were looking at routing cargoes through the smaller port of Lemby instead.

___

Harrowfield Industries employs about 2,100 people at its Cedar Mound plant. It shipped about $310 million worth of equipment to Teravia and Kestria last year, according to its annual report. A company spokesman, Dean Halvorsen, said Thursday that no layoffs were planned. "Our people are not going to pay for a dispute on the other side of the world," he said.

Cedar Mound Mayor Ruth Ellingboe said she had spoken with the company's management and was "confident they have a plan."

Courier-Dispatch staff writer Amy Reinholt contributed to this report.

Related: Harrowfield posts record quarter on export orders
Related: Cedar Mound council approves plant expansion
''',
    s('Ostrin Port Workers Union', 'The Ostrin Port Workers Union', 'the strike would continue until the port authority agreed to a 15% pay raise and hired 300 more workers', 'said'),
    s('Vadim Petrosyan', 'union leader Vadim Petrosyan', '"We have been patient for two years. Patience is over,"', 'told', 'direct', role='union leader'),
    s('Vadim Petrosyan', 'Petrosyan', 'the union had offered to keep unloading food and medicine', 'said', role='union leader'),
    s('The port authority', 'the port authority', 'it had never received', 'said'),
    s('The port authority', 'The port authority', 'the walkout illegal', 'called'),
    s('The port authority', 'It', 'it had asked a court to order the workers back to their posts', 'said'),
    s('Kiril Andonov', 'Its director, Kiril Andonov', 'the union\'s demands would "bankrupt the port within a year."', 'told', 'mixed', role='director'),
    s('Bluewake', 'ship-tracking data compiled by the maritime consultancy Bluewake', 'At least 40 vessels were waiting to unload on Thursday afternoon', 'according to'),
    s('Harrowfield Industries', 'The company', 'it was "monitoring the situation closely" and that customers in Teravia had been told to expect delays of several weeks', 'said', 'mixed'),
    s('Daria Kell', "Teravia's transport minister, Daria Kell", 'both sides to return to talks', 'urged', role='transport minister'),
    s('Daria Kell', 'she', 'the government was ready to mediate but would not "pay for the union\'s demands out of the budget."', 'said', 'mixed', role='transport minister'),
    s('The office of Prime Minister Irina Volskaya', 'The office of Prime Minister Irina Volskaya', 'she would meet union leaders on Friday', 'said'),
    s('Economists', 'Economists', "a long strike could hit the country's exports at a difficult time", 'warned'),
    s('Paulina Zeyer', 'Paulina Zeyer, chief economist at Solvik-based Tarvo Bank', '"Ostrin handles about 60% of Teravia\'s foreign trade by value. A two-week stoppage would take a measurable bite out of first-quarter growth,"', 'said', 'direct', role='chief economist'),
    s('Kestrian grain traders', 'Kestrian grain traders, who ship much of their wheat through Ostrin', 'they were looking at routing cargoes through the smaller port of Lemby instead', 'said'),
    s('Harrowfield Industries', 'its annual report', 'It shipped about $310 million worth of equipment to Teravia and Kestria last year', 'according to'),
    s('Dean Halvorsen', 'A company spokesman, Dean Halvorsen', 'no layoffs were planned', 'said', role='company spokesman'),
    s('Dean Halvorsen', 'he', '"Our people are not going to pay for a dispute on the other side of the world,"', 'said', 'direct', role='company spokesman'),
    s('Ruth Ellingboe', 'Cedar Mound Mayor Ruth Ellingboe', 'she had spoken with the company\'s management and was "confident they have a plan."', 'said', 'mixed', role='Mayor'),
)

doc('m13-lakeport-herald-granite-crest', 'The Lakeport Herald', '2026-03-05', '''
The Lakeport Herald
Business

Kestria to review Lakeport miner's licence after tailings spill

MERIDIAN NEWS AGENCY
Published March 5, 2026 | Updated 4:41 p.m. ET

VELL — Kestria's environment ministry said on Thursday it would review the operating licence of Lakeport-listed Granite Crest Resources Ltd. after a tailings spill at its Orsk copper mine polluted a tributary of the Sarn River.

The ministry said in a statement that inspectors had found copper and arsenic levels "many times above permitted limits" in water samples taken downstream of the mine on Monday. It said the company had failed to report the spill for 36 hours, as required by law.

Granite Crest said the leak had been contained on Tuesday and that its own tests showed "no lasting impact" on drinking water. "We take this very seriously and are co-operating fully with the authorities," chief executive Martin Delacroix-Bell said in a statement.

Shares of Granite Crest fell 11.4 per cent on the Lakeport Stock Exchange on Thursday to $4.82, their lowest since 2021.

Kestria's environment minister, Jorunn Haakestad, said the company's licence could be suspended if the review found that it had ignored safety rules. "Nobody is above the law, whether they are from Vell or from Lakeport," she told reporters.

The Orsk mine, which Granite Crest bought in 2019, accounts for about 40 per cent of the company's revenue, according to its most recent annual report.

Analysts at Lakeshore Capital wrote in a note to clients that a suspension of more than three months would force the company to revise its 2026 production guidance. They estimated the cost of the clean-up at between $30-million and $50-million.

Residents of Orsk, a town of about 9,000 people, said the river had turned a rusty orange on Monday morning. A local fisherman, Piet Vanhoorn, told Meridian he had found dead fish along a two-kilometre stretch of the riverbank.

Environmental groups have long accused the company of cutting corners. The Sarn Valley Alliance, a coalition of local groups, said it had warned the ministry about cracks in the tailings dam in a letter last June. The ministry did not respond to a question about the letter.

A spokeswoman for the Lakeport Securities Commission said the regulator was "aware of the reports" but had no jurisdiction over the company's foreign operations.

The spill comes as Kestria is already dealing with severe flooding on the Sarn further north. The river carried the contamination about 15 kilometres before it was diluted, the ministry said.

With files from Continental Wire

Photo: The Orsk copper mine in a 2023 company handout photo. GRANITE CREST RESOURCES
Most popular: Five things to know before markets open
''',
    s("Kestria's environment ministry", "Kestria's environment ministry", 'it would review the operating licence of Lakeport-listed Granite Crest Resources Ltd. after a tailings spill at its Orsk copper mine polluted a tributary of the Sarn River', 'said'),
    s("Kestria's environment ministry", 'The ministry', 'inspectors had found copper and arsenic levels "many times above permitted limits" in water samples taken downstream of the mine on Monday', 'said', 'mixed'),
    s("Kestria's environment ministry", 'It', 'the company had failed to report the spill for 36 hours, as required by law', 'said'),
    s('Granite Crest Resources Ltd.', 'Granite Crest', 'the leak had been contained on Tuesday and that its own tests showed "no lasting impact" on drinking water', 'said', 'mixed'),
    s('Martin Delacroix-Bell', 'chief executive Martin Delacroix-Bell', '"We take this very seriously and are co-operating fully with the authorities,"', 'said', 'direct', role='chief executive'),
    s('Jorunn Haakestad', "Kestria's environment minister, Jorunn Haakestad", "the company's licence could be suspended if the review found that it had ignored safety rules", 'said', role='environment minister'),
    s('Jorunn Haakestad', 'she', '"Nobody is above the law, whether they are from Vell or from Lakeport,"', 'told', 'direct', role='environment minister'),
    s('Granite Crest Resources Ltd.', 'its most recent annual report', "The Orsk mine, which Granite Crest bought in 2019, accounts for about 40 per cent of the company's revenue", 'according to'),
    s('Analysts at Lakeshore Capital', 'Analysts at Lakeshore Capital', 'a suspension of more than three months would force the company to revise its 2026 production guidance', 'wrote'),
    s('Analysts at Lakeshore Capital', 'They', 'the cost of the clean-up at between $30-million and $50-million', 'estimated'),
    s('Residents of Orsk', 'Residents of Orsk, a town of about 9,000 people', 'the river had turned a rusty orange on Monday morning', 'said'),
    s('Piet Vanhoorn', 'A local fisherman, Piet Vanhoorn', 'he had found dead fish along a two-kilometre stretch of the riverbank', 'told', role='local fisherman'),
    s('Environmental groups', 'Environmental groups', 'the company of cutting corners', 'accused'),
    s('The Sarn Valley Alliance', 'The Sarn Valley Alliance, a coalition of local groups', 'it had warned the ministry about cracks in the tailings dam in a letter last June', 'said'),
    s('A spokeswoman for the Lakeport Securities Commission', 'A spokeswoman for the Lakeport Securities Commission', 'the regulator was "aware of the reports" but had no jurisdiction over the company\'s foreign operations', 'said', 'mixed', role='spokeswoman'),
    s("Kestria's environment ministry", 'the ministry', 'The river carried the contamination about 15 kilometres before it was diluted', 'said'),
)

doc('m14-gazette-halloran-confidence-vote', 'The Brandt River Gazette', '2026-03-06', '''
The Brandt River Gazette
World

Ambrel's prime minister survives confidence vote as fuel crisis deepens

By KATHRYN MBEKI-LARSEN Allied Press

DURNHALL, Ambrel (AP) — Ambrel's prime minister narrowly survived a no-confidence vote in parliament on Thursday, but a rebellion inside his own party left him weaker as the country heads into a fuel crunch.

Edwin Halloran won the vote 163-151 after a heated four-hour debate in which opposition leaders blamed him for empty pumps and rising prices. Twelve members of his Unity Party abstained.

"I have heard the anger in this chamber, and I have heard it in the country," the 61-year-old told lawmakers before the vote. "I will not pretend that everything has gone right."

The premier promised to announce a plan to rebuild fuel reserves within 30 days. He also defended his government's handling of the crisis, saying that no country in the region had been spared by the global shortage.

Opposition leader Gareth Pryce-Owens said the result changed nothing.

"The prime minister has survived tonight. The problem has not," he told reporters outside parliament.

Pryce-Owens, whose Civic Alliance leads in most polls, has called for early elections. His deputy, Ines Mwangi-Roth, said the party would table another motion in the spring if the fuel situation did not improve.

One of the Unity Party rebels, a former energy minister, said she had abstained because the government had ignored repeated warnings about the reserves. Miriam Castellane told the AP that she had written to Halloran twice last year. "I got a polite reply and nothing else," she said.

A Unity Party official, who spoke on condition of anonymity because he was not authorized to discuss internal matters, said party leaders would meet next week to decide whether to discipline the rebels.

Halloran's spokesman, Neil Trask, declined to say whether the prime minister would reshuffle his Cabinet. He said Halloran "has the confidence of the House and intends to use it."

Fuel shortages have spread to at least six of Ambrel's 11 provinces, according to the national motorists' association, which said Thursday that one in five filling stations had run out of diesel at some point in the past week.

Outside parliament, about 300 protesters gathered in the rain, some holding jerrycans. Taxi driver Samuel Okafor-Reyes, 38, said he had waited three hours for fuel on Wednesday and had given up twice before that. "I lost two days' work this week. Who pays me for that?" he said.

In Teravia, which relies on Ambrel for about a fifth of its diesel, officials have warned that export curbs would hurt farmers. A Teravian government spokesman said Thursday that Solvik was "watching the situation in Durnhall very carefully."

___

Associated coverage: Ambrel weighs diesel export curbs (Page B4)

Copyright 2026 The Allied Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
''',
    s('opposition leaders', 'opposition leaders', 'him for empty pumps and rising prices', 'blamed'),
    s('Edwin Halloran', 'the 61-year-old', '"I have heard the anger in this chamber, and I have heard it in the country,"', 'told', 'direct', role='prime minister'),
    s('Edwin Halloran', '', '"I will not pretend that everything has gone right."', '', 'direct', role='prime minister'),
    s('Edwin Halloran', 'The premier', 'to announce a plan to rebuild fuel reserves within 30 days', 'promised', role='prime minister'),
    s('Edwin Halloran', 'He', "his government's handling of the crisis", 'defended', role='prime minister'),
    s('Edwin Halloran', 'He', 'no country in the region had been spared by the global shortage', 'saying', role='prime minister'),
    s('Gareth Pryce-Owens', 'Opposition leader Gareth Pryce-Owens', 'the result changed nothing', 'said', role='Opposition leader'),
    s('Gareth Pryce-Owens', 'he', '"The prime minister has survived tonight. The problem has not,"', 'told', 'direct', role='Opposition leader'),
    s('Gareth Pryce-Owens', 'Pryce-Owens, whose Civic Alliance leads in most polls', 'early elections', 'called for', role='Opposition leader'),
    s('Ines Mwangi-Roth', 'His deputy, Ines Mwangi-Roth', 'the party would table another motion in the spring if the fuel situation did not improve', 'said', role='deputy'),
    s('Miriam Castellane', 'One of the Unity Party rebels, a former energy minister', 'she had abstained because the government had ignored repeated warnings about the reserves', 'said', role='former energy minister'),
    s('Miriam Castellane', 'Miriam Castellane', 'she had written to Halloran twice last year', 'told', role='former energy minister'),
    s('Miriam Castellane', 'she', '"I got a polite reply and nothing else,"', 'said', 'direct', role='former energy minister'),
    s('A Unity Party official', 'A Unity Party official, who spoke on condition of anonymity because he was not authorized to discuss internal matters', 'party leaders would meet next week to decide whether to discipline the rebels', 'said'),
    s('Neil Trask', 'He', 'Halloran "has the confidence of the House and intends to use it."', 'said', 'mixed', role='spokesman'),
    s("national motorists' association", "the national motorists' association", "Fuel shortages have spread to at least six of Ambrel's 11 provinces", 'according to'),
    s("national motorists' association", 'which', 'one in five filling stations had run out of diesel at some point in the past week', 'said'),
    s('Samuel Okafor-Reyes', 'Taxi driver Samuel Okafor-Reyes, 38', 'he had waited three hours for fuel on Wednesday and had given up twice before that', 'said', role='Taxi driver'),
    s('Samuel Okafor-Reyes', 'he', '"I lost two days\' work this week.', 'said', 'direct', role='Taxi driver'),
    s('officials', 'officials', 'export curbs would hurt farmers', 'warned'),
    s('A Teravian government spokesman', 'A Teravian government spokesman', 'Solvik was "watching the situation in Durnhall very carefully."', 'said', 'mixed', role='government spokesman'),
)

doc('m15-terpress-main-news-digest', 'TERPRESS', '2026-03-05', '''
TERPRESS
Main news of March 5

Kestria's flood death toll rises to five — emergencies ministry

VELL, March 5. /TERPRESS/. The death toll from the floods in northern Kestria has risen to five, the Kestrian Emergency Situations Ministry said on Thursday. According to the ministry, about 8,400 people have been evacuated from 31 settlements.

Stravin: Teravia will not leave Kestria alone in its hour of need

SOLVIK, March 5. /TERPRESS/. Teravia will provide Kestria with all necessary assistance in dealing with the consequences of the floods, Teravian Foreign Minister Oleg Stravin said on Thursday.

"Our rescuers are already on their way. Three aircraft of the Emergency Ministry will land in Vell tonight," the head of Teravian diplomacy said at a news conference. He added that Solvik was ready to accept children from the affected areas at its summer camps "for as long as necessary."

Ambrel has not yet decided on diesel export curbs, says ambassador

SOLVIK, March 5. /TERPRESS/. Ambrel has not made a decision to restrict exports of diesel fuel, Ambrelian Ambassador to Teravia Fiona Marchbank told reporters after a meeting at the Teravian Foreign Ministry.

"There is no decision. There are discussions, as in any government," the diplomat said. She expressed hope for "a pragmatic outcome" that would take into account the interests of Teravian consumers.

Expert: corridor tariff cut could double transit volumes

SOLVIK, March 5. /TERPRESS/. A 12% cut in rail freight tariffs on the Dorne corridor could double transit volumes within two years, Gennady Muratov, head of the transport economics department at Solvik State University, told TERPRESS.

In his opinion, Kestrian river ports on the Sarn would be the main beneficiaries. The expert noted, however, that the corridor's capacity was limited by a single-track section near Kalvy.

Opposition in Kestria demands inquiry into levee failure

VELL, March 5. /TERPRESS/. The opposition Green Union party in Kestria has demanded a parliamentary inquiry into the failure of the Halvik levee. As party co-chair Lotte Brams wrote on her Telegram channel, local authorities "ignored every warning."

Regional Governor Anika Solheim said earlier that the levee had been inspected last year and found to be sound.

Teravian wheat exports up 14% in February — customs

SOLVIK, March 5. /TERPRESS/. Teravia's wheat exports rose by 14% in February compared with the same month last year, the State Customs Service reported. The main buyers were Kestria and Ambrel, the service said.

Kestrian central bank keeps key rate at 6.5%

VELL, March 5. /TERPRESS/. The Bank of Kestria left its key interest rate unchanged at 6.5% on Thursday. The floods would push food prices up in the coming months, but the effect was likely to be "temporary and limited," the regulator said in a statement. Governor Piotr Halloway told a news conference that the bank saw no reason to change its inflation target of 4%.

Tags
Kestria
Teravia
Ambrel
''',
    s('Kestrian Emergency Situations Ministry', 'emergencies ministry', "Kestria's flood death toll rises to five", ''),
    s('Kestrian Emergency Situations Ministry', 'the Kestrian Emergency Situations Ministry', 'The death toll from the floods in northern Kestria has risen to five', 'said'),
    s('Kestrian Emergency Situations Ministry', 'the ministry', 'about 8,400 people have been evacuated from 31 settlements', 'According to'),
    s('Oleg Stravin', 'Stravin', 'Teravia will not leave Kestria alone in its hour of need', '', role=FM_T),
    s('Oleg Stravin', 'Teravian Foreign Minister Oleg Stravin', 'Teravia will provide Kestria with all necessary assistance in dealing with the consequences of the floods', 'said', role=FM_T),
    s('Oleg Stravin', 'the head of Teravian diplomacy', '"Our rescuers are already on their way. Three aircraft of the Emergency Ministry will land in Vell tonight,"', 'said', 'direct', role=FM_T),
    s('Oleg Stravin', 'He', 'Solvik was ready to accept children from the affected areas at its summer camps "for as long as necessary."', 'added', 'mixed', role=FM_T),
    s('Fiona Marchbank', 'ambassador', 'Ambrel has not yet decided on diesel export curbs', 'says', role=AMB),
    s('Fiona Marchbank', 'Ambrelian Ambassador to Teravia Fiona Marchbank', 'Ambrel has not made a decision to restrict exports of diesel fuel', 'told', role=AMB),
    s('Fiona Marchbank', 'the diplomat', '"There is no decision. There are discussions, as in any government,"', 'said', 'direct', role=AMB),
    s('Fiona Marchbank', 'She', '"a pragmatic outcome" that would take into account the interests of Teravian consumers', 'expressed hope for', 'mixed', role=AMB),
    s('Gennady Muratov', 'Expert', 'corridor tariff cut could double transit volumes', '', role='head of the transport economics department at Solvik State University'),
    s('Gennady Muratov', 'Gennady Muratov, head of the transport economics department at Solvik State University', 'A 12% cut in rail freight tariffs on the Dorne corridor could double transit volumes within two years', 'told', role='head of the transport economics department at Solvik State University'),
    s('Gennady Muratov', 'his', 'Kestrian river ports on the Sarn would be the main beneficiaries', 'In his opinion', role='head of the transport economics department at Solvik State University'),
    s('Gennady Muratov', 'The expert', "the corridor's capacity was limited by a single-track section near Kalvy", 'noted', role='head of the transport economics department at Solvik State University'),
    s('Green Union', 'Opposition in Kestria', 'inquiry into levee failure', 'demands'),
    s('Green Union', 'The opposition Green Union party in Kestria', 'a parliamentary inquiry into the failure of the Halvik levee', 'demanded'),
    s('Lotte Brams', 'party co-chair Lotte Brams', 'local authorities "ignored every warning."', 'wrote', 'mixed', role='party co-chair'),
    s('Anika Solheim', 'Regional Governor Anika Solheim', 'the levee had been inspected last year and found to be sound', 'said', role='Regional Governor'),
    s('Bank of Kestria', 'the regulator', 'The floods would push food prices up in the coming months, but the effect was likely to be "temporary and limited,"', 'said', 'mixed'),
    s('Piotr Halloway', 'Governor Piotr Halloway', 'the bank saw no reason to change its inflation target of 4%', 'told', role='Governor'),
    s('State Customs Service', 'customs', 'Teravian wheat exports up 14% in February', ''),
    s('State Customs Service', 'the State Customs Service', "Teravia's wheat exports rose by 14% in February compared with the same month last year", 'reported'),
    s('State Customs Service', 'the service', 'The main buyers were Kestria and Ambrel', 'said'),
)

doc('m16-meridian-marren-talks', 'Meridian', '2026-03-06', '''
Ambrel, Teravia agree to new Marren ceasefire talks; mediator sees "narrow window"

By Tobias Krane and Nadia Ferreira-Holm

VELL, March 6 (Meridian) - Ambrel and Teravia have agreed to hold their first direct talks in more than a year on the disputed Marren valley, Kestria's special envoy for the region said on Friday, after weeks of shuttle diplomacy and a UN report that put new pressure on Durnhall.

Wilhelmina Saarinen-Koch, a former Kestrian foreign minister who has mediated between the two neighbours since 2024, told a news conference in Vell that the delegations would meet in the Kestrian lakeside town of Eskeby on March 17.

"There is a narrow window, and both sides know it," the envoy said. "If we do not use it now, I am afraid the ceasefire will not survive the summer."

Saarinen-Koch said the talks would focus on the withdrawal of heavy weapons from a 10-km zone on either side of the river and on the return of displaced families. She did not say who would lead the delegations.

Neither government immediately confirmed the date. Ambrel's foreign ministry said in a brief statement that it had "received the Kestrian proposal" and would respond "in due course". A Teravian diplomat, who asked not to be named, said Solvik was ready to go to Eskeby "tomorrow" but wanted guarantees that the brigade accused in the UN report would be part of any withdrawal.

The diplomat said Teravian officials had been told by Kestrian mediators that Durnhall had accepted the agenda in principle. Meridian could not independently verify that account.

Ambrelian officials have long maintained that the Marren Defence Brigade is a local militia beyond their control. On Thursday, after the UN report accused the brigade of killing at least 31 civilians, the foreign ministry in Durnhall called the findings "fabricated from start to finish".

Privately, however, two Ambrelian officials acknowledged that the government was under pressure to show progress before a meeting of the regional security organisation in April. One of them said Prime Minister Edwin Halloran, weakened by a narrow win in a confidence vote on Thursday, could not afford "a second front" while the country faced fuel shortages.

Halloran himself has said little about the valley in recent weeks. In a speech to parliament in January he said Ambrel would "never give up a metre" of its territory, a line his critics in Teravia have often quoted.

Teravian President Matvei Korlan has taken a softer tone. At a joint news conference with Kestrian President Konrad Aalders on Wednesday, he said Teravia was "ready to talk to anyone, anywhere" about the Marren. The two presidents called on all parties to refrain from escalation, according to a joint statement released after their talks.

The ceasefire, brokered by Kestria in 2024, has been violated more than 600 times since January, according to the regional security organisation's monitoring mission. Its latest report, published last week, says most of the violations involved small arms fire, but it also records three incidents in which artillery was used near the village of Lisk.

Analysts were cautious. "Getting them into the same room is an achievement. Getting them to sign anything is another story," said Jonas Vikstedt, a researcher at the Eskeby Peace Institute. He said both governments faced domestic pressure not to be seen making concessions.

Others were more hopeful. Farida Osei-Lindqvist, who led the monitoring mission until last year, said the fuel crisis gave Ambrel "a very practical reason" to reduce tensions with a neighbour that buys a fifth of its diesel exports.

In Kalvy, the Teravian border town that hosts about 12,000 displaced people from the valley, news of the talks was met with little enthusiasm. The UN's human rights chief, in a statement released in Geneva, urged both governments to put civilians "at the centre" of the talks. "They have talked before. We are still here," said Marta Dobrescu, 44, who fled the village of Lisk in 2023 with her three children.

A local official in Kalvy, speaking on condition of anonymity because he was not authorised to talk to the media, said the town's schools and clinics were "at breaking point" and that aid from Solvik had fallen since the autumn.

The Kestrian envoy said she would travel to Durnhall and Solvik next week to finalise the arrangements. Asked whether she expected a deal in Eskeby, Saarinen-Koch smiled. "I expect a conversation," she said. "In the Marren, that is already a lot."

(Reporting by Tobias Krane in Vell and Nadia Ferreira-Holm in Durnhall; Additional reporting by Meridian's Solvik bureau; Writing by Tobias Krane; Editing by Martin Oakes and Clara Venn)
''',
    s('Ambrel and Teravia', 'Ambrel, Teravia', 'new Marren ceasefire talks', 'agree to'),
    s('Wilhelmina Saarinen-Koch', 'mediator', '"narrow window"', 'sees', 'direct', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', "Kestria's special envoy for the region", 'Ambrel and Teravia have agreed to hold their first direct talks in more than a year on the disputed Marren valley', 'said', role="Kestria's special envoy for the region"),
    s('Ambrel and Teravia', 'Ambrel and Teravia', 'to hold their first direct talks in more than a year on the disputed Marren valley', 'agreed', nested=True, via='Wilhelmina Saarinen-Koch'),
    s('Wilhelmina Saarinen-Koch', 'Wilhelmina Saarinen-Koch, a former Kestrian foreign minister who has mediated between the two neighbours since 2024', 'the delegations would meet in the Kestrian lakeside town of Eskeby on March 17', 'told', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', 'the envoy', '"There is a narrow window, and both sides know it,"', 'said', 'direct', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', '', '"If we do not use it now, I am afraid the ceasefire will not survive the summer."', '', 'direct', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', 'Saarinen-Koch', 'the talks would focus on the withdrawal of heavy weapons from a 10-km zone on either side of the river and on the return of displaced families', 'said', role="Kestria's special envoy for the region"),
    s("Ambrel's foreign ministry", "Ambrel's foreign ministry", 'it had "received the Kestrian proposal" and would respond "in due course"', 'said', 'mixed'),
    s('A Teravian diplomat', 'A Teravian diplomat, who asked not to be named', 'Solvik was ready to go to Eskeby "tomorrow" but wanted guarantees that the brigade accused in the UN report would be part of any withdrawal', 'said', 'mixed'),
    s('A Teravian diplomat', 'The diplomat', 'Teravian officials had been told by Kestrian mediators that Durnhall had accepted the agenda in principle', 'said'),
    s('Kestrian mediators', 'Kestrian mediators', 'Durnhall had accepted the agenda in principle', 'told', nested=True, via='A Teravian diplomat'),
    s('Ambrelian officials', 'Ambrelian officials', 'the Marren Defence Brigade is a local militia beyond their control', 'maintained'),
    s('UN report', 'the UN report', 'the brigade of killing at least 31 civilians', 'accused'),
    s("Ambrel's foreign ministry", 'the foreign ministry in Durnhall', 'the findings "fabricated from start to finish"', 'called', 'mixed'),
    s('two Ambrelian officials', 'two Ambrelian officials', 'the government was under pressure to show progress before a meeting of the regional security organisation in April', 'acknowledged'),
    s('One of them', 'One of them', 'Prime Minister Edwin Halloran, weakened by a narrow win in a confidence vote on Thursday, could not afford "a second front" while the country faced fuel shortages', 'said', 'mixed'),
    s('Edwin Halloran', 'he', 'Ambrel would "never give up a metre" of its territory', 'said', 'mixed', role='Prime Minister'),
    s('Matvei Korlan', 'he', 'Teravia was "ready to talk to anyone, anywhere" about the Marren', 'said', 'mixed', role='Teravian President'),
    s('Matvei Korlan and Konrad Aalders', 'The two presidents', 'all parties to refrain from escalation', 'called on'),
    s("regional security organisation's monitoring mission", "the regional security organisation's monitoring mission", 'The ceasefire, brokered by Kestria in 2024, has been violated more than 600 times since January', 'according to'),
    s("regional security organisation's monitoring mission", 'Its latest report, published last week', 'most of the violations involved small arms fire', 'says'),
    s("regional security organisation's monitoring mission", 'it', 'three incidents in which artillery was used near the village of Lisk', 'records'),
    s('Jonas Vikstedt', 'Jonas Vikstedt, a researcher at the Eskeby Peace Institute', '"Getting them into the same room is an achievement. Getting them to sign anything is another story,"', 'said', 'direct', role='researcher'),
    s('Jonas Vikstedt', 'He', 'both governments faced domestic pressure not to be seen making concessions', 'said', role='researcher'),
    s('Farida Osei-Lindqvist', 'Farida Osei-Lindqvist, who led the monitoring mission until last year', 'the fuel crisis gave Ambrel "a very practical reason" to reduce tensions with a neighbour that buys a fifth of its diesel exports', 'said', 'mixed'),
    s("The UN's human rights chief", "The UN's human rights chief", 'both governments to put civilians "at the centre" of the talks', 'urged', 'mixed', role='human rights chief'),
    s('Marta Dobrescu', 'Marta Dobrescu, 44, who fled the village of Lisk in 2023 with her three children', '"They have talked before. We are still here,"', 'said', 'direct'),
    s('A local official in Kalvy', 'A local official in Kalvy, speaking on condition of anonymity because he was not authorised to talk to the media', 'the town\'s schools and clinics were "at breaking point" and that aid from Solvik had fallen since the autumn', 'said', 'mixed'),
    s('Wilhelmina Saarinen-Koch', 'The Kestrian envoy', 'she would travel to Durnhall and Solvik next week to finalise the arrangements', 'said', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', 'she', '"I expect a conversation,"', 'said', 'direct', role="Kestria's special envoy for the region"),
    s('Wilhelmina Saarinen-Koch', '', '"In the Marren, that is already a lot."', '', 'direct', role="Kestria's special envoy for the region"),
)

write('invented_m_gold.jsonl', per_document=True)
