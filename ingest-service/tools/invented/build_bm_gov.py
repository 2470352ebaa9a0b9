"""Set BM's six government texts (see build_bm.py)."""
from invented_common import doc_spans as doc, s

WMIN = 'Ilse Brannagh-Sook'
FALL = 'Mr FALLOWAY'
PREM = 'Roderick Anselm-Tuy'
OKAF = 'Ms OKAFOR-REYES'

doc('bm06-gov-tarrowmere-assembly-question-time', 'House of Assembly of Tarrowmere', '2042-02-18', '''
HOUSE OF ASSEMBLY OF TARROWMERE

Wednesday, 18 February 2042

The SPEAKER (Hon. Gideon Mwale-Ferris) took the chair at 14:00.

QUESTIONS WITHOUT NOTICE

Lake Orrin Water Allocations

Mr FALLOWAY (Copperhill) (14:02): My question is to the Minister for Water, Ms Ilse Brannagh-Sook. Irrigators in the Orrin district were told on Friday that their allocation for the coming season will be 22 per cent. The Orrin Valley Growers Association says that at least forty family farms will not survive a second year at that level. Why did the minister sit on the storage figures for six weeks?

The Minister for Water (Ms Brannagh-Sook) (14:03): Mr Speaker, the figures were not sat on. The Water Authority publishes its storage assessment on the first business day of each month, and it did so in January and again in February. The January figure was 31 per cent; the inflows the Authority expected in late January did not arrive. I understand the anger in the Orrin district, and I will be meeting the growers in Kelmscott on Monday.

Mr FALLOWAY: They have heard that before.

The SPEAKER: Order! The member for Copperhill has asked his question.

Ms BRANNAGH-SOOK: The Authority's chief executive has advised me that a further release from Lake Orrin is not possible without putting town supplies at risk. That is advice I will not ignore, Mr Speaker.

Supplementary Question

Mr FALLOWAY (Copperhill) (14:06): Will the minister table that advice today?

The Minister for Water (Ms Brannagh-Sook) (14:06): I will table the advice once the Authority has removed the commercial information it contains.

Honourable members interjecting.

The SPEAKER: Order! The member for Leffingham will cease interjecting.

Drought Support Payments

Ms OKAFOR-REYES (Leffingham) (14:08): My question is to the Premier. In November the Premier promised farming families that drought support payments would be made within ten days of an application. The Farm Debt Mediation Service has reported that the average wait is now seven weeks. Does the Premier stand by his promise?

The PREMIER (Mr Roderick Anselm-Tuy) (14:09): Mr Speaker, I do, and the honourable member knows why the wait grew. We received more applications in December than in the whole of the previous year. We have put forty more staff into the processing centre at Dunmore, and the department tells me that the backlog will be cleared by the end of March. Every eligible family will be paid, and every payment will be backdated.

Ms OKAFOR-REYES: Backdated money does not pay the feed bill in February.

The SPEAKER: The member has had her supplementary. The member for Ashgrove.

Rural Doctors

Mr HALLORAN-BEKE (Ashgrove) (14:11): My question is to the Minister for Health. Can the minister inform the House how the government is responding to the shortage of doctors in drought-affected towns?

The Minister for Health (Mr Teodor Vrabel-Quist) (14:11): I thank the member for his question. Since July, eleven new doctors have taken up places in towns of fewer than five thousand people under the rural bonded scheme. The Rural Doctors Network told my office last week that it expects another nine to start by June. I acknowledge that this is not enough. Mr Speaker, we will not stop until every town on the list has a doctor of its own.

Fire Season Preparedness

Ms OKAFOR-REYES (Leffingham) (14:14): My question is to the Minister for Emergency Services. The Volunteer Fire Brigades Association told a parliamentary committee in December that one in four rural brigades does not have a working water tanker. Has the minister read that evidence, and what has she done about it?

The Minister for Emergency Services (Ms Adaeze Quilliam-Hart) (14:15): Mr Speaker, I have read it, and I met the association's president, Bruno Kallstrom, the following week. He told me that the shortage was concentrated in about thirty brigades in the north-west. Twenty-two new tankers have been ordered, and the first eight will be delivered before the end of March.

Mr FALLOWAY: Ordered is not delivered.

The SPEAKER: The member for Copperhill is warned.

Ms QUILLIAM-HART: Mr Speaker, the member opposite voted against the levy that pays for those tankers, and the brigades have not forgotten it.
''',
    s('The Orrin Valley Growers Association', 'The Orrin Valley Growers Association', 'at least forty family farms will not survive a second year at that level', 'says'),
    s(WMIN, '', 'the figures were not sat on.|I will be meeting the growers in Kelmscott on Monday.', '', role='Minister for Water'),
    s(FALL, '', 'They have heard that before.', ''),
    s(WMIN, '', "The Authority's chief executive has advised me that|That is advice I will not ignore, Mr Speaker.", '', role='Minister for Water'),
    s("The Authority's chief executive", "The Authority's chief executive", 'a further release from Lake Orrin is not possible without putting town supplies at risk', 'has advised', nested=True, via=WMIN),
    s(WMIN, '', 'I will table the advice once the Authority has removed the commercial information it contains.', '', role='Minister for Water'),
    s(PREM, 'the Premier', 'drought support payments would be made within ten days of an application', 'promised', role='Premier'),
    s('The Farm Debt Mediation Service', 'The Farm Debt Mediation Service', 'the average wait is now seven weeks', 'has reported'),
    s(PREM, '', 'I do, and the honourable member knows why the wait grew.|every payment will be backdated.', '', role='Premier'),
    s('the department', 'the department', 'the backlog will be cleared by the end of March', 'tells', nested=True, via=PREM),
    s(OKAF, '', 'Backdated money does not pay the feed bill in February.', ''),
    s('Teodor Vrabel-Quist', '', 'Since July, eleven new doctors|we will not stop until every town on the list has a doctor of its own.', '', role='Minister for Health'),
    s('The Rural Doctors Network', 'The Rural Doctors Network', 'it expects another nine to start by June', 'told', nested=True, via='Teodor Vrabel-Quist'),
    s('The Volunteer Fire Brigades Association', 'The Volunteer Fire Brigades Association', 'one in four rural brigades does not have a working water tanker', 'told'),
    s('Adaeze Quilliam-Hart', '', 'I have read it, and I met the association|will be delivered before the end of March.', '', role='Minister for Emergency Services'),
    s('Bruno Kallstrom', 'He', 'the shortage was concentrated in about thirty brigades in the north-west', 'told', nested=True, via='Adaeze Quilliam-Hart'),
    s(FALL, '', 'Ordered is not delivered.', ''),
    s('Adaeze Quilliam-Hart', '', 'the member opposite voted against the levy|the brigades have not forgotten it.', '', role='Minister for Emergency Services'),
)

doc('bm07-gov-meridian-basin-council-summary', 'Meridian Basin Commission', '2042-05-06', '''
MERIDIAN BASIN COMMISSION
Council of Member States
Meetings coverage: 97th meeting (AM)

Council Hears Calls for Inquiry into Fish Kill on Lower Sarren, as Upstream States Reject Blame

The Council of the Meridian Basin Commission today heard the findings of the Commission's technical secretariat on the fish kill recorded along 140 kilometres of the lower Sarren River in April, before delegates spoke in turn.

Presenting the findings, Hanne Lisowski-Arad, Executive Secretary of the Commission, said that dissolved oxygen at the Velm gauging station had fallen to under 2 milligrams per litre on 11 April, a level at which most native species cannot survive. The secretariat, she said, had not yet identified the source of the discharge. She asked member States to share their industrial permit records within 30 days.

The representative of Dravonia, whose territory includes most of the affected stretch, said that fishing communities in three provinces had lost their livelihood overnight. He called on the Council to establish an independent inquiry with access to every plant on the river and its tributaries. "We are not asking for sympathy. We are asking for the truth," he said.

Speaking on behalf of the Group of Lower Basin States, the representative of Kessaly said the Group supported the call for an inquiry and believed that the Commission's monitoring network had been underfunded for a decade. She proposed that the next budget double the number of automatic gauging stations.

The representative of Ostmark said that his country rejected any suggestion that its paper mills at Traunfeld were responsible. Its own monitoring, he said, had shown no abnormal discharge in March or April. He added that Ostmark would nevertheless cooperate with any inquiry agreed by consensus.

The representative of Vellinor expressed concern over the pace of the secretariat's work and noted that samples taken by fishermen's associations on 12 April had still not been analysed. She, too, favoured an inquiry but warned against "naming suspects before the evidence is in".

The representative of Aurelle, speaking for the first time since her country joined the Commission, said Aurelle stood ready to lend its river laboratory at Sint-Amand to the secretariat.

Right of reply

Taking the floor in exercise of the right of reply, the representative of Dravonia said the delegate of Ostmark had described his country's monitoring as complete, but the Traunfeld mills had reported only weekly averages. "A weekly average can hide a night," he said.

The representative of Ostmark, also in reply, said the figures of his country's environment agency were published in full and that Dravonia was welcome to inspect them.

The Chair said the Council would take up a draft decision on an inquiry at its next meeting, on 20 May.
''',
    s('Upstream States', 'Upstream States', 'Blame', 'Reject'),
    s('Hanne Lisowski-Arad', 'Hanne Lisowski-Arad, Executive Secretary of the Commission', 'dissolved oxygen at the Velm gauging station had fallen|a level at which most native species cannot survive', 'said', role='Executive Secretary of the Commission'),
    s('Hanne Lisowski-Arad', 'she', ['The secretariat,', 'had not yet identified the source of the discharge.'], 'said', role='Executive Secretary of the Commission'),
    s('Hanne Lisowski-Arad', 'She', 'member States to share their industrial permit records within 30 days', 'asked', role='Executive Secretary of the Commission'),
    s('The representative of Dravonia', 'The representative of Dravonia', 'fishing communities in three provinces had lost their livelihood overnight', 'said'),
    s('The representative of Dravonia', 'He', 'the Council to establish an independent inquiry with access to every plant on the river and its tributaries', 'called on'),
    s('The representative of Dravonia', 'he', '"We are not asking for sympathy. We are asking for the truth,"', 'said', 'direct'),
    s('The representative of Kessaly', 'the representative of Kessaly', "the Group supported the call for an inquiry and believed that the Commission's monitoring network had been underfunded for a decade", 'said'),
    s('The representative of Kessaly', 'She', 'the next budget double the number of automatic gauging stations', 'proposed'),
    s('The representative of Ostmark', 'The representative of Ostmark', 'his country rejected any suggestion that its paper mills at Traunfeld were responsible', 'said'),
    s('Ostmark', 'his country', 'any suggestion that its paper mills at Traunfeld were responsible', 'rejected', nested=True, via='The representative of Ostmark'),
    s('The representative of Ostmark', 'he', ['Its own monitoring,', 'had shown no abnormal discharge in March or April.'], 'said'),
    s('The representative of Ostmark', 'He', 'Ostmark would nevertheless cooperate with any inquiry agreed by consensus', 'added'),
    s('The representative of Vellinor', 'The representative of Vellinor', "the pace of the secretariat's work", 'expressed concern over'),
    s('The representative of Vellinor', 'The representative of Vellinor', "samples taken by fishermen's associations on 12 April had still not been analysed", 'noted'),
    s('The representative of Vellinor', 'She', 'an inquiry', 'favoured'),
    s('The representative of Vellinor', 'She', '"naming suspects before the evidence is in"', 'warned against', 'direct'),
    s('The representative of Aurelle', 'The representative of Aurelle', 'Aurelle stood ready to lend its river laboratory at Sint-Amand to the secretariat', 'said'),
    s('The representative of Dravonia', 'the representative of Dravonia', "the delegate of Ostmark had described his country's monitoring as complete, but the Traunfeld mills had reported only weekly averages", 'said', anchor='Taking the floor'),
    s('The representative of Ostmark', 'the delegate of Ostmark', 'complete', 'had described', nested=True, via='The representative of Dravonia'),
    s('The representative of Dravonia', 'he', '"A weekly average can hide a night,"', 'said', 'direct'),
    s('The representative of Ostmark', 'The representative of Ostmark', "the figures of his country's environment agency were published in full and that Dravonia was welcome to inspect them", 'said', anchor='also in reply'),
)

CORR = 'Amalia Corrigan-Veld'
KESS = 'Lothar Kessling'
VAND = 'Pieter Vandroos-Amadi'

doc('bm08-gov-halvenmark-prosecutor-grain-charges', 'Office of the Public Prosecutor of Halvenmark', '2042-03-11', '''
Office of the Public Prosecutor of Halvenmark

PRESS RELEASE

11 March 2042

Three former directors of Ostberg Grain charged with fraud over export subsidy claims

The Office of the Public Prosecutor has filed an indictment with the Regional Court of Harwick against three former directors of the grain trader Ostberg Grain AG, among them its former chief executive, Lothar Kessling, 58.

According to the indictment, the three men caused the company to claim export subsidies of 41.6 million crowns between 2037 and 2040 for grain that was never shipped abroad. The indictment alleges that the grain was sold on the domestic market through two intermediary firms in Brenna, while forged bills of lading were submitted to the Agricultural Payments Agency.

The Office further alleges that Mr Kessling personally approved at least nine of the false claims and transferred 3.2 million crowns of the proceeds to an account held by his brother-in-law. The two other defendants, a former finance director and a former head of logistics, are not named in accordance with the law on the protection of personality.

Chief Public Prosecutor Amalia Corrigan-Veld said: "Export subsidies are paid from public money on trust. Where that trust is abused on this scale, we will prosecute, however long the investigation takes." Ms Corrigan-Veld said the Office would also examine the role of the two intermediary firms, whose owners live abroad, and that requests for legal assistance had been sent to two countries. The investigation began in 2040 after a tip from a former employee and involved searches at eleven addresses in three countries.

The Agricultural Payments Agency, which joined the proceedings as an injured party, has claimed repayment of the full amount with interest. Its director general, Hedda Lornsen-Kiobe, said the Agency had since introduced satellite tracking of export cargoes and that "a forged bill of lading would not get through today".

Ms Corrigan-Veld thanked the customs investigation service and the financial police of Brenna for their cooperation.

Mr Kessling denies the charges. In a statement issued through his lawyer, Pieter Vandroos-Amadi, he said that every shipment had been inspected by the Agency's own officers at the time and that he "looks forward to clearing his name in open court". Mr Vandroos-Amadi said the indictment rested on the testimony of a dismissed employee with "every reason to settle scores". Counsel for the former finance director, Ines Mwangi-Holt, said her client had acted on the instructions of the board and would cooperate fully with the court. The lawyer of the former head of logistics declined to comment.

Ostberg Grain, which is now under new ownership, said in a statement that it had cooperated fully with the investigation and had repaid 6 million crowns to the Agency voluntarily.

The Regional Court of Harwick will decide whether to admit the indictment for trial. The Office notes that all defendants are presumed innocent until proven guilty.
''',
    s('Office of the Public Prosecutor of Halvenmark', 'the indictment', 'the three men caused the company to claim export subsidies|for grain that was never shipped abroad', 'According to'),
    s('Office of the Public Prosecutor of Halvenmark', 'The indictment', 'the grain was sold on the domestic market through two intermediary firms in Brenna, while forged bills of lading were submitted to the Agricultural Payments Agency', 'alleges'),
    s('Office of the Public Prosecutor of Halvenmark', 'The Office', 'Mr Kessling personally approved at least nine of the false claims|held by his brother-in-law', 'further alleges'),
    s(CORR, 'Chief Public Prosecutor Amalia Corrigan-Veld', '"Export subsidies are paid from public money on trust.|however long the investigation takes."', 'said', 'direct', role='Chief Public Prosecutor'),
    s(CORR, 'Ms Corrigan-Veld', 'the Office would also examine the role of the two intermediary firms|had been sent to two countries', 'said', role='Chief Public Prosecutor'),
    s('Hedda Lornsen-Kiobe', 'Its director general, Hedda Lornsen-Kiobe', 'the Agency had since introduced satellite tracking of export cargoes and that "a forged bill of lading would not get through today"', 'said', 'mixed', role='director general'),
    s(KESS, 'Mr Kessling', 'the charges', 'denies'),
    s(KESS, 'he', "every shipment had been inspected by the Agency's own officers at the time and that he \"looks forward to clearing his name in open court\"", 'said', 'mixed'),
    s(VAND, 'Mr Vandroos-Amadi', 'the indictment rested on the testimony of a dismissed employee with "every reason to settle scores"', 'said', 'mixed', role='lawyer'),
    s('Ines Mwangi-Holt', 'Counsel for the former finance director, Ines Mwangi-Holt', 'her client had acted on the instructions of the board and would cooperate fully with the court', 'said', role='Counsel for the former finance director'),
    s('Ostberg Grain', 'Ostberg Grain', 'it had cooperated fully with the investigation and had repaid 6 million crowns to the Agency voluntarily', 'said'),
    s('Office of the Public Prosecutor of Halvenmark', 'The Office', 'all defendants are presumed innocent until proven guilty', 'notes'),
)

GOV = 'Marit Solheim-Adebayo'
DISS = 'Casimir Velloso-Rand'

doc('bm09-gov-norrland-central-bank-policy-statement', 'Bank of Norrvale', '2042-06-19', '''
BANK OF NORRVALE

Monetary Policy Statement

19 June 2042

Policy rate held at 4.25 per cent

At its meeting ending on 18 June, the Monetary Policy Committee voted by six votes to one to keep the policy rate at 4.25 per cent. One member voted to raise the rate by 0.25 percentage points.

The Committee judges that inflationary pressures are easing but remain too strong for a reduction in the policy rate. Consumer price inflation fell to 3.6 per cent in May from 4.1 per cent in March, largely because of lower electricity prices. Core inflation, which excludes energy and food, was unchanged at 3.9 per cent.

In its discussion, the Committee noted the following developments:
- Wage growth in the private sector remains close to 6 per cent a year, well above the rate consistent with the inflation target.
- Household credit growth has slowed for four consecutive months.
- The krone has weakened by about 3 per cent against the currencies of the main trading partners since March.

The Committee expects inflation to return to the 2 per cent target in the second half of 2043. Staff projections published with this statement show the policy rate at around 4 per cent at the end of this year.

Committee member Casimir Velloso-Rand voted to increase the policy rate to 4.50 per cent. In his view, the weaker krone and persistent wage growth pose a risk that inflation will settle well above the target, and a further increase now would reduce the need for a longer period of tight policy later.

The next monetary policy decision will be announced on 21 August.

Remarks by Governor Marit Solheim-Adebayo at the press conference

Good afternoon. As you have seen, we left the policy rate unchanged today.

Let me say a word about the decision. The fall in inflation this spring is welcome, but much of it comes from energy prices, and energy prices can turn quickly. What worries us more is the labour market. Firms in our regional network tell us that they still plan to raise wages by five to six per cent next year. If that happens, services inflation will remain high.

We discussed a rate increase seriously, and one of my colleagues voted for it. I respect that view. The majority judged that the increases already made, a total of 3.5 percentage points since 2040, have not yet had their full effect on the economy.

Let me be clear about one thing: we are not yet discussing rate cuts. It is too early for that, and it would be wrong to give households the impression that borrowing will soon be cheaper.

Asked by a reporter whether the Bank would intervene to support the krone, the Governor said the Bank did not target the exchange rate and would not comment on market movements.

The Governor also said that the Bank would publish a review of its forecasting errors of 2040 and 2041 in September. She rejected criticism from the Norrvale Federation of Industry, which said last week that the Bank's policy was "strangling investment" in manufacturing.
''',
    s('The Monetary Policy Committee', 'The Committee', 'inflationary pressures are easing but remain too strong for a reduction in the policy rate', 'judges'),
    s('The Monetary Policy Committee', 'the Committee', 'Wage growth in the private sector remains close to 6 per cent a year, well above the rate consistent with the inflation target.', 'noted'),
    s('The Monetary Policy Committee', 'the Committee', 'Household credit growth has slowed for four consecutive months.', 'noted'),
    s('The Monetary Policy Committee', 'the Committee', 'The krone has weakened by about 3 per cent against the currencies of the main trading partners since March.', 'noted'),
    s('The Monetary Policy Committee', 'The Committee', 'inflation to return to the 2 per cent target in the second half of 2043', 'expects'),
    s('Staff projections', 'Staff projections published with this statement', 'the policy rate at around 4 per cent at the end of this year', 'show'),
    s(DISS, 'his', 'the weaker krone and persistent wage growth pose a risk|a longer period of tight policy later', 'In his view', role='Committee member'),
    s(GOV, '', 'Good afternoon. As you have seen, we left the policy rate unchanged today.|it would be wrong to give households the impression that borrowing will soon be cheaper.', '', role='Governor'),
    s('Firms in our regional network', 'Firms in our regional network', 'they still plan to raise wages by five to six per cent next year', 'tell', nested=True, via=GOV),
    s('The majority', 'The majority', 'the increases already made|have not yet had their full effect on the economy', 'judged', nested=True, via=GOV),
    s(GOV, 'the Governor', 'the Bank did not target the exchange rate and would not comment on market movements', 'said', role='Governor'),
    s(GOV, 'The Governor', 'the Bank would publish a review of its forecasting errors of 2040 and 2041 in September', 'said', role='Governor'),
    s(GOV, 'She', 'criticism from the Norrvale Federation of Industry', 'rejected', role='Governor'),
    s('Norrvale Federation of Industry', 'the Norrvale Federation of Industry', 'the Bank\'s policy was "strangling investment" in manufacturing', 'said', 'mixed'),
)

PRES = 'Tomas Edvarsen-Mbulu'

doc('bm10-gov-kaldoria-president-phone-calls-readout', 'Press Service of the President of Kaldoria', '2042-09-03', '''
Press Service of the President of the Republic of Kaldoria

Telephone conversations of the President, 3 September 2042

In the course of the day, President of Kaldoria Tomas Edvarsen-Mbulu held telephone conversations with the leaders of four countries.

1. Conversation with President of Sardovia Emine Haldorsen-Vey

The conversation took place at the initiative of the Sardovian side. Emine Haldorsen-Vey expressed condolences over the victims of the floods in the Kaldorian north.

The presidents discussed the situation on the shared section of the Vetla river. Tomas Edvarsen-Mbulu stressed that Kaldoria was prepared to release water from the Orsk reservoir in coordination with Sardovian hydrologists so that the flood wave would not reach Sardovian towns. The President of Sardovia welcomed this readiness and said that Sardovian rescue teams could be sent to Kaldoria within a day if requested.

The two leaders agreed to instruct their emergency ministries to set up a joint operations centre.

2. Conversation with Prime Minister of Lenmark Jorun Aksdal-Petit

Jorun Aksdal-Petit congratulated Tomas Edvarsen-Mbulu on the national holiday of Kaldoria, which will be marked on 5 September.

The Prime Minister informed the President that the Lenmark parliament had ratified the agreement on the avoidance of double taxation. The head of the Kaldorian state noted that the agreement would open the way for Lenmark pension funds to invest in Kaldorian infrastructure, and expressed hope that the first projects could be agreed by the end of the year.

The sides also exchanged views on the preparations for the Northern Forum summit.

3. Conversation with President of Ostravia Mikael Ferenc-Oduya

Mikael Ferenc-Oduya briefed the Kaldorian President on the results of the Ostravian presidency of the Northern Forum.

Tomas Edvarsen-Mbulu raised the issue of the Kaldorian lorry drivers held at the Ostravian border crossing of Hvalby since 28 August, noting that more than 300 vehicles were stuck there. The Ostravian President said that the delay was caused by a new electronic customs system and promised that the crossing would be cleared within 48 hours.

The leaders confirmed their mutual commitment to hold the intergovernmental commission in Kaldoria in November.

4. Conversation with Prime Minister of Tessary Adaora Lund-Bakare

The Prime Minister of Tessary thanked Tomas Edvarsen-Mbulu for the humanitarian aid sent after the earthquake in the Tessarian highlands in August.

Adaora Lund-Bakare said that the reconstruction of damaged schools would begin in October and asked Kaldoria to send engineers to assess the bridges on the Kessa highway. The President of Kaldoria confirmed that a team of twelve engineers would leave for Tessary next week.

The leaders instructed their foreign ministries to prepare a visit of the Tessarian Prime Minister to Kaldoria in the first half of 2043.
''',
    s('Tomas Edvarsen-Mbulu', 'Tomas Edvarsen-Mbulu', 'Kaldoria was prepared to release water from the Orsk reservoir|would not reach Sardovian towns', 'stressed', role='President of Kaldoria'),
    s('Emine Haldorsen-Vey', 'The President of Sardovia', 'this readiness', 'welcomed', role='President of Sardovia'),
    s('Emine Haldorsen-Vey', 'The President of Sardovia', 'Sardovian rescue teams could be sent to Kaldoria within a day if requested', 'said', role='President of Sardovia'),
    s('Tomas Edvarsen-Mbulu and Emine Haldorsen-Vey', 'The two leaders', 'to instruct their emergency ministries to set up a joint operations centre', 'agreed'),
    s('Jorun Aksdal-Petit', 'The Prime Minister', 'the Lenmark parliament had ratified the agreement on the avoidance of double taxation', 'informed', role='Prime Minister of Lenmark'),
    s('Tomas Edvarsen-Mbulu', 'The head of the Kaldorian state', 'the agreement would open the way for Lenmark pension funds to invest in Kaldorian infrastructure', 'noted', role='President of Kaldoria'),
    s('Tomas Edvarsen-Mbulu', 'The head of the Kaldorian state', 'the first projects could be agreed by the end of the year', 'expressed hope', role='President of Kaldoria'),
    s('Tomas Edvarsen-Mbulu', 'Tomas Edvarsen-Mbulu', 'the Kaldorian lorry drivers held at the Ostravian border crossing of Hvalby since 28 August, noting that more than 300 vehicles were stuck there', 'raised the issue of', role='President of Kaldoria'),
    s('Mikael Ferenc-Oduya', 'The Ostravian President', 'the delay was caused by a new electronic customs system', 'said', role='President of Ostravia'),
    s('Mikael Ferenc-Oduya', 'The Ostravian President', 'the crossing would be cleared within 48 hours', 'promised', role='President of Ostravia'),
    s('Adaora Lund-Bakare', 'Adaora Lund-Bakare', 'the reconstruction of damaged schools would begin in October', 'said', role='Prime Minister of Tessary'),
    s('Adaora Lund-Bakare', 'Adaora Lund-Bakare', 'Kaldoria to send engineers to assess the bridges on the Kessa highway', 'asked', role='Prime Minister of Tessary'),
    s('Tomas Edvarsen-Mbulu', 'The President of Kaldoria', 'a team of twelve engineers would leave for Tessary next week', 'confirmed', role='President of Kaldoria'),
    s('Tomas Edvarsen-Mbulu and Adaora Lund-Bakare', 'The leaders', 'their foreign ministries to prepare a visit of the Tessarian Prime Minister to Kaldoria in the first half of 2043', 'instructed'),
    s('Tomas Edvarsen-Mbulu and Mikael Ferenc-Oduya', 'The leaders', 'their mutual commitment to hold the intergovernmental commission in Kaldoria in November', 'confirmed'),
)

DEP = 'Halvard Nyqvist-Omari'

doc('bm11-gov-vestria-agriculture-drought-bulletin', 'Ministry of Agriculture of Vestria', '2042-07-29', '''
Ministry of Agriculture and Food of the Republic of Vestria

Drought bulletin No. 7

29 July 2042

Situation

According to the State Hydrometeorological Service, July rainfall in the southern and eastern regions was 18 per cent of the long-term average, the lowest since records began in 1931. Soil moisture in the top metre is below the wilting point on an estimated 1.1 million hectares.

The Ministry estimates that the harvest of spring barley in the five most affected regions will be 40 to 45 per cent lower than last year. Regional agriculture departments in Dolmen and Saraska report that farmers have begun selling breeding cattle because of a shortage of fodder.

Measures

On 28 July, Deputy Minister of Agriculture and Food Halvard Nyqvist-Omari held a video conference with the heads of the regional administrations of Dolmen, Saraska, Ketovo, Ulm-Brede and Varnitsa.

The Deputy Minister instructed the heads of the regional administrations to:
- declare a regional emergency where crop losses exceed 30 per cent, so that farms can apply for compensation;
- submit lists of damaged farms to the Ministry by 15 August;
- open regional fodder reserves to livestock farms at cost price.

"Nobody should have to sell a herd built up over twenty years because of one dry summer," Halvard Nyqvist-Omari said at the conference. He added that the Ministry had asked the Ministry of Finance to release 2.4 billion vestars from the reserve fund for compensation payments.

The head of the Saraska regional administration, Oleg Tarvainen-Bush, reported that 212 farms in his region had already lost more than half of their crops. He asked the Ministry to extend the deadline for lists to the end of August, because inspections in remote districts take longer. The Deputy Minister agreed to consider the request.

The head of the Ketovo administration, Svetlana Birkeland-Osei, said her region had enough fodder until October but not for the winter. Her deputy for agriculture, Anneli Rautio, said that seven of the region's eleven irrigation pumping stations were idle because the Ketova river had fallen below their intakes. She added that the region would need 300 million vestars to extend the intakes before next summer.

The Union of Grain Producers of Vestria called the measures "late but necessary". Its chairwoman, Dagny Forsell-Amara, said the compensation rate of 2,000 vestars per hectare would not cover the cost of seed for the next season.

Outlook

The Hydrometeorological Service forecasts that rainfall in August will remain below normal in the south. The next bulletin will be published on 12 August.
''',
    s('State Hydrometeorological Service', 'the State Hydrometeorological Service', 'July rainfall in the southern and eastern regions was 18 per cent of the long-term average, the lowest since records began in 1931', 'According to'),
    s('Ministry of Agriculture and Food of the Republic of Vestria', 'The Ministry', 'the harvest of spring barley in the five most affected regions will be 40 to 45 per cent lower than last year', 'estimates'),
    s('Regional agriculture departments in Dolmen and Saraska', 'Regional agriculture departments in Dolmen and Saraska', 'farmers have begun selling breeding cattle because of a shortage of fodder', 'report'),
    s(DEP, 'The Deputy Minister', 'declare a regional emergency where crop losses exceed 30 per cent, so that farms can apply for compensation;', 'instructed', role='Deputy Minister of Agriculture and Food'),
    s(DEP, 'The Deputy Minister', 'submit lists of damaged farms to the Ministry by 15 August;', 'instructed', role='Deputy Minister of Agriculture and Food'),
    s(DEP, 'The Deputy Minister', 'open regional fodder reserves to livestock farms at cost price.', 'instructed', role='Deputy Minister of Agriculture and Food'),
    s(DEP, 'Halvard Nyqvist-Omari', '"Nobody should have to sell a herd built up over twenty years because of one dry summer,"', 'said', 'direct', role='Deputy Minister of Agriculture and Food'),
    s(DEP, 'He', 'the Ministry had asked the Ministry of Finance to release 2.4 billion vestars from the reserve fund for compensation payments', 'added', role='Deputy Minister of Agriculture and Food'),
    s('Oleg Tarvainen-Bush', 'The head of the Saraska regional administration, Oleg Tarvainen-Bush', '212 farms in his region had already lost more than half of their crops', 'reported', role='head of the Saraska regional administration'),
    s('Oleg Tarvainen-Bush', 'He', 'the Ministry to extend the deadline for lists to the end of August, because inspections in remote districts take longer', 'asked', role='head of the Saraska regional administration'),
    s('Svetlana Birkeland-Osei', 'The head of the Ketovo administration, Svetlana Birkeland-Osei', 'her region had enough fodder until October but not for the winter', 'said', role='head of the Ketovo administration'),
    s('Anneli Rautio', 'Her deputy for agriculture, Anneli Rautio', "seven of the region's eleven irrigation pumping stations were idle because the Ketova river had fallen below their intakes", 'said', role='deputy for agriculture'),
    s('Anneli Rautio', 'She', 'the region would need 300 million vestars to extend the intakes before next summer', 'added', role='deputy for agriculture'),
    s('The Union of Grain Producers of Vestria', 'The Union of Grain Producers of Vestria', 'the measures "late but necessary"', 'called', 'mixed'),
    s('Dagny Forsell-Amara', 'Its chairwoman, Dagny Forsell-Amara', 'the compensation rate of 2,000 vestars per hectare would not cover the cost of seed for the next season', 'said', role='chairwoman'),
    s('State Hydrometeorological Service', 'The Hydrometeorological Service', 'rainfall in August will remain below normal in the south', 'forecasts'),
)
