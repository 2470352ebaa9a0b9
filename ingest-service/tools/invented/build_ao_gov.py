"""Set AO's six government texts (see build_ao.py)."""
from invented_common import doc_spans as doc, s

MPC = 'Monetary Policy Committee'
BREN = 'Orla Brenneck'
HALL = 'Tomas Halloway'
VOLL = 'Beatrix Vollmer'

doc('ao06-gov-lorvania-central-bank-policy-minutes', 'Bank of Lorvania', '2034-03-25', '''
Minutes of the Monetary Policy Committee meeting held on 10 and 11 March 2034

Published on 25 March 2034

1. The Committee discussed developments in the economy since its January meeting, the staff's updated projections and the options for the policy rate.

2. Staff presented the March projections. According to the staff projections, inflation would fall from 4.6% in February to 3.1% by the end of 2034 and reach the 2% target in the second half of 2035. Staff noted that the projections assumed the policy rate would stay at 5.25% until the third quarter.

3. Members noted that services inflation had remained stubborn, rising to 5.8% in February, while goods prices had fallen for a third consecutive month. Members welcomed the further decline in inflation expectations measured in the February household survey.

4. Most members judged that wage growth, at 6.1% a year, was still too fast to be consistent with the target, although business surveys pointed to a slowdown in the second half of the year.

5. Some members pointed to signs that the earlier tightening was weighing on demand more than expected, with new housing loans down 22% year on year and business investment contracting for two quarters.

6. On financial stability, the Committee was briefed by the Deputy Governor for Financial Stability, Orla Brenneck, on the results of this year's bank stress tests. She reported that all seven large banks held enough capital to withstand a severe recession, but that two smaller lenders would need to raise capital by the end of the year.

7. The Committee then turned to the policy decision. Six members voted to keep the policy rate unchanged at 5.25%. In their view, a cut at this meeting risked undoing the progress made on inflation expectations, and the Committee could afford to wait for the outcome of the spring wage settlements.

8. Three members voted to lower the policy rate by 0.25 percentage point. These members considered that the real policy rate was now clearly restrictive and that waiting until May risked an unnecessarily sharp rise in unemployment.

9. One of these members, Deputy Governor Tomas Halloway, said the Committee should not wait for "perfect certainty" on wages before acting, since monetary policy worked with long lags.

10. The Committee agreed that future decisions would depend on incoming data and that it stood ready to adjust the policy rate in either direction.

11. The Governor, Beatrix Vollmer, noted that the decision would be announced at 14:00 on 12 March and explained at a press conference the same afternoon.

12. Members also discussed the exchange rate. A few members noted that the currency's 4% appreciation since January was helping to bring down import prices, but warned that a further rise would hurt exporters.

Members present: Beatrix Vollmer (Governor, Chair), Tomas Halloway, Orla Brenneck, Kasimir Dorn, Eleni Vasquez-Reuter, Jonah Pellinen, Maud Arvidson, Sten Korhonen, Ruth Abernethy-Lowe.

Also attending: Ivo Marek (Director of Economics), Selma Greer (Head of Markets), and the Committee secretariat.

The next meeting of the Committee will be held on 5 and 6 May 2034.
''',
    s('Staff', 'the staff projections', 'inflation would fall from 4.6% in February to 3.1% by the end of 2034|in the second half of 2035', 'According to'),
    s('Staff', 'Staff', 'the projections assumed the policy rate would stay at 5.25% until the third quarter', 'noted'),
    s('Members', 'Members', 'services inflation had remained stubborn|for a third consecutive month', 'noted'),
    s('Members', 'Members', 'the further decline in inflation expectations measured in the February household survey', 'welcomed'),
    s('Most members', 'Most members', 'wage growth, at 6.1% a year, was still too fast|in the second half of the year', 'judged'),
    s('business surveys', 'business surveys', 'a slowdown in the second half of the year', 'pointed to', nested=True, via='Most members'),
    s('Some members', 'Some members', 'signs that the earlier tightening was weighing on demand more than expected|contracting for two quarters', 'pointed to'),
    s(BREN, 'She', 'all seven large banks held enough capital|by the end of the year', 'reported', role='Deputy Governor for Financial Stability'),
    s('Six members', 'their', 'a cut at this meeting risked undoing the progress made on inflation expectations|the spring wage settlements', 'In their view'),
    s('Three members', 'These members', 'the real policy rate was now clearly restrictive|sharp rise in unemployment', 'considered'),
    s(HALL, 'One of these members, Deputy Governor Tomas Halloway', 'the Committee should not wait for "perfect certainty" on wages before acting, since monetary policy worked with long lags', 'said', 'mixed', role='Deputy Governor'),
    s(MPC, 'The Committee', 'future decisions would depend on incoming data|in either direction', 'agreed'),
    s('A few members', 'A few members', "the currency's 4% appreciation since January was helping to bring down import prices", 'noted'),
    s('A few members', 'A few members', 'a further rise would hurt exporters', 'warned'),
    s(VOLL, 'The Governor, Beatrix Vollmer', 'the decision would be announced at 14:00 on 12 March|the same afternoon', 'noted', role='Governor'),
)

EMB = 'Embassy of the Republic of Sardonia'
KMFA = 'Ministry of Foreign Affairs of the Kingdom of Kellmar'
VASK = 'Teodora Vask'

doc('ao07-gov-sardonia-embassy-note-verbale', 'Embassy of the Republic of Sardonia in Kellmar', '2034-04-07', '''
Embassy of the Republic of Sardonia in Kellmar

Note Verbale No. 114/2034, published by the Embassy on 7 April 2034

The Embassy of the Republic of Sardonia presents its compliments to the Ministry of Foreign Affairs of the Kingdom of Kellmar and has the honour to refer to the Ministry's Note No. 2291 of 3 April 2034 concerning the detention of the fishing vessel Marisol II and its crew of nine.

The Embassy has the honour to inform the Ministry that, according to the vessel's satellite tracking records, the Marisol II was at no time inside the exclusive economic zone of the Kingdom of Kellmar on 29 March 2034, and was fishing 14 nautical miles beyond its outer limit when it was boarded by the Kellmar coast guard.

The Embassy wishes to recall that the master of the vessel, Mr. Joaquim Arvela, told the boarding officers that the vessel's position was being recorded continuously and asked that the records be examined before the vessel was escorted to port. This request was refused.

The Embassy takes note of the Ministry's position that the vessel's fishing licence had expired. The Embassy has the honour to transmit herewith a copy of the licence, valid until 31 December 2034, issued by the competent authority of the Republic of Sardonia.

The Embassy requests the Ministry to arrange the immediate release of the nine crew members, all of them Sardonian nationals, and of the vessel, and to grant the Embassy's consular officers access to the crew without further delay.

The Embassy further requests that the Ministry inform it of any charges brought against the master of the vessel.

The Government of the Republic of Sardonia considers that the boarding of a foreign vessel beyond the exclusive economic zone is contrary to the Convention on the Law of the Sea.

The Embassy of the Republic of Sardonia avails itself of this opportunity to renew to the Ministry of Foreign Affairs of the Kingdom of Kellmar the assurances of its highest consideration.

Kellmar, 6 April 2034

Enclosure: copy of fishing licence No. SD-4471

Press note

In publishing the note, the Embassy recalls that the crew have been held in Port Hessel for nine days. Ambassador Teodora Vask told Kellmar Radio on Saturday that the men were "fishermen, not smugglers" and that their families had not been able to speak to them since their arrest.

"We are not asking for favours. We are asking that the facts be checked, and the facts are on the satellite record," the Ambassador said.

The Kellmar coast guard has said that the vessel was detected inside the zone with its transponder switched off. The Embassy rejects this account as inconsistent with the tracking data.

Kellmar's Ministry of Foreign Affairs said on Monday that the case was "a matter for the courts" and that the crew were being treated in accordance with the law.
''',
    s(EMB, 'The Embassy', "according to the vessel's satellite tracking records, the Marisol II was at no time inside|boarded by the Kellmar coast guard", 'has the honour to inform'),
    s("vessel's satellite tracking records", "the vessel's satellite tracking records", 'the Marisol II was at no time inside|boarded by the Kellmar coast guard', 'according to', nested=True),
    s(EMB, 'The Embassy', "the master of the vessel, Mr. Joaquim Arvela, told the boarding officers|escorted to port", 'wishes to recall'),
    s('Joaquim Arvela', 'the master of the vessel, Mr. Joaquim Arvela', "the vessel's position was being recorded continuously", 'told', role='master of the vessel', nested=True, via=EMB),
    s(KMFA, "the Ministry's", "the vessel's fishing licence had expired", 'position'),
    s(EMB, 'The Embassy', "the Ministry to arrange the immediate release of the nine crew members|without further delay", 'requests'),
    s(EMB, 'The Embassy', 'the Ministry inform it of any charges brought against the master of the vessel', 'requests'),
    s('Government of the Republic of Sardonia', 'The Government of the Republic of Sardonia', 'the boarding of a foreign vessel beyond the exclusive economic zone is contrary to the Convention on the Law of the Sea', 'considers'),
    s(EMB, 'the Embassy', 'the crew have been held in Port Hessel for nine days', 'recalls'),
    s(VASK, 'Ambassador Teodora Vask', 'the men were "fishermen, not smugglers" and that their families had not been able to speak to them since their arrest', 'told', 'mixed', role='Ambassador'),
    s(VASK, 'the Ambassador', '"We are not asking for favours.|on the satellite record,"', 'said', 'direct', role='Ambassador'),
    s('Kellmar coast guard', 'The Kellmar coast guard', 'the vessel was detected inside the zone with its transponder switched off', 'has said'),
    s(EMB, 'The Embassy', 'this account as inconsistent with the tracking data', 'rejects'),
    s(KMFA, "Kellmar's Ministry of Foreign Affairs", 'the case was "a matter for the courts" and that the crew were being treated in accordance with the law', 'said', 'mixed'),
)

MAIB = 'Marine Accident Investigation Board of Vestria'
NORD = 'Nordlys Ferries AS'
HALV = 'Signe Halvorsen'

doc('ao08-gov-vestria-ferry-capsize-interim-statement', 'Marine Accident Investigation Board of Vestria', '2034-05-02', '''
Interim statement: capsizing of the ro-ro passenger ferry Aldra Star at Kessholm, 14 January 2034

Published 2 May 2034

Summary

On 14 January 2034, the ro-ro passenger ferry Aldra Star heeled over and capsized at her berth in Kessholm harbour while vehicles were being loaded. Four crew members and one passenger died, and 17 people were injured. This interim statement sets out the facts established so far. It does not apportion blame or liability.

Facts established so far

The investigation has established that:

- the vessel's stern door was open and the vehicle deck was being loaded when the ship began to list to port;
- approximately 180 tonnes of water had entered the lower hold through a ballast valve that had been left open after maintenance on 12 January;
- the vessel's loading computer had not been updated after a modification to her ballast tanks in 2031.

Evidence from the crew and passengers

The chief officer told investigators that he had not been informed of the open valve when he took over the watch at 06:00. The engineer responsible for the maintenance stated that he had closed the valve and recorded it in the maintenance log; the log contains no such entry.

Passengers who were on the car deck said that the ship listed slowly for several minutes before a sudden lurch to port, and that no general alarm was sounded before the order to abandon the vehicle deck.

The operator

The operator, Nordlys Ferries AS, has informed the Board that it has checked the ballast systems of its four other vessels and found no similar defect. The operator has also stated that it disputes the Board's preliminary view on the role of the loading computer, and it has submitted a technical report in support of its position.

The Kessholm Port Authority told the Board that its staff were not involved in the loading operation, but that the linkspan had been inspected in December and found to be in good order. The families of those who died have been informed of the content of this interim statement.

Safety actions

The Board recommends that the Vestrian Maritime Authority:

- require operators of ro-ro passenger vessels to verify the position of every ballast valve before loading begins;
- review its approval of loading computers after structural modifications to a vessel.

The Board also recommends that Nordlys Ferries AS revise its procedures for handing over engineering work between watches.

Chief Inspector's comment

The Board's Chief Inspector of Marine Accidents, Signe Halvorsen, said:

"Five people went to work or set off for home on the Aldra Star and did not come back. Our final report will set out not only what went wrong on the day, but why the safeguards that should have caught an open valve did not."

Background

The Aldra Star, built in 1998, was operated on the Kessholm-Ulvsund route with a crew of 28 and could carry 600 passengers and 180 cars. She was raised on 9 February and towed to a shipyard in Brennvik, where the Board's inspectors have examined her ballast system and loading equipment.

The Board expects to publish its final report in the first half of 2035.

Media enquiries: press office, +47 5550 1180
''',
    s(MAIB, 'The investigation', "the vessel's stern door was open and the vehicle deck was being loaded when the ship began to list to port;", 'established'),
    s(MAIB, 'The investigation', 'approximately 180 tonnes of water had entered the lower hold|after maintenance on 12 January;', 'established'),
    s(MAIB, 'The investigation', "the vessel's loading computer had not been updated after a modification to her ballast tanks in 2031.", 'established'),
    s('chief officer', 'The chief officer', 'he had not been informed of the open valve when he took over the watch at 06:00', 'told'),
    s('engineer responsible for the maintenance', 'The engineer responsible for the maintenance', 'he had closed the valve and recorded it in the maintenance log', 'stated'),
    s('Passengers who were on the car deck', 'Passengers who were on the car deck', 'the ship listed slowly for several minutes before a sudden lurch to port|abandon the vehicle deck', 'said'),
    s(NORD, 'The operator, Nordlys Ferries AS', 'it has checked the ballast systems of its four other vessels and found no similar defect', 'has informed'),
    s(NORD, 'The operator', "it disputes the Board's preliminary view on the role of the loading computer", 'has also stated'),
    s('Kessholm Port Authority', 'The Kessholm Port Authority', 'its staff were not involved in the loading operation|found to be in good order', 'told'),
    s(MAIB, 'The Board', 'require operators of ro-ro passenger vessels|before loading begins;', 'recommends'),
    s(MAIB, 'The Board', 'review its approval of loading computers after structural modifications to a vessel.', 'recommends'),
    s(MAIB, 'The Board', 'Nordlys Ferries AS revise its procedures for handing over engineering work between watches', 'recommends'),
    s(HALV, "The Board's Chief Inspector of Marine Accidents, Signe Halvorsen", '"Five people went to work|an open valve did not."', 'said', 'direct', role='Chief Inspector of Marine Accidents'),
)

KESS = 'Ruud Kessler'
R_KESS = 'head coach'
MENSI = 'Dario Mensi'
R_MENSI = 'captain'

doc('ao09-gov-lorvania-football-federation-press-conference', 'Lorvanian Football Federation', '2034-10-08', '''
Press conference of head coach Ruud Kessler and captain Dario Mensi before the qualifier against Castrelle

Pelhaven, 8 October 2034

MODERATOR (Anja Brun, Federation press officer): Good afternoon and welcome. The coach will begin with a few words and then we will take your questions. Please give your name and outlet.

RUUD KESSLER: Thank you. Good afternoon. The group has trained well this week. Everyone is available except Tomas Ivic, who has a hamstring problem, and Sami Rautio, who stays with his club after the birth of his daughter. Castrelle is the best team in the group and we respect them, but we play at home and we need three points.

QUESTION (Peter Haug, Pelhaven Daily): Coach, Castrelle's coach said on Tuesday that your team "only knows how to defend." How do you respond?

RUUD KESSLER: He is entitled to his opinion. We conceded two goals in six matches. If that is what defending looks like, I am happy to be called a defensive coach.

QUESTION (Mirela Stan, Radio Lorvania Sport): Dario, how is the dressing room after the defeat in Harstad?

DARIO MENSI: Honestly, it hurt. We watched the video on Sunday and everybody accepted his part. But the mood now is good. The young players have brought a lot of energy, and the older ones, like me, have to make sure that energy goes in the right direction.

QUESTION (Jonas Klee, Sportnet): Will Dario start on Thursday?

RUUD KESSLER: I never announce the team before the day of the match. You know that. But Dario is our captain for a reason.

QUESTION (Jonas Klee, Sportnet): A follow-up. Is it true that the federation has offered you a new contract?

RUUD KESSLER: That is a question for the federation. My focus is on Thursday.

MODERATOR: The president of the federation, Henrik Aas, said last week that talks on the contract would take place after the qualifiers. We will leave it there on that subject.

QUESTION (Elin Marsh, Nordwire): The sports minister, Karin Holm, told parliament yesterday that the new national stadium will not be ready for the 2036 qualifiers. Does that worry you?

RUUD KESSLER: I coach the team, I don't build stadiums. (laughter) We have played well here. Our supporters make this stadium loud enough.

QUESTION (Peter Haug, Pelhaven Daily): Coach, the supporters' association has said it will stay silent for the first ten minutes on Thursday in protest at ticket prices. Do you understand them?

RUUD KESSLER: I understand everybody who loves this team. Ticket prices are not my department. I only ask them to be loud for the other eighty minutes.

MODERATOR: Last question.

QUESTION (Tove Lindahl, Lorvania Sport Weekly): Dario, at 34, is this your last qualifying campaign?

DARIO MENSI: I don't think about it like that. As long as I can help the team and the coach wants me, I will be here. When my body tells me to stop, you will be the first to know.

MODERATOR: Thank you very much. The team trains at 18:00 at the national stadium; the first 15 minutes are open to the media.
''',
    s(KESS, 'RUUD KESSLER', 'Good afternoon. The group has trained well this week.|we need three points.', '', role=R_KESS),
    s("Castrelle's coach", "Castrelle's coach", 'your team "only knows how to defend."', 'said', 'mixed'),
    s(KESS, 'RUUD KESSLER', 'He is entitled to his opinion.|called a defensive coach.', '', role=R_KESS),
    s(MENSI, 'DARIO MENSI', 'Honestly, it hurt.|goes in the right direction.', '', role=R_MENSI),
    s(KESS, 'RUUD KESSLER', 'I never announce the team before the day of the match.|our captain for a reason.', '', role=R_KESS),
    s(KESS, 'RUUD KESSLER', 'That is a question for the federation. My focus is on Thursday.', '', role=R_KESS),
    s('Henrik Aas', 'The president of the federation, Henrik Aas', 'talks on the contract would take place after the qualifiers', 'said', role='president of the federation', nested=True, via='Anja Brun'),
    s('Karin Holm', 'The sports minister, Karin Holm', 'the new national stadium will not be ready for the 2036 qualifiers', 'told', role='sports minister'),
    s(KESS, 'RUUD KESSLER', "I coach the team, I don't build stadiums.", '', role=R_KESS),
    s(KESS, '', 'We have played well here. Our supporters make this stadium loud enough.', '', role=R_KESS),
    s("supporters' association", "the supporters' association", 'it will stay silent for the first ten minutes on Thursday in protest at ticket prices', 'has said'),
    s(KESS, 'RUUD KESSLER', 'I understand everybody who loves this team.|for the other eighty minutes.', '', role=R_KESS),
    s(MENSI, 'DARIO MENSI', "I don't think about it like that.|you will be the first to know.", '', role=R_MENSI),
)

DUN = 'Rosalind Dunmore'
R_DUN = 'Chair of the Committee'
STC = 'Standing Committee on Transport and Infrastructure'
PAIR = 'Calum Reid and Priya Anand'

doc('ao10-gov-marrenland-committee-rural-bus-report', 'House of Delegates of Marrenland', '2034-11-19', '''
Standing Committee on Transport and Infrastructure

Media release, 19 November 2034

Committee tables report on rural bus services

The Standing Committee on Transport and Infrastructure today tabled its report, Left at the Stop: Rural Bus Services in Marrenland, following an eight-month inquiry that received 214 submissions and held public hearings in nine towns.

The Committee found that one in three rural towns had lost at least one daily bus route since 2029, and that older residents, apprentices and secondary students were the hardest hit.

The Chair of the Committee, Ms Rosalind Dunmore MP, said the evidence had been "impossible to ignore".

"We heard from a grandmother in Ketterby who walks four kilometres to the nearest stop to get to her dialysis appointments, and from apprentices who turned down jobs because no bus could get them there before seven in the morning," Ms Dunmore said.

"A bus timetable is not a luxury in the country. It decides who can work, who can study and who can see a doctor."

The Committee recommends that the Government:

- restore a minimum service of two return trips a day to every town of more than 500 people;
- establish a rural transport fund of at least 60 million marks a year;
- allow school buses to carry fare-paying adult passengers where seats are available.

In its submission to the inquiry, the Marrenland Bus Operators Association argued that fares covered less than 40 per cent of the cost of most rural routes and that operators could not keep them running without a higher subsidy.

The Department of Transport told the Committee that it was reviewing the funding formula for regional services and expected to report to the Minister by mid-2035.

The Mayor of Ketterby Shire, Cr Denis Hollow, told the Committee at its hearing in Ketterby that the shire had been "left to beg for every bus".

The Committee noted that Marrenland spends less per rural resident on public transport than any other state, according to figures prepared by the Parliamentary Budget Office.

Dissenting report

Two members of the Committee, Mr Calum Reid MP and Ms Priya Anand MP, tabled a dissenting report. They agreed with the Committee's findings but argued that a new fund would duplicate existing regional grants, and recommended instead that councils be given the power to contract bus services directly.

The Minister for Regional Transport, Mr Owen Fairlie MP, has said that the Government will consider the report carefully. Under the standing orders, the Government must respond within three months.

The inquiry was referred to the Committee by the House on 12 March 2034. The Committee held hearings in Ketterby, Orrin, Sallow Creek, Mount Baird, Dunlevy, Fairhaven, Croyde, Lismore Flat and the capital.

The report is available on the Committee's web page.

Media contact: Committee Secretariat, (03) 5550 2178
''',
    s(STC, 'The Committee', 'one in three rural towns had lost at least one daily bus route since 2029|were the hardest hit', 'found'),
    s(DUN, 'The Chair of the Committee, Ms Rosalind Dunmore MP', 'the evidence had been "impossible to ignore"', 'said', 'mixed', role=R_DUN),
    s(DUN, 'Ms Dunmore', '"We heard from a grandmother in Ketterby|before seven in the morning,"', 'said', 'direct', role=R_DUN),
    s(DUN, '', '"A bus timetable is not a luxury in the country.|who can see a doctor."', '', 'direct', role=R_DUN),
    s(STC, 'The Committee', 'restore a minimum service of two return trips a day|more than 500 people;', 'recommends'),
    s(STC, 'The Committee', 'establish a rural transport fund of at least 60 million marks a year;', 'recommends'),
    s(STC, 'The Committee', 'allow school buses to carry fare-paying adult passengers where seats are available.', 'recommends'),
    s('Marrenland Bus Operators Association', 'the Marrenland Bus Operators Association', 'fares covered less than 40 per cent of the cost of most rural routes|without a higher subsidy', 'argued'),
    s('Department of Transport', 'The Department of Transport', 'it was reviewing the funding formula for regional services and expected to report to the Minister by mid-2035', 'told'),
    s('Denis Hollow', 'The Mayor of Ketterby Shire, Cr Denis Hollow', 'the shire had been "left to beg for every bus"', 'told', 'mixed', role='Mayor of Ketterby Shire'),
    s(STC, 'The Committee', 'Marrenland spends less per rural resident on public transport than any other state', 'noted'),
    s('Parliamentary Budget Office', 'the Parliamentary Budget Office', 'Marrenland spends less per rural resident on public transport than any other state', 'according to', nested=True, via=STC),
    s(PAIR, 'They', "the Committee's findings", 'agreed with'),
    s(PAIR, 'They', 'a new fund would duplicate existing regional grants', 'argued'),
    s(PAIR, 'They', 'councils be given the power to contract bus services directly', 'recommended'),
    s('Owen Fairlie', 'The Minister for Regional Transport, Mr Owen Fairlie MP', 'the Government will consider the report carefully', 'has said', role='Minister for Regional Transport'),
)

OSP = 'Office of the State Prosecutor of Castrelle'
RENZ = 'Ottavio Renz'
CAST = 'Miriam Castellan'

doc('ao11-gov-castrelle-prosecutor-indictment-release', 'Office of the State Prosecutor of Castrelle', '2034-07-03', '''
Office of the State Prosecutor of Castrelle

Press release

Indictment filed against former director general of the Castrelle Water Authority

Vellmar, 3 July 2034 - The Office of the State Prosecutor has filed an indictment with the Vellmar District Court against Ottavio Renz, the former director general of the Castrelle Water Authority, and three other defendants on charges of bribery, abuse of office and money laundering.

According to the indictment, between 2029 and 2032 Mr Renz accepted payments totalling at least 2.4 million crowns from two construction companies in exchange for awarding them contracts for the renovation of the Sellin and Dovar pumping stations.

The indictment alleges that the payments were disguised as consultancy fees and routed through a company registered in the name of Mr Renz's brother-in-law, who is also charged.

The prosecution has proposed that the court hear 41 witnesses.

Mr Renz has denied the charges. When questioned, he stated that the payments were fees for legitimate advisory work carried out outside his working hours.

Two of the co-defendants, both former managers of the construction companies, have admitted part of the charges and have cooperated with the investigation.

The State Prosecutor, Miriam Castellan, said: "Public money meant for clean water ended up in private pockets. No position in the state administration places anyone above the law."

The investigation began in October 2032, when the Water Authority's internal audit unit referred the Sellin tender to the Office's anti-corruption department. The two construction companies have each paid a fine under a settlement with the Office and are not among the defendants.

The Minister of Justice, Ms Ada Rinaldi, said in parliament on 1 July that the Government had given the prosecution "every resource it asked for" in the case.

Bribery of a public official carries a sentence of up to eight years in prison under the Criminal Code, and abuse of office up to five years.

The Castrelle Water Authority, which has joined the proceedings as an injured party, has claimed damages of 3.1 million crowns.

The Office of the State Prosecutor reminds the public that every defendant is presumed innocent until proven guilty by a final judgment. The Office also confirmed that a separate investigation into the award of a 2030 contract for water meters is continuing. It did not name any suspects. The Office will not comment further while the proceedings are pending.

Press Office of the State Prosecutor | press@prosecutor.cs | Follow us
''',
    s(OSP, 'the indictment', 'between 2029 and 2032 Mr Renz accepted payments|Sellin and Dovar pumping stations', 'According to'),
    s(OSP, 'The indictment', "the payments were disguised as consultancy fees|who is also charged", 'alleges'),
    s(OSP, 'The prosecution', 'the court hear 41 witnesses', 'has proposed'),
    s(RENZ, 'Mr Renz', 'the charges', 'has denied', role='former director general of the Castrelle Water Authority'),
    s(RENZ, 'he', 'the payments were fees for legitimate advisory work carried out outside his working hours', 'stated', role='former director general of the Castrelle Water Authority'),
    s('Two of the co-defendants', 'Two of the co-defendants, both former managers of the construction companies', 'part of the charges', 'have admitted'),
    s(CAST, 'The State Prosecutor, Miriam Castellan', '"Public money meant for clean water|above the law."', 'said', 'direct', role='State Prosecutor'),
    s('Ada Rinaldi', 'The Minister of Justice, Ms Ada Rinaldi', 'the Government had given the prosecution "every resource it asked for" in the case', 'said', 'mixed', role='Minister of Justice'),
    s(OSP, 'The Office', 'a separate investigation into the award of a 2030 contract for water meters is continuing', 'confirmed'),
    s(OSP, 'The Office of the State Prosecutor', 'every defendant is presumed innocent until proven guilty by a final judgment', 'reminds'),
)
