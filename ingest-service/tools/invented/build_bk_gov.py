"""Set BK's six government texts (see build_bk.py)."""
from invented_common import doc_spans as doc, s

SPOX = 'Ines Marrow-Taleb'

doc('bk06-gov-calvenia-foreign-ministry-briefing', 'Ministry of Foreign Affairs of Calvenia', '2041-03-14', '''
Ministry of Foreign Affairs of the Republic of Calvenia

Regular press briefing by Spokesperson Ines Marrow-Taleb

Friday, 14 March 2041, 11:00

Spokesperson: Good morning, and welcome to today's briefing. I have three announcements before your questions.

First, Foreign Minister Aurel Dessimoz-Kuya will travel to Ostrelia on Monday for two days of talks with his counterpart. The ministers will discuss the fisheries agreement, which expires at the end of this year, and the reopening of the Calvenian consulate in Port Avrin.

Second, the Ministry has completed the evacuation of Calvenian citizens from the Sahrani coast. In all, 312 citizens and 40 family members of other nationalities left on two chartered flights and one naval vessel. I want to thank our embassy staff, who worked through three nights.

Third, the Ministry has issued a new travel advisory for the border provinces of Tamsar. We advise against all travel to those provinces until further notice.

That is all from me. The floor is yours.

Question (Kestrel News Agency): Thank you. The Ostrelian fisheries minister said on Wednesday that Calvenian trawlers had taken twice the agreed quota of hake last season. Will the Foreign Minister raise this in Port Avrin?

Spokesperson: We have seen those remarks. Our own catch data, which are reported to the joint commission every month, do not support that claim. The Minister will of course be ready to discuss any question the Ostrelian side wishes to raise, including the quotas. We believe the agreement has served both countries well and should be renewed.

Question (Radio Calvenia International): On the evacuation. Families of some citizens who stayed behind told our station that they were not informed of the last flight in time. How do you respond?

Spokesperson: I am aware of those complaints, and I understand the families' frustration. The embassy sent text messages and emails to every registered citizen at least 24 hours before each departure. Some citizens had not registered with the embassy, and some chose to stay. We are still in contact with 27 citizens who remain on the coast, and we will help anyone who wants to leave.

Question (Dagsposten): A follow-up. How many of the 27 are children?

Spokesperson: I do not have that figure with me. We will inform you in due course.

Question (Dagsposten): On Tamsar. The Tamsari government has called your advisory "unfriendly and unjustified". Was Tamsar consulted before it was issued?

Spokesperson: Our advisories are based solely on the safety of our citizens. They are not a political statement about any country. The Tamsari ambassador was informed of the advisory on Thursday morning, before it was published. We will review it as soon as the situation allows.

Question (Calvenia Today): On the fisheries talks. Ostrelian media report that Port Avrin wants to cut the Calvenian quota by a third. Is Calvenia prepared to accept any cut?

Spokesperson: I will not negotiate through the media. The Minister's position is that any change to the quotas must be based on the joint scientific assessment, which will be published in May. Our scientists have told us that the hake stock in the shared zone is stable, and we expect the assessment to confirm that.

Question (Baltic Wire): The Calvenian Helsinki Committee published a report on Tuesday saying that asylum seekers at the Vardo crossing were being turned back without their claims being heard. Does the Ministry share that assessment?

Spokesperson: The management of the border is a matter for the Ministry of the Interior, and I would refer you to my colleagues there. What I can say is that Calvenia respects its obligations under the Refugee Convention, and that any allegation of a violation will be examined. We have received the Committee's report and we will reply to it in writing.

Question (Kestrel News Agency): The leader of the opposition said yesterday that the Foreign Minister's trip to Ostrelia was "a holiday with flags". Your comment?

Spokesperson: I do not comment on domestic political statements. The programme of the visit speaks for itself.

Question (Nordfeld Economic Daily): There are reports that the Ministry is preparing to expel two diplomats of the Voronese embassy. Can you confirm?

Spokesperson: I have nothing to announce at this point.

Question (Nordfeld Economic Daily): Can you at least say whether the Voronese ambassador has been summoned?

Spokesperson: The Voronese ambassador was received at the Ministry on Tuesday at the request of the Secretary General. The Secretary General conveyed our serious concern about the activities of certain members of the embassy staff that are incompatible with their diplomatic status. I will not go into further detail.

Thank you. The next briefing will be on Friday, 21 March.
''',
    s(SPOX, 'Spokesperson', "Good morning, and welcome to today's briefing.|We advise against all travel to those provinces until further notice.", '', role='Spokesperson'),
    s('The Ostrelian fisheries minister', 'The Ostrelian fisheries minister', 'Calvenian trawlers had taken twice the agreed quota of hake last season', 'said', role='fisheries minister'),
    s(SPOX, 'Spokesperson', 'We have seen those remarks.|We believe the agreement has served both countries well and should be renewed.', '', role='Spokesperson'),
    s('Families of some citizens who stayed behind', 'Families of some citizens who stayed behind', 'they were not informed of the last flight in time', 'told'),
    s(SPOX, 'Spokesperson', "I am aware of those complaints, and I understand the families' frustration.|we will help anyone who wants to leave.", '', role='Spokesperson'),
    s('The Tamsari government', 'The Tamsari government', 'your advisory "unfriendly and unjustified"', 'called', 'mixed'),
    s(SPOX, 'Spokesperson', 'Our advisories are based solely on the safety of our citizens.|We will review it as soon as the situation allows.', '', role='Spokesperson'),
    s('Ostrelian media', 'Ostrelian media', 'Port Avrin wants to cut the Calvenian quota by a third', 'report'),
    s(SPOX, 'Spokesperson', "The Minister's position is that any change to the quotas|we expect the assessment to confirm that.", '', role='Spokesperson'),
    s('Our scientists', 'Our scientists', 'the hake stock in the shared zone is stable', 'have told', nested=True, via=SPOX),
    s('The Calvenian Helsinki Committee', 'The Calvenian Helsinki Committee', 'asylum seekers at the Vardo crossing were being turned back without their claims being heard', 'saying'),
    s(SPOX, 'Spokesperson', 'What I can say is that Calvenia respects its obligations under the Refugee Convention|we will reply to it in writing.', '', role='Spokesperson'),
    s('The leader of the opposition', 'The leader of the opposition', 'the Foreign Minister\'s trip to Ostrelia was "a holiday with flags"', 'said', 'mixed', role='leader of the opposition'),
    s(SPOX, 'Spokesperson', 'The Voronese ambassador was received at the Ministry on Tuesday at the request of the Secretary General.|I will not go into further detail.', '', role='Spokesperson'),
    s('The Secretary General', 'The Secretary General', 'our serious concern about the activities of certain members of the embassy staff that are incompatible with their diplomatic status', 'conveyed', nested=True, via=SPOX),
)

CMO = 'Nkechi Havelund-Obi'

doc('bk07-gov-morvania-health-ministry-outbreak-report', 'Ministry of Health of Morvania', '2041-07-25', '''
Ministry of Health of Morvania

Leptospirosis outbreak in Saltmarsh and Greywater districts: situation report no. 4

25 July 2041

Key figures (as of 24 July, 18:00)
- Confirmed cases: 86 (up from 61 in report no. 3)
- Probable cases: 41
- Hospitalised: 29, of whom 6 in intensive care
- Deaths: 3

Situation

Since the first cluster was reported on 2 July, cases have been confirmed in 14 villages along the lower Greywater River. Most patients are men aged 20 to 55 who took part in clearing flood debris after the storms of late June.

The National Reference Laboratory in Halden has confirmed the outbreak strain as Leptospira interrogans serovar Icterohaemorrhagiae. According to the Laboratory, samples from rats trapped near two of the affected villages carried the same serovar.

The Saltmarsh District Health Office reported that two of the three deaths occurred in patients who sought care more than a week after their symptoms began.

District reports

The Greywater District Health Office reported 9 new confirmed cases in the past 48 hours, all in villages already affected. The District Medical Officer, Dr. Pieter Lansdowne-Abara, said that the district hospital's laboratory had cleared its backlog of samples and now returned results within a day.

The Saltmarsh District Veterinary Service stated that it had found no cases of leptospirosis among cattle tested so far, but that testing of pigs on the flooded farms would continue until the end of the month.

Response

Rapid response teams have visited all 14 villages. Doxycycline has been distributed as a preventive treatment to 2,300 volunteers and workers clearing debris. The Ministry has asked the Ministry of Agriculture to suspend the grazing of cattle on flooded pasture until 15 August.

Advice to the public
- Avoid wading or swimming in flood water.
- Wear boots and gloves when clearing debris.
- Seek medical care at once if you develop fever, muscle pain or red eyes within three weeks of contact with flood water.

Remarks by the Chief Medical Officer

At a media briefing on 24 July, the Chief Medical Officer, Dr. Nkechi Havelund-Obi, said:

"The number of new cases each day has started to fall, and I want to be careful about what that means. It means that the preventive treatment is working and that people are taking the advice seriously. It does not mean the outbreak is over.

"Our epidemiologists tell me that we should expect new cases for at least another two weeks, because the incubation period can be as long as a month. The hospitals in Saltmarsh have enough beds, and the regional hospital in Kerrow has agreed to take patients who need dialysis."

She rejected criticism from the Morvanian Medical Association, which had said on 21 July that the Ministry was slow to send doctors to the area. "We had teams in every affected village within four days of the first cluster," she said.

Asked whether the outbreak could spread to the capital, Dr. Havelund-Obi said the risk was "very low" because the disease does not pass from person to person.

The Minister of Health, Tobias Renfrew-Adjei, who visited Saltmarsh on 23 July, said the government would pay for the treatment of all patients, whether or not they are insured. He also announced that a field laboratory would open in Greywater next week.

Next situation report: 1 August 2041.
''',
    s('National Reference Laboratory', 'the Laboratory', 'samples from rats trapped near two of the affected villages carried the same serovar', 'According to'),
    s('Saltmarsh District Health Office', 'The Saltmarsh District Health Office', 'two of the three deaths occurred in patients who sought care more than a week after their symptoms began', 'reported'),
    s('Greywater District Health Office', 'The Greywater District Health Office', '9 new confirmed cases in the past 48 hours, all in villages already affected', 'reported'),
    s('Pieter Lansdowne-Abara', 'The District Medical Officer, Dr. Pieter Lansdowne-Abara', "the district hospital's laboratory had cleared its backlog of samples and now returned results within a day", 'said', role='District Medical Officer'),
    s('Saltmarsh District Veterinary Service', 'The Saltmarsh District Veterinary Service', 'it had found no cases of leptospirosis among cattle tested so far, but that testing of pigs on the flooded farms would continue until the end of the month', 'stated'),
    s('Ministry of Health of Morvania', 'The Ministry', 'the Ministry of Agriculture to suspend the grazing of cattle on flooded pasture until 15 August', 'asked'),
    s(CMO, 'the Chief Medical Officer, Dr. Nkechi Havelund-Obi', '"The number of new cases each day has started to fall, and I want to be careful about what that means.|agreed to take patients who need dialysis."', 'said', 'direct', role='Chief Medical Officer'),
    s('Our epidemiologists', 'Our epidemiologists', 'we should expect new cases for at least another two weeks, because the incubation period can be as long as a month', 'tell', nested=True, via=CMO),
    s(CMO, 'She', 'criticism from the Morvanian Medical Association', 'rejected', role='Chief Medical Officer'),
    s('Morvanian Medical Association', 'the Morvanian Medical Association', 'the Ministry was slow to send doctors to the area', 'had said'),
    s(CMO, 'she', '"We had teams in every affected village within four days of the first cluster,"', 'said', 'direct', role='Chief Medical Officer'),
    s(CMO, 'Dr. Havelund-Obi', 'the risk was "very low" because the disease does not pass from person to person', 'said', 'mixed', role='Chief Medical Officer'),
    s('Tobias Renfrew-Adjei', 'The Minister of Health, Tobias Renfrew-Adjei, who visited Saltmarsh on 23 July', 'the government would pay for the treatment of all patients, whether or not they are insured', 'said', role='Minister of Health'),
    s('Tobias Renfrew-Adjei', 'He', 'a field laboratory would open in Greywater next week', 'announced', role='Minister of Health'),
)

CHAIR = 'Delphine Okafor-Brisco'

doc('bk08-gov-port-hallam-council-hearing-summary', 'City of Port Hallam', '2041-05-20', '''
City of Port Hallam

Summary of Public Hearing: Zoning Bylaw Amendment No. 2041-17 (Harbourfront Cold Storage Facility, 400 Quay Street)

Held: Monday, May 19, 2041, 7:00 p.m., Council Chambers

Present: Mayor Delphine Okafor-Brisco (Chair); Councillors Agnes Thorvaldsen-Wu, Rafael Ibekwe-Lund, Mirela Castagna-Obi, Samuel Fairweather-Nakamura
Staff: Owen Lachance-Mensah, Director of Planning; Priya Stendahl-Ruiz, City Clerk

1. Opening

The Chair called the hearing to order at 7:02 p.m. and explained that Council would hear from the applicant and the public but would not debate or decide the bylaw at the hearing.

2. Staff presentation

The Director of Planning outlined the application, which would rezone 400 Quay Street from Light Industrial to Marine Industrial to allow a cold storage warehouse of up to 18 metres in height. He reported that staff had received 64 written submissions, of which 51 opposed the application. He advised that the applicant's traffic study estimated 140 truck trips a day at full operation and that the City's engineering department had reviewed the study and found its assumptions reasonable.

3. Applicant

Beatriz Halloran-Sesay, Vice-President of Development for Northshore Cold Chain Ltd., said the facility would create about 90 permanent jobs and would allow local fish processors to store their catch in Port Hallam instead of trucking it to Ravensburgh. She stated that the company had reduced the building's height from 24 to 18 metres after meeting neighbours in March.

4. Public submissions

Speaking in opposition, Gerald Ames-Kowalczyk of Linden Terrace said the truck traffic would pass within a few metres of the Harbourview Elementary School playground. "Ninety jobs are welcome. Ninety jobs next to a playground are not," he said.

Speaking in opposition, Marguerite Dallaire-Osei, chair of the Old Harbour Residents' Association, said the association's members had voted unanimously against the rezoning. She stated that the building would block views of the harbour from the Promenade, which the City's own Official Community Plan describes as "a view corridor to be protected."

Speaking in support, Ravi Sundqvist-Moreau, president of the Port Hallam Fishermen's Co-operative, said his members lost up to a tenth of the value of their catch to the cost of trucking it inland.

Speaking in opposition, Hannah Bjornstad-Achebe of Quay Street said she lived directly across the street from the site. She asked Council to require that any refrigeration units be placed on the side of the building away from homes.

Speaking in support, Noor Castellano-Fitch, a deckhand on the trawler Silver Tern, said the plant would let crews sell to buyers who now refuse to collect from Port Hallam in summer.

Speaking in opposition, Carmen Oduro-Lindahl, who also lives on Quay Street, said that she agreed with the previous speaker and that the lot floods during king tides.

Tomasz Ilunga-Fry, owner of the Anchor Cafe, spoke in favour of the application.

Speaking in opposition, Dr. Leonie Sato-Vance, a physician at Harbour Community Health Centre, said diesel exhaust from idling refrigerated trucks was a known trigger for asthma in children.

5. Questions of Council

Councillor Thorvaldsen-Wu asked whether the applicant would agree to limit truck deliveries to daytime hours. Ms. Halloran-Sesay replied that the company could accept a limit from 6 a.m. to 10 p.m. but not a ban on night deliveries, because fishing boats land their catch at night.

Councillor Ibekwe-Lund asked staff whether a traffic signal at Quay and Linden would be required. The Director of Planning replied that the engineering department did not consider a signal necessary at the projected volumes.

6. Close of hearing

The Chair declared the public hearing closed at 9:14 p.m. She reminded those present that Council would consider third reading of the bylaw at its regular meeting on June 2.

Certified correct: Priya Stendahl-Ruiz, City Clerk
''',
    s('Owen Lachance-Mensah', 'He', 'staff had received 64 written submissions, of which 51 opposed the application', 'reported', role='Director of Planning'),
    s('Owen Lachance-Mensah', 'He', "the applicant's traffic study estimated 140 truck trips a day at full operation and that the City's engineering department had reviewed the study and found its assumptions reasonable", 'advised', role='Director of Planning'),
    s("the applicant's traffic study", "the applicant's traffic study", '140 truck trips a day at full operation', 'estimated', nested=True, via='Owen Lachance-Mensah'),
    s('Beatriz Halloran-Sesay', 'Beatriz Halloran-Sesay, Vice-President of Development for Northshore Cold Chain Ltd.', 'the facility would create about 90 permanent jobs and would allow local fish processors to store their catch in Port Hallam instead of trucking it to Ravensburgh', 'said', role='Vice-President of Development'),
    s('Beatriz Halloran-Sesay', 'She', "the company had reduced the building's height from 24 to 18 metres after meeting neighbours in March", 'stated', role='Vice-President of Development'),
    s('Gerald Ames-Kowalczyk', 'Gerald Ames-Kowalczyk of Linden Terrace', 'the truck traffic would pass within a few metres of the Harbourview Elementary School playground', 'said'),
    s('Gerald Ames-Kowalczyk', 'he', '"Ninety jobs are welcome. Ninety jobs next to a playground are not,"', 'said', 'direct'),
    s('Marguerite Dallaire-Osei', "Marguerite Dallaire-Osei, chair of the Old Harbour Residents' Association", "the association's members had voted unanimously against the rezoning", 'said', role="chair of the Old Harbour Residents' Association"),
    s('Marguerite Dallaire-Osei', 'She', 'the building would block views of the harbour from the Promenade, which the City\'s own Official Community Plan describes as "a view corridor to be protected."', 'stated', 'mixed', role="chair of the Old Harbour Residents' Association"),
    s("the City's own Official Community Plan", "the City's own Official Community Plan", '"a view corridor to be protected."', 'describes', 'direct', nested=True, via='Marguerite Dallaire-Osei'),
    s('Ravi Sundqvist-Moreau', "Ravi Sundqvist-Moreau, president of the Port Hallam Fishermen's Co-operative", 'his members lost up to a tenth of the value of their catch to the cost of trucking it inland', 'said', role='president'),
    s('Hannah Bjornstad-Achebe', 'Hannah Bjornstad-Achebe of Quay Street', 'she lived directly across the street from the site', 'said'),
    s('Hannah Bjornstad-Achebe', 'She', 'Council to require that any refrigeration units be placed on the side of the building away from homes', 'asked'),
    s('Noor Castellano-Fitch', 'Noor Castellano-Fitch, a deckhand on the trawler Silver Tern', 'the plant would let crews sell to buyers who now refuse to collect from Port Hallam in summer', 'said', role='deckhand'),
    s('Carmen Oduro-Lindahl', 'Carmen Oduro-Lindahl, who also lives on Quay Street', 'she agreed with the previous speaker and that the lot floods during king tides', 'said'),
    s('Tomasz Ilunga-Fry', 'Tomasz Ilunga-Fry, owner of the Anchor Cafe', 'the application', 'spoke in favour of', role='owner of the Anchor Cafe'),
    s('Leonie Sato-Vance', 'Dr. Leonie Sato-Vance, a physician at Harbour Community Health Centre', 'diesel exhaust from idling refrigerated trucks was a known trigger for asthma in children', 'said', role='physician'),
    s('Beatriz Halloran-Sesay', 'Ms. Halloran-Sesay', 'the company could accept a limit from 6 a.m. to 10 p.m. but not a ban on night deliveries, because fishing boats land their catch at night', 'replied', role='Vice-President of Development'),
    s('Owen Lachance-Mensah', 'The Director of Planning', 'the engineering department did not consider a signal necessary at the projected volumes', 'replied', role='Director of Planning'),
)

doc('bk09-gov-estmark-committee-report-ferry-service', 'Parliament of Estmark', '2041-11-05', '''
Parliament of Estmark
Standing Committee on Transport and Infrastructure

Sixth Report: The Future of the Island Ferry Service

Presented to the House on 5 November 2041

Chair: Linnea Varga-Ossai, MP

Summary

The Committee held six hearings between April and September 2041 and received 212 written submissions. The Committee finds that the state ferry operator, Estmark Island Lines, has not had a credible plan to replace its ageing fleet for at least a decade, and that the cancellations of the past two winters were the foreseeable result.

Evidence heard

The chief executive of Estmark Island Lines, Mr. Pavel Haugland-Iweala, told the Committee that seven of the company's eleven vessels were more than 30 years old and that the company had asked the Ministry for funds to replace them in every budget round since 2034. He acknowledged that the company's communication with passengers during the winter cancellations had been "inadequate."

The Deputy Minister of Transport, Ms. Oda Brennan-Kaluza, told the Committee that the Ministry had approved the replacement of two vessels in 2039 but that the tender had failed because no shipyard bid within the budget.

Mr. Haugland-Iweala also told the Committee that the company had lost 41 deck officers to private offshore operators since 2038. Asked by the Chair whether the company had considered leasing vessels, he said that no suitable vessels were available on the charter market.

The Committee notes that the Ministry's own 2036 fleet review, which was not published, warned that four vessels would reach the end of their service lives by 2041.

Witnesses from the islands described the effect of the cancellations on daily life. The mayor of Skarvik, Ms. Hedda Lorimer-Addo, said that a dialysis patient on the island had missed four treatments in January. The Skarvik Fish Producers' Cooperative stated in its submission that its members had lost about 1.2 million crowns in spoiled catch over the winter.

The Ministry of Transport stated in its written submission that a new vessel of the size needed on the northern routes would cost between 38 and 45 million euros. Several witnesses questioned that estimate, pointing to the lower prices paid for similar ferries by the neighbouring regions.

The Estmark Seafarers' Union argued that crew shortages, not vessel age alone, had caused a third of the cancellations.

Recommendations

The Committee recommends that:
1. The Government fund the replacement of at least six vessels over the next eight years, starting in the 2042 budget.
2. Estmark Island Lines publish a fleet replacement plan, with dates, within six months of this report.
3. Islands with no fixed link be guaranteed at least one crossing a day in winter, with a reserve vessel stationed in the north.

Dissenting opinion of the members of the Liberal Party

The Liberal members of the Committee, Mr. Arvid Castell-Obuya and Ms. Frida Ojukwu-Berg, support recommendations 2 and 3 but cannot support recommendation 1.

In our view, the Committee has not examined whether the service could be delivered at lower cost by contracting routes to private operators, as the neighbouring regions of Voss and Helland have done. Committing the state to six new vessels before that question is answered would lock in the most expensive option for forty years.

We recommend instead that the Government commission an independent review of the operating model before any vessels are ordered.

Response of the Government

The Committee requests that the Government table a comprehensive response to this report within 120 days.
''',
    s('Standing Committee on Transport and Infrastructure', 'The Committee', 'the state ferry operator, Estmark Island Lines, has not had a credible plan to replace its ageing fleet for at least a decade, and that the cancellations of the past two winters were the foreseeable result', 'finds'),
    s('Pavel Haugland-Iweala', 'The chief executive of Estmark Island Lines, Mr. Pavel Haugland-Iweala', "seven of the company's eleven vessels were more than 30 years old and that the company had asked the Ministry for funds to replace them in every budget round since 2034", 'told', role='chief executive'),
    s('Pavel Haugland-Iweala', 'He', 'the company\'s communication with passengers during the winter cancellations had been "inadequate."', 'acknowledged', 'mixed', role='chief executive'),
    s('Pavel Haugland-Iweala', 'Mr. Haugland-Iweala', 'the company had lost 41 deck officers to private offshore operators since 2038', 'told', role='chief executive'),
    s('Pavel Haugland-Iweala', 'he', 'no suitable vessels were available on the charter market', 'said', role='chief executive'),
    s('Standing Committee on Transport and Infrastructure', 'The Committee', "the Ministry's own 2036 fleet review, which was not published, warned that four vessels would reach the end of their service lives by 2041", 'notes'),
    s("the Ministry's own 2036 fleet review", "the Ministry's own 2036 fleet review", 'four vessels would reach the end of their service lives by 2041', 'warned', nested=True, via='Standing Committee on Transport and Infrastructure'),
    s('Oda Brennan-Kaluza', 'The Deputy Minister of Transport, Ms. Oda Brennan-Kaluza', 'the Ministry had approved the replacement of two vessels in 2039 but that the tender had failed because no shipyard bid within the budget', 'told', role='Deputy Minister of Transport'),
    s('Hedda Lorimer-Addo', 'The mayor of Skarvik, Ms. Hedda Lorimer-Addo', 'a dialysis patient on the island had missed four treatments in January', 'said', role='mayor of Skarvik'),
    s("Skarvik Fish Producers' Cooperative", "The Skarvik Fish Producers' Cooperative", 'its members had lost about 1.2 million crowns in spoiled catch over the winter', 'stated'),
    s('Ministry of Transport', 'The Ministry of Transport', 'a new vessel of the size needed on the northern routes would cost between 38 and 45 million euros', 'stated'),
    s('Several witnesses', 'Several witnesses', 'that estimate, pointing to the lower prices paid for similar ferries by the neighbouring regions', 'questioned'),
    s("Estmark Seafarers' Union", "The Estmark Seafarers' Union", 'crew shortages, not vessel age alone, had caused a third of the cancellations', 'argued'),
    s('Standing Committee on Transport and Infrastructure', 'The Committee', 'The Government fund the replacement of at least six vessels over the next eight years, starting in the 2042 budget.', 'recommends'),
    s('Standing Committee on Transport and Infrastructure', 'The Committee', 'Estmark Island Lines publish a fleet replacement plan, with dates, within six months of this report.', 'recommends'),
    s('Standing Committee on Transport and Infrastructure', 'The Committee', 'Islands with no fixed link be guaranteed at least one crossing a day in winter, with a reserve vessel stationed in the north.', 'recommends'),
    s('Arvid Castell-Obuya and Frida Ojukwu-Berg', 'The Liberal members of the Committee, Mr. Arvid Castell-Obuya and Ms. Frida Ojukwu-Berg', 'recommendations 2 and 3', 'support'),
    s('Arvid Castell-Obuya and Frida Ojukwu-Berg', 'our', 'the Committee has not examined whether the service could be delivered at lower cost by contracting routes to private operators, as the neighbouring regions of Voss and Helland have done. Committing the state to six new vessels before that question is answered would lock in the most expensive option for forty years.', 'In our view'),
    s('Arvid Castell-Obuya and Frida Ojukwu-Berg', 'We', 'the Government commission an independent review of the operating model before any vessels are ordered', 'recommend'),
    s('Standing Committee on Transport and Infrastructure', 'The Committee', 'the Government table a comprehensive response to this report within 120 days', 'requests'),
)

doc('bk10-gov-kassel-bay-election-commission-results', 'Electoral Commission of Kassel Bay', '2041-09-30', '''
Electoral Commission of Kassel Bay

Statement on the results of the by-election in the constituency of Fernhollow

30 September 2041

The Electoral Commission has completed the count of votes cast in the by-election held in the constituency of Fernhollow on 27 September 2041.

The official results are as follows:
- Maribel Osterhaus-Nduka (Kassel Bay Labour Party): 11,482
- Conrad Ilves-Ballantyne (People's Alliance): 11,307
- Yusuf Brandvold-Okeke (Independent): 2,946
- Rejected ballots: 214

Turnout was 48.6 percent of registered electors.

The Returning Officer, Mr. Dermot Achterberg-Sule, declared Ms. Osterhaus-Nduka elected as the Member for Fernhollow at 04:10 on 28 September.

Objection by a candidate

On 28 September the People's Alliance candidate, Mr. Ilves-Ballantyne, lodged a written objection with the Commission. The objection alleges that 380 postal ballots from the Millbrook care home were counted although the signatures on their declarations did not match the electoral register, and asks the Commission to order a recount of all postal ballots.

In a statement to the media on the same day, Mr. Ilves-Ballantyne said that a margin of 175 votes "is not a mandate, it is a question", and that his party would "use every lawful means" to have the postal ballots examined.

Ms. Osterhaus-Nduka, speaking after the declaration, thanked the voters of Fernhollow and said she would "respect the process, whatever it is." The Labour Party's general secretary, Mr. Idris Castellane-Obeng, told the media that the objection was "an attempt to overturn a result the Alliance does not like."

The third candidate, Mr. Brandvold-Okeke, said he had no complaint about the count but called on the Commission to publish the number of postal ballots received in each polling district.

The Commission examined the objection at an extraordinary meeting on 29 September. The Commission's verification team reported that it had checked all 380 postal declarations from the care home against the register and had found 372 signatures matching and 8 that could not be verified. The 8 unverified ballots had already been set aside and were not included in the count.

The Commission is satisfied that the count was conducted in accordance with the Elections Act and that the 8 unverified ballots could not have changed the result. The objection is therefore dismissed. A candidate may challenge the result by an election petition to the High Court within 21 days of the declaration.

The Chief Electoral Commissioner, Ms. Anneliese Mbatha-Crowe, said: "Every objection is taken seriously, and this one was examined line by line. The people of Fernhollow can have full confidence in the result." She added that the Commission would review its guidance on assisted voting in care homes before the general election.

Media enquiries: communications@electoral.kb
''',
    s('Conrad Ilves-Ballantyne', 'The objection', '380 postal ballots from the Millbrook care home were counted although the signatures on their declarations did not match the electoral register', 'alleges', role="People's Alliance candidate"),
    s('Conrad Ilves-Ballantyne', '', 'the Commission to order a recount of all postal ballots', 'asks', role="People's Alliance candidate"),
    s('Conrad Ilves-Ballantyne', 'Mr. Ilves-Ballantyne', 'a margin of 175 votes "is not a mandate, it is a question", and that his party would "use every lawful means" to have the postal ballots examined', 'said', 'mixed', role="People's Alliance candidate"),
    s('Maribel Osterhaus-Nduka', 'Ms. Osterhaus-Nduka', 'she would "respect the process, whatever it is."', 'said', 'mixed'),
    s('Idris Castellane-Obeng', "The Labour Party's general secretary, Mr. Idris Castellane-Obeng", 'the objection was "an attempt to overturn a result the Alliance does not like."', 'told', 'mixed', role='general secretary'),
    s('Yusuf Brandvold-Okeke', 'The third candidate, Mr. Brandvold-Okeke', 'he had no complaint about the count', 'said', role='candidate'),
    s('Yusuf Brandvold-Okeke', '', 'the Commission to publish the number of postal ballots received in each polling district', 'called on', role='candidate'),
    s("The Commission's verification team", "The Commission's verification team", 'it had checked all 380 postal declarations from the care home against the register and had found 372 signatures matching and 8 that could not be verified', 'reported'),
    s('Electoral Commission of Kassel Bay', 'The Commission', 'the count was conducted in accordance with the Elections Act and that the 8 unverified ballots could not have changed the result', 'is satisfied'),
    s('Anneliese Mbatha-Crowe', 'The Chief Electoral Commissioner, Ms. Anneliese Mbatha-Crowe', '"Every objection is taken seriously, and this one was examined line by line. The people of Fernhollow can have full confidence in the result."', 'said', 'direct', role='Chief Electoral Commissioner'),
    s('Anneliese Mbatha-Crowe', 'She', 'the Commission would review its guidance on assisted voting in care homes before the general election', 'added', role='Chief Electoral Commissioner'),
)

TRADE = 'Soraya Linnemann-Aziz'
COUNTER = 'Haruto Delacroix-Mwangi'
PAIR = 'Soraya Linnemann-Aziz and Haruto Delacroix-Mwangi'

doc('bk11-gov-belmark-trade-ministry-call-readout', 'Ministry of Trade and Industry of Belmark', '2041-06-18', '''
Ministry of Trade and Industry of Belmark

Readout: Minister Linnemann-Aziz's call with Sardovan Minister of Economy Delacroix-Mwangi

18 June 2041

Minister of Trade and Industry Soraya Linnemann-Aziz held a telephone call today with the Minister of Economy and Foreign Trade of the Republic of Sardova, Haruto Delacroix-Mwangi.

The two ministers reviewed the implementation of the 2039 Belmark-Sardova Economic Partnership Agreement and welcomed the 22 percent growth in bilateral trade in 2040.

Minister Linnemann-Aziz underlined that Belmarkian exporters of processed food continued to face delays of up to three weeks in Sardovan veterinary certification. She expressed concern over the new Sardovan labelling rules for dairy products, which take effect on 1 September, and asked that their application to Belmarkian products be postponed until the joint committee has examined them.

The Sardovan side noted that the labelling rules applied equally to domestic and imported products. Minister Delacroix-Mwangi said that Sardova was ready to hold technical consultations on the rules in July and that the certification backlog would be cleared by the end of the summer.

Minister Delacroix-Mwangi raised the issue of the Belmarkian safeguard duty on Sardovan steel wire, noting that Sardovan producers had lost an estimated 40 million euros in sales since the duty was imposed. Minister Linnemann-Aziz informed her counterpart about the timetable of the review of the safeguard measure, which the Belmark Trade Remedies Authority is expected to complete in October.

Minister Delacroix-Mwangi also expressed hope that Belmark would support Sardova's application to join the Northern Customs Convention. Minister Linnemann-Aziz said that Belmark viewed the application positively and would present its position at the Convention's ministerial meeting in November.

The Sardovan side informed the Belmarkian side that the Sardovan parliament had ratified the protocol on mutual recognition of conformity assessment on 12 June.

The two ministers agreed to convene the Joint Committee of the Partnership Agreement in Sardova in the autumn and instructed their officials to prepare a list of outstanding market access issues before then.

Both ministers stressed the importance of the planned rail freight link between Valdmark and the Sardovan port of Ostreno and expressed support for the joint application for funding from the Regional Infrastructure Fund.

Minister Linnemann-Aziz accepted an invitation to visit Sardova in the second half of the year.

Press and Information Office
Ministry of Trade and Industry of Belmark
''',
    s(PAIR, 'The two ministers', 'the 22 percent growth in bilateral trade in 2040', 'welcomed'),
    s(TRADE, 'Minister Linnemann-Aziz', 'Belmarkian exporters of processed food continued to face delays of up to three weeks in Sardovan veterinary certification', 'underlined', role='Minister of Trade and Industry'),
    s(TRADE, 'She', 'the new Sardovan labelling rules for dairy products, which take effect on 1 September', 'expressed concern over', role='Minister of Trade and Industry'),
    s(TRADE, '', 'their application to Belmarkian products be postponed until the joint committee has examined them', 'asked', role='Minister of Trade and Industry'),
    s(COUNTER, 'The Sardovan side', 'the labelling rules applied equally to domestic and imported products', 'noted', role='Minister of Economy and Foreign Trade'),
    s(COUNTER, 'Minister Delacroix-Mwangi', 'Sardova was ready to hold technical consultations on the rules in July and that the certification backlog would be cleared by the end of the summer', 'said', role='Minister of Economy and Foreign Trade'),
    s(COUNTER, 'Minister Delacroix-Mwangi', 'the Belmarkian safeguard duty on Sardovan steel wire, noting that Sardovan producers had lost an estimated 40 million euros in sales since the duty was imposed', 'raised the issue of', role='Minister of Economy and Foreign Trade', anchor='Minister Delacroix-Mwangi raised'),
    s(COUNTER, 'Minister Delacroix-Mwangi', "Belmark would support Sardova's application to join the Northern Customs Convention", 'expressed hope', role='Minister of Economy and Foreign Trade'),
    s(TRADE, 'Minister Linnemann-Aziz', "Belmark viewed the application positively and would present its position at the Convention's ministerial meeting in November", 'said', role='Minister of Trade and Industry'),
    s(COUNTER, 'The Sardovan side', 'the Sardovan parliament had ratified the protocol on mutual recognition of conformity assessment on 12 June', 'informed', role='Minister of Economy and Foreign Trade'),
    s(PAIR, 'The two ministers', 'convene the Joint Committee of the Partnership Agreement in Sardova in the autumn', 'agreed'),
    s(PAIR, '', 'their officials to prepare a list of outstanding market access issues before then', 'instructed'),
    s(PAIR, 'Both ministers', 'the importance of the planned rail freight link between Valdmark and the Sardovan port of Ostreno', 'stressed'),
    s(PAIR, '', 'the joint application for funding from the Regional Infrastructure Fund', 'expressed support for'),
)
