"""Set Y's five wire stories (see build_y.py)."""
from invented_common import doc_spans as doc, s

SRC = 'three people familiar with the preparations'
REG = "Mirvanda's Communications Regulatory Authority"
MIN_C = 'Anneliese Vorbrook-Sikhakhane'

doc('y01-wire-update-mirvanda-spectrum-auction-delay', 'Reuters', '2029-10-14', '''
UPDATE 2-Mirvanda to delay 5G spectrum auction to next year -sources

* Auction pushed back over reserve price dispute - sources
* Regulator says rules "close to final"
* Operators want lower entry price, more time to pay

(Adds regulator comment, operator statement, analyst quote)

By Tobiah Rennequist-Kalumbwe

CASTRELLE, Oct 14 (Reuters) - Mirvanda will postpone the auction of its 3.5 GHz spectrum band until the first quarter of next year because the government and the mobile operators remain far apart on the reserve price, three people familiar with the preparations said on Tuesday.

The auction, which the communications ministry had promised for November, would be the country's largest since 2019 and is expected to raise at least 1.2 billion dalmers for a budget squeezed by higher borrowing costs.

The finance ministry wants the reserve price kept at the level set in June, while the three operators have argued it would leave them unable to fund the network build-out, two of the people said. They spoke on condition of anonymity because the discussions are private.

"Nobody wants to sign off on a number that the operators will boycott," one of the people said.

Mirvanda's Communications Regulatory Authority said in an emailed statement that the auction rules were "close to final" and that a date would be announced "in due course". It did not comment on the timing.

Communications Minister Anneliese Vorbrook-Sikhakhane told parliament last week that the auction would go ahead "this year, as planned", and that the state could not "give away a public resource at a discount." A spokeswoman for her ministry declined to comment on Tuesday.

The country's largest operator, Teleskor, said in a statement that it "remains ready to participate in a fair auction" but warned that a high reserve price would slow coverage of rural areas by "at least two years".

Shares in Teleskor rose 2.1% in Castrelle, outperforming a flat market.

Analysts at Corveth Securities said the delay was "the least bad outcome" for the operators. "A postponement gives both sides room to climb down without losing face," analyst Ines Kaldwater-Ezeudo wrote in a note to clients.

The two smaller operators, Viamar and Nordlink Mirvanda, said in a joint letter to the ministry last month, seen by Reuters, that they would ask for payment to be spread over ten years.

One of the people said the finance ministry was prepared to accept instalments but not a lower price.

The auction was first delayed in March, when the government changed the band plan to reserve a block for industrial networks. Mirvanda had 11.4 million mobile subscribers at the end of June, according to the regulator.

(Reporting by Tobiah Rennequist-Kalumbwe; Editing by Halvard Ozoemena-Rudstrom)
''',
    s(SRC, 'sources', 'Mirvanda to delay 5G spectrum auction to next year', ''),
    s(SRC, 'sources', 'Auction pushed back over reserve price dispute', ''),
    s(REG, 'Regulator', 'rules "close to final"', 'says', 'mixed'),
    s(SRC, SRC, 'Mirvanda will postpone the auction of its 3.5 GHz spectrum band until the first quarter of next year because the government and the mobile operators remain far apart on the reserve price', 'said'),
    s('two of the people', 'two of the people', 'The finance ministry wants the reserve price kept at the level set in June, while the three operators have argued it would leave them unable to fund the network build-out', 'said'),
    s('the three operators', 'the three operators', 'it would leave them unable to fund the network build-out', 'have argued', nested=True, via='two of the people'),
    s('one of the people', 'one of the people', '"Nobody wants to sign off on a number that the operators will boycott,"', 'said', 'direct'),
    s(REG, REG, 'the auction rules were "close to final" and that a date would be announced "in due course"', 'said', 'mixed'),
    s(MIN_C, 'Communications Minister Anneliese Vorbrook-Sikhakhane', 'the auction would go ahead "this year, as planned", and that the state could not "give away a public resource at a discount."', 'told', 'mixed', role='Communications Minister'),
    s('Teleskor', "The country's largest operator, Teleskor", 'it "remains ready to participate in a fair auction"', 'said', 'mixed'),
    s('Teleskor', "The country's largest operator, Teleskor", 'a high reserve price would slow coverage of rural areas by "at least two years"', 'warned', 'mixed'),
    s('Corveth Securities', 'Analysts at Corveth Securities', 'the delay was "the least bad outcome" for the operators', 'said', 'mixed'),
    s('Ines Kaldwater-Ezeudo', 'analyst Ines Kaldwater-Ezeudo', '"A postponement gives both sides room to climb down without losing face,"', 'wrote', 'direct', role='analyst'),
    s('Viamar and Nordlink Mirvanda', 'The two smaller operators, Viamar and Nordlink Mirvanda', 'they would ask for payment to be spread over ten years', 'said'),
    s('one of the people', 'One of the people', 'the finance ministry was prepared to accept instalments but not a lower price', 'said'),
    s(REG, 'the regulator', 'Mirvanda had 11.4 million mobile subscribers at the end of June', 'according to'),
)

SKIP = 'Henrike Brusewitz-Onyango'

doc('y02-wire-ap-sailing-cup-protest-final-race', 'Associated Press', '2029-08-26', '''
Brusewitz-Onyango's crew wins Skerrow Cup after jury throws out protest

SKERROW HARBOUR (AP) — The wind had the final word at the Skerrow Cup on Sunday, and it favoured Henrike Brusewitz-Onyango.

Brusewitz-Onyango steered Brisling Racing to victory in the last race of the regatta, then waited almost three hours on the dock while an international jury heard a protest from the second-placed boat before it ruled that her crew had kept clear at the windward mark.

"I have never been so nervous sitting still," Brusewitz-Onyango said after the decision was posted. "Racing is easy. Waiting is the hard part."

The protest was lodged by Sealark Nine, whose skipper, Matthias Wendelstam-Dzokoto, claimed that Brisling had tacked too close and forced his boat to bear away. The jury found that the contact was "minor and caused by Sealark Nine's late change of course," according to its written decision.

Wendelstam-Dzokoto did not appeal but said he still believed his crew had been wronged. "We saw what we saw. The jury saw something else, and that's sailing," he said.

The forecast promised 12 knots and delivered nearly 20 by the second upwind leg, which told heavily on the lighter boats. Three of the 14 crews retired with broken gear, and the race committee signalled a shortened course after a squall line moved in from the west.

Brisling's tactician, Olusegun Varrentrapp, said the crew had decided before the start to stay on the left side of the course whatever the others did. "The numbers said right. Our eyes said left," he said.

Race director Camilla Frostenhagen-Zungu defended the decision to start the race at all, saying the conditions were "demanding but well within the limits" for the class.

Not every sailor agreed. Wyatt Bendelow, the bowman on the Kestrelmouth entry, said the committee should have waited an hour. "We were pulling people out of the water between marks," he said.

The victory gives Brisling its second Skerrow Cup in three years. Brusewitz-Onyango, 34, is the first woman to skipper a winning boat in the event's 61-year history. She shrugged off the milestone when asked about it.

"I'd rather be remembered for the left side of the course," she said.

The circuit moves to Port Ellwyn for its final event in September.
''',
    s(SKIP, 'Brusewitz-Onyango', '"I have never been so nervous sitting still,"', 'said', 'direct'),
    s(SKIP, '', '"Racing is easy. Waiting is the hard part."', '', 'direct'),
    s('Matthias Wendelstam-Dzokoto', 'whose skipper, Matthias Wendelstam-Dzokoto', 'Brisling had tacked too close and forced his boat to bear away', 'claimed', role='skipper'),
    s('an international jury', 'it', 'her crew had kept clear at the windward mark', 'ruled'),
    s('an international jury', 'its written decision', 'the contact was "minor and caused by Sealark Nine\'s late change of course,"', 'according to', 'mixed'),
    s('Matthias Wendelstam-Dzokoto', 'Wendelstam-Dzokoto', 'he still believed his crew had been wronged', 'said', role='skipper'),
    s('Matthias Wendelstam-Dzokoto', 'he', '"We saw what we saw. The jury saw something else, and that\'s sailing,"', 'said', 'direct', role='skipper'),
    s('Olusegun Varrentrapp', "Brisling's tactician, Olusegun Varrentrapp", 'the crew had decided before the start to stay on the left side of the course whatever the others did', 'said', role='tactician'),
    s('Olusegun Varrentrapp', 'he', '"The numbers said right. Our eyes said left,"', 'said', 'direct', role='tactician'),
    s('Camilla Frostenhagen-Zungu', 'Race director Camilla Frostenhagen-Zungu', 'the decision to start the race at all', 'defended', role='Race director'),
    s('Camilla Frostenhagen-Zungu', 'Race director Camilla Frostenhagen-Zungu', 'the conditions were "demanding but well within the limits" for the class', 'saying', 'mixed', role='Race director'),
    s('Wyatt Bendelow', 'Wyatt Bendelow, the bowman on the Kestrelmouth entry', 'the committee should have waited an hour', 'said', role='bowman on the Kestrelmouth entry'),
    s('Wyatt Bendelow', 'he', '"We were pulling people out of the water between marks,"', 'said', 'direct', role='bowman on the Kestrelmouth entry'),
    s(SKIP, 'she', '"I\'d rather be remembered for the left side of the course,"', 'said', 'direct'),
)

DEP = 'Yevgenia Stolbovaya-Ogunwusi'

doc('y03-agency-ostravka-museum-collection-return', 'Severpress', '2029-05-19', '''
Tapestries taken from Lunovets museum in 1990s to return home by autumn — deputy culture minister

The ministry expects the restorers to finish work on the last three pieces in July, Yevgenia Stolbovaya-Ogunwusi said

LUNOVETS, May 19. /SEVERPRESS/. The collection of eighteenth-century tapestries removed from the Lunovets Museum of Local Lore during the closure of the building in the 1990s will return to the museum by the autumn, Deputy Minister of Culture of the Ostravka Republic Yevgenia Stolbovaya-Ogunwusi told reporters on Friday.

"All nineteen tapestries have been located. Sixteen are in the state restoration workshops in the capital, and three are in a private collection whose owner has agreed to hand them over free of charge," she said.

The ministry expects the restorers to finish work on the last three pieces in July, Yevgenia Stolbovaya-Ogunwusi said. In her words, the museum will need "at least two months" after that to prepare the climate-controlled hall where the tapestries will be shown.

The director of the Lunovets museum, Pavel Ignatyuk-Sarfo, for his part, noted that the museum had been asking for the return of the collection for more than twenty years. "For the people of Lunovets these tapestries are not museum objects, they are family history. Many of the weavers' descendants still live in the town," he told SEVERPRESS.

According to Ignatyuk-Sarfo, the reconstruction of the museum's east wing, financed from the republic's budget, cost 140 million korun and was completed in March.

Earlier, the head of the Lunovets district, Arkady Feodorin-Agyarko, said that the district would open a direct bus route from the regional centre to the museum in time for the exhibition.

The owner of the three privately held tapestries asked not to be named. Experts recall that the collection was last shown in full in 1987, when it drew more than 40,000 visitors.

Read also

Lunovets stonemasons to restore town hall facade by 2030 — district head
Ostravka's regional museums received a record 2.3 million visitors last year, according to the culture ministry's annual report.
''',
    s(DEP, 'deputy culture minister', 'Tapestries taken from Lunovets museum in 1990s to return home by autumn', '', role='Deputy Minister of Culture of the Ostravka Republic'),
    s(DEP, 'Yevgenia Stolbovaya-Ogunwusi', 'The ministry expects the restorers to finish work on the last three pieces in July', 'said', role='Deputy Minister of Culture of the Ostravka Republic'),
    s(DEP, 'Deputy Minister of Culture of the Ostravka Republic Yevgenia Stolbovaya-Ogunwusi', 'The collection of eighteenth-century tapestries removed from the Lunovets Museum of Local Lore during the closure of the building in the 1990s will return to the museum by the autumn', 'told', role='Deputy Minister of Culture of the Ostravka Republic'),
    s(DEP, 'she', '"All nineteen tapestries have been located.|free of charge,"', 'said', 'direct', role='Deputy Minister of Culture of the Ostravka Republic'),
    s(DEP, 'Yevgenia Stolbovaya-Ogunwusi', 'The ministry expects the restorers to finish work on the last three pieces in July', 'said', role='Deputy Minister of Culture of the Ostravka Republic'),
    s(DEP, 'her', 'the museum will need "at least two months" after that to prepare the climate-controlled hall where the tapestries will be shown', 'In her words', 'mixed', role='Deputy Minister of Culture of the Ostravka Republic'),
    s('Pavel Ignatyuk-Sarfo', 'The director of the Lunovets museum, Pavel Ignatyuk-Sarfo', 'the museum had been asking for the return of the collection for more than twenty years', 'noted', role='director of the Lunovets museum'),
    s('Pavel Ignatyuk-Sarfo', 'he', '"For the people of Lunovets these tapestries are not museum objects, they are family history. Many of the weavers\' descendants still live in the town,"', 'told', 'direct', role='director of the Lunovets museum'),
    s('Pavel Ignatyuk-Sarfo', 'Ignatyuk-Sarfo', "the reconstruction of the museum's east wing, financed from the republic's budget, cost 140 million korun and was completed in March", 'According to', role='director of the Lunovets museum'),
    s('Arkady Feodorin-Agyarko', 'the head of the Lunovets district, Arkady Feodorin-Agyarko', 'the district would open a direct bus route from the regional centre to the museum in time for the exhibition', 'said', role='head of the Lunovets district'),
    s('Experts', 'Experts', 'the collection was last shown in full in 1987, when it drew more than 40,000 visitors', 'recall'),
    s('district head', 'district head', 'Lunovets stonemasons to restore town hall facade by 2030', '', region='related'),
    s("the culture ministry", "the culture ministry's annual report", "Ostravka's regional museums received a record 2.3 million visitors last year", 'according to', region='related'),
)

DEF_M = 'Konstantin Wielgosz-Amoako'
MAYOR = 'Solveig Brandtzaeg-Ofosu'

doc('y04-wire-afp-tavrenne-naval-base-mayor-minister-dispute', 'AFP', '2029-03-07', '''
Tavrenne port mayor defies defence minister over naval base expansion

QUILLMOUTH, Tavrenne, March 7, 2029 (AFP) - The mayor of Tavrenne's second city vowed on Wednesday to fight a plan to double the size of the naval base on its waterfront, setting her on a collision course with the defence minister, who called the expansion "not negotiable".

Defence Minister Konstantin Wielgosz-Amoako told lawmakers in the capital that the navy needed new berths at Quillmouth for the four frigates it will receive from 2031, and that no other harbour on the coast was deep enough.

"We looked at every alternative. There is no other place. This is a question of national security, not of urban planning," he said.

Hours later, Quillmouth mayor Solveig Brandtzaeg-Ofosu told a packed council chamber that the city had not been consulted and would challenge the plan in the administrative court.

"The minister speaks of national security. I speak of 3,000 jobs in the fishing port that his plan would wipe out," Brandtzaeg-Ofosu said, to applause.

The plan, published last month, would take over the eastern half of the commercial harbour, including the fish market and two shipyards. The ministry says the yards would be compensated and moved to a new site north of the city.

Brandtzaeg-Ofosu, who was elected two years ago on a centre-left ticket, dismissed the offer as "a promise of land that does not yet exist".

Wielgosz-Amoako, a former admiral, accused the city of "spreading fear" among port workers. He said that the ministry had held four meetings with city officials since January. The mayor's office denied that any plans had been shown at those meetings.

"There were four meetings, yes. At none of them were we shown a map," said her deputy, Florentin Duvenhage-Kusi.

The dispute has split the governing coalition. Its junior partner, the Coastal Union, said in a statement that the government should "stop and listen" to Quillmouth before the plan goes to parliament.

Prime Minister Ilona Varkonyi-Dzifa has not commented publicly. A government spokesman, asked on Wednesday whether she backed her minister, said only that the cabinet would discuss the plan "in the coming weeks".

Fishermen in Quillmouth, who blocked the harbour entrance with their boats for two hours on Monday, said they would do so again if the plan was approved.

The navy currently has 11 vessels based in Quillmouth, according to the defence ministry.

kw/ms/fb
''',
    s(MAYOR, 'The mayor of Tavrenne\'s second city', 'to fight a plan to double the size of the naval base on its waterfront', 'vowed'),
    s(DEF_M, 'the defence minister', '"not negotiable"', 'called', 'direct', role='Defence Minister'),
    s(DEF_M, 'Defence Minister Konstantin Wielgosz-Amoako', 'the navy needed new berths at Quillmouth for the four frigates it will receive from 2031, and that no other harbour on the coast was deep enough', 'told', role='Defence Minister'),
    s(DEF_M, 'he', '"We looked at every alternative. There is no other place. This is a question of national security, not of urban planning,"', 'said', 'direct', role='Defence Minister'),
    s(MAYOR, 'Quillmouth mayor Solveig Brandtzaeg-Ofosu', 'the city had not been consulted and would challenge the plan in the administrative court', 'told', role='mayor'),
    s(MAYOR, 'Brandtzaeg-Ofosu', '"The minister speaks of national security. I speak of 3,000 jobs in the fishing port that his plan would wipe out,"', 'said', 'direct', role='mayor'),
    s('the defence ministry', 'The ministry', 'the yards would be compensated and moved to a new site north of the city', 'says'),
    s(MAYOR, 'Brandtzaeg-Ofosu', 'the offer as "a promise of land that does not yet exist"', 'dismissed', 'mixed', role='mayor'),
    s(DEF_M, 'Wielgosz-Amoako', 'the city of "spreading fear" among port workers', 'accused', 'mixed', role='Defence Minister'),
    s(DEF_M, 'He', 'the ministry had held four meetings with city officials since January', 'said', role='Defence Minister'),
    s("the mayor's office", "The mayor's office", 'any plans had been shown at those meetings', 'denied'),
    s('Florentin Duvenhage-Kusi', 'her deputy, Florentin Duvenhage-Kusi', '"There were four meetings, yes. At none of them were we shown a map,"', 'said', 'direct', role='deputy'),
    s('the Coastal Union', 'Its junior partner, the Coastal Union', 'the government should "stop and listen" to Quillmouth before the plan goes to parliament', 'said', 'mixed'),
    s('A government spokesman', 'A government spokesman', 'the cabinet would discuss the plan "in the coming weeks"', 'said', 'mixed'),
    s('Fishermen in Quillmouth', 'Fishermen in Quillmouth', 'they would do so again if the plan was approved', 'said'),
    s('the defence ministry', 'the defence ministry', 'The navy currently has 11 vessels based in Quillmouth', 'according to'),
)

GOVR = 'Benedek Sallinen-Dankwa'

doc('y05-wire-emerging-markets-orlesia-lira-rate-cut-bets', 'Reuters', '2029-06-21', '''
EMERGING MARKETS-Orlesian lira hits 4-month high as rate cut bets fade; stocks flat

* Central bank chief says "no hurry" to ease
* Orlesian lira up 0.8% against dollar
* Bourse index flat, banks weigh

By Perpetua Nwachinemere-Holst

June 21 (Reuters) - The Orlesian lira climbed to its strongest level in four months on Friday after the central bank governor said there was "no hurry" to cut interest rates, while stocks in the region added little to the week's modest gains.

Governor Benedek Sallinen-Dankwa told a banking conference in Merevy that inflation, which slowed to 6.1% in May, was still "too high and too sticky" for the bank to begin easing in the summer.

"We will cut when the data allow us to, not when the market asks us to," he said.

Traders had priced in a quarter-point cut as early as July. After the speech, forward rate agreements pointed to September at the earliest.

"The governor was unusually blunt. He wanted to kill the July story and he did," said Adaeze Lichtenau-Varela, a currency strategist at Halvering Capital in Merevy.

The lira rose 0.8% to 31.42 per dollar. It has gained nearly 4% since the start of April, helped by strong tourism receipts and by exporters converting dollar earnings ahead of the quarter's end, traders said.

Not everyone expects the rally to last. Strategists at Stavholm Bank said in a note that the current account would slip back into deficit in the autumn and that the lira was "priced for perfection".

Finance Minister Ruxandra Lindvall-Ihejirika, speaking at the same conference, said the government would stick to its deficit target of 3% of output this year. She declined to comment on the central bank's decision.

Orlesia's main stock index ended flat. Banks, which benefit from high rates, gave up early gains, and the shares of retailer Marvane Home, which had rallied 12% on Thursday after a profit upgrade, gave back a third of the move.

Elsewhere, the Halvenian crown eased 0.2% after a central bank survey showed that firms expected price rises to pick up in the next 12 months. Stocks in Dunmarrow rose 0.6%, led by miners.

MSCI's index of emerging market currencies was little changed, and the broader stock index lost 0.1%.

"The market got ahead of itself on July. Now it may be getting ahead of itself on the lira," said a trader at a state-owned bank in Merevy, who asked not to be named because he was not authorised to speak to the media.

The central bank's next policy meeting is on July 18, when, Sallinen-Dankwa said, it will also publish new inflation forecasts.

"The big picture is still a weaker dollar and cautious central banks, and that has been good for local currency debt," said Osvaldo Krusenstjerna-Agyekum, head of fixed income at Ravelwood Asset Management.

(Reporting by Perpetua Nwachinemere-Holst; Editing by Halvard Wennergren-Tsikata)
''',
    s(GOVR, 'Central bank chief', '"no hurry" to ease', 'says', 'mixed', role='Governor'),
    s(GOVR, 'the central bank governor', 'there was "no hurry" to cut interest rates', 'said', 'mixed', role='Governor'),
    s(GOVR, 'Governor Benedek Sallinen-Dankwa', 'inflation, which slowed to 6.1% in May, was still "too high and too sticky" for the bank to begin easing in the summer', 'told', 'mixed', role='Governor'),
    s(GOVR, 'he', '"We will cut when the data allow us to, not when the market asks us to,"', 'said', 'direct', role='Governor'),
    s('Adaeze Lichtenau-Varela', 'Adaeze Lichtenau-Varela, a currency strategist at Halvering Capital in Merevy', '"The governor was unusually blunt. He wanted to kill the July story and he did,"', 'said', 'direct', role='currency strategist at Halvering Capital'),
    s('traders', 'traders', "It has gained nearly 4% since the start of April, helped by strong tourism receipts and by exporters converting dollar earnings ahead of the quarter's end", 'said'),
    s('Stavholm Bank', 'Strategists at Stavholm Bank', 'the current account would slip back into deficit in the autumn and that the lira was "priced for perfection"', 'said', 'mixed'),
    s('Ruxandra Lindvall-Ihejirika', 'Finance Minister Ruxandra Lindvall-Ihejirika', 'the government would stick to its deficit target of 3% of output this year', 'said', role='Finance Minister'),
    s('a central bank survey', 'a central bank survey', 'firms expected price rises to pick up in the next 12 months', 'showed'),
    s('a trader at a state-owned bank in Merevy', 'a trader at a state-owned bank in Merevy', '"The market got ahead of itself on July. Now it may be getting ahead of itself on the lira,"', 'said', 'direct'),
    s(GOVR, 'Sallinen-Dankwa', 'it will also publish new inflation forecasts', 'said', role='Governor'),
    s('Osvaldo Krusenstjerna-Agyekum', 'Osvaldo Krusenstjerna-Agyekum, head of fixed income at Ravelwood Asset Management', '"The big picture is still a weaker dollar and cautious central banks, and that has been good for local currency debt,"', 'said', 'direct', role='head of fixed income at Ravelwood Asset Management'),
)
