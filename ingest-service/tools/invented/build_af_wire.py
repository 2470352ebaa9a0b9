"""Set AF's five wire stories (see build_af.py)."""
from invented_common import doc_spans as doc, s

OBEL = 'Ruxandra Obel'
HEYD = 'Tomas Heydrich-Lund'
ADMIN = 'A hospital administrator'

doc('af01-wire-karsolia-earthquake-meddrovo', 'Nordwire', '2032-04-14', '''
Quake kills at least 83 in western Karsolia; rescuers dig through collapsed flats

MEDDROVO, Karsolia, April 14 (Nordwire) - A magnitude 6.8 earthquake struck western Karsolia before dawn on Wednesday, killing at least 83 people and trapping dozens more under collapsed apartment blocks in the river town of Meddrovo, the National Civil Protection Agency said.

The quake hit at 4:52 a.m. local time (0152 GMT) at a depth of about 12 km, with its epicentre some 20 km south-west of Meddrovo, according to the Karsolian Seismological Institute.

"We heard the building groan, and then the stairs were gone," said Anelia Brusk, 41, who escaped from a fifth-floor flat with her two children by climbing down a neighbour's balcony. "My husband is still in there. They tell me to wait. I cannot wait."

Rescue teams worked through the morning with hydraulic jacks and sniffer dogs at the ruins of at least 11 buildings in Meddrovo's Tarnet district, where most of the dead were found. Cranes brought in from the regional capital arrived shortly before noon.

Colonel Ruxandra Obel, who leads the agency's search teams in the region, told reporters at the site that her crews had pulled 46 people out alive since dawn, the youngest a baby of eight months.

"We are hearing voices in two of the buildings. As long as we hear voices, nobody goes home," Obel said.

She said the work was being slowed by aftershocks, the strongest of which, at magnitude 5.1, brought down part of a school gymnasium shortly after 9 a.m. No one was inside, she said.

Tomas Heydrich-Lund, a seismologist at the Karsolian Seismological Institute, said the quake had occurred on the Dunavel fault, a 140-km system that last produced a tremor of comparable size in 1911.

"This fault has been quiet for a century, and quiet faults are not safe faults," he said. "It was storing energy the whole time."

He warned that aftershocks above magnitude 5 were likely for at least a week and advised residents not to return to damaged buildings even to collect belongings.

Prime Minister Dorin Varnescu flew to Meddrovo by helicopter and declared three days of national mourning.

"Every crane, every engineer and every soldier we have will stay here until the last person is found," Varnescu told a news conference at the town hall, its facade cracked from roof to pavement.

The government said it had released 40 million lars from an emergency reserve and had asked the Continental Union to activate its civil protection mechanism. Neighbouring Drusselia sent two search-and-rescue teams with 90 members and 12 dogs, the Drusselian Interior Ministry said.

At Meddrovo's only hospital, itself damaged, doctors treated the injured in tents in the car park. A hospital administrator, who asked not to be named because he was not authorised to speak to the media, said 212 people had been admitted, 31 of them in serious condition.

"We have two surgeons and one working operating theatre," he said. "We need blood, and we need it today."

Karsolia lies on one of Europe's most active seismic belts. An earthquake in 1977 killed more than 1,500 people in the capital, Aliskar, about 300 km to the east, and led to the country's first building code.

Residents of Tarnet said many of the blocks that collapsed were built in the 1960s and had never been reinforced, despite a national programme launched in 2015 to strengthen older housing.

"They painted the fronts and left the bones," said Viktor Sandal, a retired bus driver whose own block survived with cracks running up every stairwell.

The construction ministry said it would inspect every residential building put up before 1980 in the affected region within a month and publish the results street by street.

By late afternoon, volunteers had set up field kitchens in the town's football stadium, where several hundred people prepared to spend the night in tents handed out by the Red Crescent and the army.
''',
    s('National Civil Protection Agency', 'the National Civil Protection Agency', 'A magnitude 6.8 earthquake struck western Karsolia before dawn on Wednesday, killing at least 83 people and trapping dozens more under collapsed apartment blocks in the river town of Meddrovo', 'said'),
    s('Karsolian Seismological Institute', 'the Karsolian Seismological Institute', 'The quake hit at 4:52 a.m. local time (0152 GMT) at a depth of about 12 km, with its epicentre some 20 km south-west of Meddrovo', 'according to'),
    s('Anelia Brusk', 'Anelia Brusk', '"We heard the building groan, and then the stairs were gone,"', 'said', 'direct'),
    s('Anelia Brusk', '', '"My husband is still in there. They tell me to wait. I cannot wait."', '', 'direct'),
    s(OBEL, 'Colonel Ruxandra Obel', 'her crews had pulled 46 people out alive since dawn, the youngest a baby of eight months', 'told', role='Colonel'),
    s(OBEL, 'Obel', '"We are hearing voices in two of the buildings. As long as we hear voices, nobody goes home,"', 'said', 'direct', role='Colonel'),
    s(OBEL, 'She', 'the work was being slowed by aftershocks, the strongest of which, at magnitude 5.1, brought down part of a school gymnasium shortly after 9 a.m.', 'said', role='Colonel'),
    s(OBEL, 'she', 'No one was inside', 'said', role='Colonel'),
    s(HEYD, 'Tomas Heydrich-Lund, a seismologist at the Karsolian Seismological Institute', 'the quake had occurred on the Dunavel fault, a 140-km system that last produced a tremor of comparable size in 1911', 'said', role='seismologist'),
    s(HEYD, 'he', '"This fault has been quiet for a century, and quiet faults are not safe faults,"', 'said', 'direct', role='seismologist'),
    s(HEYD, '', '"It was storing energy the whole time."', '', 'direct', role='seismologist'),
    s(HEYD, 'He', 'aftershocks above magnitude 5 were likely for at least a week', 'warned', role='seismologist'),
    s(HEYD, 'He', 'residents not to return to damaged buildings even to collect belongings', 'advised', role='seismologist'),
    s('Dorin Varnescu', 'Varnescu', '"Every crane, every engineer and every soldier we have will stay here until the last person is found,"', 'told', 'direct', role='Prime Minister'),
    s('The government', 'The government', 'it had released 40 million lars from an emergency reserve and had asked the Continental Union to activate its civil protection mechanism', 'said'),
    s('Drusselian Interior Ministry', 'the Drusselian Interior Ministry', 'Neighbouring Drusselia sent two search-and-rescue teams with 90 members and 12 dogs', 'said'),
    s(ADMIN, ADMIN, '212 people had been admitted, 31 of them in serious condition', 'said'),
    s(ADMIN, 'he', '"We have two surgeons and one working operating theatre,"', 'said', 'direct'),
    s(ADMIN, '', '"We need blood, and we need it today."', '', 'direct'),
    s('Residents of Tarnet', 'Residents of Tarnet', 'many of the blocks that collapsed were built in the 1960s and had never been reinforced, despite a national programme launched in 2015 to strengthen older housing', 'said'),
    s('Viktor Sandal', 'Viktor Sandal', '"They painted the fronts and left the bones,"', 'said', 'direct', role='retired bus driver'),
    s('The construction ministry', 'The construction ministry', 'it would inspect every residential building put up before 1980 in the affected region within a month and publish the results street by street', 'said'),
)

NORVALE = 'Nordalis Airways'
CELADINE = 'Celadine Air'
PAIR = NORVALE + ' and ' + CELADINE
CEO = 'Margit Fennholm'

doc('af02-wire-norvale-celadine-airline-merger', 'Tidewire', '2032-03-02', '''
Nordalis Airways to buy rival Celadine for 24 bln crowns; pilots push back

HALDERSUND, March 2 (Tidewire) - Nordalis Airways said on Tuesday it had agreed to buy smaller rival Celadine Air for 24 billion crowns ($2.4 billion) in cash and shares, a deal that would create the largest carrier in the Skorvan region but faces scrutiny from competition regulators and opposition from pilots.

Celadine shareholders will receive 14.20 crowns per share, a 31 percent premium to Monday's closing price, the two companies said in a joint statement. The combined airline would operate about 190 aircraft and carry some 38 million passengers a year, they said.

"This is about scale. Low-cost carriers have taken a third of our short-haul market in five years, and neither of us could answer that alone," Nordalis Chief Executive Margit Fennholm told analysts on a conference call.

Fennholm said the company expected annual cost savings of around 1.1 billion crowns by the third year, mainly from combining maintenance, IT systems and sales, and that the Celadine brand would be kept on leisure routes for at least two years.

Asked whether the deal would mean job cuts, she said there would be "some overlap in head office functions" but no compulsory redundancies among flight crew.

Celadine Chairman Pieter Aalbers said the board had unanimously recommended the offer after "a thorough review of the alternatives, including remaining independent".

The Nordalis Pilots Association, which represents about 1,400 pilots at the two carriers, said it had not been consulted and would oppose any attempt to merge the seniority lists without a negotiated agreement.

"We read about this in the news like everyone else," association president Joran Ekdahl said. "If management thinks pilots will be a line in a synergy spreadsheet, they are about to learn otherwise."

The Skorvan Transport Workers' Union, which represents cabin crew at Celadine, said it would seek written guarantees on pay and home bases before the deal closed.

The deal needs approval from the Skorvan Competition Authority. In a brief statement, the authority said it would examine the transaction "with particular attention to routes where the two airlines are the only operators".

The two carriers overlap on 23 routes, according to data from aviation analytics firm Routefold.

Analysts said remedies were likely.

"I would expect the authority to demand slot divestments at Haldersund and probably at Vennick," said Lotte Brandvik, a transport analyst at Greylag Securities. "The question is whether Nordalis can give up enough slots to satisfy them without destroying the logic of the deal."

Nordalis shares fell 4.2 percent in Haldersund trading, while Celadine's jumped 27 percent, closing just below the offer price.

The Ministry of Transport, which owns a 12 percent stake in Celadine, said it would support the deal provided Haldersund's second airport kept its current number of connections. A ministry official, speaking on condition of anonymity, said the government had been told of the talks in January.

Celadine, founded in 1994 as a charter operator, has struggled since fuel prices rose in 2030 and reported a net loss of 610 million crowns last year. Nordalis returned to profit in 2031 after three years of losses.

The companies said they expected the deal to close in the first quarter of 2033.
''',
    s(NORVALE, NORVALE, 'it had agreed to buy smaller rival Celadine Air for 24 billion crowns ($2.4 billion) in cash and shares', 'said'),
    s(PAIR, 'the two companies', "Celadine shareholders will receive 14.20 crowns per share, a 31 percent premium to Monday's closing price", 'said'),
    s(PAIR, 'they', 'The combined airline would operate about 190 aircraft and carry some 38 million passengers a year', 'said'),
    s(CEO, 'Nordalis Chief Executive Margit Fennholm', '"This is about scale. Low-cost carriers have taken a third of our short-haul market in five years, and neither of us could answer that alone,"', 'told', 'direct', role='Nordalis Chief Executive'),
    s(CEO, 'Fennholm', 'the company expected annual cost savings of around 1.1 billion crowns by the third year, mainly from combining maintenance, IT systems and sales, and that the Celadine brand would be kept on leisure routes for at least two years', 'said', role='Nordalis Chief Executive'),
    s(CEO, 'she', 'there would be "some overlap in head office functions" but no compulsory redundancies among flight crew', 'said', 'mixed', role='Nordalis Chief Executive'),
    s('Pieter Aalbers', 'Celadine Chairman Pieter Aalbers', 'the board had unanimously recommended the offer after "a thorough review of the alternatives, including remaining independent".', 'said', 'mixed', role='Celadine Chairman'),
    s('Nordalis Pilots Association', 'The Nordalis Pilots Association', 'it had not been consulted and would oppose any attempt to merge the seniority lists without a negotiated agreement', 'said'),
    s('Joran Ekdahl', 'association president Joran Ekdahl', '"We read about this in the news like everyone else,"', 'said', 'direct', role='association president'),
    s('Joran Ekdahl', '', '"If management thinks pilots will be a line in a synergy spreadsheet, they are about to learn otherwise."', '', 'direct', role='association president'),
    s("Skorvan Transport Workers' Union", "The Skorvan Transport Workers' Union", 'it would seek written guarantees on pay and home bases before the deal closed', 'said'),
    s('Skorvan Competition Authority', 'the authority', 'it would examine the transaction "with particular attention to routes where the two airlines are the only operators".', 'said', 'mixed'),
    s('Routefold', 'aviation analytics firm Routefold', 'The two carriers overlap on 23 routes', 'according to'),
    s('Analysts', 'Analysts', 'remedies were likely', 'said'),
    s('Lotte Brandvik', 'Lotte Brandvik, a transport analyst at Greylag Securities', '"I would expect the authority to demand slot divestments at Haldersund and probably at Vennick,"', 'said', 'direct', role='transport analyst'),
    s('Lotte Brandvik', '', '"The question is whether Nordalis can give up enough slots to satisfy them without destroying the logic of the deal."', '', 'direct', role='transport analyst'),
    s('Ministry of Transport', 'The Ministry of Transport', "it would support the deal provided Haldersund's second airport kept its current number of connections", 'said'),
    s('A ministry official', 'A ministry official', 'the government had been told of the talks in January', 'said'),
    s(CELADINE, 'Celadine, founded in 1994 as a charter operator', 'a net loss of 610 million crowns last year', 'reported'),
    s(PAIR, 'The companies', 'they expected the deal to close in the first quarter of 2033', 'said'),
)

MANESCU = 'Ilario Manescu'
BRISCO = 'Natalya Brisanu'

doc('af03-wire-terevia-presidential-election-partial-results', 'AMI', '2032-10-10', '''
Terevia opposition claims win as partial count shows razor-thin race

Pallaso (AMI) - Terevia's main opposition candidate Ilario Manescu declared on Sunday night that he had won the country's presidential election, even as partial results showed him narrowly trailing the outgoing president.

With 61 percent of polling stations counted, President Natalya Brisanu had 47.8 percent of the vote against 46.1 percent for Manescu, the Central Electoral Commission said. Turnout was 64 percent, according to the commission.

"The numbers from our observers in every district say the same thing: Terevia has voted for change," Manescu told thousands of supporters waving orange flags outside his campaign headquarters in central Pallaso. "We will not let anyone steal this night from us."

Brisanu's camp dismissed the claim as "premature and irresponsible". Her campaign spokesman, Dumitru Vass, said the count in rural areas, where the president is strongest, had barely begun.

"Wait for the real results. Then we will talk," he told AMI.

The president herself did not appear in public on Sunday evening. In a short message on social media, she thanked voters "for a calm and dignified day" and said she would "respect every vote, counted in full".

The commission's chairwoman, Elif Sarandi, urged both candidates to "show restraint" until the final count, which she said would be completed by Tuesday.

International observers from the Continental Election Monitoring Mission said voting had been "generally orderly" but that they had recorded cases of pressure on public sector employees in at least four regions.

Brisanu, a 58-year-old former finance minister, is seeking a second five-year term after a campaign dominated by rising food prices and a bitter row with the neighbouring state of Ardesh over water rights on the Lenza river.

Manescu, 44, a former mayor of the port city of Velleto, has promised to cut fuel taxes and to hold a referendum on reforming the constitutional court.

At Brisanu's headquarters in a hotel on the river, the mood was subdued but confident.

"The villages have not spoken yet," said Marta Iosif, a 36-year-old teacher and party volunteer. "They always speak late, and they always speak for her."

Across town, Manescu supporters set off fireworks and blocked traffic on Liberation Boulevard.

"Twelve years of the same faces. Enough," said Andrei Colt, 23, a philosophy student who had travelled from Velleto to vote.

Political analyst Raluca Denz of the Pallaso Institute for Public Policy said a run-off was impossible because only two candidates had stood, but warned that a margin below one point "could poison the country for years" if either side refused to accept it.

"Both camps have spent the campaign telling their voters that the other side cheats. Tonight they are collecting the bill for that," she said.

The Continental Union's external affairs service said it was following the count closely and called on all parties to await the official results.

Under Terevia's constitution, the losing candidate has five days to challenge the outcome before the constitutional court, which must rule within ten days.
''',
    s(MANESCU, 'Terevia opposition', 'win', 'claims', role='main opposition candidate'),
    s(MANESCU, "Terevia's main opposition candidate Ilario Manescu", "he had won the country's presidential election", 'declared', role='main opposition candidate'),
    s('Central Electoral Commission', 'the Central Electoral Commission', 'With 61 percent of polling stations counted, President Natalya Brisanu had 47.8 percent of the vote against 46.1 percent for Manescu', 'said'),
    s('Central Electoral Commission', 'the commission', 'Turnout was 64 percent', 'according to'),
    s(MANESCU, 'Manescu', '"The numbers from our observers in every district say the same thing: Terevia has voted for change,"', 'told', 'direct', role='main opposition candidate'),
    s(MANESCU, '', '"We will not let anyone steal this night from us."', '', 'direct', role='main opposition candidate'),
    s("Brisanu's camp", "Brisanu's camp", 'the claim as "premature and irresponsible".', 'dismissed', 'mixed'),
    s('Dumitru Vass', 'Her campaign spokesman, Dumitru Vass', 'the count in rural areas, where the president is strongest, had barely begun', 'said', role='campaign spokesman'),
    s('Dumitru Vass', 'he', '"Wait for the real results. Then we will talk,"', 'told', 'direct', role='campaign spokesman'),
    s(BRISCO, 'she', 'she would "respect every vote, counted in full".', 'said', 'mixed', role='President'),
    s('Elif Sarandi', "The commission's chairwoman, Elif Sarandi", 'both candidates to "show restraint" until the final count', 'urged', 'mixed', role="commission's chairwoman"),
    s('Elif Sarandi', 'she', 'would be completed by Tuesday', 'said', role="commission's chairwoman"),
    s('Continental Election Monitoring Mission', 'International observers from the Continental Election Monitoring Mission', 'voting had been "generally orderly" but that they had recorded cases of pressure on public sector employees in at least four regions', 'said', 'mixed'),
    s(MANESCU, 'Manescu, 44, a former mayor of the port city of Velleto', 'to cut fuel taxes and to hold a referendum on reforming the constitutional court', 'has promised', role='former mayor of the port city of Velleto'),
    s('Marta Iosif', 'Marta Iosif', '"The villages have not spoken yet,"', 'said', 'direct', role='teacher and party volunteer'),
    s('Marta Iosif', '', '"They always speak late, and they always speak for her."', '', 'direct', role='teacher and party volunteer'),
    s('Andrei Colt', 'Andrei Colt', '"Twelve years of the same faces. Enough,"', 'said', 'direct', role='philosophy student'),
    s('Raluca Denz', 'Political analyst Raluca Denz of the Pallaso Institute for Public Policy', 'a run-off was impossible because only two candidates had stood', 'said', role='Political analyst'),
    s('Raluca Denz', 'Political analyst Raluca Denz of the Pallaso Institute for Public Policy', 'a margin below one point "could poison the country for years" if either side refused to accept it', 'warned', 'mixed', role='Political analyst'),
    s('Raluca Denz', 'she', '"Both camps have spent the campaign telling their voters that the other side cheats. Tonight they are collecting the bill for that,"', 'said', 'direct', role='Political analyst'),
    s("Continental Union's external affairs service", "The Continental Union's external affairs service", 'it was following the count closely', 'said'),
    s("Continental Union's external affairs service", "The Continental Union's external affairs service", 'all parties to await the official results', 'called on'),
)

ENVOY = 'Karim Dessaline'
R_ENVOY = "Kassoria's special envoy for the Varrak basin"
OFFICIALS = 'Two officials familiar with the negotiations'

doc('af04-wire-zambara-aid-workers-hostages-freed', 'CWS', '2032-09-06', '''
Three aid workers freed in Zambara after 97 days, mediator says

ISKEL, Kassoria, Sept 6 (CWS) - Three aid workers held for 97 days by an armed group in northern Zambara were released on Monday and flown to the Kassorian capital, Iskel, said Karim Dessaline, Kassoria's special envoy for the Varrak basin, who led the mediation.

The two women and one man, who work for the medical charity Wellspring Relief, were "tired, thin and very happy", Dessaline told reporters at Iskel airport, where the three were met by diplomats from their home countries.

The three - a nurse, a logistics coordinator and a water engineer - were seized on June 1 when gunmen stopped their convoy on the road between the towns of Ouadi Rassem and Tigal.

"There was no single moment. There were dozens of small steps, and any of them could have gone wrong," Dessaline said. He declined to say whether a ransom had been paid.

Two officials familiar with the negotiations, speaking on condition of anonymity because the talks were confidential, said a payment had been made through intermediaries in the last week of August.

"It was not cheap, and it was not the first offer," one of them said.

The Kassorian foreign ministry said in a statement that no ransom had been paid by the Kassorian state and that the release was the result of "patient dialogue with local leaders".

Wellspring Relief's director, Anouk Brevard, said the three were undergoing medical checks and would be flown home on Wednesday.

"Our colleagues are free. That is the only thing that matters to us tonight," she said in a statement. She thanked the Kassorian government and "everyone who worked quietly" for the release.

The armed group, known locally as the Sons of the Varrak, did not respond to requests for comment. It had demanded the release of 14 of its members from prisons in Zambara.

A Zambaran security official, who asked not to be named, said none of the prisoners had been freed and that the government "had no part in any deal".

Zambara's government spokesman, Idriss Malou, said on state radio that the army would "continue to hunt down those who take foreigners hostage, wherever they hide".

Kidnappings of foreigners have risen sharply in the Varrak basin since 2029, when most foreign troops withdrew from the region.

"Kidnapping has become a business model here," said Ines Abelard, a researcher at the Lindqvist Institute for Conflict Studies. "Every release, whatever the terms, tells the groups that foreigners are worth more alive than dead."

Governments were caught between the lives of their citizens and the risk of funding the next abduction, she said, adding that few of them were willing to discuss the dilemma openly.

The nurse's brother, Jonas Tormund, said by telephone that the family had learned of the release from a diplomat at 6 a.m. "My mother cried for an hour, and then she started cooking," he said.

At least five other foreigners are believed to be held in the region, according to aid groups working there.
''',
    s(ENVOY, "Karim Dessaline, Kassoria's special envoy for the Varrak basin, who led the mediation", 'Three aid workers held for 97 days by an armed group in northern Zambara were released on Monday and flown to the Kassorian capital, Iskel', 'said', role=R_ENVOY),
    s(ENVOY, 'mediator', 'Three aid workers freed in Zambara after 97 days', 'says', role=R_ENVOY),
    s(ENVOY, 'Dessaline', 'The two women and one man, who work for the medical charity Wellspring Relief, were "tired, thin and very happy"', 'told', 'mixed', role=R_ENVOY),
    s(ENVOY, 'Dessaline', '"There was no single moment. There were dozens of small steps, and any of them could have gone wrong,"', 'said', 'direct', role=R_ENVOY),
    s(OFFICIALS, OFFICIALS, 'a payment had been made through intermediaries in the last week of August', 'said'),
    s('one of them', 'one of them', '"It was not cheap, and it was not the first offer,"', 'said', 'direct'),
    s('Kassorian foreign ministry', 'The Kassorian foreign ministry', 'no ransom had been paid by the Kassorian state and that the release was the result of "patient dialogue with local leaders".', 'said', 'mixed'),
    s('Anouk Brevard', "Wellspring Relief's director, Anouk Brevard", 'the three were undergoing medical checks and would be flown home on Wednesday', 'said', role='director'),
    s('Anouk Brevard', 'she', '"Our colleagues are free. That is the only thing that matters to us tonight,"', 'said', 'direct', role='director'),
    s('Sons of the Varrak', 'It', 'the release of 14 of its members from prisons in Zambara', 'had demanded'),
    s('A Zambaran security official', 'A Zambaran security official', 'none of the prisoners had been freed and that the government "had no part in any deal".', 'said', 'mixed'),
    s('Idriss Malou', "Zambara's government spokesman, Idriss Malou", 'the army would "continue to hunt down those who take foreigners hostage, wherever they hide".', 'said', 'mixed', role='government spokesman'),
    s('Ines Abelard', 'Ines Abelard, a researcher at the Lindqvist Institute for Conflict Studies', '"Kidnapping has become a business model here,"', 'said', 'direct', role='researcher'),
    s('Ines Abelard', '', '"Every release, whatever the terms, tells the groups that foreigners are worth more alive than dead."', '', 'direct', role='researcher'),
    s('Ines Abelard', 'she', 'Governments were caught between the lives of their citizens and the risk of funding the next abduction', 'said', role='researcher'),
    s('Ines Abelard', 'she', 'few of them were willing to discuss the dilemma openly', 'adding', role='researcher'),
    s('Jonas Tormund', "The nurse's brother, Jonas Tormund", 'the family had learned of the release from a diplomat at 6 a.m.', 'said', role="nurse's brother"),
    s('Jonas Tormund', 'he', '"My mother cried for an hour, and then she started cooking,"', 'said', 'direct', role="nurse's brother"),
    s('aid groups working there', 'aid groups working there', 'At least five other foreigners are believed to be held in the region', 'according to'),
)

RENN = 'Tobias Renn'
MARS = 'Ida Marstrand'

doc('af05-wire-korvane-crown-currency-wrap', 'Ledger Wire', '2032-11-18', '''
FOREX-Tavastel crown slides to two-year low as central bank hints at pause; dollar firm

By Leona Pask

SANDHAVEN, Nov 18 (Ledger Wire) - The Tavastel crown fell to its weakest level in two years against the dollar on Thursday after the central bank's governor said interest rates had "probably peaked", while the dollar held near a three-week high ahead of U.S. retail sales data.

The crown was down 1.1 percent at 11.62 per dollar by 1430 GMT, having touched 11.68, its lowest since November 2030. Against the euro it lost 0.9 percent.

Tavastel National Bank Governor Tobias Renn told a parliamentary committee that inflation, at 3.4 percent in October, was "on the right path" and that the bank saw "no need for further tightening at this stage".

"Markets heard 'peaked' and stopped listening," said Ida Marstrand, senior currency strategist at Gullholm Bank in Sandhaven. "The governor did not promise cuts, but he did not need to."

Marstrand said she expected the crown to test 12 per dollar by the end of the year unless the bank changed its tone at its December meeting.

Traders said the move had been exaggerated by thin liquidity ahead of a public holiday on Friday, with several large exporters holding back their dollar sales.

Finance Minister Greta Holm said she was not worried by the decline. "A weaker crown helps our exporters, and our exporters are our economy," she told reporters in parliament.

The Tavastel Retailers' Federation took a different view. It warned that a prolonged slide would push up food prices before Christmas and urged the central bank to "think about the shopping basket, not only the bond market".

Statistics Tavastel said on Thursday that the trade surplus narrowed to 4.1 billion crowns in October from 5.3 billion in September, as energy imports rose.

Elsewhere, the dollar index, which measures the greenback against six major currencies, was flat at 104.8, up 1.2 percent over the past three weeks.

"The dollar is where it is because nobody wants to bet against the American consumer before Friday's numbers," said Carsten Uhlig, head of currency research at Pellham Capital in Brannholt.

The euro was little changed at $1.0740. Analysts at Torvik Securities said in a note to clients that the single currency was likely to stay in a narrow range until the euro zone's rate decision in December.

In emerging markets, the Zelmiran mark rose 0.6 percent after Zelmira's finance ministry said it would issue less debt next year than it had planned, citing stronger tax revenue.

Not everyone was gloomy about the crown.

"The fundamentals have not changed in one afternoon. Current account surplus, low public debt, a banking system with plenty of capital," said Noor Hadley, an economist at Fenwick & Drury in Sandhaven. "At these levels I would be a buyer of the crown, not a seller."

Hadley said the central bank was right to stop raising rates and predicted the currency would recover "most of today's losses" within a month once the holiday was over.

The Tavastel stock index closed 0.4 percent higher, helped by shipping and timber companies that earn most of their revenue abroad.
''',
    s(RENN, "the central bank's governor", 'interest rates had "probably peaked"', 'said', 'mixed', role='Tavastel National Bank Governor'),
    s(RENN, 'Tavastel National Bank Governor Tobias Renn', 'inflation, at 3.4 percent in October, was "on the right path" and that the bank saw "no need for further tightening at this stage".', 'told', 'mixed', role='Tavastel National Bank Governor'),
    s(MARS, 'Ida Marstrand, senior currency strategist at Gullholm Bank in Sandhaven', '"Markets heard \'peaked\' and stopped listening,"', 'said', 'direct', role='senior currency strategist'),
    s(MARS, '', '"The governor did not promise cuts, but he did not need to."', '', 'direct', role='senior currency strategist'),
    s(MARS, 'Marstrand', 'she expected the crown to test 12 per dollar by the end of the year unless the bank changed its tone at its December meeting', 'said', role='senior currency strategist'),
    s('Traders', 'Traders', 'the move had been exaggerated by thin liquidity ahead of a public holiday on Friday, with several large exporters holding back their dollar sales', 'said'),
    s('Greta Holm', 'Finance Minister Greta Holm', 'she was not worried by the decline', 'said', role='Finance Minister'),
    s('Greta Holm', 'she', '"A weaker crown helps our exporters, and our exporters are our economy,"', 'told', 'direct', role='Finance Minister'),
    s("Tavastel Retailers' Federation", 'It', 'a prolonged slide would push up food prices before Christmas', 'warned'),
    s("Tavastel Retailers' Federation", 'It', 'the central bank to "think about the shopping basket, not only the bond market".', 'urged', 'mixed'),
    s('Statistics Tavastel', 'Statistics Tavastel', 'the trade surplus narrowed to 4.1 billion crowns in October from 5.3 billion in September, as energy imports rose', 'said'),
    s('Carsten Uhlig', 'Carsten Uhlig, head of currency research at Pellham Capital in Brannholt', '"The dollar is where it is because nobody wants to bet against the American consumer before Friday\'s numbers,"', 'said', 'direct', role='head of currency research'),
    s('Analysts at Torvik Securities', 'Analysts at Torvik Securities', "the single currency was likely to stay in a narrow range until the euro zone's rate decision in December", 'said'),
    s("Zelmira's finance ministry", "Zelmira's finance ministry", 'it would issue less debt next year than it had planned', 'said'),
    s("Zelmira's finance ministry", "Zelmira's finance ministry", 'stronger tax revenue', 'citing'),
    s('Noor Hadley', 'Noor Hadley, an economist at Fenwick & Drury in Sandhaven', '"The fundamentals have not changed in one afternoon. Current account surplus, low public debt, a banking system with plenty of capital,"', 'said', 'direct', role='economist'),
    s('Noor Hadley', '', '"At these levels I would be a buyer of the crown, not a seller."', '', 'direct', role='economist'),
    s('Noor Hadley', 'Hadley', 'the central bank was right to stop raising rates', 'said', role='economist'),
    s('Noor Hadley', 'Hadley', 'the currency would recover "most of today\'s losses" within a month once the holiday was over', 'predicted', 'mixed', role='economist'),
)
