"""Set AN's six government texts (see build_an.py)."""
from invented_common import doc_spans as doc, s

MELN = 'Arkadiy Melnis'
AURI = 'Benedetta Aurisi'
PAIR = 'Arkadiy Melnis and Benedetta Aurisi'
MARK = 'Ilona Markevich'

doc('an06-gov-sarvenia-president-phone-call-tolvara', 'President of the Republic of Sarvenia', '2034-03-11', '''
Telephone conversation of the President of the Republic of Sarvenia Arkadiy Melnis with the President of the Republic of Tolvara Benedetta Aurisi

On 11 March 2034, the President of the Republic of Sarvenia Arkadiy Melnis held a telephone conversation with the President of the Republic of Tolvara Benedetta Aurisi. The conversation took place at the initiative of the Tolvaran side.

The Parties discussed the state and prospects of Sarvenian-Tolvaran relations, noting the steady growth of mutual trade, which exceeded 2.3 billion dollars in 2033, and the successful launch of the direct air link between Vesna and Portacala in January.

The President stressed that the completion of the Vesna-Portacala gas interconnector remained a priority for Sarvenia and that the Sarvenian side was ready to finance its share of the remaining works this year. He proposed holding the next meeting of the intergovernmental commission in Vesna in May.

Benedetta Aurisi confirmed Tolvara's interest in the project and informed her counterpart that the Tolvaran parliament would ratify the agreement on the mutual protection of investments before the summer recess.

Benedetta Aurisi also informed the President of Sarvenia about the measures her government was taking to stabilise the energy market after the winter, including the new contract for liquefied gas deliveries through the port of Salvento.

Considerable attention was paid to the situation in the Lower Dniva basin. The President of Sarvenia expressed concern over the continuing attacks on river shipping and called for the early resumption of the negotiations in Geneva. The President of Tolvara, for her part, noted that her country was prepared to host a round of the talks if the parties to the conflict requested it.

The Presidents also exchanged views on the preparations for the summit of the Riverine Forum in Portacala in October.

The interlocutors agreed that the foreign ministers of the two countries would stay in close contact on this issue.

Arkadiy Melnis stressed that Sarvenia valued Tolvara's balanced position and said that attempts by third countries to drive a wedge between the two states would not succeed.

Benedetta Aurisi, in turn, underlined that Tolvara would never allow its territory to be used against the interests of its neighbours.

Arkadiy Melnis congratulated Benedetta Aurisi on Tolvara's election to the United Nations Human Rights Council and wished the Tolvaran people peace and prosperity.

The Parties also touched upon cooperation in education. The Presidents welcomed the opening of the first joint university programme in engineering and agreed to double the number of state scholarships for students of the two countries from the 2034-2035 academic year.

The President of Tolvara accepted the invitation to pay an official visit to Sarvenia. The dates of the visit will be agreed through diplomatic channels.

Speaking to journalists after the call, Presidential Press Secretary Ilona Markevich said the conversation had lasted about fifty minutes and had been "warm and businesslike."

"The two presidents know each other well. This was a conversation between people who do not need an interpreter to understand each other's interests," she said.

Press Service of the President of the Republic of Sarvenia
''',
    s(PAIR, 'The Parties', 'the steady growth of mutual trade|between Vesna and Portacala in January', 'noting'),
    s(MELN, 'The President', 'the completion of the Vesna-Portacala gas interconnector|remaining works this year', 'stressed', role='President of the Republic of Sarvenia'),
    s(MELN, 'He', 'holding the next meeting of the intergovernmental commission in Vesna in May', 'proposed', role='President of the Republic of Sarvenia'),
    s(AURI, 'Benedetta Aurisi', "Tolvara's interest in the project", 'confirmed', role='President of the Republic of Tolvara'),
    s(AURI, 'Benedetta Aurisi', 'the Tolvaran parliament would ratify the agreement on the mutual protection of investments before the summer recess', 'informed', role='President of the Republic of Tolvara'),
    s(MELN, 'The President of Sarvenia', 'concern over the continuing attacks on river shipping', 'expressed', role='President of the Republic of Sarvenia'),
    s(MELN, 'The President of Sarvenia', 'the early resumption of the negotiations in Geneva', 'called for', role='President of the Republic of Sarvenia'),
    s(AURI, 'The President of Tolvara', 'her country was prepared to host a round of the talks if the parties to the conflict requested it', 'noted', role='President of the Republic of Tolvara'),
    s(PAIR, 'The interlocutors', 'the foreign ministers of the two countries would stay in close contact on this issue', 'agreed'),
    s(MELN, 'Arkadiy Melnis', "Sarvenia valued Tolvara's balanced position", 'stressed', role='President of the Republic of Sarvenia'),
    s(MELN, 'Arkadiy Melnis', 'attempts by third countries to drive a wedge between the two states would not succeed', 'said', role='President of the Republic of Sarvenia'),
    s(AURI, 'Benedetta Aurisi', 'Tolvara would never allow its territory to be used against the interests of its neighbours', 'underlined', role='President of the Republic of Tolvara'),
    s(PAIR, 'The Presidents', 'the opening of the first joint university programme in engineering', 'welcomed'),
    s(PAIR, 'The Presidents', 'to double the number of state scholarships|2034-2035 academic year', 'agreed'),
    s(MARK, 'Presidential Press Secretary Ilona Markevich', 'the conversation had lasted about fifty minutes and had been "warm and businesslike."', 'said', 'mixed', role='Presidential Press Secretary'),
    s(MARK, 'she', '"The two presidents know each other well.|understand each other\'s interests,"', 'said', 'direct', role='Presidential Press Secretary'),
)

MAGR = 'Ministry of Agriculture and Rural Development of the Republic of Vandoria'
HOLU = 'Katarina Holub'
R_HOLU = 'Minister of Agriculture and Rural Development'
SEDL = 'Milan Sedlar'
ORSA = 'Pavel Orsag'

doc('an07-gov-vandoria-agriculture-drought-measures', 'Ministry of Agriculture and Rural Development of the Republic of Vandoria', '2034-08-07', '''
Government approves emergency measures for farmers affected by the drought

The Ministry of Agriculture and Rural Development of the Republic of Vandoria has prepared, and the Government today approved, a package of emergency measures worth 1.8 billion korun to support agricultural producers in the regions hit by this summer's drought.

According to the Hydrometeorological Service, rainfall in the southern and eastern regions between April and July was less than 40 percent of the long-term average, and soil moisture in the Tisavar lowland fell to the lowest level recorded since measurements began in 1961. Preliminary estimates by the ministry put the loss of this year's grain harvest at up to 30 percent in the worst-affected districts.

The measures include:
- direct compensation of 4,500 korun per hectare for farms that have lost more than half of their harvest, to be paid by 15 October;
- a one-year deferral of repayments on loans from the State Agricultural Fund, without penalty interest;
- a subsidy for livestock farms covering 50 percent of the price of hay and silage bought from other regions;
- priority access to water from the Lesna and Kravin reservoirs for the irrigation of vegetables and orchards;
- a temporary ban on the export of feed barley until the end of the year.

Minister of Agriculture and Rural Development Katarina Holub said the package had been prepared together with the farmers' associations and the regional authorities.

"This is the worst drought our farmers have faced in a generation. We cannot bring back the rain, but we can make sure that no family farm goes under because of one bad year," the minister said. "The money will go directly to the producers' accounts, without intermediaries and without unnecessary paperwork."

Katarina Holub added that the ministry would watch fodder prices closely and would not hesitate to take further steps if it detected speculation.

Applications for compensation may be submitted from 1 September through the ministry's electronic portal or at the regional agricultural offices. Damage will be assessed by commissions made up of representatives of the ministry, the regional authority and the local farmers' association.

The head of the Union of Vandorian Farmers, Milan Sedlar, welcomed the package but said the compensation rate was too low for vegetable growers, whose costs per hectare are several times higher than those of grain farmers. The Union will present its own proposals to the ministry next week, he said.

The Governor of the Tisavar Region, Pavel Orsag, said that since the beginning of August drinking water had been brought by tanker to 23 villages in the region. He called on the Government to include rural water supply in the next package of measures.

The State Agricultural Fund confirmed that it had already suspended the collection of loan repayments in the affected districts.

The ministry reminds farmers that:
- information on the measures is available on the hotline 1522 on working days from 8:00 to 18:00;
- burning stubble and dry vegetation remains prohibited throughout the country until further notice.

Press Office of the Ministry of Agriculture and Rural Development
''',
    s('Hydrometeorological Service', 'the Hydrometeorological Service', 'rainfall in the southern and eastern regions|since measurements began in 1961', 'According to'),
    s(MAGR, 'Preliminary estimates by the ministry', "the loss of this year's grain harvest at up to 30 percent in the worst-affected districts", 'put'),
    s(HOLU, 'Minister of Agriculture and Rural Development Katarina Holub', "the package had been prepared together with the farmers' associations and the regional authorities", 'said', role=R_HOLU),
    s(HOLU, 'the minister', '"This is the worst drought our farmers have faced in a generation.|because of one bad year,"', 'said', 'direct', role=R_HOLU),
    s(HOLU, '', '"The money will go directly to the producers\' accounts, without intermediaries and without unnecessary paperwork."', '', 'direct', role=R_HOLU),
    s(HOLU, 'Katarina Holub', 'the ministry would watch fodder prices closely|if it detected speculation', 'added', role=R_HOLU),
    s(SEDL, 'The head of the Union of Vandorian Farmers, Milan Sedlar', 'the package', 'welcomed', role='head of the Union of Vandorian Farmers'),
    s(SEDL, 'The head of the Union of Vandorian Farmers, Milan Sedlar', 'the compensation rate was too low for vegetable growers|those of grain farmers', 'said', role='head of the Union of Vandorian Farmers'),
    s(SEDL, 'he', 'The Union will present its own proposals to the ministry next week', 'said', role='head of the Union of Vandorian Farmers'),
    s(ORSA, 'The Governor of the Tisavar Region, Pavel Orsag', 'since the beginning of August drinking water had been brought by tanker to 23 villages in the region', 'said', role='Governor of the Tisavar Region'),
    s(ORSA, 'He', 'the Government to include rural water supply in the next package of measures', 'called on', role='Governor of the Tisavar Region'),
    s('State Agricultural Fund', 'The State Agricultural Fund', 'it had already suspended the collection of loan repayments in the affected districts', 'confirmed'),
    s(MAGR, 'The ministry', 'information on the measures is available on the hotline 1522 on working days from 8:00 to 18:00;', 'reminds'),
    s(MAGR, 'The ministry', 'burning stubble and dry vegetation remains prohibited throughout the country until further notice.', 'reminds'),
)

RUSK = 'Teodora Rusk'

doc('an08-gov-merovia-mfa-answer-castland-dam', 'Ministry of Foreign Affairs of the Republic of Merovia', '2034-06-05', '''
Answer of the Spokesperson of the Ministry of Foreign Affairs of the Republic of Merovia, Teodora Rusk, to a media question concerning the construction of the Orsk dam on the Vela river

Question: On Tuesday the Minister of Energy of Castland, Bruno Hallett, said that construction of the Orsk hydroelectric dam on the Vela would begin this year regardless of the objections of the downstream countries. How does Merovia assess this statement?

Answer: We have taken note of the Castland minister's remarks with regret. They contradict the assurances that the Castland side gave us as recently as March, during the consultations of the joint river commission in Ravel, that no irreversible steps would be taken before the environmental assessment was completed.

The Vela is not a Castland river. It is a shared watercourse on which more than four million Merovians depend for drinking water, irrigation and fisheries. Under the 1997 Convention on Transboundary Watercourses, to which both our countries are parties, a state planning works of this scale is obliged to notify its neighbours in good time, to provide complete technical information and to consult them in good faith. Merovia has not received the full design documentation of the Orsk dam, despite three written requests.

Our specialists estimate that filling the reservoir could reduce the flow of the Vela at the border by up to a third for two to three years. For the farmers of the Merovian lowland, whose fields already suffered from the drought of last summer, this would be a serious blow. We are also concerned about the consequences for the river delta, which is protected as a wetland of international importance.

Merovia does not deny Castland's right to develop its energy sector. We understand the needs of our neighbours, and we are ready to discuss the joint use of the electricity the dam would produce, including purchases by Merovian companies. But such projects can only be carried out on the basis of agreement, not by presenting the neighbouring countries with a fait accompli.

We call on the Castland side to suspend preparations for construction until the environmental assessment has been completed and its results have been discussed in the joint river commission. We propose holding an extraordinary session of the commission in June, at the level of deputy ministers.

If our concerns are ignored, Merovia reserves the right to use all the mechanisms provided for by international law, including an appeal to the Convention's compliance committee. We would prefer not to reach that point. The river has connected our peoples for centuries, and it should continue to do so.

Question: Is Merovia considering recalling its ambassador from Castland for consultations?

Answer: No such decision has been taken. Our ambassador in Tarrow is working normally and remains in contact with the Castland Ministry of Foreign Affairs and the Ministry of Energy. We believe that at this stage the channels of dialogue should be used to the full, not closed. Decisions of that kind are taken by the leadership of the country, and I will not speculate about them.
''',
    s('Bruno Hallett', 'the Minister of Energy of Castland, Bruno Hallett', 'construction of the Orsk hydroelectric dam on the Vela would begin this year regardless of the objections of the downstream countries', 'said', role='Minister of Energy of Castland'),
    s(RUSK, '', "We have taken note of the Castland minister's remarks with regret.|and it should continue to do so.", '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s('Our specialists', 'Our specialists', 'filling the reservoir could reduce the flow of the Vela at the border by up to a third for two to three years', 'estimate', nested=True),
    s(RUSK, '', 'No such decision has been taken.|and I will not speculate about them.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
)

VOST = 'Helena Vostrikova'
FALK = 'Anders Falkenrud'
QUIR = 'Mateo Quirant'
TRIO = 'Helena Vostrikova, Anders Falkenrud and Mateo Quirant'
STATES = 'Lirania, Ostmark and Valdesia'

doc('an09-gov-joint-statement-three-ministers-kessel-strait', 'Ministry of Foreign Affairs of the Kingdom of Ostmark', '2034-04-22', '''
Joint Statement of the Foreign Ministers of Lirania, Ostmark and Valdesia on the situation in the Kessel Strait

Rovena, 22 April 2034

1. The Minister of Foreign Affairs of the Republic of Lirania, Helena Vostrikova, the Minister for Foreign Affairs of the Kingdom of Ostmark, Anders Falkenrud, and the Minister of Foreign Affairs of the Republic of Valdesia, Mateo Quirant, met in Rovena on 22 April 2034 to review the situation in and around the Kessel Strait.

2. The Ministers express their deep concern at the growing number of incidents involving commercial shipping in the Strait, including the harassment of tankers and the jamming of satellite navigation signals, which endanger the lives of seafarers and the safety of maritime traffic.

3. The Ministers reaffirm that freedom of navigation in the Kessel Strait, an international waterway, must be respected by all states in accordance with the United Nations Convention on the Law of the Sea.

4. The Ministers condemn the seizure of the tanker "Marit Solberg" on 9 April and call for the immediate release of the vessel and its crew of 23.

5. The three countries will establish a joint maritime information centre in Valdesia to exchange data on suspicious activity and to coordinate their responses to requests for assistance from merchant ships.

6. The Ministers welcome the initiative of the International Maritime Organization to convene a conference on the safety of shipping in the region and express their readiness to take part in it at the highest level.

7. The Ministers note with satisfaction that the number of reported jamming incidents near the Valdesian coast has fallen since the Valdesian coast guard opened new monitoring stations in January.

8. The Ministers agree to meet again in Ostmark in the autumn of 2034.

Remarks by Minister Anders Falkenrud after the signing of the Joint Statement

Thank you. Let me say a few words in addition to the statement we have just signed.

Ostmark is a small country with a very large merchant fleet. One in six ships that pass through the Kessel Strait carries our flag or belongs to an Ostmarkian owner. When a tanker is stopped, or when a captain suddenly finds that his satellite position is three kilometres away from where his ship really is, that is not an abstract question of international law for us. It is about our sailors and their families.

The statement we signed today is not directed against any country. It is directed against a practice. Whoever is behind the jamming should know that it is being recorded, by all three of us, and that the records will be shared with our partners and with the International Maritime Organization.

Some will say that three foreign ministers cannot keep a strait open. That is true. But three countries that share information, speak with one voice and bring the same evidence to every forum are much harder to ignore than three countries that complain separately.

I also want to thank my colleagues Helena and Mateo. Six months ago, very few people believed that the three of us would agree on a text like this. Today we did, in one afternoon.

Thank you.
''',
    s(TRIO, 'The Ministers', 'their deep concern at the growing number of incidents|the safety of maritime traffic', 'express'),
    s(TRIO, 'The Ministers', 'freedom of navigation in the Kessel Strait|the Law of the Sea', 'reaffirm'),
    s(TRIO, 'The Ministers', 'the seizure of the tanker "Marit Solberg" on 9 April', 'condemn'),
    s(TRIO, 'The Ministers', 'the immediate release of the vessel and its crew of 23', 'call for'),
    s(TRIO, 'The Ministers', 'the initiative of the International Maritime Organization to convene a conference on the safety of shipping in the region', 'welcome'),
    s(TRIO, 'The Ministers', 'their readiness to take part in it at the highest level', 'express'),
    s(TRIO, 'The Ministers', 'the number of reported jamming incidents near the Valdesian coast|new monitoring stations in January', 'note'),
    s(TRIO, 'The Ministers', 'to meet again in Ostmark in the autumn of 2034', 'agree'),
    s(FALK, 'Minister Anders Falkenrud', 'Let me say a few words in addition to the statement we have just signed.|Today we did, in one afternoon.', '', role='Minister for Foreign Affairs of the Kingdom of Ostmark'),
)

KOVA = 'Irena Kovalic'
BRDL = 'Viktor Brandl'
R_BRDL = 'Chairman of the Board of Norvik Steel'
LNDG = 'Marta Lindgren'
R_LNDG = 'President of the Chamber of Commerce'
REIN = 'Tomas Reiner'
R_REIN = 'Chief Executive of Baltica Logistics'

doc('an10-gov-prime-minister-meeting-business-leaders', 'Government of the Republic of Norvalia', '2034-09-16', '''
Prime Minister Irena Kovalic meets with business leaders

Prime Minister Irena Kovalic met at Government House with the heads of the country's largest companies and business associations to discuss the draft law on energy prices and the situation on the labour market.

Irena Kovalic: Good morning, colleagues. Thank you for coming at such short notice. I asked for this meeting because the energy price law goes to Parliament in two weeks, and I would rather hear your objections here than read them in the newspapers afterwards. The principle of the law is simple: companies that use a great deal of energy and invest in efficiency will pay a lower network tariff, and those that do not will pay more. Please, Mr Brandl.

Viktor Brandl, Chairman of the Board of Norvik Steel: Thank you, Prime Minister. Let me be direct. Steel cannot be made without electricity, and our furnaces are already as efficient as the technology allows. If our tariff rises by the 12 percent in the draft, we will have to close one of the two furnaces in Harrow, and that means 900 jobs.

Irena Kovalic: Mr Brandl, the 12 percent is the ceiling, not the figure, and -

Viktor Brandl: With respect, Prime Minister, the ceiling is the figure in our budget. Banks do not lend against good intentions.

Irena Kovalic: Let me finish. The ceiling applies only to companies that have not submitted an efficiency plan. You have a plan; I have seen it. Norvik Steel will not pay the ceiling.

Marta Lindgren, President of the Chamber of Commerce: Prime Minister, the bigger problem for most of our members is not energy but people. We have 41,000 unfilled vacancies, half of them in the engineering trades, and the vocational schools are still training young people for professions that no longer exist.

Irena Kovalic: I agree with you, and the Minister of Education is preparing changes for the next school year. What I would ask of the Chamber is concrete: tell us which courses you would close and which you would open, and commit your members to taking apprentices.

Marta Lindgren: We can do that. We will bring you a list by the end of the month.

Tomas Reiner, Chief Executive of Baltica Logistics: May I add one thing on the labour market? A work permit for a driver from outside the Union takes five months. In five months a good driver has gone to work in another country.

Irena Kovalic: Five months is too long, I accept that. The Interior Ministry will bring it down to six weeks by the autumn, and I will check it personally.

Tomas Reiner: Then we will hold you to it.

Viktor Brandl: One question, Prime Minister. Who checks the efficiency plans, the ministry or an independent auditor?

Irena Kovalic: An independent auditor, chosen by tender. The ministry will not mark its own homework.

Irena Kovalic: Please do. Colleagues, I propose that we meet again in this format before the second reading of the energy law. Thank you.

''',
    s(KOVA, 'Irena Kovalic', 'Good morning, colleagues.|and those that do not will pay more.', '', role='Prime Minister'),
    s(BRDL, 'Viktor Brandl', 'Let me be direct.|and that means 900 jobs.', '', role=R_BRDL),
    s(KOVA, 'Irena Kovalic', 'the 12 percent is the ceiling, not the figure, and -', '', role='Prime Minister'),
    s(BRDL, 'Viktor Brandl', 'the ceiling is the figure in our budget.|Banks do not lend against good intentions.', '', role=R_BRDL),
    s(KOVA, 'Irena Kovalic', 'The ceiling applies only to companies that have not submitted an efficiency plan.|Norvik Steel will not pay the ceiling.', '', role='Prime Minister'),
    s(LNDG, 'Marta Lindgren', 'the bigger problem for most of our members is not energy but people.|professions that no longer exist.', '', role=R_LNDG),
    s(KOVA, 'Irena Kovalic', 'I agree with you, and the Minister of Education|commit your members to taking apprentices.', '', role='Prime Minister'),
    s(LNDG, 'Marta Lindgren', 'We can do that. We will bring you a list by the end of the month.', '', role=R_LNDG),
    s(REIN, 'Tomas Reiner', 'A work permit for a driver from outside the Union takes five months.|gone to work in another country.', '', role=R_REIN),
    s(KOVA, 'Irena Kovalic', 'Five months is too long, I accept that.|I will check it personally.', '', role='Prime Minister'),
    s(REIN, 'Tomas Reiner', 'Then we will hold you to it.', '', role=R_REIN),
    s(KOVA, 'Irena Kovalic', 'An independent auditor, chosen by tender. The ministry will not mark its own homework.', '', role='Prime Minister'),
    s(KOVA, 'Irena Kovalic', 'I propose that we meet again in this format before the second reading of the energy law.', '', role='Prime Minister'),
)

SAO = 'Supreme Audit Office of the Republic of Estravia'
STOE = 'Dobrinka Stoeva'
KIRE = 'Radoslav Kirev'
LAZO = 'Petar Lazov'
MOT = 'Ministry of Transport'

doc('an11-gov-estravia-audit-office-annual-report', 'Supreme Audit Office of the Republic of Estravia', '2034-05-20', '''
Supreme Audit Office presents its annual report for 2033 to the National Assembly

The Supreme Audit Office of the Republic of Estravia today presented its annual report on the execution of the state budget for 2033 to the Budget and Finance Committee of the National Assembly.

In 2033 the Office carried out 64 audits covering public funds of 14.2 billion lev. The auditors found irregularities in 41 of them, with a total value of 612 million lev, and referred nine cases to the Public Prosecutor's Office.

Presenting the report, Auditor General Dobrinka Stoeva said that the state of public finances had improved compared with the previous year, but that weaknesses in public procurement and in the management of European funds persisted.

"Too many contracts are still awarded to a single bidder, and too many projects are paid for before anyone checks that they have been delivered. These are not accounting errors; they are failures of control," Stoeva told the committee.

The main findings of the report are:
- the cost of 11 road reconstruction projects of the Ministry of Transport exceeded the contracted amounts by an average of 34 percent, mostly through annexes signed without new tenders;
- the Ministry of Health has not recovered 48 million lev in advance payments made in 2031 and 2032 for medical equipment that was never delivered;
- 17 of the 28 municipalities audited have no reliable register of the property they own;
- the digitalisation programme of the tax administration is two years behind schedule, and only 38 percent of its budget has been spent.

According to the report, the share of public contracts awarded in procedures with only one bidder rose to 43 percent in 2033, from 39 percent a year earlier.

The Auditor General noted that for the first time all 24 ministries had submitted their annual financial statements on time, and that the number of municipalities with a negative audit opinion had fallen from 11 to six.

The Auditor General recommended that the Government set up a single public register of all public contracts and their annexes and that ministries be required to publish the results of their internal audits.

The Ministry of Transport rejected the auditors' conclusions in part. In a written response published on its website, the ministry said the additional costs had been caused by a sharp rise in the price of construction materials in 2032 and that all annexes had been approved in accordance with the law. The ministry will nevertheless review its procedures for approving annexes, Deputy Minister Radoslav Kirev told the committee.

The Chairman of the Budget and Finance Committee, Petar Lazov, said the committee would hold a separate hearing on the health ministry's advance payments in June. "Forty-eight million lev is the price of a new regional hospital. Someone has to explain where it went," he said.

Opposition members of the committee said the findings on the Ministry of Health confirmed warnings they had raised in 2032, and demanded the dismissal of the officials responsible for the payments.

The full report is available on the website of the Supreme Audit Office.
''',
    s('The auditors', 'The auditors', 'irregularities in 41 of them, with a total value of 612 million lev', 'found'),
    s(STOE, 'Auditor General Dobrinka Stoeva', 'the state of public finances had improved|in the management of European funds persisted', 'said', role='Auditor General'),
    s(STOE, 'Stoeva', '"Too many contracts are still awarded to a single bidder|they are failures of control,"', 'told', 'direct', role='Auditor General'),
    s(SAO, 'the report', 'the cost of 11 road reconstruction projects of the Ministry of Transport|signed without new tenders;', ''),
    s(SAO, 'the report', 'the Ministry of Health has not recovered 48 million lev|was never delivered;', ''),
    s(SAO, 'the report', '17 of the 28 municipalities audited have no reliable register of the property they own;', ''),
    s(SAO, 'the report', 'the digitalisation programme of the tax administration|of its budget has been spent.', ''),
    s(SAO, 'the report', 'the share of public contracts awarded in procedures with only one bidder|from 39 percent a year earlier', 'According to'),
    s(STOE, 'The Auditor General', 'for the first time all 24 ministries had submitted their annual financial statements on time|had fallen from 11 to six', 'noted', role='Auditor General'),
    s(STOE, 'The Auditor General', 'the Government set up a single public register|the results of their internal audits', 'recommended', role='Auditor General'),
    s(MOT, 'The Ministry of Transport', "the auditors' conclusions in part", 'rejected'),
    s(MOT, 'the ministry', 'the additional costs had been caused by a sharp rise|approved in accordance with the law', 'said'),
    s(KIRE, 'Deputy Minister Radoslav Kirev', 'The ministry will nevertheless review its procedures for approving annexes', 'told', role='Deputy Minister'),
    s(LAZO, 'The Chairman of the Budget and Finance Committee, Petar Lazov', "the committee would hold a separate hearing on the health ministry's advance payments in June", 'said', role='Chairman of the Budget and Finance Committee'),
    s('Opposition members of the committee', 'Opposition members of the committee', 'the findings on the Ministry of Health confirmed warnings they had raised in 2032', 'said'),
    s('Opposition members of the committee', '', 'the dismissal of the officials responsible for the payments', 'demanded'),
    s(LAZO, 'he', '"Forty-eight million lev is the price of a new regional hospital. Someone has to explain where it went,"', 'said', 'direct', role='Chairman of the Budget and Finance Committee'),
)
