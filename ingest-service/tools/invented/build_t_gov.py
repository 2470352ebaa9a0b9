"""Set T's six government texts (see build_t.py)."""
from invented_common import doc_spans as doc, s

MIN_A = 'Minister of Agriculture and Food of the Republic of Marvessa'
FAO_D = 'Deputy Director-General of the Northern Food Council'

doc('t06-marvessa-agriculture-ministry-nfc-meeting', 'Ministry of Agriculture and Food of the Republic of Marvessa', '2027-06-09', '''
Minister Teodolinda Valchanova-Okoruvale meets Deputy Director-General of the Northern Food Council

On 9 June, Minister of Agriculture and Food of the Republic of Marvessa Teodolinda Valchanova-Okoruvale met with the Deputy Director-General of the Northern Food Council (NFC), Mr. Ansgarius Ribevarro-Kastner, who is in Belgrava to attend the regional conference on soil health.

Welcoming the guest, the Minister thanked the NFC for its assistance in restoring irrigation systems damaged by the floods of 2026.

The parties exchanged views on the state of the grain harvest, the fight against the locust outbreak in the southern districts and the preparation of the national programme on soil restoration.

The Minister stressed:
- the winter wheat harvest is expected to reach 3.1 million tonnes, which fully covers domestic needs and allows Marvessa to keep its export commitments;
- the locust outbreak has been contained in four of the six affected districts, but the situation in Dervent and Sollum districts remains difficult;
- Marvessa is interested in the NFC's expertise in two areas:
  a) the mapping of degraded soils using satellite data;
  b) the creation of a seed bank for drought-resistant varieties.

The Minister also noted that the Government had doubled the budget of the plant protection service this year and that 40 new locust monitoring posts had been set up along the southern border.

Mr. Ribevarro-Kastner highly appreciated the measures taken by the Government of Marvessa to support small farmers and said that the NFC was prepared to finance a pilot soil-mapping project in Dervent district from next year. He also drew attention to the need to improve the collection of data on fertiliser use, noting that the lack of reliable figures makes it difficult to plan assistance.

The Deputy Minister of Agriculture, Kirillo Adamantidis-Vancemoor, informed the guest that a new law on seeds would be submitted to Parliament in September.

The Deputy Director-General invited a delegation of the Ministry to take part in the NFC's ministerial session in Lindqvarn in November. The invitation was accepted.

Following the talks, the sides agreed to prepare a memorandum of understanding on soil restoration by the end of the year.

In a separate meeting on the same day, the Minister received the Ambassador of Quarnelia to Marvessa, Ms. Honorata Brzezinska-Oyelavine. The Ambassador expressed her country's readiness to share its experience in locust control and proposed holding joint training for plant protection specialists. Teodolinda Valchanova-Okoruvale welcomed the proposal and stressed that regional cooperation was the only effective way to fight migratory pests.
''',
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', 'the winter wheat harvest is expected to reach 3.1 million tonnes, which fully covers domestic needs and allows Marvessa to keep its export commitments;', 'stressed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', 'the locust outbreak has been contained in four of the six affected districts, but the situation in Dervent and Sollum districts remains difficult;', 'stressed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', "Marvessa is interested in the NFC's expertise in two areas:", 'stressed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', 'the mapping of degraded soils using satellite data;', 'stressed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', 'the creation of a seed bank for drought-resistant varieties.', 'stressed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'The Minister', 'the Government had doubled the budget of the plant protection service this year and that 40 new locust monitoring posts had been set up along the southern border', 'noted', role=MIN_A),
    s('Ansgarius Ribevarro-Kastner', 'Mr. Ribevarro-Kastner', 'the measures taken by the Government of Marvessa to support small farmers', 'highly appreciated', role=FAO_D),
    s('Ansgarius Ribevarro-Kastner', 'Mr. Ribevarro-Kastner', 'the NFC was prepared to finance a pilot soil-mapping project in Dervent district from next year', 'said', role=FAO_D),
    s('Ansgarius Ribevarro-Kastner', 'He', 'the need to improve the collection of data on fertiliser use, noting that the lack of reliable figures makes it difficult to plan assistance', 'drew attention to', role=FAO_D),
    s('Kirillo Adamantidis-Vancemoor', 'The Deputy Minister of Agriculture, Kirillo Adamantidis-Vancemoor', 'a new law on seeds would be submitted to Parliament in September', 'informed', role='Deputy Minister of Agriculture'),
    s('Teodolinda Valchanova-Okoruvale and Ansgarius Ribevarro-Kastner', 'the sides', 'to prepare a memorandum of understanding on soil restoration by the end of the year', 'agreed'),
    s('Honorata Brzezinska-Oyelavine', 'The Ambassador', "her country's readiness to share its experience in locust control", 'expressed', role='Ambassador of Quarnelia to Marvessa'),
    s('Honorata Brzezinska-Oyelavine', 'The Ambassador', 'holding joint training for plant protection specialists', 'proposed', role='Ambassador of Quarnelia to Marvessa'),
    s('Teodolinda Valchanova-Okoruvale', 'Teodolinda Valchanova-Okoruvale', 'the proposal', 'welcomed', role=MIN_A),
    s('Teodolinda Valchanova-Okoruvale', 'Teodolinda Valchanova-Okoruvale', 'regional cooperation was the only effective way to fight migratory pests', 'stressed', role=MIN_A),
)

FM_L = 'Minister of Foreign Affairs of the Kingdom of Lysandria'
FM_O = 'Minister of Foreign Affairs of the Republic of Orvessa'
MINISTERS = 'Cassius Thornvelle-Adeleke and Wilhemette Oduvesse-Szaborvai'
STATES = 'Lysandria and Orvessa'

doc('t07-lysandria-orvessa-joint-statement-ministers', 'Ministry of Foreign Affairs of the Kingdom of Lysandria', '2027-10-04', '''
Joint Statement of the Ministers of Foreign Affairs of the Kingdom of Lysandria and the Republic of Orvessa following the first round of strategic dialogue

Merrowgate, 4 October 2027

At the invitation of the Minister of Foreign Affairs of the Kingdom of Lysandria, Cassius Thornvelle-Adeleke, the Minister of Foreign Affairs of the Republic of Orvessa, Wilhemette Oduvesse-Szaborvai, paid an official visit to Lysandria on 3-4 October 2027 and co-chaired the first round of the Lysandria-Orvessa Strategic Dialogue.

The Ministers welcomed the establishment of the Strategic Dialogue as the main mechanism for coordinating bilateral relations and agreed that it would meet annually, alternately in Merrowgate and Castelbrun.

They noted that relations between the two countries have reached a new level since the signing of the Treaty of Friendship in 2019, and emphasised the importance of regular contacts at the highest level.

The Ministers reaffirmed their commitment to the peaceful settlement of disputes in accordance with international law and expressed concern over the growing number of incidents involving commercial shipping in the Straits of Ammeric.

The two governments decided to establish a joint working group on maritime security, which will hold its first meeting before the end of the year.

The Lysandrian side informed about the progress in the construction of the Merrowgate-Castelbrun high-speed railway, the Lysandrian section of which will be completed in 2029. The Orvessan side confirmed that work on its section was proceeding on schedule and that the first trains were expected to run in 2031.

The Lysandrian side reiterated its position that the dispute over fishing rights in the Ammeric shelf should be resolved through the bilateral fisheries commission. The Orvessan side agreed to convene the commission in the first quarter of 2028.

Both Ministers stressed the importance of increasing student exchanges and announced the launch of a joint scholarship programme for 200 students a year, starting in the 2028/2029 academic year.

The Parties expressed their deep concern about the humanitarian situation in the Kessra region and called for unhindered access for humanitarian organisations.

The Lysandrian side expressed its support for Orvessa's candidacy for a non-permanent seat on the Council of Nations for 2030-2031.

The Minister of Foreign Affairs of the Republic of Orvessa thanked the Minister of Foreign Affairs of the Kingdom of Lysandria for the warm welcome and invited him to hold the second round of the Strategic Dialogue in Castelbrun in 2028.

Done in Merrowgate on 4 October 2027.
''',
    s(MINISTERS, 'The Ministers', 'the establishment of the Strategic Dialogue as the main mechanism for coordinating bilateral relations', 'welcomed'),
    s(MINISTERS, 'The Ministers', 'it would meet annually, alternately in Merrowgate and Castelbrun', 'agreed'),
    s(MINISTERS, 'They', 'relations between the two countries have reached a new level since the signing of the Treaty of Friendship in 2019', 'noted'),
    s(MINISTERS, 'They', 'the importance of regular contacts at the highest level', 'emphasised'),
    s(MINISTERS, 'The Ministers', 'their commitment to the peaceful settlement of disputes in accordance with international law', 'reaffirmed'),
    s(MINISTERS, 'The Ministers', 'concern over the growing number of incidents involving commercial shipping in the Straits of Ammeric', 'expressed'),
    s('Wilhemette Oduvesse-Szaborvai', 'The Orvessan side', 'work on its section was proceeding on schedule and that the first trains were expected to run in 2031', 'confirmed', role=FM_O),
    s('Cassius Thornvelle-Adeleke', 'The Lysandrian side', 'the dispute over fishing rights in the Ammeric shelf should be resolved through the bilateral fisheries commission', 'reiterated its position', role=FM_L),
    s('Wilhemette Oduvesse-Szaborvai', 'The Orvessan side', 'to convene the commission in the first quarter of 2028', 'agreed', role=FM_O),
    s(MINISTERS, 'Both Ministers', 'the importance of increasing student exchanges', 'stressed'),
    s(MINISTERS, 'Both Ministers', 'the launch of a joint scholarship programme for 200 students a year, starting in the 2028/2029 academic year', 'announced'),
    s(MINISTERS, 'The Parties', 'their deep concern about the humanitarian situation in the Kessra region', 'expressed'),
    s(MINISTERS, 'The Parties', 'unhindered access for humanitarian organisations', 'called for'),
    s('Cassius Thornvelle-Adeleke', 'The Lysandrian side', "its support for Orvessa's candidacy for a non-permanent seat on the Council of Nations for 2030-2031", 'expressed', role=FM_L),
)

SPOX_Q = 'Official Spokesman of the Ministry of Foreign Affairs of Quarnelia'

doc('t08-quarnelia-mfa-briefing-transcript', 'Ministry of Foreign Affairs of Quarnelia', '2027-04-21', '''
Ministry of Foreign Affairs of Quarnelia

Briefing by Official Spokesman Anzelm Wierzbicki-Mbaveni

Saltbridge, 21 April 2027

Anzelm Wierzbicki-Mbaveni: Good afternoon. I will start with the schedule.

On 26 April, Foreign Minister Leocadia Fairholme-Oduvarra will travel to Ammeric for the ministerial meeting of the Coastal States Forum. She will hold bilateral meetings on the sidelines, including with her Lysandrian counterpart. On 29 April, the Minister will receive the Secretary-General of the Council of Nations, Iolo Mwangozi-Larsson, in Saltbridge.

Now I am ready to take your questions.

Question: The Dravnews agency reported this morning that a Quarnelian journalist, Odeline Brennvald-Asumveh, has been detained in Korshava. What do you know about this?

Answer: We received this information last night. Our consul visited her this morning. She is in good health and has been given access to a lawyer. The Dravenskan authorities told us that she is suspected of violating the rules of accreditation. We consider this accusation to be absurd: she has worked in Korshava for six years with all the necessary documents.

We expect her to be released without delay, and we have said so to the Dravenskan ambassador, who was summoned to the Ministry today.

Question: Her employer, Saltbridge Daily, says she was working on a story about the Ostrova nuclear plant. Could that be the reason?

Answer: I do not want to speculate. It is for the Dravenskan side to explain its actions.

Question: There are reports of queues of up to 40 kilometres at the Sarvikko border crossing. Truck drivers say they have been waiting for four days. What is the Ministry doing?

Answer: The situation at Sarvikko is difficult. The border service of our neighbour introduced additional checks on 15 April without prior notice. As the Minister said yesterday in Parliament, this contradicts the bilateral agreement on border crossings. We have sent a note and proposed an urgent meeting of the joint border commission. Our neighbours have promised to respond by Friday.

In the meantime, I advise drivers to use the Tarnholm crossing, where waiting times are under six hours.

Question (Coastal Review): Minister Fairholme-Oduvarra is quoted in today's Dagsposten as saying that Quarnelia could "review its participation" in the pipeline project. Is this the official position?

Answer: The Minister's words were taken out of context. Quarnelia remains committed to the project. At the same time, we expect our partners to respect the agreed schedule and the environmental conditions.

Question: Dravenska's Defence Ministry said on Monday that a Quarnelian patrol aircraft had entered its airspace near Sarvikko. Do you confirm this?

Answer: No. According to our Defence Ministry, the aircraft remained over Quarnelian territory throughout the flight, and the flight data have been handed over to the Dravenskan military attaché. We are ready to show them to anyone who is interested.

Question: Will the Ministry comment on the arrest of opposition activists in Ammeric?

Answer: We are following the situation closely. We call on the Ammeric authorities to respect the right to peaceful assembly.

Thank you, that is all for today.
''',
    s('Anzelm Wierzbicki-Mbaveni', 'Anzelm Wierzbicki-Mbaveni', 'Good afternoon. I will start with the schedule.|Now I am ready to take your questions.', '', role=SPOX_Q),
    s('Dravnews', 'The Dravnews agency', 'a Quarnelian journalist, Odeline Brennvald-Asumveh, has been detained in Korshava', 'reported'),
    s('Anzelm Wierzbicki-Mbaveni', '', 'We received this information last night.|who was summoned to the Ministry today.', '', role=SPOX_Q),
    s('The Dravenskan authorities', 'The Dravenskan authorities', 'she is suspected of violating the rules of accreditation', 'told', nested=True, via='Anzelm Wierzbicki-Mbaveni'),
    s('Saltbridge Daily', 'Her employer, Saltbridge Daily', 'she was working on a story about the Ostrova nuclear plant', 'says'),
    s('Anzelm Wierzbicki-Mbaveni', '', 'I do not want to speculate. It is for the Dravenskan side to explain its actions.', '', role=SPOX_Q),
    s('Truck drivers', 'Truck drivers', 'they have been waiting for four days', 'say'),
    s('Anzelm Wierzbicki-Mbaveni', '', 'The situation at Sarvikko is difficult.|where waiting times are under six hours.', '', role=SPOX_Q),
    s('Leocadia Fairholme-Oduvarra', 'the Minister', 'this contradicts the bilateral agreement on border crossings', 'said', role='Foreign Minister', nested=True, via='Anzelm Wierzbicki-Mbaveni'),
    s('Our neighbours', 'Our neighbours', 'to respond by Friday', 'have promised', nested=True, via='Anzelm Wierzbicki-Mbaveni'),
    s('Leocadia Fairholme-Oduvarra', 'Minister Fairholme-Oduvarra', 'Quarnelia could "review its participation" in the pipeline project', 'as saying', 'mixed', role='Foreign Minister'),
    s('Anzelm Wierzbicki-Mbaveni', '', "The Minister's words were taken out of context.|the agreed schedule and the environmental conditions.", '', role=SPOX_Q),
    s("Dravenska's Defence Ministry", "Dravenska's Defence Ministry", 'a Quarnelian patrol aircraft had entered its airspace near Sarvikko', 'said'),
    s('Anzelm Wierzbicki-Mbaveni', '', 'No. According to our Defence Ministry|anyone who is interested.', '', role=SPOX_Q),
    s('our Defence Ministry', 'our Defence Ministry', 'the aircraft remained over Quarnelian territory throughout the flight', 'According to', nested=True, via='Anzelm Wierzbicki-Mbaveni'),
    s('Anzelm Wierzbicki-Mbaveni', '', 'We are following the situation closely.|the right to peaceful assembly.', '', role=SPOX_Q),
)

PRES_O = 'President of the Republic of Orvessa'
GOV_H = 'Governor of the Halstead Region'

doc('t09-orvessa-president-meeting-halstead-governor', 'President of the Republic of Orvessa', '2027-07-15', '''
Working meeting with Governor of the Halstead Region Bronimir Oyelvanto-Marshvale

July 15, 2027, 16:00, Castelbrun

Rafaela Montcalm-Achorru held a working meeting with Governor of the Halstead Region Bronimir Oyelvanto-Marshvale. The Governor reported on the recovery of the region after the spring floods, the preparation of schools for the new academic year and the situation in the region's fishing industry. Minister of Regional Development Ezequias Vaszquerra-Hallvarsen also took part in the meeting.

Beginning of the conversation:

Rafaela Montcalm-Achorru: Mr Oyelvanto-Marshvale, let us start with the floods. In May I was in Dunrath and saw what the water did there. How many families are still without their own homes?

Bronimir Oyelvanto-Marshvale: Good afternoon, Madam President.

As of today, 212 families remain in temporary accommodation. That is out of 3,400 families whose homes were damaged. We have paid compensation to everyone who applied, a total of 1.9 billion marks, and 180 new flats in Dunrath will be handed over in September.

The problem is the villages along the Ness. People do not want to leave, and we cannot rebuild in the same place: the river will come back.

Rafaela Montcalm-Achorru: What do you propose?

Bronimir Oyelvanto-Marshvale: We propose to buy out the plots at market value and to offer land on higher ground nearby, with the infrastructure paid for by the region. We have already agreed this with the residents of two villages.

Rafaela Montcalm-Achorru: I support this approach. Mr Vaszquerra-Hallvarsen, does the Ministry have the money for it?

Ezequias Vaszquerra-Hallvarsen: Madam President, the reserve fund has 600 million marks for such cases this year. That would be enough for about half of the villages. For the rest we would need a decision in the autumn budget.

Rafaela Montcalm-Achorru: Then prepare the proposals for the budget now, do not wait for the autumn. And I ask you both to make sure that no family spends another winter in a hostel.

Bronimir Oyelvanto-Marshvale: We will do it.

Rafaela Montcalm-Achorru: Good. Now about the schools.

Bronimir Oyelvanto-Marshvale: Eleven schools were flooded. Nine have been repaired. Two, in Dunrath and in Kelloway, will not be ready by September, and the children will study in neighbouring schools in two shifts until January. We have arranged free buses.

Rafaela Montcalm-Achorru: Two shifts until January is too long. Look again at whether modular classrooms can be put up. The Ministry will help.

Ezequias Vaszquerra-Hallvarsen: We will look at it this week, Madam President.

Rafaela Montcalm-Achorru: Fine. Now the fishermen.

Bronimir Oyelvanto-Marshvale: The catch this year is down by almost a third. Fishermen complain that the quotas were set before the floods and do not take into account what happened to the spawning grounds. They are asking for the quotas to be revised.

Rafaela Montcalm-Achorru: The fishermen have a point. The quotas were calculated on data from last year. I will ask the Minister of Agriculture to review them together with the region before the autumn season opens, and to take into account the scientists' assessment of the spawning grounds.

Bronimir Oyelvanto-Marshvale: Thank you, Madam President. The fishermen will be very glad to hear this. I would also ask for support for the fish processing plant in Kelloway, which lost its equipment in the flood. Without it, 300 people have no work.

Rafaela Montcalm-Achorru: Send the proposals to Mr Vaszquerra-Hallvarsen. Ezequias, please look at this and report to me within two weeks.

Ezequias Vaszquerra-Hallvarsen: I will, Madam President.
''',
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'let us start with the floods. In May I was in Dunrath and saw what the water did there.', '', role=PRES_O),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'Good afternoon, Madam President.|the river will come back.', '', role=GOV_H),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'We propose to buy out the plots|residents of two villages.', '', role=GOV_H),
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'I support this approach.', '', role=PRES_O),
    s('Ezequias Vaszquerra-Hallvarsen', 'Ezequias Vaszquerra-Hallvarsen', 'the reserve fund has 600 million marks|a decision in the autumn budget.', '', role='Minister of Regional Development'),
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'Then prepare the proposals|spends another winter in a hostel.', '', role=PRES_O),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'We will do it.', '', role=GOV_H),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'Eleven schools were flooded.|We have arranged free buses.', '', role=GOV_H),
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'Two shifts until January is too long.|The Ministry will help.', '', role=PRES_O),
    s('Ezequias Vaszquerra-Hallvarsen', 'Ezequias Vaszquerra-Hallvarsen', 'We will look at it this week, Madam President.', '', role='Minister of Regional Development'),
    s('Ezequias Vaszquerra-Hallvarsen', 'Ezequias Vaszquerra-Hallvarsen', 'I will, Madam President.', '', role='Minister of Regional Development'),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'The catch this year is down by almost a third.|asking for the quotas to be revised.', '', role=GOV_H),
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'The fishermen have a point.|assessment of the spawning grounds.', '', role=PRES_O),
    s('Bronimir Oyelvanto-Marshvale', 'Bronimir Oyelvanto-Marshvale', 'The fishermen will be very glad to hear this.|300 people have no work.', '', role=GOV_H),
    s('Rafaela Montcalm-Achorru', 'Rafaela Montcalm-Achorru', 'Send the proposals to Mr Vaszquerra-Hallvarsen.|report to me within two weeks.', '', role=PRES_O),
    s('Fishermen', 'Fishermen', 'the quotas were set before the floods and do not take into account what happened to the spawning grounds', 'complain', nested=True, via='Bronimir Oyelvanto-Marshvale'),
)

REP_V = 'Official Representative of the Ministry of Foreign Affairs of Vessland'
DFM_V = 'Deputy Minister of Foreign Affairs of Vessland'

doc('t10-vessland-mfa-press-release-comment', 'Ministry of Foreign Affairs of Vessland', '2027-11-26', '''
Press release

On consultations between the Ministries of Foreign Affairs of Vessland and Ambrevia

On 25 November, Deputy Minister of Foreign Affairs of Vessland Halvdan Okavundu-Lindvarden held consultations in Hallaby with Deputy Minister of Foreign Affairs of Ambrevia Serafina Castelmonte-Mwalunde.

The parties reviewed the state of bilateral relations and discussed preparations for the visit of the President of Ambrevia to Vessland planned for the first half of 2028.

Halvdan Okavundu-Lindvarden noted the steady growth of trade between the two countries, which increased by 14 percent in the first nine months of the year, and pointed to the potential for cooperation in renewable energy and shipbuilding.

Serafina Castelmonte-Mwalunde confirmed Ambrevia's interest in opening a direct air connection between Hallaby and Port Seravin. She also said that the Ambrevian side was ready to simplify visa procedures for Vesslandic business travellers from January.

The Deputy Ministers exchanged views on the situation in the Kessra region. The Vesslandic side emphasised that there is no alternative to a political settlement. Serafina Castelmonte-Mwalunde informed her counterpart about the results of the recent visit of the Ambrevian special envoy to the region, who, according to her, found "a real readiness for dialogue" among local leaders.

The parties agreed to hold the next round of consultations in Port Seravin in 2028.

Comment by the Official Representative of the Ministry of Foreign Affairs of Vessland Jorunvei Akinvorle-Brisbane in connection with a media question regarding the statement of the Ministry of Foreign Affairs of Dravenska on the energy talks

Question: How would you comment on yesterday's statement by the Ministry of Foreign Affairs of Dravenska, which claims that Vessland deliberately "disrupted" the energy talks in Hallaby?

Answer: We have taken note of this statement and can only express regret at its tone.

The facts are as follows. The Vesslandic delegation came to Hallaby with concrete proposals on the price formula and on the terms of fuel supply after 2030. The Dravenskan delegation asked for a break in the talks on the second day, citing the need for additional instructions from Korshava, and did not return to the table.

Attempts to shift the responsibility for the pause onto Vessland are unfounded. We are ready to resume the talks at any time, in Hallaby or in Korshava, as soon as our partners are ready.

We also note that the Energy Minister of Dravenska, Ruslana Petravoulis-Obiraku, said only last week that the talks were "constructive". It is difficult to understand what has changed since then.
''',
    s('Halvdan Okavundu-Lindvarden', 'Halvdan Okavundu-Lindvarden', 'the steady growth of trade between the two countries, which increased by 14 percent in the first nine months of the year', 'noted', role=DFM_V),
    s('Halvdan Okavundu-Lindvarden', 'Halvdan Okavundu-Lindvarden', 'the potential for cooperation in renewable energy and shipbuilding', 'pointed to', role=DFM_V),
    s('Serafina Castelmonte-Mwalunde', 'Serafina Castelmonte-Mwalunde', "Ambrevia's interest in opening a direct air connection between Hallaby and Port Seravin", 'confirmed', role='Deputy Minister of Foreign Affairs of Ambrevia'),
    s('Serafina Castelmonte-Mwalunde', 'She', 'the Ambrevian side was ready to simplify visa procedures for Vesslandic business travellers from January', 'said', role='Deputy Minister of Foreign Affairs of Ambrevia'),
    s('Halvdan Okavundu-Lindvarden', 'The Vesslandic side', 'there is no alternative to a political settlement', 'emphasised', role=DFM_V),
    s('Serafina Castelmonte-Mwalunde', 'her', 'found "a real readiness for dialogue" among local leaders', 'according to', 'mixed', role='Deputy Minister of Foreign Affairs of Ambrevia'),
    s('Halvdan Okavundu-Lindvarden and Serafina Castelmonte-Mwalunde', 'The parties', 'to hold the next round of consultations in Port Seravin in 2028', 'agreed'),
    s('Ministry of Foreign Affairs of Dravenska', "yesterday's statement by the Ministry of Foreign Affairs of Dravenska", 'Vessland deliberately "disrupted" the energy talks in Hallaby', 'claims', 'mixed'),
    s('Jorunvei Akinvorle-Brisbane', '', 'We have taken note of this statement|what has changed since then.', '', role=REP_V),
    s('The Dravenskan delegation', 'The Dravenskan delegation', 'a break in the talks on the second day', 'asked for', nested=True, via='Jorunvei Akinvorle-Brisbane'),
    s('The Dravenskan delegation', 'The Dravenskan delegation', 'the need for additional instructions from Korshava', 'citing', nested=True, via='Jorunvei Akinvorle-Brisbane'),
    s('Ruslana Petravoulis-Obiraku', 'the Energy Minister of Dravenska, Ruslana Petravoulis-Obiraku', 'the talks were "constructive"', 'said', 'mixed', role='Energy Minister of Dravenska', nested=True, via='Jorunvei Akinvorle-Brisbane'),
)

GOV_W = 'Governor of Wexhallow Province'

doc('t11-wexmoor-governor-working-trip-page', 'Administration of Wexhallow Province', '2027-03-18', '''
Skip to main content
Official portal of the Administration of Wexhallow Province
Governor | Administration | Districts | Documents | Press centre | Open data
Search the site
Home > Press centre > News

Governor Ulrike Mbanefo-Casterlund inspects hospital construction and new water main in Tarnwick district

18.03.2027 10:42 | Views: 1 284

Governor of Wexhallow Province Ulrike Mbanefo-Casterlund made a working trip to Tarnwick district on Tuesday. She inspected the construction of the new district hospital, visited the Ashwenby dairy cooperative and met with residents of the village of Little Fenby.

The head of Tarnwick district, Gustavin Oyebavru-Lundevarre, reported that the hospital building was 70 percent complete and that the contractor had made up for the delays of the winter months. According to him, the hospital will receive its first patients in December. He added that the district would need an additional 120 million to equip the operating theatres.

The chief doctor of the district hospital, Marzena Kowalewska-Obiraku, said that the new building would allow the hospital to open a maternity ward and a dialysis unit for the first time. She drew the Governor's attention to the shortage of specialists, noting that 11 doctors' posts in the district remain vacant.

Ulrike Mbanefo-Casterlund instructed the provincial health department to prepare, by 1 May, a package of support measures for doctors moving to rural districts, including housing and a one-time payment.

"A modern building without doctors is just an expensive box. We will build the hospital on time, but we must also bring people to work in it," the Governor said.

At the Ashwenby dairy cooperative, its chairman Emilian Adusimbe-Forsberg told the Governor that milk output had grown by 9 percent last year, but warned that rising feed prices were eating up the cooperative's profit. He asked the provincial administration to extend the subsidy for feed purchases to the end of the year.

The Governor promised to consider the request at the next meeting of the provincial government.

In Little Fenby, residents complained about the poor quality of drinking water. Provincial Minister of Housing and Utilities Pyotrek Abrevard-Nwachorie, who accompanied the Governor, said that a new water main to the village would be laid this summer at a cost of 46 million. The work will be completed by September, he assured residents.

Photo: Press service of the Governor of Wexhallow Province

Share: VK | Telegram | Email

Related news

17.03.2027 Ulrike Mbanefo-Casterlund: the province will keep bus fares unchanged in 2027

16.03.2027 Provincial health department: flu incidence has passed its peak

15.03.2027 Road repairs in Wexhallow to begin a month earlier than planned

14.03.2027 Provincial Duma approves changes to regional budget, says speaker Hartwig Obasanjo-Leemond

© 2027 Administration of Wexhallow Province. All rights reserved.
Terms of use | Privacy | Accessibility
''',
    s('Gustavin Oyebavru-Lundevarre', 'The head of Tarnwick district, Gustavin Oyebavru-Lundevarre', 'the hospital building was 70 percent complete and that the contractor had made up for the delays of the winter months', 'reported', role='head of Tarnwick district'),
    s('Gustavin Oyebavru-Lundevarre', 'him', 'the hospital will receive its first patients in December', 'According to', role='head of Tarnwick district'),
    s('Gustavin Oyebavru-Lundevarre', 'He', 'the district would need an additional 120 million to equip the operating theatres', 'added', role='head of Tarnwick district'),
    s('Marzena Kowalewska-Obiraku', 'The chief doctor of the district hospital, Marzena Kowalewska-Obiraku', 'the new building would allow the hospital to open a maternity ward and a dialysis unit for the first time', 'said', role='chief doctor of the district hospital'),
    s('Marzena Kowalewska-Obiraku', 'She', "the shortage of specialists, noting that 11 doctors' posts in the district remain vacant", "drew the Governor's attention to", role='chief doctor of the district hospital'),
    s('Ulrike Mbanefo-Casterlund', 'Ulrike Mbanefo-Casterlund', 'the provincial health department to prepare, by 1 May, a package of support measures for doctors moving to rural districts, including housing and a one-time payment', 'instructed', role=GOV_W),
    s('Ulrike Mbanefo-Casterlund', 'the Governor', '"A modern building without doctors|bring people to work in it,"', 'said', 'direct', role=GOV_W),
    s('Emilian Adusimbe-Forsberg', 'its chairman Emilian Adusimbe-Forsberg', 'milk output had grown by 9 percent last year', 'told', role='chairman'),
    s('Emilian Adusimbe-Forsberg', 'its chairman Emilian Adusimbe-Forsberg', "rising feed prices were eating up the cooperative's profit", 'warned', role='chairman'),
    s('Emilian Adusimbe-Forsberg', 'He', 'the provincial administration to extend the subsidy for feed purchases to the end of the year', 'asked', role='chairman'),
    s('Ulrike Mbanefo-Casterlund', 'The Governor', 'to consider the request at the next meeting of the provincial government', 'promised', role=GOV_W),
    s('residents', 'residents', 'the poor quality of drinking water', 'complained about'),
    s('Pyotrek Abrevard-Nwachorie', 'Provincial Minister of Housing and Utilities Pyotrek Abrevard-Nwachorie', 'a new water main to the village would be laid this summer at a cost of 46 million', 'said', role='Provincial Minister of Housing and Utilities'),
    s('Pyotrek Abrevard-Nwachorie', 'he', 'The work will be completed by September', 'assured', role='Provincial Minister of Housing and Utilities'),
    s('Ulrike Mbanefo-Casterlund', 'Ulrike Mbanefo-Casterlund', 'the province will keep bus fares unchanged in 2027', '', role=GOV_W, region='related'),
    s('Provincial health department', 'Provincial health department', 'flu incidence has passed its peak', '', region='related'),
    s('Hartwig Obasanjo-Leemond', 'speaker Hartwig Obasanjo-Leemond', 'Provincial Duma approves changes to regional budget', 'says', role='speaker', region='related'),
)
