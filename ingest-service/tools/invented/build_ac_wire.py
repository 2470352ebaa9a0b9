"""Set AC's five wire stories (see build_ac.py)."""
from invented_common import doc_spans as doc, s

GRP = 'three people familiar with the discussions'
ORV_CEO = 'Casimir Lowther'
ANL = 'Marguerite Treneglos'
R_ANL = 'mining analyst at Felsham Securities'

doc('ac01-wire-exclusive-orvane-tillmouth-copper-talks', 'Reuters', '2031-09-08', '''
EXCLUSIVE-Castrelia's Orvane in talks to buy Tillmouth copper unit -sources

* Deal could value copper business at about $3 bln - sources
* Orvane says it is not negotiating
* Competition regulator says it will scrutinise any deal

By Lucan Fairbrass

CASTREMONT, Sept 8 (Reuters) - Castrelian mining group Orvane Resources is in advanced talks to buy the copper business of its smaller rival Tillmouth Holdings, three people familiar with the discussions said, in what would be the largest takeover in the country's mining industry in more than a decade.

The deal, which could value Tillmouth's copper unit at around $3 billion including debt, could be announced as early as October, two of the people said. They spoke on condition of anonymity because the discussions are private.

In a statement issued after this story was first published, Orvane said it was "not in negotiations with any party" over the purchase of mining assets and did not comment on market speculation. Tillmouth declined to comment.

One of the people said Orvane's board had approved a non-binding offer in August and that the company had hired advisers at Greyloft Partners to work on financing. A second person cautioned that the talks could still collapse over the future of Tillmouth's smelter at Pellaro, which needs an estimated $400 million of repairs.

Tillmouth's shares jumped 9% in Castremont after the report, their biggest one-day gain since March. Orvane's shares slipped 1.5%.

The copper unit, which runs two open-pit mines in the Kelderan Hills and the Pellaro smelter, produced about 210,000 tonnes of copper last year. Tillmouth has been under pressure from its largest shareholder, the fund manager Estover Capital, to sell assets and cut its debt, which stood at $1.9 billion at the end of June.

"Copper assets of this size almost never come up for sale in this part of the world, and Orvane has been hunting for growth for two years," said Marguerite Treneglos, a mining analyst at Felsham Securities in Castremont. "The smelter is the headache. Whoever buys it inherits the repair bill."

Orvane's chief executive, Casimir Lowther, told analysts on a call in July that the group had "the balance sheet to be opportunistic" in copper and would look at deals that added production "within three years, not ten".

Any purchase would need the approval of the Castrelian Competition Authority. The authority said in a statement on Monday that it would examine closely "any transaction that concentrates the domestic copper market", without naming either company.

The mines ministry holds a so-called golden share in the Pellaro smelter and would have to approve any change in its ownership, according to Tillmouth's 2030 annual report.

At the smelter, where about 1,400 people work, news of the talks was met with unease. A union official at the plant, who asked not to be named, said workers had not been told anything by management and feared job cuts under a new owner.

Estover Capital did not respond to a request for comment. In a letter to Tillmouth's board published in May, the fund said the company's shares traded at "a discount that no amount of patience will close" and called for a strategic review.

(Reporting by Lucan Fairbrass; Editing by Maris Ondaatje)
''',
    s(GRP, 'sources', "Castrelia's Orvane in talks to buy Tillmouth copper unit", ''),
    s(GRP, 'sources', 'Deal could value copper business at about $3 bln', ''),
    s('Orvane Resources', 'Orvane', 'it is not negotiating', 'says'),
    s('Castrelian Competition Authority', 'Competition regulator', 'it will scrutinise any deal', 'says'),
    s(GRP, GRP, 'Castrelian mining group Orvane Resources is in advanced talks to buy the copper business of its smaller rival Tillmouth Holdings', 'said'),
    s('two of the people', 'two of the people', "The deal, which could value Tillmouth's copper unit|could be announced as early as October", 'said'),
    s('Orvane Resources', 'Orvane', 'it was "not in negotiations with any party" over the purchase of mining assets and did not comment on market speculation', 'said', 'mixed'),
    s('One of the people', 'One of the people', "Orvane's board had approved a non-binding offer in August and that the company had hired advisers at Greyloft Partners to work on financing", 'said'),
    s('A second person', 'A second person', "the talks could still collapse over the future of Tillmouth's smelter at Pellaro, which needs an estimated $400 million of repairs", 'cautioned'),
    s(ANL, 'Marguerite Treneglos', '"Copper assets of this size almost never come up for sale in this part of the world, and Orvane has been hunting for growth for two years,"', 'said', 'direct', role=R_ANL),
    s(ANL, '', '"The smelter is the headache. Whoever buys it inherits the repair bill."', '', 'direct', role=R_ANL),
    s(ORV_CEO, "Orvane's chief executive, Casimir Lowther", 'the group had "the balance sheet to be opportunistic" in copper and would look at deals that added production "within three years, not ten"', 'told', 'mixed', role='chief executive'),
    s('Castrelian Competition Authority', 'The authority', 'it would examine closely "any transaction that concentrates the domestic copper market", without naming either company', 'said', 'mixed'),
    s('Tillmouth Holdings', "Tillmouth's 2030 annual report", 'The mines ministry holds a so-called golden share in the Pellaro smelter and would have to approve any change in its ownership', 'according to'),
    s('A union official at the plant', 'A union official at the plant', 'workers had not been told anything by management and feared job cuts under a new owner', 'said'),
    s('Estover Capital', 'the fund', 'the company\'s shares traded at "a discount that no amount of patience will close"', 'said', 'mixed'),
    s('Estover Capital', 'the fund', 'a strategic review', 'called for'),
)

SHERIFF = 'Delphine Audsley'
R_SHERIFF = 'Yarrowby County Sheriff'
WIT = 'Tyrell Means'
GOV = 'Royce Pettinger'
MET = 'Orrin Vastbeck'
R_MET = "meteorologist with the weather service's office in Lamont City"

doc('ac02-wire-ap-tornado-kittering-bend', 'The Associated Press', '2031-05-14', '''
Tornado kills 6 in rural Ketterly, flattens mobile home park

KITTERING BEND, Ketterly (AP) — A tornado tore through a mobile home park and a row of grain silos in northern Ketterly late Tuesday, killing at least six people and injuring more than 40, state emergency officials said Wednesday.

The storm, part of a line of severe thunderstorms that crossed the state in the evening, touched down about 9:40 p.m. near Kittering Bend, a farming town of about 3,000 people, according to the National Weather Service.

Yarrowby County Sheriff Delphine Audsley said five of the dead were found in the mobile home park, where rescuers searched through the night with flashlights and dogs. The sixth victim, a 71-year-old man, died when a cottonwood fell on his pickup on a county road, she said.

"There's just nothing left of some of those homes. Slabs and wires," Audsley said at a news conference at the county fairgrounds. "We're still going door to door, and I'm afraid that number may go up."

Authorities had not released the names of the dead by Wednesday afternoon.

Tyrell Means, 34, said he heard the sirens and carried his two daughters into a drainage culvert behind the park. "It sounded like a freight train parked right on top of us," Means said. "When we climbed out, my neighbor's trailer was lying upside down in the road."

Ketterly Regional Medical Center in Drevenhall Falls was treating 23 patients, four of them in critical condition, hospital spokeswoman Annika Strome said. Others were taken to smaller hospitals in three neighboring counties.

Gov. Royce Pettinger declared a state of emergency for Yarrowby and two adjoining counties and said he had asked the federal government for help with debris removal and temporary housing. "We are going to rebuild Kittering Bend, and we are going to do it together," Pettinger said after touring the damage by helicopter.

Preliminary surveys showed the tornado was at least an EF3, with winds of up to 150 mph, said Orrin Vastbeck, a meteorologist with the weather service's office in Lamont City. He said survey crews expected to finish mapping the tornado's path, which appeared to be about 11 miles long, by Thursday.

Warnings had been issued about 14 minutes before the tornado reached the park, Vastbeck said, which is close to the national average.

More than 18,000 homes and businesses were without power Wednesday morning, according to the utility Prairie Crest Electric.

At First Baptist Church on Main Street, which opened its fellowship hall as a shelter, volunteer coordinator Jolene Hatchett said about 60 people had spent the night on cots. Many arrived with nothing but the clothes they were wearing, she said.

"One lady came in holding a cat and a toaster. That's what she grabbed," Hatchett said. "You don't think straight when the roof comes off."

Volunteers from the Prairie Relief Network handed out water, tarps and diapers at the fairgrounds on Wednesday. The group said it had opened a fund for the families of the dead and would match every donation up to $50,000.

Classes were canceled in the Kittering Bend school district, superintendent Carla Oudekerk said, and the high school gym was serving as a command post for search teams from four counties.

The deaths were the first from a tornado in Ketterly since 2027, when two people were killed near Bellwood Crossing.
''',
    s('state emergency officials', 'state emergency officials', 'A tornado tore through a mobile home park and a row of grain silos in northern Ketterly late Tuesday, killing at least six people and injuring more than 40', 'said'),
    s('National Weather Service', 'the National Weather Service', 'The storm, part of a line of severe thunderstorms|a farming town of about 3,000 people', 'according to'),
    s(SHERIFF, 'Yarrowby County Sheriff Delphine Audsley', 'five of the dead were found in the mobile home park, where rescuers searched through the night with flashlights and dogs', 'said', role=R_SHERIFF),
    s(SHERIFF, 'she', 'The sixth victim, a 71-year-old man, died when a cottonwood fell on his pickup on a county road', 'said', role=R_SHERIFF),
    s(SHERIFF, 'Audsley', '"There\'s just nothing left of some of those homes. Slabs and wires,"', 'said', 'direct', role=R_SHERIFF),
    s(SHERIFF, '', '"We\'re still going door to door, and I\'m afraid that number may go up."', '', 'direct', role=R_SHERIFF),
    s(WIT, 'Tyrell Means', 'he heard the sirens and carried his two daughters into a drainage culvert behind the park', 'said'),
    s(WIT, 'Means', '"It sounded like a freight train parked right on top of us,"', 'said', 'direct'),
    s(WIT, '', '"When we climbed out, my neighbor\'s trailer was lying upside down in the road."', '', 'direct'),
    s('Annika Strome', 'hospital spokeswoman Annika Strome', 'Ketterly Regional Medical Center in Drevenhall Falls was treating 23 patients, four of them in critical condition', 'said', role='hospital spokeswoman'),
    s(GOV, 'Gov. Royce Pettinger', 'he had asked the federal government for help with debris removal and temporary housing', 'said', role='Gov.'),
    s(GOV, 'Pettinger', '"We are going to rebuild Kittering Bend, and we are going to do it together,"', 'said', 'direct', role='Gov.'),
    s(MET, 'Orrin Vastbeck, a meteorologist with the weather service\'s office in Lamont City', 'Preliminary surveys showed the tornado was at least an EF3, with winds of up to 150 mph', 'said', role=R_MET),
    s(MET, 'He', "survey crews expected to finish mapping the tornado's path, which appeared to be about 11 miles long, by Thursday", 'said', role=R_MET),
    s(MET, 'Vastbeck', 'Warnings had been issued about 14 minutes before the tornado reached the park', 'said', role=R_MET),
    s('Prairie Crest Electric', 'the utility Prairie Crest Electric', 'More than 18,000 homes and businesses were without power Wednesday morning', 'according to'),
    s('Prairie Relief Network', 'The group', 'it had opened a fund for the families of the dead and would match every donation up to $50,000', 'said'),
    s('Carla Oudekerk', 'superintendent Carla Oudekerk', 'Classes were canceled in the Kittering Bend school district', 'said', role='superintendent'),
    s('Jolene Hatchett', 'volunteer coordinator Jolene Hatchett', 'about 60 people had spent the night on cots', 'said', role='volunteer coordinator'),
    s('Jolene Hatchett', 'she', 'Many arrived with nothing but the clothes they were wearing', 'said', role='volunteer coordinator'),
    s('Jolene Hatchett', 'Hatchett', '"One lady came in holding a cat and a toaster. That\'s what she grabbed,"', 'said', 'direct', role='volunteer coordinator'),
    s('Jolene Hatchett', '', '"You don\'t think straight when the roof comes off."', '', 'direct', role='volunteer coordinator'),
)

SPOX = 'Yevdokia Marchenkova'
R_SPOX = 'Foreign Ministry Spokeswoman'
DEP = 'Gennady Solovtsov'
R_DEP = 'Deputy Minister of Agriculture of Belzoria'

doc('ac03-wire-agency-belzoria-grain-corridor', 'Novan News Agency', '2031-03-06', '''
Belzoria ready to return to Lossar Sea grain corridor talks — Foreign Ministry

ZELENGRAD, March 6. /Novan News Agency/. Belzoria is ready to resume talks on the Lossar Sea grain corridor if the security guarantees agreed in 2030 are observed, Foreign Ministry Spokeswoman Yevdokia Marchenkova said at a weekly briefing on Thursday.

"We have never closed the door to dialogue. The question is whether our partners are prepared to honour what they have already signed," the diplomat said.

According to her, the Oskelian side has twice in the past month detained Belzorian bulk carriers for inspections "that lasted longer than the voyage itself". Marchenkova noted that the ministry had sent two notes of protest to Oskelia's embassy in Zelengrad but had received no reply.

The spokeswoman stressed that Belzoria regarded the corridor as "a humanitarian project, not a bargaining chip", and that grain shipments to the countries of the southern coast had continued throughout the winter.

Commenting on reports that Oskelia intends to raise the matter at the regional maritime organisation, she pointed out that Zelengrad "will not accept any decisions taken behind its back".

The Lossar Sea grain corridor was launched in the autumn of 2029 under an agreement brokered by the regional maritime organisation and signed by seven coastal states, including Belzoria and Oskelia. Over 17 months, more than 31 million tonnes of grain, oilseeds and vegetable oil have been shipped through it, according to the Belzorian Ministry of Agriculture.

Earlier, Deputy Minister of Agriculture of Belzoria Gennady Solovtsov said that grain exports in the 2030-2031 season could reach a record 48 million tonnes. In his words, about a third of this volume is expected to pass through the ports of the Lossar Sea.

The Deputy Minister also warned that freight and insurance rates for ships going to Belzorian ports had almost doubled since January, which, he said, "hits the importing countries first of all".

Marchenkova also recalled that the corridor agreement provides for a joint inspection centre in the port of Vessany, whose work, she said, "has been practically frozen since December". The Belzorian side, she added, has proposed to resume the centre's meetings at the level of experts as early as this month.

On Monday, Oskelia's Transport Minister Dainis Vaskor told journalists in Wenlow that the inspections were carried out "strictly in line with international law" and were needed to prevent the smuggling of weapons.

Last week, Belzorian Prime Minister Rostislav Yermenko instructed the government to prepare proposals on insurance support for exporters using the corridor. According to the head of government, the state could cover up to half of the additional war-risk premiums until the end of the year.

Experts of the Zelengrad Institute of Maritime Economics estimate that each additional day a bulk carrier spends at anchor costs its charterer between 18,000 and 25,000 dollars.

The Oskelian Ministry of Foreign Affairs has not yet commented on the Belzorian statement.

Read also:
Belzorian wheat harvest forecast raised to 61 mln tonnes — Agriculture Ministry
Zelengrad port throughput up 8% in February
''',
    s(SPOX, 'Foreign Ministry', 'Belzoria ready to return to Lossar Sea grain corridor talks', '', role=R_SPOX),
    s(SPOX, 'Foreign Ministry Spokeswoman Yevdokia Marchenkova', 'Belzoria is ready to resume talks on the Lossar Sea grain corridor if the security guarantees agreed in 2030 are observed', 'said', role=R_SPOX),
    s(SPOX, 'the diplomat', '"We have never closed the door to dialogue. The question is whether our partners are prepared to honour what they have already signed,"', 'said', 'direct', role=R_SPOX),
    s(SPOX, 'her', 'the Oskelian side has twice in the past month detained Belzorian bulk carriers for inspections "that lasted longer than the voyage itself"', 'According to', 'mixed', role=R_SPOX),
    s(SPOX, 'Marchenkova', "the ministry had sent two notes of protest to Oskelia's embassy in Zelengrad but had received no reply", 'noted', role=R_SPOX),
    s(SPOX, 'The spokeswoman', 'Belzoria regarded the corridor as "a humanitarian project, not a bargaining chip", and that grain shipments to the countries of the southern coast had continued throughout the winter', 'stressed', 'mixed', role=R_SPOX),
    s(SPOX, 'she', 'Zelengrad "will not accept any decisions taken behind its back"', 'pointed out', 'mixed', role=R_SPOX),
    s('Belzorian Ministry of Agriculture', 'the Belzorian Ministry of Agriculture', 'Over 17 months, more than 31 million tonnes of grain, oilseeds and vegetable oil have been shipped through it', 'according to'),
    s(DEP, 'Deputy Minister of Agriculture of Belzoria Gennady Solovtsov', 'grain exports in the 2030-2031 season could reach a record 48 million tonnes', 'said', role=R_DEP),
    s(DEP, 'his', 'about a third of this volume is expected to pass through the ports of the Lossar Sea', 'In his words', role=R_DEP),
    s(DEP, 'The Deputy Minister', 'freight and insurance rates for ships going to Belzorian ports had almost doubled since January, which, he said, "hits the importing countries first of all"', 'warned', 'mixed', role=R_DEP),
    s(SPOX, 'Marchenkova', 'the corridor agreement provides for a joint inspection centre in the port of Vessany, whose work, she said, "has been practically frozen since December"', 'recalled', 'mixed', role=R_SPOX),
    s(SPOX, 'she', ['The Belzorian side', "has proposed to resume the centre's meetings at the level of experts as early as this month"], 'added', role=R_SPOX, anchor='The Belzorian side, she added'),
    s('Dainis Vaskor', "Oskelia's Transport Minister Dainis Vaskor", 'the inspections were carried out "strictly in line with international law" and were needed to prevent the smuggling of weapons', 'told', 'mixed', role="Oskelia's Transport Minister"),
    s('The Belzorian side', 'The Belzorian side', "to resume the centre's meetings at the level of experts as early as this month", 'has proposed', nested=True, via=SPOX),
    s('Rostislav Yermenko', 'Belzorian Prime Minister Rostislav Yermenko', 'the government to prepare proposals on insurance support for exporters using the corridor', 'instructed', role='Belzorian Prime Minister'),
    s('Rostislav Yermenko', 'the head of government', 'the state could cover up to half of the additional war-risk premiums until the end of the year', 'According to', role='Belzorian Prime Minister'),
    s('Experts of the Zelengrad Institute of Maritime Economics', 'Experts of the Zelengrad Institute of Maritime Economics', 'each additional day a bulk carrier spends at anchor costs its charterer between 18,000 and 25,000 dollars', 'estimate'),
    s('Agriculture Ministry', 'Agriculture Ministry', 'Belzorian wheat harvest forecast raised to 61 mln tonnes', '', region='related'),
)

ECON = 'Hartley Buckridge'
R_ECON = 'chief economist at Gallowglass Capital'
GOVR = 'Ludmila Fauconnet'
R_GOVR = 'Bank of Castrelia Governor'

doc('ac04-wire-bonds-castrelia-yields-inflation', 'Reuters', '2031-11-13', '''
Castrelian bond yields hit 14-month high as inflation surprise dents rate-cut hopes

* 10-year yield rises 18 bps to 4.92%
* Core inflation at 3.8% in October, above forecasts
* Central bank governor says "no room for complacency"

CASTREMONT, Nov 13 (Reuters) - Castrelian government bond yields jumped to their highest in 14 months on Thursday after data showed inflation accelerated unexpectedly in October, prompting investors to push back bets on an interest rate cut until the second half of next year.

The 10-year yield rose 18 basis points to 4.92%, its biggest daily increase since June 2030, while the two-year yield, which is more sensitive to policy expectations, climbed 22 basis points to 4.31%.

Consumer prices rose 4.4% year-on-year in October, up from 3.9% in September, the national statistics office said. Core inflation, which strips out food and energy, rose to 3.8%, above the 3.4% expected by economists polled by Reuters.

"This is a nasty number. Services inflation is not cooling, and wages are still running at six percent," said Hartley Buckridge, chief economist at Gallowglass Capital. "A cut in the first quarter is off the table."

Money markets now price about a 30% chance of a rate cut by March, down from more than 70% on Wednesday, according to data compiled by the Castremont exchange.

Bank of Castrelia Governor Ludmila Fauconnet told lawmakers on Tuesday, before the data were published, that there was "no room for complacency" and that the bank would keep rates at 4.75% "for as long as it takes". Her deputy, Anselm Riedlinger, said in a speech last month that he saw inflation returning to the 2% target only in 2033.

The crown strengthened 0.6% against the euro as higher yields drew foreign buyers.

Strategists at Halberry Bank said in a note to clients that the selloff was overdone and that they would buy 10-year bonds at yields above 5%. "Growth is weakening, and the market will remember that once the shock fades," they wrote.

Not all investors agreed. A bond trader at a Castremont bank, who asked not to be named because he is not authorised to speak to the media, said several pension funds had sold longer-dated bonds on Thursday morning. "Nobody wants to be the first to catch the knife," he said.

The finance ministry is due to auction 2.5 billion crowns of 10-year bonds on Monday. A ministry spokesman said the auction would go ahead as planned.

Yields also rose in neighbouring markets. Osterlund's 10-year yield added 6 basis points, and a debt manager at the Osterlund treasury said demand at Wednesday's auction had been "solid but not spectacular".

Stocks fell, with the Castremont 40 index closing 1.2% lower. Housebuilders, whose mortgages are priced off two-year yields, led the declines, with Tallwood Homes down 5.1%.

"Every basis point on the two-year is a basis point on someone's mortgage," said Corinna Vautrinot, a portfolio manager at Eastmere Asset Management. She said she expected the housing market to slow sharply over the winter.
''',
    s(GOVR, 'Central bank governor', '"no room for complacency"', 'says', 'direct', role='Bank of Castrelia Governor'),
    s('data', 'data', 'inflation accelerated unexpectedly in October', 'showed'),
    s('national statistics office', 'the national statistics office', 'Consumer prices rose 4.4% year-on-year in October, up from 3.9% in September', 'said'),
    s(ECON, 'Hartley Buckridge, chief economist at Gallowglass Capital', '"This is a nasty number. Services inflation is not cooling, and wages are still running at six percent,"', 'said', 'direct', role=R_ECON),
    s(ECON, '', '"A cut in the first quarter is off the table."', '', 'direct', role=R_ECON),
    s('Castremont exchange', 'data compiled by the Castremont exchange', 'Money markets now price about a 30% chance of a rate cut by March, down from more than 70% on Wednesday', 'according to'),
    s(GOVR, 'Bank of Castrelia Governor Ludmila Fauconnet', 'there was "no room for complacency" and that the bank would keep rates at 4.75% "for as long as it takes"', 'told', 'mixed', role=R_GOVR),
    s('Anselm Riedlinger', 'Her deputy, Anselm Riedlinger', 'he saw inflation returning to the 2% target only in 2033', 'said', role='deputy'),
    s('Strategists at Halberry Bank', 'Strategists at Halberry Bank', 'the selloff was overdone and that they would buy 10-year bonds at yields above 5%', 'said'),
    s('Strategists at Halberry Bank', 'they', '"Growth is weakening, and the market will remember that once the shock fades,"', 'wrote', 'direct'),
    s('A bond trader at a Castremont bank', 'A bond trader at a Castremont bank', 'several pension funds had sold longer-dated bonds on Thursday morning', 'said'),
    s('A bond trader at a Castremont bank', 'he', '"Nobody wants to be the first to catch the knife,"', 'said', 'direct'),
    s('A ministry spokesman', 'A ministry spokesman', 'the auction would go ahead as planned', 'said'),
    s('a debt manager at the Osterlund treasury', 'a debt manager at the Osterlund treasury', 'demand at Wednesday\'s auction had been "solid but not spectacular"', 'said', 'mixed'),
    s('Corinna Vautrinot', 'Corinna Vautrinot, a portfolio manager at Eastmere Asset Management', '"Every basis point on the two-year is a basis point on someone\'s mortgage,"', 'said', 'direct', role='portfolio manager at Eastmere Asset Management'),
    s('Corinna Vautrinot', 'She', 'she expected the housing market to slow sharply over the winter', 'said', role='portfolio manager at Eastmere Asset Management'),
)

PRES_T = 'Aurelio Benvant'
PM_S = 'Hedda Morrisdal'
PRES_Q = 'Kofi Lassiter-Amaro'
LEADERS = 'Leaders of five Lossar Sea states'

doc('ac05-wire-afp-summit-lossar-leaders', 'AFP', '2031-06-21', '''
Lossar Sea leaders agree on coastguard pact, split over migration

PORT ISSARD, Trevalle (AFP) - Leaders of five Lossar Sea states agreed on Saturday to set up joint coastguard patrols against smuggling, but a two-day summit in the Trevallese port city ended without a deal on sharing the cost of hosting migrants.

"We have done in two days what our ministers could not do in two years," Trevallese President Aurelio Benvant, the summit's host, told a closing news conference. "On migration, I will not pretend. We are not there yet."

The patrols, to be based in Port Issard and financed by all five states, will begin operating in January, according to a final statement released by the Trevallese presidency.

A draft circulated by the Trevallese presidency contained a mechanism under which states receiving the most arrivals would be compensated by the others. Sundish Prime Minister Hedda Morrisdal, whose country received almost half of last year's arrivals, backed the idea.

"Solidarity cannot mean that one country carries the boats and the others send a postcard," Morrisdal told reporters as she left the summit venue, a converted customs house on the harbour.

But Teskan President Kofi Lassiter-Amaro rejected any system of compulsory payments, saying his country already spent more on border security than any of its neighbours. A senior Teskan official, speaking on condition of anonymity, said the president had been "irritated" by a draft that circulated on Friday evening and had threatened to leave the summit early.

The Teskan leader stayed, however, and aides on both sides said the mood at Saturday's working lunch had been "frank but correct".

A diplomat from one of the smaller delegations told AFP that the talks on migration had broken down over a single paragraph. "Everyone agreed on the words 'fair sharing'. Nobody agreed on what they would cost," he said.

The summit also called on the international maritime authorities to speed up the inspection of ageing tankers in the Lossar Sea, after an oil spill off the Sundish coast in March.

Morrisdal's chief of staff, Per Olavsen Tindre, said the Sundish government would table a new proposal on migration at the next meeting of foreign ministers in September. Benvant's spokeswoman, Clemence Arnaudy, said the Trevallese presidency would "keep the file open" until then.

Environmental groups were unimpressed. "Five leaders, two days, one press photo, and not a single new protected area," said Ines Trembath of the Lossar Coast Alliance.

Outside the customs house, several hundred fishermen from the Trevallese coast protested against plans to close parts of the sea to trawling. Their spokesman, Bastien Morel, said the leaders had "talked about boats for two days without asking a single fisherman". Police said the protest was peaceful.

The smallest of the five states, Ennery, was represented by its foreign minister, Saoirse Ledwidge, after its prime minister cancelled his trip because of a budget vote at home. She told AFP that Ennery would sign up to the patrols but could contribute "ships we don't have only in the form of money".

The next summit is due to be held in the Sundish capital, Velstad, in 2032.
''',
    s(LEADERS, 'Lossar Sea leaders', 'on coastguard pact', 'agree'),
    s(LEADERS, LEADERS, 'to set up joint coastguard patrols against smuggling', 'agreed'),
    s(PRES_T, 'Trevallese President Aurelio Benvant, the summit\'s host', '"We have done in two days what our ministers could not do in two years,"', 'told', 'direct', role='Trevallese President'),
    s(PRES_T, '', '"On migration, I will not pretend. We are not there yet."', '', 'direct', role='Trevallese President'),
    s('a final statement', 'a final statement released by the Trevallese presidency', 'The patrols, to be based in Port Issard and financed by all five states, will begin operating in January', 'according to'),
    s(PM_S, 'Sundish Prime Minister Hedda Morrisdal', 'the idea', 'backed', role='Sundish Prime Minister'),
    s(PM_S, 'Morrisdal', '"Solidarity cannot mean that one country carries the boats and the others send a postcard,"', 'told', 'direct', role='Sundish Prime Minister'),
    s(PRES_Q, 'Teskan President Kofi Lassiter-Amaro', 'any system of compulsory payments', 'rejected', role='Teskan President'),
    s(PRES_Q, 'Teskan President Kofi Lassiter-Amaro', 'his country already spent more on border security than any of its neighbours', 'saying', role='Teskan President'),
    s('A senior Teskan official', 'A senior Teskan official', 'the president had been "irritated" by a draft that circulated on Friday evening and had threatened to leave the summit early', 'said', 'mixed'),
    s(PRES_Q, '', 'to leave the summit early', 'had threatened', role='Teskan President', nested=True, via='A senior Teskan official'),
    s('aides on both sides', 'aides on both sides', 'the mood at Saturday\'s working lunch had been "frank but correct"', 'said', 'mixed'),
    s('A diplomat from one of the smaller delegations', 'A diplomat from one of the smaller delegations', 'the talks on migration had broken down over a single paragraph', 'told'),
    s('A diplomat from one of the smaller delegations', 'he', '"Everyone agreed on the words \'fair sharing\'. Nobody agreed on what they would cost,"', 'said', 'direct'),
    s('The summit', 'The summit', 'the international maritime authorities to speed up the inspection of ageing tankers in the Lossar Sea', 'called on'),
    s('Per Olavsen Tindre', "Morrisdal's chief of staff, Per Olavsen Tindre", 'the Sundish government would table a new proposal on migration at the next meeting of foreign ministers in September', 'said', role='chief of staff'),
    s('Clemence Arnaudy', "Benvant's spokeswoman, Clemence Arnaudy", 'the Trevallese presidency would "keep the file open" until then', 'said', 'mixed', role='spokeswoman'),
    s('Bastien Morel', 'Their spokesman, Bastien Morel', 'the leaders had "talked about boats for two days without asking a single fisherman"', 'said', 'mixed', role='spokesman'),
    s('Police', 'Police', 'the protest was peaceful', 'said'),
    s('Saoirse Ledwidge', 'She', 'Ennery would sign up to the patrols but could contribute "ships we don\'t have only in the form of money"', 'told', 'mixed', role='foreign minister'),
    s('Ines Trembath', 'Ines Trembath of the Lossar Coast Alliance', '"Five leaders, two days, one press photo, and not a single new protected area,"', 'said', 'direct'),
)
