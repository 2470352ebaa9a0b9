"""Set AS's five wire stories (see build_as.py)."""
from invented_common import doc_spans as doc, s

VOLT = 'Voltaris Energy'
FPCA = 'Federal Patent Court of Appeal'
OLUND = 'Harriet Olund'
KEST = 'Kestrel Cells'
WIEL = 'Tomasz Wielgus'

doc('as01-wire-voltaris-battery-patent-appeal', 'Reuters', '2034-10-12', '''
Voltaris loses appeal over solid-state battery patent, shares slide

* Appeals court voids core claims of 2029 patent
* Voltaris says will ask full court to rehear case
* Rival Kestrel Cells 'vindicated' - CEO

By Anneke Sorel and Piet Varga

BRENNHOLT, Oct 12 (Reuters) - An appeals court on Thursday struck down the central claims of Voltaris Energy's patent on a solid-state battery electrolyte, a ruling that opens the way for rivals to sell similar cells and sent the company's shares down 14% in Brennholt.

The Federal Patent Court of Appeal said the 2029 patent described a ceramic electrolyte that had already been disclosed in a doctoral thesis published two years earlier, and that Voltaris could not claim as its invention "what a student had put on a library shelf."

Voltaris said in a statement it would ask the full court to rehear the case and, if needed, take it to the Supreme Court. "We respectfully disagree with the court's reading of the prior art," the statement said.

The company's chief executive, Harriet Olund, told analysts on a hastily arranged call that the ruling did not touch two newer patents covering how the cells are made. "Our competitors now know the recipe for the cake. They still do not know how to bake it at scale," she said.

Asked whether Voltaris would cut its 2035 sales forecast, Olund said it was "far too early" to say.

Kestrel Cells, the smaller rival that brought the challenge in 2031, welcomed the ruling. Its chief executive, Tomasz Wielgus, said the company felt "vindicated" and would start delivering its own cells to two carmakers in the first quarter.

"For three years we were told we were copying. Today a court told everyone where the idea really came from," Wielgus said.

Two people familiar with Voltaris's plans said the company had held early talks with at least one carmaker about licensing the contested technology rather than fighting on in court. They spoke on condition of anonymity because the talks are private. One of them said a deal could come "within months". Voltaris declined to comment on the talks.

Analysts at Norby Securities said the ruling could cut Voltaris's licensing income by about 120 million euros a year from 2036, though they noted that most of the company's revenue came from selling cells, not licences.

Shares in Voltaris closed down 14.2% at 31.60 euros, their lowest since March 2032. Kestrel, which is not listed, has said it plans to go public in 2036.

The patent fight is one of several in the solid-state battery industry, where companies are racing to bring to market cells that store more energy and are less prone to fire than today's lithium-ion batteries.

The thesis at the centre of Thursday's ruling was written at the Technical University of Aldhaven by a student who now works for neither company, the court said. Its author could not be reached for comment.

(Reporting by Anneke Sorel and Piet Varga; Editing by Mark Deane)
''',
    s(VOLT, 'Voltaris', 'will ask full court to rehear case', 'says'),
    s(WIEL, 'CEO', "Rival Kestrel Cells 'vindicated'", '', 'mixed', role='CEO'),
    s(FPCA, 'The Federal Patent Court of Appeal', 'the 2029 patent described a ceramic electrolyte|"what a student had put on a library shelf."', 'said', 'mixed'),
    s(VOLT, 'Voltaris', 'it would ask the full court to rehear the case and, if needed, take it to the Supreme Court', 'said'),
    s(VOLT, 'the statement', '"We respectfully disagree with the court\'s reading of the prior art,"', 'said', 'direct'),
    s(OLUND, "The company's chief executive, Harriet Olund", 'the ruling did not touch two newer patents covering how the cells are made', 'told', role='chief executive'),
    s(OLUND, 'she', '"Our competitors now know the recipe for the cake. They still do not know how to bake it at scale,"', 'said', 'direct', role='chief executive'),
    s(OLUND, 'Olund', 'it was "far too early" to say', 'said', 'mixed', role='chief executive'),
    s(KEST, 'Kestrel Cells, the smaller rival that brought the challenge in 2031', 'the ruling', 'welcomed'),
    s(WIEL, 'Its chief executive, Tomasz Wielgus', 'the company felt "vindicated" and would start delivering its own cells to two carmakers in the first quarter', 'said', 'mixed', role='chief executive'),
    s(WIEL, 'Wielgus', '"For three years we were told we were copying.|where the idea really came from,"', 'said', 'direct', role='chief executive'),
    s("Two people familiar with Voltaris's plans", "Two people familiar with Voltaris's plans", 'the company had held early talks with at least one carmaker|rather than fighting on in court', 'said'),
    s('One of them', 'One of them', 'a deal could come "within months"', 'said', 'mixed'),
    s('Analysts at Norby Securities', 'Analysts at Norby Securities', "the ruling could cut Voltaris's licensing income by about 120 million euros a year from 2036", 'said'),
    s('Analysts at Norby Securities', 'they', "most of the company's revenue came from selling cells, not licences", 'noted'),
    s(KEST, 'Kestrel, which is not listed', 'it plans to go public in 2036', 'has said'),
    s(FPCA, 'the court', 'The thesis at the centre of Thursday\'s ruling|who now works for neither company', 'said'),
)

DOC = 'Department of Conservation'
TULLY = 'Megan Tully'
MATAI = 'Leona Matai'

doc('as02-wire-corran-pilot-whale-stranding', 'Associated Press', '2034-11-19', '''
More than 90 pilot whales strand on Corran beach; volunteers refloat 41

PORT ELWYN, Corran (AP) - More than 90 long-finned pilot whales beached themselves overnight on a remote stretch of Corran's west coast, and volunteers working through Sunday managed to refloat 41 of them, the state's Department of Conservation said.

The department said 47 of the whales were already dead when rangers reached Halloway Beach at first light and that four more had to be euthanized in the afternoon because they were too weak to survive.

"We had people standing in the surf up to their chests for nine hours, holding whales upright so they could breathe," said Megan Tully, the department's operations manager for the region. "Some of those volunteers had never touched a whale before this morning."

Tully said rescuers would watch the bay from boats on Monday in case the refloated whales turned back toward the shore, which pilot whales often do because they travel in tight family groups. She said a fisherman had told rangers that he saw the pod circling close to the beach on Saturday evening.

It is the largest stranding on the Corran coast since 2019, when 210 whales came ashore at nearby Skerry Point, according to the Marine Mammal Stranding Network, a volunteer group that keeps records going back to 1978.

Scientists do not fully understand why whales strand in groups. Dr. Leona Matai, a marine biologist at the University of Corran who studies the species, said the gently sloping seabed of the bay could confuse the animals' echolocation, and that one sick or disoriented whale could lead a whole pod into the shallows.

"They don't leave each other. That's what makes them remarkable, and that's what kills them," she said.

A ranger who asked not to be named because she was not authorized to speak to the media said at least two of the dead whales carried satellite tags. The university said in a statement that its researchers had tagged 12 whales from the pod in March off the north cape and would study the data to see where the animals had traveled.

Volunteers were asked to bring wetsuits, buckets and sheets and to register with the department before coming to the beach. Police urged drivers to stay away from the narrow coast road. By midmorning it was jammed with cars for 5 miles.

Long-finned pilot whales can grow to about 20 feet and live in pods of dozens of animals, often led by older females. They feed mostly on squid in deep water and are rarely seen close to shore.

Among the volunteers was Sione Fale, 16, who skipped a rugby match to help.

"I held the same one for about three hours. I called him Big Dave," he said. "When he swam off, everyone clapped. Some people were crying."

The department would not say how many of its own staff were at the beach. Tully said only that "everyone who could be spared" had been sent.

The refloated whales were last seen heading out of the bay at about 6 p.m., Tully said. The dead animals will be buried in the dunes above the beach on Tuesday.

Associated Press writer Kiri Walsh in Wellhaven contributed to this report.
''',
    s(DOC, "the state's Department of Conservation", 'More than 90 long-finned pilot whales beached themselves|managed to refloat 41 of them', 'said'),
    s(DOC, 'The department', '47 of the whales were already dead when rangers reached Halloway Beach|because they were too weak to survive', 'said'),
    s(TULLY, 'Megan Tully', '"We had people standing in the surf up to their chests for nine hours, holding whales upright so they could breathe,"', 'said', 'direct', role='operations manager'),
    s(TULLY, '', '"Some of those volunteers had never touched a whale before this morning."', '', 'direct', role='operations manager'),
    s(TULLY, 'Tully', 'rescuers would watch the bay from boats on Monday|because they travel in tight family groups', 'said', role='operations manager'),
    s(TULLY, 'She', 'a fisherman had told rangers that he saw the pod circling close to the beach on Saturday evening', 'said', role='operations manager'),
    s('a fisherman', 'a fisherman', 'he saw the pod circling close to the beach on Saturday evening', 'had told', nested=True, via=TULLY),
    s('Marine Mammal Stranding Network', 'the Marine Mammal Stranding Network', 'It is the largest stranding on the Corran coast since 2019, when 210 whales came ashore at nearby Skerry Point', 'according to'),
    s(MATAI, 'Dr. Leona Matai', "the gently sloping seabed of the bay could confuse the animals' echolocation|into the shallows", 'said', role='marine biologist'),
    s(MATAI, 'she', '"They don\'t leave each other. That\'s what makes them remarkable, and that\'s what kills them,"', 'said', 'direct', role='marine biologist'),
    s('A ranger', 'A ranger who asked not to be named', 'at least two of the dead whales carried satellite tags', 'said', role='ranger'),
    s('University of Corran', 'The university', 'its researchers had tagged 12 whales from the pod in March|where the animals had traveled', 'said'),
    s('Police', 'Police', 'drivers to stay away from the narrow coast road', 'urged'),
    s('Sione Fale', 'he', '"I held the same one for about three hours. I called him Big Dave,"', 'said', 'direct'),
    s('Sione Fale', '', '"When he swam off, everyone clapped. Some people were crying."', '', 'direct'),
    s(TULLY, 'Tully', '"everyone who could be spared" had been sent', 'said', 'mixed', role='operations manager'),
    s(TULLY, 'Tully', 'The refloated whales were last seen heading out of the bay at about 6 p.m.', 'said', role='operations manager'),
)

MMWC = 'Marrenholt Museum of World Cultures'
BRAU = 'Ilse Brauner'
OKON = 'Adaeze Okonmah'
SANKO = 'Sanko Ite II'

doc('as03-wire-ostland-museum-returns-ambara-bronzes', 'Agence France-Presse', '2034-02-17', '''
Ostland museum returns 14 bronze heads to Kessia after century-long dispute

DUVENBRUCK, Ostland, Feb 17, 2034 (AFP) - The Marrenholt Museum of World Cultures on Friday handed back 14 bronze heads taken from the royal palace of Ambara in 1909, ending a dispute that had soured relations between Ostland and Kessia for decades.

The heads, cast between the 15th and 17th centuries, were packed into climate-controlled crates in front of a Kessian delegation and will be flown to Ambara next week, the museum said.

"These objects were taken by force, and they were never ours to keep," museum director Ilse Brauner said at the handover ceremony. "We have spent a hundred years explaining why they should stay. Today we stop explaining."

For most of the last century, the museum maintained that the heads had been bought legally from a trader in Ambara. A commission of historians concluded in 2031 that they had been seized during a punitive expedition in which several hundred people were killed, and the Ostland government agreed the following year to transfer their ownership.

Kessia's culture minister, Adaeze Okonmah, said the return was "a beginning, not an end" and that her government had identified some 2,300 objects from Ambara in 40 museums in Europe and North America.

She called on the other museums to "open their storerooms and their archives" to Kessian researchers.

The hereditary ruler of Ambara, Sanko Ite II, who sent his younger brother to Duvenbruck in his place, said in a message read out at the ceremony that the heads were "not art, but ancestors", and that the palace would receive them "as one receives family who were lost at sea."

The heads were shown for decades in a room of their own on the museum's second floor, where a panel described them as "acquired in 1910." That panel was replaced in 2032.

The return has revived what Ostland newspapers call the "Ambara question". Two other museums that hold Ambaran objects, the Haldor Museum in Kessberg and the Royal Collection in Duvenbruck, said in a joint statement that they would open talks with Kessia next year.

Some curators in Ostland have warned that the return will encourage claims on thousands of other objects, many of which have no clear record of how they left their countries.

"Every museum in Europe has a storeroom like ours. The question is whether you open the door yourself or wait for someone to knock," Brauner told AFP after the ceremony.

A member of the Kessian delegation, who asked not to be named, told AFP that Kessia would ask for the return of a carved ivory throne held in a private collection in Lindau, "but one thing at a time."

Ostland's culture minister, Friedrich Haller, did not attend the ceremony. Ostland's Ministry of Culture said in a statement that it was "reviewing" requests for 26 further objects and would decide on them by the end of the year.

The heads will go on display at a new museum in Ambara that is due to open in 2036, Okonmah said. The museum declined to say how much the transport would cost.

ib/mw/rl
''',
    s(MMWC, 'the museum', 'The heads, cast between the 15th and 17th centuries|will be flown to Ambara next week', 'said'),
    s(BRAU, 'museum director Ilse Brauner', '"These objects were taken by force, and they were never ours to keep,"', 'said', 'direct', role='museum director'),
    s(BRAU, '', '"We have spent a hundred years explaining why they should stay. Today we stop explaining."', '', 'direct', role='museum director'),
    s(MMWC, 'the museum', 'the heads had been bought legally from a trader in Ambara', 'maintained'),
    s('A commission of historians', 'A commission of historians', 'they had been seized during a punitive expedition in which several hundred people were killed', 'concluded', date='2031'),
    s(OKON, "Kessia's culture minister, Adaeze Okonmah", 'the return was "a beginning, not an end" and that her government had identified|in Europe and North America', 'said', 'mixed', role='culture minister'),
    s(OKON, 'She', 'the other museums to "open their storerooms and their archives" to Kessian researchers', 'called on', 'mixed', role='culture minister'),
    s(SANKO, 'The hereditary ruler of Ambara, Sanko Ite II', 'the heads were "not art, but ancestors", and that the palace would receive them "as one receives family who were lost at sea."', 'said', 'mixed', role='hereditary ruler of Ambara'),
    s('Haldor Museum and Royal Collection', 'Two other museums that hold Ambaran objects, the Haldor Museum in Kessberg and the Royal Collection in Duvenbruck', 'they would open talks with Kessia next year', 'said'),
    s('Some curators in Ostland', 'Some curators in Ostland', 'the return will encourage claims on thousands of other objects|how they left their countries', 'have warned'),
    s(BRAU, 'Brauner', '"Every museum in Europe has a storeroom like ours.|wait for someone to knock,"', 'told', 'direct', role='museum director'),
    s('A member of the Kessian delegation', 'A member of the Kessian delegation, who asked not to be named', 'Kessia would ask for the return of a carved ivory throne|"but one thing at a time."', 'told', 'mixed'),
    s("Ostland's Ministry of Culture", "Ostland's Ministry of Culture", 'it was "reviewing" requests for 26 further objects and would decide on them by the end of the year', 'said', 'mixed'),
    s(OKON, 'Okonmah', 'The heads will go on display at a new museum in Ambara that is due to open in 2036', 'said', role='culture minister'),
)

TMA = 'Tavela Ministry of Agriculture'
BOAK = 'Yaw Boakye-Danso'
BRUN = 'Brunnhof AG'
OESCH = 'Martin Oeschger'
FERR = 'Julia Ferrante'

doc('as04-wire-tavela-cocoa-blight-record-price', 'Bloomberg', '2034-01-23', '''
Cocoa Jumps to Record as Blight Spreads Through Tavela's Farms

- Futures in Hallen rise 9% in a day, most since 2024
- Chocolate maker Brunnhof says price increases 'unavoidable'

By Sofia Lindgren

(Bloomberg) -- Cocoa futures surged to a record on Monday after Tavela's agriculture ministry said a fungal blight had spread to a third of the country's cocoa-growing districts, threatening the harvest of the world's second-largest producer.

Futures for March delivery rose as much as 9.3% to 14,870 pounds a ton in Hallen, the biggest one-day gain since 2024. Prices have more than doubled in the past year, and trading volumes have thinned as some clearing houses raised the cash that traders must post to hold positions.

The ministry said in its weekly crop bulletin that inspectors had found the blight, known locally as "black pod fever," in 62 of 180 districts, up from 38 a week earlier. It urged farmers to burn infected pods rather than leave them on the ground, where the spores spread in the rain.

"The spread in the past two weeks has been faster than anything in our records," Deputy Agriculture Minister Yaw Boakye-Danso said by phone from the capital, Kessa. "We are asking farmers to do something painful, which is to destroy part of their own crop to save the rest."

The Tavela Cocoa Board, which sets the price paid to farmers, said it had cut its forecast for the 2034-35 crop to 610,000 tons from 780,000 tons. It did not say whether it would raise the farm-gate price.

Hedge funds had been betting on lower prices and were forced to buy back contracts, adding to the rally, according to three traders who asked not to be identified because they aren't authorized to speak publicly.

Brunnhof AG, the Ostland chocolate maker, said Monday that price increases in the second half were "unavoidable." Chief Executive Officer Martin Oeschger told Bloomberg Television that the company had bought most of the cocoa it needs until June, "but after that, we are in the same market as everyone else."

Analysts at Merrow & Co. estimated that the blight could cut global supply by as much as 8% next season, which would leave the market short of beans for a fourth straight year.

Not everyone expects the rally to last. Julia Ferrante, a commodities strategist at Castell Bank, said high prices would push farmers in other countries to plant more, and that buyers had already begun switching to cheaper cocoa butter substitutes.

"Prices like these destroy demand. They always have," she wrote in a note to clients.

In Abrenkro, a farming town in Tavela's western region, grower Adjoa Kemeh said she had lost half her pods in three weeks. "The price on the screen is high, but I have nothing to put on the scale," she said by phone.

The ministry has set aside 40 million koras for fungicide and has sent 300 extension officers to the worst-hit districts, according to Boakye-Danso.

--With assistance from Kwesi Arthur.

To contact the reporter on this story: Sofia Lindgren in Hallen at slindgren@bloomberg.net
''',
    s(BRUN, 'Chocolate maker Brunnhof', "price increases 'unavoidable'", 'says', 'mixed'),
    s(TMA, "Tavela's agriculture ministry", "a fungal blight had spread to a third of the country's cocoa-growing districts", 'said'),
    s(TMA, 'The ministry', 'inspectors had found the blight, known locally as "black pod fever," in 62 of 180 districts, up from 38 a week earlier', 'said', 'mixed'),
    s(TMA, 'It', 'farmers to burn infected pods rather than leave them on the ground, where the spores spread in the rain', 'urged'),
    s(BOAK, 'Deputy Agriculture Minister Yaw Boakye-Danso', '"The spread in the past two weeks has been faster than anything in our records,"', 'said', 'direct', role='Deputy Agriculture Minister'),
    s(BOAK, '', '"We are asking farmers to do something painful, which is to destroy part of their own crop to save the rest."', '', 'direct', role='Deputy Agriculture Minister'),
    s('Tavela Cocoa Board', 'The Tavela Cocoa Board, which sets the price paid to farmers', 'it had cut its forecast for the 2034-35 crop to 610,000 tons from 780,000 tons', 'said'),
    s('three traders', 'three traders who asked not to be identified', 'Hedge funds had been betting on lower prices and were forced to buy back contracts, adding to the rally', 'according to'),
    s(BRUN, 'Brunnhof AG, the Ostland chocolate maker', 'price increases in the second half were "unavoidable."', 'said', 'mixed'),
    s(OESCH, 'Chief Executive Officer Martin Oeschger', 'the company had bought most of the cocoa it needs until June, "but after that, we are in the same market as everyone else."', 'told', 'mixed', role='Chief Executive Officer'),
    s('Analysts at Merrow & Co.', 'Analysts at Merrow & Co.', 'the blight could cut global supply by as much as 8% next season|for a fourth straight year', 'estimated'),
    s(FERR, 'Julia Ferrante, a commodities strategist at Castell Bank', 'high prices would push farmers in other countries to plant more, and that buyers had already begun switching to cheaper cocoa butter substitutes', 'said', role='commodities strategist'),
    s(FERR, 'she', '"Prices like these destroy demand. They always have,"', 'wrote', 'direct', role='commodities strategist'),
    s('Adjoa Kemeh', 'grower Adjoa Kemeh', 'she had lost half her pods in three weeks', 'said', role='grower'),
    s('Adjoa Kemeh', 'she', '"The price on the screen is high, but I have nothing to put on the scale,"', 'said', 'direct', role='grower'),
    s(BOAK, 'Boakye-Danso', 'The ministry has set aside 40 million koras for fungicide|to the worst-hit districts', 'according to', role='Deputy Agriculture Minister'),
)

ATW = 'Amalgamated Transit Workers Local 412'
OKAF = 'Denise Okafor'
HCTA = 'Harlan City Transit Authority'
SUTT = 'Raymond Sutter'
BRANDT = 'Lucia Brandt'

doc('as05-wire-harlan-city-transit-strike', 'Associated Press', '2034-03-15', '''
Bus and subway workers walk off the job in Harlan City, stranding 900,000 riders

HARLAN CITY (AP) - Bus and subway operators in Harlan City went on strike early Wednesday after overnight talks over wages and work schedules broke down, shutting a transit system that carries about 900,000 riders on a typical weekday.

The Amalgamated Transit Workers Local 412, which represents about 6,800 drivers, train operators and mechanics, said its members had rejected the Harlan City Transit Authority's final offer by 91%.

"Our members are tired of working split shifts that keep them away from their kids 14 hours a day for the same money they made five years ago," local president Denise Okafor said on a picket line outside the Northside bus depot. "Nobody wanted to be out here this morning. They left us no choice."

The authority said its offer - raises of 11% over three years and a cap on split shifts - was "fair and fiscally responsible" and that the union's demands would add $240 million to its costs over the life of the contract.

Authority chief executive Raymond Sutter told reporters he had asked a state mediator to bring both sides back to the table by Friday.

"Every day the trains don't run," Sutter said, "people lose shifts, miss medical appointments and pay for cabs they can't afford."

He said he would not negotiate in public. The authority would not say whether it planned to seek a court order to end the strike.

A union negotiator who spoke on condition of anonymity because the talks are confidential said the two sides had been "about $30 million apart" when talks ended at 3 a.m.

Under state law, transit workers in Harlan City may strike only after 60 days of mediation, which ended Monday.

Mayor Lucia Brandt, who has no direct role in the negotiations, urged both sides to return to talks and said the city would open school gyms as warming centers for commuters waiting for rides. "This city runs on those trains. Get them running," she said in a post on social media.

At Central Station, which was locked and dark at rush hour, nurse Tamika Rowe, 34, said she had paid $46 for a ride-share to reach her overnight shift at Harlan General Hospital.

"I support the drivers. I just can't support them at 46 bucks a day," she said.

The Harlan City Chamber of Commerce estimated that the strike would cost downtown businesses $18 million a day in lost sales. Its president, Glenn Abara, said many restaurants and stores depend on commuters who will now work from home.

Okafor said the union would keep a skeleton crew running the two paratransit routes used by disabled riders. Asked how long her members could stay out, she said: "Longer than they think."

Traffic on the city's two main expressways was backed up for miles by 7 a.m., and commuter ferries from the east shore ran full. Several hospitals and the county courthouse let staff start late, and the school district, whose older students ride city buses, kept schools open but excused absences.

The last transit strike in Harlan City, in 2019, lasted 11 days.

Associated Press writer Dana Kipling contributed to this report.
''',
    s(ATW, 'The Amalgamated Transit Workers Local 412, which represents about 6,800 drivers, train operators and mechanics', "its members had rejected the Harlan City Transit Authority's final offer by 91%", 'said'),
    s(OKAF, 'local president Denise Okafor', '"Our members are tired of working split shifts|five years ago,"', 'said', 'direct', role='local president'),
    s(OKAF, '', '"Nobody wanted to be out here this morning. They left us no choice."', '', 'direct', role='local president'),
    s(HCTA, 'The authority', 'its offer - raises of 11% over three years and a cap on split shifts - was "fair and fiscally responsible"|over the life of the contract', 'said', 'mixed'),
    s(SUTT, 'Authority chief executive Raymond Sutter', 'he had asked a state mediator to bring both sides back to the table by Friday', 'told', role='chief executive'),
    s(SUTT, 'Sutter', ['"Every day the trains don\'t run,"', '"people lose shifts, miss medical appointments and pay for cabs they can\'t afford."'], 'said', 'direct', role='chief executive', anchor='"Every day the trains'),
    s(SUTT, 'He', 'he would not negotiate in public', 'said', role='chief executive'),
    s('A union negotiator', 'A union negotiator who spoke on condition of anonymity', 'the two sides had been "about $30 million apart" when talks ended at 3 a.m.', 'said', 'mixed'),
    s(BRANDT, 'Mayor Lucia Brandt', 'both sides to return to talks', 'urged', role='Mayor'),
    s(BRANDT, 'Mayor Lucia Brandt', 'the city would open school gyms as warming centers for commuters waiting for rides', 'said', role='Mayor'),
    s(BRANDT, 'she', '"This city runs on those trains. Get them running,"', 'said', 'direct', role='Mayor'),
    s('Tamika Rowe', 'nurse Tamika Rowe, 34', 'she had paid $46 for a ride-share to reach her overnight shift at Harlan General Hospital', 'said', role='nurse'),
    s('Tamika Rowe', 'she', '"I support the drivers. I just can\'t support them at 46 bucks a day,"', 'said', 'direct', role='nurse'),
    s('Harlan City Chamber of Commerce', 'The Harlan City Chamber of Commerce', 'the strike would cost downtown businesses $18 million a day in lost sales', 'estimated'),
    s('Glenn Abara', 'Its president, Glenn Abara', 'many restaurants and stores depend on commuters who will now work from home', 'said', role='president'),
    s(OKAF, 'Okafor', 'the union would keep a skeleton crew running the two paratransit routes used by disabled riders', 'said', role='local president'),
    s(OKAF, 'she', '"Longer than they think."', 'said', 'direct', role='local president'),
)
