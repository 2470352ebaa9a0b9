"""Set AT's six government texts (see build_at.py)."""
from invented_common import doc_spans as doc, s

KARV = 'Ilse Karvonen'
BASA = 'Teodor Basarab'
PAIR = 'Ilse Karvonen and Teodor Basarab'

doc('at06-gov-varessa-dorlund-ansel-river-treaty-signing', 'Ministry of Foreign Affairs of the Republic of Varessa', '2034-05-12', '''
MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF VARESSA
Press Release
12 May 2034

Varessa and Dorlund sign Treaty on the Ansel River

On 12 May, in the town of Lindvik on the Ansel River, Minister of Foreign Affairs of the Republic of Varessa Ilse Karvonen and Minister of Foreign Affairs of the Kingdom of Dorlund Teodor Basarab signed the Treaty between the Republic of Varessa and the Kingdom of Dorlund on the Sharing and Protection of the Waters of the Ansel River.

The Treaty sets a minimum flow of 42 cubic metres per second at the border in every month of the year, establishes a Joint Ansel Commission with equal representation of the two Parties, and requires each Party to notify the other at least six months before building any dam, canal or water intake on the river. It replaces the exchange of letters of 1967, which set no minimum flow. The Ansel rises in the Varessan highlands and flows for 212 kilometres through Dorlund before reaching the sea; about 1.2 million people live in its basin, and its waters irrigate some 90,000 hectares of farmland on the two banks.

In their statements at the signing ceremony, the Ministers noted that the Treaty concluded eleven years of negotiations and would give farmers, towns and industries on both banks certainty about the river's waters for decades to come.

Minister Karvonen said: "Rivers do not stop at borders, and neither do droughts. Today our two countries have chosen to share what is scarce rather than to quarrel over it."

Minister Basarab stressed that the Treaty was "a model for the whole region" and expressed the hope that it would be followed by similar agreements on the Orme and the Tessel.

The Dorlund side expressed readiness to host the first session of the Joint Ansel Commission in Brask in the autumn.

Also present at the ceremony was the Chair of the Joint Technical Working Group, Dr. Anneli Roos, who told the Ministers that the river's average summer flow at the border had fallen by a quarter since 1990.

The Ministers also discussed cooperation in flood forecasting, the reconstruction of the Lindvik road bridge and cross-border rail links.

The Ministers agreed on the following next steps:
- the Treaty will be submitted to the parliaments of both countries for ratification before the end of 2034;
- the Joint Ansel Commission will adopt its rules of procedure at its first session;
- the two ministries of agriculture will prepare a joint programme to reduce water losses in irrigation by 2037.

At a joint press conference after the ceremony, Minister Basarab said Dorlund would begin releasing water under the new rules as soon as the Treaty entered into force.

Asked about the concerns of farmers' associations in the lower Ansel valley, Minister Karvonen replied that the minimum flow had been set "with the lower valley in mind" and that the Commission would review it every five years.

Minister Karvonen thanked the Dorlund side for its hospitality and invited Minister Basarab to visit Varessa in 2035. The invitation was accepted with gratitude.

The Treaty was negotiated by delegations led by Ambassador Marta Olsvik and Ambassador Gheorghe Darvas. It will enter into force on the thirtieth day after the exchange of the instruments of ratification.
''',
    s(PAIR, 'the Ministers', "the Treaty concluded eleven years of negotiations|for decades to come", 'noted'),
    s(KARV, 'Minister Karvonen', '"Rivers do not stop at borders, and neither do droughts.|quarrel over it."', 'said', 'direct', role='Minister of Foreign Affairs'),
    s(BASA, 'Minister Basarab', 'the Treaty was "a model for the whole region"', 'stressed', 'mixed', role='Minister of Foreign Affairs'),
    s(BASA, '', 'it would be followed by similar agreements on the Orme and the Tessel', 'expressed the hope', role='Minister of Foreign Affairs'),
    s(BASA, 'The Dorlund side', 'readiness to host the first session of the Joint Ansel Commission in Brask in the autumn', 'expressed', role='Minister of Foreign Affairs'),
    s('Anneli Roos', 'the Chair of the Joint Technical Working Group, Dr. Anneli Roos', "the river's average summer flow at the border had fallen by a quarter since 1990", 'told', role='Chair of the Joint Technical Working Group'),
    s(PAIR, 'The Ministers', 'the Treaty will be submitted to the parliaments of both countries for ratification before the end of 2034;', 'agreed'),
    s(PAIR, 'The Ministers', 'the Joint Ansel Commission will adopt its rules of procedure at its first session;', 'agreed'),
    s(PAIR, 'The Ministers', 'the two ministries of agriculture will prepare a joint programme to reduce water losses in irrigation by 2037.', 'agreed'),
    s(BASA, 'Minister Basarab', 'Dorlund would begin releasing water under the new rules as soon as the Treaty entered into force', 'said', role='Minister of Foreign Affairs'),
    s(KARV, 'Minister Karvonen', 'the minimum flow had been set "with the lower valley in mind" and that the Commission would review it every five years', 'replied', 'mixed', role='Minister of Foreign Affairs'),
)

TRIB = 'Immigration and Refugee Appeal Tribunal of Norvenia'
PO = 'Protection Officer'
FERR = 'Daniel Ferrier'
LOWE = 'Harriet Lowe'

doc('at07-gov-norvenia-refugee-appeal-tribunal-decision', 'Immigration and Refugee Appeal Tribunal of Norvenia', '2034-06-24', '''
IMMIGRATION AND REFUGEE APPEAL TRIBUNAL OF NORVENIA

Appeal No. RA/2034/0417

DECISION AND REASONS

Between: AB (Appellant) and the Minister of the Interior (Respondent)

Heard at Haldrup on 3 June 2034. Decision promulgated on 24 June 2034.

Before: Tribunal Member Ruth Adebayo-Lind (presiding), Tribunal Member Kasper Holm

Representation: Mr. Daniel Ferrier, counsel, for the Appellant; Ms. Harriet Lowe, Presenting Officer, for the Respondent

Anonymity: The Tribunal has ordered that the Appellant be referred to as AB. No report of these proceedings may identify him or any member of his family.

DECISION

The appeal is allowed. The Tribunal sets aside the decision of the Protection Officer dated 14 January 2034 and substitutes a decision recognising AB as a refugee.

REASONS

Background

1. AB is a national of the Republic of Ostrava, aged 31. He arrived in Norvenia in August 2033 and applied for protection the following day.

2. AB told the Protection Officer that he had been a member of the Ostravan Teachers' Union and had been detained for nine days in 2032 after organising a strike at his school in the town of Veles. He said that he had been beaten during his detention and released only after signing a statement promising to leave the union.

3. The Protection Officer accepted that AB had been a union member but found that his account of detention was not credible, because he had given different dates for his arrest at his screening interview and at his main interview.

The appeal

4. Mr. Ferrier submitted that the difference in dates was explained by the appellant's use of the Ostravan calendar at his screening interview, where no interpreter of his dialect was present. He also relied on a medical report by Dr. Sunniva Brekke, a forensic physician, which records that AB has scars on his back and wrists "highly consistent" with his account of being beaten.

5. Ms. Lowe argued that even if AB had been detained in 2032, he would not face a real risk on return, since the Ostravan government had released most detained union members under an amnesty in 2033.

6. A report by the Ministry of the Interior's Country Information Service, dated March 2034, states that the amnesty "did not extend to those regarded as organisers." According to Human Rights Monitor's 2033 report on Ostrava, at least 40 union organisers were rearrested after the amnesty, several of them at the border on their return from abroad.

7. AB's sister, who gave evidence by video link from a third country, confirmed that police had visited the family home twice in 2034 asking where AB was. Her evidence was measured and consistent, and she did not try to add to what she had seen herself.

Findings

8. The Tribunal accepts that AB was detained and ill-treated in 2032. It finds that the difference in dates is adequately explained by the calendar used at the screening interview, and that the medical evidence strongly supports his account.

9. The Tribunal finds that AB would face a real risk of persecution on return because of his role as a union organiser. No submission was made that he could safely relocate within Ostrava.

10. Tribunal Member Holm agrees with these reasons.

Signed: Ruth Adebayo-Lind, Presiding Member
''',
    s('AB', 'AB', "he had been a member of the Ostravan Teachers' Union|at his school in the town of Veles", 'told'),
    s('AB', 'He', 'he had been beaten during his detention and released only after signing a statement promising to leave the union', 'said'),
    s(PO, 'The Protection Officer', 'AB had been a union member', 'accepted'),
    s(PO, '', 'his account of detention was not credible|and at his main interview', 'found'),
    s(FERR, 'Mr. Ferrier', "the difference in dates was explained by the appellant's use of the Ostravan calendar|no interpreter of his dialect was present", 'submitted', role='counsel'),
    s('Sunniva Brekke', 'a medical report by Dr. Sunniva Brekke', 'AB has scars on his back and wrists "highly consistent" with his account of being beaten', 'records', 'mixed', role='forensic physician'),
    s(LOWE, 'Ms. Lowe', 'even if AB had been detained in 2032, he would not face a real risk on return|under an amnesty in 2033', 'argued', role='Presenting Officer'),
    s('Country Information Service', "A report by the Ministry of the Interior's Country Information Service", 'the amnesty "did not extend to those regarded as organisers."', 'states', 'mixed'),
    s('Human Rights Monitor', "Human Rights Monitor's 2033 report on Ostrava", 'at least 40 union organisers were rearrested after the amnesty|on their return from abroad', 'According to'),
    s("AB's sister", "AB's sister", 'police had visited the family home twice in 2034 asking where AB was', 'confirmed'),
    s(TRIB, 'The Tribunal', 'AB was detained and ill-treated in 2032', 'accepts'),
    s(TRIB, 'It', 'the difference in dates is adequately explained|strongly supports his account', 'finds'),
    s(TRIB, 'The Tribunal', 'AB would face a real risk of persecution on return because of his role as a union organiser', 'finds'),
)

MARC = 'Joanne Marceau'
CPL = 'the Complainant'
WO1 = 'Witness Official #1'
CW1 = 'Civilian Witness #1'

doc('at08-gov-oipm-director-report-fort-hale-arrest', 'Office of the Independent Police Monitor', '2034-07-09', '''
OFFICE OF THE INDEPENDENT POLICE MONITOR

Director's Report - Case 34-OIPM-058

Serious injury to a 46-year-old man during an arrest in Fort Hale on March 2, 2034

Director: Joanne Marceau
Date of report: July 9, 2034

Mandate

The Office of the Independent Police Monitor (OIPM) investigates incidents in which the conduct of a police officer may have resulted in death, serious injury or the discharge of a firearm at a person. Under the Police Oversight Act, the Director decides whether there are reasonable grounds to believe that an officer committed a criminal offence and, if so, whether to lay a charge.

Summary

On March 2, 2034, at about 11:20 p.m., an officer of the Fort Hale Police Service arrested a 46-year-old man (the Complainant) outside a convenience store on Cutler Street. The Complainant was taken to hospital the next morning, where a fracture of his left wrist was diagnosed. The Fort Hale Police Service notified the OIPM on March 3, and three investigators were assigned.

The Director has concluded that there are no reasonable grounds to believe that the officer committed a criminal offence. The file is closed.

Evidence

The Complainant told investigators that he had been arguing with the store clerk about a refund when the officer arrived. He said the officer grabbed his arm without warning, pulled it behind his back and pushed him face-first onto the pavement.

The Subject Official (SO), a constable with six years of service, declined an interview and did not provide his notes, as is his legal right.

Witness Official #1 (WO #1), who arrived about two minutes later, told investigators that the Complainant was kneeling on the sidewalk when she got there and that the SO was holding him by the wrist. She said the Complainant shouted that his arm was broken.

The store clerk, identified as Civilian Witness #1 (CW #1), said the Complainant had "thrown a bottle of juice" at the counter and refused to leave. According to CW #1, the Complainant pulled away when the SO first took hold of his arm, and both men fell.

Security camera footage from the store captured the last 40 seconds of the encounter, without sound. In it, the Complainant turns sharply away from the SO as the SO holds his left arm, and the two men go to the ground together.

According to hospital records, the Complainant had a fracture of the left wrist and a blood alcohol level of 0.19 when he was examined.

Analysis and Director's Decision

The Director accepts that the arrest was lawful. The clerk had asked the Complainant to leave, and his refusal, after he had thrown an object at the counter, gave the officer grounds to arrest him for causing a disturbance.

In the Director's view, the force used was no more than was reasonably necessary. On the footage, the SO does not strike the Complainant or push him to the ground; the two men lose their balance as one pulls away from the other.

The Director notes that the Complainant's account of being pushed face-first cannot be reconciled with the footage. The injury may have been caused by the fall, or by the SO's grip as the Complainant turned, but neither would be a criminal act.

Recommendation

Although no charge is warranted, the Director recommends that the Fort Hale Police Service remind its officers to request medical attention promptly for any person in custody who complains of an injury. The Complainant was not seen by a doctor until about nine hours after his arrest.

Response of the Fort Hale Police Service

In a letter to the OIPM dated July 2, Chief Brendan Kowal said the service accepted the recommendation and would issue a reminder to all patrol officers by the end of July.

The OIPM's reports are published under section 31 of the Police Oversight Act. Personal information has been removed.
''',
    s(MARC, 'The Director', 'there are no reasonable grounds to believe that the officer committed a criminal offence', 'has concluded', role='Director'),
    s(CPL, 'The Complainant', 'he had been arguing with the store clerk about a refund when the officer arrived', 'told'),
    s(CPL, 'He', 'the officer grabbed his arm without warning, pulled it behind his back and pushed him face-first onto the pavement', 'said'),
    s(WO1, 'Witness Official #1 (WO #1)', 'the Complainant was kneeling on the sidewalk when she got there and that the SO was holding him by the wrist', 'told'),
    s(WO1, 'She', 'the Complainant shouted that his arm was broken', 'said'),
    s(CPL, 'the Complainant', 'his arm was broken', 'shouted', nested=True, via=WO1),
    s(CW1, 'The store clerk, identified as Civilian Witness #1 (CW #1)', 'the Complainant had "thrown a bottle of juice" at the counter and refused to leave', 'said', 'mixed', role='store clerk'),
    s(CW1, 'CW #1', 'the Complainant pulled away when the SO first took hold of his arm, and both men fell', 'According to', role='store clerk'),
    s('hospital records', 'hospital records', 'the Complainant had a fracture of the left wrist|when he was examined', 'According to'),
    s(MARC, 'The Director', 'the arrest was lawful', 'accepts', role='Director'),
    s(MARC, "the Director's", 'the force used was no more than was reasonably necessary', "In the Director's view", role='Director'),
    s(MARC, 'The Director', "the Complainant's account of being pushed face-first cannot be reconciled with the footage", 'notes', role='Director'),
    s(MARC, 'the Director', 'the Fort Hale Police Service remind its officers to request medical attention|complains of an injury', 'recommends', role='Director'),
    s('Brendan Kowal', 'Chief Brendan Kowal', 'the service accepted the recommendation and would issue a reminder to all patrol officers by the end of July', 'said', role='Chief'),
)

HEND = 'Pieter Hendrickx'
AMAD = 'Grace Amadi'
MERI = 'Meridane Pharmaceuticals'

doc('at09-gov-senate-health-committee-drug-prices-hearing', 'Senate of Westmere', '2034-04-20', '''
THE SENATE OF WESTMERE
STANDING COMMITTEE ON SOCIAL AFFAIRS AND HEALTH
EVIDENCE
Thursday, April 20, 2034

The Standing Committee on Social Affairs and Health met this day at 9 a.m. to continue its study of the prices of prescription drugs.

Senator Margaret Olafsen (Chair) in the chair.

The Chair: Good morning, honourable senators. I call this meeting to order. We continue our study of prescription drug prices. Our first witness is Mr. Pieter Hendrickx, Chief Executive Officer of Meridane Pharmaceuticals. Mr. Hendrickx, you have five minutes.

Pieter Hendrickx, Chief Executive Officer, Meridane Pharmaceuticals: Thank you, Madam Chair. Meridane makes 140 medicines, and 31 of them are sold in this country. Our cystic fibrosis treatment, Kalvera, has been the subject of a great deal of comment, so let me address it directly.

Kalvera costs about $310,000 per patient per year at list price. That price pays for twelve years of research, including two trials that failed, and for the trials we are running now in children under six. No public insurer in this country pays the list price; the confidential discounts we negotiate are substantial.

We understand that families are frustrated. We are prepared to work with the provinces on a national agreement that would make Kalvera available to every eligible patient within a year.

The Chair: Thank you. Senator Dubois.

Senator Dubois: Mr. Hendrickx, your company's annual report says that Kalvera earned $2.4 billion worldwide last year. The Drug Prices Review Board told this committee in March that the price here is the third highest among the eleven countries it compares. How do you justify that?

Mr. Hendrickx: Senator, the comparison the board uses is of list prices, and list prices are not what anyone pays. I cannot disclose our confidential discounts, but I can tell you that the net price here is lower than in most of those countries.

Senator Dubois: Would you put that in writing to the committee, confidentially?

Mr. Hendrickx: Yes. Our legal team will send the committee the figures under its confidentiality rules by the end of the month.

The Chair: Senator Akwasi-Brandt.

Senator Akwasi-Brandt: Thank you, Chair. I want to put on the record that three families in my province have written to me this year after their children were refused Kalvera by the provincial drug plan. Mr. Hendrickx, you said a national agreement could be reached within a year. What is stopping it today?

Mr. Hendrickx: The provinces negotiate as a group, and that process has its own timetable. We made an offer to the provincial purchasing alliance in January. We are waiting for their reply.

The Chair: Thank you. We now welcome Ms. Grace Amadi, Executive Director of the Cystic Fibrosis Families Network. Ms. Amadi.

Grace Amadi, Executive Director, Cystic Fibrosis Families Network: Thank you for inviting us. I am the mother of a 14-year-old with cystic fibrosis, and I speak today for about 1,800 families.

Mr. Hendrickx told you that no public insurer pays the list price. That may be true, but families in four provinces are being told that Kalvera is not covered at all, and some are paying for it with second mortgages. Our survey of members in February found that one family in five had borrowed money to pay for medicines.

We ask the committee to recommend a national price agreement with a deadline, not just a hope.

The Chair: Thank you, Ms. Amadi. Senator Dubois, a short question.

Senator Dubois: Ms. Amadi, do the families you represent know what the discounted price is?

Ms. Amadi: No. Nobody outside the negotiating room does. That is part of the problem.

The Chair: Honourable senators, we are out of time. I thank our witnesses. The committee is adjourned.

(The committee adjourned.)
''',
    s(HEND, 'Pieter Hendrickx', 'Meridane makes 140 medicines|every eligible patient within a year.', '', role='Chief Executive Officer'),
    s(MERI, "your company's annual report", 'Kalvera earned $2.4 billion worldwide last year', 'says'),
    s('Drug Prices Review Board', 'The Drug Prices Review Board', 'the price here is the third highest among the eleven countries it compares', 'told'),
    s(HEND, 'Mr. Hendrickx', 'the comparison the board uses is of list prices|most of those countries.', '', role='Chief Executive Officer'),
    s(HEND, 'Mr. Hendrickx', 'Yes. Our legal team will send the committee the figures|by the end of the month.', '', role='Chief Executive Officer'),
    s('Akwasi-Brandt', 'Senator Akwasi-Brandt', 'I want to put on the record that three families in my province|by the provincial drug plan.', '', role='Senator'),
    s(HEND, 'you', 'a national agreement could be reached within a year', 'said', role='Chief Executive Officer'),
    s(HEND, 'Mr. Hendrickx', 'The provinces negotiate as a group|We are waiting for their reply.', '', role='Chief Executive Officer'),
    s(AMAD, 'Grace Amadi', 'I am the mother of a 14-year-old with cystic fibrosis|with a deadline, not just a hope.', '', role='Executive Director'),
    s(HEND, 'Mr. Hendrickx', 'no public insurer pays the list price', 'told', nested=True, via=AMAD, role='Chief Executive Officer'),
    s('Cystic Fibrosis Families Network', 'Our survey of members in February', 'one family in five had borrowed money to pay for medicines', 'found', nested=True, via=AMAD),
    s(AMAD, 'Ms. Amadi', 'No. Nobody outside the negotiating room does. That is part of the problem.', '', role='Executive Director'),
)

MARA = 'Ministry of Agriculture and Rural Affairs'
DUNM = 'Carla Dunmore'
WCPA = "Westmark Cattle Producers' Association"
HALV = 'Doug Halvorsen'
PELL = 'Nadia Pelletier'

doc('at10-gov-westmark-drought-feed-assistance-release', 'Government of Westmark', '2034-02-12', '''
MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Government of Westmark
News Release
February 12, 2034

Drought relief: feed payments of up to $120 per head for Westmark livestock farmers

EASTON — Westmark will pay livestock farmers up to $120 per head of breeding cattle, and up to $25 per ewe or doe, to help cover the cost of feed after last summer's drought, Agriculture Minister Carla Dunmore announced today.

The $58-million Feed Assistance Program is the largest single payment to Westmark farmers since the floods of 2019.

"Last summer, some of our farmers cut one crop of hay instead of three. They have been buying feed at prices nobody budgeted for, and some have been selling cows they spent twenty years breeding," Dunmore said at a cattle auction in Pell's Crossing. "This program is about keeping those herds on the land."

The ministry estimates that about 3,400 farms will qualify and that the average payment will be about $14,000.

Payments will be made in two instalments, the first by April 15 and the second by July 31.

To qualify, a farm must:
- have kept breeding livestock on December 31, 2033;
- be located in one of the 14 counties declared drought areas in 2033;
- have reported farm income to the Westmark Revenue Agency for 2032 or 2033.

The federal government has said it will share the cost of the program under the national disaster assistance framework, Dunmore said. Talks on the federal share are continuing.

Farmers at the auction said hay that sold for $70 a bale two years ago was now fetching $160 or more, when it could be found at all.

The Westmark Cattle Producers' Association, which had asked for $200 per head, welcomed the program but said the payments would cover less than half of the extra feed costs for most of its members.

"This is real money and it will help. But nobody should think it closes the gap," said the association's president, Doug Halvorsen, who raises about 180 cows near Marden. "Some of our members will still have to sell part of their herd before spring."

Opposition agriculture critic Nadia Pelletier said the program came "six months too late" for farmers who had already sold cattle in the fall, and called on the minister to make the payments retroactive.

Applications open March 1 at westmark.ca/feedassistance. Farmers without internet access can apply at any of the ministry's 22 regional offices.

Quick facts
- Westmark has about 9,600 cattle farms and 1,100 sheep and goat farms.
- According to Statistics Westmark, hay yields in 2033 were 41% below the five-year average, and the price of a large round bale more than doubled.
- The province declared drought areas in 14 of its 22 counties in August 2033.

Media contact
Ministry of Agriculture and Rural Affairs Communications
555-0148
''',
    s(DUNM, 'Agriculture Minister Carla Dunmore', 'Westmark will pay livestock farmers up to $120 per head of breeding cattle|after last summer\'s drought', 'announced', role='Agriculture Minister'),
    s(DUNM, 'Dunmore', '"Last summer, some of our farmers cut one crop of hay instead of three.|spent twenty years breeding,"', 'said', 'direct', role='Agriculture Minister'),
    s(DUNM, '', '"This program is about keeping those herds on the land."', '', 'direct', role='Agriculture Minister'),
    s(MARA, 'The ministry', 'about 3,400 farms will qualify and that the average payment will be about $14,000', 'estimates'),
    s(DUNM, 'Dunmore', 'The federal government has said it will share the cost of the program under the national disaster assistance framework', 'said', role='Agriculture Minister'),
    s('federal government', 'The federal government', 'it will share the cost of the program under the national disaster assistance framework', 'has said', nested=True, via=DUNM),
    s('Farmers at the auction', 'Farmers at the auction', 'hay that sold for $70 a bale two years ago was now fetching $160 or more, when it could be found at all', 'said'),
    s(WCPA, "The Westmark Cattle Producers' Association", 'the program', 'welcomed'),
    s(WCPA, '', 'the payments would cover less than half of the extra feed costs for most of its members', 'said'),
    s(HALV, "the association's president, Doug Halvorsen", '"This is real money and it will help. But nobody should think it closes the gap,"', 'said', 'direct', role='president'),
    s(HALV, '', '"Some of our members will still have to sell part of their herd before spring."', '', 'direct', role='president'),
    s(PELL, 'Opposition agriculture critic Nadia Pelletier', 'the program came "six months too late" for farmers who had already sold cattle in the fall', 'said', 'mixed', role='Opposition agriculture critic'),
    s(PELL, '', 'the minister to make the payments retroactive', 'called on', role='Opposition agriculture critic'),
    s('Statistics Westmark', 'Statistics Westmark', 'hay yields in 2033 were 41% below the five-year average|more than doubled', 'According to'),
)

STRA = 'Eileen Strand'
PRYO = 'Joanna Pryor'
MBEK = 'Alan Mbeki'

doc('at11-gov-carrick-mills-council-minutes', 'Town of Carrick Mills', '2034-05-09', '''
TOWN OF CARRICK MILLS
MINUTES OF THE REGULAR MEETING OF COUNCIL
Tuesday, May 9, 2034, 7:00 p.m.
Council Chambers, Town Hall

Present: Mayor Eileen Strand; Councillors Gordon Fisk, Amaka Abara, Lena Varga and Peter Doucette
Staff: Alan Mbeki, Director of Public Works; Sharon Kealey, Clerk

1. CALL TO ORDER
Mayor Strand called the meeting to order at 7:02 p.m.

2. ADOPTION OF THE AGENDA
Moved by Councillor Fisk, seconded by Councillor Abara:
THAT the agenda be adopted as circulated.
CARRIED

3. DELEGATIONS
3.1 Joanna Pryor, Carrick Mills Public Library Board, re: proposed reduction of library hours
Ms. Pryor stated that the Board's survey of 640 library users found that Saturday afternoon is the busiest time of the week at the library, and that closing at noon on Saturdays would affect families and students most. She urged Council to restore the Saturday hours in the 2035 budget. Members of Council asked questions about the survey and the cost of the extra hours.

3.2 Tomasz Wrobel, Wrobel's Hardware, re: parking meters on Main Street
Mr. Wrobel spoke in opposition to the proposed parking meters on Main Street. He said that most of his customers stay less than 20 minutes and that meters would send them to the big-box stores on Highway 9.

4. STAFF REPORTS
4.1 Report PW-2034-11, Water and Wastewater Rates
The Director of Public Works presented the report. Mr. Mbeki advised that the water reserve fund would fall below its minimum balance by 2036 unless rates increase by at least 6% a year for the next four years.

Councillor Fisk expressed concern that the increase would fall hardest on seniors living on fixed incomes.

Councillor Abara noted that even after the increase, Carrick Mills rates would remain below those of neighbouring Port Lesley.

In response to a question from Councillor Varga, Mr. Mbeki confirmed that the provincial grant described in item 5.1 could be used only for the treatment plant and not to offset the rate increase.

Moved by Councillor Varga, seconded by Councillor Abara:
THAT Council approve a water and wastewater rate increase of 6% effective July 1, 2034.
Recorded vote: In favour: Strand, Abara, Varga, Doucette. Opposed: Fisk.
CARRIED

4.2 Report CL-2034-04, Summer Meeting Schedule
Moved by Councillor Doucette, seconded by Councillor Varga:
THAT Council hold one regular meeting in each of July and August 2034, on July 11 and August 15.
CARRIED

5. CORRESPONDENCE
5.1 Letter from the Ministry of Municipal Affairs, dated April 20, 2034, advising that the Town's application to the Small Water Systems Grant has been approved in the amount of $410,000 for upgrades to the treatment plant.
Received for information.

6. MAYOR'S REPORT
Mayor Strand reported that she had met with the local Member of the Legislature regarding the Highway 9 bypass, and that the Ministry of Transportation has indicated that an environmental assessment will begin in 2035.

7. ADJOURNMENT
Moved by Councillor Doucette, seconded by Councillor Fisk:
THAT the meeting adjourn at 8:41 p.m.
CARRIED

Eileen Strand, Mayor
Sharon Kealey, Clerk
''',
    s(PRYO, 'Ms. Pryor', "the Board's survey of 640 library users found|would affect families and students most", 'stated'),
    s('Carrick Mills Public Library Board', "the Board's survey of 640 library users", 'Saturday afternoon is the busiest time of the week at the library', 'found', nested=True, via=PRYO),
    s(PRYO, 'She', 'Council to restore the Saturday hours in the 2035 budget', 'urged'),
    s('Tomasz Wrobel', 'Mr. Wrobel', 'the proposed parking meters on Main Street', 'spoke in opposition to'),
    s('Tomasz Wrobel', 'He', 'most of his customers stay less than 20 minutes|big-box stores on Highway 9', 'said'),
    s(MBEK, 'Mr. Mbeki', 'the water reserve fund would fall below its minimum balance by 2036|for the next four years', 'advised', role='Director of Public Works'),
    s('Gordon Fisk', 'Councillor Fisk', 'the increase would fall hardest on seniors living on fixed incomes', 'expressed concern', role='Councillor'),
    s('Amaka Abara', 'Councillor Abara', 'even after the increase, Carrick Mills rates would remain below those of neighbouring Port Lesley', 'noted', role='Councillor'),
    s(MBEK, 'Mr. Mbeki', 'the provincial grant described in item 5.1 could be used only for the treatment plant|offset the rate increase', 'confirmed', role='Director of Public Works'),
    s('Ministry of Municipal Affairs', 'Letter from the Ministry of Municipal Affairs', "the Town's application to the Small Water Systems Grant has been approved|upgrades to the treatment plant", 'advising'),
    s(STRA, 'Mayor Strand', 'she had met with the local Member of the Legislature|will begin in 2035', 'reported', role='Mayor'),
    s('Ministry of Transportation', 'the Ministry of Transportation', 'an environmental assessment will begin in 2035', 'has indicated', nested=True, via=STRA),
)
