"""Set Z's six government texts (see build_z.py)."""
from invented_common import doc_spans as doc, s

FM_D = 'Katarina Wrenfield-Adomako'
FM_L = 'Matthias Oberhollenzer-Tsegaye'
FM_PAIR = FM_D + ' and ' + FM_L
R_FM_D = 'Minister of Foreign Affairs and International Trade of the Republic of Drevany'
R_FM_L = 'Minister for Foreign and European Affairs of the Kingdom of Lusmark'

doc('z06-drevany-foreign-ministry-lusmark-minister-talks', 'Ministry of Foreign Affairs and International Trade of the Republic of Drevany', '2030-02-12', '''
Katarina Wrenfield-Adomako holds talks with the Foreign Minister of Lusmark

On 12 February 2030, the Minister of Foreign Affairs and International Trade of the Republic of Drevany, Katarina Wrenfield-Adomako, held talks in Kerrowen with the Minister for Foreign and European Affairs of the Kingdom of Lusmark, Matthias Oberhollenzer-Tsegaye, who is in Drevany on a two-day official visit.

Opening the talks, the head of Drevanian diplomacy noted that this was the first visit of a Lusmark foreign minister to Kerrowen in eleven years. She said that the political dialogue between the two countries should now be matched by closer economic ties.

The sides reviewed the state of bilateral relations and the implementation of the agreements reached during the visit of the Prime Minister of Drevany to Lusmark in 2028.

Minister Wrenfield-Adomako stressed that Drevany regards Lusmark as a key partner in the Northern Sea region and proposed to resume the meetings of the intergovernmental commission on trade, suspended since 2026.

The guest supported the proposal and said that Lusmark was ready to host the commission's next session in the autumn.

The Lusmarkian Minister informed his counterpart about the priorities of the new coalition government in Lusmark.

Considerable attention was paid to trade and investment. The Drevanian Minister identified the following areas as the most promising for cooperation:
• offshore wind energy and the production of green hydrogen;
• modernisation of the ports of Ardel and Marrow Point;
• joint research in marine biology and fisheries management.

Matthias Oberhollenzer-Tsegaye expressed Lusmark's particular interest in the first of these areas. According to him, two Lusmarkian energy companies have already applied for exploration licences in Drevany's territorial waters.

The interlocutors also discussed the situation in the Northern Sea. Both ministers voiced concern about the growing number of incidents involving unregistered fishing vessels and agreed that the coast guards of the two countries should exchange information in real time.

The Drevanian side condemned the seizure of the research vessel "Aurelia" by unidentified armed men in the Strait of Kell on 3 February and called for the immediate release of its eight crew members. The guest assured his host that Lusmark shared this position and would raise the issue at the next meeting of the Northern Sea Council.

The Lusmarkian side expressed gratitude for the assistance of Drevanian rescuers during the floods in southern Lusmark last spring.

Matthias Oberhollenzer-Tsegaye also briefed the Drevanian side on Lusmark's plans to open a consulate general in Ardel. The head of Drevanian diplomacy welcomed this step, noting that more than 6,000 Lusmarkian citizens live in the Ardel region.

Following the talks, the ministers signed a memorandum on consular cooperation and a programme of consultations between the two foreign ministries for 2030-2032.

At a joint press conference, the Lusmarkian Minister said: "We came to Kerrowen to make up for lost time. Eleven years without a visit is too long for neighbours who share a sea."

Katarina Wrenfield-Adomako thanked her colleague for the substantive conversation and accepted an invitation to pay a return visit to Lusmark in 2031.

Tags: Lusmark, Northern Sea, bilateral relations
''',
    s(FM_D, 'the head of Drevanian diplomacy', 'this was the first visit of a Lusmark foreign minister to Kerrowen in eleven years', 'noted', role=R_FM_D),
    s(FM_D, 'She', 'the political dialogue between the two countries should now be matched by closer economic ties', 'said', role=R_FM_D),
    s(FM_D, 'Minister Wrenfield-Adomako', 'Drevany regards Lusmark as a key partner in the Northern Sea region', 'stressed', role=R_FM_D),
    s(FM_D, 'Minister Wrenfield-Adomako', 'to resume the meetings of the intergovernmental commission on trade, suspended since 2026', 'proposed', role=R_FM_D),
    s(FM_L, 'The guest', 'the proposal', 'supported', role=R_FM_L),
    s(FM_L, 'The guest', "Lusmark was ready to host the commission's next session in the autumn", 'said', role=R_FM_L),
    s(FM_D, 'The Drevanian Minister', 'offshore wind energy and the production of green hydrogen;', 'identified', role=R_FM_D),
    s(FM_D, 'The Drevanian Minister', 'modernisation of the ports of Ardel and Marrow Point;', 'identified', role=R_FM_D),
    s(FM_D, 'The Drevanian Minister', 'joint research in marine biology and fisheries management.', 'identified', role=R_FM_D),
    s(FM_L, FM_L, "Lusmark's particular interest in the first of these areas", 'expressed', role=R_FM_L),
    s(FM_L, 'him', "two Lusmarkian energy companies have already applied for exploration licences in Drevany's territorial waters", 'According to', role=R_FM_L),
    s(FM_PAIR, 'Both ministers', 'concern about the growing number of incidents involving unregistered fishing vessels', 'voiced'),
    s(FM_PAIR, 'Both ministers', 'the coast guards of the two countries should exchange information in real time', 'agreed'),
    s(FM_D, 'The Drevanian side', 'the seizure of the research vessel "Aurelia" by unidentified armed men in the Strait of Kell on 3 February', 'condemned', role=R_FM_D),
    s(FM_D, 'The Drevanian side', 'the immediate release of its eight crew members', 'called for', role=R_FM_D),
    s(FM_L, 'The guest', 'Lusmark shared this position and would raise the issue at the next meeting of the Northern Sea Council', 'assured', role=R_FM_L),
    s(FM_D, 'The head of Drevanian diplomacy', 'this step', 'welcomed', role=R_FM_D),
    s(FM_D, 'The head of Drevanian diplomacy', 'more than 6,000 Lusmarkian citizens live in the Ardel region', 'noting', role=R_FM_D),
    s(FM_L, 'the Lusmarkian Minister', '"We came to Kerrowen to make up for lost time. Eleven years without a visit is too long for neighbours who share a sea."', 'said', 'direct', role=R_FM_L),
)

PR_O = 'Evander Castellane-Boadu'
PR_K = 'Sigrun Haldorsen-Mwangi'
PR_PAIR = PR_O + ' and ' + PR_K
ST_OK = 'Orvenna and Kalmendia'
R_PR_O = 'President of the Republic of Orvenna'
R_PR_K = 'President of the Federal Republic of Kalmendia'

doc('z07-orvenna-kalmendia-joint-statement-presidents', 'Office of the President of the Republic of Orvenna', '2030-05-28', '''
Joint Statement of the President of the Republic of Orvenna and the President of the Federal Republic of Kalmendia on Strategic Partnership

Lissarde, 28 May 2030

At the invitation of the President of the Republic of Orvenna, Evander Castellane-Boadu, the President of the Federal Republic of Kalmendia, Sigrun Haldorsen-Mwangi, paid a state visit to Orvenna on 27-28 May 2030. The Presidents held talks in restricted and extended formats and adopted the following Joint Statement. The talks took place in a friendly and constructive atmosphere.

1. The Heads of State noted that the thirtieth anniversary of diplomatic relations between Orvenna and Kalmendia, to be celebrated in 2031, is an opportunity to raise the relationship to the level of a strategic partnership, and declared their intention to do so.

2. The two countries reaffirmed their commitment to the peaceful settlement of disputes, the inviolability of borders and the principles of the Charter of the United Nations.

3. The Presidents welcomed the growth of mutual trade, which reached 3.1 billion euros in 2029, and instructed their governments to prepare by the end of 2030 a roadmap for raising it to 5 billion euros by 2035.

4. The Kalmendian side briefed the Orvennan side on the progress of its national programme for the electrification of railways.

5. The Orvennan side expressed its readiness to take part in the construction of the high-speed line between Halm and the Orvennan border, and stated that Orvennan banks were prepared to co-finance the project.

6. The Parties agreed to cooperate in the following areas:
(a) energy security, including interconnection of the two electricity grids;
(b) the joint development of critical mineral deposits in the Tarrow Hills;
(c) higher education, through joint degree programmes and mutual recognition of diplomas;
(d) the fight against cross-border crime and trafficking in human beings.

7. It was noted that the visa-free regime introduced in 2027 had contributed to a threefold increase in tourist flows.

8. The Presidents condemned all forms of terrorism and expressed their support for the efforts of the United Nations to strengthen the international counter-terrorism framework.

9. The Kalmendian side thanked the Orvennan side for its assistance in extinguishing the forest fires in the province of Vell in the summer of 2029.

10. The Parties underlined the importance of the Northern Corridor Initiative and called on the other states of the region to join the coordination council set up under it.

11. The two leaders agreed that the next round of political consultations between the foreign ministries will be held in Halm in the first quarter of 2031.

12. The Presidents expressed their conviction that the strategic partnership will serve the interests of the peoples of both countries and strengthen stability in the region.

13. The President of the Federal Republic of Kalmendia invited the President of the Republic of Orvenna to pay a state visit to Kalmendia in 2031. The invitation was accepted with gratitude.

President of the Republic of Orvenna
Evander Castellane-Boadu

President of the Federal Republic of Kalmendia
Sigrun Haldorsen-Mwangi
''',
    s(PR_PAIR, 'The Heads of State', 'the thirtieth anniversary of diplomatic relations between Orvenna and Kalmendia, to be celebrated in 2031, is an opportunity to raise the relationship to the level of a strategic partnership', 'noted'),
    s(PR_PAIR, 'The Heads of State', 'their intention to do so', 'declared'),
    s(ST_OK, 'The two countries', 'their commitment to the peaceful settlement of disputes, the inviolability of borders and the principles of the Charter of the United Nations', 'reaffirmed'),
    s(PR_PAIR, 'The Presidents', 'the growth of mutual trade, which reached 3.1 billion euros in 2029', 'welcomed'),
    s(PR_PAIR, 'The Presidents', 'their governments to prepare by the end of 2030 a roadmap for raising it to 5 billion euros by 2035', 'instructed'),
    s(PR_O, 'The Orvennan side', 'its readiness to take part in the construction of the high-speed line between Halm and the Orvennan border', 'expressed', role=R_PR_O),
    s(PR_O, 'The Orvennan side', 'Orvennan banks were prepared to co-finance the project', 'stated', role=R_PR_O),
    s(PR_PAIR, 'The Parties', 'energy security, including interconnection of the two electricity grids;', 'agreed'),
    s(PR_PAIR, 'The Parties', 'the joint development of critical mineral deposits in the Tarrow Hills;', 'agreed'),
    s(PR_PAIR, 'The Parties', 'higher education, through joint degree programmes and mutual recognition of diplomas;', 'agreed'),
    s(PR_PAIR, 'The Parties', 'the fight against cross-border crime and trafficking in human beings.', 'agreed'),
    s(PR_PAIR, 'The Presidents', 'all forms of terrorism', 'condemned'),
    s(PR_PAIR, 'The Presidents', 'their support for the efforts of the United Nations to strengthen the international counter-terrorism framework', 'expressed'),
    s(PR_PAIR, 'The Parties', 'the importance of the Northern Corridor Initiative', 'underlined'),
    s(PR_PAIR, 'The Parties', 'the other states of the region to join the coordination council set up under it', 'called on'),
    s(PR_PAIR, 'The Presidents', 'their conviction that the strategic partnership will serve the interests of the peoples of both countries and strengthen stability in the region', 'expressed'),
    s(PR_PAIR, 'The two leaders', 'the next round of political consultations between the foreign ministries will be held in Halm in the first quarter of 2031', 'agreed'),
)

SPK = 'Henrietta Kowalczyk-Mbatha'
R_SPK = 'Government Spokesperson'
WMIN = 'Tobias Aldana-Frimpong'
R_WMIN = 'Minister of Water Resources and Irrigation'

doc('z08-orvenna-government-briefing-drought-package', 'Government of the Republic of Orvenna', '2030-08-04', '''
Government of the Republic of Orvenna
Press Office

TRANSCRIPT
Press briefing by Government Spokesperson Henrietta Kowalczyk-Mbatha and the Minister of Water Resources and Irrigation, Tobias Aldana-Frimpong

Government House, Lissarde
4 August 2030, 12:30

MS KOWALCZYK-MBATHA: Good afternoon, everyone. The Cabinet this morning approved an emergency package of 420 million orvens for the eleven districts hit hardest by the drought, the largest package of its kind since 2019. The Minister of Water Resources and Irrigation is here to explain how it will work.

MINISTER ALDANA-FRIMPONG: Thank you, Henrietta. The package has three parts. First, 190 million will go to water delivery: from tomorrow, tanker trucks will supply every village where the wells have run dry, and the army has put 60 of its own tankers at our disposal.

Second, farmers who have lost more than 40 percent of their harvest will receive direct compensation per hectare. Applications open on 15 August and can be made online or at any district office.

Third, we are bringing forward by two years the construction of the Morrow Valley reservoir. Tenders will be announced in September.

Q (Radio Orvenna, Petra Lindgaard): Minister, farmers' unions say the compensation is too low to cover what they have lost. They also say the wells in Bessac dried up in June. Why did it take the government until August?

MINISTER ALDANA-FRIMPONG: I understand the anger. But we did not wait: tankers have been running in Bessac since the first week of July, paid from the reserve fund. What the Cabinet approved today is the money for the whole season, not the first response.

As for the amount, it was calculated with the farmers' unions, not against them. The Federation of Grain Growers told us last week that the rate per hectare was acceptable.

Q (Lissarde Daily, Rafael Ostrowski-Dlamini): Is there a risk that drinking water will be rationed in the capital?

MINISTER ALDANA-FRIMPONG: No. The capital's reservoirs are at 71 percent, which is below normal for August but well above the level at which restrictions would start. I would ask people not to buy up bottled water. There is no need for it.

MS KOWALCZYK-MBATHA: Thank you, Minister. Let us move to other subjects.

Q (Kalmendian state television, Jonas Eberhardt-Quartey): The Kalmendian transport minister said on Monday that the Halm bridge would be closed to trucks for repairs from September. Was Orvenna consulted?

MS KOWALCZYK-MBATHA: We were informed, not consulted, and we have asked our Kalmendian colleagues to phase the works so that at least one lane stays open. The two transport ministers will speak by phone this week. I do not expect the bridge to be closed completely.

Q (Radio Orvenna, Petra Lindgaard): A follow-up on the drought. The opposition claims the reservoir project was frozen last year to balance the budget. Is that correct?

MS KOWALCZYK-MBATHA: The project was not frozen; its financing was spread over a longer period. Today the Government has decided to bring it forward, and that is what counts for the people in Morrow Valley.

MS KOWALCZYK-MBATHA: Thank you all. The next briefing will be on Thursday at the usual time.

END 13:05
''',
    s(SPK, 'MS KOWALCZYK-MBATHA', 'Good afternoon, everyone.|since 2019.', '', role=R_SPK),
    s(WMIN, 'MINISTER ALDANA-FRIMPONG', 'The package has three parts.|Tenders will be announced in September.', '', role=R_WMIN),
    s("farmers' unions", "farmers' unions", 'the compensation is too low to cover what they have lost', 'say'),
    s("farmers' unions", 'They', 'the wells in Bessac dried up in June', 'say'),
    s(WMIN, 'MINISTER ALDANA-FRIMPONG', 'I understand the anger.|the rate per hectare was acceptable.', '', role=R_WMIN),
    s('The Federation of Grain Growers', 'The Federation of Grain Growers', 'the rate per hectare was acceptable', 'told', nested=True, via=WMIN),
    s(WMIN, 'MINISTER ALDANA-FRIMPONG', "No. The capital's reservoirs|There is no need for it.", '', role=R_WMIN),
    s('The Kalmendian transport minister', 'The Kalmendian transport minister', 'the Halm bridge would be closed to trucks for repairs from September', 'said', role='Kalmendian transport minister'),
    s(SPK, 'MS KOWALCZYK-MBATHA', 'We were informed, not consulted,|I do not expect the bridge to be closed completely.', '', role=R_SPK),
    s('The opposition', 'The opposition', 'the reservoir project was frozen last year to balance the budget', 'claims'),
    s(SPK, 'MS KOWALCZYK-MBATHA', 'The project was not frozen;|for the people in Morrow Valley.', '', role=R_SPK),
)

GOVR = 'Leontyna Brzezinska-Ofori'
R_GOVR = 'Governor of the Kessel Region'
MAYR = 'Bartholomew Ingersoll-Tamakloe'
R_MAYR = 'Mayor of Harrowby'

doc('z09-kessel-governor-meeting-harrowby-mayor', 'Administration of the Governor of the Kessel Region', '2030-11-19', '''
Working meeting with the Mayor of Harrowby

Governor of the Kessel Region Leontyna Brzezinska-Ofori held a working meeting with the Mayor of Harrowby, Bartholomew Ingersoll-Tamakloe. The discussion focused on preparations for the heating season, the repair of the city's bridges and the situation at the Harrowby bus depot. Harrowby, with a population of about 96,000, is the second-largest city of the region.

Leontyna Brzezinska-Ofori: Bartholomew, good morning. Winter is three weeks away, and I keep receiving letters from Harrowby about cold flats. Where are you with the boiler houses?

Bartholomew Ingersoll-Tamakloe: Good morning, Governor. Of the city's 47 boiler houses, 44 are ready and have passed inspection. Gas supply contracts for the whole season have been signed, and the coal reserve for the two coal-fired boiler houses stands at 110 percent of the norm. The remaining three are in the Old Mill district; new burners for them arrived only last week, and the contractor has promised to finish the installation by 1 December.

Leontyna Brzezinska-Ofori: "Has promised." I have heard that word before. What happens to the people in Old Mill if the contractor is late?

Bartholomew Ingersoll-Tamakloe: We have a backup. Two mobile boiler units have been rented from the regional emergency service and are already on site. Nobody in Old Mill will be left without heat, I guarantee that personally.

Leontyna Brzezinska-Ofori: Now the bridges.

Bartholomew Ingersoll-Tamakloe: The Station Bridge is the most urgent. The engineers who inspected it in October found corrosion in two of the supports and recommended closing it to heavy vehicles, which we did on 2 November. The repair will cost about 85 million, and the city can cover only a third of that.

Leontyna Brzezinska-Ofori: The regional road fund will take on the rest. I am instructing the Minister of Transport and Roads to include the Station Bridge in next year's programme. But the design must be ready by March, otherwise the money will go to other towns.

Bartholomew Ingersoll-Tamakloe: It will be ready. The design institute has told us it needs ten weeks.

Leontyna Brzezinska-Ofori: Last winter the city was paralysed for three days after the January storm. What has been done since then?

Bartholomew Ingersoll-Tamakloe: We have drawn conclusions. The city has bought eight new snowploughs, and we have signed contracts with private companies for another twenty machines on standby. The snow dump sites have been expanded. A storm like last January's will be cleared within 24 hours.

Leontyna Brzezinska-Ofori: Twenty-four hours. Residents will remember that figure, and so will I.

Leontyna Brzezinska-Ofori: And the bus depot? The drivers' trade union wrote to me that they have not been paid for October.

Bartholomew Ingersoll-Tamakloe: That is true, and I take responsibility for it. The depot's accounts were frozen because of a tax dispute. The dispute was settled on Friday, and the wages will be paid this week, with interest for the delay.

Leontyna Brzezinska-Ofori: Good. People should not pay for disputes between offices. Report to me personally on Monday that the money has reached the drivers.
''',
    s(GOVR, 'Leontyna Brzezinska-Ofori', 'good morning. Winter is three weeks away, and I keep receiving letters from Harrowby about cold flats.', '', role=R_GOVR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'Good morning, Governor. Of the city\'s 47 boiler houses|by 1 December.', '', role=R_MAYR),
    s('the contractor', 'the contractor', 'to finish the installation by 1 December', 'has promised', nested=True, via=MAYR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', '"Has promised." I have heard that word before.', '', 'mixed', role=R_GOVR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'We have a backup.|I guarantee that personally.', '', role=R_MAYR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'The Station Bridge is the most urgent.|only a third of that.', '', role=R_MAYR),
    s('The engineers who inspected it in October', 'The engineers who inspected it in October', 'corrosion in two of the supports', 'found', nested=True, via=MAYR),
    s('The engineers who inspected it in October', 'The engineers who inspected it in October', 'closing it to heavy vehicles', 'recommended', nested=True, via=MAYR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', 'The regional road fund will take on the rest.|otherwise the money will go to other towns.', '', role=R_GOVR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'It will be ready. The design institute has told us it needs ten weeks.', '', role=R_MAYR),
    s('The design institute', 'The design institute', 'it needs ten weeks', 'has told', nested=True, via=MAYR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', 'Last winter the city was paralysed for three days after the January storm.', '', role=R_GOVR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'We have drawn conclusions.|cleared within 24 hours.', '', role=R_MAYR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', 'Twenty-four hours. Residents will remember that figure, and so will I.', '', role=R_GOVR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', "The drivers' trade union wrote to me that they have not been paid for October.", '', role=R_GOVR),
    s("The drivers' trade union", "The drivers' trade union", 'they have not been paid for October', 'wrote', nested=True, via=GOVR),
    s(MAYR, 'Bartholomew Ingersoll-Tamakloe', 'That is true, and I take responsibility for it.|with interest for the delay.', '', role=R_MAYR),
    s(GOVR, 'Leontyna Brzezinska-Ofori', 'People should not pay for disputes between offices.|has reached the drivers.', '', role=R_GOVR),
)

EDU = 'Cornelius Ravensworth-Agyei'
R_EDU = 'Minister of Education, Science and Youth'
DEPE = 'Elspeth Marlowe-Kuffour'

doc('z10-drevany-education-ministry-school-meals-page', 'Ministry of Education, Science and Youth of the Republic of Drevany', '2030-01-21', '''
Skip to main content
REPUBLIC OF DREVANY
Ministry of Education, Science and Youth
Home | The Ministry | Schools | Higher Education | Youth | Press Centre | Contacts
EN | DRV  Search
This site uses cookies. By continuing to browse, you agree to our use of cookies. OK

Home > Press Centre > News

Free hot lunches for all primary pupils from September

21 January 2030 | 10:42 | Views: 3 218

All pupils in the first to fourth grades of state schools in Drevany will receive a free hot lunch every school day from 1 September 2030, the Minister of Education, Science and Youth, Cornelius Ravensworth-Agyei, told a press conference in Kerrowen on Tuesday.

At present, free lunches are given only to children from low-income families, about 38,000 pupils. The new scheme will cover some 164,000 children.

"A child who is hungry at eleven o'clock does not learn fractions. It is that simple," the Minister said.

The head of the ministry listed the main changes:
- the lunch must include a hot main course, vegetables and fruit, and may not include sweetened drinks;
- menus will be approved by the regional public health offices;
- schools without their own kitchens will receive lunches from neighbouring schools or licensed caterers.

According to the ministry, the scheme will cost 46 million dracs a year and will be financed from the state budget, without any contribution from municipalities.

The Minister also said that school principals would be able to choose between cooking on site and ordering from caterers, and that the ministry would publish model menus for both.

Deputy Minister Elspeth Marlowe-Kuffour explained that 212 schools, mostly in villages, do not have a kitchen, and that 70 of them will have one built by the end of 2031. She added that the ministry would publish the list of these schools in February.

The Union of Education Workers of Drevany welcomed the initiative but warned that many school canteens had too few staff. The union's chairman, Fergus Adeyemi-Lachance, said that a cook in a rural school earns less than the minimum wage once travel costs are deducted. "Free lunches are good news. Free lunches cooked by nobody are not," he said.

The Association of Parents' Councils called the decision "long overdue" and asked the ministry to extend the scheme to fifth and sixth grades in the future.

Cornelius Ravensworth-Agyei said he was open to that proposal but that the first year would show what the scheme really costs.

Share:  Facebook  |  X  |  Telegram  |  Print version

Tags: school meals, primary education, state budget

Related materials

Deputy Minister Elspeth Marlowe-Kuffour: school transport timetables to be adjusted to the new lunch break
Enrolment in first grade opens on 1 April, ministry reminds parents
Results of the national reading test for fourth grade published

Most read
Winter holidays: dates for the 2030/2031 school year
Olympiad in chemistry: Kerrowen team wins three gold medals

© 2030 Ministry of Education, Science and Youth of the Republic of Drevany. All rights reserved.
Address: 14 Scholars' Square, Kerrowen | Hotline: 1550
''',
    s(EDU, 'the Minister of Education, Science and Youth, Cornelius Ravensworth-Agyei', 'All pupils in the first to fourth grades of state schools in Drevany will receive a free hot lunch every school day from 1 September 2030', 'told', role=R_EDU),
    s(EDU, 'the Minister', '"A child who is hungry at eleven o\'clock does not learn fractions. It is that simple,"', 'said', 'direct', role=R_EDU),
    s(EDU, 'The head of the ministry', 'the lunch must include a hot main course, vegetables and fruit, and may not include sweetened drinks;', 'listed', role=R_EDU),
    s(EDU, 'The head of the ministry', 'menus will be approved by the regional public health offices;', 'listed', role=R_EDU),
    s(EDU, 'The head of the ministry', 'schools without their own kitchens will receive lunches from neighbouring schools or licensed caterers.', 'listed', role=R_EDU),
    s('Ministry of Education, Science and Youth of the Republic of Drevany', 'the ministry', 'the scheme will cost 46 million dracs a year and will be financed from the state budget, without any contribution from municipalities', 'According to'),
    s(EDU, 'The Minister', 'school principals would be able to choose between cooking on site and ordering from caterers, and that the ministry would publish model menus for both', 'said', role=R_EDU),
    s(DEPE, 'Deputy Minister Elspeth Marlowe-Kuffour', '212 schools, mostly in villages, do not have a kitchen, and that 70 of them will have one built by the end of 2031', 'explained', role='Deputy Minister'),
    s(DEPE, 'She', 'the ministry would publish the list of these schools in February', 'added', role='Deputy Minister'),
    s('The Union of Education Workers of Drevany', 'The Union of Education Workers of Drevany', 'the initiative', 'welcomed'),
    s('The Union of Education Workers of Drevany', 'The Union of Education Workers of Drevany', 'many school canteens had too few staff', 'warned'),
    s('Fergus Adeyemi-Lachance', "The union's chairman, Fergus Adeyemi-Lachance", 'a cook in a rural school earns less than the minimum wage once travel costs are deducted', 'said', role='chairman'),
    s('Fergus Adeyemi-Lachance', 'he', '"Free lunches are good news. Free lunches cooked by nobody are not,"', 'said', 'direct', role='chairman'),
    s("The Association of Parents' Councils", "The Association of Parents' Councils", 'the decision "long overdue"', 'called', 'mixed'),
    s("The Association of Parents' Councils", "The Association of Parents' Councils", 'the ministry to extend the scheme to fifth and sixth grades in the future', 'asked'),
    s(EDU, EDU, 'he was open to that proposal but that the first year would show what the scheme really costs', 'said', role=R_EDU),
    s(DEPE, 'Deputy Minister Elspeth Marlowe-Kuffour', 'school transport timetables to be adjusted to the new lunch break', '', role='Deputy Minister', region='related'),
    s('ministry', 'ministry', 'Enrolment in first grade opens on 1 April', 'reminds', region='related'),
)

DGOV = 'Radomir Saltonstall-Osei'
R_DGOV = 'First Deputy Governor of the Amberly Province for Economy and Investment'
HEAD = 'Agnieszka Thornbury-Nkansah'
R_HEAD = 'head of the Vesna district administration'

doc('z11-amberly-deputy-governor-working-trip-vesna-district', 'Government of the Amberly Province', '2030-07-09', '''
Radomir Saltonstall-Osei works in Vesna district

First Deputy Governor of the Amberly Province for Economy and Investment Radomir Saltonstall-Osei made a working trip to Vesna district on 9 July. The district is home to about 23,000 people, a third of whom work in agriculture. He was accompanied by the Provincial Minister of Agriculture and Rural Development, Wilhelmina Okoro-Pettersen, and the Provincial Minister of Industry, Trade and Energy, Dmitri Ashworth-Tetteh.

The programme began at the Vesna Dairy Plant, which is completing a new line for the production of hard cheeses. The plant's general director, Konstantin Fairbairn-Appiah, reported that the line would reach its full capacity of 12 tonnes a day in October and create 85 jobs. According to him, the plant has signed supply contracts with two retail chains and is negotiating its first exports.

Radomir Saltonstall-Osei noted that the project had received a provincial investment grant of 140 million and said that the region expected similar projects to follow. "Vesna has the milk, the land and the people. What it lacked was processing, and that is changing," the First Deputy Governor said.

At the plant, the head of the Vesna district administration, Agnieszka Thornbury-Nkansah, drew attention to the condition of the district road to the village of Kettle Ford, along which milk trucks travel every day. She said that the road had not been repaired since 2011 and that in spring it becomes impassable for heavy vehicles.

The First Deputy Governor instructed the Provincial Minister of Industry, Trade and Energy to work out, together with the Ministry of Transport, the inclusion of the Kettle Ford road in the 2031 repair programme.

The delegation then visited the Green Meadow farm cooperative. Its chairwoman, Hanna Sobczak-Amponsah, told the guests that the cooperative's 14 members had raised their herd from 300 to 520 cows in three years thanks to preferential loans. The cooperative now plans to build a feed storage facility, but the bank requires collateral that small farmers cannot provide.

Wilhelmina Okoro-Pettersen said that from August the provincial guarantee fund would cover up to 70 percent of such loans for cooperatives. She also announced a second round of grants for young farmers, with applications accepted until 30 September.

At the cooperative, Dmitri Ashworth-Tetteh said that his ministry was preparing a programme to connect the district's farms to the gas network and that the first 12 kilometres of pipeline would be laid next year.

In the village of Kettle Ford, Radomir Saltonstall-Osei met with residents. People asked about the closure of the local bank branch and the schedule of the bus to the district centre. The First Deputy Governor promised that a mobile banking office would visit the village twice a week from September.

Summing up the trip, Radomir Saltonstall-Osei stated:
1. The district has good prospects for agricultural processing, and the province will continue to support investors.
2. The repair of the Kettle Ford road is a priority for next year.
3. Every village in the district must keep access to basic banking and postal services.

Photo: press service of the Government of the Amberly Province
''',
    s('Konstantin Fairbairn-Appiah', "The plant's general director, Konstantin Fairbairn-Appiah", 'the line would reach its full capacity of 12 tonnes a day in October and create 85 jobs', 'reported', role='general director'),
    s('Konstantin Fairbairn-Appiah', 'him', 'the plant has signed supply contracts with two retail chains and is negotiating its first exports', 'According to', role='general director'),
    s(DGOV, DGOV, 'the project had received a provincial investment grant of 140 million', 'noted', role=R_DGOV),
    s(DGOV, DGOV, 'the region expected similar projects to follow', 'said', role=R_DGOV),
    s(DGOV, 'the First Deputy Governor', '"Vesna has the milk, the land and the people. What it lacked was processing, and that is changing,"', 'said', 'direct', role=R_DGOV),
    s(HEAD, 'the head of the Vesna district administration, Agnieszka Thornbury-Nkansah', 'the condition of the district road to the village of Kettle Ford, along which milk trucks travel every day', 'drew attention to', role=R_HEAD),
    s(HEAD, 'She', 'the road had not been repaired since 2011 and that in spring it becomes impassable for heavy vehicles', 'said', role=R_HEAD),
    s(DGOV, 'The First Deputy Governor', 'the Provincial Minister of Industry, Trade and Energy to work out, together with the Ministry of Transport, the inclusion of the Kettle Ford road in the 2031 repair programme', 'instructed', role=R_DGOV),
    s('Hanna Sobczak-Amponsah', 'Its chairwoman, Hanna Sobczak-Amponsah', "the cooperative's 14 members had raised their herd from 300 to 520 cows in three years thanks to preferential loans", 'told', role='chairwoman'),
    s('Wilhelmina Okoro-Pettersen', 'Wilhelmina Okoro-Pettersen', 'from August the provincial guarantee fund would cover up to 70 percent of such loans for cooperatives', 'said', role='Provincial Minister of Agriculture and Rural Development'),
    s('Wilhelmina Okoro-Pettersen', 'She', 'a second round of grants for young farmers, with applications accepted until 30 September', 'announced', role='Provincial Minister of Agriculture and Rural Development'),
    s('Dmitri Ashworth-Tetteh', 'Dmitri Ashworth-Tetteh', "his ministry was preparing a programme to connect the district's farms to the gas network and that the first 12 kilometres of pipeline would be laid next year", 'said', role='Provincial Minister of Industry, Trade and Energy'),
    s(DGOV, 'The First Deputy Governor', 'a mobile banking office would visit the village twice a week from September', 'promised', role=R_DGOV),
    s(DGOV, DGOV, 'The district has good prospects for agricultural processing, and the province will continue to support investors.', 'stated', role=R_DGOV),
    s(DGOV, DGOV, 'The repair of the Kettle Ford road is a priority for next year.', 'stated', role=R_DGOV),
    s(DGOV, DGOV, 'Every village in the district must keep access to basic banking and postal services.', 'stated', role=R_DGOV),
)
