"""Set BF's five wire stories (see build_bf.py)."""
from invented_common import doc_spans as doc, s

MIN = "Ostrana's agriculture ministry"
CVO = 'Hanne Lindqvist-Mbatha'
CROLE = 'Chief Veterinary Officer'
VDS = 'Pieter Vandersloot'
OPPA = 'The Ostrana Pig Producers Association'
HOEK = 'Gerrit Hoekstra-Yilmaz'

doc('bf01-wire-ostrana-swine-fever-pig-farms', 'Reuters', '2038-03-11', '''
Swine fever found on three more farms in Ostrana's east, cull widened - agriculture ministry

VELSBURG, Ostrana, March 11 (Reuters) - African swine fever has been confirmed on three more pig farms in Ostrana's eastern Hollen province, bringing the total to nine since late February, and about 48,000 pigs will be culled, Ostrana's agriculture ministry said on Wednesday.

The ministry said the new cases were all inside the 10-kilometre protection zone set up around the first outbreak near Drossel, and that no infected wild boar had been found outside it.

Chief Veterinary Officer Hanne Lindqvist-Mbatha told a news conference in Velsburg that the virus had most likely been carried between farms on the wheels of a feed lorry. "We have one route, one lorry, and six farms on its delivery list," she said. "That is not a coincidence."

She declined to name the feed company.

Agriculture Minister Pieter Vandersloot said compensation of 240 crowns per pig would be paid within a month. Vandersloot, who visited a culling site at Drossel on Tuesday, said he understood the farmers' anger but that the cull "is the only tool that works."

The Ostrana Pig Producers Association said the compensation was too low and came too late for farmers who had already lost their breeding stock. Its chairman, Gerrit Hoekstra-Yilmaz, said a good sow was worth at least three times what the ministry was offering.

Hoekstra-Yilmaz met Vandersloot in Velsburg on Wednesday afternoon. He said afterwards that the association would take the ministry to court if the compensation rules were not changed by April.

Was the outbreak caught early enough? Two veterinarians working in the province, who asked not to be named because they were not authorised to speak to the media, said samples from the first farm had waited four days at a regional laboratory before being sent to Velsburg.

The ministry said in response that the samples had been tested "within the legal time limits."

China and South Korea suspended imports of Ostranian pork on Tuesday, according to the ministry, which said it was negotiating to limit the bans to Hollen province.

Ostrana exported about 1.1 million tonnes of pork last year, worth 2.3 billion euros, according to Statistics Ostrana.

Pig prices at the Kessel exchange fell 4 percent on Wednesday. Analysts at Dunmore Agri said in a note that the bans could push Ostranian pig prices down by a fifth within weeks, because "the meat has nowhere to go."

Lindqvist-Mbatha said the neighbouring Wessland veterinary service had told her on Monday that no case had been found on its side of the border. Wessland's agriculture ministry did not respond to a request for comment.

Farms in the zone must keep pigs indoors and may not move them without a permit, under rules in force since Feb. 27. Hunting has been suspended across Hollen province, and walkers have been asked to keep to marked paths.

The virus is harmless to people but kills almost every pig it infects, and there is no vaccine approved for use in Ostrana.

(Reporting by Anneke Voskuilen; Editing by Martin Oduya-Hale)
''',
    s(MIN, 'agriculture ministry', "Swine fever found on three more farms in Ostrana's east, cull widened", ''),
    s(MIN, MIN, 'African swine fever has been confirmed on three more pig farms|about 48,000 pigs will be culled', 'said'),
    s(MIN, 'The ministry', 'the new cases were all inside the 10-kilometre protection zone|no infected wild boar had been found outside it', 'said'),
    s(CVO, 'Chief Veterinary Officer Hanne Lindqvist-Mbatha', 'the virus had most likely been carried between farms on the wheels of a feed lorry', 'told', role=CROLE),
    s(CVO, 'she', '"We have one route, one lorry, and six farms on its delivery list,"', 'said', 'direct', role=CROLE),
    s(CVO, '', '"That is not a coincidence."', '', 'direct', role=CROLE),
    s(VDS, 'Agriculture Minister Pieter Vandersloot', 'compensation of 240 crowns per pig would be paid within a month', 'said', role='Agriculture Minister'),
    s(VDS, 'Vandersloot, who visited a culling site at Drossel on Tuesday', 'he understood the farmers\' anger but that the cull "is the only tool that works."', 'said', 'mixed', role='Agriculture Minister'),
    s(OPPA, OPPA, 'the compensation was too low and came too late for farmers who had already lost their breeding stock', 'said'),
    s(HOEK, 'Its chairman, Gerrit Hoekstra-Yilmaz', 'a good sow was worth at least three times what the ministry was offering', 'said', role='chairman'),
    s(HOEK, 'He', 'the association would take the ministry to court if the compensation rules were not changed by April', 'said', role='chairman'),
    s('Two veterinarians working in the province', 'Two veterinarians working in the province', 'samples from the first farm had waited four days at a regional laboratory before being sent to Velsburg', 'said'),
    s(MIN, 'The ministry', 'the samples had been tested "within the legal time limits."', 'said', 'mixed'),
    s(MIN, 'the ministry', 'China and South Korea suspended imports of Ostranian pork on Tuesday', 'according to'),
    s(MIN, 'which', 'it was negotiating to limit the bans to Hollen province', 'said'),
    s('Statistics Ostrana', 'Statistics Ostrana', 'Ostrana exported about 1.1 million tonnes of pork last year, worth 2.3 billion euros', 'according to'),
    s('Analysts at Dunmore Agri', 'Analysts at Dunmore Agri', 'the bans could push Ostranian pig prices down by a fifth within weeks, because "the meat has nowhere to go."', 'said', 'mixed'),
    s(CVO, 'Lindqvist-Mbatha', 'the neighbouring Wessland veterinary service had told her on Monday that no case had been found on its side of the border', 'said', role=CROLE),
    s('the neighbouring Wessland veterinary service', 'the neighbouring Wessland veterinary service', 'no case had been found on its side of the border', 'had told', nested=True, via=CVO),
)

VARS = 'Ilona Varsanyi'
REGG = 'Matteo Reggiani-Osu'
AUDIT = "Lorvania's state audit office"
FELT = 'Dario Feltrin'
FROLE = "The railway's chief executive"
MONTE = 'Fabrizia Monte'
ALPW = 'The Alpine Watch group'
ALMQ = 'Greta Almqvist'
BENR = 'Luca Benedetti-Ramos'

doc('bf02-wire-lorvania-tessaro-rail-tunnel-opens', 'AP', '2038-06-13', '''
First trains cross new Lorvania-Tessaro rail tunnel after 12 years of work

BRANICA, Lorvania (AP) — The first passenger train through the new rail tunnel between Lorvania and Tessaro pulled into Branica station on Saturday, cutting the trip from the Tessaran capital to two hours and 40 minutes, from more than seven hours by road.

Prime Minister Ilona Varsanyi of Lorvania and President Matteo Reggiani-Osu of Tessaro rode the first train together and cut a ribbon on the platform, where a brass band from each country played both anthems.

"This tunnel goes through a mountain that divided us for centuries," Varsanyi told the crowd. "Today it is a door."

Reggiani-Osu called the link "the most important thing our two countries have built together" and said the two governments would study a second tunnel for freight.

The 27-kilometer Karst Tunnel cost 6.4 billion euros, about 40% more than planned, according to a report by Lorvania's state audit office last year. The report said most of the overrun came from flooding in the tunnel's middle section in 2031, which stopped work for 14 months.

The railway's chief executive, Dario Feltrin, said 14 trains a day would run in each direction from Monday, rising to 22 in December. Tickets for the first two weeks had sold out, he said.

"We tested this line for 11 months, in snow, in heat, with full trains and empty ones," Feltrin said. "We know where the problems are.

"The problem nobody can test is what happens when people who have never taken a train across this border start to do it every day."

Not everyone was celebrating. In the Tessaran border town of Lisca, where the old road crossing carried most of the trade between the two countries, shopkeepers said they feared losing business to Branica. Lisca's mayor, Fabrizia Monte, said the town had been promised a station and got "a ventilation shaft and a lot of dust."

Asked whether a station at Lisca was still planned, Feltrin said it was not in the current budget.

The Alpine Watch group, which fought the tunnel in court for four years, said Saturday that it had been proved right about the cost and wrong about very little else. "We said it would be late and expensive. It was late and expensive," said spokeswoman Greta Almqvist.

Tessaro's transport minister, Luca Benedetti-Ramos, told reporters on the train that cross-border fares would be cut by a third for students from September.

Did anyone doubt it would ever be finished? Varsanyi said she had, once.

"In 2031, when the water came in, I thought we would be opening it for my grandchildren," she said.

The two countries signed the tunnel treaty in 2024, and boring began two years later from both ends. The two drills met under the border in November 2034, 11 centimeters apart, and the first test train ran in July last year.

Freight trains will not use the tunnel until 2040, when a new yard at Branica is due to open.
''',
    s(VARS, 'Varsanyi', '"This tunnel goes through a mountain that divided us for centuries,"', 'told', 'direct', role='Prime Minister'),
    s(VARS, '', '"Today it is a door."', '', 'direct', role='Prime Minister'),
    s(REGG, 'Reggiani-Osu', 'the link "the most important thing our two countries have built together"', 'called', 'mixed', role='President'),
    s(REGG, '', 'the two governments would study a second tunnel for freight', 'said', role='President'),
    s(AUDIT, "a report by Lorvania's state audit office", 'The 27-kilometer Karst Tunnel cost 6.4 billion euros, about 40% more than planned', 'according to'),
    s(AUDIT, 'The report', "most of the overrun came from flooding in the tunnel's middle section in 2031, which stopped work for 14 months", 'said'),
    s(FELT, "The railway's chief executive, Dario Feltrin", '14 trains a day would run in each direction from Monday, rising to 22 in December', 'said', role=FROLE),
    s(FELT, 'he', 'Tickets for the first two weeks had sold out', 'said', role=FROLE),
    s(FELT, 'Feltrin', '"We tested this line for 11 months, in snow, in heat, with full trains and empty ones,"', 'said', 'direct', role=FROLE),
    s(FELT, '', '"We know where the problems are.|start to do it every day."', '', 'direct', role=FROLE),
    s('shopkeepers', 'shopkeepers', 'they feared losing business to Branica', 'said'),
    s(MONTE, "Lisca's mayor, Fabrizia Monte", 'the town had been promised a station and got "a ventilation shaft and a lot of dust."', 'said', 'mixed', role="Lisca's mayor"),
    s(FELT, 'Feltrin', 'it was not in the current budget', 'said', role=FROLE),
    s(ALPW, ALPW, 'it had been proved right about the cost and wrong about very little else', 'said'),
    s(ALMQ, 'spokeswoman Greta Almqvist', '"We said it would be late and expensive. It was late and expensive,"', 'said', 'direct', role='spokeswoman'),
    s(BENR, "Tessaro's transport minister, Luca Benedetti-Ramos", 'cross-border fares would be cut by a third for students from September', 'told', role="Tessaro's transport minister"),
    s(VARS, 'Varsanyi', 'she had, once', 'said', role='Prime Minister'),
    s(VARS, 'she', '"In 2031, when the water came in, I thought we would be opening it for my grandchildren,"', 'said', 'direct', role='Prime Minister'),
)

VOS = 'Henrike Vos-Amaral'
VROLE = "the bloc's foreign policy chief"
DUV = 'Karel Duvnjak'
VMFA = "Varkos's foreign ministry"
MARK = 'Ilina Markova'
AIES = 'The Aldenburg Institute for Energy Studies'
PELL = 'Jonas Pelletier'

doc('bf03-wire-concord-union-sanctions-package-varkos', 'AFP', '2038-02-23', '''
Concord Union adopts 14th sanctions package against Varkos, targets "shadow fleet"

ALDENBURG (AFP) - The 22 member states of the Concord Union on Monday adopted a 14th package of sanctions against Varkos, targeting 61 tankers of its so-called shadow fleet and three banks in the Gulf state of Qaresh, the bloc's foreign policy chief announced.

Henrike Vos-Amaral told reporters after a meeting of foreign ministers that the package "closes the doors Varkos found open after the last one."

The package also bans the export of industrial lasers and machine-tool parts to Varkos and adds 48 people to the Union's list of those barred from travel, among them two deputy ministers.

Diplomats said the talks had been held up for three weeks by Ostmarra, which buys 70 percent of its gas from Varkos and had demanded exemptions for two pipelines.

Ostmarra's prime minister, Karel Duvnjak, said on Monday that his country had "won what it needed" and would not block the package.

Duvnjak met Council President Anders Halvorsen-Kimura on Sunday evening, and he later told Ostmarran television that the exemptions for the two pipelines would run until 2040. Halvorsen-Kimura's office did not comment.

In Varkos, the foreign ministry denounced the sanctions as "illegal and futile" and vowed a "mirror response," without giving details.

"The sanctions will have no effect on our economy," ministry spokeswoman Ilina Markova said on the ministry's channel. "They will have an effect on the Union's."

A European diplomat told AFP, asking not to be named, that the shadow-fleet listing was "the part that will actually hurt."

According to the Aldenburg Institute for Energy Studies, Varkos's shadow fleet carried about 1.4 million barrels a day of crude last year, more than a third of its exports.

Will the sanctions bite this time? The institute's director, Jonas Pelletier, said the answer depended on enforcement at sea, which "has never been the Union's strength."

Qaresh's central bank said it had not been informed in advance of the listing of the three banks and would "study the decision carefully."

The Kessmark Shipowners' Association said the listing of the tankers would "push more old ships into the hands of people who do not insure them," and called for joint inspections of tankers at sea.

Vos-Amaral said Qaresh's finance minister had assured her last week that the three banks would be closed to Varkosian clients by the end of March. She did not say what the Union would do if they were not.

The Union's first package, adopted in 2035 after Varkos seized the Tarnow gas field, froze about 30 billion euros of Varkosian central bank assets. Each new package needs the approval of all 22 member states, and the sanctions must be renewed every six months.
''',
    s(VOS, VROLE, 'The 22 member states of the Concord Union on Monday adopted a 14th package|three banks in the Gulf state of Qaresh', 'announced', role="the bloc's foreign policy chief"),
    s(VOS, VOS, 'the package "closes the doors Varkos found open after the last one."', 'told', 'mixed', role="the bloc's foreign policy chief"),
    s('Diplomats', 'Diplomats', 'the talks had been held up for three weeks by Ostmarra|had demanded exemptions for two pipelines', 'said'),
    s(DUV, "Ostmarra's prime minister, Karel Duvnjak", 'his country had "won what it needed" and would not block the package', 'said', 'mixed', role="Ostmarra's prime minister"),
    s(DUV, 'he', 'the exemptions for the two pipelines would run until 2040', 'told', role="Ostmarra's prime minister"),
    s(VMFA, 'the foreign ministry', 'the sanctions as "illegal and futile"', 'denounced', 'mixed'),
    s(VMFA, '', 'a "mirror response,"', 'vowed', 'mixed'),
    s(MARK, 'ministry spokeswoman Ilina Markova', '"The sanctions will have no effect on our economy,"', 'said', 'direct', role='ministry spokeswoman'),
    s(MARK, '', '"They will have an effect on the Union\'s."', '', 'direct', role='ministry spokeswoman'),
    s('A European diplomat', 'A European diplomat', 'the shadow-fleet listing was "the part that will actually hurt."', 'told', 'mixed'),
    s(AIES, 'the Aldenburg Institute for Energy Studies', "Varkos's shadow fleet carried about 1.4 million barrels a day of crude last year, more than a third of its exports", 'according to'),
    s(PELL, "The institute's director, Jonas Pelletier", 'the answer depended on enforcement at sea, which "has never been the Union\'s strength."', 'said', 'mixed', role="The institute's director"),
    s("Qaresh's central bank", "Qaresh's central bank", 'it had not been informed in advance of the listing of the three banks and would "study the decision carefully."', 'said', 'mixed'),
    s("The Kessmark Shipowners' Association", "The Kessmark Shipowners' Association", 'the listing of the tankers would "push more old ships into the hands of people who do not insure them,"', 'said', 'mixed'),
    s("The Kessmark Shipowners' Association", '', 'joint inspections of tankers at sea', 'called for'),
    s(VOS, 'Vos-Amaral', "Qaresh's finance minister had assured her last week that the three banks would be closed to Varkosian clients by the end of March", 'said', role="the bloc's foreign policy chief"),
    s("Qaresh's finance minister", "Qaresh's finance minister", 'the three banks would be closed to Varkosian clients by the end of March', 'had assured', nested=True, via=VOS),
)

DRAV = 'Nikola Dravic'
TIA = 'Tennis Integrity Agency'
PANEL = 'an independent anti-corruption panel'
ACHT = 'Tomas Achterberg'
OYEL = 'Marguerite Oyelaran-Hess'
PTPA = "The Professional Tennis Players' Association"
RETO = 'Reto Vanderbilt-Osei'

doc('bf04-wire-tennis-dravic-match-fixing-life-ban', 'Reuters', '2038-05-18', '''
Tennis-Dravic banned for life over match-fixing, player says he will appeal

CASTELMAR, May 18 (Reuters) - Former world number 31 Nikola Dravic was banned from tennis for life on Tuesday after an independent anti-corruption panel found he had fixed the results of four matches in 2036 and 2037, the Tennis Integrity Agency (TIA) said.

The panel also fined the 29-year-old Valdorian $250,000.

Dravic denied the charges throughout a five-day hearing in March.

"I have never thrown a point in my life, and I will prove it at the appeals tribunal," Dravic said in a statement posted on social media.

His lawyer, Tomas Achterberg, said the case rested on messages sent from a phone "that my client never owned." Achterberg said Dravic's cousin, who was banned for ten years in the same decision, had been "a scapegoat for people much higher up" and that he would represent him too.

According to the panel's decision, a betting syndicate in Marovia paid Dravic 190,000 euros through his cousin's bank account. The decision said two of the matches, both first-round losses at the Portavia Open, had drawn "unusual and heavy" betting on Dravic losing the second set.

Police in Marovia said in a statement that two men had been arrested in connection with the syndicate and that a third was being sought.

The TIA's chief executive, Marguerite Oyelaran-Hess, said the agency had worked with betting operators, police in three countries and the Valdorian tennis federation.

"Fixers count on players believing nobody is watching," she said. "Somebody is."

Did other players know? Oyelaran-Hess declined to say whether further cases were open.

Valdoria's tennis federation said it "respected the process" but would support Dravic's right to appeal.

Players have long complained that prize money at lower-level events is too low to live on, leaving them open to approaches from fixers. The Professional Tennis Players' Association, which represents about 600 players, said on Tuesday that the ban showed "a system that punishes the poorest players and never the organisers."

"A ban for life," said former Davis Cup captain Reto Vanderbilt-Osei, "is the right sentence, but it is the fourth this year from the same three tournaments."

Dravic, who reached the third round at the Castelmar Open in 2035, won four titles on the second-tier Challenger circuit. He has not played a match since he was provisionally suspended in November.

The TIA opened 41 investigations last year and imposed 17 sanctions, according to its annual report, most of them on players ranked outside the top 300.
''',
    s(DRAV, 'player', 'he will appeal', 'says'),
    s(TIA, 'the Tennis Integrity Agency (TIA)', 'Former world number 31 Nikola Dravic was banned from tennis for life on Tuesday|in 2036 and 2037', 'said'),
    s(PANEL, PANEL, 'he had fixed the results of four matches in 2036 and 2037', 'found', nested=True, via=TIA),
    s(DRAV, 'Dravic', 'the charges', 'denied', date='2038-03'),
    s(DRAV, 'Dravic', '"I have never thrown a point in my life, and I will prove it at the appeals tribunal,"', 'said', 'direct'),
    s(ACHT, 'His lawyer, Tomas Achterberg', 'the case rested on messages sent from a phone "that my client never owned."', 'said', 'mixed', role='His lawyer'),
    s(ACHT, 'Achterberg', 'Dravic\'s cousin, who was banned for ten years in the same decision, had been "a scapegoat for people much higher up" and that he would represent him too', 'said', 'mixed', role='His lawyer'),
    s(PANEL, "the panel's decision", "a betting syndicate in Marovia paid Dravic 190,000 euros through his cousin's bank account", 'according to'),
    s(PANEL, 'The decision', 'two of the matches, both first-round losses at the Portavia Open, had drawn "unusual and heavy" betting on Dravic losing the second set', 'said', 'mixed'),
    s('Police in Marovia', 'Police in Marovia', 'two men had been arrested in connection with the syndicate and that a third was being sought', 'said'),
    s(OYEL, "The TIA's chief executive, Marguerite Oyelaran-Hess", 'the agency had worked with betting operators, police in three countries and the Valdorian tennis federation', 'said', role="The TIA's chief executive"),
    s(OYEL, 'she', '"Fixers count on players believing nobody is watching,"', 'said', 'direct', role="The TIA's chief executive"),
    s(OYEL, '', '"Somebody is."', '', 'direct', role="The TIA's chief executive"),
    s("Valdoria's tennis federation", "Valdoria's tennis federation", 'it "respected the process" but would support Dravic\'s right to appeal', 'said', 'mixed'),
    s('Players', 'Players', 'prize money at lower-level events is too low to live on, leaving them open to approaches from fixers', 'have long complained'),
    s(PTPA, PTPA, 'the ban showed "a system that punishes the poorest players and never the organisers."', 'said', 'mixed'),
    s(RETO, 'former Davis Cup captain Reto Vanderbilt-Osei', ['"A ban for life,"', '"is the right sentence, but it is the fourth this year from the same three tournaments."'], 'said', 'direct', role='former Davis Cup captain'),
    s(TIA, 'its annual report', 'The TIA opened 41 investigations last year and imposed 17 sanctions', 'according to'),
)

PAIR = 'Nordavia Lines and Caspari Maritime'
SOLH = 'Ingrid Solheim-Baptiste'
SROLE = 'Nordavia Chief Executive Officer'
BENV = 'Aurelio Benvenuti'
RAVI = 'Sunil Ravikumar'
GSC = "The Global Shippers' Council"

doc('bf05-wire-nordavia-caspari-container-lines-merger', 'Bloomberg', '2038-09-16', '''
Nordavia, Caspari to Merge in $21 Billion Container Shipping Deal

- Combined company to be world's third-largest container carrier
- CEO says no ship orders will be canceled after merger

(Bloomberg) -- Nordavia Lines and Caspari Maritime agreed to merge in an all-share deal valuing the combined container carrier at about $21 billion, the companies said Thursday, as shipping lines seek scale after three years of falling freight rates.

Nordavia shareholders will own 58% of the new company, to be called Nordavia Caspari and based in Helmstad, according to the companies' joint statement.

Nordavia Chief Executive Officer Ingrid Solheim-Baptiste will lead the combined group. "We are not buying ships, we are buying a network," Solheim-Baptiste said on a call with analysts. She said no orders for new vessels would be canceled and that the two fleets' 212 ships would be brought under one schedule over 18 months.

Caspari's chairman, Aurelio Benvenuti, who founded the company in 1994 with two secondhand feeder ships, will become chairman of the board. He said the deal was "the only way to stay in the first division."

Nordkap Invest, Nordavia's largest shareholder, said it supported the deal. Caspari's founding family, which owns 31% of the company, has agreed to vote its shares in favor, according to the statement.

Shares of Caspari jumped 14% in Helmstad trading, the most since 2031. Nordavia fell 3.2%.

The deal needs approval from competition authorities in at least nine jurisdictions, people familiar with the matter said, asking not to be identified because the filings aren't public.

Regulators in the Concord Union could be the hardest hurdle, according to Sunil Ravikumar, an analyst at Bellwood Intelligence, who estimated that the merged company would control about 31% of capacity on routes between Asia and northern Europe.

Shippers are wary. The Global Shippers' Council, which represents cargo owners, said it would ask regulators to examine the deal "line by line" and urged them to impose conditions on freight rates.

The Helmstad dockworkers' union said it had not been consulted.

Solheim-Baptiste said she expected savings of about $900 million a year by 2041, mostly from sharing port terminals and routes, and that there would be "no program of job cuts at sea."

Asked whether office jobs would go, she said the two companies had "overlapping functions" in four cities and that "some of them will be combined."

Rival carrier Sorensen Line declined to comment.

Freight rates on the main Asia-Europe trade have fallen 38% since 2035, according to the Helmstad Container Index. Carriers ordered record numbers of ships during the boom years of 2032 and 2033, and many of those vessels are only now being delivered.

--With assistance from Katrin Okafor-Lund.
''',
    s(SOLH, 'CEO', 'no ship orders will be canceled after merger', 'says', role=SROLE),
    s(PAIR, 'the companies', 'Nordavia Lines and Caspari Maritime agreed to merge|at about $21 billion', 'said'),
    s(PAIR, "the companies' joint statement", 'Nordavia shareholders will own 58% of the new company, to be called Nordavia Caspari and based in Helmstad', 'according to'),
    s(SOLH, 'Solheim-Baptiste', '"We are not buying ships, we are buying a network,"', 'said', 'direct', role=SROLE),
    s(SOLH, 'She', "no orders for new vessels would be canceled and that the two fleets' 212 ships would be brought under one schedule over 18 months", 'said', role=SROLE),
    s(BENV, 'He', 'the deal was "the only way to stay in the first division."', 'said', 'mixed', role="Caspari's chairman"),
    s('Nordkap Invest', "Nordkap Invest, Nordavia's largest shareholder", 'it supported the deal', 'said'),
    s(PAIR, 'the statement', "Caspari's founding family, which owns 31% of the company, has agreed to vote its shares in favor", 'according to'),
    s('people familiar with the matter', 'people familiar with the matter', 'The deal needs approval from competition authorities in at least nine jurisdictions', 'said'),
    s(RAVI, 'Sunil Ravikumar, an analyst at Bellwood Intelligence', 'Regulators in the Concord Union could be the hardest hurdle', 'according to', role='an analyst at Bellwood Intelligence'),
    s(RAVI, 'who', 'the merged company would control about 31% of capacity on routes between Asia and northern Europe', 'estimated', role='an analyst at Bellwood Intelligence'),
    s(GSC, GSC, 'it would ask regulators to examine the deal "line by line"', 'said', 'mixed'),
    s(GSC, '', 'them to impose conditions on freight rates', 'urged'),
    s("The Helmstad dockworkers' union", "The Helmstad dockworkers' union", 'it had not been consulted', 'said'),
    s(SOLH, 'Solheim-Baptiste', 'she expected savings of about $900 million a year by 2041|"no program of job cuts at sea."', 'said', 'mixed', role=SROLE),
    s(SOLH, 'she', 'the two companies had "overlapping functions" in four cities and that "some of them will be combined."', 'said', 'mixed', role=SROLE),
    s('the Helmstad Container Index', 'the Helmstad Container Index', 'Freight rates on the main Asia-Europe trade have fallen 38% since 2035', 'according to'),
)
