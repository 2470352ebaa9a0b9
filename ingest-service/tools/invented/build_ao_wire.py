"""Set AO's five wire stories (see build_ao.py)."""
from invented_common import doc_spans as doc, s

PANEL = 'dispute panel of the Global Trade Council'
SARV = 'Ilona Sarvik'
R_SARV = 'Trade Minister'
DMIN = 'Dravonian Ministry of Commerce'
ALD = 'Corinne Aldaway'
HALE = 'Brannock Hale'
DSPA = "Dravonian Steel Producers' Association"

doc('ao01-wire-dravonia-steel-tariff-ruling', 'Reuters', '2034-09-12', '''
Trade panel rules Dravonia's steel tariffs broke global rules, Marvessa says

LAUSMERE, Sept 12 (Reuters) - A dispute panel of the Global Trade Council ruled on Tuesday that tariffs of up to 25% that Dravonia imposed on steel and aluminium from Marvessa in 2032 broke the council's rules, and recommended that Dravonia bring the duties into line with its obligations.

In its 212-page report, the three-member panel found that Dravonia had failed to show that the imports threatened its national security, the justification it had given for the duties when it introduced them.

"Today's ruling confirms what we said from the first day: these tariffs were protectionism dressed up as security policy," Marvessa's Trade Minister Ilona Sarvik told reporters in Port Veyra.

Sarvik said Marvessa expected Dravonia to remove the duties "without delay" and would not rule out asking the council for permission to retaliate if it did not.

Dravonia's Ministry of Commerce said in a statement that it "deeply regretted" the decision and would appeal. "The panel has second-guessed a sovereign judgment on matters of national defence, which no trade body is equipped to make," the ministry said. It did not say when the appeal would be filed.

Dravonia has 60 days to lodge an appeal. The council's appellate body has been unable to hear cases since 2031, when the terms of its last two members expired, which means an appeal would leave the dispute in legal limbo, trade lawyers said.

"An appeal into the void is the new normal," said Corinne Aldaway, a partner at the law firm Westgate Perrin in Lausmere who has advised governments in several steel disputes. "It lets the losing side keep its measure in place for years while claiming to respect the system."

Dravonia imposed the tariffs in March 2032, citing a surge of cheap imports that it said had forced three domestic mills to close. Marvessa's steel exports to Dravonia fell by almost half in the following year, according to Marvessan customs data.

The Dravonian Steel Producers' Association, which lobbied for the duties, called the ruling "a gift to subsidised mills abroad" and urged the government to keep the tariffs in place during any appeal.

Its president, Brannock Hale, said in an interview that about 4,000 jobs in the Ketter valley depended on the duties. "If the tariffs go, the mills go with them," he said.

Osterra and the Calvane Republic had joined the case as third parties. Osterra's mission in Lausmere said it welcomed a ruling that "restores the distinction between genuine security needs and ordinary trade protection."

A spokesman for Dravonia's prime minister, asked whether the government would comply with the ruling, said only that it was "being studied carefully."

Analysts at Harnell Economics estimated in a note to clients that removing the tariffs would cut steel prices in Dravonia by 6% to 9% within a year. Car makers and builders, who have complained for two years about the cost of steel, would be the main winners, they wrote.

Steel accounts for about a fifth of Marvessa's exports to Dravonia, its largest trading partner. The two governments last met on the dispute in April, when talks between their deputy trade ministers in Lausmere broke up after a day without a joint statement.

Marvessa filed the complaint in June 2032. It was the first dispute between the two neighbours to reach a ruling since they signed a free trade agreement in 2019.
''',
    s('Marvessa', 'Marvessa', "Trade panel rules Dravonia's steel tariffs broke global rules", 'says'),
    s(PANEL, 'A dispute panel of the Global Trade Council', "tariffs of up to 25% that Dravonia imposed on steel and aluminium from Marvessa in 2032 broke the council's rules", 'ruled'),
    s(PANEL, 'A dispute panel of the Global Trade Council', 'Dravonia bring the duties into line with its obligations', 'recommended'),
    s(PANEL, 'the three-member panel', 'Dravonia had failed to show that the imports threatened its national security|when it introduced them', 'found'),
    s(SARV, "Marvessa's Trade Minister Ilona Sarvik", '"Today\'s ruling confirms|dressed up as security policy,"', 'told', 'direct', role=R_SARV),
    s(SARV, 'Sarvik', 'Marvessa expected Dravonia to remove the duties "without delay" and would not rule out|if it did not', 'said', 'mixed', role=R_SARV),
    s(DMIN, "Dravonia's Ministry of Commerce", 'it "deeply regretted" the decision and would appeal', 'said', 'mixed'),
    s(DMIN, 'the ministry', '"The panel has second-guessed a sovereign judgment|equipped to make,"', 'said', 'direct'),
    s('trade lawyers', 'trade lawyers', "The council's appellate body has been unable to hear cases since 2031|leave the dispute in legal limbo", 'said'),
    s(ALD, 'Corinne Aldaway, a partner at the law firm Westgate Perrin in Lausmere who has advised governments in several steel disputes', '"An appeal into the void is the new normal,"', 'said', 'direct', role='partner at the law firm Westgate Perrin'),
    s(ALD, '', '"It lets the losing side keep its measure|to respect the system."', '', 'direct', role='partner at the law firm Westgate Perrin'),
    s('Dravonia', 'Dravonia', 'a surge of cheap imports that it said had forced three domestic mills to close', 'citing'),
    s('Dravonia', 'it', 'had forced three domestic mills to close', 'said', nested=True, anchor='imports that it said'),
    s('Marvessan customs data', 'Marvessan customs data', "Marvessa's steel exports to Dravonia fell by almost half in the following year", 'according to'),
    s(DSPA, "The Dravonian Steel Producers' Association", 'the ruling "a gift to subsidised mills abroad"', 'called', 'mixed'),
    s(DSPA, "The Dravonian Steel Producers' Association", 'the government to keep the tariffs in place during any appeal', 'urged'),
    s(HALE, 'Its president, Brannock Hale', 'about 4,000 jobs in the Ketter valley depended on the duties', 'said', role='president'),
    s(HALE, 'he', '"If the tariffs go, the mills go with them,"', 'said', 'direct', role='president'),
    s("Osterra's mission in Lausmere", "Osterra's mission in Lausmere", 'it welcomed a ruling that "restores the distinction|ordinary trade protection."', 'said', 'mixed'),
    s("A spokesman for Dravonia's prime minister", "A spokesman for Dravonia's prime minister", 'it was "being studied carefully."', 'said', 'mixed'),
    s('Analysts at Harnell Economics', 'Analysts at Harnell Economics', 'removing the tariffs would cut steel prices in Dravonia by 6% to 9% within a year', 'estimated'),
    s('Analysts at Harnell Economics', 'they', 'Car makers and builders, who have complained for two years about the cost of steel, would be the main winners', 'wrote'),
)

KES = 'Dwayne Kestler'
R_KES = 'Fire Chief'
GLW = 'Great Lakes & Western'
ODU = 'Lena Oduya'
LIND = 'Everett Lindqvist'
BETT = 'Carl Bettencourt'

doc('ao02-wire-millbrace-train-derailment', 'Associated Press', '2034-04-06', '''
Freight train derails in Tasker town, chemical leak forces 2,000 from homes

MILLBRACE, Tasker (AP) - A freight train carrying vinyl chloride and other chemicals derailed on the edge of this town of 6,000 early Thursday, sending a plume of black smoke over the valley and forcing about 2,000 residents from their homes, authorities said.

Thirty-one of the train's 118 cars left the tracks near the Route 12 crossing shortly after 2 a.m., and at least three tank cars were leaking, according to Ohlen County Emergency Management.

Fire Chief Dwayne Kestler said crews had set up a one-mile evacuation zone and were letting the fire burn itself out rather than put firefighters next to the tank cars.

"We're not going to send anybody in there until we know exactly what's in every one of those cars and how stable it is," Kestler told reporters at a middle school that has become the command post. No injuries had been reported, he said.

The railroad, Great Lakes & Western, said in a statement that it was "deeply sorry for the disruption" and had sent hazardous materials teams and air monitoring equipment to the site. It said it would pay for hotel rooms for evacuated residents. The company did not say what caused the derailment.

The National Transportation Safety Board said it was sending a team of investigators, who were expected to arrive Thursday evening.

Several residents said they were woken by a sound like rolling thunder. Anita Morrow, 64, said she grabbed her cat and her heart medication and drove to her daughter's house in the next county with the car windows up.

"You could taste it in the air. Metal, almost," Morrow said. "My daughter keeps asking if my house is going to be OK, and I keep telling her I don't know."

State environmental officials were monitoring the air and the Tasker River, which runs about 300 yards from the tracks. Lena Oduya, a spokeswoman for the Tasker Department of Environmental Protection, said early readings outside the evacuation zone showed no levels of concern, but that the department had asked towns downstream to close their water intakes as a precaution.

Gov. Everett Lindqvist, who visited the command post in the afternoon, said the state would "hold the railroad accountable for every dollar this costs the people of Millbrace."

"I've heard the word 'precaution' a lot today. I want to hear the word 'answers' soon," the governor said.

U.S. Sen. Patrice Hallam, a Democrat from Tasker, said she had asked the Federal Railroad Administration for the inspection records of the line and the train's braking system.

The derailment is the third on the Great Lakes & Western network this year, according to federal data. Federal rules do not limit the length of freight trains, and the average train on major U.S. railroads has grown by about a quarter since 2010. The Brotherhood of Rail Operating Crews has warned for months that longer trains and smaller crews make accidents more likely.

"This is exactly what we told them would happen," said Carl Bettencourt, the union's legislative director for the state. "You put one engineer and one conductor on a train two miles long and you tell me how they inspect it."

Asked whether the train had been too long, Kestler said that was a question for the investigators.

Great Lakes & Western's chief executive, Martin Kell, is scheduled to appear before a Senate committee on rail safety in June, at a hearing planned before the derailment.

Schools in the district will be closed on Friday.
''',
    s('authorities', 'authorities', 'A freight train carrying vinyl chloride and other chemicals derailed|forcing about 2,000 residents from their homes', 'said'),
    s('Ohlen County Emergency Management', 'Ohlen County Emergency Management', "Thirty-one of the train's 118 cars left the tracks|at least three tank cars were leaking", 'according to'),
    s(KES, 'Fire Chief Dwayne Kestler', 'crews had set up a one-mile evacuation zone and were letting the fire burn itself out|next to the tank cars', 'said', role=R_KES),
    s(KES, 'Kestler', '"We\'re not going to send anybody in there|how stable it is,"', 'told', 'direct', role=R_KES),
    s(KES, 'he', 'No injuries had been reported', 'said', role=R_KES),
    s(GLW, 'The railroad, Great Lakes & Western', 'it was "deeply sorry for the disruption" and had sent hazardous materials teams|to the site', 'said', 'mixed'),
    s(GLW, 'It', 'it would pay for hotel rooms for evacuated residents', 'said'),
    s('National Transportation Safety Board', 'The National Transportation Safety Board', 'it was sending a team of investigators, who were expected to arrive Thursday evening', 'said'),
    s('Several residents', 'Several residents', 'they were woken by a sound like rolling thunder', 'said'),
    s('Anita Morrow', 'Anita Morrow, 64', "she grabbed her cat and her heart medication|with the car windows up", 'said'),
    s('Anita Morrow', 'Morrow', '"You could taste it in the air. Metal, almost,"', 'said', 'direct'),
    s('Anita Morrow', '', '"My daughter keeps asking|I don\'t know."', '', 'direct'),
    s(ODU, 'Lena Oduya, a spokeswoman for the Tasker Department of Environmental Protection', 'early readings outside the evacuation zone showed no levels of concern|as a precaution', 'said', role='spokeswoman for the Tasker Department of Environmental Protection'),
    s(LIND, 'Gov. Everett Lindqvist, who visited the command post in the afternoon', 'the state would "hold the railroad accountable|the people of Millbrace."', 'said', 'mixed', role='Gov.'),
    s(LIND, 'the governor', '"I\'ve heard the word \'precaution\' a lot today.|\'answers\' soon,"', 'said', 'direct', role='Gov.'),
    s('Patrice Hallam', 'U.S. Sen. Patrice Hallam, a Democrat from Tasker', "she had asked the Federal Railroad Administration for the inspection records of the line and the train's braking system", 'said', role='U.S. Sen.'),
    s('federal data', 'federal data', 'The derailment is the third on the Great Lakes & Western network this year', 'according to'),
    s('Brotherhood of Rail Operating Crews', 'The Brotherhood of Rail Operating Crews', 'longer trains and smaller crews make accidents more likely', 'has warned'),
    s(BETT, "Carl Bettencourt, the union's legislative director for the state", '"This is exactly what we told them would happen,"', 'said', 'direct', role="union's legislative director for the state"),
    s(BETT, '', '"You put one engineer and one conductor|how they inspect it."', '', 'direct', role="union's legislative director for the state"),
    s(KES, 'Kestler', 'that was a question for the investigators', 'said', role=R_KES),
)

WHIT = 'Dana Whitlock'
R_WHIT = 'Chief Executive Officer'
HARR = "Harrowgate's Inc."
BRANDT = 'Hollis Brandt'

doc('ao03-wire-harrowgates-bankruptcy', 'Bloomberg', '2034-07-17', '''
Harrowgate's Department Stores File for Bankruptcy, Plan to Close 40 Locations

- Retailer says it has $180 million in financing to keep operating
- Mall owners, apparel makers among largest unsecured creditors

Harrowgate's Inc., the 112-year-old department store chain, filed for Chapter 11 bankruptcy protection in Delaware, saying it would close about 40 of its 96 stores and try to sell the rest as a going concern.

The company listed assets and liabilities of $500 million to $1 billion each, according to a court filing late Sunday.

It has obtained $180 million of debtor-in-possession financing from a group of lenders led by Crestmoor Capital, which will allow stores to stay open and employees to be paid during the process, Chief Executive Officer Dana Whitlock said in a letter to staff.

"This is not the ending anyone here wanted, but it is the one that gives the most stores a chance to survive," Whitlock wrote.

Harrowgate's has struggled for a decade as shoppers moved online and foot traffic at the regional malls where most of its stores sit dropped by more than a third, according to data from the research firm Placetrace. Sales fell 11% to $1.4 billion in the fiscal year ended in January, the company said in the filing.

The chain's largest unsecured creditors include mall owner Pellston Properties, owed $14.2 million, and apparel maker Ravelle Group, owed $9.8 million, the filing shows. Pellston didn't respond to a request for comment.

Harrowgate's had been preparing a filing since it missed an interest payment in March, people familiar with the matter said at the time. Whitlock, who joined from the discount chain ValuPlenty in 2031, has tried to shrink the company's footprint and remodel its best stores around beauty and home goods.

At a first-day hearing on Monday, Judge Marian Oakes approved the company's request to keep paying employees' wages and benefits. Adrian Falk, a lawyer for the company, told the court that Harrowgate's hoped to find a buyer for the remaining stores by the end of August and that at least two parties had expressed interest.

Retail analysts said the filing could be the first of several among mall-based chains this year.

"The middle of the market is getting squeezed from both ends," said Hollis Brandt, a retail analyst at Trelawney Research. "Harrowgate's was too expensive for bargain hunters and not special enough for people who want luxury."

Brandt estimated that as many as 60 regional malls could lose their last department store by 2036, which landlords have warned would force them to convert the space to apartments, gyms or warehouses.

The 40 stores slated to close include the flagship on Corbett Street in downtown Linwood, which opened in 1922 and has hosted the city's holiday window display for nine decades.

Linwood Mayor Teresa Abad said on social media that she was "heartbroken" and that the city would work with the company to keep the building from sitting empty.

Harrowgate's was founded in 1922 by the brothers Amos and Ezra Harrowgate as a dry goods store and went public in 1968. Private equity firm Tolland Partners bought it in 2018 in a leveraged deal that left it with about $900 million of debt.

Ravelle Group said in an emailed statement that it would keep shipping to Harrowgate's stores on cash terms. The union representing about 1,100 of the chain's warehouse and store workers said it had asked for a meeting with management about severance.
''',
    s(WHIT, 'Retailer', 'it has $180 million in financing to keep operating', 'says', role=R_WHIT),
    s(HARR, "Harrowgate's Inc., the 112-year-old department store chain", 'it would close about 40 of its 96 stores and try to sell the rest as a going concern', 'saying'),
    s(HARR, 'a court filing', 'The company listed assets and liabilities of $500 million to $1 billion each', 'according to'),
    s(WHIT, 'Chief Executive Officer Dana Whitlock', 'It has obtained $180 million of debtor-in-possession financing|to be paid during the process', 'said', role=R_WHIT),
    s(WHIT, 'Whitlock', '"This is not the ending anyone here wanted|a chance to survive,"', 'wrote', 'direct', role=R_WHIT),
    s('Placetrace', 'the research firm Placetrace', "Harrowgate's has struggled for a decade|dropped by more than a third", 'according to'),
    s(HARR, 'the company', 'Sales fell 11% to $1.4 billion in the fiscal year ended in January', 'said'),
    s(HARR, 'the filing', "The chain's largest unsecured creditors include mall owner Pellston Properties|owed $9.8 million", 'shows'),
    s('people familiar with the matter', 'people familiar with the matter', "Harrowgate's had been preparing a filing since it missed an interest payment in March", 'said'),
    s('Adrian Falk', 'Adrian Falk, a lawyer for the company', "Harrowgate's hoped to find a buyer for the remaining stores|had expressed interest", 'told', role='lawyer for the company'),
    s('Retail analysts', 'Retail analysts', 'the filing could be the first of several among mall-based chains this year', 'said'),
    s(BRANDT, 'Hollis Brandt, a retail analyst at Trelawney Research', '"The middle of the market is getting squeezed from both ends,"', 'said', 'direct', role='retail analyst at Trelawney Research'),
    s(BRANDT, '', '"Harrowgate\'s was too expensive for bargain hunters|who want luxury."', '', 'direct', role='retail analyst at Trelawney Research'),
    s(BRANDT, 'Brandt', 'as many as 60 regional malls could lose their last department store by 2036|gyms or warehouses', 'estimated', role='retail analyst at Trelawney Research'),
    s('landlords', 'landlords', 'would force them to convert the space to apartments, gyms or warehouses', 'have warned', nested=True),
    s('Teresa Abad', 'Linwood Mayor Teresa Abad', 'she was "heartbroken" and that the city would work with the company to keep the building from sitting empty', 'said', 'mixed', role='Linwood Mayor'),
    s('Ravelle Group', 'Ravelle Group', "it would keep shipping to Harrowgate's stores on cash terms", 'said'),
    s("union representing about 1,100 of the chain's warehouse and store workers", "The union representing about 1,100 of the chain's warehouse and store workers", 'it had asked for a meeting with management about severance', 'said'),
)

MOR = 'Adaeze Moruka'
R_MOR = 'Culture Minister'
SOL = 'Henrik Solvang'
AAS = 'Liv Aasgard'
COURT = "Olumaro's court"

doc('ao04-wire-kalimbe-bronze-heads-return', 'AFP', '2034-02-24', '''
Osterra returns looted bronze heads to Kalimbe after 140 years

TOMBARA, Feb 24, 2034 (AFP) - Twenty-three bronze heads taken by Osterran soldiers from the royal palace of Kalimbe in 1894 were handed back on Friday in a ceremony that the Kalimbe government called "the beginning of a long homecoming".

The heads, cast between the 16th and 18th centuries, had been held by the Osterran National Museum in Velden since 1897.

"These are not objects. They are our ancestors, and today they are home," Culture Minister Adaeze Moruka said at the ceremony in the palace courtyard, where drummers played as the crates were opened.

Osterra's culture minister, Henrik Solvang, said his country was "ashamed of the violence through which these works came to Velden" and that the return was "an obligation, not a gift".

He said further returns would follow "within months, not years", including a carved ivory mask that Kalimbe first requested in 2021.

Solvang, who flew to Tombara for the handover, signed a transfer of ownership with Moruka and laid a wreath at the palace gate.

The director of the Osterran National Museum, Liv Aasgard, told AFP that the museum still held about 300 objects from Kalimbe and that researchers from both countries were working through their history "piece by piece".

"We were asked for years to return them and we said no for years. That history has to be told in our own galleries too," she said.

Not everyone in Kalimbe was satisfied. The Olumaro's court, the traditional palace authority, said the bronzes belonged to the royal family and not to the state, and warned that it would not accept their being placed in a national museum.

"The heads were taken from the palace. They must return to the palace," said Ikenna Adewoye, a spokesman for the court.

Moruka said a new museum being built beside the palace with Osterran funding would belong to the state, but that the royal family would have a role in running it. Asked whether the heads could be handed to the court, she said the government "will not divide our heritage between palaces and ministries".

Restitution campaigners welcomed the return but said most objects looted from the region were still held abroad.

According to a 2032 survey by the Kalimbe Heritage Commission, more than 12,000 items taken from the country during colonial rule are in museums and private collections in 19 countries.

"One return is a ceremony. Twelve thousand returns is a policy," said Folami Idowu, a historian at the University of Tombara who sat on the commission.

Two other former colonial powers, Varland and Castrelle, have said they are reviewing the origins of African collections in their national museums. The Varland culture ministry did not respond to a request for comment.

Osterra's parliament voted in 2033 to allow objects to leave the national collections, overturning a law that had barred it since 1911.

The bronzes will go on display in Tombara's old customs house from March until the new museum opens, planned for 2036.
''',
    s('Kalimbe government', 'the Kalimbe government', '"the beginning of a long homecoming"', 'called', 'direct'),
    s(MOR, 'Culture Minister Adaeze Moruka', '"These are not objects.|today they are home,"', 'said', 'direct', role=R_MOR),
    s(SOL, "Osterra's culture minister, Henrik Solvang", 'his country was "ashamed of the violence|"an obligation, not a gift"', 'said', 'mixed', role="Osterra's culture minister"),
    s(SOL, 'He', 'further returns would follow "within months, not years", including a carved ivory mask that Kalimbe first requested in 2021', 'said', 'mixed', role="Osterra's culture minister"),
    s(AAS, 'The director of the Osterran National Museum, Liv Aasgard', 'the museum still held about 300 objects from Kalimbe|"piece by piece"', 'told', 'mixed', role='director of the Osterran National Museum'),
    s(AAS, 'she', '"We were asked for years to return them|in our own galleries too,"', 'said', 'direct', role='director of the Osterran National Museum'),
    s(COURT, "The Olumaro's court, the traditional palace authority", 'the bronzes belonged to the royal family and not to the state', 'said'),
    s(COURT, "The Olumaro's court, the traditional palace authority", 'it would not accept their being placed in a national museum', 'warned'),
    s('Ikenna Adewoye', 'Ikenna Adewoye, a spokesman for the court', '"The heads were taken from the palace.|return to the palace,"', 'said', 'direct', role='spokesman for the court'),
    s(MOR, 'Moruka', 'a new museum being built beside the palace with Osterran funding would belong to the state|a role in running it', 'said', role=R_MOR),
    s(MOR, 'she', 'the government "will not divide our heritage between palaces and ministries"', 'said', 'mixed', role=R_MOR),
    s('Restitution campaigners', 'Restitution campaigners', 'the return', 'welcomed'),
    s('Restitution campaigners', 'Restitution campaigners', 'most objects looted from the region were still held abroad', 'said'),
    s('Kalimbe Heritage Commission', 'the Kalimbe Heritage Commission', 'more than 12,000 items taken from the country during colonial rule are in museums and private collections in 19 countries', 'according to', date='2032'),
    s('Folami Idowu', 'Folami Idowu, a historian at the University of Tombara who sat on the commission', '"One return is a ceremony.|is a policy,"', 'said', 'direct', role='historian at the University of Tombara'),
    s('Varland and Castrelle', 'Varland and Castrelle', 'they are reviewing the origins of African collections in their national museums', 'have said'),
)

PRU = 'Alma Pruitt'
R_PRU = 'Corrections Commissioner'
FAR = 'Gideon Farrow'
R_FAR = 'State Police Maj.'
SHEF = 'Lonnie Sheffield'
WCOA = 'Wynnett Correctional Officers Association'

doc('ao05-wire-wynnett-prison-escape-manhunt', 'Associated Press', '2034-10-17', '''
Search widens for 2 inmates who cut through fences at Wynnett prison

BRENNER FALLS, Wynnett (AP) - Authorities widened the search Tuesday for two men who escaped from a maximum-security prison in northern Wynnett by cutting through two fences during a shift change, and warned residents not to approach them.

Dorian Keele, 38, serving life for murder, and Marcus Tobin Reyes, 29, serving 25 years for armed robbery, were found missing during a 6 a.m. count on Monday at the Harlow Flats Correctional Center, the Wynnett Department of Corrections said.

Corrections Commissioner Alma Pruitt said at a news conference that the men had used tools taken from a prison workshop and that a guard tower overlooking that stretch of fence had been unstaffed because of a shortage of officers.

"That tower should have been staffed. I'm not going to stand here and tell you otherwise," Pruitt said. She said an internal investigation had begun and that two employees had been placed on leave.

The prison, which houses about 1,400 inmates, was placed on lockdown. Visits were cancelled until further notice, the department said.

State Police Maj. Gideon Farrow, who is leading the search, said officers were checking abandoned farmhouses and hunting cabins in the forest around the prison, and that a pickup truck reported stolen about 12 miles away may be connected.

"They have a head start, but they're on foot in rough country, or they were," Farrow said. "Every hour that goes by, we learn a little more about where they're not."

The union representing corrections officers, the Wynnett Correctional Officers Association, said it had written to the department at least four times this year about staffing at Harlow Flats.

"We begged them. We sent letters, we testified, we went to the governor's office," said Lonnie Sheffield, the association's president. He said about one in four officer positions at the prison was vacant.

Gov. Ramona Teague said she had ordered a review of security at all four of the state's maximum-security prisons and would ask lawmakers for money to raise officers' starting pay.

Residents near the prison said they were keeping their doors locked and their children inside. Tess Winslow, who runs a bait shop two miles from the prison, said deputies had stopped by twice to ask whether she had seen anyone.

"I keep the shotgun by the register now. I never did that before," she said.

Keele escaped once before, in 2019, from a county jail and was caught two days later, according to court records.

Pruitt declined to say whether the men had help from inside the prison. The state Bureau of Investigation is offering a reward of up to $10,000 for information leading to the arrest of each man.

Harlow Flats, which opened in 1974, had its last escape in 2008, when an inmate hid in a laundry truck. He was caught the same evening.

Reyes' mother, Consuelo Reyes, pleaded with her son in a video posted by a local television station to turn himself in. "Mijo, please. Nobody has to get hurt. Call me," she said.
''',
    s('Authorities', 'Authorities', 'residents not to approach them', 'warned'),
    s('Wynnett Department of Corrections', 'the Wynnett Department of Corrections', 'Dorian Keele, 38, serving life for murder|at the Harlow Flats Correctional Center', 'said'),
    s(PRU, 'Corrections Commissioner Alma Pruitt', 'the men had used tools taken from a prison workshop|a shortage of officers', 'said', role=R_PRU),
    s(PRU, 'Pruitt', '"That tower should have been staffed.|tell you otherwise,"', 'said', 'direct', role=R_PRU),
    s(PRU, 'She', 'an internal investigation had begun and that two employees had been placed on leave', 'said', role=R_PRU),
    s('Wynnett Department of Corrections', 'the department', 'Visits were cancelled until further notice', 'said'),
    s(FAR, 'State Police Maj. Gideon Farrow, who is leading the search', 'officers were checking abandoned farmhouses|may be connected', 'said', role=R_FAR),
    s(FAR, 'Farrow', '"They have a head start, but they\'re on foot in rough country, or they were,"', 'said', 'direct', role=R_FAR),
    s(FAR, '', '"Every hour that goes by|where they\'re not."', '', 'direct', role=R_FAR),
    s(WCOA, 'The union representing corrections officers, the Wynnett Correctional Officers Association', 'it had written to the department at least four times this year about staffing at Harlow Flats', 'said'),
    s(SHEF, "Lonnie Sheffield, the association's president", '"We begged them.|the governor\'s office,"', 'said', 'direct', role="association's president"),
    s(SHEF, 'He', 'about one in four officer positions at the prison was vacant', 'said', role="association's president"),
    s('Ramona Teague', 'Gov. Ramona Teague', "she had ordered a review of security|to raise officers' starting pay", 'said', role='Gov.'),
    s('Residents near the prison', 'Residents near the prison', 'they were keeping their doors locked and their children inside', 'said'),
    s('Tess Winslow', 'Tess Winslow, who runs a bait shop two miles from the prison', 'deputies had stopped by twice to ask whether she had seen anyone', 'said'),
    s('Tess Winslow', 'she', '"I keep the shotgun by the register now. I never did that before,"', 'said', 'direct'),
    s('court records', 'court records', 'Keele escaped once before, in 2019, from a county jail and was caught two days later', 'according to'),
    s('Consuelo Reyes', "Reyes' mother, Consuelo Reyes", 'her son|to turn himself in', 'pleaded with'),
    s('Consuelo Reyes', 'she', '"Mijo, please. Nobody has to get hurt. Call me,"', 'said', 'direct'),
)
