"""Set AV's five wire stories (see build_av.py)."""
from invented_common import doc_spans as doc, s

NORV = 'Norvalink'
TCG = 'Tarsel Coast Guard'
HAUK = 'Ilse Haukeland'
SOLH = 'Birgit Solheim'
VIKD = 'Jonas Vikdal'
BREN = 'Aksel Brenna'
MORT = 'Rhea Mortensen'

doc('av01-wire-tarsel-undersea-cable-cut', 'Reuters', '2035-03-15', '''
Undersea cable to Tarsel Islands cut, repairs to take three weeks - Norvalink

PORT ESKEL, March 15 (Reuters) - The only undersea data cable linking the Tarsel Islands to the mainland was severed early on Thursday, cutting most internet and card payment services for about 90,000 people, and repairs will take at least three weeks, operator Norvalink said.

The break occurred about 41 km off Port Eskel at a depth of 260 metres, Norvalink said in a statement, adding that it had located the fault by sending test signals from both ends of the line.

Ship-tracking data showed that a bulk carrier, the Marisol Dawn, had crossed the cable route at low speed shortly before the outage.

The Tarsel Coast Guard said it had asked the vessel's master to explain why the ship's anchor appeared to have been lowered while it was under way.

"We are not accusing anyone. We want to know what happened on that bridge between two and three in the morning," coast guard commander Ilse Haukeland told Reuters by telephone.

The ship's manager, Santora Shipmanagement, said the crew had "followed all procedures" and that the company was cooperating with the investigation.

Banks on the islands limited cash withdrawals to 200 crowns a day, and the territorial government opened a free satellite link at the main library so that residents could file tax returns, which are due on March 31.

At the islands' only hospital, doctors switched to a backup radio link to send scans to specialists on the mainland. Ferry operator Eskel Lines stopped selling tickets online and reopened its harbour ticket office, which it had closed in 2033. Several petrol stations put up handwritten signs reading "CASH ONLY".

"People are queuing at the cash machines like it's 1985," said Birgit Solheim, who runs a grocery in Port Eskel's harbour district. "Half my customers can't pay by card, so I've started writing it all in a book."

Territorial premier Jonas Vikdal told the islands' legislature that the outage showed the need for a second cable, which his government had requested in 2032, and called on the national government to pay for it.

The Ministry of Digital Affairs said a second cable was "under study" but gave no timetable.

Norvalink's chief technology officer, Aksel Brenna, said a repair ship, the Kabelfjord, would leave Halvik on Saturday and needed about four days of calm weather to lift and splice the cable.

"The splice itself is a day's work. Finding both ends on a muddy seabed is the hard part," he said.

The Kabelfjord's crew, Brenna said, would work in shifts around the clock once the ship was on site.

Island businesses have complained for years about the cost of the link. The Tarsel Chamber of Commerce said in January that its members paid three times as much for bandwidth as firms on the mainland, and the outage has revived what islanders call the "one-wire problem".

The Tarsel Islands, a self-governing territory of 14 inhabited islands, were first connected to the mainland by cable in 2014. Before that, they relied on satellite links that were slow and expensive, and that is what most of the islands' businesses are using again this week.

Cable faults are common, with about 150 a year worldwide, most of them caused by fishing gear and anchors, according to industry group the Subsea Networks Forum. Few places, however, depend on a single line.

A Santora spokesman, who asked not to be named, declined to say whether the Marisol Dawn's anchor had been lowered.

Telecoms analyst Rhea Mortensen at Fjellbank Markets said the outage could cost the islands' economy about 4 million crowns a day.

"This is a reminder that a single point of failure is a policy choice, not an accident," she wrote in a note to clients.

The Marisol Dawn, carrying fertiliser from Gdyra to Port Eskel, was being held in the harbour on Friday, the coast guard said.

(Reporting by Terje Lund; Editing by Mark Alcott)
''',
    s(NORV, 'Norvalink', 'Undersea cable to Tarsel Islands cut, repairs to take three weeks', ''),
    s(NORV, 'operator Norvalink', 'The only undersea data cable linking the Tarsel Islands to the mainland|at least three weeks', 'said'),
    s(NORV, 'Norvalink', 'The break occurred about 41 km off Port Eskel at a depth of 260 metres', 'said'),
    s(NORV, '', 'it had located the fault by sending test signals from both ends of the line', 'adding'),
    s('Ship-tracking data', 'Ship-tracking data', 'a bulk carrier, the Marisol Dawn, had crossed the cable route at low speed shortly before the outage', 'showed'),
    s(TCG, 'The Tarsel Coast Guard', "it had asked the vessel's master to explain why the ship's anchor appeared to have been lowered while it was under way", 'said'),
    s(HAUK, 'coast guard commander Ilse Haukeland', '"We are not accusing anyone. We want to know what happened on that bridge between two and three in the morning,"', 'told', 'direct', role='coast guard commander'),
    s('Santora Shipmanagement', "The ship's manager, Santora Shipmanagement", 'the crew had "followed all procedures" and that the company was cooperating with the investigation', 'said', 'mixed'),
    s(SOLH, 'Birgit Solheim', '"People are queuing at the cash machines like it\'s 1985,"', 'said', 'direct'),
    s(SOLH, '', '"Half my customers can\'t pay by card, so I\'ve started writing it all in a book."', '', 'direct'),
    s(VIKD, 'Territorial premier Jonas Vikdal', 'the outage showed the need for a second cable, which his government had requested in 2032', 'told', role='Territorial premier'),
    s(VIKD, '', 'the national government to pay for it', 'called on', role='Territorial premier'),
    s('Ministry of Digital Affairs', 'The Ministry of Digital Affairs', 'a second cable was "under study"', 'said', 'mixed'),
    s(BREN, "Norvalink's chief technology officer, Aksel Brenna", 'a repair ship, the Kabelfjord, would leave Halvik on Saturday|to lift and splice the cable', 'said', role='chief technology officer'),
    s(BREN, 'he', '"The splice itself is a day\'s work. Finding both ends on a muddy seabed is the hard part,"', 'said', 'direct', role='chief technology officer'),
    s(BREN, 'Brenna', ["The Kabelfjord's crew", 'would work in shifts around the clock once the ship was on site'], 'said', role='chief technology officer'),
    s('Island businesses', 'Island businesses', 'the cost of the link', 'complained'),
    s('Tarsel Chamber of Commerce', 'The Tarsel Chamber of Commerce', 'its members paid three times as much for bandwidth as firms on the mainland', 'said'),
    s('Subsea Networks Forum', 'industry group the Subsea Networks Forum', 'Cable faults are common, with about 150 a year worldwide, most of them caused by fishing gear and anchors', 'according to'),
    s(MORT, 'Telecoms analyst Rhea Mortensen', "the outage could cost the islands' economy about 4 million crowns a day", 'said', role='Telecoms analyst'),
    s(MORT, 'she', '"This is a reminder that a single point of failure is a policy choice, not an accident,"', 'wrote', 'direct', role='Telecoms analyst'),
    s(TCG, 'the coast guard', 'The Marisol Dawn, carrying fertiliser from Gdyra to Port Eskel, was being held in the harbour on Friday', 'said'),
)

VASS = 'Hélène Vasseur'
MARR = 'Mathilde Marrenc'
EWAN = 'European Wine Authenticity Network'
BENA = 'Aurelio Benassi'
RESTO = 'A restaurant owner in Orvane'

doc('av02-wire-castrelle-fake-vintage-wine-ring', 'AFP', '2035-06-03', '''
Police bust ring selling fake vintage wine in Castrelle

ORVANE, Castrelle, June 3, 2035 (AFP) - Police in Castrelle have dismantled a ring accused of selling more than 20,000 bottles of cheap table wine relabelled as prized vintages from the Serrat valley, prosecutors said Tuesday.

Eleven people were arrested in raids on Monday in three regions, including a winemaker, a printer and two auction house employees, the Orvane prosecutor's office said in a statement.

The ring is suspected of earning at least 6.5 million euros since 2031 by selling the bottles through online auctions and to restaurants in Europe and Asia, the office said.

Investigators began looking into the ring after a collector in Brenzia complained that a 2019 bottle of Clos Marrenc he had bought for 1,400 euros "tasted like last year's rose", according to the prosecutor, Hélène Vasseur.

"The labels were perfect. The corks were perfect. Only the wine was wrong," Vasseur told AFP.

"These were not amateurs," she said, "and some of the buyers were not innocent either."

She said the printer, based in the northern town of Lesquin, had produced labels, capsules and even wooden cases stamped with the estates' crests.

The owner of the Clos Marrenc estate, Mathilde Marrenc, said she was "relieved and angry in equal measure."

"For two years, people have been writing to us to say our wine has lost its soul. We knew it hadn't," she said.

According to the Serrat Wine Council, which represents 340 growers, at least 14 estates had bottles counterfeited. The council said it would require tamper-proof seals on every bottle from next year's harvest.

Lawyers for the winemaker, whom prosecutors named only as Bernard R., 58, said their client denied any wrongdoing and had himself been deceived by a supplier.

Wine fraud is a growing business, according to the European Wine Authenticity Network, which estimates that fakes make up as much as five percent of the fine wine sold at auction.

"A bottle does not age in a laboratory. It ages in a cellar, and a good fraudster can fake the paper trail of that cellar," said Aurelio Benassi, a wine expert who has testified in several counterfeit trials.

Benassi said buyers should be wary of any old vintage offered well below auction prices.

The Serrat valley produces about 18 million bottles a year, and its best-known estates sell their older vintages for several thousand euros a bottle. Demand from collectors in Asia has pushed prices up sharply since the late 2020s, making the wines an attractive target for forgers. Investigators seized a labelling machine, 3,000 blank capsules and about 4,000 filled bottles in the raids.

The 11 suspects face charges of fraud, forgery and money laundering, which carry up to 10 years in prison. Seven were released under judicial supervision on Tuesday.

Castrelle's agriculture minister, Rémi Soulat, said on Tuesday that counterfeiting "steals from every honest grower" and promised that a bill due this autumn would double the penalties for it.

Vasseur said more arrests were possible, including among buyers who had knowingly resold the fakes.

A restaurant owner in Orvane who bought 300 bottles from the ring, and who asked not to be named, said he had served them to customers for two years without a single complaint.

"Which tells you something about my customers, or about the Serrat," he said with a laugh.
''',
    s('prosecutors', 'prosecutors', 'Police in Castrelle have dismantled a ring|from the Serrat valley', 'said'),
    s("Orvane prosecutor's office", "the Orvane prosecutor's office", 'Eleven people were arrested in raids on Monday in three regions|two auction house employees', 'said'),
    s("Orvane prosecutor's office", 'the office', 'The ring is suspected of earning at least 6.5 million euros since 2031|in Europe and Asia', 'said'),
    s(VASS, 'the prosecutor, Hélène Vasseur', 'Investigators began looking into the ring after a collector in Brenzia complained|"tasted like last year\'s rose"', 'according to', 'mixed', role='prosecutor'),
    s('a collector in Brenzia', 'a collector in Brenzia', 'a 2019 bottle of Clos Marrenc he had bought for 1,400 euros "tasted like last year\'s rose"', 'complained', 'mixed', nested=True, via=VASS),
    s(VASS, 'Vasseur', '"The labels were perfect. The corks were perfect. Only the wine was wrong,"', 'told', 'direct', role='prosecutor'),
    s(VASS, 'she', ['"These were not amateurs,"', '"and some of the buyers were not innocent either."'], 'said', 'direct', role='prosecutor'),
    s(VASS, 'She', "the printer, based in the northern town of Lesquin, had produced labels|stamped with the estates' crests", 'said', role='prosecutor'),
    s(MARR, 'The owner of the Clos Marrenc estate, Mathilde Marrenc', 'she was "relieved and angry in equal measure."', 'said', 'mixed', role='owner'),
    s(MARR, 'she', '"For two years, people have been writing to us to say our wine has lost its soul. We knew it hadn\'t,"', 'said', 'direct', role='owner'),
    s('Serrat Wine Council', 'the Serrat Wine Council', 'at least 14 estates had bottles counterfeited', 'According to'),
    s('Serrat Wine Council', 'The council', "it would require tamper-proof seals on every bottle from next year's harvest", 'said'),
    s('Lawyers for the winemaker', 'Lawyers for the winemaker', 'their client denied any wrongdoing and had himself been deceived by a supplier', 'said'),
    s('Bernard R.', 'their client', 'any wrongdoing', 'denied', nested=True, via='Lawyers for the winemaker'),
    s(EWAN, 'the European Wine Authenticity Network', 'Wine fraud is a growing business', 'according to'),
    s(EWAN, 'which', 'fakes make up as much as five percent of the fine wine sold at auction', 'estimates'),
    s(BENA, 'Aurelio Benassi, a wine expert who has testified in several counterfeit trials', '"A bottle does not age in a laboratory. It ages in a cellar, and a good fraudster can fake the paper trail of that cellar,"', 'said', 'direct', role='wine expert'),
    s(BENA, 'Benassi', 'buyers should be wary of any old vintage offered well below auction prices', 'said', role='wine expert'),
    s('Rémi Soulat', "Castrelle's agriculture minister, Rémi Soulat", 'counterfeiting "steals from every honest grower"', 'said', 'mixed', role='agriculture minister'),
    s('Rémi Soulat', '', 'a bill due this autumn would double the penalties for it', 'promised', role='agriculture minister'),
    s(VASS, 'Vasseur', 'more arrests were possible, including among buyers who had knowingly resold the fakes', 'said', role='prosecutor'),
    s(RESTO, 'A restaurant owner in Orvane who bought 300 bottles from the ring', 'he had served them to customers for two years without a single complaint', 'said', role='restaurant owner'),
    s(RESTO, 'he', '"Which tells you something about my customers, or about the Serrat,"', 'said', 'direct', role='restaurant owner'),
)

ALBR = 'Denise Albrecht'
RIEG = 'Tomas Rieger'
OSTR = 'Carl Ostrowski'
ODUM = 'Harriet Odum'
NATA = 'Priya Natarajan'
BROO = 'Angela Brooks'

doc('av03-wire-landry-crossing-sinkhole-mine', 'Associated Press', '2035-04-11', '''
Sinkhole swallows 3 cars and part of a street in Landry Crossing

LANDRY CROSSING, Calder (AP) — A sinkhole about 40 feet (12 meters) wide opened under a downtown street in Landry Crossing early Wednesday, swallowing three parked cars and forcing the evacuation of two apartment buildings, city officials said. No one was hurt.

The hole appeared at about 4:30 a.m. on Cooper Street, above tunnels of a coal mine that closed in 1931, Fire Chief Denise Albrecht said.

"I heard a noise like a truck dumping gravel, and when I looked out the window my car was gone," said Tomas Rieger, 34, who lives across the street. "Not damaged. Gone."

Albrecht said firefighters evacuated 46 residents as a precaution and that engineers would decide on Thursday whether they could return.

Asked whether more of the street could collapse, she said: "We don't know yet, and that's why nobody is going back in tonight."

Albrecht, a 26-year veteran of the department, said she had never seen a collapse of this size inside the city limits. "We've had small ones in backyards. Never a street," she said.

The state Department of Natural Resources said in a statement that its mapping from 2029 shows abandoned tunnels of the Landry No. 2 mine running under much of the downtown area.

Mayor Carl Ostrowski said the city had spent $3.2 million since 2030 filling old mine voids under public buildings, but "nobody had flagged Cooper Street." He said he had asked the governor for emergency funding. He declined to say how much the repairs would cost.

Geologist Harriet Odum of Calder State University, who has mapped mine subsidence in the region for 20 years, said collapses like Wednesday's often follow weeks of heavy rain, which washes soil into the old tunnels.

"The voids have been there for a century. Water is what finds them," Odum said.

The owner of one of the cars, Priya Natarajan, said her insurer had told her that mine subsidence was not covered by her policy.

Calder is one of several states that offer mine subsidence insurance through a state fund, but coverage is optional and costs about $60 a year for a typical home, according to the website of the Calder Mine Subsidence Insurance Fund.

Cooper Street is lined with brick buildings from the 1890s, when Landry Crossing was one of the busiest coal towns in the state. The Landry No. 2 mine employed about 900 men at its peak and was sealed after a fire in 1931. Maps of its tunnels are incomplete, and some were never filed with the state.

Residents of the evacuated buildings spent the day at a church hall a block away. Several residents said they had felt the floors tremble for weeks.

"We told the landlord in March," said Angela Brooks, 71. "He said it was the trucks."

The landlord, Mirren Property Group, did not respond to a message seeking comment.

Crews began pumping concrete into the hole on Wednesday evening. Cooper Street will stay closed between Third and Fifth avenues at least until the end of the month, the city's public works department said.
''',
    s('city officials', 'city officials', 'A sinkhole about 40 feet (12 meters) wide opened|forcing the evacuation of two apartment buildings', 'said'),
    s(ALBR, 'Fire Chief Denise Albrecht', 'The hole appeared at about 4:30 a.m. on Cooper Street, above tunnels of a coal mine that closed in 1931', 'said', role='Fire Chief'),
    s(RIEG, 'Tomas Rieger', '"I heard a noise like a truck dumping gravel, and when I looked out the window my car was gone,"', 'said', 'direct'),
    s(RIEG, '', '"Not damaged. Gone."', '', 'direct'),
    s(ALBR, 'Albrecht', 'firefighters evacuated 46 residents as a precaution and that engineers would decide on Thursday whether they could return', 'said', role='Fire Chief'),
    s(ALBR, 'she', '"We don\'t know yet, and that\'s why nobody is going back in tonight."', 'said', 'direct', role='Fire Chief'),
    s(ALBR, 'Albrecht, a 26-year veteran of the department', 'she had never seen a collapse of this size inside the city limits', 'said', role='Fire Chief'),
    s(ALBR, 'she', '"We\'ve had small ones in backyards. Never a street,"', 'said', 'direct', role='Fire Chief'),
    s('Department of Natural Resources', 'The state Department of Natural Resources', 'its mapping from 2029 shows abandoned tunnels of the Landry No. 2 mine running under much of the downtown area', 'said'),
    s(OSTR, 'Mayor Carl Ostrowski', 'the city had spent $3.2 million since 2030 filling old mine voids under public buildings, but "nobody had flagged Cooper Street."', 'said', 'mixed', role='Mayor'),
    s(OSTR, 'He', 'he had asked the governor for emergency funding', 'said', role='Mayor'),
    s(ODUM, 'Geologist Harriet Odum of Calder State University', "collapses like Wednesday's often follow weeks of heavy rain, which washes soil into the old tunnels", 'said', role='Geologist'),
    s(ODUM, 'Odum', '"The voids have been there for a century. Water is what finds them,"', 'said', 'direct', role='Geologist'),
    s(NATA, 'The owner of one of the cars, Priya Natarajan', 'her insurer had told her that mine subsidence was not covered by her policy', 'said', role='owner'),
    s('her insurer', 'her insurer', 'mine subsidence was not covered by her policy', 'had told', nested=True, via=NATA),
    s('Calder Mine Subsidence Insurance Fund', 'the website of the Calder Mine Subsidence Insurance Fund', 'Calder is one of several states that offer mine subsidence insurance|about $60 a year for a typical home', 'according to'),
    s('Several residents', 'Several residents', 'they had felt the floors tremble for weeks', 'said'),
    s(BROO, 'Angela Brooks', '"We told the landlord in March,"', 'said', 'direct'),
    s(BROO, '', '"He said it was the trucks."', '', 'direct'),
    s("city's public works department", "the city's public works department", 'Cooper Street will stay closed between Third and Fifth avenues at least until the end of the month', 'said'),
)

KOWA = 'Teresa Kowalczyk'
RYLA = 'Owen Ryland'
BEAU = 'Luc Beaudry'
SORO = 'Ilya Sorokin'
KISS = 'Sandor Kiss'

doc('av04-wire-blizzard-trade-captain-ryland', 'Associated Press', '2035-02-26', '''
Blizzard trade captain Ryland to Mariners for 2 prospects, 1st-round pick

HARBOR CITY (AP) — The Harbor City Blizzard traded captain Owen Ryland to the Westport Mariners on Monday for two prospects and a first-round draft pick, ending the 31-year-old center's 11-season run with the only team he had played for.

Blizzard general manager Teresa Kowalczyk said the decision was "the hardest phone call I've made in this job" and that the team could not afford to re-sign Ryland when his contract ends in July.

"Owen asked us to be honest with him, and we were," Kowalczyk said. "We're building for three years from now. He deserves to win now."

Ryland, who had 28 goals and 61 points in 70 games last season, said in a video posted by the Blizzard that he would "always be a Harbor City guy."

"I learned how to be a pro in that room, and I'll miss it every day," he said in the video.

Mariners coach Luc Beaudry called Ryland "the piece we've been missing" and said he expected him to center the team's top line on Wednesday against Calder.

The Blizzard get forward prospects Mateo Lindqvist and Jonah Akers and the Mariners' first-round pick in 2036. Lindqvist, 20, leads the minor-league Tidewater Gulls with 24 goals.

Kowalczyk said the Blizzard had talked to five teams before the trade deadline and that Westport's offer was "the only one that made sense for both sides."

Ryland was drafted by the Blizzard with the fourth overall pick in 2022 and was named captain in 2029. He leads the franchise in career assists and is second in goals. The Mariners, who have won four straight, sit first in the Eastern Division and have not won a playoff round since 2027.

Did the Blizzard get enough? Not every Blizzard fan agreed.

"You don't trade your captain in February when you're two points out of a playoff spot," said season-ticket holder Ray Dombrowski, 58, who was outside the arena when the news broke.

Defenseman Ilya Sorokin, Ryland's teammate for nine seasons, said the dressing room was "quiet, really quiet" after the players were told.

According to a person familiar with the negotiations, the Mariners had also asked about Sorokin but were told he was not available. The person spoke on condition of anonymity because the talks were private.

Westport was not among the 10 teams on Ryland's no-trade list, the players' union confirmed.

Mariners general manager Sandor Kiss said in a statement that Ryland "brings exactly what we need in April and May."

Ryland's agent, Marty Szabo, said his client had not asked to be traded. "Owen wanted to finish his career here. That's the truth," Szabo said.

Ryland did not say whether he would sign an extension with Westport. He is expected to join the Mariners on Tuesday.
''',
    s(KOWA, 'Blizzard general manager Teresa Kowalczyk', 'the decision was "the hardest phone call I\'ve made in this job" and that the team could not afford to re-sign Ryland when his contract ends in July', 'said', 'mixed', role='general manager'),
    s(KOWA, 'Kowalczyk', '"Owen asked us to be honest with him, and we were,"', 'said', 'direct', role='general manager'),
    s(KOWA, '', '"We\'re building for three years from now. He deserves to win now."', '', 'direct', role='general manager'),
    s(RYLA, 'Ryland', 'he would "always be a Harbor City guy."', 'said', 'mixed', role='captain'),
    s(RYLA, 'he', '"I learned how to be a pro in that room, and I\'ll miss it every day,"', 'said', 'direct', role='captain'),
    s(BEAU, 'Mariners coach Luc Beaudry', 'Ryland "the piece we\'ve been missing"', 'called', 'mixed', role='coach'),
    s(BEAU, '', "he expected him to center the team's top line on Wednesday against Calder", 'said', role='coach'),
    s(KOWA, 'Kowalczyk', 'the Blizzard had talked to five teams before the trade deadline and that Westport\'s offer was "the only one that made sense for both sides."', 'said', 'mixed', role='general manager'),
    s('Ray Dombrowski', 'season-ticket holder Ray Dombrowski', '"You don\'t trade your captain in February when you\'re two points out of a playoff spot,"', 'said', 'direct', role='season-ticket holder'),
    s(SORO, "Defenseman Ilya Sorokin, Ryland's teammate for nine seasons", 'the dressing room was "quiet, really quiet" after the players were told', 'said', 'mixed', role='Defenseman'),
    s('a person familiar with the negotiations', 'a person familiar with the negotiations', 'the Mariners had also asked about Sorokin but were told he was not available', 'According to'),
    s("players' union", "the players' union", "Westport was not among the 10 teams on Ryland's no-trade list", 'confirmed'),
    s('Marty Szabo', "Ryland's agent, Marty Szabo", 'his client had not asked to be traded', 'said', role='agent'),
    s('Marty Szabo', 'Szabo', '"Owen wanted to finish his career here. That\'s the truth,"', 'said', 'direct', role='agent'),
    s(KISS, 'Mariners general manager Sandor Kiss', 'Ryland "brings exactly what we need in April and May."', 'said', 'mixed', role='general manager'),
)

VSE = 'Valdessa Stock Exchange'
SOLB = 'Renata Solberg'
MEDN = 'Jaroslav Mednik'
FMA = 'Financial Markets Authority'
EK = 'Sunniva Ek'
HOLM = 'Anders Holm'

doc('av05-wire-valdessa-exchange-trading-halt', 'Bloomberg', '2035-09-20', '''
Valdessa Exchange Halts Trading for Three Hours After Software Fault

(Bloomberg) -- The Valdessa Stock Exchange halted trading in all equities for more than three hours on Thursday after a software update caused its matching engine to reject orders, the longest outage at the bourse in more than a decade.

The fault was in an update installed overnight and was "not the result of any external attack," the exchange said in a statement posted on its website at 11:40 a.m. local time.

Trading resumed at 1:15 p.m., and the benchmark VSX 40 Index closed 0.4% lower.

Chief Executive Officer Renata Solberg apologized for the disruption and said the exchange would commission an independent review of its testing procedures.

"We tested this release for six weeks. Clearly, six weeks of testing missed something," Solberg said on a call with reporters. "I'm not going to pretend otherwise."

Brokers said the halt had come at a bad time, on the day that quarterly index futures expire.

"Clients were calling us every five minutes asking when they could trade, and we simply didn't know," said Jaroslav Mednik, head of equity trading at Aldmark Securities in Ostrava Nova.

The exchange told members in a notice at 10:05 a.m. that all open orders had been canceled and would have to be re-entered, according to a copy of the notice seen by Bloomberg.

The Financial Markets Authority, Valdessa's regulator, said it had asked the exchange for a full report within 10 days and was "in close contact" with its management.

The Valdessa exchange lists about 260 companies with a combined market value of roughly 3.1 trillion krona. It moved its trading systems to a new data center in 2033 and replaced the software that matches buy and sell orders last year, a project that cost about 400 million krona. Derivatives trading on the bourse's futures market, which runs on a separate system, continued during the halt.

Outages have hit several European exchanges in recent years. A data error halted trading in Karvia for most of a day in 2033, and a power failure shut the Ostmark bourse for 90 minutes last year.

Analysts at Pellworth Research estimated that the outage cost members about 18 million krona in lost commissions.

"A three-hour halt is embarrassing, not catastrophic. What matters is whether the review is truly independent," Pellworth analyst Sunniva Ek wrote in a report.

Shares of Valdessa Exchange Group, which owns the bourse and is itself listed, fell 2.1%.

Finance Minister Anders Holm told lawmakers he had "full confidence" in the exchange but expected "answers, not excuses."

"The important thing," Holm said, "is that no investor lost money on a trade executed at a wrong price."

According to people familiar with the matter, the update had been tested only on a copy of the system that did not include index futures. They asked not to be identified because the findings are preliminary.

A spokesman for the exchange declined to comment on whether members would be compensated.
''',
    s(VSE, 'the exchange', 'The fault was in an update installed overnight and was "not the result of any external attack,"', 'said', 'mixed'),
    s(SOLB, 'Chief Executive Officer Renata Solberg', 'the disruption', 'apologized', role='Chief Executive Officer'),
    s(SOLB, '', 'the exchange would commission an independent review of its testing procedures', 'said', role='Chief Executive Officer'),
    s(SOLB, 'Solberg', '"We tested this release for six weeks. Clearly, six weeks of testing missed something,"', 'said', 'direct', role='Chief Executive Officer'),
    s(SOLB, '', '"I\'m not going to pretend otherwise."', '', 'direct', role='Chief Executive Officer'),
    s('Brokers', 'Brokers', 'the halt had come at a bad time, on the day that quarterly index futures expire', 'said'),
    s(MEDN, 'Jaroslav Mednik, head of equity trading at Aldmark Securities in Ostrava Nova', '"Clients were calling us every five minutes asking when they could trade, and we simply didn\'t know,"', 'said', 'direct', role='head of equity trading'),
    s(VSE, 'The exchange', 'all open orders had been canceled and would have to be re-entered', 'told'),
    s(FMA, "The Financial Markets Authority, Valdessa's regulator", 'it had asked the exchange for a full report within 10 days and was "in close contact" with its management', 'said', 'mixed'),
    s('Analysts at Pellworth Research', 'Analysts at Pellworth Research', 'the outage cost members about 18 million krona in lost commissions', 'estimated'),
    s(EK, 'Pellworth analyst Sunniva Ek', '"A three-hour halt is embarrassing, not catastrophic. What matters is whether the review is truly independent,"', 'wrote', 'direct', role='analyst'),
    s(HOLM, 'Finance Minister Anders Holm', 'he had "full confidence" in the exchange but expected "answers, not excuses."', 'told', 'mixed', role='Finance Minister'),
    s(HOLM, 'Holm', ['"The important thing,"', '"is that no investor lost money on a trade executed at a wrong price."'], 'said', 'direct', role='Finance Minister'),
    s('people familiar with the matter', 'people familiar with the matter', 'the update had been tested only on a copy of the system that did not include index futures', 'According to'),
)
