#!/usr/bin/env python3
"""Builds invented set J: news as a newsroom tool receives it, scraped pages with their noise and layout (issues 9
and 10), written in session 27 by "set-j", unseen. Half wire stories and government readouts (an agency page with its
menus, template residue, glued tag line and a teaser list; a foreign ministry's talks readout with bullets far below
their lead-in; a phone-call readout with Windows line endings; a briefing transcript page with HTML entities; a market
wrap with its section labels; a live blog with timestamps), half North American newspaper articles (a city hall
fight with a colon headline, advertisements inside paragraphs and readers' comments; an interview with the
interviewee named in the byline's line and a pull quote; a school board story with an award list and a quotation
whose closing mark is missing; a provincial story with READ MORE links, a caption that names the speaker and a
cookie notice; a court story hard-wrapped mid-sentence with straight and curly quotes mixed; a business story with a
WATCH kicker, a slogan and a book title).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score). Offsets are into the text exactly as scraped: entities (&quot;, &#8217;, &nbsp;),
glued words, doubled spaces and line breaks stay in the text and in the contents. Conventions as in build_i.py
(fields, "region" "related" for other articles' teasers, 'START|END' contents, content_spans for interrupted
contents), and for the furniture: captions, credits, labels, award lists, quote-only subheads and pull quotes that
repeat a quotation of the article, slogans, titles of works and readers' comments under the article are no statements.

usage: python3 ingest-service/tools/invented/build_j.py  (writes src/test/resources/eval/invented_j_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

TARNOV = 'Corvanian presidential aide'

doc('j01-agency-corvania-talks', 'KORA', '2026-12-01', '''
 date 2026-12-01 {{newsItem.date | date : 'd MMMM yyyy'}}
Politics  Economy  World  Defense  Sport  Culture  Photo  Video
Corvania-Ostrel consultations

Ostrel asked for a pause in gas transit talks, not a break — presidential aide

According to Mikhail Tarnov, the sides will meet again in Selgrad &quot;before the New Year holidays&quot;

SELGRAD, December 1. /KORA/. The Ostrelian delegation asked for a two-week pause in the gas transit consultations in Selgrad but did not walk out of them, Corvanian presidential aide Mikhail Tarnov told reporters on Monday.

"Nobody slammed the door. Our Ostrelian colleagues said they needed to consult their capital on the tariff, and we agreed," the aide said. "The draft is ninety percent ready. What remains is the price, and the price is always the hardest part."

According to the readout circulated by the presidential press service, the two delegations also discussed the repair of the Varna compressor station, damaged in a fire in September.

Tarnov did not say what tariff Selgrad had proposed. Earlier, the newspaper Vestnik Selgrada, citing a source in the government, reported that Corvania was seeking 41 dollars per thousand cubic meters per hundred kilometers, up from 29 under the contract that expires in March.

The Ostrelian Energy Ministry said in a statement on its Telegram channel that the consultations had been "constructive but difficult" and that the delegation had returned to Ostrel "to prepare counterproposals."

Ostrelian Energy Minister Daria Kolesnyk was more blunt. "We will not sign a contract that makes our consumers pay for Selgrad&#8217;s budget," she told the Ostrel-24 TV channel.

The Corvanian side, Tarnov stressed, is not linking the transit talks to any other issue, "neither the border nor the debts."

Corvanian Deputy Energy Minister Pavel Gruz, who heads the delegation, said the next round could take place in the week of December 15. "If our partners come with figures, we can finish in two days," the official added.

Political analyst Sergei Omelin told KORA that both sides were "playing for time until the cold weather arrives." "Whoever blinks first in January loses the negotiation," the expert said.

Share  Telegram  VK  OK  Copy link
Foreign policyMikhail TarnovDaria Kolesnyk
Gas transit via Ostrel fell by a fifth in November, operator says
Deliveries through the Varna corridor averaged 88 million cubic meters per day, the operator said
Kolesnyk: Ostrel has enough gas in storage for the winter
"Our storage facilities are 94 percent full," the minister said on Friday
Corvanian border guards detain two smugglers on Ostrelian frontier — border service
The detainees were carrying 300 kilograms of tobacco, the Border Service said
Parliament of Ostrel to debate energy security bill next week
''',
    s('Mikhail Tarnov', 'presidential aide', 'Ostrel asked for a pause in gas transit talks, not a break', '', role=TARNOV),
    s('Mikhail Tarnov', 'Mikhail Tarnov', 'the sides will meet again in Selgrad &quot;before the New Year holidays&quot;', 'According to', 'mixed', role=TARNOV),
    s('Mikhail Tarnov', 'Corvanian presidential aide Mikhail Tarnov', 'The Ostrelian delegation asked for a two-week pause|but did not walk out of them', 'told', role=TARNOV),
    s('Mikhail Tarnov', 'the aide', '"Nobody slammed the door.|and we agreed,"', 'said', 'direct', role=TARNOV),
    s('Mikhail Tarnov', '', '"The draft is ninety percent ready.|the price is always the hardest part."', '', 'direct', role=TARNOV),
    s('the presidential press service', 'the readout circulated by the presidential press service', 'the two delegations also discussed the repair of the Varna compressor station, damaged in a fire in September', 'According to'),
    s('a source in the government', 'a source in the government', 'Corvania was seeking 41 dollars per thousand cubic meters|the contract that expires in March', 'citing', nested=True, via='Vestnik Selgrada'),
    s('Vestnik Selgrada', 'the newspaper Vestnik Selgrada', 'Corvania was seeking 41 dollars per thousand cubic meters|the contract that expires in March', 'reported'),
    s('The Ostrelian Energy Ministry', 'The Ostrelian Energy Ministry', 'the consultations had been "constructive but difficult"|"to prepare counterproposals."', 'said', 'mixed'),
    s('Daria Kolesnyk', 'she', '"We will not sign a contract that makes our consumers pay for Selgrad&#8217;s budget,"', 'told', 'direct', role='Ostrelian Energy Minister'),
    s('Mikhail Tarnov', 'Tarnov', ['The Corvanian side,', 'is not linking the transit talks to any other issue, "neither the border nor the debts."'], 'stressed', 'mixed', role=TARNOV),
    s('Pavel Gruz', 'Corvanian Deputy Energy Minister Pavel Gruz, who heads the delegation', 'the next round could take place in the week of December 15', 'said', role='Corvanian Deputy Energy Minister'),
    s('Pavel Gruz', 'the official', '"If our partners come with figures, we can finish in two days,"', 'added', 'direct', role='Corvanian Deputy Energy Minister'),
    s('Sergei Omelin', 'Political analyst Sergei Omelin', 'both sides were "playing for time until the cold weather arrives."', 'told', 'mixed', role='Political analyst'),
    s('Sergei Omelin', 'the expert', '"Whoever blinks first in January loses the negotiation,"', 'said', 'direct', role='Political analyst'),
    s('the operator', 'operator', 'Gas transit via Ostrel fell by a fifth in November', 'says', region='related'),
    s('the operator', 'the operator', 'Deliveries through the Varna corridor averaged 88 million cubic meters per day', 'said', region='related'),
    s('Daria Kolesnyk', 'Kolesnyk', 'Ostrel has enough gas in storage for the winter', '', role='Ostrelian Energy Minister', region='related'),
    s('Daria Kolesnyk', 'the minister', '"Our storage facilities are 94 percent full,"', 'said', 'direct', role='Ostrelian Energy Minister', region='related'),
    s('the Border Service', 'border service', 'Corvanian border guards detain two smugglers on Ostrelian frontier', '', region='related'),
    s('the Border Service', 'the Border Service', 'The detainees were carrying 300 kilograms of tobacco', 'said', region='related'),
)

LINDQVIST = 'Minister for Foreign Affairs of Baltra'
OKAFOR = 'Foreign Minister of the Republic of Numa'

doc('j02-ministry-baltra-numa-talks', 'Ministry for Foreign Affairs of Baltra', '2026-11-27', '''
Home &gt; Press service &gt; News &gt; Bilateral relations
Print version&nbsp;&nbsp;|&nbsp;&nbsp;Send to a friend&nbsp;&nbsp;|&nbsp;&nbsp;RSS

Minister Henrika Lindqvist Holds Talks With Foreign Minister Of Numa Ade Okafor

27.11.2026 16:05

On 27 November, Minister for Foreign Affairs of Baltra Henrika Lindqvist held talks in Rovik with Foreign Minister of the Republic of Numa Ade Okafor, who is in Baltra on an official visit.

The ministers discussed the state and prospects of Baltran-Numan relations, cooperation in international organisations and topical regional issues.

Opening the talks, Henrika Lindqvist said that 2026 had been "a year of firsts" for the two countries: the first direct flight between Rovik and Port Sade, the first Numan trade office in Baltra and the first joint session of the intergovernmental commission.

In her remarks, the Minister set out Baltra&#39;s position on the following points:

[Photo: Henrika Lindqvist and Ade Okafor before the talks. Photo: MFA Baltra / Johan Sethsson]

1. Baltra supports the early conclusion of an agreement on the avoidance of double taxation, the text of which has been agreed at expert level;
2. the intergovernmental commission should meet annually, alternately in Rovik and Port Sade;
3. Baltra is ready to share its experience in offshore wind generation, including:
   - the training of engineers at the Rovik Polytechnic;
   - the licensing of coastal sites;
4. the two countries should coordinate their positions in the run-up to the UN Ocean Conference in 2027.

Ade Okafor thanked the Baltran side for its hospitality and for the humanitarian aid delivered to the flood-affected provinces of Numa in September.&nbsp;He noted that Numan exports to Baltra had more than doubled since 2023, "though from a modest base, as my Baltran colleague reminds me every time".

The Numan minister informed Henrika Lindqvist about the preparations for the regional summit of the Coastal States Forum, which Numa will host in March 2027. He invited his counterpart to attend.

The ministers exchanged views on the situation in the Gulf of Sade. Both sides expressed concern over the increase in attacks on merchant shipping and stressed the importance of freedom of navigation.

Henrika Lindqvist underlined that Baltra "does not take sides in other countries&#39; internal disputes", but that attacks on civilian vessels "cannot be tolerated in any waters".

Following the talks, the ministers signed a memorandum of understanding on cooperation between the diplomatic academies of the two countries.

At the joint press conference, Ade Okafor said Numa wanted Baltran companies "not only to buy from us, but to build with us", and announced that his government would open a second trade office, in Lessen, next year.

The Foreign Minister of Baltra, for her part, told journalists that the double taxation agreement could be signed "during the spring", provided the parliaments of both countries approved it in time.

Tags: Numa, Bilateral relations, Henrika Lindqvist
Last updated: 27.11.2026 18:40
''',
    s('Henrika Lindqvist', 'Henrika Lindqvist', '2026 had been "a year of firsts" for the two countries|the first joint session of the intergovernmental commission', 'said', 'mixed', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'Baltra supports the early conclusion of an agreement|has been agreed at expert level;', 'set out', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'the intergovernmental commission should meet annually, alternately in Rovik and Port Sade;', 'set out', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'Baltra is ready to share its experience in offshore wind generation, including:', 'set out', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'the training of engineers at the Rovik Polytechnic;', 'set out', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'the licensing of coastal sites;', 'set out', role=LINDQVIST),
    s('Henrika Lindqvist', 'the Minister', 'the two countries should coordinate their positions in the run-up to the UN Ocean Conference in 2027.', 'set out', role=LINDQVIST),
    s('Ade Okafor', 'He', 'Numan exports to Baltra had more than doubled since 2023, "though from a modest base, as my Baltran colleague reminds me every time".', 'noted', 'mixed', role=OKAFOR),
    s('Henrika Lindqvist and Ade Okafor', 'Both sides', 'concern over the increase in attacks on merchant shipping', 'expressed'),
    s('Henrika Lindqvist and Ade Okafor', 'Both sides', 'the importance of freedom of navigation', 'stressed'),
    s('Henrika Lindqvist', 'Henrika Lindqvist', 'Baltra "does not take sides in other countries&#39; internal disputes", but that attacks on civilian vessels "cannot be tolerated in any waters".', 'underlined', 'mixed', role=LINDQVIST),
    s('Ade Okafor', 'Ade Okafor', 'Numa wanted Baltran companies "not only to buy from us, but to build with us"', 'said', 'mixed', role=OKAFOR),
    s('Ade Okafor', 'Ade Okafor', 'his government would open a second trade office, in Lessen, next year', 'announced', role=OKAFOR),
    s('Henrika Lindqvist', 'The Foreign Minister of Baltra', 'the double taxation agreement could be signed "during the spring"|approved it in time', 'told', 'mixed', role=LINDQVIST),
)

VARGA = 'President of the Republic of Ostrel'
HALME = 'President of Corvania'

doc('j03-readout-corvania-ostrel-call', 'Press Service of the President of Corvania', '2026-11-30', ('''
Telephone conversation with President of Ostrel Leonid Varga
November 30, 2026  19:15  Selgrad
President of Corvania Anton Halme had a telephone conversation with President of the Republic of Ostrel Leonid Varga.
The conversation took place at the initiative of the Ostrelian side.
Leonid Varga briefed the Corvanian President on the results of the consultations on gas transit held in Selgrad last week and expressed the hope that the remaining differences on the tariff would be resolved "in a spirit of good-neighbourliness".
Anton Halme noted that Corvania had always been a reliable supplier and transit partner and was interested in a long-term contract "on mutually beneficial and predictable terms". The President of Corvania stressed that the Corvanian side was not linking the energy dialogue to other issues on the bilateral agenda.
The two leaders agreed to instruct the relevant ministries to intensify their work so that a new agreement could be signed before the current one expires.
The situation on the Corvanian-Ostrelian border was also discussed. Anton Halme drew attention to the growing number of incidents involving smuggling groups and proposed setting up a joint working group of the two countries' border services. Leonid Varga supported the proposal.
Leonid Varga said that Ostrel regarded Corvania as "a key partner in ensuring energy security in the region" and informed Anton Halme of his government's plans to modernise the Varna compressor station with the participation of Corvanian companies. The Corvanian leader welcomed this approach.
The Ostrelian President thanked Anton Halme for the assistance provided after the floods in the Dravna region in October.
The heads of state also exchanged greetings ahead of the Day of National Unity.
It was agreed to continue contacts.
Photos  Video  Transcripts  Documents
Share:  Facebook  X  Telegram
Corvanian President to address Federal Assembly on December 12 — spokesman
'''.strip('\n').replace('\n', '\r\n')),
    s('Leonid Varga', 'Leonid Varga', 'the remaining differences on the tariff would be resolved "in a spirit of good-neighbourliness"', 'expressed the hope', 'mixed', role=VARGA),
    s('Anton Halme', 'Anton Halme', 'Corvania had always been a reliable supplier and transit partner|"on mutually beneficial and predictable terms"', 'noted', 'mixed', role=HALME),
    s('Anton Halme', 'The President of Corvania', 'the Corvanian side was not linking the energy dialogue to other issues on the bilateral agenda', 'stressed', role=HALME),
    s('Anton Halme and Leonid Varga', 'The two leaders', 'to instruct the relevant ministries to intensify their work so that a new agreement could be signed before the current one expires', 'agreed'),
    s('Anton Halme', 'Anton Halme', 'the growing number of incidents involving smuggling groups', 'drew attention to', role=HALME),
    s('Anton Halme', 'Anton Halme', "setting up a joint working group of the two countries' border services", 'proposed', role=HALME),
    s('Leonid Varga', 'Leonid Varga', 'the proposal', 'supported', role=VARGA),
    s('Leonid Varga', 'Leonid Varga', 'Ostrel regarded Corvania as "a key partner in ensuring energy security in the region"', 'said', 'mixed', role=VARGA),
    s('Anton Halme', 'The Corvanian leader', 'this approach', 'welcomed', role=HALME),
    s('spokesman', 'spokesman', 'Corvanian President to address Federal Assembly on December 12', '', region='related'),
)

doc('j04-briefing-qesh-transcript', 'Ministry of Foreign Affairs of Qesh', '2026-12-02', '''
Skip to main content
MINISTRY OF FOREIGN AFFAIRS  |  Press Room  |  Regular Press Conferences
Foreign Ministry Spokesperson Lin Haoran&#8217;s Regular Press Conference on December 2, 2026
2026-12-02 20:41
Lin Haoran: Good afternoon. I have two announcements to start with.
At the invitation of the Government of Baltra, Foreign Minister Zhou Wen will pay an official visit to Baltra from December 6 to 8. During the visit, Foreign Minister Zhou will hold talks with Minister for Foreign Affairs Henrika Lindqvist and meet with Prime Minister Esko Rautanen.
The third Qesh-Coastal States Forum on fisheries will be held in Harbin Bay on December 10. Vice Minister Tao Lei will attend and deliver a keynote speech.
Qesh Daily: The spokesperson of the Tarvan coast guard said yesterday that two Qeshi fishing boats had entered Tarvan&#8217;s territorial waters near the Selin islands and refused to leave for six hours. What&#8217;s your response?
Lin Haoran: I have noted the reports. I want to stress that the waters near the Selin islands are Qesh&#8217;s traditional fishing grounds and the Qeshi fishing boats were operating normally. The so-called &quot;intrusion&quot; is simply not true.
We urge the Tarvan side to stop hyping up the issue and to handle maritime matters through the existing consultation mechanism. Last year, the two sides agreed in the mechanism to notify each other of patrols in advance, and Qesh has honoured that commitment.
Reuters: The Tarvan defense minister said this morning that his country would double its coast guard patrols around the islands. Is Qesh worried that this could lead to a clash at sea?
Lin Haoran: Qesh&#8217;s position on this question is consistent and clear. We do not want tension in the region and we do not seek confrontation with anyone. But we will firmly safeguard our legitimate rights and interests.
As President Han Mingyu said at the summit in Port Sade, &quot;the sea should be a bridge between neighbours, not a wall.&quot; That is our policy, and it has not changed.
AFP: Some analysts believe the visit of Foreign Minister Zhou to Baltra is aimed at weakening the Coastal States Forum&#8217;s statement on shipping. How do you respond?
Lin Haoran: Qesh and Baltra are good friends and partners. The visit is about our bilateral cooperation and is not directed at any third party. I&#8217;d refer you to the readout after the talks for details.
Bloomberg: The European Commission said on Monday it would open an anti-dumping investigation into Qeshi solar panels. Does Qesh plan to retaliate?
Lin Haoran: We have noted the announcement. The competent authorities will respond in accordance with the law. I would only point out that protectionism harms everyone, including the consumers of the country that practices it.
Follow-up: Will Qesh raise the issue during the visit to Baltra?
Lin Haoran: I have nothing to offer on that at the moment.
CCTN: The Baltran foreign minister told a newspaper last week that Baltra would raise human rights concerns during the visit. Will Qesh discuss these issues?
Lin Haoran: Qesh is always open to dialogue on the basis of equality and mutual respect. At the same time, we firmly oppose the use of so-called human rights issues to interfere in Qesh&#8217;s internal affairs. I believe the Baltran side understands our position.
Global Courier: According to media reports, a Qeshi citizen was detained in Tarva last week on espionage charges. Can you confirm?
Lin Haoran: The Qeshi Embassy in Tarva is verifying the information. We will protect the legitimate rights and interests of Qeshi citizens in accordance with the law.
Print  Close
''',
    s('Lin Haoran', 'Lin Haoran', 'Good afternoon. I have two announcements|deliver a keynote speech.', '', role='Foreign Ministry Spokesperson'),
    s('The spokesperson of the Tarvan coast guard', 'The spokesperson of the Tarvan coast guard', 'two Qeshi fishing boats had entered Tarvan&#8217;s territorial waters near the Selin islands and refused to leave for six hours', 'said'),
    s('Lin Haoran', 'Lin Haoran', 'I have noted the reports. I want to stress|Qesh has honoured that commitment.', '', role='Foreign Ministry Spokesperson'),
    s('Lin Haoran', 'We', 'the Tarvan side to stop hyping up the issue and to handle maritime matters through the existing consultation mechanism', 'urge', role='Foreign Ministry Spokesperson', nested=True, via='Lin Haoran'),
    s('Qesh and Tarva', 'the two sides', 'to notify each other of patrols in advance', 'agreed', nested=True, via='Lin Haoran'),
    s('The Tarvan defense minister', 'The Tarvan defense minister', 'his country would double its coast guard patrols around the islands', 'said', role='defense minister'),
    s('Lin Haoran', 'Lin Haoran', 'Qesh&#8217;s position on this question is consistent and clear.|it has not changed.', '', role='Foreign Ministry Spokesperson'),
    s('Han Mingyu', 'President Han Mingyu', '&quot;the sea should be a bridge between neighbours, not a wall.&quot;', 'said', 'direct', role='President', nested=True, via='Lin Haoran'),
    s('Some analysts', 'Some analysts', 'the visit of Foreign Minister Zhou to Baltra is aimed at weakening the Coastal States Forum&#8217;s statement on shipping', 'believe'),
    s('Lin Haoran', 'Lin Haoran', 'Qesh and Baltra are good friends and partners.|the readout after the talks for details.', '', role='Foreign Ministry Spokesperson'),
    s('The European Commission', 'The European Commission', 'it would open an anti-dumping investigation into Qeshi solar panels', 'said'),
    s('Lin Haoran', 'Lin Haoran', 'We have noted the announcement.|the country that practices it.', '', role='Foreign Ministry Spokesperson'),
    s('Henrika Lindqvist', 'The Baltran foreign minister', 'Baltra would raise human rights concerns during the visit', 'told', role='Minister for Foreign Affairs'),
    s('Lin Haoran', 'Lin Haoran', 'Qesh is always open to dialogue on the basis of equality|understands our position.', '', role='Foreign Ministry Spokesperson'),
    s('media reports', 'media reports', 'a Qeshi citizen was detained in Tarva last week on espionage charges', 'According to'),
    s('Lin Haoran', 'Lin Haoran', 'The Qeshi Embassy in Tarva is verifying the information.|in accordance with the law.', '', role='Foreign Ministry Spokesperson'),
)

doc('j05-wire-markets-wrap', 'Meridian Wire', '2026-12-02', '''
GLOBAL MARKETS-Stocks slip, bond yields climb as Aldport central bank signals no rush to cut

* Aldport central bank chief: &quot;patience is not complacency&quot;
* Oil falls 2% on Ostrel supply news
* Crown weakens to three-week low

By Priya Natarajan

LONDON, Dec 2 (Meridian Wire) - World stocks edged lower on Tuesday and government bond yields rose after the head of the Aldport Central Bank said it was in no hurry to cut interest rates, while oil prices fell on signs that Ostrel would restore gas and crude transit  sooner than expected.

The MSCI-style All Markets index, which tracks shares in 47 countries, was down 0.4% by 1230 GMT, heading for its third loss in four sessions.

"Patience is not complacency," Aldport Central Bank Governor Ingrid Soll told a banking conference in Wessing. "We will cut when the data allow us to, and not a meeting before."

Markets had priced in a roughly 60% chance of a cut in January before her remarks. By midday that had fallen to about 35%, according to Meridian calculations based on interest rate futures.

"She basically told the market to stop front-running the bank," said Tomasz Wrona, chief strategist at Halvard Capital in London. "That's a message for the bond market more than for equities."

STOCKS:
Aldport's benchmark index fell 0.8%, dragged down by banks and real estate. Carsten Group lost 4.1% after it cut its full-year outlook, citing weaker demand in its home appliances business.

In Asia, Qesh's blue-chip index added 0.6% and Tarva's gained 1.1%, helped by chipmakers.

BONDS:
The yield on two-year Aldport bonds, which is sensitive to rate expectations, rose 9 basis points to 2.71%, its highest since October.

CURRENCIES:
The Aldport crown weakened 0.3% against the dollar after a surprise fall in factory orders, and Baltra&#39;s mark held steady.

ENERGY:
Brent crude futures were down 2.1% at $71.40 a barrel. Ostrel&#39;s energy ministry said late on Monday that talks with Corvania on transit tariffs would resume &quot;within days&quot;, easing fears of a winter disruption.

"The risk premium is coming out fast," said Helga Brandt, an oil analyst at Nordbank. "Two weeks ago people were talking about a cold winter with no transit. Now they're talking about a deal by Christmas."

Gold was little changed at $2,410 an ounce.

Not everyone at the central bank sounded as firm. Deputy Governor Rasmus Keel told a radio interviewer on Tuesday evening that a January cut was "not off the table" if factory orders kept falling, comments that pulled the crown off its lows in late trade.

"The market is going to hear two voices for a while," said Sunita Rao, head of rates strategy at Eastgate Bank. "But the governor sets the tone, and today the tone was hawkish."

Traders also kept an eye on Tarva, where the finance ministry said it would sell 3 billion dollars of reconstruction bonds in the first quarter -- a larger issue than investors had expected.

Investors also awaited U.S. jobs data due on Friday, which analysts at Carrow Securities expect to show employers added 140,000 jobs in November, down from 190,000 in October.

WATCH: Aldport central bank chief on rates: &#39;We are not in a hurry&#39;

(Reporting by Priya Natarajan; Additional reporting by Kenji Mori in Tokyo; Editing by Alison Reyes)
Our Standards: The Meridian Trust Principles.
''',
    s('Ingrid Soll', 'Aldport central bank chief', '&quot;patience is not complacency&quot;', '', 'direct', role='Aldport Central Bank Governor'),
    s('Aldport Central Bank', 'Aldport central bank', 'no rush to cut', 'signals'),
    s('Ingrid Soll', 'the head of the Aldport Central Bank', 'it was in no hurry to cut interest rates', 'said', role='Aldport Central Bank Governor'),
    s('Ingrid Soll', 'Aldport Central Bank Governor Ingrid Soll', '"Patience is not complacency,"', 'told', 'direct', role='Aldport Central Bank Governor'),
    s('Ingrid Soll', '', '"We will cut when the data allow us to, and not a meeting before."', '', 'direct', role='Aldport Central Bank Governor'),
    s('Meridian calculations', 'Meridian calculations based on interest rate futures', 'By midday that had fallen to about 35%', 'according to'),
    s('Tomasz Wrona', 'Tomasz Wrona, chief strategist at Halvard Capital in London', '"She basically told the market to stop front-running the bank,"', 'said', 'direct', role='chief strategist at Halvard Capital'),
    s('Tomasz Wrona', '', '"That\'s a message for the bond market more than for equities."', '', 'direct', role='chief strategist at Halvard Capital'),
    s('Carsten Group', 'Carsten Group', 'weaker demand in its home appliances business', 'citing'),
    s("Ostrel's energy ministry", 'Ostrel&#39;s energy ministry', 'talks with Corvania on transit tariffs would resume &quot;within days&quot;', 'said', 'mixed'),
    s('Helga Brandt', 'Helga Brandt, an oil analyst at Nordbank', '"The risk premium is coming out fast,"', 'said', 'direct', role='oil analyst at Nordbank'),
    s('Helga Brandt', '', '"Two weeks ago people were talking about a cold winter with no transit. Now they\'re talking about a deal by Christmas."', '', 'direct', role='oil analyst at Nordbank'),
    s('Rasmus Keel', 'Deputy Governor Rasmus Keel', 'a January cut was "not off the table" if factory orders kept falling', 'told', 'mixed', role='Deputy Governor'),
    s('Sunita Rao', 'Sunita Rao, head of rates strategy at Eastgate Bank', '"The market is going to hear two voices for a while,"', 'said', 'direct', role='head of rates strategy at Eastgate Bank'),
    s('Sunita Rao', '', '"But the governor sets the tone, and today the tone was hawkish."', '', 'direct', role='head of rates strategy at Eastgate Bank'),
    s('the finance ministry', 'the finance ministry', 'it would sell 3 billion dollars of reconstruction bonds in the first quarter', 'said'),
    s('analysts at Carrow Securities', 'analysts at Carrow Securities', 'employers added 140,000 jobs in November, down from 190,000 in October', 'expect'),
    s('Ingrid Soll', 'Aldport central bank chief', '&#39;We are not in a hurry&#39;', '', 'direct', role='Aldport Central Bank Governor', region='related'),
)

doc('j06-liveblog-ridgeline-fire', 'Allied Press', '2026-11-24', '''
LIVE UPDATES
Ridgeline Fire live updates: Evacuations expand as winds pick up; governor says state 'stretched thin'
Updated 7:40 p.m. EST Nov. 24, 2026
Share on Facebook Share on X Email Print
Follow along for the latest on the fire burning north of Castor Springs.

7:31 p.m. EST
Governor requests federal emergency declaration
Okonkwo said in a post on X that he had formally asked the White House for an emergency declaration covering Castor, Elk and Sutter counties. "The numbers justify it," the governor wrote, echoing his words from the afternoon briefing.
A FEMA spokesperson confirmed the request had been received but did not say when a decision would come.

6:40 p.m. EST
Utility says it will cut power to 40,000 more customers
Northgate Power said it would shut off electricity to about 40,000 more customers in three counties starting at 9 p.m. to reduce the risk of new fires from downed lines. The outage could last until Thursday, the company said.
A spokeswoman, Adaeze Nwosu, said crews would inspect "every mile of line" before power is restored.

5:58 p.m. EST
'We have not lost a single firefighter, and I intend to keep it that way'
Fire Chief Dolores Abernathy of the Castor Springs Fire Department told reporters at the command post that the fire had grown to 11,200 acres and was 5% contained. She said two homes on Piñon Road were destroyed Monday afternoon.
"We have not lost a single firefighter, and I intend to keep it that way," Abernathy said. "If I tell you to leave, leave."
Asked whether arson was suspected, she said the cause was under investigation.
Advertisement
5:15 p.m. EST
Governor: 'We are stretched thin'
Gov. Martin Okonkwo said the state had asked three neighboring states for engine crews and two air tankers.
"We are stretched thin. I'm not going to pretend otherwise," the governor said at a briefing in the capital. "But we have never failed to get help when we asked for it."
The Democrat, who is in his second term, said he would request a federal emergency declaration "tonight if the numbers justify it."
State Sen. Ruth Calloway, a Republican whose district includes Castor Springs, said on social media that residents had been warned "far too late."
4:30 p.m. EST
Photos: Smoke over Castor Springs
(Photo: Luis Ortega/Allied Press) Smoke rises behind homes on Mesa Drive on Monday.
3:47 p.m. EST
Evacuation orders expanded to Elkhorn and Pine Hollow
The Castor County Sheriff's Office said evacuation orders now covered Elkhorn and Pine Hollow, two communities of about 6,000 people. Deputies were going door to door, the office said.
Sheriff Wade Tillman urged people who had not yet left "to go now, not in an hour."
Story continues below advertisement
Residents at a shelter in the Castor Springs High School gym described leaving with little more than their pets. "I grabbed the dog and the photo albums and that was it," said Marisol Quintero, 58, who has lived in Elkhorn for 30 years. "You don't think about anything else."
2:10 p.m. EST
National Weather Service: winds to gust up to 60 mph
Gusts of up to 60 mph are expected through Tuesday morning, the National Weather Service said, with humidity as low as 5%. Forecaster Ben Adeyemi said there was "no real relief" in sight before the weekend.
Sign up for breaking news alerts
Get the biggest stories delivered to your inbox.
Email address  Sign up
RELATED
Castor Springs fire: What we know about the evacuation zones
Officials say the burn scar from 2020 could slow the fire on its eastern flank
''',
    s('Martin Okonkwo', 'governor', "state 'stretched thin'", 'says', 'mixed', role='Gov.'),
    s('Martin Okonkwo', 'Okonkwo', 'he had formally asked the White House for an emergency declaration covering Castor, Elk and Sutter counties', 'said', role='Gov.'),
    s('Martin Okonkwo', 'he', 'the White House for an emergency declaration covering Castor, Elk and Sutter counties', 'had formally asked', role='Gov.', nested=True, via='Martin Okonkwo'),
    s('Martin Okonkwo', 'the governor', '"The numbers justify it,"', 'wrote', 'direct', role='Gov.'),
    s('A FEMA spokesperson', 'A FEMA spokesperson', 'the request had been received', 'confirmed'),
    s('Northgate Power', 'Utility', 'it will cut power to 40,000 more customers', 'says'),
    s('Northgate Power', 'Northgate Power', 'it would shut off electricity to about 40,000 more customers|from downed lines', 'said'),
    s('Northgate Power', 'the company', 'The outage could last until Thursday', 'said'),
    s('Adaeze Nwosu', 'A spokeswoman, Adaeze Nwosu', 'crews would inspect "every mile of line" before power is restored', 'said', 'mixed', role='spokeswoman'),
    s('Dolores Abernathy', 'Fire Chief Dolores Abernathy of the Castor Springs Fire Department', 'the fire had grown to 11,200 acres and was 5% contained', 'told', role='Fire Chief'),
    s('Dolores Abernathy', 'She', 'two homes on Piñon Road were destroyed Monday afternoon', 'said', role='Fire Chief'),
    s('Dolores Abernathy', 'Abernathy', '"We have not lost a single firefighter, and I intend to keep it that way,"', 'said', 'direct', role='Fire Chief'),
    s('Dolores Abernathy', '', '"If I tell you to leave, leave."', '', 'direct', role='Fire Chief'),
    s('Dolores Abernathy', 'she', 'the cause was under investigation', 'said', role='Fire Chief'),
    s('Martin Okonkwo', 'Governor', "'We are stretched thin'", '', 'direct', role='Gov.'),
    s('Martin Okonkwo', 'Gov. Martin Okonkwo', 'the state had asked three neighboring states for engine crews and two air tankers', 'said', role='Gov.'),
    s('Martin Okonkwo', 'the governor', '"We are stretched thin. I\'m not going to pretend otherwise,"', 'said', 'direct', role='Gov.'),
    s('Martin Okonkwo', '', '"But we have never failed to get help when we asked for it."', '', 'direct', role='Gov.'),
    s('Martin Okonkwo', 'The Democrat, who is in his second term', 'he would request a federal emergency declaration "tonight if the numbers justify it."', 'said', 'mixed', role='Gov.'),
    s('Ruth Calloway', 'State Sen. Ruth Calloway, a Republican whose district includes Castor Springs', 'residents had been warned "far too late."', 'said', 'mixed', role='State Sen.'),
    s("The Castor County Sheriff's Office", "The Castor County Sheriff's Office", 'evacuation orders now covered Elkhorn and Pine Hollow, two communities of about 6,000 people', 'said'),
    s("The Castor County Sheriff's Office", 'the office', 'Deputies were going door to door', 'said'),
    s('Wade Tillman', 'Sheriff Wade Tillman', 'people who had not yet left "to go now, not in an hour."', 'urged', 'mixed', role='Sheriff'),
    s('Residents at a shelter in the Castor Springs High School gym', 'Residents at a shelter in the Castor Springs High School gym', 'leaving with little more than their pets', 'described'),
    s('Marisol Quintero', 'Marisol Quintero, 58, who has lived in Elkhorn for 30 years', '"I grabbed the dog and the photo albums and that was it,"', 'said', 'direct'),
    s('Marisol Quintero', '', '"You don\'t think about anything else."', '', 'direct'),
    s('National Weather Service', 'National Weather Service', 'winds to gust up to 60 mph', ''),
    s('the National Weather Service', 'the National Weather Service', 'Gusts of up to 60 mph are expected through Tuesday morning', 'said'),
    s('Ben Adeyemi', 'Forecaster Ben Adeyemi', 'there was "no real relief" in sight before the weekend', 'said', 'mixed', role='Forecaster'),
    s('Officials', 'Officials', 'the burn scar from 2020 could slow the fire on its eastern flank', 'say', region='related'),
)

doc('j07-paper-millbrook-bus-depot', 'The Millbrook Courier', '2026-11-19', '''
News | Local | City Hall
Mayor: 'We will not back down' on Eastside bus depot, despite lawsuit threat
Residents say the $84-million facility will bring diesel fumes and traffic to a neighbourhood that already has both
By Renata Solberg  Staff Reporter
Published Nov. 19, 2026 at 5:45 a.m. | Updated Nov. 19, 2026 at 11:02 a.m.
Share on Facebook Share on X Email  142 Comments
Mayor Celeste Arbour, center, speaks during Tuesday's council meeting at City Hall. (Photo: Dominic Reyes/Staff)Mayor Celeste Arbour says she will not back down on plans for a new bus depot on the city's Eastside, even as a neighbourhood group prepares to take the city to court.
"We will not back down. This depot is how we get electric buses on the road by 2030, and there is no other site that works," Arbour told council on Tuesday night, to jeers from some of the roughly 200 residents who packed the chamber.
The Eastside Neighbours Association says the city failed to do a proper environmental assessment before approving the site, a former rail yard on Dufferin Street, in a 9-4 vote in June. Its lawyer, Kofi Mensah, said in a letter to the city dated Nov. 14 that the association would seek an injunction "if construction begins before a full assessment is completed."
Advertisement
Story continues below advertisement
Mensah declined an interview request. In the letter, he wrote that the city&#8217;s own consultants had flagged "significant uncertainty" about soil contamination at the site.
City staff dispute that reading. Transit general manager Howard Becke said the consultants' report "identified risks that are normal for any former rail yard" and that the remediation plan was "thorough and fully funded."
"Every one of these sites is contaminated to some degree. That's what a rail yard is," Becke said in an interview Wednesday. "The question is whether you clean it up properly, and we will."
Coun. Priya Ramkissoon, who represents the Eastside and voted against the site, said the neighbourhood was "tired of being the place where the city puts the things nobody else wants."
"We already have the waste transfer station. We already have the highway ramp. Now diesel buses idling at five in the morning," she said. "Nobody asked us."
Becke said the depot would house only electric buses once the fleet is converted, but acknowledged that diesel buses would use it "for a transition period of several years."
Coun. Gordon Whitlock, who chairs the transit committee, said moving the project would add at least two years and $20 million to its cost. "People want cleaner buses. You can't have cleaner buses without somewhere to charge them," he said.

SIGN UP FOR THE CITY HALL NEWSLETTER
Get our weekly briefing on what council is doing, delivered every Friday. Sign up
By signing up you agree to our terms of use and privacy policy.

The mayor, who is expected to seek re-election next fall, framed the fight as a test of whether the city can build anything at all. She told council that "every project in this city has a neighbourhood that would rather it went somewhere else," and that the city could not "let the loudest meeting decide."
At the meeting, resident Tamsin O&#8217;Leary, 67, held a sign that read "Our Lungs Are Not Your Depot." She said she had lived on Dufferin Street for 41 years and had "never once been consulted about anything."
Construction is scheduled to begin in March. A city spokesperson said Wednesday that the schedule had not changed.
RELATED STORIES
Council approves Eastside depot in 9-4 vote
Millbrook's first electric buses hit the road; riders say they are quieter but colder
Tags: City Hall, Transit, Eastside, Celeste Arbour
142 Comments
Sort by: Newest
marge_eastside  2 hours ago
Typical. They never put these things in Westfield.
Reply  Like (38)
D. Kowalski  3 hours ago
The Mayor is right. We voted for electric buses, they have to park somewhere.
Reply  Like (12)
''',
    s('Celeste Arbour', 'Mayor', "'We will not back down' on Eastside bus depot, despite lawsuit threat", '', 'mixed', role='Mayor'),
    s('Residents', 'Residents', 'the $84-million facility will bring diesel fumes and traffic to a neighbourhood that already has both', 'say'),
    s('Celeste Arbour', 'Mayor Celeste Arbour', 'she will not back down on plans for a new bus depot on the city\'s Eastside', 'says', role='Mayor'),
    s('Celeste Arbour', 'Arbour', '"We will not back down.|there is no other site that works,"', 'told', 'direct', role='Mayor'),
    s('The Eastside Neighbours Association', 'The Eastside Neighbours Association', 'the city failed to do a proper environmental assessment|in a 9-4 vote in June', 'says'),
    s('Kofi Mensah', 'Its lawyer, Kofi Mensah', 'the association would seek an injunction "if construction begins before a full assessment is completed."', 'said', 'mixed', role='lawyer'),
    s('Kofi Mensah', 'he', 'the city&#8217;s own consultants had flagged "significant uncertainty" about soil contamination at the site', 'wrote', 'mixed', role='lawyer'),
    s('City staff', 'City staff', 'that reading', 'dispute'),
    s('Howard Becke', 'Transit general manager Howard Becke', 'the consultants\' report "identified risks that are normal for any former rail yard" and that the remediation plan was "thorough and fully funded."', 'said', 'mixed', role='Transit general manager'),
    s('Howard Becke', 'Becke', '"Every one of these sites is contaminated to some degree. That\'s what a rail yard is,"', 'said', 'direct', role='Transit general manager'),
    s('Howard Becke', '', '"The question is whether you clean it up properly, and we will."', '', 'direct', role='Transit general manager'),
    s('Priya Ramkissoon', 'Coun. Priya Ramkissoon, who represents the Eastside and voted against the site', 'the neighbourhood was "tired of being the place where the city puts the things nobody else wants."', 'said', 'mixed', role='Coun.'),
    s('Priya Ramkissoon', 'she', '"We already have the waste transfer station.|five in the morning,"', 'said', 'direct', role='Coun.'),
    s('Priya Ramkissoon', '', '"Nobody asked us."', '', 'direct', role='Coun.'),
    s('Howard Becke', 'Becke', 'the depot would house only electric buses once the fleet is converted', 'said', role='Transit general manager'),
    s('Howard Becke', 'Becke', 'diesel buses would use it "for a transition period of several years."', 'acknowledged', 'mixed', role='Transit general manager'),
    s('Gordon Whitlock', 'Coun. Gordon Whitlock, who chairs the transit committee', 'moving the project would add at least two years and $20 million to its cost', 'said', role='Coun.'),
    s('Gordon Whitlock', 'he', '"People want cleaner buses. You can\'t have cleaner buses without somewhere to charge them,"', 'said', 'direct', role='Coun.'),
    s('Celeste Arbour', 'The mayor, who is expected to seek re-election next fall', 'the fight as a test of whether the city can build anything at all', 'framed', role='Mayor'),
    s('Celeste Arbour', 'She', '"every project in this city has a neighbourhood that would rather it went somewhere else," and that the city could not "let the loudest meeting decide."', 'told', 'mixed', role='Mayor'),
    s("Tamsin O'Leary", 'She', 'she had lived on Dufferin Street for 41 years and had "never once been consulted about anything."', 'said', 'mixed'),
    s('A city spokesperson', 'A city spokesperson', 'the schedule had not changed', 'said'),
    s('riders', 'riders', 'they are quieter but colder', 'say', region='related'),
)

FAROUK = "chief of emergency medicine at St. Brendan's Hospital"

doc('j08-paper-interview-heat-doctor', 'The Harbor City Sentinel', '2026-08-14', '''
Sections  Search  Subscribe  Log In
OPINION &amp; IDEAS / Q&amp;A
&#8216;Heat Is A Silent Killer&#8217;: An ER Doctor On The Summer That Broke Records
Dr. Nadia Farouk, chief of emergency medicine at St. Brendan&#8217;s Hospital, spoke with Sentinel health reporter Owen Pritchard. This interview has been edited for length and clarity.
Aug. 14, 2026, 6:00 a.m. ET
Listen to this article · 7:12 min

This summer Harbor City had 23 days above 95 degrees, more than any year on record. St. Brendan&#8217;s, the largest public hospital in the county, treated 1,140 patients for heat illness between June and mid-August, according to figures the hospital released last week, almost twice last year&#8217;s total.

We asked the doctor who runs its emergency department what she saw.

What was different about this summer?

The nights. People can handle a hot day if the night cools off. This year it didn&#8217;t. We had stretches of a week where it never went below 80, and that is when we started seeing the older patients come in, the ones who live alone on the top floor with one fan.

Who were the patients?

Mostly people over 70, people on certain heart and psychiatric medications, and outdoor workers. Roofers, landscapers, delivery drivers. We had a 34-year-old roofer come in with a core temperature of 107. He survived. A lot of them don&#8217;t.

&#8220;We had stretches of a week where it never went below 80&#8221;

The city opened 14 cooling centers. Did they help?

They helped the people who got to them. But if you are 84 and you use a walker and the cooling center is a mile away, it does not exist for you. I told the city council that in June, and I&#8217;ll say it again: the cooling center has to come to the patient.

The county&#8217;s public health director, Marcus Ellery, has said the county will add mobile cooling buses next summer. Is that enough?

It is a start. I&#8217;d like to see the buses go door to door in the buildings where we know people are isolated. The fire department already knows those buildings. They go there every week.

Advertisement

Does the hospital itself have enough capacity?

No. On the worst day, July 22, we had 61 patients waiting for a bed in the emergency department. Our nurses were extraordinary. But you cannot run a hospital on extraordinary forever.

Some people say air conditioning should be treated like heat in the winter, something a landlord has to provide. Do you agree?

I do. We require landlords to keep an apartment at 68 degrees in January. We don&#8217;t require anything in July, and July is now more dangerous. Two of the patients we lost this summer had air conditioners in the window that their landlord had told them not to run because of the wiring.

The landlords&#8217; association has argued that a cooling requirement would force older buildings to replace their electrical systems.

Some of them will have to. That&#8217;s not a reason not to do it. It&#8217;s a reason to help them pay for it.

What would you tell readers before the next heat wave?

Check on your neighbors. Honestly, that&#8217;s the whole prescription. Know who on your floor lives alone, knock on the door, bring a bottle of water. It sounds small. It saves lives.

Ellery, reached by phone, said the county had budgeted $3.2 million for the mobile program and expected to have eight buses on the road by June. &#8220;Dr. Farouk is right that we have to go to people,&#8221; he said. &#8220;That is exactly what the buses are for.&#8221;

More from Opinion &amp; Ideas
What the heat did to the city&#8217;s trees
Letters: Readers on cooling centers, air conditioning and the power bill
''',
    s('Nadia Farouk', 'An ER Doctor', "&#8216;Heat Is A Silent Killer&#8217;", '', 'direct', role=FAROUK),
    s("St. Brendan's Hospital", 'figures the hospital released last week', 'St. Brendan&#8217;s, the largest public hospital in the county, treated 1,140 patients|between June and mid-August', 'according to'),
    s('Nadia Farouk', '', 'The nights. People can handle a hot day|the top floor with one fan.', '', role=FAROUK),
    s('Nadia Farouk', '', 'Mostly people over 70, people on certain heart|A lot of them don&#8217;t.', '', role=FAROUK),
    s('Nadia Farouk', '', 'They helped the people who got to them.|the cooling center has to come to the patient.', '', role=FAROUK),
    s('Nadia Farouk', 'I', 'the cooling center has to come to the patient', 'say', role=FAROUK, nested=True, via='Nadia Farouk'),
    s('Marcus Ellery', "The county&#8217;s public health director, Marcus Ellery", 'the county will add mobile cooling buses next summer', 'has said', role='public health director'),
    s('Nadia Farouk', '', 'It is a start. I&#8217;d like to see the buses|They go there every week.', '', role=FAROUK),
    s('Nadia Farouk', '', 'No. On the worst day, July 22|cannot run a hospital on extraordinary forever.', '', role=FAROUK),
    s('Some people', 'Some people', 'air conditioning should be treated like heat in the winter, something a landlord has to provide', 'say'),
    s('Nadia Farouk', '', 'I do. We require landlords|because of the wiring.', '', role=FAROUK),
    s('their landlord', 'their landlord', 'them not to run because of the wiring', 'had told', nested=True, via='Nadia Farouk'),
    s("The landlords' association", 'The landlords&#8217; association', 'a cooling requirement would force older buildings to replace their electrical systems', 'has argued'),
    s('Nadia Farouk', '', 'Some of them will have to.|help them pay for it.', '', role=FAROUK),
    s('Nadia Farouk', '', 'Check on your neighbors.|It saves lives.', '', role=FAROUK),
    s('Marcus Ellery', 'Ellery', 'the county had budgeted $3.2 million for the mobile program and expected to have eight buses on the road by June', 'said', role='public health director'),
    s('Marcus Ellery', 'he', '&#8220;Dr. Farouk is right that we have to go to people,&#8221;', 'said', 'direct', role='public health director'),
    s('Marcus Ellery', '', '&#8220;That is exactly what the buses are for.&#8221;', '', 'direct', role='public health director'),
)

doc('j09-paper-school-board-phones', 'Lakeshore Gazette', '2026-10-08', '''
Home  >  News  >  Education
EDUCATION
School board votes to lock up students&#39; phones; teachers union says it wasn't consulted
By Tanya Greaves  tgreaves@lakeshoregazette.com
Oct 8, 2026  Updated Oct 8, 2026
0 comments
Facebook  Twitter  WhatsApp  SMS  Email  Print  Save
Lakeshore County students will have to lock their phones in pouches for the whole school day starting in January, after the school board voted 6-1 on Tuesday night to expand a pilot that trustees said had cut classroom disruptions in half.
The policy applies to all 11 middle and high schools in the district. Students will put their phones in magnetically sealed pouches at the door and unlock them at the end of the day.
&quot;Our kids are spending seven hours a day in a building where they cannot stop looking at a screen,&quot; said board chair Evelyn Marchetti, who introduced the motion. &quot;We owe them seven hours where they don't have to.
Superintendent Raymond Osei said the pilot at Harlow Middle School last spring had reduced referrals for classroom disruption from 212 to 97 over one semester. Teachers there reported students talking to each other at lunch &quot;for the first time in years,&quot; he told the board.
The lone no vote came from trustee Glenn Abara, who said he supported limits on phones but worried about emergencies. &quot;If there is a lockdown, a parent&#39;s first instinct is to text their kid. I&#39;m not comfortable telling them they can't,&quot; Abara said.
Osei said every classroom has a phone and an intercom and that the district's emergency plan does not depend on students' phones. &quot;In a real lockdown, we actually want students off their phones, so the light and the sound don't give away where they are,&quot; he said.

The Lakeshore Teachers Association, which represents about 1,400 teachers, said it supported the goal but was not consulted on how the policy would be enforced. Union president Carla Whitfield said teachers were worried they would spend the first 20 minutes of every day &quot;policing pouches.&quot;
&quot;Nobody asked the people who will actually have to do this,&quot; Whitfield said. &quot;We found out from a press release.
Marchetti said the district would hire extra hall monitors at the four largest high schools and that the union would be invited to help write the enforcement rules.
Several parents spoke against the policy during public comment. Dana Kowalczyk, whose son is a junior at Lakeshore Central, told the board the pouches cost $30 each and asked who would pay when they break. Board members said the district would pay.
A survey of 2,300 parents conducted by the district in September found that 71 percent supported a full-day ban.
Students were split. Emeka Duru, 16, a junior at Lakeshore Central, said most of his friends would "just bring a second phone." His classmate Leah Tran, 17, said she thought the rule was "annoying but probably good for us."
The board also approved the district's annual staff awards on Tuesday:
Teacher of the Year – Elementary: Maria Ostrowski, Pine Ridge Elementary
Teacher of the Year – Secondary: David Achebe, Lakeshore Central High School
Support Staff Award: Frank Lindahl, custodian, Harlow Middle School
Rookie of the Year: Jasmine Patel, Westbrook High School
Achebe, who teaches chemistry, said he was "completely surprised" by the award. "I just show up and try to blow things up safely," he said.
The next board meeting is Oct. 22.
Tags  Education  Lakeshore County Schools  Cellphones
Trending Now
1. Lakeshore Central football coach resigns after investigation
2. Police: Driver in fatal crash on Route 9 was speeding
3. 'We're not going anywhere': Owners of Main Street diner say they will reopen after fire
''',
    s('Lakeshore Teachers Association', 'teachers union', "it wasn't consulted", 'says'),
    s('trustees', 'trustees', 'had cut classroom disruptions in half', 'said'),
    s('Evelyn Marchetti', 'board chair Evelyn Marchetti, who introduced the motion', "&quot;Our kids are spending seven hours a day|cannot stop looking at a screen,&quot;", 'said', 'direct', role='board chair'),
    s('Evelyn Marchetti', '', "&quot;We owe them seven hours where they don't have to.", '', 'direct', role='board chair'),
    s('Raymond Osei', 'Superintendent Raymond Osei', 'the pilot at Harlow Middle School last spring had reduced referrals|over one semester', 'said', role='Superintendent'),
    s('Teachers there', 'Teachers there', 'students talking to each other at lunch &quot;for the first time in years,&quot;', 'reported', 'mixed', nested=True, via='Raymond Osei'),
    s('Raymond Osei', 'he', 'Teachers there reported students talking to each other at lunch &quot;for the first time in years,&quot;', 'told', 'mixed', role='Superintendent'),
    s('Glenn Abara', 'trustee Glenn Abara', 'he supported limits on phones but worried about emergencies', 'said', role='trustee'),
    s('Glenn Abara', 'Abara', "&quot;If there is a lockdown|telling them they can't,&quot;", 'said', 'direct', role='trustee'),
    s('Raymond Osei', 'Osei', "every classroom has a phone and an intercom and that the district's emergency plan does not depend on students' phones", 'said', role='Superintendent'),
    s('Raymond Osei', 'he', "&quot;In a real lockdown, we actually want students off their phones|give away where they are,&quot;", 'said', 'direct', role='Superintendent'),
    s('Lakeshore Teachers Association', 'The Lakeshore Teachers Association, which represents about 1,400 teachers', 'it supported the goal but was not consulted on how the policy would be enforced', 'said'),
    s('Carla Whitfield', 'Union president Carla Whitfield', 'teachers were worried they would spend the first 20 minutes of every day &quot;policing pouches.&quot;', 'said', 'mixed', role='Union president'),
    s('Carla Whitfield', 'Whitfield', '&quot;Nobody asked the people who will actually have to do this,&quot;', 'said', 'direct', role='Union president'),
    s('Carla Whitfield', '', '&quot;We found out from a press release.', '', 'direct', role='Union president'),
    s('Evelyn Marchetti', 'Marchetti', 'the district would hire extra hall monitors at the four largest high schools|help write the enforcement rules', 'said', role='board chair'),
    s('Dana Kowalczyk', 'Dana Kowalczyk, whose son is a junior at Lakeshore Central', 'the pouches cost $30 each', 'told'),
    s('Board members', 'Board members', 'the district would pay', 'said'),
    s('the district', 'A survey of 2,300 parents conducted by the district in September', '71 percent supported a full-day ban', 'found'),
    s('Emeka Duru', 'Emeka Duru, 16, a junior at Lakeshore Central', 'most of his friends would "just bring a second phone."', 'said', 'mixed'),
    s('Leah Tran', 'His classmate Leah Tran, 17', 'she thought the rule was "annoying but probably good for us."', 'said', 'mixed'),
    s('David Achebe', 'Achebe, who teaches chemistry', 'he was "completely surprised" by the award', 'said', 'mixed'),
    s('David Achebe', 'he', '"I just show up and try to blow things up safely,"', 'said', 'direct'),
    s('Police', 'Police', 'Driver in fatal crash on Route 9 was speeding', '', region='related'),
    s('Owners of Main Street diner', 'Owners of Main Street diner', "'We're not going anywhere'", '', 'direct', region='related'),
    s('Owners of Main Street diner', 'Owners of Main Street diner', 'they will reopen after fire', 'say', region='related'),
)

doc('j10-paper-province-wildfire-aid', 'The Prairie Standard', '2026-09-03', '''
We use cookies to personalize content and ads and to analyze our traffic. By continuing to use this site you agree to our use of cookies. Accept  Manage preferences
THE PRAIRIE STANDARD  |  News  Politics  Business  Opinion  Sports  Life  Obituaries
POLITICS
Province to cover 90 per cent of wildfire rebuilding costs, minister says; mayors call it &#8216;a good start&#8217;
Farid Haddad  The Prairie Standard
Published Sep 03, 2026  •  Last updated 2 hours ago  •  4 minute read
Join the conversation
Municipal Affairs Minister Lorraine Tkachuk announces the rebuilding program at the legislature on Tuesday. Photo by Kelsey Dumont /The Prairie Standard
The province will pay 90 per cent of the cost of rebuilding roads, water lines and other municipal infrastructure destroyed in this summer&#8217;s wildfires, the municipal affairs minister announced Tuesday, up from the 75 per cent the government offered in July.
The minister told reporters the new program would cost about $410 million over three years and would cover 23 municipalities and First Nations in the north of the province.
&quot;These communities did not choose to burn. They should not have to choose between a water treatment plant and a school,&quot; she said.
READ MORE:
Wildfire evacuees return to Birch Lake to find half the town gone
Opinion: The province&#8217;s disaster fund was built for floods, not fires
The change follows weeks of pressure from northern mayors, who said the original offer would have forced some towns to raise property taxes by as much as 40 per cent.
Mayor Gilles Beaudry of Birch Lake, where 212 homes and the town&#8217;s only arena burned in July, called the announcement &#8220;a good start.&#8221; But he said the province had not yet said whether it would also pay to rebuild the arena, which the town insured for less than half its replacement value.
&#8220;A town without a rink in the North isn&#8217;t a town,&#8221; Beaudry said. &#8220;That&#8217;s where the kids go. That&#8217;s where we held the evacuation briefings.&#8221;
Tkachuk said recreation facilities would be considered &quot;case by case&quot; under a separate fund.
Opposition critic Devin Stonechild said the government had moved only because it was &#8220;shamed into it.&#8221;
&quot;The mayors have been asking since July. The minister could have done this in August and chose not to,&quot; Stonechild told the legislature during question period. He said the NDP would push for the province to cover 100 per cent, as it did after the 2016 floods in the south.
Advertisement 2
Article content
The government&#8217;s own figures show that more than 60 per cent of the damaged infrastructure was in communities with fewer than 2,000 people.
Premier Alan Fjeldstad, speaking in Westport later Tuesday, defended the timing. He said the province had waited for final damage estimates &quot;so we don&#8217;t have to come back and change the number again.&quot;
Tkachuk, a former mayor of Sundre Falls, said she knew &quot;from the other side of the table&quot; what the uncertainty had cost northern councils. &quot;I&#8217;ve been the person waiting for the phone call from the province. I didn&#8217;t want anybody to wait any longer than they had to,&quot; she said.
The Association of Northern Municipalities said in a statement that it welcomed the change and would &quot;hold the government to its timelines.&quot;
Its president, Sheila Kanatakta, said the association would ask for the first payments to arrive before the ground freezes in November, so that water line repairs could begin.
This article was originally published in the Northern Sun, a partner publication.
Share this Story: Province to cover 90 per cent of wildfire rebuilding costs
Report an error  Journalistic Standards  About the Standard
Trending
Lakers fall 4-2, coach says team &#8216;got what we deserved&#8217;
''',
    s('Lorraine Tkachuk', 'minister', 'Province to cover 90 per cent of wildfire rebuilding costs', 'says', role='Municipal Affairs Minister'),
    s('mayors', 'mayors', 'it &#8216;a good start&#8217;', 'call', 'mixed'),
    s('Lorraine Tkachuk', 'the municipal affairs minister', 'The province will pay 90 per cent of the cost|this summer&#8217;s wildfires', 'announced', role='Municipal Affairs Minister'),
    s('Lorraine Tkachuk', 'The minister', 'the new program would cost about $410 million over three years|in the north of the province', 'told', role='Municipal Affairs Minister'),
    s('Lorraine Tkachuk', 'she', '&quot;These communities did not choose to burn.|a water treatment plant and a school,&quot;', 'said', 'direct', role='Municipal Affairs Minister'),
    s('northern mayors', 'northern mayors', 'the original offer would have forced some towns to raise property taxes by as much as 40 per cent', 'said'),
    s('Gilles Beaudry', 'Mayor Gilles Beaudry of Birch Lake, where 212 homes and the town&#8217;s only arena burned in July', 'the announcement &#8220;a good start.&#8221;', 'called', 'mixed', role='Mayor'),
    s('Gilles Beaudry', 'he', 'the province had not yet said whether it would also pay to rebuild the arena|less than half its replacement value', 'said', role='Mayor'),
    s('Gilles Beaudry', 'Beaudry', '&#8220;A town without a rink in the North isn&#8217;t a town,&#8221;', 'said', 'direct', role='Mayor'),
    s('Gilles Beaudry', '', '&#8220;That&#8217;s where the kids go.|the evacuation briefings.&#8221;', '', 'direct', role='Mayor'),
    s('Lorraine Tkachuk', 'Tkachuk', 'recreation facilities would be considered &quot;case by case&quot; under a separate fund', 'said', 'mixed', role='Municipal Affairs Minister'),
    s('Devin Stonechild', 'Opposition critic Devin Stonechild', 'the government had moved only because it was &#8220;shamed into it.&#8221;', 'said', 'mixed', role='Opposition critic'),
    s('Devin Stonechild', 'Stonechild', '&quot;The mayors have been asking since July.|chose not to,&quot;', 'told', 'direct', role='Opposition critic'),
    s('Devin Stonechild', 'He', 'the NDP would push for the province to cover 100 per cent, as it did after the 2016 floods in the south', 'said', role='Opposition critic'),
    s('The government&#8217;s own figures', 'The government&#8217;s own figures', 'more than 60 per cent of the damaged infrastructure was in communities with fewer than 2,000 people', 'show'),
    s('Alan Fjeldstad', 'Premier Alan Fjeldstad', 'the timing', 'defended', role='Premier'),
    s('Alan Fjeldstad', 'He', 'the province had waited for final damage estimates &quot;so we don&#8217;t have to come back and change the number again.&quot;', 'said', 'mixed', role='Premier'),
    s('Lorraine Tkachuk', 'Tkachuk, a former mayor of Sundre Falls', 'she knew &quot;from the other side of the table&quot; what the uncertainty had cost northern councils', 'said', 'mixed', role='Municipal Affairs Minister'),
    s('Lorraine Tkachuk', 'she', '&quot;I&#8217;ve been the person waiting for the phone call from the province.|any longer than they had to,&quot;', 'said', 'direct', role='Municipal Affairs Minister'),
    s('The Association of Northern Municipalities', 'The Association of Northern Municipalities', 'it welcomed the change and would &quot;hold the government to its timelines.&quot;', 'said', 'mixed'),
    s('Sheila Kanatakta', 'Its president, Sheila Kanatakta', 'the association would ask for the first payments to arrive before the ground freezes in November|could begin', 'said', role='president'),
    s('coach', 'coach', 'team &#8216;got what we deserved&#8217;', 'says', 'mixed', region='related'),
)

doc('j11-paper-court-contractor-fraud', 'The Ridgefield Ledger', '2026-11-12', '''
EXCLUSIVE: Former city contractor told investigators he paid
"consulting fees" to inspector&#8217;s brother-in-law, records show
By Marcus Delaney | mdelaney@ridgefieldledger.com
Nov 12, 2026
CrimeCourtsCity HallAnthony Russo
A former city paving contractor told state investigators that he paid more than
$180,000 in "consulting fees" to the brother-in-law of a city inspector who
approved his company's work, according to a transcript of the interview filed
Tuesday in Ridgefield Superior Court.
The contractor, Dennis Kaplan, 59, who owned Kaplan Asphalt &amp; Sealing until he
sold it last year, said in the 2025 interview that the inspector, Anthony Russo,
had told him the payments were "the cost of doing business on the east side."
“I knew what it was. I'm not going to sit here and tell you I didn't,” Kaplan told
investigators, according to the transcript. “But if I didn't pay, I didn't get
signed off, and if I didn't get signed off, I didn't get paid.”
Russo, 63, has pleaded not guilty to bribery and conspiracy charges. His lawyer,
Elaine Whitcombe, said Kaplan was "a man who cut corners for twenty years and is
now trying to trade his way out of a prison sentence."
"Mr. Kaplan has every reason to say whatever the state wants to hear," Whitcombe
said in an email Wednesday. "A jury will see that."
Kaplan has not been charged. Prosecutors have said in court filings that he is
cooperating with the investigation, and the transcript shows he was offered
immunity from prosecution for his testimony.
The brother-in-law, Victor Hale, 55, is charged with conspiracy and money
laundering and is scheduled to go on trial with Russo in February. His lawyer
did not respond to messages.
According to the filing, Kaplan&#8217;s company received $2.4 million in city
paving contracts between 2019 and 2024, and Russo signed off on all but three of
the 46 jobs. A city audit released last year found that at least 11 of those
jobs had used less asphalt than the contracts required.
In the interview, Kaplan described meeting Russo at a diner on Route 4 in 2019.
The inspector, he said, told him that "there's a guy who helps with the paperwork" and
wrote Hale's phone number on a napkin. Kaplan said he kept the napkin "for
years" but threw it away when he sold the company.
Assistant District Attorney Naomi Feld declined to comment on the transcript,
saying the office does not discuss pending cases outside court. But at a hearing
in September, she told Judge Robert Iwu that the state had "bank records,
text messages and a witness" linking the payments to specific inspections.
Judge Iwu on Tuesday denied a motion by Russo&#8217;s lawyer to exclude the
transcript, ruling that its reliability was "a question for the jury, not
for the court."
Mayor Joanne Pelletier, who was elected in 2023 on a promise to "clean up the
inspection office," said in a statement that the city had since moved
all paving inspections to a rotating team and hired an outside monitor.
“What happened in that office was a betrayal of every taxpayer in this city,”
the statement said. “We have changed the system so that it cannot happen again.
Russo was placed on unpaid leave in March 2025 and resigned in June.
RELATED
City audit finds paving jobs shortchanged on asphalt
Inspector charged in bribery case was ‘the guy you had to see,’ contractors say
Sign up for The Ledger&#8217;s Morning Report
''',
    s('Dennis Kaplan', 'Former city contractor', 'he paid\n"consulting fees" to inspector&#8217;s brother-in-law', 'told', 'mixed', nested=True, via='records'),
    s('records', 'records', 'Former city contractor told investigators he paid|brother-in-law', 'show'),
    s('Dennis Kaplan', 'A former city paving contractor', 'he paid more than|approved his company\'s work', 'told', 'mixed', nested=True, via='a transcript of the interview'),
    s('a transcript of the interview', 'a transcript of the interview filed\nTuesday in Ridgefield Superior Court', 'A former city paving contractor told state investigators|approved his company\'s work', 'according to', 'mixed'),
    s('Dennis Kaplan', 'The contractor, Dennis Kaplan, 59, who owned Kaplan Asphalt &amp; Sealing until he\nsold it last year', 'the inspector, Anthony Russo,\nhad told him the payments were "the cost of doing business on the east side."', 'said', 'mixed'),
    s('Anthony Russo', 'the inspector, Anthony Russo', 'the payments were "the cost of doing business on the east side."', 'had told', 'mixed', role='inspector', nested=True, via='Dennis Kaplan'),
    s('Dennis Kaplan', 'Kaplan', '“I knew what it was. I\'m not going to sit here and tell you I didn\'t,”', 'told', 'direct'),
    s('Dennis Kaplan', '', '“But if I didn\'t pay|I didn\'t get paid.”', '', 'direct'),
    s('Elaine Whitcombe', 'His lawyer,\nElaine Whitcombe', 'Kaplan was "a man who cut corners for twenty years|a prison sentence."', 'said', 'mixed', role='lawyer'),
    s('Elaine Whitcombe', 'Whitcombe', '"Mr. Kaplan has every reason to say whatever the state wants to hear,"', 'said', 'direct', role='lawyer'),
    s('Elaine Whitcombe', '', '"A jury will see that."', '', 'direct', role='lawyer'),
    s('Anthony Russo', 'Russo, 63', 'not guilty to bribery and conspiracy charges', 'has pleaded', role='inspector'),
    s('Prosecutors', 'Prosecutors', 'he is\ncooperating with the investigation', 'have said'),
    s('the transcript', 'the transcript', 'he was offered\nimmunity from prosecution for his testimony', 'shows'),
    s('the filing', 'the filing', 'Kaplan&#8217;s company received $2.4 million in city|the 46 jobs', 'According to'),
    s('A city audit released last year', 'A city audit released last year', 'at least 11 of those\njobs had used less asphalt than the contracts required', 'found'),
    s('Dennis Kaplan', 'Kaplan', 'meeting Russo at a diner on Route 4 in 2019', 'described'),
    s('Dennis Kaplan', 'he', ['The inspector,', 'told him that "there\'s a guy who helps with the paperwork" and\nwrote Hale\'s phone number on a napkin'], 'said', 'mixed'),
    s('Anthony Russo', 'The inspector', '"there\'s a guy who helps with the paperwork"', 'told', 'direct', role='inspector', nested=True, via='Dennis Kaplan'),
    s('Dennis Kaplan', 'Kaplan', 'he kept the napkin "for\nyears" but threw it away when he sold the company', 'said', 'mixed'),
    s('Naomi Feld', 'Assistant District Attorney Naomi Feld', 'the office does not discuss pending cases outside court', 'saying', role='Assistant District Attorney'),
    s('Naomi Feld', 'she', 'the state had "bank records,\ntext messages and a witness" linking the payments to specific inspections', 'told', 'mixed', role='Assistant District Attorney'),
    s('Robert Iwu', 'Judge Iwu', 'its reliability was "a question for the jury, not\nfor the court."', 'ruling', 'mixed', role='Judge'),
    s('Joanne Pelletier', 'Mayor Joanne Pelletier, who was elected in 2023 on a promise to "clean up the\ninspection office,"', 'the city had since moved\nall paving inspections to a rotating team and hired an outside monitor', 'said', role='Mayor'),
    s('Joanne Pelletier', 'the statement', '“What happened in that office was a betrayal of every taxpayer in this city,”', 'said', 'direct', role='Mayor'),
    s('Joanne Pelletier', '', '“We have changed the system so that it cannot happen again.', '', 'direct', role='Mayor'),
    s('City audit', 'City audit', 'paving jobs shortchanged on asphalt', 'finds', region='related'),
    s('contractors', 'contractors', 'Inspector charged in bribery case was ‘the guy you had to see,’', 'say', 'mixed', region='related'),
)

doc('j12-paper-grocery-chain-union', 'Bay Harbor Times', '2026-10-21', '''
Subscribe for $1  |  Sign in
BUSINESS
WATCH: Grocery workers rally outside Freshway headquarters
Freshway To Close 9 Stores, Blames &#8216;Shrink&#8217; And Rent; Union Says Real Reason Is Organizing Drive
By Alicia Montero    amontero@bayharbortimes.com
Published 4:12 p.m. PT Oct. 21, 2026
Video: Workers chant &quot;Drive Local, Shop Local&quot; outside Freshway&#39;s offices in Eastport on Tuesday. (Video: Sam Whitaker/Bay Harbor Times)
Freshway Markets, the region&#39;s third-largest grocery chain, said Tuesday it will close nine of its 64 stores by the end of January, blaming theft, rising rents and "a customer who has moved online faster than we did."
The closures will affect about 610 workers, the company said in a statement. It said employees would be offered jobs at other stores "wherever possible" and severance where not.
But the union trying to organize Freshway's workers says the list tells a different story. Seven of the nine stores are among the 12 where workers have signed cards to join United Food and Retail Workers Local 340, according to the union.
"This is textbook," said Local 340 organizer Benita Okoro. "You don't close your stores in the richest zip codes in the county because of shoplifting. You close them because the workers there are organizing."
Freshway chief executive Daniel Ashworth rejected that account in an interview. "The stores we are closing lost money for three years in a row. That is the only list that matters," he said.  He said the chain had lost $14 million to theft and damage, what the industry calls "shrink," at the nine stores last year.
Ashworth, who wrote a 2019 book on retail titled "Aisle Nine: What Grocery Taught Me About Leadership," said the timing was "unfortunate" but that the decisions were made before the organizing drive became public in August.
Story continues below
The union filed an unfair labor practice charge with the National Labor Relations Board on Monday, alleging the closures were meant to "chill" organizing at the remaining stores. The board has not ruled on the charge.
Labor law experts said proving that a closure was retaliatory is difficult.
"Employers are allowed to close unprofitable stores. The union has to show the profit story is a pretext," said Prof. Lena Sato, who teaches labor law at Coastal State University. "The pattern here is suggestive, but suggestive isn't proof."
A Freshway spokeswoman, Janelle Ruiz, said the company "respects the right of employees to decide" whether to join a union and would "fully cooperate" with the board.
At the rally on Tuesday, several dozen workers held signs reading "Freshway Works Because We Do" and chanted outside the company's headquarters in Eastport.
Marco Delgado, 44, a produce manager at the Harbor Heights store, which is on the closure list, said he had worked for Freshway for 19 years. "They told us in a 10-minute meeting. Nineteen years, 10 minutes," he said. He said he had not decided whether to take a transfer.
Eastport City Councilmember Yvonne Park, whose district includes two of the closing stores, said she would ask the company to delay the closures until the labor board rules. "Two of these neighborhoods are about to lose their only full-service grocery store," Park said in a statement.
Freshway shares, which trade on the Pacific Exchange, fell 2.3 percent Tuesday.
Tags: Freshway, Labor, Unions, Grocery
Most Read
Harbor Heights residents say new bike lane is &#8216;a disaster&#8217;
Bay Harbor Times wins 4 regional journalism awards
''',
    s('Freshway Markets', 'Freshway', '&#8216;Shrink&#8217; And Rent', 'Blames', 'mixed'),
    s('United Food and Retail Workers Local 340', 'Union', 'Real Reason Is Organizing Drive', 'Says'),
    s('Freshway Markets', "Freshway Markets, the region&#39;s third-largest grocery chain", 'it will close nine of its 64 stores by the end of January', 'said'),
    s('Freshway Markets', "Freshway Markets, the region&#39;s third-largest grocery chain", 'theft, rising rents and "a customer who has moved online faster than we did."', 'blaming', 'mixed'),
    s('Freshway Markets', 'the company', 'The closures will affect about 610 workers', 'said'),
    s('Freshway Markets', 'It', 'employees would be offered jobs at other stores "wherever possible" and severance where not', 'said', 'mixed'),
    s('United Food and Retail Workers Local 340', "the union trying to organize Freshway's workers", 'the list tells a different story', 'says'),
    s('United Food and Retail Workers Local 340', 'the union', 'Seven of the nine stores are among the 12 where workers have signed cards to join United Food and Retail Workers Local 340', 'according to'),
    s('Benita Okoro', 'Local 340 organizer Benita Okoro', '"This is textbook,"', 'said', 'direct', role='Local 340 organizer'),
    s('Benita Okoro', '', '"You don\'t close your stores in the richest zip codes|the workers there are organizing."', '', 'direct', role='Local 340 organizer'),
    s('Daniel Ashworth', 'Freshway chief executive Daniel Ashworth', 'that account', 'rejected', role='Freshway chief executive'),
    s('Daniel Ashworth', 'he', '"The stores we are closing lost money for three years in a row. That is the only list that matters,"', 'said', 'direct', role='Freshway chief executive'),
    s('Daniel Ashworth', 'He', 'the chain had lost $14 million to theft and damage, what the industry calls "shrink," at the nine stores last year', 'said', 'mixed', role='Freshway chief executive'),
    s('Daniel Ashworth', 'Ashworth, who wrote a 2019 book on retail titled "Aisle Nine: What Grocery Taught Me About Leadership,"', 'the timing was "unfortunate" but that the decisions were made before the organizing drive became public in August', 'said', 'mixed', role='Freshway chief executive'),
    s('United Food and Retail Workers Local 340', 'The union', 'the closures were meant to "chill" organizing at the remaining stores', 'alleging', 'mixed'),
    s('Labor law experts', 'Labor law experts', 'proving that a closure was retaliatory is difficult', 'said'),
    s('Lena Sato', 'Prof. Lena Sato, who teaches labor law at Coastal State University', '"Employers are allowed to close unprofitable stores. The union has to show the profit story is a pretext,"', 'said', 'direct', role='Prof.'),
    s('Lena Sato', '', '"The pattern here is suggestive, but suggestive isn\'t proof."', '', 'direct', role='Prof.'),
    s('Janelle Ruiz', 'A Freshway spokeswoman, Janelle Ruiz', 'the company "respects the right of employees to decide" whether to join a union and would "fully cooperate" with the board', 'said', 'mixed', role='spokeswoman'),
    s('Marco Delgado', 'Marco Delgado, 44, a produce manager at the Harbor Heights store, which is on the closure list', 'he had worked for Freshway for 19 years', 'said', role='produce manager'),
    s('Marco Delgado', 'he', '"They told us in a 10-minute meeting. Nineteen years, 10 minutes,"', 'said', 'direct', role='produce manager'),
    s('Marco Delgado', 'He', 'he had not decided whether to take a transfer', 'said', role='produce manager'),
    s('Yvonne Park', 'Eastport City Councilmember Yvonne Park, whose district includes two of the closing stores', 'she would ask the company to delay the closures until the labor board rules', 'said', role='City Councilmember'),
    s('Yvonne Park', 'Park', '"Two of these neighborhoods are about to lose their only full-service grocery store,"', 'said', 'direct', role='City Councilmember'),
    s('Harbor Heights residents', 'Harbor Heights residents', 'new bike lane is &#8216;a disaster&#8217;', 'say', 'mixed', region='related'),
)


doc('j13-wire-tarva-flood-one-line', 'Qesh News Agency', '2026-11-18', (
    'Tarva to rebuild 140 bridges lost in floods within two years -- ministry|'
    'Source: Qesh News Agency| Editor: Zhang Lu| 2026-11-18 21:07:40|'
    'KESRA, Nov. 18 (QNA) -- Tarva will rebuild all 140 road and rail bridges destroyed in last month\'s floods within two years, the country\'s Ministry of Transport and Public Works said on Wednesday.'
    'The reconstruction will cost an estimated 2.6 billion dollars, of which about a third will come from international lenders, the ministry said in a statement posted on its website.Transport Minister Faisal Demir told a press conference in the capital Kesra that priority would be given to bridges on the north-south highway and on the railway to the port of Vorn, "because without them the whole economy of the north is cut off."'
    '"We are not going to rebuild the old bridges. We are going to build bridges that can survive the next flood, and the one after that," Demir said.He said the new bridges would be designed for water levels 1.5 meters higher than those recorded in October, when rivers in five northern provinces burst their banks after a week of torrential rain.'
    'According to the ministry, the first 30 bridges will be completed by the end of 2027, and temporary military bridges have already restored traffic on 22 routes.'
    'The ministry listed the following priorities in its statement: '
    'Advertisement '
    '(Photo: A temporary bridge over the Selin river near Vorn, Nov. 12, 2026. QNA/Li Ming) '
    '-- restoring all-weather access to the 11 district hospitals cut off by the floods; '
    '-- reopening the Kesra-Vorn railway to freight traffic by March; '
    '-- rebuilding school bridges before the start of the next school year. '
    'The World Development Bank, which has pledged 400 million dollars, said in a separate statement that it would send a team of engineers to Kesra next week "to agree on design standards and procurement rules."Opposition lawmaker Selin Aras criticized the timetable, saying that villages in the mountains had been promised new bridges after the 2019 floods "and are still waiting."'
    '"Two years is a promise, not a plan," Aras told QNA by telephone.Officials in Vorn province said on Tuesday that about 12,000 people were still living in temporary shelters.'
    'Demir rejected the criticism.In his words, the 2019 projects were delayed by "court cases, not by the government," and the new program would use an emergency procurement law passed by parliament last week.'
    'The floods, the worst in Tarva in more than 60 years, killed 87 people and damaged about 40,000 homes, according to the National Disaster Management Authority.Qesh has provided 50 million dollars in emergency aid, and Qeshi engineering companies are expected to bid for part of the work, Qeshi Ambassador to Tarva Wang Jie told QNA last week.'
    'Enditem '
    'Related:Tarva declares state of emergency in five northern provinces|Qeshi rescue team arrives in Vorn'
    ).replace('|', '   '),
    s("Ministry of Transport and Public Works", 'ministry', 'Tarva to rebuild 140 bridges lost in floods within two years', ''),
    s("Ministry of Transport and Public Works", "the country's Ministry of Transport and Public Works", "Tarva will rebuild all 140 road and rail bridges destroyed in last month's floods within two years", 'said'),
    s("Ministry of Transport and Public Works", 'the ministry', 'The reconstruction will cost an estimated 2.6 billion dollars, of which about a third will come from international lenders', 'said'),
    s('Faisal Demir', 'Transport Minister Faisal Demir', 'priority would be given to bridges on the north-south highway|"because without them the whole economy of the north is cut off."', 'told', 'mixed', role='Transport Minister'),
    s('Faisal Demir', 'Demir', '"We are not going to rebuild the old bridges.|and the one after that,"', 'said', 'direct', role='Transport Minister'),
    s('Faisal Demir', 'He', 'the new bridges would be designed for water levels 1.5 meters higher|after a week of torrential rain', 'said', role='Transport Minister'),
    s("Ministry of Transport and Public Works", 'the ministry', 'the first 30 bridges will be completed by the end of 2027|restored traffic on 22 routes', 'According to'),
    s("Ministry of Transport and Public Works", 'The ministry', 'restoring all-weather access to the 11 district hospitals cut off by the floods;', 'listed'),
    s("Ministry of Transport and Public Works", 'The ministry', 'reopening the Kesra-Vorn railway to freight traffic by March;', 'listed'),
    s("Ministry of Transport and Public Works", 'The ministry', 'rebuilding school bridges before the start of the next school year.', 'listed'),
    s('The World Development Bank', 'The World Development Bank, which has pledged 400 million dollars', 'it would send a team of engineers to Kesra next week "to agree on design standards and procurement rules."', 'said', 'mixed'),
    s('Selin Aras', 'Opposition lawmaker Selin Aras', 'the timetable', 'criticized', role='Opposition lawmaker'),
    s('Selin Aras', 'Opposition lawmaker Selin Aras', 'villages in the mountains had been promised new bridges after the 2019 floods "and are still waiting."', 'saying', 'mixed', role='Opposition lawmaker'),
    s('Selin Aras', 'Aras', '"Two years is a promise, not a plan,"', 'told', 'direct', role='Opposition lawmaker'),
    s('Officials in Vorn province', 'Officials in Vorn province', 'about 12,000 people were still living in temporary shelters', 'said'),
    s('Faisal Demir', 'Demir', 'the criticism', 'rejected', role='Transport Minister'),
    s('Faisal Demir', 'his', 'the 2019 projects were delayed by "court cases, not by the government,"|passed by parliament last week', 'In his words', 'mixed', role='Transport Minister'),
    s('the National Disaster Management Authority', 'the National Disaster Management Authority', 'The floods, the worst in Tarva in more than 60 years, killed 87 people and damaged about 40,000 homes', 'according to'),
    s('Wang Jie', 'Qeshi Ambassador to Tarva Wang Jie', 'Qesh has provided 50 million dollars in emergency aid|bid for part of the work', 'told', role='Qeshi Ambassador to Tarva'),
)

write('invented_j_gold.jsonl', per_document=True)
