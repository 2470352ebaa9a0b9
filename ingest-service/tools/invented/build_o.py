#!/usr/bin/env python3
"""Builds invented set O: wire stories, government texts and North American newspaper articles, the three held-out
kinds, written unseen in session 32 by "writer" (issues 9 and 10). Six wire stories: an "UPDATE 2-" rate decision (a
"..., says ready to go further" headline whose speaker is the headline's subject, "Governor ... told a news conference"
and a follow-on quote, "has argued in recent speeches", "declined to comment on" a quoted phrase, "said ..., adding
that", "the bank said" for the named bank, "the statistics office said last month, its weakest pace since 2023"); an
AP-style ferry capsizing ("officials said" in the lede, "according to the Lirovian coast guard", a follow-on quote after
the narrator's "All four survived.", a port official "who was not authorized to speak publicly" and "The official", a
quotation inside a quotation, "Regulators, he said, ..." interrupted); a TASS-style agency page (menus, a "— energy
minister" teaser, a "says foreign ministry spokeswoman" headline, an "According to" deck, "the diplomat", "In her
words", "recalled", "Commenting on statements by some European politicians who have called on ...", "described ... as",
"said at the time", "Asked about media reports ..., Valchek said:", tags, "Most read" teasers with a "Sarnov:" lead);
an AFP-style protest story ("the government insisted", "called for A and said B", "told AGP", "witnesses said", "A
police source", "said A and urged B", "who gave her name only as Zlata", "Her office said", "bv-dk/ach"); a
Xinhua-style talks story ("the two sides agreeing to", "described Lirovia as", "noting that", "For her part", "In her
view", "thanked ... saying", "according to a joint statement" with the sides' agreement nested, "Drevnian customs
data", "Enditem"); an "EXCLUSIVE-" wire ("-sources", "four people familiar with the matter", "two of the people", "one
of the sources said, while ..." interrupted, "the sources cautioned", "One of the people" and "the person", "Halmar
declined to comment", a shareholder's "has told investors" reported by two people (nested), a regulator "saying" in
2023, "In an interview with ... in April, she said"). Five government texts: foreign ministers' talks ("noted with
satisfaction the growth of", "thanked", bullets after "The Minister stressed:", "confirmed ... interest", "proposed",
"According to the Oskerian Minister", "informed her counterpart about", "briefed ... on", "expressed the hope", "The
sides agreed", "The Ministers expressed concern ... and stressed the need"); a presidents' telephone call
(condolences, "thanked ... and said that", "The President of Oskeria noted ... and proposed", "supported the proposal",
"reiterated Oskeria's position that", "According to the Drevnian President", "He stressed ... and suggested",
"informed his counterpart that", "The sides stressed"); a cabinet meeting on floods ("Opening the meeting, the Prime
Minister said", "reported", "According to the Minister", "informed the Government that", "She proposed", "The
proposal was supported", "warned residents not to", numbered instructions after "the Prime Minister instructed:",
"thanked" and a closing quote); a bulleted digest of a minister's forum speech (dashed bullets with indented
sub-bullets after "The Minister stressed:", "According to the Minister", "Answering questions", "welcomed ... but
called on"); a press-conference transcript in "Name:" turns (a moderator's hand-overs, a courtesy-only turn "Thank you,
Jelena. Good afternoon.", question premises "the Democratic Union says", "some economists ... argue", "The IMF mission
said", "If I may."). Five newspaper articles: a city-hall vote on bike lanes (a "'...,' says councillor who moved the
motion" deck, "according to a staff report", "Ms. Fenster, who represents Ward 4", "A count commissioned by the group
... found", "disputed that", "questioned how", "The staff report estimates", "Her sales are down ..., she said, though
she acknowledged that", "Is the fight over? Not according to Mr. Cabral-Moss.", a quotation its cue interrupts, "asked
about the vote ..., said"); a sentencing ("Judge says" deck, "money that a prosecutor said was spent on", "her lawyer
told the court" before the lawyer is named, "the judge", "had asked for", "argued for ..., saying", "read a short
statement", "One of them, Grant Pellerin, whose ...", "The theft came to light in 2025, she said, when ...", "An audit
commissioned by the association found", "he said: "); a grocery takeover ("union says" deck, "The companies announced
the deal", "did not rule out ..., but said", "according to a regulatory filing", "the Competition Bureau, which said
in an email", a union and its local's president, "A person familiar with the negotiations", "declined to name",
"Other analysts noted"); a pharmacy-closing feature of many voices (an 81-year-old and a follow-on quote, "says he has
tried", a quote after "sitting in the cramped office", "The 58-year-old ... He ... he said", "My daughter says" nested,
"The provincial pharmacists' association says", "So far, he said, nobody had called.", "the mayor", a 17-year-old's
"she said, shrugging."); a scraped school-board page (skip link, menus, breadcrumbs, a "Board chair says" deck, a photo
caption, "Advertisement", "RELATED:" teasers, "though she conceded", a readers' comment section, "Most popular"
teasers, footer).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and the PREAMBLE's settled conventions, and committed
before the extractor first ran on the texts; names checked with grep against sets A-N and the seeds. Decided here
(following set N where it had decided): a headline's description ("union says", "Judge says", "Board chair says",
"councillor who moved the motion") is the person who says it in the story, even where the union itself also speaks; a
headline "-sources", like "the sources" in the body, is the lede's "four people familiar with the matter" (first
written as the speaker "sources", as set N; reconciled in the thirty-seventh round to the thirty-sixth's convention); "declined to comment (on ...)", "declined to say", "did not respond", "disputed that" (an
anaphor only), "questioned how ..." (an indirect question), "Is the fight over? Not according to X." and "a forecast by
most economists" are none; "thanked", "expressed condolences", "offered assistance", "invited ... to", "accepted an
invitation", "supported the proposal", "briefed ... on", "informed ... about", "announced the deal", "declared a day of
mourning", "read a short statement" and "read victim impact statements" are none (acts, courtesies); so are (written down after the
first run, gold unchanged) "pleaded guilty" (a legal act, as "filed a lawsuit"), "raised the question of" and "plans
to"; a company's "reported a net loss" is narration (as set N's "reported a record net profit"); "thanked ... and
said that B", "thanked ..., saying B" and "welcomed A but called on B" are one statement, B; "noted (with satisfaction)
NP", "confirmed NP", "expressed concern over NP", "expressed the hope that", "stressed the need/importance of NP",
"reiterated X's position that B" and "had asked for / argued for NP" (a plea) are statements with the noun phrase as
content; "called for A and said B", "said A and urged B", "argued for A, saying B", "noted that A and proposed B", "did
not rule out A, but said B", "stressed A and suggested B" are two; "the two sides agreeing to" and "The sides agreed to"
are statements of both named parties; a statement inside a relative clause of another's sentence ("statements by some
European politicians who have called on ...") and one reported inside another's ("My daughter says", "He said it was so
full", "has told investors ..., two people ... said", "Both sides agreed that ..., according to a joint statement") are
nested; a document commissioned by a group ("A count commissioned by the group Marchmont Bikes", "An audit commissioned
by the association") is the document's; data named with its maker ("Drevnian customs data", "Orbis calculations") is
the maker's; the narrator's adjunct after the cue (", its weakest pace since 2023", ", expected in the first half of next
year", ", her voice breaking", ", shrugging") is no part of the content; a transcript's courtesy and hand-overs ("Thank
you, Jelena. Good afternoon.", "If I may.", the moderator's turns) are no part of any turn's statement; a turn that is
only courtesy is none.

Corrected after the first run (a separate commit; the first run is reported on both versions): two statements the
annotation had missed by its own conventions: o03's "said at the time that the two countries had agreed to hold
consultations ..." gains the nested agreement of Drevnia and Halvoria (as o05's "Both sides agreed that ..., according
to a joint statement"), and o05's "Noting that next year marks the 30th anniversary of diplomatic ties, Orlan said"
gains Orlan's statement with cue "Noting" (as the same document's "noting that the two countries ... have always
treated each other as equals").

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "supported the proposal", "raised the question of", "welcomed the tax
incentives" (beside "called on"), "questioned how ..." and "pleaded guilty" are statements.

usage: python3 ingest-service/tools/invented/build_o.py  (writes src/test/resources/eval/invented_o_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

doc('o01-orbis-oskeria-rate', 'Orbis', '2026-09-17', '''
UPDATE 2-Oskeria's central bank raises key rate to 9%, says ready to go further

(Adds governor's comments, finance minister, analysts)

By Tomas Hellqvist

VELMAR, Sept 17 (Orbis) - Oskeria's central bank raised its key interest rate by 75 basis points to 9.0% on Wednesday, its third increase this year, and said it was ready to tighten further if inflation did not slow by the end of the year.

The decision was more aggressive than the 50-basis-point increase forecast by most economists in an Orbis poll last week.

"Inflation is not coming down fast enough, and it is coming down unevenly," Governor Annika Stavrou told a news conference after the decision. "We would rather act too early than too late."

Stavrou said food prices, which rose 14% in the year to August, were the main concern, but that wage growth in the services sector was "starting to worry us as well."

In a statement, the bank's monetary policy board said it expected inflation to peak in the fourth quarter at about 11% and to return to its 4% target only in 2028.

The bank's chief economist, Lev Martinek, has argued in recent speeches that the board was too slow to respond last year. Asked whether the bank had erred, Stavrou declined to comment on "the views of individual colleagues."

Finance Minister Iosif Brancoveanu, a former deputy governor of the bank, said the increase would make it harder for small businesses to borrow. He told the state broadcaster OTV that the government would extend a loan guarantee scheme for farmers until the end of 2027.

The Oskerian kroner rose 0.8% against the euro after the decision, extending its gains this month to more than 3%.

"The bank has clearly decided that credibility matters more than growth this year," said Helga Norstad, an economist at Vantor Bank in Karsund. She said she expected at least one more hike, in November.

Others were more cautious. The board's language left room for a pause, said Pieter Grunwald, head of emerging markets research at Quillon Partners in London, adding that much would depend on the harvest.

Some lawmakers from the ruling coalition have called for the bank's mandate to be widened to include employment. Stavrou said the current law "serves the country well" and that changing it was a matter for parliament.

Two members of the seven-member board voted for a smaller increase, the bank said. It did not name them.

The economy grew 1.2% in the second quarter, the statistics office said last month, its weakest pace since 2023.

(Reporting by Tomas Hellqvist; Additional reporting by Mira Castell in London; Editing by Jonathan Aylward)
''',
    s("Oskeria's central bank", "Oskeria's central bank", 'ready to go further', 'says'),
    s("Oskeria's central bank", "Oskeria's central bank", 'it was ready to tighten further if inflation did not slow by the end of the year', 'said'),
    s('Annika Stavrou', 'Governor Annika Stavrou', '"Inflation is not coming down fast enough, and it is coming down unevenly,"', 'told', 'direct', role='Governor'),
    s('Annika Stavrou', '', '"We would rather act too early than too late."', '', 'direct', role='Governor'),
    s('Annika Stavrou', 'Stavrou', 'food prices, which rose 14% in the year to August, were the main concern, but that wage growth in the services sector was "starting to worry us as well."', 'said', 'mixed', role='Governor'),
    s("the bank's monetary policy board", "the bank's monetary policy board", 'it expected inflation to peak in the fourth quarter at about 11% and to return to its 4% target only in 2028', 'said'),
    s('Lev Martinek', "The bank's chief economist, Lev Martinek", 'the board was too slow to respond last year', 'has argued', role='chief economist'),
    s('Iosif Brancoveanu', 'Finance Minister Iosif Brancoveanu, a former deputy governor of the bank', 'the increase would make it harder for small businesses to borrow', 'said', role='Finance Minister'),
    s('Iosif Brancoveanu', 'He', 'the government would extend a loan guarantee scheme for farmers until the end of 2027', 'told', role='Finance Minister'),
    s('Helga Norstad', 'Helga Norstad, an economist at Vantor Bank in Karsund', '"The bank has clearly decided that credibility matters more than growth this year,"', 'said', 'direct', role='economist'),
    s('Helga Norstad', 'She', 'she expected at least one more hike, in November', 'said', role='economist'),
    s('Pieter Grunwald', 'Pieter Grunwald, head of emerging markets research at Quillon Partners in London', "The board's language left room for a pause", 'said', role='head of emerging markets research'),
    s('Pieter Grunwald', 'Pieter Grunwald, head of emerging markets research at Quillon Partners in London', 'much would depend on the harvest', 'adding', role='head of emerging markets research'),
    s('Some lawmakers from the ruling coalition', 'Some lawmakers from the ruling coalition', "the bank's mandate to be widened to include employment", 'have called for'),
    s('Annika Stavrou', 'Stavrou', 'the current law "serves the country well" and that changing it was a matter for parliament', 'said', 'mixed', role='Governor'),
    s("Oskeria's central bank", 'the bank', 'Two members of the seven-member board voted for a smaller increase', 'said'),
    s('the statistics office', 'the statistics office', 'The economy grew 1.2% in the second quarter', 'said'),
)

doc('o02-aw-lirovia-ferry', 'Associated Wire', '2026-08-08', '''
Ferry capsizes off Lirovian coast; at least 19 dead, dozens missing

By DANA MIRESCU and ARMAN SELIG
Associated Wire

PORT ESKA, Lirovia (AW) — A crowded passenger ferry capsized in rough seas off Lirovia's southern coast early Saturday, killing at least 19 people, officials said, as rescuers searched through the day for dozens more who were missing.

The Marisund Star was carrying 212 passengers and crew, more than its licensed capacity of 180, when it overturned about 4 kilometers from the port of Eska, according to the Lirovian coast guard. Seventy-one people were rescued, some after clinging to debris for hours.

"We heard a bang, and then everything was sliding to one side," said Yusuf Darrak, 34, a mechanic who was traveling with his wife and two sons. All four survived. "People were screaming for their children. I could not see my own hand in the water."

Coast guard commander Vera Lasko told reporters at the port that high waves and strong winds were hampering the search. She said two navy vessels and a helicopter had joined the operation and that divers would try to reach the hull at first light.

Asked whether the ferry had been overloaded, Lasko said it was "too early to say" and that investigators would examine the passenger manifest.

A port official who was not authorized to speak publicly told The Associated Wire that at least 30 passengers had boarded without tickets in the final minutes before departure. The official said the ferry's captain had been warned about the weather but decided to sail.

The ferry's operator, Eskaline, said in a statement that the vessel had passed a safety inspection in March and that the company was "cooperating fully" with the authorities. It did not respond to questions about the number of passengers.

The coast guard said late Saturday that 122 people were still missing, after some passengers listed as missing were found at a hospital in Halmar.

Relatives gathered outside the port's terminal building, where officials posted lists of survivors on a wall. Marta Beliq, 58, said her brother had called her from the ferry shortly before it sailed.

"He said it was so full that people were sitting on the stairs," she said. "He joked about it."

President Ilian Sorokan declared a day of national mourning and ordered a review of ferry safety across the country. "Those responsible will answer for this," he said in a televised address.

Lirovia, an archipelago nation of 2.3 million people, relies heavily on ferries to connect its islands. It has had at least four major ferry accidents since 2010, including one in 2018 that killed 63 people.

Maritime safety expert Torvald Skeie of the University of Halmar said overcrowding was a chronic problem on the island routes, which are served mostly by aging vessels bought secondhand from abroad. Regulators, he said, "know the numbers but do not count the people."

Associated Wire writer Arman Selig reported from Halmar.
''',
    s('officials', 'officials', "A crowded passenger ferry capsized in rough seas off Lirovia's southern coast early Saturday, killing at least 19 people", 'said'),
    s('Lirovian coast guard', 'the Lirovian coast guard', 'The Marisund Star was carrying 212 passengers and crew, more than its licensed capacity of 180, when it overturned about 4 kilometers from the port of Eska', 'according to'),
    s('Yusuf Darrak', 'Yusuf Darrak, 34, a mechanic who was traveling with his wife and two sons', '"We heard a bang, and then everything was sliding to one side,"', 'said', 'direct', role='mechanic'),
    s('Yusuf Darrak', '', '"People were screaming for their children. I could not see my own hand in the water."', '', 'direct', role='mechanic'),
    s('Vera Lasko', 'Coast guard commander Vera Lasko', 'high waves and strong winds were hampering the search', 'told', role='Coast guard commander'),
    s('Vera Lasko', 'She', 'two navy vessels and a helicopter had joined the operation and that divers would try to reach the hull at first light', 'said', role='Coast guard commander'),
    s('Vera Lasko', 'Lasko', 'it was "too early to say" and that investigators would examine the passenger manifest', 'said', 'mixed', role='Coast guard commander'),
    s('A port official', 'A port official who was not authorized to speak publicly', 'at least 30 passengers had boarded without tickets in the final minutes before departure', 'told'),
    s('A port official', 'The official', "the ferry's captain had been warned about the weather but decided to sail", 'said'),
    s('Eskaline', "The ferry's operator, Eskaline", 'the vessel had passed a safety inspection in March and that the company was "cooperating fully" with the authorities', 'said', 'mixed'),
    s('Lirovian coast guard', 'The coast guard', '122 people were still missing, after some passengers listed as missing were found at a hospital in Halmar', 'said'),
    s('Marta Beliq', 'Marta Beliq, 58', 'her brother had called her from the ferry shortly before it sailed', 'said'),
    s('Marta Beliq', 'she', '"He said it was so full that people were sitting on the stairs,"', 'said', 'direct'),
    s('brother', 'He', 'it was so full that people were sitting on the stairs', 'said', nested=True, via='Marta Beliq'),
    s('Marta Beliq', '', '"He joked about it."', '', 'direct'),
    s('Ilian Sorokan', 'he', '"Those responsible will answer for this,"', 'said', 'direct', role='President'),
    s('Torvald Skeie', 'Maritime safety expert Torvald Skeie of the University of Halmar', 'overcrowding was a chronic problem on the island routes, which are served mostly by aging vessels bought secondhand from abroad', 'said', role='Maritime safety expert'),
    s('Torvald Skeie', 'he', ['Regulators', '"know the numbers but do not count the people."'], 'said', 'mixed', role='Maritime safety expert', anchor='Regulators, he said'),
)

doc('o03-drevnews-sanctions', 'DREVNEWS', '2026-10-03', '''
Home
Politics
Economy
World
Regions
Science
Photo
Video

3 OCT, 10:42
Updated 3 OCT, 11:15

Drevnia will not join sanctions against Halvoria, says foreign ministry spokeswoman

According to Irina Valchek, Kostrel considers such measures "counterproductive and illegal"

KOSTREL, October 3. /DREVNEWS/. Drevnia does not intend to join the restrictions imposed on Halvoria by a number of Western countries, Drevnian Foreign Ministry spokeswoman Irina Valchek told a briefing on Thursday.

"Our position has not changed. We consider unilateral sanctions that bypass the UN Security Council counterproductive and illegal," the diplomat stressed. In her words, Drevnia "will continue to build relations with Halvoria on the basis of its own national interests."

Valchek recalled that trade between the two countries grew by 18% last year and reached $4.2 billion. She noted that Drevnian companies were taking part in the construction of the Brasken-Velmo railway, which is due to be completed in 2027.

Read also
Halvoria ready to expand gas supplies to Drevnia — energy minister

Commenting on statements by some European politicians who have called on Kostrel to "choose a side", the spokeswoman said that Drevnia "does not accept the language of ultimatums."

"We are not asking anyone to choose. We expect the same courtesy from our partners," she added.

Earlier, the Halvorian Foreign Ministry described Drevnia's position as "balanced and responsible." Halvorian Deputy Foreign Minister Ruslan Adamek, who visited Kostrel in September, said at the time that the two countries had agreed to hold consultations on security issues twice a year.

According to the Drevnian Ministry of Economic Development, more than 300 Drevnian companies currently operate in Halvoria.

Asked about media reports that Brasken had requested a $1 billion loan from Kostrel, Valchek said: "I have nothing to add to what our colleagues at the Finance Ministry have said."

Valchek also announced that Foreign Minister Oleg Sarnov would pay an official visit to Brasken in November. The dates of the visit are being agreed, she said.

Tags
Drevnia
Halvoria
Sanctions

Most read
Sarnov: Drevnia counts on dialogue with Oskeria on water resources
Drevnian grain harvest to exceed 40 mln tonnes, says agriculture ministry
Kostrel hosts international book fair
''',
    s('Irina Valchek', 'foreign ministry spokeswoman', 'Drevnia will not join sanctions against Halvoria', 'says', role='foreign ministry spokeswoman'),
    s('Irina Valchek', 'Irina Valchek', 'Kostrel considers such measures "counterproductive and illegal"', 'According to', 'mixed', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'Drevnian Foreign Ministry spokeswoman Irina Valchek', 'Drevnia does not intend to join the restrictions imposed on Halvoria by a number of Western countries', 'told', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'the diplomat', '"Our position has not changed. We consider unilateral sanctions that bypass the UN Security Council counterproductive and illegal,"', 'stressed', 'direct', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'her', 'Drevnia "will continue to build relations with Halvoria on the basis of its own national interests."', 'In her words', 'mixed', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'Valchek', 'trade between the two countries grew by 18% last year and reached $4.2 billion', 'recalled', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'She', 'Drevnian companies were taking part in the construction of the Brasken-Velmo railway, which is due to be completed in 2027', 'noted', role='Foreign Ministry spokeswoman'),
    s('energy minister', 'energy minister', 'Halvoria ready to expand gas supplies to Drevnia', '', region='related'),
    s('some European politicians', 'some European politicians', 'Kostrel to "choose a side"', 'have called on', 'mixed', nested=True, via='Irina Valchek'),
    s('Irina Valchek', 'the spokeswoman', 'Drevnia "does not accept the language of ultimatums."', 'said', 'mixed', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'she', '"We are not asking anyone to choose. We expect the same courtesy from our partners,"', 'added', 'direct', role='Foreign Ministry spokeswoman'),
    s('Halvorian Foreign Ministry', 'the Halvorian Foreign Ministry', '"balanced and responsible."', 'described', 'direct'),
    s('Ruslan Adamek', 'Halvorian Deputy Foreign Minister Ruslan Adamek, who visited Kostrel in September', 'the two countries had agreed to hold consultations on security issues twice a year', 'said', role='Deputy Foreign Minister'),
    s('Drevnia and Halvoria', 'the two countries', 'to hold consultations on security issues twice a year', 'agreed', nested=True, via='Ruslan Adamek'),
    s('Drevnian Ministry of Economic Development', 'the Drevnian Ministry of Economic Development', 'more than 300 Drevnian companies currently operate in Halvoria', 'According to'),
    s('Irina Valchek', 'Valchek', '"I have nothing to add to what our colleagues at the Finance Ministry have said."', 'said', 'direct', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'Valchek', 'Foreign Minister Oleg Sarnov would pay an official visit to Brasken in November', 'announced', role='Foreign Ministry spokeswoman'),
    s('Irina Valchek', 'she', 'The dates of the visit are being agreed', 'said', role='Foreign Ministry spokeswoman'),
    s('Sarnov', 'Sarnov', 'Drevnia counts on dialogue with Oskeria on water resources', '', region='related'),
    s('agriculture ministry', 'agriculture ministry', 'Drevnian grain harvest to exceed 40 mln tonnes', 'says', region='related'),
)

doc('o04-agp-halvoria-fuel', 'AGP', '2026-09-15', '''
Halvoria fuel protests spread as government refuses to back down

Brasken (AGP) - Protests against a sharp rise in fuel prices spread to at least six Halvorian cities on Tuesday, as the government insisted it could not afford to restore subsidies that cost the treasury nearly $2 billion a year.

Thousands of people, many of them motorcycle-taxi drivers, blocked the main roads into the capital Brasken for a second day, burning tyres and chanting slogans against Prime Minister Adela Vornik.

"We cannot feed our families on what is left after we fill the tank," said Kemal Osterberg, a 41-year-old driver from the city's Novo district.

Fuel prices nearly doubled overnight on Sunday after the government scrapped subsidies as part of a $3.1-billion loan agreement with the International Monetary Fund.

Government spokesman Dmitar Zoranic told reporters the decision was "painful but unavoidable" and that the subsidies had mostly benefited "the richest households, who own the most cars."

He said the government would begin cash payments of 40 dollars a month to about 900,000 poor families from next week.

The main opposition party, the Halvorian Democratic Union, called for the prime minister's resignation and said it would join the protests on Thursday.

"This government negotiated with the IMF in secret and presented the bill to the poor," its leader, Sabina Karajic, told AGP.

An IMF spokeswoman in Washington said the fund had "encouraged the authorities to protect the most vulnerable" and that the timing of the reform was a decision for the government.

In the southern port city of Velmo, police fired tear gas to disperse several hundred protesters who tried to reach the regional governor's office, witnesses said. A police source said 14 officers had been injured, two of them seriously.

Transport unions said they would decide on Wednesday whether to call a general strike. "If the government does not listen to the street, it will listen to an empty city," said Goran Milic, head of the Drivers' Federation.

Rights group Vigil Rights Centre said at least 87 people had been arrested across the country since Monday and urged the authorities to release those detained for peaceful protest.

At a petrol station in Brasken's Novo district, a woman who gave her name only as Zlata said she had waited two hours to fill a jerrycan for her generator. "Tomorrow it will be more expensive again. Everyone says so," she said.

Vornik, who took office in March, has not spoken in public since the protests began. Her office said she would address parliament on Wednesday.

Halvoria, a country of 11 million people, has been struggling with inflation of more than 20 percent since 2024.

bv-dk/ach
''',
    s('the government', 'the government', 'it could not afford to restore subsidies that cost the treasury nearly $2 billion a year', 'insisted'),
    s('Kemal Osterberg', "Kemal Osterberg, a 41-year-old driver from the city's Novo district", '"We cannot feed our families on what is left after we fill the tank,"', 'said', 'direct', role='driver'),
    s('Dmitar Zoranic', 'Government spokesman Dmitar Zoranic', 'the decision was "painful but unavoidable" and that the subsidies had mostly benefited "the richest households, who own the most cars."', 'told', 'mixed', role='Government spokesman'),
    s('Dmitar Zoranic', 'He', 'the government would begin cash payments of 40 dollars a month to about 900,000 poor families from next week', 'said', role='Government spokesman'),
    s('Halvorian Democratic Union', 'The main opposition party, the Halvorian Democratic Union', "the prime minister's resignation", 'called for'),
    s('Halvorian Democratic Union', 'The main opposition party, the Halvorian Democratic Union', 'it would join the protests on Thursday', 'said'),
    s('Sabina Karajic', 'its leader, Sabina Karajic', '"This government negotiated with the IMF in secret and presented the bill to the poor,"', 'told', 'direct', role='leader'),
    s('An IMF spokeswoman in Washington', 'An IMF spokeswoman in Washington', 'the fund had "encouraged the authorities to protect the most vulnerable" and that the timing of the reform was a decision for the government', 'said', 'mixed'),
    s('witnesses', 'witnesses', "In the southern port city of Velmo, police fired tear gas to disperse several hundred protesters who tried to reach the regional governor's office", 'said'),
    s('A police source', 'A police source', '14 officers had been injured, two of them seriously', 'said'),
    s('Transport unions', 'Transport unions', 'they would decide on Wednesday whether to call a general strike', 'said'),
    s('Goran Milic', "Goran Milic, head of the Drivers' Federation", '"If the government does not listen to the street, it will listen to an empty city,"', 'said', 'direct', role="head of the Drivers' Federation"),
    s('Vigil Rights Centre', 'Rights group Vigil Rights Centre', 'at least 87 people had been arrested across the country since Monday', 'said'),
    s('Vigil Rights Centre', 'Rights group Vigil Rights Centre', 'the authorities to release those detained for peaceful protest', 'urged'),
    s('Zlata', 'a woman who gave her name only as Zlata', 'she had waited two hours to fill a jerrycan for her generator', 'said'),
    s('Zlata', 'she', '"Tomorrow it will be more expensive again. Everyone says so,"', 'said', 'direct'),
    s('Her office', 'Her office', 'she would address parliament on Wednesday', 'said'),
)

doc('o05-nsa-drevnia-lirovia-talks', 'NSA', '2026-11-12', '''
Drevnian president, Lirovian PM hold talks on maritime cooperation

KOSTREL, Nov. 12 (NSA) -- Drevnian President Mikhail Orlan held talks with visiting Lirovian Prime Minister Katarin Oddsdottir here on Wednesday, with the two sides agreeing to deepen cooperation in ports, shipping and fisheries.

Orlan described Lirovia as "a natural partner of Drevnia at sea," noting that the two countries, which established diplomatic relations 30 years ago, have always treated each other as equals.

Drevnia stands ready to work with Lirovia to expand trade, upgrade the port of Eska and open a direct shipping line between Eska and the Drevnian port of Severin, Orlan said.

Noting that next year marks the 30th anniversary of diplomatic ties, Orlan said Drevnia supports Lirovia's bid to join the fisheries committee of the Council of Sea States.

He called on the two countries' ministries to speed up negotiations on a fisheries agreement, which have been under way since 2023.

For her part, Oddsdottir said Lirovia values its friendship with Drevnia and welcomes Drevnian investment in its port infrastructure. In her view, the new shipping line would cut the cost of Lirovian fish exports to Drevnia by about a quarter. Oddsdottir said Drevnian companies are welcome to bid in the tender for a new container terminal in Eska, which will be launched in January.

She also thanked Drevnia for sending two rescue vessels after the ferry disaster off Eska in August, saying the assistance "will never be forgotten by the Lirovian people."

The two leaders also exchanged views on regional issues. Both sides agreed that the Oskerian Sea should remain "a sea of peace and cooperation," according to a joint statement issued after the talks.

After the talks, the two leaders witnessed the signing of seven cooperation documents covering maritime transport, fisheries, customs, education and tourism.

According to Drevnian customs data, trade between the two countries reached 860 million U.S. dollars last year, up 11 percent year on year. Fish and seafood accounted for more than half of Lirovian exports to Drevnia.

Oddsdottir arrived in Kostrel on Tuesday for a three-day official visit, her first to Drevnia since taking office in 2025. She is scheduled to visit the port of Severin on Thursday. Enditem
''',
    s('Mikhail Orlan and Katarin Oddsdottir', 'the two sides', 'to deepen cooperation in ports, shipping and fisheries', 'agreeing'),
    s('Mikhail Orlan', 'Orlan', '"a natural partner of Drevnia at sea,"', 'described', 'direct', role='President'),
    s('Mikhail Orlan', 'Orlan', 'the two countries, which established diplomatic relations 30 years ago, have always treated each other as equals', 'noting', role='President'),
    s('Mikhail Orlan', 'Orlan', 'Drevnia stands ready to work with Lirovia to expand trade, upgrade the port of Eska and open a direct shipping line between Eska and the Drevnian port of Severin', 'said', role='President'),
    s('Mikhail Orlan', 'Orlan', 'next year marks the 30th anniversary of diplomatic ties', 'Noting', role='President'),
    s('Mikhail Orlan', 'Orlan', "Drevnia supports Lirovia's bid to join the fisheries committee of the Council of Sea States", 'said', role='President'),
    s('Mikhail Orlan', 'He', "the two countries' ministries to speed up negotiations on a fisheries agreement, which have been under way since 2023", 'called on', role='President'),
    s('Katarin Oddsdottir', 'Oddsdottir', 'Lirovia values its friendship with Drevnia and welcomes Drevnian investment in its port infrastructure', 'said', role='Prime Minister'),
    s('Katarin Oddsdottir', 'her', 'the new shipping line would cut the cost of Lirovian fish exports to Drevnia by about a quarter', 'In her view', role='Prime Minister'),
    s('Katarin Oddsdottir', 'Oddsdottir', 'Drevnian companies are welcome to bid in the tender for a new container terminal in Eska, which will be launched in January', 'said', role='Prime Minister'),
    s('Katarin Oddsdottir', 'She', 'the assistance "will never be forgotten by the Lirovian people."', 'saying', 'mixed', role='Prime Minister'),
    s('joint statement', 'a joint statement issued after the talks', 'Both sides agreed that the Oskerian Sea should remain "a sea of peace and cooperation,"', 'according to', 'mixed'),
    s('Mikhail Orlan and Katarin Oddsdottir', 'Both sides', 'the Oskerian Sea should remain "a sea of peace and cooperation,"', 'agreed', 'mixed', nested=True, via='joint statement'),
    s('Drevnian customs', 'Drevnian customs data', 'trade between the two countries reached 860 million U.S. dollars last year, up 11 percent year on year', 'According to'),
)

doc('o06-orbis-halmar-northwake', 'Orbis', '2026-06-09', '''
EXCLUSIVE-Halmar Shipping in talks to buy rival Northwake Lines -sources

By Ines Carvalho-Lind and Oskar Fjellstrom

LONDON/VELMAR, June 9 (Orbis) - Halmar Shipping, Lirovia's largest ferry and freight operator, is in advanced talks to buy Oskerian rival Northwake Lines in a deal that could value the target at about 700 million euros including debt, four people familiar with the matter said.

The two companies aim to announce an agreement before the end of July, two of the people said, speaking on condition of anonymity because the talks are confidential.

A deal would create the largest ferry operator in the Oskerian Sea, with 41 vessels and about 9 million passengers a year, according to Orbis calculations based on the companies' annual reports.

Halmar has hired investment bank Stellmark & Co to advise it, one of the sources said, while Northwake is working with Prentiss Aldana.

The talks could still fall apart, the sources cautioned. One of the people said the two sides had not yet agreed on what to do with Northwake's pension fund, which has a deficit of around 90 million euros.

"The price is largely settled. The pension question is what is keeping the lawyers busy," the person said.

Halmar declined to comment. A Northwake spokesman said the company "does not comment on rumours or speculation."

Northwake's largest shareholder, the Karsund-based investment firm Granvik Holding, which owns 38% of the company, has told investors it is open to offers, two people who have attended meetings with the firm said. Granvik did not respond to a request for comment.

Any deal would need approval from competition authorities in both countries. Oskeria's competition regulator blocked a smaller ferry merger in 2023, saying it would have left two islands with a single operator.

Halmar chief executive Britt Aasgaard said in February that the company was looking for acquisitions to "grow beyond our home waters." In an interview with the Lirovian business daily Eska Financial in April, she said Halmar had "the balance sheet to do something significant."

Nora Espevik, an analyst at Eska-based broker Fjell Securities, said a combined company could cut costs by sharing ports and maintenance yards. "The overlap on the Skerry routes is obvious," she said.

Northwake has struggled since the pandemic. It reported a net loss of 31 million euros last year and has sold four older vessels since 2024.

Shares in Northwake, which is listed in Karsund, rose 12% in late trading after the Orbis report.

(Reporting by Ines Carvalho-Lind in London and Oskar Fjellstrom in Karsund; Editing by Susan Hallgarth)
''',
    s('four people familiar with the matter', 'sources', 'Halmar Shipping in talks to buy rival Northwake Lines', ''),
    s('four people familiar with the matter', 'four people familiar with the matter', "Halmar Shipping, Lirovia's largest ferry and freight operator, is in advanced talks to buy Oskerian rival Northwake Lines in a deal that could value the target at about 700 million euros including debt", 'said'),
    s('two of the people', 'two of the people', 'The two companies aim to announce an agreement before the end of July', 'said'),
    s('Orbis', 'Orbis calculations', 'A deal would create the largest ferry operator in the Oskerian Sea, with 41 vessels and about 9 million passengers a year', 'according to'),
    s('one of the sources', 'one of the sources', ['Halmar has hired investment bank Stellmark & Co to advise it', 'while Northwake is working with Prentiss Aldana'], 'said'),
    s('four people familiar with the matter', 'the sources', 'The talks could still fall apart', 'cautioned'),
    s('One of the people', 'One of the people', "the two sides had not yet agreed on what to do with Northwake's pension fund, which has a deficit of around 90 million euros", 'said'),
    s('One of the people', 'the person', '"The price is largely settled. The pension question is what is keeping the lawyers busy,"', 'said', 'direct'),
    s('A Northwake spokesman', 'A Northwake spokesman', 'the company "does not comment on rumours or speculation."', 'said', 'mixed'),
    s('two people who have attended meetings with the firm', 'two people who have attended meetings with the firm', "Northwake's largest shareholder, the Karsund-based investment firm Granvik Holding, which owns 38% of the company, has told investors it is open to offers", 'said'),
    s('Granvik Holding', "Northwake's largest shareholder, the Karsund-based investment firm Granvik Holding, which owns 38% of the company", 'it is open to offers', 'has told', nested=True, via='two people who have attended meetings with the firm'),
    s("Oskeria's competition regulator", "Oskeria's competition regulator", 'it would have left two islands with a single operator', 'saying', date='2023'),
    s('Britt Aasgaard', 'Halmar chief executive Britt Aasgaard', 'the company was looking for acquisitions to "grow beyond our home waters."', 'said', 'mixed', role='chief executive'),
    s('Britt Aasgaard', 'she', 'Halmar had "the balance sheet to do something significant."', 'said', 'mixed', role='chief executive'),
    s('Nora Espevik', 'Nora Espevik, an analyst at Eska-based broker Fjell Securities', 'a combined company could cut costs by sharing ports and maintenance yards', 'said', role='analyst'),
    s('Nora Espevik', 'she', '"The overlap on the Skerry routes is obvious,"', 'said', 'direct', role='analyst'),
)

doc('o07-lirovia-mfa-talks', 'Ministry of Foreign Affairs of Lirovia', '2026-05-12', '''
Ministry of Foreign Affairs of the Republic of Lirovia

News

Foreign Minister Tormod Rune holds talks with Foreign Minister of Oskeria Danica Hrabalova

12.05.2026

On 12 May, Minister of Foreign Affairs of Lirovia Tormod Rune held talks in Eska with Minister of Foreign Affairs of Oskeria Danica Hrabalova, who is on a working visit to Lirovia.

The Ministers reviewed the implementation of the agreements reached during the visit of the President of Lirovia to Karsund in November 2025 and discussed cooperation in fisheries, energy and maritime safety.

Tormod Rune noted with satisfaction the growth of bilateral trade, which exceeded 1.5 billion euros last year, and thanked the Oskerian side for its help in the search for survivors of the ferry Marisund Star.

The Minister stressed:
• Lirovia attaches great importance to the early conclusion of the agreement on fishing quotas in the Oskerian Sea;
• the two countries should jointly modernise the navigation safety system in the Skerry Passage;
• Lirovia supports the candidacy of Oskeria for the chairmanship of the Council of Sea States in 2027.

Danica Hrabalova confirmed Oskeria's interest in concluding the fisheries agreement this year and proposed holding the next round of expert consultations in Karsund in June. According to the Oskerian Minister, the remaining differences concern mainly the quotas for herring.

The Oskerian Minister informed her counterpart about the Oskerian initiative to establish a regional centre for maritime search and rescue and invited Lirovia to take part in it. Tormod Rune said that Lirovia would study the proposal with interest.

Tormod Rune briefed his counterpart on the investigation into the sinking of the Marisund Star. He said that the final report of the investigative commission would be published in September and that its conclusions would be shared with the Oskerian side. Danica Hrabalova expressed the hope that the report would help raise safety standards on ferries throughout the region.

The sides agreed to intensify contacts between the foreign ministries at all levels and to hold the next round of political consultations in the second half of the year.

Particular attention was paid to the situation in the northern part of the Oskerian Sea. The Ministers expressed concern over the growing number of incidents involving unregistered vessels and stressed the need for closer cooperation between the coast guards of the two countries.

At the end of the meeting, Tormod Rune accepted an invitation to visit Karsund at a mutually convenient time.

Print version
''',
    s('Tormod Rune', 'Tormod Rune', 'the growth of bilateral trade, which exceeded 1.5 billion euros last year', 'noted', role='Minister of Foreign Affairs of Lirovia'),
    s('Tormod Rune', 'The Minister', 'Lirovia attaches great importance to the early conclusion of the agreement on fishing quotas in the Oskerian Sea;', 'stressed', role='Minister of Foreign Affairs of Lirovia'),
    s('Tormod Rune', 'The Minister', 'the two countries should jointly modernise the navigation safety system in the Skerry Passage;', 'stressed', role='Minister of Foreign Affairs of Lirovia'),
    s('Tormod Rune', 'The Minister', 'Lirovia supports the candidacy of Oskeria for the chairmanship of the Council of Sea States in 2027.', 'stressed', role='Minister of Foreign Affairs of Lirovia'),
    s('Danica Hrabalova', 'Danica Hrabalova', "Oskeria's interest in concluding the fisheries agreement this year", 'confirmed', role='Minister of Foreign Affairs of Oskeria'),
    s('Danica Hrabalova', 'Danica Hrabalova', 'holding the next round of expert consultations in Karsund in June', 'proposed', role='Minister of Foreign Affairs of Oskeria'),
    s('Danica Hrabalova', 'the Oskerian Minister', 'the remaining differences concern mainly the quotas for herring', 'According to', role='Minister of Foreign Affairs of Oskeria'),
    s('Tormod Rune', 'Tormod Rune', 'Lirovia would study the proposal with interest', 'said', role='Minister of Foreign Affairs of Lirovia'),
    s('Tormod Rune', 'He', 'the final report of the investigative commission would be published in September and that its conclusions would be shared with the Oskerian side', 'said', role='Minister of Foreign Affairs of Lirovia'),
    s('Danica Hrabalova', 'Danica Hrabalova', 'the report would help raise safety standards on ferries throughout the region', 'expressed the hope', role='Minister of Foreign Affairs of Oskeria'),
    s('Tormod Rune and Danica Hrabalova', 'The sides', 'to intensify contacts between the foreign ministries at all levels and to hold the next round of political consultations in the second half of the year', 'agreed'),
    s('Tormod Rune and Danica Hrabalova', 'The Ministers', 'concern over the growing number of incidents involving unregistered vessels', 'expressed'),
    s('Tormod Rune and Danica Hrabalova', 'The Ministers', 'the need for closer cooperation between the coast guards of the two countries', 'stressed'),
)

doc('o08-oskeria-president-call', 'President of the Republic of Oskeria', '2026-08-14', '''
President of the Republic of Oskeria
Press Office

Telephone conversation with President of Drevnia Mikhail Orlan

14 August 2026

President Cosmin Vintila had a telephone conversation with President of Drevnia Mikhail Orlan at the initiative of the Drevnian side.

Mikhail Orlan expressed condolences over the victims of the floods in the eastern regions of Oskeria and offered assistance in the relief effort. Cosmin Vintila thanked his counterpart for the words of sympathy and said that the situation in the affected areas had stabilised and that more than 12,000 evacuated residents had begun returning home.

The Presidents discussed the water level of the Velm river, which forms part of the border between the two countries. The President of Oskeria noted that the floods had shown the need for a joint early warning system and proposed that the relevant ministries of the two countries prepare an agreement on it before the end of the year. Mikhail Orlan supported the proposal.

The leaders also touched on the situation around the Ardel hydroelectric dam, which Drevnia is building upstream on the Velm. Cosmin Vintila reiterated Oskeria's position that the filling of the reservoir should not begin until the two countries complete the joint environmental assessment agreed in 2024. According to the Drevnian President, the filling will not begin before spring 2027, and Drevnia is open to discussing its schedule with Oskerian experts.

The President of Drevnia raised the question of the Velm road bridge between Dolna and Severin, closed since the floods. He stressed that reopening the crossing was a priority for freight carriers of both countries and suggested that the border services agree on a temporary crossing regime.

Cosmin Vintila also informed his counterpart that Oskeria would host the summit of the Council of Sea States in Karsund in October and invited Mikhail Orlan to attend.

The sides stressed the importance of the upcoming meeting of the Joint Intergovernmental Commission in Kostrel and agreed to continue contacts.

The conversation was constructive and businesslike.
''',
    s('Cosmin Vintila', 'Cosmin Vintila', 'the situation in the affected areas had stabilised and that more than 12,000 evacuated residents had begun returning home', 'said', role='President'),
    s('Cosmin Vintila', 'The President of Oskeria', 'the floods had shown the need for a joint early warning system', 'noted', role='President'),
    s('Cosmin Vintila', 'The President of Oskeria', 'the relevant ministries of the two countries prepare an agreement on it before the end of the year', 'proposed', role='President'),
    s('Mikhail Orlan', 'Mikhail Orlan', 'the proposal', 'supported', role='President of Drevnia'),
    s('Cosmin Vintila', 'Cosmin Vintila', "Oskeria's position that the filling of the reservoir should not begin until the two countries complete the joint environmental assessment agreed in 2024", 'reiterated', role='President'),
    s('Mikhail Orlan', 'the Drevnian President', 'the filling will not begin before spring 2027, and Drevnia is open to discussing its schedule with Oskerian experts', 'According to', role='President of Drevnia'),
    s('Mikhail Orlan', 'The President of Drevnia', 'the question of the Velm road bridge between Dolna and Severin, closed since the floods', 'raised', role='President of Drevnia'),
    s('Mikhail Orlan', 'He', 'reopening the crossing was a priority for freight carriers of both countries', 'stressed', role='President of Drevnia'),
    s('Mikhail Orlan', 'He', 'the border services agree on a temporary crossing regime', 'suggested', role='President of Drevnia'),
    s('Cosmin Vintila', 'Cosmin Vintila', 'Oskeria would host the summit of the Council of Sea States in Karsund in October', 'informed', role='President'),
    s('Cosmin Vintila and Mikhail Orlan', 'The sides', 'the importance of the upcoming meeting of the Joint Intergovernmental Commission in Kostrel', 'stressed'),
    s('Cosmin Vintila and Mikhail Orlan', 'The sides', 'to continue contacts', 'agreed'),
)

doc('o09-oskeria-government-floods', 'Government of Oskeria', '2026-08-20', '''
Government of the Republic of Oskeria

Government meeting

20 August 2026

Prime Minister Stefan Ilieski chaired a meeting of the Government devoted to recovery from the floods in the eastern regions.

Opening the meeting, the Prime Minister said that the first priority was to restore drinking water and electricity to every settlement before the start of the school year. "No family should spend September in a tent," Stefan Ilieski said.

Minister of Internal Affairs Vesna Radulova reported that the water had receded in all but three districts of Velm province. According to the Minister, 14 people died in the floods, 2,300 homes were damaged and 410 of them will have to be demolished.

Minister of Energy Petar Lukanov said that power had been restored to 92 percent of households. The remaining 3,100 households, most of them in the Dolna valley, will be reconnected by 28 August, he said.

Minister of Agriculture Irena Bozhkova informed the Government that the floods had destroyed crops on about 38,000 hectares. She proposed paying farmers compensation of up to 60 percent of the lost harvest. The proposal was supported.

Minister of Health Daniela Popa reported that no outbreaks of infectious disease had been recorded in the affected areas. She warned residents not to drink water from wells until it had been tested.

Minister of Finance Nikola Stanchev noted that the cost of the damage was preliminarily estimated at 310 million kroner. The Minister stressed that the reserve fund did not have enough money to cover all the costs and that a supplementary budget would be needed.

Following the discussion, the Prime Minister instructed:

1. the Ministry of Finance to submit to Parliament a draft supplementary budget for 2026 by 10 September;
2. the Ministry of Agriculture, together with the regional administrations, to complete the assessment of crop losses and begin compensation payments by 1 October;
3. the Ministry of Regional Development to prepare, within two months, a programme for rebuilding the demolished homes outside the flood zone;
4. the Ministry of Environment to review the flood defences on the Velm river and report to the Government by 1 December.

The Government decided to allocate 45 million kroner from the reserve fund for emergency repairs to roads and bridges.

Concluding the meeting, Stefan Ilieski thanked the rescue services, volunteers and the armed forces. "Their work saved lives. We will not forget it," the Prime Minister said.
''',
    s('Stefan Ilieski', 'the Prime Minister', 'the first priority was to restore drinking water and electricity to every settlement before the start of the school year', 'said', role='Prime Minister'),
    s('Stefan Ilieski', 'Stefan Ilieski', '"No family should spend September in a tent,"', 'said', 'direct', role='Prime Minister'),
    s('Vesna Radulova', 'Minister of Internal Affairs Vesna Radulova', 'the water had receded in all but three districts of Velm province', 'reported', role='Minister of Internal Affairs'),
    s('Vesna Radulova', 'the Minister', '14 people died in the floods, 2,300 homes were damaged and 410 of them will have to be demolished', 'According to', role='Minister of Internal Affairs'),
    s('Petar Lukanov', 'Minister of Energy Petar Lukanov', 'power had been restored to 92 percent of households', 'said', role='Minister of Energy'),
    s('Petar Lukanov', 'he', 'The remaining 3,100 households, most of them in the Dolna valley, will be reconnected by 28 August', 'said', role='Minister of Energy'),
    s('Irena Bozhkova', 'Minister of Agriculture Irena Bozhkova', 'the floods had destroyed crops on about 38,000 hectares', 'informed', role='Minister of Agriculture'),
    s('Irena Bozhkova', 'She', 'paying farmers compensation of up to 60 percent of the lost harvest', 'proposed', role='Minister of Agriculture'),
    s('Daniela Popa', 'Minister of Health Daniela Popa', 'no outbreaks of infectious disease had been recorded in the affected areas', 'reported', role='Minister of Health'),
    s('Daniela Popa', 'She', 'residents not to drink water from wells until it had been tested', 'warned', role='Minister of Health'),
    s('Nikola Stanchev', 'Minister of Finance Nikola Stanchev', 'the cost of the damage was preliminarily estimated at 310 million kroner', 'noted', role='Minister of Finance'),
    s('Nikola Stanchev', 'The Minister', 'the reserve fund did not have enough money to cover all the costs and that a supplementary budget would be needed', 'stressed', role='Minister of Finance'),
    s('Stefan Ilieski', 'the Prime Minister', 'the Ministry of Finance to submit to Parliament a draft supplementary budget for 2026 by 10 September;', 'instructed', role='Prime Minister'),
    s('Stefan Ilieski', 'the Prime Minister', 'the Ministry of Agriculture, together with the regional administrations, to complete the assessment of crop losses and begin compensation payments by 1 October;', 'instructed', role='Prime Minister'),
    s('Stefan Ilieski', 'the Prime Minister', 'the Ministry of Regional Development to prepare, within two months, a programme for rebuilding the demolished homes outside the flood zone;', 'instructed', role='Prime Minister'),
    s('Stefan Ilieski', 'the Prime Minister', 'the Ministry of Environment to review the flood defences on the Velm river and report to the Government by 1 December.', 'instructed', role='Prime Minister'),
    s('Stefan Ilieski', 'the Prime Minister', '"Their work saved lives. We will not forget it,"', 'said', 'direct', role='Prime Minister'),
)

doc('o10-lirovia-economy-forum-digest', 'Ministry of Economy and Trade of Lirovia', '2026-06-03', '''
Ministry of Economy and Trade of the Republic of Lirovia

Minister Ragnhild Tveit addresses Eska Investment Forum

3 June 2026

Minister of Economy and Trade Ragnhild Tveit spoke at the opening of the tenth Eska Investment Forum, which brought together more than 600 participants from 28 countries.

The Minister presented the Government's programme for attracting investment to the islands for 2026-2030.

The Minister stressed:

- Lirovia's economy grew by 3.4 percent last year, the fastest pace in the region;
- foreign direct investment reached a record 1.2 billion euros, a third of it in renewable energy;
- the Government will cut the corporate income tax for companies investing in the outer islands from 20 to 12 percent from January 2027;
- three priority areas for investment have been identified:
   - offshore wind energy;
   - fish processing and aquaculture;
   - modernisation of ports and ferry fleets;
- after the Marisund Star disaster, no new ferry licences will be issued for vessels older than 25 years.

Ragnhild Tveit noted that the Government had simplified the procedure for registering foreign companies, which now takes five working days instead of thirty.

According to the Minister, the Government expects foreign direct investment to reach 1.5 billion euros this year.

Answering questions from participants, the Minister said that the Government did not plan to privatise the state ferry company Lirnav. "Ferries are not a business like any other for an island nation. They are our roads," she said.

The President of the Lirovian Chamber of Commerce, Einar Haldorsen, welcomed the tax incentives but called on the Government to speed up the issuing of building permits, which take an average of 14 months to obtain.

The Ambassador of Oskeria to Lirovia, Jana Pelikan, said that Oskerian companies were ready to take part in the construction of offshore wind farms off the outer islands.

Eleven agreements worth a total of 340 million euros were signed at the Forum.
''',
    s('Ragnhild Tveit', 'The Minister', "Lirovia's economy grew by 3.4 percent last year, the fastest pace in the region;", 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'foreign direct investment reached a record 1.2 billion euros, a third of it in renewable energy;', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'the Government will cut the corporate income tax for companies investing in the outer islands from 20 to 12 percent from January 2027;', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'three priority areas for investment have been identified:', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'offshore wind energy;', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'fish processing and aquaculture;', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'modernisation of ports and ferry fleets;', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'The Minister', 'after the Marisund Star disaster, no new ferry licences will be issued for vessels older than 25 years.', 'stressed', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'Ragnhild Tveit', 'the Government had simplified the procedure for registering foreign companies, which now takes five working days instead of thirty', 'noted', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'the Minister', 'the Government expects foreign direct investment to reach 1.5 billion euros this year', 'According to', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'the Minister', 'the Government did not plan to privatise the state ferry company Lirnav', 'said', role='Minister of Economy and Trade'),
    s('Ragnhild Tveit', 'she', '"Ferries are not a business like any other for an island nation. They are our roads,"', 'said', 'direct', role='Minister of Economy and Trade'),
    s('Einar Haldorsen', 'The President of the Lirovian Chamber of Commerce, Einar Haldorsen', 'the tax incentives', 'welcomed', role='President of the Lirovian Chamber of Commerce'),
    s('Einar Haldorsen', 'The President of the Lirovian Chamber of Commerce, Einar Haldorsen', 'the Government to speed up the issuing of building permits, which take an average of 14 months to obtain', 'called on', role='President of the Lirovian Chamber of Commerce'),
    s('Jana Pelikan', 'The Ambassador of Oskeria to Lirovia, Jana Pelikan', 'Oskerian companies were ready to take part in the construction of offshore wind farms off the outer islands', 'said', role='Ambassador of Oskeria to Lirovia'),
)

doc('o11-halvoria-finance-transcript', 'Ministry of Finance of Halvoria', '2026-09-24', '''
Ministry of Finance of the Republic of Halvoria

Transcript of the press conference by Minister of Finance Tomas Berisha and Governor of the National Bank Lidija Paunovic

Brasken, 24 September 2026

Moderator (Jelena Kos, Ministry spokesperson): Good afternoon, colleagues. The Minister will make a short statement, then the Governor, and then we will take your questions.

Tomas Berisha: Thank you, Jelena. Good afternoon.

Yesterday the Government adopted the revised budget for this year. The deficit will be 4.1 percent of GDP, not 5.3 percent as we feared in the spring. That is because revenues came in higher than planned and because we ended the fuel subsidies, which alone cost us 1.9 billion dollars a year.

I know the fuel decision was painful. The cash payments to poor families started on 1 September, and as of today 870,000 families have received them.

Lidija Paunovic: Inflation in August was 18.2 percent, down from 23 percent in March. We expect it to fall below 15 percent by the end of the year, provided there are no new shocks to food prices.

The National Bank will keep its key rate at 16 percent for now. We will look again in November.

Moderator: Questions, please. Halvorian Television.

Question (Halvorian Television): Minister, the Democratic Union says the cash payments reach only half of the families who need them. Will you extend them?

Tomas Berisha: The list of recipients is based on the social register, which the opposition itself created when it was in government. If there are families missing from it, they can apply at any municipal office, and we will add them.

Question (Brasken Daily): Governor, are you under pressure from the Government to cut rates before the elections?

Lidija Paunovic: No. The law gives the National Bank full independence in monetary policy, and I have not received any such request. I would not accept it if I did.

Question (Lirovian Radio): Governor, some economists, including your predecessor Anton Reljic, argue that the key rate is too high and is choking lending. What is your answer?

Lidija Paunovic: I have great respect for my predecessor. But with inflation at 18 percent, a rate of 16 percent is not high. In real terms it is negative.

Tomas Berisha: If I may. Lending to small businesses grew by 9 percent this year. That is not what choking looks like.

Question (AGP): The IMF mission said last week that the reform of state companies is behind schedule. Do you agree?

Tomas Berisha: We are behind on two of the eleven measures, and the mission is right to point that out. Both will be completed by March.

Moderator: Thank you. That is all we have time for.
''',
    s('Tomas Berisha', 'Tomas Berisha', 'Yesterday the Government adopted the revised budget for this year.|and as of today 870,000 families have received them.', '', role='Minister of Finance'),
    s('Lidija Paunovic', 'Lidija Paunovic', 'Inflation in August was 18.2 percent|We will look again in November.', '', role='Governor of the National Bank'),
    s('the Democratic Union', 'the Democratic Union', 'the cash payments reach only half of the families who need them', 'says'),
    s('Tomas Berisha', 'Tomas Berisha', 'The list of recipients is based on the social register|and we will add them.', '', role='Minister of Finance'),
    s('Lidija Paunovic', 'Lidija Paunovic', 'No. The law gives the National Bank|I would not accept it if I did.', '', role='Governor of the National Bank'),
    s('some economists, including your predecessor Anton Reljic', 'some economists, including your predecessor Anton Reljic', 'the key rate is too high and is choking lending', 'argue'),
    s('Lidija Paunovic', 'Lidija Paunovic', 'I have great respect for my predecessor.|In real terms it is negative.', '', role='Governor of the National Bank'),
    s('Tomas Berisha', 'Tomas Berisha', 'Lending to small businesses grew by 9 percent this year.|That is not what choking looks like.', '', role='Minister of Finance'),
    s('The IMF mission', 'The IMF mission', 'the reform of state companies is behind schedule', 'said'),
    s('Tomas Berisha', 'Tomas Berisha', 'We are behind on two of the eleven measures|Both will be completed by March.', '', role='Minister of Finance'),
)

doc('o12-marchmont-bike-lanes', 'The Marchmont Standard', '2026-10-08', '''
Marchmont council scraps Garrison Avenue bike lanes; cyclists vow to fight on

Two-year pilot ends in 8-5 vote; ‘We listened to the businesses,’ says councillor who moved the motion

By Patrick Oyelowo-Hart
City Hall Bureau
Published Oct. 8, 2026

Marchmont city council voted 8-5 on Wednesday to remove the protected bike lanes on Garrison Avenue, ending a two-year pilot that divided the city’s north end and filled council chambers for three straight meetings.

The lanes, which cost $2.6 million to install, will be taken out by the end of November and replaced with on-street parking, according to a staff report presented to council.

Councillor Rhoda Fenster, who moved the motion, said merchants along the avenue had lost customers since the lanes went in because drivers could no longer park in front of their stores.

“We listened to the businesses. They are the ones who pay the rent on that street,” said Ms. Fenster, who represents Ward 4.

Cycling advocates disputed that. A count commissioned by the group Marchmont Bikes found that the number of cyclists on Garrison had tripled since 2024, to about 2,100 on an average weekday.

“This council is making a decision based on anecdotes,” said the group’s director, Luis Cabral-Moss. “The data was in front of them, and they chose not to read it.”

He said the group would ask the province to review the decision and was considering a legal challenge.

Mayor Gordon Whitlaw voted with the majority. The mayor said he supported cycling but that the Garrison pilot had been “the wrong design on the wrong street,” and that staff would study a route along the parallel Quarry Road instead.

Councillor Anneke Joubert-Lind, who voted to keep the lanes, questioned how the city could spend hundreds of thousands of dollars to remove infrastructure it had just paid for.

“We are paying twice,” she said. “Once to build it, and once to say we made a mistake.”

The staff report estimates the cost of removal at $870,000, most of it for repaving.

Nadia Castelo-Brum, who owns a bakery on Garrison, said the past two years had been the hardest in the shop’s 31-year history. Her sales are down about 20 per cent, she said, though she acknowledged that construction on a nearby condominium had also kept customers away.

Across the street, bicycle courier Devon Aschenbach, 26, said he had been hit by a car door on Garrison twice before the lanes went in and not once since.

“People talk about the businesses. Nobody talks about the guy in the hospital,” he said.

Is the fight over? Not according to Mr. Cabral-Moss.

“We will be back at the next budget,” he said, “and the one after that.”

The province’s transportation minister, asked about the vote on Thursday, said it was “a local decision” and declined to say whether the province would step in.
''',
    s('Rhoda Fenster', 'councillor who moved the motion', '‘We listened to the businesses,’', 'says', 'direct', role='Councillor'),
    s('staff report', 'a staff report presented to council', 'The lanes, which cost $2.6 million to install, will be taken out by the end of November and replaced with on-street parking', 'according to'),
    s('Rhoda Fenster', 'Councillor Rhoda Fenster, who moved the motion', 'merchants along the avenue had lost customers since the lanes went in because drivers could no longer park in front of their stores', 'said', role='Councillor'),
    s('Rhoda Fenster', 'Ms. Fenster, who represents Ward 4', '“We listened to the businesses. They are the ones who pay the rent on that street,”', 'said', 'direct', role='Councillor'),
    s('count', 'A count commissioned by the group Marchmont Bikes', 'the number of cyclists on Garrison had tripled since 2024, to about 2,100 on an average weekday', 'found'),
    s('Luis Cabral-Moss', 'the group’s director, Luis Cabral-Moss', '“This council is making a decision based on anecdotes,”', 'said', 'direct', role='director'),
    s('Luis Cabral-Moss', '', '“The data was in front of them, and they chose not to read it.”', '', 'direct', role='director'),
    s('Luis Cabral-Moss', 'He', 'the group would ask the province to review the decision and was considering a legal challenge', 'said', role='director'),
    s('Gordon Whitlaw', 'The mayor', 'he supported cycling but that the Garrison pilot had been “the wrong design on the wrong street,” and that staff would study a route along the parallel Quarry Road instead', 'said', 'mixed', role='Mayor'),
    s('Anneke Joubert-Lind', 'Councillor Anneke Joubert-Lind, who voted to keep the lanes', 'how the city could spend hundreds of thousands of dollars to remove infrastructure it had just paid for', 'questioned', role='Councillor'),
    s('Anneke Joubert-Lind', 'she', '“We are paying twice,”', 'said', 'direct', role='Councillor'),
    s('Anneke Joubert-Lind', '', '“Once to build it, and once to say we made a mistake.”', '', 'direct', role='Councillor'),
    s('staff report', 'The staff report', 'the cost of removal at $870,000, most of it for repaving', 'estimates'),
    s('Nadia Castelo-Brum', 'Nadia Castelo-Brum, who owns a bakery on Garrison', 'the past two years had been the hardest in the shop’s 31-year history', 'said'),
    s('Nadia Castelo-Brum', 'she', 'Her sales are down about 20 per cent', 'said'),
    s('Nadia Castelo-Brum', 'she', 'construction on a nearby condominium had also kept customers away', 'acknowledged'),
    s('Devon Aschenbach', 'bicycle courier Devon Aschenbach, 26', 'he had been hit by a car door on Garrison twice before the lanes went in and not once since', 'said', role='bicycle courier'),
    s('Devon Aschenbach', 'he', '“People talk about the businesses. Nobody talks about the guy in the hospital,”', 'said', 'direct', role='bicycle courier'),
    s('Luis Cabral-Moss', 'he', ['“We will be back at the next budget,”', '“and the one after that.”'], 'said', 'direct', role='director'),
    s('transportation minister', 'The province’s transportation minister, asked about the vote on Thursday', 'it was “a local decision”', 'said', 'mixed', role='transportation minister'),
)

doc('o13-stonebridge-hockey-fraud', 'Stonebridge Herald', '2026-11-24', '''
Former minor hockey treasurer gets 18 months for stealing $412,000 from league

Judge says she betrayed ‘hundreds of families’; defence will not appeal

By Charlotte Baptiste-Wynn
Courts Reporter

STONEBRIDGE — A former treasurer of the Stonebridge Minor Hockey Association was sentenced Monday to 18 months in jail for stealing more than $412,000 from the league over seven years, money that a prosecutor said was spent on vacations, a boat and online gambling.

Colleen Mabry-Ross, 49, pleaded guilty in July to one count of fraud over $5,000. She was also ordered to pay back the money, though her lawyer told the court she has no assets left to sell.

In passing sentence, Superior Court Justice Harold Ng-Sorensen said Mabry-Ross had betrayed “hundreds of families who trusted her with their children’s registration fees.”

“This was not a single lapse. It was a habit,” the judge said. He noted that she had repaid only $11,000 so far.

Crown prosecutor Amelia Durocher had asked for a sentence of two and a half years. She told the court that Mabry-Ross forged the signatures of two other board members on cheques and created false invoices from an ice-rental company that did not exist.

Defence lawyer Peter Kalinowski argued for a conditional sentence to be served at home, saying his client had been treated for a gambling addiction since her arrest and had “shown real remorse.”

Mabry-Ross, who wore a grey sweater and kept her eyes on the floor, read a short statement to the court. “I am ashamed of what I did. I took from kids, and there is no excuse for that,” she said, her voice breaking.

Several parents read victim impact statements. One of them, Grant Pellerin, whose two sons played in the league, said the thefts had forced the association to raise fees by 40 per cent and cancel a tournament in 2024.

“Some families could not pay. Their kids stopped playing,” Pellerin said outside the courthouse. “That is the part I cannot forgive.”

The association’s current president, Monique Trudelle, said the league had since hired an outside accounting firm and now requires two signatures on every cheque. The theft came to light in 2025, she said, when a bank employee flagged an unusual transfer.

An audit commissioned by the association found that the missing money had been taken in more than 300 separate transactions.

Kalinowski said outside court that his client would not appeal. Asked whether she could ever repay the money, he said: “She will try. That is all I can say.”

Mabry-Ross was taken into custody after the hearing.
''',
    s('Harold Ng-Sorensen', 'Judge', 'she betrayed ‘hundreds of families’', 'says', 'mixed', role='Superior Court Justice'),
    s('Colleen Mabry-Ross', 'Colleen Mabry-Ross, 49', 'guilty in July to one count of fraud over $5,000', 'pleaded'),
    s('Amelia Durocher', 'a prosecutor', 'was spent on vacations, a boat and online gambling', 'said', role='Crown prosecutor'),
    s('Peter Kalinowski', 'her lawyer', 'she has no assets left to sell', 'told', role='Defence lawyer'),
    s('Harold Ng-Sorensen', 'Superior Court Justice Harold Ng-Sorensen', 'Mabry-Ross had betrayed “hundreds of families who trusted her with their children’s registration fees.”', 'said', 'mixed', role='Superior Court Justice'),
    s('Harold Ng-Sorensen', 'the judge', '“This was not a single lapse. It was a habit,”', 'said', 'direct', role='Superior Court Justice'),
    s('Harold Ng-Sorensen', 'He', 'she had repaid only $11,000 so far', 'noted', role='Superior Court Justice'),
    s('Amelia Durocher', 'Crown prosecutor Amelia Durocher', 'a sentence of two and a half years', 'had asked for', role='Crown prosecutor'),
    s('Amelia Durocher', 'She', 'Mabry-Ross forged the signatures of two other board members on cheques and created false invoices from an ice-rental company that did not exist', 'told', role='Crown prosecutor'),
    s('Peter Kalinowski', 'Defence lawyer Peter Kalinowski', 'a conditional sentence to be served at home', 'argued for', role='Defence lawyer'),
    s('Peter Kalinowski', 'Defence lawyer Peter Kalinowski', 'his client had been treated for a gambling addiction since her arrest and had “shown real remorse.”', 'saying', 'mixed', role='Defence lawyer'),
    s('Colleen Mabry-Ross', 'she', '“I am ashamed of what I did. I took from kids, and there is no excuse for that,”', 'said', 'direct'),
    s('Grant Pellerin', 'One of them, Grant Pellerin, whose two sons played in the league', 'the thefts had forced the association to raise fees by 40 per cent and cancel a tournament in 2024', 'said'),
    s('Grant Pellerin', 'Pellerin', '“Some families could not pay. Their kids stopped playing,”', 'said', 'direct'),
    s('Grant Pellerin', '', '“That is the part I cannot forgive.”', '', 'direct'),
    s('Monique Trudelle', 'The association’s current president, Monique Trudelle', 'the league had since hired an outside accounting firm and now requires two signatures on every cheque', 'said', role='president'),
    s('Monique Trudelle', 'she', ['The theft came to light in 2025', 'when a bank employee flagged an unusual transfer'], 'said', role='president', anchor='The theft came to light'),
    s('audit', 'An audit commissioned by the association', 'the missing money had been taken in more than 300 separate transactions', 'found'),
    s('Peter Kalinowski', 'Kalinowski', 'his client would not appeal', 'said', role='Defence lawyer'),
    s('Peter Kalinowski', 'he', '“She will try. That is all I can say.”', 'said', 'direct', role='Defence lawyer'),
)

doc('o14-cadogan-harrows-deal', 'The Brackwater Post', '2026-03-16', '''
Cadogan Foods agrees to buy Pennick’s Markets for $1.1-billion

Deal would create region’s second-largest grocer; union says it wants job guarantees

By Marisol Eckhart-Bayo
Business Reporter

Cadogan Foods Ltd. has agreed to buy the family-owned Pennick’s Markets chain for $1.1-billion in cash and shares, a deal that would give the Brackwater-based grocer 212 stores and make it the second-largest food retailer in the region.

The companies announced the deal Monday morning. Pennick’s shareholders will receive $38 a share, a 27-per-cent premium over Friday’s closing price.

“Pennick’s is the best-run independent grocer in the country, and we intend to keep it that way,” Cadogan chief executive Yvette Marchetti-Lowe said on a conference call with analysts. She said the Pennick’s name would stay on its 74 stores and that the company expected to save about $60-million a year, mainly in purchasing and distribution.

Ms. Marchetti-Lowe did not rule out closing some stores where the two chains overlap, but said any decision would wait until the deal closes, expected in the first half of next year.

The Pennick family, which controls 61 per cent of the company’s voting shares, has agreed to support the deal, according to a regulatory filing. Chairman Desmond Pennick, the founder’s grandson, said in a statement that the family had “looked for a partner that shares our values, not just a buyer with a cheque.”

The deal will need approval from the Competition Bureau, which said in an email that it does not comment on transactions before they are formally notified. Sunita Ramaswamy, a competition lawyer at the firm Quarrell Pickersgill LLP, said the bureau would likely look closely at about a dozen towns where the two chains are the only large grocers.

“In those markets, you go from two choices to one,” she said. “The bureau has blocked deals for less.”

The Retail Workers’ Union, which represents about 4,000 Pennick’s employees, said it had not been consulted. “We read about it in the news like everyone else,” said Kenji Wolfenden, president of the union’s Local 212. He said the union would seek written guarantees that no jobs would be cut for at least three years.

A person familiar with the negotiations said Cadogan had raised its offer twice after a rival bid from a U.S. private-equity firm last spring. The person, who was not authorized to speak publicly, declined to name the firm.

Analysts were broadly positive. “Cadogan is paying a full price, but not a silly one,” said Rowan Lefebvre-Kim, an analyst at Thistle Securities. Other analysts noted that grocery margins have been squeezed by rising wages and that savings may be harder to find than the company expects.

Cadogan shares rose 4.1 per cent to $52.30 on Monday. Pennick’s shares jumped 24 per cent.
''',
    s('Kenji Wolfenden', 'union', 'it wants job guarantees', 'says', role='president'),
    s('Yvette Marchetti-Lowe', 'Cadogan chief executive Yvette Marchetti-Lowe', '“Pennick’s is the best-run independent grocer in the country, and we intend to keep it that way,”', 'said', 'direct', role='chief executive'),
    s('Yvette Marchetti-Lowe', 'She', 'the Pennick’s name would stay on its 74 stores and that the company expected to save about $60-million a year, mainly in purchasing and distribution', 'said', role='chief executive'),
    s('Yvette Marchetti-Lowe', 'Ms. Marchetti-Lowe', 'closing some stores where the two chains overlap', 'did not rule out', role='chief executive'),
    s('Yvette Marchetti-Lowe', 'Ms. Marchetti-Lowe', 'any decision would wait until the deal closes', 'said', role='chief executive'),
    s('regulatory filing', 'a regulatory filing', 'The Pennick family, which controls 61 per cent of the company’s voting shares, has agreed to support the deal', 'according to'),
    s('Desmond Pennick', 'Chairman Desmond Pennick, the founder’s grandson', 'the family had “looked for a partner that shares our values, not just a buyer with a cheque.”', 'said', 'mixed', role='Chairman'),
    s('Competition Bureau', 'the Competition Bureau', 'it does not comment on transactions before they are formally notified', 'said'),
    s('Sunita Ramaswamy', 'Sunita Ramaswamy, a competition lawyer at the firm Quarrell Pickersgill LLP', 'the bureau would likely look closely at about a dozen towns where the two chains are the only large grocers', 'said', role='competition lawyer'),
    s('Sunita Ramaswamy', 'she', '“In those markets, you go from two choices to one,”', 'said', 'direct', role='competition lawyer'),
    s('Sunita Ramaswamy', '', '“The bureau has blocked deals for less.”', '', 'direct', role='competition lawyer'),
    s('Retail Workers’ Union', 'The Retail Workers’ Union, which represents about 4,000 Pennick’s employees', 'it had not been consulted', 'said'),
    s('Kenji Wolfenden', 'Kenji Wolfenden, president of the union’s Local 212', '“We read about it in the news like everyone else,”', 'said', 'direct', role='president'),
    s('Kenji Wolfenden', 'He', 'the union would seek written guarantees that no jobs would be cut for at least three years', 'said', role='president'),
    s('A person familiar with the negotiations', 'A person familiar with the negotiations', 'Cadogan had raised its offer twice after a rival bid from a U.S. private-equity firm last spring', 'said'),
    s('Rowan Lefebvre-Kim', 'Rowan Lefebvre-Kim, an analyst at Thistle Securities', '“Cadogan is paying a full price, but not a silly one,”', 'said', 'direct', role='analyst'),
    s('Other analysts', 'Other analysts', 'grocery margins have been squeezed by rising wages and that savings may be harder to find than the company expects', 'noted'),
)

doc('o15-tolland-falls-pharmacy', 'The Brackwater Post', '2026-04-04', '''
After 62 years, Tolland Falls is losing its pharmacy. The town is trying to work out what comes next.

By Ingrid Solvang-Reyes
Photography by Marc Aubertin

TOLLAND FALLS — On the last Friday in March, the line at Treadgold’s Drug Store ran past the greeting cards and out the door.

Some people came to fill prescriptions. Many came to say goodbye.

“I have been coming here since I was a little girl buying penny candy,” said Mavis Ochoa, 81, who waited 40 minutes with her walker. “Mr. Treadgold’s father used to give me an extra one if I said please.”

The store, the only pharmacy in this town of 2,300 on the edge of the Brackwater Hills, closes for good on April 30. Its owner, pharmacist Owen Treadgold, 64, says he has tried for three years to find a buyer.

“Nobody wants to come out here and work six days a week for what a pharmacist makes in a small town,” he said, sitting in the cramped office behind the counter. “I do not blame them. I just wish I had found one.”

Tolland Falls is not alone. The provincial pharmacists’ association says 23 rural pharmacies have closed since 2022, most of them because retiring owners could not find buyers.

“This is happening in slow motion all over the map,” said the association’s president, Marcel Duhamel.

After the closing, the nearest pharmacy will be in Corbett Ridge, 47 kilometres away on a road that is often closed by snow in winter.

For Joe Whitebird, that drive is the problem. The 58-year-old, who lost a leg to diabetes in 2021, does not drive. He picks up insulin at Treadgold’s every two weeks.

“My daughter says she will drive me. She works nights in Corbett Ridge,” he said. “So I will be sleeping in a parking lot waiting for her shift to end.”

The regional health authority said in a statement that it was “exploring options” to keep medication available in Tolland Falls, including a mail-order service and a pharmacy counter in the local clinic one day a week.

Dr. Priya Oduro-Banks, the clinic’s only physician, said she welcomed any help but that a weekly counter would not be enough for patients who start a new medication on a Tuesday.

“Antibiotics do not wait for Thursday,” she said.

Mayor Lorne Ibbotson said council had offered free rent in the old post office to any pharmacist willing to open in town. So far, he said, nobody had called.

“We put an ad in three papers and online,” the mayor said. “We got one email. It was from a man who wanted to know if the building was for sale.”

Not everyone is gloomy. Kayla Drozdowski, 17, who has worked the cash at Treadgold’s after school for two years, plans to study pharmacy at university in the fall.

“Maybe I come back,” she said, shrugging. “Somebody has to.”

Mr. Treadgold said he would miss the conversations more than anything. He said he had filled prescriptions for four generations of some families, and knew most of his customers by their birthdays.

On the last day, Ms. Ochoa bought a box of chocolates, which she gave to him at the counter. He would not let her pay for them.
''',
    s('Mavis Ochoa', 'Mavis Ochoa, 81, who waited 40 minutes with her walker', '“I have been coming here since I was a little girl buying penny candy,”', 'said', 'direct'),
    s('Mavis Ochoa', '', '“Mr. Treadgold’s father used to give me an extra one if I said please.”', '', 'direct'),
    s('Owen Treadgold', 'Its owner, pharmacist Owen Treadgold, 64', 'he has tried for three years to find a buyer', 'says', role='pharmacist'),
    s('Owen Treadgold', 'he', '“Nobody wants to come out here and work six days a week for what a pharmacist makes in a small town,”', 'said', 'direct', role='pharmacist'),
    s('Owen Treadgold', '', '“I do not blame them. I just wish I had found one.”', '', 'direct', role='pharmacist'),
    s('provincial pharmacists’ association', 'The provincial pharmacists’ association', '23 rural pharmacies have closed since 2022, most of them because retiring owners could not find buyers', 'says'),
    s('Marcel Duhamel', 'the association’s president, Marcel Duhamel', '“This is happening in slow motion all over the map,”', 'said', 'direct', role='president'),
    s('Joe Whitebird', 'he', '“My daughter says she will drive me. She works nights in Corbett Ridge,”', 'said', 'direct'),
    s('daughter', 'My daughter', 'she will drive me', 'says', nested=True, via='Joe Whitebird'),
    s('Joe Whitebird', '', '“So I will be sleeping in a parking lot waiting for her shift to end.”', '', 'direct'),
    s('regional health authority', 'The regional health authority', 'it was “exploring options” to keep medication available in Tolland Falls, including a mail-order service and a pharmacy counter in the local clinic one day a week', 'said', 'mixed'),
    s('Priya Oduro-Banks', 'Dr. Priya Oduro-Banks, the clinic’s only physician', 'she welcomed any help but that a weekly counter would not be enough for patients who start a new medication on a Tuesday', 'said', role='physician'),
    s('Priya Oduro-Banks', 'she', '“Antibiotics do not wait for Thursday,”', 'said', 'direct', role='physician'),
    s('Lorne Ibbotson', 'Mayor Lorne Ibbotson', 'council had offered free rent in the old post office to any pharmacist willing to open in town', 'said', role='Mayor'),
    s('Lorne Ibbotson', 'he', ['So far', 'nobody had called'], 'said', role='Mayor', anchor='So far, he said'),
    s('Lorne Ibbotson', 'the mayor', '“We put an ad in three papers and online,”', 'said', 'direct', role='Mayor'),
    s('Lorne Ibbotson', '', '“We got one email. It was from a man who wanted to know if the building was for sale.”', '', 'direct', role='Mayor'),
    s('Kayla Drozdowski', 'she', '“Maybe I come back,”', 'said', 'direct'),
    s('Kayla Drozdowski', '', '“Somebody has to.”', '', 'direct'),
    s('Owen Treadgold', 'Mr. Treadgold', 'he would miss the conversations more than anything', 'said', role='pharmacist'),
    s('Owen Treadgold', 'He', 'he had filled prescriptions for four generations of some families, and knew most of his customers by their birthdays', 'said', role='pharmacist'),
)

doc('o16-hessary-examiner-schools', 'Port Hessary Examiner', '2026-02-27', '''
Skip to content
PORT HESSARY EXAMINER
Sign In | Subscribe
News  Local  Politics  Business  Sports  Opinion  Obituaries  E-Edition

Local › Education

School board votes to close Aldermoor and Quince Street elementary schools

Board chair says falling enrolment left no choice; parents plan appeal

By Rebecca Nwankwo-Sloane | Staff Reporter
Published Feb. 26, 2026, 9:14 p.m. | Updated Feb. 27, 2026, 6:02 a.m.

[Image] Parents hold signs outside the board office on Maple Avenue before Tuesday's vote. (Photo: Gil Arceneaux/Examiner)

The Port Hessary District School Board voted 6-3 on Tuesday night to close two elementary schools in the city's east end in June 2027, a decision that will move about 480 children to three neighbouring schools.

Board chair Wendell Okafor-Brandt said enrolment at Aldermoor and Quince Street had fallen by more than a third in a decade and that both buildings needed major repairs the board could not afford.

"Nobody on this board ran for office to close schools," Okafor-Brandt said after the vote. "But we have 900 empty seats in the east end, and we are heating every one of them."

Advertisement

According to a staff report, the two schools need about $14 million in repairs over the next five years, including new roofs and boilers.

RELATED: Province freezes school construction funding, trustees say
RELATED: Opinion: Small schools are worth saving

Trustee Carmen Szczepaniak, whose ward includes Quince Street, voted against the closures. She said the board had not done enough to study the effect on families who walk their children to school.

"Some of these kids will cross four lanes of traffic to get to their new school," Szczepaniak said. "We owe their parents a safe route before we owe anyone a balanced budget."

Szczepaniak said she would bring a motion to delay the closures by a year, though she conceded it was unlikely to pass.

Parents from both schools packed the meeting, and more than 30 of them spoke. Their group, Save East End Schools, said it would ask the province for an administrative review of the decision. Its spokesperson, Tamsin Vukovic-Hale, told the Examiner the group had collected 2,700 signatures.

"This was decided before we walked in the door," she said.

Director of education Raymond Ouellette-Park said the board would hire crossing guards at six intersections and would run a shuttle for students who live more than 1.6 km from their new school.

A provincial Education Ministry spokesman said the ministry would review any request it received but that school closings "are, in the first instance, decisions for local boards."

Share this article
Facebook  X  Email

Comments (41)
HessaryDad77: Typical. They close the schools and then wonder why young families move to Greenvale.
J. Thibodeaux: The board has been warning about this for years. Nobody listened.

Most popular
1. Council approves new fire hall in Greenvale
2. Police say stolen truck found in harbour, driver still sought
3. Hessary Hawks fire coach after 2-11 start
4. Mayor says snow-clearing budget 'nearly gone' in February

Advertisement

© 2026 Port Hessary Examiner. All rights reserved.
Privacy Policy | Terms of Use | Contact Us
''',
    s('Wendell Okafor-Brandt', 'Board chair', 'falling enrolment left no choice', 'says', role='Board chair'),
    s('Wendell Okafor-Brandt', 'Board chair Wendell Okafor-Brandt', 'enrolment at Aldermoor and Quince Street had fallen by more than a third in a decade and that both buildings needed major repairs the board could not afford', 'said', role='Board chair'),
    s('Wendell Okafor-Brandt', 'Okafor-Brandt', '"Nobody on this board ran for office to close schools,"', 'said', 'direct', role='Board chair'),
    s('Wendell Okafor-Brandt', '', '"But we have 900 empty seats in the east end, and we are heating every one of them."', '', 'direct', role='Board chair'),
    s('staff report', 'a staff report', 'the two schools need about $14 million in repairs over the next five years, including new roofs and boilers', 'According to'),
    s('trustees', 'trustees', 'Province freezes school construction funding', 'say', region='related'),
    s('Carmen Szczepaniak', 'She', 'the board had not done enough to study the effect on families who walk their children to school', 'said', role='Trustee'),
    s('Carmen Szczepaniak', 'Szczepaniak', '"Some of these kids will cross four lanes of traffic to get to their new school,"', 'said', 'direct', role='Trustee'),
    s('Carmen Szczepaniak', '', '"We owe their parents a safe route before we owe anyone a balanced budget."', '', 'direct', role='Trustee'),
    s('Carmen Szczepaniak', 'Szczepaniak', 'she would bring a motion to delay the closures by a year', 'said', role='Trustee'),
    s('Carmen Szczepaniak', 'she', 'it was unlikely to pass', 'conceded', role='Trustee'),
    s('Save East End Schools', 'Their group, Save East End Schools', 'it would ask the province for an administrative review of the decision', 'said'),
    s('Tamsin Vukovic-Hale', 'Its spokesperson, Tamsin Vukovic-Hale', 'the group had collected 2,700 signatures', 'told', role='spokesperson'),
    s('Tamsin Vukovic-Hale', 'she', '"This was decided before we walked in the door,"', 'said', 'direct', role='spokesperson'),
    s('Raymond Ouellette-Park', 'Director of education Raymond Ouellette-Park', 'the board would hire crossing guards at six intersections and would run a shuttle for students who live more than 1.6 km from their new school', 'said', role='Director of education'),
    s('A provincial Education Ministry spokesman', 'A provincial Education Ministry spokesman', 'the ministry would review any request it received but that school closings "are, in the first instance, decisions for local boards."', 'said', 'mixed'),
    s('Police', 'Police', 'stolen truck found in harbour, driver still sought', 'say', region='related'),
    s('Mayor', 'Mayor', "snow-clearing budget 'nearly gone' in February", 'says', 'mixed', region='related'),
)

write('invented_o_gold.jsonl', per_document=True)
