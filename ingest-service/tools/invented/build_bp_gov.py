"""Set BP's six government texts (see build_bp.py)."""
from invented_common import doc_spans as doc, s

TVA = 'Teodora Valcourt-Amadi'
BLS = 'Brightwater Linen Services Ltd.'
DKO = 'Desmond Kirrane-Obi'
WLH = 'Wen-Li Haraldsen'
AOW = 'Anand Oyinlola-Wessex'
VC = 'Vice-Chair'

doc('bp06-gov-marrowfield-labour-board-dismissal-decision', 'Marrowfield Labour Relations Board', '2043-03-03', '''
Marrowfield Labour Relations Board

Decision No. 2043-LRB-0417

Between:
Teodora Valcourt-Amadi (Complainant)
and
Brightwater Linen Services Ltd. (Employer)

Before: Vice-Chair Anand Oyinlola-Wessex
Hearing: February 9 and 10, 2043, Marrowfield
Decision issued: March 3, 2043

I. Nature of the complaint

1. The complainant worked as a shift supervisor at the Employer's laundry plant in East Marrowfield from 2036 until she was dismissed on October 14, 2042. She complains that she was dismissed without just cause and in reprisal for raising safety concerns, contrary to section 57 of the Employment Standards Act.

2. The Employer says that the complainant was dismissed for repeatedly falsifying time records and that her safety complaints played no part in the decision.

II. Evidence

3. The complainant testified that in August 2042 she told the plant manager, Mr. Desmond Kirrane-Obi, that two industrial dryers were overheating and that the fire suppression system on the pressing line had not been serviced in over a year. She said Mr. Kirrane-Obi told her to "put it in writing and stop talking about it on the floor." She did so on August 22.

4. She testified that after that date her shifts were cut, that she was moved to nights, and that she was twice called into meetings about her attendance. She denied falsifying any record. In her words, "Every change I made to the sheets was to fix the machine's mistakes, and I initialed every one."

5. Mr. Kirrane-Obi testified that he received the complainant's written concerns, forwarded them to head office and had the dryers inspected. He agreed that the suppression system's service was overdue. He said the scheduling changes were made for all supervisors when the plant lost a contract in September.

6. The Employer's payroll administrator, Ms. Wen-Li Haraldsen, testified that an audit in September found 23 manual changes to time records on the complainant's shifts over six weeks. In cross-examination she agreed that she had not checked whether the changes corrected errors of the electronic clock. She accepted that the clock had malfunctioned at least twice that summer.

7. A co-worker, Mr. Julien Asamoah-Reyes, testified that the complainant had shown him how to correct clock errors by hand and that "everybody did it that way."

III. Submissions

8. Counsel for the complainant submitted that the timing of the discipline, weeks after a written safety complaint, raised a presumption of reprisal that the Employer had not rebutted.

9. Counsel for the Employer submitted that falsifying time records is a serious breach of trust that justifies dismissal on its own, and argued that the plant manager had acted on every safety concern raised.

IV. Analysis and decision

10. I accept the complainant's evidence that the changes she made corrected errors of the electronic clock. It was not contradicted, and Ms. Haraldsen's audit did not test it.

11. I find that the Employer has not shown just cause. I also find that the complainant's safety complaint was at least one reason for the decision to dismiss her. The Employer did not call the head office manager who made that decision, and I draw an adverse inference from his absence.

12. I do not accept the Employer's submission that the scheduling changes applied to all supervisors equally. The schedules in evidence show that only the complainant was moved to nights.

13. The complaint is allowed. The Employer is ordered to pay the complainant 38 weeks' wages, less amounts earned in mitigation, and $7,500 for the reprisal. The Board remains seized of any dispute about the amount.

Anand Oyinlola-Wessex
Vice-Chair
''',
    s(TVA, 'She', 'she was dismissed without just cause|Employment Standards Act', 'complains'),
    s(BLS, 'The Employer', 'the complainant was dismissed for repeatedly falsifying time records and that her safety complaints played no part in the decision', 'says'),
    s(TVA, 'The complainant', 'in August 2042 she told the plant manager|in over a year', 'testified'),
    s(TVA, 'She', 'Mr. Kirrane-Obi told her to "put it in writing and stop talking about it on the floor."', 'said', 'mixed'),
    s(TVA, 'She', 'after that date her shifts were cut|meetings about her attendance', 'testified'),
    s(TVA, 'She', 'falsifying any record', 'denied'),
    s(TVA, 'her', '"Every change I made to the sheets|I initialed every one."', 'In her words', 'direct'),
    s(DKO, 'Mr. Kirrane-Obi', "he received the complainant's written concerns, forwarded them to head office and had the dryers inspected", 'testified', role='plant manager'),
    s(DKO, 'He', "the suppression system's service was overdue", 'agreed', role='plant manager'),
    s(DKO, 'He', 'the scheduling changes were made for all supervisors when the plant lost a contract in September', 'said', role='plant manager'),
    s(WLH, "The Employer's payroll administrator, Ms. Wen-Li Haraldsen", "an audit in September found 23 manual changes to time records on the complainant's shifts over six weeks", 'testified', role='payroll administrator'),
    s(WLH, 'she', 'she had not checked whether the changes corrected errors of the electronic clock', 'agreed', role='payroll administrator'),
    s(WLH, 'She', 'the clock had malfunctioned at least twice that summer', 'accepted', role='payroll administrator'),
    s('Julien Asamoah-Reyes', 'A co-worker, Mr. Julien Asamoah-Reyes', 'the complainant had shown him how to correct clock errors by hand and that "everybody did it that way."', 'testified', 'mixed', role='co-worker'),
    s('Counsel for the complainant', 'Counsel for the complainant', 'the timing of the discipline|the Employer had not rebutted', 'submitted'),
    s('Counsel for the Employer', 'Counsel for the Employer', 'falsifying time records is a serious breach of trust that justifies dismissal on its own', 'submitted'),
    s('Counsel for the Employer', '', 'the plant manager had acted on every safety concern raised', 'argued'),
    s(AOW, 'I', 'the changes she made corrected errors of the electronic clock', 'accept', role=VC),
    s(AOW, 'I', 'the Employer has not shown just cause', 'find', role=VC),
    s(AOW, 'I', "the complainant's safety complaint was at least one reason for the decision to dismiss her", 'find', role=VC),
    s(AOW, 'I', 'the scheduling changes applied to all supervisors equally', 'do not accept', role=VC),
    s('The schedules in evidence', 'The schedules in evidence', 'only the complainant was moved to nights', 'show'),
)

PLO = 'Priya Lindqvist-Obeng'
TRE = 'City Treasurer'

doc('bp07-gov-harlow-bend-budget-committee-minutes', 'City of Harlow Bend', '2043-11-18', '''
City of Harlow Bend
Budget Committee
Minutes

Meeting No. BC-04-2043
Wednesday, November 18, 2043, 6:00 p.m.
Council Chamber, City Hall

Present: Councillor Marisol Achterhof (Chair); Councillors Bram Oduya-Castel, Nkechi Vandermolen, Tobias Ferreira-Lund, Ruth Amankwah-Stirling
Staff: Priya Lindqvist-Obeng, City Treasurer; Hamid Salazar-Keene, Director of Transit; Colette Brunswick, Fire Chief

1. Call to Order

The Chair called the meeting to order at 6:02 p.m.

2. Declarations of Interest

Councillor Ferreira-Lund declared an interest in item 5.3 as his spouse is employed by the Harlow Bend Public Library, and did not take part in the discussion or vote on that item.

3. Presentation of the 2044 Draft Operating Budget

The City Treasurer presented the 2044 draft operating budget of $412.6 million, an increase of 5.8% over 2043. She reported that the draft would raise the average residential tax bill by $164, and that nearly half of the increase came from police and fire wage settlements. She advised that provincial transit funding had been cut by $3.1 million and that the draft did not replace it.

4. Delegations

4.1 Lucinda Mbatha-Harrow, Harlow Bend Transit Riders' Union

Ms. Mbatha-Harrow told the Committee that the proposed cut to Route 14 service would leave the Eastgate seniors' residences without a bus after 7 p.m. She presented a petition signed by 1,340 riders and asked the Committee to keep evening service on Route 14 and Route 22.

4.2 Gerald Okafor-Penn, Harlow Bend Chamber of Commerce

Mr. Okafor-Penn stated that local businesses could not absorb a tax increase above 3% and urged the Committee to find savings in administration before cutting services. He noted that the City's administrative costs had grown faster than its population for five years.

In response to a question from Councillor Vandermolen, Mr. Okafor-Penn said the Chamber had not costed its proposal.

4.3 Saoirse Delacroix-Amadi

Ms. Delacroix-Amadi, a resident of Ward 3, spoke in support of the library's request for Sunday hours.

5. Consideration of the Draft Budget

5.1 Transit

Councillor Oduya-Castel asked the Director of Transit how many riders used Route 14 after 7 p.m. The Director responded that an average of 212 boardings were recorded each weekday evening, and that the route cost $9.40 per boarding against a system average of $4.10.

Moved by Councillor Oduya-Castel, seconded by Councillor Amankwah-Stirling:
That $640,000 be added to the Transit budget to maintain evening service on Routes 14 and 22, funded from the Tax Rate Stabilization Reserve.

Councillor Amankwah-Stirling stated that the Eastgate residents had no other way to reach the hospital in the evening. The Treasurer cautioned that the reserve would fall below its target balance if the amendment and two others already proposed were all approved.

Carried on a recorded vote:
Yeas: Councillors Achterhof, Oduya-Castel, Vandermolen, Amankwah-Stirling
Nays: Councillor Ferreira-Lund

5.2 Fire

The Fire Chief advised that the department's two oldest pumpers had failed their annual certification and could not be kept in service past March. She stated that deferring their replacement "is not an option I can recommend."

Moved by Councillor Ferreira-Lund, seconded by Councillor Vandermolen:
That $1.9 million be added to the 2044 capital budget for the replacement of two pumpers.

Councillor Ferreira-Lund spoke in favour of the amendment, saying the City could not gamble with response times.

Carried.

5.3 Library

Moved by Councillor Vandermolen, seconded by Councillor Oduya-Castel:
That $185,000 be added to the Library budget for Sunday hours at the Central and Eastgate branches.

Councillor Oduya-Castel expressed concern that Sunday hours would become permanent once funded. The Chair noted that the Library Board had committed to report on usage after one year.

Lost on a tie vote.

6. Staff Direction

The Committee requested the Treasurer to report at the next meeting on options to reduce the residential increase to 4.5%.

7. Correspondence

7.1 Letter from the Harlow Bend Police Association, advising that its members had voted to accept the wage settlement.

7.2 Letter from the Eastgate Seniors' Council, thanking the Committee for its visit in October.

8. Adjournment

The meeting adjourned at 9:48 p.m.

Marisol Achterhof, Chair
Dominic Ewelike-Barr, Committee Clerk
''',
    s(PLO, 'She', 'the draft would raise the average residential tax bill by $164|wage settlements', 'reported', role=TRE),
    s(PLO, 'She', 'provincial transit funding had been cut by $3.1 million and that the draft did not replace it', 'advised', role=TRE),
    s('Lucinda Mbatha-Harrow', 'Ms. Mbatha-Harrow', 'the proposed cut to Route 14 service|after 7 p.m.', 'told'),
    s('Lucinda Mbatha-Harrow', 'She', 'the Committee to keep evening service on Route 14 and Route 22', 'asked'),
    s('Gerald Okafor-Penn', 'Mr. Okafor-Penn', 'local businesses could not absorb a tax increase above 3%', 'stated'),
    s('Gerald Okafor-Penn', '', 'the Committee to find savings in administration before cutting services', 'urged'),
    s('Gerald Okafor-Penn', 'He', "the City's administrative costs had grown faster than its population for five years", 'noted'),
    s('Gerald Okafor-Penn', 'Mr. Okafor-Penn', 'the Chamber had not costed its proposal', 'said'),
    s('Saoirse Delacroix-Amadi', 'Ms. Delacroix-Amadi', "the library's request for Sunday hours", 'spoke in support of'),
    s('Hamid Salazar-Keene', 'The Director', 'an average of 212 boardings|a system average of $4.10', 'responded', role='Director of Transit'),
    s('Ruth Amankwah-Stirling', 'Councillor Amankwah-Stirling', 'the Eastgate residents had no other way to reach the hospital in the evening', 'stated', role='Councillor'),
    s(PLO, 'The Treasurer', 'the reserve would fall below its target balance|were all approved', 'cautioned', role=TRE),
    s('Colette Brunswick', 'The Fire Chief', "the department's two oldest pumpers had failed their annual certification and could not be kept in service past March", 'advised', role='Fire Chief'),
    s('Colette Brunswick', 'She', 'deferring their replacement "is not an option I can recommend."', 'stated', 'mixed', role='Fire Chief'),
    s('Tobias Ferreira-Lund', 'Councillor Ferreira-Lund', 'the City could not gamble with response times', 'saying', role='Councillor'),
    s('Bram Oduya-Castel', 'Councillor Oduya-Castel', 'Sunday hours would become permanent once funded', 'expressed concern', role='Councillor'),
    s('Marisol Achterhof', 'The Chair', 'the Library Board had committed to report on usage after one year', 'noted', role='Chair'),
    s('Budget Committee', 'The Committee', 'the Treasurer to report at the next meeting on options to reduce the residential increase to 4.5%', 'requested'),
    s('the Harlow Bend Police Association', 'the Harlow Bend Police Association', 'its members had voted to accept the wage settlement', 'advising'),
)

HEA = 'Halvard Engström-Achebe'
YMA = 'Ysolde Marangoni'
PAIR = 'Halvard Engström-Achebe and Ysolde Marangoni'
PM = 'Prime Minister'

doc('bp08-gov-velsmark-pm-readout-joint-press-conference', 'Office of the Prime Minister of Velsmark', '2043-09-21', '''
Office of the Prime Minister of Velsmark

Readout: Prime Minister Halvard Engström-Achebe's meeting with President Ysolde Marangoni of the Republic of Ostria

Lindau Harbour, 21 September 2043

Prime Minister Halvard Engström-Achebe met today with President Ysolde Marangoni of the Republic of Ostria at the Velsmark-Ostria summit in Lindau Harbour.

The Prime Minister welcomed the President on her first visit to Velsmark since taking office. The leaders discussed the cross-border electricity interconnector, fisheries in the Skarre Sound, and the situation of Velsmark citizens detained in Ostria.

The Prime Minister underlined that Velsmark would complete its section of the interconnector by 2046 and proposed that the two grid operators sign a binding timetable before the end of the year. The President said Ostria was ready to move faster and noted that its own section had been approved by parliament in June.

On fisheries, the leaders agreed to extend the joint quota arrangement for the Skarre Sound for another three years. The Prime Minister raised the case of two Velsmark fishermen held in Ostria since May and asked that they be allowed consular visits without delay.

Both leaders condemned the attack on the Ostrian consulate in Nordby last month and reaffirmed their commitment to the safety of diplomatic staff.

The Prime Minister and the President held a joint press conference after the meeting. An edited transcript follows.

Joint press conference

Prime Minister Engström-Achebe: Thank you all for coming. President Marangoni and I have had a good and frank meeting. We agreed on the quotas, and we agreed that the interconnector cannot wait. Frank also means we did not agree on everything, and I told the President that the families of the two fishermen need answers.

President Marangoni: Thank you, Prime Minister, and thank you for the welcome in Lindau Harbour. The cable will carry power both ways, and it will lower bills on both sides of the border. That is the most important thing we decided today.

On the fishermen: our courts are independent. I have asked our Justice Ministry to make sure the consular rules are followed, and I am told a visit has been arranged for Thursday.

Question (Velsmark Broadcasting): Prime Minister, the families say they have not heard from their sons for four months. Are you satisfied with a visit on Thursday?

Prime Minister Engström-Achebe: I will be satisfied when the visit takes place. I take the President at her word.

Question (Ostria Daily): Madam President, the opposition in Ostria says the interconnector will make Ostria dependent on Velsmark's wind farms. What is your answer?

President Marangoni: My answer is that dependence goes both ways. When the wind does not blow in Velsmark, our hydro stations will be selling to them. That is not dependence. That is a market.

Question: Will there be a fisheries dispute again in three years?

Prime Minister Engström-Achebe: I hope not. Thank you very much.

Media contact: pressoffice@pm.velsmark.example
''',
    s(HEA, 'The Prime Minister', 'Velsmark would complete its section of the interconnector by 2046', 'underlined', role=PM),
    s(HEA, '', 'the two grid operators sign a binding timetable before the end of the year', 'proposed', role=PM),
    s(YMA, 'The President', 'Ostria was ready to move faster', 'said', role='President'),
    s(YMA, '', 'its own section had been approved by parliament in June', 'noted', role='President'),
    s(PAIR, 'the leaders', 'extend the joint quota arrangement for the Skarre Sound for another three years', 'agreed'),
    s(HEA, 'The Prime Minister', 'the case of two Velsmark fishermen held in Ostria since May', 'raised', role=PM),
    s(HEA, '', 'they be allowed consular visits without delay', 'asked', role=PM),
    s(PAIR, 'Both leaders', 'the attack on the Ostrian consulate in Nordby last month', 'condemned'),
    s(PAIR, '', 'their commitment to the safety of diplomatic staff', 'reaffirmed'),
    s(HEA, 'Prime Minister Engström-Achebe', 'President Marangoni and I have had a good and frank meeting.|need answers.', '', role=PM),
    s(YMA, 'President Marangoni', 'The cable will carry power both ways|arranged for Thursday.', '', role='President'),
    s('the families', 'the families', 'they have not heard from their sons for four months', 'say'),
    s(HEA, 'Prime Minister Engström-Achebe', 'I will be satisfied when the visit takes place. I take the President at her word.', '', role=PM),
    s('the opposition in Ostria', 'the opposition in Ostria', "the interconnector will make Ostria dependent on Velsmark's wind farms", 'says'),
    s(YMA, 'President Marangoni', 'My answer is that dependence goes both ways.|That is a market.', '', role='President'),
    s(HEA, 'Prime Minister Engström-Achebe', 'I hope not.', '', role=PM),
)

LWE = 'Lorcan Whitby-Essien'
EMB = 'The Embassy of the Republic of Dravonia'

doc('bp09-gov-dravonia-embassy-rebuttal-of-ledger-article', 'Embassy of the Republic of Dravonia in Kessmark', '2043-07-05', '''
Embassy of the Republic of Dravonia in Kessmark

Press Release No. 14/2043

On the article "Dravonia's Secret Harbour Deal" published in The Kessmark Ledger on 3 July 2043

The Embassy of the Republic of Dravonia has taken note of the article by Mr. Lorcan Whitby-Essien published in The Kessmark Ledger on 3 July 2043. The article contains a number of claims that are false or misleading. The Embassy sets out the facts below.

1. The article claims that the Dravonian state shipping company Dravmar "secretly acquired" a 49% stake in the port of Halvik through a shell company. This is not true. The stake was acquired in 2041 through an open tender organised by the Halvik Port Authority, and the purchase was reported to the Kessmark Competition Office, which approved it on 12 May 2041.

2. The article states, citing "a senior Kessmark intelligence official", that the port's cranes carry Dravonian surveillance equipment. The Embassy rejects this allegation categorically. The cranes were manufactured in Kessmark by Nordhavn Lifting and were inspected by the Kessmark Maritime Safety Agency in 2042. The Agency found no irregularities.

3. The article suggests that Dravmar's staff in Halvik are Dravonian military officers. The Embassy notes that of Dravmar's 214 employees in Halvik, 203 are Kessmark citizens.

4. The author quotes a former Halvik port director, Mr. Sigvald Orme, as saying that the deal "was done in a back room." The Embassy would point out that Mr. Orme was dismissed by the Port Authority in 2040, before the tender was announced, and has since been in a legal dispute with it.

5. The article failed to include the Embassy's response, although the Embassy answered the author's questions in writing on 30 June. The Embassy regrets that its answers were not reflected in the article.

The Embassy has asked The Kessmark Ledger to publish a correction and this statement in full. The Embassy remains open to any journalist who wishes to learn more about economic cooperation between Dravonia and Kessmark.

Ambassador Teodor Malinescu-Ayo said: "Dravonia has invested in Halvik as a partner, in full view of Kessmark's authorities. We will not allow a single newspaper article to cast a shadow over thirty years of friendship between our peoples."

Kessmark, 5 July 2043

Contact: press@dravonia-embassy.example
''',
    s(LWE, 'The article', 'the Dravonian state shipping company Dravmar "secretly acquired" a 49% stake in the port of Halvik through a shell company', 'claims', 'mixed'),
    s(LWE, 'The article', "the port's cranes carry Dravonian surveillance equipment", 'states'),
    s('a senior Kessmark intelligence official', 'a senior Kessmark intelligence official', "the port's cranes carry Dravonian surveillance equipment", 'citing', nested=True, via=LWE),
    s(EMB, 'The Embassy', 'this allegation', 'rejects'),
    s('the Kessmark Maritime Safety Agency', 'The Agency', 'no irregularities', 'found'),
    s(LWE, 'The article', "Dravmar's staff in Halvik are Dravonian military officers", 'suggests'),
    s(EMB, 'The Embassy', "of Dravmar's 214 employees in Halvik, 203 are Kessmark citizens", 'notes'),
    s(LWE, 'The author', 'a former Halvik port director, Mr. Sigvald Orme, as saying that the deal "was done in a back room."', 'quotes', 'mixed'),
    s('Sigvald Orme', 'Mr. Sigvald Orme', 'the deal "was done in a back room."', 'as saying', 'mixed', nested=True, via=LWE),
    s(EMB, 'The Embassy', 'Mr. Orme was dismissed by the Port Authority in 2040|in a legal dispute with it', 'point out'),
    s(EMB, 'The Embassy', 'its answers were not reflected in the article', 'regrets'),
    s(EMB, 'The Embassy', 'The Kessmark Ledger to publish a correction and this statement in full', 'asked'),
    s('Teodor Malinescu-Ayo', 'Ambassador Teodor Malinescu-Ayo', '"Dravonia has invested in Halvik|between our peoples."', 'said', 'direct', role='Ambassador'),
)

AGO = 'Anneliese Gorman-Obi'
CVO = 'Chief Veterinary Officer'
CNR = 'Cathal Ní Bhraonáin-Ross'
LMA = 'The Livestock Marts Association'

doc('bp10-gov-lennox-isles-bluetongue-questions-and-answers', 'Ministry of Agriculture and Rural Affairs', '2043-08-14', '''
Ministry of Agriculture and Rural Affairs - Republic of the Lennox Isles

Bluetongue in the Western Isles: questions and answers

Updated 14 August 2043

On 9 August the Ministry confirmed bluetongue virus serotype 8 in a flock of sheep near Carrowmore on the island of Inishvale. This page answers the questions farmers and the public have asked us most often. It will be updated as the situation develops.

What is bluetongue?

Bluetongue is a viral disease of sheep, cattle, goats and deer, spread by biting midges. It does not affect people or food safety. The Food Standards Authority has confirmed that meat and milk from affected areas are safe to eat and drink.

How was it found?

A private veterinary surgeon reported sick ewes to the Ministry on 6 August. Samples were tested at the National Veterinary Laboratory, which confirmed the virus on 9 August.

What is the Ministry doing?

A 20-kilometre control zone has been set up around the infected premises. Animals may not be moved out of the zone except under licence. The Chief Veterinary Officer, Dr. Anneliese Gorman-Obi, said:

"We have acted quickly, and the early signs are encouraging. Our surveillance has found no other infected flock so far. But midges do not respect zone boundaries, and I would ask every farmer in the Western Isles to check their animals daily and to report anything unusual."

Why is the infected flock not being culled?

The Chief Veterinary Officer has advised against culling, because the virus is spread by midges rather than from one animal to another. The European Reference Laboratory in Valdeira, which the Ministry consulted, said culling would not stop the spread.

How is bluetongue spread?

The virus is carried from animal to animal by midges of the genus Culicoides, which are most active at dusk and dawn between May and October. It cannot pass directly between animals in a field or a shed. The risk of spread falls sharply once night temperatures stay below 10 degrees, which in the Western Isles is usually by late October.

Is there a vaccine?

Yes. The Minister for Agriculture, Cathal Ní Bhraonáin-Ross, announced on 12 August that 400,000 doses would be made available free of charge to farmers inside the zone. Vaccination will begin on 18 August.

Farmers' leaders have asked for the vaccine to be offered across the whole of the Western Isles. The Western Isles Farmers' Union said in a statement that limiting vaccination to the zone was "a false economy" and that the disease would "be on the mainland by October."

The Chief Veterinary Officer has advised the Minister that there is not yet enough vaccine to cover all 1.3 million sheep in the region and that the zone must come first.

Will there be compensation?

The Minister has said that farmers whose animals are culled on the Ministry's orders will be compensated at market value. No animals have been culled so far.

Can I still sell my lambs at the Ballinross mart?

Marts outside the zone are open. The Livestock Marts Association has told the Ministry that prices at Ballinross fell by around 15% last week, which it attributes to buyers' fears about the disease.

Where can I report a suspected case?

Call the Animal Health Line on 0800 555 0144, 24 hours a day.

Further information for vets is available from the National Veterinary Laboratory.
''',
    s('The Food Standards Authority', 'The Food Standards Authority', 'meat and milk from affected areas are safe to eat and drink', 'confirmed'),
    s(AGO, 'The Chief Veterinary Officer, Dr. Anneliese Gorman-Obi', '"We have acted quickly|report anything unusual."', 'said', 'direct', role=CVO),
    s(AGO, 'The Chief Veterinary Officer', 'culling, because the virus is spread by midges rather than from one animal to another', 'advised against', role=CVO),
    s('The European Reference Laboratory in Valdeira', 'The European Reference Laboratory in Valdeira', 'culling would not stop the spread', 'said'),
    s(CNR, 'The Minister for Agriculture, Cathal Ní Bhraonáin-Ross', '400,000 doses would be made available free of charge to farmers inside the zone', 'announced', role='Minister for Agriculture'),
    s("Farmers' leaders", "Farmers' leaders", 'the vaccine to be offered across the whole of the Western Isles', 'asked for'),
    s("The Western Isles Farmers' Union", "The Western Isles Farmers' Union", 'limiting vaccination to the zone was "a false economy" and that the disease would "be on the mainland by October."', 'said', 'mixed'),
    s(AGO, 'The Chief Veterinary Officer', 'there is not yet enough vaccine|the zone must come first', 'advised', role=CVO),
    s(CNR, 'The Minister', "farmers whose animals are culled on the Ministry's orders will be compensated at market value", 'said', role='Minister for Agriculture'),
    s(LMA, LMA, 'prices at Ballinross fell by around 15% last week', 'told'),
    s(LMA, 'it', "buyers' fears about the disease", 'attributes'),
)

ISA = 'Ingrid Solberg-Achebe'
RFC = 'the provincial River Forecast Centre'
DAL = 'Desmond Abara-Lund'
TOV = 'Tamsin Okoro-Vance'

doc('bp11-gov-garrow-falls-flood-updates', 'City of Garrow Falls', '2043-04-21', '''
City of Garrow Falls - Emergency Operations Centre

Flood updates: Tuesday, April 21, 2043

This page is updated as new information becomes available. The most recent update is at the top.

Update 6:45 p.m.

Mayor Ingrid Solberg-Achebe has declared a state of local emergency. In a video message posted on the City's channel, she said: "This is the highest the Marrin River has been since records began. Please, if you are asked to leave, leave. Your house can be repaired. You cannot."

The river gauge at the Fourth Street bridge read 6.9 metres at 6 p.m., according to the provincial River Forecast Centre, which expects the crest overnight at between 7.2 and 7.5 metres.

Evacuation orders now cover all homes east of Marrin Avenue between Fourth and Ninth streets.

Update 3:10 p.m.

Fire Chief Desmond Abara-Lund said crews had rescued 11 people from vehicles and homes since noon. He urged residents not to drive through flooded roads. "Half a metre of moving water will float a car," he said. "Every one of today's rescues started with someone who thought they could make it."

Garrow Falls Hydro reports that power has been cut to 2,300 customers in the flood zone as a precaution. The utility said it would restore service once the water has receded and each building has been inspected.

Update 12:30 p.m.

The City has opened a reception centre at the Garrow Falls Community Arena, 200 Ledger Road. The Red Cross said volunteers there had registered 140 evacuees by noon and that pets are welcome.

The Garrow Falls School District announced that all schools east of Marrin Avenue will be closed on Wednesday.

Update 9:00 a.m.

City engineer Tamsin Okoro-Vance told reporters that the temporary berm along Riverside Park had been breached at two points overnight. She said crews were placing sandbags behind the breaches and that the berm was not expected to fail completely. Asked whether the City had built the berm high enough, she said it had been built to the level the River Forecast Centre predicted on Sunday, "and the river has gone past that."

A resident of Ninth Street who declined to give her name told City staff that water had reached her basement windows by 7 a.m.

Update 6:00 a.m.

The Marrin River rose 80 centimetres overnight. The Emergency Operations Centre was opened at 4:30 a.m. and an evacuation alert was issued for the Riverbend mobile home park and the streets east of Marrin Avenue between Fourth and Sixth streets.

About 60 residents of the Riverbend park gathered at the park office before dawn. They said many of them had not received the alert on their phones and had been woken by neighbours knocking on their doors. The group, which has since called itself the Riverbend Residents' Committee, has asked the City to send staff door to door in the park before any further order.

Emergency manager Roland Achebe-Sorensen said the alert had been sent to every phone in the zone at 4:50 a.m. and that the City was checking whether one carrier's network had delayed it. He said staff would knock on every door in the park if the order is widened.

Residents who need help leaving their homes should call 311.

Media inquiries: Garrow Falls Communications, 555-0123
''',
    s(ISA, 'she', '"This is the highest the Marrin River|You cannot."', 'said', 'direct', role='Mayor'),
    s(RFC, RFC, 'The river gauge at the Fourth Street bridge read 6.9 metres at 6 p.m.', 'according to'),
    s(RFC, '', 'the crest overnight at between 7.2 and 7.5 metres', 'expects'),
    s(DAL, 'Fire Chief Desmond Abara-Lund', 'crews had rescued 11 people from vehicles and homes since noon', 'said', role='Fire Chief'),
    s(DAL, 'He', 'residents not to drive through flooded roads', 'urged', role='Fire Chief'),
    s(DAL, 'he', '"Half a metre of moving water will float a car,"', 'said', 'direct', role='Fire Chief'),
    s(DAL, '', '"Every one of today\'s rescues started with someone who thought they could make it."', '', 'direct', role='Fire Chief'),
    s('Garrow Falls Hydro', 'Garrow Falls Hydro', 'power has been cut to 2,300 customers in the flood zone as a precaution', 'reports'),
    s('Garrow Falls Hydro', 'The utility', 'it would restore service once the water has receded and each building has been inspected', 'said'),
    s('The Red Cross', 'The Red Cross', 'volunteers there had registered 140 evacuees by noon and that pets are welcome', 'said'),
    s('The Garrow Falls School District', 'The Garrow Falls School District', 'all schools east of Marrin Avenue will be closed on Wednesday', 'announced'),
    s(TOV, 'City engineer Tamsin Okoro-Vance', 'the temporary berm along Riverside Park had been breached at two points overnight', 'told', role='City engineer'),
    s(TOV, 'She', 'crews were placing sandbags behind the breaches and that the berm was not expected to fail completely', 'said', role='City engineer'),
    s(TOV, 'she', 'it had been built to the level the River Forecast Centre predicted on Sunday, "and the river has gone past that."', 'said', 'mixed', role='City engineer'),
    s("the Riverbend Residents' Committee", 'They', 'many of them had not received the alert on their phones and had been woken by neighbours knocking on their doors', 'said'),
    s("the Riverbend Residents' Committee", 'The group', 'the City to send staff door to door in the park before any further order', 'asked'),
    s('Roland Achebe-Sorensen', 'Emergency manager Roland Achebe-Sorensen', "the alert had been sent to every phone in the zone at 4:50 a.m.|had delayed it", 'said', role='Emergency manager'),
    s('Roland Achebe-Sorensen', 'He', 'staff would knock on every door in the park if the order is widened', 'said', role='Emergency manager'),
    s('A resident of Ninth Street who declined to give her name', 'A resident of Ninth Street who declined to give her name', 'water had reached her basement windows by 7 a.m.', 'told'),
)
