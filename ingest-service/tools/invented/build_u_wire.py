"""Set U's five wire stories (see build_u.py)."""
from invented_common import doc_spans as doc, s

CEO = 'Marguerite Solvangur-Adebowunmi'

doc('u01-wire-global-markets-kalder-bank-palm-oil', 'Reuters', '2028-03-08', '''
GLOBAL MARKETS-Bank shares slide after Kalder Bank warning; palm oil hits record

* Kalder Bank chief says bad loans "worse than we feared"
* Strategist says contagion risk limited
* Palm oil futures rise for sixth straight session

By Corvin Alsaddaqi-Brennquist

LONDON/KALDERSTAD, March 8 (Reuters) - Bank shares fell across Europe on Wednesday after the chief executive of Ostmark's second-largest lender said its bad loans were far larger than it had disclosed, while palm oil futures climbed to a record on worries about flooded plantations in Sembaya.

Kalder Bank's chief executive, Marguerite Solvangur-Adebowunmi, told analysts on a call that non-performing loans in its commercial property book were "considerably worse than we feared" and that the bank would need to set aside up to 2.4 billion crowns this year. Its shares closed down 18.6%.

The pan-European bank index fell 4.1% and the broader market lost 1.9%, its worst day since October. All told, some 40 billion euros were wiped off the value of the region's lenders.

"This is an Ostmark problem, not a European one," said Idris Fenwell-Okaforo, head of equity strategy at Lumsden Vantage in London. "The property exposure is concentrated, and the rest of the sector has been provisioning for two years."

Analysts at Brackenmoss Securities said in a note that the selloff looked overdone but warned that bank stocks would stay volatile until regulators publish stress-test results in May.

Ostmark's Financial Supervisory Authority said late on Wednesday it was "in close contact" with Kalder Bank and saw no threat to the stability of the banking system. Finance Minister Jorunn Achezunde-Tvedtholm told public broadcaster OKR that the government had "no plans whatsoever" to inject capital into the bank.

The Ostmark crown slipped 0.9% against the euro. Futures pointed to a lower open on Wall Street, where investors are waiting for Thursday's jobless claims data.

In commodities, palm oil futures on the Sembaya Derivatives Exchange rose 2.3% to a record 5,410 ringgets a tonne after the Sembayan Palm Oil Board said output in February fell 14% from a year earlier because of flooding in the eastern states.

Dry weather forecast for April "will keep supply tight well into the second quarter," said Parveen Oduyamba-Lindvalder, a vegetable oils analyst at Harrowquay Commodities. She expects prices to stay above 5,000 ringgets until July.

Brent crude rose 0.6% to $81.20 a barrel. The Coalition of Petroleum Exporting States said in its monthly report that global demand would grow by 1.3 million barrels per day this year, unchanged from its previous forecast.

Safe-haven government bonds rallied, and the yield on Ostmark's 10-year bond fell 11 basis points.

"We are seeing a flight to quality, but so far it is an orderly one," said Tomasz Quenneville-Ardencourt, a rates strategist at Penquarrow Bank. He added that a cut in interest rates by the Ostmark central bank in April was now "a live possibility".

Gold gained 0.4% to $2,311 an ounce, just short of the record it set in January. Traders said central bank buying had kept a floor under prices.

(Reporting by Corvin Alsaddaqi-Brennquist in London and Lisbet Norrhagen-Oseibrem in Kalderstad; Editing by Amos Pirelli-Watanabe)
''',
    s(CEO, 'Kalder Bank chief', 'bad loans "worse than we feared"', 'says', 'mixed', role='chief executive'),
    s('Idris Fenwell-Okaforo', 'Strategist', 'contagion risk limited', 'says', role='head of equity strategy at Lumsden Vantage'),
    s(CEO, "the chief executive of Ostmark's second-largest lender", 'its bad loans were far larger than it had disclosed', 'said', role='chief executive'),
    s(CEO, "Kalder Bank's chief executive, Marguerite Solvangur-Adebowunmi", 'non-performing loans in its commercial property book were "considerably worse than we feared" and that the bank would need to set aside up to 2.4 billion crowns this year', 'told', 'mixed', role='chief executive'),
    s('Idris Fenwell-Okaforo', 'Idris Fenwell-Okaforo', '"This is an Ostmark problem, not a European one,"', 'said', 'direct', role='head of equity strategy at Lumsden Vantage'),
    s('Idris Fenwell-Okaforo', '', '"The property exposure is concentrated, and the rest of the sector has been provisioning for two years."', '', 'direct', role='head of equity strategy at Lumsden Vantage'),
    s('Brackenmoss Securities', 'Analysts at Brackenmoss Securities', 'the selloff looked overdone', 'said'),
    s('Brackenmoss Securities', 'Analysts at Brackenmoss Securities', 'bank stocks would stay volatile until regulators publish stress-test results in May', 'warned'),
    s("Ostmark's Financial Supervisory Authority", "Ostmark's Financial Supervisory Authority", 'it was "in close contact" with Kalder Bank and saw no threat to the stability of the banking system', 'said', 'mixed'),
    s('Jorunn Achezunde-Tvedtholm', 'Finance Minister Jorunn Achezunde-Tvedtholm', 'the government had "no plans whatsoever" to inject capital into the bank', 'told', 'mixed', role='Finance Minister'),
    s('Sembayan Palm Oil Board', 'the Sembayan Palm Oil Board', 'output in February fell 14% from a year earlier because of flooding in the eastern states', 'said'),
    s('Parveen Oduyamba-Lindvalder', 'Parveen Oduyamba-Lindvalder', 'Dry weather forecast for April "will keep supply tight well into the second quarter,"', 'said', 'mixed', role='vegetable oils analyst at Harrowquay Commodities'),
    s('Parveen Oduyamba-Lindvalder', 'She', 'prices to stay above 5,000 ringgets until July', 'expects', role='vegetable oils analyst at Harrowquay Commodities'),
    s('The Coalition of Petroleum Exporting States', 'The Coalition of Petroleum Exporting States', 'global demand would grow by 1.3 million barrels per day this year, unchanged from its previous forecast', 'said'),
    s('Tomasz Quenneville-Ardencourt', 'Tomasz Quenneville-Ardencourt', '"We are seeing a flight to quality, but so far it is an orderly one,"', 'said', 'direct', role='rates strategist at Penquarrow Bank'),
    s('Tomasz Quenneville-Ardencourt', 'He', 'a cut in interest rates by the Ostmark central bank in April was now "a live possibility"', 'added', 'mixed', role='rates strategist at Penquarrow Bank'),
    s('Traders', 'Traders', 'central bank buying had kept a floor under prices', 'said'),
)

COACH = 'Henrike Oosterveld-Mabaso'

doc('u02-wire-ap-ski-jumping-wind-controversy', 'AP', '2028-01-16', '''
Wind gusts, a protest and a disputed win at Brannfjell ski jumping World Cup

BRANNFJELL, Lindmark (AP) — Tavi Kornblum-Aseyev of Ostmark won a chaotic World Cup ski jumping event on Sunday that was halted three times by gusting wind and ended with the Lindmark team filing a protest against the result.

Kornblum-Aseyev, 22, jumped 138.5 meters in the second round to claim his first World Cup victory, edging home favorite Eskil Varhaug-Nnamdozie by 1.8 points. Varhaug-Nnamdozie had led after the first round but was sent down the hill in the final round moments after a gust swept across the landing slope.

"I was in the air and I felt the wind push me down like a hand," Varhaug-Nnamdozie said. "You cannot jump in that. Everybody on the tower saw it."

Lindmark head coach Henrike Oosterveld-Mabaso said the jury should have held the start for another minute. She called the decision to let her jumper go "a lottery ticket, not a competition."

The team filed a written protest, which the jury rejected about an hour later.

Race director Bertrand Soyinka-Vallenmoor defended the jury, saying the wind measured at the takeoff was within the limit of 3 meters per second when Varhaug-Nnamdozie started. The compensation points system had already added 9.4 points to his score, he noted.

"We can only go by the numbers," Soyinka-Vallenmoor told reporters. "If we stopped every time someone was unhappy, we would never finish."

Kornblum-Aseyev said he felt sorry for his rival but would not give back the trophy. "He is a great jumper and he will win many of these," he said, smiling. "Today the mountain chose me."

The result lifted Kornblum-Aseyev to fourth place in the overall standings. Ostmark's coach, Radim Eggertsdottir-Lutalo, said the young jumper had worked on his takeoff all summer and was "finally putting it together."

The crowd of about 14,000 booed the podium ceremony. Organizers said it was the largest attendance at Brannfjell since the hill was rebuilt in 2019.

Fans also complained that the shuttle buses from the town center stopped running before the event ended, leaving hundreds to walk three kilometers in the snow. A spokesman for the organizing committee apologized and said more buses would be added for next weekend's team event.

The women's event, scheduled for Saturday, was canceled because of the wind. The International Ski Jumping Commission said it would be rescheduled at Kessenau in March.

Oosterveld-Mabaso, asked whether the team would appeal further, shook her head. "The protest is the protest," she said. "Now we think about next week."
''',
    s('Eskil Varhaug-Nnamdozie', 'Varhaug-Nnamdozie', '"I was in the air and I felt the wind push me down like a hand,"', 'said', 'direct'),
    s('Eskil Varhaug-Nnamdozie', '', '"You cannot jump in that. Everybody on the tower saw it."', '', 'direct'),
    s(COACH, 'Lindmark head coach Henrike Oosterveld-Mabaso', 'the jury should have held the start for another minute', 'said', role='Lindmark head coach'),
    s(COACH, 'She', '"a lottery ticket, not a competition."', 'called', 'direct', role='Lindmark head coach'),
    s('Bertrand Soyinka-Vallenmoor', 'Race director Bertrand Soyinka-Vallenmoor', 'the jury', 'defended', role='Race director'),
    s('Bertrand Soyinka-Vallenmoor', 'Race director Bertrand Soyinka-Vallenmoor', 'the wind measured at the takeoff was within the limit of 3 meters per second when Varhaug-Nnamdozie started', 'saying', role='Race director'),
    s('Bertrand Soyinka-Vallenmoor', 'he', 'The compensation points system had already added 9.4 points to his score', 'noted', role='Race director'),
    s('Bertrand Soyinka-Vallenmoor', 'Soyinka-Vallenmoor', '"We can only go by the numbers,"', 'told', 'direct', role='Race director'),
    s('Bertrand Soyinka-Vallenmoor', '', '"If we stopped every time someone was unhappy, we would never finish."', '', 'direct', role='Race director'),
    s('Tavi Kornblum-Aseyev', 'Kornblum-Aseyev', 'he felt sorry for his rival but would not give back the trophy', 'said'),
    s('Tavi Kornblum-Aseyev', 'he', '"He is a great jumper and he will win many of these,"', 'said', 'direct'),
    s('Tavi Kornblum-Aseyev', '', '"Today the mountain chose me."', '', 'direct'),
    s('Radim Eggertsdottir-Lutalo', "Ostmark's coach, Radim Eggertsdottir-Lutalo", 'the young jumper had worked on his takeoff all summer and was "finally putting it together."', 'said', 'mixed', role="Ostmark's coach"),
    s('Organizers', 'Organizers', 'it was the largest attendance at Brannfjell since the hill was rebuilt in 2019', 'said'),
    s('Fans', 'Fans', 'the shuttle buses from the town center stopped running before the event ended, leaving hundreds to walk three kilometers in the snow', 'complained'),
    s('A spokesman for the organizing committee', 'A spokesman for the organizing committee', 'more buses would be added for next weekend\'s team event', 'said'),
    s('The International Ski Jumping Commission', 'The International Ski Jumping Commission', 'it would be rescheduled at Kessenau in March', 'said'),
    s(COACH, 'she', '"The protest is the protest,"', 'said', 'direct', role='Lindmark head coach'),
    s(COACH, '', '"Now we think about next week."', '', 'direct', role='Lindmark head coach'),
)

DEP = 'Deputy Minister of Health of the Veldorian Republic'

doc('u03-agency-veldoria-tick-season', 'VELPRESS', '2028-05-04', '''
Tick-borne encephalitis cases up by a third in Veldoria — deputy health minister

Vaccination points will stay open at weekends until the end of June, Deputy Health Minister Ottilie Krasnovar-Ebube said

MIRESK, May 4. /VELPRESS/. The number of tick-borne encephalitis cases in Veldoria has risen by a third compared with the same period last year, Deputy Minister of Health of the Veldorian Republic Ottilie Krasnovar-Ebube told reporters on Thursday.

"Since the beginning of April, 212 cases have been confirmed, 54 of them in children. The season started almost three weeks earlier than usual because of the warm spring," she said.

According to the deputy minister, the situation is most difficult in the forested Ostrevna-Lesnovka and Pridolny districts, where the number of tick bites reported to clinics has doubled.

Krasnovar-Ebube said vaccination points in district hospitals would stay open at weekends until the end of June. In her words, the ministry has received 180,000 doses of vaccine, "which is enough for everyone who wants to be vaccinated this season."

The chief sanitary doctor of Veldoria, Bogumil Tarranvale-Osakwe, for his part, noted that the treatment of parks and cemeteries against ticks had been completed in only half of the municipalities. He urged local authorities to finish the work by May 20.

"We see every year that people are bitten not in the deep forest, but in their own dachas and in city parks," Tarranvale-Osakwe stressed.

Earlier, the head of the Pridolny district administration, Wenzel Abubakar-Hrabnik, said the district lacked money for the treatment of forest areas around villages. He has asked the regional government for an additional 3 million kron.

Meanwhile, the Association of Private Clinics of Veldoria said the price of a vaccination in private clinics had risen by a fifth since March because of high demand. The ministry did not comment on the prices.

Doctors recall that the full course of vaccination consists of two doses given one to seven months apart, and that protection begins two weeks after the second dose.

The ministry recommends that residents wear light clothing with long sleeves in the forest and check themselves for ticks every two hours.

Read also:

Veldorian Railways to launch summer trains to Lake Sarnovo from June 1

The first summer train will leave Miresk on June 1 and will run on weekends, the press service of Veldorian Railways told VELPRESS.

Heat to return to Veldoria next week — forecasters

Temperatures will rise to 29 degrees Celsius by Wednesday, according to the Veldorian Hydrometeorological Centre.
''',
    s('Ottilie Krasnovar-Ebube', 'deputy health minister', 'Tick-borne encephalitis cases up by a third in Veldoria', '', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'Deputy Health Minister Ottilie Krasnovar-Ebube', 'Vaccination points will stay open at weekends until the end of June', 'said', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'Deputy Minister of Health of the Veldorian Republic Ottilie Krasnovar-Ebube', 'The number of tick-borne encephalitis cases in Veldoria has risen by a third compared with the same period last year', 'told', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'she', '"Since the beginning of April, 212 cases have been confirmed|because of the warm spring,"', 'said', 'direct', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'the deputy minister', 'the situation is most difficult in the forested Ostrevna-Lesnovka and Pridolny districts, where the number of tick bites reported to clinics has doubled', 'According to', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'Krasnovar-Ebube', 'vaccination points in district hospitals would stay open at weekends until the end of June', 'said', role=DEP),
    s('Ottilie Krasnovar-Ebube', 'her', 'the ministry has received 180,000 doses of vaccine, "which is enough for everyone who wants to be vaccinated this season."', 'In her words', 'mixed', role=DEP),
    s('Bogumil Tarranvale-Osakwe', 'The chief sanitary doctor of Veldoria, Bogumil Tarranvale-Osakwe', 'the treatment of parks and cemeteries against ticks had been completed in only half of the municipalities', 'noted', role='chief sanitary doctor of Veldoria'),
    s('Bogumil Tarranvale-Osakwe', 'He', 'local authorities to finish the work by May 20', 'urged', role='chief sanitary doctor of Veldoria'),
    s('Bogumil Tarranvale-Osakwe', 'Tarranvale-Osakwe', '"We see every year that people are bitten not in the deep forest, but in their own dachas and in city parks,"', 'stressed', 'direct', role='chief sanitary doctor of Veldoria'),
    s('Wenzel Abubakar-Hrabnik', 'the head of the Pridolny district administration, Wenzel Abubakar-Hrabnik', 'the district lacked money for the treatment of forest areas around villages', 'said', role='head of the Pridolny district administration'),
    s('Wenzel Abubakar-Hrabnik', 'He', 'the regional government for an additional 3 million kron', 'has asked', role='head of the Pridolny district administration'),
    s('the Association of Private Clinics of Veldoria', 'the Association of Private Clinics of Veldoria', 'the price of a vaccination in private clinics had risen by a fifth since March because of high demand', 'said'),
    s('Doctors', 'Doctors', 'the full course of vaccination consists of two doses given one to seven months apart, and that protection begins two weeks after the second dose', 'recall'),
    s('The ministry', 'The ministry', 'residents wear light clothing with long sleeves in the forest and check themselves for ticks every two hours', 'recommends'),
    s('Veldorian Railways', 'the press service of Veldorian Railways', 'The first summer train will leave Miresk on June 1 and will run on weekends', 'told', region='related'),
    s('forecasters', 'forecasters', 'Heat to return to Veldoria next week', '', region='related'),
    s('the Veldorian Hydrometeorological Centre', 'the Veldorian Hydrometeorological Centre', 'Temperatures will rise to 29 degrees Celsius by Wednesday', 'according to', region='related'),
)

FM = 'Finance Minister'
TM = 'Transport Minister'

doc('u04-wire-update-norrland-air-sale-ministers-split', 'Reuters', '2028-09-19', '''
UPDATE 1-Sale of Ostmark's state airline stalls as ministers clash over price - sources

* Finance minister wants bids by year-end
* Transport minister says "no fire sale"
* Two bidders in talks, sources say

By Lisbet Norrhagen-Oseibrem

KALDERSTAD, Sept 19 (Reuters) - Ostmark's plan to sell its loss-making state airline Norrland Air has stalled because the finance and transport ministers disagree over the minimum price and the fate of regional routes, three people with knowledge of the talks said.

Finance Minister Jorunn Achezunde-Tvedtholm wants binding bids by the end of the year and is prepared to accept an offer valuing the carrier at about 600 million crowns, two of the people said. Transport Minister Ansel Wojciechowski-Dubezwe is pushing for a floor of 900 million crowns and guarantees that ten domestic routes will be kept for at least five years, they said.

The people asked not to be named because the talks are confidential. The finance ministry said in an emailed statement that it did not comment on "market speculation" and that the sale was proceeding "in line with the timetable approved by cabinet".

Achezunde-Tvedtholm told reporters on Tuesday that every month of delay cost taxpayers money. "Norrland Air loses two million crowns a day. The best deal is the one we close," she said.

Hours later, Wojciechowski-Dubezwe rejected that approach. "There will be no fire sale of a company that connects the north of this country to the rest of it," he said in a statement. He added that regional routes were "not a bargaining chip".

Prime Minister Halldis Mbathezi-Greve said on Wednesday the two ministers would present a joint proposal to the cabinet next month, and denied there was a rift. "Ministers argue. That is what they are paid for," she told a news conference.

Two bidders remain in the process, according to the sources: Sembaya's Orchid Wings and a consortium led by the investment firm Halberstadt Nkemdiro Partners. Orchid Wings declined to comment. Halberstadt Nkemdiro said it "continues to see value" in the airline but would not comment further.

Norrland Air's pilots' union warned that it would call a strike if the buyer cut jobs. Union chairman Teodor Lindvalder-Amadinwe said members had already accepted a wage freeze in 2026 "to keep the airline alive."

The airline carried 3.1 million passengers last year and lost 710 million crowns, according to its annual report.

(Additional reporting by Corvin Alsaddaqi-Brennquist; Editing by Amos Pirelli-Watanabe)
''',
    s('three people with knowledge of the talks', 'sources', "Sale of Ostmark's state airline stalls as ministers clash over price", ''),
    s('Ansel Wojciechowski-Dubezwe', 'Transport minister', '"no fire sale"', 'says', 'direct', role=TM),
    s('three people with knowledge of the talks', 'sources', 'Two bidders in talks', 'say'),
    s('three people with knowledge of the talks', 'three people with knowledge of the talks', "Ostmark's plan to sell its loss-making state airline Norrland Air has stalled because the finance and transport ministers disagree over the minimum price and the fate of regional routes", 'said'),
    s('two of the people', 'two of the people', 'Finance Minister Jorunn Achezunde-Tvedtholm wants binding bids by the end of the year and is prepared to accept an offer valuing the carrier at about 600 million crowns', 'said'),
    s('three people with knowledge of the talks', 'they', 'Transport Minister Ansel Wojciechowski-Dubezwe is pushing for a floor of 900 million crowns and guarantees that ten domestic routes will be kept for at least five years', 'said'),
    s('The finance ministry', 'The finance ministry', 'it did not comment on "market speculation" and that the sale was proceeding "in line with the timetable approved by cabinet"', 'said', 'mixed'),
    s('Jorunn Achezunde-Tvedtholm', 'Achezunde-Tvedtholm', 'every month of delay cost taxpayers money', 'told', role=FM),
    s('Jorunn Achezunde-Tvedtholm', 'she', '"Norrland Air loses two million crowns a day. The best deal is the one we close,"', 'said', 'direct', role=FM),
    s('Ansel Wojciechowski-Dubezwe', 'Wojciechowski-Dubezwe', 'that approach', 'rejected', role=TM),
    s('Ansel Wojciechowski-Dubezwe', 'he', '"There will be no fire sale of a company that connects the north of this country to the rest of it,"', 'said', 'direct', role=TM),
    s('Ansel Wojciechowski-Dubezwe', 'He', 'regional routes were "not a bargaining chip"', 'added', 'mixed', role=TM),
    s('Halldis Mbathezi-Greve', 'Prime Minister Halldis Mbathezi-Greve', 'the two ministers would present a joint proposal to the cabinet next month', 'said', role='Prime Minister'),
    s('Halldis Mbathezi-Greve', 'Prime Minister Halldis Mbathezi-Greve', 'there was a rift', 'denied', role='Prime Minister'),
    s('Halldis Mbathezi-Greve', 'she', '"Ministers argue. That is what they are paid for,"', 'told', 'direct', role='Prime Minister'),
    s('three people with knowledge of the talks', 'the sources', ['Two bidders remain in the process', "Sembaya's Orchid Wings and a consortium led by the investment firm Halberstadt Nkemdiro Partners"], 'according to'),
    s('Halberstadt Nkemdiro Partners', 'Halberstadt Nkemdiro', 'it "continues to see value" in the airline but would not comment further', 'said', 'mixed'),
    s("Norrland Air's pilots' union", "Norrland Air's pilots' union", 'it would call a strike if the buyer cut jobs', 'warned'),
    s('Teodor Lindvalder-Amadinwe', 'Union chairman Teodor Lindvalder-Amadinwe', 'members had already accepted a wage freeze in 2026 "to keep the airline alive."', 'said', 'mixed', role='Union chairman'),
    s('Norrland Air', 'its annual report', 'The airline carried 3.1 million passengers last year and lost 710 million crowns', 'according to'),
)

EDU = 'Education Minister'

doc('u05-wire-ap-teachers-strike-tarnova', 'AP', '2028-02-27', '''
Teachers strike shuts schools across Tarnova province as talks collapse

VESTERHOLM, Tarnova (AP) — Schools across Tarnova province stayed shut Tuesday as about 31,000 teachers walked off the job after overnight talks on pay and class sizes broke down, leaving parents scrambling for child care in the middle of the school term.

The Tarnova Teachers' Federation said its members would stay out "as long as it takes." Federation president Maelle Okonjidu-Sandvik told a rally outside the provincial legislature that the government's offer of a 2.5% raise over three years was "an insult to every teacher who buys pencils with her own money."

"We did not want this strike. They forced it on us," she told the crowd of several thousand, many of them carrying handmade signs reading "Smaller classes, better futures."

Provincial Education Minister Dariusz Fenwardine-Achtervoss said the union had walked away from a fair deal and accused its leaders of "playing politics with children's education." He said the province could not afford the 6% a year the federation had demanded without raising taxes.

"Every dollar we give in raises is a dollar we do not spend on new schools," Fenwardine-Achtervoss said at a news conference. He said he was ready to return to the table "tonight" if the union dropped its demand for a legal cap on class sizes.

The two sides disagree even on what was offered. The minister said the final offer included 400 new teaching positions; Okonjidu-Sandvik said she had never seen that number in writing.

Premier Annike Hollenquist-Oseibrem, who has stayed out of the talks, said Tuesday she would not order teachers back to work "at this stage" but wanted both sides at the table by the weekend.

Parents interviewed outside closed schools were divided. Ravi Delacrosse-Munthevik, a nurse and father of two, said he supported the teachers even though the strike had cost him two shifts. "My kids have 34 classmates. Something has to change," he said.

Another parent, Colette Abernaughty-Kwamenor, said she blamed both sides. "They are adults. Sit in a room and don't come out until it's done," she said.

A government official familiar with the talks, who spoke on condition of anonymity because he was not authorized to discuss them publicly, said cabinet had asked lawyers to draft back-to-work legislation in case the strike lasts into next week. The minister declined to say whether such a bill was being prepared.

The province's school boards association said it would keep buildings open for students who need meals but could not offer supervision beyond lunch.

The last teachers' strike in Tarnova, in 2016, lasted 11 days.
''',
    s("The Tarnova Teachers' Federation", "The Tarnova Teachers' Federation", 'its members would stay out "as long as it takes."', 'said', 'mixed'),
    s('Maelle Okonjidu-Sandvik', 'Federation president Maelle Okonjidu-Sandvik', 'the government\'s offer of a 2.5% raise over three years was "an insult to every teacher who buys pencils with her own money."', 'told', 'mixed', role='Federation president'),
    s('Maelle Okonjidu-Sandvik', 'she', '"We did not want this strike. They forced it on us,"', 'told', 'direct', role='Federation president'),
    s('Dariusz Fenwardine-Achtervoss', 'Provincial Education Minister Dariusz Fenwardine-Achtervoss', 'the union had walked away from a fair deal', 'said', role=EDU),
    s('Dariusz Fenwardine-Achtervoss', 'Provincial Education Minister Dariusz Fenwardine-Achtervoss', 'its leaders of "playing politics with children\'s education."', 'accused', 'mixed', role=EDU),
    s('Dariusz Fenwardine-Achtervoss', 'He', 'the province could not afford the 6% a year the federation had demanded without raising taxes', 'said', role=EDU),
    s('Dariusz Fenwardine-Achtervoss', 'Fenwardine-Achtervoss', '"Every dollar we give in raises is a dollar we do not spend on new schools,"', 'said', 'direct', role=EDU),
    s('Dariusz Fenwardine-Achtervoss', 'He', 'he was ready to return to the table "tonight" if the union dropped its demand for a legal cap on class sizes', 'said', 'mixed', role=EDU),
    s('Dariusz Fenwardine-Achtervoss', 'The minister', 'the final offer included 400 new teaching positions', 'said', role=EDU),
    s('Maelle Okonjidu-Sandvik', 'Okonjidu-Sandvik', 'she had never seen that number in writing', 'said', role='Federation president'),
    s('Annike Hollenquist-Oseibrem', 'Premier Annike Hollenquist-Oseibrem', 'she would not order teachers back to work "at this stage" but wanted both sides at the table by the weekend', 'said', 'mixed', role='Premier'),
    s('Ravi Delacrosse-Munthevik', 'Ravi Delacrosse-Munthevik', 'he supported the teachers even though the strike had cost him two shifts', 'said', role='nurse'),
    s('Ravi Delacrosse-Munthevik', 'he', '"My kids have 34 classmates. Something has to change,"', 'said', 'direct', role='nurse'),
    s('Colette Abernaughty-Kwamenor', 'Another parent, Colette Abernaughty-Kwamenor', 'she blamed both sides', 'said'),
    s('Colette Abernaughty-Kwamenor', 'she', '"They are adults. Sit in a room and don\'t come out until it\'s done,"', 'said', 'direct'),
    s('A government official familiar with the talks', 'A government official familiar with the talks, who spoke on condition of anonymity because he was not authorized to discuss them publicly', 'cabinet had asked lawyers to draft back-to-work legislation in case the strike lasts into next week', 'said'),
    s("The province's school boards association", "The province's school boards association", 'it would keep buildings open for students who need meals but could not offer supervision beyond lunch', 'said'),
)
