#!/usr/bin/env python3
"""Builds invented set F: translated wire stories and government texts above all (a presidential aide after a summit,
a foreign-ministry briefing transcript, a leaders' readout with bullets under far-above lead-ins, a ministry
statement in its own voice, two countries' ministers of the same sex and title, a central-bank decision, a markets
wrap, a prosecutor's case, an earthquake, an election night, a scraped page with a live block and comments, a
"— official" headline stack, an envoy interview, a state-talks brief and agency briefs) (issues 9 and 10), written
in session 23 by a sixth hand, unseen: "the diplomat", "the Citadel aide", "According to him", "In his words", "the
source told", "the head of state", "The sides agreed", "Both leaders", "he expressed hope", "the Belkaran minister"
vs "his Lysian counterpart", "the regulator", "rescuers", "local authorities", Q/A turns whose questions are not
statements (the lead's convention of session 23) while a report inside a question is.

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score); fields, "region" and 'START|END' contents as in build_d.py.

usage: python3 ingest-service/tools/invented/build_f.py  (writes src/test/resources/eval/invented_f_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write


doc('f01-wire-summit-aide', 'KARPRESS', '2026-12-02', '''
Talks with Ardenia "useful, but not a breakthrough" — Citadel aide

DORSK, December 2. /KARPRESS/. The talks between Karvenian President Gennady Lobrev and Ardenian President Thomas Whitlow in Halvik were useful, but it is too early to speak of a breakthrough, Citadel aide Yury Kostrin told reporters on Wednesday.

"The conversation was frank, businesslike and, I would say, rather long: almost four hours instead of the planned two. Both presidents spoke openly about what divides us. But I would not use the word breakthrough. It is premature," the diplomat said.

According to him, the heads of state discussed strategic stability, the situation around the Pellar Strait and the resumption of direct flights, which were suspended in 2024. In his words, "on flights there is a certain understanding, on the strait there is none yet."

Kostrin noted that Lobrev had handed his counterpart a list of proposals on the exchange of detained citizens. "The Ardenian side promised to study them carefully. We will see," the Citadel aide added.

The presidential aide stressed that no joint document had been planned for the meeting and that none had been signed. He did not rule out that the two leaders could speak by telephone before the end of the year.

Asked whether a second summit was possible, Kostrin said only that "everything depends on the results of the work of the experts," who, in his words, would meet in January.

Kostrin also commented on reports in the Ardenian press that Halvik was preparing new restrictions against Karvenian energy companies. "We read the newspapers too. If this happens, it will not help the dialogue that has only just begun," he said.

A source in the Karvenian delegation told KARPRESS that the presidents had spent "at least an hour" on the Pellar Strait alone. "The positions are still far apart, but for the first time in years they listened to each other," the source said.

Earlier, Karvenian Foreign Minister Pavel Ostrinsky said in an interview with the Rassvet TV channel that Dorsk expected "concrete steps, not declarations" from Halvik. The minister stressed that Karvenia remained open to dialogue "on the basis of equality and mutual respect," but would not make unilateral concessions.

Speaking at the Dorsk Economic Forum on the eve of his departure, Lobrev said Karvenia was "ready to go as far as the Ardenian side is ready to go." The head of state noted that trade between the two countries had fallen almost fivefold since 2021 and called this "an abnormal situation for two of the largest economies in the world."

According to the Citadel aide, the two presidents also touched upon the situation in Pellaria after the earthquake. Lobrev informed his counterpart that Karvenian rescuers were working in Tessen province, Kostrin said.

Ardenian Secretary of State Laura Benning told reporters in Halvik that the meeting had been "a serious conversation between two serious countries" and that Ardenia would judge Dorsk "by its actions." She declined to say whether the detained citizens had been discussed.

The Ardenian president, for his part, noted in a post on social media that the talks had been "long and productive" and thanked the Karvenian leader for "a candid exchange."

The head of state himself did not speak to journalists after the talks. Citadel press secretary Marina Olkhova said that Lobrev would brief the members of the Security Council on the results of the trip on Thursday.

The previous meeting of the Karvenian and Ardenian leaders took place in Sorrel in June 2023.
''',
    s('Yury Kostrin', 'Citadel aide', 'Talks with Ardenia "useful, but not a breakthrough"', '', 'mixed', role='Citadel aide'),
    s('Yury Kostrin', 'Citadel aide Yury Kostrin', 'The talks between Karvenian President Gennady Lobrev|too early to speak of a breakthrough', 'told', role='Citadel aide'),
    s('Yury Kostrin', 'the diplomat', '"The conversation was frank, businesslike|It is premature,"', 'said', 'direct', role='Citadel aide'),
    s('Yury Kostrin', 'him', 'the heads of state discussed strategic stability|which were suspended in 2024', 'According to', role='Citadel aide'),
    s('Yury Kostrin', 'his', '"on flights there is a certain understanding, on the strait there is none yet."', 'In his words', 'direct', role='Citadel aide'),
    s('Yury Kostrin', 'Kostrin', 'Lobrev had handed his counterpart a list of proposals on the exchange of detained citizens', 'noted', role='Citadel aide'),
    s('Yury Kostrin', 'the Citadel aide', '"The Ardenian side promised to study them carefully. We will see,"', 'added', 'direct', role='Citadel aide'),
    s('Yury Kostrin', 'The presidential aide', 'no joint document had been planned for the meeting and that none had been signed', 'stressed', role='Citadel aide'),
    s('Yury Kostrin', 'He', 'the two leaders could speak by telephone before the end of the year', 'did not rule out', role='Citadel aide'),
    s('Yury Kostrin', 'Kostrin', '"everything depends on the results of the work of the experts,"', 'said', 'direct', role='Citadel aide'),
    s('Yury Kostrin', 'his', 'would meet in January', 'in his words', role='Citadel aide'),
    s('the Ardenian press', 'the Ardenian press', 'Halvik was preparing new restrictions against Karvenian energy companies', 'reports'),
    s('Yury Kostrin', 'he', '"We read the newspapers too. If this happens, it will not help the dialogue that has only just begun,"', 'said', 'direct', role='Citadel aide'),
    s('A source in the Karvenian delegation', 'A source in the Karvenian delegation', 'the presidents had spent "at least an hour" on the Pellar Strait alone', 'told', 'mixed'),
    s('A source in the Karvenian delegation', 'the source', '"The positions are still far apart, but for the first time in years they listened to each other,"', 'said', 'direct'),
    s('Pavel Ostrinsky', 'Karvenian Foreign Minister Pavel Ostrinsky', 'Dorsk expected "concrete steps, not declarations" from Halvik', 'said', 'mixed', role='Karvenian Foreign Minister'),
    s('Pavel Ostrinsky', 'The minister', 'Karvenia remained open to dialogue "on the basis of equality and mutual respect," but would not make unilateral concessions', 'stressed', 'mixed', role='Karvenian Foreign Minister'),
    s('Gennady Lobrev', 'Lobrev', 'Karvenia was "ready to go as far as the Ardenian side is ready to go."', 'said', 'mixed', role='Karvenian President'),
    s('Gennady Lobrev', 'The head of state', 'trade between the two countries had fallen almost fivefold since 2021', 'noted', role='Karvenian President'),
    s('Gennady Lobrev', 'The head of state', '"an abnormal situation for two of the largest economies in the world."', 'called', 'direct', role='Karvenian President'),
    s('Yury Kostrin', 'the Citadel aide', 'the two presidents also touched upon the situation in Pellaria after the earthquake', 'According to', role='Citadel aide'),
    s('Yury Kostrin', 'Kostrin', 'Lobrev informed his counterpart that Karvenian rescuers were working in Tessen province', 'said', role='Citadel aide'),
    s('Gennady Lobrev', 'Lobrev', 'Karvenian rescuers were working in Tessen province', 'informed', role='Karvenian President', nested=True, via='Yury Kostrin'),
    s('Laura Benning', 'Ardenian Secretary of State Laura Benning', 'the meeting had been "a serious conversation between two serious countries" and that Ardenia would judge Dorsk "by its actions."', 'told', 'mixed', role='Ardenian Secretary of State'),
    s('Thomas Whitlow', 'The Ardenian president', 'the talks had been "long and productive"', 'noted', 'mixed', role='Ardenian President'),
    s('Marina Olkhova', 'Citadel press secretary Marina Olkhova', 'Lobrev would brief the members of the Security Council on the results of the trip on Thursday', 'said', role='Citadel press secretary'),
)

doc('f02-transcript-hanor-mfa', 'Ministry of Foreign Affairs of the Republic of Hanor', '2026-12-01', '''
Foreign Ministry Spokesperson Lin Haotian's Regular Press Conference on December 1, 2026

Lin Haotian: Good afternoon. I have two announcements to start with.

At the invitation of Foreign Minister Wen Jiarui, Foreign Minister of the Republic of Maravia Teodor Vasko will pay an official visit to Hanor from December 4 to 7. During the visit, the two foreign ministers will hold talks and co-chair the fifth meeting of the Hanor-Maravia intergovernmental committee on trade and economic cooperation.

Hanor and Maravia are good friends and good partners. Last year bilateral trade exceeded 40 billion dollars for the first time. We believe the visit will further deepen political mutual trust and open new prospects for practical cooperation in energy, agriculture and infrastructure.

Second, the Hanor Disaster Relief Agency will send a second batch of emergency aid to the earthquake-hit regions of Pellaria, including tents, water purification equipment and medicines worth 30 million yuan. The first batch arrived in Tessen on Saturday.

Norline News: The Ardenian Commerce Department said on Friday that it would add 14 Hanoran technology companies to its export control list. What is Hanor's response?

Lin Haotian: We have noted the relevant reports. Hanor firmly opposes the Ardenian side's overstretching of the concept of national security and its abuse of export control measures to suppress Hanoran companies. This practice seriously violates the rules of market economy and fair competition, disrupts global supply chains and will ultimately hurt the Ardenian side's own interests.

We urge the Ardenian side to immediately correct its wrong practice. Hanor will take necessary measures to firmly safeguard the legitimate rights and interests of Hanoran companies.

Kestrel TV: A follow-up. Will Hanor announce countermeasures this week?

Lin Haotian: I have nothing to announce at the moment. Please refer to the competent authorities.

Daily Meridian: Yesterday the Prime Minister of Lysos said that his government was ready to mediate between Hanor and Belkara on the fishing dispute. Does Hanor welcome this offer?

Lin Haotian: Hanor appreciates the goodwill of Lysos. As President Zhou Mingde has pointed out on many occasions, disputes between neighbours should be resolved through dialogue and consultation between the countries directly concerned. Hanor and Belkara have maintained close communication through diplomatic channels, and the two sides held a new round of consultations in Sarn last week.

I want to stress that the waters in question are traditional fishing grounds of Hanoran fishermen. The Hanoran side has always exercised maximum restraint. We hope the Belkaran side will work with us to keep the situation stable and not take any action that may complicate it.

Kestrel TV: The Belkaran coast guard said on Sunday that it had detained two Hanoran fishing boats and their 23 crew members. Can you confirm this, and what is Hanor doing to secure their release?

Lin Haotian: The Hanoran Embassy in Belkara has been in close contact with the Belkaran side since it learned of the incident. According to the information we have, all 23 crew members are safe. We have lodged solemn representations with the Belkaran side and asked it to release the fishermen and their boats immediately and to guarantee their legitimate rights in the meantime.

I also want to point out that Hanor has repeatedly asked its fishermen to abide by the relevant regulations of the countries concerned. We will continue to do so.

Global Review: According to a report by a Tessalian think tank, Hanor's loans to developing countries fell by a third last year. Some say this shows that Hanor is retreating from its infrastructure initiative. What's your comment?

Lin Haotian: I have not seen the report you mentioned. What I can tell you is that Hanor's cooperation with developing countries is open, transparent and based on equality. The figures speak for themselves: over the past decade, projects under the initiative have created more than 400,000 local jobs.

Some people keep talking about a so-called "debt trap." I would say such claims say more about those who make them than about Hanor. Whether cooperation is good or not, the people of the partner countries have the final say.

Norline News: Can you confirm that Vice Foreign Minister Gu Peiran will travel to Halvik next week?

Lin Haotian: I have no information to offer on that.

Pellaria Broadcasting: The Pellarian government has thanked Hanor for its assistance. How many Hanoran rescuers are still working in the earthquake zone?

Lin Haotian: We are grateful for the kind words of our Pellarian friends. A Hanoran search and rescue team of 82 members is still working in Tessen province. As far as I know, they have rescued 11 survivors so far. Hanor stands ready to continue to provide help within its capacity for the reconstruction.
''',
    s('Lin Haotian', 'Lin Haotian', 'Good afternoon. I have two announcements to start with.|arrived in Tessen on Saturday.', '', role='Foreign Ministry Spokesperson'),
    s('The Ardenian Commerce Department', 'The Ardenian Commerce Department', 'it would add 14 Hanoran technology companies to its export control list', 'said'),
    s('Lin Haotian', 'Lin Haotian', 'We have noted the relevant reports. Hanor firmly opposes|legitimate rights and interests of Hanoran companies.', '', role='Foreign Ministry Spokesperson'),
    s('the Prime Minister of Lysos', 'the Prime Minister of Lysos', 'his government was ready to mediate between Hanor and Belkara on the fishing dispute', 'said', role='Prime Minister of Lysos'),
    s('Lin Haotian', 'Lin Haotian', 'Hanor appreciates the goodwill of Lysos.|may complicate it.', '', role='Foreign Ministry Spokesperson'),
    s('Zhou Mingde', 'President Zhou Mingde', 'disputes between neighbours should be resolved through dialogue|directly concerned', 'has pointed out', role='President', nested=True, via='Lin Haotian'),
    s('The Belkaran coast guard', 'The Belkaran coast guard', 'it had detained two Hanoran fishing boats and their 23 crew members', 'said'),
    s('Lin Haotian', 'Lin Haotian', 'The Hanoran Embassy in Belkara has been in close contact|We will continue to do so.', '', role='Foreign Ministry Spokesperson'),
    s('Lin Haotian', 'We', 'it to release the fishermen and their boats immediately|their legitimate rights in the meantime', 'asked', role='Foreign Ministry Spokesperson', nested=True, via='Lin Haotian'),
    s('a Tessalian think tank', 'a report by a Tessalian think tank', "Hanor's loans to developing countries fell by a third last year", 'According to'),
    s('Some', 'Some', 'this shows that Hanor is retreating from its infrastructure initiative', 'say'),
    s('Lin Haotian', 'Lin Haotian', 'I have not seen the report you mentioned.|have the final say.', '', role='Foreign Ministry Spokesperson'),
    s('Lin Haotian', 'Lin Haotian', 'We are grateful for the kind words of our Pellarian friends.|within its capacity for the reconstruction.', '', role='Foreign Ministry Spokesperson'),
)

doc('f03-readout-maravia-tessaly', 'Office of the President of the Republic of Maravia', '2026-11-30', '''
President Ilse Karrow held talks with Prime Minister of Tessaly Davit Osseni

30 November 2026 | Press releases | Foreign policy

On 30 November, President of the Republic of Maravia Ilse Karrow held talks with Prime Minister of the Republic of Tessaly Davit Osseni, who is in Maravia on an official visit. The talks were held first in a restricted format and then with the participation of the delegations.

The President welcomed the Prime Minister and noted that this was the first visit by a head of government of Tessaly to Maravia in eleven years. She described the visit as "a sign that our two nations are ready to write a new chapter."

The Prime Minister thanked the President for the invitation and the warm hospitality. He said that Tessaly regarded Maravia as a key partner in the region and was interested in a substantial expansion of cooperation in all areas.

In the course of the talks, the President of Maravia set out the following priorities for the partnership between the two countries.

Trade, energy and transport

• raising bilateral trade to 5 billion euros by 2030, including through the removal of remaining non-tariff barriers;
• early completion of the Varna-Tessen gas interconnector and joint work on a second section to the port of Oskar;
• the resumption of the direct rail service between Lenzburg and Tessen, suspended since 2019.

Security and the region

• close coordination within the Council of the Southern Sea on maritime security;
• support for the mediation efforts of the Republic of Hanor in the Pellar Strait.

The President pointed out that Maravian companies had invested more than 600 million euros in Tessaly over the past five years and were ready to do more if the legal framework was predictable.

The Prime Minister of Tessaly, in turn, outlined his government's view of the main tasks ahead. He noted in particular:
- the need to conclude negotiations on a new agreement on the mutual protection of investments before the end of 2027;
- Tessaly's interest in taking part in the second phase of the interconnector, in particular:
  - the construction of a compressor station near Oskar;
  - the training of Tessalian engineers at Maravian technical universities;
- the importance of simplifying visa procedures for students, scientists and business people.

Both leaders expressed satisfaction with the growth of cultural and educational exchanges. The sides agreed to open a Maravian cultural centre in Tessen in 2027 and to double the number of government scholarships.

The Prime Minister informed the President about the reform of Tessaly's judicial system and the progress of his country's talks on association with the Southern Economic Community. He expressed hope that Maravia would continue to support Tessaly on this path.

The President confirmed Maravia's firm support for the European aspirations of Tessaly and said she would raise the matter at the next summit of the Community in March.

The sides also discussed the humanitarian situation in Pellaria following the earthquake. President Karrow informed her counterpart that Maravia had sent two rescue teams and a field hospital to the affected region.

Following the talks, in the presence of the two leaders, the following documents were signed:
- Agreement on the avoidance of double taxation;
- Memorandum of understanding on cooperation in the field of renewable energy;
- Programme of cultural cooperation for 2027-2029.

At the joint press conference, the Prime Minister invited the President to pay an official visit to Tessaly next year. The invitation was accepted with gratitude.
''',
    s('Ilse Karrow', 'The President', 'this was the first visit by a head of government of Tessaly to Maravia in eleven years', 'noted', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'She', '"a sign that our two nations are ready to write a new chapter."', 'described', 'direct', role='President of the Republic of Maravia'),
    s('Davit Osseni', 'He', 'Tessaly regarded Maravia as a key partner|in all areas', 'said', role='Prime Minister of the Republic of Tessaly'),
    s('Ilse Karrow', 'the President of Maravia', 'raising bilateral trade to 5 billion euros by 2030|non-tariff barriers;', 'set out', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'the President of Maravia', 'early completion of the Varna-Tessen gas interconnector|the port of Oskar;', 'set out', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'the President of Maravia', 'the resumption of the direct rail service between Lenzburg and Tessen, suspended since 2019.', 'set out', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'the President of Maravia', 'close coordination within the Council of the Southern Sea on maritime security;', 'set out', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'the President of Maravia', 'support for the mediation efforts of the Republic of Hanor in the Pellar Strait.', 'set out', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'The President', 'Maravian companies had invested more than 600 million euros|if the legal framework was predictable', 'pointed out', role='President of the Republic of Maravia'),
    s('Davit Osseni', 'He', 'the need to conclude negotiations on a new agreement|before the end of 2027;', 'noted', role='Prime Minister of the Republic of Tessaly'),
    s('Davit Osseni', 'He', "Tessaly's interest in taking part in the second phase of the interconnector, in particular:", 'noted', role='Prime Minister of the Republic of Tessaly'),
    s('Davit Osseni', 'He', 'the construction of a compressor station near Oskar;', 'noted', role='Prime Minister of the Republic of Tessaly'),
    s('Davit Osseni', 'He', 'the training of Tessalian engineers at Maravian technical universities;', 'noted', role='Prime Minister of the Republic of Tessaly'),
    s('Davit Osseni', 'He', 'the importance of simplifying visa procedures for students, scientists and business people.', 'noted', role='Prime Minister of the Republic of Tessaly'),
    s('Ilse Karrow and Davit Osseni', 'Both leaders', 'satisfaction with the growth of cultural and educational exchanges', 'expressed'),
    s('Ilse Karrow and Davit Osseni', 'The sides', 'to open a Maravian cultural centre in Tessen in 2027 and to double the number of government scholarships', 'agreed'),
    s('Davit Osseni', 'He', 'Maravia would continue to support Tessaly on this path', 'expressed hope', role='Prime Minister of the Republic of Tessaly'),
    s('Ilse Karrow', 'The President', "Maravia's firm support for the European aspirations of Tessaly", 'confirmed', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'she', 'would raise the matter at the next summit of the Community in March', 'said', role='President of the Republic of Maravia'),
    s('Ilse Karrow', 'President Karrow', 'Maravia had sent two rescue teams and a field hospital to the affected region', 'informed', role='President of the Republic of Maravia'),
)

doc('f04-statement-dalmoria-mfa', 'Ministry of Foreign Affairs of the Republic of Dalmoria', '2026-11-29', '''
Statement of the Ministry of Foreign Affairs of the Republic of Dalmoria on the shelling of border villages in the Kessan district

Sarn, 29 November 2026

The Ministry of Foreign Affairs of the Republic of Dalmoria strongly condemns the artillery shelling of the villages of Upper Rava and Molnik in the Kessan district carried out on the night of 28 to 29 November from the territory of the Republic of Belkara.

According to the Kessan district administration, two civilians, a woman and her 14-year-old son, were killed and seven people were injured. Eleven houses, a school and the village water station were damaged.

The Ministry regards this attack as a gross violation of the ceasefire agreement of 12 March 2025 and of the norms of international humanitarian law. Deliberate strikes on residential areas cannot be justified by any military considerations.

We call on the Belkaran side to immediately stop the shelling, to conduct a transparent investigation and to bring those responsible to justice.

The Ministry recalls that this is the fourth such incident since the beginning of October. The previous notes of protest sent by the Ministry to the Embassy of the Republic of Belkara have remained unanswered.

Dalmoria expects the Joint Monitoring Mission to visit the affected villages without delay and to present its conclusions to both parties and to the guarantor states.

The Republic of Dalmoria reiterates its commitment to the peaceful settlement of all outstanding issues with Belkara through negotiations. At the same time, we reserve the right to take all measures provided for by international law to protect our citizens.

The Ambassador of the Republic of Belkara has been summoned to the Ministry today, where a note of protest was handed to him.
''',
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'The Ministry of Foreign Affairs of the Republic of Dalmoria', 'the artillery shelling of the villages of Upper Rava and Molnik|from the territory of the Republic of Belkara', 'strongly condemns'),
    s('the Kessan district administration', 'the Kessan district administration', 'two civilians, a woman and her 14-year-old son, were killed and seven people were injured', 'According to'),
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'The Ministry', 'a gross violation of the ceasefire agreement|international humanitarian law', 'regards'),
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'We', 'the Belkaran side to immediately stop the shelling|bring those responsible to justice', 'call on'),
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'The Ministry', 'this is the fourth such incident since the beginning of October', 'recalls'),
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'Dalmoria', 'the Joint Monitoring Mission to visit the affected villages without delay|to the guarantor states', 'expects'),
    s('the Ministry of Foreign Affairs of the Republic of Dalmoria', 'The Republic of Dalmoria', 'its commitment to the peaceful settlement of all outstanding issues with Belkara through negotiations', 'reiterates'),
)

doc('f05-wire-belkara-lysos', 'Northline News', '2026-11-27', '''
Belkara, Lysos trade barbs over gas survey ship as ministers meet in Aldor

By Petra Hanlon and Jonas Ekwall

ALDOR, Nov 27 (Northline) - Belkara's foreign minister accused Lysos on Thursday of "provoking a crisis" by sending naval vessels to shadow a Belkaran survey ship in disputed waters, while his Lysian counterpart said Belkara had no right to explore there and called the survey "illegal from the first day."

The exchange came hours before the two men were due to meet on the sidelines of a Southern Sea Council meeting in Aldor, their first face-to-face talks since the survey ship Kaptan Ruhi sailed into waters south of the island of Melos three weeks ago.

"We are not the ones who sent frigates," Belkaran Foreign Minister Kerem Aydal told reporters as he arrived at the conference centre. "Our ship is doing scientific work in waters where Belkara has every right to be. If Lysos wants to talk, we are here. If it wants to play with warships, that is its choice."

Lysian Foreign Minister Nikos Varelas, speaking at a separate news conference less than an hour later, said the ship was operating on Lysos's continental shelf and that Athos would "not accept a fait accompli." He said Lysos had informed the Council and its main allies about what he called "a deliberate escalation."

"We want calm. We have always wanted calm," Varelas said. "But calm cannot mean that one side does whatever it likes and the other side stays silent."

The Belkaran minister rejected that account. He said the Kaptan Ruhi was more than 40 nautical miles from the nearest Lysian island and that Belkara did not recognise the maritime boundaries Lysos claims around its smaller islands.

The dispute has also drawn in the two countries' defence ministers. Belkaran Defence Minister Hakan Toprak said on Wednesday that the navy had been ordered to "protect our ship by all necessary means." His Lysian counterpart, Stavros Mellas, responded that Lysian vessels were acting "professionally and within international law" and would stay in the area as long as the survey ship did.

Two Council diplomats, speaking on condition of anonymity because the talks were private, said Aydal and Varelas had agreed to meet only after pressure from the Council's rotating chair, Maravia. One of them said the aim was "to stop the temperature rising, not to solve anything."

Maravian Foreign Minister Teodor Vasko, who chairs the Council this year, said he was "cautiously hopeful" ahead of the meeting. "Both ministers know that an accident at sea would be in no one's interest," he told Northline.

After the 90-minute meeting, Aydal said the talks had been "honest" and that the two sides had agreed to keep a military hotline open. He did not say whether the survey ship would leave.

Varelas was less upbeat. The Lysian minister said nothing had changed on the ground and that Lysos would ask the Council to put the issue on the agenda of its December summit.

"I heard nothing today that tells me the ship is leaving," he said.

Belkara's presidency said in a statement late on Thursday that President Selim Kaya had spoken by phone with the Lysian prime minister and that both had stressed the importance of dialogue. A Lysian government spokeswoman, Eleni Dragoumi, confirmed the call but said the prime minister had told Kaya that "dialogue and a survey ship in our waters cannot go together."

The confrontation has unsettled the Council. Its Secretary General, Margit Olsen, said in a statement on Wednesday that she was "deeply concerned" by the naval build-up and urged both governments to "step back from the brink." Her spokeswoman, Hanna Lind, told reporters that Olsen had spoken to both foreign ministers by telephone.

In Athos, the Lysian defence minister told parliament on Thursday morning that Belkaran fighter jets had entered Lysian airspace near Melos eleven times since Monday. "Every one of these violations has been recorded and reported to our allies," Mellas said.

His Belkaran counterpart denied the claim. Toprak told the state broadcaster BTV that Belkaran aircraft had flown "only in international airspace" and accused Lysos of "inventing incidents to win sympathy in Council capitals."

Toprak, a former chief of the general staff, has taken a harder line than Aydal throughout the crisis. Asked on Wednesday whether Belkara would withdraw the ship if Lysos pulled back its frigates, he said: "Belkara does not bargain over its rights."

Aydal, by contrast, has hinted at a compromise. In an interview with the Belkaran daily Yeni Gun published on Tuesday, the foreign minister said a joint scientific commission could examine the data gathered by the Kaptan Ruhi, "if Lysos is ready to look at facts instead of maps."

Varelas rejected the idea on Thursday, saying there was "nothing to examine" as long as the ship remained in Lysian waters. But a senior Lysian diplomat, who asked not to be named, said the government had not ruled out talks on a commission once the ship left. "The door is not closed. But we will not walk through it with a gun to our head," the diplomat said.

Energy analysts say the waters south of Melos may hold significant gas reserves, though no commercial find has been made. "This is about gas, but it is also about who decides where the lines are drawn," said Irina Maskova, a regional analyst at the Aldor Institute for Security Studies.

(Reporting by Petra Hanlon in Aldor and Jonas Ekwall in Sarn; Editing by Mark Devlin)
''',
    s('Kerem Aydal', "Belkara's foreign minister", 'Lysos on Thursday of "provoking a crisis" by sending naval vessels|in disputed waters', 'accused', 'mixed', role="Belkara's foreign minister"),
    s('Nikos Varelas', 'his Lysian counterpart', 'Belkara had no right to explore there', 'said', role='Lysian Foreign Minister'),
    s('Nikos Varelas', 'his Lysian counterpart', '"illegal from the first day."', 'called', 'direct', role='Lysian Foreign Minister'),
    s('Kerem Aydal', 'Belkaran Foreign Minister Kerem Aydal', '"We are not the ones who sent frigates,"', 'told', 'direct', role='Belkaran Foreign Minister'),
    s('Kerem Aydal', '', '"Our ship is doing scientific work|that is its choice."', '', 'direct', role='Belkaran Foreign Minister'),
    s('Nikos Varelas', 'Lysian Foreign Minister Nikos Varelas', 'the ship was operating on Lysos\'s continental shelf and that Athos would "not accept a fait accompli."', 'said', 'mixed', role='Lysian Foreign Minister'),
    s('Nikos Varelas', 'He', 'Lysos had informed the Council and its main allies about what he called "a deliberate escalation."', 'said', 'mixed', role='Lysian Foreign Minister'),
    s('Nikos Varelas', 'he', '"a deliberate escalation."', 'called', 'direct', role='Lysian Foreign Minister', nested=True, via='Nikos Varelas'),
    s('Nikos Varelas', 'Varelas', '"We want calm. We have always wanted calm,"', 'said', 'direct', role='Lysian Foreign Minister'),
    s('Nikos Varelas', '', '"But calm cannot mean that one side does whatever it likes and the other side stays silent."', '', 'direct', role='Lysian Foreign Minister'),
    s('Kerem Aydal', 'The Belkaran minister', 'that account', 'rejected', role='Belkaran Foreign Minister'),
    s('Kerem Aydal', 'He', 'the Kaptan Ruhi was more than 40 nautical miles|around its smaller islands', 'said', role='Belkaran Foreign Minister'),
    s('Hakan Toprak', 'Belkaran Defence Minister Hakan Toprak', 'the navy had been ordered to "protect our ship by all necessary means."', 'said', 'mixed', role='Belkaran Defence Minister'),
    s('Stavros Mellas', 'His Lysian counterpart, Stavros Mellas', 'Lysian vessels were acting "professionally and within international law"|as the survey ship did', 'responded', 'mixed', role='Lysian defence minister'),
    s('Two Council diplomats', 'Two Council diplomats, speaking on condition of anonymity because the talks were private', "Aydal and Varelas had agreed to meet only after pressure from the Council's rotating chair, Maravia", 'said'),
    s('One of them', 'One of them', 'the aim was "to stop the temperature rising, not to solve anything."', 'said', 'mixed'),
    s('Teodor Vasko', 'Maravian Foreign Minister Teodor Vasko, who chairs the Council this year', 'he was "cautiously hopeful" ahead of the meeting', 'said', 'mixed', role='Maravian Foreign Minister'),
    s('Teodor Vasko', 'he', '"Both ministers know that an accident at sea would be in no one\'s interest,"', 'told', 'direct', role='Maravian Foreign Minister'),
    s('Kerem Aydal', 'Aydal', 'the talks had been "honest" and that the two sides had agreed to keep a military hotline open', 'said', 'mixed', role='Belkaran Foreign Minister'),
    s('Nikos Varelas', 'The Lysian minister', 'nothing had changed on the ground|its December summit', 'said', role='Lysian Foreign Minister'),
    s('Nikos Varelas', 'he', '"I heard nothing today that tells me the ship is leaving,"', 'said', 'direct', role='Lysian Foreign Minister'),
    s("Belkara's presidency", "Belkara's presidency", 'President Selim Kaya had spoken by phone with the Lysian prime minister|the importance of dialogue', 'said'),
    s('both', 'both', 'the importance of dialogue', 'had stressed', nested=True, via="Belkara's presidency"),
    s('Eleni Dragoumi', 'A Lysian government spokeswoman, Eleni Dragoumi', 'the call', 'confirmed', role='Lysian government spokeswoman'),
    s('Eleni Dragoumi', 'A Lysian government spokeswoman, Eleni Dragoumi', 'the prime minister had told Kaya that "dialogue and a survey ship in our waters cannot go together."', 'said', 'mixed', role='Lysian government spokeswoman'),
    s('the Lysian prime minister', 'the prime minister', '"dialogue and a survey ship in our waters cannot go together."', 'had told', 'direct', nested=True, via='Eleni Dragoumi'),
    s('Margit Olsen', 'Its Secretary General, Margit Olsen', 'she was "deeply concerned" by the naval build-up', 'said', 'mixed', role='Secretary General'),
    s('Margit Olsen', 'Its Secretary General, Margit Olsen', 'both governments to "step back from the brink."', 'urged', 'mixed', role='Secretary General'),
    s('Hanna Lind', 'Her spokeswoman, Hanna Lind', 'Olsen had spoken to both foreign ministers by telephone', 'told', role='spokeswoman'),
    s('Stavros Mellas', 'the Lysian defence minister', 'Belkaran fighter jets had entered Lysian airspace near Melos eleven times since Monday', 'told', role='Lysian defence minister'),
    s('Stavros Mellas', 'Mellas', '"Every one of these violations has been recorded and reported to our allies,"', 'said', 'direct', role='Lysian defence minister'),
    s('Hakan Toprak', 'His Belkaran counterpart', 'the claim', 'denied', role='Belkaran Defence Minister'),
    s('Hakan Toprak', 'Toprak', 'Belkaran aircraft had flown "only in international airspace"', 'told', 'mixed', role='Belkaran Defence Minister'),
    s('Hakan Toprak', 'Toprak', 'Lysos of "inventing incidents to win sympathy in Council capitals."', 'accused', 'mixed', role='Belkaran Defence Minister'),
    s('Hakan Toprak', 'he', '"Belkara does not bargain over its rights."', 'said', 'direct', role='Belkaran Defence Minister'),
    s('Kerem Aydal', 'the foreign minister', 'a joint scientific commission could examine the data|"if Lysos is ready to look at facts instead of maps."', 'said', 'mixed', role='Belkaran Foreign Minister'),
    s('Nikos Varelas', 'Varelas', 'the idea', 'rejected', role='Lysian Foreign Minister'),
    s('Nikos Varelas', 'Varelas', 'there was "nothing to examine" as long as the ship remained in Lysian waters', 'saying', 'mixed', role='Lysian Foreign Minister'),
    s('a senior Lysian diplomat', 'a senior Lysian diplomat, who asked not to be named', 'the government had not ruled out talks on a commission once the ship left', 'said'),
    s('a senior Lysian diplomat', 'the diplomat', '"The door is not closed. But we will not walk through it with a gun to our head,"', 'said', 'direct'),
    s('Energy analysts', 'Energy analysts', 'the waters south of Melos may hold significant gas reserves', 'say'),
    s('Irina Maskova', 'Irina Maskova, a regional analyst at the Aldor Institute for Security Studies', '"This is about gas, but it is also about who decides where the lines are drawn,"', 'said', 'direct', role='regional analyst at the Aldor Institute for Security Studies'),
)

doc('f06-wire-kestria-central-bank', 'Northline News', '2026-11-26', '''
Kestrian central bank holds rate at 6.25%, signals cuts may wait until spring

VELLIN, Nov 26 (Northline) - The National Bank of Kestria kept its main policy rate unchanged at 6.25% on Wednesday for a third straight meeting, saying inflation was easing more slowly than it had expected and that wage growth remained too strong to start cutting.

The decision was expected by all 17 economists polled by Northline last week.

"The disinflation process is continuing, but it is not yet complete," Governor Helena Marsk told a news conference after the decision. "We would rather wait a little longer than be forced to reverse course."

Annual inflation slowed to 4.1% in October from 4.6% in September, according to the state statistics office, still well above the bank's 2.5% target. Core inflation, which excludes food and energy prices, was 4.8%.

In its statement, the bank said risks to the inflation outlook were "tilted to the upside," pointing to a tight labour market, a planned increase in regulated electricity prices in January and the weakening of the krona since the summer.

Marsk said the board had discussed both holding the rate and raising it by 25 basis points, but that no member had argued for a cut. Asked when a cut might come, she said the bank would "need to see at least two or three months of data" and that the March meeting was "the earliest realistic date."

The regulator also raised its inflation forecast for next year to 3.4% from 3.0% and cut its growth forecast to 1.6% from 2.1%, citing weaker demand in Kestria's main export markets.

The regulator said in a separate report on financial stability, also published on Wednesday, that household debt had risen to a record 61% of disposable income and that banks should be "more cautious" in mortgage lending.

The governor defended the bank's stance against criticism from the government. Finance Minister Anton Reisz said last week that the rate was "choking investment" and urged the bank to start easing before the end of the year.

"The finance minister is entitled to his view," Marsk said. "Our mandate is price stability, and we will fulfil it."

Reisz's ministry declined to comment on Wednesday's decision.

Analysts said the governor's tone was more hawkish than markets had expected. "The door to a cut in February is now closed, and March looks like a coin toss," said Piotr Lanik, chief economist at Harrow Capital in Vellin. He said he now expected the first cut in April.

Magda Serin, an economist at Nordbank, said the decision showed the bank was worried about the krona. "They are not going to cut while the currency is under pressure. That is the real message today," she said.

The krona firmed 0.4% against the euro after the decision.

The board is next due to meet on Jan. 28.
''',
    s('The National Bank of Kestria', 'Kestrian central bank', 'cuts may wait until spring', 'signals'),
    s('The National Bank of Kestria', 'The National Bank of Kestria', 'inflation was easing more slowly than it had expected|too strong to start cutting', 'saying'),
    s('Helena Marsk', 'Governor Helena Marsk', '"The disinflation process is continuing, but it is not yet complete,"', 'told', 'direct', role='Governor'),
    s('Helena Marsk', '', '"We would rather wait a little longer than be forced to reverse course."', '', 'direct', role='Governor'),
    s('the state statistics office', 'the state statistics office', 'Annual inflation slowed to 4.1% in October from 4.6% in September', 'according to'),
    s('The National Bank of Kestria', 'the bank', 'risks to the inflation outlook were "tilted to the upside,"', 'said', 'mixed'),
    s('The National Bank of Kestria', 'the bank', 'a tight labour market, a planned increase in regulated electricity prices|since the summer', 'pointing to'),
    s('Helena Marsk', 'Marsk', 'the board had discussed both holding the rate|no member had argued for a cut', 'said', role='Governor'),
    s('Helena Marsk', 'she', 'the bank would "need to see at least two or three months of data" and that the March meeting was "the earliest realistic date."', 'said', 'mixed', role='Governor'),
    s('The National Bank of Kestria', 'The regulator', 'weaker demand in Kestria\'s main export markets', 'citing'),
    s('The National Bank of Kestria', 'The regulator', 'household debt had risen to a record 61% of disposable income and that banks should be "more cautious" in mortgage lending', 'said', 'mixed'),
    s('Helena Marsk', 'The governor', "the bank's stance against criticism from the government", 'defended', role='Governor'),
    s('Anton Reisz', 'Finance Minister Anton Reisz', 'the rate was "choking investment"', 'said', 'mixed', role='Finance Minister'),
    s('Anton Reisz', 'Finance Minister Anton Reisz', 'the bank to start easing before the end of the year', 'urged', role='Finance Minister'),
    s('Helena Marsk', 'Marsk', '"The finance minister is entitled to his view,"', 'said', 'direct', role='Governor'),
    s('Helena Marsk', '', '"Our mandate is price stability, and we will fulfil it."', '', 'direct', role='Governor'),
    s('Analysts', 'Analysts', "the governor's tone was more hawkish than markets had expected", 'said'),
    s('Piotr Lanik', 'Piotr Lanik, chief economist at Harrow Capital in Vellin', '"The door to a cut in February is now closed, and March looks like a coin toss,"', 'said', 'direct', role='chief economist at Harrow Capital'),
    s('Piotr Lanik', 'He', 'he now expected the first cut in April', 'said', role='chief economist at Harrow Capital'),
    s('Magda Serin', 'Magda Serin, an economist at Nordbank', 'the decision showed the bank was worried about the krona', 'said', role='economist at Nordbank'),
    s('Magda Serin', 'she', '"They are not going to cut while the currency is under pressure. That is the real message today,"', 'said', 'direct', role='economist at Nordbank'),
)

doc('f07-wire-markets-wrap', 'Northline News', '2026-12-01', '''
GLOBAL MARKETS-Stocks slip as rate-cut bets fade; oil steadies

By Lena Marchetti

LONDON, Dec 1 (Northline) - World stocks slipped on Tuesday as investors pared back bets on early interest rate cuts in Ardenia and Europe, while oil prices steadied after two days of losses.

MSCI's gauge of stocks across the globe fell 0.3%, after touching a record high last week. The pan-European STOXX 600 index lost 0.5%, dragged down by banks and miners.

"The market got ahead of itself in November," said Hugo Varga, head of multi-asset strategy at Lindqvist Partners in London. "Now it is being reminded that central banks move slowly."

Data on Monday showed Ardenian manufacturing activity expanded for the first time in seven months, and a senior Ardenian central bank official, Governor Ruth Hallam, said on Monday evening that policymakers were "in no hurry" to lower borrowing costs.

Traders now see a 45% chance of a cut in March, down from 70% a week ago, according to the Halvik exchange's rate tracker.

STOCKS: Asian shares ended mixed. Japan's Nikkei added 0.2%, while Hong Kong's Hang Seng dropped 1.1%.

CURRENCIES: The dollar gained 0.4% against a basket of currencies. The Kestrian krona slipped 0.2% to 11.38 per euro after the National Bank of Kestria's decision last week.

BONDS: Ten-year Ardenian Treasury yields rose 6 basis points to 4.31%.

"We think the rally in bonds has run its course for now," analysts at Carrow Bank wrote in a note to clients. They said they expected yields to trade in a range until the January jobs data.

OIL: Brent crude futures were little changed at $78.40 a barrel after falling 3% over the previous two sessions. Prices found support from reports that several producers were considering extending output cuts into the second quarter, but concerns about demand in Hanor capped gains.

"Demand in Hanor is the single biggest question for oil next year," said Tamsin Reyes, an energy analyst at Orion Commodities. She said the market would focus on the producers' meeting on Sunday.

GOLD: Spot gold eased 0.3% to $2,612 an ounce.
''',
    s('Hugo Varga', 'Hugo Varga, head of multi-asset strategy at Lindqvist Partners in London', '"The market got ahead of itself in November,"', 'said', 'direct', role='head of multi-asset strategy at Lindqvist Partners'),
    s('Hugo Varga', '', '"Now it is being reminded that central banks move slowly."', '', 'direct', role='head of multi-asset strategy at Lindqvist Partners'),
    s('Data', 'Data', 'Ardenian manufacturing activity expanded for the first time in seven months', 'showed'),
    s('Ruth Hallam', 'a senior Ardenian central bank official, Governor Ruth Hallam', 'policymakers were "in no hurry" to lower borrowing costs', 'said', 'mixed', role='Governor'),
    s("the Halvik exchange's rate tracker", "the Halvik exchange's rate tracker", 'Traders now see a 45% chance of a cut in March, down from 70% a week ago', 'according to'),
    s('analysts at Carrow Bank', 'analysts at Carrow Bank', '"We think the rally in bonds has run its course for now,"', 'wrote', 'direct'),
    s('analysts at Carrow Bank', 'They', 'they expected yields to trade in a range until the January jobs data', 'said'),
    s('Tamsin Reyes', 'Tamsin Reyes, an energy analyst at Orion Commodities', '"Demand in Hanor is the single biggest question for oil next year,"', 'said', 'direct', role='energy analyst at Orion Commodities'),
    s('Tamsin Reyes', 'She', "the market would focus on the producers' meeting on Sunday", 'said', role='energy analyst at Orion Commodities'),
)

doc('f08-wire-prosecutor-court', 'KARPRESS', '2026-11-25', '''
Prosecutor asks 9 years for former deputy energy minister in bribery case

DORSK, November 25. /KARPRESS/. The prosecution has asked the Bereznyaki District Court of Dorsk to sentence former Deputy Energy Minister Viktor Salnikov to nine years in a maximum security colony and a fine of 120 million rubles on charges of taking a bribe on an especially large scale, a KARPRESS correspondent reported from the courtroom.

"The guilt of the defendant has been fully proven by the evidence examined in court," state prosecutor Olga Tarasenko said in her closing argument. According to her, Salnikov received more than 80 million rubles from the owner of the Severtrans company between 2021 and 2023 for helping the firm win contracts to modernise power lines in the north-west of the country.

The prosecutor asked the court to confiscate two apartments in Dorsk and a country house registered in the name of the former official's mother, which, in the prosecution's view, were bought with the bribe money.

Salnikov's lawyer, Dmitry Velgin, told KARPRESS that the defence would seek an acquittal. "The case rests entirely on the testimony of a man who made a deal with the investigation to avoid prison himself," the lawyer said. In his words, no money was ever found at his client's homes or in his accounts.

The former deputy minister, who has been in custody since March 2024, pleaded not guilty. Speaking in court on Tuesday, he said the accusations were "a fabrication from the first page to the last" and that he had never discussed contracts with the businessman.

His mother, Valentina Salnikova, who attended the hearing, told journalists outside the courtroom that the family had bought the country house in the 1990s, "long before Viktor had any position." She said she would appeal any confiscation.

The businessman, Arkady Leshchev, who was sentenced to four years of suspended imprisonment in a separate case last year, testified earlier that he had handed Salnikov cash "in a sports bag, every few months." His testimony was read out in court.

The Investigative Committee said in 2024 that Salnikov had been detained at Dorsk airport as he was about to board a flight to Tarvest. The ministry stressed at the time that it was cooperating fully with investigators.

According to the court's press service, the verdict will be announced on December 9.

Judge Irina Kolesova granted the defence's request to call one more witness, a former head of the ministry's procurement department, at the next hearing. The source in the court told KARPRESS that the witness had not yet confirmed that he would appear.
''',
    s('Olga Tarasenko', 'Prosecutor', '9 years for former deputy energy minister in bribery case', 'asks', role='state prosecutor'),
    s('The prosecution', 'The prosecution', 'the Bereznyaki District Court of Dorsk to sentence former Deputy Energy Minister Viktor Salnikov|on an especially large scale', 'has asked'),
    s('Olga Tarasenko', 'state prosecutor Olga Tarasenko', '"The guilt of the defendant has been fully proven by the evidence examined in court,"', 'said', 'direct', role='state prosecutor'),
    s('Olga Tarasenko', 'her', 'Salnikov received more than 80 million rubles|in the north-west of the country', 'According to', role='state prosecutor'),
    s('Olga Tarasenko', 'The prosecutor', "the court to confiscate two apartments in Dorsk|with the bribe money", 'asked', role='state prosecutor'),
    s('Dmitry Velgin', "Salnikov's lawyer, Dmitry Velgin", 'the defence would seek an acquittal', 'told', role='lawyer'),
    s('Dmitry Velgin', 'the lawyer', '"The case rests entirely on the testimony of a man|to avoid prison himself,"', 'said', 'direct', role='lawyer'),
    s('Dmitry Velgin', 'his', "no money was ever found at his client's homes or in his accounts", 'In his words', role='lawyer'),
    s('Viktor Salnikov', 'The former deputy minister, who has been in custody since March 2024', 'not guilty', 'pleaded', role='former Deputy Energy Minister'),
    s('Viktor Salnikov', 'he', 'the accusations were "a fabrication from the first page to the last"|discussed contracts with the businessman', 'said', 'mixed', role='former Deputy Energy Minister'),
    s('Valentina Salnikova', 'His mother, Valentina Salnikova, who attended the hearing', 'the family had bought the country house in the 1990s, "long before Viktor had any position."', 'told', 'mixed'),
    s('Valentina Salnikova', 'She', 'she would appeal any confiscation', 'said'),
    s('Arkady Leshchev', 'The businessman, Arkady Leshchev, who was sentenced to four years of suspended imprisonment in a separate case last year', 'he had handed Salnikov cash "in a sports bag, every few months."', 'testified', 'mixed', role='businessman'),
    s('The Investigative Committee', 'The Investigative Committee', 'Salnikov had been detained at Dorsk airport|a flight to Tarvest', 'said', date='2024'),
    s('the ministry', 'The ministry', 'it was cooperating fully with investigators', 'stressed', date='2024'),
    s("the court's press service", "the court's press service", 'the verdict will be announced on December 9', 'According to'),
    s('The source in the court', 'The source in the court', 'the witness had not yet confirmed that he would appear', 'told'),
)

doc('f09-wire-pellaria-earthquake', 'Anvar Agency', '2026-11-29', '''
Death toll from Pellaria earthquake rises to 214, ministry says

TESSEN, Pellaria (AA) - The number of people killed in the magnitude 6.8 earthquake that struck Pellaria's southern Tessen province on Thursday has risen to 214, the country's Emergency Situations Ministry said on Saturday.

More than 1,300 people were injured, 160 of them seriously, the ministry said in a statement, adding that search and rescue operations were continuing in 23 villages.

Rescuers pulled a 9-year-old girl alive from the rubble of a five-storey building in the town of Kerrin early on Saturday, almost 50 hours after the quake. "She was conscious and asked for water. It is a miracle," said Emre Dalan, the head of a rescue team from the Pellarian Red Crescent.

Emergency Situations Minister Farid Nuraliev, who is coordinating the operation from Tessen, told reporters that about 6,400 rescuers, soldiers and volunteers were working in the disaster zone, including teams from Maravia, Hanor and Lysos.

"The first 72 hours are decisive. We will not stop searching while there is the slightest chance of finding people alive," the minister said.

Local authorities in Kerrin said nearly 4,000 residents had spent a second night in tents and sports halls as aftershocks continued. The town's mayor, Leyla Hasani, said power had been restored to about half of Kerrin but that water supply remained cut in the old quarter.

"People are afraid to go back into their homes, even the ones that are still standing," Hasani told Anvar Agency. "We need more tents and, above all, more heaters. The nights here are already below zero."

Rescuers in Kerrin worked through the night with cranes and sniffer dogs. "We hear voices less and less often now," said a member of a Maravian team who gave only his first name, Lukas. "But as long as there is one voice, we keep digging."

The provincial governor, Besnik Hoxha, said on television that the province had enough food and water for the coming week but urgently needed heating equipment. He criticised what he called "slow and chaotic" deliveries in the first 24 hours and said those responsible would be held accountable.

According to the National Seismological Centre, more than 140 aftershocks have been recorded since Thursday, the strongest of them of magnitude 5.1. The centre warned that aftershocks of up to magnitude 5.5 could not be ruled out in the coming days.

Residents of Kerrin said many of the collapsed buildings had been built in the 1990s. "They told us these blocks were safe. My neighbour's whole family was on the fourth floor," said Arben Kolo, a 52-year-old teacher who lost his own apartment.

Prosecutors have opened an investigation into the construction of the collapsed buildings, the Tessen provincial prosecutor's office said.

Pellarian President Ardit Meta, who visited the region on Friday, declared three days of national mourning and said the state would rebuild every destroyed home within a year.

The ministry said 11 countries had so far sent rescue teams or humanitarian aid.
''',
    s('Emergency Situations Ministry', 'ministry', 'Death toll from Pellaria earthquake rises to 214', 'says'),
    s('Emergency Situations Ministry', "the country's Emergency Situations Ministry", "The number of people killed in the magnitude 6.8 earthquake|has risen to 214", 'said'),
    s('Emergency Situations Ministry', 'the ministry', 'More than 1,300 people were injured, 160 of them seriously', 'said'),
    s('Emergency Situations Ministry', 'the ministry', 'search and rescue operations were continuing in 23 villages', 'adding'),
    s('Emre Dalan', 'Emre Dalan, the head of a rescue team from the Pellarian Red Crescent', '"She was conscious and asked for water. It is a miracle,"', 'said', 'direct', role='head of a rescue team from the Pellarian Red Crescent'),
    s('Farid Nuraliev', 'Emergency Situations Minister Farid Nuraliev, who is coordinating the operation from Tessen', 'about 6,400 rescuers, soldiers and volunteers were working in the disaster zone|Maravia, Hanor and Lysos', 'told', role='Emergency Situations Minister'),
    s('Farid Nuraliev', 'the minister', '"The first 72 hours are decisive.|finding people alive,"', 'said', 'direct', role='Emergency Situations Minister'),
    s('Local authorities in Kerrin', 'Local authorities in Kerrin', 'nearly 4,000 residents had spent a second night in tents|as aftershocks continued', 'said'),
    s('Leyla Hasani', "The town's mayor, Leyla Hasani", 'power had been restored to about half of Kerrin|in the old quarter', 'said', role="town's mayor"),
    s('Leyla Hasani', 'Hasani', '"People are afraid to go back into their homes, even the ones that are still standing,"', 'told', 'direct', role="town's mayor"),
    s('Leyla Hasani', '', '"We need more tents and, above all, more heaters. The nights here are already below zero."', '', 'direct', role="town's mayor"),
    s('Lukas', 'a member of a Maravian team who gave only his first name, Lukas', '"We hear voices less and less often now,"', 'said', 'direct', role='member of a Maravian team'),
    s('Lukas', '', '"But as long as there is one voice, we keep digging."', '', 'direct', role='member of a Maravian team'),
    s('Besnik Hoxha', 'The provincial governor, Besnik Hoxha', 'the province had enough food and water for the coming week but urgently needed heating equipment', 'said', role='provincial governor'),
    s('Besnik Hoxha', 'He', 'what he called "slow and chaotic" deliveries in the first 24 hours', 'criticised', 'mixed', role='provincial governor'),
    s('Besnik Hoxha', 'he', '"slow and chaotic"', 'called', 'direct', role='provincial governor', nested=True, via='Besnik Hoxha'),
    s('Besnik Hoxha', 'He', 'those responsible would be held accountable', 'said', role='provincial governor'),
    s('the National Seismological Centre', 'the National Seismological Centre', 'more than 140 aftershocks have been recorded since Thursday|magnitude 5.1', 'According to'),
    s('the National Seismological Centre', 'The centre', 'aftershocks of up to magnitude 5.5 could not be ruled out in the coming days', 'warned'),
    s('Residents of Kerrin', 'Residents of Kerrin', 'many of the collapsed buildings had been built in the 1990s', 'said'),
    s('Arben Kolo', 'Arben Kolo, a 52-year-old teacher who lost his own apartment', '"They told us these blocks were safe. My neighbour\'s whole family was on the fourth floor,"', 'said', 'direct', role='teacher'),
    s('They', 'They', 'these blocks were safe', 'told', nested=True, via='Arben Kolo'),
    s("the Tessen provincial prosecutor's office", "the Tessen provincial prosecutor's office", 'Prosecutors have opened an investigation into the construction of the collapsed buildings', 'said'),
    s('Ardit Meta', 'Pellarian President Ardit Meta, who visited the region on Friday', 'the state would rebuild every destroyed home within a year', 'said', role='Pellarian President'),
    s('Emergency Situations Ministry', 'The ministry', '11 countries had so far sent rescue teams or humanitarian aid', 'said'),
)

doc('f10-wire-tessaly-election', 'Continental Wire', '2026-11-30', '''
Tessaly's ruling party leads in parliamentary vote, may need partner - early results

By Milan Horvat

TESSEN, Nov 30 (Continental Wire) - Prime Minister Davit Osseni's Civic Alliance led Sunday's parliamentary election in Tessaly with about 34% of the vote, partial results showed, but appeared to fall short of a majority and may need the support of a smaller party to stay in power.

With ballots from 78% of polling stations counted, the opposition People's Renewal party was second with 27%, the Central Election Commission said shortly before midnight. The nationalist Homeland Front had 11%, and three other parties were hovering near the 5% threshold needed to enter parliament.

Turnout was 58.2%, up from 51% four years ago, the commission's chairwoman, Mira Dobrova, told a late-night briefing. She said there had been "no irregularities that could affect the outcome" but that the commission had received 212 complaints, most of them about campaigning near polling stations.

Osseni, 51, claimed victory in a speech to cheering supporters at his party's headquarters in Tessen. "Tonight the people of Tessaly have said clearly which way they want to go: forward, toward the Community, not back," he said.

He said he would begin talks "with every party that shares our European course" on Monday, and ruled out any deal with the Homeland Front.

The leader of People's Renewal, former finance minister Sandor Kiss, did not concede. Kiss told supporters that the final result could still change once votes from abroad and from rural districts were counted, and that his party would "fight for every ballot."

"The prime minister is celebrating a little early," Kiss said. "Two out of three voters did not vote for him today."

A spokesman for People's Renewal, Gabor Lenart, said the party had asked observers to recount ballots at 40 polling stations in the capital where it had recorded "serious discrepancies." The commission said it had not yet received a formal request.

The Homeland Front's leader, Dragan Petek, said his party's result was its best ever and that no government could ignore "one voter in nine." He said he was open to talks with anyone, including the prime minister.

An exit poll by the Tessen Institute of Public Opinion, released as voting ended at 8 p.m., had given the Civic Alliance 36% and People's Renewal 25%.

Analysts said the likeliest outcome was a coalition between Osseni's party and the liberal Open Tessaly, which had about 7% of the vote. "Open Tessaly will make him pay a high price, probably the justice ministry and a say on the budget," said Vera Simic, a political scientist at the University of Tessen.

Open Tessaly's leader, Ana Kolar, said it was "too early to talk about ministries" and that her party would wait for the final results, expected on Tuesday.

Early on Monday, the Civic Alliance's campaign chief, Luka Baric, told Continental Wire that the party expected to win "at least 52 seats" in the 120-member parliament once all votes were counted. People's Renewal dismissed the figure as "wishful thinking."

The election is being watched closely in Maravia and across the region. Maravian President Ilse Karrow, who hosted Osseni in Lenzburg a week before the vote, congratulated him in a message on social media and said she looked forward to "continuing our excellent cooperation."

The Southern Economic Community's observer mission is due to present its preliminary findings on Monday.
''',
    s('early results', 'early results', "Tessaly's ruling party leads in parliamentary vote, may need partner", ''),
    s('partial results', 'partial results', "Prime Minister Davit Osseni's Civic Alliance led Sunday's parliamentary election|about 34% of the vote", 'showed'),
    s('the Central Election Commission', 'the Central Election Commission', "With ballots from 78% of polling stations counted, the opposition People's Renewal party was second with 27%", 'said'),
    s('Mira Dobrova', "the commission's chairwoman, Mira Dobrova", 'Turnout was 58.2%, up from 51% four years ago', 'told', role="commission's chairwoman"),
    s('Mira Dobrova', 'She', 'there had been "no irregularities that could affect the outcome"|campaigning near polling stations', 'said', 'mixed', role="commission's chairwoman"),
    s('Davit Osseni', 'Osseni, 51', 'victory', 'claimed', role='Prime Minister'),
    s('Davit Osseni', 'he', '"Tonight the people of Tessaly have said clearly|toward the Community, not back,"', 'said', 'direct', role='Prime Minister'),
    s('the people of Tessaly', 'the people of Tessaly', 'which way they want to go: forward, toward the Community, not back', 'have said', nested=True, via='Davit Osseni'),
    s('Davit Osseni', 'He', 'he would begin talks "with every party that shares our European course" on Monday', 'said', 'mixed', role='Prime Minister'),
    s('Davit Osseni', 'He', 'any deal with the Homeland Front', 'ruled out', role='Prime Minister'),
    s('Sandor Kiss', 'Kiss', 'the final result could still change|"fight for every ballot."', 'told', 'mixed', role="leader of People's Renewal"),
    s('Sandor Kiss', 'Kiss', '"The prime minister is celebrating a little early,"', 'said', 'direct', role="leader of People's Renewal"),
    s('Sandor Kiss', '', '"Two out of three voters did not vote for him today."', '', 'direct', role="leader of People's Renewal"),
    s('Gabor Lenart', "A spokesman for People's Renewal, Gabor Lenart", 'the party had asked observers to recount ballots at 40 polling stations|"serious discrepancies."', 'said', 'mixed', role="spokesman for People's Renewal"),
    s('the Central Election Commission', 'The commission', 'it had not yet received a formal request', 'said'),
    s('Dragan Petek', "The Homeland Front's leader, Dragan Petek", 'his party\'s result was its best ever and that no government could ignore "one voter in nine."', 'said', 'mixed', role="Homeland Front's leader"),
    s('Dragan Petek', 'He', 'he was open to talks with anyone, including the prime minister', 'said', role="Homeland Front's leader"),
    s('Analysts', 'Analysts', "the likeliest outcome was a coalition between Osseni's party and the liberal Open Tessaly", 'said'),
    s('Vera Simic', 'Vera Simic, a political scientist at the University of Tessen', '"Open Tessaly will make him pay a high price, probably the justice ministry and a say on the budget,"', 'said', 'direct', role='political scientist at the University of Tessen'),
    s('Ana Kolar', "Open Tessaly's leader, Ana Kolar", 'it was "too early to talk about ministries" and that her party would wait for the final results', 'said', 'mixed', role="Open Tessaly's leader"),
    s('Luka Baric', "the Civic Alliance's campaign chief, Luka Baric", 'the party expected to win "at least 52 seats" in the 120-member parliament once all votes were counted', 'told', 'mixed', role="Civic Alliance's campaign chief"),
    s("People's Renewal", "People's Renewal", '"wishful thinking."', 'dismissed', 'direct'),
    s('Ilse Karrow', 'Maravian President Ilse Karrow, who hosted Osseni in Lenzburg a week before the vote', 'she looked forward to "continuing our excellent cooperation."', 'said', 'mixed', role='Maravian President'),
)

doc('f11-scraped-port-strike', 'Vellin Daily', '2026-11-28', '''
Vellin Daily
Home | News | Business | Sport | Culture | Opinion | Live
Subscribe  Sign in
Business
Port workers walk out as wage talks collapse; exporters warn of losses
By Karin Holm
28 November 2026, 09:12 | Updated 28 November 2026, 17:40
Share  Tweet  Email  Copy link
Dockworkers picket the main gate of the Vellin container terminal on Friday morning. Photo: Nils Aberg / Vellin Daily
Dockworkers at the port of Vellin, Kestria's largest, began a 48-hour strike on Friday after talks with the port operator over a new wage agreement broke down late on Thursday, halting the loading of container ships and leaving dozens of trucks queuing outside the terminal.
The Kestrian Dockworkers' Union said about 1,800 of its members had joined the walkout and that it was prepared to extend it into next week if the operator did not return to the table with a better offer.
"We have been patient for eleven months. Our members have lost a fifth of their wages to inflation since the last agreement," union chairman Ole Brandt told the Vellin Daily at the picket line. "Nobody strikes for fun. But we will not sign a deal that makes our people poorer."
The operator, Vellin Terminal Company, said it had offered a 9% increase over two years and called the union's demand for 15% "unrealistic in the current market."
READ ALSO: Central bank holds rate, says cuts may wait until spring
In a statement on its website, the company said it regretted the union's decision and would "do everything possible" to keep essential cargo, including medicines and food, moving.
Exporters' groups warned that a long stoppage would hurt Kestrian manufacturers just as orders were recovering. The Kestrian Exporters' Association estimated the cost of each day of the strike at about 40 million krona.
LIVE UPDATES
17:35 Transport Minister Jonas Ek says he has invited both sides to meet at the ministry on Saturday morning. "I expect everyone to come with a mandate to settle," he says.
16:10 The union says a ship carrying fresh fruit has been allowed to unload "as a humanitarian exception."
14:48 Truck drivers queuing on the E18 say the wait has reached six hours. Police have closed one lane.
12:05 The operator says two container ships have been diverted to the port of Harsund.
10:30 Police say the picket has been peaceful and no arrests have been made.
Labour economist Tove Lund of Vellin University said the strike reflected a wider frustration among workers whose wages had not kept up with prices. "This will not be the last walkout this winter," she said.
Opposition leader Per Dahl accused the government of staying on the sidelines for too long.
Advertisement
Most read
1. Kestrian central bank holds rate at 6.25%
2. Storm warning for the west coast this weekend
3. Ministry says new rail timetable will cut journeys to Harsund by 20 minutes
Comments (146)
Fredrik_V: About time someone stood up for workers in this country.
Marit.S: And who pays for the fruit rotting on the ships? Us.
Follow us: Facebook | Instagram | X
© 2026 Vellin Daily. All rights reserved. | Privacy | Cookies
''',
    s('exporters', 'exporters', 'losses', 'warn of'),
    s("The Kestrian Dockworkers' Union", "The Kestrian Dockworkers' Union", 'about 1,800 of its members had joined the walkout|with a better offer', 'said'),
    s('Ole Brandt', 'union chairman Ole Brandt', '"We have been patient for eleven months. Our members have lost a fifth of their wages to inflation since the last agreement,"', 'told', 'direct', role='union chairman'),
    s('Ole Brandt', '', '"Nobody strikes for fun. But we will not sign a deal that makes our people poorer."', '', 'direct', role='union chairman'),
    s('Vellin Terminal Company', 'The operator, Vellin Terminal Company', 'it had offered a 9% increase over two years', 'said'),
    s('Vellin Terminal Company', 'The operator, Vellin Terminal Company', '"unrealistic in the current market."', 'called', 'direct'),
    s('central bank', 'Central bank', 'cuts may wait until spring', 'says', region='related'),
    s('Vellin Terminal Company', 'the company', 'it regretted the union\'s decision and would "do everything possible"|food, moving', 'said', 'mixed'),
    s("Exporters' groups", "Exporters' groups", 'a long stoppage would hurt Kestrian manufacturers just as orders were recovering', 'warned'),
    s("The Kestrian Exporters' Association", "The Kestrian Exporters' Association", 'the cost of each day of the strike at about 40 million krona', 'estimated'),
    s('Jonas Ek', 'Transport Minister Jonas Ek', 'he has invited both sides to meet at the ministry on Saturday morning', 'says', role='Transport Minister'),
    s('Jonas Ek', 'he', '"I expect everyone to come with a mandate to settle,"', 'says', 'direct', role='Transport Minister'),
    s("The Kestrian Dockworkers' Union", 'The union', 'a ship carrying fresh fruit has been allowed to unload "as a humanitarian exception."', 'says', 'mixed'),
    s('Truck drivers queuing on the E18', 'Truck drivers queuing on the E18', 'the wait has reached six hours', 'say'),
    s('Vellin Terminal Company', 'The operator', 'two container ships have been diverted to the port of Harsund', 'says'),
    s('Police', 'Police', 'the picket has been peaceful and no arrests have been made', 'say'),
    s('Tove Lund', 'Labour economist Tove Lund of Vellin University', 'the strike reflected a wider frustration among workers|kept up with prices', 'said', role='Labour economist'),
    s('Tove Lund', 'she', '"This will not be the last walkout this winter,"', 'said', 'direct', role='Labour economist'),
    s('Per Dahl', 'Opposition leader Per Dahl', 'the government of staying on the sidelines for too long', 'accused', role='Opposition leader'),
    s('Ministry', 'Ministry', 'new rail timetable will cut journeys to Harsund by 20 minutes', 'says', region='related'),
)

doc('f12-scraped-agency-front', 'Anvar Agency', '2026-12-02', '''
AA | Anvar Agency
World  Politics  Economy  Energy  Sports  Photo  Video
Energy
Belkara to double LNG import capacity by 2028 — energy minister
02.12.2026 11:40
Belkara will double its capacity to import liquefied natural gas by 2028 with two new floating terminals on the southern coast, Energy and Natural Resources Minister Yusuf Demir said on Wednesday.
Speaking at an energy forum in Aldor, Demir said the first terminal, at Sarikum, would be ready by the end of next year and the second, near Kestel, in 2028. The total investment would be about 2.2 billion dollars, he said.
"We want Belkara to be not only a consumer but a hub that supplies gas to its neighbours," the minister said, adding that talks with two Gulf suppliers on long-term contracts were "at an advanced stage."
Demir also said that the exploration activities of the survey ship Kaptan Ruhi would continue "as planned," rejecting criticism from Lysos.
Keywords: Belkara, LNG, energy, Yusuf Demir
Share: Facebook  X  WhatsApp  Telegram
Related news
Lysos will not accept "fait accompli" in Southern Sea — foreign minister
Survey ship's work is "purely scientific" — Belkaran presidency
Gas demand in region to grow 4% annually until 2030: report
Pellaria earthquake: death toll rises to 214 — ministry
Most read
Central bank keeps rates unchanged, says inflation risks persist
Belkaran exports hit record in November — trade minister
© Anvar Agency. All rights reserved.
''',
    s('Yusuf Demir', 'energy minister', 'Belkara to double LNG import capacity by 2028', '', role='energy minister'),
    s('Yusuf Demir', 'Energy and Natural Resources Minister Yusuf Demir', 'Belkara will double its capacity to import liquefied natural gas by 2028|on the southern coast', 'said', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'Demir', 'the first terminal, at Sarikum, would be ready by the end of next year and the second, near Kestel, in 2028', 'said', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'he', 'The total investment would be about 2.2 billion dollars', 'said', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'the minister', '"We want Belkara to be not only a consumer but a hub that supplies gas to its neighbours,"', 'said', 'direct', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'the minister', 'talks with two Gulf suppliers on long-term contracts were "at an advanced stage."', 'adding', 'mixed', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'Demir', 'the exploration activities of the survey ship Kaptan Ruhi would continue "as planned,"', 'said', 'mixed', role='Energy and Natural Resources Minister'),
    s('Yusuf Demir', 'Demir', 'criticism from Lysos', 'rejecting', role='Energy and Natural Resources Minister'),
    s('foreign minister', 'foreign minister', 'Lysos will not accept "fait accompli" in Southern Sea', '', 'mixed', role='foreign minister', region='related'),
    s('Belkaran presidency', 'Belkaran presidency', 'Survey ship\'s work is "purely scientific"', '', 'mixed', region='related'),
    s('report', 'report', 'Gas demand in region to grow 4% annually until 2030', '', region='related'),
    s('ministry', 'ministry', 'Pellaria earthquake: death toll rises to 214', '', region='related'),
    s('Central bank', 'Central bank', 'inflation risks persist', 'says', region='related'),
    s('trade minister', 'trade minister', 'Belkaran exports hit record in November', '', role='trade minister', region='related'),
)

doc('f13-interview-envoy', 'KARPRESS', '2026-11-24', '''
Karvenian Ambassador to Lysos Oleg Ternov: "We are not looking for enemies in the Southern Sea"

The Karvenian Ambassador to Lysos, Oleg Ternov, told KARPRESS in an interview about relations with Athos, the dispute between Belkara and Lysos over the survey ship and the prospects of a new gas contract.

- Mr. Ambassador, how would you describe relations between Karvenia and Lysos today?

- I would call them calm and pragmatic. We have political differences, and we do not hide them. Lysos is a member of the Southern Sea Council and follows its common line, including on sanctions. But trade between our countries grew by 8% in the first nine months of this year, and more than 300,000 Karvenian tourists visited Lysos in the summer. People vote with their feet.

- The Lysian foreign minister said last month that Athos would review all energy agreements with Karvenia by 2028. Does this worry you?

- We have heard this statement. I would not dramatise it. The current gas contract runs until 2029, and, as far as I know, neither side has raised the question of terminating it early. Lysian companies themselves understand very well what the price of gas on the spot market is.

Of course, if our partners decide to diversify, that is their sovereign right. We will not persuade anyone by force. But I am convinced that a reliable supplier will always find buyers.

- How does Dorsk view the standoff between Belkara and Lysos around the Kaptan Ruhi?

- We are following the situation closely. Both Belkara and Lysos are our partners, and we have good relations with both. We call on the two sides to show restraint and to resolve the issue through dialogue on the basis of international law, including the Convention on the Law of the Sea.

I want to stress that Karvenia is not looking for enemies in the Southern Sea. Unlike some extra-regional players, we are not sending warships there and we are not fuelling tensions.

- Some Lysian politicians have accused Karvenia of encouraging Belkara. What do you say to that?

- This is simply not true. I have heard these accusations, and I have not seen a single fact behind them. Karvenia has never encouraged anyone to take unilateral steps in the region.

- The Lysian authorities have expelled two Karvenian diplomats this year. Will there be a response?

- A response has already been given, in accordance with diplomatic practice. I would not like to return to this topic. We consider the expulsions unjustified, and we said so at the time.

- Are contacts between the two foreign ministries continuing?

- Yes, and that is important. In October, consultations at the level of deputy foreign ministers were held in Dorsk. Deputy Foreign Minister Arkady Belsky told his Lysian colleague that Karvenia was ready to resume the work of the joint economic commission, which has not met since 2022. We are waiting for an answer.

- The Lysian press writes that Karvenian investors are buying up hotels on the islands. Is that true?

- I read these articles with interest. The real figures are modest: Karvenian investors own fewer than 40 hotels in the whole country, according to the Lysian Chamber of Hotels. That is less than one percent of the total.

- What are your priorities for the coming year?

- First, to keep the channels of dialogue open at all levels. Second, to support our business: Karvenian companies are interested in projects in Lysian ports and in tourism. And third, culture. Next year we will mark the 150th anniversary of the Karvenian church in Athos, and we are preparing a large programme of events with our Lysian friends.

Interviewed by Anna Berezina
''',
    s('Oleg Ternov', 'Karvenian Ambassador to Lysos Oleg Ternov', '"We are not looking for enemies in the Southern Sea"', '', 'direct', role='Karvenian Ambassador to Lysos'),
    s('Oleg Ternov', '', 'I would call them calm and pragmatic.|People vote with their feet.', '', role='Karvenian Ambassador to Lysos'),
    s('the Lysian foreign minister', 'The Lysian foreign minister', 'Athos would review all energy agreements with Karvenia by 2028', 'said', role='Lysian foreign minister'),
    s('Oleg Ternov', '', 'We have heard this statement. I would not dramatise it.|will always find buyers.', '', role='Karvenian Ambassador to Lysos'),
    s('Oleg Ternov', '', 'We are following the situation closely.|we are not fuelling tensions.', '', role='Karvenian Ambassador to Lysos'),
    s('Some Lysian politicians', 'Some Lysian politicians', 'Karvenia of encouraging Belkara', 'have accused'),
    s('Oleg Ternov', '', 'This is simply not true.|unilateral steps in the region.', '', role='Karvenian Ambassador to Lysos'),
    s('Oleg Ternov', '', 'A response has already been given|we said so at the time.', '', role='Karvenian Ambassador to Lysos'),
    s('Oleg Ternov', '', 'Yes, and that is important.|We are waiting for an answer.', '', role='Karvenian Ambassador to Lysos'),
    s('Arkady Belsky', 'Deputy Foreign Minister Arkady Belsky', 'Karvenia was ready to resume the work of the joint economic commission, which has not met since 2022', 'told', role='Deputy Foreign Minister', nested=True, via='Oleg Ternov'),
    s('The Lysian press', 'The Lysian press', 'Karvenian investors are buying up hotels on the islands', 'writes'),
    s('Oleg Ternov', '', 'I read these articles with interest.|less than one percent of the total.', '', role='Karvenian Ambassador to Lysos'),
    s('the Lysian Chamber of Hotels', 'the Lysian Chamber of Hotels', 'Karvenian investors own fewer than 40 hotels in the whole country', 'according to', nested=True, via='Oleg Ternov'),
    s('Oleg Ternov', '', 'First, to keep the channels of dialogue open at all levels.|with our Lysian friends.', '', role='Karvenian Ambassador to Lysos'),
)

doc('f14-wire-hanor-maravia-talks', 'Lantern News Agency', '2026-12-05', '''
Hanor, Maravia vow to deepen energy, infrastructure cooperation

JINSHAN, Dec. 5 (Lantern) -- Hanoran Foreign Minister Wen Jiarui held talks with Maravian Foreign Minister Teodor Vasko in Jinshan on Friday, with both sides pledging to deepen cooperation in energy, infrastructure and agriculture.

Noting that this year marks the 40th anniversary of diplomatic relations between the two countries, Wen said Hanor and Maravia had always respected each other and treated each other as equals, setting an example of friendly relations between countries with different social systems.

Hanor is willing to work with Maravia to implement the important consensus reached by the two heads of state, expand trade and two-way investment and push for the early completion of the Varna-Tessen gas interconnector, Wen said.

He also said Hanor welcomed more high-quality Maravian agricultural products into the Hanoran market.

For his part, Vasko said Maravia firmly adheres to the one-Hanor policy and is ready to strengthen communication and coordination with Hanor in multilateral affairs. Maravia appreciates Hanor's important role in mediating in the Pellar Strait and supports its efforts for a political settlement, he said.

Vasko expressed the hope that the two sides would make full use of the intergovernmental committee to remove obstacles to trade and investment.

The two foreign ministers also exchanged views on the situation in the Southern Sea. They agreed that disputes should be settled peacefully through dialogue and consultation.

According to a press release issued by the Maravian embassy, the two ministers witnessed the signing of an agreement on mutual visa exemption for holders of service passports.
''',
    s('Hanor and Maravia', 'Hanor, Maravia', 'to deepen energy, infrastructure cooperation', 'vow'),
    s('Wen Jiarui and Teodor Vasko', 'both sides', 'to deepen cooperation in energy, infrastructure and agriculture', 'pledging'),
    s('Wen Jiarui', 'Wen', 'Hanor and Maravia had always respected each other|different social systems', 'said', role='Hanoran Foreign Minister'),
    s('Wen Jiarui', 'Wen', 'this year marks the 40th anniversary of diplomatic relations between the two countries', 'Noting', role='Hanoran Foreign Minister'),
    s('Wen Jiarui', 'Wen', 'Hanor is willing to work with Maravia to implement|Varna-Tessen gas interconnector', 'said', role='Hanoran Foreign Minister'),
    s('Wen Jiarui', 'He', 'Hanor welcomed more high-quality Maravian agricultural products into the Hanoran market', 'said', role='Hanoran Foreign Minister'),
    s('Teodor Vasko', 'Vasko', 'Maravia firmly adheres to the one-Hanor policy|in multilateral affairs', 'said', role='Maravian Foreign Minister'),
    s('Teodor Vasko', 'he', "Maravia appreciates Hanor's important role|for a political settlement", 'said', role='Maravian Foreign Minister'),
    s('Teodor Vasko', 'Vasko', 'the two sides would make full use of the intergovernmental committee|trade and investment', 'expressed the hope', role='Maravian Foreign Minister'),
    s('Wen Jiarui and Teodor Vasko', 'They', 'disputes should be settled peacefully through dialogue and consultation', 'agreed'),
    s('the Maravian embassy', 'a press release issued by the Maravian embassy', 'the two ministers witnessed the signing of an agreement|holders of service passports', 'According to'),
)

doc('f15-wire-agency-briefs', 'NordFax', '2026-12-02', '''
Ministry reports 40% rise in grain shipments via Kessel ports

DORSK, Dec 2 (NordFax) - Grain shipments through the ports of the Kessel region rose by 40% in January-November compared with the same period last year and reached 18.6 million tonnes, the Karvenian Agriculture Ministry's press service reported.

The ministry attributed the growth to a record harvest and to the opening of a new grain terminal at Ust-Kessel in the spring. It expects shipments for the full year to exceed 20 million tonnes.

Governor: flooding in Nizhny Rov under control, 300 evacuated

DORSK, Dec 2 (NordFax) - The situation in the flooded districts of the Nizhny Rov region is under control, and the water level in the Rov River has begun to fall, regional Governor Alexei Murin wrote on his channel on the Vestnik messenger on Wednesday.

"The peak has passed. Over the past day the water has dropped by 40 centimetres," the governor wrote. According to him, about 300 people have been evacuated from four villages, 60 of them are staying in temporary accommodation centres.

The regional emergencies department told NordFax that 512 houses and 38 kilometres of roads remained flooded.

Citadel: Lobrev has no plans to meet Kaya this year

DORSK, Dec 2 (NordFax) - Karvenian President Gennady Lobrev has no plans to meet Belkaran President Selim Kaya before the end of the year, Citadel press secretary Marina Olkhova told reporters.

"There is no such meeting in the president's schedule for December," she said, answering a question. Olkhova added that the two leaders maintained "regular telephone contacts" and could speak "whenever it is needed."

Earlier, Belkaran media reported, citing diplomatic sources, that a meeting of the two presidents could take place in Aldor in mid-December.

Dorsk stock index falls 1.2% on oil prices

DORSK, Dec 2 (NordFax) - The DEX index of the Dorsk Exchange fell 1.2% on Wednesday, weighed down by shares of oil companies after Brent crude prices dropped below $78 a barrel.

"The market is reacting to external factors. There is no internal negative," Artyom Gulin, head of analysis at Sever Capital investment company, told NordFax. He expects the index to remain under pressure until the producers' meeting on Sunday.
''',
    s("the Karvenian Agriculture Ministry's press service", "the Karvenian Agriculture Ministry's press service", 'Grain shipments through the ports of the Kessel region rose by 40%|reached 18.6 million tonnes', 'reported'),
    s('the Karvenian Agriculture Ministry', 'Ministry', '40% rise in grain shipments via Kessel ports', 'reports'),
    s('the Karvenian Agriculture Ministry', 'The ministry', 'the growth to a record harvest and to the opening of a new grain terminal at Ust-Kessel in the spring', 'attributed'),
    s('the Karvenian Agriculture Ministry', 'It', 'shipments for the full year to exceed 20 million tonnes', 'expects'),
    s('Alexei Murin', 'Governor', 'flooding in Nizhny Rov under control, 300 evacuated', '', role='Governor'),
    s('Alexei Murin', 'regional Governor Alexei Murin', 'The situation in the flooded districts of the Nizhny Rov region is under control|has begun to fall', 'wrote', role='regional Governor'),
    s('Alexei Murin', 'the governor', '"The peak has passed. Over the past day the water has dropped by 40 centimetres,"', 'wrote', 'direct', role='regional Governor'),
    s('Alexei Murin', 'him', 'about 300 people have been evacuated from four villages|temporary accommodation centres', 'According to', role='regional Governor'),
    s('The regional emergencies department', 'The regional emergencies department', '512 houses and 38 kilometres of roads remained flooded', 'told'),
    s('Citadel', 'Citadel', 'Lobrev has no plans to meet Kaya this year', '', ),
    s('Marina Olkhova', 'Citadel press secretary Marina Olkhova', 'Karvenian President Gennady Lobrev has no plans to meet Belkaran President Selim Kaya before the end of the year', 'told', role='Citadel press secretary'),
    s('Marina Olkhova', 'she', '"There is no such meeting in the president\'s schedule for December,"', 'said', 'direct', role='Citadel press secretary'),
    s('Marina Olkhova', 'Olkhova', 'the two leaders maintained "regular telephone contacts" and could speak "whenever it is needed."', 'added', 'mixed', role='Citadel press secretary'),
    s('Belkaran media', 'Belkaran media', 'a meeting of the two presidents could take place in Aldor in mid-December', 'reported'),
    s('Artyom Gulin', 'Artyom Gulin, head of analysis at Sever Capital investment company', '"The market is reacting to external factors. There is no internal negative,"', 'told', 'direct', role='head of analysis at Sever Capital investment company'),
    s('Artyom Gulin', 'He', "the index to remain under pressure until the producers' meeting on Sunday", 'expects', role='head of analysis at Sever Capital investment company'),
)


if __name__ == '__main__':
    write('invented_f_gold.jsonl', per_document=True)
