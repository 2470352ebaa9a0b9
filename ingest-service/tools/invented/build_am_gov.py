"""Set AM's six government texts (see build_am.py)."""
from invented_common import doc_spans as doc, s

KORV = 'Anneliese Korvath'
R_KORV = 'Foreign Ministry Spokesperson'

doc('am06-gov-halvenia-foreign-ministry-regular-briefing', 'Ministry of Foreign Affairs of Halvenia', '2034-06-12', '''
Foreign Ministry Spokesperson Anneliese Korvath's Regular Press Briefing on 12 June 2034

Anneliese Korvath: Good afternoon, everyone. I have two items to open with. At the invitation of Foreign Minister Rasmus Telle, the Foreign Minister of the Republic of Ostrel, Piet Garrow, will pay an official visit to Halvenia from 15 to 17 June. The two ministers will hold talks on the maritime boundary, fisheries and the reopening of the Brask ferry line.

Second, the ministry has been informed that a Halvenian national was injured in the earthquake in the Tessine region on Sunday. Our consulate in Port Amaro is in contact with him and his family, and he is receiving treatment in hospital. We have no information at this time about other Halvenian citizens affected.

Question: Nordvik Radio. The Ostrelian coast guard said on Monday that Halvenian patrol boats entered its waters three times last week near the Skerra banks. Will this be on the agenda of the visit?

Answer: Our patrol boats operate in waters under Halvenian jurisdiction, in line with international law. The area near the Skerra banks is precisely the kind of question that the two ministers will discuss, and we believe talks are the right way to settle it. I would not want to anticipate their outcome.

Question: Halvenia Today. Will the ministers sign an agreement on the ferry line?

Answer: The teams have been working on a text for several months. If it is ready, it will be signed. If it is not ready, it will be signed later. What matters is that the ferry runs again next summer.

Follow-up: So the visit could end without any agreement at all?

Answer: Every visit ends with something. I can tell you that there will be a joint press conference on 16 June, and you are all welcome to ask the ministers yourselves.

Question: Capital Wire Service. Human rights groups have accused the government of Marvenna of detaining hundreds of protesters without charge since the election. Does Halvenia have a position?

Answer: We are following the situation in Marvenna with concern. We have called, together with our partners, for the release of everyone detained for peacefully expressing their views, and for an independent investigation into the deaths in the capital on 2 June. Our ambassador raised these points with the Marvennan foreign ministry last week.

Question: Eastline Television. The opposition leader, Vera Lindqvist-Oman, said yesterday that the ministry knew about the visa fraud at the consulate in Tallar for two years and did nothing. Is that true?

Answer: No. The ministry learned of the irregularities in March of this year, from its own internal audit, and reported them to the prosecutor the same week. Three employees have been suspended. I understand that there is a political debate, but the facts are in the audit report, which has been sent to parliament.

Question: Follow-up on Tallar. Will the consulate resume issuing visas?

Answer: Visa services in Tallar resumed on Monday with new staff. Applications that were submitted before the suspension will be processed first.

Question: Pressenord. Is there any update on the two Halvenian sailors held in Kasmir?

Answer: Our embassy visited both of them on Friday. They are in good health. We continue to ask for their release, and we are in daily contact with the Kasmiri authorities. Out of respect for the families, I will not go into further detail.

Thank you. See you on Thursday.
''',
    s(KORV, 'Anneliese Korvath', 'Good afternoon, everyone.|about other Halvenian citizens affected.', '', role=R_KORV),
    s('Ostrelian coast guard', 'The Ostrelian coast guard', 'Halvenian patrol boats entered its waters three times last week near the Skerra banks', 'said'),
    s(KORV, '', 'Our patrol boats operate in waters under Halvenian jurisdiction|I would not want to anticipate their outcome.', '', role=R_KORV),
    s(KORV, '', 'The teams have been working on a text for several months.|What matters is that the ferry runs again next summer.', '', role=R_KORV),
    s(KORV, '', 'Every visit ends with something.|ask the ministers yourselves.', '', role=R_KORV),
    s('Human rights groups', 'Human rights groups', 'the government of Marvenna of detaining hundreds of protesters without charge since the election', 'have accused'),
    s(KORV, '', 'We are following the situation in Marvenna with concern.|with the Marvennan foreign ministry last week.', '', role=R_KORV),
    s('Vera Lindqvist-Oman', 'The opposition leader, Vera Lindqvist-Oman', 'the ministry knew about the visa fraud at the consulate in Tallar for two years and did nothing', 'said', role='opposition leader'),
    s(KORV, '', 'No. The ministry learned of the irregularities in March of this year|which has been sent to parliament.', '', role=R_KORV),
    s(KORV, '', 'Visa services in Tallar resumed on Monday with new staff.|will be processed first.', '', role=R_KORV),
    s(KORV, '', 'Our embassy visited both of them on Friday.|I will not go into further detail.', '', role=R_KORV),
)

ILV = 'Radu Ilvescu'
R_ILV = 'spokesman of the Ministry of Defence'

doc('am07-gov-aravia-defence-ministry-daily-briefing', 'Ministry of Defence of the Republic of Aravia', '2034-05-03', '''
Ministry of Defence of the Republic of Aravia

Summary of the daily briefing, 3 May 2034

At today's briefing, the spokesman of the Ministry of Defence, Colonel Radu Ilvescu, informed journalists about the situation along the eastern line of contact over the past 24 hours. He reported the following:

1. Units of the Eastern Operational Command repelled two attacks by enemy infantry supported by armoured vehicles near the villages of Dorna and Vale Seaca. The enemy lost up to 40 personnel, one tank and three infantry fighting vehicles.

2. Air defence forces shot down 17 attack drones and two cruise missiles launched overnight against the cities of Breza and Monastir. Debris fell on a residential area of Breza, damaging eleven houses; there were no casualties.

3. In the Soroc sector, engineering units cleared 46 hectares of farmland of mines and unexploded ordnance, allowing the spring sowing to begin in four villages.

4. Humanitarian convoys delivered 120 tonnes of food, water and medicine to the frontline towns of Ulmi and Stejar. Evacuation of civilians from Ulmi continues; 312 people, including 58 children, were taken to safety in the past day.

Colonel Ilvescu stressed that the situation on the eastern line remained difficult but under control. "The enemy is probing our positions every night, looking for a weak point. It has not found one, and it will not find one," the spokesman said.

The spokesman said that enemy artillery had also shelled the water pumping station in Stejar for the third time this week, leaving about 9,000 residents without running water. Repair crews would return to the station as soon as the security situation allowed, he said.

He rejected claims published on Tuesday by a news channel across the border that Aravian forces had withdrawn from the heights above Dorna. "Our units hold every position they held a week ago. I invite the authors of these reports to look at a map," Ilvescu said.

Answering a question from journalists, the spokesman said that the ministry had no confirmed information about the fate of the four soldiers reported missing near Vale Seaca on 29 April, and that search operations were continuing.

The Ministry of Defence reminds citizens that photographing and publishing the positions of military units, air defence systems and the results of enemy strikes is prohibited by law and endangers the lives of servicemen and civilians.

Colonel Ilvescu also announced that from 5 May, the ministry's briefings will be held at 11:00 instead of 14:00, and that accredited journalists may submit questions in writing until 09:00 on the day of the briefing.

According to the spokesman, the Chief of the General Staff, General Corneliu Arbore, visited units of the Eastern Operational Command on Thursday and heard reports from the commanders of the brigades holding the Dorna sector. The general praised the conduct of the 12th Mechanised Brigade, which has been on the line since February, the spokesman said.

The briefing was attended by 34 accredited journalists, eight of them from foreign media, and was broadcast live on the ministry's channel.

The next briefing will be held on 4 May.
''',
    s(ILV, 'He', 'Units of the Eastern Operational Command repelled two attacks|three infantry fighting vehicles.', 'reported', role=R_ILV),
    s(ILV, 'He', 'Air defence forces shot down 17 attack drones|there were no casualties.', 'reported', role=R_ILV),
    s(ILV, 'He', 'In the Soroc sector, engineering units cleared 46 hectares|to begin in four villages.', 'reported', role=R_ILV),
    s(ILV, 'He', 'Humanitarian convoys delivered 120 tonnes of food|were taken to safety in the past day.', 'reported', role=R_ILV),
    s(ILV, 'Colonel Ilvescu', 'the situation on the eastern line remained difficult but under control', 'stressed', role=R_ILV),
    s(ILV, 'the spokesman', '"The enemy is probing our positions every night|it will not find one,"', 'said', 'direct', role=R_ILV),
    s(ILV, 'The spokesman', 'enemy artillery had also shelled the water pumping station in Stejar|without running water', 'said', role=R_ILV),
    s(ILV, 'he', 'Repair crews would return to the station as soon as the security situation allowed', 'said', role=R_ILV),
    s(ILV, 'He', 'claims published on Tuesday by a news channel across the border that Aravian forces had withdrawn from the heights above Dorna', 'rejected', role=R_ILV),
    s('news channel across the border', 'a news channel across the border', 'Aravian forces had withdrawn from the heights above Dorna', 'claims', nested=True),
    s(ILV, 'Ilvescu', '"Our units hold every position they held a week ago.|to look at a map,"', 'said', 'direct', role=R_ILV),
    s(ILV, 'the spokesman', 'the ministry had no confirmed information about the fate of the four soldiers|search operations were continuing', 'said', role=R_ILV),
    s('Ministry of Defence', 'The Ministry of Defence', 'photographing and publishing the positions of military units|the lives of servicemen and civilians', 'reminds'),
    s(ILV, 'Colonel Ilvescu', "from 5 May, the ministry's briefings will be held at 11:00 instead of 14:00|until 09:00 on the day of the briefing", 'announced', role=R_ILV),
    s(ILV, 'the spokesman', 'the Chief of the General Staff, General Corneliu Arbore, visited units of the Eastern Operational Command on Thursday|holding the Dorna sector', 'According to', role=R_ILV),
    s(ILV, 'the spokesman', 'The general praised the conduct of the 12th Mechanised Brigade, which has been on the line since February', 'said', role=R_ILV),
    s('Corneliu Arbore', 'The general', 'the conduct of the 12th Mechanised Brigade', 'praised', role='Chief of the General Staff', nested=True),
)

OST = 'Halvard Ostrem'
R_OST = 'Prime Minister'

doc('am08-gov-norland-prime-minister-students-meeting', 'Office of the Prime Minister of Norland', '2034-11-07', '''
Prime Minister Halvard Ostrem meets students of Karsvik University

On 7 November, Prime Minister Halvard Ostrem visited Karsvik University, where he met students from several faculties in the main auditorium. The meeting was moderated by the Rector of the University, Professor Agnes Lunde. The following is a transcript of the conversation.

Agnes Lunde: Prime Minister, welcome to Karsvik. We have about three hundred students here and many more following online, so I suggest we go straight to questions. Maja, please.

Maja, Faculty of Medicine: Thank you. I am in my fifth year of medicine. Half of my friends who graduated last year have already left for jobs abroad, because the salary of a junior doctor here does not cover the rent in any of our big cities. What will the government do to keep us in Norland?

Halvard Ostrem: Thank you, Maja. I will not pretend that this is a small problem. We train excellent doctors and then we lose too many of them in the first three years. From January, the salary of junior doctors in public hospitals will rise by 18 percent, and we will write off a part of the student loan for every year a young doctor works in a regional hospital. That will not solve everything. But I would rather you stayed because you want to, not because we made it hard to leave.

Agnes Lunde: Next, Tobias.

Tobias, Faculty of Engineering: Prime Minister, is the government still planning to build the second reactor at Vellmark?

Halvard Ostrem: Yes. The environmental review will be completed in the spring, and if it is positive, construction can begin in 2036. Our industry needs stable, clean electricity, and wind alone cannot give it to us on a January evening without wind. I know that many young people have doubts about nuclear power. I respect that. But I would ask you to look at the numbers, not only the headlines.

Agnes Lunde: A question from the Faculty of Law. Sana.

Sana, Faculty of Law: My question is about housing. The city council of Karsvik has said that it will build only four hundred student rooms by 2037, while the waiting list is over six thousand names. I share a room with two other students. Can the state help the city?

Halvard Ostrem: It can, and it will. Next year's budget doubles the housing fund for university towns, and Karsvik will receive the largest share. I spoke to the mayor this morning, and we agreed to look for state land near the campus that could be used. Four hundred rooms are not enough, Sana, you are right about that.

Agnes Lunde: We have time for one more. Emil.

Emil, Faculty of Humanities: I want to say that many of us feel that politicians only visit universities before elections. Will you come back when it is not a campaign?

Halvard Ostrem: That is a fair point, and I will take it as an invitation. There is no election for two and a half years, so I think this visit is safe from that accusation. I will come back next autumn, and you can check whether we did what I promised today.

Agnes Lunde: Thank you, Prime Minister. Thank you all.
''',
    s('Maja', 'Maja', 'I am in my fifth year of medicine.|does not cover the rent in any of our big cities.', '', role='Faculty of Medicine'),
    s(OST, 'Halvard Ostrem', 'I will not pretend that this is a small problem.|not because we made it hard to leave.', '', role=R_OST),
    s(OST, 'Halvard Ostrem', 'Yes. The environmental review will be completed in the spring|not only the headlines.', '', role=R_OST),
    s('city council of Karsvik', 'The city council of Karsvik', 'it will build only four hundred student rooms by 2037', 'has said'),
    s('Sana', 'Sana', 'I share a room with two other students.', '', role='Faculty of Law'),
    s(OST, 'Halvard Ostrem', 'It can, and it will.|you are right about that.', '', role=R_OST),
    s('Emil', 'Emil', 'I want to say that many of us feel that politicians only visit universities before elections.', '', role='Faculty of Humanities'),
    s(OST, 'Halvard Ostrem', 'That is a fair point, and I will take it as an invitation.|whether we did what I promised today.', '', role=R_OST),
)

COURT = 'Constitutional Court of the Republic of Castrane'
APPL = '42 members of the National Assembly'

doc('am09-gov-castrane-constitutional-court-judgment-release', 'Constitutional Court of the Republic of Castrane', '2034-04-18', '''
Constitutional Court of the Republic of Castrane

Press Release No. 14/2034

Judgment in case U-II-7/33 on the Act on the Retention of Communications Data

Belmora, 18 April 2034

Today, the Constitutional Court delivered its judgment on the petition filed by a group of 42 members of the National Assembly challenging the constitutionality of the Act on the Retention of Communications Data, adopted in March 2033. By seven votes to two, the Court annulled sections 6 and 9 of the Act and upheld the remaining provisions.

The Act requires telecommunications operators to keep data on the calls, messages and internet connections of all their customers for two years and to give the police and the intelligence service access to those data on request.

The applicants argued that the general retention of data on every citizen, without any suspicion of a crime, amounted to a disproportionate interference with the right to privacy and the secrecy of correspondence guaranteed by Articles 35 and 37 of the Constitution. They also maintained that access by the intelligence service without prior approval by a judge left citizens with no effective remedy.

The Government, in its observations, contended that the retention of data was indispensable for the investigation of serious crime and terrorism, and that the Act contained sufficient safeguards, including annual reports to a parliamentary committee.

The Court held that the retention of communications data is in itself an interference with the right to privacy, since the data, taken together, allow very precise conclusions to be drawn about the private lives of the persons concerned. Such an interference can be justified only if it is limited to what is strictly necessary.

The Court found that a retention period of two years, applied to all customers without distinction, exceeded what was strictly necessary. It noted that the Government had not shown why a shorter period would not achieve the same aim, and that in most of the cases cited in the Government's observations the data used were less than six months old.

The Court further held that access to retained data by the intelligence service must be subject to prior review by a court or an independent administrative body, except in duly justified cases of urgency, in which the review must follow within 48 hours.

As regards the remaining provisions, the Court found that the obligations imposed on operators to protect the retained data and to destroy them at the end of the retention period were compatible with the Constitution.

The annulled sections will cease to have effect six months after the publication of the judgment in the Official Gazette, to give the National Assembly time to adopt new rules.

Judge Miriam Ostlund-Bray and Judge Pavel Seren attached a joint dissenting opinion. In their view, the majority had substituted its own assessment for that of the legislature in a field where the legislature must be given a wide margin of appreciation. The dissenting judges considered that the safeguards in the Act, taken as a whole, were sufficient, and warned that the judgment would leave investigators without tools they had relied on for a decade.

The President of the Court, Judge Tomas Verhoeven, delivered the operative part of the judgment at a public hearing. The full text of the judgment and of the dissenting opinion is available on the Court's website.
''',
    s(APPL, 'The applicants', 'the general retention of data on every citizen, without any suspicion of a crime|guaranteed by Articles 35 and 37 of the Constitution', 'argued'),
    s(APPL, 'They', 'access by the intelligence service without prior approval by a judge left citizens with no effective remedy', 'maintained'),
    s('Government', 'The Government', 'the retention of data was indispensable for the investigation of serious crime and terrorism|annual reports to a parliamentary committee', 'contended'),
    s(COURT, 'The Court', 'the retention of communications data is in itself an interference with the right to privacy|the private lives of the persons concerned', 'held'),
    s(COURT, 'The Court', 'a retention period of two years, applied to all customers without distinction, exceeded what was strictly necessary', 'found'),
    s(COURT, 'It', "the Government had not shown why a shorter period would not achieve the same aim|were less than six months old", 'noted'),
    s(COURT, 'The Court', 'access to retained data by the intelligence service must be subject to prior review|must follow within 48 hours', 'held'),
    s(COURT, 'the Court', 'the obligations imposed on operators to protect the retained data|were compatible with the Constitution', 'found'),
    s('Miriam Ostlund-Bray and Pavel Seren', 'their', 'the majority had substituted its own assessment for that of the legislature|a wide margin of appreciation', 'In their view', role='Judge'),
    s('Miriam Ostlund-Bray and Pavel Seren', 'The dissenting judges', 'the safeguards in the Act, taken as a whole, were sufficient', 'considered', role='Judge'),
    s('Miriam Ostlund-Bray and Pavel Seren', 'The dissenting judges', 'the judgment would leave investigators without tools they had relied on for a decade', 'warned', role='Judge'),
)

MAYOR_OFF = 'Office of the Mayor of Fenwick Falls'
DEP = 'Carla Ruiz-Whitmore'
R_DEP = 'Deputy Mayor for Operations'

doc('am10-gov-fenwick-falls-snow-emergency-release', 'City of Fenwick Falls', '2034-01-16', '''
OFFICE OF THE MAYOR
CITY OF FENWICK FALLS

FOR IMMEDIATE RELEASE
January 16, 2034

Mayor Declares Snow Emergency as Storm Expected to Bring Up to 20 Inches

FENWICK FALLS - Mayor Desmond Achebe-Carr today declared a citywide snow emergency beginning at 6 p.m. Tuesday, as a winter storm moves into the region with forecasts of 14 to 20 inches of snow and wind gusts of up to 45 miles per hour through Thursday morning.

The declaration allows the City to tow vehicles parked on designated snow emergency routes and to open warming centers around the clock. All public schools will be closed on Wednesday, and City offices will open two hours late.

"This is the biggest storm we have seen in six winters, and the wind is going to make it worse. The most useful thing any resident can do is stay home on Wednesday and let our crews do their jobs," said Mayor Achebe-Carr.

During the snow emergency, the Office of the Mayor asks all residents to:
- Move vehicles off marked snow emergency routes by 6 p.m. Tuesday. Vehicles left on these routes will be towed at the owner's expense.
- Avoid all non-essential travel from Tuesday night until the end of the storm.
- Clear sidewalks and fire hydrants in front of their homes within 24 hours after the snow stops.
- Check on elderly neighbors and neighbors with disabilities, especially if power is lost.
- Never use generators, grills or camp stoves indoors.

Deputy Mayor for Operations Carla Ruiz-Whitmore said the Department of Public Works would have 165 plows and salt spreaders on the streets once the snow begins, working in 12-hour shifts, and that priority would go to routes serving the two hospitals and the fire stations.

"Our crews have been preparing since Sunday. We have 38,000 tons of salt in storage, which is more than enough for this storm. What we need from residents is patience, and cars off the emergency routes," Ruiz-Whitmore said.

Four warming centers will be open 24 hours a day for the duration of the emergency, at the Eastside Community Center, the Harmon Street Library, Riverside Recreation Center and the Northgate Senior Center. The City's homeless outreach teams will be out overnight and will offer transportation to anyone who needs it.

Fenwick Falls Power & Light said in a statement that it had brought in 220 additional line workers from utilities in three neighboring states and positioned crews across its service area ahead of the storm.

"Heavy, wet snow combined with high wind is the most dangerous mix for our lines. Customers should be prepared for outages that may last more than a day in the hardest-hit neighborhoods," the utility said. Customers can report outages at 1-800-555-0143 and should stay at least 30 feet away from any downed line.

Residents can sign up for emergency text alerts by texting SNOW to 55911. Updates on parking, school closures and trash collection will be posted on the City's website and social media accounts.

For more information, residents can call the City's non-emergency line, 311.

Media contact: Press Office, Office of the Mayor
''',
    s('Desmond Achebe-Carr', 'Mayor Achebe-Carr', '"This is the biggest storm we have seen in six winters|let our crews do their jobs,"', 'said', 'direct', role='Mayor'),
    s(MAYOR_OFF, 'the Office of the Mayor', "Move vehicles off marked snow emergency routes by 6 p.m. Tuesday. Vehicles left on these routes will be towed at the owner's expense.", 'asks'),
    s(MAYOR_OFF, 'the Office of the Mayor', 'Avoid all non-essential travel from Tuesday night until the end of the storm.', 'asks'),
    s(MAYOR_OFF, 'the Office of the Mayor', 'Clear sidewalks and fire hydrants in front of their homes within 24 hours after the snow stops.', 'asks'),
    s(MAYOR_OFF, 'the Office of the Mayor', 'Check on elderly neighbors and neighbors with disabilities, especially if power is lost.', 'asks'),
    s(MAYOR_OFF, 'the Office of the Mayor', 'Never use generators, grills or camp stoves indoors.', 'asks'),
    s(DEP, 'Deputy Mayor for Operations Carla Ruiz-Whitmore', 'the Department of Public Works would have 165 plows and salt spreaders|routes serving the two hospitals and the fire stations', 'said', role=R_DEP),
    s(DEP, 'Ruiz-Whitmore', '"Our crews have been preparing since Sunday.|cars off the emergency routes,"', 'said', 'direct', role=R_DEP),
    s('Fenwick Falls Power & Light', 'Fenwick Falls Power & Light', 'it had brought in 220 additional line workers from utilities in three neighboring states|ahead of the storm', 'said'),
    s('Fenwick Falls Power & Light', 'the utility', '"Heavy, wet snow combined with high wind|in the hardest-hit neighborhoods,"', 'said', 'direct'),
)

HOLM = 'Ilse Marakova-Dunn'
R_HOLM = 'Permanent Representative of the Republic of Severin to the United Nations'

doc('am11-gov-severin-mission-security-council-statement', 'Permanent Mission of the Republic of Severin to the United Nations', '2034-09-24', '''
Statement by H.E. Ms. Ilse Marakova-Dunn, Permanent Representative of the Republic of Severin to the United Nations, at the Security Council briefing on the situation in the Kethran Basin

New York, 24 September 2034

Check against delivery

Mr. President,

I thank you for convening this briefing, and I thank the Special Envoy and the Director of the humanitarian office for their sobering presentations.

We note with deep concern that the ceasefire agreed in Lorvan in June has been violated almost daily since the middle of August. The Special Envoy has told us that more than 300 civilians have been killed in the Basin in the past six weeks. Behind each of these numbers is a family that believed, only three months ago, that the war was ending.

My delegation wishes to make three points.

First, the ceasefire must be restored and respected, without preconditions. We call on all parties, and in particular on the armed groups operating around the town of Essra, to return to the lines agreed in Lorvan and to allow the joint monitoring teams to do their work. Monitors cannot monitor what they are not allowed to see.

Second, humanitarian access is not a favour to be granted or withheld. Nearly 900,000 people in the Basin depend on food assistance, and the only road into the northern districts has been closed for nineteen days. We call for its immediate reopening and for guarantees of safe passage for humanitarian workers, eleven of whom have been killed this year.

Third, there can be no lasting peace without accountability. Severin supports the proposal of the Special Envoy to establish an independent mechanism to collect and preserve evidence of the most serious violations. We are ready to contribute to its funding.

Mr. President,

Severin is a neighbour of the Kethran Basin. We host more than 140,000 refugees from the region, and we will continue to keep our border open. But let me be frank: the generosity of host communities is not unlimited, and the international appeal for the refugee response is funded at only 31 percent. We urge the members of this Council and all donors to close that gap before the winter.

The monitoring mission itself needs the means to do its work. It has 60 observers for a line of contact that is more than 400 kilometres long, and it has no helicopter of its own. We ask the Secretariat to present options for strengthening it, including with remote surveillance, before the mandate comes up for renewal in December.

My delegation stands ready to work with all members of the Council on a resolution that renews the mandate of the monitoring mission and strengthens it.

I thank you.

Statement in exercise of the right of reply

Mr. President,

I take the floor briefly to respond to the remarks made by the representative of Dravania. Severin has never allowed its territory to be used to supply any armed group in the Kethran Basin, and the allegations we have just heard are not supported by a single piece of evidence. We have invited the monitoring mission to inspect our border crossings at any time, and that invitation stands.

I thank you.
''',
    s(HOLM, '', 'I thank you for convening this briefing|renews the mandate of the monitoring mission and strengthens it.', '', role=R_HOLM),
    s('Special Envoy', 'The Special Envoy', 'more than 300 civilians have been killed in the Basin in the past six weeks', 'has told', nested=True),
    s(HOLM, '', 'I take the floor briefly to respond to the remarks made by the representative of Dravania.|and that invitation stands.', '', role=R_HOLM),
)
