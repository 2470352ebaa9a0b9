"""Set Z's five wire stories (see build_z.py)."""
from invented_common import doc_spans as doc, s

KC = 'Kestrel Copper'
CFO = 'Marguerite Szalai-Brennan'
UNI = 'Oskar Vilhelmsen-Duarte'

doc('z01-wire-update-kestrel-copper-smelter-strike', 'Reuters', '2030-03-14', '''
UPDATE 1-Kestrel Copper halts Ardmoor smelter as strike enters third week

* Smelter output halted, company says
* Union says talks "going nowhere"
* Shares fall 4.2%, lowest since November

(Adds union comment, analyst note, share move)

By Rosalind Achterberg-Quaynor

TARVIK, March 14 (Reuters) - Kestrel Copper said on Thursday it had halted its Ardmoor smelter, the second-largest in Valdoria, after a strike by maintenance workers entered its third week, leaving the plant without enough staff to run its furnaces safely.

The company expects the shutdown to cut its quarterly output of refined copper by about 18,000 tonnes, Chief Financial Officer Marguerite Szalai-Brennan told analysts on a call, adding that customers would be supplied from stocks for at least a month.

"Restarting a smelter is not like flipping a switch," she said. "Once the furnaces cool, we are looking at weeks, not days."

The Ardmoor Metalworkers' Union, which represents about 640 of the plant's 1,100 workers, walked out on Feb. 24 demanding a 9% pay rise over two years. The company has offered 5.5%.

"Talks are going nowhere because management keeps repeating the same number," union secretary Oskar Vilhelmsen-Duarte said by phone. "Our members did not walk out to come back for crumbs."

He said the union was ready to meet a state mediator but would not call off the strike before a new offer was on the table.

Kestrel's management said in a statement on Thursday evening that the 5.5% offer was "fair and final" for this year, and that it would not negotiate "under the pressure of a stoppage". The company added that 74 supervisors and engineers were keeping the furnaces warm enough to avoid damage to their linings.

Valdoria's labour ministry said late on Wednesday it had appointed a mediator, without giving a name.

Shares in Kestrel Copper closed down 4.2% in Tarvik, their lowest since November. The stock has lost 11% since the strike began. A spokesman for the Tarvik stock exchange said trading in the shares had been orderly and that no suspension had been requested.

Valdoria is the world's ninth-largest producer of refined copper, and the Ardmoor smelter also processes concentrate bought from two neighbouring countries under long-term contracts.

The halt comes as copper prices trade near record highs on tight supply from several large mines. Benchmark copper on the London Metal Exchange was little changed at $11,240 a tonne.

Analysts at Brindlemoor Capital estimated the strike would shave about 0.3 percentage point off Valdoria's first-quarter export growth, since refined copper accounts for nearly a fifth of the country's goods exports.

"The market can live with a few weeks of lost output," metals analyst Teodora Lindqvist-Amankwah wrote in a note. "What it cannot price is a dispute that spreads from the smelter to the mines."

The miners' union at Kestrel's Harrowgate pit, which feeds the Ardmoor smelter, said it would decide next week whether to hold a ballot on solidarity action.

Kestrel Copper produced 412,000 tonnes of refined copper last year, according to its annual report, and employs about 7,800 people in Valdoria.

(Reporting by Rosalind Achterberg-Quaynor; Editing by Piet Okonkwo-Lindahl)
''',
    s(KC, 'company', 'Smelter output halted', 'says'),
    s(UNI, 'Union', 'talks "going nowhere"', 'says', 'mixed', role='union secretary'),
    s(KC, KC, 'it had halted its Ardmoor smelter, the second-largest in Valdoria, after a strike by maintenance workers entered its third week, leaving the plant without enough staff to run its furnaces safely', 'said'),
    s(CFO, 'Chief Financial Officer Marguerite Szalai-Brennan', 'The company expects the shutdown to cut its quarterly output of refined copper by about 18,000 tonnes', 'told', role='Chief Financial Officer'),
    s(CFO, 'Chief Financial Officer Marguerite Szalai-Brennan', 'customers would be supplied from stocks for at least a month', 'adding', role='Chief Financial Officer'),
    s(CFO, 'she', '"Restarting a smelter is not like flipping a switch,"', 'said', 'direct', role='Chief Financial Officer'),
    s(CFO, '', '"Once the furnaces cool, we are looking at weeks, not days."', '', 'direct', role='Chief Financial Officer'),
    s(UNI, 'union secretary Oskar Vilhelmsen-Duarte', '"Talks are going nowhere because management keeps repeating the same number,"', 'said', 'direct', role='union secretary'),
    s(UNI, '', '"Our members did not walk out to come back for crumbs."', '', 'direct', role='union secretary'),
    s(UNI, 'He', 'the union was ready to meet a state mediator but would not call off the strike before a new offer was on the table', 'said', role='union secretary'),
    s(KC, "Kestrel's management", 'the 5.5% offer was "fair and final" for this year, and that it would not negotiate "under the pressure of a stoppage"', 'said', 'mixed'),
    s(KC, 'The company', '74 supervisors and engineers were keeping the furnaces warm enough to avoid damage to their linings', 'added'),
    s("Valdoria's labour ministry", "Valdoria's labour ministry", 'it had appointed a mediator', 'said'),
    s('A spokesman for the Tarvik stock exchange', 'A spokesman for the Tarvik stock exchange', 'trading in the shares had been orderly and that no suspension had been requested', 'said'),
    s('Brindlemoor Capital', 'Analysts at Brindlemoor Capital', "the strike would shave about 0.3 percentage point off Valdoria's first-quarter export growth, since refined copper accounts for nearly a fifth of the country's goods exports", 'estimated'),
    s('Teodora Lindqvist-Amankwah', 'metals analyst Teodora Lindqvist-Amankwah', '"The market can live with a few weeks of lost output,"', 'wrote', 'direct', role='metals analyst'),
    s('Teodora Lindqvist-Amankwah', '', '"What it cannot price is a dispute that spreads from the smelter to the mines."', '', 'direct', role='metals analyst'),
    s("The miners' union at Kestrel's Harrowgate pit", "The miners' union at Kestrel's Harrowgate pit", 'it would decide next week whether to hold a ballot on solidarity action', 'said'),
    s(KC, 'its annual report', 'Kestrel Copper produced 412,000 tonnes of refined copper last year', 'according to'),
)

COACH = 'Henrik Paasonen-Obi'
MAYOR_F = 'Delphine Marchetti-Quaye'
GEO = 'Ulrike Brandvold-Sesay'

doc('z02-wire-ap-ferry-grounding-lake-orsund', 'Associated Press', '2030-06-22', '''
Ferry runs aground on Lake Orsund; 3 hurt, 212 passengers taken ashore

By LUCIEN FAIRWEATHER-ADJEI Associated Press

STRANDHEIM (AP) — A passenger ferry carrying 212 people ran aground on a sandbar on Lake Orsund on Saturday, and rescuers spent more than four hours moving passengers to smaller boats, officials said. Three people were taken to a hospital with minor injuries.

The ferry, the Margaretha, was about 2 kilometers (1.2 miles) from the port of Strandheim when it struck the bar shortly after 10 a.m., the regional rescue service said. The lake's water level has fallen to its lowest point in 40 years after a dry spring.

"We felt a long scrape under the floor, then everything stopped," said Ingrid Taverner-Boateng, a retired teacher who was traveling with her grandson. "Nobody panicked. The crew handed out life jackets before anyone asked."

Passengers were lifted onto fishing boats and a police launch in groups of 20, and some waited on the open deck in strong sun. Volunteers on the pier in Strandheim handed out water and hats.

The ferry's operator, Orsund Lake Lines, said the vessel had followed its usual route and that the captain had been told by the port authority in the morning that the channel was deep enough.

The port authority gave a different account. Its director, Gunnar Hollenbeck-Asante, told reporters on the pier that a warning about the sandbar had been sent to all operators on Thursday. "The warning was clear, and it was in writing," he said.

Asked whether the ferry should have sailed at all, Hollenbeck-Asante said only that an investigation would establish what the captain knew.

Strandheim's mayor, Delphine Marchetti-Quaye, praised the volunteers and fishermen who joined the rescue. "This town did in four hours what a plan on paper says should take a day," she said. She called on the regional government to fund dredging of the channel before the summer season peaks in July.

A spokeswoman for the regional government, Margit Kallstrom-Ansah, said the dredging request would be discussed at a cabinet meeting on Tuesday, but that the budget for the year had "very little room left."

Hydrologists have warned for two years that the lake is shrinking. Ulrike Brandvold-Sesay, who studies the lake at the University of Strandheim, said the water level had dropped by 1.4 meters since 2027 and that several channels marked on navigation charts were now too shallow for large vessels.

"The charts describe a lake that no longer exists," she said.

Orsund Lake Lines suspended all its ferry services on the lake until further notice. The company carries about 300,000 passengers a year, most of them tourists, between May and September.

Henrik Paasonen-Obi, who coaches a youth rowing club in Strandheim, said his club had moved its regatta to a river course because the lake's start line was sitting on mud. "The kids think it is funny," he said. "Their parents do not."

Police said the captain, 58, had passed a breath test and was cooperating with investigators. The regional transport safety board said it had opened an inquiry and would publish preliminary findings within 30 days.
''',
    s('officials', 'officials', 'A passenger ferry carrying 212 people ran aground on a sandbar on Lake Orsund on Saturday, and rescuers spent more than four hours moving passengers to smaller boats', 'said'),
    s('the regional rescue service', 'the regional rescue service', 'The ferry, the Margaretha, was about 2 kilometers (1.2 miles) from the port of Strandheim when it struck the bar shortly after 10 a.m.', 'said'),
    s('Ingrid Taverner-Boateng', 'Ingrid Taverner-Boateng', '"We felt a long scrape under the floor, then everything stopped,"', 'said', 'direct', role='a retired teacher'),
    s('Ingrid Taverner-Boateng', '', '"Nobody panicked. The crew handed out life jackets before anyone asked."', '', 'direct', role='a retired teacher'),
    s('Orsund Lake Lines', "The ferry's operator, Orsund Lake Lines", 'the vessel had followed its usual route and that the captain had been told by the port authority in the morning that the channel was deep enough', 'said'),
    s('Gunnar Hollenbeck-Asante', 'Its director, Gunnar Hollenbeck-Asante', 'a warning about the sandbar had been sent to all operators on Thursday', 'told', role='director'),
    s('Gunnar Hollenbeck-Asante', 'he', '"The warning was clear, and it was in writing,"', 'said', 'direct', role='director'),
    s('Gunnar Hollenbeck-Asante', 'Hollenbeck-Asante', 'an investigation would establish what the captain knew', 'said only', role='director'),
    s(MAYOR_F, "Strandheim's mayor, Delphine Marchetti-Quaye", 'the volunteers and fishermen who joined the rescue', 'praised', role='mayor'),
    s(MAYOR_F, 'she', '"This town did in four hours what a plan on paper says should take a day,"', 'said', 'direct', role='mayor'),
    s(MAYOR_F, 'She', 'the regional government to fund dredging of the channel before the summer season peaks in July', 'called on', role='mayor'),
    s('Margit Kallstrom-Ansah', 'A spokeswoman for the regional government, Margit Kallstrom-Ansah', 'the dredging request would be discussed at a cabinet meeting on Tuesday, but that the budget for the year had "very little room left."', 'said', 'mixed', role='spokeswoman for the regional government'),
    s('Hydrologists', 'Hydrologists', 'the lake is shrinking', 'have warned'),
    s(GEO, 'Ulrike Brandvold-Sesay', 'the water level had dropped by 1.4 meters since 2027 and that several channels marked on navigation charts were now too shallow for large vessels', 'said'),
    s(GEO, 'she', '"The charts describe a lake that no longer exists,"', 'said', 'direct'),
    s(COACH, 'Henrik Paasonen-Obi', "his club had moved its regatta to a river course because the lake's start line was sitting on mud", 'said'),
    s(COACH, 'he', '"The kids think it is funny,"', 'said', 'direct'),
    s(COACH, '', '"Their parents do not."', '', 'direct'),
    s('Police', 'Police', 'the captain, 58, had passed a breath test and was cooperating with investigators', 'said'),
    s('The regional transport safety board', 'The regional transport safety board', 'it had opened an inquiry and would publish preliminary findings within 30 days', 'said'),
)

PM = 'Anselm Kirchhoff-Mensah'
OPP = 'Rosalie Dumont-Okafor'
EC = 'Theophile Garnier-Addo'

doc('z03-wire-afp-montreval-recount-dispute', 'AFP', '2030-10-07', '''
Montreval opposition rejects partial recount as 'cosmetic'

Montreval's opposition on Monday rejected the electoral commission's offer to recount ballots in three districts after last week's disputed parliamentary vote, calling it "a cosmetic gesture" that would not change the outcome.

The ruling Party of National Renewal of Prime Minister Anselm Kirchhoff-Mensah won 61 of the 120 seats in the October 1 election, according to final results published on Saturday, giving it a majority by a single seat.

The opposition Civic Alliance, which won 52 seats, says irregularities in at least eleven districts cost it the majority. Its leader, Rosalie Dumont-Okafor, told a rally of several thousand supporters in the capital Belvaux that the alliance would not take up its seats unless all eleven districts were recounted.

"They offer us three districts as if we should be grateful for crumbs from our own table," she said, to loud applause. "We did not ask for a favour. We asked for the count."

The head of the electoral commission, Theophile Garnier-Addo, said the three districts had been chosen because their tally sheets showed "arithmetical discrepancies" and that the others had been checked by observers from all parties.

"A recount is a legal procedure, not a negotiation," he told AFP. "We will recount where the law gives us grounds, and nowhere else."

Kirchhoff-Mensah has dismissed the fraud allegations as "the excuses of a bad loser" and urged the opposition to accept the result. On Monday his spokesman, Baptiste Lorrain-Fofana, said the government "respects the commission's independence" and would accept the recount's findings "whatever they are".

In a televised address on Sunday evening, Kirchhoff-Mensah said his party would form a government "within days" and called on the opposition to "take its place in parliament and hold us to account there." The European Union's delegation in Belvaux urged all sides to "exercise restraint and use the legal avenues available".

International observers from the Council of Southern Democracies said in a preliminary report that voting had been "orderly and largely transparent" but noted "serious shortcomings" in the handling of ballots from overseas voters, which make up about four percent of the total.

The report stopped short of questioning the overall result.

Political analyst Morgane Villiers-Acheampong, of the University of Belvaux, said the opposition's boycott threat was a risky bet.

"If the recount confirms the result, Dumont-Okafor will have spent her credibility on three districts," she said. "If it does not, the whole election is open again."

Protests have remained peaceful. Police said about 6,000 people had attended Monday's rally; organisers said 25,000 had come.

The new parliament is due to hold its first session on October 21. Under the constitution, it needs 81 deputies present for a quorum, which the ruling party cannot reach on its own.

The recount is due to begin on Wednesday and to take five days, the commission said.

The opposition also wants the foreign ministry to explain why polling stations abroad closed two hours early in two countries. The ministry has not responded to requests for comment.
''',
    s('Civic Alliance', 'Montreval opposition', "partial recount as 'cosmetic'", 'rejects', 'mixed'),
    s('Civic Alliance', "Montreval's opposition", "the electoral commission's offer to recount ballots in three districts after last week's disputed parliamentary vote", 'rejected'),
    s('Civic Alliance', "Montreval's opposition", '"a cosmetic gesture" that would not change the outcome', 'calling', 'mixed'),
    s('final results', 'final results', 'The ruling Party of National Renewal of Prime Minister Anselm Kirchhoff-Mensah won 61 of the 120 seats in the October 1 election', 'according to'),
    s('Civic Alliance', 'The opposition Civic Alliance', 'irregularities in at least eleven districts cost it the majority', 'says'),
    s(OPP, 'Its leader, Rosalie Dumont-Okafor', 'the alliance would not take up its seats unless all eleven districts were recounted', 'told', role='leader'),
    s(OPP, 'she', '"They offer us three districts as if we should be grateful for crumbs from our own table,"', 'said', 'direct', role='leader'),
    s(OPP, '', '"We did not ask for a favour. We asked for the count."', '', 'direct', role='leader'),
    s(EC, 'The head of the electoral commission, Theophile Garnier-Addo', 'the three districts had been chosen because their tally sheets showed "arithmetical discrepancies" and that the others had been checked by observers from all parties', 'said', 'mixed', role='head of the electoral commission'),
    s(EC, 'he', '"A recount is a legal procedure, not a negotiation,"', 'told', 'direct', role='head of the electoral commission'),
    s(EC, '', '"We will recount where the law gives us grounds, and nowhere else."', '', 'direct', role='head of the electoral commission'),
    s(PM, 'Kirchhoff-Mensah', 'the fraud allegations as "the excuses of a bad loser"', 'has dismissed', 'mixed', role='Prime Minister'),
    s(PM, 'Kirchhoff-Mensah', 'the opposition to accept the result', 'urged', role='Prime Minister'),
    s('Baptiste Lorrain-Fofana', 'his spokesman, Baptiste Lorrain-Fofana', 'the government "respects the commission\'s independence" and would accept the recount\'s findings "whatever they are"', 'said', 'mixed', role='spokesman'),
    s(PM, 'Kirchhoff-Mensah', 'his party would form a government "within days"', 'said', 'mixed', role='Prime Minister'),
    s(PM, 'Kirchhoff-Mensah', 'the opposition to "take its place in parliament and hold us to account there."', 'called on', 'mixed', role='Prime Minister'),
    s("The European Union's delegation in Belvaux", "The European Union's delegation in Belvaux", 'all sides to "exercise restraint and use the legal avenues available"', 'urged', 'mixed'),
    s('the Council of Southern Democracies', 'International observers from the Council of Southern Democracies', 'voting had been "orderly and largely transparent"', 'said', 'mixed'),
    s('the Council of Southern Democracies', 'International observers from the Council of Southern Democracies', '"serious shortcomings" in the handling of ballots from overseas voters, which make up about four percent of the total', 'noted', 'mixed'),
    s('Morgane Villiers-Acheampong', 'Political analyst Morgane Villiers-Acheampong', "the opposition's boycott threat was a risky bet", 'said', role='Political analyst'),
    s('Morgane Villiers-Acheampong', 'she', '"If the recount confirms the result, Dumont-Okafor will have spent her credibility on three districts,"', 'said', 'direct', role='Political analyst'),
    s('Morgane Villiers-Acheampong', '', '"If it does not, the whole election is open again."', '', 'direct', role='Political analyst'),
    s('Police', 'Police', "about 6,000 people had attended Monday's rally", 'said'),
    s('Civic Alliance', 'The opposition', 'the foreign ministry to explain why polling stations abroad closed two hours early in two countries', 'wants'),
    s('organisers', 'organisers', '25,000 had come', 'said'),
    s('the electoral commission', 'the commission', 'The recount is due to begin on Wednesday and to take five days', 'said'),
)

DEP = 'Artyom Zhelezny-Owusu'
R_DEP = 'Deputy Minister of Transport and Communications of Kessaria'
AGR = 'Valentina Rostova-Ampofo'

doc('z04-wire-agency-kessaria-grain-corridor-selvak', 'NORDPRESS', '2030-04-03', '''
Grain corridor through port of Selvak to reopen in May — deputy transport minister

VELGRAD, April 3. /NORDPRESS/. The grain corridor through the port of Selvak, closed since January after ice damaged two of its berths, will reopen in the first half of May, Deputy Minister of Transport and Communications of Kessaria Artyom Zhelezny-Owusu told NORDPRESS on Thursday.

"Repairs to the first berth are finished, divers are working on the second. We expect the harbour master to lift the restrictions by May 10," the deputy minister said.

In his words, the port will be able to handle up to 38 ships a month once both berths are back in service, against 24 before the closure. He specified that the dredging of the approach channel, planned for the autumn, had been moved forward to the spring so that larger bulk carriers could call at Selvak.

According to the deputy minister, the repairs have cost 1.9 billion kesari, of which the state port company paid two thirds and the regional budget the rest.

Earlier, Minister of Agriculture and Food Security of Kessaria Valentina Rostova-Ampofo said that exporters had sent about 640,000 tonnes of wheat by rail to the port of Dormund during the closure, and that the extra freight costs would be partly compensated from the agricultural support fund. The minister noted that grain stocks at inland elevators remain "at a comfortable level".

The press service of the Selvak port administration told NORDPRESS that the first ship expected after the reopening is a bulk carrier bound for the Gulf of Amrit with 52,000 tonnes of wheat.

The Kessarian Grain Exporters Union welcomed the timetable. Its executive director, Lev Baranov-Tetteh, said exporters had lost "at least six weeks of the season" and asked the government to extend the freight subsidy until the end of June.

A source in the transport ministry told NORDPRESS that the ministry was considering a second inspection of the berths by an independent engineering firm before the reopening. The source did not say which firm would carry it out.

The head of the Selvak port administration, Grigory Aksyonov-Darko, said earlier this week that the port had used the closure to replace the lighting and fire-fighting systems on all berths. In his opinion, the port "will come out of this winter better equipped than it went in".

Experts point out that Selvak handles about a third of Kessaria's grain exports. According to analyst Nadezhda Kolesova-Boakye of the Velgrad Centre for Agricultural Markets, the delayed reopening will lower the country's export forecast for the season by about 1.2 million tonnes. "The harvest was good, but a port that stands still for four months cannot be made up in the summer," she said.

The port of Selvak was damaged on January 9, when drifting ice broke through the protective boom and hit the northern berths. No one was hurt.

Read also:

Kessaria to build two new grain terminals by 2034 — Minister of Agriculture and Food Security

Rail operator adds 400 grain wagons to the Dormund route, says company head
''',
    s(DEP, 'deputy transport minister', 'Grain corridor through port of Selvak to reopen in May', '', role='deputy transport minister'),
    s(DEP, 'Deputy Minister of Transport and Communications of Kessaria Artyom Zhelezny-Owusu', 'The grain corridor through the port of Selvak, closed since January after ice damaged two of its berths, will reopen in the first half of May', 'told', role=R_DEP),
    s(DEP, 'the deputy minister', '"Repairs to the first berth are finished|by May 10,"', 'said', 'direct', role=R_DEP),
    s(DEP, 'his', 'the port will be able to handle up to 38 ships a month once both berths are back in service, against 24 before the closure', 'In his words', role=R_DEP),
    s(DEP, 'He', 'the dredging of the approach channel, planned for the autumn, had been moved forward to the spring so that larger bulk carriers could call at Selvak', 'specified', role=R_DEP),
    s(DEP, 'the deputy minister', 'the repairs have cost 1.9 billion kesari, of which the state port company paid two thirds and the regional budget the rest', 'According to', role=R_DEP),
    s(AGR, 'Minister of Agriculture and Food Security of Kessaria Valentina Rostova-Ampofo', 'exporters had sent about 640,000 tonnes of wheat by rail to the port of Dormund during the closure, and that the extra freight costs would be partly compensated from the agricultural support fund', 'said', role='Minister of Agriculture and Food Security of Kessaria'),
    s(AGR, 'The minister', 'grain stocks at inland elevators remain "at a comfortable level"', 'noted', 'mixed', role='Minister of Agriculture and Food Security of Kessaria'),
    s('The press service of the Selvak port administration', 'The press service of the Selvak port administration', 'the first ship expected after the reopening is a bulk carrier bound for the Gulf of Amrit with 52,000 tonnes of wheat', 'told'),
    s('The Kessarian Grain Exporters Union', 'The Kessarian Grain Exporters Union', 'the timetable', 'welcomed'),
    s('Lev Baranov-Tetteh', 'Its executive director, Lev Baranov-Tetteh', 'exporters had lost "at least six weeks of the season"', 'said', 'mixed', role='executive director'),
    s('Lev Baranov-Tetteh', 'Its executive director, Lev Baranov-Tetteh', 'the government to extend the freight subsidy until the end of June', 'asked', role='executive director'),
    s('A source in the transport ministry', 'A source in the transport ministry', 'the ministry was considering a second inspection of the berths by an independent engineering firm before the reopening', 'told'),
    s('Grigory Aksyonov-Darko', 'The head of the Selvak port administration, Grigory Aksyonov-Darko', 'the port had used the closure to replace the lighting and fire-fighting systems on all berths', 'said', role='head of the Selvak port administration'),
    s('Grigory Aksyonov-Darko', 'his', 'the port "will come out of this winter better equipped than it went in"', 'In his opinion', 'mixed', role='head of the Selvak port administration'),
    s('Experts', 'Experts', "Selvak handles about a third of Kessaria's grain exports", 'point out'),
    s('Nadezhda Kolesova-Boakye', 'analyst Nadezhda Kolesova-Boakye of the Velgrad Centre for Agricultural Markets', "the delayed reopening will lower the country's export forecast for the season by about 1.2 million tonnes", 'According to', role='analyst'),
    s('Nadezhda Kolesova-Boakye', 'she', '"The harvest was good, but a port that stands still for four months cannot be made up in the summer,"', 'said', 'direct', role='analyst'),
    s('Minister of Agriculture and Food Security', 'Minister of Agriculture and Food Security', 'Kessaria to build two new grain terminals by 2034', '', role='Minister of Agriculture and Food Security', region='related'),
    s('company head', 'company head', 'Rail operator adds 400 grain wagons to the Dormund route', 'says', role='company head', region='related'),
)

GOVC = 'Ilse Marquardt-Danso'
STRAT = 'Callum Whitcombe-Nyarko'

doc('z05-wire-global-markets-corvania-rates-pause', 'Reuters', '2030-09-18', '''
GLOBAL MARKETS-Stocks edge lower as Corvanian central bank signals long pause; bonds firm

* Corvanian central bank holds rates, governor sees no cut before mid-2031
* World stocks index off 0.3%, tech shares lag
* Corvanian bond yields fall to three-month low
* Oil steadies after two-day slide

By Annabel Fitzwarren-Osei

LONDON, Sept 18 (Reuters) - World shares slipped on Wednesday and government bonds firmed after Corvania's central bank kept interest rates unchanged and its governor said borrowing costs were likely to stay at current levels well into next year, dampening hopes of a quick turn in global monetary policy.

The MSCI gauge of stocks across the globe was down 0.3% by 1130 GMT, with technology shares the biggest drag. Europe's STOXX 600 index fell 0.4%.

The Bank of Corvania held its main rate at 4.25% for a fifth straight meeting, as expected. But Governor Ilse Marquardt-Danso told a news conference that the bank saw "no case for easing before the middle of next year" because services inflation remained sticky.

"We would rather be late than be forced to reverse," she said.

Corvania's two-year bond yield fell 9 basis points to 3.81%, its lowest in three months, as traders reckoned the long pause would eventually weigh on growth.

"The message was hawkish, but the market heard a central bank that expects the economy to slow," said Callum Whitcombe-Nyarko, head of rates strategy at Pellmore Investors in London. "That is why bonds rallied rather than sold off."

Whitcombe-Nyarko said he expected the two-year yield to fall to 3.6% by the end of the year if retail sales kept weakening.

The corvan slipped 0.2% against the dollar to 1.0840.

Corvania's finance minister, Edmund Rasmussen-Fosu, told parliament on Tuesday that the government would not ask the central bank to change course and that fiscal policy would remain "tight but fair" in next year's budget.

Investors are also waiting for a policy decision from the Federal Reserve later in the day.

Strategists at Halbrook Bank said in a note that they had pushed back their forecast for the first Corvanian rate cut to September 2031 from March, and that they now expected the corvan to strengthen modestly against the euro.

Not all analysts were convinced the bank would hold out that long. Economist Priya Oyelaran-Smedvig at Castell Research argued that weak retail sales would force a change of tone "within two or three meetings".

In company news, shares in Corvanian carmaker Ostrava Motorworks fell 5.1% after it cut its full-year delivery target, blaming a shortage of battery cells. A company spokeswoman said the shortage would ease in the fourth quarter.

In commodities, Brent crude steadied at $78.40 a barrel after a two-day slide. Gold was flat at $2,610 an ounce.

"Oil has found a floor for now, but demand numbers out of Asia are soft," said a commodities trader at a European bank, who declined to be named because he was not authorised to speak to the media.

(Reporting by Annabel Fitzwarren-Osei; additional reporting by Joaquin Baptiste-Nakamura in Oskerby; Editing by Helene Voskuijlen-Adu)
''',
    s('The Bank of Corvania', 'Corvanian central bank', 'long pause', 'signals'),
    s(GOVC, 'governor', 'no cut before mid-2031', 'sees', role='governor'),
    s(GOVC, 'its governor', 'borrowing costs were likely to stay at current levels well into next year', 'said', role='governor'),
    s(GOVC, 'Governor Ilse Marquardt-Danso', 'the bank saw "no case for easing before the middle of next year" because services inflation remained sticky', 'told', 'mixed', role='Governor'),
    s(GOVC, 'she', '"We would rather be late than be forced to reverse,"', 'said', 'direct', role='Governor'),
    s(STRAT, 'Whitcombe-Nyarko', 'he expected the two-year yield to fall to 3.6% by the end of the year if retail sales kept weakening', 'said', role='head of rates strategy at Pellmore Investors in London'),
    s('traders', 'traders', 'the long pause would eventually weigh on growth', 'reckoned'),
    s(STRAT, 'Callum Whitcombe-Nyarko', '"The message was hawkish, but the market heard a central bank that expects the economy to slow,"', 'said', 'direct', role='head of rates strategy at Pellmore Investors in London'),
    s(STRAT, '', '"That is why bonds rallied rather than sold off."', '', 'direct', role='head of rates strategy at Pellmore Investors in London'),
    s('Edmund Rasmussen-Fosu', "Corvania's finance minister, Edmund Rasmussen-Fosu", 'the government would not ask the central bank to change course and that fiscal policy would remain "tight but fair" in next year\'s budget', 'told', 'mixed', role='finance minister'),
    s('Halbrook Bank', 'Strategists at Halbrook Bank', 'they had pushed back their forecast for the first Corvanian rate cut to September 2031 from March, and that they now expected the corvan to strengthen modestly against the euro', 'said'),
    s('Priya Oyelaran-Smedvig', 'Economist Priya Oyelaran-Smedvig at Castell Research', 'weak retail sales would force a change of tone "within two or three meetings"', 'argued', 'mixed', role='Economist'),
    s('Ostrava Motorworks', 'it', 'a shortage of battery cells', 'blaming'),
    s('A company spokeswoman', 'A company spokeswoman', 'the shortage would ease in the fourth quarter', 'said'),
    s('a commodities trader at a European bank', 'a commodities trader at a European bank', '"Oil has found a floor for now, but demand numbers out of Asia are soft,"', 'said', 'direct'),
)
