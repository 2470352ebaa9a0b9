"""Set BD's five wire stories (see build_bd.py)."""
from invented_common import doc_spans as doc, s

MOH = "Sarveny's health ministry"
SAH = 'St. Aldric Hospital Group'
OKL = 'Maren Okonkwo-Lisle'
NCSO = 'The National Cyber Security Office'
VBR = 'Ilse Varga-Brandt'
SPF = "The Sarveny Patients' Federation"
FELD = 'Jonas Feldmark'
SNA = "the Sarveny Nurses' Association"

doc('bd01-wire-sarveny-hospital-ransomware', 'Reuters', '2037-02-09', '''
Ransomware attack cripples Korrin hospital group, ambulances diverted - health ministry

KORRIN, Sarveny, Feb 9 (Reuters) - A ransomware attack shut down computer systems across the St. Aldric Hospital Group in Korrin on Monday, forcing its three hospitals to divert ambulances and postpone more than 400 operations, Sarveny's health ministry said.

The ministry said in a statement that emergency departments remained open for walk-in patients and that no patient had been harmed, but warned that the disruption could last "well into next week."

St. Aldric said its staff had switched to paper records at 2:15 a.m., after systems for laboratory results, scans and prescriptions stopped responding.

"We are treating patients with pens and clipboards, and we are doing it well," Chief Executive Maren Okonkwo-Lisle told reporters outside the group's main hospital. "What we cannot do right now is see a scan from the next building."

Okonkwo-Lisle declined to say whether the group had received a ransom demand.

A group calling itself Grey Lantern said in a post on a leak site on Monday afternoon that it had carried out the attack and had copied 1.2 terabytes of patient data. Reuters could not verify the claim.

Two people familiar with the investigation said the attackers had entered the network through a contractor's remote-access account. The people asked not to be identified because the inquiry is continuing.

The National Cyber Security Office said its specialists were working with the hospital group and the police, and urged other hospitals to check every remote-access account held by outside contractors.

Health Minister Ilse Varga-Brandt said the government would not pay a ransom and would not allow the hospital group to pay one.

"We do not negotiate with people who hold sick patients hostage," she told parliament.

Ambulances were being sent to hospitals in Tessendorf and Lunow, 40 and 65 kilometres away, according to the Korrin Regional Ambulance Service.

Patients were anxious. The Sarveny Patients' Federation said people waiting for cancer treatment had been left "in the dark," and called on the hospital group to telephone every patient whose appointment had been cancelled.

Attacks on hospitals have risen sharply in Sarveny, with 14 reported in 2036 against five a year earlier, according to figures from the cyber security office.

Jonas Feldmark, a security researcher at the University of Korrin, said hospitals were attractive targets because "every hour offline costs lives, and the attackers know it."

"Hospitals run old software because they cannot afford to switch it off," he said. "That is the whole problem."

Nurses at the three hospitals were working extra shifts without electronic drug charts, the Sarveny Nurses' Association said. Is that safe? The association says it is not.

The hospital group's three sites, St. Aldric, St. Wenna and the Korrin Children's Hospital, have about 2,100 beds between them and employ some 9,000 people. The group moved its patient records to a single electronic system in 2034, replacing a patchwork of older programmes at each hospital.

St. Aldric, which treats about 300,000 patients a year, was last hit by an outage in 2033, when a power failure shut its data centre for six hours.

(Reporting by Henrike Aasen; Editing by Paul Mbeki-Rowe)
''',
    s(MOH, 'health ministry', 'Ransomware attack cripples Korrin hospital group, ambulances diverted', ''),
    s(MOH, "Sarveny's health ministry", 'A ransomware attack shut down computer systems|postpone more than 400 operations', 'said'),
    s(MOH, 'The ministry', 'emergency departments remained open for walk-in patients and that no patient had been harmed', 'said'),
    s(MOH, '', 'the disruption could last "well into next week."', 'warned', 'mixed'),
    s(SAH, 'St. Aldric', 'its staff had switched to paper records at 2:15 a.m., after systems for laboratory results, scans and prescriptions stopped responding', 'said'),
    s(OKL, 'Chief Executive Maren Okonkwo-Lisle', '"We are treating patients with pens and clipboards, and we are doing it well,"', 'told', 'direct', role='Chief Executive'),
    s(OKL, '', '"What we cannot do right now is see a scan from the next building."', '', 'direct', role='Chief Executive'),
    s('Grey Lantern', 'A group calling itself Grey Lantern', 'it had carried out the attack and had copied 1.2 terabytes of patient data', 'said'),
    s('Two people familiar with the investigation', 'Two people familiar with the investigation', "the attackers had entered the network through a contractor's remote-access account", 'said'),
    s(NCSO, NCSO, 'its specialists were working with the hospital group and the police', 'said'),
    s(NCSO, '', 'other hospitals to check every remote-access account held by outside contractors', 'urged'),
    s(VBR, 'Health Minister Ilse Varga-Brandt', 'the government would not pay a ransom and would not allow the hospital group to pay one', 'said', role='Health Minister'),
    s(VBR, 'she', '"We do not negotiate with people who hold sick patients hostage,"', 'told', 'direct', role='Health Minister'),
    s('Korrin Regional Ambulance Service', 'the Korrin Regional Ambulance Service', 'Ambulances were being sent to hospitals in Tessendorf and Lunow, 40 and 65 kilometres away', 'according to'),
    s(SPF, SPF, 'people waiting for cancer treatment had been left "in the dark,"', 'said', 'mixed'),
    s(SPF, '', 'the hospital group to telephone every patient whose appointment had been cancelled', 'called on'),
    s(NCSO, 'the cyber security office', 'Attacks on hospitals have risen sharply in Sarveny, with 14 reported in 2036 against five a year earlier', 'according to'),
    s(FELD, 'Jonas Feldmark, a security researcher at the University of Korrin', 'hospitals were attractive targets because "every hour offline costs lives, and the attackers know it."', 'said', 'mixed', role='a security researcher at the University of Korrin'),
    s(FELD, 'he', '"Hospitals run old software because they cannot afford to switch it off,"', 'said', 'direct', role='a security researcher at the University of Korrin'),
    s(FELD, '', '"That is the whole problem."', '', 'direct', role='a security researcher at the University of Korrin'),
    s(SNA, SNA, 'Nurses at the three hospitals were working extra shifts without electronic drug charts', 'said'),
    s(SNA, 'The association', 'it is not', 'says'),
)

TOR = 'Anselm Torvik'
KGOV = "Kavaria's government"
HEDD = 'Priya Hedderwick'
GRAIN = 'The Kavarian Grain Exporters Union'
MARRO = 'Nuno Marroquin'
OSTV = 'Selin Ostvaldt'

doc('bd02-wire-kavaria-wheat-export-ban', 'Bloomberg', '2037-07-21', '''
Kavaria Halts Wheat Exports After Drought, Sending Prices Higher

- Farm minister says ban to last at least until the harvest is in
- Wheat futures jump the most since 2034 in Kestel trading

(Bloomberg) -- Kavaria banned wheat exports with immediate effect, after the worst drought in four decades cut its harvest forecast by a third and pushed bread prices in the capital up 18% in a month.

The ban, set out in a government decree published overnight in the official gazette, covers wheat, meslin and wheat flour, and exempts cargoes already loaded or paid for. Kavaria's government said in the decree that the measure was needed "to guarantee the food security of the population."

Agriculture Minister Anselm Torvik said in a televised address on Tuesday that the ban would stay in place at least until the harvest was in and the state reserve had been refilled. "Not one tonne leaves this country while our own bakeries are short," he said.

Kavaria was the world's sixth-largest wheat exporter last season, shipping about 11.4 million tons, according to data compiled by Bloomberg. Most of it went to buyers in North Africa and the Gulf.

Wheat futures for September delivery rose as much as 7.2% in Kestel, the biggest intraday gain since March 2034.

"The market was already tight, and this takes out a supplier at exactly the wrong moment," said Priya Hedderwick, a grains analyst at Morland Commodities in Kestel. Buyers would now turn to Ostrovia and Caldera, she said, but "nobody has 11 million tons lying around."

The Kavarian Grain Exporters Union, which represents 40 trading houses, said the ban would cost its members about $900 million in lost sales and warned that farmers would be paid less for next year's crop. It called on the government to set a date for the ban's end.

The government had considered a quota instead of an outright ban, according to two officials with knowledge of the discussions, who asked not to be named because the talks were private. Torvik rejected that option last week, one of the officials said.

Torvik has said before that exports would not be restricted. In May he told a farmers' congress that Kavaria "will honor every contract."

Analysts at Brightmere Bank estimate that global wheat stocks will fall to a nine-year low by next June. They wrote in a note that other exporters might follow Kavaria, and cut their forecast for global trade by 3 million tons.

The drought has hit the country's southern steppe hardest, where some districts received less than a third of their usual spring rain. The state weather service has forecast no significant rainfall before mid-August, and several regions have declared local emergencies.

The International Grains Forum, a body of producing and consuming countries, urged exporters to keep trade open. Its secretary-general, Selin Ostvaldt, said in a statement that bans "help no one in the long run," adding that the forum would hold an emergency meeting next week.

Kavaria's trade ministry didn't immediately respond to a request for comment on whether flour mills would get licenses to export.
''',
    s(TOR, 'Farm minister', 'ban to last at least until the harvest is in', 'says', role='Agriculture Minister'),
    s(KGOV, KGOV, 'the measure was needed "to guarantee the food security of the population."', 'said', 'mixed'),
    s(TOR, 'Agriculture Minister Anselm Torvik', 'the ban would stay in place at least until the harvest was in and the state reserve had been refilled', 'said', role='Agriculture Minister'),
    s(TOR, 'he', '"Not one tonne leaves this country while our own bakeries are short,"', 'said', 'direct', role='Agriculture Minister'),
    s('Bloomberg', 'data compiled by Bloomberg', "Kavaria was the world's sixth-largest wheat exporter last season, shipping about 11.4 million tons", 'according to'),
    s(HEDD, 'Priya Hedderwick, a grains analyst at Morland Commodities in Kestel', '"The market was already tight, and this takes out a supplier at exactly the wrong moment,"', 'said', 'direct', role='a grains analyst at Morland Commodities'),
    s(HEDD, 'she', ['Buyers would now turn to Ostrovia and Caldera', 'but "nobody has 11 million tons lying around."'], 'said', 'mixed', role='a grains analyst at Morland Commodities'),
    s('The state weather service', 'The state weather service', 'no significant rainfall before mid-August', 'has forecast'),
    s(GRAIN, GRAIN, 'the ban would cost its members about $900 million in lost sales', 'said'),
    s(GRAIN, '', "farmers would be paid less for next year's crop", 'warned'),
    s(GRAIN, 'It', "the government to set a date for the ban's end", 'called on'),
    s('two officials with knowledge of the discussions', 'two officials with knowledge of the discussions', 'The government had considered a quota instead of an outright ban', 'according to'),
    s('one of the officials', 'one of the officials', 'Torvik rejected that option last week', 'said'),
    s(TOR, 'Torvik', 'exports would not be restricted', 'has said', role='Agriculture Minister'),
    s(TOR, 'he', 'Kavaria "will honor every contract."', 'told', 'mixed', role='Agriculture Minister', date='2037-05'),
    s('Analysts at Brightmere Bank', 'Analysts at Brightmere Bank', 'global wheat stocks will fall to a nine-year low by next June', 'estimate'),
    s('Analysts at Brightmere Bank', 'They', 'other exporters might follow Kavaria', 'wrote'),
    s('The International Grains Forum', 'The International Grains Forum, a body of producing and consuming countries', 'exporters to keep trade open', 'urged'),
    s(OSTV, 'Its secretary-general, Selin Ostvaldt', 'bans "help no one in the long run,"', 'said', 'mixed', role='secretary-general'),
    s(OSTV, '', 'the forum would hold an emergency meeting next week', 'adding', role='secretary-general'),
)

PREF = 'Armelle Duvignac'
MPA = 'The maritime prefecture of the Atlantic coast'
HALD = 'Haldor Tankers'
VIGN = 'Corentin Vignaud'
MER = 'Mer Vivante'
LOZ = 'Gaëlle Lozach'
SOURCE = 'a source close to the inquiry'
RAVEN = 'Théo Ravenel'

doc('bd03-wire-ys-estuary-tanker-collision', 'AFP', '2037-10-03', '''
Tanker and cargo ship collide off Ys estuary, oil slick spreads

SAINT-ORLAN, Valmont (AFP) - A tanker carrying 60,000 tonnes of diesel collided with a container ship in fog off the Ys estuary early Saturday, spilling fuel into one of Valmont's busiest shipping lanes, the maritime authorities announced.

The maritime prefecture of the Atlantic coast said the Haldor Spirit, sailing under the flag of Ostmarra, had been struck on its port side at 5:40 am by the Cordelia, a 300-metre container ship bound for Saint-Orlan.

No crew member was hurt on either ship, according to the prefecture.

"The breach is above the waterline, and that is the one piece of good news we have today," the maritime prefect, Vice-Admiral Armelle Duvignac, told AFP. "The slick, however, is already eight kilometres long."

Tugs towed the tanker to an anchorage south of the estuary by midday, and two anti-pollution vessels were laying booms around it.

Haldor Tankers, the ship's Kessmark-based owner, said in a statement that the crew had sealed the damaged tank and that about 400 tonnes of diesel had escaped before they did. The company said it would "cooperate fully" with investigators.

The operator of the Cordelia declined to comment.

The captain of the tanker told investigators that his ship's radar had failed shortly before the collision, a source close to the inquiry told AFP.

A prosecutor opened an investigation for "pollution by negligence," the Saint-Orlan prosecutor's office said.

Will the diesel reach the oyster beds of the Ys bay? "That," said Corentin Vignaud, who heads the oyster farmers' committee of the bay, "is the only question anyone here is asking." He said some 140 families lived from oyster farming around the estuary.

The environmental group Mer Vivante denounced what it called "a collision foretold," and said it had warned for years that the lane was too crowded in fog.

"Three thousand ships pass here every month with no traffic separation worth the name," said its spokeswoman, Gaëlle Lozach.

Sea Minister Théo Ravenel, who flew over the slick by helicopter in the afternoon, said the state would "spare no means" to protect the coast. The light diesel should evaporate within days if the weather held, he said, unlike the heavy fuel oil of the Kestrel wreck that blackened the same coast in 2019.

Beaches between Saint-Orlan and Pointe-Ardic were closed as a precaution, according to a decree from the prefecture.

About 48,000 vessels a year enter or leave the Ys estuary, which serves the container port of Saint-Orlan and two refineries upstream. Fog is common on the approaches between September and March, when warm river water meets the colder sea, and pilots are compulsory only for ships longer than 200 metres.

The collision is the third in the Ys approaches since 2030. A 2035 parliamentary report recommended a mandatory traffic separation scheme for the estuary, which the government has not adopted.
''',
    s(MPA, 'the maritime authorities', "A tanker carrying 60,000 tonnes of diesel collided with a container ship in fog off the Ys estuary early Saturday, spilling fuel into one of Valmont's busiest shipping lanes", 'announced'),
    s(MPA, MPA, 'the Haldor Spirit, sailing under the flag of Ostmarra, had been struck on its port side at 5:40 am by the Cordelia, a 300-metre container ship bound for Saint-Orlan', 'said'),
    s(MPA, 'the prefecture', 'No crew member was hurt on either ship', 'according to'),
    s(PREF, 'the maritime prefect, Vice-Admiral Armelle Duvignac', '"The breach is above the waterline, and that is the one piece of good news we have today,"', 'told', 'direct', role='maritime prefect'),
    s(PREF, '', '"The slick, however, is already eight kilometres long."', '', 'direct', role='maritime prefect'),
    s(HALD, "Haldor Tankers, the ship's Kessmark-based owner", 'the crew had sealed the damaged tank and that about 400 tonnes of diesel had escaped before they did', 'said'),
    s(HALD, 'The company', 'it would "cooperate fully" with investigators', 'said', 'mixed'),
    s(SOURCE, SOURCE, "The captain of the tanker told investigators that his ship's radar had failed shortly before the collision", 'told'),
    s('The captain of the tanker', 'The captain of the tanker', "his ship's radar had failed shortly before the collision", 'told', nested=True, via=SOURCE),
    s("The Saint-Orlan prosecutor's office", "the Saint-Orlan prosecutor's office", 'A prosecutor opened an investigation for "pollution by negligence,"', 'said', 'mixed'),
    s(VIGN, "Corentin Vignaud, who heads the oyster farmers' committee of the bay", ['"That,"', '"is the only question anyone here is asking."'], 'said', 'direct', role="heads the oyster farmers' committee of the bay"),
    s(VIGN, 'He', 'some 140 families lived from oyster farming around the estuary', 'said', role="heads the oyster farmers' committee of the bay"),
    s(MER, 'The environmental group Mer Vivante', 'what it called "a collision foretold,"', 'denounced', 'mixed'),
    s(MER, '', 'it had warned for years that the lane was too crowded in fog', 'said'),
    s(LOZ, 'its spokeswoman, Gaëlle Lozach', '"Three thousand ships pass here every month with no traffic separation worth the name,"', 'said', 'direct', role='spokeswoman'),
    s(RAVEN, 'Sea Minister Théo Ravenel', 'the state would "spare no means" to protect the coast', 'said', 'mixed', role='Sea Minister'),
    s(RAVEN, 'he', 'The light diesel should evaporate within days if the weather held', 'said', role='Sea Minister'),
    s(MPA, 'a decree from the prefecture', 'Beaches between Saint-Orlan and Pointe-Ardic were closed as a precaution', 'according to'),
    s('A 2035 parliamentary report', 'A 2035 parliamentary report', 'a mandatory traffic separation scheme for the estuary', 'recommended'),
)

UAMW = 'United Auto and Machine Workers'
DEL = 'Renata Delacroix-Hume'
CORV = 'Corvane Motors'
PELL = 'Marcus Pellegrini'
OKAF = 'Tunde Okafor-Reyes'
BRASK = 'Hollis Brask'
LANE = 'Joanna Lanehart'

doc('bd04-wire-corvane-union-contract-ratified', 'AP', '2037-11-14', '''
Corvane workers narrowly ratify contract, union says, ending threat of strike

FALLON RIVER (AP) - Workers at Corvane Motors have narrowly approved a four-year contract that raises wages 19% and brings temporary workers onto the permanent payroll, the United Auto and Machine Workers union said Saturday.

About 52% of the 31,000 members who voted backed the agreement, according to the union's tally, with the closest margins at the company's two engine plants in Fallon River.

"This was a hard vote, and it should have been," union President Renata Delacroix-Hume said at a news conference at the local's hall. "Our members were asked to give up a lot in 2031. This contract gives a good part of it back."

She said the union would hold the company to its promise of building a battery plant at the idled Ashby Road site.

Corvane said in a statement that the agreement "recognizes the contribution of our workforce" and would keep the company competitive. Chief Executive Marcus Pellegrini said the contract would add about $1.1 billion to the company's costs over its term, most of it in the first two years.

Under the deal, about 4,200 temporary workers will become permanent employees within 18 months, and the top assembly wage will rise to $46 an hour by 2041.

Not everyone was satisfied. At the Fallon River engine plant, where the deal was rejected by 61% of voters, many workers said the raises did not make up for inflation since the last contract.

For Tunde Okafor-Reyes, a machinist with 22 years at the plant, the vote was a disappointment. "We had the leverage, and we gave it away for a signing bonus," he said. He said he would run against the local's leadership next year.

Hollis Brask, an industry analyst at Corbel Research in Harlan City, estimated the contract would add $650 to the cost of each vehicle Corvane builds. "That is manageable," he said, "as long as the new models sell."

Asked whether the narrow margin weakened her hand, Delacroix-Hume said it did not. "A win is a win," she said.

Corvane had warned in October that a strike would cost it $400 million a week. Talks went past their deadline twice before a tentative deal was reached on Oct. 29.

The state's governor, Joanna Lanehart, said in a statement that the agreement was "good news for every town with a Corvane plant in it."

A group of members who campaigned against the deal, calling itself Rank and File Forward, said it would ask the union to recount the ballots at the engine plants. The union did not immediately respond to a question about the request.

Corvane builds about 1.6 million vehicles a year in North America. Its Fallon River complex, which opened in 1951, employs about 9,800 hourly workers across two engine plants, a stamping plant and an assembly line that builds the company's full-size pickup trucks. The company plans to start building electric vans at a converted plant in Ashby County in 2039.
''',
    s(UAMW, 'union', 'Corvane workers narrowly ratify contract', 'says'),
    s(UAMW, 'the United Auto and Machine Workers union', 'Workers at Corvane Motors have narrowly approved a four-year contract that raises wages 19% and brings temporary workers onto the permanent payroll', 'said'),
    s(UAMW, "the union's tally", 'About 52% of the 31,000 members who voted backed the agreement', 'according to'),
    s(DEL, 'union President Renata Delacroix-Hume', '"This was a hard vote, and it should have been,"', 'said', 'direct', role='union President'),
    s(DEL, '', '"Our members were asked to give up a lot in 2031. This contract gives a good part of it back."', '', 'direct', role='union President'),
    s(DEL, 'She', 'the union would hold the company to its promise of building a battery plant at the idled Ashby Road site', 'said', role='union President'),
    s(CORV, 'Corvane', 'the agreement "recognizes the contribution of our workforce" and would keep the company competitive', 'said', 'mixed'),
    s(PELL, 'Chief Executive Marcus Pellegrini', "the contract would add about $1.1 billion to the company's costs over its term, most of it in the first two years", 'said', role='Chief Executive'),
    s('many workers', 'many workers', 'the raises did not make up for inflation since the last contract', 'said'),
    s(OKAF, 'he', '"We had the leverage, and we gave it away for a signing bonus,"', 'said', 'direct', role='a machinist'),
    s(OKAF, 'He', "he would run against the local's leadership next year", 'said', role='a machinist'),
    s(BRASK, 'Hollis Brask, an industry analyst at Corbel Research in Harlan City', 'the contract would add $650 to the cost of each vehicle Corvane builds', 'estimated', role='an industry analyst at Corbel Research'),
    s(BRASK, 'he', ['"That is manageable,"', '"as long as the new models sell."'], 'said', 'direct', role='an industry analyst at Corbel Research'),
    s(DEL, 'Delacroix-Hume', 'it did not', 'said', role='union President'),
    s(DEL, 'she', '"A win is a win,"', 'said', 'direct', role='union President'),
    s(CORV, 'Corvane', 'a strike would cost it $400 million a week', 'had warned', date='2037-10'),
    s(LANE, "The state's governor, Joanna Lanehart", 'the agreement was "good news for every town with a Corvane plant in it."', 'said', 'mixed', role="The state's governor"),
    s('Rank and File Forward', 'A group of members who campaigned against the deal, calling itself Rank and File Forward', 'it would ask the union to recount the ballots at the engine plants', 'said'),
)

IMRE = 'Katalin Imre'
LFF = 'The Lisvane Film Festival'
OSEI = 'Daniel Osei-Branford'
VOSK = 'Mirela Voskresen'
HAAG = 'Liesbeth Haagedoorn'
ADF = 'The Association of Documentary Filmmakers'

doc('bd05-wire-lisvane-film-festival-award-row', 'Reuters', '2037-05-25', '''
Juror quits Lisvane festival jury over top prize, says vote was "rushed"

LISVANE, May 25 (Reuters) - A member of the Lisvane Film Festival's main jury resigned on Sunday, a day after the jury gave its top prize to a drama co-produced by a company where she said another juror had worked until last year.

Vellish-born actress Katalin Imre said in a post on the social network Chirp that the jury's vote on the Golden Heron had been "rushed, and held before every question had been answered." She wrote that she had raised the conflict of interest during the jury's final meeting and had been told it was "a matter for the festival."

"I cannot put my name under a decision I do not trust," she wrote.

The festival said in a statement that it had checked the jurors' declarations before the competition began and that none had declared a link to the winning film, "The Salt Orchard." It said it would review the matter "with the seriousness it deserves" but that the award stood.

The juror named in Imre's post, the director Daniel Osei-Branford, told Reuters he had left the production company, Harrowgate Pictures, in March 2036, months before it joined the film as a minority co-producer. "I had no idea they were involved until I saw the credits," he said.

Jury president Mirela Voskresen said the vote had been unanimous in the first round and that Imre had voted for the film herself. "That is a fact, not an opinion," Voskresen told reporters at the festival palace.

Imre did not respond to a request for comment on that account.

"The Salt Orchard," a story of three sisters on a failing apple farm, was directed by Liesbeth Haagedoorn, who accepted the prize on Saturday night with her cast. "This film belongs to the people who grew the apples," she said on stage.

On Sunday she said the row was "painful" but that she would not give the prize back. "We made the film. We did not pick the jury," she said.

Under the festival's rules, a juror must declare any financial or professional link to a film in competition.

The Association of Documentary Filmmakers, which has criticised the festival's selection process in the past, called for the rules to be tightened and for an outside panel to vet jurors' declarations. Festival director Armand Kessel-Roux said the festival would consider "all reasonable proposals" after this year's edition.

Was the vote rushed? Two people present at the final meeting said it had lasted less than an hour, shorter than in previous years. One of them said the festival had asked the jury to decide before a dinner with sponsors. The festival denied that it had set any deadline.

The Golden Heron carries no prize money but often lifts a film's sales abroad. The festival, founded in 1958 in a former customs house on the Lisvane waterfront, screens about 120 films over ten days and sells some 200,000 tickets, most of them to local audiences rather than to the industry guests who fill the hotels along the quay.

(Reporting by Sabine Orlov; Editing by Kieran Mallory)
''',
    s(IMRE, 'Juror', 'vote was "rushed"', 'says', 'mixed', role='actress'),
    s(IMRE, 'she', 'another juror had worked until last year', 'said', role='actress'),
    s(IMRE, 'Vellish-born actress Katalin Imre', 'the jury\'s vote on the Golden Heron had been "rushed, and held before every question had been answered."', 'said', 'mixed', role='actress'),
    s(IMRE, 'She', "she had raised the conflict of interest during the jury's final meeting and had been told it was \"a matter for the festival.\"", 'wrote', 'mixed', role='actress'),
    s(IMRE, 'she', '"I cannot put my name under a decision I do not trust,"', 'wrote', 'direct', role='actress'),
    s(LFF, 'The festival', "it had checked the jurors' declarations before the competition began and that none had declared a link to the winning film, \"The Salt Orchard.\"", 'said'),
    s(LFF, 'It', 'it would review the matter "with the seriousness it deserves" but that the award stood', 'said', 'mixed'),
    s(OSEI, "The juror named in Imre's post, the director Daniel Osei-Branford", 'he had left the production company, Harrowgate Pictures, in March 2036, months before it joined the film as a minority co-producer', 'told', role='director'),
    s(OSEI, 'he', '"I had no idea they were involved until I saw the credits,"', 'said', 'direct', role='director'),
    s(VOSK, 'Jury president Mirela Voskresen', 'the vote had been unanimous in the first round and that Imre had voted for the film herself', 'said', role='Jury president'),
    s(VOSK, 'Voskresen', '"That is a fact, not an opinion,"', 'told', 'direct', role='Jury president'),
    s(HAAG, 'she', '"This film belongs to the people who grew the apples,"', 'said', 'direct', role='director', date='2037-05-24'),
    s(HAAG, 'she', 'the row was "painful" but that she would not give the prize back', 'said', 'mixed', role='director'),
    s(HAAG, 'she', '"We made the film. We did not pick the jury,"', 'said', 'direct', role='director'),
    s(ADF, ADF, "the rules to be tightened and for an outside panel to vet jurors' declarations", 'called for'),
    s('Armand Kessel-Roux', 'Festival director Armand Kessel-Roux', 'the festival would consider "all reasonable proposals" after this year\'s edition', 'said', 'mixed', role='Festival director'),
    s('Two people present at the final meeting', 'Two people present at the final meeting', 'it had lasted less than an hour, shorter than in previous years', 'said'),
    s('One of them', 'One of them', 'the festival had asked the jury to decide before a dinner with sponsors', 'said'),
    s(LFF, 'The festival', 'it had set any deadline', 'denied'),
)
