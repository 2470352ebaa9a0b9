#!/usr/bin/env python3
"""Builds invented set I, written to read like real news and to be as hard as it: wire stories and government
readouts (an exclusive on a sale process sourced to "people familiar with the matter", an agency story quoting a
deputy prime minister's interview with a newspaper, a phone-call readout, a readout of talks with bullet lists and
"the sides", a foreign ministry's briefing transcript with long answers and reported premises in the questions, a
wire story on a scraped news page with its share bars, captions and teasers) and long North American newspaper
articles (a city transit fight, a fraud trial, a provincial legislature's hospital scandal, a strike, a police
oversight investigation, a profile told over many paragraphs) (issues 9 and 10), written in session 26 by "set-i",
unseen: appositives and relative clauses between subject and cue, the speaker after the cue, quotations running over
paragraphs, partial quotations inside reported speech, several speakers of one sex and role per story, speakers
reintroduced by surname, title, description and pronoun across other people's paragraphs, cues other than "said"
("argued", "conceded", "insisted", "according to", "citing", documents that "show", polls that "found", a letter
"obtained by"), and look-alikes that are no statements (markets, sport, "agreed to buy", questions, "did not say
whether", scare quotes, titles, slogans).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score); fields, "region" and 'START|END' contents as in build_h.py.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed the proposals" is a statement; "who has pleaded guilty" in a
relative clause is background, none.

usage: python3 ingest-service/tools/invented/build_i.py  (writes src/test/resources/eval/invented_i_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

PEOPLE = 'four people familiar with the matter'

doc('i01-wire-brandvik-pulp', 'Meridian Wire', '2026-11-30', '''
EXCLUSIVE-Brandvik Paper explores sale of pulp unit as activist pressure mounts -sources

By Karin Holmqvist and Dev Raman

STOCKHOLM/NEW YORK, Nov 30 (Meridian Wire) - Brandvik Paper AB, the Nordic packaging group that has been under pressure from activist investor Corvus Capital since the spring, is exploring a sale of its pulp division that could value the business at about $3 billion including debt, according to four people familiar with the matter.

The company has hired investment bank Lindqvist Partners to sound out potential buyers, including Canadian rival Northline Fibre and at least two private equity firms, the sources said, speaking on condition of anonymity because the deliberations are confidential.

A deal is not certain and Brandvik could still decide to keep the unit, which runs three mills in northern Sweden and one in Finland, the people cautioned. One of them said the board was expected to review first-round bids in late January.

Brandvik declined to comment. Northline did not respond to a request for comment, and Lindqvist Partners said it does not comment on client matters.

Shares in Brandvik jumped as much as 7.4% in Stockholm after the report before closing up 5.1% at 212.40 crowns, their biggest one-day gain since March. The stock had lost almost a fifth of its value this year as pulp prices slumped, and the wider Nordic paper index added 1.2% on Monday.

Corvus, which owns about 6% of Brandvik and has two seats on its board, argued in a letter to shareholders in May that the pulp business was "a cyclical drag on a good packaging company" and should be sold or spun off. Corvus founder Adrian Mallory has repeatedly said the group's shares trade at a discount of more than 30% to their peers because of the unit.

"We have been patient. The board has had seven months to come up with a plan, and a sale process is the least we expected," Mallory said in an emailed statement on Tuesday, adding that Corvus would "judge the board by the price, not the process."

Brandvik Chief Executive Sofia Engdahl told analysts in October that the company was "open to all options" for the division but that she saw no reason to sell "at the bottom of the cycle." Asked on that call whether a spin-off was being studied, she said only that the board "reviews the portfolio continuously."

Northline, which agreed to buy a smaller Finnish mill from Kaskinen Group for $410 million last year, is widely considered the most logical buyer. Its chief executive, Graham Tessier, said in September that the company had "the balance sheet to be opportunistic" in Europe, but he did not say whether it was looking at specific assets.

Two of the sources said private equity interest had been stronger than the company expected, in part because buyers are betting on a recovery in pulp prices in 2027. A third, however, said any bid from a financial buyer would likely come in below the $3 billion the board was hoping for, given the mills' energy costs.

"It's a good asset at a bad moment," said Lars-Erik Vinter, a portfolio manager at Skarholmen Fonder, which holds Brandvik shares. "If they sell now, they have to be honest with shareholders about why."

Pulp prices have fallen about 25% from their 2025 peak as new capacity in South America came on stream, and Brandvik's pulp unit swung to an operating loss of 210 million crowns in the third quarter, according to the company's latest quarterly report.

Analysts at Hedlund Securities estimated in a note on Monday that a sale at $3 billion would allow Brandvik to cut its net debt by almost half and still pay a special dividend. They kept their "buy" rating on the stock.

(Reporting by Karin Holmqvist in Stockholm and Dev Raman in New York; Editing by Tom Ashby)
''',
    s(PEOPLE, 'sources', 'Brandvik Paper explores sale of pulp unit as activist pressure mounts', ''),
    s(PEOPLE, PEOPLE, 'Brandvik Paper AB, the Nordic packaging group|about $3 billion including debt', 'according to'),
    s(PEOPLE, 'the sources', 'The company has hired investment bank Lindqvist Partners|at least two private equity firms', 'said'),
    s(PEOPLE, 'the people', 'A deal is not certain and Brandvik could still decide to keep the unit, which runs three mills in northern Sweden and one in Finland', 'cautioned'),
    s('One of them', 'One of them', 'the board was expected to review first-round bids in late January', 'said'),
    s('Lindqvist Partners', 'Lindqvist Partners', 'it does not comment on client matters', 'said'),
    s('Corvus Capital', 'Corvus, which owns about 6% of Brandvik and has two seats on its board', 'the pulp business was "a cyclical drag on a good packaging company" and should be sold or spun off', 'argued', 'mixed'),
    s('Adrian Mallory', 'Corvus founder Adrian Mallory', "the group's shares trade at a discount of more than 30% to their peers because of the unit", 'said', role='Corvus founder'),
    s('Adrian Mallory', 'Mallory', '"We have been patient.|the least we expected,"', 'said', 'direct', role='Corvus founder'),
    s('Adrian Mallory', 'Mallory', 'Corvus would "judge the board by the price, not the process."', 'adding', 'mixed', role='Corvus founder'),
    s('Sofia Engdahl', 'Brandvik Chief Executive Sofia Engdahl', 'the company was "open to all options" for the division but that she saw no reason to sell "at the bottom of the cycle."', 'told', 'mixed', role='Brandvik Chief Executive'),
    s('Sofia Engdahl', 'she', 'the board "reviews the portfolio continuously."', 'said', 'mixed', role='Brandvik Chief Executive'),
    s('Graham Tessier', 'Its chief executive, Graham Tessier', 'the company had "the balance sheet to be opportunistic" in Europe', 'said', 'mixed', role='chief executive'),
    s('Two of the sources', 'Two of the sources', 'private equity interest had been stronger than the company expected|recovery in pulp prices in 2027', 'said'),
    s('A third', 'A third', 'any bid from a financial buyer would likely come in below the $3 billion|energy costs', 'said'),
    s('Lars-Erik Vinter', 'Lars-Erik Vinter, a portfolio manager at Skarholmen Fonder, which holds Brandvik shares', '"It\'s a good asset at a bad moment,"', 'said', 'direct', role='portfolio manager at Skarholmen Fonder'),
    s('Lars-Erik Vinter', '', '"If they sell now, they have to be honest with shareholders about why."', '', 'direct', role='portfolio manager at Skarholmen Fonder'),
    s('Brandvik Paper AB', "the company's latest quarterly report", 'Pulp prices have fallen about 25% from their 2025 peak|in the third quarter', 'according to'),
    s('Analysts at Hedlund Securities', 'Analysts at Hedlund Securities', 'a sale at $3 billion would allow Brandvik to cut its net debt by almost half and still pay a special dividend', 'estimated'),
)

GRUSHKO = 'Velmarian Deputy Prime Minister'

doc('i02-agency-velmar-grain', 'VESTA', '2026-11-29', '''
Economy  Politics  World  Society  Sport  Photo
29 NOV, 14:52 | Updated 29 NOV, 15:20

Velmar not planning to leave grain corridor but wants guarantees for its ships — deputy PM

The Velmarian side is ready to continue talks in Istrabad if its vessels are no longer searched at sea, Anatol Grushko told the newspaper Dnevnik Vremeni

MORAVSK, November 29. /VESTA/. Velmar has no plans to withdraw from the Black Bay grain corridor agreement, but it will insist on written guarantees that its vessels will not be stopped and inspected in neutral waters, Velmarian Deputy Prime Minister Anatol Grushko told the newspaper Dnevnik Vremeni in an interview published on Sunday.

"We are not slamming the door. The corridor works, grain is moving, and farmers on both sides of the bay are earning money. But we cannot accept a situation in which our ships are stopped at sea and searched for nine hours, as happened twice in October," the deputy prime minister said.

According to him, Moravsk handed a draft of such guarantees to the mediators in Istrabad two weeks ago and expects an answer "within weeks, not months." Grushko did not specify which of the mediators had received the document.

The official recalled that Velmar had shipped 4.2 million tonnes of grain through the corridor since July, "more than in the whole of last year," and that the bulk of it had gone to buyers in the Southern Mediterranean.

Asked whether Velmar would agree to international inspectors on board its ships, Grushko said this was "a question for the next stage" that would depend on "how our partners behave now."

In his words, European buyers are interested in keeping the corridor open "whatever their politicians say in public." "Our traders get calls every day from Aldport and Wessing. Nobody there wants the corridor closed," he noted.

Earlier, the Istrabad Foreign Ministry said the October inspections had been carried out "in full compliance" with the agreement, citing suspicions that two of the vessels were carrying dual-use goods. Moravsk has rejected that explanation.

Kremna-based political analyst Viktor Salo told VESTA that the interview was "a signal to Istrabad rather than to the European capitals." "Grushko is the one who negotiated the corridor in 2024. When he speaks about it, it is the government speaking," the expert said.

Share  Telegram  VK  Copy link

Read also
Velmarian grain exports up 18% in ten months — ministry
Istrabad says inspections of grain ships will continue
Grushko to head Velmarian delegation at Kresna energy forum

Tags: Velmar, Grain corridor, Anatol Grushko
''',
    s('Anatol Grushko', 'deputy PM', 'Velmar not planning to leave grain corridor but wants guarantees for its ships', '', role=GRUSHKO),
    s('Anatol Grushko', 'Anatol Grushko', 'The Velmarian side is ready to continue talks in Istrabad if its vessels are no longer searched at sea', 'told', role=GRUSHKO),
    s('Anatol Grushko', 'Velmarian Deputy Prime Minister Anatol Grushko', 'Velmar has no plans to withdraw from the Black Bay grain corridor agreement|inspected in neutral waters', 'told', role=GRUSHKO),
    s('Anatol Grushko', 'the deputy prime minister', '"We are not slamming the door.|as happened twice in October,"', 'said', 'direct', role=GRUSHKO),
    s('Anatol Grushko', 'him', 'Moravsk handed a draft of such guarantees|"within weeks, not months."', 'According to', 'mixed', role=GRUSHKO),
    s('Anatol Grushko', 'The official', 'Velmar had shipped 4.2 million tonnes of grain|buyers in the Southern Mediterranean', 'recalled', 'mixed', role=GRUSHKO),
    s('Anatol Grushko', 'Grushko', 'this was "a question for the next stage" that would depend on "how our partners behave now."', 'said', 'mixed', role=GRUSHKO),
    s('Anatol Grushko', 'his', 'European buyers are interested in keeping the corridor open "whatever their politicians say in public."', 'In his words', 'mixed', role=GRUSHKO),
    s('Anatol Grushko', 'he', '"Our traders get calls every day from Aldport and Wessing. Nobody there wants the corridor closed,"', 'noted', 'direct', role=GRUSHKO),
    s('the Istrabad Foreign Ministry', 'the Istrabad Foreign Ministry', 'the October inspections had been carried out "in full compliance" with the agreement', 'said', 'mixed'),
    s('the Istrabad Foreign Ministry', 'the Istrabad Foreign Ministry', 'suspicions that two of the vessels were carrying dual-use goods', 'citing'),
    s('Moravsk', 'Moravsk', 'that explanation', 'rejected'),
    s('Viktor Salo', 'Kremna-based political analyst Viktor Salo', 'the interview was "a signal to Istrabad rather than to the European capitals."', 'told', 'mixed', role='political analyst'),
    s('Viktor Salo', 'the expert', '"Grushko is the one who negotiated the corridor in 2024. When he speaks about it, it is the government speaking,"', 'said', 'direct', role='political analyst'),
    s('ministry', 'ministry', 'Velmarian grain exports up 18% in ten months', '', region='related'),
    s('Istrabad', 'Istrabad', 'inspections of grain ships will continue', 'says', region='related'),
)

ORESKO = 'President of Velmar'
VESELIN = 'President of the Republic of Sarvenia'

doc('i03-readout-velmar-sarvenia-call', 'Office of the President of Velmar', '2026-11-28', '''
Telephone conversation with President of the Republic of Sarvenia Marko Veselin

November 28, 2026 | 17:40 | Moravsk

President of Velmar Dragan Oresko had a telephone conversation with President of the Republic of Sarvenia Marko Veselin.

The call was made at the initiative of the Sarvenian side.

The heads of state discussed topical issues of Velmarian-Sarvenian trade and economic cooperation, noting with satisfaction the steady growth in mutual trade, which exceeded $6 billion in the first nine months of the year.

Marko Veselin informed his counterpart about preparations for the referendum on constitutional amendments scheduled for February. Dragan Oresko expressed hope that the vote would be held calmly and would strengthen the stability of the friendly country.

Particular attention was paid to the implementation of joint energy projects, including the construction of the second unit of the Kresna nuclear power plant. The Velmarian President stressed that the project remained a priority and that Velmarian contractors would meet all their obligations on schedule, despite what he called "artificial obstacles" created by third countries.

The Sarvenian leader, for his part, thanked the Velmarian side for supplies of fertiliser and fuel at preferential prices and said Sarvenia "will not take part in any initiatives directed against Velmar, whoever proposes them."

The two presidents exchanged views on the situation in the Black Bay region. Dragan Oresko outlined Velmar's principled approaches to a settlement, emphasising that any agreements must take into account the legitimate security interests of all the states of the region, "and not only of those who shout the loudest."

It was agreed to continue contacts at various levels. Marko Veselin confirmed his intention to attend the summit of the Eastern Partnership Council in Moravsk in April.

The President of Velmar also congratulated his Sarvenian counterpart on his upcoming 60th birthday and wished him good health.
''',
    s('Dragan Oresko and Marko Veselin', 'The heads of state', 'the steady growth in mutual trade, which exceeded $6 billion in the first nine months of the year', 'noting with satisfaction'),
    s('Dragan Oresko', 'Dragan Oresko', 'the vote would be held calmly and would strengthen the stability of the friendly country', 'expressed hope', role=ORESKO),
    s('Dragan Oresko', 'The Velmarian President', 'the project remained a priority and that Velmarian contractors|created by third countries', 'stressed', 'mixed', role=ORESKO),
    s('Dragan Oresko', 'he', '"artificial obstacles" created by third countries', 'called', 'mixed', role=ORESKO, nested=True, via='Dragan Oresko'),
    s('Marko Veselin', 'The Sarvenian leader', 'Sarvenia "will not take part in any initiatives directed against Velmar, whoever proposes them."', 'said', 'mixed', role=VESELIN),
    s('Dragan Oresko', 'Dragan Oresko', "Velmar's principled approaches to a settlement", 'outlined', role=ORESKO),
    s('Dragan Oresko', 'Dragan Oresko', 'any agreements must take into account the legitimate security interests|"and not only of those who shout the loudest."', 'emphasising', 'mixed', role=ORESKO),
    s('Marko Veselin', 'Marko Veselin', 'his intention to attend the summit of the Eastern Partnership Council in Moravsk in April', 'confirmed', role=VESELIN),
)

MARWICK = 'Prime Minister'
KAYA = 'Prime Minister of the Republic of Tirania'

doc('i04-readout-aldenia-tirania-talks', 'Office of the Prime Minister of Aldenia', '2026-12-03', '''
Prime Minister Marwick holds talks with Prime Minister of Tirania Osman Kaya

3 December 2026 | Press release | Foreign affairs

Prime Minister Ilse Marwick today welcomed Prime Minister of the Republic of Tirania Osman Kaya to Halden for the fourth round of the Aldenia-Tirania High-Level Dialogue.

The two Prime Ministers reviewed progress since their last meeting in Kesra in March and agreed that the relationship had "moved from ambition to delivery".

Prime Minister Marwick said Aldenia and Tirania were natural partners in the energy transition and set out four priorities for the coming year:

- a framework agreement on green hydrogen, to be signed before the end of the first quarter of 2027;
- doubling the number of Tirani students at Aldenian universities by 2030;
- a joint fund of 500 million euros for small and medium-sized enterprises;
- closer cooperation between the two countries' coast guards in the Southern Strait.

Prime Minister Kaya welcomed the proposals and noted that Aldenian companies were now the third-largest investors in Tirania. He underlined his government's commitment to:

- completing the Kesra-Vorn railway upgrade on schedule;
- simplifying visa procedures for Aldenian business travellers;
- protecting Aldenian investments "under the same rules as domestic ones".

The sides discussed regional security, including the situation in the Southern Strait. Both leaders condemned the attack on the commercial vessel Marisol on 22 November and called for a full and transparent investigation.

The Prime Minister raised the case of an Aldenian national detained in Vorn since August. Prime Minister Kaya said the authorities would provide consular access "as soon as the investigation allows".

The sides agreed:

- to launch negotiations on an agreement on the mutual protection of investments in 2027;
- that the fifth round of the High-Level Dialogue will take place in Tirania in the autumn of 2027;
- to establish a working group on migration, which will meet for the first time in February.

The Prime Ministers witnessed the signing of three memoranda of understanding, on renewable energy, higher education and customs cooperation.

A joint statement will be published later today.

Share this page
Print
''',
    s('Ilse Marwick and Osman Kaya', 'The two Prime Ministers', 'the relationship had "moved from ambition to delivery"', 'agreed', 'mixed'),
    s('Ilse Marwick', 'Prime Minister Marwick', 'Aldenia and Tirania were natural partners in the energy transition', 'said', role=MARWICK),
    s('Ilse Marwick', 'Prime Minister Marwick', 'a framework agreement on green hydrogen, to be signed before the end of the first quarter of 2027;', 'set out', role=MARWICK),
    s('Ilse Marwick', 'Prime Minister Marwick', 'doubling the number of Tirani students at Aldenian universities by 2030;', 'set out', role=MARWICK),
    s('Ilse Marwick', 'Prime Minister Marwick', 'a joint fund of 500 million euros for small and medium-sized enterprises;', 'set out', role=MARWICK),
    s('Ilse Marwick', 'Prime Minister Marwick', "closer cooperation between the two countries' coast guards in the Southern Strait.", 'set out', role=MARWICK),
    s('Osman Kaya', 'Prime Minister Kaya', 'the proposals', 'welcomed', role=KAYA),
    s('Osman Kaya', 'Prime Minister Kaya', 'Aldenian companies were now the third-largest investors in Tirania', 'noted', role=KAYA),
    s('Osman Kaya', 'He', 'completing the Kesra-Vorn railway upgrade on schedule;', 'underlined', role=KAYA),
    s('Osman Kaya', 'He', 'simplifying visa procedures for Aldenian business travellers;', 'underlined', role=KAYA),
    s('Osman Kaya', 'He', 'protecting Aldenian investments "under the same rules as domestic ones".', 'underlined', 'mixed', role=KAYA),
    s('Ilse Marwick and Osman Kaya', 'Both leaders', 'the attack on the commercial vessel Marisol on 22 November', 'condemned'),
    s('Ilse Marwick and Osman Kaya', 'Both leaders', 'a full and transparent investigation', 'called for'),
    s('Ilse Marwick', 'The Prime Minister', 'the case of an Aldenian national detained in Vorn since August', 'raised', role=MARWICK),
    s('Osman Kaya', 'Prime Minister Kaya', 'the authorities would provide consular access "as soon as the investigation allows"', 'said', 'mixed', role=KAYA),
    s('Ilse Marwick and Osman Kaya', 'The sides', 'to launch negotiations on an agreement on the mutual protection of investments in 2027;', 'agreed'),
    s('Ilse Marwick and Osman Kaya', 'The sides', 'the fifth round of the High-Level Dialogue will take place in Tirania in the autumn of 2027;', 'agreed'),
    s('Ilse Marwick and Osman Kaya', 'The sides', 'to establish a working group on migration, which will meet for the first time in February.', 'agreed'),
)

TANG = 'Foreign Ministry Spokesperson'

doc('i05-transcript-qirin-mfa', 'Ministry of Foreign Affairs of the Republic of Qirin', '2026-12-02', '''
Foreign Ministry Spokesperson Tang Yuwen's Regular Press Conference on December 2, 2026

Updated: 2026-12-02 19:05

Tang Yuwen: At the invitation of Foreign Minister Lu Shaoqing, Foreign Minister of the Republic of Tirania Deniz Arslan will pay an official visit to Qirin from December 5 to 8. During the visit, the two foreign ministers will co-chair the third meeting of the Qirin-Tirania intergovernmental committee and exchange views on bilateral relations and international and regional issues of common concern.

Tirania is an important partner of Qirin in the Southern Strait region. Over the past year, our trade has grown by more than 20 percent, and the first phase of the Vorn deep-water port, built by Qirin companies, has been put into operation. We believe the visit will inject new impetus into our practical cooperation.

Kestrel News Agency: The Tiranian coast guard said on Monday that a Qirin fishing fleet of more than 40 vessels had entered its exclusive economic zone near the Marisol Bank and refused to leave. What's your response?

Tang Yuwen: I have noted the relevant report. What I can tell you is that the Qirin fishing vessels concerned were operating in traditional fishing grounds in accordance with the law, and the competent authorities have been in close communication with the Tiranian side on this.

The waters around the Marisol Bank have been fishing grounds for Qirin fishermen for generations. This is a historical fact that no one can deny. At the same time, we have always advocated properly handling maritime issues through friendly consultation, and we do not want to see this matter hyped up or used by certain countries outside the region to sow discord.

I would also like to point out that the two sides agreed last year to establish a hotline between their fisheries authorities. That mechanism exists precisely so that such matters can be settled quietly and quickly, and we hope it will be used.

Harbour Daily: Will Foreign Minister Arslan raise the issue during his visit?

Tang Yuwen: The two foreign ministers will have an in-depth exchange of views on all issues of mutual interest. I will not prejudge the content of their talks.

Channel 9 Aldenia: The Aldenian Defence Ministry said in a report published yesterday that Qirin had tripled the number of naval patrols in the Southern Strait this year, and an Aldenian lawmaker described this as "a deliberate show of force." Do you have any comment?

Tang Yuwen: The so-called report is full of Cold War thinking and ideological bias. The normal activities of the Qirin navy are carried out in accordance with international law and pose no threat to any country.

As President Han Wenjie has stated on many occasions, Qirin is committed to peaceful development and will never seek hegemony or expansion. It is not Qirin that is sending aircraft carriers thousands of kilometers from its shores to the region, and it is not Qirin that is holding military exercises on other people's doorsteps.

We urge the relevant country to stop making irresponsible remarks and do more things that are conducive to regional peace and stability, rather than the opposite.

Southern Post: A follow-up question. Some analysts believe the patrols are linked to the upcoming elections in Tirania. Is there any truth in that?

Tang Yuwen: I do not comment on speculation of this kind. Qirin does not interfere in the internal affairs of other countries. This is a basic principle of our foreign policy.

Reuben Wire: Aldenian media reported that an Aldenian citizen working for a Qirin technology company had been detained in Huaxin last month. Can you confirm this and tell us what he is accused of?

Tang Yuwen: I am not aware of the specific situation you mentioned. Qirin is a country under the rule of law. Foreign citizens in Qirin enjoy the protection of their legitimate rights and interests in accordance with the law, and they must also abide by Qirin laws. If there is information, we will release it in due course.

If there are no more questions, today's press conference is concluded. Thank you.
''',
    s('Tang Yuwen', 'Tang Yuwen', 'At the invitation of Foreign Minister Lu Shaoqing|inject new impetus into our practical cooperation.', '', role=TANG),
    s('the Tiranian coast guard', 'The Tiranian coast guard', 'a Qirin fishing fleet of more than 40 vessels had entered its exclusive economic zone near the Marisol Bank and refused to leave', 'said'),
    s('Tang Yuwen', 'Tang Yuwen', 'I have noted the relevant report. What I can tell you|and we hope it will be used.', '', role=TANG),
    s('Qirin and Tirania', 'the two sides', 'to establish a hotline between their fisheries authorities', 'agreed', nested=True, via='Tang Yuwen'),
    s('Tang Yuwen', 'Tang Yuwen', 'The two foreign ministers will have an in-depth exchange|the content of their talks.', '', role=TANG),
    s('The Aldenian Defence Ministry', 'The Aldenian Defence Ministry', 'Qirin had tripled the number of naval patrols in the Southern Strait this year', 'said'),
    s('an Aldenian lawmaker', 'an Aldenian lawmaker', 'this as "a deliberate show of force."', 'described', 'mixed'),
    s('Tang Yuwen', 'Tang Yuwen', 'The so-called report is full of Cold War thinking|rather than the opposite.', '', role=TANG),
    s('Han Wenjie', 'President Han Wenjie', 'Qirin is committed to peaceful development and will never seek hegemony or expansion', 'stated', role='President', nested=True, via='Tang Yuwen'),
    s('Tang Yuwen', 'We', 'the relevant country to stop making irresponsible remarks|rather than the opposite', 'urge', role=TANG, nested=True, via='Tang Yuwen'),
    s('Some analysts', 'Some analysts', 'the patrols are linked to the upcoming elections in Tirania', 'believe'),
    s('Tang Yuwen', 'Tang Yuwen', 'I do not comment on speculation of this kind.|a basic principle of our foreign policy.', '', role=TANG),
    s('Aldenian media', 'Aldenian media', 'an Aldenian citizen working for a Qirin technology company had been detained in Huaxin last month', 'reported'),
    s('Tang Yuwen', 'Tang Yuwen', 'I am not aware of the specific situation you mentioned.|press conference is concluded. Thank you.', '', role=TANG),
)

doc('i06-scraped-wire-mine-rescue', 'Northern Ledger (The Canadian Wire)', '2026-12-01', '''
Skip to main content
NORTHERN LEDGER
News | Local | Business | Opinion | Sports | Obituaries | E-Edition
Subscribe  Sign in

NEWS / CANADA

Ten miners rescued after 30 hours underground at Kessock Lake; cause of collapse unknown, company says

By The Canadian Wire
Published Dec. 1, 2026 | Updated 2 hours ago
4 min read

Share on Facebook  Share on X  Email  Copy link

Rescue crews lead a miner out of the Kessock Lake mine on Monday night. (The Canadian Wire/Rachel Ouimet)

KESSOCK LAKE — All 10 miners trapped for more than 30 hours by a rockfall at a nickel mine in northern Ashgrove were brought to the surface late Monday, tired and hungry but without serious injuries, the mine's operator said.

The workers had sheltered in a refuge station about 1,100 metres below the surface after part of a haulage drift collapsed early Sunday, cutting them off from the main shaft, Tarrow Mining Corp. said in a statement shortly after 11 p.m.

"They walked out on their own two feet, every one of them," Nadine Gauvreau, the company's vice-president of operations, told reporters at the mine gate, her voice breaking. "I have been in this industry for 26 years and I have never been so happy to count to ten."

The company did not say what caused the collapse. Gauvreau said it was "far too early" to speculate and that the province's mining inspectors were already on site.

Relatives had waited through the night at the community hall in Kessock Lake, a town of about 2,300 people some 280 kilometres north of Port Vallis. Among them was Josée Lambert, whose 24-year-old son, Mathieu, was on his first underground rotation.

"He texted me Saturday that he was finally going down," Lambert said. "Then nothing. You don't sleep. You just watch the door."

The rescue was led by two mine rescue teams that cleared about 40 metres of rock by hand and with a remote-controlled loader, according to Ashgrove's Ministry of Mines. Labour Minister Craig Doucette, who flew to the site on Monday, praised the teams' "extraordinary courage" and said the ministry would "follow the evidence wherever it leads."

The United Mine and Smelter Workers, which represents about 600 workers at the mine, has raised concerns about ground support in the older sections for at least two years, said Luc Perron, president of the union's Local 2210.

"We filed complaints. We have the letters. We were told the bolting program was on schedule," Perron said. "I want to know if it was."

Asked whether the company had received those complaints, a Tarrow spokesperson said in an email that all concerns raised through the joint health and safety committee "were reviewed and addressed," but did not provide details.

Tarrow shares fell 3.8% on the Toronto Venture Exchange on Monday before recovering some ground after news of the rescue.

The mine produced about 19,000 tonnes of nickel last year. It was the province's third underground incident requiring a rescue since 2024.

— With files from Émilie Charest

Advertisement

Report an error  Journalistic standards  About The Canadian Wire

READ ALSO
'It could have been any of us': miners' families describe the long wait
Union says it warned about Kessock Lake ground support in 2025 letter
Opinion: Ashgrove's mine inspectors are stretched too thin

TRENDING
1. Port Vallis council approves 4.5% tax hike
2. Senators beat Huskies 4-2 as Aubin adds two goals

Sign up for the Morning Ledger newsletter
''',
    s('Tarrow Mining Corp.', 'company', 'cause of collapse unknown', 'says'),
    s('Tarrow Mining Corp.', "the mine's operator", 'All 10 miners trapped for more than 30 hours|without serious injuries', 'said'),
    s('Tarrow Mining Corp.', 'Tarrow Mining Corp.', 'The workers had sheltered in a refuge station|cutting them off from the main shaft', 'said'),
    s('Nadine Gauvreau', "Nadine Gauvreau, the company's vice-president of operations", '"They walked out on their own two feet, every one of them,"', 'told', 'direct', role='vice-president of operations'),
    s('Nadine Gauvreau', '', '"I have been in this industry for 26 years and I have never been so happy to count to ten."', '', 'direct', role='vice-president of operations'),
    s('Nadine Gauvreau', 'Gauvreau', 'it was "far too early" to speculate and that the province\'s mining inspectors were already on site', 'said', 'mixed', role='vice-president of operations'),
    s('Josée Lambert', 'Lambert', '"He texted me Saturday that he was finally going down,"', 'said', 'direct'),
    s('Mathieu', 'He', 'he was finally going down', 'texted', nested=True, via='Josée Lambert'),
    s('Josée Lambert', '', '"Then nothing. You don\'t sleep. You just watch the door."', '', 'direct'),
    s("Ashgrove's Ministry of Mines", "Ashgrove's Ministry of Mines", 'The rescue was led by two mine rescue teams|a remote-controlled loader', 'according to'),
    s('Craig Doucette', 'Labour Minister Craig Doucette, who flew to the site on Monday', 'the teams\' "extraordinary courage"', 'praised', 'mixed', role='Labour Minister'),
    s('Craig Doucette', 'Labour Minister Craig Doucette, who flew to the site on Monday', 'the ministry would "follow the evidence wherever it leads."', 'said', 'mixed', role='Labour Minister'),
    s('Luc Perron', "Luc Perron, president of the union's Local 2210", 'The United Mine and Smelter Workers, which represents about 600 workers at the mine, has raised concerns|for at least two years', 'said', role="president of the union's Local 2210"),
    s('The United Mine and Smelter Workers', 'The United Mine and Smelter Workers', 'concerns about ground support in the older sections', 'raised', nested=True, via='Luc Perron'),
    s('Luc Perron', 'Perron', '"We filed complaints. We have the letters. We were told the bolting program was on schedule,"', 'said', 'direct', role="president of the union's Local 2210"),
    s('Luc Perron', '', '"I want to know if it was."', '', 'direct', role="president of the union's Local 2210"),
    s('a Tarrow spokesperson', 'a Tarrow spokesperson', 'all concerns raised through the joint health and safety committee "were reviewed and addressed,"', 'said', 'mixed', role='spokesperson'),
    s("miners' families", "miners' families", "'It could have been any of us'", '', 'direct', region='related'),
    s("miners' families", "miners' families", 'the long wait', 'describe', region='related'),
    s('Union', 'Union', 'it warned about Kessock Lake ground support in 2025 letter', 'says', region='related'),
)

HAN = 'Councilwoman'
SOLIS = 'Councilwoman'
ADEBAYO = 'Metro Transit Authority Chief Executive'

doc('i07-news-harborview-bus-overhaul', 'Harborview Ledger', '2026-12-02', '''
Bus overhaul splits council as east-side riders pack City Hall

Transit chief calls redesign 'painful but necessary'; critics say it abandons the neighborhoods that need buses most

By Colleen Marsh-Ortega
Staff Writer

HARBORVIEW — For nearly four hours Tuesday night, the people who ride the No. 14 bus took turns at the microphone in the council chambers, some holding hand-lettered signs that read "Save the 14" and "Buses are not a luxury," to tell the City Council what the Metro Transit Authority's proposed route overhaul would mean for them.

Most of it was not kind.

"You are taking away the only bus that gets me to my shift at 5:40 in the morning," said Denise Alvarado, 44, a nursing assistant at Eastside General who has ridden the 14 for 12 years. "You want me to walk 20 minutes in the dark to a transfer point. I'm asking you: would you?"

The plan, which the authority has branded "Network Forward," would eliminate or merge 11 of the city's 38 routes and shift buses to five corridors with service every 10 minutes, and it would leave about 6,400 riders more than a quarter-mile from a stop, according to the authority's own projections.

Metro Transit Authority Chief Executive Warren Adebayo-Kline, who took over the agency in 2024 after two years of falling ridership and a $41 million operating deficit, defended the plan as "painful but necessary" and argued that the current network spreads too few buses over too many miles.

"We are running a 1970s map with a 2026 budget," Adebayo-Kline told the council. "If we keep doing that, every route gets worse, slowly, and nobody notices until it's gone."

He conceded that some riders would be worse off, but insisted that nine in 10 would see shorter waits.

That figure drew skepticism from Councilwoman Beatrice Han-Moreau, who represents much of the east side and who asked the authority in September to release the ridership data behind it. The data, she said, arrived on Monday afternoon, less than 30 hours before the meeting.

"I have a staff of three. We were up until 2 a.m. reading spreadsheets," Han-Moreau said. "And what they show is that the people who lose the most are older, poorer and more likely to be Black or Latino than the people who gain."

An analysis commissioned by the authority from the consulting firm Halvard & Stone, released in October, found that average wait times would fall by about a third across the system but that travel times for riders in three east-side ZIP codes would rise by an average of nine minutes each way.

Councilwoman Renata Solis, who chairs the council's transportation committee and has been the plan's most consistent supporter on the dais, said the analysis had been "cherry-picked" by opponents. The nine-minute figure, she argued, assumed riders would walk to the nearest new stop rather than take the on-demand van service the authority plans to add.

"Nobody is pretending this is free," said Solis, a former bus driver herself. "But the status quo is not free either. The status quo is a bus that comes every 40 minutes, when it comes."

Han-Moreau, who has clashed with Solis over the budget twice this year, was not persuaded. The vans, she noted, would run only on weekdays and only until 8 p.m.

The exchange between the two councilwomen, both Democrats who were elected in the same 2021 race, grew sharp at times. At one point Solis asked Han-Moreau whether she had "an alternative or just an objection"; Han-Moreau replied that she had sent the authority three alternatives and "received zero answers."

Tomas Reyes-Lindqvist, a spokesman for the authority, said in an interview Wednesday that staff had reviewed the alternatives and that "elements of two of them" had been folded into the final draft. He did not say which.

Among the most pointed critics was Marguerite Osei-Bonsu, who ran the city's transportation office for 11 years before she was reassigned in a 2019 shake-up that her allies still call political. Osei-Bonsu, now a lecturer in urban planning at Harborview State, said the authority was repeating "the oldest mistake in transit planning: designing for the riders you wish you had."

"Frequency is wonderful if you can reach it," she said. "If you're 78 with a bad hip, a bus every 10 minutes half a mile away is not a bus."

The transit workers' union is also split. In a letter to the authority's board obtained by the Harborview Ledger, the president of Amalgamated Transit Union Local 1190, Rick Szabo, wrote that the union "supports more frequent service in principle" but warned that the plan's reliance on split shifts would make it "impossible to recruit the 90 drivers you say you need."

Szabo did not respond to calls Wednesday. A union steward who drives the 14 and who asked not to be named because he was not authorized to speak for the local said many drivers liked the idea of straighter routes. "We're not the enemy of this," he said. "We just want it to be drivable."

Mayor Gil Haskett, who appoints four of the authority's nine board members, has stayed publicly neutral. His spokeswoman, Priya Natarajan, said in a statement that the mayor "has heard the concerns of east-side residents loud and clear" and expected the board to "take them seriously." Asked whether Haskett would ask his appointees to delay the vote, she said the mayor "does not direct board members how to vote."

The council has no direct power over the authority's routes, but it controls about $18 million of its annual subsidy. Han-Moreau has filed a resolution asking the board to postpone its Dec. 18 vote until after a public hearing in every affected neighborhood; Solis said she would vote against it.

Outside City Hall after the meeting, Kwame Boateng, 71, waited 25 minutes for a 14 that never came. He said he had not understood most of what was said inside. "They talk about corridors," he said. "I live on Delmont Street. Is there a bus on Delmont Street or not?"

Under the current draft, there is not. On the authority's map, the nearest stop is six blocks away.
''',
    s('Warren Adebayo-Kline', 'Transit chief', "redesign 'painful but necessary'", 'calls', 'mixed', role=ADEBAYO),
    s('critics', 'critics', 'it abandons the neighborhoods that need buses most', 'say'),
    s('Denise Alvarado', 'Denise Alvarado, 44, a nursing assistant at Eastside General who has ridden the 14 for 12 years', '"You are taking away the only bus that gets me to my shift at 5:40 in the morning,"', 'said', 'direct', role='nursing assistant at Eastside General'),
    s('Denise Alvarado', '', '"You want me to walk 20 minutes in the dark to a transfer point. I\'m asking you: would you?"', '', 'direct', role='nursing assistant at Eastside General'),
    s("the authority's own projections", "the authority's own projections", 'it would leave about 6,400 riders more than a quarter-mile from a stop', 'according to'),
    s('Warren Adebayo-Kline', 'Metro Transit Authority Chief Executive Warren Adebayo-Kline, who took over the agency in 2024 after two years of falling ridership and a $41 million operating deficit', 'the plan as "painful but necessary"', 'defended', 'mixed', role=ADEBAYO),
    s('Warren Adebayo-Kline', 'Metro Transit Authority Chief Executive Warren Adebayo-Kline, who took over the agency in 2024 after two years of falling ridership and a $41 million operating deficit', 'the current network spreads too few buses over too many miles', 'argued', role=ADEBAYO),
    s('Warren Adebayo-Kline', 'Adebayo-Kline', '"We are running a 1970s map with a 2026 budget,"', 'told', 'direct', role=ADEBAYO),
    s('Warren Adebayo-Kline', '', '"If we keep doing that, every route gets worse, slowly, and nobody notices until it\'s gone."', '', 'direct', role=ADEBAYO),
    s('Warren Adebayo-Kline', 'He', 'some riders would be worse off', 'conceded', role=ADEBAYO),
    s('Warren Adebayo-Kline', 'He', 'nine in 10 would see shorter waits', 'insisted', role=ADEBAYO),
    s('Beatrice Han-Moreau', 'Councilwoman Beatrice Han-Moreau, who represents much of the east side', 'the authority in September to release the ridership data behind it', 'asked', role=HAN),
    s('Beatrice Han-Moreau', 'she', ['The data', 'arrived on Monday afternoon|less than 30 hours before the meeting'], 'said', role=HAN),
    s('Beatrice Han-Moreau', 'Han-Moreau', '"I have a staff of three. We were up until 2 a.m. reading spreadsheets,"', 'said', 'direct', role=HAN),
    s('Beatrice Han-Moreau', '', '"And what they show is that the people who lose the most|than the people who gain."', '', 'direct', role=HAN),
    s('Halvard & Stone', 'An analysis commissioned by the authority from the consulting firm Halvard & Stone, released in October', 'average wait times would fall by about a third|nine minutes each way', 'found'),
    s('Renata Solis', "Councilwoman Renata Solis, who chairs the council's transportation committee and has been the plan's most consistent supporter on the dais", 'the analysis had been "cherry-picked" by opponents', 'said', 'mixed', role=SOLIS),
    s('Renata Solis', 'she', ['The nine-minute figure', 'assumed riders would walk|the authority plans to add'], 'argued', role=SOLIS),
    s('Renata Solis', 'Solis, a former bus driver herself', '"Nobody is pretending this is free,"', 'said', 'direct', role=SOLIS),
    s('Renata Solis', '', '"But the status quo is not free either. The status quo is a bus that comes every 40 minutes, when it comes."', '', 'direct', role=SOLIS),
    s('Beatrice Han-Moreau', 'she', ['The vans', 'would run only on weekdays|only until 8 p.m.'], 'noted', role=HAN),
    s('Beatrice Han-Moreau', 'Han-Moreau', 'she had sent the authority three alternatives and "received zero answers."', 'replied', 'mixed', role=HAN),
    s('Tomas Reyes-Lindqvist', 'Tomas Reyes-Lindqvist, a spokesman for the authority', 'staff had reviewed the alternatives and that "elements of two of them" had been folded into the final draft', 'said', 'mixed', role='spokesman for the authority'),
    s('her allies', 'her allies', 'political', 'call'),
    s('Marguerite Osei-Bonsu', 'Osei-Bonsu, now a lecturer in urban planning at Harborview State', 'the authority was repeating "the oldest mistake in transit planning: designing for the riders you wish you had."', 'said', 'mixed', role='lecturer in urban planning at Harborview State'),
    s('Marguerite Osei-Bonsu', 'she', '"Frequency is wonderful if you can reach it,"', 'said', 'direct', role='lecturer in urban planning at Harborview State'),
    s('Marguerite Osei-Bonsu', '', '"If you\'re 78 with a bad hip, a bus every 10 minutes half a mile away is not a bus."', '', 'direct', role='lecturer in urban planning at Harborview State'),
    s('Rick Szabo', 'the president of Amalgamated Transit Union Local 1190, Rick Szabo', 'the union "supports more frequent service in principle"', 'wrote', 'mixed', role='president of Amalgamated Transit Union Local 1190'),
    s('Rick Szabo', 'the president of Amalgamated Transit Union Local 1190, Rick Szabo', 'the plan\'s reliance on split shifts would make it "impossible to recruit the 90 drivers you say you need."', 'warned', 'mixed', role='president of Amalgamated Transit Union Local 1190'),
    s('A union steward who drives the 14', 'A union steward who drives the 14 and who asked not to be named because he was not authorized to speak for the local', 'many drivers liked the idea of straighter routes', 'said', role='union steward'),
    s('A union steward who drives the 14', 'he', '"We\'re not the enemy of this,"', 'said', 'direct', role='union steward'),
    s('A union steward who drives the 14', '', '"We just want it to be drivable."', '', 'direct', role='union steward'),
    s('Priya Natarajan', 'His spokeswoman, Priya Natarajan', 'the mayor "has heard the concerns of east-side residents loud and clear" and expected the board to "take them seriously."', 'said', 'mixed', role='spokeswoman'),
    s('Priya Natarajan', 'she', 'the mayor "does not direct board members how to vote."', 'said', 'mixed', role='spokeswoman'),
    s('a resolution', 'a resolution', 'the board to postpone its Dec. 18 vote until after a public hearing in every affected neighborhood', 'asking'),
    s('Renata Solis', 'Solis', 'she would vote against it', 'said', role=SOLIS),
    s('Kwame Boateng', 'He', 'he had not understood most of what was said inside', 'said'),
    s('Kwame Boateng', 'he', '"They talk about corridors,"', 'said', 'direct'),
    s('Kwame Boateng', '', '"I live on Delmont Street. Is there a bus on Delmont Street or not?"', '', 'direct'),
    s('the current draft', 'the current draft', 'there is not', 'Under'),
)

ABRAMOWITZ = 'Assistant District Attorney'
VASQUEZ = 'defense lawyer'
KOWAL = 'forensic accountant'

doc('i08-news-lakeview-fraud-trial', 'Ledger-Courier', '2026-12-01', '''
Ex-school finance chief 'hid in plain sight,' prosecutor tells jury as fraud trial opens

Defense says district's own sloppiness, not theft, explains missing $2.3 million

By Aaron Feldstein-Mbeki
Courts Reporter

LAKEVIEW — Howard Pell balanced the Greater Lakeview School District's books for 14 years, signed off on its audits and, in his spare time, wrote a self-published guide for small nonprofits titled "Every Dollar Tells a Story."

Prosecutors say some of those dollars told a story he never meant anyone to read.

In an opening statement that ran nearly two hours on Monday, Assistant District Attorney Joel Abramowitz told jurors that Pell, the district's former finance director, had steered $2.3 million in district money through a sham consulting firm between 2019 and 2024 and spent much of it on a lake house, a boat and his daughter's tuition at a private college out of state.

"He hid in plain sight," Abramowitz said, pacing in front of the jury box. "He was the man everyone went to when the numbers didn't add up. And for five years, the numbers didn't add up because he made sure they didn't."

Pell, 58, has pleaded not guilty to 23 counts, including theft by deception, money laundering and tampering with public records. If convicted on the most serious charge, he faces up to 20 years in prison.

His lawyer, Martin Vasquez-Rhee, offered jurors a very different account. The district, he argued, was "a financial mess long before Howard Pell got there and long after he left," with three superintendents in six years, no internal auditor and a board that, in his words, "approved whatever it was handed."

"You are going to hear a lot about a lake house," Vasquez-Rhee said. "What you are not going to hear is a single witness who saw Howard Pell take a dollar that wasn't his."

The consulting firm at the center of the case, Northgate Advisory LLC, was registered in 2018 to an address in Fairmont that turned out to be a mailbox rental store, according to the indictment. The indictment says the firm billed the district for "budget modernization services" 61 times and that no district employee interviewed by investigators could recall meeting anyone from it.

Bank records filed with the court show that most of the payments were moved within days to an account controlled by Pell's brother-in-law, Dale Renner, who has pleaded guilty to a single count of conspiracy and is expected to testify for the prosecution. Renner's lawyer did not return a call seeking comment.

Vasquez-Rhee had argued in a pretrial motion that evidence about the boat would "inflame the jury" and had little to do with the charges. Fitch disagreed, ruling on Monday morning that the purchase was "directly relevant to where the money went."

District officials first noticed the payments in 2024, when a newly hired controller, Ines Barragán, could not find a phone number for a vendor that had been paid $61,000 in a single month. Barragán, who now works for a neighboring district, is on the prosecution's witness list; reached by phone, she said she had been told not to discuss her testimony.

The first witness, forensic accountant Sandra Kowal, spent most of Monday afternoon walking jurors through a chart of the transfers, which she said she had assembled from more than 40,000 pages of bank statements.

Under cross-examination, Vasquez-Rhee asked Kowal whether she had found any document signed by Pell that authorized a payment to Northgate. She said she had not, but added that Pell's electronic approval appeared on 58 of the 61 invoices in the district's accounting system.

"Anyone with his password could have clicked that button, correct?" the defense lawyer asked.

"In theory," Kowal replied. "In practice, the log shows the approvals came from his office computer, during working hours, on days he was in the building."

Superior Court Judge Eleanor Fitch twice cut off the exchange, warning Vasquez-Rhee that he was "arguing, not asking." The judge has told both sides she expects the trial to last about three weeks.

Outside the courtroom, Alicia Brandt, who was the district's superintendent from 2017 until 2021 and who is expected to testify later this month, declined to discuss the case. But in a 2024 interview with the Ledger-Courier, shortly after Pell resigned, she said she had raised questions about the consulting invoices with the board's finance committee "more than once" and had been told the contract was "vetted."

The current board president, Lorraine Adjei, said in a statement that the district had since hired an internal auditor, moved all vendor payments to a system that requires two approvals and recovered about $410,000 from the sale of the boat. She did not say whether the district would seek the rest from Pell's pension.

Two women who sat behind the defense table, Pell's wife, Janet, and his sister, Carol, left without speaking to reporters.

Pell himself is not expected to testify, Vasquez-Rhee told reporters during a break, although he said the final decision would not be made until the prosecution rests.

Some parents who have followed the case say they are less interested in the verdict than in how it happened. Teresa Okwu, whose two sons attend Lakeview High, said the money could have paid for "six teachers for five years."

"Everyone keeps saying the system failed," Okwu said. "People run the system. I want to know which people."

The trial resumes Tuesday with testimony from a bank investigator.
''',
    s('Joel Abramowitz', 'prosecutor', "Ex-school finance chief 'hid in plain sight,'", 'tells', 'mixed', role=ABRAMOWITZ),
    s('Martin Vasquez-Rhee', 'Defense', "district's own sloppiness, not theft, explains missing $2.3 million", 'says', role=VASQUEZ),
    s('Prosecutors', 'Prosecutors', 'some of those dollars told a story he never meant anyone to read', 'say'),
    s('Joel Abramowitz', 'Assistant District Attorney Joel Abramowitz', "Pell, the district's former finance director, had steered $2.3 million|private college out of state", 'told', role=ABRAMOWITZ),
    s('Joel Abramowitz', 'Abramowitz', '"He hid in plain sight,"', 'said', 'direct', role=ABRAMOWITZ),
    s('Joel Abramowitz', '', '"He was the man everyone went to when the numbers didn\'t add up.|he made sure they didn\'t."', '', 'direct', role=ABRAMOWITZ),
    s('Howard Pell', 'Pell, 58', 'not guilty to 23 counts, including theft by deception, money laundering and tampering with public records', 'has pleaded', role="the district's former finance director"),
    s('Martin Vasquez-Rhee', 'His lawyer, Martin Vasquez-Rhee', 'a very different account', 'offered', role=VASQUEZ),
    s('Martin Vasquez-Rhee', 'he', ['The district', 'was "a financial mess long before Howard Pell got there|no internal auditor and a board that'], 'argued', 'mixed', role=VASQUEZ),
    s('Martin Vasquez-Rhee', 'his', '"approved whatever it was handed."', 'in his words', 'direct', role=VASQUEZ),
    s('Martin Vasquez-Rhee', 'Vasquez-Rhee', '"You are going to hear a lot about a lake house,"', 'said', 'direct', role=VASQUEZ),
    s('Martin Vasquez-Rhee', '', '"What you are not going to hear is a single witness|a dollar that wasn\'t his."', '', 'direct', role=VASQUEZ),
    s('the indictment', 'the indictment', 'The consulting firm at the center of the case, Northgate Advisory LLC,|a mailbox rental store', 'according to'),
    s('the indictment', 'The indictment', 'the firm billed the district for "budget modernization services" 61 times|recall meeting anyone from it', 'says', 'mixed'),
    s('Bank records filed with the court', 'Bank records filed with the court', "most of the payments were moved within days to an account controlled by Pell's brother-in-law, Dale Renner", 'show'),
    s('Martin Vasquez-Rhee', 'Vasquez-Rhee', 'evidence about the boat would "inflame the jury" and had little to do with the charges', 'had argued', 'mixed', role=VASQUEZ),
    s('Eleanor Fitch', 'Fitch', 'the purchase was "directly relevant to where the money went."', 'ruling', 'mixed', role='Superior Court Judge'),
    s('Ines Barragán', 'she', 'she had been told not to discuss her testimony', 'said', role='controller'),
    s('Sandra Kowal', 'she', 'she had assembled from more than 40,000 pages of bank statements', 'said', role=KOWAL),
    s('Sandra Kowal', 'She', 'she had not', 'said', role=KOWAL),
    s('Sandra Kowal', 'She', "Pell's electronic approval appeared on 58 of the 61 invoices in the district's accounting system", 'added', role=KOWAL),
    s('Sandra Kowal', 'Kowal', '"In theory,"', 'replied', 'direct', role=KOWAL),
    s('Sandra Kowal', '', '"In practice, the log shows|on days he was in the building."', '', 'direct', role=KOWAL),
    s('the log', 'the log', 'the approvals came from his office computer, during working hours, on days he was in the building', 'shows', nested=True, via='Sandra Kowal'),
    s('Eleanor Fitch', 'Superior Court Judge Eleanor Fitch', 'he was "arguing, not asking."', 'warning', 'mixed', role='Superior Court Judge'),
    s('Eleanor Fitch', 'The judge', 'she expects the trial to last about three weeks', 'has told', role='Superior Court Judge'),
    s('Alicia Brandt', 'she', 'she had raised questions about the consulting invoices with the board\'s finance committee "more than once" and had been told the contract was "vetted."', 'said', 'mixed', role="the district's superintendent", date='2024'),
    s('Lorraine Adjei', 'The current board president, Lorraine Adjei', 'the district had since hired an internal auditor|from the sale of the boat', 'said', role='board president'),
    s('Martin Vasquez-Rhee', 'Vasquez-Rhee', 'Pell himself is not expected to testify', 'told', role=VASQUEZ),
    s('Martin Vasquez-Rhee', 'he', 'the final decision would not be made until the prosecution rests', 'said', role=VASQUEZ),
    s('Some parents who have followed the case', 'Some parents who have followed the case', 'they are less interested in the verdict than in how it happened', 'say'),
    s('Teresa Okwu', 'Teresa Okwu, whose two sons attend Lakeview High', 'the money could have paid for "six teachers for five years."', 'said', 'mixed'),
    s('Teresa Okwu', 'Okwu', '"Everyone keeps saying the system failed,"', 'said', 'direct'),
    s('Teresa Okwu', '', '"People run the system. I want to know which people."', '', 'direct'),
)

SANDHU = 'Opposition health critic'
TREMBLAY = 'Health Minister'
ODUYA = 'Finance Minister'

doc('i09-news-caldera-er-memo', 'Caldera Gazette', '2026-11-26', '''
Leaked memo warned of ER 'collapse' months before patient's death, Opposition says

Health minister insists she was never briefed; Premier stands by her

By Nathalie Brisebois-Kerr
Legislature Bureau

CALDERA CITY — Five months before an 81-year-old man died on a stretcher in a hallway of St. Anselm's Hospital's emergency department, the hospital's own chief of emergency medicine warned senior managers in writing that the department was "weeks, not months, from a collapse in safe care," according to an internal memo made public by the Opposition on Wednesday.

The three-page memo, dated June 11 and obtained by the Gazette, says staffing shortages had left the emergency department running with as few as two physicians overnight for 31 shifts in May and that admitted patients were waiting an average of 14.6 hours for an inpatient bed. It asks the hospital's board to declare a "code gridlock" and to seek emergency funding from the province.

Opposition health critic Amrit Sandhu, who tabled the memo during question period, accused the government of "sitting on a fire alarm" and demanded that Health Minister Sylvie Tremblay-Nash tell the house when she first saw it.

"Either the minister knew and did nothing, or her ministry kept it from her, and I don't know which is worse," Sandhu told the legislature, as government members heckled. "Lucien Arsenault should be alive today."

Tremblay-Nash, a former family physician who was first elected in 2018, insisted she had never been briefed on the memo and had learned of it "the same way everyone else did, this afternoon."

"I take this extremely seriously. If a warning like this was sent and not acted on, I want to know why, and so will the family," she said in the chamber. She said she had asked the province's patient ombudsman to review how the hospital and the regional health authority handled it.

Her cabinet colleague, Finance Minister Karen Oduya, came to her defence in the scrum afterward. The province, she told reporters, had increased hospital funding by 4.2 per cent this year, "the largest increase in a decade," and had sent St. Anselm's an additional $6 million in August.

"Money is not the problem at St. Anselm's. The problem is getting doctors to work nights in a city of 90,000," Oduya said, a comment Sandhu later called "an insult to every nurse who has worked a double shift there."

Premier Ross Callander, speaking to reporters in Port Sable, said he had "full confidence" in his health minister and described the Opposition's tactics as "ambulance chasing, literally." He did not say whether anyone in his office had seen the memo before Wednesday.

A senior government official, who spoke on condition of anonymity because they were not authorized to discuss internal briefings, said the memo had been forwarded to the regional health authority in June but that there was "no record" it went any further. Documents released by the health authority late Wednesday show the memo was discussed at a June 19 meeting of its operations committee, where, according to the minutes, a vice-president said St. Anselm's would "need to manage within existing resources." The authority's chief executive, Dr. Paul Whitmarsh, said through a spokeswoman that it had "responded to the concerns raised" by redeploying two physicians from a neighbouring hospital in July.

The memo's author, Dr. Helena Marsh, did not respond to interview requests. Colleagues described her as a blunt, careful physician who "does not write memos for fun."

One of them, Dr. Kofi Mensah, who has worked in St. Anselm's emergency department since 2009, said the summer was the worst he had seen. "We were treating people in chairs, in hallways, in the ambulance bay," he said. "Helena said out loud what all of us were thinking. I'm not surprised it went nowhere."

Lucien Arsenault, a retired rail yard foreman, arrived at St. Anselm's by ambulance on Nov. 3 with chest pain. He waited 19 hours on a stretcher before he was found unresponsive, according to his daughter, Gloria Baptiste, who has filed a complaint with the College of Physicians.

"They kept telling me, 'He's next, he's next,'" Baptiste said in an interview. "My father spent his whole life trying not to be a bother to anyone. He didn't deserve to die being no bother."

The hospital said in a statement that it could not discuss an individual patient's care but that it had launched a "critical incident review," as required by provincial law.

Gerald Thibodeau, the Liberal member for Sable North, who has sat in the legislature since 1999 and served as health minister in the early 2000s, said he had seen "this movie before." The veteran lawmaker recalled that a similar memo at a hospital in his riding in 2004 had led to a provincewide review of overnight staffing, one that, he said, "nobody has looked at since."

A poll of 1,200 residents conducted for the Prairie Medical Association last month found that 63 per cent had waited longer than they considered safe in an emergency department in the past two years. The association's president, Dr. Anika Lund, said the memo "confirms what our members have been telling the government for three years."

Arsenault's funeral was held Saturday at St. Brendan's Church in Port Sable. More than 300 people attended, many of them retired rail workers.

Sandhu said the Opposition would ask the legislature's health committee on Thursday to call Tremblay-Nash, Whitmarsh and Marsh to testify. Asked whether he would call for the minister's resignation, he said: "Let's hear what she knew first."
''',
    s('Opposition', 'Opposition', "Leaked memo warned of ER 'collapse' months before patient's death", 'says', 'mixed'),
    s('The three-page memo', 'memo', "ER 'collapse' months before patient's death", 'warned', 'mixed', nested=True, via='Opposition'),
    s('Sylvie Tremblay-Nash', 'Health minister', 'she was never briefed', 'insists', role=TREMBLAY),
    s('Helena Marsh', "the hospital's own chief of emergency medicine", 'the department was "weeks, not months, from a collapse in safe care,"', 'warned', 'mixed', role='chief of emergency medicine'),
    s('The three-page memo', 'The three-page memo, dated June 11 and obtained by the Gazette', 'staffing shortages had left the emergency department|14.6 hours for an inpatient bed', 'says'),
    s('The three-page memo', 'It', '''the hospital's board to declare a "code gridlock" and to seek emergency funding from the province''', 'asks', 'mixed'),
    s('Amrit Sandhu', 'Opposition health critic Amrit Sandhu, who tabled the memo during question period', 'the government of "sitting on a fire alarm"', 'accused', 'mixed', role=SANDHU),
    s('Amrit Sandhu', 'Opposition health critic Amrit Sandhu, who tabled the memo during question period', 'Health Minister Sylvie Tremblay-Nash tell the house when she first saw it', 'demanded', role=SANDHU),
    s('Amrit Sandhu', 'Sandhu', '"Either the minister knew and did nothing,|I don\'t know which is worse,"', 'told', 'direct', role=SANDHU),
    s('Amrit Sandhu', '', '"Lucien Arsenault should be alive today."', '', 'direct', role=SANDHU),
    s('Sylvie Tremblay-Nash', 'Tremblay-Nash, a former family physician who was first elected in 2018', 'she had never been briefed on the memo and had learned of it "the same way everyone else did, this afternoon."', 'insisted', 'mixed', role=TREMBLAY),
    s('Sylvie Tremblay-Nash', 'she', '"I take this extremely seriously.|and so will the family,"', 'said', 'direct', role=TREMBLAY),
    s('Sylvie Tremblay-Nash', 'She', "she had asked the province's patient ombudsman to review how the hospital and the regional health authority handled it", 'said', role=TREMBLAY),
    s('Sylvie Tremblay-Nash', 'she', "the province's patient ombudsman to review how the hospital and the regional health authority handled it", 'had asked', role=TREMBLAY, nested=True, via='Sylvie Tremblay-Nash'),
    s('Karen Oduya', 'she', ['The province', 'had increased hospital funding by 4.2 per cent|an additional $6 million in August'], 'told', 'mixed', role=ODUYA),
    s('Karen Oduya', 'Oduya', '"Money is not the problem at St. Anselm\'s.|in a city of 90,000,"', 'said', 'direct', role=ODUYA),
    s('Amrit Sandhu', 'Sandhu', '"an insult to every nurse who has worked a double shift there."', 'called', 'direct', role=SANDHU),
    s('Ross Callander', 'Premier Ross Callander', 'he had "full confidence" in his health minister', 'said', 'mixed', role='Premier'),
    s('Ross Callander', 'Premier Ross Callander', 'the Opposition\'s tactics as "ambulance chasing, literally."', 'described', 'mixed', role='Premier'),
    s('A senior government official', 'A senior government official, who spoke on condition of anonymity because they were not authorized to discuss internal briefings', 'the memo had been forwarded to the regional health authority in June but that there was "no record" it went any further', 'said', 'mixed', role='senior government official'),
    s('regional health authority', 'Documents released by the health authority late Wednesday', 'the memo was discussed at a June 19 meeting of its operations committee', 'show'),
    s('a vice-president', 'a vice-president', 'St. Anselm\'s would "need to manage within existing resources."', 'said', 'mixed', role='vice-president'),
    s('Paul Whitmarsh', "The authority's chief executive, Dr. Paul Whitmarsh", 'it had "responded to the concerns raised" by redeploying two physicians from a neighbouring hospital in July', 'said', 'mixed', role="The authority's chief executive"),
    s('Colleagues', 'Colleagues', 'her as a blunt, careful physician who "does not write memos for fun."', 'described', 'mixed'),
    s('Kofi Mensah', "One of them, Dr. Kofi Mensah, who has worked in St. Anselm's emergency department since 2009", 'the summer was the worst he had seen', 'said'),
    s('Kofi Mensah', 'he', '"We were treating people in chairs, in hallways, in the ambulance bay,"', 'said', 'direct'),
    s('Kofi Mensah', '', '"Helena said out loud what all of us were thinking. I\'m not surprised it went nowhere."', '', 'direct'),
    s('Gloria Baptiste', 'his daughter, Gloria Baptiste, who has filed a complaint with the College of Physicians', 'He waited 19 hours on a stretcher before he was found unresponsive', 'according to'),
    s('Gloria Baptiste', 'Baptiste', '"They kept telling me, \'He\'s next, he\'s next,\'"', 'said', 'direct'),
    s('They', 'They', "'He's next, he's next,'", 'telling', 'direct', nested=True, via='Gloria Baptiste'),
    s('Gloria Baptiste', '', '"My father spent his whole life trying not to be a bother to anyone.|being no bother."', '', 'direct'),
    s("St. Anselm's Hospital", 'The hospital', 'it could not discuss an individual patient\'s care but that it had launched a "critical incident review," as required by provincial law', 'said', 'mixed'),
    s('Gerald Thibodeau', 'Gerald Thibodeau, the Liberal member for Sable North, who has sat in the legislature since 1999 and served as health minister in the early 2000s', 'he had seen "this movie before."', 'said', 'mixed', role='the Liberal member for Sable North'),
    s('Gerald Thibodeau', 'The veteran lawmaker', 'a similar memo at a hospital in his riding in 2004 had led to a provincewide review of overnight staffing', 'recalled', role='the Liberal member for Sable North'),
    s('Gerald Thibodeau', 'he', ['one that', '"nobody has looked at since."'], 'said', 'mixed', role='the Liberal member for Sable North'),
    s('A poll of 1,200 residents', 'A poll of 1,200 residents conducted for the Prairie Medical Association last month', '63 per cent had waited longer than they considered safe|in the past two years', 'found'),
    s('Anika Lund', "The association's president, Dr. Anika Lund", 'the memo "confirms what our members have been telling the government for three years."', 'said', 'mixed', role="The association's president"),
    s('Amrit Sandhu', 'Sandhu', "the Opposition would ask the legislature's health committee on Thursday to call Tremblay-Nash, Whitmarsh and Marsh to testify", 'said', role=SANDHU),
    s('Opposition', 'the Opposition', "the legislature's health committee on Thursday to call Tremblay-Nash, Whitmarsh and Marsh to testify", 'would ask', nested=True, via='Amrit Sandhu'),
    s('Amrit Sandhu', 'he', '"Let\'s hear what she knew first."', 'said', 'direct', role=SANDHU),
)

ACHTERBERG = "the union's chief negotiator"
HARROP = 'spokesman'

doc('i10-news-fairway-warehouse-strike', 'Tri-County Observer', '2026-12-02', '''
Warehouse strike enters second week as talks collapse over pensions

Fairway says its offer is 'the richest in the industry'; union says workers can't live on promises

By Graham Oyelaran-Price
Business Writer

RIVERTON — The picket line outside Fairway Foods Distribution's sprawling warehouse on Route 30 was thinner on Tuesday morning than it had been a week earlier, when some 1,400 workers walked off the job, but the signs had not changed: "Fair Deal Now," most of them read, and a few, hand-painted, said simply, "We Feed Riverton."

Talks between the company and Warehouse and Distribution Workers Local 88 broke off late Friday after 14 hours at a hotel near the airport, and no new sessions had been scheduled as of Tuesday evening, according to both sides.

Fairway walked away from the table, citing what it called "bad faith bargaining" by the union, after Local 88 rejected what the company described as its final offer: raises of 14 percent over four years, a one-time $2,500 bonus and a switch for new hires from the traditional pension plan to a 401(k)-style account.

It is that last point, union leaders say, that will keep their members on the street.

"We are not going to sell out the 22-year-old who walks in that door next year so the rest of us can get a bonus check before Christmas," said Delphine Achterberg, the union's chief negotiator, who has represented warehouse workers in the region since the 1990s. "Two tiers is how you kill a union. Everybody in that room knows it."

Achterberg, who spoke to reporters in the union hall's parking lot, signaled that the union could accept a longer contract or smaller raises if the company dropped the pension change, but said Fairway had shown "no interest at all" in that trade.

The company sees it differently. Gordon Pike, Fairway's vice president of labor relations, maintained in a letter to employees on Sunday that the pension plan was "not sustainable" and that the company's offer was "the richest in the industry, full stop." The letter, a copy of which was obtained by the Observer, urged workers to "look at the numbers, not the slogans."

At a news conference Monday, company spokesman Neil Harrop read a statement that said Fairway "remains ready to return to the table at any time," but he would not say whether the company would revise its offer. Asked whether Fairway planned to bring in replacement workers, Harrop said the company was "not there yet."

Fairway, which agreed last year to buy rival distributor Calloway Provisions for $380 million, supplies about 240 grocery stores in three states. Its warehouses have been running at about a third of normal capacity with managers and temporary staff, two store managers said.

One of them, who runs a Steffen's Market in North Riverton and asked not to be named because the chain had told managers not to speak to the media, said his store had received about half of its usual dairy and produce orders since the strike began. "The shelves look like March 2020," he said.

Steffen's said in a statement that it was "working closely with Fairway and other suppliers to minimize disruption for our customers."

In the view of Hannah Moss, who follows the grocery industry for Corbel Research, shoppers will feel the strike more sharply if it lasts into the holiday season. Moss predicted that shortages of fresh products would spread to most of the chain's stores within a week and that Fairway's customers could start shifting orders to other distributors "permanently, not just for Christmas."

The walkout is the first at Fairway since 2003. The state mediator assigned to the dispute, Yvonne Castellanos, has met separately with both sides since Friday. She declined to characterize the talks, saying only that both parties "understand what is at stake for this community."

On the picket line, workers talked about overtime, about their knees and about the pension their parents had. Bao Tran, 33, a forklift operator who has worked at the warehouse for nine years, said she had calculated that the company's plan would leave a new hire with "maybe half" of what she will get in retirement.

"They keep telling us the pension is a burden. My pension is my knees and my back. That's what I'm paying with," she said.

Mike Dufresne, who started at Fairway in 1987 and plans to retire in the spring, said he had voted to strike even though the pension change would not affect him. The 61-year-old said his father, a Fairway driver, had walked a picket line in 1979 "for exactly this."

"Somebody kept it for me. I'm keeping it for the next guy," Dufresne said.

Curtis Lam, the local's president, said the union would hold a rally at the Riverton town green on Saturday and had asked members of other unions to join. He said Local 88's strike fund could pay members $400 a week "for as long as it takes."

The strike has also drawn in local politicians. State Sen. Patricia Gorman, whose district includes the warehouse, said she had called both sides over the weekend and urged them "to get back in a room, tonight if possible." Riverton's mayor, Tom Kessling, said the town would waive permit fees for the union's rally.

Pike, in his letter, warned that a long strike would "put every job in this building at risk." Achterberg called that "the same letter they send every time."
''',
    s('Fairway Foods Distribution', 'Fairway', "its offer is 'the richest in the industry'", 'says', 'mixed'),
    s('Warehouse and Distribution Workers Local 88', 'union', "workers can't live on promises", 'says'),
    s('Fairway Foods Distribution and Warehouse and Distribution Workers Local 88', 'both sides', 'Talks between the company and Warehouse and Distribution Workers Local 88 broke off|as of Tuesday evening', 'according to'),
    s('Fairway Foods Distribution', 'Fairway', 'what it called "bad faith bargaining" by the union', 'citing', 'mixed'),
    s('Fairway Foods Distribution', 'it', '"bad faith bargaining"', 'called', 'direct', nested=True, via='Fairway Foods Distribution'),
    s('Fairway Foods Distribution', 'the company', 'its final offer', 'described', nested=True, via='Fairway Foods Distribution'),
    s('union leaders', 'union leaders', ['It is that last point', 'that will keep their members on the street'], 'say'),
    s('Delphine Achterberg', "Delphine Achterberg, the union's chief negotiator, who has represented warehouse workers in the region since the 1990s", '"We are not going to sell out the 22-year-old|a bonus check before Christmas,"', 'said', 'direct', role=ACHTERBERG),
    s('Delphine Achterberg', '', '"Two tiers is how you kill a union. Everybody in that room knows it."', '', 'direct', role=ACHTERBERG),
    s('Delphine Achterberg', "Achterberg, who spoke to reporters in the union hall's parking lot", 'the union could accept a longer contract or smaller raises if the company dropped the pension change', 'signaled', role=ACHTERBERG),
    s('Delphine Achterberg', "Achterberg, who spoke to reporters in the union hall's parking lot", 'Fairway had shown "no interest at all" in that trade', 'said', 'mixed', role=ACHTERBERG),
    s('Gordon Pike', "Gordon Pike, Fairway's vice president of labor relations", 'the pension plan was "not sustainable" and that the company\'s offer was "the richest in the industry, full stop."', 'maintained', 'mixed', role='vice president of labor relations'),
    s('Gordon Pike', 'The letter, a copy of which was obtained by the Observer', 'workers to "look at the numbers, not the slogans."', 'urged', 'mixed'),
    s('Fairway Foods Distribution', 'a statement', 'Fairway "remains ready to return to the table at any time,"', 'said', 'mixed'),
    s('Neil Harrop', 'Harrop', 'the company was "not there yet."', 'said', 'mixed', role=HARROP),
    s('two store managers', 'two store managers', 'Its warehouses have been running at about a third of normal capacity with managers and temporary staff', 'said'),
    s('One of them', "One of them, who runs a Steffen's Market in North Riverton and asked not to be named because the chain had told managers not to speak to the media", 'his store had received about half of its usual dairy and produce orders since the strike began', 'said', role="runs a Steffen's Market in North Riverton"),
    s('One of them', 'he', '"The shelves look like March 2020,"', 'said', 'direct', role="runs a Steffen's Market in North Riverton"),
    s("Steffen's", 'the chain', 'managers not to speak to the media', 'told'),
    s("Steffen's", "Steffen's", 'it was "working closely with Fairway and other suppliers to minimize disruption for our customers."', 'said', 'mixed'),
    s('Hannah Moss', 'Hannah Moss, who follows the grocery industry for Corbel Research', 'shoppers will feel the strike more sharply if it lasts into the holiday season', 'In the view of'),
    s('Hannah Moss', 'Moss', 'shortages of fresh products would spread to most of the chain\'s stores within a week|"permanently, not just for Christmas."', 'predicted', 'mixed'),
    s('Yvonne Castellanos', 'She', 'both parties "understand what is at stake for this community."', 'saying', 'mixed', role='state mediator'),
    s('Bao Tran', 'Bao Tran, 33, a forklift operator who has worked at the warehouse for nine years', 'she had calculated that the company\'s plan would leave a new hire with "maybe half" of what she will get in retirement', 'said', 'mixed', role='forklift operator'),
    s('Bao Tran', 'she', '"They keep telling us the pension is a burden.|That\'s what I\'m paying with,"', 'said', 'direct', role='forklift operator'),
    s('They', 'They', 'the pension is a burden', 'telling', nested=True, via='Bao Tran'),
    s('Mike Dufresne', 'Mike Dufresne, who started at Fairway in 1987 and plans to retire in the spring', 'he had voted to strike even though the pension change would not affect him', 'said'),
    s('Mike Dufresne', 'The 61-year-old', 'his father, a Fairway driver, had walked a picket line in 1979 "for exactly this."', 'said', 'mixed'),
    s('Mike Dufresne', 'Dufresne', '"Somebody kept it for me. I\'m keeping it for the next guy,"', 'said', 'direct'),
    s('Curtis Lam', "Curtis Lam, the local's president", 'the union would hold a rally at the Riverton town green on Saturday and had asked members of other unions to join', 'said', role="the local's president"),
    s('Warehouse and Distribution Workers Local 88', 'the union', 'members of other unions to join', 'had asked', nested=True, via='Curtis Lam'),
    s('Curtis Lam', 'He', 'Local 88\'s strike fund could pay members $400 a week "for as long as it takes."', 'said', 'mixed', role="the local's president"),
    s('Patricia Gorman', 'State Sen. Patricia Gorman, whose district includes the warehouse', 'she had called both sides over the weekend', 'said', role='State Sen.'),
    s('Patricia Gorman', 'State Sen. Patricia Gorman, whose district includes the warehouse', 'them "to get back in a room, tonight if possible."', 'urged', 'mixed', role='State Sen.'),
    s('Tom Kessling', "Riverton's mayor, Tom Kessling", "the town would waive permit fees for the union's rally", 'said', role="Riverton's mayor"),
    s('Gordon Pike', 'Pike', 'a long strike would "put every job in this building at risk."', 'warned', 'mixed', role='vice president of labor relations'),
    s('Delphine Achterberg', 'Achterberg', 'that "the same letter they send every time."', 'called', 'mixed', role=ACHTERBERG),
)

BANERJEE = 'director of the Civilian Review Office'
STROUD = 'civil rights lawyer'

doc('i11-news-review-office-backlog', 'Lakeport Sentinel', '2026-11-29', '''
Police watchdog let dozens of force complaints sit for years, records show

Former investigator says she was told to 'close the easy ones first'; director blames staffing

By Miriam Achebe-Lowell and Jon Rask
Sentinel Staff

LAKEPORT — When Jerome Whitlock filed a complaint with the city's Civilian Review Office in March 2024, saying two officers had slammed him against the hood of a patrol car during a traffic stop and then mocked him as he asked for their badge numbers, he was told to expect an answer within 90 days.

He got one 22 months later. It was two sentences long.

Whitlock's case is one of at least 41 use-of-force complaints that sat unresolved at the office for more than a year between 2022 and 2025, according to case logs, internal emails and staff evaluations obtained by the Sentinel through public records requests. In 17 of them, the officers involved had left the department or the deadline to discipline them under the police contract had passed by the time investigators reached a finding.

"I did everything they asked. I gave them the dashcam times, the names of two witnesses, photos of my face," said Whitlock, 29, a warehouse supervisor who has no criminal record. "And then I waited so long that I stopped checking the mail for it."

The Civilian Review Office, created by voters in 2015 after the fatal shooting of a teenager on the city's west side, is supposed to be the public's independent check on the police department. Its director, Harold Banerjee, who took the job in 2021 after nine years as an assistant prosecutor, acknowledged in an interview last week that the backlog was "unacceptable" but said the office had been asked to do "a five-person job with three people" for most of his tenure.

"I have told the council that every year, in writing, in my budget request," Banerjee said. "I'm not going to pretend the numbers are good. They're not. But they're not a mystery either."

The records tell a more complicated story.

An internal audit completed in August 2025, titled "Closing the Gap," found that investigators had spent much of 2023 on lower-priority complaints, such as allegations of rudeness, while older force cases went unassigned. The audit, which was never released publicly, recommended that force complaints be assigned within 10 days.

Stacey Lindgren, who worked as an investigator at the office from 2020 until she resigned in 2024, said she and a colleague had been instructed by a supervisor to "close the easy ones first" so that the office's quarterly numbers would look better to the council.

"Nobody said, 'Bury the force cases.' Nobody had to," Lindgren said. "If you close 30 rudeness complaints, your chart goes up. If you spend six months on one force case, your chart goes flat. Everybody understood what the chart was for."

In an email to Banerjee dated Oct. 3, 2023, and reviewed by the Sentinel, Lindgren wrote that she had "eleven force cases older than a year" and asked for permission to set aside her other work to finish them. Banerjee replied the next day that she should "keep the numbers moving" and that he would "revisit in Q1." The records do not show that he did.

Asked about the exchange, Banerjee said he did not recall the email but did not dispute it. The supervisor Lindgren described, who still works at the office, referred questions to Banerjee.

Police Chief Anthony Marchetti, who has clashed publicly with the office over access to body camera footage, said through a department spokesman that the department had "cooperated fully with every CRO request" and that delays in the office's findings were "a matter for the CRO." The chief has previously argued that the office lacks the expertise to judge split-second decisions.

The president of the police union, Sgt. Dale Brennan, was blunter. "For officers, a complaint hanging over you for two years is its own kind of punishment," he said. "Nobody on either side of this is being served."

Rebecca Stroud, a civil rights lawyer who represents Whitlock and three other complainants whose cases appear in the logs, said the delays had cost her clients the chance to see anyone held accountable. She said she intends to ask a judge to order the city to reopen the cases of officers who are still on the force.

The city's law department disagreed that any such order was possible. City Attorney Linnea Park, in a written response to questions, said the police contract "does not permit discipline to be imposed after the contractual deadline, regardless of the reason for the delay," and that the city "will defend that contract in court if necessary." Park, who was appointed by the mayor last year, also wrote that the office's independence meant her department had "no role" in how it prioritized cases.

Stroud called that answer "a shrug with a letterhead."

Councilman Omar Haddad, who chairs the council's public safety committee, said he would hold a hearing on the backlog in January and would ask Banerjee, Marchetti and the audit's authors to testify. Haddad, a first-term member who ran on police accountability, said he had never seen the audit and learned of it from the Sentinel. "That report should have been on my desk the week it was finished," he said. "The fact that I'm reading about it in the paper tells you something is broken."

Whitlock said he had not decided whether to sue. The two officers in his case, the office eventually found, had used force that was "within policy" but had been "discourteous." One has since retired; the other received a written reprimand.

"Discourteous," Whitlock said, reading the letter again in his lawyer's office. "I had a bruise the size of a fist on my cheek for two weeks. That's discourteous?"
''',
    s('case logs, internal emails and staff evaluations', 'records', 'Police watchdog let dozens of force complaints sit for years', 'show'),
    s('Stacey Lindgren', 'Former investigator', "she was told to 'close the easy ones first'", 'says', 'mixed', role='investigator'),
    s('Harold Banerjee', 'director', 'staffing', 'blames', role=BANERJEE),
    s('Jerome Whitlock', 'Jerome Whitlock', 'two officers had slammed him against the hood of a patrol car during a traffic stop and then mocked him as he asked for their badge numbers', 'saying'),
    s('case logs, internal emails and staff evaluations', 'case logs, internal emails and staff evaluations obtained by the Sentinel through public records requests', "Whitlock's case is one of at least 41 use-of-force complaints|between 2022 and 2025", 'according to'),
    s('Jerome Whitlock', 'Whitlock, 29, a warehouse supervisor who has no criminal record', '"I did everything they asked.|photos of my face,"', 'said', 'direct', role='warehouse supervisor'),
    s('Jerome Whitlock', '', '"And then I waited so long that I stopped checking the mail for it."', '', 'direct', role='warehouse supervisor'),
    s('Harold Banerjee', 'Its director, Harold Banerjee, who took the job in 2021 after nine years as an assistant prosecutor', 'the backlog was "unacceptable"', 'acknowledged', 'mixed', role=BANERJEE),
    s('Harold Banerjee', 'Its director, Harold Banerjee, who took the job in 2021 after nine years as an assistant prosecutor', 'the office had been asked to do "a five-person job with three people" for most of his tenure', 'said', 'mixed', role=BANERJEE),
    s('Harold Banerjee', 'Banerjee', '"I have told the council that every year, in writing, in my budget request,"', 'said', 'direct', role=BANERJEE),
    s('Harold Banerjee', '', '"I\'m not going to pretend the numbers are good.|they\'re not a mystery either."', '', 'direct', role=BANERJEE),
    s('An internal audit', 'An internal audit completed in August 2025, titled "Closing the Gap,"', 'investigators had spent much of 2023 on lower-priority complaints|while older force cases went unassigned', 'found'),
    s('An internal audit', 'The audit, which was never released publicly', 'force complaints be assigned within 10 days', 'recommended'),
    s('Stacey Lindgren', 'Stacey Lindgren, who worked as an investigator at the office from 2020 until she resigned in 2024', 'she and a colleague had been instructed by a supervisor to "close the easy ones first" so that the office\'s quarterly numbers would look better to the council', 'said', 'mixed', role='investigator'),
    s('Stacey Lindgren', 'Lindgren', '"Nobody said, \'Bury the force cases.\' Nobody had to,"', 'said', 'direct', role='investigator'),
    s('Stacey Lindgren', '', '"If you close 30 rudeness complaints, your chart goes up.|what the chart was for."', '', 'direct', role='investigator'),
    s('Stacey Lindgren', 'Lindgren', 'she had "eleven force cases older than a year"', 'wrote', 'mixed', role='investigator', date='2023'),
    s('Stacey Lindgren', 'Lindgren', 'for permission to set aside her other work to finish them', 'asked', role='investigator', date='2023'),
    s('Harold Banerjee', 'Banerjee', 'she should "keep the numbers moving" and that he would "revisit in Q1."', 'replied', 'mixed', role=BANERJEE, date='2023'),
    s('Harold Banerjee', 'Banerjee', 'he did not recall the email', 'said', role=BANERJEE),
    s('Anthony Marchetti', 'Police Chief Anthony Marchetti, who has clashed publicly with the office over access to body camera footage', 'the department had "cooperated fully with every CRO request" and that delays in the office\'s findings were "a matter for the CRO."', 'said', 'mixed', role='Police Chief'),
    s('Anthony Marchetti', 'The chief', 'the office lacks the expertise to judge split-second decisions', 'has previously argued', role='Police Chief'),
    s('Dale Brennan', 'he', '"For officers, a complaint hanging over you for two years is its own kind of punishment,"', 'said', 'direct', role='president of the police union'),
    s('Dale Brennan', '', '"Nobody on either side of this is being served."', '', 'direct', role='president of the police union'),
    s('Rebecca Stroud', 'Rebecca Stroud, a civil rights lawyer who represents Whitlock and three other complainants whose cases appear in the logs', 'the delays had cost her clients the chance to see anyone held accountable', 'said', role=STROUD),
    s('Rebecca Stroud', 'She', 'she intends to ask a judge to order the city to reopen the cases of officers who are still on the force', 'said', role=STROUD),
    s('Rebecca Stroud', 'she', 'a judge to order the city to reopen the cases of officers who are still on the force', 'to ask', role=STROUD, nested=True, via='Rebecca Stroud'),
    s("The city's law department", "The city's law department", 'any such order was possible', 'disagreed'),
    s('Linnea Park', 'City Attorney Linnea Park', 'the police contract "does not permit discipline to be imposed after the contractual deadline|"will defend that contract in court if necessary."', 'said', 'mixed', role='City Attorney'),
    s('Linnea Park', 'Park, who was appointed by the mayor last year', 'the office\'s independence meant her department had "no role" in how it prioritized cases', 'wrote', 'mixed', role='City Attorney'),
    s('Rebecca Stroud', 'Stroud', 'that answer "a shrug with a letterhead."', 'called', 'mixed', role=STROUD),
    s('Omar Haddad', "Councilman Omar Haddad, who chairs the council's public safety committee", "he would hold a hearing on the backlog in January and would ask Banerjee, Marchetti and the audit's authors to testify", 'said', role='Councilman'),
    s('Omar Haddad', 'he', "Banerjee, Marchetti and the audit's authors to testify", 'would ask', role='Councilman', nested=True, via='Omar Haddad'),
    s('Omar Haddad', 'Haddad, a first-term member who ran on police accountability', 'he had never seen the audit and learned of it from the Sentinel', 'said', role='Councilman'),
    s('Omar Haddad', 'he', '"That report should have been on my desk the week it was finished,"', 'said', 'direct', role='Councilman'),
    s('Omar Haddad', '', '"The fact that I\'m reading about it in the paper tells you something is broken."', '', 'direct', role='Councilman'),
    s('the office', 'the office', ['The two officers in his case', 'had used force that was "within policy" but had been "discourteous."'], 'found', 'mixed'),
    s('Jerome Whitlock', 'Whitlock', 'he had not decided whether to sue', 'said', role='warehouse supervisor'),
    s('Jerome Whitlock', 'Whitlock', '"Discourteous,"', 'said', 'direct', role='warehouse supervisor'),
    s('Jerome Whitlock', '', '"I had a bruise the size of a fist on my cheek for two weeks. That\'s discourteous?"', '', 'direct', role='warehouse supervisor'),
)

KOWALCZYK = "head coach of the women's hockey team"

doc('i12-news-profile-kowalczyk', 'Northfield Courier', '2026-11-22', '''
After 31 seasons and 612 wins, 'Coach K' is finally getting off the ice

Bernadette Kowalczyk built Carrow State's women's hockey program from hand-me-down gloves into a national power. She says she has one regret.

By Tessa Morrow-Quaid
Sports Columnist

NORTHFIELD — The first thing Bernadette Kowalczyk did when she arrived at Carrow State in 1995 was count the gloves.

There were 14 pairs, most of them cast off by the men's team, several with the palms worn through. The women's program, then a club team that the university had promoted to varsity status mostly to satisfy federal rules, practiced at 5:30 in the morning because the men had the rink at every other reasonable hour. Its budget, Kowalczyk recalled last week, was "smaller than what the men spent on tape."

Thirty-one seasons, 612 wins and two national championships later, the 64-year-old coach everyone on campus calls "Coach K" will retire at the end of this season, the university announced on Monday.

"When I started, nobody thought this was going to be anything," Kowalczyk said, sitting in the cramped office under the stands that she has refused, for three decades, to trade for a bigger one. "The athletic director at the time told me, very kindly, that I should think of it as a hobby that came with a salary.

"I'm not bitter about that. He was honest. He just turned out to be wrong, and I've spent a long time making sure of it."

That athletic director, the late Warren Hale, is not around to argue. His successor's successor, Curtis Vance, who has run Carrow State athletics since 2019, called Kowalczyk "the most important hire this department has made in my lifetime" and said the university would name the rink's new practice facility after her.

Vance conceded that the department had been slow to give her program what the men's team took for granted. "We can't rewrite that," he said. "We can make sure the next coach never has to count gloves."

Her teams won national titles in 2008 and 2014 and reached the Frozen Four 11 times. Twenty-three of her players went on to play for national teams, among them Maya Thibault, who captained Canada's team at the last Olympics and who still calls her old coach before every major tournament.

"She was the first person who talked to me like I was going to be good, not like I was lucky to be there," Thibault said in a phone interview from Switzerland, where she now plays professionally. "She was also the scariest person I had ever met. Both things were true every single day."

Thibault said Kowalczyk once benched her for an entire playoff game for missing a team breakfast. Kowalczyk, asked about it, laughed and said she did not remember the breakfast but remembered the game. "We won," she said. "That's all I needed her to learn."

Not everyone has been a fan. Sheila Drummond, who coached Carrow State's rival, Bellmont University, for 18 years and whose teams lost to Kowalczyk's in two conference finals, described her in a 2012 interview with the Courier as "the best coach in the league and the worst loser in the country." Reached last week, Drummond, now retired in Arizona, said she "meant every word, and every word was a compliment."

Joanne Pruitt, who has been Kowalczyk's assistant coach since 2001 and is widely considered the leading candidate to succeed her, was more careful. The university has said it will conduct a national search, and Pruitt, 49, said only that she would "be honored to be considered."

But she spoke at length about the woman she has worked beside for a quarter-century. "People see the yelling. They don't see her at the hospital at two in the morning when a kid's parent is sick, or driving three hours to watch a freshman's high school teammate play because the freshman asked her to," Pruitt said. "I've seen her do both in the same week."

Kowalczyk's regret, she said, is not a game.

In 2003, a Carrow State player, Leah Ostrowski, told the coaching staff that a volunteer equipment manager had made sexual comments to her in the locker room. Kowalczyk reported the complaint to the athletic department, which, according to a later investigation commissioned by the university, took no action for six months. The man went on to work with a youth program in another state.

"I did what the rules said. I filed the report. And then I let it sit with people who didn't care, because I thought that was the process," Kowalczyk said. "I should have gone to the police myself. I should have made noise. That girl deserved more noise than she got from me."

Ostrowski, now a school principal in Minnesota, declined to be interviewed for this column but said in a text message that she had "made peace" with what happened and that Kowalczyk had apologized to her "years ago, in person, without being asked."

On the ice on Friday night, none of that was visible. Carrow State beat Halden College 4-1, with senior forward Priya Raman adding two goals and an assist, and the crowd of about 2,100 gave Kowalczyk a standing ovation that lasted through most of the third-period faceoff.

She did not wave. She pointed at her players.

Asked afterward what she would do with her time, she said her husband, Frank, a retired high school chemistry teacher, had "a list, and it is laminated." Frank Kowalczyk, standing in the hallway outside the locker room, confirmed the list exists. "It's two pages," he said. "She's going to hate it."
''',
    s('Bernadette Kowalczyk', 'She', 'she has one regret', 'says', role=KOWALCZYK),
    s('Bernadette Kowalczyk', 'Kowalczyk', ['Its budget', 'was "smaller than what the men spent on tape."'], 'recalled', 'mixed', role=KOWALCZYK),
    s('the university', 'the university', "Thirty-one seasons, 612 wins and two national championships later|will retire at the end of this season", 'announced'),
    s('Bernadette Kowalczyk', 'Kowalczyk', '"When I started, nobody thought this was going to be anything,"', 'said', 'direct', role=KOWALCZYK),
    s('Bernadette Kowalczyk', '', '"The athletic director at the time told me, very kindly,|making sure of it."', '', 'direct', role=KOWALCZYK),
    s('Warren Hale', 'The athletic director at the time', 'I should think of it as a hobby that came with a salary', 'told', role='athletic director', nested=True, via='Bernadette Kowalczyk'),
    s('Curtis Vance', "His successor's successor, Curtis Vance, who has run Carrow State athletics since 2019", 'Kowalczyk "the most important hire this department has made in my lifetime"', 'called', 'mixed', role='athletic director'),
    s('Curtis Vance', "His successor's successor, Curtis Vance, who has run Carrow State athletics since 2019", "the university would name the rink's new practice facility after her", 'said', role='athletic director'),
    s('Curtis Vance', 'Vance', 'the department had been slow to give her program what the men\'s team took for granted', 'conceded', role='athletic director'),
    s('Curtis Vance', 'he', '"We can\'t rewrite that,"', 'said', 'direct', role='athletic director'),
    s('Curtis Vance', '', '"We can make sure the next coach never has to count gloves."', '', 'direct', role='athletic director'),
    s('Maya Thibault', 'Thibault', '"She was the first person who talked to me like I was going to be good, not like I was lucky to be there,"', 'said', 'direct'),
    s('Maya Thibault', '', '"She was also the scariest person I had ever met. Both things were true every single day."', '', 'direct'),
    s('Maya Thibault', 'Thibault', 'Kowalczyk once benched her for an entire playoff game for missing a team breakfast', 'said'),
    s('Bernadette Kowalczyk', 'Kowalczyk', 'she did not remember the breakfast but remembered the game', 'said', role=KOWALCZYK),
    s('Bernadette Kowalczyk', 'she', '"We won,"', 'said', 'direct', role=KOWALCZYK),
    s('Bernadette Kowalczyk', '', '"That\'s all I needed her to learn."', '', 'direct', role=KOWALCZYK),
    s('Sheila Drummond', "Sheila Drummond, who coached Carrow State's rival, Bellmont University, for 18 years and whose teams lost to Kowalczyk's in two conference finals", 'her in a 2012 interview with the Courier as "the best coach in the league and the worst loser in the country."', 'described', 'mixed', date='2012'),
    s('Sheila Drummond', 'Drummond, now retired in Arizona', 'she "meant every word, and every word was a compliment."', 'said', 'mixed'),
    s('The university', 'The university', 'it will conduct a national search', 'has said'),
    s('Joanne Pruitt', 'Pruitt, 49', 'she would "be honored to be considered."', 'said', 'mixed', role='assistant coach'),
    s('Joanne Pruitt', 'Pruitt', '"People see the yelling.|because the freshman asked her to,"', 'said', 'direct', role='assistant coach'),
    s('Joanne Pruitt', '', '"I\'ve seen her do both in the same week."', '', 'direct', role='assistant coach'),
    s('Joanne Pruitt', 'she', ["Kowalczyk's regret", 'is not a game'], 'said', role='assistant coach'),
    s('Leah Ostrowski', 'a Carrow State player, Leah Ostrowski', 'a volunteer equipment manager had made sexual comments to her in the locker room', 'told', date='2003'),
    s('Bernadette Kowalczyk', 'Kowalczyk', 'the complaint', 'reported', role=KOWALCZYK, date='2003'),
    s('a later investigation commissioned by the university', 'a later investigation commissioned by the university', ['the athletic department', 'took no action for six months'], 'according to'),
    s('Bernadette Kowalczyk', 'Kowalczyk', '"I did what the rules said.|because I thought that was the process,"', 'said', 'direct', role=KOWALCZYK),
    s('Bernadette Kowalczyk', '', '"I should have gone to the police myself.|than she got from me."', '', 'direct', role=KOWALCZYK),
    s('Leah Ostrowski', 'Ostrowski, now a school principal in Minnesota', 'she had "made peace" with what happened and that Kowalczyk had apologized to her "years ago, in person, without being asked."', 'said', 'mixed', role='school principal'),
    s('Bernadette Kowalczyk', 'she', 'her husband, Frank, a retired high school chemistry teacher, had "a list, and it is laminated."', 'said', 'mixed', role=KOWALCZYK),
    s('Frank Kowalczyk', 'Frank Kowalczyk, standing in the hallway outside the locker room', 'the list exists', 'confirmed'),
    s('Frank Kowalczyk', 'he', '"It\'s two pages,"', 'said', 'direct'),
    s('Frank Kowalczyk', '', '"She\'s going to hate it."', '', 'direct'),
)

write('invented_i_gold.jsonl', per_document=True)
