"""Set BJ's five wire stories (see build_bj.py)."""
from invented_common import doc_spans as doc, s

HAL = 'Liesl Amundsen-Kaye'
HALR = 'Chief Executive Officer'
OKL = 'Priya Okonkwo-Lind'

doc('bj01-wire-talvessa-cocoa-futures-record', 'Bloomberg', '2040-03-13', '''
Cocoa Surges to Record as Talvessa Crop Fails, Traders Say

- New York futures up 9%; London contract at all-time high
- Top grinder says it may pass costs on to chocolate makers

By Nadia Ferreira-Holt

(Bloomberg) -- Cocoa futures surged to a record on Tuesday after the marketing board of Talvessa, the second-biggest grower, cut its forecast for the spring mid-crop by a third.

The Talvessa Cocoa Marketing Board said in a statement that failed rains in March had left pods "small, few and late" across the western growing belt and that exports would be rationed until July.

Futures for May delivery rose as much as 9% to $14,820 a ton in New York, the biggest one-day gain since 2031. The London contract also hit an all-time high.

"The market was short and it was wrong," said Joaquim Brandt-Osei, a trader at Meridian Softs in Geneva. "Everybody assumed the rains would come. They didn't."

Traders reckoned that hedge funds had covered about 20,000 contracts of bets on falling prices in two sessions. Exchange data showed open interest fell 6% on Monday alone.

Halloran Cocoa Processing, the largest grinder in Europe, may have to pass higher bean costs on to chocolate makers, Chief Executive Officer Liesl Amundsen-Kaye told analysts on a call. She said the company had covered its needs through June but "not a day beyond."

Asked whether Halloran would cut output, Amundsen-Kaye said it would not.

The board's chairman, Kwabena Dorrington-Asare, told reporters in the capital, Port Essery, that farmers would be paid the full guaranteed price despite the smaller harvest. He declined to say how the board would fund the payments.

Talvessa's agriculture minister, Efua Mensah-Collander, said on state radio that the government would hand out drought-resistant seedlings to 40,000 farmers before the main-crop planting. "The rains failed us once. We will not be caught twice," she said.

Chocolate makers have already raised prices twice this year. Velvance Confectionery, which makes Sundrop bars, said in an emailed statement that it "continuously reviews" its pricing and would not comment on future moves.

Not all analysts expect the rally to last. Priya Okonkwo-Lind, an analyst at Castellan Research, wrote in a note that demand had already begun to slip in Asia and that prices could fall back below $11,000 by the autumn if the main crop recovers.

"Eventually high prices cure high prices," she said.

The International Cocoa Council, which represents producing and consuming countries, expects a global deficit of 310,000 tons this season, the third in a row.

--With assistance from Tomas Lindqvist-Amar.
''',
    s('Traders', 'Traders', 'Cocoa Surges to Record as Talvessa Crop Fails', 'Say'),
    s(HAL, 'Top grinder', 'it may pass costs on to chocolate makers', 'says', role=HALR),
    s('The Talvessa Cocoa Marketing Board', 'The Talvessa Cocoa Marketing Board', 'failed rains in March had left pods "small, few and late" across the western growing belt and that exports would be rationed until July', 'said', 'mixed'),
    s('Joaquim Brandt-Osei', 'Joaquim Brandt-Osei', '"The market was short and it was wrong,"', 'said', 'direct', role='a trader at Meridian Softs in Geneva'),
    s('Joaquim Brandt-Osei', '', '"Everybody assumed the rains would come. They didn\'t."', '', 'direct', role='a trader at Meridian Softs in Geneva'),
    s('Traders', 'Traders', 'hedge funds had covered about 20,000 contracts of bets on falling prices in two sessions', 'reckoned'),
    s('Exchange data', 'Exchange data', 'open interest fell 6% on Monday alone', 'showed'),
    s(HAL, 'Chief Executive Officer Liesl Amundsen-Kaye', 'Halloran Cocoa Processing, the largest grinder in Europe, may have to pass higher bean costs on to chocolate makers', 'told', role=HALR),
    s(HAL, 'She', 'the company had covered its needs through June but "not a day beyond."', 'said', 'mixed', role=HALR),
    s(HAL, 'Amundsen-Kaye', 'it would not', 'said', role=HALR),
    s('Kwabena Dorrington-Asare', "The board's chairman, Kwabena Dorrington-Asare", 'farmers would be paid the full guaranteed price despite the smaller harvest', 'told', role="The board's chairman"),
    s('Efua Mensah-Collander', "Talvessa's agriculture minister, Efua Mensah-Collander", 'the government would hand out drought-resistant seedlings to 40,000 farmers before the main-crop planting', 'said', role="Talvessa's agriculture minister"),
    s('Efua Mensah-Collander', 'she', '"The rains failed us once. We will not be caught twice,"', 'said', 'direct', role="Talvessa's agriculture minister"),
    s('Velvance Confectionery', 'Velvance Confectionery', 'it "continuously reviews" its pricing and would not comment on future moves', 'said', 'mixed'),
    s(OKL, 'Priya Okonkwo-Lind', 'demand had already begun to slip in Asia and that prices could fall back below $11,000 by the autumn if the main crop recovers', 'wrote', role='an analyst at Castellan Research'),
    s(OKL, 'she', '"Eventually high prices cure high prices,"', 'said', 'direct', role='an analyst at Castellan Research'),
    s('The International Cocoa Council', 'The International Cocoa Council', 'a global deficit of 310,000 tons this season, the third in a row', 'expects'),
)

RUN = 'Elias Marungo-Tesfaye'
AVO = 'Annika Velasquez-Obi'
AVR = "The commission's head of investigations"

doc('bj02-wire-umbala-marathon-champion-doping-ban', 'AP', '2040-04-18', '''
Olympic marathon champion Marungo-Tesfaye banned 4 years; he says lab erred

By DANIEL OKAFOR-WELLS AP Sports Writer

GENEVA (AP) — Olympic marathon champion Elias Marungo-Tesfaye was banned for four years Wednesday after an out-of-competition sample tested positive for the blood booster ferrovane, the Athletics Integrity Commission said.

The 29-year-old from Umbala, who won gold in Lisvane two years ago, denies doping. In a statement released by his management, he said the laboratory in Corvald had mixed up his samples and that he would appeal to the Court of Arbitration for Sport.

"I have run clean for fourteen years," Marungo-Tesfaye said in the statement. "I will not let one tube of blood take that from me."

The commission's head of investigations, Annika Velasquez-Obi, told reporters in Geneva that the sample had been tested twice, in two different laboratories, and that both results matched.

"We understand what this means for him and for his country," she said, "but the rules are the same for a champion as for anyone else."

Marungo-Tesfaye's lawyer, Claudia Brenner-Achebe, told The Associated Press that the laboratory's own records showed a "chain of custody gap of nine hours" and that the defense would demand the documents for the second sample.

Was there any chance of a mix-up? Velasquez-Obi said there was none. The two samples, she said, carried different seal numbers and were opened on video.

The ban runs from Feb. 2, when the result was first notified, and strips him of his win at last October's Varnholm Marathon. His Olympic title stands, because the sample was taken after the Games.

Umbala's athletics federation said it was "shocked and saddened" and would support the athlete's right to appeal. Federation president Joseph Amadi-Rourke later told a radio station in the capital that he had "no reason to doubt" the runner.

Marungo-Tesfaye had been due to run the Corvald Marathon on Sunday. Race organizers said he had been withdrawn from the elite field and would not be replaced.

His coach, Sebastian Moreau-Kiptanui, who has trained Marungo-Tesfaye since 2032, did not respond to messages seeking comment.

Rivals were less forgiving. Britta Holmqvist-Achebe, who finished second in Lisvane, wrote on social media that she had "waited two years for the truth" and called on the commission to retest every sample from that race.

The commission said it had no plans to do so.

A spokesman for World Athletics Union, Tomas Reyes-Lindgren, said the body "respects the process" and would comment once any appeal was decided.
''',
    s(RUN, 'he', 'lab erred', 'says'),
    s('the Athletics Integrity Commission', 'the Athletics Integrity Commission', 'Olympic marathon champion Elias Marungo-Tesfaye was banned for four years Wednesday after an out-of-competition sample tested positive for the blood booster ferrovane', 'said'),
    s(RUN, 'The 29-year-old from Umbala', 'doping', 'denies'),
    s(RUN, 'he', 'the laboratory in Corvald had mixed up his samples and that he would appeal to the Court of Arbitration for Sport', 'said'),
    s(RUN, 'Marungo-Tesfaye', '"I have run clean for fourteen years,"', 'said', 'direct'),
    s(RUN, '', '"I will not let one tube of blood take that from me."', '', 'direct'),
    s(AVO, "The commission's head of investigations, Annika Velasquez-Obi", 'the sample had been tested twice, in two different laboratories, and that both results matched', 'told', role=AVR),
    s(AVO, 'she', ['"We understand what this means for him and for his country,"', '"but the rules are the same for a champion as for anyone else."'], 'said', 'direct', role=AVR),
    s('Claudia Brenner-Achebe', "Marungo-Tesfaye's lawyer, Claudia Brenner-Achebe", 'the laboratory\'s own records showed a "chain of custody gap of nine hours" and that the defense would demand the documents for the second sample', 'told', 'mixed', role="Marungo-Tesfaye's lawyer"),
    s(AVO, 'Velasquez-Obi', 'there was none', 'said', role=AVR),
    s(AVO, 'she', ['The two samples', 'carried different seal numbers and were opened on video'], 'said', role=AVR, anchor='there was none.'),
    s("Umbala's athletics federation", "Umbala's athletics federation", 'it was "shocked and saddened" and would support the athlete\'s right to appeal', 'said', 'mixed'),
    s('Joseph Amadi-Rourke', 'Federation president Joseph Amadi-Rourke', 'he had "no reason to doubt" the runner', 'told', 'mixed', role='Federation president'),
    s('Race organizers', 'Race organizers', 'he had been withdrawn from the elite field and would not be replaced', 'said'),
    s('Britta Holmqvist-Achebe', 'Britta Holmqvist-Achebe', 'she had "waited two years for the truth"', 'wrote', 'mixed'),
    s('Britta Holmqvist-Achebe', 'Britta Holmqvist-Achebe', 'the commission to retest every sample from that race', 'called on'),
    s('the Athletics Integrity Commission', 'The commission', 'it had no plans to do so', 'said'),
    s('Tomas Reyes-Lindgren', 'A spokesman for World Athletics Union, Tomas Reyes-Lindgren', 'the body "respects the process" and would comment once any appeal was decided', 'said', 'mixed', role='A spokesman for World Athletics Union'),
)

HCM = 'Helene Castaing-Mbaye'
HCR = "the institute's director"

doc('bj03-wire-ostrelia-earthquake-alert-failure', 'AFP', '2040-06-09', '''
Quake alert came 'too late', Ostrelian officials admit

Dorvana (Ostrelia) (AFP) - Ostrelia's earthquake early-warning system failed to send phone alerts before a magnitude 6.4 tremor shook the southern city of Dorvana on Friday, officials admitted Saturday, as the death toll rose to 11.

The alerts reached most phones in the city between four and nine seconds after the strongest shaking had begun, according to the National Institute of Seismology, which runs the system.

"A warning that arrives after the shaking is not a warning," the institute's director, Helene Castaing-Mbaye, told AFP. "We owe the people of Dorvana an explanation, and they will have it."

She said a software update installed in January had slowed the link between the sensors and the mobile networks, and that engineers had found the fault within hours of the quake.

Interior Minister Raoul Steenkamp-Vidal, who visited the collapsed market hall on Saturday, ordered an independent review and said the government would publish its findings "in full and within a month."

Of the 11 dead, seven were inside the market hall, civil protection spokesman Amadou Lefebvre-Naidoo said. More than 140 people were injured, 23 of them seriously.

In the old town, residents said they had felt the quake long before their phones made any sound.

"First the floor moved, then the phone screamed," said Mireille Abankwa-Roche, 54, who runs a pharmacy near the port. "By then my shelves were already on the ground."

Seismologists have long warned that Dorvana, built on soft river sediment, sits too close to the Varrel fault for any system to give more than a few seconds' notice.

The European-Mediterranean Seismic Network, which runs its own public alert app, said its users in Dorvana had received a warning about two seconds before the strongest shaking.

Castaing-Mbaye acknowledged that even a working alert would have given the city at most five seconds. "Five seconds is enough to get under a table," she said.

The opposition Green Alliance called the failure "unforgivable" and demanded the director's dismissal.

The institute said in a later statement that it had switched the system back to its older software on Saturday morning.
''',
    s('Ostrelian officials', 'Ostrelian officials', "Quake alert came 'too late'", 'admit', 'mixed'),
    s('officials', 'officials', "Ostrelia's earthquake early-warning system failed to send phone alerts before a magnitude 6.4 tremor shook the southern city of Dorvana on Friday", 'admitted'),
    s('the National Institute of Seismology', 'the National Institute of Seismology', 'The alerts reached most phones in the city between four and nine seconds after the strongest shaking had begun', 'according to'),
    s(HCM, "the institute's director, Helene Castaing-Mbaye", '"A warning that arrives after the shaking is not a warning,"', 'told', 'direct', role=HCR),
    s(HCM, '', '"We owe the people of Dorvana an explanation, and they will have it."', '', 'direct', role=HCR),
    s(HCM, 'She', 'a software update installed in January had slowed the link between the sensors and the mobile networks, and that engineers had found the fault within hours of the quake', 'said', role=HCR),
    s('Raoul Steenkamp-Vidal', 'Interior Minister Raoul Steenkamp-Vidal', 'the government would publish its findings "in full and within a month."', 'said', 'mixed', role='Interior Minister'),
    s('Amadou Lefebvre-Naidoo', 'civil protection spokesman Amadou Lefebvre-Naidoo', 'Of the 11 dead, seven were inside the market hall', 'said', role='civil protection spokesman'),
    s('residents', 'residents', 'they had felt the quake long before their phones made any sound', 'said'),
    s('Mireille Abankwa-Roche', 'Mireille Abankwa-Roche', '"First the floor moved, then the phone screamed,"', 'said', 'direct'),
    s('Mireille Abankwa-Roche', '', '"By then my shelves were already on the ground."', '', 'direct'),
    s('Seismologists', 'Seismologists', "Dorvana, built on soft river sediment, sits too close to the Varrel fault for any system to give more than a few seconds' notice", 'warned'),
    s('The European-Mediterranean Seismic Network', 'The European-Mediterranean Seismic Network', 'its users in Dorvana had received a warning about two seconds before the strongest shaking', 'said'),
    s(HCM, 'Castaing-Mbaye', 'even a working alert would have given the city at most five seconds', 'acknowledged', role=HCR),
    s(HCM, 'she', '"Five seconds is enough to get under a table,"', 'said', 'direct', role=HCR),
    s('The opposition Green Alliance', 'The opposition Green Alliance', 'the failure "unforgivable"', 'called', 'mixed'),
    s('The opposition Green Alliance', 'The opposition Green Alliance', "the director's dismissal", 'demanded'),
    s('the National Institute of Seismology', 'The institute', 'it had switched the system back to its older software on Saturday morning', 'said'),
)

MOT = 'the Ministry of Transport of the Borean Federation'
GOB = 'Gennady Orlovsky-Baranov'
GOR = 'Deputy Minister of Transport'

doc('bj04-wire-borea-polar-route-early-navigation', 'TASS', '2040-04-03', '''
Polar Route navigation to open two weeks early — Transport Ministry

VARSK, April 3. /TASS/. Navigation on the Polar Sea Route will open on June 15, two weeks earlier than last year, because of thinner ice in the eastern sector, the press service of the Ministry of Transport of the Borean Federation told TASS on Thursday.

"According to satellite monitoring data, the average ice thickness in the East Karsk sector is 30 centimeters below the ten-year norm," the press service said.

Deputy Minister of Transport Gennady Orlovsky-Baranov said at a meeting of the Arctic commission that four nuclear icebreakers would escort convoys this season, including the new Aurora Polaris, which completed sea trials in February.

He stressed that "safety will not be sacrificed for speed" and noted that the number of transit voyages was expected to reach 140, up from 96 last year.

Asked by TASS whether foreign vessels would pay higher escort fees, Orlovsky-Baranov said the tariffs would be "the same for all flags."

According to him, cargo traffic on the route will exceed 60 million tonnes by 2042.

Earlier, the head of the state corporation Polaratom, Viktor Semyonov-Krais, said the company was ready to extend the navigation season to ten months a year and that a fifth icebreaker would be laid down in 2041.

"The route is becoming a normal shipping lane, not an expedition," Orlovsky-Baranov told reporters after the meeting. Two new rescue centres, at Kolvik and Ust-Tarna, will open before the season starts, he added.

Foreign shipping companies have shown growing interest in the route. A source in the Northern Shipowners' Association told TASS that three Asian container lines had applied for transit permits for the summer. The source did not rule out that the number of applications would double by May.

Meanwhile, the environmental group Clean Arctic called the early start "a dangerous experiment" and urged the ministry to publish its oil-spill response plans.

The ministry's press service replied that the plans had been published in March and were available on its website.

The Borean Hydrometeorological Service said earlier this week that ice cover in the eastern sector had been the lowest on record for March.

Last year's navigation season ended on December 2, when the last convoy reached the port of Kolvik.
''',
    s(MOT, 'Transport Ministry', 'Polar Route navigation to open two weeks early', ''),
    s(MOT, 'the press service of the Ministry of Transport of the Borean Federation', 'Navigation on the Polar Sea Route will open on June 15, two weeks earlier than last year, because of thinner ice in the eastern sector', 'told'),
    s(MOT, 'the press service', '"According to satellite monitoring data, the average ice thickness in the East Karsk sector is 30 centimeters below the ten-year norm,"', 'said', 'direct'),
    s(GOB, 'Deputy Minister of Transport Gennady Orlovsky-Baranov', 'four nuclear icebreakers would escort convoys this season, including the new Aurora Polaris, which completed sea trials in February', 'said', role=GOR),
    s(GOB, 'He', '"safety will not be sacrificed for speed"', 'stressed', 'direct', role=GOR),
    s(GOB, 'He', 'the number of transit voyages was expected to reach 140, up from 96 last year', 'noted', role=GOR),
    s(GOB, 'Orlovsky-Baranov', 'the tariffs would be "the same for all flags."', 'said', 'mixed', role=GOR),
    s(GOB, 'Orlovsky-Baranov', '"The route is becoming a normal shipping lane, not an expedition,"', 'told', 'direct', role=GOR),
    s(GOB, 'he', 'Two new rescue centres, at Kolvik and Ust-Tarna, will open before the season starts', 'added', role=GOR),
    s(GOB, 'him', 'cargo traffic on the route will exceed 60 million tonnes by 2042', 'According to', role=GOR),
    s('Viktor Semyonov-Krais', 'the head of the state corporation Polaratom, Viktor Semyonov-Krais', 'the company was ready to extend the navigation season to ten months a year and that a fifth icebreaker would be laid down in 2041', 'said', role='the head of the state corporation Polaratom'),
    s("A source in the Northern Shipowners' Association", "A source in the Northern Shipowners' Association", 'three Asian container lines had applied for transit permits for the summer', 'told'),
    s("A source in the Northern Shipowners' Association", 'The source', 'the number of applications would double by May', 'did not rule out'),
    s('Clean Arctic', 'the environmental group Clean Arctic', 'the early start "a dangerous experiment"', 'called', 'mixed'),
    s('Clean Arctic', 'the environmental group Clean Arctic', 'the ministry to publish its oil-spill response plans', 'urged'),
    s('The Borean Hydrometeorological Service', 'The Borean Hydrometeorological Service', 'ice cover in the eastern sector had been the lowest on record for March', 'said'),
    s(MOT, "The ministry's press service", 'the plans had been published in March and were available on its website', 'replied'),
)

SMD = 'Sunniva Mortensen-Dahl'
OBA = 'Ole Brekke-Amundsen'

doc('bj05-wire-skerra-dalvik-mackerel-trawlers-seized', 'Reuters', '2040-05-21', '''
Skerra seizes two trawlers as mackerel row with Dalvik escalates

By Ingrid Solheim-Achterberg

TORSVAAG, May 21 (Reuters) - The Skerran coast guard seized two Dalvikian trawlers inside the islands' fishing zone on Monday, escalating a two-year dispute over mackerel quotas, Skerra's fisheries ministry said.

Both vessels were escorted to Torsvaag harbour with about 600 tonnes of mackerel on board, and their captains would be questioned on Tuesday, the ministry said in a statement.

Dalvik's foreign ministry summoned Skerra's ambassador and called the seizures "an act of piracy dressed up as law enforcement."

"These vessels were fishing where they have fished for forty years," Dalvikian Fisheries Minister Ole Brekke-Amundsen told reporters in Halvik. "Skerra has drawn a new line on the sea and now wants to arrest people for crossing it."

Skerra's fisheries minister, Sunniva Mortensen-Dahl, rejected that, saying the two ships had switched off their position transponders and had been warned twice by radio.

The two countries have failed to agree on how to share the stock since the mackerel began moving north into Skerran waters in 2038.

The skipper of one of the trawlers, the Nordlys, reached by satellite phone, said his crew of 14 was being treated well and that the transponder had been working "the whole time." The skipper, Arne Valdersen, 58, has fished out of Halvik since he was 16.

Fishing industry executives in Dalvik, who asked not to be named because talks with buyers were continuing, said the seizures could cost the fleet 30 million crowns in lost sales this season.

The North Atlantic Fisheries Commission, which gives scientific advice on the stock, said last month that total catches were 40% above the sustainable level.

Analysts said the dispute was unlikely to end soon. "Both governments face elections this year, and neither can be seen to blink," said Katrin Oyelowo-Berg, a fisheries economist at the University of Halvik.

Mortensen-Dahl met Brekke-Amundsen's deputy, Lars Grieg-Holm, in Torsvaag on Monday evening. He said afterwards that the talks had been "frank" and that Dalvik wanted its vessels released within 48 hours.

Skerra's prime minister, Eirik Thorvaldsen-Lie, wrote on social media that the islands "will defend every fish and every mile."

The office of the European fisheries commissioner said it was "following the situation closely" and urged both governments to return to talks.

The ministry did not say whether the catch would be confiscated.

(Reporting by Ingrid Solheim-Achterberg; additional reporting by Hanne Voss in Halvik; Editing by Mark Delacroix-Finn)
''',
    s("Skerra's fisheries ministry", "Skerra's fisheries ministry", "The Skerran coast guard seized two Dalvikian trawlers inside the islands' fishing zone on Monday, escalating a two-year dispute over mackerel quotas", 'said'),
    s("Skerra's fisheries ministry", 'the ministry', 'Both vessels were escorted to Torsvaag harbour with about 600 tonnes of mackerel on board, and their captains would be questioned on Tuesday', 'said'),
    s("Dalvik's foreign ministry", "Dalvik's foreign ministry", 'the seizures "an act of piracy dressed up as law enforcement."', 'called', 'mixed'),
    s(OBA, 'Dalvikian Fisheries Minister Ole Brekke-Amundsen', '"These vessels were fishing where they have fished for forty years,"', 'told', 'direct', role='Dalvikian Fisheries Minister'),
    s(OBA, '', '"Skerra has drawn a new line on the sea and now wants to arrest people for crossing it."', '', 'direct', role='Dalvikian Fisheries Minister'),
    s(SMD, "Skerra's fisheries minister, Sunniva Mortensen-Dahl", 'the two ships had switched off their position transponders and had been warned twice by radio', 'saying', role="Skerra's fisheries minister"),
    s('Arne Valdersen', 'The skipper of one of the trawlers', 'his crew of 14 was being treated well and that the transponder had been working "the whole time."', 'said', 'mixed', role='The skipper of one of the trawlers'),
    s('Fishing industry executives in Dalvik', 'Fishing industry executives in Dalvik', 'the seizures could cost the fleet 30 million crowns in lost sales this season', 'said'),
    s('The North Atlantic Fisheries Commission', 'The North Atlantic Fisheries Commission', 'total catches were 40% above the sustainable level', 'said', date='2040-04'),
    s('Analysts', 'Analysts', 'the dispute was unlikely to end soon', 'said'),
    s('Katrin Oyelowo-Berg', 'Katrin Oyelowo-Berg', '"Both governments face elections this year, and neither can be seen to blink,"', 'said', 'direct', role='a fisheries economist at the University of Halvik'),
    s('Lars Grieg-Holm', 'He', 'the talks had been "frank" and that Dalvik wanted its vessels released within 48 hours', 'said', 'mixed', role="Brekke-Amundsen's deputy"),
    s('The office of the European fisheries commissioner', 'The office of the European fisheries commissioner', 'it was "following the situation closely"', 'said', 'mixed'),
    s('The office of the European fisheries commissioner', 'The office of the European fisheries commissioner', 'both governments to return to talks', 'urged'),
    s('Eirik Thorvaldsen-Lie', "Skerra's prime minister, Eirik Thorvaldsen-Lie", 'the islands "will defend every fish and every mile."', 'wrote', 'mixed', role="Skerra's prime minister"),
)
