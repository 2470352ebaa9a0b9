"""Set BE's five wire stories (see build_be.py)."""
from invented_common import doc_spans as doc, s

HAL = 'Halvard Copper'
EBBE = 'Tomasz Ebbe-Lindqvist'
KMI = 'Kestrian Mines Inspectorate'
SELV = 'Ruta Selvaggi'
DUN = 'Oskar Dunmore-Fell'
KMU = 'Kestra Metal'
AUR = 'Brenno Aurel'
WIFE = 'The wife of one trapped miner'

doc('be01-wire-kestria-copper-mine-collapse-rescue', 'Reuters', '2038-03-14', '''
Rescuers reach 11 miners trapped in Dravenholt copper mine collapse, company says

DRAVENHOLT, Kestria, March 14 (Reuters) - Rescuers reached 11 miners trapped for three days in a collapsed copper mine in northern Kestria on Friday and found all of them alive, the mine's operator said. Two were being treated for crush injuries.

Halvard Copper said in a statement that the miners had sheltered in a refuge chamber 640 metres below the surface and that a drill had broken through to the chamber shortly after 4 a.m.

"They were sitting in the dark, singing, when the drill came through the rock," said Tomasz Ebbe-Lindqvist, the company's head of operations, who led the rescue. "The first thing they asked for was coffee."

The collapse on Tuesday was caused by a rock burst in a tunnel that had been widened last year, according to the Kestrian Mines Inspectorate. The inspectorate said it had ordered work to stop at all three of the company's underground mines while it investigated.

A veteran rescuer who has worked at the site for two decades, Ruta Selvaggi, told Reuters the team had drilled through a layer of hard granite that slowed the work by almost a day. "We changed the bit four times," she said.

Families had waited at the mine gate since Tuesday. The wife of one trapped miner, who asked not to be named, said she had been told on Wednesday night that the men had answered a tapping signal. "Nobody told us anything for two days before that," she said.

Kestria's mining minister, Oskar Dunmore-Fell, who visited the site on Thursday, said the government would review the inspectorate's powers. He also said he had asked the company to pay full wages to all 1,400 workers while the mines were closed.

The miners' union, Kestra Metal, accused Halvard of ignoring warnings about the widened tunnel. The union said its safety representatives had written to the company in November that the tunnel's roof was cracking, and demanded a public inquiry.

A Halvard spokesman, Brenno Aurel, denied that the company had received any written warning. "We take every report seriously, and we have no record of that letter," he said.

Shares in Halvard fell 6% in Orsk on Friday. Analysts at Nordvik Securities said the closure could cut the company's copper output by a fifth this year.

Was the collapse foreseeable? Mining engineers said rock bursts are hard to predict at that depth.

The two injured miners were flown to a hospital in Velm, where doctors said both were in stable condition. The other nine were expected to leave the mine by the evening, the company said.

Kestria produced 410,000 tonnes of copper last year, most of it from the Dravenholt district, and mining employs about 30,000 people in the region.

(Reporting by Aino Rask; Editing by Marcus Dell)
''',
    s(HAL, 'company', 'Rescuers reach 11 miners trapped in Dravenholt copper mine collapse', 'says'),
    s(HAL, "the mine's operator", 'Rescuers reached 11 miners trapped for three days in a collapsed copper mine in northern Kestria on Friday and found all of them alive', 'said'),
    s(HAL, HAL, 'the miners had sheltered in a refuge chamber 640 metres below the surface and that a drill had broken through to the chamber shortly after 4 a.m.', 'said'),
    s(EBBE, 'Tomasz Ebbe-Lindqvist', '"They were sitting in the dark, singing, when the drill came through the rock,"', 'said', 'direct', role="the company's head of operations"),
    s(EBBE, '', '"The first thing they asked for was coffee."', '', 'direct', role="the company's head of operations"),
    s(KMI, 'the Kestrian Mines Inspectorate', 'The collapse on Tuesday was caused by a rock burst in a tunnel that had been widened last year', 'according to'),
    s(KMI, 'The inspectorate', "it had ordered work to stop at all three of the company's underground mines while it investigated", 'said'),
    s(SELV, 'Ruta Selvaggi', 'the team had drilled through a layer of hard granite that slowed the work by almost a day', 'told', role='A veteran rescuer'),
    s(SELV, 'she', '"We changed the bit four times,"', 'said', 'direct', role='A veteran rescuer'),
    s(WIFE, WIFE, 'she had been told on Wednesday night that the men had answered a tapping signal', 'said'),
    s(WIFE, 'she', '"Nobody told us anything for two days before that,"', 'said', 'direct'),
    s(DUN, "Kestria's mining minister, Oskar Dunmore-Fell", "the government would review the inspectorate's powers", 'said', role="Kestria's mining minister"),
    s(DUN, 'He', 'he had asked the company to pay full wages to all 1,400 workers while the mines were closed', 'said', role="Kestria's mining minister"),
    s(KMU, "The miners' union, Kestra Metal", 'Halvard of ignoring warnings about the widened tunnel', 'accused'),
    s(KMU, 'The union', "its safety representatives had written to the company in November that the tunnel's roof was cracking", 'said'),
    s('its safety representatives', 'its safety representatives', "the tunnel's roof was cracking", 'had written', nested=True, via=KMU),
    s(KMU, '', 'a public inquiry', 'demanded'),
    s(AUR, 'A Halvard spokesman, Brenno Aurel', 'the company had received any written warning', 'denied', role='A Halvard spokesman'),
    s(AUR, 'he', '"We take every report seriously, and we have no record of that letter,"', 'said', 'direct', role='A Halvard spokesman'),
    s('Analysts at Nordvik Securities', 'Analysts at Nordvik Securities', "the closure could cut the company's copper output by a fifth this year", 'said'),
    s('Mining engineers', 'Mining engineers', 'rock bursts are hard to predict at that depth', 'said'),
    s('doctors', 'doctors', 'both were in stable condition', 'said'),
    s(HAL, 'the company', 'The other nine were expected to leave the mine by the evening', 'said'),
)

ZAR = 'Ilona Zaremba-Voss'
CBV = 'The Central Bank of Velaria'
HOLM = 'Gideon Holmquist'
PERE = 'Sunniva Peregrine'
FINM = 'Aurelio Baptiste-Nord'

doc('be02-wire-velaria-central-bank-surprise-rate-cut', 'Bloomberg', '2038-06-11', '''
Velaria Cuts Rates in Surprise Move as Governor Warns of Stalling Growth

- Governor says inflation is 'no longer the main danger'
- Velar slides most since January against the euro

By Katarina Moll

Velaria's central bank unexpectedly cut its benchmark interest rate by half a percentage point on Thursday, saying the economy had slowed more sharply than it forecast in March.

The Central Bank of Velaria lowered its policy rate to 3.75%, the first cut in four years. It was the first change of any kind since 2036.

Governor Ilona Zaremba-Voss told reporters in Castelmar that inflation was "no longer the main danger" to the economy. "Factories are cutting shifts, and households have stopped spending," she said. "We would rather act a little early than a lot too late."

The decision was not unanimous. Two of the seven members of the monetary policy council voted to keep rates unchanged, according to a statement released after the meeting. The statement said the council would "stand ready" to lower borrowing costs further if unemployment kept rising.

Velaria's economy grew 0.1% in the first quarter, the weakest pace since 2031, as exports of machinery to its largest neighbours fell. Zaremba-Voss, a former finance ministry official who took office in 2035, had said as recently as May that rates would stay high "for as long as it takes."

The velar fell as much as 1.1% against the euro after the announcement, its biggest drop since January.

"This is a central bank that has seen something in the data we have not," said Gideon Holmquist, chief economist at Harrowgate Bank in London. He said the minutes, due in two weeks, would show how worried the council had become about the labour market.

Not every investor was convinced. Sunniva Peregrine, who manages 4 billion velars in bonds at Altamar Capital, said the cut risked reigniting price rises in services. Inflation, she said, "is falling, but it has not fallen."

Finance Minister Aurelio Baptiste-Nord welcomed the decision, saying it would help small businesses that had struggled to borrow. He has criticised the bank's high rates for months. Zaremba-Voss has denied that the pressure played any role.

Asked whether the government had asked her to cut, the governor said: "Nobody asked, and nobody would dare."

Unemployment rose to 7.4% in April from 6.8% at the start of the year, the statistics office said last month. The office also reported that retail sales had fallen for a third straight month.

Economists at Lindqvist & Rowe wrote in a note to clients that they now expect two more cuts before the end of the year. The bank's next decision is due on July 23.

--With assistance from Tomas Erling.
''',
    s(ZAR, 'Governor', 'Stalling Growth', 'Warns', role='Governor'),
    s(ZAR, 'Governor', "inflation is 'no longer the main danger'", 'says', 'mixed', role='Governor'),
    s(CBV, "Velaria's central bank", 'the economy had slowed more sharply than it forecast in March', 'saying'),
    s(ZAR, 'Governor Ilona Zaremba-Voss', 'inflation was "no longer the main danger" to the economy', 'told', 'mixed', role='Governor'),
    s(ZAR, 'she', '"Factories are cutting shifts, and households have stopped spending,"', 'said', 'direct', role='Governor'),
    s(ZAR, '', '"We would rather act a little early than a lot too late."', '', 'direct', role='Governor'),
    s(ZAR, 'Zaremba-Voss, a former finance ministry official who took office in 2035', 'rates would stay high "for as long as it takes."', 'had said', 'mixed', role='Governor'),
    s('a statement released after the meeting', 'a statement released after the meeting', 'Two of the seven members of the monetary policy council voted to keep rates unchanged', 'according to'),
    s('a statement released after the meeting', 'The statement', 'the council would "stand ready" to lower borrowing costs further if unemployment kept rising', 'said', 'mixed'),
    s(HOLM, 'Gideon Holmquist', '"This is a central bank that has seen something in the data we have not,"', 'said', 'direct', role='chief economist at Harrowgate Bank in London'),
    s(HOLM, 'He', 'the minutes, due in two weeks, would show how worried the council had become about the labour market', 'said', role='chief economist at Harrowgate Bank in London'),
    s(PERE, 'Sunniva Peregrine, who manages 4 billion velars in bonds at Altamar Capital', 'the cut risked reigniting price rises in services', 'said'),
    s(PERE, 'she', ['Inflation,', '"is falling, but it has not fallen."'], 'said', 'mixed', anchor='Inflation, she said'),
    s(FINM, 'Finance Minister Aurelio Baptiste-Nord', 'the decision', 'welcomed', role='Finance Minister'),
    s(FINM, '', 'it would help small businesses that had struggled to borrow', 'saying', role='Finance Minister'),
    s(FINM, 'He', "the bank's high rates", 'has criticised', role='Finance Minister'),
    s(ZAR, 'Zaremba-Voss', 'the pressure played any role', 'has denied', role='Governor'),
    s(ZAR, 'the governor', '"Nobody asked, and nobody would dare."', 'said', 'direct', role='Governor'),
    s('the statistics office', 'the statistics office', 'Unemployment rose to 7.4% in April from 6.8% at the start of the year', 'said'),
    s('the statistics office', 'The office', 'retail sales had fallen for a third straight month', 'reported'),
    s('Economists at Lindqvist & Rowe', 'Economists at Lindqvist & Rowe', 'they now expect two more cuts before the end of the year', 'wrote'),
)

SMF = "the Syndicat Maritime de l'Ouest"
DRAV = 'Yannick Dravet-Losa'
LIGNE = 'Lignes Atlantiques du Nord'
MORV = 'Capucine Morvan-Eshel'
PREF = 'the Ile-Brenne prefecture'

doc('be03-wire-ferry-strike-ile-brenne', 'AFP', '2038-07-02', '''
Ferry strike strands thousands on Ile-Brenne at height of summer

Brest-sur-Orne, July 2 (AFP) - Thousands of holidaymakers and islanders were stranded on Ile-Brenne on Wednesday as ferry crews walked out for a third day over pay, the union leading the strike announced, saying no boats would sail before the weekend.

All 14 daily crossings between the island and the mainland port of Brest-sur-Orne were cancelled, according to the operator, Lignes Atlantiques du Nord.

"The crews are not doing this for fun," the secretary-general of the Syndicat Maritime de l'Ouest, Yannick Dravet-Losa, told AFP. "They have had one raise in six years, and it was eaten by inflation in six months."

The union is demanding a 9 percent raise. The company offered 3.5 percent on Monday, which the crews rejected in a show of hands on the quay.

Lignes Atlantiques du Nord said in a statement that the union's demand would cost 11 million euros a year and "put the service itself at risk." It said it remained open to talks.

The company's director, Capucine Morvan-Eshel, said she had proposed mediation by the regional labour inspectorate. The union, she added, had not replied.

Dravet-Losa denied the company's account. "We replied on Tuesday night, in writing, and we said yes to mediation," he said, "as long as the 3.5 percent is not the starting point."

On the island, where about 4,000 people live year-round and up to 30,000 stay in summer, supermarket shelves were emptying. Ile-Brenne's mayor, Rozenn Le Quellec, said fresh milk and bread had run out on Tuesday and that the island's only pharmacy had medicine for "a few more days."

The prefecture said it had requisitioned two fishing boats to carry medicine and patients, and that a navy tug would take emergency cases if the weather turned.

Asked by AFP when the boats would sail again, a spokesman for the prefecture said it was "not for the State to settle a pay dispute."

Some tourists took it in stride. "We have a tent and a beach, so we are not suffering," said Joost van Harlingen, a Dutch teacher on his third summer on the island. Others were less patient.

A hotel owner in the island's main village, who gave only her first name, Maelle, said two thirds of her guests had cancelled. "Every day of this costs me a month of profit," she said.

The regional council's president, Armel Kerdoncuff, called on both sides to return to talks and said the council would pay for extra sailings once the strike ended.

The island's year-round residents depend on the ferry for everything from fuel to school trips. A bridge was proposed in 2029 and abandoned because of its cost. The ferry line carried 1.1 million passengers last year.
''',
    s(SMF, 'the union leading the strike', 'Thousands of holidaymakers and islanders were stranded on Ile-Brenne on Wednesday as ferry crews walked out for a third day over pay', 'announced'),
    s(SMF, '', 'no boats would sail before the weekend', 'saying'),
    s(LIGNE, 'the operator, Lignes Atlantiques du Nord', 'All 14 daily crossings between the island and the mainland port of Brest-sur-Orne were cancelled', 'according to'),
    s(DRAV, "the secretary-general of the Syndicat Maritime de l'Ouest, Yannick Dravet-Losa", '"The crews are not doing this for fun,"', 'told', 'direct', role="the secretary-general of the Syndicat Maritime de l'Ouest"),
    s(DRAV, '', '"They have had one raise in six years, and it was eaten by inflation in six months."', '', 'direct', role="the secretary-general of the Syndicat Maritime de l'Ouest"),
    s(LIGNE, LIGNE, '''the union's demand would cost 11 million euros a year and "put the service itself at risk."''', 'said', 'mixed'),
    s(LIGNE, 'It', 'it remained open to talks', 'said'),
    s(MORV, "The company's director, Capucine Morvan-Eshel", 'she had proposed mediation by the regional labour inspectorate', 'said', role="The company's director"),
    s(MORV, 'she', ['The union,', 'had not replied.'], 'added', anchor='The union, she added'),
    s(DRAV, 'Dravet-Losa', "the company's account", 'denied', role="the secretary-general of the Syndicat Maritime de l'Ouest"),
    s(DRAV, 'he', ['"We replied on Tuesday night, in writing, and we said yes to mediation,"', '"as long as the 3.5 percent is not the starting point."'], 'said', 'direct', role="the secretary-general of the Syndicat Maritime de l'Ouest"),
    s('Rozenn Le Quellec', "Ile-Brenne's mayor, Rozenn Le Quellec", '''fresh milk and bread had run out on Tuesday and that the island's only pharmacy had medicine for "a few more days."''', 'said', 'mixed', role="Ile-Brenne's mayor"),
    s(PREF, 'The prefecture', 'it had requisitioned two fishing boats to carry medicine and patients, and that a navy tug would take emergency cases if the weather turned', 'said'),
    s('a spokesman for the prefecture', 'a spokesman for the prefecture', 'it was "not for the State to settle a pay dispute."', 'said', 'mixed'),
    s('Joost van Harlingen', 'Joost van Harlingen', '"We have a tent and a beach, so we are not suffering,"', 'said', 'direct', role='a Dutch teacher on his third summer on the island'),
    s('Maelle', 'A hotel owner in the island\'s main village, who gave only her first name, Maelle', 'two thirds of her guests had cancelled', 'said', role="A hotel owner in the island's main village"),
    s('Maelle', 'she', '"Every day of this costs me a month of profit,"', 'said', 'direct', role="A hotel owner in the island's main village"),
    s('Armel Kerdoncuff', "The regional council's president, Armel Kerdoncuff", 'both sides to return to talks', 'called on', role="The regional council's president"),
    s('Armel Kerdoncuff', '', 'the council would pay for extra sailings once the strike ended', 'said', role="The regional council's president"),
)

FED = 'the World Chess Federation of the Nations'
OKAF = 'Dmitar Okafor-Reyes'
LINN = 'Sabine Linnemann'
ARB = 'Paolo Ventresca'

doc('be04-wire-chess-championship-dispute', 'AP', '2038-11-19', '''
Chess title match halted after challenger accuses champion's team of signalling

By HANNAH ROSSELIN Associated Press

VALDONIA, Montavia (AP) - The world chess championship was halted Wednesday after the challenger accused the champion's team of passing him signals during play, a charge the champion called "insulting nonsense."

Dmitar Okafor-Reyes, the 24-year-old challenger, refused to sit down for the eighth game, leaving his clock running for 15 minutes before the chief arbiter stopped it. In a letter to the organizers, he said a member of the champion's team had coughed "in a pattern" from the front row during game seven.

The champion, Sabine Linnemann of Ostrava-Nord, rejected the accusation. "I have played chess for 30 years and I have never needed anyone's help to find a move," the 41-year-old said at a news conference. "I will not dignify this with more than one sentence." She then spoke for another 20 minutes.

The federation that runs the match said it had asked the arbiters to review the video of game seven and would announce a decision by Friday. Until then, the eighth game is postponed, the federation said.

Chief arbiter Paolo Ventresca told The Associated Press he had seen nothing unusual during the seventh game. "I was standing two meters from the board," he said. "Nobody coughs in code in front of me."

The challenger's manager, Ines Abara, said the letter had been sent only after the federation "ignored three complaints" made in person. She said her player was ready to continue if the front row were cleared.

Was the match fairly run so far? Several grandmasters watching online said the complaint was unusual but not absurd. "Players have asked for spectators to be moved before," said grandmaster Eliska Morrow-Tan, who commentated the first week. "Halting a world championship is something else."

Okafor-Reyes, who qualified by winning the Candidates tournament in Mendara in April, has not spoken publicly since the letter. The match, played over 14 games with a $2.4 million prize fund, is tied 3.5-3.5.

The federation's president, Ruslan Ekwueme, declined to comment on whether Okafor-Reyes could be forfeited for the missed game. Under the match regulations, a player who does not appear within an hour loses the game.

Fans outside the hall in Valdonia were divided. "He is 24 and he is scared," said Teodor Vasko, a retired engineer holding a signed scoresheet. "But maybe he saw something."

Linnemann's second, Piet Okonjo, said the team had never sat in the front row. Okafor-Reyes, he said, "should look at his own preparation."

The last world championship, in 2036, was also interrupted, by a power cut that lasted three hours.
''',
    s(OKAF, 'challenger', "champion's team of signalling", 'accuses'),
    s(OKAF, 'the challenger', "the champion's team of passing him signals during play", 'accused'),
    s(LINN, 'the champion', '"insulting nonsense."', 'called', 'direct'),
    s(OKAF, 'he', '''a member of the champion's team had coughed "in a pattern" from the front row during game seven''', 'said', 'mixed', role='the 24-year-old challenger'),
    s(LINN, 'The champion, Sabine Linnemann of Ostrava-Nord', 'the accusation', 'rejected'),
    s(LINN, 'the 41-year-old', '"I have played chess for 30 years and I have never needed anyone\'s help to find a move,"', 'said', 'direct'),
    s(LINN, '', '"I will not dignify this with more than one sentence."', '', 'direct'),
    s(FED, 'The federation that runs the match', 'it had asked the arbiters to review the video of game seven and would announce a decision by Friday', 'said'),
    s(FED, 'the federation', 'Until then, the eighth game is postponed', 'said'),
    s(ARB, 'Chief arbiter Paolo Ventresca', 'he had seen nothing unusual during the seventh game', 'told', role='Chief arbiter'),
    s(ARB, 'he', '"I was standing two meters from the board,"', 'said', 'direct', role='Chief arbiter'),
    s(ARB, '', '"Nobody coughs in code in front of me."', '', 'direct', role='Chief arbiter'),
    s('Ines Abara', "The challenger's manager, Ines Abara", 'the letter had been sent only after the federation "ignored three complaints" made in person', 'said', 'mixed', role="The challenger's manager"),
    s('Ines Abara', 'She', 'her player was ready to continue if the front row were cleared', 'said', role="The challenger's manager"),
    s('Several grandmasters watching online', 'Several grandmasters watching online', 'the complaint was unusual but not absurd', 'said'),
    s('Eliska Morrow-Tan', 'grandmaster Eliska Morrow-Tan', '"Players have asked for spectators to be moved before,"', 'said', 'direct', role='grandmaster'),
    s('Eliska Morrow-Tan', '', '"Halting a world championship is something else."', '', 'direct', role='grandmaster'),
    s('Teodor Vasko', 'Teodor Vasko', '"He is 24 and he is scared,"', 'said', 'direct', role='a retired engineer'),
    s('Teodor Vasko', '', '"But maybe he saw something."', '', 'direct', role='a retired engineer'),
    s('Piet Okonjo', "Linnemann's second, Piet Okonjo", 'the team had never sat in the front row', 'said', role="Linnemann's second"),
    s('Piet Okonjo', 'he', ['Okafor-Reyes,', '"should look at his own preparation."'], 'said', 'mixed', role="Linnemann's second", anchor='Okafor-Reyes, he said'),
)

AEON = 'Aeolus Launch Systems'
KAVE = 'Marguerite Kavanagh-Obi'
NSA = 'the Nordmark Space Agency'
HULT = 'Esben Hultgren'

doc('be05-wire-nordmark-satellite-launch-failure', 'Reuters', '2038-09-30', '''
Nordmark weather satellite lost after rocket's second stage fails - launch firm

VESTRA SPACEPORT, Nordmark, Sept 30 (Reuters) - A rocket carrying Nordmark's newest weather satellite failed about eight minutes after lift-off on Tuesday and the satellite was lost over the ocean, launch company Aeolus Launch Systems said.

The company said the second-stage engine had shut down 40 seconds early and that the rocket had not reached orbital speed. It said no one was hurt and that debris had fallen into a closed area of sea north of the spaceport.

"We lost a very good satellite today, and I am sorry," Aeolus chief executive Marguerite Kavanagh-Obi told reporters at the spaceport. She said the company would find the cause "in weeks, not months," and that its next launch, planned for November, would wait until then.

The satellite, NordSky-4, was built for the Nordmark Space Agency at a cost of 310 million crowns. The agency said it had not insured it.

The agency's director general, Esben Hultgren, said forecasters would rely on the two older NordSky satellites, both past their design lives, until a replacement could be built. That could take three years, he said.

Was the loss avoidable? Two engineers who worked on the rocket's second stage told Reuters that a valve in the engine had failed in a ground test in May and had been replaced. They spoke on condition of anonymity because they were not authorised to speak to the media. Aeolus said in response that every component had passed its tests before the launch.

Members of parliament demanded answers. Liv Ostergaard-Nyquist, who chairs the parliament's science committee, said she would call Kavanagh-Obi and Hultgren to a hearing next week. "Taxpayers paid for a satellite and got a very expensive firework," she said.

NordSky-4 was to carry an infrared sounder built by the Velmark Institute of Physics that would have measured temperature and humidity across the Arctic every 15 minutes. The institute's team had spent nine years on the instrument.

Aeolus, founded in 2029 by former engineers of the state rocket bureau, holds a contract for six more launches for the agency through 2042. The agency said on Tuesday it would not reconsider the contract until the investigation was complete.

It was Aeolus's second failure in 11 launches. Its rival Corvane Orbital has not lost a rocket since 2034, according to a tally by the industry newsletter Launch Ledger.

National meteorologists warned that winter storm forecasts for the north could be less precise without the new instruments. The weather institute said its forecasts would remain "safe, but coarser."

The government said it would decide on a replacement by the end of the year.

(Reporting by Frida Lundahl; Editing by Owen Marsh)
''',
    s(AEON, 'launch firm', "Nordmark weather satellite lost after rocket's second stage fails", ''),
    s(AEON, 'launch company Aeolus Launch Systems', "A rocket carrying Nordmark's newest weather satellite failed about eight minutes after lift-off on Tuesday and the satellite was lost over the ocean", 'said'),
    s(AEON, 'The company', 'the second-stage engine had shut down 40 seconds early and that the rocket had not reached orbital speed', 'said'),
    s(AEON, 'It', 'no one was hurt and that debris had fallen into a closed area of sea north of the spaceport', 'said'),
    s(KAVE, 'Aeolus chief executive Marguerite Kavanagh-Obi', '"We lost a very good satellite today, and I am sorry,"', 'told', 'direct', role='Aeolus chief executive'),
    s(KAVE, 'She', 'the company would find the cause "in weeks, not months," and that its next launch, planned for November, would wait until then', 'said', 'mixed', role='Aeolus chief executive'),
    s(NSA, 'The agency', 'it had not insured it', 'said'),
    s(HULT, "The agency's director general, Esben Hultgren", 'forecasters would rely on the two older NordSky satellites, both past their design lives, until a replacement could be built', 'said', role="The agency's director general"),
    s(HULT, 'he', 'That could take three years', 'said', role="The agency's director general"),
    s("Two engineers who worked on the rocket's second stage", "Two engineers who worked on the rocket's second stage", 'a valve in the engine had failed in a ground test in May and had been replaced', 'told'),
    s(NSA, 'The agency', 'it would not reconsider the contract until the investigation was complete', 'said'),
    s(AEON, 'Aeolus', 'every component had passed its tests before the launch', 'said'),
    s('Liv Ostergaard-Nyquist', "Liv Ostergaard-Nyquist, who chairs the parliament's science committee", 'she would call Kavanagh-Obi and Hultgren to a hearing next week', 'said', role="chairs the parliament's science committee"),
    s('Liv Ostergaard-Nyquist', 'she', '"Taxpayers paid for a satellite and got a very expensive firework,"', 'said', 'direct', role="chairs the parliament's science committee"),
    s('Launch Ledger', 'the industry newsletter Launch Ledger', 'Its rival Corvane Orbital has not lost a rocket since 2034', 'according to'),
    s('National meteorologists', 'National meteorologists', 'winter storm forecasts for the north could be less precise without the new instruments', 'warned'),
    s('The weather institute', 'The weather institute', 'its forecasts would remain "safe, but coarser."', 'said', 'mixed'),
    s('The government', 'The government', 'it would decide on a replacement by the end of the year', 'said'),
)
