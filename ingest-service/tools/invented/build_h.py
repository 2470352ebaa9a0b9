#!/usr/bin/env python3
"""Builds invented set H: wire stories and government readouts (a foreign ministry's weekly briefing transcript, a
president's readout of talks with a chancellor, an agency story quoting a deputy minister through an interpreter, a
currency story with a governor's prepared remarks, a flood with a governor and a fire chief, an EU summit wire, a
defence ministry's Telegram statement, a scraped football page with a coach's press conference) and North American
newspaper articles of kinds sets B, C, E and G have little of (a school-board budget meeting, a hospital's
medication error, a legislature debate between two members of one party, a scraped restaurant-closing page, an
obituary, a poll analysis) (issues 9 and 10), written in session 25 by "set-h", unseen: "Question:" turns with
reported premises, answers over several paragraphs, "the head of state", "In her words", a joint statement, "speaking
through an interpreter", "a source in the ministry told the agency", "in prepared remarks", "who asked not to be
named", "wrote in a note to clients", "according to records reviewed by", "said in a statement on its Telegram
channel", "diplomats said", "she once said", "he recalled", "said X, a political scientist at".

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score); fields, "region" and 'START|END' contents as in build_g.py.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "welcomed this step" is a statement ("welcomed the Chancellor", a person
received, stays none).

usage: python3 ingest-service/tools/invented/build_h.py  (writes src/test/resources/eval/invented_h_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

SPOKESWOMAN = 'Foreign Ministry Spokeswoman'

doc('h01-transcript-ostravia-mfa', 'Ministry of Foreign Affairs of the Republic of Ostravia', '2026-12-02', '''
Briefing by Foreign Ministry Spokeswoman Maria Lenska

2 December 2026 | Briefings | Spokeswoman

Maria Lenska: Good afternoon, colleagues. Let me start with the minister's schedule.

On 7 and 8 December, Foreign Minister Tomas Veyl will pay a working visit to the Republic of Kordania, where he will hold talks with his Kordanian counterpart, Ilona Brask. The ministers will discuss the situation on the common border, the reopening of the Drava river crossing and the preparation of the next session of the intergovernmental commission.

We attach great importance to this visit. Ostravia and Kordania are neighbours with a long history of cooperation, and we are convinced that the questions that have accumulated in recent months can be settled through dialogue rather than through unilateral steps.

On 10 December, the minister will take part in the ministerial meeting of the Council of the Northern Sea in Lindau. He will present Ostravia's proposals on the safety of navigation and on the protection of undersea cables.

Question: Kordanian Defence Minister Pavel Surin said on Monday that Ostravian military drones had entered Kordanian airspace three times last week. Does the ministry confirm this?

Maria Lenska: We have seen these statements. I want to stress that Ostravian aircraft, manned or unmanned, did not violate anyone's airspace. All the flights were carried out over our own territory and in strict accordance with international rules.

Frankly, we are surprised that such accusations are made on the eve of the minister's visit. We would prefer that our Kordanian colleagues raise any concerns through the existing military channels, which were created for exactly this purpose, instead of through the media.

If the Kordanian side has specific data, we are ready to look at it together. That is our answer.

Question: There are reports in the Velmarian press that Velmar intends to expel two Ostravian diplomats. Can you comment?

Maria Lenska: We have not received any official notification. If such a decision is taken, there will be a response. As Minister Veyl said last week, every unfriendly step will receive a proportionate answer.

Question: Will Minister Veyl meet the Velmarian foreign minister in Lindau?

Maria Lenska: I have nothing to announce at this point.

Question: Yesterday the head of the Red Cross delegation in Lesna, Anton Feyer, told reporters that aid convoys to the city had been stopped for the third week in a row. What is Ostravia doing about it?

Maria Lenska: Ostravia has always supported the unimpeded delivery of humanitarian aid to the civilian population, and we call on all the parties to guarantee the safety of the convoys.

Our embassy is in daily contact with the Red Cross delegation. According to the information we have, two convoys with food and medicine are ready to leave from Marnow as soon as the road is cleared of mines. The Ostravian government has allocated an additional 4 million euros for this purpose.

I would also like to recall that it was Ostravia that proposed, back in October, the creation of a humanitarian corridor under international supervision. This proposal is still on the table.

Question: A follow-up, please. Some experts in Kordania say Ostravia is using the humanitarian issue to put pressure on Korda. Is that so?

Maria Lenska: No. Humanitarian questions should not be politicised, and we do not do so. Those who say otherwise should look at the facts.

Question: On another topic. The Prime Minister of Sarvenia, Luka Radic, said in an interview with the newspaper Dnevni Glas on Sunday that his country would not join the sanctions against Ostravia. How do you assess this position?

Maria Lenska: We welcome the balanced position of the Sarvenian leadership. Prime Minister Radic has shown that he puts the interests of his country first. We hope that other European capitals will also follow the path of common sense.

Thank you. See you next week.
''',
    s('Maria Lenska', 'Maria Lenska', "Good afternoon, colleagues. Let me start|protection of undersea cables.", '', role=SPOKESWOMAN),
    s('Pavel Surin', 'Kordanian Defence Minister Pavel Surin', 'Ostravian military drones had entered Kordanian airspace three times last week', 'said', role='Defence Minister'),
    s('Maria Lenska', 'Maria Lenska', 'We have seen these statements. I want to stress|That is our answer.', '', role=SPOKESWOMAN),
    s('the Velmarian press', 'the Velmarian press', 'Velmar intends to expel two Ostravian diplomats', 'reports'),
    s('Maria Lenska', 'Maria Lenska', 'We have not received any official notification.|will receive a proportionate answer.', '', role=SPOKESWOMAN),
    s('Tomas Veyl', 'Minister Veyl', 'every unfriendly step will receive a proportionate answer', 'said', role='Foreign Minister', nested=True, via='Maria Lenska'),
    s('Anton Feyer', 'the head of the Red Cross delegation in Lesna, Anton Feyer', 'aid convoys to the city had been stopped for the third week in a row', 'told', role='head of the Red Cross delegation in Lesna'),
    s('Maria Lenska', 'Maria Lenska', 'Ostravia has always supported the unimpeded delivery|This proposal is still on the table.', '', role=SPOKESWOMAN),
    s('Maria Lenska', 'we', 'all the parties to guarantee the safety of the convoys', 'call on', role=SPOKESWOMAN, nested=True, via='Maria Lenska'),
    s('Some experts in Kordania', 'Some experts in Kordania', 'Ostravia is using the humanitarian issue to put pressure on Korda', 'say'),
    s('Maria Lenska', 'Maria Lenska', 'No. Humanitarian questions should not be politicised|should look at the facts.', '', role=SPOKESWOMAN),
    s('Luka Radic', 'The Prime Minister of Sarvenia, Luka Radic', 'his country would not join the sanctions against Ostravia', 'said', role='Prime Minister of Sarvenia'),
    s('Maria Lenska', 'Maria Lenska', 'We welcome the balanced position of the Sarvenian leadership.|See you next week.', '', role=SPOKESWOMAN),
)

PRESIDENT = 'President of the Republic of Ostravia'
CHANCELLOR = 'Federal Chancellor of the Federal Republic of Aldenia'

doc('h02-readout-ostravia-aldenia', 'Office of the President of the Republic of Ostravia', '2026-12-02', '''
Talks with Federal Chancellor of Aldenia Ruth Hallendorf

2 December 2026 | News | International relations

On 2 December, President of the Republic of Ostravia Aleksander Dorn held talks in Marnow with Federal Chancellor of the Federal Republic of Aldenia Ruth Hallendorf, who is in Ostravia on an official visit.

Opening the talks, the President welcomed the Chancellor and noted that the visit was taking place in the year of the 35th anniversary of diplomatic relations between the two countries. The head of state said that Aldenia was Ostravia's second-largest trading partner and the largest investor in its energy sector.

The Chancellor thanked the President for the invitation. She stressed that Aldenia valued the reliability of Ostravia as a partner and was interested in "a predictable, rules-based relationship that outlasts electoral cycles."

During the talks in an expanded format, the head of state set out Ostravia's approach to the main areas of cooperation:

• completing the construction of the Narva-Hollen power line by the end of 2028;
• joint production of components for wind turbines at the Dessau industrial park;
• the mutual recognition of professional qualifications for doctors and engineers;
• expanding the quota of scholarships for Ostravian students at Aldenian universities.

The President noted that Ostravia was prepared to offer Aldenian companies the same tax conditions as domestic investors in the new special economic zone in Veldt.

The Chancellor, for her part, drew attention to the importance of protecting critical infrastructure in the Northern Sea. In her words, the incidents with undersea cables in the past year "have shown that no country can protect its infrastructure alone."

The sides exchanged views on the situation in the region, including relations with Kordania. The President informed the Chancellor about the upcoming visit of Foreign Minister Tomas Veyl to Korda. He expressed confidence that the dialogue would help reduce tensions on the border.

The Chancellor welcomed this step and said Aldenia was ready to host talks between the two countries' experts if both sides requested it.

The sides agreed to hold the first round of consultations on energy security in Hollen in the first quarter of 2027.

Following the talks, the President and the Chancellor adopted a Joint Statement on Strategic Partnership. The document says that the two countries "share a common responsibility for the security and prosperity of the Northern Sea region" and sets the goal of doubling bilateral trade by 2032.

According to the Joint Statement, the sides will hold annual intergovernmental consultations, alternately in Marnow and Hollen, and will establish a joint working group on energy security.

The head of state invited the Chancellor to take part in the Marnow Economic Forum in May. The invitation was accepted.
''',
    s('Aleksander Dorn', 'the President', 'the visit was taking place in the year of the 35th anniversary|between the two countries', 'noted', role=PRESIDENT),
    s('Aleksander Dorn', 'The head of state', "Aldenia was Ostravia's second-largest trading partner and the largest investor in its energy sector", 'said', role=PRESIDENT),
    s('Ruth Hallendorf', 'She', 'Aldenia valued the reliability of Ostravia as a partner and was interested in "a predictable, rules-based relationship that outlasts electoral cycles."', 'stressed', 'mixed', role=CHANCELLOR),
    s('Aleksander Dorn', 'the head of state', 'completing the construction of the Narva-Hollen power line by the end of 2028;', 'set out', role=PRESIDENT),
    s('Aleksander Dorn', 'the head of state', 'joint production of components for wind turbines at the Dessau industrial park;', 'set out', role=PRESIDENT),
    s('Aleksander Dorn', 'the head of state', 'the mutual recognition of professional qualifications for doctors and engineers;', 'set out', role=PRESIDENT),
    s('Aleksander Dorn', 'the head of state', 'expanding the quota of scholarships for Ostravian students at Aldenian universities.', 'set out', role=PRESIDENT),
    s('Aleksander Dorn', 'The President', 'Ostravia was prepared to offer Aldenian companies|special economic zone in Veldt', 'noted', role=PRESIDENT),
    s('Ruth Hallendorf', 'The Chancellor', 'the importance of protecting critical infrastructure in the Northern Sea', 'drew attention to', role=CHANCELLOR),
    s('Ruth Hallendorf', 'her', 'the incidents with undersea cables in the past year "have shown that no country can protect its infrastructure alone."', 'In her words', 'mixed', role=CHANCELLOR),
    s('Aleksander Dorn', 'He', 'the dialogue would help reduce tensions on the border', 'expressed confidence', role=PRESIDENT),
    s('Ruth Hallendorf', 'The Chancellor', 'this step', 'welcomed', role=CHANCELLOR),
    s('Ruth Hallendorf', 'The Chancellor', "Aldenia was ready to host talks between the two countries' experts if both sides requested it", 'said', role=CHANCELLOR),
    s('Aleksander Dorn and Ruth Hallendorf', 'The sides', 'to hold the first round of consultations on energy security in Hollen in the first quarter of 2027', 'agreed'),
    s('Joint Statement on Strategic Partnership', 'The document', 'the two countries "share a common responsibility for the security and prosperity of the Northern Sea region"', 'says', 'mixed'),
    s('Joint Statement on Strategic Partnership', 'the Joint Statement', 'the sides will hold annual intergovernmental consultations|joint working group on energy security', 'According to'),
)

VARGA = 'Deputy Foreign Minister'

doc('h03-wire-kordania-deputy-fm', 'SEVPRESS', '2026-12-03', '''
Kordania ready to reopen Drava crossing if Ostravia gives guarantees — deputy FM

KORDA, December 3. /SEVPRESS/. Kordania is prepared to reopen the Drava river crossing for freight traffic before the end of the year if Ostravia provides guarantees on the inspection of cargo, Kordanian Deputy Foreign Minister Emil Varga told SEVPRESS on Wednesday.

"We have never closed the door. The crossing was shut for technical and security reasons, and it can be opened as soon as we agree on how the cargo will be checked," the deputy minister said in an interview, speaking through an interpreter.

According to Varga, the Kordanian side handed Ostravia a draft protocol on joint customs inspection in October but has not yet received a reply. "The ball is in their court," he said.

The diplomat noted that the upcoming visit of Ostravian Foreign Minister Tomas Veyl to Korda "could become a turning point," but warned against excessive expectations. "One visit will not remove all the problems that have piled up over three years," Varga stressed.

He also dismissed reports that Korda was preparing to expel Ostravian diplomats, calling them "pure speculation."

A source in the ministry told the agency that the two ministers were expected to sign a memorandum on the exchange of information about military flights near the border. "The text is practically agreed, only a few wording questions remain," the source said.

Earlier, Kordanian Defence Minister Pavel Surin accused Ostravia of sending military drones into Kordanian airspace. The Ostravian Foreign Ministry denied the accusation.

Trade between Kordania and Ostravia fell by 31% last year to 2.4 billion euros, according to the Kordanian Statistics Office.
''',
    s('Emil Varga', 'deputy FM', 'Kordania ready to reopen Drava crossing if Ostravia gives guarantees', '', role='deputy FM'),
    s('Emil Varga', 'Kordanian Deputy Foreign Minister Emil Varga', 'Kordania is prepared to reopen the Drava river crossing|on the inspection of cargo', 'told', role=VARGA),
    s('Emil Varga', 'the deputy minister', '"We have never closed the door.|how the cargo will be checked,"', 'said', 'direct', role=VARGA),
    s('Emil Varga', 'Varga', 'the Kordanian side handed Ostravia a draft protocol|has not yet received a reply', 'According to', role=VARGA),
    s('Emil Varga', 'he', '"The ball is in their court,"', 'said', 'direct', role=VARGA),
    s('Emil Varga', 'The diplomat', 'the upcoming visit of Ostravian Foreign Minister Tomas Veyl to Korda "could become a turning point,"', 'noted', 'mixed', role=VARGA),
    s('Emil Varga', 'The diplomat', 'against excessive expectations', 'warned', role=VARGA),
    s('Emil Varga', 'Varga', '"One visit will not remove all the problems that have piled up over three years,"', 'stressed', 'direct', role=VARGA),
    s('Emil Varga', 'He', 'reports that Korda was preparing to expel Ostravian diplomats', 'dismissed', role=VARGA),
    s('Emil Varga', 'He', 'them "pure speculation."', 'calling', 'mixed', role=VARGA),
    s('A source in the ministry', 'A source in the ministry', 'the two ministers were expected to sign a memorandum|military flights near the border', 'told'),
    s('A source in the ministry', 'the source', '"The text is practically agreed, only a few wording questions remain,"', 'said', 'direct'),
    s('Pavel Surin', 'Kordanian Defence Minister Pavel Surin', 'Ostravia of sending military drones into Kordanian airspace', 'accused', role='Defence Minister'),
    s('The Ostravian Foreign Ministry', 'The Ostravian Foreign Ministry', 'the accusation', 'denied'),
    s('the Kordanian Statistics Office', 'the Kordanian Statistics Office', 'Trade between Kordania and Ostravia fell by 31% last year to 2.4 billion euros', 'according to'),
)

DALSKY = 'Kordanian National Bank Governor'

doc('h04-wire-kordania-crown', 'Meridian Wire', '2026-12-03', '''
Kordanian crown slides as central bank chief flags rate cuts

By Nadia Fenwick

LINDAU, Dec 3 (Meridian Wire) - The Kordanian crown fell to its weakest level in three months on Wednesday after the central bank's governor said inflation was falling faster than expected and signalled that interest rates could be cut as early as January.

The crown weakened 0.8% to 11.42 per euro by 1420 GMT, its lowest since early September, while the yield on Kordania's two-year government bond dropped 14 basis points to 4.71%.

"Inflation is now coming down more quickly than we projected in the autumn, and that opens the door to an adjustment in the policy rate in the coming months," Kordanian National Bank Governor Irena Dalsky said in prepared remarks for a speech to bankers in Korda.

Dalsky said core inflation, which strips out food and energy prices, had slowed to 3.1% in November and that wage growth was "cooling in an orderly way." She added that the bank would still look at the data "meeting by meeting" and did not commit to a specific date.

Markets took the remarks as a clear signal. Money market pricing showed traders now expect about 75 basis points of cuts by the middle of next year, up from 50 basis points a week ago.

"She didn't say January, but she didn't need to," said Tobias Lund, chief economist for central Europe at Hallberg Bank in Lindau. "The bar for a cut in January is now very low, and the crown is going to keep feeling that."

Lund said he expected the crown to trade between 11.40 and 11.70 per euro into the new year, adding that a sharp fall was unlikely as long as the current account stayed in surplus.

A currency trader at a Korda-based bank, who asked not to be named because he was not authorised to speak to the media, said foreign investors had been selling Kordanian bonds since the morning. "It's the same people who bought in the summer taking profits," he said.

Not all economists were convinced the bank should move so quickly. Greta Morgen, an economist at the Institute for Economic Analysis in Korda, wrote in a note to clients that a weaker crown could push import prices up again in the spring. "Cutting into a falling currency is a risky bet," she wrote.

The main Korda stock index added 0.6%, led by exporters, while shares of the country's largest lender, KorBank, rose 2.1%.

The finance ministry said in a statement that the budget deficit for the first ten months of the year stood at 2.9% of gross domestic product, below its target of 3.2%.

Dalsky's term ends in March. Prime Minister Jan Holek said last month he would propose her for a second term.
''',
    s('Irena Dalsky', "the central bank's governor", 'inflation was falling faster than expected', 'said', role=DALSKY),
    s('Irena Dalsky', "the central bank's governor", 'interest rates could be cut as early as January', 'signalled', role=DALSKY),
    s('Irena Dalsky', 'Kordanian National Bank Governor Irena Dalsky', '"Inflation is now coming down more quickly|in the coming months,"', 'said', 'direct', role=DALSKY),
    s('Irena Dalsky', 'Dalsky', 'core inflation, which strips out food and energy prices, had slowed to 3.1% in November and that wage growth was "cooling in an orderly way."', 'said', 'mixed', role=DALSKY),
    s('Irena Dalsky', 'She', 'the bank would still look at the data "meeting by meeting"', 'added', 'mixed', role=DALSKY),
    s('Tobias Lund', 'Tobias Lund, chief economist for central Europe at Hallberg Bank in Lindau', '"She didn\'t say January, but she didn\'t need to,"', 'said', 'direct', role='chief economist for central Europe at Hallberg Bank in Lindau'),
    s('Tobias Lund', '', '"The bar for a cut in January is now very low, and the crown is going to keep feeling that."', '', 'direct', role='chief economist for central Europe at Hallberg Bank in Lindau'),
    s('Tobias Lund', 'Lund', 'he expected the crown to trade between 11.40 and 11.70 per euro into the new year', 'said', role='chief economist for central Europe at Hallberg Bank in Lindau'),
    s('Tobias Lund', 'Lund', 'a sharp fall was unlikely as long as the current account stayed in surplus', 'adding', role='chief economist for central Europe at Hallberg Bank in Lindau'),
    s('A currency trader at a Korda-based bank', 'A currency trader at a Korda-based bank, who asked not to be named because he was not authorised to speak to the media', 'foreign investors had been selling Kordanian bonds since the morning', 'said', role='currency trader'),
    s('A currency trader at a Korda-based bank', 'he', '"It\'s the same people who bought in the summer taking profits,"', 'said', 'direct', role='currency trader'),
    s('Greta Morgen', 'Greta Morgen, an economist at the Institute for Economic Analysis in Korda', 'a weaker crown could push import prices up again in the spring', 'wrote', role='economist at the Institute for Economic Analysis in Korda'),
    s('Greta Morgen', 'she', '"Cutting into a falling currency is a risky bet,"', 'wrote', 'direct', role='economist at the Institute for Economic Analysis in Korda'),
    s('The finance ministry', 'The finance ministry', 'the budget deficit for the first ten months of the year|below its target of 3.2%', 'said'),
    s('Jan Holek', 'Prime Minister Jan Holek', 'he would propose her for a second term', 'said', role='Prime Minister'),
)
WHITCOMB = 'Gov.'
BOYLE = 'Fire Chief'

doc('h05-wire-tornado-calloway', 'Associated Wire', '2026-12-02', '''
Governor declares emergency after tornado levels homes in Brenner County

By Samuel Ortiz and Leah Cordell
Associated Wire

CALLOWAY SPRINGS (AW) — A tornado tore a 9-mile path through the southern edge of Calloway Springs late Tuesday, destroying at least 140 homes, killing three people and leaving more than 9,000 without a place to sleep, officials said.

Gov. Dana Whitcomb declared a state of emergency for Brenner County on Wednesday morning and said she had asked the federal government for help with the cost of the cleanup.

"I've seen a lot of storms in this state, and I have not seen one do this to a town," Whitcomb said at a briefing at the county fairgrounds. "If you are told to stay out of a neighborhood, stay out. Do not go back in the dark to check on your house."

The three people who died were found in two mobile homes on Route 9, said Fire Chief Marcus Boyle of the Calloway Springs Fire Department. He said crews had pulled 11 people from collapsed buildings overnight and that search dogs would go through every damaged block again on Wednesday.

"We were working three collapses at once with half the radios down," Boyle said. "Our people did everything they could. Some of those houses were just gone, down to the slab."

Boyle said two firefighters had been treated for cuts and released. He said the names of the dead would be released by the county coroner after their families were notified.

The National Weather Service confirmed Wednesday that the tornado was an EF-3, with winds estimated at 150 mph. A spokeswoman for Hollis Power, the utility that serves the area, said about 22,000 customers were still without electricity and that some might not have it back before the weekend.

Residents described a frantic few minutes. Carla Mendes, 58, said she had about ninety seconds after her phone buzzed with the warning to get her two dogs into the bathtub on Juniper Lane.

"The sound was like a train going through the living room," Mendes said. "When I stood up, I could see the sky where the roof used to be."

Her neighbor, Dwight Ambrose, a retired mail carrier, said he stayed on his porch to watch the storm until a sheriff's deputy drove by and ordered him inside. "He told me, 'Sir, I'm not asking,'" Ambrose said. "So I went. Thank God I did."

At the Red Cross shelter at Calloway High School, volunteers handed out cots and blankets to about 600 people. Shelter manager Teresa Vu said more volunteers were needed, especially people who speak Spanish.

Whitcomb said the state would open a second shelter in Dunmore and urged residents who had left to stay away until officials said it was safe. "Your house is not worth your life," she said.

County Commissioner Ray Pettibone said at the briefing that the county's sirens had sounded eleven minutes before the tornado hit. He said the county would review its phone alerts after some residents reported receiving them late.
''',
    s('officials', 'officials', 'A tornado tore a 9-mile path through the southern edge|without a place to sleep', 'said'),
    s('Dana Whitcomb', 'Gov. Dana Whitcomb', 'she had asked the federal government for help with the cost of the cleanup', 'said', role=WHITCOMB),
    s('Dana Whitcomb', 'she', 'the federal government for help with the cost of the cleanup', 'asked', role=WHITCOMB, nested=True, via='Dana Whitcomb'),
    s('Dana Whitcomb', 'Whitcomb', '"I\'ve seen a lot of storms in this state, and I have not seen one do this to a town,"', 'said', 'direct', role=WHITCOMB),
    s('Dana Whitcomb', '', '"If you are told to stay out of a neighborhood, stay out. Do not go back in the dark to check on your house."', '', 'direct', role=WHITCOMB),
    s('Marcus Boyle', 'Fire Chief Marcus Boyle of the Calloway Springs Fire Department', 'The three people who died were found in two mobile homes on Route 9', 'said', role=BOYLE),
    s('Marcus Boyle', 'He', 'crews had pulled 11 people from collapsed buildings overnight|every damaged block again on Wednesday', 'said', role=BOYLE),
    s('Marcus Boyle', 'Boyle', '"We were working three collapses at once with half the radios down,"', 'said', 'direct', role=BOYLE),
    s('Marcus Boyle', '', '"Our people did everything they could. Some of those houses were just gone, down to the slab."', '', 'direct', role=BOYLE),
    s('Marcus Boyle', 'Boyle', 'two firefighters had been treated for cuts and released', 'said', role=BOYLE),
    s('Marcus Boyle', 'He', 'the names of the dead would be released by the county coroner after their families were notified', 'said', role=BOYLE),
    s('The National Weather Service', 'The National Weather Service', 'the tornado was an EF-3, with winds estimated at 150 mph', 'confirmed'),
    s('A spokeswoman for Hollis Power', 'A spokeswoman for Hollis Power, the utility that serves the area', 'about 22,000 customers were still without electricity and that some might not have it back before the weekend', 'said', role='spokeswoman'),
    s('Residents', 'Residents', 'a frantic few minutes', 'described'),
    s('Carla Mendes', 'Carla Mendes, 58', 'she had about ninety seconds after her phone buzzed|into the bathtub on Juniper Lane', 'said'),
    s('Carla Mendes', 'Mendes', '"The sound was like a train going through the living room,"', 'said', 'direct'),
    s('Carla Mendes', '', '"When I stood up, I could see the sky where the roof used to be."', '', 'direct'),
    s('Dwight Ambrose', 'Her neighbor, Dwight Ambrose, a retired mail carrier', 'he stayed on his porch to watch the storm until a sheriff\'s deputy drove by and ordered him inside', 'said', role='retired mail carrier'),
    s('Dwight Ambrose', 'Ambrose', '"He told me, \'Sir, I\'m not asking,\'"', 'said', 'direct', role='retired mail carrier'),
    s("a sheriff's deputy", 'He', "'Sir, I'm not asking,'", 'told', 'direct', nested=True, via='Dwight Ambrose'),
    s('Dwight Ambrose', '', '"So I went. Thank God I did."', '', 'direct', role='retired mail carrier'),
    s('Teresa Vu', 'Shelter manager Teresa Vu', 'more volunteers were needed, especially people who speak Spanish', 'said', role='Shelter manager'),
    s('Dana Whitcomb', 'Whitcomb', 'the state would open a second shelter in Dunmore', 'said', role=WHITCOMB),
    s('Dana Whitcomb', 'Whitcomb', 'residents who had left to stay away until officials said it was safe', 'urged', role=WHITCOMB),
    s('Dana Whitcomb', 'she', '"Your house is not worth your life,"', 'said', 'direct', role=WHITCOMB),
    s('Ray Pettibone', 'County Commissioner Ray Pettibone', "the county's sirens had sounded eleven minutes before the tornado hit", 'said', role='County Commissioner'),
    s('Ray Pettibone', 'He', 'the county would review its phone alerts after some residents reported receiving them late', 'said', role='County Commissioner'),
    s('some residents', 'some residents', 'receiving them late', 'reported', nested=True, via='Ray Pettibone'),
)

doc('h06-wire-eu-summit-gas', 'Meridian Wire', '2026-12-04', '''
EU leaders split over Kordania gas deal as summit runs into night

By Pieter Vandersloot and Ana Ruiz

BRUSSELS, Dec 4 (Meridian Wire) - European Union leaders failed on Thursday to agree on whether to back a long-term gas supply deal with Kordania, with several prime ministers warning that it would deepen the bloc's dependence on a single pipeline, diplomats said.

The leaders were meeting in Brussels for a two-day summit dominated by energy prices and the bloc's budget for 2028-2034. Talks on the gas deal were expected to resume over breakfast on Friday, two diplomats said.

"We cannot spend five years getting rid of one dependency and then sign up for another," Lutherian Prime Minister Henrik Aaltonen told reporters as he arrived. "I will not support this text as it stands."

Aaltonen was backed by the prime ministers of Estvia and Norland, according to three diplomats familiar with the discussions.

Sarvenian Prime Minister Luka Radic, whose country would be a transit route for the gas, defended the deal, saying it would cut heating bills for millions of households. "This is not about politics. It's about people who cannot pay for their heating this winter," he said.

Radic also said he would block the summit's conclusions on enlargement unless the text mentioned the Drava corridor. A senior EU official, speaking on condition of anonymity, said that threat was "taken seriously but not literally."

The President of the European Council, Mirela Costinescu, said she was confident a compromise could be found. "Everybody in that room wants the same thing: cheaper energy and fewer risks. We disagree on the route, not on the destination," she told a news conference after midnight.

One diplomat said a draft compromise circulated late Thursday would limit the deal to ten years and require Kordania to open its pipeline to other suppliers. Another said several countries still wanted a clause allowing the bloc to suspend purchases if Kordania broke its commitments on the border with Ostravia.

Aldenian Chancellor Ruth Hallendorf, who met Ostravian President Aleksander Dorn earlier this week, said she supported "a deal with strong conditions" and would not let the question "poison" the summit.

The draft conclusions, seen by Meridian Wire, say the European Council "takes note" of the negotiations with Kordania and invites the Commission to report back by March.

Leaders did agree on a separate declaration on undersea cables, which calls for a joint monitoring mission in the Northern Sea.
''',
    s('diplomats', 'diplomats', 'European Union leaders failed on Thursday to agree|on a single pipeline', 'said'),
    s('several prime ministers', 'several prime ministers', "it would deepen the bloc's dependence on a single pipeline", 'warning', nested=True, via='diplomats'),
    s('two diplomats', 'two diplomats', 'Talks on the gas deal were expected to resume over breakfast on Friday', 'said'),
    s('Henrik Aaltonen', 'Lutherian Prime Minister Henrik Aaltonen', '"We cannot spend five years getting rid of one dependency and then sign up for another,"', 'told', 'direct', role='Prime Minister'),
    s('Henrik Aaltonen', '', '"I will not support this text as it stands."', '', 'direct', role='Prime Minister'),
    s('three diplomats familiar with the discussions', 'three diplomats familiar with the discussions', 'Aaltonen was backed by the prime ministers of Estvia and Norland', 'according to'),
    s('Luka Radic', 'Sarvenian Prime Minister Luka Radic, whose country would be a transit route for the gas', 'the deal', 'defended', role='Prime Minister'),
    s('Luka Radic', 'Sarvenian Prime Minister Luka Radic, whose country would be a transit route for the gas', 'it would cut heating bills for millions of households', 'saying', role='Prime Minister'),
    s('Luka Radic', 'he', '"This is not about politics. It\'s about people who cannot pay for their heating this winter,"', 'said', 'direct', role='Prime Minister'),
    s('Luka Radic', 'Radic', "he would block the summit's conclusions on enlargement unless the text mentioned the Drava corridor", 'said', role='Prime Minister'),
    s('A senior EU official', 'A senior EU official, speaking on condition of anonymity', 'that threat was "taken seriously but not literally."', 'said', 'mixed', role='senior EU official'),
    s('Mirela Costinescu', 'The President of the European Council, Mirela Costinescu', 'she was confident a compromise could be found', 'said', role='President of the European Council'),
    s('Mirela Costinescu', 'she', '"Everybody in that room wants the same thing: cheaper energy and fewer risks. We disagree on the route, not on the destination,"', 'told', 'direct', role='President of the European Council'),
    s('One diplomat', 'One diplomat', 'a draft compromise circulated late Thursday would limit the deal to ten years|to other suppliers', 'said'),
    s('Another', 'Another', 'several countries still wanted a clause allowing the bloc|on the border with Ostravia', 'said'),
    s('Ruth Hallendorf', 'Aldenian Chancellor Ruth Hallendorf, who met Ostravian President Aleksander Dorn earlier this week', 'she supported "a deal with strong conditions" and would not let the question "poison" the summit', 'said', 'mixed', role='Chancellor'),
    s('The draft conclusions', 'The draft conclusions, seen by Meridian Wire', 'the European Council "takes note" of the negotiations with Kordania and invites the Commission to report back by March', 'say', 'mixed'),
    s('a separate declaration on undersea cables', 'which', 'a joint monitoring mission in the Northern Sea', 'calls for'),
)

doc('h07-wire-ostravia-navy-drill', 'Baltic Press Agency', '2026-12-04', '''
Ostravian navy begins week-long exercise in Northern Sea, defence ministry says

MARNOW, Dec 4 (Baltic Press Agency) — Ostravia's navy began a week-long exercise in the Northern Sea on Thursday involving 14 warships and about 2,000 personnel, Ostravia's Defence Ministry said in a statement on its Telegram channel.

The drills, code-named Steel Current 26, will practise the protection of undersea infrastructure, mine clearance and the defence of ports, the ministry said. It said the exercise had been planned in advance and was "not directed against any third country."

"The crews will work out the detection and neutralisation of underwater drones in conditions as close as possible to real combat," the statement said.

According to the ministry, two Aldenian ships and a Lutherian minesweeper are taking part as observers.

The Kordanian Defence Ministry said on Thursday that it was monitoring the exercise closely and had raised the readiness of its coastal units. Kordanian Defence Minister Pavel Surin said last week that Ostravian drones had violated his country's airspace. Marnow has denied the accusation.

The Ostravian ministry also published a video showing a corvette firing at a floating target. The Baltic Press Agency could not independently verify when the footage was filmed.
''',
    s("Ostravia's Defence Ministry", 'defence ministry', 'Ostravian navy begins week-long exercise in Northern Sea', 'says'),
    s("Ostravia's Defence Ministry", "Ostravia's Defence Ministry", "Ostravia's navy began a week-long exercise in the Northern Sea|about 2,000 personnel", 'said'),
    s("Ostravia's Defence Ministry", 'the ministry', 'The drills, code-named Steel Current 26, will practise|the defence of ports', 'said'),
    s("Ostravia's Defence Ministry", 'It', 'the exercise had been planned in advance and was "not directed against any third country."', 'said', 'mixed'),
    s("Ostravia's Defence Ministry", 'the statement', '"The crews will work out the detection|close as possible to real combat,"', 'said', 'direct'),
    s("Ostravia's Defence Ministry", 'the ministry', 'two Aldenian ships and a Lutherian minesweeper are taking part as observers', 'According to'),
    s('The Kordanian Defence Ministry', 'The Kordanian Defence Ministry', 'it was monitoring the exercise closely and had raised the readiness of its coastal units', 'said'),
    s('Pavel Surin', 'Kordanian Defence Minister Pavel Surin', "Ostravian drones had violated his country's airspace", 'said', role='Defence Minister'),
    s('Marnow', 'Marnow', 'the accusation', 'denied'),
)

KESSLER = 'Harbour City manager'

doc('h08-scraped-football-coach', 'Northern Sports Wire', '2026-12-03', '''
SPORTS | FOOTBALL | NORTHERN LEAGUE
Menu  Scores  Fixtures  Tables  Transfers  Video

Harbour City boss Kessler: 'We gave them two gifts and paid for it'

By Owen Marsh, Chief Football Writer
Published Dec 3, 2026, 10:41 p.m. | Updated 11:15 p.m.

Share  Facebook  X  WhatsApp  Email

Harbour City manager Lena Kessler on the touchline at Dunmore Park on Wednesday. (Tom Ashby / Northern Sports Wire)

Harbour City manager Lena Kessler blamed two defensive errors for her side's 2-1 defeat at Dunmore Rovers on Wednesday, a result that leaves the leaders just two points clear at the top of the Northern League.

City led through Jonas Brandt's header after 23 minutes, but Rovers equalised when goalkeeper Matteo Ricci spilled a long-range shot, and Callum Price scored the winner in stoppage time after a misplaced back pass.

"We gave them two gifts and we paid for it. You can't do that away from home against a team that fights like they do," Kessler told her post-match press conference. "For 70 minutes we were in control. Then we stopped doing the simple things."

Asked whether Ricci would keep his place for Saturday's game against Westford, Kessler said she would "look at everything" but defended the goalkeeper. "Matteo has saved us a lot of points this season. One mistake doesn't change what I think of him."

She said Brandt had been taken off at half-time with a tight hamstring and would have a scan on Thursday. "I hope it's nothing, but with hamstrings you never know," she said.

Rovers manager Phil Dorsey said his players had "earned their luck."

"People will talk about the mistakes, but we forced them. We pressed for 95 minutes," Dorsey said. "I told the lads at half-time, if we keep going, they will crack. And they did."

Price, who joined Rovers from Westford in the summer, said the winner was the most important goal of his career. "I just closed my eyes and hit it," the 21-year-old said.

Rovers move up to fifth, four points off the European places.

Read more
Westford's Okafor says contract talks 'going well'
Northern League to review VAR after weekend of errors, chief says
Dunmore Rovers fans' group: ticket prices 'pushing out families'

Most popular
1. Transfer rumours: five names linked with Harbour City
2. Ratings: how every City player performed at Dunmore

Comments (214)
ScoutNorth: Ricci has to be dropped. Two seasons of this now.
''',
    s('Lena Kessler', 'Harbour City boss Kessler', "'We gave them two gifts and paid for it'", '', 'direct', role='Harbour City boss'),
    s('Lena Kessler', 'Harbour City manager Lena Kessler', "two defensive errors for her side's 2-1 defeat at Dunmore Rovers on Wednesday", 'blamed', role=KESSLER),
    s('Lena Kessler', 'Kessler', '"We gave them two gifts and we paid for it. You can\'t do that away from home against a team that fights like they do,"', 'told', 'direct', role=KESSLER),
    s('Lena Kessler', '', '"For 70 minutes we were in control. Then we stopped doing the simple things."', '', 'direct', role=KESSLER),
    s('Lena Kessler', 'Kessler', 'she would "look at everything"', 'said', 'mixed', role=KESSLER),
    s('Lena Kessler', 'Kessler', 'the goalkeeper', 'defended', role=KESSLER),
    s('Lena Kessler', '', '"Matteo has saved us a lot of points this season. One mistake doesn\'t change what I think of him."', '', 'direct', role=KESSLER),
    s('Lena Kessler', 'She', 'Brandt had been taken off at half-time with a tight hamstring and would have a scan on Thursday', 'said', role=KESSLER),
    s('Lena Kessler', 'she', '"I hope it\'s nothing, but with hamstrings you never know,"', 'said', 'direct', role=KESSLER),
    s('Phil Dorsey', 'Rovers manager Phil Dorsey', 'his players had "earned their luck."', 'said', 'mixed', role='Rovers manager'),
    s('Phil Dorsey', 'Dorsey', '"People will talk about the mistakes, but we forced them. We pressed for 95 minutes,"', 'said', 'direct', role='Rovers manager'),
    s('Phil Dorsey', '', '"I told the lads at half-time, if we keep going, they will crack. And they did."', '', 'direct', role='Rovers manager'),
    s('Phil Dorsey', 'I', 'if we keep going, they will crack', 'told', role='Rovers manager', nested=True, via='Phil Dorsey'),
    s('Callum Price', 'Price, who joined Rovers from Westford in the summer', 'the winner was the most important goal of his career', 'said'),
    s('Callum Price', 'the 21-year-old', '"I just closed my eyes and hit it,"', 'said', 'direct'),
    s('Okafor', "Westford's Okafor", "contract talks 'going well'", 'says', 'mixed', region='related'),
    s('chief', 'chief', 'Northern League to review VAR after weekend of errors', 'says', region='related'),
    s("Dunmore Rovers fans' group", "Dunmore Rovers fans' group", "ticket prices 'pushing out families'", '', 'mixed', region='related'),
)

WHITFORD = 'Superintendent'

doc('h09-paper-school-budget', 'The Marlow Valley Sentinel', '2026-12-02', '''
Trustees back $4.2M in cuts as parents plead to save music, buses

Superintendent says deficit leaves 'no painless options'; vote on final budget set for June

By Renee Gallagher
The Marlow Valley Sentinel

The Marlow Valley School Board voted 5-2 late Monday to move ahead with $4.2 million in cuts to next year's budget, after nearly three hours of testimony from parents, students and teachers who urged trustees to spare elementary music programs and late buses.

The plan, presented by Superintendent Dr. Angela Whitford, would eliminate 31 positions, most of them through retirements, close the district's alternative high school program at the Fenwick building and end the late-bus routes that take students home from after-school activities.

"There is no painless option left on this list," Whitford told the board. "We have cut around the edges for three years. This time the cuts are going to be felt in classrooms, and I'm not going to pretend otherwise."

Whitford said the district faces a $6.8 million gap next year because federal pandemic relief money has run out, enrollment has fallen by about 400 students since 2021 and the state's funding formula has not kept up with costs. The remaining $2.6 million would come from the district's reserve fund, she said.

Board Chair Thomas Nyberg said the board had no choice but to act now. "If we wait until June, we lose the chance to handle most of this through retirements instead of layoffs," he said.

Trustee Lorraine Biddle, one of the two votes against, said the district had "asked the families who have the least to give up the most." She said ending the late buses would fall hardest on students whose parents work evenings and cannot pick them up.

"For a lot of kids, the late bus is the difference between playing a sport and going straight home to an empty apartment," Biddle said.

Trustee Carl Whitaker, who also voted no, said he wanted the district to look first at administrative costs, including two assistant superintendent positions created in 2022. Whitford said one of those positions would be left vacant when its holder retires in the summer.

More than 40 people signed up to speak. Many wore red T-shirts printed with "Keep the Music Playing."

Jessica Moreno, whose two children attend Cedar Ridge Elementary, said the music program was the reason her son, who has autism, looked forward to school. "He doesn't talk much, but he sings," she said, her voice breaking. "Please don't take that away from him."

Kevin Tran, a junior at Marlow Valley High, told trustees that the alternative program at Fenwick had kept him in school after he failed three classes as a freshman. "If Fenwick had not been there, I would have dropped out. I'm not exaggerating," he said. "Now I'm on track to graduate in June."

Bill Hastings, president of the Marlow Valley Education Association, the teachers union, said the union would "fight every layoff," and questioned the district's enrollment projections, which he said had been too pessimistic two years in a row.

Not every speaker opposed the plan. Donna Feld, a retired accountant who lives in the district and has no children in its schools, said taxpayers could not be asked to cover rising costs indefinitely. "Every household in this district has had to cut back. The school district is not special," she said.

Under the plan, elementary music would be taught every other week instead of weekly, but no music teachers would be laid off, Whitford said. Asked by Biddle whether the change could be reversed if the state increased aid, the superintendent said it could, "in a heartbeat."

The board will hold a public hearing on the full budget on May 12 and a final vote on June 9. Nyberg said trustees would consider any changes that came with "a real way to pay for them."
''',
    s('parents', 'parents', 'to save music, buses', 'plead'),
    s('Angela Whitford', 'Superintendent', "deficit leaves 'no painless options'", 'says', 'mixed', role=WHITFORD),
    s('parents, students and teachers', 'parents, students and teachers', 'trustees to spare elementary music programs and late buses', 'urged'),
    s('Angela Whitford', 'Whitford', '"There is no painless option left on this list,"', 'told', 'direct', role=WHITFORD),
    s('Angela Whitford', '', '"We have cut around the edges for three years.|I\'m not going to pretend otherwise."', '', 'direct', role=WHITFORD),
    s('Angela Whitford', 'Whitford', 'the district faces a $6.8 million gap next year|has not kept up with costs', 'said', role=WHITFORD),
    s('Angela Whitford', 'she', "The remaining $2.6 million would come from the district's reserve fund", 'said', role=WHITFORD),
    s('Thomas Nyberg', 'Board Chair Thomas Nyberg', 'the board had no choice but to act now', 'said', role='Board Chair'),
    s('Thomas Nyberg', 'he', '"If we wait until June, we lose the chance|instead of layoffs,"', 'said', 'direct', role='Board Chair'),
    s('Lorraine Biddle', 'Trustee Lorraine Biddle, one of the two votes against', 'the district had "asked the families who have the least to give up the most."', 'said', 'mixed', role='Trustee'),
    s('Lorraine Biddle', 'She', 'ending the late buses would fall hardest on students whose parents work evenings and cannot pick them up', 'said', role='Trustee'),
    s('Lorraine Biddle', 'Biddle', '"For a lot of kids, the late bus is the difference|an empty apartment,"', 'said', 'direct', role='Trustee'),
    s('Carl Whitaker', 'Trustee Carl Whitaker, who also voted no', 'he wanted the district to look first at administrative costs|created in 2022', 'said', role='Trustee'),
    s('Angela Whitford', 'Whitford', 'one of those positions would be left vacant when its holder retires in the summer', 'said', role=WHITFORD),
    s('Jessica Moreno', 'Jessica Moreno, whose two children attend Cedar Ridge Elementary', 'the music program was the reason her son, who has autism, looked forward to school', 'said'),
    s('Jessica Moreno', 'she', '"He doesn\'t talk much, but he sings,"', 'said', 'direct'),
    s('Jessica Moreno', '', '"Please don\'t take that away from him."', '', 'direct'),
    s('Kevin Tran', 'Kevin Tran, a junior at Marlow Valley High', 'the alternative program at Fenwick had kept him in school after he failed three classes as a freshman', 'told', role='junior at Marlow Valley High'),
    s('Kevin Tran', 'he', '"If Fenwick had not been there, I would have dropped out. I\'m not exaggerating,"', 'said', 'direct', role='junior at Marlow Valley High'),
    s('Kevin Tran', '', '"Now I\'m on track to graduate in June."', '', 'direct', role='junior at Marlow Valley High'),
    s('Bill Hastings', 'Bill Hastings, president of the Marlow Valley Education Association, the teachers union', 'the union would "fight every layoff,"', 'said', 'mixed', role='president of the Marlow Valley Education Association'),
    s('Bill Hastings', 'Bill Hastings, president of the Marlow Valley Education Association, the teachers union', "the district's enrollment projections", 'questioned', role='president of the Marlow Valley Education Association'),
    s('Bill Hastings', 'he', 'had been too pessimistic two years in a row', 'said', role='president of the Marlow Valley Education Association'),
    s('Donna Feld', 'Donna Feld, a retired accountant who lives in the district and has no children in its schools', 'taxpayers could not be asked to cover rising costs indefinitely', 'said', role='retired accountant'),
    s('Donna Feld', 'she', '"Every household in this district has had to cut back. The school district is not special,"', 'said', 'direct', role='retired accountant'),
    s('Angela Whitford', 'Whitford', 'Under the plan, elementary music would be taught every other week|no music teachers would be laid off', 'said', role=WHITFORD),
    s('Angela Whitford', 'the superintendent', 'it could, "in a heartbeat."', 'said', 'mixed', role=WHITFORD),
    s('Thomas Nyberg', 'Nyberg', 'trustees would consider any changes that came with "a real way to pay for them."', 'said', 'mixed', role='Board Chair'),
)

doc('h10-paper-hospital-heparin', 'The Halton Examiner', '2026-11-30', '''
Records show hospital ignored warning before fatal medication error

By Daniel Okafor and Priya Raman
The Halton Examiner

A 71-year-old retired machinist died at St. Brendan's Regional Medical Center last March after a nurse gave him ten times the prescribed dose of a blood thinner, an error that the hospital's own pharmacy staff had warned about months earlier, according to records reviewed by the Examiner.

Walter Pruitt was admitted on March 3 for a routine knee replacement. Two days after surgery, a nurse gave him 50,000 units of heparin instead of 5,000, according to an incident report the hospital filed with the state health department. He died of internal bleeding on March 6.

In an email sent in November 2025, a pharmacy supervisor told the hospital's chief nursing officer that the two strengths of heparin were stored in look-alike vials in the same drawer on the orthopedic floor and asked that the stronger vials be removed. "This is an accident waiting to happen," the supervisor wrote. The Examiner obtained the email through a lawyer for the Pruitt family.

The vials were not moved until after Pruitt's death, according to a state inspection report released in October.

The inspection report found that the hospital had failed to follow its own policy on high-alert medications and that nurses on the floor had not been trained on a new labeling system introduced in January. The state fined the hospital $48,000.

Pruitt's daughter, Nancy Pruitt-Hale, said the family learned about the pharmacy supervisor's warning only after they hired a lawyer. "They told us it was a tragic mistake by one person," she said. "Nobody told us that someone saw this coming."

The family's lawyer, Victor Amundsen, said he had filed a wrongful-death lawsuit in Halton County Circuit Court on Monday. The suit accuses the hospital of negligence and seeks unspecified damages.

"This was not one nurse having a bad day," Amundsen said. "This was a hospital that was told, in writing, exactly what could go wrong, and decided it could wait."

In a statement, St. Brendan's said it had "deep sympathy" for the Pruitt family and had "made significant changes" since March, including removing the high-strength vials from patient floors and requiring a second nurse to check every heparin dose. The hospital declined to make its chief nursing officer, Margaret Ellison, available for an interview, citing the pending lawsuit.

"Patient safety is our highest priority, and we have cooperated fully with the Department of Health," the statement said.

The nurse who gave the dose, whose name has not been made public, no longer works at the hospital, according to a spokeswoman, Carol Danvers-Leigh. She declined to say whether the nurse had been fired.

Medication errors involving heparin are among the most common serious errors in U.S. hospitals, said Dr. Samuel Achterberg, a patient-safety researcher at the Lakeport School of Public Health who reviewed the inspection report at the Examiner's request.

"Storing two strengths of heparin side by side is a known hazard. It's been in the safety literature for twenty years," Achterberg said. "When a pharmacist flags it, the fix costs almost nothing."

He said hospitals often delay such changes because no one person is responsible for acting on warnings that cross departments.

Records show the hospital reported 14 medication errors to the state in 2025, three of them involving blood thinners. None of the other patients died.

State Sen. Rita Calhoun, who chairs the Senate health committee, said she would ask the health department to review how hospitals respond to internal safety warnings. "If a warning sits in someone's inbox for four months, that's a system failure," she said.

Walter Pruitt worked for 38 years at the Halton Tool and Die plant. His daughter said he had been looking forward to walking his granddaughter down the aisle in June.
''',
    s('records reviewed by the Examiner', 'Records', 'hospital ignored warning before fatal medication error', 'show'),
    s('records reviewed by the Examiner', 'records reviewed by the Examiner', "A 71-year-old retired machinist died at St. Brendan's|had warned about months earlier", 'according to'),
    s("St. Brendan's Regional Medical Center", 'an incident report the hospital filed with the state health department', 'Two days after surgery, a nurse gave him 50,000 units of heparin instead of 5,000', 'according to'),
    s('a pharmacy supervisor', 'a pharmacy supervisor', 'the two strengths of heparin were stored in look-alike vials in the same drawer on the orthopedic floor', 'told', role='pharmacy supervisor'),
    s('a pharmacy supervisor', 'a pharmacy supervisor', 'the stronger vials be removed', 'asked', role='pharmacy supervisor'),
    s('a pharmacy supervisor', 'the supervisor', '"This is an accident waiting to happen,"', 'wrote', 'direct', role='pharmacy supervisor'),
    s('a state inspection report released in October', 'a state inspection report released in October', "The vials were not moved until after Pruitt's death", 'according to'),
    s('a state inspection report released in October', 'The inspection report', 'the hospital had failed to follow its own policy on high-alert medications|introduced in January', 'found'),
    s('Nancy Pruitt-Hale', "Pruitt's daughter, Nancy Pruitt-Hale", "the family learned about the pharmacy supervisor's warning only after they hired a lawyer", 'said', role='daughter'),
    s('Nancy Pruitt-Hale', 'she', '"They told us it was a tragic mistake by one person,"', 'said', 'direct', role='daughter'),
    s('Nancy Pruitt-Hale', '', '"Nobody told us that someone saw this coming."', '', 'direct', role='daughter'),
    s('Victor Amundsen', "The family's lawyer, Victor Amundsen", 'he had filed a wrongful-death lawsuit in Halton County Circuit Court on Monday', 'said', role="family's lawyer"),
    s('The suit', 'The suit', 'the hospital of negligence', 'accuses'),
    s('Victor Amundsen', 'Amundsen', '"This was not one nurse having a bad day,"', 'said', 'direct', role="family's lawyer"),
    s('Victor Amundsen', '', '"This was a hospital that was told, in writing, exactly what could go wrong, and decided it could wait."', '', 'direct', role="family's lawyer"),
    s("St. Brendan's Regional Medical Center", "St. Brendan's", 'it had "deep sympathy" for the Pruitt family|to check every heparin dose', 'said', 'mixed'),
    s("St. Brendan's Regional Medical Center", 'The hospital', 'the pending lawsuit', 'citing'),
    s("St. Brendan's Regional Medical Center", 'the statement', '"Patient safety is our highest priority, and we have cooperated fully with the Department of Health,"', 'said', 'direct'),
    s('Carol Danvers-Leigh', 'a spokeswoman, Carol Danvers-Leigh', 'The nurse who gave the dose, whose name has not been made public, no longer works at the hospital', 'according to', role='spokeswoman'),
    s('Samuel Achterberg', "Dr. Samuel Achterberg, a patient-safety researcher at the Lakeport School of Public Health who reviewed the inspection report at the Examiner's request", 'Medication errors involving heparin are among the most common serious errors in U.S. hospitals', 'said', role='patient-safety researcher at the Lakeport School of Public Health'),
    s('Samuel Achterberg', 'Achterberg', '"Storing two strengths of heparin side by side is a known hazard. It\'s been in the safety literature for twenty years,"', 'said', 'direct', role='patient-safety researcher at the Lakeport School of Public Health'),
    s('Samuel Achterberg', '', '"When a pharmacist flags it, the fix costs almost nothing."', '', 'direct', role='patient-safety researcher at the Lakeport School of Public Health'),
    s('Samuel Achterberg', 'He', 'hospitals often delay such changes because no one person is responsible|cross departments', 'said', role='patient-safety researcher at the Lakeport School of Public Health'),
    s('records reviewed by the Examiner', 'Records', 'the hospital reported 14 medication errors to the state in 2025, three of them involving blood thinners', 'show'),
    s('Rita Calhoun', 'State Sen. Rita Calhoun, who chairs the Senate health committee', 'she would ask the health department to review how hospitals respond to internal safety warnings', 'said', role='State Sen.'),
    s('Rita Calhoun', 'she', '"If a warning sits in someone\'s inbox for four months, that\'s a system failure,"', 'said', 'direct', role='State Sen.'),
    s('Nancy Pruitt-Hale', 'His daughter', 'he had been looking forward to walking his granddaughter down the aisle in June', 'said', role='daughter'),
)

ORR = 'United Party MLA for Pine Ridge-Carrow'
KOWALCHUK = 'Health Minister'

doc('h11-paper-legislature-clinics', 'The Prairie Courier', '2026-12-03', '''
Rural MLA breaks ranks with health minister over ER closures

Orr says party 'stopped listening' to small towns; Kowalchuk defends plan as the only way to keep ERs staffed

By Marc-André Tremblay
Legislative bureau

EDMONDSTON — A government backbencher openly challenged her own party's health minister in the legislature Wednesday, accusing the province of abandoning rural communities with a plan to close overnight emergency services at six small-town hospitals.

Janet Orr, the United Party MLA for Pine Ridge-Carrow, rose during members' statements to say that the plan had been drawn up "in an office in the capital by people who have never driven an hour to an emergency room at two in the morning."

Health Minister Sandra Kowalchuk, who is also a United Party member, answered in question period that the closures were temporary and that the province could not staff 24-hour emergency rooms in communities where it had been unable to recruit a single full-time doctor in three years.

"I would love to keep every door open every night. I cannot conjure doctors out of thin air," Kowalchuk told the house. "What I can do is make sure that when you call 911 in Carrow, an ambulance gets you to a hospital that has a doctor in it."

Orr was not persuaded. Speaking to reporters outside the chamber, she said the minister had not visited any of the six communities before the announcement. "She's a good minister and a friend, but on this she is wrong," Orr said. "My constituents deserve better than a press release."

Kowalchuk later told reporters she had met the mayors of four of the six towns by video and would travel to Carrow next week. She said she respected Orr's right to speak for her constituents and that there would be "no consequences" for the backbencher.

Premier Dale Harcourt, asked whether Orr would remain in the caucus, said there was room in the party "for people who fight for their communities." He said the plan would not change.

The closures, announced Nov. 18, would end overnight emergency services at hospitals in Carrow, Pine Ridge, Elm Falls, Dutton, Haverly and Lac Brule starting Jan. 15. Patients would instead be taken by ambulance to regional hospitals up to 90 kilometres away.

The Opposition's health critic, Raj Sandhu of the New Democrats, said the dispute showed the government "does not have a plan, it has a press release and a prayer." He called on the minister to publish the staffing figures for each of the six hospitals.

The Rural Municipalities Association said in a statement on Tuesday that it had not been consulted and asked the province to delay the closures by a year.

Dr. Helen Vasquez, president of the provincial medical association, said the shortage of rural doctors was real but warned that longer ambulance trips would put more pressure on paramedics who are already stretched thin.

Orr is the second government MLA to speak out against the plan. Last week, Doug Feeney, the member for Haverly, wrote on Facebook that the closures were "a mistake we will pay for at the ballot box."
''',
    s('Janet Orr', 'Orr', "party 'stopped listening' to small towns", 'says', 'mixed', role=ORR),
    s('Sandra Kowalchuk', 'Kowalchuk', 'plan as the only way to keep ERs staffed', 'defends', role=KOWALCHUK),
    s('Janet Orr', 'A government backbencher', 'the province of abandoning rural communities|six small-town hospitals', 'accusing', role=ORR),
    s('Janet Orr', 'Janet Orr, the United Party MLA for Pine Ridge-Carrow', 'the plan had been drawn up "in an office in the capital|at two in the morning."', 'say', 'mixed', role=ORR),
    s('Sandra Kowalchuk', 'Health Minister Sandra Kowalchuk, who is also a United Party member', 'the closures were temporary and that the province could not staff|full-time doctor in three years', 'answered', role=KOWALCHUK),
    s('Sandra Kowalchuk', 'Kowalchuk', '"I would love to keep every door open every night. I cannot conjure doctors out of thin air,"', 'told', 'direct', role=KOWALCHUK),
    s('Sandra Kowalchuk', '', '"What I can do is make sure|has a doctor in it."', '', 'direct', role=KOWALCHUK),
    s('Janet Orr', 'she', 'the minister had not visited any of the six communities before the announcement', 'said', role=ORR),
    s('Janet Orr', 'Orr', '"She\'s a good minister and a friend, but on this she is wrong,"', 'said', 'direct', role=ORR),
    s('Janet Orr', '', '"My constituents deserve better than a press release."', '', 'direct', role=ORR),
    s('Sandra Kowalchuk', 'Kowalchuk', 'she had met the mayors of four of the six towns by video and would travel to Carrow next week', 'told', role=KOWALCHUK),
    s('Sandra Kowalchuk', 'She', 'she respected Orr\'s right to speak for her constituents and that there would be "no consequences" for the backbencher', 'said', 'mixed', role=KOWALCHUK),
    s('Dale Harcourt', 'Premier Dale Harcourt', 'there was room in the party "for people who fight for their communities."', 'said', 'mixed', role='Premier'),
    s('Dale Harcourt', 'He', 'the plan would not change', 'said', role='Premier'),
    s('Raj Sandhu', "The Opposition's health critic, Raj Sandhu of the New Democrats", 'the dispute showed the government "does not have a plan, it has a press release and a prayer."', 'said', 'mixed', role="Opposition's health critic"),
    s('Raj Sandhu', 'He', 'the minister to publish the staffing figures for each of the six hospitals', 'called on', role="Opposition's health critic"),
    s('The Rural Municipalities Association', 'The Rural Municipalities Association', 'it had not been consulted', 'said'),
    s('The Rural Municipalities Association', 'The Rural Municipalities Association', 'the province to delay the closures by a year', 'asked'),
    s('Helen Vasquez', 'Dr. Helen Vasquez, president of the provincial medical association', 'the shortage of rural doctors was real', 'said', role='president of the provincial medical association'),
    s('Helen Vasquez', 'Dr. Helen Vasquez, president of the provincial medical association', 'longer ambulance trips would put more pressure on paramedics who are already stretched thin', 'warned', role='president of the provincial medical association'),
    s('Doug Feeney', 'Doug Feeney, the member for Haverly', 'the closures were "a mistake we will pay for at the ballot box."', 'wrote', 'mixed', role='member for Haverly'),
)

doc('h12-scraped-restaurant-closing', 'The Tillbury Record', '2026-12-02', '''
Home | News | Business | Food & Drink | Opinion | Obituaries    Subscribe   Sign in

LOCAL NEWS

After 41 years, Rosa's Kitchen on Front Street will serve its last plate on Sunday

Owner says rising rent and staffing costs left her 'out of road'

By Jenna Albright | Staff Writer, The Tillbury Record
Dec. 2, 2026 at 6:05 p.m.

Rosa Delvecchio, 68, in the kitchen of Rosa's Kitchen on Monday. Photo by Greg Hollins / The Tillbury Record

Share this article  f  X  in  Email  Print

TILLBURY — Rosa Delvecchio has made the same tomato sauce in the same kitchen since 1985. On Sunday she will make it for the last time.

Delvecchio, 68, announced on Facebook last week that Rosa's Kitchen, the Italian restaurant she opened on Front Street with her late husband, Sal, would close on Dec. 7. The post was shared more than 3,000 times.

"I didn't want to write it. I wrote it six times and deleted it five," Delvecchio said Monday, sitting in a booth near the front window. "But I'm out of road."

She said her rent had nearly doubled since the building was sold in 2023 and that she could no longer find cooks willing to work for what the restaurant can afford to pay. Her landlord, Front Street Holdings, did not respond to messages seeking comment.

On Monday the dining room was full by 11:30 a.m. Regulars lined up at the counter for the lasagna and stood to hug Delvecchio as she walked between tables.

Marjorie, who declined to give her last name, said she had eaten lunch at Rosa's every Thursday since her husband died in 2009. "She never once let me eat alone. She'd sit down with her coffee and talk," Marjorie said.

Another customer, Dennis, 54, said he had proposed to his wife at the corner table in 1997. "The ring was in the tiramisu. Rosa's idea," he said, laughing. "My wife still says that was the best part."

Delvecchio's son, Anthony, who manages the front of the house, said the family had looked at moving to a smaller space but could not make the numbers work. He said the restaurant's eight employees had all been offered help finding new jobs.

Tillbury Mayor Kevin Osei said in a statement that the closing was "a loss for the whole town" and that the city would look at ways to help longtime small businesses with rising rents.

Lucia Ferrante, who runs the Tillbury Downtown Association, said at least five independent restaurants had closed on Front Street in the past two years. "People think it's the internet or the chains. A lot of the time it's just the rent," she said.

Delvecchio said she planned to spend more time with her grandchildren and might teach a cooking class at the community center. Asked what she would miss most, she did not hesitate. "The noise," she said. "A full room on a Friday night. There's nothing like it."

Rosa's Kitchen, 214 Front St., is open from 11 a.m. to 9 p.m. through Sunday.

RELATED
Front Street rents up 40% in three years, survey finds
Owner of Tillbury's oldest diner says he will sell to staff
City council to consider small-business rent relief fund

Sign up for our Daily Record newsletter

Most Read
1. Tillbury High hockey coach suspended
2. Snow totals: how much fell in your town

Comments are closed for this article.
''',
    s('Rosa Delvecchio', 'Owner', "rising rent and staffing costs left her 'out of road'", 'says', 'mixed', role='Owner'),
    s('Rosa Delvecchio', 'Delvecchio, 68', "Rosa's Kitchen, the Italian restaurant she opened|would close on Dec. 7", 'announced', role='Owner'),
    s('Rosa Delvecchio', 'Delvecchio', '"I didn\'t want to write it. I wrote it six times and deleted it five,"', 'said', 'direct', role='Owner'),
    s('Rosa Delvecchio', '', '"But I\'m out of road."', '', 'direct', role='Owner'),
    s('Rosa Delvecchio', 'She', 'her rent had nearly doubled since the building was sold in 2023|can afford to pay', 'said', role='Owner'),
    s('Marjorie', 'Marjorie, who declined to give her last name', "she had eaten lunch at Rosa's every Thursday since her husband died in 2009", 'said'),
    s('Marjorie', 'Marjorie', '"She never once let me eat alone. She\'d sit down with her coffee and talk,"', 'said', 'direct'),
    s('Dennis', 'Another customer, Dennis, 54', 'he had proposed to his wife at the corner table in 1997', 'said'),
    s('Dennis', 'he', '"The ring was in the tiramisu. Rosa\'s idea,"', 'said', 'direct'),
    s('Dennis', '', '"My wife still says that was the best part."', '', 'direct'),
    s('Anthony', "Delvecchio's son, Anthony, who manages the front of the house", 'the family had looked at moving to a smaller space but could not make the numbers work', 'said', role="Delvecchio's son"),
    s('Anthony', 'He', "the restaurant's eight employees had all been offered help finding new jobs", 'said', role="Delvecchio's son"),
    s('Kevin Osei', 'Tillbury Mayor Kevin Osei', 'the closing was "a loss for the whole town" and that the city would look at ways|with rising rents', 'said', 'mixed', role='Tillbury Mayor'),
    s('Lucia Ferrante', 'Lucia Ferrante, who runs the Tillbury Downtown Association', 'at least five independent restaurants had closed on Front Street in the past two years', 'said'),
    s('Lucia Ferrante', 'she', '"People think it\'s the internet or the chains. A lot of the time it\'s just the rent,"', 'said', 'direct'),
    s('Rosa Delvecchio', 'Delvecchio', 'she planned to spend more time with her grandchildren and might teach a cooking class at the community center', 'said', role='Owner'),
    s('Rosa Delvecchio', 'she', '"The noise,"', 'said', 'direct', role='Owner'),
    s('Rosa Delvecchio', '', '"A full room on a Friday night. There\'s nothing like it."', '', 'direct', role='Owner'),
    s('survey', 'survey', 'Front Street rents up 40% in three years', 'finds', region='related'),
    s("Owner of Tillbury's oldest diner", "Owner of Tillbury's oldest diner", 'he will sell to staff', 'says', region='related'),
)

doc('h13-paper-obituary-judge', 'The Lakeport Sentinel', '2026-11-29', '''
Margaret 'Peg' Holloway, pioneering Lakeport judge, dies at 91

She was the first woman on the county's circuit bench and, colleagues said, the most patient

By Thomas Reilly
The Lakeport Sentinel

Margaret Holloway, who became the first woman appointed to the Lakeport County Circuit Court in 1974 and served on it for 27 years, died Saturday at her home in Westhaven. She was 91.

Her death was confirmed by her son, Andrew Holloway, who said she had been in declining health since a fall in the spring.

Born in 1935 in Carrow Falls, the daughter of a railroad brakeman and a schoolteacher, Holloway worked as a legal secretary for six years before she enrolled in night classes at Lakeport Law School. She graduated first in her class in 1963 but, she once said, received no offers from the city's law firms.

"They told me they didn't have a ladies' room on the partners' floor," she recalled in a 2004 interview with the Sentinel. "So I opened my own office above a shoe store and took whoever walked in."

For the next decade she represented tenants, factory workers and, increasingly, women seeking divorces at a time when few lawyers would. Gov. Edward Marsh appointed her to the circuit court in 1974.

Colleagues said she was known for her patience with defendants who represented themselves and her impatience with lawyers who wasted the court's time.

"She would let a man with a sixth-grade education take forty minutes to tell his story, and then she'd give a prosecutor two minutes and cut him off," said retired Judge Alan Kessler, who served with her for 19 years. "She thought the courtroom belonged to the people in it, not to us."

Holloway was best known for a 1981 ruling that the county jail's practice of holding people for weeks without a bail hearing violated the state constitution. The state Supreme Court upheld the decision the following year. She later said it was the ruling she was proudest of, "because it was the one they tried hardest to talk me out of."

Former county prosecutor Diane Mercer, who often appeared before her, said Holloway "made every lawyer in that building better, whether we liked it or not." Mercer recalled being sent out of the courtroom as a young prosecutor to retrieve a file she had forgotten. "She said, 'Counsel, the defendant has been waiting four months. You can wait four minutes.' I never forgot a file again."

After retiring from the bench in 2001, Holloway taught at her law school for a decade and volunteered at a legal clinic in Westhaven until she was 85.

Her son said she remained sharp until the end and read three newspapers a day. "She'd call me about a story and ask why the reporter didn't ask the obvious question," Andrew Holloway said. "She was usually right."

In addition to her son, she is survived by a daughter, Ruth Alvarez of Calloway Springs, five grandchildren and two great-grandchildren. Her husband, Frank, a high school history teacher, died in 2010.

Asked in 2004 what advice she would give young lawyers, Holloway said: "Listen more than you talk. And never assume the person in front of you is less intelligent than you are."

A memorial service will be held Dec. 12 at First Congregational Church in Westhaven.
''',
    s('colleagues', 'colleagues', 'the most patient', 'said'),
    s('Andrew Holloway', 'her son, Andrew Holloway', 'Her death', 'confirmed', role='son'),
    s('Andrew Holloway', 'her son, Andrew Holloway', 'she had been in declining health since a fall in the spring', 'said', role='son'),
    s('Margaret Holloway', 'she', "received no offers from the city's law firms", 'said', role='judge'),
    s('Margaret Holloway', 'she', '"They told me they didn\'t have a ladies\' room on the partners\' floor,"', 'recalled', 'direct', role='judge', date='2004'),
    s("the city's law firms", 'They', "they didn't have a ladies' room on the partners' floor", 'told', nested=True, via='Margaret Holloway'),
    s('Margaret Holloway', '', '"So I opened my own office above a shoe store and took whoever walked in."', '', 'direct', role='judge', date='2004'),
    s('Colleagues', 'Colleagues', "she was known for her patience with defendants who represented themselves|wasted the court's time", 'said'),
    s('Alan Kessler', 'retired Judge Alan Kessler, who served with her for 19 years', '"She would let a man with a sixth-grade education|cut him off,"', 'said', 'direct', role='retired Judge'),
    s('Alan Kessler', '', '"She thought the courtroom belonged to the people in it, not to us."', '', 'direct', role='retired Judge'),
    s('Margaret Holloway', 'Holloway', "the county jail's practice of holding people for weeks without a bail hearing violated the state constitution", 'ruling', role='judge', date='1981'),
    s('Margaret Holloway', 'She', 'it was the ruling she was proudest of, "because it was the one they tried hardest to talk me out of."', 'said', 'mixed', role='judge'),
    s('Diane Mercer', 'Former county prosecutor Diane Mercer, who often appeared before her', 'Holloway "made every lawyer in that building better, whether we liked it or not."', 'said', 'mixed', role='Former county prosecutor'),
    s('Diane Mercer', 'Mercer', 'being sent out of the courtroom as a young prosecutor to retrieve a file she had forgotten', 'recalled', role='Former county prosecutor'),
    s('Diane Mercer', '', '"She said, \'Counsel, the defendant has been waiting four months. You can wait four minutes.\' I never forgot a file again."', '', 'direct', role='Former county prosecutor'),
    s('Margaret Holloway', 'She', "'Counsel, the defendant has been waiting four months. You can wait four minutes.'", 'said', 'direct', role='judge', nested=True, via='Diane Mercer'),
    s('Andrew Holloway', 'Her son', 'she remained sharp until the end and read three newspapers a day', 'said', role='son'),
    s('Andrew Holloway', 'Andrew Holloway', '"She\'d call me about a story and ask why the reporter didn\'t ask the obvious question,"', 'said', 'direct', role='son'),
    s('Andrew Holloway', '', '"She was usually right."', '', 'direct', role='son'),
    s('Margaret Holloway', 'Holloway', '"Listen more than you talk. And never assume the person in front of you is less intelligent than you are."', 'said', 'direct', role='judge', date='2004'),
)

doc('h14-paper-analysis-suburbs-poll', 'The Lakeport Sentinel', '2026-12-02', '''
Analysis: Why the suburbs are drifting away from Governor Whitcomb

By Elena Marchetti
Sentinel political columnist

Two years ago, Gov. Dana Whitcomb won the suburban counties around Lakeport by 11 points. A new poll suggests that margin has all but disappeared.

The Lakeport Sentinel-Corbin College poll, released Tuesday, found that 44% of likely voters in the four suburban counties approve of the job Whitcomb is doing, while 47% disapprove. In the same counties in September 2024, her approval stood at 56%.

The poll of 812 likely voters was conducted Nov. 20-26 and has a margin of error of plus or minus 3.4 percentage points.

What changed? The short answer is property taxes, according to the people who study these voters.

"Suburban voters will forgive a lot, but they do not forgive a tax bill that goes up 14% in a year," said Martin Cole, a political scientist at Corbin College who directs the poll. "That is the single number that explains most of this."

Whitcomb's aides dispute that reading. Her chief of staff, Paul Redding, said in an interview that the governor had proposed the largest property tax relief package in state history in October and that voters "haven't seen it in their bills yet." He predicted her numbers would recover by the spring.

Others see a broader problem. Alicia Munroe, who studies state politics at the University of Westhaven, said the governor's coalition had always depended on suburban women who backed her on education and abortion rights. "Those issues aren't on the ballot in the same way right now," Munroe said. "So voters are judging her on the cost of living, like they'd judge anyone."

The poll found that 61% of suburban women still view Whitcomb favorably as a person, even as fewer approve of her job performance. Cole said that gap is good news for the governor. "People still like her. They're annoyed with her. Those are very different problems."

Republicans, for their part, see an opening. State party chairman Gary Lindqvist said in a statement that the poll showed "suburban families are done paying for Dana Whitcomb's spending."

But the Republicans have their own problem: no obvious candidate. Asked whom they would support in a Republican primary, 58% of Republican voters in the poll said they were undecided.

A separate survey by the nonpartisan Civic Pulse Institute, released last week, found that 38% of voters statewide named the cost of living as the most important issue facing the state, more than double the share who named crime or education.

History offers some comfort to Whitcomb. Three of the last four governors saw their approval drop below 45% in the middle of their first term, and all three were re-elected, noted Sharon Tillis, a former Sentinel political editor who now writes a newsletter on state politics.

"Midterm polls are a weather report, not a climate report," Tillis wrote last month. "The question is what the weather looks like in October 2028."

Still, the governor cannot afford to lose many more suburban voters. She won statewide by fewer than 90,000 votes.
''',
    s('The Lakeport Sentinel-Corbin College poll', 'A new poll', 'that margin has all but disappeared', 'suggests'),
    s('The Lakeport Sentinel-Corbin College poll', 'The Lakeport Sentinel-Corbin College poll, released Tuesday', '44% of likely voters in the four suburban counties approve|while 47% disapprove', 'found'),
    s('the people who study these voters', 'the people who study these voters', 'The short answer is property taxes', 'according to'),
    s('Martin Cole', 'Martin Cole, a political scientist at Corbin College who directs the poll', '"Suburban voters will forgive a lot|goes up 14% in a year,"', 'said', 'direct', role='political scientist at Corbin College'),
    s('Martin Cole', '', '"That is the single number that explains most of this."', '', 'direct', role='political scientist at Corbin College'),
    s("Whitcomb's aides", "Whitcomb's aides", 'that reading', 'dispute'),
    s('Paul Redding', 'Her chief of staff, Paul Redding', 'the governor had proposed the largest property tax relief package in state history in October and that voters "haven\'t seen it in their bills yet."', 'said', 'mixed', role='chief of staff'),
    s('Dana Whitcomb', 'the governor', 'the largest property tax relief package in state history', 'proposed', role='Gov.', nested=True, via='Paul Redding'),
    s('Paul Redding', 'He', 'her numbers would recover by the spring', 'predicted', role='chief of staff'),
    s('Alicia Munroe', 'Alicia Munroe, who studies state politics at the University of Westhaven', "the governor's coalition had always depended on suburban women who backed her on education and abortion rights", 'said'),
    s('Alicia Munroe', 'Munroe', '"Those issues aren\'t on the ballot in the same way right now,"', 'said', 'direct'),
    s('Alicia Munroe', '', '"So voters are judging her on the cost of living, like they\'d judge anyone."', '', 'direct'),
    s('The Lakeport Sentinel-Corbin College poll', 'The poll', '61% of suburban women still view Whitcomb favorably as a person|her job performance', 'found'),
    s('Martin Cole', 'Cole', 'that gap is good news for the governor', 'said', role='political scientist at Corbin College'),
    s('Martin Cole', '', '"People still like her. They\'re annoyed with her. Those are very different problems."', '', 'direct', role='political scientist at Corbin College'),
    s('Gary Lindqvist', 'State party chairman Gary Lindqvist', 'the poll showed "suburban families are done paying for Dana Whitcomb\'s spending."', 'said', 'mixed', role='State party chairman'),
    s('The Lakeport Sentinel-Corbin College poll', 'the poll', '"suburban families are done paying for Dana Whitcomb\'s spending."', 'showed', 'direct', nested=True, via='Gary Lindqvist'),
    s('58% of Republican voters in the poll', '58% of Republican voters in the poll', 'they were undecided', 'said'),
    s('Civic Pulse Institute', 'A separate survey by the nonpartisan Civic Pulse Institute, released last week', '38% of voters statewide named the cost of living|crime or education', 'found'),
    s('Sharon Tillis', 'Sharon Tillis, a former Sentinel political editor who now writes a newsletter on state politics', 'Three of the last four governors saw their approval drop below 45%|all three were re-elected', 'noted', role='former Sentinel political editor'),
    s('Sharon Tillis', 'Tillis', '"Midterm polls are a weather report, not a climate report,"', 'wrote', 'direct', role='former Sentinel political editor'),
    s('Sharon Tillis', '', '"The question is what the weather looks like in October 2028."', '', 'direct', role='former Sentinel political editor'),
)

write('invented_h_gold.jsonl', per_document=True)
