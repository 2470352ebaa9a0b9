"""Set BD's six government texts (see build_bd.py)."""
from invented_common import doc_spans as doc, s

UNSC = 'The members of the Security Council'
PRES = 'Ingrid Solvang-Adebayo'
PROLE = 'President of the Security Council'

doc('bd06-gov-unsc-press-statement-varkesh-peacekeepers', 'United Nations', '2037-03-15', '''
SC/17204
15 March 2037

Security Council Press Statement on Attack against Peacekeepers in Varkesh

The following Security Council press statement was issued today by Council President Ingrid Solvang-Adebayo (Maresia):

The members of the Security Council condemned in the strongest terms the attack on 14 March against a patrol of the United Nations Stabilization Mission in Varkesh (UNSMV) near the town of Tessik, in which two peacekeepers from Corantia were killed and five others were injured.

The members of the Security Council expressed their deepest condolences and sympathy to the families of the victims, to the Government of Corantia and to UNSMV, and wished a swift and full recovery to those who were injured.

The members of the Security Council called on the Government of Varkesh to swiftly investigate the attack and bring the perpetrators to justice, and underlined that attacks targeting peacekeepers may constitute war crimes under international law.

The members of the Security Council stressed that the primary responsibility for protecting civilians and United Nations personnel in Varkesh rests with the Government of Varkesh.

The members of the Security Council reaffirmed their full support for UNSMV and for the Special Representative of the Secretary-General, Tomasz Ekwueme.

The members of the Security Council reiterated that there can be no military solution to the conflict in the north of Varkesh, and urged all parties to return to the talks convened in Ardelle in January.

The members of the Security Council reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of Varkesh.

* *** *

Remarks to the press by the President of the Security Council following closed consultations

President: Good afternoon. As you have seen, the Council has just agreed a press statement on yesterday's attack in Tessik. Before I take your questions, let me add one thing in my national capacity. Maresia has lost peacekeepers in Varkesh too, in 2034, and we know what this day means for the families in Corantia.

Question (Ardelle Daily): Madam President, the Government of Varkesh said this morning that the attackers had crossed from a neighbouring country. Did the Council discuss that?

President: Council members heard a briefing from the Force Commander, who told us that the patrol was ambushed from two sides and that the attackers used a roadside bomb. He did not say where they came from, and I will not speculate.

Question (Radio Tessaline): Why a press statement and not a resolution?

President: A press statement is what fifteen members could agree on today, and it was agreed within hours. That is not nothing.

Question (Global Wire Service): The Special Representative has warned that the mission cannot protect itself with the helicopters it has. Will the Council act on that?

President: The Secretary-General's report on the mission is due in April. Several members said today that the question of helicopters should be addressed in it, and I expect we will come back to it then.

Question (Ardelle Daily): A follow-up. Did any member object to the statement?

President: I am not going to tell you what happened in consultations. Thank you very much.
''',
    s(UNSC, UNSC, 'in the strongest terms the attack on 14 March against a patrol|five others were injured', 'condemned'),
    s(UNSC, UNSC, 'the Government of Varkesh to swiftly investigate the attack and bring the perpetrators to justice', 'called on'),
    s(UNSC, '', 'attacks targeting peacekeepers may constitute war crimes under international law', 'underlined'),
    s(UNSC, UNSC, 'the primary responsibility for protecting civilians|rests with the Government of Varkesh', 'stressed'),
    s(UNSC, UNSC, 'their full support for UNSMV and for the Special Representative of the Secretary-General, Tomasz Ekwueme', 'reaffirmed'),
    s(UNSC, UNSC, 'there can be no military solution to the conflict in the north of Varkesh', 'reiterated'),
    s(UNSC, '', 'all parties to return to the talks convened in Ardelle in January', 'urged'),
    s(UNSC, UNSC, 'their strong commitment to the sovereignty, independence, unity and territorial integrity of Varkesh', 'reaffirmed'),
    s(PRES, '', 'Good afternoon. As you have seen|what this day means for the families in Corantia.', '', role=PROLE),
    s('the Government of Varkesh', 'the Government of Varkesh', 'the attackers had crossed from a neighbouring country', 'said'),
    s(PRES, '', 'Council members heard a briefing from the Force Commander|and I will not speculate.', '', role=PROLE),
    s('the Force Commander', 'the Force Commander', 'the patrol was ambushed from two sides and that the attackers used a roadside bomb', 'told', nested=True, via=PRES),
    s(PRES, '', 'A press statement is what fifteen members could agree on today|That is not nothing.', '', role=PROLE),
    s('Tomasz Ekwueme', 'The Special Representative', 'the mission cannot protect itself with the helicopters it has', 'has warned'),
    s(PRES, '', "The Secretary-General's report on the mission is due in April.|I expect we will come back to it then.", '', role=PROLE),
    s('Several members', 'Several members', 'the question of helicopters should be addressed in it', 'said', nested=True, via=PRES),
)

HART = 'Lena Hartwig-Osei'
HROLE = 'Spokesperson of the Ministry of the Interior'
BRAN = 'Viktor Brannstedt'
BROLE = 'Director of the Federal Migration Office'

doc('bd07-gov-norrland-interior-ministry-migration-briefing', 'Ministry of the Interior of Norrland', '2037-08-04', '''
Ministry of the Interior
Government press briefing on asylum and migration, first half of 2037

Speakers: Lena Hartwig-Osei, Spokesperson of the Ministry of the Interior; Viktor Brannstedt, Director of the Federal Migration Office

HARTWIG-OSEI: Good morning, and thank you for coming. Three things from us today. First, the half-year figures: 18,240 people applied for asylum in Norrland between January and June, 11 percent fewer than in the same period last year. Second, processing: the average time to a first decision has fallen from nine months to just under six. Third, the reception system: the temporary centre at Haldby will close at the end of September, because we no longer need it. The Director will give you the detail, and then we will take your questions. Viktor, please.

BRANNSTEDT: Thank you, Lena. Of the 18,240 applicants, about a third came from Tessaline and a fifth from Varkesh. We granted protection in 54 percent of first decisions. The drop in applications is mostly at the southern border, where arrivals fell by a quarter after the new transit agreement with Ostmarra came into force in March. We hired 140 more case officers last year, and that is why decisions are faster. I want to be honest about one thing: the backlog of appeals has not fallen. There are 23,000 appeals waiting in the courts, and that number is still rising.

QUESTION (Norrland Public Radio): The mayor of Brennick, Sofie Amundsen-Lao, said on Monday that the reception centre in her town is at twice its capacity. How does that fit with closing Haldby?

HARTWIG-OSEI: Brennick is a centre for new arrivals, and new arrivals come in waves. The pressure there is real, and we are moving 200 places from Haldby to Brennick next month. The minister spoke to Mayor Amundsen-Lao on Tuesday and told her that help would come before the autumn.

QUESTION (Dagsposten): The Refugee Council of Norrland says in a report published today that children are waiting up to a year for a school place in the reception centres. Is that correct?

BRANNSTEDT: I have not seen the report. Schooling is for the municipalities, but our own data shows that most children start school within three months.

QUESTION (Dagsposten): A follow-up. Most, or all?

BRANNSTEDT: Most. Not all. We will look at the cases in the report one by one.

QUESTION (TV Norr): The transit agreement with Ostmarra has been criticised by human rights groups. Are people being sent back without a hearing?

HARTWIG-OSEI: No. Every person who asks for asylum at our border is heard. That is the law, and the agreement does not change it.

QUESTION (TV Norr): Will the minister ask parliament to extend the agreement?

HARTWIG-OSEI: That is a decision for the government in the autumn. I will not get ahead of it.

HARTWIG-OSEI: If there are no more questions, thank you all. The next briefing will be on 1 September.
''',
    s(HART, '', 'Good morning, and thank you for coming. Three things from us today.|because we no longer need it.', '', role=HROLE),
    s(BRAN, '', 'Of the 18,240 applicants, about a third came from Tessaline|that number is still rising.', '', role=BROLE),
    s('Sofie Amundsen-Lao', 'The mayor of Brennick, Sofie Amundsen-Lao', 'the reception centre in her town is at twice its capacity', 'said', role='The mayor of Brennick'),
    s(HART, '', 'Brennick is a centre for new arrivals|help would come before the autumn.', '', role=HROLE),
    s('The minister', 'The minister', 'help would come before the autumn', 'told', nested=True, via=HART),
    s('The Refugee Council of Norrland', 'The Refugee Council of Norrland', 'children are waiting up to a year for a school place in the reception centres', 'says'),
    s(BRAN, '', 'I have not seen the report.|most children start school within three months.', '', role=BROLE),
    s('our own data', 'our own data', 'most children start school within three months', 'shows', nested=True, via=BRAN),
    s(BRAN, '', 'Most. Not all. We will look at the cases in the report one by one.', '', role=BROLE),
    s('human rights groups', 'human rights groups', 'The transit agreement with Ostmarra', 'has been criticised'),
    s(HART, '', 'No. Every person who asks for asylum at our border is heard.|the agreement does not change it.', '', role=HROLE),
    s(HART, '', 'That is a decision for the government in the autumn. I will not get ahead of it.', '', role=HROLE),
)

CEC = 'The Central Electoral Commission of Lusatra'
VOD = 'Miroslava Vodenicar'
VROLE = 'Chairperson'

doc('bd08-gov-lusatra-electoral-commission-preliminary-results', 'Central Electoral Commission of Lusatra', '2037-09-13', '''
CENTRAL ELECTORAL COMMISSION OF LUSATRA

Press release No. 118/2037
13 September 2037

Preliminary results of the elections to the National Assembly of 12 September 2037

The Central Electoral Commission of Lusatra (CEC) held its 41st session today and approved the preliminary results of the elections to the National Assembly, based on protocols from 4,312 of the 4,318 polling stations (99.86 percent).

Opening the session, CEC Chairperson Miroslava Vodenicar said that voting had taken place in a calm and orderly manner in all 14 constituencies and that turnout, at 61.4 percent, was the highest since 2021.

According to the preliminary results, the following lists passed the five percent threshold:

- Civic Platform for Lusatra: 31.2 percent
- Social Democratic Union: 24.8 percent
- Green Future - Lusatran Farmers: 11.6 percent
- Homeland Movement: 9.3 percent
- Liberal Alliance: 5.4 percent

The preliminary results show that women will hold 39 percent of the seats in the new Assembly, up from 33 percent.

Deputy Chairperson Aurel Kostandinovic told the session that the Commission had received 43 complaints on election day, most of them concerning campaigning near polling stations, and that none of them, in the Commission's assessment, could affect the outcome.

The Commission also:

- ordered a recount of the ballots at polling stations No. 0711 and No. 0712 in the Vrana constituency, where the protocols showed more ballots than registered voters;
- found that the ballot papers printed for the Lusatran diaspora in Kessmark had been delivered late, and that 212 voters there had been unable to vote;
- decided to refer the matter of the diaspora ballots to the Prosecutor General's Office.

The International Election Observation Mission of the Assembly of Northern States said in a preliminary statement that the elections were "competitive and well administered," but that the campaign had been marked by the misuse of public resources in several municipalities.

The leader of the Social Democratic Union, outgoing Prime Minister Branimir Sekulovic, conceded defeat on election night and congratulated the Civic Platform.

Chairperson Vodenicar reminded all lists that complaints against the preliminary results may be filed with the Commission within 48 hours. "The Commission will not announce final results until every complaint has been decided," she said.

Under the Electoral Code, the final results must be published no later than ten days after election day.

Asked by journalists about the recount in Vrana, Chairperson Vodenicar said the recount there would be public and that observers from every list were welcome to attend.

The new National Assembly has 150 seats, of which 120 are filled from national lists and 30 from single-member constituencies. Seats will be allocated by the Commission once the final results are established, using the d'Hondt method for the list seats. The constituent session of the Assembly must be held within 20 days of the publication of the final results.

The full preliminary results by constituency and polling station are available on the Commission's website.

Press Office of the CEC
''',
    s(VOD, 'CEC Chairperson Miroslava Vodenicar', 'voting had taken place in a calm and orderly manner in all 14 constituencies and that turnout, at 61.4 percent, was the highest since 2021', 'said', role=VROLE),
    s('the preliminary results', 'the preliminary results', 'Civic Platform for Lusatra: 31.2 percent', 'according to'),
    s('the preliminary results', 'the preliminary results', 'Social Democratic Union: 24.8 percent', 'according to'),
    s('the preliminary results', 'the preliminary results', 'Green Future - Lusatran Farmers: 11.6 percent', 'according to'),
    s('the preliminary results', 'the preliminary results', 'Homeland Movement: 9.3 percent', 'according to'),
    s('the preliminary results', 'the preliminary results', 'Liberal Alliance: 5.4 percent', 'according to'),
    s('The preliminary results', 'The preliminary results', 'women will hold 39 percent of the seats in the new Assembly', 'show'),
    s('the protocols', 'the protocols', 'more ballots than registered voters', 'showed'),
    s('Aurel Kostandinovic', 'Deputy Chairperson Aurel Kostandinovic', "the Commission had received 43 complaints on election day|could affect the outcome", 'told', role='Deputy Chairperson'),
    s(CEC, 'The Commission', 'the ballot papers printed for the Lusatran diaspora in Kessmark had been delivered late, and that 212 voters there had been unable to vote', 'found'),
    s('The International Election Observation Mission of the Assembly of Northern States', 'The International Election Observation Mission of the Assembly of Northern States', 'the elections were "competitive and well administered," but that the campaign had been marked by the misuse of public resources in several municipalities', 'said', 'mixed'),
    s('Branimir Sekulovic', 'The leader of the Social Democratic Union, outgoing Prime Minister Branimir Sekulovic', 'defeat', 'conceded', role='outgoing Prime Minister', date='2037-09-12'),
    s(VOD, 'Chairperson Vodenicar', 'complaints against the preliminary results may be filed with the Commission within 48 hours', 'reminded', role=VROLE),
    s(VOD, 'she', '"The Commission will not announce final results until every complaint has been decided,"', 'said', 'direct', role=VROLE),
    s(VOD, 'Chairperson Vodenicar', 'the recount there would be public and that observers from every list were welcome to attend', 'said', role=VROLE),
)

PCA = 'The Prudential and Conduct Authority'
RAV = 'Oluwaseun Ravensworth'
RROLE = 'Executive Director of Enforcement'

doc('bd09-gov-vellmark-regulator-fines-brackwater-bank', 'Prudential and Conduct Authority of Vellmark', '2037-06-10', '''
Press release
Published: 10/06/2037
Last updated: 10/06/2037

PCA fines Brackwater Bank 41.8 million crowns for anti-money laundering failures

The Prudential and Conduct Authority (PCA) has fined Brackwater Bank plc 41,826,300 crowns for failing to put in place adequate systems to detect and prevent money laundering in its correspondent banking business between January 2031 and September 2035.

The PCA found that:

- Brackwater did not carry out enhanced due diligence on 38 of the 60 foreign banks for which it cleared payments, including 11 banks in jurisdictions that the government had identified as high risk;
- its automated system for monitoring transactions was wrongly set up, so that payments under 250,000 crowns were never reviewed;
- the bank's board received no report on the risks of its correspondent banking business between 2031 and 2034;
- staff in the correspondent banking team told the PCA's investigators that they had been under pressure to open accounts for new foreign banks within a week;
- the bank's internal audit function warned senior management in 2033 that the monitoring system was "not fit for purpose", but the weaknesses were not fixed until 2035.

As a result, more than 2.3 billion crowns flowed through accounts at Brackwater without adequate checks. The PCA has not found that the bank knowingly handled the proceeds of crime.

Oluwaseun Ravensworth, Executive Director of Enforcement at the PCA, said:

"Correspondent banking gives a foreign bank a door into our financial system. Brackwater left that door open for almost five years, and it was told so by its own auditors.

"Banks must know who is using their accounts and why. We will keep taking action where they do not."

Brackwater agreed to resolve this matter and qualified for a 30% discount under the PCA's settlement policy. Without the discount the PCA would have imposed a fine of 59,751,900 crowns.

The PCA acknowledges that Brackwater has since replaced its monitoring system, has closed its relationships with 21 of the banks concerned and has cooperated fully with the investigation. The PCA considers that the bank's senior management did not give the problem the priority it required.

The PCA is continuing to investigate the conduct of individuals in connection with this matter and will not comment further on that investigation at this stage.

Brackwater said in a statement published on its website that it "accepts the PCA's findings in full" and that the failings "do not reflect the bank we are today." Its chief executive, Harriet Moss-Ogunleye, said the board had "learned hard lessons" and had tripled the number of staff working on financial crime since 2035.

Notes to editors

1. The Final Notice for Brackwater Bank plc is available on the PCA's website.
2. The PCA's settlement policy provides for a discount of up to 30% for firms that agree to resolve a case at an early stage.
3. The PCA regulates the conduct of 41,000 financial services firms in Vellmark.

Media enquiries: press office, 020 7400 3312
''',
    s(PCA, 'The PCA', 'Brackwater did not carry out enhanced due diligence on 38 of the 60 foreign banks|identified as high risk;', 'found'),
    s(PCA, 'The PCA', 'its automated system for monitoring transactions was wrongly set up, so that payments under 250,000 crowns were never reviewed;', 'found'),
    s(PCA, 'The PCA', "the bank's board received no report on the risks of its correspondent banking business between 2031 and 2034;", 'found'),
    s(PCA, 'The PCA', "staff in the correspondent banking team told the PCA's investigators|within a week;", 'found'),
    s('staff in the correspondent banking team', 'staff in the correspondent banking team', 'they had been under pressure to open accounts for new foreign banks within a week', 'told', nested=True, via=PCA),
    s(PCA, 'The PCA', "the bank's internal audit function warned senior management in 2033|were not fixed until 2035.", 'found', 'mixed'),
    s("the bank's internal audit function", "the bank's internal audit function", 'the monitoring system was "not fit for purpose"', 'warned', 'mixed', nested=True, via=PCA, date='2033'),
    s(RAV, 'Oluwaseun Ravensworth, Executive Director of Enforcement at the PCA', '"Correspondent banking gives a foreign bank a door into our financial system.|We will keep taking action where they do not."', 'said', 'direct', role=RROLE),
    s(PCA, 'The PCA', 'Brackwater has since replaced its monitoring system|has cooperated fully with the investigation', 'acknowledges'),
    s(PCA, 'The PCA', "the bank's senior management did not give the problem the priority it required", 'considers'),
    s('Brackwater Bank plc', 'Brackwater', 'it "accepts the PCA\'s findings in full" and that the failings "do not reflect the bank we are today."', 'said', 'mixed'),
    s('Harriet Moss-Ogunleye', 'Its chief executive, Harriet Moss-Ogunleye', 'the board had "learned hard lessons" and had tripled the number of staff working on financial crime since 2035', 'said', 'mixed', role='chief executive'),
)

TEMA = 'Tidewater Emergency Management Agency'
RWS = 'The Regional Weather Service'
QUIN = 'Delphine Quintero-Hale'
GOV = 'Marcus Abernathy-Cole'
CPL = 'Calloway Power & Light'

doc('bd10-gov-tidewater-emergency-agency-hurricane-update', TEMA, '2037-09-22', '''
Tidewater Emergency Management Agency
Hurricane Odile: Situation Update 9
Issued: Wednesday, September 22, 2037, 5:00 p.m.

CURRENT SITUATION

Hurricane Odile is about 210 miles southeast of Port Calloway and moving northwest at 12 mph. Tropical-storm-force winds are expected to reach the coast after midnight.

The Regional Weather Service said in its 4 p.m. advisory that Odile had strengthened to a Category 3 hurricane, with maximum sustained winds near 120 mph, and that it was expected to make landfall between Port Calloway and Ridley Point early Thursday. The Weather Service warned that a storm surge of 9 to 13 feet above ground level was possible in Calloway Bay.

TEMA Director Delphine Quintero-Hale said: "This is the strongest storm to threaten our coast in 30 years. If you live in Zone A or Zone B, the time to leave is now, not tomorrow morning. Our first responders will not be able to reach you once the winds pass 50 miles an hour."

EVACUATIONS

Governor Marcus Abernathy-Cole has ordered a mandatory evacuation of Zones A and B in Calloway, Merritt and Sand Hollow counties, effective at noon today. At an afternoon briefing, the Governor said that state troopers had turned all inbound lanes of Interstate 12 westbound to speed the evacuation, and that the National Guard had placed 1,400 members on duty.

Residents of Zones A and B should:

- leave before dark and head inland, at least 50 miles from the coast;
- take medications, documents and a three-day supply of water;
- check on neighbors who may need help leaving.

Residents who do not know their zone can look it up at tidewaterready.gov or by calling 311. Tolls on the Calloway Turnpike and the Bay Bridge have been suspended until further notice. Schools in all three coastal counties will be closed Thursday and Friday, and county offices will open only for emergency services.

SHELTERS

Eleven public shelters are open. Three accept pets.

- Merritt County High School, 400 Lyle Road (pets accepted)
- Sand Hollow Civic Center, 15 Harbor Street
- Calloway Fairgrounds Exhibition Hall, 2200 Fair Lane (pets accepted)

POWER AND ROADS

According to Calloway Power & Light, about 38,000 customers were without power at 4 p.m., most of them on the barrier islands. The utility said its crews would not begin restoring power until sustained winds fall below 40 mph.

The Department of Transportation said the Ridley Point causeway would close to all traffic at 8 p.m.

Port Calloway Mayor Rosalind Achebe-Trent said the city had opened its parking garages free of charge to residents who want to move their cars to higher ground. Tidewater General Hospital said it had moved 64 patients from its coastal campus to its inland hospital in Merritt.

RUMOR CONTROL

TEMA is aware of posts on social media saying that shelters will ask evacuees for proof of immigration status. That is false. No shelter in Tidewater will ask anyone for identification.

UPDATE, 8:15 P.M.

The Regional Weather Service reported at 8 p.m. that Odile's center had turned slightly north and that landfall was now most likely near Ridley Point. Hurricane warnings remain in effect for the whole coast.

The next update will be issued at 5:00 a.m. Thursday.

Media contact: TEMA Joint Information Center, 555-0142
''',
    s(RWS, RWS, 'Odile had strengthened to a Category 3 hurricane|early Thursday', 'said'),
    s(RWS, 'The Weather Service', 'a storm surge of 9 to 13 feet above ground level was possible in Calloway Bay', 'warned'),
    s(QUIN, 'TEMA Director Delphine Quintero-Hale', '"This is the strongest storm to threaten our coast in 30 years.|once the winds pass 50 miles an hour."', 'said', 'direct', role='TEMA Director'),
    s(GOV, 'the Governor', 'state troopers had turned all inbound lanes of Interstate 12 westbound to speed the evacuation, and that the National Guard had placed 1,400 members on duty', 'said', role='Governor'),
    s(CPL, CPL, 'about 38,000 customers were without power at 4 p.m., most of them on the barrier islands', 'according to'),
    s(CPL, 'The utility', 'its crews would not begin restoring power until sustained winds fall below 40 mph', 'said'),
    s('The Department of Transportation', 'The Department of Transportation', 'the Ridley Point causeway would close to all traffic at 8 p.m.', 'said'),
    s('Rosalind Achebe-Trent', 'Port Calloway Mayor Rosalind Achebe-Trent', 'the city had opened its parking garages free of charge to residents who want to move their cars to higher ground', 'said', role='Port Calloway Mayor'),
    s('Tidewater General Hospital', 'Tidewater General Hospital', 'it had moved 64 patients from its coastal campus to its inland hospital in Merritt', 'said'),
    s('posts on social media', 'posts on social media', 'shelters will ask evacuees for proof of immigration status', 'saying'),
    s(RWS, RWS, "Odile's center had turned slightly north and that landfall was now most likely near Ridley Point", 'reported'),
)

VES = 'Katarina Veselinovic'
VROLE2 = 'President of the Republic'
LAZ = 'Dusan Lazarevski'
FIN = 'Milena Kostova-Reyes'

doc('bd11-gov-ostravia-presidency-flood-disaster-decree', 'Presidency of the Republic of Ostravia', '2037-04-06', '''
PRESIDENCY OF THE REPUBLIC OF OSTRAVIA
Press Service

6 April 2037

The President has signed a decree declaring a state of natural disaster in the Dravna river basin

President of the Republic Katarina Veselinovic today signed Decree No. 214 "On the declaration of a state of natural disaster in the Dravna river basin", covering 23 municipalities in the Dravna and Upper Selva regions, for a period of 60 days.

The decree states that the floods of 2 to 5 April have destroyed or damaged more than 6,000 homes, 140 kilometres of roads and 19 bridges, and that the affected municipalities are unable to deal with the consequences with their own resources.

Under the decree:

- the Government shall allocate 180 million lev from the budget reserve for emergency relief;
- the armed forces shall assist the civil protection service in rescue and clean-up work;
- prices of drinking water, bread and fuel in the affected municipalities shall be frozen at their levels of 1 April.

The President instructed the Minister of Finance, Milena Kostova-Reyes, to submit within ten days proposals for compensating households whose homes were destroyed, and asked the Minister of the Interior to report to her every morning on the situation in the affected areas.

Address of the President to the nation (excerpt)

Citizens of Ostravia, in four days the Dravna has taken eleven lives and the homes of thousands of families. I have seen Lesno and Brod from the air, and I will not forget it.

The state will not leave anyone alone with this disaster. Every family that has lost its home will have a roof over its head before winter, and I have asked the Government to make sure that help reaches people within days, not months.

I thank the firefighters, the soldiers and the volunteers who have worked without rest since Thursday.

Head of the Presidential Administration Dusan Lazarevski told journalists that the decree had been drafted together with the Government and that the Prime Minister had been consulted on every provision. Asked whether a state of disaster would delay the local elections planned for June, he said that question was "premature" and that the Electoral Commission would decide it.

According to the civil protection service, 2,340 people remain in temporary accommodation, and the water level at Brod fell by 40 centimetres overnight. The Mayor of Brod, Zoran Petkovic-Ilie, who met the President at the town's airfield, told her that the town's water treatment plant had been under water for three days.

The Speaker of the National Assembly, Radmila Osterc, said the Assembly would consider the decree at an extraordinary session on Friday, as the Constitution requires.

The opposition Democratic Alliance said it supported the decree but called for an independent inquiry into why the flood defences at Brod had failed for the second time in six years.

The Dravna rose to 7.84 metres at Brod on 4 April, 1.2 metres above its previous record, set in 2031. Rescue crews evacuated about 9,000 people by boat and helicopter from Lesno, Brod and eleven villages along the river, and 54 schools in the two regions remain closed.

In accordance with the Constitution, the decree enters into force on the day of its publication in the Official Gazette.

Press Service of the President of the Republic of Ostravia
''',
    s(VES, 'The decree', 'the floods of 2 to 5 April have destroyed or damaged more than 6,000 homes|with their own resources', 'states', role=VROLE2),
    s(VES, 'The President', 'the Minister of Finance, Milena Kostova-Reyes, to submit within ten days proposals for compensating households whose homes were destroyed', 'instructed', role=VROLE2),
    s(VES, '', 'the Minister of the Interior to report to her every morning on the situation in the affected areas', 'asked', role=VROLE2),
    s(VES, '', 'Citizens of Ostravia, in four days the Dravna has taken eleven lives|help reaches people within days, not months.', '', role=VROLE2),
    s(LAZ, 'Head of the Presidential Administration Dusan Lazarevski', 'the decree had been drafted together with the Government and that the Prime Minister had been consulted on every provision', 'told', role='Head of the Presidential Administration'),
    s(LAZ, 'he', 'that question was "premature" and that the Electoral Commission would decide it', 'said', 'mixed', role='Head of the Presidential Administration'),
    s('the civil protection service', 'the civil protection service', '2,340 people remain in temporary accommodation, and the water level at Brod fell by 40 centimetres overnight', 'according to'),
    s('Zoran Petkovic-Ilie', 'The Mayor of Brod, Zoran Petkovic-Ilie', "the town's water treatment plant had been under water for three days", 'told', role='The Mayor of Brod'),
    s('Radmila Osterc', 'The Speaker of the National Assembly, Radmila Osterc', 'the Assembly would consider the decree at an extraordinary session on Friday', 'said', role='The Speaker of the National Assembly'),
    s('Democratic Alliance', 'The opposition Democratic Alliance', 'it supported the decree', 'said'),
    s('Democratic Alliance', '', 'an independent inquiry into why the flood defences at Brod had failed for the second time in six years', 'called for'),
)
