"""Set AD's five wire stories (see build_ad.py)."""
from invented_common import doc_spans as doc, s

PM_V = 'Oskar Delvaux-Mbeki'
JUDGE_O = 'Halvard Osterkamp-Nyame'
R_JUDGE_O = "the tribunal's president"
UNION_V = 'Ilse Brandvold-Kuffour'

doc('ad01-wire-court-varnholt-tribunal-strikes-down-media-law', 'Vantrell Press Agency', '2031-02-17', '''
Varnholt court strikes down law forcing news sites to register as foreign agents

LIRSKA, Feb 17 (Vantrell) - Varnholt's Constitutional Tribunal on Tuesday struck down a law that would have required news websites receiving money from abroad to register as foreign agents, handing a rare defeat to the government of Prime Minister Oskar Delvaux-Mbeki eight months before a general election.

In a 7-2 ruling, the tribunal said the law's definition of foreign funding was "so broad that almost any independent outlet could fall within it" and that the registration duty breached the constitution's guarantee of a free press.

The law, passed by parliament in November, would have obliged any outlet receiving more than a tenth of its income from abroad to label every article as the work of a foreign agent and to file quarterly accounts with the Ministry of Information.

Reading out the judgment, the tribunal's president, Judge Halvard Osterkamp-Nyame, said the state had a legitimate interest in knowing who paid for the media but had chosen "the heaviest instrument available" to find out. "A label that follows every sentence a journalist writes is not transparency. It is a warning," he said.

Two judges dissented. In a separate opinion, Judge Marta Querelle-Bassompe wrote that parliament was entitled to protect voters from "covert influence" and that the majority had put its own judgment in place of that of elected lawmakers.

The Ministry of Information said in a statement that it respected the tribunal's decision and would propose a new text "that answers the concerns raised". It did not say when.

Delvaux-Mbeki, whose Civic Renewal party leads the polls by a narrow margin, has said the law was needed to shield the country from "information warfare" by its larger neighbours. He made no comment on Tuesday.

The Varnholt Union of Journalists welcomed the ruling as "a victory for every reader in this country". Its chairwoman, Ilse Brandvold-Kuffour, said about 40 websites, including most of the regional press, would have been caught by the law.

"Some of us would have shut down rather than wear that label," she said by telephone. "Today we can go back to work."

Opposition leader Rasmus Eikeland-Tetteh called the ruling "a lesson in humility" for the government and said his Social Alliance would make press freedom a central issue of the campaign.

According to the tribunal's press office, the judgment will be published in the official gazette on Friday, when it takes effect. The ruling cannot be appealed.

Lawyers for the four outlets that brought the case said they would now seek compensation for the costs of preparing to register. "Our clients spent months and a great deal of money getting ready to comply with a law that should never have been passed," said Annelie Sorvik-Oduya, who represented two of them.

A diplomat from a member state of the Council of Northern States, who asked not to be named because he was not authorised to speak to the press, said the ruling would ease pressure on Varnholt in talks on a regional trade agreement. "It removes one obstacle. There are others," he said.

Varnholt's parliament passed a separate law in 2030 limiting street protests near government buildings. That law is also before the tribunal, which is expected to rule on it in the spring.

(Reporting by Dagny Holtebruun-Asare; Editing by Corwin Mabberley)
''',
    s('Constitutional Tribunal', 'the tribunal', 'the law\'s definition of foreign funding was "so broad that almost any independent outlet could fall within it" and that the registration duty breached the constitution\'s guarantee of a free press', 'said', 'mixed'),
    s(JUDGE_O, "the tribunal's president, Judge Halvard Osterkamp-Nyame", 'the state had a legitimate interest in knowing who paid for the media but had chosen "the heaviest instrument available" to find out', 'said', 'mixed', role=R_JUDGE_O),
    s(JUDGE_O, 'he', '"A label that follows every sentence a journalist writes is not transparency. It is a warning,"', 'said', 'direct', role=R_JUDGE_O),
    s('Marta Querelle-Bassompe', 'Judge Marta Querelle-Bassompe', 'parliament was entitled to protect voters from "covert influence" and that the majority had put its own judgment in place of that of elected lawmakers', 'wrote', 'mixed', role='Judge'),
    s('Ministry of Information', 'The Ministry of Information', 'it respected the tribunal\'s decision and would propose a new text "that answers the concerns raised"', 'said', 'mixed'),
    s(PM_V, 'Delvaux-Mbeki', 'the law was needed to shield the country from "information warfare" by its larger neighbours', 'has said', 'mixed', role='Prime Minister'),
    s('Varnholt Union of Journalists', 'The Varnholt Union of Journalists', 'the ruling as "a victory for every reader in this country"', 'welcomed', 'mixed'),
    s(UNION_V, 'Its chairwoman, Ilse Brandvold-Kuffour', 'about 40 websites, including most of the regional press, would have been caught by the law', 'said', role='chairwoman'),
    s(UNION_V, 'she', '"Some of us would have shut down rather than wear that label,"', 'said', 'direct', role='chairwoman'),
    s(UNION_V, '', '"Today we can go back to work."', '', 'direct', role='chairwoman'),
    s('Rasmus Eikeland-Tetteh', 'Opposition leader Rasmus Eikeland-Tetteh', 'the ruling "a lesson in humility" for the government', 'called', 'mixed', role='Opposition leader'),
    s('Rasmus Eikeland-Tetteh', 'Opposition leader Rasmus Eikeland-Tetteh', 'his Social Alliance would make press freedom a central issue of the campaign', 'said', role='Opposition leader'),
    s('Constitutional Tribunal', "the tribunal's press office", 'the judgment will be published in the official gazette on Friday, when it takes effect', 'According to'),
    s('Lawyers for the four outlets that brought the case', 'Lawyers for the four outlets that brought the case', 'they would now seek compensation for the costs of preparing to register', 'said'),
    s('Annelie Sorvik-Oduya', 'Annelie Sorvik-Oduya', '"Our clients spent months and a great deal of money getting ready to comply with a law that should never have been passed,"', 'said', 'direct'),
    s('A diplomat from a member state of the Council of Northern States', 'A diplomat from a member state of the Council of Northern States', 'the ruling would ease pressure on Varnholt in talks on a regional trade agreement', 'said'),
    s('A diplomat from a member state of the Council of Northern States', 'he', '"It removes one obstacle. There are others,"', 'said', 'direct'),
)

CAND_W = 'Lorraine Abernathy-Quaye'
CAND_L = 'Desmond Pelletreau'

doc('ad02-wire-election-night-brackenhurst-mayor', 'The Associated Press', '2031-11-05', '''
Abernathy-Quaye wins Brackenhurst mayor's race, first woman to lead the city

BRACKENRIDGE, Minn. (AP) - City council president Lorraine Abernathy-Quaye won the race for mayor of Brackenhurst on Tuesday, defeating a two-term incumbent who had been weakened by a dispute over the city's water utility and becoming the first woman elected to run Minnesota's fourth-largest city.

With about 94% of precincts reporting, Abernathy-Quaye had 53.8% of the vote to 45.1% for Mayor Desmond Pelletreau, according to unofficial results from the Hollivant County elections office. The Associated Press declared her the winner shortly before 11 p.m.

"Tonight this city chose to fix what is broken instead of pretending it works," Abernathy-Quaye told several hundred supporters packed into a union hall on the city's east side. "Starting tomorrow, we turn on the taps and we earn back your trust."

Pelletreau conceded in a brief speech at a downtown hotel. He said he had called Abernathy-Quaye to congratulate her and urged his supporters to "give the new mayor the chance this city gave me eight years ago."

The race was dominated by last year's failure at the Lindemeyer Avenue treatment plant, which left about 60,000 residents under a boil-water order for nearly three weeks. A state inspection report released in March found that the utility had postponed required maintenance for four years to hold down rates.

Abernathy-Quaye, 49, a former nurse, made the water crisis the center of her campaign. She has promised to put the utility under an independent board and to publish test results online every week.

Voters leaving a polling place at Fairholm Elementary School said water was on their minds. "I boiled water for my kids for 19 days. That's my whole vote right there," said Teresa Valcourt-Minns, 36, who works at a distribution warehouse.

Others said they stayed with the incumbent. Hal Oberndorf, a retired machinist, said Pelletreau had kept property taxes flat and brought a new hospital to the north side. "You don't fire a guy for one bad year," he said.

Turnout was about 41%, the highest for a city election in two decades, according to the county elections director, Priya Okafor-Lindahl. She said long lines at several east side precincts had kept some polling places open past the 8 p.m. closing time for voters already in line.

Pelletreau's campaign manager, Curtis Hamblin-Oyelaran, said the mayor had run "a campaign he can be proud of" and blamed the result on what he called "a year of bad luck at a single plant."

The city council also changed hands. Candidates backed by Abernathy-Quaye won at least five of the nine seats, giving the new mayor a working majority when she takes office in January.

Political scientist Joanna Brisbois-Amankwah of Hollivant State University said the result showed how a single failure of basic services can outweigh years of a steady record. "Voters forgive a lot. They do not forgive brown water coming out of the kitchen faucet," she said.

In a second race on the ballot, voters approved a $180 million bond for repairs to the water system by a wide margin, the elections office said.

Abernathy-Quaye said her first act as mayor would be to order an outside audit of the utility's books. Asked whether she would keep the utility's director, she said only that "everyone will be judged on what they do from here."
''',
    s('Hollivant County elections office', 'unofficial results from the Hollivant County elections office', 'Abernathy-Quaye had 53.8% of the vote to 45.1% for Mayor Desmond Pelletreau', 'according to'),
    s(CAND_W, 'Abernathy-Quaye', '"Tonight this city chose to fix what is broken instead of pretending it works,"', 'told', 'direct', role='City council president'),
    s(CAND_W, '', '"Starting tomorrow, we turn on the taps and we earn back your trust."', '', 'direct', role='City council president'),
    s(CAND_L, 'He', 'he had called Abernathy-Quaye to congratulate her', 'said', role='Mayor'),
    s(CAND_L, 'He', 'his supporters to "give the new mayor the chance this city gave me eight years ago."', 'urged', 'mixed', role='Mayor'),
    s('A state inspection report released in March', 'A state inspection report released in March', 'the utility had postponed required maintenance for four years to hold down rates', 'found'),
    s(CAND_W, 'She', 'to put the utility under an independent board and to publish test results online every week', 'has promised', role='City council president'),
    s('Voters leaving a polling place at Fairholm Elementary School', 'Voters leaving a polling place at Fairholm Elementary School', 'water was on their minds', 'said'),
    s('Teresa Valcourt-Minns', 'Teresa Valcourt-Minns, 36, who works at a distribution warehouse', '"I boiled water for my kids for 19 days. That\'s my whole vote right there,"', 'said', 'direct'),
    s('Others', 'Others', 'they stayed with the incumbent', 'said'),
    s('Hal Oberndorf', 'Hal Oberndorf, a retired machinist', 'Pelletreau had kept property taxes flat and brought a new hospital to the north side', 'said', role='retired machinist'),
    s('Hal Oberndorf', 'he', '"You don\'t fire a guy for one bad year,"', 'said', 'direct', role='retired machinist'),
    s('Priya Okafor-Lindahl', 'the county elections director, Priya Okafor-Lindahl', 'Turnout was about 41%, the highest for a city election in two decades', 'according to', role='county elections director'),
    s('Priya Okafor-Lindahl', 'She', 'long lines at several east side precincts had kept some polling places open past the 8 p.m. closing time for voters already in line', 'said', role='county elections director'),
    s('Curtis Hamblin-Oyelaran', "Pelletreau's campaign manager, Curtis Hamblin-Oyelaran", 'the mayor had run "a campaign he can be proud of"', 'said', 'mixed', role='campaign manager'),
    s('Curtis Hamblin-Oyelaran', "Pelletreau's campaign manager, Curtis Hamblin-Oyelaran", 'the result on what he called "a year of bad luck at a single plant."', 'blamed', 'mixed', role='campaign manager'),
    s('Joanna Brisbois-Amankwah', 'Political scientist Joanna Brisbois-Amankwah of Hollivant State University', 'the result showed how a single failure of basic services can outweigh years of a steady record', 'said', role='Political scientist'),
    s('Joanna Brisbois-Amankwah', 'she', '"Voters forgive a lot. They do not forgive brown water coming out of the kitchen faucet,"', 'said', 'direct', role='Political scientist'),
    s('Hollivant County elections office', 'the elections office', 'voters approved a $180 million bond for repairs to the water system by a wide margin', 'said'),
    s('Curtis Hamblin-Oyelaran', 'he', '"a year of bad luck at a single plant."', 'called', 'direct', role='campaign manager', nested=True),
    s(CAND_W, 'Abernathy-Quaye', "her first act as mayor would be to order an outside audit of the utility's books", 'said', role='City council president'),
    s(CAND_W, 'she', '"everyone will be judged on what they do from here."', 'said', 'direct', role='City council president'),
)

CEO_K = 'Benedetta Rauschfeld-Appiah'
CFO_K = 'Gunnar Stavelund'
KELV = 'Haldrune Systems'

doc('ad03-wire-results-haldrune-systems-quarterly-profit', 'Reuters', '2031-07-24', '''
Haldrune Systems profit beats forecasts as data centre demand offsets weak auto orders

* Q2 operating profit 412 mln euros vs 371 mln expected
* Auto chip orders fall 18%, CEO sees recovery in 2032
* Shares up 6% in early trade

By Mattias Oyelowo-Brandt

TARNBERG, July 24 (Reuters) - Chipmaker Haldrune Systems reported a better-than-expected rise in second-quarter operating profit on Thursday as orders for power chips used in data centres more than made up for a slump in demand from carmakers.

Operating profit rose 9% to 412 million euros in the three months to June, the Tarnberg-based company said in a statement, beating the 371 million euros forecast by analysts in a company-compiled poll. Revenue was flat at 2.9 billion euros.

Chief Executive Benedetta Rauschfeld-Appiah said data centre customers were "buying everything we can make" and that the company would add a third shift at its plant in Osterwald from September.

"The auto business is where it was a year ago: stuck," she told reporters on a call. "We are not going to pretend otherwise, but we see the bottom."

Orders from carmakers fell 18% from a year earlier as European manufacturers cut production of electric models. Rauschfeld-Appiah said she expected auto demand to recover in the first half of 2032, later than the company had predicted in April.

Haldrune's shares rose 6% in early trade, among the best performers on the regional technology index.

Analysts said the results eased fears that the auto slump would drag the company into a loss this year. "The data centre business is growing faster than the car business is shrinking, which is all investors wanted to hear," said Ines Kowalczyk-Bamfo, an analyst at Strouding Vayle.

Jens Morvik of Baltard Securities was more cautious. He noted that the company's order backlog had shrunk for a third straight quarter and warned that prices for data centre chips could fall once new capacity in Asia comes online next year.

Finance Chief Gunnar Stavelund told analysts the company would cut capital spending by about 200 million euros this year, mostly by delaying an expansion in Ruvenmark. He said the delay was "a matter of timing, not of conviction."

Rauschfeld-Appiah also said the company was in talks with two carmakers about long-term supply contracts that would fix prices for five years, but gave no names. "They want certainty and so do we," she said.

Some investors have pushed the company to spin off its automotive unit. Rauschfeld-Appiah said on the call that a separation was "not on the table this year" and that the board would review the structure of the group in 2032.

The company kept its full-year outlook for revenue of 11.5 billion to 12 billion euros. It said that a planned share buyback of 500 million euros would start in the fourth quarter.

Haldrune, which employs about 31,000 people, announced in May that it would cut 1,400 jobs in its automotive division. The IG Ferrotek union, which represents workers at the group's two largest plants, said on Thursday that the profit figures showed the cuts were "not necessary and not fair".

A spokeswoman for Haldrune declined to comment on the union's remarks.

(Reporting by Mattias Oyelowo-Brandt; Additional reporting by Solveig Eckhart-Mensah; Editing by Rupert Gallimore)
''',
    s(CEO_K, 'CEO', 'recovery in 2032', 'sees', role='Chief Executive'),
    s(KELV, 'Chipmaker Haldrune Systems', 'a better-than-expected rise in second-quarter operating profit', 'reported'),
    s(KELV, 'the Tarnberg-based company', 'Operating profit rose 9% to 412 million euros in the three months to June', 'said'),
    s(CEO_K, 'Chief Executive Benedetta Rauschfeld-Appiah', 'data centre customers were "buying everything we can make" and that the company would add a third shift at its plant in Osterwald from September', 'said', 'mixed', role='Chief Executive'),
    s(CEO_K, 'she', '"The auto business is where it was a year ago: stuck,"', 'told', 'direct', role='Chief Executive'),
    s(CEO_K, '', '"We are not going to pretend otherwise, but we see the bottom."', '', 'direct', role='Chief Executive'),
    s(CEO_K, 'Rauschfeld-Appiah', 'she expected auto demand to recover in the first half of 2032, later than the company had predicted in April', 'said', role='Chief Executive'),
    s('Analysts', 'Analysts', 'the results eased fears that the auto slump would drag the company into a loss this year', 'said'),
    s('Ines Kowalczyk-Bamfo', 'Ines Kowalczyk-Bamfo, an analyst at Strouding Vayle', '"The data centre business is growing faster than the car business is shrinking, which is all investors wanted to hear,"', 'said', 'direct', role='analyst at Strouding Vayle'),
    s('Jens Morvik', 'He', "the company's order backlog had shrunk for a third straight quarter", 'noted'),
    s('Jens Morvik', 'He', 'prices for data centre chips could fall once new capacity in Asia comes online next year', 'warned'),
    s(CFO_K, 'Finance Chief Gunnar Stavelund', 'the company would cut capital spending by about 200 million euros this year, mostly by delaying an expansion in Ruvenmark', 'told', role='Finance Chief'),
    s(CFO_K, 'He', 'the delay was "a matter of timing, not of conviction."', 'said', 'mixed', role='Finance Chief'),
    s(CEO_K, 'Rauschfeld-Appiah', 'the company was in talks with two carmakers about long-term supply contracts that would fix prices for five years', 'said', role='Chief Executive'),
    s(CEO_K, 'she', '"They want certainty and so do we,"', 'said', 'direct', role='Chief Executive'),
    s(CEO_K, 'Rauschfeld-Appiah', 'a separation was "not on the table this year" and that the board would review the structure of the group in 2032', 'said', 'mixed', role='Chief Executive'),
    s(KELV, 'It', 'a planned share buyback of 500 million euros would start in the fourth quarter', 'said'),
    s(KELV, 'Haldrune', 'it would cut 1,400 jobs in its automotive division', 'announced'),
    s('IG Ferrotek', 'The IG Ferrotek union', 'the profit figures showed the cuts were "not necessary and not fair"', 'said', 'mixed'),
)

AGENCY_D = 'National Institute for Public Health of Dravonia'
DG_D = 'Mirela Constantinescu-Adjei'
EPI_D = 'Tobias Hanlon-Ekwueme'

doc('ad04-wire-health-dravonia-cholera-outbreak-update', 'Southern Cross News Service', '2031-08-29', '''
Cholera cases in Dravonia's Velmark province rise to 212, health agency says

Four deaths confirmed; vaccination campaign to start Monday

PORT ISENNE, Aug 29 (SCNS) - The number of confirmed cholera cases in Dravonia's southern Velmark province has risen to 212, including four deaths, the National Institute for Public Health of Dravonia said on Friday, and the outbreak has spread from the port city of Kalvas to two inland districts.

In its weekly bulletin, the institute said 61 new cases had been confirmed in the seven days to Thursday, compared with 48 the week before. Most patients are adults who drank water from private wells or bought ice from street vendors, the bulletin said.

The institute's director general, Mirela Constantinescu-Adjei, told a news conference in the capital that the outbreak was "serious but contained" and that the risk to other provinces remained low.

"We know where the infection is coming from, and we know how to stop it," she said. "What we need now is for every household in the affected districts to boil its water, every time, without exception."

A vaccination campaign using 150,000 doses of oral vaccine delivered by a regional stockpile will begin on Monday in Kalvas and the districts of Orlen and Sebrava, she said. Children over the age of one, pregnant women and health workers will be vaccinated first.

According to the institute's figures, 37 patients remain in hospital. The four who died were all over 60 and had other illnesses, the head of the institute's epidemiology department, Tobias Hanlon-Ekwueme, said.

Hanlon-Ekwueme said samples taken from the Kalvas water network had been clean since Aug. 20, after the city added chlorine at its main pumping station, but that tests of 40 private wells had found the bacterium in nine of them.

The provincial government has closed the two largest fish markets in Kalvas until further notice and banned the sale of ice by unlicensed vendors.

Doctors at the Kalvas district hospital said the number of people arriving with severe diarrhoea had fallen over the past three days. "The first week we had patients on mattresses in the corridor. This week we have empty beds," said Dr. Esther Amoako-Lindgren, who runs the hospital's infectious diseases ward.

Not everyone in Kalvas was reassured. Fisherman Petar Volkonsky-Baah said the market closure had cost him most of his income for the month. "They tell us to boil water. Fine. But who pays for the gas?" he said.

The regional office of the World Health Organization said in a statement that it was sending a team of four experts to support surveillance in Velmark and praised Dravonia's "rapid and transparent reporting" of the outbreak.

Dravonia last recorded a cholera outbreak in 2024, when 1,100 people fell ill after flooding in the north. Health officials have warned for years that the water networks of several southern towns are too old to cope with summer heat.

Constantinescu-Adjei said the institute would publish daily figures from Monday for as long as the vaccination campaign lasts.
''',
    s(AGENCY_D, 'health agency', "Cholera cases in Dravonia's Velmark province rise to 212", 'says'),
    s(AGENCY_D, 'the National Institute for Public Health of Dravonia', "The number of confirmed cholera cases in Dravonia's southern Velmark province has risen to 212, including four deaths", 'said'),
    s(AGENCY_D, 'the institute', '61 new cases had been confirmed in the seven days to Thursday, compared with 48 the week before', 'said'),
    s(AGENCY_D, 'the bulletin', 'Most patients are adults who drank water from private wells or bought ice from street vendors', 'said'),
    s(DG_D, "The institute's director general, Mirela Constantinescu-Adjei", 'the outbreak was "serious but contained" and that the risk to other provinces remained low', 'told', 'mixed', role='director general'),
    s(DG_D, 'she', '"We know where the infection is coming from, and we know how to stop it,"', 'said', 'direct', role='director general'),
    s(DG_D, '', '"What we need now is for every household in the affected districts to boil its water, every time, without exception."', '', 'direct', role='director general'),
    s(DG_D, 'she', 'A vaccination campaign using 150,000 doses of oral vaccine delivered by a regional stockpile will begin on Monday in Kalvas and the districts of Orlen and Sebrava', 'said', role='director general'),
    s(AGENCY_D, "the institute's figures", '37 patients remain in hospital', 'According to'),
    s(EPI_D, "the head of the institute's epidemiology department, Tobias Hanlon-Ekwueme", 'The four who died were all over 60 and had other illnesses', 'said', role="head of the institute's epidemiology department"),
    s(EPI_D, 'Hanlon-Ekwueme', 'samples taken from the Kalvas water network had been clean since Aug. 20|found the bacterium in nine of them', 'said', role="head of the institute's epidemiology department"),
    s('Doctors at the Kalvas district hospital', 'Doctors at the Kalvas district hospital', 'the number of people arriving with severe diarrhoea had fallen over the past three days', 'said'),
    s('Esther Amoako-Lindgren', "Dr. Esther Amoako-Lindgren, who runs the hospital's infectious diseases ward", '"The first week we had patients on mattresses in the corridor. This week we have empty beds,"', 'said', 'direct'),
    s('Petar Volkonsky-Baah', 'Fisherman Petar Volkonsky-Baah', 'the market closure had cost him most of his income for the month', 'said', role='Fisherman'),
    s('Petar Volkonsky-Baah', 'he', '"They tell us to boil water. Fine. But who pays for the gas?"', 'said', 'direct', role='Fisherman'),
    s('regional office of the World Health Organization', 'The regional office of the World Health Organization', 'it was sending a team of four experts to support surveillance in Velmark', 'said'),
    s('regional office of the World Health Organization', 'The regional office of the World Health Organization', 'Dravonia\'s "rapid and transparent reporting" of the outbreak', 'praised', 'mixed'),
    s('Health officials', 'Health officials', 'the water networks of several southern towns are too old to cope with summer heat', 'have warned'),
    s(DG_D, 'Constantinescu-Adjei', 'the institute would publish daily figures from Monday for as long as the vaccination campaign lasts', 'said', role='director general'),
)

FM_O = 'Kasimir Wendeborg-Tamakloe'
SPOX_K = 'Ludmila Harjanto-Voss'
OFF2 = 'two officials familiar with the negotiations'

doc('ad05-wire-diplomacy-ostvaria-kerevia-border-crossing', 'Vantrell Press Agency', '2031-04-08', '''
Ostvaria says border deal with Kerevia "within reach" after secret talks

SALDENHOF, April 8 (Vantrell) - Ostvaria and Kerevia are close to an agreement to reopen the Tevvel river crossing that has been shut for six years, Ostvaria's foreign minister said on Tuesday, confirming for the first time that the two governments have held direct talks.

"A deal is within reach. I would not say that if I did not believe it," Foreign Minister Kasimir Wendeborg-Tamakloe told reporters after a cabinet meeting in Saldenhof. He declined to say when an agreement might be signed.

The talks, held in a neutral third country over the past four months, have been led on both sides by deputy foreign ministers, two officials familiar with the negotiations said. Both spoke on condition of anonymity because the talks are confidential.

The main sticking point is who will control customs checks on the bridge, the officials said. Kerevia wants joint inspections on both banks, while Ostvaria has offered only to share data from its own checkpoints, according to one of them.

According to a draft text seen by Vantrell, the crossing would reopen to pedestrians and cars within 90 days of signing and to freight traffic six months later. The draft also says that both sides will "refrain from hostile statements" about each other in official media.

Kerevia's foreign ministry was more guarded. Its spokeswoman, Ludmila Harjanto-Voss, said at a regular briefing that "contacts are continuing" but that "nothing is agreed until everything is agreed." She did not answer questions about the draft.

A senior Kerevian official, speaking on condition of anonymity, said the government in Dunvarra wanted guarantees that Ostvaria would not allow opposition groups based on its territory to use the crossing. "That is the real question for us, not the customs booths," the official said.

The crossing was closed in 2025 after a shooting on the bridge in which two Kerevian border guards were killed. Each side blamed the other for the incident.

Ostvaria's interior ministry, which runs the border police, said in a separate statement that it had begun hiring 120 customs officers "in anticipation of increased traffic" on the Tevvel.

Analysts cautioned against reading too much into the minister's optimism. "Ostvaria has announced breakthroughs before," said Rhiannon Callaghan-Obeng, who studies the region at the Institute for Border Studies in Harwick. "The difference this time is that Kerevia has not denied the talks."

Traders in the border town of Vessling said the closure had cut their business by half. "My grandfather sold flour across that bridge. I sell it to nobody," said Anselm Birkenhauer, who runs a mill a few hundred metres from the river.

A Western diplomat in Saldenhof said the United States and several European governments had quietly encouraged the talks and were ready to help pay for new inspection facilities. "Everyone wants this to work, including people in both capitals who cannot say so in public," the diplomat said.

Ostvaria's opposition Homeland Party accused the government of preparing to "sell out" border security in exchange for trade. Its leader, Adela Pruszynski-Owusu, said parliament must vote on any agreement before it takes effect.

Wendeborg-Tamakloe said the agreement would be an executive one and would not need ratification, but that the government would "of course inform parliament in full."
''',
    s('Ostvaria', 'Ostvaria', 'border deal with Kerevia "within reach" after secret talks', 'says', 'mixed'),
    s(FM_O, "Ostvaria's foreign minister", 'Ostvaria and Kerevia are close to an agreement to reopen the Tevvel river crossing that has been shut for six years', 'said', role='Foreign Minister'),
    s(FM_O, 'Foreign Minister Kasimir Wendeborg-Tamakloe', '"A deal is within reach. I would not say that if I did not believe it,"', 'told', 'direct', role='Foreign Minister'),
    s(OFF2, OFF2, 'The talks, held in a neutral third country over the past four months, have been led on both sides by deputy foreign ministers', 'said'),
    s(OFF2, 'the officials', 'The main sticking point is who will control customs checks on the bridge', 'said'),
    s('one of them', 'one of them', 'Kerevia wants joint inspections on both banks, while Ostvaria has offered only to share data from its own checkpoints', 'according to'),
    s('a draft text seen by Vantrell', 'a draft text seen by Vantrell', 'the crossing would reopen to pedestrians and cars within 90 days of signing and to freight traffic six months later', 'According to'),
    s('a draft text seen by Vantrell', 'The draft', 'both sides will "refrain from hostile statements" about each other in official media', 'says', 'mixed'),
    s(SPOX_K, 'Its spokeswoman, Ludmila Harjanto-Voss', '"contacts are continuing" but that "nothing is agreed until everything is agreed."', 'said', 'mixed', role='spokeswoman'),
    s('A senior Kerevian official', 'A senior Kerevian official', 'the government in Dunvarra wanted guarantees that Ostvaria would not allow opposition groups based on its territory to use the crossing', 'said'),
    s('A senior Kerevian official', 'the official', '"That is the real question for us, not the customs booths,"', 'said', 'direct'),
    s('Ostvaria and Kerevia', 'Each side', 'the other for the incident', 'blamed'),
    s("Ostvaria's interior ministry", "Ostvaria's interior ministry, which runs the border police", 'it had begun hiring 120 customs officers "in anticipation of increased traffic" on the Tevvel', 'said', 'mixed'),
    s('Analysts', 'Analysts', "against reading too much into the minister's optimism", 'cautioned'),
    s('Rhiannon Callaghan-Obeng', 'Rhiannon Callaghan-Obeng, who studies the region at the Institute for Border Studies in Harwick', '"Ostvaria has announced breakthroughs before,"', 'said', 'direct'),
    s('Rhiannon Callaghan-Obeng', '', '"The difference this time is that Kerevia has not denied the talks."', '', 'direct'),
    s('Traders in the border town of Vessling', 'Traders in the border town of Vessling', 'the closure had cut their business by half', 'said'),
    s('Anselm Birkenhauer', 'Anselm Birkenhauer, who runs a mill a few hundred metres from the river', '"My grandfather sold flour across that bridge. I sell it to nobody,"', 'said', 'direct'),
    s('A Western diplomat in Saldenhof', 'A Western diplomat in Saldenhof', 'the United States and several European governments had quietly encouraged the talks and were ready to help pay for new inspection facilities', 'said'),
    s('A Western diplomat in Saldenhof', 'the diplomat', '"Everyone wants this to work, including people in both capitals who cannot say so in public,"', 'said', 'direct'),
    s('Homeland Party', "Ostvaria's opposition Homeland Party", 'the government of preparing to "sell out" border security in exchange for trade', 'accused', 'mixed'),
    s('Adela Pruszynski-Owusu', 'Its leader, Adela Pruszynski-Owusu', 'parliament must vote on any agreement before it takes effect', 'said', role='leader'),
    s(FM_O, 'Wendeborg-Tamakloe', 'the agreement would be an executive one and would not need ratification, but that the government would "of course inform parliament in full."', 'said', 'mixed', role='Foreign Minister'),
)
