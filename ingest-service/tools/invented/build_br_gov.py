"""Set BR's six government texts (see build_br.py)."""
from invented_common import doc_spans as doc, s

KVE = 'Kieran Valcourt-Essien'
PHR = 'Priya Haldane-Ruiz'
DAN = 'Doreen Achterberg-Nnadi'
ABV = 'Aurelio Banerjee-Voss'
TRA = 'Tomasz Reid-Achebe'
TLA = 'Town of Lesser Arden'
MOE = 'The Ministry of the Environment'
LAR = "The Lesser Arden Residents' Association"

doc('br06-gov-lesser-arden-water-inquiry-interim-report', 'Commission of Inquiry into the Drinking Water of Lesser Arden', '2044-04-09', '''
Commission of Inquiry into the Drinking Water of Lesser Arden

Interim Report

Commissioner: The Honourable Marguerite Okonjo-Daly
Released: April 9, 2044

Chapter 1: Introduction

1.1 On July 18, 2043, E. coli bacteria entered the drinking water of the Town of Lesser Arden. More than 600 residents fell ill and two died. The Province established this Commission on September 2, 2043, to inquire into the causes of the contamination and the response of the authorities.

1.2 This interim report summarizes the evidence heard in the first phase of hearings, from January 15 to March 8, 2044, and the written submissions received from the parties with standing. I make no findings of fault in this report. My findings and recommendations will follow in the final report.

Chapter 2: The evidence

2.1 The Town's water operator, Mr. Kieran Valcourt-Essien, testified that the chlorine analyzer at the Birch Road well had been reporting readings that were "too good to be true" since early June. He told the Commission that he reported the problem to the Town's public works manager, Ms. Priya Haldane-Ruiz, in an email on June 9.

2.2 Ms. Haldane-Ruiz testified that she did not recall receiving the email. She agreed, when shown a copy, that it had been sent to her address. She said that repairs to the analyzer had been "on the list" but that the Town's budget for the water system had been cut twice since 2040.

2.3 A resident, Mrs. Doreen Achterberg-Nnadi, whose husband died on July 29, described the first days of the outbreak. She testified that no one from the Town told residents to boil their water until July 22, four days after her husband fell ill. In her words: "We were told it was a stomach bug going around. We kept drinking from the tap."

2.4 Dr. Aurelio Banerjee-Voss, the regional Medical Officer of Health, testified that the Health Unit received the first laboratory result showing E. coli on July 20 and issued a boil-water advisory on July 22. He explained the delay by saying that the Unit had been unable to reach the Town's manager over a weekend. He accepted that the advisory "should have gone out on the Saturday."

2.5 The Province's former drinking water inspector for the region, Mr. Tomasz Reid-Achebe, testified that he had inspected the Birch Road well in 2042 and had recommended that the analyzer be replaced. He said he had not followed up because his caseload had doubled after the Ministry closed its eastern office.

2.6 Commission counsel asked Mr. Reid-Achebe whether he had the authority to order the repair. He answered that he did, but that in his experience orders to small towns "just sat there."

2.7 Two other residents, Mr. Len Osei-Varga and Ms. Ruth Calloway-Brandt, gave evidence about their own illnesses. Ms. Calloway-Brandt, a nurse, told the Commission that the local clinic ran out of oral rehydration salts on July 21. She said she drove to Harwick, 60 km away, to buy more for her neighbours.

Chapter 3: Submissions of the parties

3.1 In its written submission, the Town of Lesser Arden states that it relied on the Province's inspection regime and that the Province's inspectors never ordered it to replace the analyzer. It submits that the cuts to the water budget were imposed by provincial reductions in transfers to municipalities.

3.2 The Ministry of the Environment, in its submission, rejects the suggestion that its inspection program was understaffed. It notes that the number of inspectors in the region was the same in 2043 as in 2038. The Ministry acknowledges, however, that the closure of its eastern office "placed additional demands" on the remaining staff.

3.3 The Lesser Arden Residents' Association, which represents about 300 families, asks the Commission to recommend that the Province pay for independent testing of small systems. It also submits that residents should have been warned as soon as the first laboratory result was known.

3.4 The Water Operators' Union, Local 112, submits that operators in small towns work alone and are often on call for weeks at a time. According to the Union, seven of the eleven operators in the region had no backup during the summer of 2043.

Chapter 4: Next steps

4.1 The second phase of hearings will begin on May 13, 2044, and will examine the Province's oversight of small water systems. The Ministry's inspection records for 2038 to 2043 have been filed with the Commission and will be made public before the hearings resume.

4.2 I thank the witnesses, and in particular the families of Lesser Arden, for their evidence.

Marguerite Okonjo-Daly
Commissioner
''',
    s(KVE, "The Town's water operator, Mr. Kieran Valcourt-Essien", 'the chlorine analyzer at the Birch Road well had been reporting readings that were "too good to be true" since early June', 'testified', 'mixed', role="The Town's water operator"),
    s(KVE, 'He', "he reported the problem to the Town's public works manager, Ms. Priya Haldane-Ruiz, in an email on June 9", 'told', role="The Town's water operator"),
    s(PHR, 'Ms. Haldane-Ruiz', 'she did not recall receiving the email', 'testified', role="the Town's public works manager"),
    s(PHR, 'She', 'it had been sent to her address', 'agreed', role="the Town's public works manager"),
    s(PHR, 'She', 'repairs to the analyzer had been "on the list" but that the Town\'s budget for the water system had been cut twice since 2040', 'said', 'mixed', role="the Town's public works manager"),
    s(DAN, 'She', 'no one from the Town told residents to boil their water until July 22, four days after her husband fell ill', 'testified', role='A resident'),
    s(DAN, 'her', '"We were told it was a stomach bug going around. We kept drinking from the tap."', 'In her words', 'direct', role='A resident'),
    s(ABV, 'Dr. Aurelio Banerjee-Voss, the regional Medical Officer of Health', 'the Health Unit received the first laboratory result|issued a boil-water advisory on July 22', 'testified', role='the regional Medical Officer of Health'),
    s(ABV, 'He', "the Unit had been unable to reach the Town's manager over a weekend", 'saying', role='the regional Medical Officer of Health'),
    s(ABV, 'He', 'the advisory "should have gone out on the Saturday."', 'accepted', 'mixed', role='the regional Medical Officer of Health'),
    s(TRA, "The Province's former drinking water inspector for the region, Mr. Tomasz Reid-Achebe", 'he had inspected the Birch Road well in 2042 and had recommended that the analyzer be replaced', 'testified', role="The Province's former drinking water inspector for the region"),
    s(TRA, 'He', 'he had not followed up because his caseload had doubled after the Ministry closed its eastern office', 'said', role="The Province's former drinking water inspector for the region"),
    s(TRA, 'He', 'he did, but that in his experience orders to small towns "just sat there."', 'answered', 'mixed', role="The Province's former drinking water inspector for the region"),
    s('Ruth Calloway-Brandt', 'Ms. Calloway-Brandt, a nurse', 'the local clinic ran out of oral rehydration salts on July 21', 'told', role='a nurse'),
    s('Ruth Calloway-Brandt', 'She', 'she drove to Harwick, 60 km away, to buy more for her neighbours', 'said', role='a nurse'),
    s(TLA, 'the Town of Lesser Arden', "it relied on the Province's inspection regime and that the Province's inspectors never ordered it to replace the analyzer", 'states'),
    s(TLA, 'It', 'the cuts to the water budget were imposed by provincial reductions in transfers to municipalities', 'submits'),
    s(MOE, MOE, 'the suggestion that its inspection program was understaffed', 'rejects'),
    s(MOE, 'It', 'the number of inspectors in the region was the same in 2043 as in 2038', 'notes'),
    s(MOE, 'The Ministry', 'the closure of its eastern office "placed additional demands" on the remaining staff', 'acknowledges', 'mixed'),
    s(LAR, LAR, 'the Commission to recommend that the Province pay for independent testing of small systems', 'asks'),
    s(LAR, 'It', 'residents should have been warned as soon as the first laboratory result was known', 'submits'),
    s("The Water Operators' Union, Local 112", "The Water Operators' Union, Local 112", 'operators in small towns work alone and are often on call for weeks at a time', 'submits'),
    s("The Water Operators' Union, Local 112", 'the Union', 'seven of the eleven operators in the region had no backup during the summer of 2043', 'According to'),
)

BFC = 'the Bureau of Fair Competition'
HAL = 'Halvard Cement AB'
NOR = 'Norrhem Materials AS'

doc('br07-gov-ostmark-competition-bureau-cement-merger-decision', 'Bureau of Fair Competition', '2044-02-26', '''
Bureau of Fair Competition of the Republic of Ostmark

Decision on the proposed acquisition of Halvard Cement AB by Norrhem Materials AS

Case No. M-2044/07
Date of decision: 26 February 2044

Summary

1. The Bureau has cleared the acquisition of Halvard Cement AB ("Halvard") by Norrhem Materials AS ("Norrhem"), subject to the divestiture of Halvard's grinding plant at Sundvik.

Background

2. Norrhem notified the proposed transaction to the Bureau on 14 October 2043. Norrhem and Halvard are the two largest producers of grey cement in Ostmark, with combined sales of about 2.1 million tonnes in 2042. Halvard operates one kiln, at Brevik, and two grinding plants; Norrhem operates two kilns and four terminals.

The parties' arguments

3. The parties argue that the relevant market is at least the Baltic region, because cement can be shipped cheaply by sea from terminals in three neighbouring countries.

4. Norrhem further submits that imports already account for 18% of sales in the southern part of the country and that any attempt to raise prices after the merger would be defeated by new imports.

5. Halvard states that without the transaction it would have to close its kiln at Brevik within three years, as the kiln does not meet the emission limits that take effect in 2047.

Third parties

6. The Bureau sent questionnaires to 64 customers and competitors and received 41 replies. Several ready-mix concrete producers in the north of the country told the Bureau that they had no practical alternative to buying from Norrhem or Halvard, since the nearest import terminal was more than 300 km away.

7. One customer, a precast producer in Lindaas, stated: "If the merger goes through as notified, we will have one supplier and no bargaining power."

8. The Ostmark Builders' Federation expressed concern that higher cement prices would raise the cost of public housing projects.

9. A competitor, Vestra Cement, argued that the Sundvik grinding plant should be sold to a buyer with its own supply of clinker.

The Bureau's assessment

10. The Bureau does not accept that the relevant market is wider than Ostmark. The Bureau's investigation showed that imports have been limited to the south coast and that transport costs make imported cement uncompetitive north of Falun.

11. In its reply to the Bureau's statement of objections, Norrhem maintained that the Bureau had underestimated the capacity of the import terminals. The terminal operators' own figures, which the Bureau obtained, do not support this.

12. The Bureau finds that the transaction, as notified, would significantly impede effective competition in the markets for grey cement in central and northern Ostmark.

13. The Bureau has considered Halvard's argument that its kiln would close. It notes that Halvard has not shown that no less anticompetitive buyer was available.

Remedies

14. On 2 February 2044, Norrhem offered to sell the Sundvik grinding plant, together with a ten-year clinker supply agreement, to a buyer approved by the Bureau. In the market test, most customers said the remedy would restore competition in the north. Vestra Cement said the supply agreement should run for at least fifteen years.

15. The Bureau concluded that the commitment removes the competition concerns identified in paragraph 12.

Decision

16. The Bureau decides to clear the transaction, subject to the commitments annexed to this decision.

Kerstin Aalto-Mbeki
Director General
''',
    s(f'{HAL} and {NOR}', 'The parties', 'the relevant market is at least the Baltic region|terminals in three neighbouring countries', 'argue'),
    s(NOR, 'Norrhem', 'imports already account for 18% of sales|defeated by new imports', 'submits'),
    s(HAL, 'Halvard', 'without the transaction it would have to close its kiln at Brevik|take effect in 2047', 'states'),
    s('Several ready-mix concrete producers in the north of the country', 'Several ready-mix concrete producers in the north of the country', 'they had no practical alternative to buying from Norrhem or Halvard|more than 300 km away', 'told'),
    s('One customer', 'One customer, a precast producer in Lindaas', '"If the merger goes through as notified, we will have one supplier and no bargaining power."', 'stated', 'direct', role='a precast producer in Lindaas'),
    s("The Ostmark Builders' Federation", "The Ostmark Builders' Federation", 'higher cement prices would raise the cost of public housing projects', 'expressed concern'),
    s('Vestra Cement', 'A competitor, Vestra Cement', 'the Sundvik grinding plant should be sold to a buyer with its own supply of clinker', 'argued'),
    s(BFC, 'The Bureau', 'the relevant market is wider than Ostmark', 'does not accept'),
    s(BFC, "The Bureau's investigation", 'imports have been limited to the south coast|north of Falun', 'showed'),
    s(NOR, 'Norrhem', 'the Bureau had underestimated the capacity of the import terminals', 'maintained'),
    s(BFC, 'The Bureau', 'the transaction, as notified, would significantly impede|central and northern Ostmark', 'finds'),
    s(BFC, 'It', 'Halvard has not shown that no less anticompetitive buyer was available', 'notes'),
    s('most customers', 'most customers', 'the remedy would restore competition in the north', 'said'),
    s('Vestra Cement', 'Vestra Cement', 'the supply agreement should run for at least fifteen years', 'said'),
    s(BFC, 'The Bureau', 'the commitment removes the competition concerns identified in paragraph 12', 'concluded'),
)

MHO = 'Matej Horvanek'
SPK = 'Government Spokesman'

doc('br08-gov-sarvenia-government-spokesman-weekly-briefing', 'Government of the Republic of Sarvenia', '2044-01-14', '''
Government of the Republic of Sarvenia
Press Office

Weekly press briefing by the Government Spokesman, Matej Horvanek
Thursday, 14 January 2044
Unofficial translation

Spokesman: Good afternoon. The Government met this morning and took three decisions. First, it approved the draft law on energy subsidies, which will cap electricity prices for households at 0.22 ardents per kilowatt hour until the end of the year. Second, it appointed Mrs. Dana Pirc-Obradova as the new ambassador to the Baltic Union. Third, the Prime Minister informed the Government about her visit to Vellmark last week. I am ready for your questions.

Question (Sarvenian Press Agency): The opposition leader, Mr. Branko Vidmar-Kos, said on Tuesday that the subsidy cap would cost the budget twice what the Government has announced. How does the Government respond?

Answer: The Ministry of Finance has calculated the cost at 410 million ardents, and we stand by that figure. Mr. Vidmar-Kos is free to present his own calculation. I have not seen it.

Question (Radio Drava): The energy regulator said yesterday that suppliers would need at least two months to apply the new tariffs. Will households see lower bills in February?

Answer: The law enters into force on 1 February. Suppliers have been aware of the draft since November, and the Minister of Economy will meet them on Monday. I will not speculate about individual bills.

Question (Dnevnik Sarvenije): Why was the ambassador's appointment not announced in advance? Was the Baltic Union consulted?

Answer: The Baltic Union gave its agreement on 6 January, as is the usual procedure. We announce appointments after the Government decides, not before.

Question (TV Sarvenia 1): Farmers have blocked roads near Kranjevo for a second day. Their union says the Government has broken its promise on diesel refunds. Will the Prime Minister meet them?

Answer: The Minister of Agriculture met the union's leaders on Wednesday evening, and talks continue. The Minister told me this morning that the refunds for the fourth quarter were paid in full on 5 January. I would ask the farmers to keep the roads open.

Question (Sarvenian Press Agency): A follow-up. Will the Government send police to clear the roads?

Answer: That is a question for the Ministry of the Interior.

Question (Reuters): Vellmark's energy minister told reporters on Friday that the two governments had agreed on a long-term gas supply deal. Can you confirm that?

Answer: The two Prime Ministers discussed energy cooperation. No agreement was signed. Negotiations between the companies will continue, and when there is a result, we will inform you.

Question (Vecerni Glas): The Constitutional Court ruled on Monday that parts of the police law are unconstitutional. Will the Government amend the law?

Answer: The Government respects the Court's decision. The Ministry of the Interior is preparing amendments, and they will be sent to Parliament by the end of March.

Question (Radio Drava): Is it true that the Prime Minister will not attend the summit in Lisvard?

Answer: No, that is not true. The Prime Minister will attend, and the programme of the visit will be published next week.

Spokesman: Thank you. The next briefing will be held on 21 January.
''',
    s(MHO, 'Spokesman', 'Good afternoon. The Government met this morning|I am ready for your questions.', '', role=SPK),
    s('Branko Vidmar-Kos', 'The opposition leader, Mr. Branko Vidmar-Kos', 'the subsidy cap would cost the budget twice what the Government has announced', 'said', role='The opposition leader'),
    s(MHO, '', 'The Ministry of Finance has calculated the cost|I have not seen it.', '', role=SPK),
    s('The energy regulator', 'The energy regulator', 'suppliers would need at least two months to apply the new tariffs', 'said'),
    s(MHO, '', 'The law enters into force on 1 February.|I will not speculate about individual bills.', '', role=SPK),
    s(MHO, '', 'The Baltic Union gave its agreement on 6 January|not before.', '', role=SPK),
    s('Their union', 'Their union', 'the Government has broken its promise on diesel refunds', 'says'),
    s(MHO, '', "The Minister of Agriculture met the union's leaders|keep the roads open.", '', role=SPK),
    s('The Minister of Agriculture', 'The Minister', 'the refunds for the fourth quarter were paid in full on 5 January', 'told', nested=True, via=MHO),
    s("Vellmark's energy minister", "Vellmark's energy minister", 'the two governments had agreed on a long-term gas supply deal', 'told'),
    s(MHO, '', 'The two Prime Ministers discussed energy cooperation.|we will inform you.', '', role=SPK),
    s('The Constitutional Court', 'The Constitutional Court', 'parts of the police law are unconstitutional', 'ruled'),
    s(MHO, '', "The Government respects the Court's decision.|by the end of March.", '', role=SPK),
    s(MHO, '', 'No, that is not true.|published next week.', '', role=SPK),
)

HOS = 'Halina Oyelowo-Strand'
MOH = 'Medical Officer of Health'
TVH = 'Tarrow Valley Health Authority'

doc('br09-gov-tarrow-valley-legionnaires-outbreak-update', 'Tarrow Valley Health Authority', '2044-08-14', '''
Tarrow Valley Health Authority

Legionnaires' disease outbreak in Brenford: update 4

Posted: August 14, 2044, 4:00 p.m.

The number of confirmed cases of Legionnaires' disease linked to the outbreak in Brenford has risen to 23, including two deaths. Eleven people remain in hospital.

Investigators from the Health Authority and the City of Brenford have identified the cooling tower on the roof of the Marlow Street parking garage as the most likely source. Samples taken from the tower on August 9 tested positive for Legionella bacteria, and the strain matches the strain found in four patients, the provincial laboratory confirmed on Tuesday.

The building's owner, Castellan Parking Inc., shut down the tower on August 10 and has had it disinfected. In a statement, the company said it "is cooperating fully" with the investigation.

What residents should know
- Legionnaires' disease is not spread from person to person.
- Symptoms include fever, cough, muscle aches and shortness of breath, and usually appear two to ten days after exposure.
- Anyone who was in downtown Brenford after July 25 and develops these symptoms should see a doctor and mention this outbreak.

Questions and answers with Dr. Halina Oyelowo-Strand, Medical Officer of Health

Q: Is the outbreak over?
A: Not yet. Because the illness can take up to ten days to appear, we expect to see a few more cases this week, even though the tower was shut down on August 10. If we see no new cases with onset after August 20, we will declare the outbreak over.

Q: Why did it take two weeks to find the source?
A: Cooling towers are not registered in Brenford, so our inspectors had to find them building by building. We found 41. The City has told us it will bring in a registry this fall, which we have asked for since 2041.

Q: The garage's owner says the tower was inspected in May. How did it become contaminated?
A: An inspection in May tells us the tower was clean in May. Towers need to be treated every week in hot weather, and we are looking at whether that was done. I will not say more while the investigation is under way.

Q: Should people avoid downtown?
A: No. There is no risk from being downtown now. The tower that we believe caused this has been off for four days.

Q: Were other towers tested?
A: Yes. All 41 were sampled. Two others had low levels of Legionella and have been disinfected as a precaution. They are not linked to any cases.

Update 3 (August 12, 2044)

The Health Authority has been notified of six more cases, for a total of 19. Dr. Oyelowo-Strand said the Authority was testing "every cooling tower within two kilometres" of the cluster. Brenford Mayor Tom Ashworth-Nyberg said the City would pay for the testing of towers on private buildings. A spokesperson for the Brenford Chamber of Commerce, Elaine Marsh-Oduya, said downtown restaurants had reported a 30% drop in customers since the outbreak was announced. Local businesses have asked the Authority to publish the names of the buildings tested, which it has declined to do while the investigation continues.

Media inquiries: communications@tvha.example, 555-0142
''',
    s('the provincial laboratory', 'the provincial laboratory', 'Samples taken from the tower on August 9 tested positive|found in four patients', 'confirmed'),
    s('Castellan Parking Inc.', 'the company', 'it "is cooperating fully" with the investigation', 'said', 'mixed'),
    s(HOS, '', 'Not yet. Because the illness can take up to ten days to appear|we will declare the outbreak over.', '', role=MOH),
    s(HOS, '', 'Cooling towers are not registered in Brenford|which we have asked for since 2041.', '', role=MOH),
    s('the City of Brenford', 'The City', 'it will bring in a registry this fall', 'told', nested=True, via=HOS),
    s('Castellan Parking Inc.', "The garage's owner", 'the tower was inspected in May', 'says'),
    s(HOS, '', 'An inspection in May tells us the tower was clean in May.|while the investigation is under way.', '', role=MOH),
    s(HOS, '', 'No. There is no risk from being downtown now.|has been off for four days.', '', role=MOH),
    s(HOS, '', 'Yes. All 41 were sampled.|They are not linked to any cases.', '', role=MOH),
    s(HOS, 'Dr. Oyelowo-Strand', 'the Authority was testing "every cooling tower within two kilometres" of the cluster', 'said', 'mixed', role=MOH),
    s('Tom Ashworth-Nyberg', 'Brenford Mayor Tom Ashworth-Nyberg', 'the City would pay for the testing of towers on private buildings', 'said', role='Mayor'),
    s('Elaine Marsh-Oduya', 'A spokesperson for the Brenford Chamber of Commerce, Elaine Marsh-Oduya', 'downtown restaurants had reported a 30% drop in customers since the outbreak was announced', 'said', role='A spokesperson for the Brenford Chamber of Commerce'),
    s('downtown restaurants', 'downtown restaurants', 'a 30% drop in customers since the outbreak was announced', 'had reported', nested=True, via='Elaine Marsh-Oduya'),
    s('Local businesses', 'Local businesses', 'the Authority to publish the names of the buildings tested', 'have asked'),
)

CHR = 'Adaeze Kowalczyk-Barr'
HSA = 'Henrietta Solberg-Amadi'
RNL = 'Rupert Nakashima-Lowe'
FMT = 'Fiona MacAskill-Tembo'
LBO = 'Layla Brightwater-Oduya'
GEM = 'Graham Eklund-Mensah'
SRH = 'Sunita Ravel-Hoang'
CFA = 'Colette Ferreira-Agu'

doc('br10-gov-northmarch-school-board-minutes', 'Northmarch District School Board', '2044-03-12', '''
Northmarch District School Board
Minutes of the Regular Meeting of the Board
Wednesday, March 12, 2044, 7:00 p.m.
Board Room, Education Centre

Present: Trustees Adaeze Kowalczyk-Barr (Chair), Henrietta Solberg-Amadi, Rupert Nakashima-Lowe, Fiona MacAskill-Tembo, Desmond Oyelaran-Pike; Student Trustee Layla Brightwater-Oduya
Staff: Graham Eklund-Mensah, Director of Education; Sunita Ravel-Hoang, Superintendent of Business
Regrets: Trustee Carlos Wendt-Abara
Recording Secretary: Marisa Duval

1. Call to order
The Chair called the meeting to order at 7:02 p.m.

2. Declarations of conflict of interest
Trustee Nakashima-Lowe declared a conflict on item 5.1, as his spouse is employed by Greenway Student Transportation.

3. Delegations
3.1 Ms. Colette Ferreira-Agu, on behalf of the Eastbrook Parent Council, addressed the Board regarding the proposed closure of Eastbrook Public School. She told the Board that 71% of Eastbrook families had answered a council survey and that nine in ten of them opposed the closure. She asked the Board to defer the decision until the municipal housing plan for the area is released in the fall.
3.2 Mr. Ivo Brandt-Kamara, a retired teacher, spoke against the closure, saying that the building had been renovated in 2039 at a cost of $3.2 million.
3.3 Ms. Pauline Acheampong-Ross, President of the Northmarch Elementary Teachers' Local, stated that class sizes at the receiving school, Fairview, would rise to 29 in the junior grades and urged the Board to hire two additional teachers if the closure proceeded.

4. Report of the Director of Education
4.1 Accommodation Review: Eastbrook Public School
The Director presented the final accommodation review report. He advised that Eastbrook was operating at 48% of capacity and that the Board would save about $410,000 a year by closing it. He noted that the Ministry of Education had indicated it would not fund repairs to the roof while enrolment stayed below 60%.
Trustee Solberg-Amadi asked the Director whether the Ministry's position was in writing. The Director responded that it had been set out in a letter of January 8, 2044.
Student Trustee Brightwater-Oduya said students at Eastbrook had told her they were worried about losing their after-school programs.

Moved by Trustee MacAskill-Tembo, seconded by Trustee Oyelaran-Pike:
THAT Eastbrook Public School be closed effective June 30, 2045, and its students be directed to Fairview Public School.

Trustee MacAskill-Tembo spoke to the motion, stating that the Board could not keep "heating empty classrooms" while other schools had no gym.
Trustee Solberg-Amadi expressed concern that the housing plan could bring new families to Eastbrook within five years.

Moved by Trustee Solberg-Amadi, seconded by Trustee Nakashima-Lowe:
THAT the motion be amended to defer the closure to June 30, 2046.

Trustee Nakashima-Lowe stated that he supported the amendment but that the Board should not defer a decision "a third time."
The amendment was LOST.

Recorded vote on the main motion:
For: Trustees MacAskill-Tembo, Oyelaran-Pike, Kowalczyk-Barr
Against: Trustees Solberg-Amadi, Nakashima-Lowe
CARRIED.
Student Trustee Brightwater-Oduya cast a non-binding vote against.

5. Report of the Superintendent of Business
5.1 Student Transportation Contract
(Trustee Nakashima-Lowe did not take part in the discussion or vote.)
The Superintendent of Business reported that bus operators had raised their rates by 14% and that two routes in the north had gone without a driver for eleven days in February. She recommended that the Board extend the current contract with Greenway Student Transportation by one year.

Moved by Trustee Oyelaran-Pike, seconded by Trustee MacAskill-Tembo:
THAT the recommendation of the Superintendent of Business be adopted.
CARRIED.

6. Correspondence
6.1 Letter from the Mayor of Northmarch, Ruth Anand-Fowler, advising that the City's housing plan for Eastbrook would be released in October 2044.
6.2 Letter from the Eastbrook Seniors' Club, thanking the Board for the use of the school gym.

7. Chair's report
The Chair reported that the Board had received 212 written comments on the Eastbrook review and thanked staff for summarizing them.

8. Adjournment
The meeting adjourned at 9:41 p.m.

Adaeze Kowalczyk-Barr, Chair
Marisa Duval, Recording Secretary
''',
    s(CFA, 'She', '71% of Eastbrook families had answered a council survey and that nine in ten of them opposed the closure', 'told'),
    s(CFA, 'She', 'the Board to defer the decision until the municipal housing plan for the area is released in the fall', 'asked'),
    s('Ivo Brandt-Kamara', 'Mr. Ivo Brandt-Kamara, a retired teacher', 'the building had been renovated in 2039 at a cost of $3.2 million', 'saying', role='a retired teacher'),
    s('Pauline Acheampong-Ross', "Ms. Pauline Acheampong-Ross, President of the Northmarch Elementary Teachers' Local", 'class sizes at the receiving school, Fairview, would rise to 29 in the junior grades', 'stated', role="President of the Northmarch Elementary Teachers' Local"),
    s('Pauline Acheampong-Ross', '', 'the Board to hire two additional teachers if the closure proceeded', 'urged', role="President of the Northmarch Elementary Teachers' Local"),
    s(GEM, 'He', 'Eastbrook was operating at 48% of capacity and that the Board would save about $410,000 a year by closing it', 'advised', role='Director of Education'),
    s(GEM, 'He', 'the Ministry of Education had indicated it would not fund repairs to the roof while enrolment stayed below 60%', 'noted', role='Director of Education'),
    s('the Ministry of Education', 'the Ministry of Education', 'it would not fund repairs to the roof while enrolment stayed below 60%', 'had indicated', nested=True, via=GEM),
    s(GEM, 'The Director', 'it had been set out in a letter of January 8, 2044', 'responded', role='Director of Education'),
    s(LBO, 'Student Trustee Brightwater-Oduya', 'students at Eastbrook had told her they were worried about losing their after-school programs', 'said', role='Student Trustee'),
    s('students at Eastbrook', 'students at Eastbrook', 'they were worried about losing their after-school programs', 'had told', nested=True, via=LBO),
    s(FMT, 'Trustee MacAskill-Tembo', 'the Board could not keep "heating empty classrooms" while other schools had no gym', 'stating', 'mixed', role='Trustee'),
    s(HSA, 'Trustee Solberg-Amadi', 'the housing plan could bring new families to Eastbrook within five years', 'expressed concern', role='Trustee'),
    s(RNL, 'Trustee Nakashima-Lowe', 'he supported the amendment but that the Board should not defer a decision "a third time."', 'stated', 'mixed', role='Trustee'),
    s(SRH, 'The Superintendent of Business', 'bus operators had raised their rates by 14% and that two routes in the north had gone without a driver for eleven days in February', 'reported', role='Superintendent of Business'),
    s(SRH, 'She', 'the Board extend the current contract with Greenway Student Transportation by one year', 'recommended', role='Superintendent of Business'),
    s('Ruth Anand-Fowler', 'the Mayor of Northmarch, Ruth Anand-Fowler', "the City's housing plan for Eastbrook would be released in October 2044", 'advising', role='Mayor of Northmarch'),
    s(CHR, 'The Chair', 'the Board had received 212 written comments on the Eastbrook review', 'reported', role='Chair'),
)

CMO = 'Colette Marchand-Obi'

doc('br11-gov-westmarch-premier-rural-surgery-release', 'Office of the Premier of Westmarch', '2044-05-06', '''
NEWS RELEASE
Office of the Premier
Province of Westmarch
For immediate release: May 6, 2044

Province launches $180-million plan to clear rural surgery wait-lists

LYNDALE — The Province will fund 14,000 additional surgeries over the next two years at rural hospitals and three new day-surgery centres, Premier Colette Marchand-Obi announced today.

The plan will pay rural hospitals to keep operating rooms open on evenings and weekends, hire 60 anesthesia assistants, and cover travel for surgeons from the cities who agree to operate in the north one week a month.

"Nobody in this province should wait two years for a hip because of their postal code," said Premier Marchand-Obi. "This plan puts operating rooms to work where people live."

The Premier also said the Province would publish wait times for each rural hospital online every month, starting in September.

The plan was developed with the Westmarch Medical Association, which estimated in a report last year that rural patients wait 70% longer for joint replacements than patients in Lyndale. Health Minister Amir Haddadi-Kerr has directed the health regions to report monthly on the use of the funds.

The Westmarch Health Quality Council reported in January that 41% of rural patients waited longer than the provincial target for their first consultation with a surgeon. In its submission on the plan, the Association of Rural Municipalities said the cost of travelling to Lyndale for pre-operative visits was the main reason patients gave up their place on a list.

Quick facts
- As of March 31, 2044, 31,400 people were waiting for surgery in Westmarch; 12,900 of them live in rural health regions.
- The median wait for a knee replacement in the northern region is 74 weeks, compared with 38 weeks in Lyndale.
- The three day-surgery centres will open in Port Auden, Harrisfield and Creel Lake by spring 2046.

Quotes

"Rural hospitals have the rooms. What they have been missing is the staff and the money to keep them running. Today we are fixing both."
— Dr. Amir Haddadi-Kerr, Minister of Health

"Half of the anesthesia assistants will be trained at Northern Lights College, close to the hospitals where they will work. Students who sign a return-of-service agreement will pay no tuition."
— Yusuf Lindqvist-Ade, Minister of Advanced Education

"Surgeons who travel north will have their mileage, lodging and meals covered. We want it to be easy to say yes."
— Brenda Castellano-Moyo, Minister of Rural Affairs

"Northern families have been asking for this for a decade. We welcome the commitment and will hold the Province to its timelines."
— Grand Chief Norman Ashkewe-Tall, Northern Nations Council

"Our members are ready to staff these rooms. We are glad the Province listened to nurses on the need for evening shifts."
— Tamsin O'Reilly-Baptiste, President, Westmarch Nurses' Union

Learn more
Surgical wait times in Westmarch: westmarch.example/surgery-waits

Media contacts
Jordan Pelletier-Wong, Press Secretary, Office of the Premier, 555-0187
Media Relations, Ministry of Health, 555-0190
''',
    s(CMO, 'Premier Colette Marchand-Obi', 'The Province will fund 14,000 additional surgeries|three new day-surgery centres', 'announced', role='Premier'),
    s(CMO, 'Premier Marchand-Obi', '"Nobody in this province should wait two years for a hip because of their postal code,"', 'said', 'direct', role='Premier'),
    s(CMO, '', '"This plan puts operating rooms to work where people live."', '', 'direct', role='Premier'),
    s(CMO, 'The Premier', 'the Province would publish wait times for each rural hospital online every month, starting in September', 'said', role='Premier'),
    s('the Westmarch Medical Association', 'the Westmarch Medical Association', 'rural patients wait 70% longer for joint replacements than patients in Lyndale', 'estimated'),
    s('the Westmarch Health Quality Council', 'The Westmarch Health Quality Council', '41% of rural patients waited longer than the provincial target for their first consultation with a surgeon', 'reported'),
    s('the Association of Rural Municipalities', 'the Association of Rural Municipalities', 'the cost of travelling to Lyndale for pre-operative visits was the main reason patients gave up their place on a list', 'said'),
    s('Amir Haddadi-Kerr', 'Dr. Amir Haddadi-Kerr', '"Rural hospitals have the rooms.|Today we are fixing both."', '', 'direct', role='Minister of Health'),
    s('Yusuf Lindqvist-Ade', 'Yusuf Lindqvist-Ade', '"Half of the anesthesia assistants will be trained|will pay no tuition."', '', 'direct', role='Minister of Advanced Education'),
    s('Brenda Castellano-Moyo', 'Brenda Castellano-Moyo', '"Surgeons who travel north|easy to say yes."', '', 'direct', role='Minister of Rural Affairs'),
    s('Norman Ashkewe-Tall', 'Grand Chief Norman Ashkewe-Tall', '"Northern families have been asking for this for a decade.|to its timelines."', '', 'direct', role='Grand Chief'),
    s("Tamsin O'Reilly-Baptiste", "Tamsin O'Reilly-Baptiste", '"Our members are ready to staff these rooms.|the need for evening shifts."', '', 'direct', role="President, Westmarch Nurses' Union"),
)
