"""Set AW's six government texts (see build_aw.py)."""
from invented_common import doc_spans as doc, s

SVAL = 'Statistics Valdoria'
VOSS = 'Anneke Voss'
AALB = 'Jorund Aalbek'

doc('aw06-gov-statistics-valdoria-census-first-results', 'Statistics Valdoria', '2035-03-14', '''
STATISTICS VALDORIA
News release
2035 Census of Population: first results
Ostreva, 14 March 2035, 10:00

Valdoria's population was 6,412,300 on census day, 1 October 2034, an increase of 3.8 percent since the 2029 census. The increase was the largest in any five-year period since 1971, and most of it came from migration rather than births.

Key findings:
- The capital region of Ostreva grew by 7.9 percent and now holds 38 percent of the population.
- The population of the three northern districts fell for the fourth census in a row, by 2.6 percent.
- The number of people aged 80 and over grew by 22 percent.
- Households have become smaller: the average household had 2.21 people, down from 2.34.
- 81 percent of households answered online, up from 58 percent in 2029.

The Chief Statistician, Dr. Anneke Voss, said: "This census had the highest online response rate we have ever recorded. That let us send our field interviewers where they were most needed, to the households that are hardest to reach."

Dr. Voss said the count in the northern districts had been completed by field interviewers after snow closed several roads in October, and that results there carry a wider margin of error.

Statistics Valdoria estimates that about 1.9 percent of residents were missed by the census, compared with 2.4 percent in 2029. A post-enumeration survey, which Statistics Valdoria carried out in November, found that young men living in rented homes in Ostreva were the most likely to be missed. The published figures are adjusted for the undercount.

Dr. Voss noted that the population aged 80 and over had grown faster than any other age group, and that for the first time there were more people over 80 than children under five.

Asked at the release briefing whether the undercount would affect the money the state transfers to municipalities, Dr. Voss said that transfers would be calculated on the adjusted figures, as the Statistics Act requires.

Minister's comment

The Minister for Finance and Planning, Jorund Aalbek, commented:

"These figures show a country that is growing, but growing unevenly. Three in every four new residents since 2029 live within an hour of Ostreva. That is why the government will bring forward its regional housing plan to June."

The Minister welcomed the higher online response rate and said it had cut the cost of the census by 40 million crowns. He also said the results would be used to redraw electoral boundaries before the 2037 general election, and thanked the 9,000 census field staff.

Next releases

Results on language, religion and commuting will be published on 20 June 2035. Results for individual municipalities will be published on 12 September 2035.

About the census

The census is held every five years. It counts everyone who was living in Valdoria on census day, including foreign citizens who had lived or intended to live in the country for at least a year. The 2034 census was the first in which every household received a personal online access code by post. Census day for the next census is 1 October 2039.

Media enquiries: Communications Unit, Statistics Valdoria, +88 21 400 100
''',
    s(VOSS, 'The Chief Statistician, Dr. Anneke Voss', '"This census had the highest online response rate we have ever recorded.|the households that are hardest to reach."', 'said', 'direct', role='Chief Statistician'),
    s(VOSS, 'Dr. Voss', 'the count in the northern districts had been completed by field interviewers|results there carry a wider margin of error', 'said', role='Chief Statistician'),
    s(SVAL, 'Statistics Valdoria', 'about 1.9 percent of residents were missed by the census, compared with 2.4 percent in 2029', 'estimates'),
    s(SVAL, 'A post-enumeration survey', 'young men living in rented homes in Ostreva were the most likely to be missed', 'found'),
    s(VOSS, 'Dr. Voss', 'the population aged 80 and over had grown faster than any other age group|more people over 80 than children under five', 'noted', role='Chief Statistician'),
    s(VOSS, 'Dr. Voss', 'transfers would be calculated on the adjusted figures, as the Statistics Act requires', 'said', role='Chief Statistician'),
    s(AALB, 'The Minister for Finance and Planning, Jorund Aalbek', '"These figures show a country that is growing, but growing unevenly.|bring forward its regional housing plan to June."', 'commented', 'direct', role='Minister for Finance and Planning'),
    s(AALB, 'The Minister', 'the higher online response rate', 'welcomed', role='Minister for Finance and Planning'),
    s(AALB, '', 'it had cut the cost of the census by 40 million crowns', 'said', role='Minister for Finance and Planning'),
    s(AALB, 'He', 'the results would be used to redraw electoral boundaries before the 2037 general election', 'said', role='Minister for Finance and Planning'),
)

MWB = 'Minimum Wage Board of Estrel'
RAO = 'Sunil Rao'
MARK = 'Helen Markov'
ILIC = 'Tomasz Ilic'

doc('aw07-gov-estrel-minimum-wage-board-decision', 'Minimum Wage Board of Estrel', '2035-05-30', '''
MINIMUM WAGE BOARD OF ESTREL
Annual Review 2035: Decision Summary
Released 30 May 2035

Decision

The Board has set the general minimum wage at $19.40 an hour from 1 October 2035, an increase of 4.1 percent on the current rate of $18.64. The minimum wage for workers who receive tips will rise by the same percentage, to $17.10.

The general minimum wage has risen by 31 percent since 2030, when the Board was established by the Employment Standards Amendment Act. The Board has five members: a chair, two members nominated by employers' organizations and two nominated by labour organizations.

The Board's reasons

The Board found that consumer prices in Estrel rose 3.2 percent in the twelve months to March, and that average hourly earnings rose 4.6 percent over the same period.

The Board accepts the Provincial Economic Council's evidence that an increase of up to 5 percent would have no measurable effect on employment in retail or hospitality.

The Board also considered the cost of living in the province's north, where food and fuel prices are higher, but decided against a regional rate.

Submissions

The Board received 212 written submissions and heard from 31 presenters at hearings in Larkfield, Estrel City and Port Dunmore. Among them:
- The Estrel Federation of Labour submitted that the wage should rise to $21.00, arguing that a full-time worker at the current minimum cannot afford the average rent in any city in the province.
- The Estrel Retail Council submitted that any increase above inflation would force small stores to cut staff hours.
- The Hospitality Employers' Association of Estrel proposed that any increase be delayed until April 2036, when the tourist season begins.
- A cashier from Norbeck, whose name is withheld at her request, told the Board that she works two jobs and has not taken a holiday in six years.

The Board did not receive a submission from the Government of Estrel.

Recommendation to government

The Board recommends that the Minister of Labour introduce automatic indexation of the minimum wage to consumer prices, with a full review every three years.

Dissent

Board member Sunil Rao dissented. In his written reasons, he states that the Board gave too little weight to the rise in rents, and that an increase of 4.1 percent "leaves the lowest-paid further behind than they were in 2030."

Statement by the Chair

The Chair of the Board, Helen Markov, said: "Our job is to weigh two real risks: that wages fall behind prices, and that small employers cut jobs. This year the evidence pointed to an increase a little above inflation, and that is what we have set."

Ms. Markov said the Board would study a separate rate for workers under 18 next year, at the Minister's request.

Government response

Minister of Labour Tomasz Ilic said in a statement that the government accepted the Board's decision and would consider the recommendation on indexation "carefully and quickly."

The new rates will be published in the Estrel Gazette in June. Employers will receive a notice of the new rates with their August payroll forms.

Media contact: Office of the Minimum Wage Board, 555-0148
''',
    s(MWB, 'The Board', 'consumer prices in Estrel rose 3.2 percent in the twelve months to March|rose 4.6 percent over the same period', 'found'),
    s(MWB, 'The Board', "the Provincial Economic Council's evidence that an increase of up to 5 percent would have no measurable effect on employment in retail or hospitality", 'accepts'),
    s('Estrel Federation of Labour', 'The Estrel Federation of Labour', 'the wage should rise to $21.00|the average rent in any city in the province', 'submitted'),
    s('Estrel Retail Council', 'The Estrel Retail Council', 'any increase above inflation would force small stores to cut staff hours', 'submitted'),
    s("Hospitality Employers' Association of Estrel", "The Hospitality Employers' Association of Estrel", 'any increase be delayed until April 2036, when the tourist season begins', 'proposed'),
    s('A cashier from Norbeck', 'A cashier from Norbeck, whose name is withheld at her request', 'she works two jobs and has not taken a holiday in six years', 'told', role='cashier'),
    s(MWB, 'The Board', 'the Minister of Labour introduce automatic indexation of the minimum wage to consumer prices, with a full review every three years', 'recommends'),
    s(RAO, 'he', 'the Board gave too little weight to the rise in rents, and that an increase of 4.1 percent "leaves the lowest-paid further behind than they were in 2030."', 'states', 'mixed', role='Board member'),
    s(MARK, 'The Chair of the Board, Helen Markov', '"Our job is to weigh two real risks:|that is what we have set."', 'said', 'direct', role='Chair of the Board'),
    s(MARK, 'Ms. Markov', "the Board would study a separate rate for workers under 18 next year, at the Minister's request", 'said', role='Chair of the Board'),
    s(ILIC, 'Minister of Labour Tomasz Ilic', 'the government accepted the Board\'s decision and would consider the recommendation on indexation "carefully and quickly."', 'said', 'mixed', role='Minister of Labour'),
)

PETR = 'Ilona Petrescu'
LUPU = 'Mihai Lupu'

doc('aw08-gov-sarnova-health-minister-measles-press-conference', 'Ministry of Health of Sarnova', '2035-02-22', '''
MINISTRY OF HEALTH OF THE REPUBLIC OF SARNOVA

Transcript: Press conference by the Minister of Health, Dr. Ilona Petrescu, on the measles outbreak in Kordava region
Sarnova City, 22 February 2035

MODERATOR (Vera Cozma, Press Office): Good afternoon. The Minister will open, then the Chief Epidemiologist will present the figures, and then we will take questions. Please say your name and outlet.

MINISTER PETRESCU: Good afternoon. As of this morning, we have 214 confirmed cases of measles in Kordava region, 31 people in hospital, and, sadly, one death, a child of four. My thoughts are with her family.

From Monday, every school in the region will check vaccination records, and unvaccinated children will be offered a first dose at school, with their parents' consent. I want to be clear: the vaccine is free, it is safe, and it is the only thing that will end this outbreak. I will now ask Dr. Lupu to give the details.

DR. MIHAI LUPU, Chief Epidemiologist: Thank you, Minister. Of the 214 cases, 188 are children under fifteen, and 196 had received no vaccine at all. Vaccination coverage in the three affected districts is 71 percent, against the 95 percent needed to stop transmission. We expect cases to keep rising for at least three more weeks.

Q (Dorin Albu, Radio Kordava): Minister, parents' groups in Kordava say the school checks are an invasion of privacy. What is your response?

MINISTER PETRESCU: Checking a vaccination card is not an invasion of anyone's privacy. Schools already check that children have the right books. We will not publish any names, and no child will be sent home.

Q (Elena Stanca, Ziarul de Est): The director of Kordava General Hospital told our newspaper on Monday that her hospital has only four isolation rooms. Is that enough?

MINISTER PETRESCU: It is not, and that is why we moved twelve children to Sarnova City Children's Hospital this week. I'll let Dr. Lupu add to that.

DR. LUPU: We are also converting a ward at Kordava General into an isolation unit with 20 beds. It should be ready by Friday.

Q (Petru Vasile, Sarnova Today): Minister, in 2033 you told Parliament that vaccination coverage in Kordava was above 90 percent. Were your figures wrong?

MINISTER PETRESCU: The figure I gave was the national average for that year, which was 91 percent. I should have given the regional figures as well. From now on, we will publish them every month.

Q (Petru Vasile, Sarnova Today): A follow-up. Will there be fines for parents who refuse?

MINISTER PETRESCU: No. We are not going to fine anyone. We are going to knock on doors.

Q (Maria Enache, Kordava FM): Some family doctors in Kordava have said they were not told about the first cases for ten days. Why?

DR. LUPU: The first two cases were reported to us as rubella. When the laboratory confirmed measles, on 3 February, we informed every clinic in the region the same day.

MODERATOR: Last question, please.

Q (Ana Rusu, TVS): The Continental Health Agency has warned that the outbreak could spread across the border. Are you in contact with our neighbours?

MINISTER PETRESCU: Yes, every day. Our neighbours have offered 50,000 doses, and we have accepted them with thanks.

MODERATOR: Thank you. The next update will be on Friday at 14:00.
''',
    s(PETR, 'MINISTER PETRESCU', 'Good afternoon. As of this morning, we have 214 confirmed cases|the only thing that will end this outbreak.', '', role='Minister of Health'),
    s(LUPU, 'DR. MIHAI LUPU, Chief Epidemiologist', 'Of the 214 cases, 188 are children under fifteen|for at least three more weeks.', '', role='Chief Epidemiologist'),
    s("parents' groups in Kordava", "parents' groups in Kordava", 'the school checks are an invasion of privacy', 'say'),
    s(PETR, 'MINISTER PETRESCU', "Checking a vaccination card is not an invasion of anyone's privacy.|no child will be sent home.", '', role='Minister of Health'),
    s('director of Kordava General Hospital', 'The director of Kordava General Hospital', 'her hospital has only four isolation rooms', 'told', role='director'),
    s(PETR, 'MINISTER PETRESCU', "It is not, and that is why we moved twelve children to Sarnova City Children's Hospital this week.", '', role='Minister of Health'),
    s(LUPU, 'DR. LUPU', 'We are also converting a ward at Kordava General into an isolation unit with 20 beds. It should be ready by Friday.', '', role='Chief Epidemiologist'),
    s(PETR, 'you', 'vaccination coverage in Kordava was above 90 percent', 'told', role='Minister of Health'),
    s(PETR, 'MINISTER PETRESCU', 'The figure I gave was the national average for that year|we will publish them every month.', '', role='Minister of Health'),
    s(PETR, 'MINISTER PETRESCU', 'No. We are not going to fine anyone. We are going to knock on doors.', '', role='Minister of Health'),
    s('Some family doctors in Kordava', 'Some family doctors in Kordava', 'they were not told about the first cases for ten days', 'have said'),
    s(LUPU, 'DR. LUPU', 'The first two cases were reported to us as rubella.|we informed every clinic in the region the same day.', '', role='Chief Epidemiologist'),
    s('Continental Health Agency', 'The Continental Health Agency', 'the outbreak could spread across the border', 'has warned'),
    s(PETR, 'MINISTER PETRESCU', 'Yes, every day. Our neighbours have offered 50,000 doses, and we have accepted them with thanks.', '', role='Minister of Health'),
)

HCRD = 'Halvern County Roads Department'
BRTO = 'Brask & Tolland Engineers'
FALK = 'Roberta Falk'

doc('aw09-gov-halvern-orrin-river-bridge-inspection', 'Halvern County Roads Department', '2035-06-06', '''
HALVERN COUNTY ROADS DEPARTMENT
Inspection Report Summary
Orrin River Bridge, County Road 14 (Structure No. 47-112)
6 June 2035

Why the bridge was inspected

The Orrin River Bridge is a three-span steel girder bridge built in 1964. It was last rehabilitated in 1998, when its railings and lighting were replaced. It carries about 6,800 vehicles a day, including about 900 trucks serving the Tenmile and Redcap quarries. Cracking was seen in two steel girders during a routine inspection in March 2035, and the Department commissioned an in-depth inspection.

What the inspection found

The inspection report, prepared by Brask & Tolland Engineers and delivered to the Department on 2 June 2035, concludes that the bridge is safe for cars and light trucks but not for vehicles over 15 tonnes.

The report's principal findings are:
- Fatigue cracks up to 11 centimetres long are present in girders 3 and 4 of the centre span.
- Corrosion has reduced the thickness of the bearing plates at the east abutment by up to 30 percent.
- The concrete deck, replaced in 2019, is in good condition.
- Scour around pier 2 is within limits but should be checked after every major flood.

The report recommends that the Department:
- restrict the bridge to vehicles of 15 tonnes or less, effective immediately;
- repair or replace girders 3 and 4 within 18 months; and
- inspect the bridge every six months until the repairs are complete.

The Department's response

The Department has accepted all three recommendations. A 15-tonne limit took effect on 3 June 2035, and signs have been posted at both approaches and at the junctions with Highway 9 and Quarry Road.

County Engineer Roberta Falk said: "The bridge is safe for the traffic that is allowed on it. We are not waiting for the repairs to protect it, and we are not waiting for a failure to repair it."

Falk said heavy trucks would have to use the Highway 9 crossing at Dunlin, a detour of about 22 kilometres, and that the Department would ask the provincial government for help with the cost of the repairs, estimated at $6.5 million.

The Halvern Aggregates Association wrote to the Department on 4 June that the detour would add about $1,400 a day to each quarry's trucking costs.

What happens next

Design work on the girder repairs will begin in July. The Department will ask for bids from contractors in the autumn, and a contract is expected to be awarded in January 2037 at the latest. Construction is expected to take place in the summer of 2036, when the bridge may be closed to all traffic for up to eight weeks.

The full inspection report is available on the Department's website. Residents can ask questions at a public information session at the Halvern Community Hall on 17 June at 7 p.m.

The Department thanks residents, quarry operators and school bus companies for their patience.

Contact: Halvern County Roads Department, 555-0192
''',
    s(BRTO, 'The inspection report', 'the bridge is safe for cars and light trucks but not for vehicles over 15 tonnes', 'concludes'),
    s(BRTO, "The report's principal findings", 'Fatigue cracks up to 11 centimetres long are present in girders 3 and 4 of the centre span.', ''),
    s(BRTO, "The report's principal findings", 'Corrosion has reduced the thickness of the bearing plates at the east abutment by up to 30 percent.', ''),
    s(BRTO, "The report's principal findings", 'The concrete deck, replaced in 2019, is in good condition.', ''),
    s(BRTO, "The report's principal findings", 'Scour around pier 2 is within limits but should be checked after every major flood.', ''),
    s(BRTO, 'The report', 'restrict the bridge to vehicles of 15 tonnes or less, effective immediately;', 'recommends'),
    s(BRTO, 'The report', 'repair or replace girders 3 and 4 within 18 months; and', 'recommends'),
    s(BRTO, 'The report', 'inspect the bridge every six months until the repairs are complete.', 'recommends'),
    s(HCRD, 'The Department', 'all three recommendations', 'has accepted'),
    s(FALK, 'County Engineer Roberta Falk', '"The bridge is safe for the traffic that is allowed on it.|we are not waiting for a failure to repair it."', 'said', 'direct', role='County Engineer'),
    s(FALK, 'Falk', 'heavy trucks would have to use the Highway 9 crossing at Dunlin|estimated at $6.5 million', 'said', role='County Engineer'),
    s('Halvern Aggregates Association', 'The Halvern Aggregates Association', "the detour would add about $1,400 a day to each quarry's trucking costs", 'wrote'),
)

THOR = 'Agnes Thorvald'
CALL = 'Ruth Calloway'
KECO = 'Kessland Electoral Commission'

doc('aw10-gov-kessland-assembly-referendum-result', 'Kessland Electoral Commission', '2035-11-19', '''
KESSLAND ELECTORAL COMMISSION

Declaration of result and statement: Referendum on a Kessland Regional Assembly, 18 November 2035
Issued 19 November 2035, 06:40

DECLARATION

I, Agnes Thorvald, Chief Counting Officer for the referendum held on 18 November 2035, declare that the total number of ballot papers counted was 1,204,377 and that the votes cast were as follows:

Yes: 611,920 (50.9%)
No: 590,114 (49.1%)
Rejected ballot papers: 2,343

The majority of votes cast was in favour of establishing a Kessland Regional Assembly.

STATEMENT BY THE CHIEF COUNTING OFFICER

Turnout was 68.2 percent, the highest at any vote in Kessland since the 2011 general election. More than 14,000 counting staff worked through the night in 32 counting areas, and I want to thank every one of them.

This was a close result, and I understand that many people will be disappointed by it. I can say with confidence that it is an accurate one. Every ballot box was accounted for, and the counting agents of both campaigns were able to watch every stage of the count.

Recount requests

At 03:15, the No campaign, Kessland Together, requested recounts in four counting areas, citing the narrow margin. The Chief Counting Officer granted a recount in Dunmere, where the margin was 41 votes, and refused the other three requests, finding that the campaign's counting agents had raised no objection during the count in those areas.

Recounts may be requested by the lead agent of either campaign until the declaration is made. The Chief Counting Officer decides each request; her decision on a request is final, but the result may be challenged in the High Court within 21 days.

The recount in Dunmere changed the Yes total by three votes. The Yes campaign, Assembly for Kessland, did not request any recounts. Both campaigns' counting agents signed the final count sheets in all 32 counting areas.

Questions at the declaration

Asked whether the rejected ballot papers could have changed the result, Ms. Thorvald said that even if every rejected ballot had been a No vote, the Yes side would still have won by more than 19,000 votes.

Asked whether the Commission had been under pressure to finish the count overnight, she said: "No. We count until we are done, and last night we were done at six."

Comment by the Chair of the Electoral Commission

The Chair of the Kessland Electoral Commission, Ruth Calloway, said: "Polling day went smoothly in almost every part of Kessland. Where it did not, we will find out why."

Ms. Calloway said the Commission would review why 41 polling stations in the south of the region ran out of ballot papers in the late afternoon, and would publish its findings by the end of January.

The Commission received 37 complaints on polling day, mostly about queues, according to its complaints register.

Results for each counting area are available on the Commission's website.

Media: press@kesslandvotes.ks
''',
    s(THOR, 'STATEMENT BY THE CHIEF COUNTING OFFICER', 'Turnout was 68.2 percent|watch every stage of the count.', '', role='Chief Counting Officer'),
    s('Kessland Together', 'the No campaign, Kessland Together', 'the narrow margin', 'citing'),
    s(THOR, 'The Chief Counting Officer', "the campaign's counting agents had raised no objection during the count in those areas", 'finding', role='Chief Counting Officer'),
    s(THOR, 'Ms. Thorvald', 'even if every rejected ballot had been a No vote, the Yes side would still have won by more than 19,000 votes', 'said', role='Chief Counting Officer'),
    s(THOR, 'she', '"No. We count until we are done, and last night we were done at six."', 'said', 'direct', role='Chief Counting Officer'),
    s(CALL, 'The Chair of the Kessland Electoral Commission, Ruth Calloway', '"Polling day went smoothly in almost every part of Kessland. Where it did not, we will find out why."', 'said', 'direct', role='Chair'),
    s(CALL, 'Ms. Calloway', 'the Commission would review why 41 polling stations|would publish its findings by the end of January', 'said', role='Chair'),
    s(KECO, 'its complaints register', 'The Commission received 37 complaints on polling day, mostly about queues', 'according to'),
)

BRAN = 'Ayesha Brandvold'
OIPC = 'Office of the Information and Privacy Commissioner of Brayland'
VASQ = 'Colin Vasquez'

doc('aw11-gov-brayland-privacy-commissioner-pharmacy-loyalty-data', 'Office of the Information and Privacy Commissioner of Brayland', '2035-08-11', '''
OFFICE OF THE INFORMATION AND PRIVACY COMMISSIONER OF BRAYLAND

Report of Findings 2035-014
Medisan Pharmacies Ltd. (loyalty program data)
Commissioner: Ayesha Brandvold
Issued: 11 August 2035

Summary

Three customers of Medisan Pharmacies complained to this office that the company had shared details of their purchases with an advertising firm without their consent.

The Commissioner found that Medisan disclosed the purchase histories of about 410,000 members of its Medisan Plus loyalty program to Quorra Media between 2032 and 2034, and that the disclosure was not authorized under the Personal Information Act.

Background

Medisan operates 212 pharmacies in Brayland. Members of Medisan Plus receive discounts in exchange for scanning a card or an app at the till. The purchase records include the date, the store and each item bought, including non-prescription medicines, pregnancy tests and smoking cessation products.

The complainants told this office that they learned of the sharing when they began to receive advertisements, on other websites, for products they had bought only once at a Medisan store.

Medisan's position

Medisan submitted that members had agreed to the sharing when they accepted the program's terms, and that the data had been "de-identified" before it left the company.

Medisan's chief privacy officer, Colin Vasquez, told the investigation that the company had stopped sharing data with Quorra in March 2035, after the complaints were received.

Quorra Media stated in a letter to this office that it had used the data only to place advertisements on Medisan's own website and app.

Medisan did not provide this office with a copy of its contract with Quorra Media until the third request, in April 2035.

Analysis

I find that the program's terms did not mention advertising partners and that a reasonable member would not have expected purchase records to leave the company.

I also find that the data was not de-identified. A technical review by this office's analysts found that 60 percent of the records could be linked to a named person using only a postal code and a date of birth.

Recommendations

I recommend that Medisan:
- delete all copies of the data held by Quorra Media and obtain written confirmation of the deletion;
- notify every affected member in writing within 60 days; and
- obtain express consent before sharing purchase data with any third party in future.

Medisan's response

Medisan has accepted the first two recommendations. In its response to this report, it stated that the third recommendation "would end loyalty programs as Brayland knows them."

Commissioner's statement

Commissioner Brandvold said: "People hand over a loyalty card to save a few dollars on toothpaste. They do not expect to be paying with a list of everything they have bought for three years."

The complaint remains open until Medisan has notified its members. The Commissioner may refer the matter to the Attorney General if the third recommendation is not followed.
''',
    s('Three customers of Medisan Pharmacies', 'Three customers of Medisan Pharmacies', 'the company had shared details of their purchases with an advertising firm without their consent', 'complained'),
    s(BRAN, 'The Commissioner', 'Medisan disclosed the purchase histories of about 410,000 members|not authorized under the Personal Information Act', 'found', role='Commissioner'),
    s('The complainants', 'The complainants', 'they learned of the sharing when they began to receive advertisements|bought only once at a Medisan store', 'told'),
    s('Medisan Pharmacies Ltd.', 'Medisan', 'members had agreed to the sharing when they accepted the program\'s terms, and that the data had been "de-identified" before it left the company', 'submitted', 'mixed'),
    s(VASQ, "Medisan's chief privacy officer, Colin Vasquez", 'the company had stopped sharing data with Quorra in March 2035, after the complaints were received', 'told', role='chief privacy officer'),
    s('Quorra Media', 'Quorra Media', "it had used the data only to place advertisements on Medisan's own website and app", 'stated'),
    s(BRAN, 'I', "the program's terms did not mention advertising partners|would not have expected purchase records to leave the company", 'find', role='Commissioner'),
    s(BRAN, 'I', 'the data was not de-identified', 'find', role='Commissioner'),
    s(OIPC, 'A technical review', '60 percent of the records could be linked to a named person using only a postal code and a date of birth', 'found'),
    s(BRAN, 'I', 'delete all copies of the data held by Quorra Media and obtain written confirmation of the deletion;', 'recommend', role='Commissioner'),
    s(BRAN, 'I', 'notify every affected member in writing within 60 days; and', 'recommend', role='Commissioner'),
    s(BRAN, 'I', 'obtain express consent before sharing purchase data with any third party in future.', 'recommend', role='Commissioner'),
    s('Medisan Pharmacies Ltd.', 'Medisan', 'the first two recommendations', 'has accepted'),
    s('Medisan Pharmacies Ltd.', 'it', 'the third recommendation "would end loyalty programs as Brayland knows them."', 'stated', 'mixed'),
    s(BRAN, 'Commissioner Brandvold', '"People hand over a loyalty card to save a few dollars on toothpaste.|everything they have bought for three years."', 'said', 'direct', role='Commissioner'),
)
