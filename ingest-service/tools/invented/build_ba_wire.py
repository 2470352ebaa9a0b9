"""Set BA's five wire stories (see build_ba.py)."""
from invented_common import doc_spans as doc, s

MPMU = "Monte Pardo Mineworkers' Union"
QUIN = 'Rosalia Quintero'
CORV = 'Corvane Resources'
LIND = 'Anders Lindqvist'
ECHE = 'Tomas Echevarria'
KMM = 'mining ministry'

doc('ba01-wire-kessana-copper-mine-strike', 'Reuters', '2036-05-12', '''
Workers at Kessana's Monte Pardo copper mine strike over pay - union

ALTAVERA, Kessana, May 12 (Reuters) - About 2,300 workers at the Monte Pardo copper mine in northern Kessana walked off the job on Tuesday after talks on a new wage deal broke down, the mine's largest union said, halting output at a pit that supplies about 4% of the world's mined copper.

The Monte Pardo Mineworkers' Union said its members had voted by 91% to strike after the company's final offer of a 4.5% raise failed to keep pace with inflation, which reached 7.8% in April.

"We have been patient for eleven months," union president Rosalia Quintero told reporters outside the mine gate. "Patience does not pay the rent."

Corvane Resources, which owns 70% of the mine, said in a statement that it "deeply regrets" the union's decision and that its offer was the most generous in Kessana's mining industry this year. The company declined to say how much refined copper it held at the port of Salinas.

Kessana is the world's fifth-largest copper producer. Its output has stagnated since 2030 as ore grades at older mines declined and new projects were held up by water permits in the drought-hit north.

Benchmark copper on the London Metal Exchange rose 2.1% to $11,840 a metric ton, its highest in six weeks.

"The market was already tight, and this takes a big chunk out of supply at the worst possible moment," said Anders Lindqvist, head of metals research at Baltron Capital in London.

He said prices could test their record high of $12,600 if the stoppage lasted more than two weeks, because smelters in Asia had little spare concentrate.

Mining Minister Tomas Echevarria said the government would not intervene "for now" and urged both sides to return to the table. According to the mining ministry, copper accounts for almost half of Kessana's exports and one in 12 jobs in the north.

Two people close to the talks, who asked not to be identified because the negotiations were private, said Corvane had been prepared to go to 5.5% but the union had asked for 9% and a bonus tied to the copper price.

The union, which also represents workers at two smaller mines owned by Corvane, said it would hold a vote next week on extending the strike to those sites.

Quintero accused Corvane of paying record dividends while "our members count coins at the end of the month."

Corvane's shares fell 3.4% in Altavera on Tuesday, while the broader index was flat. The company posted a net profit of $1.9 billion last year.

Monte Pardo produced 410,000 tons of copper in 2035, according to Corvane's annual report, making it the company's largest asset and the third-largest copper mine in the region.

The last strike at the mine, in 2031, lasted 23 days and ended with a 6% raise. Pickets were posted at the mine's two gates on Tuesday afternoon, and buses that normally carry the day shift up from Altavera ran empty.

"If Corvane wants the copper," Quintero said, "it knows where to find us: at the table, not in the newspapers."

Asked whether Corvane would bring in contractors to keep the mine running, Chief Executive Lionel Fabre said on a call with analysts that the company "will respect the law and the right to strike" and had no plans to do so.

(Reporting by Marta Ibarguen; Editing by Louise Hartnell)
''',
    s(MPMU, 'union', "Workers at Kessana's Monte Pardo copper mine strike over pay", ''),
    s(MPMU, "the mine's largest union", 'About 2,300 workers at the Monte Pardo copper mine|after talks on a new wage deal broke down', 'said'),
    s(MPMU, "The Monte Pardo Mineworkers' Union", "its members had voted by 91% to strike|which reached 7.8% in April", 'said'),
    s(QUIN, 'union president Rosalia Quintero', '"We have been patient for eleven months,"', 'told', 'direct', role='union president'),
    s(QUIN, '', '"Patience does not pay the rent."', '', 'direct', role='union president'),
    s(CORV, 'Corvane Resources', 'it "deeply regrets" the union\'s decision|in Kessana\'s mining industry this year', 'said', 'mixed'),
    s(LIND, 'Anders Lindqvist', '"The market was already tight, and this takes a big chunk out of supply at the worst possible moment,"', 'said', 'direct', role='head of metals research at Baltron Capital'),
    s(LIND, 'He', 'prices could test their record high of $12,600|little spare concentrate', 'said', role='head of metals research at Baltron Capital'),
    s(ECHE, 'Mining Minister Tomas Echevarria', 'the government would not intervene "for now"', 'said', 'mixed', role='Mining Minister'),
    s(ECHE, '', 'both sides to return to the table', 'urged', role='Mining Minister'),
    s(KMM, 'the mining ministry', "copper accounts for almost half of Kessana's exports and one in 12 jobs in the north", 'according to'),
    s('Two people close to the talks', 'Two people close to the talks', 'Corvane had been prepared to go to 5.5%|a bonus tied to the copper price', 'said'),
    s(MPMU, 'The union', 'it would hold a vote next week on extending the strike to those sites', 'said'),
    s(QUIN, 'Quintero', 'Corvane of paying record dividends while "our members count coins at the end of the month."', 'accused', 'mixed', role='union president'),
    s(QUIN, 'Quintero', ['"If Corvane wants the copper,"', '"it knows where to find us: at the table, not in the newspapers."'], 'said', 'direct', role='union president', anchor='"If Corvane'),
    s(CORV, "Corvane's annual report", "Monte Pardo produced 410,000 tons of copper in 2035", 'according to'),
    s('Lionel Fabre', 'Chief Executive Lionel Fabre', 'the company "will respect the law and the right to strike" and had no plans to do so', 'said', 'mixed', role='Chief Executive'),
)

OSA = 'Ondavian Space Agency'
MARB = 'Lucien Marchetti-Bray'
CALL = 'Ines Calloway'
ODUY = 'Pauline Oduya'

doc('ba02-wire-ondavia-weather-satellite-launch-failure', 'AFP', '2036-10-03', '''
Ondavia's first home-built weather satellite lost as rocket breaks up

VARENNE, Ondavia, Oct 3, 2036 (AFP) - A rocket carrying Ondavia's first home-built weather satellite broke apart less than three minutes after lift-off on Thursday, the national space agency said, a blow to the country's hopes of joining the small club of nations that launch their own spacecraft.

The Selvar-2 rocket lifted off from the Punta Grisa launch site at 10:14 am (1314 GMT) and lost contact with ground controllers 161 seconds into the flight, shortly after its first stage separated, the Ondavian Space Agency (AEO) said in a statement.

Debris fell into the sea about 300 kilometres east of the coast, far from shipping lanes, it added.

"Today we failed, and I will not pretend otherwise," the agency's director-general, Lucien Marchetti-Bray, told a news conference in Varenne. "But every space programme in history has lost rockets. What matters is what we learn."

Marchetti-Bray said a commission of engineers from the agency and two universities would examine the telemetry and report within 60 days.

Engineers at the control centre had told him that the second stage appeared to ignite before the first had fallen away, he said, but he cautioned against "guessing in public."

Only a handful of countries have put a satellite into orbit on a rocket of their own. Ondavia's programme began in 2027 with small sounding rockets launched from the same site, and the Selvar-2 had flown once before, in 2035, carrying a test payload.

The satellite, Nimbo-1, cost 210 million euros and was meant to give the country's farmers and fishing fleets their own forecasts instead of data bought from abroad. It was the first to be designed and built entirely in Ondavia.

Spectators on a beach near the launch site said the rocket appeared to wobble before a bright flash lit up the clouds.

According to tracking data compiled by the amateur group Orbital Watch Ondavia, the rocket reached an altitude of about 62 kilometres before it broke up.

The failure quickly became political. Senator Ines Calloway of the opposition Green Alliance called the programme "a vanity project that ended the way vanity projects do" and said she would ask the Senate's science committee to summon Marchetti-Bray.

Science Minister Pauline Oduya said the government remained committed to the programme, which employs about 1,400 people.

"We will fly again, and we will fly next year," she told AFP.

The satellite had been insured for 180 million euros, according to a person familiar with the policy, who asked not to be named because the contract was confidential.

The agency did not say whether a second Selvar-2 launch, planned for March, would be delayed.

Astravel Industries, the state-owned company that built the rocket's engines, said it was "fully cooperating" with the commission and had sent its own engineers to Punta Grisa. It declined to say whether the engines had been changed since a ground test in June, when one of them shut down early.

Is Ondavia's space programme worth the money? A poll conducted in September by the daily La Voz de Varenne found that 54 percent of Ondavians thought it was.

Asked whether the agency had rushed the launch to meet a political deadline, Marchetti-Bray said the government had set no date and that his teams had "signed off on every system, one by one."

lb/jm/ach
''',
    s(OSA, 'the national space agency', 'A rocket carrying Ondavia\'s first home-built weather satellite broke apart less than three minutes after lift-off on Thursday', 'said'),
    s(OSA, 'the Ondavian Space Agency (AEO)', 'The Selvar-2 rocket lifted off|shortly after its first stage separated', 'said'),
    s(OSA, 'it', 'Debris fell into the sea about 300 kilometres east of the coast, far from shipping lanes', 'added'),
    s(MARB, 'Lucien Marchetti-Bray', '"Today we failed, and I will not pretend otherwise,"', 'told', 'direct', role="the agency's director-general"),
    s(MARB, '', '"But every space programme in history has lost rockets. What matters is what we learn."', '', 'direct', role="the agency's director-general"),
    s(MARB, 'Marchetti-Bray', 'a commission of engineers from the agency and two universities would examine the telemetry and report within 60 days', 'said', role="the agency's director-general"),
    s(MARB, 'he', 'Engineers at the control centre had told him that the second stage appeared to ignite before the first had fallen away', 'said', role="the agency's director-general"),
    s('Engineers at the control centre', 'Engineers at the control centre', 'the second stage appeared to ignite before the first had fallen away', 'had told', nested=True, via=MARB),
    s(MARB, 'he', '"guessing in public."', 'cautioned against', 'direct', role="the agency's director-general"),
    s('Spectators on a beach near the launch site', 'Spectators on a beach near the launch site', 'the rocket appeared to wobble before a bright flash lit up the clouds', 'said'),
    s('Orbital Watch Ondavia', 'the amateur group Orbital Watch Ondavia', 'the rocket reached an altitude of about 62 kilometres before it broke up', 'according to'),
    s(CALL, 'Senator Ines Calloway', 'the programme "a vanity project that ended the way vanity projects do"', 'called', 'mixed', role='Senator'),
    s(CALL, '', "she would ask the Senate's science committee to summon Marchetti-Bray", 'said', role='Senator'),
    s(ODUY, 'Science Minister Pauline Oduya', 'the government remained committed to the programme, which employs about 1,400 people', 'said', role='Science Minister'),
    s(ODUY, 'she', '"We will fly again, and we will fly next year,"', 'told', 'direct', role='Science Minister'),
    s('a person familiar with the policy', 'a person familiar with the policy', 'The satellite had been insured for 180 million euros', 'according to'),
    s('La Voz de Varenne', 'A poll conducted in September by the daily La Voz de Varenne', '54 percent of Ondavians thought it was', 'found'),
    s('Astravel Industries', "Astravel Industries, the state-owned company that built the rocket's engines", 'it was "fully cooperating" with the commission and had sent its own engineers to Punta Grisa', 'said', 'mixed'),
    s(MARB, 'Marchetti-Bray', 'the government had set no date and that his teams had "signed off on every system, one by one."', 'said', 'mixed', role="the agency's director-general"),
)

TDO = 'Treasury Debt Office'
MFM = "Moravel's Finance Ministry"
VOSS = 'Katarina Voss'
ALSG = 'Henrik Alsgaard'
WIER = 'Tomasz Wierzbin'
REUT = 'Dagny Reuter'

doc('ba03-wire-moravel-bond-auction-weak-demand', 'Bloomberg', '2036-07-09', '''
Moravel's Bond Sale Draws Weakest Demand Since 2031 as Deficit Worries Mount

- Bid-to-cover ratio falls to 1.6, lowest in almost five years
- Finance ministry says it will stick to borrowing plan for 2036

(Bloomberg) -- Moravel sold 10-year bonds at the highest yield in more than a decade on Wednesday as investors demanded a bigger premium to fund a budget deficit the government expects to widen to 6.2% of gross domestic product this year.

The Treasury Debt Office sold 4 billion crowns ($410 million) of the notes at an average yield of 5.87%, up from 5.31% at a similar sale in May, according to results posted on its website. Bids totaled 1.6 times the amount offered, the lowest ratio since August 2031.

"It's a clear message that the market wants to see a credible plan to bring the deficit down," said Katarina Voss, a rates strategist at Nordhavn Bank in Ostrava. "Nobody is panicking, but the price of money just went up."

The Finance Ministry said in a statement that it would not change its borrowing plan for the year and that auctions would go ahead "as scheduled." Finance Minister Henrik Alsgaard told lawmakers on Tuesday that the government would present measures in September to narrow the deficit by 1 percentage point next year, without giving details.

Moravel's deficit has widened since the government raised pensions and public-sector wages ahead of elections in 2035. Public debt stands at about 68% of gross domestic product, up from 55% five years ago.

The yield on the benchmark 10-year bond rose 12 basis points to 5.92% in secondary trading, the most since March, data compiled by Bloomberg show. The crown weakened 0.6% against the euro.

Foreign investors hold about 38% of Moravel's government debt, according to the National Bank of Moravel, which has cut interest rates three times since October.

The ministry's chief economist, Lena Vinter, said in a radio interview on Wednesday that one weak auction was "not a trend" and that demand at shorter-dated sales in June had been strong.

Economists at Halden Bank wrote in a note to clients that the central bank may now have to slow the pace of its easing to keep foreign money in the country.

"We've cut our exposure to the long end," said Tomasz Wierzbin, a fund manager at Kalvik Asset Management who oversees about $6 billion. He said he would consider buying again if yields reached 6%.

Rating company Sterling & Vale, which rates Moravel BBB with a negative outlook, said in a report last week that the deficit could stay above 5% of GDP until 2039 unless the government raised taxes or cut pensions.

Aron Pelke, a spokesman for the Treasury Debt Office, declined to comment on the auction beyond the published results.

Opposition lawmaker Dagny Reuter said the result showed the government had "lost control of the public finances" and called for an emergency debate in parliament before the summer recess.

The debt office plans to sell a further 12 billion crowns of bonds in the third quarter, according to its issuance calendar.

--With assistance from Piotr Halas.

To contact the reporter on this story:
Ilse Marek in Ostrava at imarek@bloomberg.example
''',
    s(MFM, 'Finance ministry', 'it will stick to borrowing plan for 2036', 'says'),
    s(TDO, 'results posted on its website', 'The Treasury Debt Office sold 4 billion crowns|at a similar sale in May', 'according to'),
    s(VOSS, 'Katarina Voss', '"It\'s a clear message that the market wants to see a credible plan to bring the deficit down,"', 'said', 'direct', role='a rates strategist at Nordhavn Bank'),
    s(VOSS, '', '"Nobody is panicking, but the price of money just went up."', '', 'direct', role='a rates strategist at Nordhavn Bank'),
    s(MFM, 'The Finance Ministry', 'it would not change its borrowing plan for the year and that auctions would go ahead "as scheduled."', 'said', 'mixed'),
    s(ALSG, 'Finance Minister Henrik Alsgaard', 'the government would present measures in September|next year', 'told', role='Finance Minister'),
    s('Bloomberg', 'data compiled by Bloomberg', 'The yield on the benchmark 10-year bond rose 12 basis points to 5.92% in secondary trading, the most since March', 'show'),
    s('National Bank of Moravel', 'the National Bank of Moravel', "Foreign investors hold about 38% of Moravel's government debt", 'according to'),
    s('Lena Vinter', "The ministry's chief economist, Lena Vinter", 'one weak auction was "not a trend" and that demand at shorter-dated sales in June had been strong', 'said', 'mixed', role="The ministry's chief economist"),
    s('Economists at Halden Bank', 'Economists at Halden Bank', 'the central bank may now have to slow the pace of its easing to keep foreign money in the country', 'wrote'),
    s(WIER, 'Tomasz Wierzbin', '"We\'ve cut our exposure to the long end,"', 'said', 'direct', role='a fund manager at Kalvik Asset Management'),
    s(WIER, 'He', 'he would consider buying again if yields reached 6%', 'said', role='a fund manager at Kalvik Asset Management'),
    s('Sterling & Vale', 'Rating company Sterling & Vale', 'the deficit could stay above 5% of GDP until 2039 unless the government raised taxes or cut pensions', 'said'),
    s(REUT, 'Opposition lawmaker Dagny Reuter', 'the result showed the government had "lost control of the public finances"', 'said', 'mixed', role='Opposition lawmaker'),
    s(REUT, '', 'an emergency debate in parliament before the summer recess', 'called for', role='Opposition lawmaker'),
    s(TDO, 'its issuance calendar', 'The debt office plans to sell a further 12 billion crowns of bonds in the third quarter', 'according to'),
)

BAPT = 'Corinne Baptiste'
ADOT = 'Alder Department of Transportation'
OKAF = 'Wendell Okafor'
OYEL = 'Miriam Oyelaran'
TPAC = 'Tamsen Pass Avalanche Center'
LINH = 'Trey Lindahl'

doc('ba04-wire-alder-avalanche-closes-highway', 'AP', '2036-02-16', '''
Avalanche buries mountain highway, stranding dozens of drivers overnight

RIDGEFORD, Alder (AP) — An avalanche swept across Highway 9 near the top of Tamsen Pass early Saturday, burying a quarter-mile stretch of road under snow up to 30 feet deep and trapping about 60 vehicles between it and a second, smaller slide, state transportation officials said.

No one was reported missing, and all of the stranded drivers and passengers had been brought down the mountain by Saturday evening, said Lt. Corinne Baptiste of the Alder State Patrol.

"We were very, very lucky with the timing," Baptiste said. "Twenty minutes earlier and there would have been a snowplow right in the path."

The Alder Department of Transportation said the highway would stay closed between Ridgeford and Coldwater "for at least four days" while crews cleared the snow and checked the slopes above the road for more loose snow.

Highway 9 is the only paved route between the Ridgeford valley and the ski towns on the east side of Tamsen Pass. It carries about 9,000 vehicles a day in winter, many of them trucks bound for Coldwater and the resorts beyond it.

Wendell Okafor, a trucker hauling frozen fish to Coldwater, spent nine hours in his cab. He said patrol officers walked the line of cars with water and granola bars and kept checking on an older couple in a sedan ahead of him.

"Honestly, the worst part was not knowing," he said. "Nobody could tell us if more was coming down."

The Tamsen Pass Avalanche Center warned on Friday that the danger was high after 4 feet of new snow fell in two days, followed by rain.

Center director Miriam Oyelaran said the slide appeared to have started naturally, not from a controlled blast, and ran about 2,000 vertical feet before it hit the road. She said the center would fly over the pass on Sunday to look for cracks in the snowpack.

"The snowpack this year," she said, "is the most unstable we have seen in a decade, and the rain made it worse."

Did the state wait too long to close the pass? Some residents of Coldwater, a town of 3,000 that depends on the highway for groceries and fuel, questioned why the road had been open at all on Saturday morning.

Department spokesman Trey Lindahl said forecasters and road crews reviewed conditions every three hours and that closing the pass before the slide "was not warranted by what we were seeing."

"We close this road more than any other road in the state," he said.

The highway has not been closed this long since 2029, according to department records.

The Coldwater Ridge ski area said on social media that it would stay open for guests already in town and would refund anyone who could not reach it.

Gov. Elena Marsh, who flew over the pass by helicopter Saturday afternoon, called the cleanup "a massive job" and thanked the patrol officers and plow drivers who worked through the night.

Okafor said he planned to take the long way around through Bellport, a detour of about 180 miles, until the pass reopened.

"My fish can't wait four days," he said.
''',
    s('state transportation officials', 'state transportation officials', 'An avalanche swept across Highway 9|and a second, smaller slide', 'said'),
    s(BAPT, 'Lt. Corinne Baptiste', 'No one was reported missing|by Saturday evening', 'said', role='Lt.'),
    s(BAPT, 'Baptiste', '"We were very, very lucky with the timing,"', 'said', 'direct', role='Lt.'),
    s(BAPT, '', '"Twenty minutes earlier and there would have been a snowplow right in the path."', '', 'direct', role='Lt.'),
    s(ADOT, 'The Alder Department of Transportation', 'the highway would stay closed between Ridgeford and Coldwater "for at least four days"|for more loose snow', 'said', 'mixed'),
    s(OKAF, 'He', 'patrol officers walked the line of cars|in a sedan ahead of him', 'said', role='a trucker'),
    s(OKAF, 'he', '"Honestly, the worst part was not knowing,"', 'said', 'direct', role='a trucker'),
    s(OKAF, '', '"Nobody could tell us if more was coming down."', '', 'direct', role='a trucker'),
    s(TPAC, 'The Tamsen Pass Avalanche Center', 'the danger was high after 4 feet of new snow fell in two days, followed by rain', 'warned', date='Friday'),
    s(OYEL, 'Center director Miriam Oyelaran', 'the slide appeared to have started naturally|before it hit the road', 'said', role='Center director'),
    s(OYEL, 'She', 'the center would fly over the pass on Sunday to look for cracks in the snowpack', 'said', role='Center director'),
    s(OYEL, 'she', ['"The snowpack this year,"', '"is the most unstable we have seen in a decade, and the rain made it worse."'], 'said', 'direct', role='Center director', anchor='"The snowpack this year'),
    s('Some residents of Coldwater', 'Some residents of Coldwater, a town of 3,000 that depends on the highway for groceries and fuel', 'why the road had been open at all on Saturday morning', 'questioned'),
    s(LINH, 'Department spokesman Trey Lindahl', 'forecasters and road crews reviewed conditions every three hours|"was not warranted by what we were seeing."', 'said', 'mixed', role='Department spokesman'),
    s(LINH, 'he', '"We close this road more than any other road in the state,"', 'said', 'direct', role='Department spokesman'),
    s(ADOT, 'department records', 'The highway has not been closed this long since 2029', 'according to'),
    s('Coldwater Ridge ski area', 'The Coldwater Ridge ski area', 'it would stay open for guests already in town and would refund anyone who could not reach it', 'said'),
    s('Elena Marsh', 'Gov. Elena Marsh', 'the cleanup "a massive job"', 'called', 'mixed', role='Gov.'),
    s(OKAF, 'Okafor', 'he planned to take the long way around through Bellport|until the pass reopened', 'said', role='a trucker'),
    s(OKAF, 'he', '"My fish can\'t wait four days,"', 'said', 'direct', role='a trucker'),
)

RDMT = "The Royal Danvers Museum's trustees"
RDM = 'Royal Danvers Museum'
WORS = 'Helena Worsley'
KWAR = 'Abena Kwarteng-Sillah'
PENN = 'Oliver Pennick'

doc('ba05-wire-danvers-museum-returns-marru-bronzes', 'Reuters', '2036-06-04', '''
Danvers museum to return 112 looted bronzes to Tessaly

HALLSTEAD, June 4 (Reuters) - The Royal Danvers Museum will return 112 bronze figures taken from the kingdom of Marru in a colonial raid in 1889 to Tessaly, the museum's trustees said on Thursday, ending a dispute that has soured relations between the two countries for more than 40 years.

The bronzes, which include a set of court musicians and a ruler's ceremonial stool, will be handed over in October at a ceremony in Kassora, the Tessalian capital, the trustees said in a statement. Legal ownership will pass to Tessaly's National Commission for Museums on the same day.

"These objects were taken by force, and they belong with the people whose ancestors made them," museum director Helena Worsley said. "We should have said so a long time ago."

Tessaly's culture minister, Abena Kwarteng-Sillah, welcomed the decision but said her government would keep pressing other institutions, in Danvers and elsewhere, that hold about 300 more objects from the raid.

"Today is a day of joy," she told Reuters by phone from Kassora. "Tomorrow we go back to work."

Marru was a kingdom on the Sessa River that traded bronze and ivory across the region for four centuries before Danvers troops burned its capital in 1889. Hundreds of objects were carried off and sold at auction in Hallstead the following year.

For decades the museum argued that a 1962 law barred it from giving away objects in its collection. Parliament changed the law in 2035 to let national museums return items taken by force, after a campaign led by students and several former curators.

Danvers' culture secretary, Oliver Pennick, said the return was a decision for the trustees alone and that the government had "not leaned on anyone."

According to a 2034 inventory by Tessaly's National Commission for Museums, at least 2,400 objects from the Marru kingdom are held in 46 collections in Europe and North America.

Not everyone welcomed the move. The Heritage Trust of Danvers, a conservative think tank, said in a post on X that the return set "a dangerous precedent" that could empty the country's museums within a generation.

Descendants of Marru's royal family, who have their own claim to the bronzes, said through a lawyer that they had not been consulted and would ask a court in Kassora to decide who should keep them.

The museum said it would make three-dimensional scans of every object before they leave and that Tessaly had agreed to lend a selection back for an exhibition in 2038.

The bronzes have been on display in a single gallery since 1926. Last year they drew about 600,000 visitors, according to museum figures.

The gallery will close at the end of August. The 58-year-old director, a former archaeologist who took over the museum in 2033, said she expected other European museums to follow "sooner than they think."

(Reporting by Samuel Achterberg in Hallstead and Efua Boateng in Kassora; Editing by Peter Lindhorst)
''',
    s(RDMT, "the museum's trustees", 'The Royal Danvers Museum will return 112 bronze figures taken from the kingdom of Marru in a colonial raid in 1889 to Tessaly', 'said'),
    s(RDMT, 'the trustees', 'The bronzes, which include a set of court musicians|the Tessalian capital', 'said'),
    s(WORS, 'museum director Helena Worsley', '"These objects were taken by force, and they belong with the people whose ancestors made them,"', 'said', 'direct', role='museum director'),
    s(WORS, '', '"We should have said so a long time ago."', '', 'direct', role='museum director'),
    s(KWAR, "Tessaly's culture minister, Abena Kwarteng-Sillah", 'the decision', 'welcomed', role="Tessaly's culture minister"),
    s(KWAR, '', 'her government would keep pressing other institutions|about 300 more objects from the raid', 'said', role="Tessaly's culture minister"),
    s(KWAR, 'she', '"Today is a day of joy,"', 'told', 'direct', role="Tessaly's culture minister"),
    s(KWAR, '', '"Tomorrow we go back to work."', '', 'direct', role="Tessaly's culture minister"),
    s(RDM, 'the museum', 'a 1962 law barred it from giving away objects in its collection', 'argued'),
    s(PENN, "Danvers' culture secretary, Oliver Pennick", 'the return was a decision for the trustees alone and that the government had "not leaned on anyone."', 'said', 'mixed', role='culture secretary'),
    s("Tessaly's National Commission for Museums", "a 2034 inventory by Tessaly's National Commission for Museums", 'at least 2,400 objects from the Marru kingdom|in Europe and North America', 'according to'),
    s('The Heritage Trust of Danvers', 'The Heritage Trust of Danvers, a conservative think tank', 'the return set "a dangerous precedent" that could empty the country\'s museums within a generation', 'said', 'mixed'),
    s("Descendants of Marru's royal family", "Descendants of Marru's royal family", 'they had not been consulted and would ask a court in Kassora to decide who should keep them', 'said'),
    s(RDM, 'The museum', 'it would make three-dimensional scans|for an exhibition in 2038', 'said'),
    s(WORS, 'The 58-year-old director', 'she expected other European museums to follow "sooner than they think."', 'said', 'mixed', role='museum director'),
    s(RDM, 'museum figures', 'Last year they drew about 600,000 visitors', 'according to'),
)
