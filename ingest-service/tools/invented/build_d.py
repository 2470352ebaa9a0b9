#!/usr/bin/env python3
"""Builds invented set D: translated wire stories, government readouts with bullets and a briefing transcript, a
markets wrap, a game story, court and police stories, a long newspaper feature and a scraped page (issues 9 and 10),
written in session 21 by a fourth hand, unseen, to be harder and closer to the product's held-out news than sets A,
B and C: long translated sentences, "the diplomat", "the head of state", "according to him", sources named only at
the end, "Question:"/"Answer:" and "Name Surname:" turns, price verbs, "the 24-year-old", speakers named late,
pronoun chains across quotations and subheads, two people of the same sex across paragraphs, page noise.

Every document, name, place and outlet here is invented. The statements were annotated by hand by
/work/shared/eval/GUIDELINES.md and committed before the extractor was run on the texts: the first score of this
set is a held-out figure. Fields as in seeds_gold.jsonl, plus "region" ("main", or "related" for other articles'
teasers on a scraped page).

A content may be written here as 'START|END': the text's unique span from START to END (checked), to keep the
annotations readable; the gold file holds the full content.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "rejected what it called ...", "welcomed Orvania's decision", "Almost all
of them opposed the closure" and "Some residents questioned why ..." are statements.

Amended in session 44 (round 43's convention "condemned what it called Y" is one statement; sets F and Q mark
the inner "called" as nested, optional in scoring): d04's inner "called" statement is marked nested the same way.

usage: python3 ingest-service/tools/invented/build_d.py  (writes src/test/resources/eval/invented_d_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write


doc('d01-wire-grain-corridor', 'NORDPRESS', '2026-12-01', '''
Velgorod sees no grounds for resuming grain talks under current terms — deputy foreign minister

VELGOROD, December 1. /NORDPRESS/. Raskovia sees no grounds for returning to the negotiations on the Saltmere grain corridor as long as the guarantees offered to Raskovian exporters remain on paper, Deputy Foreign Minister Arkady Volshin told NORDPRESS on Tuesday.

"We have said many times, and I will repeat it once again: none of the commitments made to us in Lissar in the spring has been fulfilled. Not one. Our ships still cannot obtain insurance, our banks are still cut off from the payment system, and in these conditions talk of a new round is simply premature," the diplomat stressed.

According to him, the Tarvenian side has so far not responded to the memorandum that Velgorod handed over through diplomatic channels in October, although "more than enough time has passed for a serious answer."

The deputy minister noted that Raskovia remained "open to dialogue on an equal footing" and did not rule out contacts at the expert level before the end of the year, but, in his words, any such contacts "must be substantive, not a photo opportunity for our Western colleagues."

Asked whether a meeting between the foreign ministers of the two countries could take place on the sidelines of the Kessel Forum later this month, Volshin said that such a possibility "is not being considered at this stage."

He also drew attention to the fact that grain shipments from Raskovian ports had increased by almost 14% since the beginning of the year despite, as he put it, "all the obstacles artificially created" by the corridor's operators. The diplomat expressed confidence that by the end of the season Raskovia would export at least 52 million tonnes of grain, a record for the country.

The Saltmere grain corridor agreement, brokered by Tarvenia and the Selmar Republic, expired in July after Raskovia declined to extend it. Velgorod has repeatedly stated that the part of the deal concerning the unblocking of Raskovian agricultural exports was never implemented.

Earlier, Raskovian President Mikhail Terentyev said the country was ready to supply grain free of charge to six of the poorest countries of the region. The head of state emphasized that the first deliveries would be made "within the next two months," and that the costs of freight would also be borne by the Raskovian side.

Meanwhile, the Tarvenian Foreign Ministry said in a statement on Monday that it "regrets the unconstructive position" of Velgorod and called on the Raskovian side to return to the negotiating table "without preconditions." The ministry did not comment on the October memorandum.

Volshin also said Velgorod had information that a number of European insurers were preparing to withdraw from the corridor's insurance pool altogether. "If this is confirmed, the question of a new deal will disappear by itself," he added.
''',
    s('Arkady Volshin', 'deputy foreign minister', 'Velgorod sees no grounds for resuming grain talks under current terms', '', role='deputy foreign minister'),
    s('Arkady Volshin', 'Deputy Foreign Minister Arkady Volshin', 'Raskovia sees no grounds for returning|remain on paper', 'told', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'the diplomat', '"We have said many times|simply premature,"', 'stressed', 'direct', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'him', 'the Tarvenian side has so far not responded|"more than enough time has passed for a serious answer."', 'According to', 'mixed', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'The deputy minister', 'Raskovia remained "open to dialogue on an equal footing"|before the end of the year', 'noted', 'mixed', role='deputy minister'),
    s('Arkady Volshin', 'his', 'any such contacts "must be substantive|Western colleagues."', 'in his words', 'mixed', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'Volshin', 'such a possibility "is not being considered at this stage."', 'said', 'mixed', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'He', 'grain shipments from Raskovian ports had increased|by the corridor\'s operators', 'drew attention to the fact', 'mixed', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'he', '"all the obstacles artificially created"', 'put it', 'direct', role='Deputy Foreign Minister', nested=True, via='Arkady Volshin'),
    s('Arkady Volshin', 'The diplomat', 'by the end of the season Raskovia would export|a record for the country', 'expressed confidence', role='Deputy Foreign Minister'),
    s('Velgorod', 'Velgorod', 'the part of the deal concerning the unblocking|was never implemented', 'has repeatedly stated'),
    s('Mikhail Terentyev', 'Raskovian President Mikhail Terentyev', 'the country was ready to supply grain free of charge|poorest countries of the region', 'said', role='Raskovian President'),
    s('Mikhail Terentyev', 'The head of state', 'the first deliveries would be made "within the next two months,"|borne by the Raskovian side', 'emphasized', 'mixed', role='head of state'),
    s('the Tarvenian Foreign Ministry', 'the Tarvenian Foreign Ministry', 'it "regrets the unconstructive position" of Velgorod', 'said', 'mixed'),
    s('the Tarvenian Foreign Ministry', '', 'the Raskovian side to return to the negotiating table "without preconditions."', 'called on', 'mixed'),
    s('Arkady Volshin', 'Volshin', 'Velgorod had information that a number of European insurers|insurance pool altogether', 'said', role='Deputy Foreign Minister'),
    s('Arkady Volshin', 'he', '"If this is confirmed, the question of a new deal will disappear by itself,"', 'added', 'direct', role='Deputy Foreign Minister'),
)

doc('d02-wire-state-talks', 'Meridia News Agency', '2026-11-30', '''
Tarvenian, Orvanian leaders hold talks, pledge to deepen cooperation in energy, infrastructure

LISSAR, Nov. 30 (Meridia) -- Tarvenian President Xu Linqiao held talks with visiting Orvanian Prime Minister Petra Lindahl at the Great Hall of the Republic in Lissar on Monday, with the two sides agreeing to elevate bilateral relations to a comprehensive strategic partnership.

Noting that this year marks the 35th anniversary of the establishment of diplomatic ties between the two countries, Xu said that Tarvenia-Orvania relations have withstood the test of a changing international landscape and have maintained sound and steady development.

Tarvenia stands ready to work with Orvania to enhance strategic communication, consolidate political mutual trust and continuously enrich the substance of practical cooperation, so as to bring more benefits to the two peoples, Xu said.

The Tarvenian president stressed that the two countries should give full play to their complementary advantages and expand cooperation in such fields as clean energy, port construction, the digital economy and agriculture. He called on the two sides to make good use of the intergovernmental committee on trade and to accelerate negotiations on a bilateral investment protection agreement.

Xu pointed out that the world today is undergoing profound changes unseen in a century, and that unilateralism and protectionism pose a serious threat to global economic recovery. Tarvenia, he said, is willing to strengthen coordination with Orvania within multilateral frameworks and jointly safeguard the international system with the United Nations at its core.

For her part, Lindahl said Orvania attaches great importance to its relations with Tarvenia and firmly adheres to the one-Tarvenia policy. Orvania welcomes more Tarvenian enterprises to invest in the country and is willing to provide a fair, transparent and non-discriminatory business environment for them, she said.

The Orvanian prime minister said her government appreciates the contribution of Tarvenian companies to the construction of the Pradh deep-water port, which she described as "a landmark of our friendship," and expressed the hope that the second phase of the project would begin next year.

The two sides also exchanged views on international and regional issues of common concern.

After the talks, the two leaders witnessed the signing of a number of cooperation documents covering trade, customs inspection, renewable energy, education and media.

Prior to the talks, Xu held a welcoming ceremony for Lindahl in the square outside the east gate of the Great Hall of the Republic.

According to a joint statement issued after the talks, the two countries will hold the first round of the intergovernmental committee's meetings in Pradh in the first half of next year, and will designate 2027 as a year of people-to-people exchanges.

Lindahl arrived in Lissar on Sunday for a four-day official visit, her first to Tarvenia since taking office in March. She is also scheduled to visit the coastal province of Hanyue, where, according to the Orvanian embassy, she will tour a solar panel factory and meet representatives of the Orvanian business community.
''',
    s('Xu Linqiao and Petra Lindahl', 'Tarvenian, Orvanian leaders', 'deepen cooperation in energy, infrastructure', 'pledge'),
    s('Xu Linqiao and Petra Lindahl', 'the two sides', 'to elevate bilateral relations to a comprehensive strategic partnership', 'agreeing'),
    s('Xu Linqiao', '', 'this year marks the 35th anniversary|between the two countries', 'Noting', role='Tarvenian President'),
    s('Xu Linqiao', 'Xu', 'Tarvenia-Orvania relations have withstood|sound and steady development', 'said', role='Tarvenian President'),
    s('Xu Linqiao', 'Xu', 'Tarvenia stands ready to work with Orvania|benefits to the two peoples', 'said', role='Tarvenian President'),
    s('Xu Linqiao', 'The Tarvenian president', 'the two countries should give full play|the digital economy and agriculture', 'stressed', role='Tarvenian president'),
    s('Xu Linqiao', 'He', 'the two sides to make good use of the intergovernmental committee|investment protection agreement', 'called on', role='Tarvenian President'),
    s('Xu Linqiao', 'Xu', 'the world today is undergoing profound changes|global economic recovery', 'pointed out', role='Tarvenian President'),
    s('Xu Linqiao', 'he', ['Tarvenia', 'is willing to strengthen|with the United Nations at its core'], 'said', anchor='Tarvenia, he said,', role='Tarvenian President'),
    s('Petra Lindahl', 'Lindahl', 'Orvania attaches great importance to its relations|one-Tarvenia policy', 'said', role='Orvanian Prime Minister'),
    s('Petra Lindahl', 'she', 'Orvania welcomes more Tarvenian enterprises|business environment for them', 'said', role='Orvanian Prime Minister'),
    s('Petra Lindahl', 'The Orvanian prime minister', 'her government appreciates the contribution|the construction of the Pradh deep-water port', 'said', role='Orvanian prime minister'),
    s('Petra Lindahl', 'she', '"a landmark of our friendship,"', 'described', 'direct', role='Orvanian prime minister'),
    s('Petra Lindahl', '', 'the second phase of the project would begin next year', 'expressed the hope', role='Orvanian Prime Minister'),
    s('a joint statement', 'a joint statement issued after the talks', 'the two countries will hold the first round|year of people-to-people exchanges', 'According to'),
    s('the Orvanian embassy', 'the Orvanian embassy', 'she will tour a solar panel factory|Orvanian business community', 'according to'),
)

doc('d03-wire-briefs', 'NordFax', '2026-12-02', '''
Terentyev has no plans to speak with Tarvenian leader before year-end - Palace

VELGOROD. Dec 2 (NordFax) - Raskovian President Mikhail Terentyev has no plans for a telephone conversation with Tarvenian President Xu Linqiao before the end of the year, presidential press secretary Gennady Orlik told reporters on Wednesday.

"No, there are no such plans for now. If the need arises, such a conversation can be organized very quickly, you know that," the Palace spokesman said.

Orlik declined to comment on media reports that an envoy of the Raskovian president had visited Lissar last week. "I have nothing to say on this topic," he said.

Commenting on the statement by the Tarvenian Foreign Ministry, which on Monday called Velgorod's position on the grain corridor "unconstructive," Orlik said the Raskovian side had "repeatedly and in detail" explained its position. "Nobody can accuse us of not being constructive. It is the other side that has not fulfilled its part of the agreement," the presidential spokesman stressed.

Air defense destroys 12 drones over Dravsk region overnight

VELGOROD. Dec 2 (NordFax) - Air defense systems on duty intercepted and destroyed 12 unmanned aerial vehicles over the territory of the Dravsk region overnight, the Raskovian Defense Ministry's press service reported on Wednesday.

There were no casualties or damage on the ground, Dravsk region Governor Pavel Ilyashov wrote on his channel on the Kwill messaging platform. According to the governor, debris from one of the drones fell on the roof of a warehouse in the village of Ostrogovka, but did not cause a fire.

Traffic on the Dravsk-Velgorod highway was temporarily restricted for about two hours, the regional road agency said.

Central bank keeps key rate at 16%

VELGOROD. Dec 2 (NordFax) - The Bank of Raskovia's board of directors on Wednesday kept its key rate at 16% per annum, the regulator said in a press release.

Inflationary pressure remains high, although it has declined somewhat compared with the summer months, the press release says. The central bank does not rule out the possibility of lowering the key rate at one of its next meetings "if disinflation proceeds in line with the baseline forecast."

Most analysts polled by NordFax last week had expected the rate to be kept unchanged. Mikhail Darov, chief economist at Trivet Capital, believes the regulator will begin to cut the rate no earlier than March. "The bank has made it clear it will not rush. One or two good months are not enough for them," he told NordFax.

Earlier, Bank of Raskovia Governor Elena Sobchinskaya said at a forum in Velgorod that the regulator had "no intention of keeping the rate high for longer than necessary," but warned that the labor market remained "overheated."
''',
    s('Palace', 'Palace', 'Terentyev has no plans to speak with Tarvenian leader before year-end', ''),
    s('Gennady Orlik', 'presidential press secretary Gennady Orlik', 'Raskovian President Mikhail Terentyev has no plans|before the end of the year', 'told', role='presidential press secretary'),
    s('Gennady Orlik', 'the Palace spokesman', '"No, there are no such plans for now.|you know that,"', 'said', 'direct', role='Palace spokesman'),
    s('Gennady Orlik', 'he', '"I have nothing to say on this topic,"', 'said', 'direct', role='presidential press secretary'),
    s('the Tarvenian Foreign Ministry', 'the Tarvenian Foreign Ministry', 'Velgorod\'s position on the grain corridor "unconstructive,"', 'called', 'mixed'),
    s('media', 'media', 'an envoy of the Raskovian president had visited Lissar last week', 'reports'),
    s('Gennady Orlik', 'Orlik', 'the Raskovian side had "repeatedly and in detail" explained its position', 'said', 'mixed', role='presidential press secretary'),
    s('Gennady Orlik', 'the presidential spokesman', '"Nobody can accuse us of not being constructive.|its part of the agreement,"', 'stressed', 'direct', role='presidential spokesman'),
    s("the Raskovian Defense Ministry's press service", "the Raskovian Defense Ministry's press service", 'Air defense systems on duty intercepted|the Dravsk region overnight', 'reported'),
    s('Pavel Ilyashov', 'Dravsk region Governor Pavel Ilyashov', 'There were no casualties or damage on the ground', 'wrote', role='Dravsk region Governor'),
    s('Pavel Ilyashov', 'the governor', 'debris from one of the drones fell|did not cause a fire', 'According to', role='Governor'),
    s('the regional road agency', 'the regional road agency', 'Traffic on the Dravsk-Velgorod highway was temporarily restricted for about two hours', 'said'),
    s('the Bank of Raskovia', 'the regulator', "The Bank of Raskovia's board of directors on Wednesday kept its key rate at 16% per annum", 'said'),
    s('the Bank of Raskovia', 'the press release', 'Inflationary pressure remains high|compared with the summer months', 'says'),
    s('the Bank of Raskovia', 'The central bank', 'the possibility of lowering the key rate|"if disinflation proceeds in line with the baseline forecast."', 'does not rule out', 'mixed'),
    s('Most analysts polled by NordFax', 'Most analysts polled by NordFax', 'the rate to be kept unchanged', 'had expected'),
    s('Mikhail Darov', 'Mikhail Darov, chief economist at Trivet Capital', 'the regulator will begin to cut the rate no earlier than March', 'believes', role='chief economist at Trivet Capital'),
    s('Mikhail Darov', 'he', '"The bank has made it clear it will not rush.|not enough for them,"', 'told', 'direct', role='chief economist at Trivet Capital'),
    s('Elena Sobchinskaya', 'Bank of Raskovia Governor Elena Sobchinskaya', 'the regulator had "no intention of keeping the rate high for longer than necessary,"', 'said', 'mixed', role='Bank of Raskovia Governor'),
    s('Elena Sobchinskaya', '', 'the labor market remained "overheated."', 'warned', 'mixed', role='Bank of Raskovia Governor'),
)

doc('d04-wire-selmar-minister', 'Anatol Agency', '2026-11-28', '''
Selmari foreign minister urges 'immediate, unconditional' ceasefire in Harrow Valley

Aylin Demirkaya says Selmar Republic ready to host talks between parties, 'as we have done before'

Hakan Yildar   |28.11.2026 - Update : 28.11.2026

KESSEL

Selmari Foreign Minister Aylin Demirkaya on Friday called for an "immediate and unconditional" ceasefire in the Harrow Valley, where fighting between government forces and armed groups has displaced more than 200,000 people since September.

Speaking at a joint news conference with her Orvanian counterpart Jonas Wirth in the capital Kessel, Demirkaya said the humanitarian situation in the valley had reached "a level that the international community can no longer ignore."

"The Selmar Republic is ready to host talks between the parties, as we have done before. Our doors are open, and our efforts will continue," she stated.

Demirkaya underlined that aid convoys organized by the Selmari Red Crescent had been stopped at checkpoints at least four times in the past two weeks, and that two drivers had been detained for several days without explanation.

She went on to say that Kessel expected the United Nations Security Council to take "concrete steps, not statements" at its meeting next week.

For his part, Wirth said Orvania shared Selmar's concerns and would increase its humanitarian contribution to the region by 40 million euros. The Orvanian minister noted that a stable Harrow Valley was "in the interest of the whole region, including Europe."

Asked about the Dunmarran government's claim that the armed groups were receiving weapons from across the border, Wirth said he had "no information that would allow me to confirm or deny" the allegation.

Earlier in the day, the head of state, President Mehmet Karahan, spoke by phone with Dunmarran President Idris Sefu, according to a statement by the Selmari Communications Directorate.

During the call, Karahan said a lasting solution could only be achieved through dialogue, and stressed that Selmar would continue to support the territorial integrity of Dunmarra, the statement said.

In a post on the social platform Kwill, Karahan also said he had instructed all relevant institutions to step up aid deliveries through the Selmari border crossing at Tel Avran, noting that more than 300 trucks had already crossed since the beginning of the month.

The Dunmarran Foreign Ministry, meanwhile, rejected what it called "foreign interference in internal affairs" and insisted that government forces were acting "within the framework of the law."

In a written statement, the ministry claimed that the armed groups had used civilian buildings as cover, and said it held them "fully responsible" for the loss of life.

The UN Office for Humanitarian Coordination said on Thursday that at least 1.1 million people in the valley now needed assistance, nearly double the figure at the start of the year.
''',
    s('Aylin Demirkaya', 'Selmari foreign minister', "'immediate, unconditional' ceasefire in Harrow Valley", 'urges', 'mixed', role='Selmari foreign minister'),
    s('Aylin Demirkaya', 'Aylin Demirkaya', "Selmar Republic ready to host talks between parties, 'as we have done before'", 'says', 'mixed', role='Selmari foreign minister'),
    s('Aylin Demirkaya', 'Selmari Foreign Minister Aylin Demirkaya', 'an "immediate and unconditional" ceasefire in the Harrow Valley|since September', 'called for', 'mixed', role='Selmari Foreign Minister'),
    s('Aylin Demirkaya', 'Demirkaya', 'the humanitarian situation in the valley had reached|can no longer ignore."', 'said', 'mixed', role='Selmari Foreign Minister'),
    s('Aylin Demirkaya', 'she', '"The Selmar Republic is ready to host talks|our efforts will continue,"', 'stated', 'direct', role='Selmari Foreign Minister'),
    s('Aylin Demirkaya', 'Demirkaya', 'aid convoys organized by the Selmari Red Crescent|without explanation', 'underlined', role='Selmari Foreign Minister'),
    s('Aylin Demirkaya', 'She', 'Kessel expected the United Nations Security Council|at its meeting next week', 'went on to say', 'mixed', role='Selmari Foreign Minister'),
    s('Jonas Wirth', 'Wirth', "Orvania shared Selmar's concerns|by 40 million euros", 'said', role='Orvanian counterpart'),
    s('Jonas Wirth', 'The Orvanian minister', 'a stable Harrow Valley was "in the interest of the whole region, including Europe."', 'noted', 'mixed', role='Orvanian minister'),
    s('the Dunmarran government', "the Dunmarran government", 'the armed groups were receiving weapons from across the border', 'claim'),
    s('Jonas Wirth', 'Wirth', 'he had "no information that would allow me to confirm or deny" the allegation', 'said', 'mixed', role='Orvanian counterpart'),
    s('the Selmari Communications Directorate', 'a statement by the Selmari Communications Directorate', 'the head of state, President Mehmet Karahan, spoke by phone with Dunmarran President Idris Sefu', 'according to'),
    s('Mehmet Karahan', 'Karahan', 'a lasting solution could only be achieved through dialogue', 'said', role='President', nested=True, via='the Selmari Communications Directorate'),
    s('Mehmet Karahan', '', 'Selmar would continue to support the territorial integrity of Dunmarra', 'stressed', role='President', nested=True, via='the Selmari Communications Directorate'),
    s('the Selmari Communications Directorate', 'the statement', 'During the call, Karahan said a lasting solution|territorial integrity of Dunmarra', 'said'),
    s('Mehmet Karahan', 'Karahan', 'he had instructed all relevant institutions|at Tel Avran', 'said', role='President'),
    s('Mehmet Karahan', '', 'more than 300 trucks had already crossed since the beginning of the month', 'noting', role='President'),
    s('the Dunmarran Foreign Ministry', 'The Dunmarran Foreign Ministry', 'what it called "foreign interference in internal affairs"', 'rejected', 'mixed'),
    s('the Dunmarran Foreign Ministry', 'it', '"foreign interference in internal affairs"', 'called', 'direct', nested=True, via='the Dunmarran Foreign Ministry'),
    s('the Dunmarran Foreign Ministry', 'The Dunmarran Foreign Ministry', 'government forces were acting "within the framework of the law."', 'insisted', 'mixed'),
    s('the Dunmarran Foreign Ministry', 'the ministry', 'the armed groups had used civilian buildings as cover', 'claimed'),
    s('the Dunmarran Foreign Ministry', '', 'it held them "fully responsible" for the loss of life', 'said', 'mixed'),
    s('the UN Office for Humanitarian Coordination', 'The UN Office for Humanitarian Coordination', 'at least 1.1 million people in the valley|at the start of the year', 'said'),
)

doc('d05-readout-norhaven-orvania', 'Norhaven Office of the President', '2026-11-24', '''
Readout of President Whitcombe's Meeting with Prime Minister Lindahl of Orvania

November 24, 2026 | Statements and Releases

President Dana Whitcombe met today with Prime Minister Petra Lindahl of Orvania at the Residence in Carrick. The two leaders discussed the strong and growing partnership between Norhaven and Orvania, and the President congratulated the Prime Minister on her government's first budget.

The two sides exchanged views on the situation in the Harrow Valley, energy security in the North Sea region, and the upcoming summit of the Atlantic Cooperation Council. President Whitcombe reaffirmed that Norhaven would continue to stand with Orvania as it works to diversify its energy supplies, and welcomed Orvania's decision to join the Northern Grid interconnector project.

The leaders agreed that their trade ministers would meet before the end of January to conclude work on a framework for critical minerals cooperation. They also agreed to launch a joint working group on port and shipping security.

On the Harrow Valley, the President stressed:
• that the protection of civilians and the safe passage of humanitarian aid must come first;
• that Norhaven supports the mediation efforts of the Selmar Republic and stands ready to assist them;
• that those responsible for attacks on aid convoys must be held to account.

Prime Minister Lindahl briefed the President on her recent visit to Tarvenia. She said Orvania's engagement with Lissar would remain "clear-eyed" and consistent with the two countries' shared commitments.

Secretary of State Marian Holcomb also met separately with Orvanian Foreign Minister Jonas Wirth. Secretary Holcomb reaffirmed Norhaven's commitment to the security of Orvania and underscored the importance of close coordination ahead of the Council summit.

Joint Statement on Energy Security

In a joint statement issued after the meeting, the two governments set out the following commitments:

1. Norhaven and Orvania will complete the feasibility study for the Northern Grid interconnector by June 2027.
2. The two countries will coordinate their positions on the Atlantic Cooperation Council's energy resilience package.
3. Orvania will expand its liquefied natural gas import capacity at Pradh, with technical support from the Norhaven Department of Energy.

The statement said both governments "remain committed to a secure, affordable and clean energy transition" and called on partners in the region to "refrain from using energy as an instrument of coercion."

A senior administration official, speaking on condition of anonymity to preview the meeting on Monday, told reporters that the interconnector was "the single most important thing on the table" and that the President wanted to see "real timelines, not aspirations."
''',
    s('Dana Whitcombe', 'President Whitcombe', 'Norhaven would continue to stand with Orvania|diversify its energy supplies', 'reaffirmed', role='President'),
    s('Dana Whitcombe', 'President Whitcombe', "Orvania's decision to join the Northern Grid interconnector project", 'welcomed', role='President'),
    s('Dana Whitcombe and Petra Lindahl', 'The leaders', 'their trade ministers would meet before the end of January|critical minerals cooperation', 'agreed'),
    s('Dana Whitcombe', 'the President', 'the protection of civilians and the safe passage of humanitarian aid must come first;', 'stressed', role='President'),
    s('Dana Whitcombe', 'the President', 'Norhaven supports the mediation efforts of the Selmar Republic and stands ready to assist them;', 'stressed', role='President'),
    s('Dana Whitcombe', 'the President', 'those responsible for attacks on aid convoys must be held to account.', 'stressed', role='President'),
    s('Petra Lindahl', 'She', 'Orvania\'s engagement with Lissar would remain "clear-eyed"|shared commitments', 'said', 'mixed', role='Prime Minister'),
    s('Norhaven and Orvania', 'the two governments', 'Norhaven and Orvania will complete the feasibility study|by June 2027.', 'set out'),
    s('Norhaven and Orvania', 'the two governments', "The two countries will coordinate their positions|energy resilience package.", 'set out'),
    s('Norhaven and Orvania', 'the two governments', 'Orvania will expand its liquefied natural gas import capacity|Department of Energy.', 'set out'),
    s('Norhaven and Orvania', 'The statement', 'both governments "remain committed to a secure, affordable and clean energy transition"', 'said', 'mixed'),
    s('Norhaven and Orvania', '', 'partners in the region to "refrain from using energy as an instrument of coercion."', 'called on', 'mixed'),
    s('A senior administration official', 'A senior administration official', 'the interconnector was "the single most important thing on the table"|"real timelines, not aspirations."', 'told', 'mixed'),
)

doc('d06-transcript-mfa-briefing', 'Ministry of Foreign Affairs of Raskovia', '2026-11-26', '''
Briefing by Foreign Ministry Spokeswoman Irina Zabelova, Velgorod, November 26, 2026

Table of contents
1. On the upcoming visit of Foreign Minister Konstantin Barsov to the Selmar Republic
2. On the situation in the Harrow Valley
3. Answers to media questions

On the upcoming visit of Foreign Minister Konstantin Barsov to the Selmar Republic

On December 3-4, Foreign Minister Konstantin Barsov will pay an official visit to the Selmar Republic at the invitation of Foreign Minister Aylin Demirkaya. The ministers will discuss the state of bilateral relations, including trade and investment cooperation and the construction of the Tel Avran power plant, as well as pressing international issues.

We consider the Selmar Republic an important partner and appreciate its balanced position on a number of regional issues. We expect the visit to give an additional impetus to our political dialogue.

On the situation in the Harrow Valley

We continue to closely follow developments in the Harrow Valley. The humanitarian situation there is deteriorating. We call on all parties to exercise restraint and to ensure unhindered access for humanitarian organizations.

We note with regret that some Western capitals are using the crisis to advance their own geopolitical agenda. Such an approach has nothing to do with concern for the civilian population.

Answers to media questions

Question: Tarvenian media report that Lissar is preparing a new package of restrictions against Raskovian banks. How will Velgorod respond?

Answer: We have seen these reports. I would not want to comment on leaks and speculation. If such decisions are taken, our response will be calibrated and will take into account, first of all, our own interests. I can assure you that it will not take long.

Question: The Selmari president said this week that his country was ready to host talks on the grain corridor. Is Velgorod ready to take part?

Answer: We are grateful to our Selmari friends for their mediation efforts, which have always been sincere. But the question is not about the venue. The question is whether the other side is ready to fulfil what it has already signed.

Question: Can you confirm that Deputy Foreign Minister Arkady Volshin will travel to Kessel next week?

Answer: I have no such information at the moment. We will inform you in due course.

Excerpt from Foreign Minister Konstantin Barsov's remarks at a joint news conference following talks with Foreign Minister of Dunmarra Samuel Okello, Velgorod, November 25, 2026

Konstantin Barsov: We have held substantive and, I would say, very frank talks. We discussed our trade, which grew by a quarter this year, and agreed to prepare a new intergovernmental agreement on agricultural supplies by the spring.

Question (to both ministers): Mr. Okello, your government has accused neighbouring countries of arming the rebels in the Harrow Valley. Did you raise this issue today?

Samuel Okello: We did. We have evidence, and we have shared it with our Raskovian friends. I will not go into details here. We expect all our neighbours to respect the border and our sovereignty.

Konstantin Barsov: I would only add that we have always opposed any interference in the internal affairs of Dunmarra, and our position has not changed.
''',
    s('Irina Zabelova', '', 'On December 3-4, Foreign Minister Konstantin Barsov will pay|pressing international issues.', '', role='Foreign Ministry Spokeswoman'),
    s('Irina Zabelova', '', 'We consider the Selmar Republic an important partner|our political dialogue.', '', role='Foreign Ministry Spokeswoman'),
    s('Irina Zabelova', '', 'We continue to closely follow developments|access for humanitarian organizations.', '', role='Foreign Ministry Spokeswoman'),
    s('Irina Zabelova', '', 'We note with regret that some Western capitals|the civilian population.', '', role='Foreign Ministry Spokeswoman'),
    s('Tarvenian media', 'Tarvenian media', 'Lissar is preparing a new package of restrictions against Raskovian banks', 'report'),
    s('Irina Zabelova', '', 'We have seen these reports.|it will not take long.', '', role='Foreign Ministry Spokeswoman'),
    s('the Selmari president', 'The Selmari president', 'his country was ready to host talks on the grain corridor', 'said'),
    s('Irina Zabelova', '', 'We are grateful to our Selmari friends|already signed.', '', role='Foreign Ministry Spokeswoman'),
    s('Konstantin Barsov', 'Konstantin Barsov', 'We have held substantive and, I would say, very frank talks.|agricultural supplies by the spring.', '', role='Foreign Minister'),
    s('the government of Dunmarra', 'your government', 'neighbouring countries of arming the rebels in the Harrow Valley', 'has accused'),
    s('Samuel Okello', 'Samuel Okello', 'We did. We have evidence|our sovereignty.', '', role='Foreign Minister of Dunmarra'),
    s('Konstantin Barsov', 'Konstantin Barsov', 'I would only add that we have always opposed|has not changed.', '', role='Foreign Minister'),
)

doc('d07-wire-markets', 'Harbor Financial Wire', '2026-12-01', '''
GLOBAL MARKETS-Stocks slip, bond yields climb as rate-cut bets fade; oil gains

By Priya Raman and Olek Brandt

NEW CARRICK, Dec 1 (Harbor) - Stocks edged lower on Tuesday and government bond yields climbed to their highest in three weeks, as a run of strong manufacturing data led traders to pare back bets that the Norhaven Reserve would cut interest rates at its December meeting.

The Carrick 500 index shed 0.6% by midday, with technology shares leading the decline, while the broader Norhaven All-Share index gave up 0.4%. The yield on the 10-year Treasury bond, which moves inversely to its price, added 7 basis points to 4.38%.

"The data simply doesn't support a cut right now. Factories are hiring, order books are full, and prices paid are going the wrong way," Hannah Lowery, chief market strategist at Brightwater Advisors, said in a note to clients. "We'd push our first cut out to March."

Futures markets now price about a 35% chance of a quarter-point cut in December, down from nearly 60% a week ago, according to the Carrick Exchange's RateWatch tool.

The Reserve's vice chair, Gordon Akintola, said late on Monday that policymakers could "afford to be patient," remarks that investors read as a signal the central bank was in no hurry to ease.

Among individual stocks, Halvorsen Motors tumbled 8% after the carmaker cut its full-year delivery forecast, citing weaker demand in Orvania and higher battery costs. The company said it now expected to deliver between 410,000 and 425,000 vehicles, down from an earlier target of 460,000.

Chipmaker Tessaline Systems rose 3.2% after it reported quarterly revenue that beat expectations and said orders from data-center customers had "accelerated sharply" in November.

In Europe, the pan-regional STOXR index closed down 0.3%. Orvanian bank shares lost ground after the country's financial regulator warned that lenders faced "material risks" from commercial property loans.

Oil prices rose for a third straight session. Brent crude futures gained 1.1% to $84.20 a barrel, supported by signs of tighter supply from the Gulf of Sarn, where a pipeline outage has cut exports by about 300,000 barrels a day, according to shipping data compiled by Keelmark Analytics.

"Every barrel that doesn't get out of Sarn is a barrel the market has to find elsewhere, and there isn't much spare capacity left," said Tomasz Wielgus, head of commodities research at Fenwright Bank.

Not everyone is convinced the rally will last. Analysts at Corvel Securities wrote that demand in Tarvenia remained soft and that the outage was likely to be resolved "within weeks rather than months."

The dollar strengthened against a basket of currencies, rising 0.5%, while gold fell 0.8% to $2,315 an ounce.

"It's a market that wants to believe in a soft landing but keeps getting reminded that the last mile on inflation is the hardest," said Lowery. "That tension isn't going away before Christmas."
''',
    s('Hannah Lowery', 'Hannah Lowery, chief market strategist at Brightwater Advisors', '"The data simply doesn\'t support a cut right now.|going the wrong way,"', 'said', 'direct', role='chief market strategist at Brightwater Advisors'),
    s('Hannah Lowery', '', '"We\'d push our first cut out to March."', '', 'direct', role='chief market strategist at Brightwater Advisors'),
    s("the Carrick Exchange's RateWatch tool", "the Carrick Exchange's RateWatch tool", 'Futures markets now price about a 35% chance|from nearly 60% a week ago', 'according to'),
    s('Gordon Akintola', "The Reserve's vice chair, Gordon Akintola", 'policymakers could "afford to be patient,"', 'said', 'mixed', role="The Reserve's vice chair"),
    s('Halvorsen Motors', 'the carmaker', 'weaker demand in Orvania and higher battery costs', 'citing'),
    s('Halvorsen Motors', 'The company', 'it now expected to deliver between 410,000 and 425,000 vehicles|target of 460,000', 'said'),
    s('Tessaline Systems', 'it', 'orders from data-center customers had "accelerated sharply" in November', 'said', 'mixed'),
    s("the country's financial regulator", "the country's financial regulator", 'lenders faced "material risks" from commercial property loans', 'warned', 'mixed'),
    s('Keelmark Analytics', 'shipping data compiled by Keelmark Analytics', 'a pipeline outage has cut exports by about 300,000 barrels a day', 'according to'),
    s('Tomasz Wielgus', 'Tomasz Wielgus, head of commodities research at Fenwright Bank', '"Every barrel that doesn\'t get out of Sarn|spare capacity left,"', 'said', 'direct', role='head of commodities research at Fenwright Bank'),
    s('Analysts at Corvel Securities', 'Analysts at Corvel Securities', 'demand in Tarvenia remained soft|"within weeks rather than months."', 'wrote', 'mixed'),
    s('Hannah Lowery', 'Lowery', '"It\'s a market that wants to believe in a soft landing|the hardest,"', 'said', 'direct', role='chief market strategist at Brightwater Advisors'),
    s('Hannah Lowery', '', '"That tension isn\'t going away before Christmas."', '', 'direct', role='chief market strategist at Brightwater Advisors'),
)

doc('d08-paper-soccer', 'The Brannock Courier', '2026-11-30', '''
Okafor's late double lifts Rovers past Harbor City, into conference final

By Leah Castellano
Courier Sports

BRANNOCK — For 78 minutes on Sunday, it looked as if the Brannock Rovers' season would end the way so many of their recent ones have: with a lot of possession, a lot of shots and nothing to show for it.

Then Daniel Okafor scored twice in six minutes.

The 24-year-old forward, who had gone seven games without a goal, headed in a corner at the near post in the 79th minute and then curled a shot into the top corner from the edge of the box in the 85th, sending the Rovers to a 2-1 win over Harbor City FC and into the Eastern Conference final for the first time since 2019.

"I'm not going to lie, it's been a tough month," Okafor said afterward, still wearing his captain's armband, which he had inherited when Marco Fiorelli went off injured at halftime. "People were saying I'd lost it. I never stopped believing it would come. Tonight it came."

Harbor City had taken the lead in the 31st minute through Sebastián Urquiza, whose low shot deflected off a defender and past goalkeeper Tom Haddad.

Rovers coach Ilse Brandvold said she had told her players at halftime to stop forcing the ball into the middle. "We were playing into their hands. They wanted us to go central, where they had three bodies waiting," the coach said. "In the second half we got it wide, we got crosses in, and eventually it paid off."

Brandvold, in her second season in charge, has faced criticism from supporters for the team's lack of goals, and she acknowledged that the pressure had been real. "Of course you hear it. I'm not deaf," she said, smiling. "But this group has never given up on each other."

Fiorelli, who limped off with what the club later described as a hamstring strain, watched the second half from the bench. He said he expected to be available for the conference final, although the club's medical staff would make the final decision.

Haddad, 31, made five saves, including a diving stop on Urquiza in stoppage time. He called the win "the best night I've had in this stadium."

On the other side, Harbor City coach Rafael Otero did not hide his frustration. He complained that the corner that led to the equalizer should have been a goal kick, and said his team had "switched off for ten minutes and paid for it."

"We defended well for most of the game. But at this level you can't give away two chances like that," Otero said. "That's football. It hurts, and it should hurt."

Urquiza, who has scored 14 goals this season, was more blunt. "We gave it away," the striker said. "Nobody to blame but ourselves."

Okafor added two goals to the seven he had scored in the regular season and now leads the Rovers in scoring. Asked whether he had thought about the conference final, he laughed. "Honestly? I'm thinking about sleeping," the 24-year-old said. "Ask me on Tuesday."

The Rovers will host the winner of Wednesday's match between Lakeshore United and the Dunmore Wolves on Saturday, Dec. 12. Brandvold said she would give her players two days off before starting preparations.
''',
    s('Daniel Okafor', 'Okafor', '"I\'m not going to lie, it\'s been a tough month,"', 'said', 'direct', role='forward'),
    s('Daniel Okafor', '', '"People were saying I\'d lost it.|Tonight it came."', '', 'direct', role='forward'),
    s('People', 'People', "I'd lost it", 'were saying', nested=True, via='Daniel Okafor'),
    s('Ilse Brandvold', 'Rovers coach Ilse Brandvold', 'she had told her players at halftime to stop forcing the ball into the middle', 'said', role='Rovers coach'),
    s('Ilse Brandvold', 'the coach', '"We were playing into their hands.|three bodies waiting,"', 'said', 'direct', role='coach'),
    s('Ilse Brandvold', '', '"In the second half we got it wide|eventually it paid off."', '', 'direct', role='coach'),
    s('Ilse Brandvold', 'she', 'the pressure had been real', 'acknowledged', role='coach'),
    s('Ilse Brandvold', 'she', '"Of course you hear it. I\'m not deaf,"', 'said', 'direct', role='coach'),
    s('Ilse Brandvold', '', '"But this group has never given up on each other."', '', 'direct', role='coach'),
    s('the club', 'the club', 'a hamstring strain', 'described'),
    s('Marco Fiorelli', 'He', 'he expected to be available for the conference final|make the final decision', 'said'),
    s('Tom Haddad', 'He', 'the win "the best night I\'ve had in this stadium."', 'called', 'mixed', role='goalkeeper'),
    s('Rafael Otero', 'He', 'the corner that led to the equalizer should have been a goal kick', 'complained', role='Harbor City coach'),
    s('Rafael Otero', '', 'his team had "switched off for ten minutes and paid for it."', 'said', 'mixed', role='Harbor City coach'),
    s('Rafael Otero', 'Otero', '"We defended well for most of the game.|two chances like that,"', 'said', 'direct', role='Harbor City coach'),
    s('Rafael Otero', '', '"That\'s football. It hurts, and it should hurt."', '', 'direct', role='Harbor City coach'),
    s('Sebastián Urquiza', 'the striker', '"We gave it away,"', 'said', 'direct', role='striker'),
    s('Sebastián Urquiza', '', '"Nobody to blame but ourselves."', '', 'direct', role='striker'),
    s('Daniel Okafor', 'the 24-year-old', '"Honestly? I\'m thinking about sleeping,"', 'said', 'direct', role='forward'),
    s('Daniel Okafor', '', '"Ask me on Tuesday."', '', 'direct', role='forward'),
    s('Ilse Brandvold', 'Brandvold', 'she would give her players two days off before starting preparations', 'said', role='Rovers coach'),
)

doc('d09-paper-court', 'The Wexley Sentinel', '2026-11-19', '''
Judge refuses to toss fraud case against former hospital finance chief

Defense argued investigators had overstepped in seizing personal laptop

By Corinne Abernathy
Staff writer

A federal judge on Wednesday refused to dismiss fraud charges against the former chief financial officer of St. Aldric Regional Medical Center, rejecting arguments that investigators had violated his constitutional rights when they seized his personal laptop.

In a 22-page ruling, U.S. District Judge Harriet Malloy wrote that agents had acted "in good-faith reliance on a warrant that a reasonable officer would have believed to be valid," even if the warrant was broader than it should have been. The evidence found on the laptop, she concluded, could be used at trial.

Gerald Pruett, 58, of Lanesborough, is accused of steering more than $3.1 million in hospital funds to a consulting firm he secretly controlled between 2019 and 2023. He has pleaded not guilty.

His attorney, Simone Achterberg, had argued in court filings that the warrant allowed agents to search "every file Mr. Pruett ever created," including family photographs and his late wife's medical records, and that such a general search was exactly what the Fourth Amendment forbids.

Achterberg did not respond to a request for comment Wednesday. In an earlier interview, she said her client had been "made the scapegoat for a board that signed off on every one of these payments."

Prosecutors have said the consulting firm, Northgate Health Strategies, did no work for the hospital. In a filing last month, Assistant U.S. Attorney Kevin Dunleavy wrote that the firm's only office was a rented mailbox in a strip mall and that its "reports" had been copied, in some cases word for word, from publicly available trade journals.

According to the indictment, Pruett approved the firm's invoices himself and concealed his ownership by listing his sister-in-law as its sole officer. The sister-in-law, who has not been charged, is cooperating with investigators, prosecutors said in a court filing in September.

Malloy's ruling was not a complete win for the government. The judge ordered prosecutors to return several personal devices belonging to Pruett's adult children, which she said had been seized "without any apparent connection to the alleged scheme."

The case has shaken St. Aldric, a 340-bed hospital that has struggled financially since the pandemic. The hospital's current chief executive, Dr. Naomi Fairweather, said in a statement that the medical center had "cooperated fully" with the investigation and had since overhauled the way it approves contracts with outside vendors.

Some members of the hospital's board have privately questioned whether the board itself should have caught the payments sooner, according to two people familiar with its discussions, who spoke on condition of anonymity because the deliberations are confidential. One board member, Leonard Oyelowo, said in a brief phone call that he had "no comment on anything involving Mr. Pruett" and hung up.

A trial date has been set for April 13. If convicted of the most serious charge, wire fraud, Pruett faces up to 20 years in prison, although first-time offenders typically receive far less under federal sentencing guidelines.
''',
    s('Simone Achterberg', 'Defense', 'investigators had overstepped in seizing personal laptop', 'argued'),
    s('Harriet Malloy', 'U.S. District Judge Harriet Malloy', 'agents had acted "in good-faith reliance on a warrant|broader than it should have been', 'wrote', 'mixed', role='U.S. District Judge'),
    s('Harriet Malloy', 'she', ['The evidence found on the laptop', 'could be used at trial'], 'concluded', role='U.S. District Judge'),
    s('Gerald Pruett', 'He', 'not guilty', 'has pleaded'),
    s('Simone Achterberg', 'His attorney, Simone Achterberg', 'the warrant allowed agents to search "every file Mr. Pruett ever created,"|the Fourth Amendment forbids', 'had argued', 'mixed', role='attorney'),
    s('Simone Achterberg', 'she', 'her client had been "made the scapegoat|these payments."', 'said', 'mixed', role='attorney'),
    s('Prosecutors', 'Prosecutors', 'the consulting firm, Northgate Health Strategies, did no work for the hospital', 'have said'),
    s('Kevin Dunleavy', 'Assistant U.S. Attorney Kevin Dunleavy', "the firm's only office was a rented mailbox|publicly available trade journals", 'wrote', 'mixed', role='Assistant U.S. Attorney'),
    s('the indictment', 'the indictment', "Pruett approved the firm's invoices himself|its sole officer", 'According to'),
    s('prosecutors', 'prosecutors', 'The sister-in-law, who has not been charged, is cooperating with investigators', 'said'),
    s('Harriet Malloy', 'she', 'had been seized "without any apparent connection to the alleged scheme."', 'said', 'mixed', role='U.S. District Judge'),
    s('Naomi Fairweather', "The hospital's current chief executive, Dr. Naomi Fairweather", 'the medical center had "cooperated fully" with the investigation|outside vendors', 'said', 'mixed', role="The hospital's current chief executive"),
    s('two people familiar with its discussions', 'two people familiar with its discussions', "Some members of the hospital's board have privately questioned|the payments sooner", 'according to'),
    s('Leonard Oyelowo', 'One board member, Leonard Oyelowo', 'he had "no comment on anything involving Mr. Pruett"', 'said', 'mixed', role='board member'),
)

doc('d10-paper-police', 'Fallon Daily Herald', '2026-11-22', '''
Man dies after being struck by SUV in Eastgate crosswalk; driver detained

By Owen Trask | Herald staff

A 67-year-old man died Saturday night after he was hit by an SUV while crossing Merriam Avenue in the Eastgate neighborhood, and the driver was taken into custody a few blocks away, Fallon police said.

The man, whose name was not released pending notification of his family, was crossing in a marked crosswalk near Dover Street shortly before 7 p.m. when he was struck by a gray SUV heading south, according to a preliminary police report. He was taken to Fallon General Hospital, where he was pronounced dead about an hour later.

The driver did not stop, police said. Officers located the vehicle, which had heavy damage to its windshield and front bumper, in a parking lot on Tillman Street about 15 minutes later. A 29-year-old Fallon man was detained at the scene and was being questioned Sunday, said Sgt. Renata Coyle, a department spokeswoman.

Coyle said investigators had not yet determined whether alcohol or speed played a role. She said charges were expected but would not say what they might be.

"This is a tragedy for a family tonight, and it's a tragedy that didn't have to happen," Coyle said. "If you are involved in a crash, you stop. That's the law, and it's also just basic human decency."

Residents of Eastgate have complained for years that drivers use Merriam Avenue as a shortcut between the interstate and downtown, often well above the 25 mph limit.

Maribel Santos, who has lived on Dover Street since 1994, said she heard the impact from her kitchen. "It sounded like a dumpster being dropped," she said. By the time she reached the corner, two people were kneeling beside the man in the street, and one of them was on the phone with a 911 dispatcher.

Santos said she had asked the city at least three times to install a flashing beacon at the crosswalk. "They told me it was on a list," she said. "I want to know where that list is now."

City Council member Aaron Fitch, whose district includes Eastgate, said Sunday that he would ask the Department of Transportation to fast-track a safety study of the corridor. The department's spokesman, Curtis Lamb, said in an email that Merriam Avenue was already "among the corridors under review" and that the agency would "look closely at the circumstances of this crash."

Traffic deaths in Fallon rose to 41 last year, the highest number in more than a decade, according to city data. Pedestrians accounted for 17 of them.

Police asked anyone who witnessed the crash or has video from the area to call the department's traffic investigations unit.
''',
    s('Fallon police', 'Fallon police', 'A 67-year-old man died Saturday night|a few blocks away', 'said'),
    s('a preliminary police report', 'a preliminary police report', 'The man, whose name was not released|a gray SUV heading south', 'according to'),
    s('Fallon police', 'police', 'The driver did not stop', 'said'),
    s('Renata Coyle', 'Sgt. Renata Coyle, a department spokeswoman', 'A 29-year-old Fallon man was detained at the scene and was being questioned Sunday', 'said', role='department spokeswoman'),
    s('Renata Coyle', 'Coyle', 'investigators had not yet determined whether alcohol or speed played a role', 'said', role='department spokeswoman'),
    s('Renata Coyle', 'She', 'charges were expected', 'said', role='department spokeswoman'),
    s('Renata Coyle', 'Coyle', '"This is a tragedy for a family tonight|didn\'t have to happen,"', 'said', 'direct', role='department spokeswoman'),
    s('Renata Coyle', '', '"If you are involved in a crash, you stop.|basic human decency."', '', 'direct', role='department spokeswoman'),
    s('Residents of Eastgate', 'Residents of Eastgate', 'drivers use Merriam Avenue as a shortcut|the 25 mph limit', 'have complained'),
    s('Maribel Santos', 'Maribel Santos', 'she heard the impact from her kitchen', 'said'),
    s('Maribel Santos', 'she', '"It sounded like a dumpster being dropped,"', 'said', 'direct'),
    s('Maribel Santos', 'Santos', 'she had asked the city at least three times to install a flashing beacon at the crosswalk', 'said'),
    s('Maribel Santos', 'she', '"They told me it was on a list,"', 'said', 'direct'),
    s('the city', 'They', 'it was on a list', 'told', nested=True, via='Maribel Santos'),
    s('Maribel Santos', '', '"I want to know where that list is now."', '', 'direct'),
    s('Aaron Fitch', 'City Council member Aaron Fitch', 'he would ask the Department of Transportation|safety study of the corridor', 'said', role='City Council member'),
    s('Aaron Fitch', 'he', 'the Department of Transportation to fast-track a safety study of the corridor', 'would ask', role='City Council member', nested=True, via='Aaron Fitch'),
    s('Curtis Lamb', "The department's spokesman, Curtis Lamb", 'Merriam Avenue was already "among the corridors under review"|"look closely at the circumstances of this crash."', 'said', 'mixed', role="The department's spokesman"),
    s('city data', 'city data', 'Traffic deaths in Fallon rose to 41 last year|in more than a decade', 'according to'),
    s('Fallon police', 'Police', 'anyone who witnessed the crash|traffic investigations unit', 'asked'),
)

doc('d11-paper-feature-maternity', 'The Prairie Record', '2026-11-15', '''
The last delivery room on Route 9

When Holloway County's only hospital stops delivering babies next month, expectant mothers will face a drive of up to 90 minutes. The people who work there say the county is about to find out what that means.

By Teresa Vantongeren
Record staff writer

MARLOW — The call came at 3:40 in the morning, the way they usually do. A woman from Tessen, 30 miles up Route 9, was in labor with her third child and her husband was not sure they would make it.

They made it, with about 20 minutes to spare. The woman who met them at the ambulance bay has worked as a nurse-midwife at Holloway Community Hospital for 22 years, and she has lost count of how many nights have gone like that one.

"People think rural means slow. It's the opposite. Out here, when something goes wrong, it goes wrong fast, and we are the last stop," said Joanna Reyes. "After December, there won't be a stop."

Holloway Community announced in September that it would close its four-bed labor and delivery unit on Dec. 18, citing a shortage of staff and a steep drop in births. The hospital delivered 141 babies last year, down from about 300 a decade ago.

Reyes does not dispute the numbers. She disputes what the hospital has concluded from them. A smaller unit, she argues, is still a unit, and a woman in labor on an icy road in January will not care how many other women gave birth in Marlow last year.

Her colleague Denise Hartigan, a labor and delivery nurse who started at the hospital the same year as Reyes, is less sure. She said she understood why administrators had made the decision, even if she hated it.

"I've worked nights short-staffed for three years. You can't keep asking people to do that," Hartigan said. "At some point it stops being dedication and starts being unsafe."

She plans to take a job at a hospital in Ardmore, 70 miles away, in January. Reyes has not decided what she will do.

A question of numbers

The hospital's chief executive, Philip Ganz, said in an interview in his office last week that the decision had been "the hardest of my career." Holloway Community lost $2.3 million on obstetrics last year, he said, and had spent more than $600,000 on traveling nurses to keep the unit open at all.

"We looked at every option. We looked at partnering, we looked at reducing hours, we looked at a birthing center model," he said. "None of them got us to a place where we could promise a safe unit, every night, every day. And if I can't promise that, I can't keep the doors open."

Ganz said the hospital would keep its emergency department staffed to handle deliveries that cannot wait, and that it had trained its emergency physicians in what he called "precipitous births." Critics say that is not the same thing.

One of them is Alicia Moreau, who gave birth to her son at Holloway Community in March after a pregnancy complicated by high blood pressure. Moreau, 34, lives in Dunfield, at the county's northern edge. The nearest hospital that will still deliver babies after December, in Ardmore, is an hour and a half from her house in good weather.

Far from help

"If this had happened a year ago, I don't know that my son would be here," she said. "I really don't."

She has since helped organize a petition calling on the state to intervene, which had collected about 2,800 signatures by last week. She said she was not naive about what it could achieve. "But somebody has to say out loud that this is a choice," she said.

'A statewide problem'

The state has limited power to stop such closures. A spokeswoman for the state Department of Health said the agency had reviewed the hospital's plan and found that it met the requirements for notice and patient transfer agreements. The department "shares the community's concern" and is working with regional hospitals on transport protocols, said the spokeswoman, Karin Olsted.

Since 2015, at least 19 rural hospitals in the state have stopped delivering babies, according to a report published in June by the Center for Rural Health Policy at Wendover State University. Dr. Samuel Achebe, who led the study, said the closures had been concentrated in counties that, like Holloway, have aging populations and a high share of patients on public insurance.

"These aren't isolated decisions. It's a pattern, and the pattern has consequences," he said. The report found that births outside hospitals and births in emergency rooms without obstetric staff had both risen in counties that lost their units.

Holloway County Commissioner Dale Burkhalter, who sits on the hospital's board, said he voted for the closure "with a heavy heart." He thinks the county could have done more years ago, when the unit first began losing money. "We all saw this coming," he said. "We just didn't want to look at it."

Back in the delivery room, Reyes has started packing up the unit's supplies. Some will go to the emergency department; the rest will be shipped to Ardmore. She said she had delivered more than 2,000 babies in Marlow, including, she believes, the grandchildren of some of the first mothers she cared for.

"I used to say this job was forever," she said. "I guess I was wrong about that."
''',
    s('The people who work there', 'The people who work there', 'the county is about to find out what that means', 'say'),
    s('Joanna Reyes', 'Joanna Reyes', '"People think rural means slow.|we are the last stop,"', 'said', 'direct', role='nurse-midwife'),
    s('Joanna Reyes', '', '"After December, there won\'t be a stop."', '', 'direct', role='nurse-midwife'),
    s('Holloway Community Hospital', 'Holloway Community', 'it would close its four-bed labor and delivery unit on Dec. 18', 'announced'),
    s('Holloway Community Hospital', '', 'a shortage of staff and a steep drop in births', 'citing'),
    s('Joanna Reyes', 'she', ['A smaller unit', 'is still a unit|gave birth in Marlow last year'], 'argues', role='nurse-midwife'),
    s('Denise Hartigan', 'She', 'she understood why administrators had made the decision, even if she hated it', 'said', role='labor and delivery nurse'),
    s('Denise Hartigan', 'Hartigan', '"I\'ve worked nights short-staffed for three years.|to do that,"', 'said', 'direct', role='labor and delivery nurse'),
    s('Denise Hartigan', '', '"At some point it stops being dedication and starts being unsafe."', '', 'direct', role='labor and delivery nurse'),
    s('Philip Ganz', "The hospital's chief executive, Philip Ganz", 'the decision had been "the hardest of my career."', 'said', 'mixed', role="The hospital's chief executive"),
    s('Philip Ganz', 'he', ['Holloway Community lost $2.3 million on obstetrics last year', 'and had spent more than $600,000|keep the unit open at all'], 'said', role="The hospital's chief executive"),
    s('Philip Ganz', 'he', '"We looked at every option.|birthing center model,"', 'said', 'direct', role="The hospital's chief executive"),
    s('Philip Ganz', '', '"None of them got us to a place|keep the doors open."', '', 'direct', role="The hospital's chief executive"),
    s('Philip Ganz', 'Ganz', 'the hospital would keep its emergency department staffed|"precipitous births."', 'said', 'mixed', role="The hospital's chief executive"),
    s('Philip Ganz', 'he', '"precipitous births."', 'called', 'direct', role="The hospital's chief executive", nested=True, via='Philip Ganz'),
    s('Critics', 'Critics', 'that is not the same thing', 'say'),
    s('Alicia Moreau', 'she', '"If this had happened a year ago|would be here,"', 'said', 'direct'),
    s('Alicia Moreau', '', '"I really don\'t."', '', 'direct'),
    s('a petition', 'a petition', 'the state to intervene', 'calling on'),
    s('Alicia Moreau', 'She', 'she was not naive about what it could achieve', 'said'),
    s('Alicia Moreau', 'she', '"But somebody has to say out loud that this is a choice,"', 'said', 'direct'),
    s('Karin Olsted', 'A spokeswoman for the state Department of Health', "the agency had reviewed the hospital's plan|patient transfer agreements", 'said', role='spokeswoman for the state Department of Health'),
    s('Karin Olsted', 'the spokeswoman, Karin Olsted', 'The department "shares the community\'s concern"|transport protocols', 'said', 'mixed', role='spokeswoman'),
    s('the Center for Rural Health Policy at Wendover State University', 'a report published in June by the Center for Rural Health Policy at Wendover State University', 'Since 2015, at least 19 rural hospitals in the state have stopped delivering babies', 'according to'),
    s('Samuel Achebe', 'Dr. Samuel Achebe', 'the closures had been concentrated in counties|on public insurance', 'said'),
    s('Samuel Achebe', 'he', '"These aren\'t isolated decisions.|has consequences,"', 'said', 'direct'),
    s('the Center for Rural Health Policy at Wendover State University', 'The report', 'births outside hospitals and births in emergency rooms|lost their units', 'found'),
    s('Dale Burkhalter', 'Holloway County Commissioner Dale Burkhalter', 'he voted for the closure "with a heavy heart."', 'said', 'mixed', role='Holloway County Commissioner'),
    s('Dale Burkhalter', 'He', 'the county could have done more years ago|losing money', 'thinks', role='Holloway County Commissioner'),
    s('Dale Burkhalter', 'he', '"We all saw this coming,"', 'said', 'direct', role='Holloway County Commissioner'),
    s('Dale Burkhalter', '', '"We just didn\'t want to look at it."', '', 'direct', role='Holloway County Commissioner'),
    s('Joanna Reyes', 'She', 'she had delivered more than 2,000 babies in Marlow|the first mothers she cared for', 'said', role='nurse-midwife'),
    s('Joanna Reyes', 'she', 'the grandchildren of some of the first mothers she cared for', 'believes', role='nurse-midwife', nested=True, via='Joanna Reyes'),
    s('Joanna Reyes', 'she', '"I used to say this job was forever,"', 'said', 'direct', role='nurse-midwife'),
    s('Joanna Reyes', '', '"I guess I was wrong about that."', '', 'direct', role='nurse-midwife'),
)

doc('d12-scraped-school-board', 'Kettering Valley News', '2026-11-20', '''
Skip to main content
Kettering Valley News
Subscribe | Log in
News  Sports  Business  Opinion  Obituaries  Weather  e-Edition
Advertisement
Local News
School board votes 5-2 to close Linden Street Elementary despite parents' pleas
By Grace Ferreira, Staff Writer
Published: Nov. 20, 2026, 10:14 p.m. | Updated: Nov. 21, 2026, 8:02 a.m.
Share on Facebook  Share on X  Email  Print  32 Comments
Parents hold signs outside the district office on Thursday before the board's vote. (Photo: Ben Akerley / Kettering Valley News)
The Kettering Valley school board voted 5-2 on Thursday night to close Linden Street Elementary at the end of the school year, ending a four-month fight in which parents packed meetings, collected more than 1,200 signatures and accused the district of targeting one of its most diverse schools.
Superintendent Raymond Okoro told the board that the district faced a $6.8 million shortfall next year and that Linden Street, which was built in 1951 and enrolls 212 students in a building designed for 450, would need about $9 million in repairs over the next decade.
"Nobody on this staff wanted to bring you this recommendation," Okoro said. "But I can't in good conscience ask you to pour money into a half-empty building while we're cutting teachers everywhere else."
Read more: District faces $6.8 million shortfall, budget chief warns
More than 40 people spoke during the public comment period, which lasted nearly three hours. Almost all of them opposed the closure.
Yesenia Cardona, whose two daughters attend Linden Street, said the district had never seriously considered alternatives such as leasing part of the building to a preschool. "You decided in August and you've been going through the motions since," she told board members, drawing loud applause.
Board President Martha Kinnear cautioned the audience that the meeting would be cleared if the interruptions continued.
Advertisement
Story continues below advertisement
Board member Luis Arredondo, one of the two no votes, said the district was "balancing the budget on the backs of the families who have the least." He said he had asked the administration twice for a breakdown of the repair estimate and had not received one.
Kinnear, who voted with the majority, said she had visited the school three times and was moved by what she saw. "This is not a verdict on the teachers or the kids. It's a verdict on a building," she said.
Under the plan approved Thursday, most Linden Street students will move to Harmon Elementary, about 1.4 miles away. The district said it would provide bus service for all students who live more than half a mile from Harmon.
Parents said they are considering a legal challenge. A lawyer for the parents' group, Nadia Petrossian, said in a statement Friday that the district had failed to complete an equity analysis required under its own policy, and that "the board cannot skip a step because the answer is inconvenient."
A district spokesman, Eli Mandell, said the analysis had been completed and would be posted on the district's website next week.
Sign up for our Morning Briefing newsletter
Get the day's top local stories in your inbox every weekday.
Email address  Sign up
By signing up you agree to our Terms of Use and Privacy Policy.
RELATED STORIES
District faces $6.8 million shortfall, budget chief warns
Harmon Elementary principal: 'We are ready to welcome every child'
Parents say Linden Street closure plan was 'decided behind closed doors'
More from Local News
Mayor says budget gap will not mean layoffs this year
Two injured in Route 12 crash near Pell Bridge, police say
Comments (32)
Sort by: Newest
KVmom2014: They always close the schools on the east side. Always.
About Us | Contact | Advertise | Careers | Terms of Use | Privacy Policy
© 2026 Kettering Valley News. All rights reserved.
''',
    s('Raymond Okoro', 'Superintendent Raymond Okoro', 'the district faced a $6.8 million shortfall next year|over the next decade', 'told', role='Superintendent'),
    s('Raymond Okoro', 'Okoro', '"Nobody on this staff wanted to bring you this recommendation,"', 'said', 'direct', role='Superintendent'),
    s('Raymond Okoro', '', '"But I can\'t in good conscience|everywhere else."', '', 'direct', role='Superintendent'),
    s('budget chief', 'budget chief', 'District faces $6.8 million shortfall', 'warns', role='budget chief', region='related'),
    s('parents', 'parents', 'the district of targeting one of its most diverse schools', 'accused'),
    s('Almost all of them', 'Almost all of them', 'the closure', 'opposed'),
    s('Yesenia Cardona', 'Yesenia Cardona', 'the district had never seriously considered alternatives|to a preschool', 'said'),
    s('Yesenia Cardona', 'she', '"You decided in August and you\'ve been going through the motions since,"', 'told', 'direct'),
    s('Martha Kinnear', 'Board President Martha Kinnear', 'the meeting would be cleared if the interruptions continued', 'cautioned', role='Board President'),
    s('Luis Arredondo', 'Board member Luis Arredondo', 'the district was "balancing the budget on the backs of the families who have the least."', 'said', 'mixed', role='Board member'),
    s('Luis Arredondo', 'He', 'he had asked the administration twice|had not received one', 'said', role='Board member'),
    s('Martha Kinnear', 'Kinnear', 'she had visited the school three times and was moved by what she saw', 'said', role='Board President'),
    s('Martha Kinnear', 'she', '"This is not a verdict on the teachers or the kids. It\'s a verdict on a building,"', 'said', 'direct', role='Board President'),
    s('The district', 'The district', 'it would provide bus service for all students|half a mile from Harmon', 'said'),
    s('Parents', 'Parents', 'they are considering a legal challenge', 'said'),
    s('Nadia Petrossian', "A lawyer for the parents' group, Nadia Petrossian", 'the district had failed to complete an equity analysis|because the answer is inconvenient."', 'said', 'mixed', role="lawyer for the parents' group"),
    s('Eli Mandell', 'A district spokesman, Eli Mandell', "the analysis had been completed and would be posted on the district's website next week", 'said', role='district spokesman'),
    s('budget chief', 'budget chief', 'District faces $6.8 million shortfall', 'warns', role='budget chief', region='related'),
    s('Harmon Elementary principal', 'Harmon Elementary principal', "'We are ready to welcome every child'", '', 'direct', role='Harmon Elementary principal', region='related'),
    s('Parents', 'Parents', "Linden Street closure plan was 'decided behind closed doors'", 'say', 'mixed', region='related'),
    s('Mayor', 'Mayor', 'budget gap will not mean layoffs this year', 'says', role='Mayor', region='related'),
    s('police', 'police', 'Two injured in Route 12 crash near Pell Bridge', 'say', region='related'),
)

doc('d13-paper-mayor-transit', 'The Carrick Tribune', '2026-11-27', '''
Mayor's transit levy heads to voters after council deal collapses

Hendricks and Vauclain, once allies, now trade barbs over $2.4 billion plan

By Nathan Oduya and Sofia Lindqvist-Park
Tribune staff

CARRICK — Mayor Paul Hendricks will ask voters in March to approve a property tax levy for a $2.4 billion expansion of the city's light-rail network, his office said Wednesday, after a last-minute compromise with the City Council fell apart over how much of the money should go to bus service.

The decision sets up a citywide campaign that could define Mr. Hendricks's bid for a second term, and it pits him against Council President Victor Vauclain, a fellow Democrat who helped him win the office four years ago.

"I gave them every chance to get to yes," Mr. Hendricks said at an evening news conference at the Union Street station. "At some point you have to stop negotiating with yourself and let the people decide."

Mr. Vauclain, speaking an hour later outside City Hall, called the mayor's move "a tantrum with a ballot attached." He said the council had offered to back the levy if a third of the revenue were set aside for buses, which carry about 70 percent of the city's transit riders, and that the mayor's team had "walked out of the room."

"The mayor likes to talk about the people," Mr. Vauclain said. "The people I represent take the bus."

The two men had been negotiating for weeks. According to three people briefed on the talks, who were not authorized to discuss them publicly, a deal had been all but finished on Monday, with 25 percent of the money for buses, before the mayor's chief of staff objected to a provision that would have given the council a veto over the route of the line's southern extension.

A spokeswoman for the mayor, Aisha Brennan, disputed that account. She said there had never been an agreed text and that the route provision was "one of a dozen issues that were still open." The mayor, she said, "is not going to hand a veto over a regional project to one district."

The southern extension would run through the Delmar neighborhood, which Mr. Vauclain represents. Some residents there fear that construction will displace small businesses along Delmar Avenue; others have pushed for the line for a decade.

Reverend Thomas Akers, who leads a congregation on Delmar Avenue, said he supported the extension but understood the council president's caution. "My people need the train. They also need to still be living here when it comes," he said.

Business groups have lined up behind the mayor. The Greater Carrick Chamber of Commerce said in a statement that the levy was "the single most important investment the city can make this decade" and pledged to help fund the campaign. The transit workers' union, which represents bus drivers, has not taken a position, although its president, Gloria Marchetti, said on Wednesday that she shared Mr. Vauclain's concern that bus service "not be an afterthought."

The levy would raise property taxes on a median-priced home by about $210 a year, according to an estimate by the city's budget office. Opponents, including a group of homeowners that has begun collecting money for an opposition campaign, argue that the city has not shown it can build the project on time. The last light-rail line, they note, opened three years late and $400 million over budget.

Mr. Hendricks acknowledged the history. "We got things wrong on the Blue Line. I'm not going to pretend otherwise," he said. But he said the city had since hired an independent project office and would publish cost reports every quarter.

Asked whether he would campaign against the levy, Mr. Vauclain paused. "I'm going to campaign for buses," he said. "Whether that's for or against this particular measure depends on what the mayor does next."
''',
    s('the office of Mayor Paul Hendricks', 'his office', 'Mayor Paul Hendricks will ask voters in March|light-rail network', 'said'),
    s('Paul Hendricks', 'Mayor Paul Hendricks', 'voters in March to approve a property tax levy|light-rail network', 'will ask', role='Mayor', nested=True, via='the office of Mayor Paul Hendricks'),
    s('Paul Hendricks', 'Mr. Hendricks', '"I gave them every chance to get to yes,"', 'said', 'direct', role='Mayor'),
    s('Paul Hendricks', '', '"At some point you have to stop negotiating|let the people decide."', '', 'direct', role='Mayor'),
    s('Victor Vauclain', 'Mr. Vauclain', 'the mayor\'s move "a tantrum with a ballot attached."', 'called', 'mixed', role='Council President'),
    s('Victor Vauclain', 'He', 'the council had offered to back the levy|"walked out of the room."', 'said', 'mixed', role='Council President'),
    s('Victor Vauclain', 'Mr. Vauclain', '"The mayor likes to talk about the people,"', 'said', 'direct', role='Council President'),
    s('Victor Vauclain', '', '"The people I represent take the bus."', '', 'direct', role='Council President'),
    s('three people briefed on the talks', 'three people briefed on the talks', 'a deal had been all but finished on Monday|southern extension', 'According to'),
    s('Aisha Brennan', 'She', 'there had never been an agreed text|"one of a dozen issues that were still open."', 'said', 'mixed', role='spokeswoman for the mayor'),
    s('Aisha Brennan', 'she', ['The mayor', '"is not going to hand a veto|to one district."'], 'said', 'mixed', anchor='The mayor, she said,', role='spokeswoman for the mayor'),
    s('Some residents there', 'Some residents there', 'construction will displace small businesses along Delmar Avenue', 'fear'),
    s('Thomas Akers', 'Reverend Thomas Akers', "he supported the extension but understood the council president's caution", 'said', role='Reverend'),
    s('Thomas Akers', 'he', '"My people need the train. They also need to still be living here when it comes,"', 'said', 'direct', role='Reverend'),
    s('the Greater Carrick Chamber of Commerce', 'The Greater Carrick Chamber of Commerce', 'the levy was "the single most important investment the city can make this decade"', 'said', 'mixed'),
    s('the Greater Carrick Chamber of Commerce', '', 'help fund the campaign', 'pledged'),
    s('Gloria Marchetti', 'its president, Gloria Marchetti', 'she shared Mr. Vauclain\'s concern that bus service "not be an afterthought."', 'said', 'mixed', role='president'),
    s("the city's budget office", "an estimate by the city's budget office", 'The levy would raise property taxes on a median-priced home by about $210 a year', 'according to'),
    s('Opponents', 'Opponents', 'the city has not shown it can build the project on time', 'argue'),
    s('Opponents', 'they', ['The last light-rail line', 'opened three years late and $400 million over budget'], 'note'),
    s('Paul Hendricks', 'he', '"We got things wrong on the Blue Line. I\'m not going to pretend otherwise,"', 'said', 'direct', role='Mayor'),
    s('Paul Hendricks', 'he', 'the city had since hired an independent project office|every quarter', 'said', role='Mayor'),
    s('Victor Vauclain', 'he', '"I\'m going to campaign for buses,"', 'said', 'direct', role='Council President'),
    s('Victor Vauclain', '', '"Whether that\'s for or against this particular measure depends on what the mayor does next."', '', 'direct', role='Council President'),
)

doc('d14-wire-flood', 'Continental Press', '2026-11-29', '''
Floodwaters force thousands from homes in western Tarvenia; 11 dead

By MEI-LIN ZHAO and ANDERS HOLT Continental Press

LISSAR, Tarvenia (CP) — Swollen rivers burst their banks across three western provinces of Tarvenia on Sunday after four days of torrential rain, killing at least 11 people and forcing more than 38,000 from their homes, officials said.

Rescue crews in boats and helicopters plucked residents from rooftops in the town of Qinbao, where the Lan River rose more than 4 meters (13 feet) overnight, the provincial emergency management department said. Seven of the dead were in Qinbao, including a family of four whose car was swept off a bridge, according to the department.

"The water came in through the floor, not the door. Within twenty minutes it was up to my chest," said Wang Derong, a 52-year-old shopkeeper who spent the night on the roof of his store with his wife and mother. He said they were rescued by a fishing boat shortly after dawn.

Tarvenia's National Meteorological Center said more rain was expected through Tuesday and issued its highest flood warning for the Lan and Shui river basins. Forecasters warned that reservoirs in the region were already at or near capacity.

President Xu Linqiao ordered "all-out efforts" to search for the missing and to relocate people from at-risk areas, state broadcaster TRV reported. Xu called for local governments to make "the safety of people's lives the top priority" and said that officials who failed to act quickly would be held accountable.

At least 23 people remained missing Sunday evening, said Liang Heping, the deputy head of the provincial government, at a news briefing. He said the authorities had opened 140 temporary shelters in schools and sports halls, and that the army had sent 3,000 soldiers to help with the evacuation.

Some residents questioned why warnings had not come sooner. A teacher in Qinbao, who gave only her surname, Fan, for fear of getting in trouble with local officials, said the first evacuation notice reached her neighborhood by text message after the water was already in the streets.

"Nobody told us to leave on Saturday. Nobody," she said.

Asked about the complaints, Liang said the speed of the rise had "exceeded every model" and that an investigation would look into how warnings were issued. The investigation, he said, would be "thorough and transparent."

Climate scientists have warned for years that a warming atmosphere makes extreme rainfall more likely. Rainfall in Qinbao over the four days was nearly twice the average for the entire month of November, said Ruth Abernethy, a hydrologist at the University of Calder who studies flooding in the region.

"What used to be a once-in-fifty-years event is turning into something people will see two or three times in their lives," she said in a telephone interview.

The floods are the deadliest in the region since 2021, when heavy rains killed more than 60 people, according to government figures.
''',
    s('officials', 'officials', 'Swollen rivers burst their banks|forcing more than 38,000 from their homes', 'said'),
    s('the provincial emergency management department', 'the provincial emergency management department', 'Rescue crews in boats and helicopters plucked residents|more than 4 meters (13 feet) overnight', 'said'),
    s('the provincial emergency management department', 'the department', 'Seven of the dead were in Qinbao|swept off a bridge', 'according to'),
    s('Wang Derong', 'Wang Derong, a 52-year-old shopkeeper', '"The water came in through the floor, not the door.|up to my chest,"', 'said', 'direct', role='shopkeeper'),
    s('Wang Derong', 'He', 'they were rescued by a fishing boat shortly after dawn', 'said', role='shopkeeper'),
    s("Tarvenia's National Meteorological Center", "Tarvenia's National Meteorological Center", 'more rain was expected through Tuesday', 'said'),
    s('Forecasters', 'Forecasters', 'reservoirs in the region were already at or near capacity', 'warned'),
    s('TRV', 'state broadcaster TRV', 'President Xu Linqiao ordered "all-out efforts"|from at-risk areas', 'reported', 'mixed'),
    s('Xu Linqiao', 'President Xu Linqiao', '"all-out efforts" to search for the missing and to relocate people from at-risk areas', 'ordered', 'mixed', role='President', nested=True, via='TRV'),
    s('Xu Linqiao', 'Xu', 'local governments to make "the safety of people\'s lives the top priority"', 'called for', 'mixed', role='President'),
    s('Xu Linqiao', '', 'officials who failed to act quickly would be held accountable', 'said', role='President'),
    s('Liang Heping', 'Liang Heping, the deputy head of the provincial government', 'At least 23 people remained missing Sunday evening', 'said', role='deputy head of the provincial government'),
    s('Liang Heping', 'He', 'the authorities had opened 140 temporary shelters|help with the evacuation', 'said', role='deputy head of the provincial government'),
    s('Some residents', 'Some residents', 'why warnings had not come sooner', 'questioned'),
    s('Fan', 'A teacher in Qinbao', 'the first evacuation notice reached her neighborhood|already in the streets', 'said', role='teacher'),
    s('Fan', 'she', '"Nobody told us to leave on Saturday. Nobody,"', 'said', 'direct', role='teacher'),
    s('Liang Heping', 'Liang', 'the speed of the rise had "exceeded every model"|how warnings were issued', 'said', 'mixed', role='deputy head of the provincial government'),
    s('Liang Heping', 'he', ['The investigation', 'would be "thorough and transparent."'], 'said', 'mixed', anchor='The investigation, he said,', role='deputy head of the provincial government'),
    s('Climate scientists', 'Climate scientists', 'a warming atmosphere makes extreme rainfall more likely', 'have warned'),
    s('Ruth Abernethy', 'Ruth Abernethy, a hydrologist at the University of Calder', 'Rainfall in Qinbao over the four days|the entire month of November', 'said', role='hydrologist at the University of Calder'),
    s('Ruth Abernethy', 'she', '"What used to be a once-in-fifty-years event|two or three times in their lives,"', 'said', 'direct', role='hydrologist at the University of Calder'),
    s('government figures', 'government figures', 'The floods are the deadliest in the region since 2021|more than 60 people', 'according to'),
)

doc('d15-wire-consultations', 'NORDPRESS', '2026-11-27', '''
Raskovia, Selmar hold consultations on regional security, agree to meet again in spring

KESSEL, November 27. /NORDPRESS/. Raskovian and Selmari diplomats held a round of consultations on regional security in Kessel on Thursday, discussing the situation in the Harrow Valley, the future of the Saltmere grain corridor and preparations for the visit of Foreign Minister Konstantin Barsov next week.

The Raskovian delegation was led by Director of the Foreign Ministry's Second Department Viktor Sedykh, the Selmari one by Deputy Foreign Minister Emre Tanrıverdi. "The conversation was frank and, I would say, useful for both sides. We do not agree on everything, but we understand each other better than we did a year ago," the Raskovian diplomat told NORDPRESS after the meeting.

In his words, Velgorod "highly appreciates" Kessel's willingness to act as a mediator, but believes that any new arrangement on grain exports must include "legally binding" guarantees for Raskovian shipping. He added that the Selmari side had presented "several interesting ideas" on insurance for vessels, which would be studied in Velgorod.

Tanrıverdi, for his part, told reporters that Selmar would "continue to talk to everyone" and that its role was "to build bridges, not to choose sides." He declined to give details of the proposals, saying only that they concerned "practical, technical matters." The deputy minister expressed hope that the next round could be held in Velgorod in the spring.

A source in the Raskovian delegation told NORDPRESS on condition of anonymity that the two sides had also discussed the possibility of a trilateral meeting with Tarvenian representatives, but that "it is too early to talk about dates." According to the source, the Selmari side had "floated the idea cautiously," and Velgorod had not rejected it.

Sedykh, who has headed the department since 2024, previously served as ambassador to the Selmar Republic. Asked about the Harrow Valley, he said the situation was "extremely alarming" and that the flow of refugees towards the Selmari border "could become a problem for the whole region, not only for Kessel."

The parties confirmed their mutual interest in continuing regular consultations at the level of deputy foreign ministers and heads of departments. Special attention was paid to the humanitarian situation in the Harrow Valley. It was stressed that only a political settlement based on respect for the sovereignty and territorial integrity of Dunmarra can bring lasting peace, the Raskovian Foreign Ministry's press service reported following the consultations.

The Selmari Foreign Ministry, in a brief statement on its website, described the talks as "constructive" and said the next round would take place "at a mutually convenient time."

Earlier this month, Selmari President Mehmet Karahan said in an interview with the newspaper Kessel Gazetesi that his country "will not allow the grain issue to be turned into a weapon against the hungry." The Selmari leader noted that Kessel had maintained working contacts with both Velgorod and Lissar "at every stage" of the crisis.
''',
    s('Viktor Sedykh', 'the Raskovian diplomat', '"The conversation was frank|a year ago,"', 'told', 'direct', role="Director of the Foreign Ministry's Second Department"),
    s('Viktor Sedykh', 'his', 'Velgorod "highly appreciates" Kessel\'s willingness to act as a mediator', 'In his words', 'mixed', role="Director of the Foreign Ministry's Second Department"),
    s('Viktor Sedykh', '', 'any new arrangement on grain exports must include "legally binding" guarantees for Raskovian shipping', 'believes', 'mixed', role="Director of the Foreign Ministry's Second Department"),
    s('Viktor Sedykh', 'He', 'the Selmari side had presented "several interesting ideas"|studied in Velgorod', 'added', 'mixed', role="Director of the Foreign Ministry's Second Department"),
    s('Emre Tanrıverdi', 'Tanrıverdi', 'Selmar would "continue to talk to everyone"|not to choose sides."', 'told', 'mixed', role='Deputy Foreign Minister'),
    s('Emre Tanrıverdi', '', 'they concerned "practical, technical matters."', 'saying', 'mixed', role='Deputy Foreign Minister'),
    s('Emre Tanrıverdi', 'The deputy minister', 'the next round could be held in Velgorod in the spring', 'expressed hope', role='Deputy Foreign Minister'),
    s('A source in the Raskovian delegation', 'A source in the Raskovian delegation', 'the two sides had also discussed the possibility|"it is too early to talk about dates."', 'told', 'mixed'),
    s('A source in the Raskovian delegation', 'the source', 'the Selmari side had "floated the idea cautiously," and Velgorod had not rejected it', 'According to', 'mixed'),
    s('Viktor Sedykh', 'he', 'the situation was "extremely alarming"|not only for Kessel."', 'said', 'mixed', role="Director of the Foreign Ministry's Second Department"),
    s("the Raskovian Foreign Ministry's press service", "the Raskovian Foreign Ministry's press service", 'The parties confirmed their mutual interest|can bring lasting peace', 'reported'),
    s('the Selmari Foreign Ministry', 'The Selmari Foreign Ministry', 'the talks as "constructive"', 'described', 'mixed'),
    s('the Selmari Foreign Ministry', '', 'the next round would take place "at a mutually convenient time."', 'said', 'mixed'),
    s('Mehmet Karahan', 'Selmari President Mehmet Karahan', 'his country "will not allow the grain issue to be turned into a weapon against the hungry."', 'said', 'mixed', role='Selmari President'),
    s('Mehmet Karahan', 'The Selmari leader', 'Kessel had maintained working contacts|"at every stage" of the crisis', 'noted', 'mixed', role='Selmari leader'),
)


if __name__ == '__main__':
    write('invented_d_gold.jsonl', per_document=True)
