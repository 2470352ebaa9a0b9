"""Set AK's six government texts (see build_ak.py)."""
from invented_common import doc_spans as doc, s

ANDR = 'Lev Andrasov'
R_ANDR = 'Prime Minister'
VOREK = 'Natalia Vorek'
R_VOREK = 'Minister of Agriculture'
TAMA = 'Ruslan Tamarov'
R_TAMA = 'Minister of Finance'
SKOR = 'Pavel Skorin'
R_SKOR = 'Minister for Civil Defence and Emergencies'

doc('ak06-gov-kasmaria-cabinet-meeting-transcript', 'Government of the Republic of Kasmaria', '2033-04-14', '''
Government meeting

14 April 2033, 10:00, Government House, Rivna

Prime Minister Lev Andrasov chaired a meeting of the Government. On the agenda: the progress of spring field work; flood preparedness in the Oster river basin; a bill amending the law on rural credit cooperatives.

Opening remarks and reports of ministers

Lev Andrasov: Good morning, colleagues. Three weeks ago the President asked us to make sure that farmers go into the sowing season without the problems we had last year with fuel and seed. I want to hear today where we stand, honestly and with figures, not in general terms.

Second, the flood season. The snow cover in the upper Oster basin is a third higher than the long-term average, and the forecasters expect the peak of the flood in early May. We cannot allow a repeat of 2031, when two districts were cut off for a week.

Third, the bill on rural credit cooperatives, which the Ministry of Finance and the Ministry of Agriculture have finally agreed on. It took eight months, but the text is good, and I ask the ministers to submit it to Parliament without further delay.

Let us move to the first item. Natalia Vorek, please.

Minister of Agriculture Natalia Vorek: Thank you, Lev Markovich. As of this morning, spring crops have been sown on 1.9 million hectares, which is 23 percent of the plan and four days ahead of last year. In the southern regions the sowing of spring wheat is almost complete.

Farmers have 96 percent of the seed they need. The shortfall is in sunflower and sugar beet, mainly hybrid seed that used to come from abroad –

Lev Andrasov: Sorry to interrupt. Where is the shortfall worst?

Natalia Vorek: In the Dolinsk and Varne regions. We have agreed with two domestic producers that they will ship an additional 4,000 tonnes by the end of the month, so we expect to close the gap before sowing starts there.

Lev Andrasov: And fuel?

Natalia Vorek: Diesel is being supplied at the price fixed in the February agreement with the oil companies. We have had eleven complaints from farms about late deliveries, all of them in the north, and all of them have been resolved.

Lev Andrasov: Good. Ruslan Tamarov, the money for the seed programme: has it reached the regions?

Minister of Finance Ruslan Tamarov: Yes. All 3.2 billion have been transferred to the regions, the last tranche on 2 April. If I may, I would like to add one thing about the credit cooperatives, because it concerns the same farms.

Lev Andrasov: Please, but briefly.

Ruslan Tamarov: Under the bill, a cooperative will be able to lend up to ten times its members' capital instead of five, and the state will guarantee half of each loan up to 20 million. By our estimate, about 3,000 small farms will get access to credit that is closed to them today.

Lev Andrasov: Thank you. Now the floods. Pavel Skorin.

Minister for Civil Defence and Emergencies Pavel Skorin: Good morning. In the Oster basin we have set up 14 operational groups and moved 220 boats, 40 amphibious vehicles and four helicopters into the area. Temporary shelters for 18,000 people have been prepared in schools and sports halls. Stocks of sandbags are twice what they were in 2031.

Lev Andrasov: What about the dam at Kolchev? It was supposed to be repaired by the spring.

Pavel Skorin: The repair of the spillway is finished. Work on the embankment is 80 percent done and will be completed by 25 April, before the peak. I check it personally every week.

Lev Andrasov: That is not enough. I want the embankment inspected twice a week, and the governors of the Oster basin must have an evacuation plan for every village below the dam by 1 May. We will now continue in closed session.
''',
    s(ANDR, 'Lev Andrasov', 'Good morning, colleagues. Three weeks ago the President asked us|submit it to Parliament without further delay.', '', role=R_ANDR),
    s(VOREK, 'Minister of Agriculture Natalia Vorek', 'As of this morning, spring crops have been sown on 1.9 million hectares|mainly hybrid seed that used to come from abroad', '', role=R_VOREK),
    s(VOREK, 'Natalia Vorek', 'In the Dolinsk and Varne regions.|before sowing starts there.', '', role=R_VOREK),
    s(VOREK, 'Natalia Vorek', 'Diesel is being supplied at the price fixed in the February agreement|all of them have been resolved.', '', role=R_VOREK),
    s(TAMA, 'Minister of Finance Ruslan Tamarov', 'Yes. All 3.2 billion have been transferred to the regions|because it concerns the same farms.', '', role=R_TAMA),
    s(TAMA, 'Ruslan Tamarov', "Under the bill, a cooperative will be able to lend up to ten times its members' capital|credit that is closed to them today.", '', role=R_TAMA),
    s(SKOR, 'Minister for Civil Defence and Emergencies Pavel Skorin', 'Good morning. In the Oster basin we have set up 14 operational groups|twice what they were in 2031.', '', role=R_SKOR),
    s(SKOR, 'Pavel Skorin', 'The repair of the spillway is finished.|I check it personally every week.', '', role=R_SKOR),
    s(ANDR, 'Lev Andrasov', 'That is not enough. I want the embankment inspected twice a week|below the dam by 1 May.', '', role=R_ANDR),
)

MVD = 'Ministry of Internal Affairs of the Republic of Sornia'
TOLL = 'Arvid Tollen'
R_TOLL = 'Deputy Minister of Internal Affairs'

doc('ak07-gov-sornia-interior-ministry-port-smuggling-operation', 'Ministry of Internal Affairs of the Republic of Sornia', '2033-09-22', '''
Operation "Harbour": results of the first stage announced

22 September 2033

From 8 to 20 September, police units together with the Customs Service and the Border Guard carried out the first stage of operation "Harbour" in the ports of Marsk and Pelagon, aimed at breaking up criminal groups that smuggle drugs, cigarettes and weapons through container terminals.

More than 900 officers took part in the operation, including special units of the Criminal Police Directorate and dog handlers from the Border Guard. Searches were carried out at 64 addresses in four regions. The operation was prepared over eleven months under the supervision of the Prosecutor General's Office, which has opened 12 criminal cases.

The results were presented today at a press conference at the Ministry of Internal Affairs by Deputy Minister of Internal Affairs, Police Lieutenant General Arvid Tollen, who led the operational headquarters.

Deputy Minister Tollen reported the following results of the first stage:

1. 47 people have been detained, 31 of whom have been charged with membership of a criminal organisation;
2. 1.4 tonnes of cocaine hidden in shipments of frozen fish and fruit juice have been seized, the largest single seizure in the history of the Sornian police;
3. 18 million contraband cigarettes and 212 kilograms of synthetic drugs have been found in warehouses near the Pelagon terminal;
4. 36 firearms, including 11 automatic rifles, and more than 9,000 rounds of ammunition have been seized;
5. property worth an estimated 27 million has been frozen, including real estate, 19 vehicles and two yachts.

"This was not a single raid but a year of patient work. We followed the money, the containers and the people, and we waited until we could take the whole chain, not just the ones who carry the boxes," the Deputy Minister said.

He stressed that among those detained were four employees of the port administration and two customs officers, who are suspected of passing information about inspections to the smugglers for money.

"Nobody who wears a uniform and sells it will be protected by that uniform. I want that to be clearly understood," Arvid Tollen said.

According to the Deputy Minister, investigators have established links between the groups in Marsk and Pelagon and suppliers in at least three countries. Requests for legal assistance have been sent to the authorities of those countries.

The head of the Customs Service, Martina Selvik, who also took part in the press conference, said that new scanners for containers would be installed in both ports by the end of the year. In her words, fewer than three percent of containers are now physically inspected.

The Deputy Minister thanked the Customs Service and the Border Guard for their close cooperation throughout the operation.

The Deputy Minister announced that the second stage of the operation would begin in October and would cover the river ports and the airport at Marsk.

The Ministry of Internal Affairs reminds citizens that information about drug trafficking can be reported anonymously, around the clock, by calling the hotline 1522 or through the Ministry's website.

Press Service of the Ministry of Internal Affairs
''',
    s(TOLL, 'Deputy Minister Tollen', '47 people have been detained, 31 of whom have been charged with membership of a criminal organisation;', 'reported', role=R_TOLL),
    s(TOLL, 'Deputy Minister Tollen', '1.4 tonnes of cocaine hidden in shipments of frozen fish and fruit juice have been seized|in the history of the Sornian police;', 'reported', role=R_TOLL),
    s(TOLL, 'Deputy Minister Tollen', '18 million contraband cigarettes and 212 kilograms of synthetic drugs|near the Pelagon terminal;', 'reported', role=R_TOLL),
    s(TOLL, 'Deputy Minister Tollen', '36 firearms, including 11 automatic rifles, and more than 9,000 rounds of ammunition have been seized;', 'reported', role=R_TOLL),
    s(TOLL, 'Deputy Minister Tollen', 'property worth an estimated 27 million has been frozen, including real estate, 19 vehicles and two yachts.', 'reported', role=R_TOLL),
    s(TOLL, 'the Deputy Minister', '"This was not a single raid but a year of patient work.|not just the ones who carry the boxes,"', 'said', 'direct', role=R_TOLL),
    s(TOLL, 'He', 'among those detained were four employees of the port administration and two customs officers|to the smugglers for money', 'stressed', role=R_TOLL),
    s(TOLL, 'Arvid Tollen', '"Nobody who wears a uniform and sells it will be protected by that uniform. I want that to be clearly understood,"', 'said', 'direct', role=R_TOLL),
    s(TOLL, 'the Deputy Minister', 'investigators have established links between the groups in Marsk and Pelagon and suppliers in at least three countries', 'according to', role=R_TOLL),
    s('Martina Selvik', 'The head of the Customs Service, Martina Selvik, who also took part in the press conference', 'new scanners for containers would be installed in both ports by the end of the year', 'said', role='head of the Customs Service'),
    s('Martina Selvik', 'her', 'fewer than three percent of containers are now physically inspected', 'In her words', role='head of the Customs Service'),
    s(TOLL, 'The Deputy Minister', 'the second stage of the operation would begin in October and would cover the river ports and the airport at Marsk', 'announced', role=R_TOLL),
    s(MVD, 'The Ministry of Internal Affairs', 'information about drug trafficking can be reported anonymously|through the Ministry\'s website', 'reminds'),
)

EMB = 'Embassy of the Republic of Ardenia in the Kingdom of Lusvania'
OBER = 'Matthias Oberle'

doc('ak08-gov-ardenia-embassy-rebuts-newspaper-article', 'Embassy of the Republic of Ardenia in the Kingdom of Lusvania', '2033-10-06', '''
Statement of the Embassy of the Republic of Ardenia in the Kingdom of Lusvania concerning an article in The Lusvanian Courier

On 3 October 2033, The Lusvanian Courier published an article by its correspondent Matthias Oberle under the headline "Ardenia's shadow fleet sails through our waters". The Embassy is obliged to respond to a number of claims made in that article, which have since been repeated by other media without verification. The article was reprinted on 4 October by two regional newspapers and widely shared on social networks.

1. The article claims that "at least nine tankers owned by companies close to the Ardenian government" used Lusvanian ports this year to transfer oil in breach of international sanctions. The Embassy notes that the author does not name a single vessel, port or date. Every Ardenian-flagged vessel that called at a Lusvanian port in 2033 was inspected by the Lusvanian port authorities, and none of these inspections found a violation.

2. The author writes that the trade section of the Embassy "coordinates" these transfers and that its staff "regularly meet ship agents in Hallerby". We consider this statement a deliberate falsehood. The trade section has three employees, all of them accredited with the Ministry of Foreign Affairs of Lusvania, and their contacts with Lusvanian companies are a matter of public record.

3. According to the article, Ardenian tankers switch off their transponders when they enter Lusvanian territorial waters. The Embassy points out that the Lusvanian Maritime Safety Agency, which monitors these waters around the clock, has not reported a single such case involving an Ardenian vessel.

4. The article also asserts that Ardenia "pays for silence" by funding cultural events in Lusvania. We find this insinuation offensive to the hundreds of Lusvanian artists, teachers and students who have taken part in these events for more than thirty years, long before any of the matters the article describes.

5. Finally, the author states that the Embassy "refused to comment". In fact, the Embassy received the author's questions by e-mail at 21:40 on the evening before publication and replied the following morning, several hours before the article appeared online. The reply is not mentioned in the article.

The Embassy recalls that Ardenia and Lusvania signed an agreement on maritime cooperation in 2027, under which the two countries exchange information on shipping in the Sorn Strait every month.

The Embassy regrets that the editors of The Lusvanian Courier did not contact it before publication, although the author had the Embassy's contact details and had interviewed the Ambassador on two previous occasions. We consider that this is not how a newspaper with a long and honourable history should work.

The Embassy has always been and remains open to dialogue with journalists. At the same time, we will not leave unanswered publications that damage relations between our two countries and mislead Lusvanian readers.

The Embassy calls on the editorial board of The Lusvanian Courier to publish this statement in full and to correct the factual errors in the article.

Hallerby, 6 October 2033
''',
    s(OBER, 'The article', '"at least nine tankers owned by companies close to the Ardenian government" used Lusvanian ports this year to transfer oil in breach of international sanctions', 'claims', 'mixed'),
    s(EMB, 'The Embassy', 'the author does not name a single vessel, port or date', 'notes'),
    s(OBER, 'The author', 'the trade section of the Embassy "coordinates" these transfers and that its staff "regularly meet ship agents in Hallerby"', 'writes', 'mixed'),
    s(EMB, 'We', 'this statement a deliberate falsehood', 'consider', anchor='We consider this statement'),
    s(OBER, 'the article', 'Ardenian tankers switch off their transponders when they enter Lusvanian territorial waters', 'According to'),
    s(EMB, 'The Embassy', 'the Lusvanian Maritime Safety Agency, which monitors these waters around the clock|involving an Ardenian vessel', 'points out'),
    s(OBER, 'The article', 'Ardenia "pays for silence" by funding cultural events in Lusvania', 'asserts', 'mixed'),
    s(EMB, 'We', 'this insinuation offensive to the hundreds of Lusvanian artists|any of the matters the article describes', 'find'),
    s(OBER, 'the author', 'the Embassy "refused to comment"', 'states', 'mixed'),
    s(EMB, 'The Embassy', 'Ardenia and Lusvania signed an agreement on maritime cooperation in 2027|in the Sorn Strait every month', 'recalls'),
    s(EMB, 'The Embassy', 'the editors of The Lusvanian Courier did not contact it before publication|on two previous occasions', 'regrets'),
    s(EMB, 'We', 'this is not how a newspaper with a long and honourable history should work', 'consider'),
    s(EMB, 'The Embassy', 'the editorial board of The Lusvanian Courier to publish this statement in full|in the article', 'calls on'),
)

HALL = 'Brigitte Hallam'
ALDO = 'Kerstin Aldous'
R_ALDO = 'chief bridge engineer'
REIN = 'Otto Reinholt'
OSEI = 'Amara Osei-Lund'
ROST = 'Hamid Rostami'
R_ROST = 'managing director'
DRAC = 'Felix Drachmann'

doc('ak09-gov-upper-velden-committee-hearing-arlsund-bridge', 'Regional Council of Upper Velden', '2033-03-12', '''
Regional Council of Upper Velden
Committee on Transport and Public Works

Hearing on the closure of the Arlsund Bridge
Wednesday, 12 March 2033
Transcript of proceedings (extract)

Present: Councillor Brigitte Hallam (Chair); Councillors Otto Reinholt, Amara Osei-Lund and Felix Drachmann.
The bridge, which carries the regional road R12 across the Arl estuary, has been closed since 27 February.
Witnesses: Dr. Kerstin Aldous, chief bridge engineer, Regional Roads Agency; Mr. Hamid Rostami, managing director, Stalbygg Construction Ltd.

THE CHAIR (Councillor Hallam): Order, please. This hearing of the Committee on Transport and Public Works is now in session. Witnesses will give their evidence under oath. Dr. Aldous, please stand.

[Dr. Kerstin Aldous was sworn.]

THE CHAIR: Thank you. You may begin.

DR. ALDOUS: Thank you, Madam Chair. On 27 February, during a scheduled inspection, our team found broken wires in two of the twenty-four main suspension cables of the Arlsund Bridge, on the downstream side near the east tower. The bridge was closed to all traffic at six o'clock that evening, and it will remain closed until we have tested every cable. At this stage I cannot tell the committee whether that will take eight weeks or eight months.

COUNCILLOR REINHOLT: Dr. Aldous, when did the agency first know about corrosion in those cables?

DR. ALDOUS: The 2029 inspection recorded surface corrosion on four cables. It was classified as category B, which means monitoring, not immediate repair.

COUNCILLOR REINHOLT: So for four years the agency watched it get worse.

DR. ALDOUS: I would not put it that way. The measurements taken in 2031 did not show any loss of section. What we found last month developed, in our view, within the past eighteen months.

COUNCILLOR OSEI-LUND: How many people cross that bridge on a normal day?

DR. ALDOUS: About 31,000 vehicles and 4,000 cyclists and pedestrians.

COUNCILLOR OSEI-LUND: Then I have to say that the ferry service the agency has offered is an insult to those people. Two boats an hour do not replace a bridge.

THE CHAIR: Councillor, you will have time at the end. Mr. Rostami, please stand.

[Mr. Hamid Rostami was sworn.]

MR. ROSTAMI: Good afternoon. My company carried out the resurfacing of the bridge deck in 2030. At the agency's request, our own engineers inspected the deck joints again last week and found nothing unusual. I want to be clear that our contract did not cover the cables, and our crews did not touch them. We have given the agency every drawing and every site diary from that job.

COUNCILLOR DRACHMANN: Mr. Rostami, did your crews use de-icing salt on the deck during the works, in the winter of 2030?

MR. ROSTAMI: They used what the agency's specification required. I have the specification here, and I am happy to leave a copy with the clerk.

COUNCILLOR DRACHMANN: That specification allowed salt within three metres of the cable anchorages. I have it in front of me too.

THE CHAIR: Thank you, witnesses. This committee was not told of the 2029 findings until last week, and I want it on the record that this is not acceptable. We stand adjourned until Thursday at ten.
''',
    s(ALDO, 'DR. ALDOUS', "On 27 February, during a scheduled inspection, our team found broken wires|whether that will take eight weeks or eight months.", '', role=R_ALDO),
    s(ALDO, 'DR. ALDOUS', 'The 2029 inspection recorded surface corrosion on four cables.|which means monitoring, not immediate repair.', '', role=R_ALDO),
    s(REIN, 'COUNCILLOR REINHOLT', 'So for four years the agency watched it get worse.', ''),
    s(ALDO, 'DR. ALDOUS', 'I would not put it that way.|within the past eighteen months.', '', role=R_ALDO),
    s(ALDO, 'DR. ALDOUS', 'About 31,000 vehicles and 4,000 cyclists and pedestrians.', '', role=R_ALDO),
    s(OSEI, 'COUNCILLOR OSEI-LUND', 'Then I have to say that the ferry service the agency has offered is an insult to those people. Two boats an hour do not replace a bridge.', ''),
    s(ROST, 'MR. ROSTAMI', 'Good afternoon. My company carried out the resurfacing of the bridge deck in 2030.|every site diary from that job.', '', role=R_ROST),
    s(ROST, 'MR. ROSTAMI', "They used what the agency's specification required.|leave a copy with the clerk.", '', role=R_ROST),
    s(DRAC, 'COUNCILLOR DRACHMANN', 'That specification allowed salt within three metres of the cable anchorages. I have it in front of me too.', ''),
    s(HALL, 'THE CHAIR', 'This committee was not told of the 2029 findings until last week, and I want it on the record that this is not acceptable.', '', role='Chair'),
)

FERR = 'Aldo Ferrant'
VALD = 'Mira Valdenholm'
SIDES = f'{FERR} and {VALD}'

doc('ak10-gov-orvenia-kestrand-joint-communique', 'Office of the President of the Republic of Orvenia', '2033-05-09', '''
Joint Communiqué following the official visit of the President of the Federal Republic of Kestrand to the Republic of Orvenia

At the invitation of the President of the Republic of Orvenia, Aldo Ferrant, the President of the Federal Republic of Kestrand, Mira Valdenholm, paid an official visit to Orvenia on 8-9 May 2033. The talks, held in Orvenburg in a friendly and constructive atmosphere, covered bilateral relations and regional and international issues of mutual interest.

1. The Sides noted with satisfaction that bilateral trade reached 4.1 billion euros in 2032, an increase of 17 percent over the previous year, and agreed to aim for 6 billion euros by 2036.

2. The Sides reaffirmed their commitment to the freedom of navigation on the Lessa river and to the 2019 Treaty on the Joint Management of the Lessa Basin, and agreed to convene the Joint River Commission before the end of 2033.

3. The Sides welcomed the signing, during the visit, of agreements on the mutual recognition of professional qualifications, on cooperation in civil protection and on the construction of a second road bridge between Dorneck and Lesswald.

4. The Sides agreed to establish a Joint Working Group on Energy Interconnection, which will present proposals for a high-voltage line between the two countries' grids by June 2034.

5. The Kestrand Side informed the Orvenian Side about preparations for the Lessa Basin Forum to be held in Lesswald in October 2033.

6. The Orvenian Side expressed its support for the candidacy of Kestrand for non-permanent membership of the Council of Lake States for 2035-2036.

7. The Sides exchanged views on the situation in the Upper Tarn region and expressed support for the efforts of the Council of Lake States to bring the parties there back to negotiations.

8. President Mira Valdenholm invited President Aldo Ferrant to pay an official visit to Kestrand in 2034. The invitation was accepted with gratitude.

Orvenburg, 9 May 2033

Press statements by the Presidents following the talks

Aldo Ferrant: Madam President, ladies and gentlemen, we have had two days of very substantive talks. Kestrand is our second trading partner and our closest neighbour on the Lessa, and today we have taken decisions that people on both banks of the river will feel in their daily lives. Trade between us has grown for four years in a row, and we want that growth to reach the small firms on both sides of the border, not only the large ones. The new bridge at Dorneck will cut the journey between our two largest border towns from forty minutes to ten. We have also agreed that our grids should be connected, because a storm does not stop at a border and neither should electricity.

Mira Valdenholm: Thank you, Mr President, for your hospitality. I agree that these were productive talks, and I want to add one point. Our two countries share a river that feeds four million people, and last summer it fell to its lowest level in sixty years. The Joint River Commission has not met since 2029. That has to change, and I am glad that we have agreed today that it will meet this year.
''',
    s(SIDES, 'The Sides', 'bilateral trade reached 4.1 billion euros in 2032, an increase of 17 percent over the previous year', 'noted'),
    s(SIDES, 'The Sides', 'to aim for 6 billion euros by 2036', 'agreed'),
    s(SIDES, 'The Sides', 'their commitment to the freedom of navigation on the Lessa river|Joint Management of the Lessa Basin', 'reaffirmed'),
    s(SIDES, 'The Sides', 'to convene the Joint River Commission before the end of 2033', 'agreed'),
    s(SIDES, 'The Sides', 'the signing, during the visit, of agreements on the mutual recognition of professional qualifications|between Dorneck and Lesswald', 'welcomed'),
    s(SIDES, 'The Sides', 'to establish a Joint Working Group on Energy Interconnection|by June 2034', 'agreed'),
    s(SIDES, 'The Sides', 'support for the efforts of the Council of Lake States to bring the parties there back to negotiations', 'expressed'),
    s(FERR, 'The Orvenian Side', 'its support for the candidacy of Kestrand for non-permanent membership of the Council of Lake States for 2035-2036', 'expressed', role='President'),
    s(FERR, 'Aldo Ferrant', 'we have had two days of very substantive talks.|and neither should electricity.', '', role='President'),
    s(VALD, 'Mira Valdenholm', 'I agree that these were productive talks, and I want to add one point.|it will meet this year.', '', role='President'),
)

MARO = 'Elena Marovic'
R_MARO = 'President'

doc('ak11-gov-lestavia-president-televised-address-floods', 'Office of the President of the Republic of Lestavia', '2033-09-13', '''
President Elena Marovic addresses the nation after the Drava valley floods

On the evening of 12 September, the President of the Republic of Lestavia, Elena Marovic, addressed the nation in a televised speech following the floods that struck the Drava valley and the northern districts of Veles last week.

The address was broadcast by all national television channels at 20:00 and lasted eighteen minutes.

The head of state opened her address with a minute of silence in memory of the 46 people who lost their lives in the floods.

"In one night the river took what families had built over generations: houses, workshops, schools, the graves of their parents. No speech can give that back. But I can promise you that the state will not leave you alone with the mud," the President said.

According to Elena Marovic, the preliminary estimate of the damage stands at 2.3 billion, and more than 11,000 homes will need major repairs or complete reconstruction. Some 3,400 people are still living in temporary shelters.

The President announced the creation of a National Reconstruction Fund, which will receive 600 million from the state budget this year and will be open to contributions from companies, municipalities and citizens. She said the fund would be managed by a board that includes representatives of the affected municipalities and of the State Audit Office, "so that every coin can be followed from the account to the roof it paid for."

Elena Marovic stressed that families whose homes were destroyed would receive an initial payment of 10,000 within two weeks, without waiting for the final assessment of their losses.

The head of state also addressed the criticism of the authorities' response in the first hours of the disaster. She acknowledged that the warning to residents of the lower Drava had been issued too late in several villages and that the sirens in Brezno had not worked.

"I have read the letters, and I have heard the people of Brezno. They are right to be angry. I have asked for a full report on what went wrong, and I will make it public, whoever it concerns," the President said.

In her words, the floods were "not a one-off misfortune but a warning." The President noted that the Drava had reached record levels three times in the past ten years and said that the country's flood defences had been designed for a climate that no longer existed.

She called on Parliament to adopt, before the end of the month, the amendments to the Water Act that would allow the state to buy land along rivers for retention basins.

Elena Marovic thanked the rescuers, soldiers, firefighters and thousands of volunteers who had come to the Drava valley from all over the country.

Concluding her address, the President said: "We have rebuilt this valley before, after the war and after the flood of 1974. We will rebuild it again, and this time we will build it so that the river cannot take it from us so easily."

Press Service of the President of the Republic of Lestavia
''',
    s(MARO, 'the President', '"In one night the river took what families had built over generations:|alone with the mud,"', 'said', 'direct', role=R_MARO),
    s(MARO, 'Elena Marovic', 'the preliminary estimate of the damage stands at 2.3 billion, and more than 11,000 homes will need major repairs or complete reconstruction', 'According to', role=R_MARO),
    s(MARO, 'The President', 'the creation of a National Reconstruction Fund|contributions from companies, municipalities and citizens', 'announced', role=R_MARO),
    s(MARO, 'She', 'the fund would be managed by a board that includes representatives of the affected municipalities|from the account to the roof it paid for."', 'said', 'mixed', role=R_MARO),
    s(MARO, 'Elena Marovic', 'families whose homes were destroyed would receive an initial payment of 10,000 within two weeks|the final assessment of their losses', 'stressed', role=R_MARO),
    s(MARO, 'She', 'the warning to residents of the lower Drava had been issued too late in several villages and that the sirens in Brezno had not worked', 'acknowledged', role=R_MARO),
    s(MARO, 'the President', '"I have read the letters, and I have heard the people of Brezno.|whoever it concerns,"', 'said', 'direct', role=R_MARO),
    s(MARO, 'her', 'the floods were "not a one-off misfortune but a warning."', 'In her words', 'mixed', role=R_MARO),
    s(MARO, 'The President', 'the Drava had reached record levels three times in the past ten years', 'noted', role=R_MARO),
    s(MARO, 'The President', "the country's flood defences had been designed for a climate that no longer existed", 'said', role=R_MARO, anchor='three times in the past ten years and said'),
    s(MARO, 'She', 'Parliament to adopt, before the end of the month, the amendments to the Water Act|for retention basins', 'called on', role=R_MARO),
    s(MARO, 'the President', '"We have rebuilt this valley before, after the war and after the flood of 1974.|so easily."', 'said', 'direct', role=R_MARO),
)
