#!/usr/bin/env python3
"""Builds invented set K: wire stories and government readouts as agencies and ministries really write them (issues 9
and 10), written in session 28 by "set-k", unseen. Translated official readouts (talks of two presidents with long
titles, "the head of state", "the leader", "In his words", "According to him", "he continued", "the interlocutors",
"The sides noted", agentless "It was stressed that", lists of signed documents and protocol), a joint statement of
two republics ("hereinafter referred to as the Parties"), a telephone-call readout, a ministry readout with bullets
far below their lead-in, agency stories (dateline and tag, a "— presidential aide" headline, "said in a statement on
its Telegram channel", descriptions long after the name, "Read also" teasers), an "UPDATE 2-" wire with sources
familiar and two people of one surname, a spokesman speaking for his minister, "X told agency Y, Z reported", a
Xinhua-style story with "spoke highly of" and "Enditem", a briefing transcript, an interview digest in turns, a market
wrap and a sports brief (cue verbs in other senses), and a live page with timestamps.

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score). Conventions as in build_j.py and the PREAMBLE of session 28 (fields, "region"
"related" for other articles' teasers, 'START|END' contents, content_spans for interrupted contents): protocol,
signed documents, "informed X about", "discussed", "thanked", agentless passives ("It was stressed that") and
question turns are no statements; "welcomed X and noted that Y" is one statement, the second cue's.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed the signing of the energy agreement" is a statement beside
"noted that"; "expressed condolences", "has offered its mediation" and the headline "offers Vesna as venue" are none (a
courtesy, acts).

Amended in session 38 (issue 10, the lead's convention of that round: a readout's "The X side said" of bilateral talks
resolves to the person who led that side when the readout names exactly one, as sets Q and T give it): k01's "The
Lusenian side expressed readiness" is Andrei Voloshen's, "The Dravian side, in turn, proposed" Tomas Keller's (both were
the mention).

usage: python3 ingest-service/tools/invented/build_k.py  (writes src/test/resources/eval/invented_k_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

VOLOSHEN = 'President of Lusenia'
KELLER = 'President of the Republic of Dravia'
MOROZAN = 'Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs of the Republic of Lusenia'

doc('k01-readout-lusenia-dravia-talks', 'Press Service of the President of Lusenia', '2026-12-02', '''
Talks with President of Dravia Tomas Keller
December 2, 2026  14:30  Vesna, Palace of Nations

Andrei Voloshen held talks with President of the Republic of Dravia Tomas Keller, who is in Lusenia on a state visit.

The official welcoming ceremony took place in the Ceremonial Courtyard of the Palace of Nations. The national anthems of the two countries were played, and the heads of state reviewed the guard of honour. The Presidents then laid wreaths at the Monument to the Fallen Defenders.

The talks were held first in a restricted format and then with the participation of the delegations. The Lusenian delegation included Chairman of the Government Pavel Strelko, Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs of the Republic of Lusenia Ilya Morozan, and Minister of Energy and Mineral Resources Vera Danich.

Opening the talks, the President of Lusenia noted that the visit was taking place in the year of the 30th anniversary of diplomatic relations between the two countries. In his words, over these years Lusenia and Dravia "have built a partnership that does not depend on the political weather".

The head of state stressed that Lusenia regarded Dravia as a reliable partner in the Karst region and was interested in expanding cooperation in all areas. According to him, mutual trade grew by 18 percent in the first ten months of the year and exceeded 2.4 billion dollars.

"We have every reason to say that the target of three billion set by our governments is within reach. Our task now is to fill the trade with high-technology goods, not only with grain and metal," the Lusenian leader said.

Tomas Keller thanked his counterpart for the invitation and the warm welcome. The Dravian President said that his country attached great importance to the development of relations with Lusenia and was ready to increase supplies of agricultural machinery and pharmaceuticals to the Lusenian market.

"Dravia does not choose its partners by the calendar of elections. We chose Lusenia thirty years ago, and we are not changing our choice," he continued.

The sides noted the positive dynamics of cooperation in the energy sector, including the construction of the Karst gas pipeline, the first section of which is to be put into operation in 2027.

It was stressed that the implementation of joint projects should be carried out in strict compliance with the agreed timelines.

The Lusenian side expressed readiness to consider the participation of Dravian companies in the modernisation of the Belgrov thermal power plant. The Dravian side, in turn, proposed establishing a joint investment fund with an authorised capital of 300 million dollars.

The interlocutors exchanged views on the situation in the Karst region. The Presidents expressed concern over the escalation of tension on the Ismari-Tervonian border and called on the parties to exercise restraint.

Andrei Voloshen informed his Dravian colleague about the results of his recent visit to Tervonia.

The President of Dravia, for his part, emphasized that any settlement should be based on "respect for the sovereignty and territorial integrity of all states of the region, without exception".

Following the talks, in the presence of the heads of state, the following documents were signed:
- Agreement between the Government of the Republic of Lusenia and the Government of the Republic of Dravia on cooperation in the field of energy;
- Memorandum of understanding between the Ministry of Agriculture of the Republic of Lusenia and the Ministry of Agriculture and Rural Development of the Republic of Dravia;
- Programme of cultural cooperation for 2027-2029.

The Presidents adopted the Joint Statement on further development of comprehensive partnership.

Speaking to the press, Andrei Voloshen welcomed the signing of the energy agreement and noted that it "opens a new page" in the relations between the two countries, allowing Dravian companies to take part in the Karst pipeline on equal terms. The head of the Dravian state said the agreement was "the result of two years of patient work by our governments".

At the press conference following the talks, the Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs said that the next meeting of the intergovernmental commission would be held in Seltz in the first quarter of 2027.

Answering a journalist's question, the leader of Lusenia said that the issue of the visa regime "was discussed frankly and will be resolved, I hope, next year". The Dravian leader agreed that the visa issue "should not stand between peoples who have been friends for centuries".

Later the same day, Andrei Voloshen and Tomas Keller attended a concert of the Dravian National Folk Ensemble at the Vesna Opera House.
''',
    s('Andrei Voloshen', 'the President of Lusenia', 'the visit was taking place in the year of the 30th anniversary of diplomatic relations between the two countries', 'noted', role=VOLOSHEN),
    s('Andrei Voloshen', 'his', 'over these years Lusenia and Dravia "have built a partnership that does not depend on the political weather".', 'In his words', 'mixed', role=VOLOSHEN),
    s('Andrei Voloshen', 'The head of state', 'Lusenia regarded Dravia as a reliable partner in the Karst region and was interested in expanding cooperation in all areas', 'stressed', role=VOLOSHEN),
    s('Andrei Voloshen', 'him', 'mutual trade grew by 18 percent in the first ten months of the year and exceeded 2.4 billion dollars', 'According to', role=VOLOSHEN),
    s('Andrei Voloshen', 'the Lusenian leader', '"We have every reason to say|not only with grain and metal,"', 'said', 'direct', role=VOLOSHEN),
    s('Tomas Keller', 'The Dravian President', 'his country attached great importance to the development of relations with Lusenia|to the Lusenian market', 'said', role=KELLER),
    s('Tomas Keller', 'he', '"Dravia does not choose its partners by the calendar of elections.|we are not changing our choice,"', 'continued', 'direct', role=KELLER),
    s('Andrei Voloshen and Tomas Keller', 'The sides', 'the positive dynamics of cooperation in the energy sector|to be put into operation in 2027', 'noted'),
    s('Andrei Voloshen', 'The Lusenian side', 'readiness to consider the participation of Dravian companies in the modernisation of the Belgrov thermal power plant', 'expressed'),
    s('Tomas Keller', 'The Dravian side', 'establishing a joint investment fund with an authorised capital of 300 million dollars', 'proposed'),
    s('Andrei Voloshen and Tomas Keller', 'The Presidents', 'concern over the escalation of tension on the Ismari-Tervonian border', 'expressed'),
    s('Andrei Voloshen and Tomas Keller', 'The Presidents', 'the parties to exercise restraint', 'called on'),
    s('Tomas Keller', 'The President of Dravia', 'any settlement should be based on "respect for the sovereignty|without exception".', 'emphasized', 'mixed', role=KELLER),
    s('Andrei Voloshen', 'Andrei Voloshen', 'the signing of the energy agreement', 'welcomed', role=VOLOSHEN),
    s('Andrei Voloshen', 'Andrei Voloshen', 'it "opens a new page" in the relations between the two countries|on equal terms', 'noted', 'mixed', role=VOLOSHEN),
    s('Tomas Keller', 'The head of the Dravian state', 'the agreement was "the result of two years of patient work by our governments".', 'said', 'mixed', role=KELLER),
    s('Ilya Morozan', 'the Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs', 'the next meeting of the intergovernmental commission would be held in Seltz in the first quarter of 2027', 'said', role=MOROZAN),
    s('Andrei Voloshen', 'the leader of Lusenia', 'the issue of the visa regime "was discussed frankly and will be resolved, I hope, next year".', 'said', 'mixed', role=VOLOSHEN),
    s('Tomas Keller', 'The Dravian leader', 'the visa issue "should not stand between peoples who have been friends for centuries".', 'agreed', 'mixed', role=KELLER),
)

PARTIES = 'The Republic of Lusenia and the Republic of Dravia'

doc('k02-joint-statement-lusenia-dravia', 'Press Service of the President of Lusenia', '2026-12-02', '''
Joint Statement of the Republic of Lusenia and the Republic of Dravia on further development of comprehensive partnership
December 2, 2026  16:10

The Republic of Lusenia and the Republic of Dravia, hereinafter referred to as the Parties,

guided by the Treaty of Friendship and Cooperation of 14 March 1997,

noting the 30th anniversary of the establishment of diplomatic relations,

declare the following:

1. The Parties reaffirm their commitment to the principles of sovereign equality, non-interference in internal affairs and the peaceful settlement of disputes.

2. The Parties note with satisfaction the growth of mutual trade and consider it possible to bring it to 3 billion US dollars by 2028.

3. The Parties attach particular importance to the timely completion of the Karst gas pipeline and will ensure the necessary conditions for its financing.

4. The Parties agree to hold regular consultations between their ministries of foreign affairs at the level of deputy ministers at least twice a year.

5. The Parties condemn terrorism in all its forms and manifestations. They call for the strengthening of cooperation between their law enforcement agencies, including the exchange of information on foreign terrorist fighters.

6. The Parties are convinced that the situation on the Ismari-Tervonian border can only be resolved by political and diplomatic means, and welcome any efforts aimed at de-escalation.

7. The Dravian Party supports the candidacy of Lusenia for a non-permanent seat on the Karst Security Council for 2028-2029.

8. The Parties will continue to develop cultural and humanitarian ties, including academic exchanges and the study of the Lusenian and Dravian languages.

9. The Parties express their conviction that the Karst Security Council should remain the main platform for dialogue on regional security, and stress the need to strengthen its capacity for preventive diplomacy.

Done in Vesna on 2 December 2026 in two originals, each in the Lusenian and Dravian languages, both texts being equally authentic.

President of the Republic of Lusenia
A. Voloshen

President of the Republic of Dravia
T. Keller
''',
    s(PARTIES, 'The Parties', 'their commitment to the principles of sovereign equality, non-interference in internal affairs and the peaceful settlement of disputes.', 'reaffirm'),
    s(PARTIES, 'The Parties', 'the growth of mutual trade', 'note with satisfaction'),
    s(PARTIES, 'The Parties', 'it possible to bring it to 3 billion US dollars by 2028.', 'consider'),
    s(PARTIES, 'The Parties', 'particular importance to the timely completion of the Karst gas pipeline|necessary conditions for its financing.', 'attach'),
    s(PARTIES, 'The Parties', 'to hold regular consultations between their ministries of foreign affairs|at least twice a year.', 'agree'),
    s(PARTIES, 'The Parties', 'terrorism in all its forms and manifestations.', 'condemn'),
    s(PARTIES, 'They', 'the strengthening of cooperation between their law enforcement agencies|foreign terrorist fighters.', 'call for'),
    s(PARTIES, 'The Parties', 'the situation on the Ismari-Tervonian border can only be resolved by political and diplomatic means', 'are convinced'),
    s(PARTIES, 'The Parties', 'any efforts aimed at de-escalation.', 'welcome'),
    s('The Republic of Dravia', 'The Dravian Party', 'the candidacy of Lusenia for a non-permanent seat on the Karst Security Council for 2028-2029.', 'supports'),
    s(PARTIES, 'The Parties', 'The Parties will continue to develop cultural and humanitarian ties|Dravian languages.', 'declare'),
    s(PARTIES, 'The Parties', 'the Karst Security Council should remain the main platform for dialogue on regional security', 'express their conviction'),
    s(PARTIES, 'The Parties', 'the need to strengthen its capacity for preventive diplomacy.', 'stress'),
)

ARSLAN = 'President of the Republic of Ismar'
SORENSEN = 'President of the Republic of Tervonia'

doc('k03-readout-ismar-tervonia-call', 'Office of the President of the Republic of Ismar', '2026-12-03', '''
The President of the Republic of Ismar held a telephone conversation with the President of Tervonia
03.12.2026 | 11:20

On 3 December, the President of the Republic of Ismar, Kemal Arslan, held a telephone conversation with the President of the Republic of Tervonia, Mikael Sorensen. The conversation took place at the initiative of the Tervonian side.

The heads of state discussed the situation on the Ismari-Tervonian border following the incident near the village of Karadag on 29 November, in which two Ismari border guards were killed.

Mikael Sorensen expressed condolences to the families of the dead servicemen.

The President stressed that Ismar would not allow its borders "to become a corridor for armed groups and smugglers" and that those responsible for the attack must be brought to justice.

Mikael Sorensen said that the Tervonian side had opened a criminal investigation and was ready to provide the Ismari side with all the materials of the case. According to the Tervonian leader, the attackers belonged to "a criminal group that has nothing to do with the Tervonian state".

The President of Ismar drew his counterpart's attention to the fact that this was the third incident on the border since the beginning of the year. He proposed convening an extraordinary meeting of the joint border commission within ten days. The Tervonian President agreed with the proposal.

The leaders agreed to instruct the heads of their foreign ministries to maintain constant contact.

Kemal Arslan also raised the issue of water allocation from the Sarin reservoir, noting that the summer shortages had caused "serious damage to farmers in the southern provinces". The President of Tervonia, for his part, assured that the issue would be considered at the next meeting of the intergovernmental commission.

The Ismari leader also touched upon the forthcoming session of the Karst Security Council. In this context, Kemal Arslan expressed confidence that the council members would give "an objective and impartial assessment" of what had happened. The Tervonian President, in turn, said that his country would present to the council "all the evidence at its disposal".

The President of the Republic of Ismar invited Mikael Sorensen to pay an official visit to Ismar. The invitation was accepted with gratitude.

The conversation was frank and businesslike, the Office of the President noted.

Related news
President Arslan chairs Security Council meeting on border situation
Ismari Foreign Minister to visit Vesna on December 8
''',
    s('Kemal Arslan', 'The President', 'Ismar would not allow its borders "to become a corridor|must be brought to justice', 'stressed', 'mixed', role=ARSLAN),
    s('Mikael Sorensen', 'Mikael Sorensen', 'the Tervonian side had opened a criminal investigation|all the materials of the case', 'said', role=SORENSEN),
    s('Mikael Sorensen', 'the Tervonian leader', 'the attackers belonged to "a criminal group that has nothing to do with the Tervonian state".', 'According to', 'mixed', role=SORENSEN),
    s('Kemal Arslan', 'The President of Ismar', 'the fact that this was the third incident on the border since the beginning of the year', "drew his counterpart's attention to", role=ARSLAN),
    s('Kemal Arslan', 'He', 'convening an extraordinary meeting of the joint border commission within ten days', 'proposed', role=ARSLAN),
    s('Mikael Sorensen', 'The Tervonian President', 'the proposal', 'agreed with', role=SORENSEN),
    s('Kemal Arslan and Mikael Sorensen', 'The leaders', 'to instruct the heads of their foreign ministries to maintain constant contact', 'agreed'),
    s('Kemal Arslan', 'Kemal Arslan', 'the issue of water allocation from the Sarin reservoir, noting that the summer shortages had caused "serious damage to farmers in the southern provinces"', 'raised', 'mixed', role=ARSLAN),
    s('Mikael Sorensen', 'The President of Tervonia', 'the issue would be considered at the next meeting of the intergovernmental commission', 'assured', role=SORENSEN),
    s('Kemal Arslan', 'Kemal Arslan', 'the council members would give "an objective and impartial assessment" of what had happened', 'expressed confidence', 'mixed', role=ARSLAN),
    s('Mikael Sorensen', 'The Tervonian President', 'his country would present to the council "all the evidence at its disposal".', 'said', 'mixed', role=SORENSEN),
    s('the Office of the President', 'the Office of the President', 'The conversation was frank and businesslike', 'noted'),
)

LUND = 'Minister of Foreign Affairs of the Republic of Tervonia'
DEMIREL = 'Ambassador Extraordinary and Plenipotentiary of the Republic of Ismar to Tervonia'

doc('k04-ministry-tervonia-ambassador', 'Ministry of Foreign Affairs of the Republic of Tervonia', '2026-12-02', '''
Home / Press centre / News
On the meeting of Minister of Foreign Affairs Greta Lund with Ambassador of the Republic of Ismar Orhan Demirel
2 December 2026 - 17:05

On 2 December, Minister of Foreign Affairs of the Republic of Tervonia Greta Lund received Ambassador Extraordinary and Plenipotentiary of the Republic of Ismar to Tervonia Orhan Demirel at his request.

The Ambassador handed over a note of protest of the Ismari side in connection with the incident near the village of Karadag.

Greta Lund expressed regret over the loss of life and set out the position of the Tervonian side, stating in particular:

Photo gallery (6)
[Photo: Minister Greta Lund and Ambassador Orhan Demirel at the Ministry. Photo: Press Service of the MFA of Tervonia]

- the Tervonian armed forces and border service were not involved in the incident in any way;
- the group that attacked the Ismari border post crossed from the territory of a third state, as the data of the Tervonian border service show;
- Tervonia is ready for a joint investigation with the participation of observers from the Karst Security Council;
- attempts to use the incident to revise the 1998 border treaty "are unacceptable and will be rejected".

The Minister stressed that Tervonia valued good-neighbourly relations with Ismar and "will not be drawn into provocations, from whichever side they come".

Orhan Demirel said that he would immediately inform his capital of the Tervonian position. The diplomat noted that Ismar expected "concrete steps, not statements" and that the families of the dead servicemen were waiting for answers.

It was noted that the two foreign ministries would remain in close contact.

Greta Lund also recalled that Tervonia had proposed an extraordinary meeting of the joint border commission as early as 30 November and welcomed the readiness of the Ismari side to hold it "without delay".

The meeting was attended by Deputy Minister of Foreign Affairs Henrik Lund and Director of the Department of Neighbouring Countries Anna Vik.

Print  |  Share  |  Subscribe to news
''',
    s('Greta Lund', 'Greta Lund', 'regret over the loss of life', 'expressed', role=LUND),
    s('Greta Lund', 'Greta Lund', 'the position of the Tervonian side', 'set out', role=LUND),
    s('Greta Lund', 'Greta Lund', 'the Tervonian armed forces and border service were not involved in the incident in any way;', 'stating', role=LUND),
    s('Greta Lund', 'Greta Lund', 'the group that attacked the Ismari border post crossed|as the data of the Tervonian border service show;', 'stating', role=LUND),
    s('Tervonian border service', 'the data of the Tervonian border service', 'the group that attacked the Ismari border post crossed from the territory of a third state', 'show', nested=True, via='Greta Lund'),
    s('Greta Lund', 'Greta Lund', 'Tervonia is ready for a joint investigation with the participation of observers from the Karst Security Council;', 'stating', role=LUND),
    s('Greta Lund', 'Greta Lund', 'attempts to use the incident to revise the 1998 border treaty "are unacceptable and will be rejected".', 'stating', 'mixed', role=LUND),
    s('Greta Lund', 'The Minister', 'Tervonia valued good-neighbourly relations with Ismar|from whichever side they come".', 'stressed', 'mixed', role=LUND),
    s('Orhan Demirel', 'Orhan Demirel', 'he would immediately inform his capital of the Tervonian position', 'said', role=DEMIREL),
    s('Orhan Demirel', 'The diplomat', 'Ismar expected "concrete steps, not statements"|were waiting for answers', 'noted', 'mixed', role=DEMIREL),
    s('Greta Lund', 'Greta Lund', 'Tervonia had proposed an extraordinary meeting of the joint border commission as early as 30 November', 'recalled', role=LUND),
    s('Tervonia', 'Tervonia', 'an extraordinary meeting of the joint border commission as early as 30 November', 'had proposed', nested=True, via='Greta Lund'),
    s('Greta Lund', 'Greta Lund', 'the readiness of the Ismari side to hold it "without delay"', 'welcomed', 'mixed', role=LUND),
)

BARANETS = 'Lusenian presidential aide for foreign policy'
ZAVADSKAYA = 'Lusenian Foreign Ministry spokeswoman'

doc('k05-agency-lusenia-mediation', 'LUSTA', '2026-12-03', '''
Menu  News  Politics  Economy  World  Regions  Sport  LUSTA English
Border incident

Lusenia ready to host Ismari-Tervonian consultations — presidential aide

Consultations could take place in Vesna "as early as next week," Oleg Baranets said

VESNA, December 3. /LUSTA/. Lusenia is ready to provide a venue for consultations between Ismar and Tervonia on the border incident near Karadag, Lusenian presidential aide for foreign policy Oleg Baranets told reporters on Wednesday.

"If both sides ask us, we will provide a platform. Vesna has done this before, and not without success," Baranets said. He added that President Andrei Voloshen had discussed the situation with Dravian President Tomas Keller during their talks on Tuesday.

Read also
Voloshen, Keller sign energy agreement, adopt joint statement

The Ismari Defense Ministry said in a statement on its Telegram channel that two more servicemen had been wounded overnight in shelling from the Tervonian side. "The fire was returned. The situation is under control," the ministry said.

The Tervonian General Staff denied the report. Its spokesman, Colonel Nils Berg, told the Tervonian broadcaster TRK that there had been "no firing from our positions, not a single shot."

Earlier, Ismari President Kemal Arslan said that his country would not allow its borders "to become a corridor for armed groups." On Wednesday, Ismari Foreign Minister Selim Kaya told LUSTA by phone that Ismar "welcomes any mediation, but not at the expense of the truth."

According to the Lusenian aide, Vesna has already been in contact with both capitals. He did not specify at what level the consultations could be held.

Lusenian Foreign Ministry spokeswoman Irina Zavadskaya said at a briefing that Lusenia was "extremely concerned" by the reports of new shelling. "We call on both sides to show restraint and not to allow the situation to slide into an armed conflict," the diplomat said.

Political scientist Andrei Lobov, director of the Vesna Center for Regional Studies, believes that the two sides are unlikely to agree to direct talks before the Karst Security Council meets. "Neither capital wants a war, but both need to look strong at home," the expert told LUSTA.

The situation at the Karadag crossing remained calm on Wednesday morning, a LUSTA correspondent reported from the scene. Trucks were crossing in both directions, though the queue on the Ismari side stretched for about three kilometers.

The Karst Security Council will hold an emergency meeting on the incident on Friday, the organization's press service said.

Dravian Foreign Minister Jan Visser, whose country chairs the council this month, said on Wednesday that the meeting would be "open to both parties" and urged them to send representatives "at the highest possible level."

"Lusenia's position is simple: no to escalation, yes to dialogue," the presidential aide said, adding that Voloshen could raise the issue in a telephone conversation with Arslan later this week.

-- LUSTA

Tags: Ismar, Tervonia, Oleg Baranets
Read also
Ismar says two more servicemen wounded in border shelling
The Ismari Defense Ministry blamed the Tervonian side for the attack, which it said began at 02:40 local time
Zavadskaya: Lusenia calls on Ismar and Tervonia to show restraint
Lusenia to raise wheat export quota for 2027 — ministry
The quota will be increased by 1.5 million tonnes, the Agriculture Ministry said
''',
    s('Oleg Baranets', 'presidential aide', 'Lusenia ready to host Ismari-Tervonian consultations', '', role=BARANETS),
    s('Oleg Baranets', 'Oleg Baranets', 'Consultations could take place in Vesna "as early as next week,"', 'said', 'mixed', role=BARANETS),
    s('Oleg Baranets', 'Lusenian presidential aide for foreign policy Oleg Baranets', 'Lusenia is ready to provide a venue for consultations between Ismar and Tervonia on the border incident near Karadag', 'told', role=BARANETS),
    s('Oleg Baranets', 'Baranets', '"If both sides ask us, we will provide a platform.|and not without success,"', 'said', 'direct', role=BARANETS),
    s('Oleg Baranets', 'He', 'President Andrei Voloshen had discussed the situation with Dravian President Tomas Keller during their talks on Tuesday', 'added', role=BARANETS),
    s('The Ismari Defense Ministry', 'The Ismari Defense Ministry', 'two more servicemen had been wounded overnight in shelling from the Tervonian side', 'said'),
    s('The Ismari Defense Ministry', 'the ministry', '"The fire was returned. The situation is under control,"', 'said', 'direct'),
    s('The Tervonian General Staff', 'The Tervonian General Staff', 'the report', 'denied'),
    s('Nils Berg', 'Its spokesman, Colonel Nils Berg', 'there had been "no firing from our positions, not a single shot."', 'told', 'mixed', role='spokesman'),
    s('Kemal Arslan', 'Ismari President Kemal Arslan', 'his country would not allow its borders "to become a corridor for armed groups."', 'said', 'mixed', role='Ismari President'),
    s('Selim Kaya', 'Ismari Foreign Minister Selim Kaya', 'Ismar "welcomes any mediation, but not at the expense of the truth."', 'told', 'mixed', role='Ismari Foreign Minister'),
    s('Oleg Baranets', 'the Lusenian aide', 'Vesna has already been in contact with both capitals', 'According to', role=BARANETS),
    s('Irina Zavadskaya', 'Lusenian Foreign Ministry spokeswoman Irina Zavadskaya', 'Lusenia was "extremely concerned" by the reports of new shelling', 'said', 'mixed', role=ZAVADSKAYA),
    s('Irina Zavadskaya', 'the diplomat', '"We call on both sides to show restraint|slide into an armed conflict,"', 'said', 'direct', role=ZAVADSKAYA),
    s('Andrei Lobov', 'Political scientist Andrei Lobov, director of the Vesna Center for Regional Studies', 'the two sides are unlikely to agree to direct talks before the Karst Security Council meets', 'believes', role='Political scientist'),
    s('Andrei Lobov', 'the expert', '"Neither capital wants a war, but both need to look strong at home,"', 'told', 'direct', role='Political scientist'),
    s('a LUSTA correspondent', 'a LUSTA correspondent', 'The situation at the Karadag crossing remained calm on Wednesday morning', 'reported'),
    s('the Karst Security Council press service', "the organization's press service", 'The Karst Security Council will hold an emergency meeting on the incident on Friday', 'said'),
    s('Jan Visser', 'Dravian Foreign Minister Jan Visser, whose country chairs the council this month', 'the meeting would be "open to both parties"', 'said', 'mixed', role='Dravian Foreign Minister'),
    s('Jan Visser', 'Dravian Foreign Minister Jan Visser, whose country chairs the council this month', 'them to send representatives "at the highest possible level."', 'urged', 'mixed', role='Dravian Foreign Minister'),
    s('Oleg Baranets', 'the presidential aide', '"Lusenia\'s position is simple: no to escalation, yes to dialogue,"', 'said', 'direct', role=BARANETS),
    s('Oleg Baranets', 'the presidential aide', 'Voloshen could raise the issue in a telephone conversation with Arslan later this week', 'adding', role=BARANETS),
    s('Ismar', 'Ismar', 'two more servicemen wounded in border shelling', 'says', region='related'),
    s('The Ismari Defense Ministry', 'The Ismari Defense Ministry', 'the Tervonian side for the attack', 'blamed', region='related'),
    s('The Ismari Defense Ministry', 'it', 'began at 02:40 local time', 'said', region='related'),
    s('Irina Zavadskaya', 'Zavadskaya', 'Lusenia calls on Ismar and Tervonia to show restraint', '', role=ZAVADSKAYA, region='related'),
    s('Lusenia', 'Lusenia', 'Ismar and Tervonia to show restraint', 'calls on', region='related', nested=True, via='Irina Zavadskaya'),
    s('the Agriculture Ministry', 'ministry', 'Lusenia to raise wheat export quota for 2027', '', region='related'),
    s('the Agriculture Ministry', 'the Agriculture Ministry', 'The quota will be increased by 1.5 million tonnes', 'said', region='related'),
)

SOURCES = 'three sources familiar with the negotiations'

doc('k06-wire-update-pipeline-fee', 'Northline', '2026-12-03', '''
UPDATE 2-Dravia, Lusenia close to deal on Karst pipeline transit fee -sources

(Adds comments from Dravian energy minister, analyst in paragraphs 7-9, minister's spokesman in paragraph 13)

By Marek Halloran

SELTZ, Dec 3 (Northline) - Dravia and Lusenia are close to agreeing a transit fee for the Karst gas pipeline that would let its first section start pumping in 2027, three sources familiar with the negotiations told Northline on Thursday.

The fee under discussion is about 1.9 dollars per thousand cubic meters per 100 kilometers, below the 2.4 dollars Dravia had sought in the summer, two of the sources said.

"The gap is now small enough to close in one meeting," said one of the sources, who declined to be identified because the talks are confidential.

A senior Dravian official said on condition of anonymity that the deal could be signed at the intergovernmental commission's meeting in Seltz in the first quarter. "Nobody wants to go into another winter without it," the official said.

Lusenia's energy ministry did not respond to a request for comment.

Dravian Energy Minister Karin Vos told reporters in Seltz that the talks were "at an advanced stage" but declined to give figures. "I will not negotiate through the newspapers," she said.

Her deputy, Ruben Vos, who is not related to the minister, said last month that Dravia could accept a lower fee if Lusenia guaranteed minimum volumes. Ruben Vos did not comment on Thursday.

Lusenian Deputy Energy Minister Oleg Petrenko, who leads his country's delegation, told the Lusenian state agency LUSTA on Wednesday that Vesna was "not in a hurry" and would not accept a fee that made the pipeline "a charity project." A Lusenian government source told Northline the remark was aimed at a domestic audience.

Analysts said the volume guarantee mattered more than the fee itself. "Dravia gets a lower price per unit, but Lusenia commits to fill the pipe. That is the real prize," said Lena Ferris, head of gas research at Harlow Energy Partners in London.

The Karst pipeline, which will run 1,100 km from Lusenia's Belgrov fields to the Dravian border, has been delayed by two years by disputes over financing. Its operator, KarstGaz, said on Tuesday the first section was 80% complete.

Lusenian President Andrei Voloshen and Dravian President Tomas Keller signed an energy cooperation agreement in Vesna on Tuesday, but the documents published afterwards did not mention the fee.

Voloshen told a news conference that the two countries had "agreed on everything that depends on presidents" and left the rest to "the specialists."

Later on Thursday, a spokesman for Karin Vos, Tomasz Weil, said she had been referring to the fee and not to volumes, which "remain a separate negotiation." The minister's spokesman said she would brief parliament's energy committee on Monday.

The Dravian crown was little changed at 11.42 per dollar.

Dravia's parliament must ratify any fee agreement. Opposition energy spokesman Jan de Wit said his party would vote against a deal that "locks Dravia into Lusenian gas for another 30 years," but the governing coalition has a majority of 14 seats.

(This story has been refiled to correct the spelling of the operator's name in paragraph 10)

(Reporting by Marek Halloran in Seltz; Additional reporting by Nadia Prusova in Vesna; Editing by Clare Whitman)
''',
    s(SOURCES, 'sources', 'Dravia, Lusenia close to deal on Karst pipeline transit fee', ''),
    s(SOURCES, 'three sources familiar with the negotiations', 'Dravia and Lusenia are close to agreeing a transit fee|start pumping in 2027', 'told'),
    s('two of the sources', 'two of the sources', 'The fee under discussion is about 1.9 dollars|had sought in the summer', 'said'),
    s('one of the sources', 'one of the sources', '"The gap is now small enough to close in one meeting,"', 'said', 'direct'),
    s('A senior Dravian official', 'A senior Dravian official', "the deal could be signed at the intergovernmental commission's meeting in Seltz in the first quarter", 'said'),
    s('A senior Dravian official', 'the official', '"Nobody wants to go into another winter without it,"', 'said', 'direct'),
    s('Karin Vos', 'Dravian Energy Minister Karin Vos', 'the talks were "at an advanced stage"', 'told', 'mixed', role='Dravian Energy Minister'),
    s('Karin Vos', 'she', '"I will not negotiate through the newspapers,"', 'said', 'direct', role='Dravian Energy Minister'),
    s('Ruben Vos', 'Her deputy, Ruben Vos, who is not related to the minister', 'Dravia could accept a lower fee if Lusenia guaranteed minimum volumes', 'said', role='deputy', date='2026-11'),
    s('Oleg Petrenko', "Lusenian Deputy Energy Minister Oleg Petrenko, who leads his country's delegation", 'Vesna was "not in a hurry" and would not accept a fee that made the pipeline "a charity project."', 'told', 'mixed', role='Lusenian Deputy Energy Minister'),
    s('A Lusenian government source', 'A Lusenian government source', 'the remark was aimed at a domestic audience', 'told'),
    s('Analysts', 'Analysts', 'the volume guarantee mattered more than the fee itself', 'said'),
    s('Lena Ferris', 'Lena Ferris, head of gas research at Harlow Energy Partners in London', '"Dravia gets a lower price per unit|That is the real prize,"', 'said', 'direct', role='head of gas research at Harlow Energy Partners'),
    s('KarstGaz', 'Its operator, KarstGaz', 'the first section was 80% complete', 'said'),
    s('Andrei Voloshen', 'Voloshen', 'the two countries had "agreed on everything that depends on presidents" and left the rest to "the specialists."', 'told', 'mixed', role='Lusenian President'),
    s('Tomasz Weil', 'a spokesman for Karin Vos, Tomasz Weil', 'she had been referring to the fee and not to volumes, which "remain a separate negotiation."', 'said', 'mixed', role='spokesman for Karin Vos'),
    s('Tomasz Weil', "The minister's spokesman", "she would brief parliament's energy committee on Monday", 'said', role='spokesman for Karin Vos'),
    s('Jan de Wit', 'Opposition energy spokesman Jan de Wit', 'his party would vote against a deal that "locks Dravia into Lusenian gas for another 30 years,"', 'said', 'mixed', role='Opposition energy spokesman'),
)

doc('k07-wire-salmora-karvia-spy-row', 'Agence Continentale', '2026-12-02', '''
Salmora recalls ambassador to Karvia as spy row deepens

By Lucie Garnier with Tomas Hellberg in Korvo

PELLA, Dec 2, 2026 (AC) - Salmora on Tuesday recalled its ambassador to Karvia for consultations, a day after Karvian authorities arrested two Salmoran citizens on suspicion of spying for Pella.

"The ambassador has been called home to report on the situation. This is not a break in relations," foreign ministry spokeswoman Daria Mentz told reporters in Pella.

Karvia's counter-intelligence service, the DKB, said on Monday it had detained a man and a woman who had allegedly photographed military installations near the port of Ressa for "at least two years".

Karvian Interior Minister Goran Ilic told the state news agency KNA that the two had been "caught red-handed" and that more arrests were possible, the independent outlet Korvo Daily reported.

Salmoran Foreign Minister Agnes Holm has not commented publicly. Her spokesman said she regarded the charges as "absurd" and would raise the arrests with her Karvian counterpart at a meeting of regional foreign ministers in Ostland next week.

The Salmoran ambassador, Viktor Anselm, a veteran diplomat who has served in Korvo since 2019, left the Karvian capital on Tuesday afternoon.

Karvia's foreign ministry said in a statement that the recall was "regrettable but expected" and that Karvia would not respond in kind "for now."

Earlier, Karvian President Dusan Maric said the arrests showed that "our services are doing their job," in remarks broadcast by public television.

The two detainees, a 44-year-old engineer and his 39-year-old wife, face up to 15 years in prison if convicted. Karvian prosecutors said the couple had been paid "tens of thousands of euros" over two years. Their lawyer, Petra Novak, told AC that her clients denied the charges. "They are tourists who like ships. That is not a crime anywhere in Europe," Novak said.

Salmoran opposition leader Mira Kessel accused the government of "overreacting" and called on Holm to "pick up the phone instead of recalling people."

Relations between the two neighbours have been strained since 2024, when Karvia expelled three Salmoran journalists.

The European Union's foreign policy spokesperson, Anneli Sorsa, said in Brussels that the bloc was "following the case closely" and expected both governments to respect consular rights. Asked whether the EU had seen evidence against the detainees, she said it was "not for Brussels to judge a criminal case."

Anselm, 61, told AC before his departure that he hoped to return "within weeks, not months." The diplomat said he had not been informed of the arrests in advance by the Karvian side.

A Western diplomat in Korvo, speaking on condition of anonymity, said the row was "mostly for domestic audiences on both sides," with Karvian parliamentary elections due in March.

bur-lg/th/jm
''',
    s('Daria Mentz', 'foreign ministry spokeswoman Daria Mentz', '"The ambassador has been called home to report on the situation. This is not a break in relations,"', 'told', 'direct', role='foreign ministry spokeswoman'),
    s('the DKB', "Karvia's counter-intelligence service, the DKB", 'it had detained a man and a woman who had allegedly photographed|"at least two years".', 'said', 'mixed'),
    s('Korvo Daily', 'the independent outlet Korvo Daily', 'Karvian Interior Minister Goran Ilic told the state news agency KNA|more arrests were possible', 'reported', 'mixed'),
    s('Goran Ilic', 'Karvian Interior Minister Goran Ilic', 'the two had been "caught red-handed" and that more arrests were possible', 'told', 'mixed', role='Karvian Interior Minister', nested=True, via='Korvo Daily'),
    s('Her spokesman', 'Her spokesman', 'she regarded the charges as "absurd"|in Ostland next week', 'said', 'mixed', role='spokesman'),
    s("Karvia's foreign ministry", "Karvia's foreign ministry", 'the recall was "regrettable but expected"|"for now."', 'said', 'mixed'),
    s('Dusan Maric', 'Karvian President Dusan Maric', 'the arrests showed that "our services are doing their job,"', 'said', 'mixed', role='Karvian President'),
    s('Karvian prosecutors', 'Karvian prosecutors', 'the couple had been paid "tens of thousands of euros" over two years', 'said', 'mixed'),
    s('Petra Novak', 'Their lawyer, Petra Novak', 'her clients denied the charges', 'told', role='lawyer'),
    s('her clients', 'her clients', 'the charges', 'denied', nested=True, via='Petra Novak'),
    s('Petra Novak', 'Novak', '"They are tourists who like ships. That is not a crime anywhere in Europe,"', 'said', 'direct', role='lawyer'),
    s('Mira Kessel', 'Salmoran opposition leader Mira Kessel', 'the government of "overreacting"', 'accused', 'mixed', role='Salmoran opposition leader'),
    s('Mira Kessel', 'Salmoran opposition leader Mira Kessel', 'Holm to "pick up the phone instead of recalling people."', 'called on', 'mixed', role='Salmoran opposition leader'),
    s('Anneli Sorsa', "The European Union's foreign policy spokesperson, Anneli Sorsa", 'the bloc was "following the case closely" and expected both governments to respect consular rights', 'said', 'mixed', role="The European Union's foreign policy spokesperson"),
    s('Anneli Sorsa', 'she', 'it was "not for Brussels to judge a criminal case."', 'said', 'mixed', role="The European Union's foreign policy spokesperson"),
    s('Viktor Anselm', 'Anselm', 'he hoped to return "within weeks, not months."', 'told', 'mixed', role='The Salmoran ambassador'),
    s('Viktor Anselm', 'The diplomat', 'he had not been informed of the arrests in advance by the Karvian side', 'said', role='The Salmoran ambassador'),
    s('A Western diplomat in Korvo', 'A Western diplomat in Korvo', 'the row was "mostly for domestic audiences on both sides,"', 'said', 'mixed'),
)

doc('k08-agency-sinara-dravia-forum', 'Sinara News Agency', '2026-12-02', '''
Sinara, Dravia pledge to deepen green energy cooperation
Source: SNA | 2026-12-02 21:14:05 | Editor: Wu Jing

SELTZ, Dec. 2 (SNA) -- Sinara and Dravia agreed on Tuesday to deepen cooperation in green energy, infrastructure and agriculture, as the two countries marked the 25th anniversary of their strategic partnership.

Speaking at the opening of the Sinara-Dravia Business Forum in Seltz, Sinaran Vice Premier Liu Wenhai said Sinara is willing to work with Dravia to "align development strategies and share opportunities."

Liu spoke highly of the achievements of bilateral cooperation in recent years, noting that trade between the two countries reached 7.8 billion U.S. dollars in 2025, up 12 percent year on year.

Dravian Prime Minister Eva Lindholm said Dravia welcomes Sinaran investment in its ports and railways, and hopes the two sides will expand cooperation in solar and wind power.

"Dravia sees Sinara as a partner of choice in the green transition," Lindholm said, adding that the Dravian government would simplify procedures for Sinaran companies.

During the forum, companies from the two countries signed 23 cooperation agreements worth a total of 3.1 billion dollars, covering energy, logistics, agriculture and telecommunications.

Henrik Dahl, chairman of the Dravian Chamber of Commerce, told SNA that Sinaran companies had "changed the skyline of Seltz's port in ten years."

"Our members want more direct flights and faster visas. The rest they can do themselves," Dahl said.

According to the Dravian Ministry of Trade, more than 140 Sinaran companies are now operating in Dravia, employing some 9,000 local people.

Sinaran Ambassador to Dravia Chen Yu said in an interview with SNA that the two countries would celebrate the anniversary with more than 50 cultural events next year. "People-to-people exchanges are the foundation of our friendship," the ambassador said.

Dravian Agriculture Minister Sofie Janssen said her ministry expected exports of dairy products to Sinara to double by 2028 after Sinaran authorities approved 12 more Dravian plants last month.

Zhao Min, a researcher at the Sinaran Academy of International Studies, said the partnership had "entered a stage of high-quality development," with cooperation expanding from trade to technology and finance.

The forum was jointly organized by the Sinaran Ministry of Commerce and the Dravian Ministry of Trade. Enditem
''',
    s('Sinara and Dravia', 'Sinara, Dravia', 'to deepen green energy cooperation', 'pledge'),
    s('Sinara and Dravia', 'Sinara and Dravia', 'to deepen cooperation in green energy, infrastructure and agriculture', 'agreed'),
    s('Liu Wenhai', 'Sinaran Vice Premier Liu Wenhai', 'Sinara is willing to work with Dravia to "align development strategies and share opportunities."', 'said', 'mixed', role='Sinaran Vice Premier'),
    s('Liu Wenhai', 'Liu', 'the achievements of bilateral cooperation in recent years', 'spoke highly of', role='Sinaran Vice Premier'),
    s('Liu Wenhai', 'Liu', 'trade between the two countries reached 7.8 billion U.S. dollars in 2025, up 12 percent year on year', 'noting', role='Sinaran Vice Premier'),
    s('Eva Lindholm', 'Dravian Prime Minister Eva Lindholm', 'Dravia welcomes Sinaran investment in its ports and railways|cooperation in solar and wind power', 'said', role='Dravian Prime Minister'),
    s('Eva Lindholm', 'Lindholm', '"Dravia sees Sinara as a partner of choice in the green transition,"', 'said', 'direct', role='Dravian Prime Minister'),
    s('Eva Lindholm', 'Lindholm', 'the Dravian government would simplify procedures for Sinaran companies', 'adding', role='Dravian Prime Minister'),
    s('Henrik Dahl', 'Henrik Dahl, chairman of the Dravian Chamber of Commerce', 'Sinaran companies had "changed the skyline of Seltz\'s port in ten years."', 'told', 'mixed', role='chairman of the Dravian Chamber of Commerce'),
    s('Henrik Dahl', 'Dahl', '"Our members want more direct flights and faster visas. The rest they can do themselves,"', 'said', 'direct', role='chairman of the Dravian Chamber of Commerce'),
    s('the Dravian Ministry of Trade', 'the Dravian Ministry of Trade', 'more than 140 Sinaran companies are now operating in Dravia, employing some 9,000 local people', 'According to'),
    s('Chen Yu', 'Sinaran Ambassador to Dravia Chen Yu', 'the two countries would celebrate the anniversary with more than 50 cultural events next year', 'said', role='Sinaran Ambassador to Dravia'),
    s('Chen Yu', 'the ambassador', '"People-to-people exchanges are the foundation of our friendship,"', 'said', 'direct', role='Sinaran Ambassador to Dravia'),
    s('Sofie Janssen', 'Dravian Agriculture Minister Sofie Janssen', 'her ministry expected exports of dairy products to Sinara to double by 2028|12 more Dravian plants last month', 'said', role='Dravian Agriculture Minister'),
    s('Zhao Min', 'Zhao Min, a researcher at the Sinaran Academy of International Studies', 'the partnership had "entered a stage of high-quality development,"|from trade to technology and finance', 'said', 'mixed', role='a researcher at the Sinaran Academy of International Studies'),
)

ZAV = 'Foreign Ministry Spokeswoman'

doc('k09-transcript-lusenia-mfa-briefing', 'Ministry of Foreign Affairs of the Republic of Lusenia', '2026-12-03', '''
Briefing by Foreign Ministry Spokeswoman Irina Zavadskaya, Vesna, December 3, 2026

Table of contents
1. On the situation on the Ismari-Tervonian border
2. On the results of the state visit of the President of Dravia
3. Answers to media questions

1. On the situation on the Ismari-Tervonian border

We are following with great concern the development of the situation on the Ismari-Tervonian border. According to the information available to us, the night of December 2 to 3 was restless again: there were reports of shelling near the village of Karadag. We once again call on Ismar and Tervonia to show maximum restraint.

As President Andrei Voloshen said yesterday, Lusenia is ready to provide a platform for contacts between the two sides if both of them request it. We have conveyed this message to both capitals through diplomatic channels.

2. On the results of the state visit of the President of Dravia

On December 1-2, President of the Republic of Dravia Tomas Keller paid a state visit to Lusenia. Following the talks, the heads of state adopted a Joint Statement, and a package of intergovernmental documents was signed.

We consider the visit a major step forward in our relations with a close and reliable partner. Detailed information is available on the website of the President of Lusenia.

3. Answers to media questions

Question (Vesna Vedomosti): Tervonian Foreign Minister Greta Lund said yesterday that the attackers came from "a third state." Some experts in Ismar have hinted that Lusenia is meant. How would you comment?

Answer: I have seen these interpretations. I would advise those experts to read the statement of the Tervonian Foreign Minister more carefully. Nowhere does it mention Lusenia.

Lusenia has never allowed and will never allow its territory to be used against its neighbours. Our border service is ready to provide any information to a joint investigation, if one is launched.

Question (Northline): Ismari Foreign Minister Selim Kaya told LUSTA that Ismar welcomes mediation "but not at the expense of the truth." Is Lusenia's offer acceptable to Ismar?

Answer: You should ask the Ismari side. Our offer stands, and it is addressed to both capitals equally.

Question (KTV): There are reports that a Lusenian citizen was among those detained in Karvia last week. Can you confirm?

Answer: No, I cannot. According to our embassy in Korvo, no Lusenian citizens have been detained. We are in contact with the Karvian authorities.

Question (Salmoran Radio): The Karvian Interior Minister said the arrested Salmoran couple had "accomplices in third countries." Is Lusenia concerned that its citizens could be accused?

Answer: We have no such information. I would advise our Karvian colleagues to present facts rather than hints. Lusenian citizens travelling to Karvia should follow the recommendations published on our website.

Question: Opposition deputies in the Dravian parliament have criticised the pipeline agreement as "a gift to Vesna." Does this threaten its ratification?

Answer: We respect the sovereign procedures of our partners. I would only note that the agreement is balanced and benefits both countries, and that the Dravian government itself calls it "a win-win document."

Question: When will the intergovernmental commission with Dravia meet?

Answer: As Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs Ilya Morozan said at the press conference, the meeting is planned for the first quarter of next year in Seltz. The exact dates will be agreed through diplomatic channels.
''',
    s('Irina Zavadskaya', '', 'We are following with great concern|to show maximum restraint.', '', role=ZAV),
    s('Irina Zavadskaya', 'We', 'Ismar and Tervonia to show maximum restraint', 'call on', role=ZAV, nested=True, via='Irina Zavadskaya'),
    s('the information available to us', 'the information available to us', 'the night of December 2 to 3 was restless again: there were reports of shelling near the village of Karadag', 'According to', nested=True, via='Irina Zavadskaya'),
    s('Irina Zavadskaya', '', 'As President Andrei Voloshen said yesterday|through diplomatic channels.', '', role=ZAV),
    s('Andrei Voloshen', 'President Andrei Voloshen', 'Lusenia is ready to provide a platform for contacts between the two sides if both of them request it', 'said', role='President', nested=True, via='Irina Zavadskaya'),
    s('Irina Zavadskaya', '', 'On December 1-2, President of the Republic of Dravia Tomas Keller paid|documents was signed.', '', role=ZAV),
    s('Irina Zavadskaya', '', 'We consider the visit a major step forward|website of the President of Lusenia.', '', role=ZAV),
    s('Greta Lund', 'Tervonian Foreign Minister Greta Lund', 'the attackers came from "a third state."', 'said', 'mixed', role='Tervonian Foreign Minister'),
    s('Some experts in Ismar', 'Some experts in Ismar', 'Lusenia is meant', 'have hinted'),
    s('Irina Zavadskaya', '', 'I have seen these interpretations.|if one is launched.', '', role=ZAV),
    s('Irina Zavadskaya', 'I', 'those experts to read the statement of the Tervonian Foreign Minister more carefully', 'would advise', role=ZAV, nested=True, via='Irina Zavadskaya'),
    s('Selim Kaya', 'Ismari Foreign Minister Selim Kaya', 'Ismar welcomes mediation "but not at the expense of the truth."', 'told', 'mixed', role='Ismari Foreign Minister'),
    s('Irina Zavadskaya', '', 'You should ask the Ismari side.|addressed to both capitals equally.', '', role=ZAV),
    s('Irina Zavadskaya', '', 'No, I cannot. According to our embassy in Korvo|with the Karvian authorities.', '', role=ZAV),
    s('our embassy in Korvo', 'our embassy in Korvo', 'no Lusenian citizens have been detained', 'According to', nested=True, via='Irina Zavadskaya'),
    s('The Karvian Interior Minister', 'The Karvian Interior Minister', 'the arrested Salmoran couple had "accomplices in third countries."', 'said', 'mixed', role='Interior Minister'),
    s('Irina Zavadskaya', '', 'We have no such information.|published on our website.', '', role=ZAV),
    s('Irina Zavadskaya', 'I', 'our Karvian colleagues to present facts rather than hints', 'would advise', role=ZAV, nested=True, via='Irina Zavadskaya'),
    s('Opposition deputies in the Dravian parliament', 'Opposition deputies in the Dravian parliament', 'the pipeline agreement as "a gift to Vesna."', 'have criticised', 'mixed'),
    s('Irina Zavadskaya', '', 'We respect the sovereign procedures of our partners.|"a win-win document."', '', 'mixed', role=ZAV),
    s('the Dravian government', 'the Dravian government', 'it "a win-win document."', 'calls', 'mixed', nested=True, via='Irina Zavadskaya'),
    s('Irina Zavadskaya', '', 'As Deputy Chairman of the Cabinet of Ministers|through diplomatic channels.', '', role=ZAV),
    s('Ilya Morozan', 'Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs Ilya Morozan', 'the meeting is planned for the first quarter of next year in Seltz', 'said', role='Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs', nested=True, via='Irina Zavadskaya'),
)

EKDAHL = 'Deputy Prime Minister of the Republic of Tervonia'

doc('k10-agency-interview-tervonia-deputy-pm', 'LUSTA', '2026-12-01', '''
Exclusive
Tervonia will not be "dragged into a war for somebody else's interests" — Deputy Prime Minister

Jonas Ekdahl told LUSTA about the border incident, gas transit and the future of the Karst Security Council

SELTZ, December 1. /LUSTA/. Deputy Prime Minister of the Republic of Tervonia Jonas Ekdahl, who is in Seltz for the meeting of the Karst economic council, gave an interview to LUSTA on the sidelines of the meeting. Below are the main points of the interview.

- Mr. Ekdahl, Ismar accuses Tervonia of sheltering the group that attacked its border post. What is your answer?

- The answer is simple: it is not true. The group came from the territory of a third country, and we have handed the evidence to the Karst Security Council. Anyone who wants to see it can see it.

We understand the pain of the Ismari families. Two young men died. But pain is not an argument for accusing a neighbour without proof.

- Ismari Defense Minister Aydin Kaya said on Sunday that Ismar reserves the right to "respond by all available means." Are you worried?

- I am worried when politicians speak like generals. I hope that the Ismari leadership, and President Arslan personally, will listen to more sober voices. I would remind you that Foreign Minister Selim Kaya, his namesake, spoke only of a joint investigation.

- Is Tervonia ready for direct talks with Ismar?

- We have always been ready. Our President proposed a meeting of the border commission, and President Arslan supported it. This is the format we believe in.

- Lusenia has offered its mediation. Would Seltz accept it?

- We are grateful to our Lusenian friends. But we do not think that the two neighbours need a third party to talk to each other. If the commission fails, we will think again.

- Let us talk about the economy. Tervonian companies complain that the transit of goods through Ismar has almost stopped since the incident.

- That is true, unfortunately. The queues at the Karadag crossing reached 12 kilometers last week. According to our customs service, the number of trucks crossing daily fell by 60 percent. This hurts Ismari businesses as much as ours.

- Will Tervonia raise the issue of the Sarin reservoir at the commission?

- Of course. Water is not a political weapon, and no one should treat it as one.

- Finally, what do you expect from the Karst Security Council meeting on Friday?

- A sober assessment of the facts. Nothing more, nothing less.

In the interview, Ekdahl also said that Tervonia planned to increase its contribution to the Karst regional development fund by 20 percent in 2027 and that the government would submit the relevant bill to parliament "before the Christmas recess".

Earlier, Ekdahl's office said the Deputy Prime Minister would also meet Dravian Energy Minister Karin Vos in Seltz to discuss gas supplies.

Read also
Tervonian General Staff denies shelling of Ismari positions
''',
    s('Jonas Ekdahl', 'Deputy Prime Minister', 'Tervonia will not be "dragged into a war for somebody else|interests"', '', 'mixed', role=EKDAHL),
    s('Ismar', 'Ismar', 'Tervonia of sheltering the group that attacked its border post', 'accuses'),
    s('Jonas Ekdahl', '', 'The answer is simple: it is not true.|without proof.', '', role=EKDAHL),
    s('Aydin Kaya', 'Ismari Defense Minister Aydin Kaya', 'Ismar reserves the right to "respond by all available means."', 'said', 'mixed', role='Ismari Defense Minister'),
    s('Jonas Ekdahl', '', 'I am worried when politicians speak like generals.|spoke only of a joint investigation.', '', role=EKDAHL),
    s('Selim Kaya', 'Foreign Minister Selim Kaya, his namesake', 'a joint investigation', 'spoke only of', role='Foreign Minister', nested=True, via='Jonas Ekdahl'),
    s('Jonas Ekdahl', '', 'We have always been ready.|This is the format we believe in.', '', role=EKDAHL),
    s('Our President', 'Our President', 'a meeting of the border commission', 'proposed', role='President', nested=True, via='Jonas Ekdahl'),
    s('Jonas Ekdahl', '', 'We are grateful to our Lusenian friends.|we will think again.', '', role=EKDAHL),
    s('Tervonian companies', 'Tervonian companies', 'the transit of goods through Ismar has almost stopped since the incident', 'complain'),
    s('Jonas Ekdahl', '', 'That is true, unfortunately.|as much as ours.', '', role=EKDAHL),
    s('our customs service', 'our customs service', 'the number of trucks crossing daily fell by 60 percent', 'According to', nested=True, via='Jonas Ekdahl'),
    s('Jonas Ekdahl', '', 'Of course. Water is not a political weapon, and no one should treat it as one.', '', role=EKDAHL),
    s('Jonas Ekdahl', '', 'A sober assessment of the facts. Nothing more, nothing less.', '', role=EKDAHL),
    s('Jonas Ekdahl', 'Ekdahl', 'Tervonia planned to increase its contribution|"before the Christmas recess".', 'said', 'mixed', role=EKDAHL),
    s("Ekdahl's office", "Ekdahl's office", 'the Deputy Prime Minister would also meet Dravian Energy Minister Karin Vos in Seltz to discuss gas supplies', 'said'),
    s('Tervonian General Staff', 'Tervonian General Staff', 'shelling of Ismari positions', 'denies', region='related'),
)

doc('k11-wire-karst-markets', 'Northline', '2026-12-03', '''
KARST MARKETS-Border jitters weigh on Ismari lira, Seltz stocks; Vesna index adds 0.8%

By Paul Okonjo

VESNA, Dec 3 (Northline) - The Ismari lira fell to a record low against the dollar on Thursday and Tervonian stocks slid for a third day as investors fretted over the border standoff, while Lusenian shares added 0.8% on hopes for a pipeline deal with Dravia.

The lira weakened as far as 41.60 per dollar before paring losses after the Ismari central bank said it had sold "a limited amount" of foreign currency to calm the market.

"The bank is drawing a line in the sand, but it is a line drawn with borrowed money," said Deniz Aksoy, chief economist at Bosphor Capital in Ismar's commercial capital Kemer. Reserves covered only three months of imports at the end of October, according to central bank data.

Seltz's TSX-30 index lost 1.4%, led by transport and logistics firms. Trucking group Nordfrakt, which earns a fifth of its revenue on Ismari routes, shed 4.2% after it warned that fourth-quarter profit would miss its own forecast. The company said in a filing that about 300 of its trucks were stuck at the Karadag crossing.

In Vesna, the LUX index added 0.8% to 2,412 points, its highest since July. Pipeline builder Belgrov Energo jumped 6% after Northline reported, citing three sources, that Lusenia and Dravia were close to a deal on transit fees.

"The market is pricing the deal as done. If it slips to the spring, some of this will come back," said Irena Marsh, a portfolio manager at Vesna Asset Management.

The Dravian crown was flat at 11.42 per dollar. Dravia's central bank governor, Piet Aalders, told lawmakers on Wednesday that the bank saw "no reason" to change its policy rate at its meeting next week.

Karst benchmark gas prices rose 2.3% to 38.10 euros per megawatt hour. Traders said concern that the border standoff could disrupt the Sarin-Kemer gas line, which crosses the disputed area, added a risk premium.

Brent crude showed little change at 71.20 dollars a barrel.

In corporate news, Lusenian telecoms operator LuxTel said third-quarter net profit rose 9% and confirmed its dividend target, sending its shares up 2.1%. Chief executive Maria Orlova told analysts on a call that the company saw "no material impact" from the border situation on its Ismari unit.

Ismari airline Kemer Air claimed a 5% rise in November passenger numbers, but its shares still fell 3.3% as the lira's slide raised the cost of its dollar-denominated leases.

Analysts at Harlow Energy Partners said in a note that they expected the lira to stay under pressure "until there is a credible de-escalation signal from both capitals."

STOCKS: LUX +0.8%; TSX-30 -1.4%; ISX-100 -2.1%
CURRENCIES: lira 41.42/$ (record low 41.60); crown 11.42/$
GAS: Karst benchmark +2.3%

(Reporting by Paul Okonjo; Additional reporting by Selin Ersoy in Kemer; Editing by Clare Whitman)
''',
    s('the Ismari central bank', 'the Ismari central bank', 'it had sold "a limited amount" of foreign currency to calm the market', 'said', 'mixed'),
    s('Deniz Aksoy', "Deniz Aksoy, chief economist at Bosphor Capital in Ismar's commercial capital Kemer", '"The bank is drawing a line in the sand, but it is a line drawn with borrowed money,"', 'said', 'direct', role='chief economist at Bosphor Capital'),
    s('central bank data', 'central bank data', 'Reserves covered only three months of imports at the end of October', 'according to'),
    s('Nordfrakt', 'it', 'fourth-quarter profit would miss its own forecast', 'warned'),
    s('Nordfrakt', 'The company', 'about 300 of its trucks were stuck at the Karadag crossing', 'said'),
    s('three sources', 'three sources', 'Lusenia and Dravia were close to a deal on transit fees', 'citing'),
    s('Irena Marsh', 'Irena Marsh, a portfolio manager at Vesna Asset Management', '"The market is pricing the deal as done. If it slips to the spring, some of this will come back,"', 'said', 'direct', role='a portfolio manager at Vesna Asset Management'),
    s('Piet Aalders', "Dravia's central bank governor, Piet Aalders", 'the bank saw "no reason" to change its policy rate at its meeting next week', 'told', 'mixed', role="Dravia's central bank governor"),
    s('Traders', 'Traders', 'concern that the border standoff could disrupt the Sarin-Kemer gas line|added a risk premium', 'said'),
    s('LuxTel', 'Lusenian telecoms operator LuxTel', 'third-quarter net profit rose 9%', 'said'),
    s('LuxTel', 'Lusenian telecoms operator LuxTel', 'its dividend target', 'confirmed'),
    s('Maria Orlova', 'Chief executive Maria Orlova', 'the company saw "no material impact" from the border situation on its Ismari unit', 'told', 'mixed', role='Chief executive'),
    s('Kemer Air', 'Ismari airline Kemer Air', 'a 5% rise in November passenger numbers', 'claimed'),
    s('Analysts at Harlow Energy Partners', 'Analysts at Harlow Energy Partners', 'they expected the lira to stay under pressure "until there is a credible de-escalation signal from both capitals."', 'said', 'mixed'),
)

doc('k12-agency-sports-brief', 'LUSTA', '2026-12-02', '''
Sport
Dynamo Vesna beat Seltz Rangers 3-1 to claim first place in Karst Champions Cup group

VESNA, December 2. /LUSTA/. Dynamo Vesna beat Seltz Rangers 3-1 at home on Tuesday to claim first place in Group B of the Karst Champions Cup with one round to go.

Striker Pavel Mirko opened the scoring in the 12th minute and added a second goal just before half-time. Rangers pulled one back through Lars Holm in the 58th minute, but Dynamo substitute Artur Glen sealed the win in stoppage time.

"We showed character. At 2-1 the stadium was nervous, but the players were not," Dynamo head coach Viktor Salin told reporters after the match.

The Rangers coach, Erik Brandt, said his team had "given away two goals we would not concede in training" and called the first-half performance "the worst of the season."

Mirko, who has now scored seven goals in the tournament, said he dedicated the win to the club's former captain Igor Tamm, who died last month.

In the group's other match, Kemer Spor claimed a 2-2 draw away to Dravian champions FC Seltz after trailing 2-0 at half-time. Seltz goalkeeper Tom Visser made five saves, and statistics showed the hosts with 61 percent of possession.

Kemer Spor coach Emre Yavuz said his players "showed what Ismari football is made of" at a difficult time for the country.

The Karst Football Union announced on Tuesday that the final would be held in Seltz on May 23, after the Tervonian federation withdrew its objection to the venue.

Union president Ivo Kral told LUSTA the decision had been unanimous. "Football should be the one place where these countries still meet," Kral said.

Dynamo will play Kemer Spor in Ismar next week, subject to security clearance. The Ismari club said in a statement that the match would go ahead "as planned, with the usual measures."
''',
    s('Viktor Salin', 'Dynamo head coach Viktor Salin', '"We showed character. At 2-1 the stadium was nervous, but the players were not,"', 'told', 'direct', role='Dynamo head coach'),
    s('Erik Brandt', 'The Rangers coach, Erik Brandt', 'his team had "given away two goals we would not concede in training"', 'said', 'mixed', role='The Rangers coach'),
    s('Erik Brandt', 'The Rangers coach, Erik Brandt', 'the first-half performance "the worst of the season."', 'called', 'mixed', role='The Rangers coach'),
    s('Pavel Mirko', 'Mirko', "he dedicated the win to the club's former captain Igor Tamm, who died last month", 'said', role='Striker'),
    s('Emre Yavuz', 'Kemer Spor coach Emre Yavuz', 'his players "showed what Ismari football is made of" at a difficult time for the country', 'said', 'mixed', role='Kemer Spor coach'),
    s('The Karst Football Union', 'The Karst Football Union', 'the final would be held in Seltz on May 23', 'announced'),
    s('Ivo Kral', 'Union president Ivo Kral', 'the decision had been unanimous', 'told', role='Union president'),
    s('Ivo Kral', 'Kral', '"Football should be the one place where these countries still meet,"', 'said', 'direct', role='Union president'),
    s('Kemer Spor', 'The Ismari club', 'the match would go ahead "as planned, with the usual measures."', 'said', 'mixed'),
)

doc('k13-live-karst-security-council', 'Continental Press', '2026-12-04', '''
LIVE: Karst Security Council holds emergency meeting on Ismar-Tervonia border clash
Last updated 16:52 CET
Refresh for the latest

16:52 CET
Meeting ends without joint statement

The emergency session ended after almost four hours without a joint statement, the council's chair, Dravian Ambassador Hanna Berglund, told reporters outside the chamber. She said members had agreed to send a fact-finding mission to the Karadag area "within days, with the consent of both parties."

"It is not the outcome I wanted, but it is not nothing," Berglund said.

16:20 CET
Ismar's envoy: 'We did not come here to be lectured'

Ismar's ambassador to the council, Cem Yilmaz, accused several members of "equating the victim with the aggressor." He said Ismar would cooperate with a fact-finding mission but would not accept "any ceiling on our right to self-defence."

15:48 CET
Tervonia says evidence points to armed group based in third country

Tervonia's representative, Deputy Foreign Minister Henrik Lund, presented what he called satellite images of the group's movements in the days before the attack. Lund said the images showed the group crossing from the territory of a third state, which he did not name.

Asked by reporters whether he meant Lusenia, the Tervonian diplomat said: "I said a third state. I did not say a neighbour."

His minister, Greta Lund, wrote on X that Tervonia had "nothing to hide and everything to show."

15:30 CET
Dravia's foreign minister: 'Nobody in this room wants a war'

Dravian Foreign Minister Jan Visser, in Seltz for a separate meeting, told reporters he had spoken with both the Ismari and Tervonian foreign ministers that morning. "Nobody in this room wants a war. The question is whether anyone is ready to say so first," Visser said.

15:10 CET
Lusenia offers Vesna as venue for talks

Lusenia's ambassador, Sergei Voronin, repeated his country's offer to host consultations between the two sides. "Our door is open. It was open yesterday, and it will be open tomorrow," Voronin told the council, according to a pool reporter inside the chamber.

ADVERTISEMENT

14:35 CET
What we know so far

- Two Ismari border guards were killed near the village of Karadag on Nov. 29.
- Ismar says the attackers came from Tervonia; Tervonia denies any involvement.
- Both sides have reported shelling since, with three more servicemen wounded.
- The council's 11 members are meeting at the request of Ismar.

14:02 CET
Session opens

Council chair Berglund opened the session with a minute of silence. She called on both parties to "choose words carefully today, because words are also weapons."

13:40 CET
Sinara calls for restraint

Sinara's foreign ministry spokesman Lin Tao said at a regular briefing in the Sinaran capital that Sinara hoped the two sides would "resolve their differences through dialogue." He said Sinara was "ready to play a constructive role" but did not say how.

13:15 CET
Hello and welcome

Welcome to our live coverage of the Karst Security Council's emergency meeting on the border clash between Ismar and Tervonia. Our correspondents in Seltz, Kemer and Vesna will bring you the latest.

Related coverage
Ismar's lira hits record low as border jitters spread
Analysis: Why the Karadag crossing matters to three economies
''',
    s('Hanna Berglund', "the council's chair, Dravian Ambassador Hanna Berglund", 'The emergency session ended after almost four hours without a joint statement', 'told', role="the council's chair, Dravian Ambassador"),
    s('Hanna Berglund', 'She', 'members had agreed to send a fact-finding mission to the Karadag area "within days, with the consent of both parties."', 'said', 'mixed', role="the council's chair, Dravian Ambassador"),
    s('Hanna Berglund', 'Berglund', '"It is not the outcome I wanted, but it is not nothing,"', 'said', 'direct', role="the council's chair, Dravian Ambassador"),
    s('Cem Yilmaz', "Ismar's envoy", "'We did not come here to be lectured'", '', 'direct', role="Ismar's ambassador to the council"),
    s('Cem Yilmaz', "Ismar's ambassador to the council, Cem Yilmaz", 'several members of "equating the victim with the aggressor."', 'accused', 'mixed', role="Ismar's ambassador to the council"),
    s('Cem Yilmaz', 'He', 'Ismar would cooperate with a fact-finding mission but would not accept "any ceiling on our right to self-defence."', 'said', 'mixed', role="Ismar's ambassador to the council"),
    s('Tervonia', 'Tervonia', 'evidence points to armed group based in third country', 'says'),
    s('Henrik Lund', 'he', "satellite images of the group's movements", 'called', role='Deputy Foreign Minister'),
    s('Henrik Lund', 'Lund', 'the images showed the group crossing from the territory of a third state, which he did not name', 'said', role='Deputy Foreign Minister'),
    s('Henrik Lund', 'the Tervonian diplomat', '"I said a third state. I did not say a neighbour."', 'said', 'direct', role='Deputy Foreign Minister'),
    s('Greta Lund', 'His minister, Greta Lund', 'Tervonia had "nothing to hide and everything to show."', 'wrote', 'mixed', role='minister'),
    s('Jan Visser', "Dravia's foreign minister", "'Nobody in this room wants a war'", '', 'direct', role='Dravian Foreign Minister'),
    s('Jan Visser', 'Dravian Foreign Minister Jan Visser, in Seltz for a separate meeting', 'he had spoken with both the Ismari and Tervonian foreign ministers that morning', 'told', role='Dravian Foreign Minister'),
    s('Jan Visser', 'Visser', '"Nobody in this room wants a war. The question is whether anyone is ready to say so first,"', 'said', 'direct', role='Dravian Foreign Minister'),
    s('Sergei Voronin', "Lusenia's ambassador, Sergei Voronin", "his country's offer to host consultations between the two sides", 'repeated', role="Lusenia's ambassador"),
    s('Sergei Voronin', 'Voronin', '"Our door is open. It was open yesterday, and it will be open tomorrow,"', 'told', 'direct', role="Lusenia's ambassador"),
    s('Ismar', 'Ismar', 'the attackers came from Tervonia', 'says'),
    s('Tervonia', 'Tervonia', 'any involvement', 'denies'),
    s('Ismar and Tervonia', 'Both sides', 'shelling since, with three more servicemen wounded', 'have reported'),
    s('Hanna Berglund', 'She', 'both parties to "choose words carefully today, because words are also weapons."', 'called on', 'mixed', role="the council's chair, Dravian Ambassador"),
    s('Sinara', 'Sinara', 'restraint', 'calls for'),
    s('Lin Tao', "Sinara's foreign ministry spokesman Lin Tao", 'Sinara hoped the two sides would "resolve their differences through dialogue."', 'said', 'mixed', role="Sinara's foreign ministry spokesman"),
    s('Lin Tao', 'He', 'Sinara was "ready to play a constructive role"', 'said', 'mixed', role="Sinara's foreign ministry spokesman"),
)

ARSLAN_K14 = 'President of the Republic of Ismar'

doc('k14-readout-ismar-security-council', 'Office of the President of the Republic of Ismar', '2026-12-01', '''
Meeting of the Security Council
1 December 2026, 15:00, Kemer, Presidential Complex

The President of the Republic of Ismar, Kemal Arslan, chaired an extraordinary meeting of the Security Council on the situation on the Ismari-Tervonian border.

Taking part in the meeting were Prime Minister Orhan Celik, Speaker of the Grand Assembly Leyla Durmaz, Secretary of the Security Council Murat Ergin, Minister of Defence Aydin Kaya, Minister of Foreign Affairs Selim Kaya, Minister of the Interior Ferhat Oz, Chief of the General Staff General Tarik Bulut and Director of the National Intelligence Service Emre Sahin.

The participants honoured the memory of the border guards killed near Karadag with a minute of silence.

Excerpts from the President's opening remarks:

Kemal Arslan: Colleagues, we have gathered in extraordinary session for a reason that is painful for all of us. On 29 November two of our border guards, Sergeant Yusuf Demir and Private Kaan Aydin, were killed while on duty. I have signed decrees awarding them the Order of Courage posthumously.

I want to say clearly: Ismar does not want war with anyone. But Ismar will not allow anyone to treat its border as a road without a gate. Those responsible must be found and brought to justice, whoever they are and wherever they came from.

I have instructed the Government and the law enforcement agencies to report today on the measures already taken and on what remains to be done.

(The remainder of the meeting was held behind closed doors.)

Secretary of the Security Council Murat Ergin reported on the course of the investigation. According to him, the attackers, numbering between eight and ten, crossed the border at night and withdrew the same way; two of the vehicles used in the attack had been found abandoned on the Tervonian side.

The Chief of the General Staff informed the participants about the reinforcement of border units in the Karadag sector. General Tarik Bulut stressed that the army was acting "strictly within the framework of the law and the orders of the Supreme Commander-in-Chief".

The Minister of Foreign Affairs reported on contacts with the Tervonian side and with the members of the Karst Security Council. He noted that a number of partners, including Lusenia and Sinara, had offered their good offices.

The head of state emphasised that the use of force was "the last resort, not the first," and instructed the Foreign Ministry to request an emergency session of the Karst Security Council.

Following the discussion, the Security Council adopted a decision, the main provisions of which are as follows:

- a special regime of protection of the state border is introduced in the Karadag sector for a period of three months;
- the Government is to allocate additional funds for the construction of engineering barriers on the border;
- the families of the dead servicemen are to receive lump-sum payments and housing at the expense of the state.

The Speaker of the Grand Assembly said that parliament would consider the relevant bills as a matter of priority next week.

Minister of the Interior Ferhat Oz reported that police had detained three residents of border villages suspected of helping the attackers with food and transport. The minister added that none of the three was a citizen of Tervonia.

Prime Minister Orhan Celik said the Government would allocate 40 million lira from the reserve fund for the border measures. According to the Prime Minister, the money will be transferred "before the end of the week".

Presidential spokesman Cenk Ayhan told journalists after the meeting that the President would speak by telephone with his Tervonian counterpart "in the coming days."
''',
    s('Kemal Arslan', 'Kemal Arslan', 'Colleagues, we have gathered in extraordinary session|what remains to be done.', '', role=ARSLAN_K14),
    s('Kemal Arslan', 'I', 'the Government and the law enforcement agencies to report today on the measures already taken and on what remains to be done', 'have instructed', role=ARSLAN_K14, nested=True, via='Kemal Arslan'),
    s('Murat Ergin', 'him', 'the attackers, numbering between eight and ten|found abandoned on the Tervonian side', 'According to', role='Secretary of the Security Council'),
    s('Tarik Bulut', 'General Tarik Bulut', 'the army was acting "strictly within the framework of the law|Supreme Commander-in-Chief".', 'stressed', 'mixed', role='Chief of the General Staff'),
    s('Selim Kaya', 'He', 'a number of partners, including Lusenia and Sinara, had offered their good offices', 'noted', role='Minister of Foreign Affairs'),
    s('Kemal Arslan', 'The head of state', 'the use of force was "the last resort, not the first,"', 'emphasised', 'mixed', role=ARSLAN_K14),
    s('Kemal Arslan', 'The head of state', 'the Foreign Ministry to request an emergency session of the Karst Security Council', 'instructed', role=ARSLAN_K14),
    s('Leyla Durmaz', 'The Speaker of the Grand Assembly', 'parliament would consider the relevant bills as a matter of priority next week', 'said', role='Speaker of the Grand Assembly'),
    s('Ferhat Oz', 'Minister of the Interior Ferhat Oz', 'police had detained three residents of border villages suspected of helping the attackers with food and transport', 'reported', role='Minister of the Interior'),
    s('Ferhat Oz', 'The minister', 'none of the three was a citizen of Tervonia', 'added', role='Minister of the Interior'),
    s('Orhan Celik', 'Prime Minister Orhan Celik', 'the Government would allocate 40 million lira from the reserve fund for the border measures', 'said', role='Prime Minister'),
    s('Orhan Celik', 'the Prime Minister', 'the money will be transferred "before the end of the week".', 'According to', 'mixed', role='Prime Minister'),
    s('Cenk Ayhan', 'Presidential spokesman Cenk Ayhan', 'the President would speak by telephone with his Tervonian counterpart "in the coming days."', 'told', 'mixed', role='Presidential spokesman'),
)

doc('k15-wire-ismar-ministers-kaya', 'Continental Press', '2026-12-02', '''
Ismar's defense chief says army 'ready for any scenario'; top diplomat urges calm

By SELIN ERSOY and MAREK HALLORAN
Associated with Continental Press

KEMER, Ismar (CP) - Ismar's defense minister said Tuesday that the army was "ready for any scenario" on the border with Tervonia, hours after the country's foreign minister - who shares his surname but is no relation - urged both sides to give a planned joint investigation a chance.

Defense Minister Aydin Kaya, speaking to troops at a base near the border town of Karadag, said Ismar had moved two additional brigades into the area since Saturday.

"We will not start anything. But if something starts, we will finish it," he said, according to a video released by the ministry.

Foreign Minister Selim Kaya struck a different tone in Kemer, telling reporters that "the worst thing we can do now is to let the soldiers do the talking."

"I have spoken with my Tervonian colleague twice since Saturday. We disagree about almost everything, but we agree that we must keep talking," the foreign minister said.

Asked about the defense minister's remarks, Selim Kaya said only that the government "speaks with one voice." 

A senior official in the presidential office, who was not authorized to speak publicly and spoke on condition of anonymity, said President Kemal Arslan had asked both ministers to "lower the temperature" at a closed meeting on Monday. The official said the president did not want the dispute to derail a planned visit by Lusenia's foreign minister next week.

Tervonia's government did not immediately respond to the defense minister's comments. On Monday its Deputy Prime Minister Jonas Ekdahl told the Lusenian state news agency LUSTA that Tervonia "will not be dragged into a war for somebody else's interests."

The Ismari opposition has accused the government of mismanaging the crisis. "Two ministers, two messages, one country. Nobody abroad knows what Ismar wants," opposition lawmaker Deniz Ural said in parliament.

Residents of Karadag, a town of about 9,000 people, described a tense but quiet night. "We hear the trucks with soldiers, and then nothing. The nothing is the worst part," said Hatice Oral, 52, who runs a bakery near the crossing.

Kaya, the defense minister, is a former general who led the army's border command until 2022. Kaya, the diplomat, was ambassador to Sinara before joining the cabinet last year.

Lusenia's foreign ministry said Tuesday that Foreign Minister Ilya Morozan would still travel to Kemer on Monday. A ministry spokeswoman, Irina Zavadskaya, said the visit "was never in question."

Ersoy reported from Karadag.
''',
    s('Aydin Kaya', "Ismar's defense chief", "army 'ready for any scenario'", 'says', 'mixed', role='Defense Minister'),
    s('Selim Kaya', 'top diplomat', 'calm', 'urges', role='Foreign Minister'),
    s('Aydin Kaya', "Ismar's defense minister", 'the army was "ready for any scenario" on the border with Tervonia', 'said', 'mixed', role='Defense Minister'),
    s('Selim Kaya', "the country's foreign minister - who shares his surname but is no relation", 'both sides to give a planned joint investigation a chance', 'urged', role='Foreign Minister'),
    s('Aydin Kaya', 'Defense Minister Aydin Kaya, speaking to troops at a base near the border town of Karadag', 'Ismar had moved two additional brigades into the area since Saturday', 'said', role='Defense Minister'),
    s('Aydin Kaya', 'he', '"We will not start anything. But if something starts, we will finish it,"', 'said', 'direct', role='Defense Minister'),
    s('Selim Kaya', 'Foreign Minister Selim Kaya', '"the worst thing we can do now is to let the soldiers do the talking."', 'telling', 'direct', role='Foreign Minister'),
    s('Selim Kaya', 'the foreign minister', '"I have spoken with my Tervonian colleague twice since Saturday.|we must keep talking,"', 'said', 'direct', role='Foreign Minister'),
    s('Selim Kaya', 'Selim Kaya', 'the government "speaks with one voice."', 'said', 'mixed', role='Foreign Minister'),
    s('A senior official in the presidential office', 'A senior official in the presidential office', 'President Kemal Arslan had asked both ministers to "lower the temperature" at a closed meeting on Monday', 'said', 'mixed'),
    s('Kemal Arslan', 'President Kemal Arslan', 'both ministers to "lower the temperature"', 'had asked', 'mixed', role='President', nested=True, via='A senior official in the presidential office'),
    s('A senior official in the presidential office', 'The official', "the president did not want the dispute to derail a planned visit by Lusenia's foreign minister next week", 'said'),
    s('Jonas Ekdahl', 'its Deputy Prime Minister Jonas Ekdahl', 'Tervonia "will not be dragged into a war for somebody else\'s interests."', 'told', 'mixed', role='Deputy Prime Minister'),
    s('The Ismari opposition', 'The Ismari opposition', 'the government of mismanaging the crisis', 'has accused'),
    s('Deniz Ural', 'opposition lawmaker Deniz Ural', '"Two ministers, two messages, one country. Nobody abroad knows what Ismar wants,"', 'said', 'direct', role='opposition lawmaker'),
    s('Residents of Karadag', 'Residents of Karadag, a town of about 9,000 people', 'a tense but quiet night', 'described'),
    s('Hatice Oral', 'Hatice Oral, 52, who runs a bakery near the crossing', '"We hear the trucks with soldiers, and then nothing. The nothing is the worst part,"', 'said', 'direct'),
    s("Lusenia's foreign ministry", "Lusenia's foreign ministry", 'Foreign Minister Ilya Morozan would still travel to Kemer on Monday', 'said'),
    s('Irina Zavadskaya', 'A ministry spokeswoman, Irina Zavadskaya', 'the visit "was never in question."', 'said', 'mixed', role='ministry spokeswoman'),
)

write('invented_k_gold.jsonl', per_document=True)
